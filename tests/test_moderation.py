"""Answers and their moderation during a live session: a phone has one answer per question that it
may edit or withdraw while the question is open; the facilitator types in what is said aloud or
written on paper, hides, approves (pre-moderation), pins, marks essential elements and merges
duplicates. What is hidden, waiting or merged away is never projected.
"""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from facilitation import anonymity, contribution, participant
from facilitation import session as meetings
from facilitation.models import (
    Channel,
    Contribution,
    EssentialElement,
    ExerciseState,
    ParticipantGroup,
    Session,
)


@pytest.fixture
def casus(write, session_id) -> int:
    """The casus, shown and open."""
    with write() as s:
        return meetings.next_exercise(s, session_id=session_id).id


@pytest.fixture
def droom(read, session_id) -> int:
    with read() as s:
        return s.get(Session, session_id).exercises[1].id


@pytest.fixture
def phone(write, session_id) -> int:
    with write() as s:
        return participant.join(s, session_id=session_id, token=anonymity.new_device_token()).id


def _rows(read, exercise_id: int) -> list[tuple[str, tuple[str, ...]]]:
    """Everything stored for a question, hidden and merged answers included: (text, elements)."""
    with read() as s:
        return [(c.text, tuple(e.text for e in c.elements))
                for c in contribution.for_moderation(s, session_exercise_id=exercise_id)]


def _shown(read, exercise_id: int) -> list[int]:
    with read() as s:
        return sorted(a.id for a in contribution.shown_answers(s, session_exercise_id=exercise_id))


def _premoderate(write, session_id: int) -> None:
    with write() as s:
        meetings.set_display(s, session_id=session_id, premoderation=True)


# --- a phone's own answer -------------------------------------------------------------------------


def test_sending_again_edits_the_one_answer(write, read, casus, phone):
    with write() as s:
        first = contribution.submit_answer(s, session_exercise_id=casus, participant_id=phone,
                                           text="De buurvrouw hielp", elements=["een buurvrouw"])
    with read() as s:
        assert s.get(Contribution, first.id).updated_at is None
    with write() as s:  # after a reload: the same token, so the same participant
        edited = contribution.submit_answer(s, session_exercise_id=casus, participant_id=phone,
                                            text="De buurvrouw ging mee naar het OCMW")
    assert edited.id == first.id
    assert _rows(read, casus) == [("De buurvrouw ging mee naar het OCMW", ("een buurvrouw",))]  # elements kept
    with read() as s:
        assert s.get(Contribution, first.id).updated_at is not None


def test_a_list_of_elements_replaces_the_elements_and_an_empty_list_clears_them(write, read, casus, phone):
    with write() as s:
        contribution.submit_answer(s, session_exercise_id=casus, participant_id=phone, text="Een verhaal",
                                   elements=["eerste", "tweede"])
    with write() as s:
        contribution.submit_answer(s, session_exercise_id=casus, participant_id=phone, text="Een verhaal",
                                   elements=["  derde  ", "", "   "])
    assert _rows(read, casus) == [("Een verhaal", ("derde",))]
    with write() as s:
        contribution.submit_answer(s, session_exercise_id=casus, participant_id=phone, text="Een verhaal",
                                   elements=[])
    assert _rows(read, casus) == [("Een verhaal", ())]
    with read() as s:
        assert s.scalar(select(func.count(EssentialElement.id))) == 0  # the replaced ones are gone, not orphaned


def test_two_phones_have_two_answers(write, read, session_id, casus, phone):
    with write() as s:
        other = participant.join(s, session_id=session_id, token=anonymity.new_device_token()).id
        contribution.submit_answer(s, session_exercise_id=casus, participant_id=phone, text="Eén")
        contribution.submit_answer(s, session_exercise_id=casus, participant_id=other, text="Twee")
    assert sorted(text for text, _ in _rows(read, casus)) == ["Eén", "Twee"]


def test_a_phone_may_withdraw_its_answer_while_the_question_is_open(write, read, session_id, casus, phone):
    with write() as s:
        other = participant.join(s, session_id=session_id, token=anonymity.new_device_token()).id
        contribution.submit_answer(s, session_exercise_id=casus, participant_id=phone, text="Toch liever niet",
                                   elements=["iets"])
        contribution.submit_answer(s, session_exercise_id=casus, participant_id=other, text="Blijft staan")
    with write() as s:
        assert contribution.withdraw_answer(s, session_exercise_id=casus, participant_id=phone) is True
    assert _rows(read, casus) == [("Blijft staan", ())]
    with read() as s:
        assert s.scalar(select(func.count(EssentialElement.id))) == 0
    with write() as s:  # withdrawing twice (a double tap) is harmless
        assert contribution.withdraw_answer(s, session_exercise_id=casus, participant_id=phone) is False
    with write() as s:  # and the phone may answer again
        contribution.submit_answer(s, session_exercise_id=casus, participant_id=phone, text="Toch wel")
    assert sorted(text for text, _ in _rows(read, casus)) == ["Blijft staan", "Toch wel"]


def test_a_closed_question_refuses_new_answers_edits_and_withdrawals(write, read, session_id, casus, phone):
    with write() as s:
        late = participant.join(s, session_id=session_id, token=anonymity.new_device_token()).id
        contribution.submit_answer(s, session_exercise_id=casus, participant_id=phone, text="Op tijd",
                                   elements=["vroeg"])
        meetings.set_exercise_state(s, exercise_id=casus, state=ExerciseState.CLOSED)
    attempts = [
        (lambda s: contribution.submit_answer(s, session_exercise_id=casus, participant_id=phone, text="Aangepast"),
         "Deze vraag is gesloten. Je kunt niet meer antwoorden of aanpassen."),
        (lambda s: contribution.submit_answer(s, session_exercise_id=casus, participant_id=late, text="Te laat"),
         "Deze vraag is gesloten. Je kunt niet meer antwoorden of aanpassen."),
        (lambda s: contribution.withdraw_answer(s, session_exercise_id=casus, participant_id=phone),
         "Deze vraag is gesloten. Je antwoord kan niet meer weg."),
    ]
    for attempt, message in attempts:
        with pytest.raises(contribution.ContributionError, match=f"^{message}$"), write() as s:
            attempt(s)
    assert _rows(read, casus) == [("Op tijd", ("vroeg",))]


def test_a_question_not_yet_opened_takes_no_answers(write, read, droom, phone):
    with pytest.raises(contribution.ContributionError, match="^Deze vraag is nog niet open"), write() as s:
        contribution.submit_answer(s, session_exercise_id=droom, participant_id=phone, text="Te vroeg")
    assert _rows(read, droom) == []


def test_a_phone_cannot_answer_a_question_of_another_session(write, read, trajectory_id, phone):
    with write() as s:
        other = meetings.plan_session(s, trajectory_id=trajectory_id, template_id="stuurgroep_2")
        meetings.open_session(s, session_id=other.id)
        foreign = meetings.next_exercise(s, session_id=other.id).id
    with pytest.raises(contribution.ContributionError, match="We vinden je deelname niet meer"), write() as s:
        contribution.submit_answer(s, session_exercise_id=foreign, participant_id=phone, text="Verkeerde sessie")
    assert _rows(read, foreign) == []


def test_an_unknown_participant_or_question_is_refused(write, read, casus, phone):
    with pytest.raises(contribution.ContributionError, match="We vinden je deelname niet meer"), write() as s:
        contribution.submit_answer(s, session_exercise_id=casus, participant_id=999_999, text="Wie ben ik?")
    with pytest.raises(contribution.ContributionError, match="Deze vraag bestaat niet"), write() as s:
        contribution.submit_answer(s, session_exercise_id=999_999, participant_id=phone, text="Welke vraag?")
    assert _rows(read, casus) == []


@pytest.mark.parametrize(
    ("text", "elements", "message"),
    [
        ("x" * (contribution.MAX_LENGTH + 1), None, "^Je antwoord is te lang: 2001 tekens. Het mag hoogstens 2000"),
        ("", None, "^Je antwoord is nog leeg"),
        (" \n\t ", None, "^Je antwoord is nog leeg"),
        ("Een verhaal", ["e" * (contribution.MAX_LENGTH + 1)], "te lang"),
        ("Een verhaal", [f"element {i}" for i in range(contribution.MAX_ELEMENTS + 1)], "^Geef hoogstens 10 elementen."),
    ],
    ids=["too-long", "empty", "blank", "element-too-long", "too-many-elements"],
)
def test_what_cannot_be_kept_is_refused_in_dutch_and_the_earlier_answer_stays(write, read, casus, phone, text,
                                                                                elements, message):
    with write() as s:
        contribution.submit_answer(s, session_exercise_id=casus, participant_id=phone, text="Eerste versie",
                                   elements=["eerste element"])
    with pytest.raises(contribution.ContributionError, match=message), write() as s:
        contribution.submit_answer(s, session_exercise_id=casus, participant_id=phone, text=text, elements=elements)
    assert _rows(read, casus) == [("Eerste versie", ("eerste element",))]


def test_the_longest_answer_and_the_most_elements_allowed_are_kept(write, read, casus, phone):
    text = "a" * contribution.MAX_LENGTH
    elements = [f"element {i}" for i in range(contribution.MAX_ELEMENTS)]
    with write() as s:
        contribution.submit_answer(s, session_exercise_id=casus, participant_id=phone, text=text, elements=elements)
    assert _rows(read, casus) == [(text, tuple(elements))]


def test_the_group_a_participant_chose_goes_with_the_answer_and_nothing_else(write, read, session_id, casus):
    with write() as s:
        parent = participant.join(s, session_id=session_id, token=anonymity.new_device_token(),
                                  participant_group=ParticipantGroup.OUDER).id
        silent = participant.join(s, session_id=session_id, token=anonymity.new_device_token()).id
        contribution.submit_answer(s, session_exercise_id=casus, participant_id=parent, text="Als mama")
        contribution.submit_answer(s, session_exercise_id=casus, participant_id=silent, text="Zonder groep")
    with read() as s:
        rows = {c.text: (c.participant_group, c.channel)
                for c in contribution.for_moderation(s, session_exercise_id=casus)}
    assert rows == {"Als mama": (ParticipantGroup.OUDER, Channel.PHONE), "Zonder groep": (None, Channel.PHONE)}


# --- what the facilitator types in -----------------------------------------------------------------


def test_what_is_said_aloud_or_written_on_paper_keeps_its_channel_and_is_shown(write, read, session_id, casus):
    _premoderate(write, session_id)  # the facilitator's own typing needs no approval
    with write() as s:
        aloud = contribution.add_contribution(s, session_exercise_id=casus, text="Een vaste contactpersoon",
                                              channel=Channel.FACILITATOR, participant_group=ParticipantGroup.OUDER)
        paper = contribution.add_contribution(s, session_exercise_id=casus, text="Hulp bij de papieren",
                                              elements=["iemand die uitlegt"], channel=Channel.PAPER)
    with read() as s:
        stored = {c.id: (c.channel, c.participant_group, c.approved, c.participant_id)
                  for c in contribution.for_moderation(s, session_exercise_id=casus)}
    assert stored == {
        aloud.id: (Channel.FACILITATOR, ParticipantGroup.OUDER, True, None),
        paper.id: (Channel.PAPER, None, True, None),
    }
    assert _shown(read, casus) == sorted([aloud.id, paper.id])


# --- hiding, pre-moderation and pinning -----------------------------------------------------------


def test_a_hidden_answer_is_neither_projected_nor_exported_until_shown_again(write, read, session_id, casus, phone):
    with write() as s:
        named = contribution.submit_answer(s, session_exercise_id=casus, participant_id=phone,
                                           text="Mevrouw Janssens van de Kerkstraat").id
        kept = contribution.add_contribution(s, session_exercise_id=casus, text="Een warme babbel").id
        contribution.set_hidden(s, contribution_id=named, hidden=True)
    assert _shown(read, casus) == [kept]
    with read() as s:
        assert [c.id for c in contribution.visible_contributions(s, session_exercise_id=casus)] == [kept]
        assert contribution.count_answers(s, session_exercise_id=casus) == 1
        assert len(contribution.for_moderation(s, session_exercise_id=casus)) == 2  # the facilitator still sees it
    with write() as s:
        contribution.set_hidden(s, contribution_id=named, hidden=False)
    assert _shown(read, casus) == sorted([named, kept])


def test_under_premoderation_a_new_answer_waits_for_approval(write, read, session_id, casus, phone):
    _premoderate(write, session_id)
    with write() as s:
        waiting = contribution.submit_answer(s, session_exercise_id=casus, participant_id=phone, text="Wacht even")
    with read() as s:
        assert s.get(Contribution, waiting.id).approved is False
        assert contribution.count_answers(s, session_exercise_id=casus) == 1
        assert contribution.visible_contributions(s, session_exercise_id=casus) == []
    assert _shown(read, casus) == []
    with write() as s:
        contribution.approve(s, contribution_id=waiting.id)
    assert _shown(read, casus) == [waiting.id]


def test_under_premoderation_an_edited_answer_waits_again_but_a_retry_does_not(write, read, session_id, casus, phone):
    _premoderate(write, session_id)
    with write() as s:
        answer = contribution.submit_answer(s, session_exercise_id=casus, participant_id=phone, text="Netjes").id
        contribution.approve(s, contribution_id=answer)
    with write() as s:  # the same text again (a lost connection, a retry): still approved
        contribution.submit_answer(s, session_exercise_id=casus, participant_id=phone, text="Netjes")
    assert _shown(read, casus) == [answer]
    with write() as s:
        contribution.submit_answer(s, session_exercise_id=casus, participant_id=phone, text="Iets heel anders")
    assert _shown(read, casus) == []
    with write() as s:
        contribution.approve(s, contribution_id=answer)
    with read() as s:
        assert [a.text for a in contribution.shown_answers(s, session_exercise_id=casus)] == ["Iets heel anders"]


def test_under_premoderation_answers_with_changed_elements_wait_again(write, read, session_id, casus, phone):
    _premoderate(write, session_id)
    with write() as s:
        answer = contribution.submit_answer(s, session_exercise_id=casus, participant_id=phone, text="Mijn verhaal",
                                            elements=["een buurvrouw"]).id
        contribution.approve(s, contribution_id=answer)
    with write() as s:
        contribution.submit_answer(s, session_exercise_id=casus, participant_id=phone, text="Mijn verhaal",
                                   elements=["mevrouw Janssens van nummer 12"])
    with read() as s:
        shown = contribution.shown_answers(s, session_exercise_id=casus)
        updated_at = s.get(Contribution, answer).updated_at
    assert [a.elements for a in shown] == []  # not projected before the facilitator approves
    assert updated_at is not None


def test_without_premoderation_answers_are_shown_at_once(write, read, casus, phone):
    with write() as s:
        answer = contribution.submit_answer(s, session_exercise_id=casus, participant_id=phone, text="Meteen").id
    assert _shown(read, casus) == [answer]


def test_pinning_and_unpinning(write, read, casus):
    with write() as s:
        ids = [contribution.add_contribution(s, session_exercise_id=casus, text=f"Verhaal {i}").id for i in range(5)]
    with read() as s:
        last = [a.id for a in contribution.shown_answers(s, session_exercise_id=casus)][-1]
    with write() as s:
        contribution.set_pinned(s, contribution_id=last, pinned=True)
    with read() as s:
        shown = contribution.shown_answers(s, session_exercise_id=casus)
    assert (shown[0].id, shown[0].pinned, [a.pinned for a in shown[1:]]) == (last, True, [False] * 4)
    with write() as s:
        contribution.set_pinned(s, contribution_id=last, pinned=False)
    with read() as s:
        shown = contribution.shown_answers(s, session_exercise_id=casus)
    assert (shown[-1].id, [a.pinned for a in shown]) == (last, [False] * 5)
    assert sorted(a.id for a in shown) == ids


@pytest.mark.parametrize(
    "action",
    [
        lambda s: contribution.set_hidden(s, contribution_id=999_999, hidden=True),
        lambda s: contribution.approve(s, contribution_id=999_999),
        lambda s: contribution.set_pinned(s, contribution_id=999_999, pinned=True),
        lambda s: contribution.unmerge(s, contribution_id=999_999),
        lambda s: contribution.add_element(s, contribution_id=999_999, text="iets"),
    ],
    ids=["hide", "approve", "pin", "unmerge", "add-element"],
)
def test_moderating_an_answer_that_was_withdrawn_gets_a_dutch_message(write, action):
    with pytest.raises(contribution.ContributionError, match="Deze bijdrage bestaat niet"), write() as s:
        action(s)


# --- essential elements ---------------------------------------------------------------------------


def test_the_facilitator_marks_and_removes_essential_elements(write, read, casus):
    with write() as s:
        story = contribution.add_contribution(s, session_exercise_id=casus, text="Het verhaal van een mama",
                                              elements=["een vaste contactpersoon"]).id
        added = contribution.add_element(s, contribution_id=story, text="  ze werd niet beoordeeld ")
        contribution.add_element(s, contribution_id=story, text="hulp op tijd")
    assert _rows(read, casus) == [("Het verhaal van een mama",
                                   ("een vaste contactpersoon", "ze werd niet beoordeeld", "hulp op tijd"))]
    with write() as s:
        contribution.remove_element(s, element_id=added.id)
        contribution.remove_element(s, element_id=999_999)  # already gone: nothing happens
    assert _rows(read, casus) == [("Het verhaal van een mama", ("een vaste contactpersoon", "hulp op tijd"))]
    with read() as s:
        assert contribution.shown_answers(s, session_exercise_id=casus)[0].elements == (
            "een vaste contactpersoon", "hulp op tijd")


def test_an_empty_element_is_refused(write, read, casus):
    with write() as s:
        story = contribution.add_contribution(s, session_exercise_id=casus, text="Een verhaal").id
    with pytest.raises(contribution.ContributionError, match="nog leeg"), write() as s:
        contribution.add_element(s, contribution_id=story, text="   ")
    assert _rows(read, casus) == [("Een verhaal", ())]


# --- merging duplicates ---------------------------------------------------------------------------


def test_a_merged_duplicate_is_shown_as_one_answer_with_all_elements(write, read, casus):
    with write() as s:
        target = contribution.add_contribution(s, session_exercise_id=casus, text="Een vaste contactpersoon",
                                               elements=["vertrouwen"]).id
        duplicate = contribution.add_contribution(s, session_exercise_id=casus, text="Altijd dezelfde persoon",
                                                  elements=["niet opnieuw vertellen", "tijd"]).id
        other = contribution.add_contribution(s, session_exercise_id=casus, text="Gratis zwemmen").id
    with write() as s:
        contribution.merge(s, duplicate_id=duplicate, into_id=target)
    with read() as s:
        shown = {a.id: (a.elements, a.merged) for a in contribution.shown_answers(s, session_exercise_id=casus)}
        assert len(contribution.for_moderation(s, session_exercise_id=casus)) == 3  # nothing is lost
    assert shown == {target: (("vertrouwen", "niet opnieuw vertellen", "tijd"), 1), other: ((), 0)}


def test_merging_into_an_answer_that_was_merged_itself_goes_to_the_one_shown(write, read, casus):
    with write() as s:
        root, middle, last = (contribution.add_contribution(s, session_exercise_id=casus, text=text,
                                                            elements=[text.lower()]).id
                              for text in ("Eerste", "Tweede", "Derde"))
        contribution.merge(s, duplicate_id=middle, into_id=root)
        into = contribution.merge(s, duplicate_id=last, into_id=middle)
    assert into.id == root
    with read() as s:
        (shown,) = contribution.shown_answers(s, session_exercise_id=casus)
        merged_into = {c.text: c.merged_into_id for c in contribution.for_moderation(s, session_exercise_id=casus)}
    assert (shown.id, shown.elements, shown.merged) == (root, ("eerste", "tweede", "derde"), 2)
    assert merged_into == {"Eerste": None, "Tweede": root, "Derde": root}


def test_merging_a_group_of_duplicates_moves_the_whole_group(write, read, casus):
    with write() as s:
        first, second, third = (contribution.add_contribution(s, session_exercise_id=casus, text=t).id
                                for t in ("Speeltuin", "Een speeltuin", "Nog een speeltuin"))
        contribution.merge(s, duplicate_id=second, into_id=first)  # 'first' now stands for two answers
        contribution.merge(s, duplicate_id=first, into_id=third)
    with read() as s:
        (shown,) = contribution.shown_answers(s, session_exercise_id=casus)
    assert (shown.id, shown.merged) == (third, 2)


def test_only_two_different_answers_to_the_same_question_are_merged(write, read, casus, droom):
    with write() as s:
        meetings.set_exercise_state(s, exercise_id=droom, state=ExerciseState.OPEN)
        story = contribution.add_contribution(s, session_exercise_id=casus, text="Een verhaal").id
        dream = contribution.add_contribution(s, session_exercise_id=droom, text="Een droom").id
    for duplicate, into in ((story, dream), (story, story)):
        with pytest.raises(contribution.ContributionError,
                           match="Voeg alleen twee verschillende antwoorden op dezelfde vraag samen."), write() as s:
            contribution.merge(s, duplicate_id=duplicate, into_id=into)
    assert (_shown(read, casus), _shown(read, droom)) == ([story], [dream])


def test_merging_back_into_an_answer_merged_into_it_keeps_one_answer_shown(write, read, casus):
    """Two facilitator tabs, or a moderation list a few seconds old, can ask for this."""
    with write() as s:
        first = contribution.add_contribution(s, session_exercise_id=casus, text="Speeltuin").id
        second = contribution.add_contribution(s, session_exercise_id=casus, text="Een speeltuin").id
        contribution.merge(s, duplicate_id=first, into_id=second)
    with write() as s:
        contribution.merge(s, duplicate_id=second, into_id=first)
    assert len(_shown(read, casus)) == 1


def test_under_premoderation_a_waiting_duplicate_shows_nothing_before_approval(write, read, session_id, casus, phone):
    _premoderate(write, session_id)
    with write() as s:
        target = contribution.add_contribution(s, session_exercise_id=casus, text="Een vaste contactpersoon",
                                               elements=["vertrouwen"]).id
        waiting = contribution.submit_answer(s, session_exercise_id=casus, participant_id=phone,
                                             text="Ook een vaste persoon", elements=["mevrouw Janssens"]).id
        contribution.merge(s, duplicate_id=waiting, into_id=target)
    with read() as s:
        (shown,) = contribution.shown_answers(s, session_exercise_id=casus)
    assert (shown.id, shown.elements) == (target, ("vertrouwen",))
    with write() as s:
        contribution.approve(s, contribution_id=waiting)
    with read() as s:
        (shown,) = contribution.shown_answers(s, session_exercise_id=casus)
    assert (shown.id, shown.elements, shown.merged) == (target, ("vertrouwen", "mevrouw Janssens"), 1)


def test_unmerging_shows_the_answer_on_its_own_again(write, read, casus):
    with write() as s:
        target = contribution.add_contribution(s, session_exercise_id=casus, text="Een vaste contactpersoon").id
        duplicate = contribution.add_contribution(s, session_exercise_id=casus, text="Gratis zwemmen").id
        contribution.merge(s, duplicate_id=duplicate, into_id=target)
    with write() as s:
        contribution.unmerge(s, contribution_id=duplicate)
    with read() as s:
        shown = {a.id: a.merged for a in contribution.shown_answers(s, session_exercise_id=casus)}
    assert shown == {target: 0, duplicate: 0}


def test_unmerging_gives_the_answer_its_elements_back(write, read, casus):
    with write() as s:
        target = contribution.add_contribution(s, session_exercise_id=casus, text="Een vaste contactpersoon",
                                               elements=["vertrouwen"]).id
        duplicate = contribution.add_contribution(s, session_exercise_id=casus, text="Gratis zwemmen",
                                                  elements=["bewegen", "samen met de kinderen"]).id
        contribution.merge(s, duplicate_id=duplicate, into_id=target)
    with write() as s:
        contribution.unmerge(s, contribution_id=duplicate)
    with read() as s:
        elements = {a.id: a.elements for a in contribution.shown_answers(s, session_exercise_id=casus)}
    assert elements == {target: ("vertrouwen",), duplicate: ("bewegen", "samen met de kinderen")}


# --- no figure for a small group ------------------------------------------------------------------


@pytest.mark.parametrize(("count", "enough"), [(0, False), (1, False), (2, False), (3, True), (12, True)])
def test_no_figure_is_shown_for_a_group_under_three(count, enough):
    assert anonymity.MIN_GROUP_SIZE == 3
    assert anonymity.large_enough(count) is enough


def test_answers_per_group_never_gives_a_figure_for_fewer_than_three(write, read, casus):
    with write() as s:
        for n in range(3):
            contribution.add_contribution(s, session_exercise_id=casus, text=f"Ouder {n}",
                                          participant_group=ParticipantGroup.OUDER)
        for n in range(2):
            contribution.add_contribution(s, session_exercise_id=casus, text=f"Beleid {n}",
                                          participant_group=ParticipantGroup.BELEID)
        hidden = contribution.add_contribution(s, session_exercise_id=casus, text="Verborgen",
                                               participant_group=ParticipantGroup.BELEID)
        contribution.set_hidden(s, contribution_id=hidden.id, hidden=True)
    with read() as s:
        counts = contribution.answers_per_group(s, session_exercise_id=casus)
    assert counts == {ParticipantGroup.OUDER: 3, ParticipantGroup.BELEID: None}
