"""Small background operations: the GUI thread never waits on the disk or the network.

Database work runs on one serial worker (SQLite has one writer, and order matters: a check-in
recorded before the next scan is read): the desk's scans, searches and every action. Pages load their views on a
separate reading worker (WAL lets readers run beside the writer), so a page reloading tens of thousands of rows
never makes the next scan wait. Rendering and network work run on a small pool.
Results come back on the GUI thread through a signal. Modelled on Anki's taskman.
"""

from __future__ import annotations

import functools
import traceback
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class _Relay(QObject):
    """Lives on the GUI thread; the worker emits, Qt queues the call to the GUI thread."""

    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)


class Progress:
    """Handed to long jobs: report(n, total) and cancelled() to stop early."""

    def __init__(self, relay: _Relay) -> None:
        self._relay = relay
        self._cancelled = False

    def report(self, done: int, total: int) -> None:
        self._relay.progress.emit(done, total)

    def cancel(self) -> None:
        self._cancelled = True

    def cancelled(self) -> bool:
        return self._cancelled


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._fn = fn
        self._relay = relay

    @Slot()
    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as error:  # noqa: BLE001 - every failure must reach the GUI, never kill a worker
            error.__envol_traceback__ = traceback.format_exc()  # type: ignore[attr-defined]
            self._relay.failed.emit(error)
        else:
            self._relay.done.emit(result)


class Tasks(QObject):
    """The application's workers. One per application, passed in the context."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._database = QThreadPool(self)
        self._database.setMaxThreadCount(1)
        self._reads = QThreadPool(self)
        self._reads.setMaxThreadCount(1)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)
        self._relays: set[_Relay] = set()

    def database(
        self, fn: Callable[[], Any], on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Run fn on the serial database worker."""
        self._start(self._database, fn, on_done, on_error, None)

    def read(
        self, fn: Callable[[], Any], on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Run a view's load (read-only: `workspace.reading()`) on the reading worker, never in the writer's queue."""
        self._start(self._reads, fn, on_done, on_error, None)

    def database_job(
        self, fn: Callable[[Progress], Any], on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
    ) -> Progress:
        """A long job on the serial database worker (an import): it reports progress and may be cancelled."""
        relay = _Relay()
        progress = Progress(relay)
        self._start(self._database, lambda: fn(progress), on_done, on_error, on_progress, relay)
        return progress

    def background(
        self, fn: Callable[[Progress], Any], on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
    ) -> Progress:
        """Run a long job (rendering, network) on the pool; it gets a Progress to report and to check for cancel."""
        relay = _Relay()
        progress = Progress(relay)
        self._start(self._pool, lambda: fn(progress), on_done, on_error, on_progress, relay)
        return progress

    def wait_idle(self, msecs: int = 30000) -> bool:
        """Used at shutdown and by tests: finish what is queued."""
        return (self._database.waitForDone(msecs) and self._reads.waitForDone(msecs)
                and self._pool.waitForDone(msecs))

    def _start(
        self, pool: QThreadPool, fn: Callable[[], Any], on_done: Callable[[Any], None] | None,
        on_error: Callable[[BaseException], None] | None, on_progress: Callable[[int, int], None] | None,
        relay: _Relay | None = None,
    ) -> None:
        relay = relay or _Relay()
        self._relays.add(relay)  # keep it alive until the job reports

        def finish() -> None:
            self._relays.discard(relay)
            relay.deleteLater()

        relay.done.connect(lambda result: (on_done(result) if _alive(on_done) else None, finish()))
        relay.failed.connect(lambda error: (self._report(error, on_error) if on_error is None or _alive(on_error)
                                            else None, finish()))
        if on_progress is not None:
            relay.progress.connect(on_progress)
        pool.start(_Job(fn, relay))

    def _report(self, error: BaseException, on_error: Callable[[BaseException], None] | None) -> None:
        if on_error is not None:
            on_error(error)
        else:
            self.unhandled.emit(error)

    unhandled = Signal(object)


def _alive(callback: Callable[..., Any] | None) -> bool:
    """False for a callback into a widget deleted while its job ran (a page closed mid-search, a desk closed while
    its badge was sent): calling it would raise "Internal C++ object already deleted" in the event loop. The widget
    is the method's owner, or what a lambda or a partial holds (`lambda result: self._done(job, result)`)."""
    if callback is None:
        return False
    return all(shiboken6.isValid(owner) for owner in _owners(callback) if isinstance(owner, QObject))


def _owners(callback: Any) -> list[Any]:
    if isinstance(callback, functools.partial):
        return [*_owners(callback.func), *callback.args]
    if hasattr(callback, "__self__"):
        return [callback.__self__]
    return [cell.cell_contents for cell in getattr(callback, "__closure__", None) or () if _filled(cell)]


def _filled(cell: Any) -> bool:
    try:
        return cell.cell_contents is not None
    except ValueError:  # a closure variable not yet assigned
        return False
