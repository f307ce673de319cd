"""Values read from the URL (st.query_params): strings a visitor can change, so each is checked."""

from __future__ import annotations

import streamlit as st

MAX_ID = 2**31 - 1  # an INTEGER primary key on both SQLite and PostgreSQL


def id_param(name: str) -> int | None:
    """A positive database id from the URL, or None for anything else ("", "²", "-1", 10**30)."""
    raw = st.query_params.get(name, "")
    if not (raw.isascii() and raw.isdigit()):
        return None
    value = int(raw)
    return value if 1 <= value <= MAX_ID else None
