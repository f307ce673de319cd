"""The beamer as a stage, in real headless Chromium against the real server with the demo, at
1920x1080 and 1280x720: the answers fill the screen below the question, no text is cut without "…",
the cards read from the back of the room, the word cloud can fill the screen, the vote bars are big,
and a closed round never says "open" (issue 12, barrier 7; issue 13, the word cloud of one answer).
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect
from sqlalchemy import select

from facilitation import contribution, db, demo, vote
from facilitation import session as meetings
from facilitation.models import ExerciseState, Session, SessionState
from tests.server import open_projector, running_server

pytestmark = pytest.mark.browser

SIZES = [(1920, 1080), (1280, 720)]
ELEMENTS = ["Een vaste contactpersoon", "Iemand die luistert zonder te oordelen", "Hulp aan huis",
            "Samenwerking tussen de diensten", "Discreet geregeld", "Op tijd", "Rechten automatisch toegekend"]

# Every text block of a card: is it cut without "…"? A block whose content is taller or wider than
# its box must be drawn with a line clamp (Chromium then ends it in "…") or text-overflow: ellipsis.
CUT_WITHOUT_ELLIPSIS = """() => {
  const problems = [];
  for (const card of document.querySelectorAll('.ss-card')) {
    if (card.scrollHeight > card.clientHeight + 1 || card.scrollWidth > card.clientWidth + 1)
      problems.push('card overflows: ' + card.innerText.slice(0, 40));
    for (const part of card.querySelectorAll('.ss-text, .ss-el-text, .ss-domain')) {
      const style = getComputedStyle(part);
      const clamped = style.webkitLineClamp !== 'none' && style.webkitLineClamp !== '';
      const ellipsis = style.textOverflow === 'ellipsis';
      if (part.scrollHeight > part.clientHeight + 1 && !clamped)
        problems.push('cut, no …: ' + part.innerText.slice(0, 40));
      if (part.scrollWidth > part.clientWidth + 1 && !ellipsis && !clamped)
        problems.push('too wide, no …: ' + part.innerText.slice(0, 40));
    }
  }
  return problems;
}"""


@pytest.fixture(scope="module")
def stage(tmp_path_factory):
    """The demo, with stuurgroep 2 reopened on its casus (12 answers: the demo's, long ones, a merged
    answer with 7 elements, pinned, one of 400 letters) and stuurgroep 3 reopened on its closed dot vote."""
    data_dir = tmp_path_factory.mktemp("stage-server")
    with running_server(data_dir) as url:
        engine = db.engine_for(f"sqlite:///{data_dir / 'samenspraak.db'}")
        codes = {}
        with db.transaction(engine, write=True) as s:
            trajectory = demo.find_demo(s)
            for meeting in s.scalars(select(Session).where(Session.trajectory_id == trajectory.id)):
                if meeting.template_id not in ("stuurgroep_2", "stuurgroep_3") or meeting.state is SessionState.OPEN:
                    continue
                meetings.reopen_session(s, session_id=meeting.id)
                key = "casus" if meeting.template_id == "stuurgroep_2" else "prioriteiten_stemming"
                shown = next(e for e in meeting.exercises if e.exercise_key == key)
                meetings.show_exercise(s, exercise_id=shown.id)
                codes[meeting.template_id] = (meeting.join_code, shown.id)
            casus = codes["stuurgroep_2"][1]
            meetings.set_exercise_state(s, exercise_id=casus, state=ExerciseState.OPEN)
            for n in range(4):
                contribution.add_contribution(s, session_exercise_id=casus,
                                              text=f"Lang verhaal {n}: " + "de school hielp ons echt goed. " * 12)
            contribution.add_contribution(s, session_exercise_id=casus, text="Een woord: " + "x" * 400)
            contribution.add_contribution(s, session_exercise_id=casus, text="Regel\n\n\n\n\n\n\n\nna regel")
            kept = contribution.add_contribution(s, session_exercise_id=casus, elements=ELEMENTS,
                                                 text="De maatschappelijk werker nam de tijd en bleef.")
            duplicate = contribution.add_contribution(s, session_exercise_id=casus, text="Zij nam de tijd.")
            contribution.merge(s, duplicate_id=duplicate.id, into_id=kept.id)
            contribution.set_pinned(s, contribution_id=kept.id, pinned=True)  # pinned: among the 12 shown
            contribution.add_contribution(s, session_exercise_id=casus, text="Kort.")
            contribution.add_contribution(s, session_exercise_id=casus, text="Iemand luisterde.")
        yield url, engine, codes
        engine.dispose()


def beamer(browser, url: str, code: str, size: tuple[int, int], query: str = "") -> Page:
    page = open_projector(browser, url, code)
    page.set_viewport_size({"width": size[0], "height": size[1]})
    if query:
        page.goto(f"{url}/scherm?code={code}{query}")
    return page


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_twelve_answers_fill_the_screen_below_the_question_and_nothing_is_cut_without_an_ellipsis(
        stage, browser, size):
    url, _engine, codes = stage
    page = beamer(browser, url, codes["stuurgroep_2"][0], size)
    cards = page.locator(".ss-card")
    expect(cards).to_have_count(12, timeout=30_000)
    page.wait_for_timeout(1_500)  # one more run of the 1 s fragment
    assert page.evaluate(CUT_WITHOUT_ELLIPSIS) == []
    assert page.evaluate("document.scrollingElement.scrollHeight") <= size[1]  # a beamer does not scroll

    width, height = size
    question = page.locator(".ss-question").bounding_box()
    boxes = [cards.nth(i).bounding_box() for i in range(12)]
    below = height - (question["y"] + question["height"])
    covered = (max(b["y"] + b["height"] for b in boxes) - min(b["y"] for b in boxes))
    assert covered >= 0.8 * below, "the cards fill the screen under the question, no empty lower half"
    assert max(b["x"] + b["width"] for b in boxes) - min(b["x"] for b in boxes) >= 0.65 * width

    font = float(page.evaluate("parseFloat(getComputedStyle(document.querySelector('.ss-text')).fontSize)"))
    element_font = float(page.evaluate("parseFloat(getComputedStyle(document.querySelector('.ss-el')).fontSize)"))
    if size == (1920, 1080):
        assert font >= 28 and element_font >= 28
    else:
        assert font >= 28 * 720 / 1080 and element_font >= 28 * 720 / 1080

    merged = page.locator(".ss-card", has_text="De maatschappelijk werker nam de tijd")
    assert merged.locator(".ss-times").inner_text() == "×2"
    shown = merged.locator(".ss-el").count()
    assert shown >= 1
    if shown < len(ELEMENTS):  # the elements that do not fit are counted, never dropped silently
        assert merged.locator(".ss-el-more").inner_text() == f"+{len(ELEMENTS) - shown}"
    expect(page.locator(".ss-more")).to_have_text(re.compile(r"en nog \d+ antwoord"))
    page.context.close()


def test_the_elements_are_dark_enough_to_read(stage, browser):
    url, _engine, codes = stage
    page = beamer(browser, url, codes["stuurgroep_2"][0], (1920, 1080))
    expect(page.locator(".ss-el").first).to_be_visible(timeout=30_000)
    ratio = page.evaluate("""() => {
      const rgb = s => s.match(/\\d+/g).slice(0, 3).map(Number);
      const lum = c => { const [r, g, b] = c.map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
                         return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
      const el = document.querySelector('.ss-el');
      const fg = lum(rgb(getComputedStyle(el).color)), bg = lum(rgb(getComputedStyle(el.closest('.ss-card')).backgroundColor));
      return (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
    }""")
    assert ratio >= 4.5  # WCAG AA
    page.context.close()


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_word_cloud_fills_the_screen_and_the_join_code_stays(stage, browser, size):
    url, _engine, codes = stage
    code = codes["stuurgroep_2"][0]
    page = beamer(browser, url, code, size, "&toon=Woordwolk")
    cloud = page.locator(".st-key-ss-cloud img")
    expect(cloud).to_be_visible(timeout=30_000)  # with a 400-letter word among the answers
    page.wait_for_timeout(1_000)
    box = cloud.bounding_box()
    assert box["width"] * box["height"] >= 0.6 * size[0] * size[1]
    expect(page.locator(".ss-code")).to_have_text(code)
    assert page.evaluate("document.scrollingElement.scrollHeight") <= size[1]
    # The facilitator switches back on the beamer itself.
    page.get_by_role("radio", name="Antwoorden").click()
    expect(page.locator(".ss-card")).to_have_count(12, timeout=5_000)
    expect(cloud).to_have_count(0)
    page.context.close()


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_vote_bars_read_from_the_back_and_a_closed_round_never_says_open(stage, browser, size):
    url, engine, codes = stage
    page = beamer(browser, url, codes["stuurgroep_3"][0], size)
    rows = page.locator(".ss-bar-row")
    expect(rows.first).to_be_visible(timeout=30_000)
    with db.transaction(engine) as s:
        results = vote.results(s, vote_round_id=vote.current_round(s, session_exercise_id=codes["stuurgroep_3"][1]).id)
    assert results.state.value == "closed" and not results.too_few
    assert rows.count() == len(results.totals)
    text = page.locator("[data-testid=stMain]").inner_text()
    assert "stemming gesloten" in text
    assert not re.search(r"\bopen\b", text), "a closed round is never shown beside 'open'"
    smallest = 28 if size == (1920, 1080) else 28 * 720 / 1080
    for selector in (".ss-bar-label", ".ss-bar-value"):
        assert float(page.evaluate(f"parseFloat(getComputedStyle(document.querySelector('{selector}')).fontSize)")) >= smallest
    values = sorted(int(v) for v in page.locator(".ss-bar-value").all_inner_texts())
    by_group = results.by_group or {"alle": results.totals}
    assert values == sorted(scores.get(d, 0) for scores in by_group.values() for d in results.totals)
    bars = page.locator(".ss-bars").bounding_box()
    assert bars["y"] + bars["height"] >= 0.75 * size[1], "the bars use the lower half of the screen"
    assert page.evaluate("document.scrollingElement.scrollHeight") <= size[1]
    page.context.close()
