"""A closed session as the room sees it: the beamer says it is over (no question marked open, no QR
code inviting people in), and a phone that showed "afgelopen" comes back when the session reopens."""

from __future__ import annotations

import pytest

from facilitation import contribution, db, trajectory
from facilitation import session as meetings
from facilitation.models import ExerciseState, Session
from tests.test_live_pages import app, texts

SQLITE_ONLY = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)


@pytest.fixture
def closed(engine):
    """A stuurgroep 2 with the casus on the screen and one answer, then closed: (session id, code)."""
    with db.transaction(engine, write=True) as s:
        t = trajectory.create_trajectory(s, gemeente="Geel", period_start=2025, period_end=2030)
        meeting = meetings.plan_session(s, trajectory_id=t.id, template_id="stuurgroep_2")
        meetings.open_session(s, session_id=meeting.id)
        shown = meetings.next_exercise(s, session_id=meeting.id)
        contribution.add_contribution(s, session_exercise_id=s.get(Session, meeting.id).current_exercise_id,
                                      text="De school hielp ons.")
        assert shown is not None
        meetings.close_session(s, session_id=meeting.id)
        return meeting.id, meeting.join_code


@SQLITE_ONLY
def test_the_beamer_of_a_closed_session_says_it_is_over(engine, closed):
    _session_id, code = closed
    at = app("pages/scherm.py", staff=True, code=code)
    assert not at.exception
    page = texts(at)
    assert "Deze sessie is afgesloten" in page
    assert "🟢 open" not in page and "Scan de QR-code" not in page
    assert not at.get("image"), "no QR code invites people into a closed session"


@SQLITE_ONLY
def test_the_beamer_before_the_first_question_counts_no_answers(engine):
    """Homework answers may already be in: the welcome screen shows no '0 antwoorden'."""
    with db.transaction(engine, write=True) as s:
        t = trajectory.create_trajectory(s, gemeente="Geel", period_start=2025, period_end=2030)
        meeting = meetings.plan_session(s, trajectory_id=t.id, template_id="stuurgroep_2")
        meetings.open_session(s, session_id=meeting.id)
        homework = meeting.exercises[0]
        meetings.set_exercise_state(s, exercise_id=homework.id, state=ExerciseState.OPEN)
        contribution.add_contribution(s, session_exercise_id=homework.id, text="Huiswerk van een ouder")
        code = meeting.join_code
    page = texts(app("pages/scherm.py", staff=True, code=code))
    assert "Welkom bij" in page and "antwoorden" not in page


@pytest.mark.browser
def test_a_phone_that_saw_afgelopen_comes_back_when_the_session_reopens(tmp_path_factory, browser):
    from playwright.sync_api import expect

    from tests.server import running_server

    data_dir = tmp_path_factory.mktemp("reopen-server")
    with running_server(data_dir, demo=False) as url:
        database = f"sqlite:///{data_dir / 'samenspraak.db'}"
        db.migrate(database)  # what the server does on its first page
        engine = db.engine_for(database)
        with db.transaction(engine, write=True) as s:
            t = trajectory.create_trajectory(s, gemeente="Geel", period_start=2025, period_end=2030)
            meeting = meetings.plan_session(s, trajectory_id=t.id, template_id="stuurgroep_2")
            meetings.open_session(s, session_id=meeting.id)
            meetings.next_exercise(s, session_id=meeting.id)
            session_id, code = meeting.id, meeting.join_code
        phone = browser.new_context(viewport={"width": 390, "height": 844}).new_page()
        phone.goto(f"{url}/meedoen?code={code}")
        phone.get_by_role("button", name="Ik doe mee").click()
        expect(phone.get_by_label("Jouw antwoord")).to_be_visible(timeout=20_000)
        with db.transaction(engine, write=True) as s:
            meetings.close_session(s, session_id=session_id)
        expect(phone.get_by_text("Deze sessie is afgelopen")).to_be_visible(timeout=20_000)
        with db.transaction(engine, write=True) as s:  # closed by mistake: the facilitator reopens it
            meetings.reopen_session(s, session_id=session_id)
        expect(phone.get_by_label("Jouw antwoord")).to_be_visible(timeout=20_000)
        engine.dispose()
