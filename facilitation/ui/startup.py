"""Checks that stop the app with a clear message instead of a traceback."""

from __future__ import annotations

import streamlit as st

from facilitation import exercises


def require_exercises() -> exercises.Catalogue:
    try:
        return exercises.catalogue()
    except exercises.ExerciseFileError as exc:
        st.error(f"Samenspraak kan niet starten: het bestand met oefeningen is niet in orde.\n\n{exc}")
        st.stop()
