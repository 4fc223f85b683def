"""What was printed, for whom: a badge is not printed twice by accident, and a reprint says why."""

from __future__ import annotations

import enum
import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from core.models.base import Base, Replicated, utcnow
from core.models.directory import enum_column


class BadgeRole(enum.StrEnum):
    """The colour band of a badge."""

    PARTICIPANT = "participant"
    INTERVENANT = "intervenant"
    ORGANISATION = "organisation"
    ENTREPRISE_PARTENAIRE = "entreprise_partenaire"
    BENEVOLE = "benevole"


class PrintedDocument(enum.StrEnum):
    BADGE = "badge"
    ATTESTATION = "attestation"


class PrintRecord(Replicated, Base):
    """One document printed (or saved as PDF to print) for one registration. Append-only."""

    __tablename__ = "print_records"

    registration_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("registrations.id"), index=True)
    document: Mapped[PrintedDocument] = mapped_column(enum_column(PrintedDocument))
    printed_at: Mapped[datetime] = mapped_column(default=utcnow)
    device_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("devices.id"))
    stock: Mapped[str | None] = mapped_column(String(64))
    # Required when the same document was already printed for this registration.
    reprint_reason: Mapped[str | None] = mapped_column(Text)
    # Attestations: the verification code printed on it, so that verifying a code tells when it was issued.
    verification_code: Mapped[str | None] = mapped_column(String(16), index=True)
