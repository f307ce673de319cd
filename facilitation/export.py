"""Exports: the action plan to Excel, a session's visible contributions to CSV, the Word documents
written into exports/ under a safe file name, and the `samenspraak export ...` commands.

    samenspraak export minutes --session CODE --out FILE.docx
    samenspraak export college-note --trajectory ID --out FILE.docx
    samenspraak export actieplan --trajectory ID --out FILE.xlsx
    samenspraak export contributions --session CODE --out FILE.csv
    samenspraak export feedback --trajectory ID --out FILE.docx

--session takes a session's join code (or its number); without --out the file goes to exports/.

Everything exported is anonymous: no token, no participant, no self-declared group; only what may
be projected (never a hidden, waiting or merged-away answer). Text stays as typed. Two guards
only: characters XML cannot hold are dropped, and a CSV cell that Excel would run as a formula
(starting with = + - @, a tab or a carriage return) gets a leading apostrophe, as OWASP advises
for CSV files opened in a spreadsheet. In the .xlsx file such text is stored as plain text.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import os
import re
import sys
import tempfile
import unicodedata
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from facilitation import config, contribution
from facilitation import session as meetings
from facilitation.exercises import catalogue
from facilitation.minutes import DocumentError, clean, session_label
from facilitation.models import Channel, Domain, DomainSet, Session, Trajectory

XLSX_HEADER = (
    "Domein", "Strategische doelstelling", "Operationele doelstelling", "Actie", "Trekker", "Partners",
    "Start", "Einde", "Middelen", "Verwacht resultaat", "Status", "Indicatoren",
)
XLSX_WIDTHS = (22, 40, 40, 40, 18, 26, 12, 12, 26, 32, 12, 44)
CSV_HEADER = ("vraag", "antwoord", "essentiële elementen", "domein", "kanaal")
CSV_DELIMITER = ";"  # what Excel expects in Belgium and the Netherlands
CHANNEL_LABELS = {Channel.PHONE: "telefoon", Channel.FACILITATOR: "mondeling (ingetypt door de begeleider)",
                  Channel.PAPER: "papier"}
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
FILENAME_MAX = 100


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


def _target(directory: str | Path | None) -> Path:
    return Path(directory) if directory is not None else exports_dir()


# --- lookups ------------------------------------------------------------------------------------------


def find_session(db: DbSession, ref: str | int) -> Session:
    """A session by its join code ("ABC-DEF" as typed) or by its number."""
    text = str(ref).strip()
    found = meetings.find_by_code(db, code=text)
    if found is None and text.isdigit():
        found = db.get(Session, int(text))
    if found is None:
        raise DocumentError(f"Geen sessie met code of nummer {text!r}.")
    return found


def _trajectory(db: DbSession, trajectory_id: int) -> Trajectory:
    trajectory = db.get(Trajectory, trajectory_id)
    if trajectory is None:
        raise DocumentError(f"Geen traject met nummer {trajectory_id}.")
    return trajectory


# --- the action plan to Excel -------------------------------------------------------------------------


def _text_cell(cell, value: str | None) -> None:
    """Text as text: never read as a formula, whatever it starts with."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    cell.value = ILLEGAL_CHARACTERS_RE.sub("", clean(value)) if value else None
    if cell.value is not None:
        cell.data_type = "s"


def actieplan_xlsx(db: DbSession, *, trajectory_id: int) -> bytes:
    """The action plan as an Excel workbook: one row per action, a styled header, filters on."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    from facilitation.college_note import NO_DOMAIN, STATUS_LABELS, indicator_text
    from facilitation.goal import action_plan

    trajectory = _trajectory(db, trajectory_id)
    rows = action_plan(db, trajectory_id=trajectory_id)
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Actieplan"
    workbook.properties.creator = workbook.properties.lastModifiedBy = "Samenspraak"
    workbook.properties.title = f"Actieplan kinderarmoede {trajectory.gemeente} " \
                                f"{trajectory.period_start}-{trajectory.period_end}"
    sheet.append(list(XLSX_HEADER))
    header_font = Font(bold=True, color="FFFFFF")
    header_fill = PatternFill("solid", fgColor="1F5F8B")
    thin = Side(style="thin", color="9BB3C8")
    for cell in sheet[1]:
        cell.font = header_font
        cell.fill = header_fill
        cell.alignment = Alignment(vertical="center", wrap_text=True)
        cell.border = Border(bottom=thin)
    wrap = Alignment(vertical="top", wrap_text=True)
    for index, row in enumerate(rows, start=2):
        values = (row.domain or NO_DOMAIN, row.strategic_goal, row.goal or "", row.what, row.owner, row.partners,
                  row.start_on, row.end_on, row.means, row.expected_result, STATUS_LABELS[row.status],
                  "\n".join(indicator_text(i) for i in row.indicators))
        for column, value in enumerate(values, start=1):
            cell = sheet.cell(row=index, column=column)
            if isinstance(value, dt.date):
                cell.value = value
                cell.number_format = "DD/MM/YYYY"
            else:
                _text_cell(cell, value)
            cell.alignment = wrap
    for column, width in enumerate(XLSX_WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.row_dimensions[1].height = 30
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(XLSX_HEADER))}{max(len(rows) + 1, 2)}"
    sheet.print_title_rows = "1:1"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


# --- contributions to CSV -----------------------------------------------------------------------------


def _csv_cell(value: str) -> str:
    value = clean(value)
    return "'" + value if value.startswith(_FORMULA_START) else value


def contributions_csv(db: DbSession, *, session_id: int, delimiter: str = CSV_DELIMITER) -> bytes:
    """All visible contributions of a session, anonymous, as CSV in UTF-8 with a BOM (so Excel reads
    the accents right): vraag, antwoord, essentiële elementen, domein, kanaal. Answers per question
    in the projector's order, not the order they were sent in."""
    meeting = db.get(Session, session_id)
    if meeting is None:
        raise DocumentError("Deze sessie bestaat niet (meer).")
    cat = catalogue()
    domains = dict(db.execute(
        select(Domain.id, Domain.name).join(DomainSet).where(DomainSet.trajectory_id == meeting.trajectory_id)
    ).all())
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow(CSV_HEADER)
    for exercise in sorted(meeting.exercises, key=lambda e: e.position):
        template = cat.exercises.get(exercise.exercise_key)
        question = template.question.nl if template else exercise.exercise_key
        visible = {c.id: c for c in contribution.visible_contributions(db, session_exercise_id=exercise.id)}
        for answer in contribution.shown_answers(db, session_exercise_id=exercise.id):
            row = visible.get(answer.id)
            if row is None:
                continue
            writer.writerow([
                _csv_cell(question), _csv_cell(answer.text), _csv_cell("; ".join(answer.elements)),
                _csv_cell(domains.get(row.domain_id, "")), CHANNEL_LABELS[row.channel],
            ])
    return buffer.getvalue().encode("utf-8-sig")


# --- into exports/ --------------------------------------------------------------------------------------


def _stem_trajectory(db: DbSession, trajectory_id: int, what: str) -> str:
    trajectory = _trajectory(db, trajectory_id)
    return f"{what} {trajectory.gemeente} {trajectory.period_start}-{trajectory.period_end}"


def _stem_session(db: DbSession, session_id: int, what: str) -> str:
    meeting = db.get(Session, session_id)
    if meeting is None:
        raise DocumentError("Deze sessie bestaat niet (meer).")
    date = meeting.scheduled_on.isoformat() if meeting.scheduled_on else f"sessie-{meeting.id}"
    return f"{what} {meeting.trajectory.gemeente} {session_label(meeting)} {date}"


def write_minutes(db: DbSession, *, session_id: int, directory: str | Path | None = None) -> Path:
    from facilitation.minutes import build_minutes

    data = build_minutes(db, session_id=session_id)
    name = safe_filename(_stem_session(db, session_id, "verslag"), ".docx")
    return write_file(data, _target(directory) / name)


def write_contributions(db: DbSession, *, session_id: int, directory: str | Path | None = None) -> Path:
    data = contributions_csv(db, session_id=session_id)
    name = safe_filename(_stem_session(db, session_id, "bijdragen"), ".csv")
    return write_file(data, _target(directory) / name)


def write_college_note(db: DbSession, *, trajectory_id: int, directory: str | Path | None = None) -> Path:
    from facilitation.college_note import build_college_note

    data = build_college_note(db, trajectory_id=trajectory_id)
    name = safe_filename(_stem_trajectory(db, trajectory_id, "nota college kinderarmoede"), ".docx")
    return write_file(data, _target(directory) / name)


def write_feedback(db: DbSession, *, trajectory_id: int, directory: str | Path | None = None) -> Path:
    from facilitation.college_note import build_feedback_page

    data = build_feedback_page(db, trajectory_id=trajectory_id)
    name = safe_filename(_stem_trajectory(db, trajectory_id, "terugkoppeling ouders"), ".docx")
    return write_file(data, _target(directory) / name)


def write_actieplan(db: DbSession, *, trajectory_id: int, directory: str | Path | None = None) -> Path:
    data = actieplan_xlsx(db, trajectory_id=trajectory_id)
    name = safe_filename(_stem_trajectory(db, trajectory_id, "actieplan"), ".xlsx")
    return write_file(data, _target(directory) / name)


# --- the command line -----------------------------------------------------------------------------------


def _run(args: argparse.Namespace, build: Callable[[DbSession], tuple[bytes, str]]) -> int:
    from facilitation import db

    try:
        with db.transaction(db.engine_for(config.database_url())) as session:
            data, name = build(session)
    except DocumentError as exc:
        print(f"Fout: {exc}", file=sys.stderr)
        return 2
    path = write_file(data, args.out if args.out else exports_dir() / name)
    print(f"Geschreven: {path}")
    return 0


def _cmd_minutes(args: argparse.Namespace) -> int:
    from facilitation.minutes import build_minutes

    def build(db: DbSession):
        meeting = find_session(db, args.session)
        return (build_minutes(db, session_id=meeting.id),
                safe_filename(_stem_session(db, meeting.id, "verslag"), ".docx"))

    return _run(args, build)


def _cmd_contributions(args: argparse.Namespace) -> int:
    def build(db: DbSession):
        meeting = find_session(db, args.session)
        return (contributions_csv(db, session_id=meeting.id),
                safe_filename(_stem_session(db, meeting.id, "bijdragen"), ".csv"))

    return _run(args, build)


def _cmd_college_note(args: argparse.Namespace) -> int:
    from facilitation.college_note import build_college_note

    def build(db: DbSession):
        return (build_college_note(db, trajectory_id=args.trajectory),
                safe_filename(_stem_trajectory(db, args.trajectory, "nota college kinderarmoede"), ".docx"))

    return _run(args, build)


def _cmd_feedback(args: argparse.Namespace) -> int:
    from facilitation.college_note import build_feedback_page

    def build(db: DbSession):
        return (build_feedback_page(db, trajectory_id=args.trajectory),
                safe_filename(_stem_trajectory(db, args.trajectory, "terugkoppeling ouders"), ".docx"))

    return _run(args, build)


def _cmd_actieplan(args: argparse.Namespace) -> int:
    def build(db: DbSession):
        return (actieplan_xlsx(db, trajectory_id=args.trajectory),
                safe_filename(_stem_trajectory(db, args.trajectory, "actieplan"), ".xlsx"))

    return _run(args, build)


def add_export_commands(subparsers) -> argparse.ArgumentParser:
    """Register `export minutes|college-note|actieplan|contributions|feedback` on the subparsers
    object of the `samenspraak` command (argparse's add_subparsers())."""
    export = subparsers.add_parser("export", help="verslagen, nota, actieplan en bijdragen exporteren")
    commands = export.add_subparsers(dest="export_command", required=True)
    for name, help_text, target, func, suffix in (
        ("minutes", "verslag van een sessie (Word)", "session", _cmd_minutes, ".docx"),
        ("college-note", "nota aan het college (Word)", "trajectory", _cmd_college_note, ".docx"),
        ("actieplan", "actieplan (Excel)", "trajectory", _cmd_actieplan, ".xlsx"),
        ("contributions", "zichtbare bijdragen van een sessie, anoniem (CSV)", "session", _cmd_contributions, ".csv"),
        ("feedback", "terugkoppeling voor de ouders, één pagina (Word)", "trajectory", _cmd_feedback, ".docx"),
    ):
        command = commands.add_parser(name, help=help_text)
        if target == "session":
            command.add_argument("--session", required=True, metavar="CODE",
                                 help="de deelnamecode van de sessie (of haar nummer)")
        else:
            command.add_argument("--trajectory", required=True, type=int, metavar="ID", help="het nummer van het traject")
        command.add_argument("--out", type=Path, metavar=f"FILE{suffix}",
                             help=f"waar het bestand komt (standaard: {config.EXPORTS_DIR.name}/<naam>{suffix})")
        command.set_defaults(func=func)
    return export
