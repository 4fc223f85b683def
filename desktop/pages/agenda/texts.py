"""Words of the agenda page: enumerations and conflict sentences (templates live in desktop.messages).

Everything here is translated in context "agenda". lupdate reads only literal calls, so words are marked with
QT_TRANSLATE_NOOP("agenda", …) and `tr()` below is only ever given a marked variable, never a literal.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from core.agenda.conflicts import Conflict, ConflictCode
from core.models import Audience, SessionKind
from core.services.agenda_read import AgendaData
from desktop.messages import message_text

KINDS = {
    SessionKind.ATELIER: QT_TRANSLATE_NOOP("agenda", "Atelier"),
    SessionKind.PLENIERE: QT_TRANSLATE_NOOP("agenda", "Plénière"),
    SessionKind.RENDEZ_VOUS: QT_TRANSLATE_NOOP("agenda", "Rendez-vous"),
    SessionKind.VISITE: QT_TRANSLATE_NOOP("agenda", "Visite"),
    SessionKind.ATELIER_ECHANGES: QT_TRANSLATE_NOOP("agenda", "Atelier d'échanges"),
    SessionKind.AUTRE: QT_TRANSLATE_NOOP("agenda", "Autre"),
}
AUDIENCES = {
    Audience.OPEN: QT_TRANSLATE_NOOP("agenda", "Ouvert à tous"),
    Audience.LAUREATES: QT_TRANSLATE_NOOP("agenda", "Lauréats"),
    Audience.INVITATION: QT_TRANSLATE_NOOP("agenda", "Sur invitation"),
}

CONFLICT_HEADER = QT_TRANSLATE_NOOP("agenda", "Conflit")


def tr(text: str) -> str:
    return QCoreApplication.translate("agenda", text)


def kind(value: SessionKind) -> str:
    return tr(KINDS[value])


def audience(value: Audience) -> str:
    return tr(AUDIENCES[value])


def conflict_text(conflict: Conflict, data: AgendaData) -> str:
    titles = [s.title if (s := data.session(i)) else "?" for i in conflict.session_ids]
    room = data.room(conflict.room_id)
    values = {"first": titles[0], "second": titles[-1], "room": room.name if room else "",
              "facilitator": conflict.facilitator or "", "capacity": conflict.capacity, "confirmed": conflict.confirmed}
    text = message_text(conflict.code.value, values, QCoreApplication.translate) or conflict.code.value
    if conflict.code == ConflictCode.ENDS_BEFORE_START:
        text = f"« {titles[0]} » : {text}"
    return text
