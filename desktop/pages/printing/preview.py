"""PDF pages as images, for the preview (QtPdf is not in the installed wheels: pypdfium2 is)."""

from __future__ import annotations

import pypdfium2
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QScrollArea, QToolButton, QVBoxLayout, QWidget

from desktop import design
from desktop.background import Progress


def rasterise(pdf: bytes, dpi: float, progress: Progress | None = None, limit: int | None = None) -> list[QImage]:
    """Each page as a QImage at dpi (safe off the GUI thread: QImage is not a widget)."""
    document = pypdfium2.PdfDocument(pdf)
    try:
        count = len(document) if limit is None else min(limit, len(document))
        images = []
        for index in range(count):
            if progress is not None:
                if progress.cancelled():
                    return []
                progress.report(index, count)
            bitmap = document[index].render(scale=dpi / 72)
            pil = bitmap.to_pil().convert("RGB")
            data = pil.tobytes("raw", "RGB")
            images.append(QImage(data, pil.width, pil.height, pil.width * 3, QImage.Format.Format_RGB888).copy())
        return images
    finally:
        document.close()


def page_count(pdf: bytes) -> int:
    document = pypdfium2.PdfDocument(pdf)
    try:
        return len(document)
    finally:
        document.close()


class PreviewArea(QWidget):
    """Pages one under the other, exactly as rendered: zoom to the page, to the width or 100 % (Ctrl+= / Ctrl+-),
    PageUp / PageDown from page to page, « page n / N » on the bar. Fills the room its layout gives it."""

    FIT_PAGE, FIT_WIDTH = "page", "width"
    STEPS = (0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 3.0)

    def __init__(self, dpi: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dpi = dpi  # of the images received: 100 % shows them at their printed size on this screen
        self.images: list[QImage] = []
        self.pages: list[QLabel] = []
        self.mode: str | float = self.FIT_PAGE  # a fitting, or a fixed zoom factor (1.0 = 100 %)
        self.sheets = QScrollArea()
        self.sheets.setWidgetResizable(True)
        self.sheets.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.sheets.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.sheets.viewport().installEventFilter(self)
        self.sheets.verticalScrollBar().valueChanged.connect(self._update_position)

        self.fit_page = self._tool(self.tr("Page entière"), None, self.tr("Toute la page visible"))
        self.fit_width = self._tool(self.tr("Pleine largeur"), None, self.tr("La page sur toute la largeur"))
        self.actual = self._tool(self.tr("100\u202f%"), None, self.tr("Taille réelle"))
        self.zoom_out = self._tool("", "zoom-out", self.tr("Zoom arrière (Ctrl+-)"))
        self.zoom_in = self._tool("", "zoom-in", self.tr("Zoom avant (Ctrl+=)"))
        self.previous = self._tool("", "previous", self.tr("Page précédente (touche Page ↑)"))
        self.next = self._tool("", "next", self.tr("Page suivante (touche Page ↓)"))
        self.position = QLabel()
        self.zoom_label = QLabel()
        for button in (self.fit_page, self.fit_width, self.actual):
            button.setCheckable(True)
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        for widget in (self.fit_page, self.fit_width, self.actual, self.zoom_out, self.zoom_in, self.zoom_label):
            bar.addWidget(widget)
        bar.addStretch()
        for widget in (self.previous, self.position, self.next):
            bar.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.sheets, 1)

        self.fit_page.clicked.connect(lambda: self.set_zoom(self.FIT_PAGE))
        self.fit_width.clicked.connect(lambda: self.set_zoom(self.FIT_WIDTH))
        self.actual.clicked.connect(lambda: self.set_zoom(1.0))
        self.zoom_in.clicked.connect(lambda: self.step_zoom(+1))
        self.zoom_out.clicked.connect(lambda: self.step_zoom(-1))
        self.previous.clicked.connect(lambda: self.go_to(self.current_page() - 1))
        self.next.clicked.connect(lambda: self.go_to(self.current_page() + 1))
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in [((QKeySequence.StandardKey.ZoomIn, "Ctrl+=", "Ctrl++"), lambda: self.step_zoom(+1)),
                           ((QKeySequence.StandardKey.ZoomOut, "Ctrl+-"), lambda: self.step_zoom(-1)),
                           (("Ctrl+0",), lambda: self.set_zoom(1.0)),
                           ((QKeySequence(Qt.Key.Key_PageDown),), lambda: self.go_to(self.current_page() + 1)),
                           ((QKeySequence(Qt.Key.Key_PageUp),), lambda: self.go_to(self.current_page() - 1))]:
            seen: set[str] = set()
            for key in keys:
                sequence = QKeySequence(key)
                if sequence.isEmpty() or sequence.toString() in seen:
                    continue
                seen.add(sequence.toString())
                shortcut = QShortcut(sequence, self)
                shortcut.setContext(context)
                shortcut.activated.connect(slot)
        self._clear()

    def _tool(self, text: str, icon: str | None, tip: str) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        if icon is not None:
            button.setIcon(design.icon(icon))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon if text
                                      else Qt.ToolButtonStyle.ToolButtonIconOnly)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        return button

    # --- content
    def _clear(self) -> None:
        inner = QWidget()
        self._layout = QVBoxLayout(inner)
        self._layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self._layout.addStretch()
        self.sheets.setWidget(inner)
        self.pages = []
        self._update_controls()

    def show_images(self, images: list[QImage]) -> None:
        self._clear()
        self.images = list(images)
        for number, _image in enumerate(images, start=1):
            label = QLabel()
            label.setAccessibleName(self.tr("Page {0}").format(number))
            label.setStyleSheet(f"border: 1px solid {design.PALETTE.border}; background: white;")
            self._layout.insertWidget(self._layout.count() - 1, label, 0, Qt.AlignmentFlag.AlignHCenter)
            self.pages.append(label)
        self._apply_zoom()

    # --- zoom
    def factor(self) -> float:
        """The zoom shown, 1.0 being the printed size (what 100 % means)."""
        if not self.images:
            return 1.0 if isinstance(self.mode, str) else self.mode
        if isinstance(self.mode, float):
            return self.mode
        natural = self._natural_size()
        viewport = self.sheets.viewport().size()
        margin = 2 * self._layout.contentsMargins().left() + 4
        by_width = (viewport.width() - margin - self.sheets.verticalScrollBar().sizeHint().width()) / natural[0]
        if self.mode == self.FIT_WIDTH:
            return max(by_width, 0.05)
        by_height = (viewport.height() - 2 * self._layout.contentsMargins().top() - 4) / natural[1]
        return max(min(by_width, by_height), 0.05)

    def _natural_size(self) -> tuple[float, float]:
        """The first page's size at 100 %, in logical pixels of this screen."""
        image = self.images[0]
        scale = self.logicalDpiX() / self.dpi
        return image.width() * scale, image.height() * scale

    def set_zoom(self, mode: str | float) -> None:
        page = self.current_page()
        self.mode = mode
        self._apply_zoom()
        self.go_to(page)

    def step_zoom(self, direction: int) -> None:
        now = self.factor()
        if direction > 0:
            bigger = [step for step in self.STEPS if step > now + 0.001]
            self.set_zoom(bigger[0] if bigger else self.STEPS[-1])
        else:
            smaller = [step for step in self.STEPS if step < now - 0.001]
            self.set_zoom(smaller[-1] if smaller else self.STEPS[0])

    def _apply_zoom(self) -> None:
        if self.images:
            factor = self.factor()
            scale = factor * self.logicalDpiX() / self.dpi
            ratio = self.devicePixelRatioF()
            for label, image in zip(self.pages, self.images, strict=True):
                width, height = round(image.width() * scale), round(image.height() * scale)
                pixmap = QPixmap.fromImage(image).scaled(
                    round(width * ratio), round(height * ratio), Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation)
                pixmap.setDevicePixelRatio(ratio)
                label.setPixmap(pixmap)
                label.setFixedSize(width + 2, height + 2)
        self._update_controls()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.sheets.viewport() and event.type() == QEvent.Type.Resize and isinstance(self.mode, str):
            self._apply_zoom()
        return super().eventFilter(watched, event)

    # --- pages
    def current_page(self) -> int:
        """0-based: the page whose top is the last one at or above the viewport's middle (the first at the top)."""
        if not self.pages:
            return 0
        top = self.sheets.verticalScrollBar().value()
        middle = top + self.sheets.viewport().height() // 3
        current = 0
        for index, label in enumerate(self.pages):
            if label.y() <= middle:
                current = index
        if top >= self.sheets.verticalScrollBar().maximum() > 0:
            bottom = top + self.sheets.viewport().height()
            current = max(current, max(i for i, label in enumerate(self.pages) if label.y() < bottom))
        return current

    def go_to(self, index: int) -> None:
        if not self.pages:
            return
        index = max(0, min(index, len(self.pages) - 1))
        self._settle_layout()
        self.sheets.verticalScrollBar().setValue(self.pages[index].y() - self._layout.spacing())
        self._update_position(page=index)

    def _settle_layout(self) -> None:
        """Pages placed at their new zoom now, not at the next event loop turn: the page shown stays shown."""
        self._layout.activate()
        inner, viewport, hint = self.sheets.widget(), self.sheets.viewport().size(), self._layout.sizeHint()
        if inner is not None:
            inner.resize(max(viewport.width(), hint.width()), max(viewport.height(), hint.height()))
        self._layout.activate()

    def _update_position(self, *_: object, page: int | None = None) -> None:
        count = len(self.pages)
        current = self.current_page() if page is None else page
        self.position.setText(self.tr("Page {0} / {1}").format(current + 1, count) if count else "")
        self.previous.setEnabled(count > 0 and current > 0)
        self.next.setEnabled(count > 0 and current < count - 1)

    def _update_controls(self) -> None:
        has = bool(self.pages)
        for button in (self.fit_page, self.fit_width, self.actual, self.zoom_in, self.zoom_out):
            button.setEnabled(has)
        self.fit_page.setChecked(self.mode == self.FIT_PAGE)
        self.fit_width.setChecked(self.mode == self.FIT_WIDTH)
        self.actual.setChecked(self.mode == 1.0)
        self.zoom_label.setText(f"{round(self.factor() * 100)}\u202f%" if has else "")
        self._update_position()
