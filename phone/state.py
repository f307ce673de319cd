"""What every phone of a session follows, shared for half a second within a process.

The database is the one truth: the snapshot is read from it (``facilitation.live.phone_view``)
and only kept a moment, so that 500 phones waiting on one meeting cost two small queries a second,
not a thousand. A phone asks with the version it shows; it hears back as soon as the version differs.
"""

from __future__ import annotations

import asyncio
import hashlib
import threading
import time
from dataclasses import dataclass

from starlette.concurrency import run_in_threadpool

from facilitation import config, db, exercises, live, question

FRESH = 0.5  # seconds a snapshot is shared between phones
OWN_QUESTIONS_FRESH = 5.0  # seconds a trajectory's own questions are shared


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
_refreshing: dict[tuple[str, str], asyncio.Lock] = {}


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


async def follow_async(code: str) -> Followed:
    """The same, for the waiting requests: one of them reads the database, the others wait for it."""
    entry = _fresh(code)
    if entry is not None:
        return entry
    lock = _refreshing.setdefault(_key(code), asyncio.Lock())
    async with lock:
        return _fresh(code) or await run_in_threadpool(_load, code)


def forget(code: str) -> None:
    """After a phone wrote something that changes what it shows, it reads afresh."""
    with _cache_lock:
        _cache.pop(_key(code), None)


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
