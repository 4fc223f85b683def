"""The paper a document needs against the printer's, the job's outcome in words a desk can act on, and the CUPS
client driven against the real queues of .ci/cups.sh (reject, pause, hold, cancel)."""

from __future__ import annotations

import subprocess
import time

import pytest

from printing.job_status import STUCK_AFTER_S, JobReport, JobState, Outcome, assess
from printing.jobs import Gathered, PrintRequest, job_title
from printing.paper import MediaReason, Paper, choose_media, paper_of, size_of_media, unscaled
from printing.system import CupsPrintSystem, JobRefused
from tests.cups_queues import LABEL_QUEUE, PDF_QUEUE, cups, paused, rejecting

pytestmark = pytest.mark.printers  # the machine's print queues: one test at a time (conftest.py)

__all__ = ["cups"]
ROLL = paper_of("badges", "roll-62")
A4 = paper_of("emargement")


def test_printer_paper_names_are_read_as_sizes() -> None:
    assert size_of_media("A4").matches(Paper(210, 297))
    assert size_of_media("w176h283").matches(Paper(62, 100))  # PPD, whole points
    assert size_of_media("oe_62x100mm_62x100mm").matches(Paper(62, 100))  # PWG
    assert size_of_media("Custom.62x100mm").matches(Paper(62, 100))
    assert size_of_media("na_letter_8.5x11in").matches(Paper(215.9, 279.4))
    assert size_of_media("Photo") is None


def test_media_choice_matches_or_asks_never_enlarges() -> None:
    label = choose_media(ROLL, ("w176h283",), "w176h283", accepts_custom=False)
    assert (label.reason, label.media) == (MediaReason.MATCHED, "w176h283")
    sheet = choose_media(A4, ("Letter", "A4", "A5"), "Letter", accepts_custom=True)
    assert (sheet.reason, sheet.media) == (MediaReason.MATCHED, "A4")
    asked = choose_media(ROLL, ("A4", "Letter"), "A4", accepts_custom=True)
    assert asked.needs_asking and asked.printer_paper is not None and asked.printer_paper.label == "A4"
    assert unscaled(asked, accepts_custom=True).media == "Custom.62x100mm"
    assert unscaled(asked, accepts_custom=False).media is None  # the printer's paper, unscaled (print-scaling=none)
    assert choose_media(A4, (), None, accepts_custom=False).reason == MediaReason.UNKNOWN_PRINTER_PAPER
    assert ROLL.label == "62 × 100 mm" and A4.label == "A4"


@pytest.mark.parametrize(("report", "waited", "outcome", "printed", "stuck"), [
    (JobReport(JobState.COMPLETED), 1, Outcome.PRINTED, True, False),
    (JobReport(JobState.SENT), 0, Outcome.SENT_UNCONFIRMED, True, False),
    (JobReport(JobState.PENDING), 1, Outcome.QUEUED, False, False),
    (JobReport(JobState.PROCESSING), 1, Outcome.PRINTING, False, False),
    (JobReport(JobState.PENDING, printer_enabled=False, message="Plus de rouleau"), 0, Outcome.PAUSED, False, True),
    (JobReport(JobState.HELD), 0, Outcome.HELD, False, True),
    (JobReport(JobState.PROCESSING, message="The printer may not exist or is unavailable at this time."), 2,
     Outcome.UNREACHABLE, False, True),
    (JobReport(JobState.PROCESSING), 600, Outcome.PRINTING, False, False),  # 31 sheets take their time
    (JobReport(JobState.PENDING), STUCK_AFTER_S + 1, Outcome.STOPPED, False, True),
    (JobReport(JobState.REFUSED, message="not accepting jobs"), 0, Outcome.REFUSED, False, True),
    (JobReport(JobState.ABORTED), 0, Outcome.FAILED, False, True),
    (JobReport(JobState.CANCELED), 0, Outcome.CANCELED, False, True),  # cancelled at the printer: offer to retry
])
def test_outcome_of_a_job(report, waited, outcome, printed, stuck) -> None:  # type: ignore[no-untyped-def]
    seen = assess(report, waited)
    assert (seen.outcome, seen.printed, seen.stuck) == (outcome, printed, stuck)


def test_job_names(badge_data) -> None:  # type: ignore[no-untyped-def]
    import uuid

    one = Gathered(PrintRequest("badges", uuid.uuid4()), badges=(badge_data[0],))
    assert job_title(one) == f"Badge — {badge_data[0].first_name} {badge_data[0].last_name}"
    many = Gathered(PrintRequest("badges", uuid.uuid4()), badges=tuple(badge_data[:3]))
    assert job_title(many) == f"Badges — {badge_data[0].event_name} (3)"


@pytest.fixture
def badge_data():  # type: ignore[no-untyped-def]
    import uuid

    from core.models import BadgeRole
    from core.services.print_data import BadgeData

    return [BadgeData(uuid.uuid4(), "Éloïse", f"Nguyễn {i}", "SCOP Le Relais", BadgeRole.PARTICIPANT,
                      "Rencontres territoriales de l'ESS 2026", f"T{i:04d}", f"ENV1.token{i}", 0) for i in range(3)]


def _pdf(badge_data) -> bytes:  # type: ignore[no-untyped-def]
    from printing.badges import render_badges
    from printing.stocks import stock

    return render_badges(badge_data[:1], stock("roll-62"))


def _wait(system: CupsPrintSystem, job, state: JobState, timeout: float = 30) -> JobReport:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while True:
        report = system.status(job)
        if report.state == state or time.monotonic() > deadline:
            return report
        time.sleep(0.2)


def test_cups_lists_the_label_printer_with_its_one_paper(cups) -> None:  # type: ignore[no-untyped-def]
    label = cups.printer(LABEL_QUEUE)
    assert label.default_media == "w176h283" and label.media == ("w176h283",)
    assert choose_media(ROLL, label.media, label.default_media, label.accepts_custom).media == "w176h283"
    assert {PDF_QUEUE, LABEL_QUEUE} <= {p.name for p in cups.printers()}


def test_cups_job_completes_pauses_holds_is_refused_and_cancelled(cups, badge_data) -> None:  # type: ignore[no-untyped-def]
    pdf = _pdf(badge_data)
    job = cups.submit(pdf, LABEL_QUEUE, "Badge — Éloïse Nguyễn", "w176h283")
    assert _wait(cups, job, JobState.COMPLETED).state == JobState.COMPLETED

    with paused(LABEL_QUEUE, "Plus de rouleau"):
        waiting = cups.submit(pdf, LABEL_QUEUE, "Badge — en pause", "w176h283")
        report = cups.status(waiting)
        assert (report.state, report.printer_enabled, report.message) == (JobState.PENDING, False, "Plus de rouleau")
        assert assess(report, 0).outcome == Outcome.PAUSED
        cups.cancel(waiting)
        assert _wait(cups, waiting, JobState.CANCELED).state == JobState.CANCELED

    done = subprocess.run(["lp", "-d", LABEL_QUEUE, "-H", "hold", "-t", "retenu", "-"], input=pdf,
                          capture_output=True, check=True, env={"LC_ALL": "C", "PATH": "/usr/bin:/bin"})
    from printing.system import PrintJob

    held = PrintJob(LABEL_QUEUE, done.stdout.decode().split()[3], "retenu")
    assert cups.status(held).state == JobState.HELD
    cups.cancel(held)

    rejecting(LABEL_QUEUE, "File fermée")
    with pytest.raises(JobRefused, match="not accepting"):
        cups.submit(pdf, LABEL_QUEUE, "Badge — refusé", "w176h283")
