"""A workspace is one SQLite file: opening it checks it, migrates it and gives units of work.

Every way a file can be unusable ends in a WorkspaceError with a stable code, before anything is written:
  workspace_missing, workspace_not_database, workspace_corrupt, workspace_newer, workspace_locked.
"""

from __future__ import annotations

import shutil
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, func, select
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from core.db import migrations
from core.db.engine import DEFAULT_BUSY_TIMEOUT_MS, READ_ONLY, sqlite_engine
from core.db.unit_of_work import FlushListener, UnitOfWork
from core.errors import WorkspaceError
from core.models import Device, LocalSetting

SQLITE_MAGIC = b"SQLite format 3\x00"
DEVICE_KEY = "device_id"
FILE_KEY = "device.file"  # where the file lived when it last wrote (see Workspace.own_identity)


class Workspace:
    """An open workspace: engine, session factory and this device's identity. Pass it explicitly."""

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._read_sessions = sessionmaker(
            engine.execution_options(**{READ_ONLY: True}), expire_on_commit=False
        )
        self.flush_listeners: list[FlushListener] = []
        # Sync's outbox sees every change, this device's own row first (a parent is always logged, and so
        # pushed, before the rows that point at it).
        from core.sync.changelog import ChangeLog

        self.flush_listeners.append(ChangeLog(lambda: self.device_id).listener)
        # Opening only reads: a second window or `envol info` opens a file a sync or an import is writing.
        found = self._read_device()
        self._identity_checked = found is None
        self.device_id = found if found is not None else self._create_device()

    def unit_of_work(self, *, own_identity: bool = True) -> UnitOfWork:
        """A writer: it queues on the file's write lock (readers use `reading`)."""
        if own_identity:
            self.own_identity()
        return UnitOfWork(self._sessions, self.flush_listeners, str(self.path))

    def own_identity(self) -> None:
        """Before this process stamps its first change: a file copied from another device's (a USB stick, a
        backup) takes its own device identity, so two copies never stamp the same clock under one id.

        The file remembers where it lives (its path and inode); a copy lives elsewhere. Moving a file also
        gives it a new identity, which costs nothing (the old Device row stays, its tickets still verify).
        """
        if self._identity_checked:
            return
        here = self._file_key()
        stored = self.setting(FILE_KEY)
        if stored != here:
            from core.services.devices import take_new_identity

            if stored is None:  # a file from before this check: it only learns where it lives
                self._identity_checked = True
                self.set_setting(FILE_KEY, here)
            else:
                take_new_identity(self, file_key=here)
        self._identity_checked = True

    def _file_key(self) -> str:
        try:
            inode = self.path.stat().st_ino
        except OSError:
            inode = 0
        return f"{self.path.resolve()}|{inode}"

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only session that never waits behind a writer."""
        with self._read_sessions() as session:
            yield session
            session.rollback()

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _read_device(self) -> uuid.UUID | None:
        with self.reading() as session:
            value = session.scalar(select(LocalSetting.value).where(LocalSetting.key == DEVICE_KEY))
        return uuid.UUID(value) if value else None

    def _create_device(self) -> uuid.UUID:
        """A new file (or one stripped of its device): its own row, logged like any change, under its own id."""
        self.device_id = uuid.uuid4()
        with self.unit_of_work(own_identity=False) as uow:
            uow.session.add(LocalSetting(key=DEVICE_KEY, value=str(self.device_id)))
            uow.session.add(LocalSetting(key=FILE_KEY, value=self._file_key()))
            uow.session.add(Device(id=self.device_id, name=default_device_name(uow.session)))
        return self.device_id

    def setting(self, key: str) -> str | None:
        with self.reading() as session:
            return session.scalar(select(LocalSetting.value).where(LocalSetting.key == key))

    def set_setting(self, key: str, value: str) -> None:
        with self.unit_of_work(own_identity=False) as uow:
            uow.session.merge(LocalSetting(key=key, value=value))


def default_device_name(session: Session) -> str:
    """« Poste 1 », « Poste 2 »…: a name people read at the desk (« au poste « Poste 2 » »), until they give it their
    own (« Accueil 1 », « Portable Marine »); not the machine's host name."""
    known = session.scalar(select(func.count()).select_from(Device)) or 0
    return f"Poste {known + 1}"


def open_workspace(path: Path, *, create: bool = False, busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS) -> Workspace:
    """Open (or, with create, make) the workspace at path, migrating it to this version of Envol."""
    path = Path(path)
    if not path.exists():
        if not create:
            raise WorkspaceError("workspace_missing", f"no workspace at {path}", path=str(path))
        path.parent.mkdir(parents=True, exist_ok=True)
    else:
        _check_header(path, create=create)

    engine = sqlite_engine(path, busy_timeout_ms=busy_timeout_ms)
    try:
        _migrate(path, engine)
        return Workspace(path, engine)
    except WorkspaceError:
        engine.dispose()
        raise
    except OperationalError as error:
        engine.dispose()
        if "locked" in str(error.orig).lower() or "busy" in str(error.orig).lower():
            raise WorkspaceError("workspace_locked", f"{path} is in use by another program", path=str(path)) from error
        raise WorkspaceError("workspace_corrupt", f"{path} cannot be read: {error.orig}", path=str(path)) from error
    except DatabaseError as error:
        engine.dispose()
        raise WorkspaceError("workspace_corrupt", f"{path} is damaged: {error.orig}", path=str(path)) from error


def _check_header(path: Path, *, create: bool) -> None:
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_MAGIC))
    if not header and not create:
        # An empty file is not a workspace (a failed copy, a file made by mistake): made into one silently, it
        # would even join the hub as a new device. `--create` is how a new workspace is asked for.
        raise WorkspaceError("workspace_empty", f"{path} is empty: not an Envol workspace", path=str(path))
    if header and header != SQLITE_MAGIC:
        raise WorkspaceError("workspace_not_database", f"{path} is not an Envol workspace", path=str(path))


def _migrate(path: Path, engine: Engine) -> None:
    with engine.execution_options(**{READ_ONLY: True}).connect() as connection:  # no write lock to look
        current = migrations.current_revision(connection)
    if current is not None and current not in migrations.known_revisions():
        raise WorkspaceError(
            "workspace_newer", f"{path} was written by a newer version of Envol", path=str(path), revision=current
        )
    head = migrations.head_revision()
    if current == head:
        return
    if current is not None:
        _backup_before_migration(path, engine, current)
    with engine.connect() as connection:
        # SQLite drops a constraint by copying the table; with foreign keys on, dropping the old copy of a table
        # that others point at fails. The copy keeps every row and id, so they are off for the migration only
        # (on the raw connection: SQLAlchemy would open a transaction first, where the pragma does nothing).
        raw = connection.connection.dbapi_connection
        assert isinstance(raw, sqlite3.Connection)
        raw.execute("PRAGMA foreign_keys = OFF")
        try:
            with connection.begin():
                migrations.upgrade_to_head(connection)
        finally:
            raw.execute("PRAGMA foreign_keys = ON")


def _backup_before_migration(path: Path, engine: Engine, revision: str) -> None:
    """A copy of the file as it was, so that a migration can never lose a workspace."""
    backup = path.with_name(f"{path.name}.before-{revision}.bak")
    with engine.connect() as connection:
        raw = connection.connection.dbapi_connection
        assert isinstance(raw, sqlite3.Connection)
        target = sqlite3.connect(backup)
        try:
            raw.backup(target)
        finally:
            target.close()
    shutil.copymode(path, backup)
