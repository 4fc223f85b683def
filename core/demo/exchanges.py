"""Demo: last October's atelier d'interconnaissance of fifteen lauréats of the network's calls for projects, their
needs and the offers they answered with on the spot, some followed up to a cooperation — among them the seed's
stories: the health centre looking for contacts in occupational health, the insertion structure offering
communication support and starting a soft-mobility project with the sports recyclery. A few exchanges at last
year's Rencontres give the suggestions a history and make "new links" mean something.

Rows are written through the services, each stamped at the time it would have been written (the clock is held
there while it is), so the follow-up list, the report and the graph read them as real ones.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from faker import Faker
from sqlalchemy import select

from core import clock
from core.categories import ensure_seeded
from core.db.unit_of_work import UnitOfWork
from core.exchanges import capture
from core.exchanges.followup import move_offer
from core.models import Event, EventKind, FollowUp, OfferKind, Organisation, OrganisationKind, SessionKind
from core.services import agenda, directory, registrations, tickets

# Structures of the demo directory that take part (found by name), and lauréats added for the atelier.
HEALTH = "Maison de santé La Force d'Épione"
INSERTION = "Atelier d'insertion Les Mains Vertes"
RECYCLERY = "La Recyclerie Sportive"
MUTUAL = "Mutuelle Entraide Nord-Est"
EXTRA_LAUREATES: list[tuple[str, OrganisationKind, str, str]] = [
    ("Ludothèque Les Petits Pas", OrganisationKind.ASSOCIATION, "Villepinte", "93078"),
    ("Compagnie Théâtre en Cité", OrganisationKind.ASSOCIATION, "Sevran", "93071"),
    ("Vélo-école de Sevran", OrganisationKind.ASSOCIATION, "Sevran", "93071"),
    ("Traiteur solidaire Saveurs d'ici", OrganisationKind.SIAE, "Drancy", "93029"),
    ("Repair café du Bourget", OrganisationKind.ASSOCIATION, "Le Bourget", "93013"),
    ("Couveuse d'activités Cap Entreprendre", OrganisationKind.ASSOCIATION, "Le Blanc-Mesnil", "93007"),
]
OCCUPATIONAL = ("Réseau des médecins du travail Nord 93", OrganisationKind.ASSOCIATION, "Aulnay-sous-Bois", "93005")

# (structure, need, categories) — the first three carry the seed's stories.
NEEDS: list[tuple[str, str, tuple[str, ...]]] = [
    (HEALTH, "Des contacts en santé au travail pour notre équipe soignante", ("sante_travail", "rh")),
    (RECYCLERY, "Faire connaître notre projet de mobilité douce", ("communication", "mobilite")),
    (INSERTION, "Développer notre offre auprès des entreprises", ("commercial",)),
    ("Ludothèque Les Petits Pas", "Trouver un local pour nos ateliers du mercredi", ("locaux",)),
    ("Compagnie Théâtre en Cité", "Un contact au ministère des Sports pour un projet sport-culture",
     ("mecenat", "gouvernance")),
    ("Vélo-école de Sevran", "Recruter un·e encadrant·e technique vélo", ("rh", "mobilite")),
    ("Traiteur solidaire Saveurs d'ici", "Répondre aux marchés publics de restauration", ("commercial", "juridique")),
    ("Repair café du Bourget", "Un logiciel simple pour suivre nos réparations", ("numerique",)),
    ("Couveuse d'activités Cap Entreprendre", "Financer un poste d'accompagnateur", ("financement",)),
    ("Régie de quartier de Tremblay-en-France", "Mutualiser un véhicule utilitaire", ("mobilite", "achats")),
    ("Coopérative Terres de Sevran", "Ouvrir notre sociétariat aux habitants", ("gouvernance", "juridique")),
    ("SCOP Bâtir Ensemble", "Trouver des fournisseurs de matériaux de réemploi", ("achats",)),
    ("Épicerie solidaire du Bourget", "Former nos bénévoles à l'accueil", ("formation",)),
    ("Café associatif Le Lien", "Refaire notre site internet", ("numerique", "communication")),
    ("Ressourcerie de Villepinte", "Trouver un mécène pour notre camion", ("mecenat", "financement")),
]
# Answers by category: (kind, text).
ANSWERS: dict[str, list[tuple[OfferKind, str]]] = {
    "commercial": [(OfferKind.CONSEIL, "Présenter l'offre en trois formules claires, avec un prix par salarié"),
                   (OfferKind.MISE_EN_RELATION, "Mise en relation avec la responsable RSE d'un grand groupe")],
    "communication": [(OfferKind.OUTIL, "Nos modèles Canva pour les réseaux sociaux"),
                      (OfferKind.CONSEIL, "Passer par la radio locale, ils cherchent des sujets")],
    "locaux": [(OfferKind.RESSOURCE, "Notre salle est libre le mercredi après-midi"),
               (OfferKind.CONTACT, "Le service patrimoine de la mairie connaît les locaux vacants")],
    "mecenat": [(OfferKind.CONTACT, "La fondation d'entreprise de l'aéroport soutient ce type de projet"),
                (OfferKind.CONSEIL, "Monter un dossier de mécénat de compétences plutôt que financier")],
    "gouvernance": [(OfferKind.APPUI, "Nous sommes passés en SCIC l'an dernier : on partage nos statuts"),
                    (OfferKind.CONTACT, "Un contact à la délégation régionale académique jeunesse et sports")],
    "rh": [(OfferKind.OUTIL, "Notre fiche de poste et notre grille d'entretien"),
           (OfferKind.MISE_EN_RELATION, "Le chargé de relations entreprises de la Mission locale")],
    "juridique": [(OfferKind.CONSEIL, "Se grouper à plusieurs structures pour répondre au lot"),
                  (OfferKind.RESSOURCE, "Le guide des clauses sociales de la commande publique")],
    "numerique": [(OfferKind.OUTIL, "Un tableur partagé suffit, on vous montre le nôtre"),
                  (OfferKind.APPUI, "Deux bénévoles développeurs peuvent vous aider un samedi")],
    "financement": [(OfferKind.CONTACT, "France Active accompagne ce genre de poste"),
                    (OfferKind.CONSEIL, "L'appel à projets du Département ouvre en janvier")],
    "mobilite": [(OfferKind.RESSOURCE, "Nous prêtons notre camion le week-end"),
                 (OfferKind.CONTACT, "La plateforme mobilité du territoire")],
    "achats": [(OfferKind.CONTACT, "La matériauthèque de Sevran récupère les chutes de chantier"),
               (OfferKind.OUTIL, "Notre liste de fournisseurs locaux")],
    "formation": [(OfferKind.APPUI, "Notre formatrice peut animer une demi-journée"),
                  (OfferKind.RESSOURCE, "Le catalogue de formations gratuites du réseau")],
    "sante_travail": [(OfferKind.CONTACT, "Le service de prévention de la mutuelle")],
}
STANDING: list[tuple[str, OfferKind, str, tuple[str, ...]]] = [
    (MUTUAL, OfferKind.APPUI, "Prévention des risques professionnels pour les petites équipes", ("sante_travail",)),
    (INSERTION, OfferKind.APPUI, "Appui en communication : affiches, réseaux sociaux, presse locale",
     ("communication",)),
    ("SCOP Bâtir Ensemble", OfferKind.RESSOURCE, "Prêt de notre salle de réunion le samedi", ("locaux",)),
]


def last_october_day(today: date) -> date:
    """The second Tuesday of the last October that has passed."""
    year = today.year if (today.month, today.day) > (10, 15) else today.year - 1
    first = date(year, 10, 1)
    return first + timedelta(days=(1 - first.weekday()) % 7 + 7)


def add_demo_exchanges(uow: UnitOfWork, *, day: date | None = None, orgs: Sequence[uuid.UUID] = (),
                       rng: random.Random | None = None, fake: Faker | None = None) -> uuid.UUID:
    """Write the atelier (and last year's smaller one); returns the atelier's event id. `orgs`: the demo's
    structures (those named above are found among them, or by name)."""
    rng = rng or random.Random(18)
    fake = fake or Faker("fr_FR", seed=18)
    day = day or last_october_day(clock.today())
    session = uow.session
    ensure_seeded(session)
    by_name = {o.name: o.id for o in session.scalars(select(Organisation).where(Organisation.id.in_(list(orgs))))} \
        if orgs else {}
    by_name |= {o.name: o.id for o in session.scalars(select(Organisation))}
    for name, org_kind, commune, insee in [*EXTRA_LAUREATES, OCCUPATIONAL]:
        if name not in by_name:
            by_name[name] = directory.create_organisation(uow, name, org_kind, commune=commune, insee_code=insee,
                                                          is_member=name != OCCUPATIONAL[0]).id
    for name in (HEALTH, INSERTION, RECYCLERY, MUTUAL):
        if name not in by_name:  # a directory without the demo's structures still gets the stories
            by_name[name] = directory.create_organisation(uow, name, OrganisationKind.ASSOCIATION).id

    def someone(structure: str) -> uuid.UUID:
        return directory.create_person(uow, fake.first_name(), fake.last_name(), email=fake.unique.free_email(),
                                       phone=fake.phone_number(), organisation_id=by_name[structure],
                                       role=fake.job()[:100], consent_communication=True).id

    people = {structure: someone(structure) for structure, _title, _codes in NEEDS}
    people[MUTUAL] = someone(MUTUAL)
    people[OCCUPATIONAL[0]] = someone(OCCUPATIONAL[0])

    previous, previous_day = _earlier_event(uow, day)
    current = _atelier(uow, day, "octobre " + str(day.year))
    for person in people.values():
        registrations.register(uow, person, current[0], [current[1]])
    tickets.ensure_tickets(uow, current[0])  # every registration of the demo has its ticket
    at = agenda.local_time(day, "09:45")

    with clock.frozen(agenda.local_time(previous_day, "15:00")):
        old = capture.state_need(uow, previous, people[INSERTION], "Trouver des clients pour nos paniers bio",
                                 categories=["commercial"]).id
        capture.make_offer(uow, old, people["Coopérative Terres de Sevran"], "Notre réseau d'AMAP", kind=OfferKind.CONTACT)
        old = capture.state_need(uow, previous, people["Ressourcerie de Villepinte"], "Un local de stockage",
                                 categories=["locaux"]).id
        capture.make_offer(uow, old, people["Régie de quartier de Tremblay-en-France"], "Un box du bailleur social",
                           kind=OfferKind.CONTACT)
    for structure, kind, text, codes in STANDING:
        with clock.frozen(at - timedelta(days=rng.randint(20, 200))):
            capture.make_standing_offer(uow, people[structure], text, kind=kind, categories=list(codes))

    offers: dict[str, uuid.UUID] = {}
    others = [s for s, _t, _c in NEEDS]
    for number, (structure, title, codes) in enumerate(NEEDS):
        at += timedelta(minutes=9)
        with clock.frozen(at):
            need = capture.state_need(uow, current[0], people[structure], title, categories=list(codes),
                                      session_id=current[1]).id
        if number == 0:  # the health centre: occupational doctors and mutual insurers, contacts passed on
            answers = [(OCCUPATIONAL[0], OfferKind.CONTACT, "Le réseau des médecins du travail du secteur", True),
                       (MUTUAL, OfferKind.CONTACT, "Les mutuelles qui ont un service de prévention", True)]
        elif number == 1:  # the sports recyclery: the insertion structure's communication support
            answers = [(INSERTION, OfferKind.APPUI,
                        "Appui en communication, et pourquoi pas un projet de mobilité douce ensemble", True)]
        else:
            pool = [a for code in codes for a in ANSWERS.get(code, [])]
            answers = [(rng.choice([s for s in others if s != structure]), kind, text, rng.random() < 0.6)
                       for kind, text in rng.sample(pool, k=min(len(pool), rng.choice([0, 1, 1, 2, 2, 3])))]
        for giver, kind, text, consent in answers:
            at += timedelta(minutes=1)
            with clock.frozen(at):
                offers[f"{number}:{giver}"] = capture.make_offer(uow, need, people[giver], text, kind=kind,
                                                                 consent_contact=consent).id
    _follow_up(uow, day, offers, rng)
    return current[0]


def _earlier_event(uow: UnitOfWork, day: date) -> tuple[uuid.UUID, date]:
    """Where the network's earlier exchanges were held: last year's Rencontres (a table of the day was an atelier
    d'échanges) when the demo has them before the atelier, else an atelier a year earlier."""
    earlier = uow.session.scalars(select(Event).where(Event.kind == EventKind.RENCONTRES, Event.starts_on < day)
                                  .order_by(Event.starts_on.desc()).limit(1)).first()
    if earlier is not None:
        return earlier.id, earlier.starts_on
    before = day.replace(year=day.year - 1)
    return _atelier(uow, before, "octobre " + str(before.year))[0], before


def _atelier(uow: UnitOfWork, day: date, month: str) -> tuple[uuid.UUID, uuid.UUID]:
    event = agenda.create_event(uow, f"Atelier d'interconnaissance des lauréats — {month}", EventKind.AUTRE, day, day,
                                capacity=30, description="Quinze lauréats des appels à projets ESS : chacun dit un "
                                "besoin, les autres répondent par un contact, un outil ou un conseil.")
    session = agenda.create_session(uow, event, "Atelier d'interconnaissance", agenda.local_time(day, "09:30"),
                                    agenda.local_time(day, "12:30"), kind=SessionKind.ATELIER_ECHANGES, capacity=30,
                                    facilitators="Service ESS de Paris Terres d'Envol")
    return event, session.id


def _follow_up(uow: UnitOfWork, day: date, offers: dict[str, uuid.UUID], rng: random.Random) -> None:
    """The office's follow-up in the weeks after: the stories moved on, a few others too, the rest untouched."""
    story: list[tuple[str, FollowUp, int, str | None]] = [
             (f"0:{OCCUPATIONAL[0]}", FollowUp.CONTACT_PRIS, 3, "Mail envoyé au réseau le lendemain"),
             (f"0:{MUTUAL}", FollowUp.RENDEZ_VOUS, 12, "Rendez-vous avec la chargée de prévention"),
             (f"1:{INSERTION}", FollowUp.CONTACT_PRIS, 2, "Premier échange par téléphone"),
             (f"1:{INSERTION}", FollowUp.RENDEZ_VOUS, 9, "Réunion avec la recyclerie"),
             (f"1:{INSERTION}", FollowUp.COOPERATION_NEE, 30, "Projet de mobilité douce : vélos reconditionnés")]
    rest = sorted(set(offers) - {key for key, *_ in story})
    for key in rng.sample(rest, k=min(len(rest), 6)):
        story.append((key, rng.choice([FollowUp.CONTACT_PRIS, FollowUp.RENDEZ_VOUS, FollowUp.SANS_SUITE]),
                      rng.randint(3, 20), None))
    for key, step, after, note in story:
        # A demo built soon after the atelier squeezes the weeks after it into the days there were.
        when = min(datetime.combine(day + timedelta(days=after), datetime.min.time(), UTC) + timedelta(hours=9),
                   clock.now() - timedelta(minutes=len(story)))
        with clock.frozen(when):
            move_offer(uow, offers[key], step, on=when.astimezone(ZoneInfo(clock.NETWORK_TIMEZONE)).date(),
                       note=note)
