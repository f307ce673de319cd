"""The vision (visie) and mission (missie) of the trajectory, after stuurgroep meeting 2.

The facilitator writes the vision from the essential elements of the casus and the essence of the
droom. The assembler gathers those elements (by domain and by the roadmap's quality criteria),
shows which criteria a draft addresses and which elements it does not reflect yet, with the words
that decided it: transparent rules, no black box. Versions are kept; one is approved.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.orm import Session as DbSession

from facilitation import words
from facilitation.models import (
    Contribution,
    Domain,
    EssentialElement,
    Session,
    SessionExercise,
    VisionVersion,
)

# The roadmap's quality criteria for a vision (seed 003), each with the words that show a text
# addresses it. Toegankelijk carries the 7 B's.
CRITERIA: dict[str, tuple[str, ...]] = {
    "zichtbaar": ("zichtbaar", "bekend", "zien", "herkenbaar", "communicatie", "informeren"),
    "gedragen": ("gedragen", "samen", "alle partners", "draagvlak", "iedereen", "gezamenlijk"),
    "krachtengericht": ("kracht", "krachten", "sterkte", "talent", "talenten", "mogelijkheden", "eigen kracht"),
    "proactief": ("proactief", "vooraf", "voorkomen", "preventief", "opzoeken", "outreachend", "automatisch"),
    "toegankelijk": ("toegankelijk", "bereikbaar", "beschikbaar", "betaalbaar", "bruikbaar", "begrijpbaar",
                     "bekend", "betrouwbaar", "drempel", "drempels", "laagdrempelig"),
    "radicaal": ("radicaal", "wortel", "oorzaken", "structureel", "fundamenteel"),
    "offensief": ("offensief", "ambitieus", "ambitie", "durven", "actief"),
    "integraal": ("integraal", "alle levensdomeinen", "samenhang", "domeinen", "over de grenzen"),
    "participatief": ("participatief", "participatie", "ouders", "betrokken", "inspraak", "meedenken", "stem"),
    "democratisch": ("democratisch", "rechten", "gelijke", "grondrecht", "iedereen", "mensenrechten"),
    "effectief": ("effectief", "resultaat", "resultaten", "effect", "meetbaar", "opvolgen", "evalueren"),
}

TEMPLATE_WAT = (
    "Wat willen we bereiken?\n"
    "In onze gemeente kan elk kind ... Gezinnen met een beperkt inkomen ...\n"
)
TEMPLATE_HOE = (
    "Hoe willen we werken?\n"
    "We werken toegankelijk (bereikbaar, beschikbaar, betaalbaar, bruikbaar, begrijpbaar, bekend, "
    "betrouwbaar), krachtengericht en proactief, samen met de ouders ...\n"
)
TEMPLATE_MISSIE = "De stuurgroep staat voor ... Haar belangrijkste opdracht is ...\n"

STORY_EXERCISES = ("casus", "droom")


class VisionError(ValueError):
    """A vision request that cannot be carried out; the message is for the user."""


@dataclass(frozen=True)
class Element:
    id: int
    text: str
    exercise_key: str  # casus (what made the difference) or droom (what is indispensable)
    domain: str | None
    criteria: tuple[str, ...]


def _content_words(text: str) -> set[str]:
    return set(words.word_frequencies([text]))


def _lemmas(text: str) -> set[str]:
    return {words.lemma(w) for w in _content_words(text)}


def criteria_in(text: str) -> dict[str, tuple[str, ...]]:
    """Which quality criteria a text addresses, with the words that show it."""
    lowered = (text or "").lower()
    found = {}
    for criterion, signals in CRITERIA.items():
        hits = tuple(s for s in signals if (f" {s}" in f" {lowered}"))
        if hits:
            found[criterion] = hits
    return found


def gather(session: DbSession, *, trajectory_id: int) -> list[Element]:
    """The essential elements of the casus and the essence of the droom of the trajectory, visible
    ones only, with their domain and the criteria they touch."""
    rows = session.execute(
        select(EssentialElement.id, EssentialElement.text, SessionExercise.exercise_key, Domain.name,
               Contribution.domain_id)
        .join(Contribution, Contribution.id == EssentialElement.contribution_id)
        .join(SessionExercise, SessionExercise.id == Contribution.session_exercise_id)
        .join(Session, Session.id == SessionExercise.session_id)
        .outerjoin(Domain, Domain.id == EssentialElement.domain_id)
        .where(
            Session.trajectory_id == trajectory_id,
            SessionExercise.exercise_key.in_(STORY_EXERCISES),
            Contribution.hidden.is_(False),
            Contribution.approved.is_(True),
        )
        .order_by(SessionExercise.exercise_key, EssentialElement.id)
    ).all()
    domain_names = dict(session.execute(select(Domain.id, Domain.name)).all())
    return [
        Element(id=element_id, text=text, exercise_key=key,
                domain=domain_name or domain_names.get(contribution_domain),
                criteria=tuple(criteria_in(text)))
        for element_id, text, key, domain_name, contribution_domain in rows
    ]


def missing_elements(text: str, elements: Sequence[Element]) -> list[Element]:
    """Elements none of whose meaningful words occur (as lemma) in the vision text yet."""
    present = _lemmas(text)
    return [e for e in elements if _lemmas(e.text) and not (_lemmas(e.text) & present)]


def save_version(
    session: DbSession, *, trajectory_id: int, visie_wat: str, visie_hoe: str, missie: str, author: str
) -> VisionVersion:
    if not any(part.strip() for part in (visie_wat, visie_hoe, missie)):
        raise VisionError("De visie is nog leeg.")
    version = VisionVersion(trajectory_id=trajectory_id, visie_wat=visie_wat.strip(), visie_hoe=visie_hoe.strip(),
                            missie=missie.strip(), author=author)
    session.add(version)
    session.flush()
    return version


def versions(session: DbSession, *, trajectory_id: int) -> list[VisionVersion]:
    """Newest first."""
    return list(session.scalars(
        select(VisionVersion).where(VisionVersion.trajectory_id == trajectory_id)
        .order_by(VisionVersion.created_at.desc(), VisionVersion.id.desc())
    ))


def approve(session: DbSession, *, version_id: int) -> VisionVersion:
    """This version becomes the approved one; the trajectory has one approved version at most."""
    version = session.get(VisionVersion, version_id)
    if version is None:
        raise VisionError("Deze versie bestaat niet (meer).")
    session.execute(
        update(VisionVersion).where(VisionVersion.trajectory_id == version.trajectory_id).values(approved=False)
    )
    version.approved = True
    session.flush()
    return version


def current(session: DbSession, *, trajectory_id: int) -> VisionVersion | None:
    """The approved version, or else the newest."""
    all_versions = versions(session, trajectory_id=trajectory_id)
    return next((v for v in all_versions if v.approved), all_versions[0] if all_versions else None)
