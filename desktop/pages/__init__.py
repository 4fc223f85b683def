"""The pages of the main window, in the order of the navigation bar.

Each entry: a stable key, a title marked for translation, and a factory(context) -> QWidget.
A feature replaces its placeholder here by its own page.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from desktop.context import AppContext


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str  # source text (French); translated in context "pages"
    factory: Callable[[AppContext], QWidget]
    desk_allowed: bool = False  # reachable while the check-in desk is locked


def page_specs() -> list[PageSpec]:
    # Each page's module is imported by its factory, when the page is first shown: start-up builds only the first
    # (the agenda, desk and printing pages bring ReportLab, icalendar, pypdfium2 and QtMultimedia with them).
    return [
        PageSpec("agenda", QT_TRANSLATE_NOOP("pages", "Agenda"), _lazy("agenda.page", "AgendaPage")),
        PageSpec("participants", QT_TRANSLATE_NOOP("pages", "Participants"),
                 _lazy("participants.page", "ParticipantsPage")),
        PageSpec("personnes", QT_TRANSLATE_NOOP("pages", "Personnes"),
                 _lazy("registrations.directory_pages", "PeoplePage")),
        PageSpec("structures", QT_TRANSLATE_NOOP("pages", "Structures"),
                 _lazy("registrations.directory_pages", "StructuresPage")),
        PageSpec("accueil", QT_TRANSLATE_NOOP("pages", "Accueil"), _lazy("desk.page", "DeskPage"), desk_allowed=True),
        PageSpec("echanges", QT_TRANSLATE_NOOP("pages", "Échanges"), _lazy("exchanges.page", "ExchangesPage")),
        PageSpec("impressions", QT_TRANSLATE_NOOP("pages", "Impressions"), _lazy("printing.page", "PrintingPage")),
        PageSpec("synchronisation", QT_TRANSLATE_NOOP("pages", "Synchronisation"), _lazy("sync.page", "SyncPage")),
    ]


def _lazy(module: str, name: str) -> Callable[[AppContext], QWidget]:
    """A factory that imports desktop.pages.<module> only when the page is built."""

    def build(context: AppContext) -> QWidget:
        page: QWidget = getattr(import_module(f"desktop.pages.{module}"), name)(context)
        return page

    return build
