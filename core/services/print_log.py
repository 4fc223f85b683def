"""The print log: which badges and attestations were printed, for whom and when.

A badge printed again needs a reason (two badges of one person may be in circulation). An attestation may be
issued again freely — it states the same thing and is verified against the workspace — and its verification code
is logged, so that verifying a code tells when it was issued.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from core.db.unit_of_work import UnitOfWork
from core.errors import RuleViolation, ValidationError
from core.models import PrintedDocument, PrintRecord, Registration


@dataclass(frozen=True, slots=True)
class PrintLogged:
    """Summary of a recorded print job."""

    document: PrintedDocument
    printed: int
    reprinted: int


def printed_counts(session: Session, event_id: uuid.UUID,
                   document: PrintedDocument = PrintedDocument.BADGE) -> dict[uuid.UUID, int]:
    """How many times each registration of the event already had this document printed."""
    rows = session.execute(
        select(PrintRecord.registration_id, func.count())
        .join(Registration, Registration.id == PrintRecord.registration_id)
        .where(Registration.event_id == event_id, PrintRecord.document == document)
        .group_by(PrintRecord.registration_id)
    ).all()
    return {registration_id: count for registration_id, count in rows}


def record_prints(
    uow: UnitOfWork, registration_ids: Iterable[uuid.UUID], *, document: PrintedDocument = PrintedDocument.BADGE,
    stock: str | None = None, device_id: uuid.UUID | None = None, reprint_reason: str | None = None,
    verification_codes: Mapping[uuid.UUID, str] | None = None,
) -> PrintLogged:
    """Log one print per registration. Printing a badge again needs a reason, kept in the log;
    verification_codes: the code printed on each registration's attestation."""
    ids = list(dict.fromkeys(registration_ids))
    if not ids:
        raise ValidationError("nothing_to_print", "no one selected to print")
    already = set(uow.session.scalars(
        select(PrintRecord.registration_id)
        .where(PrintRecord.registration_id.in_(ids), PrintRecord.document == document)
    ))
    reason = (reprint_reason or "").strip() or None
    if already and reason is None and document == PrintedDocument.BADGE:
        raise RuleViolation("already_printed", f"{len(already)} already printed; a reprint needs a reason",
                            count=len(already))
    for registration_id in ids:
        uow.session.add(PrintRecord(
            registration_id=registration_id, document=document, stock=stock, device_id=device_id,
            reprint_reason=reason if registration_id in already else None,
            verification_code=(verification_codes or {}).get(registration_id),
        ))
    uow.session.flush()
    return PrintLogged(document, len(ids) - len(already), len(already))
