"""Trajectories: one per gemeente and policy period, with its stuurgroep (roadmap steps 1-3)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session as DbSession

from facilitation.models import (
    ContextIndicator,
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


def create_trajectory(
    session: DbSession,
    *,
    gemeente: str,
    period_start: int,
    period_end: int,
    participation_mode: ParticipationMode = ParticipationMode.DIRECT,
    is_demo: bool = False,
) -> Trajectory:
    gemeente = " ".join(gemeente.split())
    if not gemeente:
        raise TrajectoryError("Vul de naam van de gemeente in.")
    if not 2000 <= period_start <= 2100 or not 2000 <= period_end <= 2100:
        raise TrajectoryError("Geef de beleidsperiode als jaartallen, bijvoorbeeld 2025 tot 2030.")
    if period_end < period_start:
        raise TrajectoryError("Het eindjaar van de beleidsperiode ligt vóór het beginjaar.")
    duplicate = session.scalar(
        select(Trajectory.id).where(
            func.lower(Trajectory.gemeente) == gemeente.lower(), Trajectory.period_start == period_start
        )
    )
    if duplicate is not None:
        raise TrajectoryError(f"Er bestaat al een traject voor {gemeente} vanaf {period_start}.")
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


def add_member(
    session: DbSession,
    *,
    trajectory_id: int,
    role: MemberRole,
    organisation: str | None = None,
    count: int = 1,
) -> StuurgroepMember:
    """Add a seat in the stuurgroep. Parents are counted, never named."""
    if count < 1:
        raise TrajectoryError("Het aantal moet minstens 1 zijn.")
    organisation = " ".join((organisation or "").split()) or None
    if role in (MemberRole.OUDER, MemberRole.ERVARINGSDESKUNDIGE):
        organisation = None  # no detail that could point to one parent
    member = StuurgroepMember(trajectory_id=trajectory_id, role=role, organisation=organisation, count=count)
    session.add(member)
    session.flush()
    return member


def composition(session: DbSession, *, trajectory_id: int) -> list[tuple[str, str | None, int]]:
    """The stuurgroep as (role label, organisation, count), in the roadmap's order of roles."""
    members = session.scalars(
        select(StuurgroepMember).where(StuurgroepMember.trajectory_id == trajectory_id)
    ).all()
    order = list(MemberRole)
    members = sorted(members, key=lambda m: (order.index(m.role), m.organisation or ""))
    return [(MEMBER_ROLE_LABELS[m.role], m.organisation, m.count) for m in members]


def add_context_indicator(
    session: DbSession,
    *,
    trajectory_id: int,
    name: str,
    year: int | None = None,
    unit: str | None = None,
    gemeente: float | None = None,
    arrondissement: float | None = None,
    provincie: float | None = None,
    vlaams_gewest: float | None = None,
    source: str | None = None,
) -> ContextIndicator:
    """An omgevingsanalyse figure, beside the arrondissement, the provincie and the Vlaams gewest."""
    name = " ".join((name or "").split())
    if not name:
        raise TrajectoryError("Geef de indicator een naam.")
    indicator = ContextIndicator(
        trajectory_id=trajectory_id, name=name, year=year, unit=unit, value_gemeente=gemeente,
        value_arrondissement=arrondissement, value_provincie=provincie, value_vlaams_gewest=vlaams_gewest,
        source=source,
    )
    session.add(indicator)
    session.flush()
    return indicator


def context_indicators(session: DbSession, *, trajectory_id: int) -> list[ContextIndicator]:
    return list(
        session.scalars(
            select(ContextIndicator).where(ContextIndicator.trajectory_id == trajectory_id).order_by(ContextIndicator.id)
        )
    )
