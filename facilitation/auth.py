"""Accounts of facilitators, coordinators and admins, kept in the database.

Every process of one installation (several machines on one PostgreSQL included) reads the same
accounts and the same key that signs the login cookies. Passwords are kept only as bcrypt hashes.
Parents never have an account. Which trajectories an account may open: facilitation.access.
"""

from __future__ import annotations

import re
import secrets
import time
from collections.abc import Iterable

import bcrypt
import jwt  # what streamlit-authenticator signs its login cookies with
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session as DbSession

from facilitation.models import InstallationSetting, StaffAccount, StaffRole

ROLES = ("facilitator", "coordinator", "admin")
ROLE_LABELS = {"facilitator": "externe begeleider", "coordinator": "coördinator", "admin": "beheerder"}
USERNAME_PATTERN = re.compile(r"^[a-z0-9][a-z0-9._-]{2,31}$")
MIN_PASSWORD_LENGTH = 8
MAX_PASSWORD_LENGTH = 72  # bcrypt reads no further
COOKIE_NAME = "samenspraak_login"
COOKIE_EXPIRY_DAYS = 7
COOKIE_KEY_SETTING = "cookie_key"

DEMO_USERNAME = "demo"
DEMO_PASSWORD = "demo-samenspraak"


class AccountError(ValueError):
    """An account request that cannot be carried out; the message is for the user."""


def hash_password(password: str) -> str:
    return bcrypt.hashpw(password.encode(), bcrypt.gensalt()).decode()


def check_password(password: str, hashed: str) -> bool:
    return bcrypt.checkpw(password.encode(), hashed.encode())


def _checked_username(username: str) -> str:
    if not USERNAME_PATTERN.fullmatch(username or ""):
        raise AccountError(
            "Gebruikersnaam: 3 tot 32 tekens, kleine letters, cijfers, punt, streepje of liggend streepje."
        )
    return username


def _checked_roles(roles: Iterable[str]) -> list[str]:
    roles = list(roles or [])
    unknown = [role for role in roles if role not in ROLES]
    if unknown or not roles:
        raise AccountError(f"Onbekende rol {', '.join(unknown) or '(geen)'}; kies uit {', '.join(ROLES)}.")
    return sorted(set(roles))


def _checked_password(password: str) -> str:
    if len(password or "") < MIN_PASSWORD_LENGTH:
        raise AccountError(f"Het wachtwoord moet minstens {MIN_PASSWORD_LENGTH} tekens hebben.")
    if len(password.encode()) > MAX_PASSWORD_LENGTH:
        raise AccountError(f"Het wachtwoord mag hoogstens {MAX_PASSWORD_LENGTH} tekens hebben.")
    if password != password.strip():
        # The login form drops spaces at both ends: such a password could never be typed in.
        raise AccountError("Het wachtwoord mag niet met een spatie beginnen of eindigen.")
    return password


def get_account(session: DbSession, *, username: str | None) -> StaffAccount | None:
    if not username:
        return None
    return session.scalar(select(StaffAccount).where(StaffAccount.username == username))


def _existing(session: DbSession, username: str) -> StaffAccount:
    account = get_account(session, username=username)
    if account is None:
        raise AccountError(f"Er is geen account '{username}'.")
    return account


def role_names(account: StaffAccount) -> list[str]:
    return [r.role for r in account.roles]


def _set_roles(account: StaffAccount, roles: list[str]) -> None:
    kept = [r for r in account.roles if r.role in roles]
    account.roles = kept + [StaffRole(role=role) for role in roles if role not in {r.role for r in kept}]


def _end_logins(account: StaffAccount) -> None:
    """Every login of this account ends: cookies issued until now no longer count, and open browser
    tabs are logged out at their next run (facilitation.ui.auth compares the generation)."""
    account.logged_out_at = time.time()
    account.generation = (account.generation or 0) + 1


def add_user(session: DbSession, *, username: str, password: str, roles: Iterable[str]) -> StaffAccount:
    """Create an account, or give an existing one this password and these roles (the installer's
    `samenspraak user add`). A changed password ends the account's logins everywhere."""
    username, roles, password = _checked_username(username), _checked_roles(roles), _checked_password(password)
    account = get_account(session, username=username)
    if account is None:
        account = StaffAccount(username=username, password_hash=hash_password(password), logged_out_at=0.0,
                               generation=0)
        session.add(account)
    else:
        account.password_hash = hash_password(password)
        _end_logins(account)
    _set_roles(account, roles)
    session.flush()
    return account


def create_account(session: DbSession, *, username: str, password: str, roles: Iterable[str]) -> StaffAccount:
    """A new account (the admin's page): refuses a name that is taken, so nobody's password is
    overwritten by accident."""
    username = (username or "").strip()
    if get_account(session, username=username) is not None:
        raise AccountError(f"Er bestaat al een account '{username}'. Kies een andere gebruikersnaam.")
    return add_user(session, username=username, password=password, roles=roles)


def set_password(session: DbSession, *, username: str, password: str) -> None:
    """A new password (reset by an admin): the account's logins end everywhere."""
    account = _existing(session, username)
    account.password_hash = hash_password(_checked_password(password))
    _end_logins(account)


def _admins(session: DbSession) -> set[str]:
    return set(session.scalars(
        select(StaffAccount.username).join(StaffRole).where(StaffRole.role == "admin")
    ))


def set_roles(session: DbSession, *, username: str, roles: Iterable[str]) -> None:
    """Other roles for an account; they count from its next click. The last admin stays admin."""
    account, roles = _existing(session, username), _checked_roles(roles)
    if "admin" not in roles and _admins(session) == {username}:
        raise AccountError("Dit is het laatste account met de rol beheerder: die rol blijft, anders kan niemand "
                           "nog accounts beheren.")
    _set_roles(account, roles)


def remove_user(session: DbSession, *, username: str) -> bool:
    """Remove an account and its place in trajectories. False when there was none."""
    account = get_account(session, username=username)
    if account is None:
        return False
    session.delete(account)
    session.flush()
    return True


def remove_account(session: DbSession, *, username: str, by: str) -> None:
    """The admin's page: refuses to remove one's own account or the last admin."""
    if username == by:
        raise AccountError("Je kunt je eigen account niet verwijderen.")
    if _admins(session) == {username}:
        raise AccountError("Dit is het laatste account met de rol beheerder: het kan niet weg.")
    if not remove_user(session, username=username):
        raise AccountError(f"Er is geen account '{username}' (meer).")


def users(session: DbSession) -> dict[str, list[str]]:
    """Usernames with their roles, by name."""
    accounts = session.scalars(select(StaffAccount).order_by(StaffAccount.username))
    return {a.username: role_names(a) for a in accounts}


def record_logout(session: DbSession, *, username: str) -> None:
    """Afmelden: this account's logins end, in this browser and in every other one."""
    account = get_account(session, username=username)
    if account is not None:
        _end_logins(account)


def credentials(session: DbSession, *, username: str | None = None) -> dict:
    """The accounts in the shape streamlit-authenticator takes (`credentials.usernames.<name>`),
    only `username`'s when given. Besides what the library reads, each entry carries
    `logged_out_at` and `generation` (facilitation.ui.auth checks them on every run)."""
    query = select(StaffAccount)
    if username is not None:
        query = query.where(StaffAccount.username == username)
    return {"usernames": {
        a.username: {
            "email": f"{a.username}@samenspraak.invalid",
            "first_name": a.username,
            "last_name": "",
            "password": a.password_hash,
            "roles": role_names(a),
            "logged_out_at": a.logged_out_at or 0.0,
            "generation": a.generation or 0,
        }
        for a in session.scalars(query)
    }}


def login_cookie_holder(session: DbSession, *, token: str | None, now: float | None = None) -> str | None:
    """The staff account whose valid login cookie this is (signed with the installation's key, not
    expired, issued after its last "Afmelden"), or None. For requests outside the Streamlit
    screens, such as the files they show and offer for download."""
    key = cookie_key(session)
    if not token or not key:
        return None
    try:
        claims = jwt.decode(token, key, algorithms=["HS256"])
        username, expires = str(claims["username"]), float(claims["exp_date"])
    except (jwt.InvalidTokenError, KeyError, TypeError, ValueError):
        return None
    account = session.scalar(select(StaffAccount).where(StaffAccount.username == username))
    now = time.time() if now is None else now
    if account is None or expires <= now or expires - COOKIE_EXPIRY_DAYS * 86400 < (account.logged_out_at or 0.0):
        return None
    return username


def cookie_key(session: DbSession) -> str | None:
    setting = session.get(InstallationSetting, COOKIE_KEY_SETTING)
    return setting.value if setting else None


def make_cookie_key(session: DbSession) -> str:
    """The installation's key for login cookies, made once (by whichever process comes first)."""
    existing = cookie_key(session)
    if existing:
        return existing
    try:
        with session.begin_nested():
            session.add(InstallationSetting(name=COOKIE_KEY_SETTING, value=secrets.token_urlsafe(32)))
    except IntegrityError:  # another process made it at the same moment: take theirs
        pass
    return cookie_key(session)
