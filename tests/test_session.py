"""Sessions of a trajectory (roadmap steps 4-7 and 10): planned from a template, opened with a
join code that parents type from the beamer, closed, and listed in the order of the roadmap.
"""

from __future__ import annotations

import datetime as dt

import pytest

from facilitation import live, trajectory
from facilitation import session as meetings
from facilitation.exercises import catalogue
from facilitation.models import Session, SessionKind, SessionState

TEMPLATES = ["stuurgroep_1", "stuurgroep_2", "stuurgroep_3", "oudergroep", "focusgroep_vrije_tijd",
             "signaalgroep_resultaatmeting"]


@pytest.mark.parametrize("template_id", TEMPLATES)
def test_a_planned_session_has_the_templates_exercises_in_order(write, read, trajectory_id, template_id):
    template = catalogue().templates[template_id]
    with write() as s:
        meetings.plan_session(s, trajectory_id=trajectory_id, template_id=template_id)
    with read() as s:
        (planned,) = meetings.list_sessions(s, trajectory_id=trajectory_id)
        agenda = [(e.position, e.exercise_key) for e in planned.exercises]
    assert agenda == list(enumerate(template.exercises))
    assert planned.kind is SessionKind(template.kind)
    assert planned.title == template.name.nl
    assert (planned.state, planned.join_code) == (SessionState.PLANNED, None)


def test_an_unknown_template_is_refused_and_nothing_is_planned(write, read, trajectory_id):
    with pytest.raises(meetings.SessionError, match="Onbekend sessiesjabloon: stuurgroep_9"), write() as s:
        meetings.plan_session(s, trajectory_id=trajectory_id, template_id="stuurgroep_9")
    with read() as s:
        assert meetings.list_sessions(s, trajectory_id=trajectory_id) == []


@pytest.mark.parametrize("look_alike", list("0O1IL5S2Z8B"))
def test_the_join_code_alphabet_has_no_look_alikes(look_alike):
    assert look_alike not in meetings.JOIN_CODE_ALPHABET


def test_opening_a_session_gives_it_a_six_character_code_and_opens_it(write, read, planned_id):
    with write() as s:
        meetings.open_session(s, session_id=planned_id, facilitator="begeleider")
    with read() as s:
        opened = s.get(Session, planned_id)
    assert opened.state is SessionState.OPEN
    assert len(opened.join_code) == meetings.JOIN_CODE_LENGTH == 6
    assert set(opened.join_code) <= set(meetings.JOIN_CODE_ALPHABET)
    assert opened.facilitator == "begeleider"


def test_reopening_a_session_keeps_its_code(write, planned_id):
    with write() as s:
        first = meetings.open_session(s, session_id=planned_id).join_code
    with write() as s:
        again = meetings.open_session(s, session_id=planned_id).join_code
    assert again == first


def test_every_opened_session_gets_its_own_code(write, trajectory_id):
    with write() as s:
        planned = [meetings.plan_session(s, trajectory_id=trajectory_id, template_id="focusgroep_vrije_tijd")
                   for _ in range(200)]
        codes = [meetings.open_session(s, session_id=p.id).join_code for p in planned]
    assert len(set(codes)) == 200


def test_join_codes_are_random_not_counted_up():
    draws = [meetings.new_join_code() for _ in range(200)]
    # 25**6 codes: one pair of equal draws among 200 happens about once in 12,000 runs, two pairs never.
    assert len(set(draws)) >= 199
    for position in range(meetings.JOIN_CODE_LENGTH):
        # A counter changes only its last characters; random codes use (nearly) the whole alphabet everywhere.
        assert len({code[position] for code in draws}) >= 18


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("ACD347", "ACD347"),
        ("acd347", "ACD347"),
        ("acd 347", "ACD347"),
        ("ACD-347", "ACD347"),
        ("  a-c-d 3 4 7 ", "ACD347"),
        ("ACD34", None),  # too short
        ("ACD3479", None),  # too long
        ("ACD340", None),  # 0 is not in the alphabet
        ("ACDO47", None),  # nor O
        ("ACD1I7", None),  # nor 1 or I
        ("acdl47", None),  # nor l
        ("", None),
    ],
)
def test_a_typed_code_is_normalised_or_refused(typed, expected):
    assert meetings.normalise_join_code(typed) == expected


def test_a_session_is_found_by_its_code_as_a_parent_types_it(write, read, planned_id):
    with write() as s:
        code = meetings.open_session(s, session_id=planned_id).join_code
    typed = f"{code[:3].lower()} - {code[3:].lower()}"
    other = code[:-1] + next(ch for ch in meetings.JOIN_CODE_ALPHABET if ch != code[-1])
    with read() as s:
        assert meetings.find_by_code(s, code=typed).id == planned_id
        assert meetings.find_by_code(s, code=other) is None
        assert meetings.find_by_code(s, code="hallo") is None


def test_a_closed_session_cannot_be_opened_again(write, read, planned_id):
    with write() as s:
        meetings.open_session(s, session_id=planned_id)
    with write() as s:
        meetings.close_session(s, session_id=planned_id)
    with pytest.raises(meetings.SessionError, match="Deze sessie is al afgesloten."), write() as s:
        meetings.open_session(s, session_id=planned_id)
    with read() as s:
        assert s.get(Session, planned_id).state is SessionState.CLOSED


@pytest.mark.parametrize("action", [meetings.open_session, meetings.close_session])
def test_a_session_that_does_not_exist_gets_a_dutch_message(write, action):
    with pytest.raises(meetings.SessionError, match="Deze sessie bestaat niet"), write() as s:
        action(s, session_id=999_999)


def test_sessions_are_listed_in_roadmap_order_whatever_their_dates(write, read, trajectory_id):
    day = dt.date(2026, 3, 1)
    # Planned backwards, the later roadmap steps with the earlier dates.
    planned = [
        ("signaalgroep_resultaatmeting", day),
        ("focusgroep_vrije_tijd", day + dt.timedelta(days=20)),
        ("focusgroep_vrije_tijd", day + dt.timedelta(days=10)),
        ("oudergroep", day + dt.timedelta(days=30)),
        ("stuurgroep_3", day + dt.timedelta(days=40)),
        ("stuurgroep_2", None),
        ("stuurgroep_1", day + dt.timedelta(days=60)),
    ]
    with write() as s:
        for template_id, scheduled_on in planned:
            meetings.plan_session(s, trajectory_id=trajectory_id, template_id=template_id, scheduled_on=scheduled_on)
    with read() as s:
        listed = [(m.template_id, m.scheduled_on) for m in meetings.list_sessions(s, trajectory_id=trajectory_id)]
    assert listed == [
        ("stuurgroep_1", day + dt.timedelta(days=60)),
        ("stuurgroep_2", None),
        ("stuurgroep_3", day + dt.timedelta(days=40)),
        ("oudergroep", day + dt.timedelta(days=30)),
        ("focusgroep_vrije_tijd", day + dt.timedelta(days=10)),
        ("focusgroep_vrije_tijd", day + dt.timedelta(days=20)),
        ("signaalgroep_resultaatmeting", day),
    ]


def test_sessions_of_another_trajectory_are_not_listed(write, read, trajectory_id):
    with write() as s:
        other = trajectory.create_trajectory(s, gemeente="Mol", period_start=2025, period_end=2030)
        meetings.plan_session(s, trajectory_id=other.id, template_id="stuurgroep_1")
        meetings.plan_session(s, trajectory_id=trajectory_id, template_id="stuurgroep_2")
    with read() as s:
        assert [m.template_id for m in meetings.list_sessions(s, trajectory_id=trajectory_id)] == ["stuurgroep_2"]


def test_a_closed_session_is_reopened_with_the_same_code(write, read, planned_id):
    with write() as s:
        code = meetings.open_session(s, session_id=planned_id).join_code
        meetings.close_session(s, session_id=planned_id)
    with write() as s:
        meetings.reopen_session(s, session_id=planned_id)
    with read() as s:
        reopened = s.get(Session, planned_id)
        assert (reopened.state, reopened.join_code) == (SessionState.OPEN, code)
        assert meetings.find_by_code(s, code=code).id == planned_id


def test_a_session_closed_before_it_started_gets_a_code_when_reopened(write, read, planned_id):
    with write() as s:
        meetings.close_session(s, session_id=planned_id)
        meetings.reopen_session(s, session_id=planned_id)
    with read() as s:
        assert len(s.get(Session, planned_id).join_code) == meetings.JOIN_CODE_LENGTH


@pytest.mark.parametrize("opened", [False, True])
def test_only_a_closed_session_is_reopened(write, planned_id, opened):
    if opened:
        with write() as s:
            meetings.open_session(s, session_id=planned_id)
    with pytest.raises(meetings.SessionError, match="niet afgesloten"), write() as s:
        meetings.reopen_session(s, session_id=planned_id)


def test_title_and_date_of_a_session_are_changed(write, read, planned_id):
    with write() as s:
        meetings.update_session(s, session_id=planned_id, title="  Stuurgroep 2:\n visie  ", scheduled_on=dt.date(2026, 5, 12))
    with read() as s:
        changed = s.get(Session, planned_id)
        assert (changed.title, changed.scheduled_on) == ("Stuurgroep 2: visie", dt.date(2026, 5, 12))
    with write() as s:
        meetings.update_session(s, session_id=planned_id, title="Stuurgroep 2", scheduled_on=None)
    with read() as s:
        assert s.get(Session, planned_id).scheduled_on is None


@pytest.mark.parametrize(("title", "message"), [("  ", "Geef de sessie een titel"), ("x" * 201, "te lang: 201")])
def test_a_title_that_cannot_be_kept_is_refused_and_the_old_one_stays(write, read, planned_id, title, message):
    with pytest.raises(meetings.SessionError, match=message), write() as s:
        meetings.update_session(s, session_id=planned_id, title=title, scheduled_on=None)
    with read() as s:
        assert s.get(Session, planned_id).title == "Stuurgroep 2: visie met een casus en een droom"


@pytest.mark.parametrize("action", [meetings.reopen_session, meetings.update_session])
def test_editing_a_session_that_is_gone_gets_a_dutch_message(write, action):
    extra = {"title": "x", "scheduled_on": None} if action is meetings.update_session else {}
    with pytest.raises(meetings.SessionError, match="Deze sessie bestaat niet"), write() as s:
        action(s, session_id=999_999, **extra)


@pytest.mark.parametrize(("language", "title", "word"), [("nl", "Samen tegen armoede", "armoede"),
                                                          ("en", "Poor families", "Poor"),
                                                          ("fr", "Les pauvres", "pauvres")])
def test_a_phone_title_never_labels_parents_as_poor(write, read, session_id, language, title, word):
    with pytest.raises(meetings.SessionError, match=f"‘{word}’"):
        with write() as s:
            meetings.set_phone_titles(s, session_id=session_id, **{"nl": "Samen over vrije tijd", language: title})
    with read() as s:
        assert s.get(Session, session_id).phone_title_nl is None  # nothing half-saved


def test_a_phone_title_falls_back_to_dutch_and_an_empty_one_is_none(write, read, session_id):
    with write() as s:
        meetings.set_phone_titles(s, session_id=session_id, nl="  Samen over   vrije tijd ", en="Free time", fr=" ")
    with read() as s:
        meeting = s.get(Session, session_id)
        view = live.phone_view(s, code=meeting.join_code)  # what every phone reads
        assert view.phone_title("nl") == "Samen over vrije tijd"
        assert view.phone_title("en") == "Free time"
        assert view.phone_title("fr") == "Samen over vrije tijd"
        assert meeting.phone_title_fr is None
    with pytest.raises(meetings.SessionError, match="120"):
        with write() as s:
            meetings.set_phone_titles(s, session_id=session_id, nl="x" * 121)
