"""What goes back to the parents: "wat we met jullie inbreng deden".

Two forms of the same content (FeedbackContent), in plain language (A2, short sentences):
- the public page /terugkoppeling?t=<token> on the parents' phones, in Dutch, English or French,
  without a login (pages/terugkoppeling.py);
- an easy-read Word page for paper (Dutch), whose QR code leads to that public page.

The link carries the trajectory's public_token (secrets.token_urlsafe, made on first need), never
an id that can be counted through. Counts only, never a name, and no figure under
anonymity.MIN_GROUP_SIZE: a smaller count reads "a few". The wording lives in
exercises/ai_questions.yaml (phone_texts "feedback_*"), beside the phone's.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import secrets
from dataclasses import dataclass
from pathlib import Path

from docx.shared import Cm, Pt
from sqlalchemy import func, select, union
from sqlalchemy.orm import Session as DbSession

from facilitation import config, goal, qr
from facilitation import domain as domains_mod
from facilitation import session as meetings
from facilitation.anonymity import large_enough
from facilitation.documents.common import strategic_goals, trajectory_or_error
from facilitation.documents.writer import DocumentWriter, clean, month_year
from facilitation.exercises import Catalogue, catalogue
from facilitation.models import (
    Contribution,
    EssentialElement,
    Goal,
    GoalSource,
    MemberRole,
    SessionExercise,
    SessionState,
    StuurgroepMember,
    Trajectory,
)
from facilitation.models import Session as Meeting

FEEDBACK_TITLE = "Wat gebeurde er met jullie inbreng?"
FEEDBACK_SIZE = 13  # pt: large enough to read easily, small enough for one page
MAX_DOMAINS = 3
MAX_ITEMS = 4  # goals or actions
TEXT_MAX = 110  # characters of a goal or an action
TOKEN_BYTES = 24  # secrets.token_urlsafe(24): 32 characters, the column's length
_TOKEN = re.compile(r"^[A-Za-z0-9_-]{32}$")


# --- the link ----------------------------------------------------------------------------------------


def public_token(db: DbSession, *, trajectory_id: int) -> str:
    """The trajectory's token for the parents' public page; made (and flushed) on first need."""
    trajectory = trajectory_or_error(db, trajectory_id)
    if not trajectory.public_token:
        trajectory.public_token = secrets.token_urlsafe(TOKEN_BYTES)
        db.flush()
    return trajectory.public_token


def public_url(token: str) -> str:
    return f"{config.public_url()}/terugkoppeling?t={token}"


def trajectory_for_token(db: DbSession, *, token: str | None) -> Trajectory | None:
    """The trajectory whose public page this token opens, or None for a wrong or missing token."""
    if not token or not _TOKEN.match(token):
        return None
    return db.scalar(select(Trajectory).where(Trajectory.public_token == token))


# --- what the parents are told -----------------------------------------------------------------------


@dataclass(frozen=True)
class Priority:
    name: str
    icon: str
    key: str | None  # the shipped domain it was copied from, for its name in another language
    goals: tuple[str, ...]  # its strategic goals, shortened


@dataclass(frozen=True)
class FeedbackContent:
    """Counts are None when there are too few to show (under MIN_GROUP_SIZE but not 0)."""

    gemeente: str
    meetings: int  # held so far
    answers: int | None
    in_priorities: int | None  # answers grouped into a priority domain
    in_goals: int | None  # answers that inspired a goal
    parents_in_stuurgroep: int | None
    priorities: tuple[Priority, ...]
    actions: tuple[tuple[str, dt.date | None], ...]  # what, from when
    next_meeting: dt.date | None


def _shown(count: int) -> int | None:
    """A count as it may be shown: 0 stays 0 (the sentence is left out), 1 or 2 become None."""
    return count if count == 0 or large_enough(count) else None


def short(text: str, limit: int = TEXT_MAX) -> str:
    text = " ".join(clean(text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _visible_answers(trajectory_id: int):
    return (
        select(Contribution.id)
        .join(SessionExercise, Contribution.session_exercise_id == SessionExercise.id)
        .join(Meeting, SessionExercise.session_id == Meeting.id)
        .where(Meeting.trajectory_id == trajectory_id, Contribution.hidden.is_(False),
               Contribution.approved.is_(True), Contribution.merged_into_id.is_(None))
    )


def _answers_behind_goals(db: DbSession, trajectory_id: int) -> int:
    """Visible answers that inspired a goal, directly or through one of their essential elements."""
    goal_ids = select(Goal.id).where(Goal.trajectory_id == trajectory_id)
    linked = union(
        select(GoalSource.contribution_id.label("id")).where(GoalSource.goal_id.in_(goal_ids),
                                                             GoalSource.contribution_id.is_not(None)),
        select(EssentialElement.contribution_id.label("id")).join(GoalSource, GoalSource.element_id == EssentialElement.id)
        .where(GoalSource.goal_id.in_(goal_ids)),
    ).subquery()
    return db.scalar(select(func.count()).select_from(linked).where(linked.c.id.in_(_visible_answers(trajectory_id))))


def feedback_content(db: DbSession, *, trajectory_id: int, today: dt.date | None = None) -> FeedbackContent:
    trajectory = trajectory_or_error(db, trajectory_id)
    today = today or dt.date.today()
    sessions = meetings.list_sessions(db, trajectory_id=trajectory_id)
    visible = _visible_answers(trajectory_id)
    priorities = domains_mod.priority_domains(db, trajectory_id=trajectory_id)[:MAX_DOMAINS]
    answers = db.scalar(select(func.count()).select_from(visible.subquery()))
    in_priorities = db.scalar(select(func.count(Contribution.id)).where(
        Contribution.id.in_(visible), Contribution.domain_id.in_([p.id for p in priorities]))) if priorities else 0
    goals_by_domain: dict[int | None, list[str]] = {}
    for strategic in strategic_goals(db, trajectory_id):
        goals_by_domain.setdefault(strategic.domain_id, []).append(short(strategic.text))
    members = db.scalars(select(StuurgroepMember).where(StuurgroepMember.trajectory_id == trajectory_id)).all()
    upcoming = sorted(s.scheduled_on for s in sessions
                      if s.state is not SessionState.CLOSED and s.scheduled_on and s.scheduled_on >= today)
    return FeedbackContent(
        gemeente=trajectory.gemeente,
        meetings=sum(1 for s in sessions if s.state is not SessionState.PLANNED),
        answers=_shown(answers),
        in_priorities=_shown(in_priorities),
        in_goals=_shown(_answers_behind_goals(db, trajectory_id)),
        parents_in_stuurgroep=_shown(sum(m.count for m in members if m.role is MemberRole.OUDER)),
        priorities=tuple(Priority(p.name, p.icon, p.key, tuple(goals_by_domain.get(p.id, ())[:MAX_ITEMS]))
                         for p in priorities),
        actions=tuple((short(row.what), row.start_on) for row in goal.action_plan(db, trajectory_id=trajectory_id)),
        next_meeting=upcoming[0] if upcoming else None,
    )


def public_feedback(db: DbSession, *, token: str | None, today: dt.date | None = None) -> FeedbackContent | None:
    """What the public page shows for this token, or None for a wrong or missing one."""
    trajectory = trajectory_for_token(db, token=token)
    return feedback_content(db, trajectory_id=trajectory.id, today=today) if trajectory is not None else None


def domain_name(priority: Priority, language: str, exercises: Catalogue | None = None) -> str:
    """The domain's name in the language, when it is a shipped domain that kept its Dutch name."""
    if language == "nl" or priority.key is None:
        return priority.name
    for domain_set in (exercises or catalogue()).domain_sets.values():
        for template in domain_set.domains:
            if template.id == priority.key and template.name.nl == priority.name:
                return template.name.get(language)
    return priority.name


def say(key: str, language: str, exercises: Catalogue | None = None, **values: object) -> str:
    """A sentence of the page (phone_texts "feedback_*") in the language, with its values filled in."""
    text = (exercises or catalogue()).phone_text(key, language)
    return text.format(**values) if values else text


def lines(content: FeedbackContent, language: str, exercises: Catalogue | None = None) -> dict[str, list[str]]:
    """The sentences of each part of the page, in the language: {"together": [...], "actions": [...],
    "next": [...]}. A count under MIN_GROUP_SIZE reads "a few"; a count of 0 leaves its sentence out."""

    def counted(key: str, count: int | None) -> list[str]:
        if count == 0:
            return []
        return [say(key + "_few", language, exercises) if count is None else say(key, language, exercises, n=count)]

    together = [say("feedback_meetings", language, exercises, n=content.meetings)] if content.meetings else []
    together += counted("feedback_answers", content.answers)
    together += counted("feedback_in_priorities", content.in_priorities)
    together += counted("feedback_in_goals", content.in_goals)
    together += counted("feedback_parents_seats", content.parents_in_stuurgroep)
    actions = [what + "." * (not what.endswith((".", "!", "?", "…")))
               + (" " + say("feedback_from", language, exercises, date=f"{start:%d/%m/%Y}") if start else "")
               for what, start in content.actions[:MAX_ITEMS]]
    if len(content.actions) > MAX_ITEMS:
        actions.append(say("feedback_more_actions", language, exercises, n=len(content.actions) - MAX_ITEMS))
    when = content.next_meeting
    return {
        "together": together,
        "actions": actions,
        "next": [say("feedback_next_meeting", language, exercises, date=f"{when:%d/%m/%Y}") if when
                 else say("feedback_next_later", language, exercises),
                 say("feedback_no_names", language, exercises)],
    }


# --- the Word page -----------------------------------------------------------------------------------


def build_feedback_page(db: DbSession, *, trajectory_id: int, template: str | Path | None = None,
                        today: dt.date | None = None) -> bytes:
    """"Wat gebeurde er met jullie inbreng?": one page in easy Dutch (A2) with a QR code to the
    parents' public page (its token is made here on first need, so the caller's transaction writes)."""
    today = today or dt.date.today()
    content = feedback_content(db, trajectory_id=trajectory_id, today=today)
    url = public_url(public_token(db, trajectory_id=trajectory_id))
    text = lines(content, "nl")
    writer = DocumentWriter(title=FEEDBACK_TITLE, subject=f"Terugkoppeling aan de ouders, {content.gemeente}",
                            template=template)
    size = FEEDBACK_SIZE
    writer.heading(FEEDBACK_TITLE, 0)
    writer.paragraph(f"{content.gemeente}, {month_year(today)}", size=size, italic=True)

    writer.heading(say("feedback_together", "nl"), 1)
    for line in text["together"]:
        writer.bullet(line, size=size)

    writer.heading(say("feedback_priorities", "nl"), 1)
    for priority in content.priorities:
        writer.bullet(priority.name, size=size)
    if not content.priorities:
        writer.paragraph(say("feedback_priorities_later", "nl"), size=size)

    writer.heading(say("feedback_actions", "nl"), 1)
    goals = [g for p in content.priorities for g in p.goals][:MAX_ITEMS]  # before there are actions
    for line in text["actions"] or goals or [say("feedback_actions_later", "nl")]:
        writer.bullet(line, size=size)

    writer.heading(say("feedback_next", "nl"), 1)
    for line in text["next"]:
        writer.paragraph(line, size=size)

    table = writer.document.add_table(rows=1, cols=2)  # no style: no borders
    left, right = table.rows[0].cells
    left.width, right.width = Cm(writer.width_cm - 4.5), Cm(4.5)
    intro = left.paragraphs[0].add_run("Scan de code met je telefoon. Dan lees je meer.")
    intro.font.size = Pt(size)
    intro.bold = True
    link = left.add_paragraph().add_run(clean(url))
    link.font.size = Pt(size - 4)
    right.paragraphs[0].add_run().add_picture(io.BytesIO(qr.qr_png(url, scale=8)), width=Cm(3.8))
    return writer.to_bytes()
