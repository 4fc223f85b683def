"""The navigation sidebar: an icon, a name and a live badge per page; collapsible to its icons.

The list's items keep the page names as their text (what a screen reader says); the badge (a count: people still
to check in, duplicates to review, conflicts) is item data painted by the delegate as a pill on the right.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop import design

BADGE_ROLE = Qt.ItemDataRole.UserRole + 1
NAME_ROLE = Qt.ItemDataRole.UserRole + 2
TIP_ROLE = Qt.ItemDataRole.UserRole + 3


class _Delegate(QStyledItemDelegate):
    def __init__(self, sidebar: Sidebar) -> None:
        super().__init__(sidebar)
        self.sidebar = sidebar

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        if self.sidebar.collapsed:
            option.text = ""  # type: ignore[attr-defined]

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        size = super().sizeHint(option, index)
        return QSize(size.width(), max(size.height(), option.fontMetrics.height() + 2 * design.SPACE["m"]))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().paint(painter, option, index)
        count = index.data(BADGE_ROLE)
        if not count:
            return
        text = "99+" if count > 99 else str(count)
        painter.save()
        font = QFont(option.font)
        font.setBold(True)
        font.setPointSizeF(max(6.0, font.pointSizeF() * 0.8))
        painter.setFont(font)
        metrics = painter.fontMetrics()
        height = metrics.height() + 2
        width = max(height, metrics.horizontalAdvance(text) + 10)
        rect: QRect = option.rect  # type: ignore[attr-defined]
        if self.sidebar.collapsed:
            pill = QRect(rect.right() - width - 2, rect.top() + 2, width, height)
        else:
            pill = QRect(rect.right() - width - design.SPACE["l"], rect.center().y() - height // 2, width, height)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(design.PALETTE.focus))
        painter.drawRoundedRect(pill, height / 2, height / 2)
        painter.setPen(QColor("#000000"))
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()


class Sidebar(QWidget):
    collapsed_changed = Signal(bool)

    def __init__(self) -> None:
        super().__init__()
        self.collapsed = False
        self.list = QListWidget()
        self.list.setObjectName("sidebar")
        self.list.setIconSize(QSize(20, 20))
        self.list.setItemDelegate(_Delegate(self))
        self.list.setAccessibleName(self.tr("Pages"))
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.toggle = QToolButton()
        self.toggle.setObjectName("sidebar_toggle")
        self.toggle.setAutoRaise(True)
        self.toggle.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.toggle.clicked.connect(lambda: self.set_collapsed(not self.collapsed))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.toggle)
        self.set_collapsed(False)

    def add_page(self, key: str, name: str, shortcut: str) -> QListWidgetItem:
        item = QListWidgetItem(design.icon(key, design.PALETTE.sidebar_text), name)
        item.setData(NAME_ROLE, key)
        item.setToolTip(f"{name} ({shortcut})")
        item.setData(TIP_ROLE, item.toolTip())
        self.list.addItem(item)
        return item

    def set_badge(self, key: str, count: int, description: str = "") -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(NAME_ROLE) == key:
                item.setData(BADGE_ROLE, count)
                tip = item.data(TIP_ROLE)
                item.setToolTip(f"{tip} — {description}" if count and description else tip)
                item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, description if count else "")

    def badge(self, key: str) -> int:
        for row in range(self.list.count()):
            if self.list.item(row).data(NAME_ROLE) == key:
                return int(self.list.item(row).data(BADGE_ROLE) or 0)
        return 0

    def set_collapsed(self, collapsed: bool) -> None:
        self.collapsed = collapsed
        self.setFixedWidth(design.SIDEBAR_COLLAPSED if collapsed else design.SIDEBAR_WIDTH)
        self.toggle.setIcon(design.icon("expand" if collapsed else "collapse", design.PALETTE.sidebar_text))
        text = self.tr("Déplier le menu") if collapsed else self.tr("Replier le menu")
        self.toggle.setToolTip(text)
        self.toggle.setAccessibleName(text)
        self.toggle.setText("" if collapsed else text)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly if collapsed
                                       else Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.list.doItemsLayout()
        self.list.viewport().update()
        self.collapsed_changed.emit(collapsed)
