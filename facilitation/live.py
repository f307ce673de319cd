"""What the projector and the phones show of a session right now, read in one short transaction.

These snapshots are plain data, cheap to build and safe to share between all viewers of one
session (the pages cache them for a second), so thirty phones polling cost one small query each.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session as DbSession

from facilitation import contribution, participant
from facilitation.contribution import ShownAnswer
from facilitation.models import DomainSet, ExerciseState, RoundState, Session, SessionExercise, SessionState, VoteRound
from facilitation.session import normalise_join_code


@dataclass(frozen=True)
class CurrentExercise:
    id: int
    key: str
    state: ExerciseState
    position: int  # 1-based place in the agenda
    total: int


@dataclass(frozen=True)
class PhoneView:
    """All a phone needs to know to follow the facilitator, and the questions open as homework."""

    session_id: int
    trajectory_id: int
    title: str
    state: SessionState
    exercise_id: int | None
    exercise_key: str | None
    exercise_state: ExerciseState | None
    round_id: int | None = None  # the newest vote round of the current exercise
    round_state: RoundState | None = None
    open_exercises: tuple[tuple[int, str], ...] = ()  # (id, key) of every open question, in agenda order
    phone_titles: dict[str, str] = field(default_factory=dict)  # language -> the meeting's title on phones

    def phone_title(self, language: str) -> str | None:
        """The meeting's title on a phone in this language (Dutch when it has none), or None."""
        return self.phone_titles.get(language) or self.phone_titles.get("nl")


@dataclass(frozen=True)
class ProjectorView:
    session_id: int
    trajectory_id: int
    title: str
    code: str
    state: SessionState
    show_answers: bool
    exercise: CurrentExercise | None
    answer_count: int
    answers: tuple[ShownAnswer, ...]
    participants: int


def phone_view(session: DbSession, *, code: str) -> PhoneView | None:
    canonical = normalise_join_code(code)
    if canonical is None:
        return None
    newest_round = (
        select(func.max(VoteRound.id))
        .where(VoteRound.session_exercise_id == Session.current_exercise_id)
        .correlate(Session)
        .scalar_subquery()
    )
    row = session.execute(
        select(Session.id, Session.trajectory_id, Session.title, Session.state, SessionExercise.id,
               SessionExercise.exercise_key,
               SessionExercise.state, VoteRound.id, VoteRound.state)
        .outerjoin(SessionExercise, SessionExercise.id == Session.current_exercise_id)
        .outerjoin(VoteRound, VoteRound.id == newest_round)
        .where(Session.join_code == canonical)
    ).first()
    if row is None:
        return None
    open_exercises = session.execute(
        select(SessionExercise.id, SessionExercise.exercise_key)
        .where(SessionExercise.session_id == row[0], SessionExercise.state == ExerciseState.OPEN)
        .order_by(SessionExercise.position, SessionExercise.id)
    ).all()
    titles = session.execute(select(Session.phone_title_nl, Session.phone_title_en, Session.phone_title_fr)
                             .where(Session.id == row[0])).one()
    return PhoneView(*row, open_exercises=tuple((i, k) for i, k in open_exercises),
                     phone_titles={lang: t for lang, t in zip(("nl", "en", "fr"), titles) if t})


def projector_view(session: DbSession, *, code: str) -> ProjectorView | None:
    canonical = normalise_join_code(code)
    meeting = session.scalar(select(Session).where(Session.join_code == canonical)) if canonical else None
    if meeting is None:
        return None
    current = None
    answers: tuple[ShownAnswer, ...] = ()
    count = 0
    ordered = sorted(meeting.exercises, key=lambda e: e.position)
    for index, exercise in enumerate(ordered):
        if exercise.id == meeting.current_exercise_id:
            current = CurrentExercise(exercise.id, exercise.exercise_key, exercise.state, index + 1, len(ordered))
            count = contribution.count_answers(session, session_exercise_id=exercise.id)
            if meeting.show_answers:
                answers = tuple(contribution.shown_answers(session, session_exercise_id=exercise.id))
    return ProjectorView(
        session_id=meeting.id,
        trajectory_id=meeting.trajectory_id,
        title=meeting.title,
        code=meeting.join_code or "",
        state=meeting.state,
        show_answers=meeting.show_answers,
        exercise=current,
        answer_count=count,
        answers=answers,
        participants=participant.count_participants(session, session_id=meeting.id),
    )


def active_domain_set_id(session: DbSession, *, trajectory_id: int) -> int | None:
    """The domain list the trajectory groups and votes with now: the one chosen last."""
    return session.scalar(select(func.max(DomainSet.id)).where(DomainSet.trajectory_id == trajectory_id))
