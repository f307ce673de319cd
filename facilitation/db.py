"""The database: engines, transactions and migrations. The database is the one truth.

SQLite runs in WAL mode with a busy timeout, and a writing transaction starts with BEGIN
IMMEDIATE, so that many phones sending at once queue up instead of failing with "database is
locked". Within a process, SQLite writers also wait their turn on a lock, first come first served,
instead of SQLite's busy handler, which sleeps and retries (measured: 8 threads writing at once,
the slowest write took 2.8-4.3 s without the lock and 0.25-0.28 s with it, at the same throughput).
PostgreSQL (``postgresql+psycopg://``) works the same way through the same functions.
"""

from __future__ import annotations

import functools
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session

from facilitation import config

_WRITE = "samenspraak_write"


@functools.cache
def engine_for(url: str) -> Engine:
    """One engine (and so one connection pool) per database URL and process.

    An error never carries the values of its statement (hide_parameters): a traceback in the
    log shows no answer a parent typed."""
    url = config.normalise_database_url(url)
    pool = {"pool_size": 5, "max_overflow": 15}  # the phone page's 14 threads, and the staff screens
    if url.startswith("sqlite"):
        database = url.split("///", 1)[-1]
        if database and database != ":memory:" and not database.startswith("file:"):
            _private_file(Path(database))
        else:
            pool = {}  # one connection per thread for a database in memory
        engine = create_engine(url, connect_args={"timeout": 30}, hide_parameters=True, **pool)
        _tune_sqlite(engine)
        return engine
    return create_engine(url, pool_pre_ping=True, hide_parameters=True, **pool)


def _private_file(path: Path) -> None:
    """The SQLite file readable by its owner only (0600), in a folder made 0700 when it is new.
    SQLite gives its -wal and -shm files the permissions of the database file."""
    if not path.parent.exists():
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    if not path.exists():
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
    for file in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        if file.exists() and file.stat().st_mode & 0o077:
            file.chmod(0o600)  # a file made before this rule (or copied) was readable by everyone


def _tune_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection, _record):  # noqa: ANN001 - DBAPI objects
        # Let SQLAlchemy's "begin" event below decide how a transaction starts.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def on_begin(connection):  # noqa: ANN001
        # A writer takes the write lock up front: no deadlock when two readers both upgrade.
        if connection.get_execution_options().get(_WRITE):
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            connection.exec_driver_sql("BEGIN")


@contextmanager
def transaction(engine: Engine, *, write: bool = False, snapshot: bool = False) -> Iterator[Session]:
    """A short unit of work: commits at the end, rolls back on an exception.

    ``write=True`` marks a transaction that will write, so SQLite locks the database at once.
    ``snapshot=True``: every query of a read sees the same moment, also on PostgreSQL (REPEATABLE
    READ; its default READ COMMITTED lets each query see what was committed meanwhile, so a view
    read in several queries could mix before and after a change; a SQLite read is a snapshot anyway).
    Objects stay usable after the commit (expire_on_commit=False) for rendering.
    """
    bind = (engine.execution_options(**{_WRITE: True}) if write
            else _snapshots(engine) if snapshot and engine.dialect.name == "postgresql" else engine)
    turn = _writers(engine) if write and engine.dialect.name == "sqlite" else nullcontext()
    with turn, Session(bind, expire_on_commit=False) as session, session.begin():
        yield session


@functools.cache
def _snapshots(engine: Engine) -> Engine:
    return engine.execution_options(isolation_level="REPEATABLE READ")


@functools.cache
def _writers(engine: Engine) -> threading.RLock:
    """This process's queue of SQLite writers (SQLite lets one write at a time anyway)."""
    return threading.RLock()


@functools.cache
def _migrated(url: str) -> Engine:
    migrate(url)
    return engine_for(url)


@contextmanager
def unit_of_work(*, write: bool = False, snapshot: bool = False) -> Iterator[Session]:
    """A transaction on the configured database, migrated once per process on first use: the
    screens' and the phone page's door to the database. Keyed by URL, so tests (and AppTest
    instances in one process) each get their own database."""
    with transaction(_migrated(config.database_url()), write=write, snapshot=snapshot) as session:
        yield session


def alembic_config(url: str):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(config.PROJECT_ROOT / "alembic"))
    cfg.set_main_option("sqlalchemy.url", config.normalise_database_url(url).replace("%", "%%"))
    return cfg


MIGRATION_LOCK = 7_264_711  # any number, the same in every process of the installation


def migrate(url: str | None = None) -> None:
    """Bring the database to the newest schema (creates it on first use)."""
    from alembic import command

    url = url or config.database_url()
    cfg = alembic_config(url)
    # Through our own engine, so SQLite gets its folder, WAL mode and busy timeout here too.
    with engine_for(url).engine.execution_options(**{_WRITE: True}).begin() as connection:
        if connection.dialect.name == "postgresql":
            # Several processes starting at once: one migrates, the others wait and find it done.
            # (SQLite's BEGIN IMMEDIATE above does the same.)
            connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK})")
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, "head")
