"""The real server in headless Debian Chromium: the login page, logging in and out, a reload.

One server (a fresh SQLite file seeded with `samenspraak demo`) and one browser for the module;
every test gets a fresh browser context, so no login cookie carries over between tests. Waits
are Playwright's auto-waiting with generous limits; nothing asserts how fast anything is.

Screenshots: /tmp/samenspraak-login.png and /tmp/samenspraak-traject.png.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from sqlalchemy import select

from facilitation import db, demo
from facilitation.models import Session, SessionState
from tests.server import healthy, running_server, server_log

pytestmark = pytest.mark.browser

WAIT = 20_000  # ms: the most one step may take (a cold script run, the login cookie's round trip)
# Streamlit marks its root element with the script's state; "notRunning" = this run is done.
IDLE = '[data-testid="stApp"][data-test-script-state="notRunning"]'
LOGIN_COOKIE = "samenspraak_login"
DEMO_USER, DEMO_PASSWORD = "demo", "demo-samenspraak"
SCREENSHOT_LOGIN = Path("/tmp/samenspraak-login.png")
SCREENSHOT_TRAJECT = Path("/tmp/samenspraak-traject.png")


@dataclass(frozen=True)
class Server:
    url: str
    data_dir: Path
    demo_id: int


# --- fixtures ------------------------------------------------------------------------------------


def _demo_id(data_dir: Path) -> int:
    engine = db.engine_for(f"sqlite:///{data_dir / 'samenspraak.db'}")
    try:
        with db.transaction(engine) as session:
            found = demo.find_demo(session)
            assert found is not None, "`samenspraak demo` did not create Demogemeente"
            return found.id
    finally:
        engine.dispose()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, browser: Browser) -> Iterator[Server]:
    """The real server, after someone has opened the app once (as after any start in practice).

    A freshly started process behaves differently (see the test at the end of this module)."""
    data_dir = tmp_path_factory.mktemp("server") / "data"
    with running_server(data_dir) as url:
        started = Server(url=url, data_dir=data_dir, demo_id=_demo_id(data_dir))
        warm_up = browser.new_page(base_url=url)
        try:
            warm_up.goto("/")
            settle(warm_up)
        finally:
            warm_up.close()
        yield started


@pytest.fixture
def page(browser: Browser, server: Server) -> Iterator[Page]:
    if not healthy(server.url):
        pytest.fail("The test server stopped answering. Its log:\n" + server_log(server.data_dir)[-3000:])
    context = browser.new_context(base_url=server.url, viewport={"width": 1280, "height": 900}, locale="nl-BE")
    opened = context.new_page()
    try:
        yield opened
    finally:
        context.close()


# --- helpers -------------------------------------------------------------------------------------


def settle(page: Page) -> None:
    """Wait until the page has loaded its components and the script run is over (before typing:
    a click that races the cookie component's first rerun can be lost)."""
    page.wait_for_load_state("networkidle", timeout=WAIT)
    page.locator(IDLE).wait_for(timeout=WAIT)


def expect_login_form(page: Page) -> None:
    expect(page.get_by_role("heading", name="Aanmelden")).to_be_visible(timeout=WAIT)
    # While a rerun replaces the page (after Afmelden), the old form can stand in the DOM for a
    # moment beside the new one: wait for the one form that stays.
    expect(page.get_by_label("Wachtwoord")).to_have_count(1, timeout=WAIT)
    expect(page.get_by_label("Gebruikersnaam")).to_be_visible()
    expect(page.get_by_label("Wachtwoord")).to_be_visible()
    expect(page.get_by_role("button", name="Aanmelden")).to_be_visible()


def log_in(page: Page, username: str = DEMO_USER, password: str = DEMO_PASSWORD) -> None:
    settle(page)
    page.get_by_label("Gebruikersnaam").fill(username)
    page.get_by_label("Wachtwoord").fill(password)
    page.get_by_role("button", name="Aanmelden").click()


def trajecten_heading(page: Page):
    return page.get_by_role("heading", name="Trajecten", level=1)


def traject_heading(page: Page):
    return page.get_by_role("heading", name=re.compile("Demogemeente"), level=1)


def expect_login_not_trajectory(page: Page) -> None:
    """The login form, and neither staff page: decided as soon as either one is on screen."""
    shown = page.get_by_role("heading", name="Aanmelden").or_(trajecten_heading(page)).or_(traject_heading(page))
    expect(shown.first).to_be_visible(timeout=WAIT)
    settle(page)
    expect(page.get_by_text("Demogemeente")).to_have_count(0)
    expect_login_form(page)


def wait_for_logout_to_finish(page: Page) -> None:
    """The browser has dropped the login cookie (the authenticator's cookie component does it)."""
    page.wait_for_function(f"!document.cookie.includes('{LOGIN_COOKIE}=')", timeout=WAIT)


# --- tests ---------------------------------------------------------------------------------------


def test_the_login_page_is_shown_at_the_root(page: Page):
    page.goto("/")

    expect_login_form(page)
    expect(page).to_have_title("Samenspraak")
    expect(page.get_by_role("heading", name="Samenspraak", level=1)).to_be_visible()
    settle(page)
    expect(page.get_by_text("Demogemeente")).to_have_count(0)
    expect(page.get_by_role("button", name="Afmelden")).to_have_count(0)
    page.screenshot(path=str(SCREENSHOT_LOGIN), full_page=True)


@pytest.mark.parametrize("path", ["/trajecten", "/traject?traject={demo_id}"])
def test_a_staff_url_shows_the_login_form_not_the_page(page: Page, server: Server, path: str):
    page.goto(path.format(demo_id=server.demo_id))

    expect_login_not_trajectory(page)


def test_a_wrong_password_is_refused_in_dutch(page: Page):
    page.goto("/")
    log_in(page, DEMO_USER, "niet-het-wachtwoord")

    expect(page.get_by_text("Gebruikersnaam of wachtwoord klopt niet.")).to_be_visible(timeout=WAIT)
    expect_login_form(page)
    expect(trajecten_heading(page)).to_have_count(0)
    expect(page.get_by_text("Demogemeente")).to_have_count(0)


def test_demo_login_shows_the_trajectories_and_a_trajectory_survives_a_reload(page: Page, server: Server):
    page.goto("/")
    log_in(page)

    expect(trajecten_heading(page)).to_be_visible(timeout=WAIT)
    expect(page.get_by_role("heading", name=re.compile(r"^Demogemeente · \d{4}-\d{4}"))).to_be_visible()
    expect(page.get_by_text("Aangemeld als demo")).to_be_visible()
    settle(page)

    page.get_by_role("button", name="Openen").click()

    expect(page).to_have_url(re.compile(rf"/traject\?traject={server.demo_id}$"), timeout=WAIT)
    expect(traject_heading(page)).to_be_visible(timeout=WAIT)
    expect(page.get_by_role("heading", name="Sessies")).to_be_visible()
    roadmap = page.get_by_text(re.compile(r"^Roadmap: "))
    expect(roadmap).to_have_count(4)
    steps = [text.split(" · ")[0] for text in roadmap.all_inner_texts()]
    assert [s.split(":")[1].strip() for s in steps] == [
        "Stuurgroep 1", "Stuurgroep 2", "Stuurgroep 3", "Focusgroep met ouders",
    ]
    expect(page.get_by_text(re.compile(r"status: open · \d+ oefeningen · code [A-Z0-9]{6}"))).to_be_visible()
    settle(page)
    page.set_viewport_size({"width": 1280, "height": 1800})  # Streamlit scrolls inside the page
    page.mouse.move(0, 0)
    page.screenshot(path=str(SCREENSHOT_TRAJECT))

    page.reload()

    settle(page)
    expect(traject_heading(page)).to_be_visible(timeout=WAIT)
    expect(page).to_have_url(re.compile(rf"/traject\?traject={server.demo_id}$"))
    expect(page.get_by_text("Aangemeld als demo")).to_be_visible()
    expect(page.get_by_label("Gebruikersnaam")).to_have_count(0)


def test_afmelden_returns_to_the_login_form_and_closes_the_staff_pages(page: Page, server: Server):
    page.goto("/")
    log_in(page)
    expect(trajecten_heading(page)).to_be_visible(timeout=WAIT)
    settle(page)

    page.get_by_role("button", name="Afmelden").click()

    expect_login_form(page)
    expect(page.get_by_role("button", name="Afmelden")).to_have_count(0)
    expect(page.get_by_text("Demogemeente")).to_have_count(0)
    wait_for_logout_to_finish(page)

    page.goto(f"/traject?traject={server.demo_id}")

    expect_login_not_trajectory(page)


def test_a_login_cookie_from_before_afmelden_no_longer_logs_in(page: Page, browser: Browser, server: Server):
    page.goto("/")
    log_in(page)
    expect(trajecten_heading(page)).to_be_visible(timeout=WAIT)
    settle(page)
    cookies_before_logout = [c for c in page.context.cookies() if c["name"] == LOGIN_COOKIE]
    assert cookies_before_logout
    page.get_by_role("button", name="Afmelden").click()
    expect_login_form(page)
    wait_for_logout_to_finish(page)

    # The same browser profile, had the deletion not happened yet (or a restored session).
    other = browser.new_context(base_url=server.url)
    try:
        other.add_cookies(cookies_before_logout)
        again = other.new_page()
        again.goto(f"/traject?traject={server.demo_id}")
        expect_login_not_trajectory(again)
    finally:
        other.close()


def test_a_freshly_started_server_shows_the_login_form_at_a_staff_url(browser: Browser, tmp_path: Path):
    data_dir = tmp_path / "fresh"
    with running_server(data_dir) as url:
        context = browser.new_context(base_url=url)
        try:
            first = context.new_page()
            first.goto(f"/traject?traject={_demo_id(data_dir)}")  # nobody has opened / yet
            expect_login_not_trajectory(first)
        finally:
            context.close()


def test_a_parent_at_the_site_address_types_the_code_and_lands_on_the_phone_page(page: Page, server: Server):
    """The bare address shows "Meedoen met een code" above the staff login: a plain form to /meedoen."""
    with db.transaction(db.engine_for(f"sqlite:///{server.data_dir / 'samenspraak.db'}")) as s:
        code = s.scalar(select(Session.join_code).where(Session.trajectory_id == server.demo_id,
                                                        Session.state == SessionState.OPEN))
    page.goto("/")
    expect(page.get_by_role("heading", name="Meedoen met een code")).to_be_visible(timeout=WAIT)
    page.get_by_label("Code").fill(code.lower())
    page.get_by_role("button", name="Meedoen").click()

    expect(page).to_have_url(re.compile(rf"/meedoen\?code={code}$", re.IGNORECASE), timeout=WAIT)
    expect(page.get_by_text("We vragen je naam niet", exact=False)).to_be_visible(timeout=WAIT)


def test_afmelden_in_one_browser_ends_the_login_in_another_at_its_next_click(
        page: Page, browser: Browser, server: Server):
    other = browser.new_context(base_url=server.url, viewport={"width": 1280, "height": 900})
    try:
        second = other.new_page()
        for tab in (page, second):
            tab.goto("/")
            log_in(tab)
            expect(trajecten_heading(tab)).to_be_visible(timeout=WAIT)
            settle(tab)

        page.get_by_role("button", name="Afmelden").click()
        expect_login_form(page)
        second.get_by_role("button", name="Openen").click()  # the next click in the other browser

        expect_login_form(second)
        expect(second.get_by_text(re.compile("^Je bent afgemeld"))).to_be_visible(timeout=WAIT)
        expect(second.get_by_text("Demogemeente")).to_have_count(0)
    finally:
        other.close()
