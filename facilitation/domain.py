"""Domain sets: the beleids- or levensdomeinen answers are grouped into (roadmap step 6)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from facilitation.exercises import Catalogue, catalogue
from facilitation.models import Domain, DomainSet, PriorityKind


class DomainError(ValueError):
    """A request about domains that cannot be carried out; the message is for the user."""


def adopt_domain_set(
    session: DbSession, *, trajectory_id: int, source_key: str, exercises: Catalogue | None = None
) -> DomainSet:
    """Give a trajectory its own editable copy of one of the shipped domain lists."""
    cat = exercises or catalogue()
    template = cat.domain_sets.get(source_key)
    if template is None:
        raise DomainError(f"Onbekende domeinenlijst: {source_key}.")
    domain_set = DomainSet(trajectory_id=trajectory_id, source_key=source_key, name=template.name.nl)
    domain_set.domains = [
        Domain(key=d.id, name=d.name.nl, icon=d.icon, position=index, lemmas=" ".join(d.lemmas))
        for index, d in enumerate(template.domains)
    ]
    session.add(domain_set)
    session.flush()
    return domain_set


def domain_sets(session: DbSession, *, trajectory_id: int) -> list[DomainSet]:
    return list(
        session.scalars(select(DomainSet).where(DomainSet.trajectory_id == trajectory_id).order_by(DomainSet.id))
    )


def mark_priority(session: DbSession, *, domain_id: int, kind: PriorityKind | None) -> Domain:
    """Make a domain a priority domain of the given kind, or (kind None) no priority any more."""
    domain = session.get(Domain, domain_id)
    if domain is None:
        raise DomainError("Dit domein bestaat niet (meer).")
    domain.is_priority = kind is not None
    domain.priority_kind = kind
    session.flush()
    return domain


def priority_domains(session: DbSession, *, trajectory_id: int) -> list[Domain]:
    return list(
        session.scalars(
            select(Domain)
            .join(DomainSet)
            .where(DomainSet.trajectory_id == trajectory_id, Domain.is_priority.is_(True))
            .order_by(Domain.position)
        )
    )
