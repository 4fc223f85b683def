"""The categories of needs and offers, edited from the page: add one (its code comes from its label), rename one
(its code, hence every need and offer that carries it, stays), retire one (old needs keep its name; it is no longer
offered when capturing) or bring it back. Rows sync like any data, one row per code on every device."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.categories import CategoryInfo, add_category, save_category, vocabulary
from desktop.context import AppContext
from desktop.pages.exchanges.jobs import run_counted


class CategoriesDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.busy = 0
        self.setWindowTitle(self.tr("Catégories des besoins et des offres"))
        self.resize(520, 520)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Catégories"))
        self.list.currentItemChanged.connect(self._chosen)
        self.label = QLineEdit()
        self.label.setAccessibleName(self.tr("Nom de la catégorie"))
        self.label.setPlaceholderText(self.tr("Nom de la catégorie"))
        self.label.setMaxLength(100)
        self.add_button = QPushButton(self.tr("&Ajouter"))
        self.rename_button = QPushButton(self.tr("Re&nommer"))
        self.retire_button = QPushButton(self.tr("&Retirer"))
        close = QPushButton(self.tr("&Fermer"))
        self.add_button.clicked.connect(self.add)
        self.rename_button.clicked.connect(self.rename)
        self.retire_button.clicked.connect(self.retire)
        close.clicked.connect(self.accept)
        self.message = QLabel()
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.rename_button, self.retire_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Une catégorie retirée reste sur les besoins anciens, mais n'est plus "
                                        "proposée à la saisie.")))
        layout.addWidget(self.list, 1)
        layout.addWidget(self.label)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.categories: tuple[CategoryInfo, ...] = ()
        self.reload()

    def reload(self, keep: str | None = None) -> None:
        workspace = self.context.workspace

        def read() -> tuple[CategoryInfo, ...]:
            with workspace.reading() as session:
                return vocabulary(session, with_archived=True)

        self._run(read, lambda found: self._show(found, keep))

    def _show(self, categories: tuple[CategoryInfo, ...], keep: str | None) -> None:
        self.categories = categories
        self.list.clear()
        for category in categories:
            item = QListWidgetItem(category.label + (self.tr(" (retirée)") if category.archived else ""))
            item.setData(Qt.ItemDataRole.UserRole, category)
            if category.archived:
                item.setForeground(QBrush(QColor("#6b6b6b")))
            self.list.addItem(item)
            if category.code == keep:
                self.list.setCurrentItem(item)

    def current(self) -> CategoryInfo | None:
        item = self.list.currentItem()
        chosen: CategoryInfo | None = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return chosen

    def _chosen(self, item: QListWidgetItem | None, _previous: object) -> None:
        category = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if category is not None:
            self.label.setText(category.label)
        self.retire_button.setText(self.tr("&Rétablir") if category and category.archived else self.tr("&Retirer"))

    def add(self) -> None:
        label = self.label.text()
        self._write(lambda session: add_category(session, label), self.tr("Catégorie ajoutée : {0}"))

    def rename(self) -> None:
        category, label = self.current(), self.label.text()
        if category is None:
            self.message.setText(self.tr("Choisissez d'abord la catégorie à renommer."))
            return
        self._write(lambda session: save_category(session, category.code, label, archived=category.archived),
                    self.tr("Catégorie renommée : {0}"))

    def retire(self) -> None:
        category = self.current()
        if category is None:
            self.message.setText(self.tr("Choisissez d'abord la catégorie à retirer."))
            return
        self._write(lambda session: save_category(session, category.code, category.label,
                                                  archived=not category.archived),
                    self.tr("Catégorie rétablie : {0}") if category.archived else self.tr("Catégorie retirée : {0}"))

    def _write(self, change: Callable[..., CategoryInfo], done_text: str) -> None:
        workspace = self.context.workspace

        def write() -> CategoryInfo:
            with workspace.unit_of_work() as uow:
                return change(uow.session)

        def done(saved: CategoryInfo) -> None:
            self.message.setText(done_text.format(saved.label))
            self.context.data_changed.emit(saved)  # the page's boxes and the board's labels follow
            self.reload(keep=saved.code)

        self._run(write, done)

    def _run(self, fn: Callable[[], Any], done: Callable[[Any], None]) -> None:
        run_counted(self, fn, done)
