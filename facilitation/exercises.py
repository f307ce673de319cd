"""The content of the sessions: exercises/ai_questions.yaml, checked against exercises/schema.json.

The questions are the roadmap's own (seed 003), each with a plain-language wording for parents and
English and French versions; the four shipped domain sets; and the session templates (stuurgroep
1-3, oudergroep, focusgroep, signaalgroep) as lists of exercises. A malformed file stops startup
with an ExerciseFileError naming the file, the entry and what is wrong.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from pathlib import Path

import jsonschema
import yaml

from facilitation import config

SCHEMA_FILE = config.PROJECT_ROOT / "exercises" / "schema.json"

# The order of the roadmap (seed 003): what a trajectory's sessions are sorted by.
ROADMAP_STEPS: dict[str, str] = {
    "stuurgroep_1": "Stuurgroep 1: armoede en menselijke waardigheid",
    "stuurgroep_2": "Stuurgroep 2: visie met casus en droom",
    "stuurgroep_3": "Stuurgroep 3: prioritaire domeinen",
    "oudergroep": "Oudertraject: de stem van de ouders",
    "focusgroep": "Focusgroep met ouders",
    "werkgroep": "Werkgroep: doelstellingen en actieplan",
    "evaluatie": "Evaluatie en resultaatmeting",
}


class ExerciseFileError(ValueError):
    """The exercises file cannot be used; the message says where and why."""


@dataclass(frozen=True)
class Text:
    nl: str
    en: str
    fr: str

    def get(self, language: str) -> str:
        return getattr(self, language, None) or self.nl


@dataclass(frozen=True)
class FollowUp:
    question: Text
    parent_question: Text


@dataclass(frozen=True)
class Exercise:
    id: str
    kind: str
    roadmap_step: str
    source: str
    title: Text
    question: Text
    parent_question: Text
    follow_up: FollowUp | None = None
    note: Text | None = None
    homework: bool = False


@dataclass(frozen=True)
class DomainTemplate:
    id: str
    name: Text
    icon: str
    lemmas: tuple[str, ...] = ()


@dataclass(frozen=True)
class DomainSetTemplate:
    id: str
    name: Text
    source: str
    domains: tuple[DomainTemplate, ...]


@dataclass(frozen=True)
class SessionTemplate:
    id: str
    kind: str
    roadmap_step: str
    name: Text
    exercises: tuple[str, ...]
    number: int | None = None


@dataclass(frozen=True)
class Catalogue:
    exercises: dict[str, Exercise]
    domain_sets: dict[str, DomainSetTemplate]
    templates: dict[str, SessionTemplate]
    phone_texts: dict[str, Text]

    def phone_text(self, key: str, language: str) -> str:
        text = self.phone_texts.get(key)
        return text.get(language) if text else key

    def exercise(self, key: str) -> Exercise:
        try:
            return self.exercises[key]
        except KeyError:
            raise ExerciseFileError(f"Oefening {key!r} staat niet in {config.exercises_file().name}.") from None


def _text(raw: dict) -> Text:
    return Text(nl=raw["nl"], en=raw["en"], fr=raw["fr"])


def _where(path) -> str:
    """Render a jsonschema path such as ['exercises', 3, 'question'] as exercises[3].question."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(het hele bestand)"


def _entry_name(data: dict, path) -> str:
    """Name the entry by its id where it has one: 'exercises[3] (casus).question'."""
    parts = list(path)
    if len(parts) >= 2 and isinstance(parts[1], int):
        try:
            entry_id = data[parts[0]][parts[1]].get("id")
        except (KeyError, IndexError, TypeError, AttributeError):
            entry_id = None
        if entry_id:
            head = f"{parts[0]}[{parts[1]}] ({entry_id})"
            rest = _where(parts[2:])
            return head if rest == "(het hele bestand)" else f"{head}.{rest}"
    return _where(parts)


def parse(text: str, *, filename: str = "ai_questions.yaml") -> Catalogue:
    """Parse and check the file's text; raise ExerciseFileError on the first problem found."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ExerciseFileError(f"{filename}: geen geldige YAML: {exc}") from None
    if not isinstance(data, dict):
        raise ExerciseFileError(f"{filename}: verwacht een mapping met exercises, domain_sets en session_templates.")

    validator = jsonschema.Draft202012Validator(_schema())
    # The deepest error names the field that is wrong (a typo in .kind), not the whole entry.
    errors = sorted(validator.iter_errors(data), key=lambda e: (-len(e.absolute_path), list(map(str, e.absolute_path))))
    if errors:
        error = errors[0]
        message = error.message
        if error.validator == "not" and list(error.absolute_path)[:1] == ["exercises"]:
            message = "follow_up hoort alleen bij een oefening van kind story of dream"
        raise ExerciseFileError(f"{filename}: {_entry_name(data, error.absolute_path)}: {message}")

    for section in ("exercises", "domain_sets", "session_templates"):
        seen: set[str] = set()
        for index, entry in enumerate(data[section]):
            if entry["id"] in seen:
                raise ExerciseFileError(f"{filename}: {section}[{index}] ({entry['id']}): dit id komt twee keer voor.")
            seen.add(entry["id"])
    for index, domain_set in enumerate(data["domain_sets"]):
        ids = [d["id"] for d in domain_set["domains"]]
        if len(ids) != len(set(ids)):
            raise ExerciseFileError(f"{filename}: domain_sets[{index}] ({domain_set['id']}): een domein-id komt twee keer voor.")

    exercises = {
        raw["id"]: Exercise(
            id=raw["id"],
            kind=raw["kind"],
            roadmap_step=raw["roadmap_step"],
            source=raw["source"],
            title=_text(raw["title"]),
            question=_text(raw["question"]),
            parent_question=_text(raw["parent_question"]),
            follow_up=(
                FollowUp(_text(raw["follow_up"]["question"]), _text(raw["follow_up"]["parent_question"]))
                if "follow_up" in raw
                else None
            ),
            note=_text(raw["note"]) if "note" in raw else None,
            homework=raw.get("homework", False),
        )
        for raw in data["exercises"]
    }
    for index, raw in enumerate(data["session_templates"]):
        for key in raw["exercises"]:
            if key not in exercises:
                raise ExerciseFileError(
                    f"{filename}: session_templates[{index}] ({raw['id']}).exercises: "
                    f"oefening {key!r} bestaat niet."
                )
    domain_sets = {
        raw["id"]: DomainSetTemplate(
            id=raw["id"],
            name=_text(raw["name"]),
            source=raw["source"],
            domains=tuple(
                DomainTemplate(d["id"], _text(d["name"]), d["icon"], tuple(d.get("lemmas", ())))
                for d in raw["domains"]
            ),
        )
        for raw in data["domain_sets"]
    }
    templates = {
        raw["id"]: SessionTemplate(
            id=raw["id"],
            kind=raw["kind"],
            roadmap_step=raw["roadmap_step"],
            name=_text(raw["name"]),
            exercises=tuple(raw["exercises"]),
            number=raw.get("number"),
        )
        for raw in data["session_templates"]
    }
    phone_texts = {key: _text(raw) for key, raw in data["phone_texts"].items()}
    return Catalogue(exercises=exercises, domain_sets=domain_sets, templates=templates, phone_texts=phone_texts)


@functools.lru_cache(maxsize=1)
def _schema() -> dict:
    return json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))


def load(path: Path | None = None) -> Catalogue:
    """Read and check the exercises file (by default exercises/ai_questions.yaml)."""
    path = path or config.exercises_file()
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ExerciseFileError(f"{path}: kan het bestand niet lezen: {exc.strerror}") from None
    return parse(text, filename=str(path))


def catalogue() -> Catalogue:
    """The checked catalogue of the configured file, read once per process and file."""
    return _cached(str(config.exercises_file()))


@functools.lru_cache(maxsize=4)
def _cached(path: str) -> Catalogue:
    return load(Path(path))
