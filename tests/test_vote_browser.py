"""Three phones vote with dots in real Chromium; the projector's bars show exactly their dots, and a
phone that reloads and votes again replaces its ballot."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect
from sqlalchemy import func, select

from facilitation import db, vote
from facilitation.models import Ballot
from tests.conftest import open_stuurgroep_3
from tests.server import open_projector, running_server

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """The demo, plus an open stuurgroep 3 with the vote on the screen and a dot round open."""
    data_dir = tmp_path_factory.mktemp("vote-server")
    with running_server(data_dir) as url:
        engine = db.engine_for(f"sqlite:///{data_dir / 'samenspraak.db'}")
        sg3 = open_stuurgroep_3(engine)
        with db.transaction(engine, write=True) as s:
            vote_round = vote.open_round(s, session_exercise_id=sg3["exercise"], domain_set_id=sg3["set"])
        yield url, engine, sg3["code"], vote_round.id, sg3["domains"]
        engine.dispose()


def phone_votes(page: Page, url: str, code: str, taps: list[tuple[int, str]], *, join: bool = True) -> None:
    """taps: (position of the domain in the list, "+" or "−"), in order."""
    if join:
        page.goto(f"{url}/meedoen?code={code}")
        page.get_by_role("button", name="Ik doe mee").click()
    expect(page.get_by_text("Je hebt nog")).to_be_visible(timeout=20_000)
    for position, sign in taps:
        before = page.get_by_text("Je hebt nog").inner_text()
        # Each button is named by its domain and says what it does ("Onderwijs: stip erbij, nu 1, nog 2 over").
        page.get_by_role("button", name=re.compile("stip erbij" if sign == "+" else "stip eraf")).nth(position).click()
        expect(page.get_by_text("Je hebt nog")).not_to_have_text(before, timeout=10_000)
    page.get_by_role("button", name="Stem versturen").click()
    expect(page.get_by_text("Bedankt, je stem is doorgestuurd")).to_be_visible(timeout=10_000)


def bar_values(page: Page) -> list[int]:
    texts = page.locator(".ss-bar-value").all_inner_texts()
    return sorted(int(t) for t in texts if t and t.strip())


def test_three_phones_vote_and_the_bars_show_exactly_their_dots(server, browser):
    url, engine, code, round_id, domain_ids = server
    beamer = open_projector(browser, url, code)
    phones = [browser.new_context(viewport={"width": 390, "height": 844}).new_page() for _ in range(3)]
    phone_votes(phones[0], url, code, [(0, "+"), (0, "+"), (1, "+")])
    phone_votes(phones[1], url, code, [(0, "+"), (2, "+"), (2, "+")])
    phone_votes(phones[2], url, code, [(4, "+"), (4, "+"), (1, "+")])

    expected = {domain_ids[0]: 3, domain_ids[1]: 2, domain_ids[2]: 2, domain_ids[4]: 2}
    with db.transaction(engine) as s:
        assert dict(vote.tally(s, vote_round_id=round_id)) == expected
    expect(beamer.locator(".ss-meta")).to_contain_text("3 stemmen", timeout=15_000)
    expect(beamer.locator(".ss-bars")).to_be_visible(timeout=15_000)
    wanted = sorted([0, *expected.values()])
    for _ in range(50):  # the chart is redrawn by the projector's 1 s fragment
        if bar_values(beamer) == wanted:
            break
        beamer.wait_for_timeout(200)
    assert bar_values(beamer) == wanted

    # The first phone reloads (same link, same token) and changes its mind: its ballot is replaced.
    phones[0].reload()
    expect(phones[0].get_by_text("Je hebt nog 0 stippen")).to_be_visible(timeout=20_000)  # its dots are back
    phone_votes(phones[0], url, code, [(0, "−"), (3, "+")], join=False)
    changed = {**expected, domain_ids[0]: 2, domain_ids[3]: 1}
    for _ in range(50):  # "Bedankt" was already on screen: wait for the new ballot itself
        with db.transaction(engine) as s:
            if dict(vote.tally(s, vote_round_id=round_id)) == changed:
                break
        phones[0].wait_for_timeout(100)
    with db.transaction(engine) as s:
        assert dict(vote.tally(s, vote_round_id=round_id)) == changed
        assert s.scalar(select(func.count(Ballot.id)).where(Ballot.vote_round_id == round_id)) == 3
