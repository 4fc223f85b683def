"""A double-click on a workspace file starts `envol FILE.envol`: the window opens on that workspace."""

from __future__ import annotations

import pytest

import desktop.app
from desktop.cli import main


def test_a_workspace_given_alone_is_opened_in_the_window(monkeypatch, tmp_path):
    opened = []
    monkeypatch.setattr(desktop.app, "run_gui", lambda **kwargs: opened.append(kwargs) or 0)
    path = tmp_path / "Rencontres 2026.envol"
    assert main([str(path)]) == 0
    assert opened == [{"demo": False, "workspace": str(path), "language": None}]


def test_a_command_is_still_a_command(capsys):
    with pytest.raises(SystemExit) as done:
        main(["info", "--help"])
    assert done.value.code == 0
    assert "usage: envol info" in capsys.readouterr().out


def test_file_dialogs_are_the_desktops_own() -> None:
    """Static QFileDialog calls, never DontUseNativeDialog; KDE (whose Qt theme is not shipped) goes through the
    desktop portal; a theme set by the user, other desktops, Windows, macOS and offscreen tests are left alone."""
    import subprocess

    from desktop.app import native_dialog_theme

    assert native_dialog_theme({"XDG_CURRENT_DESKTOP": "KDE"}, "linux") == "xdgdesktopportal"
    assert native_dialog_theme({"XDG_CURRENT_DESKTOP": "ubuntu:GNOME"}, "linux") is None  # Qt's GTK theme
    assert native_dialog_theme({"XDG_CURRENT_DESKTOP": "KDE", "QT_QPA_PLATFORMTHEME": "gtk3"}, "linux") is None
    assert native_dialog_theme({"XDG_CURRENT_DESKTOP": "KDE", "QT_QPA_PLATFORM": "offscreen"}, "linux") is None
    assert native_dialog_theme({"XDG_CURRENT_DESKTOP": "KDE"}, "win32") is None
    found = subprocess.run(["grep", "-rln", "--include=*.py", "Option.DontUseNativeDialog", "desktop"], capture_output=True, text=True)
    assert found.stdout == ""
