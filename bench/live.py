"""Live benchmark: N phones answer at once; how long until the projector shows each answer?

    .venv/bin/python bench/live.py [--phones 30] [--rounds 1] [--stagger 0.3]

A benchmark, not a test (pytest never collects it). It starts the real Samenspraak server on a
throw-away data folder seeded with the demo, logs a projector in (/scherm, 1920x1080), lets N
phones (separate browser contexts, 390x844, one headless Chromium) join /meedoen and send one
answer each, and measures click -> projector latency. Then it does the same with bench/bare_app.py
(plain Streamlit, same config) as a baseline. See bench/README.md for the method.

Exit code 0 whatever the figures are; 1 only when the benchmark could not run.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import secrets
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
THANKS = "Bedankt, je antwoord is doorgestuurd"
PHONE_VIEWPORT = {"width": 390, "height": 844}
SCREEN_VIEWPORT = {"width": 1920, "height": 1080}
STARTUP_LIMIT = 90  # s until /_stcore/health answers
PAGE_TIMEOUT_MS = 60_000  # any single browser wait
SETUP_LIMIT = 150  # s for all phones to open and join
IDLE_SAMPLE = 5.0  # s of server CPU with every page connected and polling, before anyone sends
ARRIVAL_LIMIT = 60  # s after the last click for the projector to show every answer
ACK_LIMIT_MS = 60_000  # ms for a phone to show its "Bedankt" after the click
JOIN_CLICKS = 3  # taps on "Ik doe mee" before a phone gives up
JOIN_WAIT_MS = 20_000  # after a tap, how long to wait for the answer form before tapping again
SETUP_CONCURRENCY = 6  # phones opening at the same time (2 cores: more only queues)

# Installed in the projector page: one (browser time, count) entry each time "<n> antwoorden" changes.
COUNTER_OBSERVER = r"""
() => {
  if (window.__ssBench) return;
  const events = [];
  window.__ssBench = events;
  let last = null;
  const check = () => {
    for (const el of document.querySelectorAll('.ss-count-inline')) {
      const m = el.textContent.match(/(\d+)\s*antwoorden/);
      if (m) {
        const n = parseInt(m[1], 10);
        if (n !== last) { last = n; events.push([Date.now(), n]); }
        return;
      }
    }
  };
  new MutationObserver(check).observe(document.body, {subtree: true, childList: true, characterData: true});
  setInterval(check, 50);
  check();
}
"""

# Installed in each phone: the browser time of the first click on "Versturen".
CLICK_RECORDER = r"""
() => {
  document.addEventListener('click', (e) => {
    const b = e.target.closest && e.target.closest('button');
    if (b && b.textContent.includes('Versturen') && !window.__ssClick) window.__ssClick = Date.now();
  }, true);
}
"""

ACK_WAITER = "t => (document.body && document.body.textContent.includes(t)) ? Date.now() : false"


# ---------------------------------------------------------------------------------------------
# Server processes


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def clean_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SAMENSPRAAK_", "BARE_APP_"))}
    env["PYTHONUNBUFFERED"] = "1"
    env.update(extra)
    return env


def _healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(url + "/_stcore/health", timeout=2) as response:
            return response.status == 200
    except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
        return False


def _proc_stat(pid: int) -> list[str] | None:
    try:
        raw = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return raw[raw.rindex(")") + 2:].split()  # fields from 3 (state) on


class Server:
    """A `streamlit run` in its own process group; CPU time summed over that group from /proc."""

    def __init__(self, name: str, script: str, cwd: Path, env: dict[str, str], log: Path) -> None:
        self.name, self.log = name, log
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self._log = log.open("wb")
        self.process = subprocess.Popen(
            [PYTHON, "-m", "streamlit", "run", script, "--server.port", str(self.port),
             "--server.address", "127.0.0.1", "--server.headless", "true"],
            cwd=cwd, env=env, stdout=self._log, stderr=subprocess.STDOUT, start_new_session=True,
        )

    def wait_healthy(self) -> None:
        deadline = time.monotonic() + STARTUP_LIMIT
        while not _healthy(self.url):
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"{self.name}: server did not start (exit {self.process.poll()}):\n"
                                   + self.log_tail())
            time.sleep(0.2)

    def _group(self) -> list[list[str]]:
        stats = []
        for entry in Path("/proc").iterdir():
            if entry.name.isdigit():
                fields = _proc_stat(int(entry.name))
                if fields and int(fields[2]) == self.process.pid:  # field 5: process group
                    stats.append(fields)
        return stats

    def cpu_seconds(self) -> float:
        ticks = os.sysconf("SC_CLK_TCK")
        return sum(int(f[11]) + int(f[12]) for f in self._group()) / ticks  # utime + stime

    def rss_mb(self) -> float:
        return sum(int(f[21]) for f in self._group()) * os.sysconf("SC_PAGE_SIZE") / 2**20

    def log_tail(self, chars: int = 3000) -> str:
        self._log.flush()
        return self.log.read_text(encoding="utf-8", errors="replace")[-chars:]

    def tracebacks(self) -> int:
        self._log.flush()
        return self.log.read_text(encoding="utf-8", errors="replace").count("Traceback")

    def stop(self) -> None:
        try:
            if self.process.poll() is None:
                os.killpg(self.process.pid, signal.SIGTERM)
                try:
                    self.process.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    os.killpg(self.process.pid, signal.SIGKILL)
                    self.process.wait(timeout=15)
        except ProcessLookupError:
            pass
        finally:
            self._log.close()


# ---------------------------------------------------------------------------------------------
# The two apps under test


@dataclass
class Target:
    name: str
    server: Server
    code: str
    login: tuple[str, str] | None  # projector login (Samenspraak only)
    answers: object  # () -> [(id, text, created: epoch s)] of every answer of the measured question, id order


def start_samenspraak(work: Path) -> Target:
    data_dir = work / "samenspraak-data"
    data_dir.mkdir()
    env = clean_env(SAMENSPRAAK_DATA_DIR=str(data_dir))
    seeded = subprocess.run([PYTHON, "-m", "facilitation.cli", "demo"], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=180)
    if seeded.returncode != 0:
        raise RuntimeError(f"`facilitation.cli demo` failed:\n{seeded.stdout}\n{seeded.stderr}")
    code = re.search(r"Deelnamecode van de open sessie: (\S+)", seeded.stdout)
    login = re.search(r"gebruiker '([^']+)', wachtwoord '([^']+)'", seeded.stdout)
    if not code or not login:
        raise RuntimeError(f"unexpected demo output:\n{seeded.stdout}")
    server = Server("samenspraak", "app.py", ROOT, env, work / "samenspraak-server.log")

    def answers() -> list[tuple[int, str, float]]:
        return samenspraak_answers(data_dir, code.group(1))

    return Target("Samenspraak", server, code.group(1), (login.group(1), login.group(2)), answers)


def samenspraak_answers(data_dir: Path, code: str) -> list[tuple[int, str, float]]:
    """Through the app's own modules: the non-hidden contributions of the session's current question."""
    os.environ["SAMENSPRAAK_DATA_DIR"] = str(data_dir)
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    import datetime as dt

    from sqlalchemy import select

    from facilitation import config, db
    from facilitation.models import Contribution, Session

    engine = db.engine_for(config.database_url())
    try:
        with db.transaction(engine) as session:
            exercise_id = session.scalar(select(Session.current_exercise_id).where(Session.join_code == code))
            rows = session.execute(
                select(Contribution.id, Contribution.text, Contribution.created_at)
                .where(Contribution.session_exercise_id == exercise_id, Contribution.hidden.is_(False))
                .order_by(Contribution.id)
            ).all()
    finally:
        engine.dispose()
    def epoch(moment: dt.datetime) -> float:  # SQLite hands the UTC timestamp back without its zone
        return (moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)).timestamp()

    return [(r[0], r[1], epoch(r[2])) for r in rows]


def phone_poll_interval() -> str:
    """The real phone page's polling interval (pages/meedoen.py), so the baseline polls alike."""
    try:
        source = (ROOT / "pages" / "meedoen.py").read_text(encoding="utf-8")
    except OSError:
        return "1.5"
    found = re.search(r"@st\.fragment\(run_every=([0-9.]+)\)\s*\ndef follow_the_facilitator", source)
    return found.group(1) if found else "1.5"


def start_bare(work: Path) -> Target:
    folder = work / "bare"
    (folder / ".streamlit").mkdir(parents=True)
    shutil.copy(ROOT / ".streamlit" / "config.toml", folder / ".streamlit" / "config.toml")
    database = folder / "bare.db"
    server = Server("bare", str(ROOT / "bench" / "bare_app.py"), folder,
                    clean_env(BARE_APP_DB=str(database), BARE_APP_PHONE_POLL=phone_poll_interval()),
                    work / "bare-server.log")

    def answers() -> list[tuple[int, str, float]]:
        if not database.exists():
            return []
        connection = sqlite3.connect(database, timeout=30)
        try:
            return list(connection.execute("SELECT id, text, created FROM answers ORDER BY id"))
        except sqlite3.OperationalError:
            return []
        finally:
            connection.close()

    return Target("bare app", server, "BARE", None, answers)


# ---------------------------------------------------------------------------------------------
# Browsers


@dataclass
class Phone:
    index: int
    text: str
    page: object = None
    ready: bool = False
    error: str | None = None
    click_ms: float | None = None
    ack_ms: float | None = None
    note: str | None = None  # what the page showed when the "Bedankt" never came
    open_s: float | None = None  # goto -> "Ik doe mee" visible
    join_s: float | None = None  # first click on "Ik doe mee" -> answer form visible
    join_retries: int = 0  # clicks on "Ik doe mee" that changed nothing within JOIN_WAIT_MS


class FragmentRuns:
    """The projector's websocket: when it asks for a fragment rerun, when the server says it is done."""

    def __init__(self) -> None:
        self.requests: list[float] = []
        self.finished: list[float] = []
        try:
            from streamlit.proto.BackMsg_pb2 import BackMsg
            from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
        except ImportError:  # no protos, no detail: the latency figures do not need them
            self._back = self._forward = None
        else:
            self._back, self._forward = BackMsg, ForwardMsg

    def attach(self, page) -> None:
        if self._back is not None:
            page.on("websocket", lambda ws: (ws.on("framesent", self._sent), ws.on("framereceived", self._received)))

    def _sent(self, payload) -> None:
        if isinstance(payload, bytes):
            message = self._back()
            try:
                message.ParseFromString(payload)
            except Exception:  # noqa: BLE001
                return
            if message.WhichOneof("type") == "rerun_script" and message.rerun_script.fragment_id:
                self.requests.append(time.monotonic())

    def _received(self, payload) -> None:
        if isinstance(payload, bytes):
            message = self._forward()
            try:
                message.ParseFromString(payload)
            except Exception:  # noqa: BLE001
                return
            if (message.WhichOneof("type") == "script_finished"
                    and message.script_finished == self._forward.FINISHED_FRAGMENT_RUN_SUCCESSFULLY):
                self.finished.append(time.monotonic())

    def window(self, start: float, end: float) -> tuple[list[float], list[float]]:
        """(run durations, intervals between requests) of the requests made in [start, end]."""
        requests = [t for t in self.requests if start <= t <= end]
        durations = []
        for k, t in enumerate(requests):
            following = requests[k + 1] if k + 1 < len(requests) else float("inf")
            done = next((f for f in self.finished if t <= f < following), None)
            if done is not None:
                durations.append(done - t)
        return durations, [b - a for a, b in zip(requests, requests[1:])]


async def open_projector(browser, target: Target, runs: FragmentRuns):
    context = await browser.new_context(viewport=SCREEN_VIEWPORT)
    page = await context.new_page()
    page.set_default_timeout(PAGE_TIMEOUT_MS)
    runs.attach(page)
    base = target.server.url
    if target.login:
        user, password = target.login
        await page.goto(base + "/")
        await page.get_by_label("Gebruikersnaam", exact=True).fill(user)
        await page.get_by_label("Wachtwoord", exact=True).fill(password)
        await page.get_by_role("button", name="Aanmelden").click()
        await page.get_by_text("Demogemeente").first.wait_for()
        await asyncio.sleep(1.5)  # the cookie component writes the login cookie after the rerun
    await page.goto(f"{base}/scherm?code={target.code}")
    await page.locator(".ss-count-inline", has_text="antwoorden").first.wait_for()
    await page.evaluate(COUNTER_OBSERVER)
    return page


async def open_phone(browser, target: Target, phone: Phone, gate: asyncio.Semaphore) -> None:
    async with gate:
        step = "new context"
        try:
            context = await browser.new_context(viewport=PHONE_VIEWPORT, is_mobile=True, has_touch=True)
            page = await context.new_page()
            page.set_default_timeout(PAGE_TIMEOUT_MS)
            phone.page = page
            step = "open /meedoen"
            began = time.monotonic()
            await page.goto(f"{target.server.url}/meedoen?code={target.code}")
            join = page.get_by_role("button", name="Ik doe mee")
            await join.wait_for()
            phone.open_s = time.monotonic() - began
            step = "click 'Ik doe mee'"
            began = time.monotonic()
            box = page.get_by_label("Jouw antwoord")
            for attempt in range(JOIN_CLICKS):
                await join.click()
                try:
                    await box.wait_for(timeout=JOIN_WAIT_MS)
                    break
                except Exception:  # noqa: BLE001 - the tap did nothing: tap again, as a person would
                    if attempt + 1 == JOIN_CLICKS or not await join.is_visible():
                        raise
                    phone.join_retries += 1
            phone.join_s = time.monotonic() - began
            step = "fill"
            await box.fill(phone.text)  # filled now, sent later: the click is all that is timed
            await page.evaluate(CLICK_RECORDER)
            phone.ready = True
        except Exception as exc:  # noqa: BLE001 - one broken phone is a result, not a crash
            phone.error = f"setup ({step}): {type(exc).__name__}: {str(exc).splitlines()[0][:120]}"
            phone.note = await page_text(phone.page)
            if phone.note:
                phone.error += f"; page shows: {phone.note}"


async def page_text(page) -> str | None:
    if page is None:
        return None
    try:
        url = page.url.split("?", 1)[-1]
        return f"[?{url}] " + " ".join((await page.locator("body").inner_text(timeout=5000)).split())[:240]
    except Exception:  # noqa: BLE001
        return "(page unreadable)"


async def send(phone: Phone, at: float) -> None:
    await asyncio.sleep(max(0.0, at - time.monotonic()))
    page = phone.page
    fallback = time.time() * 1000
    try:
        await page.get_by_role("button", name="Versturen").click(timeout=30_000)
        phone.click_ms = await page.evaluate("window.__ssClick || null") or fallback
    except Exception as exc:  # noqa: BLE001
        phone.error = f"send: {type(exc).__name__}: {str(exc).splitlines()[0][:160]}"
        return
    try:
        handle = await page.wait_for_function(ACK_WAITER, arg=THANKS, polling=100, timeout=ACK_LIMIT_MS)
        phone.ack_ms = await handle.json_value()
    except Exception:  # noqa: BLE001
        phone.note = await page_text(page)


async def projector_events(page) -> list[tuple[float, int]]:
    return [(t, n) for t, n in await page.evaluate("window.__ssBench || []")]


# ---------------------------------------------------------------------------------------------
# One app, one round


@dataclass
class Result:
    name: str
    phones: int
    ready: int = 0
    latencies: list[float] = field(default_factory=list)  # click -> projector counter, s
    acks: list[float] = field(default_factory=list)  # click -> "Bedankt" on the phone, s
    arrived_db: int = 0
    shown: int = 0  # answers the projector counter accounted for
    cpu_total: float = 0.0
    cpu_idle_cores: float = 0.0
    cpu_burst: float = 0.0
    burst_seconds: float = 0.0
    rss_mb: float = 0.0
    tracebacks: int = 0
    projector_runs: list[float] = field(default_factory=list)  # s per projector fragment run (burst)
    projector_intervals: list[float] = field(default_factory=list)  # s between its rerun requests
    open_s: list[float] = field(default_factory=list)
    join_s: list[float] = field(default_factory=list)
    join_retries: int = 0
    to_commit: list[float] = field(default_factory=list)  # click -> row written, s
    to_screen: list[float] = field(default_factory=list)  # row written -> projector counter, s
    problems: list[str] = field(default_factory=list)
    timing: dict[str, float] = field(default_factory=dict)


async def run_round(playwright, target: Target, n: int, stagger: float, round_no: int) -> Result:
    result = Result(target.name, n)
    server = target.server
    started = time.monotonic()
    cpu_start = server.cpu_seconds()
    browser = await playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
    try:
        runs = FragmentRuns()
        projector = await open_projector(browser, target, runs)
        result.timing["projector"] = time.monotonic() - started
        tag = secrets.token_hex(3)
        phones = [Phone(i, f"antwoord-bench-{i}-{tag}r{round_no}") for i in range(n)]
        gate = asyncio.Semaphore(SETUP_CONCURRENCY)
        try:
            await asyncio.wait_for(asyncio.gather(*(open_phone(browser, target, p, gate) for p in phones)),
                                   SETUP_LIMIT)
        except TimeoutError:
            result.problems.append(f"phones still opening after {SETUP_LIMIT}s")
        for p in phones:
            if not p.ready and not p.error:
                p.error = "setup: not ready in time"
        ready = [p for p in phones if p.ready]
        result.ready = len(ready)
        result.timing["phones"] = time.monotonic() - started

        # Everyone connected and polling, nobody sending: what the polling alone costs.
        before = server.cpu_seconds()
        await asyncio.sleep(IDLE_SAMPLE)
        result.cpu_idle_cores = (server.cpu_seconds() - before) / IDLE_SAMPLE

        events = await projector_events(projector)
        base = events[-1][1] if events else None
        known_before = {row[0] for row in target.answers()}
        if base is None:
            raise RuntimeError("the projector shows no answer counter")
        if base != len(known_before):
            result.problems.append(f"projector shows {base} answers before sending, database has {len(known_before)}")

        burst_cpu, burst_start = server.cpu_seconds(), time.monotonic()
        first = time.monotonic() + 0.2
        sends = asyncio.gather(*(send(p, first + k * stagger) for k, p in enumerate(ready)))
        # Wait for the projector to account for every ready phone (or for the limit).
        deadline = first + len(ready) * stagger + ARRIVAL_LIMIT
        while time.monotonic() < deadline:
            events = await projector_events(projector)
            if events and events[-1][1] >= base + len(ready):
                break
            await asyncio.sleep(0.25)
        try:
            await asyncio.wait_for(sends, max(1.0, deadline - time.monotonic()) + ACK_LIMIT_MS / 1000)
        except TimeoutError:
            result.problems.append("some phones never finished sending")
        result.cpu_burst = server.cpu_seconds() - burst_cpu
        result.burst_seconds = time.monotonic() - burst_start
        result.projector_runs, result.projector_intervals = runs.window(burst_start, time.monotonic())
        events = await projector_events(projector)

        # Which answer is which: new rows in id order (= commit order: SQLite writers are serialised).
        rows = [row for row in target.answers() if row[0] not in known_before]
        by_text = {p.text: p for p in phones}
        mine = [row for row in rows if row[1] in by_text]
        result.arrived_db = len(mine)
        if len(rows) != len(mine):
            result.problems.append(f"{len(rows) - len(mine)} unexpected new answers in the database")
        final = events[-1][1] if events else base
        result.shown = max(0, final - base)
        for rank, (_id, text, created) in enumerate(mine, start=1):
            phone = by_text[text]
            shown_at = next((t for t, c in events if c >= base + rank), None)
            if phone.click_ms is not None and shown_at is not None:
                result.latencies.append((shown_at - phone.click_ms) / 1000)
            # The two halves, split at the commit (server clock = browser clock: one machine).
            if phone.click_ms is not None:
                result.to_commit.append(created - phone.click_ms / 1000)
            if shown_at is not None:
                result.to_screen.append(shown_at / 1000 - created)
        result.acks = [(p.ack_ms - p.click_ms) / 1000 for p in phones if p.ack_ms and p.click_ms]
        result.open_s = [p.open_s for p in phones if p.open_s is not None]
        result.join_s = [p.join_s for p in phones if p.join_s is not None]
        result.join_retries = sum(p.join_retries for p in phones)
        for p in phones:
            if p.join_retries:
                result.problems.append(f"phone {p.index}: 'Ik doe mee' tapped {p.join_retries + 1}x "
                                       f"before the answer form came")
        for p in phones:
            if p.error:
                result.problems.append(f"phone {p.index}: {p.error}")
            elif p.ack_ms is None:
                result.problems.append(f"phone {p.index}: no '{THANKS}' within {ACK_LIMIT_MS // 1000}s; "
                                       f"page shows: {p.note}")
    finally:
        await browser.close()
    result.cpu_total = server.cpu_seconds() - cpu_start
    result.rss_mb = server.rss_mb()
    result.tracebacks = server.tracebacks()
    result.timing["round"] = time.monotonic() - started
    return result


async def bench_app(playwright, start, work: Path, args) -> list[Result]:
    target = start(work)
    try:
        target.server.wait_healthy()
        results = []
        for round_no in range(args.rounds):
            results.append(await asyncio.wait_for(
                run_round(playwright, target, args.phones, args.stagger, round_no), args.app_limit))
        return results
    finally:
        target.server.stop()


# ---------------------------------------------------------------------------------------------
# Report


def percentile(values: list[float], p: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    k = (len(ordered) - 1) * p / 100
    low, high = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (k - low)


def fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def report(results: dict[str, list[Result]]) -> None:
    print()
    header = (f"{'app':<12} {'round':>5} {'p50 s':>7} {'p95 s':>7} {'max s':>7} {'arrived':>8} {'shown':>6} "
              f"{'ack p50':>8} {'ack p95':>8} {'idle cores':>10} {'burst CPU s':>11} {'CPU s':>6} {'RSS MB':>7}")
    print(header)
    print("-" * len(header))
    for name, rounds in results.items():
        for k, r in enumerate(rounds):
            print(f"{name:<12} {k + 1:>5} {fmt(percentile(r.latencies, 50)):>7} {fmt(percentile(r.latencies, 95)):>7} "
                  f"{fmt(max(r.latencies) if r.latencies else None):>7} {f'{r.arrived_db}/{r.phones}':>8} "
                  f"{r.shown:>6} {fmt(percentile(r.acks, 50)):>8} {fmt(percentile(r.acks, 95)):>8} "
                  f"{r.cpu_idle_cores:>10.2f} {f'{r.cpu_burst:.1f}/{r.burst_seconds:.0f}':>11} "
                  f"{r.cpu_total:>6.1f} {r.rss_mb:>7.0f}")
    print()
    pooled = {name: [x for r in rounds for x in r.latencies] for name, rounds in results.items()}
    s95, b95 = percentile(pooled.get("Samenspraak", []), 95), percentile(pooled.get("bare app", []), 95)
    if s95 is not None and b95:
        print(f"ratio samenspraak_p95 / bare_p95 = {s95:.2f} / {b95:.2f} = {s95 / b95:.2f}")
    print("latency: click on Versturen -> projector counter shows the answer (browser clocks, 50 ms poll)")
    print("ack: click -> 'Bedankt' on the phone; idle cores: server CPU with all pages polling, nobody sending;")
    print("burst CPU s: server CPU seconds / wall seconds from first click until all shown; CPU s: whole round")
    for name, rounds in results.items():
        for k, r in enumerate(rounds):
            timing = ", ".join(f"{key} {value:.0f}s" for key, value in r.timing.items())
            print(f"{name} round {k + 1}: phones ready {r.ready}/{r.phones}; server tracebacks in log: "
                  f"{r.tracebacks}; {timing}")
            print(f"  phone setup: open p50 {fmt(percentile(r.open_s, 50))}s max {fmt(max(r.open_s, default=None))}s; "
                  f"'Ik doe mee' -> form p50 {fmt(percentile(r.join_s, 50))}s max {fmt(max(r.join_s, default=None))}s; "
                  f"extra taps needed: {r.join_retries}")
            print(f"  split at the commit: click -> commit p50 {fmt(percentile(r.to_commit, 50))}s "
                  f"p95 {fmt(percentile(r.to_commit, 95))}s; commit -> projector p50 {fmt(percentile(r.to_screen, 50))}s "
                  f"p95 {fmt(percentile(r.to_screen, 95))}s max {fmt(max(r.to_screen, default=None))}s")
            print(f"  projector during the burst: {len(r.projector_runs)} fragment runs, server time per run "
                  f"p50 {fmt(percentile(r.projector_runs, 50))}s max {fmt(max(r.projector_runs, default=None))}s; "
                  f"request interval p50 {fmt(percentile(r.projector_intervals, 50))}s")
            for problem in r.problems[:15]:
                print(f"  ! {problem}")
            if len(r.problems) > 15:
                print(f"  ! ... and {len(r.problems) - 15} more")


async def main_async(args) -> int:
    from playwright.async_api import async_playwright

    results: dict[str, list[Result]] = {}
    failed = False
    with tempfile.TemporaryDirectory(prefix="samenspraak-bench-") as tmp:
        work = Path(tmp)
        async with async_playwright() as playwright:
            for name, start in (("Samenspraak", start_samenspraak), ("bare app", start_bare)):
                if name == "bare app" and args.skip_bare:
                    continue
                began = time.monotonic()
                poll = f", bare phones poll every {phone_poll_interval()}s" if name == "bare app" else ""
                print(f"== {name}: {args.phones} phones, {args.rounds} round(s), one click every {args.stagger}s{poll}",
                      flush=True)
                try:
                    results[name] = await bench_app(playwright, start, work, args)
                except Exception as exc:  # noqa: BLE001
                    failed = True
                    print(f"!! {name} could not run: {type(exc).__name__}: {exc}", file=sys.stderr)
                    for log in work.glob("*-server.log"):
                        print(f"--- {log.name} (tail)\n{log.read_text(errors='replace')[-2000:]}", file=sys.stderr)
                print(f"== {name} done in {time.monotonic() - began:.0f}s", flush=True)
    report(results)
    return 1 if failed or not results else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--phones", type=int, default=30)
    parser.add_argument("--rounds", type=int, default=1, help="rounds per app (each with new phones)")
    parser.add_argument("--stagger", type=float, default=0.3, help="seconds between two phones' clicks")
    parser.add_argument("--app-limit", type=float, default=240, help="hard limit per round, seconds")
    parser.add_argument("--skip-bare", action="store_true", help="measure Samenspraak only")
    args = parser.parse_args()
    if args.phones < 1 or args.rounds < 1 or args.stagger < 0:
        parser.error("--phones and --rounds must be at least 1, --stagger at least 0")
    if not Path(CHROMIUM).exists():
        print(f"{CHROMIUM} not found (apt-get install chromium)", file=sys.stderr)
        return 1
    try:
        return asyncio.run(main_async(args))
    except KeyboardInterrupt:
        return 1


if __name__ == "__main__":
    sys.exit(main())
