"""Tickets, and the append-only record of every check-in attempt."""

from __future__ import annotations

import enum
import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, Index, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from core.models.base import Base, Replicated, personal
from core.models.directory import enum_column
from core.models.registrations import Registration


class Device(Replicated, Base):
    """An installation of Envol: where records come from. Its public key verifies the tickets it issues."""

    __tablename__ = "devices"

    name: Mapped[str] = mapped_column(String(200))
    public_key: Mapped[bytes | None] = mapped_column(LargeBinary)
    # A stolen or lost laptop: every token signed by this key scans as revoked on every desk after sync.
    key_revoked_at: Mapped[datetime | None]


class Ticket(Replicated, Base):
    __tablename__ = "tickets"

    registration_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("registrations.id"), index=True)
    # Short code a person reads out or types. Unique where it is issued, but two devices offline can draw the same
    # one: the desk then asks for a name search (core.services.checkin), the sync never refuses it.
    code: Mapped[str] = mapped_column(String(16), index=True)
    # The opaque signed token printed as the QR code. Issued by the check-in feature.
    token: Mapped[str | None] = mapped_column(Text)
    issued_by_device_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("devices.id"))
    revoked_at: Mapped[datetime | None]

    registration: Mapped[Registration] = relationship()


class CheckInKind(enum.StrEnum):
    ENTRY = "entry"  # entry to the event
    SESSION = "session"  # attendance of one session
    UNDO = "undo"  # cancels an earlier record, which stays


class CheckIn(Replicated, Base):
    """One scan or manual check-in attempt. Never updated, never deleted: an undo is a new row."""

    __tablename__ = "checkins"
    # Recent scans of an event, newest first, without sorting the whole history.
    __table_args__ = (Index("ix_checkins_event_scanned", "event_id", "scanned_at"),)

    ticket_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("tickets.id"), index=True)
    event_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("events.id"), index=True)
    session_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("sessions.id"))
    kind: Mapped[CheckInKind] = mapped_column(enum_column(CheckInKind))
    verdict: Mapped[str] = mapped_column(String(32))  # a reason code: "valid", "already_checked_in", ...
    accepted: Mapped[bool]
    undoes_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("checkins.id"), index=True)
    scanned_at: Mapped[datetime]  # the device's clock at the scan; ordering across devices uses the sync clock
    device_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("devices.id"))
    nonce: Mapped[str] = mapped_column(String(64), unique=True)
    # What the scanner typed, truncated: a volunteer may type an e-mail or a name there (erased with the person).
    raw_input: Mapped[str | None] = mapped_column(String(512), info=personal())
