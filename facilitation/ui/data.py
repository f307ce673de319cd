"""The pages' door to the database: one engine per URL, migrated once per process."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import streamlit as st
from sqlalchemy import Engine
from sqlalchemy.orm import Session as DbSession

from facilitation import config, db


@st.cache_resource(show_spinner=False)
def _engine(url: str) -> Engine:
    db.migrate(url)
    return db.engine_for(url)


def engine() -> Engine:
    # Keyed by URL: tests (and AppTest instances in one process) each get their own database.
    return _engine(config.database_url())


@contextmanager
def read() -> Iterator[DbSession]:
    with db.transaction(engine()) as session:
        yield session


@contextmanager
def write() -> Iterator[DbSession]:
    with db.transaction(engine(), write=True) as session:
        yield session
