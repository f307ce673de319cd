"""Doelstellingen: per priority domain, strategic goals and SMART operational goals, each with the
words of parents and members that inspired it (werkgroep phase of the roadmap)."""

import datetime as dt

import streamlit as st

from facilitation import domain, goal, smart, trajectory
from facilitation.ui import auth, data, params
from facilitation.ui.actions import back_links, act, show_problem, stop_without_trajectory

auth.require_staff()
trajectory_id = params.id_param("traject")

with data.read() as session:
    current = trajectory.get_trajectory(session, trajectory_id=trajectory_id) if trajectory_id else None
    if current is not None:
        priorities = domain.priority_domains(session, trajectory_id=current.id)
        strategic = {d.id: goal.goals(session, trajectory_id=current.id, domain_id=d.id) for d in priorities}
        tree = {
            s.id: [(o, goal.smart_check(session, goal_id=o.id), goal.sources(session, goal_id=o.id))
                   for o in s.children]
            for goals_of_domain in strategic.values() for s in goals_of_domain
        }
        strategic_sources = {s.id: goal.sources(session, goal_id=s.id)
                             for goals_of_domain in strategic.values() for s in goals_of_domain}
        candidates = goal.candidate_sources(session, trajectory_id=current.id)

stop_without_trajectory(current)




def show_verdicts(verdicts) -> None:
    st.markdown(" ".join(f"{'✅' if v.met else '⏳'} **{v.letter}**" for v in verdicts))
    with st.expander("Waarom?"):
        for v in verdicts:
            st.markdown(f"{'✅' if v.met else '⏳'} **{v.name}**: {v.reason}")


def show_sources(sources) -> None:
    if sources:
        st.caption("Geïnspireerd door (anoniem):")
        for source in sources:
            st.text(f"💬 {source.text}  ({source.session_title})")


def edit_goal(goal_id: int, version: int) -> None:
    state = st.session_state
    act(goal.update_goal, "Doelstelling bewaard", {"goal_id": goal_id, "expected_version": version,
                                                    "text": state[f"text-{goal_id}"],
                                                    "owner": state.get(f"owner-{goal_id}") or None,
                                                    "deadline": state.get(f"deadline-{goal_id}")})


def add_operational(strategic_id: int) -> None:
    state = st.session_state
    added = act(goal.add_operational_goal, "Doelstelling toegevoegd", {
        "parent_id": strategic_id, "text": state.get(f"new-text-{strategic_id}", ""),
        "owner": state.get(f"new-owner-{strategic_id}") or None, "deadline": state.get(f"new-deadline-{strategic_id}"),
    })
    if added is not None:
        state[f"new-text-{strategic_id}"] = ""


def link(goal_id: int) -> None:
    chosen = st.session_state.get(f"sources-{goal_id}", [])
    act(goal.link_sources, "Bronnen gekoppeld", {
        "goal_id": goal_id,
        "contribution_ids": [i for kind, i in chosen if kind == goal.CONTRIBUTION],
        "element_ids": [i for kind, i in chosen if kind == goal.ELEMENT],
    })


st.title(f"🎯 Doelstellingen · {current.gemeente}")
back_links(current.id, current.gemeente)
show_problem()
if not priorities:
    st.info("Kies eerst de prioritaire domeinen (stuurgroep 3).")
    st.page_link("pages/prioriteiten.py", label="Prioriteiten", icon="⭐", query_params={"traject": str(current.id)})
    st.stop()

source_labels = {(s.kind, s.id): f"{'💬' if s.kind == goal.CONTRIBUTION else '•'} {s.text[:90]} ({s.session_title})"
                 for s in candidates}

for d in priorities:
    st.header(f"{d.icon} {d.name}")
    for strategic_goal in strategic[d.id]:
        with st.container(border=True):
            st.markdown(f"**Strategisch:** {strategic_goal.text}")
            show_sources(strategic_sources[strategic_goal.id])
            for operational, verdicts, sources in tree[strategic_goal.id]:
                with st.container(border=True):
                    st.markdown(f"**Operationeel:** {operational.text}")
                    show_verdicts(verdicts)
                    show_sources(sources)
                    with st.popover("Aanpassen", icon="✏️"):
                        st.text_area("Doelstelling", value=operational.text, key=f"text-{operational.id}")
                        typed = smart.check(st.session_state.get(f"text-{operational.id}", operational.text),
                                            owner=operational.owner, deadline=operational.deadline,
                                            period_start=current.period_start, period_end=current.period_end)
                        st.caption(" ".join(f"{'✅' if v.met else '⏳'}{v.letter}" for v in typed))
                        st.text_input("Trekker (organisatie)", value=operational.owner or "", key=f"owner-{operational.id}")
                        st.date_input("Deadline", value=operational.deadline, key=f"deadline-{operational.id}",
                                      format="DD/MM/YYYY")
                        st.button("Bewaren", key=f"save-{operational.id}", type="primary", on_click=edit_goal,
                                  args=(operational.id, operational.version))
                    with st.popover("Bronnen koppelen", icon="🔗"):
                        st.multiselect("Antwoorden en elementen", list(source_labels), format_func=source_labels.get,
                                       key=f"sources-{operational.id}")
                        st.button("Koppelen", key=f"link-{operational.id}", on_click=link, args=(operational.id,))
            # Outside a form, so the SMART letters follow the text as it is typed.
            sid = strategic_goal.id
            typed = st.text_area("Nieuwe operationele doelstelling (SMART)", key=f"new-text-{sid}",
                                 placeholder="Tegen eind 2027 daalt de schoolse vertraging bij ... met 50%")
            owner_col, deadline_col = st.columns(2)
            owner_col.text_input("Trekker (organisatie)", key=f"new-owner-{sid}")
            deadline_col.date_input("Deadline", value=None, format="DD/MM/YYYY", key=f"new-deadline-{sid}",
                                    min_value=dt.date(current.period_start, 1, 1),
                                    max_value=dt.date(current.period_end, 12, 31))
            if typed:
                for v in smart.check(typed, owner=st.session_state.get(f"new-owner-{sid}") or None,
                                     deadline=st.session_state.get(f"new-deadline-{sid}"),
                                     period_start=current.period_start, period_end=current.period_end):
                    st.markdown(f"{'✅' if v.met else '⏳'} **{v.name}**: {v.reason}")
            st.button("Toevoegen", key=f"add-op-{sid}", on_click=add_operational, args=(sid,))
    with st.form(f"new-strategic-{d.id}", clear_on_submit=True):
        text = st.text_input("Nieuwe strategische doelstelling (een ambitie voor de lange termijn)")
        if st.form_submit_button("Toevoegen"):
            act(goal.add_strategic_goal, "Strategische doelstelling toegevoegd",
                {"trajectory_id": current.id, "domain_id": d.id, "text": text})
            st.rerun()

with st.expander("🧪 SMART-hulp: probeer een zin"):
    sentence = st.text_area("Doelstelling", key="smart-try")
    if sentence:
        for v in smart.check(sentence, period_start=current.period_start, period_end=current.period_end):
            st.markdown(f"{'✅' if v.met else '⏳'} **{v.name}**: {v.reason}")
