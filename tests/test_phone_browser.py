"""The phone page in real headless Chromium, as parents use it: axe-core in every state and every
language, the live region that announces a new question, the sizes at 320 px and at 200% zoom,
the dots by keyboard, and not a word of a framework's English.
"""

from __future__ import annotations

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, Page, expect
from sqlalchemy import func, select

from facilitation import db, demo, live, vote
from facilitation import session as meetings
from facilitation.models import Contribution, DomainSet, ExerciseState, Session, VoteMethod
from tests.server import open_phone, running_server

pytestmark = pytest.mark.browser

PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True, "bypass_csp": True}
LANGUAGES = ("nl", "en", "fr")
FRAMEWORK_ENGLISH = ("Press Ctrl+Enter", "Skip to main content", "Link to heading", "Increment", "Decrement",
                     "Choose an option", "Drag and drop", "Running...", "Connection error")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """The demo, plus three open meetings: a question on the screen, homework (two open questions
    and nothing shown), and a vote; codes by name."""
    data_dir = tmp_path_factory.mktemp("phone-server")
    with running_server(data_dir) as url:
        engine = db.engine_for(f"sqlite:///{data_dir / 'samenspraak.db'}")
        codes = {}
        with db.transaction(engine, write=True) as s:
            traj = demo.find_demo(s)
            question = meetings.plan_session(s, trajectory_id=traj.id, template_id="stuurgroep_2")
            meetings.open_session(s, session_id=question.id)
            meetings.next_exercise(s, session_id=question.id)
            homework = meetings.plan_session(s, trajectory_id=traj.id, template_id="stuurgroep_2")
            meetings.open_session(s, session_id=homework.id)
            for exercise in homework.exercises:
                meetings.set_exercise_state(s, exercise_id=exercise.id, state=ExerciseState.OPEN)
            voting = meetings.plan_session(s, trajectory_id=traj.id, template_id="stuurgroep_3")
            meetings.open_session(s, session_id=voting.id)
            ballot = next(e for e in voting.exercises if e.exercise_key == "prioriteiten_stemming")
            meetings.show_exercise(s, exercise_id=ballot.id)
            set_id = live.active_domain_set_id(s, trajectory_id=traj.id)
            closed = meetings.plan_session(s, trajectory_id=traj.id, template_id="stuurgroep_1")
            meetings.open_session(s, session_id=closed.id)
            meetings.close_session(s, session_id=closed.id)
            codes = {"question": question.join_code, "homework": homework.join_code, "vote": voting.join_code,
                     "closed": closed.join_code}
            ids = {"question": question.id, "vote_exercise": ballot.id, "set": set_id,
                   "domains": [d.id for d in s.get(DomainSet, set_id).domains]}
        yield url, engine, codes, ids
        engine.dispose()


@pytest.fixture
def phone(browser: Browser):
    page = open_phone(browser, bypass_csp=True)  # axe-core is injected into the page
    yield page
    page.context.close()


def serious(page: Page) -> list[str]:
    """axe-core's serious and critical findings on the page as it is now."""
    results = Axe().run(page)
    return [f"{v['id']}: {v['help']} ({len(v['nodes'])}x: {v['nodes'][0]['target']})"
            for v in results.response["violations"] if v["impact"] in ("serious", "critical")]


def check(page: Page, language: str, state: str, problems: list[str]) -> None:
    assert page.locator("html").get_attribute("lang") == language, state
    body = page.inner_text("body")
    problems += [f"{language} {state}: {finding}" for finding in serious(page)]
    problems += [f"{language} {state}: English '{e}'" for e in FRAMEWORK_ENGLISH if e in body]
    assert "Traceback" not in body


def join(page: Page, url: str, code: str, language: str) -> None:
    page.goto(f"{url}/meedoen?code={code}&lang={language}")
    page.locator("form button[type=submit].primary").click()
    page.wait_for_load_state()


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_phone_state_passes_axe_in_every_language(server, browser, language):
    url, engine, codes, ids = server
    problems: list[str] = []
    page = browser.new_context(**PHONE).new_page()
    page.goto(f"{url}/meedoen?lang={language}")
    check(page, language, "code form", problems)
    page.goto(f"{url}/meedoen?code=ZZZZZZ&lang={language}")
    check(page, language, "wrong code", problems)
    page.goto(f"{url}/meedoen?code={codes['question']}&lang={language}")
    check(page, language, "first screen", problems)
    page.locator("form button[type=submit].primary").click()
    page.wait_for_load_state()
    expect(page.locator("textarea").first).to_be_visible()
    check(page, language, "question", problems)
    page.locator("button[value=antwoord]").click()
    page.wait_for_load_state()
    expect(page.locator("#probleem")).to_be_visible()
    check(page, language, "empty answer refused", problems)
    page.locator("textarea").first.fill("Een vaste contactpersoon")
    page.locator("button[value=antwoord]").click()
    expect(page.locator("main p.done[role=status]")).to_be_visible()
    check(page, language, "answer sent", problems)
    page.context.close()

    page = browser.new_context(**PHONE).new_page()
    join(page, url, codes["homework"], language)
    check(page, language, "homework list", problems)
    page.locator("ol.questions a").first.click()
    page.wait_for_load_state()
    page.locator("button[value=overslaan]").click()
    page.wait_for_load_state()
    check(page, language, "skipped", problems)
    page.locator("#klaar button").click()
    page.wait_for_load_state()
    check(page, language, "finished", problems)
    page.context.close()

    for method in (VoteMethod.DOTS, VoteMethod.RANKING, VoteMethod.POINTS):
        with db.transaction(engine, write=True) as s:
            vote.open_round(s, session_exercise_id=ids["vote_exercise"], domain_set_id=ids["set"], method=method)
        page = browser.new_context(**PHONE).new_page()
        join(page, url, codes["vote"], language)
        expect(page.locator("form.ballot")).to_be_visible()
        check(page, language, f"vote {method.value}", problems)
        page.context.close()

    page = browser.new_context(**PHONE).new_page()
    page.goto(f"{url}/meedoen?code={codes['closed']}&lang={language}")
    check(page, language, "closed session", problems)
    page.context.close()
    assert problems == []


def test_the_next_question_is_announced_in_a_live_region(server, phone):
    url, engine, codes, ids = server
    join(phone, url, codes["question"], "nl")
    expect(phone.get_by_label("Jouw antwoord")).to_be_visible()
    region = phone.locator("[aria-live=polite]#live")
    with db.transaction(engine, write=True) as s:
        shown = meetings.next_exercise(s, session_id=ids["question"])
        wanted = "Stel je voor"  # the droom follows the casus
        assert shown is not None
    expect(region).to_contain_text("Nieuwe vraag:", timeout=10_000)
    expect(region).to_contain_text(wanted)
    expect(phone.locator("h1")).to_contain_text(wanted)
    show_first(engine, ids["question"])  # back to the casus for the other tests


def test_an_answer_is_sent_without_leaving_the_page_and_the_thanks_is_said(server, phone):
    url, engine, codes, ids = server
    join(phone, url, codes["question"], "nl")
    phone.evaluate("window.samePage = true")  # gone if the browser loaded a new page
    phone.get_by_label("Jouw antwoord").fill("Een vaste contactpersoon op school")
    posts = []
    phone.on("request", lambda r: posts.append(r.url) if r.method == "POST" else None)
    phone.get_by_role("button", name="Versturen").click()
    thanks = phone.get_by_text("Bedankt, je antwoord is doorgestuurd")
    expect(thanks).to_be_visible(timeout=10_000)
    expect(thanks).to_be_focused()  # a screen reader reads it out
    assert phone.evaluate("window.samePage") is True and len(posts) == 1
    assert "verstuurd" not in phone.url and f"code={codes['question']}" in phone.url  # a clean address to copy
    phone.reload()  # no "send the form again?": the address is a plain page
    expect(phone.get_by_text("Een vaste contactpersoon op school")).to_be_visible()
    with db.transaction(engine) as s:
        assert s.scalar(select(func.count(Contribution.id)).where(
            Contribution.text == "Een vaste contactpersoon op school")) == 1


def show_first(engine, session_id: int) -> None:
    with db.transaction(engine, write=True) as s:
        first = min(s.get(Session, session_id).exercises, key=lambda e: e.position)
        meetings.show_exercise(s, exercise_id=first.id)


def test_what_was_typed_survives_the_facilitator_moving_on_and_back(server, phone):
    url, engine, codes, ids = server
    join(phone, url, codes["question"], "nl")
    field = phone.get_by_label("Jouw antwoord")
    field.fill("Half geschreven")
    field.blur()
    with db.transaction(engine, write=True) as s:
        meetings.next_exercise(s, session_id=ids["question"])
    expect(phone.locator("#live")).to_contain_text("Nieuwe vraag:", timeout=10_000)
    show_first(engine, ids["question"])
    expect(phone.get_by_label("Jouw antwoord")).to_have_value("Half geschreven", timeout=10_000)


@pytest.mark.parametrize("width", [320, 195])  # 195: a 390 px phone at 200% zoom
def test_nothing_is_cut_off_or_too_small_on_a_narrow_or_zoomed_screen(server, browser, width):
    url, _engine, codes, _ids = server
    page = browser.new_context(viewport={"width": width, "height": 700}, is_mobile=True, has_touch=True).new_page()
    join(page, url, codes["question"], "nl")
    page.get_by_label("Jouw antwoord").fill("Een antwoord om aan te passen")
    page.get_by_role("button", name="Versturen").click()
    page.wait_for_load_state()
    expect(page.get_by_text("Bedankt, je antwoord is doorgestuurd")).to_be_visible()
    assert page.evaluate("document.scrollingElement.scrollWidth") <= width
    for control in page.locator("button, a.button, input, textarea, select, summary").all():
        if not control.is_visible():
            continue
        box = control.bounding_box()
        name = control.inner_text() or control.get_attribute("name") or ""
        assert box["height"] >= 44, name
        assert control.evaluate("e => e.scrollWidth <= e.clientWidth + 1"), f"{name!r} is cut off"
    page.context.close()


def test_dots_by_keyboard_keep_the_focus_and_say_what_they_did(server, browser):
    url, engine, codes, ids = server
    with db.transaction(engine, write=True) as s:
        vote.open_round(s, session_exercise_id=ids["vote_exercise"], domain_set_id=ids["set"])
    page = browser.new_context(**PHONE).new_page()
    join(page, url, codes["vote"], "nl")
    plus = page.get_by_role("button", name=re.compile(r"stip erbij, nu 0, nog 3 over")).first
    plus.focus()
    page.keyboard.press("Enter")
    page.keyboard.press("Enter")
    focused = page.evaluate("document.activeElement.getAttribute('aria-label')")
    assert re.search(r"stip erbij, nu 2, nog 1 over", focused)  # still on the same button, now "off"
    assert page.evaluate("document.activeElement.getAttribute('aria-disabled')") == "true"
    page.keyboard.press("Enter")  # a third dot on one domain is refused: nothing changes
    expect(page.get_by_text("Je hebt nog 1 stip.")).to_be_visible()
    expect(page.locator("#live")).to_contain_text("nu 2, nog 1 over")
    page.get_by_role("button", name="Stem versturen").click()
    page.wait_for_load_state()
    expect(page.get_by_text("Bedankt, je stem is doorgestuurd")).to_be_visible()
    expect(page.get_by_role("button", name=re.compile(r"stip erbij, nu 2, nog 1 over")).first).to_be_visible()
    page.context.close()
