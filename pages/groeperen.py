"""Groeperen: the answers and essential elements of a trajectory, grouped into policy domains
(stuurgroep 3). Each item gets up to three suggestions from the grouping assistant, best first,
with a score and the reason (the words, or an answer already placed there); one click places it.
"Alle voorstellen overnemen" takes only the confident ones. Answers that fit nowhere may become a
new domain."""

import streamlit as st

from facilitation import domain, grouping, live, trajectory
from facilitation.ui import auth, data, params
from facilitation.ui.actions import act, back_links, show_problem, stop_without_trajectory
from facilitation.ui.startup import require_exercises
from facilitation.ui.text import md_escape

auth.require_staff()
catalogue = require_exercises()
trajectory_id = params.id_param("traject")
UNGROUPED = 0
ALL, NOT_GROUPED = "alles", "nog niet gegroepeerd"


def assign(kind: str, item_id: int) -> None:
    chosen = st.session_state[f"assign-{kind}-{item_id}"]
    act(domain.assign, None, {"kind": kind, "item_id": item_id, "domain_id": chosen or None})


def take(kind: str, item_id: int, domain_id: int) -> None:
    st.session_state.pop(f"assign-{kind}-{item_id}", None)  # the select box follows the database
    act(domain.assign, None, {"kind": kind, "item_id": item_id, "domain_id": domain_id})


with data.read() as session:
    current = trajectory.get_trajectory(session, trajectory_id=trajectory_id) if trajectory_id else None
    set_id = live.active_domain_set_id(session, trajectory_id=current.id) if current else None
    domains = list(session.get(domain.DomainSet, set_id).domains) if set_id else []
    items = domain.items_to_group(session, trajectory_id=current.id, domain_set_id=set_id) if set_id else []

stop_without_trajectory(current)

back_links(current.id, current.gemeente)
st.title(f"🧩 Groeperen in domeinen · {md_escape(current.gemeente)}")
show_problem()

with st.expander("📚 Domeinenlijst kiezen", expanded=set_id is None):
    st.caption("Een traject krijgt een eigen kopie van een lijst: die kun je daarna aanpassen. "
               "De laatst gekozen lijst wordt gebruikt bij het groeperen en het stemmen.")
    choice = st.selectbox("Lijst", list(catalogue.domain_sets), placeholder="Kies een lijst",
                          format_func=lambda k: catalogue.domain_sets[k].name.nl)
    st.button("Deze lijst gebruiken", icon="✅", on_click=act,
              args=(domain.adopt_domain_set, "Domeinenlijst gekozen", {"trajectory_id": current.id, "source_key": choice}))
if set_id is None:
    st.stop()

names = {d.id: f"{d.icon} {d.name}" for d in domains}
options = [UNGROUPED, *names]
open_items = [item for item in items if item.domain_id is None]
confident = sum(1 for item in open_items if item.suggestions.confident)
left, right = st.columns([3, 1], vertical_alignment="center")
left.markdown(f"**{len(items) - len(open_items)} van {len(items)}** antwoorden en elementen zijn gegroepeerd. "
              f"Van de {len(open_items)} andere hebben er {confident} een zeker voorstel.")
right.button("Alle voorstellen overnemen", icon="🪄", width="stretch", on_click=act,
             help="Neemt alleen de zekere voorstellen over. De andere laten we aan jou over.",
             args=(domain.accept_suggestions,
                   "{result.accepted} voorstellen overgenomen; {result.left} laten we aan jou over",
                   {"trajectory_id": current.id, "domain_set_id": set_id}))

# Stable labels: a label that changed with the counts would reset the filter after every placement.
shown = st.radio("Toon", [ALL, NOT_GROUPED], horizontal=True, key="groeperen-filter", format_func=str.capitalize)
for item in open_items if shown == NOT_GROUPED else items:
    with st.container(border=True):
        text_col, choice_col = st.columns([3, 2], vertical_alignment="center")
        text_col.caption(md_escape(item.source + (" · essentieel element" if item.kind == "element" else "")))
        text_col.text(item.text)  # as typed: never Markdown or HTML
        ranked = [s for s in item.suggestions.ranked if s.domain_id != item.domain_id] if item.domain_id is None \
            else [s for s in item.suggestions.ranked[:1] if s.domain_id != item.domain_id]
        for rank, suggestion in enumerate(ranked):
            label = f"{names.get(suggestion.domain_id, '?')} · {round(100 * suggestion.score)}%"
            if rank == 0:
                lead = "Voorstel (zeker)" if item.suggestions.confident and item.domain_id is None else "Voorstel"
            else:
                lead = "Of, even sterk" if suggestion.score == ranked[0].score else "Of"
            text_col.caption(f"{lead}: {md_escape(label)}, {suggestion.reason(md_escape)}")
        if ranked:
            buttons = choice_col.columns(len(ranked))
            for column, suggestion in zip(buttons, ranked):
                column.button(md_escape(names.get(suggestion.domain_id, "?")), key=f"take-{item.kind}-{item.id}-{suggestion.domain_id}",
                              help="In dit domein zetten", width="stretch", on_click=take,
                              args=(item.kind, item.id, suggestion.domain_id))
        elif item.domain_id is None:
            text_col.caption("Geen voorstel: dit antwoord past in geen enkel domein goed.")
        choice_col.selectbox("Domein", options, index=options.index(item.domain_id or UNGROUPED),
                             key=f"assign-{item.kind}-{item.id}", label_visibility="collapsed",
                             placeholder="Kies een domein",
                             format_func=lambda d: "— nog niet gegroepeerd —" if d == UNGROUPED else names[d],
                             on_change=assign, args=(item.kind, item.id))
if shown == NOT_GROUPED and not open_items:
    st.success("Alles is gegroepeerd.", icon="✅")

unfit = [item.text for item in open_items if not item.suggestions.fits]
proposal = grouping.propose_new_domain(unfit)
if proposal is not None:
    st.header("Een nieuw domein?")
    st.markdown(f"{len(proposal.texts)} antwoorden passen in geen enkel domein goed en delen de woorden "
                f"**{md_escape(', '.join(proposal.words))}**. Wil de groep er een eigen domein van maken?")
    with st.form("proposed-domain", clear_on_submit=True, enter_to_submit=False):
        name_col, icon_col = st.columns([4, 1])
        name = name_col.text_input("Naam van het nieuwe domein", value=proposal.name, max_chars=domain.NAME_MAX)
        icon = icon_col.text_input("Icoon", value="🔹", max_chars=8, key="proposed-icon")
        lemmas = st.text_input("Woorden voor voorstellen", value=" ".join(proposal.words),
                               max_chars=domain.LEMMAS_MAX)
        if st.form_submit_button("Dit domein toevoegen", type="primary"):
            act(domain.add_domain, "Domein toegevoegd", {"domain_set_id": set_id, "name": name, "icon": icon,
                                                         "lemmas": lemmas})
            st.rerun()
    with st.expander("De antwoorden"):
        for text in proposal.texts:
            st.text(text)

st.header("Domeinen van deze lijst")
for d in domains:
    with st.expander(md_escape(f"{d.icon} {d.name}")):
        with st.form(f"domain-{d.id}", enter_to_submit=False):
            name = st.text_input("Naam", value=d.name, max_chars=domain.NAME_MAX)
            icon = st.text_input("Icoon", value=d.icon, max_chars=8)
            lemmas = st.text_area("Woorden voor voorstellen (gescheiden door spaties)", value=d.lemmas,
                                  max_chars=domain.LEMMAS_MAX)
            if st.form_submit_button("Bewaren"):
                act(domain.update_domain, "Domein bewaard", {"domain_id": d.id, "name": name, "icon": icon,
                                                             "lemmas": lemmas})
                st.rerun()
        st.button("Domein verwijderen", key=f"remove-{d.id}", icon="🗑️", on_click=act,
                  args=(domain.remove_domain, "Domein verwijderd", {"domain_id": d.id}))
with st.form("new-domain", clear_on_submit=True, enter_to_submit=False):
    st.markdown("**➕ Eigen domein toevoegen**")
    name_col, icon_col = st.columns([4, 1])
    name = name_col.text_input("Naam van het domein", max_chars=domain.NAME_MAX)
    icon = icon_col.text_input("Icoon", value="🔹", max_chars=8)
    lemmas = st.text_input("Woorden voor voorstellen (gescheiden door spaties)", max_chars=domain.LEMMAS_MAX)
    if st.form_submit_button("Toevoegen", type="primary"):
        act(domain.add_domain, "Domein toegevoegd", {"domain_set_id": set_id, "name": name, "icon": icon,
                                                     "lemmas": lemmas})
        st.rerun()
