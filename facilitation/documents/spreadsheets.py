"""The spreadsheets: the action plan to Excel and a session's visible contributions to CSV.

Both are anonymous: no token, no participant, no self-declared group; only what may be projected
(never a hidden, waiting or merged-away answer). Text stays as typed. Two guards only: characters
XML cannot hold are dropped, and a CSV cell that Excel would run as a formula (starting with
= + - @, a tab or a carriage return) gets a leading apostrophe, as OWASP advises for CSV files
opened in a spreadsheet. In the .xlsx file such text is stored as plain text.
"""

from __future__ import annotations

import csv
import datetime as dt
import io

from sqlalchemy.orm import Session as DbSession

from facilitation import contribution, goal, question
from facilitation.documents.common import NO_DOMAIN, indicator_text, trajectory_domains, trajectory_or_error
from facilitation.documents.writer import DocumentError, clean
from facilitation.models import Channel, Session

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

    trajectory = trajectory_or_error(db, trajectory_id)
    rows = goal.action_plan(db, trajectory_id=trajectory_id)
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
                  row.start_on, row.end_on, row.means, row.expected_result, goal.STATUS_LABELS[row.status],
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
    cat = question.catalogue_for(db, trajectory_id=meeting.trajectory_id)
    domains = {d_id: d.name for d_id, d in trajectory_domains(db, meeting.trajectory_id).items()}
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow(CSV_HEADER)
    for exercise in sorted(meeting.exercises, key=lambda e: e.position):
        template = cat.exercises.get(exercise.exercise_key)
        asked = template.question.nl if template else exercise.exercise_key
        visible = {c.id: c for c in contribution.visible_contributions(db, session_exercise_id=exercise.id)}
        for answer in contribution.shown_answers(db, session_exercise_id=exercise.id):
            row = visible.get(answer.id)
            if row is None:
                continue
            writer.writerow([
                _csv_cell(asked), _csv_cell(answer.text), _csv_cell("; ".join(answer.elements)),
                _csv_cell(domains.get(row.domain_id, "")), CHANNEL_LABELS[row.channel],
            ])
    return buffer.getvalue().encode("utf-8-sig")
