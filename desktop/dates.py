"""Dates in the interface language: « jeudi 1er novembre 2026 » / "Thursday 1 November 2026", « jeu. 12/11 ».

Qt's locale would name the days too, but the words live in the catalogue (context "dates") so that the interface
follows the chosen language whatever the machine's locale, as printing and core's French wording do.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

SHORT_WEEKDAYS = [  # Monday first, as date.weekday()
    QT_TRANSLATE_NOOP("dates", "lun."), QT_TRANSLATE_NOOP("dates", "mar."), QT_TRANSLATE_NOOP("dates", "mer."),
    QT_TRANSLATE_NOOP("dates", "jeu."), QT_TRANSLATE_NOOP("dates", "ven."), QT_TRANSLATE_NOOP("dates", "sam."),
    QT_TRANSLATE_NOOP("dates", "dim."),
]
WEEKDAYS = [
    QT_TRANSLATE_NOOP("dates", "lundi"), QT_TRANSLATE_NOOP("dates", "mardi"), QT_TRANSLATE_NOOP("dates", "mercredi"),
    QT_TRANSLATE_NOOP("dates", "jeudi"), QT_TRANSLATE_NOOP("dates", "vendredi"), QT_TRANSLATE_NOOP("dates", "samedi"),
    QT_TRANSLATE_NOOP("dates", "dimanche"),
]
MONTHS = [
    QT_TRANSLATE_NOOP("dates", "janvier"), QT_TRANSLATE_NOOP("dates", "février"), QT_TRANSLATE_NOOP("dates", "mars"),
    QT_TRANSLATE_NOOP("dates", "avril"), QT_TRANSLATE_NOOP("dates", "mai"), QT_TRANSLATE_NOOP("dates", "juin"),
    QT_TRANSLATE_NOOP("dates", "juillet"), QT_TRANSLATE_NOOP("dates", "août"), QT_TRANSLATE_NOOP("dates", "septembre"),
    QT_TRANSLATE_NOOP("dates", "octobre"), QT_TRANSLATE_NOOP("dates", "novembre"),
    QT_TRANSLATE_NOOP("dates", "décembre"),
]


def _tr(word: str) -> str:
    return QCoreApplication.translate("dates", word)


def short_day(day: date) -> str:
    """« jeu. 12/11 » (English: "Thu 12/11")."""
    return f"{_tr(SHORT_WEEKDAYS[day.weekday()])} {day.day:02d}/{day.month:02d}"


def long_day(day: date, *, capitalised: bool = False) -> str:
    """« jeudi 1er novembre 2026 » (English: "Thursday 1 November 2026")."""
    number = QCoreApplication.translate("dates", "1er") if day.day == 1 else str(day.day)
    text = f"{_tr(WEEKDAYS[day.weekday()])} {number} {_tr(MONTHS[day.month - 1])} {day.year}"
    return text[:1].upper() + text[1:] if capitalised else text
