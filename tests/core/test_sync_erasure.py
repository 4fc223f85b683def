"""An RGPD erasure made on one desk reaches every copy: the other desks (even one that edited the person offline
afterwards), their sync logs and files on disk, the hub, a device joining later, and a sync file."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select, text

from core.models import CheckIn, CheckInKind, Person, Registration, RegistrationAnswer, Ticket, utcnow
from core.services import directory, registrations, rgpd
from core.sync.bundle import sync_with_bundle
from core.sync.hub import Hub
from core.sync.service import sync_with_hub
from tests.core.sync_helpers import blank_template, dump, new_replica, seed_event

EMAIL = "zephirine.effacable@exemple.fr"
PHONE = "06 98 76 54 32"
ANSWER = "Végétarienne, allergie aux arachides"
WORDS = [EMAIL, PHONE, "Zéphirine", "Effaçable", "arachides"]


def _person_on(workspace) -> uuid.UUID:
    event, _people = seed_event(workspace, 1)
    with workspace.unit_of_work() as uow:
        person = directory.create_person(uow, "Zéphirine", "Effaçable", email=EMAIL, phone=PHONE)
        registration = registrations.register(uow, person.id, event).registration
        uow.session.add(RegistrationAnswer(registration_id=registration.id, question="Régime", answer=ANSWER))
    return person.id


def _erase(workspace, person_id: uuid.UUID) -> None:
    with workspace.unit_of_work() as uow:
        rgpd.erase_person(uow, person_id)
    rgpd.compact(workspace)


def _traces_in_file(path: Path) -> list[str]:
    data = b"".join(Path(f"{path}{suffix}").read_bytes() for suffix in ("", "-wal") if Path(f"{path}{suffix}").exists())
    return [w for w in WORDS if w.encode() in data or w.encode("unicode_escape") in data]


def _traces_on_hub(postgres_url: str, schema: str) -> list[str]:
    engine = create_engine(postgres_url)
    try:
        with engine.connect() as connection:
            return [w for w in WORDS if connection.scalar(text(
                f'SELECT count(*) FROM "{schema}".envol_changes WHERE fields ILIKE :w'), {"w": f"%{w}%"})]
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_an_erasure_reaches_every_desk_the_hub_and_a_late_joiner(tmp_path: Path, postgres_url: str) -> None:
    schema = f"t_erase_{uuid.uuid4().hex[:10]}"
    hub = Hub(postgres_url, schema=schema)
    template = blank_template(tmp_path)
    office, desk = new_replica(template, tmp_path / "office.envol"), new_replica(template, tmp_path / "desk.envol")
    try:
        person_id = _person_on(office)
        sync_with_hub(office, hub)
        sync_with_hub(desk, hub)
        with desk.unit_of_work() as uow:  # offline, after the office erased, with a later clock
            uow.session.get(Person, person_id).phone = "07 00 00 00 01"
        _erase(office, person_id)
        assert _traces_in_file(office.path) == []

        sync_with_hub(office, hub)
        sync_with_hub(desk, hub)  # pushes its edit, learns the erasure, scrubs the hub of its own edit too
        sync_with_hub(office, hub)
        for workspace in (office, desk):
            with workspace.reading() as session:
                person = session.get(Person, person_id)
                assert (person.first_name, person.last_name, person.email, person.phone) == (
                    "Personne", "effacée", None, None)
        assert dump(office) == dump(desk)
        assert _traces_in_file(desk.path) == []
        assert _traces_on_hub(postgres_url, schema) == []

        late = new_replica(template, tmp_path / "late.envol")
        sync_with_hub(late, hub)
        sync_with_hub(office, hub)  # gets the late device's own row
        assert dump(late) == dump(office)
        late.close()
        assert _traces_in_file(tmp_path / "late.envol") == []
    finally:
        office.close()
        desk.close()
        hub.drop()
        hub.close()


def test_an_erasure_travels_by_file_and_scrubs_the_file(tmp_path: Path) -> None:
    template = blank_template(tmp_path)
    office, desk = new_replica(template, tmp_path / "office.envol"), new_replica(template, tmp_path / "desk.envol")
    stick = tmp_path / "stick.envolsync"
    try:
        person_id = _person_on(office)
        sync_with_bundle(office, stick)
        sync_with_bundle(desk, stick)
        assert _traces_in_file(stick) != []  # the file carries the person, as expected before the erasure

        _erase(office, person_id)
        sync_with_bundle(office, stick)
        assert _traces_in_file(stick) == []
        sync_with_bundle(desk, stick)
        with desk.reading() as session:
            assert session.get(Person, person_id).email is None
        assert _traces_in_file(desk.path) == []
        assert dump(office) == dump(desk)
    finally:
        office.close()
        desk.close()


@pytest.mark.postgres
def test_what_a_volunteer_typed_about_an_erased_person_goes_too(tmp_path: Path, hub: Hub) -> None:
    """The scan field held her e-mail (a rejected scan) and her ticket's scans their raw text: erased everywhere."""
    template = blank_template(tmp_path)
    office, desk = new_replica(template, tmp_path / "office.envol"), new_replica(template, tmp_path / "desk.envol")
    try:
        person_id = _person_on(office)
        with office.unit_of_work() as uow:
            registration = uow.session.scalar(select(Registration).where(Registration.person_id == person_id))
            ticket = Ticket(registration_id=registration.id, code="ZEPH01")
            uow.session.add(ticket)
            uow.session.flush()
            ticket_id = ticket.id
        sync_with_hub(office, hub)
        sync_with_hub(desk, hub)
        typed = {uuid.uuid4(): f"  {EMAIL.upper()} ", uuid.uuid4(): f"Zéphirine Effaçable {PHONE}"}
        with desk.unit_of_work() as uow:  # the desk searched her by typing in the scan field, then scanned her
            for nonce, text_ in typed.items():
                uow.session.add(CheckIn(kind=CheckInKind.ENTRY, verdict="unknown", accepted=False,
                                        raw_input=text_, scanned_at=utcnow(), nonce=nonce.hex))
            uow.session.add(CheckIn(ticket_id=ticket_id, kind=CheckInKind.ENTRY, verdict="valid", accepted=True,
                                    raw_input="ZEPH01-typed-by-hand", scanned_at=utcnow(), nonce=uuid.uuid4().hex))
        with desk.unit_of_work() as uow:  # someone else's scan keeps its text
            uow.session.add(CheckIn(kind=CheckInKind.ENTRY, verdict="unknown", accepted=False,
                                    raw_input="autre.personne@exemple.fr", scanned_at=utcnow(),
                                    nonce=uuid.uuid4().hex))
        sync_with_hub(desk, hub)
        sync_with_hub(office, hub)
        _erase(office, person_id)
        for workspace in (office, desk, office):
            sync_with_hub(workspace, hub)
        rgpd.compact(desk)
        for workspace in (office, desk):
            with workspace.reading() as session:
                left = sorted(t for t in session.scalars(select(CheckIn.raw_input)) if t)
            assert left == ["autre.personne@exemple.fr"]
            assert _traces_in_file(workspace.path) == []
        assert dump(office) == dump(desk)
        with hub._engine.connect() as connection:
            fields = "\n".join(connection.scalars(text("SELECT fields FROM envol_changes "
                                                       "WHERE table_name = 'checkins'")))
        assert EMAIL not in fields.lower() and "ZEPH01-typed" not in fields and "Effaçable" not in fields
        assert "autre.personne@exemple.fr" in fields
    finally:
        office.close()
        desk.close()
