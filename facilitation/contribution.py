"""Contributions: what participants answer, from a phone, aloud (typed by the facilitator) or on
paper, with the essential elements of a casus or the essence of a droom; and their moderation.

Nothing in a contribution identifies the person who gave it. A phone has one answer per question,
which it may edit or withdraw while the question is open. What is hidden is never projected nor
exported; under pre-moderation an answer waits for approval before it is projected.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import bindparam, func, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session as DbSession
from sqlalchemy.orm import selectinload

from facilitation import text as typed
from facilitation.anonymity import display_order_key, large_enough
from facilitation.models import (
    Channel,
    Contribution,
    EssentialElement,
    ExerciseState,
    Participant,
    ParticipantGroup,
    SessionExercise,
)

MAX_LENGTH = 2000
MAX_ELEMENTS = 10


class ContributionError(ValueError):
    """An answer that cannot be accepted; the message is for the participant, in plain Dutch."""


@dataclass(frozen=True)
class ShownAnswer:
    """An answer as the projector shows it: text only, never who or when."""

    id: int
    text: str
    elements: tuple[str, ...]
    pinned: bool
    merged: int  # how many duplicates were merged into it


def clean_text(text: str | None) -> str:
    """Trim the text and refuse what is empty, too long or holds what cannot be stored."""
    if not typed.is_storable(text or ""):
        raise ContributionError("Je antwoord bevat een onzichtbaar teken dat we niet kunnen bewaren. "
                                "Typ je antwoord opnieuw.")
    text = (text or "").strip()
    if not text:
        raise ContributionError("Je antwoord is nog leeg. Schrijf iets, of sla de vraag over.")
    if len(text) > MAX_LENGTH:
        raise ContributionError(
            f"Je antwoord is te lang: {len(text)} tekens. Het mag hoogstens {MAX_LENGTH} tekens zijn."
        )
    return text


def _clean_elements(elements: Sequence[str]) -> list[str]:
    cleaned = [clean_text(e) for e in elements if e and e.strip()]
    if len(cleaned) > MAX_ELEMENTS:
        raise ContributionError(f"Geef hoogstens {MAX_ELEMENTS} elementen.")
    return cleaned


def _exercise(session: DbSession, exercise_id: int) -> SessionExercise:
    exercise = session.get(SessionExercise, exercise_id)
    if exercise is None:
        raise ContributionError("Deze vraag bestaat niet (meer).")
    return exercise


def add_contribution(
    session: DbSession,
    *,
    session_exercise_id: int,
    text: str,
    elements: Sequence[str] = (),
    channel: Channel = Channel.PHONE,
    participant_group: ParticipantGroup | None = None,
) -> Contribution:
    """Record an answer as given: typed in by the facilitator (said aloud, on paper) or imported."""
    _exercise(session, session_exercise_id)
    contribution = Contribution(
        session_exercise_id=session_exercise_id,
        text=clean_text(text),
        channel=channel,
        participant_group=participant_group,
    )
    contribution.elements = [EssentialElement(text=e, position=i) for i, e in enumerate(_clean_elements(elements))]
    session.add(contribution)
    session.flush()
    return contribution


# The phone's own reads, built once (SQLAlchemy then skips working out their cache keys per request).
_OWN_ANSWER = (select(Contribution)
               .where(Contribution.session_exercise_id == bindparam("exercise_id"),
                      Contribution.participant_id == bindparam("participant_id"))
               .options(selectinload(Contribution.elements)))
_ANSWERED = select(Contribution.session_exercise_id).where(
    Contribution.participant_id == bindparam("participant_id"),
    Contribution.session_exercise_id.in_(bindparam("exercise_ids", expanding=True)))


def own_answer(session: DbSession, *, session_exercise_id: int, participant_id: int) -> Contribution | None:
    return session.scalar(_OWN_ANSWER, {"exercise_id": session_exercise_id, "participant_id": participant_id})


def answered(session: DbSession, *, participant_id: int, session_exercise_ids: Sequence[int]) -> set[int]:
    """Which of these questions the participant has an answer to (the phone's done markers)."""
    if not session_exercise_ids:
        return set()
    return set(session.scalars(_ANSWERED, {"participant_id": participant_id,
                                           "exercise_ids": list(session_exercise_ids)}))


def answered_by(session: DbSession, *, session_exercise_ids: Sequence[int]) -> dict[int, set[int]]:
    """Per participant, which of these questions they answered: every phone's done markers at once."""
    done: dict[int, set[int]] = {}
    if session_exercise_ids:
        rows = session.execute(select(Contribution.participant_id, Contribution.session_exercise_id)
                               .where(Contribution.session_exercise_id.in_(list(session_exercise_ids)),
                                      Contribution.participant_id.is_not(None)))
        for participant_id, exercise_id in rows:
            done.setdefault(participant_id, set()).add(exercise_id)
    return done


@dataclass(frozen=True)
class PhoneAnswer:
    """What a phone sends for a question: ``elements`` None keeps the essential elements already given."""

    session_exercise_id: int
    participant_id: int
    text: str
    elements: Sequence[str] | None = None


def submit_answer(
    session: DbSession,
    *,
    session_exercise_id: int,
    participant_id: int,
    text: str,
    elements: Sequence[str] | None = None,
) -> Contribution:
    """A phone's answer: the first send creates it, a later send (an edit, a retry) replaces it.

    ``elements`` None keeps the essential elements already given; a list replaces them.
    """
    (stored,) = submit_answers(session, answers=[PhoneAnswer(session_exercise_id, participant_id, text, elements)])
    if isinstance(stored, ContributionError):
        raise stored
    return stored


def submit_answers(session: DbSession, *, answers: Sequence[PhoneAnswer]) -> list[Contribution | ContributionError]:
    """Many phones' answers at once, as `submit_answer` stores each, in order: per answer the
    contribution stored, or the ContributionError that refused it (the others are stored all the
    same). Read and written set-wise (one query for the exercises, one for the participants, one
    for their answers so far, one insert for the new ones), so storing a hundred answers asks the
    database about as often as storing one."""
    if not answers:
        return []
    exercises = {e.id: e for e in session.scalars(
        select(SessionExercise).where(SessionExercise.id.in_({a.session_exercise_id for a in answers}))
        .options(selectinload(SessionExercise.session)))}
    people = {p.id: p for p in session.scalars(
        select(Participant).where(Participant.id.in_({a.participant_id for a in answers})))}
    mine = {(c.session_exercise_id, c.participant_id): c for c in session.scalars(
        select(Contribution).where(Contribution.session_exercise_id.in_(list(exercises)),
                                   Contribution.participant_id.in_(list(people)))
        .options(selectinload(Contribution.elements)))}
    results: list[Contribution | ContributionError] = []
    new: list[Contribution] = []  # not added to the session: inserted below, all in one statement
    for answer in answers:
        try:
            results.append(_submit(answer, exercises, people, mine, new))
        except ContributionError as refused:
            results.append(refused)
    if not new:
        session.flush()
        return results
    try:
        with session.begin_nested():
            stored = _insert(session, new)
    except IntegrityError:
        # The same phone sending twice at once (two tabs, two server processes): one answer per
        # phone and question is a unique key, so the other send was first and this one replaces
        # it, as an edit would. Read again, the answers now find theirs.
        if any(session.scalar(_OWN_ANSWER, {"exercise_id": c.session_exercise_id,
                                            "participant_id": c.participant_id}) for c in new):
            return submit_answers(session, answers=answers)
        raise
    return [stored.get((x.session_exercise_id, x.participant_id), x) if isinstance(x, Contribution) else x
            for x in results]


def _insert(session: DbSession, new: list[Contribution]) -> dict[tuple[int, int], Contribution]:
    """New answers in one multi-row INSERT each for the answers and their elements (the ORM would
    insert them one by one on SQLite), then read back as the session's own objects."""
    rows = [{"session_exercise_id": c.session_exercise_id, "participant_id": c.participant_id, "channel": c.channel,
             "participant_group": c.participant_group, "text": c.text, "approved": c.approved,
             "updated_at": c.updated_at} for c in new]
    ids = {(exercise_id, participant_id): contribution_id for contribution_id, exercise_id, participant_id in
           session.execute(insert(Contribution).values(rows).returning(
               Contribution.id, Contribution.session_exercise_id, Contribution.participant_id))}
    elements = [{"contribution_id": ids[(c.session_exercise_id, c.participant_id)], "text": e.text,
                 "position": e.position} for c in new for e in c.elements]
    if elements:
        session.execute(insert(EssentialElement).values(elements))
    return {(c.session_exercise_id, c.participant_id): c for c in session.scalars(
        select(Contribution).where(Contribution.id.in_(list(ids.values())))
        .options(selectinload(Contribution.elements)))}


def _submit(answer: PhoneAnswer, exercises: dict[int, SessionExercise], people: dict[int, Participant],
            mine: dict[tuple[int, int], Contribution], new: list[Contribution]) -> Contribution:
    exercise = exercises.get(answer.session_exercise_id)
    if exercise is None:
        raise ContributionError("Deze vraag bestaat niet (meer).")
    participant = people.get(answer.participant_id)
    if participant is None or participant.session_id != exercise.session_id:
        raise ContributionError("We vinden je deelname niet meer. Scan de QR-code opnieuw.")
    if exercise.state is ExerciseState.WAITING:
        raise ContributionError("Deze vraag is nog niet open. Wacht even op de begeleider.")
    if exercise.state is not ExerciseState.OPEN:
        raise ContributionError("Deze vraag is gesloten. Je kunt niet meer antwoorden of aanpassen.")
    text = clean_text(answer.text)
    cleaned = None if answer.elements is None else _clean_elements(answer.elements)
    premoderated = exercise.session.premoderation
    key = (answer.session_exercise_id, answer.participant_id)
    contribution = mine.get(key)
    if contribution is None:
        first = Contribution(
            session_exercise_id=answer.session_exercise_id,
            participant_id=answer.participant_id,
            channel=Channel.PHONE,
            participant_group=participant.participant_group,
            text=text,
            approved=not premoderated,
        )
        first.elements = [EssentialElement(text=e, position=i) for i, e in enumerate(cleaned or [])]
        mine[key] = first
        new.append(first)
        return first
    changed = contribution.text != text
    contribution.text = text
    if cleaned is not None and cleaned != [e.text for e in contribution.elements]:
        contribution.elements = [EssentialElement(text=e, position=i) for i, e in enumerate(cleaned)]
        changed = True
    if changed:
        contribution.updated_at = dt.datetime.now(dt.UTC)
        if premoderated:
            contribution.approved = False  # what changed is checked again before it is projected
    return contribution


def withdraw_answer(session: DbSession, *, session_exercise_id: int, participant_id: int) -> bool:
    """A participant takes their own answer back while the question is open."""
    exercise = _exercise(session, session_exercise_id)
    if exercise.state is not ExerciseState.OPEN:
        raise ContributionError("Deze vraag is gesloten. Je antwoord kan niet meer weg.")
    contribution = own_answer(session, session_exercise_id=session_exercise_id, participant_id=participant_id)
    if contribution is None:
        return False
    session.delete(contribution)
    session.flush()
    return True


def _get(session: DbSession, contribution_id: int) -> Contribution:
    contribution = session.get(Contribution, contribution_id)
    if contribution is None:
        raise ContributionError("Deze bijdrage bestaat niet (meer).")
    return contribution


def set_hidden(session: DbSession, *, contribution_id: int, hidden: bool) -> Contribution:
    """Moderation: a hidden contribution is never projected and never exported."""
    contribution = _get(session, contribution_id)
    contribution.hidden = hidden
    session.flush()
    return contribution


def approve(session: DbSession, *, contribution_id: int) -> Contribution:
    contribution = _get(session, contribution_id)
    contribution.approved = True
    session.flush()
    return contribution


def set_pinned(session: DbSession, *, contribution_id: int, pinned: bool) -> Contribution:
    contribution = _get(session, contribution_id)
    contribution.pinned = pinned
    session.flush()
    return contribution


def merge(session: DbSession, *, duplicate_id: int, into_id: int) -> Contribution:
    """Merge a duplicate into another answer of the same question. Its text and elements stay its
    own (unmerge gives them back); the projector shows them with the answer it was merged into."""
    duplicate, target = _get(session, duplicate_id), _get(session, into_id)
    if duplicate.id == target.id or duplicate.session_exercise_id != target.session_exercise_id:
        raise ContributionError("Voeg alleen twee verschillende antwoorden op dezelfde vraag samen.")
    if target.merged_into_id == duplicate.id:
        target.merged_into_id = None  # merging back the other way round: the target leads now
    elif target.merged_into_id is not None:
        target = _get(session, target.merged_into_id)  # merged answers point at one leading answer
    for other in session.scalars(select(Contribution).where(Contribution.merged_into_id == duplicate.id)):
        other.merged_into_id = target.id
    duplicate.merged_into_id = target.id
    session.flush()
    return target


def unmerge(session: DbSession, *, contribution_id: int) -> Contribution:
    contribution = _get(session, contribution_id)
    contribution.merged_into_id = None
    session.flush()
    return contribution


def add_element(session: DbSession, *, contribution_id: int, text: str) -> EssentialElement:
    """The facilitator marks an essential element of a story ("wat maakte het verschil?")."""
    contribution = _get(session, contribution_id)
    element = EssentialElement(text=clean_text(text), position=len(contribution.elements))
    contribution.elements.append(element)
    session.flush()
    return element


def remove_element(session: DbSession, *, element_id: int) -> None:
    element = session.get(EssentialElement, element_id)
    if element is not None:
        session.delete(element)
        session.flush()


def _visible():
    return (
        Contribution.hidden.is_(False),
        Contribution.approved.is_(True),
        Contribution.merged_into_id.is_(None),
    )


def visible_contributions(session: DbSession, *, session_exercise_id: int) -> list[Contribution]:
    """What may be projected and exported: not hidden, approved, not merged into another."""
    return list(
        session.scalars(
            select(Contribution)
            .where(Contribution.session_exercise_id == session_exercise_id, *_visible())
            .options(selectinload(Contribution.elements))
            .order_by(Contribution.id)
        )
    )


def shown_answers(session: DbSession, *, session_exercise_id: int) -> list[ShownAnswer]:
    """The projector's answers: pinned first, then in a stable order unrelated to sending order."""
    contributions = visible_contributions(session, session_exercise_id=session_exercise_id)
    duplicates = session.scalars(
        select(Contribution)
        .where(
            Contribution.session_exercise_id == session_exercise_id,
            Contribution.merged_into_id.is_not(None),
            Contribution.hidden.is_(False),
            Contribution.approved.is_(True),
        )
        .options(selectinload(Contribution.elements))
        .order_by(Contribution.id)
    )
    merged: dict[int, list[Contribution]] = {}
    for duplicate in duplicates:
        merged.setdefault(duplicate.merged_into_id, []).append(duplicate)
    contributions.sort(key=lambda c: (not c.pinned, display_order_key(session_exercise_id, c.id)))
    return [
        ShownAnswer(
            c.id,
            c.text,
            tuple(e.text for item in [c, *merged.get(c.id, [])] for e in item.elements),
            c.pinned,
            len(merged.get(c.id, [])),
        )
        for c in contributions
    ]


def count_answers(session: DbSession, *, session_exercise_id: int) -> int:
    """How many answers came in (also those waiting for approval), without the hidden ones."""
    return session.scalar(
        select(func.count(Contribution.id)).where(
            Contribution.session_exercise_id == session_exercise_id, Contribution.hidden.is_(False)
        )
    )


def for_moderation(session: DbSession, *, session_exercise_id: int) -> list[Contribution]:
    """Every contribution of a question, hidden ones too, oldest first: the facilitator's list."""
    return list(
        session.scalars(
            select(Contribution)
            .where(Contribution.session_exercise_id == session_exercise_id)
            .options(selectinload(Contribution.elements))
            .order_by(Contribution.id)
        )
    )


def answers_per_group(session: DbSession, *, session_exercise_id: int) -> dict[ParticipantGroup | None, int | None]:
    """Visible answers per self-declared group ("Ik ben ..."), None where a group has fewer than
    MIN_GROUP_SIZE answers: such a figure could point to one person, so it is never computed out."""
    rows = session.execute(
        select(Contribution.participant_group, func.count(Contribution.id))
        .where(Contribution.session_exercise_id == session_exercise_id, *_visible())
        .group_by(Contribution.participant_group)
    ).all()
    return {group: (n if large_enough(n) else None) for group, n in rows}
