"""The minutes (verslag) of a session as a Word document.

The minutes respect the promise to parents: only what may be projected is written (never a hidden,
waiting or merged-away answer), answers in the projector's order rather than the order they were
sent in, no token, no participant, and no figure for a self-declared group of fewer than
anonymity.MIN_GROUP_SIZE; a vote with fewer ballots than that (vote.Results.too_few) shows no result.

Each session reports what it did itself: the stuurgroep meeting that chose the priority domains
(stuurgroep 3, or the meeting of the deciding vote) lists them with their werkgroepen; an
oudergroep reports its own vote; a focus group decides nothing.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session as DbSession

from facilitation import attendance, contribution, question, vote
from facilitation import domain as domains_mod
from facilitation import session as meetings
from facilitation.documents.common import (
    UNGROUPED,
    and_list,
    attendance_text,
    group_split,
    places,
    plural,
    session_label,
    trajectory_domains,
    TOO_FEW_BALLOTS,
    write_vote_results,
)
from facilitation.documents.writer import NO_VALUE, DocumentError, DocumentWriter, dutch_date
from facilitation.exercises import Catalogue
from facilitation.models import (
    Contribution,
    Domain,
    RoundState,
    Session,
    SessionExercise,
    SessionKind,
    SessionState,
    VoteMethod,
    VoteRound,
)
from facilitation.trajectory import MEMBER_ROLE_LABELS, composition

ANONYMITY_NOTE = (
    "Dit verslag bevat geen namen. Verborgen antwoorden staan er niet in. Een groep van minder dan "
    "3 mensen wordt nooit apart geteld, zodat niemand herkenbaar is."
)


def _write_cover(writer: DocumentWriter, meeting: Session) -> None:
    trajectory = meeting.trajectory
    writer.heading("Verslag", 0)
    writer.paragraph(meeting.title, style="Subtitle")
    writer.labelled("Gemeente", trajectory.gemeente)
    writer.labelled("Soort bijeenkomst", session_label(meeting))
    writer.labelled("Datum", dutch_date(meeting.scheduled_on))
    writer.labelled("Begeleider", meeting.facilitator or NO_VALUE)
    writer.labelled("Beleidsperiode", f"{trajectory.period_start}-{trajectory.period_end}")


def _write_attendance(writer: DocumentWriter, db: DbSession, meeting: Session) -> None:
    writer.heading("Aanwezigen", 1)
    counts = attendance.attendance(db, session_id=meeting.id)
    if counts:
        total = f" (samen {sum(counts.values())})" if len(counts) > 1 else ""
        writer.labelled("Aanwezig", attendance_text(counts) + total)
    else:
        writer.paragraph("Wie er aanwezig was, werd niet ingevuld.", italic=True)
    if meeting.kind is SessionKind.STUURGROEP:
        members = composition(db, trajectory_id=meeting.trajectory_id)
        if members:
            writer.paragraph("Samenstelling van de stuurgroep, per rol (ouders als aantal, zonder naam):")
            writer.table(["Rol", "Organisatie", "Aantal"],
                         [(role, organisation or "", count) for role, organisation, count in members])


def _write_answers(writer: DocumentWriter, db: DbSession, exercise: SessionExercise,
                   domains: dict[int, Domain]) -> None:
    shown = contribution.shown_answers(db, session_exercise_id=exercise.id)
    if not shown:
        writer.paragraph("Er kwamen geen antwoorden.", italic=True)
        return
    visible = {c.id: c for c in contribution.visible_contributions(db, session_exercise_id=exercise.id)}
    total = len(shown) + sum(a.merged for a in shown)
    line = plural(len(shown), "antwoord", "antwoorden")
    if total != len(shown):
        line += f" ({total} voor het samenvoegen van gelijkaardige antwoorden)"
    split = group_split([visible[a.id].participant_group for a in shown if a.id in visible])
    if split is not None:
        line += f"; {split[0]} van ouders en {split[1]} van anderen (zoals ze zelf aangaven)"
    writer.paragraph(line + ".")
    cloud = _cloud([a.text for a in shown] + [e for a in shown for e in a.elements])
    if cloud:
        writer.picture(cloud, caption="Woordwolk van de antwoorden en hun essentiële elementen", width_cm=12)

    by_domain: dict[int | None, list] = {}
    for answer in shown:
        domain_id = visible[answer.id].domain_id if answer.id in visible else None
        by_domain.setdefault(domain_id if domain_id in domains else None, []).append(answer)
    order = [d for d in domains if d in by_domain] + ([None] if None in by_domain else [])
    flat = order == [None]
    for domain_id in order:
        answers = by_domain[domain_id]
        if not flat:
            name = domains[domain_id].name if domain_id is not None else UNGROUPED
            writer.heading(f"{name} ({len(answers)})", 3)
        for answer in answers:
            text = answer.text + (f" (+{answer.merged} gelijkaardig)" if answer.merged else "")
            writer.bullet(text)
            for element in answer.elements:
                writer.bullet(element, level=2)
    if any(a.elements for a in shown):
        writer.paragraph("Ingesprongen: de essentiële elementen van een antwoord.", style="Caption", italic=True)


def _cloud(texts: list[str]) -> bytes | None:
    from facilitation.documents import charts

    return charts.word_cloud_png(texts)


def _write_grouping(writer: DocumentWriter, db: DbSession, meeting: Session, domains: dict[int, Domain]) -> None:
    """How this session's visible answers were spread over the domains."""
    rows = db.execute(
        select(Contribution.domain_id, func.count(Contribution.id))
        .join(SessionExercise, Contribution.session_exercise_id == SessionExercise.id)
        .where(SessionExercise.session_id == meeting.id, Contribution.hidden.is_(False),
               Contribution.approved.is_(True), Contribution.merged_into_id.is_(None))
        .group_by(Contribution.domain_id)
    ).all()
    counts = dict(rows)
    if not any(counts.get(d) for d in domains):
        writer.paragraph("De antwoorden van deze bijeenkomst zijn nog niet in domeinen gegroepeerd.", italic=True)
        return
    table_rows = [(d.name, counts.get(d_id, 0)) for d_id, d in domains.items() if counts.get(d_id)]
    if counts.get(None):
        table_rows.append((UNGROUPED, counts[None]))
    writer.table(["Domein", "Antwoorden"], table_rows)


def _method(vote_round: VoteRound) -> str:
    if vote_round.method is VoteMethod.RANKING:
        return f"rangorde (top {vote_round.budget})"
    if vote_round.method is VoteMethod.DOTS:
        return f"{vote_round.budget} stippen per persoon"
    return f"{vote_round.budget} punten verdelen"


def _rounds(db: DbSession, exercise: SessionExercise) -> list[VoteRound]:
    return list(db.scalars(
        select(VoteRound).where(VoteRound.session_exercise_id == exercise.id).order_by(VoteRound.id)
    ))


def _write_votes(writer: DocumentWriter, db: DbSession, exercise: SessionExercise,
                 domains: dict[int, Domain]) -> None:
    rounds = _rounds(db, exercise)
    if not rounds:
        writer.paragraph("Er werd (nog) niet gestemd.", italic=True)
    for number, vote_round in enumerate(rounds, start=1):
        title = f"Stemronde {number}" if len(rounds) > 1 else "Stemming"
        writer.heading(f"{title}: {_method(vote_round)}" + (" (beslissende stemming)" if vote_round.deciding else ""),
                       3)
        if not vote.results_visible(db, vote_round_id=vote_round.id):
            writer.paragraph("De stemming loopt nog en de uitslag is verborgen.", italic=True)
            continue
        results = vote.results(db, vote_round_id=vote_round.id)
        state = "afgesloten" if vote_round.state is RoundState.CLOSED else "loopt nog"
        writer.paragraph(f"{plural(results.ballots, 'stem', 'stemmen')} (telefoon en papier); de stemming is {state}.")
        write_vote_results(writer, results, domains)


def _reports_priorities(db: DbSession, meeting: Session) -> bool:
    """Only the stuurgroep chooses the priority domains: stuurgroep 3, or the stuurgroep meeting
    that held the deciding vote."""
    if meeting.kind is not SessionKind.STUURGROEP:
        return False
    deciding = vote.deciding_round(db, trajectory_id=meeting.trajectory_id)
    if deciding is not None:
        return db.get(SessionExercise, deciding.session_exercise_id).session_id == meeting.id
    return meeting.roadmap_step == "stuurgroep_3"


def _write_priorities(writer: DocumentWriter, db: DbSession, meeting: Session) -> None:
    priorities = domains_mod.priority_domains(db, trajectory_id=meeting.trajectory_id)
    if not priorities:
        writer.paragraph("Er zijn nog geen prioritaire domeinen gekozen.")
        return
    writer.heading("Prioritaire domeinen", 2)
    for priority in priorities:
        kind = domains_mod.PRIORITY_LABELS.get(priority.priority_kind, "") if priority.priority_kind else ""
        writer.bullet(priority.name + (f" ({kind})" if kind else ""))
    writer.heading("Werkgroepen", 2)
    for priority in priorities:
        group = domains_mod.werkgroep(db, domain_id=priority.id)
        if group is None or not group.members:
            writer.labelled(priority.name, "de werkgroep is nog niet samengesteld")
            continue
        writer.paragraph(f"Werkgroep {priority.name}:", bold=True)
        writer.table(
            ["Rol", "Organisatie", "Aantal"],
            [(MEMBER_ROLE_LABELS[m.role], "" if m.role in domains_mod.PARENT_ROLES else (m.organisation or ""),
              m.count) for m in group.members],
        )


def _write_parents_choice(writer: DocumentWriter, db: DbSession, meeting: Session,
                          domains: dict[int, Domain]) -> None:
    """The oudergroep's own vote: the domains the parents put first (their newest closed round)."""
    closed = [r for e in meeting.exercises for r in _rounds(db, e) if r.state is RoundState.CLOSED]
    if not closed:
        writer.paragraph("De ouders stemden in deze bijeenkomst (nog) niet over de domeinen.")
        return
    results = vote.results(db, vote_round_id=max(closed, key=lambda r: r.id).id)
    if results.too_few:
        writer.paragraph(TOO_FEW_BALLOTS, italic=True)
        return
    top = [domains[d].name for place, d in places(results) if place <= 3 and results.totals[d] and d in domains]
    if not top:
        writer.paragraph("De ouders stemden, maar gaven geen enkel domein punten.")
        return
    writer.heading("De keuze van de ouders", 2)
    writer.paragraph(f"De ouders kozen: {and_list(top)}.")
    writer.paragraph("Het oudertraject brengt deze keuze naar de stuurgroep, die de prioritaire domeinen kiest.")


def _write_decisions(writer: DocumentWriter, db: DbSession, meeting: Session, domains: dict[int, Domain]) -> None:
    writer.heading("Beslissingen", 1)
    if _reports_priorities(db, meeting):
        _write_priorities(writer, db, meeting)
    elif meeting.kind is SessionKind.OUDERGROEP:
        _write_parents_choice(writer, db, meeting, domains)
    elif meeting.kind is SessionKind.FOCUSGROEP:
        writer.paragraph("Een focusgroep beslist niets. Wat de ouders vertelden, neemt de werkgroep mee bij het "
                         "schrijven van de doelstellingen.")
    else:
        writer.paragraph("In deze bijeenkomst werden geen prioritaire domeinen gekozen.")


def next_session(db: DbSession, meeting: Session) -> Session | None:
    """The first session after this one, in roadmap order, that has not taken place yet."""
    ordered = meetings.list_sessions(db, trajectory_id=meeting.trajectory_id)
    after = ordered[ordered.index(meeting) + 1:] if meeting in ordered else ordered
    return next((s for s in after if s.state is not SessionState.CLOSED), None)


def _write_next_steps(writer: DocumentWriter, db: DbSession, meeting: Session) -> None:
    writer.heading("Volgende stappen", 1)
    following = next_session(db, meeting)
    if following is None:
        writer.paragraph("Er is nog geen volgende bijeenkomst gepland.")
    else:
        when = dutch_date(following.scheduled_on) if following.scheduled_on else "datum nog niet vastgelegd"
        writer.labelled("Volgende bijeenkomst", f"{following.title} ({session_label(following)}, {when})")
    writer.paragraph("De lokale coördinator bezorgt dit verslag aan de stuurgroep en aan alle schepenen.")


def build_minutes(db: DbSession, *, session_id: int, template: str | Path | None = None,
                  exercises: Catalogue | None = None) -> bytes:
    """The minutes of a session as .docx bytes. Exercises are looked up in the shipped catalogue
    (or `exercises`) with the trajectory's own questions added."""
    meeting = db.get(Session, session_id)
    if meeting is None:
        raise DocumentError("Deze sessie bestaat niet (meer).")
    cat = question.catalogue_for(db, trajectory_id=meeting.trajectory_id, base=exercises)
    domains = trajectory_domains(db, meeting.trajectory_id)
    agenda = sorted(meeting.exercises, key=lambda e: e.position)
    writer = DocumentWriter(title=f"Verslag {session_label(meeting)} {meeting.trajectory.gemeente}",
                            subject=meeting.title, template=template)
    _write_cover(writer, meeting)
    writer.paragraph()
    writer.table_of_contents()
    writer.page_break()
    _write_attendance(writer, db, meeting)

    writer.heading("Agenda", 1)
    found = [cat.exercises.get(exercise.exercise_key) for exercise in agenda]
    titles = [template.title.nl if template else exercise.exercise_key for exercise, template in zip(agenda, found)]
    for title in titles:
        writer.numbered(title)
    if not titles:
        writer.paragraph("Deze bijeenkomst had geen oefeningen op de agenda.", italic=True)

    for number, (exercise, template_exercise, title) in enumerate(zip(agenda, found, titles), start=1):
        writer.heading(f"{number}. {title}", 1)
        if template_exercise is not None:
            writer.labelled("Vraag", template_exercise.question.nl)
            if template_exercise.follow_up is not None:
                writer.labelled("Doorvraag", template_exercise.follow_up.question.nl)
        kind = template_exercise.kind if template_exercise else "open"
        if kind == "vote":
            _write_votes(writer, db, exercise, domains)
        elif kind == "domain_grouping":
            _write_grouping(writer, db, meeting, domains)
        else:
            _write_answers(writer, db, exercise, domains)

    _write_decisions(writer, db, meeting, domains)
    _write_next_steps(writer, db, meeting)
    writer.paragraph()
    writer.paragraph(ANONYMITY_NOTE, italic=True)
    return writer.to_bytes()
