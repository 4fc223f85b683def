"""The session editor: every field of a session, times typed in the event's zone, checked before closing."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date, time

from PySide6.QtCore import QCoreApplication, QDate, QTime
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from core.agenda.timing import at_wall_clock, local
from core.errors import EnvolError, ValidationError
from core.models import Audience, SessionKind
from core.services.agenda import SessionDraft, validate_draft
from core.services.agenda_read import AgendaData
from desktop.choices import ValueCombo
from desktop.form_baseline import Baseline
from desktop.messages import describe
from desktop.pages.agenda import texts


class SessionDialog(QDialog):
    def __init__(self, parent: QWidget | None, data: AgendaData, draft: SessionDraft | None = None,
                 day: date | None = None) -> None:
        super().__init__(parent)
        self.data = data
        self.original = draft
        self.result_draft: SessionDraft | None = None
        self.setWindowTitle(self.tr("Nouvelle session") if draft is None else self.tr("Modifier la session"))
        tz = data.timezone
        self.title = QLineEdit()
        self.kind = ValueCombo()
        for value in SessionKind:
            self.kind.add_choice(texts.kind(value), value)
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd/MM/yyyy")
        self.start, self.end = QTimeEdit(), QTimeEdit()
        for edit in (self.start, self.end):
            edit.setDisplayFormat("HH:mm")
        self.room = ValueCombo()
        self.room.add_choice(self.tr("— sans salle —"), None)
        for room in data.rooms:
            venue = data.venues.get(room.venue_id)
            self.room.add_choice(f"{venue.name if venue else ''} — {room.name}", room.id)
        self.capacity = QLineEdit()
        self.capacity.setPlaceholderText(self.tr("vide : sans limite"))
        self.facilitators = QLineEdit()
        self.facilitators.setPlaceholderText(self.tr("personnes ou structures, séparées par des virgules"))
        self.audience = ValueCombo()
        for value in Audience:
            self.audience.add_choice(texts.audience(value), value)
        self.accessibility = QPlainTextEdit()
        self.description = QPlainTextEdit()
        for edit in (self.accessibility, self.description):
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(70)
        self.error = QLabel()
        self.error.setStyleSheet("color: #a01010")
        self.error.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("&Titre"), self.title)
        form.addRow(self.tr("T&ype"), self.kind)
        form.addRow(self.tr("&Jour"), self.day)
        form.addRow(self.tr("&Début"), self.start)
        form.addRow(self.tr("&Fin"), self.end)
        form.addRow(self.tr("&Salle"), self.room)
        form.addRow(self.tr("&Places"), self.capacity)
        form.addRow(self.tr("&Animation"), self.facilitators)
        form.addRow(self.tr("P&ublic"), self.audience)
        form.addRow(self.tr("Accessi&bilité"), self.accessibility)
        form.addRow(self.tr("Descriptio&n"), self.description)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

        if draft is None:
            start_day = day or data.event.draft.starts_on
            self.day.setDate(QDate(start_day.year, start_day.month, start_day.day))
            self.start.setTime(QTime(9, 0))
            self.end.setTime(QTime(10, 0))
        else:
            begin, finish = local(draft.starts_at, tz), local(draft.ends_at, tz)
            self.title.setText(draft.title)
            self.kind.set_value(draft.kind, str(draft.kind))
            self.day.setDate(QDate(begin.year, begin.month, begin.day))
            self.start.setTime(QTime(begin.hour, begin.minute))
            self.end.setTime(QTime(finish.hour, finish.minute))
            self.room.set_value(draft.room_id, self.tr("Salle inconnue sur ce poste"))
            self.capacity.setText("" if draft.capacity is None else str(draft.capacity))
            self.facilitators.setText(draft.facilitators or "")
            self.audience.set_value(draft.audience, str(draft.audience))
            self.accessibility.setPlainText(draft.accessibility or "")
            self.description.setPlainText(draft.description or "")
        # Fields left as they were keep the session's values exactly (seconds, spaces, a room not listed here).
        self.baseline = Baseline()
        for name, widgets in (("title", (self.title,)), ("kind", (self.kind,)),
                              ("times", (self.day, self.start, self.end)), ("room_id", (self.room,)),
                              ("capacity", (self.capacity,)), ("facilitators", (self.facilitators,)),
                              ("audience", (self.audience,)), ("accessibility", (self.accessibility,)),
                              ("description", (self.description,))):
            self.baseline.watch(name, *widgets)
        if draft is not None:
            self.baseline.take()
        self.title.setFocus()

    def draft(self) -> SessionDraft:
        """What is typed, as a draft; raises ValidationError with the service's codes. Editing, the fields left
        untouched keep the session's own values, and a session left untouched gives its draft back unchanged."""
        changed = self.baseline.changed()
        if self.original is not None and not changed:
            return self.original
        typed = self._typed()
        if self.original is None:
            return typed
        keep = {"times": ("starts_at", "ends_at"), "room_id": ("room_id", "venue_id")}
        edited = [name for field in changed for name in keep.get(field, (field,))]
        merged = replace(self.original, **{name: getattr(typed, name) for name in edited})
        checked = validate_draft(merged)  # refuses what cannot be saved; cleans only the fields edited
        return replace(merged, **{name: getattr(checked, name) for name in edited})

    def _typed(self) -> SessionDraft:
        tz = self.data.timezone
        day = self.day.date().toPython()
        start, end = self.start.time().toPython(), self.end.time().toPython()
        text = self.capacity.text().strip()
        if text and not text.lstrip("-").isdigit():
            raise ValidationError("bad_capacity_text", "capacity is not a number", value=text)
        room_id: uuid.UUID | None = self.room.value()
        room = self.data.room(room_id)
        return validate_draft(SessionDraft(
            title=self.title.text(), kind=self.kind.value(),
            starts_at=at_wall_clock(day, time(start.hour, start.minute), tz),
            ends_at=at_wall_clock(day, time(end.hour, end.minute), tz),
            room_id=room_id, venue_id=room.venue_id if room else None,
            capacity=int(text) if text else None, facilitators=self.facilitators.text(),
            audience=self.audience.value(), accessibility=self.accessibility.toPlainText(),
            description=self.description.toPlainText(),
        ))

    def accept(self) -> None:
        try:
            self.result_draft = self.draft()
        except EnvolError as error:
            self.error.setText(describe(error, QCoreApplication.translate))
            return  # stays open: nothing typed is lost
        super().accept()
