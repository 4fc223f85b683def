"""The interface language chosen by the user, kept in Qt's settings (French unless English was chosen)."""

from __future__ import annotations

from PySide6.QtCore import QSettings

LANGUAGE_KEY = "interface/language"
LANGUAGES = ("fr", "en")


def current_language() -> str:
    value = str(QSettings("Envol", "Envol").value(LANGUAGE_KEY, "fr"))
    return value if value in LANGUAGES else "fr"


def save_language(code: str) -> None:
    QSettings("Envol", "Envol").setValue(LANGUAGE_KEY, code)
