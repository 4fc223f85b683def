"""Table models of the desk: name search results and recent scans."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from core.services.checkin_board import RecentScan
from core.services.checkin_search import SearchHit
from desktop.pages.desk.words import CONTEXT, SHORT_WORDS, WORDS, style
from desktop.rows_model import Index, RowsModel

# Translated when shown, not at import: the translator is installed after the modules are imported.
_STATUS = {
    "confirmed": QT_TRANSLATE_NOOP("desk", "confirmé(e)"),
    "waiting": QT_TRANSLATE_NOOP("desk", "liste d'attente"),
    "cancelled": QT_TRANSLATE_NOOP("desk", "annulé(e)"),
}


def _status(value: str) -> str:
    return QCoreApplication.translate("desk", _STATUS[value]) if value in _STATUS else value


class SearchModel(RowsModel):
    context = CONTEXT
    headers = (QT_TRANSLATE_NOOP("desk", "Nom"), QT_TRANSLATE_NOOP("desk", "Structure"),
               QT_TRANSLATE_NOOP("desk", "E-mail"), QT_TRANSLATE_NOOP("desk", "Code"),
               QT_TRANSLATE_NOOP("desk", "Statut"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        hit: SearchHit = self.rows[index.row()]
        values = (hit.name + (" ≈" if hit.fuzzy else ""), hit.structure or "", hit.email or "",
                  hit.ticket_code or "", _status(hit.status.value))
        return values[index.column()]


class RecentModel(RowsModel):
    context = CONTEXT
    headers = (QT_TRANSLATE_NOOP("desk", "Heure"), QT_TRANSLATE_NOOP("desk", "Verdict"),
               QT_TRANSLATE_NOOP("desk", "Nom"), QT_TRANSLATE_NOOP("desk", "Structure"),
               QT_TRANSLATE_NOOP("desk", "Session"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        scan: RecentScan = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            # A word or two that fits the column; the whole sentence is the tooltip.
            verdict = QCoreApplication.translate(CONTEXT, SHORT_WORDS.get(scan.verdict, scan.verdict))
            icon = "↶" if scan.verdict == "undo" else style(scan.verdict)[0]
            if scan.undone:
                verdict = QCoreApplication.translate("desk", "{0} (annulé)").format(verdict)
            values = (scan.scanned_at.astimezone().strftime("%H:%M:%S"), f"{icon} {verdict}",
                      scan.name or (scan.raw_input or "")[:24], scan.structure or "", scan.session_title or "")
            return values[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 1:
            sentence = QCoreApplication.translate(CONTEXT, WORDS.get(scan.verdict, scan.verdict))
            return sentence.format(when="…", where="…")
        if role == Qt.ItemDataRole.FontRole and scan.undone:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setStrikeOut(True)
            return font
        return None
