"""Exporteren: the Word minutes of a session, the note to the college, the yearly progress report,
the easy-read page for parents (with the link to their public page), the action plan in Excel and
the contributions in CSV. Files land in exports/ and are offered as downloads."""

from pathlib import Path

import streamlit as st

from facilitation import session as meetings, trajectory
from facilitation.documents import feedback, files
from facilitation.models import SessionState
from facilitation.ui import auth, data, params
from facilitation.ui.text import md_escape
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


def make(key: str, label: str, kind: str, **kwargs) -> None:
    """One export (files.EXPORTS): a button that writes the file (with progress shown), then its
    download."""
    left, right = st.columns([3, 2], vertical_alignment="center")
    if left.button(label, key=f"make-{key}", icon="📄", width="stretch"):
        with st.status(f"{label}: bezig ...", expanded=False) as progress:
            try:
                with data.write() if files.EXPORTS[kind].writes else data.read() as session:
                    path = files.write_export(session, kind, **kwargs)
            except ValueError as exc:  # the documents' own errors are ValueErrors with a Dutch message
                progress.update(label=f"{label}: lukt niet", state="error")
                st.error(md_escape(str(exc)))
                return
            progress.update(label=f"{label}: klaar ({md_escape(Path(path).name)})", state="complete")
        st.session_state[f"file-{key}"] = str(path)
    path = st.session_state.get(f"file-{key}")
    if path and Path(path).exists():
        right.download_button("Downloaden", data=Path(path).read_bytes(), file_name=Path(path).name,
                              mime=MIME.get(Path(path).suffix, "application/octet-stream"), key=f"download-{key}",
                              icon="⬇️", width="stretch")


back_links(current.id, current.gemeente)
st.title(f"📤 Exporteren · {md_escape(current.gemeente)}")
st.caption("Alles is anoniem: geen namen, geen tokens, geen verborgen bijdragen, geen groep kleiner dan 3.")

st.header("Voor het college")
make("college", "Nota aan het college (Word)", "college-note", trajectory_id=current.id)
make("progress", "Voortgangsrapport voor het college (Word, jaarlijks)", "progress", trajectory_id=current.id)
make("actieplan", "Actieplan (Excel)", "actieplan", trajectory_id=current.id)

st.header("Voor de ouders")
make("feedback", "Terugkoppeling voor ouders (Word, één pagina)", "feedback", trajectory_id=current.id)
with data.read() as session:  # read again: the button above may just have made the link
    token = trajectory.get_trajectory(session, trajectory_id=current.id).public_token
if token:
    link = feedback.public_url(token)
    st.markdown("Hun eigen pagina, zonder aanmelden: \"Wat we met jullie inbreng deden\" (ook in het Engels en "
                "het Frans). De QR-code op de terugkoppeling leidt hierheen.")
    st.code(link, language=None)
else:
    st.caption("De link naar de pagina voor de ouders komt er zodra je de terugkoppeling maakt.")

st.header("Verslagen van de sessies")
for meeting in sessions:
    if meeting.state is SessionState.PLANNED:
        continue
    st.markdown(f"**{md_escape(meeting.title)}**")
    make(f"minutes-{meeting.id}", "Verslag (Word)", "minutes", session_id=meeting.id)
    make(f"csv-{meeting.id}", "Bijdragen (CSV)", "contributions", session_id=meeting.id)
