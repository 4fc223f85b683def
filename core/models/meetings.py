"""Business meetings at the Rencontres: a programme of slots and tables, participants with a side and a profile,
requests (A asks to meet B), and the meetings of the plan (request × slot × table).

Every table replicates like any other (Replicated): the plan is computed at the office and synced to the desks,
where no-shows are re-planned. Free texts a person wrote (profile, reason) are personal: an RGPD erasure of the
person clears them on every copy (core.sync.erasure follows the foreign keys up to people).
"""

from __future__ import annotations

import enum
import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from core.models.base import Base, Replicated, personal
from core.models.directory import enum_column


class MeetingSide(enum.StrEnum):
    STRUCTURE = "structure"  # structure ESS
    ENTREPRISE = "entreprise"  # company engaged in CSR (RSE)
    FINANCEUR = "financeur"  # funder or partner


class RequestStatus(enum.StrEnum):
    PENDING = "pending"
    ACCEPTED = "accepted"
    DECLINED = "declined"


class MeetingStatus(enum.StrEnum):
    PLANNED = "planned"
    FREED = "freed"  # a partner did not come: the slot was freed at the desk
    HELD = "held"  # confirmed by hand (presence makes a planned meeting count as held otherwise)
    MISSED = "missed"  # corrected by hand: did not take place


class MeetingFollowUp(enum.StrEnum):
    """The same follow-up as the atelier's offers."""

    NONE = "none"
    CONTACT = "contact_pris"
    RENDEZ_VOUS = "rendez_vous"
    PARTENARIAT = "partenariat_ne"
    SANS_SUITE = "sans_suite"


class MeetingOrigin(enum.StrEnum):
    PLAN = "plan"  # placed by the solver
    MANUAL = "manual"  # placed (pinned) by an organiser
    REPLAN = "replan"  # a replacement offered at the desk


class MeetingProgramme(Replicated, Base):
    __tablename__ = "meeting_programmes"

    event_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("events.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    slot_minutes: Mapped[int] = mapped_column(default=20)


class MeetingSlot(Replicated, Base):
    __tablename__ = "meeting_slots"

    programme_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("meeting_programmes.id"), index=True)
    # The agenda's session the slot belongs to ("Rendez-vous ESS – grandes entreprises (1er créneau)").
    session_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("sessions.id"))
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime]


class MeetingTable(Replicated, Base):
    __tablename__ = "meeting_tables"

    programme_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("meeting_programmes.id"), index=True)
    number: Mapped[int]
    room_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("rooms.id"))


class MeetingParticipant(Replicated, Base):
    __tablename__ = "meeting_participants"

    programme_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("meeting_programmes.id"), index=True)
    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("people.id"), index=True)
    side: Mapped[MeetingSide] = mapped_column(enum_column(MeetingSide), default=MeetingSide.STRUCTURE)
    offers: Mapped[str] = mapped_column(String(500), default="")  # category codes, space separated
    seeks: Mapped[str] = mapped_column(String(500), default="")
    profile: Mapped[str | None] = mapped_column(Text, info=personal())
    # Slot ids the person can attend, space separated hex; None: every slot.
    available: Mapped[str | None] = mapped_column(Text)
    max_meetings: Mapped[int | None]


class MeetingRequest(Replicated, Base):
    __tablename__ = "meeting_requests"

    programme_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("meeting_programmes.id"), index=True)
    requester_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("meeting_participants.id"), index=True)
    target_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("meeting_participants.id"), index=True)
    priority: Mapped[int] = mapped_column(default=2)  # 1 most wanted … 3
    reason: Mapped[str | None] = mapped_column(Text, info=personal())
    status: Mapped[RequestStatus] = mapped_column(enum_column(RequestStatus), default=RequestStatus.PENDING)
    decided_by_organiser: Mapped[bool] = mapped_column(default=False)


class Meeting(Replicated, Base):
    """One meeting of the plan. Never deleted when re-planned: a freed meeting stays, marked FREED."""

    __tablename__ = "meetings"

    programme_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("meeting_programmes.id"), index=True)
    request_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("meeting_requests.id"))
    first_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("meeting_participants.id"), index=True)
    second_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("meeting_participants.id"), index=True)
    slot_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("meeting_slots.id"), index=True)
    table_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("meeting_tables.id"))
    pinned: Mapped[bool] = mapped_column(default=False)
    origin: Mapped[MeetingOrigin] = mapped_column(enum_column(MeetingOrigin), default=MeetingOrigin.PLAN)
    status: Mapped[MeetingStatus] = mapped_column(enum_column(MeetingStatus), default=MeetingStatus.PLANNED)
    follow_up: Mapped[MeetingFollowUp] = mapped_column(enum_column(MeetingFollowUp), default=MeetingFollowUp.NONE)
