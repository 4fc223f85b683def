"""Background sync: one per window, shared by the Synchronisation page and the status bar indicator.

A timer syncs when a hub is configured; a local change schedules a sync a few seconds later. The work runs on
the background pool (never the GUI thread); an unreachable hub only means "offline": nothing is lost.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from core.errors import EnvolError
from core.sync.credentials import load_password
from core.sync.hub import Hub
from core.sync.service import SyncReport, SyncStatus, sync_status, sync_with_hub
from desktop.context import AppContext

AUTO_INTERVAL_MS = 60_000
AFTER_CHANGE_MS = 5_000


@dataclass(frozen=True)
class SyncView:
    state: str  # not_configured, offline, syncing, up_to_date, waiting, error
    status: SyncStatus | None
    error: EnvolError | BaseException | None = None
    last_report: SyncReport | None = None


class SyncController(QObject):
    changed = Signal(object)  # SyncView

    def __init__(self, context: AppContext) -> None:
        # The context keeps this object alive (controller_for), one per workspace.
        super().__init__()
        self.context = context
        self.view = SyncView("not_configured", None)
        self._running = False
        self._hub: Hub | None = None
        self._hub_key: tuple[str, str | None] | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(AUTO_INTERVAL_MS)
        self.timer.timeout.connect(self.sync_now)
        self.soon = QTimer(self)
        self.soon.setSingleShot(True)
        self.soon.setInterval(AFTER_CHANGE_MS)
        self.soon.timeout.connect(self.sync_now)
        context.data_changed.connect(self._local_change)
        self.timer.start()
        self.refresh()

    def refresh(self) -> None:
        workspace = self.context.workspace
        self.context.tasks.database(lambda: sync_status(workspace), self._status_loaded)

    def _status_loaded(self, status: SyncStatus) -> None:
        if self._running:
            state = "syncing"
        elif not status.hub_url:
            state = "not_configured"
        elif self.view.state in ("offline", "error"):
            state = self.view.state
        else:
            state = "waiting" if status.waiting else "up_to_date"
        self._set(SyncView(state, status, self.view.error if state in ("offline", "error") else None,
                           self.view.last_report))

    def _local_change(self, summary: object) -> None:
        if isinstance(summary, SyncReport):
            return
        self.refresh()
        if self.view.status is not None and self.view.status.hub_url:
            self.soon.start()

    def sync_now(self, url: str | None = None) -> None:
        if self._running:
            return
        workspace = self.context.workspace
        url = url or (self.view.status.hub_url if self.view.status else None)  # loaded in the background
        if not url:
            self.refresh()
            return
        self._running = True
        self._set(SyncView("syncing", self.view.status, None, self.view.last_report))

        def job(progress: object) -> SyncReport:
            hub = self._hub_for(url)
            return sync_with_hub(workspace, hub, cancelled=progress.cancelled)  # type: ignore[attr-defined]

        self.context.tasks.background(job, self._done, self._failed)

    def _hub_for(self, url: str) -> Hub:
        """Runs in the background: the keyring may be slow to answer."""
        password = load_password(url)
        if self._hub is None or self._hub_key != (url, password):
            if self._hub is not None:
                self._hub.close()
            self._hub = Hub(url, password=password)
            self._hub_key = (url, password)
        return self._hub

    def _done(self, report: SyncReport) -> None:
        self._running = False
        self.view = SyncView("up_to_date", self.view.status, None, report)
        if report.applied:
            self.context.data_changed.emit(report)
        self.refresh()

    def _failed(self, error: BaseException) -> None:
        self._running = False
        state = "offline" if getattr(error, "code", "") == "hub_unreachable" else "error"
        self._set(SyncView(state, self.view.status, error, self.view.last_report))
        self.refresh()

    def _set(self, view: SyncView) -> None:
        self.view = view
        self.changed.emit(view)

    def is_running(self) -> bool:
        return self._running


def controller_for(context: AppContext) -> SyncController:
    """The window's one controller, created on first use and kept on the context."""
    existing = getattr(context, "_sync_controller", None)
    if existing is None:
        existing = SyncController(context)
        context._sync_controller = existing  # type: ignore[attr-defined]
    return existing


def last_sync_text(when: datetime | None) -> str:
    if when is None:
        return QCoreApplication.translate("sync", "jamais")
    return when.astimezone().strftime("%d/%m/%Y %H:%M")
