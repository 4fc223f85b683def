"""« Échanges »: the facilitator runs the atelier from the keyboard.

Type a few letters of who speaks and Enter, then their need and Enter: the need is noted and becomes the current
one. Then for each answer: who (letters, Enter), the offer (Enter) — Tab reaches its kind and the consent to pass
contact details on. Ctrl+N: a new need; Ctrl+Z: withdraw the last entry (or bring back the last one removed);
Ctrl+M: the wall. On the board, F2 corrects the need or offer chosen and Suppr removes it. Every read and write
runs on the database worker: the page never waits.
"""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.categories import CategoryInfo, vocabulary
from core.exchanges import capture
from core.exchanges.board import NeedView, OfferView, board
from core.exchanges.capture import Captured
from core.exchanges.people import PersonChoice, find_people
from core.exchanges.suggestions import Suggestion, suggest
from core.models import OfferKind
from core.typography import fill
from desktop.choices import ValueCombo
from desktop.context import AppContext
from desktop.empty_state import NO_EVENT, EmptyState, say
from desktop.pages.exchanges import texts
from desktop.pages.exchanges.jobs import run_counted

SEARCH_DELAY_MS = 120
OFFER_ROLE = Qt.ItemDataRole.UserRole + 1  # an offer's row on the board: its id


class ExchangesPage(QWidget):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.person: PersonChoice | None = None
        self.mode = "need"  # or "offer" (to the current need), or "standing": what Enter in the text box writes
        self.current_need: uuid.UUID | None = None
        self.needs: tuple[NeedView, ...] = ()
        self.undo_stack: list[Captured | capture.Removed] = []
        self.vocabulary: tuple[CategoryInfo, ...] = ()
        self.wall: QWidget | None = None
        self._search_generation = 0
        self._board_generation = 0
        self.busy = 0  # writes and reads in flight (tests wait for 0)
        self._pick_when_found = False

        self.title = QLabel()
        self.title.setStyleSheet("font-size: 16px; font-weight: bold;")
        self.mode_label = QLabel()
        self.mode_label.setWordWrap(True)
        self.who = QLineEdit()
        self.who.setPlaceholderText(self.tr("Qui parle ? Quelques lettres du nom ou de la structure, puis Entrée"))
        self.who.setAccessibleName(self.tr("Participant"))
        self.matches = QListWidget()
        self.matches.setMaximumHeight(110)
        self.text = QLineEdit()
        self.text.setAccessibleName(self.tr("Texte du besoin ou de l'offre"))
        self.text.setMaxLength(5000)
        self.kind_box = ValueCombo()
        self.kind_box.set_choices((texts.kind(kind), kind) for kind in OfferKind)
        self.kind_box.set_value(OfferKind.CONSEIL)
        self.consent = QCheckBox(self.tr("Accepte de transmettre ses coordonnées"))
        self.categories = QListWidget()
        self.categories.setMaximumHeight(170)
        self.message = QLabel()
        self.message.setWordWrap(True)

        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Besoins et offres"), self.tr("Qui"), self.tr("Suivi")])
        header = self.tree.header()  # the text takes the room; who and the follow-up step stay in sight
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setColumnWidth(1, 200)
        self.tree.currentItemChanged.connect(self._tree_moved)
        self.suggestions = QListWidget()
        self.suggestions.setWordWrap(True)

        self._build_layout()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._search)
        self.who.textEdited.connect(lambda _t: (setattr(self, "person", None), self._timer.start()))
        self.who.returnPressed.connect(self._pick)
        self.who.installEventFilter(self)
        self.text.installEventFilter(self)
        self.matches.itemActivated.connect(lambda _item: self._pick())
        self.text.returnPressed.connect(self.submit)
        for box in (self.kind_box, self.consent, self.categories):  # Enter from any capture field writes the entry
            box.installEventFilter(self)
        QShortcut(QKeySequence("Ctrl+N"), self, activated=self.new_need)
        QShortcut(QKeySequence("Ctrl+L"), self, activated=self._focus_who)
        QShortcut(QKeySequence.StandardKey.Undo, self, activated=self.undo)
        QShortcut(QKeySequence("Ctrl+M"), self, activated=self.open_wall)
        QShortcut(QKeySequence("Ctrl+B"), self, activated=self.standing_offer)
        QShortcut(QKeySequence("F2"), self, activated=self.correct)
        self.tree.installEventFilter(self)  # F2 and Suppr on the board (the view would take them otherwise)
        context.event_changed.connect(lambda _e: self.reload())
        context.data_changed.connect(self._data_changed)
        self._set_mode("need")
        self._load_categories()
        self.reload()

    def _build_layout(self) -> None:
        left = QVBoxLayout()
        left.addWidget(self.title)
        left.addWidget(self.mode_label)
        left.addWidget(self.who)
        left.addWidget(self.matches)
        left.addWidget(self.text)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Type d'offre :")))
        row.addWidget(self.kind_box)
        row.addWidget(self.consent, 1)
        left.addLayout(row)
        left.addWidget(QLabel(self.tr("Catégories du besoin (Espace pour cocher) :")))
        left.addWidget(self.categories)
        left.addWidget(self.message)
        buttons = QHBoxLayout()
        self.action_buttons: dict[str, QPushButton] = {}
        from desktop.pages.exchanges import actions

        for key, text, slot in (
                ("need", self.tr("&Nouveau besoin (Ctrl+N)"), self.new_need),
                ("undo", self.tr("Annuler la &dernière saisie (Ctrl+Z)"), self.undo),
                ("wall", self.tr("&Mur de projection (Ctrl+M)"), self.open_wall),
                ("standing", self.tr("Ce que je peux &apporter (Ctrl+B)"), self.standing_offer),
                ("fiches", self.tr("&Fiches d'échanges…"), lambda: actions.save_fiches(self)),
                ("releve", self.tr("&Relevé…"), lambda: actions.save_releve(self)),
                ("xlsx", self.tr("E&xport XLSX…"), lambda: actions.save_xlsx(self)),
                ("follow", self.tr("&Suivi…"), lambda: actions.open_follow_up(self)),
                ("graph", self.tr("Ré&seau…"), lambda: actions.open_graph(self)),
                ("categories", self.tr("Caté&gories…"), lambda: actions.open_categories(self)),
                ("correct", self.tr("C&orriger… (F2)"), self.correct),
                ("remove", self.tr("Supprimer (Suppr)"), self.remove)):
            button = QPushButton(text)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab stays among the capture fields
            button.clicked.connect(slot)
            button.setCheckable(key == "standing")
            self.action_buttons[key] = button
        first, second = QHBoxLayout(), QHBoxLayout()
        for key in ("need", "standing"):
            first.addWidget(self.action_buttons[key])
        third = QHBoxLayout()
        for key in ("undo", "wall", "correct", "remove"):
            third.addWidget(self.action_buttons[key])
        for key in ("fiches", "releve", "xlsx", "follow", "graph", "categories"):
            second.addWidget(self.action_buttons[key])
        buttons.addLayout(first)
        left.addLayout(buttons)
        left.addLayout(third)
        left.addLayout(second)
        left_box = QWidget()
        left_box.setLayout(left)
        right = QVBoxLayout()
        # An event chosen and nothing noted yet: how an atelier starts, beside the board that will fill.
        self.board_hint = EmptyState()
        right.addWidget(self.board_hint)
        right.addWidget(self.tree, 3)
        right.addWidget(QLabel(self.tr("Qui pourrait répondre au besoin choisi :")))
        right.addWidget(self.suggestions, 2)
        right_box = QWidget()
        right_box.setLayout(right)
        splitter = QSplitter()
        splitter.addWidget(left_box)
        splitter.addWidget(right_box)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([480, 720])
        layout = QVBoxLayout(self)
        self.empty_state = EmptyState()
        layout.addWidget(self.empty_state)
        layout.addWidget(splitter)
        self.setTabOrder(self.who, self.text)
        self.setTabOrder(self.text, self.kind_box)
        self.setTabOrder(self.kind_box, self.consent)
        self.setTabOrder(self.consent, self.categories)

    # --- reading -------------------------------------------------------------------------------------------------

    def _run(self, fn: Any, done: Any) -> None:
        run_counted(self, fn, done)

    def _data_changed(self, summary: object) -> None:
        from core.exchanges.followup import Moved

        if isinstance(summary, CategoryInfo) or summary is None:
            self._load_categories()
        if summary is None or isinstance(summary, (CategoryInfo, Captured, Moved)) or type(summary).__name__ in (
                "SyncReport", "BundleReport"):
            self.reload()

    def reload(self) -> None:
        event = self.context.current_event
        self.title.setText(event.name if event else self.tr("Choisissez un événement"))
        self.empty_state.show_text(None if event else say(NO_EVENT))
        if event is None:
            self._show_board(())
            return
        self._board_generation += 1
        generation, workspace, event_id = self._board_generation, self.context.workspace, event.id

        def read() -> tuple[NeedView, ...]:
            with workspace.reading() as session:
                return board(session, event_id)

        self._run(read, lambda needs: self._show_board(needs) if generation == self._board_generation else None)

    def _load_categories(self) -> None:
        workspace = self.context.workspace

        def read() -> tuple[CategoryInfo, ...]:
            with workspace.reading() as session:
                return vocabulary(session)

        self._run(read, self._show_categories)

    def _show_categories(self, categories: tuple[CategoryInfo, ...]) -> None:
        self.vocabulary = categories
        checked = {self.categories.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.categories.count())
                   if self.categories.item(i).checkState() == Qt.CheckState.Checked}
        self.categories.clear()
        for category in categories:
            item = QListWidgetItem(category.label)
            item.setData(Qt.ItemDataRole.UserRole, category.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if category.code in checked else Qt.CheckState.Unchecked)
            self.categories.addItem(item)

    def _show_board(self, needs: tuple[NeedView, ...]) -> None:
        self.needs = needs
        self.board_hint.show_text(None if needs or self.context.current_event is None else self.tr(
            "Aucun besoin noté pour cet événement. Tapez quelques lettres du nom de qui parle puis Entrée, "
            "écrivez son besoin puis Entrée : il s'affiche ici et sur le mur de projection (Ctrl+M), avec "
            "les structures qui pourraient y répondre."))
        self.tree.blockSignals(True)
        self.tree.clear()
        chosen = None
        for need in needs:
            item = QTreeWidgetItem([need.title, need.person_name + (f" — {need.structure}" if need.structure else ""),
                                    ", ".join(need.category_labels)])
            item.setData(0, Qt.ItemDataRole.UserRole, need.id)
            font = item.font(0)
            font.setBold(True)
            item.setFont(0, font)
            for offer in need.offers:
                child = QTreeWidgetItem([f"{texts.kind(offer.kind)} : {offer.text}",
                                         offer.giver_name + (f" — {offer.giver_structure}"
                                                             if offer.giver_structure else ""),
                                         texts.step(offer.status)])
                child.setData(0, Qt.ItemDataRole.UserRole, need.id)
                child.setData(0, OFFER_ROLE, offer.id)
                item.addChild(child)
            self.tree.addTopLevelItem(item)
            item.setExpanded(True)
            if need.id == self.current_need:
                chosen = item
        if chosen is not None:
            self.tree.setCurrentItem(chosen)
        elif self.current_need is not None and all(n.id != self.current_need for n in needs):
            self.current_need = None
            self._set_mode("need")
        self.tree.blockSignals(False)
        self._refresh_mode_label()

    def _tree_moved(self, item: QTreeWidgetItem | None, _previous: object) -> None:
        if item is None:
            return
        self.current_need = item.data(0, Qt.ItemDataRole.UserRole)
        self._set_mode("offer")
        self._load_suggestions()

    def _load_suggestions(self) -> None:
        need_id, workspace = self.current_need, self.context.workspace
        if need_id is None:
            self.suggestions.clear()
            return

        def read() -> tuple[Suggestion, ...]:
            with workspace.reading() as session:
                return suggest(session, need_id)

        self._run(read, lambda found: self._show_suggestions(need_id, found))

    def _show_suggestions(self, need_id: uuid.UUID, found: tuple[Suggestion, ...]) -> None:
        if need_id != self.current_need:
            return
        self.suggestions.clear()
        for suggestion in found:
            self.suggestions.addItem(texts.suggestion_line(suggestion))
        if not found:
            self.suggestions.addItem(self.tr("Personne dans l'historique du réseau pour l'instant."))

    # --- choosing who speaks ---------------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        # Ctrl+Z in a box still holding text undoes the typing (the line edit's own undo); in an empty box it
        # withdraws the last entry, so the facilitator's hand never leaves the keyboard.
        if isinstance(event, QKeyEvent) and event.matches(QKeySequence.StandardKey.Undo) and \
                watched in (self.who, self.text) and isinstance(watched, QLineEdit) and not watched.text():
            if event.type() == QEvent.Type.ShortcutOverride:
                event.accept()
                return True
            if event.type() == QEvent.Type.KeyPress:
                self.undo()
                return True
        if watched is self.tree and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and \
                event.key() in (Qt.Key.Key_F2, Qt.Key.Key_Delete):
            (self.correct if event.key() == Qt.Key.Key_F2 else self.remove)()
            return True
        if watched in (self.kind_box, self.consent, self.categories) and event.type() == QEvent.Type.KeyPress \
                and isinstance(event, QKeyEvent) and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and not (watched is self.kind_box and self.kind_box.view().isVisible()):
            self.submit()
            return True
        if watched is self.who and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}.get(Qt.Key(event.key()))
            if step is not None and self.matches.count():
                row = max(0, min(self.matches.count() - 1, self.matches.currentRow() + step))
                self.matches.setCurrentRow(row)
                return True
        return super().eventFilter(watched, event)

    def _search(self) -> None:
        query, event = self.who.text(), self.context.current_event
        self._search_generation += 1
        generation, workspace = self._search_generation, self.context.workspace

        def read() -> list[PersonChoice]:
            with workspace.reading() as session:
                return find_people(session, query, event.id if event else None)

        self._run(read, lambda found: self._show_matches(found) if generation == self._search_generation else None)

    def _show_matches(self, found: list[PersonChoice]) -> None:
        self.matches.clear()
        for choice in found:
            item = QListWidgetItem(choice.name + (f" — {choice.structure}" if choice.structure else "")
                                   + ("" if choice.registered else self.tr(" (non inscrit·e)")))
            item.setData(Qt.ItemDataRole.UserRole, choice)
            self.matches.addItem(item)
        if found:
            self.matches.setCurrentRow(0)
        if self._pick_when_found:
            self._pick_when_found = False
            if found:
                self._pick()

    def _pick(self) -> None:
        if self._timer.isActive() or (self.who.text() and not self.matches.count() and self.person is None):
            self._timer.stop()
            self._search()  # Enter typed before the search ran: pick when the results come
            self._pick_when_found = True
            return
        item = self.matches.currentItem()
        if item is None:
            return
        self.person = item.data(Qt.ItemDataRole.UserRole)
        assert self.person is not None
        self.who.setText(self.person.name + (f" — {self.person.structure}" if self.person.structure else ""))
        self.matches.clear()
        self._refresh_mode_label()
        self.text.setFocus()

    # --- writing ---------------------------------------------------------------------------------------------------

    def _set_mode(self, mode: str) -> None:
        self.mode = mode
        self.text.setPlaceholderText(self.tr("Le besoin, en quelques mots, puis Entrée") if mode == "need"
                                     else self.tr("L'offre (un contact, un outil, un conseil…), puis Entrée"))
        self.action_buttons["standing"].setChecked(mode == "standing")
        self._refresh_mode_label()

    def _refresh_mode_label(self) -> None:
        who = self.person.name if self.person else self.tr("(qui ?)")
        if self.mode == "need":
            self.mode_label.setText(fill(self.tr("Nouveau besoin de {0}"), who))
            return
        if self.mode == "standing":
            self.mode_label.setText(fill(self.tr("Ce que {0} peut apporter (offre permanente, cochez ses catégories)"),
                                    who))
            return
        need = next((n for n in self.needs if n.id == self.current_need), None)
        self.mode_label.setText(fill(self.tr("Offre de {0} pour « {1} » ({2})"),
            who, need.title if need else "…", need.person_name if need else ""))

    def new_need(self) -> None:
        self.current_need = None
        self.tree.clearSelection()
        self._set_mode("need")
        self._focus_who()

    def standing_offer(self) -> None:
        """Ctrl+B: what the next person can bring, tied to no need (found later by the suggestions)."""
        self._set_mode("need" if self.mode == "standing" else "standing")
        self._focus_who()

    def _focus_who(self) -> None:
        self.who.setFocus()
        self.who.selectAll()

    def submit(self) -> None:
        event = self.context.current_event
        if event is None:
            self.message.setText(self.tr("Choisissez d'abord l'événement de l'atelier."))
            return
        if self.person is None:
            self.message.setText(self.tr("Choisissez d'abord qui parle (quelques lettres, puis Entrée)."))
            self._focus_who()
            return
        workspace, person_id, text = self.context.workspace, self.person.id, self.text.text()
        codes = [self.categories.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.categories.count())
                 if self.categories.item(i).checkState() == Qt.CheckState.Checked]
        kind, consent = self.kind_box.value(), self.consent.isChecked()
        if self.mode == "standing":
            def write() -> Captured:
                with workspace.unit_of_work() as uow:
                    return capture.make_standing_offer(uow, person_id, text, kind=kind, categories=codes,
                                                       consent_contact=consent, event_id=event.id)
        elif self.mode == "need":
            def write() -> Captured:
                with workspace.unit_of_work() as uow:
                    return capture.state_need(uow, event.id, person_id, text, categories=codes)
        else:
            need_id = self.current_need
            if need_id is None:
                self._set_mode("need")
                return

            def write() -> Captured:
                with workspace.unit_of_work() as uow:
                    return capture.make_offer(uow, need_id, person_id, text, kind=kind, consent_contact=consent)

        self._run(write, self._written)

    def _written(self, result: Captured) -> None:
        self.message.setText(texts.captured(result))
        if not result.withdrawn:
            self.undo_stack.append(result)
        if not result.withdrawn and (result.kind == "need" or self.mode == "standing"):
            for i in range(self.categories.count()):
                self.categories.item(i).setCheckState(Qt.CheckState.Unchecked)
        if result.kind == "need" and not result.withdrawn:
            self.current_need = result.id
            self._set_mode("offer")
            self._load_suggestions()
        self.person = None
        self.who.clear()
        self.text.clear()
        self.consent.setChecked(False)
        self.context.data_changed.emit(result)
        self._refresh_mode_label()
        self.who.setFocus()

    def undo(self) -> None:
        if not self.undo_stack:
            self.message.setText(self.tr("Rien à annuler."))
            return
        last = self.undo_stack.pop()
        workspace = self.context.workspace
        if isinstance(last, capture.Removed):
            removed = last

            def restore() -> Captured:
                with workspace.unit_of_work() as uow:
                    return capture.restore(uow, removed)

            self._run(restore, lambda result: self._changed(result, texts.restored(result)))
            return

        def write() -> Captured:
            with workspace.unit_of_work() as uow:
                return capture.withdraw(uow, last.kind, last.id)

        self._run(write, self._written)

    # --- correcting afterwards -------------------------------------------------------------------------------------

    def chosen_entry(self) -> NeedView | OfferView | None:
        """The need or offer chosen on the board."""
        item = self.tree.currentItem()
        if item is None:
            return None
        need = next((n for n in self.needs if n.id == item.data(0, Qt.ItemDataRole.UserRole)), None)
        offer_id = item.data(0, OFFER_ROLE)
        if need is None or offer_id is None:
            return need
        return next((o for o in need.offers if o.id == offer_id), None)

    def correct(self) -> None:
        from desktop.pages.exchanges.correct import CorrectDialog

        entry = self.chosen_entry()
        if entry is None:
            self.message.setText(self.tr("Choisissez d'abord sur le tableau le besoin ou l'offre à corriger."))
            return
        dialog = CorrectDialog(entry, self.vocabulary, self)
        self.correct_dialog = dialog
        dialog.accepted.connect(lambda: self._save_correction(dialog))
        dialog.open()

    def _save_correction(self, dialog: Any) -> None:
        workspace, entry, text = self.context.workspace, dialog.entry, dialog.text.text()
        if isinstance(entry, NeedView):
            details, codes = dialog.details.text(), dialog.checked_codes()

            def write() -> Captured:
                with workspace.unit_of_work() as uow:
                    return capture.edit_need(uow, entry.id, title=text, details=details, categories=codes)
        else:
            kind, consent = dialog.kind_box.value(), dialog.consent.isChecked()

            def write() -> Captured:
                with workspace.unit_of_work() as uow:
                    return capture.edit_offer(uow, entry.id, text=text, kind=kind, consent_contact=consent)

        self._run(write, lambda result: self._changed(result, texts.corrected(result)))

    def remove(self) -> None:
        entry = self.chosen_entry()
        if entry is None:
            self.message.setText(self.tr("Choisissez d'abord sur le tableau le besoin ou l'offre à supprimer."))
            return
        workspace, kind = self.context.workspace, "need" if isinstance(entry, NeedView) else "offer"

        def write() -> capture.Removed:
            with workspace.unit_of_work() as uow:
                return capture.remove(uow, kind, entry.id)  # type: ignore[arg-type]

        def done(removed: capture.Removed) -> None:
            self.undo_stack.append(removed)
            self._changed(Captured(removed.kind, removed.id, removed.event_id, withdrawn=True),
                          texts.captured(Captured(removed.kind, removed.id, removed.event_id, withdrawn=True))
                          + " " + self.tr("Ctrl+Z pour le rétablir."))

        self._run(write, done)

    def _changed(self, result: Captured, text: str) -> None:
        """An entry corrected, removed or restored: said, and shown everywhere (the fields being typed are kept)."""
        self.message.setText(text)
        self.context.data_changed.emit(result)

    def open_wall(self) -> None:
        from desktop.pages.exchanges.wall import open_wall

        self.wall = open_wall(self.context, self, self.wall)
