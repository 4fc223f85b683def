"""Where workspaces live: the user's data directory (platformdirs), or ENVOL_DATA_DIR when set (tests, kiosks)."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

WORKSPACE_SUFFIX = ".envol"


def data_dir() -> Path:
    override = os.environ.get("ENVOL_DATA_DIR")
    return Path(override) if override else user_data_path("Envol", appauthor=False)


def demo_workspace_path() -> Path:
    return data_dir() / f"demo{WORKSPACE_SUFFIX}"


def default_workspace_path() -> Path:
    return data_dir() / f"envol{WORKSPACE_SUFFIX}"
