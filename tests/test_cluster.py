"""The cluster as `make serve-cluster` runs it: nginx in front of two processes on one PostgreSQL.

A phone (Playwright, 390x844) on one process and the beamer on the other, each pinned by nginx's
sticky cookie; the answer reaches the beamer; the phone's process is killed (SIGKILL) and the phone
carries on through the proxy with the same device; Streamlit's JavaScript comes back gzipped.
"""

from __future__ import annotations

import re
import signal
import uuid
from urllib.parse import urlsplit

import httpx
import pytest
from playwright.sync_api import Browser, Page, Response, expect
from sqlalchemy import create_engine, func, select, text

from deploy.cluster import Cluster, nginx_binary
from facilitation import db
from facilitation.models import Contribution, Participant, Session, SessionState
from tests.server import free_port

pytestmark = pytest.mark.browser

if nginx_binary() is None:
    pytest.skip("nginx is not installed: `make system-deps` installs Debian's nginx, without it no cluster starts",
                allow_module_level=True)

PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True}
BEAMER = {"viewport": {"width": 1920, "height": 1080}}
STICKY = "samenspraak_proces"
SERVED_BY = "x-samenspraak-proces"


@pytest.fixture(scope="module")
def cluster(postgres_server, tmp_path_factory):
    """The demo on its own PostgreSQL database, two processes, nginx; (cluster, engine, code)."""
    name = f"samenspraak_cluster_{uuid.uuid4().hex[:8]}"
    admin = create_engine(postgres_server, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    url = postgres_server.rsplit("/", 1)[0] + "/" + name
    running = Cluster(url, proxy_port=free_port(), app_ports=[free_port(), free_port()],
                      run_dir=tmp_path_factory.mktemp("cluster"))
    try:
        running.samenspraak("demo")
        engine = db.engine_for(url)
        with db.transaction(engine) as s:
            code = s.scalars(select(Session.join_code).where(Session.state == SessionState.OPEN)).one()
        with running:
            yield running, engine, code
        engine.dispose()
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def sticky_key(cluster: Cluster, port: int) -> str:
    """A value of nginx's sticky cookie that lands on the process on `port`."""
    with httpx.Client(base_url=cluster.url) as client:
        for i in range(200):
            key = f"test-{i}"
            client.cookies.set(STICKY, key)
            served = client.get("/_stcore/health").headers[SERVED_BY]
            if served == f"127.0.0.1:{port}":
                return key
    raise AssertionError(f"no sticky key reaches port {port}")


def pinned(browser: Browser, cluster: Cluster, port: int, **options) -> tuple[Page, list[tuple[str, int, str]]]:
    """A browser pinned to one process by its sticky cookie, and what it got: (path, status, process)."""
    context = browser.new_context(**options)
    context.add_cookies([{"name": STICKY, "value": sticky_key(cluster, port), "url": cluster.url}])
    page = context.new_page()
    served: list[tuple[str, int, str]] = []

    def record(response: Response) -> None:  # pages and requests, not files from the browser's cache
        if response.request.resource_type in ("document", "fetch", "xhr"):
            served.append((urlsplit(response.url).path, response.status, response.headers.get(SERVED_BY, "?")))

    page.on("response", record)
    return page, served


def answered_by(served: list[tuple[str, int, str]]) -> set[str]:
    """The processes that answered (nginx lists every one it tried, "A, B": the last one answered)."""
    return {process.split(",")[-1].strip() for _path, status, process in served if status < 500}


def answers_with(engine, marker: str) -> int:
    with db.transaction(engine) as s:
        return s.scalar(select(func.count(Contribution.id)).where(Contribution.text.contains(marker)))


def participants(engine) -> int:
    with db.transaction(engine) as s:
        return s.scalar(select(func.count(Participant.id)))


def send(phone: Page, answer: str) -> None:
    phone.get_by_label("Jouw antwoord").fill(answer)
    phone.get_by_role("button", name="Versturen").click()
    expect(phone.get_by_text("Bedankt, je antwoord is doorgestuurd")).to_be_visible(timeout=15_000)


def test_streamlits_javascript_comes_back_gzipped_through_the_proxy(cluster):
    running, _engine, _code = cluster
    with httpx.Client(base_url=running.url) as client:
        index = client.get("/").text
        script = re.search(r'src="\.?/?(static/js/[^"]+\.js)"', index).group(1)
        proxied = client.get("/" + script, headers={"Accept-Encoding": "gzip"})
    assert proxied.status_code == 200
    assert proxied.headers["content-encoding"] == "gzip"
    assert "Accept-Encoding" in proxied.headers["vary"]
    assert proxied.num_bytes_downloaded < len(proxied.content) / 2
    direct = httpx.get(running.app_url(running.app_ports[0]) + "/" + script, headers={"Accept-Encoding": "gzip"})
    assert "content-encoding" not in direct.headers  # what the proxy is there for
    print(f"\n{script}: {len(proxied.content)} bytes, {proxied.num_bytes_downloaded} through nginx")


def test_the_proxy_log_keeps_no_address_browser_or_query_of_a_phone(cluster):
    running, _engine, code = cluster
    with httpx.Client(base_url=running.url, headers={"User-Agent": "Telefoon-van-een-ouder/1.0"}) as phone:
        assert phone.get("/meedoen", params={"code": code}).status_code == 200
    log = (running.run_dir / "samenspraak-access.log").read_text()
    assert '"GET /meedoen" 200' in log  # requests are logged, with their time in nginx and in the process
    assert "127.0.0.1" not in log and "Telefoon-van-een-ouder" not in log and code not in log


def test_a_phone_on_one_process_reaches_the_beamer_on_the_other_and_survives_its_process(cluster, browser):
    running, engine, code = cluster
    phone_port, beamer_port = running.app_ports
    beamer, beamer_served = pinned(browser, running, beamer_port, **BEAMER)
    beamer.goto(running.url + "/")
    beamer.get_by_label("Gebruikersnaam").fill("demo")
    beamer.get_by_label("Wachtwoord").fill("demo-samenspraak")
    beamer.get_by_role("button", name="Aanmelden").click()
    expect(beamer.get_by_text("Demogemeente").first).to_be_visible(timeout=30_000)
    beamer.goto(f"{running.url}/scherm?code={code}")
    expect(beamer.locator(".ss-code")).to_have_text(code, timeout=30_000)

    phone, phone_served = pinned(browser, running, phone_port, **PHONE)
    dialogs: list[str] = []
    phone.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    before = participants(engine)
    phone.goto(f"{running.url}/meedoen?code={code}")
    phone.get_by_role("button", name="Ik doe mee").click()
    marker = uuid.uuid4().hex[:6]
    send(phone, f"Eerste versie {marker}")
    expect(beamer.locator(".ss-card", has_text=f"Eerste versie {marker}")).to_be_visible(timeout=5_000)
    assert answered_by(phone_served) == {f"127.0.0.1:{phone_port}"}
    assert answered_by(beamer_served) == {f"127.0.0.1:{beamer_port}"}

    running.kill_app(phone_port, signal.SIGKILL)
    phone_served.clear()
    phone.get_by_role("link", name="Aanpassen").click()
    send(phone, f"Tweede versie {marker}")
    assert answered_by(phone_served) == {f"127.0.0.1:{beamer_port}"}
    # Only the long poll that was waiting on the killed process failed (the phone asks again by itself).
    assert {path for path, status, _ in phone_served if status >= 500} <= {"/meedoen/stand"}
    expect(beamer.locator(".ss-card", has_text=f"Tweede versie {marker}")).to_be_visible(timeout=5_000)
    expect(beamer.locator(".ss-card", has_text=f"Eerste versie {marker}")).to_have_count(0)
    assert answers_with(engine, marker) == 1  # the edit landed once, on the same answer
    assert participants(engine) == before + 1  # the same device: no second participant
    assert not dialogs and "Connection error" not in phone.inner_text("body")
