"""Scherm: the projected view of a session (1920x1080 beamer, no scrolling). Login required.

The current question in large type, the QR code and join code, the number of answers, the answers
as they arrive (in a random order, never with a name) and a word cloud.
"""

import html

import streamlit as st

from facilitation import config, domain, live, qr, vote
from facilitation.models import ExerciseState, RoundState
from facilitation.ui import auth, charts, data, live as ui_live
from facilitation.ui.startup import require_exercises

MAX_CARDS = 12
MAX_CARD_CHARS = 220

auth.require_staff()
st.markdown(ui_live.PROJECTOR_CSS, unsafe_allow_html=True)
catalogue = require_exercises()
code = st.query_params.get("code", "")


def card(answer) -> str:
    text = answer.text if len(answer.text) <= MAX_CARD_CHARS else answer.text[:MAX_CARD_CHARS].rstrip() + " …"
    extra = ""
    if answer.elements:
        extra = '<div class="ss-elements">' + " · ".join(html.escape(e) for e in answer.elements[:4]) + "</div>"
    merged = f" <b>×{answer.merged + 1}</b>" if answer.merged else ""
    pinned = " pinned" if answer.pinned else ""
    # Everything a participant typed is escaped: shown as text, never as HTML.
    return f'<div class="ss-card{pinned}">{html.escape(text)}{merged}{extra}</div>'


@st.fragment(run_every=1)
def question_and_answers() -> None:
    view = ui_live.projector_view(code)
    if view is None:
        return
    count = f'<span class="ss-count-inline">💬 <b>{view.answer_count}</b> antwoorden</span>'
    if view.exercise is None:
        st.markdown(f'<div class="ss-meta">{count}</div>'
                    f'<div class="ss-question">Welkom bij {html.escape(view.title)}</div>'
                    '<div class="ss-meta">Scan de QR-code of ga naar de link en tik de code in.</div>',
                    unsafe_allow_html=True)
        return
    exercise = catalogue.exercise(view.exercise.key)
    state = {ExerciseState.OPEN: "🟢 open", ExerciseState.CLOSED: "🔒 gesloten", ExerciseState.WAITING: "⏳"}
    if exercise.kind in ("vote", "domain_grouping"):
        count = ""
    st.markdown(
        f'<div class="ss-meta">Vraag {view.exercise.position} van {view.exercise.total} · '
        f"{state[view.exercise.state]} {'· ' + count if count else ''}</div>"
        f'<div class="ss-question">{html.escape(exercise.question.nl)}</div>',
        unsafe_allow_html=True,
    )
    if exercise.kind == "vote":
        vote_results(view.exercise.id)
        return
    if exercise.kind == "domain_grouping":
        domains_filling_up(view.trajectory_id)
        return
    if not view.show_answers:
        st.markdown('<div class="ss-meta">De antwoorden worden verzameld.</div>', unsafe_allow_html=True)
        return
    cards = "".join(card(a) for a in view.answers[:MAX_CARDS])
    more = len(view.answers) - MAX_CARDS
    more_html = f'<div class="ss-more">en nog {more} antwoorden</div>' if more > 0 else ""
    st.markdown(f'<div class="ss-grid">{cards}</div>{more_html}', unsafe_allow_html=True)


def vote_results(exercise_id: int) -> None:
    with data.read() as session:
        vote_round = vote.current_round(session, session_exercise_id=exercise_id)
        if vote_round is None:
            st.markdown('<div class="ss-meta">De stemming begint zo.</div>', unsafe_allow_html=True)
            return
        results = vote.results(session, vote_round_id=vote_round.id)
        domains = list(vote_round.domain_set.domains)
        hidden = vote_round.results_hidden and vote_round.state is RoundState.OPEN
    st.markdown(f'<div class="ss-meta">🗳️ <b>{results.ballots}</b> stemmen'
                + (" · gesloten" if results.state is RoundState.CLOSED else "") + "</div>", unsafe_allow_html=True)
    if hidden:
        st.markdown('<div class="ss-question">De uitslag volgt als de stemming sluit.</div>', unsafe_allow_html=True)
        return
    st.plotly_chart(charts.vote_bars(results, domains), key="vote-bars", config={"displayModeBar": False})
    for note in (results.split_note, charts.tie_note(results, domains)):
        if note:
            st.markdown(f'<div class="ss-meta">{html.escape(note)}</div>', unsafe_allow_html=True)


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


@st.fragment(run_every=5)
def word_cloud() -> None:
    """Redrawn every few seconds at most: drawing takes a quarter of a second."""
    view = ui_live.projector_view(code)
    if view is None or not view.show_answers or not view.answers:
        return
    cloud = ui_live.word_cloud(tuple(a.text for a in view.answers) + tuple(e for a in view.answers for e in a.elements))
    if cloud:
        st.image(cloud, width="stretch")


opening = ui_live.projector_view(code)
if opening is None:
    st.warning("Geen sessie met deze code. Open het scherm vanuit de sessie.")
    st.stop()
main, side = st.columns([3, 1], gap="large")
with side:
    st.image(ui_live.join_qr(opening.code, config.public_url()), width="stretch")
    st.markdown(f'<div class="ss-code">{html.escape(opening.code)}</div>'
                f'<div class="ss-count">{html.escape(qr.join_url(opening.code).split("://", 1)[-1].split("?")[0])}</div>',
                unsafe_allow_html=True)
    word_cloud()
with main:
    question_and_answers()
