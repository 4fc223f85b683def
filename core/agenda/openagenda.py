"""The programme as the requests OpenAgenda's v2 API documents, where local agendas such as the Mois de l'ESS are
published (developers.openagenda.com: « Création d'un lieu », « Création d'un événement », « Structure »):

- locations first, each its own object: POST /v2/agendas/{agendaUID}/locations with name, address, countryCode;
- then one event per session: PUT /v2/agendas/{agendaUID}/events/ext/envol/{session id} (creates, or updates
  what an earlier publication created), the fields under a `data` key: multilingual texts keyed by language,
  timings as instants with their offset, locationUid, extIds, registration link, accessibility codes.

A location's uid is only known once OpenAgenda created it: events carry « envol-location:<venue id> » as their
locationUid, to be replaced by that uid when publishing.

OpenAgenda's accessibility codes: ii intellectual, hi hearing, vi visual, pi psychic, mi motor impairment.
They are read from the free text organisers write about a session and its venue.
"""

from __future__ import annotations

import json
import re
from typing import Any

from core.agenda.timing import local
from core.agenda.wording import AUDIENCES, KINDS
from core.services.agenda import SessionDetail
from core.services.agenda_places import VenueDetail
from core.services.agenda_read import AgendaData, require_sessions
from core.typography import french
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


EXT_KEY = "envol"  # the name of Envol's external identifier on OpenAgenda (extIds, and the PUT …/ext/envol/… route)
LOCATION_REF = "envol-location:"  # locationUid placeholder: replaced by the uid OpenAgenda returns for the location
STANDARD_EVENT_FIELDS = frozenset({
    "extIds", "title", "description", "longDescription", "conditions", "keywords", "image", "imageCredits",
    "registration", "accessibility", "timings", "age", "attendanceMode", "locationUid", "onlineAccessLink",
    "timezone", "status"})
STANDARD_LOCATION_FIELDS = frozenset({
    "name", "address", "countryCode", "extIds", "description", "access", "website", "email", "phone",
    "latitude", "longitude", "timezone", "imageCredits", "links", "tags", "city", "postalCode", "insee"})


def _ext_ids(row_id: object) -> list[dict[str, str]]:
    return [{"key": EXT_KEY, "value": str(row_id)}]


def location_body(data: AgendaData, venue: VenueDetail) -> dict[str, Any]:
    """The body of POST /v2/agendas/{agendaUID}/locations for a venue (OpenAgenda geocodes the address)."""
    body: dict[str, Any] = {
        "name": venue.name,
        "address": ", ".join(p for p in (venue.address, venue.commune) if p) or venue.name,
        "countryCode": "FR",
        "timezone": data.timezone,
        "extIds": _ext_ids(venue.id),
    }
    if venue.insee_code:
        body["insee"] = venue.insee_code
    if venue.accessibility:
        body["access"] = {"fr": venue.accessibility}
    return body


def session_event(data: AgendaData, session: SessionDetail) -> dict[str, Any]:
    """The event's fields as OpenAgenda v2 documents them for creation (the `data` of the request body).
    An on-site event names its location by locationUid: here a placeholder « envol-location:<venue id> » that the
    publisher replaces with the uid OpenAgenda returned when the location was created."""
    draft = session.draft
    venue = data.venues.get(draft.venue_id) if draft.venue_id else None
    tz = data.timezone
    summary = draft.description or f"{KINDS[draft.kind]} — {AUDIENCES[draft.audience]}"
    room = data.room(session.room_id)
    long_parts = [draft.description or "", f"Salle : {room.name}" if room else "",
                  f"Animation : {draft.facilitators}" if draft.facilitators else "",
                  f"Public : {AUDIENCES[draft.audience]}"]
    conditions = AUDIENCES[draft.audience] + (f", {draft.capacity} places" if draft.capacity is not None else "")
    out: dict[str, Any] = {
        "extIds": _ext_ids(session.id),
        "title": {"fr": session.title},
        "description": {"fr": _short(summary)},
        "longDescription": {"fr": french("\n\n".join(p for p in long_parts if p))},
        "keywords": {"fr": [KINDS[draft.kind], data.event.name]},
        "conditions": {"fr": conditions},
        "timings": [{"begin": local(session.starts_at, tz).isoformat(), "end": local(session.ends_at, tz).isoformat()}],
        "timezone": tz,
        "attendanceMode": 1,  # on site
        "accessibility": accessibility_codes(draft.accessibility, venue.accessibility if venue else None),
        "status": 1,  # scheduled
    }
    if venue is not None:
        out["locationUid"] = LOCATION_REF + str(venue.id)
    if data.event.draft.registration_url:
        out["registration"] = [{"type": "link", "value": data.event.draft.registration_url}]
    return out


def openagenda_document(data: AgendaData) -> dict[str, Any]:
    """What to send to OpenAgenda's v2 API, in order: the locations first (POST, their uid comes back), then one
    event per session (PUT by external identifier: publishing again updates instead of duplicating)."""
    require_sessions(data)
    used = [v for v in data.venues.values() if any(s.draft.venue_id == v.id for s in data.sessions)]
    return {
        "api": "https://api.openagenda.com/v2",
        "locations": [{"method": "POST", "path": "/agendas/{agendaUID}/locations", "ref": LOCATION_REF + str(v.id),
                       "body": location_body(data, v)} for v in sorted(used, key=lambda v: v.name)],
        "events": [{"method": "PUT", "path": f"/agendas/{{agendaUID}}/events/ext/{EXT_KEY}/{s.id}",
                    "body": {"data": session_event(data, s)}} for s in data.sessions],
    }


def openagenda_bytes(data: AgendaData) -> bytes:
    return json.dumps(openagenda_document(data), ensure_ascii=False, indent=2).encode("utf-8")
