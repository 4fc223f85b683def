"""The sync issue's done-when, with the commands an organiser would type: two desks set up by copying the demo
workspace check the same person in while offline, sync (through the hub, or a file on disk), and both show the
same check-ins with the double entry listed for review. Each copy takes its own device identity at its first write
(the check-in), before it stamps anything: _assert_converged checks the desks are two devices."""

from __future__ import annotations

import shutil
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select

from core.db.workspace import open_workspace
from core.models import CheckIn, CheckInKind, Device, Registration, Status, Ticket
from core.sync.hub import Hub
from desktop.cli import main
from tests.core.sync_helpers import open_review_keys
from tests.demo import demo_event


def _two_demo_desks(template: Path, tmp_path: Path) -> tuple[Path, Path]:
    first, second = tmp_path / "accueil-1.envol", tmp_path / "accueil-2.envol"
    shutil.copy(template, first)
    shutil.copy(template, second)  # a volunteer copies the file onto the second laptop
    return first, second


def _a_confirmed_ticket_not_yet_in(path: Path) -> str:
    with open_workspace(path) as workspace, workspace.reading() as session:
        entered = select(CheckIn.ticket_id).where(CheckIn.kind == CheckInKind.ENTRY)
        code = session.scalar(
            select(Ticket.code).join(Registration)
            .where(Registration.event_id == demo_event(workspace, "Rencontres").id,
                   Registration.status == Status.CONFIRMED,
                   Ticket.id.not_in(entered)).limit(1))
    assert code is not None
    return code


def _state(path: Path) -> tuple[list[tuple[str, str]], set[tuple], uuid.UUID, int]:
    with open_workspace(path) as workspace, workspace.reading() as session:
        checkins = sorted((str(c.id), str(c.ticket_id)) for c in session.scalars(select(CheckIn)))
        devices = len(session.scalars(select(Device.id)).all())
        return checkins, open_review_keys(workspace, "duplicate_checkin"), workspace.device_id, devices


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert main(list(argv)) == 0
    return capsys.readouterr().out


def _check_in_on_both(capsys: pytest.CaptureFixture[str], first: Path, second: Path) -> None:
    code = _a_confirmed_ticket_not_yet_in(first)
    for desk in (first, second):  # offline: neither desk knows the other let this person in
        assert "valid" in _run(capsys, "checkin", str(desk), code, "--event", "Rencontres")


def _assert_converged(first: Path, second: Path) -> None:
    a, b = _state(first), _state(second)
    assert a[0] == b[0], "the two desks do not show the same check-ins"
    assert len(a[1]) == 1 and a[1] == b[1], "the double entry is not listed once, on both desks"
    assert a[2] != b[2], "the copied file kept the first laptop's device identity"


@pytest.mark.postgres
def test_two_copied_demo_desks_converge_through_the_hub(_demo_template: Path, tmp_path: Path, postgres_url: str,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    first, second = _two_demo_desks(_demo_template, tmp_path)
    _check_in_on_both(capsys, first, second)
    schema = f"t_desks_{uuid.uuid4().hex[:10]}"
    try:
        hub = ["--hub", postgres_url, "--schema", schema]
        _run(capsys, "sync", str(first), *hub)
        said = _run(capsys, "sync", str(second), *hub)
        assert "double" in said
        _run(capsys, "sync", str(first), "--schema", schema)  # the hub given once is remembered
        _assert_converged(first, second)
    finally:
        Hub(postgres_url, schema=schema).drop()


def test_two_copied_demo_desks_converge_through_a_file(_demo_template: Path, tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    first, second = _two_demo_desks(_demo_template, tmp_path)
    _check_in_on_both(capsys, first, second)
    stick = tmp_path / "cle-usb" / "rencontres.envolsync"
    stick.parent.mkdir()
    _run(capsys, "sync", str(first), "--bundle", str(stick))
    said = _run(capsys, "sync", str(second), "--bundle", str(stick))
    assert "double" in said
    _run(capsys, "sync", str(first), "--bundle", str(stick))
    _assert_converged(first, second)
