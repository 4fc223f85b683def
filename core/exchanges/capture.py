"""Live capture at the atelier: a need stated, offers answering it, standing offers; undo withdraws the last one.

Each function is one user action inside the caller's unit of work and returns what changed. Everything written
goes through the ORM, so the change log replicates it like any data.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.categories import ensure_seeded, join_codes, labels
from core.db.unit_of_work import UnitOfWork
from core.errors import NotFound, RuleViolation, ValidationError
from core.exchanges.entries import TEXT_MAX, TITLE_MAX, clean_entry, same_words
from core.models import Event, EventSession, ExchangeNeed, ExchangeOffer, OfferKind, Person, utcnow

Kind = Literal["need", "offer"]


@dataclass(frozen=True, slots=True)
class Captured:
    """What an action wrote (a data_changed summary): the wall and the page refresh the event's board."""

    kind: Kind
    id: uuid.UUID
    event_id: uuid.UUID | None
    trimmed: bool = False  # an entry was too long and was cut
    withdrawn: bool = False


def _person(session: Session, person_id: uuid.UUID) -> Person:
    person = session.get(Person, person_id)
    if person is None:
        raise NotFound("person_not_found", "no such person")
    return person


def _categories(session: Session, codes: tuple[str, ...] | list[str]) -> str:
    known = labels(session)
    unknown = [c for c in codes if c not in known]
    if unknown:
        raise ValidationError("unknown_category", f"unknown categories {unknown}", value=", ".join(unknown))
    return join_codes(list(codes))


def state_need(uow: UnitOfWork, event_id: uuid.UUID, person_id: uuid.UUID, title: str, *,
               details: str | None = None, categories: tuple[str, ...] | list[str] = (),
               session_id: uuid.UUID | None = None) -> Captured:
    session = uow.session
    if session.get(Event, event_id) is None:
        raise NotFound("event_not_found", "no such event")
    if session_id is not None:
        chosen = session.get(EventSession, session_id)
        if chosen is None or chosen.event_id != event_id:
            raise RuleViolation("session_of_other_event", "the session belongs to another event")
    person = _person(session, person_id)
    head = clean_entry(title, "title", TITLE_MAX)
    more = clean_entry(details, "details", TEXT_MAX, required=False)
    for other in session.scalars(select(ExchangeNeed.title).where(ExchangeNeed.event_id == event_id,
                                                                  ExchangeNeed.person_id == person_id)):
        if same_words(other, head.text):
            raise RuleViolation("exchange_duplicate", "this need was already stated", title=head.text)
    ensure_seeded(session)
    need = ExchangeNeed(event_id=event_id, session_id=session_id, person_id=person_id,
                        organisation_id=person.organisation_id, title=head.text, details=more.text or None,
                        categories=_categories(session, categories), stated_at=utcnow())
    session.add(need)
    session.flush()
    return Captured("need", need.id, event_id, head.trimmed or more.trimmed)


def make_offer(uow: UnitOfWork, need_id: uuid.UUID, person_id: uuid.UUID, text: str, *,
               kind: OfferKind = OfferKind.CONSEIL, consent_contact: bool = False) -> Captured:
    """An offer answering a need. Offering to one's own need is refused."""
    session = uow.session
    need = session.get(ExchangeNeed, need_id)
    if need is None:
        raise NotFound("need_not_found", "no such need")
    if need.person_id == person_id:
        raise RuleViolation("offer_to_own_need", "one does not answer one's own need")
    giver = _person(session, person_id)
    body = clean_entry(text, "text", TEXT_MAX)
    for other in session.scalars(select(ExchangeOffer.text).where(ExchangeOffer.need_id == need_id,
                                                                  ExchangeOffer.giver_person_id == person_id)):
        if same_words(other, body.text):
            raise RuleViolation("exchange_duplicate", "this offer was already made", title=body.text[:80])
    now = utcnow()
    offer = ExchangeOffer(need_id=need_id, event_id=need.event_id, giver_person_id=person_id,
                          giver_organisation_id=giver.organisation_id, kind=OfferKind(kind), text=body.text,
                          consent_contact=consent_contact, categories=need.categories, offered_at=now,
                          status_changed_at=now)
    session.add(offer)
    session.flush()
    return Captured("offer", offer.id, need.event_id, body.trimmed)


def make_standing_offer(uow: UnitOfWork, person_id: uuid.UUID, text: str, *,
                        kind: OfferKind = OfferKind.APPUI, categories: tuple[str, ...] | list[str] = (),
                        consent_contact: bool = False, event_id: uuid.UUID | None = None) -> Captured:
    """"What I can bring": an offer tied to no need, found later by the suggestions."""
    session = uow.session
    giver = _person(session, person_id)
    body = clean_entry(text, "text", TEXT_MAX)
    for other in session.scalars(select(ExchangeOffer.text).where(ExchangeOffer.need_id.is_(None),
                                                                  ExchangeOffer.giver_person_id == person_id)):
        if same_words(other, body.text):
            raise RuleViolation("exchange_duplicate", "this offer was already made", title=body.text[:80])
    ensure_seeded(session)
    now = utcnow()
    offer = ExchangeOffer(need_id=None, event_id=event_id, giver_person_id=person_id,
                          giver_organisation_id=giver.organisation_id, kind=OfferKind(kind), text=body.text,
                          consent_contact=consent_contact, categories=_categories(session, categories),
                          offered_at=now, status_changed_at=now)
    session.add(offer)
    session.flush()
    return Captured("offer", offer.id, event_id, body.trimmed)


def withdraw(uow: UnitOfWork, kind: Kind, row_id: uuid.UUID) -> Captured:
    """Undo: the need (with the offers made to it) or the offer goes, on every device (deletes are tombstones)."""
    session = uow.session
    event_id: uuid.UUID | None
    if kind == "need":
        need = session.get(ExchangeNeed, row_id)
        if need is None:
            raise NotFound("need_not_found", "no such need")
        event_id = need.event_id
        for offer in session.scalars(select(ExchangeOffer).where(ExchangeOffer.need_id == row_id)):
            session.delete(offer)
        session.flush()
        session.delete(need)
    else:
        gone = session.get(ExchangeOffer, row_id)
        if gone is None:
            raise NotFound("offer_not_found", "no such offer")
        event_id = gone.event_id
        session.delete(gone)
    session.flush()
    return Captured(kind, row_id, event_id, withdrawn=True)


def edit_need(uow: UnitOfWork, need_id: uuid.UUID, *, title: str | None = None, details: str | None = None,
              categories: tuple[str, ...] | list[str] | None = None) -> Captured:
    """Correct a need; fields left None are not touched (an unchanged form writes nothing)."""
    session = uow.session
    need = session.get(ExchangeNeed, need_id)
    if need is None:
        raise NotFound("need_not_found", "no such need")
    trimmed = False
    if title is not None:
        head = clean_entry(title, "title", TITLE_MAX)
        trimmed |= head.trimmed
        if head.text != need.title:
            need.title = head.text
    if details is not None:
        more = clean_entry(details, "details", TEXT_MAX, required=False)
        trimmed |= more.trimmed
        if (more.text or None) != need.details:
            need.details = more.text or None
    if categories is not None:
        codes = _categories(session, categories)
        if codes != need.categories:
            need.categories = codes
            for offer in session.scalars(select(ExchangeOffer).where(ExchangeOffer.need_id == need.id)):
                offer.categories = codes  # answers take their need's categories
    session.flush()
    return Captured("need", need.id, need.event_id, trimmed)


def edit_offer(uow: UnitOfWork, offer_id: uuid.UUID, *, text: str | None = None, kind: OfferKind | None = None,
               consent_contact: bool | None = None, categories: tuple[str, ...] | list[str] | None = None,
               ) -> Captured:
    """Correct an offer; fields left None are not touched. Categories are a standing offer's own (an answer takes
    its need's)."""
    session = uow.session
    offer = session.get(ExchangeOffer, offer_id)
    if offer is None:
        raise NotFound("offer_not_found", "no such offer")
    trimmed = False
    if text is not None:
        body = clean_entry(text, "text", TEXT_MAX)
        trimmed = body.trimmed
        if body.text != offer.text:
            offer.text = body.text
    if kind is not None and OfferKind(kind) != offer.kind:
        offer.kind = OfferKind(kind)
    if consent_contact is not None and consent_contact != offer.consent_contact:
        offer.consent_contact = consent_contact
    if categories is not None and offer.need_id is None:
        codes = _categories(session, categories)
        if codes != offer.categories:
            offer.categories = codes
    session.flush()
    return Captured("offer", offer.id, offer.event_id, trimmed)


_NOT_COPIED = frozenset({"id", "created_at", "updated_at"})


@dataclass(frozen=True, slots=True)
class Removed:
    """What a deletion took away (a need with its offers, or an offer), kept so that undo can write it back."""

    kind: Kind
    id: uuid.UUID
    event_id: uuid.UUID | None
    need: dict[str, object] | None
    offers: tuple[dict[str, object], ...]
    withdrawn: bool = True


def _values(row: ExchangeNeed | ExchangeOffer) -> dict[str, object]:
    return {column.key: getattr(row, column.key) for column in row.__mapper__.column_attrs
            if column.key not in _NOT_COPIED}


def remove(uow: UnitOfWork, kind: Kind, row_id: uuid.UUID) -> Removed:
    """Delete a need (with the offers made to it) or an offer, corrected afterwards; undo() restores it."""
    session = uow.session
    if kind == "need":
        need = session.get(ExchangeNeed, row_id)
        if need is None:
            raise NotFound("need_not_found", "no such need")
        offers = tuple(_values(o) for o in session.scalars(select(ExchangeOffer).where(
            ExchangeOffer.need_id == row_id).order_by(ExchangeOffer.offered_at, ExchangeOffer.id)))
        kept = Removed(kind, row_id, need.event_id, _values(need), offers)
    else:
        offer = session.get(ExchangeOffer, row_id)
        if offer is None:
            raise NotFound("offer_not_found", "no such offer")
        kept = Removed(kind, row_id, offer.event_id, None, (_values(offer),))
    withdraw(uow, kind, row_id)
    return kept


def restore(uow: UnitOfWork, removed: Removed) -> Captured:
    """Undo a deletion: the rows written back as they were (new ids: the deleted ones stay deleted everywhere)."""
    session = uow.session
    need_id = None
    if removed.need is not None:
        need = ExchangeNeed(**removed.need)
        session.add(need)
        session.flush()
        need_id = need.id
    first = None
    for values in removed.offers:
        offer = ExchangeOffer(**{**values, "need_id": need_id if removed.need is not None else values["need_id"]})
        if values["need_id"] is not None and session.get(ExchangeNeed, values["need_id"]) is None and \
                removed.need is None:
            raise NotFound("need_not_found", "the need of this offer is gone")
        session.add(offer)
        session.flush()
        first = first or offer.id
    restored = need_id if removed.kind == "need" else first
    assert restored is not None
    return Captured(removed.kind, restored, removed.event_id)
