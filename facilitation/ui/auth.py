"""Login for facilitators, coordinators and admins (streamlit-authenticator, fed from the database),
created once per run, and the guards that keep each account to its own trajectories.

The Authenticate object renders a cookie component, so it is built once per script run, in the
router, and the login page reuses that same object (two would clash: DuplicateWidgetID).
"""

from __future__ import annotations

import streamlit as st
import streamlit_authenticator as stauth
from streamlit.errors import StreamlitAPIException

from facilitation import access, auth, participant
from facilitation.ui import data
from facilitation.ui import live as ui_live

_KEY = "_samenspraak_authenticator"
_GENERATIONS = "_samenspraak_generations"  # the accounts' generations as fed to this run's authenticator
_GENERATION = "_samenspraak_login_generation"  # the generation of this tab's login
ENDED_ELSEWHERE = "_samenspraak_ended_elsewhere"
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
    """Build this run's authenticator from the accounts in the database and log in from the cookie
    if there is a valid one. A logged-in tab is fed its own account only, and is logged out when
    that account is gone, or logged out elsewhere since ("Afmelden", a new password)."""
    known = username()
    with data.read() as session:
        key = auth.cookie_key(session)
        fed = auth.credentials(session, username=known)
    if not key:
        with data.write() as session:
            key = auth.make_cookie_key(session)
    authenticator = stauth.Authenticate(
        fed,  # a fresh dict each run: the library writes into it
        cookie_name=auth.COOKIE_NAME,
        cookie_key=key,
        cookie_expiry_days=auth.COOKIE_EXPIRY_DAYS,
        auto_hash=False,
        login_sleep_time=0,
    )
    st.session_state[_KEY] = authenticator
    st.session_state[_GENERATIONS] = {name: entry["generation"] for name, entry in fed["usernames"].items()}
    try:
        authenticator.login(location="unrendered")
    except Exception:  # noqa: BLE001 - a stale or forged cookie must never show a traceback
        st.session_state["authentication_status"] = None
    if is_logged_in():
        _keep_or_end_login(authenticator, fed["usernames"].get(username()), from_cookie=known is None)
    return authenticator


def _keep_or_end_login(authenticator: stauth.Authenticate | None, entry: dict | None, *, from_cookie: bool) -> None:
    """The account's roles as they are now, or the end of this login."""
    if entry is None:  # the account was removed
        _end_login_here(authenticator, notice=not from_cookie)
        return
    if from_cookie:
        token = authenticator.cookie_controller.get_cookie() or {}
        issued = float(token.get("exp_date", 0)) - auth.COOKIE_EXPIRY_DAYS * 86400
        if issued < entry["logged_out_at"]:
            _end_login_here(authenticator)
            return
    elif st.session_state.setdefault(_GENERATION, entry["generation"]) != entry["generation"]:
        _end_login_here(authenticator, notice=True)
        return
    st.session_state[_GENERATION] = entry["generation"]
    st.session_state["roles"] = entry["roles"]


def _end_login_here(authenticator: stauth.Authenticate | None, *, notice: bool = False) -> None:
    """Log this tab out; with `notice`, the login page says why until the next login."""
    if notice:
        st.session_state[ENDED_ELSEWHERE] = True
    for key in ("authentication_status", "username", "name", "roles", "email"):
        st.session_state[key] = None
    st.session_state.pop(_GENERATION, None)
    st.session_state["logout"] = True  # the library's flag: read no cookie in this tab any more
    if authenticator is not None:
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
    if is_logged_in():  # just now: this login counts from the account's generation it was checked against
        st.session_state[_GENERATION] = st.session_state[_GENERATIONS].get(username())
        st.session_state.pop(ENDED_ELSEWHERE, None)
    if st.session_state.get("authentication_status") is False:
        if st.session_state.get(SUBMIT_KEY):  # count each submitted attempt once, not every rerun
            with data.write() as session:
                participant.record_wrong_code(session, client_key=tab)
        st.error("Gebruikersnaam of wachtwoord klopt niet.")


def logout_button() -> None:
    if is_logged_in() and st.sidebar.button("Afmelden", key="samenspraak-logout", icon="🚪"):
        with data.write() as session:
            auth.record_logout(session, username=username())
        current().logout(location="unrendered")


def require_staff() -> None:
    """Every staff page checks for itself, also whether this tab's login still holds (the account
    still there, not logged out elsewhere since, its roles as they are now). Until st.navigation
    has run once in a server process, Streamlit runs a pages/ script asked for by URL directly,
    without the router and its login."""
    if roles() & STAFF:
        with data.read() as session:
            entry = auth.credentials(session, username=username())["usernames"].get(username())
        _keep_or_end_login(st.session_state.get(_KEY), entry, from_cookie=False)
    if roles() & STAFF:
        return
    try:
        st.switch_page("app.py")  # the router: the login form, then this page's URL again
    except StreamlitAPIException:
        st.warning("Meld je eerst aan.")
        st.stop()


def require_admin() -> None:
    if "admin" not in roles():
        st.error("Deze pagina is alleen voor een beheerder.", icon="🔒")
        st.stop()


def refuse(message: str = access.REFUSED) -> None:
    st.error(message, icon="🔒")
    st.page_link("pages/trajecten.py", label="Naar jouw trajecten", icon="⬅️")
    st.stop()


def require_trajectory(trajectory_id: int) -> None:
    """Stop the page unless this account may open this trajectory (every staff page, through
    facilitation.ui.actions.stop_without_trajectory)."""
    with data.read() as session:
        allowed = access.can_open(session, username=username(), trajectory_id=trajectory_id)
    if not allowed:
        refuse()


def require_join_code(code: str) -> None:
    """The beamer (/scherm?code=...): stop unless the session of this code is one of this account's
    trajectories. An unknown code is left to the page."""
    with data.read() as session:
        allowed = access.join_code_allowed(session, username=username(), code=code)
    if allowed is False:
        refuse("Deze sessie hoort bij een traject dat niet bij jouw trajecten hoort: je kunt het scherm niet "
               "openen. Vraag een beheerder om je aan het traject toe te voegen.")
