"""Badge printed at check-in: once after a valid first entry, again only on request with a reason (print log).

The data is read on the database worker, the badge drawn and sent on the pool, so the queue never waits for
the printer. The sending step is a plain callable receiving the PDF bytes, replaceable (tests, other outputs).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, QSizeF
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QWidget

from core.checkin import CheckInTarget
from core.errors import EnvolError
from core.paths import data_dir
from core.services.checkin import ScanResult
from core.services.checkin_board import registration_of_checkin
from desktop import labels
from desktop.background import Progress
from desktop.choices import ValueCombo
from desktop.context import AppContext
from desktop.messages import describe
from desktop.pages.printing.preview import paint_on_printer, rasterise
from printing.jobs import Gathered, PrintRequest, gather, log_printed, render
from printing.stocks import STOCKS

ENABLED_KEY = "desk/print_badge"
STOCK_KEY = "desk/badge_stock"
OFFSET_KEYS = ("print.offset_x", "print.offset_y")  # the printer offsets set on the Impressions page
SINGLE_STOCKS = [s for s in STOCKS.values() if s.per_page == 1]  # one badge per sheet: a label printer

BadgePrinter = Callable[[bytes], None]


class NoPrinterError(Exception):
    """No default printer on this machine."""


def print_on_default_printer(pdf: bytes) -> None:
    """Send a PDF to the default printer, at the size of its pages (safe off the GUI thread: QPrinter is a
    paint device, not a widget)."""
    info = QPrinterInfo.defaultPrinter()
    if info.isNull():
        raise NoPrinterError
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    try:
        width, height = document[0].get_size()  # points
    finally:
        document.close()
    printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
    printer.setFullPage(True)
    printer.setPageSize(QPageSize(QSizeF(width, height), QPageSize.Unit.Point))
    paint_on_printer(printer, rasterise(pdf, min(printer.resolution(), 600)))


class BadgeAtCheckIn(QWidget):
    """The option row of the desk page and the jobs behind it."""

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.badge_printer: BadgePrinter = print_on_default_printer
        settings = QSettings("Envol", "Envol")
        self.enabled = QCheckBox(self.tr("Imprimer le badge à l'&entrée"))
        self.enabled.setChecked(str(settings.value(ENABLED_KEY, "false")).lower() == "true")
        self.stock = ValueCombo()
        self.stock.setAccessibleName(self.tr("Support des badges imprimés à l'entrée"))
        for item in SINGLE_STOCKS:
            self.stock.add_choice(labels.stock_name(item), item.key)
        # A stock saved under a key this version does not offer is left saved as it is: only a choice made here
        # writes the setting (opening the desk never rewrites it).
        self.stock.set_value(settings.value(STOCK_KEY, "roll-62"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.enabled.toggled.connect(self._remember)
        self.stock.currentIndexChanged.connect(self._remember)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.enabled)
        layout.addWidget(self.stock)
        layout.addWidget(self.status, 1)
        self.stock.setEnabled(self.enabled.isChecked())

    def _remember(self, *_: object) -> None:
        self.stock.setEnabled(self.enabled.isChecked())
        settings = QSettings("Envol", "Envol")
        settings.setValue(ENABLED_KEY, "true" if self.enabled.isChecked() else "false")
        settings.setValue(STOCK_KEY, self.stock.value())

    def after_scan(self, result: ScanResult, target: CheckInTarget) -> None:
        """Print after a valid FIRST ENTRY to the event (not a session, not a second scan)."""
        registration_id = result.verdict.registration_id
        if not self.enabled.isChecked() or not result.accepted or target.session_id is not None \
                or registration_id is None:
            return
        self._start(target.event_id, lambda: registration_id, None)

    def reprint(self, checkin_id: uuid.UUID, target: CheckInTarget, reason: str) -> None:
        """Print the badge of the person of a recent scan again; the reason goes to the print log."""
        reason = reason.strip()
        if not reason:
            self.status.setText(self.tr("Une réimpression demande une raison."))
            return
        workspace = self.context.workspace

        def find() -> uuid.UUID | None:
            with workspace.reading() as session:
                return registration_of_checkin(session, checkin_id)

        self._start(target.event_id, find, reason)

    def _start(self, event_id: uuid.UUID, find: Callable[[], uuid.UUID | None], reason: str | None) -> None:
        workspace, stock_key = self.context.workspace, str(self.stock.value())

        def read() -> Gathered | None:
            registration_id = find()
            if registration_id is None:
                return None
            offsets = [float(workspace.setting(key) or 0) for key in OFFSET_KEYS]
            request = PrintRequest("badges", event_id, registration_ids=(registration_id,), stock_key=stock_key,
                                   offset_x=offsets[0], offset_y=offsets[1])
            return gather(workspace, request)

        self.context.tasks.database(read, lambda gathered: self._gathered(gathered, reason), self._failed)

    def _gathered(self, gathered: Gathered | None, reason: str | None) -> None:
        if gathered is None or not gathered.badges:
            self.status.setText(self.tr("Pas de badge à imprimer pour ce passage."))
            return
        name = f"{gathered.badges[0].first_name} {gathered.badges[0].last_name}"
        if gathered.already_printed and reason is None:  # an entry after an undo: the badge exists
            self.status.setText(self.tr("Badge de {0} déjà imprimé (Réimprimer pour un nouveau).").format(name))
            return
        sender = self.badge_printer

        def draw_and_send(_progress: Progress) -> str | None:
            pdf = render(gathered)
            try:
                sender(pdf)
            except NoPrinterError:
                # Keep the badge as a PDF so that it can be printed elsewhere; the queue goes on.
                folder = data_dir() / "badges"
                folder.mkdir(parents=True, exist_ok=True)
                path = folder / f"badge-{gathered.badges[0].ticket_code or gathered.badges[0].registration_id}.pdf"
                path.write_bytes(pdf)
                return str(path)
            return None

        self.status.setText(self.tr("Impression du badge de {0}…").format(name))
        self.context.tasks.background(draw_and_send, lambda path: self._sent(gathered, name, reason, path),
                                      self._failed)

    def _sent(self, gathered: Gathered, name: str, reason: str | None, pdf_path: str | None) -> None:
        if pdf_path is not None:
            self.status.setText(self.tr("Aucune imprimante : badge de {0} enregistré en PDF ({1}).")
                                .format(name, Path(pdf_path)))
            return
        workspace = self.context.workspace
        self.status.setText(self.tr("Badge de {0} envoyé à l'imprimante.").format(name))
        self.context.tasks.database(lambda: log_printed(workspace, gathered, reason),
                                    self.context.data_changed.emit, self._failed)

    def _failed(self, error: BaseException) -> None:
        from PySide6.QtCore import QCoreApplication

        text = describe(error, QCoreApplication.translate) if isinstance(error, EnvolError) else str(error)
        self.status.setText(self.tr("Badge non imprimé : {0}").format(text))
