"""Domain sets: the beleids- or levensdomeinen answers are grouped into (roadmap step 6).

At the third stuurgroep meeting the facilitator groups the answers ("Wat moeten ouders/kinderen
kunnen (doen) of hebben om erbij te horen en bij te dragen?") and the essential elements of the
casus and the droom of meeting 2 into the domains of a chosen set. Every item gets ranked
suggestions from the grouping assistant (facilitation/grouping.py), each with a reason a person can
check; the facilitator confirms, changes or leaves an item ungrouped, and every placed item teaches
the assistant. "Alle voorstellen overnemen" takes only the confident suggestions.

After the vote two or three domains become priority domains, each "structureel / proactief" or
"milderend", and each gets a werkgroep of roles and counts, never names.

What is hidden by moderation or still waits for approval never counts and is never listed; a
duplicate merged into another answer is not listed on its own (its essential elements are listed
with the answer it was merged into, as the projector shows them).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session as DbSession
from sqlalchemy.orm import aliased, contains_eager, selectinload

from facilitation import question, text
from facilitation.exercises import Catalogue, catalogue
from facilitation.grouping import Suggestions, assistant_for
from facilitation.models import (
    BallotAllocation,
    Contribution,
    Domain,
    DomainSet,
    EssentialElement,
    Goal,
    MemberRole,
    PriorityKind,
    Session,
    SessionExercise,
    SessionKind,
    Werkgroep,
    WerkgroepMember,
)
from facilitation.session import KIND_LABELS, roadmap_order

# The exercises whose answers are grouped into domains: meeting 2 (casus, droom) and meeting 3
# (the two questions), wherever they are asked (stuurgroep or oudergroep) ...
GROUPED_EXERCISES = frozenset({"casus", "droom", "ouders_erbij_horen", "kinderen_erbij_horen"})
# ... and the questions of a focusgroep that ask for answers (not a vote, not the grouping itself).
FOCUSGROUP_KINDS = frozenset({"open", "story", "dream"})

CONTRIBUTION = "contribution"
ELEMENT = "element"

DEFAULT_ICON = "🔹"
NAME_MAX = 160
ICON_MAX = 16
LEMMAS_MAX = text.LONG_TEXT

PRIORITY_MIN, PRIORITY_MAX = 2, 3
PRIORITY_LABELS: dict[PriorityKind, str] = {
    PriorityKind.STRUCTUREEL: "structureel/proactief",
    PriorityKind.MILDEREND: "milderend",
}
# Parents and ervaringsdeskundigen are a role and a count: no organisation that could point to them.
PARENT_ROLES = frozenset({MemberRole.OUDER, MemberRole.ERVARINGSDESKUNDIGE})
MAX_PER_ROLE = 999


class DomainError(ValueError):
    """A request about domains that cannot be carried out; the message is for the user."""


# --- grouping -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class GroupItem:
    """An answer or an essential element to group, with where it comes from and the assistant's
    ranked suggestions."""

    kind: str  # CONTRIBUTION or ELEMENT
    id: int
    text: str
    source: str  # "Stuurgroep 2 · Casus"
    exercise_key: str
    domain_id: int | None
    suggestions: Suggestions


def _is_grouped(exercise: SessionExercise, cat: Catalogue) -> bool:
    if exercise.exercise_key in GROUPED_EXERCISES:
        return True
    template = question.template_of(exercise, cat)  # a shipped exercise or the trajectory's own question
    return (
        exercise.session.kind is SessionKind.FOCUSGROEP
        and template is not None
        and template.kind in FOCUSGROUP_KINDS
    )


def _source(exercise: SessionExercise, cat: Catalogue) -> str:
    meeting = exercise.session
    where = f"{KIND_LABELS[meeting.kind]} {meeting.number}" if meeting.number else meeting.title.split(":")[0]
    template = question.template_of(exercise, cat)
    what = template.title.nl.split(":")[0] if template else exercise.exercise_key
    return f"{where.strip()} · {what.strip()}"


def _domain_set(session: DbSession, domain_set_id: int, trajectory_id: int | None = None) -> DomainSet:
    domain_set = session.get(DomainSet, domain_set_id)
    if domain_set is None:
        raise DomainError("Deze domeinenlijst bestaat niet (meer).")
    if trajectory_id is not None and domain_set.trajectory_id != trajectory_id:
        raise DomainError("Deze domeinenlijst hoort bij een ander traject.")
    return domain_set


def _domain(session: DbSession, domain_id: int) -> Domain:
    domain = session.get(Domain, domain_id)
    if domain is None:
        raise DomainError("Dit domein bestaat niet (meer).")
    return domain


def _visible_items(
    session: DbSession, trajectory_id: int, cat: Catalogue
) -> list[tuple[str, Contribution | EssentialElement, SessionExercise]]:
    """The trajectory's groupable items in roadmap order: each visible answer, then its essential
    elements, then those of the duplicates merged into it."""
    contributions = session.scalars(
        select(Contribution)
        .join(Contribution.exercise)
        .join(SessionExercise.session)
        .where(
            Session.trajectory_id == trajectory_id,
            Contribution.hidden.is_(False),
            Contribution.approved.is_(True),
        )
        .options(
            contains_eager(Contribution.exercise).contains_eager(SessionExercise.session),
            selectinload(Contribution.elements),
        )
        .order_by(Contribution.id)
    ).unique().all()
    duplicates: dict[int, list[Contribution]] = {}
    leaders = []
    for contribution in contributions:
        if contribution.merged_into_id is None:
            if _is_grouped(contribution.exercise, cat):
                leaders.append(contribution)
        else:
            duplicates.setdefault(contribution.merged_into_id, []).append(contribution)
    leaders.sort(key=lambda c: (roadmap_order(c.exercise.session), c.exercise.position, c.id))
    items: list[tuple[str, Contribution | EssentialElement, SessionExercise]] = []
    for leader in leaders:
        items.append((CONTRIBUTION, leader, leader.exercise))
        for answer in [leader, *duplicates.get(leader.id, [])]:
            items.extend((ELEMENT, element, leader.exercise) for element in answer.elements)
    return items


def items_to_group(
    session: DbSession, *, trajectory_id: int, domain_set_id: int, exercises: Catalogue | None = None
) -> list[GroupItem]:
    """Everything the facilitator groups, with ranked suggestions from the domains of the set for
    each: the visible answers to the casus, the droom, the two questions of meeting 3 and the
    focusgroep questions, and their essential elements; in roadmap order of the sessions."""
    cat = exercises or catalogue()
    domain_set = _domain_set(session, domain_set_id, trajectory_id)
    assistant = assistant_for(session, domain_set=domain_set)
    return [
        GroupItem(
            kind=kind,
            id=item.id,
            text=item.text,
            source=_source(exercise, cat),
            exercise_key=exercise.exercise_key,
            domain_id=item.domain_id,
            suggestions=assistant.suggest(item.text, item=(kind, item.id)),
        )
        for kind, item, exercise in _visible_items(session, trajectory_id, cat)
    ]


def _item(session: DbSession, kind: str, item_id: int) -> tuple[Contribution | EssentialElement, SessionExercise]:
    if kind == CONTRIBUTION:
        contribution = session.get(Contribution, item_id)
        if contribution is None:
            raise DomainError("Deze bijdrage bestaat niet (meer).")
        return contribution, contribution.exercise
    if kind == ELEMENT:
        element = session.get(EssentialElement, item_id)
        if element is None:
            raise DomainError("Dit element bestaat niet (meer).")
        return element, element.contribution.exercise
    raise DomainError(f"Onbekende soort: {kind}.")


def assign(
    session: DbSession, *, kind: str, item_id: int, domain_id: int | None, exercises: Catalogue | None = None
) -> None:
    """Put an answer or an essential element in a domain, or (domain_id None) take it out."""
    item, exercise = _item(session, kind, item_id)
    if not _is_grouped(exercise, exercises or catalogue()):
        raise DomainError("De antwoorden op deze vraag worden niet in domeinen gegroepeerd.")
    if domain_id is not None:
        domain = _domain(session, domain_id)
        if domain.domain_set.trajectory_id != exercise.session.trajectory_id:
            raise DomainError("Dit domein hoort bij een ander traject.")
    item.domain_id = domain_id
    session.flush()


@dataclass(frozen=True)
class Accepted:
    """What "Alle voorstellen overnemen" did: how many items it grouped, and how many ungrouped
    items it left for a person (no confident suggestion)."""

    accepted: int
    left: int


def accept_suggestions(
    session: DbSession, *, trajectory_id: int, domain_set_id: int, exercises: Catalogue | None = None
) -> Accepted:
    """Put every item that is not grouped yet in its suggested domain, when that suggestion is
    confident; the others are left for the facilitator."""
    accepted = left = 0
    for item in items_to_group(session, trajectory_id=trajectory_id, domain_set_id=domain_set_id, exercises=exercises):
        if item.domain_id is not None:
            continue
        if item.suggestions.confident:
            target = session.get(Contribution if item.kind == CONTRIBUTION else EssentialElement, item.id)
            target.domain_id = item.suggestions.best.domain_id
            accepted += 1
        else:
            left += 1
    session.flush()
    return Accepted(accepted, left)


def _visible_counts(session: DbSession, domain_ids: Iterable[int]) -> dict[int, int]:
    """Visible answers plus their visible essential elements per domain (hidden, waiting and
    merged-away answers do not count; elements of a merged duplicate count with its leader)."""
    domain_ids = list(domain_ids)
    if not domain_ids:
        return {}
    counts: dict[int, int] = dict.fromkeys(domain_ids, 0)
    answers = session.execute(
        select(Contribution.domain_id, func.count(Contribution.id))
        .where(
            Contribution.domain_id.in_(domain_ids),
            Contribution.hidden.is_(False),
            Contribution.approved.is_(True),
            Contribution.merged_into_id.is_(None),
        )
        .group_by(Contribution.domain_id)
    ).all()
    leader = aliased(Contribution)
    elements = session.execute(
        select(EssentialElement.domain_id, func.count(EssentialElement.id))
        .join(Contribution, EssentialElement.contribution_id == Contribution.id)
        .outerjoin(leader, Contribution.merged_into_id == leader.id)
        .where(
            EssentialElement.domain_id.in_(domain_ids),
            Contribution.hidden.is_(False),
            Contribution.approved.is_(True),
            Contribution.merged_into_id.is_(None)
            | (leader.hidden.is_(False) & leader.approved.is_(True) & leader.merged_into_id.is_(None)),
        )
        .group_by(EssentialElement.domain_id)
    ).all()
    for domain_id, n in [*answers, *elements]:
        counts[domain_id] += n
    return counts


def domain_counts(session: DbSession, *, domain_set_id: int) -> list[tuple[Domain, int]]:
    """For the projector's cards: each domain of the set in order, with how many visible answers
    and essential elements are grouped in it."""
    domains = list(_domain_set(session, domain_set_id).domains)
    counts = _visible_counts(session, [d.id for d in domains])
    return [(d, counts[d.id]) for d in domains]


# --- domain sets --------------------------------------------------------------------------------


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


def _clean_name(domain_set: DomainSet, name: str | None, *, own_id: int | None = None) -> str:
    name = text.clean(name, field="de naam", max_length=None, one_line=True, error=DomainError)
    if not name:
        raise DomainError("Geef het domein een naam.")
    if len(name) > NAME_MAX:
        raise DomainError(f"De naam is te lang: {len(name)} tekens. Hoogstens {NAME_MAX} tekens.")
    if any(d.name.casefold() == name.casefold() and d.id != own_id for d in domain_set.domains):
        raise DomainError(f"Er is al een domein met de naam ‘{name}’ in deze lijst.")
    return name


def _clean_icon(icon: str | None) -> str:
    icon = text.clean(icon, field="het icoon", max_length=None, one_line=True, error=DomainError) or DEFAULT_ICON
    if len(icon) > ICON_MAX:
        raise DomainError("Kies één icoon (een emoji) voor het domein.")
    return icon


def clean_lemmas(lemmas: str | None) -> str:
    """The words of a domain, lower-case, separated by spaces, each once (commas are allowed)."""
    lemmas = text.clean(lemmas, field="de woorden van het domein", max_length=LEMMAS_MAX, error=DomainError)
    words: list[str] = []
    for word in lemmas.lower().replace(",", " ").replace(";", " ").split():
        if word not in words:
            words.append(word)
    return " ".join(words)


def add_domain(
    session: DbSession, *, domain_set_id: int, name: str, icon: str = DEFAULT_ICON, lemmas: str = ""
) -> Domain:
    """A domain of the group's own, at the end of the list."""
    domain_set = _domain_set(session, domain_set_id)
    domain = Domain(
        name=_clean_name(domain_set, name),
        icon=_clean_icon(icon),
        lemmas=clean_lemmas(lemmas),
        position=max((d.position for d in domain_set.domains), default=-1) + 1,
    )
    domain_set.domains.append(domain)
    session.flush()
    return domain


def update_domain(
    session: DbSession,
    *,
    domain_id: int,
    name: str | None = None,
    icon: str | None = None,
    lemmas: str | None = None,
) -> Domain:
    """Rename a domain, change its icon or its words; what is None stays as it is."""
    domain = _domain(session, domain_id)
    if name is not None:
        domain.name = _clean_name(domain.domain_set, name, own_id=domain.id)
    if icon is not None:
        domain.icon = _clean_icon(icon)
    if lemmas is not None:
        domain.lemmas = clean_lemmas(lemmas)
    session.flush()
    return domain


def remove_domain(session: DbSession, *, domain_id: int) -> None:
    """Take a domain out of its list; refused while anything would be lost with it."""
    domain = _domain(session, domain_id)
    grouped = _visible_counts(session, [domain.id])[domain.id]
    if grouped:
        raise DomainError(
            f"In dit domein zitten nog {grouped} antwoorden of elementen. Zet ze eerst in een ander domein."
        )
    if session.scalar(select(func.count(BallotAllocation.id)).where(BallotAllocation.domain_id == domain.id)):
        raise DomainError("Er is al op dit domein gestemd. Het blijft daarom in de lijst.")
    if domain.is_priority:
        raise DomainError("Dit is een prioritair domein. Het blijft daarom in de lijst.")
    if session.scalar(select(func.count(Werkgroep.id)).where(Werkgroep.domain_id == domain.id)):
        raise DomainError("Dit domein heeft een werkgroep. Het blijft daarom in de lijst.")
    if session.scalar(select(func.count(Goal.id)).where(Goal.domain_id == domain.id)):
        raise DomainError("Dit domein heeft doelstellingen. Het blijft daarom in de lijst.")
    # Hidden or waiting answers may still point here: they become ungrouped.
    session.execute(update(Contribution).where(Contribution.domain_id == domain.id).values(domain_id=None))
    session.execute(update(EssentialElement).where(EssentialElement.domain_id == domain.id).values(domain_id=None))
    domain_set = domain.domain_set
    domain_set.domains.remove(domain)
    session.delete(domain)
    for position, other in enumerate(domain_set.domains):
        other.position = position
    session.flush()


# --- priority domains ---------------------------------------------------------------------------


def mark_priority(session: DbSession, *, domain_id: int, kind: PriorityKind | None) -> Domain:
    """Make a domain a priority domain of the given kind, or (kind None) no priority any more."""
    domain = _domain(session, domain_id)
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


def priority_warnings(kinds: Sequence[PriorityKind]) -> list[str]:
    """What the roadmap advises against in a choice of priority domains (for the facilitator)."""
    warnings = []
    if not PRIORITY_MIN <= len(kinds) <= PRIORITY_MAX:
        warnings.append(f"Kies twee of drie prioritaire domeinen; nu zijn het er {len(kinds)}.")
    if len(kinds) >= 2 and len(set(kinds)) == 1:
        warnings.append(
            f"Alle prioritaire domeinen zijn {PRIORITY_LABELS[kinds[0]]}. De roadmap raadt aan om één domein "
            "structureel/proactief en één milderend aan te pakken."
        )
    return warnings


def set_priorities(session: DbSession, *, domain_set_id: int, kinds: Mapping[int, PriorityKind]) -> list[str]:
    """Make exactly these domains of the set its priority domains, each of its kind; the others
    are no priority any more. Returns the warnings of priority_warnings."""
    domain_set = _domain_set(session, domain_set_id)
    if not PRIORITY_MIN <= len(kinds) <= PRIORITY_MAX:
        raise DomainError(f"Kies twee of drie prioritaire domeinen; nu zijn het er {len(kinds)}.")
    own = {d.id: d for d in domain_set.domains}
    if any(domain_id not in own for domain_id in kinds):
        raise DomainError("Dit domein hoort niet bij deze domeinenlijst.")
    try:
        chosen = {domain_id: PriorityKind(kind) for domain_id, kind in kinds.items()}
    except ValueError:
        raise DomainError("Kies voor elk prioritair domein: structureel/proactief of milderend.") from None
    for domain in domain_set.domains:
        domain.is_priority = domain.id in chosen
        domain.priority_kind = chosen.get(domain.id)
    session.flush()
    return priority_warnings([chosen[d.id] for d in domain_set.domains if d.id in chosen])


# --- werkgroepen --------------------------------------------------------------------------------


def werkgroep(session: DbSession, *, domain_id: int) -> Werkgroep | None:
    return session.scalar(
        select(Werkgroep).where(Werkgroep.domain_id == domain_id).options(selectinload(Werkgroep.members))
    )


def compose_werkgroep(
    session: DbSession, *, domain_id: int, members: Sequence[tuple[MemberRole, str | None, int]]
) -> Werkgroep:
    """Compose (or compose again) the werkgroep of a priority domain: (role, organisation, count)
    per line. Parents and ervaringsdeskundigen are a count, without an organisation."""
    domain = _domain(session, domain_id)
    if not domain.is_priority:
        raise DomainError("Alleen een prioritair domein krijgt een werkgroep.")
    if not members:
        raise DomainError("Geef minstens één rol op voor de werkgroep.")
    rows = []
    for role, organisation, count in members:
        try:
            role = MemberRole(role)
        except ValueError:
            raise DomainError(f"Onbekende rol: {role}.") from None
        organisation = text.optional(organisation, field="de naam van de organisatie", max_length=None,
                                     one_line=True, error=DomainError)
        if role in PARENT_ROLES and organisation:
            raise DomainError(
                "Bij ouders en ervaringsdeskundigen noteren we geen organisatie: zo blijft niemand herkenbaar."
            )
        if organisation and len(organisation) > NAME_MAX:
            raise DomainError(f"De naam van de organisatie is te lang: hoogstens {NAME_MAX} tekens.")
        if isinstance(count, bool) or not isinstance(count, int) or count < 1:
            raise DomainError("Het aantal per rol is minstens 1.")
        if count > MAX_PER_ROLE:
            raise DomainError(f"Het aantal per rol is hoogstens {MAX_PER_ROLE}.")
        rows.append(WerkgroepMember(role=role, organisation=organisation, count=count))
    group = werkgroep(session, domain_id=domain.id)
    if group is None:
        group = Werkgroep(domain_id=domain.id)
        session.add(group)
    group.members = rows
    session.flush()
    return group
