"""Words for the domain's enumerations, translated in context "labels"."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from core.models import OrganisationKind, Source, Status

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


def _tr(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def organisation_kind(kind: OrganisationKind | None) -> str:
    return _tr(_KINDS[kind]) if kind is not None else ""


def status(value: Status) -> str:
    return _tr(_STATUSES[value])


def source(value: Source) -> str:
    return _tr(_SOURCES[value])
