"""Sessie leiden: the facilitator's control view (laptop) of one session.

Start the session (join code and QR), plan and reorder the exercises, move the projector and the
phones from question to question, open and close questions, moderate answers and type in what
people say aloud or wrote on paper.
"""

import streamlit as st

from facilitation import contribution, qr, session as meetings
from facilitation.models import Channel, ExerciseState, ParticipantGroup, Session, SessionState
from facilitation.ui import auth, data, params
from facilitation.ui.startup import require_exercises

EXERCISE_STATE_LABELS = {ExerciseState.WAITING: "⏳ nog niet open", ExerciseState.OPEN: "🟢 open",
                         ExerciseState.CLOSED: "🔒 gesloten"}
CHANNEL_LABELS = {Channel.PHONE: "📱 telefoon", Channel.FACILITATOR: "🗣️ mondeling", Channel.PAPER: "📝 papier"}
GROUP_LABELS = {ParticipantGroup.OUDER: "ouder", ParticipantGroup.PROFESSIONAL: "organisatie",
                ParticipantGroup.BELEID: "beleid", ParticipantGroup.ZEG_IK_LIEVER_NIET: "zeg ik liever niet"}

auth.require_staff()
catalogue = require_exercises()
session_id = params.id_param("sessie")


def act(action, *, done: str | None = None, **kwargs) -> bool:
    """Run one domain action in a short write transaction; show a Dutch message if it is refused."""
    try:
        with data.write() as session:
            action(session, **kwargs)
    except (meetings.SessionError, contribution.ContributionError) as exc:
        st.error(str(exc))
        return False
    if done:
        st.toast(done)
    return True


with data.read() as session:
    meeting = session.get(Session, session_id) if session_id else None
    if meeting is not None:
        agenda = [(e.id, e.exercise_key, e.state, len(e.contributions)) for e in meeting.exercises]

if meeting is None:
    st.warning("Deze sessie bestaat niet (meer). Kies een sessie bij een traject.")
    st.page_link("pages/trajecten.py", label="Naar de trajecten", icon="⬅️")
    st.stop()

st.title(f"🎤 {meeting.title}")
st.page_link("pages/traject.py", label="Terug naar het traject", icon="⬅️",
             query_params={"traject": str(meeting.trajectory_id)})

# --- Starting and ending -------------------------------------------------------------------------
if meeting.state is SessionState.PLANNED:
    st.info("Deze sessie is nog niet gestart. Bij het starten krijgt ze een code en een QR-code om mee te doen. "
            "Je kunt ze ook dagen vooraf starten, zodat deelnemers een vraag als huiswerk beantwoorden.")
    if st.button("Sessie starten", type="primary", icon="▶️"):
        if act(meetings.open_session, session_id=meeting.id, facilitator=auth.username()):
            st.rerun()
elif meeting.state is SessionState.OPEN:
    url = qr.join_url(meeting.join_code)
    left, middle, right = st.columns([1, 2, 1], vertical_alignment="center")
    left.image(qr.qr_png(url, scale=5))
    middle.markdown(f"### Code: `{meeting.join_code}`")
    middle.code(url, language=None)
    right.link_button("Scherm openen", f"scherm?code={meeting.join_code}", icon="📺", type="primary",
                      use_container_width=True)
    if right.button("Sessie afsluiten", icon="⏹️", use_container_width=True):
        if act(meetings.close_session, session_id=meeting.id, done="Sessie afgesloten"):
            st.rerun()
else:
    st.success("Deze sessie is afgesloten. De antwoorden blijven bewaard in het traject.")

# --- Display settings ---------------------------------------------------------------------------
show_col, premod_col = st.columns(2)
show_answers = show_col.toggle("Antwoorden tonen op het scherm", value=meeting.show_answers)
premoderation = premod_col.toggle("Voormoderatie: antwoorden eerst goedkeuren", value=meeting.premoderation)
if (show_answers, premoderation) != (meeting.show_answers, meeting.premoderation):
    if act(meetings.set_display, session_id=meeting.id, show_answers=show_answers, premoderation=premoderation):
        st.rerun()

# --- Agenda -------------------------------------------------------------------------------------
st.header("Agenda")
for index, (exercise_id, key, state, n_answers) in enumerate(agenda):
    exercise = catalogue.exercise(key)
    current = exercise_id == meeting.current_exercise_id
    with st.container(border=True):
        info, buttons = st.columns([2, 3], vertical_alignment="center")
        marker = "📺 " if current else ""
        info.markdown(f"**{marker}{index + 1}. {exercise.title.nl}**")
        info.caption(f"{EXERCISE_STATE_LABELS[state]} · {n_answers} antwoorden"
                     + (" · op het scherm" if current else "")
                     + (" · kan als huiswerk" if exercise.homework else ""))
        b1, b2, b3, b4, b5 = buttons.columns([3, 3, 1, 1, 1])
        if b1.button("Toon", key=f"show-{exercise_id}", icon="📺", disabled=current,
                     help="Toon deze vraag op het scherm en de telefoons, en open ze"):
            if act(meetings.show_exercise, exercise_id=exercise_id):
                st.rerun()
        if state is ExerciseState.OPEN:
            if b2.button("Sluit", key=f"close-{exercise_id}", icon="🔒", help="Geen nieuwe antwoorden meer"):
                if act(meetings.set_exercise_state, exercise_id=exercise_id, state=ExerciseState.CLOSED):
                    st.rerun()
        elif b2.button("Open", key=f"open-{exercise_id}", icon="🟢", help="Antwoorden toelaten (ook als huiswerk)"):
            if act(meetings.set_exercise_state, exercise_id=exercise_id, state=ExerciseState.OPEN):
                st.rerun()
        if b3.button("", key=f"up-{exercise_id}", icon="⬆️", disabled=index == 0, help="Naar boven"):
            if act(meetings.move_exercise, exercise_id=exercise_id, offset=-1):
                st.rerun()
        if b4.button("", key=f"down-{exercise_id}", icon="⬇️", disabled=index == len(agenda) - 1, help="Naar beneden"):
            if act(meetings.move_exercise, exercise_id=exercise_id, offset=1):
                st.rerun()
        if b5.button("", key=f"remove-{exercise_id}", icon="🗑️", disabled=n_answers > 0,
                     help="Van de agenda halen (kan niet als er al antwoorden zijn)"):
            if act(meetings.remove_exercise, exercise_id=exercise_id):
                st.rerun()

add_col, add_button = st.columns([3, 1], vertical_alignment="bottom")
new_key = add_col.selectbox("Oefening toevoegen", list(catalogue.exercises),
                            format_func=lambda k: catalogue.exercises[k].title.nl)
if add_button.button("Toevoegen", icon="➕", use_container_width=True):
    if act(meetings.add_exercise, session_id=meeting.id, exercise_key=new_key):
        st.rerun()
if agenda and meeting.state is SessionState.OPEN:
    if st.button("Volgende vraag", type="primary", icon="⏭️"):
        if act(meetings.next_exercise, session_id=meeting.id):
            st.rerun()

# --- The current question: type in answers, moderate ----------------------------------------
current_id = meeting.current_exercise_id or (agenda[0][0] if agenda else None)
if current_id is None:
    st.stop()
current_key = next(key for exercise_id, key, _s, _n in agenda if exercise_id == current_id)
current_exercise = catalogue.exercise(current_key)
st.header(f"Antwoorden: {current_exercise.title.nl}")
st.caption(current_exercise.question.nl)
with data.read() as session:
    per_group = contribution.answers_per_group(session, session_exercise_id=current_id)
if per_group:
    st.caption("Per groep: " + " · ".join(
        f"{GROUP_LABELS[g] if g else 'niet gezegd'}: {n if n is not None else 'minder dan 3'}"
        for g, n in sorted(per_group.items(), key=lambda item: item[0].value if item[0] else "~")
    ))

with st.expander("✍️ Antwoord intypen (mondeling of op papier)"):
    with st.form(f"type-in-{current_id}", clear_on_submit=True):
        text = st.text_area("Antwoord", max_chars=contribution.MAX_LENGTH)
        elements = ""
        if current_exercise.follow_up:
            elements = st.text_area(current_exercise.follow_up.question.nl, help="Eén element per regel.",
                                    max_chars=contribution.MAX_LENGTH)
        channel_col, group_col = st.columns(2)
        channel = channel_col.radio("Hoe kwam het antwoord binnen?", [Channel.FACILITATOR, Channel.PAPER],
                                    format_func=CHANNEL_LABELS.get, horizontal=True)
        group = group_col.selectbox("Ik ben ... (als de persoon dat zegt)", [None, *ParticipantGroup],
                                    format_func=lambda g: "niet gezegd" if g is None else GROUP_LABELS[g])
        if st.form_submit_button("Bewaren", type="primary"):
            if act(contribution.add_contribution, session_exercise_id=current_id, text=text,
                   elements=elements.splitlines(), channel=channel, participant_group=group,
                   done="Antwoord bewaard"):
                st.rerun()


@st.fragment(run_every=3)
def moderation(exercise_id: int) -> None:
    with data.read() as session:
        items = contribution.for_moderation(session, session_exercise_id=exercise_id)
        rows = [(c.id, c.text, [(e.id, e.text) for e in c.elements], c.channel, c.hidden, c.approved, c.pinned,
                 c.merged_into_id) for c in items]
    if not rows:
        st.caption("Nog geen antwoorden.")
        return
    others = {row[0]: row[1][:60] for row in rows if not row[7]}
    for cid, text, elements, channel, hidden, approved, pinned, merged_into in rows:
        with st.container(border=True):
            badges = [CHANNEL_LABELS[channel]]
            if hidden:
                badges.append("🙈 verborgen")
            if not approved:
                badges.append("⏳ wacht op goedkeuring")
            if pinned:
                badges.append("📌 vastgepind")
            if merged_into:
                badges.append("🔗 samengevoegd")
            st.caption(" · ".join(badges))
            st.text(text)  # as typed: never rendered as Markdown or HTML
            for element_id, element in elements:
                element_col, remove_col = st.columns([6, 1])
                element_col.text("• " + element)
                if remove_col.button("", key=f"rm-el-{element_id}", icon="✖️", help="Element weghalen"):
                    act(contribution.remove_element, element_id=element_id)
                    st.rerun(scope="fragment")
            c1, c2, c3, c4 = st.columns(4)
            if c1.button("Tonen" if hidden else "Verbergen", key=f"hide-{cid}", icon="👁️" if hidden else "🙈"):
                act(contribution.set_hidden, contribution_id=cid, hidden=not hidden)
                st.rerun(scope="fragment")
            if not approved and c2.button("Goedkeuren", key=f"approve-{cid}", icon="✅"):
                act(contribution.approve, contribution_id=cid)
                st.rerun(scope="fragment")
            if c3.button("Losmaken" if pinned else "Vastpinnen", key=f"pin-{cid}", icon="📌"):
                act(contribution.set_pinned, contribution_id=cid, pinned=not pinned)
                st.rerun(scope="fragment")
            if merged_into:
                if c4.button("Niet samenvoegen", key=f"unmerge-{cid}", icon="↩️"):
                    act(contribution.unmerge, contribution_id=cid)
                    st.rerun(scope="fragment")
            else:
                with c4.popover("Meer", icon=":material/more_horiz:"):
                    element = st.text_input("Essentieel element", key=f"el-{cid}",
                                            help="Wat maakte het verschil? Wat is onmisbaar?")
                    if st.button("Element toevoegen", key=f"add-el-{cid}"):
                        act(contribution.add_element, contribution_id=cid, text=element)
                        st.rerun(scope="fragment")
                    targets = [o for o in others if o != cid]
                    if targets:
                        into = st.selectbox("Dubbel van", targets, key=f"into-{cid}", format_func=others.get)
                        if st.button("Samenvoegen", key=f"merge-{cid}"):
                            act(contribution.merge, duplicate_id=cid, into_id=into)
                            st.rerun(scope="fragment")


moderation(current_id)
