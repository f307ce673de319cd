"""The answers phones send, stored together.

One writer per database in this process takes every answer that is waiting and stores them in one
transaction (`contribution.submit_answers`: a few statements for a hundred answers). Stored one by
one, a burst of answers queues: SQLite writes one transaction at a time, and every call into it hands
the GIL over, so that under load each write waits for the event loop and the page threads several
times while it holds the write. A phone waits for its answer without a thread of its own, and hears
that it is stored only after the commit.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import queue
import threading
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from facilitation import config, contribution
from facilitation import participant as participants
from facilitation.models import Contribution, ExerciseState, Participant, SessionExercise
from phone import state

log = logging.getLogger(__name__)

MOST = 100  # answers stored in one transaction
IDLE = 30.0  # seconds without answers before a writer's thread stops (the next answer starts it again)


@dataclass(frozen=True)
class Answer:
    session_id: int
    token: str  # the phone's device token for this session
    exercise_id: int
    text: str
    elements: list[str] | None
    others: frozenset[int]  # the other questions the thanks page marks as answered or not


@dataclass(frozen=True)
class Stored:
    me: Participant | None = None  # None: the phone is not (any more) in this meeting
    answer: Contribution | None = None
    answered: set[int] = field(default_factory=set)  # of the answer's question and its `others`
    problem: str | None = None  # a phone text's key: the question is not open (any more), ...
    refusal: str | None = None  # or the domain's own Dutch words


async def store(answer: Answer) -> Stored:
    """Store this answer with the others waiting; raises what storing it raised."""
    return await _writer(config.database_url()).store(answer)


_writers: dict[str, _Writer] = {}
_writers_lock = threading.Lock()


def _writer(url: str) -> _Writer:
    with _writers_lock:
        return _writers.setdefault(url, _Writer())


class _Writer:
    def __init__(self) -> None:
        self.waiting: queue.SimpleQueue = queue.SimpleQueue()
        self.lock = threading.Lock()
        self.running = False

    async def store(self, answer: Answer) -> Stored:
        loop = asyncio.get_running_loop()
        done = loop.create_future()
        self.waiting.put((answer, loop, done))
        with self.lock:
            if not self.running:
                self.running = True
                threading.Thread(target=self._run, name="answers", daemon=True).start()
        return await done

    def _run(self) -> None:
        while True:
            try:
                batch = [self.waiting.get(timeout=IDLE)]
            except queue.Empty:
                with self.lock:
                    if self.waiting.empty():
                        self.running = False
                        return
                continue
            while len(batch) < MOST:
                try:
                    batch.append(self.waiting.get_nowait())
                except queue.Empty:
                    break
            for (_, loop, done), outcome in zip(batch, _store_all([a for a, _, _ in batch]), strict=True):
                with contextlib.suppress(RuntimeError):  # the request's loop is gone: nobody waits for it
                    loop.call_soon_threadsafe(_settle, done, outcome)


def _settle(done: asyncio.Future, outcome: Stored | Exception) -> None:
    if done.done():  # the phone went away meanwhile
        return
    if isinstance(outcome, Exception):
        done.set_exception(outcome)
    else:
        done.set_result(outcome)


def _store_all(answers: list[Answer]) -> list[Stored | Exception]:
    try:
        with state.write() as session:
            return _store(session, answers)
    except Exception as exc:  # noqa: BLE001 - then each answer alone, so only the one at fault fails
        if len(answers) == 1:
            log.exception("An answer could not be stored")
            return [exc]
    return [outcome for answer in answers for outcome in _store_all([answer])]


def _store(session: DbSession, answers: list[Answer]) -> list[Stored]:
    people = participants.find_participants(session, devices={(a.session_id, a.token) for a in answers})
    questions = {e.id: e for e in session.scalars(
        select(SessionExercise).where(SessionExercise.id.in_({a.exercise_id for a in answers})))}
    outcomes: list[Stored | None] = []
    ready: list[tuple[int, contribution.PhoneAnswer]] = []
    for answer in answers:
        me, asked = people.get((answer.session_id, answer.token)), questions.get(answer.exercise_id)
        outcomes.append(
            Stored() if me is None
            else Stored(me=me, problem="problem") if asked is None or asked.session_id != answer.session_id
            else Stored(me=me, problem="question_not_open") if asked.state is ExerciseState.WAITING
            else Stored(me=me, problem="question_closed_now") if asked.state is not ExerciseState.OPEN
            else None)
        if outcomes[-1] is None:
            ready.append((len(outcomes) - 1, contribution.PhoneAnswer(answer.exercise_id, me.id, answer.text,
                                                                      answer.elements)))
    stored = contribution.submit_answers(session, answers=[a for _, a in ready])
    others = sorted({o for answer in answers for o in answer.others})
    done = contribution.answered_by(session, session_exercise_ids=others)
    for (i, sent), result in zip(ready, stored, strict=True):
        me = people[(answers[i].session_id, answers[i].token)]
        if isinstance(result, contribution.ContributionError):
            outcomes[i] = Stored(me=me, refusal=str(result))
        else:
            outcomes[i] = Stored(me=me, answer=result,
                                 answered=(done.get(me.id, set()) & answers[i].others) | {sent.session_exercise_id})
    return outcomes
