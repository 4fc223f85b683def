"""Opening workspaces: pragmas, migrations, and every way a file can be unusable — refused clearly, never changed."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from core.checkin.search_schema import include_name
from core.db import migrations
from core.db.workspace import open_workspace
from core.demo import build_demo_workspace
from core.errors import WorkspaceError
from core.models import Base, OrganisationKind
from core.services import directory


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_pragmas_are_set_on_every_connection(workspace):
    with workspace.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000


def test_foreign_keys_are_enforced(workspace):
    import uuid

    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError), workspace.unit_of_work() as uow:
        uow.session.execute(text(
            "INSERT INTO people (id, first_name, last_name, organisation_id, consent_communication, consent_photo,"
            " created_at, updated_at) VALUES (:id, 'A', 'B', :org, 0, 0, '2026-01-01', '2026-01-01')"
        ), {"id": uuid.uuid4().hex, "org": uuid.uuid4().hex})


def test_new_file_is_migrated_to_head_and_schema_matches_models(workspace):
    with workspace.engine.connect() as connection:
        assert migrations.current_revision(connection) == migrations.head_revision()
        diff = compare_metadata(
            MigrationContext.configure(connection, opts={"include_name": include_name}), Base.metadata)
    assert diff == [], f"migrations and models disagree: {diff}"


def test_revision_chain_is_linear_and_named_after_its_ids():
    script = migrations.script_directory()
    assert script.get_heads() == [migrations.head_revision()]
    revisions = list(reversed(list(script.walk_revisions())))  # oldest first
    assert [r.revision for r in revisions] == migrations.known_revisions()
    assert revisions[0].down_revision is None
    for older, newer in zip(revisions, revisions[1:], strict=False):
        assert newer.down_revision == older.revision, f"{newer.revision} does not follow {older.revision}"
    for revision in revisions:
        assert Path(revision.path).name.startswith(f"{revision.revision}_")


def test_older_workspace_is_migrated_with_a_backup_first(tmp_path):
    path = tmp_path / "old.envol"
    connection = sqlite3.connect(path)
    connection.close()
    from sqlalchemy import create_engine

    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        from alembic import command

        command.upgrade(migrations.alembic_config(conn), "0001")
    engine.dispose()

    with open_workspace(path) as ws, ws.engine.connect() as conn:
        assert migrations.current_revision(conn) == migrations.head_revision()
    backup = tmp_path / "old.envol.before-0001.bak"
    assert backup.exists()
    with sqlite3.connect(backup) as old:
        assert old.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)


def test_workspace_of_a_newer_envol_is_refused_and_left_alone(workspace, tmp_path):
    path = workspace.path
    workspace.close()
    with sqlite3.connect(path) as raw:
        raw.execute("UPDATE alembic_version SET version_num = '9999_future'")
    before = digest(path)
    with pytest.raises(WorkspaceError) as refused:
        open_workspace(path)
    assert refused.value.code == "workspace_newer"
    assert digest(path) == before


def test_file_that_is_not_a_database_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "notes.envol"
    path.write_text("Liste des inscrits\nDupont;Jean\n", encoding="utf-8")
    before = digest(path)
    with pytest.raises(WorkspaceError) as refused:
        open_workspace(path)
    assert refused.value.code == "workspace_not_database"
    assert digest(path) == before


def test_corrupt_database_is_refused_and_left_alone(workspace):
    path = workspace.path
    with workspace.unit_of_work() as uow:
        for n in range(200):
            directory.create_organisation(uow, f"Association {n}", OrganisationKind.ASSOCIATION)
    workspace.close()
    with sqlite3.connect(path) as raw:
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(path.read_bytes())
    page = 4096
    data[page : len(data)] = b"\xa5" * (len(data) - page)  # keep the header, destroy every other page
    path.write_bytes(bytes(data))
    before = digest(path)
    with pytest.raises(WorkspaceError) as refused:
        open_workspace(path)
    assert refused.value.code == "workspace_corrupt"
    assert digest(path) == before


def test_database_locked_by_another_program_is_reported(workspace):
    path = workspace.path
    workspace.close()
    holder = sqlite3.connect(path)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(WorkspaceError) as refused:
            open_workspace(path, busy_timeout_ms=100)
        assert refused.value.code == "workspace_locked"
    finally:
        holder.rollback()
        holder.close()
    open_workspace(path).close()  # usable again once the other program lets go


def test_a_write_blocked_past_the_timeout_is_reported_and_nothing_half_written(tmp_path):
    path = tmp_path / "w.envol"
    open_workspace(path, create=True).close()
    with open_workspace(path, busy_timeout_ms=100) as ws:
        holder = sqlite3.connect(path, isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")
        try:
            with pytest.raises(WorkspaceError) as refused, ws.unit_of_work() as uow:
                directory.create_organisation(uow, "Régie de quartier", OrganisationKind.REGIE_DE_QUARTIER)
            assert refused.value.code == "workspace_locked"
        finally:
            holder.rollback()
            holder.close()
        with ws.reading() as session:
            assert session.execute(text("SELECT count(*) FROM organisations")).scalar() == 0


def test_missing_workspace_is_not_created_unless_asked(tmp_path):
    with pytest.raises(WorkspaceError) as refused:
        open_workspace(tmp_path / "absent.envol")
    assert refused.value.code == "workspace_missing"
    assert not (tmp_path / "absent.envol").exists()


def test_device_identity_is_stable_across_openings(tmp_path):
    path = tmp_path / "d.envol"
    with open_workspace(path, create=True) as first:
        device = first.device_id
    with open_workspace(path) as second:
        assert second.device_id == device


def test_demo_never_replaces_a_real_workspace(workspace):
    path = workspace.path
    with workspace.unit_of_work() as uow:
        directory.create_organisation(uow, "Vraie structure", OrganisationKind.SCOP)
    workspace.close()
    before = digest(path)
    with pytest.raises(WorkspaceError) as refused:
        build_demo_workspace(path)
    assert refused.value.code == "not_a_demo"
    assert digest(path) == before
