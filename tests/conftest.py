"""Shared fixtures: real databases (SQLite files and a throw-away PostgreSQL), never mocks.

Every test that takes `database_url` (or `engine`) runs twice: on a fresh SQLite file and on a
fresh PostgreSQL database, both copied from a template migrated once per run. Set
SAMENSPRAAK_TEST_BACKENDS=sqlite to run the SQLite half only while developing.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text

from facilitation import db, demo, live, trajectory
from facilitation import session as meetings
from facilitation.models import DomainSet
from tests.postgres import Cluster, find_bin_dir

BACKENDS = [b for b in os.environ.get("SAMENSPRAAK_TEST_BACKENDS", "sqlite,postgresql").split(",") if b]


@pytest.fixture(autouse=True)
def isolated_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test touches the repository's data/: settings point into the test's own folder."""
    data_dir = tmp_path / "data"
    monkeypatch.setenv("SAMENSPRAAK_DATA_DIR", str(data_dir))
    for name in ("SAMENSPRAAK_DATABASE_URL", "SAMENSPRAAK_AUTH_FILE", "SAMENSPRAAK_EXERCISES_FILE"):
        monkeypatch.delenv(name, raising=False)
    return data_dir


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.db"
    url = f"sqlite:///{path}"
    with pytest.MonkeyPatch.context() as env:  # migration 0007 imports an auth file: never the developer's
        env.setenv("SAMENSPRAAK_AUTH_FILE", str(path.parent / "no-auth.yaml"))
        db.migrate(url)
    engine = db.engine_for(url)
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    return path


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    url = os.environ.get("SAMENSPRAAK_TEST_POSTGRES_URL")
    if url:
        yield url
        return
    bin_dir = find_bin_dir()
    if bin_dir is None:
        pytest.fail("PostgreSQL is not installed. `make test` installs Debian's postgresql package.")
    cluster = Cluster(bin_dir)
    try:
        yield cluster.start()
    finally:
        cluster.stop()


def _database(server_url: str, name: str) -> str:
    return server_url.rsplit("/", 1)[0] + "/" + name


@pytest.fixture(scope="session")
def postgres_template(postgres_server: str, tmp_path_factory: pytest.TempPathFactory) -> str:
    name = f"samenspraak_template_{uuid.uuid4().hex[:8]}"
    admin = create_engine(postgres_server, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    url = _database(postgres_server, name)
    with pytest.MonkeyPatch.context() as env:  # migration 0007 imports an auth file: never the developer's
        env.setenv("SAMENSPRAAK_AUTH_FILE", str(tmp_path_factory.mktemp("pg-template") / "no-auth.yaml"))
        db.migrate(url)
    db.engine_for(url).dispose()  # a template database must have no open connections
    return name


def _fresh_sqlite(template: Path, folder: Path) -> str:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "samenspraak.db"
    shutil.copyfile(template, path)
    return f"sqlite:///{path}"


@pytest.fixture(params=BACKENDS)
def database_url(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A fresh, migrated database on each backend; also the app's configured database."""
    if request.param == "sqlite":
        url = _fresh_sqlite(request.getfixturevalue("sqlite_template"), tmp_path / "data")
        monkeypatch.setenv("SAMENSPRAAK_DATABASE_URL", url)
        yield url
        db.engine_for(url).dispose()
        return
    server = request.getfixturevalue("postgres_server")
    template = request.getfixturevalue("postgres_template")
    name = f"samenspraak_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template}"'))
    url = _database(server, name)
    monkeypatch.setenv("SAMENSPRAAK_DATABASE_URL", url)
    try:
        yield url
    finally:
        db.engine_for(url).dispose()
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def sqlite_url(sqlite_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A fresh SQLite file only, for tests about SQLite itself or a real server process."""
    url = _fresh_sqlite(sqlite_template, tmp_path / "data")
    monkeypatch.setenv("SAMENSPRAAK_DATABASE_URL", url)
    yield url
    db.engine_for(url).dispose()


@pytest.fixture
def engine(database_url: str) -> Engine:
    return db.engine_for(database_url)


@pytest.fixture
def demo_engine(engine: Engine) -> Engine:
    """A database with Demogemeente seeded."""
    with db.transaction(engine, write=True) as session:
        demo.seed(session)
    return engine


@pytest.fixture
def write(engine: Engine):
    """`with write() as s:` a short writing transaction on the test's database."""
    return lambda: db.transaction(engine, write=True)


@pytest.fixture
def read(engine: Engine):
    return lambda: db.transaction(engine)



@pytest.fixture
def trajectory_id(write) -> int:
    with write() as s:
        return trajectory.create_trajectory(s, gemeente="Geel", period_start=2025, period_end=2030).id


@pytest.fixture
def planned_id(write, trajectory_id) -> int:
    """Stuurgroep 2, planned: its agenda is casus, droom."""
    with write() as s:
        return meetings.plan_session(s, trajectory_id=trajectory_id, template_id="stuurgroep_2").id


@pytest.fixture
def session_id(write, planned_id) -> int:
    """Stuurgroep 2, opened (it has a join code), no exercise shown yet."""
    with write() as s:
        meetings.open_session(s, session_id=planned_id)
    return planned_id


CHROMIUM = Path("/usr/bin/chromium")
# Debian's chromium, as root, on a machine without network: no sandbox, no GPU, no phoning home.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def browser():
    """One headless Chromium per browser-test module (Playwright drives Debian's package)."""
    from playwright.sync_api import sync_playwright

    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: `make test` installs Debian's chromium package (make system-deps).")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        try:
            yield launched
        finally:
            launched.close()


@pytest.fixture
def stuurgroep_3(demo_engine) -> dict:
    """The demo with a new stuurgroep 3 open and its vote exercise on the screen (the priority pages
    and the phone's ballot)."""
    return open_stuurgroep_3(demo_engine)


def open_stuurgroep_3(engine) -> dict:
    """In the demo's trajectory: a new stuurgroep 3, open, with its vote exercise on the screen."""
    with db.transaction(engine, write=True) as s:
        traj = demo.find_demo(s)
        meeting = meetings.plan_session(s, trajectory_id=traj.id, template_id="stuurgroep_3")
        meetings.open_session(s, session_id=meeting.id)
        exercise = next(e for e in meeting.exercises if e.exercise_key == "prioriteiten_stemming")
        meetings.show_exercise(s, exercise_id=exercise.id)
        set_id = live.active_domain_set_id(s, trajectory_id=traj.id)
        domains = s.get(DomainSet, set_id).domains
        return {"trajectory": traj.id, "session": meeting.id, "code": meeting.join_code, "exercise": exercise.id,
                "set": set_id, "domains": [d.id for d in domains], "names": [d.name for d in domains]}
