"""The verdict in words, icon and colour, for the desk page and the command line.

Kept free of Qt (QT_TRANSLATE_NOOP is only a marker) so that `envol checkin` can use it headless.
Colour never carries the meaning alone: every verdict also has its icon and its sentence.
"""

from __future__ import annotations

from core.checkin import Reason
from desktop.messages import QT_TRANSLATE_NOOP

CONTEXT = "desk"

WORDS: dict[str, str] = {
    Reason.VALID: QT_TRANSLATE_NOOP("desk", "Bienvenue ! Entrée enregistrée."),
    Reason.ALREADY_CHECKED_IN: QT_TRANSLATE_NOOP("desk", "Déjà enregistré(e) à {when} au poste « {where} »."),
    Reason.CANCELLED: QT_TRANSLATE_NOOP("desk", "Inscription annulée."),
    Reason.WAITING_LIST: QT_TRANSLATE_NOOP("desk", "Sur liste d'attente : pas encore de place confirmée."),
    Reason.NOT_REGISTERED_TO_SESSION: QT_TRANSLATE_NOOP("desk", "Pas inscrit(e) à cette session."),
    Reason.OTHER_EVENT: QT_TRANSLATE_NOOP("desk", "Billet d'un autre événement."),
    Reason.REVOKED: QT_TRANSLATE_NOOP("desk", "Billet révoqué (perdu ou remplacé) : demandez une pièce d'identité."),
    Reason.FORGED: QT_TRANSLATE_NOOP("desk", "Billet falsifié : la signature ne correspond pas."),
    Reason.UNREADABLE: QT_TRANSLATE_NOOP("desk", "Lecture impossible : rescannez ou cherchez par le nom."),
    Reason.UNKNOWN: QT_TRANSLATE_NOOP("desk", "Billet inconnu sur ce poste : cherchez par le nom ou synchronisez."),
    Reason.AMBIGUOUS: QT_TRANSLATE_NOOP(
        "desk", "Ce code correspond à plusieurs billets : scannez le QR code ou cherchez la personne par son nom."),
    Reason.ADMITTED_UNREGISTERED: QT_TRANSLATE_NOOP(
        "desk", "Admis(e) sans inscription à cette session : c'est noté, et compté à part."),
    "undo": QT_TRANSLATE_NOOP("desk", "Annulé"),
}

# The verdict in a word or two, for the list of recent passages (the full sentence is its tooltip).
SHORT_WORDS: dict[str, str] = {
    Reason.VALID: QT_TRANSLATE_NOOP("desk", "Entrée"),
    Reason.ALREADY_CHECKED_IN: QT_TRANSLATE_NOOP("desk", "Déjà entré(e)"),
    Reason.CANCELLED: QT_TRANSLATE_NOOP("desk", "Inscription annulée"),
    Reason.WAITING_LIST: QT_TRANSLATE_NOOP("desk", "Liste d'attente"),
    Reason.NOT_REGISTERED_TO_SESSION: QT_TRANSLATE_NOOP("desk", "Pas inscrit(e)"),
    Reason.OTHER_EVENT: QT_TRANSLATE_NOOP("desk", "Autre événement"),
    Reason.REVOKED: QT_TRANSLATE_NOOP("desk", "Billet révoqué"),
    Reason.FORGED: QT_TRANSLATE_NOOP("desk", "Billet falsifié"),
    Reason.UNREADABLE: QT_TRANSLATE_NOOP("desk", "Illisible"),
    Reason.UNKNOWN: QT_TRANSLATE_NOOP("desk", "Inconnu"),
    Reason.AMBIGUOUS: QT_TRANSLATE_NOOP("desk", "Code ambigu"),
    Reason.ADMITTED_UNREGISTERED: QT_TRANSLATE_NOOP("desk", "Admis sans inscription"),
    "undo": QT_TRANSLATE_NOOP("desk", "Annulation"),
}

# (icon, background colour): green tick, amber "already", red cross; readable by colour-blind volunteers
# through the icon and the words.
STYLE: dict[str, tuple[str, str]] = {
    Reason.VALID: ("✔", "#1b7f3b"),
    Reason.ALREADY_CHECKED_IN: ("⟳", "#b36b00"),
    Reason.WAITING_LIST: ("⏳", "#b36b00"),
    Reason.NOT_REGISTERED_TO_SESSION: ("⚠", "#b36b00"),
    Reason.ADMITTED_UNREGISTERED: ("✔", "#1b6f7f"),
}
REFUSED = ("✖", "#b00020")


def style(reason: str) -> tuple[str, str]:
    return STYLE.get(reason, REFUSED)
