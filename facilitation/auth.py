"""Accounts of facilitators and coordinators, kept in a credentials file outside git.

The file (default data/auth.yaml, or SAMENSPRAAK_AUTH_FILE) has the shape streamlit-authenticator
reads: a cookie section with a key generated per installation, and bcrypt-hashed passwords.
Parents never have an account.
"""

from __future__ import annotations

import os
import re
import secrets
from pathlib import Path

import bcrypt
import yaml

from facilitation import config

ROLES = ("facilitator", "coordinator", "admin")
ROLE_LABELS = {"facilitator": "externe begeleider", "coordinator": "coördinator", "admin": "beheerder"}
USERNAME_PATTERN = re.compile(r"^[a-z0-9][a-z0-9._-]{2,31}$")
MIN_PASSWORD_LENGTH = 8
COOKIE_NAME = "samenspraak_login"

DEMO_USERNAME = "demo"
DEMO_PASSWORD = "demo-samenspraak"


class AccountError(ValueError):
    """An account request that cannot be carried out; the message is for the user."""


def _empty_config() -> dict:
    return {
        "cookie": {"name": COOKIE_NAME, "key": secrets.token_urlsafe(32), "expiry_days": 7},
        "credentials": {"usernames": {}},
    }


def load(path: Path | None = None) -> dict:
    """The credentials file as a dict; created with a fresh cookie key when it does not exist."""
    path = path or config.auth_file()
    if not path.exists():
        data = _empty_config()
        save(data, path)
        return data
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise AccountError(f"{path}: het bestand met de accounts is beschadigd of onleesbaar ({exc}).") from None
    if not isinstance(data, dict):
        raise AccountError(f"{path}: het bestand met de accounts is beschadigd (geen mapping).")
    changed = False
    if not data.get("cookie", {}).get("key"):
        data["cookie"] = _empty_config()["cookie"]
        changed = True
    if not isinstance(data.get("credentials", {}).get("usernames"), dict):
        data["credentials"] = {"usernames": {}}
        changed = True
    if changed:
        save(data, path)
    return data


def save(data: dict, path: Path | None = None) -> None:
    path = path or config.auth_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    # Only the server's own user may read password hashes and the cookie key.
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        yaml.safe_dump(data, handle, allow_unicode=True, sort_keys=True)
    os.replace(tmp, path)


def hash_password(password: str) -> str:
    return bcrypt.hashpw(password.encode(), bcrypt.gensalt()).decode()


def check_password(password: str, hashed: str) -> bool:
    return bcrypt.checkpw(password.encode(), hashed.encode())


def add_user(
    *, username: str, password: str, roles: list[str] | tuple[str, ...], path: Path | None = None
) -> None:
    """Create or update an account. The password is stored only as a bcrypt hash."""
    if not USERNAME_PATTERN.fullmatch(username):
        raise AccountError(
            "Gebruikersnaam: 3 tot 32 tekens, kleine letters, cijfers, punt, streepje of liggend streepje."
        )
    unknown = [role for role in roles if role not in ROLES]
    if unknown or not roles:
        raise AccountError(f"Onbekende rol {', '.join(unknown) or '(geen)'}; kies uit {', '.join(ROLES)}.")
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AccountError(f"Het wachtwoord moet minstens {MIN_PASSWORD_LENGTH} tekens hebben.")
    data = load(path)
    data["credentials"]["usernames"][username] = {
        "email": f"{username}@samenspraak.invalid",
        "first_name": username,
        "last_name": "",
        "password": hash_password(password),
        "roles": list(roles),
    }
    save(data, path)


def remove_user(*, username: str, path: Path | None = None) -> bool:
    data = load(path)
    removed = data["credentials"]["usernames"].pop(username, None) is not None
    if removed:
        save(data, path)
    return removed


def users(path: Path | None = None) -> dict[str, list[str]]:
    """Usernames with their roles."""
    return {name: list(entry.get("roles") or []) for name, entry in load(path)["credentials"]["usernames"].items()}


def record_logout(*, username: str, at: float, path: Path | None = None) -> None:
    """Remember when a user logged out: login cookies issued before that no longer count (a
    cookie stays valid until it expires, even when the browser did not get to delete it)."""
    data = load(path)
    entry = data["credentials"]["usernames"].get(username)
    if entry is not None:
        entry["logged_out_at"] = at
        save(data, path)


def logged_out_at(*, username: str, path: Path | None = None) -> float:
    entry = load(path)["credentials"]["usernames"].get(username) or {}
    return float(entry.get("logged_out_at") or 0)
