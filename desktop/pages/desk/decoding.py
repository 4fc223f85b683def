"""Decode QR codes in a camera frame with zxing-cpp. Runs on a worker thread, never on the GUI thread.

Takes a numpy array (grey or RGB) or a PIL image: the camera pipeline converts each QVideoFrame to a
grey array first. Without zxing-cpp the desk still works with the scanner and the search (available() says so).
"""

from __future__ import annotations

from typing import Any

try:
    import zxingcpp
except ImportError:  # pragma: no cover - the desk says so instead of failing
    zxingcpp = None


def available() -> bool:
    return zxingcpp is not None


def decode_qr(image: Any) -> list[str]:
    """Texts of the QR codes found in the image, possibly none."""
    if zxingcpp is None:
        return []
    results = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode,
                                     try_rotate=True, try_downscale=True)
    return [r.text for r in results if r.valid and r.text]
