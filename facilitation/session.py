"""Sessions of a trajectory: planned from a template, opened with a join code, closed.

A session is one meeting of the roadmap (seed 003): stuurgroep 1-3, the parallel oudergroep,
focusgroepen, werkgroepen and the signaalgroep. Its agenda is a list of exercises from
exercises/ai_questions.yaml.
"""

from __future__ import annotations

import datetime as dt
import secrets

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session as DbSession
from sqlalchemy.orm import selectinload

from facilitation import text
from facilitation.exercises import ROADMAP_STEPS, Catalogue, catalogue
from facilitation.models import ExerciseState, Session, SessionExercise, SessionKind, SessionState, VoteRound
from facilitation.question import catalogue_for

# No look-alikes: no 0/O, 1/I/L, 5/S, 2/Z, 8/B, so a code read from a beamer is typed right.
JOIN_CODE_ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679"
JOIN_CODE_LENGTH = 6
MAX_TITLE = 200  # the column's length
FACILITATOR_MAX = 120

STATE_LABELS: dict[SessionState, str] = {
    SessionState.PLANNED: "gepland",
    SessionState.OPEN: "open",
    SessionState.CLOSED: "afgesloten",
}

KIND_LABELS: dict[SessionKind, str] = {
    SessionKind.STUURGROEP: "Stuurgroep",
    SessionKind.OUDERGROEP: "Oudergroep",
    SessionKind.FOCUSGROEP: "Focusgroep",
    SessionKind.WERKGROEP: "Werkgroep",
    SessionKind.SIGNAALGROEP: "Signaalgroep",
}


class SessionError(ValueError):
    """A request about a session that cannot be carried out; the message is for the user."""


def new_join_code() -> str:
    return "".join(secrets.choice(JOIN_CODE_ALPHABET) for _ in range(JOIN_CODE_LENGTH))


def normalise_join_code(raw: str) -> str | None:
    """The code as typed ("abc 123", "ABC-123") in canonical form, or None if it cannot be one."""
    code = "".join(ch for ch in (raw or "").upper() if ch.isalnum())
    if len(code) != JOIN_CODE_LENGTH or any(ch not in JOIN_CODE_ALPHABET for ch in code):
        return None
    return code


def plan_session(
    session: DbSession,
    *,
    trajectory_id: int,
    template_id: str,
    scheduled_on: dt.date | None = None,
    title: str | None = None,
    exercises: Catalogue | None = None,
) -> Session:
    """Plan a session from a template of ai_questions.yaml, with the template's exercises."""
    cat = exercises or catalogue()
    template = cat.templates.get(template_id)
    if template is None:
        raise SessionError(f"Onbekend sessiesjabloon: {template_id}.")
    planned = Session(
        trajectory_id=trajectory_id,
        kind=SessionKind(template.kind),
        number=template.number,
        title=_title(title) if title and title.strip() else template.name.nl,
        roadmap_step=template.roadmap_step,
        template_id=template.id,
        scheduled_on=scheduled_on,
        state=SessionState.PLANNED,
    )
    planned.exercises = [
        SessionExercise(exercise_key=key, position=index) for index, key in enumerate(template.exercises)
    ]
    session.add(planned)
    session.flush()
    return planned


def open_session(session: DbSession, *, session_id: int, facilitator: str | None = None) -> Session:
    """Open a session for joining: it gets a random join code if it has none yet."""
    meeting = _meeting(session, session_id)
    if meeting.state is SessionState.CLOSED:
        raise SessionError("Deze sessie is al afgesloten. Heropen ze om opnieuw te beginnen.")
    if facilitator:
        meeting.facilitator = text.clean(facilitator, field="de naam van de begeleider", max_length=FACILITATOR_MAX,
                                         one_line=True, error=SessionError)
    _give_join_code(session, meeting)
    meeting.state = SessionState.OPEN
    session.flush()
    return meeting


def _give_join_code(session: DbSession, meeting: Session) -> None:
    if meeting.join_code is not None:
        return
    for _ in range(20):
        candidate = new_join_code()
        if session.scalar(select(Session.id).where(Session.join_code == candidate)) is None:
            try:
                with session.begin_nested():
                    meeting.join_code = candidate
                    session.flush()
                return
            except IntegrityError:  # taken by another process in the meantime
                meeting.join_code = None
    raise SessionError("Kon geen vrije deelnamecode vinden. Probeer opnieuw.")  # pragma: no cover - 25^6 codes


def close_session(session: DbSession, *, session_id: int) -> Session:
    """End the session: phones can no longer answer. The answers stay; it can be reopened."""
    meeting = _meeting(session, session_id)
    meeting.state = SessionState.CLOSED
    session.flush()
    return meeting


def reopen_session(session: DbSession, *, session_id: int) -> Session:
    """Open a closed session again, with the same join code: the phones and the beamer go on."""
    meeting = _meeting(session, session_id)
    if meeting.state is not SessionState.CLOSED:
        raise SessionError("Deze sessie is niet afgesloten.")
    _give_join_code(session, meeting)  # a session closed before it was ever started has none yet
    meeting.state = SessionState.OPEN
    session.flush()
    return meeting


MAX_PHONE_TITLE = 120  # the columns' length
PHONE_LANGUAGES = {"nl": "Nederlands", "en": "Engels", "fr": "Frans"}


def update_session(session: DbSession, *, session_id: int, title: str, scheduled_on: dt.date | None) -> Session:
    """Change what the session is called and when it takes place."""
    meeting = _meeting(session, session_id)
    meeting.title = _title(title)
    meeting.scheduled_on = scheduled_on
    session.flush()
    return meeting


def set_phone_titles(session: DbSession, *, session_id: int, nl: str | None, en: str | None = None,
                     fr: str | None = None) -> Session:
    """What the phones call the meeting, per language; empty falls back to Dutch, then to a neutral
    "Samen in gesprek". Parents are never called poor on their own screen."""
    from facilitation.question import labelling_word

    meeting = _meeting(session, session_id)
    for language, value in (("nl", nl), ("en", en), ("fr", fr)):
        what = f"de titel op de telefoons ({PHONE_LANGUAGES[language]})"
        cleaned = text.clean(value, field=what, max_length=MAX_PHONE_TITLE, one_line=True, error=SessionError)
        word = labelling_word(cleaned)
        if word:
            raise SessionError(
                f"In {what} staat ‘{word}’. Ouders lezen deze titel op hun telefoon: noem hen nooit arm of "
                "kansarm. Zeg waarover het gaat, bijvoorbeeld ‘Samen over vrije tijd’."
            )
        setattr(meeting, f"phone_title_{language}", cleaned or None)
    session.flush()
    return meeting


def _title(title: str | None) -> str:
    title = text.clean(title, field="de titel", max_length=None, one_line=True, error=SessionError)
    if not title:
        raise SessionError("Geef de sessie een titel.")
    if len(title) > MAX_TITLE:
        raise SessionError(f"De titel is te lang: {len(title)} tekens. Hoogstens {MAX_TITLE}.")
    return title


def find_by_code(session: DbSession, *, code: str) -> Session | None:
    canonical = normalise_join_code(code)
    if canonical is None:
        return None
    return session.scalar(select(Session).where(Session.join_code == canonical))


def roadmap_order(meeting: Session) -> tuple:
    steps = list(ROADMAP_STEPS)
    step = steps.index(meeting.roadmap_step) if meeting.roadmap_step in steps else len(steps)
    return (step, meeting.scheduled_on or dt.date.max, meeting.number or 0, meeting.id or 0)


def list_sessions(session: DbSession, *, trajectory_id: int) -> list[Session]:
    """The trajectory's sessions in roadmap order (stuurgroep 1-3, oudergroep, focus-, werkgroepen)."""
    sessions = session.scalars(
        select(Session)
        .where(Session.trajectory_id == trajectory_id)
        .options(selectinload(Session.exercises))
    ).all()
    return sorted(sessions, key=roadmap_order)


def _meeting(session: DbSession, session_id: int) -> Session:
    meeting = session.get(Session, session_id)
    if meeting is None:
        raise SessionError("Deze sessie bestaat niet (meer).")
    return meeting


def _exercise(session: DbSession, exercise_id: int) -> SessionExercise:
    exercise = session.get(SessionExercise, exercise_id)
    if exercise is None:
        raise SessionError("Deze oefening bestaat niet (meer).")
    return exercise


def add_exercise(session: DbSession, *, session_id: int, exercise_key: str | None,
                 exercises: Catalogue | None = None) -> SessionExercise:
    """Put one more exercise at the end of the agenda: a shipped one or an own question of the
    session's trajectory."""
    meeting = _meeting(session, session_id)
    if not exercise_key:
        raise SessionError("Kies eerst een oefening.")
    if exercise_key not in (exercises or catalogue_for(session, trajectory_id=meeting.trajectory_id)).exercises:
        raise SessionError(f"Onbekende oefening: {exercise_key}.")
    position = max((e.position for e in meeting.exercises), default=-1) + 1
    added = SessionExercise(session_id=session_id, exercise_key=exercise_key, position=position)
    meeting.exercises.append(added)
    session.flush()
    return added


def remove_exercise(session: DbSession, *, exercise_id: int) -> None:
    """Take an exercise off the agenda; one that already has answers stays (nothing is lost)."""
    exercise = _exercise(session, exercise_id)
    voted = session.scalar(select(VoteRound.id).where(VoteRound.session_exercise_id == exercise.id).limit(1))
    if exercise.contributions or voted is not None:
        raise SessionError("Deze oefening heeft al antwoorden of stemmen en blijft daarom op de agenda.")
    meeting = exercise.session
    if meeting.current_exercise_id == exercise.id:
        meeting.current_exercise_id = None
    meeting.exercises.remove(exercise)
    session.flush()


def move_exercise(session: DbSession, *, exercise_id: int, offset: int) -> None:
    """Move an exercise up (offset -1) or down (+1) in its session's agenda."""
    exercise = _exercise(session, exercise_id)
    ordered = sorted(exercise.session.exercises, key=lambda e: e.position)
    index = ordered.index(exercise)
    target = min(max(index + offset, 0), len(ordered) - 1)
    ordered.insert(target, ordered.pop(index))
    for position, item in enumerate(ordered):
        item.position = position
    session.flush()


def show_exercise(session: DbSession, *, exercise_id: int, open_it: bool = True) -> SessionExercise:
    """Make this the exercise the projector and the phones follow; open it if it was waiting."""
    exercise = _exercise(session, exercise_id)
    exercise.session.current_exercise_id = exercise.id
    if open_it and exercise.state is ExerciseState.WAITING:
        _set_state(exercise, ExerciseState.OPEN)
    session.flush()
    return exercise


def set_exercise_state(session: DbSession, *, exercise_id: int, state: ExerciseState) -> SessionExercise:
    """Open or close a question. Homework: a question may be opened days before the meeting."""
    exercise = _exercise(session, exercise_id)
    _set_state(exercise, state)
    session.flush()
    return exercise


def _set_state(exercise: SessionExercise, state: ExerciseState) -> None:
    now = dt.datetime.now(dt.UTC)
    if state is ExerciseState.OPEN:
        exercise.opened_at = exercise.opened_at or now
        exercise.closed_at = None
    elif state is ExerciseState.CLOSED:
        exercise.closed_at = now
    exercise.state = state


def next_exercise(session: DbSession, *, session_id: int) -> SessionExercise | None:
    """Move the projector and the phones on to the next exercise of the agenda, and open it."""
    meeting = _meeting(session, session_id)
    ordered = sorted(meeting.exercises, key=lambda e: e.position)
    ids = [e.id for e in ordered]
    index = ids.index(meeting.current_exercise_id) + 1 if meeting.current_exercise_id in ids else 0
    if index >= len(ordered):
        return None
    return show_exercise(session, exercise_id=ordered[index].id)


def set_display(
    session: DbSession, *, session_id: int, show_answers: bool | None = None, premoderation: bool | None = None
) -> Session:
    meeting = _meeting(session, session_id)
    if show_answers is not None:
        meeting.show_answers = show_answers
    if premoderation is not None:
        meeting.premoderation = premoderation
    session.flush()
    return meeting
