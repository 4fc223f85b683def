"""Shared fixtures: workspaces on disk, the demo built once per run, the PostgreSQL hub URL."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from core import clock  # noqa: E402
from core.db.workspace import Workspace, open_workspace  # noqa: E402
from core.demo import build_demo_workspace  # noqa: E402

POSTGRES_ENV = "ENVOL_TEST_POSTGRES_URL"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--clock", default=os.environ.get(clock.CLOCK_ENV) or None, metavar="INSTANT",
        help="run the suite as if now were INSTANT (ISO; UTC when no offset), e.g. 2027-03-28T01:30:00Z; "
             f"the clock runs on from there. Also read from {clock.CLOCK_ENV}.")


def pytest_configure(config: pytest.Config) -> None:
    instant = config.getoption("--clock")
    if instant:
        clock.set_clock(clock.parse_instant(instant))
        os.environ[clock.CLOCK_ENV] = instant  # the `envol` commands a test starts live at the same date


def pytest_itemcollected(item: pytest.Item) -> None:
    """A test printing through the machine's queues pauses, rejects and empties them: marked `printers`, it runs
    apart from the others, one at a time (`python -m tests` runs the rest on every core)."""
    if "cups" in getattr(item, "fixturenames", ()):
        item.add_marker(pytest.mark.printers)


def pytest_report_header(config: pytest.Config) -> str:
    where = "moved by --clock" if clock.moved() else "the machine's"
    return f"clock: {clock.now().isoformat(timespec='seconds')} ({where}); Paris day {clock.today().isoformat()}"


@pytest.fixture
def frozen_clock() -> Iterator[Any]:
    """`frozen_clock(instant)` stops the clock at an instant for the rest of the test."""
    def freeze(instant: Any) -> None:
        clock.freeze(instant)

    yield freeze
    clock.freeze(None)


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test ever touches the user's real data directory or Qt settings."""
    monkeypatch.setenv("ENVOL_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    # Qt settles where QSettings live once per process: point it at this test's folder too, or a setting one test
    # wrote (a badge printer at the desk) would reach every later test run by the same process.
    from PySide6.QtCore import QSettings

    for kind in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(kind, QSettings.Scope.UserScope, str(tmp_path / "config"))


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
