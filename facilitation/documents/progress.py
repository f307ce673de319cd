"""The yearly progress report for the college (voortgangsrapport, roadmap step 10): per domain and
goal, the actions' status and each indicator against its target, and the evaluation by the
signaalgroep (its resultaatmeting: "wat kan/doet/durft/wil/weet je nu meer/minder/anders dan
voorheen?").

The figures come from facilitation/evaluation.py (progress and status of each indicator) and the
action plan as saved; the resultaatmeting is quoted as written, never with who wrote it.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

from sqlalchemy.orm import Session as DbSession

from facilitation import evaluation, goal
from facilitation.documents.common import (
    INDICATOR_LABELS,
    NO_DOMAIN,
    and_list,
    by_domain,
    number,
    plural,
    strategic_goals,
    timing,
    trajectory_domains,
    trajectory_or_error,
)
from facilitation.documents.writer import DocumentWriter, clean, dutch_date
from facilitation.models import Action, ActionStatus, Goal

TABLE_SIZE = 9  # pt
INDICATOR_HEADER = ["Indicator", "Soort", "Start", "Laatste meting", "Doel", "Voortgang", "Status"]
RESULTAATMETING_QUESTION = "Wat kan, doet, durft, wil of weet je nu meer, minder of anders dan voorheen?"


def _with_unit(value: float | None, unit: str | None) -> str:
    if value is None:
        return ""
    return number(value) + (f" {unit}" if unit else "")


def indicator_row(row: evaluation.IndicatorProgress) -> list[str]:
    """One indicator against its target, as the table shows it."""
    start = _with_unit(row.baseline, row.unit)
    if not start and row.measurements:
        start = f"{_with_unit(row.measurements[0][1], row.unit)} ({row.measurements[0][0]:%d/%m/%Y})"
    latest = (f"{_with_unit(row.latest, row.unit)} ({row.measurements[-1][0]:%d/%m/%Y})" if row.measurements
              else "")
    target = _with_unit(row.target, row.unit)
    if target and row.deadline:
        target += f" tegen {row.deadline:%d/%m/%Y}"
    share = f"{round(row.progress * 100)}%" if row.progress is not None else ""
    return [clean(row.name), INDICATOR_LABELS[row.kind], start, latest, target, share, row.status]


def _write_indicators(writer: DocumentWriter, rows: list[evaluation.IndicatorProgress]) -> None:
    if rows:
        writer.table(INDICATOR_HEADER, [indicator_row(r) for r in rows], size=TABLE_SIZE)


def _write_actions(writer: DocumentWriter, actions: list[Action]) -> None:
    if not actions:
        writer.paragraph("Nog geen acties.", italic=True)
        return
    writer.table(["Actie", "Trekker", "Partners", "Timing", "Status"],
                 [(a.what, a.owner or "", a.partners or "", timing(a.start_on, a.end_on), goal.STATUS_LABELS[a.status])
                  for a in sorted(actions, key=lambda a: a.id)], size=TABLE_SIZE)


def _summary(writer: DocumentWriter, goals: list[Goal], progress: list[evaluation.IndicatorProgress]) -> None:
    writer.heading("Samenvatting", 1)
    actions = [a for g in goals for a in g.actions] + [a for g in goals for c in g.children for a in c.actions]
    operational = sum(len(g.children) for g in goals)
    writer.bullet(f"{plural(len(goals), 'strategische doelstelling', 'strategische doelstellingen')} en "
                  f"{operational} operationele.")
    if actions:
        statuses = Counter(a.status for a in actions)
        writer.bullet(f"{plural(len(actions), 'actie', 'acties')}: " + and_list(
            f"{statuses[s]} {goal.STATUS_LABELS[s]}" for s in ActionStatus if statuses[s]) + ".")
    else:
        writer.bullet("Nog geen acties.")
    if progress:
        statuses = Counter(r.status for r in progress)
        writer.bullet(f"{plural(len(progress), 'indicator', 'indicatoren')}: "
                      + and_list(f"{n} {status}" for status, n in statuses.most_common()) + ".")
        measured = [r for r in progress if r.progress is not None]
        if measured:
            from facilitation.documents import charts

            writer.picture(charts.progress_chart_png([clean(r.name) for r in measured], [r.progress for r in measured],
                                                     width_cm=writer.width_cm),
                           caption="Hoe ver elke indicator is, van de beginwaarde (0%) tot het doel (100%)")
    else:
        writer.bullet("Nog geen indicatoren.")


def _write_goals(writer: DocumentWriter, db: DbSession, trajectory_id: int, goals: list[Goal],
                 progress: list[evaluation.IndicatorProgress]) -> None:
    domains = trajectory_domains(db, trajectory_id)
    on_goal: dict[int, list] = {}
    on_action: dict[int, list] = {}
    for row in progress:
        if row.action_id is not None:
            on_action.setdefault(row.action_id, []).append(row)
        else:
            on_goal.setdefault(row.goal_id, []).append(row)

    def indicators_of(g: Goal) -> list:
        return on_goal.get(g.id, []) + [r for a in sorted(g.actions, key=lambda a: a.id) for r in on_action.get(a.id, [])]

    for domain_id, domain_goals in by_domain(goals, domains):
        writer.heading(domains[domain_id].name if domain_id is not None else NO_DOMAIN, 1)
        for strategic in domain_goals:
            writer.heading(f"Strategische doelstelling: {clean(strategic.text)}", 2)
            _write_indicators(writer, indicators_of(strategic))
            if strategic.actions:
                _write_actions(writer, list(strategic.actions))
            children = sorted(strategic.children, key=lambda g: g.id)
            if not children and not strategic.actions:
                writer.paragraph("Nog geen operationele doelstellingen of acties.", italic=True)
            for operational in children:
                writer.heading(clean(operational.text), 3)
                details = []
                if operational.owner:
                    details.append(f"trekker: {clean(operational.owner)}")
                if operational.deadline:
                    details.append(f"tegen {dutch_date(operational.deadline)}")
                if details:
                    writer.paragraph("; ".join(details).capitalize() + ".", italic=True)
                _write_actions(writer, list(operational.actions))
                _write_indicators(writer, indicators_of(operational))


def _write_evaluation(writer: DocumentWriter, answers: list[str]) -> None:
    writer.heading("Evaluatie door de signaalgroep", 1)
    writer.paragraph(f"De resultaatmeting vroeg de ouders van de signaalgroep: \u201e{RESULTAATMETING_QUESTION}\u201d")
    if not answers:
        writer.paragraph("De signaalgroep deed nog geen resultaatmeting.", italic=True)
        return
    writer.paragraph(f"{plural(len(answers), 'antwoord', 'antwoorden')}, zoals ze geschreven werden, zonder naam:")
    for answer in answers:
        writer.bullet(answer)


def build_progress_report(db: DbSession, *, trajectory_id: int, template: str | Path | None = None,
                          today: dt.date | None = None) -> bytes:
    """The yearly progress report as .docx bytes."""
    trajectory = trajectory_or_error(db, trajectory_id)
    today = today or dt.date.today()
    goals = strategic_goals(db, trajectory_id)
    progress = evaluation.indicator_progress(db, trajectory_id=trajectory_id, today=today)
    writer = DocumentWriter(title=f"Voortgangsrapport kinderarmoede {trajectory.gemeente} {today.year}",
                            subject="Acties en indicatoren tegenover hun doel", template=template)
    writer.heading("Voortgangsrapport kinderarmoede", 0)
    writer.paragraph(f"{trajectory.gemeente}, {today.year}", style="Subtitle")
    writer.labelled("Gemeente", trajectory.gemeente)
    writer.labelled("Beleidsperiode", f"{trajectory.period_start}-{trajectory.period_end}")
    writer.labelled("Datum", dutch_date(today))
    writer.paragraph("Per domein en doelstelling: hoe ver de acties staan en waar elke indicator staat "
                     "tegenover zijn doel. Daarna wat de signaalgroep van ouders zelf merkt.")
    writer.paragraph()
    writer.table_of_contents()
    writer.page_break()
    _summary(writer, goals, progress)
    if goals:
        _write_goals(writer, db, trajectory_id, goals, progress)
    else:
        writer.heading("Doelstellingen en acties", 1)
        writer.paragraph("De werkgroepen schreven nog geen doelstellingen.", italic=True)
    _write_evaluation(writer, evaluation.resultaatmeting(db, trajectory_id=trajectory_id))
    writer.heading("Voorstel van beslissing", 1)
    writer.paragraph(f"Het college neemt kennis van het voortgangsrapport {today.year} van het participatietraject "
                     f"kinderarmoede {trajectory.period_start}-{trajectory.period_end} van {trajectory.gemeente}.",
                     bold=True)
    return writer.to_bytes()
