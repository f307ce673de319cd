"""The demo municipality (all roadmap steps at once): Demogemeente, far enough along that every
screen has something real, seeded idempotently by `samenspraak demo` with a demo login.
"""

from __future__ import annotations

import pytest
import yaml
from sqlalchemy import func, select

from facilitation import access, auth, cli, config, contribution, db, demo, domain, trajectory, vote
from facilitation import session as meetings
from facilitation.models import (
    Base,
    Channel,
    Contribution,
    Goal,
    GoalLevel,
    Indicator,
    MemberRole,
    PriorityKind,
    RoundState,
    Session,
    SessionState,
    StuurgroepMember,
    Trajectory,
    VoteRound,
)


@pytest.fixture
def demo_id(demo_engine) -> int:
    with db.transaction(demo_engine) as s:
        return demo.find_demo(s).id


def _meeting(s, trajectory_id: int, template_id: str) -> Session:
    return s.scalar(select(Session).where(Session.trajectory_id == trajectory_id, Session.template_id == template_id))


def _open_code(s, trajectory_id: int) -> str | None:
    return s.scalar(select(Session.join_code).where(Session.trajectory_id == trajectory_id,
                                                    Session.state == SessionState.OPEN))


def _contributions(meeting: Session, key: str) -> list[Contribution]:
    return next(e for e in meeting.exercises if e.exercise_key == key).contributions


def _row_counts(engine) -> dict[str, int]:
    with engine.connect() as connection:
        return {t.name: connection.scalar(select(func.count()).select_from(t)) for t in Base.metadata.sorted_tables}


def test_the_demo_is_demogemeente_marked_as_demo(demo_engine, demo_id):
    with db.transaction(demo_engine) as s:
        t = s.get(Trajectory, demo_id)
        assert (t.gemeente, t.is_demo) == ("Demogemeente", True)


def test_the_demo_stuurgroep_is_composed_by_role(demo_engine, demo_id):
    with db.transaction(demo_engine) as s:
        members = s.scalars(select(StuurgroepMember).where(StuurgroepMember.trajectory_id == demo_id)).all()
    roles = {m.role for m in members}
    assert {MemberRole.EXTERNE_BEGELEIDER, MemberRole.COORDINATOR, MemberRole.VOORZITTER, MemberRole.SCHEPEN,
            MemberRole.PARTNER, MemberRole.OUDER} <= roles
    parents = [m for m in members if m.role is MemberRole.OUDER]
    assert sum(m.count for m in parents) >= 2
    assert all(m.organisation is None for m in parents)


def test_demo_meeting_2_is_closed_with_casus_and_droom_and_their_essential_elements(demo_engine, demo_id):
    with db.transaction(demo_engine) as s:
        meeting = _meeting(s, demo_id, "stuurgroep_2")
        assert meeting.state is SessionState.CLOSED
        for key in ("casus", "droom"):
            answers = [c for c in _contributions(meeting, key) if not c.hidden]
            assert answers, key
            assert all(c.elements for c in answers), key


def test_demo_meeting_2_has_answers_typed_in_by_the_facilitator(demo_engine, demo_id):
    with db.transaction(demo_engine) as s:
        meeting = _meeting(s, demo_id, "stuurgroep_2")
        channels = [c.channel for key in ("casus", "droom") for c in _contributions(meeting, key)]
    assert Channel.FACILITATOR in channels
    assert Channel.PHONE in channels


def test_exactly_one_demo_contribution_is_hidden_and_it_is_not_shown(demo_engine, demo_id):
    with db.transaction(demo_engine) as s:
        hidden = s.scalars(select(Contribution).where(Contribution.hidden.is_(True))).all()
        assert len(hidden) == 1
        shown = contribution.visible_contributions(s, session_exercise_id=hidden[0].session_exercise_id)
        assert hidden[0].id not in [c.id for c in shown]


def test_demo_meeting_3_grouped_its_answers_into_the_trajectorys_domains(demo_engine, demo_id):
    with db.transaction(demo_engine) as s:
        meeting = _meeting(s, demo_id, "stuurgroep_3")
        assert meeting.state is SessionState.CLOSED
        own_domains = {d.id for ds in domain.domain_sets(s, trajectory_id=demo_id) for d in ds.domains}
        answers = _contributions(meeting, "ouders_erbij_horen") + _contributions(meeting, "kinderen_erbij_horen")
        assert answers
        assert {c.domain_id for c in answers} <= own_domains


def test_demo_vote_is_closed_and_its_winners_are_the_two_priority_domains(demo_engine, demo_id):
    with db.transaction(demo_engine) as s:
        meeting = _meeting(s, demo_id, "stuurgroep_3")
        vote_exercise = next(e for e in meeting.exercises if e.exercise_key == "prioriteiten_stemming")
        (vote_round,) = s.scalars(select(VoteRound).where(VoteRound.session_exercise_id == vote_exercise.id)).all()
        counts = vote.tally(s, vote_round_id=vote_round.id)
        priorities = domain.priority_domains(s, trajectory_id=demo_id)
    assert vote_round.state is RoundState.CLOSED
    assert sum(counts.values()) > 0 and all(n > 0 for n in counts.values())
    assert {d.priority_kind for d in priorities} == {PriorityKind.STRUCTUREEL, PriorityKind.MILDEREND}
    assert len(priorities) == 2
    assert {d.id for d in priorities} == {domain_id for domain_id, _ in counts.most_common(2)}


def test_demo_focusgroep_is_open_and_joinable_by_its_code(demo_engine, demo_id):
    with db.transaction(demo_engine, write=True) as s:
        code = demo.seed(s).join_code
    with db.transaction(demo_engine) as s:
        focus = meetings.find_by_code(s, code=code)
        assert focus is not None and focus.trajectory_id == demo_id
        assert (focus.template_id, focus.state) == ("focusgroep_vrije_tijd", SessionState.OPEN)


def test_demo_has_a_strategic_goal_with_a_smart_goal_an_action_and_an_indicator(demo_engine, demo_id):
    with db.transaction(demo_engine) as s:
        strategic = s.scalars(
            select(Goal).where(Goal.trajectory_id == demo_id, Goal.level == GoalLevel.STRATEGISCH)
        ).all()
        operational = [child for g in strategic for child in g.children]
        actions = [a for g in operational for a in g.actions]
        indicators = s.scalars(select(Indicator).where(Indicator.action_id.in_([a.id for a in actions]))).all()
        assert strategic and operational and actions and indicators
        assert all(g.level is GoalLevel.OPERATIONEEL for g in operational)
        assert all(g.domain_id is not None and g.domain.is_priority for g in strategic)


def test_seeding_again_changes_nothing(demo_engine):
    before = _row_counts(demo_engine)
    with db.transaction(demo_engine, write=True) as s:
        first_code = _open_code(s, demo.find_demo(s).id)
        again = demo.seed(s)
    assert again.created is False
    assert again.join_code == first_code != ""
    assert _row_counts(demo_engine) == before


def test_a_first_seed_reports_it_created_the_demo(engine):
    with db.transaction(engine, write=True) as s:
        assert demo.seed(s).created is True


def test_is_empty_until_there_is_a_trajectory(engine):
    with db.transaction(engine) as s:
        assert demo.is_empty(s) is True
    with db.transaction(engine, write=True) as s:
        trajectory.create_trajectory(s, gemeente="Geel", period_start=2025, period_end=2030)
    with db.transaction(engine) as s:
        assert demo.is_empty(s) is False


# ---------------------------------------------------------------- samenspraak demo


def _users(engine) -> dict[str, list[str]]:
    with db.transaction(engine) as s:
        return auth.users(s)


def test_cli_demo_prints_the_join_code_and_the_demo_login(engine, capsys):
    assert auth.DEMO_USERNAME not in _users(engine)
    assert cli.main(["demo"]) == 0
    out = capsys.readouterr().out
    with db.transaction(engine) as s:
        demo_trajectory = demo.find_demo(s)
        code = _open_code(s, demo_trajectory.id)
    assert code and code in out
    assert f"'{auth.DEMO_USERNAME}'" in out and f"'{auth.DEMO_PASSWORD}'" in out
    with db.transaction(engine) as s:
        stored = auth.get_account(s, username=auth.DEMO_USERNAME)
        assert auth.check_password(auth.DEMO_PASSWORD, stored.password_hash)
        assert access.assigned_trajectory_ids(s, username=auth.DEMO_USERNAME) == [demo_trajectory.id]
        assert access.visible_trajectory_ids(s, username=auth.DEMO_USERNAME) == {demo_trajectory.id}
    assert set(_users(engine)[auth.DEMO_USERNAME]) == {"facilitator", "coordinator"}


def test_cli_demo_twice_keeps_one_demo_with_the_same_code(engine, capsys):
    cli.main(["demo"])
    first = capsys.readouterr().out
    before = _row_counts(engine)
    assert cli.main(["demo"]) == 0
    second = capsys.readouterr().out
    assert "bestond al" in second
    assert first.split("Deelnamecode van de open sessie: ")[1].split()[0] in second
    assert _row_counts(engine) == before


def test_cli_demo_if_empty_seeds_an_empty_database(engine, capsys):
    assert cli.main(["demo", "--if-empty"]) == 0
    with db.transaction(engine) as s:
        assert demo.find_demo(s) is not None


def test_cli_demo_if_empty_leaves_a_database_in_use_alone(engine, capsys):
    with db.transaction(engine, write=True) as s:
        trajectory.create_trajectory(s, gemeente="Geel", period_start=2025, period_end=2030)
    before = _row_counts(engine)
    assert cli.main(["demo", "--if-empty"]) == 0
    assert "geen demo toegevoegd" in capsys.readouterr().out
    assert _row_counts(engine) == before
    with db.transaction(engine) as s:
        assert demo.find_demo(s) is None
    assert auth.DEMO_USERNAME not in _users(engine)


def test_cli_demo_with_a_broken_exercises_file_writes_nothing(engine, tmp_path, monkeypatch, capsys):
    data = yaml.safe_load(config.exercises_file().read_text(encoding="utf-8"))
    data["session_templates"] = []
    broken = tmp_path / "leeg.yaml"
    broken.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    monkeypatch.setenv("SAMENSPRAAK_EXERCISES_FILE", str(broken))
    assert cli.main(["demo"]) == 2
    assert str(broken) in capsys.readouterr().err
    with db.transaction(engine) as s:
        assert demo.is_empty(s)
    assert auth.DEMO_USERNAME not in _users(engine)
