"""What an atelier leads to: each offer moves proposée → contact pris → rendez-vous → coopération née (or sans
suite), with a date and a short note, edited later from the office; the offers to chase ("à relancer").

The rules are pure decisions with reason codes; move_offer applies one in a unit of work.
"""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from core import clock
from core.db.unit_of_work import UnitOfWork
from core.errors import NotFound, RuleViolation
from core.exchanges.board import OfferView, _offer_rows
from core.exchanges.entries import NOTE_MAX, clean_entry
from core.models import ExchangeNeed, ExchangeOffer, FollowUp, Organisation, Person, utcnow

STEPS = (FollowUp.PROPOSEE, FollowUp.CONTACT_PRIS, FollowUp.RENDEZ_VOUS, FollowUp.COOPERATION_NEE)
OPEN = frozenset({FollowUp.PROPOSEE, FollowUp.CONTACT_PRIS, FollowUp.RENDEZ_VOUS})
REMIND_AFTER = timedelta(weeks=3)


class Move(enum.StrEnum):
    FORWARD = "forward"  # to a later step (steps may be skipped: the office often hears late)
    ENDED = "ended"  # sans suite
    REOPENED = "reopened"  # from sans suite back to a step
    UNCHANGED = "unchanged"
    BACKWARDS = "follow_up_backwards"  # refused
    CLOSED = "follow_up_closed"  # refused: a cooperation born stays born


def decide_move(current: FollowUp, target: FollowUp) -> Move:
    if target == current:
        return Move.UNCHANGED
    if current == FollowUp.COOPERATION_NEE:
        return Move.CLOSED
    if target == FollowUp.SANS_SUITE:
        return Move.ENDED
    if current == FollowUp.SANS_SUITE:
        return Move.REOPENED
    return Move.FORWARD if STEPS.index(target) > STEPS.index(current) else Move.BACKWARDS


def needs_reminder(status: FollowUp, last_touched: datetime, now: datetime) -> bool:
    """An offer still open and untouched for three weeks is to chase."""
    return status in OPEN and now - last_touched >= REMIND_AFTER


@dataclass(frozen=True, slots=True)
class Moved:
    offer_id: uuid.UUID
    event_id: uuid.UUID | None
    move: Move
    status: FollowUp
    on: date | None
    trimmed: bool = False


def move_offer(uow: UnitOfWork, offer_id: uuid.UUID, target: FollowUp, *, on: date | None = None,
               note: str | None = None) -> Moved:
    """Move an offer's follow-up to target on day `on` (default: today), with a note (None leaves the note)."""
    session = uow.session
    offer = session.get(ExchangeOffer, offer_id)
    if offer is None:
        raise NotFound("offer_not_found", "no such offer")
    move = decide_move(offer.status, FollowUp(target))
    if move in (Move.BACKWARDS, Move.CLOSED):
        raise RuleViolation(move.value, f"cannot move from {offer.status} to {target}",
                            current=offer.status.value, target=FollowUp(target).value)
    day = on or clock.today()
    if day > clock.today():
        raise RuleViolation("follow_up_future", "a step cannot be dated in the future", day=day.isoformat())
    if day < offer.offered_at.astimezone(ZoneInfo(clock.NETWORK_TIMEZONE)).date():
        raise RuleViolation("follow_up_before_offer", "a step cannot be dated before the offer", day=day.isoformat())
    cleaned = clean_entry(note, "note", NOTE_MAX, required=False) if note is not None else None
    changed = False
    if move != Move.UNCHANGED:
        offer.status, offer.status_on, changed = FollowUp(target), day, True
    elif on is not None and offer.status_on != day:
        offer.status_on, changed = day, True
    if cleaned is not None and (cleaned.text or None) != offer.status_note:
        offer.status_note, changed = cleaned.text or None, True
    if changed:
        offer.status_changed_at = utcnow()
    session.flush()
    return Moved(offer.id, offer.event_id, move, offer.status, offer.status_on,
                 cleaned.trimmed if cleaned else False)


@dataclass(frozen=True, slots=True)
class ToChase:
    offer: OfferView
    need_title: str | None
    receiver: str | None  # who stated the need, with their structure
    idle_days: int


def to_follow_up(session: Session, *, event_id: uuid.UUID | None = None, now: datetime | None = None,
                 only_due: bool = True) -> tuple[ToChase, ...]:
    """Open offers untouched for three weeks or more ("à relancer"), the longest idle first; with only_due False,
    every offer answering a need (the office's follow-up list)."""
    at = now or clock.now()
    where: ColumnElement[bool] = ExchangeOffer.need_id.is_not(None)
    if only_due:
        where = where & ExchangeOffer.status.in_(sorted(OPEN)) & (ExchangeOffer.status_changed_at <= at - REMIND_AFTER)
    if event_id is not None:
        where = where & (ExchangeOffer.event_id == event_id)
    offers = [o for o in _offer_rows(session, where)
              if not only_due or needs_reminder(o.status, o.status_changed_at, at)]
    needs = {row.id: row for row in session.execute(
        select(ExchangeNeed.id, ExchangeNeed.title, Person.first_name, Person.last_name, Organisation.name)
        .join(Person, Person.id == ExchangeNeed.person_id)
        .outerjoin(Organisation, Organisation.id == ExchangeNeed.organisation_id)
        .where(ExchangeNeed.id.in_({o.need_id for o in offers}))).all()}
    out = []
    for offer in offers:
        need = needs.get(offer.need_id) if offer.need_id else None
        receiver = f"{need.first_name} {need.last_name}" + (f" ({need.name})" if need.name else "") if need else None
        out.append(ToChase(offer, need.title if need else None, receiver, (at - offer.status_changed_at).days))
    return tuple(sorted(out, key=lambda c: (-c.idle_days, c.offer.offered_at)))
