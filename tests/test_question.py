"""Own questions (roadmap steps 7-8): the facilitator writes a question for a focus group or a
werkgroep, with a plain wording for parents that never calls them poor, and uses it in a session
like a question of the roadmap: on the agenda, on the beamer, on the phones, in the grouping."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from facilitation import anonymity, contribution, db, domain, live, participant, question, trajectory
from facilitation import session as meetings
from facilitation.models import ExerciseState, OwnQuestion, Session, SessionExercise
from tests.test_live_pages import app, texts
from tests.test_phone import Phone

SPORT = {
    "title": "Sportclub",
    "question_nl": "Wat houdt kinderen weg van de sportclub, en wat zou helpen?",
    "parent_question_nl": "Wil jouw kind sporten? Wat maakt het moeilijk? Wat zou helpen?",
}


@pytest.fixture
def own_id(write, trajectory_id) -> int:
    with write() as s:
        return question.create_question(s, trajectory_id=trajectory_id, **SPORT).id


@pytest.fixture
def focus_id(write, trajectory_id) -> int:
    """An open focusgroep of the trajectory, without exercises of its own yet."""
    with write() as s:
        meeting = meetings.plan_session(s, trajectory_id=trajectory_id, template_id="focusgroep_vrije_tijd")
        meeting.exercises.clear()
        meetings.open_session(s, session_id=meeting.id)
        return meeting.id


def _agenda(read, session_id) -> list[str]:
    with read() as s:
        return [e.exercise_key for e in sorted(s.get(Session, session_id).exercises, key=lambda e: e.position)]


# --- writing, editing, deleting ---------------------------------------------------------------------


def test_a_question_in_dutch_only_is_in_the_trajectorys_catalogue_and_falls_back_to_dutch(write, read, trajectory_id,
                                                                                         own_id):
    with read() as s:
        cat = question.catalogue_for(s, trajectory_id=trajectory_id)
    asked = cat.exercise(f"eigen-{own_id}")
    assert (asked.title.nl, asked.kind, asked.follow_up) == ("Sportclub", "open", None)
    assert asked.question.get("nl") == SPORT["question_nl"]
    assert asked.parent_question.get("en") == asked.parent_question.get("fr") == SPORT["parent_question_nl"]
    assert "casus" in cat.exercises  # the shipped questions stay


def test_english_and_french_are_used_where_they_were_written(write, read, trajectory_id):
    with write() as s:
        own = question.create_question(s, trajectory_id=trajectory_id, **SPORT, question_en="  ",
                                       parent_question_en="Does your child want to do sport? What helps?")
    with read() as s:
        asked = question.catalogue_for(s, trajectory_id=trajectory_id).exercise(question.key_of(own.id))
        stored = s.get(OwnQuestion, own.id)
    assert asked.parent_question.get("en") == "Does your child want to do sport? What helps?"
    assert asked.question.get("en") == SPORT["question_nl"]  # left blank: Dutch
    assert stored.question_en is None


def test_another_trajectory_does_not_see_the_question(write, read, own_id):
    with write() as s:
        other = trajectory.create_trajectory(s, gemeente="Mol", period_start=2025, period_end=2030).id
    with read() as s:
        assert f"eigen-{own_id}" not in question.catalogue_for(s, trajectory_id=other).exercises


@pytest.mark.parametrize(("field", "text", "word"), [
    ("parent_question_nl", "Wat helpt gezinnen in armoede?", "armoede"),
    ("parent_question_nl", "Wat hebben kansarme kinderen nodig?", "kansarme"),
    ("parent_question_nl", "Je bent arm. Wat helpt?", "arm"),
    ("parent_question_en", "What helps families in poverty?", "poverty"),
    ("parent_question_fr", "Qu'est-ce qui aide les familles pauvres ?", "pauvres"),
])
def test_a_parent_wording_that_calls_parents_poor_is_refused(write, read, trajectory_id, field, text, word):
    with pytest.raises(question.QuestionError, match=f"staat ‘{word}’.*nooit arm of kansarm"), write() as s:
        question.create_question(s, trajectory_id=trajectory_id, **{**SPORT, field: text})
    with read() as s:
        assert question.questions(s, trajectory_id=trajectory_id) == []


def test_the_groups_wording_may_name_poverty_and_warm_or_armband_are_fine(write, trajectory_id):
    with write() as s:
        question.create_question(s, trajectory_id=trajectory_id, title="Armoede in de gemeente",
                                 question_nl="Wat doet onze gemeente tegen armoede?",
                                 parent_question_nl="Wat helpt jou als het koud is? Een warm huis, een armband?")


@pytest.mark.parametrize(("changes", "message"), [
    ({"title": "   "}, "Vul de titel in"),
    ({"question_nl": ""}, "Vul de vraag voor de groep"),
    ({"parent_question_nl": None}, "Vul de eenvoudige vraag voor ouders"),
    ({"kind": "vote"}, "Onbekende soort vraag"),
    ({"question_fr": "x" * 1001}, "te lang: 1001 tekens"),
])
def test_what_is_missing_or_wrong_is_named_in_dutch(write, trajectory_id, changes, message):
    with pytest.raises(question.QuestionError, match=message), write() as s:
        question.create_question(s, trajectory_id=trajectory_id, **{**SPORT, **changes})


def test_editing_changes_the_wording_everywhere_it_is_used(write, read, trajectory_id, own_id):
    with write() as s:
        question.update_question(s, question_id=own_id, title="Sport en spel", kind="dream",
                                 question_nl="Hoe ziet een sportclub voor alle kinderen eruit?",
                                 parent_question_nl="Stel je voor: elk kind mag sporten. Hoe ziet dat eruit?")
    with read() as s:
        asked = question.catalogue_for(s, trajectory_id=trajectory_id).exercise(f"eigen-{own_id}")
    assert (asked.title.nl, asked.kind) == ("Sport en spel", "dream")
    assert asked.parent_question.nl.startswith("Stel je voor")


def test_editing_keeps_the_old_wording_when_the_new_one_is_refused(write, read, own_id):
    with pytest.raises(question.QuestionError), write() as s:
        question.update_question(s, question_id=own_id, **{**SPORT, "parent_question_nl": "Jij bent kansarm."})
    with read() as s:
        assert s.get(OwnQuestion, own_id).parent_question_nl == SPORT["parent_question_nl"]


def test_a_question_without_answers_is_deleted_also_from_the_agenda(write, read, own_id, focus_id):
    with write() as s:
        added = meetings.add_exercise(s, session_id=focus_id, exercise_key=f"eigen-{own_id}")
        meetings.show_exercise(s, exercise_id=added.id)
    with write() as s:
        question.delete_question(s, question_id=own_id)
    with read() as s:
        assert s.get(OwnQuestion, own_id) is None
        assert s.get(Session, focus_id).current_exercise_id is None
    assert _agenda(read, focus_id) == []


def test_a_question_with_answers_is_not_deleted(write, read, own_id, focus_id):
    with write() as s:
        added = meetings.add_exercise(s, session_id=focus_id, exercise_key=f"eigen-{own_id}")
        contribution.add_contribution(s, session_exercise_id=added.id, text="De bus rijdt niet op zaterdag.")
    with pytest.raises(question.QuestionError, match="heeft al antwoorden"), write() as s:
        question.delete_question(s, question_id=own_id)
    with read() as s:
        assert s.get(OwnQuestion, own_id) is not None
        assert question.usage(s, trajectory_id=s.get(OwnQuestion, own_id).trajectory_id) == {
            own_id: question.Usage(("Focusgroep vrije tijd",), 1)}
    assert _agenda(read, focus_id) == [f"eigen-{own_id}"]


def test_a_question_that_is_gone_gets_a_dutch_message(write):
    with pytest.raises(question.QuestionError, match="bestaat niet"), write() as s:
        question.delete_question(s, question_id=999_999)


# --- used in a session --------------------------------------------------------------------------------


def test_an_own_question_is_put_on_the_agenda_answered_and_grouped_like_a_roadmap_question(
        write, read, trajectory_id, own_id, focus_id):
    with write() as s:
        added = meetings.add_exercise(s, session_id=focus_id, exercise_key=f"eigen-{own_id}")
        meetings.show_exercise(s, exercise_id=added.id)
        phone = participant.join(s, session_id=focus_id, token=anonymity.new_device_token())
        contribution.submit_answer(s, session_exercise_id=added.id, participant_id=phone.id,
                                   text="Het lidgeld is te duur voor ons.")
        set_id = domain.adopt_domain_set(s, trajectory_id=trajectory_id, source_key="roadmap").id
    with read() as s:
        view = live.phone_view(s, code=s.get(Session, focus_id).join_code)
        items = domain.items_to_group(s, trajectory_id=trajectory_id, domain_set_id=set_id)
    assert (view.exercise_key, view.exercise_state) == (f"eigen-{own_id}", ExerciseState.OPEN)
    assert [(i.text, i.source) for i in items] == [("Het lidgeld is te duur voor ons.", "Focusgroep vrije tijd · Sportclub")]


def test_a_question_of_another_trajectory_cannot_be_put_on_the_agenda(write, read, own_id):
    with write() as s:
        other = trajectory.create_trajectory(s, gemeente="Mol", period_start=2025, period_end=2030).id
        meeting = meetings.plan_session(s, trajectory_id=other, template_id="stuurgroep_1").id
    with pytest.raises(meetings.SessionError, match=f"Onbekende oefening: eigen-{own_id}"), write() as s:
        meetings.add_exercise(s, session_id=meeting, exercise_key=f"eigen-{own_id}")


# --- the screens ------------------------------------------------------------------------------------------


def test_the_page_writes_edits_puts_on_an_agenda_and_deletes_a_question(engine, trajectory_id, focus_id):
    at = app("pages/vragen.py", staff=True, traject=str(trajectory_id))
    assert not at.exception
    assert "Nog geen eigen vragen" in texts(at)
    at.text_input(key="new-title").input("Sportclub")
    at.text_area(key="new-question_nl").input(SPORT["question_nl"])
    at.text_area(key="new-parent_question_nl").input("Wat helpt gezinnen in armoede?")
    next(b for b in at.button if b.label == "Vraag bewaren").click().run()
    assert "staat ‘armoede’" in texts(at)  # refused, and what was typed is still there
    assert at.text_input(key="new-title").value == "Sportclub"
    at.text_area(key="new-parent_question_nl").input(SPORT["parent_question_nl"])
    next(b for b in at.button if b.label == "Vraag bewaren").click().run()
    assert not at.exception
    with db.transaction(engine) as s:
        (own,) = s.scalars(select(OwnQuestion)).all()
    assert at.text_input(key="new-title").value == ""
    assert SPORT["parent_question_nl"] in texts(at)

    at.text_input(key=f"q{own.id}-title").input("Sport en spel")
    next(b for b in at.button if b.label == "Wijzigingen bewaren").click().run()
    at.selectbox(key=f"agenda-{own.id}").set_value(focus_id)
    at.button(key=f"add-{own.id}").click().run()
    assert not at.exception
    with db.transaction(engine) as s:
        assert s.get(OwnQuestion, own.id).title == "Sport en spel"
        assert [e.exercise_key for e in s.get(Session, focus_id).exercises] == [f"eigen-{own.id}"]
    assert "op de agenda van: Focusgroep vrije tijd · 0 antwoorden" in texts(at)

    at.button(key=f"delete-{own.id}").click().run()
    assert not at.exception
    with db.transaction(engine) as s:
        assert s.scalars(select(OwnQuestion)).all() == []
        assert s.get(Session, focus_id).exercises == []


def test_the_control_view_offers_and_shows_the_own_question(engine, write, own_id, focus_id):
    at = app("pages/sessie.py", staff=True, sessie=str(focus_id))
    add = at.selectbox(key="new_exercise")
    assert add.value is None
    assert add.options[-1] == "✍️ Eigen vraag: Sportclub"
    add.set_value(f"eigen-{own_id}")
    next(b for b in at.button if b.label == "Toevoegen").click().run()
    next(b for b in at.button if b.label == "Volgende vraag").click().run()
    assert not at.exception
    assert "Op het scherm: Sportclub" in texts(at)


def test_the_phone_shows_the_own_question_in_dutch_when_english_was_not_written(write, own_id, focus_id):
    with write() as s:
        added = meetings.add_exercise(s, session_id=focus_id, exercise_key=f"eigen-{own_id}")
        meetings.show_exercise(s, exercise_id=added.id)
        code = s.get(Session, focus_id).join_code
    phone = Phone()
    phone.join(code, lang="en")
    assert SPORT["parent_question_nl"] in phone.text
    assert "Your answer" in phone.text


def test_the_beamer_shows_the_own_question(write, own_id, focus_id):
    with write() as s:
        added = meetings.add_exercise(s, session_id=focus_id, exercise_key=f"eigen-{own_id}")
        meetings.show_exercise(s, exercise_id=added.id)
        code = s.get(Session, focus_id).join_code
    at = app("pages/scherm.py", staff=True, code=code)
    assert not at.exception
    assert SPORT["question_nl"] in texts(at)


def test_an_agenda_item_that_is_no_question_of_this_trajectory_is_not_found(write, read, own_id):
    with write() as s:
        other = trajectory.create_trajectory(s, gemeente="Mol", period_start=2025, period_end=2030).id
        meeting = meetings.plan_session(s, trajectory_id=other, template_id="stuurgroep_1")
        stray = SessionExercise(exercise_key=f"eigen-{own_id}", position=9)
        meeting.exercises.append(stray)
        s.flush()
        assert question.template_of(stray, question.catalogue_for(s, trajectory_id=other)) is None
