"""The content of the meetings (roadmap steps 4-10): exercises/ai_questions.yaml.

The roadmap's own questions verbatim, plain-language wordings for parents that never call them
"arm", English and French versions, the four shipped domain lists, the session templates, and a
clear error (file, entry, what is wrong) when someone breaks the file.
"""

from __future__ import annotations

import copy
import json
import re

import jsonschema
import pytest
import yaml

from facilitation import cli, config, exercises

EXERCISES_FILE = config.PROJECT_ROOT / "exercises" / "ai_questions.yaml"
SCHEMA_FILE = config.PROJECT_ROOT / "exercises" / "schema.json"


def _norm(text: str) -> str:
    return " ".join(text.split())


def _raw() -> dict:
    return yaml.safe_load(EXERCISES_FILE.read_text(encoding="utf-8"))


def _index(data: dict, section: str, entry_id: str) -> int:
    return next(i for i, entry in enumerate(data[section]) if entry["id"] == entry_id)


EXERCISE_IDS = [entry["id"] for entry in _raw()["exercises"]]


@pytest.fixture(scope="module")
def cat() -> exercises.Catalogue:
    return exercises.load(EXERCISES_FILE)


def test_shipped_file_validates_against_its_schema():
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    errors = [e.message for e in jsonschema.Draft202012Validator(schema).iter_errors(_raw())]
    assert errors == []


def test_shipped_file_loads(cat):
    assert {"casus", "droom", "prioriteiten_stemming", "resultaatmeting"} <= set(cat.exercises)


# The roadmap's questions as /work/shared/DOMAIN.md quotes them (seed 003).
DOMAIN_QUESTIONS = [
    ("casus", "question", "equals",
     "Denk aan een voorbeeld waarin de situatie van je eigen gezin of een gezin in armoede betekenisvol "
     "werd veranderd. Wat maakte dat jij/dat gezin erop vooruitging? Wat maakte die verandering betekenisvol?"),
    ("casus", "follow_up", "contains",
     "Als dát element er niet was geweest, zou er geen betekenisvolle verandering zijn geweest."),
    ("droom", "question", "equals",
     "Stel: je wordt wakker in een nieuwe gemeente, een gemeente die de perfecte thuishaven is voor gezinnen "
     "met kinderen. Hoe zou die gemeente eruitzien? Hoe kan jouw gemeente die perfecte thuishaven worden?"),
    ("droom", "follow_up", "startswith", "Wat is er onmisbaar om deze droom te verwezenlijken?"),
    ("ouders_erbij_horen", "question", "equals",
     "Wat moeten ouders kunnen (doen) of hebben om erbij te horen en bij te dragen?"),
    ("kinderen_erbij_horen", "question", "equals",
     "Wat moeten kinderen kunnen (doen) of hebben om erbij te horen en bij te dragen?"),
    ("prioriteiten_stemming", "question", "equals",
     "In welke domeinen kunnen we direct voelbaar een groot verschil maken voor kinderen die het moeilijk hebben?"),
    ("vrije_tijd_schepen", "question", "startswith", "Stel je voor dat je schepen van jeugd bent."),
    ("vrije_tijd_schepen", "question", "contains", "Hoe zou je het bestaande aanbod bekend maken?"),
    ("vrije_tijd_schepen", "question", "contains", "Hoe zou je de deelname betaalbaar maken?"),
    ("vrije_tijd_schepen", "question", "contains", "Hoe zorg je ervoor dat mensen er geraken?"),
    ("vrije_tijd_trainer", "question", "startswith",
     "Stel je voor dat jij trainer bent van een sportclub of van een jeugdbeweging"),
    ("resultaatmeting", "question", "contains", "wat kan/doet/durft/wil/weet je nu meer/minder/anders dan voorheen?"),
]


@pytest.mark.parametrize(("exercise_id", "field", "how", "expected"), DOMAIN_QUESTIONS)
def test_roadmap_question_is_quoted_verbatim(cat, exercise_id, field, how, expected):
    exercise = cat.exercises[exercise_id]
    text = exercise.follow_up.question.nl if field == "follow_up" else exercise.question.nl
    text, expected = _norm(text), _norm(expected)
    if how == "equals":
        assert text == expected
    elif how == "startswith":
        assert text.startswith(expected)
    else:
        assert expected in text


@pytest.mark.parametrize(
    ("exercise_id", "kind", "parent_follow_up_start"),
    [("casus", "story", "Wat maakte het verschil?"), ("droom", "dream", "Wat is onmisbaar?")],
)
def test_casus_and_droom_ask_parents_for_their_essential_elements(cat, exercise_id, kind, parent_follow_up_start):
    exercise = cat.exercises[exercise_id]
    assert exercise.kind == kind
    assert exercise.follow_up is not None
    assert exercise.follow_up.parent_question.nl.startswith(parent_follow_up_start)


@pytest.mark.parametrize(
    ("language", "promise"), [("nl", "geen belofte"), ("en", "not a promise"), ("fr", "pas encore une promesse")]
)
def test_droom_says_dreaming_is_not_a_promise(cat, language, promise):
    note = cat.exercises["droom"].note
    assert note is not None
    text = _norm(note.get(language)).lower()
    assert promise in text
    if language == "nl":
        assert re.search(r"\b(droom|dromen)\b", text)


def _parent_wordings(exercise: exercises.Exercise) -> list[tuple[str, exercises.Text]]:
    texts = [("parent_question", exercise.parent_question)]
    if exercise.follow_up:
        texts.append(("follow_up.parent_question", exercise.follow_up.parent_question))
    if exercise.note:
        texts.append(("note", exercise.note))
    return texts


NL_LABEL = re.compile(r"\b(arm|armoede|kansarm|kansarme)\b", re.IGNORECASE)
OTHER_LABEL = re.compile(r"\b(poor|poverty|pauvre|pauvres|pauvreté)\b", re.IGNORECASE)


def test_label_patterns_catch_the_words_they_are_meant_to_catch():
    assert NL_LABEL.search("Voor gezinnen in Armoede.") and NL_LABEL.search("kansarme gezinnen")
    assert not NL_LABEL.search("warm eten en een armband")
    assert OTHER_LABEL.search("families in poverty") and OTHER_LABEL.search("la pauvreté")


@pytest.mark.parametrize("exercise_id", EXERCISE_IDS)
def test_parent_wordings_never_label_parents_as_poor(cat, exercise_id):
    for where, text in _parent_wordings(cat.exercises[exercise_id]):
        assert not NL_LABEL.search(text.nl), f"{exercise_id}.{where}.nl: {text.nl}"
        assert not OTHER_LABEL.search(text.en), f"{exercise_id}.{where}.en: {text.en}"
        assert not OTHER_LABEL.search(text.fr), f"{exercise_id}.{where}.fr: {text.fr}"


def test_phone_texts_never_label_parents_as_poor(cat):
    assert cat.phone_texts
    for key, text in cat.phone_texts.items():
        assert not NL_LABEL.search(text.nl) and not OTHER_LABEL.search(text.en + " " + text.fr), key


def test_domain_names_parents_vote_on_never_label_them_as_poor(cat):
    for domain_set in cat.domain_sets.values():
        for d in domain_set.domains:
            assert not NL_LABEL.search(d.name.nl) and not OTHER_LABEL.search(d.name.en + " " + d.name.fr), d.id


def _all_texts(cat: exercises.Catalogue) -> list[tuple[str, exercises.Text]]:
    texts = []
    for e in cat.exercises.values():
        texts += [(f"{e.id}.title", e.title), (f"{e.id}.question", e.question),
                  (f"{e.id}.parent_question", e.parent_question)]
        if e.follow_up:
            texts += [(f"{e.id}.follow_up.question", e.follow_up.question),
                      (f"{e.id}.follow_up.parent_question", e.follow_up.parent_question)]
        if e.note:
            texts.append((f"{e.id}.note", e.note))
    for s in cat.domain_sets.values():
        texts.append((f"{s.id}.name", s.name))
        texts += [(f"{s.id}.{d.id}.name", d.name) for d in s.domains]
    texts += [(f"{t.id}.name", t.name) for t in cat.templates.values()]
    texts += [(f"phone_texts.{key}", text) for key, text in cat.phone_texts.items()]
    return texts


def test_every_text_has_dutch_english_and_french(cat):
    missing = [where for where, t in _all_texts(cat) if not (t.nl.strip() and t.en.strip() and t.fr.strip())]
    assert missing == []


@pytest.mark.parametrize("exercise_id", EXERCISE_IDS)
def test_questions_are_really_translated(cat, exercise_id):
    exercise = cat.exercises[exercise_id]
    pairs = [exercise.question, exercise.parent_question]
    if exercise.follow_up:
        pairs += [exercise.follow_up.question, exercise.follow_up.parent_question]
    for text in pairs:
        assert len({_norm(text.nl), _norm(text.en), _norm(text.fr)}) == 3, text


SHIPPED_DOMAIN_SETS = {
    "roadmap": ["Onderwijs en vrije tijd", "Inkomen en gezondheid", "Communicatie en netwerkvorming",
                "Kinderopvang en opvoeding", "Wonen"],
    "kind_en_gezin": ["Maandinkomen van het gezin", "Opleiding van de ouders", "Stimulatieniveau van de kinderen",
                      "Arbeidssituatie van de ouders", "Huisvesting", "Gezondheid"],
    "dimensies_kinderarmoede": ["Materieel welzijn", "Huisvesting en (leef)omgeving", "Opvoeding en onderwijs",
                                "Gezondheid", "Subjectief welbevinden"],
    "vonk_dilbeek": ["Werk", "Inkomen", "Huisvesting", "Gezondheid", "Welbevinden", "Onderwijs", "Kinderopvang",
                     "Opvoeding", "Vrije tijd"],
}


def test_exactly_the_four_domain_lists_of_the_sources_are_shipped(cat):
    assert list(cat.domain_sets) == list(SHIPPED_DOMAIN_SETS)


@pytest.mark.parametrize(("set_id", "names"), SHIPPED_DOMAIN_SETS.items())
def test_domain_list_has_the_sources_domains_in_order_each_with_an_icon(cat, set_id, names):
    domains = cat.domain_sets[set_id].domains
    assert [d.name.nl for d in domains] == names
    assert all(d.icon.strip() for d in domains)


TEMPLATES = {
    "stuurgroep_1": ("stuurgroep", 1, ("armoede_betekenis", "menselijke_waardigheid")),
    "stuurgroep_2": ("stuurgroep", 2, ("casus", "droom")),
    "stuurgroep_3": ("stuurgroep", 3, ("ouders_erbij_horen", "kinderen_erbij_horen", "domeinen_groeperen",
                                       "prioriteiten_stemming")),
    "oudergroep": ("oudergroep", None, ("casus", "droom", "ouders_erbij_horen", "kinderen_erbij_horen",
                                        "domeinen_groeperen", "prioriteiten_stemming")),
    "focusgroep_vrije_tijd": ("focusgroep", None,
                              ("vrije_tijd_schepen", "vrije_tijd_ontspannen", "vrije_tijd_trainer")),
    "signaalgroep_resultaatmeting": ("signaalgroep", None, ("resultaatmeting",)),
}


@pytest.mark.parametrize(("template_id", "expected"), TEMPLATES.items())
def test_session_template_lists_the_roadmaps_exercises(cat, template_id, expected):
    kind, number, agenda = expected
    template = cat.templates[template_id]
    assert (template.kind, template.number, template.exercises) == (kind, number, agenda)
    assert all(key in cat.exercises for key in template.exercises)


# ---------------------------------------------------------------- a broken file


def _casus(data):
    return data["exercises"][_index(data, "exercises", "casus")]


def _drop_casus_fr(data):
    del _casus(data)["question"]["fr"]


def _unknown_kind_open(data):
    data["exercises"][_index(data, "exercises", "armoede_betekenis")]["kind"] = "quiz"


def _story_without_follow_up(data):
    del _casus(data)["follow_up"]


def _duplicate_id(data):
    data["exercises"].append(copy.deepcopy(_casus(data)))


def _template_unknown_exercise(data):
    data["session_templates"][_index(data, "session_templates", "stuurgroep_2")]["exercises"].append("bestaat_niet")


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (_drop_casus_fr, ["(casus).question", "'fr'"]),
        (_unknown_kind_open, ["(armoede_betekenis).kind", "'quiz'"]),
        (_story_without_follow_up, ["(casus)", "'follow_up' is a required property"]),
        (_duplicate_id, ["(casus)", "twee keer"]),
        (_template_unknown_exercise, ["(stuurgroep_2).exercises", "'bestaat_niet' bestaat niet"]),
    ],
    ids=["missing-fr", "unknown-kind", "story-without-follow-up", "duplicate-id", "template-unknown-exercise"],
)
def test_a_broken_file_names_the_file_the_entry_and_what_is_wrong(mutate, expected):
    data = _raw()
    mutate(data)
    with pytest.raises(exercises.ExerciseFileError) as caught:
        exercises.parse(yaml.safe_dump(data, allow_unicode=True), filename="gemeente_vragen.yaml")
    message = str(caught.value)
    assert message.startswith("gemeente_vragen.yaml: ")
    for part in expected:
        assert part in message
    assert len(message) < 500, "the message should point at the problem, not dump the entry"


@pytest.mark.parametrize(
    ("exercise_id", "field", "value", "expected"),
    [("droom", "kind", "dreem", ["(droom).kind", "'dreem'"]),
     ("armoede_betekenis", "follow_up", "casus-follow-up", ["(armoede_betekenis)", "follow_up"])],
    ids=["typo-in-kind-of-droom", "follow-up-on-open-exercise"],
)
def test_a_wrong_kind_or_follow_up_is_named_without_dumping_the_entry(exercise_id, field, value, expected):
    data = _raw()
    entry = data["exercises"][_index(data, "exercises", exercise_id)]
    entry[field] = copy.deepcopy(_casus(data)["follow_up"]) if value == "casus-follow-up" else value
    with pytest.raises(exercises.ExerciseFileError) as caught:
        exercises.parse(yaml.safe_dump(data, allow_unicode=True), filename="gemeente_vragen.yaml")
    message = str(caught.value)
    for part in expected:
        assert part in message
    assert len(message) < 500, "the message should point at the problem, not dump the entry"


def test_invalid_yaml_is_reported_with_the_file_name():
    with pytest.raises(exercises.ExerciseFileError, match=r"^vragen\.yaml: geen geldige YAML"):
        exercises.parse("exercises: [casus, droom\nversion: 1\n", filename="vragen.yaml")


def test_a_file_that_is_not_a_mapping_is_refused():
    with pytest.raises(exercises.ExerciseFileError, match=r"^vragen\.yaml: verwacht een mapping"):
        exercises.parse("- casus\n- droom\n", filename="vragen.yaml")


def test_a_missing_file_is_reported_with_its_path(tmp_path):
    missing = tmp_path / "weg.yaml"
    with pytest.raises(exercises.ExerciseFileError) as caught:
        exercises.load(missing)
    assert str(missing) in str(caught.value)
    assert "kan het bestand niet lezen" in str(caught.value)


def test_samenspraak_check_accepts_the_shipped_file(capsys):
    assert cli.main(["check"]) == 0
    assert "in orde" in capsys.readouterr().out


def test_samenspraak_check_reports_a_broken_file_without_a_traceback(tmp_path, monkeypatch, capsys):
    data = _raw()
    _drop_casus_fr(data)
    broken = tmp_path / "kapot.yaml"
    broken.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    monkeypatch.setenv("SAMENSPRAAK_EXERCISES_FILE", str(broken))
    assert cli.main(["check"]) == 2
    out, err = capsys.readouterr()
    assert "in orde" not in out
    assert str(broken) in err and "(casus).question" in err and "'fr'" in err
    assert "Traceback" not in err


def test_the_configured_file_is_the_one_the_catalogue_uses(tmp_path, monkeypatch):
    data = _raw()
    _casus(data)["parent_question"]["nl"] = "Vertel over een moment dat het beter ging."
    own = tmp_path / "eigen.yaml"
    own.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    monkeypatch.setenv("SAMENSPRAAK_EXERCISES_FILE", str(own))
    assert exercises.catalogue().exercises["casus"].parent_question.nl == "Vertel over een moment dat het beter ging."
