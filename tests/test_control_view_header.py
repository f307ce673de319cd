"""The control view says what the beamer shows: before the first question it does not claim a
question is 'op het scherm', and one answer is '1 antwoord'."""

from __future__ import annotations

import pytest

from facilitation import contribution, db, trajectory
from facilitation import session as meetings
from tests.test_live_pages import app, texts


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_before_the_first_question_nothing_is_said_to_be_on_the_screen(engine):
    with db.transaction(engine, write=True) as s:
        t = trajectory.create_trajectory(s, gemeente="Geel", period_start=2025, period_end=2030)
        meeting = meetings.plan_session(s, trajectory_id=t.id, template_id="stuurgroep_2")
        meetings.open_session(s, session_id=meeting.id)
        contribution.add_contribution(s, session_exercise_id=meeting.exercises[0].id, text="Huiswerk")
        session_id = meeting.id
    at = app("pages/sessie.py", staff=True, sessie=str(session_id))
    assert not at.exception
    page = texts(at)
    assert "Op het scherm:" not in page
    assert "Nog niet op het scherm: Casus" in page
    assert "1 antwoord ·" in page and "1 antwoorden" not in page
    next(b for b in at.button if b.label == "Volgende vraag").click().run()
    assert "Op het scherm: Casus" in texts(at)
