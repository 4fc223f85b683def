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
