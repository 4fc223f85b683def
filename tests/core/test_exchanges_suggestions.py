"""Suggestions for a need, ranked by their reasons on a handcrafted case."""

from __future__ import annotations

from datetime import UTC, date, datetime

from core import clock
from core.db.workspace import Workspace
from core.exchanges import capture
from core.exchanges.suggestions import Reason, stems, suggest
from core.models import EventKind, OfferKind, OrganisationKind
from core.services import agenda, directory, registrations


def test_stems_fold_accents_plurals_and_small_words() -> None:
    assert stems("Les Médecins du TRAVAIL et des mutuelles") == {"medecin", "travail", "mutuelle"}


def test_suggestions_ranked_with_their_reasons(workspace: Workspace) -> None:
    with workspace.unit_of_work() as uow:
        old = agenda.create_event(uow, "Atelier 2025", EventKind.AUTRE, date(2025, 10, 7), date(2025, 10, 7))
        now = agenda.create_event(uow, "Atelier 2026", EventKind.AUTRE, date(2026, 10, 6), date(2026, 10, 6))

        def person(first: str, org: str, kind: OrganisationKind = OrganisationKind.ASSOCIATION) -> object:
            org_id = directory.create_organisation(uow, org, kind).id
            return directory.create_person(uow, first, "Test", organisation_id=org_id).id

        asker = person("Inès", "Centre de santé")
        veteran = person("Véra", "Réseau prévention")  # offered occupational-health contacts last year
        standing = person("Sami", "Coop conseil")  # a standing offer in the category
        wordy = person("Wanda", "Asso emploi")  # offered about "médecins du travail", uncategorised
        mutual = person("Marc", "Mutuelle Entraide", OrganisationKind.MUTUELLE)  # in the room, kind only
        stranger = person("Sven", "Club de foot")  # nothing to do with it
        other_asker = person("Olga", "Épicerie")
        for who in (mutual, stranger, asker):
            registrations.register(uow, who, now)
    with clock.frozen(datetime(2025, 10, 7, 9, tzinfo=UTC)), workspace.unit_of_work() as uow:
        earlier = capture.state_need(uow, old, other_asker, "Prévention des risques", categories=["sante_travail"]).id
        capture.make_offer(uow, earlier, veteran, "Contact d'un service de santé au travail", kind=OfferKind.CONTACT)
        other = capture.state_need(uow, old, other_asker, "Recruter").id
        capture.make_offer(uow, other, wordy, "Les medecins du travial de la plateforme emploi")  # typo on purpose
        capture.make_standing_offer(uow, standing, "Diagnostic des risques professionnels",
                                    categories=["sante_travail"])
    with clock.frozen(datetime(2026, 10, 6, 9, tzinfo=UTC)), workspace.unit_of_work() as uow:
        need = capture.state_need(uow, now, asker, "Contacts de médecins du travail",
                                  categories=["sante_travail"]).id
    with workspace.reading() as session:
        found = suggest(session, need)
    names = [s.name for s in found]
    assert names[:4] == ["Véra Test", "Sami Test", "Wanda Test", "Marc Test"]
    assert "Sven Test" not in names and "Inès Test" not in names
    vera, sami, wanda, marc = found[:4]
    assert vera.reasons[0].reason == Reason.OFFERED_IN_CATEGORY and vera.reasons[0].detail == "Santé au travail"
    assert vera.reasons[0].kind == OfferKind.CONTACT
    assert sami.reasons[0].reason == Reason.STANDING_OFFER
    assert wanda.reasons[0].reason == Reason.OFFERED_SIMILAR  # "travial" forgiven, "medecins" without accent
    assert [w.reason for w in marc.reasons] == [Reason.STRUCTURE_KIND, Reason.IN_THE_ROOM]
    assert marc.reasons[0].detail == "mutuelle" and marc.in_the_room


def test_suggestions_follow_offers_added_edited_and_withdrawn(workspace: Workspace) -> None:
    """The history index is brought up to date as offers come, are corrected or go (never rebuilt meanwhile):
    the list is always what a fresh reading of every offer would give."""
    from core.exchanges import suggestions

    with workspace.unit_of_work() as uow:
        now = agenda.create_event(uow, "Atelier 2026", EventKind.AUTRE, date(2026, 10, 6), date(2026, 10, 6))

        def person(first: str, org: str) -> object:
            org_id = directory.create_organisation(uow, org, OrganisationKind.ASSOCIATION).id
            return directory.create_person(uow, first, "Test", organisation_id=org_id).id

        asker, first_giver, late_giver, other = (person("Inès", "Centre de santé"), person("Véra", "Réseau"),
                                                 person("Léo", "Vélo solidaire"), person("Olga", "Épicerie"))
    with clock.frozen(datetime(2026, 10, 6, 9, tzinfo=UTC)), workspace.unit_of_work() as uow:
        old = capture.state_need(uow, now, other, "Un local", categories=["locaux"]).id
        capture.make_offer(uow, old, first_giver, "Une salle de réunion à prêter")
        need = capture.state_need(uow, now, asker, "Une salle pour nos ateliers", categories=["locaux"]).id
    with workspace.reading() as session:
        assert [s.name for s in suggest(session, need)] == ["Véra Test"]
        index = suggestions.history(session)
    with clock.frozen(datetime(2026, 10, 6, 9, 5, tzinfo=UTC)), workspace.unit_of_work() as uow:
        late = capture.make_offer(uow, old, late_giver, "Notre atelier vélo a une salle").id
    with workspace.reading() as session:
        assert [s.name for s in suggest(session, need)] == ["Léo Test", "Véra Test"]  # both in the room: by name
        assert suggestions.history(session) is index  # taken in, not rebuilt
        suggestions._cache.clear()
        assert [s.name for s in suggest(session, need)] == ["Léo Test", "Véra Test"]  # as read afresh
        index = suggestions.history(session)
    with clock.frozen(datetime(2026, 10, 6, 9, 10, tzinfo=UTC)), workspace.unit_of_work() as uow:
        capture.edit_need(uow, old, categories=[])  # the answers lose the category
        capture.edit_offer(uow, late, text="Notre garage vélo a une cour")
    with workspace.reading() as session:
        # Véra's "salle" still matches the need's words; Léo's offer no longer says anything of it.
        assert [(s.name, [w.reason for w in s.reasons]) for s in suggest(session, need)] == \
            [("Véra Test", [Reason.OFFERED_SIMILAR, Reason.IN_THE_ROOM])]
        assert suggestions.history(session) is index  # edited in place
    with clock.frozen(datetime(2026, 10, 6, 9, 15, tzinfo=UTC)), workspace.unit_of_work() as uow:
        capture.edit_offer(uow, late, text="Notre garage vélo a une salle libre")
        capture.withdraw(uow, "offer", next(o.id for o in board_offers(workspace, now) if o.giver_name == "Véra Test"))
    with workspace.reading() as session:
        assert [s.name for s in suggest(session, need)] == ["Léo Test"]
        assert suggestions.history(session) is index
        suggestions._cache.clear()
        assert [s.name for s in suggest(session, need)] == ["Léo Test"]  # as read afresh


def board_offers(workspace: Workspace, event: object) -> list:
    from core.exchanges.board import board

    with workspace.reading() as session:
        return [offer for need in board(session, event) for offer in need.offers]
