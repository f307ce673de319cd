"""One trajectory: where it stands on the roadmap (omgevingsanalyse, stuurgroep, sessions in roadmap
order, priority domains, goals), the way to each step's page, and its name, period and the way
parents take part, which can be changed."""

import datetime as dt

import streamlit as st

from facilitation import domain, exercises, goal, omgevingsanalyse, session as meetings, trajectory
from facilitation.models import ParticipationMode, SessionState
from facilitation.ui import auth, data, params
from facilitation.ui.actions import act, show_problem, stop_without_trajectory
from facilitation.ui.text import md_escape

STATE_ICONS = {SessionState.PLANNED: "🗓️", SessionState.OPEN: "🟢", SessionState.CLOSED: "✅"}


auth.require_staff()
trajectory_id = params.id_param("traject")
with data.read() as session:
    current = trajectory.get_trajectory(session, trajectory_id=trajectory_id) if trajectory_id else None
    if current is not None:
        sessions = meetings.list_sessions(session, trajectory_id=current.id)
        members = trajectory.composition(session, trajectory_id=current.id)
        parents = trajectory.parent_count(session, trajectory_id=current.id)
        hints = trajectory.composition_hints(session, trajectory_id=current.id)
        analysis = omgevingsanalyse.summary(session, trajectory_id=current.id)
        priorities = domain.priority_domains(session, trajectory_id=current.id)
        goals = goal.goals(session, trajectory_id=current.id)
        goal_lines = [(g.text, len(g.children)) for g in goals]
        indicators = omgevingsanalyse.indicators(session, trajectory_id=current.id)

stop_without_trajectory(current)
here = {"traject": str(current.id)}


def save_trajectory() -> None:
    state = st.session_state
    act(trajectory.update_trajectory, "Traject bewaard", {
        "trajectory_id": current.id, "gemeente": state["edit-gemeente"], "period_start": int(state["edit-start"]),
        "period_end": int(state["edit-end"]), "participation_mode": state["edit-mode"],
    })


def plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


st.page_link("pages/trajecten.py", label="Trajecten", icon="🗺️")
st.title(f"📅 {md_escape(current.gemeente)}")
st.caption(f"Beleidsperiode {current.period_start}-{current.period_end} · "
           f"{trajectory.MODE_LABELS[current.participation_mode]}")
show_problem()
links = st.columns([1.3, 1, 1, 1.7, 1])
links[0].page_link("pages/omgevingsanalyse.py", label="Omgevingsanalyse", icon="📊", query_params=here)
links[1].page_link("pages/stuurgroep.py", label="Stuurgroep", icon="👥", query_params=here)
links[2].page_link("pages/vragen.py", label="Eigen vragen", icon="❓", query_params=here)
links[3].page_link("pages/evaluatie.py", label="Indicatoren en evaluatie", icon="📈", query_params=here)
links[4].page_link("pages/exporteren.py", label="Exporteren", icon="📤", query_params=here)

with st.expander("✏️ Traject aanpassen"):
    with st.form("edit-trajectory", enter_to_submit=False):
        st.text_input("Gemeente", value=current.gemeente, max_chars=120, key="edit-gemeente")
        start_col, end_col = st.columns(2)
        start_col.number_input("Beleidsperiode van", 2000, 2100, current.period_start, step=1, key="edit-start")
        end_col.number_input("tot", 2000, 2100, current.period_end, step=1, key="edit-end")
        modes = list(ParticipationMode)
        st.radio("Hoe nemen ouders deel?", modes, index=modes.index(current.participation_mode),
                 format_func=trajectory.MODE_LABELS.get, key="edit-mode")
        st.form_submit_button("Bewaren", type="primary", icon="💾", on_click=save_trajectory)

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

PLAN_OPEN = "plan-session-open"  # the expander's state: closed again once a session is planned


def plan_session() -> None:
    state = st.session_state
    try:
        with data.write() as session:
            planned = meetings.plan_session(session, trajectory_id=current.id, template_id=state["plan-template"],
                                            scheduled_on=state["plan-day"])
            state["_planned"] = (planned.title, planned.scheduled_on)
    except meetings.SessionError as exc:
        state["_plan-problem"] = str(exc)
    else:
        state[PLAN_OPEN] = False


if planned := st.session_state.pop("_planned", None):  # right under the list that now holds it
    title, day = planned
    st.success(f"Gepland: **{md_escape(title)}**" + (f" op {day:%d/%m/%Y}" if day else "")
               + ". De sessie staat in de lijst hierboven.", icon="🗓️")
catalogue = exercises.catalogue()
with st.expander("➕ Sessie plannen", key=PLAN_OPEN, on_change="rerun"):
    if problem := st.session_state.pop("_plan-problem", None):
        st.error(md_escape(problem), icon="⚠️")
    with st.form("plan-session", enter_to_submit=False):
        st.selectbox("Soort sessie", list(catalogue.templates), format_func=lambda t: catalogue.templates[t].name.nl,
                     key="plan-template")
        st.date_input("Datum", value=dt.date.today(), format="DD/MM/YYYY", key="plan-day")
        st.form_submit_button("Sessie plannen", type="primary", on_click=plan_session)

left, right = st.columns(2)
with left:
    st.header("Stuurgroep")
    st.page_link("pages/stuurgroep.py", label="Stuurgroep samenstellen", icon="👥", query_params=here)
    if members:
        total = sum(count for _role, _organisation, count in members)
        st.caption(f"{plural(total, 'persoon', 'personen')}, van wie {plural(parents, 'ouder', 'ouders')} "
                   "(alleen een aantal)")
        st.table(
            [{"Rol": role, "Organisatie": md_escape(organisation or ""), "Aantal": count}  # cells are Markdown
             for role, organisation, count in members]
        )
    else:
        st.caption("Nog geen leden ingevuld.")
    for hint in hints:
        st.caption(f"🧭 {hint}")
with right:
    st.header("Prioritaire domeinen")
    with st.container(horizontal=True):  # each link as wide as its label, on a next row when needed
        st.page_link("pages/visie.py", label="Visie en missie", icon="🧭", query_params=here)
        st.page_link("pages/groeperen.py", label="Groeperen in domeinen", icon="🧩", query_params=here)
        st.page_link("pages/prioriteiten.py", label="Prioriteiten en werkgroepen", icon="⭐", query_params=here)
    if priorities:
        for d in priorities:
            kind = f" ({d.priority_kind.value})" if d.priority_kind else ""
            st.markdown(f"{md_escape(d.icon)} **{md_escape(d.name)}**{kind}")
    else:
        st.caption("Nog niet gekozen (stuurgroep 3).")
    st.header("Doelstellingen")
    with st.container(horizontal=True):
        st.page_link("pages/doelen.py", label="SMART-doelstellingen", icon="🎯", query_params=here)
        st.page_link("pages/actieplan.py", label="Actieplan", icon="📋", query_params=here)
    if goal_lines:
        for text, n_children in goal_lines:
            st.markdown(f"- {md_escape(text)} · {n_children} operationele doelstelling(en)")
    else:
        st.caption("Nog geen doelstellingen (werkgroepen).")

st.header("Omgevingsanalyse")
st.page_link("pages/omgevingsanalyse.py", label="Indicatoren en inventaris", icon="📊", query_params=here)
if not analysis.indicators and not analysis.inventory_items:
    st.caption("Nog geen indicatoren en nog niets in de inventaris (roadmap stap 2).")
else:
    years = (f" ({analysis.first_year}-{analysis.last_year})" if analysis.first_year != analysis.last_year
             else f" ({analysis.first_year})") if analysis.first_year else ""
    facts = [plural(analysis.indicators, "indicator", "indicatoren") + years,
             plural(analysis.inventory_items, "bestaande actie", "bestaande acties") + " in "
             + plural(analysis.inventory_domains, "domein", "domeinen")]
    st.caption(" · ".join(facts))
    if analysis.above_vlaams_gewest:
        st.caption("Hoger dan in het Vlaams Gewest: " + ", ".join(md_escape(n) for n in analysis.above_vlaams_gewest))
if indicators:
    st.dataframe(
        omgevingsanalyse.table_rows(indicators, gemeente=current.gemeente),
        hide_index=True, width="stretch",
    )
