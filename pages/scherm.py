"""Scherm: the projected view of a session, a stage for the back of the room (1920x1080 or 1280x720,
no scrolling). Login required.

The current question in large type (a shipped exercise or the trajectory's own question), the QR
code and join code while the session is open, the number of answers, and below the question either
the answers as cards filling the screen (in the display order, never with a name) or their word cloud
filling the screen: the facilitator chooses with "Scherm toont" (kept in the URL, `&toon=Woordwolk`).
A vote shows its bars in large type, and the round's state, never "open" beside a closed round.
"""

import html
import time

import streamlit as st

from facilitation import config, domain, live, qr, vote
from facilitation.models import ExerciseState, RoundState, SessionState
from facilitation.ui import auth, charts, data, stage
from facilitation.ui import live as ui_live
from facilitation.ui.startup import require_exercises

CLOUD_EVERY = 5  # seconds between two drawings of the word cloud
ANSWERS, CLOUD = "Antwoorden", "Woordwolk"  # what the beamer shows, also in its URL: &toon=Woordwolk

auth.require_staff()
st.markdown(stage.STAGE_CSS, unsafe_allow_html=True)
require_exercises()
code = st.query_params.get("code", "")
auth.require_join_code(code)  # another municipality's session: refused


def counted(n: int, one: str, many: str) -> str:
    """"<b>1</b> antwoord", "<b>2</b> antwoorden"."""
    return f"<b>{n}</b> {one if n == 1 else many}"


EXERCISE_STATES = {ExerciseState.OPEN: "🟢 open", ExerciseState.CLOSED: "🔒 gesloten",
                   ExerciseState.WAITING: "⏳ nog niet open"}
ROUND_STATES = {RoundState.OPEN: "🟢 stemming open", RoundState.CLOSED: "🔒 stemming gesloten"}


def meta_line(*parts: str) -> str:
    return " · ".join(part for part in parts if part)


def question_and_answers(view, mode: str) -> None:
    if view.exercise is None:
        # No count here: homework answers may be in already, and "0 antwoorden" would deny them.
        welcome = stage.question(f"Welkom bij {view.title}")
        st.markdown(stage.stage("", stage.say("Scan de QR-code of ga naar de link en tik de code in."),
                                question_html=welcome.html), unsafe_allow_html=True)
        return
    exercise = ui_live.exercise(view.exercise.key, view.trajectory_id)
    place = f"Vraag {view.exercise.position} van {view.exercise.total}"
    if exercise.kind == "vote":
        vote_stage(place, exercise.question.nl, read_vote(view.exercise.id))
        return
    state = EXERCISE_STATES[view.exercise.state]
    if exercise.kind == "domain_grouping":
        asked = stage.question(exercise.question.nl)
        body = domains_filling_up(view.trajectory_id, room=stage.room_below(asked.height))
        st.markdown(stage.stage(meta_line(place, state), body, question_html=asked.html), unsafe_allow_html=True)
        return
    count = f'<span class="ss-count-inline">💬 {counted(view.answer_count, "antwoord", "antwoorden")}</span>'
    meta = meta_line(place, state, count)
    if not view.show_answers:
        asked = stage.question(exercise.question.nl)
        st.markdown(stage.stage(meta, stage.say("De antwoorden worden verzameld."), question_html=asked.html),
                    unsafe_allow_html=True)
        return
    if mode == CLOUD:
        asked = stage.question(exercise.question.nl, compact=True)
        cloud = word_cloud(view, large=True)
        body = "" if cloud else stage.say("De woordwolk verschijnt als er antwoorden zijn.")
        st.markdown(stage.stage(meta, body, question_html=asked.html, free=True), unsafe_allow_html=True)
        if cloud:
            with st.container(key="ss-cloud"):
                st.image(cloud, width="stretch")
        return
    asked = stage.question(exercise.question.nl)
    room = stage.room_below(asked.height)
    body = stage.answer_grid(view.answers, room=room) if view.answers else stage.say("Nog geen antwoorden.")
    st.markdown(stage.stage(meta, body, question_html=asked.html), unsafe_allow_html=True)


def read_vote(exercise_id: int) -> tuple[vote.Results, list, bool] | None:
    """The newest round's results, its domains and whether they are hidden; None before the first round."""
    with data.read() as session:
        vote_round = vote.current_round(session, session_exercise_id=exercise_id)
        if vote_round is None:
            return None
        hidden = vote_round.results_hidden and vote_round.state is RoundState.OPEN
        return vote.results(session, vote_round_id=vote_round.id), list(vote_round.domain_set.domains), hidden


def vote_stage(place: str, asked_text: str, shown_vote: tuple[vote.Results, list, bool] | None) -> None:
    """The round is what opens and closes on a vote, not the question: its state is the one shown."""
    asked = stage.question(asked_text, compact=True)
    if shown_vote is None:
        st.markdown(stage.stage(place, stage.say("De stemming begint zo."), question_html=asked.html),
                    unsafe_allow_html=True)
        return
    results, domains, hidden = shown_vote
    meta = meta_line(place, ROUND_STATES[results.state], f"🗳️ {counted(results.ballots, 'stem', 'stemmen')}")
    if hidden:
        body = stage.say("De uitslag volgt als de stemming sluit.")
    elif results.too_few:  # no figure at all under 3 ballots
        body = stage.say(vote.TOO_FEW_NOTE)
    else:
        notes = [note for note in (results.split_note, charts.tie_note(results, domains)) if note]
        body = charts.stage_bars(results, domains) + "".join(
            f'<div class="ss-note">{html.escape(note)}</div>' for note in notes)
    st.markdown(stage.stage(meta, body, question_html=asked.html), unsafe_allow_html=True)


def domains_filling_up(trajectory_id: int, *, room: float) -> str:
    with data.read() as session:
        set_id = live.active_domain_set_id(session, trajectory_id=trajectory_id)
        counts = [(d.icon, d.name, n) for d, n in domain.domain_counts(session, domain_set_id=set_id)] if set_id else []
    return stage.domain_grid(counts, room=room)


def word_cloud(view, *, large: bool = False) -> bytes | None:
    """The cloud of the shown answers, never while the answers are switched off. New answers are
    drawn in at most every CLOUD_EVERY seconds (drawing takes a quarter of a second); an answer that
    was hidden or withdrawn leaves the cloud at once."""
    if not view.show_answers or not view.answers:
        return None
    texts = tuple(a.text for a in view.answers) + tuple(e for a in view.answers for e in a.elements)
    slot = "_cloud_large" if large else "_cloud"
    drawn_texts, drawn, drawn_at = st.session_state.get(slot, ((), None, 0.0))
    only_added = set(drawn_texts) <= set(texts)
    if texts != drawn_texts and (drawn is None or not only_added or time.monotonic() - drawn_at >= CLOUD_EVERY):
        drawn = ui_live.word_cloud(texts, large=large)
        st.session_state[slot] = (texts, drawn, time.monotonic())
    return drawn


@st.fragment(run_every=0.5)
def projector() -> None:
    """The whole beamer, refreshed twice a second (an answer is on the screen within about a second
    of its sending, also with hundreds of phones). The answers and their word cloud come and go
    together: switching the answers off takes both off the screen within a second."""
    view = ui_live.projector_view(code)
    if view is None:
        return
    if view.state is SessionState.CLOSED:  # no question marked open, no QR code inviting people in
        over = stage.question("🔒 Deze sessie is afgesloten. Bedankt om mee te doen!")
        st.markdown(stage.stage(html.escape(view.title), "", question_html=over.html), unsafe_allow_html=True)
        return
    mode = st.session_state.get("toon") or ANSWERS
    main, side = st.columns([6, 1] if mode == CLOUD else [4, 1], gap="medium")  # a smaller QR beside the cloud
    with side:
        st.image(ui_live.join_qr(view.code, config.public_url()), width="stretch")
        address = qr.join_url(view.code).split("://", 1)[-1].split("?")[0]
        st.markdown(f'<div class="ss-side"><div class="ss-code">{html.escape(view.code)}</div>'
                    f'<div class="ss-count">{html.escape(address)}</div></div>', unsafe_allow_html=True)
        mode = st.segmented_control("Scherm toont", [ANSWERS, CLOUD], key="toon", default=ANSWERS,
                                    required=True, bind="query-params", label_visibility="collapsed") or ANSWERS
        cloud_slot = st.empty()  # always one element here, so a cloud switched off is replaced, never left behind
        if mode == ANSWERS:
            cloud = word_cloud(view)
            if cloud:
                cloud_slot.image(cloud, width="stretch")
    with main:
        question_and_answers(view, mode)


if ui_live.projector_view(code) is None:
    st.warning("Geen sessie met deze code. Open het scherm vanuit de sessie.")
    st.stop()
projector()
