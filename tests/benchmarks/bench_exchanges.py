"""Atelier d'échanges benchmark: 2,000 structures, 5,000 past offers (and their needs), an atelier in progress.

Figures (targets from the issue): a need or offer shown on the wall after Enter = the write + the board read +
the wall's cards rebuilt and painted (100 ms); suggestions for a need (50 ms, history index warm; its first
build is shown too); the network graph of 400 structures laid out and drawn (1 s): at its first opening (no
layout kept), after one more offer (laid out again from the positions kept) and redrawn unchanged. Each beside its floor: raw
SQLite doing the same INSERT and SELECTs, and networkx's layout alone for the graph.
Run: `python -m tests.benchmarks.bench_exchanges`.
"""

from __future__ import annotations

import os
import random
import sqlite3
import statistics
import tempfile
import uuid
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import select

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from core.categories import DEFAULT_CATEGORIES, ensure_seeded  # noqa: E402
from core.db.workspace import open_workspace  # noqa: E402
from core.exchanges import capture  # noqa: E402
from core.exchanges import graph as graph_module  # noqa: E402
from core.exchanges.board import board  # noqa: E402
from core.exchanges.graph import lay_out, network  # noqa: E402
from core.exchanges.suggestions import build_history, suggest  # noqa: E402
from core.models import (  # noqa: E402
    EventKind,
    ExchangeNeed,
    ExchangeOffer,
    OfferKind,
    Organisation,
    OrganisationKind,
    Person,
)
from core.services import agenda  # noqa: E402
from tests.benchmarks.common import Figure, once_ms, p99, report, timings_ms  # noqa: E402

WORDS = ["contact", "médecin", "travail", "mutuelle", "local", "salle", "réseau", "communication", "appui", "financement", "mécène", "camion", "vélo", "mobilité", "recrutement", "formation", "bénévoles", "site", "internet", "logiciel", "marchés", "publics", "statuts", "SCIC", "fournisseurs", "réemploi", "prévention", "risques", "entreprise", "RSE", "radio", "affiches", "subvention", "département", "région"]
CODES = [code for code, _ in DEFAULT_CATEGORIES]


def _fill(path: Path, structures: int, past_offers: int, rng: random.Random) -> dict[str, object]:
    workspace = open_workspace(path, create=True)
    with workspace.unit_of_work() as uow:
        ensure_seeded(uow.session)
        events = [agenda.create_event(uow, f"Atelier {year}", EventKind.AUTRE, date(year, 10, 7), date(year, 10, 7))
                  for year in (2024, 2025, 2026)]
        session = uow.session
        orgs = [Organisation(name=f"Structure {n:04d}", kind=rng.choice(list(OrganisationKind)),
                             commune=rng.choice(["Sevran", "Drancy", "Dugny", "Aulnay-sous-Bois"]), is_member=True)
                for n in range(structures)]
        session.add_all(orgs)
        session.flush()
        people = [Person(first_name=f"Prénom{n}", last_name=f"Nom{n}", email=f"p{n}@exemple.fr",
                         organisation_id=orgs[n % structures].id) for n in range(structures + structures // 4)]
        session.add_all(people)
        session.flush()

        def text() -> str:
            return " ".join(rng.sample(WORDS, k=rng.randint(3, 7)))

        def past(event: uuid.UUID, offers: int, among: list[Person], when: datetime) -> None:
            needs = [ExchangeNeed(event_id=event, person_id=p.id, organisation_id=p.organisation_id, title=text(),
                                  categories=" ".join(rng.sample(CODES, k=rng.randint(1, 2))), stated_at=when)
                     for p in rng.sample(among, k=max(1, offers // 2))]
            session.add_all(needs)
            session.flush()
            session.add_all([ExchangeOffer(
                need_id=need.id, event_id=event, giver_person_id=giver.id, giver_organisation_id=giver.organisation_id,
                kind=rng.choice(list(OfferKind)), text=text(), consent_contact=rng.random() < 0.5,
                categories=need.categories, offered_at=when, status_changed_at=when)
                for need in rng.choices(needs, k=offers) for giver in [rng.choice(among)]])
            session.flush()

        small = [p for p in people if p.organisation_id in {o.id for o in orgs[:400]}]
        past(events[0], past_offers - past_offers // 4, people, datetime(2024, 10, 7, 9, tzinfo=UTC))
        past(events[1], past_offers // 4, small, datetime(2025, 10, 7, 9, tzinfo=UTC))
        room = rng.sample(people, k=15)
        for person in room:
            capture.state_need(uow, events[2], person.id, text(), categories=rng.sample(CODES, k=2))
        room_ids = [p.id for p in room]
    with workspace.reading() as session:
        need_ids = [n.id for n in board(session, events[2])]
    return {"workspace": workspace, "current": events[2], "network_event": events[1], "room": room_ids,
            "needs": need_ids}


def run(scale: float = 1.0) -> None:
    from PySide6.QtWidgets import QApplication, QGraphicsScene

    from core.services.events import list_events
    from desktop.background import Tasks
    from desktop.context import AppContext
    from desktop.pages.exchanges.network import draw
    from desktop.pages.exchanges.wall import WallWindow

    app = QApplication.instance() or QApplication([])
    structures, past_offers = max(40, int(2000 * scale)), max(60, int(5000 * scale))
    repeat = max(3, int(30 * min(1.0, scale * 4)))
    rng = random.Random(18)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.envol"
        data = _fill(path, structures, past_offers, rng)
        workspace, current = data["workspace"], data["current"]
        needs, room = data["needs"], data["room"]
        assert isinstance(needs, list) and isinstance(room, list) and isinstance(current, uuid.UUID)
        event = next(e for e in list_events(workspace) if e.id == current)  # type: ignore[arg-type]
        tasks = Tasks()
        context = AppContext(workspace, tasks, event)  # type: ignore[arg-type]
        wall = WallWindow(context)
        wall.resize(1920, 1080)
        wall.show()
        tasks.wait_idle()
        app.processEvents()
        counter = iter(range(10**6))

        def offer_on_wall() -> None:  # what Enter does, then what the wall does when told
            n = next(counter)
            with workspace.unit_of_work() as uow:
                capture.make_offer(uow, needs[n % len(needs)], room[(n + 1) % len(room)], f"Offre numéro {n}")
            with workspace.reading() as session:
                wall.show_needs(board(session, current))
            wall.grab()

        shown = timings_ms(offer_on_wall, repeat)
        raw = sqlite3.connect(path)
        current_hex = current.hex

        def raw_offer() -> None:
            n = next(counter)
            raw.execute("INSERT INTO exchange_offers (id, need_id, event_id, giver_person_id, kind, text, "
                        "consent_contact, categories, offered_at, status, status_changed_at, created_at, updated_at) "
                        "VALUES (?, ?, ?, ?, 'conseil', ?, 0, '', '2026-10-07 09:00:00', 'proposee', "
                        "'2026-10-07 09:00:00', '2026-10-07 09:00:00', '2026-10-07 09:00:00')",
                        (uuid.uuid4().hex, needs[0].hex, current_hex, room[1].hex, f"Brut {n}"))
            raw.commit()
            raw.execute("SELECT n.id, n.title, p.first_name, p.last_name, o.name FROM exchange_needs n "
                        "JOIN people p ON p.id = n.person_id LEFT JOIN organisations o ON o.id = n.organisation_id "
                        "WHERE n.event_id = ?", (current_hex,)).fetchall()
            raw.execute("SELECT f.need_id, f.text, f.kind, p.first_name FROM exchange_offers f "
                        "JOIN people p ON p.id = f.giver_person_id WHERE f.event_id = ?", (current_hex,)).fetchall()

        floor_shown = timings_ms(raw_offer, repeat)

        with workspace.reading() as session:
            cold = once_ms(lambda: build_history(session))
            suggest(session, needs[0])  # warms the history index

            def suggestions() -> None:
                for need in needs[:5]:
                    suggest(session, need)

            found = [t / 5 for t in timings_ms(suggestions, repeat)]
            example = suggest(session, needs[0])
        code = CODES[0]

        def raw_suggest() -> None:
            raw.execute("SELECT giver_person_id, kind, count(*) FROM exchange_offers WHERE categories LIKE ? "
                        "GROUP BY giver_person_id, kind", (f"%{code}%",)).fetchall()

        floor_found = timings_ms(raw_suggest, repeat)

        scene = QGraphicsScene()
        network_event = data["network_event"]
        assert isinstance(network_event, uuid.UUID)
        with workspace.reading() as session:
            net = network(session, network_event)
            needs_at_network_event = session.scalars(select(ExchangeNeed.id).where(
                ExchangeNeed.event_id == network_event).order_by(ExchangeNeed.id).limit(50)).all()

        def graph() -> None:
            with workspace.reading() as session:
                laid = lay_out(network(session, network_event))
            draw(scene, laid)
            from PySide6.QtGui import QImage, QPainter

            image = QImage(1600, 1000, QImage.Format.Format_ARGB32)
            painter = QPainter(image)
            scene.render(painter)
            painter.end()

        def cold_graph() -> None:  # the first opening: nothing laid out yet
            graph_module._layouts.clear()
            graph_module._last_positions.clear()
            graph()

        givers = list(room)
        receivers = list(needs_at_network_event)

        def changed_graph() -> None:  # one more offer at that atelier: read again, laid out from where it was
            n = next(counter)
            with workspace.unit_of_work() as uow:
                need = uow.session.get(ExchangeNeed, receivers[n % len(receivers)])
                giver = next(p for p in givers[n % len(givers):] + givers if need and p != need.person_id)
                capture.make_offer(uow, receivers[n % len(receivers)], giver, f"Lien {n}")
            graph()

        cold_ms = timings_ms(cold_graph, max(3, repeat // 10), warmup=1)
        graph_ms = timings_ms(graph, max(3, repeat // 5), warmup=1)
        changed_ms = timings_ms(changed_graph, max(3, repeat // 5), warmup=1)

        def raw_layout() -> None:
            import networkx as nx

            rows = raw.execute("SELECT f.giver_organisation_id, n.organisation_id FROM exchange_offers f "
                               "JOIN exchange_needs n ON n.id = f.need_id WHERE f.event_id = ?",
                               (network_event.hex,)).fetchall()
            g = nx.Graph()
            g.add_edges_from((a, b) for a, b in rows if a and b and a != b)
            nx.spring_layout(g, iterations=30, seed=18)

        floor_graph = timings_ms(raw_layout, max(3, repeat // 5), warmup=1)
        raw.close()
        wall.close()
        tasks.wait_idle()
        workspace.close()

    report(f"Atelier d'échanges: {structures} structures, {past_offers} past offers; graph of {len(net.nodes)} "
           f"structures, {len(net.edges)} offers", [
        Figure("offer written and shown on the wall (1920×1080)", p99(shown), p99(floor_shown), 100),
        Figure("offer written and shown on the wall (1920×1080)", statistics.median(shown),
               statistics.median(floor_shown), 100, what="p50"),
        Figure("suggestions for a need (history index warm)", p99(found), p99(floor_found), 50),
        Figure("history index built (first use)", cold, None, None, what="once"),
        Figure("network laid out and drawn: first opening", p99(cold_ms), p99(floor_graph), 1000),
        Figure("network laid out and drawn: after one more offer", p99(changed_ms), p99(floor_graph), 1000),
        Figure("network read and drawn again (same shape)", p99(graph_ms), p99(floor_graph), 1000),
    ])
    print(f"   e.g. first suggestion: {example[0].name if example else '—'} "
          f"({', '.join(w.reason.value for w in example[0].reasons) if example else ''})")


if __name__ == "__main__":
    run()
