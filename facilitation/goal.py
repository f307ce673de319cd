"""Goals and the action plan (roadmap steps 8-9): strategic goals per priority domain, operational
SMART goals under them, and actions with an owner, timing and indicators.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from facilitation.models import Action, ActionStatus, Goal, GoalLevel, Indicator, IndicatorKind


class GoalError(ValueError):
    """A goal or action that cannot be saved; the message is for the user."""


def _text(text: str, what: str) -> str:
    text = " ".join((text or "").split())
    if not text:
        raise GoalError(f"Vul {what} in.")
    return text


def add_strategic_goal(session: DbSession, *, trajectory_id: int, domain_id: int, text: str) -> Goal:
    goal = Goal(trajectory_id=trajectory_id, domain_id=domain_id, level=GoalLevel.STRATEGISCH,
                text=_text(text, "de strategische doelstelling"))
    session.add(goal)
    session.flush()
    return goal


def add_operational_goal(
    session: DbSession,
    *,
    parent_id: int,
    text: str,
    owner: str | None = None,
    deadline: dt.date | None = None,
) -> Goal:
    parent = session.get(Goal, parent_id)
    if parent is None or parent.level is not GoalLevel.STRATEGISCH:
        raise GoalError("Een operationele doelstelling hoort onder een strategische doelstelling.")
    goal = Goal(
        trajectory_id=parent.trajectory_id,
        domain_id=parent.domain_id,
        parent_id=parent.id,
        level=GoalLevel.OPERATIONEEL,
        text=_text(text, "de operationele doelstelling"),
        owner=owner,
        deadline=deadline,
    )
    session.add(goal)
    session.flush()
    return goal


def add_action(
    session: DbSession,
    *,
    goal_id: int,
    what: str,
    owner: str | None = None,
    partners: str | None = None,
    start_on: dt.date | None = None,
    end_on: dt.date | None = None,
    status: ActionStatus = ActionStatus.GEPLAND,
) -> Action:
    if start_on and end_on and end_on < start_on:
        raise GoalError("De einddatum van de actie ligt vóór de startdatum.")
    action = Action(goal_id=goal_id, what=_text(what, "wat de actie inhoudt"), owner=owner,
                    partners=partners, start_on=start_on, end_on=end_on, status=status)
    session.add(action)
    session.flush()
    return action


def add_indicator(
    session: DbSession,
    *,
    kind: IndicatorKind,
    name: str,
    goal_id: int | None = None,
    action_id: int | None = None,
    unit: str | None = None,
    baseline: float | None = None,
    target: float | None = None,
) -> Indicator:
    if (goal_id is None) == (action_id is None):
        raise GoalError("Een indicator hoort bij één doelstelling of één actie.")
    indicator = Indicator(kind=kind, name=_text(name, "de naam van de indicator"), goal_id=goal_id,
                          action_id=action_id, unit=unit, baseline=baseline, target=target)
    session.add(indicator)
    session.flush()
    return indicator


def goals(session: DbSession, *, trajectory_id: int) -> list[Goal]:
    """Strategic goals with their operational goals (children), in the order they were made."""
    return list(
        session.scalars(
            select(Goal)
            .where(Goal.trajectory_id == trajectory_id, Goal.level == GoalLevel.STRATEGISCH)
            .order_by(Goal.id)
        )
    )
