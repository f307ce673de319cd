"""Own questions (roadmap steps 7-8): a facilitator writes a question of their own for a focus
group or a werkgroep, with a wording for the group and a plain wording for parents (Dutch
required, English and French optional), and uses it in a session like a catalogue exercise.

An own question lives in the trajectory that wrote it, under the exercise key "eigen-<id>";
catalogue_for() gives the shipped catalogue with the trajectory's own questions added, so every
screen and document that looks up an exercise by its key finds both.
"""

from __future__ import annotations

import dataclasses

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from facilitation.exercises import Catalogue, Exercise, Text, catalogue
from facilitation.models import OwnQuestion

KEY_PREFIX = "eigen-"
ROADMAP_STEP = "focusgroep"


def key_of(question_id: int) -> str:
    return f"{KEY_PREFIX}{question_id}"


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
