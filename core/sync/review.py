"""What sync asks a person to look at: conflicting offline edits and tickets checked in twice.

Resolving a conflict writes the chosen value as a new change of kind "resolve": it wins everywhere by its
clock, and closes the same conflict on the other devices when it reaches them.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, update

from core.db.workspace import Workspace
from core.errors import NotFound, RuleViolation
from core.models import CheckIn, Device, Person, Registration, SyncChange, SyncReview, Ticket, utcnow
from core.sync.changelog import record_local
from core.sync.codec import TableCodec
from core.sync.tables import replicated_tables, table_of


@dataclass(frozen=True, slots=True)
class ReviewItem:
    id: int
    kind: str  # conflict, duplicate_checkin
    table_name: str
    row_id: uuid.UUID
    field: str | None
    what: str  # who or what the row is about, for people
    mine: Any
    theirs: Any
    winner: str | None
    other_id: uuid.UUID | None
    device: str | None  # duplicate: the device of the later entry


def open_reviews(workspace: Workspace) -> list[ReviewItem]:
    r = table_of(SyncReview)
    with workspace.reading() as session:
        rows = session.execute(select(r).where(r.c.resolved_at.is_(None)).order_by(r.c.id)).mappings().all()
        items = []
        for row in rows:
            mine, theirs, winner = _as_seen_here(session.connection(), row)
            items.append(ReviewItem(row["id"], row["kind"], row["table_name"], row["row_id"], row["field"],
                                    _what(session, row["table_name"], row["row_id"]),
                                    json.loads(mine) if mine else None, json.loads(theirs) if theirs else None,
                                    winner, row["other_id"], _device(session, row)))
        return items


def _as_seen_here(connection: Any, row: Any) -> tuple[str | None, str | None, str | None]:
    """(mine, theirs, winner) for this device. A conflict is stored the same on every device (core.sync.conflicts:
    mine is the value the clocks kept, theirs the one they lost); "mine" shown here is the value this device
    wrote, when its own last edit of the field is the one that lost."""
    if row["kind"] != "conflict" or not row["field"]:
        return row["mine"], row["theirs"], row["winner"]
    c = table_of(SyncChange)
    for fields in connection.scalars(select(c.c.fields).where(
            c.c.table_name == row["table_name"], c.c.row_id == row["row_id"], c.c.origin == "local",
            c.c.op.in_(("update", "resolve"))).order_by(c.c.seq.desc())):
        values = json.loads(fields)
        if row["field"] in values:
            if json.dumps(values[row["field"]], ensure_ascii=False) == row["theirs"] != row["mine"]:
                return row["theirs"], row["mine"], "theirs"
            break
    return row["mine"], row["theirs"], row["winner"]


def _what(session: Any, table_name: str, row_id: uuid.UUID) -> str:
    person: Person | None = None
    if table_name == "people":
        person = session.get(Person, row_id)
    elif table_name == "registrations":
        reg = session.get(Registration, row_id)
        person = reg.person if reg else None
    elif table_name == "checkins":
        checkin = session.get(CheckIn, row_id)
        ticket = session.get(Ticket, checkin.ticket_id) if checkin and checkin.ticket_id else None
        person = ticket.registration.person if ticket else None
    if person is not None:
        return person.full_name
    return f"{table_name} {str(row_id)[:8]}"


def _device(session: Any, row: Any) -> str | None:
    if row["kind"] != "duplicate_checkin":
        return None
    checkin = session.get(CheckIn, row["row_id"])
    device = session.get(Device, checkin.device_id) if checkin and checkin.device_id else None
    return device.name if device else None


def resolve_conflict(workspace: Workspace, review_id: int, keep: str) -> None:
    """keep 'mine' (the value this device had) or 'theirs' (the value that came in)."""
    if keep not in ("mine", "theirs"):
        raise RuleViolation("bad_choice", f"keep must be mine or theirs, not {keep!r}")
    with workspace.unit_of_work() as uow:
        connection = uow.session.connection()
        r = table_of(SyncReview)
        row = connection.execute(select(r).where(r.c.id == review_id, r.c.kind == "conflict",
                                                 r.c.resolved_at.is_(None))).mappings().first()
        if row is None:
            raise NotFound("review_not_found", "this conflict is already settled")
        shown = dict(zip(("mine", "theirs"), _as_seen_here(connection, row)[:2], strict=True))
        chosen = shown[keep]
        value = json.loads(chosen) if chosen else None
        table = replicated_tables()[row["table_name"]]
        decoded = TableCodec(table).decode({row["field"]: value})
        connection.execute(update(table).where(table.c.id == row["row_id"]).values(
            {"updated_at": table.c.updated_at, **decoded}))  # no unlogged onupdate stamp
        record_local(connection, workspace.device_id, [("resolve", row["table_name"], row["row_id"],
                                                        {row["field"]: value})])
        connection.execute(update(r).where(r.c.table_name == row["table_name"], r.c.row_id == row["row_id"],
                                           r.c.field == row["field"], r.c.resolved_at.is_(None))
                           .values(resolved_at=utcnow(), resolution=keep))


def mark_reviewed(workspace: Workspace, review_id: int) -> None:
    """A duplicate check-in was looked at: both rows stay (check-ins are never deleted)."""
    with workspace.unit_of_work() as uow:
        r = table_of(SyncReview)
        result = uow.session.connection().execute(update(r).where(r.c.id == review_id, r.c.resolved_at.is_(None))
                                                  .values(resolved_at=utcnow(), resolution="reviewed"))
        if result.rowcount == 0:
            raise NotFound("review_not_found", "this item is already settled")
