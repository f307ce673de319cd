"""Backups of the database: `samenspraak backup` and `samenspraak restore`.

A backup is the whole database, the staff accounts included (bcrypt hashes, never a password) and
the key that signs login cookies: it is written readable by its owner only; keep it as safe as the
database itself. A restore brings back the accounts as they were.

SQLite: the backup is made with Python's sqlite3 online backup API, which copies the pages inside
one read transaction, so it is consistent while the app keeps running in WAL mode. The copy is
switched to an ordinary rollback journal so it is one self-contained file.

SQLite restore uses the same backup API in reverse, from the backup file *into the live file*,
instead of writing a temporary file and renaming it over the database. A rename would be unsafe:
a running app keeps the old file open (by inode) with its -wal and -shm files; it would go on
writing into the replaced file, and its WAL could later be checkpointed into the wrong database.
The backup API writes through SQLite's own locking and WAL: it waits for the write lock (the busy
timeout), replaces every page in one transaction, and other connections simply see the restored
database at their next transaction (the schema cookie changes, so they re-read the schema).

PostgreSQL: `pg_dump -Fc` makes the backup; `pg_restore --clean --if-exists --no-owner
--single-transaction` restores it, so a restore that fails halfway changes nothing. The tools are
taken from /usr/lib/postgresql/*/bin (newest first: pg_dump must not be older than the server) or
from PATH. A password in the database URL is passed through PGPASSWORD, never on a command line.

Before anything is written, a restore checks that the file is a Samenspraak backup of the same
kind as the database (SQLite file for SQLite, pg_dump custom format for PostgreSQL) and refuses
any other file with a Dutch message.
"""

from __future__ import annotations

import datetime as dt
import glob
import os
import shutil
import sqlite3
import subprocess
import tempfile
from pathlib import Path

from sqlalchemy.engine import make_url

from facilitation import config

SQLITE_MAGIC = b"SQLite format 3\x00"
PG_DUMP_MAGIC = b"PGDMP"
# Tables every Samenspraak database has, whatever its schema version.
REQUIRED_TABLES = ("alembic_version", "trajectory")


class BackupError(ValueError):
    """A backup or restore that cannot be done, with a Dutch message for the administrator."""


def _kind(url: str) -> str:
    backend = make_url(config.normalise_database_url(url)).get_backend_name()
    if backend not in ("sqlite", "postgresql"):
        raise BackupError(f"Reservekopieën kunnen alleen van SQLite of PostgreSQL, niet van {backend}.")
    return backend


def default_backup_path(url: str | None = None, *, now: dt.datetime | None = None) -> Path:
    """data/backups/samenspraak-YYYYMMDD-HHMMSS.sqlite3 (or .dump for PostgreSQL), never an existing file."""
    url = url or config.database_url()
    suffix = ".sqlite3" if _kind(url) == "sqlite" else ".dump"
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    folder = config.data_dir() / "backups"
    path = folder / f"samenspraak-{stamp}{suffix}"
    number = 1
    while path.exists():
        number += 1
        path = folder / f"samenspraak-{stamp}-{number}{suffix}"
    return path


def backup(url: str | None = None, *, out: Path | None = None) -> Path:
    """Write a backup of the database at `url` (default: the configured one) and return its path.

    The file is written next to its destination under a temporary name, then renamed, so a
    half-written backup never carries the final name. It is readable by its owner only.
    """
    url = url or config.database_url()
    kind = _kind(url)
    out = Path(out) if out is not None else default_backup_path(url)
    out.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=".backup-", dir=out.parent)
    os.close(handle)
    os.chmod(temporary, 0o600)
    try:
        if kind == "sqlite":
            _sqlite_backup(_sqlite_path(url), Path(temporary))
        else:
            _run_pg("pg_dump", url, ["--format=custom", f"--file={temporary}"])
        os.replace(temporary, out)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)
    return out


def restore(source: Path, url: str | None = None) -> None:
    """Replace the database at `url` (default: the configured one) with the backup `source`.

    Refuses (BackupError, nothing changed) a file that is not a Samenspraak backup of this kind.
    """
    url = url or config.database_url()
    kind = _kind(url)
    source = Path(source)
    if not source.is_file():
        raise BackupError(f"Het bestand {source} bestaat niet.")
    with source.open("rb") as f:
        head = f.read(len(SQLITE_MAGIC))
    if kind == "sqlite":
        if head.startswith(PG_DUMP_MAGIC):
            raise BackupError(f"{source} is een reservekopie van PostgreSQL; deze database is SQLite. "
                              "Er is niets veranderd.")
        if head != SQLITE_MAGIC:
            raise BackupError(f"{source} is geen reservekopie van Samenspraak (geen SQLite-bestand). "
                              "Er is niets veranderd.")
        _check_sqlite_backup(source)
        _sqlite_restore(source, _sqlite_path(url))
    else:
        if head == SQLITE_MAGIC:
            raise BackupError(f"{source} is een reservekopie van SQLite; deze database is PostgreSQL. "
                              "Er is niets veranderd.")
        if not head.startswith(PG_DUMP_MAGIC):
            raise BackupError(f"{source} is geen reservekopie van Samenspraak (geen pg_dump-bestand). "
                              "Er is niets veranderd.")
        _check_pg_backup(source)
        _run_pg("pg_restore", url, ["--clean", "--if-exists", "--no-owner", "--single-transaction", str(source)])


# --- SQLite ---------------------------------------------------------------------------------

def _sqlite_path(url: str) -> Path:
    database = make_url(url).database
    if not database or database == ":memory:":
        raise BackupError("Een database in het geheugen heeft geen reservekopie.")
    return Path(database)


def _sqlite_backup(database: Path, target: Path) -> None:
    if not database.is_file():
        raise BackupError(f"De database {database} bestaat niet.")
    source = sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=30)
    destination = sqlite3.connect(target)
    try:
        source.backup(destination)
        destination.execute("PRAGMA journal_mode=DELETE")  # one self-contained file, no -wal beside it
    finally:
        destination.close()
        source.close()


def _check_sqlite_backup(source: Path) -> None:
    try:
        connection = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            (check,) = connection.execute("PRAGMA quick_check").fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"{source} is geen leesbaar SQLite-bestand ({exc}). Er is niets veranderd.") from exc
    if not set(REQUIRED_TABLES) <= tables:
        raise BackupError(f"{source} is een SQLite-bestand, maar geen reservekopie van Samenspraak. "
                          "Er is niets veranderd.")
    if check != "ok":
        raise BackupError(f"{source} is beschadigd ({check}). Er is niets veranderd.")


def _sqlite_restore(source: Path, database: Path) -> None:
    if database.exists() and database.resolve() == source.resolve():
        raise BackupError("Dat bestand is de database zelf. Er is niets veranderd.")
    database.parent.mkdir(parents=True, exist_ok=True)
    backup_file = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    live = sqlite3.connect(database, timeout=30)
    try:
        live.execute("PRAGMA busy_timeout=30000")
        backup_file.backup(live)
    except sqlite3.OperationalError as exc:
        raise BackupError(f"Terugzetten lukt niet: {exc}. De database is niet veranderd.") from exc
    finally:
        live.close()
        backup_file.close()


# --- PostgreSQL -----------------------------------------------------------------------------

def find_tool(name: str) -> Path:
    """pg_dump or pg_restore: the newest /usr/lib/postgresql/*/bin first, then PATH."""
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"),
                        key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0, reverse=True)
    found = candidates[0] if candidates else shutil.which(name)
    if not found:
        raise BackupError(f"{name} is niet gevonden. Installeer de PostgreSQL-clienttools "
                          "(Debian: apt-get install postgresql-client).")
    return Path(found)


def _run_pg(tool: str, url: str | None, args: list[str]) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    command = [str(find_tool(tool))]
    if url is not None:
        parsed = make_url(config.normalise_database_url(url))
        if parsed.password is not None:
            env["PGPASSWORD"] = str(parsed.password)
        conninfo = parsed.set(drivername="postgresql", password=None).render_as_string(hide_password=False)
        command.append(f"--dbname={conninfo}")
    result = subprocess.run([*command, *args], env=env, capture_output=True, text=True)
    if result.returncode != 0:
        message = result.stderr.strip().splitlines()
        raise BackupError(f"{tool} is mislukt: {message[-1] if message else result.returncode}. "
                          + ("De database is niet veranderd." if tool == "pg_restore" else ""))
    return result


def _check_pg_backup(source: Path) -> None:
    try:
        listing = _run_pg("pg_restore", None, ["--list", str(source)]).stdout
    except BackupError as exc:
        raise BackupError(f"{source} is geen leesbare reservekopie van PostgreSQL. Er is niets veranderd.") from exc
    tables = {line.split()[-2] for line in listing.splitlines() if " TABLE " in line and not line.startswith(";")}
    if not set(REQUIRED_TABLES) <= tables:
        raise BackupError(f"{source} is een pg_dump-bestand, maar geen reservekopie van Samenspraak. "
                          "Er is niets veranderd.")
