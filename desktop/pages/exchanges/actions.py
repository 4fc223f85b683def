"""The page's documents and windows: fiches, relevé, workbook (rendered off the GUI thread), follow-up, network."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from core.db.workspace import Workspace
from core.exchanges.board import board, participants, person_exchanges
from core.exchanges.exports import exchanges_xlsx
from core.files import write_whole

if TYPE_CHECKING:
    import uuid

    from desktop.pages.exchanges.page import ExchangesPage


def _tr(text: str) -> str:
    return QCoreApplication.translate("exchanges", text)


def fiches_pdf(workspace: Workspace, event_id: uuid.UUID) -> bytes:
    from printing.exchanges import render_fiches

    with workspace.reading() as session:
        fiches = [person_exchanges(session, event_id, person) for person in participants(session, event_id)]
    return render_fiches(fiches)


def releve_pdf(workspace: Workspace, event_id: uuid.UUID, event_name: str) -> bytes:
    from printing.exchanges import render_releve

    with workspace.reading() as session:
        needs = board(session, event_id)
    return render_releve(event_name, needs)


def xlsx(workspace: Workspace, event_id: uuid.UUID) -> bytes:
    with workspace.reading() as session:
        return exchanges_xlsx(session, event_id)


def _save(page: ExchangesPage, title: str, name: str, pattern: str, make: Any) -> None:
    event = page.context.current_event
    if event is None:
        page.message.setText(QCoreApplication.translate("exchanges", "Choisissez d'abord l'événement de l'atelier."))
        return
    path, _ = QFileDialog.getSaveFileName(page, title, name, pattern)
    if not path:
        return
    page.message.setText(QCoreApplication.translate("exchanges", "Préparation du document…"))

    def work(_progress: object) -> str:
        write_whole(path, make(event))
        return path

    page.context.tasks.background(work, lambda saved: page.message.setText(QCoreApplication.translate("exchanges", "Enregistré : {0}").format(saved)),
                                  lambda error: page.message.setText(str(error)))


def save_fiches(page: ExchangesPage) -> None:
    workspace = page.context.workspace
    _save(page, QCoreApplication.translate("exchanges", "Fiches d'échanges"), "fiches-echanges.pdf", "PDF (*.pdf)",
          lambda event: fiches_pdf(workspace, event.id))


def save_releve(page: ExchangesPage) -> None:
    workspace = page.context.workspace
    _save(page, QCoreApplication.translate("exchanges", "Relevé de l'atelier"), "releve-atelier.pdf", "PDF (*.pdf)",
          lambda event: releve_pdf(workspace, event.id, event.name))


def save_xlsx(page: ExchangesPage) -> None:
    workspace = page.context.workspace
    _save(page, QCoreApplication.translate("exchanges", "Export des échanges"), "echanges.xlsx", "XLSX (*.xlsx)", lambda event: xlsx(workspace, event.id))


def open_follow_up(page: ExchangesPage) -> None:
    from desktop.pages.exchanges.follow_up import FollowUpDialog

    dialog = FollowUpDialog(page.context, page)
    dialog.show()
    page.follow_up = dialog  # type: ignore[attr-defined]


def open_graph(page: ExchangesPage) -> None:
    from desktop.pages.exchanges.network import NetworkWindow

    window = NetworkWindow(page.context)
    window.show()
    page.network = window  # type: ignore[attr-defined]


def open_categories(page: ExchangesPage) -> None:
    from desktop.pages.exchanges.categories import CategoriesDialog

    dialog = CategoriesDialog(page.context, page)
    dialog.show()
    page.categories_dialog = dialog  # type: ignore[attr-defined]
