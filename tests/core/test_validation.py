"""Bad input is refused with a clear, stable code before anything is written."""

from __future__ import annotations

import pytest

from core import validation as v
from core.errors import ValidationError
from core.models import Organisation, OrganisationKind, Person
from core.services import directory


def valid_siret(prefix: str) -> str:
    """Complete 13 digits with the Luhn key digit."""
    for last in "0123456789":
        if v.luhn_ok(prefix + last):
            return prefix + last
    raise AssertionError


@pytest.mark.parametrize("value", ["", "   ", None, "\u00a0\t"])
def test_empty_names_are_refused(workspace, value):
    with pytest.raises(ValidationError) as refused, workspace.unit_of_work() as uow:
        directory.create_person(uow, value, "Dupont")
    assert refused.value.code == "empty_name"
    assert refused.value.details["field"] == "first_name"


@pytest.mark.parametrize("email", ["jean.dupont", "jean@", "@exemple.fr", "jean dupont@exemple.fr", "a@b", "x@@y.fr"])
def test_malformed_emails_are_refused(workspace, email):
    with pytest.raises(ValidationError) as refused, workspace.unit_of_work() as uow:
        directory.create_person(uow, "Jean", "Dupont", email=email)
    assert refused.value.code == "malformed_email"
    with workspace.reading() as session:
        assert session.query(Person).count() == 0


def test_email_is_trimmed_and_lowercased(workspace):
    with workspace.unit_of_work() as uow:
        person = directory.create_person(uow, " Éloïse ", "N'Diaye-Lefèvre", email="  Eloise.NDiaye@Exemple.FR ")
    assert person.email == "eloise.ndiaye@exemple.fr"
    assert person.first_name == "Éloïse"


def test_siret_is_checked_by_its_luhn_key(workspace):
    good = valid_siret("7328293200007")
    bad = good[:-1] + str((int(good[-1]) + 1) % 10)
    with workspace.unit_of_work() as uow:
        org = directory.create_organisation(uow, "SCOP Bâtir", OrganisationKind.SCOP, siret=good[:3] + " " + good[3:])
    assert org.siret == good
    with pytest.raises(ValidationError) as refused, workspace.unit_of_work() as uow:
        directory.create_organisation(uow, "SCOP Bis", OrganisationKind.SCOP, siret=bad)
    assert refused.value.code == "bad_siret_key"
    with pytest.raises(ValidationError) as refused, workspace.unit_of_work() as uow:
        directory.create_organisation(uow, "SCOP Ter", OrganisationKind.SCOP, siret="1234")
    assert refused.value.code == "malformed_siret"
    with workspace.reading() as session:
        assert session.query(Organisation).count() == 1


def test_la_poste_sirets_follow_their_own_key():
    assert v.optional_siret("35600000000001") == "35600000000001"  # digit sum 15


def test_insee_codes_include_corsica():
    assert v.optional_insee("2A004") == "2A004"
    with pytest.raises(ValidationError):
        v.optional_insee("930")


def test_search_key_forgives_accents_case_and_ligatures():
    assert v.search_key("Éloïse", "N'Diaye-Lefèvre") == "eloise n'diaye-lefevre"
    assert v.search_key("Cœur") == "coeur"
    assert v.search_key("Nguyễn Thị Minh") == "nguyen thi minh"
