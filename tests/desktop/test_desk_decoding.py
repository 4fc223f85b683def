"""QR images as a webcam sees them (scaled, rotated, noisy) decode through the camera pipeline's function."""

from __future__ import annotations

import random
import uuid

import qrcode
from PIL import Image, ImageFilter
from PySide6.QtGui import QImage

from core.tickets import generate_private_key, sign_token
from desktop.pages.desk.camera import decode_image
from desktop.pages.desk.decoding import decode_qr

TOKEN = sign_token(generate_private_key(), uuid.uuid4(), uuid.uuid4(), uuid.uuid4())


def _photo(scale: float, angle: float, noise: int) -> Image.Image:
    code = qrcode.make(TOKEN, box_size=4, border=4).get_image().convert("L")
    code = code.resize((int(code.width * scale), int(code.height * scale)))
    code = code.rotate(angle, expand=True, fillcolor=255)
    frame = Image.new("L", (1280, 720), 200)
    frame.paste(code, (300, max(0, (720 - code.height) // 2)))
    rng = random.Random(noise)
    pixels = frame.load()
    for _ in range(noise * 1000):
        x, y = rng.randrange(1280), rng.randrange(720)
        pixels[x, y] = rng.randrange(256)
    return frame.filter(ImageFilter.GaussianBlur(0.8))


def test_scaled_rotated_noisy_frames_decode():
    for scale, angle, noise in ((1.0, 0, 0), (0.8, 12, 20), (1.3, -25, 40), (1.0, 90, 10)):
        assert decode_qr(_photo(scale, angle, noise)) == [TOKEN], (scale, angle, noise)


def test_qimage_frames_decode_and_an_empty_frame_gives_nothing(qtbot):
    frame = _photo(1.0, 5, 5).convert("RGB")
    image = QImage(frame.tobytes(), frame.width, frame.height, frame.width * 3, QImage.Format.Format_RGB888)
    assert decode_image(image) == [TOKEN]
    blank = QImage(1280, 720, QImage.Format.Format_RGB32)
    blank.fill(0xFFFFFF)
    assert decode_image(blank) == []
