"""Scherm: the projected view of a session (1920x1080 beamer, no scrolling). Login required.

The current question in large type (a shipped exercise or the trajectory's own question), the QR
code and join code, the number of answers, the answers as they arrive (in a random order, never
with a name) and a word cloud.
"""

import html
import time

import streamlit as st

from facilitation import config, domain, live, qr, vote
from facilitation.models import ExerciseState, RoundState, SessionState
from facilitation.ui import auth, charts, data, live as ui_live
from facilitation.ui.startup import require_exercises

MAX_CARDS = 12
MAX_CARD_CHARS = 220
CLOUD_EVERY = 5  # seconds between two drawings of the word cloud

auth.require_staff()
st.markdown(ui_live.PROJECTOR_CSS, unsafe_allow_html=True)
require_exercises()
code = st.query_params.get("code", "")
auth.require_join_code(code)  # another municipality's session: refused


def card(answer) -> str:
    text = answer.text if len(answer.text) <= MAX_CARD_CHARS else answer.text[:MAX_CARD_CHARS].rstrip() + " …"
    extra = ""
    if answer.elements:
        extra = '<div class="ss-elements">' + " · ".join(html.escape(e) for e in answer.elements[:4]) + "</div>"
    merged = f" <b>×{answer.merged + 1}</b>" if answer.merged else ""
    pinned = " pinned" if answer.pinned else ""
    # Everything a participant typed is escaped: shown as text, never as HTML.
    return f'<div class="ss-card{pinned}">{html.escape(text)}{merged}{extra}</div>'


def counted(n: int, one: str, many: str) -> str:
    """"<b>1</b> antwoord", "<b>2</b> antwoorden"."""
    return f"<b>{n}</b> {one if n == 1 else many}"


EXERCISE_STATES = {ExerciseState.OPEN: "🟢 open", ExerciseState.CLOSED: "🔒 gesloten", ExerciseState.WAITING: "⏳"}
ROUND_STATES = {RoundState.OPEN: "🟢 stemming open", RoundState.CLOSED: "🔒 stemming gesloten"}


def question_and_answers(view) -> None:
    count = f'<span class="ss-count-inline">💬 {counted(view.answer_count, "antwoord", "antwoorden")}</span>'
    if view.exercise is None:
        # No count here: homework answers may be in already, and "0 antwoorden" would deny them.
        st.markdown(f'<div class="ss-question">Welkom bij {html.escape(view.title)}</div>'
                    '<div class="ss-meta">Scan de QR-code of ga naar de link en tik de code in.</div>',
                    unsafe_allow_html=True)
        return
    exercise = ui_live.exercise(view.exercise.key, view.trajectory_id)
    state = EXERCISE_STATES[view.exercise.state]
    shown_vote = read_vote(view.exercise.id) if exercise.kind == "vote" else None
    if shown_vote is not None:  # the round is what opens and closes, not the question
        state = ROUND_STATES[shown_vote[0].state]
    if exercise.kind in ("vote", "domain_grouping"):
        count = ""
    st.markdown(
        f'<div class="ss-meta">Vraag {view.exercise.position} van {view.exercise.total} · '
        f"{state} {'· ' + count if count else ''}</div>"
        f'<div class="ss-question">{html.escape(exercise.question.nl)}</div>',
        unsafe_allow_html=True,
    )
    if exercise.kind == "vote":
        vote_results(shown_vote)
        return
    if exercise.kind == "domain_grouping":
        domains_filling_up(view.trajectory_id)
        return
    if not view.show_answers:
        st.markdown('<div class="ss-meta">De antwoorden worden verzameld.</div>', unsafe_allow_html=True)
        return
    cards = "".join(card(a) for a in view.answers[:MAX_CARDS])
    more = len(view.answers) - MAX_CARDS
    more_html = f'<div class="ss-more">en nog {more} {"antwoord" if more == 1 else "antwoorden"}</div>' if more > 0 else ""
    st.markdown(f'<div class="ss-grid">{cards}</div>{more_html}', unsafe_allow_html=True)


def read_vote(exercise_id: int) -> tuple[vote.Results, list, bool] | None:
    """The newest round's results, its domains and whether they are hidden; None before the first round."""
    with data.read() as session:
        vote_round = vote.current_round(session, session_exercise_id=exercise_id)
        if vote_round is None:
            return None
        hidden = vote_round.results_hidden and vote_round.state is RoundState.OPEN
        return vote.results(session, vote_round_id=vote_round.id), list(vote_round.domain_set.domains), hidden


def vote_results(shown_vote: tuple[vote.Results, list, bool] | None) -> None:
    if shown_vote is None:
        st.markdown('<div class="ss-meta">De stemming begint zo.</div>', unsafe_allow_html=True)
        return
    results, domains, hidden = shown_vote
    st.markdown(f'<div class="ss-meta">🗳️ {counted(results.ballots, "stem", "stemmen")}</div>', unsafe_allow_html=True)
    if hidden:
        st.markdown('<div class="ss-question">De uitslag volgt als de stemming sluit.</div>', unsafe_allow_html=True)
        return
    charts.show_results(
        results, domains, key="vote-bars",
        say=lambda note: st.markdown(f'<div class="ss-meta">{html.escape(note)}</div>', unsafe_allow_html=True),
        say_too_few=lambda note: st.markdown(f'<div class="ss-question">{html.escape(note)}</div>',
                                             unsafe_allow_html=True))


def domains_filling_up(trajectory_id: int) -> None:
    with data.read() as session:
        set_id = live.active_domain_set_id(session, trajectory_id=trajectory_id)
        counts = [(d.icon, d.name, n) for d, n in domain.domain_counts(session, domain_set_id=set_id)] if set_id else []
    cards = "".join(
        f'<div class="ss-card"><div class="ss-domain">{html.escape(icon)} {html.escape(name)}</div>'
        f'<div class="ss-domain-count">{n}</div></div>'
        for icon, name, n in counts
    )
    st.markdown(f'<div class="ss-grid">{cards}</div>', unsafe_allow_html=True)


def word_cloud(view) -> bytes | None:
    """The cloud of the shown answers, never while the answers are switched off. New answers are
    drawn in at most every CLOUD_EVERY seconds (drawing takes a quarter of a second); an answer that
    was hidden or withdrawn leaves the cloud at once."""
    if not view.show_answers or not view.answers:
        return None
    texts = tuple(a.text for a in view.answers) + tuple(e for a in view.answers for e in a.elements)
    drawn_texts, drawn, drawn_at = st.session_state.get("_cloud", ((), None, 0.0))
    only_added = set(drawn_texts) <= set(texts)
    if texts != drawn_texts and (drawn is None or not only_added or time.monotonic() - drawn_at >= CLOUD_EVERY):
        drawn = ui_live.word_cloud(texts)
        st.session_state["_cloud"] = (texts, drawn, time.monotonic())
    return drawn


@st.fragment(run_every=1)
def projector() -> None:
    """The whole beamer, refreshed every second. The answers and their word cloud come and go
    together: switching the answers off takes both off the screen within a second."""
    view = ui_live.projector_view(code)
    if view is None:
        return
    if view.state is SessionState.CLOSED:  # no question marked open, no QR code inviting people in
        st.markdown(f'<div class="ss-meta">{html.escape(view.title)}</div>'
                    '<div class="ss-question">🔒 Deze sessie is afgesloten. Bedankt om mee te doen!</div>',
                    unsafe_allow_html=True)
        return
    main, side = st.columns([3, 1], gap="large")
    with side:
        st.image(ui_live.join_qr(view.code, config.public_url()), width="stretch")
        st.markdown(f'<div class="ss-code">{html.escape(view.code)}</div>'
                    f'<div class="ss-count">{html.escape(qr.join_url(view.code).split("://", 1)[-1].split("?")[0])}</div>',
                    unsafe_allow_html=True)
        cloud_slot = st.empty()  # always one element here, so a cloud switched off is replaced, never left behind
        cloud = word_cloud(view)
        if cloud:
            cloud_slot.image(cloud, width="stretch")
    with main:
        question_and_answers(view)


if ui_live.projector_view(code) is None:
    st.warning("Geen sessie met deze code. Open het scherm vanuit de sessie.")
    st.stop()
projector()
