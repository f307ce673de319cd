"""Own questions (roadmap steps 7-8): a facilitator writes a question of their own for a focus
group or a werkgroep, with a wording for the group and a plain wording for parents (Dutch
required, English and French optional), and uses it in a session like a catalogue exercise.

An own question lives in the trajectory that wrote it, under the exercise key "eigen-<id>";
catalogue_for() gives the shipped catalogue with the trajectory's own questions added, so every
screen and document that looks up an exercise by its key finds both.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session as DbSession
from sqlalchemy.orm import object_session

from facilitation import text as typed
from facilitation.exercises import Catalogue, Exercise, Text, catalogue
from facilitation.models import Contribution, OwnQuestion, Session, SessionExercise, Trajectory

KEY_PREFIX = "eigen-"
ROADMAP_STEP = "focusgroep"


def key_of(question_id: int) -> str:
    return f"{KEY_PREFIX}{question_id}"


def id_of(key: str) -> int | None:
    """The own question's id in an exercise key "eigen-<id>", or None for a shipped exercise."""
    number = key[len(KEY_PREFIX):] if key.startswith(KEY_PREFIX) else ""
    return int(number) if number.isascii() and number.isdigit() else None


def as_exercise(question: OwnQuestion) -> Exercise:
    return Exercise(
        id=key_of(question.id),
        kind=question.kind,
        roadmap_step=ROADMAP_STEP,
        source="eigen vraag van de begeleider",
        title=Text(nl=question.title, en=question.title, fr=question.title),
        question=Text(nl=question.question_nl, en=question.question_en or "", fr=question.question_fr or ""),
        parent_question=Text(nl=question.parent_question_nl, en=question.parent_question_en or "",
                             fr=question.parent_question_fr or ""),
    )


def catalogue_for(session: DbSession, *, trajectory_id: int, base: Catalogue | None = None) -> Catalogue:
    """The shipped catalogue plus this trajectory's own questions (keys "eigen-<id>")."""
    base = base or catalogue()
    own = session.scalars(select(OwnQuestion).where(OwnQuestion.trajectory_id == trajectory_id)
                          .order_by(OwnQuestion.id)).all()
    if not own:
        return base
    return dataclasses.replace(base, exercises={**base.exercises, **{key_of(q.id): as_exercise(q) for q in own}})


def template_of(exercise: SessionExercise, cat: Catalogue) -> Exercise | None:
    """What an agenda item asks: the catalogue's exercise, or the own question of the session's
    trajectory behind an "eigen-<id>" key (None when neither exists)."""
    found = cat.exercises.get(exercise.exercise_key)
    question_id = id_of(exercise.exercise_key)
    if found is None and question_id is not None:
        own = object_session(exercise).get(OwnQuestion, question_id)
        if own is not None and own.trajectory_id == exercise.session.trajectory_id:
            found = as_exercise(own)
    return found


class QuestionError(ValueError):
    """An own question that cannot be saved or removed; the message is for the facilitator."""


KINDS: dict[str, str] = {
    "open": "Open vraag",
    "story": "Verhaal: wat hielp, wat maakte het verschil (zoals de casus)",
    "dream": "Droom: hoe zou het eruitzien (zoals de droom)",
}
MAX_TITLE = 200  # the column's length
MAX_TEXT = 1000

# Parents are never called poor on their screen (DOMAIN.md; seed 003 ~l.1068, seed 002 l.476).
_LABELS = re.compile(r"\b(arm|arme|armen|armoede\w*|kansarm\w*|poor|poverty|pauvres?|pauvreté)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Usage:
    """Where an own question is on an agenda, and how many answers it got there."""

    sessions: tuple[str, ...]
    answers: int


def labelling_word(text: str | None) -> str | None:
    """The first word in the text that labels parents as poor ("arm", "armoede", "kansarm", ...)."""
    found = _LABELS.search(text or "")
    return found.group(0) if found else None


def _required(text: str | None, what: str, limit: int = MAX_TEXT) -> str:
    text = typed.clean(text, field=what, max_length=None, error=QuestionError)
    if not text:
        raise QuestionError(f"Vul {what} in.")
    if len(text) > limit:
        raise QuestionError(f"{what[0].upper()}{what[1:]} is te lang: {len(text)} tekens. Hoogstens {limit}.")
    return text


def _optional(text: str | None, what: str) -> str | None:
    text = typed.clean(text, field=what, max_length=None, error=QuestionError)
    return _required(text, what) if text else None


def _parent_wording(text: str | None, what: str, *, required: bool = False) -> str | None:
    text = _required(text, what) if required else _optional(text, what)
    word = labelling_word(text)
    if word:
        raise QuestionError(
            f"In {what} staat ‘{word}’. Ouders lezen deze vraag op hun telefoon: noem hen nooit arm of "
            "kansarm. Beschrijf wat er gebeurt, bijvoorbeeld ‘weinig geld’ of ‘een moeilijke periode’."
        )
    return text


def _fill(question: OwnQuestion, *, title, question_nl, parent_question_nl, question_en, question_fr,
          parent_question_en, parent_question_fr, kind) -> None:
    if kind not in KINDS:
        raise QuestionError(f"Onbekende soort vraag: {kind}.")
    question.kind = kind
    question.title = _required(typed.clean(title, field="de titel", max_length=None, one_line=True,
                                           error=QuestionError), "de titel", MAX_TITLE)
    question.question_nl = _required(question_nl, "de vraag voor de groep (Nederlands)")
    question.question_en = _optional(question_en, "de vraag voor de groep (Engels)")
    question.question_fr = _optional(question_fr, "de vraag voor de groep (Frans)")
    question.parent_question_nl = _parent_wording(parent_question_nl, "de eenvoudige vraag voor ouders (Nederlands)",
                                                  required=True)
    question.parent_question_en = _parent_wording(parent_question_en, "de eenvoudige vraag voor ouders (Engels)")
    question.parent_question_fr = _parent_wording(parent_question_fr, "de eenvoudige vraag voor ouders (Frans)")


def create_question(
    session: DbSession,
    *,
    trajectory_id: int,
    title: str,
    question_nl: str,
    parent_question_nl: str,
    question_en: str | None = None,
    question_fr: str | None = None,
    parent_question_en: str | None = None,
    parent_question_fr: str | None = None,
    kind: str = "open",
) -> OwnQuestion:
    """Write an own question for the trajectory; Dutch is required, English and French fall back to it."""
    if session.get(Trajectory, trajectory_id) is None:
        raise QuestionError("Dit traject bestaat niet (meer).")
    question = OwnQuestion(trajectory_id=trajectory_id)
    _fill(question, title=title, question_nl=question_nl, parent_question_nl=parent_question_nl,
          question_en=question_en, question_fr=question_fr, parent_question_en=parent_question_en,
          parent_question_fr=parent_question_fr, kind=kind)
    session.add(question)
    session.flush()
    return question


def update_question(
    session: DbSession,
    *,
    question_id: int,
    title: str,
    question_nl: str,
    parent_question_nl: str,
    question_en: str | None = None,
    question_fr: str | None = None,
    parent_question_en: str | None = None,
    parent_question_fr: str | None = None,
    kind: str = "open",
) -> OwnQuestion:
    """Change the wording; sessions that use the question show the new wording from now on."""
    question = _question(session, question_id)
    _fill(question, title=title, question_nl=question_nl, parent_question_nl=parent_question_nl,
          question_en=question_en, question_fr=question_fr, parent_question_en=parent_question_en,
          parent_question_fr=parent_question_fr, kind=kind)
    session.flush()
    return question


def delete_question(session: DbSession, *, question_id: int) -> None:
    """Remove an own question that has no answers yet, also from the agendas it was put on."""
    question = _question(session, question_id)
    key = key_of(question.id)
    on_agenda = session.scalars(select(SessionExercise).where(SessionExercise.exercise_key == key)).all()
    answered = session.scalar(
        select(func.count(Contribution.id)).where(Contribution.session_exercise_id.in_([e.id for e in on_agenda]))
    ) if on_agenda else 0
    if answered:
        raise QuestionError("Deze vraag heeft al antwoorden en blijft daarom bewaard. Pas ze aan als dat nodig is.")
    for exercise in on_agenda:
        meeting = exercise.session
        if meeting.current_exercise_id == exercise.id:
            meeting.current_exercise_id = None
        meeting.exercises.remove(exercise)
    session.delete(question)
    session.flush()


def questions(session: DbSession, *, trajectory_id: int) -> list[OwnQuestion]:
    """The trajectory's own questions, oldest first."""
    return list(session.scalars(select(OwnQuestion).where(OwnQuestion.trajectory_id == trajectory_id)
                                .order_by(OwnQuestion.id)))


def usage(session: DbSession, *, trajectory_id: int) -> dict[int, Usage]:
    """Per own question of the trajectory: the sessions that have it on their agenda and its answers."""
    rows = session.execute(
        select(SessionExercise.exercise_key, Session.title, func.count(Contribution.id))
        .join(Session, Session.id == SessionExercise.session_id)
        .outerjoin(Contribution, Contribution.session_exercise_id == SessionExercise.id)
        .where(Session.trajectory_id == trajectory_id, SessionExercise.exercise_key.startswith(KEY_PREFIX))
        .group_by(SessionExercise.id, SessionExercise.exercise_key, Session.title)
        .order_by(SessionExercise.id)
    )
    found: dict[int, Usage] = {}
    for key, title, answers in rows:
        question_id = id_of(key)
        earlier = found.get(question_id, Usage((), 0))
        found[question_id] = Usage((*earlier.sessions, title), earlier.answers + answers)
    return found


def _question(session: DbSession, question_id: int) -> OwnQuestion:
    question = session.get(OwnQuestion, question_id)
    if question is None:
        raise QuestionError("Deze vraag bestaat niet (meer).")
    return question
