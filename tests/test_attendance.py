"""Attendance of a meeting (roadmap steps 3-7): how many came, per role; parents only as a count.
Entered in the control view during the meeting or afterwards, also once the session is closed."""

from __future__ import annotations

import pytest

from facilitation import attendance, db
from facilitation import session as meetings
from facilitation.models import MemberRole
from tests.test_live_pages import app, texts


def test_counts_per_role_are_kept_in_the_roadmaps_order_of_roles(write, read, planned_id):
    with write() as s:
        attendance.set_attendance(s, session_id=planned_id, counts={
            MemberRole.OUDER: 5, "voorzitter": 1, MemberRole.PARTNER: 3, MemberRole.SCHEPEN: 0})
    with read() as s:
        assert list(attendance.attendance(s, session_id=planned_id).items()) == [
            (MemberRole.VOORZITTER, 1), (MemberRole.PARTNER, 3), (MemberRole.OUDER, 5)]


def test_saving_again_replaces_the_counts_and_zero_removes_a_role(write, read, planned_id):
    with write() as s:
        attendance.set_attendance(s, session_id=planned_id, counts={MemberRole.OUDER: 5, MemberRole.SCHEPEN: 2})
    with write() as s:
        attendance.set_attendance(s, session_id=planned_id, counts={MemberRole.OUDER: 0, MemberRole.SCHEPEN: 3,
                                                                    MemberRole.MEDEWERKER: None})
    with read() as s:
        assert attendance.attendance(s, session_id=planned_id) == {MemberRole.SCHEPEN: 3}  # no parent came


def test_nothing_entered_is_an_empty_attendance(read, planned_id):
    with read() as s:
        assert attendance.attendance(s, session_id=planned_id) == {}


def test_attendance_can_be_entered_after_the_session_was_closed(write, read, session_id):
    with write() as s:
        meetings.close_session(s, session_id=session_id)
    with write() as s:
        attendance.set_attendance(s, session_id=session_id, counts={MemberRole.OUDER: 4})
    with read() as s:
        assert attendance.attendance(s, session_id=session_id) == {MemberRole.OUDER: 4}


@pytest.mark.parametrize(("counts", "message"), [
    ({MemberRole.OUDER: -1}, "tussen 0 en 500"),
    ({MemberRole.OUDER: 501}, "tussen 0 en 500"),
    ({"burgemeesterin": 1}, "Onbekende rol: burgemeesterin"),
])
def test_impossible_counts_are_refused_in_dutch_and_nothing_changes(write, read, planned_id, counts, message):
    with write() as s:
        attendance.set_attendance(s, session_id=planned_id, counts={MemberRole.OUDER: 2})
    with pytest.raises(attendance.AttendanceError, match=message), write() as s:
        attendance.set_attendance(s, session_id=planned_id, counts=counts)
    with read() as s:
        assert attendance.attendance(s, session_id=planned_id) == {MemberRole.OUDER: 2}


def test_a_session_that_is_gone_gets_a_dutch_message(write):
    with pytest.raises(attendance.AttendanceError, match="Deze sessie bestaat niet"), write() as s:
        attendance.set_attendance(s, session_id=999_999, counts={MemberRole.OUDER: 1})


# --- the control view ---------------------------------------------------------------------------


def test_the_control_view_saves_attendance_also_for_a_closed_session(engine, write, read, session_id):
    with write() as s:
        meetings.close_session(s, session_id=session_id)
    at = app("pages/sessie.py", staff=True, sessie=str(session_id))
    assert "👥 Aanwezig: nog niet ingevuld" in [e.label for e in at.expander]
    at.number_input(key="present-ouder").set_value(6)
    at.number_input(key="present-voorzitter").set_value(1)
    next(b for b in at.button if b.label == "Aanwezigen bewaren").click().run()
    assert not at.exception
    with db.transaction(engine) as s:
        assert attendance.attendance(s, session_id=session_id) == {MemberRole.VOORZITTER: 1, MemberRole.OUDER: 6}
    assert "👥 Aanwezig: Voorzitter 1 · Ouder 6" in [e.label for e in at.expander]
    assert "Deze sessie is afgesloten" in texts(at)
