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


# --- editing the trajectory ------------------------------------------------------------------------


def test_the_name_period_and_participation_can_be_changed_later(write, read, trajectory_id):
    with write() as s:
        trajectory.update_trajectory(s, trajectory_id=trajectory_id, gemeente="  Geel  (stad) ", period_start=2026,
                                     period_end=2031, participation_mode=ParticipationMode.INDIRECT)
    with read() as s:
        (listed,) = trajectory.list_trajectories(s)
    assert (listed.gemeente, listed.period, listed.mode) == ("Geel (stad)", "2026-2031", ParticipationMode.INDIRECT)
    with write() as s:  # None keeps a value: only the mode changes back
        trajectory.update_trajectory(s, trajectory_id=trajectory_id, participation_mode=ParticipationMode.DIRECT)
    with read() as s:
        (listed,) = trajectory.list_trajectories(s)
    assert (listed.gemeente, listed.period, listed.mode) == ("Geel (stad)", "2026-2031", ParticipationMode.DIRECT)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"gemeente": "   "}, "^Vul de naam van de gemeente in.$"),
        ({"period_end": 2020}, "^Het eindjaar van de beleidsperiode ligt vóór het beginjaar.$"),
        ({"period_start": 1999}, "^Geef de beleidsperiode als jaartallen"),
        ({"gemeente": "mol", "period_start": 2026}, "^Er bestaat al een traject voor mol vanaf 2026.$"),
        ({"gemeente": "x" * 121}, "te lang"),
    ],
)
def test_a_wrong_change_gets_the_same_dutch_message_as_a_new_trajectory_and_changes_nothing(
    write, read, trajectory_id, changes, message
):
    with write() as s:
        trajectory.create_trajectory(s, gemeente="Mol", period_start=2026, period_end=2031)
    with pytest.raises(trajectory.TrajectoryError, match=message), write() as s:
        trajectory.update_trajectory(s, trajectory_id=trajectory_id, **changes)
    with read() as s:
        stored = trajectory.get_trajectory(s, trajectory_id=trajectory_id)
        assert (stored.gemeente, stored.period_start, stored.period_end) == ("Geel", 2025, 2030)


def test_saving_a_trajectory_unchanged_is_not_a_duplicate_of_itself(write, read, trajectory_id):
    with write() as s:
        trajectory.update_trajectory(s, trajectory_id=trajectory_id, gemeente="GEEL", period_start=2025)
    with read() as s:
        assert trajectory.get_trajectory(s, trajectory_id=trajectory_id).gemeente == "GEEL"


def test_a_trajectory_that_is_gone_cannot_be_changed(write):
    with pytest.raises(trajectory.TrajectoryError, match="bestaat niet"), write() as s:
        trajectory.update_trajectory(s, trajectory_id=999_999, gemeente="Geel")


# --- the stuurgroep ----------------------------------------------------------------------------------


def _seats(read, trajectory_id):
    with read() as s:
        return [(m.role, m.organisation, m.sector, m.count) for m in trajectory.members(s, trajectory_id=trajectory_id)]


def test_members_are_added_edited_and_removed_by_role(write, read, trajectory_id):
    with write() as s:
        caw = trajectory.add_member(s, trajectory_id=trajectory_id, role=MemberRole.PARTNER, organisation=" CAW ",
                                    sector="welzijn").id
        schepen = trajectory.add_member(s, trajectory_id=trajectory_id, role=MemberRole.SCHEPEN,
                                        organisation="Schepen van jeugd", count=2).id
        trajectory.add_member(s, trajectory_id=trajectory_id, role=MemberRole.VOORZITTER, organisation="Burgemeester")
    assert _seats(read, trajectory_id) == [
        (MemberRole.VOORZITTER, "Burgemeester", None, 1),
        (MemberRole.SCHEPEN, "Schepen van jeugd", None, 2),
        (MemberRole.PARTNER, "CAW", "welzijn", 1),
    ]
    with write() as s:
        trajectory.update_member(s, member_id=caw, role=MemberRole.PARTNER, organisation="CAW De Kempen",
                                 sector="wonen", count=2)
        trajectory.update_member(s, member_id=schepen, role=MemberRole.SCHEPEN, organisation="Schepen van jeugd",
                                 sector="onderwijs", count=1)  # a sector belongs to a partner organisation only
    assert _seats(read, trajectory_id)[1:] == [
        (MemberRole.SCHEPEN, "Schepen van jeugd", None, 1),
        (MemberRole.PARTNER, "CAW De Kempen", "wonen", 2),
    ]
    with write() as s:
        trajectory.remove_member(s, member_id=schepen)
    assert [seat[0] for seat in _seats(read, trajectory_id)] == [MemberRole.VOORZITTER, MemberRole.PARTNER]
    with pytest.raises(trajectory.TrajectoryError, match="bestaat niet"), write() as s:
        trajectory.remove_member(s, member_id=schepen)


def test_the_composition_names_the_sector_of_a_partner_for_the_documents(write, read, trajectory_id):
    with write() as s:
        trajectory.add_member(s, trajectory_id=trajectory_id, role=MemberRole.PARTNER, organisation="Huis van het Kind",
                              sector="kinderopvang")
        trajectory.add_member(s, trajectory_id=trajectory_id, role=MemberRole.PARTNER, organisation="CAW")
    with read() as s:
        rows = trajectory.composition(s, trajectory_id=trajectory_id)
    assert rows == [("Partnerorganisatie", "CAW", 1), ("Partnerorganisatie", "Huis van het Kind (kinderopvang)", 1)]
    assert rows[1].organisation == "Huis van het Kind (kinderopvang)"


def test_parents_are_one_count_without_organisation_or_sector(write, read, trajectory_id):
    with write() as s:
        trajectory.add_member(s, trajectory_id=trajectory_id, role=MemberRole.OUDER, organisation="mama van Lotte",
                              sector="welzijn", count=2)
        trajectory.add_member(s, trajectory_id=trajectory_id, role=MemberRole.OUDER, count=1)  # joins the same line
        expert = trajectory.add_member(s, trajectory_id=trajectory_id, role=MemberRole.ERVARINGSDESKUNDIGE,
                                       organisation="Jan uit de Kerkstraat").id
    assert _seats(read, trajectory_id) == [(MemberRole.OUDER, None, None, 3),
                                           (MemberRole.ERVARINGSDESKUNDIGE, None, None, 1)]
    with write() as s:  # an edit cannot give a parent's seat a detail either
        trajectory.update_member(s, member_id=expert, role=MemberRole.ERVARINGSDESKUNDIGE, organisation="Jan", count=2)
    assert _seats(read, trajectory_id)[1] == (MemberRole.ERVARINGSDESKUNDIGE, None, None, 2)
    with read() as s:
        assert trajectory.parent_count(s, trajectory_id=trajectory_id) == 3


def test_the_number_of_parents_is_set_changed_and_cleared(write, read, trajectory_id):
    with read() as s:
        assert trajectory.parent_count(s, trajectory_id=trajectory_id) == 0
    with write() as s:
        trajectory.set_parent_count(s, trajectory_id=trajectory_id, count=4)
    with write() as s:
        trajectory.set_parent_count(s, trajectory_id=trajectory_id, count=5)
    assert _seats(read, trajectory_id) == [(MemberRole.OUDER, None, None, 5)]
    with write() as s:
        trajectory.set_parent_count(s, trajectory_id=trajectory_id, count=0)
    assert _seats(read, trajectory_id) == []
    with pytest.raises(trajectory.TrajectoryError, match="negatief"), write() as s:
        trajectory.set_parent_count(s, trajectory_id=trajectory_id, count=-1)


def test_a_seat_that_becomes_a_parent_seat_joins_the_parents_line(write, read, trajectory_id):
    with write() as s:
        trajectory.set_parent_count(s, trajectory_id=trajectory_id, count=3)
        other = trajectory.add_member(s, trajectory_id=trajectory_id, role=MemberRole.MEDEWERKER,
                                      organisation="Sociale dienst", count=2).id
        trajectory.update_member(s, member_id=other, role=MemberRole.OUDER, organisation="Sociale dienst", count=2)
    assert _seats(read, trajectory_id) == [(MemberRole.OUDER, None, None, 5)]


@pytest.mark.parametrize(
    ("role", "organisation", "count", "message"),
    [
        (MemberRole.OUDER, None, 0, "^Het aantal moet minstens 1 zijn.$"),
        (MemberRole.SCHEPEN, None, 100, "^Het aantal kan hoogstens 99 zijn.$"),
        (MemberRole.PARTNER, "  ", 1, "^Vul de naam van de partnerorganisatie in.$"),
        (MemberRole.MEDEWERKER, "x" * 161, 1, "te lang"),
    ],
)
def test_a_wrong_seat_gets_a_dutch_message(write, read, trajectory_id, role, organisation, count, message):
    with pytest.raises(trajectory.TrajectoryError, match=message), write() as s:
        trajectory.add_member(s, trajectory_id=trajectory_id, role=role, organisation=organisation, count=count)
    assert _seats(read, trajectory_id) == []


def test_an_edit_is_checked_like_an_addition(write, read, trajectory_id):
    with write() as s:
        caw = trajectory.add_member(s, trajectory_id=trajectory_id, role=MemberRole.PARTNER, organisation="CAW").id
    with pytest.raises(trajectory.TrajectoryError, match="partnerorganisatie"), write() as s:
        trajectory.update_member(s, member_id=caw, role=MemberRole.PARTNER, organisation="")
    assert _seats(read, trajectory_id) == [(MemberRole.PARTNER, "CAW", None, 1)]


def test_the_hints_name_what_the_roadmap_asks_and_this_stuurgroep_lacks(write, read, trajectory_id):
    with read() as s:
        hints = trajectory.composition_hints(s, trajectory_id=trajectory_id)
    assert any("voorzitter" in h for h in hints)
    assert any("nog geen ouders" in h for h in hints)
    assert any("vertrouwenspersoon" in h for h in hints)
    with write() as s:
        for role in (MemberRole.VOORZITTER, MemberRole.VERTROUWENSPERSOON, MemberRole.EXTERNE_BEGELEIDER,
                     MemberRole.COORDINATOR):
            trajectory.add_member(s, trajectory_id=trajectory_id, role=role)
        trajectory.set_parent_count(s, trajectory_id=trajectory_id, count=1)
    with read() as s:
        assert trajectory.composition_hints(s, trajectory_id=trajectory_id) == [
            "Eén ouder staat er alleen voor: de roadmap vraagt meerdere ouders in de stuurgroep."]
    with write() as s:
        trajectory.update_trajectory(s, trajectory_id=trajectory_id, participation_mode=ParticipationMode.INDIRECT)
    with read() as s:  # parents in their own track: no parent is required in the stuurgroep
        assert trajectory.composition_hints(s, trajectory_id=trajectory_id) == []
