"""Prioriteiten: from the vote to the 2-3 priority domains, each with a werkgroep (stuurgroep 3),
the round that decided (the note to the college reports it), and the parents' own track beside
the stuurgroep's vote once both have enough ballots to compare without showing anyone."""

import streamlit as st

from facilitation import domain, live, trajectory, vote
from facilitation.models import MemberRole, ParticipationMode, PriorityKind, SessionKind
from facilitation.trajectory import MEMBER_ROLE_LABELS
from facilitation.ui import auth, charts, data, params
from facilitation.ui.text import md_escape
from facilitation.ui.actions import back_links, act, show_problem, stop_without_trajectory

auth.require_staff()
trajectory_id = params.id_param("traject")
KIND_LABELS = {PriorityKind.STRUCTUREEL: "structureel / proactief", PriorityKind.MILDEREND: "milderend"}

with data.read() as session:
    current = trajectory.get_trajectory(session, trajectory_id=trajectory_id) if trajectory_id else None
    set_id = live.active_domain_set_id(session, trajectory_id=current.id) if current else None
    domains = list(session.get(domain.DomainSet, set_id).domains) if set_id else []
    all_rounds = vote.trajectory_rounds(session, trajectory_id=current.id) if current else []
    rounds = [r for r in all_rounds if r.domain_set_id == set_id]
    deciding = next((r for r in all_rounds if r.deciding), None)
    results = {r.round_id: vote.results(session, vote_round_id=r.round_id) for r in rounds}
    tracks = vote.compare_tracks(session, trajectory_id=current.id, domain_set_id=set_id) if set_id else None
    werkgroepen = {d.id: domain.werkgroep(session, domain_id=d.id) for d in domains if d.is_priority}
    werkgroep_rows = {d: [(m.role, m.organisation, m.count) for m in w.members] if w else []
                      for d, w in werkgroepen.items()}

stop_without_trajectory(current)

back_links(current.id, current.gemeente)
st.title(f"⭐ Prioritaire domeinen · {md_escape(current.gemeente)}")
show_problem()
for warning in st.session_state.pop("_warnings", []):
    st.warning(warning, icon="⚖️")
if not domains:
    st.info("Kies eerst een domeinenlijst bij het groeperen.")
    st.stop()

st.header("Uitslag van de stemming")
if not rounds:
    st.caption("Nog geen stemming over deze domeinen.")
else:
    by_round = {r.round_id: r for r in rounds}
    labels = {r.round_id: r.label + (" · ✅ beslissend" if r.deciding else "") + ("" if r.closed else " · nog open")
              for r in rounds}
    first = deciding.round_id if deciding is not None and deciding.round_id in by_round else rounds[0].round_id
    shown = st.selectbox("Stemming", list(labels), index=list(labels).index(first), format_func=labels.get,
                         placeholder="Kies een stemming", key="shown-round")
    shown = shown if shown in by_round else first
    charts.show_results(results[shown], domains, key="priority-bars", height=360, font_size=15)

    info = by_round[shown]
    if info.deciding:
        st.success("Deze stemming besliste over de prioritaire domeinen: de nota aan het college toont haar uitslag.",
                   icon="✅")
        st.button("Niet meer als beslissend aanduiden", icon="↩️", on_click=act,
                  args=(vote.mark_deciding, "Niet meer beslissend", {"vote_round_id": shown, "deciding": False}))
    elif info.session_kind is SessionKind.STUURGROEP:
        st.button("Deze stemming besliste", icon="✅", disabled=not info.closed, on_click=act,
                  args=(vote.mark_deciding, "Beslissende stemming aangeduid", {"vote_round_id": shown}),
                  help="Alleen een afgesloten stemming van de stuurgroep kan beslissen.")
        st.caption(f"Nu beslissend: {deciding.label}." if deciding is not None else
                   "Nog geen stemming aangeduid als beslissend. De nota aan het college neemt dan de laatste "
                   "afgesloten stemming van de stuurgroep, en zegt dat erbij.")
    else:
        st.caption("Een stemming van de oudergroep beslist niet zelf: de stuurgroep kiest de prioritaire domeinen, "
                   "met de keuze van de ouders ernaast.")

if tracks is not None and (tracks.parents is not None or current.participation_mode is ParticipationMode.INDIRECT):
    st.subheader("Het oudertraject naast de stuurgroep")
    if tracks.reason:
        st.info(tracks.reason, icon="👪")
    else:
        names = {d.id: f"{d.icon} {d.name}" for d in domains}
        st.caption(f"Ouders: {tracks.parents.label}. Stuurgroep: {tracks.stuurgroep.label}.")
        st.dataframe(
            [{"Domein": names[x.domain_id], "Ouders": f"{x.share_first:.0%}", "Stuurgroep": f"{x.share_second:.0%}",
              "Verschil": ("⚠️ " if index < 2 and abs(x.difference) >= 0.1 else "") + f"{x.difference:+.0%}"}
             for index, x in enumerate(tracks.differences)],
            hide_index=True,
        )
        st.caption("Bovenaan: de domeinen waar ouders en stuurgroep het meest verschillen.")

st.header("Kiezen")
st.caption("Kies 2 of 3 domeinen. De roadmap raadt aan: één domein dat armoede structureel en proactief "
           "aanpakt, en één dat de gevolgen voor kinderen milder maakt.")
by_id = {d.id: d for d in domains}
chosen = st.multiselect("Prioritaire domeinen", list(by_id), default=[d.id for d in domains if d.is_priority],
                        format_func=lambda d: f"{by_id[d].icon} {by_id[d].name}", max_selections=domain.PRIORITY_MAX,
                        placeholder="Kies 2 of 3 domeinen", key="priorities")
for domain_id in chosen:
    current_kind = by_id[domain_id].priority_kind or PriorityKind.STRUCTUREEL
    st.radio(md_escape(f"{by_id[domain_id].icon} {by_id[domain_id].name}"), list(PriorityKind),
             index=list(PriorityKind).index(current_kind), horizontal=True, format_func=KIND_LABELS.get,
             key=f"kind-{domain_id}")


def confirm_priorities() -> None:
    """Read the choice when the button is pressed, not when it was drawn."""
    state = st.session_state
    kinds = {d: state.get(f"kind-{d}", PriorityKind.STRUCTUREEL) for d in state.get("priorities", [])}
    warnings = act(domain.set_priorities, "Prioriteiten bewaard", {"domain_set_id": set_id, "kinds": kinds})
    st.session_state["_warnings"] = warnings or []


st.button("Prioriteiten bevestigen", type="primary", icon="⭐", on_click=confirm_priorities)

if werkgroep_rows:
    st.header("Werkgroepen")
    st.caption("Per prioritair domein een werkgroep: rollen en aantallen, nooit namen van ouders.")
for domain_id, rows in werkgroep_rows.items():
    d = by_id[domain_id]
    with st.expander(md_escape(f"{d.icon} Werkgroep {d.name}"), expanded=not rows):
        existing = {role: (organisation, count) for role, organisation, count in rows}
        with st.form(f"werkgroep-{domain_id}", enter_to_submit=False):
            members = []
            for role in MemberRole:
                organisation, count = existing.get(role, ("", 0))
                count_col, org_col = st.columns([1, 3])
                n = count_col.number_input(MEMBER_ROLE_LABELS[role], 0, 50, count, key=f"wg-{domain_id}-{role.value}")
                org = ""
                if role not in (MemberRole.OUDER, MemberRole.ERVARINGSDESKUNDIGE):
                    org = org_col.text_input("Organisatie", value=organisation or "", key=f"wgo-{domain_id}-{role.value}",
                                             max_chars=domain.NAME_MAX)
                if n:
                    members.append((role, org or None, int(n)))
            if st.form_submit_button("Werkgroep bewaren"):
                act(domain.compose_werkgroep, "Werkgroep bewaard", {"domain_id": domain_id, "members": members})
                st.rerun()
