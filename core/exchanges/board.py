"""Reading an atelier: its needs with the offers under each (the wall, the page, the relevé), and one person's
exchanges (the fiche). Contact details come only with the giver's consent, and only when asked for: the wall
never asks."""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session, aliased

from core.categories import labels, parse_codes
from core.models import Event, ExchangeNeed, ExchangeOffer, FollowUp, OfferKind, Organisation, Person


@dataclass(frozen=True, slots=True)
class Contact:
    email: str | None
    phone: str | None


def passed_contact(consent: bool, email: str | None, phone: str | None) -> Contact | None:
    """The giver's contact as it may be passed on: only with their consent, and only what exists."""
    if not consent or not (email or phone):
        return None
    return Contact(email, phone)


@dataclass(frozen=True, slots=True)
class OfferView:
    id: uuid.UUID
    need_id: uuid.UUID | None
    giver_id: uuid.UUID
    giver_name: str
    giver_structure: str | None
    giver_organisation_id: uuid.UUID | None
    kind: OfferKind
    text: str
    consent_contact: bool
    contact: Contact | None  # None unless asked for and consented
    categories: tuple[str, ...]
    status: FollowUp
    status_on: date | None
    status_note: str | None
    offered_at: datetime
    status_changed_at: datetime


@dataclass(frozen=True, slots=True)
class NeedView:
    id: uuid.UUID
    event_id: uuid.UUID
    person_id: uuid.UUID
    person_name: str
    structure: str | None
    organisation_id: uuid.UUID | None
    title: str
    details: str | None
    categories: tuple[str, ...]
    category_labels: tuple[str, ...]
    stated_at: datetime
    offers: tuple[OfferView, ...]


_Giver = aliased(Person)
_GiverOrg = aliased(Organisation)


def _offer_rows(session: Session, where: ColumnElement[bool]) -> list[OfferView]:
    rows = session.execute(
        select(ExchangeOffer, _Giver.first_name, _Giver.last_name, _Giver.email, _Giver.phone, _GiverOrg.name)
        .join(_Giver, _Giver.id == ExchangeOffer.giver_person_id)
        .outerjoin(_GiverOrg, _GiverOrg.id == ExchangeOffer.giver_organisation_id)
        .where(where).order_by(ExchangeOffer.offered_at, ExchangeOffer.id)).all()
    return [_offer_view(o, first, last, email, phone, org) for o, first, last, email, phone, org in rows]


def _offer_view(o: ExchangeOffer, first: str, last: str, email: str | None, phone: str | None,
                org: str | None) -> OfferView:
    return OfferView(o.id, o.need_id, o.giver_person_id, f"{first} {last}", org, o.giver_organisation_id, o.kind,
                     o.text, o.consent_contact, passed_contact(o.consent_contact, email, phone),
                     parse_codes(o.categories), o.status, o.status_on, o.status_note, o.offered_at,
                     o.status_changed_at)


def _without_contact(offer: OfferView) -> OfferView:
    from dataclasses import replace

    return replace(offer, contact=None)


def board(session: Session, event_id: uuid.UUID, *, session_id: uuid.UUID | None = None,
          with_contacts: bool = False) -> tuple[NeedView, ...]:
    """The atelier's needs in the order they were stated, each with its offers in the order they came."""
    where = [ExchangeNeed.event_id == event_id]
    if session_id is not None:
        where.append(ExchangeNeed.session_id == session_id)
    needs = session.execute(
        select(ExchangeNeed, Person.first_name, Person.last_name, Organisation.name)
        .join(Person, Person.id == ExchangeNeed.person_id)
        .outerjoin(Organisation, Organisation.id == ExchangeNeed.organisation_id)
        .where(*where).order_by(ExchangeNeed.stated_at, ExchangeNeed.id)).all()
    if not needs:
        return ()
    by_need: dict[uuid.UUID, list[OfferView]] = defaultdict(list)
    for offer in _offer_rows(session, ExchangeOffer.event_id == event_id):
        if offer.need_id is not None:
            by_need[offer.need_id].append(offer if with_contacts else _without_contact(offer))
    names = labels(session)
    out = []
    for need, first, last, org in needs:
        codes = parse_codes(need.categories)
        out.append(NeedView(need.id, need.event_id, need.person_id, f"{first} {last}", org, need.organisation_id,
                            need.title, need.details, codes, tuple(names.get(c, c) for c in codes),
                            need.stated_at, tuple(by_need.get(need.id, ()))))
    return tuple(out)


@dataclass(frozen=True, slots=True)
class PersonExchanges:
    """One participant's fiche d'échanges: their needs with the offers received, and the offers they made."""

    person_id: uuid.UUID
    name: str
    structure: str | None
    event_name: str
    event_day: date
    needs: tuple[NeedView, ...]  # offers received carry the giver's contact when consented
    offers_made: tuple[tuple[OfferView, str | None, str | None], ...]  # (offer, need title, to whom)
    standing_offers: tuple[OfferView, ...]


def person_exchanges(session: Session, event_id: uuid.UUID, person_id: uuid.UUID) -> PersonExchanges:
    from core.errors import NotFound

    event = session.get(Event, event_id)
    person = session.get(Person, person_id)
    if event is None or person is None:
        raise NotFound("person_not_found" if person is None else "event_not_found", "not found")
    org = session.get(Organisation, person.organisation_id) if person.organisation_id else None
    mine = tuple(n for n in board(session, event_id, with_contacts=True) if n.person_id == person_id)
    made = _offer_rows(session, (ExchangeOffer.giver_person_id == person_id) & (ExchangeOffer.event_id == event_id)
                       & ExchangeOffer.need_id.is_not(None))
    targets = {n.id: (n.title, f"{n.person_name}" + (f" ({n.structure})" if n.structure else ""))
               for n in board(session, event_id)}
    standing = _offer_rows(session, (ExchangeOffer.giver_person_id == person_id) & ExchangeOffer.need_id.is_(None)
                           & or_(ExchangeOffer.event_id == event_id, ExchangeOffer.event_id.is_(None)))
    return PersonExchanges(
        person.id, f"{person.first_name} {person.last_name}", org.name if org else None, event.name, event.starts_on,
        mine, tuple((_without_contact(o), *targets.get(o.need_id, (None, None))) for o in made if o.need_id),
        tuple(_without_contact(o) for o in standing))


def participants(session: Session, event_id: uuid.UUID) -> tuple[uuid.UUID, ...]:
    """Everyone who stated a need or made an offer at this atelier, by name."""
    ids = set(session.scalars(select(ExchangeNeed.person_id).where(ExchangeNeed.event_id == event_id)))
    ids |= set(session.scalars(select(ExchangeOffer.giver_person_id).where(ExchangeOffer.event_id == event_id)))
    if not ids:
        return ()
    people = session.execute(select(Person.id, Person.last_name, Person.first_name).where(Person.id.in_(ids))).all()
    return tuple(p.id for p in sorted(people, key=lambda p: (p.last_name.casefold(), p.first_name.casefold())))


def person_record(session: Session, person_id: uuid.UUID) -> dict[str, list[dict[str, object]]]:
    """What the atelier d'échanges holds about one person (RGPD right of access): their needs and their offers."""
    needs = session.scalars(select(ExchangeNeed).where(ExchangeNeed.person_id == person_id)
                            .order_by(ExchangeNeed.stated_at)).all()
    offers = session.scalars(select(ExchangeOffer).where(ExchangeOffer.giver_person_id == person_id)
                             .order_by(ExchangeOffer.offered_at)).all()
    return {
        "needs": [{"title": n.title, "details": n.details, "categories": list(parse_codes(n.categories)),
                   "stated_at": n.stated_at.isoformat()} for n in needs],
        "offers": [{"kind": o.kind.value, "text": o.text, "consent_contact": o.consent_contact,
                    "standing": o.need_id is None, "status": o.status.value, "status_note": o.status_note,
                    "offered_at": o.offered_at.isoformat()} for o in offers],
    }
