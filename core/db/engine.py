"""SQLite engine with the pragmas a check-in desk needs: WAL, foreign keys, FULL sync, a busy timeout."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

DEFAULT_BUSY_TIMEOUT_MS = 5000
READ_ONLY = "envol_read_only"


def sqlite_engine(path: Path, *, busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS) -> Engine:
    engine = create_engine(
        f"sqlite+pysqlite:///{path}",
        # One serial database worker and the GUI thread share connections from the pool.
        connect_args={"check_same_thread": False, "timeout": busy_timeout_ms / 1000},
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=4,
    )

    @event.listens_for(engine, "connect")
    def _set_pragmas(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # pysqlite opens transactions lazily by itself; let SQLAlchemy emit BEGIN so that
        # a write transaction takes the lock up front (see "begin" below).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        # Before anything writes a new file: space the sync's log frees goes back to the disk a few pages at a time
        # (core.sync.compact). Only a new file can take it (and setting it on another would wait for a writer).
        if cursor.execute("PRAGMA page_count").fetchone()[0] == 0:
            cursor.execute("PRAGMA auto_vacuum = INCREMENTAL")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")  # a check-in must survive a power cut
        # A pull grows the WAL to hundreds of MB; once folded into the file it is cut back to this size instead of
        # staying that large on disk.
        cursor.execute("PRAGMA journal_size_limit = 67108864")
        cursor.execute("PRAGMA foreign_keys = ON")
        # Freed space is zeroed (not the default in every SQLite build): an erased person's words do not linger
        # in free pages, so an erasure arriving by sync needs no VACUUM that would hold the desk up.
        cursor.execute("PRAGMA secure_delete = ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        # Writers say IMMEDIATE: they take the write lock at the start and queue on the busy
        # timeout, instead of failing half-way with "database is locked" when a read upgrades.
        # Readers (execution option READ_ONLY) begin deferred and never wait on a writer (WAL).
        if connection.get_execution_options().get(READ_ONLY):
            connection.exec_driver_sql("BEGIN")
        else:
            connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine
