"""Each municipality sealed off (issue 13): a facilitator or coordinator opens only the trajectories
they belong to, an admin opens all, an account without a trajectory sees none. On SQLite and
PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from facilitation import access, auth, trajectory
from facilitation import session as meetings
from facilitation.models import StaffAssignment, Trajectory

PASSWORD = "Zomer-in-Geel-2026"


@pytest.fixture
def world(write) -> dict:
    """Geel (with an open session) and Mol; anna belongs to Geel, bert to nothing, beheer is admin."""
    with write() as s:
        geel = trajectory.create_trajectory(s, gemeente="Geel", period_start=2025, period_end=2030)
        mol = trajectory.create_trajectory(s, gemeente="Mol", period_start=2025, period_end=2030)
        meeting = meetings.plan_session(s, trajectory_id=mol.id, template_id="stuurgroep_2")
        meetings.open_session(s, session_id=meeting.id)
        auth.add_user(s, username="anna", password=PASSWORD, roles=["facilitator"])
        auth.add_user(s, username="bert", password=PASSWORD, roles=["coordinator"])
        auth.add_user(s, username="beheer", password=PASSWORD, roles=["admin"])
        access.assign(s, username="anna", trajectory_id=geel.id)
        return {"geel": geel.id, "mol": mol.id, "mol_session": meeting.id, "mol_code": meeting.join_code}


def test_a_member_opens_its_trajectory_and_no_other(world, read):
    with read() as s:
        assert access.can_open(s, username="anna", trajectory_id=world["geel"])
        assert not access.can_open(s, username="anna", trajectory_id=world["mol"])
        assert access.visible_trajectory_ids(s, username="anna") == {world["geel"]}


def test_an_account_without_a_trajectory_sees_none(world, read):
    with read() as s:
        assert access.visible_trajectory_ids(s, username="bert") == set()
        assert not access.can_open(s, username="bert", trajectory_id=world["geel"])


def test_an_admin_opens_every_trajectory(world, read):
    with read() as s:
        assert access.visible_trajectory_ids(s, username="beheer") == {world["geel"], world["mol"]}
        assert access.can_open(s, username="beheer", trajectory_id=world["mol"])
        assert not access.can_open(s, username="beheer", trajectory_id=world["mol"] + 100)  # none there


@pytest.mark.parametrize("username", [None, "", "niemand"])
def test_no_account_opens_nothing(world, read, username):
    with read() as s:
        assert access.visible_trajectory_ids(s, username=username) == set()
        assert not access.can_open(s, username=username, trajectory_id=world["geel"])


def test_the_list_filter_works_inside_any_query(world, read):
    with read() as s:
        names = s.scalars(select(Trajectory.gemeente).where(access.trajectory_filter(s, username="anna"))).all()
    assert names == ["Geel"]


def test_sessions_and_join_codes_follow_their_trajectory(world, read):
    with read() as s:
        assert not access.can_open_session(s, username="anna", session_id=world["mol_session"])
        assert access.can_open_session(s, username="beheer", session_id=world["mol_session"])
        assert access.join_code_allowed(s, username="anna", code=world["mol_code"]) is False
        assert access.join_code_allowed(s, username="beheer", code=world["mol_code"].lower()) is True
        assert access.join_code_allowed(s, username="anna", code="ZZZZZZ") is None  # no such session
        assert access.join_code_allowed(s, username="anna", code="<script>") is None


def test_assigning_twice_keeps_one_assignment_and_unassign_ends_it(world, write, read):
    with write() as s:
        access.assign(s, username="bert", trajectory_id=world["mol"])
        access.assign(s, username="bert", trajectory_id=world["mol"])
    with read() as s:
        assert access.assigned_trajectory_ids(s, username="bert") == [world["mol"]]
    with write() as s:
        access.unassign(s, username="bert", trajectory_id=world["mol"])
        access.unassign(s, username="bert", trajectory_id=world["mol"])
    with read() as s:
        assert not access.can_open(s, username="bert", trajectory_id=world["mol"])


def test_set_trajectories_makes_the_list_exactly_so(world, write, read):
    with write() as s:
        access.set_trajectories(s, username="anna", trajectory_ids=[world["mol"]])
    with read() as s:
        assert access.assigned_trajectory_ids(s, username="anna") == [world["mol"]]
        rows = {row.username: row for row in access.accounts(s)}
    assert rows["anna"].trajectory_ids == [world["mol"]] and rows["anna"].roles == ["facilitator"]
    assert rows["bert"].trajectory_ids == []


@pytest.mark.parametrize(("username", "which", "message"), [
    ("niemand", "geel", "Er is geen account 'niemand'"),
    ("anna", None, "Dit traject bestaat niet"),
])
def test_a_bad_assignment_is_refused_in_dutch(world, write, username, which, message):
    with pytest.raises(access.AccessError, match=message):
        with write() as s:
            access.assign(s, username=username, trajectory_id=world[which] if which else 999_999)


def test_removing_an_account_or_a_trajectory_removes_its_assignments(world, write, read):
    with write() as s:
        access.assign(s, username="bert", trajectory_id=world["mol"])
        auth.remove_user(s, username="anna")
        s.delete(s.get(Trajectory, world["mol"]))
    with read() as s:
        assert s.scalars(select(StaffAssignment)).all() == []
