"""A fresh workspace: every page says why it is empty and what to do; « Inscrire… » with no event says so."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.background import Tasks
from desktop.context import AppContext


def test_every_page_of_an_empty_workspace_says_what_to_do(qtbot, workspace):
    from desktop.main_window import MainWindow

    tasks = Tasks()
    context = AppContext(workspace, tasks, None)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    try:
        for spec in window.specs:
            if spec.key == "synchronisation":
                continue  # it says « pas de serveur configuré » in its own state line
            window.show_page(spec.key)
            page = window.pages[spec.key]
            for _ in range(3):
                tasks.wait_idle()
                qtbot.wait(20)
            assert page.empty_state.isVisible(), spec.key
            text = page.empty_state.text()
            assert "Créez" in text or "Importez" in text or "import" in text.lower(), (spec.key, text)
        window.show_page("participants")
        participants = window.pages["participants"]
        qtbot.mouseClick(participants.action_buttons["&Inscrire…"], Qt.MouseButton.LeftButton)
        assert "Choisissez ou créez d'abord un événement" in participants.message.text()
    finally:
        tasks.wait_idle()
