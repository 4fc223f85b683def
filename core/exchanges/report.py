"""The atelier's figures for the funder report (the PLDESS aims at cooperation between structures): needs stated,
the share of needs with at least one offer, contacts passed on, cooperations born, new links between structures,
by category and by commune (of the structure that stated the need). A function of the replicated rows only."""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.categories import labels, parse_codes
from core.exchanges.links import all_links, first_links, pair
from core.models import ExchangeNeed, ExchangeOffer, FollowUp, Organisation

NO_COMMUNE = "(commune inconnue)"
NO_CATEGORY = "(sans catégorie)"


@dataclass(frozen=True, slots=True)
class ExchangeLine:
    label: str
    needs: int
    answered: int  # needs with at least one offer
    offers: int
    contacts: int  # offers whose giver agreed to pass on their contact
    cooperations: int
    new_links: int

    @property
    def answered_share(self) -> float:
        return self.answered / self.needs if self.needs else 0.0


@dataclass(frozen=True, slots=True)
class ExchangeFigures:
    total: ExchangeLine
    by_category: tuple[ExchangeLine, ...]
    by_commune: tuple[ExchangeLine, ...]


def exchange_figures(session: Session, event_id: uuid.UUID) -> ExchangeFigures:
    needs = session.execute(select(ExchangeNeed.id, ExchangeNeed.categories, ExchangeNeed.organisation_id,
                                   Organisation.commune)
                            .outerjoin(Organisation, Organisation.id == ExchangeNeed.organisation_id)
                            .where(ExchangeNeed.event_id == event_id)).all()
    offers = session.execute(select(ExchangeOffer.id, ExchangeOffer.need_id, ExchangeOffer.consent_contact,
                                    ExchangeOffer.status)
                             .where(ExchangeOffer.event_id == event_id, ExchangeOffer.need_id.is_not(None))).all()
    links = all_links(session)
    firsts = set(first_links(links).values())
    new_offers = {link.offer_id for link in links if link.event_id == event_id and link.offer_id in firsts}
    new_pairs = {link.offer_id: pair(link.giver, link.receiver) for link in links if link.offer_id in new_offers}
    names = labels(session)
    by_need = defaultdict(list)
    for offer in offers:
        by_need[offer.need_id].append(offer)
    groups: dict[str, dict[str, list[uuid.UUID]]] = {"category": defaultdict(list), "commune": defaultdict(list)}
    for need in needs:
        for code in parse_codes(need.categories) or (None,):
            groups["category"][names.get(code, code) if code else NO_CATEGORY].append(need.id)
        groups["commune"][need.commune or NO_COMMUNE].append(need.id)

    def line(label: str, need_ids: list[uuid.UUID]) -> ExchangeLine:
        mine = [o for n in need_ids for o in by_need.get(n, ())]
        return ExchangeLine(label, len(need_ids), sum(1 for n in need_ids if by_need.get(n)), len(mine),
                            sum(1 for o in mine if o.consent_contact),
                            sum(1 for o in mine if o.status == FollowUp.COOPERATION_NEE),
                            len({new_pairs[o.id] for o in mine if o.id in new_pairs}))

    def lines(kind: str) -> tuple[ExchangeLine, ...]:
        return tuple(sorted((line(label, ids) for label, ids in groups[kind].items()),
                            key=lambda x: (-x.needs, x.label)))

    return ExchangeFigures(line("Total", [n.id for n in needs]), lines("category"), lines("commune"))


def figures_sheets(figures: ExchangeFigures) -> list[tuple[str, list[str], list[list[object]]]]:
    """(title, headers, rows) for the funder report's workbook."""
    headers = ["", "Besoins exprimés", "Besoins avec au moins une offre", "Part des besoins avec offre",
               "Offres", "Contacts transmis", "Coopérations nées", "Nouveaux liens entre structures"]

    def row(x: ExchangeLine) -> list[object]:
        return [x.label, x.needs, x.answered, round(x.answered_share, 3), x.offers, x.contacts, x.cooperations,
                x.new_links]

    return [("Échanges", ["Échanges", *headers[1:]], [row(figures.total)]),
            ("Échanges par catégorie", ["Catégorie", *headers[1:]], [row(x) for x in figures.by_category]),
            ("Échanges par commune", ["Commune", *headers[1:]], [row(x) for x in figures.by_commune])]
