"""Events from the Agenda page: the event form, "duplicate the event" (this year's Rencontres from last year's), delete.

Dialogs open with open(), not exec(): window-modal without a nested event loop, so tests drive them like a user.
The database work runs on the serial worker; the main window's event chooser reloads on data_changed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from core import clock
from core.agenda.timing import DEFAULT_TIMEZONE
from core.errors import EnvolError, ValidationError
from core.models import EventKind
from core.services.agenda_places import (
    EventDetail,
    EventDraft,
    add_event,
    delete_event,
    duplicate_event,
    update_event,
    validate_event,
)
from core.services.events import EventInfo, current_event
from desktop.choices import ValueCombo
from desktop.form_baseline import Baseline
from desktop.messages import describe

EVENT_KINDS = {
    EventKind.MOIS_ESS: QT_TRANSLATE_NOOP("agenda", "Mois de l'ESS (plusieurs lieux, plusieurs jours)"),
    EventKind.RENCONTRES: QT_TRANSLATE_NOOP("agenda", "Rencontres (une journée, salles en parallèle)"),
    EventKind.AUTRE: QT_TRANSLATE_NOOP("agenda", "Autre"),
}


def parse_capacity(text: str) -> int | None:
    """A typed number of places, or None when empty; the services then refuse 0 or negative."""
    text = text.strip()
    if text and not text.lstrip("-").isdigit():
        raise ValidationError("bad_capacity_text", "capacity is not a number", value=text)
    return int(text) if text else None


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def day_of(edit: QDateEdit) -> date:
    q = edit.date()
    return date(q.year(), q.month(), q.day())


def next_edition_name(name: str, old_year: int, new_year: int) -> str:
    """"Rencontres … 2026" becomes "Rencontres … 2027"; a name without the year is kept as it is."""
    return re.sub(rf"\b{old_year}\b", str(new_year), name) if old_year != new_year else name


def event_info(detail: EventDetail) -> EventInfo:
    d = detail.draft
    return EventInfo(detail.id, d.name, d.kind, d.starts_on, d.ends_on, d.timezone, d.capacity)


class _Form(QDialog):
    """A dialog that checks what is typed on OK and stays open with the reason when it is refused."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.form = QFormLayout()
        self.error = QLabel()
        self.error.setStyleSheet("color: #a01010")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def check(self) -> None:
        raise NotImplementedError

    def accept(self) -> None:
        try:
            self.check()
        except EnvolError as error:
            self.error.setText(describe(error, QCoreApplication.translate))
            return  # nothing typed is lost
        super().accept()


class EventDialog(_Form):
    """Create or edit an event: name, kind, dates, capacity, description, registration link."""

    def __init__(self, parent: QWidget | None, detail: EventDetail | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nouvel événement") if detail is None else self.tr("Modifier l'événement"))
        self.timezone = detail.draft.timezone if detail else DEFAULT_TIMEZONE
        self.result_draft: EventDraft | None = None
        self.original = detail.draft if detail else None
        self.changed: frozenset[str] | None = None  # the fields edited (None: a new event, all of them)
        self.name = QLineEdit()
        self.kind = ValueCombo()
        for value, label in EVENT_KINDS.items():
            self.kind.add_choice(QCoreApplication.translate("agenda", str(label)), value)
        self.starts_on, self.ends_on = QDateEdit(), QDateEdit()
        for edit in (self.starts_on, self.ends_on):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
        self.capacity = QLineEdit()
        self.capacity.setPlaceholderText(self.tr("vide : sans limite"))
        self.registration_url = QLineEdit()
        self.registration_url.setPlaceholderText("https://")
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(80)
        for label, widget in ((self.tr("&Nom"), self.name), (self.tr("&Type"), self.kind),
                              (self.tr("&Début"), self.starts_on), (self.tr("&Fin"), self.ends_on),
                              (self.tr("&Places"), self.capacity),
                              (self.tr("&Lien d'inscription"), self.registration_url),
                              (self.tr("D&escription"), self.description)):
            self.form.addRow(label, widget)
        if detail is None:
            day = today or clock.today()
            self.starts_on.setDate(qdate(day))
            self.ends_on.setDate(qdate(day))
        else:
            d = detail.draft
            self.name.setText(d.name)
            self.kind.set_value(d.kind, str(d.kind))
            self.starts_on.setDate(qdate(d.starts_on))
            self.ends_on.setDate(qdate(d.ends_on))
            self.capacity.setText("" if d.capacity is None else str(d.capacity))
            self.registration_url.setText(d.registration_url or "")
            self.description.setPlainText(d.description or "")
        self.baseline = Baseline()
        for name, widget in (("name", self.name), ("kind", self.kind), ("starts_on", self.starts_on),
                             ("ends_on", self.ends_on), ("capacity", self.capacity),
                             ("registration_url", self.registration_url), ("description", self.description)):
            self.baseline.watch(name, widget)
        if detail is not None:
            self.baseline.take()
        # A one-day event is the common case: moving the start moves an end that was before it.
        self.starts_on.dateChanged.connect(
            lambda day: self.ends_on.setDate(day) if self.ends_on.date() < day else None)
        self.name.setFocus()

    def check(self) -> None:
        typed = EventDraft(
            name=self.name.text(), kind=self.kind.value(), starts_on=day_of(self.starts_on),
            ends_on=day_of(self.ends_on), timezone=self.timezone,
            capacity=parse_capacity(self.capacity.text()), description=self.description.toPlainText(),
            registration_url=self.registration_url.text(),
        )
        if self.original is None:
            self.result_draft = validate_event(typed)
            return
        # Editing: the untouched fields keep the event's own values; only the edited ones are written.
        self.changed = frozenset(self.baseline.changed())
        kept = replace(self.original, **{name: getattr(typed, name) for name in self.changed})
        self.result_draft = validate_event(kept) if self.changed else self.original


class DuplicateEventDialog(_Form):
    """A new name and a new first day; the sessions keep their wall-clock times, shifted by the same days."""

    def __init__(self, parent: QWidget | None, source: EventDetail) -> None:
        super().__init__(parent)
        self.source = source
        self.setWindowTitle(self.tr("Dupliquer l'événement"))
        self.chosen: tuple[str, date] | None = None
        # Same weekday one year later: the Rencontres stay on a Friday.
        start = source.draft.starts_on + timedelta(weeks=52)
        self.name = QLineEdit(next_edition_name(source.name, source.draft.starts_on.year, start.year))
        self.starts_on = QDateEdit(qdate(start))
        self.starts_on.setCalendarPopup(True)
        self.starts_on.setDisplayFormat("dd/MM/yyyy")
        self.shift = QLabel()
        self.form.addRow(self.tr("Copie de"), QLabel(source.name))
        self.form.addRow(self.tr("&Nom"), self.name)
        self.form.addRow(self.tr("Premier &jour"), self.starts_on)
        self.form.addRow("", self.shift)
        self.starts_on.dateChanged.connect(self._show_shift)
        self._show_shift()
        self.name.setFocus()
        self.name.selectAll()

    def _show_shift(self, *_: object) -> None:
        days = (day_of(self.starts_on) - self.source.draft.starts_on).days
        self.shift.setText(self.tr("Les sessions seront décalées de %n jour(s), aux mêmes heures.", "", days))

    def check(self) -> None:
        starts_on = day_of(self.starts_on)
        moved = self.source.draft.ends_on + (starts_on - self.source.draft.starts_on)
        draft = validate_event(replace(self.source.draft, name=self.name.text(), starts_on=starts_on, ends_on=moved))
        self.chosen = (draft.name, starts_on)


class EventActions(QObject):
    """The page's event actions; `page` is the AgendaPage (its context, snapshot, message line and reload)."""

    def __init__(self, page: Any) -> None:
        super().__init__(page)
        self.page = page
        self.dialog: QDialog | None = None  # the dialog open now (tests reach it here)

        def action(text: str, shortcut: str | None, slot: Callable[[], None]) -> QAction:
            item = QAction(text, page)
            if shortcut:
                item.setShortcut(QKeySequence(shortcut))
            item.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            item.triggered.connect(lambda _=False: slot())
            page.addAction(item)
            return item

        self.new_action = action(self.tr("&Nouvel événement…"), "Ctrl+Shift+N", self.new_event)
        self.edit_action = action(self.tr("&Modifier l'événement…"), "Ctrl+Shift+E", self.edit_event)
        self.duplicate_action = action(self.tr("&Dupliquer l'événement…"), "Ctrl+Shift+D", self.duplicate_event)
        self.delete_action = action(self.tr("&Supprimer l'événement…"), None, self.delete_event)
        self.actions = [self.new_action, self.edit_action, self.duplicate_action, self.delete_action]

    def _current(self) -> EventDetail | None:
        data = self.page.data
        return data.event if data is not None else None

    def _open(self, dialog: QDialog, on_accept: Callable[[], None]) -> None:
        self.dialog = dialog
        dialog.accepted.connect(on_accept)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _write(self, fn: Callable[[Any], Any], on_done: Callable[[Any], None]) -> None:
        workspace = self.page.context.workspace

        def work() -> Any:
            with workspace.unit_of_work() as uow:
                result = fn(uow)
            return result
        self.page.context.tasks.database(work, on_done, self.page._error)

    def _show_event(self, detail: EventDetail, text: str) -> None:
        context = self.page.context
        info = event_info(detail)
        if info == context.current_event:
            self.page.reload()  # same chooser entry (e.g. only the description changed)
        else:
            context.set_event(info)  # the page reloads on event_changed
        self.page.say(text)
        context.data_changed.emit(detail)

    def new_event(self) -> None:
        dialog = EventDialog(self.page)
        self._open(dialog, lambda: self._write(
            lambda uow, draft=dialog.result_draft: add_event(uow, draft),
            lambda detail: self._show_event(detail, self.tr("Événement « {0} » créé.").format(detail.name))))

    def edit_event(self) -> None:
        if (current := self._current()) is None:
            return
        dialog = EventDialog(self.page, current)

        def write() -> None:
            if not dialog.changed:  # saved untouched: nothing to write
                return
            self._write(lambda uow, draft=dialog.result_draft, only=dialog.changed: update_event(
                uow, current.id, draft, only), lambda detail: self._show_event(
                detail, self.tr("Événement « {0} » modifié.").format(detail.name)))
        self._open(dialog, write)

    def duplicate_event(self) -> None:
        if (current := self._current()) is None:
            return
        dialog = DuplicateEventDialog(self.page, current)

        def write() -> None:
            assert dialog.chosen is not None
            name, starts_on = dialog.chosen
            self._write(lambda uow: duplicate_event(uow, current.id, name, starts_on),
                        lambda detail: self._show_event(detail, self.tr(
                            "« {0} » créé à partir de « {1} », sessions comprises.").format(detail.name, current.name)))
        self._open(dialog, write)

    def delete_event(self) -> None:
        if (current := self._current()) is None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Supprimer l'événement"),
                          self.tr("Supprimer « {0} » et toutes ses sessions ? Cette action ne peut pas être annulée.")
                          .format(current.name),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self.page)
        box.setDefaultButton(QMessageBox.StandardButton.No)  # Enter does not delete by mistake
        workspace = self.page.context.workspace

        def erase(uow: Any) -> None:
            delete_event(uow, current.id)

        def deleted(_: object) -> None:
            # The next event in the calendar becomes current (None when it was the last one).
            self.page.context.tasks.database(lambda: current_event(workspace), lambda info: self._after_delete(
                info, self.tr("Événement « {0} » supprimé.").format(current.name)))

        def clicked(button: Any) -> None:
            if box.standardButton(button) == QMessageBox.StandardButton.Yes:
                self._write(erase, deleted)
        self.dialog = box
        box.buttonClicked.connect(clicked)
        box.finished.connect(box.deleteLater)
        box.open()

    def _after_delete(self, info: EventInfo | None, text: str) -> None:
        self.page.context.set_event(info)
        self.page.say(text)
        self.page.context.data_changed.emit(info)
