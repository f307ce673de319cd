"""Which pages a visitor sees, by role. A page that is not listed has no URL for that visitor."""

from __future__ import annotations

import streamlit as st

from facilitation.auth import ROLE_LABELS
from facilitation.ui import auth

# (script, title, icon, url path, shown in the menu)
STAFF_PAGES = {
    "Trajecten": [
        ("pages/trajecten.py", "Trajecten", "🗺️", "trajecten", True),
        ("pages/traject.py", "Traject", "📅", "traject", False),
        ("pages/stuurgroep.py", "Stuurgroep", "👥", "stuurgroep", False),
        ("pages/omgevingsanalyse.py", "Omgevingsanalyse", "📊", "omgevingsanalyse", False),
        ("pages/vragen.py", "Eigen vragen", "❓", "vragen", False),
        ("pages/sessie.py", "Sessie leiden", "🎤", "sessie", False),
        ("pages/scherm.py", "Scherm", "📺", "scherm", False),
        ("pages/groeperen.py", "Groeperen", "🧩", "groeperen", False),
        ("pages/prioriteiten.py", "Prioriteiten", "⭐", "prioriteiten", False),
        ("pages/visie.py", "Visie", "🧭", "visie", False),
        ("pages/doelen.py", "Doelstellingen", "🎯", "doelen", False),
        ("pages/actieplan.py", "Actieplan", "📋", "actieplan", False),
        ("pages/evaluatie.py", "Indicatoren en evaluatie", "📈", "evaluatie", False),
        ("pages/exporteren.py", "Exporteren", "📤", "exporteren", False),
    ],
}
# In the menu for an admin (beheerder) only; the page refuses anyone else in Dutch.
ADMIN_PAGES = {"Beheer": [("pages/accounts.py", "Accounts", "👤", "accounts", True)]}


def _public_pages() -> list[st.Page]:
    """Pages for everyone, without an account: the parents' page of what was done with their words.
    (The phone, /meedoen, is not a Streamlit page: phone/ serves it beside these screens.)"""
    return [
        st.Page("pages/terugkoppeling.py", title="Wat we met jullie inbreng deden", icon="💌",
                url_path="terugkoppeling", visibility="hidden"),
    ]


def _public_request() -> bool:
    """True when the browser asks for a public page (the parents' feedback page): parents get no
    login machinery at all (the cookie component costs a cheap phone an iframe and a rerun)."""
    url = (st.context.url or "").split("?", 1)[0].rstrip("/")
    return url.endswith("/terugkoppeling")


def _to_the_phone_page() -> None:
    st.link_button("Meedoen met een code", "/meedoen", icon="💬")


def router() -> st.navigation:
    """The login gate and the pages this visitor may see."""
    if _public_request() and not auth.is_logged_in():
        # The default page is served at "/", never at its own path.
        start = st.Page(_to_the_phone_page, title="Samenspraak", url_path="start", default=True)
        return st.navigation([start, *_public_pages()], position="hidden")
    auth.start()
    if not auth.roles() & auth.STAFF:
        sidebar_user()
        return st.navigation(_login_pages() + _public_pages(), position="hidden")
    first = True
    sections = {}
    admin = "admin" in auth.roles()
    for section, pages in (STAFF_PAGES | ADMIN_PAGES).items():
        shown_here = admin or section not in ADMIN_PAGES  # else hidden: the page says it is for admins
        into = sections.setdefault(section if shown_here else "Trajecten", [])
        for script, title, icon, url_path, shown in pages:
            into.append(
                st.Page(script, title=title, icon=icon, url_path=url_path, default=first,
                        visibility="visible" if shown and shown_here else "hidden")
            )
            first = False
    sections["Trajecten"] += _public_pages()
    pages = st.navigation(sections)
    sidebar_user()  # after the pages exist: its link to Accounts must find its page, also on the first run
    return pages


def _login_pages() -> list[st.Page]:
    """The login page, also under each staff URL: a visitor sees the login form there (never the
    page itself), and after logging in, or after the login cookie is read on a reload, the same
    URL shows the page that was asked for."""
    pages = [st.Page("pages/login.py", title="Aanmelden", icon="🔑", url_path="aanmelden", default=True)]
    for section in (STAFF_PAGES | ADMIN_PAGES).values():
        for _script, _title, _icon, url_path, _shown in section:
            pages.append(st.Page("pages/login.py", title="Aanmelden", url_path=url_path, visibility="hidden"))
    return pages


def sidebar_user() -> None:
    name = auth.username()
    if name:
        labels = ", ".join(sorted(ROLE_LABELS.get(r, r) for r in auth.roles()))
        st.sidebar.caption(f"Aangemeld als **{name}** ({labels})")
        if "admin" in auth.roles():  # the menu is hidden (config.toml): the way to Accounts is here
            st.sidebar.page_link("pages/accounts.py", label="Accounts beheren", icon="👤")
        auth.logout_button()
