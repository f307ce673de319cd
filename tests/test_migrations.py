"""The schema's migrations (every roadmap step keeps its data across updates): Alembic brings a
database to exactly the schema the models describe, on SQLite and PostgreSQL, and can run again.
"""

from __future__ import annotations

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import select

from facilitation import db, trajectory
from facilitation.models import Base, Trajectory


def _diff(url: str) -> list:
    with db.engine_for(url).connect() as connection:
        return compare_metadata(MigrationContext.configure(connection), Base.metadata)


def _current_revision(url: str) -> str | None:
    with db.engine_for(url).connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def _head(url: str) -> str:
    return ScriptDirectory.from_config(db.alembic_config(url)).get_current_head()


def test_the_migrated_schema_matches_the_models(database_url):
    assert _diff(database_url) == []


def test_a_brand_new_sqlite_file_is_migrated_to_the_models_schema(tmp_path):
    url = f"sqlite:///{tmp_path / 'nieuw' / 'samenspraak.db'}"
    try:
        db.migrate(url)
        assert _diff(url) == []
        assert _current_revision(url) == _head(url)
    finally:
        db.engine_for(url).dispose()


def test_the_database_is_at_the_newest_revision(database_url):
    assert _current_revision(database_url) == _head(database_url)


def test_migrating_again_changes_nothing_and_keeps_the_data(database_url, write, read):
    with write() as s:
        trajectory.create_trajectory(s, gemeente="Geel", period_start=2025, period_end=2030)
    db.migrate(database_url)
    db.migrate(database_url)
    assert _current_revision(database_url) == _head(database_url)
    assert _diff(database_url) == []
    with read() as s:
        assert s.scalars(select(Trajectory.gemeente)).all() == ["Geel"]


def test_a_release_can_be_rolled_back_and_forward_again(tmp_path):
    url = f"sqlite:///{tmp_path / 'samenspraak.db'}"
    try:
        db.migrate(url)
        cfg = db.alembic_config(url)
        with db.engine_for(url).begin() as connection:
            cfg.attributes["connection"] = connection
            command.downgrade(cfg, "base")
        with db.engine_for(url).connect() as connection:
            tables = connection.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table'").scalars().all()
        assert tables == ["alembic_version"]
        db.migrate(url)
        assert _diff(url) == []
    finally:
        db.engine_for(url).dispose()


def test_the_diff_check_would_see_a_schema_that_drifted(tmp_path):
    """Guards the checks above: a column the migrations do not create shows up in the diff."""
    url = f"sqlite:///{tmp_path / 'samenspraak.db'}"
    try:
        db.migrate(url)
        with db.engine_for(url).begin() as connection:
            connection.exec_driver_sql("ALTER TABLE contribution ADD COLUMN ip_address VARCHAR(45)")
        assert [change[0] for change in _diff(url)] == ["remove_column"]
    finally:
        db.engine_for(url).dispose()


@pytest.mark.postgres
def test_two_processes_starting_at_once_on_an_empty_postgresql_migrate_it_once(postgres_server, tmp_path,
                                                                                 monkeypatch):
    """Two app processes behind the proxy start together on a new database: one migrates, the
    other waits for it (an advisory lock) instead of failing on tables that appear under it."""
    import subprocess
    import sys
    import uuid

    from sqlalchemy import create_engine, text

    monkeypatch.setenv("SAMENSPRAAK_AUTH_FILE", str(tmp_path / "no-auth.yaml"))
    name = f"samenspraak_race_{uuid.uuid4().hex[:8]}"
    admin = create_engine(postgres_server, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    url = postgres_server.rsplit("/", 1)[0] + "/" + name
    code = f"from facilitation import db; db.migrate({url!r})"
    starts = [subprocess.Popen([sys.executable, "-c", code], stderr=subprocess.PIPE, text=True) for _ in range(3)]
    try:
        results = [(p.wait(timeout=120), p.stderr.read()) for p in starts]
        assert [r for r, _ in results] == [0, 0, 0], [e[-2000:] for _, e in results]
        assert _current_revision(url) == _head(url) and _diff(url) == []
    finally:
        db.engine_for(url).dispose()
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
