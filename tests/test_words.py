"""The word cloud on the projector: what people talk about, not how they say it. Inflections count
as one word ("gezin" and "gezinnen"), Dutch stop words, numbers, punctuation and very short words
are left out, and the same answers always give the same picture.
"""

from __future__ import annotations

import io
from collections import Counter

from PIL import Image

from facilitation.words import cloud_png, word_frequencies


def test_inflections_are_one_word():
    frequencies = word_frequencies(["Elk gezin telt.", "Gezinnen met kinderen"])
    assert len([word for word in frequencies if word.startswith("gezin")]) == 1
    assert frequencies["gezin"] + frequencies["gezinnen"] == 2


def test_the_word_is_named_after_the_form_people_used_most():
    assert word_frequencies(["gezinnen", "gezinnen en een gezin"]) == Counter({"gezinnen": 3})
    assert word_frequencies(["gezin", "gezin en gezinnen"]) == Counter({"gezin": 3})


def test_capitals_do_not_make_another_word():
    assert word_frequencies(["Speeltuin", "SPEELTUIN", "speeltuin!"]) == Counter({"speeltuin": 3})


def test_dutch_stop_words_are_left_out():
    assert word_frequencies(["de het een en niet kunnen", "Het kan niet, we moeten en zullen"]) == Counter()
    assert word_frequencies(["Een speeltuin en de bibliotheek kunnen niet wachten"]) == Counter(
        {"speeltuin": 1, "bibliotheek": 1, "wachten": 1})


def test_numbers_punctuation_and_words_under_three_letters_are_left_out():
    frequencies = word_frequencies(["24/7 bereikbaar!!! ... 3de keer, 2026: zo ok? -- € 50,- ja",
                                    "bereikbaar; (bereikbaar)"])
    assert frequencies == Counter({"bereikbaar": 3, "keer": 1})


def test_markup_in_an_answer_does_not_break_the_count():
    frequencies = word_frequencies(["<script>alert('hallo')</script> zwembad", "<b>zwembad</b> & <i>", None, ""])
    assert frequencies["zwembad"] == 2
    assert all(word.isalpha() for word in frequencies)


def test_no_words_no_cloud():
    assert cloud_png(Counter()) is None
    assert cloud_png(word_frequencies(["de het een", ""])) is None


def test_the_cloud_is_a_png_and_the_same_answers_give_the_same_picture():
    frequencies = word_frequencies(["speeltuin bibliotheek zwembad", "speeltuin huiswerkklas", "speeltuin"])
    first = cloud_png(frequencies, width=240, height=120)
    again = cloud_png(word_frequencies(["speeltuin bibliotheek zwembad", "speeltuin huiswerkklas", "speeltuin"]),
                      width=240, height=120)
    other = cloud_png(word_frequencies(["kinderopvang jeugdhuis"]), width=240, height=120)
    assert first.startswith(b"\x89PNG\r\n\x1a\n")
    assert Image.open(io.BytesIO(first)).size == (240, 120)
    assert again == first  # a refresh does not reshuffle the cloud
    assert other != first
