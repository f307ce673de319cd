"""The evaluation screen in AppTest: an indicator created on an action, two measurements, the
chart with baseline, target and deadline, editing and deleting, and the signaalgroep's
resultaatmeting (answers without a name, counts only for groups of at least 3)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from facilitation import contribution, demo, evaluation
from facilitation import session as meetings
from facilitation.models import Action, Indicator, IndicatorKind, Measurement, ParticipantGroup
from tests.test_live_pages import app, texts


def _demo(read) -> tuple[int, int]:
    with read() as s:
        return demo.find_demo(s).id, s.scalars(select(Action.id)).one()


def _only_indicator_of(read, name: str) -> Indicator:
    with read() as s:
        return s.scalars(select(Indicator).where(Indicator.name == name)).one()


def _measure(at, indicator_id: int, day: dt.date, value: float, note: str = "") -> None:
    at.date_input(key=f"measure-{indicator_id}-day").set_value(day)
    at.number_input(key=f"measure-{indicator_id}-value").set_value(value)
    at.text_input(key=f"measure-{indicator_id}-note").input(note)
    next(b for b in at.button if b.label == "Meting bewaren" and b.form_id == f"measure-{indicator_id}").click().run()
    assert not at.exception


def test_an_indicator_is_created_measured_twice_and_shown_in_a_chart(demo_engine, read):
    trajectory_id, action_id = _demo(read)
    year = dt.date.today().year  # the demo's policy period starts this year
    at = app("pages/evaluatie.py", staff=True, traject=str(trajectory_id))
    assert not at.exception
    at.radio(key="new-indicator-kind").set_value(IndicatorKind.OUTCOME)
    at.text_input(key="new-indicator-name").input("Kinderen die elke maand deelnemen")
    at.text_input(key="new-indicator-unit").input("%")
    at.number_input(key="new-indicator-baseline").set_value(40.0)
    at.number_input(key="new-indicator-target").set_value(80.0)
    at.date_input(key="new-indicator-deadline").set_value(dt.date(year + 1, 12, 31))
    at.selectbox(key="new-indicator-link").set_value(f"action-{action_id}")
    next(b for b in at.button if b.label == "Indicator bewaren").click().run()
    assert not at.exception
    indicator = _only_indicator_of(read, "Kinderen die elke maand deelnemen")
    assert (indicator.kind, indicator.unit, indicator.baseline, indicator.target, indicator.deadline,
            indicator.action_id, indicator.goal_id) == (
        IndicatorKind.OUTCOME, "%", 40.0, 80.0, dt.date(year + 1, 12, 31), action_id, None)

    _measure(at, indicator.id, dt.date(year, 6, 30), 50, "na de eerste zomer")
    _measure(at, indicator.id, dt.date(year, 12, 31), 60)
    with read() as s:
        assert [(m.measured_on, m.value, m.note) for m in evaluation.measurements(s, indicator_id=indicator.id)] == [
            (dt.date(year, 6, 30), 50.0, "na de eerste zomer"), (dt.date(year, 12, 31), 60.0, None)]
    page = texts(at)
    assert "🟢 **op schema**" in page and "60%" in page
    assert [bar.proto.text for bar in at.get("progress")] == ["50% van de weg naar de streefwaarde"]
    assert "na de eerste zomer" in page
    charts = [c.proto.spec for c in at.get("plotly_chart")]
    assert len(charts) == 2  # the demo's indicator (a target, no measurement yet) and this one
    spec = next(spec for spec in charts if f"{year}-06-30" in spec)  # the measurements over time
    assert f"{year}-12-31" in spec
    assert "streefwaarde" in spec and "beginwaarde" in spec and "deadline" in spec


def test_an_indicator_needs_a_goal_or_action_and_says_so(demo_engine, read):
    trajectory_id, _ = _demo(read)
    at = app("pages/evaluatie.py", staff=True, traject=str(trajectory_id))
    at.text_input(key="new-indicator-name").input("Bereik zonder doel")
    next(b for b in at.button if b.label == "Indicator bewaren").click().run()
    assert not at.exception
    assert "Een indicator hoort bij één doelstelling of één actie." in texts(at).replace("\\", "")
    with read() as s:
        assert s.scalars(select(Indicator).where(Indicator.name == "Bereik zonder doel")).all() == []


def test_an_indicator_is_edited_a_wrong_measurement_deleted_and_the_indicator_deleted_after_asking(
        demo_engine, read, write):
    trajectory_id, action_id = _demo(read)
    indicator = _only_indicator_of(read, "Aantal kinderen met een vrijetijdspas")  # the demo's
    with write() as s:
        evaluation.add_measurement(s, indicator_id=indicator.id, measured_on=dt.date(2026, 3, 1), value=120)
        wrong = evaluation.add_measurement(s, indicator_id=indicator.id, measured_on=dt.date(2026, 4, 1), value=12000)
    at = app("pages/evaluatie.py", staff=True, traject=str(trajectory_id))
    prefix = f"indicator-{indicator.id}"
    at.text_input(key=f"{prefix}-name").input("Kinderen met een vrijetijdspas")
    at.number_input(key=f"{prefix}-target").set_value(300.0)
    next(b for b in at.button if b.label == "Wijzigingen bewaren").click().run()
    assert not at.exception
    stored = _only_indicator_of(read, "Kinderen met een vrijetijdspas")
    assert (stored.target, stored.action_id) == (300.0, action_id)

    at.button(key=f"delete-measurement-{wrong.id}").click().run()
    with read() as s:
        assert s.get(Measurement, wrong.id) is None
        assert len(evaluation.measurements(s, indicator_id=indicator.id)) == 1

    at.button(key=f"delete-{indicator.id}").click().run()
    assert "Deze indicator verwijderen, met 1 meting(en)?" in texts(at)
    assert _only_indicator_of(read, "Kinderen met een vrijetijdspas")  # asking deletes nothing
    at.button(key=f"confirm-delete-{indicator.id}").click().run()
    assert not at.exception
    with read() as s:
        assert s.get(Indicator, indicator.id) is None
    assert "Nog geen indicatoren" in texts(at)


def test_the_resultaatmeting_shows_answers_and_counts_only_groups_of_three(demo_engine, read, write):
    trajectory_id, _ = _demo(read)
    at = app("pages/evaluatie.py", staff=True, traject=str(trajectory_id))
    assert "Nog geen antwoorden" in texts(at)
    with write() as s:
        meeting = meetings.plan_session(s, trajectory_id=trajectory_id, template_id="signaalgroep_resultaatmeting")
        exercise_id = meeting.exercises[0].id
        for text, group in [("Ik durf nu hulp te vragen", ParticipantGroup.OUDER),
                            ("Ik weet nu **waar** het loket is", ParticipantGroup.OUDER),
                            ("Mijn kind gaat nu naar de sportclub", ParticipantGroup.OUDER),
                            ("We verwijzen sneller door", ParticipantGroup.PROFESSIONAL)]:
            contribution.add_contribution(s, session_exercise_id=exercise_id, text=text, participant_group=group)
        hidden = contribution.add_contribution(s, session_exercise_id=exercise_id, text="Naam en adres van iemand")
        contribution.set_hidden(s, contribution_id=hidden.id, hidden=True)
    at.run()
    assert not at.exception
    shown = [t.value for t in at.text]
    assert "💬 Ik weet nu **waar** het loket is" in shown  # as typed, never as Markdown
    assert "💬 We verwijzen sneller door" in shown
    assert not any("Naam en adres" in t for t in shown)
    page = texts(at)
    assert "ouders: 3" in page
    assert "organisaties" not in page  # one answer: no figure
