"""Who takes part: structures (organisations) and people."""

from __future__ import annotations

import enum
import uuid

from sqlalchemy import Enum, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from core.models.base import Base, Replicated, personal


class OrganisationKind(enum.StrEnum):
    ASSOCIATION = "association"
    SCOP = "scop"
    SCIC = "scic"
    SIAE = "siae"
    REGIE_DE_QUARTIER = "regie_de_quartier"
    MUTUELLE = "mutuelle"
    FONDATION = "fondation"
    ENTREPRISE = "entreprise"
    COLLECTIVITE = "collectivite"
    PARTENAIRE = "partenaire"  # support networks and funders (France Active, ...)
    AUTRE = "autre"


def enum_column(kind: type[enum.Enum]) -> Enum:
    # Stored as the value string, no database-level enum: later versions add kinds without a migration.
    return Enum(kind, native_enum=False, create_constraint=False, length=32,
                values_callable=lambda members: [m.value for m in members])


class Organisation(Replicated, Base):
    __tablename__ = "organisations"

    name: Mapped[str] = mapped_column(String(200), index=True)
    kind: Mapped[OrganisationKind] = mapped_column(enum_column(OrganisationKind), default=OrganisationKind.AUTRE)
    siret: Mapped[str | None] = mapped_column(String(14))
    commune: Mapped[str | None] = mapped_column(String(100))
    insee_code: Mapped[str | None] = mapped_column(String(5))
    website: Mapped[str | None] = mapped_column(String(200))
    is_member: Mapped[bool] = mapped_column(default=False)
    # Sector of activity: a section of the NAF (core.sectors), for the companies met at the Rencontres.
    sector: Mapped[str | None] = mapped_column(String(2))

    people: Mapped[list[Person]] = relationship(back_populates="organisation")


class Person(Replicated, Base):
    __tablename__ = "people"

    first_name: Mapped[str] = mapped_column(String(200), info=personal("Personne"))
    last_name: Mapped[str] = mapped_column(String(200), index=True, info=personal("effacée"))
    email: Mapped[str | None] = mapped_column(String(254), index=True, info=personal())
    phone: Mapped[str | None] = mapped_column(String(40), info=personal())
    organisation_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("organisations.id"), index=True)
    role: Mapped[str | None] = mapped_column(String(200), info=personal())
    accessibility_needs: Mapped[str | None] = mapped_column(Text, info=personal())
    consent_communication: Mapped[bool] = mapped_column(default=False)
    consent_photo: Mapped[bool] = mapped_column(default=False)

    organisation: Mapped[Organisation | None] = relationship(back_populates="people")

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"
