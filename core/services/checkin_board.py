"""What the desk shows around the verdict: live counters and the recent scans (reads only)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import text
from sqlalchemy.orm import Session


@dataclass(frozen=True, slots=True)
class SessionCount:
    session_id: uuid.UUID
    title: str
    starts_at: str
    checked_in: int
    expected: int
    admitted: int = 0  # of checked_in: let in without being registered to the session


@dataclass(frozen=True, slots=True)
class Counters:
    checked_in: int
    expected: int
    sessions: tuple[SessionCount, ...]


@dataclass(frozen=True, slots=True)
class RecentScan:
    checkin_id: uuid.UUID
    scanned_at: datetime
    verdict: str  # reason code, or "undo"
    accepted: bool
    undone: bool
    name: str | None
    structure: str | None
    session_title: str | None
    raw_input: str | None


# Accepted entry or session records that no undo cancels, one per ticket and target.
_ACTIVE = """
SELECT c.session_id AS session_id, count(DISTINCT c.ticket_id) AS n,
       count(DISTINCT CASE WHEN c.verdict = 'admitted_unregistered' THEN c.ticket_id END) AS admitted
FROM checkins c
WHERE c.event_id = :event AND c.accepted = 1 AND c.kind != 'undo'
  AND NOT EXISTS (SELECT 1 FROM checkins u WHERE u.undoes_id = c.id)
GROUP BY c.session_id
"""

_EXPECTED_SESSIONS = """
SELECT s.id, s.title, s.starts_at,
       (SELECT count(*) FROM session_choices sc JOIN registrations r ON r.id = sc.registration_id
        WHERE sc.session_id = s.id AND sc.status = 'confirmed' AND r.status = 'confirmed')
FROM sessions s WHERE s.event_id = :event ORDER BY s.starts_at, s.title
"""


def counters(session: Session, event_id: uuid.UUID) -> Counters:
    params = {"event": event_id.hex}
    rows = session.execute(text(_ACTIVE), params).all()
    active = {row[0]: row[1] for row in rows}
    admitted = {row[0]: row[2] for row in rows}
    expected = session.execute(
        text("SELECT count(*) FROM registrations WHERE event_id = :event AND status = 'confirmed'"), params
    ).scalar_one()
    sessions = tuple(
        SessionCount(uuid.UUID(sid), title, str(starts), active.get(sid, 0), n, admitted.get(sid, 0))
        for sid, title, starts, n in session.execute(text(_EXPECTED_SESSIONS), params)
    )
    return Counters(active.get(None, 0), expected, sessions)


_RECENT = """
SELECT c.id, c.scanned_at, c.verdict, c.accepted, c.kind,
       EXISTS (SELECT 1 FROM checkins u WHERE u.undoes_id = c.id),
       p.first_name || ' ' || p.last_name, o.name, s.title, c.raw_input
FROM checkins c
LEFT JOIN tickets t ON t.id = c.ticket_id
LEFT JOIN registrations r ON r.id = t.registration_id
LEFT JOIN people p ON p.id = r.person_id
LEFT JOIN organisations o ON o.id = p.organisation_id
LEFT JOIN sessions s ON s.id = c.session_id
WHERE c.event_id = :event
ORDER BY c.scanned_at DESC
LIMIT :limit
"""


def recent_scans(session: Session, event_id: uuid.UUID, limit: int = 30) -> list[RecentScan]:
    rows = session.execute(text(_RECENT), {"event": event_id.hex, "limit": limit}).all()
    out = []
    for cid, scanned_at, verdict, accepted, kind, undone, name, org, title, raw in rows:
        when = datetime.fromisoformat(scanned_at) if isinstance(scanned_at, str) else scanned_at
        out.append(RecentScan(uuid.UUID(cid), _utc(when), "undo" if kind == "undo" else verdict, bool(accepted),
                              bool(undone), name, org, title, raw))
    return out


def _utc(when: datetime) -> datetime:
    # Raw SQL bypasses the UTCDateTime column type: SQLite gives back the naive UTC text.
    return when.replace(tzinfo=UTC) if when.tzinfo is None else when


def registration_of_checkin(session: Session, checkin_id: uuid.UUID) -> uuid.UUID | None:
    """The registration whose ticket a recorded scan read (None for an unreadable or unknown scan)."""
    from sqlalchemy import select

    from core.models import CheckIn, Ticket

    return session.scalar(select(Ticket.registration_id).join(CheckIn, CheckIn.ticket_id == Ticket.id)
                          .where(CheckIn.id == checkin_id))
