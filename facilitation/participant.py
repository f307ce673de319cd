"""Phones joining a session with its code (/meedoen?code=CODE): no account, no name.

A join link carries a random device token, so a reload or a lost connection keeps the same
participant: nothing is duplicated and earlier answers stay editable. Wrong codes are counted per
browser tab and in total, to make guessing codes pointless.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import bindparam, delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session as DbSession

from facilitation import anonymity
from facilitation.models import FailedJoin, Participant, ParticipantGroup, Session, SessionState
from facilitation.session import find_by_code

LANGUAGES = ("nl", "en", "fr")
WRONG_CODES_PER_TAB = 5  # then this tab waits
WRONG_CODES_IN_TOTAL = 120  # per window, all tabs together: someone is guessing
RATE_WINDOW = dt.timedelta(minutes=1)


class JoinError(ValueError):
    """The code cannot be used; the message is plain Dutch for a participant."""


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


LOGIN_SCOPE = "login:"  # failed staff logins share the table, under their own prefix and limits


def _in_scope(client_key: str):
    if client_key.startswith(LOGIN_SCOPE):
        return FailedJoin.client_key.startswith(LOGIN_SCOPE)
    return FailedJoin.client_key.not_like(LOGIN_SCOPE + "%")


def is_rate_limited(session: DbSession, *, client_key: str, now: dt.datetime | None = None,
                    spare_newcomers: bool = False) -> bool:
    """Too many wrong codes (or, with a "login:" key, failed logins) from this tab, or from all
    tabs together, in the last minute. ``spare_newcomers``: a client that typed no wrong code itself
    is never held back by what others guessed (a parent with the right code gets in)."""
    since = (now or _now()) - RATE_WINDOW
    mine = session.scalar(
        select(func.count(FailedJoin.id)).where(FailedJoin.client_key == client_key, FailedJoin.at >= since)
    )
    if mine >= WRONG_CODES_PER_TAB:
        return True
    if spare_newcomers and mine == 0:
        return False
    total = session.scalar(
        select(func.count(FailedJoin.id)).where(FailedJoin.at >= since, _in_scope(client_key))
    )
    return total >= WRONG_CODES_IN_TOTAL


def record_wrong_code(session: DbSession, *, client_key: str, now: dt.datetime | None = None) -> None:
    now = now or _now()
    session.execute(delete(FailedJoin).where(FailedJoin.at < now - 10 * RATE_WINDOW))  # keep it small
    session.add(FailedJoin(client_key=client_key, at=now))
    session.flush()


def find_open_session(session: DbSession, *, code: str) -> Session:
    """The session a participant may join with this code, or JoinError with a friendly reason."""
    meeting = find_by_code(session, code=code)
    if meeting is None:
        raise JoinError("Deze code kennen we niet. Kijk nog eens naar het grote scherm.")
    if meeting.state is SessionState.CLOSED:
        raise JoinError("Deze sessie is afgelopen. Bedankt om mee te doen!")
    if meeting.state is not SessionState.OPEN:
        raise JoinError("Deze sessie is nog niet begonnen. Probeer het straks opnieuw.")
    return meeting


def join(
    session: DbSession,
    *,
    session_id: int,
    token: str,
    language: str = "nl",
    participant_group: ParticipantGroup | None = None,
) -> Participant:
    """Get or create the participant of this device token in this session (idempotent)."""
    if not anonymity.is_device_token(token):
        raise JoinError("Deze link is niet geldig. Scan de QR-code opnieuw.")
    key = anonymity.token_hash(token)
    existing = session.scalar(
        select(Participant).where(Participant.session_id == session_id, Participant.token_hash == key)
    )
    if existing is not None:
        return existing
    participant = Participant(
        session_id=session_id,
        token_hash=key,
        language=language if language in LANGUAGES else "nl",
        participant_group=participant_group,
    )
    try:
        with session.begin_nested():
            session.add(participant)
            session.flush()
    except IntegrityError:  # the same phone, twice at once (a double tap): take the first
        return session.scalar(
            select(Participant).where(Participant.session_id == session_id, Participant.token_hash == key)
        )
    return participant


# Built once: SQLAlchemy then knows the statement without working out its cache key on every
# phone request (a phone page looks its participant up on every answer and page).
_BY_TOKEN = select(Participant).where(Participant.session_id == bindparam("session_id"),
                                      Participant.token_hash == bindparam("token_hash"))


def find_participant(session: DbSession, *, session_id: int, token: str) -> Participant | None:
    if not anonymity.is_device_token(token):
        return None
    return session.scalar(_BY_TOKEN, {"session_id": session_id, "token_hash": anonymity.token_hash(token)})


def find_participants(session: DbSession, *, devices: Iterable[tuple[int, str]]) -> dict[tuple[int, str], Participant]:
    """Many phones at once, by (session id, device token), in one query; unknown ones are left out."""
    wanted = {(session_id, anonymity.token_hash(token)): (session_id, token) for session_id, token in devices
              if anonymity.is_device_token(token)}
    if not wanted:
        return {}
    found = session.scalars(select(Participant).where(
        Participant.session_id.in_({session_id for session_id, _ in wanted}),
        Participant.token_hash.in_({token_hash for _, token_hash in wanted})))
    return {wanted[key]: p for p in found if (key := (p.session_id, p.token_hash)) in wanted}


def phones_in(session: DbSession, *, session_id: int) -> dict[str, tuple[int, str]]:
    """Every phone of a session by its token hash: (participant id, language), read at once."""
    rows = session.execute(select(Participant.token_hash, Participant.id, Participant.language)
                           .where(Participant.session_id == session_id))
    return {token_hash: (participant_id, language) for token_hash, participant_id, language in rows}


def update_profile(
    session: DbSession,
    *,
    participant_id: int,
    language: str | None = None,
    participant_group: ParticipantGroup | None = None,
    clear_group: bool = False,
) -> Participant:
    participant = session.get(Participant, participant_id)
    if participant is None:
        raise JoinError("We vinden je deelname niet meer. Scan de QR-code opnieuw.")
    if language is not None:
        participant.language = language if language in LANGUAGES else "nl"
    if participant_group is not None or clear_group:
        participant.participant_group = participant_group
    session.flush()
    return participant


def count_participants(session: DbSession, *, session_id: int) -> int:
    return session.scalar(select(func.count(Participant.id)).where(Participant.session_id == session_id))
