"""What every staff page does the same way: run a domain action from a button's callback, show a
refusal in Dutch (never a traceback), and stop politely when the trajectory in the URL is gone."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import streamlit as st

from facilitation.ui import auth, data
from facilitation.ui.text import md_escape

PROBLEM = "_problem"  # the session_state key of the last refusal (a page may look at it in its callback)


def act(action: Callable[..., Any], done: str | None, kwargs: dict) -> Any:
    """A callback: one domain action in a short write transaction. Callbacks run before the page,
    so an interrupted rerun cannot swallow the click. The domain's errors are ValueErrors with a
    message for the user; the page shows it with show_problem()."""
    try:
        with data.write() as session:
            result = action(session, **kwargs)
    except ValueError as exc:
        st.session_state[PROBLEM] = exc
        return None
    if done:
        st.toast(done.format(result=result))
    return result


def show_problem() -> None:
    """The last refusal, once. A save conflict shows the stored text beside the one not saved."""
    problem = st.session_state.pop(PROBLEM, None)
    if problem is None:
        return
    st.error(md_escape(str(problem)), icon="⚠️")  # a refusal may quote what was typed: shown as text
    if hasattr(problem, "theirs") and hasattr(problem, "yours"):
        theirs, yours = st.columns(2)
        theirs.markdown("**Bewaarde versie (van iemand anders)**")
        theirs.text(problem.theirs)
        yours.markdown("**Jouw versie (niet bewaard)**")
        yours.text(problem.yours)


def stop_without_trajectory(current: object | None) -> None:
    if current is None:
        st.warning("Dit traject bestaat niet (meer). Kies een traject uit de lijst.")
        st.page_link("pages/trajecten.py", label="Naar de trajecten", icon="⬅️")
        st.stop()
    auth.require_trajectory(current.id)  # another municipality's trajectory: refused, the page stops


def back_links(trajectory_id: int, gemeente: str) -> None:
    """The way back from every page of a trajectory: to the list of trajectories and to this one."""
    left, right, _rest = st.columns([1, 2, 3])
    left.page_link("pages/trajecten.py", label="Trajecten", icon="🗺️")
    right.page_link("pages/traject.py", label=f"Traject {md_escape(gemeente)}", icon="⬅️",
                    query_params={"traject": str(trajectory_id)})
