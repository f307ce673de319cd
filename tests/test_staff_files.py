"""The files of the staff screens (/media/...: QR codes, word clouds, exported minutes) open only with
a valid staff login cookie: a copied link opens nothing for a parent or a stranger (issue 13)."""

from __future__ import annotations

import time

import jwt
import pytest
from playwright.sync_api import expect

from sqlalchemy import select

from facilitation import auth, db
from facilitation.models import Session, SessionState
from tests.server import running_server


@pytest.fixture
def account(write) -> str:
    with write() as s:
        auth.add_user(s, username="anna", password="geheim-genoeg", roles=["facilitator"])
        auth.make_cookie_key(s)
    return "anna"


def _token(read, username: str, *, expires_in: float = 3600, key: str | None = None) -> str:
    with read() as s:
        key = key or auth.cookie_key(s)
    return jwt.encode({"username": username, "exp_date": time.time() + expires_in}, key, algorithm="HS256")


def test_a_valid_login_cookie_names_its_account(read, account):
    with read() as s:
        assert auth.login_cookie_holder(s, token=_token(read, account)) == account


@pytest.mark.parametrize("case", ["expired", "other key", "unknown account", "garbage", "empty"])
def test_forged_expired_or_foreign_cookies_open_nothing(read, account, case):
    token = {"expired": lambda: _token(read, account, expires_in=-1),
             "other key": lambda: _token(read, account, key="een-andere-sleutel"),
             "unknown account": lambda: _token(read, "mallory"),
             "garbage": lambda: "eyJhbGciOi.niet.echt",
             "empty": lambda: ""}[case]()
    with read() as s:
        assert auth.login_cookie_holder(s, token=token) is None


def test_afmelden_ends_the_cookie_for_files_too(write, read, account):
    token = _token(read, account)
    time.sleep(0.01)
    with write() as s:
        auth.record_logout(s, username=account)
    with read() as s:
        assert auth.login_cookie_holder(s, token=token) is None


@pytest.mark.browser
def test_a_copied_link_to_a_staff_file_opens_nothing_without_login(tmp_path, browser):
    with running_server(tmp_path / "server") as url:
        engine = db.engine_for(f"sqlite:///{tmp_path / 'server' / 'samenspraak.db'}")
        with db.transaction(engine) as s:  # the demo's open focus group: a QR code on its control view
            open_id = s.scalar(select(Session.id).where(Session.state == SessionState.OPEN))
        staff = browser.new_context(viewport={"width": 1366, "height": 900})
        page = staff.new_page()
        page.goto(url + "/")
        page.get_by_label("Gebruikersnaam").fill("demo")
        page.get_by_label("Wachtwoord").fill("demo-samenspraak")
        page.get_by_role("button", name="Aanmelden").click()
        expect(page.get_by_text("Demogemeente").first).to_be_visible(timeout=30_000)
        page.goto(f"{url}/sessie?sessie={open_id}")
        qr_image = page.locator('[data-testid="stImage"] img').first
        expect(qr_image).to_be_visible(timeout=30_000)
        address = qr_image.get_attribute("src")
        assert "/media/" in address
        address = address if address.startswith("http") else url + address
        assert staff.request.get(address).status == 200
        stranger = browser.new_context()
        refused = stranger.request.get(address)
        assert refused.status == 403 and "alleen voor begeleiders" in refused.text()
        stranger.close()
        staff.close()
        engine.dispose()
