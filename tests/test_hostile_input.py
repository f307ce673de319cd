"""Hostile input (issue 13): every domain function that writes typed text gets the whole corpus of
tests/hostile.py, on SQLite and on PostgreSQL. Nothing crashes; what is refused gets a Dutch
message and stores nothing; what is accepted is stored exactly as typed (trimmed, and on one line
where the field is one line); every document still exports. Plus: the limits of the schema, one
answer per phone under concurrency, two editors of one vision, the ballot's own hash, private
SQLite files, tracebacks without parameters, charts that never read a formula, and the staff
forms in AppTest with a sample of the corpus.
"""

from __future__ import annotations

import datetime as dt
import re
import stat
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError

from facilitation import (
    anonymity,
    attendance,
    contribution,
    db,
    domain,
    evaluation,
    goal,
    omgevingsanalyse,
    participant,
    question,
    trajectory,
    vision,
    vote,
)
from facilitation import session as meetings
from facilitation import text as typed_text
from facilitation.documents import charts, files
from facilitation.models import (
    Action,
    ActionStatus,
    Ballot,
    ContextIndicator,
    Contribution,
    Domain,
    EssentialElement,
    ExerciseState,
    Goal,
    Indicator,
    InventoryItem,
    Measurement,
    MemberRole,
    OwnQuestion,
    PriorityKind,
    Session,
    StuurgroepMember,
    Trajectory,
    VisionVersion,
    WerkgroepMember,
)
from tests.hostile import CORPUS, sample

ENGLISH = re.compile(r"\b(value|invalid|error|too long|literal|cannot|must|should|expected|not allowed|failed)\b",
                     re.IGNORECASE)


def one_line(value: str) -> str:
    return " ".join(value.split())


def stripped(value: str) -> str:
    return value.strip()


def unstorable(value: str) -> bool:
    return not typed_text.is_storable(value)


def assert_dutch_refusal(exc: ValueError, typed: str) -> None:
    """A refusal the user can read: the module's own error, a message in Dutch."""
    assert type(exc) is not ValueError, f"a bare ValueError for {typed[:40]!r}: {exc}"
    message = str(exc)
    assert message.strip(), f"an empty message for {typed[:40]!r}"
    assert not ENGLISH.search(message.replace(typed, "")), f"English for {typed[:40]!r}: {message}"


# --- the world the corpus is sent into -------------------------------------------------------------


@pytest.fixture
def world(write, trajectory_id) -> dict[str, int]:
    """A trajectory with a domain set, a priority domain, a strategic and an operational goal, an
    action, an indicator, and an open stuurgroep 2 (casus open) with one phone in it."""
    with write() as s:
        domain_set = domain.adopt_domain_set(s, trajectory_id=trajectory_id, source_key="roadmap")
        first, second = domain_set.domains[0], domain_set.domains[1]
        domain.set_priorities(s, domain_set_id=domain_set.id,
                              kinds={first.id: PriorityKind.STRUCTUREEL, second.id: PriorityKind.MILDEREND})
        strategic = goal.add_strategic_goal(s, trajectory_id=trajectory_id, domain_id=first.id, text="Elk kind telt")
        operational = goal.add_operational_goal(s, parent_id=strategic.id, text="Tegen 2027 50% meer kinderen")
        action = goal.add_action(s, goal_id=operational.id, what="Een vrijetijdspas")
        indicator = evaluation.add_indicator(s, kind="output", name="Kinderen met een pas", goal_id=operational.id)
        meeting = meetings.plan_session(s, trajectory_id=trajectory_id, template_id="stuurgroep_2",
                                        scheduled_on=dt.date(2026, 3, 1))
        meetings.open_session(s, session_id=meeting.id)
        casus = meeting.exercises[0]
        meetings.show_exercise(s, exercise_id=casus.id)
        return {"trajectory": trajectory_id, "domain_set": domain_set.id, "domain": first.id,
                "strategic": strategic.id, "operational": operational.id, "action": action.id,
                "indicator": indicator.id, "session": meeting.id, "casus": casus.id}


def send_corpus(write, call: Callable, model=None, column: str | None = None,
                normalise: Callable[[str], str] | None = None, corpus: list[str] = CORPUS,
                same: Callable[[str, str], bool] = str.__eq__) -> tuple[int, int]:
    """Every string through `call(session, typed, index)` (returning the id of the row it wrote) in
    a savepoint of its own; an accepted one is read back from the database (`model.column` of that
    row, None read as "") and compared with `normalise(typed)`. Returns (accepted, refused)."""
    accepted = refused = 0
    with write() as s:
        for index, typed in enumerate(corpus):
            try:
                with s.begin_nested():
                    written = call(s, typed, index)
            except ValueError as exc:
                assert_dutch_refusal(exc, typed)
                refused += 1
                continue
            assert not unstorable(typed), f"stored what a database cannot hold: {typed[:40]!r}"
            accepted += 1
            if column is not None and written is not None:
                value = s.scalar(select(getattr(model, column)).where(model.id == written))
                if normalise is not None:
                    assert same(value or "", normalise(typed)), f"not stored as typed: {typed[:40]!r}"
    return accepted, refused


# --- every text field of the staff screens ---------------------------------------------------------------


def test_gemeente_of_a_new_and_a_changed_trajectory(write, read, world):
    created = send_corpus(
        write,
        lambda s, t, i: trajectory.create_trajectory(s, gemeente=t, period_start=2030, period_end=2035).id,
        Trajectory, "gemeente", one_line)
    assert created[0] and created[1]
    changed = send_corpus(
        write,
        lambda s, t, i: trajectory.update_trajectory(s, trajectory_id=world["trajectory"], gemeente=t).id,
        Trajectory, "gemeente", one_line)
    assert changed[0] and changed[1]


def test_stuurgroep_organisation_sector_and_count(write, read, world):
    t_id = world["trajectory"]
    send_corpus(write, lambda s, t, i: trajectory.add_member(
        s, trajectory_id=t_id, role=MemberRole.MEDEWERKER, organisation=t).id,
        StuurgroepMember, "organisation", one_line)
    send_corpus(write, lambda s, t, i: trajectory.add_member(
        s, trajectory_id=t_id, role=MemberRole.PARTNER, organisation="CAW", sector=t).id,
        StuurgroepMember, "sector", one_line)
    accepted, _ = send_corpus(write, lambda s, t, i: trajectory.add_member(
        s, trajectory_id=t_id, role=MemberRole.SCHEPEN, count=t).id, StuurgroepMember, "count", None)
    assert accepted <= 5  # only the strings that are a whole number between 1 and 99


def test_session_title(write, read, world):
    send_corpus(write, lambda s, t, i: meetings.update_session(
        s, session_id=world["session"], title=t, scheduled_on=None).id, Session, "title", one_line)
    send_corpus(write, lambda s, t, i: meetings.plan_session(
        s, trajectory_id=world["trajectory"], template_id="focusgroep_vrije_tijd", title=t).id, Session, "title",
        lambda t: one_line(t) or "Focusgroep vrije tijd")


def test_domain_name_icon_and_words(write, read, world):
    set_id = world["domain_set"]
    send_corpus(write, lambda s, t, i: domain.add_domain(s, domain_set_id=set_id, name=t).id,
                Domain, "name", one_line)
    send_corpus(write, lambda s, t, i: domain.add_domain(s, domain_set_id=set_id, name=f"Icoon {i}", icon=t).id,
                Domain, "icon", lambda t: one_line(t) or domain.DEFAULT_ICON)
    send_corpus(write, lambda s, t, i: domain.update_domain(s, domain_id=world["domain"], lemmas=t).id,
                Domain, "lemmas", None)
    send_corpus(write, lambda s, t, i: domain.update_domain(s, domain_id=world["domain"], name=t).id,
                Domain, "name", one_line)


def test_werkgroep_organisation_and_count(write, read, world):
    def compose(s, t, i):
        group = domain.compose_werkgroep(s, domain_id=world["domain"], members=[(MemberRole.PARTNER, t, 2)])
        return group.members[0].id

    send_corpus(write, compose, WerkgroepMember, "organisation", one_line)
    with pytest.raises(domain.DomainError, match="hoogstens"), write() as s:
        domain.compose_werkgroep(s, domain_id=world["domain"], members=[(MemberRole.PARTNER, "CAW", 10**12)])


@pytest.mark.parametrize("field", ["text", "owner", "agreed_by", "means"])
def test_goal_fields(write, read, world, field):
    def add(s, t, i):
        fields = {"text": "Een doel"} | {field: t}
        return goal.add_operational_goal(s, parent_id=world["strategic"], **fields).id

    send_corpus(write, add, Goal, field, one_line)


def test_strategic_goal_and_a_changed_goal(write, read, world):
    send_corpus(write, lambda s, t, i: goal.add_strategic_goal(
        s, trajectory_id=world["trajectory"], domain_id=world["domain"], text=t).id, Goal, "text", one_line)

    def update(s, t, i):
        current = s.get(Goal, world["operational"])
        return goal.update_goal(s, goal_id=current.id, expected_version=current.version, text=t, owner=t).id

    send_corpus(write, update, Goal, "owner", lambda t: one_line(t))


@pytest.mark.parametrize("field", ["what", "owner", "partners", "means", "expected_result"])
def test_action_fields(write, read, world, field):
    """The action owner over 160 characters crashed PostgreSQL ("value too long"): now refused."""
    def add(s, t, i):
        fields = {"what": "Een actie"} | {field: t}
        return goal.add_action(s, goal_id=world["operational"], **fields).id

    send_corpus(write, add, Action, field, one_line)

    def update(s, t, i):
        current = s.get(Action, world["action"])
        return goal.update_action(s, action_id=current.id, expected_version=current.version, **{field: t}).id

    send_corpus(write, update, Action, field, one_line)


def test_an_action_owner_longer_than_its_column_is_refused_in_dutch(write, read, world):
    with pytest.raises(goal.GoalError, match="^Houd de trekker korter dan 160 tekens.$"), write() as s:
        goal.add_action(s, goal_id=world["operational"], what="Een actie", owner="x" * 161)
    with write() as s:
        assert goal.add_action(s, goal_id=world["operational"], what="Een actie", owner="x" * 160).owner == "x" * 160


def test_indicator_name_unit_and_measurement_note(write, read, world):
    operational = world["operational"]
    send_corpus(write, lambda s, t, i: evaluation.add_indicator(
        s, kind="output", name=t, goal_id=operational).id, Indicator, "name", one_line)
    send_corpus(write, lambda s, t, i: evaluation.add_indicator(
        s, kind="outcome", name=f"Indicator {i}", unit=t, goal_id=operational).id,
        Indicator, "unit", one_line)
    send_corpus(write, lambda s, t, i: evaluation.add_measurement(
        s, indicator_id=world["indicator"], measured_on=dt.date(2026, 1, 1), value=1, note=t).id,
        Measurement, "note", one_line)
    accepted, _ = send_corpus(write, lambda s, t, i: evaluation.add_measurement(
        s, indicator_id=world["indicator"], measured_on=dt.date(2026, 1, 2), value=t).id,
        Measurement, "value", None)
    assert accepted < 10  # a number typed as text; 1e400 and 999... are no number


@pytest.mark.parametrize("field", ["name", "unit", "source", "gemeente"])
def test_context_indicator_fields(write, read, world, field):
    def add(s, t, i):
        fields = {"name": f"Indicator {i}", "gemeente": "9,1"} | {field: t}
        return omgevingsanalyse.add_indicator(s, trajectory_id=world["trajectory"], **fields).id

    normalise = None if field == "gemeente" else one_line
    column = "value_gemeente" if field == "gemeente" else field
    send_corpus(write, add, ContextIndicator, column, normalise)


@pytest.mark.parametrize("field", ["domain", "what", "partners", "note"])
def test_inventory_fields(write, read, world, field):
    def add(s, t, i):
        fields = {"domain": f"Domein {i}", "what": "Een actie"} | {field: t}
        return omgevingsanalyse.add_inventory_item(s, trajectory_id=world["trajectory"], **fields).id

    # A domain joins an existing spelling ("wonen" joins "Wonen"): the same but for capitals.
    send_corpus(write, add, InventoryItem, field, one_line if field == "domain" else stripped,
                same=(lambda stored, typed: stored.casefold() == typed.casefold()) if field == "domain" else str.__eq__)


def test_an_imported_file_full_of_hostile_names_imports_or_says_why(write, read, world):
    import csv
    import io

    for typed in sample(60):
        out = io.StringIO()
        csv.writer(out, delimiter=";").writerows([["indicator", "jaar", "gemeente"], [typed, "2023", "1"]])
        try:
            with write() as s:
                omgevingsanalyse.import_indicators(s, trajectory_id=world["trajectory"],
                                                   content=out.getvalue().encode("utf-8", "surrogatepass"),
                                                   filename=typed)
        except ValueError as exc:
            assert_dutch_refusal(exc, typed)


@pytest.mark.parametrize("field", ["title", "question_nl", "parent_question_nl", "question_en", "parent_question_fr"])
def test_own_question_fields(write, read, world, field):
    def create(s, t, i):
        fields = {"title": "Vraag", "question_nl": "Wat hielp?", "parent_question_nl": "Wat hielp jou?"} | {field: t}
        return question.create_question(s, trajectory_id=world["trajectory"], **fields).id

    send_corpus(write, create, OwnQuestion, field,
                one_line if field == "title" else stripped)


def test_vision_parts(write, read, world):
    for part in ("visie_wat", "visie_hoe", "missie"):
        def save(s, t, i, part=part):
            fields = {"visie_wat": "", "visie_hoe": "", "missie": ""} | {part: t}
            return vision.save_version(s, trajectory_id=world["trajectory"], author="anna", **fields).id

        send_corpus(write, save, VisionVersion, part, stripped)


def test_answers_typed_in_sent_from_a_phone_and_their_elements(write, read, world):
    casus = world["casus"]
    send_corpus(write, lambda s, t, i: contribution.add_contribution(s, session_exercise_id=casus, text=t).id,
                Contribution, "text", stripped)
    def with_element(s, t, i):
        elements = contribution.add_contribution(s, session_exercise_id=casus, text="Een verhaal",
                                                 elements=[t]).elements
        return elements[0].id if elements else None  # an empty element is left out

    send_corpus(write, with_element, EssentialElement, "text", stripped)
    with write() as s:
        phone = participant.join(s, session_id=world["session"], token=anonymity.new_device_token()).id
        leader = contribution.add_contribution(s, session_exercise_id=casus, text="Leider").id
    send_corpus(write, lambda s, t, i: contribution.submit_answer(
        s, session_exercise_id=casus, participant_id=phone, text=t).id, Contribution, "text", stripped)
    send_corpus(write, lambda s, t, i: contribution.add_element(s, contribution_id=leader, text=t).id,
                EssentialElement, "text", stripped)


def test_attendance_with_typed_roles_and_counts(write, read, world):
    send_corpus(write, lambda s, t, i: attendance.set_attendance(
        s, session_id=world["session"], counts={t: 1}))
    send_corpus(write, lambda s, t, i: attendance.set_attendance(
        s, session_id=world["session"], counts={MemberRole.OUDER: t}))


def _refusing_calls(world: dict[str, int], typed: str) -> list[Callable]:
    return [
        lambda s: trajectory.update_trajectory(s, trajectory_id=world["trajectory"], gemeente=typed),
        lambda s: goal.add_action(s, goal_id=world["operational"], what=typed),
        lambda s: domain.add_domain(s, domain_set_id=world["domain_set"], name=typed),
        lambda s: contribution.add_contribution(s, session_exercise_id=world["casus"], text=typed),
        lambda s: vision.save_version(s, trajectory_id=world["trajectory"], visie_wat=typed, visie_hoe="",
                                      missie="", author="anna"),
    ]


def test_what_no_database_can_hold_is_refused_everywhere_with_a_dutch_message(write, world):
    for typed in ("NUL\x00in het midden", "\ud800"):
        for call in _refusing_calls(world, typed):
            with pytest.raises(ValueError, match="onzichtbaar teken") as caught, write() as s:
                call(s)
            assert_dutch_refusal(caught.value, typed)


# --- every document still exports ---------------------------------------------------------------------


def _writes_of(world: dict[str, int], typed: str, index: int) -> list[Callable]:
    """Every write of the staff screens with this text in every text field."""
    t_id, casus = world["trajectory"], world["casus"]
    return [
        lambda s: trajectory.add_member(s, trajectory_id=t_id, role=MemberRole.PARTNER, organisation=typed,
                                        sector=typed),
        lambda s: domain.add_domain(s, domain_set_id=world["domain_set"], name=typed, icon=typed[:8]),
        lambda s: goal.add_strategic_goal(s, trajectory_id=t_id, domain_id=world["domain"], text=typed),
        lambda s: goal.add_operational_goal(s, parent_id=world["strategic"], text=typed, owner=typed,
                                            agreed_by=typed, means=typed),
        lambda s: goal.add_action(s, goal_id=world["operational"], what=typed, owner=typed, partners=typed,
                                  means=typed, expected_result=typed, start_on=dt.date(2026, 1, 1),
                                  end_on=dt.date(2026, 6, 1), status=ActionStatus.BEZIG),
        lambda s: evaluation.add_indicator(s, kind="outcome", name=typed, unit=typed, goal_id=world["operational"],
                                           baseline=1, target=10),
        lambda s: evaluation.add_measurement(s, indicator_id=world["indicator"], measured_on=dt.date(2026, 2, 1),
                                             value=index, note=typed),
        lambda s: omgevingsanalyse.add_indicator(s, trajectory_id=t_id, name=typed, unit=typed, source=typed,
                                                 gemeente=index, provincie=1),
        lambda s: omgevingsanalyse.add_inventory_item(s, trajectory_id=t_id, domain=typed, what=typed,
                                                      partners=typed, note=typed),
        lambda s: contribution.add_contribution(s, session_exercise_id=casus, text=typed, elements=[typed]),
        lambda s: question.create_question(s, trajectory_id=t_id, title=typed, question_nl=typed,
                                           parent_question_nl=typed),
        lambda s: meetings.update_session(s, session_id=world["session"], title=typed,
                                          scheduled_on=dt.date(2026, 3, 1)),
        lambda s: vision.save_version(s, trajectory_id=t_id, visie_wat=typed, visie_hoe=typed, missie=typed,
                                      author="anna"),
    ]


def test_every_document_exports_with_the_corpus_stored_everywhere(write, read, world, tmp_path):
    t_id, casus = world["trajectory"], world["casus"]
    texts = sample(50)
    with write() as s:
        phone = participant.join(s, session_id=world["session"], token=anonymity.new_device_token()).id
        contribution.submit_answer(s, session_exercise_id=casus, participant_id=phone, text="Een eerste antwoord")
    for index, typed in enumerate(texts):
        for step in _writes_of(world, typed, index):
            try:
                with write() as s:
                    step(s)
            except ValueError as exc:
                assert_dutch_refusal(exc, typed)
    with write() as s:  # a vote on domains named with the corpus, the round decided
        meeting = meetings.plan_session(s, trajectory_id=t_id, template_id="stuurgroep_3")
        meetings.open_session(s, session_id=meeting.id)
        vote_exercise = next(e for e in meeting.exercises if e.exercise_key == "prioriteiten_stemming")
        meetings.set_exercise_state(s, exercise_id=vote_exercise.id, state=ExerciseState.OPEN)
        opened = vote.open_round(s, session_exercise_id=vote_exercise.id, domain_set_id=world["domain_set"])
        domain_ids = [d.id for d in s.get(Domain, world["domain"]).domain_set.domains]
        for n in range(4):
            vote.cast_ballot(s, vote_round_id=opened.id, allocation={domain_ids[-1 - n]: 1, domain_ids[0]: 2},
                             device_token=anonymity.new_device_token())
        vote.close_round(s, vote_round_id=opened.id)
        vote.mark_deciding(s, vote_round_id=opened.id)
    for kind, export in files.EXPORTS.items():
        target = {"session_id": world["session"]} if export.about == files.SESSION else {"trajectory_id": t_id}
        with (write() if export.writes else read()) as s:
            path = files.write_export(s, kind, directory=tmp_path, **target)
        assert path.stat().st_size > 0, kind


def test_charts_draw_formulas_and_markup_as_text():
    labels = ["$$\\frac{1}{0}$$", "$x^", "![x](http://evil.example/x.png)", "\u202eevil", "😀" * 50, "\\"]
    assert charts.vote_chart_png(labels, [5, 4, 3, 2, 1, 0], value_label="$$").startswith(b"\x89PNG")
    assert charts.vote_chart_png(labels, [0] * 6, groups={"$a$": [1] * 6, "Anderen": [2] * 6}).startswith(b"\x89PNG")
    assert charts.progress_chart_png(labels, [0.5, 1.2, -0.1, 0, 1, 2]).startswith(b"\x89PNG")


# --- one answer per phone and question, also from two tabs at once --------------------------------------


def test_two_tabs_of_one_phone_sending_at_once_store_one_answer(engine, write, read, world):
    casus = world["casus"]
    tries, tabs = 8, 4
    for attempt in range(tries):
        with write() as s:
            phone = participant.join(s, session_id=world["session"], token=anonymity.new_device_token()).id
        start, problems = threading.Barrier(tabs), []

        def send(tab: int, phone: int = phone, attempt: int = attempt, start: threading.Barrier = start,
                 problems: list = problems) -> None:
            try:
                start.wait()
                with db.transaction(engine, write=True) as s:
                    contribution.submit_answer(s, session_exercise_id=casus, participant_id=phone,
                                               text=f"Antwoord {attempt} uit tab {tab}")
            except Exception as exc:  # noqa: BLE001 - any failure of a tab is the finding
                problems.append(exc)

        threads = [threading.Thread(target=send, args=(tab,)) for tab in range(tabs)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert problems == []
        with read() as s:
            answers = s.scalars(select(Contribution.text).where(Contribution.participant_id == phone)).all()
        assert len(answers) == 1 and answers[0].startswith(f"Antwoord {attempt} uit tab ")


def test_the_database_itself_refuses_a_second_answer_of_one_phone(write, world):
    with write() as s:
        phone = participant.join(s, session_id=world["session"], token=anonymity.new_device_token()).id
        contribution.submit_answer(s, session_exercise_id=world["casus"], participant_id=phone, text="Eerste")
    with pytest.raises(DBAPIError), write() as s:
        s.add(Contribution(session_exercise_id=world["casus"], participant_id=phone, text="Tweede"))
        s.flush()


# --- two editors of one vision ---------------------------------------------------------------------------


def test_the_second_editor_of_a_vision_sees_both_texts_and_overwrites_nothing(write, read, world):
    t_id = world["trajectory"]
    with read() as s:
        seen = vision.newest_number(s, trajectory_id=t_id)  # both editors open the page: nothing saved yet
    assert seen == 0
    with write() as s:
        first = vision.save_version(s, trajectory_id=t_id, visie_wat="Elk kind telt.", visie_hoe="", missie="",
                                    author="anna", expected_version=seen)
    assert first.number == 1
    with pytest.raises(vision.VisionConflict) as caught, write() as s:
        vision.save_version(s, trajectory_id=t_id, visie_wat="Elk kind doet mee.", visie_hoe="", missie="",
                            author="bert", expected_version=seen)
    conflict = caught.value
    assert "Iemand anders (anna) heeft intussen versie 1 van de visie bewaard" in str(conflict)
    assert "Elk kind telt." in conflict.theirs and "Elk kind doet mee." in conflict.yours
    with read() as s:
        assert [v.visie_wat for v in vision.versions(s, trajectory_id=t_id)] == ["Elk kind telt."]
    with write() as s:  # having seen theirs, bert saves on top of it
        second = vision.save_version(s, trajectory_id=t_id, visie_wat="Elk kind doet mee.", visie_hoe="",
                                     missie="", author="bert", expected_version=conflict.their_version)
    assert second.number == 2


def test_two_saves_of_one_vision_at_the_same_moment_keep_one_and_refuse_the_other(engine, read, world):
    t_id, editors = world["trajectory"], 4
    start, outcomes = threading.Barrier(editors), []

    def save(editor: int) -> None:
        start.wait()
        try:
            with db.transaction(engine, write=True) as s:
                vision.save_version(s, trajectory_id=t_id, visie_wat=f"Versie van {editor}", visie_hoe="",
                                    missie="", author=f"editor{editor}", expected_version=0)
            outcomes.append("saved")
        except vision.VisionConflict:
            outcomes.append("conflict")

    threads = [threading.Thread(target=save, args=(n,)) for n in range(editors)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["conflict"] * (editors - 1) + ["saved"]
    with read() as s:
        assert len(vision.versions(s, trajectory_id=t_id)) == 1


# --- privacy: the ballot's own hash, tracebacks, the SQLite file --------------------------------------------


def test_a_ballot_cannot_be_joined_to_the_answers_of_the_same_phone(write, read, world):
    token = anonymity.new_device_token()
    with write() as s:
        phone = participant.join(s, session_id=world["session"], token=token)
        meeting = meetings.plan_session(s, trajectory_id=world["trajectory"], template_id="stuurgroep_3")
        meetings.open_session(s, session_id=meeting.id)
        exercise = next(e for e in meeting.exercises if e.exercise_key == "prioriteiten_stemming")
        opened = vote.open_round(s, session_exercise_id=exercise.id, domain_set_id=world["domain_set"])
        vote.cast_ballot(s, vote_round_id=opened.id, allocation={world["domain"]: 1}, device_token=token)
    with read() as s:
        ballot_keys = set(s.scalars(select(Ballot.device_token)))
        assert phone.token_hash not in ballot_keys
        assert ballot_keys == {anonymity.ballot_hash(token)}
        assert vote.own_ballot(s, vote_round_id=opened.id, device_token=token) == {world["domain"]: 1}


def test_a_database_error_in_the_log_shows_no_typed_text(engine):
    secret = "mijn kind heeft geen winterjas"
    with pytest.raises(DBAPIError) as caught, engine.connect() as connection:
        connection.execute(text("INSERT INTO no_such_table (x) VALUES (:x)"), {"x": secret})
    assert secret not in str(caught.value)
    assert "hidden" in str(caught.value)


def test_the_sqlite_file_is_readable_by_its_owner_only(tmp_path):
    folder = tmp_path / "nieuwe-map"
    url = f"sqlite:///{folder / 'samenspraak.db'}"
    try:
        db.migrate(url)
        with db.engine_for(url).connect() as connection:
            connection.execute(select(func.count()).select_from(Trajectory.__table__))
            for file in folder.iterdir():
                assert stat.S_IMODE(file.stat().st_mode) == 0o600, file.name
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    finally:
        db.engine_for(url).dispose()


def test_an_older_world_readable_sqlite_file_is_made_private(tmp_path):
    path = tmp_path / "oud.db"
    url = f"sqlite:///{path}"
    try:
        db.migrate(url)
        db.engine_for(url).dispose()
        db.engine_for.cache_clear()
        path.chmod(0o644)
        db.engine_for(url)
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    finally:
        db.engine_for(url).dispose()


# --- the staff forms in AppTest with a sample of the corpus --------------------------------------------------


def _fill_and_submit(at, inputs: dict[str, str], button_label: str):
    for key, value in inputs.items():
        widget = next((w for w in [*at.text_input, *at.text_area] if w.key == key), None)
        assert widget is not None, key
        widget.input(value[:widget.max_chars] if widget.max_chars else value)
    next(b for b in at.button if b.label == button_label).click().run()
    return at


def _no_exception_and_nothing_rendered(at) -> None:
    assert not at.exception, [e.value for e in at.exception]
    for kind in ("markdown", "caption", "title", "header", "subheader", "error", "success", "info", "warning"):
        for element in getattr(at, kind):
            # Typed text reaches Markdown only escaped: no image or link syntax is left intact.
            assert not re.search(r"(?<!\\)!\[[^\]]*(?<!\\)\]\(", str(element.value)), element.value
            assert not re.search(r"(?<!\\)<script", str(element.value)), element.value


@pytest.mark.parametrize("typed", sample(8))
def test_staff_forms_take_hostile_text_without_an_exception_on_screen(database_url, demo_engine, read, typed):
    from tests.test_live_pages import app

    with read() as s:
        t_id = s.scalar(select(Trajectory.id).where(Trajectory.is_demo.is_(True)))
        meeting_id = s.scalar(select(Session.id).where(Session.trajectory_id == t_id).order_by(Session.id))
    pages = [
        ("pages/omgevingsanalyse.py", {"traject": str(t_id)},
         {"inv-new-what": typed, "inv-new-partners": typed, "inv-new-note": typed}, "Toevoegen"),
        ("pages/visie.py", {"traject": str(t_id)}, {"visie-wat": typed}, "Versie bewaren"),
        ("pages/vragen.py", {"traject": str(t_id)},
         {"new-title": typed, "new-question_nl": typed, "new-parent_question_nl": typed}, "Vraag bewaren"),
        ("pages/sessie.py", {"sessie": str(meeting_id)}, {"edit-title": typed}, "Titel en datum bewaren"),
        ("pages/traject.py", {"traject": str(t_id)}, {"edit-gemeente": typed}, "Bewaren"),
    ]
    for page, params, inputs, button_label in pages:
        at = app(page, staff=True, **params)
        _no_exception_and_nothing_rendered(at)
        at = _fill_and_submit(at, inputs, button_label)
        _no_exception_and_nothing_rendered(at)
        at.run()  # what was saved, shown again
        _no_exception_and_nothing_rendered(at)


def test_a_domain_named_as_an_image_is_shown_as_text_on_every_staff_page(demo_engine, write, read):
    from tests.test_live_pages import app

    image = "![x](http://evil.example/x.png)"
    with read() as s:
        t_id = s.scalar(select(Trajectory.id).where(Trajectory.is_demo.is_(True)))
    with write() as s:
        priority = domain.priority_domains(s, trajectory_id=t_id)[0]
        domain.update_domain(s, domain_id=priority.id, name=image, icon="![](http://e/x)")
        trajectory.update_trajectory(s, trajectory_id=t_id, gemeente="<img src=x onerror=alert(1)> $$x$$")
    for page in ("traject", "groeperen", "prioriteiten", "doelen", "actieplan", "evaluatie", "visie", "stuurgroep",
                 "omgevingsanalyse", "exporteren", "vragen"):
        at = app(f"pages/{page}.py", staff=True, traject=str(t_id))
        _no_exception_and_nothing_rendered(at)
        labels = [str(w.label) for kind in ("button", "expander", "radio", "number_input", "text_input")
                  for w in getattr(at, kind, [])]
        assert not [label for label in labels if re.search(r"(?<!\\)!\[", label)], page


def test_max_chars_of_the_staff_inputs_follow_the_columns(demo_engine, read):
    from tests.test_live_pages import app

    with read() as s:
        t_id = s.scalar(select(Trajectory.id).where(Trajectory.is_demo.is_(True)))
    at = app("pages/actieplan.py", staff=True, traject=str(t_id))
    owners = [w.max_chars for w in at.text_input if w.key and w.key.startswith("owner-") or w.key == "new-owner"]
    assert owners and set(owners) == {160}
    at = app("pages/traject.py", staff=True, traject=str(t_id))
    assert next(w for w in at.text_input if w.key == "edit-gemeente").max_chars == 120


def test_the_corpus_is_large_and_varied():
    assert len(CORPUS) >= 200
    for needle in ("<script>", "![", "javascript:", "\u202e", "\u200b", "😀", "DROP TABLE", "\x00", "$$"):
        assert any(needle in s for s in CORPUS), needle
    assert any(len(s) >= 100_000 for s in CORPUS)
    assert Path(__file__).with_name("hostile.py").exists()


def test_the_vision_page_warns_the_second_editor_and_saves_once_they_have_seen_it(demo_engine, write, read):
    from tests.test_live_pages import app

    with read() as s:
        t_id = s.scalar(select(Trajectory.id).where(Trajectory.is_demo.is_(True)))
        before = len(vision.versions(s, trajectory_id=t_id))
        newest = vision.newest_number(s, trajectory_id=t_id)
    at = app("pages/visie.py", staff=True, traject=str(t_id))
    with write() as s:  # someone else saves while this editor is typing
        vision.save_version(s, trajectory_id=t_id, visie_wat="Hun visie", visie_hoe="", missie="", author="bert",
                            expected_version=newest)
    at.text_area(key="visie-wat").input("Mijn visie")
    next(b for b in at.button if b.label == "Versie bewaren").click().run()
    assert not at.exception
    assert "heeft intussen versie" in at.error[0].value.replace("\\", "")
    shown = [t.value for t in at.text]
    assert any("Hun visie" in t for t in shown) and any("Mijn visie" in t for t in shown)
    with read() as s:
        assert [v.visie_wat for v in vision.versions(s, trajectory_id=t_id)][:1] == ["Hun visie"]
    next(b for b in at.button if b.label == "Versie bewaren").click().run()  # seen: now it is saved on top
    assert not at.exception and not at.error
    with read() as s:
        kept = vision.versions(s, trajectory_id=t_id)
    assert len(kept) == before + 2 and kept[0].visie_wat == "Mijn visie"
