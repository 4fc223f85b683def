"""Sync by file: the same changes in a SQLite file carried on a USB stick or left in a shared folder.

Importing reads every change the workspace has not seen, in HLC order (which follows causality), and applies
it like a pull; exporting adds every change the workspace knows to the file. Both are idempotent on change ids,
so a bundle can be imported twice, or passed around a whole room of desks in any order.
"""

from __future__ import annotations

import contextlib
import sqlite3
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Column, MetaData, String, Table, Text, Uuid, create_engine, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import DatabaseError

from core.db.workspace import Workspace
from core.models import SyncChange
from core.services.devices import take_new_identity
from core.services.rgpd import checkpoint
from core.sync.apply import Change, apply_changes
from core.sync.changelog import ensure_baseline
from core.sync.compact import snapshots
from core.sync.erasure import erase_here, load_state, redact_fields, redact_incoming
from core.sync.hub import SyncError
from core.sync.identity import changes_made_by_a_copy
from core.sync.tables import table_of

BUNDLE_VERSION = 1
PAGE = 5000

_metadata = MetaData()
_meta = Table("bundle_meta", _metadata, Column("key", String(50), primary_key=True), Column("value", Text))
_changes = Table("changes", _metadata,
                 Column("change_id", Uuid, primary_key=True),
                 Column("hlc", String(64), nullable=False, index=True),
                 Column("device_id", Uuid, nullable=False),
                 Column("table_name", String(64), nullable=False),
                 Column("row_id", Uuid, nullable=False),
                 Column("op", String(8), nullable=False),
                 Column("fields", Text, nullable=False),
                 Column("base", Text))


@dataclass(frozen=True, slots=True)
class BundleReport:
    imported: int  # changes new to this workspace
    exported: int  # changes new to the file
    conflicts: int
    duplicates: int
    new_identity: bool = False  # this file was a copy of another device's (see core/sync/identity.py)


_WORKSPACE_TABLES = {"alembic_version", "sync_changes", "local_settings"}


def check_bundle(path: Path) -> None:
    """Refuse, before anything is written to it or to the workspace, a file that is not a sync file Envol can
    use: not SQLite, a workspace (.envol) given by mistake, a damaged one (a copy cut short), a newer one.

    A missing or empty file is a new sync file.
    """
    path = Path(path)
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb") as handle:
        if handle.read(16) != b"SQLite format 3\x00":
            raise SyncError("bundle_invalid", f"{path} is not an Envol sync file", path=str(path))
    try:
        with contextlib.closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as raw:
            tables = {name for (name,) in raw.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if tables & _WORKSPACE_TABLES:
                raise SyncError("bundle_is_workspace", f"{path} is a workspace, not a sync file", path=str(path))
            if not tables <= {"bundle_meta", "changes"}:
                raise SyncError("bundle_invalid", f"{path} is not an Envol sync file", path=str(path))
            if raw.execute("PRAGMA quick_check").fetchone() != ("ok",):
                raise SyncError("bundle_damaged", f"{path} is damaged", path=str(path))
            version = None
            if "bundle_meta" in tables:
                found = raw.execute("SELECT value FROM bundle_meta WHERE key = 'version'").fetchone()
                version = found[0] if found else None
    except sqlite3.DatabaseError as error:
        if "not a database" in str(error):
            raise SyncError("bundle_invalid", f"{path} is not an Envol sync file", path=str(path)) from error
        raise SyncError("bundle_damaged", f"{path} is damaged: {error}", path=str(path)) from error
    if version is not None and int(version) > BUNDLE_VERSION:
        raise SyncError("bundle_newer", f"{path} was written by a newer Envol", path=str(path))


def sync_with_bundle(workspace: Workspace, path: Path) -> BundleReport:
    path = Path(path)
    check_bundle(path)
    engine = create_engine(f"sqlite+pysqlite:///{path}")
    try:
        with engine.begin() as bundle:
            _metadata.create_all(bundle)
            version = bundle.scalar(select(_meta.c.value).where(_meta.c.key == "version"))
            if version is None:
                bundle.execute(_meta.insert().values(key="version", value=str(BUNDLE_VERSION)))
            elif int(version) > BUNDLE_VERSION:
                raise SyncError("bundle_newer", f"{path} was written by a newer Envol", path=str(path))
        device_before = workspace.device_id
        workspace.own_identity()  # a copied file becomes its own device before its baseline is stamped
        with workspace.engine.begin() as connection:
            ensure_baseline(connection, workspace.device_id)
        imported = conflicts = duplicates = copied = 0
        erasures: set[uuid.UUID] = set()
        after = ""
        while True:
            with engine.connect() as bundle:
                rows = bundle.execute(select(_changes).where(_changes.c.hlc > after)
                                      .order_by(_changes.c.hlc).limit(PAGE)).all()
            if not rows:
                break
            with workspace.engine.begin() as connection:
                changes, erased_now = redact_incoming(connection, [Change(*r) for r in rows])
                copied += changes_made_by_a_copy(connection, workspace.device_id, changes)
                result = apply_changes(connection, changes, "bundle", workspace.device_id)
                if erased_now:
                    erase_here(connection)
            erasures |= erased_now
            imported += result.applied
            conflicts += result.conflicts
            duplicates += result.duplicates
            after = rows[-1].hlc
        if copied:
            take_new_identity(workspace)
        exported = _export(workspace, engine)
        _scrub_bundle(workspace, engine)
    except DatabaseError as error:
        if isinstance(error.orig, sqlite3.DatabaseError) and "not a database" in str(error.orig):
            raise SyncError("bundle_invalid", f"{path} is not an Envol sync file", path=str(path)) from error
        raise
    finally:
        engine.dispose()
    if erasures:
        checkpoint(workspace)
    return BundleReport(imported, exported, conflicts, duplicates,
                        new_identity=bool(copied) or workspace.device_id != device_before)


def _scrub_bundle(workspace: Workspace, engine: Any) -> None:
    """The file carries copies too: every erasure this device knows is written over them (a few rows)."""
    with workspace.engine.connect() as connection:
        state = load_state(connection)
    for table_name, ids in state.rows.items():
        if not ids:
            continue
        with engine.begin() as bundle:
            for change_id, fields in bundle.execute(select(_changes.c.change_id, _changes.c.fields).where(
                    _changes.c.table_name == table_name, _changes.c.row_id.in_(list(ids)))).all():
                redacted = redact_fields(table_name, fields)
                if redacted != fields:
                    bundle.execute(update(_changes).where(_changes.c.change_id == change_id).values(fields=redacted))
    if state.people:
        with engine.connect() as bundle:
            bundle.exec_driver_sql("VACUUM")


def _export(workspace: Workspace, engine: Any) -> int:
    """The log, and a snapshot of each row whose insert left the log once the hub held it (core.sync.compact):
    a desk that only ever sees this one through files needs them."""
    c = table_of(SyncChange)
    columns = [c.c.change_id, c.c.hlc, c.c.device_id, c.c.table_name, c.c.row_id, c.c.op, c.c.fields, c.c.base]
    exported, after = 0, 0
    while True:
        with workspace.engine.connect() as connection:
            rows = connection.execute(select(c.c.seq, *columns).where(c.c.seq > after)
                                      .order_by(c.c.seq).limit(PAGE)).all()
        if not rows:
            break
        exported += _write(engine, [r[1:] for r in rows])
        after = rows[-1][0]
    with workspace.engine.connect() as connection:
        for changes in snapshots(connection, PAGE):
            exported += _write(engine, [(ch.change_id, ch.hlc, ch.device_id, ch.table_name, ch.row_id, ch.op,
                                         ch.fields, ch.base) for ch in changes])
    return exported


def _write(engine: Any, rows: list[Any]) -> int:
    with engine.begin() as bundle:
        result = bundle.execute(sqlite_insert(_changes).on_conflict_do_nothing(), [
            dict(zip(_changes.c.keys(), r, strict=True)) for r in rows])
        return int(max(result.rowcount, 0))
