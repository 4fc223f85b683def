"""What happens where and when: events, venues, rooms and their sessions."""

from __future__ import annotations

import enum
import uuid
from datetime import date, datetime

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from core.models.base import Base, Replicated
from core.models.directory import enum_column


class EventKind(enum.StrEnum):
    MOIS_ESS = "mois_ess"  # a month of workshops in several venues
    RENCONTRES = "rencontres"  # one day, several rooms in parallel
    AUTRE = "autre"


class SessionKind(enum.StrEnum):
    ATELIER = "atelier"
    PLENIERE = "pleniere"
    RENDEZ_VOUS = "rendez_vous"
    VISITE = "visite"
    ATELIER_ECHANGES = "atelier_echanges"  # atelier d'interconnaissance: needs and offers (core.exchanges)
    AUTRE = "autre"


class Audience(enum.StrEnum):
    OPEN = "open"
    LAUREATES = "laureates"
    INVITATION = "invitation"


class Event(Replicated, Base):
    __tablename__ = "events"

    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[EventKind] = mapped_column(enum_column(EventKind), default=EventKind.AUTRE)
    starts_on: Mapped[date]
    ends_on: Mapped[date]
    timezone: Mapped[str] = mapped_column(String(64), default="Europe/Paris")
    capacity: Mapped[int | None]
    description: Mapped[str | None] = mapped_column(Text)
    # Where people register online (form platform); published with the programme and the OpenAgenda export.
    registration_url: Mapped[str | None] = mapped_column(String(500))

    sessions: Mapped[list[EventSession]] = relationship(back_populates="event")


class Venue(Replicated, Base):
    __tablename__ = "venues"

    name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str | None] = mapped_column(String(300))
    commune: Mapped[str | None] = mapped_column(String(100))
    insee_code: Mapped[str | None] = mapped_column(String(5))
    accessibility: Mapped[str | None] = mapped_column(Text)

    rooms: Mapped[list[Room]] = relationship(back_populates="venue")


class Room(Replicated, Base):
    __tablename__ = "rooms"

    venue_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("venues.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    capacity: Mapped[int | None]

    venue: Mapped[Venue] = relationship(back_populates="rooms")


class EventSession(Replicated, Base):
    """A workshop, plenary or meeting slot ("session" in the design; renamed to keep clear of the ORM session)."""

    __tablename__ = "sessions"

    event_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("events.id"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    kind: Mapped[SessionKind] = mapped_column(enum_column(SessionKind), default=SessionKind.ATELIER)
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime]
    venue_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("venues.id"))
    room_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("rooms.id"))
    capacity: Mapped[int | None]  # None: no limit
    facilitators: Mapped[str | None] = mapped_column(Text)
    description: Mapped[str | None] = mapped_column(Text)
    audience: Mapped[Audience] = mapped_column(enum_column(Audience), default=Audience.OPEN)
    accessibility: Mapped[str | None] = mapped_column(Text)

    event: Mapped[Event] = relationship(back_populates="sessions")
    venue: Mapped[Venue | None] = relationship()
    room: Mapped[Room | None] = relationship()
