"""Contributions: what participants answer, from a phone, aloud (typed by the facilitator) or on
paper, with the essential elements of a casus or the essence of a droom. Nothing in a
contribution identifies the person who gave it.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession
from sqlalchemy.orm import selectinload

from facilitation.models import Channel, Contribution, EssentialElement, ParticipantGroup, SessionExercise

MAX_LENGTH = 2000


class ContributionError(ValueError):
    """An answer that cannot be accepted; the message is for the participant, in plain Dutch."""


def clean_text(text: str | None) -> str:
    """Trim the text and refuse what is empty or too long."""
    text = (text or "").strip()
    if not text:
        raise ContributionError("Je antwoord is nog leeg. Schrijf iets, of sla de vraag over.")
    if len(text) > MAX_LENGTH:
        raise ContributionError(
            f"Je antwoord is te lang: {len(text)} tekens. Het mag hoogstens {MAX_LENGTH} tekens zijn."
        )
    return text


def add_contribution(
    session: DbSession,
    *,
    session_exercise_id: int,
    text: str,
    elements: Sequence[str] = (),
    channel: Channel = Channel.PHONE,
    participant_group: ParticipantGroup | None = None,
) -> Contribution:
    if session.get(SessionExercise, session_exercise_id) is None:
        raise ContributionError("Deze vraag bestaat niet (meer).")
    contribution = Contribution(
        session_exercise_id=session_exercise_id,
        text=clean_text(text),
        channel=channel,
        participant_group=participant_group,
    )
    contribution.elements = [
        EssentialElement(text=clean_text(element), position=index)
        for index, element in enumerate(e for e in elements if e and e.strip())
    ]
    session.add(contribution)
    session.flush()
    return contribution


def set_hidden(session: DbSession, *, contribution_id: int, hidden: bool) -> Contribution:
    """Moderation: a hidden contribution is never projected and never exported."""
    contribution = session.get(Contribution, contribution_id)
    if contribution is None:
        raise ContributionError("Deze bijdrage bestaat niet (meer).")
    contribution.hidden = hidden
    session.flush()
    return contribution


def visible_contributions(session: DbSession, *, session_exercise_id: int) -> list[Contribution]:
    return list(
        session.scalars(
            select(Contribution)
            .where(Contribution.session_exercise_id == session_exercise_id, Contribution.hidden.is_(False))
            .options(selectinload(Contribution.elements))
            .order_by(Contribution.id)
        )
    )
