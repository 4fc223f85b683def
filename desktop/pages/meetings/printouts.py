"""The page's documents: rendered on the pool (printing.meetings), saved where the organiser chose; the labels of
replacements sent to the default printer (kept as a PDF beside the workspace when there is none)."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from core.db.workspace import Workspace
from core.files import write_whole
from core.meetings.replan import ReplanReport
from printing.meetings import render_document as render
from printing.meetings import render_replacement_labels
from printing.system import JobRefused, find_print_system

LABELS_TITLE = "Rendez-vous — remplacements"


class NoPrinterError(Exception):
    """No print system or no printer on this machine: the labels are kept as a PDF."""


def print_on_default_printer(pdf: bytes) -> None:
    """Hand the labels to the system's default printer as one vector job (the same path as the desk's badges)."""
    system = find_print_system()
    printers = system.printers() if system is not None else []
    chosen = next((p for p in printers if p.is_default), printers[0] if printers else None)
    if system is None or chosen is None:
        raise NoPrinterError
    try:
        system.submit(pdf, chosen.name, LABELS_TITLE)
    except JobRefused as refused:
        raise NoPrinterError(str(refused)) from refused

DOCUMENTS = {
    "schedules-a4": QT_TRANSLATE_NOOP("meetings", "Programmes individuels A4"),
    "schedules-a6": QT_TRANSLATE_NOOP("meetings", "A6"),
    "signs": QT_TRANSLATE_NOOP("meetings", "Panneaux de table"),
    "grid": QT_TRANSLATE_NOOP("meetings", "Grille"),
    "companies": QT_TRANSLATE_NOOP("meetings", "Liste par entreprise"),
}


def render_document(workspace: Workspace, event_id: uuid.UUID, key: str, path: Path) -> int:
    """Render and write; returns the number of pages."""
    import pypdfium2

    pdf = render(workspace, event_id, key)
    write_whole(path, pdf)
    document = pypdfium2.PdfDocument(pdf)
    try:
        return len(document)
    finally:
        document.close()


def print_labels(page: Any, report: ReplanReport) -> None:
    """The replacements' labels, printed in the background; the page's status line says where they went."""
    pdf = render_replacement_labels(report.replacements)
    fallback = page.context.workspace.path.with_name("rendez-vous-remplacements.pdf")

    def send(_progress: object) -> str:
        try:
            page.label_printer(pdf)
            return QCoreApplication.translate("meetings", "Étiquettes envoyées à l'imprimante.")
        except NoPrinterError:
            write_whole(fallback, pdf)
            return QCoreApplication.translate("meetings", "Pas d'imprimante : étiquettes enregistrées dans {0}") \
                .format(fallback)

    page.context.tasks.background(send, page.status.setText, page._failed)
