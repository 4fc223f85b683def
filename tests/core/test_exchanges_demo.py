"""The issue's "done when" on the demo: last October's atelier is there with its stories, and when the office marks
two offers "coopération née" a month later, the funder report and the graph show them."""

from __future__ import annotations

from datetime import timedelta

from core import clock
from core.db.workspace import Workspace
from core.exchanges.board import board
from core.exchanges.followup import move_offer, to_follow_up
from core.exchanges.graph import network
from core.exports.report import funder_report, report_sheets
from core.models import FollowUp
from core.services.events import list_events


def _atelier(workspace: Workspace):  # the latest atelier d'interconnaissance of the demo
    return max((e for e in list_events(workspace) if "interconnaissance" in e.name), key=lambda e: e.starts_on)


def test_demo_atelier_has_fifteen_laureates_and_the_seed_stories(demo_workspace: Workspace) -> None:
    event = _atelier(demo_workspace)
    assert event.starts_on < clock.today() and event.starts_on.month == 10
    with demo_workspace.reading() as session:
        needs = board(session, event.id, with_contacts=True)
    assert len(needs) == 15 and len({n.organisation_id for n in needs}) == 15
    health = next(n for n in needs if "santé au travail" in n.title)
    assert {o.giver_structure for o in health.offers} == {"Réseau des médecins du travail Nord 93",
                                                          "Mutuelle Entraide Nord-Est"}
    assert all(o.contact is not None for o in health.offers)  # both agreed to pass their contact on
    mobility = next(n for n in needs if "mobilité douce" in n.title)
    (support,) = mobility.offers
    assert support.giver_structure == "Atelier d'insertion Les Mains Vertes"
    assert support.status == FollowUp.COOPERATION_NEE


def test_a_month_later_two_cooperations_reach_the_report_and_the_graph(demo_workspace: Workspace) -> None:
    event = _atelier(demo_workspace)
    before = funder_report(demo_workspace, event.id).exchanges
    assert before is not None and before.total.needs == 15
    with demo_workspace.reading() as session:
        open_offers = [o for n in board(session, event.id) for o in n.offers
                       if o.status in (FollowUp.CONTACT_PRIS, FollowUp.RENDEZ_VOUS)]
    chosen = open_offers[:2]
    with demo_workspace.unit_of_work() as uow:
        for offer in chosen:
            move_offer(uow, offer.id, FollowUp.COOPERATION_NEE, on=min(event.starts_on + timedelta(days=31),
                                                                        clock.today()),
                       note="Convention signée")
    after = funder_report(demo_workspace, event.id)
    assert after.exchanges is not None
    assert after.exchanges.total.cooperations == before.total.cooperations + 2
    assert any(sheet.title == "Échanges par catégorie" for sheet in report_sheets(after))
    with demo_workspace.reading() as session:
        edges = {e.offer_id: e for e in network(session, event.id).edges}
        assert all(edges[o.id].cooperation for o in chosen)
        assert not {o.id for o in chosen} & {c.offer.id for c in to_follow_up(session, only_due=False)
                                             if c.offer.status != FollowUp.COOPERATION_NEE}
