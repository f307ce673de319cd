"""Voting on the priority domains (roadmap step 6): "In welke domeinen kunnen we direct voelbaar
een groot verschil maken voor kinderen die het moeilijk hebben?"

Three methods: dots (N dots per device, at most M on one domain), a top-N ranking, or a fixed
number of points to divide. One ballot per device token per round: casting again replaces the
earlier ballot. A closed round refuses late ballots. Dots placed on paper are counted in by the
facilitator without a token, and always add up.

A round with fewer than MIN_GROUP_SIZE ballots (paper ballots count) shows no figure at all, on any
screen or document (Results.too_few, TOO_FEW_NOTE): one or two ballots would show one person's vote.
Results split parents from the others only when both groups cast at least MIN_GROUP_SIZE
ballots; otherwise only one combined figure exists, so no parent can be recognised by their vote.

Rounds are listed by session, method, date and ballot count ("Stuurgroep 3 · stippen ·
14/10/2026 · 12 stemmen"). The facilitator marks the one round of the stuurgroep whose result
decided the priority domains; the note to the college reports that round, not simply the last.
"""

from __future__ import annotations

import datetime as dt
import operator
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session as DbSession

from facilitation import session as meetings
from facilitation.anonymity import MIN_GROUP_SIZE, ballot_hash, large_enough
from facilitation.models import (
    Ballot,
    BallotAllocation,
    Channel,
    Domain,
    DomainSet,
    ParticipantGroup,
    RoundState,
    Session,
    SessionExercise,
    SessionKind,
    VoteMethod,
    VoteRound,
)

DEFAULT_BUDGET = {VoteMethod.DOTS: 3, VoteMethod.RANKING: 3, VoteMethod.POINTS: 100}
METHOD_LABELS = {VoteMethod.DOTS: "stippen", VoteMethod.RANKING: "rangorde", VoteMethod.POINTS: "punten verdelen"}
PARENTS = "ouders"
OTHERS = "anderen"
SPLIT_NOTE = (
    f"Minder dan {MIN_GROUP_SIZE} stemmen van ouders of van anderen: één gezamenlijke uitslag, "
    "zodat niemand herkenbaar is."
)
TOO_FEW_NOTE = f"Nog te weinig stemmen om een uitslag te tonen: vanaf {MIN_GROUP_SIZE} stemmen."


class VoteError(ValueError):
    """A ballot or round request that cannot be carried out; the message is for the user."""


@dataclass(frozen=True)
class Results:
    round_id: int
    method: VoteMethod
    state: RoundState
    ballots: int
    totals: dict[int, int]  # every domain of the set, in the set's order, 0 included
    ranking: tuple[tuple[int, ...], ...]  # tied domains share a group, best first
    by_group: dict[str, dict[int, int]] | None  # {"ouders": ..., "anderen": ...} or None
    split_note: str | None  # why there is no split, when figures are shown without one

    @property
    def too_few(self) -> bool:
        """Fewer than MIN_GROUP_SIZE ballots: no figure of this round may be shown anywhere (bars,
        tables, scores), only TOO_FEW_NOTE and the number of ballots."""
        return not large_enough(self.ballots)


@dataclass(frozen=True)
class Difference:
    domain_id: int
    share_first: float  # of the first round's total score, 0..1
    share_second: float
    difference: float  # share_first - share_second


# --- rounds ----------------------------------------------------------------------------------------


def _plural(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def _check_settings(method: VoteMethod, budget: int, max_per_domain: int) -> None:
    if budget < 1:
        raise VoteError("Geef elk toestel minstens 1 stip, plaats of punt.")
    if method is VoteMethod.DOTS and max_per_domain < 1:
        raise VoteError("Op één domein moet minstens 1 stip kunnen.")


def open_round(
    session: DbSession,
    *,
    session_exercise_id: int,
    domain_set_id: int,
    method: VoteMethod = VoteMethod.DOTS,
    budget: int | None = None,
    max_per_domain: int = 2,
    results_hidden: bool = False,
) -> VoteRound:
    """Open a (new) round; an earlier open round of the same exercise closes, as a re-vote replaces it."""
    budget = DEFAULT_BUDGET[method] if budget is None else budget
    _check_settings(method, budget, max_per_domain)
    exercise = session.get(SessionExercise, session_exercise_id)
    if exercise is None:
        raise VoteError("Deze oefening bestaat niet (meer).")
    domain_set = session.get(DomainSet, domain_set_id)
    if domain_set is None or domain_set.trajectory_id != exercise.session.trajectory_id:
        raise VoteError("Deze domeinenlijst hoort niet bij dit traject.")
    if not domain_set.domains:
        raise VoteError("Deze domeinenlijst heeft nog geen domeinen.")
    # Phones still showing the earlier round must not keep voting in it.
    earlier = select(VoteRound).where(
        VoteRound.session_exercise_id == session_exercise_id, VoteRound.state == RoundState.OPEN
    )
    for old in session.scalars(earlier):
        _set_state(old, RoundState.CLOSED)
    vote_round = VoteRound(
        session_exercise_id=session_exercise_id,
        domain_set_id=domain_set_id,
        method=method,
        budget=budget,
        max_per_domain=max_per_domain,
        results_hidden=results_hidden,
    )
    session.add(vote_round)
    session.flush()
    return vote_round


def current_round(session: DbSession, *, session_exercise_id: int) -> VoteRound | None:
    """The newest round of an exercise (ids, not clocks, tell which came last)."""
    return session.scalar(
        select(VoteRound)
        .where(VoteRound.session_exercise_id == session_exercise_id)
        .order_by(VoteRound.id.desc())
        .limit(1)
    )


def _round(session: DbSession, vote_round_id: int, *, lock: bool = False) -> VoteRound:
    # The lock (PostgreSQL; SQLite already writes one at a time) makes a ballot and a close, or two
    # taps of the same phone, wait for each other instead of both seeing the old state.
    vote_round = session.get(VoteRound, vote_round_id, with_for_update=True if lock else None)
    if vote_round is None:
        raise VoteError("Deze stemming bestaat niet (meer).")
    return vote_round


def _set_state(vote_round: VoteRound, state: RoundState) -> None:
    vote_round.state = state
    vote_round.closed_at = dt.datetime.now(dt.UTC) if state is RoundState.CLOSED else None


def close_round(session: DbSession, *, vote_round_id: int) -> VoteRound:
    vote_round = _round(session, vote_round_id, lock=True)
    _set_state(vote_round, RoundState.CLOSED)
    session.flush()
    return vote_round


def reopen_round(session: DbSession, *, vote_round_id: int) -> VoteRound:
    """Open a closed round again; a round that was marked deciding no longer is (its result may
    still change): mark it again once it is closed."""
    vote_round = _round(session, vote_round_id, lock=True)
    _set_state(vote_round, RoundState.OPEN)
    vote_round.deciding = False
    session.flush()
    return vote_round


def set_results_hidden(session: DbSession, *, vote_round_id: int, hidden: bool) -> VoteRound:
    vote_round = _round(session, vote_round_id)
    vote_round.results_hidden = hidden
    session.flush()
    return vote_round


def results_visible(session: DbSession, *, vote_round_id: int) -> bool:
    """Hidden results stay hidden only while the round is open: a closed round always shows them."""
    vote_round = _round(session, vote_round_id)
    return vote_round.state is RoundState.CLOSED or not vote_round.results_hidden


# --- ballots ---------------------------------------------------------------------------------------


def _check_dots(vote_round: VoteRound, given: dict[int, int]) -> None:
    if sum(given.values()) > vote_round.budget:
        raise VoteError(f"Je hebt maar {_plural(vote_round.budget, 'stip', 'stippen')}.")
    if max(given.values()) > vote_round.max_per_domain:
        most = _plural(vote_round.max_per_domain, "stip", "stippen")
        raise VoteError(f"Je mag hoogstens {most} op één domein zetten.")


def _check_ranking(vote_round: VoteRound, given: dict[int, int]) -> None:
    ranks = sorted(given.values())
    if ranks[-1] > vote_round.budget:
        raise VoteError(f"Kies plaatsen van 1 tot en met {vote_round.budget}.")
    if len(set(ranks)) != len(ranks):
        raise VoteError("Elke plaats mag maar één keer.")
    if ranks != list(range(1, len(ranks) + 1)):  # 1 and 2 is a top-2; 1 and 3 misses a place
        raise VoteError("Begin bij plaats 1 en sla geen plaats over.")


def _check_points(vote_round: VoteRound, given: dict[int, int]) -> None:
    total = sum(given.values())
    if total != vote_round.budget:
        raise VoteError(
            f"Verdeel precies {_plural(vote_round.budget, 'punt', 'punten')}. Je hebt er nu {total} verdeeld."
        )


_CHECKS = {VoteMethod.DOTS: _check_dots, VoteMethod.RANKING: _check_ranking, VoteMethod.POINTS: _check_points}


def _domain_ids(session: DbSession, domain_set_id: int) -> list[int]:
    return list(
        session.scalars(
            select(Domain.id).where(Domain.domain_set_id == domain_set_id).order_by(Domain.position, Domain.id)
        )
    )


def _valid_allocation(session: DbSession, vote_round: VoteRound, allocation: Mapping[int, int]) -> dict[int, int]:
    """The allocation without zeros (a phone may send untouched domains), or a VoteError."""
    try:
        given = {operator.index(d): operator.index(a) for d, a in allocation.items()}
    except TypeError:
        raise VoteError("Geef alleen hele getallen.") from None
    given = {d: a for d, a in given.items() if a != 0}
    if any(a < 0 for a in given.values()):
        raise VoteError("Een domein kan geen negatief getal krijgen.")
    if not given:
        raise VoteError("Je stem is nog leeg. Kies minstens één domein.")
    if not set(given) <= set(_domain_ids(session, vote_round.domain_set_id)):
        raise VoteError("Dit domein hoort niet bij deze stemming.")
    _CHECKS[vote_round.method](vote_round, given)
    return given


def cast_ballot(
    session: DbSession,
    *,
    vote_round_id: int,
    allocation: Mapping[int, int] | None = None,
    device_token: str | None,
    channel: Channel = Channel.PHONE,
    participant_group: ParticipantGroup | None = None,
    dots: Mapping[int, int] | None = None,
) -> Ballot:
    """Cast (or replace) the ballot of one device. Without a token it is a counted-in paper ballot.

    `allocation` maps domain ids to dots, ranks or points; `dots` is its older name.
    """
    if (allocation is None) == (dots is None):
        raise TypeError("cast_ballot takes exactly one of allocation= or dots=")
    vote_round = _round(session, vote_round_id, lock=True)
    if vote_round.state is RoundState.CLOSED:
        raise VoteError("De stemming is al gesloten. Je stem telt niet meer mee.")
    given = _valid_allocation(session, vote_round, allocation if allocation is not None else dots)
    if device_token is not None and not device_token:
        raise VoteError("Deze link is niet geldig. Scan de QR-code opnieuw.")
    key = None if device_token is None else ballot_hash(device_token)  # only a hash is stored
    earlier = None if key is None else session.scalar(
        select(Ballot).where(Ballot.vote_round_id == vote_round_id, Ballot.device_token == key)
    )
    if earlier is not None:  # everything is checked above: a refused ballot leaves the earlier one standing
        session.delete(earlier)  # through the ORM, so its allocations leave the session too
        session.flush()  # before the new one: one ballot per device per round is a unique key
    ballot = Ballot(vote_round_id=vote_round_id, device_token=key, channel=channel, participant_group=participant_group)
    ballot.allocations = [BallotAllocation(domain_id=d, amount=a) for d, a in given.items()]
    session.add(ballot)
    session.flush()
    return ballot


def own_ballot(session: DbSession, *, vote_round_id: int, device_token: str | None) -> dict[int, int]:
    """What this device cast in the round (empty if nothing), for the phone to show and change."""
    if not device_token:
        return {}
    rows = session.execute(
        select(BallotAllocation.domain_id, BallotAllocation.amount)
        .join(Ballot)
        .where(Ballot.vote_round_id == vote_round_id, Ballot.device_token == ballot_hash(device_token))
    )
    return dict(rows.all())


def ballot_keys(session: DbSession, *, vote_round_id: int) -> set[str]:
    """The keys of every ballot cast in the round: whether a device voted is `ballot_hash(token) in` them."""
    return set(session.scalars(select(Ballot.device_token).where(Ballot.vote_round_id == vote_round_id,
                                                                 Ballot.device_token.is_not(None))))


# --- results ---------------------------------------------------------------------------------------


def score(method: VoteMethod, budget: int, amount: int) -> int:
    """Dots and points count as they are; a rank becomes points: rank 1 of a top-3 is worth 3."""
    return budget + 1 - amount if method is VoteMethod.RANKING else amount


def _is_parent() -> ColumnElement[bool]:
    return Ballot.participant_group == ParticipantGroup.OUDER


def _is_other() -> ColumnElement[bool]:
    # Everyone who is not a parent, said "zeg ik liever niet" or nothing (as most paper ballots).
    return or_(Ballot.participant_group.is_(None), Ballot.participant_group != ParticipantGroup.OUDER)


def _scores(session: DbSession, vote_round: VoteRound, *, parents: bool | None = None) -> Counter[int]:
    """Scores per domain id of all ballots, or (parents True/False) of one group only."""
    query = (
        select(BallotAllocation.domain_id, BallotAllocation.amount)
        .join(Ballot)
        .where(Ballot.vote_round_id == vote_round.id)
    )
    if parents is not None:
        query = query.where(_is_parent() if parents else _is_other())
    scores: Counter[int] = Counter()
    for domain_id, amount in session.execute(query):
        scores[domain_id] += score(vote_round.method, vote_round.budget, amount)
    return scores


def tally(session: DbSession, *, vote_round_id: int) -> Counter[int]:
    """Total score per domain id (dots, points, or points for ranks); domains without any are absent."""
    return _scores(session, _round(session, vote_round_id))


def _ballot_count(session: DbSession, vote_round_id: int, *, parents: bool | None = None) -> int:
    query = select(func.count(Ballot.id)).where(Ballot.vote_round_id == vote_round_id)
    if parents is not None:
        query = query.where(_is_parent() if parents else _is_other())
    return session.scalar(query)


def _ranking(totals: dict[int, int]) -> tuple[tuple[int, ...], ...]:
    levels = sorted(set(totals.values()), reverse=True)
    return tuple(tuple(d for d, total in totals.items() if total == level) for level in levels)


def _totals(
    session: DbSession, vote_round: VoteRound, domain_ids: list[int], *, parents: bool | None = None
) -> dict[int, int]:
    scores = _scores(session, vote_round, parents=parents)
    return {d: scores[d] for d in domain_ids}


def results(session: DbSession, *, vote_round_id: int) -> Results:
    vote_round = _round(session, vote_round_id)
    domain_ids = _domain_ids(session, vote_round.domain_set_id)
    totals = _totals(session, vote_round, domain_ids)
    parents = _ballot_count(session, vote_round_id, parents=True)
    others = _ballot_count(session, vote_round_id, parents=False)
    by_group = None
    if large_enough(parents) and large_enough(others):  # only then is a group figure computed at all
        by_group = {
            PARENTS: _totals(session, vote_round, domain_ids, parents=True),
            OTHERS: _totals(session, vote_round, domain_ids, parents=False),
        }
    return Results(
        round_id=vote_round.id,
        method=vote_round.method,
        state=vote_round.state,
        ballots=parents + others,
        totals=totals,
        ranking=_ranking(totals),
        by_group=by_group,
        split_note=None if by_group is not None or not large_enough(parents + others) else SPLIT_NOTE,
    )


# --- the parallel parent track ---------------------------------------------------------------------


def _shares(session: DbSession, vote_round: VoteRound, domain_ids: list[int]) -> dict[int, float]:
    totals = _totals(session, vote_round, domain_ids)
    whole = sum(totals.values())
    return {d: total / whole if whole else 0.0 for d, total in totals.items()}


def compare(session: DbSession, *, first_round_id: int, second_round_id: int) -> list[Difference]:
    """Two rounds on the same domains (the oudergroep's and the stuurgroep's) side by side, as
    shares of each round's total, the domains where they differ most first."""
    first, second = _round(session, first_round_id), _round(session, second_round_id)
    if first.domain_set_id != second.domain_set_id:
        raise VoteError("Deze twee stemmingen gaan niet over dezelfde domeinen. Vergelijken kan niet.")
    # The oudergroep's vote is shown where those parents are not: a handful must not be recognisable.
    if not all(large_enough(_ballot_count(session, r.id)) for r in (first, second)):
        raise VoteError(
            f"Vergelijken kan pas vanaf {MIN_GROUP_SIZE} stemmen in elke stemming, zodat niemand herkenbaar is."
        )
    domain_ids = _domain_ids(session, first.domain_set_id)
    a, b = _shares(session, first, domain_ids), _shares(session, second, domain_ids)
    differences = [Difference(d, a[d], b[d], a[d] - b[d]) for d in domain_ids]
    # Rounded, so that differences equal but for float noise keep the set's order (the sort is stable).
    return sorted(differences, key=lambda x: -round(abs(x.difference), 9))


# --- the rounds of a trajectory, and the one that decided --------------------------------------------


@dataclass(frozen=True)
class RoundInfo:
    round_id: int
    domain_set_id: int
    session_id: int
    session_title: str
    session_kind: SessionKind
    method: VoteMethod
    held_on: dt.date  # the session's date, else the day the round opened
    ballots: int
    closed: bool
    deciding: bool
    label: str  # "Stuurgroep 3 · stippen · 14/10/2026 · 12 stemmen", unique within the trajectory


def _opened_on(opened_at: dt.datetime | None) -> dt.date:
    if opened_at is None:
        return dt.date.today()
    if opened_at.tzinfo is None:  # SQLite gives back UTC without a zone
        opened_at = opened_at.replace(tzinfo=dt.UTC)
    return opened_at.astimezone().date()


def trajectory_rounds(session: DbSession, *, trajectory_id: int) -> list[RoundInfo]:
    """Every vote round of the trajectory, newest first, with the session it was held in and a
    label to tell it from the others (rounds that would read the same get "ronde 2", ...)."""
    ballots = (
        select(Ballot.vote_round_id, func.count(Ballot.id).label("n")).group_by(Ballot.vote_round_id).subquery()
    )
    rows = session.execute(
        select(VoteRound, Session, func.coalesce(ballots.c.n, 0))
        .join(SessionExercise, SessionExercise.id == VoteRound.session_exercise_id)
        .join(Session, Session.id == SessionExercise.session_id)
        .outerjoin(ballots, ballots.c.vote_round_id == VoteRound.id)
        .where(Session.trajectory_id == trajectory_id)
        .order_by(VoteRound.id)
    ).all()
    drafts, number_in_session = [], Counter()
    for vote_round, meeting, count in rows:
        number_in_session[meeting.id] += 1
        kind = meetings.KIND_LABELS[meeting.kind]
        held_on = meeting.scheduled_on or _opened_on(vote_round.opened_at)
        label = " · ".join((f"{kind} {meeting.number}" if meeting.number else kind, METHOD_LABELS[vote_round.method],
                            held_on.strftime("%d/%m/%Y"), _plural(count, "stem", "stemmen")))
        drafts.append((vote_round, meeting, count, held_on, label, number_in_session[meeting.id]))
    same = Counter(label for *_rest, label, _n in drafts)
    found = [
        RoundInfo(
            round_id=vote_round.id, domain_set_id=vote_round.domain_set_id, session_id=meeting.id,
            session_title=meeting.title, session_kind=meeting.kind, method=vote_round.method, held_on=held_on,
            ballots=count, closed=vote_round.state is RoundState.CLOSED, deciding=vote_round.deciding,
            label=label + (f" · ronde {number}" if same[label] > 1 else ""),
        )
        for vote_round, meeting, count, held_on, label, number in drafts
    ]
    return found[::-1]


def mark_deciding(session: DbSession, *, vote_round_id: int, deciding: bool = True) -> VoteRound:
    """Mark the stuurgroep's round whose result decided the priority domains (one per trajectory:
    marking another round unmarks the earlier one), or unmark it with deciding=False."""
    vote_round = _round(session, vote_round_id, lock=True)
    meeting = session.get(SessionExercise, vote_round.session_exercise_id).session
    if deciding:
        if meeting.kind is not SessionKind.STUURGROEP:
            raise VoteError("Alleen een stemming van de stuurgroep beslist over de prioritaire domeinen.")
        if vote_round.state is not RoundState.CLOSED:
            raise VoteError("Sluit de stemming eerst: alleen een afgesloten stemming kan beslissen.")
        if not _ballot_count(session, vote_round.id):
            raise VoteError("In deze stemming werd nog niet gestemd: ze kan niet beslissen.")
        earlier = deciding_round(session, trajectory_id=meeting.trajectory_id)
        if earlier is not None and earlier.id != vote_round.id:
            earlier.deciding = False
            session.flush()
    vote_round.deciding = deciding
    session.flush()
    return vote_round


def deciding_round(session: DbSession, *, trajectory_id: int) -> VoteRound | None:
    """The round the facilitator marked as the one that decided, if any."""
    return session.scalar(
        select(VoteRound)
        .join(SessionExercise, SessionExercise.id == VoteRound.session_exercise_id)
        .join(Session, Session.id == SessionExercise.session_id)
        .where(Session.trajectory_id == trajectory_id, VoteRound.deciding.is_(True))
        .order_by(VoteRound.id.desc())
        .limit(1)
    )


@dataclass(frozen=True)
class TrackComparison:
    """The oudergroep's vote beside the stuurgroep's, or why there is no comparison (yet)."""

    parents: RoundInfo | None
    stuurgroep: RoundInfo | None
    differences: list[Difference]
    reason: str | None  # in Dutch, for the screen; None when differences holds the comparison


def _too_few(group: str, ballots: int) -> str:
    have = "nog geen stemmen" if not ballots else "nog maar " + _plural(ballots, "stem", "stemmen")
    return (f"{group} heeft {have}: vanaf {MIN_GROUP_SIZE} vergelijken we de keuze van de ouders met die van "
            "de stuurgroep, zodat niemand herkenbaar is.")


def compare_tracks(session: DbSession, *, trajectory_id: int, domain_set_id: int) -> TrackComparison:
    """The parallel parent track beside the stuurgroep on one list of domains: the oudergroep's
    newest round against the stuurgroep's deciding round (else its newest)."""
    rounds = [r for r in trajectory_rounds(session, trajectory_id=trajectory_id) if r.domain_set_id == domain_set_id]
    parents = next((r for r in rounds if r.session_kind is SessionKind.OUDERGROEP), None)
    stuurgroep = [r for r in rounds if r.session_kind is SessionKind.STUURGROEP]
    chosen = next((r for r in stuurgroep if r.deciding), stuurgroep[0] if stuurgroep else None)
    reason = None
    if parents is None:
        reason = "De oudergroep stemde nog niet over deze domeinen."
    elif chosen is None:
        reason = "De stuurgroep stemde nog niet over deze domeinen."
    elif not large_enough(parents.ballots):
        reason = _too_few("De oudergroep", parents.ballots)
    elif not large_enough(chosen.ballots):
        reason = _too_few("De stemming van de stuurgroep", chosen.ballots)
    if reason is not None:
        return TrackComparison(parents, chosen, [], reason)
    differences = compare(session, first_round_id=parents.round_id, second_round_id=chosen.round_id)
    return TrackComparison(parents, chosen, differences, None)
