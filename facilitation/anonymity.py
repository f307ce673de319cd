"""The anonymity promise to parents, in one place.

No name, phone number, IP address or user agent is stored. A phone is known by a random token
that lives only in its own join link; the database keeps a hash of it. No figure is shown for a
group of fewer than MIN_GROUP_SIZE people. Answers are shown in an order that does not follow the
order they were sent in, so nobody can tell who wrote what by watching the screen.
"""

from __future__ import annotations

import hashlib
import re
import secrets

MIN_GROUP_SIZE = 3
_TOKEN = re.compile(r"^[A-Za-z0-9_-]{16,64}$")


def new_device_token() -> str:
    return secrets.token_urlsafe(18)


def is_device_token(value: str | None) -> bool:
    return bool(value) and bool(_TOKEN.match(value))


def token_hash(token: str) -> str:
    """The participant's key: which phone's answers belong together (to edit them)."""
    return hashlib.sha256(("samenspraak-device:" + token).encode()).hexdigest()


def ballot_hash(token: str) -> str:
    """The ballot's key, salted apart from token_hash: a ballot cannot be joined to the answers of
    the same phone. (Ballots cast before this key existed keep token_hash; their rounds are closed.)"""
    return hashlib.sha256(("samenspraak-ballot:" + token).encode()).hexdigest()


def display_order_key(exercise_id: int, contribution_id: int) -> str:
    """A stable pseudo-random position: answers do not jump around, nor follow the sending order."""
    return hashlib.sha256(f"{exercise_id}:{contribution_id}".encode()).hexdigest()


def large_enough(count: int) -> bool:
    return count >= MIN_GROUP_SIZE
