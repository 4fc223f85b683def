"""PDF pages as images, for the preview (QtPdf is not in the installed wheels: pypdfium2 is)."""

from __future__ import annotations

import pypdfium2
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

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


class PreviewArea(QScrollArea):
    """Pages one under the other, exactly as rendered."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.pages: list[QLabel] = []
        self._clear()

    def _clear(self) -> None:
        inner = QWidget()
        self._layout = QVBoxLayout(inner)
        self._layout.addStretch()
        self.setWidget(inner)
        self.pages = []

    def show_images(self, images: list[QImage]) -> None:
        self._clear()
        for number, image in enumerate(images, start=1):
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(image))
            label.setAccessibleName(self.tr("Page {0}").format(number))
            label.setStyleSheet("border: 1px solid #999; background: white;")
            self._layout.insertWidget(self._layout.count() - 1, label)
            self.pages.append(label)
