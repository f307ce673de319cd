"""The documents the coordinator carries to the college and back to the parents: the minutes of a
session, the note to the college, the easy-read feedback page (Word), the action plan (Excel) and
a session's contributions (CSV). Every document is read back as a reader would: the sections,
tables and pictures are there; nothing hidden, no token and no self-declared group of fewer than
three people ever is; text stays exactly as typed; a municipality's own template is used.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import openpyxl
import pytest
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml.ns import qn
from docx.shared import Pt
from docx.text.paragraph import Paragraph
from sqlalchemy import select

from facilitation import (
    anonymity,
    attendance,
    config,
    contribution,
    db,
    demo,
    evaluation,
    domain,
    goal,
    participant,
    qr,
    question,
    trajectory,
    vision,
    vote,
)
from facilitation import session as meetings
from facilitation.documents import college_note, common, feedback, files, minutes, progress, spreadsheets, writer
from facilitation.models import (
    ActionStatus,
    Domain,
    DomainSet,
    IndicatorKind,
    MemberRole,
    ParticipantGroup,
    ParticipationMode,
    Session,
    SessionExercise,
    Trajectory,
    VisionVersion,
)

HIDDEN = "Dit gaat over mijn buurvrouw Marleen"
SHIPPED_TEMPLATE = config.PROJECT_ROOT / "exports" / "templates" / "samenspraak.docx"
GROUP_WORDS = re.compile(r"professional|zeg ik liever niet|zeg_ik_liever_niet|\bbeleid \(gemeente\)", re.I)


# --- reading documents back ---------------------------------------------------------------------------


def _document(data: bytes) -> docx.document.Document:
    return docx.Document(io.BytesIO(data))


def _texts(document) -> list[str]:
    """Every paragraph of the body and of every table cell, in order."""
    return [Paragraph(p, document).text for p in document.element.body.iter(qn("w:p"))]


def _text(document) -> str:
    return "\n".join(_texts(document))


def _package_xml(data: bytes) -> str:
    """Every XML part of the package (body, footers, properties, ...), to search for what must
    never be anywhere in the file."""
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return "\n".join(package.read(n).decode("utf-8") for n in package.namelist() if n.endswith((".xml", ".rels")))


def _headings(document, level: int | None = None) -> list[str]:
    names = {f"Heading {level}"} if level else {f"Heading {n}" for n in (1, 2, 3)}
    return [p.text for p in document.paragraphs if p.style is not None and p.style.name in names]


def _images(data: bytes) -> list[bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return [package.read(n) for n in package.namelist() if n.startswith("word/media/")]


def _table_with(document, header_cell: str):
    for table in document.tables:
        if header_cell in [c.text for c in table.rows[0].cells]:
            return [[c.text for c in row.cells] for row in table.rows]
    raise AssertionError(f"no table with a column {header_cell!r}")


def _section_texts(document, heading: str) -> list[str]:
    """The paragraphs after a Heading 1, up to the next Heading 1."""
    out, inside = [], False
    for paragraph in document.paragraphs:
        if paragraph.style.name == "Heading 1":
            if inside:
                break
            inside = paragraph.text == heading
            continue
        if inside:
            out.append(paragraph.text)
    return out


def _csv_rows(data: bytes) -> list[dict[str, str]]:
    assert data.startswith(b"\xef\xbb\xbf"), "UTF-8 with a BOM, so Excel reads the accents right"
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))


# --- the demo ---------------------------------------------------------------------------------------------


def _demo(read) -> tuple[int, dict[str, int]]:
    """The demo trajectory and its sessions by template: stuurgroep_1..3, focusgroep_vrije_tijd."""
    with read() as s:
        trajectory = demo.find_demo(s)
        sessions = {m.template_id: m.id for m in s.scalars(select(Session).where(Session.trajectory_id == trajectory.id))}
    return trajectory.id, sessions


def _exercise(read, session_id: int, key: str) -> int:
    with read() as s:
        return s.scalar(select(SessionExercise.id).where(SessionExercise.session_id == session_id,
                                                         SessionExercise.exercise_key == key))


def _minutes(read, session_id: int, **kwargs) -> bytes:
    with read() as s:
        return minutes.build_minutes(s, session_id=session_id, **kwargs)


@pytest.fixture
def ids(demo_engine, read) -> tuple[int, dict[str, int]]:
    return _demo(read)


# --- the minutes ----------------------------------------------------------------------------------------


def test_the_minutes_of_stuurgroep_2_have_every_section(read, ids):
    _, sessions = ids
    data = _minutes(read, sessions["stuurgroep_2"])
    document = _document(data)
    text = _text(document)
    assert document.paragraphs[0].style.name == "Title" and document.paragraphs[0].text == "Verslag"
    for fact in ("Gemeente: Demogemeente", "Soort bijeenkomst: Stuurgroep 2", "Begeleider: demo",
                 "Aanwezig: 4 ouders"):
        assert fact in text
    assert re.search(r"Datum: \d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|"
                     r"november|december) \d{4}", text)
    assert _headings(document, 1) == ["Aanwezigen", "Agenda", "1. Casus: een verhaal dat het verschil maakte",
                                      "2. Droom: de perfecte thuishaven", "Beslissingen", "Volgende stappen"]
    agenda = _section_texts(document, "Agenda")
    assert agenda == ["Casus: een verhaal dat het verschil maakte", "Droom: de perfecte thuishaven"]
    # The stuurgroep by role, parents as a count without an organisation.
    members = _table_with(document, "Rol")
    assert ["Ouder", "", "4"] in members
    assert any(r[0] == "Partnerorganisatie" and r[1].startswith("Huis van het Kind") and r[2] == "1" for r in members)
    # Every question, every visible answer with its essential elements.
    assert "Vraag: Denk aan een voorbeeld waarin de situatie van je eigen gezin" in text
    for answer, elements, *_ in demo.CASUS[:4] + demo.DROOM:
        assert answer in text
        assert all(element in text for element in elements)
    assert "4 antwoorden." in _section_texts(document, "1. Casus: een verhaal dat het verschil maakte")
    # A word cloud per question; the next session is named.
    assert len(_images(data)) == 2
    assert all(image.startswith(b"\x89PNG") for image in _images(data))
    assert "Volgende bijeenkomst: Focusgroep vrije tijd" in text
    assert "In deze bijeenkomst werden geen prioritaire domeinen gekozen." in text


def test_the_minutes_have_a_table_of_contents_and_page_numbers(read, ids):
    _, sessions = ids
    data = _minutes(read, sessions["stuurgroep_3"])
    xml = _package_xml(data)
    assert re.search(r"<w:instrText[^>]*> TOC \\o &quot;1-2&quot;", xml) or ' TOC \\o "1-2"' in xml
    document = _document(data)
    footer = document.sections[0].footer
    assert not footer.is_linked_to_previous
    assert footer.paragraphs[0].text == "Pagina 1 van 1"  # the shown values of the PAGE and NUMPAGES fields
    instructions = [t.text.strip() for t in footer._element.iter(qn("w:instrText"))]
    assert instructions == ["PAGE", "NUMPAGES"]
    # The table of contents lists the chapters before Word fills in the page numbers.
    toc = [p.text for p in document.paragraphs if p.style.name in ("TOC 1", "TOC 2")]
    assert toc[:2] == ["Aanwezigen", "Agenda"] and "Beslissingen" in toc and "Volgende stappen" in toc
    assert 'w:updateFields w:val="true"' in xml


def test_the_minutes_group_the_answers_by_domain_with_the_ungrouped_last(write, read, ids):
    _, sessions = ids
    question = _exercise(read, sessions["stuurgroep_3"], "ouders_erbij_horen")
    with write() as s:
        contribution.add_contribution(s, session_exercise_id=question, text="Nog niet ingedeeld antwoord")
    document = _document(_minutes(read, sessions["stuurgroep_3"]))
    section = _section_texts(document, "1. Wat hebben ouders nodig?")
    groups = [p.text for p in document.paragraphs if p.style.name == "Heading 3"]
    assert groups[:5] == ["Inkomen en gezondheid (1)", "Communicatie en netwerkvorming (1)",
                          "Kinderopvang en opvoeding (1)", "Wonen (1)", "Nog niet in een domein (1)"]
    assert section.index("Een dak boven je hoofd dat je kunt betalen") < section.index("Nog niet ingedeeld antwoord")


def test_the_minutes_show_the_vote_as_a_table_and_a_chart(read, ids):
    _, sessions = ids
    data = _minutes(read, sessions["stuurgroep_3"])
    document = _document(data)
    table = _table_with(document, "Stippen")
    # Parents beside the others: both groups cast at least three ballots in the demo.
    assert table == [
        ["Plaats", "Domein", "Stippen", "Ouders", "Anderen"],
        ["1", "Onderwijs en vrije tijd", "8", "4", "4"],
        ["2", "Inkomen en gezondheid", "7", "3", "4"],
        ["3", "Wonen", "4", "2", "2"],
        ["4", "Communicatie en netwerkvorming", "1", "0", "1"],
        ["4", "Kinderopvang en opvoeding", "1", "0", "1"],
    ]
    text = _text(document)
    assert "7 stemmen (telefoon en papier); de stemming is afgesloten." in text
    # Word clouds of the two questions and the vote chart.
    assert len(_images(data)) == 3
    decisions = _section_texts(document, "Beslissingen")
    assert "Onderwijs en vrije tijd (structureel/proactief)" in decisions
    assert "Inkomen en gezondheid (milderend)" in decisions
    grouping = _table_with(document, "Antwoorden")
    assert ["Wonen", "2"] in grouping


def test_a_vote_with_fewer_than_three_parents_is_not_split(write, read, ids):
    trajectory_id, sessions = ids
    exercise = _exercise(read, sessions["stuurgroep_3"], "prioriteiten_stemming")
    with write() as s:
        domains = domain.domain_sets(s, trajectory_id=trajectory_id)[0].domains
        again = vote.open_round(s, session_exercise_id=exercise, domain_set_id=domains[0].domain_set_id)
        for n, group in enumerate([ParticipantGroup.OUDER] * 2 + [ParticipantGroup.BELEID] * 4):
            vote.cast_ballot(s, vote_round_id=again.id, dots={domains[n % 3].id: 1},
                             device_token=anonymity.new_device_token(), participant_group=group)
        vote.close_round(s, vote_round_id=again.id)
    document = _document(_minutes(read, sessions["stuurgroep_3"]))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 3" and "Stemronde" in p.text]
    assert headings == ["Stemronde 1: 3 stippen per persoon (beslissende stemming)", "Stemronde 2: 3 stippen per persoon"]
    second = [t for t in document.tables if t.rows[0].cells[0].text == "Plaats"][1]
    assert [c.text for c in second.rows[0].cells] == ["Plaats", "Domein", "Stippen"]
    assert vote.SPLIT_NOTE in _text(document)


@pytest.mark.parametrize("ballots", [1, 2])
def test_a_stuurgroep_vote_of_one_or_two_ballots_shows_no_figure_in_the_minutes(write, read, ids, ballots):
    trajectory_id, sessions = ids
    exercise = _exercise(read, sessions["stuurgroep_3"], "prioriteiten_stemming")
    with write() as s:
        domains = domain.domain_sets(s, trajectory_id=trajectory_id)[0].domains
        again = vote.open_round(s, session_exercise_id=exercise, domain_set_id=domains[0].domain_set_id)
        vote.cast_ballot(s, vote_round_id=again.id, dots={domains[4].id: 2}, device_token=None)  # paper
        if ballots == 2:
            vote.cast_ballot(s, vote_round_id=again.id, dots={domains[3].id: 1},
                             device_token=anonymity.new_device_token())
        vote.close_round(s, vote_round_id=again.id)
    data = _minutes(read, sessions["stuurgroep_3"])
    document = _document(data)
    votes = [t for t in document.tables if t.rows[0].cells[0].text == "Plaats"]
    assert len(votes) == 1  # the first (deciding) round's table only
    text = _text(document)
    stem = "1 stem" if ballots == 1 else "2 stemmen"
    assert f"{stem} (telefoon en papier); de stemming is afgesloten.\n{minutes.TOO_FEW_BALLOTS}" in text
    assert vote.SPLIT_NOTE not in text
    assert len(_images(data)) == 3  # the two word clouds and the first round's chart, none for the second


def test_an_open_vote_with_hidden_results_shows_no_figures(write, read, ids):
    trajectory_id, sessions = ids
    exercise = _exercise(read, sessions["stuurgroep_3"], "prioriteiten_stemming")
    with write() as s:
        set_id = domain.domain_sets(s, trajectory_id=trajectory_id)[0].id
        vote.open_round(s, session_exercise_id=exercise, domain_set_id=set_id, results_hidden=True)
    text = _text(_document(_minutes(read, sessions["stuurgroep_3"])))
    assert "De stemming loopt nog en de uitslag is verborgen." in text


def test_nothing_hidden_waiting_or_identifying_is_in_any_document(write, read, ids):
    trajectory_id, sessions = ids
    focus = sessions["focusgroep_vrije_tijd"]
    token = anonymity.new_device_token()
    with write() as s:
        meetings.set_display(s, session_id=focus, premoderation=True)
        phone = participant.join(s, session_id=focus, token=token, participant_group=ParticipantGroup.PROFESSIONAL)
        first = s.get(Session, focus).exercises[0].id
        waiting = contribution.submit_answer(s, session_exercise_id=first, participant_id=phone.id,
                                             text="Wacht nog op goedkeuring van de begeleider")
        token_hash = phone.token_hash
    with read() as s:
        documents = {
            "minutes-2": minutes.build_minutes(s, session_id=sessions["stuurgroep_2"]),
            "minutes-focus": minutes.build_minutes(s, session_id=focus),
            "note": college_note.build_college_note(s, trajectory_id=trajectory_id),
            "feedback": feedback.build_feedback_page(s, trajectory_id=trajectory_id),
            "csv-2": spreadsheets.contributions_csv(s, session_id=sessions["stuurgroep_2"]),
            "csv-focus": spreadsheets.contributions_csv(s, session_id=focus),
            "xlsx": spreadsheets.actieplan_xlsx(s, trajectory_id=trajectory_id),
        }
    demo_tokens = [anonymity.token_hash(f"demo-device-{n}") for n in range(len(demo.BALLOTS))]
    for name, data in documents.items():
        if name.startswith("csv"):
            content = text = data.decode("utf-8-sig")
        else:
            with zipfile.ZipFile(io.BytesIO(data)) as package:
                content = "\n".join(package.read(n).decode("utf-8", "replace") for n in package.namelist())
            if name == "xlsx":
                text = "\n".join(str(v) for row in openpyxl.load_workbook(io.BytesIO(data)).active.iter_rows(
                    values_only=True) for v in row if v is not None)
            else:
                document = _document(data)
                text = "\n".join([_text(document), *(p.text for sec in document.sections
                                                      for p in (*sec.header.paragraphs, *sec.footer.paragraphs))])
        assert HIDDEN not in content and "Marleen" not in content, name
        assert waiting.text not in content, name
        assert token not in content and token_hash not in content, name
        assert not any(t in content for t in demo_tokens), name
        assert not GROUP_WORDS.search(text), name
    assert HIDDEN in demo.CASUS[4][0]  # the demo's hidden answer is the one looked for


def test_no_figure_for_a_self_declared_group_under_three(write, read, ids):
    _, sessions = ids
    document = _document(_minutes(read, sessions["stuurgroep_2"]))
    # Casus: 3 parents and 1 other; droom: 2 parents and 2 others: no split at all.
    assert not re.search(r"\d+ van ouders", _text(document))
    assert not GROUP_WORDS.search(_text(document))
    # With at least three on both sides, the split is shown.
    casus = _exercise(read, sessions["stuurgroep_2"], "casus")
    with write() as s:
        for n in range(2):
            contribution.add_contribution(s, session_exercise_id=casus, text=f"Nog een verhaal {n}",
                                          participant_group=ParticipantGroup.BELEID)
    text = _text(_document(_minutes(read, sessions["stuurgroep_2"])))
    assert "6 antwoorden; 3 van ouders en 3 van anderen (zoals ze zelf aangaven)." in text
    assert not GROUP_WORDS.search(text)


def test_text_is_written_exactly_as_typed(write, read, ids):
    _, sessions = ids
    casus = _exercise(read, sessions["stuurgroep_2"], "casus")
    typed = "<b>niet vet</b> **ook niet** & {{ veld }} <w:t>x</w:t>\nTweede regel\tmet een tab"
    formula = "=HYPERLINK(\"http://example.org\";\"klik\")"
    with write() as s:
        contribution.add_contribution(s, session_exercise_id=casus, text=typed.replace("veld", "ve\x0bld"),
                                      elements=["- een element met streepje"])
        contribution.add_contribution(s, session_exercise_id=casus, text=formula)
    document = _document(_minutes(read, sessions["stuurgroep_2"]))
    assert typed in _texts(document)  # the vertical tab, which XML cannot hold, is left out
    assert formula in _texts(document)
    assert "- een element met streepje" in _texts(document)
    with read() as s:
        rows = _csv_rows(spreadsheets.contributions_csv(s, session_id=sessions["stuurgroep_2"]))
    answers = [r["antwoord"] for r in rows]
    assert typed in answers
    assert "'" + formula in answers  # a spreadsheet must not run it
    assert "'- een element met streepje" in [r["essentiële elementen"] for r in rows]


def test_merged_duplicates_are_listed_once_with_all_elements(write, read, ids):
    _, sessions = ids
    casus = _exercise(read, sessions["stuurgroep_2"], "casus")
    with write() as s:
        leader = contribution.add_contribution(s, session_exercise_id=casus, text="Een vaste contactpersoon",
                                               elements=["vertrouwen"])
        duplicate = contribution.add_contribution(s, session_exercise_id=casus, text="Altijd dezelfde persoon",
                                                  elements=["niet opnieuw vertellen"])
        contribution.merge(s, duplicate_id=duplicate.id, into_id=leader.id)
    texts = _texts(_document(_minutes(read, sessions["stuurgroep_2"])))
    assert "Een vaste contactpersoon (+1 gelijkaardig)" in texts
    assert "Altijd dezelfde persoon" not in "\n".join(texts)
    position = texts.index("Een vaste contactpersoon (+1 gelijkaardig)")
    assert texts[position + 1: position + 3] == ["vertrouwen", "niet opnieuw vertellen"]


def test_minutes_of_a_session_without_answers_and_of_no_session(read, ids):
    _, sessions = ids
    document = _document(_minutes(read, sessions["stuurgroep_1"]))
    assert _section_texts(document, "1. Het begrip ‘armoede’")[-1] == "Er kwamen geen antwoorden."
    assert _texts(document).count("Er kwamen geen antwoorden.") == 2
    with pytest.raises(writer.DocumentError, match="Deze sessie bestaat niet"), read() as s:
        minutes.build_minutes(s, session_id=999_999)


def test_the_minutes_report_attendance_by_role(write, read, ids):
    _, sessions = ids
    with write() as s:
        attendance.set_attendance(s, session_id=sessions["stuurgroep_3"], counts={
            MemberRole.OUDER: 3, MemberRole.SCHEPEN: 2, MemberRole.COORDINATOR: 1, MemberRole.PARTNER: 4})
        attendance.set_attendance(s, session_id=sessions["stuurgroep_1"], counts={})
    three = _section_texts(_document(_minutes(read, sessions["stuurgroep_3"])), "Aanwezigen")
    assert three[0] == ("Aanwezig: 1 lokale coördinator, 2 schepenen, 4 mensen van partnerorganisaties en 3 ouders "
                        "(samen 10)")
    one = _section_texts(_document(_minutes(read, sessions["stuurgroep_1"])), "Aanwezigen")
    assert one[0] == "Wie er aanwezig was, werd niet ingevuld."
    assert not any("niet ingevuld" in line and "Ouders" in line for line in one)


def _oudergroep(write, trajectory_id: int, ballots: int) -> int:
    """An oudergroep that voted with `ballots` parents and closed, its answers grouped."""
    with write() as s:
        meeting = meetings.plan_session(s, trajectory_id=trajectory_id, template_id="oudergroep")
        meetings.open_session(s, session_id=meeting.id)
        domains = domain.domain_sets(s, trajectory_id=trajectory_id)[0].domains
        by_key = {e.exercise_key: e.id for e in meeting.exercises}
        contribution.add_contribution(s, session_exercise_id=by_key["ouders_erbij_horen"], text="Een warme maaltijd",
                                      participant_group=ParticipantGroup.OUDER)
        vote_round = vote.open_round(s, session_exercise_id=by_key["prioriteiten_stemming"],
                                     domain_set_id=domains[0].domain_set_id)
        for _ in range(ballots):  # wonen first, then kinderopvang
            vote.cast_ballot(s, vote_round_id=vote_round.id, device_token=anonymity.new_device_token(),
                             dots={domains[4].id: 2, domains[3].id: 1}, participant_group=ParticipantGroup.OUDER)
        vote.close_round(s, vote_round_id=vote_round.id)
        meetings.close_session(s, session_id=meeting.id)
        return meeting.id


def test_the_oudergroep_minutes_report_its_own_vote_not_the_stuurgroeps_decisions(write, read, ids):
    trajectory_id, _ = ids
    oudergroep = _oudergroep(write, trajectory_id, 4)
    document = _document(_minutes(read, oudergroep))
    decisions = _section_texts(document, "Beslissingen")
    assert "De ouders kozen: Wonen en Kinderopvang en opvoeding." in decisions
    assert _headings(document, 2) == ["De keuze van de ouders"]  # no "Prioritaire domeinen", no "Werkgroepen"
    text = _text(document)
    for stuurgroep_only in ("Onderwijs en vrije tijd (structureel/proactief)", "Samenstelling van de stuurgroep",
                            "Werkgroep "):
        assert stuurgroep_only not in text
    # With fewer than three parents' ballots, no result at all: a parent could be recognised.
    few = _document(_minutes(read, _oudergroep(write, trajectory_id, 2)))
    assert minutes.TOO_FEW_BALLOTS in _section_texts(few, "Beslissingen")
    assert "Stippen" not in [c.text for t in few.tables for c in t.rows[0].cells]
    # A focus group decides nothing; stuurgroep 3 keeps its priorities and werkgroepen.
    _, sessions = ids
    focus = _section_texts(_document(_minutes(read, sessions["focusgroep_vrije_tijd"])), "Beslissingen")
    assert focus[0].startswith("Een focusgroep beslist niets.")
    assert "Werkgroepen" in _section_texts(_document(_minutes(read, sessions["stuurgroep_3"])), "Beslissingen")


def test_own_questions_appear_with_their_title_in_the_minutes_and_the_csv(write, read, ids):
    trajectory_id, sessions = ids
    focus = sessions["focusgroep_vrije_tijd"]
    with write() as s:
        own = question.create_question(s, trajectory_id=trajectory_id, title="Zwembad voor iedereen",
                                       question_nl="Wat maakt het zwembad betaalbaar?",
                                       parent_question_nl="Wat helpt jou om te gaan zwemmen?")
        exercise = meetings.add_exercise(s, session_id=focus, exercise_key=question.key_of(own.id))
        contribution.add_contribution(s, session_exercise_id=exercise.id, text="Een gezinskaart met korting")
    document = _document(_minutes(read, focus))
    assert "Zwembad voor iedereen" in _section_texts(document, "Agenda")
    assert any(h.endswith(". Zwembad voor iedereen") for h in _headings(document, 1))
    assert "Vraag: Wat maakt het zwembad betaalbaar?" in _text(document)
    assert question.key_of(own.id) not in _text(document)
    with read() as s:
        rows = _csv_rows(spreadsheets.contributions_csv(s, session_id=focus))
    assert {"vraag": "Wat maakt het zwembad betaalbaar?", "antwoord": "Een gezinskaart met korting"}.items() <= next(
        r for r in rows if r["antwoord"] == "Een gezinskaart met korting").items()


# --- the note to the college ------------------------------------------------------------------------------


def _add_vision(write, trajectory_id: int) -> None:
    with write() as s:
        s.add(VisionVersion(trajectory_id=trajectory_id, author="demo", approved=True,
                            created_at=dt.datetime(2026, 1, 5, tzinfo=dt.UTC),
                            visie_wat="Elk kind in Demogemeente groeit veilig op en doet mee.",
                            visie_hoe="Toegankelijk, participatief en krachtengericht.",
                            missie="Samen met ouders maken we de gemeente een thuishaven."))
        s.add(VisionVersion(trajectory_id=trajectory_id, author="demo", approved=False,
                            created_at=dt.datetime(2026, 2, 1, tzinfo=dt.UTC),
                            visie_wat="Een nieuwer ontwerp dat nog niet goedgekeurd is.", visie_hoe="", missie=""))


def test_the_college_note_has_every_part(write, read, ids):
    trajectory_id, _ = ids
    _add_vision(write, trajectory_id)
    with write() as s:
        priority = domain.priority_domains(s, trajectory_id=trajectory_id)[0]
        domain.compose_werkgroep(s, domain_id=priority.id, members=[(MemberRole.OUDER, None, 3),
                                                                   (MemberRole.PARTNER, "Jeugddienst", 1)])
    with read() as s:
        data = college_note.build_college_note(s, trajectory_id=trajectory_id, today=dt.date(2026, 3, 2))
    document = _document(data)
    text = _text(document)
    assert document.paragraphs[0].text == "Nota aan het college van burgemeester en schepenen"
    assert _headings(document, 1) == ["Aanleiding", "Visie en missie", "Prioritaire domeinen en waarom",
                                      "SMART-doelstellingen", "Actieplan", "De inbreng van de ouders",
                                      "Voorstel van beslissing"]
    assert "Datum: 2 maart 2026" in text
    # The approved vision, not the newer draft.
    assert "Elk kind in Demogemeente groeit veilig op en doet mee." in text
    assert "Samen met ouders maken we de gemeente een thuishaven." in text
    assert "Een nieuwer ontwerp" not in text
    assert "Versie van 5 januari 2026 (goedgekeurd door de stuurgroep)." in text
    # The priority domains and why: kind, place and score in the vote, the vote itself as a chart.
    priorities = _table_with(document, "Aanpak")
    assert priorities[1][:4] == ["Onderwijs en vrije tijd", "structureel/proactief", "1", "8"]
    assert priorities[2][:4] == ["Inkomen en gezondheid", "milderend", "2", "7"]
    assert _table_with(document, "Stippen")[1] == ["1", "Onderwijs en vrije tijd", "8", "4", "4"]
    assert len(_images(data)) == 1
    # SMART goals per domain; the action plan as a table on a landscape page.
    assert "Strategische doelstelling: Alle kinderen in Demogemeente nemen deel aan vrijetijdsactiviteiten " \
           "naar keuze." in text
    plan = _table_with(document, "Actie")
    assert plan[1][2] == "Vrijetijdspas automatisch toekennen via het OCMW" and plan[1][3] == "OCMW"
    assert WD_ORIENT.LANDSCAPE in [section.orientation for section in document.sections]
    # The parents' part: counts only.
    parents = "\n".join(_section_texts(document, "De inbreng van de ouders"))
    assert "Ouders nemen rechtstreeks deel: 5 ouders of ervaringsdeskundigen zitten in de stuurgroep." in parents
    assert "In de werkgroepen zitten samen 3 ouders of ervaringsdeskundigen." in parents
    assert not GROUP_WORDS.search(text)
    proposal = _section_texts(document, "Voorstel van beslissing")
    assert proposal[0].startswith("Het college neemt kennis van het participatietraject kinderarmoede")
    assert "en keurt de visie en de missie, de prioritaire domeinen \u2018Onderwijs en vrije tijd\u2019 en " \
           "\u2018Inkomen en gezondheid\u2019, de strategische en operationele doelstellingen en het actieplan " \
           "goed." in proposal[0]
    assert document.sections[0].footer.paragraphs[0].text == "Pagina 1 van 1"


def test_without_an_approved_vision_the_newest_draft_is_used(write, read, ids):
    trajectory_id, _ = ids
    with read() as s:
        assert vision.current(s, trajectory_id=trajectory_id) is None
        text = _text(_document(college_note.build_college_note(s, trajectory_id=trajectory_id)))
    assert "De visie en de missie zijn nog niet geschreven." in text
    assert "keurt de visie" not in text
    with write() as s:
        for n, day in enumerate((3, 9, 6)):
            s.add(VisionVersion(trajectory_id=trajectory_id, author="demo", visie_wat=f"Ontwerp {n}",
                                created_at=dt.datetime(2026, 1, day, tzinfo=dt.UTC)))
    with read() as s:
        assert vision.current(s, trajectory_id=trajectory_id).visie_wat == "Ontwerp 1"
        text = _text(_document(college_note.build_college_note(s, trajectory_id=trajectory_id)))
    assert "Ontwerp 1" in text and "Ontwerp 0" not in text
    assert "(ontwerp, nog niet goedgekeurd)" in text


def test_the_college_note_of_a_new_trajectory_says_what_is_missing(write, read, demo_engine):
    with write() as s:
        trajectory_id = trajectory.create_trajectory(s, gemeente="Nieuwegem", period_start=2026, period_end=2031,
                                                     participation_mode=ParticipationMode.INDIRECT).id
    with read() as s:
        text = _text(_document(college_note.build_college_note(s, trajectory_id=trajectory_id)))
        with pytest.raises(writer.DocumentError, match="Dit traject bestaat niet"):
            college_note.build_college_note(s, trajectory_id=999_999)
    for missing in ("De stuurgroep koos nog geen prioritaire domeinen.", "De werkgroepen schreven nog geen",
                    "Er zijn nog geen acties."):
        assert missing in text
    assert "Het college neemt kennis van het participatietraject kinderarmoede 2026-2031 van Nieuwegem en de " \
           "inbreng van de ouders en de partners." in text


def _priorities_table(document) -> list[list[str]]:
    return _table_with(document, "Aanpak")[1:]


def test_the_note_reports_the_deciding_round_not_the_last(write, read, ids):
    trajectory_id, sessions = ids
    exercise = _exercise(read, sessions["stuurgroep_3"], "prioriteiten_stemming")
    with write() as s:  # a later round in which wonen wins: it did not decide
        domains = domain.domain_sets(s, trajectory_id=trajectory_id)[0].domains
        later = vote.open_round(s, session_exercise_id=exercise, domain_set_id=domains[0].domain_set_id)
        for _ in range(5):
            vote.cast_ballot(s, vote_round_id=later.id, dots={domains[4].id: 2}, device_token=None)
        vote.close_round(s, vote_round_id=later.id)
    with read() as s:
        document = _document(college_note.build_college_note(s, trajectory_id=trajectory_id))
    assert [row[:4] for row in _priorities_table(document)] == [
        ["Onderwijs en vrije tijd", "structureel/proactief", "1", "8"], ["Inkomen en gezondheid", "milderend", "2", "7"]]
    assert _table_with(document, "Stippen")[1][:3] == ["1", "Onderwijs en vrije tijd", "8"]
    assert "De beslissende stemming" in _headings(document, 2)
    assert college_note.GUESSED_ROUND not in _text(document)
    # Without a mark, the note takes the last closed round of the stuurgroep and says so.
    with write() as s:
        vote.mark_deciding(s, vote_round_id=vote.deciding_round(s, trajectory_id=trajectory_id).id, deciding=False)
    with read() as s:
        document = _document(college_note.build_college_note(s, trajectory_id=trajectory_id))
    assert college_note.GUESSED_ROUND in _text(document)
    assert _table_with(document, "Stippen")[1][:3] == ["1", "Wonen", "10"]


def test_a_deciding_round_of_two_ballots_shows_no_place_or_score_in_the_note(write, read, ids):
    trajectory_id, sessions = ids
    exercise = _exercise(read, sessions["stuurgroep_3"], "prioriteiten_stemming")
    with write() as s:
        domains = domain.domain_sets(s, trajectory_id=trajectory_id)[0].domains
        small = vote.open_round(s, session_exercise_id=exercise, domain_set_id=domains[0].domain_set_id)
        for _ in range(2):
            vote.cast_ballot(s, vote_round_id=small.id, dots={domains[0].id: 2}, device_token=None)
        vote.close_round(s, vote_round_id=small.id)
        vote.mark_deciding(s, vote_round_id=small.id)
    with read() as s:
        document = _document(college_note.build_college_note(s, trajectory_id=trajectory_id))
    assert common.TOO_FEW_BALLOTS in _text(document)
    assert [row[2:4] for row in _priorities_table(document)] == [["", ""], ["", ""]]
    assert not any("Stippen" in [c.text for c in t.rows[0].cells] for t in document.tables)


def test_a_goal_indicator_in_the_note_gives_its_start_latest_measurement_and_target(write, read, ids):
    trajectory_id, _ = ids
    with write() as s:
        operational = goal.goals(s, trajectory_id=trajectory_id)[0].children[0]
        indicator = evaluation.add_indicator(s, trajectory_id=trajectory_id, kind=IndicatorKind.OUTCOME,
                                             name="Schoolse vertraging", goal_id=operational.id, unit="%",
                                             baseline=18, target=9, deadline=dt.date(2030, 6, 30))
        for day, value in ((dt.date(2026, 6, 30), 16.5), (dt.date(2027, 6, 30), 14)):
            evaluation.add_measurement(s, indicator_id=indicator.id, measured_on=day, value=value)
    with read() as s:
        text = _text(_document(college_note.build_college_note(s, trajectory_id=trajectory_id)))
    assert ("Schoolse vertraging (outcome; begin 18 %; laatste meting 14 % op 30 juni 2027; "
            "doel 9 % tegen 30 juni 2030)") in text


def _new_trajectory(write, mode: ParticipationMode, members: list) -> int:
    with write() as s:
        trajectory_id = trajectory.create_trajectory(s, gemeente="Testdorp", period_start=2025, period_end=2030,
                                                     participation_mode=mode).id
        for role, organisation, count in members:
            trajectory.add_member(s, trajectory_id=trajectory_id, role=role, organisation=organisation, count=count)
    return trajectory_id


@pytest.mark.parametrize("mode", list(ParticipationMode))
def test_the_note_for_a_new_municipality_without_parents_never_contradicts_itself(write, read, engine, mode):
    trajectory_id = _new_trajectory(write, mode, [(MemberRole.VOORZITTER, "Burgemeester", 1),
                                                  (MemberRole.SCHEPEN, "Schepen van welzijn", 2)])
    with read() as s:
        document = _document(college_note.build_college_note(s, trajectory_id=trajectory_id))
    text = _text(document)
    for wrong in ("stuurgroep met ouders", "zitten 0 ", " 0 ouders", "Rechtstreeks: ouders zitten in elke stuurgroep"):
        assert wrong not in text
    reason = _section_texts(document, "Aanleiding")
    assert "In de stuurgroep zitten 1 voorzitter en 2 schepenen." in reason
    assert "Er waren nog geen bijeenkomsten." in reason
    said = {ParticipationMode.DIRECT: "Ouders zouden rechtstreeks deelnemen, maar er zitten nog geen ouders of "
                                      "ervaringsdeskundigen in de stuurgroep.",
            ParticipationMode.INDIRECT: "Ouders nemen deel via een eigen oudertraject naast de stuurgroep; de "
                                        "oudergroep stelt haar keuze voor in de derde stuurgroep."}[mode]
    assert said in reason and said in _section_texts(document, "De inbreng van de ouders")
    assert "Er kwamen nog geen antwoorden." in text


def test_the_note_reports_attendance_by_role_per_meeting(write, read, ids):
    trajectory_id, sessions = ids
    with write() as s:
        attendance.set_attendance(s, session_id=sessions["stuurgroep_3"],
                                  counts={MemberRole.OUDER: 5, MemberRole.SCHEPEN: 2})
    with read() as s:
        document = _document(college_note.build_college_note(s, trajectory_id=trajectory_id))
    table = _table_with(document, "Aanwezig")
    assert table[0] == ["Bijeenkomst", "Datum", "Ouders", "Aanwezig"]
    assert [row[2:] for row in table if row[0].startswith("Stuurgroep 3")] == [["5", "2 schepenen en 5 ouders"]]
    assert [row[2:] for row in table if row[0].startswith("Stuurgroep 2")] == [["4", "4 ouders"]]
    assert [row[2:] for row in table if row[0].startswith("Focusgroep")] == [["", "niet ingevuld"]]


def test_goals_show_smart_g_and_r_from_their_own_fields(write, read, ids):
    trajectory_id, _ = ids
    with write() as s:
        strategic = goal.goals(s, trajectory_id=trajectory_id)[1]
        goal.add_operational_goal(s, parent_id=strategic.id, text="Elk gezin krijgt zijn rechten automatisch.",
                                  owner="OCMW", agreed_on=dt.date(2026, 5, 4), agreed_by="ouders, OCMW en CAW",
                                  means="een halftijdse consulent", deadline=dt.date(2027, 12, 31))
    with read() as s:
        texts = _texts(_document(college_note.build_college_note(s, trajectory_id=trajectory_id)))
    at = texts.index("Elk gezin krijgt zijn rechten automatisch. (tegen 31 december 2027)")
    assert texts[at + 1: at + 3] == ["Gezamenlijk: afgesproken op 4 mei 2026 door ouders, OCMW en CAW.",
                                     "Realiseerbaar: trekker OCMW; mensen en middelen: een halftijdse consulent."]
    with write() as s:
        goal.add_operational_goal(s, parent_id=strategic.id, text="Nog zonder G en R.")
    with read() as s:
        texts = _texts(_document(college_note.build_college_note(s, trajectory_id=trajectory_id)))
    at = texts.index("Nog zonder G en R.")
    assert texts[at + 1: at + 3] == ["Gezamenlijk: nog niet vastgelegd wie dit afsprak.",
                                     "Realiseerbaar: nog geen trekker; mensen en middelen nog niet ingevuld."]


def _cell_font_size(cell, document) -> float:
    sizes = [r.font.size.pt for p in cell.paragraphs for r in p.runs if r.font.size is not None]
    return sizes[0] if sizes else document.styles["Normal"].font.size.pt


def test_no_column_of_the_action_table_is_narrower_than_its_longest_word(write, read, ids):
    """Measured here with Pillow on DejaVu Sans (wider than Calibri and Liberation Sans): every cell
    holds its longest word with Word's cell margins, at the cell's own font size."""
    import matplotlib
    from PIL import ImageFont

    trajectory_id, _ = ids
    with write() as s:
        strategic = goal.goals(s, trajectory_id=trajectory_id)[1]
        goal.add_action(s, goal_id=strategic.id, what="Schoolkosten-ondersteuningsprogramma uitrollen",
                        owner="Jeugddienst", partners="Woonmaatschappij, Kinderopvangcentra",
                        start_on=dt.date(2027, 9, 1), end_on=dt.date(2028, 6, 30),
                        expected_result="Onderwijsondersteuning voor 120 kinderen")
    with read() as s:
        document = _document(college_note.build_college_note(s, trajectory_id=trajectory_id))
    fonts = {bold: ImageFont.truetype(str(Path(matplotlib.get_data_path()) / "fonts" / "ttf" /
                                          ("DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf")), 200)
             for bold in (False, True)}
    table = next(t for t in document.tables if t.rows[0].cells[2].text == "Actie")
    checked = []
    for index, row in enumerate(table.rows):
        for cell in row.cells:
            size = _cell_font_size(cell, document)
            for word in cell.text.split():
                needed_cm = fonts[index == 0].getlength(word) / 200 * size / 72 * 2.54 + 2 * 0.19
                assert cell.width.cm >= needed_cm, (word, cell.width.cm, needed_cm)
                checked.append(word)
    assert {"Jeugddienst", "Schoolkosten-ondersteuningsprogramma", "Kinderopvangcentra"} <= set(checked)
    section = next(sec for sec in document.sections if sec.orientation == WD_ORIENT.LANDSCAPE)
    usable = section.page_width.cm - section.left_margin.cm - section.right_margin.cm
    assert sum(cell.width.cm for cell in table.rows[0].cells) <= usable + 0.01


# --- the feedback page for parents --------------------------------------------------------------------------


def test_the_feedback_page_is_easy_to_read_with_a_qr_code(read, ids, monkeypatch):
    trajectory_id, _ = ids
    monkeypatch.setenv("SAMENSPRAAK_PUBLIC_URL", "https://samenspraak.demogemeente.be/")
    with read() as s:
        data = feedback.build_feedback_page(s, trajectory_id=trajectory_id, today=dt.date(2026, 3, 2))
    document = _document(data)
    text = _text(document)
    assert document.paragraphs[0].text == "Wat gebeurde er met jullie inbreng?"
    assert _headings(document, 1) == ["Jullie deden mee", "Dit vinden we het belangrijkst", "Dit gaan we doen",
                                      "Wat nu?"]
    assert "Onderwijs en vrije tijd" in text and "Inkomen en gezondheid" in text
    assert "Vrijetijdspas automatisch toekennen via het OCMW." in text
    assert "Je naam staat nergens. Niemand weet wie wat zei." in text
    with read() as s:
        token = s.get(Trajectory, trajectory_id).public_token  # made with the page, on first need
    link = f"https://samenspraak.demogemeente.be/terugkoppeling?t={token}"
    assert feedback.public_url(token) == link and link in text
    assert _images(data) == [qr.qr_png(link, scale=8)]
    # Short sentences: easy Dutch has few long ones.
    sentences = [s for p in _texts(document) for s in re.split(r"(?<=[.!?])\s+", p) if s.strip()]
    assert max(len(s.split()) for s in sentences) <= 12
    for paragraph in document.paragraphs[1:]:
        for run in paragraph.runs:
            if paragraph.style.name not in ("Heading 1", "Title") and run.text.strip():
                assert run.font.size is None or run.font.size >= Pt(12)


# --- Excel and CSV ----------------------------------------------------------------------------------------


def test_the_action_plan_goes_to_excel_one_row_per_action(write, read, ids):
    trajectory_id, _ = ids
    with write() as s:
        strategic = goal.goals(s, trajectory_id=trajectory_id)[1]
        operational = goal.add_operational_goal(s, parent_id=strategic.id, text="Elk gezin krijgt zijn rechten")
        action = goal.add_action(s, goal_id=operational.id, what="=SUM(1+1) is geen formule", owner="OCMW",
                                 start_on=dt.date(2027, 1, 1), status=ActionStatus.BEZIG)
        action.means = "2 VTE"
        action.expected_result = "200 gezinnen bereikt"
        evaluation.add_indicator(s, kind=IndicatorKind.OUTCOME, name="Gezinnen die hun rechten krijgen",
                                 action_id=action.id, unit="%", baseline=40, target=90.5)
    with read() as s:
        data = spreadsheets.actieplan_xlsx(s, trajectory_id=trajectory_id)
    sheet = openpyxl.load_workbook(io.BytesIO(data)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == spreadsheets.XLSX_HEADER
    assert len(rows) == 3
    first, second = (dict(zip(rows[0], row)) for row in rows[1:])
    assert first["Domein"] == "Onderwijs en vrije tijd"
    assert first["Actie"] == "Vrijetijdspas automatisch toekennen via het OCMW"
    assert first["Strategische doelstelling"].startswith("Alle kinderen in Demogemeente")
    assert first["Operationele doelstelling"].startswith("Tegen eind")
    assert first["Partners"] == "Jeugddienst, sportclubs, jeugdbewegingen"
    assert first["Status"] == "gepland"
    assert first["Indicatoren"] == "Aantal kinderen met een vrijetijdspas (output; doel 250 kinderen)"
    assert isinstance(first["Einde"], dt.datetime)
    assert second["Actie"] == "=SUM(1+1) is geen formule" and sheet["D3"].data_type == "s"
    assert (second["Domein"], second["Middelen"], second["Verwacht resultaat"], second["Status"]) == (
        "Inkomen en gezondheid", "2 VTE", "200 gezinnen bereikt", "bezig")
    assert second["Start"] == dt.datetime(2027, 1, 1) and second["Einde"] is None
    assert second["Indicatoren"] == "Gezinnen die hun rechten krijgen (outcome; begin 40 %; doel 90,5 %)"
    # A header a reader sees at once: bold on a colour, filters on, frozen, columns wide enough.
    assert all(cell.font.b for cell in sheet[1]) and sheet["A1"].fill.fgColor.rgb.endswith("1F5F8B")
    assert sheet.auto_filter.ref == "A1:L3"
    assert sheet.freeze_panes == "A2"
    assert sheet.column_dimensions["D"].width == 40 and sheet.column_dimensions["G"].width == 12


def test_the_contributions_of_a_session_go_to_csv_anonymously(read, ids):
    _, sessions = ids
    with read() as s:
        rows = _csv_rows(spreadsheets.contributions_csv(s, session_id=sessions["stuurgroep_3"]))
        second = _csv_rows(spreadsheets.contributions_csv(s, session_id=sessions["stuurgroep_2"]))
    assert list(rows[0]) == ["vraag", "antwoord", "essentiële elementen", "domein", "kanaal"]
    assert len(rows) == len(demo.STUURGROEP_3)
    by_answer = {r["antwoord"]: r for r in rows}
    assert by_answer["Een dak boven je hoofd dat je kunt betalen"]["domein"] == "Wonen"
    assert by_answer["Naar de tandarts kunnen"]["vraag"].startswith("Wat moeten kinderen kunnen")
    assert {r["kanaal"] for r in rows} == {"telefoon"}
    assert len(second) == 8 and HIDDEN not in "".join(r["antwoord"] for r in second)
    casus = {r["antwoord"]: r for r in second}
    story = demo.CASUS[1]
    assert casus[story[0]]["essentiële elementen"] == "; ".join(story[1])
    assert casus[story[0]]["kanaal"] == "mondeling (ingetypt door de begeleider)"
    assert casus[demo.CASUS[3][0]]["kanaal"] == "papier"
    # Not in the order they were sent in.
    assert [r["antwoord"] for r in second[:4]] != [c[0] for c in demo.CASUS[:4]]


# --- templates -------------------------------------------------------------------------------------------


def test_the_default_template_has_the_styles_page_numbers_and_a4(tmp_path):
    built = writer.build_default_template(tmp_path / "samenspraak.docx")
    for path in (built, SHIPPED_TEMPLATE):
        document = docx.Document(str(path))
        names = {s.name for s in document.styles}
        assert set(writer.STYLES_USED) <= names, path
        section = document.sections[0]
        assert (round(section.page_width.cm, 1), round(section.page_height.cm, 1)) == (21.0, 29.7)
        assert section.footer.paragraphs[0].text == "Pagina 1 van 1"
        assert [t.text.strip() for t in section.footer._element.iter(qn("w:instrText"))] == [
            "PAGE", "NUMPAGES"]
        assert not any(p.text for p in document.paragraphs)
        assert document.core_properties.author == "Samenspraak"


def test_a_municipality_can_replace_the_template(read, ids, tmp_path, monkeypatch):
    _, sessions = ids
    custom = writer.build_default_template(tmp_path / "huisstijl.docx")
    document = docx.Document(str(custom))
    own = document.styles.add_style("Huisstijl Demogemeente Kop", WD_STYLE_TYPE.PARAGRAPH)
    own.font.name = "Comic Neue"
    document.styles["Heading 1"].font.name = "Huisstijl Sans"
    document.add_paragraph("Voorbeeldtekst uit het sjabloon")
    document.sections[0].header.paragraphs[0].text = "Gemeente Demogemeente - Sociale dienst"
    document.save(str(custom))
    monkeypatch.setenv(writer.TEMPLATE_ENV, str(custom))
    for data in (_minutes(read, sessions["stuurgroep_2"]),):
        result = _document(data)
        assert "Huisstijl Demogemeente Kop" in {s.name for s in result.styles}
        assert result.styles["Heading 1"].font.name == "Huisstijl Sans"
        assert result.sections[0].header.paragraphs[0].text == "Gemeente Demogemeente - Sociale dienst"
        assert "Voorbeeldtekst uit het sjabloon" not in _text(result)  # the body comes from Samenspraak
        assert result.sections[0].footer.paragraphs[0].text == "Pagina 1 van 1"
    with read() as s:
        note = _document(college_note.build_college_note(s, trajectory_id=ids[0]))
    assert "Huisstijl Demogemeente Kop" in {s.name for s in note.styles}


def test_a_template_without_our_styles_or_no_template_at_all_still_works(read, ids, tmp_path, monkeypatch):
    _, sessions = ids
    bare = tmp_path / "kaal.docx"
    document = docx.Document()
    for name in ("List Bullet 2", "List Number", "Caption", "TOC Heading", "Subtitle", "Table Grid"):
        document.styles[name].delete()
    document.save(str(bare))
    data = _minutes(read, sessions["stuurgroep_3"], template=bare)
    text = _text(_document(data))
    assert "Een inkomen waar je van kunt leven" in text and "Beslissingen" in text
    assert _document(data).sections[0].footer.paragraphs[0].text == "Pagina 1 van 1"
    # The configured file is missing: python-docx's own default template.
    monkeypatch.setenv(writer.TEMPLATE_ENV, str(tmp_path / "bestaat-niet.docx"))
    assert writer.template_path() is None
    assert "Beslissingen" in _text(_document(_minutes(read, sessions["stuurgroep_3"])))
    monkeypatch.delenv(writer.TEMPLATE_ENV)
    assert writer.template_path() == SHIPPED_TEMPLATE


# --- files and the command line -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("stem", "suffix", "expected"),
    [
        ("Verslag Sint-Katelijne-Waver Stuurgroep 2 2026-03-01", ".docx",
         "verslag-sint-katelijne-waver-stuurgroep-2-2026-03-01.docx"),
        ("../../etc/passwd", ".csv", "etc-passwd.csv"),
        ("Nota Ærø / Zoë: 's-Gravenwezel?", ".docx", "nota-r-zoe-s-gravenwezel.docx"),
        ("", ".xlsx", "export.xlsx"),
        ("///", ".xlsx", "export.xlsx"),
        ("a" * 300, ".docx", "a" * files.FILENAME_MAX + ".docx"),
    ],
)
def test_file_names_are_safe(stem, suffix, expected):
    assert files.safe_filename(stem, suffix) == expected


def test_the_write_helpers_write_into_exports(read, ids, tmp_path, monkeypatch):
    trajectory_id, sessions = ids
    monkeypatch.setattr(config, "EXPORTS_DIR", tmp_path / "exports")
    with read() as s:
        written = [
            files.write_export(s, "minutes", session_id=sessions["stuurgroep_3"]),
            files.write_export(s, "contributions", session_id=sessions["stuurgroep_3"]),
            files.write_export(s, "college-note", trajectory_id=trajectory_id),
            files.write_export(s, "feedback", trajectory_id=trajectory_id),
            files.write_export(s, "actieplan", trajectory_id=trajectory_id),
            files.write_export(s, "progress", trajectory_id=trajectory_id),
        ]
    assert all(path.parent == tmp_path / "exports" for path in written)
    names = [path.name for path in written]
    assert all(re.fullmatch(r"[a-z0-9-]+\.(docx|csv|xlsx)", name) for name in names)
    year = dt.date.today().year
    assert names[2] == f"nota-college-kinderarmoede-demogemeente-{year}-{year + 5}.docx"
    assert names[0].startswith("verslag-demogemeente-stuurgroep-3-")
    assert sorted(p.name for p in (tmp_path / "exports").iterdir()) == sorted(names)  # no temporary files left
    _document(written[0].read_bytes())
    openpyxl.load_workbook(written[4])


def _cli(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="samenspraak")
    files.add_export_commands(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    return args.func(args)


def test_the_export_commands_write_files(demo_engine, read, tmp_path, monkeypatch, capsys):
    trajectory_id, sessions = _demo(read)
    with read() as s:
        code = s.get(Session, sessions["focusgroep_vrije_tijd"]).join_code
    out = tmp_path / "uit"
    commands = [
        (["export", "minutes", "--session", code.lower(), "--out", str(out / "focus.docx")], "focus.docx"),
        (["export", "minutes", "--session", str(sessions["stuurgroep_2"]), "--out", str(out / "sg2.docx")],
         "sg2.docx"),
        (["export", "college-note", "--trajectory", str(trajectory_id), "--out", str(out / "nota.docx")],
         "nota.docx"),
        (["export", "actieplan", "--trajectory", str(trajectory_id), "--out", str(out / "plan.xlsx")], "plan.xlsx"),
        (["export", "contributions", "--session", code, "--out", str(out / "focus.csv")], "focus.csv"),
        (["export", "feedback", "--trajectory", str(trajectory_id), "--out", str(out / "ouders.docx")],
         "ouders.docx"),
    ]
    for argv, name in commands:
        assert _cli(argv) == 0, argv
        assert f"Geschreven: {out / name}" in capsys.readouterr().out
    assert "Een busje of fietsen om er te geraken." in _text(_document((out / "focus.docx").read_bytes()))
    assert "Casus: een verhaal dat het verschil maakte" in _text(_document((out / "sg2.docx").read_bytes()))
    assert _document((out / "nota.docx").read_bytes()).paragraphs[0].text.startswith("Nota aan het college")
    assert openpyxl.load_workbook(out / "plan.xlsx").active["D2"].value.startswith("Vrijetijdspas")
    assert {r["antwoord"] for r in _csv_rows((out / "focus.csv").read_bytes())} == set(demo.FOCUSGROEP)
    assert _document((out / "ouders.docx").read_bytes()).paragraphs[0].text == feedback.FEEDBACK_TITLE
    # Without --out: into exports/, under a safe name.
    monkeypatch.setattr(config, "EXPORTS_DIR", tmp_path / "exports")
    assert _cli(["export", "actieplan", "--trajectory", str(trajectory_id)]) == 0
    assert [p.name for p in (tmp_path / "exports").iterdir()] == [
        files.safe_filename(f"actieplan Demogemeente {dt.date.today().year}-{dt.date.today().year + 5}", ".xlsx")]
    # A wrong code or number: a Dutch message and exit code 2, no file.
    assert _cli(["export", "minutes", "--session", "QQQQQQ", "--out", str(out / "x.docx")]) == 2
    assert "Fout: Geen sessie met code of nummer 'QQQQQQ'." in capsys.readouterr().err
    assert _cli(["export", "college-note", "--trajectory", "999999", "--out", str(out / "y.docx")]) == 2
    assert not (out / "x.docx").exists() and not (out / "y.docx").exists()
    with pytest.raises(SystemExit):
        _cli(["export", "minutes"])  # --session is required


# --- PDF with LibreOffice ------------------------------------------------------------------------------------


@pytest.fixture
def sqlite_demo(sqlite_url) -> str:
    engine = db.engine_for(sqlite_url)
    with db.transaction(engine, write=True) as s:
        demo.seed(s)
    return sqlite_url


def _pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page[^s]", pdf))


def test_every_document_converts_to_pdf_with_libreoffice(sqlite_demo, tmp_path):
    """`make test` installs LibreOffice (Debian's libreoffice-writer): the documents must open there."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.fail("LibreOffice (soffice) is not on PATH: make test installs LibreOffice.")
    engine = db.engine_for(sqlite_demo)
    with db.transaction(engine, write=True) as s:
        trajectory_id = demo.find_demo(s).id
        s.add(VisionVersion(trajectory_id=trajectory_id, author="demo", approved=True, visie_wat="Visie",
                            visie_hoe="Hoe", missie="Missie"))
    with db.transaction(engine) as s:
        sessions = {m.template_id: m.id for m in s.scalars(select(Session).where(Session.trajectory_id == trajectory_id))}
        documents = {f"verslag-{key}": minutes.build_minutes(s, session_id=sid) for key, sid in sessions.items()}
        documents["nota"] = college_note.build_college_note(s, trajectory_id=trajectory_id)
        documents["ouders"] = feedback.build_feedback_page(s, trajectory_id=trajectory_id)
        documents["voortgang"] = progress.build_progress_report(s, trajectory_id=trajectory_id)
    for name, data in documents.items():
        (tmp_path / f"{name}.docx").write_bytes(data)
    result = subprocess.run(
        [soffice, f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless", "--norestore",
         "--convert-to", "pdf", "--outdir", str(tmp_path / "pdf"), *sorted(str(p) for p in tmp_path.glob("*.docx"))],
        capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    pages = {name: _pages((tmp_path / "pdf" / f"{name}.pdf").read_bytes()) for name in documents}
    assert all(n >= 1 for n in pages.values()), pages
    assert pages["ouders"] == 1, "the feedback page for parents is one page"
    assert pages["nota"] >= 4 and pages["verslag-stuurgroep_3"] >= 3, pages


def test_domain_models_are_untouched_by_exports(read, ids):
    """Exporting reads only: nothing in the database changes."""
    trajectory_id, sessions = ids
    with read() as s:
        before = [(d.id, d.name, d.is_priority) for d in s.scalars(select(Domain).join(DomainSet).order_by(Domain.id))]
        minutes.build_minutes(s, session_id=sessions["stuurgroep_3"])
        college_note.build_college_note(s, trajectory_id=trajectory_id)
        assert not s.dirty and not s.new and not s.deleted
    with read() as s:
        after = [(d.id, d.name, d.is_priority) for d in s.scalars(select(Domain).join(DomainSet).order_by(Domain.id))]
    assert before == after
