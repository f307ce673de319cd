"""Sessie leiden: the facilitator's control view (laptop) of one session.

Start the session (join code and QR), close it after a confirmation and reopen it, change its
title and date, note who came (counts per role), plan and reorder the exercises (shipped ones and the
trajectory's own questions), move the projector and the phones from question to question, open and
close questions, moderate answers and type in what people say aloud or wrote on paper.
"""

import streamlit as st

from facilitation import attendance, contribution, live, qr, question, retention, session as meetings, vote
from facilitation.models import (Channel, ExerciseState, MemberRole, ParticipantGroup, RoundState, Session,
                                 SessionState, VoteMethod)
from facilitation.trajectory import MEMBER_ROLE_LABELS
from facilitation.ui import auth, charts, data, params
from facilitation.ui.actions import act, back_links, show_problem
from facilitation.ui.text import md_escape
from facilitation.ui.startup import require_exercises

EXERCISE_STATE_LABELS = {ExerciseState.WAITING: "⏳ nog niet open", ExerciseState.OPEN: "🟢 open",
                         ExerciseState.CLOSED: "🔒 gesloten"}
CHANNEL_LABELS = {Channel.PHONE: "📱 telefoon", Channel.FACILITATOR: "🗣️ mondeling", Channel.PAPER: "📝 papier"}
METHOD_LABELS = {VoteMethod.DOTS: "stippen", VoteMethod.RANKING: "top 3", VoteMethod.POINTS: "100 punten verdelen"}
GROUP_LABELS = {ParticipantGroup.OUDER: "ouder", ParticipantGroup.PROFESSIONAL: "organisatie",
                ParticipantGroup.BELEID: "beleid", ParticipantGroup.ZEG_IK_LIEVER_NIET: "zeg ik liever niet"}

auth.require_staff()
require_exercises()
session_id = params.id_param("sessie")


def action_button(where, label: str, action, *, done: str | None = None, key: str | None = None,
                  icon: str | None = None, help: str | None = None, disabled: bool = False,
                  primary: bool = False, **kwargs) -> None:
    where.button(label, key=key, icon=icon, help=help, disabled=disabled, type="primary" if primary else "secondary",
                 width="stretch", on_click=act, args=(action, done, kwargs))


with data.read() as session:
    meeting = session.get(Session, session_id) if session_id else None
    if meeting is not None:
        agenda = [(e.id, e.exercise_key, e.state, len(e.contributions)) for e in meeting.exercises]
        gemeente = meeting.trajectory.gemeente
        catalogue = question.catalogue_for(session, trajectory_id=meeting.trajectory_id)  # with its own questions
        present = attendance.attendance(session, session_id=meeting.id)

if meeting is None:
    st.warning("Deze sessie bestaat niet (meer). Kies een sessie bij een traject.")
    st.page_link("pages/trajecten.py", label="Naar de trajecten", icon="⬅️")
    st.stop()
auth.require_trajectory(meeting.trajectory_id)  # another municipality's session: refused

back_links(meeting.trajectory_id, gemeente)
st.title(f"🎤 {md_escape(meeting.title)}")
st.caption(f"{meetings.STATE_LABELS[meeting.state].capitalize()}"
           + (f" · {meeting.scheduled_on:%d/%m/%Y}" if meeting.scheduled_on else " · nog geen datum"))
show_problem()
CONFIRM_CLOSE = f"confirm-close-{meeting.id}"


def ask_to_close(asking: bool) -> None:
    st.session_state[CONFIRM_CLOSE] = asking


def close_confirmed() -> None:
    st.session_state.pop(CONFIRM_CLOSE, None)
    act(meetings.close_session, "Sessie afgesloten", {"session_id": meeting.id})


def save_details() -> None:
    state = st.session_state
    act(meetings.update_session, "Sessie bewaard", {"session_id": meeting.id, "title": state["edit-title"],
                                                    "scheduled_on": state["edit-date"]})


def save_phone_titles() -> None:
    act(meetings.set_phone_titles, "Titels op de telefoons bewaard", {
        "session_id": meeting.id, **{lang: st.session_state[f"phone-title-{lang}"] for lang in meetings.PHONE_LANGUAGES}})


def minutes_approval(meeting: Session) -> None:
    """The promise on the phones: answer texts go RETENTION_DAYS after the college approved the
    minutes. The coordinator records that day here, and may remove the texts at once."""
    days = retention.RETENTION_DAYS
    with st.expander("🗂️ Verslag goedgekeurd en bewaartermijn", expanded=meeting.minutes_approved_on is not None):
        if meeting.texts_removed_on:
            st.info(f"De antwoordteksten van deze sessie zijn verwijderd op {meeting.texts_removed_on:%d/%m/%Y}. "
                    "De tellingen, domeinen en documenten blijven.", icon="🗂️")
            return
        st.caption(f"Ouders lezen op hun telefoon dat hun antwoorden {days} dagen na de goedkeuring van het verslag "
                   "verdwijnen. Vul de dag in waarop het college het verslag goedkeurde; "
                   "`samenspraak retention --apply` verwijdert dan de teksten (tellingen, domeinen en documenten "
                   "blijven).")
        with st.form(f"minutes-{meeting.id}", enter_to_submit=False):
            st.date_input("Verslag goedgekeurd op", value=meeting.minutes_approved_on, format="DD/MM/YYYY",
                          key="minutes-approved-on")
            st.form_submit_button("Goedkeuring bewaren", on_click=lambda: act(
                retention.approve_minutes, "Goedkeuring bewaard",
                {"session_id": meeting.id, "approved_on": st.session_state["minutes-approved-on"]}))
        due_on = retention.remove_from(meeting)
        if due_on is None:
            return
        st.write(f"De antwoordteksten gaan weg vanaf {due_on:%d/%m/%Y}.")
        if st.checkbox("Ik wil de antwoordteksten nu al verwijderen", key="remove-texts-sure"):
            st.button("Antwoordteksten nu verwijderen", icon="🗑️", on_click=lambda: act(
                retention.remove_texts, "Antwoordteksten verwijderd", {"session_id": meeting.id}))


def save_attendance() -> None:
    act(attendance.set_attendance, "Aanwezigen bewaard", {
        "session_id": meeting.id, "counts": {role: st.session_state[f"present-{role.value}"] for role in MemberRole}})


# --- Starting and ending -------------------------------------------------------------------------
if meeting.state is SessionState.PLANNED:
    st.info("Deze sessie is nog niet gestart. Bij het starten krijgt ze een code en een QR-code om mee te doen. "
            "Je kunt ze ook dagen vooraf starten, zodat deelnemers een vraag als huiswerk beantwoorden.")
    action_button(st, "Sessie starten", meetings.open_session, icon="▶️", primary=True,
                  session_id=meeting.id, facilitator=auth.username())
elif meeting.state is SessionState.OPEN:
    url = qr.join_url(meeting.join_code)
    left, middle, right = st.columns([1, 2, 1], vertical_alignment="center")
    left.image(qr.qr_png(url, scale=5))
    middle.markdown(f"### Code: `{meeting.join_code}`")
    middle.code(url, language=None)
    right.link_button("Scherm openen", f"scherm?code={meeting.join_code}", icon="📺", type="primary",
                      width="stretch")
    right.link_button("Scherm met woordwolk", f"scherm?code={meeting.join_code}&toon=Woordwolk", icon="☁️",
                      width="stretch", help="Het scherm toont de woordwolk van de antwoorden, zo groot als kan. "
                      "Op het scherm zelf wissel je tussen Antwoorden en Woordwolk.")
    right.button("Sessie afsluiten", icon="⏹️", width="stretch", on_click=ask_to_close, args=(True,),
                 disabled=bool(st.session_state.get(CONFIRM_CLOSE)))
    if st.session_state.get(CONFIRM_CLOSE):
        # One click used to end every phone's session: ask first.
        st.warning("**Sessie afsluiten?** Alle telefoons stoppen: niemand kan nog antwoorden of stemmen. "
                   "De antwoorden blijven bewaard. Je kunt de sessie later heropenen, met dezelfde code.", icon="⏹️")
        yes, no = st.columns(2)
        yes.button("Ja, sessie afsluiten", type="primary", icon="⏹️", width="stretch", on_click=close_confirmed)
        no.button("Nee, de sessie loopt verder", width="stretch", on_click=ask_to_close, args=(False,))
else:
    st.success("Deze sessie is afgesloten. De antwoorden blijven bewaard in het traject.")
    action_button(st, "Sessie heropenen", meetings.reopen_session, icon="🔓",
                  done="Sessie heropend, met dezelfde code {result.join_code}", session_id=meeting.id)
    minutes_approval(meeting)

# --- Title, date and who came ----------------------------------------------------------------------
details_col, attendance_col = st.columns(2)
with details_col.expander("✏️ Titel en datum"):
    with st.form(f"details-{meeting.id}", enter_to_submit=False):
        st.text_input("Titel", value=meeting.title, max_chars=meetings.MAX_TITLE, key="edit-title")
        st.date_input("Datum", value=meeting.scheduled_on, format="DD/MM/YYYY", key="edit-date")
        st.form_submit_button("Titel en datum bewaren", type="primary", on_click=save_details)
    with st.form(f"phone-titles-{meeting.id}", enter_to_submit=False):
        st.caption("Zo heet de sessie op de telefoons. Leeg: Engels en Frans tonen de Nederlandse titel, "
                   "en zonder titel staat er ‘Samen in gesprek’. Noem ouders nooit arm of kansarm.")
        for language, name in meetings.PHONE_LANGUAGES.items():
            st.text_input(f"Titel op de telefoons ({name})", value=getattr(meeting, f"phone_title_{language}") or "",
                          max_chars=meetings.MAX_PHONE_TITLE, key=f"phone-title-{language}",
                          placeholder="bv. Samen over vrije tijd" if language == "nl" else "")
        st.form_submit_button("Titels op de telefoons bewaren", on_click=save_phone_titles)
summary = " · ".join(f"{MEMBER_ROLE_LABELS[role]} {n}" for role, n in present.items()) or "nog niet ingevuld"
with attendance_col.expander(f"👥 Aanwezig: {summary}"):
    with st.form(f"attendance-{meeting.id}", enter_to_submit=False):
        st.caption("Hoeveel mensen waren er, per rol? Ouders tel je alleen, zonder namen. "
                   "Dit kan tijdens de sessie of achteraf.")
        columns = st.columns(3)
        for index, role in enumerate(MemberRole):
            columns[index % 3].number_input(MEMBER_ROLE_LABELS[role], 0, attendance.MAX_PER_ROLE,
                                            present.get(role, 0), key=f"present-{role.value}")
        st.form_submit_button("Aanwezigen bewaren", type="primary", on_click=save_attendance)

# --- Display settings ---------------------------------------------------------------------------
show_col, premod_col = st.columns(2)
show_col.toggle("Antwoorden tonen op het scherm", value=meeting.show_answers, key="show_answers",
                on_change=lambda: act(meetings.set_display, None, {
                    "session_id": meeting.id, "show_answers": st.session_state["show_answers"]}))
premod_col.toggle("Voormoderatie: antwoorden eerst goedkeuren", value=meeting.premoderation, key="premoderation",
                  on_change=lambda: act(meetings.set_display, None, {
                      "session_id": meeting.id, "premoderation": st.session_state["premoderation"]}))

# --- Agenda -------------------------------------------------------------------------------------
st.header("Agenda")
for index, (exercise_id, key, state, n_answers) in enumerate(agenda):
    exercise = catalogue.exercise(key)
    current = exercise_id == meeting.current_exercise_id
    with st.container(border=True):
        info, buttons = st.columns([2, 3], vertical_alignment="center")
        marker = "📺 " if current else ""
        info.markdown(f"**{marker}{index + 1}. {md_escape(exercise.title.nl)}**")
        info.caption(f"{EXERCISE_STATE_LABELS[state]} · {n_answers} {'antwoord' if n_answers == 1 else 'antwoorden'}"
                     + (" · op het scherm" if current else "")
                     + (" · kan als huiswerk" if exercise.homework else ""))
        b1, b2, b3, b4, b5 = buttons.columns([3, 3, 1, 1, 1])
        action_button(b1, "Toon", meetings.show_exercise, key=f"show-{exercise_id}", icon="📺", disabled=current,
                      help="Toon deze vraag op het scherm en de telefoons, en open ze", exercise_id=exercise_id)
        if state is ExerciseState.OPEN:
            action_button(b2, "Sluit", meetings.set_exercise_state, key=f"close-{exercise_id}", icon="🔒",
                          help="Geen nieuwe antwoorden meer", exercise_id=exercise_id, state=ExerciseState.CLOSED)
        else:
            action_button(b2, "Open", meetings.set_exercise_state, key=f"open-{exercise_id}", icon="🟢",
                          help="Antwoorden toelaten (ook als huiswerk)", exercise_id=exercise_id,
                          state=ExerciseState.OPEN)
        action_button(b3, "", meetings.move_exercise, key=f"up-{exercise_id}", icon="⬆️", disabled=index == 0,
                      help="Naar boven", exercise_id=exercise_id, offset=-1)
        action_button(b4, "", meetings.move_exercise, key=f"down-{exercise_id}", icon="⬇️",
                      disabled=index == len(agenda) - 1, help="Naar beneden", exercise_id=exercise_id, offset=1)
        action_button(b5, "", meetings.remove_exercise, key=f"remove-{exercise_id}", icon="🗑️",
                      disabled=n_answers > 0, help="Van de agenda halen (kan niet als er al antwoorden zijn)",
                      exercise_id=exercise_id)

add_col, add_button = st.columns([3, 1], vertical_alignment="bottom")
add_col.selectbox("Oefening toevoegen", list(catalogue.exercises), key="new_exercise", index=None,
                  placeholder="Kies een oefening of een eigen vraag",
                  format_func=lambda k: ("✍️ Eigen vraag: " if question.id_of(k) else "") + catalogue.exercises[k].title.nl)
add_button.button("Toevoegen", icon="➕", width="stretch", on_click=lambda: act(
    meetings.add_exercise, None, {"session_id": meeting.id, "exercise_key": st.session_state["new_exercise"]}))
st.page_link("pages/vragen.py", label="Eigen vragen schrijven of aanpassen", icon="✍️",
             query_params={"traject": str(meeting.trajectory_id)})
if agenda and meeting.state is SessionState.OPEN:
    action_button(st, "Volgende vraag", meetings.next_exercise, icon="⏭️", primary=True, session_id=meeting.id)

# --- The current question: type in answers, moderate ----------------------------------------
current_id = meeting.current_exercise_id or (agenda[0][0] if agenda else None)
if current_id is None:
    st.stop()
current_key = next(key for exercise_id, key, _s, _n in agenda if exercise_id == current_id)
current_exercise = catalogue.exercise(current_key)
if meeting.current_exercise_id is None:  # the beamer still says "Welkom": do not claim otherwise
    st.header(f"Nog niet op het scherm: {md_escape(current_exercise.title.nl)}")
else:
    st.header(f"Op het scherm: {md_escape(current_exercise.title.nl)}")
st.caption(md_escape(current_exercise.question.nl))  # an own question is typed text

if current_exercise.kind == "domain_grouping":
    st.info("Groepeer de antwoorden in domeinen: het scherm toont hoe de domeinen zich vullen.", icon="🧩")
    st.page_link("pages/groeperen.py", label="Antwoorden groeperen", icon="🧩",
                 query_params={"traject": str(meeting.trajectory_id)})
    st.stop()


def open_vote(exercise_id: int, domain_set_id: int) -> None:
    state = st.session_state
    act(vote.open_round, "Stemming geopend", {
        "session_exercise_id": exercise_id, "domain_set_id": domain_set_id, "method": state["vote-method"],
        "budget": state["vote-budget"] or None, "max_per_domain": state.get("vote-max", 2),
        "results_hidden": state["vote-hidden"],
    })


def count_in_paper(round_id: int, domain_ids: list[int]) -> None:
    allocation = {d: st.session_state.get(f"paper-{round_id}-{d}", 0) for d in domain_ids}
    act(vote.cast_ballot, "Stem op papier geteld", {
        "vote_round_id": round_id, "allocation": allocation, "device_token": None, "channel": Channel.PAPER,
        "participant_group": st.session_state.get(f"paper-group-{round_id}"),
    })


if current_exercise.kind == "vote":
    with data.read() as session:
        set_id = live.active_domain_set_id(session, trajectory_id=meeting.trajectory_id)
        vote_round = vote.current_round(session, session_exercise_id=current_id)
        results = vote.results(session, vote_round_id=vote_round.id) if vote_round else None
        domains = list(vote_round.domain_set.domains) if vote_round else []
    if set_id is None:
        st.warning("Dit traject heeft nog geen domeinenlijst. Kies er eerst een bij het groeperen.")
        st.page_link("pages/groeperen.py", label="Antwoorden groeperen", icon="🧩",
                     query_params={"traject": str(meeting.trajectory_id)})
        st.stop()
    if vote_round is None:
        with st.form("open-vote", enter_to_submit=False):
            method = st.radio("Manier van stemmen", list(VoteMethod), key="vote-method", horizontal=True,
                              format_func=METHOD_LABELS.get)
            st.number_input("Per toestel (0 = gewoonlijk: 3 stippen, een top 3, 100 punten)", 0, 100, 0,
                            key="vote-budget")
            st.number_input("Hoogstens zoveel stippen op één domein", 1, 10, 2, key="vote-max")
            st.toggle("Uitslag verbergen tot de stemming sluit", key="vote-hidden", value=True,
                      help="Aangeraden: wie een live uitslag na elke stem ziet bewegen, kan raden wat één persoon stemde.")
            st.form_submit_button("Stemming openen", type="primary", icon="🗳️", on_click=open_vote,
                                  args=(current_id, set_id))
        st.stop()
    left, middle, right = st.columns(3)
    left.metric("Stemmen", results.ballots)
    if vote_round.state is RoundState.OPEN:
        action_button(middle, "Stemming sluiten", vote.close_round, icon="🔒", done="Stemming gesloten",
                      vote_round_id=vote_round.id)
    else:
        action_button(middle, "Opnieuw openen", vote.reopen_round, icon="🔓", vote_round_id=vote_round.id)
    action_button(right, "Uitslag tonen" if vote_round.results_hidden else "Uitslag verbergen",
                  vote.set_results_hidden, icon="👁️", vote_round_id=vote_round.id,
                  hidden=not vote_round.results_hidden)
    charts.show_results(results, domains, key="control-vote-bars", height=380, font_size=15)
    if vote_round.state is RoundState.OPEN:
        with st.expander("📝 Stem op papier meetellen"):
            with st.form(f"paper-{vote_round.id}", clear_on_submit=True, enter_to_submit=False):
                for d in domains:
                    st.number_input(md_escape(f"{d.icon} {d.name}"), 0, vote_round.budget, 0, key=f"paper-{vote_round.id}-{d.id}")
                st.selectbox("Ik ben ... (als de persoon dat zegt)", [None, *ParticipantGroup],
                             key=f"paper-group-{vote_round.id}",
                             format_func=lambda g: "niet gezegd" if g is None else GROUP_LABELS[g])
                st.form_submit_button("Meetellen", on_click=count_in_paper,
                                      args=(vote_round.id, [d.id for d in domains]))
    st.page_link("pages/prioriteiten.py", label="Prioritaire domeinen kiezen", icon="⭐",
                 query_params={"traject": str(meeting.trajectory_id)})
    st.stop()
with data.read() as session:
    per_group = contribution.answers_per_group(session, session_exercise_id=current_id)
if per_group:
    st.caption("Per groep: " + " · ".join(
        f"{GROUP_LABELS[g] if g else 'niet gezegd'}: {n if n is not None else 'minder dan 3'}"
        for g, n in sorted(per_group.items(), key=lambda item: item[0].value if item[0] else "~")
    ))

def type_in(exercise_id: int, with_elements: bool) -> None:
    state = st.session_state
    act(contribution.add_contribution, "Antwoord bewaard", {
        "session_exercise_id": exercise_id,
        "text": state["typed-text"],
        "elements": state.get("typed-elements", "").splitlines() if with_elements else (),
        "channel": state["typed-channel"],
        "participant_group": state["typed-group"],
    })


with st.expander("✍️ Antwoord intypen (mondeling of op papier)"):
    with st.form(f"type-in-{current_id}", clear_on_submit=True, enter_to_submit=False):
        st.text_area("Antwoord", max_chars=contribution.MAX_LENGTH, key="typed-text")
        if current_exercise.follow_up:
            st.text_area(current_exercise.follow_up.question.nl, help="Eén element per regel.",
                         max_chars=contribution.MAX_LENGTH, key="typed-elements")
        channel_col, group_col = st.columns(2)
        channel_col.radio("Hoe kwam het antwoord binnen?", [Channel.FACILITATOR, Channel.PAPER], key="typed-channel",
                          format_func=CHANNEL_LABELS.get, horizontal=True)
        group_col.selectbox("Ik ben ... (als de persoon dat zegt)", [None, *ParticipantGroup], key="typed-group",
                            format_func=lambda g: "niet gezegd" if g is None else GROUP_LABELS[g])
        st.form_submit_button("Bewaren", type="primary", on_click=type_in,
                              args=(current_id, current_exercise.follow_up is not None))


@st.fragment(run_every=3)
def moderation(exercise_id: int) -> None:
    """Every answer of the current question, refreshed every few seconds, with its moderation."""
    show_problem()
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
                action_button(remove_col, "", contribution.remove_element, key=f"rm-el-{element_id}", icon="✖️",
                              help="Element weghalen", element_id=element_id)
            c1, c2, c3, c4 = st.columns(4)
            action_button(c1, "Tonen" if hidden else "Verbergen", contribution.set_hidden, key=f"hide-{cid}",
                          icon="👁️" if hidden else "🙈", contribution_id=cid, hidden=not hidden)
            if not approved:
                action_button(c2, "Goedkeuren", contribution.approve, key=f"approve-{cid}", icon="✅",
                              contribution_id=cid)
            action_button(c3, "Losmaken" if pinned else "Vastpinnen", contribution.set_pinned, key=f"pin-{cid}",
                          icon="📌", contribution_id=cid, pinned=not pinned)
            if merged_into:
                action_button(c4, "Niet samenvoegen", contribution.unmerge, key=f"unmerge-{cid}", icon="↩️",
                              contribution_id=cid)
                continue
            with c4.popover("Meer", icon=":material/more_horiz:"):
                st.text_input("Essentieel element", key=f"el-{cid}", help="Wat maakte het verschil? Wat is onmisbaar?",
                              max_chars=contribution.MAX_LENGTH)
                st.button("Element toevoegen", key=f"add-el-{cid}", on_click=lambda cid=cid: act(
                    contribution.add_element, None, {"contribution_id": cid, "text": st.session_state[f"el-{cid}"]}))
                targets = [o for o in others if o != cid]
                if targets:
                    st.selectbox("Dubbel van", targets, key=f"into-{cid}", format_func=others.get)
                    st.button("Samenvoegen", key=f"merge-{cid}", on_click=lambda cid=cid: act(
                        contribution.merge, None, {"duplicate_id": cid, "into_id": st.session_state[f"into-{cid}"]}))


moderation(current_id)
