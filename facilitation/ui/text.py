"""Showing text that people typed: always as text, never as Markdown or HTML."""

from __future__ import annotations

import re

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:])")


def md_escape(text: str) -> str:
    """Escape text for use inside st.markdown, so that '**', '<script>' or links stay literal."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text or "")
