"""Goals and the action plan: two people saving the same goal or action (the second save detects
the conflict, shows both texts and loses neither), the sources of a goal (never a hidden
contribution), the action plan and its filters, and status changes (indicators and measurements:
test_evaluation.py).
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from facilitation import anonymity, contribution, evaluation, goal, participant, trajectory
from facilitation import session as meetings
from facilitation.models import (
    Action,
    ActionStatus,
    Domain,
    DomainSet,
    Goal,
    GoalSource,
    IndicatorKind,
    Session,
)


@pytest.fixture
def domains(write, trajectory_id) -> dict[str, int]:
    with write() as s:
        domain_set = DomainSet(trajectory_id=trajectory_id, name="Roadmap")
        domain_set.domains = [Domain(key="wonen", name="Wonen", position=1),
                              Domain(key="onderwijs", name="Onderwijs en vrije tijd", position=0)]
        s.add(domain_set)
        s.flush()
        return {d.key: d.id for d in domain_set.domains}


@pytest.fixture
def strategic_id(write, trajectory_id, domains) -> int:
    with write() as s:
        return goal.add_strategic_goal(
            s, trajectory_id=trajectory_id, domain_id=domains["onderwijs"],
            text="De slaagkansen van kinderen uit kwetsbare gezinnen zijn verhoogd met 50%",
        ).id


@pytest.fixture
def goal_id(write, strategic_id) -> int:
    with write() as s:
        return goal.add_operational_goal(
            s, parent_id=strategic_id, text="schoolse vertraging uit kinderen met kwetsbare gezinnen daalt met 50%",
            owner="Onderwijsdienst", deadline=dt.date(2028, 6, 30),
        ).id


@pytest.fixture
def action_id(write, goal_id) -> int:
    with write() as s:
        return goal.add_action(s, goal_id=goal_id, what="Huiswerkklas op woensdag", owner="Bibliotheek",
                               start_on=dt.date(2026, 9, 1), end_on=dt.date(2027, 6, 30)).id


def _load(read, model, item_id):
    with read() as s:
        return s.get(model, item_id)


# --- two people, one goal ---------------------------------------------------------------------------


def test_the_second_save_of_a_goal_gets_a_conflict_with_both_texts_and_loses_neither(write, read, goal_id):
    first, second = _load(read, Goal, goal_id), _load(read, Goal, goal_id)  # two screens open the goal
    assert first.version == second.version == 1
    with write() as s:
        goal.update_goal(s, goal_id=goal_id, expected_version=first.version,
                         text="Schoolse vertraging bij kinderen uit kwetsbare gezinnen daalt met 40%")
    with pytest.raises(goal.Conflict) as caught, write() as s:
        goal.update_goal(s, goal_id=goal_id, expected_version=second.version,
                         text="Schoolse vertraging daalt met 50% tegen 2028", owner="CLB")
    conflict = caught.value
    assert isinstance(conflict, goal.GoalError) and isinstance(conflict, ValueError)
    assert conflict.theirs == "Schoolse vertraging bij kinderen uit kwetsbare gezinnen daalt met 40%"
    assert conflict.yours == "Schoolse vertraging daalt met 50% tegen 2028"
    assert (conflict.their_version, conflict.your_version) == (2, 1)
    assert conflict.their_fields["owner"] == "Onderwijsdienst" and conflict.your_fields["owner"] == "CLB"
    assert "Iemand anders heeft deze operationele doelstelling intussen aangepast" in str(conflict)
    stored = _load(read, Goal, goal_id)  # the database keeps the first save, nothing of the second
    assert (stored.text, stored.owner, stored.version) == (conflict.theirs, "Onderwijsdienst", 2)

    reloaded = _load(read, Goal, goal_id)  # the second person reloads, merges, saves again
    with write() as s:
        goal.update_goal(s, goal_id=goal_id, expected_version=reloaded.version, text=conflict.yours, owner="CLB")
    stored = _load(read, Goal, goal_id)
    assert (stored.text, stored.owner, stored.version) == (conflict.yours, "CLB", 3)


def test_a_goal_save_keeps_the_fields_left_out_and_clears_what_is_set_to_none(write, read, goal_id):
    with write() as s:
        goal.update_goal(s, goal_id=goal_id, expected_version=1, text="  Schoolse vertraging   daalt  ")
    stored = _load(read, Goal, goal_id)
    assert (stored.text, stored.owner, stored.deadline) == ("Schoolse vertraging daalt", "Onderwijsdienst",
                                                            dt.date(2028, 6, 30))
    with write() as s:
        goal.update_goal(s, goal_id=goal_id, expected_version=2, owner=None, deadline=None)
    stored = _load(read, Goal, goal_id)
    assert (stored.text, stored.owner, stored.deadline, stored.version) == ("Schoolse vertraging daalt", None, None, 3)


def test_an_empty_goal_text_is_refused_and_nothing_is_written(write, read, goal_id):
    with pytest.raises(goal.GoalError, match="Vul de operationele doelstelling in."), write() as s:
        goal.update_goal(s, goal_id=goal_id, expected_version=1, text="   ")
    assert _load(read, Goal, goal_id).version == 1
    with pytest.raises(goal.GoalError, match="bestaat niet"), write() as s:
        goal.update_goal(s, goal_id=goal_id + 999, expected_version=1, text="Iets")


def test_the_g_and_r_fields_are_saved_with_the_goal_and_a_conflict_carries_them(write, read, strategic_id):
    with write() as s:
        made = goal.add_operational_goal(
            s, parent_id=strategic_id, text="Tachtig kinderen nemen deel aan de huiswerkklas",
            agreed_on=dt.date(2026, 2, 10), agreed_by=" werkgroep onderwijs:  CLB, school, 2 ouders ",
            means="2 vrijwilligers, € 3.000", owner="Bibliotheek")
    stored = _load(read, Goal, made.id)
    assert (stored.agreed_on, stored.agreed_by, stored.means, stored.owner) == (
        dt.date(2026, 2, 10), "werkgroep onderwijs: CLB, school, 2 ouders", "2 vrijwilligers, € 3.000", "Bibliotheek")
    with write() as s:
        goal.update_goal(s, goal_id=made.id, expected_version=1, agreed_by="werkgroep onderwijs", means=None)
    with pytest.raises(goal.Conflict) as caught, write() as s:
        goal.update_goal(s, goal_id=made.id, expected_version=1, agreed_on=dt.date(2026, 3, 1))
    assert caught.value.their_fields["agreed_by"] == "werkgroep onderwijs"
    assert caught.value.your_fields["agreed_on"] == dt.date(2026, 3, 1)
    stored = _load(read, Goal, made.id)
    assert (stored.agreed_on, stored.agreed_by, stored.means, stored.version) == (
        dt.date(2026, 2, 10), "werkgroep onderwijs", None, 2)
    with pytest.raises(goal.GoalError, match="korter dan 240 tekens"), write() as s:
        goal.update_goal(s, goal_id=made.id, expected_version=2, agreed_by="rol " * 100)


def test_a_strategic_goal_can_be_edited_with_the_same_conflict_rule(write, read, strategic_id):
    with write() as s:
        goal.update_goal(s, goal_id=strategic_id, expected_version=1, text="Kinderen slagen vaker op school")
    with pytest.raises(goal.Conflict, match="strategische doelstelling"), write() as s:
        goal.update_goal(s, goal_id=strategic_id, expected_version=1, text="Iets anders")
    assert _load(read, Goal, strategic_id).text == "Kinderen slagen vaker op school"


def test_deleting_a_goal_deletes_what_hangs_under_it_but_not_from_an_old_screen(
        write, read, trajectory_id, strategic_id, goal_id, action_id):
    seen = _load(read, Goal, strategic_id)
    with write() as s:
        goal.update_goal(s, goal_id=strategic_id, expected_version=seen.version, text="Kinderen slagen vaker")
    with pytest.raises(goal.Conflict, match="Er is niets verwijderd"), write() as s:  # changed since
        goal.delete_goal(s, goal_id=strategic_id, expected_version=seen.version)
    assert _load(read, Goal, goal_id) is not None
    with write() as s:
        goal.delete_goal(s, goal_id=strategic_id, expected_version=seen.version + 1)
    with read() as s:
        assert goal.goals(s, trajectory_id=trajectory_id) == []
        assert s.get(Goal, goal_id) is None and s.get(Action, action_id) is None
    with pytest.raises(goal.GoalError, match="bestaat niet"), write() as s:
        goal.delete_goal(s, goal_id=strategic_id)


def test_deleting_an_operational_goal_keeps_its_strategic_goal(write, read, strategic_id, goal_id, action_id):
    with write() as s:
        goal.delete_goal(s, goal_id=goal_id, expected_version=1)
    with read() as s:
        assert s.get(Goal, strategic_id).children == []
        assert s.get(Action, action_id) is None


def test_an_action_can_be_deleted_but_not_from_an_old_screen(write, read, trajectory_id, goal_id, action_id):
    with write() as s:
        goal.update_action(s, action_id=action_id, expected_version=1, status=ActionStatus.BEZIG)
    with pytest.raises(goal.Conflict), write() as s:
        goal.delete_action(s, action_id=action_id, expected_version=1)
    assert _load(read, Action, action_id) is not None
    with write() as s:
        goal.delete_action(s, action_id=action_id, expected_version=2)
    with read() as s:
        assert goal.action_plan(s, trajectory_id=trajectory_id) == []
        assert s.get(Goal, goal_id) is not None
    with pytest.raises(goal.GoalError, match="Deze actie bestaat niet"), write() as s:
        goal.delete_action(s, action_id=action_id)


def test_every_field_of_an_action_can_be_edited(write, read, trajectory_id, action_id):
    with write() as s:
        goal.update_action(s, action_id=action_id, expected_version=1, what="Huiswerkklas op zaterdag",
                           owner="CAW", partners="Scholen", start_on=dt.date(2026, 10, 1), end_on=dt.date(2027, 9, 1),
                           means="3 vrijwilligers", expected_result="40 kinderen maken hun huiswerk",
                           status="klaar")
    with read() as s:
        [row] = goal.action_plan(s, trajectory_id=trajectory_id)
    assert (row.what, row.owner, row.partners, row.start_on, row.end_on, row.means, row.expected_result,
            row.status, row.version) == (
        "Huiswerkklas op zaterdag", "CAW", "Scholen", dt.date(2026, 10, 1), dt.date(2027, 9, 1), "3 vrijwilligers",
        "40 kinderen maken hun huiswerk", ActionStatus.KLAAR, 2)


def test_the_second_save_of_an_action_gets_a_conflict_with_both_versions(write, read, action_id):
    first, second = _load(read, Action, action_id), _load(read, Action, action_id)
    with write() as s:
        goal.update_action(s, action_id=action_id, expected_version=first.version, what="Huiswerkklas op woensdag "
                           "en zaterdag", means="2 vrijwilligers")
    with pytest.raises(goal.Conflict) as caught, write() as s:
        goal.update_action(s, action_id=action_id, expected_version=second.version, what="Huiswerkklas in de school",
                           partners="Basisschool De Linde", end_on=dt.date(2027, 12, 31))
    conflict = caught.value
    assert (conflict.theirs, conflict.yours) == ("Huiswerkklas op woensdag en zaterdag", "Huiswerkklas in de school")
    assert conflict.their_fields["means"] == "2 vrijwilligers"
    assert conflict.your_fields["partners"] == "Basisschool De Linde"
    assert conflict.your_fields["end_on"] == dt.date(2027, 12, 31)
    stored = _load(read, Action, action_id)
    assert (stored.what, stored.partners, stored.end_on, stored.version) == (
        "Huiswerkklas op woensdag en zaterdag", None, dt.date(2027, 6, 30), 2)
    with write() as s:
        goal.update_action(s, action_id=action_id, expected_version=conflict.their_version, **{
            k: conflict.your_fields[k] for k in ("what", "partners", "end_on")})
    stored = _load(read, Action, action_id)
    assert (stored.what, stored.means, stored.partners, stored.version) == (
        "Huiswerkklas in de school", "2 vrijwilligers", "Basisschool De Linde", 3)


def test_an_action_save_checks_its_fields(write, read, action_id):
    with pytest.raises(goal.GoalError, match="vóór de startdatum"), write() as s:
        goal.update_action(s, action_id=action_id, expected_version=1, end_on=dt.date(2026, 1, 1))
    with pytest.raises(goal.GoalError, match="Vul wat de actie inhoudt in."), write() as s:
        goal.update_action(s, action_id=action_id, expected_version=1, what="")
    with pytest.raises(TypeError, match="colour"), write() as s:
        goal.update_action(s, action_id=action_id, expected_version=1, colour="rood")
    assert _load(read, Action, action_id).version == 1


# --- status -------------------------------------------------------------------------------------------


def test_an_action_moves_through_its_statuses(write, read, action_id):
    assert _load(read, Action, action_id).status is ActionStatus.GEPLAND
    for status in ("bezig", ActionStatus.UITGESTELD, ActionStatus.BEZIG, ActionStatus.KLAAR):
        with write() as s:
            goal.set_action_status(s, action_id=action_id, status=status)
    stored = _load(read, Action, action_id)
    assert (stored.status, stored.version) == (ActionStatus.KLAAR, 5)  # every change is a new version


def test_a_status_change_from_an_old_screen_is_a_conflict(write, read, action_id):
    seen = _load(read, Action, action_id)
    with write() as s:
        goal.update_action(s, action_id=action_id, expected_version=seen.version, owner="CAW")
    with pytest.raises(goal.Conflict), write() as s:
        goal.set_action_status(s, action_id=action_id, status=ActionStatus.KLAAR, expected_version=seen.version)
    assert _load(read, Action, action_id).status is ActionStatus.GEPLAND
    with write() as s:
        goal.set_action_status(s, action_id=action_id, status=ActionStatus.KLAAR, expected_version=2)
    assert _load(read, Action, action_id).status is ActionStatus.KLAAR


def test_an_unknown_status_gets_a_dutch_message(write, action_id):
    with pytest.raises(goal.GoalError, match="Onbekende status. Kies uit: gepland, bezig, klaar, uitgesteld."), \
            write() as s:
        goal.set_action_status(s, action_id=action_id, status="afgerond")


# --- sources: what inspired a goal ----------------------------------------------------------------


@pytest.fixture
def answers(write, session_id) -> dict[str, int]:
    """Two answers to the casus of stuurgroep 2, each with an essential element."""
    with write() as s:
        casus = s.get(Session, session_id).exercises[0].id
        buur = contribution.add_contribution(s, session_exercise_id=casus, text="De buurvrouw ging mee naar het OCMW",
                                             elements=["iemand die meegaat"])
        juf = contribution.add_contribution(s, session_exercise_id=casus, text="De juf belde ons elke week",
                                            elements=["een juf die belt"])
        return {"buur": buur.id, "buur_element": buur.elements[0].id, "juf": juf.id, "juf_element": juf.elements[0].id}


def _sources(read, goal_id):
    with read() as s:
        return goal.sources(s, goal_id=goal_id)


def test_a_goal_shows_its_sources_anonymously_with_the_meeting(write, read, goal_id, answers):
    with write() as s:
        title = s.scalar(select(Session.title))
        goal.link_sources(s, goal_id=goal_id, contribution_ids=[answers["buur"]], element_ids=[answers["juf_element"]])
    shown = _sources(read, goal_id)
    assert shown == [
        (goal.CONTRIBUTION, answers["buur"], "De buurvrouw ging mee naar het OCMW", title),
        (goal.ELEMENT, answers["juf_element"], "een juf die belt", title),
    ]
    assert shown[1].session_title == title and shown[1].kind == "element"
    with write() as s:  # linking again makes no second link
        assert goal.link_sources(s, goal_id=goal_id, contribution_ids=[answers["buur"], answers["buur"]]) == []
        assert s.scalar(select(func.count(GoalSource.id))) == 2


def test_a_hidden_contribution_is_never_a_source_and_unhiding_shows_it_again(write, read, goal_id, answers):
    with write() as s:
        goal.link_sources(s, goal_id=goal_id, contribution_ids=[answers["buur"], answers["juf"]],
                          element_ids=[answers["buur_element"]])
    with write() as s:
        contribution.set_hidden(s, contribution_id=answers["buur"], hidden=True)
    shown = _sources(read, goal_id)
    assert [(source.kind, source.id) for source in shown] == [(goal.CONTRIBUTION, answers["juf"])]
    assert all("buurvrouw" not in source.text and "meegaat" not in source.text for source in shown)
    with read() as s:  # the candidates to link leave it out too
        candidates = goal.candidate_sources(s, trajectory_id=s.get(Goal, goal_id).trajectory_id)
    assert answers["buur"] not in [c.id for c in candidates if c.kind == goal.CONTRIBUTION]
    assert answers["buur_element"] not in [c.id for c in candidates if c.kind == goal.ELEMENT]
    with write() as s:
        contribution.set_hidden(s, contribution_id=answers["buur"], hidden=False)
    assert [(source.kind, source.id) for source in _sources(read, goal_id)] == [
        (goal.CONTRIBUTION, answers["buur"]),
        (goal.CONTRIBUTION, answers["juf"]),
        (goal.ELEMENT, answers["buur_element"]),
    ]


def test_a_duplicate_merged_into_a_hidden_answer_is_not_a_source(write, read, goal_id, answers):
    with write() as s:
        goal.link_sources(s, goal_id=goal_id, contribution_ids=[answers["juf"]])
        contribution.merge(s, duplicate_id=answers["juf"], into_id=answers["buur"])
    assert [source.id for source in _sources(read, goal_id)] == [answers["juf"]]  # merged, still visible
    with write() as s:
        contribution.set_hidden(s, contribution_id=answers["buur"], hidden=True)
    assert _sources(read, goal_id) == []


def test_an_answer_waiting_for_approval_is_not_a_source_until_approved(write, read, session_id, goal_id):
    with write() as s:
        meetings.set_display(s, session_id=session_id, premoderation=True)
        casus = meetings.next_exercise(s, session_id=session_id).id
        phone = participant.join(s, session_id=session_id, token=anonymity.new_device_token()).id
        waiting = contribution.submit_answer(s, session_exercise_id=casus, participant_id=phone,
                                             text="Gratis zwemles voor de kinderen").id
        goal.link_sources(s, goal_id=goal_id, contribution_ids=[waiting])
    assert _sources(read, goal_id) == []
    with write() as s:
        contribution.approve(s, contribution_id=waiting)
    assert [source.id for source in _sources(read, goal_id)] == [waiting]


def test_a_source_of_another_trajectory_is_refused_and_a_link_can_be_removed(write, read, goal_id, answers):
    with write() as s:
        other = trajectory.create_trajectory(s, gemeente="Mol", period_start=2025, period_end=2030).id
        meeting = meetings.plan_session(s, trajectory_id=other, template_id="stuurgroep_2")
        elsewhere = contribution.add_contribution(s, session_exercise_id=meeting.exercises[0].id, text="Elders")
        other_goal = goal.add_strategic_goal(s, trajectory_id=other, domain_id=None, text="Een doel in Mol").id
    with pytest.raises(goal.GoalError, match="hoort bij een ander traject"), write() as s:
        goal.link_sources(s, goal_id=goal_id, contribution_ids=[elsewhere.id])
    with pytest.raises(goal.GoalError, match="hoort bij een ander traject"), write() as s:
        goal.link_sources(s, goal_id=other_goal, element_ids=[answers["buur_element"]])
    with write() as s:
        goal.link_sources(s, goal_id=goal_id, contribution_ids=[answers["buur"]])
    with write() as s:
        assert goal.unlink_source(s, goal_id=goal_id, contribution_id=answers["buur"]) is True
        assert goal.unlink_source(s, goal_id=goal_id, contribution_id=answers["buur"]) is False
    assert _sources(read, goal_id) == []


# --- the action plan ------------------------------------------------------------------------------


@pytest.fixture
def plan(write, trajectory_id, domains, strategic_id, goal_id, action_id) -> dict[str, int]:
    with write() as s:
        housing = goal.add_strategic_goal(s, trajectory_id=trajectory_id, domain_id=domains["wonen"],
                                          text="Gezinnen wonen betaalbaar en gezond")
        energy = goal.add_operational_goal(s, parent_id=housing.id, text="200 gezinnen krijgen een energiescan")
        scan = goal.add_action(s, goal_id=energy.id, what="Energiescans aan huis", owner="Woonmaatschappij",
                               status=ActionStatus.BEZIG, start_on=dt.date(2026, 1, 1), means="€ 20.000")
        premie = goal.add_action(s, goal_id=energy.id, what="Premie aanvragen samen met het OCMW", owner="OCMW",
                                 start_on=dt.date(2025, 10, 1))
        early = goal.add_action(s, goal_id=goal_id, what="Taalbad in de zomer", owner="  bibliotheek ",
                                start_on=dt.date(2026, 7, 1), status=ActionStatus.UITGESTELD)
        direct = goal.add_action(s, goal_id=strategic_id, what="Schoolkosten in kaart brengen", owner="OCMW")
        reached = evaluation.add_indicator(s, kind=IndicatorKind.OUTPUT, name="Aantal gezinnen met een scan",
                                     action_id=scan.id, unit="gezinnen", baseline=0, target=200)
        evaluation.add_measurement(s, indicator_id=reached.id, measured_on=dt.date(2026, 6, 30), value=80)
        evaluation.add_measurement(s, indicator_id=reached.id, measured_on=dt.date(2026, 3, 31), value=35)
        return {"scan": scan.id, "premie": premie.id, "early": early.id, "direct": direct.id,
                "huiswerk": action_id, "indicator": reached.id}


def _plan(read, trajectory_id, **filters):
    with read() as s:
        return goal.action_plan(s, trajectory_id=trajectory_id, **filters)


def test_the_action_plan_lists_actions_per_domain_and_goal(read, trajectory_id, plan):
    rows = _plan(read, trajectory_id)
    # Onderwijs first (its position), then per strategic and operational goal, then by start date.
    assert [r.action_id for r in rows] == [plan["direct"], plan["early"], plan["huiswerk"], plan["premie"],
                                           plan["scan"]]
    onderwijs = rows[2]
    assert (onderwijs.domain, onderwijs.strategic_goal, onderwijs.goal, onderwijs.owner, onderwijs.status) == (
        "Onderwijs en vrije tijd", "De slaagkansen van kinderen uit kwetsbare gezinnen zijn verhoogd met 50%",
        "schoolse vertraging uit kinderen met kwetsbare gezinnen daalt met 50%", "Bibliotheek", ActionStatus.GEPLAND)
    assert rows[0].goal is None and rows[0].goal_id is None  # an action right under the strategic goal
    scan = rows[-1]
    assert (scan.domain, scan.means, scan.version) == ("Wonen", "€ 20.000", 1)
    [indicator] = scan.indicators
    assert (indicator.name, indicator.target, indicator.latest, indicator.latest_on) == (
        "Aantal gezinnen met een scan", 200, 80, dt.date(2026, 6, 30))


def test_the_action_plan_filters_by_domain_owner_and_status(read, trajectory_id, domains, plan):
    def ids(**filters):
        return {r.action_id for r in _plan(read, trajectory_id, **filters)}

    assert ids(domain_id=domains["wonen"]) == {plan["scan"], plan["premie"]}
    assert ids(owner="ocmw") == {plan["premie"], plan["direct"]}
    assert ids(owner=" Bibliotheek ") == {plan["huiswerk"], plan["early"]}  # as typed, spaces and capitals aside
    assert ids(status=ActionStatus.BEZIG) == {plan["scan"]}
    assert ids(status="gepland") == {plan["premie"], plan["direct"], plan["huiswerk"]}
    assert ids(domain_id=domains["wonen"], owner="OCMW", status=ActionStatus.GEPLAND) == {plan["premie"]}
    assert ids(domain_id=domains["wonen"], status=ActionStatus.KLAAR) == set()
    with read() as s:
        assert goal.action_owners(s, trajectory_id=trajectory_id) == ["Bibliotheek", "OCMW", "Woonmaatschappij"]


def test_a_status_change_shows_in_the_filtered_plan(write, read, trajectory_id, plan):
    with write() as s:
        goal.set_action_status(s, action_id=plan["premie"], status=ActionStatus.KLAAR)
    assert [r.action_id for r in _plan(read, trajectory_id, status=ActionStatus.KLAAR)] == [plan["premie"]]


# --- SMART for a stored goal ------------------------------------------------------------------------


def test_smart_check_of_a_stored_goal_uses_its_fields_and_the_policy_period(write, read, goal_id, action_id):
    with read() as s:
        letters = {v.letter: v.met for v in goal.smart_check(s, goal_id=goal_id)}
    assert letters == {"S": True, "M": True, "G": False, "R": False, "T": True}
    with write() as s:
        goal.update_action(s, action_id=action_id, expected_version=1, means="2 vrijwilligers")
        evaluation.add_indicator(s, kind=IndicatorKind.OUTCOME, name="Kinderen met schoolse vertraging", goal_id=goal_id)
        goal.update_goal(s, goal_id=goal_id, expected_version=1, deadline=dt.date(2031, 6, 30),
                         text="Schoolse vertraging bij kinderen daalt")
    with read() as s:
        verdicts = goal.smart_check(s, goal_id=goal_id, agreed_on=dt.date(2026, 2, 1), agreed_by="werkgroep onderwijs")
    assert {v.letter: v.met for v in verdicts} == {"S": True, "M": True, "G": True, "R": True, "T": False}
    assert "indicator" in verdicts[1].reason
    assert "2 vrijwilligers" in verdicts[3].reason
    assert "2025-2030" in verdicts[4].reason


def test_smart_check_reads_g_and_r_from_the_stored_fields_not_the_text(write, read, strategic_id):
    with write() as s:
        made = goal.add_operational_goal(s, parent_id=strategic_id, deadline=dt.date(2027, 6, 30),
                                         text="Tachtig kinderen nemen deel aan de huiswerkklas")
    with read() as s:
        letters = {v.letter: v.met for v in goal.smart_check(s, goal_id=made.id)}
    assert (letters["G"], letters["R"]) == (False, False)
    with write() as s:
        goal.update_goal(s, goal_id=made.id, expected_version=1, agreed_on=dt.date(2026, 2, 10),
                         agreed_by="werkgroep onderwijs", owner="Bibliotheek")
        goal.add_action(s, goal_id=made.id, what="Vrijwilligers zoeken", means="4 vrijwilligers")
    with read() as s:
        verdicts = {v.letter: v for v in goal.smart_check(s, goal_id=made.id)}
        typed = {v.letter: v for v in goal.smart_check(s, goal_id=made.id, agreed_by="", owner=None)}
    assert "afgesproken" not in _load(read, Goal, made.id).text
    assert verdicts["G"].met and "werkgroep onderwijs" in verdicts["G"].reason
    assert verdicts["R"].met and "4 vrijwilligers" in verdicts["R"].reason  # the means of its action
    assert not typed["G"].met and not typed["R"].met  # what is being typed wins over what is stored


def test_goals_can_be_listed_per_domain(read, trajectory_id, domains, plan):
    with read() as s:
        assert [g.text for g in goal.goals(s, trajectory_id=trajectory_id, domain_id=domains["wonen"])] == [
            "Gezinnen wonen betaalbaar en gezond"]
        assert len(goal.goals(s, trajectory_id=trajectory_id)) == 2
