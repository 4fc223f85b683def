"""« Aujourd'hui »: where Envol opens. Today's and the coming events with their counts, what needs attention,
and big buttons for the day's jobs (open the desk, import registrations, print badges, print the next émargement).

It reads one `TodaySummary` on the reading worker (counts in SQL, quick at any size), when shown and after
changes while it is on screen. Its buttons only ask the main window to go somewhere (`go`) or to import.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from core.agenda.timing import local
from core.services.today import EventFigures, TodaySummary, today_summary
from core.typography import hour
from desktop import design
from desktop.context import AppContext
from desktop.dates import long_day, short_day
from desktop.empty_state import NO_EVENT, EmptyState, say
from desktop.refresh import RefreshWhenShown


def _label(text: str = "", role: str | None = None, wrap: bool = True) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(wrap)
    if role:
        label.setProperty("role", role)
    return label


def _card(role: str = "card") -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    frame.setProperty("role", role)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(*[design.SPACE["l"]] * 4)
    layout.setSpacing(design.SPACE["s"])
    return frame, layout


class JobButton(QPushButton):
    """A big button whose lines are elided to its width (a session's long title, a narrow window, a larger font):
    the whole text in its tooltip, never cut in the middle of a letter."""

    def __init__(self, icon: QIcon, text: str) -> None:
        super().__init__(icon, text)
        self.full_text = text
        self.setMinimumWidth(1)

    def set_full_text(self, text: str) -> None:
        self.full_text = text
        self._elide()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(self.iconSize().width() + 120, super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = super().sizeHint()
        return QSize(min(hint.width(), 420), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        room = self.width() - self.iconSize().width() - 48
        metrics = self.fontMetrics()
        lines = [metrics.elidedText(line, Qt.TextElideMode.ElideRight, max(40, room))
                 for line in self.full_text.split("\n")]
        shown = "\n".join(lines)
        self.setToolTip("" if shown == self.full_text else self.full_text.replace("\n", " — "))
        if shown != self.text():
            self.setText(shown)


class HomePage(QWidget):
    go = Signal(str)  # a page key: the main window shows it
    import_requested = Signal()
    print_requested = Signal(str, object)  # document key, session id or None

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.setObjectName("page")
        self.context = context
        self.summary: TodaySummary | None = None
        self.loading = False

        self.title = _label(role="display")
        self.subtitle = _label(role="muted")
        self.events_row = QHBoxLayout()
        self.events_row.setSpacing(design.SPACE["l"])
        self.attention_frame, self.attention = _card()
        self.buttons: dict[str, JobButton] = {}
        jobs = QGridLayout()
        jobs.setSpacing(design.SPACE["l"])
        for number, (key, icon, text, slot) in enumerate([
            ("desk", "accueil", self.tr("Ouvrir l'accueil\nscanner les billets, chercher un nom"),
             lambda: self.go.emit("accueil")),
            ("import", "import", self.tr("Importer des inscriptions\nHelloAsso, Weezevent, tableur"),
             self.import_requested.emit),
            ("badges", "badge", self.tr("Imprimer les badges\ndes inscrits de l'événement"),
             lambda: self.print_requested.emit("badges", None)),
            ("emargement", "emargement", self.tr("Imprimer l'émargement\nde la prochaine session"),
             self._print_next_sheet),
        ]):
            button = JobButton(design.icon(icon, design.PALETTE.accent), text)
            button.setProperty("role", "big")
            button.setIconSize(QSize(32, 32))
            button.setMinimumHeight(76)
            button.setAccessibleName(text.split("\n")[0])
            button.clicked.connect(slot)
            self.buttons[key] = button
            jobs.addWidget(button, number // 2, number % 2)

        body = QWidget()
        body.setObjectName("page")
        layout = QVBoxLayout(body)
        space = design.SPACE
        layout.setContentsMargins(space["xl"], space["xl"], space["xl"], space["xl"])
        layout.setSpacing(space["l"])
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        self.empty_state = EmptyState()  # no event at all: what to do first
        layout.addWidget(self.empty_state)
        layout.addLayout(self.events_row)
        layout.addWidget(_label(self.tr("À faire aujourd'hui"), "title"))
        layout.addLayout(jobs)
        layout.addWidget(_label(self.tr("À regarder"), "title"))
        layout.addWidget(self.attention_frame)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self.refresher = RefreshWhenShown(self, context, self.reload)
        context.event_changed.connect(lambda _event: self.reload())
        self.reload()

    # --- loading

    def reload(self) -> None:
        self.loading = True
        workspace, event = self.context.workspace, self.context.current_event
        self.context.tasks.read(lambda: today_summary(workspace, event.id if event else None), self.show_summary)

    def show_summary(self, summary: TodaySummary) -> None:
        self.summary = summary
        self.loading = False
        self.title.setText(self.tr("Aujourd'hui"))
        self.subtitle.setText(long_day(summary.today, capitalised=True))
        self._show_events(summary)
        self._show_attention(summary)
        has_event = summary.current is not None
        for key in ("desk", "badges", "emargement", "import"):
            self.buttons[key].setEnabled(has_event)
        self.buttons["emargement"].setEnabled(summary.next_session is not None)
        if summary.next_session is not None:
            self.buttons["emargement"].set_full_text(self.tr("Imprimer l'émargement\n{0} · {1}").format(
                hour(local(summary.next_session.starts_at)), summary.next_session.title))

    def _show_events(self, summary: TodaySummary) -> None:
        while self.events_row.count():
            item = self.events_row.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        events = list(summary.events)
        if summary.current is not None and summary.current.id not in {e.id for e in events}:
            events.insert(0, summary.current)
        self.empty_state.show_text(None if events else say(NO_EVENT))
        if not events:
            frame, layout = _card()
            layout.addWidget(_label(self.tr("Aucun événement à venir."), "title"))
            button = QPushButton(design.icon("agenda"), self.tr("Aller à l'agenda"))
            button.setProperty("role", "primary")
            button.clicked.connect(lambda: self.go.emit("agenda"))
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
            self.events_row.addWidget(frame)
            return
        for event in events[:3]:
            self.events_row.addWidget(self._event_card(event, summary))
        self.events_row.addStretch(1)

    def _event_card(self, event: EventFigures, summary: TodaySummary) -> QFrame:
        frame, layout = _card()
        frame.setMinimumWidth(260)
        when = self.tr("Aujourd'hui") if event.is_today else (
            short_day(event.starts_on) if event.starts_on == event.ends_on
            else self.tr("du {0} au {1}").format(short_day(event.starts_on), short_day(event.ends_on)))
        if summary.current is not None and event.id == summary.current.id:
            when += " · " + self.tr("événement courant")
        layout.addWidget(_label(when, "muted"))
        name = _label(event.name, "title")
        layout.addWidget(name)
        figures = QGridLayout()
        for column, (number, text) in enumerate([(event.registered, self.tr("inscrits")),
                                                   (event.checked_in, self.tr("accueillis")),
                                                   (event.waiting, self.tr("en attente"))]):
            value = _label(f"{number:n}".replace(",", "\u202f"), "display", wrap=False)
            value.setAccessibleName(f"{number} {text}")
            figures.addWidget(value, 0, column)
            figures.addWidget(_label(text, "muted", wrap=False), 1, column)
        layout.addLayout(figures)
        return frame

    def _show_attention(self, summary: TodaySummary) -> None:
        layout = self.attention
        while layout.count():
            item = layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        lines: list[tuple[str, str, str]] = []  # (icon, text, page)
        if summary.conflicts:
            lines.append(("warning", self.tr("%n conflit(s) dans l'agenda de l'événement courant", "",
                                             summary.conflicts), "agenda"))
        if summary.duplicate_people:
            lines.append(("personnes", self.tr("%n doublon(s) probable(s) de personnes à examiner", "",
                                               summary.duplicate_people), "personnes"))
        if summary.duplicate_structures:
            lines.append(("structures", self.tr("%n structure(s) en double (même SIRET)", "",
                                                summary.duplicate_structures), "structures"))
        if summary.sync_reviews:
            lines.append(("warning", self.tr("%n conflit(s) ou double(s) entrée(s) apportés par la synchronisation",
                                             "", summary.sync_reviews), "synchronisation"))
        if summary.sync_waiting:
            lines.append(("synchronisation", self.tr("%n changement(s) pas encore synchronisé(s)", "",
                                                     summary.sync_waiting), "synchronisation"))
        last = (self.tr("Dernière synchronisation : {0}").format(
            f"{short_day(summary.last_sync_at.date())} {summary.last_sync_at.astimezone():%H:%M}")
            if summary.last_sync_at else self.tr("Jamais synchronisé avec un serveur central ou une clé USB."))
        self.attention_frame.setProperty("role", "attention" if lines else "card")
        self.attention_frame.style().unpolish(self.attention_frame)
        self.attention_frame.style().polish(self.attention_frame)
        if not lines:
            layout.addWidget(_label(self.tr("Rien ne demande votre attention."), None))
        for icon, text, page in lines:
            layout.addWidget(self._attention_line(icon, text, lambda p=page: self.go.emit(p)))
        layout.addWidget(_label(last, "muted"))

    def _attention_line(self, icon: str, text: str, open_page: Callable[[], None]) -> QPushButton:
        button = QPushButton(design.icon(icon, design.PALETTE.warn), text + "  →")
        button.setProperty("role", "link")
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.clicked.connect(open_page)
        return button

    def _print_next_sheet(self) -> None:
        if self.summary is not None and self.summary.next_session is not None:
            self.print_requested.emit("emargement", self.summary.next_session.id)
