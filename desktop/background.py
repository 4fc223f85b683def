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


class Lane(QObject):
    """One queue of workers (a thread pool of `threads`): quick calls with `run`, long jobs that report progress
    and may be cancelled with `job`. Results and failures come back on the GUI thread."""

    def __init__(self, threads: int, report: Callable[[BaseException, Callable[[BaseException], None] | None],
                                                      None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(threads)
        self._report = report
        self._relays: set[_Relay] = set()

    def run(self, fn: Callable[[], Any], on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[BaseException], None] | None = None) -> None:
        self._start(fn, on_done, on_error, None, _Relay())

    def job(self, fn: Callable[[Progress], Any], on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[BaseException], None] | None = None,
            on_progress: Callable[[int, int], None] | None = None) -> Progress:
        relay = _Relay()
        progress = Progress(relay)
        self._start(lambda: fn(progress), on_done, on_error, on_progress, relay)
        return progress

    def wait_idle(self, msecs: int) -> bool:
        return self._pool.waitForDone(msecs)

    def _start(self, fn: Callable[[], Any], on_done: Callable[[Any], None] | None,
               on_error: Callable[[BaseException], None] | None, on_progress: Callable[[int, int], None] | None,
               relay: _Relay) -> None:
        self._relays.add(relay)  # keep it alive until the job reports

        def finish() -> None:
            self._relays.discard(relay)
            relay.deleteLater()

        def done(result: Any) -> None:
            if on_done is not None and _alive(on_done):
                on_done(result)
            finish()

        def failed(error: BaseException) -> None:
            if on_error is None or _alive(on_error):
                self._report(error, on_error)
            finish()

        relay.done.connect(done)
        relay.failed.connect(failed)
        if on_progress is not None:
            relay.progress.connect(on_progress)
        self._pool.start(_Job(fn, relay))


class Tasks(QObject):
    """The application's workers. One per application, passed in the context: three lanes of one kind."""

    unhandled = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._database = Lane(1, self._report, self)  # the one writer: actions, the desk's scans and searches
        self._reads = Lane(1, self._report, self)  # views' loads (`workspace.reading()`), beside the writer
        self._pool = Lane(2, self._report, self)  # rendering, network, long searches

    def database(self, fn: Callable[[], Any], on_done: Callable[[Any], None] | None = None,
                 on_error: Callable[[BaseException], None] | None = None) -> None:
        """Run fn on the serial database worker."""
        self._database.run(fn, on_done, on_error)

    def read(self, fn: Callable[[], Any], on_done: Callable[[Any], None] | None = None,
             on_error: Callable[[BaseException], None] | None = None) -> None:
        """Run a view's load (read-only: `workspace.reading()`) on the reading worker, never in the writer's queue."""
        self._reads.run(fn, on_done, on_error)

    def database_job(self, fn: Callable[[Progress], Any], on_done: Callable[[Any], None] | None = None,
                     on_error: Callable[[BaseException], None] | None = None,
                     on_progress: Callable[[int, int], None] | None = None) -> Progress:
        """A long job on the serial database worker (an import): it reports progress and may be cancelled."""
        return self._database.job(fn, on_done, on_error, on_progress)

    def background(self, fn: Callable[[Progress], Any], on_done: Callable[[Any], None] | None = None,
                   on_error: Callable[[BaseException], None] | None = None,
                   on_progress: Callable[[int, int], None] | None = None) -> Progress:
        """Run a long job (rendering, network) on the pool; it gets a Progress to report and to check for cancel."""
        return self._pool.job(fn, on_done, on_error, on_progress)

    def wait_idle(self, msecs: int = 30000) -> bool:
        """Used at shutdown and by tests: finish what is queued."""
        return self._database.wait_idle(msecs) and self._reads.wait_idle(msecs) and self._pool.wait_idle(msecs)

    def _report(self, error: BaseException, on_error: Callable[[BaseException], None] | None) -> None:
        if on_error is not None:
            on_error(error)
        else:
            self.unhandled.emit(error)


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
