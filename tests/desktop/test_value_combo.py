"""Combo boxes hold Python values and find them again by equality: the mechanism behind every form's round trip."""

from __future__ import annotations

import re
import uuid
from datetime import date
from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from core.models import OrganisationKind
from desktop.choices import ValueCombo


def test_values_are_found_by_equality_and_come_back_as_they_were(qtbot):
    box = ValueCombo()
    qtbot.addWidget(box)
    org = uuid.uuid4()
    box.add_choice("— aucune —", None)
    box.add_choice("La Ruche", org)
    box.add_choice("SCOP", OrganisationKind.SCOP)
    box.add_choice("13/11", date(2026, 11, 13))
    assert box.set_value(uuid.UUID(str(org)))  # an equal id read again from the database, not the same object
    assert box.value() == org and isinstance(box.value(), uuid.UUID)
    assert box.set_value(OrganisationKind.SCOP) and box.value() is OrganisationKind.SCOP  # not degraded to str
    assert box.set_value(date(2026, 11, 13)) and box.value() == date(2026, 11, 13)
    assert box.set_value(None) and box.currentIndex() == 0


def test_a_value_outside_the_list_is_kept_not_replaced_by_the_first_item(qtbot):
    box = ValueCombo()
    qtbot.addWidget(box)
    box.add_choice("— aucune —", None)
    unknown = uuid.uuid4()
    assert not box.set_value(unknown)
    assert box.set_value(unknown, "Structure inconnue sur ce poste")
    assert box.value() == unknown and box.currentText() == "Structure inconnue sur ce poste"


def test_the_wheel_changes_a_combo_only_once_it_has_the_focus(qtbot):
    box = ValueCombo()
    qtbot.addWidget(box)
    for n in range(5):
        box.add_choice(str(n), n)
    box.show()
    box.set_value(2)

    def wheel() -> None:
        event = QWheelEvent(QPointF(5, 5), QPointF(box.mapToGlobal(QPoint(5, 5))), QPoint(0, 0), QPoint(0, -120),
                            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
                            False)
        QApplication.sendEvent(box, event)

    box.clearFocus()
    wheel()
    assert box.value() == 2
    assert box.focusPolicy() == Qt.FocusPolicy.StrongFocus  # the wheel alone does not give it the focus
    box.setFocus()
    box.activateWindow()
    qtbot.waitUntil(box.hasFocus, timeout=2000)
    wheel()
    assert box.value() == 3


def test_no_form_uses_qt_item_data_for_values():
    """Guard: every combo box of the GUI is a ValueCombo, and nothing compares values through Qt's item data."""
    root = Path(__file__).resolve().parents[2] / "desktop"
    offenders = []
    for path in root.rglob("*.py"):
        if path.name == "choices.py":
            continue
        text = path.read_text(encoding="utf-8")
        for pattern in (r"QComboBox\(", r"\.findData\(", r"\.currentData\(", r"\.itemData\("):
            offenders += [f"{path.relative_to(root)}: {pattern}" for _ in re.finditer(pattern, text)]
    assert offenders == []
