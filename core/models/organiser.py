"""The organiser's identity: who issues the documents (attestations, feuilles d'émargement, badges, exports).

Workspace data that syncs like any other row. There is one identity per workspace: its row has a fixed id, so
that two devices filling it in offline edit the same row (field by field, last writer wins) instead of
creating two.
"""

from __future__ import annotations

import uuid

from sqlalchemy import Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from core.models.base import Base, Replicated

IDENTITY_ID = uuid.UUID("5e1f0c4a-7d2b-4c1e-9a3f-0e5d1a2b3c4d")


class OrganiserIdentity(Replicated, Base):
    __tablename__ = "organiser_identity"

    name: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(Text, default="")  # one line per printed line
    place: Mapped[str] = mapped_column(String(100), default="")  # « Fait à … »
    signatory_name: Mapped[str] = mapped_column(String(200), default="")
    signatory_role: Mapped[str] = mapped_column(String(200), default="")
    funding_mention: Mapped[str] = mapped_column(Text, default="")  # « Action cofinancée par … »
    action_title: Mapped[str] = mapped_column(Text, default="")  # the « intitulé de l'action »
    logo: Mapped[bytes | None] = mapped_column(LargeBinary)
    signature: Mapped[bytes | None] = mapped_column(LargeBinary)


class FunderLogo(Replicated, Base):
    """A funder's logo printed on the feuilles d'émargement (and named in the funding mention)."""

    __tablename__ = "funder_logos"

    name: Mapped[str] = mapped_column(String(200), default="")
    image: Mapped[bytes] = mapped_column(LargeBinary)
    position: Mapped[int] = mapped_column(Integer, default=0)
