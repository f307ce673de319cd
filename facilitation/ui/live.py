"""Shared pieces of the live screens: cached snapshots, the device token in the URL, styles."""

from __future__ import annotations

import hashlib

import streamlit as st

from facilitation import anonymity, config, exercises, live, qr, question, words
from facilitation.ui import data

# The phones' snapshot is shared by every phone of one session for a second: thirty phones
# polling cost one query per second per session, not thirty.
SNAPSHOT_TTL = 1


@st.cache_data(ttl=SNAPSHOT_TTL, show_spinner=False, max_entries=500)
def phone_view(code: str, database: str) -> live.PhoneView | None:
    with data.read() as session:
        return live.phone_view(session, code=code)


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
def word_cloud(texts: tuple[str, ...]) -> bytes | None:
    """Drawn again only when the answers change (the key is their text)."""
    return words.cloud_png(words.word_frequencies(texts))


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

PROJECTOR_CSS = """
<style>
  .block-container {padding: 1.2rem 2rem 0 2rem; max-width: 100%;}
  header[data-testid="stHeader"], [data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"] {display: none;}
  .ss-question {white-space: pre-line; font-size: 2.6rem; line-height: 1.2; font-weight: 700; margin: 0 0 .6rem 0;}
  .ss-meta {font-size: 1.3rem; color: #555;}
  .ss-code {font-size: 3.2rem; font-weight: 800; letter-spacing: .3rem; text-align: center;}
  .ss-count {font-size: 1.6rem; text-align: center;}
  .ss-count-inline {font-size: 1.5rem; color: #222;}
  .ss-grid {display: grid; grid-template-columns: repeat(3, 1fr); gap: .8rem;}
  .ss-card {background: #f3f7f9; border-left: .45rem solid #1f6f8b; border-radius: .5rem;
            padding: .7rem .9rem; font-size: 1.35rem; line-height: 1.3; white-space: pre-wrap;
            overflow: hidden; max-height: 9.5rem;}
  .ss-card.pinned {border-left-color: #e0a100; background: #fff8e6;}
  .ss-elements {font-size: 1.05rem; color: #1f6f8b; margin-top: .3rem;}
  .ss-more {font-size: 1.2rem; color: #555; margin-top: .5rem;}
  .ss-domain {font-size: 1.5rem; font-weight: 700;}
  .ss-domain-count {font-size: 3rem; font-weight: 800; color: #1f6f8b;}
</style>
"""
