"""Who comes: a registration per person and event, and the sessions they chose."""

from __future__ import annotations

import enum
import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from core.models.agenda import Event, EventSession
from core.models.base import Base, Replicated, personal, utcnow
from core.models.directory import Person, enum_column
from core.models.printing import BadgeRole


class Status(enum.StrEnum):
    CONFIRMED = "confirmed"
    WAITING = "waiting"
    CANCELLED = "cancelled"


class Source(enum.StrEnum):
    IMPORT = "import"
    DESK = "desk"
    MANUAL = "manual"


class Registration(Replicated, Base):
    __tablename__ = "registrations"
    # "fold": two devices offline may both register the person; the sync makes the two rows one (core.sync.fold).
    __table_args__ = (UniqueConstraint("person_id", "event_id", info={"sync": "fold"}),)

    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("people.id"), index=True)
    event_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("events.id"), index=True)
    status: Mapped[Status] = mapped_column(enum_column(Status), default=Status.CONFIRMED)
    source: Mapped[Source] = mapped_column(enum_column(Source), default=Source.MANUAL)
    # First-come order for the event's waiting list.
    requested_at: Mapped[datetime] = mapped_column(default=utcnow)
    # The form platform's own ticket number or barcode, kept so its printed ticket still scans.
    source_reference: Mapped[str | None] = mapped_column(String(100), index=True, info=personal())
    # The colour band of the badge chosen by the office; None: guessed from the directory (print_data.badge_role).
    badge_role: Mapped[BadgeRole | None] = mapped_column(enum_column(BadgeRole))

    person: Mapped[Person] = relationship()
    event: Mapped[Event] = relationship()
    choices: Mapped[list[SessionChoice]] = relationship(back_populates="registration")


class SessionChoice(Replicated, Base):
    """One registration's place in one session: confirmed, waiting (first come, first promoted) or cancelled."""

    __tablename__ = "session_choices"
    __table_args__ = (UniqueConstraint("registration_id", "session_id", info={"sync": "fold"}),)

    registration_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("registrations.id"), index=True)
    session_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sessions.id"), index=True)
    status: Mapped[Status] = mapped_column(enum_column(Status), default=Status.CONFIRMED)
    requested_at: Mapped[datetime] = mapped_column(default=utcnow)

    registration: Mapped[Registration] = relationship(back_populates="choices")
    session: Mapped[EventSession] = relationship()
