"""Shared pieces of the live staff screens (control view, beamer): snapshots, cached pictures, the
tab key for counting failed logins, the style of the public feedback page. (The phone is phone/.)"""

from __future__ import annotations

import hashlib

import streamlit as st

from facilitation import anonymity, config, exercises, live, qr, question, words
from facilitation.ui import data

# A trajectory's own questions are shared by every viewer for a second.
SNAPSHOT_TTL = 1


def projector_view(code: str) -> live.ProjectorView | None:
    """Not cached: one projector per session reads it, and a cached copy would add up to a second."""
    with data.read() as session:
        return live.projector_view(session, code=code)


def exercise(key: str, trajectory_id: int) -> exercises.Exercise:
    """What an agenda key asks: a shipped exercise, or the trajectory's own question (read from the
    database only then, and shared by every viewer for a second)."""
    shipped = exercises.catalogue().exercises.get(key)
    return shipped if shipped is not None else _own_exercise(key, trajectory_id, config.database_url())


@st.cache_data(ttl=SNAPSHOT_TTL, show_spinner=False, max_entries=200)
def _own_exercise(key: str, trajectory_id: int, database: str) -> exercises.Exercise:
    with data.read() as session:
        return question.catalogue_for(session, trajectory_id=trajectory_id).exercise(key)


@st.cache_data(show_spinner=False, max_entries=32)
def join_qr(code: str, public_url: str) -> bytes:
    return qr.qr_png(qr.join_url(code), scale=8)


@st.cache_data(show_spinner=False, max_entries=64)
def word_cloud(texts: tuple[str, ...], *, large: bool = False) -> bytes | None:
    """Drawn again only when the answers change (the key is their text). `large`: the cloud that fills
    the beamer (1632x884, the shape of the space under the question), else the small one beside it."""
    size = {"width": 960, "height": 520, "scale": 1.7} if large else {}
    return words.cloud_png(words.word_frequencies(texts), **size)


def tab_key() -> str:
    """A key for this browser tab (for counting wrong codes); it identifies nobody and dies with the tab."""
    if "_tab_key" not in st.session_state:
        st.session_state["_tab_key"] = hashlib.sha256(anonymity.new_device_token().encode()).hexdigest()
    return st.session_state["_tab_key"]


PHONE_CSS = """
<style>
  .block-container {padding-top: 1.2rem; padding-left: 1rem; padding-right: 1rem; max-width: 40rem;}
  .stButton button, .stFormSubmitButton button, .stLinkButton a {min-height: 48px; min-width: 48px; font-size: 1.1rem;}
  .stButton button p {font-size: 1.25rem; font-weight: 600;}
  .stTextArea textarea, .stTextInput input {font-size: 1.1rem;}
  [data-testid="stRadio"] label {min-height: 44px; align-items: center;}
  p, li, label {font-size: 1.08rem;}
  header[data-testid="stHeader"] {display: none;}
  /* Rows of buttons (-, count, +) stay side by side on a narrow phone instead of stacking. */
  [data-testid="stHorizontalBlock"] {flex-wrap: nowrap !important; gap: .5rem;}
  [data-testid="stHorizontalBlock"] > [data-testid="stColumn"] {min-width: 0 !important;}
</style>
"""
