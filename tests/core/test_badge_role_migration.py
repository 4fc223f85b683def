"""Desks whose workspaces were written before the badge role (revision 0006) are migrated when opened, and then
sync the new columns: a badge role chosen at the office and an attestation logged there reach the other desk."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import create_engine

from core.db import migrations
from core.db.workspace import open_workspace
from core.models import BadgeRole
from core.services import print_data
from core.services.attestation_check import Verdict, verify_attestation
from core.sync.bundle import sync_with_bundle
from printing.jobs import PrintRequest, gather, log_printed
from tests.core.sync_helpers import blank_template, dump, new_replica
from tests.printing.scenario import build


def _back_to_0006(path: Path) -> None:
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        command.downgrade(migrations.alembic_config(connection), "0006")
        assert migrations.current_revision(connection) == "0006"
    engine.dispose()


def test_desks_migrated_from_0006_sync_badge_roles_and_logged_attestations(tmp_path: Path) -> None:
    template = blank_template(tmp_path)
    office, desk = new_replica(template, tmp_path / "office.envol"), new_replica(template, tmp_path / "desk.envol")
    stick = tmp_path / "stick.envolsync"
    scenario = build(office, extra_people=2)
    sync_with_bundle(office, stick)
    sync_with_bundle(desk, stick)
    office.close()
    desk.close()
    for path in (office.path, desk.path):
        _back_to_0006(path)

    office, desk = open_workspace(office.path), open_workspace(desk.path)
    try:
        assert (tmp_path / "office.envol.before-0006.bak").exists()
        chosen = next(iter(scenario.checked_in))
        with office.unit_of_work() as uow:
            print_data.set_badge_role(uow, chosen, BadgeRole.BENEVOLE)
        gathered = gather(office, PrintRequest("attestations", scenario.event_id))
        log_printed(office, gathered)
        sync_with_bundle(office, stick)
        sync_with_bundle(desk, stick)

        with desk.unit_of_work() as uow:
            roles = {b.registration_id: b.role for b in print_data.badges(uow, scenario.event_id)}
        assert roles[chosen] == BadgeRole.BENEVOLE
        code = next(c.verification_code for c in gathered.certificates if c.registration_id == chosen)
        with desk.reading() as session:
            check = verify_attestation(session, code)
        assert check.verdict == Verdict.VALID and len(check.issued) == 1
        assert dump(office) == dump(desk)
    finally:
        office.close()
        desk.close()
