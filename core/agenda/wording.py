"""French words for the agenda's enumerations in documents made without Qt (calendar files, printed programme)."""

from __future__ import annotations

from datetime import date, datetime

from core.models import Audience, SessionKind

KINDS = {
    SessionKind.ATELIER: "Atelier",
    SessionKind.PLENIERE: "Plénière",
    SessionKind.RENDEZ_VOUS: "Rendez-vous",
    SessionKind.VISITE: "Visite",
    SessionKind.ATELIER_ECHANGES: "Atelier d'échanges",
    SessionKind.AUTRE: "Autre",
}
AUDIENCES = {
    Audience.OPEN: "Ouvert à tous",
    Audience.LAUREATES: "Réservé aux lauréats",
    Audience.INVITATION: "Sur invitation",
}
_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"]


def long_date(day: date) -> str:
    """« jeudi 12 novembre 2026 » without depending on the machine's locale."""
    first = "1er" if day.day == 1 else str(day.day)
    return f"{_DAYS[day.weekday()]} {first} {_MONTHS[day.month - 1]} {day.year}"


def clock(moment: datetime) -> str:
    """« 14 h 00 », the French typographic way of writing a time."""
    return f"{moment.hour} h {moment.minute:02d}"
