"""Accueil: the check-in desk. A queue, a USB scanner or the webcam, a volunteer: scan, verdict, next."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.checkin import CheckInTarget, Reason, Shape, shape_of
from core.errors import EnvolError
from core.models.base import utcnow
from core.services import checkin, desk_lock
from core.services.checkin import ScanResult, UndoResult
from core.services.checkin_board import Counters, counters, recent_scans
from core.services.checkin_search import SearchHit
from core.services.desk_lock import DeskLock
from core.typography import fill
from desktop.choices import ValueCombo
from desktop.context import AppContext
from desktop.empty_state import NO_EVENT, EmptyState, say
from desktop.messages import describe
from desktop.pages.desk.badge_printing import BadgeAtCheckIn
from desktop.pages.desk.camera import CameraPanel
from desktop.pages.desk.clock_warning import ClockWarning
from desktop.pages.desk.models import RecentModel, SearchModel
from desktop.pages.desk.scanner import ScannerFilter
from desktop.pages.desk.search import DeskSearch
from desktop.pages.desk.sound import Sounds
from desktop.pages.desk.verdict_panel import VerdictPanel
from desktop.pages.desk.walk_in import StructureChoice, WalkInDialog, register_walk_in
from desktop.pages.meetings.desk_note import install_meetings_note


class DeskPage(QWidget):
    lock_changed = Signal(bool)
    lock_refused = Signal(str)  # the sentence shown: wrong PIN, or wait

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self._locked = False
        self.clock: Callable[[], datetime] = utcnow  # the time wrong PINs are counted from (tests move it)
        self.sounds = Sounds(self)

        self.target_box = ValueCombo().shrinkable(24)
        self.target_box.setAccessibleName(self.tr("Ce que l'accueil contrôle"))
        self.target_box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.counter_label = QLabel()
        self.lock_button = QPushButton(self.tr("Verrouiller l'accueil"))
        self.lock_button.clicked.connect(self._lock_clicked)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Contrôle :")))
        top.addWidget(self.target_box, 1)
        top.addWidget(self.counter_label)
        top.addWidget(self.lock_button)

        self.verdict = VerdictPanel()
        self.verdict.setMinimumHeight(220)
        self._refused_for_session: ScanResult | None = None  # « pas inscrit(e) à cette session »: admit anyway?
        self.admit_button = QPushButton(self.tr("Admettre quand même — admis(e) sans inscription (Ctrl+Entrée)"))
        self.admit_button.setVisible(False)
        self.admit_button.clicked.connect(self.admit_anyway)

        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText(self.tr("Chercher un nom, une structure, un e-mail… (Ctrl+F, "
                                                   "Entrée pour enregistrer le premier résultat)"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.returnPressed.connect(self._return_pressed)
        self.search_model = SearchModel(self)
        self.results = self._table(self.search_model)
        self.search = DeskSearch(context, self.search_box, self.search_model, self.results, self.target)
        self.search.chosen.connect(self._check_in_hit)
        self.search.nobody.connect(self._nobody_found)
        self.results.activated.connect(lambda _index: self.check_in_selected())
        self.walk_in_button = QPushButton(self.tr("Inscription sur &place…"))
        self.walk_in_button.clicked.connect(self._walk_in_clicked)
        self.camera = CameraPanel(context.tasks)
        self.camera.scanned.connect(self.scan)

        self.recent_model = RecentModel(self)
        self.recent = self._table(self.recent_model)
        self.undo_button = QPushButton(self.tr("&Annuler la dernière entrée (Ctrl+Z)"))
        self.undo_button.setToolTip(self.tr("Annule le passage choisi dans la liste, sinon la dernière entrée "
                                            "enregistrée à ce poste."))
        self._last_entry: ScanResult | None = None  # the last accepted check-in made here, for Ctrl+Z
        self.undo_button.clicked.connect(self.undo_selected)
        self.badge = BadgeAtCheckIn(context)
        self.reprint_button = QPushButton(self.tr("&Réimprimer le badge…"))
        self.reprint_button.clicked.connect(self.reprint_selected)

        left = QVBoxLayout()
        left.addWidget(self.search_box)
        left.addWidget(self.results, 1)
        left.addWidget(self.walk_in_button)
        left.addWidget(self.camera)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Derniers passages")))
        right.addWidget(self.recent, 1)
        right.addWidget(self.undo_button)
        right.addWidget(self.reprint_button)
        bottom = QHBoxLayout()
        bottom.addLayout(left, 1)
        bottom.addLayout(right, 1)
        layout = QVBoxLayout(self)
        self.clock_warning = ClockWarning(context)
        layout.addWidget(self.clock_warning)
        layout.addLayout(top)
        self.empty_state = EmptyState()
        layout.addWidget(self.empty_state)
        layout.addWidget(self.verdict)
        layout.addWidget(self.admit_button)
        layout.addWidget(self.badge)
        layout.addLayout(bottom, 1)
        self.setTabOrder(self.search_box, self.results)

        QShortcut(QKeySequence.StandardKey.Find, self, activated=self._focus_search)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.admit_anyway)
        # The desk's undo works whatever has the focus: the search box gives Ctrl+Z up (its own undo stays in its
        # context menu).
        QShortcut(QKeySequence.StandardKey.Undo, self, activated=self.undo_selected)
        self.search_box.installEventFilter(self)
        self.scanner = ScannerFilter(self)
        self.scanner.scanned.connect(self.scan)
        self.scanner.typed.connect(self._typed_elsewhere)
        QApplication.instance().installEventFilter(self.scanner)
        context.event_changed.connect(lambda _e: self._load_targets())
        context.data_changed.connect(lambda _s: self.refresh())
        self._load_targets()
        workspace = context.workspace
        context.tasks.database(lambda: desk_lock.desk_lock(workspace), self._lock_found)
        install_meetings_note(self)  # the person's business meetings under the verdict (desktop.pages.meetings)

    @staticmethod
    def _table(model: SearchModel | RecentModel) -> QTableView:
        table = QTableView()
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setStretchLastSection(True)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        return table

    # --- what the desk checks -------------------------------------------------------------------

    def _load_targets(self) -> None:
        self.target_box.blockSignals(True)
        self.target_box.clear()
        event = self.context.current_event
        if event is not None:
            self.target_box.add_choice(self.tr("Entrée — {0}").format(event.name), CheckInTarget(event.id))
        self.target_box.blockSignals(False)
        self.refresh()

    def target(self) -> CheckInTarget | None:
        data = self.target_box.value()
        return data if isinstance(data, CheckInTarget) else None

    def refresh(self) -> None:
        target = self.target()
        self.empty_state.show_text(say(NO_EVENT) if target is None else None)
        if target is None:
            self.counter_label.setText(self.tr("Aucun événement choisi"))
            return
        workspace = self.context.workspace

        def load() -> tuple[Counters, list[object]]:
            with workspace.reading() as session:
                return counters(session, target.event_id), list(recent_scans(session, target.event_id))

        self.context.tasks.database(load, self._loaded)

    def _loaded(self, result: tuple[Counters, list[object]]) -> None:
        board, recent = result
        self.recent_model.set_rows(recent)
        if self.target_box.count() == 1 and board.sessions:  # sessions arrive with the first counters
            for item in board.sessions:
                label = self.tr("Session — {0}").format(item.title)
                target = self.target()
                assert target is not None
                self.target_box.add_choice(label, CheckInTarget(target.event_id, item.session_id))
        target = self.target()
        if target is not None and target.session_id is not None:
            item = next((s for s in board.sessions if s.session_id == target.session_id), None)
            done, expected, admitted = (item.checked_in, item.expected, item.admitted) if item else (0, 0, 0)
        else:
            done, expected, admitted = board.checked_in, board.expected, 0
        text = self.tr("Présents : {0} / {1} attendus").format(done, expected)
        if admitted:
            text += self.tr(" (dont {0} sans inscription)").format(admitted)
        self.counter_label.setText(text)

    # --- scanning, searching, walk-ins ------------------------------------------------------------

    def scan(self, text: str) -> None:
        target = self.target()
        if target is None:
            self.verdict.ready(self.tr("Choisissez d'abord un événement."))
            return
        workspace, nonce = self.context.workspace, uuid.uuid4().hex

        def work() -> ScanResult:
            with workspace.unit_of_work() as uow:
                return checkin.scan(uow, text, target, nonce=nonce)

        self.context.tasks.database(work, self._scanned, self._failed)

    def _return_pressed(self) -> None:
        """Enter in the search box: a short code or a platform number typed by hand is checked in if it names a
        ticket here; anything else acts on the search results of the text in the box (never on older ones)."""
        text = self.search_box.text().strip()
        if not text:
            return
        if shape_of(text) is Shape.TEXT:
            self.search.enter()
            return
        target = self.target()
        if target is None:
            self.verdict.ready(self.tr("Choisissez d'abord un événement."))
            return
        workspace, nonce = self.context.workspace, uuid.uuid4().hex

        def work() -> ScanResult | None:
            with workspace.unit_of_work() as uow:
                return checkin.scan_typed(uow, text, target, nonce=nonce)

        def done(result: ScanResult | None) -> None:
            if result is not None:
                self.search.clear()
                self._scanned(result)
            elif self.search_box.text().strip() == text:
                self.search.enter()  # not a ticket here: a name that looks like a code, searched as one

        self.context.tasks.database(work, done, self._failed)

    def admit_anyway(self) -> None:
        """Ctrl+Enter after « pas inscrit(e) à cette session »: let the person in, recorded as « admis sans
        inscription » and counted apart."""
        refused = self._refused_for_session
        if refused is None:
            return
        self._refused_for_session = None
        self.admit_button.setVisible(False)
        workspace, nonce = self.context.workspace, uuid.uuid4().hex

        def work() -> ScanResult:
            with workspace.unit_of_work() as uow:
                return checkin.admit_unregistered(uow, refused.checkin_id, nonce=nonce)

        self.context.tasks.database(work, self._scanned, self._failed)

    def _nobody_found(self, text: str) -> None:
        if shape_of(text) is not Shape.TEXT:
            self.search.clear()
            self.scan(text)  # a code typed by hand that names no ticket and nobody: its verdict
        else:
            self.verdict.ready(self.tr("Personne ne correspond à « {0} » : vérifiez l'orthographe ou inscrivez "
                                       "la personne sur place.").format(text))

    def _typed_elsewhere(self, text: str) -> None:
        """Words typed while the focus was on a button or a list: they belong in the search box."""
        self.search_box.setFocus()
        self.search_box.setText(self.search_box.text() + text)

    def check_in_selected(self) -> None:
        """Check in the search result selected on screen (a double click, or Enter in the results)."""
        hit = self.search.selected()
        if hit is not None:
            self._check_in_hit(hit)

    def _check_in_hit(self, hit: SearchHit) -> None:
        target = self.target()
        if target is None:
            return
        workspace, nonce = self.context.workspace, uuid.uuid4().hex

        def work() -> ScanResult:
            with workspace.unit_of_work() as uow:
                return checkin.check_in_registration(uow, hit.registration_id, target, nonce=nonce)

        self.context.tasks.database(work, self._scanned, self._failed)
        self.search.clear()

    def _walk_in_clicked(self) -> None:
        dialog = WalkInDialog(self.context, self)
        if dialog.exec():
            self.walk_in(*dialog.values())

    def walk_in(self, first_name: str, last_name: str, email: str, structure: StructureChoice | None = None) -> None:
        target = self.target()
        if target is None:
            return
        workspace, nonce = self.context.workspace, uuid.uuid4().hex
        self.context.tasks.database(
            lambda: register_walk_in(workspace, target, first_name, last_name, email, nonce, structure),
            self._scanned, self._failed)

    def _scanned(self, result: ScanResult) -> None:
        if result.accepted:
            self._last_entry = result
        refused = result.verdict.reason is Reason.NOT_REGISTERED_TO_SESSION
        self._refused_for_session = result if refused else None
        self.admit_button.setVisible(refused)
        self.verdict.show_result(result)
        self.sounds.play(result.accepted)
        self.context.data_changed.emit(result)
        target = self.target()
        if target is not None:
            self.badge.after_scan(result, target)

    def reprint_selected(self) -> None:
        rows, target = self.recent.selectionModel().selectedRows(), self.target()
        if not rows or target is None:
            self.verdict.ready(self.tr("Sélectionnez d'abord un passage dans la liste."))
            return
        scan = self.recent_model.rows[rows[0].row()]
        reason, ok = QInputDialog.getText(self, self.tr("Réimprimer le badge"),
                                          fill(self.tr("Pourquoi réimprimer le badge de {0} ?"), scan.name or ""))
        if ok:
            self.badge.reprint(scan.checkin_id, target, reason)

    def _failed(self, error: BaseException) -> None:
        text = describe(error, QCoreApplication.translate) if isinstance(error, EnvolError) else str(error)
        self.verdict.ready(text)
        self.sounds.play(False)

    def undo_selected(self) -> None:
        """Ctrl+Z, whatever has the focus: the passage chosen in the list, else the last entry recorded here."""
        rows = self.recent.selectionModel().selectedRows()
        if rows:
            checkin_id = self.recent_model.rows[rows[0].row()].checkin_id
        elif self._last_entry is not None:
            checkin_id = self._last_entry.checkin_id
        else:
            self.verdict.ready(self.tr("Aucune entrée à annuler : choisissez un passage dans la liste."))
            return
        workspace = self.context.workspace

        def work() -> UndoResult:
            with workspace.unit_of_work() as uow:
                return checkin.undo(uow, checkin_id)

        self.context.tasks.database(work, self._undone, self._failed)

    def _undone(self, result: UndoResult) -> None:
        if self._last_entry is not None and self._last_entry.checkin_id == result.undone_id:
            self._last_entry = None
        self.verdict.undone(fill(self.tr("Entrée de {0} annulée."), result.name) if result.name
                            else self.tr("Entrée annulée."))
        self.context.data_changed.emit(result)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        # The search box would take Ctrl+Z for its text: it leaves it to the desk's undo.
        if watched is self.search_box and event.type() == QEvent.Type.ShortcutOverride \
                and isinstance(event, QKeyEvent) and event.matches(QKeySequence.StandardKey.Undo):
            event.ignore()
            return True
        return super().eventFilter(watched, event)

    def _focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    # --- the desk lock: saved in the workspace (core.services.desk_lock), so Envol restarted opens it locked ---------

    def is_locked(self) -> bool:
        return self._locked

    def lock(self, pin: str) -> bool:
        """Lock now; the PIN's salted hash is saved on the database worker. False, saying why, for a PIN that is not
        at least 4 digits."""
        try:
            desk_lock.check_pin_format(pin)
        except EnvolError as error:
            self.verdict.ready(describe(error, QCoreApplication.translate))
            return False
        self._set_locked(True)
        workspace = self.context.workspace
        self.context.tasks.database(lambda: desk_lock.lock_desk(workspace, pin), None, self._failed)
        return True

    def unlock(self, pin: str) -> None:
        """Check the PIN on the database worker (scrypt takes a moment): the desk opens, or the verdict panel says
        why not — wrong PIN, or wait before trying again after several wrong ones."""
        workspace, now = self.context.workspace, self.clock()
        self.context.tasks.database(lambda: desk_lock.unlock_desk(workspace, pin, now), self._unlocked,
                                    self._unlock_refused)

    def _lock_found(self, state: DeskLock) -> None:
        # Only a lock found at start applies: a desk locked meanwhile must not be reopened by this older reading.
        if state.locked:
            self._set_locked(True)

    def _unlocked(self, state: DeskLock) -> None:
        if self._locked and not state.locked:
            self.verdict.ready(self.tr("Accueil déverrouillé."))
        self._set_locked(state.locked)

    def _set_locked(self, locked: bool) -> None:
        if locked == self._locked:
            return
        self._locked = locked
        self.lock_button.setText(self.tr("Déverrouiller l'accueil") if locked else self.tr("Verrouiller l'accueil"))
        self.lock_changed.emit(locked)

    def _unlock_refused(self, error: BaseException) -> None:
        self._failed(error)
        self.lock_refused.emit(self.verdict.detail.text())

    def _lock_clicked(self) -> None:
        echo = QLineEdit.EchoMode.Password
        if self.is_locked():
            pin, ok = QInputDialog.getText(self, self.tr("Déverrouiller"), self.tr("Code PIN :"), echo)
            if ok:
                self.unlock(pin)
            return
        pin, ok = QInputDialog.getText(self, self.tr("Verrouiller l'accueil"),
                                       self.tr("Choisissez un code PIN (4 chiffres ou plus) :"), echo)
        if ok:
            self.lock(pin)
