"""What a parent's phone spends: bytes to join and answer, time to the first question on slow 3G,
and bytes per hour of a meeting, for the phone page and for a bare Streamlit page in the same run.

    .venv/bin/python bench/phone_data.py [--idle 60]

Slow 3G is Chromium's DevTools emulation: 400 kbit/s down and up, 400 ms round trip. Bytes are
what Chromium reports as received on the wire (Network.loadingFinished encodedDataLength, which
includes headers, plus every WebSocket frame), with a cold cache. A benchmark, not a test: the
figures are printed, nothing is asserted.
"""

from __future__ import annotations

import argparse
import base64
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from playwright.sync_api import sync_playwright  # noqa: E402

from facilitation import db, demo  # noqa: E402
from facilitation import session as meetings  # noqa: E402
from tests.conftest import CHROMIUM, CHROMIUM_ARGS  # noqa: E402
from tests.server import free_port, running_server  # noqa: E402

SLOW_3G = {"offline": False, "latency": 400, "downloadThroughput": 400_000 / 8, "uploadThroughput": 400_000 / 8}


class Meter:
    """Bytes received by one page, from Chromium's own accounting."""

    def __init__(self, context, page, *, slow: bool) -> None:
        self.bytes = 0
        self.cdp = context.new_cdp_session(page)
        self.cdp.send("Network.enable")
        self.cdp.send("Network.setCacheDisabled", {"cacheDisabled": False})
        if slow:
            self.cdp.send("Network.emulateNetworkConditions", SLOW_3G)
        self.cdp.on("Network.loadingFinished", self._finished)
        self.cdp.on("Network.webSocketFrameReceived", self._frame)

    def _finished(self, event) -> None:
        self.bytes += int(event.get("encodedDataLength", 0))

    def _frame(self, event) -> None:
        response = event["response"]
        data = response.get("payloadData", "")
        self.bytes += len(base64.b64decode(data)) if response.get("opcode") == 2 else len(data.encode())


def join_and_answer(page, meter: Meter, address: str) -> dict:
    """The same steps on either page: open the link, "Ik doe mee", answer, "Bedankt"."""
    limit = 180_000  # slow 3G: the bare page needs about a minute
    started = time.monotonic()
    page.goto(address, wait_until="commit", timeout=limit)  # "load" comes late on the bare page
    page.get_by_role("button", name="Ik doe mee").wait_for(timeout=limit)
    figures = {"first screen (s)": time.monotonic() - started}
    page.get_by_role("button", name="Ik doe mee").click()
    page.get_by_label("Jouw antwoord").wait_for(timeout=limit)
    figures["to the first question (s)"] = time.monotonic() - started
    figures["bytes to the first question"] = meter.bytes
    page.get_by_label("Jouw antwoord").fill("Een vaste contactpersoon op school")
    page.get_by_role("button", name="Versturen").click()
    page.get_by_text("Bedankt").first.wait_for(timeout=limit)
    figures["bytes to join and answer"] = meter.bytes
    return figures


def phone_page(browser, url: str, code: str, engine, session_id: int, idle: float) -> dict:
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    page = context.new_page()
    meter = Meter(context, page, slow=True)
    figures = join_and_answer(page, meter, f"{url}/meedoen?code={code}")

    before = meter.bytes  # one more question: the facilitator moves on, the phone answers
    with db.transaction(engine, write=True) as s:
        meetings.next_exercise(s, session_id=session_id)
    page.get_by_label("Jouw antwoord").wait_for(timeout=60_000)
    page.get_by_label("Jouw antwoord").fill("Een speelplein in elke wijk")
    page.get_by_role("button", name="Versturen").click()
    page.get_by_text("Bedankt, je antwoord is doorgestuurd").wait_for(timeout=60_000)
    figures["bytes per further question"] = meter.bytes - before

    before = meter.bytes
    page.wait_for_timeout(idle * 1000)
    figures["bytes per idle hour"] = (meter.bytes - before) * 3600 / idle
    context.close()
    return figures


def bare_page(browser, url: str, idle: float) -> dict:
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    page = context.new_page()
    meter = Meter(context, page, slow=True)
    figures = join_and_answer(page, meter, f"{url}/meedoen")
    before = meter.bytes
    page.wait_for_timeout(idle * 1000)
    figures["bytes per idle hour"] = (meter.bytes - before) * 3600 / idle
    context.close()
    return figures


def meeting_estimate(figures: dict, questions: int = 10, hours: float = 2.0) -> float:
    """A two-hour meeting: join and answer, nine more questions, two hours of waiting in between."""
    per_question = figures.get("bytes per further question", figures["bytes to join and answer"]
                               - figures["bytes to the first question"])
    return figures["bytes to join and answer"] + (questions - 1) * per_question + hours * figures["bytes per idle hour"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--idle", type=float, default=60.0, help="seconds of idle polling measured")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="samenspraak-phone-data-"))
    results = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        with running_server(folder / "app") as url:
            engine = db.engine_for(f"sqlite:///{folder / 'app' / 'samenspraak.db'}")
            with db.transaction(engine, write=True) as s:
                traj = demo.find_demo(s)
                meeting = meetings.plan_session(s, trajectory_id=traj.id, template_id="stuurgroep_2")
                meetings.open_session(s, session_id=meeting.id)
                meetings.next_exercise(s, session_id=meeting.id)
                code, session_id = meeting.join_code, meeting.id
            results["phone page (/meedoen)"] = phone_page(browser, url, code, engine, session_id, args.idle)
            print(results, flush=True)
        bare = _bare_server(folder / "bare")
        with bare as url:
            results["bare Streamlit page"] = bare_page(browser, url, args.idle)
        browser.close()
    keys = ["first screen (s)", "to the first question (s)", "bytes to the first question",
            "bytes to join and answer", "bytes per further question", "bytes per idle hour"]
    print(f"{'slow 3G (400 kbit/s, 400 ms)':32}" + "".join(f"{name:>28}" for name in results))
    for key in keys:
        row = [results[name].get(key) for name in results]
        print(f"{key:32}" + "".join(f"{'-':>28}" if v is None else f"{v:>28,.1f}" if "(s)" in key
                                    else f"{v:>28,.0f}" for v in row))
    print(f"{'two-hour meeting, 10 questions':32}" + "".join(f"{meeting_estimate(results[n]):>28,.0f}"
                                                             for n in results))


def _bare_server(folder: Path):
    """bench/bare_app.py under `streamlit run`, like bench/live.py starts it."""
    import contextlib
    import os
    import subprocess

    @contextlib.contextmanager
    def run():
        folder.mkdir(parents=True, exist_ok=True)
        port = free_port()
        env = {**os.environ, "BARE_APP_DB": str(folder / "bare.db")}
        process = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", str(ROOT / "bench" / "bare_app.py"), "--server.port", str(port),
             "--server.address", "127.0.0.1", "--server.headless", "true"],
            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        try:
            from tests.server import healthy

            deadline = time.monotonic() + 60
            while not healthy(f"http://127.0.0.1:{port}") and time.monotonic() < deadline:
                time.sleep(0.2)
            yield f"http://127.0.0.1:{port}"
        finally:
            os.killpg(process.pid, 15)
            process.wait(timeout=15)

    return run()


if __name__ == "__main__":
    main()
