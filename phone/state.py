"""What every phone of a session follows, shared for a quarter of a second within a process.

The database is the one truth: the snapshot is read from it (``facilitation.live.phone_view``)
and only kept a moment, so that 500 phones waiting on one meeting cost four small queries a second,
not two thousand. A phone asks with the version it shows; it hears back as soon as the version differs.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import threading
import time
from dataclasses import dataclass, field, replace

import anyio

from facilitation import anonymity, config, contribution, db, exercises, live, question, vote
from facilitation import participant as participants
from facilitation.models import SessionState, VoteRound

FRESH = 0.25  # seconds a snapshot is shared between phones (a meeting costs 4 small reads a second)
OWN_QUESTIONS_FRESH = 5.0  # seconds a trajectory's own questions are shared
PAGE_THREADS = 8  # with the actions and snapshots 14 threads: the pool has 5 + 15 connections
ACTION_THREADS = 4  # what phones send (answers are checked here, then stored by phone/answers.py; votes)


def read():
    return db.unit_of_work()


def write():
    return db.unit_of_work(write=True)


def snapshot():
    """A read whose queries all see one moment: what phones follow is read in several queries."""
    return db.unit_of_work(snapshot=True)


class NotInRoom(LookupError):
    """The shared read does not tell this phone's page (a new phone, an answer of its own, a ballot
    cast): the phone's page is read on its own."""


@dataclass
class Room:
    """A meeting as its waiting phones need it right after a change, read once: which phones are in
    it, who answered which open question, who voted. The new pages of hundreds of phones then cost
    one read and a render per different page, not four reads and a render each.

    It answers the questions a phone's page asks (`me`, `answered`, ...) like a database session
    would, and raises NotInRoom where the phone needs its own read. It knows everything committed
    before `since`; only a phone that was already waiting then may use it."""

    session_id: int
    since: float  # time.monotonic() when its read began
    phones: dict[str, tuple[int, str]]  # token hash -> (participant id, language)
    asked: frozenset[int]  # the questions on the screen or open
    answered_by: dict[int, set[int]]  # participant id -> questions of `asked` it answered
    exercises: dict[str, exercises.Exercise]
    vote_round: VoteRound | None  # the round on the screen, its domains loaded
    ballots: set[str]  # ballot keys cast in that round
    pages: dict[tuple, str] = field(default_factory=dict)  # pages rendered, by what makes them differ

    @dataclass(frozen=True)
    class Phone:
        id: int
        language: str

    def me(self, token: str) -> Room.Phone:
        found = self.phones.get(anonymity.token_hash(token))
        if found is None:
            raise NotInRoom
        return Room.Phone(*found)

    def what_differs(self, token: str) -> tuple:
        """What sets this phone's page apart from the others' (besides its address and cookies)."""
        me = self.me(token)
        return me.language, frozenset(self.answered_by.get(me.id, ())), self.voted(token)

    def voted(self, token: str) -> bool:
        return anonymity.ballot_hash(token) in self.ballots

    # --- what a phone's page asks ---

    def guessing(self, client_key: str) -> bool:
        raise NotInRoom

    def answered(self, participant_id: int, exercise_ids) -> set[int]:
        if not set(exercise_ids) <= self.asked:
            raise NotInRoom
        return self.answered_by.get(participant_id, set()) & set(exercise_ids)

    def own_answer(self, exercise_id: int, participant_id: int):
        raise NotInRoom

    def round(self, round_id: int) -> VoteRound:
        if self.vote_round is None or self.vote_round.id != round_id:
            raise NotInRoom
        return self.vote_round

    def own_ballot(self, round_id: int, token: str) -> dict[int, int]:
        if self.voted(token):
            raise NotInRoom
        return {}

    def exercise(self, key: str, trajectory_id: int) -> exercises.Exercise:
        if key not in self.exercises:
            raise NotInRoom
        return self.exercises[key]


def _room(view: live.PhoneView) -> Room:
    since = time.monotonic()
    asked = frozenset([i for i, _ in view.open_exercises] + ([view.exercise_id] if view.exercise_id else []))
    keys = [k for _, k in view.open_exercises] + ([view.exercise_key] if view.exercise_key else [])
    with snapshot() as session:
        vote_round = session.get(VoteRound, view.round_id) if view.round_id else None
        if vote_round is not None:
            for domain in vote_round.domain_set.domains:  # loaded now: the room outlives the read
                _ = domain.name, domain.icon, domain.key
        return Room(
            session_id=view.session_id, since=since,
            phones=participants.phones_in(session, session_id=view.session_id),
            asked=asked, answered_by=contribution.answered_by(session, session_exercise_ids=sorted(asked)),
            exercises={key: exercise(key, view.trajectory_id) for key in keys},
            vote_round=vote_round,
            ballots=vote.ballot_keys(session, vote_round_id=vote_round.id) if vote_round else set(),
        )


@dataclass(frozen=True)
class Followed:
    view: live.PhoneView | None
    version: str  # changes whenever something a phone shows changes
    at: float
    room: Room | None = None  # with the first snapshot of a new version read for waiting phones


def _version(view: live.PhoneView | None) -> str:
    if view is None:
        return "-"
    shown = (view.state, view.exercise_id, view.exercise_state, view.round_id, view.round_state, view.open_exercises)
    return hashlib.sha256(repr(shown).encode()).hexdigest()[:12]


_cache: dict[tuple[str, str], Followed] = {}
_cache_lock = threading.Lock()


def _key(code: str) -> tuple[str, str]:
    return config.database_url(), code


def _fresh(code: str) -> Followed | None:
    entry = _cache.get(_key(code))
    return entry if entry is not None and time.monotonic() - entry.at < FRESH else None


def _load(code: str) -> Followed:
    with snapshot() as session:
        view = live.phone_view(session, code=code)
    entry = Followed(view, _version(view), time.monotonic())
    with _cache_lock:
        if len(_cache) > 2000:  # codes typed wrong, old meetings: forget them all now and then
            _cache.clear()
        _cache[_key(code)] = entry
    return entry


def follow(code: str) -> Followed:
    """The session behind a join code as phones see it now (at most FRESH seconds old)."""
    return _fresh(code) or _load(code)


class _Watch:
    """The phones of one meeting waiting on one process: one refresher reads the database every
    FRESH seconds while anyone waits, and wakes them all at once when the version changes."""

    def __init__(self) -> None:
        self.entry: Followed | None = None
        self.changed = asyncio.Event()
        self.waiting = 0
        self.refresher: asyncio.Task | None = None

    async def refresh(self, code: str, *, for_waiting: bool = False) -> Followed:
        # Its own threads: a snapshot read never queues behind a burst of page renders.
        entry = await anyio.to_thread.run_sync(_load, code, limiter=_limiter("snapshots", 2))
        if self.entry is None or entry.version != self.entry.version:
            if for_waiting and entry.view is not None and entry.view.state is SessionState.OPEN:
                room = await anyio.to_thread.run_sync(_room, entry.view, limiter=_limiter("snapshots", 2))
                entry = replace(entry, room=room)
            self.entry, woken, self.changed = entry, self.changed, asyncio.Event()
            woken.set()
        else:
            self.entry = entry
        return entry

    async def keep_fresh(self, code: str) -> None:
        while self.waiting:
            await asyncio.sleep(max(FRESH, 0.05))
            await self.refresh(code, for_waiting=True)


_watches: dict[tuple[int, str, str], _Watch] = {}
_limiters: dict[tuple[int, str], anyio.CapacityLimiter] = {}


def _limiter(name: str, threads: int) -> anyio.CapacityLimiter:
    """A pool of worker threads of this event loop, for one kind of work."""
    key = (id(asyncio.get_running_loop()), name)
    if key not in _limiters:
        _limiters[key] = anyio.CapacityLimiter(threads)
    return _limiters[key]


def page_threads() -> anyio.CapacityLimiter:
    """The threads that build phone pages: no more than the database pool can serve at once."""
    return _limiter("pages", PAGE_THREADS)


def action_threads() -> anyio.CapacityLimiter:
    """The threads that handle what phones send. Writes wait their turn anyway (SQLite has one
    writer at a time); on threads of their own a burst of answers never holds up the pages."""
    return _limiter("actions", ACTION_THREADS)


async def changed_since(code: str, seen: str, *, timeout: float) -> Followed:
    """The meeting as phones see it, as soon as its version is no longer `seen` (or after `timeout`)."""
    key = (id(asyncio.get_running_loop()), *_key(code))
    watch = _watches.get(key)
    if watch is None:
        if len(_watches) > 2000:
            _watches.clear()
        watch = _watches[key] = _Watch()
    kept_fresh = watch.entry is not None and watch.refresher is not None and not watch.refresher.done()
    entry = watch.entry if kept_fresh else await watch.refresh(code)
    if entry.version != seen:
        return entry
    watch.waiting += 1
    if watch.refresher is None or watch.refresher.done():
        watch.refresher = asyncio.create_task(watch.keep_fresh(code))
    try:
        deadline = time.monotonic() + timeout
        while watch.entry.version == seen:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                break
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(watch.changed.wait(), remaining)
        return watch.entry
    finally:
        watch.waiting -= 1


_own: dict[tuple[str, int], tuple[float, exercises.Catalogue]] = {}


def exercise(key: str, trajectory_id: int) -> exercises.Exercise:
    """What an agenda key asks: a shipped exercise, or the trajectory's own question."""
    shipped = exercises.catalogue().exercises.get(key)
    if shipped is not None:
        return shipped
    cache_key = (config.database_url(), trajectory_id)
    hit = _own.get(cache_key)
    if hit is None or time.monotonic() - hit[0] > OWN_QUESTIONS_FRESH or key not in hit[1].exercises:
        with read() as session:
            hit = (time.monotonic(), question.catalogue_for(session, trajectory_id=trajectory_id))
        _own[cache_key] = hit
    return hit[1].exercise(key)
