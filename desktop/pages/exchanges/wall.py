"""The wall: a second window for the projector, the digital sticky-note wall. Needs as cards, the offers arriving
under each as the facilitator types (and as a sync brings another desk's), in large type, high contrast, readable
from the back of the room. It never shows an e-mail or a phone number: it reads the board without contacts."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QInputDialog,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from core.exchanges.board import NeedView, board
from core.exchanges.entries import mask_contacts
from desktop.context import AppContext
from desktop.pages.exchanges import texts

COLUMNS = 3
STYLE = """
QWidget#wall { background: #101418; }
QLabel { color: #f5f5f5; }
QLabel#wallTitle { font-size: 34px; font-weight: bold; color: #ffd24a; }
QFrame#card { background: #1d2630; border: 3px solid #ffd24a; border-radius: 14px; }
QLabel#need { font-size: 28px; font-weight: bold; color: #ffffff; }
QLabel#who { font-size: 20px; color: #9ad0ff; }
QLabel#offer { font-size: 22px; color: #101418; background: #b8f0a0; border-radius: 8px; padding: 6px; }
QLabel#empty { font-size: 26px; color: #cccccc; }
"""


class WallWindow(QWidget):
    def __init__(self, context: AppContext) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.context = context
        self.setObjectName("wall")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(STYLE)
        self.setWindowTitle(self.tr("Envol — mur des échanges"))
        self.resize(1280, 800)
        self.needs: tuple[NeedView, ...] = ()
        self._cards: dict[object, tuple[object, QFrame]] = {}  # need id -> (what it shows, its card)
        self._empty: QLabel | None = None
        self.loads = 0  # board reads in flight
        self._generation = 0
        self.heading = QLabel()
        self.heading.setObjectName("wallTitle")
        self.grid = QGridLayout()
        self.grid.setSpacing(18)
        inner = QWidget()
        inner.setObjectName("wall")
        inner.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        inner.setLayout(self.grid)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(inner)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.scroll, 1)
        QShortcut(QKeySequence("F11"), self, activated=self.toggle_full_screen)
        QShortcut(QKeySequence("Escape"), self, activated=self.showNormal)
        context.data_changed.connect(self._data_changed)
        context.event_changed.connect(lambda _e: self.reload())
        self.reload()

    def toggle_full_screen(self) -> None:
        self.showNormal() if self.isFullScreen() else self.showFullScreen()

    def _data_changed(self, summary: object) -> None:
        from core.exchanges.capture import Captured

        if summary is None or isinstance(summary, Captured) or type(summary).__name__ in ("SyncReport",
                                                                                           "BundleReport"):
            self.reload()

    def reload(self) -> None:
        event = self.context.current_event
        if event is None:
            self.show_needs(())
            return
        self._generation += 1
        generation, workspace, event_id = self._generation, self.context.workspace, event.id
        self.loads += 1

        def read() -> tuple[NeedView, ...]:
            with workspace.reading() as session:
                return board(session, event_id)  # without contacts

        def done(needs: tuple[NeedView, ...]) -> None:
            self.loads -= 1
            if generation == self._generation:
                self.show_needs(needs)

        def failed(_error: BaseException) -> None:
            self.loads -= 1

        self.context.tasks.database(read, done, failed)

    def show_needs(self, needs: tuple[NeedView, ...]) -> None:
        """Lay the cards out; a card whose need and offers did not change is kept as it is (an offer typed at the
        atelier rebuilds one card, not the wall)."""
        self.needs = needs
        event = self.context.current_event
        self.heading.setText(self.tr("{0} — {1} besoins, {2} offres").format(
            event.name if event else "", len(needs), sum(len(n.offers) for n in needs)))
        while self.grid.count():
            self.grid.takeAt(0)
        if self._empty is not None:
            self._empty.deleteLater()
            self._empty = None
        cards: dict[object, tuple[object, QFrame]] = {}
        changed: QFrame | None = None
        first_load = not self._cards
        for index, need in enumerate(needs):
            signature = (need.title, need.person_name, need.structure,
                         tuple((o.kind, o.giver_structure, o.giver_name, o.text) for o in need.offers))
            known = self._cards.pop(need.id, None)
            card = known[1] if known is not None and known[0] == signature else _card(need)
            if known is None or known[1] is not card:
                changed = card
            if known is not None and known[1] is not card:
                known[1].deleteLater()
            cards[need.id] = (signature, card)
            self.grid.addWidget(card, index // COLUMNS, index % COLUMNS)
        for _signature, gone in self._cards.values():
            gone.deleteLater()
        self._cards = cards
        if changed is not None and not first_load:  # the room sees what was just noted
            QTimer.singleShot(0, lambda card=changed: self.scroll.ensureWidgetVisible(card, 10, 10))
        if not needs:
            self._empty = QLabel(self.tr("Les besoins apparaîtront ici au fil de l'atelier."))
            self._empty.setObjectName("empty")
            self.grid.addWidget(self._empty, 0, 0)

    def card_texts(self) -> list[list[str]]:
        """What each card shows, in order (tests and the screenshots read it)."""
        out = []
        for _signature, card in self._cards.values():
            out.append([label.text() for label in card.findChildren(QLabel)])
        return out


def _card(need: NeedView) -> QFrame:
    card = QFrame()
    card.setObjectName("card")
    layout = QVBoxLayout(card)
    title = QLabel(mask_contacts(need.title))
    title.setObjectName("need")
    title.setWordWrap(True)
    who = QLabel(need.person_name + (f" — {need.structure}" if need.structure else ""))
    who.setObjectName("who")
    who.setWordWrap(True)
    layout.addWidget(title)
    layout.addWidget(who)
    for offer in need.offers:
        line = QLabel(f"{texts.kind(offer.kind)} · {offer.giver_structure or offer.giver_name} : "
                      f"{mask_contacts(offer.text)}")
        line.setObjectName("offer")
        line.setWordWrap(True)
        layout.addWidget(line)
    layout.addStretch(1)
    return card


def open_wall(context: AppContext, parent: QWidget, existing: QWidget | None) -> WallWindow:
    """Show the wall (the one already open, if any), full screen on the screen chosen when there are several."""
    wall = existing if isinstance(existing, WallWindow) else WallWindow(context)
    screens = QGuiApplication.screens()
    if len(screens) > 1:
        names = [f"{i + 1} — {s.name()} ({s.size().width()}×{s.size().height()})" for i, s in enumerate(screens)]
        chosen, ok = QInputDialog.getItem(parent, WallWindow.tr("Mur des échanges"),
                                          WallWindow.tr("Écran du projecteur :"), names, len(names) - 1, False)
        if ok:
            screen = screens[names.index(chosen)]
            wall.setScreen(screen)
            wall.move(screen.geometry().topLeft())
            wall.showFullScreen()
            wall.raise_()
            return wall
    wall.show()
    wall.raise_()
    return wall
