"""Load benchmark: N phones on the light phone page follow the facilitator and answer at once.

    .venv/bin/python bench/load.py --phones 100,300,500
    .venv/bin/python bench/load.py --phones 1000 --processes 2

A benchmark, not a test (pytest never collects it). For each N it seeds the demo in a throw-away
SQLite file, starts `streamlit run serve.py` (P processes on one file; phone i talks to process
i mod P), opens a beamer and lets N phones join the open session, each an httpx.AsyncClient with
its own cookie jar, speaking the page's own HTTP protocol (GET /meedoen, POST actie=meedoen, then
the long poll GET /meedoen/stand?v=). Then:

- follow: the facilitator moves to the next question (facilitation.session.next_exercise on the
  same database, from this process); per phone: commit -> long poll answered and the new page
  fetched (the page's data-v is the new version);
- answers: every phone sends one answer (POST actie=antwoord with `X-Samenspraak: in-place`, as
  phone.js does: the thanks page comes back in the answer), spread over --stagger seconds;
  send -> the answer says "verstuurd" (confirmed) and send -> the beamer's counter shows it;
- lost (confirmed, not in the database) and doubled (two rows for one phone and question);
- server CPU (the process groups, /proc) and RSS, with the beamer only, with every phone idling,
  during the follow and during the answers.

The same run then does it all with bench/bare_app.py (plain Streamlit, the same config file): N
clients speaking Streamlit's websocket protocol (/_stcore/stream, BackMsg rerun_script), tapping
"Ik doe mee" and then rerunning the 1 s fragment whenever the server's auto_rerun asks, as the
browser does; the facilitator's change is a row the fragment reads (it then reruns the page).
Its cost per connected phone is the baseline.

The phones run in --workers processes (asyncio each); they share the 2 cores with the server.
Exit code 0 whatever the figures are; 1 only when the benchmark could not run.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import datetime as dt
import json
import multiprocessing
import os
import random
import re
import secrets
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from live import (  # noqa: E402 - bench/live.py: the server process, the beamer's counter, percentiles
    CHROMIUM,
    CHROMIUM_ARGS,
    COUNTER_OBSERVER,
    PYTHON,
    ROOT,
    SCREEN_VIEWPORT,
    Server,
    _proc_stat,
    clean_env,
    fmt,
    percentile,
)

JOIN_CONCURRENCY = 24  # phones joining at once, over all workers
FOLLOW_LIMIT = 60.0  # s after the change for every phone to have its new page
ARRIVAL_LIMIT = 60.0  # s after the last answer for the beamer to show every answer
IDLE_SAMPLE = 10.0  # s of CPU with every phone connected and idling
BASE_SAMPLE = 5.0  # s of CPU with the beamer only
THANKS = "Bedankt, je antwoord is doorgestuurd"
FOLLOWED_MARK = b"Scherm nu: 1"  # bench/bare_app.py's fragment once the facilitator moved on (v 0 -> 1)
DATA_V = re.compile(r'<body[^>]*\sdata-v="([^"]*)"')
ON_SCREEN = re.compile(r'<body[^>]*\sdata-on-screen="([^"]*)"')


# ---------------------------------------------------------------------------------------------
# Phones (in worker processes)


@dataclass
class Record:
    """What one phone saw; times are epoch seconds (time.time(), the machine's clock)."""

    index: int
    joined: bool = False
    join_s: float | None = None
    error: str | None = None
    follows: list = field(default_factory=list)  # (poll answered, page received, version on the page)
    poll_errors: int = 0
    text: str = ""
    sent: float | None = None
    confirmed: float | None = None  # the answer says ...bericht=verstuurd (bare: the "Bedankt" delta)
    shown: float | None = None  # the confirmation page received (bare: that run finished)
    answer_note: str | None = None
    rtt: list = field(default_factory=list)  # bare: fragment rerun request -> finished, s
    skipped_ticks: int = 0  # bare: auto reruns not sent because the previous one was still running
    retried: int = 0  # GETs sent again at once on a closed kept-alive connection


class HttpPhone:
    """A phone on /meedoen: its own cookie jar, the page's long poll, the page's forms."""

    def __init__(self, index: int, url: str, code: str) -> None:
        import httpx

        self.record = Record(index)
        self.code = code
        self.client = httpx.AsyncClient(base_url=url, follow_redirects=False,
                                        timeout=httpx.Timeout(90.0, connect=30.0))
        self.version = ""
        self.on_screen = ""
        self.base = f"/meedoen?code={code}"

    def _read(self, page: str) -> None:
        found = DATA_V.search(page)
        self.version = found.group(1) if found else ""
        on_screen = ON_SCREEN.search(page)
        self.on_screen = on_screen.group(1) if on_screen else ""

    async def _get(self, path: str, **kwargs):
        """A GET as a browser does it: once more at once when a kept-alive connection was closed
        under it (uvicorn closes idle connections after 5 s; httpx does not retry by itself)."""
        import httpx

        try:
            return await self.client.get(path, **kwargs)
        except (httpx.RemoteProtocolError, httpx.ReadError):
            self.record.retried += 1
            return await self.client.get(path, **kwargs)

    async def join(self) -> None:
        started = time.time()
        page = await self._get("/meedoen", params={"code": self.code})
        page.raise_for_status()
        sent = await self.client.post("/meedoen", data={"actie": "meedoen", "code": self.code, "lang": "nl",
                                                       "groep": ""})
        if sent.status_code != 303:
            raise RuntimeError(f"join: {sent.status_code}")
        page = await self._get(sent.headers["location"])
        page.raise_for_status()
        self._read(page.text)
        if 'name="antwoord"' not in page.text and "data-screen=\"main\"" not in page.text:
            raise RuntimeError("join: no main screen")
        self.record.joined, self.record.join_s = True, time.time() - started

    async def follow(self) -> None:
        """The page's script: wait for a new version; the answer brings the new page along (with
        `adres` and `scherm`, as phone.js asks); without it, fetch the page. Then wait again."""
        while True:
            try:
                answer = await self._get("/meedoen/stand", params={
                    "code": self.code, "v": self.version, "scherm": self.on_screen, "adres": self.base[len("/meedoen?"):]})
                answer.raise_for_status()
                said = answer.json()
                if said["v"] == self.version:
                    continue
                polled = time.time()
                if "html" in said:
                    html = said["html"]
                else:
                    page = await self._get(self.base)
                    page.raise_for_status()
                    html = page.text
                self._read(html)
                self.record.follows.append((polled, time.time(), self.version))
            except asyncio.CancelledError:
                raise
            except Exception:  # noqa: BLE001 - as the page does: a pause, then again
                self.record.poll_errors += 1
                await asyncio.sleep(3)

    async def answer(self, exercise_id: int, text: str) -> None:
        record = self.record
        record.text, record.sent = text, time.time()
        try:
            sent = await self.client.post("/meedoen", headers={"X-Samenspraak": "in-place"}, data={
                "actie": "antwoord", "code": self.code, "lang": "nl", "vraag": str(exercise_id), "gekozen": "",
                "antwoord": text})
            said = sent.json() if sent.status_code == 200 else {}
            if "bericht=verstuurd" not in said.get("adres", ""):
                record.answer_note = f"{sent.status_code} {sent.text[:200]}"
                return
            record.confirmed = time.time()
            if THANKS in said.get("html", ""):
                record.shown = record.confirmed
        except Exception as exc:  # noqa: BLE001
            record.answer_note = repr(exc)[:200]

    async def close(self) -> None:
        await self.client.aclose()


class StreamlitPhone:
    """A phone on bench/bare_app.py, speaking Streamlit's websocket protocol as the browser does."""

    def __init__(self, index: int, url: str, code: str) -> None:
        self.record = Record(index)
        self.url = url.replace("http://", "ws://") + "/_stcore/stream"
        self.ws = None
        self.widgets: dict[str, str] = {}  # label -> widget id
        self.fragment: tuple[str, float] | None = None  # (fragment id, interval)
        self.running: asyncio.Future | None = None  # the run in progress: its finished status
        self.saw_thanks = False
        self.full_runs: list[float] = []  # times a full run finished
        self.seen_change = False
        self.changed_at: float | None = None  # when the first run showing the facilitator's change finished
        self.reader: asyncio.Task | None = None
        self.ticker: asyncio.Task | None = None

    async def _send(self, **rerun) -> asyncio.Future:
        from streamlit.proto.BackMsg_pb2 import BackMsg

        message = BackMsg()
        run = message.rerun_script
        run.query_string = ""
        run.page_name = "meedoen"  # as the browser at /meedoen: by name (a page hash of new_session is not it)
        states = rerun.pop("widget_states", [])
        for widget_id, kind, value in states:
            state = run.widget_states.widgets.add()
            state.id = widget_id
            setattr(state, kind, value)
        for name, value in rerun.items():
            setattr(run, name, value)
        self.running = asyncio.get_running_loop().create_future()
        await self.ws.send(message.SerializeToString())
        return self.running

    async def _read(self) -> None:
        from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

        async for raw in self.ws:
            message = ForwardMsg()
            message.ParseFromString(raw)
            kind = message.WhichOneof("type")
            if kind == "delta" and message.delta.WhichOneof("type") == "new_element":
                element = message.delta.new_element
                widget = element.WhichOneof("type")
                if widget in ("button", "text_area"):
                    self.widgets[getattr(element, widget).label] = getattr(element, widget).id
                if FOLLOWED_MARK in raw:
                    self.seen_change = True
                if THANKS.encode() in raw and not self.saw_thanks:
                    self.saw_thanks = True
                    self.record.confirmed = time.time()
            elif kind == "auto_rerun":
                self.fragment = (message.auto_rerun.fragment_id, message.auto_rerun.interval)
            elif kind == "script_finished":
                status = message.script_finished
                if status == ForwardMsg.FINISHED_SUCCESSFULLY:
                    self.full_runs.append(time.time())
                if self.seen_change and not self.changed_at:
                    self.changed_at = time.time()  # the run that drew the new screen is done
                if status != ForwardMsg.FINISHED_EARLY_FOR_RERUN and self.running and not self.running.done():
                    self.running.set_result(status)

    async def join(self) -> None:
        from websockets.asyncio.client import connect

        started = time.time()
        self.ws = await connect(self.url, subprotocols=["streamlit"], max_size=None, open_timeout=60,
                                ping_interval=None)
        self.reader = asyncio.create_task(self._read())
        await asyncio.wait_for(await self._send(), 90)
        button = self.widgets.get("Ik doe mee")
        if button is None:
            raise RuntimeError("bare: no 'Ik doe mee' button")
        await asyncio.wait_for(await self._send(widget_states=[(button, "trigger_value", True)]), 90)
        for _ in range(100):  # the fragment's auto_rerun comes with the run that draws it
            if self.fragment:
                break
            await asyncio.sleep(0.05)
        if not self.fragment:
            raise RuntimeError("bare: no auto_rerun fragment")
        self.record.joined, self.record.join_s = True, time.time() - started

    async def follow(self) -> None:
        """The browser's fragment timer: one rerun request per interval (not while a run is going)."""
        while True:
            fragment_id, interval = self.fragment  # a full run may register the fragment anew
            await asyncio.sleep(interval)
            if self.running is not None and not self.running.done():
                self.record.skipped_ticks += 1
                continue
            asked = time.time()
            finished = await self._send(fragment_id=fragment_id, is_auto_rerun=True)
            finished.add_done_callback(lambda _f, asked=asked: self.record.rtt.append(time.time() - asked))

    async def answer(self, exercise_id: int, text: str) -> None:
        record = self.record
        area, submit = self.widgets.get("Jouw antwoord"), self.widgets.get("Versturen")
        if area is None or submit is None:
            record.answer_note = "bare: no form"
            return
        record.text, record.sent = text, time.time()
        try:
            if self.running is not None and not self.running.done():  # the browser queues a click
                await asyncio.wait_for(asyncio.shield(self.running), 90)
            await asyncio.wait_for(await self._send(widget_states=[(area, "string_value", text),
                                                                   (submit, "trigger_value", True)]), 90)
            for _ in range(900):
                if self.saw_thanks and self.full_runs and self.full_runs[-1] >= record.confirmed:
                    record.shown = self.full_runs[-1]
                    return
                await asyncio.sleep(0.1)
        except Exception as exc:  # noqa: BLE001
            record.answer_note = repr(exc)[:200]

    def followed(self) -> list:
        return [(self.changed_at, self.changed_at, "")] if self.changed_at else []

    async def close(self) -> None:
        if self.ws is not None:
            await self.ws.close()
        if self.reader:
            self.reader.cancel()


async def _answer_at(phone, start: float, offsets: dict, exercise_id: int, tag: str) -> None:
    await asyncio.sleep(max(0.0, start + offsets[phone.record.index] - time.time()))
    await phone.answer(exercise_id, f"Antwoord {phone.record.index} van telefoon {tag} {secrets.token_hex(4)}")


def worker_main(conn, kind: str, urls: list[str], code: str, indices: list[int], join_slots: int) -> None:
    """One load process: its phones, driven by commands from the main process over `conn`."""
    asyncio.run(_worker(conn, kind, urls, code, indices, join_slots))


async def _worker(conn, kind: str, urls: list[str], code: str, indices: list[int], join_slots: int) -> None:
    loop = asyncio.get_running_loop()
    make = HttpPhone if kind == "samenspraak" else StreamlitPhone
    phones = [make(i, urls[i % len(urls)], code) for i in indices]
    followers: list[asyncio.Task] = []
    gate = asyncio.Semaphore(join_slots)

    async def join(phone) -> None:
        async with gate:
            for attempt in range(3):
                try:
                    await phone.join()
                    phone.record.error = None
                    followers.append(asyncio.create_task(phone.follow()))
                    return
                except Exception as exc:  # noqa: BLE001
                    phone.record.error = f"attempt {attempt + 1}: {exc!r}"[:300]
                    await asyncio.sleep(1)

    def records() -> list[dict]:
        out = []
        for phone in phones:
            record = phone.record.__dict__.copy()
            if kind != "samenspraak":
                record["follows"] = phone.followed()
            out.append(record)
        return out

    while True:
        command, *args = await loop.run_in_executor(None, conn.recv)
        if command == "join":
            await asyncio.gather(*(join(p) for p in phones))
            conn.send(sum(p.record.joined for p in phones))
        elif command == "answer":
            await asyncio.gather(*(_answer_at(p, *args) for p in phones if p.record.joined))
            conn.send(True)
        elif command == "followed":
            since = args[0]
            conn.send(sum(any(f[1] >= since for f in p.record.follows if f) for p in phones
                          if p.record.joined) if kind == "samenspraak"
                      else sum(p.changed_at is not None for p in phones if p.record.joined))
        elif command == "report":
            conn.send(records())
        elif command == "stop":
            for task in followers:
                task.cancel()
            await asyncio.gather(*followers, return_exceptions=True)
            await asyncio.gather(*(p.close() for p in phones), return_exceptions=True)
            conn.send(True)
            return


class Phones:
    """The worker processes, seen from the main process."""

    def __init__(self, kind: str, urls: list[str], code: str, n: int, workers: int) -> None:
        context = multiprocessing.get_context("spawn")
        self.pipes, self.processes = [], []
        workers = max(1, min(workers, n))
        for w in range(workers):
            mine, theirs = context.Pipe()
            process = context.Process(target=worker_main, daemon=True,
                                      args=(theirs, kind, urls, code, list(range(w, n, workers)),
                                            max(1, JOIN_CONCURRENCY // workers)))
            process.start()
            self.pipes.append(mine)
            self.processes.append(process)

    def ask(self, *command) -> list:
        for pipe in self.pipes:
            pipe.send(command)
        return [pipe.recv() for pipe in self.pipes]

    def cpu_seconds(self) -> float:
        ticks = os.sysconf("SC_CLK_TCK")
        total = 0.0
        for process in self.processes:
            fields = _proc_stat(process.pid)
            if fields:
                total += (int(fields[11]) + int(fields[12])) / ticks
        return total

    def stop(self) -> None:
        with contextlib.suppress(EOFError, OSError):
            self.ask("stop")
        for process in self.processes:
            process.join(timeout=10)
            if process.is_alive():
                process.kill()


# ---------------------------------------------------------------------------------------------
# Measuring the servers


class Sampler(threading.Thread):
    """Server CPU seconds and RSS of the process groups, and the load generator's CPU, every 0.5 s."""

    def __init__(self, servers: list[Server]) -> None:
        super().__init__(daemon=True)
        self.servers = servers
        self.phones: Phones | None = None
        self.samples: list[tuple[float, float, float, float]] = []  # (time, server CPU s, RSS MB, load CPU s)
        self.stopped = threading.Event()

    def sample(self) -> tuple[float, float, float, float]:
        own = os.times()
        load = own.user + own.system + (self.phones.cpu_seconds() if self.phones else 0.0)
        return (time.time(), sum(s.cpu_seconds() for s in self.servers), sum(s.rss_mb() for s in self.servers),
                load)

    def run(self) -> None:
        while not self.stopped.is_set():
            self.samples.append(self.sample())
            self.stopped.wait(0.5)

    def window(self, start: float, end: float) -> dict:
        before = [s for s in self.samples if s[0] <= start][-1:]
        after = [s for s in self.samples if s[0] >= end][:1]
        inside = before + [s for s in self.samples if start < s[0] < end] + after
        if len(inside) < 2:
            inside = self.samples[-2:]
        if len(inside) < 2:
            return {"cores": None, "load_cores": None, "rss_peak": None}
        first, last = inside[0], inside[-1]
        span = last[0] - first[0] or 1e-9
        return {"cores": (last[1] - first[1]) / span, "load_cores": (last[3] - first[3]) / span,
                "rss_peak": max(s[2] for s in inside), "rss_end": last[2]}


# ---------------------------------------------------------------------------------------------
# The two apps


@dataclass
class App:
    name: str
    kind: str
    servers: list[Server]
    code: str
    change: object  # () -> (commit time, exercise id the answers go to)
    rows: object  # (exercise id) -> [(id, text, phone key)] in id (= commit) order
    login: tuple[str, str] | None
    counter_page: str  # the beamer's path
    urls: list[str]  # where the phones go (phone i: urls[i % len])
    beamer_url: str
    stop_extra: object = None
    how: str = ""  # how the processes were started, for the report
    proxy_log: Path | None = None  # nginx's log with each request's time in nginx (with --cluster)


def samenspraak(work: Path, processes: int, cluster: bool = False) -> App:
    data_dir = work / "samenspraak-data"
    data_dir.mkdir()
    if cluster:
        return _samenspraak_cluster(work, processes)
    env = clean_env(SAMENSPRAAK_DATA_DIR=str(data_dir))
    seeded = subprocess.run([PYTHON, "-m", "facilitation.cli", "demo"], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=180)
    if seeded.returncode != 0:
        raise RuntimeError(f"`facilitation.cli demo` failed:\n{seeded.stdout}\n{seeded.stderr}")
    servers = [Server(f"samenspraak-{p + 1}", "serve.py", ROOT, env, work / f"samenspraak-{p + 1}.log")
               for p in range(processes)]
    app = _samenspraak_app(seeded.stdout, servers, {"SAMENSPRAAK_DATA_DIR": str(data_dir)})
    app.urls, app.beamer_url = [s.url for s in servers], servers[-1].url  # the beamer on the last process
    app.how = (f"{processes} x `streamlit run serve.py` on one SQLite file" + (
        ", phones split between the processes by the benchmark (no proxy)" if processes > 1 else ""))
    return app


class Attached(Server):
    """A process group started by deploy/cluster.py: measured like Server, stopped by the cluster."""

    def __init__(self, name: str, process: subprocess.Popen, log: Path, url: str = "") -> None:
        self.name, self.process, self.log, self.url = name, process, log, url
        log.touch()
        self._log = log.open("ab")

    def wait_healthy(self) -> None:
        pass

    def stop(self) -> None:
        self._log.close()


class Postgres(Attached):
    """The PostgreSQL server of deploy/cluster.py: its CPU counts (postmaster and backends); its
    RSS does not (shared buffers would be counted once per backend)."""

    def __init__(self, data: Path) -> None:
        self.name, self.data = "postgresql", data

    def _group(self) -> list[list[str]]:
        pid = int((self.data / "postmaster.pid").read_text().split()[0])
        stats = []
        for entry in Path("/proc").iterdir():
            if entry.name.isdigit():
                fields = _proc_stat(int(entry.name))
                if fields and (int(entry.name) == pid or int(fields[1]) == pid):  # field 4: parent
                    stats.append(fields)
        return stats

    def rss_mb(self) -> float:
        return 0.0

    def tracebacks(self) -> int:
        return 0

    def stop(self) -> None:
        pass


def _samenspraak_cluster(work: Path, processes: int) -> App:
    """`make serve-cluster`'s pieces (deploy/cluster.py): PostgreSQL, N processes, nginx in front."""
    sys.path.insert(0, str(ROOT / "deploy"))
    import cluster as deploy

    postgres = deploy.LocalPostgres()
    database_url = postgres.start()
    ports = [deploy._free_port() for _ in range(processes)]
    running = deploy.Cluster(database_url, processes=processes, proxy_port=deploy._free_port(), app_ports=ports,
                             run_dir=work / "cluster")
    running.run_dir.mkdir(parents=True, exist_ok=True)
    try:
        running.samenspraak("migrate")
        seeded = running.samenspraak("demo")
        running.start()
    except BaseException:
        running.stop()
        postgres.stop()
        raise
    servers = [Attached(f"app-{port}", running.apps[port], running.run_dir / f"app-{port}.log", running.app_url(port))
               for port in ports]
    servers += [Attached("nginx", running.proxy, running.run_dir / "nginx-error.log"),
                Postgres(postgres.root / "data")]
    app = _samenspraak_app(seeded, servers, {"SAMENSPRAAK_DATABASE_URL": database_url,
                                             "SAMENSPRAAK_DATA_DIR": str(running.run_dir / "data")})
    app.urls, app.beamer_url = [running.url], running.url
    app.proxy_log = running.run_dir / "samenspraak-access.log"
    done = app.stop_extra

    def stop() -> None:
        done()
        running.stop()
        postgres.stop()

    app.stop_extra = stop
    app.how = (f"deploy/cluster.py (as `make serve-cluster`): PostgreSQL, {processes} x `streamlit run serve.py`, "
               "nginx in front (sticky cookie); phones and beamer through nginx; server CPU includes nginx and "
               "PostgreSQL, RSS the app processes and nginx")
    return app


def _samenspraak_app(seeded: str, servers: list, environment: dict[str, str]) -> App:
    code = re.search(r"Deelnamecode van de open sessie: (\S+)", seeded).group(1)
    login = re.search(r"gebruiker '([^']+)', wachtwoord '([^']+)'", seeded)
    for key in [k for k in os.environ if k.startswith("SAMENSPRAAK_")]:
        del os.environ[key]
    os.environ.update(environment)  # the facilitator's domain calls, from this process
    sys.path.insert(0, str(ROOT))
    from sqlalchemy import select

    from facilitation import config, db
    from facilitation import session as meetings
    from facilitation.models import Contribution

    engine = db.engine_for(config.database_url())
    with db.transaction(engine) as s:
        session_id = meetings.find_by_code(s, code=code).id

    def change() -> tuple[float, int]:
        with db.transaction(engine, write=True) as s:
            moved = meetings.next_exercise(s, session_id=session_id)
            exercise_id = moved.id
        return time.time(), exercise_id

    def rows(exercise_id: int) -> list[tuple[int, str, object, float]]:
        with db.transaction(engine) as s:
            return [(i, text, key, (at if at.tzinfo else at.replace(tzinfo=dt.UTC)).timestamp())
                    for i, text, key, at in s.execute(
                        select(Contribution.id, Contribution.text, Contribution.participant_id, Contribution.created_at)
                        .where(Contribution.session_exercise_id == exercise_id).order_by(Contribution.id))]

    return App("Samenspraak", "samenspraak", servers, code, change, rows, (login.group(1), login.group(2)),
               f"/scherm?code={code}", [], "", stop_extra=engine.dispose)


def bare(work: Path, processes: int, cluster: bool = False) -> App:
    folder = work / "bare"
    (folder / ".streamlit").mkdir(parents=True)
    shutil.copy(ROOT / ".streamlit" / "config.toml", folder / ".streamlit" / "config.toml")
    database = folder / "bare.db"
    env = clean_env(BARE_APP_DB=str(database), BARE_APP_PHONE_POLL="1")
    servers = [Server(f"bare-{p + 1}", str(ROOT / "bench" / "bare_app.py"), folder, env, work / f"bare-{p + 1}.log")
               for p in range(processes)]

    def connect() -> sqlite3.Connection:
        connection = sqlite3.connect(database, timeout=30, isolation_level=None)
        connection.execute("CREATE TABLE IF NOT EXISTS screen (k INTEGER PRIMARY KEY, v INTEGER NOT NULL)")
        return connection

    def change() -> tuple[float, int]:
        connection = connect()
        try:
            connection.execute("INSERT OR REPLACE INTO screen (k, v) VALUES (1, 1)")
        finally:
            connection.close()
        return time.time(), 0

    def rows(_exercise: int) -> list[tuple[int, str, object]]:
        connection = connect()
        try:
            return [(i, t, t, at) for i, t, at in connection.execute("SELECT id, text, created FROM answers ORDER BY id")]
        finally:
            connection.close()

    return App("bare Streamlit", "bare", servers, "BARE", change, rows, None, "/scherm", [s.url for s in servers],
               servers[-1].url, how=f"{processes} x `streamlit run bench/bare_app.py` on one SQLite file"
               + (", clients split between the processes by the benchmark" if processes > 1 else ""))


# ---------------------------------------------------------------------------------------------
# The beamer


class Beamer:
    """Either a real beamer page in Chromium (the counter's MutationObserver, as bench/live.py) or,
    with --beamer snapshot, facilitation.live.projector_view read once a second in a thread."""

    def __init__(self, mode: str, app: App, url: str) -> None:
        self.mode, self.app = mode, app
        self.events: list[tuple[float, int]] = []  # (epoch s, answers counted)
        self.stopped = threading.Event()
        if mode == "snapshot" and app.kind == "samenspraak":
            self.thread = threading.Thread(target=self._poll, daemon=True)
            self.thread.start()
            return
        self.mode = "browser"
        from playwright.sync_api import sync_playwright

        self.playwright = sync_playwright().start()
        self.browser = self.playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        self.page = self.browser.new_context(viewport=SCREEN_VIEWPORT).new_page()
        self.page.set_default_timeout(90_000)
        if app.login:
            from tests.server import log_in  # it sends the form again when the first click is lost

            self.page.goto(url + "/")
            log_in(self.page, *app.login, then=self.page.get_by_text("Demogemeente").first)
        self.page.goto(url + app.counter_page)
        self.page.locator(".ss-count-inline").first.wait_for()
        self.page.evaluate(COUNTER_OBSERVER)

    def _poll(self) -> None:
        from facilitation import config, db, live

        engine = db.engine_for(config.database_url())
        while not self.stopped.is_set():
            with db.transaction(engine) as s:
                view = live.projector_view(s, code=self.app.code)
            self.events.append((time.time(), view.answer_count))
            self.stopped.wait(1.0)

    def counted(self) -> list[tuple[float, int]]:
        if self.mode == "browser":
            return [(t / 1000, n) for t, n in self.page.evaluate("() => window.__ssBench || []")]
        return list(self.events)

    def now(self) -> int | None:
        events = self.counted()
        return events[-1][1] if events else None

    def stop(self) -> None:
        self.stopped.set()
        if self.mode == "browser":
            self.browser.close()
            self.playwright.stop()


# ---------------------------------------------------------------------------------------------
# One run


@dataclass
class Result:
    app: str
    phones: int
    processes: int
    beamer: str
    how: str = ""
    load_average: tuple = ()  # the machine's (1 min) load average at the start and at the end of the run
    joined: int = 0
    join_s: list = field(default_factory=list)
    follow: list = field(default_factory=list)  # s, per phone that followed
    follow_poll: list = field(default_factory=list)  # s: change -> long poll answered (the rest: the page)
    not_followed: int = 0
    confirm: list = field(default_factory=list)  # s
    at_proxy: list = field(default_factory=list)  # s: an answer's POST from nginx's first byte to its response
    page_after: list = field(default_factory=list)  # s: send -> confirmation page received
    to_beamer: list = field(default_factory=list)  # s
    stored_to_beamer: list = field(default_factory=list)  # s: the row's created_at -> the beamer counts it
    sent: int = 0
    confirmed: int = 0
    stored: int = 0
    shown: int = 0
    lost: int = 0
    doubled: int = 0
    refused: list = field(default_factory=list)
    cpu: dict = field(default_factory=dict)  # window -> Sampler.window
    rtt: list = field(default_factory=list)  # bare: fragment round trips during idle
    skipped_ticks: int = 0
    poll_errors: int = 0
    retried: int = 0
    tracebacks: int = 0
    notes: list = field(default_factory=list)


def run(make, n: int, processes: int, beamer_mode: str, stagger: float, workers: int, work: Path,
        cluster: bool) -> Result:
    app = make(work, processes, cluster)
    result = Result(app.name, n, processes, beamer_mode, how=app.how, load_average=(os.getloadavg()[0],))
    sampler = Sampler(app.servers)
    phones = beamer = None
    try:
        for server in app.servers:
            server.wait_healthy()
        sampler.start()
        beamer = Beamer(beamer_mode, app, app.beamer_url)
        result.beamer = beamer.mode
        time.sleep(3 + BASE_SAMPLE)  # the beamer's first drawing settles, then it only polls
        marks = {"beamer only": (time.time() - BASE_SAMPLE, time.time())}

        phones = Phones(app.kind, app.urls, app.code, n, workers)
        sampler.phones = phones
        started = time.time()
        result.joined = sum(phones.ask("join"))
        marks["joining"] = (started, time.time())
        print(f"  {app.name}: {result.joined}/{n} joined in {time.time() - started:.0f} s", flush=True)
        time.sleep(3)  # the last long polls settle
        idle_start = time.time()
        time.sleep(IDLE_SAMPLE)
        marks["idle"] = (idle_start, time.time())

        # follow: the facilitator moves on
        committed, exercise_id = app.change()
        while time.time() - committed < FOLLOW_LIMIT:
            if sum(phones.ask("followed", committed)) >= result.joined:
                break
            time.sleep(0.25)
        marks["follow"] = (committed, time.time())
        time.sleep(2)

        # answers
        base = beamer.now() or 0
        offsets = {i: random.uniform(0, stagger) for i in range(n)}
        burst_start = time.time() + 1.0
        phones.ask("answer", burst_start, offsets, exercise_id, secrets.token_hex(3))
        last_answer = time.time()
        while time.time() - last_answer < ARRIVAL_LIMIT:
            if (beamer.now() or 0) - base >= result.joined:
                break
            time.sleep(0.25)
        burst_end = time.time()
        marks["answers"] = (burst_start, burst_end)
        time.sleep(1)

        records = [r for batch in phones.ask("report") for r in batch]
        if app.proxy_log:
            result.at_proxy = _proxy_times(app.proxy_log, "POST /meedoen", since=burst_start - 0.5)
        _score(result, records, committed, app.rows(exercise_id), beamer.counted(), base, app.kind)
        marks["whole run"] = (sampler.samples[0][0], time.time())
        time.sleep(1)  # a sample after the last window's end
        result.cpu = {name: sampler.window(*span) for name, span in marks.items()}
    finally:
        sampler.stopped.set()
        if phones:
            phones.stop()
        if beamer:
            beamer.stop()
        result.load_average += (os.getloadavg()[0],)
        result.tracebacks = sum(s.tracebacks() for s in app.servers)
        for server in app.servers:
            server.stop()
        if app.stop_extra:
            app.stop_extra()
    return result


def _proxy_times(log: Path, request: str, *, since: float) -> list[float]:
    """Seconds each such request took as nginx saw it (first byte in -> response out): the servers'
    own share, without the time the phones (this benchmark, on the same cores) took to send."""
    times = []
    for line in log.read_text(encoding="utf-8", errors="replace").splitlines():
        fields = line.split()  # $msec "$request_method $uri" $status $bytes $request_time $upstream_response_time
        if len(fields) >= 6 and f"{fields[1]} {fields[2]}".strip('"') == request:
            took = float(fields[5])
            if float(fields[0]) - took >= since:
                times.append(took)
    return times


def _score(result: Result, records: list[dict], committed: float, rows: list, events: list, base: int,
           kind: str) -> None:
    joined = [r for r in records if r["joined"]]
    result.join_s = [r["join_s"] for r in joined]
    result.notes += sorted({r["error"] for r in records if not r["joined"] and r["error"]})[:5]
    for r in joined:
        after = [f for f in r["follows"] if f[1] >= committed]
        if after:
            result.follow.append(after[0][1] - committed)
            result.follow_poll.append(after[0][0] - committed)
        else:
            result.not_followed += 1
        result.poll_errors += r["poll_errors"]
        result.retried += r["retried"]
        result.rtt += r["rtt"]
        result.skipped_ticks += r["skipped_ticks"]
    sent = [r for r in joined if r["sent"]]
    confirmed = [r for r in sent if r["confirmed"]]
    result.sent, result.confirmed = len(sent), len(confirmed)
    result.confirm = [r["confirmed"] - r["sent"] for r in confirmed]
    result.page_after = [r["shown"] - r["sent"] for r in confirmed if r["shown"]]
    result.refused = sorted({r["answer_note"] for r in sent if r["answer_note"]})[:5]
    by_text = {r["text"]: r for r in sent}
    ours = [row for row in rows if row[1] in by_text]
    result.stored = len({row[1] for row in ours})
    result.lost = sum(1 for r in confirmed if r["text"] not in {row[1] for row in ours})
    keys = [row[2] for row in ours]
    result.doubled = len(keys) - len(set(keys))
    # Rows commit in id order (SQLite serialises writers), so the beamer's count n means the first
    # n - base rows: the row with rank k is on screen from the first event that counts base + k.
    for rank, row in enumerate(ours, start=1):
        seen = next((t for t, count in events if count >= base + rank), None)
        if seen is not None:
            result.to_beamer.append(seen - by_text[row[1]]["sent"])
            result.stored_to_beamer.append(seen - row[3])
    result.shown = (max((c for _, c in events), default=base) - base)


# ---------------------------------------------------------------------------------------------
# Report


def _cores(window: dict | None) -> str:
    return "-" if not window or window.get("cores") is None else f"{window['cores']:.2f}"


def summary(r: Result) -> list[str]:
    def pct(values: list) -> str:
        return f"{fmt(percentile(values, 50))} / {fmt(percentile(values, 95))} / {fmt(max(values, default=None))}"

    lines = [f"{r.app}: {r.phones} phones on {r.processes} process(es), beamer: {r.beamer}", f"  ({r.how}; machine load average {' -> '.join(f'{x:.1f}' for x in r.load_average)})",
             f"  joined {r.joined}/{r.phones} (join p50 {fmt(percentile(r.join_s, 50))} s, "
             f"p95 {fmt(percentile(r.join_s, 95))} s)",
             f"  follow (change -> new page) p50/p95/max s: {pct(r.follow)}"
             + (f"; {r.not_followed} did not follow within {FOLLOW_LIMIT:.0f} s" if r.not_followed else "")
             + (f"\n    of which change -> long poll answered: {pct(r.follow_poll)}" if r.app == "Samenspraak" else ""),
             f"  answers: sent {r.sent}, confirmed {r.confirmed}, stored {r.stored}, beamer counted {r.shown}, "
             f"lost {r.lost}, doubled {r.doubled}",
             f"  send -> confirmed p50/p95/max s: {pct(r.confirm)}; -> confirmation page: {pct(r.page_after)}"
             + (f"\n    of which in nginx and the processes (the answer's POST at the proxy): {pct(r.at_proxy)}"
                if r.at_proxy else ""),
             f"  send -> beamer p50/p95/max s: {pct(r.to_beamer)} ({len(r.to_beamer)} matched)\n"
             f"    of which stored -> beamer: {pct(r.stored_to_beamer)}"]
    if r.rtt:
        lines.append(f"  fragment round trip p50/p95/max s: {pct(r.rtt)}; auto reruns skipped (run still going): "
                     f"{r.skipped_ticks}")
    cpu = "  server cores: " + ", ".join(f"{k} {_cores(v)}" for k, v in r.cpu.items())
    lines.append(cpu)
    load = r.cpu.get("idle", {}), r.cpu.get("follow", {}), r.cpu.get("answers", {})
    lines.append("  load generator cores: idle {}, follow {}, answers {}".format(
        *(fmt(w.get("load_cores")) if w else "-" for w in load)))
    rss = r.cpu.get("whole run", {})
    lines.append(f"  RSS MB: beamer only {fmt(r.cpu.get('beamer only', {}).get('rss_peak'))}, idle "
                 f"{fmt(r.cpu.get('idle', {}).get('rss_peak'))}, peak {fmt(rss.get('rss_peak'))}")
    lines.append(f"  per phone (idle - beamer only): {per_phone(r, 'cores') * 1000:.2f} millicores, "
                 f"{per_phone(r, 'rss_peak') * 1024:.0f} kB")
    if r.poll_errors or r.retried:
        lines.append(f"  long poll errors (the phone waits 3 s, as the page does): {r.poll_errors}; GETs retried "
                     f"at once on a closed kept-alive connection: {r.retried}")
    if r.tracebacks:
        lines.append(f"  server log tracebacks: {r.tracebacks}")
    for note in r.notes + r.refused:
        lines.append(f"  note: {note}")
    return lines


def per_phone(r: Result, key: str) -> float:
    idle, before = r.cpu.get("idle", {}).get(key), r.cpu.get("beamer only", {}).get(key)
    if idle is None or before is None or not r.joined:
        return float("nan")
    return (idle - before) / r.joined


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--phones", default="100", help="comma-separated sizes, e.g. 100,300,500")
    parser.add_argument("--processes", type=int, default=1, help="server processes, phones split between them")
    parser.add_argument("--cluster", action="store_true",
                        help="Samenspraak through deploy/cluster.py (PostgreSQL, nginx) instead of bare processes")
    parser.add_argument("--beamer", choices=["browser", "snapshot"], default="browser")
    parser.add_argument("--stagger", type=float, default=5.0, help="s over which the answers are spread")
    parser.add_argument("--workers", type=int, default=2, help="load generator processes")
    parser.add_argument("--skip-bare", action="store_true")
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args()
    sizes = [int(x) for x in args.phones.split(",")]
    results: list[Result] = []
    work_root = Path(tempfile.mkdtemp(prefix="samenspraak-load-"))
    print(f"load: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f}; work in {work_root}", flush=True)
    try:
        for n in sizes:
            for make in ([samenspraak] if args.skip_bare else [samenspraak, bare]):
                work = work_root / f"{make.__name__}-{n}"
                work.mkdir()
                print(f"{make.__name__} with {n} phones ...", flush=True)
                result = run(make, n, args.processes, args.beamer, args.stagger, args.workers, work, args.cluster)
                results.append(result)
                print("\n".join(summary(result)), flush=True)
    except Exception as exc:  # noqa: BLE001
        print(f"load: could not run: {exc!r}", file=sys.stderr)
        return 1
    finally:
        if args.json:
            args.json.write_text(json.dumps([r.__dict__ for r in results], indent=1, default=str))
    print()
    for n in sizes:
        ours = next((r for r in results if r.phones == n and r.app == "Samenspraak"), None)
        base = next((r for r in results if r.phones == n and r.app != "Samenspraak"), None)
        if ours and base:
            ratio = per_phone(ours, "cores") / per_phone(base, "cores")
            print(f"{n} phones: CPU per idle phone, Samenspraak / bare Streamlit = {ratio:.2f}; during the answers "
                  f"{_cores(ours.cpu.get('answers'))} / {_cores(base.cpu.get('answers'))} cores")
    shutil.rmtree(work_root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
