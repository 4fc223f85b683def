"""Helpers for the sync tests: fast replicas, a minimal check-in path, a comparable dump of every replica."""

from __future__ import annotations

import shutil
import sqlite3
import uuid
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select

from core.db.workspace import Workspace, open_workspace
from core.models import CheckIn, CheckInKind, EventKind, SyncReview, utcnow
from core.services import agenda, directory
from core.sync.codec import to_json
from core.sync.tables import replicated_tables


def blank_template(directory_: Path) -> Path:
    """A migrated empty workspace without a device: each copy becomes a new device when opened."""
    path = directory_ / "blank.envol"
    open_workspace(path, create=True).close()
    # Closed explicitly: sqlite3's statement cache keeps the connection alive until a garbage collection, and
    # until then its deletes sit in the WAL, which copies of the file do not see (every copy, one device id).
    raw = sqlite3.connect(path)
    try:
        with raw:
            for table in ("devices", "local_settings", "sync_changes", "sync_rows"):
                raw.execute(f"DELETE FROM {table}")
    finally:
        raw.close()
    return path


def new_replica(template: Path, path: Path) -> Workspace:
    shutil.copy(template, path)
    return open_workspace(path)


def seed_event(workspace: Workspace, people: int) -> tuple[uuid.UUID, list[uuid.UUID]]:
    with workspace.unit_of_work() as uow:
        event = agenda.create_event(uow, "Rencontres territoriales", EventKind.RENCONTRES, date(2026, 12, 3),
                                    date(2026, 12, 3))
        persons = [directory.create_person(uow, f"Prénom{i}", f"Nom{i}").id for i in range(people)]
    return event, persons


def check_in(workspace: Workspace, ticket_id: uuid.UUID) -> uuid.UUID:
    """The minimal path to an accepted entry (what the check-in service records for a valid scan)."""
    with workspace.unit_of_work() as uow:
        row = CheckIn(ticket_id=ticket_id, kind=CheckInKind.ENTRY, verdict="valid", accepted=True,
                      scanned_at=utcnow(), device_id=workspace.device_id, nonce=uuid.uuid4().hex)
        uow.session.add(row)
        uow.session.flush()
        return row.id


def dump(workspace: Workspace) -> dict[str, list[tuple[Any, ...]]]:
    """Every replicated row, comparable across replicas."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    with workspace.engine.connect() as connection:
        for name, table in sorted(replicated_tables().items()):
            rows = connection.execute(select(table)).mappings().all()
            out[name] = sorted(tuple(sorted((k, to_json(v)) for k, v in row.items())) for row in rows)
    return out


def open_review_keys(workspace: Workspace, kind: str) -> set[tuple[Any, ...]]:
    r = SyncReview.__table__
    with workspace.engine.connect() as connection:
        rows = connection.execute(select(r.c.table_name, r.c.row_id, r.c.field, r.c.other_id)
                                  .where(r.c.kind == kind, r.c.resolved_at.is_(None))).all()
    return {tuple(row) for row in rows}
