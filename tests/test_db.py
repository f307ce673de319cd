"""The database, the one truth shared by phones, projector and server processes (every roadmap
step): SQLite tuned so that many phones answering at once queue up instead of failing, the same
functions on PostgreSQL, and the database URL people paste.
"""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from facilitation import config, contribution, db, trajectory
from facilitation import session as meetings
from facilitation.models import Contribution, SessionExercise, Trajectory


@pytest.mark.parametrize(
    ("pragma", "expected"),
    [("journal_mode", "wal"), ("foreign_keys", 1)],
)
def test_sqlite_connections_are_tuned_for_many_writers(sqlite_url, pragma, expected):
    with db.engine_for(sqlite_url).connect() as connection:
        assert connection.exec_driver_sql(f"PRAGMA {pragma}").scalar() == expected


def test_sqlite_waits_for_the_write_lock_instead_of_failing(sqlite_url):
    with db.engine_for(sqlite_url).connect() as connection:
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000


def test_a_reference_to_nothing_is_refused(write):
    with pytest.raises(IntegrityError), write() as s:
        s.add(SessionExercise(session_id=999_999, exercise_key="casus", position=0))
        s.flush()


def test_a_write_transaction_commits_at_the_end(write, read):
    with write() as s:
        trajectory.create_trajectory(s, gemeente="Geel", period_start=2025, period_end=2030)
    with read() as s:
        assert s.scalars(select(Trajectory.gemeente)).all() == ["Geel"]


def test_an_error_inside_a_transaction_rolls_everything_back(write, read):
    with pytest.raises(RuntimeError), write() as s:
        trajectory.create_trajectory(s, gemeente="Geel", period_start=2025, period_end=2030)
        raise RuntimeError("de beamer valt uit")
    with read() as s:
        assert s.scalar(select(func.count(Trajectory.id))) == 0


def test_objects_stay_readable_after_the_commit(write):
    with write() as s:
        created = trajectory.create_trajectory(s, gemeente="Geel", period_start=2025, period_end=2030)
    assert created.gemeente == "Geel"  # rendered after the transaction, without a lazy load


THREADS = 8
PER_THREAD = 25


def test_many_phones_answering_at_once_all_get_stored(engine, write, read):
    with write() as s:
        t = trajectory.create_trajectory(s, gemeente="Geel", period_start=2025, period_end=2030)
        exercise_id = meetings.plan_session(s, trajectory_id=t.id, template_id="stuurgroep_2").exercises[0].id
    start = threading.Barrier(THREADS)
    errors: list[BaseException] = []

    def phone(number: int) -> None:
        try:
            start.wait()
            for answer in range(PER_THREAD):
                with db.transaction(engine, write=True) as s:
                    # Read, then write: two plain transactions doing this would deadlock on SQLite.
                    s.scalar(select(func.count(Contribution.id)))
                    contribution.add_contribution(
                        s, session_exercise_id=exercise_id, text=f"gsm {number} antwoord {answer}"
                    )
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=phone, args=(n,)) for n in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with read() as s:
        texts = s.scalars(select(Contribution.text).where(Contribution.session_exercise_id == exercise_id)).all()
    assert len(texts) == len(set(texts)) == THREADS * PER_THREAD


@pytest.mark.parametrize(
    ("pasted", "expected"),
    [
        ("postgres://anna:geheim@db.example:5432/samenspraak",
         "postgresql+psycopg://anna:geheim@db.example:5432/samenspraak"),
        ("postgresql://anna@localhost/samenspraak", "postgresql+psycopg://anna@localhost/samenspraak"),
        ("postgresql+psycopg://anna@localhost/samenspraak", "postgresql+psycopg://anna@localhost/samenspraak"),
        ("sqlite:////srv/samenspraak/samenspraak.db", "sqlite:////srv/samenspraak/samenspraak.db"),
    ],
)
def test_a_pasted_database_url_gets_the_psycopg_driver(pasted, expected):
    assert config.normalise_database_url(pasted) == expected


def test_the_configured_url_is_normalised_too(monkeypatch):
    monkeypatch.setenv("SAMENSPRAAK_DATABASE_URL", "postgres://anna@localhost/samenspraak")
    assert config.database_url() == "postgresql+psycopg://anna@localhost/samenspraak"


def test_without_configuration_the_database_is_a_sqlite_file_in_the_data_dir(isolated_environment):
    assert config.database_url() == f"sqlite:///{isolated_environment / 'samenspraak.db'}"


def test_the_default_database_is_created_on_first_migrate(isolated_environment):
    url = config.database_url()
    try:
        db.migrate()
        assert (isolated_environment / "samenspraak.db").is_file()
        with db.transaction(db.engine_for(url)) as s:
            assert s.scalar(select(func.count(Trajectory.id))) == 0
    finally:
        db.engine_for(url).dispose()


def test_a_snapshot_read_sees_one_moment_in_all_its_queries(engine, write, trajectory_id):
    """What phones follow is read in several queries: a change committed between two of them must
    not show up in the second only (PostgreSQL's default READ COMMITTED would show it)."""
    with db.transaction(engine, snapshot=True) as s:
        before = s.scalar(select(Trajectory.gemeente).where(Trajectory.id == trajectory_id))
        with write() as other:
            other.get(Trajectory, trajectory_id).gemeente = "Nieuwe naam"
        assert s.scalar(select(Trajectory.gemeente).where(Trajectory.id == trajectory_id)) == before
    with db.transaction(engine) as s:
        assert s.get(Trajectory, trajectory_id).gemeente == "Nieuwe naam"
