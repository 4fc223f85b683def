"""Words of the atelier d'échanges (context "exchanges"): offer kinds, follow-up steps, reasons of suggestions,
and what an action did."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from core.exchanges.capture import Captured
from core.exchanges.suggestions import Reason, Suggestion, Why
from core.models import FollowUp, OfferKind, OrganisationKind
from desktop.labels import organisation_kind

KINDS = {
    OfferKind.CONTACT: QT_TRANSLATE_NOOP("exchanges", "Contact"),
    OfferKind.OUTIL: QT_TRANSLATE_NOOP("exchanges", "Outil"),
    OfferKind.CONSEIL: QT_TRANSLATE_NOOP("exchanges", "Conseil"),
    OfferKind.MISE_EN_RELATION: QT_TRANSLATE_NOOP("exchanges", "Mise en relation"),
    OfferKind.APPUI: QT_TRANSLATE_NOOP("exchanges", "Appui"),
    OfferKind.RESSOURCE: QT_TRANSLATE_NOOP("exchanges", "Ressource"),
}
# "a déjà proposé <un contact> en santé au travail"
KINDS_WITH_ARTICLE = {
    OfferKind.CONTACT: QT_TRANSLATE_NOOP("exchanges", "un contact"),
    OfferKind.OUTIL: QT_TRANSLATE_NOOP("exchanges", "un outil"),
    OfferKind.CONSEIL: QT_TRANSLATE_NOOP("exchanges", "un conseil"),
    OfferKind.MISE_EN_RELATION: QT_TRANSLATE_NOOP("exchanges", "une mise en relation"),
    OfferKind.APPUI: QT_TRANSLATE_NOOP("exchanges", "un appui"),
    OfferKind.RESSOURCE: QT_TRANSLATE_NOOP("exchanges", "une ressource"),
}
STEPS = {
    FollowUp.PROPOSEE: QT_TRANSLATE_NOOP("exchanges", "Proposée"),
    FollowUp.CONTACT_PRIS: QT_TRANSLATE_NOOP("exchanges", "Contact pris"),
    FollowUp.RENDEZ_VOUS: QT_TRANSLATE_NOOP("exchanges", "Rendez-vous"),
    FollowUp.COOPERATION_NEE: QT_TRANSLATE_NOOP("exchanges", "Coopération née"),
    FollowUp.SANS_SUITE: QT_TRANSLATE_NOOP("exchanges", "Sans suite"),
}
REASONS = {
    Reason.OFFERED_IN_CATEGORY: QT_TRANSLATE_NOOP("exchanges", "a déjà proposé {kind} en {detail}"),
    Reason.STANDING_OFFER: QT_TRANSLATE_NOOP("exchanges", "propose : « {detail} »"),
    Reason.OFFERED_SIMILAR: QT_TRANSLATE_NOOP("exchanges", "a déjà proposé « {detail} »"),
    Reason.STRUCTURE_KIND: QT_TRANSLATE_NOOP("exchanges", "structure de type {detail}"),
    Reason.IN_THE_ROOM: QT_TRANSLATE_NOOP("exchanges", "présent·e à cet atelier"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("exchanges", text)


def kind(value: OfferKind) -> str:
    return _tr(KINDS[value])


def step(value: FollowUp) -> str:
    return _tr(STEPS[value])


def why(reason: Why) -> str:
    detail = reason.detail
    if reason.reason == Reason.STRUCTURE_KIND:
        label = organisation_kind(OrganisationKind(detail))
        detail = label if label.isupper() else label.lower()  # "SIAE", "SCOP" stay as they are written
    text = _tr(REASONS[reason.reason]).format(
        kind=_tr(KINDS_WITH_ARTICLE[reason.kind]) if reason.kind else "", detail=detail)
    if reason.reason == Reason.OFFERED_IN_CATEGORY and reason.count > 1:
        text += f" (×{reason.count})"
    return text


def suggestion_line(suggestion: Suggestion) -> str:
    who = suggestion.name if suggestion.person_id is None or not suggestion.structure \
        else f"{suggestion.name} ({suggestion.structure})"
    return f"{who} — " + " ; ".join(why(w) for w in suggestion.reasons)


def captured(result: Captured) -> str:
    if result.withdrawn:
        text = QCoreApplication.translate("exchanges", "Besoin retiré.") if result.kind == "need" \
            else QCoreApplication.translate("exchanges", "Offre retirée.")
    else:
        text = QCoreApplication.translate("exchanges", "Besoin noté.") if result.kind == "need" \
            else QCoreApplication.translate("exchanges", "Offre notée.")
    return _said_if_trimmed(text, result)


def corrected(result: Captured) -> str:
    text = QCoreApplication.translate("exchanges", "Besoin corrigé.") if result.kind == "need" \
        else QCoreApplication.translate("exchanges", "Offre corrigée.")
    return _said_if_trimmed(text, result)


def _said_if_trimmed(text: str, result: Captured) -> str:
    if not result.trimmed:
        return text
    return text + " " + QCoreApplication.translate("exchanges", "Le texte était trop long : il a été raccourci.")


def restored(result: Captured) -> str:
    return QCoreApplication.translate("exchanges", "Besoin rétabli, avec ses offres.") if result.kind == "need" \
        else QCoreApplication.translate("exchanges", "Offre rétablie.")
