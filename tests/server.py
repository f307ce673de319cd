"""Start the real Samenspraak server (`streamlit run serve.py`: the screens and the phone page) for
browser tests.

The server runs from the repository root, so .streamlit/config.toml applies, on its own port and
its own data folder (SQLite file, auth.yaml); it gets an environment of its own, because the
autouse `isolated_environment` fixture is per test and a server lives for a whole module.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from deploy.cluster import healthy, stop_group  # noqa: F401 - healthy: for the browser tests

ROOT = Path(__file__).resolve().parent.parent
STARTUP_LIMIT = 90  # seconds: how long the server may take to answer /_stcore/health at all


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def server_env(data_dir: Path, **extra: str) -> dict[str, str]:
    """This process's environment without any Samenspraak setting, pointed at `data_dir`."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("SAMENSPRAAK_")}
    env["SAMENSPRAAK_DATA_DIR"] = str(data_dir)
    env["PYTHONUNBUFFERED"] = "1"
    env.update(extra)
    return env


def seed_demo(env: dict[str, str]) -> str:
    """`samenspraak demo`: Demogemeente and the demo login, in the data folder of `env`."""
    result = subprocess.run(
        [sys.executable, "-m", "facilitation.cli", "demo"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )
    if result.returncode != 0:
        raise RuntimeError(f"`samenspraak demo` failed ({result.returncode}):\n{result.stdout}\n{result.stderr}")
    return result.stdout


@contextmanager
def running_server(data_dir: Path, *, demo: bool = True, port: int | None = None) -> Iterator[str]:
    """A seeded server on a free port; yields its base URL and stops its process group at the end.

    Note: while the pages live in a pages/ folder, a freshly started process serves staff URLs
    without the login gate until someone has opened / once (see test_browser.py); a test about
    something else should open / first.
    """
    data_dir.mkdir(parents=True, exist_ok=True)
    env = server_env(data_dir)
    if demo:
        seed_demo(env)
    port = port or free_port()
    url = f"http://127.0.0.1:{port}"
    log_path = data_dir / "server.log"
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", "serve.py",
             "--server.port", str(port), "--server.address", "127.0.0.1", "--server.headless", "true"],
            cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
        )
        try:
            deadline = time.monotonic() + STARTUP_LIMIT
            while not healthy(url):
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(
                        f"The server did not start (exit code {process.poll()}). Its log:\n"
                        + log_path.read_text(encoding="utf-8", errors="replace")[-4000:]
                    )
                time.sleep(0.2)
            yield url
        finally:
            stop_group(process)


def server_log(data_dir: Path) -> str:
    path = data_dir / "server.log"
    return path.read_text(encoding="utf-8", errors="replace") if path.exists() else ""


def open_phone(browser, **options):
    """A phone's page (390x844, touch), with the dialogs it saw in `page.dialogs` (none may open:
    nothing parents type may run). Close it with `page.context.close()`."""
    page = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True,
                               **options).new_page()
    page.dialogs = []
    page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
    return page


def open_projector(browser, url: str, code: str):
    """A 1920x1080 beamer page, logged in as the demo facilitator, showing /scherm?code=CODE."""

    page = browser.new_context(viewport={"width": 1920, "height": 1080}).new_page()
    page.goto(url + "/")
    log_in(page, "demo", "demo-samenspraak", then=page.get_by_text("Demogemeente").first)
    page.goto(f"{url}/scherm?code={code}")
    return page


def log_in(page, username: str, password: str, *, then) -> None:
    """Log in on the page at "/" until `then` (a locator) shows. A click that lands while the login
    cookie's component is still rerunning the fresh page can be lost (seen in about 1 of 40 logins
    under load): then the form is filled and sent again, as a person would."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout
    from playwright.sync_api import expect

    for attempt in range(3):
        page.get_by_label("Gebruikersnaam").fill(username)
        page.get_by_label("Wachtwoord").fill(password)
        page.get_by_role("button", name="Aanmelden").click()
        try:
            expect(then).to_be_visible(timeout=15_000 if attempt < 2 else 30_000)
            return
        except (AssertionError, PlaywrightTimeout):
            if attempt == 2 or not page.get_by_label("Wachtwoord").is_visible():
                raise
