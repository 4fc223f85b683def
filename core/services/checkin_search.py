"""Find a person at the desk by any part of a name, structure or e-mail: accents, case, word order and
one typo forgiven, through the FTS5 index (never LIKE '%...%').

Each word is a prefix ("mar" finds Martin); results are ranked (bm25) unless the query is too broad to rank
fast. When fewer than `limit` people match, words with one typo are looked up in a spelling index built from
the FTS5 vocabulary and cached per workspace until people are added.
"""

from __future__ import annotations

import threading
import uuid
from dataclasses import dataclass

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

from core.checkin.search_schema import TABLE, VOCABULARY
from core.checkin.spelling import SpellingIndex, words
from core.models import Status

MAX_QUERY = 200
MAX_WORDS = 6


@dataclass(frozen=True, slots=True)
class SearchHit:
    registration_id: uuid.UUID
    ticket_id: uuid.UUID | None
    ticket_code: str | None
    name: str
    structure: str | None
    email: str | None
    status: Status
    fuzzy: bool = False  # found only by forgiving a typo


_SELECT = f"""
SELECT r.id, t.id, t.code, p.first_name, p.last_name, o.name, p.email, r.status
FROM {TABLE} s
JOIN people p ON p.id = s.person_id  -- by id: VACUUM may renumber people's rowid
JOIN registrations r ON r.person_id = p.id AND r.event_id = :event
LEFT JOIN organisations o ON o.id = p.organisation_id
-- One line per registration: after two devices registered the person offline it has two valid tickets (sync fold).
LEFT JOIN tickets t ON t.id = (SELECT id FROM tickets WHERE registration_id = r.id AND revoked_at IS NULL
                               ORDER BY created_at DESC, id LIMIT 1)
WHERE {TABLE} MATCH :match
"""
_RANKED = _SELECT + "ORDER BY s.rank LIMIT :limit"
# Newest people first (FTS5 walks its rowids backwards without sorting): this year's registrants are mostly the
# people added last, so the walk meets the event's registrations early instead of after five years of others
# (« mart » over 100,000 people: 200 ms → 20 ms).
_UNRANKED = _SELECT + "ORDER BY s.rowid DESC LIMIT :limit"
# Ranking scores every match: cheap for a few hundred, ~30 ms for "ma" over 100,000 people. Past this many
# matches the query is too broad for an order to mean much, so the newest are shown, unranked.
RANK_AT_MOST = 300
_COUNT = f"SELECT count(*) FROM (SELECT 1 FROM {TABLE} WHERE {TABLE} MATCH :match LIMIT :cap)"


def _quote(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def match_expression(query_words: list[str], variants: dict[str, list[str]] | None = None) -> str:
    """Every word must match (in any column, any order); the last one, still being typed, as a prefix."""
    parts = []
    for word in query_words:
        alternatives = [_quote(word) + "*"] + [_quote(v) for v in (variants or {}).get(word, [])]
        parts.append(alternatives[0] if len(alternatives) == 1 else "(" + " OR ".join(alternatives) + ")")
    return " AND ".join(parts)


def search_people(session: Session, event_id: uuid.UUID, query: str, limit: int = 20) -> list[SearchHit]:
    query_words = words(query[:MAX_QUERY])[:MAX_WORDS]
    if not query_words:
        return []
    hits = _run(session, event_id, match_expression(query_words), limit, fuzzy=False)
    if len(hits) < limit:
        spelling = spelling_index(session.connection())
        variants = {w: spelling.neighbours(w) for w in query_words}
        if any(variants.values()):
            seen = {h.registration_id for h in hits}
            more = _run(session, event_id, match_expression(query_words, variants), limit, fuzzy=True)
            hits += [h for h in more if h.registration_id not in seen][: limit - len(hits)]
    return hits


def _run(session: Session, event_id: uuid.UUID, match: str, limit: int, *, fuzzy: bool) -> list[SearchHit]:
    broad = session.scalar(text(_COUNT), {"match": match, "cap": RANK_AT_MOST + 1}) > RANK_AT_MOST
    rows = session.execute(text(_UNRANKED if broad else _RANKED),
                           {"event": event_id.hex, "match": match, "limit": limit}).all()
    return [
        SearchHit(uuid.UUID(reg), uuid.UUID(ticket) if ticket else None, code, f"{first} {last}", org, email,
                  Status(status), fuzzy)
        for reg, ticket, code, first, last, org, email, status in rows
    ]


_cache_lock = threading.Lock()
_cache: dict[str, tuple[int, SpellingIndex]] = {}


def spelling_index(connection: Connection) -> SpellingIndex:
    """The spelling index of this workspace, rebuilt when people were added since (cheap check: last rowid)."""
    database = str(connection.engine.url.database)
    stamp_row = connection.execute(text(f"SELECT rowid FROM {TABLE} ORDER BY rowid DESC LIMIT 1")).first()
    stamp = stamp_row[0] if stamp_row else 0
    with _cache_lock:
        cached = _cache.get(database)
        if cached is not None and cached[0] == stamp:
            return cached[1]
    vocabulary = [row[0] for row in connection.execute(text(f"SELECT term FROM {VOCABULARY}"))]
    index = SpellingIndex(vocabulary)
    with _cache_lock:
        _cache[database] = (stamp, index)
    return index
