"""The live session (stuurgroep 2: casus and droom): the facilitator walks the agenda, opens and
closes questions and decides what the projector shows; phones follow the current question; the
projector shows answers in an order that does not give away who sent what.
"""

from __future__ import annotations

import dataclasses
import io

import pytest
import sqlalchemy
from PIL import Image

from facilitation import anonymity, contribution, live, participant, qr
from facilitation import session as meetings
from facilitation.models import Channel, ExerciseState, Session, SessionExercise, SessionState


@pytest.fixture
def code(read, session_id) -> str:
    with read() as s:
        return s.get(Session, session_id).join_code


@pytest.fixture
def exercise_ids(read, session_id) -> dict[str, int]:
    with read() as s:
        return {e.exercise_key: e.id for e in s.get(Session, session_id).exercises}


def _agenda(read, session_id) -> list[tuple[int, str, ExerciseState]]:
    with read() as s:
        exercises = s.get(Session, session_id).exercises
        return [(e.position, e.exercise_key, e.state) for e in sorted(exercises, key=lambda e: e.position)]


def _current(read, session_id) -> int | None:
    with read() as s:
        return s.get(Session, session_id).current_exercise_id


def _phones(write, session_id, count: int) -> list[int]:
    with write() as s:
        return [participant.join(s, session_id=session_id, token=anonymity.new_device_token()).id
                for _ in range(count)]


# --- the agenda -----------------------------------------------------------------------------------


def test_next_question_walks_the_agenda_in_order_and_opens_each(write, read, session_id, exercise_ids):
    assert _agenda(read, session_id) == [(0, "casus", ExerciseState.WAITING), (1, "droom", ExerciseState.WAITING)]
    with write() as s:
        first = meetings.next_exercise(s, session_id=session_id)
    assert (first.id, _current(read, session_id)) == (exercise_ids["casus"], exercise_ids["casus"])
    assert [state for _, _, state in _agenda(read, session_id)] == [ExerciseState.OPEN, ExerciseState.WAITING]
    with write() as s:
        second = meetings.next_exercise(s, session_id=session_id)
    assert (second.id, _current(read, session_id)) == (exercise_ids["droom"], exercise_ids["droom"])
    assert _agenda(read, session_id)[1][2] is ExerciseState.OPEN
    with write() as s:
        assert meetings.next_exercise(s, session_id=session_id) is None  # the end of the agenda
    assert _current(read, session_id) == exercise_ids["droom"]  # the last question stays on the screen


def test_next_question_follows_the_agenda_as_reordered(write, read, session_id, exercise_ids):
    with write() as s:
        meetings.move_exercise(s, exercise_id=exercise_ids["droom"], offset=-1)
        assert meetings.next_exercise(s, session_id=session_id).exercise_key == "droom"
    with write() as s:
        assert meetings.next_exercise(s, session_id=session_id).exercise_key == "casus"


def test_showing_a_question_makes_it_current_and_opens_it_if_it_was_waiting(write, read, session_id, exercise_ids):
    with write() as s:
        meetings.show_exercise(s, exercise_id=exercise_ids["droom"])
    assert _current(read, session_id) == exercise_ids["droom"]
    assert _agenda(read, session_id) == [(0, "casus", ExerciseState.WAITING), (1, "droom", ExerciseState.OPEN)]


def test_showing_a_question_without_opening_it_leaves_it_waiting(write, read, session_id, exercise_ids):
    with write() as s:
        meetings.show_exercise(s, exercise_id=exercise_ids["casus"], open_it=False)
    assert _current(read, session_id) == exercise_ids["casus"]
    assert _agenda(read, session_id)[0][2] is ExerciseState.WAITING


def test_showing_a_closed_question_again_does_not_reopen_it(write, read, session_id, exercise_ids):
    with write() as s:
        meetings.show_exercise(s, exercise_id=exercise_ids["casus"])
        meetings.set_exercise_state(s, exercise_id=exercise_ids["casus"], state=ExerciseState.CLOSED)
        meetings.show_exercise(s, exercise_id=exercise_ids["droom"])
    with write() as s:  # back to the casus to look at its answers once more
        meetings.show_exercise(s, exercise_id=exercise_ids["casus"])
    assert _current(read, session_id) == exercise_ids["casus"]
    assert _agenda(read, session_id)[0][2] is ExerciseState.CLOSED


def test_opening_and_closing_a_question_records_when(write, read, exercise_ids):
    casus = exercise_ids["casus"]
    with read() as s:
        waiting = s.get(SessionExercise, casus)
    assert (waiting.opened_at, waiting.closed_at) == (None, None)
    with write() as s:
        meetings.set_exercise_state(s, exercise_id=casus, state=ExerciseState.OPEN)
    with read() as s:
        opened = s.get(SessionExercise, casus)
    assert opened.state is ExerciseState.OPEN
    assert opened.opened_at is not None and opened.closed_at is None
    with write() as s:
        meetings.set_exercise_state(s, exercise_id=casus, state=ExerciseState.CLOSED)
    with read() as s:
        closed = s.get(SessionExercise, casus)
    assert closed.state is ExerciseState.CLOSED
    assert closed.closed_at is not None and closed.opened_at == opened.opened_at
    with write() as s:  # opened again for a late story: it was first opened back then, and is not closed now
        meetings.set_exercise_state(s, exercise_id=casus, state=ExerciseState.OPEN)
    with read() as s:
        reopened = s.get(SessionExercise, casus)
    assert (reopened.state, reopened.opened_at, reopened.closed_at) == (ExerciseState.OPEN, opened.opened_at, None)


def test_many_phones_answers_are_stored_together_each_as_alone(engine, write, read, session_id, exercise_ids):
    """submit_answers: a burst of answers in one transaction, in as many statements for a hundred
    answers as for two; a refused answer refuses only itself; a phone sending twice keeps one answer."""
    casus, droom = exercise_ids["casus"], exercise_ids["droom"]
    with write() as s:
        meetings.set_exercise_state(s, exercise_id=casus, state=ExerciseState.OPEN)
    phones = _phones(write, session_id, 104)
    with write() as s:
        for phone in (phones[0], phones[100]):
            contribution.submit_answer(s, session_exercise_id=casus, participant_id=phone, text="Eerste versie",
                                       elements=["Een vaste plek"])

    def burst(edited: int, others: list[int]) -> tuple[list, list[str]]:
        statements = []
        count = lambda conn, cursor, statement, *args: statements.append(statement)  # noqa: E731
        sqlalchemy.event.listen(engine, "before_cursor_execute", count)
        try:
            with write() as s:
                return contribution.submit_answers(s, answers=[
                    contribution.PhoneAnswer(casus, edited, "Tweede versie"),  # an edit: its elements stay
                    *[contribution.PhoneAnswer(casus, phone, f"Antwoord {phone}", ["Samen", "Op tijd"])
                      for phone in others],
                    contribution.PhoneAnswer(droom, others[0], "Nog niet open"),
                    contribution.PhoneAnswer(casus, others[1], "x" * (contribution.MAX_LENGTH + 1)),
                    contribution.PhoneAnswer(casus, others[-1], "Toch nog anders"),  # the same phone again
                ]), statements
        finally:
            sqlalchemy.event.remove(engine, "before_cursor_execute", count)

    stored, statements = burst(phones[0], phones[1:100])
    _, few = burst(phones[100], phones[101:104])
    assert len(statements) == len(few) <= 16  # 99 answers as 3: one statement of each kind
    assert [type(x).__name__ for x in stored[-3:]] == ["ContributionError", "ContributionError", "Contribution"]
    assert str(stored[-3]) == "Deze vraag is nog niet open. Wacht even op de begeleider."
    assert "te lang" in str(stored[-2])
    assert stored[-1] is stored[-4] and stored[-1].id and stored[-1].text == "Toch nog anders"
    with read() as s:
        texts = {c.participant_id: (c.text, [e.text for e in c.elements])
                 for c in contribution.visible_contributions(s, session_exercise_id=casus)}
        assert len(texts) == 104 and not contribution.visible_contributions(s, session_exercise_id=droom)
        assert texts[phones[0]] == ("Tweede versie", ["Een vaste plek"])
        assert texts[phones[2]] == (f"Antwoord {phones[2]}", ["Samen", "Op tijd"])  # its too long send: refused
        assert texts[phones[99]] == ("Toch nog anders", ["Samen", "Op tijd"])


def test_homework_a_question_can_be_opened_and_answered_before_the_meeting(write, read, trajectory_id):
    """Stuurgroep 1 gives the casus and the droom as homework for stuurgroep 2 (DOMAIN.md, step 4)."""
    with write() as s:
        meeting = meetings.plan_session(s, trajectory_id=trajectory_id, template_id="stuurgroep_2")
        casus = meeting.exercises[0].id
        meetings.set_exercise_state(s, exercise_id=casus, state=ExerciseState.OPEN)
        phone = participant.join(s, session_id=meeting.id, token=anonymity.new_device_token())
        contribution.submit_answer(s, session_exercise_id=casus, participant_id=phone.id,
                                   text="De juf die elke ochtend vroeg hoe het ging.")
    with read() as s:
        meeting = s.get(Session, meeting.id)
        assert meeting.state is SessionState.PLANNED and meeting.current_exercise_id is None
        assert [c.text for c in contribution.visible_contributions(s, session_exercise_id=casus)] == [
            "De juf die elke ochtend vroeg hoe het ging."]


def test_moving_a_question_keeps_the_agenda_numbered_and_stops_at_the_ends(write, read, session_id, exercise_ids):
    with write() as s:
        for key in ("armoede_betekenis", "menselijke_waardigheid"):
            meetings.add_exercise(s, session_id=session_id, exercise_key=key)
    keys = lambda: [key for _, key, _ in _agenda(read, session_id)]  # noqa: E731
    positions = lambda: [position for position, _, _ in _agenda(read, session_id)]  # noqa: E731
    assert keys() == ["casus", "droom", "armoede_betekenis", "menselijke_waardigheid"]
    with write() as s:
        meetings.move_exercise(s, exercise_id=exercise_ids["droom"], offset=-1)
    assert keys() == ["droom", "casus", "armoede_betekenis", "menselijke_waardigheid"]
    with write() as s:
        meetings.move_exercise(s, exercise_id=exercise_ids["droom"], offset=-1)  # already first
    assert keys() == ["droom", "casus", "armoede_betekenis", "menselijke_waardigheid"]
    with write() as s:
        meetings.move_exercise(s, exercise_id=exercise_ids["casus"], offset=1)
    assert keys() == ["droom", "armoede_betekenis", "casus", "menselijke_waardigheid"]
    with write() as s:
        meetings.move_exercise(s, exercise_id=exercise_ids["casus"], offset=1)
        meetings.move_exercise(s, exercise_id=exercise_ids["casus"], offset=1)  # already last
    assert keys() == ["droom", "armoede_betekenis", "menselijke_waardigheid", "casus"]
    assert positions() == [0, 1, 2, 3]


def test_an_exercise_added_to_the_agenda_comes_last_and_waits(write, read, session_id):
    with write() as s:
        added = meetings.add_exercise(s, session_id=session_id, exercise_key="menselijke_waardigheid")
    assert _agenda(read, session_id)[-1] == (2, "menselijke_waardigheid", ExerciseState.WAITING)
    with read() as s:
        assert s.get(SessionExercise, added.id).session_id == session_id


def test_an_unknown_exercise_is_not_added(write, read, session_id):
    before = _agenda(read, session_id)
    with pytest.raises(meetings.SessionError, match="Onbekende oefening: bestaat_niet."):
        with write() as s:
            meetings.add_exercise(s, session_id=session_id, exercise_key="bestaat_niet")
    assert _agenda(read, session_id) == before


def test_an_exercise_with_answers_stays_on_the_agenda(write, read, session_id, exercise_ids):
    with write() as s:
        contribution.add_contribution(s, session_exercise_id=exercise_ids["casus"], text="Een vaste contactpersoon",
                                      channel=Channel.PAPER)
    with pytest.raises(meetings.SessionError, match="heeft al antwoorden of stemmen en blijft daarom op de agenda"), write() as s:
        meetings.remove_exercise(s, exercise_id=exercise_ids["casus"])
    assert [key for _, key, _ in _agenda(read, session_id)] == ["casus", "droom"]
    with read() as s:
        assert [c.text for c in contribution.for_moderation(s, session_exercise_id=exercise_ids["casus"])] == [
            "Een vaste contactpersoon"]


def test_removing_the_current_exercise_leaves_nothing_on_the_screen(write, read, session_id, code, exercise_ids):
    with write() as s:
        meetings.show_exercise(s, exercise_id=exercise_ids["droom"])
    with write() as s:
        meetings.remove_exercise(s, exercise_id=exercise_ids["droom"])
    assert [key for _, key, _ in _agenda(read, session_id)] == ["casus"]
    assert _current(read, session_id) is None
    with read() as s:
        assert s.get(SessionExercise, exercise_ids["droom"]) is None
        assert live.phone_view(s, code=code).exercise_id is None
        assert live.projector_view(s, code=code).exercise is None


def test_removing_another_exercise_keeps_the_current_one(write, read, session_id, exercise_ids):
    with write() as s:
        meetings.show_exercise(s, exercise_id=exercise_ids["casus"])
        meetings.remove_exercise(s, exercise_id=exercise_ids["droom"])
    assert _current(read, session_id) == exercise_ids["casus"]
    assert [key for _, key, _ in _agenda(read, session_id)] == ["casus"]


GONE_EXERCISE = {
    "show": lambda s: meetings.show_exercise(s, exercise_id=999_999),
    "state": lambda s: meetings.set_exercise_state(s, exercise_id=999_999, state=ExerciseState.OPEN),
    "move": lambda s: meetings.move_exercise(s, exercise_id=999_999, offset=1),
    "remove": lambda s: meetings.remove_exercise(s, exercise_id=999_999),
}
GONE_SESSION = {
    "next": lambda s: meetings.next_exercise(s, session_id=999_999),
    "display": lambda s: meetings.set_display(s, session_id=999_999, show_answers=False),
    "add": lambda s: meetings.add_exercise(s, session_id=999_999, exercise_key="casus"),
}


def test_an_exercise_or_session_that_is_gone_gets_a_dutch_message(write):
    """A second facilitator tab may still show what the first one removed."""
    for actions, message in ((GONE_EXERCISE, "Deze oefening bestaat niet"), (GONE_SESSION, "Deze sessie bestaat niet")):
        for name, action in actions.items():
            with pytest.raises(meetings.SessionError, match=message), write() as s:
                action(s)
                pytest.fail(f"{name} did not refuse")


def test_the_facilitator_sets_what_the_projector_shows_and_premoderation(write, read, session_id):
    with read() as s:
        fresh = s.get(Session, session_id)
    assert (fresh.show_answers, fresh.premoderation) == (True, False)
    with write() as s:
        meetings.set_display(s, session_id=session_id, show_answers=False, premoderation=True)
    with read() as s:
        changed = s.get(Session, session_id)
    assert (changed.show_answers, changed.premoderation) == (False, True)
    with write() as s:
        meetings.set_display(s, session_id=session_id, show_answers=True)  # premoderation left as it is
    with read() as s:
        again = s.get(Session, session_id)
    assert (again.show_answers, again.premoderation) == (True, True)


# --- what the phones see --------------------------------------------------------------------------


def test_a_phone_follows_the_current_question(write, read, session_id, code, exercise_ids):
    with read() as s:
        before = live.phone_view(s, code=code.lower())
    assert (before.session_id, before.state, before.exercise_id, before.exercise_key, before.exercise_state) == (
        session_id, SessionState.OPEN, None, None, None)
    with write() as s:
        meetings.next_exercise(s, session_id=session_id)
    with read() as s:
        view = live.phone_view(s, code=code)
    assert (view.exercise_id, view.exercise_key, view.exercise_state) == (
        exercise_ids["casus"], "casus", ExerciseState.OPEN)
    with write() as s:
        meetings.set_exercise_state(s, exercise_id=exercise_ids["casus"], state=ExerciseState.CLOSED)
    with read() as s:
        assert live.phone_view(s, code=code).exercise_state is ExerciseState.CLOSED
    with write() as s:
        meetings.next_exercise(s, session_id=session_id)
    with read() as s:
        assert live.phone_view(s, code=code).exercise_key == "droom"


def test_a_phone_sees_that_the_session_is_over(write, read, session_id, code):
    with write() as s:
        meetings.close_session(s, session_id=session_id)
    with read() as s:
        assert live.phone_view(s, code=code).state is SessionState.CLOSED


def test_an_unknown_code_shows_nothing(read, code):
    other = code[:-1] + next(ch for ch in meetings.JOIN_CODE_ALPHABET if ch != code[-1])
    with read() as s:
        for typed in (other, "hallo", ""):
            assert live.phone_view(s, code=typed) is None
            assert live.projector_view(s, code=typed) is None


# --- what the projector shows ---------------------------------------------------------------------


def test_the_projector_shows_the_code_the_question_and_its_place_in_the_agenda(write, read, session_id, code):
    with write() as s:
        meetings.next_exercise(s, session_id=session_id)
        meetings.next_exercise(s, session_id=session_id)
    with read() as s:
        view = live.projector_view(s, code=code)
    assert (view.code, view.state, view.title) == (code, SessionState.OPEN, "Stuurgroep 2: visie met een casus en een droom")
    assert (view.exercise.key, view.exercise.state, view.exercise.position, view.exercise.total) == (
        "droom", ExerciseState.OPEN, 2, 2)


def test_the_projector_counts_waiting_answers_but_shows_only_approved_visible_ones(write, read, session_id, code,
                                                                                 exercise_ids):
    casus = exercise_ids["casus"]
    phones = _phones(write, session_id, 3)
    with write() as s:
        meetings.show_exercise(s, exercise_id=casus)
        shown = contribution.submit_answer(s, session_exercise_id=casus, participant_id=phones[0],
                                           text="Een vaste contactpersoon bij het OCMW").id
        hidden = contribution.submit_answer(s, session_exercise_id=casus, participant_id=phones[1],
                                            text="Mevrouw Peeters van de Kerkstraat 12").id
        contribution.set_hidden(s, contribution_id=hidden, hidden=True)
        aloud = contribution.add_contribution(s, session_exercise_id=casus, text="Gratis schoolmaaltijden",
                                              channel=Channel.FACILITATOR).id
        meetings.set_display(s, session_id=session_id, premoderation=True)
        waiting = contribution.submit_answer(s, session_exercise_id=casus, participant_id=phones[2],
                                             text="Iemand die mee naar de dokter ging").id
    with read() as s:
        view = live.projector_view(s, code=code)
    assert view.answer_count == 3  # shown, aloud and the one waiting for approval; not the hidden one
    assert sorted(a.id for a in view.answers) == sorted([shown, aloud])
    assert view.participants == 3
    with write() as s:
        contribution.approve(s, contribution_id=waiting)
    with read() as s:
        view = live.projector_view(s, code=code)
    assert view.answer_count == 3
    assert sorted(a.id for a in view.answers) == sorted([shown, aloud, waiting])


def test_with_answers_switched_off_the_projector_shows_only_how_many(write, read, session_id, code, exercise_ids):
    with write() as s:
        meetings.show_exercise(s, exercise_id=exercise_ids["casus"])
        for text in ("Een warme babbel", "Hulp bij papieren"):
            contribution.add_contribution(s, session_exercise_id=exercise_ids["casus"], text=text)
        meetings.set_display(s, session_id=session_id, show_answers=False)
    with read() as s:
        view = live.projector_view(s, code=code)
    assert (view.show_answers, view.answer_count, view.answers) == (False, 2, ())
    with write() as s:
        meetings.set_display(s, session_id=session_id, show_answers=True)
    with read() as s:
        assert len(live.projector_view(s, code=code).answers) == 2


def test_the_projector_shows_only_answers_to_the_current_question(write, read, session_id, code, exercise_ids):
    with write() as s:
        contribution.add_contribution(s, session_exercise_id=exercise_ids["casus"], text="Een verhaal")
        meetings.show_exercise(s, exercise_id=exercise_ids["droom"])
        dream = contribution.add_contribution(s, session_exercise_id=exercise_ids["droom"], text="Een droom").id
    with read() as s:
        view = live.projector_view(s, code=code)
    assert (view.answer_count, [a.id for a in view.answers]) == (1, [dream])


def test_a_shown_answer_tells_what_was_said_never_who_or_when():
    assert [f.name for f in dataclasses.fields(contribution.ShownAnswer)] == ["id", "text", "elements", "pinned",
                                                                              "merged"]


def test_answers_are_not_shown_in_the_order_they_were_sent_but_stay_put(write, read, session_id, code,
                                                                         exercise_ids):
    droom = exercise_ids["droom"]
    phones = _phones(write, session_id, 12)
    with write() as s:
        meetings.show_exercise(s, exercise_id=droom)
    sent = []
    for number, phone in enumerate(phones):  # one by one, as phones send them
        with write() as s:
            sent.append(contribution.submit_answer(s, session_exercise_id=droom, participant_id=phone,
                                                   text=f"Droom nummer {number + 1}").id)
    assert sent == sorted(sent)
    with read() as s:
        first = [a.id for a in live.projector_view(s, code=code).answers]
    with read() as s:
        second = [a.id for a in live.projector_view(s, code=code).answers]
    assert sorted(first) == sent
    assert first != sent  # not the sending order (a sha256 of the ids: this data gives another order)
    assert first != sent[::-1]
    assert second == first  # a refresh does not shuffle the screen


def test_pinned_answers_come_first(write, read, session_id, code, exercise_ids):
    casus = exercise_ids["casus"]
    with write() as s:
        meetings.show_exercise(s, exercise_id=casus)
        ids = [contribution.add_contribution(s, session_exercise_id=casus, text=f"Verhaal {i}").id for i in range(8)]
    with read() as s:
        unpinned = [a.id for a in live.projector_view(s, code=code).answers]
    pinned = unpinned[-2:]  # the two shown last
    with write() as s:
        for contribution_id in pinned:
            contribution.set_pinned(s, contribution_id=contribution_id, pinned=True)
    with read() as s:
        answers = live.projector_view(s, code=code).answers
    assert sorted(a.id for a in answers[:2]) == sorted(pinned)
    assert [a.pinned for a in answers] == [True, True] + [False] * 6
    assert [a.id for a in answers[2:]] == unpinned[:-2]  # the others keep their places
    assert sorted(a.id for a in answers) == ids


# --- the join link and its QR code ----------------------------------------------------------------


def test_the_join_link_points_to_meedoen_on_localhost_by_default(monkeypatch):
    monkeypatch.delenv("SAMENSPRAAK_PUBLIC_URL", raising=False)
    assert qr.join_url("ACD347") == "http://localhost:8501/meedoen?code=ACD347"


@pytest.mark.parametrize("public_url", ["https://samenspraak.geel.be", "https://samenspraak.geel.be/"])
def test_the_join_link_uses_the_public_address(monkeypatch, public_url):
    monkeypatch.setenv("SAMENSPRAAK_PUBLIC_URL", public_url)
    assert qr.join_url("ACD347") == "https://samenspraak.geel.be/meedoen?code=ACD347"


def test_the_qr_code_is_a_png_that_differs_per_link(monkeypatch):
    monkeypatch.delenv("SAMENSPRAAK_PUBLIC_URL", raising=False)
    one, other = qr.qr_png(qr.join_url("ACD347")), qr.qr_png(qr.join_url("ACD349"))
    assert one.startswith(b"\x89PNG\r\n\x1a\n") and other.startswith(b"\x89PNG\r\n\x1a\n")
    assert one != other
    assert qr.qr_png(qr.join_url("ACD347")) == one  # the same link, the same picture
    image = Image.open(io.BytesIO(one))
    assert image.width == image.height >= 200  # square and big enough to scan from the back of a room
