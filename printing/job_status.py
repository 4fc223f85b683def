"""What a print job became, as the print system reports it, and what to tell the volunteer: a pure decision.

A badge counts as printed only when its job completed, or when it was accepted by a printer that cannot report
(said as such). A job refused, paused, held or unanswered is "stuck": the PDF is kept and the volunteer is
offered to try again or to use another printer.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

STUCK_AFTER_S = 60.0  # a job still waiting on a printer that takes no job after this long needs the volunteer
UNREACHABLE_WORDS = ("unable to connect", "not responding", "may not exist", "unavailable", "connection refused",
                     "unreachable", "busy, will retry", "ne répond pas", "injoignable", "impossible de se connecter")


class JobState(StrEnum):
    """The IPP job states (RFC 8011 §5.3.7), plus the two ends a submission can have without a job."""

    PENDING = "pending"
    HELD = "held"
    PROCESSING = "processing"
    STOPPED = "stopped"
    COMPLETED = "completed"
    CANCELED = "canceled"
    ABORTED = "aborted"
    REFUSED = "refused"  # the queue did not take the job (rejecting, unknown printer)
    SENT = "sent"  # handed to a printer that cannot report what it did (Windows driver, raster dialog)


@dataclass(frozen=True, slots=True)
class JobReport:
    """One look at a job and its printer."""

    state: JobState
    printer_enabled: bool = True
    message: str = ""  # the printer's or the job's own words ("Plus de rouleau", "Unable to connect…")


class Outcome(StrEnum):
    PRINTED = "printed"
    SENT_UNCONFIRMED = "sent_unconfirmed"
    PRINTING = "printing"
    QUEUED = "queued"
    PAUSED = "paused"
    HELD = "held"
    UNREACHABLE = "unreachable"
    STOPPED = "stopped"
    REFUSED = "refused"
    CANCELED = "canceled"
    FAILED = "failed"


@dataclass(frozen=True, slots=True)
class Assessment:
    outcome: Outcome
    message: str = ""

    @property
    def printed(self) -> bool:
        """The document came out (or went to a printer that cannot say): log it."""
        return self.outcome in (Outcome.PRINTED, Outcome.SENT_UNCONFIRMED)

    @property
    def final(self) -> bool:
        """Nothing more will happen to this job: stop following it."""
        return self.outcome in (Outcome.PRINTED, Outcome.SENT_UNCONFIRMED, Outcome.REFUSED, Outcome.CANCELED,
                                Outcome.FAILED)

    @property
    def stuck(self) -> bool:
        """The volunteer should act: keep the PDF, offer "réessayer" and "autre imprimante"."""
        return not self.printed and self.outcome not in (Outcome.PRINTING, Outcome.QUEUED)


def assess(report: JobReport, waited_s: float) -> Assessment:
    """The outcome of a job seen after waited_s seconds since it was submitted."""
    state, message = report.state, report.message
    unreachable = any(word in message.lower() for word in UNREACHABLE_WORDS)
    if state == JobState.COMPLETED:
        return Assessment(Outcome.PRINTED)
    if state == JobState.SENT:
        return Assessment(Outcome.SENT_UNCONFIRMED)
    if state == JobState.REFUSED:
        return Assessment(Outcome.REFUSED, message)
    if state == JobState.CANCELED:
        return Assessment(Outcome.CANCELED, message)
    if state == JobState.ABORTED:
        return Assessment(Outcome.FAILED, message)
    if state == JobState.HELD:
        return Assessment(Outcome.HELD, message)
    if state == JobState.STOPPED:
        return Assessment(Outcome.STOPPED, message)
    if not report.printer_enabled:
        return Assessment(Outcome.PAUSED, message)
    if unreachable:
        return Assessment(Outcome.UNREACHABLE, message)
    if state == JobState.PROCESSING:  # a long job prints for minutes: only the printer's words say it is stuck
        return Assessment(Outcome.PRINTING, message)
    if waited_s >= STUCK_AFTER_S:
        return Assessment(Outcome.STOPPED, message)
    return Assessment(Outcome.QUEUED, message)
