"""Two laptops in one atelier, both offline (the facilitator and a note-taker): what each writes reaches the
other, the category vocabulary seeded on both becomes one, and an RGPD erasure takes the person's words out of
needs and offers everywhere — the other desk, the sync file, the hub — while the counts stay."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select, text

from core.categories import labels, save_category
from core.db.workspace import Workspace
from core.exchanges import capture
from core.exchanges.board import board
from core.exchanges.report import exchange_figures
from core.models import Category, EventKind, OfferKind
from core.services import agenda, directory, rgpd
from core.sync.bundle import sync_with_bundle
from core.sync.hub import Hub
from core.sync.service import sync_with_hub
from tests.core.sync_helpers import blank_template, dump, new_replica

NEED = "Trouver un médecin du travail pour Zéphirine"
OFFER = "Je connais le Dr Oursel, médecine du travail"
WORDS = [NEED, OFFER, "Zéphirine", "Oursel"]


def _seed(workspace: Workspace) -> tuple[uuid.UUID, uuid.UUID, uuid.UUID]:
    with workspace.unit_of_work() as uow:
        event = agenda.create_event(uow, "Atelier d'interconnaissance", EventKind.AUTRE, date(2026, 10, 6),
                                    date(2026, 10, 6))
        sante = directory.create_organisation(uow, "Centre de santé").id
        mutuelle = directory.create_organisation(uow, "Mutuelle").id
        asker = directory.create_person(uow, "Zéphirine", "Effaçable", organisation_id=sante).id
        giver = directory.create_person(uow, "Odile", "Donne", email="odile@exemple.fr", organisation_id=mutuelle).id
    return event, asker, giver


def _traces_in_file(path: Path) -> list[str]:
    data = b"".join(Path(f"{path}{suffix}").read_bytes() for suffix in ("", "-wal") if Path(f"{path}{suffix}").exists())
    return [w for w in WORDS if w.encode() in data or w.encode("unicode_escape") in data]


def test_two_desks_offline_converge_and_an_erasure_reaches_both(tmp_path: Path) -> None:
    template = blank_template(tmp_path)
    facilitator = new_replica(template, tmp_path / "facilitator.envol")
    notes = new_replica(template, tmp_path / "notes.envol")
    stick = tmp_path / "stick.envolsync"
    try:
        event, asker, giver = _seed(facilitator)
        sync_with_bundle(facilitator, stick)
        sync_with_bundle(notes, stick)
        # Offline on both: the facilitator states the need, the note-taker writes a standing offer and renames a
        # category (both seed the vocabulary).
        with facilitator.unit_of_work() as uow:
            need = capture.state_need(uow, event, asker, NEED, categories=["sante_travail"]).id
        with notes.unit_of_work() as uow:
            capture.make_standing_offer(uow, giver, "Un appui en communication", categories=["communication"])
            save_category(uow.session, "mobilite", "Mobilité douce")
        for desk in (facilitator, notes, facilitator):
            sync_with_bundle(desk, stick)
        with notes.unit_of_work() as uow:  # the note-taker writes the offer under the need it received
            capture.make_offer(uow, need, giver, OFFER, kind=OfferKind.CONTACT, consent_contact=True)
        for desk in (notes, facilitator):
            sync_with_bundle(desk, stick)
        assert dump(facilitator) == dump(notes)
        with facilitator.reading() as session:
            (wall,) = board(session, event)
            assert [o.text for o in wall.offers] == [OFFER]
            assert labels(session)["mobilite"] == "Mobilité douce"
            assert len(session.scalars(select(Category)).all()) == 13  # seeded on both, one row per code

        with facilitator.unit_of_work() as uow:
            rgpd.erase_person(uow, asker)
        rgpd.compact(facilitator)
        for desk in (facilitator, notes):
            sync_with_bundle(desk, stick)
        rgpd.compact(notes)
        for desk in (facilitator, notes):
            with desk.reading() as session:
                (wall,) = board(session, event)
                assert wall.title == "(texte effacé)" and wall.offers[0].text == "(texte effacé)"
                assert exchange_figures(session, event).total.offers == 1  # the count stays
        assert dump(facilitator) == dump(notes)
        for path in (facilitator.path, notes.path, stick):
            assert _traces_in_file(path) == [], path
    finally:
        facilitator.close()
        notes.close()


@pytest.mark.postgres
def test_an_erased_givers_offers_leave_the_hub(tmp_path: Path, postgres_url: str) -> None:
    schema = f"t_exch_{uuid.uuid4().hex[:10]}"
    hub = Hub(postgres_url, schema=schema)
    template = blank_template(tmp_path)
    office, desk = new_replica(template, tmp_path / "office.envol"), new_replica(template, tmp_path / "desk.envol")
    try:
        event, asker, giver = _seed(office)
        with office.unit_of_work() as uow:
            need = capture.state_need(uow, event, asker, "Un local pour nos ateliers").id
            capture.make_offer(uow, need, giver, OFFER)
        sync_with_hub(office, hub)
        sync_with_hub(desk, hub)
        with desk.unit_of_work() as uow:
            rgpd.erase_person(uow, giver)
        sync_with_hub(desk, hub)
        sync_with_hub(office, hub)
        with office.reading() as session:
            (wall,) = board(session, event)
        assert wall.title == "Un local pour nos ateliers" and wall.offers[0].text == "(texte effacé)"
        engine = create_engine(postgres_url)
        try:
            with engine.connect() as connection:
                found = connection.scalar(text(f'SELECT count(*) FROM "{schema}".envol_changes WHERE fields LIKE :w'),
                                          {"w": "%Oursel%"})
        finally:
            engine.dispose()
        assert found == 0
    finally:
        office.close()
        desk.close()
        hub.drop()
        hub.close()
