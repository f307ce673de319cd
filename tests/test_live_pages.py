"""The live screens in AppTest: the phone (/meedoen), the control view (/sessie), the projector
(/scherm). The timers (run_every) never fire in AppTest; what they show is tested through the same
functions, here and in tests/test_live_session.py.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select
from streamlit.testing.v1 import AppTest

from facilitation import contribution, db, session as meetings, trajectory
from facilitation.exercises import catalogue
from facilitation.models import Channel, Contribution, ExerciseState, Participant, Session, SessionState

APP = str(Path(__file__).resolve().parent.parent / "app.py")
STAFF = {"authentication_status": True, "username": "anna", "name": "anna", "roles": ["facilitator"]}


def app(page: str, *, staff: bool = False, **params: str) -> AppTest:
    """Open a page the way a browser would: the router runs first and registers the pages this
    visitor may see; only then can the test switch to one of them."""
    at = AppTest.from_file(APP, default_timeout=30)
    if staff:
        for key, value in STAFF.items():
            at.session_state[key] = value
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


def join(code: str, **params: str) -> AppTest:
    at = app("pages/meedoen.py", code=code, **params)
    at.button[0].click().run()  # "Ik doe mee", the only button of the first screen
    return at


@pytest.mark.parametrize("language", ["nl", "en", "fr"])
def test_the_first_screen_says_what_is_kept_and_whom_to_ask_in_every_language(live, language):
    _, code = live
    page = texts(app("pages/meedoen.py", code=code, lang=language))
    cat = catalogue()
    for key in ("who_reads", "no_name", "kept", "group_kept", "no_other_names"):
        assert cat.phone_text(key, language) in page, key
    assert ("coördinator" if language == "nl" else "coordinat") in page  # whom to ask to remove an answer


def test_phone_joins_answers_and_is_thanked(engine, live):
    _, code = live
    at = app("pages/meedoen.py", code=code)
    page = texts(at)
    assert "We vragen je naam niet" in page and "Dromen is een denkoefening" in page
    assert [b.label for b in at.button] == ["Ik doe mee"]
    at.radio(key="group").set_value(at.radio(key="group").options[0])
    at.button[0].click().run()
    assert "Wat maakte het verschil?" in [t.label for t in at.text_area][1]
    at.text_area[0].input("De school hielp ons.")
    at.text_area[1].input("Een vaste contactpersoon\nGeen oordeel")
    at.button[0].click().run()
    assert not at.exception
    assert "Bedankt, je antwoord is doorgestuurd" in texts(at)
    with db.transaction(engine) as s:
        stored = s.scalars(select(Contribution)).one()
        assert stored.text == "De school hielp ons."
        assert [e.text for e in stored.elements] == ["Een vaste contactpersoon", "Geen oordeel"]
        assert stored.channel is Channel.PHONE and stored.participant_group.value == "ouder"


def test_a_reload_keeps_the_token_and_editing_makes_no_second_answer(engine, live):
    _, code = live
    at = join(code)
    token = at.query_params["t"]
    at.text_area[0].input("Eerste versie")
    at.button[0].click().run()
    reloaded = app("pages/meedoen.py", code=code, t=token)  # a new tab on the same link
    assert "Bedankt, je antwoord is doorgestuurd" in texts(reloaded)
    assert "Eerste versie" in texts(reloaded)
    reloaded.button[0].click().run()  # Aanpassen
    reloaded.text_area[0].input("Tweede versie")
    reloaded.button[0].click().run()
    assert "Tweede versie" in texts(reloaded)
    assert count(engine, Contribution) == 1
    assert count(engine, Participant) == 1


def test_a_phone_may_withdraw_its_answer(engine, live):
    _, code = live
    at = join(code)
    at.text_area[0].input("Weg ermee")
    at.button[0].click().run()
    at.button[1].click().run()  # Terugtrekken
    assert count(engine, Contribution) == 0
    assert [t.label for t in at.text_area][0] == "Jouw antwoord"


def test_an_empty_answer_gets_a_message_and_skipping_is_fine(engine, live):
    _, code = live
    at = join(code)
    at.button[0].click().run()  # Versturen with nothing typed
    assert "Je antwoord is nog leeg" in texts(at)
    skip = next(b for b in at.button if b.label == "Ik sla deze vraag over")
    skip.click().run()
    assert "Je slaat deze vraag over" in texts(at)
    assert count(engine, Contribution) == 0


def test_everything_is_in_the_chosen_language(live):
    _, code = live
    at = app("pages/meedoen.py", code=code, lang="en")
    assert "We do not ask your name" in texts(at)
    at.button[0].click().run()
    assert [t.label for t in at.text_area][0] == "Your answer"


@pytest.mark.parametrize(
    ("code", "message"),
    [("ZZZZZZ", "Deze code kennen we niet"), ("hallo", "Deze code kennen we niet")],
)
def test_an_unknown_code_gets_a_friendly_message(live, code, message):
    at = app("pages/meedoen.py", code=code)
    assert not at.exception
    assert message in texts(at)
    assert at.text_input[0].label == "Code op het grote scherm"


def test_wrong_codes_are_rate_limited(live):
    at = app("pages/meedoen.py")
    for _ in range(5):
        at.text_input[0].input("QQQQQQ")
        at.button[0].click().run()
    assert "Deze code kennen we niet" in texts(at)
    at.text_input[0].input(live[1])  # even the right code waits now
    at.button[0].click().run()
    assert "Te veel foute codes" in texts(at)


def test_a_closed_session_says_thank_you(engine, live):
    session_id, code = live
    with db.transaction(engine, write=True) as s:
        meetings.close_session(s, session_id=session_id)
    at = app("pages/meedoen.py", code=code)
    assert "Deze sessie is afgelopen" in texts(at)
    assert not at.text_area


def test_a_closed_question_refuses_new_answers(engine, live):
    session_id, code = live
    at = join(code)
    with db.transaction(engine, write=True) as s:
        meetings.set_exercise_state(s, exercise_id=s.get(Session, session_id).current_exercise_id,
                                    state=ExerciseState.CLOSED)
    at.text_area[0].input("Te laat")
    at.button[0].click().run()
    assert "Deze vraag is gesloten" in texts(at)
    assert count(engine, Contribution) == 0


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
