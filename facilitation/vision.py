"""The vision (visie) and mission (missie) of the trajectory, after stuurgroep meeting 2.

The facilitator writes the vision from the essential elements of the casus and the essence of the
droom. The assembler gathers those elements (by domain and by the roadmap's quality criteria),
shows which criteria a draft addresses and which elements it does not reflect yet, with the words
that decided it: transparent rules, no black box. Versions are kept; one is approved.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session as DbSession

from facilitation import text as typed
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
PART_MAX = 20_000  # each of visie wat, visie hoe and missie
AUTHOR_MAX = 120  # the column's length


class VisionError(ValueError):
    """A vision request that cannot be carried out; the message is for the user."""


class VisionConflict(VisionError):
    """Someone else saved a version after the one you started from. Nothing was written.

    ``theirs`` is their version's text and ``yours`` the text you tried to save (the page shows both
    side by side); ``their_version`` is the number to send with the next save, once you have seen it.
    """

    def __init__(self, *, theirs: VisionVersion, yours: str) -> None:
        who = f" ({theirs.author})" if theirs.author else ""
        super().__init__(f"Iemand anders{who} heeft intussen versie {theirs.number} van de visie bewaard. Er is "
                         "niets overschreven: je ziet hun versie en jouw versie. Neem over wat je wilt houden en "
                         "bewaar opnieuw.")
        self.theirs = as_text(theirs.visie_wat, theirs.visie_hoe, theirs.missie)
        self.yours = yours
        self.their_version = theirs.number


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


def as_text(visie_wat: str, visie_hoe: str, missie: str) -> str:
    """A version as one text, to show two versions side by side."""
    return f"Visie, wat:\n{visie_wat}\n\nVisie, hoe:\n{visie_hoe}\n\nMissie:\n{missie}"


def newest_number(session: DbSession, *, trajectory_id: int) -> int:
    """The number of the newest saved version, 0 when there is none yet."""
    return session.scalar(
        select(func.coalesce(func.max(VisionVersion.number), 0)).where(VisionVersion.trajectory_id == trajectory_id)
    )


def _newest(session: DbSession, trajectory_id: int) -> VisionVersion:
    return session.scalar(
        select(VisionVersion).where(VisionVersion.trajectory_id == trajectory_id)
        .order_by(VisionVersion.number.desc()).limit(1)
    )


def save_version(
    session: DbSession,
    *,
    trajectory_id: int,
    visie_wat: str,
    visie_hoe: str,
    missie: str,
    author: str,
    expected_version: int | None = None,
) -> VisionVersion:
    """Keep a new version. ``expected_version`` is the number of the newest version the editor
    started from (0 for none): when someone else saved one since, nothing is written and
    VisionConflict carries both texts. None saves without that check (a script, the demo)."""
    parts = [typed.clean(value, field=field, max_length=PART_MAX, error=VisionError)
             for value, field in ((visie_wat, "de visie (wat)"), (visie_hoe, "de visie (hoe)"), (missie, "de missie"))]
    if not any(parts):
        raise VisionError("De visie is nog leeg.")
    author = typed.clean(author, field="de naam van de auteur", max_length=AUTHOR_MAX, one_line=True,
                         error=VisionError)
    newest = newest_number(session, trajectory_id=trajectory_id)
    if expected_version is not None and newest != expected_version:
        raise VisionConflict(theirs=_newest(session, trajectory_id), yours=as_text(*parts))
    version = VisionVersion(trajectory_id=trajectory_id, visie_wat=parts[0], visie_hoe=parts[1], missie=parts[2],
                            author=author, number=newest + 1)
    try:
        with session.begin_nested():
            session.add(version)
            session.flush()
    except IntegrityError:  # saved at the very same moment by someone else: theirs came first
        raise VisionConflict(theirs=_newest(session, trajectory_id), yours=as_text(*parts)) from None
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
