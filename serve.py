"""The server: the Streamlit screens (app.py) and, beside them, the light phone page (/meedoen).

`streamlit run serve.py` (as `make run` does) or any ASGI server: `uvicorn serve:app`.
"""

import threading
import time
from http.cookies import SimpleCookie

import streamlit as st
from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware
from starlette.responses import PlainTextResponse

from facilitation import auth, grouping
from phone.routes import ROUTES
from phone.state import read

STAFF_FILES = "/media/"  # what the staff screens show and offer for download: minutes, clouds, QR codes
_checked: dict[str, tuple[float, bool]] = {}


def _staff_cookie(token: str) -> bool:
    with read() as session:
        return auth.login_cookie_holder(session, token=token) is not None


class StaffFilesOnly:
    """Files of the staff screens only for a browser with a valid staff login cookie: a copied link
    to an exported minutes file opens nothing for anyone else."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] == "http" and scope["path"].startswith(STAFF_FILES) and not await self._allowed(scope):
            refusal = PlainTextResponse("Dit bestand is alleen voor begeleiders en coördinatoren. Meld je aan.",
                                        status_code=403, headers={"Cache-Control": "no-store"})
            await refusal(scope, receive, send)
            return
        await self.app(scope, receive, send)

    async def _allowed(self, scope) -> bool:
        cookies = SimpleCookie()
        for name, value in scope.get("headers", []):
            if name == b"cookie":
                cookies.load(value.decode("latin-1"))
        token = cookies[auth.COOKIE_NAME].value if auth.COOKIE_NAME in cookies else ""
        if not token:
            return False
        seen = _checked.get(token)
        if seen is None or time.monotonic() - seen[0] > 30:  # a logout elsewhere counts within 30 s
            if len(_checked) > 1000:
                _checked.clear()
            seen = (time.monotonic(), await run_in_threadpool(_staff_cookie, token))
            _checked[token] = seen
        return seen[1]


# The grouping assistant's lexicon and models load while the server waits for its first visitors.
threading.Thread(target=grouping.warm, name="grouping-warm", daemon=True).start()

app = st.App("app.py", routes=ROUTES, middleware=[Middleware(StaffFilesOnly)])
