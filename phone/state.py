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
from dataclasses import dataclass

import anyio

from facilitation import config, db, exercises, live, question

FRESH = 0.25  # seconds a snapshot is shared between phones (a meeting costs 4 small reads a second)
OWN_QUESTIONS_FRESH = 5.0  # seconds a trajectory's own questions are shared
PAGE_THREADS = 8  # at most the SQLite/PostgreSQL pool's 5 + 10 connections


def read():
    return db.unit_of_work()


def write():
    return db.unit_of_work(write=True)


@dataclass(frozen=True)
class Followed:
    view: live.PhoneView | None
    version: str  # changes whenever something a phone shows changes
    at: float


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
    with read() as session:
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

    async def refresh(self, code: str) -> Followed:
        # Its own threads: a snapshot read never queues behind a burst of page renders.
        entry = await anyio.to_thread.run_sync(_load, code, limiter=_limiter("snapshots", 2))
        if self.entry is None or entry.version != self.entry.version:
            self.entry, woken, self.changed = entry, self.changed, asyncio.Event()
            woken.set()
        else:
            self.entry = entry
        return entry

    async def keep_fresh(self, code: str) -> None:
        while self.waiting:
            await asyncio.sleep(max(FRESH, 0.05))
            await self.refresh(code)


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
