"""Visie en missie: written by the facilitator from the essential elements of casus and droom,
with the quality criteria it addresses and the elements it does not reflect yet."""

import streamlit as st

from facilitation import trajectory, vision
from facilitation.ui import actions, auth, data, params
from facilitation.ui.actions import back_links, act, show_problem, stop_without_trajectory
from facilitation.ui.text import md_escape

auth.require_staff()
trajectory_id = params.id_param("traject")

with data.read() as session:
    current = trajectory.get_trajectory(session, trajectory_id=trajectory_id) if trajectory_id else None
    if current is not None:
        elements = vision.gather(session, trajectory_id=current.id)
        kept = vision.versions(session, trajectory_id=current.id)
        start = vision.current(session, trajectory_id=current.id)
        newest = vision.newest_number(session, trajectory_id=current.id)

stop_without_trajectory(current)

# The newest version the text in the editor started from: a save on top of a version this editor
# has not seen is refused with both texts (two editors of one vision).
BASIS = f"visie-basis-{current.id}"
if BASIS not in st.session_state or "visie-wat" not in st.session_state:
    st.session_state[BASIS] = newest


def save() -> None:
    state = st.session_state
    saved = act(vision.save_version, "Versie bewaard", {
        "trajectory_id": current.id, "visie_wat": state["visie-wat"], "visie_hoe": state["visie-hoe"],
        "missie": state["missie"], "author": auth.username() or "?", "expected_version": state[BASIS]})
    if saved is not None:
        state[BASIS] = saved.number
    elif isinstance(conflict := state.get(actions.PROBLEM), vision.VisionConflict):
        state[BASIS] = conflict.their_version  # seen now: the next save may go on top of it


back_links(current.id, current.gemeente)
st.title(f"🧭 Visie en missie · {md_escape(current.gemeente)}")
show_problem()

write_col, look_col = st.columns([3, 2], gap="large")
with write_col:
    st.text_area("Visie: wat willen we bereiken?", value=start.visie_wat if start else vision.TEMPLATE_WAT,
                 height=180, key="visie-wat")
    st.text_area("Visie: hoe willen we werken?", value=start.visie_hoe if start else vision.TEMPLATE_HOE,
                 height=180, key="visie-hoe")
    st.text_area("Missie", value=start.missie if start else vision.TEMPLATE_MISSIE, height=120, key="missie")
    st.button("Versie bewaren", type="primary", icon="💾", on_click=save)
    draft = "\n".join(st.session_state.get(k, "") for k in ("visie-wat", "visie-hoe", "missie"))

with look_col:
    st.subheader("Kwaliteitscriteria")
    found = vision.criteria_in(draft)
    for criterion in vision.CRITERIA:
        if criterion in found:
            st.markdown(f"✅ **{criterion}**: {', '.join(found[criterion])}")
        else:
            st.markdown(f"▫️ {criterion}: nog niet")
    st.subheader("Nog niet in de tekst")
    missing = vision.missing_elements(draft, elements)
    if not elements:
        st.caption("Nog geen essentiële elementen van casus of droom (stuurgroep 2).")
    for element in missing:
        where = "casus" if element.exercise_key == "casus" else "droom"
        st.text(f"• {element.text} ({where}{', ' + element.domain if element.domain else ''})")
    if elements and not missing:
        st.success("Alle essentiële elementen komen in de tekst terug.")

if kept:
    st.header("Versies")
    for version in kept:
        with st.container(border=True):
            left, right = st.columns([4, 1], vertical_alignment="center")
            status = " · ✅ goedgekeurd" if version.approved else ""
            left.markdown(f"**Versie {version.number} · {version.created_at:%d/%m/%Y %H:%M}** door "
                          f"{md_escape(version.author)}{status}")
            left.text(version.visie_wat[:300])
            if not version.approved:
                right.button("Goedkeuren", key=f"approve-{version.id}", on_click=act,
                             args=(vision.approve, "Versie goedgekeurd", {"version_id": version.id}))
