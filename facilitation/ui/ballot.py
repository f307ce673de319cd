"""The phone's ballot for the priority vote: large +/- buttons, the dots left always in sight.

No plotly here: the phone pages stay light. The draft lives in the tab's UI state until it is sent;
the ballot itself is stored by facilitation.vote, one per device and round.
"""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from facilitation import vote
from facilitation.exercises import Catalogue
from facilitation.models import Domain, ParticipantGroup, RoundState, VoteMethod, VoteRound
from facilitation.ui import data


def domain_label(domain: Domain, catalogue: Catalogue, source_key: str | None, language: str) -> str:
    """The domain's name in the phone's language where the shipped list has it, with its icon."""
    name = domain.name
    template = catalogue.domain_sets.get(source_key or "")
    if template and language != "nl":
        for shipped in template.domains:
            if shipped.id == domain.key and shipped.name.nl == domain.name:
                name = shipped.name.get(language)
    return f"{domain.icon} {name}".strip()


def _draft_key(round_id: int) -> str:
    return f"ballot-{round_id}"


def _change(round_id: int, domain_id: int, step: int) -> None:
    draft = st.session_state[_draft_key(round_id)]
    draft[domain_id] = max(0, draft.get(domain_id, 0) + step)


def _allocation(vote_round: VoteRound, domain_ids: list[int]) -> dict[int, int]:
    """What the phone shows at the moment of the tap (read then, not when the button was drawn)."""
    state = st.session_state
    if vote_round.method is VoteMethod.RANKING:
        ranks = {rank: state.get(f"rank-{vote_round.id}-{rank}") for rank in range(1, vote_round.budget + 1)}
        return {domain_id: rank for rank, domain_id in ranks.items() if domain_id is not None}
    if vote_round.method is VoteMethod.POINTS:
        return {d: int(state.get(f"points-{vote_round.id}-{d}") or 0) for d in domain_ids}
    return dict(state[_draft_key(vote_round.id)])


def _send(vote_round: VoteRound, domain_ids: list[int], token: str, group: ParticipantGroup | None) -> None:
    allocation = {d: n for d, n in _allocation(vote_round, domain_ids).items() if n}
    round_id = vote_round.id
    try:
        with data.write() as session:
            vote.cast_ballot(session, vote_round_id=round_id, allocation=allocation, device_token=token,
                             participant_group=group)
    except vote.VoteError as exc:
        st.session_state["_problem"] = str(exc)
    else:
        st.session_state[f"voted-{round_id}"] = True


def show(vote_round: VoteRound, domains: list[Domain], *, token: str, group: ParticipantGroup | None,
         label: Callable[[Domain], str], say: Callable[..., str]) -> None:
    """The ballot of one round on a phone, preloaded with what this phone cast before."""
    if vote_round.state is RoundState.CLOSED:
        st.info(say("vote_closed"), icon="🔒")
        return
    key = _draft_key(vote_round.id)
    if key not in st.session_state:
        with data.read() as session:
            st.session_state[key] = vote.own_ballot(session, vote_round_id=vote_round.id, device_token=token)
            st.session_state[f"voted-{vote_round.id}"] = bool(st.session_state[key])
    draft: dict[int, int] = st.session_state[key]
    if problem := st.session_state.pop("_problem", None):
        st.error(problem, icon="⚠️")
    if st.session_state.get(f"voted-{vote_round.id}"):
        st.success(say("vote_thanks"), icon="✅")

    if vote_round.method is VoteMethod.RANKING:
        _ranking(vote_round, domains, draft, label, say)
    elif vote_round.method is VoteMethod.POINTS:
        _points(vote_round, domains, draft, label, say)
    else:
        _dots(vote_round, domains, draft, label, say)

    st.button(say("vote_send"), type="primary", icon="📨", width="stretch", key=f"send-{vote_round.id}",
              on_click=_send, args=(vote_round, [d.id for d in domains], token, group))


def _dots(vote_round: VoteRound, domains: list[Domain], draft: dict[int, int], label, say) -> None:
    left = vote_round.budget - sum(draft.values())
    st.caption(say("vote_dots_rule", m=vote_round.max_per_domain))
    dots_left = say("vote_dots_left_one") if left == 1 else say("vote_dots_left", n=left)
    st.markdown(f"### {'🔵' * left}{'⚪' * (vote_round.budget - left)}  \n**{dots_left}**")
    for domain in domains:
        n = draft.get(domain.id, 0)
        st.markdown(f"**{label(domain)}**")
        minus, count, plus = st.columns(3, vertical_alignment="center")
        minus.button("−", key=f"minus-{vote_round.id}-{domain.id}", width="stretch", disabled=n == 0,
                     on_click=_change, args=(vote_round.id, domain.id, -1), help="Eén stip minder")
        count.markdown(f"<div style='text-align:center;font-size:1.8rem;font-weight:700'>{'🔵' * n or '0'}</div>",
                       unsafe_allow_html=True)
        plus.button("+", key=f"plus-{vote_round.id}-{domain.id}", width="stretch",
                    disabled=left == 0 or n >= vote_round.max_per_domain,
                    on_click=_change, args=(vote_round.id, domain.id, 1), help="Eén stip meer")


def _ranking(vote_round: VoteRound, domains: list[Domain], draft: dict[int, int], label, say) -> None:
    st.caption(say("vote_rank_rule", n=vote_round.budget))
    by_rank = {rank: domain_id for domain_id, rank in draft.items()}
    options = [None, *(d.id for d in domains)]
    names = {d.id: label(d) for d in domains}
    for rank in range(1, vote_round.budget + 1):
        chosen = st.selectbox(say("vote_rank_place", n=rank), options, index=options.index(by_rank.get(rank)),
                              format_func=lambda d: say("none") if d is None else names[d],
                              key=f"rank-{vote_round.id}-{rank}")
        by_rank[rank] = chosen
    draft.clear()
    draft.update({domain_id: rank for rank, domain_id in by_rank.items() if domain_id is not None})


def _points(vote_round: VoteRound, domains: list[Domain], draft: dict[int, int], label, say) -> None:
    st.caption(say("vote_points_rule", n=vote_round.budget))
    for domain in domains:
        draft[domain.id] = int(st.number_input(label(domain), min_value=0, max_value=vote_round.budget, step=5,
                                               value=draft.get(domain.id, 0), key=f"points-{vote_round.id}-{domain.id}"))
    left = vote_round.budget - sum(draft.values())
    st.markdown(f"**{say('vote_points_left_one') if left == 1 else say('vote_points_left', n=left)}**")
