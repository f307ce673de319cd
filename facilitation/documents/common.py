"""What several documents read and write the same way: session names, the trajectory's domains,
counts that respect the anonymity rule, attendance by role, vote results as a table and a chart,
indicators and timings in words."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession
from sqlalchemy.orm import selectinload

from facilitation import evaluation, goal, vote
from facilitation import session as meetings
from facilitation.anonymity import MIN_GROUP_SIZE, large_enough
from facilitation.documents.writer import NO_VALUE, DocumentError, DocumentWriter, dutch_date
from facilitation.models import (
    Domain,
    DomainSet,
    Goal,
    GoalLevel,
    IndicatorKind,
    MemberRole,
    ParticipantGroup,
    Session,
    Trajectory,
    VoteMethod,
)

PARENTS_LABEL = "Ouders"
OTHERS_LABEL = "Anderen"
GROUP_LABELS = {vote.PARENTS: PARENTS_LABEL, vote.OTHERS: OTHERS_LABEL}
SCORE_LABELS = {VoteMethod.DOTS: "Stippen", VoteMethod.RANKING: "Punten (rangorde)", VoteMethod.POINTS: "Punten"}
UNGROUPED = "Nog niet in een domein"
NO_DOMAIN = "Zonder domein"
INDICATOR_LABELS = {IndicatorKind.OUTPUT: "output", IndicatorKind.OUTCOME: "outcome"}
PARENT_ROLES = (MemberRole.OUDER, MemberRole.ERVARINGSDESKUNDIGE)
# Who came to a meeting, in words: (one, several).
ATTENDANCE_WORDS: dict[MemberRole, tuple[str, str]] = {
    MemberRole.EXTERNE_BEGELEIDER: ("externe begeleider", "externe begeleiders"),
    MemberRole.COORDINATOR: ("lokale coördinator", "lokale coördinatoren"),
    MemberRole.VOORZITTER: ("voorzitter", "voorzitters"),
    MemberRole.SCHEPEN: ("schepen", "schepenen"),
    MemberRole.MEDEWERKER: ("medewerker van gemeente of OCMW", "medewerkers van gemeente of OCMW"),
    MemberRole.PARTNER: ("iemand van een partnerorganisatie", "mensen van partnerorganisaties"),
    MemberRole.OUDER: ("ouder", "ouders"),
    MemberRole.ERVARINGSDESKUNDIGE: ("ervaringsdeskundige", "ervaringsdeskundigen"),
    MemberRole.VERTROUWENSPERSOON: ("vertrouwenspersoon", "vertrouwenspersonen"),
}


def plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def and_list(items: Iterable[str]) -> str:
    """"a", "a en b", "a, b en c"."""
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " en " + items[-1]


def session_label(meeting: Session) -> str:
    """"Stuurgroep 2", "Focusgroep", ..."""
    kind = meetings.KIND_LABELS[meeting.kind]
    return f"{kind} {meeting.number}" if meeting.number else kind


def session_name(meeting: Session) -> str:
    """"Stuurgroep 2: visie met een casus en een droom", without saying "Stuurgroep 2" twice."""
    label = session_label(meeting)
    return meeting.title if meeting.title.startswith(label) else f"{label}: {meeting.title}"


def trajectory_domains(db: DbSession, trajectory_id: int) -> dict[int, Domain]:
    """Every domain of the trajectory's domain sets, by id, in list order."""
    return {
        d.id: d
        for d in db.scalars(
            select(Domain).join(DomainSet).where(DomainSet.trajectory_id == trajectory_id)
            .order_by(Domain.domain_set_id, Domain.position, Domain.id)
        )
    }


def group_split(groups: Sequence[ParticipantGroup | None]) -> tuple[int, int] | None:
    """(parents, others) among self-declared groups, or None when either is under MIN_GROUP_SIZE:
    then no split exists at all, as with the vote results."""
    parents = sum(1 for g in groups if g is ParticipantGroup.OUDER)
    others = len(groups) - parents
    return (parents, others) if large_enough(parents) and large_enough(others) else None


def parent_seats(members: Iterable) -> int:
    """How many parents and ervaringsdeskundigen sit in a group (a stuurgroep or a werkgroep)."""
    return sum(m.count for m in members if m.role in PARENT_ROLES)


def attendance_text(counts: Mapping[MemberRole, int]) -> str:
    """"4 ouders, 2 schepenen en 1 lokale coördinator", or "niet ingevuld"."""
    if not counts:
        return NO_VALUE
    return and_list(plural(n, *ATTENDANCE_WORDS[role]) for role, n in counts.items())


# --- vote results -------------------------------------------------------------------------------------


def vote_table_rows(results: vote.Results, domains: dict[int, Domain]) -> tuple[list[str], list[list[object]]]:
    """The results as a table, best first: place, domain, score (and parents/others when split)."""
    header = ["Plaats", "Domein", SCORE_LABELS[results.method]]
    if results.by_group is not None:
        header += [GROUP_LABELS[vote.PARENTS], GROUP_LABELS[vote.OTHERS]]
    rows: list[list[object]] = []
    for place, domain_id in places(results):
        row: list[object] = [place, domains[domain_id].name if domain_id in domains else "?",
                             results.totals[domain_id]]
        if results.by_group is not None:
            row += [results.by_group[vote.PARENTS][domain_id], results.by_group[vote.OTHERS][domain_id]]
        rows.append(row)
    return header, rows


def places(results: vote.Results) -> list[tuple[int, int]]:
    """(place, domain id), best first; tied domains share a place."""
    found, place = [], 1
    for tied in results.ranking:
        found += [(place, domain_id) for domain_id in tied]
        place += len(tied)
    return found


TOO_FEW_BALLOTS = (f"Minder dan {MIN_GROUP_SIZE} stemmen: de uitslag staat niet in dit document, zodat niemand "
                   "herkenbaar is.")


def write_vote_results(writer: DocumentWriter, results: vote.Results, domains: dict[int, Domain]) -> None:
    """Table, note and chart of one round's results (the chart split only when by_group exists);
    with fewer than 3 ballots, only a sentence: one or two ballots would show how one person voted."""
    from facilitation.documents import charts

    if results.too_few:
        writer.paragraph(TOO_FEW_BALLOTS, italic=True)
        return
    header, rows = vote_table_rows(results, domains)
    writer.table(header, rows)
    if results.split_note:
        writer.paragraph(results.split_note, italic=True)
    ordered = [domain_id for _place, domain_id in places(results)]
    labels = [domains[d].name if d in domains else "?" for d in ordered]
    groups = None
    if results.by_group is not None:
        groups = {GROUP_LABELS[g]: [results.by_group[g][d] for d in ordered] for g in (vote.PARENTS, vote.OTHERS)}
    png = charts.vote_chart_png(labels, [results.totals[d] for d in ordered], groups=groups,
                                value_label=SCORE_LABELS[results.method], width_cm=writer.width_cm)
    writer.picture(png, caption="Uitslag van de stemming")


# --- indicators and timing ----------------------------------------------------------------------------


def number(value: float | None) -> str:
    """12.5 -> "12,5", 250.0 -> "250"."""
    if value is None:
        return ""
    return f"{value:g}".replace(".", ",")


def indicator_text(indicator: evaluation.IndicatorProgress | goal.IndicatorRow) -> str:
    """"Kinderen met een vrijetijdspas (output; begin 120 kinderen; laatste meting 210 kinderen op
    1 december 2026; doel 300 kinderen tegen 31 december 2027)"."""
    parts = [INDICATOR_LABELS[indicator.kind]]
    unit = f" {indicator.unit}" if indicator.unit else ""
    if indicator.baseline is not None:
        parts.append(f"begin {number(indicator.baseline)}{unit}")
    if indicator.latest is not None:
        parts.append(f"laatste meting {number(indicator.latest)}{unit} op {dutch_date(indicator.latest_on)}")
    if indicator.target is not None:
        deadline = f" tegen {dutch_date(indicator.deadline)}" if indicator.deadline else ""
        parts.append(f"doel {number(indicator.target)}{unit}{deadline}")
    return f"{indicator.name} ({'; '.join(parts)})"


def timing(start: dt.date | None, end: dt.date | None) -> str:
    if start and end:
        return f"{dutch_date(start)} tot {dutch_date(end)}"
    if start:
        return f"vanaf {dutch_date(start)}"
    if end:
        return f"tegen {dutch_date(end)}"
    return NO_VALUE


# --- what several documents read ----------------------------------------------------------------------


def trajectory_or_error(db: DbSession, trajectory_id: int) -> Trajectory:
    trajectory = db.get(Trajectory, trajectory_id)
    if trajectory is None:
        raise DocumentError("Dit traject bestaat niet (meer).")
    return trajectory


def strategic_goals(db: DbSession, trajectory_id: int) -> list[Goal]:
    """The strategic goals with their operational goals and actions loaded, oldest first."""
    return list(
        db.scalars(
            select(Goal)
            .where(Goal.trajectory_id == trajectory_id, Goal.level == GoalLevel.STRATEGISCH)
            .options(selectinload(Goal.children).selectinload(Goal.actions), selectinload(Goal.actions))
            .order_by(Goal.id)
        )
    )


def by_domain(items: Iterable, domains: dict[int, Domain]) -> list[tuple[int | None, list]]:
    """Items with a domain_id grouped per domain in list order; those without (or with a domain
    of another trajectory) last, under None."""
    grouped: dict[int | None, list] = {}
    for item in items:
        grouped.setdefault(item.domain_id if item.domain_id in domains else None, []).append(item)
    order = [d for d in domains if d in grouped] + ([None] if None in grouped else [])
    return [(d, grouped[d]) for d in order]
