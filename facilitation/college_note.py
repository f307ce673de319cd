"""What the coordinator carries to the college van burgemeester en schepenen, and what goes back to
the parents.

- The note to the college (nota aan het college): the visie and missie, the priority domains and
  why (the vote), the SMART goals, the action plan as a table, the parents' part in it (counts
  only) and a decision proposal ("Het college neemt kennis van ... en keurt ... goed").
- An easy-read page for parents, "Wat gebeurde er met jullie inbreng?": A2 Dutch, short
  sentences, one page, with a QR code to SAMENSPRAAK_PUBLIC_URL.

The vision is read from its saved versions: the approved one, else the newest draft. Goals,
actions and indicators are read as saved. Both documents use the template of facilitation.minutes.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import segno
from docx.enum.section import WD_ORIENT
from docx.shared import Cm, Pt
from sqlalchemy import func, select
from sqlalchemy.orm import Session as DbSession
from sqlalchemy.orm import selectinload

from facilitation import attendance, config, goal, vision, vote
from facilitation import domain as domains_mod
from facilitation import session as meetings
from facilitation.anonymity import large_enough
from facilitation.minutes import (
    trajectory_domains,
    MONTHS,
    NO_VALUE,
    DocumentError,
    DocumentWriter,
    clean,
    dutch_date,
    group_split,
    parent_seats,
    session_label,
    write_vote_results,
)
from facilitation.models import (
    ActionStatus,
    Contribution,
    Domain,
    DomainSet,
    Goal,
    GoalLevel,
    Indicator,
    IndicatorKind,
    MemberRole,
    RoundState,
    Session,
    SessionExercise,
    SessionKind,
    SessionState,
    StuurgroepMember,
    Trajectory,
    VisionVersion,
    VoteRound,
    Werkgroep,
    WerkgroepMember,
)
from facilitation.trajectory import MODE_LABELS

STATUS_LABELS = {
    ActionStatus.GEPLAND: "gepland",
    ActionStatus.BEZIG: "bezig",
    ActionStatus.KLAAR: "klaar",
    ActionStatus.UITGESTELD: "uitgesteld",
}
INDICATOR_LABELS = {IndicatorKind.OUTPUT: "output", IndicatorKind.OUTCOME: "outcome"}
NO_DOMAIN = "Zonder domein"

FEEDBACK_TITLE = "Wat gebeurde er met jullie inbreng?"
FEEDBACK_SIZE = 13  # pt: large enough to read easily, small enough for one page
FEEDBACK_MAX_DOMAINS = 3
FEEDBACK_MAX_ACTIONS = 4
FEEDBACK_TEXT_MAX = 110  # characters of an action on the feedback page


# --- what the documents read --------------------------------------------------------------------------


def current_vision(db: DbSession, *, trajectory_id: int) -> VisionVersion | None:
    """The approved version of the vision, else the newest draft."""
    return vision.current(db, trajectory_id=trajectory_id)


def _trajectory(db: DbSession, trajectory_id: int) -> Trajectory:
    trajectory = db.get(Trajectory, trajectory_id)
    if trajectory is None:
        raise DocumentError("Dit traject bestaat niet (meer).")
    return trajectory


def deciding_round(db: DbSession, *, trajectory_id: int, priority_ids: Sequence[int] = ()) -> VoteRound | None:
    """The vote the priority domains came from: the newest closed round of a stuurgroep (else of any
    session) on the list of domains that holds the priority domains."""
    rounds = db.execute(
        select(VoteRound, Session.kind)
        .join(SessionExercise, VoteRound.session_exercise_id == SessionExercise.id)
        .join(Session, SessionExercise.session_id == Session.id)
        .where(Session.trajectory_id == trajectory_id, VoteRound.state == RoundState.CLOSED)
        .order_by(VoteRound.id.desc())
    ).all()
    sets = set(db.scalars(select(Domain.domain_set_id).where(Domain.id.in_(list(priority_ids))))) if priority_ids else set()

    def rank(item):
        vote_round, kind = item
        return (vote_round.domain_set_id not in sets if sets else False, kind is not SessionKind.STUURGROEP)

    return min(rounds, key=rank)[0] if rounds else None  # min is stable: the newest among equals


def _parents_round(db: DbSession, *, trajectory_id: int) -> VoteRound | None:
    """The newest closed vote of the parallel parent track (an oudergroep), if there is one."""
    return db.scalar(
        select(VoteRound)
        .join(SessionExercise, VoteRound.session_exercise_id == SessionExercise.id)
        .join(Session, SessionExercise.session_id == Session.id)
        .where(Session.trajectory_id == trajectory_id, Session.kind == SessionKind.OUDERGROEP,
               VoteRound.state == RoundState.CLOSED)
        .order_by(VoteRound.id.desc()).limit(1)
    )


def _strategic_goals(db: DbSession, trajectory_id: int) -> list[Goal]:
    return list(
        db.scalars(
            select(Goal)
            .where(Goal.trajectory_id == trajectory_id, Goal.level == GoalLevel.STRATEGISCH)
            .options(selectinload(Goal.children).selectinload(Goal.actions), selectinload(Goal.actions))
            .order_by(Goal.id)
        )
    )


def _indicators(db: DbSession, *, goal_ids: Sequence[int] = (), action_ids: Sequence[int] = ()) -> dict:
    """Indicators by ("goal", id) and ("action", id)."""
    found: dict[tuple[str, int], list[Indicator]] = {}
    if not goal_ids and not action_ids:
        return found
    query = select(Indicator).where(
        Indicator.goal_id.in_(list(goal_ids)) | Indicator.action_id.in_(list(action_ids))
    ).order_by(Indicator.id)
    for indicator in db.scalars(query):
        key = ("goal", indicator.goal_id) if indicator.goal_id is not None else ("action", indicator.action_id)
        found.setdefault(key, []).append(indicator)
    return found


def _number(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:g}".replace(".", ",")


def indicator_text(indicator: Indicator) -> str:
    """"Aantal kinderen met een vrijetijdspas (output; nu 0, doel 250 kinderen)"."""
    parts = [INDICATOR_LABELS[indicator.kind]]
    unit = f" {indicator.unit}" if indicator.unit else ""
    if indicator.baseline is not None:
        parts.append(f"nu {_number(indicator.baseline)}{unit}")
    if indicator.target is not None:
        parts.append(f"doel {_number(indicator.target)}{unit}")
    return f"{indicator.name} ({'; '.join(parts)})"


def _timing(start: dt.date | None, end: dt.date | None) -> str:
    if start and end:
        return f"{dutch_date(start)} tot {dutch_date(end)}"
    if start:
        return f"vanaf {dutch_date(start)}"
    if end:
        return f"tegen {dutch_date(end)}"
    return NO_VALUE


def _month(day: dt.date) -> str:
    return f"{MONTHS[day.month - 1]} {day.year}"


def _and(items: Sequence[str]) -> str:
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " en " + items[-1]


def _session_name(meeting: Session) -> str:
    label = session_label(meeting)
    return meeting.title if meeting.title.startswith(label) else f"{label}: {meeting.title}"


@dataclass(frozen=True)
class Participation:
    """The parents' part, as counts only."""

    stuurgroep_parents: int
    werkgroep_parents: int
    sessions: list[tuple[str, dt.date | None, int | None]]  # held sessions: label, date, parents present
    answers: int
    split: tuple[int, int] | None  # (parents, others) among the answers, None under MIN_GROUP_SIZE


def participation(db: DbSession, *, trajectory_id: int) -> Participation:
    stuurgroep = db.scalars(select(StuurgroepMember).where(StuurgroepMember.trajectory_id == trajectory_id)).all()
    werkgroep = db.scalars(
        select(WerkgroepMember).join(Werkgroep).join(Domain, Werkgroep.domain_id == Domain.id)
        .join(DomainSet).where(DomainSet.trajectory_id == trajectory_id)
    ).all()
    held = [s for s in meetings.list_sessions(db, trajectory_id=trajectory_id) if s.state is not SessionState.PLANNED]
    groups = db.scalars(
        select(Contribution.participant_group)
        .join(SessionExercise, Contribution.session_exercise_id == SessionExercise.id)
        .join(Session, SessionExercise.session_id == Session.id)
        .where(Session.trajectory_id == trajectory_id, Contribution.hidden.is_(False),
               Contribution.approved.is_(True), Contribution.merged_into_id.is_(None))
    ).all()
    return Participation(
        stuurgroep_parents=parent_seats(stuurgroep),
        werkgroep_parents=parent_seats(werkgroep),
        sessions=[(_session_name(s), s.scheduled_on, attendance.parents_present(db, session_id=s.id)) for s in held],
        answers=len(groups),
        split=group_split(list(groups)),
    )


# --- the note to the college --------------------------------------------------------------------------


def _write_vision(writer: DocumentWriter, vision: VisionVersion | None) -> bool:
    writer.heading("Visie en missie", 1)
    if vision is None:
        writer.paragraph("De visie en de missie zijn nog niet geschreven.", italic=True)
        return False
    created = vision.created_at.date() if vision.created_at else None
    status = "goedgekeurd door de stuurgroep" if vision.approved else "ontwerp, nog niet goedgekeurd"
    writer.paragraph(f"Versie van {dutch_date(created)} ({status}).", italic=True)
    for title, text in (("Visie: wat willen we bereiken?", vision.visie_wat),
                        ("Visie: hoe werken we?", vision.visie_hoe), ("Missie", vision.missie)):
        writer.heading(title, 2)
        if text and text.strip():
            for block in clean(text).split("\n\n"):
                writer.paragraph(block)
        else:
            writer.paragraph(NO_VALUE, italic=True)
    return True


def _write_priorities(writer: DocumentWriter, db: DbSession, trajectory_id: int,
                      priorities: list[Domain], domains: dict[int, Domain]) -> None:
    writer.heading("Prioritaire domeinen en waarom", 1)
    if not priorities:
        writer.paragraph("De stuurgroep koos nog geen prioritaire domeinen.", italic=True)
        return
    writer.paragraph(
        "De stuurgroep stemde over de vraag: \u201eIn welke domeinen kunnen we direct voelbaar een groot verschil "
        "maken voor kinderen die het moeilijk hebben?\u201d Ze koos deze domeinen:"
    )
    vote_round = deciding_round(db, trajectory_id=trajectory_id, priority_ids=[d.id for d in priorities])
    results = vote.results(db, vote_round_id=vote_round.id) if vote_round is not None else None
    places = {}
    if results is not None:
        place = 1
        for tied in results.ranking:
            places.update(dict.fromkeys(tied, place))
            place += len(tied)
    counts: dict[int, int] = {}
    for set_id in {d.domain_set_id for d in priorities}:
        counts.update({d.id: n for d, n in domains_mod.domain_counts(db, domain_set_id=set_id)})
    rows = []
    for priority in priorities:
        kind = domains_mod.PRIORITY_LABELS.get(priority.priority_kind, "") if priority.priority_kind else ""
        in_vote = results is not None and priority.id in results.totals
        rows.append((priority.name, kind,
                     places.get(priority.id, "") if in_vote else "", results.totals[priority.id] if in_vote else "",
                     counts.get(priority.id, 0)))
    writer.table(["Domein", "Aanpak", "Plaats", "Score", "Bijdragen"], rows, widths_cm=[5.6, 3.8, 1.9, 1.9, 2.6])
    writer.paragraph(
        "Aanpak: een structureel/proactief domein pakt armoede bij de wortel aan; een milderend domein "
        "verzacht de gevolgen voor kinderen. De roadmap raadt aan om beide te doen. Plaats en score: in de "
        "stemming hieronder. Bijdragen: de antwoorden en essentiële elementen uit de bijeenkomsten die bij het "
        "domein horen.",
        italic=True,
    )
    if results is not None:
        meeting = db.get(SessionExercise, vote_round.session_exercise_id).session
        writer.heading("De stemming", 2)
        writer.paragraph(f"{session_label(meeting)} ({dutch_date(meeting.scheduled_on)}): "
                         f"{results.ballots} stemmen, telefoon en papier samen.")
        write_vote_results(writer, results, domains)


def _write_goals(writer: DocumentWriter, db: DbSession, trajectory_id: int, domains: dict[int, Domain]) -> int:
    writer.heading("SMART-doelstellingen", 1)
    goals = _strategic_goals(db, trajectory_id)
    if not goals:
        writer.paragraph("De werkgroepen schreven nog geen doelstellingen.", italic=True)
        return 0
    writer.paragraph("Per domein: de strategische doelstellingen (lange termijn) en daaronder de operationele, "
                     "SMART: specifiek, meetbaar, gezamenlijk afgesproken, realiseerbaar en tijdsgebonden.")
    operational_ids = [c.id for g in goals for c in g.children]
    indicators = _indicators(db, goal_ids=[g.id for g in goals] + operational_ids)
    by_domain: dict[int | None, list[Goal]] = {}
    for strategic in goals:
        by_domain.setdefault(strategic.domain_id if strategic.domain_id in domains else None, []).append(strategic)
    order = [d for d in domains if d in by_domain] + ([None] if None in by_domain else [])
    for domain_id in order:
        writer.heading(domains[domain_id].name if domain_id is not None else NO_DOMAIN, 2)
        for strategic in by_domain[domain_id]:
            paragraph = writer.paragraph()
            paragraph.add_run("Strategische doelstelling: ").bold = True
            paragraph.add_run(clean(strategic.text))
            for indicator in indicators.get(("goal", strategic.id), []):
                writer.bullet("Indicator: " + indicator_text(indicator))
            _write_sources(writer, db, strategic.id, level=1)
            children = sorted(strategic.children, key=lambda g: g.id)
            if not children:
                writer.bullet("Nog geen operationele doelstelling.")
            for operational in children:
                details = []
                if operational.owner:
                    details.append(f"trekker: {operational.owner}")
                if operational.deadline:
                    details.append(f"tegen {dutch_date(operational.deadline)}")
                writer.bullet(operational.text + (f" ({'; '.join(details)})" if details else ""))
                for indicator in indicators.get(("goal", operational.id), []):
                    writer.bullet("Indicator: " + indicator_text(indicator), level=2)
                _write_sources(writer, db, operational.id, level=2)
    return len(goals)


def _write_sources(writer: DocumentWriter, db: DbSession, goal_id: int, *, level: int) -> None:
    """What people said that inspired the goal: the words and the meeting, never who (goal.sources
    leaves out hidden contributions)."""
    for source in goal.sources(db, goal_id=goal_id):
        writer.bullet(f"Geïnspireerd door: “{source.text}” ({source.session_title})", level=level)


def _write_action_plan(writer: DocumentWriter, rows: list[goal.ActionPlanRow]) -> None:
    writer.orientation(WD_ORIENT.LANDSCAPE)
    writer.heading("Actieplan", 1)
    if not rows:
        writer.paragraph("Er zijn nog geen acties.", italic=True)
    else:
        writer.table(
            ["Domein", "Doelstelling", "Actie", "Trekker", "Partners", "Timing", "Verwacht resultaat", "Status"],
            [(r.domain or NO_DOMAIN, r.goal or r.strategic_goal, r.what, r.owner or "", r.partners or "",
              _timing(r.start_on, r.end_on), r.expected_result or "", STATUS_LABELS[r.status]) for r in rows],
            widths_cm=[2.8, 4.6, 4.2, 2.2, 3.0, 3.0, 3.2, 1.8],
        )
        writer.paragraph("Het volledige actieplan, met middelen en indicatoren, staat in het Excel-bestand.",
                         italic=True)
    writer.orientation(WD_ORIENT.PORTRAIT)


def _write_participation(writer: DocumentWriter, db: DbSession, trajectory: Trajectory) -> Participation:
    writer.heading("De inbreng van de ouders", 1)
    part = participation(db, trajectory_id=trajectory.id)
    writer.labelled("Hoe ouders deelnemen", MODE_LABELS[trajectory.participation_mode])
    writer.bullet(f"In de stuurgroep zitten {part.stuurgroep_parents} ouders of ervaringsdeskundigen.")
    if part.werkgroep_parents:
        writer.bullet(f"In de werkgroepen zitten samen {part.werkgroep_parents} ouders of ervaringsdeskundigen.")
    line = f"In de bijeenkomsten kwamen {part.answers} antwoorden (zichtbare bijdragen, zonder naam)"
    if part.split is not None:
        line += f"; {part.split[0]} daarvan van ouders, {part.split[1]} van anderen (zoals ze zelf aangaven)"
    writer.bullet(line + ".")
    parents_round = _parents_round(db, trajectory_id=trajectory.id)
    if parents_round is not None:
        results = vote.results(db, vote_round_id=parents_round.id)
        if large_enough(results.ballots):
            domains = trajectory_domains(db, trajectory.id)
            top = [domains[d].name for tied in results.ranking[:2] for d in tied if d in domains][:3]
            if top:
                writer.bullet(f"In het oudertraject kozen de ouders zelf: {_and(top)}.")
    if part.sessions:
        writer.paragraph("Aanwezige ouders per bijeenkomst (aantallen, geen namen):")
        writer.table(["Bijeenkomst", "Datum", "Ouders aanwezig"],
                     [(label, dutch_date(day), "" if n is None else n) for label, day, n in part.sessions],
                     widths_cm=[9.5, 3.8, 2.7])
    writer.paragraph(
        "Ouders worden nergens bij naam genoemd. Een groep van minder dan 3 mensen wordt niet apart geteld.",
        italic=True,
    )
    return part


def _write_decision(writer: DocumentWriter, trajectory: Trajectory, *, vision: VisionVersion | None,
                    priorities: list[Domain], goals: int, actions: int) -> None:
    writer.heading("Voorstel van beslissing", 1)
    period = f"{trajectory.period_start}-{trajectory.period_end}"
    known = [f"het participatietraject kinderarmoede {period} van {trajectory.gemeente}",
             "de inbreng van de ouders en de partners"]
    approve = []
    if vision is not None:
        approve.append("de visie en de missie")
    if priorities:
        approve.append("de prioritaire domeinen " + _and([f"\u2018{p.name}\u2019" for p in priorities]))
    if goals:
        approve.append("de strategische en operationele doelstellingen")
    if actions:
        approve.append("het actieplan")
    sentence = f"Het college neemt kennis van {_and(known)}"
    sentence += f" en keurt {_and(approve)} goed." if approve else "."
    writer.paragraph(sentence, bold=True)
    writer.paragraph(f"Artikel 1. Het college neemt kennis van {_and(known)}.")
    number = 2
    if approve:
        writer.paragraph(f"Artikel {number}. Het college keurt {_and(approve)} goed.")
        number += 1
    writer.paragraph(f"Artikel {number}. Het college vraagt de lokale coördinator kinderarmoede om de uitvoering "
                     "op te volgen en jaarlijks aan het college te rapporteren, en om de ouders te laten weten "
                     "wat er met hun inbreng gebeurde.")


def build_college_note(db: DbSession, *, trajectory_id: int, template: str | Path | None = None,
                       today: dt.date | None = None) -> bytes:
    """The note to the college as .docx bytes."""
    trajectory = _trajectory(db, trajectory_id)
    today = today or dt.date.today()
    domains = trajectory_domains(db, trajectory_id)
    priorities = domains_mod.priority_domains(db, trajectory_id=trajectory_id)
    approved = current_vision(db, trajectory_id=trajectory_id)
    writer = DocumentWriter(title=f"Nota aan het college: kinderarmoede {trajectory.gemeente}",
                            subject="Visie, prioritaire domeinen en actieplan", template=template)
    writer.heading("Nota aan het college van burgemeester en schepenen", 0)
    writer.paragraph("Lokaal beleid tegen kinderarmoede, samen met ouders", style="Subtitle")
    writer.labelled("Gemeente", trajectory.gemeente)
    writer.labelled("Beleidsperiode", f"{trajectory.period_start}-{trajectory.period_end}")
    writer.labelled("Datum", dutch_date(today))
    writer.labelled("Onderwerp", "Visie, prioritaire domeinen, doelstellingen en actieplan kinderarmoede")
    writer.paragraph()
    writer.table_of_contents()
    writer.page_break()

    writer.heading("Aanleiding", 1)
    held = [s for s in meetings.list_sessions(db, trajectory_id=trajectory_id) if s.state is not SessionState.PLANNED]
    writer.paragraph(
        f"{trajectory.gemeente} werkt met de roadmap \u2018Veilige kindertijd\u2019 aan een lokaal beleid tegen "
        f"kinderarmoede. Een stuurgroep met ouders, schepenen, diensten en partners kwam samen in "
        f"{len(held)} bijeenkomsten. De verslagen van elke bijeenkomst gingen naar alle schepenen."
    )
    has_vision = _write_vision(writer, approved)
    _write_priorities(writer, db, trajectory_id, priorities, domains)
    goals = _write_goals(writer, db, trajectory_id, domains)
    rows = goal.action_plan(db, trajectory_id=trajectory_id)
    _write_action_plan(writer, rows)
    _write_participation(writer, db, trajectory)
    _write_decision(writer, trajectory, vision=vision if has_vision else None, priorities=priorities,
                    goals=goals, actions=len(rows))
    return writer.to_bytes()


# --- the feedback page for parents --------------------------------------------------------------------


def _short(text: str, limit: int = FEEDBACK_TEXT_MAX) -> str:
    text = " ".join(clean(text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def qr_png(url: str) -> bytes:
    buffer = io.BytesIO()
    segno.make(url, error="m").save(buffer, kind="png", scale=8, border=2)
    return buffer.getvalue()


def build_feedback_page(db: DbSession, *, trajectory_id: int, url: str | None = None,
                        template: str | Path | None = None, today: dt.date | None = None) -> bytes:
    """"Wat gebeurde er met jullie inbreng?": one page in easy Dutch (A2) with a QR code."""
    trajectory = _trajectory(db, trajectory_id)
    today = today or dt.date.today()
    url = url or config.public_url()
    sessions = meetings.list_sessions(db, trajectory_id=trajectory_id)
    held = [s for s in sessions if s.state is not SessionState.PLANNED]
    answers = participation(db, trajectory_id=trajectory_id).answers
    seats = db.scalar(select(func.sum(StuurgroepMember.count)).where(
        StuurgroepMember.trajectory_id == trajectory_id, StuurgroepMember.role == MemberRole.OUDER)) or 0
    priorities = domains_mod.priority_domains(db, trajectory_id=trajectory_id)[:FEEDBACK_MAX_DOMAINS]
    rows = goal.action_plan(db, trajectory_id=trajectory_id)
    upcoming = [s for s in sessions if s.state is not SessionState.CLOSED and s.scheduled_on
                and s.scheduled_on >= today]
    upcoming.sort(key=lambda s: s.scheduled_on)

    writer = DocumentWriter(title=FEEDBACK_TITLE, subject=f"Terugkoppeling aan de ouders, {trajectory.gemeente}",
                            template=template)
    size = FEEDBACK_SIZE
    writer.heading(FEEDBACK_TITLE, 0)
    writer.paragraph(f"{trajectory.gemeente}, {_month(today)}", size=size, italic=True)

    writer.heading("Jullie deden mee", 1)
    writer.bullet(f"We kwamen {len(held)} keer samen.", size=size)
    writer.bullet(f"Samen gaven we {answers} antwoorden en ideeën. Dank je wel!", size=size)
    if seats:
        writer.bullet(f"In de stuurgroep zitten {seats} ouders. Zij praten mee over alles.", size=size)

    writer.heading("Dit vinden we het belangrijkst", 1)
    if priorities:
        for priority in priorities:
            writer.bullet(priority.name, size=size)
    else:
        writer.paragraph("Dat kiezen we nog samen.", size=size)

    writer.heading("Dit gaan we doen", 1)
    if rows:
        for row in rows[:FEEDBACK_MAX_ACTIONS]:
            when = f" Vanaf {_month(row.start_on)}." if row.start_on else ""
            writer.bullet(_short(row.what) + "." * (not row.what.rstrip().endswith((".", "!", "?")))
                          + when, size=size)
        if len(rows) > FEEDBACK_MAX_ACTIONS:
            writer.paragraph(f"En nog {len(rows) - FEEDBACK_MAX_ACTIONS} andere acties.", size=size)
    else:
        goals = _strategic_goals(db, trajectory_id)[:FEEDBACK_MAX_ACTIONS]
        if goals:
            for strategic in goals:
                writer.bullet(_short(strategic.text), size=size)
        else:
            writer.paragraph("Dat schrijven we nog samen op.", size=size)

    writer.heading("Wat nu?", 1)
    if upcoming:
        writer.paragraph(f"We komen weer samen op {dutch_date(upcoming[0].scheduled_on)}. Je bent welkom.",
                         size=size)
    else:
        writer.paragraph("We laten jullie weten wanneer we weer samenkomen.", size=size)
    writer.paragraph("Je naam staat nergens. Niemand weet wie wat zei.", size=size)

    table = writer.document.add_table(rows=1, cols=2)  # no style: no borders
    left, right = table.rows[0].cells
    left.width, right.width = Cm(writer.width_cm - 4.5), Cm(4.5)
    intro = left.paragraphs[0].add_run("Scan de code met je telefoon. Dan lees je meer.")
    intro.font.size = Pt(size)
    intro.bold = True
    link = left.add_paragraph().add_run(clean(url))
    link.font.size = Pt(size - 2)
    right.paragraphs[0].add_run().add_picture(io.BytesIO(qr_png(url)), width=Cm(3.8))
    return writer.to_bytes()


__all__ = [
    "build_college_note",
    "build_feedback_page",
    "current_vision",
    "deciding_round",
    "participation",
]
