"""QR codes drawn as vector squares: sharp at any printer resolution, and fast (one path per code)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import qrcode
from qrcode.constants import ERROR_CORRECT_M
from reportlab.pdfgen.canvas import Canvas

QUIET_MODULES = 2  # white border inside the box; the badge around it is white too


@lru_cache(maxsize=4096)
def matrix(data: str) -> tuple[tuple[bool, ...], ...]:
    """The code's modules, dark = True: zxing-cpp's C++ encoder (5x faster than qrcode, which dominated the
    time of a badge sheet), qrcode where zxing-cpp cannot write."""
    try:
        import zxingcpp

        code = zxingcpp.create_barcode(data, zxingcpp.BarcodeFormat.QRCode, ec_level="M")
        image: Any = zxingcpp.write_barcode_to_image(code, scale=1, add_quiet_zones=False)
        rows: list[list[int]] = memoryview(image).tolist()  # type: ignore[assignment]
    except (ImportError, AttributeError, TypeError, ValueError):  # zxing-cpp before 2.3 only reads
        return _qrcode_matrix(data)
    return tuple(tuple(value < 128 for value in row) for row in rows)


def _qrcode_matrix(data: str) -> tuple[tuple[bool, ...], ...]:
    # A fixed mask skips qrcode's mask scoring (8 trial encodings): 6x faster and any mask decodes.
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0, mask_pattern=0)
    code.add_data(data)
    code.make(fit=True)
    return tuple(tuple(bool(cell) for cell in row) for row in code.get_matrix())


@lru_cache(maxsize=4096)
def _operators(data: str) -> str:
    """The code's dark runs as PDF rectangle operators in module units (integers: short and fast to write)."""
    cells = matrix(data)
    count = len(cells)
    ops = []
    for r, row in enumerate(cells):
        y = count - 1 - r
        c = 0
        while c < count:
            if not row[c]:
                c += 1
                continue
            start = c
            while c < count and row[c]:
                c += 1
            ops.append(f"{start} {y} {c - start} 1 re")
    return "\n".join(ops) + "\nf"


def draw_qr(canvas: Canvas, data: str, x: float, y: float, size: float) -> None:
    """Draw data's QR code in the square of side size (points) whose bottom-left corner is (x, y)."""
    count = len(matrix(data))
    module = size / (count + 2 * QUIET_MODULES)
    canvas.saveState()
    canvas.setFillColorRGB(0, 0, 0)
    canvas.transform(module, 0, 0, module, x + QUIET_MODULES * module, y + QUIET_MODULES * module)
    # Raw operators: ReportLab's path API formats every number through Python and is 10x slower for
    # the ~600 rectangles of a ticket's code; a thousand badges would wait seconds for it.
    canvas._code.append(_operators(data))  # noqa: SLF001
    canvas.restoreState()
