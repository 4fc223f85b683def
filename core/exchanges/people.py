"""Picking a participant at the atelier by typing a few letters: the desk's full-text search of people (accents,
case, word order and one typo forgiven), those registered to the atelier's event first, then those whose own name
holds every word typed before those found through their structure's name (« allar mar »: Martin Allard before
Marcelle Leconte of the SCIC Allard)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.orm import Session

from core.checkin.search_schema import TABLE
from core.checkin.spelling import words
from core.services.checkin_search import MAX_QUERY, MAX_WORDS, match_expression, spelling_index


@dataclass(frozen=True, slots=True)
class PersonChoice:
    id: uuid.UUID
    name: str
    organisation_id: uuid.UUID | None
    structure: str | None
    registered: bool  # registered to the atelier's event


_FIND = f"""
SELECT p.id, p.first_name, p.last_name, p.organisation_id, o.name,
       EXISTS (SELECT 1 FROM registrations r WHERE r.person_id = p.id AND r.event_id = :event
               AND r.status != 'cancelled') AS registered
FROM {TABLE} s JOIN people p ON p.id = s.person_id
LEFT JOIN organisations o ON o.id = p.organisation_id
WHERE {TABLE} MATCH :match AND p.last_name != 'effacée'
ORDER BY registered DESC, s.rowid IN (SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH :by_name) DESC, s.rank
LIMIT :limit
"""


def find_people(session: Session, query: str, event_id: uuid.UUID | None, limit: int = 8) -> list[PersonChoice]:
    query_words = words(query[:MAX_QUERY])[:MAX_WORDS]
    if not query_words:
        return []
    hits = _run(session, match_expression(query_words), event_id, limit)
    if len(hits) < limit:
        spelling = spelling_index(session.connection())
        variants = {w: spelling.neighbours(w) for w in query_words}
        if any(variants.values()):
            seen = {h.id for h in hits}
            hits += [h for h in _run(session, match_expression(query_words, variants), event_id, limit)
                     if h.id not in seen][:limit - len(hits)]
    return hits


def _run(session: Session, match: str, event_id: uuid.UUID | None, limit: int) -> list[PersonChoice]:
    rows = session.execute(text(_FIND), {"match": match, "by_name": f"name : ({match})",
                                         "event": event_id.hex if event_id else "", "limit": limit}).all()
    return [PersonChoice(uuid.UUID(pid), f"{first} {last}", uuid.UUID(org) if org else None, org_name,
                         bool(registered)) for pid, first, last, org, org_name, registered in rows]
