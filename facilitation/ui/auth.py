"""Login for facilitators and coordinators (streamlit-authenticator), created once per run.

The Authenticate object renders a cookie component, so it is built once per script run, in the
router, and the login page reuses that same object (two would clash: DuplicateWidgetID).
"""

from __future__ import annotations

import copy
import time

import streamlit as st
import streamlit_authenticator as stauth
from streamlit.errors import StreamlitAPIException

from facilitation import auth, participant
from facilitation.ui import data
from facilitation.ui import live as ui_live

_KEY = "_samenspraak_authenticator"
STAFF = frozenset({"facilitator", "coordinator", "admin"})

SUBMIT_KEY = "FormSubmitter:login-Aanmelden"  # Streamlit's key for the form's submit button
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
    was_logged_in = is_logged_in()
    try:
        authenticator.login(location="unrendered")
    except Exception:  # noqa: BLE001 - a stale or forged cookie must never show a traceback
        st.session_state["authentication_status"] = None
    if not was_logged_in and is_logged_in():
        _refuse_cookie_from_before_logout(authenticator, settings["cookie"].get("expiry_days", 7))
    return authenticator


def _refuse_cookie_from_before_logout(authenticator: stauth.Authenticate, expiry_days: float) -> None:
    token = authenticator.cookie_controller.get_cookie() or {}
    issued = float(token.get("exp_date", 0)) - expiry_days * 86400
    if issued < auth.logged_out_at(username=st.session_state.get("username") or ""):
        for key in ("authentication_status", "username", "name", "roles", "email"):
            st.session_state[key] = None
        st.session_state["logout"] = True  # the library's flag: read no cookie in this tab any more
        authenticator.cookie_controller.delete_cookie()


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
    """The login form; a wrong password gets a clear message, never a traceback. Failed logins are
    counted per tab and in total (as wrong join codes are), so passwords cannot be guessed fast."""
    tab = participant.LOGIN_SCOPE + ui_live.tab_key()[:32]
    with data.write() as session:
        limited = participant.is_rate_limited(session, client_key=tab)
    if limited:
        st.error("Te veel mislukte pogingen. Wacht een minuut en probeer dan opnieuw.")
        return
    try:
        current().login(location="main", fields=LOGIN_FIELDS, key="login")
    except Exception:  # noqa: BLE001 - the library's own errors, in English
        st.error("Aanmelden lukte niet. Probeer opnieuw.")
        return
    if st.session_state.get("authentication_status") is False:
        if st.session_state.get(SUBMIT_KEY):  # count each submitted attempt once, not every rerun
            with data.write() as session:
                participant.record_wrong_code(session, client_key=tab)
        st.error("Gebruikersnaam of wachtwoord klopt niet.")


def logout_button() -> None:
    if is_logged_in() and st.sidebar.button("Afmelden", key="samenspraak-logout", icon="🚪"):
        auth.record_logout(username=username(), at=time.time())
        current().logout(location="unrendered")


def require_staff() -> None:
    """Every staff page checks for itself. Until st.navigation has run once in a server process,
    Streamlit runs a pages/ script asked for by URL directly, without the router and its login."""
    if roles() & STAFF:
        return
    try:
        st.switch_page("app.py")  # the router: the login form, then this page's URL again
    except StreamlitAPIException:
        st.warning("Meld je eerst aan.")
        st.stop()
