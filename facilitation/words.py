"""Words of the answers for the word cloud: Dutch stop words out, inflections merged by lemma
("gezin" and "gezinnen" are one word), so the cloud shows what people talk about.
"""

from __future__ import annotations

import functools
import io
from collections import Counter
from collections.abc import Iterable

import simplemma
from stop_words import get_stop_words

# Words that carry no subject in these answers, on top of the general Dutch stop words.
EXTRA_STOP_WORDS = {
    "kunnen", "moeten", "zullen", "willen", "worden", "gaan", "komen", "krijgen", "maken", "hebben",
    "zijn", "doen", "wel", "niet", "geen", "heel", "veel", "meer", "echt", "gewoon", "ook", "nog",
    "iets", "iemand", "mensen", "waar", "omdat", "zodat", "hun", "ons", "onze", "jullie", "elk",
    "elke", "ieder", "iedere", "alle", "goed", "beter", "soms", "dus", "toen", "daarna", "één",
}


@functools.lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """Dutch stop words and their lemmas."""
    base = set(get_stop_words("dutch")) | EXTRA_STOP_WORDS
    return frozenset(base | {simplemma.lemmatize(w, lang="nl") for w in base})


@functools.lru_cache(maxsize=20_000)
def lemma(token: str) -> str:
    """The Dutch lemma of a word, lower-case ("gezinnen" -> "gezin")."""
    return simplemma.lemmatize(token, lang="nl").lower()


def word_frequencies(texts: Iterable[str]) -> Counter[str]:
    """How often each meaningful word occurs, inflections counted together under the form people
    used most ("gezinnen" 2x and "gezin" 1x give "gezinnen": 3)."""
    stop = stop_words()
    by_lemma: dict[str, Counter[str]] = {}
    for text in texts:
        for token in simplemma.simple_tokenizer(text or ""):
            token = token.lower()
            if len(token) < 3 or not token.isalpha() or token in stop:
                continue
            root = lemma(token)
            if root not in stop and len(root) >= 3:
                by_lemma.setdefault(root, Counter())[token] += 1
    return Counter({forms.most_common(1)[0][0]: sum(forms.values()) for forms in by_lemma.values()})


# Dark colours only (each at least 7:1 on white), so every word reads from the back of the room and
# on paper; the old viridis map drew its most frequent words in light yellow.
CLOUD_COLOURS = ("#0b3d55", "#7a2e00", "#1b5e20", "#4a148c", "#8a1538", "#1a237e", "#3e2723")
MAX_CLOUD_WORD = 24  # letters; a longer "word" is shown cut, with "…", and never stops the cloud


def cloud_label(word: str) -> str:
    """The word as the cloud shows it: cut after MAX_CLOUD_WORD letters, with "…"."""
    return word if len(word) <= MAX_CLOUD_WORD else word[: MAX_CLOUD_WORD - 1] + "…"


def _colour(word: str, **_: object) -> str:
    """The same word always gets the same colour (a refresh does not repaint the cloud)."""
    return CLOUD_COLOURS[sum(map(ord, word)) % len(CLOUD_COLOURS)]


def cloud_png(frequencies: Counter[str], *, width: int = 900, height: int = 420, max_words: int = 60,
              scale: float = 1) -> bytes | None:
    """A PNG word cloud of the frequencies (width x height times scale), or None when there are no
    words yet or none can be drawn. Never raises on what people typed: a word of 400 letters is cut
    to MAX_CLOUD_WORD letters, and a cloud that finds no room is tried with fewer words, then given up."""
    labels: Counter[str] = Counter()
    for word, count in frequencies.most_common():
        if count > 0 and word:
            labels[cloud_label(word)] += count
    if not labels:
        return None
    from wordcloud import WordCloud  # imported late: matplotlib is slow to load

    chosen = dict(labels.most_common(max_words))
    while chosen:
        cloud = WordCloud(
            width=width,
            height=height,
            scale=scale,
            background_color="white",
            color_func=_colour,
            max_words=max_words,
            prefer_horizontal=0.95,
            random_state=7,  # the same answers give the same picture on every refresh
        )
        try:
            cloud.generate_from_frequencies(chosen)
        except (ValueError, IndexError):  # wordcloud's "Couldn't find space to draw" (raised from an IndexError)
            chosen = dict(list(chosen.items())[: len(chosen) // 2])
            continue
        if not cloud.layout_:
            return None
        buffer = io.BytesIO()
        cloud.to_image().save(buffer, format="PNG", optimize=True)
        return buffer.getvalue()
    return None
