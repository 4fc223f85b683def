"""Words for the domain's enumerations and the printing stocks, translated in context "labels"."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from core.models import OrganisationKind, Source, Status
from printing.stocks import Stock

_KINDS = {
    OrganisationKind.ASSOCIATION: QT_TRANSLATE_NOOP("labels", "Association"),
    OrganisationKind.SCOP: QT_TRANSLATE_NOOP("labels", "SCOP"),
    OrganisationKind.SCIC: QT_TRANSLATE_NOOP("labels", "SCIC"),
    OrganisationKind.SIAE: QT_TRANSLATE_NOOP("labels", "SIAE"),
    OrganisationKind.REGIE_DE_QUARTIER: QT_TRANSLATE_NOOP("labels", "Régie de quartier"),
    OrganisationKind.MUTUELLE: QT_TRANSLATE_NOOP("labels", "Mutuelle"),
    OrganisationKind.FONDATION: QT_TRANSLATE_NOOP("labels", "Fondation"),
    OrganisationKind.ENTREPRISE: QT_TRANSLATE_NOOP("labels", "Entreprise"),
    OrganisationKind.COLLECTIVITE: QT_TRANSLATE_NOOP("labels", "Collectivité"),
    OrganisationKind.PARTENAIRE: QT_TRANSLATE_NOOP("labels", "Partenaire"),
    OrganisationKind.AUTRE: QT_TRANSLATE_NOOP("labels", "Autre"),
}
_STATUSES = {
    Status.CONFIRMED: QT_TRANSLATE_NOOP("labels", "Confirmé"),
    Status.WAITING: QT_TRANSLATE_NOOP("labels", "Liste d'attente"),
    Status.CANCELLED: QT_TRANSLATE_NOOP("labels", "Annulé"),
}
_SOURCES = {
    Source.IMPORT: QT_TRANSLATE_NOOP("labels", "Import"),
    Source.DESK: QT_TRANSLATE_NOOP("labels", "Accueil"),
    Source.MANUAL: QT_TRANSLATE_NOOP("labels", "Saisie"),
}

# printing.stocks names its stocks in French (it has no Qt); the same names, marked for the catalogue.
# tests/desktop/test_translations.py checks that they stay equal to printing's.
STOCK_NAMES = {
    "a4-8": QT_TRANSLATE_NOOP("labels", "A4, 8 badges 99,1 × 67,7 mm (Avery L7165 / J8165 ou équivalent)"),
    "a4-10": QT_TRANSLATE_NOOP("labels", "A4, 10 badges 99,1 × 57 mm (Avery L7173 / J8173 ou équivalent)"),
    "a6-4": QT_TRANSLATE_NOOP("labels", "A4 à découper en 4 badges A6 (105 × 148 mm)"),
    "roll-62": QT_TRANSLATE_NOOP("labels", "Rouleau 62 mm, un badge de 62 × 100 mm (Brother DK-22205)"),
    "a4-8-paper": QT_TRANSLATE_NOOP("labels", "A4 papier, 8 badges 90 × 60 mm avec traits de coupe"),
}

# core.sectors names the sectors in French (NAF sections); the same names, marked for the catalogue.
# tests/desktop/test_translations.py checks that they stay equal to core's.
SECTORS = (
    ("A", QT_TRANSLATE_NOOP("labels", "Agriculture, sylviculture et pêche")),
    ("B", QT_TRANSLATE_NOOP("labels", "Industries extractives")),
    ("C", QT_TRANSLATE_NOOP("labels", "Industrie manufacturière")),
    ("D", QT_TRANSLATE_NOOP("labels", "Énergie (électricité, gaz)")),
    ("E", QT_TRANSLATE_NOOP("labels", "Eau, assainissement, déchets")),
    ("F", QT_TRANSLATE_NOOP("labels", "Construction")),
    ("G", QT_TRANSLATE_NOOP("labels", "Commerce")),
    ("H", QT_TRANSLATE_NOOP("labels", "Transports et entreposage")),
    ("I", QT_TRANSLATE_NOOP("labels", "Hébergement et restauration")),
    ("J", QT_TRANSLATE_NOOP("labels", "Information et communication")),
    ("K", QT_TRANSLATE_NOOP("labels", "Banque et assurance")),
    ("L", QT_TRANSLATE_NOOP("labels", "Immobilier")),
    ("M", QT_TRANSLATE_NOOP("labels", "Conseil, ingénierie, activités scientifiques")),
    ("N", QT_TRANSLATE_NOOP("labels", "Services administratifs et de soutien")),
    ("O", QT_TRANSLATE_NOOP("labels", "Administration publique")),
    ("P", QT_TRANSLATE_NOOP("labels", "Enseignement")),
    ("Q", QT_TRANSLATE_NOOP("labels", "Santé et action sociale")),
    ("R", QT_TRANSLATE_NOOP("labels", "Arts, spectacles, loisirs")),
    ("S", QT_TRANSLATE_NOOP("labels", "Autres services")),
)


def sector(code: str | None) -> str:
    """A sector's name in the interface language ("" for none; an unknown code as it is)."""
    if not code:
        return ""
    text = dict(SECTORS).get(code)
    return _tr(text) if text else code


def _tr(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def organisation_kind(kind: OrganisationKind | None) -> str:
    return _tr(_KINDS[kind]) if kind is not None else ""


def status(value: Status) -> str:
    return _tr(_STATUSES[value])


def source(value: Source) -> str:
    return _tr(_SOURCES[value])


def stock_name(stock: Stock) -> str:
    return _tr(STOCK_NAMES[stock.key]) if stock.key in STOCK_NAMES else stock.name
