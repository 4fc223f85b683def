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
    # Each page's module is imported by its factory, when the page is first shown: start-up builds only the first
    # (the agenda, desk and printing pages bring ReportLab, icalendar, pypdfium2 and QtMultimedia with them).
    return [
        PageSpec("agenda", QT_TRANSLATE_NOOP("pages", "Agenda"), _agenda_page),
        PageSpec("participants", QT_TRANSLATE_NOOP("pages", "Participants"), _participants_page),
        PageSpec("personnes", QT_TRANSLATE_NOOP("pages", "Personnes"), _people_page),
        PageSpec("structures", QT_TRANSLATE_NOOP("pages", "Structures"), _structures_page),
        PageSpec("accueil", QT_TRANSLATE_NOOP("pages", "Accueil"), _desk_page, desk_allowed=True),
        PageSpec("impressions", QT_TRANSLATE_NOOP("pages", "Impressions"), _printing_page),
        PageSpec("synchronisation", QT_TRANSLATE_NOOP("pages", "Synchronisation"), _sync_page),
    ]


def _agenda_page(context: AppContext) -> QWidget:
    from desktop.pages.agenda.page import AgendaPage

    return AgendaPage(context)


def _participants_page(context: AppContext) -> QWidget:
    from desktop.pages.participants.page import ParticipantsPage

    return ParticipantsPage(context)


def _people_page(context: AppContext) -> QWidget:
    from desktop.pages.registrations.directory_pages import PeoplePage

    return PeoplePage(context)


def _structures_page(context: AppContext) -> QWidget:
    from desktop.pages.registrations.directory_pages import StructuresPage

    return StructuresPage(context)


def _desk_page(context: AppContext) -> QWidget:
    from desktop.pages.desk.page import DeskPage

    return DeskPage(context)


def _printing_page(context: AppContext) -> QWidget:
    from desktop.pages.printing.page import PrintingPage

    return PrintingPage(context)


def _sync_page(context: AppContext) -> QWidget:
    from desktop.pages.sync.page import SyncPage

    return SyncPage(context)
