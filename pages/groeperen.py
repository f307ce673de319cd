"""Groeperen: the answers and essential elements of a trajectory, grouped into policy domains
(stuurgroep 3). Each item has a suggestion from transparent rules, with the words behind it."""

import streamlit as st

from facilitation import domain, live, trajectory
from facilitation.ui import auth, data, params
from facilitation.ui.actions import back_links, act, show_problem, stop_without_trajectory
from facilitation.ui.startup import require_exercises

auth.require_staff()
catalogue = require_exercises()
trajectory_id = params.id_param("traject")
UNGROUPED = 0




def assign(kind: str, item_id: int) -> None:
    chosen = st.session_state[f"assign-{kind}-{item_id}"]
    act(domain.assign, None, {"kind": kind, "item_id": item_id, "domain_id": chosen or None})


with data.read() as session:
    current = trajectory.get_trajectory(session, trajectory_id=trajectory_id) if trajectory_id else None
    set_id = live.active_domain_set_id(session, trajectory_id=current.id) if current else None
    domains = list(session.get(domain.DomainSet, set_id).domains) if set_id else []
    items = domain.items_to_group(session, trajectory_id=current.id, domain_set_id=set_id) if set_id else []

stop_without_trajectory(current)

st.title(f"🧩 Groeperen in domeinen · {current.gemeente}")
back_links(current.id, current.gemeente)
show_problem()

with st.expander("📚 Domeinenlijst kiezen", expanded=set_id is None):
    st.caption("Een traject krijgt een eigen kopie van een lijst: die kun je daarna aanpassen. "
               "De laatst gekozen lijst wordt gebruikt bij het groeperen en het stemmen.")
    choice = st.selectbox("Lijst", list(catalogue.domain_sets), format_func=lambda k: catalogue.domain_sets[k].name.nl)
    st.button("Deze lijst gebruiken", icon="✅", on_click=act,
              args=(domain.adopt_domain_set, "Domeinenlijst gekozen", {"trajectory_id": current.id, "source_key": choice}))
if set_id is None:
    st.stop()

names = {d.id: f"{d.icon} {d.name}" for d in domains}
options = [UNGROUPED, *names]
grouped = sum(1 for item in items if item.domain_id)
left, right = st.columns([3, 1], vertical_alignment="center")
left.markdown(f"**{grouped} van {len(items)}** antwoorden en elementen zijn gegroepeerd.")
right.button("Alle voorstellen overnemen", icon="🪄", width="stretch", on_click=act,
             args=(domain.accept_suggestions, "{result} voorstellen overgenomen",
                   {"trajectory_id": current.id, "domain_set_id": set_id}))

for item in items:
    with st.container(border=True):
        text_col, choice_col = st.columns([3, 2], vertical_alignment="center")
        text_col.caption(item.source + (" · essentieel element" if item.kind == "element" else ""))
        text_col.text(item.text)  # as typed: never Markdown or HTML
        if item.suggestion.domain_id and item.suggestion.domain_id != item.domain_id:
            text_col.caption(f"Voorstel: {names.get(item.suggestion.domain_id, '?')}, "
                             f"door de woorden: {', '.join(item.suggestion.words)}")
        choice_col.selectbox("Domein", options, index=options.index(item.domain_id or UNGROUPED),
                             key=f"assign-{item.kind}-{item.id}", label_visibility="collapsed",
                             format_func=lambda d: "— nog niet gegroepeerd —" if d == UNGROUPED else names[d],
                             on_change=assign, args=(item.kind, item.id))

st.header("Domeinen van deze lijst")
for d in domains:
    with st.expander(f"{d.icon} {d.name}"):
        with st.form(f"domain-{d.id}"):
            name = st.text_input("Naam", value=d.name)
            icon = st.text_input("Icoon", value=d.icon, max_chars=8)
            lemmas = st.text_area("Woorden voor voorstellen (gescheiden door spaties)", value=d.lemmas)
            if st.form_submit_button("Bewaren"):
                act(domain.update_domain, "Domein bewaard", {"domain_id": d.id, "name": name, "icon": icon,
                                                             "lemmas": lemmas})
                st.rerun()
        st.button("Domein verwijderen", key=f"remove-{d.id}", icon="🗑️", on_click=act,
                  args=(domain.remove_domain, "Domein verwijderd", {"domain_id": d.id}))
with st.form("new-domain", clear_on_submit=True):
    st.markdown("**➕ Eigen domein toevoegen**")
    name_col, icon_col = st.columns([4, 1])
    name = name_col.text_input("Naam van het domein")
    icon = icon_col.text_input("Icoon", value="🔹", max_chars=8)
    lemmas = st.text_input("Woorden voor voorstellen (gescheiden door spaties)")
    if st.form_submit_button("Toevoegen", type="primary"):
        act(domain.add_domain, "Domein toegevoegd", {"domain_set_id": set_id, "name": name, "icon": icon,
                                                     "lemmas": lemmas})
        st.rerun()
