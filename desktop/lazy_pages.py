"""The main window's pages, each built the first time it is shown or asked for.

Start-up then builds only the page shown first; the others (and the libraries they bring) wait for the user.
Each page sits in a scroll area: a page wider or taller than the window (a small screen, 150 % scaling, a larger
font) scrolls instead of growing the window past the screen, where its bottom or right side would be cut; and one
page's minimum size never becomes every page's (the stack's is the largest of its pages').
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator, Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QStackedWidget, QWidget

from desktop.context import AppContext
from desktop.pages import PageSpec


class LazyPages(Mapping[str, QWidget]):
    def __init__(self, specs: list[PageSpec], context: AppContext, stack: QStackedWidget,
                 on_built: Callable[[str, QWidget], None]) -> None:
        self._specs = {spec.key: spec for spec in specs}
        self._order = [spec.key for spec in specs]
        self._context = context
        self._stack = stack
        self._on_built = on_built
        self._built: dict[str, QWidget] = {}
        for _key in self._order:
            stack.addWidget(QWidget())  # a stand-in keeps each page at its place in the stack

    def __getitem__(self, key: str) -> QWidget:
        page = self._built.get(key)
        if page is None:
            page = self._specs[key].factory(self._context)  # KeyError for an unknown key, as a dict
            index = self._order.index(key)
            current = self._stack.currentIndex()
            stand_in = self._stack.widget(index)
            self._stack.insertWidget(index, _scrolling(page))
            self._stack.removeWidget(stand_in)
            stand_in.deleteLater()
            self._stack.setCurrentIndex(current)
            self._built[key] = page
            self._on_built(key, page)
            # The page, its modules and what they imported live as long as the window: out of the collector's
            # sight, so that a full collection (set off by a worker loading 100,000 rows) walks only the young
            # objects instead of the whole application while every thread waits.
            gc.freeze()
        return page

    def __iter__(self) -> Iterator[str]:
        return iter(self._order)

    def __len__(self) -> int:
        return len(self._order)

    def built_page(self, key: str) -> QWidget | None:
        """The page if it was built, without building it."""
        return self._built.get(key)

    def built(self) -> list[QWidget]:
        """The pages built so far (a page never built holds no state, e.g. no desk lock)."""
        return list(self._built.values())


def _scrolling(page: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setObjectName("page_scroll")
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)  # the page fills the window; below its minimum size, scroll bars
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no extra Tab stop: the page's own controls take the focus
    area.setWidget(page)
    return area
