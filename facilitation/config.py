"""Settings read from the environment, in one place."""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
EXPORTS_DIR = PROJECT_ROOT / "exports"


def data_dir() -> Path:
    return Path(os.environ.get("SAMENSPRAAK_DATA_DIR", PROJECT_ROOT / "data"))


def normalise_database_url(url: str) -> str:
    """Accept the URLs people paste (postgres://, postgresql://) and pick the psycopg 3 driver."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def database_url() -> str:
    url = os.environ.get("SAMENSPRAAK_DATABASE_URL")
    if url:
        return normalise_database_url(url)
    return f"sqlite:///{data_dir() / 'samenspraak.db'}"


def auth_file() -> Path:
    return Path(os.environ.get("SAMENSPRAAK_AUTH_FILE", data_dir() / "auth.yaml"))


def public_url() -> str:
    return os.environ.get("SAMENSPRAAK_PUBLIC_URL", "http://localhost:8501").rstrip("/")


def exercises_file() -> Path:
    """The questions, domain sets and session templates (replaceable for a municipality or a test)."""
    return Path(os.environ.get("SAMENSPRAAK_EXERCISES_FILE", PROJECT_ROOT / "exercises" / "ai_questions.yaml"))
