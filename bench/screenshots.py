"""`make screenshots`: the phone and the beamer as a room sees them, from the demo, in real Chromium.

Starts the real server with the demo (tests/server.py), then
- the phone at 390x844 (/meedoen): the code form, the first screen, a question, the answer sent, a vote;
- the beamer at 1920x1080 (/scherm, logged in as the demo facilitator): the casus of stuurgroep 2
  with its answers and essential elements, the same answers as a word cloud, and the closed dot vote
  of stuurgroep 3 (the demo's finished meetings, reopened for the picture).
PNGs go to docs/screenshots/ (or --out). `--only beamer` or `--only phone`, `--size 1280x720` for the
beamer. Only the demo's own data is shown; nothing is downloaded.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from playwright.sync_api import Page, expect, sync_playwright  # noqa: E402
from sqlalchemy import select  # noqa: E402

from facilitation import db, demo, vote  # noqa: E402
from facilitation import session as meetings  # noqa: E402
from facilitation.models import ExerciseState, Session, SessionState  # noqa: E402
from tests.server import open_projector, running_server  # noqa: E402

CHROMIUM = {"executable_path": "/usr/bin/chromium",
            "args": ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                     "--disable-component-update", "--disable-sync"]}
PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True, "device_scale_factor": 1}
WAIT = 30_000


def reopen_demo_meetings(engine) -> dict[str, str]:
    """Stuurgroep 2 on its casus and stuurgroep 3 on its (closed) vote, open again: their join codes,
    and the focus group's, which the demo leaves open."""
    codes = {}
    with db.transaction(engine, write=True) as s:
        trajectory = demo.find_demo(s)
        for meeting in s.scalars(select(Session).where(Session.trajectory_id == trajectory.id)):
            if meeting.state is SessionState.OPEN:
                codes["focus"] = meeting.join_code
            elif meeting.template_id in ("stuurgroep_2", "stuurgroep_3"):
                meetings.reopen_session(s, session_id=meeting.id)
                key = "casus" if meeting.template_id == "stuurgroep_2" else "prioriteiten_stemming"
                shown = next(e for e in meeting.exercises if e.exercise_key == key)
                meetings.show_exercise(s, exercise_id=shown.id)
                meetings.set_exercise_state(s, exercise_id=shown.id, state=ExerciseState.OPEN)
                codes[meeting.template_id] = meeting.join_code
    return codes


def settle(page: Page) -> None:
    """Let the 1 s fragment draw once more, so the picture is what stays on the screen."""
    page.wait_for_timeout(2_500)


def beamer(browser, url: str, codes: dict[str, str], out: Path, size: tuple[int, int]) -> list[Path]:
    width, height = size
    suffix = "" if size == (1920, 1080) else f"-{width}x{height}"
    page = open_projector(browser, url, codes["stuurgroep_2"])
    page.set_viewport_size({"width": width, "height": height})
    written = []
    expect(page.locator(".ss-card").first).to_be_visible(timeout=WAIT)
    settle(page)
    written.append(shot(page, out / f"beamer-antwoorden{suffix}.png"))
    page.goto(f"{url}/scherm?code={codes['stuurgroep_2']}&toon=Woordwolk")
    expect(page.locator(".st-key-ss-cloud img")).to_be_visible(timeout=WAIT)
    settle(page)
    written.append(shot(page, out / f"beamer-woordwolk{suffix}.png"))
    page.goto(f"{url}/scherm?code={codes['stuurgroep_3']}")
    expect(page.locator(".ss-bar-row").first).to_be_visible(timeout=WAIT)
    settle(page)
    written.append(shot(page, out / f"beamer-stemming{suffix}.png"))
    page.context.close()
    return written


def phone(browser, url: str, engine, codes: dict[str, str], out: Path) -> list[Path]:
    """Written against the light HTML phone page: roles and visible texts only."""
    page = browser.new_context(**PHONE).new_page()
    written = []
    page.goto(f"{url}/meedoen")
    code_field = page.get_by_label("Code op het grote scherm")
    expect(code_field).to_be_visible(timeout=WAIT)
    written.append(shot(page, out / "telefoon-1-code.png"))
    code_field.fill(codes["focus"])
    code_field.press("Enter")
    start = page.get_by_role("button", name="Ik doe mee")
    expect(start).to_be_visible(timeout=WAIT)
    written.append(shot(page, out / "telefoon-2-eerste-scherm.png"))
    start.click()
    answer = page.get_by_label("Jouw antwoord")
    expect(answer).to_be_visible(timeout=WAIT)
    answer.fill("Een speelplein dichtbij, met een bank in de schaduw voor de ouders.")
    written.append(shot(page, out / "telefoon-3-vraag.png"))
    page.get_by_role("button", name="Versturen").click()
    expect(page.get_by_text("Bedankt").first).to_be_visible(timeout=WAIT)
    written.append(shot(page, out / "telefoon-4-verstuurd.png"))
    page.context.close()

    with db.transaction(engine, write=True) as s:  # a new dot round on stuurgroep 3's vote
        meeting = s.scalars(select(Session).where(Session.join_code == codes["stuurgroep_3"])).one()
        exercise = next(e for e in meeting.exercises if e.exercise_key == "prioriteiten_stemming")
        previous = vote.current_round(s, session_exercise_id=exercise.id)
        vote.open_round(s, session_exercise_id=exercise.id, domain_set_id=previous.domain_set_id)
    page = browser.new_context(**PHONE).new_page()
    page.goto(f"{url}/meedoen?code={codes['stuurgroep_3']}")
    page.get_by_role("button", name="Ik doe mee").click()
    expect(page.get_by_role("button", name="Stem versturen")).to_be_visible(timeout=WAIT)
    written.append(shot(page, out / "telefoon-5-stemmen.png"))
    page.context.close()
    return written


def shot(page: Page, path: Path) -> Path:
    page.screenshot(path=str(path))
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--only", choices=("beamer", "phone"))
    parser.add_argument("--size", default="1920x1080", help="the beamer's viewport, e.g. 1280x720")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    size = tuple(int(n) for n in args.size.lower().split("x"))
    problems = 0
    with tempfile.TemporaryDirectory(prefix="samenspraak-screens-") as folder, running_server(Path(folder)) as url:
        engine = db.engine_for(f"sqlite:///{Path(folder) / 'samenspraak.db'}")
        codes = reopen_demo_meetings(engine)
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(**CHROMIUM)
            steps = [("beamer", lambda: beamer(browser, url, codes, args.out, size)),
                     ("phone", lambda: phone(browser, url, engine, codes, args.out))]
            for name, step in steps:
                if args.only and name != args.only:
                    continue
                try:
                    for path in step():
                        print(f"  {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
                except Exception:  # one broken screen must not cost the others their pictures
                    problems += 1
                    print(f"The {name} screenshots failed:", file=sys.stderr)
                    traceback.print_exc()
            browser.close()
        engine.dispose()
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
