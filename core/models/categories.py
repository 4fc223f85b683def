"""The editable vocabulary of categories of needs, offers and business-meeting profiles (see core.categories).

A category's code is its natural key: two devices that seed or add the same code fold into one row.
"""

from __future__ import annotations

from sqlalchemy import String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from core.models.base import Base, Replicated


class Category(Replicated, Base):
    __tablename__ = "categories"
    __table_args__ = (UniqueConstraint("code", info={"sync": "fold"}),)

    code: Mapped[str] = mapped_column(String(40))
    label: Mapped[str] = mapped_column(String(100))
    position: Mapped[int] = mapped_column(default=0)
    archived: Mapped[bool] = mapped_column(default=False)  # kept for old data, no longer offered
