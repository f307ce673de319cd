"""Attendance of a meeting (roadmap steps 3-7): how many came, per role. Parents are a count, never
names. Entered in the control view during the meeting or afterwards; the minutes and the note to
the college report it."""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from facilitation.models import Attendance, MemberRole, Session

MAX_PER_ROLE = 500


class AttendanceError(ValueError):
    """Attendance that cannot be saved; the message is for the user."""


def set_attendance(session: DbSession, *, session_id: int, counts: Mapping[MemberRole | str, int | None]) -> dict[MemberRole, int]:
    """Replace the meeting's attendance with these counts per role (0 or None removes a role)."""
    meeting = session.get(Session, session_id)
    if meeting is None:
        raise AttendanceError("Deze sessie bestaat niet (meer).")
    wanted: dict[MemberRole, int] = {}
    for role, count in counts.items():
        try:
            role = MemberRole(role)
        except ValueError:
            raise AttendanceError(f"Onbekende rol: {role}.") from None
        try:
            count = int(count or 0)
        except (TypeError, ValueError, OverflowError):
            raise AttendanceError(f"Geef per rol een aantal tussen 0 en {MAX_PER_ROLE}.") from None
        if not 0 <= count <= MAX_PER_ROLE:
            raise AttendanceError(f"Geef per rol een aantal tussen 0 en {MAX_PER_ROLE}.")
        if count:
            wanted[role] = count
    existing = {row.role: row for row in meeting.attendance}
    for role, row in existing.items():
        if role not in wanted:
            meeting.attendance.remove(row)
    for role, count in wanted.items():
        if role in existing:
            existing[role].count = count
        else:
            meeting.attendance.append(Attendance(role=role, count=count))
    session.flush()
    return attendance(session, session_id=session_id)


def attendance(session: DbSession, *, session_id: int) -> dict[MemberRole, int]:
    """Counts per role, in the roadmap's order of roles; empty when nothing was entered."""
    rows = session.execute(select(Attendance.role, Attendance.count).where(Attendance.session_id == session_id)).all()
    found = dict(rows)
    return {role: found[role] for role in MemberRole if found.get(role)}

