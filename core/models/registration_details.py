"""What an import brings beside the registration itself: the form's extra answers, and a person's history."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from core.models.base import Base, Replicated, personal, utcnow


class RegistrationAnswer(Replicated, Base):
    """One answer to a form question ("Champ additionnel: …", the buyer, the ticket type...)."""

    __tablename__ = "registration_answers"
    __table_args__ = (UniqueConstraint("registration_id", "question", info={"sync": "fold"}),)

    registration_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("registrations.id"), index=True)
    question: Mapped[str] = mapped_column(String(200))
    answer: Mapped[str] = mapped_column(Text, info=personal(""))


class PersonHistory(Replicated, Base):
    """What happened to a person's record: imported, edited, merged, registered, cancelled, erased."""

    __tablename__ = "person_history"

    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("people.id"), index=True)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    action: Mapped[str] = mapped_column(String(32))
    detail: Mapped[str | None] = mapped_column(Text, info=personal())
