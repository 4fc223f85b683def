"""A page that a later issue fills says so plainly, instead of pretending."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.context import AppContext


def placeholder(title: str, issue: int) -> Callable[[AppContext], QWidget]:
    def make(_context: AppContext) -> QWidget:
        page = QWidget()
        label = QLabel(
            QCoreApplication.translate("pages", "La page « {0} » arrive avec le ticket n° {1} : "
                                       "elle n'est pas encore disponible dans cette version.")
            .format(QCoreApplication.translate("pages", title), issue)
        )
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(page)
        layout.addWidget(label)
        return page

    return make
