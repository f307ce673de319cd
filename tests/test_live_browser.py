"""A live session across a phone (390x844) and a beamer (1920x1080), in real headless Chromium
against the real server: what a facilitator and a parent see on a Tuesday evening.
"""

from __future__ import annotations

import re
import time
import uuid

import pytest
from playwright.sync_api import Browser, Page, expect
from sqlalchemy import func, select

from facilitation import contribution, db
from facilitation import session as meetings
from facilitation.models import Contribution, ExerciseState, Session, SessionExercise, SessionState
from tests.server import open_phone, open_projector, running_server

pytestmark = pytest.mark.browser

PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True}
BEAMER = {"viewport": {"width": 1920, "height": 1080}}


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    data_dir = tmp_path_factory.mktemp("live-server")
    with running_server(data_dir) as url:
        engine = db.engine_for(f"sqlite:///{data_dir / 'samenspraak.db'}")
        with db.transaction(engine) as s:
            meeting = s.scalars(select(Session).where(Session.state == SessionState.OPEN)).one()
        yield url, engine, meeting.join_code, meeting.current_exercise_id
        engine.dispose()


@pytest.fixture(scope="module")
def beamer(server, browser: Browser) -> Page:
    """The projector, logged in as the demo facilitator, showing the open session."""
    url, _engine, code, _exercise = server
    page = open_projector(browser, url, code)
    expect(page.locator(".ss-code")).to_have_text(code, timeout=30_000)
    yield page
    page.context.close()


@pytest.fixture
def phone(server, browser: Browser):
    page = open_phone(browser)
    yield page
    page.context.close()


def join(page: Page, server) -> None:
    url, _engine, code, _exercise = server
    page.goto(f"{url}/meedoen?code={code}")
    page.get_by_role("button", name="Ik doe mee").click()
    expect(page.get_by_label("Jouw antwoord")).to_be_visible(timeout=20_000)


def send(page: Page, text: str) -> float:
    page.get_by_label("Jouw antwoord").fill(text)
    page.get_by_role("button", name="Versturen").click()
    sent = time.monotonic()
    expect(page.get_by_text("Bedankt, je antwoord is doorgestuurd")).to_be_visible(timeout=10_000)
    return sent


def answers_with(engine, text: str) -> int:
    with db.transaction(engine) as s:
        return s.scalar(select(func.count(Contribution.id)).where(Contribution.text.contains(text)))


def test_an_answer_from_a_phone_is_on_the_projector_within_3_seconds(server, beamer, phone):
    join(phone, server)
    text = f"Een busje naar de sportclub {uuid.uuid4().hex[:6]}"
    sent = send(phone, text)
    expect(beamer.locator(".ss-card", has_text=text)).to_be_visible(timeout=3_000)
    assert time.monotonic() - sent < 3.0


def test_a_reload_keeps_the_device_and_an_edit_makes_no_second_answer(server, beamer, phone, browser):
    url, engine, code, _exercise = server
    join(phone, server)
    marker = uuid.uuid4().hex[:6]
    send(phone, f"Eerste versie {marker}")
    assert not re.search(r"[?&]t=", phone.url)  # the device is a cookie, never in the link
    phone.reload()
    expect(phone.get_by_text("Bedankt, je antwoord is doorgestuurd")).to_be_visible(timeout=20_000)
    # The link, copied into another browser, shows a first screen: not the answer, no way to change it.
    other = browser.new_context(**PHONE).new_page()
    other.goto(phone.url)
    expect(other.get_by_role("button", name="Ik doe mee")).to_be_visible(timeout=20_000)
    assert f"Eerste versie {marker}" not in other.inner_text("body")
    other.context.close()
    phone.get_by_role("link", name="Aanpassen").click()
    send(phone, f"Tweede versie {marker}")
    expect(beamer.locator(".ss-card", has_text=f"Tweede versie {marker}")).to_be_visible(timeout=3_000)
    assert answers_with(engine, marker) == 1
    expect(beamer.locator(".ss-card", has_text=f"Eerste versie {marker}")).to_have_count(0)


def test_a_hidden_contribution_disappears_from_the_projector(server, beamer, phone):
    _url, engine, _code, exercise_id = server
    join(phone, server)
    text = f"Mijn buurvrouw mevrouw X {uuid.uuid4().hex[:6]}"
    send(phone, text)
    card = beamer.locator(".ss-card", has_text=text)
    expect(card).to_be_visible(timeout=3_000)
    with db.transaction(engine, write=True) as s:
        answer = s.scalar(select(Contribution).where(Contribution.text == text))
        contribution.set_hidden(s, contribution_id=answer.id, hidden=True)
    expect(card).to_have_count(0, timeout=3_000)


def test_an_unknown_code_gets_a_friendly_message(server, phone):
    url = server[0]
    phone.goto(f"{url}/meedoen?code=ZZZZZZ")
    expect(phone.get_by_text("Deze code kennen we niet")).to_be_visible(timeout=20_000)
    expect(phone.get_by_label("Code op het grote scherm")).to_be_visible()
    assert "Traceback" not in phone.inner_text("body")


def test_a_script_answer_shows_as_text_and_runs_nothing(server, beamer, phone):
    join(phone, server)
    marker = uuid.uuid4().hex[:6]
    text = f"<script>alert('{marker}')</script><img src=x onerror=\"alert('{marker}')\"> **vet** {marker}"
    send(phone, text)
    expect(phone.get_by_text(text)).to_be_visible()  # the phone shows it back literally
    card = beamer.locator(".ss-card", has_text=marker)
    expect(card).to_be_visible(timeout=3_000)
    assert card.inner_text().startswith(f"<script>alert('{marker}')</script><img src=x")
    assert card.locator("script, img, strong").count() == 0
    beamer.wait_for_timeout(500)
    assert phone.dialogs == []


def test_the_projector_fits_a_beamer_without_scrolling(server, beamer):
    _url, engine, _code, exercise_id = server
    with db.transaction(engine, write=True) as s:
        for n in range(14):
            contribution.add_contribution(s, session_exercise_id=exercise_id, text=f"Lang antwoord {n} " + "woord " * 80)
    expect(beamer.locator(".ss-more")).to_be_visible(timeout=3_000)
    scroll_height = beamer.evaluate("document.scrollingElement.scrollHeight")
    assert scroll_height <= 1080
    assert beamer.locator(".ss-card").count() <= 12


def test_the_phone_is_usable_on_a_small_screen(server, phone):
    phone.set_viewport_size({"width": 360, "height": 740})
    join(phone, server)
    assert phone.evaluate("document.scrollingElement.scrollWidth") <= 360
    boxes = [phone.get_by_role("button", name=name).bounding_box() for name in ("Versturen", "Ik sla deze vraag over")]
    for box in boxes:
        assert box["height"] >= 48 and box["width"] >= 48
    assert boxes[0]["height"] >= boxes[1]["height"]  # sending is never the smaller choice


def test_homework_two_open_questions_are_answered_one_after_the_other_on_a_phone(server, phone):
    """Casus and droom opened days before stuurgroep 2, nothing on the beamer: the parent answers both."""
    url, engine, demo_code, _exercise = server
    with db.transaction(engine, write=True) as s:
        demo_id = s.scalars(select(Session.trajectory_id).where(Session.join_code == demo_code)).one()
        meeting = meetings.plan_session(s, trajectory_id=demo_id, template_id="stuurgroep_2", title="Huiswerk")
        meetings.open_session(s, session_id=meeting.id)
        for exercise in meeting.exercises:
            meetings.set_exercise_state(s, exercise_id=exercise.id, state=ExerciseState.OPEN)
        code = meeting.join_code
    marker = uuid.uuid4().hex[:6]
    phone.goto(f"{url}/meedoen?code={code}")
    phone.get_by_role("button", name="Ik doe mee").click()
    expect(phone.get_by_text("Er zijn 2 vragen open")).to_be_visible(timeout=20_000)
    casus = phone.get_by_role("link", name=re.compile(r"1\. Denk aan een moeilijke periode.*\(nog te doen\)"))
    expect(phone.get_by_role("link", name=re.compile(r"2\. Stel je voor.*\(nog te doen\)"))).to_be_visible()
    casus.click()
    phone.get_by_label("Jouw antwoord").fill(f"De juf luisterde {marker}")
    phone.get_by_role("button", name="Versturen").click()
    expect(phone.get_by_text("Bedankt, je antwoord is doorgestuurd")).to_be_visible(timeout=10_000)
    phone.get_by_role("link", name="Volgende vraag").click()
    expect(phone.get_by_text("Stel je voor: je wordt wakker")).to_be_visible(timeout=10_000)
    phone.get_by_label("Jouw antwoord").fill(f"Een speelplein in elke wijk {marker}")
    phone.get_by_role("button", name="Versturen").click()
    expect(phone.get_by_text("Je hebt alle vragen gedaan")).to_be_visible(timeout=10_000)
    phone.get_by_role("link", name="Alle vragen").click()
    for name in (r"1\. Denk aan een moeilijke periode.*\(beantwoord\)", r"2\. Stel je voor.*\(beantwoord\)"):
        button = phone.get_by_role("link", name=re.compile(name))
        expect(button).to_be_visible(timeout=10_000)
        box = button.bounding_box()
        assert box["height"] >= 44 and box["x"] + box["width"] <= 390
    assert phone.evaluate("document.scrollingElement.scrollWidth") <= 390
    assert answers_with(engine, marker) == 2


def test_the_word_cloud_leaves_the_beamer_with_the_answers(server, beamer):
    _url, engine, _code, exercise_id = server
    with db.transaction(engine, write=True) as s:
        contribution.add_contribution(s, session_exercise_id=exercise_id, text="Sportclub sportclub dichtbij")
        session_id = s.get(SessionExercise, exercise_id).session_id
    cloud = beamer.locator('[data-testid="stImage"]')  # the QR code, then the word cloud
    expect(cloud).to_have_count(2, timeout=8_000)
    try:
        with db.transaction(engine, write=True) as s:
            meetings.set_display(s, session_id=session_id, show_answers=False)
        expect(beamer.locator(".ss-card")).to_have_count(0, timeout=3_000)
        expect(cloud).to_have_count(1, timeout=2_000)
    finally:
        with db.transaction(engine, write=True) as s:
            meetings.set_display(s, session_id=session_id, show_answers=True)
