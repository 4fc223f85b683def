"""The atelier d'échanges' rules: entries checked, consent, follow-up transitions, report figures, the graph."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta

import pytest

from core import clock
from core.categories import DEFAULT_CATEGORIES, default_id, labels, save_category, vocabulary
from core.db.workspace import Workspace
from core.errors import RuleViolation, ValidationError
from core.exchanges import capture
from core.exchanges.board import board, passed_contact, person_exchanges
from core.exchanges.followup import Move, decide_move, move_offer, needs_reminder, to_follow_up
from core.exchanges.graph import lay_out, network
from core.exchanges.report import exchange_figures
from core.models import EventKind, FollowUp, OfferKind, OrganisationKind
from core.services import agenda, directory

START = datetime(2026, 10, 6, 8, 0, tzinfo=UTC)


def _atelier(ws: Workspace) -> tuple[uuid.UUID, dict[str, uuid.UUID]]:
    with ws.unit_of_work() as uow:
        event = agenda.create_event(uow, "Atelier d'interconnaissance", EventKind.AUTRE, date(2026, 10, 6),
                                    date(2026, 10, 6))
        orgs = {
            "sante": directory.create_organisation(uow, "Centre de santé", OrganisationKind.ASSOCIATION,
                                                   commune="Sevran").id,
            "siae": directory.create_organisation(uow, "Les Mains Vertes", OrganisationKind.SIAE,
                                                  commune="Aulnay-sous-Bois").id,
            "mutuelle": directory.create_organisation(uow, "Mutuelle Entraide", OrganisationKind.MUTUELLE).id,
            "recyclerie": directory.create_organisation(uow, "Recyclerie Sportive", OrganisationKind.ASSOCIATION,
                                                        commune="Dugny").id,
        }
        people = {
            "ines": directory.create_person(uow, "Inès", "Bérard", email="ines@example.org", phone="0600000001",
                                            organisation_id=orgs["sante"]).id,
            "paul": directory.create_person(uow, "Paul", "Martin", email="paul@example.org",
                                            organisation_id=orgs["siae"]).id,
            "zoe": directory.create_person(uow, "Zoé", "Nguyễn", email="zoe@example.org", phone="0600000003",
                                           organisation_id=orgs["mutuelle"]).id,
            "rachid": directory.create_person(uow, "Rachid", "Amrani", organisation_id=orgs["recyclerie"]).id,
        }
    return event, {**orgs, **people}


def test_entries_are_checked_trimmed_and_not_repeated(workspace: Workspace) -> None:
    event, ids = _atelier(workspace)
    with clock.frozen(START), workspace.unit_of_work() as uow:
        with pytest.raises(ValidationError) as empty:
            capture.state_need(uow, event, ids["ines"], "   \n ")
        assert empty.value.code == "exchange_empty"
        long = capture.state_need(uow, event, ids["ines"], "x" * 5000, details="y" * 5000)
        assert long.trimmed
        first = capture.state_need(uow, event, ids["ines"], "Des contacts en santé au travail",
                                   categories=["sante_travail"])
        assert not first.trimmed
        with pytest.raises(RuleViolation) as again:
            capture.state_need(uow, event, ids["ines"], "des  contacts en SANTE au travail")
        assert again.value.code == "exchange_duplicate"
        with pytest.raises(ValidationError) as unknown:
            capture.state_need(uow, event, ids["paul"], "Un local", categories=["pas_une_categorie"])
        assert unknown.value.code == "unknown_category"
        with pytest.raises(RuleViolation) as own:
            capture.make_offer(uow, first.id, ids["ines"], "Je me réponds")
        assert own.value.code == "offer_to_own_need"
    with workspace.reading() as session:
        needs = board(session, event)
    assert sorted(len(n.title) for n in needs) == [len("Des contacts en santé au travail"), 200]
    long_need = next(n for n in needs if n.id == long.id)
    assert long_need.title.endswith("…") and len(long_need.details or "") == 2000


def test_contact_passed_on_only_with_consent(workspace: Workspace) -> None:
    assert passed_contact(False, "a@b.fr", "06") is None
    assert passed_contact(True, None, None) is None
    event, ids = _atelier(workspace)
    with clock.frozen(START), workspace.unit_of_work() as uow:
        need = capture.state_need(uow, event, ids["ines"], "Contacts en santé au travail",
                                  categories=["sante_travail"]).id
        capture.make_offer(uow, need, ids["zoe"], "Le réseau des médecins du travail", kind=OfferKind.CONTACT,
                           consent_contact=True)
        capture.make_offer(uow, need, ids["paul"], "Une mutuelle que je connais", kind=OfferKind.CONTACT)
    with workspace.reading() as session:
        wall = board(session, event)
        fiche = person_exchanges(session, event, ids["ines"])
        zoe = person_exchanges(session, event, ids["zoe"])
    assert all(o.contact is None for n in wall for o in n.offers)  # the wall never carries contacts
    received = {o.giver_name: o.contact for o in fiche.needs[0].offers}
    assert received["Zoé Nguyễn"] is not None and received["Zoé Nguyễn"].email == "zoe@example.org"
    assert received["Paul Martin"] is None
    assert [(o.text, title) for o, title, _who in zoe.offers_made] == \
        [("Le réseau des médecins du travail", "Contacts en santé au travail")]


def test_follow_up_transitions() -> None:
    assert decide_move(FollowUp.PROPOSEE, FollowUp.CONTACT_PRIS) == Move.FORWARD
    assert decide_move(FollowUp.PROPOSEE, FollowUp.COOPERATION_NEE) == Move.FORWARD
    assert decide_move(FollowUp.RENDEZ_VOUS, FollowUp.CONTACT_PRIS) == Move.BACKWARDS
    assert decide_move(FollowUp.RENDEZ_VOUS, FollowUp.SANS_SUITE) == Move.ENDED
    assert decide_move(FollowUp.SANS_SUITE, FollowUp.CONTACT_PRIS) == Move.REOPENED
    assert decide_move(FollowUp.COOPERATION_NEE, FollowUp.SANS_SUITE) == Move.CLOSED
    assert decide_move(FollowUp.CONTACT_PRIS, FollowUp.CONTACT_PRIS) == Move.UNCHANGED
    now = START + timedelta(days=30)
    assert needs_reminder(FollowUp.PROPOSEE, START, now)
    assert not needs_reminder(FollowUp.PROPOSEE, now - timedelta(days=20), now)
    assert not needs_reminder(FollowUp.COOPERATION_NEE, START, now)


def test_follow_up_moves_dates_and_reminders(workspace: Workspace) -> None:
    event, ids = _atelier(workspace)
    with clock.frozen(START), workspace.unit_of_work() as uow:
        need = capture.state_need(uow, event, ids["ines"], "Contacts en santé au travail").id
        offer = capture.make_offer(uow, need, ids["zoe"], "Médecins du travail").id
        other = capture.make_offer(uow, need, ids["paul"], "Une mutuelle").id
    later = START + timedelta(days=22)
    with clock.frozen(later):
        with workspace.reading() as session:
            assert {c.offer.id for c in to_follow_up(session)} == {offer, other}
        with workspace.unit_of_work() as uow:
            with pytest.raises(RuleViolation) as future:
                move_offer(uow, offer, FollowUp.CONTACT_PRIS, on=date(2026, 11, 30))
            assert future.value.code == "follow_up_future"
            moved = move_offer(uow, offer, FollowUp.CONTACT_PRIS, on=date(2026, 10, 9), note="Mail envoyé")
            assert moved.move == Move.FORWARD and moved.on == date(2026, 10, 9)
        with workspace.unit_of_work() as uow:
            with pytest.raises(RuleViolation) as back:
                move_offer(uow, offer, FollowUp.PROPOSEE)
            assert back.value.code == "follow_up_backwards"
        with workspace.reading() as session:
            chase = to_follow_up(session)
    assert [c.offer.id for c in chase] == [other]
    assert chase[0].receiver == "Inès Bérard (Centre de santé)" and chase[0].idle_days == 22


def test_report_figures_and_new_links(workspace: Workspace) -> None:
    event, ids = _atelier(workspace)
    with workspace.unit_of_work() as uow:
        earlier = agenda.create_event(uow, "Atelier 2025", EventKind.AUTRE, date(2025, 10, 7), date(2025, 10, 7))
    with clock.frozen(START - timedelta(days=365)), workspace.unit_of_work() as uow:
        old = capture.state_need(uow, earlier, ids["paul"], "Communication", categories=["communication"]).id
        capture.make_offer(uow, old, ids["rachid"], "Nos réseaux sociaux")
    with clock.frozen(START), workspace.unit_of_work() as uow:
        health = capture.state_need(uow, event, ids["ines"], "Contacts en santé au travail",
                                    categories=["sante_travail"]).id
        mobility = capture.state_need(uow, event, ids["rachid"], "Un projet de mobilité douce",
                                      categories=["mobilite", "communication"]).id
        capture.state_need(uow, event, ids["zoe"], "Des locaux", categories=["locaux"])
        coop = capture.make_offer(uow, mobility, ids["paul"], "Appui en communication", kind=OfferKind.APPUI).id
        doctors = capture.make_offer(uow, health, ids["zoe"], "Médecins du travail", kind=OfferKind.CONTACT,
                                     consent_contact=True).id
        capture.make_offer(uow, health, ids["paul"], "Une mutuelle", kind=OfferKind.CONTACT)
    with clock.frozen(START + timedelta(days=30)), workspace.unit_of_work() as uow:
        move_offer(uow, coop, FollowUp.COOPERATION_NEE)
    with workspace.reading() as session:
        figures = exchange_figures(session, event)
        net = lay_out(network(session, event))
    total = figures.total
    assert (total.needs, total.answered, total.offers, total.contacts, total.cooperations) == (3, 2, 3, 1, 1)
    # Recyclerie and Mains Vertes had exchanged last year: only the two links to the health centre are new.
    assert total.new_links == 2
    by_category = {line.label: line for line in figures.by_category}
    assert by_category["Mobilité"].cooperations == 1 and by_category["Locaux et matériel"].answered == 0
    assert {line.label: line.needs for line in figures.by_commune} == \
        {"Sevran": 1, "Dugny": 1, "(commune inconnue)": 1}
    assert len(net.nodes) == 4 and len(net.edges) == 3 and net.new_links == 2
    assert [e.cooperation for e in net.edges].count(True) == 1
    assert all(-1.0 <= n.x <= 1.0 and -1.0 <= n.y <= 1.0 for n in net.nodes)
    with clock.frozen(START + timedelta(days=31)), workspace.unit_of_work() as uow:
        move_offer(uow, doctors, FollowUp.COOPERATION_NEE)
    with workspace.reading() as session:
        again = lay_out(network(session, event))
    # A follow-up step moved: the same picture (no structure jumps), one more cooperation on it.
    assert [(n.id, n.x, n.y) for n in again.nodes] == [(n.id, n.x, n.y) for n in net.nodes]
    assert [e.cooperation for e in again.edges].count(True) == 2


def test_vocabulary_reads_defaults_then_edits_sync_as_rows(workspace: Workspace) -> None:
    with workspace.reading() as session:
        assert [c.code for c in vocabulary(session)] == [code for code, _ in DEFAULT_CATEGORIES]
    with workspace.unit_of_work() as uow:
        save_category(uow.session, "mobilite", "Mobilité et transports")
        save_category(uow.session, "jeunesse", "Jeunesse")
        save_category(uow.session, "achats", "Achats responsables", archived=True)
        with pytest.raises(ValidationError):
            save_category(uow.session, "Pas Un Code", "x")
    with workspace.reading() as session:
        codes = [c.code for c in vocabulary(session)]
        assert codes[-1] == "jeunesse" and "achats" not in codes
        assert labels(session)["mobilite"] == "Mobilité et transports"
        assert labels(session)["achats"] == "Achats responsables"
    from sqlalchemy import select

    from core.models import Category, SyncChange
    with workspace.reading() as session:
        assert session.get(Category, default_id("commercial")) is not None
        logged = session.scalars(select(SyncChange.row_id).where(SyncChange.table_name == "categories")).all()
    assert default_id("commercial") in logged


def test_a_persons_export_holds_their_needs_and_offers(workspace: Workspace) -> None:
    from core.services.rgpd import export_person

    event, ids = _atelier(workspace)
    with clock.frozen(START), workspace.unit_of_work() as uow:
        need = capture.state_need(uow, event, ids["ines"], "Contacts en santé au travail").id
        capture.make_offer(uow, need, ids["zoe"], "Médecins du travail", consent_contact=True)
    assert export_person(workspace, ids["ines"])["exchanges"]["needs"][0]["title"] == "Contacts en santé au travail"
    offer = export_person(workspace, ids["zoe"])["exchanges"]["offers"][0]
    assert (offer["text"], offer["consent_contact"], offer["standing"]) == ("Médecins du travail", True, False)


def test_the_picker_puts_a_match_on_the_persons_own_name_first(workspace: Workspace) -> None:
    from core.exchanges.people import find_people

    with workspace.unit_of_work() as uow:
        event = agenda.create_event(uow, "Atelier", EventKind.AUTRE, date(2026, 10, 6), date(2026, 10, 6))
        scic = directory.create_organisation(uow, "SCIC Allard", OrganisationKind.SCIC).id
        asso = directory.create_organisation(uow, "Vélo pour tous", OrganisationKind.ASSOCIATION).id
        for first, last, org in (("Marcelle", "Leconte", scic), ("Marius", "Durand", scic),
                                 ("Martin", "Allard", asso)):
            directory.create_person(uow, first, last, organisation_id=org)
    with workspace.reading() as session:
        names = [c.name for c in find_people(session, "allar mar", event)]
        assert names[0] == "Martin Allard"
        assert set(names[1:]) == {"Marcelle Leconte", "Marius Durand"}  # still found, through their structure
        assert [c.name for c in find_people(session, "alard mar", event)][0] == "Martin Allard"  # a typo too


def test_needs_and_offers_corrected_afterwards_or_removed_and_restored(workspace: Workspace) -> None:
    event, ids = _atelier(workspace)
    with clock.frozen(START), workspace.unit_of_work() as uow:
        need = capture.state_need(uow, event, ids["ines"], "Des contats en santé", categories=["sante_travail"]).id
        offer = capture.make_offer(uow, need, ids["zoe"], "Médecins du travial", kind=OfferKind.CONSEIL).id
    with workspace.unit_of_work() as uow:
        capture.edit_need(uow, need, title="Des contacts en santé au travail", categories=["sante_travail", "rh"])
        capture.edit_offer(uow, offer, text="Médecins du travail", kind=OfferKind.CONTACT, consent_contact=True)
        move_offer(uow, offer, FollowUp.CONTACT_PRIS)
    with workspace.reading() as session:
        (seen,) = board(session, event)
        assert seen.title == "Des contacts en santé au travail"
        assert seen.category_labels == ("Santé au travail", "Recrutement / RH")
        assert [(o.text, o.kind, o.consent_contact) for o in seen.offers] == \
            [("Médecins du travail", OfferKind.CONTACT, True)]
    with workspace.unit_of_work() as uow:
        removed = capture.remove(uow, "need", need)
    with workspace.reading() as session:
        assert board(session, event) == ()
    with workspace.unit_of_work() as uow:
        capture.restore(uow, removed)
    with workspace.reading() as session:
        (back,) = board(session, event)
        assert back.title == seen.title and back.person_name == seen.person_name
        assert [(o.text, o.status) for o in back.offers] == [("Médecins du travail", FollowUp.CONTACT_PRIS)]
        assert back.id != need  # a new row: the deleted one stays deleted on every device


def test_categories_added_from_their_label_one_row_per_code(workspace: Workspace) -> None:
    from core.categories import add_category
    from core.models import Category

    with workspace.unit_of_work() as uow:
        added = add_category(uow.session, "Économie circulaire")
        with pytest.raises(RuleViolation) as twice:
            add_category(uow.session, "economie  CIRCULAIRE")
        assert twice.value.code == "category_exists"
    assert added.code == "economie_circulaire"
    with workspace.reading() as session:
        assert session.get(Category, default_id("economie_circulaire")) is not None  # the same id on every device
        assert labels(session)["economie_circulaire"] == "Économie circulaire"


def test_the_layout_is_networkx_spring_layout() -> None:
    """The layout computed in single precision places every structure where networkx's spring layout does."""
    import math
    import random

    import networkx as nx

    from core.exchanges.graph import _spring

    rng = random.Random(4)
    ids = [uuid.UUID(int=rng.getrandbits(128)).hex for _ in range(120)]
    links = sorted({(min(a, b), max(a, b), rng.randint(1, 3)) for a, b in
                    (rng.sample(ids, 2) for _ in range(200))})
    ours = _spring(ids, links, {}, 30)
    graph = nx.Graph()
    graph.add_nodes_from(ids)
    graph.add_weighted_edges_from(links)
    theirs = nx.spring_layout(graph, k=1.6 / math.sqrt(len(ids)), iterations=30, seed=18, weight="weight")

    def normalised(positions: dict) -> dict:
        xs, ys = [p[0] for p in positions.values()], [p[1] for p in positions.values()]
        span = max(max(xs) - min(xs), max(ys) - min(ys))
        return {n: ((p[0] - min(xs)) / span, (p[1] - min(ys)) / span) for n, p in positions.items()}

    a, b = normalised(ours), normalised(theirs)
    assert max(math.dist(a[n], b[n]) for n in ids) < 0.05
