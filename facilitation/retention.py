"""How long parents' words are kept: until the college approved the minutes of the meeting, and
RETENTION_DAYS after that. Then the raw answer texts and their essential elements are removed;
what stays is what the trajectory needs and names nobody: the counts, the groups ("ouder"), the
domains answers were grouped in, the votes, and the documents already made.

`samenspraak retention` lists the meetings that are due, `--apply` removes their texts (run it
daily, see deploy/); a coordinator can also remove them at once from the session's page.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.orm import Session as DbSession

from facilitation.models import Contribution, EssentialElement, Session, SessionExercise, SessionState

RETENTION_DAYS = 30
REMOVED = "(tekst verwijderd na het goedgekeurde verslag)"


class RetentionError(ValueError):
    """A retention step that cannot be carried out; the message is plain Dutch."""


@dataclass(frozen=True)
class Due:
    session_id: int
    trajectory_id: int
    title: str
    approved_on: dt.date
    remove_from: dt.date


def _meeting(session: DbSession, session_id: int) -> Session:
    meeting = session.get(Session, session_id)
    if meeting is None:
        raise RetentionError("Deze sessie bestaat niet (meer).")
    return meeting


def approve_minutes(session: DbSession, *, session_id: int, approved_on: dt.date | None) -> Session:
    """The college approved the minutes of this meeting on that day (None: not approved after all)."""
    meeting = _meeting(session, session_id)
    if approved_on is not None and meeting.state is not SessionState.CLOSED:
        raise RetentionError("Sluit de sessie eerst af: het verslag gaat over een afgelopen sessie.")
    if approved_on is not None and approved_on > dt.date.today():
        raise RetentionError("Die datum ligt in de toekomst. Vul de dag in waarop het college het verslag goedkeurde.")
    meeting.minutes_approved_on = approved_on
    session.flush()
    return meeting


def remove_from(meeting: Session) -> dt.date | None:
    """The first day the meeting's answer texts may go, or None while its minutes are not approved."""
    if meeting.minutes_approved_on is None or meeting.texts_removed_on is not None:
        return None
    return meeting.minutes_approved_on + dt.timedelta(days=RETENTION_DAYS)


def due(session: DbSession, *, today: dt.date | None = None) -> list[Due]:
    """The meetings whose answer texts are due for removal today."""
    today = today or dt.date.today()
    meetings = session.scalars(
        select(Session).where(Session.minutes_approved_on.is_not(None), Session.texts_removed_on.is_(None))
        .order_by(Session.minutes_approved_on, Session.id)
    )
    return [Due(m.id, m.trajectory_id, m.title, m.minutes_approved_on, remove_from(m))
            for m in meetings if remove_from(m) <= today]


def remove_texts(session: DbSession, *, session_id: int, today: dt.date | None = None) -> int:
    """Remove the answer texts and essential elements of one meeting; returns how many answers.
    Only after its minutes were approved: the minutes are made from these texts."""
    meeting = _meeting(session, session_id)
    if meeting.minutes_approved_on is None:
        raise RetentionError("Het verslag van deze sessie is nog niet goedgekeurd: de antwoorden blijven tot dan.")
    exercises = select(SessionExercise.id).where(SessionExercise.session_id == session_id)
    answers = select(Contribution.id).where(Contribution.session_exercise_id.in_(exercises))
    plain = {"synchronize_session": False}
    removed = session.execute(
        update(Contribution).where(Contribution.id.in_(answers)).values(text=REMOVED), execution_options=plain
    ).rowcount
    session.execute(update(EssentialElement).where(EssentialElement.contribution_id.in_(answers))
                    .values(text=REMOVED), execution_options=plain)
    session.expire_all()  # objects already loaded show the removal too
    meeting.texts_removed_on = today or dt.date.today()
    session.flush()
    return removed
