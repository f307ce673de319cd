"""Work in progress: the parents' public page per trajectory."""

import streamlit as st

st.info("Deze pagina komt eraan.")
