"""The CUPS queues of .ci/cups.sh, for tests that print for real: where their PDFs land, and how to pause,
reject or restore them. Tests that need them skip, saying why, where CUPS is not set up."""

from __future__ import annotations

import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from printing.system import CupsPrintSystem, PrintJob, cups_running

PDF_QUEUE, LABEL_QUEUE, AWAY_QUEUE = "envol-pdf", "envol-label", "envol-away"
OUTPUT = Path("/var/spool/cups-pdf")


def _queues_ready() -> str | None:
    """None when the queues answer; else why not."""
    if not cups_running():
        return "no CUPS scheduler running (bash .ci/cups.sh sets one up)"
    devices = subprocess.run(["lpstat", "-v"], capture_output=True, text=True, check=False).stdout
    if any(f"device for {queue}:" not in devices for queue in (PDF_QUEUE, LABEL_QUEUE, AWAY_QUEUE)):
        return "the CUPS test queues are missing (bash .ci/cups.sh creates them)"
    return None


@pytest.fixture
def cups() -> Iterator[CupsPrintSystem]:
    """The machine's CUPS with the test queues, all accepting and enabled again afterwards."""
    why = _queues_ready()
    if why:
        pytest.skip(why)
    _restore()  # also after a run stopped half-way
    yield CupsPrintSystem()
    _restore()


def _restore() -> None:
    for queue in (PDF_QUEUE, LABEL_QUEUE, AWAY_QUEUE):
        subprocess.run(["cancel", "-a", queue], capture_output=True, check=False)
        subprocess.run(["cupsenable", queue], capture_output=True, check=False)
        subprocess.run(["cupsaccept", queue], capture_output=True, check=False)


def output_of(job: PrintJob, timeout: float = 60.0) -> Path:
    """The PDF cups-pdf wrote for the job (its file name ends with -job_N.pdf)."""
    number = job.job_id.rsplit("-", 1)[1]
    folder = OUTPUT / job.printer
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = [p for p in folder.glob(f"*-job_{number}.pdf") if p.stat().st_size > 0]
        if found and _complete(found[0]):
            return found[0]
        time.sleep(0.2)
    raise AssertionError(f"no output for {job.job_id} in {folder} after {timeout} s")


def _complete(path: Path) -> bool:
    return path.read_bytes().rstrip().endswith(b"%%EOF")


@contextmanager
def paused(queue: str, why: str = "Plus de rouleau") -> Iterator[None]:
    subprocess.run(["cupsdisable", "-r", why, queue], check=True)
    try:
        yield
    finally:
        subprocess.run(["cupsenable", queue], check=True)


def rejecting(queue: str, why: str = "File fermée") -> None:
    subprocess.run(["cupsreject", "-r", why, queue], check=True)


