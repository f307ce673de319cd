"""Meedoen: a participant's phone. Public, no account, no name; plain words in nl, en or fr.

No plotly and no large images here: cheap phones on prepaid data.
"""

import streamlit as st

from facilitation import config, contribution, participant as participants, session as meetings
from facilitation.models import ExerciseState, ParticipantGroup, VoteRound
from facilitation.ui import ballot, data, live as ui_live
from facilitation.ui.startup import require_exercises

GROUP_ICONS = {
    ParticipantGroup.OUDER: "👪",
    ParticipantGroup.PROFESSIONAL: "🏢",
    ParticipantGroup.BELEID: "🏛️",
    ParticipantGroup.ZEG_IK_LIEVER_NIET: "🤐",
}
LANGUAGE_NAMES = {"nl": "🇧🇪 Nederlands", "en": "🇬🇧 English", "fr": "🇫🇷 Français"}

st.markdown(ui_live.PHONE_CSS, unsafe_allow_html=True)
catalogue = require_exercises()
token = ui_live.device_token()
language = st.query_params.get("lang", "nl")
language = language if language in participants.LANGUAGES else "nl"


def say(key: str, **values: object) -> str:
    text = catalogue.phone_text(key, language)
    return text.format(**values) if values else text


def ask_for_code(message: str | None = None) -> None:
    """The code form, for a visitor without a (valid) code. Wrong codes are counted per tab."""
    st.title("💬 Samenspraak")
    if message:
        st.warning(message, icon="🔎")
    with st.form("code"):
        typed = st.text_input(say("code"), max_chars=12, placeholder="ABC123")
        submitted = st.form_submit_button(say("join"), type="primary", icon="➡️", width="stretch")
    if submitted:
        problem = check_code(typed)
        if problem:
            st.error(problem, icon="🔎")
        else:
            st.query_params["code"] = meetings.normalise_join_code(typed)
            st.rerun()


def check_code(typed: str) -> str | None:
    """None when the code leads to a session; otherwise what to tell the person."""
    with data.write() as session:
        if participants.is_rate_limited(session, client_key=ui_live.tab_key()):
            return say("too_many_tries")
        if ui_live.phone_view(typed, config.database_url()) is None:
            participants.record_wrong_code(session, client_key=ui_live.tab_key())
            return say("unknown_code")
    return None


code = st.query_params.get("code", "")
view = ui_live.phone_view(code, config.database_url()) if code else None
if view is None:
    problem = None
    if code:  # a wrong code in the link: counted once, then the form asks for the right one
        problem = check_code(code)
        del st.query_params["code"]
    ask_for_code(problem)
    st.stop()

if view.state.value == "closed":
    st.title("💬 Samenspraak")
    st.info(say("session_closed"), icon="🙏")
    st.stop()
if view.state.value != "open":
    st.title("💬 Samenspraak")
    st.info(say("session_not_started"), icon="⏰")
    st.stop()

def join_session(session_id: int) -> None:
    with data.write() as session:
        participants.join(session, session_id=session_id, token=token, language=language,
                          participant_group=st.session_state.get("group"))


def send_answer(exercise_id: int, participant_id: int, with_elements: bool) -> None:
    text = st.session_state.get(f"text-{exercise_id}", "")
    elements = st.session_state.get(f"elements-{exercise_id}", "").splitlines() if with_elements else None
    try:
        with data.write() as session:
            contribution.submit_answer(session, session_exercise_id=exercise_id, participant_id=participant_id,
                                       text=text, elements=elements)
    except contribution.ContributionError as exc:
        st.session_state["_problem"] = str(exc)
    else:
        st.session_state[f"edit-{exercise_id}"] = False


def withdraw(exercise_id: int, participant_id: int) -> None:
    try:
        with data.write() as session:
            contribution.withdraw_answer(session, session_exercise_id=exercise_id, participant_id=participant_id)
    except contribution.ContributionError as exc:
        st.session_state["_problem"] = str(exc)
    else:
        st.session_state["_withdrawn"] = True


with data.read() as session:
    me = participants.find_participant(session, session_id=view.session_id, token=token)

if me is None:
    # First screen: who reads, no name, dreaming is no promise; language; optional "Ik ben ...".
    st.subheader("💬 " + say("welcome"))
    chosen = st.radio(say("language"), list(LANGUAGE_NAMES), format_func=LANGUAGE_NAMES.get,
                      index=list(LANGUAGE_NAMES).index(language), horizontal=True, key="language")
    if chosen != language:
        st.query_params["lang"] = chosen
        st.rerun()
    st.markdown(f"👀 {say('who_reads')}")
    st.markdown(f"🔒 {say('no_name')}")
    st.markdown(f"💭 {say('dream_note')}")
    st.radio(say("i_am"), list(ParticipantGroup), index=None, key="group",
                     format_func=lambda g: f"{GROUP_ICONS[g]} {say('group_' + g.value)}")
    # Writes happen in callbacks: they run before the page, so a rerun that interrupts this one
    # (a slow phone, a double tap) cannot swallow the tap.
    st.button(say("start"), type="primary", icon="✅", width="stretch", on_click=join_session,
              kwargs={"session_id": view.session_id})
    st.stop()

if me.language != language and "lang" not in st.query_params:
    language = me.language  # a reload without ?lang keeps the language chosen at the start


def language_switch() -> None:
    with st.expander("🌐 " + " / ".join(catalogue.phone_texts["language"].get(lang) for lang in LANGUAGE_NAMES)):
        chosen = st.radio(say("language"), list(LANGUAGE_NAMES), format_func=LANGUAGE_NAMES.get,
                          index=list(LANGUAGE_NAMES).index(language), key="language-later")
        if chosen != language:
            with data.write() as session:
                participants.update_profile(session, participant_id=me.id, language=chosen)
            st.query_params["lang"] = chosen
            st.rerun()


@st.fragment(run_every=1)
def follow_the_facilitator(shown: tuple) -> None:
    """Poll the cached snapshot; when the facilitator moves on, rerun the whole page."""
    now = ui_live.phone_view(code, config.database_url())
    current = (now.state, now.exercise_id, now.exercise_state, now.round_id, now.round_state) if now else None
    if current != shown:
        st.rerun(scope="app")


follow_the_facilitator((view.state, view.exercise_id, view.exercise_state, view.round_id, view.round_state))
top_left, top_right = st.columns([3, 2], vertical_alignment="center")
top_left.caption(f"💬 {view.title}")
with top_right:
    language_switch()

if view.exercise_id is None or view.exercise_state is ExerciseState.WAITING:
    st.info(say("waiting"), icon="⏳")
    st.stop()

exercise = catalogue.exercise(view.exercise_key)
st.subheader(exercise.parent_question.get(language))
if exercise.note:
    st.caption("💭 " + exercise.note.get(language))

if exercise.kind == "vote":
    if view.round_id is None:
        st.info(say("vote_waiting"), icon="⏳")
        st.stop()
    with data.read() as session:
        vote_round = session.get(VoteRound, view.round_id)
        domains = list(vote_round.domain_set.domains) if vote_round else []
        source_key = vote_round.domain_set.source_key if vote_round else None
    ballot.show(vote_round, domains, token=token, group=me.participant_group, say=say,
                label=lambda d: ballot.domain_label(d, catalogue, source_key, language))
    st.stop()
if exercise.kind == "domain_grouping":
    st.info(say("look_at_screen"), icon="📺")
    st.stop()

with data.read() as session:
    mine = contribution.own_answer(session, session_exercise_id=view.exercise_id, participant_id=me.id)
    mine_text = mine.text if mine else ""
    mine_elements = [e.text for e in mine.elements] if mine else []
    mine_waiting = bool(mine and not mine.approved and not mine.hidden)

edit_key = f"edit-{view.exercise_id}"
skip_key = f"skip-{view.exercise_id}"

if view.exercise_state is ExerciseState.CLOSED:
    st.info(say("question_closed"), icon="🔒")
    if mine:
        st.text(mine_text)
    st.stop()

if st.session_state.get(skip_key) and not mine:
    st.info(say("skipped"), icon="⏭️")
    if st.button(say("answer_anyway"), icon="✏️", width="stretch"):
        st.session_state[skip_key] = False
        st.rerun()
    st.stop()

if mine and not st.session_state.get(edit_key):
    st.success(say("thanks"), icon="✅")
    st.text(mine_text)  # always as text: never Markdown or HTML
    for element in mine_elements:
        st.text("• " + element)
    if mine_waiting:
        st.caption("⏳ " + say("waiting_approval"))
    left, right = st.columns(2)
    if left.button(say("edit"), icon="✏️", width="stretch"):
        st.session_state[edit_key] = True
        st.rerun()
    right.button(say("withdraw"), icon="🗑️", width="stretch", on_click=withdraw,
                 kwargs={"exercise_id": view.exercise_id, "participant_id": me.id})
    st.stop()

if st.session_state.pop("_withdrawn", False):
    st.toast(say("withdrawn"), icon="🗑️")
if problem := st.session_state.pop("_problem", None):
    st.error(problem, icon="⚠️")
with st.form(f"answer-{view.exercise_id}"):
    st.text_area(say("your_answer"), value=mine_text, max_chars=contribution.MAX_LENGTH, height=160,
                 key=f"text-{view.exercise_id}")
    if exercise.follow_up:
        st.text_area(exercise.follow_up.parent_question.get(language), value="\n".join(mine_elements),
                     max_chars=contribution.MAX_LENGTH, help=say("one_per_line"), height=120,
                     key=f"elements-{view.exercise_id}")
    st.form_submit_button(say("send"), type="primary", icon="📨", width="stretch", on_click=send_answer,
                          kwargs={"exercise_id": view.exercise_id, "participant_id": me.id,
                                  "with_elements": exercise.follow_up is not None})
if not mine and st.button(say("skip"), icon="⏭️", width="stretch"):
    st.session_state[skip_key] = True
    st.rerun()
