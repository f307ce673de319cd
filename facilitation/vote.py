"""Voting on the priority domains (roadmap step 6): "In welke domeinen kunnen we direct voelbaar
een groot verschil maken voor kinderen die het moeilijk hebben?"

One ballot per device token per round: casting again replaces the earlier ballot. A closed round
refuses late ballots. Dots placed on paper are counted in by the facilitator without a token.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Mapping

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session as DbSession

from facilitation.anonymity import token_hash
from facilitation.models import (
    Ballot,
    BallotAllocation,
    Channel,
    Domain,
    ParticipantGroup,
    RoundState,
    VoteMethod,
    VoteRound,
)


class VoteError(ValueError):
    """A ballot or round request that cannot be carried out; the message is for the user."""


def open_round(
    session: DbSession,
    *,
    session_exercise_id: int,
    domain_set_id: int,
    method: VoteMethod = VoteMethod.DOTS,
    budget: int = 3,
    max_per_domain: int = 2,
    results_hidden: bool = False,
) -> VoteRound:
    if budget < 1 or max_per_domain < 1:
        raise VoteError("Geef minstens 1 stip per toestel en per domein.")
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


def _check_dots(session: DbSession, vote_round: VoteRound, dots: Mapping[int, int]) -> dict[int, int]:
    dots = {domain_id: amount for domain_id, amount in dots.items() if amount}
    if any(amount < 0 for amount in dots.values()):
        raise VoteError("Een domein kan geen negatief aantal stippen krijgen.")
    if sum(dots.values()) > vote_round.budget:
        raise VoteError(f"Je hebt maar {vote_round.budget} stippen.")
    if any(amount > vote_round.max_per_domain for amount in dots.values()):
        raise VoteError(f"Je mag hoogstens {vote_round.max_per_domain} stippen op één domein zetten.")
    valid = set(session.scalars(select(Domain.id).where(Domain.domain_set_id == vote_round.domain_set_id)))
    if not set(dots) <= valid:
        raise VoteError("Dit domein hoort niet bij deze stemming.")
    return dots


def cast_ballot(
    session: DbSession,
    *,
    vote_round_id: int,
    dots: Mapping[int, int],
    device_token: str | None,
    channel: Channel = Channel.PHONE,
    participant_group: ParticipantGroup | None = None,
) -> Ballot:
    """Cast (or replace) the ballot of one device. Without a token it is a counted-in paper ballot."""
    vote_round = session.get(VoteRound, vote_round_id)
    if vote_round is None:
        raise VoteError("Deze stemming bestaat niet (meer).")
    if vote_round.state is RoundState.CLOSED:
        raise VoteError("De stemming is al gesloten. Je stem telt niet meer mee.")
    dots = _check_dots(session, vote_round, dots)
    key = None if device_token is None else token_hash(device_token)  # only a hash is stored
    if key is not None:
        session.execute(delete(Ballot).where(Ballot.vote_round_id == vote_round_id, Ballot.device_token == key))
    ballot = Ballot(
        vote_round_id=vote_round_id,
        device_token=key,
        channel=channel,
        participant_group=participant_group,
    )
    ballot.allocations = [BallotAllocation(domain_id=d, amount=a) for d, a in dots.items()]
    session.add(ballot)
    session.flush()
    return ballot


def close_round(session: DbSession, *, vote_round_id: int) -> VoteRound:
    vote_round = session.get(VoteRound, vote_round_id)
    if vote_round is None:
        raise VoteError("Deze stemming bestaat niet (meer).")
    vote_round.state = RoundState.CLOSED
    vote_round.closed_at = dt.datetime.now(dt.UTC)
    session.flush()
    return vote_round


def tally(session: DbSession, *, vote_round_id: int) -> Counter[int]:
    """Total dots per domain id."""
    rows = session.execute(
        select(BallotAllocation.domain_id, func.sum(BallotAllocation.amount))
        .join(Ballot)
        .where(Ballot.vote_round_id == vote_round_id)
        .group_by(BallotAllocation.domain_id)
    )
    return Counter({domain_id: int(total) for domain_id, total in rows})
