"""The demo programme as data: the Mois de l'ESS around the Rencontres territoriales, as offsets from the day the
demo is built (the Rencontres take place that day), so that the demo is alive whenever it is opened.

Organisations and venues are public structures of the territory; people are generated elsewhere.
"""

from __future__ import annotations

from core.models import Audience, OrganisationKind, SessionKind

# (name, kind, commune, INSEE code, member of the network)
ORGANISATIONS: list[tuple[str, OrganisationKind, str, str, bool]] = [
    ("Maison de santé La Force d'Épione", OrganisationKind.ASSOCIATION, "Le Blanc-Mesnil", "93007", True),
    ("Régie de quartier de Tremblay-en-France", OrganisationKind.REGIE_DE_QUARTIER, "Tremblay-en-France", "93073", True),
    ("La Recyclerie Sportive", OrganisationKind.ASSOCIATION, "Dugny", "93030", True),
    ("France Active Métropole", OrganisationKind.PARTENAIRE, "Paris", "75056", False),
    ("Coopérative Terres de Sevran", OrganisationKind.SCIC, "Sevran", "93071", True),
    ("Atelier d'insertion Les Mains Vertes", OrganisationKind.SIAE, "Aulnay-sous-Bois", "93005", True),
    ("SCOP Bâtir Ensemble", OrganisationKind.SCOP, "Drancy", "93029", True),
    ("Épicerie solidaire du Bourget", OrganisationKind.ASSOCIATION, "Le Bourget", "93013", True),
    ("Ressourcerie de Villepinte", OrganisationKind.SIAE, "Villepinte", "93078", True),
    ("Mutuelle Entraide Nord-Est", OrganisationKind.MUTUELLE, "Aulnay-sous-Bois", "93005", False),
    ("Établissement public territorial Paris Terres d'Envol", OrganisationKind.COLLECTIVITE, "Aulnay-sous-Bois", "93005", False),
    ("Aéroports et Services SA", OrganisationKind.ENTREPRISE, "Tremblay-en-France", "93073", False),
    ("Logistique Grand Roissy", OrganisationKind.ENTREPRISE, "Villepinte", "93078", False),
    ("Café associatif Le Lien", OrganisationKind.ASSOCIATION, "Sevran", "93071", True),
    ("Jardins partagés de Drancy", OrganisationKind.ASSOCIATION, "Drancy", "93029", False),
    ("Coopérative d'activité Envol'Emploi", OrganisationKind.SCOP, "Le Blanc-Mesnil", "93007", True),
]

# (key, name, address, commune, INSEE, accessibility, rooms as (name, capacity))
VENUES: list[tuple[str, str, str, str, str, str, list[tuple[str, int]]]] = [
    ("ept", "Siège de Paris Terres d'Envol", "Rue Paul Cézanne", "Aulnay-sous-Bois", "93005",
     "Accessible en fauteuil roulant, boucle magnétique en salle du conseil",
     [("Salle du conseil", 120), ("Salle Cézanne", 40), ("Salle Monet", 25)]),
    ("espace", "Espace Jacques Prévert", "Rue Jacques Prévert", "Aulnay-sous-Bois", "93005",
     "Plain-pied, places PMR devant l'entrée",
     [("Grande salle", 300), ("Salle A", 60), ("Salle B", 60), ("Salle C", 30)]),
    ("tiers", "Tiers-lieu La Fabrique", "Avenue de la Gare", "Sevran", "93071",
     "Rez-de-chaussée accessible ; étage sans ascenseur", [("Atelier", 30), ("Mezzanine", 20)]),
    ("mairie", "Mairie annexe", "Place de la Libération", "Dugny", "93030",
     "Ascenseur, toilettes adaptées", [("Salle des fêtes", 80)]),
]

MOIS_ESS = "Mois de l'ESS {year}"
RENCONTRES = "Rencontres territoriales de l'ESS {year}"
MOIS_SPAN_DAYS = 14  # the Mois de l'ESS runs from 14 days before the Rencontres to 14 days after
LAST_EDITION_DAYS = 371  # last year's Rencontres: 53 weeks earlier (same weekday), past a year's retention

# Mois de l'ESS: (title, kind, days from the Rencontres, start "HH:MM", end, venue key, room, capacity, audience,
# facilitators); the first three are past when the demo opens (with check-ins), the others to come.
MOIS_SESSIONS: list[tuple[str, SessionKind, int, str, str, str, str, int | None, Audience, str]] = [
    ("Atelier d'interconnaissance des lauréats de l'appel à projets ESS", SessionKind.ATELIER, -12, "09:30", "12:30",
     "ept", "Salle Cézanne", 40, Audience.LAUREATES, "Service ESS de Paris Terres d'Envol"),
    ("Atelier commercial : vendre ses services aux entreprises et aux collectivités", SessionKind.ATELIER, -9,
     "14:00", "17:00", "tiers", "Atelier", 20, Audience.OPEN, "France Active Métropole"),
    ("Financer son projet ESS : prêts d'honneur et garanties", SessionKind.ATELIER, -5, "09:30", "12:00",
     "ept", "Salle Monet", 25, Audience.OPEN, "France Active Métropole"),
    ("Visite de La Recyclerie Sportive", SessionKind.VISITE, 3, "14:00", "16:00", "mairie", "Salle des fêtes",
     15, Audience.OPEN, "La Recyclerie Sportive"),
    ("Marchés publics responsables : répondre à plusieurs", SessionKind.ATELIER, 7, "14:00", "17:00", "ept",
     "Salle Cézanne", 30, Audience.OPEN, "Service commande publique"),
    ("Clôture du Mois de l'ESS", SessionKind.PLENIERE, 12, "18:00", "20:00", "espace", "Grande salle", None,
     Audience.OPEN, "Élus et structures lauréates"),
]

# Rencontres territoriales: (title, kind, start, end, room, capacity, audience, facilitators). The times are those of
# a day opening at 09:00; the demo moves the whole day so that a session is running when it is built.
RENCONTRES_SESSIONS: list[tuple[str, SessionKind, str, str, str, int | None, Audience, str]] = [
    ("Plénière d'ouverture", SessionKind.PLENIERE, "09:00", "10:00", "Grande salle", None, Audience.OPEN,
     "Président de l'EPT, France Active Métropole"),
    ("Rendez-vous ESS – grandes entreprises (1er créneau)", SessionKind.RENDEZ_VOUS, "10:15", "11:15", "Salle A",
     40, Audience.INVITATION, "Service ESS"),
    ("Achats responsables : ce que cherchent les entreprises", SessionKind.ATELIER, "10:15", "11:15", "Salle B",
     50, Audience.OPEN, "Logistique Grand Roissy"),
    ("Rendez-vous ESS – grandes entreprises (2e créneau)", SessionKind.RENDEZ_VOUS, "11:30", "12:30", "Salle A",
     40, Audience.INVITATION, "Service ESS"),
    ("Mécénat de compétences et bénévolat d'entreprise", SessionKind.ATELIER, "11:30", "12:30", "Salle B",
     50, Audience.OPEN, "Aéroports et Services SA"),
    ("Insertion par l'activité économique et emploi local", SessionKind.ATELIER, "14:00", "15:30", "Salle C",
     25, Audience.OPEN, "Atelier d'insertion Les Mains Vertes"),
    ("Coopérer entre structures : SCIC et groupements", SessionKind.ATELIER, "14:00", "15:30", "Salle B",
     50, Audience.OPEN, "Coopérative Terres de Sevran"),
]
