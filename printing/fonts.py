"""The bundled DejaVu fonts, registered once with ReportLab: they cover French, Turkish and Vietnamese names
(Éloïse N'Diaye-Lefèvre, Çağla Öztürk, Nguyễn Thị Minh) that ReportLab's built-in Helvetica cannot draw."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from reportlab import rl_config
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONTS_DIR = Path(__file__).resolve().parent.parent / "resources" / "fonts"

REGULAR = "Envol"
BOLD = "Envol-Bold"
ITALIC = "Envol-Italic"
CONDENSED = "Envol-Condensed"
CONDENSED_BOLD = "Envol-CondensedBold"

_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    CONDENSED: "DejaVuSansCondensed.ttf",
    CONDENSED_BOLD: "DejaVuSansCondensed-Bold.ttf",
}


@cache
def register_fonts() -> None:
    """Idempotent; call before drawing. Paragraph <b>/<i> map to the bold and italic faces.

    Also writes compressed streams as binary rather than ASCII85 text: ReportLab's ASCII85 encoder is pure Python
    without its C accelerator, and took a third of the time of a thousand badges; binary streams are smaller too."""
    rl_config.useA85 = 0
    for name, filename in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(FONTS_DIR / filename)))
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, ITALIC)
    addMapping(REGULAR, 1, 1, BOLD)
