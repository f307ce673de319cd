"""Every export as a file: written into exports/ under a safe file name (the export page), or
where --out says (the `samenspraak export ...` commands).

    samenspraak export minutes --session CODE --out FILE.docx
    samenspraak export college-note --trajectory ID --out FILE.docx
    samenspraak export progress --trajectory ID --out FILE.docx
    samenspraak export feedback --trajectory ID --out FILE.docx
    samenspraak export actieplan --trajectory ID --out FILE.xlsx
    samenspraak export contributions --session CODE --out FILE.csv

--session takes a session's join code (or its number); without --out the file goes to exports/.
The documents themselves are made in facilitation/documents/ (one module each); they are imported
only when asked for, so the command line starts without matplotlib.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session as DbSession

from facilitation import config
from facilitation import session as meetings
from facilitation.documents.common import session_label, trajectory_or_error
from facilitation.documents.writer import DocumentError
from facilitation.models import Session

FILENAME_MAX = 100
SESSION = "session"
TRAJECTORY = "trajectory"


def _minutes(db: DbSession, target: int) -> bytes:
    from facilitation.documents.minutes import build_minutes

    return build_minutes(db, session_id=target)


def _contributions(db: DbSession, target: int) -> bytes:
    from facilitation.documents.spreadsheets import contributions_csv

    return contributions_csv(db, session_id=target)


def _college_note(db: DbSession, target: int) -> bytes:
    from facilitation.documents.college_note import build_college_note

    return build_college_note(db, trajectory_id=target)


def _progress(db: DbSession, target: int) -> bytes:
    from facilitation.documents.progress import build_progress_report

    return build_progress_report(db, trajectory_id=target)


def _feedback(db: DbSession, target: int) -> bytes:
    from facilitation.documents.feedback import build_feedback_page

    return build_feedback_page(db, trajectory_id=target)


def _actieplan(db: DbSession, target: int) -> bytes:
    from facilitation.documents.spreadsheets import actieplan_xlsx

    return actieplan_xlsx(db, trajectory_id=target)


@dataclass(frozen=True)
class Export:
    help: str
    about: str  # SESSION or TRAJECTORY
    what: str  # the start of the file name
    suffix: str
    build: Callable[[DbSession, int], bytes]
    writes: bool = False  # the feedback page makes the token of its link on first need


EXPORTS: dict[str, Export] = {
    "minutes": Export("verslag van een sessie (Word)", SESSION, "verslag", ".docx", _minutes),
    "college-note": Export("nota aan het college (Word)", TRAJECTORY, "nota college kinderarmoede", ".docx",
                           _college_note),
    "progress": Export("jaarlijks voortgangsrapport voor het college (Word)", TRAJECTORY,
                       "voortgangsrapport kinderarmoede", ".docx", _progress),
    "feedback": Export("terugkoppeling voor de ouders, één pagina (Word)", TRAJECTORY, "terugkoppeling ouders",
                       ".docx", _feedback, writes=True),
    "actieplan": Export("actieplan (Excel)", TRAJECTORY, "actieplan", ".xlsx", _actieplan),
    "contributions": Export("zichtbare bijdragen van een sessie, anoniem (CSV)", SESSION, "bijdragen", ".csv",
                            _contributions),
}


# --- file names ---------------------------------------------------------------------------------------


def safe_filename(stem: str, suffix: str) -> str:
    """A file name any system accepts: ASCII letters, digits and dashes, lower case, not too long.

    >>> safe_filename("Verslag Sint-Katelijne-Waver Stuurgroep 2 2026-03-01", ".docx")
    'verslag-sint-katelijne-waver-stuurgroep-2-2026-03-01.docx'
    """
    ascii_stem = unicodedata.normalize("NFKD", stem).encode("ascii", "ignore").decode("ascii")
    ascii_stem = re.sub(r"[^A-Za-z0-9]+", "-", ascii_stem).strip("-").lower()[:FILENAME_MAX].rstrip("-")
    return (ascii_stem or "export") + suffix


def write_file(data: bytes, path: str | Path) -> Path:
    """Write atomically: a reader never sees half a file, a failure leaves the old one."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=path.suffix)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path


def exports_dir() -> Path:
    return config.EXPORTS_DIR


def find_session(db: DbSession, ref: str | int) -> Session:
    """A session by its join code ("ABC-DEF" as typed) or by its number."""
    text = str(ref).strip()
    found = meetings.find_by_code(db, code=text)
    if found is None and text.isdigit():
        found = db.get(Session, int(text))
    if found is None:
        raise DocumentError(f"Geen sessie met code of nummer {text!r}.")
    return found


def file_name(db: DbSession, kind: str, target: int) -> str:
    """"verslag-demogemeente-stuurgroep-3-2026-03-01.docx", "actieplan-demogemeente-2026-2031.xlsx"."""
    export = EXPORTS[kind]
    if export.about == SESSION:
        meeting = db.get(Session, target)
        if meeting is None:
            raise DocumentError("Deze sessie bestaat niet (meer).")
        date = meeting.scheduled_on.isoformat() if meeting.scheduled_on else f"sessie-{meeting.id}"
        stem = f"{export.what} {meeting.trajectory.gemeente} {session_label(meeting)} {date}"
    else:
        trajectory = trajectory_or_error(db, target)
        stem = f"{export.what} {trajectory.gemeente} {trajectory.period_start}-{trajectory.period_end}"
    return safe_filename(stem, export.suffix)


def write_export(db: DbSession, kind: str, *, session_id: int | None = None, trajectory_id: int | None = None,
                 directory: str | Path | None = None) -> Path:
    """Make one export (EXPORTS) and write it into exports/ (or `directory`) under its safe name."""
    target = session_id if EXPORTS[kind].about == SESSION else trajectory_id
    data = EXPORTS[kind].build(db, target)
    folder = Path(directory) if directory is not None else exports_dir()
    return write_file(data, folder / file_name(db, kind, target))


# --- the command line -----------------------------------------------------------------------------------


def _command(kind: str) -> Callable[[argparse.Namespace], int]:
    def run(args: argparse.Namespace) -> int:
        from facilitation import db

        export = EXPORTS[kind]
        try:
            with db.transaction(db.engine_for(config.database_url()), write=export.writes) as session:
                target = find_session(session, args.session).id if export.about == SESSION else args.trajectory
                data, name = export.build(session, target), file_name(session, kind, target)
        except DocumentError as exc:
            print(f"Fout: {exc}", file=sys.stderr)
            return 2
        path = write_file(data, args.out if args.out else exports_dir() / name)
        print(f"Geschreven: {path}")
        return 0

    return run


def add_export_commands(subparsers) -> argparse.ArgumentParser:
    """Register `export <kind>` for every kind in EXPORTS on the subparsers object of the
    `samenspraak` command (argparse's add_subparsers())."""
    export = subparsers.add_parser("export", help="verslagen, nota, voortgangsrapport, actieplan en bijdragen exporteren")
    commands = export.add_subparsers(dest="export_command", required=True)
    for kind, about in EXPORTS.items():
        command = commands.add_parser(kind, help=about.help)
        if about.about == SESSION:
            command.add_argument("--session", required=True, metavar="CODE",
                                 help="de deelnamecode van de sessie (of haar nummer)")
        else:
            command.add_argument("--trajectory", required=True, type=int, metavar="ID", help="het nummer van het traject")
        command.add_argument("--out", type=Path, metavar=f"FILE{about.suffix}",
                             help=f"waar het bestand komt (standaard: {config.EXPORTS_DIR.name}/<naam>{about.suffix})")
        command.set_defaults(func=_command(kind))
    return export
