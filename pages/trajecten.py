"""Trajecten: one per gemeente and policy period."""

import datetime as dt

import streamlit as st

from facilitation import access, trajectory
from facilitation.models import ParticipationMode
from facilitation.ui import auth, data
from facilitation.ui.text import md_escape

auth.require_staff()
st.title("🗺️ Trajecten")

with data.read() as session:
    everything = trajectory.list_trajectories(session)
    mine = access.visible_trajectory_ids(session, username=auth.username())
summaries = [s for s in everything if s.id in mine]  # another municipality's trajectories are not listed

can_create = bool(auth.roles() & {"coordinator", "admin"})
if not everything and can_create:
    st.info("Er is nog geen traject. Maak hieronder het eerste traject aan.")
elif not summaries:
    st.info("Je hoort nog bij geen enkel traject. Een beheerder kan je aan het traject van jouw gemeente toevoegen."
            + (" Of maak hieronder een nieuw traject aan: dan hoor je er meteen bij." if can_create else ""), icon="🔒")

for summary in summaries:
    with st.container(border=True):
        left, right = st.columns([4, 1], vertical_alignment="center")
        demo = " · demo" if summary.is_demo else ""
        left.markdown(f"### {md_escape(summary.gemeente)} · {summary.period}{demo}")
        left.caption(
            f"{trajectory.MODE_LABELS[summary.mode]} · {summary.sessions} sessies"
            + (f" · {summary.open_sessions} open" if summary.open_sessions else "")
        )
        if right.button("Openen", key=f"open-{summary.id}", icon="➡️", width="stretch"):
            st.switch_page("pages/traject.py", query_params={"traject": str(summary.id)})

if can_create:
    with st.expander("➕ Nieuw traject", expanded=not summaries):
        with st.form("new-trajectory", clear_on_submit=False, enter_to_submit=False):
            gemeente = st.text_input("Gemeente", max_chars=120)
            this_year = dt.date.today().year
            start_col, end_col = st.columns(2)
            start = start_col.number_input("Beleidsperiode van", 2000, 2100, this_year, step=1)
            end = end_col.number_input("tot", 2000, 2100, this_year + 5, step=1)
            mode = st.radio(
                "Hoe nemen ouders deel?",
                list(ParticipationMode),
                format_func=lambda m: trajectory.MODE_LABELS[m],
            )
            if st.form_submit_button("Traject aanmaken", type="primary"):
                try:
                    with data.write() as session:
                        created = trajectory.create_trajectory(
                            session, gemeente=gemeente, period_start=int(start), period_end=int(end),
                            participation_mode=mode,
                        )
                        new_id = created.id
                        access.assign(session, username=auth.username(), trajectory_id=new_id)  # its maker belongs to it
                except trajectory.TrajectoryError as exc:
                    st.error(md_escape(str(exc)))
                else:
                    st.switch_page("pages/traject.py", query_params={"traject": str(new_id)})
