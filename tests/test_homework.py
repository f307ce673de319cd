"""Homework (roadmap step 4): casus and droom are opened days before stuurgroep 2. A parent answers
both from one phone, one after the other, and sees what is done; in the room the phone still
follows the question on the beamer. (Unsent text waiting in the tab: tests/test_phone_browser.py.)"""

from __future__ import annotations

import re

import pytest

from facilitation import anonymity, contribution, db, live, participant
from facilitation import session as meetings
from facilitation.models import Contribution, ExerciseState, Session
from tests.test_live_pages import count
from tests.test_phone import Phone, no_shared_snapshot, text_of  # noqa: F401 - the fixture

CASUS = "Denk aan een moeilijke periode."
DROOM = "Stel je voor: je wordt wakker in een nieuwe gemeente."


@pytest.fixture
def homework(engine, session_id) -> tuple[str, dict[str, int]]:
    """Stuurgroep 2, started days before the meeting: casus and droom open, nothing on the beamer."""
    with db.transaction(engine, write=True) as s:
        meeting = s.get(Session, session_id)
        ids = {e.exercise_key: e.id for e in meeting.exercises}
        for exercise_id in ids.values():
            meetings.set_exercise_state(s, exercise_id=exercise_id, state=ExerciseState.OPEN)
        return meeting.join_code, ids


# --- what the phone reads ------------------------------------------------------------------------------


def test_the_phone_knows_every_open_question_in_agenda_order(write, read, session_id, homework):
    code, ids = homework
    with read() as s:
        view = live.phone_view(s, code=code)
    assert view.exercise_id is None
    assert view.open_exercises == ((ids["casus"], "casus"), (ids["droom"], "droom"))
    with write() as s:
        meetings.set_exercise_state(s, exercise_id=ids["casus"], state=ExerciseState.CLOSED)
        meetings.move_exercise(s, exercise_id=ids["droom"], offset=-1)
    with read() as s:
        assert live.phone_view(s, code=code).open_exercises == ((ids["droom"], "droom"),)


def test_done_markers_are_this_phones_own_answers_only(write, read, session_id, homework):
    _, ids = homework
    with write() as s:
        mine, other = (participant.join(s, session_id=session_id, token=anonymity.new_device_token()).id
                       for _ in range(2))
        contribution.submit_answer(s, session_exercise_id=ids["droom"], participant_id=mine, text="Een speelplein")
        contribution.submit_answer(s, session_exercise_id=ids["casus"], participant_id=other, text="De juf")
    with read() as s:
        assert contribution.answered(s, participant_id=mine, session_exercise_ids=list(ids.values())) == {ids["droom"]}
        assert contribution.answered(s, participant_id=mine, session_exercise_ids=[]) == set()


# --- the phone ----------------------------------------------------------------------------------------------


def test_two_open_questions_are_answered_one_after_the_other_from_one_phone(engine, homework):
    code, ids = homework
    phone = Phone()
    phone.join(code)
    assert "Er zijn 2 vragen open" in phone.text
    assert [link for link in phone.links() if "vragen" not in link][:2] == [
        f"✏️ 1. {CASUS} (nog te doen)", f"✏️ 2. {DROOM} (nog te doen)"]
    assert "Even wachten" not in phone.text

    phone.follow(CASUS)
    assert re.search(r'<h1 class="question"[^>]*>' + re.escape(CASUS), phone.page)
    phone.answer(code, ids["casus"], "De juf vroeg elke dag hoe het ging.", elements="Iemand die luistert",
                 picked=str(ids["casus"]))
    assert "Bedankt, je antwoord is doorgestuurd" in phone.text
    assert f"✏️ 2. {DROOM} (nog te doen)" in phone.links()  # still to do, below

    phone.follow("Volgende vraag")
    assert re.search(r'<h1 class="question"[^>]*>' + re.escape(DROOM), phone.page)
    phone.answer(code, ids["droom"], "Een speelplein in elke wijk.", picked=str(ids["droom"]))
    assert "Je hebt alle vragen gedaan" in phone.text
    assert f"✅ 1. {CASUS} (beantwoord)" in phone.links()

    phone.follow("Alle vragen")
    assert f"✅ 2. {DROOM} (beantwoord)" in phone.links()
    assert "Je hebt 2 van de 2 vragen beantwoord." in phone.text
    with db.transaction(engine) as s:
        stored = {c.session_exercise_id: c.text for c in s.query(Contribution)}
    assert stored == {ids["casus"]: "De juf vroeg elke dag hoe het ging.", ids["droom"]: "Een speelplein in elke wijk."}


def test_a_done_question_can_be_changed_or_withdrawn_while_it_is_open(engine, homework):
    code, ids = homework
    phone = Phone()
    phone.join(code)
    phone.follow(DROOM)
    phone.answer(code, ids["droom"], "Eerste droom", picked=str(ids["droom"]))
    phone.follow("Aanpassen")
    assert "Eerste droom</textarea>" in phone.page
    phone.answer(code, ids["droom"], "Tweede droom", picked=str(ids["droom"]))
    assert "Tweede droom" in phone.text
    phone.post(actie="terugtrekken", code=code, lang="nl", vraag=str(ids["droom"]), gekozen=str(ids["droom"]))
    assert count(engine, Contribution) == 0
    phone.follow("Alle vragen")
    assert f"✏️ 2. {DROOM} (nog te doen)" in phone.links()


def test_a_closed_question_leaves_the_list_and_one_open_question_is_shown_at_once(engine, homework):
    code, ids = homework
    phone = Phone()
    phone.join(code)
    with db.transaction(engine, write=True) as s:
        meetings.set_exercise_state(s, exercise_id=ids["casus"], state=ExerciseState.CLOSED)
    phone.open(code)
    assert re.search(r'<h1 class="question"[^>]*>' + re.escape(DROOM), phone.page)
    assert not [link for link in phone.links() if CASUS in link]
    with db.transaction(engine, write=True) as s:
        meetings.set_exercise_state(s, exercise_id=ids["droom"], state=ExerciseState.CLOSED)
    assert "Even wachten" in text_of(phone.open(code))


def test_in_the_room_the_phone_follows_the_beamer_and_lists_the_other_open_question(engine, session_id, homework):
    code, ids = homework
    with db.transaction(engine, write=True) as s:
        meetings.show_exercise(s, exercise_id=ids["casus"])
        extra = meetings.add_exercise(s, session_id=session_id, exercise_key="menselijke_waardigheid").id
    phone = Phone()
    phone.join(code)
    assert re.search(r'<h1 class="question"[^>]*>' + re.escape(CASUS), phone.page)
    assert "Andere open vragen" in phone.text
    phone.follow(DROOM)
    assert re.search(r'<h1 class="question"[^>]*>' + re.escape(DROOM), phone.page)
    assert "Naar de vraag op het grote scherm" in phone.text
    with db.transaction(engine, write=True) as s:  # the facilitator moves on: every phone goes along
        meetings.show_exercise(s, exercise_id=extra)
    phone.open(code)  # what the page's script loads when the screen changes: the address without the pick
    assert "Wat heb jij nodig voor een goed leven?" in phone.text
    assert "Naar de vraag op het grote scherm" not in phone.text
