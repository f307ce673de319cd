"""Actieplan: every action per domain and goal (who, with whom, when, with which means, what result
is expected), filterable by domain, owner and status, on a timeline; each action can be edited and
deleted, its status kept up to date. Indicators and their measurements are on /evaluatie."""

import html

import plotly.express as px
import streamlit as st

from facilitation import domain, goal, trajectory
from facilitation.models import ActionStatus
from facilitation.ui import auth, data, params
from facilitation.ui.actions import act, back_links, show_problem, stop_without_trajectory
from facilitation.text import LONG_TEXT
from facilitation.ui.text import md_escape

auth.require_staff()
trajectory_id = params.id_param("traject")
STATUS_LABELS = {ActionStatus.GEPLAND: "🗓️ gepland", ActionStatus.BEZIG: "🔨 bezig", ActionStatus.KLAAR: "✅ klaar",
                 ActionStatus.UITGESTELD: "⏸️ uitgesteld"}
ALL = "alle"
CONFIRM = "actieplan-confirm-delete"  # the action whose deletion waits for a second click
# The fields of an action form: key and label.
TEXT_FIELDS = {"owner": "Trekker (organisatie)", "partners": "Partners", "means": "Middelen of budget",
               "expected_result": "Verwacht resultaat"}
MAX_CHARS = {name: longest for name, (_what, longest) in goal.ACTION_TEXTS.items()}

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


def save_action(action_id: int, version: int) -> None:
    state = st.session_state
    fields = {name: state.get(f"{name}-{action_id}") or None for name in TEXT_FIELDS}
    act(goal.update_action, "Actie bewaard", {
        "action_id": action_id, "expected_version": version, "what": state.get(f"what-{action_id}", ""),
        "start_on": state.get(f"start-{action_id}"), "end_on": state.get(f"end-{action_id}"), **fields})


def ask_delete(action_id: int) -> None:
    st.session_state[CONFIRM] = action_id


def delete_action(action_id: int, version: int) -> None:
    st.session_state.pop(CONFIRM, None)
    act(goal.delete_action, "Actie verwijderd", {"action_id": action_id, "expected_version": version})


def action_form(r) -> None:
    """Every field of an action; saved from the version this screen saw (a Conflict otherwise)."""
    with st.form(f"edit-action-{r.action_id}", enter_to_submit=False):
        st.text_area("Wat gebeurt er?", value=r.what, key=f"what-{r.action_id}", max_chars=LONG_TEXT)
        owner_col, partners_col = st.columns(2)
        owner_col.text_input(TEXT_FIELDS["owner"], value=r.owner or "", key=f"owner-{r.action_id}",
                             max_chars=MAX_CHARS["owner"])
        partners_col.text_input(TEXT_FIELDS["partners"], value=r.partners or "", key=f"partners-{r.action_id}",
                                max_chars=MAX_CHARS["partners"])
        start_col, end_col = st.columns(2)
        start_col.date_input("Start", value=r.start_on, format="DD/MM/YYYY", key=f"start-{r.action_id}")
        end_col.date_input("Einde", value=r.end_on, format="DD/MM/YYYY", key=f"end-{r.action_id}")
        st.text_input(TEXT_FIELDS["means"], value=r.means or "", key=f"means-{r.action_id}",
                      max_chars=MAX_CHARS["means"])
        st.text_input(TEXT_FIELDS["expected_result"], value=r.expected_result or "",
                      key=f"expected_result-{r.action_id}", max_chars=MAX_CHARS["expected_result"])
        st.form_submit_button("Wijzigingen bewaren", type="primary", on_click=save_action,
                              args=(r.action_id, r.version))


def delete_controls(r) -> None:
    if st.session_state.get(CONFIRM) != r.action_id:
        st.button("Actie verwijderen", key=f"delete-{r.action_id}", icon="🗑️", on_click=ask_delete,
                  args=(r.action_id,))
        return
    st.warning("Deze actie verwijderen, met haar indicatoren en metingen?", icon="🗑️")
    yes, no = st.columns(2)
    yes.button("Ja, verwijderen", key=f"confirm-delete-{r.action_id}", type="primary", on_click=delete_action,
               args=(r.action_id, r.version))
    no.button("Nee, houden", key=f"cancel-delete-{r.action_id}", on_click=st.session_state.pop, args=(CONFIRM, None))


def indicator_summary(r) -> str:
    return "; ".join(f"{i.name}: {i.latest if i.latest is not None else '–'}"
                     + (f" / {i.target:g}" if i.target is not None else "") for i in r.indicators)


back_links(current.id, current.gemeente)
st.title(f"📋 Actieplan · {md_escape(current.gemeente)}")
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
    # What is done, by whom, with what and to which end first; the domain and goal it serves after.
    st.dataframe(
        [{"Actie": r.what, "Trekker": r.owner or "", "Middelen": r.means or "",
          "Verwacht resultaat": r.expected_result or "", "Status": STATUS_LABELS[r.status],
          "Start": f"{r.start_on:%d/%m/%Y}" if r.start_on else "", "Einde": f"{r.end_on:%d/%m/%Y}" if r.end_on else "", "Partners": r.partners or "", "Doelstelling": r.goal or r.strategic_goal,
          "Domein": r.domain, "Indicatoren": indicator_summary(r)}
         for r in rows],
        hide_index=True,
        column_config={name: st.column_config.Column(width="medium")
                       for name in ("Actie", "Middelen", "Verwacht resultaat", "Doelstelling")},
    )
    dated = [r for r in rows if r.start_on and r.end_on]
    if dated:
        figure = px.timeline(
            [{"Actie": html.escape(r.what[:60]), "Start": r.start_on, "Einde": r.end_on, "Status": r.status.value} for r in dated],
            x_start="Start", x_end="Einde", y="Actie", color="Status",
        )
        figure.update_yaxes(autorange="reversed")
        figure.update_layout(height=140 + 40 * len(dated))
        st.plotly_chart(figure, key="timeline")
    st.subheader("Acties aanpassen")
    st.page_link("pages/evaluatie.py", label="Indicatoren en metingen: naar Evaluatie", icon="📈",
                 query_params={"traject": str(current.id)})
    for r in rows:
        with st.expander(f"{STATUS_LABELS[r.status]} · {md_escape(r.what[:80])}"):
            st.selectbox("Status", list(ActionStatus), index=list(ActionStatus).index(r.status),
                         format_func=STATUS_LABELS.get, key=f"status-{r.action_id}",
                         on_change=change_status, args=(r.action_id, r.version))
            action_form(r)
            delete_controls(r)

with st.expander("➕ Actie toevoegen"):
    if not operational:
        st.caption("Maak eerst een operationele doelstelling.")
    else:
        with st.form("new-action", clear_on_submit=True, enter_to_submit=False):
            goal_id = st.selectbox("Operationele doelstelling", [g for g, _ in operational],
                                   format_func=dict(operational).get, placeholder="Kies een doelstelling")
            what = st.text_area("Wat gebeurt er?", key="new-what", max_chars=LONG_TEXT)
            owner_col, partners_col = st.columns(2)
            owner = owner_col.text_input(TEXT_FIELDS["owner"], key="new-owner", max_chars=MAX_CHARS["owner"])
            partners = partners_col.text_input(TEXT_FIELDS["partners"], key="new-partners",
                                               max_chars=MAX_CHARS["partners"])
            start_col, end_col = st.columns(2)
            start = start_col.date_input("Start", value=None, format="DD/MM/YYYY", key="new-start")
            end = end_col.date_input("Einde", value=None, format="DD/MM/YYYY", key="new-end")
            means = st.text_input(TEXT_FIELDS["means"], key="new-means", max_chars=MAX_CHARS["means"])
            expected = st.text_input(TEXT_FIELDS["expected_result"], key="new-expected_result",
                                     max_chars=MAX_CHARS["expected_result"])
            if st.form_submit_button("Actie bewaren", type="primary"):
                act(goal.add_action, "Actie bewaard", {
                    "goal_id": goal_id, "what": what, "owner": owner or None, "partners": partners or None,
                    "start_on": start, "end_on": end, "means": means or None, "expected_result": expected or None})
                st.rerun()
