"""Verifying an attestation de présence: the code printed on it (or read from its QR) looked up in the workspace.

The answer is what the real attestation says, recomputed from the check-ins: event, person, structure, sessions
attended and total duration, and when it was issued (the print log). Whoever holds a paper or a PDF compares it
with that answer: an attestation whose name, dates or duration were edited is caught because the workspace says
otherwise, and a code that no attestation of this workspace has is refused.

Why the code is not keyed (no HMAC with a per-workspace secret)
----------------------------------------------------------------
The code is an index into the workspace, not a proof carried by the paper: verifying always means asking the
workspace (the office, or a desk that synced), which recomputes the attestation from its own records.

- An edited PDF (another name, a longer duration) keeps its real code: the answer shows the real name and
  duration. A key changes nothing here.
- A made-up code: 10 base32 characters are 50 bits, so a guess lands on one of N attestations with odds
  N / 2^50 (about 1 in 10^11 for 10,000 attestations) — and even then the answer names the real holder, not
  the forger.
- A code computed from the ids (sha256 of event and registration ids, which are random UUIDs printed nowhere):
  for someone else's registration it only reproduces that person's genuine attestation; for one's own
  registration without a presence the workspace answers "no presence recorded". Nothing is gained.
- A key would matter only for a check *without* the workspace (a public page answering "valid", a phone
  offline). Then the paper would have to carry a signature over its content (the desks' Ed25519 keys used for
  tickets), since an HMAC secret replicated to every desk and the hub is no more secret than the data itself.

So the scheme stays unkeyed, and every code already printed stays verifiable. One change: an attestation for a
single session now has its own code (the session id is hashed in), so that its check shows that session and not
the whole event; those printed for one session before this change verify as the whole event's attestation.
"""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.models import (
    CheckIn,
    CheckInKind,
    Event,
    EventSession,
    Organisation,
    Person,
    PrintedDocument,
    PrintRecord,
    Registration,
    SessionChoice,
    Status,
    Ticket,
)
from core.services.attendance import CertificateData, certificates, verification_code
from core.tickets import input_candidates

CODE_LENGTH = 10
MAX_INPUT = 200  # a code, the QR's text, or the printed line "Code de vérification : …" pasted whole
_BASE32 = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
_LOOKALIKES = str.maketrans({"0": "O", "1": "I", "8": "B"})  # digits that base32 never uses, read for letters
# What may precede the code once reduced to letters: nothing, or the QR's prefix (its ":" comes out as "M" from
# a scanner typing on an AZERTY keyboard).
_QR_HEADS = frozenset({"", "ENVOLATTESTATION", "ENVOLATTESTATIONM"})


class Verdict(enum.StrEnum):
    VALID = "valid"  # an attestation of this workspace: what it states
    NO_PRESENCE = "no_presence"  # the code of a registration here, but no presence is recorded (any more)
    UNKNOWN = "unknown"  # no attestation of this workspace has this code
    UNREADABLE = "unreadable"  # the text holds no code at all


@dataclass(frozen=True, slots=True)
class AttestationCheck:
    verdict: Verdict
    code: str | None = None  # as printed, XXXXX-XXXXX (the one found, else the most likely reading)
    event_name: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    organisation: str | None = None
    session_title: str | None = None  # the attestation covers this session only
    certificate: CertificateData | None = None  # VALID: what the attestation states
    issued: tuple[datetime, ...] = ()  # when it was printed or saved (print log), local to the event

    @property
    def found(self) -> bool:
        return self.verdict == Verdict.VALID


@dataclass(frozen=True, slots=True)
class _Scope:
    registration_id: uuid.UUID
    event_id: uuid.UUID
    session_id: uuid.UUID | None


def code_candidates(text: str) -> list[str]:
    """The codes the text may hold, most likely first: upper or lower case, with or without the dash, the QR's
    whole text, a scanner typing on an AZERTY keyboard, 0/1/8 typed for O/I/B. The code is the last 10 letters;
    readings that are a bare code or the QR's text come before those with other words in front."""
    if not text or len(text) > MAX_INPUT:
        return []
    ranked: list[tuple[int, str]] = []
    for reading in input_candidates(text, max_length=MAX_INPUT):
        letters = "".join(c for c in reading.upper().translate(_LOOKALIKES) if c.isascii() and c.isalnum())
        head, tail = letters[:-CODE_LENGTH], letters[-CODE_LENGTH:]
        if len(tail) == CODE_LENGTH and set(tail) <= _BASE32:
            ranked.append((0 if head in _QR_HEADS else 1, f"{tail[:5]}-{tail[5:]}"))
    ranked.sort(key=lambda item: item[0])  # stable: input_candidates' order within a rank
    return list(dict.fromkeys(code for _, code in ranked))


def _scopes(session: Session) -> dict[str, _Scope]:
    """Every attestation code the workspace can issue: one per registration for the whole event, one per
    session it may have attended (confirmed choice or session scan)."""
    registrations = {reg: event for reg, event in session.execute(select(Registration.id, Registration.event_id))}
    pairs: set[tuple[uuid.UUID, uuid.UUID | None]] = {(reg, s) for reg, s in session.execute(
        select(SessionChoice.registration_id, SessionChoice.session_id)
        .where(SessionChoice.status == Status.CONFIRMED))}
    pairs |= {(reg, s) for reg, s in session.execute(
        select(Ticket.registration_id, CheckIn.session_id).join(Ticket, Ticket.id == CheckIn.ticket_id)
        .where(CheckIn.kind == CheckInKind.SESSION, CheckIn.accepted.is_(True), CheckIn.session_id.is_not(None)))}
    scopes = {verification_code(reg, event): _Scope(reg, event, None) for reg, event in registrations.items()}
    for reg, session_id in pairs:
        if reg in registrations and session_id is not None:
            scopes[verification_code(reg, registrations[reg], session_id)] = _Scope(reg, registrations[reg], session_id)
    return scopes


def _logged(session: Session, codes: list[str]) -> dict[str, uuid.UUID]:
    """Codes of attestations the print log remembers, even if what they covered is gone (a session deleted)."""
    rows = session.execute(select(PrintRecord.verification_code, PrintRecord.registration_id)
                           .where(PrintRecord.verification_code.in_(codes)))
    return {code: reg for code, reg in rows if code is not None}


def _issued(session: Session, code: str, zone: ZoneInfo) -> tuple[datetime, ...]:
    times = session.scalars(select(PrintRecord.printed_at)
                            .where(PrintRecord.verification_code == code,
                                   PrintRecord.document == PrintedDocument.ATTESTATION)
                            .order_by(PrintRecord.printed_at))
    return tuple(t.astimezone(zone) for t in times)


def verify_attestation(session: Session, text: str) -> AttestationCheck:
    """The attestation the typed or scanned code belongs to, as it states it — or why there is none."""
    candidates = code_candidates(text)
    if not candidates:
        return AttestationCheck(Verdict.UNREADABLE)
    scopes = _scopes(session)
    code = next((c for c in candidates if c in scopes), None)
    if code is not None:
        scope = scopes[code]
    else:
        logged = _logged(session, candidates)
        code = next((c for c in candidates if c in logged), None)
        if code is None:
            return AttestationCheck(Verdict.UNKNOWN, candidates[0])
        registration = session.get(Registration, logged[code])
        if registration is None:
            return AttestationCheck(Verdict.UNKNOWN, candidates[0])
        scope = _Scope(registration.id, registration.event_id, None)
        return _answer(session, code, scope, certificate=None)
    certificate = next((c for c in certificates(session, scope.event_id, session_id=scope.session_id)
                        if c.registration_id == scope.registration_id), None)
    return _answer(session, code, scope, certificate)


def _answer(session: Session, code: str, scope: _Scope, certificate: CertificateData | None) -> AttestationCheck:
    event = session.get(Event, scope.event_id)
    assert event is not None  # a registration's event is never deleted while it has registrations
    first, last, organisation = session.execute(
        select(Person.first_name, Person.last_name, Organisation.name)
        .join(Registration, Registration.person_id == Person.id)
        .outerjoin(Organisation, Organisation.id == Person.organisation_id)
        .where(Registration.id == scope.registration_id)
    ).one()
    chosen = session.get(EventSession, scope.session_id) if scope.session_id is not None else None
    return AttestationCheck(
        Verdict.VALID if certificate is not None else Verdict.NO_PRESENCE, code, event.name, first, last,
        organisation, chosen.title if chosen is not None else None, certificate,
        _issued(session, code, ZoneInfo(event.timezone)),
    )
