"""The phone's device: a random secret in an HttpOnly cookie, never in a link.

A reload keeps the cookie, so the phone stays the same participant. A forwarded link, a screenshot
of the address bar or another browser carries no cookie and so sees nothing and changes nothing.
"Klaar" on the phone deletes the cookie: whoever uses the phone next starts afresh.

Each session sees its own token, derived from the device secret, so the hashes stored for one
phone in two meetings cannot be joined to each other.
"""

from __future__ import annotations

import base64
import hashlib
import hmac

from starlette.requests import Request
from starlette.responses import Response

from facilitation import anonymity

COOKIE = "samenspraak_toestel"
SKIPPED = "samenspraak_overgeslagen"
PATH = "/meedoen"
LIFETIME = 14 * 24 * 3600  # homework opens days before a meeting; a new meeting has a new session


def from_request(request: Request) -> str | None:
    value = request.cookies.get(COOKIE)
    return value if anonymity.is_device_token(value) else None


def new() -> str:
    return anonymity.new_device_token()


def _secure(request: Request) -> bool:
    return request.url.scheme == "https" or request.headers.get("x-forwarded-proto", "") == "https"


def remember(response: Response, request: Request, device: str) -> None:
    response.set_cookie(COOKIE, device, max_age=LIFETIME, path=PATH, httponly=True, samesite="lax",
                        secure=_secure(request))


def forget(response: Response, request: Request) -> None:
    for name in (COOKIE, SKIPPED):
        response.delete_cookie(name, path=PATH, httponly=True, samesite="lax", secure=_secure(request))


def session_token(device: str, session_id: int) -> str:
    """The token this device uses in one session (token-shaped, so the domain checks accept it)."""
    digest = hmac.new(device.encode(), f"samenspraak-session:{session_id}".encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).decode().rstrip("=")[:32]


def skipped(request: Request) -> set[int]:
    """The questions this phone skipped (a UI choice, kept in the browser only)."""
    raw = request.cookies.get(SKIPPED, "")
    return {int(part) for part in raw.split(".") if part.isdigit()}


def remember_skipped(response: Response, request: Request, ids: set[int]) -> None:
    value = ".".join(str(i) for i in sorted(ids)[-50:])
    response.set_cookie(SKIPPED, value, max_age=LIFETIME, path=PATH, httponly=True, samesite="lax",
                        secure=_secure(request))
