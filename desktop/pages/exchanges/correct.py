"""Correcting a need or an offer afterwards (F2 on the board): a need's title, details and categories; an offer's
text, kind and the consent to pass contact details on. Removing one (Suppr) is on the page, undone by Ctrl+Z."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from core.categories import CategoryInfo
from core.exchanges.board import NeedView, OfferView
from core.models import OfferKind
from desktop.choices import ValueCombo
from desktop.pages.exchanges import texts


class CorrectDialog(QDialog):
    def __init__(self, entry: NeedView | OfferView, categories: tuple[CategoryInfo, ...],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry = entry
        self.is_need = isinstance(entry, NeedView)
        self.setWindowTitle(self.tr("Corriger le besoin") if self.is_need else self.tr("Corriger l'offre"))
        self.resize(620, 420 if self.is_need else 200)
        form = QFormLayout(self)
        self.text = QLineEdit(entry.title if isinstance(entry, NeedView) else entry.text)
        self.text.setMaxLength(5000)
        form.addRow(self.tr("Besoin :") if self.is_need else self.tr("Offre :"), self.text)
        self.details = QLineEdit()
        self.kind_box = ValueCombo()
        self.consent = QCheckBox(self.tr("Accepte de transmettre ses coordonnées"))
        self.categories = QListWidget()
        if isinstance(entry, NeedView):
            self.details.setText(entry.details or "")
            form.addRow(self.tr("Précisions :"), self.details)
            known = {c.code for c in categories}
            for category in categories + tuple(CategoryInfo(code, code, True) for code in entry.categories
                                               if code not in known):
                item = QListWidgetItem(category.label)
                item.setData(Qt.ItemDataRole.UserRole, category.code)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if category.code in entry.categories
                                   else Qt.CheckState.Unchecked)
                self.categories.addItem(item)
            form.addRow(self.tr("Catégories :"), self.categories)
        else:
            self.kind_box.set_choices((texts.kind(kind), kind) for kind in OfferKind)
            self.kind_box.set_value(entry.kind)
            self.consent.setChecked(entry.consent_contact)
            form.addRow(self.tr("Type d'offre :"), self.kind_box)
            form.addRow("", self.consent)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def checked_codes(self) -> list[str]:
        return [self.categories.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.categories.count())
                if self.categories.item(i).checkState() == Qt.CheckState.Checked]
