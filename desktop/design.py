"""The design system, in one place: palette (and its high-contrast variant), spacing, type scale, icons, stylesheet.

Pages never write a colour or a size of their own: they take them from here (`design.PALETTE.accent`,
`design.SPACE`, `design.icon("home")`), and the application's stylesheet gives buttons, tables, forms, the
sidebar and the verdict panel their look. Icons are Font Awesome 5 through qtawesome (MIT, fonts under the SIL OFL
1.1, shipped in the wheel); a missing icon font never stops the application (an empty icon is drawn instead).
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import QApplication


@dataclass(frozen=True)
class Palette:
    window: str
    surface: str  # cards, tables, inputs
    sidebar: str
    sidebar_text: str
    sidebar_selected: str
    text: str
    muted: str  # secondary text: still 4.5:1 on surface
    border: str
    accent: str  # the network's blue-green: primary buttons, selection, focus ring
    accent_text: str
    accent_soft: str
    ok: str
    ok_soft: str
    warn: str
    warn_soft: str
    bad: str
    bad_soft: str
    focus: str


STANDARD = Palette(
    window="#f4f6f8", surface="#ffffff", sidebar="#1f3a4d", sidebar_text="#e8eef2", sidebar_selected="#2f6f8f",
    text="#1b2631", muted="#52606d", border="#cfd8df", accent="#0f6e8c", accent_text="#ffffff",
    accent_soft="#dcefF5", ok="#1e7b34", ok_soft="#e3f4e6", warn="#9a5b00", warn_soft="#fff2d6",
    bad="#b3261e", bad_soft="#fde7e5", focus="#f0a202",
)
HIGH_CONTRAST = Palette(
    window="#ffffff", surface="#ffffff", sidebar="#000000", sidebar_text="#ffffff", sidebar_selected="#003a8c",
    text="#000000", muted="#1a1a1a", border="#000000", accent="#003a8c", accent_text="#ffffff",
    accent_soft="#d6e4ff", ok="#005a16", ok_soft="#ffffff", warn="#6b3b00", warn_soft="#ffffff",
    bad="#8c0000", bad_soft="#ffffff", focus="#d40000",
)
PALETTE = HIGH_CONTRAST if os.environ.get("ENVOL_HIGH_CONTRAST") == "1" else STANDARD

# Spacing scale (px at 100 %; Qt scales with the screen): one step apart is the gap between related things.
SPACE = {"xs": 4, "s": 8, "m": 12, "l": 16, "xl": 24, "xxl": 32}
# Type scale, relative to the system font (a larger system font grows everything).
TYPE = {"small": 0.9, "body": 1.0, "title": 1.35, "display": 1.9, "verdict": 2.6}
SIDEBAR_WIDTH = 216
SIDEBAR_COLLAPSED = 56

# Font Awesome 5 names, one per meaning (the sidebar's pages, the home page's jobs).
ICONS = {
    "aujourdhui": "fa5s.home", "agenda": "fa5s.calendar-alt", "participants": "fa5s.users",
    "personnes": "fa5s.address-book", "structures": "fa5s.building", "accueil": "fa5s.qrcode",
    "impressions": "fa5s.print", "synchronisation": "fa5s.sync-alt", "import": "fa5s.file-import",
    "echanges": "fa5s.hands-helping", "rendez-vous": "fa5s.handshake",
    "badge": "fa5s.id-badge", "emargement": "fa5s.file-signature", "warning": "fa5s.exclamation-triangle",
    "ok": "fa5s.check-circle", "collapse": "fa5s.angle-double-left", "expand": "fa5s.angle-double-right",
    "demo": "fa5s.play-circle", "new": "fa5s.plus-circle", "hub": "fa5s.network-wired", "event": "fa5s.calendar-day",
    "zoom-in": "fa5s.search-plus",
    "zoom-out": "fa5s.search-minus", "previous": "fa5s.chevron-up", "next": "fa5s.chevron-down",
}


def icon(name: str, color: str | None = None) -> QIcon:
    try:
        import qtawesome

        return qtawesome.icon(ICONS.get(name, name), color=color or PALETTE.text)
    except Exception:  # noqa: BLE001 - an icon is decoration: the label says the same thing
        return QIcon()


def row_height(font_height: int) -> int:
    return font_height + SPACE["m"]


def point_size(step: str) -> float:
    app = QApplication.instance()
    base = app.font().pointSizeF() if isinstance(app, QApplication) else 10.0
    return max(1.0, base * TYPE[step])


def stylesheet(p: Palette = PALETTE) -> str:
    s = SPACE
    return f"""
QMainWindow, QDialog {{ background: {p.window}; color: {p.text}; }}
QWidget#page {{ background: {p.window}; }}
QLabel {{ color: {p.text}; }}
QLabel[role="muted"] {{ color: {p.muted}; }}
QLabel[role="title"] {{ font-size: {point_size("title"):.1f}pt; font-weight: 600; }}
QLabel[role="display"] {{ font-size: {point_size("display"):.1f}pt; font-weight: 700; }}
QLabel[role="empty"] {{ color: {p.muted}; padding: {s["xl"]}px; font-size: {point_size("title"):.1f}pt; }}
QFrame[role="card"] {{ background: {p.surface}; border: 1px solid {p.border}; border-radius: 8px; }}
QFrame[role="attention"] {{ background: {p.warn_soft}; border: 1px solid {p.warn}; border-radius: 8px; }}
QFrame#header {{ background: {p.surface}; border-bottom: 1px solid {p.border}; }}
QLabel#header_event {{ font-size: {point_size("title"):.1f}pt; font-weight: 600; }}
QLabel#header_sync {{ color: {p.muted}; padding: 2px {s["s"]}px; border: 1px solid {p.border}; border-radius: 10px; }}
QPushButton {{ background: {p.surface}; color: {p.text}; border: 1px solid {p.border}; border-radius: 6px;
    padding: {s["xs"] + 2}px {s["m"]}px; min-height: 20px; }}
QPushButton:hover {{ border-color: {p.accent}; }}
QPushButton:pressed {{ background: {p.accent_soft}; }}
QPushButton:disabled {{ color: {p.muted}; background: {p.window}; }}
QPushButton[role="primary"] {{ background: {p.accent}; color: {p.accent_text}; border-color: {p.accent}; font-weight: 600; }}
QPushButton[role="big"] {{ background: {p.surface}; border: 1px solid {p.border}; border-radius: 10px;
    padding: {s["l"]}px {s["l"]}px; text-align: left; font-size: {point_size("title"):.1f}pt; font-weight: 600; }}
QPushButton[role="link"] {{ text-align: left; border: none; background: transparent; color: {p.text}; }}
QPushButton[role="link"]:hover {{ color: {p.accent}; text-decoration: underline; }}
QPushButton[role="big"]:hover {{ border: 2px solid {p.accent}; }}
QPushButton:focus, QToolButton:focus, QLineEdit:focus, QComboBox:focus, QSpinBox:focus, QDateEdit:focus,
QTimeEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QListView:focus, QTableView:focus, QCheckBox:focus {{
    border: 2px solid {p.focus}; }}
QLineEdit, QComboBox, QSpinBox, QDateEdit, QTimeEdit, QDateTimeEdit, QPlainTextEdit, QTextEdit {{
    background: {p.surface}; color: {p.text}; border: 1px solid {p.border}; border-radius: 5px; padding: 3px {s["xs"]}px; }}
QTableView, QListView, QTreeView {{ background: {p.surface}; alternate-background-color: {p.window}; color: {p.text};
    border: 1px solid {p.border}; border-radius: 6px; gridline-color: {p.border};
    selection-background-color: {p.accent}; selection-color: {p.accent_text}; }}
QHeaderView::section {{ background: {p.window}; color: {p.text}; font-weight: 600; border: none;
    border-bottom: 1px solid {p.border}; padding: {s["xs"]}px {s["s"]}px; }}
QListWidget#sidebar {{ background: {p.sidebar}; color: {p.sidebar_text}; border: none; outline: 0;
    padding-top: {s["s"]}px; font-size: {point_size("body") * 1.05:.1f}pt; }}
QListWidget#sidebar::item {{ padding: {s["s"]}px {s["s"]}px; border-radius: 6px; margin: 2px {s["s"]}px; }}
QListWidget#sidebar::item:selected {{ background: {p.sidebar_selected}; color: #ffffff; }}
QListWidget#sidebar::item:hover:!selected {{ background: rgba(255, 255, 255, 0.08); }}
QListWidget#sidebar:focus {{ border: none; border-right: 3px solid {p.focus}; }}
QToolButton#sidebar_toggle {{ background: {p.sidebar}; color: {p.sidebar_text}; border: none; padding: {s["s"]}px; }}
QStatusBar {{ background: {p.surface}; color: {p.muted}; border-top: 1px solid {p.border}; }}
QSplitter::handle {{ background: {p.border}; }}
QGroupBox {{ border: 1px solid {p.border}; border-radius: 8px; margin-top: {s["l"]}px; padding-top: {s["s"]}px; }}
QGroupBox::title {{ subcontrol-origin: margin; left: {s["m"]}px; padding: 0 {s["xs"]}px; font-weight: 600; }}
QToolTip {{ background: {p.text}; color: {p.surface}; border: none; padding: {s["xs"]}px; }}
"""


def verdict_colours(accepted: bool | None) -> tuple[QColor, QColor]:
    """(background, text) of the desk's verdict panel: green for in, red for not, neutral while waiting."""
    p = PALETTE
    if accepted is None:
        return QColor(p.surface), QColor(p.text)
    return (QColor(p.ok_soft), QColor(p.ok)) if accepted else (QColor(p.bad_soft), QColor(p.bad))


def apply(app: QApplication) -> None:
    app.setStyle("Fusion")  # the same look on every platform; the stylesheet refines it
    app.setStyleSheet(stylesheet())
