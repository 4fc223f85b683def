"""The central PostgreSQL hub: an append-only table of changes numbered by a hub sequence.

Envol creates and migrates the hub's schema itself (table envol_hub holds its version and identity); a hub
written by a newer Envol is refused. Pushes are idempotent on the change id; they hold a transaction-level
advisory lock so that sequence numbers become visible in order and a puller never skips one that commits late.
"""

from __future__ import annotations

import contextlib
import os
import re
import uuid
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    BigInteger,
    Column,
    DateTime,
    Engine,
    Identity,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    Uuid,
    create_engine,
    func,
    select,
    text,
    update,
)
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError

from core.errors import EnvolError
from core.sync.apply import Change

HUB_SCHEMA_VERSION = 1
DEFAULT_SCHEMA = "envol"


class SyncError(EnvolError):
    """The hub or the bundle cannot be used; nothing was changed in the workspace by the failed step."""

    code = "sync"


@dataclass(frozen=True, slots=True)
class HubChange:
    seq: int
    change: Change


def hub_url(url: str, password: str | None = None) -> URL:
    """The URL with the psycopg 3 driver and the password (kept outside the workspace) filled in."""
    try:
        parsed = make_url(url.strip())
    except (ArgumentError, ValueError) as error:
        raise SyncError("hub_bad_url", f"not a hub URL: {url}", url=url) from error
    if parsed.get_backend_name() != "postgresql":
        raise SyncError("hub_bad_url", f"not a PostgreSQL URL: {url}", url=url)
    parsed = parsed.set(drivername="postgresql+psycopg")
    if password:
        parsed = parsed.set(password=password)
    return parsed


def display_url(url: str) -> str:
    """The URL as shown and stored: never with a password."""
    try:
        return make_url(url.strip()).set(password=None).render_as_string(hide_password=True)
    except (ArgumentError, ValueError):
        return url


def _tables() -> tuple[MetaData, Table, Table]:
    # Unqualified: each hub's connections set search_path to its schema. Schema-qualified Table objects made
    # per Hub let SQLAlchemy's statement cache hand one hub's compiled SQL to another (seen in tests).
    metadata = MetaData()
    info = Table("envol_hub", metadata,
                 Column("id", Integer, primary_key=True),
                 Column("version", Integer, nullable=False),
                 Column("hub_id", Uuid, nullable=False),
                 Column("created_at", DateTime(timezone=True), server_default=func.now()))
    changes = Table("envol_changes", metadata,
                    Column("seq", BigInteger, Identity(), primary_key=True),
                    Column("change_id", Uuid, nullable=False, unique=True),
                    Column("hlc", String(64), nullable=False),
                    Column("device_id", Uuid, nullable=False),
                    Column("table_name", String(64), nullable=False),
                    Column("row_id", Uuid, nullable=False),
                    Column("op", String(8), nullable=False),
                    Column("fields", Text, nullable=False),
                    Column("base", Text),
                    Column("received_at", DateTime(timezone=True), server_default=func.now()))
    return metadata, info, changes


_METADATA, _INFO, _CHANGES = _tables()
_SCHEMA_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


class Hub:
    """A connection to one hub. Keep it for the life of the device's sync loop: it pools its connection."""

    def __init__(self, url: str, *, password: str | None = None, schema: str | None = None,
                 connect_timeout: int = 5) -> None:
        self.url = display_url(url)
        # ENVOL_HUB_SCHEMA: several networks (or test runs) can share one database.
        self.schema = schema or os.environ.get("ENVOL_HUB_SCHEMA") or DEFAULT_SCHEMA
        if not _SCHEMA_NAME.match(self.schema):
            raise SyncError("hub_bad_url", f"not a usable schema name: {self.schema}", url=self.url)
        self._engine: Engine = create_engine(
            hub_url(url, password), pool_size=1, max_overflow=1, pool_pre_ping=True,
            connect_args={"connect_timeout": connect_timeout, "application_name": "envol",
                          "options": f"-c search_path={self.schema}"},
        )
        self._metadata, self._info, self._changes = _METADATA, _INFO, _CHANGES
        self._lock_key = zlib.crc32(f"envol:{schema}".encode())
        self.hub_id: uuid.UUID | None = None

    def close(self) -> None:
        self._engine.dispose()

    def open(self) -> uuid.UUID:
        """Connect, create or migrate the schema, refuse a newer one; returns the hub's identity."""
        if self.hub_id is not None:
            with self._guard(), self._engine.connect() as connection:
                version = connection.scalar(select(self._info.c.version))
            self._check_version(version)
            return self.hub_id
        with self._guard(), self._engine.connect() as connection:
            # Once the schema exists, a role with rights on its tables only is enough (README: hub grants):
            # nothing is created, so no CREATE on the database or the schema is asked for.
            ready = connection.scalar(text("SELECT to_regclass('envol_hub') IS NOT NULL "
                                           "AND to_regclass('envol_changes') IS NOT NULL"))
            row = connection.execute(select(self._info.c.version, self._info.c.hub_id)).first() if ready else None
        if row is not None and row[0] >= HUB_SCHEMA_VERSION:  # an older one goes on to be migrated below
            self._check_version(row[0])
            hub_id: uuid.UUID = row[1]
            self.hub_id = hub_id
            return hub_id
        with self._guard(), self._engine.begin() as connection:
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": self._lock_key})
            connection.execute(text(f'CREATE SCHEMA IF NOT EXISTS "{self.schema}"'))
            self._metadata.create_all(connection, checkfirst=True)
            row = connection.execute(select(self._info.c.version, self._info.c.hub_id)).first()
            if row is None:
                hub_id = uuid.uuid4()
                connection.execute(self._info.insert().values(id=1, version=HUB_SCHEMA_VERSION, hub_id=hub_id))
                version = HUB_SCHEMA_VERSION
            else:
                version, hub_id = row
            self._check_version(version)
            # Future hub migrations go here, from `version` up to HUB_SCHEMA_VERSION.
        self.hub_id = hub_id
        return hub_id

    def _check_version(self, version: int | None) -> None:
        if version is not None and version > HUB_SCHEMA_VERSION:
            raise SyncError("hub_newer", f"the hub {self.url} was set up by a newer Envol (schema {version})",
                            url=self.url, version=version)

    def push(self, changes: Sequence[Change], *, count: bool = False) -> int:
        """Store these changes; with count, returns how many the hub did not have yet (RETURNING costs the
        insert three times as long: asked for only when re-sending to a restored hub)."""
        if not changes:
            return 0
        rows = [{k: v for k, v in c.as_row("").items() if k != "origin"} for c in changes]
        insert = pg_insert(self._changes).on_conflict_do_nothing(index_elements=["change_id"])
        with self._guard(), self._engine.begin() as connection:
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": self._lock_key})
            if count:
                return len(connection.execute(insert.returning(self._changes.c.seq), rows).all())
            connection.execute(insert, rows)
            return 0

    def holds(self, change_id: uuid.UUID, seq: int | None = None) -> bool:
        """Whether the hub holds this change (at this sequence number, when given): a desk's high-water marks,
        checked at each sync, tell a hub restored from an older backup."""
        c = self._changes
        query = select(c.c.seq).where(c.c.change_id == change_id)
        with self._guard(), self._engine.connect() as connection:
            found = connection.scalar(query)
        return found is not None and (seq is None or found == seq)

    def pull(self, after: int, limit: int) -> list[HubChange]:
        c = self._changes
        with self._guard(), self._engine.connect() as connection:
            rows = connection.execute(
                select(c.c.seq, c.c.change_id, c.c.hlc, c.c.device_id, c.c.table_name, c.c.row_id, c.c.op,
                       c.c.fields, c.c.base).where(c.c.seq > after).order_by(c.c.seq).limit(limit)
            ).all()
        return [HubChange(seq, Change(change_id, hlc, device_id, table_name, row_id, op, fields, base))
                for seq, change_id, hlc, device_id, table_name, row_id, op, fields, base in rows]

    def redact(self, row_ids: Sequence[uuid.UUID], redact: Callable[[str, str], str]) -> int:
        """Rewrite the stored changes of these rows through redact(table, fields) (an RGPD erasure)."""
        c = self._changes
        changed = 0
        with self._guard(), self._engine.begin() as connection:
            for start in range(0, len(row_ids), 1000):
                for seq, table_name, fields in connection.execute(select(c.c.seq, c.c.table_name, c.c.fields).where(
                        c.c.row_id.in_(row_ids[start:start + 1000]))).all():
                    redacted = redact(table_name, fields)
                    if redacted != fields:
                        connection.execute(update(c).where(c.c.seq == seq).values(fields=redacted))
                        changed += 1
        if changed:  # dead row versions keep the old text until vacuumed; the owner may, others wait for autovacuum
            with contextlib.suppress(DBAPIError), self._engine.connect() as connection:
                connection.execution_options(isolation_level="AUTOCOMMIT").execute(text("VACUUM envol_changes"))
        return changed

    def last_seq(self) -> int:
        with self._guard(), self._engine.connect() as connection:
            return int(connection.scalar(select(func.coalesce(func.max(self._changes.c.seq), 0))) or 0)

    def drop(self) -> None:
        """Remove the hub's schema (tests, and an organiser starting a season afresh)."""
        with self._guard(), self._engine.begin() as connection:
            connection.execute(text(f'DROP SCHEMA IF EXISTS "{self.schema}" CASCADE'))
        self.hub_id = None

    def _guard(self) -> _HubErrors:
        return _HubErrors(self.url)


class _HubErrors:
    """Turns driver errors into SyncError codes a person can act on."""

    def __init__(self, url: str) -> None:
        self.url = url

    def __enter__(self) -> None:
        return None

    def __exit__(self, exc_type: Any, exc: BaseException | None, _tb: Any) -> None:
        if exc is None or not isinstance(exc, DBAPIError):
            return
        text_ = str(exc.orig).lower()
        if isinstance(exc, OperationalError):
            if "password" in text_ or "authentication" in text_ or ("role" in text_ and "does not exist" in text_):
                raise SyncError("hub_auth_failed", f"the hub {self.url} refused the user or password",
                                url=self.url) from exc
            if "database" in text_ and "does not exist" in text_:
                raise SyncError("hub_database_missing", f"no such database on {self.url}", url=self.url) from exc
            if "ssl" in text_ or "certificate" in text_:
                raise SyncError("hub_tls_failed", f"secure connection to {self.url} failed: {exc.orig}",
                                url=self.url) from exc
            raise SyncError("hub_unreachable", f"the hub {self.url} cannot be reached: {exc.orig}",
                            url=self.url) from exc
        raise SyncError("hub_failed", f"the hub {self.url} answered with an error: {exc.orig}",
                        url=self.url, detail=str(exc.orig).strip()) from exc
