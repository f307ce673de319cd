"""Actieplan: every action per domain and goal, filterable by domain, owner and status, on a
timeline; statuses and indicator measurements kept up to date."""

import datetime as dt

import plotly.express as px
import streamlit as st

from facilitation import domain, goal, trajectory
from facilitation.models import ActionStatus
from facilitation.ui import auth, data, params
from facilitation.ui.actions import back_links, act, show_problem, stop_without_trajectory

auth.require_staff()
trajectory_id = params.id_param("traject")
STATUS_LABELS = {ActionStatus.GEPLAND: "🗓️ gepland", ActionStatus.BEZIG: "🔨 bezig", ActionStatus.KLAAR: "✅ klaar",
                 ActionStatus.UITGESTELD: "⏸️ uitgesteld"}
ALL = "alle"

with data.read() as session:
    current = trajectory.get_trajectory(session, trajectory_id=trajectory_id) if trajectory_id else None
    if current is not None:
        priorities = domain.priority_domains(session, trajectory_id=current.id)
        owners = goal.action_owners(session, trajectory_id=current.id)
        operational = [(o.id, f"{s.text[:50]} › {o.text[:60]}") for s in goal.goals(session, trajectory_id=current.id)
                       for o in s.children]

stop_without_trajectory(current)




def change_status(action_id: int, version: int) -> None:
    act(goal.set_action_status, "Status bewaard", {"action_id": action_id, "expected_version": version,
                                                   "status": st.session_state[f"status-{action_id}"]})


st.title(f"📋 Actieplan · {current.gemeente}")
back_links(current.id, current.gemeente)
show_problem()

domain_names = {d.id: f"{d.icon} {d.name}" for d in priorities}
f1, f2, f3 = st.columns(3)
domain_filter = f1.selectbox("Domein", [ALL, *domain_names], format_func=lambda d: d if d == ALL else domain_names[d])
owner_filter = f2.selectbox("Trekker", [ALL, *owners])
status_filter = f3.selectbox("Status", [ALL, *ActionStatus], format_func=lambda s: s if s == ALL else STATUS_LABELS[s])
with data.read() as session:
    rows = goal.action_plan(
        session, trajectory_id=current.id,
        domain_id=None if domain_filter == ALL else domain_filter,
        owner=None if owner_filter == ALL else owner_filter,
        status=None if status_filter == ALL else status_filter,
    )

if not rows:
    st.info("Nog geen acties (met deze filters).")
else:
    st.dataframe(
        [{"Domein": r.domain, "Doelstelling": r.goal or r.strategic_goal, "Actie": r.what, "Trekker": r.owner or "",
          "Partners": r.partners or "", "Start": r.start_on, "Einde": r.end_on, "Status": STATUS_LABELS[r.status],
          "Indicatoren": "; ".join(f"{i.name}: {i.latest if i.latest is not None else '–'}"
                                   + (f" / {i.target:g}" if i.target is not None else "") for i in r.indicators)}
         for r in rows],
        hide_index=True,
    )
    dated = [r for r in rows if r.start_on and r.end_on]
    if dated:
        figure = px.timeline(
            [{"Actie": r.what[:60], "Start": r.start_on, "Einde": r.end_on, "Status": r.status.value} for r in dated],
            x_start="Start", x_end="Einde", y="Actie", color="Status",
        )
        figure.update_yaxes(autorange="reversed")
        st.plotly_chart(figure, key="timeline")
    st.subheader("Status en metingen")
    for r in rows:
        with st.expander(f"{STATUS_LABELS[r.status]} · {r.what[:80]}"):
            st.selectbox("Status", list(ActionStatus), index=list(ActionStatus).index(r.status),
                         format_func=STATUS_LABELS.get, key=f"status-{r.action_id}",
                         on_change=change_status, args=(r.action_id, r.version))
            for indicator in r.indicators:
                with st.form(f"measure-{indicator.id}", clear_on_submit=True):
                    st.markdown(f"**{indicator.name}** ({indicator.kind.value})")
                    day_col, value_col = st.columns(2)
                    day = day_col.date_input("Datum", value=dt.date.today(), format="DD/MM/YYYY")
                    value = value_col.number_input("Waarde", value=0.0)
                    if st.form_submit_button("Meting bewaren"):
                        act(goal.add_measurement, "Meting bewaard",
                            {"indicator_id": indicator.id, "measured_on": day, "value": value})
                        st.rerun()

with st.expander("➕ Actie toevoegen"):
    if not operational:
        st.caption("Maak eerst een operationele doelstelling.")
    else:
        with st.form("new-action", clear_on_submit=True):
            goal_id = st.selectbox("Operationele doelstelling", [g for g, _ in operational],
                                   format_func=dict(operational).get)
            what = st.text_area("Wat gebeurt er?")
            owner_col, partners_col = st.columns(2)
            owner = owner_col.text_input("Trekker (organisatie)")
            partners = partners_col.text_input("Partners")
            start_col, end_col = st.columns(2)
            start = start_col.date_input("Start", value=None, format="DD/MM/YYYY")
            end = end_col.date_input("Einde", value=None, format="DD/MM/YYYY")
            means = st.text_input("Middelen of budget")
            expected = st.text_input("Verwacht resultaat")
            if st.form_submit_button("Actie bewaren", type="primary"):
                act(goal.add_action, "Actie bewaard", {
                    "goal_id": goal_id, "what": what, "owner": owner or None, "partners": partners or None,
                    "start_on": start, "end_on": end, "means": means or None, "expected_result": expected or None})
                st.rerun()
