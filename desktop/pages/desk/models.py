"""Table models of the desk: name search results and recent scans."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from core.services.checkin_board import RecentScan
from core.services.checkin_search import SearchHit
from desktop.pages.desk.words import CONTEXT, WORDS, style
from desktop.rows_model import Index, RowsModel

_STATUS = {
    "confirmed": QCoreApplication.translate(CONTEXT, "confirmé(e)"),
    "waiting": QCoreApplication.translate(CONTEXT, "liste d'attente"),
    "cancelled": QCoreApplication.translate(CONTEXT, "annulé(e)"),
}


class SearchModel(RowsModel):
    context = CONTEXT
    headers = ("Nom", "Structure", "E-mail", "Code", "Statut")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        hit: SearchHit = self.rows[index.row()]
        values = (hit.name + (" ≈" if hit.fuzzy else ""), hit.structure or "", hit.email or "",
                  hit.ticket_code or "", _STATUS.get(hit.status.value, hit.status.value))
        return values[index.column()]


class RecentModel(RowsModel):
    context = CONTEXT
    headers = ("Heure", "Verdict", "Nom", "Structure", "Session")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        scan: RecentScan = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            verdict = QCoreApplication.translate(CONTEXT, WORDS.get(scan.verdict, scan.verdict))
            icon = "↶" if scan.verdict == "undo" else style(scan.verdict)[0]
            if scan.undone:
                verdict = QCoreApplication.translate(CONTEXT, "{0} (annulé)").format(verdict)
            values = (scan.scanned_at.astimezone().strftime("%H:%M:%S"), f"{icon} {verdict.format(when='', where='')}",
                      scan.name or (scan.raw_input or "")[:24], scan.structure or "", scan.session_title or "")
            return values[index.column()]
        if role == Qt.ItemDataRole.FontRole and scan.undone:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setStrikeOut(True)
            return font
        return None
