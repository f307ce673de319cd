"""A logged-in staff member for AppTest: the account in the database (accounts live there) and the
session state streamlit-authenticator leaves after a login. A facilitator or coordinator belongs to
every trajectory that exists when the page is opened; tests/test_access_pages.py is about what
happens without that."""

from __future__ import annotations

import functools

from sqlalchemy import select
from streamlit.testing.v1 import AppTest

from facilitation import access, auth, config, db
from facilitation.models import StaffAccount, StaffRole, Trajectory

PASSWORD = "test-wachtwoord"


@functools.cache
def _hashed() -> str:
    return auth.hash_password(PASSWORD)  # once per run: bcrypt is slow on purpose


def ensure_account(username: str, roles: list[str], *, member_of_all: bool = True) -> None:
    url = config.database_url()
    db.migrate(url)
    with db.transaction(db.engine_for(url), write=True) as session:
        account = auth.get_account(session, username=username)
        if account is None:
            session.add(StaffAccount(username=username, password_hash=_hashed(), logged_out_at=0.0, generation=0,
                                     roles=[StaffRole(role=r) for r in sorted(set(roles))]))
            session.flush()
        if member_of_all:
            for trajectory_id in session.scalars(select(Trajectory.id)):
                access.assign(session, username=username, trajectory_id=trajectory_id)


def sign_in(at: AppTest, username: str, roles: list[str], *, member_of_all: bool = True) -> AppTest:
    ensure_account(username, roles, member_of_all=member_of_all)
    at.session_state["authentication_status"] = True
    at.session_state["username"] = username
    at.session_state["name"] = username
    at.session_state["roles"] = list(roles)
    return at
