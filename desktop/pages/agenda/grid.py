"""The timetable grid: time as rows, days (or the rooms of one day) as columns, sessions as blocks.

A session moves by drag and drop (mouse press, move, release: snapped to 15 minutes) or by keyboard
(Alt+↑/↓: 15 minutes; Alt+←/→: previous/next column, i.e. day or room; Alt+Shift+←/→: previous/next room
in the days view, previous/next day in the rooms view). The grid only asks: it emits `move_requested`
and the page turns the request into an undoable command. Geometry is computed once per data change,
so painting 400 sessions is a loop over cached rectangles.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QCoreApplication, QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QApplication, QWidget

from core import clock
from core.agenda.timing import at_wall_clock, local
from core.errors import EnvolError
from core.services.agenda import SessionDetail
from core.services.agenda_read import AgendaData
from desktop import design
from desktop.dates import short_day

STEP = 15  # minutes: the grid's snap and the keyboard's step
HEADER, GUTTER = 38, 52
PX_PER_MIN = 1.0


@dataclass(frozen=True)
class Column:
    day: date
    room_id: uuid.UUID | None  # rooms view: the column's room; days view: None
    title: str


@dataclass(frozen=True)
class MoveRequest:
    session_id: uuid.UUID
    starts_at: datetime
    room_id: uuid.UUID | None
    by_keyboard: bool = False  # keyboard nudges merge into one undo step


class TimetableGrid(QWidget):
    move_requested = Signal(object)  # MoveRequest
    selection_changed = Signal(object)  # session id or None
    edit_requested = Signal(object)  # session id
    delete_requested = Signal(object)  # session id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(False)
        self.setAccessibleName(self.tr("Grille horaire des sessions"))
        self.data: AgendaData | None = None
        self.by_rooms = False
        self.room_day: date | None = None
        self.columns: list[Column] = []
        self.col_width = 150
        self.first_min, self.last_min = 8 * 60, 20 * 60
        self.blocks: list[tuple[QRectF, SessionDetail]] = []
        self.conflicted: set[uuid.UUID] = set()
        self.selected: uuid.UUID | None = None
        self._press: tuple[QPoint, uuid.UUID, int] | None = None  # where, which, minutes from its start
        self._ghost: QRectF | None = None
        self.drop_text = ""  # while dragging: where the block would land (« jeu. 5/03 · 14:15–15:15 »)
        self.font_small = QFont(self.font())
        self.font_small.setPointSizeF(max(7.0, self.font().pointSizeF() - 1))

    # --- feeding
    def set_data(self, data: AgendaData | None, conflicted: set[uuid.UUID]) -> None:
        self.data, self.conflicted = data, conflicted
        if data is not None and self.selected is not None and data.session(self.selected) is None:
            self.select(None)
        self._layout()

    def set_view(self, by_rooms: bool, day: date | None = None) -> None:
        self.by_rooms, self.room_day = by_rooms, day
        self._layout()

    def select(self, session_id: uuid.UUID | None) -> None:
        if session_id != self.selected:
            self.selected = session_id
            self.selection_changed.emit(session_id)
            self.update()

    def days(self) -> list[date]:
        if self.data is None:
            return []
        draft = self.data.event.draft
        return [draft.starts_on + timedelta(days=n) for n in range((draft.ends_on - draft.starts_on).days + 1)]

    # --- geometry
    def _layout(self) -> None:
        data = self.data
        self.blocks = []
        if data is None:
            self.columns = []
            self._resize()
            return
        tz = data.timezone
        if self.by_rooms:
            day = self.room_day or (self.days() or [clock.today(data.timezone)])[0]
            self.room_day = day
            used = {s.room_id for s in data.sessions}
            self.columns = [Column(day, r.id, r.name) for r in data.rooms if r.id in used] or \
                [Column(day, r.id, r.name) for r in data.rooms]
        else:
            self.columns = [Column(d, None, short_day(d)) for d in self.days()]
        starts = [local(s.starts_at, tz) for s in data.sessions]
        ends = [local(s.ends_at, tz) for s in data.sessions]
        self.first_min = min([8 * 60, *(t.hour * 60 for t in starts)])
        self.last_min = max([20 * 60, *((t.hour + 1) * 60 for t in ends)])
        self.last_min = min(self.last_min, 24 * 60)
        index = {(c.day, c.room_id): n for n, c in enumerate(self.columns)}
        lanes: dict[int, list[list[SessionDetail]]] = {}
        for session, start in zip(data.sessions, starts, strict=True):
            column = index.get((start.date(), session.room_id if self.by_rooms else None))
            if column is None:
                continue
            # Overlapping sessions of one column share its width in lanes (first lane that is free).
            column_lanes = lanes.setdefault(column, [])
            for lane in column_lanes:
                if lane[-1].ends_at <= session.starts_at:
                    lane.append(session)
                    break
            else:
                column_lanes.append([session])
        for column, column_lanes in lanes.items():
            width = (self.col_width - 6) / len(column_lanes)
            for n, lane in enumerate(column_lanes):
                for session in lane:
                    top = self._y(local(session.starts_at, tz))
                    bottom = max(top + 14, self._y(local(session.ends_at, tz), local(session.starts_at, tz).date()))
                    x = GUTTER + column * self.col_width + 3 + n * width
                    self.blocks.append((QRectF(x, top, width - 2, bottom - top), session))
        self._resize()

    def _y(self, moment: datetime, day: date | None = None) -> float:
        minutes = moment.hour * 60 + moment.minute
        if day is not None and moment.date() > day:
            minutes = 24 * 60  # runs past midnight: draw to the bottom
        return HEADER + (minutes - self.first_min) * PX_PER_MIN

    def _resize(self) -> None:
        self.setMinimumSize(self.sizeHint())
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(GUTTER + max(1, len(self.columns)) * self.col_width + 4,
                     int(HEADER + (self.last_min - self.first_min) * PX_PER_MIN + 4))

    def block_rect(self, session_id: uuid.UUID) -> QRect:
        for rect, session in self.blocks:
            if session.id == session_id:
                return rect.toRect()
        return QRect()

    def session_at(self, point: QPoint) -> SessionDetail | None:
        for rect, session in reversed(self.blocks):
            if rect.contains(point.toPointF()):
                return session
        return None

    def _target(self, point: QPoint, grab_minutes: int) -> tuple[int, int] | None:
        """(column, start minute snapped to 15) under a point, the grabbed block's offset removed."""
        column = int((point.x() - GUTTER) // self.col_width)
        if not self.columns or column < 0 or column >= len(self.columns):
            return None
        minutes = self.first_min + (point.y() - HEADER) / PX_PER_MIN - grab_minutes
        snapped = int(round(minutes / STEP) * STEP)
        return column, max(0, min(snapped, 24 * 60 - STEP))

    # --- moving
    def _request(self, session: SessionDetail, column: Column, minutes: int) -> None:
        assert self.data is not None
        tz = self.data.timezone
        try:
            start = at_wall_clock(column.day, time(minutes // 60, minutes % 60), tz)
        except EnvolError:
            return  # a wall-clock time that does not exist (spring change): stay put
        room_id = column.room_id if self.by_rooms else session.room_id
        if start != session.starts_at or room_id != session.room_id:
            self.move_requested.emit(MoveRequest(session.id, start, room_id))

    def _column_of(self, session: SessionDetail) -> int | None:
        assert self.data is not None
        day = local(session.starts_at, self.data.timezone).date()
        for n, column in enumerate(self.columns):
            if column.day == day and (not self.by_rooms or column.room_id == session.room_id):
                return n
        return None

    def move_selected(self, minutes: int = 0, columns: int = 0, rooms: int = 0) -> None:
        """Keyboard moves: `minutes` later, `columns` to the right, `rooms` to the next room (or day, by rooms)."""
        if self.data is None or self.selected is None or (session := self.data.session(self.selected)) is None:
            return
        tz = self.data.timezone
        wall = local(session.starts_at, tz)
        day, room_id = wall.date(), session.room_id
        if self.by_rooms:
            day += timedelta(days=rooms)
            current = self._column_of(session)
            if columns and current is not None and 0 <= current + columns < len(self.columns):
                room_id = self.columns[current + columns].room_id
        else:
            day += timedelta(days=columns)
            if rooms and self.data.rooms:
                ids = [r.id for r in self.data.rooms]
                at = ids.index(room_id) if room_id in ids else -rooms
                room_id = ids[(at + rooms) % len(ids)]
        total = wall.hour * 60 + wall.minute + minutes
        if not 0 <= total <= 24 * 60 - STEP:
            return
        try:
            start = at_wall_clock(day, time(total // 60, total % 60), tz)
        except EnvolError:
            return
        self.move_requested.emit(MoveRequest(session.id, start, room_id, by_keyboard=True))

    # --- events
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        session = self.session_at(event.position().toPoint())
        self.select(session.id if session else None)
        if session is not None and event.button() == Qt.MouseButton.LeftButton and self.data is not None:
            grab = int((event.position().y() - self.block_rect(session.id).top()) / PX_PER_MIN)
            self._press = (event.position().toPoint(), session.id, grab)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._press is None or self.data is None:
            return
        origin, session_id, grab = self._press
        if (event.position().toPoint() - origin).manhattanLength() < QApplication.startDragDistance():
            return
        target = self._target(event.position().toPoint(), grab)
        session = self.data.session(session_id)
        old = self._ghost
        if target is None or session is None:
            self._ghost, self.drop_text = None, ""
        else:
            column, minutes = target
            length = (session.ends_at - session.starts_at).total_seconds() / 60
            self._ghost = QRectF(GUTTER + column * self.col_width + 3,
                                 HEADER + (minutes - self.first_min) * PX_PER_MIN, self.col_width - 6,
                                 max(14.0, length * PX_PER_MIN))
            end = minutes + int(length)
            self.drop_text = f"{self.columns[column].title} · {minutes // 60:02d}:{minutes % 60:02d}–" \
                             f"{end // 60 % 24:02d}:{end % 60:02d}"
        self._repaint_ghost(old)

    def _repaint_ghost(self, old: QRectF | None) -> None:
        """Repaint where the ghost was and where it is (with the time label in the gutter), not the whole grid."""
        for rect in (old, self._ghost):
            if rect is not None:
                self.update(QRectF(0, rect.top() - 12, self.width(), rect.height() + 24).toAlignedRect())
        if old is None and self._ghost is None:
            self.update()

    def cancel_drag(self) -> None:
        old, self._press, self._ghost, self.drop_text = self._ghost, None, None, ""
        self._repaint_ghost(old)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        press, self._press, self._ghost, self.drop_text = self._press, None, None, ""
        self.update()
        if press is None or self.data is None:
            return
        origin, session_id, grab = press
        if (event.position().toPoint() - origin).manhattanLength() < QApplication.startDragDistance():
            return  # a click, not a drag
        target = self._target(event.position().toPoint(), grab)
        session = self.data.session(session_id)
        if target is not None and session is not None:
            self._request(session, self.columns[target[0]], target[1])

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        session = self.session_at(event.position().toPoint())
        if session is not None:
            self.edit_requested.emit(session.id)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key, mods = event.key(), event.modifiers()
        alt = bool(mods & Qt.KeyboardModifier.AltModifier)
        shift = bool(mods & Qt.KeyboardModifier.ShiftModifier)
        arrows = {Qt.Key.Key_Up: (-STEP, 0), Qt.Key.Key_Down: (STEP, 0), Qt.Key.Key_Left: (0, -1),
                  Qt.Key.Key_Right: (0, 1)}
        if alt and key in arrows:
            minutes, step = arrows[key]
            if shift and step:
                self.move_selected(rooms=step)
            else:
                self.move_selected(minutes=minutes, columns=step)
        elif key in arrows and self.data is not None and self.data.sessions:
            ids = [s.id for s in self.data.sessions]  # chronological order
            at = ids.index(self.selected) if self.selected in ids else -1
            forward = key in (Qt.Key.Key_Down, Qt.Key.Key_Right)
            self.select(ids[min(len(ids) - 1, at + 1)] if forward else ids[max(0, at - 1)])
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2) and self.selected is not None:
            self.edit_requested.emit(self.selected)
        elif key == Qt.Key.Key_Escape and self._press is not None:
            self.cancel_drag()  # the block stays where it was
        elif key == Qt.Key.Key_Delete and self.selected is not None:
            self.delete_requested.emit(self.selected)
        else:
            super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        area = event.rect()
        pal = self.palette()
        painter.fillRect(area, pal.base())
        grid_pen = QPen(pal.mid().color())
        painter.setPen(grid_pen)
        for hour in range(self.first_min // 60, self.last_min // 60 + 1):
            y = int(HEADER + (hour * 60 - self.first_min) * PX_PER_MIN)
            painter.setPen(grid_pen)
            painter.drawLine(GUTTER, y, self.width(), y)
            painter.setPen(QColor(design.PALETTE.muted))  # readable hours (4.5:1), the lines stay light
            painter.drawText(QRect(0, y - 8, GUTTER - 6, 16), Qt.AlignmentFlag.AlignRight, f"{hour:02d}:00")
        for n, column in enumerate(self.columns):
            x = GUTTER + n * self.col_width
            if x > area.right() or x + self.col_width < area.left():
                continue
            painter.setPen(grid_pen)
            painter.drawLine(x, 0, x, self.height())
            painter.setPen(QColor(design.PALETTE.text))  # column titles in the text colour, bold: readable
            heading = QFont(painter.font())
            heading.setBold(True)
            painter.setFont(heading)
            painter.drawText(QRect(x + 2, 2, self.col_width - 4, HEADER - 4),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, column.title)
            heading.setBold(False)
            painter.setFont(heading)
        painter.setFont(self.font_small)
        areaf = QRectF(area)
        for rect, session in self.blocks:
            if rect.intersects(areaf):
                self._paint_block(painter, rect, session)
        if self._ghost is not None:
            self._paint_ghost(painter, self._ghost)
        painter.end()

    def _paint_ghost(self, painter: QPainter, ghost: QRectF) -> None:
        """Where the dragged block would land: a see-through block saying the day (or room) and the times, and
        the start time marked in the hours' gutter."""
        p = design.PALETTE
        fill = QColor(p.accent)
        fill.setAlpha(50)
        painter.setBrush(fill)
        painter.setPen(QPen(QColor(p.accent), 2, Qt.PenStyle.DashLine))
        painter.drawRoundedRect(ghost, 4, 4)
        where, when = self.drop_text.rsplit(" · ", 1)
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        metrics = painter.fontMetrics()
        lines = 2 if ghost.height() >= 2 * metrics.height() + 4 else 1
        label = QRectF(ghost.left() + 2, ghost.top() + 2, ghost.width() - 4, lines * metrics.height() + 2)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(p.accent))
        painter.drawRoundedRect(label, 3, 3)
        painter.setPen(QColor(p.accent_text))
        text = f"{when}\n{where}" if lines == 2 else when
        painter.drawText(label.adjusted(4, 1, -4, 0), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                         "\n".join(metrics.elidedText(part, Qt.TextElideMode.ElideRight, int(label.width() - 8))
                                   for part in text.split("\n")))
        start = when.split("–")[0]
        gutter = QRectF(1, ghost.top() - metrics.height() / 2, GUTTER - 4, metrics.height())
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(p.accent))
        painter.drawRoundedRect(gutter, 3, 3)
        painter.setPen(QColor(p.accent_text))
        painter.drawText(gutter, Qt.AlignmentFlag.AlignCenter, start)
        painter.setPen(QPen(QColor(p.accent), 1, Qt.PenStyle.DotLine))
        painter.drawLine(QPoint(GUTTER, int(ghost.top())), QPoint(int(ghost.left()), int(ghost.top())))

    def _paint_block(self, painter: QPainter, rect: QRectF, session: SessionDetail) -> None:
        """Time and room, the title, facilitators, registered / capacity with a fill bar, and a conflict mark
        that says so in words (never by colour alone)."""
        p = design.PALETTE
        conflicted = session.id in self.conflicted
        painter.setBrush(QColor(p.bad_soft if conflicted else p.accent_soft))
        painter.setPen(QPen(QColor(p.bad if conflicted else p.accent), 3 if session.id == self.selected else 1))
        painter.drawRoundedRect(rect, 4, 4)
        inner = rect.adjusted(4, 2, -3, -2)
        metrics = painter.fontMetrics()
        line = metrics.height()
        tz = self.data.timezone if self.data is not None else "Europe/Paris"
        when = f"{local(session.starts_at, tz):%H:%M}–{local(session.ends_at, tz):%H:%M}"
        room = "" if self.by_rooms or self.data is None else _room_name(self.data, session)
        head = " · ".join(part for part in (when, room) if part)
        if conflicted:
            head = "⚠ " + QCoreApplication.translate("agenda", "conflit") + " · " + head
        bold = QFont(painter.font())
        bold.setBold(True)
        painter.setPen(QColor(p.bad if conflicted else p.muted))
        painter.drawText(inner, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                         metrics.elidedText(head, Qt.TextElideMode.ElideRight, int(inner.width())))
        footer = line + 6 if inner.height() >= 4 * line else 0
        body = QRectF(inner.left(), inner.top() + line, inner.width(), max(0.0, inner.height() - line - footer))
        saved = painter.font()
        painter.setFont(bold)
        painter.setPen(QColor(p.text))
        text = session.title + (f"\n{session.draft.facilitators}" if session.draft.facilitators else "")
        painter.drawText(body, Qt.TextFlag.TextWordWrap, text)
        painter.setFont(saved)
        if not footer:
            return
        capacity = session.draft.capacity
        seats = f"{session.confirmed}/{capacity}" if capacity else str(session.confirmed)
        bottom = QRectF(inner.left(), inner.bottom() - line, inner.width(), line)
        painter.setPen(QColor(p.muted))
        painter.drawText(bottom, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, seats)
        if capacity:
            bar = QRectF(inner.left(), bottom.center().y() - 2, max(0.0, inner.width() - metrics.horizontalAdvance(
                seats) - 8), 4)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(p.border))
            painter.drawRoundedRect(bar, 2, 2)
            full = min(1.0, session.confirmed / capacity)
            painter.setBrush(QColor(p.bad if session.confirmed > capacity else p.warn if full >= 1 else p.ok))
            painter.drawRoundedRect(QRectF(bar.left(), bar.top(), bar.width() * full, bar.height()), 2, 2)


def _room_name(data: AgendaData, session: SessionDetail) -> str:
    room = data.room(session.room_id)
    return room.name if room else ""

