"""Phones joining a live session (/meedoen?code=CODE): no account and no name, only a random device
token in the join link, of which the database keeps a hash. A reload keeps the same participant;
unknown, planned or closed codes get a friendly Dutch message; guessing codes is slowed down.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from facilitation import anonymity, contribution, participant
from facilitation import session as meetings
from facilitation.models import Base, ExerciseState, FailedJoin, Participant, ParticipantGroup, Session, SessionState


@pytest.fixture
def open_code(write, planned_id) -> str:
    with write() as s:
        return meetings.open_session(s, session_id=planned_id).join_code


def _participants(read) -> list[Participant]:
    with read() as s:
        return list(s.scalars(select(Participant).order_by(Participant.id)))


# --- joining -------------------------------------------------------------------------------------


def test_a_reload_with_the_same_token_is_the_same_participant(write, read, planned_id, open_code):
    token = anonymity.new_device_token()
    with write() as s:
        first = participant.join(s, session_id=planned_id, token=token).id
    with write() as s:  # the phone reloads the page: the token is still in the link
        again = participant.join(s, session_id=planned_id, token=token).id
        found = participant.find_participant(s, session_id=planned_id, token=token).id
    assert again == first == found
    assert [p.id for p in _participants(read)] == [first]


def test_two_phones_are_two_participants(write, read, planned_id, open_code):
    with write() as s:
        one = participant.join(s, session_id=planned_id, token=anonymity.new_device_token())
        two = participant.join(s, session_id=planned_id, token=anonymity.new_device_token())
    assert one.id != two.id
    assert len(_participants(read)) == 2


def test_the_same_phone_in_another_session_is_another_participant(write, read, trajectory_id, planned_id):
    token = anonymity.new_device_token()
    with write() as s:
        other = meetings.plan_session(s, trajectory_id=trajectory_id, template_id="stuurgroep_1").id
        here = participant.join(s, session_id=planned_id, token=token)
        there = participant.join(s, session_id=other, token=token)
    assert here.id != there.id
    with read() as s:
        assert participant.find_participant(s, session_id=other, token=token).id == there.id


INVALID_TOKENS = ["", None, "kort", "a" * 15, "a" * 65, "spaties in het token!!", "../../etc/passwd-aaaaaaa",
                  "tok\u00e9n" * 4, "<script>alert(1)</script>"]


def test_a_link_with_an_invalid_token_is_refused_and_nobody_joins(write, read, planned_id):
    for token in INVALID_TOKENS:
        with pytest.raises(participant.JoinError, match="^Deze link is niet geldig. Scan de QR-code opnieuw.$"):
            with write() as s:
                participant.join(s, session_id=planned_id, token=token)
        with read() as s:
            assert participant.find_participant(s, session_id=planned_id, token=token) is None
    assert _participants(read) == []


def test_the_database_never_holds_the_raw_token(write, read, planned_id, open_code):
    token = anonymity.new_device_token()
    with write() as s:
        me = participant.join(s, session_id=planned_id, token=token, participant_group=ParticipantGroup.OUDER)
        exercise_id = s.get(Session, planned_id).exercises[0].id
        meetings.set_exercise_state(s, exercise_id=exercise_id, state=ExerciseState.OPEN)
        contribution.submit_answer(s, session_exercise_id=exercise_id, participant_id=me.id,
                                   text="Een buurvrouw die meeging naar het OCMW.", elements=["meegaan"])
    with read() as s:
        assert s.get(Participant, me.id).token_hash == anonymity.token_hash(token) != token
        # Every value of every row of every table, the participant and contribution tables included.
        dumped = {
            table.name: [repr(tuple(row)) for row in s.execute(select(table))]
            for table in Base.metadata.sorted_tables
        }
    assert dumped["participant"] and dumped["contribution"]  # the search below has something to search
    assert [name for name, rows in dumped.items() if any(token in row for row in rows)] == []


def test_language_and_group_are_kept_and_can_be_changed(write, read, planned_id):
    token = anonymity.new_device_token()
    with write() as s:
        me = participant.join(s, session_id=planned_id, token=token, language="fr",
                              participant_group=ParticipantGroup.OUDER)
    with read() as s:
        assert (s.get(Participant, me.id).language, s.get(Participant, me.id).participant_group) == (
            "fr", ParticipantGroup.OUDER)
    with write() as s:
        participant.update_profile(s, participant_id=me.id, language="en")  # the group stays
    with read() as s:
        assert (s.get(Participant, me.id).language, s.get(Participant, me.id).participant_group) == (
            "en", ParticipantGroup.OUDER)
    with write() as s:
        participant.update_profile(s, participant_id=me.id, participant_group=ParticipantGroup.ZEG_IK_LIEVER_NIET)
    with read() as s:
        assert s.get(Participant, me.id).participant_group is ParticipantGroup.ZEG_IK_LIEVER_NIET
    with write() as s:
        participant.update_profile(s, participant_id=me.id, clear_group=True)
    with read() as s:
        assert (s.get(Participant, me.id).language, s.get(Participant, me.id).participant_group) == ("en", None)


UNKNOWN_LANGUAGES = ["de", "klingon", "NL", ""]


def test_an_unknown_language_falls_back_to_dutch(write, read, planned_id):
    with write() as s:
        joined = [participant.join(s, session_id=planned_id, token=anonymity.new_device_token(), language=language).id
                  for language in UNKNOWN_LANGUAGES]
        changed = [participant.join(s, session_id=planned_id, token=anonymity.new_device_token(), language="en").id
                   for _ in UNKNOWN_LANGUAGES]
        for participant_id, language in zip(changed, UNKNOWN_LANGUAGES):
            participant.update_profile(s, participant_id=participant_id, language=language)
    with read() as s:
        assert [s.get(Participant, i).language for i in joined + changed] == ["nl"] * 2 * len(UNKNOWN_LANGUAGES)


def test_a_lost_participant_gets_a_dutch_message(write):
    with pytest.raises(participant.JoinError, match="We vinden je deelname niet meer"), write() as s:
        participant.update_profile(s, participant_id=999_999, language="en")


def test_participants_are_counted_per_session(write, read, trajectory_id, planned_id):
    with write() as s:
        other = meetings.plan_session(s, trajectory_id=trajectory_id, template_id="stuurgroep_1").id
        token = anonymity.new_device_token()
        for _ in range(3):  # one phone reloading three times
            participant.join(s, session_id=planned_id, token=token)
        participant.join(s, session_id=planned_id, token=anonymity.new_device_token())
        participant.join(s, session_id=other, token=anonymity.new_device_token())
    with read() as s:
        assert participant.count_participants(s, session_id=planned_id) == 2
        assert participant.count_participants(s, session_id=other) == 1
        assert participant.count_participants(s, session_id=999_999) == 0


# --- finding the session by its code ---------------------------------------------------------------


def test_an_open_session_is_found_by_its_code_typed_in_lower_case_with_spaces(write, read, planned_id, open_code):
    typed = f" {open_code[:3].lower()} {open_code[3:].lower()} "
    with read() as s:
        found = participant.find_open_session(s, code=typed)
    assert (found.id, found.state) == (planned_id, SessionState.OPEN)


def test_each_unusable_code_gets_its_own_friendly_message(write, read, trajectory_id, open_code):
    with write() as s:
        planned = meetings.plan_session(s, trajectory_id=trajectory_id, template_id="stuurgroep_1")
        closed = meetings.plan_session(s, trajectory_id=trajectory_id, template_id="stuurgroep_3")
        closed_code = meetings.open_session(s, session_id=closed.id).join_code
        meetings.close_session(s, session_id=closed.id)
        # A planned session has no code yet; give it one without opening it (as after a reset).
        planned_code = next(
            code for code in (meetings.new_join_code() for _ in range(10)) if code not in (open_code, closed_code)
        )
        planned.join_code = planned_code
    wrong = next(
        code for code in (meetings.new_join_code() for _ in range(10))
        if code not in (open_code, closed_code, planned_code)
    )
    messages = {}
    for label, code in [("unknown", wrong), ("nonsense", "hallo!"), ("planned", planned_code), ("closed", closed_code)]:
        with read() as s, pytest.raises(participant.JoinError) as refused:
            participant.find_open_session(s, code=code)
        messages[label] = str(refused.value)
    assert messages == {
        "unknown": "Deze code kennen we niet. Kijk nog eens naar het grote scherm.",
        "nonsense": "Deze code kennen we niet. Kijk nog eens naar het grote scherm.",
        "planned": "Deze sessie is nog niet begonnen. Probeer het straks opnieuw.",
        "closed": "Deze sessie is afgelopen. Bedankt om mee te doen!",
    }


# --- slowing down guessing ------------------------------------------------------------------------


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def test_a_tab_that_keeps_typing_wrong_codes_has_to_wait_and_another_tab_does_not(write, read):
    now = _now()
    for attempt in range(participant.WRONG_CODES_PER_TAB):
        with read() as s:
            assert not participant.is_rate_limited(s, client_key="tab-a", now=now), attempt
        with write() as s:
            participant.record_wrong_code(s, client_key="tab-a", now=now)
    with read() as s:
        assert participant.is_rate_limited(s, client_key="tab-a", now=now)
        assert not participant.is_rate_limited(s, client_key="tab-b", now=now)


def test_wrong_codes_older_than_the_window_no_longer_count(write, read):
    now = _now()
    long_ago = now - participant.RATE_WINDOW - dt.timedelta(seconds=5)
    with write() as s:
        for _ in range(participant.WRONG_CODES_PER_TAB):
            participant.record_wrong_code(s, client_key="tab-a", now=long_ago)
    with read() as s:
        assert participant.is_rate_limited(s, client_key="tab-a", now=long_ago)  # back then: limited
        assert not participant.is_rate_limited(s, client_key="tab-a", now=now)  # now: free again
    with write() as s:
        participant.record_wrong_code(s, client_key="tab-a", now=now)
    with read() as s:
        assert not participant.is_rate_limited(s, client_key="tab-a", now=now)


def test_many_tabs_guessing_together_are_stopped_all_at_once(write, read):
    now = _now()
    per_tab = participant.WRONG_CODES_PER_TAB - 1  # no single tab reaches its own limit
    keys = [f"tab-{i}" for i in range(-(-participant.WRONG_CODES_IN_TOTAL // per_tab))]
    recorded = 0
    with write() as s:
        for key in keys:
            for _ in range(per_tab):
                if recorded == participant.WRONG_CODES_IN_TOTAL - 1:
                    break
                participant.record_wrong_code(s, client_key=key, now=now)
                recorded += 1
    with read() as s:
        assert not participant.is_rate_limited(s, client_key="a-new-tab", now=now)  # one short of the limit
    with write() as s:
        participant.record_wrong_code(s, client_key=keys[-1], now=now)
    with read() as s:
        assert s.scalar(select(func.count(FailedJoin.id))) == participant.WRONG_CODES_IN_TOTAL
        assert participant.is_rate_limited(s, client_key="a-new-tab", now=now)
        assert participant.is_rate_limited(s, client_key=keys[0], now=now)


def test_counting_wrong_codes_keeps_no_address_only_the_tab_key_and_time(write, read):
    with write() as s:
        participant.record_wrong_code(s, client_key="tab-a")
    with read() as s:
        (row,) = s.execute(select(FailedJoin.__table__)).mappings().all()
    assert set(row) == {"id", "client_key", "at"}
    assert row["client_key"] == "tab-a"
