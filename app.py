"""Samenspraak: the router. Page setup, the login gate, the pages this visitor may see."""

import streamlit as st

from facilitation.ui import navigation, startup

st.set_page_config(page_title="Samenspraak", page_icon="💬", layout="wide")
startup.require_exercises()
navigation.router().run()
