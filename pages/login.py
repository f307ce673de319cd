"""Aanmelden: for facilitators and coordinators. Parents never need an account."""

import streamlit as st

from facilitation.ui import auth

st.title("💬 Samenspraak")
st.write("Samen met ouders een lokaal beleid tegen kinderarmoede maken.")
auth.login_form()
if auth.is_logged_in():
    # No st.rerun() here: the cookie component must render first, and its answer reruns the app.
    st.success("Je bent aangemeld. Even geduld ...")
st.caption(
    "Dit aanmelden is voor begeleiders en coördinatoren. Ouders en stuurgroepleden hebben geen "
    "account nodig: zij doen mee met de code of de QR-code op het grote scherm."
)
