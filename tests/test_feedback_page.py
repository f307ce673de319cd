"""The parents' own page, "wat we met jullie inbreng deden": public at /terugkoppeling?t=<token>,
without a login, in Dutch, English or French; counts only and never a figure under 3; a wrong or
missing link gets a friendly message and nothing of any trajectory."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from sqlalchemy import select

from facilitation import contribution, demo, domain, goal, trajectory
from facilitation import session as meetings
from facilitation.documents import feedback
from facilitation.models import Contribution, MemberRole, ParticipantGroup, Trajectory
from tests.test_live_pages import app, texts


@pytest.fixture
def token(demo_engine, write) -> str:
    with write() as s:
        return feedback.public_token(s, trajectory_id=demo.find_demo(s).id)


def test_the_token_is_made_once_unguessable_and_only_it_opens_the_page(write, read, demo_engine):
    with write() as s:
        trajectory_id = demo.find_demo(s).id
        assert s.get(Trajectory, trajectory_id).public_token is None  # made on first need only
        first = feedback.public_token(s, trajectory_id=trajectory_id)
        assert feedback.public_token(s, trajectory_id=trajectory_id) == first
    assert re.fullmatch(r"[A-Za-z0-9_-]{32}", first)
    with read() as s:
        assert feedback.trajectory_for_token(s, token=first).id == trajectory_id
        for wrong in (None, "", str(trajectory_id), first[:-1], first[:-1] + ("A" if first[-1] != "A" else "B"),
                      first + "x", "' OR 1=1 --"):
            assert feedback.trajectory_for_token(s, token=wrong) is None, wrong


def test_a_valid_link_shows_the_page_without_a_login(token):
    at = app("pages/terugkoppeling.py", t=token)  # no staff session: a parent's phone
    assert not at.exception and not at.error and not at.warning
    page = texts(at)
    assert [t.value for t in at.title] == ["💌 Wat we met jullie inbreng deden"]
    assert "Demogemeente maakt samen met ouders een plan voor kinderen" in page.replace("\\", "")
    assert [s.value for s in at.subheader] == ["🎓 Onderwijs en vrije tijd", "💶 Inkomen en gezondheid"]
    plain = page.replace("\\", "")
    assert "Alle kinderen in Demogemeente nemen deel aan vrijetijdsactiviteiten naar keuze." in plain
    assert "Vrijetijdspas automatisch toekennen via het OCMW." in plain
    assert "Je naam staat nergens. Niemand weet wie wat zei." in plain
    assert re.search(r"Jullie gaven \d+ antwoorden en ideeën", plain)
    assert "Aanmelden" not in page and not at.text_input  # no login form


def test_the_page_speaks_english_and_french(token):
    at = app("pages/terugkoppeling.py", t=token)
    at.radio(key="language").set_value("en").run()
    assert not at.exception
    assert [t.value for t in at.title] == ["💌 What we did with your ideas"]
    assert "🎓 Education and leisure" in [s.value for s in at.subheader]
    assert "(in Dutch)" in texts(at)
    french = app("pages/terugkoppeling.py", t=token, lang="fr")
    assert [t.value for t in french.title] == ["💌 Ce que nous avons fait de vos idées"]
    assert "💶 Revenus et santé" in [s.value for s in french.subheader]


@pytest.mark.parametrize("link", [{}, {"t": "verkeerd"}, {"t": "1"}, {"t": "A" * 32}])
def test_a_wrong_or_missing_link_gets_a_friendly_message_and_nothing_else(token, link):
    at = app("pages/terugkoppeling.py", **link)
    assert not at.exception and not at.error
    assert [w.value for w in at.warning] == [
        "Deze link werkt niet. Vraag de begeleider of de coördinator om de juiste link of QR-code."]
    page = texts(at)
    assert "Demogemeente" not in page and "Onderwijs" not in page and not at.header


def _counts(read, trajectory_id: int) -> feedback.FeedbackContent:
    with read() as s:
        return feedback.feedback_content(s, trajectory_id=trajectory_id, today=dt.date(2026, 3, 2))


def test_no_figure_under_three_and_no_sentence_for_nothing(write, read, engine):
    with write() as s:
        trajectory_id = trajectory.create_trajectory(s, gemeente="Testdorp", period_start=2025, period_end=2030).id
        trajectory.add_member(s, trajectory_id=trajectory_id, role=MemberRole.OUDER, count=2)
        meeting = meetings.plan_session(s, trajectory_id=trajectory_id, template_id="stuurgroep_2")
        meetings.open_session(s, session_id=meeting.id)
        for text in ("Een vaste contactpersoon", "Niemand die oordeelt"):
            contribution.add_contribution(s, session_exercise_id=meeting.exercises[0].id, text=text,
                                          participant_group=ParticipantGroup.OUDER)
        link = feedback.public_token(s, trajectory_id=trajectory_id)
    shown = _counts(read, trajectory_id)
    assert (shown.meetings, shown.answers, shown.parents_in_stuurgroep, shown.in_priorities, shown.in_goals) == (
        1, None, None, 0, 0)
    at = app("pages/terugkoppeling.py", t=link)
    page = texts(at).replace("\\", "")
    assert "Jullie gaven een paar antwoorden en ideeën." in page
    assert "Ook ouders praten mee in de stuurgroep." in page
    assert not re.search(r"\b[12] (antwoorden|ouders)\b", page)
    assert "hielpen om een doel" not in page  # a count of 0: no sentence at all
    assert "Dat kiezen we nog samen." in page and "Dat schrijven we nog samen op." in page


def test_the_answers_behind_priorities_and_goals_are_counted_without_hidden_ones(write, read, demo_engine):
    with write() as s:
        trajectory_id = demo.find_demo(s).id
        priorities = [d.id for d in domain.priority_domains(s, trajectory_id=trajectory_id)]
        in_priorities = s.scalars(select(Contribution).where(
            Contribution.domain_id.in_(priorities), Contribution.hidden.is_(False))).all()
    before = _counts(read, trajectory_id)
    assert before.in_priorities == len(in_priorities) >= 3
    assert before.answers >= 3 and before.in_goals == 0 and before.parents_in_stuurgroep == 4
    with write() as s:
        strategic = goal.goals(s, trajectory_id=trajectory_id)[0]
        goal.link_sources(s, goal_id=strategic.id, contribution_ids=[c.id for c in in_priorities[:4]])
        contribution.set_hidden(s, contribution_id=in_priorities[0].id, hidden=True)
    after = _counts(read, trajectory_id)
    assert (after.in_goals, after.answers, after.in_priorities) == (3, before.answers - 1, len(in_priorities) - 1)


@pytest.mark.browser
def test_a_parent_opens_the_link_in_a_real_browser_without_a_login(tmp_path_factory, browser):
    from playwright.sync_api import expect

    from facilitation import db
    from tests.server import running_server

    data_dir = tmp_path_factory.mktemp("feedback-server")
    with running_server(data_dir) as url:
        engine = db.engine_for(f"sqlite:///{data_dir / 'samenspraak.db'}")
        with db.transaction(engine, write=True) as s:
            link = feedback.public_token(s, trajectory_id=demo.find_demo(s).id)
        phone = browser.new_context(viewport={"width": 390, "height": 844}).new_page()
        phone.goto(f"{url}/terugkoppeling?t={link}")
        expect(phone.get_by_text("Wat we met jullie inbreng deden")).to_be_visible(timeout=20_000)
        expect(phone.get_by_text("Onderwijs en vrije tijd")).to_be_visible()
        assert phone.get_by_text("Aanmelden").count() == 0 and phone.get_by_label("Wachtwoord").count() == 0
        phone.get_by_text("English").click()
        expect(phone.get_by_text("What we did with your ideas")).to_be_visible(timeout=10_000)
        phone.goto(f"{url}/terugkoppeling?t=1")
        expect(phone.get_by_text("Deze link werkt niet.")).to_be_visible(timeout=20_000)
        engine.dispose()
