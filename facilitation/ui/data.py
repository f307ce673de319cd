"""The pages' door to the database: one engine per URL, migrated once per process."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.orm import Session as DbSession

from facilitation import db


@contextmanager
def read() -> Iterator[DbSession]:
    with db.unit_of_work() as session:
        yield session


@contextmanager
def write() -> Iterator[DbSession]:
    with db.unit_of_work(write=True) as session:
        yield session
