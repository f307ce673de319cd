"""The preparation screens in AppTest: the stuurgroep (/stuurgroep), the omgevingsanalyse
(/omgevingsanalyse) and editing the trajectory (/traject). A file upload is driven through
AppTest's file_uploader, the way a browser sends it."""

from __future__ import annotations

from pathlib import Path

from facilitation import omgevingsanalyse as oa
from facilitation import trajectory
from facilitation.models import MemberRole, ParticipationMode
from tests.test_live_pages import app, texts

EXAMPLE = Path(__file__).parent / "data" / "omgevingsanalyse.csv"


def seats(read, trajectory_id):
    with read() as s:
        return [(m.role, m.organisation, m.sector, m.count) for m in trajectory.members(s, trajectory_id=trajectory_id)]


def plain(markdown: str) -> str:
    """Markdown as a reader sees it: md_escape's backslashes removed."""
    return markdown.replace("\\", "")


def button(at, label):
    return next(b for b in at.button if b.label == label)


# --- stuurgroep ----------------------------------------------------------------------------------


def test_a_coordinator_adds_a_partner_with_its_sector_and_sees_it(database_url, read, trajectory_id):
    at = app("pages/stuurgroep.py", staff=True, traject=str(trajectory_id))
    assert not at.exception
    assert "Nog geen leden" in texts(at)
    assert "Er is nog geen voorzitter" in texts(at)
    at.selectbox(key="new-role").set_value(MemberRole.PARTNER)
    at.text_input(key="new-organisation").input("CAW De Kempen")
    at.selectbox(key="new-sector").set_value("welzijn")
    at.number_input(key="new-count").set_value(2)
    button(at, "Lid toevoegen").click().run()
    assert not at.exception
    assert seats(read, trajectory_id) == [(MemberRole.PARTNER, "CAW De Kempen", "welzijn", 2)]
    page = plain(texts(at))
    assert "**Partnerorganisatie** · CAW De Kempen" in page
    assert "2 personen · sector welzijn" in page
    assert at.text_input(key="new-organisation").value == ""  # the form is ready for the next member


def test_a_member_without_a_role_gets_a_dutch_message_and_nothing_is_stored(database_url, read, trajectory_id):
    at = app("pages/stuurgroep.py", staff=True, traject=str(trajectory_id))
    at.text_input(key="new-organisation").input("CAW")
    button(at, "Lid toevoegen").click().run()
    assert not at.exception
    assert [plain(e.value) for e in at.error] == ["Kies een rol."]
    assert seats(read, trajectory_id) == []
    assert at.selectbox(key="new-role").placeholder == "Kies een rol"


def test_a_member_is_edited_and_removed(database_url, write, read, trajectory_id):
    with write() as s:
        schepen = trajectory.add_member(s, trajectory_id=trajectory_id, role=MemberRole.SCHEPEN,
                                        organisation="Schepen van jeugd").id
        caw = trajectory.add_member(s, trajectory_id=trajectory_id, role=MemberRole.PARTNER, organisation="CAW").id
    at = app("pages/stuurgroep.py", staff=True, traject=str(trajectory_id))
    at.text_input(key=f"{schepen}-organisation").input("Schepen van jeugd en onderwijs")
    at.number_input(key=f"{schepen}-count").set_value(2)
    at.button(key=f"save-{schepen}").click().run()
    assert not at.exception
    assert seats(read, trajectory_id)[0] == (MemberRole.SCHEPEN, "Schepen van jeugd en onderwijs", None, 2)
    at.button(key=f"remove-{caw}").click().run()
    assert not at.exception
    assert seats(read, trajectory_id) == [(MemberRole.SCHEPEN, "Schepen van jeugd en onderwijs", None, 2)]
    assert "CAW" not in texts(at)


def test_parents_are_a_count_on_the_page_never_a_name(database_url, read, trajectory_id):
    at = app("pages/stuurgroep.py", staff=True, traject=str(trajectory_id))
    assert MemberRole.OUDER not in at.selectbox(key="new-role").options  # not a member with a name
    at.number_input(key="parents").set_value(4)
    at.button(key="save-parents").click().run()
    assert not at.exception
    assert seats(read, trajectory_id) == [(MemberRole.OUDER, None, None, 4)]
    assert "nog geen ouders" not in texts(at)


def test_the_participation_mode_can_be_changed_later(database_url, read, trajectory_id):
    at = app("pages/stuurgroep.py", staff=True, traject=str(trajectory_id))
    at.radio(key="mode").set_value(ParticipationMode.INDIRECT).run()
    assert not at.exception
    with read() as s:
        assert trajectory.get_trajectory(s, trajectory_id=trajectory_id).participation_mode is ParticipationMode.INDIRECT


def test_an_unknown_trajectory_gets_the_dutch_warning(database_url):
    at = app("pages/stuurgroep.py", staff=True, traject="999999")
    assert not at.exception
    assert [w.value for w in at.warning] == ["Dit traject bestaat niet (meer). Kies een traject uit de lijst."]


# --- omgevingsanalyse --------------------------------------------------------------------------------


def stored(read, trajectory_id):
    with read() as s:
        return [(i.name, i.year, i.value_gemeente, i.value_vlaams_gewest)
                for i in oa.indicators(s, trajectory_id=trajectory_id)]


def upload(at, name: str, content: bytes):
    at.file_uploader[0].set_value((name, content, "text/csv"))
    return at.button(key="import").click().run()


def test_the_example_file_is_uploaded_and_each_indicator_gets_a_chart(database_url, read, trajectory_id):
    at = app("pages/omgevingsanalyse.py", staff=True, traject=str(trajectory_id))
    assert not at.exception
    assert "Nog geen indicatoren" in texts(at)
    upload(at, "omgevingsanalyse.csv", EXAMPLE.read_bytes())
    assert not at.exception
    assert [plain(s.value) for s in at.success] == ["Geïmporteerd: omgevingsanalyse.csv: 8 nieuw, 0 bijgewerkt"]
    assert len(stored(read, trajectory_id)) == 8
    assert len(at.get("plotly_chart")) == 8
    table = at.dataframe[0].value
    assert list(table.columns)[:4] == ["Indicator", "Jaar", "Eenheid", "Geel"]
    assert table.loc[table["Indicator"] == "Bevolking", "Geel"].item() == "12.480"  # as Flemish people write it
    assert table.loc[table["Indicator"] == "Bevolking", "Provincie"].item() == ""  # not "None"
    # The same file again: updated, not doubled.
    upload(at, "omgevingsanalyse.csv", EXAMPLE.read_bytes())
    assert [plain(s.value) for s in at.success] == ["Geïmporteerd: omgevingsanalyse.csv: 0 nieuw, 8 bijgewerkt"]
    assert len(stored(read, trajectory_id)) == 8


def test_a_file_with_a_wrong_row_shows_row_and_column_and_imports_nothing(database_url, read, trajectory_id):
    content = b"indicator;jaar;gemeente\nGroene druk;2024;34,1\nLeefloners;2023;**abc**\n"
    at = app("pages/omgevingsanalyse.py", staff=True, traject=str(trajectory_id))
    upload(at, "fout.csv", content)
    assert not at.exception
    assert plain(at.error[0].value).startswith("Niets geïmporteerd: 1 fout in het bestand")
    assert [t.value for t in at.text] == ["Rij 3, kolom 'gemeente': '**abc**' is geen getal"]  # as text
    assert stored(read, trajectory_id) == []


def test_an_excel_file_is_uploaded_through_the_page(database_url, read, trajectory_id):
    from tests.test_omgevingsanalyse import HEADER, xlsx

    at = app("pages/omgevingsanalyse.py", staff=True, traject=str(trajectory_id))
    upload(at, "cijfers.xlsx", xlsx([HEADER, ["Groene druk", 2024, "%", 34.1, 32.7, 33, 32.9]]))
    assert not at.exception
    assert stored(read, trajectory_id) == [("Groene druk", 2024, 34.1, 32.9)]


def test_importeren_without_a_file_asks_for_one(database_url, trajectory_id):
    at = app("pages/omgevingsanalyse.py", staff=True, traject=str(trajectory_id))
    at.button(key="import").click().run()
    assert [plain(e.value) for e in at.error] == ["Kies eerst een bestand (CSV of Excel)."]


def test_an_indicator_is_typed_in_with_a_decimal_comma_edited_and_deleted(database_url, read, trajectory_id):
    at = app("pages/omgevingsanalyse.py", staff=True, traject=str(trajectory_id))
    at.text_input(key="new-name").input("Eenoudergezinnen")
    at.number_input(key="new-year").set_value(2023)
    at.text_input(key="new-gemeente").input("9,8")
    at.text_input(key="new-vlaams_gewest").input("9,5")
    button(at, "Indicator toevoegen").click().run()
    assert not at.exception
    assert stored(read, trajectory_id) == [("Eenoudergezinnen", 2023, 9.8, 9.5)]
    assert len(at.get("plotly_chart")) == 1
    with read() as s:
        (indicator,) = oa.indicators(s, trajectory_id=trajectory_id)
    assert at.text_input(key=f"i{indicator.id}-gemeente").value == "9,8"
    at.text_input(key=f"i{indicator.id}-gemeente").input("10,1")
    at.button(key=f"save-indicator-{indicator.id}").click().run()
    assert stored(read, trajectory_id) == [("Eenoudergezinnen", 2023, 10.1, 9.5)]
    at.button(key=f"delete-indicator-{indicator.id}").click().run()
    assert not at.exception
    assert stored(read, trajectory_id) == []


def test_a_wrong_figure_typed_in_gets_a_dutch_message(database_url, read, trajectory_id):
    at = app("pages/omgevingsanalyse.py", staff=True, traject=str(trajectory_id))
    at.text_input(key="new-name").input("Eenoudergezinnen")
    at.text_input(key="new-gemeente").input("veel")
    button(at, "Indicator toevoegen").click().run()
    assert [plain(e.value) for e in at.error] == ["Gemeente: 'veel' is geen getal."]
    assert stored(read, trajectory_id) == []


def test_the_inventory_is_added_shown_by_domain_edited_and_deleted(database_url, read, trajectory_id):
    at = app("pages/omgevingsanalyse.py", staff=True, traject=str(trajectory_id))
    assert "Nog niets in de inventaris" in texts(at)
    assert at.selectbox(key="inv-new-domain").options[:2] == ["Onderwijs en vrije tijd", "Inkomen en gezondheid"]
    at.selectbox(key="inv-new-domain").set_value("Wonen")
    at.text_area(key="inv-new-what").input("Sociaal verhuurkantoor")
    at.text_input(key="inv-new-partners").input("Woonmaatschappij, OCMW")
    button(at, "Toevoegen").click().run()
    assert not at.exception
    assert [s.value for s in at.subheader if s.value == "Wonen"] == ["Wonen"]
    assert "Sociaal verhuurkantoor" in [t.value for t in at.text]
    assert "Partners: Woonmaatschappij, OCMW" in [t.value for t in at.text]
    with read() as s:
        ((_domain, (item,)),) = oa.inventory(s, trajectory_id=trajectory_id)
    at.text_area(key=f"inv{item.id}-what").input("Sociaal verhuurkantoor en huurpremie")
    at.button(key=f"save-item-{item.id}").click().run()
    with read() as s:
        assert oa.inventory(s, trajectory_id=trajectory_id)[0][1][0].what == "Sociaal verhuurkantoor en huurpremie"
    at.button(key=f"delete-item-{item.id}").click().run()
    assert not at.exception
    with read() as s:
        assert oa.inventory(s, trajectory_id=trajectory_id) == []


# --- the trajectory page -----------------------------------------------------------------------------

EDIT_TRAJECTORY = "FormSubmitter:edit-trajectory-Bewaren"


def test_the_trajectory_is_renamed_and_its_period_and_participation_changed(database_url, read, trajectory_id):
    at = app("pages/traject.py", staff=True, traject=str(trajectory_id))
    assert not at.exception
    at.text_input(key="edit-gemeente").input("Geel-Centrum")
    at.number_input(key="edit-start").set_value(2026)
    at.number_input(key="edit-end").set_value(2031)
    at.radio(key="edit-mode").set_value(ParticipationMode.INDIRECT)
    at.button(key=EDIT_TRAJECTORY).click().run()
    assert not at.exception
    assert at.error == []
    assert [plain(t.value) for t in at.title] == ["📅 Geel-Centrum"]
    assert "Beleidsperiode 2026-2031 · Onrechtstreeks: een apart oudertraject" in [c.value for c in at.caption]
    with read() as s:
        stored_t = trajectory.get_trajectory(s, trajectory_id=trajectory_id)
        assert (stored_t.gemeente, stored_t.period_start, stored_t.period_end, stored_t.participation_mode) == (
            "Geel-Centrum", 2026, 2031, ParticipationMode.INDIRECT)


def test_a_wrong_period_gets_a_dutch_message_and_changes_nothing(database_url, read, trajectory_id):
    at = app("pages/traject.py", staff=True, traject=str(trajectory_id))
    at.number_input(key="edit-start").set_value(2031)
    at.button(key=EDIT_TRAJECTORY).click().run()
    assert not at.exception
    assert [plain(e.value) for e in at.error] == ["Het eindjaar van de beleidsperiode ligt vóór het beginjaar."]
    with read() as s:
        assert trajectory.get_trajectory(s, trajectory_id=trajectory_id).period_start == 2025


def test_the_trajectory_page_leads_to_every_preparation_page_and_sums_them_up(database_url, write, trajectory_id):
    with write() as s:
        trajectory.add_member(s, trajectory_id=trajectory_id, role=MemberRole.PARTNER, organisation="CAW",
                              sector="welzijn")
        trajectory.set_parent_count(s, trajectory_id=trajectory_id, count=3)
        oa.import_indicators(s, trajectory_id=trajectory_id, content=EXAMPLE.read_bytes())
        oa.add_inventory_item(s, trajectory_id=trajectory_id, domain="Wonen", what="Sociaal verhuurkantoor")
    at = app("pages/traject.py", staff=True, traject=str(trajectory_id))
    assert not at.exception
    links = {link.label: link.proto.page for link in at.get("page_link")}
    assert {label: links.get(label) for label in ("Trajecten", "Stuurgroep", "Omgevingsanalyse", "Eigen vragen",
                                                    "Indicatoren en evaluatie")} == {
        "Trajecten": "trajecten", "Stuurgroep": "stuurgroep", "Omgevingsanalyse": "omgevingsanalyse",
        "Eigen vragen": "vragen", "Indicatoren en evaluatie": "evaluatie"}  # their url paths
    captions = [plain(c.value) for c in at.caption]
    assert "4 personen, van wie 3 ouders (alleen een aantal)" in captions
    assert "8 indicatoren (2023-2024) · 1 bestaande actie in 1 domein" in captions
    assert any(c.startswith("Hoger dan in het Vlaams Gewest: Eenoudergezinnen met kinderen") for c in captions)
    assert any("Er is nog geen voorzitter" in c for c in captions)
    table = at.table[0].value
    assert [plain(o) for o in table["Organisatie"]] == ["CAW (welzijn)", ""]  # Markdown cells, escaped
