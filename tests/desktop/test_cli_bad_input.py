"""`envol checkin W -` reads what a badly configured scanner sends: every line gets a verdict, printed and flushed
as soon as it is committed."""

from __future__ import annotations

import os
import select
import subprocess
import sys
from pathlib import Path

from sqlalchemy import select as sql_select

from core.models import CheckIn, Registration, Status, Ticket

ROOT = Path(__file__).resolve().parents[2]


def _code(workspace, event_id) -> str:
    with workspace.reading() as session:
        scanned = sql_select(CheckIn.ticket_id).where(CheckIn.ticket_id.is_not(None))
        return session.scalar(sql_select(Ticket.code).join(Registration).where(
            Registration.event_id == event_id, Registration.status == Status.CONFIRMED, Ticket.id.not_in(scanned))
            .order_by(Ticket.code).limit(1))


def _readline(process: subprocess.Popen, timeout: float = 60) -> bytes:
    ready, _, _ = select.select([process.stdout], [], [], timeout)
    assert ready, "no verdict line before the input ended: not flushed"
    return process.stdout.readline()


def test_invalid_utf8_and_surrogates_get_a_verdict_and_each_line_is_flushed(demo_workspace, tmp_path):
    from core.services.events import list_events

    rencontres = next(e for e in list_events(demo_workspace) if "Rencontres" in e.name)
    code = _code(demo_workspace, rencontres.id)
    demo_workspace.close()
    env = {**os.environ, "PYTHONIOENCODING": "ascii", "LC_ALL": "C"}  # the worst terminal: ASCII only
    process = subprocess.Popen(
        [sys.executable, "-m", "desktop", "checkin", str(demo_workspace.path), "-", "--event", rencontres.name],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT, env=env)
    try:
        process.stdin.write(b"badge-caf\xe9\n")  # Latin-1 from a scanner set to the wrong layout
        process.stdin.flush()
        first = _readline(process)  # answered while the input is still open
        assert b"unknown" in first or b"unreadable" in first
        process.stdin.write(code.encode() + b"\n\xed\xb3\xbf\xff\xfe\n")  # then a real code, then garbage
        process.stdin.flush()
        second, third = _readline(process), _readline(process)
        assert b"valid" in second
        assert b"unreadable" in third or b"unknown" in third
    finally:
        process.stdin.close()
        process.wait(60)
    assert process.returncode == 1, process.stderr.read()  # not every scan was accepted; none crashed
    from core.db.workspace import open_workspace

    with open_workspace(demo_workspace.path) as workspace, workspace.reading() as session:
        raws = session.scalars(sql_select(CheckIn.raw_input).where(CheckIn.raw_input.like("badge-caf%"))).all()
    assert raws == ["badge-caf\ufffd"]


def test_lone_surrogates_given_to_the_service_are_stored_replaced(demo_workspace):
    from core.checkin import CheckInTarget
    from core.services import checkin
    from core.services.events import list_events

    event = list_events(demo_workspace)[0]
    with demo_workspace.unit_of_work() as uow:
        result = checkin.scan(uow, "badge-caf\udce9", CheckInTarget(event.id))
    assert not result.accepted
    with demo_workspace.reading() as session:
        assert session.get(CheckIn, result.checkin_id).raw_input == "badge-caf\ufffd"
