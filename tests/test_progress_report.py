"""The yearly progress report for the college (roadmap step 10), read back as the college reads it:
per domain and goal the actions' status and each indicator against its target, the signaalgroep's
resultaatmeting as written (never a hidden answer), offered on /exporteren and on the command line.
"""

from __future__ import annotations

import datetime as dt
import io

import docx
import pytest
from sqlalchemy import select

from facilitation import config, contribution, demo, evaluation, goal
from facilitation import session as meetings
from facilitation.documents import progress
from facilitation.models import ActionStatus, Action, Goal, GoalLevel, IndicatorKind
from tests.test_documents import _cli, _headings, _images, _section_texts, _table_with, _text
from tests.test_live_pages import app


@pytest.fixture
def measured(demo_engine, write, read) -> dict:
    """The demo with its action under way, an outcome indicator measured twice and a resultaatmeting
    of the signaalgroep (one answer hidden by moderation)."""
    with write() as s:
        trajectory = demo.find_demo(s)
        start = trajectory.period_start
        operational = s.scalars(select(Goal).where(Goal.level == GoalLevel.OPERATIONEEL)).one()
        action = s.scalars(select(Action)).one()
        goal.set_action_status(s, action_id=action.id, status=ActionStatus.BEZIG)
        indicator = evaluation.add_indicator(
            s, kind=IndicatorKind.OUTCOME, name="Kinderen die elke maand deelnemen", goal_id=operational.id,
            unit="%", baseline=20, target=80, deadline=dt.date(start + 2, 12, 31), trajectory_id=trajectory.id)
        evaluation.add_measurement(s, indicator_id=indicator.id, measured_on=dt.date(start, 9, 1), value=35)
        evaluation.add_measurement(s, indicator_id=indicator.id, measured_on=dt.date(start + 1, 1, 2), value=50)
        signaal = meetings.plan_session(s, trajectory_id=trajectory.id, template_id="signaalgroep_resultaatmeting")
        exercise = signaal.exercises[0].id
        contribution.add_contribution(s, session_exercise_id=exercise, text="Ik durf nu zelf naar het OCMW te bellen.")
        hidden = contribution.add_contribution(s, session_exercise_id=exercise, text="Mijn buurman Jef zegt niets.")
        contribution.set_hidden(s, contribution_id=hidden.id, hidden=True)
        return {"trajectory": trajectory.id, "start": start, "today": dt.date(start + 1, 2, 1)}


def _report(read, measured) -> docx.document.Document:
    with read() as s:
        data = progress.build_progress_report(s, trajectory_id=measured["trajectory"], today=measured["today"])
    return docx.Document(io.BytesIO(data)), data


def test_each_indicator_against_its_target_and_each_actions_status(read, measured):
    document, data = _report(read, measured)
    start = measured["start"]
    assert document.paragraphs[0].text == "Voortgangsrapport kinderarmoede"
    assert _headings(document, 1) == ["Samenvatting", "Onderwijs en vrije tijd", "Inkomen en gezondheid",
                                      "Evaluatie door de signaalgroep", "Voorstel van beslissing"]
    indicators = _table_with(document, "Laatste meting")
    assert indicators[0] == progress.INDICATOR_HEADER
    assert ["Kinderen die elke maand deelnemen", "outcome", "20 %", f"50 % (02/01/{start + 1})",
            f"80 % tegen 31/12/{start + 2}", "50%", evaluation.ON_TRACK] in indicators
    assert ["Aantal kinderen met een vrijetijdspas", "output", "", "", "250 kinderen", "",
            evaluation.NO_MEASUREMENT] in indicators
    actions = _table_with(document, "Trekker")
    assert actions[1][0] == "Vrijetijdspas automatisch toekennen via het OCMW"
    assert actions[1][1:3] == ["OCMW", "Jeugddienst, sportclubs, jeugdbewegingen"] and actions[1][4] == "bezig"
    summary = "\n".join(_section_texts(document, "Samenvatting"))
    assert "1 actie: 1 bezig." in summary
    assert "2 indicatoren: " in summary and f"1 {evaluation.ON_TRACK}" in summary
    assert f"1 {evaluation.NO_MEASUREMENT}" in summary
    assert len(_images(data)) == 1  # the chart of the measured indicator's way to its target
    assert "De werkgroepen schreven nog geen" not in _text(document)


def test_the_signaalgroeps_resultaatmeting_without_a_hidden_answer(read, measured):
    document, _ = _report(read, measured)
    evaluation_part = _section_texts(document, "Evaluatie door de signaalgroep")
    assert "Ik durf nu zelf naar het OCMW te bellen." in evaluation_part
    assert "1 antwoord, zoals ze geschreven werden, zonder naam:" in evaluation_part
    assert "Jef" not in _text(document)


def test_a_trajectory_without_goals_or_a_resultaatmeting_says_so(write, read, trajectory_id):
    with read() as s:
        document = docx.Document(io.BytesIO(progress.build_progress_report(s, trajectory_id=trajectory_id)))
    text = _text(document)
    for missing in ("Nog geen acties.", "Nog geen indicatoren.", "De werkgroepen schreven nog geen doelstellingen.",
                    "De signaalgroep deed nog geen resultaatmeting."):
        assert missing in text


def test_offered_on_the_export_page_and_the_command_line(read, measured, tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(config, "EXPORTS_DIR", tmp_path / "exports")
    at = app("pages/exporteren.py", staff=True, traject=str(measured["trajectory"]))
    next(b for b in at.button if b.label == "Voortgangsrapport voor het college (Word, jaarlijks)").click().run()
    assert not at.exception and not at.error
    (written,) = (tmp_path / "exports").glob("voortgangsrapport-*.docx")
    assert "Kinderen die elke maand deelnemen" in _text(docx.Document(str(written)))
    out = tmp_path / "voortgang.docx"
    assert _cli(["export", "progress", "--trajectory", str(measured["trajectory"]), "--out", str(out)]) == 0
    assert f"Geschreven: {out}" in capsys.readouterr().out
    assert docx.Document(str(out)).paragraphs[0].text == "Voortgangsrapport kinderarmoede"
