"""Trajectories: one per gemeente and policy period, with its stuurgroep (roadmap steps 1 and 3).

The omgevingsanalyse (step 2) has its own module, facilitation/omgevingsanalyse.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from sqlalchemy import func, select
from sqlalchemy.orm import Session as DbSession

from facilitation import text
from facilitation.models import (
    MemberRole,
    ParticipationMode,
    Session,
    SessionState,
    StuurgroepMember,
    Trajectory,
)

MEMBER_ROLE_LABELS: dict[MemberRole, str] = {
    MemberRole.EXTERNE_BEGELEIDER: "Externe begeleider",
    MemberRole.COORDINATOR: "Lokale coördinator kinderarmoede",
    MemberRole.VOORZITTER: "Voorzitter",
    MemberRole.SCHEPEN: "Schepen",
    MemberRole.MEDEWERKER: "Medewerker gemeente of OCMW",
    MemberRole.PARTNER: "Partnerorganisatie",
    MemberRole.OUDER: "Ouder",
    MemberRole.ERVARINGSDESKUNDIGE: "Ervaringsdeskundige",
    MemberRole.VERTROUWENSPERSOON: "Vertrouwenspersoon",
}

MODE_LABELS: dict[ParticipationMode, str] = {
    ParticipationMode.DIRECT: "Rechtstreeks: ouders zitten in elke stuurgroep",
    ParticipationMode.INDIRECT: "Onrechtstreeks: een apart oudertraject",
}

# The sectors of partner organisations the screens suggest; any other sector may be typed.
SECTORS = ("onderwijs", "welzijn", "gezondheid", "wonen", "vrije tijd", "kinderopvang", "werk", "andere")

# Seats that must never carry a detail that could point to one person: a count and a role only.
UNNAMED_ROLES = frozenset({MemberRole.OUDER, MemberRole.ERVARINGSDESKUNDIGE})
MAX_SEATS = 99
ORGANISATION_MAX = 160
SECTOR_MAX = 80


class TrajectoryError(ValueError):
    """A request about a trajectory that cannot be carried out; the message is for the user."""


@dataclass(frozen=True)
class TrajectorySummary:
    id: int
    gemeente: str
    period: str
    mode: ParticipationMode
    sessions: int
    open_sessions: int
    is_demo: bool


class Seat(NamedTuple):
    """One line of the stuurgroep's composition, as the documents print it."""

    role: str
    organisation: str | None  # with the sector in brackets for a partner organisation
    count: int


def _one_line(value: str | None, field: str) -> str:
    return text.clean(value, field=field, max_length=None, one_line=True, error=TrajectoryError)


def _whole_number(value: object, what: str) -> int:
    """A count typed or sent as a number; a Dutch refusal for anything else."""
    if isinstance(value, bool):
        raise TrajectoryError(f"Geef {what} als een heel getal.")
    try:
        number = int(value)
    except (TypeError, ValueError, OverflowError):
        raise TrajectoryError(f"Geef {what} als een heel getal.") from None
    if number != value and not isinstance(value, str):
        raise TrajectoryError(f"Geef {what} als een heel getal.")
    return number


def _checked_trajectory(
    session: DbSession, *, gemeente: str, period_start: int, period_end: int, own_id: int | None = None
) -> str:
    """The cleaned gemeente name, or a TrajectoryError saying what is wrong."""
    gemeente = _one_line(gemeente, "de naam van de gemeente")
    if not gemeente:
        raise TrajectoryError("Vul de naam van de gemeente in.")
    if len(gemeente) > 120:
        raise TrajectoryError("De naam van de gemeente is te lang (hoogstens 120 tekens).")
    if not 2000 <= period_start <= 2100 or not 2000 <= period_end <= 2100:
        raise TrajectoryError("Geef de beleidsperiode als jaartallen, bijvoorbeeld 2025 tot 2030.")
    if period_end < period_start:
        raise TrajectoryError("Het eindjaar van de beleidsperiode ligt vóór het beginjaar.")
    duplicate = select(Trajectory.id).where(
        func.lower(Trajectory.gemeente) == gemeente.lower(), Trajectory.period_start == period_start
    )
    if own_id is not None:
        duplicate = duplicate.where(Trajectory.id != own_id)
    if session.scalar(duplicate) is not None:
        raise TrajectoryError(f"Er bestaat al een traject voor {gemeente} vanaf {period_start}.")
    return gemeente


def create_trajectory(
    session: DbSession,
    *,
    gemeente: str,
    period_start: int,
    period_end: int,
    participation_mode: ParticipationMode = ParticipationMode.DIRECT,
    is_demo: bool = False,
) -> Trajectory:
    gemeente = _checked_trajectory(session, gemeente=gemeente, period_start=period_start, period_end=period_end)
    trajectory = Trajectory(
        gemeente=gemeente,
        period_start=period_start,
        period_end=period_end,
        participation_mode=participation_mode,
        is_demo=is_demo,
    )
    session.add(trajectory)
    session.flush()
    return trajectory


def update_trajectory(
    session: DbSession,
    *,
    trajectory_id: int,
    gemeente: str | None = None,
    period_start: int | None = None,
    period_end: int | None = None,
    participation_mode: ParticipationMode | None = None,
) -> Trajectory:
    """Change the gemeente's name, the policy period or how parents take part; None keeps a value.
    The same rules as for a new trajectory."""
    trajectory = _trajectory(session, trajectory_id)
    start = trajectory.period_start if period_start is None else period_start
    end = trajectory.period_end if period_end is None else period_end
    trajectory.gemeente = _checked_trajectory(
        session, gemeente=trajectory.gemeente if gemeente is None else gemeente,
        period_start=start, period_end=end, own_id=trajectory.id,
    )
    trajectory.period_start, trajectory.period_end = start, end
    if participation_mode is not None:
        trajectory.participation_mode = ParticipationMode(participation_mode)
    session.flush()
    return trajectory


def _trajectory(session: DbSession, trajectory_id: int) -> Trajectory:
    trajectory = session.get(Trajectory, trajectory_id)
    if trajectory is None:
        raise TrajectoryError("Dit traject bestaat niet (meer).")
    return trajectory


def list_trajectories(session: DbSession) -> list[TrajectorySummary]:
    """All trajectories, newest policy period first, with how many sessions each has."""
    counts = (
        select(
            Session.trajectory_id,
            func.count(Session.id).label("n"),
            func.count(Session.id).filter(Session.state == SessionState.OPEN).label("n_open"),
        )
        .group_by(Session.trajectory_id)
        .subquery()
    )
    rows = session.execute(
        select(Trajectory, counts.c.n, counts.c.n_open)
        .outerjoin(counts, counts.c.trajectory_id == Trajectory.id)
        .order_by(Trajectory.period_start.desc(), Trajectory.gemeente)
    )
    return [
        TrajectorySummary(
            id=t.id,
            gemeente=t.gemeente,
            period=f"{t.period_start}-{t.period_end}",
            mode=t.participation_mode,
            sessions=n or 0,
            open_sessions=n_open or 0,
            is_demo=t.is_demo,
        )
        for t, n, n_open in rows
    ]


def get_trajectory(session: DbSession, *, trajectory_id: int) -> Trajectory | None:
    return session.get(Trajectory, trajectory_id)


def _role(value: MemberRole | str | None) -> MemberRole:
    try:
        return MemberRole(value)
    except ValueError:
        raise TrajectoryError("Kies een rol.") from None


def _checked_seat(
    role: MemberRole, organisation: str | None, sector: str | None, count: int
) -> tuple[str | None, str | None, int]:
    """(organisation, sector, count) as they may be stored for this role."""
    count = _whole_number(count, "het aantal")
    if count < 1:
        raise TrajectoryError("Het aantal moet minstens 1 zijn.")
    if count > MAX_SEATS:
        raise TrajectoryError(f"Het aantal kan hoogstens {MAX_SEATS} zijn.")
    if role in UNNAMED_ROLES:
        return None, None, count  # no detail that could point to one parent
    organisation = _one_line(organisation, "de functie of organisatie") or None
    sector = (_one_line(sector, "de sector") or None) if role is MemberRole.PARTNER else None
    if role is MemberRole.PARTNER and organisation is None:
        raise TrajectoryError("Vul de naam van de partnerorganisatie in.")
    if organisation is not None and len(organisation) > ORGANISATION_MAX:
        raise TrajectoryError(f"De functie of organisatie is te lang (hoogstens {ORGANISATION_MAX} tekens).")
    if sector is not None and len(sector) > SECTOR_MAX:
        raise TrajectoryError(f"De sector is te lang (hoogstens {SECTOR_MAX} tekens).")
    return organisation, sector, count


def _parent_seats(session: DbSession, trajectory_id: int) -> list[StuurgroepMember]:
    return list(session.scalars(
        select(StuurgroepMember).where(
            StuurgroepMember.trajectory_id == trajectory_id, StuurgroepMember.role == MemberRole.OUDER
        ).order_by(StuurgroepMember.id)
    ))


def _parent_seat(session: DbSession, trajectory_id: int, *, other_than: int | None = None) -> StuurgroepMember | None:
    """The one line of parents (another seat than `other_than`), if there is one."""
    return next((seat for seat in _parent_seats(session, trajectory_id) if seat.id != other_than), None)


def _member(session: DbSession, member_id: int) -> StuurgroepMember:
    member = session.get(StuurgroepMember, member_id)
    if member is None:
        raise TrajectoryError("Dit lid van de stuurgroep bestaat niet (meer).")
    return member


def add_member(
    session: DbSession,
    *,
    trajectory_id: int,
    role: MemberRole,
    organisation: str | None = None,
    count: int = 1,
    sector: str | None = None,
) -> StuurgroepMember:
    """Add a seat in the stuurgroep. Parents are counted, never named: their seats are one line,
    a second addition of parents adds to its count."""
    role = _role(role)
    _trajectory(session, trajectory_id)
    organisation, sector, count = _checked_seat(role, organisation, sector, count)
    if role is MemberRole.OUDER and (parents := _parent_seat(session, trajectory_id)) is not None:
        _checked_seat(role, None, None, parents.count + count)
        parents.count += count
        session.flush()
        return parents
    member = StuurgroepMember(trajectory_id=trajectory_id, role=role, organisation=organisation, sector=sector,
                              count=count)
    session.add(member)
    session.flush()
    return member


def update_member(
    session: DbSession,
    *,
    member_id: int,
    role: MemberRole,
    organisation: str | None = None,
    count: int = 1,
    sector: str | None = None,
) -> StuurgroepMember:
    """Change a seat: its role, function or organisation, sector and number of people."""
    member = _member(session, member_id)
    role = _role(role)
    organisation, sector, count = _checked_seat(role, organisation, sector, count)
    parents = _parent_seat(session, member.trajectory_id, other_than=member.id) if role is MemberRole.OUDER else None
    if parents is not None:  # one line of parents: this seat joins it
        _checked_seat(role, None, None, parents.count + count)
        parents.count += count
        session.delete(member)
        session.flush()
        return parents
    member.role, member.organisation, member.sector, member.count = role, organisation, sector, count
    session.flush()
    return member


def remove_member(session: DbSession, *, member_id: int) -> None:
    session.delete(_member(session, member_id))
    session.flush()


def parent_count(session: DbSession, *, trajectory_id: int) -> int:
    """How many parents sit in the stuurgroep (ervaringsdeskundigen not included)."""
    return sum(seat.count for seat in _parent_seats(session, trajectory_id))


def set_parent_count(session: DbSession, *, trajectory_id: int, count: int) -> int:
    """The number of parents in the stuurgroep, as one line without any detail; 0 removes it."""
    _trajectory(session, trajectory_id)
    count = _whole_number(count, "het aantal ouders")
    if count < 0:
        raise TrajectoryError("Het aantal ouders kan niet negatief zijn.")
    keep, *extra = _parent_seats(session, trajectory_id) or [None]
    for seat in extra:
        session.delete(seat)
    if count == 0:
        if keep is not None:
            session.delete(keep)
    elif keep is None:
        add_member(session, trajectory_id=trajectory_id, role=MemberRole.OUDER, count=count)
    else:
        _checked_seat(MemberRole.OUDER, None, None, count)
        keep.count = count
    session.flush()
    return count


def members(session: DbSession, *, trajectory_id: int) -> list[StuurgroepMember]:
    """The seats of the stuurgroep in the roadmap's order of roles."""
    seats = session.scalars(select(StuurgroepMember).where(StuurgroepMember.trajectory_id == trajectory_id)).all()
    order = list(MemberRole)
    return sorted(seats, key=lambda m: (order.index(m.role), (m.organisation or "").lower(), m.id))


def composition(session: DbSession, *, trajectory_id: int) -> list[Seat]:
    """The stuurgroep as (role label, organisation, count), in the roadmap's order of roles; a
    partner organisation carries its sector in brackets, "CAW (welzijn)"."""
    return [
        Seat(MEMBER_ROLE_LABELS[m.role],
             f"{m.organisation} ({m.sector})" if m.organisation and m.sector else m.organisation,
             m.count)
        for m in members(session, trajectory_id=trajectory_id)
    ]


def composition_hints(session: DbSession, *, trajectory_id: int) -> list[str]:
    """What the roadmap asks of a stuurgroep that this one does not have yet, in plain Dutch."""
    trajectory = _trajectory(session, trajectory_id)
    seats = members(session, trajectory_id=trajectory_id)
    roles = {m.role for m in seats}
    parents = sum(m.count for m in seats if m.role is MemberRole.OUDER)
    hints = []
    if MemberRole.VOORZITTER not in roles:
        hints.append("Er is nog geen voorzitter (de OCMW-voorzitter, de burgemeester of een schepen).")
    if trajectory.participation_mode is ParticipationMode.DIRECT and parents == 0:
        hints.append("Ouders nemen rechtstreeks deel, maar er zitten nog geen ouders in de stuurgroep.")
    elif trajectory.participation_mode is ParticipationMode.DIRECT and parents == 1:
        hints.append("Eén ouder staat er alleen voor: de roadmap vraagt meerdere ouders in de stuurgroep.")
    if MemberRole.VERTROUWENSPERSOON not in roles:
        hints.append("Nog geen vertrouwenspersoon: die herinnert ouders de dag voordien aan de vergadering "
                     "en vraagt achteraf hoe het ging.")
    if MemberRole.EXTERNE_BEGELEIDER not in roles:
        hints.append("Nog geen externe begeleider.")
    if MemberRole.COORDINATOR not in roles:
        hints.append("Nog geen lokale coördinator kinderarmoede.")
    return hints
