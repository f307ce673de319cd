"""Goals and the action plan (roadmap steps 8-10): strategic goals per priority domain, operational
SMART goals under them, actions with an owner, timing and indicators, and measurements over time.

Every goal can name what inspired it: contributions and essential elements of the sessions. Those
sources are shown anonymously (text and meeting only) and only while the contribution is visible:
what moderation hides, or what still waits for approval, is never shown as a source; unhiding it
shows it again, because the link itself is kept.

Two people may edit the same goal or action at once. Each save says which version it started
from; when someone else saved in between, nothing is written and a Conflict carries both texts,
theirs (as stored now) and yours, so the page can show both and nobody's words are lost.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, NamedTuple

from sqlalchemy import or_, select
from sqlalchemy.orm import Session as DbSession
from sqlalchemy.orm import aliased, selectinload

from facilitation import smart
from facilitation.text import LONG_TEXT, clean, optional
from facilitation.domain import CONTRIBUTION, ELEMENT
from facilitation.models import (
    Action,
    ActionStatus,
    Contribution,
    Domain,
    EssentialElement,
    Goal,
    GoalLevel,
    GoalSource,
    Indicator,
    IndicatorKind,
    Measurement,
    Session,
    SessionExercise,
    Trajectory,
)

STATUS_LABELS: dict[ActionStatus, str] = {
    ActionStatus.GEPLAND: "gepland",
    ActionStatus.BEZIG: "bezig",
    ActionStatus.KLAAR: "klaar",
    ActionStatus.UITGESTELD: "uitgesteld",
}

# The fields of an action that update_action may change.
ACTION_FIELDS = ("what", "owner", "partners", "start_on", "end_on", "means", "expected_result", "status")


class GoalError(ValueError):
    """A goal or action that cannot be saved; the message is for the user."""


class Conflict(GoalError):
    """Someone else saved this goal or action after you opened it. Nothing was written.

    ``theirs`` is the text as stored now, ``yours`` the text you tried to save; ``their_fields`` and
    ``your_fields`` hold every field, so the page can show both versions side by side.
    ``their_version`` is the version to send with the next save. A refused delete
    (``deleting=True``) says nothing was deleted; its two versions are the same stored one.
    """

    def __init__(
        self,
        *,
        what: str,
        theirs: str,
        yours: str,
        their_version: int,
        your_version: int,
        their_fields: Mapping[str, Any],
        your_fields: Mapping[str, Any],
        deleting: bool = False,
    ) -> None:
        if deleting:
            advice = ("Er is niets verwijderd. Bekijk hun versie en verwijder opnieuw als dat nog steeds de "
                      "bedoeling is.")
        else:
            advice = ("Er is niets overschreven: je ziet hun versie en jouw versie. Neem over wat je wilt houden "
                      "en bewaar opnieuw.")
        super().__init__(f"Iemand anders heeft deze {what} intussen aangepast. {advice}")
        self.theirs = theirs
        self.yours = yours
        self.their_version = their_version
        self.your_version = your_version
        self.their_fields = dict(their_fields)
        self.your_fields = dict(your_fields)


class _Keep:
    """The default of a field that a save leaves as it is."""

    def __repr__(self) -> str:
        return "KEEP"


KEEP: Any = _Keep()


def _text(value: str, what: str) -> str:
    cleaned = clean(value, field=what, max_length=LONG_TEXT, one_line=True, error=GoalError)
    if not cleaned:
        raise GoalError(f"Vul {what} in.")
    return cleaned


def _optional(value: str | None, what: str, max_length: int | None = LONG_TEXT) -> str | None:
    return optional(value, field=what, max_length=max_length, one_line=True, error=GoalError)


def _squash(value: str | None) -> str | None:
    """Text to compare or to check while it is typed (not stored): on one line, None if empty."""
    return " ".join((value or "").split()) or None


def _goal(session: DbSession, goal_id: int, *, for_update: bool = False) -> Goal:
    goal = session.get(Goal, goal_id, populate_existing=for_update, with_for_update=for_update)
    if goal is None:
        raise GoalError("Deze doelstelling bestaat niet (meer).")
    return goal


def _action(session: DbSession, action_id: int, *, for_update: bool = False) -> Action:
    action = session.get(Action, action_id, populate_existing=for_update, with_for_update=for_update)
    if action is None:
        raise GoalError("Deze actie bestaat niet (meer).")
    return action


def _status(status: ActionStatus | str) -> ActionStatus:
    try:
        return ActionStatus(status)
    except ValueError:
        labels = ", ".join(STATUS_LABELS.values())
        raise GoalError(f"Onbekende status. Kies uit: {labels}.") from None


def _check_dates(start_on: dt.date | None, end_on: dt.date | None) -> None:
    if start_on and end_on and end_on < start_on:
        raise GoalError("De einddatum van de actie ligt vóór de startdatum.")


# --- goals ----------------------------------------------------------------------------------------


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
    agreed_on: dt.date | None = None,
    agreed_by: str | None = None,
    means: str | None = None,
) -> Goal:
    """A SMART goal under a strategic goal. G: when the werkgroep agreed on it (``agreed_on``) and
    by which roles (``agreed_by``); R: who pulls it (``owner``) with which people and means."""
    parent = session.get(Goal, parent_id)
    if parent is None or parent.level is not GoalLevel.STRATEGISCH:
        raise GoalError("Een operationele doelstelling hoort onder een strategische doelstelling.")
    goal = Goal(
        trajectory_id=parent.trajectory_id,
        domain_id=parent.domain_id,
        parent_id=parent.id,
        level=GoalLevel.OPERATIONEEL,
        text=_text(text, "de operationele doelstelling"),
    )
    _set_goal_fields(goal, {"owner": owner, "deadline": deadline, "agreed_on": agreed_on, "agreed_by": agreed_by,
                            "means": means})
    session.add(goal)
    session.flush()
    return goal


# The fields of a goal besides its text, with the longest text each may hold.
GOAL_FIELDS = {"owner": 160, "deadline": None, "agreed_on": None, "agreed_by": 240, "means": None}
_FIELD_NAMES = {"owner": "de trekker", "agreed_by": "wie het afsprak", "means": "de mensen en middelen"}


def _set_goal_fields(goal: Goal, fields: Mapping[str, Any]) -> None:
    for name, value in fields.items():
        longest = GOAL_FIELDS[name]
        if name in ("deadline", "agreed_on"):
            if value is not None and not isinstance(value, dt.date):
                raise GoalError("Vul een geldige datum in.")
        else:
            value = _optional(value, _FIELD_NAMES[name], max_length=None if longest else LONG_TEXT)
            if longest and value and len(value) > longest:
                raise GoalError(f"Houd {_FIELD_NAMES[name]} korter dan {longest} tekens.")
        setattr(goal, name, value)


def _goal_fields(goal: Goal) -> dict[str, Any]:
    return {"text": goal.text} | {name: getattr(goal, name) for name in GOAL_FIELDS}


def _what(goal: Goal) -> str:
    return "strategische doelstelling" if goal.level is GoalLevel.STRATEGISCH else "operationele doelstelling"


def update_goal(
    session: DbSession,
    *,
    goal_id: int,
    expected_version: int,
    text: str | None = None,
    owner: str | None = KEEP,
    deadline: dt.date | None = KEEP,
    agreed_on: dt.date | None = KEEP,
    agreed_by: str | None = KEEP,
    means: str | None = KEEP,
) -> Goal:
    """Save a changed goal, if nobody else saved it since you read ``expected_version``.

    ``text`` None keeps the text; the other fields left out stay as they are, None clears them.
    When the stored version differs, nothing is written and Conflict carries both versions."""
    goal = _goal(session, goal_id, for_update=True)
    yours = _goal_fields(goal)
    if text is not None:
        yours["text"] = " ".join(text.split())
    changed = {name: value for name, value in
               {"owner": owner, "deadline": deadline, "agreed_on": agreed_on, "agreed_by": agreed_by,
                "means": means}.items() if value is not KEEP}
    yours |= changed
    if goal.version != expected_version:
        raise Conflict(what=_what(goal), theirs=goal.text, yours=yours["text"], their_version=goal.version,
                       your_version=expected_version, their_fields=_goal_fields(goal), your_fields=yours)
    goal.text = _text(yours["text"], f"de {_what(goal)}")
    _set_goal_fields(goal, changed)
    session.flush()
    return goal


def delete_goal(session: DbSession, *, goal_id: int, expected_version: int | None = None) -> None:
    """Delete a goal with everything under it: its operational goals, actions, indicators and
    measurements, and the links to its sources (the contributions themselves stay). With
    ``expected_version`` nothing is deleted (Conflict) when someone else saved the goal since."""
    goal = _goal(session, goal_id, for_update=True)
    if expected_version is not None and goal.version != expected_version:
        fields = _goal_fields(goal)
        raise Conflict(what=_what(goal), theirs=goal.text, yours=goal.text, their_version=goal.version,
                       your_version=expected_version, their_fields=fields, your_fields=fields, deleting=True)
    session.delete(goal)
    session.flush()


def goals(session: DbSession, *, trajectory_id: int, domain_id: int | None = None) -> list[Goal]:
    """Strategic goals with their operational goals (children), in the order they were made."""
    query = select(Goal).where(Goal.trajectory_id == trajectory_id, Goal.level == GoalLevel.STRATEGISCH)
    if domain_id is not None:
        query = query.where(Goal.domain_id == domain_id)
    return list(session.scalars(query.order_by(Goal.id)))


def smart_check(
    session: DbSession,
    *,
    goal_id: int,
    text: str | None = None,
    owner: str | None = KEEP,
    means: str | None = KEEP,
    deadline: dt.date | None = KEEP,
    agreed_on: dt.date | None = KEEP,
    agreed_by: str | None = KEEP,
) -> tuple[smart.Verdict, ...]:
    """The SMART letters of a stored goal: its text, owner, deadline, agreed_on and agreed_by, its
    means with the means of its actions, whether an indicator hangs on it, the trajectory's period.
    A field given here (what is being typed for it) wins over the stored one."""
    goal = _goal(session, goal_id)
    trajectory = session.get(Trajectory, goal.trajectory_id)
    stored = _goal_fields(goal)
    typed = {"owner": owner, "means": means, "deadline": deadline, "agreed_on": agreed_on, "agreed_by": agreed_by}
    fields = stored | {name: value for name, value in typed.items() if value is not KEEP}
    all_means = [m for m in [_squash(fields["means"]), *(a.means for a in goal.actions)] if m]
    linked = session.scalar(select(Indicator.id).where(Indicator.goal_id == goal.id).limit(1)) is not None
    return smart.check(
        goal.text if text is None else text,
        owner=fields["owner"],
        means="; ".join(dict.fromkeys(all_means)) or None,
        deadline=fields["deadline"],
        agreed_on=fields["agreed_on"],
        agreed_by=fields["agreed_by"],
        indicator_linked=linked,
        period_start=trajectory.period_start,
        period_end=trajectory.period_end,
    )


# --- sources: what inspired a goal ----------------------------------------------------------------


class Source(NamedTuple):
    """What inspired a goal, as shown to anyone: the words and the meeting, never who said them."""

    kind: str  # CONTRIBUTION or ELEMENT
    id: int
    text: str
    session_title: str


def _trajectory_of_contribution(session: DbSession, contribution_id: int) -> int | None:
    return session.scalar(
        select(Session.trajectory_id)
        .join(SessionExercise, SessionExercise.session_id == Session.id)
        .join(Contribution, Contribution.session_exercise_id == SessionExercise.id)
        .where(Contribution.id == contribution_id)
    )


def link_sources(
    session: DbSession,
    *,
    goal_id: int,
    contribution_ids: Iterable[int] = (),
    element_ids: Iterable[int] = (),
) -> list[GoalSource]:
    """Link contributions and essential elements of the same trajectory to a goal. A link that
    already exists is not made twice; the new links are returned."""
    goal = _goal(session, goal_id)
    existing = {
        (s.contribution_id, s.element_id)
        for s in session.scalars(select(GoalSource).where(GoalSource.goal_id == goal.id))
    }
    wanted: list[tuple[int | None, int | None]] = []
    for contribution_id in dict.fromkeys(contribution_ids):
        if session.get(Contribution, contribution_id) is None:
            raise GoalError("Deze bijdrage bestaat niet (meer).")
        if _trajectory_of_contribution(session, contribution_id) != goal.trajectory_id:
            raise GoalError("Deze bijdrage hoort bij een ander traject.")
        wanted.append((contribution_id, None))
    for element_id in dict.fromkeys(element_ids):
        element = session.get(EssentialElement, element_id)
        if element is None:
            raise GoalError("Dit essentiële element bestaat niet (meer).")
        if _trajectory_of_contribution(session, element.contribution_id) != goal.trajectory_id:
            raise GoalError("Dit essentiële element hoort bij een ander traject.")
        wanted.append((None, element_id))
    links = [GoalSource(goal_id=goal.id, contribution_id=c, element_id=e) for c, e in wanted
             if (c, e) not in existing]
    session.add_all(links)
    session.flush()
    return links


def unlink_source(
    session: DbSession, *, goal_id: int, contribution_id: int | None = None, element_id: int | None = None
) -> bool:
    """Remove the link between a goal and a contribution or an element; False if there was none."""
    if (contribution_id is None) == (element_id is None):
        raise GoalError("Kies één bijdrage of één essentieel element.")
    link = session.scalar(
        select(GoalSource).where(
            GoalSource.goal_id == goal_id,
            GoalSource.contribution_id == contribution_id if contribution_id is not None
            else GoalSource.element_id == element_id,
        )
    )
    if link is None:
        return False
    session.delete(link)
    session.flush()
    return True


def _visible(contribution):
    """Not hidden and approved; a duplicate merged into another answer only while that answer is
    visible too (the projector shows it only with that answer)."""
    lead = aliased(Contribution)
    leader_visible = (
        select(lead.id)
        .where(lead.id == contribution.merged_into_id, lead.hidden.is_(False), lead.approved.is_(True))
        .exists()
    )
    return (
        contribution.hidden.is_(False),
        contribution.approved.is_(True),
        or_(contribution.merged_into_id.is_(None), leader_visible),
    )


def sources(session: DbSession, *, goal_id: int) -> list[Source]:
    """What inspired the goal, in the order it was linked: only visible contributions and the
    essential elements of visible contributions, with the title of their meeting."""
    contributions = session.execute(
        select(GoalSource.id, Contribution.id, Contribution.text, Session.title)
        .join(Contribution, GoalSource.contribution_id == Contribution.id)
        .join(SessionExercise, Contribution.session_exercise_id == SessionExercise.id)
        .join(Session, SessionExercise.session_id == Session.id)
        .where(GoalSource.goal_id == goal_id, *_visible(Contribution))
    ).all()
    elements = session.execute(
        select(GoalSource.id, EssentialElement.id, EssentialElement.text, Session.title)
        .join(EssentialElement, GoalSource.element_id == EssentialElement.id)
        .join(Contribution, EssentialElement.contribution_id == Contribution.id)
        .join(SessionExercise, Contribution.session_exercise_id == SessionExercise.id)
        .join(Session, SessionExercise.session_id == Session.id)
        .where(GoalSource.goal_id == goal_id, *_visible(Contribution))
    ).all()
    rows = [(link, Source(CONTRIBUTION, i, text, title)) for link, i, text, title in contributions]
    rows += [(link, Source(ELEMENT, i, text, title)) for link, i, text, title in elements]
    return [source for _, source in sorted(rows)]


def candidate_sources(session: DbSession, *, trajectory_id: int) -> list[Source]:
    """Everything of the trajectory a goal may link to: each visible contribution followed by its
    essential elements, meeting by meeting."""
    contributions = session.execute(
        select(Contribution, Session.title)
        .join(SessionExercise, Contribution.session_exercise_id == SessionExercise.id)
        .join(Session, SessionExercise.session_id == Session.id)
        .where(Session.trajectory_id == trajectory_id, *_visible(Contribution))
        .options(selectinload(Contribution.elements))
        .order_by(Session.id, SessionExercise.position, Contribution.id)
    ).all()
    found: list[Source] = []
    for contribution, title in contributions:
        found.append(Source(CONTRIBUTION, contribution.id, contribution.text, title))
        found.extend(Source(ELEMENT, e.id, e.text, title) for e in contribution.elements)
    return found


# --- actions --------------------------------------------------------------------------------------


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
    means: str | None = None,
    expected_result: str | None = None,
) -> Action:
    _check_dates(start_on, end_on)
    _goal(session, goal_id)
    action = Action(goal_id=goal_id, what=_text(what, "wat de actie inhoudt"), start_on=start_on, end_on=end_on,
                    status=_status(status))
    _set_action_texts(action, {"owner": owner, "partners": partners, "means": means,
                               "expected_result": expected_result})
    session.add(action)
    session.flush()
    return action


# The optional texts of an action, with what the messages call them and the longest each may be.
ACTION_TEXTS = {"owner": ("de trekker", 160), "partners": ("de partners", LONG_TEXT),
                "means": ("de mensen en middelen", LONG_TEXT), "expected_result": ("het verwachte resultaat", LONG_TEXT)}


def _set_action_texts(action: Action, values: Mapping[str, str | None]) -> None:
    for name, value in values.items():
        what, longest = ACTION_TEXTS[name]
        value = _optional(value, what, max_length=None)
        if value and len(value) > longest:
            raise GoalError(f"Houd {what} korter dan {longest} tekens.")
        setattr(action, name, value)


def _action_fields(action: Action) -> dict[str, Any]:
    return {name: getattr(action, name) for name in ACTION_FIELDS}


def update_action(session: DbSession, *, action_id: int, expected_version: int, **fields: Any) -> Action:
    """Save changed fields of an action (any of ACTION_FIELDS), if nobody else saved it since you
    read ``expected_version``; otherwise nothing is written and Conflict carries both versions."""
    unknown = set(fields) - set(ACTION_FIELDS)
    if unknown:
        raise TypeError(f"update_action() got unknown fields: {', '.join(sorted(unknown))}")
    action = _action(session, action_id, for_update=True)
    yours = _action_fields(action) | fields
    if action.version != expected_version:
        raise Conflict(what="actie", theirs=action.what, yours=" ".join(str(yours["what"] or "").split()),
                       their_version=action.version, your_version=expected_version,
                       their_fields=_action_fields(action), your_fields=yours)
    _check_dates(yours["start_on"], yours["end_on"])
    action.what = _text(yours["what"], "wat de actie inhoudt")
    action.status = _status(yours["status"])
    _set_action_texts(action, {name: yours[name] for name in ACTION_TEXTS})
    action.start_on, action.end_on = yours["start_on"], yours["end_on"]
    session.flush()
    return action


def delete_action(session: DbSession, *, action_id: int, expected_version: int | None = None) -> None:
    """Delete an action with its indicators and measurements. With ``expected_version`` nothing is
    deleted (Conflict) when someone else saved the action since."""
    action = _action(session, action_id, for_update=True)
    if expected_version is not None and action.version != expected_version:
        fields = _action_fields(action)
        raise Conflict(what="actie", theirs=action.what, yours=action.what, their_version=action.version,
                       your_version=expected_version, their_fields=fields, your_fields=fields, deleting=True)
    session.delete(action)
    session.flush()


def set_action_status(
    session: DbSession, *, action_id: int, status: ActionStatus | str, expected_version: int | None = None
) -> Action:
    """Move an action to gepland, bezig, klaar or uitgesteld. With ``expected_version`` the change
    is refused (Conflict) when someone else saved the action in between."""
    status = _status(status)
    if expected_version is not None:
        return update_action(session, action_id=action_id, expected_version=expected_version, status=status)
    action = _action(session, action_id, for_update=True)
    action.status = status
    session.flush()
    return action


def action_owners(session: DbSession, *, trajectory_id: int) -> list[str]:
    """The owners of the trajectory's actions, for the filter of the action plan: one entry per
    owner however it was capitalised (the filter does not mind capitals either)."""
    owners = session.scalars(
        select(Action.owner).join(Goal, Action.goal_id == Goal.id)
        .where(Goal.trajectory_id == trajectory_id, Action.owner.is_not(None)).distinct()
    )
    spelled = {owner.casefold(): owner for owner in sorted(set(owners), reverse=True)}  # "OCMW" before "ocmw"
    return sorted(spelled.values(), key=str.casefold)


# --- the action plan ------------------------------------------------------------------------------


@dataclass(frozen=True)
class IndicatorRow:
    id: int
    kind: IndicatorKind
    name: str
    unit: str | None
    baseline: float | None
    target: float | None
    latest: float | None  # the most recent measurement
    latest_on: dt.date | None
    deadline: dt.date | None = None


@dataclass(frozen=True)
class ActionPlanRow:
    """One action of the action plan with the domain and goals it serves (seed 003: per domain and
    goal, which actions, who is responsible, timing, what is aimed at, expected results and how
    they are evaluated)."""

    domain_id: int | None
    domain: str
    strategic_goal_id: int
    strategic_goal: str
    goal_id: int | None  # the operational goal; None for an action right under a strategic goal
    goal: str | None
    action_id: int
    what: str
    owner: str | None
    partners: str | None
    start_on: dt.date | None
    end_on: dt.date | None
    means: str | None
    expected_result: str | None
    status: ActionStatus
    version: int
    indicators: tuple[IndicatorRow, ...]


def action_plan(
    session: DbSession,
    *,
    trajectory_id: int,
    domain_id: int | None = None,
    owner: str | None = None,
    status: ActionStatus | str | None = None,
) -> list[ActionPlanRow]:
    """The actions of a trajectory per domain and goal, filtered by domain, owner (as typed, not
    minding capitals or spaces) and status; ordered by domain, goal and start date."""
    parent = aliased(Goal)
    query = (
        select(Action, Goal, parent, Domain)
        .join(Goal, Action.goal_id == Goal.id)
        .outerjoin(parent, Goal.parent_id == parent.id)
        .outerjoin(Domain, Goal.domain_id == Domain.id)
        .where(Goal.trajectory_id == trajectory_id)
    )
    if domain_id is not None:
        query = query.where(Goal.domain_id == domain_id)
    if status is not None:
        query = query.where(Action.status == _status(status))
    rows = session.execute(query).all()
    wanted_owner = _squash(owner)
    if wanted_owner is not None:
        rows = [r for r in rows if (_squash(r[0].owner) or "").casefold() == wanted_owner.casefold()]
    indicators = _indicator_rows(session, [r[0].id for r in rows])
    plan = []
    for action, goal, strategic, domain in rows:
        operational = goal if strategic is not None else None
        strategic = strategic or goal
        plan.append(ActionPlanRow(
            domain_id=domain.id if domain else None,
            domain=domain.name if domain else "",
            strategic_goal_id=strategic.id,
            strategic_goal=strategic.text,
            goal_id=operational.id if operational else None,
            goal=operational.text if operational else None,
            action_id=action.id,
            what=action.what,
            owner=action.owner,
            partners=action.partners,
            start_on=action.start_on,
            end_on=action.end_on,
            means=action.means,
            expected_result=action.expected_result,
            status=action.status,
            version=action.version,
            indicators=tuple(indicators.get(action.id, ())),
        ))
    positions = {r[3].id: (r[3].position, r[3].id) for r in rows if r[3] is not None}
    plan.sort(key=lambda r: (
        r.domain_id is None, positions.get(r.domain_id, (0, 0)), r.strategic_goal_id, r.goal_id or 0,
        r.start_on is None, r.start_on or dt.date.min, r.action_id,
    ))
    return plan


def _indicator_rows(session: DbSession, action_ids: list[int]) -> dict[int, list[IndicatorRow]]:
    if not action_ids:
        return {}
    found = list(session.scalars(select(Indicator).where(Indicator.action_id.in_(action_ids)).order_by(Indicator.id)))
    latest: dict[int, Measurement] = {}
    if found:
        for m in session.scalars(
            select(Measurement)
            .where(Measurement.indicator_id.in_([i.id for i in found]))
            .order_by(Measurement.measured_on, Measurement.id)
        ):
            latest[m.indicator_id] = m
    rows: dict[int, list[IndicatorRow]] = {}
    for i in found:
        m = latest.get(i.id)
        rows.setdefault(i.action_id, []).append(IndicatorRow(
            i.id, i.kind, i.name, i.unit, i.baseline, i.target, m.value if m else None, m.measured_on if m else None,
            i.deadline,
        ))
    return rows
