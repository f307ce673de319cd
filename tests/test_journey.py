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
from contextlib import contextmanager, suppress
from pathlib import Path

import docx
import pytest
from playwright.sync_api import Browser, Page, expect
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from tests.server import ROOT, running_server, server_env
from tests.server import log_in as log_in_until

pytestmark = pytest.mark.browser

WAIT = 30_000
IDLE = '[data-testid="stApp"][data-test-script-state="notRunning"]'
RUNNING = '[data-testid="stApp"][data-test-script-state="running"]'
USER, PASSWORD = "begeleider", "een-lang-wachtwoord-2025"
GEMEENTE = "Gemeente Testdorp"
LAPTOP = {"viewport": {"width": 1366, "height": 900}, "locale": "nl-BE", "accept_downloads": True}
PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True}
BEAMER = {"viewport": {"width": 1920, "height": 1080}}
CSV = ROOT / "tests" / "data" / "omgevingsanalyse.csv"
TIMINGS = Path("/tmp/samenspraak-journey.txt")
OPENED: list[Page] = []  # phones and the beamer, for screenshots when the journey fails


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
    """Wait for the rerun a click starts, then for its end (Streamlit marks its root element)."""
    with suppress(PlaywrightTimeout):  # the run was over already, or nothing was rerun
        page.locator(RUNNING).wait_for(timeout=1_000)
    page.locator(IDLE).wait_for(timeout=WAIT)


def click(page: Page, name: str, *, exact: bool = False, nth: int = 0) -> None:
    page.get_by_role("button", name=name, exact=exact).nth(nth).click()
    settle(page)


def fill(page: Page, label: str, value: str, *, exact: bool = True) -> None:
    field = page.get_by_label(label, exact=exact).first
    field.fill(value)
    field.press("Tab")  # Streamlit commits a text value on blur
    settle(page)


def choose(where, label: str, option: str) -> None:
    """A st.selectbox (also inside a form): type to filter its options and take the first match."""
    where.locator(f'input[aria-label="{label}"]').first.click()
    keyboard = (where.page if hasattr(where, "page") else where).keyboard
    keyboard.type(option)
    keyboard.press("Enter")


def go(page: Page, url: str) -> None:
    page.goto(url)
    settle(page)


def see(page: Page, text: str | re.Pattern) -> None:
    expect(page.get_by_text(text).first).to_be_visible(timeout=WAIT)


def link(page: Page, name: str | re.Pattern) -> None:
    """Follow a page link; a click that lands while the page is still settling is tried again."""
    before = page.url
    for _ in range(3):
        page.get_by_role("link", name=name).first.click()
        try:
            page.wait_for_url(lambda now: now != before, timeout=5_000)
            break
        except PlaywrightTimeout:  # the click landed while the page was busy: click again
            continue
    settle(page)


def export(page: Page, label: str, nth: int = 0) -> str:
    """Make a document on the export page and download it; returns its text (tables included)."""
    row = page.get_by_test_id("stHorizontalBlock").filter(has=page.get_by_role("button", name=label)).nth(nth)
    row.get_by_role("button", name=label).click()
    settle(page)
    with page.expect_download(timeout=WAIT) as info:
        row.get_by_role("button", name="Downloaden").click()
    return document_text(Path(info.value.path()).read_bytes())


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
    OPENED.append(phone)
    phone.goto(f"{url}/meedoen?code={code}")
    see(phone, "We vragen je naam niet")
    if group:
        phone.get_by_label(group, exact=True).check()
    tap(phone, "Ik doe mee")
    return phone


def tap(phone: Page, name: str | re.Pattern, *, role: str = "button") -> None:
    """A tap on the phone page (plain HTML: a form is sent or a link followed, then a new page)."""
    phone.get_by_role(role, name=name).first.click()
    phone.wait_for_load_state()


def answer(phone: Page, text: str, elements: str | None = None) -> None:
    phone.get_by_label("Jouw antwoord").fill(text)
    if elements is not None:
        phone.get_by_role("textbox").nth(1).fill(elements)
    tap(phone, "Versturen")
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


def dots(phone: Page, taps: list[int]) -> None:
    """A phone puts its dots: one tap on "+" per entry, by the domain's place in the list."""
    see(phone, "Je hebt nog 3 stippen")
    for position in taps:
        before = phone.get_by_text("Je hebt nog").inner_text()
        phone.get_by_role("button", name=re.compile("stip erbij")).nth(position).click()
        expect(phone.get_by_text("Je hebt nog")).not_to_have_text(before, timeout=WAIT)
    tap(phone, "Stem versturen")
    see(phone, "Bedankt, je stem is doorgestuurd")


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
    log_in_until(page, USER, PASSWORD, then=page.get_by_role("heading", name="Trajecten", level=1))
    settle(page)


# --- the journey -------------------------------------------------------------------------------------


def test_a_municipality_walks_the_roadmap_from_an_empty_installation(server: str, browser: Browser):
    url = server
    steps = Steps()
    laptop = browser.new_context(**LAPTOP).new_page()

    try:
        with steps.step("aanmelden op een lege installatie"):
            log_in(laptop, url)
            see(laptop, "Er is nog geen traject")

        with steps.step("traject aanmaken (roadmap stap 1)"):
            laptop.get_by_label("Gemeente").fill(GEMEENTE)
            laptop.get_by_label("Beleidsperiode van").fill("2025")
            laptop.get_by_label("tot").fill("2030")
            click(laptop, "Traject aanmaken")
            expect(laptop.get_by_role("heading", name=re.compile(GEMEENTE), level=1)).to_be_visible(timeout=WAIT)
            laptop.wait_for_url(re.compile(r"/traject\?traject=\d+$"), timeout=WAIT)
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
            expect(laptop.get_by_role("heading", name="Eenoudergezinnen met kinderen")).to_be_visible(timeout=WAIT)
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
                tap(phone, re.compile(r"^1\. "), role="link")
                answer(phone, casus, casus_elements)
                tap(phone, "Volgende vraag", role="link")
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
            fill(laptop, "Missie", "De stuurgroep brengt diensten, partners en ouders samen, zodat geen kind uit de boot valt.")
            click(laptop, "Versie bewaren")
            click(laptop, "Goedkeuren")
            see(laptop, "goedgekeurd")

        with steps.step("stuurgroep 3: twee vragen op 3 telefoons"):
            plan_session(laptop, traject_url, "Stuurgroep 3")
            code = lead_and_start(laptop, traject_url, "Stuurgroep 3")
            control_url = laptop.url
            phones = [join(browser, url, code, group) for group in ("👪 ouder", "👪 ouder", "🏢 ik werk in een organisatie")]
            click(laptop, "Volgende vraag")
            for phone, text in zip(phones, ("Een betaalbare woning zonder schimmel", "Werk met uren die passen bij school",
                                             "Hulp bij de papieren in gewone taal")):
                answer(phone, text)
            click(laptop, "Volgende vraag")
            for phone, text in zip(phones, ("Gratis zwemmen en de sportclub", "Een schoolreis zonder extra kosten",
                                             "Een rustige plek om huiswerk te maken")):
                answer(phone, text)

        with steps.step("groeperen in domeinen"):
            go(laptop, traject_url)
            link(laptop, "Groeperen in domeinen")
            choose(laptop, "Lijst", "Roadmap")
            click(laptop, "Deze lijst gebruiken")
            click(laptop, "Alle voorstellen overnemen")
            laptop.get_by_text("Nog niet gegroepeerd", exact=True).click()
            settle(laptop)
            for _ in range(30):  # what the assistant was not sure of, placed by hand
                if laptop.get_by_text("Alles is gegroepeerd.").count():
                    break
                choose(laptop, "Domein", "Onderwijs en vrije tijd")
                settle(laptop)
            see(laptop, "Alles is gegroepeerd.")

        with steps.step("stemmen met stippen op 3 telefoons, beslissende stemming, prioriteiten, werkgroepen"):
            go(laptop, control_url)
            click(laptop, "Volgende vraag")  # the grouping, on the beamer
            click(laptop, "Volgende vraag")  # the vote
            click(laptop, "Stemming openen")
            # Roadmap domains in order: onderwijs en vrije tijd, inkomen en gezondheid, communicatie en
            # netwerkvorming, kinderopvang en opvoeding, wonen.
            dots(phones[0], [0, 0, 4])
            dots(phones[1], [0, 4, 4])
            dots(phones[2], [3, 3, 0])
            click(laptop, "Stemming sluiten")
            set_attendance(laptop, {"Ouder": "3", "Schepen": "2", "Voorzitter": "1"})
            close_session(laptop)
            go(laptop, traject_url)
            link(laptop, "Prioriteiten en werkgroepen")
            click(laptop, "Deze stemming besliste")
            for name in ("Onderwijs en vrije tijd", "Wonen"):
                choose(laptop, "Prioritaire domeinen", name)
                settle(laptop)
            laptop.get_by_text("milderend").nth(1).click()  # wonen softens the consequences for children
            settle(laptop)
            click(laptop, "Prioriteiten bevestigen")
            see(laptop, "Werkgroepen")
            for name, organisation in (("Onderwijs en vrije tijd", "Basisschool De Regenboog"),
                                       ("Wonen", "Woonmaatschappij")):
                form = laptop.get_by_test_id("stExpander").filter(has_text=f"Werkgroep {name}").get_by_test_id("stForm")
                form.get_by_label("Ouder", exact=True).fill("2")
                partner = form.get_by_test_id("stHorizontalBlock").filter(
                    has=laptop.get_by_label("Partnerorganisatie", exact=True))
                partner.get_by_label("Partnerorganisatie", exact=True).fill("1")
                partner.get_by_label("Organisatie", exact=True).fill(organisation)
                form.get_by_role("button", name="Werkgroep bewaren").click()
                settle(laptop)
                # Saved: after the rerun the form shows the stored counts (a toast may be gone already).
                expect(form.get_by_label("Ouder", exact=True)).to_have_value("2", timeout=WAIT)

        with steps.step("focusgroep met een eigen vraag, 3 telefoons"):
            go(laptop, traject_url)
            link(laptop, "Eigen vragen")
            fill(laptop, "Titel (kort: voor jou, de agenda en de verslagen)", "Vervoer naar de sportclub")
            fill(laptop, "Vraag voor de groep, op het grote scherm (Nederlands)",
                 "Hoe geraken kinderen zonder auto thuis naar de sportclub en de jeugdbeweging?")
            fill(laptop, "Eenvoudige vraag voor ouders, op hun telefoon (Nederlands)",
                 "Hoe komt jouw kind bij de sportclub als je geen auto hebt?")
            click(laptop, "Vraag bewaren")
            see(laptop, "Vervoer naar de sportclub")
            plan_session(laptop, traject_url, "Focusgroep vrije tijd")
            code = lead_and_start(laptop, traject_url, "Focusgroep")
            choose(laptop, "Oefening toevoegen", "Eigen vraag: Vervoer")
            click(laptop, "Toevoegen", exact=True)
            button_near(laptop, "Vervoer naar de sportclub", "Toon").click()
            settle(laptop)
            phones = [join(browser, url, code, "👪 ouder") for _ in range(3)]
            for phone, text in zip(phones, ("Een busje van de gemeente op woensdag", "Samen rijden met andere ouders",
                                             "Een gratis fiets van de fietsbib")):
                see(phone, "Hoe komt jouw kind bij de sportclub")
                answer(phone, text)
            set_attendance(laptop, {"Ouder": "3", "Vertrouwenspersoon": "1"})
            close_session(laptop)

        with steps.step("doelstellingen met G en R, bronnen, actie, indicator met twee metingen"):
            go(laptop, traject_url)
            link(laptop, "SMART-doelstellingen")
            strategic = "Elk kind in Testdorp kan meedoen aan vrije tijd en school zonder dat geld een drempel is."
            form = laptop.get_by_test_id("stForm").filter(has=laptop.get_by_role("button", name="Toevoegen")).first
            form.get_by_label("Nieuwe strategische doelstelling (een ambitie voor de lange termijn)", exact=True).fill(strategic)
            form.get_by_role("button", name="Toevoegen").click()
            settle(laptop)
            see(laptop, strategic)
            operational = ("Tegen eind 2027 nemen 300 kinderen uit gezinnen met een laag inkomen deel aan een "
                           "sportclub of jeugdbeweging met de vrijetijdspas.")
            fill(laptop, "Nieuwe operationele doelstelling (SMART)", operational)
            fill(laptop, "Trekker", "Vrijetijdsdienst")
            fill(laptop, "Mensen en middelen", "0,5 VTE en 20.000 euro per jaar")
            fill(laptop, "Aanvaard door", "werkgroep onderwijs en vrije tijd, 2 ouders")
            for label, day in (("Afgesproken op", "15012026"), ("Deadline", "31122027")):
                field = laptop.get_by_test_id("stDateInput").filter(has_text=label).first
                field.get_by_test_id("stDateInputField").click()
                laptop.keyboard.type(day)  # day, month, year: the field moves on by itself
                laptop.keyboard.press("Escape")
                laptop.keyboard.press("Tab")
                settle(laptop)
            see(laptop, re.compile(r"Afgesproken op 15 januari 2026"))
            button_near(laptop, "Nieuwe operationele doelstelling", "Toevoegen").first.click()
            settle(laptop)
            see(laptop, "300 kinderen")
            click(laptop, "Bronnen koppelen")
            choose(laptop, "Antwoorden en elementen", "betaalbare vrije tijd")
            choose(laptop, "Antwoorden en elementen", "gratis kan sporten")
            laptop.keyboard.press("Tab")  # close the list, not the popover
            click(laptop, "Koppelen", exact=True)
            see(laptop, "Geïnspireerd door")

            go(laptop, traject_url)
            link(laptop, "Actieplan")
            expander(laptop, "Actie toevoegen")
            fill(laptop, "Wat gebeurt er?", "Vrijetijdspas met kansentarief uitrollen via scholen en het OCMW")
            fill(laptop, "Trekker (organisatie)", "Vrijetijdsdienst")
            fill(laptop, "Middelen of budget", "20.000 euro per jaar")
            fill(laptop, "Verwacht resultaat", "300 kinderen met een pas")
            click(laptop, "Actie bewaren")
            see(laptop, "gepland · Vrijetijdspas met kansentarief")

            go(laptop, traject_url)
            link(laptop, "Indicatoren en evaluatie")
            fill(laptop, "Naam", "Kinderen met een vrijetijdspas", exact=True)
            fill(laptop, "Eenheid", "kinderen", exact=True)
            fill(laptop, "Beginwaarde", "120", exact=True)
            fill(laptop, "Streefwaarde", "300", exact=True)
            choose(laptop, "Hoort bij", "300 kinderen")
            click(laptop, "Indicator bewaren")
            see(laptop, "Kinderen met een vrijetijdspas")
            for value in ("150", "210"):
                expander(laptop, "Metingen")
                fill(laptop, "Waarde", value, exact=True)
                click(laptop, "Meting bewaren")
            see(laptop, "210")

        with steps.step("verslag, nota aan het college en voortgangsrapport exporteren en nalezen"):
            go(laptop, traject_url)
            link(laptop, "Exporteren")
            note = export(laptop, "Nota aan het college (Word)")
            progress = export(laptop, "Voortgangsrapport voor het college (Word, jaarlijks)")
            minutes = export(laptop, "Verslag (Word)", nth=0)

        for name, text in (("nota", note), ("voortgang", progress), ("verslag", minutes)):
            Path(f"/tmp/samenspraak-journey-{name}.txt").write_text(text, encoding="utf-8")
        # The stuurgroep and its parents, and who came to stuurgroep 1.
        assert "Schepen van jeugd en onderwijs" in minutes and "3 ouders" in minutes and "(samen 8)" in minutes
        assert "rechtstreeks deel: 4 ouders of ervaringsdeskundigen zitten in de stuurgroep" in note
        assert "0 ouders" not in note and "nog geen ouders" not in note
        assert "3 keer de stuurgroep en 1 keer de focusgroep" in note  # the meetings held
        assert "In de werkgroepen zitten samen 4 ouders" in note
        # The deciding round's order: onderwijs en vrije tijd (4 dots), wonen (3), kinderopvang (2).
        order = [note.find(name) for name in ("Onderwijs en vrije tijd", "Wonen", "Kinderopvang en opvoeding")]
        assert -1 not in order and order == sorted(order), order
        # Each goal with its anonymous sources, and G and R from their own fields.
        assert operational in note
        assert "betaalbare vrije tijd" in note and "gratis kan sporten" in note
        assert "werkgroep onderwijs en vrije tijd, 2 ouders" in note
        # The indicator against its target.
        assert "Kinderen met een vrijetijdspas (output; begin 120 kinderen; laatste meting 210 kinderen" in note
        assert "Kinderen met een vrijetijdspas" in progress
        assert "210" in progress and "300" in progress
    except Exception:
        for number, opened in enumerate([laptop, *OPENED]):
            opened.screenshot(path=f"/tmp/journey-failure-{number}.png", full_page=True)
        raise
    steps.write()
