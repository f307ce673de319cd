"""The omgevingsanalyse: context indicators typed in or imported (all or nothing), the inventory."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from openpyxl import Workbook

from facilitation import omgevingsanalyse as oa

EXAMPLE = Path(__file__).parent / "data" / "omgevingsanalyse.csv"
HEADER = ["Indicator", "Jaar", "Eenheid", "Gemeente", "Arrondissement", "Provincie", "Vlaams Gewest"]


def xlsx(rows: list[list[object]], *, title_rows: list[list[object]] = ()) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    for row in [*title_rows, *rows]:
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def csv_bytes(lines: list[str], *, bom: bool = False, encoding: str = "utf-8") -> bytes:
    data = ("\n".join(lines) + "\n").encode(encoding)
    return (b"\xef\xbb\xbf" if bom else b"") + data


def stored(read, trajectory_id) -> list[tuple]:
    with read() as s:
        return [(i.name, i.year, i.unit, i.value_gemeente, i.value_arrondissement, i.value_provincie,
                 i.value_vlaams_gewest) for i in oa.indicators(s, trajectory_id=trajectory_id)]


def do_import(write, trajectory_id, content: bytes, filename: str = "cijfers.csv") -> oa.ImportResult:
    with write() as s:
        return oa.import_indicators(s, trajectory_id=trajectory_id, content=content, filename=filename)


# --- by hand -----------------------------------------------------------------------------------------


def test_an_indicator_is_added_edited_and_deleted_by_hand(write, read, trajectory_id):
    with write() as s:
        added = oa.add_indicator(s, trajectory_id=trajectory_id, name=" Eenoudergezinnen ", year=2023, unit="%",
                                 gemeente="9,1", arrondissement=8.4, provincie="8,7", vlaams_gewest="9.5")
    assert stored(read, trajectory_id) == [("Eenoudergezinnen", 2023, "%", 9.1, 8.4, 8.7, 9.5)]
    with write() as s:
        oa.update_indicator(s, indicator_id=added.id, name="Eenoudergezinnen met kinderen", year="2024", unit="%",
                            gemeente="10,2", vlaams_gewest="9,6")
    assert stored(read, trajectory_id) == [("Eenoudergezinnen met kinderen", 2024, "%", 10.2, None, None, 9.6)]
    with write() as s:
        oa.delete_indicator(s, indicator_id=added.id)
    assert stored(read, trajectory_id) == []


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"name": "  ", "gemeente": 1}, "^Indicator: geef de indicator een naam.$"),
        ({"name": "Groene druk", "gemeente": "abc"}, "^Gemeente: 'abc' is geen getal.$"),
        ({"name": "Groene druk", "year": "20x3", "gemeente": 1}, "^Jaar: '20x3' is geen jaartal"),
        ({"name": "Groene druk"}, "^Vul minstens één cijfer in"),
        ({"name": "Groene druk", "unit": "x" * 41, "gemeente": 1}, "^Eenheid: te lang"),
    ],
)
def test_a_wrong_indicator_gets_a_dutch_message_naming_the_field(write, read, trajectory_id, fields, message):
    with pytest.raises(oa.OmgevingsanalyseError, match=message), write() as s:
        oa.add_indicator(s, trajectory_id=trajectory_id, **fields)
    assert stored(read, trajectory_id) == []


def test_the_same_indicator_and_year_is_not_typed_in_twice(write, read, trajectory_id):
    with write() as s:
        oa.add_indicator(s, trajectory_id=trajectory_id, name="Groene druk", year=2023, gemeente=34.1)
        other = oa.add_indicator(s, trajectory_id=trajectory_id, name="Groene druk", year=2024, gemeente=34.5)
    with pytest.raises(oa.OmgevingsanalyseError, match="bestaat al"), write() as s:
        oa.add_indicator(s, trajectory_id=trajectory_id, name="groene  DRUK", year=2023, gemeente=1)
    with pytest.raises(oa.OmgevingsanalyseError, match="bestaat al"), write() as s:
        oa.update_indicator(s, indicator_id=other.id, name="Groene druk", year=2023, gemeente=1)
    assert [(name, year) for name, year, *_ in stored(read, trajectory_id)] == [("Groene druk", 2023),
                                                                               ("Groene druk", 2024)]


@pytest.mark.parametrize(
    ("typed", "value"),
    [("9,1", 9.1), ("1.234,5", 1234.5), ("12.480", 12480.0), ("0.125", 0.125), ("1 234", 1234.0), ("12%", 12.0),
     ("-3,5", -3.5), ("\u22123,5", -3.5), ("", None), ("-", None), ("n.b.", None), (7, 7.0), ("1,234.5", 1234.5),
     ("1.234.567", 1234567.0), ("1,234,567", 1234567.0), (".5", 0.5)],
)
def test_figures_are_read_as_people_in_flanders_write_them(typed, value):
    assert oa.parse_number(typed) == value


@pytest.mark.parametrize("typed", ["abc", "nan", "inf", "1,2,3x", "9,1,", "1.2.3", "12,34,5", "1.234.5,6"])
def test_what_is_not_a_figure_is_refused(typed):
    with pytest.raises(ValueError, match="is geen getal"):
        oa.parse_number(typed)


def test_the_levels_of_an_indicator_are_what_its_chart_compares(write, trajectory_id):
    with write() as s:
        indicator = oa.add_indicator(s, trajectory_id=trajectory_id, name="Leefloners", gemeente=3.6,
                                     provincie=3.1, vlaams_gewest=3.3)
        assert oa.levels(indicator) == [("Gemeente", 3.6), ("Provincie", 3.1), ("Vlaams Gewest", 3.3)]


# --- import ------------------------------------------------------------------------------------------


def test_the_example_file_is_imported_with_bom_semicolons_decimal_comma_and_thousands(write, read, trajectory_id):
    result = do_import(write, trajectory_id, EXAMPLE.read_bytes(), "omgevingsanalyse.csv")
    assert (result.added, result.updated) == (8, 0)
    rows = {name: rest for name, *rest in stored(read, trajectory_id)}
    assert len(rows) == 8
    assert rows["Bevolking"] == [2024, "aantal", 12480.0, None, None, None]
    assert rows["Eenoudergezinnen met kinderen"] == [2023, "%", 9.8, 8.4, 8.7, 9.5]
    assert rows["Leefloners met gezinslast"][1] == "per 1.000 inwoners"
    with read() as s:
        assert {i.source for i in oa.indicators(s, trajectory_id=trajectory_id)} == {"Bestand omgevingsanalyse.csv"}


def test_a_wrong_row_names_its_row_and_column_and_nothing_is_imported(write, read, trajectory_id):
    content = csv_bytes([
        "indicator;jaar;eenheid;gemeente;arrondissement;provincie;Vlaams Gewest",
        "Groene druk;2024;%;34,1;32,7;33,0;32,9",
        "Eenoudergezinnen;2023;%;9,8;8,4;8,7;9,5",
        "Leefloners;2023;‰;abc;2,9;3,1;3,3",
        "Jonge werklozen;twintig;%;7,2;6,1;6,5;7,0",
    ])
    with pytest.raises(oa.ImportProblem) as caught, write() as s:
        oa.import_indicators(s, trajectory_id=trajectory_id, content=content, filename="cijfers.csv")
    problem = caught.value
    assert problem.problems == [
        "Rij 4, kolom 'gemeente': 'abc' is geen getal",
        "Rij 5, kolom 'jaar': 'twintig' is geen jaartal (bijvoorbeeld 2023)",
    ]
    assert problem.headline.startswith("Niets geïmporteerd: 2 fouten in het bestand.")
    assert "Rij 4, kolom 'gemeente': 'abc' is geen getal" in str(problem)
    assert stored(read, trajectory_id) == []  # not the two good rows either


def test_an_excel_file_is_imported_like_a_csv(write, read, trajectory_id):
    content = xlsx([HEADER, ["Groene druk", 2024, "%", 34.1, 32.7, 33, 32.9],
                    ["Eenoudergezinnen", 2023.0, "%", "9,8", "8,4", None, "9,5"]],
                   title_rows=[["Bron: Provincies in Cijfers"], []])
    result = do_import(write, trajectory_id, content, "cijfers.xlsx")
    assert (result.added, result.updated) == (2, 0)
    assert stored(read, trajectory_id) == [("Eenoudergezinnen", 2023, "%", 9.8, 8.4, None, 9.5),
                                           ("Groene druk", 2024, "%", 34.1, 32.7, 33.0, 32.9)]


def test_a_wrong_cell_in_an_excel_file_names_its_row_and_nothing_is_imported(write, read, trajectory_id):
    content = xlsx([HEADER, ["Groene druk", 2024, "%", 34.1, 32.7, 33, 32.9],
                    ["Eenoudergezinnen", 2023, "%", 9.8, "veel", 8.7, 9.5]])
    with pytest.raises(oa.ImportProblem) as caught, write() as s:
        oa.import_indicators(s, trajectory_id=trajectory_id, content=content, filename="cijfers.xlsx")
    assert caught.value.problems == ["Rij 3, kolom 'Arrondissement': 'veel' is geen getal"]
    assert stored(read, trajectory_id) == []


def test_a_second_import_of_the_same_indicator_and_year_updates_it(write, read, trajectory_id):
    do_import(write, trajectory_id, EXAMPLE.read_bytes())
    changed = csv_bytes([
        "INDICATOR;Jaar;Gemeente;Vlaams Gewest",  # no eenheid, arrondissement, provincie: those stay
        "groene druk;2024;35,0;33,0",
        "Groene druk;2025;35,5;33,1",
    ])
    result = do_import(write, trajectory_id, changed, "nieuw.csv")
    assert (result.added, result.updated) == (1, 1)
    rows = [row for row in stored(read, trajectory_id) if row[0].lower() == "groene druk"]
    assert rows == [("groene druk", 2024, "%", 35.0, 32.7, 33.0, 33.0), ("Groene druk", 2025, None, 35.5, None, None, 33.1)]
    assert len(stored(read, trajectory_id)) == 9


def test_headers_are_read_without_case_accents_or_separator_and_named_after_the_areas(write, read, trajectory_id):
    content = csv_bytes([
        '"Naam","Jaartal","Maateenheid","Géél","Arr. Turnhout","Provincie Antwerpen","Vlaanderen","Opmerking"',
        '"Groene druk","2024","%","34.1","32.7","33.0","32.9","niets"',
    ])
    result = do_import(write, trajectory_id, content)
    assert result.ignored_columns == ("Opmerking",)
    assert stored(read, trajectory_id) == [("Groene druk", 2024, "%", 34.1, 32.7, 33.0, 32.9)]


def test_a_file_without_bom_in_windows_encoding_is_read(write, read, trajectory_id):
    content = csv_bytes(["Indicator;Jaar;Gemeente", "Geboorten in kansarme gezinnen – Kind en Gezin;2023;15,1"],
                        encoding="cp1252")
    do_import(write, trajectory_id, content)
    assert stored(read, trajectory_id)[0][0] == "Geboorten in kansarme gezinnen – Kind en Gezin"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (csv_bytes(["onderwerpen;waarde", "x;1"]), "^Geen kolom 'indicator' gevonden"),
        (csv_bytes(["indicator;jaar;provincie", "x;2023;1"]), "^Het bestand heeft geen kolom 'gemeente'"),
        (csv_bytes(["indicator;gemeente;Geel", "x;1;2"]), "betekenen allebei 'gemeente'"),
        (csv_bytes(["indicator;jaar;gemeente"]), "^Het bestand bevat geen rijen met cijfers.$"),
        (b"\xd0\xcf\x11\xe0" + b"\0" * 100, "oud Excel-bestand"),
        (b"PK\x03\x04 not really a workbook", "kan niet gelezen worden"),
    ],
)
def test_a_file_that_cannot_be_read_gets_a_dutch_message(write, read, trajectory_id, content, message):
    with pytest.raises(oa.ImportProblem, match=message), write() as s:
        oa.import_indicators(s, trajectory_id=trajectory_id, content=content)
    assert stored(read, trajectory_id) == []


def test_rows_without_figures_or_twice_in_one_file_are_wrong_rows(write, trajectory_id):
    content = csv_bytes([
        "indicator;jaar;gemeente;provincie",
        "Groene druk;2024;34,1;33",
        ";;;",  # an empty line is skipped
        "Groene druk;2024;35;33",
        "Bevolking;2024;;-",
        ";2024;5;5",
    ])
    with pytest.raises(oa.ImportProblem) as caught, write() as s:
        oa.import_indicators(s, trajectory_id=trajectory_id, content=content)
    assert caught.value.problems == [
        "Rij 4: 'Groene druk' voor 2024 staat al in rij 2",
        "Rij 5: geen enkel cijfer (gemeente, arrondissement, provincie of Vlaams Gewest)",
        "Rij 6, kolom 'indicator': geef de indicator een naam",
    ]


def test_many_wrong_rows_are_listed_up_to_a_limit(write, trajectory_id):
    content = csv_bytes(["indicator;gemeente", *[f"x{n};fout" for n in range(30)]])
    with pytest.raises(oa.ImportProblem) as caught, write() as s:
        oa.import_indicators(s, trajectory_id=trajectory_id, content=content)
    assert len(caught.value.problems) == oa.MAX_PROBLEMS + 1
    assert caught.value.problems[-1] == "... en nog 10 andere fouten"
    assert caught.value.headline.startswith("Niets geïmporteerd: 30 fouten")


# --- inventory ---------------------------------------------------------------------------------------


def test_the_inventory_is_kept_per_domain_and_can_be_edited_and_deleted(write, read, trajectory_id):
    with write() as s:
        uitpas = oa.add_inventory_item(s, trajectory_id=trajectory_id, domain="Onderwijs en vrije tijd",
                                       what="UiTPAS met kansentarief", partners="Vrijetijdsdienst").id
        oa.add_inventory_item(s, trajectory_id=trajectory_id, domain="Buurtwerk", what="Buurtrestaurant")
        oa.add_inventory_item(s, trajectory_id=trajectory_id, domain="wonen", what="Sociaal verhuurkantoor",
                              note="wachtlijst van 2 jaar")
        oa.add_inventory_item(s, trajectory_id=trajectory_id, domain=" WONEN ", what="Energiescan")

    def grouped():
        with read() as s:
            return [(d, [(i.what, i.partners, i.note) for i in items])
                    for d, items in oa.inventory(s, trajectory_id=trajectory_id)]

    # The roadmap's domains first, in their order, then the others; one spelling per domain.
    assert grouped() == [
        ("Onderwijs en vrije tijd", [("UiTPAS met kansentarief", "Vrijetijdsdienst", None)]),
        ("wonen", [("Sociaal verhuurkantoor", None, "wachtlijst van 2 jaar"), ("Energiescan", None, None)]),
        ("Buurtwerk", [("Buurtrestaurant", None, None)]),
    ]
    with write() as s:
        oa.update_inventory_item(s, item_id=uitpas, domain="Buurtwerk", what="UiTPAS", partners="", note="sinds 2022")
    assert grouped()[0] == ("wonen", [("Sociaal verhuurkantoor", None, "wachtlijst van 2 jaar"),
                                      ("Energiescan", None, None)])
    assert grouped()[1] == ("Buurtwerk", [("UiTPAS", None, "sinds 2022"), ("Buurtrestaurant", None, None)])
    with write() as s:
        oa.delete_inventory_item(s, item_id=uitpas)
    assert [d for d, _ in grouped()] == ["wonen", "Buurtwerk"]
    with read() as s:
        suggestions = oa.domain_suggestions(s, trajectory_id=trajectory_id)
    assert suggestions[:5] == ["Onderwijs en vrije tijd", "Inkomen en gezondheid", "Communicatie en netwerkvorming",
                               "Kinderopvang en opvoeding", "Wonen"]
    assert "Buurtwerk" in suggestions and "wonen" not in suggestions


@pytest.mark.parametrize(
    ("domain", "what", "message"),
    [(" ", "Iets", "^Kies of typ een domein.$"), ("Wonen", "  ", "^Beschrijf de actie"),
     ("x" * 161, "Iets", "te lang")],
)
def test_an_inventory_item_needs_a_domain_and_a_description(write, read, trajectory_id, domain, what, message):
    with pytest.raises(oa.OmgevingsanalyseError, match=message), write() as s:
        oa.add_inventory_item(s, trajectory_id=trajectory_id, domain=domain, what=what)
    with read() as s:
        assert oa.inventory(s, trajectory_id=trajectory_id) == []


def test_the_summary_counts_indicators_and_inventory(write, read, trajectory_id):
    do_import(write, trajectory_id, EXAMPLE.read_bytes())
    with write() as s:
        oa.add_inventory_item(s, trajectory_id=trajectory_id, domain="Wonen", what="Sociaal verhuurkantoor")
    with read() as s:
        summary = oa.summary(s, trajectory_id=trajectory_id)
    assert (summary.indicators, summary.first_year, summary.last_year) == (8, 2023, 2024)
    assert summary.above_vlaams_gewest == [
        "Eenoudergezinnen met kinderen", "Geboorten in kansarme gezinnen (Kind en Gezin-index)", "Groene druk",
        "Jonge werklozen (18-24 jaar)", "Jongeren 0-17 jaar", "Leefloners met gezinslast", "Verhoogde tegemoetkoming"]
    assert (summary.inventory_items, summary.inventory_domains) == (1, 1)


def test_in_a_comma_separated_file_a_dot_is_the_decimal_sign(write, read, trajectory_id):
    do_import(write, trajectory_id, csv_bytes(["indicator,jaar,gemeente", "Groene druk,2024,34.125", 'Bevolking,2024,"12.480"']))
    assert [(name, gemeente) for name, _y, _u, gemeente, *_ in stored(read, trajectory_id)] == [
        ("Bevolking", 12.48), ("Groene druk", 34.125)]
    assert oa.parse_number("12.480") == 12480.0  # typed by hand in Flanders: twelve thousand


def test_the_row_number_is_the_spreadsheets_even_below_title_rows(write, read, trajectory_id):
    content = xlsx([HEADER, ["Groene druk", 2024, "%", 34.1, 32.7, 33, 32.9], ["Bevolking", 2024, "aantal", "?"]],
                   title_rows=[["Groene druk en bevolking"], ["Bron: Statistiek Vlaanderen"], []])
    with pytest.raises(oa.ImportProblem) as caught, write() as s:
        oa.import_indicators(s, trajectory_id=trajectory_id, content=content)
    assert caught.value.problems == ["Rij 6, kolom 'Gemeente': '?' is geen getal"]
    assert stored(read, trajectory_id) == []


@pytest.mark.parametrize(
    ("heading", "gemeente", "column"),
    [("Testdorp", "Gemeente Testdorp", "gemeente"), ("Gemeente Testdorp", "Testdorp", "gemeente"),
     ("Stad Geel", "Geel", "gemeente"), ("GEMEENTE", "", "gemeente"), ("Arr. Turnhout", "", "arrondissement"),
     ("Provincie Antwerpen", "", "provincie"), ("Vlaams Gewest (totaal)", "", "vlaams_gewest"),
     ("Jaartal", "", "jaar"), ("Maateenheid", "", "eenheid"), ("Opmerking", "", None), ("Mol", "Geel", None)],
)
def test_a_heading_means_a_column_whatever_the_export_calls_it(heading, gemeente, column):
    assert oa.column_of(heading, gemeente) == column
