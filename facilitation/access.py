"""Who may open which trajectory: each municipality sealed off from the others.

A facilitator or coordinator opens only the trajectories they are assigned to (an admin assigns
them; whoever creates a trajectory on the screens belongs to it at once). An admin opens every
trajectory. An account that belongs to no trajectory sees none. The command line is the
installer's tool and is not checked here.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import ColumnElement, false, select, true
from sqlalchemy.orm import Session as DbSession

from facilitation import auth
from facilitation.models import Session, StaffAccount, StaffAssignment, StaffRole, Trajectory
from facilitation.session import normalise_join_code

REFUSED = ("Dit traject hoort niet bij jouw trajecten: je kunt het niet openen. "
           "Vraag een beheerder om je aan het traject toe te voegen.")


class AccessError(ValueError):
    """An assignment that cannot be made; the message is for the user."""


def is_admin(session: DbSession, *, username: str | None) -> bool:
    return bool(username) and session.scalar(
        select(StaffRole.role).join(StaffAccount)
        .where(StaffAccount.username == username, StaffRole.role == "admin")
    ) is not None


def trajectory_filter(session: DbSession, *, username: str | None) -> ColumnElement[bool]:
    """A condition on Trajectory for lists: `select(Trajectory).where(trajectory_filter(...))`
    gives only what this account may open."""
    if not username:
        return false()
    if is_admin(session, username=username):
        return true()
    return Trajectory.id.in_(
        select(StaffAssignment.trajectory_id).join(StaffAccount).where(StaffAccount.username == username)
    )


def visible_trajectory_ids(session: DbSession, *, username: str | None) -> set[int]:
    return set(session.scalars(select(Trajectory.id).where(trajectory_filter(session, username=username))))


def can_open(session: DbSession, *, username: str | None, trajectory_id: int | None) -> bool:
    if not username or trajectory_id is None:
        return False
    return session.scalar(
        select(Trajectory.id).where(Trajectory.id == trajectory_id, trajectory_filter(session, username=username))
    ) is not None


def can_open_session(session: DbSession, *, username: str | None, session_id: int) -> bool:
    trajectory_id = session.scalar(select(Session.trajectory_id).where(Session.id == session_id))
    return can_open(session, username=username, trajectory_id=trajectory_id)


def join_code_allowed(session: DbSession, *, username: str | None, code: str) -> bool | None:
    """Whether this account may open the session with this join code; None when no session has it."""
    canonical = normalise_join_code(code)
    trajectory_id = session.scalar(select(Session.trajectory_id).where(Session.join_code == canonical)) \
        if canonical else None
    if trajectory_id is None:
        return None
    return can_open(session, username=username, trajectory_id=trajectory_id)


def _account(session: DbSession, username: str) -> StaffAccount:
    account = auth.get_account(session, username=username)
    if account is None:
        raise AccessError(f"Er is geen account '{username}'.")
    return account


def assign(session: DbSession, *, username: str, trajectory_id: int) -> None:
    """This account belongs to this trajectory from now on (again: nothing changes)."""
    account = _account(session, username)
    if session.get(Trajectory, trajectory_id) is None:
        raise AccessError("Dit traject bestaat niet (meer).")
    if session.get(StaffAssignment, (account.id, trajectory_id)) is None:
        session.add(StaffAssignment(account_id=account.id, trajectory_id=trajectory_id))
        session.flush()


def unassign(session: DbSession, *, username: str, trajectory_id: int) -> None:
    """This account no longer opens this trajectory, from its next click on."""
    account = _account(session, username)
    assignment = session.get(StaffAssignment, (account.id, trajectory_id))
    if assignment is not None:
        session.delete(assignment)
        session.flush()


def set_trajectories(session: DbSession, *, username: str, trajectory_ids: list[int]) -> None:
    """This account belongs to exactly these trajectories (the admin's page)."""
    wanted = set(trajectory_ids or [])
    for trajectory_id in sorted(wanted - set(assigned_trajectory_ids(session, username=username))):
        assign(session, username=username, trajectory_id=trajectory_id)
    for trajectory_id in sorted(set(assigned_trajectory_ids(session, username=username)) - wanted):
        unassign(session, username=username, trajectory_id=trajectory_id)


def assigned_trajectory_ids(session: DbSession, *, username: str) -> list[int]:
    return list(session.scalars(
        select(StaffAssignment.trajectory_id).join(StaffAccount).where(StaffAccount.username == username)
        .order_by(StaffAssignment.trajectory_id)
    ))


@dataclass(frozen=True)
class AccountRow:
    username: str
    roles: list[str]
    trajectory_ids: list[int]


def accounts(session: DbSession) -> list[AccountRow]:
    """Every account with its roles and the trajectories it belongs to, by name."""
    assigned: dict[int, list[int]] = {}
    for account_id, trajectory_id in session.execute(
        select(StaffAssignment.account_id, StaffAssignment.trajectory_id).order_by(StaffAssignment.trajectory_id)
    ):
        assigned.setdefault(account_id, []).append(trajectory_id)
    return [AccountRow(a.username, auth.role_names(a), assigned.get(a.id, []))
            for a in session.scalars(select(StaffAccount).order_by(StaffAccount.username))]


def trajectory_labels(session: DbSession) -> dict[int, str]:
    """Every trajectory as "Gemeente 2025-2030", for the admin's choices."""
    rows = session.execute(select(Trajectory.id, Trajectory.gemeente, Trajectory.period_start, Trajectory.period_end)
                           .order_by(Trajectory.gemeente, Trajectory.period_start))
    return {i: f"{gemeente} {start}-{end}" for i, gemeente, start, end in rows}
