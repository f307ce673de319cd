"""Evaluation: output and outcome indicators on a goal or an action of this trajectory only, their
measurements over time (a wrong one deleted), progress toward the target (also a falling target,
no measurement, behind or on schedule), and the signaalgroep's resultaatmeting (visible answers,
counts only for groups of at least 3)."""

from __future__ import annotations

import datetime as dt

import pytest

from facilitation import contribution, evaluation, goal, trajectory
from facilitation import session as meetings
from facilitation.models import Domain, DomainSet, IndicatorKind, ParticipantGroup


@pytest.fixture
def tree(write, trajectory_id) -> dict[str, int]:
    """Onderwijs: a strategic goal, an operational goal under it with one action."""
    with write() as s:
        domain_set = DomainSet(trajectory_id=trajectory_id, name="Roadmap")
        domain_set.domains = [Domain(key="onderwijs", name="Onderwijs en vrije tijd", position=0)]
        s.add(domain_set)
        s.flush()
        domain_id = domain_set.domains[0].id
        strategic = goal.add_strategic_goal(s, trajectory_id=trajectory_id, domain_id=domain_id,
                                            text="De slaagkansen van kinderen zijn verhoogd")
        operational = goal.add_operational_goal(s, parent_id=strategic.id,
                                                text="Schoolse vertraging bij kinderen daalt met 50%")
        action = goal.add_action(s, goal_id=operational.id, what="Huiswerkklas op woensdag")
        return {"domain": domain_id, "strategic": strategic.id, "goal": operational.id, "action": action.id}


@pytest.fixture
def other_tree(write) -> dict[str, int]:
    """A goal and an action of another trajectory."""
    with write() as s:
        other = trajectory.create_trajectory(s, gemeente="Mol", period_start=2025, period_end=2030)
        strategic = goal.add_strategic_goal(s, trajectory_id=other.id, domain_id=None, text="Iets anders")
        action = goal.add_action(s, goal_id=strategic.id, what="Een actie elders")
        return {"goal": strategic.id, "action": action.id}


def _progress(read, trajectory_id, today=dt.date(2027, 1, 1)):
    with read() as s:
        return {p.name: p for p in evaluation.indicator_progress(s, trajectory_id=trajectory_id, today=today)}


# --- indicators -----------------------------------------------------------------------------------


def test_an_indicator_hangs_on_a_goal_or_an_action_of_this_trajectory(write, read, trajectory_id, tree):
    with write() as s:
        on_goal = evaluation.add_indicator(
            s, trajectory_id=trajectory_id, kind=IndicatorKind.OUTCOME, name="  Kinderen met vertraging ",
            goal_id=tree["goal"], unit="%", baseline="20", target=10, deadline=dt.date(2028, 6, 30))
        on_action = evaluation.add_indicator(s, trajectory_id=trajectory_id, kind="output",
                                             name="Kinderen in de huiswerkklas", action_id=tree["action"])
    with read() as s:
        found = evaluation.indicators(s, trajectory_id=trajectory_id)
    assert [(i.id, i.name, i.kind, i.goal_id, i.action_id) for i in found] == [
        (on_goal.id, "Kinderen met vertraging", IndicatorKind.OUTCOME, tree["goal"], None),
        (on_action.id, "Kinderen in de huiswerkklas", IndicatorKind.OUTPUT, None, tree["action"]),
    ]
    assert (found[0].unit, found[0].baseline, found[0].target, found[0].deadline) == (
        "%", 20.0, 10.0, dt.date(2028, 6, 30))


@pytest.mark.parametrize(("link", "message"), [
    ({}, "één doelstelling of één actie"),
    ({"goal_id": "goal", "action_id": "action"}, "één doelstelling of één actie"),
    ({"goal_id": "other_goal"}, "ander traject"),
    ({"action_id": "other_action"}, "ander traject"),
    ({"goal_id": "missing"}, "bestaat niet"),
])
def test_an_indicator_is_refused_without_one_link_of_this_trajectory(write, read, trajectory_id, tree, other_tree,
                                                                     link, message):
    ids = {"goal": tree["goal"], "action": tree["action"], "other_goal": other_tree["goal"],
           "other_action": other_tree["action"], "missing": tree["goal"] + 999}
    with pytest.raises(evaluation.EvaluationError, match=message), write() as s:
        evaluation.add_indicator(s, trajectory_id=trajectory_id, kind=IndicatorKind.OUTPUT, name="Bereik",
                                 **{k: ids[v] for k, v in link.items()})
    with read() as s:
        assert evaluation.indicators(s, trajectory_id=trajectory_id) == []


@pytest.mark.parametrize(("fields", "message"), [
    ({"name": "  "}, "naam van de indicator"),
    ({"target": "veel"}, "streefwaarde"),
    ({"baseline": float("inf")}, "beginwaarde"),
    ({"kind": "impact"}, "output of outcome"),
])
def test_an_indicator_needs_a_name_numbers_and_a_kind(write, trajectory_id, tree, fields, message):
    with pytest.raises(evaluation.EvaluationError, match=message), write() as s:
        evaluation.add_indicator(s, trajectory_id=trajectory_id, goal_id=tree["goal"],
                                 **({"kind": "output", "name": "Bereik"} | fields))


def test_an_indicator_can_be_edited_and_moved_to_an_action_keeping_its_measurements(
        write, read, trajectory_id, tree, other_tree):
    with write() as s:
        indicator = evaluation.add_indicator(s, trajectory_id=trajectory_id, kind="output", name="Bereik",
                                             goal_id=tree["goal"])
        evaluation.add_measurement(s, indicator_id=indicator.id, measured_on=dt.date(2026, 3, 1), value=4)
    with write() as s:
        evaluation.update_indicator(s, indicator_id=indicator.id, trajectory_id=trajectory_id, kind="outcome",
                                    name="Kinderen die geen jaar overdoen", action_id=tree["action"], unit="kinderen",
                                    baseline=0, target=40, deadline=dt.date(2027, 6, 30))
    with pytest.raises(evaluation.EvaluationError, match="ander traject"), write() as s:
        evaluation.update_indicator(s, indicator_id=indicator.id, trajectory_id=trajectory_id, kind="outcome",
                                    name="Elders", goal_id=other_tree["goal"])
    [progress] = _progress(read, trajectory_id).values()
    assert (progress.name, progress.kind, progress.goal_id, progress.action_id, progress.unit, progress.target,
            progress.deadline, progress.measurements) == (
        "Kinderen die geen jaar overdoen", IndicatorKind.OUTCOME, None, tree["action"], "kinderen", 40.0,
        dt.date(2027, 6, 30), ((dt.date(2026, 3, 1), 4.0),))


def test_deleting_an_indicator_deletes_its_measurements(write, read, trajectory_id, tree):
    with write() as s:
        indicator = evaluation.add_indicator(s, trajectory_id=trajectory_id, kind="output", name="Bereik",
                                             goal_id=tree["goal"])
        evaluation.add_measurement(s, indicator_id=indicator.id, measured_on=dt.date(2026, 3, 1), value=4)
    with write() as s:
        evaluation.delete_indicator(s, indicator_id=indicator.id)
    with read() as s:
        assert evaluation.indicators(s, trajectory_id=trajectory_id) == []
        assert evaluation.measurements(s, indicator_id=indicator.id) == []
    with pytest.raises(evaluation.EvaluationError, match="bestaat niet"), write() as s:
        evaluation.delete_indicator(s, indicator_id=indicator.id)


def test_an_indicator_goes_with_its_goal(write, read, trajectory_id, tree):
    with write() as s:
        evaluation.add_indicator(s, trajectory_id=trajectory_id, kind="output", name="Bereik", action_id=tree["action"])
    with write() as s:
        goal.delete_goal(s, goal_id=tree["strategic"])
    with read() as s:
        assert evaluation.indicators(s, trajectory_id=trajectory_id) == []


# --- measurements ---------------------------------------------------------------------------------


def test_measurements_come_in_date_order_and_a_wrong_one_can_be_deleted(write, read, trajectory_id, tree):
    with write() as s:
        indicator = evaluation.add_indicator(s, trajectory_id=trajectory_id, kind="output", name="Bereik",
                                             goal_id=tree["goal"])
        evaluation.add_measurement(s, indicator_id=indicator.id, measured_on=dt.date(2026, 6, 30), value=80)
        wrong = evaluation.add_measurement(s, indicator_id=indicator.id, measured_on=dt.date(2026, 3, 31), value=3500)
        evaluation.add_measurement(s, indicator_id=indicator.id, measured_on=dt.date(2025, 12, 31), value="12,5",
                                   note="  nulmeting  ")
    with write() as s:
        evaluation.delete_measurement(s, measurement_id=wrong.id)
    with read() as s:
        found = evaluation.measurements(s, indicator_id=indicator.id)
    assert [(m.measured_on, m.value, m.note) for m in found] == [
        (dt.date(2025, 12, 31), 12.5, "nulmeting"), (dt.date(2026, 6, 30), 80.0, None)]


@pytest.mark.parametrize(("day", "value", "message"), [
    (dt.date(2026, 1, 1), "veel", "getal"), (dt.date(2026, 1, 1), float("nan"), "getal"),
    (dt.date(2026, 1, 1), None, "getal"), ("gisteren", 1, "datum"),
])
def test_a_measurement_needs_a_date_and_a_number(write, trajectory_id, tree, day, value, message):
    with write() as s:
        indicator = evaluation.add_indicator(s, trajectory_id=trajectory_id, kind="output", name="Bereik",
                                             goal_id=tree["goal"])
    with pytest.raises(evaluation.EvaluationError, match=message), write() as s:
        evaluation.add_measurement(s, indicator_id=indicator.id, measured_on=day, value=value)
    with pytest.raises(evaluation.EvaluationError, match="Deze indicator bestaat niet"), write() as s:
        evaluation.add_measurement(s, indicator_id=indicator.id + 99, measured_on=dt.date(2026, 1, 1), value=1)


# --- progress -------------------------------------------------------------------------------------


def _indicator(write, trajectory_id, tree, name, measured=(), **fields):
    with write() as s:
        indicator = evaluation.add_indicator(s, trajectory_id=trajectory_id, kind="outcome", name=name,
                                             goal_id=tree["goal"], **fields)
        for day, value in measured:
            evaluation.add_measurement(s, indicator_id=indicator.id, measured_on=day, value=value)


def test_progress_toward_a_falling_target(write, read, trajectory_id, tree):
    # "schoolse vertraging daalt met 50%": from 20% in 2025 to 10% by the end of 2028.
    _indicator(write, trajectory_id, tree, "Vertraging", baseline=20, target=10, deadline=dt.date(2028, 12, 31),
               measured=[(dt.date(2026, 12, 31), 15), (dt.date(2026, 6, 30), 18)])
    progress = _progress(read, trajectory_id)["Vertraging"]
    assert progress.measurements == ((dt.date(2026, 6, 30), 18.0), (dt.date(2026, 12, 31), 15.0))
    assert (progress.latest, progress.progress, progress.domain_id) == (15.0, 0.5, tree["domain"])
    # Two of four years passed (2025-2028), half of the way done.
    assert progress.status == evaluation.ON_TRACK


def test_progress_statuses(write, read, trajectory_id, tree):
    _indicator(write, trajectory_id, tree, "Geen meting", baseline=0, target=100)
    _indicator(write, trajectory_id, tree, "Bereikt", baseline=0, target=100, measured=[(dt.date(2026, 5, 1), 120)])
    _indicator(write, trajectory_id, tree, "Achter", baseline=0, target=100, deadline=dt.date(2027, 12, 31),
               measured=[(dt.date(2026, 12, 31), 10)])
    _indicator(write, trajectory_id, tree, "Te laat", baseline=0, target=100, deadline=dt.date(2026, 6, 30),
               measured=[(dt.date(2026, 6, 1), 90)])
    _indicator(write, trajectory_id, tree, "Zonder doel", baseline=0, measured=[(dt.date(2026, 6, 1), 90)])
    _indicator(write, trajectory_id, tree, "Beginmeting", target=100, measured=[(dt.date(2026, 1, 1), 30)])
    _indicator(write, trajectory_id, tree, "Vanaf de eerste meting", target=100,
               measured=[(dt.date(2026, 1, 1), 20), (dt.date(2026, 7, 1), 60)])
    found = _progress(read, trajectory_id)
    assert {name: (p.latest, p.progress, p.status) for name, p in found.items()} == {
        "Geen meting": (None, None, "nog geen meting"),
        "Bereikt": (120.0, 1.2, "doel bereikt"),
        "Achter": (10.0, 0.1, "achter op schema"),
        "Te laat": (90.0, 0.9, evaluation.OVERDUE),
        "Zonder doel": (90.0, None, "geen streefwaarde"),
        "Beginmeting": (30.0, 0.0, evaluation.STARTING_POINT),
        "Vanaf de eerste meting": (60.0, 0.5, "onderweg"),
    }


def test_progress_lists_only_this_trajectory(write, read, trajectory_id, tree, other_tree):
    with write() as s:
        evaluation.add_indicator(s, kind="output", name="Elders", goal_id=other_tree["goal"])
    assert _progress(read, trajectory_id) == {}


# --- resultaatmeting ------------------------------------------------------------------------------


def test_the_resultaatmeting_shows_visible_answers_and_counts_only_groups_of_three(write, read, trajectory_id):
    with write() as s:
        signaal = meetings.plan_session(s, trajectory_id=trajectory_id, template_id="signaalgroep_resultaatmeting")
        meetings.open_session(s, session_id=signaal.id)
        [exercise] = signaal.exercises
        exercise_id = exercise.id
    answers = [("Ik durf nu hulp te vragen", ParticipantGroup.OUDER),
               ("Ik weet nu waar het loket is", ParticipantGroup.OUDER),
               ("Mijn kind gaat nu naar de sportclub", ParticipantGroup.OUDER),
               ("We werken beter samen", ParticipantGroup.PROFESSIONAL),
               ("Dit hoort niet op het scherm", None)]
    ids = []
    with write() as s:
        for text, group in answers:
            ids.append(contribution.add_contribution(s, session_exercise_id=exercise_id, text=text,
                                                     participant_group=group).id)
        contribution.set_hidden(s, contribution_id=ids[-1], hidden=True)
    with read() as s:
        assert evaluation.resultaatmeting(s, trajectory_id=trajectory_id) == [t for t, _ in answers[:4]]
        assert evaluation.resultaatmeting_per_group(s, trajectory_id=trajectory_id) == {ParticipantGroup.OUDER: 3}
