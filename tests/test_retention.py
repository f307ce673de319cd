"""How long parents' words are kept: 30 days after the college approved the minutes, then the answer
texts go and the counts, groups, domains and votes stay. What the phone promises is what happens."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from facilitation import cli, contribution, exercises, participant, retention
from facilitation import session as meetings
from facilitation.anonymity import new_device_token
from facilitation.models import Contribution, EssentialElement, ParticipantGroup, Session
from tests.test_live_pages import app

TODAY = dt.date(2026, 12, 1)


@pytest.fixture
def answered(write, session_id):
    """Stuurgroep 2 with two phone answers (one with elements) and one typed in, then closed."""
    with write() as s:
        casus = meetings.next_exercise(s, session_id=session_id)
        for text, elements, group in (("Mijn verhaal over de school", ["een juf die luisterde"], ParticipantGroup.OUDER),
                                      ("Een vaste contactpersoon", [], None)):
            phone = participant.join(s, session_id=session_id, token=new_device_token(), participant_group=group)
            contribution.submit_answer(s, session_exercise_id=casus.id, participant_id=phone.id, text=text,
                                       elements=elements)
        contribution.add_contribution(s, session_exercise_id=casus.id, text="Op papier gegeven")
        meetings.close_session(s, session_id=session_id)
    return session_id


def test_nothing_is_due_before_the_minutes_are_approved(write, read, answered):
    with read() as s:
        assert retention.due(s, today=TODAY) == []
    with pytest.raises(retention.RetentionError, match="nog niet goedgekeurd"):
        with write() as s:
            retention.remove_texts(s, session_id=answered)


def test_texts_go_30_days_after_approval_and_the_counts_stay(write, read, answered):
    with write() as s:
        retention.approve_minutes(s, session_id=answered, approved_on=TODAY - dt.timedelta(days=29))
    with read() as s:
        assert retention.due(s, today=TODAY) == []
        assert [d.session_id for d in retention.due(s, today=TODAY + dt.timedelta(days=1))] == [answered]
    with write() as s:
        assert retention.remove_texts(s, session_id=answered, today=TODAY) == 3
    with read() as s:
        texts = s.scalars(select(Contribution.text)).all()
        assert texts == [retention.REMOVED] * 3
        assert s.scalars(select(EssentialElement.text)).all() == [retention.REMOVED]
        groups = s.scalars(select(Contribution.participant_group)).all()
        assert ParticipantGroup.OUDER in groups  # who answered, as a group, stays
        assert s.get(Session, answered).texts_removed_on == TODAY
        assert retention.due(s, today=TODAY + dt.timedelta(days=60)) == []  # once only


def test_minutes_of_an_open_session_or_of_tomorrow_cannot_be_approved(write, session_id):
    with pytest.raises(retention.RetentionError, match="Sluit de sessie eerst af"):
        with write() as s:
            retention.approve_minutes(s, session_id=session_id, approved_on=dt.date.today())
    with write() as s:
        meetings.close_session(s, session_id=session_id)
    with pytest.raises(retention.RetentionError, match="toekomst"):
        with write() as s:
            retention.approve_minutes(s, session_id=session_id, approved_on=dt.date.today() + dt.timedelta(days=1))


def test_the_command_lists_then_removes_what_is_due(write, read, answered, capsys):
    with write() as s:
        retention.approve_minutes(s, session_id=answered, approved_on=dt.date.today() - dt.timedelta(days=31))
    assert cli.main(["retention"]) == 0
    assert "te verwijderen sinds" in capsys.readouterr().out
    with read() as s:
        assert s.scalar(select(func.count()).where(Contribution.text == retention.REMOVED)) == 0
    assert cli.main(["retention", "--apply"]) == 0
    assert "3 antwoorden verwijderd" in capsys.readouterr().out
    with read() as s:
        assert s.scalar(select(func.count()).where(Contribution.text != retention.REMOVED)) == 0


def test_the_phone_promises_what_the_command_does():
    cat = exercises.catalogue()
    for language in ("nl", "en", "fr"):
        assert f"{retention.RETENTION_DAYS} " in cat.phone_text("kept", language)


def test_the_coordinator_records_the_approval_and_removes_the_texts_on_the_page(read, answered):
    at = app("pages/sessie.py", staff=True, sessie=str(answered))
    at.date_input(key="minutes-approved-on").set_value(dt.date.today() - dt.timedelta(days=2))
    next(b for b in at.button if b.label == "Goedkeuring bewaren").click().run()
    assert not at.exception
    with read() as s:
        assert s.get(Session, answered).minutes_approved_on == dt.date.today() - dt.timedelta(days=2)
    at.checkbox(key="remove-texts-sure").check().run()
    next(b for b in at.button if b.label == "Antwoordteksten nu verwijderen").click().run()
    assert not at.exception
    with read() as s:
        assert set(s.scalars(select(Contribution.text)).all()) == {retention.REMOVED}
    assert any("zijn verwijderd op" in i.value for i in at.info)
