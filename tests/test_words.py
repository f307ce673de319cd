"""The word cloud on the projector: what people talk about, not how they say it. Inflections count
as one word ("gezin" and "gezinnen"), Dutch stop words, numbers, punctuation and very short words
are left out, and the same answers always give the same picture.
"""

from __future__ import annotations

import io
from collections import Counter

import docx
import pytest
from PIL import Image

from facilitation.words import CLOUD_COLOURS, MAX_CLOUD_WORD, cloud_label, cloud_png, word_frequencies


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


# --- answers that used to stop the cloud (issue 13: "One answer blanks the beamer and breaks the minutes") --


def _is_png_or_none(picture: bytes | None) -> bool:
    return picture is None or picture.startswith(b"\x89PNG\r\n\x1a\n")


def test_a_word_of_400_letters_that_is_the_most_frequent_word_is_cut_and_the_cloud_is_drawn():
    long_word = "a" + "b" * 399
    frequencies = word_frequencies([f"{long_word} {long_word} {long_word}", "speeltuin", "speeltuin bibliotheek"])
    assert frequencies.most_common(1)[0][0] == long_word
    picture = cloud_png(frequencies)  # raised "Couldn't find space to draw" before
    assert picture is not None and picture.startswith(b"\x89PNG\r\n\x1a\n")
    assert cloud_label(long_word) == long_word[:MAX_CLOUD_WORD - 1] + "…"


def test_a_single_answer_of_one_very_long_word_still_gives_a_picture():
    picture = cloud_png(word_frequencies(["x" * 373]))
    assert picture is not None and Image.open(io.BytesIO(picture)).size == (900, 420)


def test_only_emoji_right_to_left_overrides_and_a_single_answer_raise_nothing():
    for texts in (["😀😀 🎉🎉🎉 👍🏽", "🙂"], ["\u202egnilrednow\u202c \u202etset", "\u202e" * 50, "\u200f\u200e"],
                  ["Een speeltuin"], ["\u0000\u200b\ufeff"], ["مدرسة مدرسة الأطفال"]):
        assert _is_png_or_none(cloud_png(word_frequencies(texts)))
    assert cloud_png(word_frequencies(["😀😀 🎉🎉🎉"])) is None  # no words, no cloud


def test_a_cloud_that_finds_no_room_is_given_up_quietly():
    assert _is_png_or_none(cloud_png(Counter({"speeltuin": 3, "bibliotheek": 2}), width=4, height=4))


def test_the_cloud_for_the_full_screen_is_drawn_larger_with_the_same_layout():
    frequencies = word_frequencies(["speeltuin bibliotheek zwembad", "speeltuin huiswerkklas"])
    picture = cloud_png(frequencies, width=500, height=300, scale=2)
    assert Image.open(io.BytesIO(picture)).size == (1000, 600)


def test_the_words_are_drawn_in_dark_colours_only():
    for colour in CLOUD_COLOURS:
        red, green, blue = (int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5))
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in (red, green, blue)]
        luminance = 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
        assert 1.05 / (luminance + 0.05) >= 7, colour  # contrast with white, WCAG AAA for text


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_the_minutes_export_with_a_hostile_answer_as_the_most_frequent_word(write, read):
    from facilitation import contribution, trajectory
    from facilitation import session as meetings
    from facilitation.documents import minutes
    from facilitation.models import Session

    long_word = "z" * 400
    with write() as s:
        t = trajectory.create_trajectory(s, gemeente="Geel", period_start=2025, period_end=2030)
        meeting = meetings.plan_session(s, trajectory_id=t.id, template_id="stuurgroep_2")
        meetings.open_session(s, session_id=meeting.id)
        meetings.next_exercise(s, session_id=meeting.id)
        current = s.get(Session, meeting.id).current_exercise_id
        for text in (f"{long_word} {long_word}", long_word, "😀😀😀", "\u202eteksttekst\u202c", "Een speeltuin"):
            contribution.add_contribution(s, session_exercise_id=current, text=text)
        session_id = meeting.id
    with read() as s:
        document = docx.Document(io.BytesIO(minutes.build_minutes(s, session_id=session_id)))
    assert any(shape.type is not None for shape in document.inline_shapes)  # the word cloud is in it
    assert any(long_word in p.text for p in document.paragraphs)  # the answer itself, as typed
