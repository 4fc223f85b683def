"""A short tone for accepted and refused scans (QtMultimedia); a system beep when it is unavailable."""

from __future__ import annotations

import math
import struct
import tempfile
import wave
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QUrl
from PySide6.QtWidgets import QApplication


def _tone(path: Path, frequencies: tuple[int, ...], ms: int = 120, rate: int = 22050) -> None:
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        for frequency in frequencies:
            frames = b"".join(struct.pack("<h", int(9000 * math.sin(2 * math.pi * frequency * i / rate)))
                              for i in range(rate * ms // 1000))
            out.writeframes(frames)


class Sounds(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._effects: dict[bool, Any] = {}
        try:
            from PySide6.QtMultimedia import QSoundEffect
        except ImportError:
            return
        folder = Path(tempfile.mkdtemp(prefix="envol-sounds-"))
        for accepted, notes in ((True, (880, 1320)), (False, (330, 220, 330))):
            path = folder / f"{accepted}.wav"
            _tone(path, notes)
            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(path)))
            self._effects[accepted] = effect

    def play(self, accepted: bool) -> None:
        effect = self._effects.get(accepted)
        if effect is not None:
            effect.play()
        elif not accepted:
            QApplication.beep()
