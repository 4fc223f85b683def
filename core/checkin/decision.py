"""scan -> verdict, a pure decision with a reason code (pretix-style), easy to test exhaustively.

The service gathers the facts (ticket, registration, issuer key, earlier check-ins) and calls decide();
decide() never touches the database and never raises on any input.
"""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass, field
from datetime import datetime

from core.checkin.reading import Reading, ReadingKind
from core.models import Status
from core.tickets import DecodedToken, verify_token


class Reason(enum.StrEnum):
    VALID = "valid"
    ALREADY_CHECKED_IN = "already_checked_in"
    CANCELLED = "cancelled"
    WAITING_LIST = "waiting_list"
    NOT_REGISTERED_TO_SESSION = "not_registered_to_session"
    OTHER_EVENT = "other_event"
    REVOKED = "revoked"
    FORGED = "forged"
    UNREADABLE = "unreadable"
    UNKNOWN = "unknown"
    AMBIGUOUS = "ambiguous"  # a typed short code that two tickets share (issued on two devices offline)
    # Let into a session the person had not chosen, by the volunteer's decision (recorded, counted apart).
    ADMITTED_UNREGISTERED = "admitted_unregistered"


@dataclass(frozen=True, slots=True)
class CheckInTarget:
    """What the desk is checking: entry to the event, or attendance of one of its sessions."""

    event_id: uuid.UUID
    session_id: uuid.UUID | None = None


@dataclass(frozen=True, slots=True)
class IssuerFacts:
    public_key: bytes | None
    key_revoked: bool = False


@dataclass(frozen=True, slots=True)
class PriorCheckIn:
    """An accepted, not undone, entry or session check-in of the same ticket."""

    id: uuid.UUID
    session_id: uuid.UUID | None
    scanned_at: datetime
    device_name: str | None


@dataclass(frozen=True, slots=True)
class TicketFacts:
    ticket_id: uuid.UUID | None
    registration_id: uuid.UUID
    event_id: uuid.UUID
    registration_status: Status
    ticket_revoked: bool = False
    confirmed_sessions: frozenset[uuid.UUID] = field(default_factory=frozenset)
    waiting_sessions: frozenset[uuid.UUID] = field(default_factory=frozenset)
    prior: tuple[PriorCheckIn, ...] = ()


@dataclass(frozen=True, slots=True)
class Verdict:
    reason: Reason
    ticket_id: uuid.UUID | None = None
    registration_id: uuid.UUID | None = None
    first: PriorCheckIn | None = None  # for ALREADY_CHECKED_IN: when and where

    @property
    def accepted(self) -> bool:
        return self.reason in (Reason.VALID, Reason.ADMITTED_UNREGISTERED)


def decide(
    reading: Reading,
    target: CheckInTarget,
    facts: TicketFacts | None,
    issuers: dict[uuid.UUID, IssuerFacts] | None = None,
) -> Verdict:
    """The verdict for a scan. `issuers` maps device ids of the reading's tokens to what we know of their keys."""
    if reading.kind is ReadingKind.UNREADABLE:
        return Verdict(Reason.UNREADABLE)
    if reading.kind is ReadingKind.TOKEN:
        token_verdict = _token_verdict(reading.tokens, target, facts, issuers or {})
        if token_verdict is not None:
            return token_verdict
    if facts is None:
        return Verdict(Reason.UNKNOWN)
    found = Verdict(Reason.VALID, facts.ticket_id, facts.registration_id)
    if facts.event_id != target.event_id:
        return _with(found, Reason.OTHER_EVENT)
    if facts.ticket_revoked:
        return _with(found, Reason.REVOKED)
    if facts.registration_status is Status.CANCELLED:
        return _with(found, Reason.CANCELLED)
    if facts.registration_status is Status.WAITING:
        return _with(found, Reason.WAITING_LIST)
    same = sorted((p for p in facts.prior if p.session_id == target.session_id), key=lambda p: p.scanned_at)
    if target.session_id is not None and target.session_id not in facts.confirmed_sessions and not same:
        # (already admitted to it without registration: that admission stands, below)
        waiting = target.session_id in facts.waiting_sessions
        return _with(found, Reason.WAITING_LIST if waiting else Reason.NOT_REGISTERED_TO_SESSION)
    if same:
        return Verdict(Reason.ALREADY_CHECKED_IN, facts.ticket_id, facts.registration_id, same[0])
    return found


def verified_token(tokens: tuple[DecodedToken, ...], issuers: dict[uuid.UUID, IssuerFacts]) -> DecodedToken | None:
    """The first reading of the scan that its issuing device really signed."""
    for token in tokens:
        issuer = issuers.get(token.device_id)
        if issuer is not None and verify_token(token, issuer.public_key):
            return token
    return None


def _token_verdict(
    tokens: tuple[DecodedToken, ...], target: CheckInTarget, facts: TicketFacts | None,
    issuers: dict[uuid.UUID, IssuerFacts],
) -> Verdict | None:
    """A verdict that the token alone settles, or None to go on with the ticket's facts."""
    token = verified_token(tokens, issuers)
    if token is None:
        known_issuer = any(t.device_id in issuers for t in tokens)
        # Signed by a device this desk has never heard of: not provably forged, not acceptable either.
        return Verdict(Reason.FORGED if known_issuer else Reason.UNKNOWN)
    if issuers[token.device_id].key_revoked:
        return Verdict(Reason.REVOKED, token.ticket_id)
    if token.event_id != target.event_id:
        return Verdict(Reason.OTHER_EVENT, token.ticket_id)
    if facts is None or facts.ticket_id != token.ticket_id:
        return Verdict(Reason.UNKNOWN, token.ticket_id)  # genuine, but not (yet) synced to this desk
    return None


def _with(verdict: Verdict, reason: Reason) -> Verdict:
    return Verdict(reason, verdict.ticket_id, verdict.registration_id, verdict.first)
