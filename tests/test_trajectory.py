"""Trajectories and their stuurgroep."""

import pytest

from facilitation import session as meetings
from facilitation import trajectory
from facilitation.models import MemberRole, ParticipationMode


def test_create_and_list_trajectories_newest_period_first(write, read):
    with write() as s:
        trajectory.create_trajectory(s, gemeente="Geel", period_start=2020, period_end=2025)
        created = trajectory.create_trajectory(
            s, gemeente="  Mol  ", period_start=2026, period_end=2031, participation_mode=ParticipationMode.INDIRECT
        )
        meetings.plan_session(s, trajectory_id=created.id, template_id="stuurgroep_1")
    with read() as s:
        listed = trajectory.list_trajectories(s)
    assert [(t.gemeente, t.period, t.sessions) for t in listed] == [("Mol", "2026-2031", 1), ("Geel", "2020-2025", 0)]
    assert listed[0].mode is ParticipationMode.INDIRECT


@pytest.mark.parametrize(
    ("gemeente", "start", "end", "message"),
    [
        ("", 2025, 2030, "Vul de naam van de gemeente in."),
        ("Geel", 2030, 2025, "Het eindjaar van de beleidsperiode ligt vóór het beginjaar."),
        ("Geel", 25, 30, "Geef de beleidsperiode als jaartallen"),
    ],
)
def test_bad_input_gets_a_dutch_message(write, gemeente, start, end, message):
    with pytest.raises(trajectory.TrajectoryError, match=message), write() as s:
        trajectory.create_trajectory(s, gemeente=gemeente, period_start=start, period_end=end)


def test_a_second_trajectory_for_the_same_gemeente_and_period_is_refused(write, read):
    with write() as s:
        trajectory.create_trajectory(s, gemeente="Geel", period_start=2025, period_end=2030)
    with pytest.raises(trajectory.TrajectoryError, match="bestaat al"), write() as s:
        trajectory.create_trajectory(s, gemeente="geel", period_start=2025, period_end=2030)
    with read() as s:
        assert len(trajectory.list_trajectories(s)) == 1


def test_parents_are_a_count_and_a_role_never_a_detail(write, read):
    with write() as s:
        t = trajectory.create_trajectory(s, gemeente="Geel", period_start=2025, period_end=2030)
        trajectory.add_member(s, trajectory_id=t.id, role=MemberRole.PARTNER, organisation="CAW")
        trajectory.add_member(s, trajectory_id=t.id, role=MemberRole.OUDER, organisation="mama van Lotte", count=4)
        trajectory.add_member(s, trajectory_id=t.id, role=MemberRole.VOORZITTER, organisation="OCMW-voorzitter")
    with read() as s:
        rows = trajectory.composition(s, trajectory_id=t.id)
    assert rows == [("Voorzitter", "OCMW-voorzitter", 1), ("Partnerorganisatie", "CAW", 1), ("Ouder", None, 4)]


def test_a_seat_needs_at_least_one_person(write):
    with pytest.raises(trajectory.TrajectoryError), write() as s:
        t = trajectory.create_trajectory(s, gemeente="Geel", period_start=2025, period_end=2030)
        trajectory.add_member(s, trajectory_id=t.id, role=MemberRole.OUDER, count=0)


def test_the_omgevingsanalyse_keeps_figures_beside_the_region(write, read):
    with write() as s:
        t = trajectory.create_trajectory(s, gemeente="Geel", period_start=2025, period_end=2030)
        trajectory.add_context_indicator(s, trajectory_id=t.id, name="Eenoudergezinnen", year=2023, unit="%",
                                         gemeente=9.1, arrondissement=8.4, provincie=8.7, vlaams_gewest=9.5)
    with read() as s:
        (row,) = trajectory.context_indicators(s, trajectory_id=t.id)
    assert (row.name, row.value_gemeente, row.value_vlaams_gewest) == ("Eenoudergezinnen", 9.1, 9.5)
    with pytest.raises(trajectory.TrajectoryError, match="naam"), write() as s:
        trajectory.add_context_indicator(s, trajectory_id=t.id, name="  ")
