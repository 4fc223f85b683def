"""Who helped whom between structures: the offers as links from the giver's structure to the structure that
stated the need, and which links are new (two structures that had never exchanged before)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session, aliased

from core.models import ExchangeNeed, ExchangeOffer, FollowUp, OfferKind


@dataclass(frozen=True, slots=True)
class Link:
    offer_id: uuid.UUID
    event_id: uuid.UUID | None
    giver: uuid.UUID  # structures
    receiver: uuid.UUID
    kind: OfferKind
    status: FollowUp
    consent_contact: bool
    offered_at: datetime
    categories: str


def pair(a: uuid.UUID, b: uuid.UUID) -> tuple[uuid.UUID, uuid.UUID]:
    return (a, b) if a.hex <= b.hex else (b, a)


def all_links(session: Session) -> list[Link]:
    """Every offer between two different structures, oldest first."""
    need = aliased(ExchangeNeed)
    rows = session.execute(
        select(ExchangeOffer.id, ExchangeOffer.event_id, ExchangeOffer.giver_organisation_id, need.organisation_id,
               ExchangeOffer.kind, ExchangeOffer.status, ExchangeOffer.consent_contact, ExchangeOffer.offered_at,
               need.categories)
        .join(need, need.id == ExchangeOffer.need_id)
        .where(ExchangeOffer.giver_organisation_id.is_not(None), need.organisation_id.is_not(None),
               ExchangeOffer.giver_organisation_id != need.organisation_id)
        .order_by(ExchangeOffer.offered_at, ExchangeOffer.id)).all()
    return [Link(*row) for row in rows]  # type: ignore[arg-type]  # the WHERE excludes NULL structures


def first_links(links: list[Link]) -> dict[tuple[uuid.UUID, uuid.UUID], uuid.UUID]:
    """For each pair of structures, the offer that linked them first (by time, then id: the same everywhere)."""
    first: dict[tuple[uuid.UUID, uuid.UUID], Link] = {}
    for link in links:
        key = pair(link.giver, link.receiver)
        known = first.get(key)
        if known is None or (link.offered_at, link.offer_id.hex) < (known.offered_at, known.offer_id.hex):
            first[key] = link
    return {key: link.offer_id for key, link in first.items()}


@dataclass(frozen=True, slots=True)
class Marked:
    offer_id: uuid.UUID
    giver: uuid.UUID
    receiver: uuid.UUID
    kind: OfferKind
    status: FollowUp
    new_link: bool  # the first offer ever between these two structures (as first_links decides)


def links_of(session: Session, event_id: uuid.UUID | None) -> list[Marked]:
    """The links of one atelier (every atelier: None), oldest first, each marked new or not. The database finds
    each pair's first offer (by time, then id) and returns only the atelier's rows: on a long history, a few
    hundred rows to read rather than every offer ever made."""
    need = aliased(ExchangeNeed)
    giver, receiver = ExchangeOffer.giver_organisation_id, need.organisation_id
    low = case((giver <= receiver, giver), else_=receiver)
    high = case((giver <= receiver, receiver), else_=giver)
    rank = func.row_number().over(partition_by=(low, high), order_by=(ExchangeOffer.offered_at, ExchangeOffer.id))
    every = (select(ExchangeOffer.id.label("offer_id"), ExchangeOffer.event_id, giver.label("giver"),
                    receiver.label("receiver"), ExchangeOffer.kind, ExchangeOffer.status, ExchangeOffer.offered_at,
                    rank.label("rank"))
             .join(need, need.id == ExchangeOffer.need_id)
             .where(giver.is_not(None), receiver.is_not(None), giver != receiver)).subquery()
    query = select(every.c.offer_id, every.c.giver, every.c.receiver, every.c.kind, every.c.status,
                   every.c.rank == 1).order_by(every.c.offered_at, every.c.offer_id)
    if event_id is not None:
        query = query.where(every.c.event_id == event_id)
    return [Marked(*row) for row in session.execute(query)]
