"""Evaluatie (roadmap steps 9-10): output and outcome indicators on the goals and actions, their
measurements over time and the way toward each target in a chart; and what the signaalgroep said
in its resultaatmeting."""

import datetime as dt
import html

import plotly.graph_objects as go
import streamlit as st

from facilitation import evaluation, goal, trajectory
from facilitation.models import IndicatorKind, ParticipantGroup
from facilitation.ui import auth, data, params
from facilitation.ui.actions import act, back_links, show_problem, stop_without_trajectory
from facilitation.text import LONG_TEXT
from facilitation.ui.text import md_escape

auth.require_staff()
trajectory_id = params.id_param("traject")
CONFIRM = "evaluatie-confirm-delete"  # the indicator whose deletion waits for a second click
STATUS_ICONS = {evaluation.REACHED: "🏁", evaluation.ON_TRACK: "🟢", evaluation.BEHIND: "🟠",
                evaluation.OVERDUE: "🔴", evaluation.NO_MEASUREMENT: "⚪"}
GROUP_LABELS = {ParticipantGroup.OUDER: "ouders", ParticipantGroup.PROFESSIONAL: "organisaties",
                ParticipantGroup.BELEID: "beleid", ParticipantGroup.ZEG_IK_LIEVER_NIET: "zeg ik liever niet",
                None: "niet gezegd"}

with data.read() as session:
    current = trajectory.get_trajectory(session, trajectory_id=trajectory_id) if trajectory_id else None
    if current is not None:
        progress = evaluation.indicator_progress(session, trajectory_id=current.id)
        measured = {p.id: [(m.id, m.measured_on, m.value, m.note)
                           for m in evaluation.measurements(session, indicator_id=p.id)] for p in progress}
        # What an indicator can hang on: every goal and action of the trajectory, as a tree.
        links: dict[str, str] = {}  # "goal-ID" or "action-ID": its label, indented as in the tree
        names: dict[str, str] = {}  # the same without the indentation
        for strategic in goal.goals(session, trajectory_id=current.id):
            for level, item in [(0, strategic), *((1, o) for o in strategic.children)]:
                names[f"goal-{item.id}"] = f"🎯 {item.text[:80]}"
                names |= {f"action-{a.id}": f"🔧 {a.what[:80]}" for a in item.actions}
                links[f"goal-{item.id}"] = "› " * level + names[f"goal-{item.id}"]
                links |= {f"action-{a.id}": "› " * (level + 1) + names[f"action-{a.id}"] for a in item.actions}
        answers = evaluation.resultaatmeting(session, trajectory_id=current.id)
        per_group = evaluation.resultaatmeting_per_group(session, trajectory_id=current.id)

stop_without_trajectory(current)


def number(value: float | None, unit: str | None = None) -> str:
    if value is None:
        return "–"
    return f"{value:g}".replace(".", ",") + ("" if not unit else unit if unit == "%" else f" {unit}")


def link_key(p) -> str:
    return f"goal-{p.goal_id}" if p.goal_id is not None else f"action-{p.action_id}"


def link_of(key: str | None) -> dict:
    kind, _, item = (key or "").partition("-")
    return {"goal_id": int(item) if kind == "goal" else None, "action_id": int(item) if kind == "action" else None}


def indicator_fields(prefix: str) -> dict:
    state = st.session_state
    return {"kind": state.get(f"{prefix}-kind"), "name": state.get(f"{prefix}-name", ""),
            "unit": state.get(f"{prefix}-unit"), "baseline": state.get(f"{prefix}-baseline"),
            "target": state.get(f"{prefix}-target"), "deadline": state.get(f"{prefix}-deadline"),
            **link_of(state.get(f"{prefix}-link"))}


def add_indicator() -> None:
    act(evaluation.add_indicator, "Indicator toegevoegd",
        {"trajectory_id": current.id, **indicator_fields("new-indicator")})


def save_indicator(indicator_id: int) -> None:
    act(evaluation.update_indicator, "Indicator bewaard",
        {"trajectory_id": current.id, "indicator_id": indicator_id, **indicator_fields(f"indicator-{indicator_id}")})


def ask_delete(indicator_id: int) -> None:
    st.session_state[CONFIRM] = indicator_id


def delete_indicator(indicator_id: int) -> None:
    st.session_state.pop(CONFIRM, None)
    act(evaluation.delete_indicator, "Indicator verwijderd", {"indicator_id": indicator_id})


def add_measurement(indicator_id: int) -> None:
    state = st.session_state
    prefix = f"measure-{indicator_id}"
    act(evaluation.add_measurement, "Meting bewaard", {
        "indicator_id": indicator_id, "measured_on": state.get(f"{prefix}-day"), "value": state.get(f"{prefix}-value"),
        "note": state.get(f"{prefix}-note")})


def indicator_form(prefix: str, p=None) -> None:
    """The fields of an indicator, inside a form (new one, or p to edit)."""
    kinds = list(IndicatorKind)
    st.radio("Soort", kinds, index=kinds.index(p.kind) if p else 0, format_func=evaluation.INDICATOR_LABELS.get,
             key=f"{prefix}-kind", horizontal=True)
    name_col, unit_col = st.columns([3, 1])
    name_col.text_input("Naam", value=p.name if p else "", key=f"{prefix}-name", max_chars=evaluation.NAME_MAX,
                        placeholder="Aantal kinderen met een vrijetijdspas")
    unit_col.text_input("Eenheid", value=(p.unit or "") if p else "", key=f"{prefix}-unit", placeholder="kinderen",
                        max_chars=evaluation.UNIT_MAX)
    baseline_col, target_col, deadline_col = st.columns(3)
    baseline_col.number_input("Beginwaarde", value=p.baseline if p else None, key=f"{prefix}-baseline",
                              placeholder="bv. 20")
    target_col.number_input("Streefwaarde", value=p.target if p else None, key=f"{prefix}-target",
                            placeholder="bv. 10")
    deadline_col.date_input("Deadline", value=p.deadline if p else None, format="DD/MM/YYYY",
                            key=f"{prefix}-deadline")
    current_link = link_key(p) if p else None
    options = list(links)
    st.selectbox("Hoort bij", options, index=options.index(current_link) if current_link in options else None,
                 format_func=links.get, key=f"{prefix}-link", placeholder="Kies een doelstelling of actie")


def chart(p) -> go.Figure:
    """The measurements over time, with the baseline, the target and the deadline."""
    figure = go.Figure()
    if p.measurements:
        days, values = zip(*p.measurements, strict=True)
        figure.add_scatter(x=list(days), y=list(values), mode="lines+markers", name="metingen",
                           line={"color": "#1f6f8b", "width": 3}, marker={"size": 10})
    if p.baseline is not None:
        figure.add_hline(y=p.baseline, line_dash="dot", line_color="#888888", annotation_text="beginwaarde",
                         annotation_position="bottom left")
    if p.target is not None:
        figure.add_hline(y=p.target, line_dash="dash", line_color="#2e8b57", annotation_text="streefwaarde",
                         annotation_position="top left")
    if p.deadline is not None:
        # A shape and a separate label: plotly's add_vline cannot label a date axis.
        figure.add_shape(type="line", x0=p.deadline, x1=p.deadline, y0=0, y1=1, yref="paper",
                         line={"color": "#e07a1f", "dash": "dash"})
        figure.add_annotation(x=p.deadline, y=1, yref="paper", text="deadline", showarrow=False, yanchor="bottom")
    figure.update_layout(height=320, margin={"l": 10, "r": 10, "t": 30, "b": 10}, showlegend=False,
                         plot_bgcolor="white", yaxis_title=html.escape(p.unit or ""), xaxis={"type": "date"})
    return figure


back_links(current.id, current.gemeente)
st.title(f"📈 Evaluatie · {md_escape(current.gemeente)}")
show_problem()
st.caption("Outputindicatoren tellen wat je bereikt (hoeveel gezinnen, kinderen); outcome-indicatoren meten het "
           "effect. Elke indicator hoort bij één doelstelling of één actie.")

st.header("Indicatoren")
if not links:
    st.info("Maak eerst doelstellingen en acties: een indicator hoort bij één doelstelling of één actie.")
    st.page_link("pages/doelen.py", label="Doelstellingen", icon="🎯", query_params={"traject": str(current.id)})
elif not progress:
    st.info("Nog geen indicatoren. Voeg er hieronder een toe.")

for p in progress:
    with st.container(border=True):
        icon = STATUS_ICONS.get(p.status, "🔵")
        st.subheader(md_escape(p.name))
        st.caption(md_escape(f"{evaluation.INDICATOR_LABELS[p.kind]} · hoort bij: {names.get(link_key(p), '')}"))
        unit = f" ({md_escape(p.unit)})" if p.unit else ""
        figures = st.columns(4)
        figures[0].metric(f"Beginwaarde{unit}", number(p.baseline))
        figures[1].metric(f"Laatste meting{unit}", number(p.latest))
        figures[2].metric(f"Streefwaarde{unit}", number(p.target))
        figures[3].metric("Deadline", p.deadline.strftime("%d/%m/%Y") if p.deadline else "–")
        st.markdown(f"{icon} **{p.status}**")
        if p.progress is not None:
            st.progress(min(max(p.progress, 0.0), 1.0), text=f"{p.progress:.0%} van de weg naar de streefwaarde")
        if p.measurements or p.target is not None:
            st.plotly_chart(chart(p), key=f"chart-{p.id}")
        with st.expander(f"Metingen ({len(measured[p.id])})"):
            for measurement_id, day, value, note in measured[p.id]:
                day_col, value_col, note_col, delete_col = st.columns([2, 2, 5, 1])
                day_col.text(day.strftime("%d/%m/%Y"))
                value_col.text(number(value, p.unit))
                note_col.text(note or "")
                delete_col.button("🗑️", key=f"delete-measurement-{measurement_id}", help="Deze meting verwijderen",
                                  on_click=act, args=(evaluation.delete_measurement, "Meting verwijderd",
                                                      {"measurement_id": measurement_id}))
            with st.form(f"measure-{p.id}", clear_on_submit=True, enter_to_submit=False):
                day_col, value_col = st.columns(2)
                day_col.date_input("Datum", value=dt.date.today(), format="DD/MM/YYYY", key=f"measure-{p.id}-day")
                value_col.number_input("Waarde", value=None, key=f"measure-{p.id}-value", placeholder="bv. 35")
                st.text_input("Opmerking (mag leeg)", key=f"measure-{p.id}-note", max_chars=LONG_TEXT)
                st.form_submit_button("Meting bewaren", type="primary", on_click=add_measurement, args=(p.id,))
        with st.expander("Indicator aanpassen"):
            with st.form(f"edit-indicator-{p.id}", enter_to_submit=False):
                indicator_form(f"indicator-{p.id}", p)
                st.form_submit_button("Wijzigingen bewaren", on_click=save_indicator, args=(p.id,))
        if st.session_state.get(CONFIRM) != p.id:
            st.button("Indicator verwijderen", key=f"delete-{p.id}", icon="🗑️", on_click=ask_delete, args=(p.id,))
        else:
            st.warning(f"Deze indicator verwijderen, met {len(measured[p.id])} meting(en)?", icon="🗑️")
            yes, no = st.columns(2)
            yes.button("Ja, verwijderen", key=f"confirm-delete-{p.id}", type="primary", on_click=delete_indicator,
                       args=(p.id,))
            no.button("Nee, houden", key=f"cancel-delete-{p.id}", on_click=st.session_state.pop, args=(CONFIRM, None))

if links:
    with st.expander("➕ Indicator toevoegen", expanded=not progress):
        with st.form("new-indicator", clear_on_submit=True, enter_to_submit=False):
            indicator_form("new-indicator")
            st.form_submit_button("Indicator bewaren", type="primary", on_click=add_indicator)

st.header("Resultaatmeting van de signaalgroep")
st.caption("Wat kan, doet, durft, wil of weet je nu meer, minder of anders dan voorheen? De antwoorden staan hier "
           "zonder naam; wat verborgen werd, staat er niet bij.")
if not answers:
    st.info("Nog geen antwoorden. Plan een sessie ‘Signaalgroep: resultaatmeting’ bij het traject.")
else:
    if per_group:
        st.markdown("Antwoorden per groep (alleen groepen met minstens 3 antwoorden): "
                    + ", ".join(f"{GROUP_LABELS[g]}: {n}" for g, n in per_group.items()))
    st.caption(f"{len(answers)} antwoorden, oudste eerst")
    for answer in answers:
        st.text(f"💬 {answer}")
