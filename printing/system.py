"""The machine's print system: its printers, their papers, a vector job submitted, followed and cancelled.

CUPS (Linux, macOS) is driven through its own command-line client (`lp`, `lpstat`, `lpoptions`, `cancel`, from
cups-client): present wherever CUPS prints, nothing to compile, and it honours the machine's CUPS settings
(server, authentication). A job's state is read over IPP (printing.ipp: lpstat cannot tell a job cancelled
while waiting from one printed), with lpstat's report as the fallback. The app's own PDF is submitted as it is — vector, with its text — on the paper the
document needs, never scaled. pycups would give the same through libcups but has no wheels (a desk laptop would
need a compiler and libcups headers to install Envol) and is GPL.

On Windows the design is a `PrintSystem` rendering each page with pdfium to the printer's device context
(`FPDF_RenderPage` on an HDC from win32print, vector) and reporting "sent" (the driver cannot say more);
it is not built yet: the desktop falls back to the Qt raster path there.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from typing import Protocol

from printing import ipp
from printing.job_status import JobReport, JobState

TIMEOUT_S = 15.0


class PrintSystemError(Exception):
    """The print system could not be asked (command missing, server down); message in its own words."""


@dataclass(frozen=True, slots=True)
class PrinterInfo:
    name: str
    description: str = ""
    media: tuple[str, ...] = ()
    default_media: str | None = None
    accepts_custom: bool = False
    is_default: bool = False


@dataclass(frozen=True, slots=True)
class PrintJob:
    printer: str
    job_id: str  # the system's id ("envol-label-12")
    title: str


class PrintSystem(Protocol):
    def printers(self) -> list[PrinterInfo]: ...

    def printer(self, name: str) -> PrinterInfo: ...

    def submit(self, pdf: bytes, printer: str, title: str, media: str | None = None, copies: int = 1) -> PrintJob:
        """Hand the PDF to the printer's queue; a refusal raises JobRefused."""
        ...

    def status(self, job: PrintJob) -> JobReport: ...

    def cancel(self, job: PrintJob) -> None: ...


# What a PDF written for long-edge duplex says in its catalogue (ReportLab's setViewerPreference).
TWO_SIDED = b"/Duplex /DuplexFlipLongEdge"


class JobRefused(Exception):
    """The queue did not take the job (not accepting jobs, unknown printer…); message in the system's words."""


def _run(args: list[str], data: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    env = dict(os.environ, LC_ALL="C", LANG="C")  # the parsed words are CUPS's English ones
    try:
        return subprocess.run(args, input=data, capture_output=True, env=env, timeout=TIMEOUT_S, check=False)
    except (OSError, subprocess.TimeoutExpired) as error:
        raise PrintSystemError(f"{args[0]}: {error}") from error


def _text(done: subprocess.CompletedProcess[bytes]) -> str:
    return done.stdout.decode("utf-8", "replace")


_IPP_STATES = {3: JobState.PENDING, 4: JobState.HELD, 5: JobState.PROCESSING, 6: JobState.STOPPED,
               7: JobState.CANCELED, 8: JobState.ABORTED, 9: JobState.COMPLETED}
_REQUEST_ID = re.compile(r"request id is (\S+)")
_JOB_LINE = re.compile(r"^(\S+)\s+\S+\s+\d+\s")


class CupsPrintSystem:
    """CUPS through lp/lpstat/lpoptions/cancel (LC_ALL=C so that the words parsed are stable)."""

    def printers(self) -> list[PrinterInfo]:
        names = [line.strip() for line in _text(_run(["lpstat", "-e"])).splitlines() if line.strip()]
        default = self._default()
        return [self.printer(name, default) for name in names]

    def _default(self) -> str | None:
        found = re.search(r"system default destination: (\S+)", _text(_run(["lpstat", "-d"])))
        return found[1] if found else None

    def printer(self, name: str, default: str | None = None) -> PrinterInfo:
        media: list[str] = []
        chosen: str | None = None
        custom = False
        for line in _text(_run(["lpoptions", "-p", name, "-l"])).splitlines():
            key, _, values = line.partition(":")
            if key.split("/")[0] not in ("PageSize", "media"):
                continue
            for value in values.split():
                if value.startswith("*"):
                    value = value[1:]
                    chosen = value
                if value.lower().startswith("custom."):
                    custom = True
                else:
                    media.append(value)
        description = ""
        found = re.search(r"Description: (.*)", _text(_run(["lpstat", "-l", "-p", name])))
        if found:
            description = found[1].strip()
        return PrinterInfo(name, description, tuple(media), chosen, custom, name == default)

    def submit(self, pdf: bytes, printer: str, title: str, media: str | None = None, copies: int = 1) -> PrintJob:
        args = ["lp", "-d", printer, "-t", title, "-n", str(max(1, copies)), "-o", "print-scaling=none",
                "-o", "fit-to-page=false", "-o", "document-format=application/pdf"]
        if media:
            args += ["-o", f"media={media}"]
        if TWO_SIDED in pdf:  # a document meant for both sides (badges with their meetings on the back)
            args += ["-o", "sides=two-sided-long-edge"]
        done = _run(args, pdf)
        found = _REQUEST_ID.search(_text(done))
        if done.returncode != 0 or not found:
            words = done.stderr.decode("utf-8", "replace").strip().removeprefix("lp: ")
            raise JobRefused(words or f"lp exited with {done.returncode}")
        return PrintJob(printer, found[1], title)

    def status(self, job: PrintJob) -> JobReport:
        """The job's IPP state; lpstat's coarser report where CUPS cannot be asked over IPP."""
        try:
            attributes = ipp.job_attributes(int(job.job_id.rsplit("-", 1)[1]))
            printer = ipp.printer_attributes(job.printer)
        except (ipp.IppError, ValueError, IndexError):
            return self._lpstat_status(job)
        state = _IPP_STATES.get(int(attributes.get("job-state", 0)), JobState.PENDING)
        enabled = printer.get("printer-state") != 5
        message = str(attributes.get("job-printer-state-message") or printer.get("printer-state-message") or "")
        return JobReport(state, enabled, message)

    def _lpstat_status(self, job: PrintJob) -> JobReport:
        pending = self._jobs(job.printer, "not-completed")
        printer = _text(_run(["lpstat", "-l", "-p", job.printer]))
        enabled = " disabled since " not in printer.split("\n", 1)[0]
        printer_message = _printer_message(printer)
        if job.job_id in pending:
            alerts, status = pending[job.job_id]
            if "job-hold-until-specified" in alerts or "job-held" in alerts:
                return JobReport(JobState.HELD, enabled, status or printer_message)
            if "job-stopped" in alerts:
                return JobReport(JobState.STOPPED, enabled, status or printer_message)
            state = JobState.PROCESSING if "now printing " + job.job_id in printer else JobState.PENDING
            return JobReport(state, enabled, status or printer_message)
        done = self._jobs(job.printer, "completed")
        alerts, status = done.get(job.job_id, ("", ""))
        if "canceled" in alerts:
            return JobReport(JobState.CANCELED, enabled, status)
        if "aborted" in alerts:
            return JobReport(JobState.ABORTED, enabled, status or printer_message)
        return JobReport(JobState.COMPLETED, enabled, status)

    def _jobs(self, printer: str, which: str) -> dict[str, tuple[str, str]]:
        """job id -> (alerts, status text) of the printer's jobs in that lpstat -W class."""
        jobs: dict[str, tuple[str, str]] = {}
        current = None
        for line in _text(_run(["lpstat", "-l", "-W", which, "-o", printer])).splitlines():
            found = _JOB_LINE.match(line)
            if found:
                current = found[1]
                jobs[current] = ("", "")
            elif current is not None:
                key, _, value = line.strip().partition(":")
                alerts, status = jobs[current]
                if key == "Alerts":
                    jobs[current] = (value.strip(), status)
                elif key == "Status":
                    jobs[current] = (alerts, value.strip())
        return jobs

    def cancel(self, job: PrintJob) -> None:
        _run(["cancel", job.job_id])


def _printer_message(lpstat_l: str) -> str:
    """The printer's own message: the indented line right after its first line (cupsdisable -r "…")."""
    lines = lpstat_l.splitlines()
    if len(lines) > 1 and lines[1].startswith("\t") and ":" not in lines[1]:
        return lines[1].strip()
    return ""


def find_print_system() -> PrintSystem | None:
    """CUPS where its client is installed (Linux, macOS); None elsewhere (Windows: see the module's note)."""
    if os.environ.get("ENVOL_NO_CUPS") or sys.platform == "win32":
        return None
    if shutil.which("lp") and shutil.which("lpstat"):
        return CupsPrintSystem()
    return None


def cups_running() -> bool:
    """Whether a CUPS scheduler answers (for tests and diagnostics)."""
    if not shutil.which("lpstat"):
        return False
    try:
        return "is running" in _text(_run(["lpstat", "-r"]))
    except PrintSystemError:
        return False
