"""The fiche d'échanges and the relevé, read back with pypdf: contacts only where the giver agreed."""

from __future__ import annotations

import io
from datetime import UTC, datetime

from pypdf import PdfReader

from core import clock
from core.db.workspace import Workspace
from core.exchanges import capture
from core.exchanges.board import board, participants, person_exchanges
from core.models import OfferKind
from printing.exchanges import render_fiches, render_releve
from tests.core.test_exchanges import _atelier


def _text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return "\n".join(page.extract_text() for page in reader.pages)


def _pages(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def test_fiche_gives_consented_contacts_only_and_the_releve_none(workspace: Workspace) -> None:
    event, ids = _atelier(workspace)
    with clock.frozen(datetime(2026, 10, 6, 8, tzinfo=UTC)), workspace.unit_of_work() as uow:
        need = capture.state_need(uow, event, ids["ines"], "Contacts en santé au travail",
                                  categories=["sante_travail"]).id
        capture.make_offer(uow, need, ids["zoe"], "Le réseau des médecins du travail", kind=OfferKind.CONTACT,
                           consent_contact=True)
        capture.make_offer(uow, need, ids["paul"], "Une mutuelle de prévention", kind=OfferKind.CONTACT)
        other = capture.state_need(uow, event, ids["rachid"], "Projet de mobilité douce").id
        capture.make_offer(uow, other, ids["ines"], "Appui en communication", kind=OfferKind.APPUI)
    with workspace.reading() as session:
        ines = person_exchanges(session, event, ids["ines"])
        everyone = [person_exchanges(session, event, p) for p in participants(session, event)]
        needs = board(session, event)
    fiche = _text(render_fiches([ines])).replace("\n", " ")
    assert "Fiche d'échanges" in fiche and "Inès Bérard" in fiche and "Centre de santé" in fiche
    assert "Le réseau des médecins du travail" in fiche and "zoe@example.org" in fiche and "0600000003" in fiche
    assert "Une mutuelle de prévention" in fiche and "paul@example.org" not in fiche
    assert "Coordonnées non transmises" in fiche
    assert "Appui en communication" in fiche and "Projet de mobilité douce" in fiche  # the offer she made
    assert _pages(render_fiches(everyone)) == len(everyone) == 4  # one page each
    releve = _text(render_releve("Atelier d'interconnaissance", needs)).replace("\n", " ")
    assert "2 besoins exprimés, 2 avec au moins une offre, 3 offres." in releve
    assert "@" not in releve and "0600000003" not in releve
