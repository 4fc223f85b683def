"""A print job from end to end, shared by the command line and the Impressions page:
gather the data (database worker), render it (background pool), log the badges and attestations printed
(database worker)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Literal

from core.db.workspace import Workspace
from core.errors import ValidationError
from core.models import PrintedDocument
from core.services import attendance, organiser, print_data
from core.services.print_log import PrintLogged, record_prints
from printing.badges import render_badges, render_calibration
from printing.certificates import render_certificates, render_certificates_zip
from printing.common import Branding, Feedback
from printing.emargement import render_emargement
from printing.stocks import stock

Document = Literal["badges", "emargement", "attestations", "calibration"]


@dataclass(frozen=True, slots=True)
class PrintRequest:
    document: Document
    event_id: uuid.UUID
    session_id: uuid.UUID | None = None
    half_day: tuple[date, bool] | None = None  # (day, afternoon) for a half-day émargement
    day: date | None = None  # a whole-day émargement (Matin and Après-midi columns)
    registration_ids: tuple[uuid.UUID, ...] | None = None  # a selection; None: everyone
    only_not_printed: bool = False
    stock_key: str = "a4-8"
    offset_x: float = 0.0
    offset_y: float = 0.0
    branding: Branding = field(default_factory=Branding)
    show_checked_in: bool = False
    walk_in_rows: int = 8
    one_file_per_person: bool = False  # attestations: a zip


@dataclass(frozen=True, slots=True)
class Gathered:
    """What will be printed, read from the database; rendering needs nothing else."""

    request: PrintRequest
    badges: tuple[print_data.BadgeData, ...] = ()
    sheet: print_data.AttendanceSheet | None = None
    certificates: tuple[attendance.CertificateData, ...] = ()

    @property
    def count(self) -> int:
        if self.sheet is not None:
            return len(self.sheet.rows)
        return len(self.badges) or len(self.certificates)

    @property
    def registration_ids(self) -> list[uuid.UUID]:
        return [b.registration_id for b in self.badges] or [c.registration_id for c in self.certificates]

    @property
    def already_printed(self) -> int:
        return sum(1 for b in self.badges if b.printed_count)


def gather(workspace: Workspace, request: PrintRequest) -> Gathered:
    """Read what the request prints. Badges may issue missing tickets, hence a unit of work. A request without
    branding (the desk's badge at check-in, …) gets the workspace's organiser identity."""
    if request.branding == Branding():
        with workspace.reading() as session:
            request = replace(request, branding=Branding.of(organiser.identity(session)))
    if request.document == "badges":
        stock(request.stock_key).check()
        with workspace.unit_of_work() as uow:
            badges = print_data.badges(uow, request.event_id, session_id=request.session_id,
                                       registration_ids=request.registration_ids,
                                       only_not_printed=request.only_not_printed)
        return Gathered(request, badges=tuple(badges))
    with workspace.reading() as session:
        if request.document == "emargement":
            if request.session_id is not None:
                sheet = print_data.sheet_for_session(session, request.session_id)
            elif request.half_day is not None:
                sheet = print_data.sheet_for_half_day(session, request.event_id, *request.half_day)
            elif request.day is not None:
                sheet = print_data.sheet_for_day(session, request.event_id, request.day)
            else:
                raise ValidationError("session_required", "choose a session or a half-day")
            return Gathered(request, sheet=sheet)
        if request.document == "attestations":
            certs = attendance.certificates(session, request.event_id, session_id=request.session_id)
            if request.registration_ids is not None:
                wanted = set(request.registration_ids)
                certs = [c for c in certs if c.registration_id in wanted]
            return Gathered(request, certificates=tuple(certs))
    return Gathered(request)


def render(gathered: Gathered, feedback: Feedback = Feedback()) -> bytes:  # noqa: B008
    """The bytes of the document (a PDF, or a zip of PDFs for one attestation per person)."""
    r = gathered.request
    if r.document == "badges":
        return render_badges(gathered.badges, stock(r.stock_key), branding=r.branding, offset_x=r.offset_x,
                             offset_y=r.offset_y, feedback=feedback)
    if r.document == "calibration":
        return render_calibration(stock(r.stock_key), offset_x=r.offset_x, offset_y=r.offset_y)
    if r.document == "emargement":
        assert gathered.sheet is not None
        return render_emargement(gathered.sheet, branding=r.branding, walk_in_rows=r.walk_in_rows,
                                 show_checked_in=r.show_checked_in, feedback=feedback)
    if r.one_file_per_person:
        return render_certificates_zip(gathered.certificates, branding=r.branding, feedback=feedback)
    return render_certificates(gathered.certificates, branding=r.branding, feedback=feedback)


def log_printed(workspace: Workspace, gathered: Gathered, reprint_reason: str | None = None) -> PrintLogged | None:
    """Record the badges or attestations that were printed or saved; a badge printed before needs
    reprint_reason (already_printed); an attestation is logged with its verification code."""
    if gathered.badges:
        with workspace.unit_of_work() as uow:
            return record_prints(uow, gathered.registration_ids, document=PrintedDocument.BADGE,
                                 stock=gathered.request.stock_key, device_id=workspace.device_id,
                                 reprint_reason=reprint_reason)
    if gathered.certificates:
        with workspace.unit_of_work() as uow:
            return record_prints(uow, gathered.registration_ids, document=PrintedDocument.ATTESTATION,
                                 device_id=workspace.device_id, reprint_reason=reprint_reason,
                                 verification_codes={c.registration_id: c.verification_code
                                                     for c in gathered.certificates})
    return None


def job_title(gathered: Gathered) -> str:
    """The name of the print job, as the queue shows it ("Badge — Thibaut Legros", "Émargement — Plénière")."""
    r = gathered.request
    if r.document == "badges":
        if len(gathered.badges) == 1:
            badge = gathered.badges[0]
            return f"Badge — {badge.first_name} {badge.last_name}"
        event = gathered.badges[0].event_name if gathered.badges else ""
        return f"Badges — {event} ({len(gathered.badges)})".replace(" — ()", "")
    if r.document == "emargement" and gathered.sheet is not None:
        return f"Émargement — {gathered.sheet.title}"
    if r.document == "attestations":
        if len(gathered.certificates) == 1:
            cert = gathered.certificates[0]
            return f"Attestation — {cert.first_name} {cert.last_name}"
        event = gathered.certificates[0].event_name if gathered.certificates else ""
        return f"Attestations — {event} ({len(gathered.certificates)})"
    return f"Calibration — {stock(r.stock_key).name}"
