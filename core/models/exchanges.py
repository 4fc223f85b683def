"""The atelier d'échanges (interconnaissance): needs stated by a person for their structure, offers answering
them (or standing offers, "what I can bring"), and each offer's follow-up until a cooperation is born.

The category vocabulary (shared with the business meetings) is core.models.categories.
Texts written about a person are marked personal(): an RGPD erasure of the person (and of the person whose need
an offer answers: it describes their situation) writes them over everywhere, counts and links staying.
"""

from __future__ import annotations

import enum
import uuid
from datetime import date, datetime

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from core.models.base import Base, Replicated, personal, utcnow
from core.models.directory import enum_column

ERASED_TEXT = "(texte effacé)"


class OfferKind(enum.StrEnum):
    CONTACT = "contact"
    OUTIL = "outil"
    CONSEIL = "conseil"
    MISE_EN_RELATION = "mise_en_relation"
    APPUI = "appui"
    RESSOURCE = "ressource"


class FollowUp(enum.StrEnum):
    """Where an offer stands, in order; SANS_SUITE ends it at any step."""

    PROPOSEE = "proposee"
    CONTACT_PRIS = "contact_pris"
    RENDEZ_VOUS = "rendez_vous"
    COOPERATION_NEE = "cooperation_nee"
    SANS_SUITE = "sans_suite"


class ExchangeNeed(Replicated, Base):
    """A need stated at an atelier by a person for their structure."""

    __tablename__ = "exchange_needs"

    event_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("events.id"), index=True)
    session_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("sessions.id"))
    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("people.id"), index=True)
    # The structure the person stated it for (a person may change structure later; the need stays with it).
    organisation_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("organisations.id"), index=True)
    title: Mapped[str] = mapped_column(String(200), info=personal(ERASED_TEXT))
    details: Mapped[str | None] = mapped_column(Text, info=personal())
    categories: Mapped[str] = mapped_column(String(400), default="")  # category codes, space-separated
    stated_at: Mapped[datetime] = mapped_column(default=utcnow)


class ExchangeOffer(Replicated, Base):
    """An offer: answering a need (need_id), or a standing offer of what a person can bring (need_id None)."""

    __tablename__ = "exchange_offers"

    need_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("exchange_needs.id"), index=True)
    event_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("events.id"), index=True)
    giver_person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("people.id"), index=True)
    giver_organisation_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("organisations.id"), index=True)
    kind: Mapped[OfferKind] = mapped_column(enum_column(OfferKind), default=OfferKind.CONSEIL)
    text: Mapped[str] = mapped_column(Text, info=personal(ERASED_TEXT))
    # The giver agrees that their e-mail and phone are passed on to whoever stated the need.
    consent_contact: Mapped[bool] = mapped_column(default=False)
    categories: Mapped[str] = mapped_column(String(400), default="")  # standing offers; answers take the need's
    offered_at: Mapped[datetime] = mapped_column(default=utcnow)
    status: Mapped[FollowUp] = mapped_column(enum_column(FollowUp), default=FollowUp.PROPOSEE)
    status_on: Mapped[date | None]  # the day the step was reached (told by the office, may be in the past)
    status_note: Mapped[str | None] = mapped_column(Text, info=personal())
    status_changed_at: Mapped[datetime] = mapped_column(default=utcnow)  # when someone last touched the follow-up
