"""Evaluation (roadmap steps 9-10): output indicators (how many families were reached) and outcome
indicators (what effect), each linked to one goal or one action of the trajectory, measured over
time and compared with its target; and the signaalgroep's resultaatmeting ("wat kan/doet/durft/
wil/weet je nu meer/minder/anders dan voorheen?").

Progress is the share of the way from the starting value (the baseline, or else the first
measurement) to the target, whichever way the target lies: a baseline of 20, a target of 10 ("daalt
met 50%") and a latest measurement of 15 is 0.5. It is not cut off: 1.2 went past the target, a
negative share went the wrong way.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from facilitation.anonymity import large_enough
from facilitation.contribution import visible_contributions
from facilitation.goal import GoalError
from facilitation.text import LONG_TEXT, optional
from facilitation.models import (
    Action,
    Goal,
    Indicator,
    IndicatorKind,
    Measurement,
    ParticipantGroup,
    Session,
    SessionExercise,
    Trajectory,
)

RESULTAATMETING = "resultaatmeting"  # the exercise key of the resultaatmeting

INDICATOR_LABELS: dict[IndicatorKind, str] = {
    IndicatorKind.OUTPUT: "output (hoeveel bereikt)",
    IndicatorKind.OUTCOME: "outcome (welk effect)",
}

# The statuses of an indicator, in the words of the screen and the progress report.
REACHED = "doel bereikt"
ON_TRACK = "op schema"
BEHIND = "achter op schema"
OVERDUE = "deadline voorbij, doel niet bereikt"
NO_MEASUREMENT = "nog geen meting"
NO_TARGET = "geen streefwaarde"
STARTING_POINT = "enkel een beginmeting"
UNDER_WAY = "onderweg"
NO_PROGRESS = "nog geen vooruitgang"

NAME_MAX, UNIT_MAX = 240, 40  # the columns' lengths

# How far progress may lag behind the time that passed and still be "op schema".
TOLERANCE = 0.1


class EvaluationError(GoalError):
    """An indicator or measurement that cannot be saved; the message is for the user. A GoalError,
    as indicators belonged to facilitation.goal before."""


@dataclass(frozen=True)
class IndicatorProgress:
    """An indicator against its target, as the page and the yearly progress report show it."""

    id: int
    kind: IndicatorKind
    name: str
    unit: str | None
    baseline: float | None
    target: float | None
    deadline: dt.date | None
    goal_id: int | None
    action_id: int | None
    domain_id: int | None  # the domain of the goal or of the action's goal
    measurements: tuple[tuple[dt.date, float], ...]  # oldest first
    latest: float | None
    progress: float | None  # share of the way from baseline (or first measurement) to target
    status: str  # REACHED, ON_TRACK, BEHIND, OVERDUE, NO_MEASUREMENT, NO_TARGET, ...

    @property
    def latest_on(self) -> dt.date | None:
        return self.measurements[-1][0] if self.measurements else None


def _number(value: float | int | str | None, what: str) -> float | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        number = float(str(value).replace(",", ".")) if isinstance(value, str) else float(value)
    except (TypeError, ValueError):
        raise EvaluationError(f"Vul een getal in als {what}.") from None
    if not math.isfinite(number):
        raise EvaluationError(f"Vul een getal in als {what}.")
    return number


def _name(name: str | None) -> str:
    name = optional(name, field="de naam van de indicator", max_length=None, one_line=True, error=EvaluationError)
    if name is None:
        raise EvaluationError("Vul de naam van de indicator in.")
    if len(name) > NAME_MAX:
        raise EvaluationError(f"Houd de naam van de indicator korter dan {NAME_MAX} tekens.")
    return name


def _unit(unit: str | None) -> str | None:
    unit = optional(unit, field="de eenheid", max_length=None, one_line=True, error=EvaluationError)
    if unit and len(unit) > UNIT_MAX:
        raise EvaluationError(f"Houd de eenheid korter dan {UNIT_MAX} tekens (bv. 'kinderen', '%').")
    return unit


def _kind(kind: IndicatorKind | str) -> IndicatorKind:
    try:
        return IndicatorKind(kind)
    except ValueError:
        raise EvaluationError("Kies output of outcome als soort indicator.") from None


def _indicator(session: DbSession, indicator_id: int) -> Indicator:
    indicator = session.get(Indicator, indicator_id)
    if indicator is None:
        raise EvaluationError("Deze indicator bestaat niet (meer).")
    return indicator


def _trajectory_of(session: DbSession, *, goal_id: int | None, action_id: int | None) -> int:
    """The trajectory of the goal or action an indicator hangs on; refuses both, neither or a
    goal or action that is gone."""
    if (goal_id is None) == (action_id is None):
        raise EvaluationError("Een indicator hoort bij één doelstelling of één actie.")
    if goal_id is not None:
        goal = session.get(Goal, goal_id)
        if goal is None:
            raise EvaluationError("Deze doelstelling bestaat niet (meer).")
        return goal.trajectory_id
    action = session.get(Action, action_id)
    if action is None:
        raise EvaluationError("Deze actie bestaat niet (meer).")
    return action.goal.trajectory_id


def _fields(
    session: DbSession,
    *,
    trajectory_id: int | None,
    kind: IndicatorKind | str,
    name: str,
    goal_id: int | None,
    action_id: int | None,
    unit: str | None,
    baseline: float | None,
    target: float | None,
    deadline: dt.date | None,
) -> dict:
    owner = _trajectory_of(session, goal_id=goal_id, action_id=action_id)
    if trajectory_id is not None and owner != trajectory_id:
        raise EvaluationError("Deze doelstelling of actie hoort bij een ander traject.")
    if deadline is not None and not isinstance(deadline, dt.date):
        raise EvaluationError("Vul een geldige datum in als deadline.")
    return {
        "kind": _kind(kind),
        "name": _name(name),
        "goal_id": goal_id,
        "action_id": action_id,
        "unit": _unit(unit),
        "baseline": _number(baseline, "beginwaarde"),
        "target": _number(target, "streefwaarde"),
        "deadline": deadline,
    }


# --- indicators -----------------------------------------------------------------------------------


def add_indicator(
    session: DbSession,
    *,
    kind: IndicatorKind | str,
    name: str,
    goal_id: int | None = None,
    action_id: int | None = None,
    unit: str | None = None,
    baseline: float | None = None,
    target: float | None = None,
    deadline: dt.date | None = None,
    trajectory_id: int | None = None,
) -> Indicator:
    """An output or outcome indicator of one goal or one action. With ``trajectory_id`` (the
    screens always pass it) the goal or action must belong to that trajectory."""
    indicator = Indicator(**_fields(session, trajectory_id=trajectory_id, kind=kind, name=name, goal_id=goal_id,
                                    action_id=action_id, unit=unit, baseline=baseline, target=target,
                                    deadline=deadline))
    session.add(indicator)
    session.flush()
    return indicator


def update_indicator(
    session: DbSession,
    *,
    indicator_id: int,
    kind: IndicatorKind | str,
    name: str,
    goal_id: int | None = None,
    action_id: int | None = None,
    unit: str | None = None,
    baseline: float | None = None,
    target: float | None = None,
    deadline: dt.date | None = None,
    trajectory_id: int | None = None,
) -> Indicator:
    """Save every field of an indicator; its measurements stay."""
    indicator = _indicator(session, indicator_id)
    current = _trajectory_of(session, goal_id=indicator.goal_id, action_id=indicator.action_id)
    if trajectory_id is not None and current != trajectory_id:
        raise EvaluationError("Deze indicator hoort bij een ander traject.")
    fields = _fields(session, trajectory_id=current, kind=kind, name=name, goal_id=goal_id, action_id=action_id,
                     unit=unit, baseline=baseline, target=target, deadline=deadline)
    for field, value in fields.items():
        setattr(indicator, field, value)
    session.flush()
    return indicator


def delete_indicator(session: DbSession, *, indicator_id: int) -> None:
    """Remove an indicator with its measurements."""
    indicator = _indicator(session, indicator_id)
    session.execute(Measurement.__table__.delete().where(Measurement.indicator_id == indicator.id))
    session.delete(indicator)
    session.flush()


def indicators(session: DbSession, *, trajectory_id: int) -> list[Indicator]:
    """The indicators of a trajectory's goals and actions, in the order they were made."""
    on_goal = select(Indicator.id).join(Goal, Indicator.goal_id == Goal.id).where(Goal.trajectory_id == trajectory_id)
    on_action = (
        select(Indicator.id)
        .join(Action, Indicator.action_id == Action.id)
        .join(Goal, Action.goal_id == Goal.id)
        .where(Goal.trajectory_id == trajectory_id)
    )
    return list(session.scalars(
        select(Indicator).where(Indicator.id.in_(on_goal.union(on_action).scalar_subquery())).order_by(Indicator.id)
    ))


# --- measurements ---------------------------------------------------------------------------------


def add_measurement(
    session: DbSession,
    *,
    indicator_id: int,
    measured_on: dt.date,
    value: float,
    note: str | None = None,
) -> Measurement:
    """A value of an indicator on a date (a count of families reached, an effect measured)."""
    _indicator(session, indicator_id)
    if not isinstance(measured_on, dt.date):
        raise EvaluationError("Vul de datum van de meting in.")
    number = _number(value, "meetwaarde")
    if number is None:
        raise EvaluationError("Vul een getal in als meetwaarde.")
    note = optional(note, field="de opmerking", max_length=LONG_TEXT, one_line=True, error=EvaluationError)
    measurement = Measurement(indicator_id=indicator_id, measured_on=measured_on, value=number, note=note)
    session.add(measurement)
    session.flush()
    return measurement


def delete_measurement(session: DbSession, *, measurement_id: int) -> None:
    """Remove a wrong measurement."""
    measurement = session.get(Measurement, measurement_id)
    if measurement is None:
        raise EvaluationError("Deze meting bestaat niet (meer).")
    session.delete(measurement)
    session.flush()


def measurements(session: DbSession, *, indicator_id: int) -> list[Measurement]:
    """The measurements of an indicator, oldest first."""
    return list(
        session.scalars(
            select(Measurement)
            .where(Measurement.indicator_id == indicator_id)
            .order_by(Measurement.measured_on, Measurement.id)
        )
    )


# --- progress -------------------------------------------------------------------------------------


def _progress(start: float | None, latest: float | None, target: float | None) -> float | None:
    if start is None or latest is None or target is None:
        return None
    if target == start:
        return 1.0 if latest == target else None
    return (latest - start) / (target - start)


def _status(
    *,
    values: tuple[tuple[dt.date, float], ...],
    baseline: float | None,
    target: float | None,
    deadline: dt.date | None,
    progress: float | None,
    started_on: dt.date | None,
    today: dt.date,
) -> str:
    if not values:
        return NO_MEASUREMENT
    if target is None:
        return NO_TARGET
    if progress is not None and progress >= 1:
        return REACHED
    if baseline is None and len(values) == 1:
        return STARTING_POINT
    if deadline is not None and today > deadline:
        return OVERDUE
    if progress is None:
        return NO_PROGRESS
    if deadline is None or started_on is None or deadline <= started_on:
        return UNDER_WAY if progress > 0 else NO_PROGRESS
    latest_on = values[-1][0]
    expected = (latest_on - started_on).days / (deadline - started_on).days
    return ON_TRACK if progress >= expected - TOLERANCE else BEHIND


def indicator_progress(
    session: DbSession, *, trajectory_id: int, today: dt.date | None = None
) -> list[IndicatorProgress]:
    """Every indicator of the trajectory against its target, in the order they were made.

    "op schema" compares the share of the way with the share of the time from the start (the
    trajectory's first year for a baseline, else the first measurement) to the deadline, up to
    TOLERANCE behind."""
    today = today or dt.date.today()
    trajectory = session.get(Trajectory, trajectory_id)
    found = indicators(session, trajectory_id=trajectory_id)
    values: dict[int, list[tuple[dt.date, float]]] = {i.id: [] for i in found}
    if found:
        for m in session.scalars(
            select(Measurement)
            .where(Measurement.indicator_id.in_(list(values)))
            .order_by(Measurement.measured_on, Measurement.id)
        ):
            values[m.indicator_id].append((m.measured_on, m.value))
    period_start = dt.date(trajectory.period_start, 1, 1) if trajectory and trajectory.period_start else None
    rows = []
    for i in found:
        measured = tuple(values[i.id])
        latest = measured[-1][1] if measured else None
        if i.baseline is not None:
            start, started_on = i.baseline, period_start
        else:
            start, started_on = (measured[0][1], measured[0][0]) if measured else (None, None)
        progress = _progress(start, latest, i.target)
        goal = session.get(Action, i.action_id).goal if i.action_id is not None else session.get(Goal, i.goal_id)
        rows.append(IndicatorProgress(
            id=i.id, kind=i.kind, name=i.name, unit=i.unit, baseline=i.baseline, target=i.target,
            deadline=i.deadline, goal_id=i.goal_id, action_id=i.action_id, domain_id=goal.domain_id,
            measurements=measured, latest=latest, progress=progress,
            status=_status(values=measured, baseline=i.baseline, target=i.target, deadline=i.deadline,
                           progress=progress, started_on=started_on, today=today),
        ))
    return rows


# --- the resultaatmeting of the signaalgroep ------------------------------------------------------


def _resultaatmeting_contributions(session: DbSession, trajectory_id: int) -> list:
    exercise_ids = session.scalars(
        select(SessionExercise.id)
        .join(Session, SessionExercise.session_id == Session.id)
        .where(Session.trajectory_id == trajectory_id, SessionExercise.exercise_key == RESULTAATMETING)
    )
    found = [c for exercise_id in exercise_ids
             for c in visible_contributions(session, session_exercise_id=exercise_id)]
    return sorted(found, key=lambda c: (c.created_at, c.id))


def resultaatmeting(session: DbSession, *, trajectory_id: int) -> list[str]:
    """The visible answers to the resultaatmeting of every session of the trajectory, oldest
    first: text only, never who."""
    return [c.text for c in _resultaatmeting_contributions(session, trajectory_id)]


def resultaatmeting_per_group(session: DbSession, *, trajectory_id: int) -> dict[ParticipantGroup | None, int]:
    """How many visible answers each self-declared group gave to the resultaatmeting, only for
    groups of at least MIN_GROUP_SIZE answers (a smaller figure could point to one person)."""
    counts = Counter(c.participant_group for c in _resultaatmeting_contributions(session, trajectory_id))
    return {group: n for group, n in counts.items() if large_enough(n)}
