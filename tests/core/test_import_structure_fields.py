"""Form fields that describe the structure map to the structure, whatever the platform calls them."""

from __future__ import annotations

import shutil

from sqlalchemy import select

from core.db.workspace import open_workspace
from core.demo import build_demo_workspace
from core.imports import Field, Preset, apply_import, guess_mapping, read_table
from core.models import Organisation, OrganisationKind
from core.services.events import list_events
from core.validation import luhn_ok

HELLOASSO_HEADER = ("Numéro;Date;Montant;Statut;Campagne;Désignation;Formule;Prénom;Nom;Email;Prénom acheteur;"
                    "Nom acheteur;Champ additionnel: Nom de la structure;Champ additionnel: Code postal de l'organisme;"
                    "Champ additionnel: SIRET;Champ additionnel: Type de structure;Champ additionnel: Site web;"
                    "Champ additionnel: Ville du siège")


def _siret() -> str:
    return next(f"7300000000{n:04d}" for n in range(10_000) if luhn_ok(f"7300000000{n:04d}"))


def test_helloasso_additional_fields_describe_the_structure(tmp_path):
    siret = _siret()
    row = (f"1001;03/11/2026 10:00;0,00;Validé;Rencontres;Inscription;Structure ESS;Zoé;Lefèvre;z@example.org;"
           f"Zoé;Lefèvre;La Ruche Solidaire;93270;{siret};SCIC;https://ruche.example.org;Sevran")
    table = read_table((HELLOASSO_HEADER + "\r\n" + row + "\r\n").encode(), "ha.csv")
    mapping = guess_mapping(table.headers)
    assert mapping.preset is Preset.HELLOASSO
    fields = dict(zip(table.headers, mapping.fields, strict=True))
    assert fields["Champ additionnel: Nom de la structure"] is Field.ORGANISATION
    assert fields["Champ additionnel: Code postal de l'organisme"] is Field.POSTCODE
    assert fields["Champ additionnel: SIRET"] is Field.SIRET
    assert fields["Champ additionnel: Type de structure"] is Field.ORGANISATION_KIND
    assert fields["Champ additionnel: Site web"] is Field.WEBSITE
    # Any other additional field is a form answer by default, and the organiser may map it to a field.
    assert fields["Champ additionnel: Ville du siège"] is Field.ANSWER
    path = tmp_path / "w.envol"
    build_demo_workspace(path, people=0).close()
    with open_workspace(path) as ws:
        event = next(e.id for e in list_events(ws) if "Rencontres" in e.name)
        with ws.unit_of_work() as uow:
            apply_import(uow, table, mapping, event, "ha.csv")
        with ws.reading() as s:
            org = s.scalars(select(Organisation).where(Organisation.name == "La Ruche Solidaire")).one()
            assert (org.commune, org.siret, org.kind) == ("Sevran", siret, OrganisationKind.SCIC)
            assert org.website == "https://ruche.example.org"
    # The postal code wins only when no commune is given: map "Ville du siège" to the commune instead.
    shutil.copy(path, tmp_path / "w2.envol")
    remapped = mapping.with_field(table.headers.index("Champ additionnel: Ville du siège"), Field.COMMUNE)
    other = row.replace("La Ruche Solidaire", "Autre Ruche").replace("93270", "75011").replace("Sevran", "Dugny").replace(siret, "")
    other_table = read_table((HELLOASSO_HEADER + "\r\n" + other.replace("1001;", "1002;") + "\r\n").encode(), "b.csv")
    with open_workspace(tmp_path / "w2.envol") as ws:
        event = next(e.id for e in list_events(ws) if "Rencontres" in e.name)
        with ws.unit_of_work() as uow:
            apply_import(uow, other_table, remapped, event, "b.csv")
        with ws.reading() as s:
            assert s.scalar(select(Organisation.commune).where(Organisation.name == "Autre Ruche")) == "Dugny"


def test_website_of_the_structure_whatever_the_form_calls_it(tmp_path):
    """« Site web de la structure », « Site internet de l'association »… fill the structure's website; a later file
    gives it to a structure that had none, never replaces one."""
    for header in ("Site web de la structure", "Champ additionnel: Site internet", "Site internet de l'association",
                   "Site web"):
        assert guess_mapping(("Prénom", "Nom", "Structure", header)).fields[3] is Field.WEBSITE, header
    # Any other column can be mapped to it by the organiser.
    mapping = guess_mapping(("Prénom", "Nom", "Structure", "Champ additionnel: Où vous trouver en ligne"))
    assert mapping.fields[3] is Field.ANSWER
    mapping = mapping.with_field(3, Field.WEBSITE)
    path = tmp_path / "w.envol"
    build_demo_workspace(path, people=0).close()
    first = "Prénom;Nom;Structure\r\nZoé;Lefèvre;La Ruche Solidaire\r\n"
    second = ("Prénom;Nom;Structure;Champ additionnel: Où vous trouver en ligne\r\n"
              "Marc;Petit;La Ruche Solidaire;https://ruche.example.org\r\n"
              "Anne;Roux;La Ruche Solidaire;https://autre.example.org\r\n")
    with open_workspace(path) as ws:
        event = next(e.id for e in list_events(ws) if "Rencontres" in e.name)
        for name, text, how in (("a.csv", first, None), ("b.csv", second, mapping)):
            table = read_table(text.encode(), name)
            with ws.unit_of_work() as uow:
                apply_import(uow, table, how or guess_mapping(table.headers), event, name)
        with ws.reading() as s:
            org = s.scalars(select(Organisation).where(Organisation.name == "La Ruche Solidaire")).one()
            assert org.website == "https://ruche.example.org"
