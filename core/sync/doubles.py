"""The double-entry review list, a function of the replicated rows alone.

A registration's accepted entries that no undo cancels, ordered by their sync clock (the HLC of the insert, the
same on every device) and then by id: the first is THE check-in, each later one is a double entry to look at.
Nothing else goes in: not the order in which changes arrived, not what this device listed before. So every
device lists the same double entries once it has the same rows, and an entry leaves the list as soon as its
cause goes (an undo of either entry, a delete, registrations folded into one).

sync_reviews keeps the list materialised for the review page, refreshed for the registrations a change touches
(here or arriving). Marking a double entry as seen is a note of this device's (resolved_at), kept while the
double entry stands.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Collection

from sqlalchemy import Connection, delete, insert, select, text, update

from core.models import CheckIn, CheckInKind, SyncReview, Ticket, utcnow
from core.sync.tables import table_of

KIND = "duplicate_checkin"
_CHUNK = 900


# Registration by registration, from the ticket index down (CROSS JOIN keeps SQLite to that order): a desk
# refreshes one registration at each entry it records, so this must not read every check-in.
_RANKED = """
SELECT id, first FROM (
    SELECT c.id AS id, first_value(c.id) OVER w AS first, row_number() OVER w AS n
    FROM {tickets} AS t CROSS JOIN checkins AS c ON c.ticket_id = t.id
    CROSS JOIN sync_rows AS rs ON rs.table_name = 'checkins' AND rs.row_id = c.id
    WHERE c.kind = :entry AND c.accepted = 1
      AND NOT EXISTS (SELECT 1 FROM checkins AS u WHERE u.undoes_id = c.id AND u.kind = :undo)
    WINDOW w AS (PARTITION BY t.registration_id ORDER BY rs.born_hlc, c.id)
) WHERE n > 1
"""


def derived_duplicates(connection: Connection,
                       registrations: Collection[uuid.UUID] | None = None) -> dict[uuid.UUID, uuid.UUID]:
    """{later entry: THE check-in of its registration}, for these registrations (None: all of them)."""
    if registrations is None:
        rows = connection.execute(text(_RANKED.format(tickets="tickets")),
                                  {"entry": CheckInKind.ENTRY.value, "undo": CheckInKind.UNDO.value}).all()
    else:
        wanted = "(SELECT * FROM tickets WHERE registration_id IN (SELECT value FROM json_each(:ids)))"
        rows = connection.execute(text(_RANKED.format(tickets=wanted)), {
            "entry": CheckInKind.ENTRY.value, "undo": CheckInKind.UNDO.value,
            "ids": json.dumps([r.hex for r in registrations])}).all()
    return {uuid.UUID(row_id): uuid.UUID(first) for row_id, first in rows}


def refresh_duplicates(connection: Connection, registrations: Collection[uuid.UUID] | None = None) -> int:
    """Make the listed double entries of these registrations (None: all) what the rows say; returns how many
    entries are newly listed."""
    if registrations is not None and not registrations:
        return 0
    derived = derived_duplicates(connection, registrations)
    reviews, c, t = table_of(SyncReview), table_of(CheckIn), table_of(Ticket)
    listed: dict[uuid.UUID, tuple[int, uuid.UUID | None]] = {}
    for chunk in _chunks(registrations):
        query = select(reviews.c.id, reviews.c.row_id, reviews.c.other_id).where(reviews.c.kind == KIND)
        if chunk is not None:
            of_these = select(c.c.id).join(t, t.c.id == c.c.ticket_id).where(t.c.registration_id.in_(chunk))
            query = query.where(reviews.c.row_id.in_(of_these))
        listed.update((row_id, (review_id, other)) for review_id, row_id, other in connection.execute(query))
    gone = [review_id for row_id, (review_id, _other) in listed.items() if row_id not in derived]
    for start in range(0, len(gone), _CHUNK):
        connection.execute(delete(reviews).where(reviews.c.id.in_(gone[start:start + _CHUNK])))
    for row_id, first in derived.items():
        if row_id in listed and listed[row_id][1] != first:
            connection.execute(update(reviews).where(reviews.c.id == listed[row_id][0]).values(other_id=first))
    new = [{"kind": KIND, "table_name": CheckIn.__tablename__, "row_id": row_id, "other_id": first,
            "created_at": utcnow()} for row_id, first in derived.items() if row_id not in listed]
    if new:
        connection.execute(insert(reviews), new)
    return len(new)


def registrations_of(connection: Connection, tickets: Collection[uuid.UUID],
                     checkins: Collection[uuid.UUID] = ()) -> set[uuid.UUID]:
    """The registrations of these tickets, and of the tickets of these check-ins (the targets of undos)."""
    c, t = table_of(CheckIn), table_of(Ticket)
    found: set[uuid.UUID] = set()
    ticket_list, checkin_list = list(tickets), list(checkins)
    for start in range(0, len(ticket_list), _CHUNK):
        found |= set(connection.scalars(select(t.c.registration_id).where(
            t.c.id.in_(ticket_list[start:start + _CHUNK]))))
    for start in range(0, len(checkin_list), _CHUNK):
        found |= set(connection.scalars(select(t.c.registration_id).join(c, c.c.ticket_id == t.c.id).where(
            c.c.id.in_(checkin_list[start:start + _CHUNK]))))
    return found


def _chunks(ids: Collection[uuid.UUID] | None) -> list[list[uuid.UUID] | None]:
    if ids is None:
        return [None]
    items = list(ids)
    return [items[start:start + _CHUNK] for start in range(0, len(items), _CHUNK)]
