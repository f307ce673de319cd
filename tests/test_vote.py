"""Voting on the priority domains (roadmap step 6): dots, a top-3 ranking or 100 points per phone;
one ballot per device per round, changeable while the round is open; paper ballots counted in by
the facilitator; results that show parents beside the others only when both groups are large enough
to stay anonymous; the parallel oudergroep's vote beside the stuurgroep's.
"""

from __future__ import annotations

import datetime as dt
import re
import threading
from collections import Counter

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from facilitation import anonymity, db, domain, trajectory, vote
from facilitation import session as meetings
from facilitation.models import (
    Ballot,
    BallotAllocation,
    Channel,
    Domain,
    DomainSet,
    ParticipantGroup,
    RoundState,
    SessionExercise,
    SessionKind,
    VoteMethod,
    VoteRound,
)

DOTS, RANKING, POINTS = VoteMethod.DOTS, VoteMethod.RANKING, VoteMethod.POINTS
OUDER, PRO = ParticipantGroup.OUDER, ParticipantGroup.PROFESSIONAL
CLOSED = "De stemming is al gesloten. Je stem telt niet meer mee."


def _vote_exercise(meeting) -> int:
    return next(e.id for e in meeting.exercises if e.exercise_key == "prioriteiten_stemming")


@pytest.fixture
def exercise_id(write, trajectory_id) -> int:
    """The vote of stuurgroep 3."""
    with write() as s:
        return _vote_exercise(meetings.plan_session(s, trajectory_id=trajectory_id, template_id="stuurgroep_3"))


@pytest.fixture
def domains(write, trajectory_id) -> list[int]:
    """The five roadmap domains, in the set's order."""
    with write() as s:
        return [d.id for d in domain.adopt_domain_set(s, trajectory_id=trajectory_id, source_key="roadmap").domains]


@pytest.fixture
def foreign(write, trajectory_id) -> int:
    """A domain of another list of the same trajectory."""
    with write() as s:
        return domain.adopt_domain_set(s, trajectory_id=trajectory_id, source_key="kind_en_gezin").domains[0].id


def _open(write, exercise_id: int, domains: list[int], **options) -> int:
    with write() as s:
        set_id = s.get(Domain, domains[0]).domain_set_id
        return vote.open_round(s, session_exercise_id=exercise_id, domain_set_id=set_id, **options).id


@pytest.fixture
def round_id(write, exercise_id, domains) -> int:
    """An open dot vote with the defaults: 3 dots, at most 2 on one domain."""
    return _open(write, exercise_id, domains)


def _cast(write, round_id: int, allocation: dict[int, int], token: str | None = None, **options) -> None:
    with write() as s:
        vote.cast_ballot(s, vote_round_id=round_id, allocation=allocation, device_token=token, **options)


def _tally(read, round_id: int) -> Counter[int]:
    with read() as s:
        return vote.tally(s, vote_round_id=round_id)


def _results(read, round_id: int) -> vote.Results:
    with read() as s:
        return vote.results(s, vote_round_id=round_id)


def _stored(read) -> tuple[int, int]:
    with read() as s:
        return s.scalar(select(func.count(Ballot.id))), s.scalar(select(func.count(BallotAllocation.id)))


# --- rounds ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(("method", "budget"), [(DOTS, 3), (RANKING, 3), (POINTS, 100)])
def test_a_round_gets_the_default_budget_of_its_method(write, read, exercise_id, domains, method, budget):
    new = _open(write, exercise_id, domains, method=method)
    with read() as s:
        opened = s.get(VoteRound, new)
        assert (opened.method, opened.budget, opened.max_per_domain) == (method, budget, 2)
        assert opened.state is RoundState.OPEN and not opened.results_hidden


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"budget": 0}, "Geef elk toestel minstens 1 stip, plaats of punt."),
        ({"method": POINTS, "budget": -5}, "Geef elk toestel minstens 1 stip, plaats of punt."),
        ({"max_per_domain": 0}, "Op één domein moet minstens 1 stip kunnen."),
    ],
)
def test_a_round_without_dots_to_give_is_refused(write, read, exercise_id, domains, options, message):
    with pytest.raises(vote.VoteError, match=f"^{re.escape(message)}$"):
        _open(write, exercise_id, domains, **options)
    with read() as s:
        assert s.scalar(select(func.count(VoteRound.id))) == 0


def test_a_round_needs_an_existing_exercise_and_a_filled_domain_list_of_its_own_trajectory(
    write, exercise_id, domains
):
    with write() as s:
        elsewhere = trajectory.create_trajectory(s, gemeente="Mol", period_start=2025, period_end=2030)
        their_set = domain.adopt_domain_set(s, trajectory_id=elsewhere.id, source_key="roadmap").id
        empty = DomainSet(trajectory_id=s.get(SessionExercise, exercise_id).session.trajectory_id, name="Leeg")
        s.add(empty)
        s.flush()
        empty_id = empty.id
    not_ours = "Deze domeinenlijst hoort niet bij dit traject."
    attempts = [
        (999_999, their_set, "Deze oefening bestaat niet (meer)."),
        (exercise_id, their_set, not_ours),
        (exercise_id, 999_999, not_ours),
        (exercise_id, empty_id, "Deze domeinenlijst heeft nog geen domeinen."),
    ]
    for exercise, domain_set, message in attempts:
        with pytest.raises(vote.VoteError, match=f"^{re.escape(message)}$"), write() as s:
            vote.open_round(s, session_exercise_id=exercise, domain_set_id=domain_set)


def test_a_revote_is_a_new_round_and_closes_the_earlier_one(write, read, exercise_id, domains):
    with read() as s:
        assert vote.current_round(s, session_exercise_id=exercise_id) is None
    first = _open(write, exercise_id, domains)
    _cast(write, first, {domains[0]: 2}, anonymity.new_device_token())
    second = _open(write, exercise_id, domains, method=RANKING)
    with read() as s:
        assert vote.current_round(s, session_exercise_id=exercise_id).id == second
        assert s.get(VoteRound, first).state is RoundState.CLOSED  # phones on the old round must not keep voting
        assert s.get(VoteRound, second).state is RoundState.OPEN
    assert _tally(read, first) == {domains[0]: 2}  # the first vote is kept as it was
    assert _tally(read, second) == {}


def test_an_unknown_round_is_named_in_dutch(write, read):
    with pytest.raises(vote.VoteError, match=r"^Deze stemming bestaat niet \(meer\)\.$"):
        _cast(write, 999_999, {1: 1}, anonymity.new_device_token())
    for action in (vote.close_round, vote.reopen_round, vote.results, vote.tally):
        with pytest.raises(vote.VoteError, match="bestaat niet"), read() as s:
            action(s, vote_round_id=999_999)


# --- ballots: the rules of each method ---------------------------------------------------------------


def test_a_dot_ballot_within_budget_and_cap_is_kept(write, read, round_id, domains):
    _cast(write, round_id, {domains[0]: 2, domains[1]: 1}, anonymity.new_device_token())
    _cast(write, round_id, {domains[2]: 1, domains[3]: 0}, anonymity.new_device_token())  # fewer dots is fine
    assert _tally(read, round_id) == {domains[0]: 2, domains[1]: 1, domains[2]: 1}  # an untouched 0 is no dot


@pytest.mark.parametrize(
    ("method", "allocation", "message"),
    [
        (DOTS, {0: 3}, "Je mag hoogstens 2 stippen op één domein zetten."),
        (DOTS, {0: 2, 1: 2}, "Je hebt maar 3 stippen."),
        (DOTS, {0: 1, 1: 1, 2: 1, 3: 1}, "Je hebt maar 3 stippen."),
        (DOTS, {}, "Je stem is nog leeg. Kies minstens één domein."),
        (DOTS, {0: 0, 1: 0}, "Je stem is nog leeg. Kies minstens één domein."),
        (DOTS, {0: -1, 1: 2}, "Een domein kan geen negatief getal krijgen."),
        (DOTS, {0: 1.5}, "Geef alleen hele getallen."),
        (DOTS, {"foreign": 1}, "Dit domein hoort niet bij deze stemming."),
        (RANKING, {0: 1, 1: 3}, "Begin bij plaats 1 en sla geen plaats over."),
        (RANKING, {0: 2}, "Begin bij plaats 1 en sla geen plaats over."),
        (RANKING, {0: 1, 1: 1}, "Elke plaats mag maar één keer."),
        (RANKING, {0: 1, 1: 2, 2: 3, 3: 4}, "Kies plaatsen van 1 tot en met 3."),
        (RANKING, {0: 1, 1: -2}, "Een domein kan geen negatief getal krijgen."),
        (RANKING, {}, "Je stem is nog leeg. Kies minstens één domein."),
        (POINTS, {0: 60, 1: 39}, "Verdeel precies 100 punten. Je hebt er nu 99 verdeeld."),
        (POINTS, {0: 100, 1: 1}, "Verdeel precies 100 punten. Je hebt er nu 101 verdeeld."),
        (POINTS, {0: 110, 1: -10}, "Een domein kan geen negatief getal krijgen."),
        (POINTS, {0: 0}, "Je stem is nog leeg. Kies minstens één domein."),
    ],
)
def test_a_ballot_against_the_rules_is_refused_in_dutch_and_the_earlier_one_stands(
    write, read, exercise_id, domains, foreign, method, allocation, message
):
    new = _open(write, exercise_id, domains, method=method)
    token = anonymity.new_device_token()
    earlier = {DOTS: {domains[4]: 1}, RANKING: {domains[4]: 1}, POINTS: {domains[4]: 100}}[method]
    _cast(write, new, earlier, token)
    before = _stored(read)
    wrong = {(foreign if index == "foreign" else domains[index]): amount for index, amount in allocation.items()}
    with pytest.raises(vote.VoteError, match=f"^{re.escape(message)}$"):
        _cast(write, new, wrong, token)
    assert _stored(read) == before
    with read() as s:
        assert vote.own_ballot(s, vote_round_id=new, device_token=token) == earlier


@pytest.mark.parametrize(
    "ranks", [{0: 1}, {0: 1, 1: 2}, {3: 2, 0: 3, 4: 1}], ids=["top-1", "top-2", "top-3"]
)
def test_a_ranking_gives_budget_plus_one_minus_rank_points(write, read, exercise_id, domains, ranks):
    new = _open(write, exercise_id, domains, method=RANKING)
    _cast(write, new, {domains[i]: rank for i, rank in ranks.items()}, anonymity.new_device_token())
    assert _tally(read, new) == {domains[i]: 4 - rank for i, rank in ranks.items()}  # rank 1 of a top-3 = 3


def test_points_count_as_given(write, read, exercise_id, domains):
    new = _open(write, exercise_id, domains, method=POINTS, budget=10)
    _cast(write, new, {domains[0]: 7, domains[1]: 3}, anonymity.new_device_token())
    _cast(write, new, {domains[1]: 10}, anonymity.new_device_token())
    assert _tally(read, new) == {domains[0]: 7, domains[1]: 13}


def test_one_dot_and_one_point_are_singular(write, exercise_id, domains):
    dots = _open(write, exercise_id, domains, budget=1, max_per_domain=1)
    with pytest.raises(vote.VoteError, match="^Je hebt maar 1 stip.$"):
        _cast(write, dots, {domains[0]: 1, domains[1]: 1}, anonymity.new_device_token())
    points = _open(write, exercise_id, domains, method=POINTS, budget=1)
    with pytest.raises(vote.VoteError, match="^Verdeel precies 1 punt. Je hebt er nu 2 verdeeld.$"):
        _cast(write, points, {domains[0]: 2}, anonymity.new_device_token())


# --- ballots: one per device, paper, a closed round ---------------------------------------------------


def test_casting_again_replaces_the_devices_ballot_and_keeps_only_a_hash_of_its_token(write, read, round_id, domains):
    token, other = anonymity.new_device_token(), anonymity.new_device_token()
    _cast(write, round_id, {domains[0]: 2, domains[1]: 1}, token, participant_group=OUDER)
    _cast(write, round_id, {domains[2]: 1}, other)
    _cast(write, round_id, {domains[3]: 2}, token, participant_group=PRO)  # changed my mind
    assert _tally(read, round_id) == {domains[2]: 1, domains[3]: 2}
    with read() as s:
        assert vote.own_ballot(s, vote_round_id=round_id, device_token=token) == {domains[3]: 2}
        assert vote.own_ballot(s, vote_round_id=round_id, device_token=anonymity.new_device_token()) == {}
        assert vote.own_ballot(s, vote_round_id=round_id, device_token=None) == {}
        stored = s.scalars(select(Ballot).where(Ballot.vote_round_id == round_id)).all()
        assert sorted(b.device_token for b in stored) == sorted(map(anonymity.ballot_hash, (token, other)))
        assert next(b for b in stored if b.device_token == anonymity.ballot_hash(token)).participant_group is PRO
    assert _stored(read) == (2, 2)  # the replaced ballot and its dots are gone, not orphaned


def test_the_same_device_votes_anew_in_a_new_round(write, read, exercise_id, domains):
    token = anonymity.new_device_token()
    first = _open(write, exercise_id, domains)
    _cast(write, first, {domains[0]: 1}, token)
    second = _open(write, exercise_id, domains)
    _cast(write, second, {domains[1]: 1}, token)
    with read() as s:
        assert vote.own_ballot(s, vote_round_id=first, device_token=token) == {domains[0]: 1}
        assert vote.own_ballot(s, vote_round_id=second, device_token=token) == {domains[1]: 1}


def _tap_at_once(engine, round_id: int, token: str, allocations: list[dict[int, int]]) -> list[Exception]:
    """Cast from one device in parallel transactions that are all open before any casts (on SQLite
    the writers of one process take turns from the start, so there they start at the same moment)."""
    ready, failures = threading.Barrier(len(allocations)), []
    turns = engine.dialect.name == "sqlite"

    def tap(allocation: dict[int, int]) -> None:
        try:
            if turns:
                ready.wait(timeout=10)
            with db.transaction(engine, write=True) as s:
                if not turns:
                    ready.wait(timeout=10)
                vote.cast_ballot(s, vote_round_id=round_id, allocation=allocation, device_token=token)
        except Exception as error:
            failures.append(error)

    taps = [threading.Thread(target=tap, args=(allocation,)) for allocation in allocations]
    for thread in taps:
        thread.start()
    for thread in taps:
        thread.join()
    return failures


def test_a_double_tap_or_two_tabs_at_once_leave_one_ballot(engine, read, round_id, domains):
    token = anonymity.new_device_token()
    for attempt in range(5):  # a race: try a few times
        assert _tap_at_once(engine, round_id, token, [{domains[attempt]: 1}, {domains[attempt - 1]: 2}]) == []
        assert _stored(read) == (1, 1)


def test_paper_ballots_counted_in_by_the_facilitator_always_add_with_their_channel(write, read, round_id, domains):
    for _ in range(3):
        _cast(write, round_id, {domains[0]: 2, domains[4]: 1}, None, channel=Channel.PAPER)
    _cast(write, round_id, {domains[1]: 1}, None, channel=Channel.FACILITATOR, participant_group=OUDER)
    assert _tally(read, round_id) == {domains[0]: 6, domains[4]: 3, domains[1]: 1}
    with read() as s:
        ballots = s.scalars(select(Ballot).where(Ballot.vote_round_id == round_id)).all()
        assert Counter(b.channel for b in ballots) == {Channel.PAPER: 3, Channel.FACILITATOR: 1}
        assert {b.device_token for b in ballots} == {None}


def test_an_empty_device_token_is_not_a_device(write, read, round_id, domains):
    with pytest.raises(vote.VoteError, match="^Deze link is niet geldig. Scan de QR-code opnieuw.$"):
        _cast(write, round_id, {domains[0]: 1}, "")
    assert _stored(read) == (0, 0)


def test_the_older_dots_keyword_still_works_and_one_allocation_is_required(write, read, round_id, domains):
    with write() as s:  # as facilitation/demo.py casts
        vote.cast_ballot(s, vote_round_id=round_id, dots={domains[0]: 1}, device_token="demo-device-0",
                         channel=Channel.PHONE, participant_group=OUDER)
    assert _tally(read, round_id) == {domains[0]: 1}
    for arguments in ({}, {"allocation": {domains[0]: 1}, "dots": {domains[0]: 1}}):
        with pytest.raises(TypeError), write() as s:
            vote.cast_ballot(s, vote_round_id=round_id, device_token=None, **arguments)


def test_a_closed_round_refuses_late_ballots_and_a_reopened_one_takes_changes(write, read, round_id, domains):
    token = anonymity.new_device_token()
    _cast(write, round_id, {domains[0]: 1}, token)
    with write() as s:
        closed = vote.close_round(s, vote_round_id=round_id)
        assert closed.state is RoundState.CLOSED and closed.closed_at is not None
    for late_token in (token, anonymity.new_device_token(), None):
        with pytest.raises(vote.VoteError, match=f"^{re.escape(CLOSED)}$"):
            _cast(write, round_id, {domains[1]: 2}, late_token)
    # Closed is said first, even for a ballot against the rules.
    with pytest.raises(vote.VoteError, match=f"^{re.escape(CLOSED)}$"):
        _cast(write, round_id, {domains[1]: 9}, token)
    assert _tally(read, round_id) == {domains[0]: 1}
    with write() as s:
        reopened = vote.reopen_round(s, vote_round_id=round_id)
        assert reopened.state is RoundState.OPEN and reopened.closed_at is None
    _cast(write, round_id, {domains[1]: 2}, token)
    assert _tally(read, round_id) == {domains[1]: 2}


# --- results -------------------------------------------------------------------------------------------


def test_results_list_every_domain_in_the_sets_order_and_show_ties_as_ties(write, read, round_id, domains):
    _cast(write, round_id, {domains[3]: 2, domains[1]: 1}, anonymity.new_device_token())
    _cast(write, round_id, {domains[1]: 1, domains[4]: 2}, anonymity.new_device_token())
    shown = _results(read, round_id)
    assert list(shown.totals) == domains
    assert shown.totals == {domains[0]: 0, domains[1]: 2, domains[2]: 0, domains[3]: 2, domains[4]: 2}
    assert shown.ranking == ((domains[1], domains[3], domains[4]), (domains[0], domains[2]))
    assert (shown.round_id, shown.method, shown.state, shown.ballots) == (round_id, DOTS, RoundState.OPEN, 2)


def test_results_of_a_round_without_ballots(read, round_id, domains):
    shown = _results(read, round_id)
    assert shown.totals == dict.fromkeys(domains, 0)
    assert shown.ranking == (tuple(domains),)
    assert (shown.ballots, shown.by_group, shown.split_note, shown.too_few) == (0, None, None, True)


@pytest.mark.parametrize("ballots", [1, 2])
def test_one_or_two_ballots_are_too_few_to_show_any_figure(write, read, round_id, domains, ballots):
    """With 1 ballot the bars are that person's vote: no figure, and no note promising anonymity."""
    _cast(write, round_id, {domains[0]: 2}, None, channel=Channel.PAPER)  # a paper ballot counts as a ballot
    for _ in range(ballots - 1):
        _cast(write, round_id, {domains[1]: 1}, anonymity.new_device_token(), participant_group=OUDER)
    shown = _results(read, round_id)
    assert (shown.ballots, shown.too_few, shown.by_group, shown.split_note) == (ballots, True, None, None)
    assert vote.TOO_FEW_NOTE == "Nog te weinig stemmen om een uitslag te tonen: vanaf 3 stemmen."
    _cast(write, round_id, {domains[2]: 1}, anonymity.new_device_token())
    third = _results(read, round_id)
    assert (third.ballots, third.too_few) == (ballots + 1, ballots + 1 < 3)


def test_parents_and_the_others_side_by_side_from_three_ballots_each(write, read, round_id, domains):
    for group in (OUDER, OUDER, OUDER):
        _cast(write, round_id, {domains[0]: 2, domains[1]: 1}, anonymity.new_device_token(), participant_group=group)
    others = (PRO, ParticipantGroup.ZEG_IK_LIEVER_NIET, None)  # no answer to "Ik ben ..." counts as the others
    for group in others:
        _cast(write, round_id, {domains[2]: 2}, anonymity.new_device_token(), participant_group=group)
    split = _results(read, round_id)
    assert split.split_note is None
    assert split.by_group == {
        "ouders": {domains[0]: 6, domains[1]: 3, domains[2]: 0, domains[3]: 0, domains[4]: 0},
        "anderen": {domains[0]: 0, domains[1]: 0, domains[2]: 6, domains[3]: 0, domains[4]: 0},
    }
    assert split.ballots == 6


@pytest.mark.parametrize(("parents", "others"), [(2, 5), (5, 2), (0, 9), (9, 0)])
def test_no_split_while_one_group_has_fewer_than_three_ballots(write, read, round_id, domains, parents, others):
    for group in [OUDER] * parents + [PRO] * others:
        _cast(write, round_id, {domains[0]: 1}, None, channel=Channel.PAPER, participant_group=group)
    shown = _results(read, round_id)
    assert shown.by_group is None
    assert shown.split_note == (
        "Minder dan 3 stemmen van ouders of van anderen: één gezamenlijke uitslag, zodat niemand herkenbaar is."
    )
    assert shown.totals[domains[0]] == parents + others


def test_hidden_results_show_once_the_round_closes(write, read, exercise_id, domains):
    hidden = _open(write, exercise_id, domains, results_hidden=True)
    with read() as s:
        assert vote.results_visible(s, vote_round_id=hidden) is False
    with write() as s:
        vote.set_results_hidden(s, vote_round_id=hidden, hidden=False)
        assert vote.results_visible(s, vote_round_id=hidden) is True
        vote.set_results_hidden(s, vote_round_id=hidden, hidden=True)
        vote.close_round(s, vote_round_id=hidden)
    with read() as s:
        assert vote.results_visible(s, vote_round_id=hidden) is True
        assert s.get(VoteRound, hidden).results_hidden is True  # the setting itself is kept


# --- the parallel parent track ---------------------------------------------------------------------------


@pytest.fixture
def oudergroep_exercise_id(write, trajectory_id) -> int:
    with write() as s:
        return _vote_exercise(meetings.plan_session(s, trajectory_id=trajectory_id, template_id="oudergroep"))


def _paper(write, round_id: int, ballots: list[dict[int, int]], group: ParticipantGroup | None = None) -> None:
    for allocation in ballots:
        _cast(write, round_id, allocation, None, channel=Channel.PAPER, participant_group=group)


def test_the_oudergroep_and_the_stuurgroep_side_by_side_largest_difference_first(
    write, read, exercise_id, oudergroep_exercise_id, domains
):
    parents = _open(write, oudergroep_exercise_id, domains)
    stuurgroep = _open(write, exercise_id, domains)
    a, b, c, d, e = domains
    # Parents: a 6, b 1, e 5 of 12 dots. Stuurgroep: a 3, b 5, c 2, d 1, e 1 of 12 dots.
    _paper(write, parents, [{a: 2, e: 1}, {a: 2, e: 1}, {a: 1, e: 2}, {a: 1, b: 1, e: 1}], OUDER)
    _paper(write, stuurgroep, [{b: 2, a: 1}, {b: 2, c: 1}, {a: 2, c: 1}, {b: 1, d: 1, e: 1}], PRO)
    with read() as s:
        differences = vote.compare(s, first_round_id=parents, second_round_id=stuurgroep)
    assert [x.domain_id for x in differences] == [b, e, a, c, d]  # b and e differ equally: the set's order
    by_domain = {x.domain_id: x for x in differences}
    assert by_domain[a].share_first == pytest.approx(6 / 12) and by_domain[a].share_second == pytest.approx(3 / 12)
    assert by_domain[b].difference == pytest.approx(1 / 12 - 5 / 12)
    assert sum(x.share_first for x in differences) == pytest.approx(1)
    assert sum(x.share_second for x in differences) == pytest.approx(1)
    assert all(x.difference == pytest.approx(x.share_first - x.share_second) for x in differences)


def test_rounds_on_different_domain_lists_cannot_be_compared(write, read, exercise_id, oudergroep_exercise_id,
                                                             domains, foreign):
    first = _open(write, oudergroep_exercise_id, domains)
    second = _open(write, exercise_id, [foreign])
    with pytest.raises(vote.VoteError, match="^Deze twee stemmingen gaan niet over dezelfde domeinen."), read() as s:
        vote.compare(s, first_round_id=first, second_round_id=second)


def test_a_round_with_fewer_than_three_ballots_is_not_compared(write, read, exercise_id, oudergroep_exercise_id,
                                                                domains):
    parents = _open(write, oudergroep_exercise_id, domains)
    stuurgroep = _open(write, exercise_id, domains)
    _paper(write, parents, [{domains[0]: 1}] * 2, OUDER)
    _paper(write, stuurgroep, [{domains[1]: 1}] * 5)
    with pytest.raises(vote.VoteError, match="^Vergelijken kan pas vanaf 3 stemmen"), read() as s:
        vote.compare(s, first_round_id=parents, second_round_id=stuurgroep)


def test_the_tracks_say_why_they_are_not_compared_yet(write, read, trajectory_id, exercise_id,
                                                     oudergroep_exercise_id, domains):
    set_id = None
    with read() as s:
        set_id = s.get(Domain, domains[0]).domain_set_id

    def reason() -> str | None:
        with read() as s:
            return vote.compare_tracks(s, trajectory_id=trajectory_id, domain_set_id=set_id).reason

    assert reason() == "De oudergroep stemde nog niet over deze domeinen."
    parents = _open(write, oudergroep_exercise_id, domains)
    assert reason() == "De stuurgroep stemde nog niet over deze domeinen."
    stuurgroep = _open(write, exercise_id, domains)
    _paper(write, stuurgroep, [{domains[1]: 1}] * 4)
    for ballots, said in ((0, "nog geen stemmen"), (1, "nog maar 1 stem"), (1, "nog maar 2 stemmen")):
        _paper(write, parents, [{domains[0]: 1}] * ballots, OUDER)
        assert reason() == (f"De oudergroep heeft {said}: vanaf 3 vergelijken we de keuze van de ouders met die "
                            "van de stuurgroep, zodat niemand herkenbaar is.")
    _paper(write, parents, [{domains[0]: 1}], OUDER)
    with read() as s:
        tracks = vote.compare_tracks(s, trajectory_id=trajectory_id, domain_set_id=set_id)
    assert tracks.reason is None and tracks.differences[0].domain_id in domains[:2]
    assert (tracks.parents.round_id, tracks.stuurgroep.round_id) == (parents, stuurgroep)


def _closed_round(write, exercise_id: int, domains: list[int], ballots: list[dict[int, int]]) -> int:
    round_id = _open(write, exercise_id, domains)
    _paper(write, round_id, ballots)
    with write() as s:
        vote.close_round(s, vote_round_id=round_id)
    return round_id


def test_rounds_are_labelled_by_session_method_date_and_ballots_and_never_read_the_same(
    write, read, trajectory_id, exercise_id, oudergroep_exercise_id, domains
):
    with write() as s:
        s.get(SessionExercise, exercise_id).session.scheduled_on = dt.date(2026, 10, 14)
    first = _closed_round(write, exercise_id, domains, [{domains[0]: 1}] * 12)
    second = _closed_round(write, exercise_id, domains, [{domains[1]: 1}] * 12)  # the same session, method, count
    third = _open(write, exercise_id, domains, method=RANKING)
    parents = _open(write, oudergroep_exercise_id, domains)
    with read() as s:
        rounds = vote.trajectory_rounds(s, trajectory_id=trajectory_id)
    labels = {r.round_id: r.label for r in rounds}
    assert [r.round_id for r in rounds] == [parents, third, second, first]  # newest first
    assert labels[first] == "Stuurgroep 3 · stippen · 14/10/2026 · 12 stemmen · ronde 1"
    assert labels[second] == "Stuurgroep 3 · stippen · 14/10/2026 · 12 stemmen · ronde 2"
    assert labels[third] == "Stuurgroep 3 · rangorde · 14/10/2026 · 0 stemmen"
    assert re.fullmatch(r"Oudergroep · stippen · \d\d/\d\d/\d{4} · 0 stemmen", labels[parents])
    assert len(set(labels.values())) == 4
    assert [r.session_kind for r in rounds][:1] == [SessionKind.OUDERGROEP] and rounds[-1].closed


def test_one_deciding_round_per_trajectory_closed_and_of_the_stuurgroep(
    write, read, trajectory_id, exercise_id, oudergroep_exercise_id, domains
):
    first = _closed_round(write, exercise_id, domains, [{domains[0]: 1}] * 3)
    second = _closed_round(write, exercise_id, domains, [{domains[1]: 1}] * 3)
    with read() as s:
        assert vote.deciding_round(s, trajectory_id=trajectory_id) is None
    for round_id in (first, second):
        with write() as s:
            vote.mark_deciding(s, vote_round_id=round_id)
        with read() as s:
            assert vote.deciding_round(s, trajectory_id=trajectory_id).id == round_id
            assert [r.round_id for r in vote.trajectory_rounds(s, trajectory_id=trajectory_id) if r.deciding] == [
                round_id]
    refused = [  # each made just before it is tried: opening a round closes the exercise's open one
        (lambda: _closed_round(write, exercise_id, domains, []), "^In deze stemming werd nog niet gestemd"),
        (lambda: _closed_round(write, oudergroep_exercise_id, domains, [{domains[0]: 1}] * 3),
         "^Alleen een stemming van de stuurgroep beslist"),
        (lambda: _open(write, exercise_id, domains), "^Sluit de stemming eerst"),
    ]
    for make, message in refused:
        round_id = make()
        with pytest.raises(vote.VoteError, match=message), write() as s:
            vote.mark_deciding(s, vote_round_id=round_id)
    with read() as s:
        assert vote.deciding_round(s, trajectory_id=trajectory_id).id == second  # refusals change nothing
    with write() as s:
        vote.reopen_round(s, vote_round_id=second)  # its result may change: it no longer decides
    with read() as s:
        assert vote.deciding_round(s, trajectory_id=trajectory_id) is None
    with write() as s:
        vote.close_round(s, vote_round_id=second)
        vote.mark_deciding(s, vote_round_id=second)
        vote.mark_deciding(s, vote_round_id=second, deciding=False)
    with read() as s:
        assert vote.deciding_round(s, trajectory_id=trajectory_id) is None


# --- properties ------------------------------------------------------------------------------------------

DEVICES = 4
FOREIGN = 5  # index of a domain of another list, in generated ballots
GROUPS = [OUDER, OUDER, None, PRO, ParticipantGroup.BELEID, ParticipantGroup.ZEG_IK_LIEVER_NIET]
TOKENS = [anonymity.new_device_token() for _ in range(DEVICES)]
PROPERTY = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def _settings(method: VoteMethod):
    """(budget, max_per_domain) of a round."""
    if method is POINTS:
        return st.tuples(st.sampled_from([1, 10, 100]), st.just(2))
    return st.tuples(st.integers(1, 5), st.integers(1, 3) if method is DOTS else st.just(2))


def _valid_allocation(method: VoteMethod, budget: int, cap: int):
    if method is DOTS:
        return st.lists(st.integers(0, 4), min_size=1, max_size=budget).map(Counter).map(dict).filter(
            lambda a: max(a.values()) <= cap
        )
    if method is RANKING:
        return st.tuples(st.permutations(range(5)), st.integers(1, min(budget, 5))).map(
            lambda pk: {pk[0][rank]: rank + 1 for rank in range(pk[1])}
        )
    return st.lists(st.integers(0, budget), max_size=4).map(
        lambda cuts: {i: b - a for i, (a, b) in enumerate(zip([0, *sorted(cuts)], [*sorted(cuts), budget]))}
    )


def _allocation(method: VoteMethod, budget: int, cap: int):
    """Mostly valid ballots, some of anything (often against the rules)."""
    top = cap + 1 if method is DOTS else budget + 1
    anything = st.dictionaries(st.integers(0, FOREIGN), st.integers(-1, top), max_size=4)
    valid = _valid_allocation(method, budget, cap)
    return st.one_of(valid, valid, valid, anything)


def _ballots(method: VoteMethod, budget: int, cap: int, max_size: int = 12):
    """(device index, or None for paper; allocation by domain index; group)."""
    device = st.one_of(st.none(), st.none(), st.integers(0, DEVICES - 1))  # paper often, so groups reach 3
    return st.lists(st.tuples(device, _allocation(method, budget, cap), st.sampled_from(GROUPS)), max_size=max_size)


def _is_valid(method: VoteMethod, budget: int, cap: int, allocation: dict[int, int]) -> bool:
    """The rules, said once more independently of facilitation/vote.py."""
    given = {d: a for d, a in allocation.items() if a}
    if not given or FOREIGN in given or min(given.values()) < 0:
        return False
    if method is DOTS:
        return sum(given.values()) <= budget and max(given.values()) <= cap
    if method is RANKING:
        return len(given) <= budget and sorted(given.values()) == list(range(1, len(given) + 1))
    return sum(given.values()) == budget


def _counted(method: VoteMethod, budget: int, cap: int, ballots) -> list[tuple[dict[int, int], object]]:
    """What should count: the last valid ballot of each device and every valid paper ballot."""
    last, paper = {}, []
    for device, allocation, group in ballots:
        if _is_valid(method, budget, cap, allocation):
            if device is None:
                paper.append((allocation, group))
            else:
                last[device] = (allocation, group)
    return [*last.values(), *paper]


def _expected(method: VoteMethod, budget: int, counted, domains: list[int]) -> Counter[int]:
    expected: Counter[int] = Counter()
    for allocation, _group in counted:
        for index, amount in allocation.items():
            if amount:
                expected[domains[index]] += budget + 1 - amount if method is RANKING else amount
    return expected


def _cast_all(s, round_id: int, method, budget, cap, ballots, domains: list[int], foreign: int) -> None:
    """Cast in one transaction; a refused ballot must be one against the rules and change nothing."""
    for device, allocation, group in ballots:
        ids = {(foreign if index == FOREIGN else domains[index]): amount for index, amount in allocation.items()}
        token = None if device is None else TOKENS[device]
        channel = Channel.PAPER if device is None else Channel.PHONE
        try:
            vote.cast_ballot(s, vote_round_id=round_id, allocation=ids, device_token=token, channel=channel,
                             participant_group=group)
        except vote.VoteError:
            assert not _is_valid(method, budget, cap, allocation)
        else:
            assert _is_valid(method, budget, cap, allocation)


@pytest.mark.parametrize("method", list(VoteMethod))
@PROPERTY
@given(data=st.data())
def test_the_tally_counts_the_last_ballot_per_device_and_every_paper_ballot(
    write, read, exercise_id, domains, foreign, method, data
):
    budget, cap = data.draw(_settings(method))
    ballots = data.draw(_ballots(method, budget, cap))
    with write() as s:
        set_id = s.get(Domain, domains[0]).domain_set_id
        round_id = vote.open_round(s, session_exercise_id=exercise_id, domain_set_id=set_id, method=method,
                                   budget=budget, max_per_domain=cap).id
        _cast_all(s, round_id, method, budget, cap, ballots, domains, foreign)
    counted = _counted(method, budget, cap, ballots)
    assert _tally(read, round_id) == _expected(method, budget, counted, domains)
    index = {domain_id: i for i, domain_id in enumerate(domains)}
    with read() as s:
        stored = s.scalars(select(Ballot).where(Ballot.vote_round_id == round_id)).all()
        assert len(stored) == len(counted)  # a replaced ballot counts once
        for ballot in stored:
            assert _is_valid(method, budget, cap, {index[a.domain_id]: a.amount for a in ballot.allocations})


@pytest.mark.parametrize("method", list(VoteMethod))
@PROPERTY
@given(data=st.data())
def test_results_tie_equal_totals_split_only_large_groups_and_a_closed_round_changes_nothing(
    write, read, exercise_id, domains, foreign, method, data, monkeypatch
):
    budget, cap = data.draw(_settings(method))
    each = data.draw(st.integers(0, 3))  # valid paper ballots of both groups first, so a split often shows
    valid = st.lists(_valid_allocation(method, budget, cap), min_size=each, max_size=each)
    ballots = [(None, allocation, group) for group in (OUDER, None) for allocation in data.draw(valid)]
    ballots += data.draw(_ballots(method, budget, cap, max_size=16))
    with write() as s:
        set_id = s.get(Domain, domains[0]).domain_set_id
        round_id = vote.open_round(s, session_exercise_id=exercise_id, domain_set_id=set_id, method=method,
                                   budget=budget, max_per_domain=cap).id
        _cast_all(s, round_id, method, budget, cap, ballots, domains, foreign)
    counted = _counted(method, budget, cap, ballots)
    parents = [c for c in counted if c[1] is OUDER]
    others = [c for c in counted if c[1] is not OUDER]

    group_figures = []  # which scores were computed while making the results: None is all ballots
    scores = vote._scores

    def spy(*args, parents=None):
        group_figures.append(parents)
        return scores(*args, parents=parents)

    with monkeypatch.context() as patch:
        patch.setattr(vote, "_scores", spy)
        shown = _results(read, round_id)

    expected = _expected(method, budget, counted, domains)
    assert shown.totals == {d: expected[d] for d in domains} and list(shown.totals) == domains
    assert shown.ballots == len(counted)
    assert sorted(d for tied in shown.ranking for d in tied) == sorted(domains)
    assert all(len({shown.totals[d] for d in tied}) == 1 for tied in shown.ranking)
    levels = [shown.totals[tied[0]] for tied in shown.ranking]
    assert levels == sorted(set(levels), reverse=True)  # strictly falling: equal totals share one group
    event(f"split shown: {shown.by_group is not None}")  # see pytest --hypothesis-show-statistics
    assert shown.too_few is (len(counted) < 3)
    if len(parents) < 3 or len(others) < 3:
        assert shown.by_group is None and shown.split_note == (None if shown.too_few else vote.SPLIT_NOTE)
        assert group_figures == [None]  # no figure of a small group was even computed
    else:
        assert shown.by_group["ouders"] == {d: _expected(method, budget, parents, domains)[d] for d in domains}
        assert all(shown.by_group["ouders"][d] + shown.by_group["anderen"][d] == shown.totals[d] for d in domains)
        assert shown.split_note is None

    late = data.draw(_ballots(method, budget, cap, max_size=6))
    with write() as s:
        vote.close_round(s, vote_round_id=round_id)
    with write() as s:  # committed after every refusal: a refused late ballot must have written nothing
        for device, allocation, group in late:
            ids = {(foreign if i == FOREIGN else domains[i]): a for i, a in allocation.items()}
            with pytest.raises(vote.VoteError, match=f"^{re.escape(CLOSED)}$"):
                vote.cast_ballot(s, vote_round_id=round_id, allocation=ids, participant_group=group,
                                 device_token=None if device is None else TOKENS[device])
    after = _results(read, round_id)
    assert after.state is RoundState.CLOSED
    assert (after.totals, after.ranking, after.by_group, after.ballots) == (
        shown.totals, shown.ranking, shown.by_group, shown.ballots)


def test_an_exercise_with_a_vote_round_stays_on_the_agenda(write, read, trajectory_id):
    from facilitation import domain, session as meetings

    with write() as s:
        planned = meetings.plan_session(s, trajectory_id=trajectory_id, template_id="stuurgroep_3")
        exercise = next(e for e in planned.exercises if e.exercise_key == "prioriteiten_stemming")
        domain_set = domain.adopt_domain_set(s, trajectory_id=trajectory_id, source_key="roadmap")
        vote.open_round(s, session_exercise_id=exercise.id, domain_set_id=domain_set.id)
    with pytest.raises(meetings.SessionError, match="stemmen"), write() as s:
        meetings.remove_exercise(s, exercise_id=exercise.id)
    with read() as s:
        assert vote.current_round(s, session_exercise_id=exercise.id) is not None
