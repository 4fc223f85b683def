"""The sync feature's local bookkeeping: the change log (outbox), per-row clocks and the review list.

None of these tables is replicated: they describe this device's view of the shared history.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from core.models.base import Base, utcnow


class SyncChange(Base):
    """One change to a replicated row: made here (origin "local") or received from a hub or a bundle.

    Received changes are logged too (a device relays what it got from a USB stick to the hub), except the hub's
    inserts of rows they create: the row and its clocks say what they said (core/sync/compact.py).

    Once the hub holds a change, only what merging and erasure still need stays (the latest write of each field,
    deletes, the inserts of rows no longer live, whatever an open review reads): see core/sync/compact.py.
    """

    __tablename__ = "sync_changes"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    change_id: Mapped[uuid.UUID] = mapped_column(unique=True)
    hlc: Mapped[str] = mapped_column(String(64))
    device_id: Mapped[uuid.UUID]
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[uuid.UUID]
    op: Mapped[str] = mapped_column(String(8))  # insert, update, delete, resolve
    fields: Mapped[str] = mapped_column(Text)  # JSON {column: value}
    base: Mapped[str | None] = mapped_column(Text)  # JSON {column: clock it overwrote}: tells edits from conflicts
    origin: Mapped[str] = mapped_column(String(8))  # local, hub, bundle


class SyncRowState(Base):
    """The clock of each replicated row: when it was born, deleted (tombstone) and each field last written."""

    __tablename__ = "sync_rows"

    table_name: Mapped[str] = mapped_column(String(64), primary_key=True)
    row_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    born_hlc: Mapped[str | None] = mapped_column(String(64))
    deleted_hlc: Mapped[str | None] = mapped_column(String(64))
    clocks: Mapped[str | None] = mapped_column(Text)  # JSON {column: hlc} for fields written after birth


class SyncReview(Base):
    """Something a person should look at: two offline edits of one field, or a ticket checked in twice."""

    __tablename__ = "sync_reviews"
    __table_args__ = (Index("ix_sync_reviews_open", "resolved_at", "kind"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(24))  # conflict, duplicate_checkin
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[uuid.UUID]  # conflict: the edited row; duplicate: the later check-in
    field: Mapped[str | None] = mapped_column(String(64))
    mine: Mapped[str | None] = mapped_column(Text)  # JSON value held here before the remote change
    theirs: Mapped[str | None] = mapped_column(Text)  # JSON value of the remote change
    other_id: Mapped[uuid.UUID | None]  # duplicate: THE check-in (first by clock)
    winner: Mapped[str | None] = mapped_column(String(8))  # conflict: which value the clocks kept
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    resolved_at: Mapped[datetime | None]
    resolution: Mapped[str | None] = mapped_column(String(16))  # mine, theirs, reviewed, elsewhere, deleted


class SyncAlias(Base):
    """A row folded into another with the same natural key (see core.sync.fold): what names it means the survivor."""

    __tablename__ = "sync_aliases"

    table_name: Mapped[str] = mapped_column(String(64), primary_key=True)
    row_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    survivor_id: Mapped[uuid.UUID] = mapped_column(index=True)


class SyncFoldEnd(Base):
    """How many generations of a natural key were deleted: a row born before it knew of the last one goes too."""

    __tablename__ = "sync_fold_ends"

    table_name: Mapped[str] = mapped_column(String(64), primary_key=True)
    fold_key: Mapped[str] = mapped_column(Text, primary_key=True)  # JSON list of the key's values
    ended: Mapped[int] = mapped_column(Integer)


class SyncHeld(Base):
    """A change that arrived before the row it needs (an insert whose parent has not come yet, or an edit of
    such a row): held aside, unapplied and not yet in the log, until its parent comes (core.sync.held)."""

    __tablename__ = "sync_held"

    change_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    hlc: Mapped[str] = mapped_column(String(64))
    device_id: Mapped[uuid.UUID]
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[uuid.UUID]
    op: Mapped[str] = mapped_column(String(8))
    fields: Mapped[str] = mapped_column(Text)
    base: Mapped[str | None] = mapped_column(Text)
    origin: Mapped[str] = mapped_column(String(8))
    waits_for: Mapped[uuid.UUID] = mapped_column(index=True)  # the id of the row it needs
