"""Agenda benchmark: an event of 400 sessions over 30 days in 12 rooms.

Figures: the timetable grid painted (target 300 ms), a move = service write + conflicts recomputed + grid
repainted (target 50 ms), the conflicts alone, the agenda loaded; each beside raw SQLite doing the same
SELECT or UPDATE. Run: `python -m tests.benchmarks.bench_agenda`.
"""

from __future__ import annotations

import os
import random
import sqlite3
import statistics
import tempfile
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from core.agenda.conflicts import conflicting_session_ids  # noqa: E402
from core.agenda.timing import shift_days  # noqa: E402
from core.db.workspace import open_workspace  # noqa: E402
from core.models import EventKind  # noqa: E402
from core.services import agenda  # noqa: E402
from core.services.agenda_read import load_agenda  # noqa: E402
from tests.benchmarks.common import Figure, p99, report, timings_ms  # noqa: E402

FIRST_DAY = date(2026, 11, 1)


def _fill(path: Path, sessions: int) -> tuple[object, object]:
    rng = random.Random(7)
    workspace = open_workspace(path, create=True)
    with workspace.unit_of_work() as uow:
        event = agenda.create_event(uow, "Mois de l'ESS (banc)", EventKind.MOIS_ESS, FIRST_DAY,
                                    FIRST_DAY + timedelta(days=29))
        venues = [agenda.create_venue(uow, f"Lieu {n}", commune="Sevran") for n in range(4)]
        rooms = [agenda.create_room(uow, venues[n % 4], f"Salle {n:02d}", 40) for n in range(12)]
        for n in range(sessions):
            day = FIRST_DAY + timedelta(days=n % 30)
            hour = 9 + rng.randrange(0, 10)
            agenda.create_session(uow, event, f"Atelier {n}", agenda.local_time(day, f"{hour}:00"),
                                  agenda.local_time(day, f"{hour + 1}:30"), room_id=rng.choice(rooms),
                                  capacity=30, facilitators=f"Animateur {rng.randrange(60)}")
    return workspace, event


def run(scale: float = 1.0) -> None:
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QApplication

    from desktop.pages.agenda.grid import TimetableGrid

    app = QApplication.instance() or QApplication([])
    sessions = max(8, int(400 * scale))
    repeat = max(3, int(30 * min(1.0, scale * 4)))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.envol"
        workspace, event_id = _fill(path, sessions)
        raw = sqlite3.connect(path)
        event_hex = event_id.hex  # SQLAlchemy's Uuid is stored as 32 hex characters in SQLite

        def raw_select() -> list[tuple[object, ...]]:
            return raw.execute("SELECT id, title, starts_at, ends_at, room_id, capacity, facilitators FROM sessions "
                               "WHERE event_id = ? ORDER BY starts_at", (event_hex,)).fetchall()

        load = timings_ms(lambda: load_agenda(workspace, event_id), repeat)
        floor_load = timings_ms(raw_select, repeat)
        data = load_agenda(workspace, event_id)
        conflicts = timings_ms(data.conflicts, repeat)

        grid = TimetableGrid()
        grid.resize(grid.sizeHint())

        def paint() -> None:
            grid.set_data(data, conflicting_session_ids(data.conflicts()))
            grid.grab()

        painted = timings_ms(paint, repeat)
        app.processEvents()

        moving = data.sessions[len(data.sessions) // 2]
        state = {"data": data, "days": 1}
        viewport = QRect(0, 0, 1200, 700)  # what a window shows: Qt repaints only that

        def move() -> None:
            current = state["data"]
            session = current.session(moving.id)
            assert session is not None
            start = shift_days(session.starts_at, state["days"], current.timezone)
            state["days"] = -state["days"]
            with workspace.unit_of_work() as uow:
                detail = agenda.move_session(uow, session.id, start, session.room_id)
            current = current.with_session(detail)
            state["data"] = current
            grid.set_data(current, conflicting_session_ids(current.conflicts()))
            grid.grab(viewport)

        moves = timings_ms(move, repeat)
        session_hex = moving.id.hex

        def raw_update() -> None:
            raw.execute("UPDATE sessions SET starts_at = starts_at, updated_at = CURRENT_TIMESTAMP WHERE id = ?",
                        (session_hex,))
            raw.commit()

        floor_move = timings_ms(raw_update, repeat)
        raw.close()
        workspace.close()

    report(f"Agenda: {sessions} sessions over 30 days, 12 rooms", [
        Figure("agenda loaded (service read)", p99(load), p99(floor_load), None),
        Figure("conflicts recomputed", p99(conflicts), None, None),
        Figure("timetable grid painted (layout + full grab)", p99(painted), p99(floor_load), 300),
        Figure("move: write + conflicts + grid repainted", p99(moves), p99(floor_move), 50),
        Figure("move: write + conflicts + grid repainted", statistics.median(moves),
               statistics.median(floor_move), 50, what="p50"),
    ])


if __name__ == "__main__":
    run()
