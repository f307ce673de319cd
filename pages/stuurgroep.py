"""Work in progress: filled in by the capability's own change."""

import streamlit as st

from facilitation.ui import auth

auth.require_staff()
st.info("Deze pagina komt eraan.")
