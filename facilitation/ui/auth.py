"""Login for facilitators and coordinators (streamlit-authenticator), created once per run.

The Authenticate object renders a cookie component, so it is built once per script run, in the
router, and the login page reuses that same object (two would clash: DuplicateWidgetID).
"""

from __future__ import annotations

import copy

import streamlit as st
import streamlit_authenticator as stauth

from facilitation import auth
from facilitation.auth import ROLE_LABELS  # noqa: F401 - re-exported for the sidebar

_KEY = "_samenspraak_authenticator"

LOGIN_FIELDS = {
    "Form name": "Aanmelden",
    "Username": "Gebruikersnaam",
    "Password": "Wachtwoord",
    "Login": "Aanmelden",
    "Captcha": "Captcha",
}


def start() -> stauth.Authenticate:
    """Build this run's authenticator and log in from the cookie if there is a valid one."""
    try:
        settings = auth.load()
    except auth.AccountError as exc:
        st.error(f"Samenspraak kan niet starten: {exc}")
        st.stop()
    authenticator = stauth.Authenticate(
        # It mutates the credentials it is given: hand it a copy, and hashes only (auto_hash off).
        copy.deepcopy(settings["credentials"]),
        cookie_name=settings["cookie"]["name"],
        cookie_key=settings["cookie"]["key"],
        cookie_expiry_days=settings["cookie"].get("expiry_days", 7),
        auto_hash=False,
        login_sleep_time=0,
    )
    st.session_state[_KEY] = authenticator
    try:
        authenticator.login(location="unrendered")
    except Exception:  # noqa: BLE001 - a stale or forged cookie must never show a traceback
        st.session_state["authentication_status"] = None
    return authenticator


def current() -> stauth.Authenticate:
    return st.session_state[_KEY]


def is_logged_in() -> bool:
    return bool(st.session_state.get("authentication_status"))


def roles() -> set[str]:
    if not is_logged_in():
        return set()
    return set(st.session_state.get("roles") or [])


def username() -> str | None:
    return st.session_state.get("username") if is_logged_in() else None


def login_form() -> None:
    """The login form; a wrong password gets a clear message, never a traceback."""
    try:
        current().login(location="main", fields=LOGIN_FIELDS, key="login", max_login_attempts=10)
    except Exception as exc:  # noqa: BLE001 - e.g. too many attempts
        st.error(f"Aanmelden lukte niet: {exc}")
        return
    if st.session_state.get("authentication_status") is False:
        st.error("Gebruikersnaam of wachtwoord klopt niet.")


def logout_button() -> None:
    if is_logged_in():
        current().logout("Afmelden", location="sidebar", key="samenspraak-logout")
