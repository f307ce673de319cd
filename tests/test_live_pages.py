"""The live screens in AppTest: the control view (/sessie) and the projector (/scherm); the phone is
tested over HTTP in tests/test_phone.py. The timers (run_every) never fire in AppTest; what they
show is tested through the same functions, here and in tests/test_live_session.py.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select
from streamlit.testing.v1 import AppTest

from facilitation import contribution, db, session as meetings, trajectory
from facilitation.models import Channel, Contribution, Session, SessionState
from tests.staff import sign_in

APP = str(Path(__file__).resolve().parent.parent / "app.py")
STAFF = {"authentication_status": True, "username": "anna", "name": "anna", "roles": ["facilitator"]}


def app(page: str, *, staff: bool = False, **params: str) -> AppTest:
    """Open a page the way a browser would: the router runs first and registers the pages this
    visitor may see; only then can the test switch to one of them."""
    at = AppTest.from_file(APP, default_timeout=30)
    if staff:
        sign_in(at, STAFF["username"], STAFF["roles"])  # with its account, in every trajectory there is
    at.run()
    at.switch_page(page)
    at.query_params.update(params)
    return at.run()


def texts(at: AppTest) -> str:
    """Everything the page says, as one string."""
    parts = [e.value for kind in ("markdown", "text", "caption", "title", "header", "subheader", "info",
                                  "success", "warning", "error") for e in getattr(at, kind)]
    return "\n".join(str(p) for p in parts)


@pytest.fixture
def live(engine):
    """An open stuurgroep 2 (casus, droom) with the casus on the screen; returns (session id, code)."""
    with db.transaction(engine, write=True) as s:
        t = trajectory.create_trajectory(s, gemeente="Geel", period_start=2025, period_end=2030)
        meeting = meetings.plan_session(s, trajectory_id=t.id, template_id="stuurgroep_2")
        meetings.open_session(s, session_id=meeting.id)
        meetings.next_exercise(s, session_id=meeting.id)
        return meeting.id, meeting.join_code


def count(engine, model) -> int:
    with db.transaction(engine) as s:
        return s.scalar(select(func.count(model.id)))


@pytest.mark.parametrize("page", ["pages/sessie.py", "pages/scherm.py"])
def test_staff_pages_are_not_registered_for_a_visitor(live, page):
    at = AppTest.from_file(APP, default_timeout=30).run()
    assert [t.label for t in at.text_input] == ["Gebruikersnaam", "Wachtwoord"]
    with pytest.raises(ValueError, match="Could not find a navigation page"):
        at.switch_page(page)


def test_facilitator_starts_a_planned_session_and_gets_a_code(engine):
    with db.transaction(engine, write=True) as s:
        t = trajectory.create_trajectory(s, gemeente="Geel", period_start=2025, period_end=2030)
        meeting = meetings.plan_session(s, trajectory_id=t.id, template_id="stuurgroep_2")
    at = app("pages/sessie.py", staff=True, sessie=str(meeting.id))
    next(b for b in at.button if b.label == "Sessie starten").click().run()
    assert not at.exception
    with db.transaction(engine) as s:
        code = s.get(Session, meeting.id).join_code
    assert code and f"Code: `{code}`" in texts(at)


def test_facilitator_types_in_an_answer_given_on_paper(engine, live):
    session_id, _ = live
    at = app("pages/sessie.py", staff=True, sessie=str(session_id))
    form_area = next(t for t in at.text_area if t.label == "Antwoord")
    form_area.input("Verteld aan de tafel")
    at.radio[0].set_value(Channel.PAPER)
    next(b for b in at.button if b.label == "Bewaren").click().run()
    assert not at.exception
    with db.transaction(engine) as s:
        stored = s.scalars(select(Contribution)).one()
    assert (stored.text, stored.channel) == ("Verteld aan de tafel", Channel.PAPER)


def test_facilitator_hides_an_answer_and_moves_on(engine, live):
    session_id, _ = live
    with db.transaction(engine, write=True) as s:
        current = s.get(Session, session_id).current_exercise_id
        added = contribution.add_contribution(s, session_exercise_id=current, text="Naam van mijn buurvrouw")
    at = app("pages/sessie.py", staff=True, sessie=str(session_id))
    next(b for b in at.button if b.key == f"hide-{added.id}").click().run()
    with db.transaction(engine) as s:
        assert s.get(Contribution, added.id).hidden
    next(b for b in at.button if b.label == "Volgende vraag").click().run()
    with db.transaction(engine) as s:
        moved = s.get(Session, session_id)
        assert moved.current_exercise_id != current
        assert [e.exercise_key for e in moved.exercises if e.id == moved.current_exercise_id] == ["droom"]


def test_an_unknown_session_gets_a_warning(live):
    at = app("pages/sessie.py", staff=True, sessie="9999")
    assert not at.exception
    assert "Deze sessie bestaat niet" in texts(at)


def test_projector_shows_question_code_and_escaped_answers_but_not_hidden_ones(engine, live):
    session_id, code = live
    with db.transaction(engine, write=True) as s:
        current = s.get(Session, session_id).current_exercise_id
        contribution.add_contribution(s, session_exercise_id=current, text="<script>alert(1)</script> hulp")
        hidden = contribution.add_contribution(s, session_exercise_id=current, text="Geheim verhaal")
        contribution.set_hidden(s, contribution_id=hidden.id, hidden=True)
    at = app("pages/scherm.py", staff=True, code=code)
    assert not at.exception
    page = texts(at)
    assert "Denk aan een voorbeeld waarin de situatie" in page
    assert code in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; hulp" in page
    assert "<script>" not in page.replace("<style>", "")
    assert "Geheim verhaal" not in page
    assert "💬 <b>1</b> antwoord</span>" in page  # not "1 antwoorden"


def test_projector_can_hide_all_answers(engine, live):
    session_id, code = live
    with db.transaction(engine, write=True) as s:
        current = s.get(Session, session_id).current_exercise_id
        contribution.add_contribution(s, session_exercise_id=current, text="Zichtbaar of niet")
        meetings.set_display(s, session_id=session_id, show_answers=False)
    page = texts(app("pages/scherm.py", staff=True, code=code))
    assert "Zichtbaar of niet" not in page
    assert "De antwoorden worden verzameld" in page


def test_closing_a_session_asks_first_and_a_closed_session_can_be_reopened(engine, live):
    session_id, code = live
    at = app("pages/sessie.py", staff=True, sessie=str(session_id))
    next(b for b in at.button if b.label == "Sessie afsluiten").click().run()
    assert "Sessie afsluiten?" in texts(at)
    with db.transaction(engine) as s:
        assert s.get(Session, session_id).state is SessionState.OPEN  # one click ends nothing
    next(b for b in at.button if b.label == "Nee, de sessie loopt verder").click().run()
    assert "Sessie afsluiten?" not in texts(at)
    next(b for b in at.button if b.label == "Sessie afsluiten").click().run()
    next(b for b in at.button if b.label == "Ja, sessie afsluiten").click().run()
    assert not at.exception
    with db.transaction(engine) as s:
        assert s.get(Session, session_id).state is SessionState.CLOSED
    assert "Deze sessie is afgesloten" in texts(at)
    next(b for b in at.button if b.label == "Sessie heropenen").click().run()
    assert not at.exception
    with db.transaction(engine) as s:
        reopened = s.get(Session, session_id)
        assert (reopened.state, reopened.join_code) == (SessionState.OPEN, code)
    assert f"Code: `{code}`" in texts(at)


def test_the_facilitator_changes_the_title_and_date_of_a_session(engine, live):
    session_id, _ = live
    at = app("pages/sessie.py", staff=True, sessie=str(session_id))
    at.text_input(key="edit-title").input("Stuurgroep 2 in de bib")
    at.date_input(key="edit-date").set_value(dt.date(2026, 3, 17))
    next(b for b in at.button if b.label == "Titel en datum bewaren").click().run()
    assert not at.exception
    with db.transaction(engine) as s:
        changed = s.get(Session, session_id)
        assert (changed.title, changed.scheduled_on) == ("Stuurgroep 2 in de bib", dt.date(2026, 3, 17))
    assert at.title[0].value == "🎤 Stuurgroep 2 in de bib"
    assert "17/03/2026" in texts(at)


def test_the_facilitator_gives_the_phones_a_title_and_is_told_when_it_labels_parents(engine, live):
    session_id, _ = live
    at = app("pages/sessie.py", staff=True, sessie=str(session_id))
    at.text_input(key="phone-title-nl").input("Samen tegen armoede")
    next(b for b in at.button if b.label == "Titels op de telefoons bewaren").click().run()
    assert not at.exception
    assert any("‘armoede’" in e.value for e in at.error)
    at.text_input(key="phone-title-nl").input("Samen over de school")
    at.text_input(key="phone-title-en").input("Together about school")
    next(b for b in at.button if b.label == "Titels op de telefoons bewaren").click().run()
    with db.transaction(engine) as s:
        saved = s.get(Session, session_id)
        assert (saved.phone_title_nl, saved.phone_title_en, saved.phone_title_fr) == (
            "Samen over de school", "Together about school", None)


def test_the_word_cloud_leaves_the_beamer_with_the_answers(engine, live):
    session_id, code = live
    with db.transaction(engine, write=True) as s:
        current = s.get(Session, session_id).current_exercise_id
        contribution.add_contribution(s, session_exercise_id=current, text="Een vaste contactpersoon bij de school")
    at = app("pages/scherm.py", staff=True, code=code)
    assert len(at.get("image")) == 2  # the QR code and the word cloud
    with db.transaction(engine, write=True) as s:
        meetings.set_display(s, session_id=session_id, show_answers=False)
    at.run()
    assert not at.exception
    assert len(at.get("image")) == 1  # the QR code only
    assert "De antwoorden worden verzameld" in texts(at)
