"""The beamer's stage without a browser: how the cards share the screen, that a card never hides an
element without saying "+N", that typed text stays text, and that the page itself survives the
answers that used to blank it (issue 13) and never shows "open" beside a closed round or figures
under 3 ballots. The browser half is tests/test_stage_browser.py."""

from __future__ import annotations

import re

import pytest

from facilitation import contribution, db, vote
from facilitation import session as meetings
from facilitation.contribution import ShownAnswer
from facilitation.models import Channel, DomainSet, Session
from facilitation.ui import stage
from tests.test_live_pages import app, live, texts  # noqa: F401 (live: the fixture of an open stuurgroep 2)

SQLITE_ONLY = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)


def answer(text: str, elements: tuple[str, ...] = (), merged: int = 0) -> ShownAnswer:
    return ShownAnswer(id=1, text=text, elements=elements, pinned=False, merged=merged)


def font_of(grid: str) -> float:
    return float(re.search(r"font-size:([\d.]+)vh", grid).group(1))


def test_few_answers_get_big_cards_and_more_answers_smaller_ones_never_under_30_px():
    fonts = [font_of(stage.answer_grid([answer("Een speeltuin in de wijk")] * n, room=70)) for n in (1, 4, 12)]
    assert fonts == sorted(fonts, reverse=True) and fonts[0] > fonts[-1]
    long = [answer("Een heel lang verhaal over de school. " * 20)] * 12
    assert font_of(stage.answer_grid(long, room=60)) == stage.MIN_FONT
    assert stage.MIN_FONT * 1080 / 100 >= 28  # px at 1920x1080


def test_the_grid_has_a_cell_for_every_card_and_at_most_twelve_cards():
    for count in range(1, stage.MAX_CARDS + 1):
        columns, rows = stage.grid_shape(count)
        assert columns * rows >= count and columns * (rows - 1) < count
    grid = stage.answer_grid([answer(f"antwoord {n}") for n in range(15)], room=70)
    assert grid.count('class="ss-card') == 12 and "en nog 3 antwoorden" in grid
    assert "en nog 1 antwoord<" in stage.answer_grid([answer("x")] * 13, room=70)


@pytest.mark.parametrize("lines", [2, 3, 5, 8])
@pytest.mark.parametrize("count", [0, 1, 3, 7])
def test_a_card_shows_its_elements_or_counts_the_rest(lines, count):
    elements = tuple(f"element {n}" for n in range(count))
    for text in ("Kort.", "Een lang verhaal. " * 30):
        card = stage.fit_card(text, elements, lines=lines, width=40, font=3)
        assert len(card.elements) + card.hidden_elements == count
        assert card.elements == elements[:len(card.elements)]  # in order, none skipped
        assert card.text_lines >= 1 and card.text_lines + len(card.elements) <= max(lines, 2)
        if count:
            assert card.elements, "a merged card keeps at least one element line, with '+N' on it"


def test_the_last_element_line_says_how_many_more():
    grid = stage.answer_grid([answer("Een lang verhaal. " * 40, tuple(f"element {n}" for n in range(9)), merged=2)],
                             room=20)
    shown = grid.count('class="ss-el"')
    assert 1 <= shown < 9 and f'<span class="ss-el-more">+{9 - shown}</span>' in grid
    assert '<b class="ss-times">×3</b>' in grid


def test_typed_text_stays_text_even_after_a_blank_line():
    grid = stage.answer_grid([answer("<script>alert(1)</script>\n\n**vet** <img src=x>", ("<b>el</b>",))], room=70)
    assert "<script>" not in grid and "<img" not in grid and "<b>el</b>" not in grid
    assert "\n" not in grid  # a blank line would end the HTML block and turn the rest into Markdown
    assert "&lt;script&gt;" in grid and "&#10;&#10;**vet**" in grid
    assert "<script>" not in stage.question("<script>x</script>\n\nvraag").html


def test_a_long_question_gets_smaller_type_and_its_room_is_bounded():
    short, long = stage.question("Wat helpt?"), stage.question("Een lange vraag met veel woorden. " * 12)
    size = lambda q: float(re.search(r"font-size:([\d.]+)vh", q.html).group(1))  # noqa: E731
    assert size(short) > size(long)
    assert long.height <= 20 and "-webkit-line-clamp:" in long.html
    assert stage.room_below(long.height) >= 65


@SQLITE_ONLY
def test_an_answer_of_one_400_letter_word_no_longer_blanks_the_beamer(engine, live):  # noqa: F811
    session_id, code = live
    word = "q" * 400
    with db.transaction(engine, write=True) as s:
        current = s.get(Session, session_id).current_exercise_id
        for text in (f"{word} {word}", word, "Een speeltuin"):
            contribution.add_contribution(s, session_exercise_id=current, text=text)
    at = app("pages/scherm.py", staff=True, code=code)
    assert not at.exception
    assert len(at.get("image")) == 2  # the QR code and the word cloud
    page = texts(at)
    assert page.count('class="ss-card') == 3 and "Een speeltuin" in page


@SQLITE_ONLY
def test_a_vote_shows_the_rounds_state_and_no_figure_under_three_ballots(engine, demo_engine):
    from facilitation import demo
    from facilitation import live as live_state

    with db.transaction(demo_engine, write=True) as s:
        traj = demo.find_demo(s)
        meeting = meetings.plan_session(s, trajectory_id=traj.id, template_id="stuurgroep_3")
        meetings.open_session(s, session_id=meeting.id)
        exercise = next(e for e in meeting.exercises if e.exercise_key == "prioriteiten_stemming")
        meetings.show_exercise(s, exercise_id=exercise.id)  # the question is open
        set_id = live_state.active_domain_set_id(s, trajectory_id=traj.id)
        domain_ids = [d.id for d in s.get(DomainSet, set_id).domains]
        first = domain_ids[0]
        round_id = vote.open_round(s, session_exercise_id=exercise.id, domain_set_id=set_id).id
        for _ in range(2):
            vote.cast_ballot(s, vote_round_id=round_id, allocation={first: 1}, device_token=None,
                             channel=Channel.PAPER)
        vote.close_round(s, vote_round_id=round_id)
        code = meeting.join_code
    page = texts(app("pages/scherm.py", staff=True, code=code)).split("</style>")[-1]  # the stage, not its styles
    assert "🔒 stemming gesloten" in page and "🗳️ <b>2</b> stemmen" in page
    assert not re.search(r"\bopen\b", page)
    assert vote.TOO_FEW_NOTE in page and 'class="ss-bar' not in page  # no figure for 2 ballots
    with db.transaction(demo_engine, write=True) as s:
        vote.reopen_round(s, vote_round_id=round_id)
        vote.cast_ballot(s, vote_round_id=round_id, allocation={first: 2}, device_token=None, channel=Channel.PAPER)
    page = texts(app("pages/scherm.py", staff=True, code=code)).split("</style>")[-1]
    assert "🟢 stemming open" in page and "gesloten" not in page
    assert page.count('class="ss-bar-row"') == len(domain_ids)
