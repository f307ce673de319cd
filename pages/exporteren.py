"""Exporteren: the Word minutes of a session, the note to the college, the easy-read page for
parents, the action plan in Excel and the contributions in CSV. Files land in exports/ and are
offered as downloads."""

from pathlib import Path

import streamlit as st

from facilitation import export, session as meetings, trajectory
from facilitation.models import SessionState
from facilitation.ui import auth, data, params
from facilitation.ui.actions import back_links, stop_without_trajectory

auth.require_staff()
trajectory_id = params.id_param("traject")
MIME = {
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".csv": "text/csv",
}

with data.read() as session:
    current = trajectory.get_trajectory(session, trajectory_id=trajectory_id) if trajectory_id else None
    sessions = meetings.list_sessions(session, trajectory_id=current.id) if current else []

stop_without_trajectory(current)


def make(key: str, label: str, writer, **kwargs) -> None:
    """One export: a button that writes the file (with progress shown), then its download."""
    left, right = st.columns([3, 2], vertical_alignment="center")
    if left.button(label, key=f"make-{key}", icon="📄", width="stretch"):
        with st.status(f"{label}: bezig ...", expanded=False) as progress:
            try:
                with data.read() as session:
                    path = writer(session, **kwargs)
            except ValueError as exc:  # the documents' own errors are ValueErrors with a Dutch message
                progress.update(label=f"{label}: lukt niet", state="error")
                st.error(str(exc))
                return
            progress.update(label=f"{label}: klaar ({Path(path).name})", state="complete")
        st.session_state[f"file-{key}"] = str(path)
    path = st.session_state.get(f"file-{key}")
    if path and Path(path).exists():
        right.download_button("Downloaden", data=Path(path).read_bytes(), file_name=Path(path).name,
                              mime=MIME.get(Path(path).suffix, "application/octet-stream"), key=f"download-{key}",
                              icon="⬇️", width="stretch")


st.title(f"📤 Exporteren · {current.gemeente}")
back_links(current.id, current.gemeente)
st.caption("Alles is anoniem: geen namen, geen tokens, geen verborgen bijdragen, geen groep kleiner dan 3.")

st.header("Voor het college")
make("college", "Nota aan het college (Word)", export.write_college_note, trajectory_id=current.id)
make("actieplan", "Actieplan (Excel)", export.write_actieplan, trajectory_id=current.id)
make("feedback", "Terugkoppeling voor ouders (Word, één pagina)", export.write_feedback, trajectory_id=current.id)

st.header("Verslagen van de sessies")
for meeting in sessions:
    if meeting.state is SessionState.PLANNED:
        continue
    st.markdown(f"**{meeting.title}**")
    make(f"minutes-{meeting.id}", "Verslag (Word)", export.write_minutes, session_id=meeting.id)
    make(f"csv-{meeting.id}", "Bijdragen (CSV)", export.write_contributions, session_id=meeting.id)
