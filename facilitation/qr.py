"""The join link and its QR code, shown on the projector: <public URL>/meedoen?code=CODE."""

from __future__ import annotations

import io
from urllib.parse import urlencode

import segno

from facilitation import config


def join_url(code: str) -> str:
    return f"{config.public_url()}/meedoen?{urlencode({'code': code})}"


def qr_png(url: str, *, scale: int = 10) -> bytes:
    buffer = io.BytesIO()
    segno.make(url, error="m").save(buffer, kind="png", scale=scale, border=2)
    return buffer.getvalue()
