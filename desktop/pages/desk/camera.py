"""Webcam scanning: QtMultimedia frames, decoded by zxing-cpp on a worker (one frame at a time, others dropped).

Every way this can be missing (no QtMultimedia libraries, no camera, no zxing-cpp) ends in a sentence on
the page, never in an error: the scanner and the search keep working.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.background import Tasks
from desktop.pages.desk import decoding


def image_to_grey(image: QImage) -> Any:
    """A PIL grey image of a QImage (copied: the frame's memory is gone once the slot returns)."""
    from PIL import Image

    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    data = bytes(grey.constBits())
    return Image.frombuffer("L", (grey.width(), grey.height()), data, "raw", "L", grey.bytesPerLine(), 1)


def decode_image(image: QImage) -> list[str]:
    return decoding.decode_qr(image_to_grey(image))


class CameraPanel(QWidget):
    scanned = Signal(str)

    def __init__(self, tasks: Tasks) -> None:
        super().__init__()
        self._tasks = tasks
        self._busy = False
        self._last = ""
        self._camera: Any = None
        self.status = QLabel(wordWrap=True)
        self.toggle = QPushButton(QCoreApplication.translate("desk", "Activer la caméra"))
        self.toggle.setCheckable(True)
        self.toggle.toggled.connect(self._toggled)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toggle)
        layout.addWidget(self.status)
        self.problem = self._availability()
        self.toggle.setEnabled(self.problem is None)
        self.status.setText(self.problem or QCoreApplication.translate("desk", "Caméra disponible."))

    def _availability(self) -> str | None:
        if not decoding.available():
            return QCoreApplication.translate("desk", "Lecture par caméra indisponible (zxing-cpp absent) : "
                                              "utilisez la douchette ou la recherche.")
        try:
            from PySide6.QtMultimedia import QMediaDevices
        except ImportError:
            return QCoreApplication.translate("desk", "Lecture par caméra indisponible (bibliothèques multimédia "
                                              "absentes) : utilisez la douchette ou la recherche.")
        if not QMediaDevices.videoInputs():
            return QCoreApplication.translate("desk", "Aucune caméra détectée : utilisez la douchette ou la "
                                              "recherche par nom.")
        return None

    def _toggled(self, on: bool) -> None:
        if not on:
            if self._camera is not None:
                self._camera.stop()
            self.status.setText(QCoreApplication.translate("desk", "Caméra arrêtée."))
            return
        from PySide6.QtMultimedia import QCamera, QMediaCaptureSession, QVideoSink

        self._camera = QCamera(self)
        self._session = QMediaCaptureSession(self)
        self._sink = QVideoSink(self)
        self._session.setCamera(self._camera)
        self._session.setVideoSink(self._sink)
        self._sink.videoFrameChanged.connect(self._frame)
        self._camera.errorOccurred.connect(lambda _e, text: self.status.setText(text))
        self._camera.start()
        self.status.setText(QCoreApplication.translate("desk", "Présentez le QR code à la caméra."))

    def _frame(self, frame: Any) -> None:
        if self._busy:
            return  # drop frames while one is decoding: latency over throughput
        image = frame.toImage()
        if image.isNull():
            return
        self._busy = True
        grey = image_to_grey(image)  # copy on the GUI thread (cheap), decode on the pool
        self._tasks.background(lambda _progress: decoding.decode_qr(grey), self._decoded, self._failed)

    def _decoded(self, texts: list[str]) -> None:
        self._busy = False
        for text in texts:
            if text != self._last:  # the same code stays in view for many frames
                self._last = text
                self.scanned.emit(text)

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        self.status.setText(str(error))
