"""Omgevingsanalyse (roadmap step 2): context indicators of the gemeente beside the arrondissement,
the provincie and the Vlaams Gewest, typed in or imported from a file, and the inventory of the
actions and partners that already exist, per domain.

An import reads a CSV or XLSX file in the shape of the Flemish statistics exports (columns
indicator, jaar, eenheid, gemeente, arrondissement, provincie, Vlaams Gewest). It is all or
nothing: every row is checked before anything is written, and a wrong row gets a Dutch message
with its row number (as a spreadsheet numbers it) and its column. A second import of the same
indicator and year updates the figures instead of adding them again.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from facilitation import text as typed
from facilitation.exercises import catalogue
from facilitation.models import ContextIndicator, DomainSet, InventoryItem, Trajectory

NAME_MAX = 200
UNIT_MAX = 40
SOURCE_MAX = 200
DOMAIN_MAX = 160
TEXT_MAX = 2000
MAX_FILE_BYTES = 5_000_000
MAX_ROWS = 5000
MAX_PROBLEMS = 20
HEADER_SEARCH_ROWS = 15

# The four levels an indicator compares, in the order of the charts, with their labels.
LEVELS = {
    "gemeente": "Gemeente",
    "arrondissement": "Arrondissement",
    "provincie": "Provincie",
    "vlaams_gewest": "Vlaams Gewest",
}
COLUMNS = ("indicator", "jaar", "eenheid", *LEVELS, "bron")
EXPECTED = "indicator, jaar, eenheid, gemeente, arrondissement, provincie, Vlaams Gewest"

# Normalised headers (lower case, no accents, words split by single spaces) and what they mean.
_SYNONYMS = {
    "indicator": {"indicator", "indicatoren", "indicatornaam", "naam indicator", "naam", "onderwerp",
                  "omschrijving", "variabele", "kenmerk"},
    "jaar": {"jaar", "jaartal", "year", "periode", "referentiejaar"},
    "eenheid": {"eenheid", "eenheden", "unit", "maateenheid", "meeteenheid"},
    "gemeente": {"gemeente", "waarde gemeente", "gemeentelijk", "lokaal"},
    "arrondissement": {"arrondissement", "arr", "waarde arrondissement"},
    "provincie": {"provincie", "prov", "waarde provincie"},
    "vlaams_gewest": {"vlaams gewest", "vlaanderen", "vlaams", "gewest", "waarde vlaams gewest"},
    "bron": {"bron", "bronnen", "source"},
}
# A Flemish export often names its columns after the area: "Arr. Turnhout", "Provincie Antwerpen".
_PREFIXES = {
    "arrondissement": ("arrondissement ", "arr "),
    "provincie": ("provincie ", "prov "),
    "vlaams_gewest": ("vlaams gewest ",),
    "gemeente": ("gemeente ", "stad "),
}
_MISSING = {"", "-", "\u2013", "\u2014", ".", "..", "n.b.", "nb", "n.v.t.", "nvt"}
_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)")
_DOT_THOUSANDS = re.compile(r"[+-]?[1-9]\d{0,2}(\.\d{3})+")
_YEAR = re.compile(r"\d{4}")


class OmgevingsanalyseError(ValueError):
    """A request about the omgevingsanalyse that cannot be carried out; the message is for the user."""


class ImportProblem(OmgevingsanalyseError):
    """A file that is not imported: a headline and, for wrong rows, one line per problem."""

    def __init__(self, headline: str, problems: Sequence[str] = ()) -> None:
        self.headline = headline
        self.problems = list(problems)
        super().__init__("\n".join([headline, *self.problems]))


@dataclass(frozen=True)
class ImportResult:
    added: int
    updated: int
    ignored_columns: tuple[str, ...] = ()

    def __str__(self) -> str:
        text = f"{self.added} nieuw, {self.updated} bijgewerkt"
        if self.ignored_columns:
            text += " (niet gebruikt: " + ", ".join(self.ignored_columns) + ")"
        return text


@dataclass(frozen=True)
class IndicatorRow:
    """One checked row of an import file."""

    row: int
    name: str
    year: int | None
    values: dict[str, float | None]  # only the columns the file has
    unit: str | None = None
    source: str | None = None
    has: frozenset[str] = frozenset()  # which of the optional columns eenheid and bron the file has


@dataclass(frozen=True)
class Summary:
    """The omgevingsanalyse in one look, for the trajectory's page."""

    indicators: int
    first_year: int | None
    last_year: int | None
    above_vlaams_gewest: list[str]  # indicators whose latest figure is higher in the gemeente
    inventory_items: int
    inventory_domains: int


# --- values ----------------------------------------------------------------------------------------


def _one_line(value: object) -> str:
    return " ".join(("" if value is None else str(value)).split())


def parse_number(value: object, *, dot_thousands: bool = True) -> float | None:
    """A figure as people and exports write it: "9,1", "1.234,5", "1 234", "12%", 9.1; empty, "-"
    or "n.b." is no figure. In Flemish writing "12.345" is twelve thousand: dot_thousands=False
    reads it as a decimal point instead (a comma-separated file). Raises ValueError with the
    reason (without a row or column)."""
    if value is None:
        return None
    if isinstance(value, bool):
        raise ValueError(f"'{value}' is geen getal")
    if isinstance(value, int | float):
        if value != value or value in (float("inf"), float("-inf")):
            raise ValueError(f"'{value}' is geen getal")
        return float(value)
    text = str(value).strip()
    if text.lower() in _MISSING:
        return None
    number = re.sub(r"[\s\u00a0\u202f]", "", text).replace("\u2212", "-").removesuffix("%")
    if "," in number and "." in number:  # the last one is the decimal sign
        thousands, decimal = (".", ",") if number.rfind(",") > number.rfind(".") else (",", ".")
    elif number.count(",") == 1:
        thousands, decimal = None, ","
    elif number.count(",") > 1:
        thousands, decimal = ",", None
    elif number.count(".") > 1 or (dot_thousands and _DOT_THOUSANDS.fullmatch(number)):
        thousands, decimal = ".", None
    else:
        thousands, decimal = None, "."
    whole = number.split(decimal)[0] if decimal else number
    if thousands and not re.fullmatch(rf"[+-]?\d{{1,3}}(\{thousands}\d{{3}})+", whole):
        raise ValueError(f"'{_shorten(text)}' is geen getal")
    number = number.replace(thousands or " ", "").replace(decimal or " ", ".")
    if not _NUMBER.fullmatch(number):
        raise ValueError(f"'{_shorten(text)}' is geen getal")
    return float(number)


def format_number(value: float | None) -> str:
    """A figure as Flemish people write it, "12.480" and "9,1", read back by parse_number."""
    if value is None:
        return ""
    return f"{value:,.6f}".rstrip("0").rstrip(".").translate(str.maketrans({",": ".", ".": ","}))


def parse_year(value: object) -> int | None:
    if value is None or (isinstance(value, str) and value.strip().lower() in _MISSING):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    if isinstance(value, bool) or not _YEAR.fullmatch(text) or not 1900 <= int(text) <= 2100:
        raise ValueError(f"'{_shorten(text)}' is geen jaartal (bijvoorbeeld 2023)")
    return int(text)


def _shorten(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _stored(value: object, field: str = "de tekst") -> str:
    """Typed or imported text on one line, refused (ValueError) if it holds what cannot be stored."""
    return typed.clean(value, field=field, max_length=None, one_line=True, error=ValueError)


def _name(value: object) -> str:
    name = _stored(value)
    if not name:
        raise ValueError("geef de indicator een naam")
    if len(name) > NAME_MAX:
        raise ValueError(f"de naam is te lang (hoogstens {NAME_MAX} tekens)")
    return name


def _optional_text(value: object, limit: int) -> str | None:
    stored = _stored(value)
    if len(stored) > limit:
        raise ValueError(f"te lang (hoogstens {limit} tekens)")
    return stored or None


def _checked(
    *, name: str, year: object, unit: object, source: object, values: dict[str, object]
) -> tuple[str, int | None, str | None, str | None, dict[str, float | None]]:
    """The fields of a typed indicator, checked, with a message naming the field."""
    checks = [("Indicator", "name", name, _name), ("Jaar", "year", year, parse_year),
              ("Eenheid", "unit", unit, lambda v: _optional_text(v, UNIT_MAX)),
              ("Bron", "source", source, lambda v: _optional_text(v, SOURCE_MAX))]
    checks += [(LEVELS[level], level, values.get(level), parse_number) for level in LEVELS]
    clean: dict[str, object] = {}
    for label, key, value, check in checks:
        try:
            clean[key] = check(value)
        except ValueError as exc:
            raise OmgevingsanalyseError(f"{label}: {exc}.") from None
    figures = {level: clean[level] for level in LEVELS}
    if all(v is None for v in figures.values()):
        raise OmgevingsanalyseError("Vul minstens één cijfer in: gemeente, arrondissement, provincie of Vlaams Gewest.")
    return clean["name"], clean["year"], clean["unit"], clean["source"], figures


def _key(name: str, year: int | None) -> tuple[str, int | None]:
    return name.casefold(), year


def _describe(name: str, year: int | None) -> str:
    return f"'{name}' voor {year}" if year is not None else f"'{name}' zonder jaar"


# --- context indicators ------------------------------------------------------------------------------


def _trajectory(session: DbSession, trajectory_id: int) -> Trajectory:
    trajectory = session.get(Trajectory, trajectory_id)
    if trajectory is None:
        raise OmgevingsanalyseError("Dit traject bestaat niet (meer).")
    return trajectory


def _indicator(session: DbSession, indicator_id: int) -> ContextIndicator:
    indicator = session.get(ContextIndicator, indicator_id)
    if indicator is None:
        raise OmgevingsanalyseError("Deze indicator bestaat niet (meer).")
    return indicator


def _same_indicator(
    session: DbSession, trajectory_id: int, name: str, year: int | None, *, other_than: int | None = None
) -> ContextIndicator | None:
    return next((i for i in indicators(session, trajectory_id=trajectory_id)
                 if _key(i.name, i.year) == _key(name, year) and i.id != other_than), None)


def _set_values(indicator: ContextIndicator, values: dict[str, float | None]) -> None:
    for level, value in values.items():
        setattr(indicator, f"value_{level}", value)


def add_indicator(
    session: DbSession,
    *,
    trajectory_id: int,
    name: str,
    year: int | str | None = None,
    unit: str | None = None,
    gemeente: float | str | None = None,
    arrondissement: float | str | None = None,
    provincie: float | str | None = None,
    vlaams_gewest: float | str | None = None,
    source: str | None = None,
) -> ContextIndicator:
    """An indicator typed by hand; figures may be numbers or text as typed ("9,1")."""
    _trajectory(session, trajectory_id)
    indicator = ContextIndicator(trajectory_id=trajectory_id)
    _store(session, indicator, name=name, year=year, unit=unit, source=source,
           values={"gemeente": gemeente, "arrondissement": arrondissement, "provincie": provincie,
                   "vlaams_gewest": vlaams_gewest})
    session.add(indicator)
    session.flush()
    return indicator


def update_indicator(
    session: DbSession,
    *,
    indicator_id: int,
    name: str,
    year: int | str | None = None,
    unit: str | None = None,
    gemeente: float | str | None = None,
    arrondissement: float | str | None = None,
    provincie: float | str | None = None,
    vlaams_gewest: float | str | None = None,
    source: str | None = None,
) -> ContextIndicator:
    indicator = _indicator(session, indicator_id)
    _store(session, indicator, name=name, year=year, unit=unit, source=source,
           values={"gemeente": gemeente, "arrondissement": arrondissement, "provincie": provincie,
                   "vlaams_gewest": vlaams_gewest})
    session.flush()
    return indicator


def _store(session: DbSession, indicator: ContextIndicator, *, name: str, year: object, unit: object,
           source: object, values: dict[str, object]) -> None:
    """Check what was typed and put it in the indicator; the same name and year is there only once."""
    name, year, unit, source, figures = _checked(name=name, year=year, unit=unit, source=source, values=values)
    if _same_indicator(session, indicator.trajectory_id, name, year, other_than=indicator.id) is not None:
        raise OmgevingsanalyseError(f"De indicator {_describe(name, year)} bestaat al: pas die aan.")
    indicator.name, indicator.year, indicator.unit, indicator.source = name, year, unit, source
    _set_values(indicator, figures)


def delete_indicator(session: DbSession, *, indicator_id: int) -> None:
    session.delete(_indicator(session, indicator_id))
    session.flush()


def indicators(session: DbSession, *, trajectory_id: int) -> list[ContextIndicator]:
    """The trajectory's indicators by name, then year (oldest first)."""
    rows = session.scalars(select(ContextIndicator).where(ContextIndicator.trajectory_id == trajectory_id)).all()
    return sorted(rows, key=lambda i: (i.name.casefold(), i.year is not None, i.year or 0, i.id))


def levels(indicator: ContextIndicator) -> list[tuple[str, float]]:
    """The figures of one indicator that are known, gemeente first: what its chart compares."""
    return [(label, value) for level, label in LEVELS.items()
            if (value := getattr(indicator, f"value_{level}")) is not None]


def table_rows(indicators: list[ContextIndicator], *, gemeente: str, with_source: bool = False) -> list[dict[str, str]]:
    """The indicators as a table: figures as Flemish people write them, an empty cell where a level
    has no figure."""
    rows = []
    for i in indicators:
        row = {"Indicator": i.name, "Jaar": str(i.year or ""), "Eenheid": i.unit or ""}
        row |= {gemeente if level == "gemeente" else label: format_number(getattr(i, f"value_{level}"))
                for level, label in LEVELS.items()}
        if with_source:
            row["Bron"] = i.source or ""
        rows.append(row)
    return rows


# --- import ------------------------------------------------------------------------------------------


def _normalise(header: object) -> str:
    text = unicodedata.normalize("NFKD", _one_line(header)).encode("ascii", "ignore").decode()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text.lower()).split())


def column_of(header: object, gemeente: str = "") -> str | None:
    """What a column heading means (indicator, jaar, eenheid, gemeente, arrondissement, provincie,
    vlaams_gewest, bron), case and accents aside; a heading that is the gemeente's own name is the
    gemeente's column. None for a column this import does not use."""
    key = _normalise(header)
    if not key:
        return None
    for column, names in _SYNONYMS.items():
        if key in names:
            return column
    if gemeente and key in _own_names(gemeente):
        return "gemeente"
    for column, prefixes in _PREFIXES.items():
        if key.startswith(prefixes):
            return column
    return None


def _own_names(gemeente: str) -> set[str]:
    """The headings that name this gemeente: "Gemeente Testdorp" is also "Testdorp"."""
    name = _normalise(gemeente)
    return {name, name.removeprefix("gemeente "), name.removeprefix("stad ")}


def _find_header(rows: list[list[object]], gemeente: str) -> int | None:
    """The index of the heading row: the first of the first rows that names an indicator column."""
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        if "indicator" in [column_of(cell, gemeente) for cell in row]:
            return index
    return None


def _decode(content: bytes) -> str:
    if content.startswith((b"\xff\xfe", b"\xfe\xff")):
        return content.decode("utf-16")
    try:
        return content.decode("utf-8-sig")
    except UnicodeDecodeError:
        return content.decode("cp1252", errors="replace")  # a CSV saved by Excel on Windows


def _csv_rows(content: bytes, gemeente: str) -> tuple[list[list[object]], str]:
    """The cells of a CSV file and its separator: ";" (Excel in Flanders), a tab or ",", whichever
    gives a heading row."""
    text = _decode(content)
    tables = {d: list(csv.reader(io.StringIO(text, newline=""), delimiter=d)) for d in (";", "\t", ",")}
    return next(((rows, d) for d, rows in tables.items() if _find_header(rows, gemeente) is not None),
                (tables[";"], ";"))


def _xlsx_rows(content: bytes, gemeente: str) -> list[list[object]]:
    """The cells of the first worksheet that has a heading row (values, not formulas)."""
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    except Exception as exc:  # a damaged or foreign file: openpyxl raises many kinds
        raise ImportProblem("Dit Excel-bestand kan niet gelezen worden. Bewaar het opnieuw als .xlsx of .csv.") from exc
    try:
        sheets = []
        for sheet in workbook.worksheets:
            sheet.reset_dimensions()  # some exporters write a wrong size; read what is there, from row 1
            sheets.append([list(row) for row in sheet.iter_rows(min_row=1, min_col=1, values_only=True)])
    finally:
        workbook.close()
    return next((rows for rows in sheets if _find_header(rows, gemeente) is not None), sheets[0] if sheets else [])


def read_table(content: bytes, *, gemeente: str = "") -> tuple[list[list[object]], bool]:
    """The rows of a CSV or XLSX file (told apart by their content, not their name), and whether a
    dot in its numbers separates thousands (everywhere but in a comma-separated file)."""
    if len(content) > MAX_FILE_BYTES:
        raise ImportProblem(f"Het bestand is te groot (hoogstens {MAX_FILE_BYTES // 1_000_000} MB).")
    if content.startswith(b"PK\x03\x04"):
        return _xlsx_rows(content, gemeente), True
    if content.startswith(b"\xd0\xcf\x11\xe0"):
        raise ImportProblem("Dit is een oud Excel-bestand (.xls). Bewaar het als .xlsx of .csv en probeer opnieuw.")
    rows, separator = _csv_rows(content, gemeente)
    return rows, separator != ","


def parse_indicators(content: bytes, *, gemeente: str = "") -> tuple[list[IndicatorRow], tuple[str, ...]]:
    """The checked rows of a file and the headings of the columns not used. Raises ImportProblem
    with every wrong row ("Rij 4, kolom 'gemeente': 'abc' is geen getal"), up to MAX_PROBLEMS."""
    rows, dot_thousands = read_table(content, gemeente=gemeente)
    header_index = _find_header(rows, gemeente)
    if header_index is None:
        raise ImportProblem(f"Geen kolom 'indicator' gevonden. Verwachte kolommen: {EXPECTED}.")
    header = rows[header_index]
    columns: dict[str, int] = {}
    ignored: list[str] = []
    for position, heading in enumerate(header):
        column = column_of(heading, gemeente)
        if column is None:
            if _one_line(heading):
                ignored.append(_one_line(heading))
        elif column in columns:
            raise ImportProblem(f"Rij {header_index + 1}: de kolommen '{_one_line(header[columns[column]])}' en "
                                f"'{_one_line(heading)}' betekenen allebei '{column.replace('_', ' ')}'.")
        else:
            columns[column] = position
    if "gemeente" not in columns:
        raise ImportProblem(f"Het bestand heeft geen kolom 'gemeente'. Verwachte kolommen: {EXPECTED}.")

    checks = {"indicator": _name, "jaar": parse_year, "eenheid": lambda v: _optional_text(v, UNIT_MAX),
              "bron": lambda v: _optional_text(v, SOURCE_MAX)}
    checks |= dict.fromkeys(LEVELS, lambda v: parse_number(v, dot_thousands=dot_thousands))
    problems: list[str] = []
    parsed: list[IndicatorRow] = []
    seen: dict[tuple[str, int | None], int] = {}
    data_rows = [(n, row) for n, row in enumerate(rows[header_index + 1:], start=header_index + 2)
                 if any(_one_line(cell) for cell in row)]
    if len(data_rows) > MAX_ROWS:
        raise ImportProblem(f"Het bestand heeft te veel rijen (hoogstens {MAX_ROWS}).")
    for number, row in data_rows:
        clean: dict[str, object] = {}
        wrong = False
        for column, position in columns.items():
            cell = row[position] if position < len(row) else None
            try:
                clean[column] = checks[column](cell)
            except ValueError as exc:
                problems.append(f"Rij {number}, kolom '{_one_line(header[position])}': {exc}")
                wrong = True
        if wrong:
            continue
        values = {level: clean[level] for level in LEVELS if level in clean}
        if all(v is None for v in values.values()):
            problems.append(f"Rij {number}: geen enkel cijfer (gemeente, arrondissement, provincie of Vlaams Gewest)")
            continue
        key = _key(clean["indicator"], clean.get("jaar"))
        if key in seen:
            problems.append(f"Rij {number}: {_describe(clean['indicator'], clean.get('jaar'))} "
                            f"staat al in rij {seen[key]}")
            continue
        seen[key] = number
        parsed.append(IndicatorRow(row=number, name=clean["indicator"], year=clean.get("jaar"), values=values,
                                   unit=clean.get("eenheid"), source=clean.get("bron"),
                                   has=frozenset(c for c in ("eenheid", "bron") if c in columns)))
    if problems:
        shown = problems[:MAX_PROBLEMS]
        if len(problems) > MAX_PROBLEMS:
            shown.append(f"... en nog {len(problems) - MAX_PROBLEMS} andere fouten")
        raise ImportProblem(f"Niets geïmporteerd: {_count(len(problems), 'fout', 'fouten')} in het bestand. "
                            "Verbeter het bestand en importeer het opnieuw.", shown)
    if not parsed:
        raise ImportProblem("Het bestand bevat geen rijen met cijfers.")
    return parsed, tuple(ignored)


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def import_indicators(
    session: DbSession, *, trajectory_id: int, content: bytes, filename: str = ""
) -> ImportResult:
    """Import a file's indicators, all or nothing: a wrong row raises ImportProblem before
    anything is written. An indicator with the same name and year is updated (only in the
    columns the file has). Without a 'bron' column, the file's name is the source."""
    trajectory = _trajectory(session, trajectory_id)
    rows, ignored = parse_indicators(content, gemeente=trajectory.gemeente)
    existing = {_key(i.name, i.year): i for i in indicators(session, trajectory_id=trajectory_id)}
    filename = _one_line(filename) if typed.is_storable(_one_line(filename)) else ""
    default_source = _shorten(f"Bestand {filename}", SOURCE_MAX) if filename else None
    added = updated = 0
    for row in rows:
        indicator = existing.get(_key(row.name, row.year))
        if indicator is None:
            indicator = ContextIndicator(trajectory_id=trajectory_id, year=row.year)
            session.add(indicator)
            added += 1
        else:
            updated += 1
        indicator.name = row.name
        if "eenheid" in row.has or indicator.id is None:
            indicator.unit = row.unit
        indicator.source = row.source if "bron" in row.has else default_source
        _set_values(indicator, row.values)
    session.flush()
    return ImportResult(added=added, updated=updated, ignored_columns=ignored)


# --- the inventory of existing actions and partners -------------------------------------------------------


def _item(session: DbSession, item_id: int) -> InventoryItem:
    item = session.get(InventoryItem, item_id)
    if item is None:
        raise OmgevingsanalyseError("Dit onderdeel van de inventaris bestaat niet (meer).")
    return item


def _checked_item(
    session: DbSession, trajectory_id: int, domain: str, what: str, partners: str | None, note: str | None
) -> tuple[str, str, str | None, str | None]:
    domain = typed.clean(domain, field="de naam van het domein", max_length=None, one_line=True,
                        error=OmgevingsanalyseError)
    if not domain:
        raise OmgevingsanalyseError("Kies of typ een domein.")
    if len(domain) > DOMAIN_MAX:
        raise OmgevingsanalyseError(f"De naam van het domein is te lang (hoogstens {DOMAIN_MAX} tekens).")
    # One spelling per domain: "wonen" joins an existing "Wonen".
    known = {d.casefold(): d for d in _used_domains(session, trajectory_id)}
    domain = known.get(domain.casefold(), domain)
    checked = []
    for label, value in (("De beschrijving", what), ("De partners", partners), ("De opmerking", note)):
        value = typed.clean(value, field=label, max_length=None, error=OmgevingsanalyseError)
        if len(value) > TEXT_MAX:
            raise OmgevingsanalyseError(f"{label} is te lang (hoogstens {TEXT_MAX} tekens).")
        checked.append(value or None)
    if checked[0] is None:
        raise OmgevingsanalyseError("Beschrijf de actie of de dienstverlening.")
    return domain, checked[0], checked[1], checked[2]


def add_inventory_item(
    session: DbSession,
    *,
    trajectory_id: int,
    domain: str,
    what: str,
    partners: str | None = None,
    note: str | None = None,
) -> InventoryItem:
    """An action or service that already exists in the gemeente, with its partners, in a domain."""
    _trajectory(session, trajectory_id)
    domain, what, partners, note = _checked_item(session, trajectory_id, domain, what, partners, note)
    item = InventoryItem(trajectory_id=trajectory_id, domain=domain, what=what, partners=partners, note=note)
    session.add(item)
    session.flush()
    return item


def update_inventory_item(
    session: DbSession,
    *,
    item_id: int,
    domain: str,
    what: str,
    partners: str | None = None,
    note: str | None = None,
) -> InventoryItem:
    item = _item(session, item_id)
    item.domain, item.what, item.partners, item.note = _checked_item(
        session, item.trajectory_id, domain, what, partners, note
    )
    session.flush()
    return item


def delete_inventory_item(session: DbSession, *, item_id: int) -> None:
    session.delete(_item(session, item_id))
    session.flush()


def _used_domains(session: DbSession, trajectory_id: int) -> list[str]:
    return list(session.scalars(
        select(InventoryItem.domain).where(InventoryItem.trajectory_id == trajectory_id)
        .group_by(InventoryItem.domain).order_by(InventoryItem.domain)
    ))


def domain_suggestions(session: DbSession, *, trajectory_id: int) -> list[str]:
    """The domain names to choose from: the roadmap's domains, the trajectory's own domain lists and
    the domains the inventory already uses (any other may be typed)."""
    shipped = catalogue().domain_sets.get("roadmap")
    names = [d.name.nl for d in shipped.domains] if shipped else []
    for domain_set in session.scalars(select(DomainSet).where(DomainSet.trajectory_id == trajectory_id)):
        names += [d.name for d in domain_set.domains]
    names += _used_domains(session, trajectory_id)
    return _unique(names)


def _unique(names: Iterable[str]) -> list[str]:
    seen: dict[str, str] = {}
    for name in names:
        seen.setdefault(name.casefold(), name)
    return list(seen.values())


def inventory(session: DbSession, *, trajectory_id: int) -> list[tuple[str, list[InventoryItem]]]:
    """The inventory grouped by domain: the suggested domains in their order, then the others."""
    items = session.scalars(
        select(InventoryItem).where(InventoryItem.trajectory_id == trajectory_id).order_by(InventoryItem.id)
    ).all()
    order = {name.casefold(): n for n, name in enumerate(domain_suggestions(session, trajectory_id=trajectory_id))}
    groups: dict[str, list[InventoryItem]] = {}
    for item in items:
        groups.setdefault(item.domain, []).append(item)
    return sorted(groups.items(), key=lambda g: (order.get(g[0].casefold(), len(order)), g[0].casefold()))


def summary(session: DbSession, *, trajectory_id: int) -> Summary:
    found = indicators(session, trajectory_id=trajectory_id)
    years = [i.year for i in found if i.year is not None]
    latest: dict[str, ContextIndicator] = {}
    for indicator in found:  # oldest first: the last one of a name is its latest
        latest[indicator.name.casefold()] = indicator
    above = [i.name for i in latest.values()
             if i.value_gemeente is not None and i.value_vlaams_gewest is not None
             and i.value_gemeente > i.value_vlaams_gewest]
    groups = inventory(session, trajectory_id=trajectory_id)
    return Summary(
        indicators=len(found), first_year=min(years, default=None), last_year=max(years, default=None),
        above_vlaams_gewest=above, inventory_items=sum(len(items) for _, items in groups),
        inventory_domains=len(groups),
    )
