"""The pages of the main window, in the order of the navigation bar.

Each entry: a stable key, a title marked for translation, and a factory(context) -> QWidget.
A feature replaces its placeholder here by its own page.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

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
    from desktop.pages.agenda.page import AgendaPage
    from desktop.pages.desk.page import DeskPage
    from desktop.pages.participants.page import ParticipantsPage
    from desktop.pages.printing.page import PrintingPage
    from desktop.pages.registrations.directory_pages import PeoplePage, StructuresPage

    return [
        PageSpec("agenda", QT_TRANSLATE_NOOP("pages", "Agenda"), AgendaPage),
        PageSpec("participants", QT_TRANSLATE_NOOP("pages", "Participants"), ParticipantsPage),
        PageSpec("personnes", QT_TRANSLATE_NOOP("pages", "Personnes"), PeoplePage),
        PageSpec("structures", QT_TRANSLATE_NOOP("pages", "Structures"), StructuresPage),
        PageSpec("accueil", QT_TRANSLATE_NOOP("pages", "Accueil"), DeskPage, desk_allowed=True),
        PageSpec("impressions", QT_TRANSLATE_NOOP("pages", "Impressions"), PrintingPage),
        PageSpec("synchronisation", QT_TRANSLATE_NOOP("pages", "Synchronisation"), _sync_page),
    ]


def _sync_page(context: AppContext) -> QWidget:
    from desktop.pages.sync.page import SyncPage

    return SyncPage(context)
