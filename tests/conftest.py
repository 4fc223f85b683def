"""Shared fixtures: workspaces on disk, the demo built once per run, the PostgreSQL hub URL."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from core.db.workspace import Workspace, open_workspace  # noqa: E402
from core.demo import build_demo_workspace  # noqa: E402

POSTGRES_ENV = "ENVOL_TEST_POSTGRES_URL"


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test ever touches the user's real data directory or Qt settings."""
    monkeypatch.setenv("ENVOL_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    """A new, empty workspace file."""
    with open_workspace(tmp_path / "test.envol", create=True) as ws:
        yield ws


@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.envol"
    build_demo_workspace(path).close()
    return path


@pytest.fixture
def demo_workspace(_demo_template: Path, tmp_path: Path) -> Iterator[Workspace]:
    """A private copy of the demo workspace (built once per run)."""
    path = tmp_path / "demo.envol"
    shutil.copy(_demo_template, path)
    with open_workspace(path) as ws:
        yield ws


@pytest.fixture
def postgres_url() -> str:
    """The hub's URL; tests that need it skip, saying why, when it is not configured (.ci/run sets it)."""
    url = os.environ.get(POSTGRES_ENV)
    if not url:
        pytest.skip(f"{POSTGRES_ENV} is not set: no PostgreSQL hub to test against")
    return url


@pytest.fixture
def hub(postgres_url: str) -> Iterator[Any]:
    """A hub of its own (a schema named for the test run) on the test PostgreSQL, dropped after the test."""
    import uuid

    from core.sync.hub import Hub

    hub = Hub(postgres_url, schema=f"t_hub_{uuid.uuid4().hex[:10]}")
    yield hub
    hub.drop()
    hub.close()
