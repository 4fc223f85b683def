"""The programme as JSON shaped like OpenAgenda's event schema, where local agendas such as the Mois de l'ESS
are published: one OpenAgenda event per session, multilingual texts keyed by language, timings as instants
with their offset, a location, a registration link and the accessibility codes.

OpenAgenda's accessibility codes: ii intellectual, hi hearing, vi visual, pi psychic, mi motor impairment.
They are read from the free text organisers write about a session and its venue.
"""

from __future__ import annotations

import json
import re
from typing import Any

from core.agenda.ical import location_text
from core.agenda.timing import local
from core.agenda.wording import AUDIENCES, KINDS
from core.services.agenda import SessionDetail
from core.services.agenda_read import AgendaData, require_sessions
from core.validation import search_key

ACCESSIBILITY_CODES = ("ii", "hi", "vi", "pi", "mi")

# Matched on accent-free lower-case text; "sans ascenseur" must not count as an elevator.
_CLUES = {
    "mi": re.compile(r"fauteuil|pmr|plain-pied|(?<!sans )ascenseur|rampe|mobilite reduite|toilettes adaptees"
                     r"|rez-de-chaussee accessible|accessible en fauteuil"),
    "hi": re.compile(r"boucle (magnetique|a induction)|lsf|langue des signes|malentendant|sourd|sous-titr"),
    "vi": re.compile(r"braille|audiodescription|malvoyant|aveugle|gros caracteres"),
    "ii": re.compile(r"falc|facile a lire|deficience intellectuelle|handicap mental"),
    "pi": re.compile(r"psychique|espace calme|salle calme"),
}
SHORT_DESCRIPTION = 200  # OpenAgenda's limit for the short description


def accessibility_codes(*texts: str | None) -> dict[str, bool]:
    folded = search_key(*texts)
    return {code: bool(_CLUES[code].search(folded)) for code in ACCESSIBILITY_CODES}


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= SHORT_DESCRIPTION else text[: SHORT_DESCRIPTION - 1].rstrip() + "…"


def session_event(data: AgendaData, session: SessionDetail) -> dict[str, Any]:
    draft = session.draft
    venue = data.venues.get(draft.venue_id) if draft.venue_id else None
    tz = data.timezone
    summary = draft.description or f"{KINDS[draft.kind]} — {AUDIENCES[draft.audience]}"
    long_parts = [draft.description or "", f"Animation : {draft.facilitators}" if draft.facilitators else "",
                  f"Public : {AUDIENCES[draft.audience]}"]
    out: dict[str, Any] = {
        "uid-externe": str(session.id),
        "title": {"fr": session.title},
        "description": {"fr": _short(summary)},
        "longDescription": {"fr": "\n\n".join(p for p in long_parts if p)},
        "keywords": {"fr": [KINDS[draft.kind], data.event.name]},
        "timings": [{"begin": local(session.starts_at, tz).isoformat(), "end": local(session.ends_at, tz).isoformat()}],
        "timezone": tz,
        "attendanceMode": 1,  # on site
        "conditions": {"fr": AUDIENCES[draft.audience]},
        "accessibility": accessibility_codes(draft.accessibility, venue.accessibility if venue else None),
        "location": None if venue is None else {
            "name": venue.name, "address": ", ".join(p for p in (venue.address, venue.commune) if p),
            "city": venue.commune, "room": location_text(data, session),
            "insee": venue.insee_code, "countryCode": "FR", "timezone": tz,
        },
        "registration": [],
    }
    if data.event.draft.registration_url:
        out["registration"] = [{"type": "link", "value": data.event.draft.registration_url}]
    if draft.capacity is not None:
        out["participants"] = draft.capacity
    return out


def openagenda_document(data: AgendaData) -> dict[str, Any]:
    require_sessions(data)
    return {"agenda": {"title": {"fr": data.event.name}}, "events": [session_event(data, s) for s in data.sessions]}


def openagenda_bytes(data: AgendaData) -> bytes:
    return json.dumps(openagenda_document(data), ensure_ascii=False, indent=2).encode("utf-8")
