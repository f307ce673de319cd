"""Backups: a round trip on SQLite and PostgreSQL, refusals that change nothing, the command line."""

from __future__ import annotations

import datetime as dt
import sqlite3
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import Engine, inspect, select, text

from facilitation import backup, cli, config, db, demo, trajectory
from facilitation.models import Contribution, StuurgroepMember, Trajectory


def _snapshot(engine: Engine) -> dict:
    """Row counts of every table and a few values a user would notice."""
    with engine.connect() as connection:
        counts = {name: connection.execute(text(f'SELECT count(*) FROM "{name}"')).scalar_one()
                  for name in inspect(connection).get_table_names()}
    with db.transaction(engine) as s:
        gemeenten = sorted(s.scalars(select(Trajectory.gemeente)))
        answers = sorted(s.scalars(select(Contribution.text)))
        organisations = sorted(o or "" for o in s.scalars(select(StuurgroepMember.organisation)))
    return {"counts": counts, "gemeenten": gemeenten, "answers": answers, "organisations": organisations}


def _change_everything(engine: Engine, trajectory_id: int) -> None:
    with db.transaction(engine, write=True) as s:
        trajectory.update_trajectory(s, trajectory_id=trajectory_id, gemeente="Hernoemd")
        trajectory.create_trajectory(s, gemeente="Na de reservekopie", period_start=2027, period_end=2032)
        for member in s.scalars(select(StuurgroepMember).where(StuurgroepMember.trajectory_id == trajectory_id)):
            trajectory.remove_member(s, member_id=member.id)
        s.execute(Contribution.__table__.delete().where(Contribution.hidden.is_(False)))


def test_round_trip_brings_every_row_back(demo_engine: Engine, database_url: str) -> None:
    with db.transaction(demo_engine) as s:
        demo_id = demo.find_demo(s).id
    before = _snapshot(demo_engine)
    assert before["counts"]["contribution"] > 10 and before["counts"]["stuurgroep_member"] > 5

    started = time.perf_counter()
    path = backup.backup(database_url)
    backup_seconds = time.perf_counter() - started
    assert path.parent == config.data_dir() / "backups" and path.name.startswith("samenspraak-")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600  # the answers are readable by the owner only

    _change_everything(demo_engine, demo_id)
    changed = _snapshot(demo_engine)
    assert changed["gemeenten"] == ["Hernoemd", "Na de reservekopie"]
    assert changed["counts"]["contribution"] < before["counts"]["contribution"]

    started = time.perf_counter()
    backup.restore(path, database_url)
    restore_seconds = time.perf_counter() - started
    # The same engine (its pooled connections were open all along) reads the restored database.
    assert _snapshot(demo_engine) == before
    with db.transaction(demo_engine, write=True) as s:  # and the app can write again, ids go on
        new = trajectory.create_trajectory(s, gemeente="Na het terugzetten", period_start=2027, period_end=2032)
        assert new.id > demo_id
    print(f"\n{database_url.split(':')[0]}: backup {backup_seconds:.2f} s, restore {restore_seconds:.2f} s, "
          f"{path.stat().st_size // 1024} kB")


def _foreign_file(kind: str, folder: Path) -> tuple[Path, str]:
    """A file of the other backend's kind, and the words the refusal must contain."""
    if kind == "sqlite":
        path = folder / "postgres.dump"
        path.write_bytes(b"PGDMP\x01\x0e\x00" + b"\x00" * 200)
        return path, "reservekopie van PostgreSQL; deze database is SQLite"
    path = folder / "sqlite.sqlite3"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE trajectory (id INTEGER)")
    connection.close()
    return path, "reservekopie van SQLite; deze database is PostgreSQL"


def test_restore_refuses_other_files_and_changes_nothing(demo_engine: Engine, database_url: str,
                                                         tmp_path: Path) -> None:
    before = _snapshot(demo_engine)
    kind = "sqlite" if database_url.startswith("sqlite") else "postgresql"
    other, other_words = _foreign_file(kind, tmp_path)
    notes = tmp_path / "notities.txt"
    notes.write_text("geen reservekopie", encoding="utf-8")
    unrelated = tmp_path / "ander.db"
    if kind == "sqlite":  # a real SQLite file, but not Samenspraak's
        connection = sqlite3.connect(unrelated)
        connection.execute("CREATE TABLE recepten (naam TEXT)")
        connection.close()
        unrelated_words = "geen reservekopie van Samenspraak"
    else:  # a real pg_dump file, but of an empty database
        unrelated = tmp_path / "ander.dump"
        backup._run_pg("pg_dump", database_url, ["--format=custom", "--schema-only", "--table=measurement",
                                                  f"--file={unrelated}"])
        unrelated_words = "geen reservekopie van Samenspraak"

    for path, words in [(other, other_words), (notes, "geen reservekopie van Samenspraak"),
                        (unrelated, unrelated_words), (tmp_path / "bestaat-niet", "bestaat niet")]:
        with pytest.raises(backup.BackupError, match=words):
            backup.restore(path, database_url)
    assert _snapshot(demo_engine) == before


def test_commands_back_up_and_restore(demo_engine: Engine, database_url: str, tmp_path: Path,
                                      capsys: pytest.CaptureFixture) -> None:
    before = _snapshot(demo_engine)
    out = tmp_path / "kopie.bak"
    assert cli.main(["backup", "--out", str(out)]) == 0
    assert str(out) in capsys.readouterr().out
    with db.transaction(demo_engine, write=True) as s:
        trajectory.create_trajectory(s, gemeente="Tussendoor", period_start=2027, period_end=2032)
    assert cli.main(["restore", str(out)]) == 0
    assert "teruggezet" in capsys.readouterr().out
    assert _snapshot(demo_engine) == before

    assert cli.main(["restore", str(tmp_path / "nergens.bak")]) == 2
    assert "Fout: " in capsys.readouterr().err


def test_a_backup_holds_the_accounts_as_hashes_only(database_url: str, tmp_path: Path) -> None:
    """The accounts live in the database (issue 13): a restore brings back who may log in, and a
    backup holds bcrypt hashes, never a password; the help says to keep it as safe as the database."""
    from facilitation import auth

    engine = db.engine_for(database_url)
    with db.transaction(engine, write=True) as s:
        auth.add_user(s, username="anna", password="geheim-wachtwoord-123", roles=["coordinator"])
    path = backup.backup(database_url, out=tmp_path / "kopie")
    content = path.read_bytes()
    assert b"geheim" not in content
    with db.transaction(engine, write=True) as s:
        auth.remove_user(s, username="anna")
    backup.restore(path, database_url)
    with db.transaction(engine) as s:
        assert auth.check_password("geheim-wachtwoord-123", auth.get_account(s, username="anna").password_hash)
    assert "met de accounts (wachtwoorden alleen als bcrypt" in " ".join(_subcommand_help("backup").split())


def _subcommand_help(name: str) -> str:
    parser = cli.build_parser()
    subparsers = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    return subparsers.choices[name].format_help()


def test_default_names_never_overwrite(database_url: str) -> None:
    moment = dt.datetime(2026, 12, 1, 18, 5, 9)
    first = backup.default_backup_path(database_url, now=moment)
    assert first.stem == "samenspraak-20261201-180509"
    first.parent.mkdir(parents=True)
    first.write_bytes(b"")
    second = backup.default_backup_path(database_url, now=moment)
    assert second != first and second.parent == first.parent
    assert first.suffix == (".sqlite3" if database_url.startswith("sqlite") else ".dump")


OTHER_PROCESS = """
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1], timeout=30)
connection.execute("PRAGMA journal_mode=WAL")
count = lambda: connection.execute("SELECT count(*) FROM trajectory").fetchone()[0]
print(count(), flush=True)
sys.stdin.readline()
print(count(), connection.execute("PRAGMA integrity_check").fetchone()[0], flush=True)
connection.execute("UPDATE trajectory SET gemeente = 'Ander proces'")  # and it can write into it
connection.commit()
"""


def test_sqlite_restore_while_another_process_has_the_database_open(sqlite_url: str, tmp_path: Path) -> None:
    engine = db.engine_for(sqlite_url)
    with db.transaction(engine, write=True) as s:
        demo.seed(s)
    path = backup.backup(sqlite_url, out=tmp_path / "kopie.sqlite3")
    with db.transaction(engine, write=True) as s:
        trajectory.create_trajectory(s, gemeente="Weg na het terugzetten", period_start=2027, period_end=2032)

    database = sqlite_url.split("///", 1)[1]
    other = subprocess.Popen([sys.executable, "-c", OTHER_PROCESS, database], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, text=True)
    try:
        assert other.stdout.readline().split() == ["2"]
        backup.restore(path, sqlite_url)
        other.stdin.write("\n")
        other.stdin.flush()
        assert other.stdout.readline().split() == ["1", "ok"]  # it sees the restored database, intact
        assert other.wait(timeout=30) == 0
    finally:
        other.kill()
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA integrity_check").scalar_one() == "ok"
    with db.transaction(engine) as s:
        assert sorted(s.scalars(select(Trajectory.gemeente))) == ["Ander proces"]
