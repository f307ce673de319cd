"""Meedoen: a participant's phone. Public, no account, no name; plain words in nl, en or fr.

No plotly and no large images here: cheap phones on prepaid data.
"""

import re

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
NOT_ANSWERED_HERE = ("vote", "domain_grouping")  # only on the beamer's turn, never from the list
SHORT = 70  # characters of a question's name in the list
WAITING_POLL = 3  # seconds between two looks of a phone whose session is not open
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

@st.fragment(run_every=WAITING_POLL)
def follow_the_state(state) -> None:
    """A session not open (closed, or not started yet): look again now and then, so a phone that
    said "afgelopen" comes back when the facilitator reopens the session."""
    now = ui_live.phone_view(code, config.database_url())
    if now is None or now.state != state:
        st.rerun(scope="app")


if view.state.value == "closed":
    st.title("💬 Samenspraak")
    st.info(say("session_closed"), icon="🙏")
    follow_the_state(view.state)
    st.stop()
if view.state.value != "open":
    st.title("💬 Samenspraak")
    st.info(say("session_not_started"), icon="⏰")
    follow_the_state(view.state)
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
        drafts().pop(exercise_id, None)


def withdraw(exercise_id: int, participant_id: int) -> None:
    try:
        with data.write() as session:
            contribution.withdraw_answer(session, session_exercise_id=exercise_id, participant_id=participant_id)
    except contribution.ContributionError as exc:
        st.session_state["_problem"] = str(exc)
    else:
        st.session_state["_withdrawn"] = True


def drafts() -> dict[int, tuple[str, str]]:
    """What this tab typed and did not send yet, per question: (answer, elements). Only in this
    tab's memory, never in the database; it comes back when the question comes back."""
    return st.session_state.setdefault("_drafts", {})


def keep_draft(exercise_id: int) -> None:
    drafts()[exercise_id] = (st.session_state.get(f"text-{exercise_id}", ""),
                             st.session_state.get(f"elements-{exercise_id}", ""))


def pick(exercise_id: int | None) -> None:
    """The parent chose a question from the list (None: back to the screen's question or the list)."""
    st.session_state["_picked"] = exercise_id


with data.read() as session:
    me = participants.find_participant(session, session_id=view.session_id, token=token)

if me is None:
    # First screen: who reads, no name, what is kept and whom to ask to remove it, no names of
    # others, dreaming is no promise; language; optional "Ik ben ..." (kept with each answer).
    st.subheader("💬 " + say("welcome"))
    chosen = st.radio(say("language"), list(LANGUAGE_NAMES), format_func=LANGUAGE_NAMES.get,
                      index=list(LANGUAGE_NAMES).index(language), horizontal=True, key="language")
    if chosen != language:
        st.query_params["lang"] = chosen
        st.rerun()
    st.markdown(f"👀 {say('who_reads')}")
    st.markdown(f"🔒 {say('no_name')}")
    st.markdown(f"🗂️ {say('kept')}")
    st.markdown(f"✋ {say('no_other_names')}")
    st.markdown(f"💭 {say('dream_note')}")
    st.markdown(f"🏷️ {say('group_kept')}")
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
    """Poll the cached snapshot; when the facilitator moves on or opens or closes a question,
    rerun the whole page."""
    now = ui_live.phone_view(code, config.database_url())
    if (snapshot(now) if now else None) != shown:
        st.rerun(scope="app")


def snapshot(v) -> tuple:
    return v.state, v.exercise_id, v.exercise_state, v.round_id, v.round_state, v.open_exercises


def short(text: str) -> str:
    """The first sentence of a question: its name in the list of open questions."""
    first = re.split(r"(?<=[.?!])\s", text.strip(), maxsplit=1)[0]
    return first if len(first) <= SHORT else first[:SHORT - 1].rstrip() + "…"


follow_the_facilitator(snapshot(view))
top_left, top_right = st.columns([3, 2], vertical_alignment="center")
top_left.caption(f"💬 {view.title}")
with top_right:
    language_switch()

# The question on the beamer, when the facilitator shows one; besides it, every other open question
# (homework: casus and droom opened days before) can be answered from a list, one after the other.
on_screen = view.exercise_id if view.exercise_state not in (None, ExerciseState.WAITING) else None
open_questions = [(exercise_id, ui_live.exercise(key, view.trajectory_id))
                  for exercise_id, key in view.open_exercises]
open_questions = [(exercise_id, e) for exercise_id, e in open_questions if e.kind not in NOT_ANSWERED_HERE]
open_ids = [exercise_id for exercise_id, _ in open_questions]
if st.session_state.get("_followed") != on_screen:  # the facilitator moved on: the phone goes along
    st.session_state["_followed"] = on_screen
    st.session_state.pop("_picked", None)
picked = st.session_state.get("_picked")
if picked not in open_ids or picked == on_screen:
    picked = None
with data.read() as session:
    done = contribution.answered(session, participant_id=me.id, session_exercise_ids=open_ids)


def skipped(exercise_id: int) -> bool:
    return bool(st.session_state.get(f"skip-{exercise_id}")) and exercise_id not in done


def to_do(besides: int | None) -> list[int]:
    return [i for i in open_ids if i != besides and i not in done and not skipped(i)]


def question_list(besides: int | None) -> None:
    """The open questions with what is done (✅), skipped (⏭️) and still to do (✏️)."""
    for number, (exercise_id, listed) in enumerate(open_questions, start=1):
        if exercise_id == besides:
            continue
        mark = "✅" if exercise_id in done else "⏭️" if skipped(exercise_id) else "✏️"
        st.button(f"{mark} {number}. {short(listed.parent_question.get(language))}", key=f"pick-{exercise_id}",
                  width="stretch", on_click=pick, args=(exercise_id,))
    st.caption(say("done_count", done=len(done), total=len(open_ids)))


def answer(exercise_id: int, exercise, state: ExerciseState) -> None:
    """One question: the answer form, or the answer sent with edit and withdraw, or closed."""
    with data.read() as session:
        mine = contribution.own_answer(session, session_exercise_id=exercise_id, participant_id=me.id)
        mine_text = mine.text if mine else ""
        mine_elements = [e.text for e in mine.elements] if mine else []
        mine_waiting = bool(mine and not mine.approved and not mine.hidden)
    edit_key = f"edit-{exercise_id}"
    skip_key = f"skip-{exercise_id}"

    if state is ExerciseState.CLOSED:
        st.info(say("question_closed"), icon="🔒")
        if mine:
            st.text(mine_text)
        return

    if st.session_state.get(skip_key) and not mine:
        st.info(say("skipped"), icon="⏭️")
        if st.button(say("answer_anyway"), icon="✏️", width="stretch"):
            st.session_state[skip_key] = False
            st.rerun()
        next_button(exercise_id)
        return

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
                     kwargs={"exercise_id": exercise_id, "participant_id": me.id})
        next_button(exercise_id)
        return

    if st.session_state.pop("_withdrawn", False):
        st.toast(say("withdrawn"), icon="🗑️")
    if problem := st.session_state.pop("_problem", None):
        st.error(problem, icon="⚠️")
    # No form: a form keeps what is typed in the browser only, and it was lost when the facilitator
    # moved on. Typed text reaches the tab's memory when the field loses focus, and waits there.
    draft = drafts().get(exercise_id)
    text_key, elements_key = f"text-{exercise_id}", f"elements-{exercise_id}"
    if text_key not in st.session_state:
        st.session_state[text_key] = draft[0] if draft else mine_text
    st.text_area(say("your_answer"), max_chars=contribution.MAX_LENGTH, height=160, key=text_key,
                 on_change=keep_draft, args=(exercise_id,))
    if exercise.follow_up:
        if elements_key not in st.session_state:
            st.session_state[elements_key] = draft[1] if draft else "\n".join(mine_elements)
        st.text_area(exercise.follow_up.parent_question.get(language), max_chars=contribution.MAX_LENGTH,
                     help=say("one_per_line"), height=120, key=elements_key, on_change=keep_draft,
                     args=(exercise_id,))
    st.button(say("send"), type="primary", icon="📨", width="stretch", key=f"send-{exercise_id}",
              on_click=send_answer, kwargs={"exercise_id": exercise_id, "participant_id": me.id,
                                            "with_elements": exercise.follow_up is not None})
    if not mine and st.button(say("skip"), icon="⏭️", width="stretch", key=f"skip-button-{exercise_id}"):
        st.session_state[skip_key] = True
        st.rerun()


def next_button(exercise_id: int) -> None:
    """After an answer (or a skip): on to the next open question that still waits for one."""
    waiting = to_do(besides=exercise_id)
    if waiting:
        st.button(say("next_question"), type="primary", icon="➡️", width="stretch", on_click=pick,
                  args=(waiting[0],))
    elif len(open_ids) > 1 and all(i in done or skipped(i) for i in open_ids):
        st.success(say("all_done"), icon="🎉")


shown_id = picked or on_screen or (open_ids[0] if len(open_ids) == 1 else None)
if shown_id is None:
    if not open_questions:
        st.info(say("waiting"), icon="⏳")
        st.stop()
    st.subheader("📝 " + say("choose_question", n=len(open_ids)))
    question_list(besides=None)
    if not to_do(besides=None):
        st.success(say("all_done"), icon="🎉")
    st.stop()

if picked is not None:
    st.button(say("back_to_screen") if on_screen else say("all_questions"), icon="⬅️", width="stretch",
              on_click=pick, args=(None,))
key = view.exercise_key if shown_id == on_screen else dict(view.open_exercises)[shown_id]
state = view.exercise_state if shown_id == on_screen else ExerciseState.OPEN
exercise = ui_live.exercise(key, view.trajectory_id)
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
elif exercise.kind == "domain_grouping":
    st.info(say("look_at_screen"), icon="📺")
else:
    answer(shown_id, exercise, state)

if [i for i in open_ids if i != shown_id]:
    st.divider()
    st.markdown(f"**{say('other_questions')}**")
    question_list(besides=shown_id)
