"""The note to the college van burgemeester en schepenen (nota aan het college): the visie and
missie, the priority domains and why (the deciding vote), the SMART goals with who agreed on them
and who carries them out, the action plan as a table, the parents' part in it (counts only) and a
decision proposal ("Het college neemt kennis van ... en keurt ... goed").

Every sentence follows the data: a stuurgroep without parents is not called "a stuurgroep with
parents", attendance is reported by role as entered, a vote the facilitator did not mark as
deciding is said to be a guess. The vision is read from its saved versions: the approved one, else
the newest draft.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from docx.enum.section import WD_ORIENT
from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from facilitation import attendance, evaluation, goal, vision, vote
from facilitation import domain as domains_mod
from facilitation import session as meetings
from facilitation.anonymity import large_enough
from facilitation.documents.common import (
    NO_DOMAIN,
    and_list,
    attendance_text,
    by_domain,
    group_split,
    indicator_text,
    parent_seats,
    places,
    plural,
    session_label,
    session_name,
    strategic_goals,
    timing,
    trajectory_domains,
    trajectory_or_error,
    write_vote_results,
)
from facilitation.documents.writer import NO_VALUE, DocumentWriter, clean, dutch_date
from facilitation.models import (
    Contribution,
    Domain,
    DomainSet,
    MemberRole,
    ParticipationMode,
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

ACTION_TABLE_SIZE = 9  # pt: eight columns on a landscape page
GUESSED_ROUND = (
    "De begeleider duidde (nog) niet aan welke stemming besliste. Deze nota toont daarom de laatste "
    "afgesloten stemming van de stuurgroep over deze domeinen."
)


# --- what the note reads -----------------------------------------------------------------------------


def likely_deciding_round(db: DbSession, *, trajectory_id: int, priority_ids: Sequence[int] = ()) -> VoteRound | None:
    """When no round is marked deciding: the newest closed round of a stuurgroep (else of any
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


def _indicators(db: DbSession, trajectory_id: int) -> dict[int, list[evaluation.IndicatorProgress]]:
    """The indicators that hang on a goal, by goal id, with their latest measurement."""
    found: dict[int, list[evaluation.IndicatorProgress]] = {}
    for indicator in evaluation.indicator_progress(db, trajectory_id=trajectory_id):
        if indicator.goal_id is not None:
            found.setdefault(indicator.goal_id, []).append(indicator)
    return found


@dataclass(frozen=True)
class Participation:
    """The parents' part, as counts only."""

    mode: ParticipationMode
    stuurgroep: dict[MemberRole, int]  # seats by role, parents as a count
    stuurgroep_parents: int  # parents and ervaringsdeskundigen in the stuurgroep
    werkgroep_parents: int
    sessions: list[tuple[str, dt.date | None, dict[MemberRole, int]]]  # held sessions: name, date, attendance
    held: Counter  # held sessions by kind
    answers: int
    split: tuple[int, int] | None  # (parents, others) among the answers, None under MIN_GROUP_SIZE


def participation(db: DbSession, *, trajectory_id: int) -> Participation:
    trajectory = trajectory_or_error(db, trajectory_id)
    stuurgroep = db.scalars(select(StuurgroepMember).where(StuurgroepMember.trajectory_id == trajectory_id)).all()
    seats: Counter = Counter()
    for member in stuurgroep:
        seats[member.role] += member.count
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
        mode=trajectory.participation_mode,
        stuurgroep={role: seats[role] for role in MemberRole if seats[role]},
        stuurgroep_parents=parent_seats(stuurgroep),
        werkgroep_parents=parent_seats(werkgroep),
        sessions=[(session_name(s), s.scheduled_on, attendance.attendance(db, session_id=s.id)) for s in held],
        held=Counter(s.kind for s in held),
        answers=len(groups),
        split=group_split(list(groups)),
    )


def _parents_in_stuurgroep(part: Participation) -> str:
    """How parents take part, as the data says: never "with parents" when there are none."""
    seats = part.stuurgroep_parents
    sitting = plural(seats, "ouder of ervaringsdeskundige zit", "ouders of ervaringsdeskundigen zitten")
    if part.mode is ParticipationMode.DIRECT:
        if seats:
            return f"Ouders nemen rechtstreeks deel: {sitting} in de stuurgroep."
        return ("Ouders zouden rechtstreeks deelnemen, maar er zitten nog geen ouders of ervaringsdeskundigen "
                "in de stuurgroep.")
    text = ("Ouders nemen deel via een eigen oudertraject naast de stuurgroep; de oudergroep stelt haar keuze "
            "voor in de derde stuurgroep.")
    if seats:
        text += f" Daarnaast {sitting} in de stuurgroep."
    return text


# --- the note ----------------------------------------------------------------------------------------


def _write_reason(writer: DocumentWriter, trajectory: Trajectory, part: Participation) -> None:
    writer.heading("Aanleiding", 1)
    writer.paragraph(f"{trajectory.gemeente} werkt met de roadmap \u2018Veilige kindertijd\u2019 aan een lokaal beleid "
                     "tegen kinderarmoede, samen met ouders.")
    if part.stuurgroep:
        writer.paragraph(f"In de stuurgroep zitten {attendance_text(part.stuurgroep)}.")
    else:
        writer.paragraph("De stuurgroep is nog niet samengesteld.")
    writer.paragraph(_parents_in_stuurgroep(part))
    held = sum(part.held.values())
    if held:
        kinds = and_list(f"{n} keer de {meetings.KIND_LABELS[kind].lower()}" for kind, n in
                         sorted(part.held.items(), key=lambda item: list(SessionKind).index(item[0])))
        writer.paragraph(f"Tot nu toe waren er {plural(held, 'bijeenkomst', 'bijeenkomsten')}: {kinds}. "
                         "De verslagen van de bijeenkomsten gaan naar alle schepenen.")
    else:
        writer.paragraph("Er waren nog geen bijeenkomsten.")


def _write_vision(writer: DocumentWriter, version: VisionVersion | None) -> None:
    writer.heading("Visie en missie", 1)
    if version is None:
        writer.paragraph("De visie en de missie zijn nog niet geschreven.", italic=True)
        return
    created = version.created_at.date() if version.created_at else None
    status = "goedgekeurd door de stuurgroep" if version.approved else "ontwerp, nog niet goedgekeurd"
    writer.paragraph(f"Versie van {dutch_date(created)} ({status}).", italic=True)
    for title, text in (("Visie: wat willen we bereiken?", version.visie_wat),
                        ("Visie: hoe werken we?", version.visie_hoe), ("Missie", version.missie)):
        writer.heading(title, 2)
        if text and text.strip():
            for block in clean(text).split("\n\n"):
                writer.paragraph(block)
        else:
            writer.paragraph(NO_VALUE, italic=True)


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
    vote_round = vote.deciding_round(db, trajectory_id=trajectory_id)
    guessed = vote_round is None
    if guessed:
        vote_round = likely_deciding_round(db, trajectory_id=trajectory_id, priority_ids=[d.id for d in priorities])
    results = vote.results(db, vote_round_id=vote_round.id) if vote_round is not None else None
    shown = results is not None and not results.too_few  # no place or score from one or two ballots
    place_of = {domain_id: place for place, domain_id in places(results)} if shown else {}
    counts: dict[int, int] = {}
    for set_id in {d.domain_set_id for d in priorities}:
        counts.update({d.id: n for d, n in domains_mod.domain_counts(db, domain_set_id=set_id)})
    rows = []
    for priority in priorities:
        kind = domains_mod.PRIORITY_LABELS.get(priority.priority_kind, "") if priority.priority_kind else ""
        in_vote = shown and priority.id in results.totals
        rows.append((priority.name, kind, place_of.get(priority.id, "") if in_vote else "",
                     results.totals[priority.id] if in_vote else "", counts.get(priority.id, 0)))
    writer.table(["Domein", "Aanpak", "Plaats", "Score", "Bijdragen"], rows)
    writer.paragraph(
        "Aanpak: een structureel/proactief domein pakt armoede bij de wortel aan; een milderend domein "
        "verzacht de gevolgen voor kinderen. De roadmap raadt aan om beide te doen. Plaats en score: in de "
        "stemming hieronder. Bijdragen: de antwoorden en essentiële elementen uit de bijeenkomsten die bij het "
        "domein horen.",
        italic=True,
    )
    if results is None:
        writer.paragraph("Er is nog geen afgesloten stemming over deze domeinen.", italic=True)
        return
    meeting = db.get(SessionExercise, vote_round.session_exercise_id).session
    writer.heading("De beslissende stemming" if not guessed else "De stemming", 2)
    if guessed:
        writer.paragraph(GUESSED_ROUND, italic=True)
    writer.paragraph(f"{session_label(meeting)} ({dutch_date(meeting.scheduled_on)}): "
                     f"{plural(results.ballots, 'stem', 'stemmen')}, telefoon en papier samen.")
    write_vote_results(writer, results, domains)


def _smart_lines(operational) -> list[str]:
    """SMART G (gezamenlijk: when and by whom it was agreed) and R (realiseerbaar: who carries it
    out, with which people and means), from their own fields."""
    if operational.agreed_on or operational.agreed_by:
        agreed = "afgesproken"
        if operational.agreed_on:
            agreed += f" op {dutch_date(operational.agreed_on)}"
        if operational.agreed_by:
            agreed += f" door {clean(operational.agreed_by)}"
    else:
        agreed = "nog niet vastgelegd wie dit afsprak"
    done_by = [f"trekker {clean(operational.owner)}" if operational.owner else "nog geen trekker"]
    done_by.append(f"mensen en middelen: {clean(operational.means)}" if operational.means
                   else "mensen en middelen nog niet ingevuld")
    return [f"Gezamenlijk: {agreed}.", f"Realiseerbaar: {'; '.join(done_by)}."]


def _write_goals(writer: DocumentWriter, db: DbSession, trajectory_id: int, domains: dict[int, Domain]) -> int:
    writer.heading("SMART-doelstellingen", 1)
    goals = strategic_goals(db, trajectory_id)
    if not goals:
        writer.paragraph("De werkgroepen schreven nog geen doelstellingen.", italic=True)
        return 0
    writer.paragraph("Per domein: de strategische doelstellingen (lange termijn) en daaronder de operationele, "
                     "SMART: specifiek, meetbaar, gezamenlijk afgesproken, realiseerbaar en tijdsgebonden.")
    indicators = _indicators(db, trajectory_id)
    for domain_id, domain_goals in by_domain(goals, domains):
        writer.heading(domains[domain_id].name if domain_id is not None else NO_DOMAIN, 2)
        for strategic in domain_goals:
            paragraph = writer.paragraph()
            paragraph.add_run("Strategische doelstelling: ").bold = True
            paragraph.add_run(clean(strategic.text))
            for indicator in indicators.get(strategic.id, []):
                writer.bullet("Indicator: " + indicator_text(indicator))
            _write_sources(writer, db, strategic.id, level=1)
            children = sorted(strategic.children, key=lambda g: g.id)
            if not children:
                writer.bullet("Nog geen operationele doelstelling.")
            for operational in children:
                deadline = f" (tegen {dutch_date(operational.deadline)})" if operational.deadline else ""
                writer.bullet(operational.text + deadline)
                for line in _smart_lines(operational):
                    writer.bullet(line, level=2)
                for indicator in indicators.get(operational.id, []):
                    writer.bullet("Indicator: " + indicator_text(indicator), level=2)
                _write_sources(writer, db, operational.id, level=2)
    return len(goals)


def _write_sources(writer: DocumentWriter, db: DbSession, goal_id: int, *, level: int) -> None:
    """What people said that inspired the goal: the words and the meeting, never who (goal.sources
    leaves out hidden contributions)."""
    for source in goal.sources(db, goal_id=goal_id):
        writer.bullet(f"Geïnspireerd door: “{source.text}” ({source.session_title})", level=level)


def _write_action_plan(writer: DocumentWriter, rows: list[goal.ActionPlanRow]) -> None:
    """On a landscape page, columns as wide as their longest word needs."""
    writer.orientation(WD_ORIENT.LANDSCAPE)
    writer.heading("Actieplan", 1)
    if not rows:
        writer.paragraph("Er zijn nog geen acties.", italic=True)
    else:
        writer.table(
            ["Domein", "Doelstelling", "Actie", "Trekker", "Partners", "Timing", "Verwacht resultaat", "Status"],
            [(r.domain or NO_DOMAIN, r.goal or r.strategic_goal, r.what, r.owner or "", r.partners or "",
              timing(r.start_on, r.end_on), r.expected_result or "", goal.STATUS_LABELS[r.status]) for r in rows],
            size=ACTION_TABLE_SIZE,
        )
        writer.paragraph("Het volledige actieplan, met middelen en indicatoren, staat in het Excel-bestand.",
                         italic=True)
    writer.orientation(WD_ORIENT.PORTRAIT)


def _write_participation(writer: DocumentWriter, db: DbSession, trajectory: Trajectory,
                         part: Participation) -> None:
    writer.heading("De inbreng van de ouders", 1)
    writer.bullet(_parents_in_stuurgroep(part))
    if part.werkgroep_parents:
        writer.bullet("In de werkgroepen zitten samen "
                      f"{plural(part.werkgroep_parents, 'ouder of ervaringsdeskundige', 'ouders of ervaringsdeskundigen')}.")
    if part.answers:
        line = f"In de bijeenkomsten kwamen {part.answers} antwoorden (zichtbare bijdragen, zonder naam)"
        if part.split is not None:
            line += f"; {part.split[0]} daarvan van ouders, {part.split[1]} van anderen (zoals ze zelf aangaven)"
        writer.bullet(line + ".")
    else:
        writer.bullet("Er kwamen nog geen antwoorden.")
    parents_round = _parents_round(db, trajectory_id=trajectory.id)
    if parents_round is not None:
        results = vote.results(db, vote_round_id=parents_round.id)
        if large_enough(results.ballots):
            domains = trajectory_domains(db, trajectory.id)
            top = [domains[d].name for place, d in places(results) if place <= 3 and results.totals[d] and d in domains]
            if top:
                writer.bullet(f"In het oudertraject kozen de ouders zelf: {and_list(top)}.")
    if part.sessions:
        writer.paragraph("Wie er aanwezig was, per bijeenkomst (aantallen, geen namen):")
        writer.table(["Bijeenkomst", "Datum", "Ouders", "Aanwezig"],
                     [(name, dutch_date(day), counts.get(MemberRole.OUDER, 0) if counts else "",
                       attendance_text(counts)) for name, day, counts in part.sessions])
    writer.paragraph(
        "Ouders worden nergens bij naam genoemd. Een groep van minder dan 3 mensen wordt niet apart geteld.",
        italic=True,
    )


def _write_decision(writer: DocumentWriter, trajectory: Trajectory, *, version: VisionVersion | None,
                    priorities: list[Domain], goals: int, actions: int) -> None:
    writer.heading("Voorstel van beslissing", 1)
    period = f"{trajectory.period_start}-{trajectory.period_end}"
    known = [f"het participatietraject kinderarmoede {period} van {trajectory.gemeente}",
             "de inbreng van de ouders en de partners"]
    approve = []
    if version is not None:
        approve.append("de visie en de missie")
    if priorities:
        approve.append("de prioritaire domeinen " + and_list([f"\u2018{p.name}\u2019" for p in priorities]))
    if goals:
        approve.append("de strategische en operationele doelstellingen")
    if actions:
        approve.append("het actieplan")
    sentence = f"Het college neemt kennis van {and_list(known)}"
    sentence += f" en keurt {and_list(approve)} goed." if approve else "."
    writer.paragraph(sentence, bold=True)
    writer.paragraph(f"Artikel 1. Het college neemt kennis van {and_list(known)}.")
    number = 2
    if approve:
        writer.paragraph(f"Artikel {number}. Het college keurt {and_list(approve)} goed.")
        number += 1
    writer.paragraph(f"Artikel {number}. Het college vraagt de lokale coördinator kinderarmoede om de uitvoering "
                     "op te volgen en jaarlijks aan het college te rapporteren, en om de ouders te laten weten "
                     "wat er met hun inbreng gebeurde.")


def build_college_note(db: DbSession, *, trajectory_id: int, template: str | Path | None = None,
                       today: dt.date | None = None) -> bytes:
    """The note to the college as .docx bytes."""
    trajectory = trajectory_or_error(db, trajectory_id)
    today = today or dt.date.today()
    domains = trajectory_domains(db, trajectory_id)
    priorities = domains_mod.priority_domains(db, trajectory_id=trajectory_id)
    version = vision.current(db, trajectory_id=trajectory_id)
    part = participation(db, trajectory_id=trajectory_id)
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

    _write_reason(writer, trajectory, part)
    _write_vision(writer, version)
    _write_priorities(writer, db, trajectory_id, priorities, domains)
    goals = _write_goals(writer, db, trajectory_id, domains)
    rows = goal.action_plan(db, trajectory_id=trajectory_id)
    _write_action_plan(writer, rows)
    _write_participation(writer, db, trajectory, part)
    _write_decision(writer, trajectory, version=version, priorities=priorities, goals=goals, actions=len(rows))
    return writer.to_bytes()
