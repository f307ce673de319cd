"""Homework (roadmap step 4): casus and droom are opened days before stuurgroep 2. A parent answers
both from one phone, one after the other, and sees what is done; in the room the phone still
follows the question on the beamer. Unsent text waits in the tab when the facilitator moves on."""

from __future__ import annotations

import pytest

from facilitation import anonymity, contribution, db, live, participant
from facilitation import session as meetings
from facilitation.models import Contribution, ExerciseState, Session
from facilitation.ui import live as ui_live
from tests.test_live_pages import count, join, texts

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


def labels(at) -> list[str]:
    return [b.label for b in at.button]


def tap(at, text: str):
    """Tap the button whose label contains the text."""
    return next(b for b in at.button if text in b.label).click().run()


def again(at):
    """The page after a change elsewhere (the phones' snapshot is shared for a second)."""
    ui_live.phone_view.clear()
    return at.run()


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
    at = join(code)
    assert not at.exception
    assert "Er zijn 2 vragen open" in texts(at)
    assert labels(at)[:2] == [f"✏️ 1. {CASUS}", f"✏️ 2. {DROOM}"]
    assert "Even wachten" not in texts(at)

    tap(at, CASUS)
    assert at.subheader[0].value.startswith(CASUS)
    at.text_area(key=f"text-{ids['casus']}").input("De juf vroeg elke dag hoe het ging.")
    at.text_area(key=f"elements-{ids['casus']}").input("Iemand die luistert")
    tap(at, "Versturen")
    assert "Bedankt, je antwoord is doorgestuurd" in texts(at)
    assert f"✏️ 2. {DROOM}" in labels(at)  # still to do, below

    tap(at, "Volgende vraag")
    assert at.subheader[0].value.startswith(DROOM)
    at.text_area(key=f"text-{ids['droom']}").input("Een speelplein in elke wijk.")
    tap(at, "Versturen")
    assert "Je hebt alle vragen gedaan" in texts(at)
    assert f"✅ 1. {CASUS}" in labels(at)

    tap(at, "Alle vragen")
    assert labels(at)[:2] == [f"✅ 1. {CASUS}", f"✅ 2. {DROOM}"]
    assert "Je hebt 2 van de 2 vragen beantwoord." in texts(at)
    with db.transaction(engine) as s:
        stored = {c.session_exercise_id: c.text for c in s.query(Contribution)}
    assert stored == {ids["casus"]: "De juf vroeg elke dag hoe het ging.", ids["droom"]: "Een speelplein in elke wijk."}


def test_a_done_question_can_be_changed_or_withdrawn_while_it_is_open(engine, homework):
    code, ids = homework
    at = join(code)
    tap(at, DROOM)
    at.text_area(key=f"text-{ids['droom']}").input("Eerste droom")
    tap(at, "Versturen")
    tap(at, "Alle vragen")
    tap(at, DROOM)
    tap(at, "Aanpassen")
    assert at.text_area(key=f"text-{ids['droom']}").value == "Eerste droom"
    at.text_area(key=f"text-{ids['droom']}").input("Tweede droom")
    tap(at, "Versturen")
    assert "Tweede droom" in texts(at)
    tap(at, "Terugtrekken")
    assert count(engine, Contribution) == 0
    tap(at, "Alle vragen")
    assert f"✏️ 2. {DROOM}" in labels(at)


def test_a_closed_question_leaves_the_list_and_one_open_question_is_shown_at_once(engine, homework):
    code, ids = homework
    at = join(code)
    with db.transaction(engine, write=True) as s:
        meetings.set_exercise_state(s, exercise_id=ids["casus"], state=ExerciseState.CLOSED)
    again(at)
    assert at.subheader[0].value.startswith(DROOM)
    assert not [label for label in labels(at) if CASUS in label]
    with db.transaction(engine, write=True) as s:
        meetings.set_exercise_state(s, exercise_id=ids["droom"], state=ExerciseState.CLOSED)
    assert "Even wachten" in texts(again(at))


def test_in_the_room_the_phone_follows_the_beamer_and_lists_the_other_open_question(engine, session_id, homework):
    code, ids = homework
    with db.transaction(engine, write=True) as s:
        meetings.show_exercise(s, exercise_id=ids["casus"])
        extra = meetings.add_exercise(s, session_id=session_id, exercise_key="menselijke_waardigheid").id
    at = join(code)
    assert at.subheader[0].value.startswith(CASUS)
    assert "Andere open vragen" in texts(at)
    tap(at, DROOM)
    assert at.subheader[0].value.startswith(DROOM)
    assert "Naar de vraag op het grote scherm" in labels(at)
    with db.transaction(engine, write=True) as s:  # the facilitator moves on: every phone goes along
        meetings.show_exercise(s, exercise_id=extra)
    again(at)
    assert at.subheader[0].value.startswith("Wat heb jij nodig voor een goed leven?")
    assert "Naar de vraag op het grote scherm" not in labels(at)


def test_unsent_text_comes_back_with_the_question(engine, homework):
    code, ids = homework
    with db.transaction(engine, write=True) as s:
        meetings.show_exercise(s, exercise_id=ids["casus"])
    at = join(code)
    at.text_area(key=f"text-{ids['casus']}").input("Toen mijn zoon ziek was, hielp")
    with db.transaction(engine, write=True) as s:  # the facilitator moves on ...
        meetings.show_exercise(s, exercise_id=ids["droom"])
    again(at)
    assert at.subheader[0].value.startswith(DROOM)
    with db.transaction(engine, write=True) as s:  # ... and comes back
        meetings.show_exercise(s, exercise_id=ids["casus"])
    again(at)
    assert at.subheader[0].value.startswith(CASUS)
    assert at.text_area(key=f"text-{ids['casus']}").value == "Toen mijn zoon ziek was, hielp"
    assert count(engine, Contribution) == 0  # a draft stays in the tab, never in the database
    tap(at, "Versturen")
    assert "Bedankt, je antwoord is doorgestuurd" in texts(at)
