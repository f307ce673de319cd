"""kill -9 of the server while 300 answers are being sent, on SQLite and on PostgreSQL.

150 phones (HTTP clients, each with its own cookie jar, as tests/test_phone.py's Phone) join and
answer two open questions through a real server (`streamlit run serve.py`). When a third of the
answers is confirmed, the server is killed with SIGKILL and started again on the same port. A phone
whose request failed sends again, as a parent presses "Versturen" again, until the server answers.
Afterwards every answer that was confirmed to its phone (303 to ...bericht=verstuurd) is in the
database exactly once, and no phone has two answers to one question or two participants.
"""

from __future__ import annotations

import signal
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
from sqlalchemy import func, select

from deploy.cluster import Cluster
from facilitation import db
from facilitation import session as meetings
from facilitation import trajectory as trajectories
from facilitation.models import Contribution, ExerciseState, Participant
from phone import device
from tests.server import free_port

PHONES = 150
QUESTIONS = 2  # stuurgroep 2: casus and droom, both open
KILL_AFTER = PHONES * QUESTIONS // 3  # confirmed answers before the kill
WORKERS = 30
PATIENCE = 120.0  # seconds a phone keeps trying; the server is back long before


@pytest.fixture
def meeting(engine):
    """An open stuurgroep 2 with casus and droom both open: (code, [exercise ids])."""
    with db.transaction(engine, write=True) as s:
        t = trajectories.create_trajectory(s, gemeente="Geel", period_start=2025, period_end=2030)
        planned = meetings.plan_session(s, trajectory_id=t.id, template_id="stuurgroep_2")
        meetings.open_session(s, session_id=planned.id)
        for exercise in planned.exercises:
            meetings.set_exercise_state(s, exercise_id=exercise.id, state=ExerciseState.OPEN)
        return planned.join_code, [e.id for e in planned.exercises]


class Outcome:
    """What the phones were told, shared by their threads."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.confirmed: list[str] = []
        self.failures = 0  # requests that got no answer, or a 5xx, and were sent again

    def confirm(self, text: str) -> None:
        with self.lock:
            self.confirmed.append(text)

    def failed(self) -> None:
        with self.lock:
            self.failures += 1


def persist(outcome: Outcome, request) -> httpx.Response:
    """One request, sent again while the server is down or answers 5xx."""
    deadline = time.monotonic() + PATIENCE
    while True:
        try:
            response = request()
            if response.status_code < 500:
                return response
        except httpx.TransportError:
            pass
        outcome.failed()
        if time.monotonic() > deadline:
            raise AssertionError("the server did not come back")
        time.sleep(0.3)


def phone(url: str, code: str, exercise_ids: list[int], number: int, outcome: Outcome) -> None:
    with httpx.Client(base_url=url, timeout=10.0, follow_redirects=False) as client:
        while device.COOKIE not in client.cookies:  # the first page gives the device
            persist(outcome, lambda: client.get("/meedoen", params={"code": code}))
        joined = persist(outcome, lambda: client.post("/meedoen", data={"actie": "meedoen", "code": code,
                                                                          "lang": "nl", "groep": "ouder"}))
        assert joined.status_code == 303, joined.text[:300]
        for exercise_id in exercise_ids:
            text = f"Antwoord van telefoon {number} op vraag {exercise_id}"
            sent = persist(outcome, lambda exercise_id=exercise_id, text=text: client.post("/meedoen", data={
                "actie": "antwoord", "code": code, "lang": "nl", "vraag": str(exercise_id), "gekozen": "",
                "antwoord": text}))
            assert sent.status_code == 303, sent.text[:300]
            assert "bericht=verstuurd" in sent.headers["location"]
            outcome.confirm(text)


def test_kill_9_while_300_answers_are_sent_loses_no_confirmed_answer_and_doubles_none(
        database_url, engine, meeting, tmp_path):
    code, exercise_ids = meeting
    port = free_port()
    server = Cluster(database_url, app_ports=[port], run_dir=tmp_path / "server")
    server.run_dir.mkdir()
    server.start_app(port)
    url = server.app_url(port)
    outcome = Outcome()
    try:
        started = time.monotonic()
        with ThreadPoolExecutor(WORKERS) as pool:
            phones = [pool.submit(phone, url, code, exercise_ids, n, outcome) for n in range(PHONES)]
            while len(outcome.confirmed) < KILL_AFTER and not all(p.done() for p in phones):
                time.sleep(0.01)
            killed_at = len(outcome.confirmed)
            server.kill_app(port, signal.SIGKILL)
            down = time.monotonic()
            server.start_app(port)
            back = time.monotonic()
            for p in phones:
                p.result()
        elapsed = time.monotonic() - started
    finally:
        server.stop()

    with db.transaction(engine) as s:
        stored = s.scalars(select(Contribution.text)).all()
        per_phone_and_question = s.execute(
            select(func.count()).select_from(Contribution)
            .group_by(Contribution.participant_id, Contribution.session_exercise_id)
            .having(func.count() > 1)).all()
        participants = s.scalar(select(func.count(Participant.id)))
    assert len(outcome.confirmed) == PHONES * QUESTIONS
    missing = set(outcome.confirmed) - set(stored)
    doubled = {t for t in stored if stored.count(t) > 1}
    assert not missing, f"{len(missing)} confirmed answers lost, e.g. {sorted(missing)[:3]}"
    assert not doubled, f"{len(doubled)} answers stored twice, e.g. {sorted(doubled)[:3]}"
    assert not per_phone_and_question
    assert len(stored) == PHONES * QUESTIONS
    assert participants == PHONES
    backend = database_url.split(":", 1)[0]
    print(f"\n{backend}: killed after {killed_at} of {PHONES * QUESTIONS} confirmed answers, back after "
          f"{back - down:.1f} s, {outcome.failures} requests sent again, all {len(stored)} stored once, "
          f"{elapsed:.1f} s in all")
