"""« Rendez-vous »: the business meetings of the current event. Five tabs: the programme, the requests, the plan
(computed by the solver, printed), the slot under way, where one key frees the no-shows' meetings and offers
their partners someone present, and the participants with their profile form."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core import clock
from core.errors import EnvolError
from core.meetings import plan, programme, replan, requests
from core.meetings.after import set_follow_up
from core.meetings.read import Overview, overview, present_people
from core.models import EventSession, MeetingFollowUp, MeetingStatus, SessionKind
from desktop.choices import ValueCombo
from desktop.context import AppContext
from desktop.empty_state import NO_EVENT, EmptyState, say
from desktop.messages import describe
from desktop.pages.meetings.models import FOLLOW_UPS, PlanModel, RequestsModel, SlotModel
from desktop.pages.meetings.printouts import DOCUMENTS, print_on_default_printer, render_document
from desktop.pages.meetings.profile_form import ParticipantsTab
from desktop.pages.meetings.words import plan_summary, replan_summary


class MeetingsPage(QWidget):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.view: Overview | None = None
        self.present: set[Any] = set()
        self.last_plan = ""
        self.label_printer: Callable[[bytes], None] = print_on_default_printer  # replaceable (tests)
        self.last_replan: replan.ReplanReport | None = None
        self.tabs = QTabWidget()
        self.tabs.addTab(self._programme_tab(), self.tr("Programme"))
        self.tabs.addTab(self._requests_tab(), self.tr("Demandes"))
        self.tabs.addTab(self._plan_tab(), self.tr("Plan"))
        self.tabs.addTab(self._slot_tab(), self.tr("Créneau en cours"))
        self.participants = ParticipantsTab(context, self._failed)
        self.participants.saved.connect(self._changed)
        self.tabs.addTab(self.participants, self.tr("Participants"))
        self.status = QLabel(wordWrap=True)
        self.empty_state = EmptyState()
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_state)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        QShortcut(QKeySequence("F9"), self, activated=self.replan_now)
        # The solver's library takes a second or two to load: loaded now, F9 at the desk answers at once.
        context.tasks.background(lambda _progress: __import__("ortools.sat.python.cp_model"))
        context.event_changed.connect(lambda _e: self.refresh())
        context.data_changed.connect(lambda summary: self.refresh() if summary is not self else None)
        self.refresh()

    # --- tabs --------------------------------------------------------------------------------------------------

    def _programme_tab(self) -> QWidget:
        tab = QWidget()
        self.programme_label = QLabel(wordWrap=True)
        self.programme_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.slot_minutes = ValueCombo()
        for minutes in programme.SLOT_LENGTHS:
            self.slot_minutes.add_choice(self.tr("{0} min").format(minutes), minutes)
        self.slot_minutes.setCurrentIndex(1)
        self.table_count = QSpinBox(minimum=1, maximum=500, value=30)
        self.create_button = QPushButton(self.tr("Créer le programme depuis l'agenda"))
        self.create_button.clicked.connect(self.create_programme)
        # Shown until the event has a programme: its choices would only mislead afterwards (30 tables beside 60).
        self.create_row = QWidget()
        row = QHBoxLayout(self.create_row)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (QLabel(self.tr("Créneaux de")), self.slot_minutes, QLabel(self.tr("Tables :")),
                       self.table_count, self.create_button):
            row.addWidget(widget)
        row.addStretch(1)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.create_row)
        layout.addWidget(self.programme_label, 1)
        return tab

    def _requests_tab(self) -> QWidget:
        tab = QWidget()
        self.requests_model = RequestsModel(self)
        self.requests_table = _table(self.requests_model)
        self.import_button = QPushButton(self.tr("&Importer des demandes…"))
        self.import_button.clicked.connect(self.import_clicked)
        self.accept_button = QPushButton(self.tr("Accepter pour les deux"))
        self.accept_button.clicked.connect(lambda: self.decide(True))
        self.decline_button = QPushButton(self.tr("Refuser"))
        self.decline_button.clicked.connect(lambda: self.decide(False))
        row = QHBoxLayout()
        for widget in (self.import_button, self.accept_button, self.decline_button):
            row.addWidget(widget)
        row.addStretch(1)
        layout = QVBoxLayout(tab)
        layout.addLayout(row)
        layout.addWidget(self.requests_table, 1)
        return tab

    def _plan_tab(self) -> QWidget:
        tab = QWidget()
        self.plan_button = QPushButton(self.tr("&Calculer le plan"))
        self.plan_button.clicked.connect(self.compute_plan)
        self.plan_label = QLabel(wordWrap=True)
        self.plan_model = PlanModel(self)
        self.plan_table = _table(self.plan_model)
        buttons = QHBoxLayout()
        buttons.addWidget(self.plan_button)
        self.print_buttons: dict[str, QPushButton] = {}
        for key, title in DOCUMENTS.items():
            button = QPushButton(QCoreApplication.translate("meetings", title))
            button.clicked.connect(lambda _=False, k=key: self.print_document(k))
            self.print_buttons[key] = button
            buttons.addWidget(button)
        buttons.addStretch(1)
        after = QHBoxLayout()  # after the day: held or not, and what came of it
        self.held_button = QPushButton(self.tr("Marquer tenu"))
        self.held_button.clicked.connect(lambda: self.mark(MeetingStatus.HELD))
        self.missed_button = QPushButton(self.tr("Marquer non tenu"))
        self.missed_button.clicked.connect(lambda: self.mark(MeetingStatus.MISSED))
        self.follow_box = ValueCombo()
        self.follow_box.setAccessibleName(self.tr("Suite donnée"))
        for value, text in FOLLOW_UPS.items():
            self.follow_box.add_choice(QCoreApplication.translate("meetings", text), value)
        self.follow_button = QPushButton(self.tr("Enregistrer la suite"))
        self.follow_button.clicked.connect(self.save_follow_up)
        for widget in (self.held_button, self.missed_button, QLabel(self.tr("Suite :")), self.follow_box,
                       self.follow_button):
            after.addWidget(widget)
        after.addStretch(1)
        layout = QVBoxLayout(tab)
        layout.addLayout(buttons)
        layout.addWidget(self.plan_label)
        layout.addWidget(self.plan_table, 1)
        layout.addLayout(after)
        return tab

    def _selected_meetings(self) -> list[Any]:
        return [self.plan_model.rows[r.row()].id for r in self.plan_table.selectionModel().selectedRows()]

    def mark(self, status: MeetingStatus) -> None:
        ids, workspace = self._selected_meetings(), self.context.workspace
        if not ids:
            return

        def work() -> int:
            with workspace.unit_of_work() as uow:
                return replan.mark(uow, ids, status)

        self.context.tasks.database(work, lambda _n: self._changed(), self._failed)

    def save_follow_up(self) -> None:
        ids, workspace, value = self._selected_meetings(), self.context.workspace, self.follow_box.value()
        if not ids:
            return

        def work() -> int:
            with workspace.unit_of_work() as uow:
                return set_follow_up(uow, ids, MeetingFollowUp(value))

        self.context.tasks.database(work, lambda _n: self._changed(), self._failed)

    def _slot_tab(self) -> QWidget:
        tab = QWidget()
        self.slot_box = ValueCombo()
        self.slot_box.setAccessibleName(self.tr("Créneau"))
        self.slot_box.currentIndexChanged.connect(lambda _i: self._show_slot())
        self.replan_button = QPushButton(self.tr("Remplacer les absents (F9)"))
        self.replan_button.clicked.connect(self.replan_now)
        self.slot_label = QLabel(wordWrap=True)
        self.slot_model = SlotModel(self)
        self.slot_table = _table(self.slot_model)
        self.replan_label = QLabel(wordWrap=True)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Créneau :")))
        row.addWidget(self.slot_box, 1)
        row.addWidget(self.replan_button)
        layout = QVBoxLayout(tab)
        layout.addLayout(row)
        layout.addWidget(self.slot_label)
        layout.addWidget(self.slot_table, 1)
        layout.addWidget(self.replan_label)
        return tab

    # --- loading -----------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        event = self.context.current_event
        self.empty_state.show_text(say(NO_EVENT) if event is None else None)
        if event is None:
            return
        workspace, event_id = self.context.workspace, event.id

        def load() -> tuple[Overview | None, set[Any]]:
            with workspace.reading() as session:
                return overview(session, event_id), present_people(session, event_id)

        self.context.tasks.database(load, self._loaded, self._failed)

    def _loaded(self, result: tuple[Overview | None, set[Any]]) -> None:
        self.view, self.present = result
        view = self.view
        has = view is not None
        self.create_button.setEnabled(not has)
        self.create_row.setVisible(not has)
        for widget in (self.plan_button, self.replan_button, self.import_button, *self.print_buttons.values()):
            widget.setEnabled(has)
        if view is None:
            self.programme_label.setText(self.tr("Cet événement n'a pas encore de rendez-vous d'affaires. Les "
                                                 "créneaux sont découpés dans ses sessions « Rendez-vous » de "
                                                 "l'agenda."))
            for model in (self.requests_model, self.plan_model, self.slot_model):
                model.set_rows([])
            self.participants.set_view(None)
            return
        active = [m for m in view.meetings if m.status.value in ("planned", "held")]
        self.programme_label.setText(self.tr(
            "{0}\n\n{1} créneaux de {2} min, {3} tables, {4} participants, {5} demandes, {6} rendez-vous planifiés."
        ).format(view.name, len(view.slots), view.slot_minutes, len(view.tables), len(view.people),
                 len(view.requests), len(active)))
        self.requests_model.set_rows(list(view.requests))
        self.participants.set_view(view)
        self.plan_model.set_rows(list(view.meetings))
        self.plan_label.setText(self.last_plan or self.tr("{0} rendez-vous planifiés.").format(len(active)))
        current = self.slot_box.value()
        self.slot_box.blockSignals(True)
        self.slot_box.clear()
        now = clock.now()
        chosen = 0
        for i, (number, starts, ends) in enumerate(view.slots):
            from printing.meetings import hhmm

            self.slot_box.add_choice(self.tr("Créneau {0} – {1} à {2}").format(number, hhmm(starts), hhmm(ends)),
                                  number)
            if current is None and ends <= now:
                chosen = min(i + 1, len(view.slots) - 1)
        self.slot_box.setCurrentIndex(chosen if current is None else max(0, self.slot_box.index_of(current)))
        self.slot_box.blockSignals(False)
        self._show_slot()

    def _show_slot(self) -> None:
        view = self.view
        number = self.slot_box.value()
        if view is None or number is None:
            self.slot_model.set_slot([], set())
            return
        rows = [m for m in view.meetings if m.slot_number == number]
        self.slot_model.set_slot(rows, self.present)
        missing = sum(1 for m in rows if m.status.value == "planned"
                      for w in (m.first, m.second) if w.person_id not in self.present)
        self.slot_label.setText(self.tr("{0} tables occupées, {1} personnes attendues pas encore arrivées.")
                                .format(len({m.table_number for m in rows if m.status.value != "freed"}), missing))

    # --- actions -----------------------------------------------------------------------------------------------

    def create_programme(self) -> None:
        event = self.context.current_event
        if event is None:
            return
        workspace, event_id = self.context.workspace, event.id
        minutes, count = self.slot_minutes.value(), self.table_count.value()

        def work() -> None:
            from sqlalchemy import select

            with workspace.unit_of_work() as uow:
                sessions = uow.session.scalars(select(EventSession.id).where(
                    EventSession.event_id == event_id, EventSession.kind == SessionKind.RENDEZ_VOUS)
                    .order_by(EventSession.starts_at)).all()
                if not sessions:
                    raise EnvolError("meetings_no_sessions", "the event has no Rendez-vous session")
                pid = programme.ensure_programme(uow, event_id, slot_minutes=minutes)
                programme.cut_slots(uow, pid, list(sessions))
                programme.add_tables(uow, pid, count)

        self.context.tasks.database(work, lambda _r: self._changed(), self._failed)

    def import_clicked(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Importer des demandes de rendez-vous"), "",
                                                    self.tr("Tableaux (*.csv *.xlsx)"))
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        event, view = self.context.current_event, self.view
        if event is None or view is None:
            return
        workspace, pid, data = self.context.workspace, view.programme_id, path.read_bytes()

        def work() -> requests.ImportReport:
            with workspace.unit_of_work() as uow:
                return requests.import_requests(uow, pid, data, path.name)

        self.context.tasks.database(work, self._imported, self._failed)

    def _imported(self, report: requests.ImportReport) -> None:
        from desktop.pages.meetings.words import import_summary

        self.status.setText(import_summary(report))
        self._changed()

    def decide(self, accepted: bool) -> None:
        rows = self.requests_table.selectionModel().selectedRows()
        ids = [self.requests_model.rows[r.row()].id for r in rows]
        if not ids:
            return
        workspace = self.context.workspace

        def work() -> None:
            with workspace.unit_of_work() as uow:
                for rid in ids:
                    requests.decide(uow, rid, accepted, by_organiser=True)

        self.context.tasks.database(work, lambda _r: self._changed(), self._failed)

    def compute_plan(self) -> None:
        event = self.context.current_event
        if event is None:
            return
        workspace, event_id = self.context.workspace, event.id
        self.plan_button.setEnabled(False)
        self.plan_label.setText(self.tr("Calcul du plan en cours…"))

        def work() -> plan.PlanReport:
            with workspace.unit_of_work() as uow:
                return plan.compute_plan(uow, event_id)

        self.context.tasks.database(work, self._planned, self._failed)

    def _planned(self, report: plan.PlanReport) -> None:
        self.last_plan = plan_summary(report, self.view)
        self.plan_label.setText(self.last_plan)
        self.plan_button.setEnabled(True)
        self._changed()

    def replan_now(self) -> None:
        """F9: the slot shown (under way or about to start) — free the no-shows' meetings, offer replacements."""
        event, view = self.context.current_event, self.view
        number = self.slot_box.value()
        if event is None or view is None or number is None:
            return
        self.tabs.setCurrentIndex(3)
        workspace, event_id = self.context.workspace, event.id

        def work() -> replan.ReplanReport:
            with workspace.unit_of_work() as uow:
                slot_id = programme.slots(uow, view.programme_id)[number - 1].id
                return replan.replan_slot(uow, event_id, slot_id)

        self.context.tasks.database(work, self._replanned, self._failed)

    def _replanned(self, report: replan.ReplanReport) -> None:
        self.replan_label.setText(replan_summary(report))
        self.last_replan = report
        if report.replacements:
            from desktop.pages.meetings.printouts import print_labels

            print_labels(self, report)
        self._changed()

    def print_document(self, key: str) -> None:
        event, view = self.context.current_event, self.view
        if event is None or view is None:
            return
        suggested = str(self.context.workspace.path.with_name(f"rendez-vous-{key}.pdf"))
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Enregistrer en PDF"), suggested, "PDF (*.pdf)")
        if path:
            self.save_document(key, Path(path))

    def save_document(self, key: str, path: Path) -> None:
        event = self.context.current_event
        if event is None:
            return
        workspace, event_id = self.context.workspace, event.id
        self.status.setText(self.tr("Impression en cours…"))
        self.context.tasks.background(lambda _progress: render_document(workspace, event_id, key, path),
                                      lambda pages: self.status.setText(
                                          self.tr("{0} pages enregistrées dans {1}").format(pages, path)),
                                      self._failed)

    def _changed(self) -> None:
        self.context.data_changed.emit(self)
        self.refresh()

    def _failed(self, error: BaseException) -> None:
        self.plan_button.setEnabled(self.view is not None)
        text = describe(error, QCoreApplication.translate) if isinstance(error, EnvolError) else str(error)
        self.status.setText(text)
        if not isinstance(error, EnvolError):
            QMessageBox.warning(self, self.tr("Rendez-vous"), text)


def _table(model: Any) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    table.verticalHeader().hide()
    return table

