"""The main window assembles the pages; it holds no feature logic of its own."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, QTimer
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from core.errors import EnvolError
from core.services.agenda_places import EventDetail
from core.services.desk_lock import desk_lock
from core.services.events import EventInfo, list_events
from desktop import design
from desktop.about import show_about
from desktop.choices import ValueCombo
from desktop.context import AppContext
from desktop.language import current_language, save_language
from desktop.lazy_pages import LazyPages
from desktop.messages import describe
from desktop.pages import PageSpec, page_specs
from desktop.sidebar import Sidebar


def may_change_events(summary: object) -> bool:
    """Whether a data_changed summary can add, rename, re-date or remove an event: an event written (its detail),
    one deleted (the next current event, or None), or changes brought by a sync."""
    from core.sync.bundle import BundleReport  # here: the sync modules are not needed to open the window
    from core.sync.service import SyncReport

    return summary is None or isinstance(summary, (EventDetail, EventInfo, SyncReport, BundleReport))


RESTART_FOR_LANGUAGE = {
    "fr": "La langue choisie sera utilisée au prochain démarrage d'Envol.",
    "en": "The chosen language will be used the next time Envol starts.",
}


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.setWindowTitle(self.tr("Envol — {0}").format(context.workspace.path.name))
        self.resize(self.first_size())

        self.specs: list[PageSpec] = page_specs()
        self.sidebar = Sidebar()
        self.nav = self.sidebar.list
        self.stack = QStackedWidget()
        self.pages = LazyPages(self.specs, context, self.stack, self._page_built)
        self.desk_locked = False
        self.page_shortcuts: list[QAction] = []
        for number, spec in enumerate(self.specs, start=1):
            keys = f"Ctrl+{number}" if number < 10 else ""
            self.sidebar.add_page(spec.key, QCoreApplication.translate("pages", spec.title),
                                  QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText))
            if keys:
                shortcut = QAction(self)
                shortcut.setShortcut(QKeySequence(keys))
                shortcut.triggered.connect(lambda _=False, row=number - 1: self.nav.setCurrentRow(row))
                self.addAction(shortcut)
                self.page_shortcuts.append(shortcut)
        self.nav.currentRowChanged.connect(self._row_chosen)
        self._sidebar_folded_by_width = False
        self._fit_timer = QTimer(self, singleShot=True, interval=0)
        self._fit_timer.timeout.connect(self._fit_sidebar)
        self.sidebar.toggle.clicked.connect(lambda: setattr(self, "_sidebar_folded_by_width", False))

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setSpacing(0)
        right_layout.addWidget(self._build_header())
        right_layout.addWidget(self.stack, 1)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        layout.addWidget(right, 1)
        self.setCentralWidget(central)

        self._build_menus()
        self.statusBar().addWidget(QLabel(str(context.workspace.path)))
        self.lock_label = QLabel(self.tr("Accueil verrouillé — seul l'accueil est disponible"))
        palette = design.PALETTE
        self.lock_label.setStyleSheet(f"QLabel {{ background: {palette.bad}; color: {palette.accent_text}; "
                                      "font-weight: bold; padding: 2px 8px; border-radius: 4px; }")
        self.lock_label.setVisible(False)
        self.statusBar().addPermanentWidget(self.lock_label)
        from desktop.pages.sync.status import SyncIndicator, install_sync_status

        self.sync_indicator = install_sync_status(self, context)  # offline / syncing / up to date / N waiting
        self.header_sync = SyncIndicator(context, lambda: self.show_page("synchronisation"))
        self.header_sync.setObjectName("header_sync")
        self.header_layout.addWidget(self.header_sync)
        context.tasks.unhandled.connect(self.show_error)
        self._badges_timer = QTimer(self, singleShot=True, interval=1500)  # a burst of scans, one count
        self._badges_timer.timeout.connect(self._load_badges)
        context.data_changed.connect(lambda _summary: self._badges_timer.start())
        context.event_changed.connect(lambda _event: self._badges_timer.start())
        self._load_badges()
        self.show_page("aujourdhui")
        workspace = context.workspace  # a desk locked when Envol last closed opens locked, in front
        context.tasks.database(lambda: desk_lock(workspace).locked,
                               lambda locked: self.show_page("accueil") if locked else None)

    def _page_built(self, key: str, page: QWidget) -> None:
        if hasattr(page, "lock_changed"):  # a desk locked now comes to the front, and the window locks with it
            page.lock_changed.connect(lambda locked: self.set_desk_locked(locked, key))
            if getattr(page, "is_locked", lambda: False)():
                self.set_desk_locked(True, key)
        self._connect_home(key, page)

    def set_desk_locked(self, locked: bool, key: str = "accueil") -> None:
        """The desk lock, for the whole window: while locked only the desk page (`key`) and its own actions work.

        Navigation (the page list and Ctrl+1…9), every menu action and its shortcut (Ctrl+I…) and the event chooser
        are disabled, and the status bar says so for as long as it lasts. One method, whatever the navigation looks
        like: a new way to change page must be disabled here too."""
        self.desk_locked = locked
        if locked:
            self.show_page(key)
        self.nav.setEnabled(not locked)
        for shortcut in self.page_shortcuts:
            shortcut.setEnabled(not locked)
        for action in self._menu_actions():
            action.setEnabled(not locked)
        self.event_box.setEnabled(not locked)
        self.lock_label.setVisible(locked)

    def _menu_actions(self) -> list[QAction]:
        found: list[QAction] = []
        pending = list(self.menuBar().actions())
        while pending:
            action = pending.pop()
            menu = action.menu()
            if menu is not None:
                pending += menu.actions()
            elif not action.isSeparator():
                found.append(action)
        return found

    def _connect_home(self, key: str, page: QWidget) -> None:
        if key == "aujourdhui":  # the home page's big buttons
            page.go.connect(self.show_page)
            page.import_requested.connect(self._open_import)
            page.print_requested.connect(self._open_printing)

    def _open_printing(self, document: str, session_id: object) -> None:
        self.show_page("impressions")
        page = self.pages["impressions"]
        if hasattr(page, "prepare"):
            page.prepare(document, session_id)

    def _load_badges(self) -> None:
        from core.services.today import today_summary

        workspace, event = self.context.workspace, self.context.current_event
        self.context.tasks.read(lambda: today_summary(workspace, event.id if event else None), self._show_badges)

    def _show_badges(self, summary: object) -> None:
        from core.services.today import TodaySummary

        assert isinstance(summary, TodaySummary)
        self.sidebar.set_badge("accueil", summary.to_check_in,
                               self.tr("%n personne(s) encore attendue(s) aujourd'hui", "", summary.to_check_in))
        self.sidebar.set_badge("agenda", summary.conflicts, self.tr("%n conflit(s)", "", summary.conflicts))
        self.sidebar.set_badge("personnes", summary.duplicate_people,
                               self.tr("%n doublon(s) à examiner", "", summary.duplicate_people))
        self.sidebar.set_badge("structures", summary.duplicate_structures,
                               self.tr("%n doublon(s) à examiner", "", summary.duplicate_structures))
        self.sidebar.set_badge("synchronisation", summary.sync_reviews,
                               self.tr("%n conflit(s) ou double(s) entrée(s) à régler", "", summary.sync_reviews))

    def _row_chosen(self, row: int) -> None:
        # The check-in desk lock keeps volunteers on desk_allowed pages, whatever asks for another one.
        locked = self.desk_locked or any(getattr(page, "is_locked", lambda: False)() for page in self.pages.built())
        if locked and not self.specs[row].desk_allowed:
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(self.stack.currentIndex())
            self.nav.blockSignals(False)
            self.statusBar().showMessage(self.tr("Accueil verrouillé : déverrouillez-le avec le code PIN."), 5000)
            return
        self.pages[self.specs[row].key]  # built on first visit
        self.stack.setCurrentIndex(row)
        self._fit_timer.start()

    # --- a page wider than the room left (150 %, a larger font): the sidebar folds to its icons by itself, and
    # unfolds when there is room again, unless the user folded or unfolded it meanwhile (their choice stands).
    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if hasattr(self, "_fit_timer"):  # a resize during construction comes before the pages
            self._fit_timer.start()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange) and hasattr(self, "_fit_timer"):
            self._fit_timer.start()  # a larger or smaller font: what the pages need changes with it

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LayoutRequest:  # the page's needs changed (its rows arrived, a font)
            self._fit_timer.start()
        return False

    def _fit_sidebar(self) -> None:
        page = self.pages.built_page(self.current_page_key())
        if page is None:
            return
        page.installEventFilter(self)  # once per page: Qt does not install a filter twice
        needed, room = page.minimumSizeHint().width(), self.stack.width()
        sidebar = self.sidebar
        if not sidebar.collapsed and needed > room:
            sidebar.set_collapsed(True)
            self._sidebar_folded_by_width = True
        elif sidebar.collapsed and self._sidebar_folded_by_width and \
                needed + design.SIDEBAR_WIDTH - design.SIDEBAR_COLLAPSED <= room:
            sidebar.set_collapsed(False)
            self._sidebar_folded_by_width = False

    def show_page(self, key: str) -> None:
        self.nav.setCurrentRow([spec.key for spec in self.specs].index(key))

    @staticmethod
    def first_size() -> QSize:
        """1366×768, or the screen's free room when it has less (1920×1080 at 150 % is 1280×720), the panels
        left out; a larger screen gets a larger window, up to 1600×1000. Offscreen (tests, the gallery): 1366×768."""
        screen = QGuiApplication.primaryScreen()
        if screen is None or QGuiApplication.platformName() in ("offscreen", "minimal"):
            return QSize(1366, 768)
        room = screen.availableGeometry()
        width = min(room.width(), max(1366, min(1600, int(room.width() * 0.85))))
        height = min(room.height() - 40, max(768, min(1000, int(room.height() * 0.85))))  # 40: the title bar
        return QSize(width, height)

    def current_page(self) -> QWidget:
        """The page shown (the stack holds each page in its scroll area)."""
        return self.pages[self.current_page_key()]

    def current_page_key(self) -> str:
        return self.specs[self.stack.currentIndex()].key

    def show_error(self, error: BaseException) -> None:
        if isinstance(error, EnvolError):
            text = describe(error, QCoreApplication.translate)
        else:
            text = self.tr("Une erreur inattendue s'est produite ; rien n'a été enregistré pour cette action.\n\n{0}") \
                .format(error)
        QMessageBox.warning(self, self.tr("Envol"), text)

    def _build_header(self) -> QFrame:
        """The current event and the sync state, always in sight above every page."""
        header = QFrame()
        header.setObjectName("header")
        self.header_layout = QHBoxLayout(header)
        self.header_layout.setContentsMargins(16, 8, 16, 8)
        label = QLabel(self.tr("Événement : "))
        label.setProperty("role", "muted")
        self.header_layout.addWidget(label)
        self.event_box = ValueCombo()
        self.event_box.setObjectName("header_event_box")
        self.event_box.setMinimumWidth(240)  # a long event name gives way on a narrow screen (tooltip)
        self.event_box.shrinkable(20)
        self.event_box.setAccessibleName(self.tr("Événement courant"))
        label.setBuddy(self.event_box)
        self.event_box.setMaximumWidth(520)
        self.header_layout.addWidget(self.event_box, 3)  # takes the room it finds, up to 520 px
        self.header_layout.addStretch(1)
        self._watch_events()
        return header

    def _watch_events(self) -> None:
        workspace = self.context.workspace
        self.context.tasks.database(lambda: list_events(workspace), self._events_loaded)
        self.event_box.currentIndexChanged.connect(self._event_chosen)
        # An event created, duplicated, renamed or deleted (or brought by a sync) joins the chooser. Other changes
        # (a scan every few seconds at the desk, registrations, prints) leave the list as it is.
        self.context.data_changed.connect(
            lambda summary: self.context.tasks.database(lambda: list_events(workspace), self._events_loaded)
            if may_change_events(summary) else None)

    def _events_loaded(self, events: list[EventInfo]) -> None:
        self.event_box.blockSignals(True)
        self.event_box.clear()
        for event in events:
            self.event_box.add_choice(event.name, event)
        current = self.context.current_event
        if current is not None:
            self.event_box.setCurrentIndex(max(0, [e.id for e in events].index(current.id)
                                               if current.id in [e.id for e in events] else 0))
        self.event_box.blockSignals(False)

    def _event_chosen(self, index: int) -> None:
        self.context.set_event(self.event_box.value_at(index))

    def _choose_language(self, code: str) -> None:
        save_language(code)
        for action in self.language_menu.actions():
            action.setChecked(action.text() == ("Français" if code == "fr" else "English"))
        # Retranslating every live widget is fragile; the next start is entirely in the chosen language,
        # and this message is written in that language, whatever the current one.
        QMessageBox.information(self, "Envol", RESTART_FOR_LANGUAGE[code])

    def _open_import(self) -> None:
        from desktop.pages.registrations.actions import open_import

        open_import(self.context, self)

    def ask_device_name(self) -> None:
        from desktop.device_name import ask_device_name

        ask_device_name(self.context, self)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Fichier"))
        import_action = file_menu.addAction(self.tr("&Importer des inscriptions…"))  # registrations feature
        import_action.setShortcut(QKeySequence("Ctrl+I"))
        import_action.triggered.connect(self._open_import)
        device_action = file_menu.addAction(self.tr("&Nom de ce poste…"))  # « au poste « Accueil 1 » »
        device_action.triggered.connect(self.ask_device_name)
        quit_action = file_menu.addAction(self.tr("&Quitter"))
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.language_menu = self.menuBar().addMenu(self.tr("&Langue"))
        for code, name in (("fr", "Français"), ("en", "English")):  # each language named in itself
            action = self.language_menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(current_language() == code)
            action.triggered.connect(lambda _=False, c=code: self._choose_language(c))
        help_menu = self.menuBar().addMenu(self.tr("&Aide"))
        about = help_menu.addAction(self.tr("À &propos d'Envol"))
        about.triggered.connect(lambda: show_about(self, self.context.workspace.path))
