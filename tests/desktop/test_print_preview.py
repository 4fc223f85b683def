"""The print preview as a reader uses it: it fills the room it is given, zooms (page, width, 100 %, Ctrl+= / Ctrl+-),
goes from page to page with PageUp / PageDown and says which page is shown."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.pages.printing.preview import PreviewArea

DPI = 96


def _a4(number: int) -> QImage:
    image = QImage(round(210 / 25.4 * DPI), round(297 / 25.4 * DPI), QImage.Format.Format_RGB888)
    image.fill(QColor.fromHsv(number * 40 % 360, 40, 250))
    return image


@pytest.fixture
def preview(qtbot):  # type: ignore[no-untyped-def]
    holder = QWidget()
    area = PreviewArea(DPI)
    QVBoxLayout(holder).addWidget(area)
    qtbot.addWidget(holder)
    holder.resize(1000, 700)
    holder.show()
    qtbot.waitExposed(holder)
    area.show_images([_a4(n) for n in range(3)])
    area.holder = holder  # type: ignore[attr-defined]  # kept alive with the test
    qtbot.wait(20)
    return area


def test_fills_the_room_and_fits_a_whole_page(qtbot, preview) -> None:  # type: ignore[no-untyped-def]
    holder = preview.holder
    assert preview.height() > 600 and preview.width() > 900  # no fixed height: the page's room
    viewport = preview.sheets.viewport()
    first = preview.pages[0]
    height = first.height()
    assert preview.fit_page.isChecked()
    assert height <= viewport.height() and height > viewport.height() * 0.85  # the whole page, big
    assert preview.position.text() == "Page 1 / 3"
    holder.resize(1000, 1000)  # a taller window: the page grows with it
    qtbot.waitUntil(lambda: preview.pages[0].height() > 850)


def test_fit_width_and_100_percent(qtbot, preview) -> None:  # type: ignore[no-untyped-def]
    viewport = preview.sheets.viewport()
    qtbot.mouseClick(preview.fit_width, Qt.MouseButton.LeftButton)
    page = preview.pages[0]
    assert viewport.width() - 40 < page.width() <= viewport.width()
    qtbot.mouseClick(preview.actual, Qt.MouseButton.LeftButton)
    printed_width = round(210 / 25.4 * preview.logicalDpiX())  # 100 %: the printed size on this screen
    assert abs(page.width() - printed_width) <= 3 and preview.zoom_label.text() == "100\u202f%"


def test_keyboard_zoom_and_pages(qtbot, preview) -> None:  # type: ignore[no-untyped-def]
    preview.sheets.setFocus()
    qtbot.mouseClick(preview.actual, Qt.MouseButton.LeftButton)
    width = preview.pages[0].width()
    qtbot.keyClick(preview.sheets, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert preview.pages[0].width() > width and preview.zoom_label.text() == "110\u202f%"
    qtbot.keyClick(preview.sheets, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(preview.sheets, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert preview.pages[0].width() < width and preview.zoom_label.text() == "90\u202f%"

    assert preview.position.text() == "Page 1 / 3" and not preview.previous.isEnabled()
    qtbot.keyClick(preview.sheets, Qt.Key.Key_PageDown)
    assert preview.position.text() == "Page 2 / 3"
    assert preview.sheets.verticalScrollBar().value() > preview.pages[1].y() - 30  # page 2's top is at the top
    qtbot.keyClick(preview.sheets, Qt.Key.Key_PageDown)
    qtbot.keyClick(preview.sheets, Qt.Key.Key_PageDown)
    assert preview.position.text() == "Page 3 / 3" and not preview.next.isEnabled()
    qtbot.keyClick(preview.sheets, Qt.Key.Key_PageUp)
    assert preview.position.text() == "Page 2 / 3"
    qtbot.keyClick(preview.sheets, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)  # zoomed, page 2 stays
    assert preview.position.text() == "Page 2 / 3"
    assert abs(preview.sheets.verticalScrollBar().value() - preview.pages[1].y()) <= 10
    qtbot.mouseClick(preview.fit_page, Qt.MouseButton.LeftButton)  # the page shown stays shown
    assert preview.position.text() == "Page 2 / 3"
    assert abs(preview.sheets.verticalScrollBar().value() - preview.pages[1].y()) <= 10


def test_empty_preview_offers_nothing(qtbot) -> None:  # type: ignore[no-untyped-def]
    area = PreviewArea(DPI)
    qtbot.addWidget(area)
    assert area.position.text() == "" and not area.fit_width.isEnabled() and not area.next.isEnabled()
