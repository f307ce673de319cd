"""One trajectory: its sessions in roadmap order, its stuurgroep and where it stands."""

import datetime as dt

import streamlit as st

from facilitation import domain, exercises, goal, omgevingsanalyse, session as meetings, trajectory
from facilitation.models import SessionState
from facilitation.ui import auth, data, params
from facilitation.ui.actions import stop_without_trajectory
from facilitation.ui.text import md_escape

STATE_ICONS = {SessionState.PLANNED: "🗓️", SessionState.OPEN: "🟢", SessionState.CLOSED: "✅"}


auth.require_staff()
trajectory_id = params.id_param("traject")
with data.read() as session:
    current = trajectory.get_trajectory(session, trajectory_id=trajectory_id) if trajectory_id else None
    if current is not None:
        sessions = meetings.list_sessions(session, trajectory_id=current.id)
        members = trajectory.composition(session, trajectory_id=current.id)
        priorities = domain.priority_domains(session, trajectory_id=current.id)
        goals = goal.goals(session, trajectory_id=current.id)
        goal_lines = [(g.text, len(g.children)) for g in goals]
        indicators = omgevingsanalyse.indicators(session, trajectory_id=current.id)

stop_without_trajectory(current)

st.title(f"📅 {md_escape(current.gemeente)}")
st.page_link("pages/exporteren.py", label="Exporteren: verslagen, nota aan het college, actieplan", icon="📤",
             query_params={"traject": str(current.id)})
st.caption(f"Beleidsperiode {current.period_start}-{current.period_end} · "
           f"{trajectory.MODE_LABELS[current.participation_mode]}")

st.header("Sessies")
if not sessions:
    st.info("Nog geen sessies. Plan hieronder de eerste stuurgroep.")
for meeting in sessions:
    with st.container(border=True):
        step = exercises.ROADMAP_STEPS.get(meeting.roadmap_step, meeting.roadmap_step)
        when = meeting.scheduled_on.strftime("%d/%m/%Y") if meeting.scheduled_on else "nog geen datum"
        state = meetings.STATE_LABELS[meeting.state]
        st.markdown(f"**{STATE_ICONS[meeting.state]} {md_escape(meeting.title)}**")
        details = [meetings.KIND_LABELS[meeting.kind], when, f"status: {state}", f"{len(meeting.exercises)} oefeningen"]
        if meeting.state is SessionState.OPEN and meeting.join_code:
            details.append(f"code {meeting.join_code}")
        info, action = st.columns([4, 1], vertical_alignment="center")
        info.caption(f"Roadmap: {step} · " + " · ".join(details))
        if action.button("Leiden", key=f"lead-{meeting.id}", icon="🎤", width="stretch"):
            st.switch_page("pages/sessie.py", query_params={"sessie": str(meeting.id)})

catalogue = exercises.catalogue()
with st.expander("➕ Sessie plannen"):
    with st.form("plan-session"):
        template_id = st.selectbox(
            "Soort sessie", list(catalogue.templates), format_func=lambda t: catalogue.templates[t].name.nl
        )
        day = st.date_input("Datum", value=dt.date.today(), format="DD/MM/YYYY")
        if st.form_submit_button("Sessie plannen", type="primary"):
            try:
                with data.write() as session:
                    meetings.plan_session(session, trajectory_id=current.id, template_id=template_id, scheduled_on=day)
            except meetings.SessionError as exc:
                st.error(str(exc))
            else:
                st.rerun()

left, right = st.columns(2)
with left:
    st.header("Stuurgroep")
    if members:
        st.table(
            [{"Rol": role, "Organisatie": organisation or "", "Aantal": count} for role, organisation, count in members]
        )
    else:
        st.caption("Nog geen leden ingevuld.")
with right:
    st.header("Prioritaire domeinen")
    links = st.columns(3)
    links[0].page_link("pages/visie.py", label="Visie en missie", icon="🧭", query_params={"traject": str(current.id)})
    links[1].page_link("pages/groeperen.py", label="Groeperen in domeinen", icon="🧩",
                       query_params={"traject": str(current.id)})
    links[2].page_link("pages/prioriteiten.py", label="Prioriteiten en werkgroepen", icon="⭐",
                       query_params={"traject": str(current.id)})
    if priorities:
        for d in priorities:
            kind = f" ({d.priority_kind.value})" if d.priority_kind else ""
            st.markdown(f"{d.icon} **{md_escape(d.name)}**{kind}")
    else:
        st.caption("Nog niet gekozen (stuurgroep 3).")
    st.header("Doelstellingen")
    links = st.columns(2)
    links[0].page_link("pages/doelen.py", label="SMART-doelstellingen", icon="🎯", query_params={"traject": str(current.id)})
    links[1].page_link("pages/actieplan.py", label="Actieplan", icon="📋", query_params={"traject": str(current.id)})
    if goal_lines:
        for text, n_children in goal_lines:
            st.markdown(f"- {md_escape(text)} · {n_children} operationele doelstelling(en)")
    else:
        st.caption("Nog geen doelstellingen (werkgroepen).")

if indicators:
    st.header("Omgevingsanalyse")
    st.dataframe(
        [{"Indicator": i.name, "Jaar": i.year, "Eenheid": i.unit or "", "Gemeente": i.value_gemeente,
          "Arrondissement": i.value_arrondissement, "Provincie": i.value_provincie,
          "Vlaams gewest": i.value_vlaams_gewest} for i in indicators],
        hide_index=True, width="stretch",
    )
