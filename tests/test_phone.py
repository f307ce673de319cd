"""The phone page (/meedoen) over HTTP, as a phone's browser speaks to it: plain forms, a cookie
for the device, every word in the parent's language. Each test phone is a client with its own
cookie jar, on real SQLite and PostgreSQL databases.
"""

from __future__ import annotations

import asyncio
import html
import json
import re
from urllib.parse import quote_from_bytes, urlencode
import threading
import time

import pytest
from sqlalchemy import func, select
from starlette.applications import Starlette
from starlette.testclient import TestClient

from facilitation import contribution, db, live, vote
from facilitation import participant as participants
from facilitation import session as meetings
from facilitation import trajectory as trajectories
from facilitation.exercises import catalogue
from facilitation.models import (
    Ballot,
    Contribution,
    ExerciseState,
    Participant,
    Session,
    VoteMethod,
)
from phone import answers, device, routes, state

APP = Starlette(routes=routes.ROUTES)


@pytest.fixture(autouse=True)
def no_shared_snapshot(monkeypatch):
    """Each request reads the database afresh (the half-second sharing is tested on its own)."""
    monkeypatch.setattr(state, "FRESH", 0.0)


class Phone:
    """One phone: a browser with its own cookies."""

    def __init__(self) -> None:
        self.client = TestClient(APP)
        self.page = ""
        self.status = 0

    def open(self, code: str | None = None, **params: str) -> str:
        query = {"code": code, **params} if code is not None else params
        response = self.client.get("/meedoen", params=query)
        self.page, self.status = response.text, response.status_code
        return self.page

    def post(self, **fields: str) -> str:
        response = self.client.post("/meedoen", data=fields)
        self.page, self.status = response.text, response.status_code
        return self.page

    def join(self, code: str, *, group: str = "", lang: str = "nl") -> str:
        self.open(code, lang=lang)
        return self.post(actie="meedoen", code=code, lang=lang, groep=group)

    def answer(self, code: str, question: int, text: str, *, elements: str | None = None, lang: str = "nl",
               picked: str = "") -> str:
        fields = {"actie": "antwoord", "code": code, "lang": lang, "vraag": str(question), "gekozen": picked,
                  "antwoord": text}
        if elements is not None:
            fields["elementen"] = elements
        return self.post(**fields)

    def follow(self, words: str) -> str:
        """Tap the link whose text holds these words, as a parent does."""
        for href, inner in re.findall(r'<a [^>]*href="([^"]+)"[^>]*>(.*?)</a>', self.page, flags=re.S):
            if words in text_of(inner):
                response = self.client.get(html.unescape(href))
                self.page, self.status = response.text, response.status_code
                return self.page
        raise AssertionError(f"no link with {words!r} on the page")

    def links(self) -> list[str]:
        return [text_of(inner).strip() for inner in re.findall(r"<a [^>]*>(.*?)</a>", self.page, flags=re.S)]

    @property
    def text(self) -> str:
        return text_of(self.page)

    @property
    def secret(self) -> str | None:
        return self.client.cookies.get(device.COOKIE)


def text_of(page: str) -> str:
    """What a person reads: the page without tags, scripts and hidden attributes."""
    body = re.sub(r"(?s)<(script|style|head)\b.*?</\1>", " ", page)
    return html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", body)))


def count(engine, model) -> int:
    with db.transaction(engine) as s:
        return s.scalar(select(func.count(model.id)))


@pytest.fixture
def meeting(engine):
    """An open stuurgroep 2 (casus, droom) with the casus on the screen: (session id, code, casus id)."""
    with db.transaction(engine, write=True) as s:
        t = trajectories.create_trajectory(s, gemeente="Geel", period_start=2025, period_end=2030)
        planned = meetings.plan_session(s, trajectory_id=t.id, template_id="stuurgroep_2",
                                        title="Stuurgroep 2: armoede en menselijke waardigheid")
        meetings.open_session(s, session_id=planned.id)
        casus = meetings.next_exercise(s, session_id=planned.id)
        return planned.id, planned.join_code, casus.id


# --- joining ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["nl", "en", "fr"])
def test_the_first_screen_makes_the_promises_in_the_parents_language(meeting, language):
    _, code, _ = meeting
    phone = Phone()
    page = phone.open(code, lang=language)
    assert f'<html lang="{language}">' in page
    cat = catalogue()
    for key in ("who_reads", "no_name", "kept", "group_kept", "no_other_names", "dream_note"):
        assert cat.phone_text(key, language) in phone.text, key
    assert ("coördinator" if language == "nl" else "coordinat") in phone.text  # whom to ask to remove an answer
    for english in ("Press Ctrl+Enter", "Skip to main content", "Link to heading", "Increment", "Choose an option"):
        assert english not in page


def test_the_phone_never_shows_the_staff_title_of_the_meeting(meeting):
    _, code, _ = meeting
    phone = Phone()
    phone.join(code)
    assert "armoede" not in phone.page.lower()
    assert "Samen in gesprek" in phone.text


def test_a_phone_joins_answers_with_elements_and_is_thanked(engine, meeting):
    _, code, casus = meeting
    phone = Phone()
    phone.join(code, group="ouder")
    assert "Wat maakte het verschil?" in phone.text
    phone.answer(code, casus, "De school hielp ons.", elements="Een vaste contactpersoon\n\nGeen oordeel")
    assert "Bedankt, je antwoord is doorgestuurd" in phone.text
    with db.transaction(engine) as s:
        stored = s.scalars(select(Contribution)).one()
        assert stored.text == "De school hielp ons."
        assert [e.text for e in stored.elements] == ["Een vaste contactpersoon", "Geen oordeel"]
        assert stored.participant_group.value == "ouder"


def test_the_phones_script_gets_the_thanks_in_the_answer_itself(engine, meeting):
    """phone.js sends an answer with `X-Samenspraak: in-place`: one request brings the new page."""
    _, code, casus = meeting
    phone = Phone()
    phone.join(code)
    fields = {"actie": "antwoord", "code": code, "lang": "nl", "vraag": str(casus), "gekozen": ""}
    sent = phone.client.post("/meedoen", data={**fields, "antwoord": "Een buurvrouw die meeging."},
                             headers={"X-Samenspraak": "in-place"})
    assert sent.status_code == 200 and sent.headers["cache-control"] == "no-store"
    assert sent.json()["adres"] == f"/meedoen?code={code}&bericht=verstuurd&verstuurd={casus}"
    assert "Bedankt, je antwoord is doorgestuurd" in text_of(sent.json()["html"])
    assert count(engine, Contribution) == 1
    # A refusal stays a page with what was typed (the script shows it where the form was).
    refused = phone.client.post("/meedoen", data={**fields, "antwoord": "x" * 2001},
                                headers={"X-Samenspraak": "in-place"})
    assert refused.status_code == 422 and "x" * 2001 in refused.text and 'id="probleem"' in refused.text
    # Without the script: post, then redirect, as before.
    plain = phone.client.post("/meedoen", data={**fields, "antwoord": "Nog een keer."}, follow_redirects=False)
    assert plain.status_code == 303 and count(engine, Contribution) == 1


def test_the_thanks_sent_in_place_comes_from_the_answers_own_write(engine, meeting, monkeypatch):
    """The thanks page an answer brings back is built from what its write learned (the phone, its
    answer, the other questions it answered), with no read of its own, and says what a read would."""
    session_id, code, casus = meeting
    phone = Phone()
    phone.join(code)
    phone.answer(code, casus, "De school belde ons terug.")
    with db.transaction(engine, write=True) as s:
        droom = meetings.next_exercise(s, session_id=session_id).id  # the casus stays open beside it
    own_reads, own_me = [], routes._OwnRead.me
    monkeypatch.setattr(routes._OwnRead, "me", lambda self, token: own_reads.append(1) or own_me(self, token))

    def send(text: str) -> str:
        sent = phone.client.post("/meedoen", headers={"X-Samenspraak": "in-place"}, data={
            "actie": "antwoord", "code": code, "lang": "nl", "vraag": str(droom), "gekozen": "", "antwoord": text,
            "elementen": "Samen koken\nEen vaste plek"})
        assert sent.status_code == 200
        return sent.json()["html"]

    thanks = send("Een huis van de buurt waar iedereen welkom is.")
    assert own_reads == []  # no read of its own
    assert "Bedankt, je antwoord is doorgestuurd" in text_of(thanks) and "2 van de 2 vragen beantwoord" in text_of(thanks)
    assert "Een huis van de buurt waar iedereen welkom is." in text_of(thanks) and "Een vaste plek" in text_of(thanks)
    edited = send("Een buurthuis dat 's avonds open is.")
    assert own_reads == [] and "Een buurthuis dat 's avonds open is." in text_of(edited)
    assert edited == phone.open(code, bericht="verstuurd", verstuurd=str(droom))  # the page a read gives
    assert own_reads == [1] and count(engine, Contribution) == 2


def _send_together(phones: list[Phone], fields: list[dict]) -> list:
    """Several phones posting an answer in place at the same moment, in one server process."""
    answers._writers.clear()  # a new event loop: a writer of its own

    async def post(phone: Phone, form: dict):
        body = urlencode(form).encode()
        cookies = "; ".join(f"{c.name}={c.value}" for c in phone.client.cookies.jar)
        scope = {"type": "http", "method": "POST", "path": "/meedoen", "query_string": b"", "scheme": "http",
                 "server": ("testserver", 80), "root_path": "", "client": None,
                 "headers": [(b"cookie", cookies.encode()), (b"x-samenspraak", b"in-place"),
                             (b"content-type", b"application/x-www-form-urlencoded"),
                             (b"content-length", str(len(body)).encode())]}
        sent = []

        async def receive():
            if sent:
                return {"type": "http.disconnect"}
            sent.append(1)
            return {"type": "http.request", "body": body, "more_body": False}

        return await routes.act(routes.Request(scope, receive))

    async def all_of_them():
        return await asyncio.gather(*(post(phone, form) for phone, form in zip(phones, fields, strict=True)))

    return asyncio.run(all_of_them())


def test_answers_sent_at_once_are_stored_together_and_each_phone_gets_its_own_thanks(engine, meeting, monkeypatch):
    """The meeting's writer stores the answers that arrive together in one transaction; each phone
    hears of its own answer only, and a refusal reaches only the phone it concerns."""
    session_id, code, casus = meeting
    with db.transaction(engine) as s:
        droom = next(e.id for e in s.get(Session, session_id).exercises if e.exercise_key == "droom")  # not open
    phones = [Phone() for _ in range(12)]
    for phone in phones[:-1]:
        phone.join(code)
    phones[-1].open(code)  # a device, but it never joined
    batches, submit_answers = [], contribution.submit_answers
    monkeypatch.setattr(contribution, "submit_answers",
                        lambda s, answers: batches.append(len(answers)) or submit_answers(s, answers=answers))
    forms = [{"actie": "antwoord", "code": code, "lang": "nl", "vraag": str(casus), "gekozen": "",
              "antwoord": f"Antwoord van telefoon {i}"} for i in range(12)]
    forms[10]["vraag"] = str(droom)
    said = _send_together(phones, forms)
    assert len(batches) < 6 and sum(batches) == 10  # 10 answers in a few transactions, not ten
    for i, answer in enumerate(said[:10]):
        page = text_of(json.loads(answer.body)["html"])
        assert answer.status_code == 200 and "Bedankt, je antwoord is doorgestuurd" in page
        assert f"Antwoord van telefoon {i}" in page and f"Antwoord van telefoon {(i + 1) % 10}" not in page
    assert said[10].status_code == 422 and "nog niet open" in text_of(said[10].body.decode())  # only its own
    assert json.loads(said[11].body)["adres"] == f"/meedoen?code={code}"  # not joined: the first screen
    assert count(engine, Contribution) == 10


def test_what_a_parent_typed_is_shown_as_text_never_as_html(meeting):
    _, code, casus = meeting
    phone = Phone()
    phone.join(code)
    phone.answer(code, casus, '<img src=x onerror="alert(1)"> [link](javascript:alert(1))')
    assert "<img src=x" not in phone.page
    assert '&lt;img src=x onerror=&#34;alert(1)&#34;&gt;' in phone.page


# --- the device lives in a cookie, never in the link -----------------------------------------------


def test_a_reload_keeps_the_device_and_an_edit_makes_no_second_answer(engine, meeting):
    _, code, casus = meeting
    phone = Phone()
    phone.join(code)
    assert phone.secret and phone.secret not in phone.page  # never in the page, nor in any link
    phone.answer(code, casus, "Eerste versie")
    phone.open(code)  # a reload
    assert "Eerste versie" in phone.text and "Bedankt" in phone.text
    phone.open(code, vraag=str(casus), aanpassen="1")
    assert "Eerste versie" in phone.page  # back in the field, to change
    phone.answer(code, casus, "Tweede versie")
    assert "Tweede versie" in phone.text
    assert count(engine, Contribution) == 1 and count(engine, Participant) == 1


def test_a_copied_link_in_another_browser_shows_nothing_and_changes_nothing(engine, meeting):
    _, code, casus = meeting
    parent = Phone()
    parent.join(code)
    parent.answer(code, casus, "Mijn eigen verhaal")
    link = str(parent.client.get("/meedoen", params={"code": code, "vraag": str(casus)}).url)
    stranger = Phone()
    stranger.client.get(link)
    page = stranger.client.get(link).text
    assert "Mijn eigen verhaal" not in page
    assert "Ik doe mee" in text_of(page)  # a first screen, as for any new phone
    # Posting the parent's form without the parent's cookie withdraws nothing.
    stranger.post(actie="terugtrekken", code=code, lang="nl", vraag=str(casus))
    stranger.answer(code, casus, "Overschreven")
    with db.transaction(engine) as s:
        assert s.scalars(select(Contribution.text)).all() == ["Mijn eigen verhaal"]


def test_klaar_ends_the_phone_for_the_next_person_and_keeps_the_answer(engine, meeting):
    _, code, casus = meeting
    phone = Phone()
    phone.join(code)
    phone.answer(code, casus, "Op een gedeelde telefoon")
    phone.post(actie="klaar", lang="nl")
    assert "Je bent klaar op deze telefoon" in phone.text
    assert phone.secret is None
    phone.open(code)
    assert "Op een gedeelde telefoon" not in phone.page and "Ik doe mee" in phone.text
    phone.client.get("/meedoen", params={"code": code})
    with db.transaction(engine) as s:
        assert s.scalars(select(Contribution.text)).all() == ["Op een gedeelde telefoon"]


def test_one_phone_has_unlinkable_hashes_in_two_meetings(engine, meeting):
    session_id, code, _ = meeting
    with db.transaction(engine, write=True) as s:
        other = meetings.plan_session(s, trajectory_id=s.get(Session, session_id).trajectory_id,
                                      template_id="stuurgroep_2")
        meetings.open_session(s, session_id=other.id)
        second_code = other.join_code
    phone = Phone()
    phone.join(code)
    phone.join(second_code)
    with db.transaction(engine) as s:
        hashes = s.scalars(select(Participant.token_hash)).all()
    assert len(hashes) == 2 and len(set(hashes)) == 2


# --- answering ------------------------------------------------------------------------------------


def test_an_empty_answer_gets_a_message_and_skipping_is_fine(engine, meeting):
    _, code, casus = meeting
    phone = Phone()
    phone.join(code)
    phone.answer(code, casus, "   ")
    assert phone.status == 422 and "Je antwoord is nog leeg" in phone.text
    phone.post(actie="overslaan", code=code, lang="nl", vraag=str(casus))
    assert "Je slaat deze vraag over" in phone.text
    phone.post(actie="toch", code=code, lang="nl", vraag=str(casus))
    assert "Jouw antwoord" in phone.text
    assert count(engine, Contribution) == 0


def test_a_paste_that_is_too_long_is_refused_with_the_text_kept(engine, meeting):
    _, code, casus = meeting
    phone = Phone()
    phone.join(code)
    long_text = "Een lang verhaal over de school. " * 80  # about 2,600 characters
    phone.answer(code, casus, long_text)
    assert phone.status == 422
    assert f"Je antwoord is te lang: {len(long_text.strip())} tekens" in phone.text
    assert html.escape(long_text.strip(), quote=False) in phone.page  # nothing lost
    assert 'maxlength' not in phone.page  # the browser does not cut a paste silently
    assert count(engine, Contribution) == 0


def test_a_phone_withdraws_its_answer(engine, meeting):
    _, code, casus = meeting
    phone = Phone()
    phone.join(code)
    phone.answer(code, casus, "Weg ermee")
    phone.post(actie="terugtrekken", code=code, lang="nl", vraag=str(casus))
    assert "Je antwoord is weggehaald" in phone.text
    assert count(engine, Contribution) == 0


def test_everything_and_every_refusal_is_in_the_chosen_language(engine, meeting):
    _, code, casus = meeting
    phone = Phone()
    phone.join(code, lang="en")
    assert 'lang="en"' in phone.page and "Your answer" in phone.text
    phone.answer(code, casus, "", lang="en")
    assert "Your answer is still empty" in phone.text
    with db.transaction(engine, write=True) as s:
        meetings.set_exercise_state(s, exercise_id=casus, state=ExerciseState.CLOSED)
        meetings.set_exercise_state(s, exercise_id=casus, state=ExerciseState.OPEN)
    phone.open(code)  # without ?lang the phone keeps the language chosen at the start
    assert 'lang="en"' in phone.page
    phone.post(actie="taal", code=code, lang="fr")
    assert 'lang="fr"' in phone.page and "Ta réponse" in phone.text


def test_a_closed_question_refuses_in_the_parents_language_and_keeps_the_text(engine, meeting):
    _, code, casus = meeting
    phone = Phone()
    phone.join(code, lang="fr")
    with db.transaction(engine, write=True) as s:
        meetings.set_exercise_state(s, exercise_id=casus, state=ExerciseState.CLOSED)
    phone.answer(code, casus, "Trop tard", lang="fr")
    assert "Cette question vient d'être fermée" in phone.text
    assert count(engine, Contribution) == 0


def test_a_question_closed_on_the_screen_still_shows_the_phones_own_answer(engine, meeting):
    _, code, casus = meeting
    phone = Phone()
    phone.join(code)
    phone.answer(code, casus, "Mijn antwoord van daarnet")
    with db.transaction(engine, write=True) as s:
        meetings.set_exercise_state(s, exercise_id=casus, state=ExerciseState.CLOSED)
    phone.open(code)
    assert "Deze vraag is gesloten" in phone.text and "Mijn antwoord van daarnet" in phone.text


def test_homework_lists_every_open_question_and_leads_to_the_next(engine, meeting):
    session_id, code, casus = meeting
    with db.transaction(engine, write=True) as s:
        droom = next(e for e in s.get(Session, session_id).exercises if e.id != casus and e.exercise_key == "droom")
        meetings.set_exercise_state(s, exercise_id=droom.id, state=ExerciseState.OPEN)
        meetings.set_exercise_state(s, exercise_id=casus, state=ExerciseState.OPEN)
        s.get(Session, session_id).current_exercise_id = None
        droom_id = droom.id
    phone = Phone()
    phone.join(code)
    assert "Er zijn 2 vragen open" in phone.text and "(nog te doen)" in phone.text
    phone.open(code, vraag=str(casus))
    phone.answer(code, casus, "Het casusverhaal", picked=str(casus))
    assert "Volgende vraag" in phone.text
    assert f"vraag={droom_id}" in phone.page
    phone.open(code, vraag=str(droom_id))
    phone.post(actie="overslaan", code=code, lang="nl", vraag=str(droom_id), gekozen=str(droom_id))
    phone.open(code)
    assert "(beantwoord)" in phone.text and "(overgeslagen)" in phone.text
    assert "Je hebt alle vragen gedaan" in phone.text


# --- codes ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("typed", ["ZZZZZZ", "hallo", "' OR 1=1 --", "x" * 500])
def test_an_unknown_code_gets_a_friendly_message_and_the_form(meeting, typed):
    phone = Phone()
    phone.open(typed)
    assert phone.status == 404
    assert "Deze code kennen we niet" in phone.text and "Code op het grote scherm" in phone.text


def test_the_bare_address_and_a_typed_code_lead_to_the_meeting(meeting):
    _, code, _ = meeting
    phone = Phone()
    phone.open()
    assert "Code op het grote scherm" in phone.text
    phone.post(actie="code", code=f" {code.lower()[:3]} {code.lower()[3:]} ", lang="nl")
    assert "Ik doe mee" in phone.text


def test_wrong_codes_lock_only_the_phone_that_guesses_even_after_a_reload(meeting):
    _, code, _ = meeting
    guesser = Phone()
    guesser.open()
    for _ in range(5):
        guesser.post(actie="code", code="QQQQQQ", lang="nl")
        assert "Deze code kennen we niet" in guesser.text
    guesser.open()  # a reload keeps the cookie, and so the count
    guesser.post(actie="code", code=code, lang="nl")
    assert "Te veel foute codes" in guesser.text
    other = Phone()
    other.open(code)
    assert "Ik doe mee" in other.text  # another parent is not locked out by the guesser


def test_a_closed_session_says_thank_you_and_shows_no_form(engine, meeting):
    session_id, code, _ = meeting
    phone = Phone()
    phone.join(code)
    with db.transaction(engine, write=True) as s:
        meetings.close_session(s, session_id=session_id)
    phone.open(code)
    assert "Deze sessie is afgelopen" in phone.text and "<textarea" not in phone.page


# --- following the facilitator --------------------------------------------------------------------


def test_the_phone_hears_at_once_when_the_facilitator_moves_on(engine, meeting, monkeypatch):
    session_id, code, _ = meeting
    phone = Phone()
    phone.join(code)
    version = re.search(r'data-v="([^"]+)"', phone.page).group(1)
    monkeypatch.setattr(routes, "LONG_POLL", 0.6)
    unchanged = phone.client.get("/meedoen/stand", params={"code": code, "v": version}).json()
    assert unchanged["v"] == version  # nothing happened: the same version after the wait

    def move_on() -> None:
        time.sleep(0.3)
        with db.transaction(engine, write=True) as s:
            meetings.next_exercise(s, session_id=session_id)

    monkeypatch.setattr(routes, "LONG_POLL", 10.0)
    mover = threading.Thread(target=move_on)
    mover.start()
    started = time.monotonic()
    moved = phone.client.get("/meedoen/stand", params={"code": code, "v": version}).json()
    mover.join()
    assert moved["v"] != version and time.monotonic() - started < 5
    with db.transaction(engine) as s:
        assert moved["scherm"] == s.get(Session, session_id).current_exercise_id


def test_the_long_poll_brings_the_new_page_along(engine, meeting):
    session_id, code, casus = meeting
    phone = Phone()
    phone.join(code)
    phone.open(code, vraag=str(casus))
    version = re.search(r'data-v="([^"]+)"', phone.page).group(1)
    with db.transaction(engine, write=True) as s:
        droom = meetings.next_exercise(s, session_id=session_id)
    answer = phone.client.get("/meedoen/stand", params={"code": code, "v": version, "scherm": str(casus),
                                                        "adres": f"code={code}&vraag={casus}&lang=en"}).json()
    assert answer["scherm"] == droom.id
    assert answer["adres"] == f"/meedoen?code={code}&lang=en"  # moved on: the pick is dropped, the language kept
    assert "Imagine" in text_of(answer["html"]) and 'lang="en"' in answer["html"]


def _wait_together(monkeypatch, phones: dict[str, Phone], code: str, *, then, late: Phone | None = None) -> dict:
    """The long polls of several phones in one server process (one event loop) while the facilitator
    does `then`; a `late` phone asks with the old version only after the change. Each phone's page
    becomes what its long poll brought."""
    monkeypatch.setattr(state, "_watches", {})  # a new event loop: no waiters or threads of an old one
    monkeypatch.setattr(state, "_limiters", {})
    monkeypatch.setattr(routes, "LONG_POLL", 5.0)

    def ask(phone: Phone):
        version = re.search(r'data-v="([^"]+)"', phone.page).group(1)
        on_screen = re.search(r'data-on-screen="([^"]*)"', phone.page).group(1)
        language = re.search(r'<html lang="(\w+)"', phone.page).group(1)
        address = f"code={code}" + (f"&lang={language}" if language != "nl" else "")
        cookies = "; ".join(f"{c.name}={c.value}" for c in phone.client.cookies.jar)
        query = urlencode({"code": code, "v": version, "scherm": on_screen, "adres": address})
        scope = {"type": "http", "method": "GET", "path": "/meedoen/stand", "query_string": query.encode(),
                 "headers": [(b"cookie", cookies.encode())], "scheme": "http", "server": ("testserver", 80),
                 "root_path": "", "client": None}
        return routes.stand(routes.Request(scope))

    async def all_of_them():
        waiting = {name: asyncio.create_task(ask(phone)) for name, phone in phones.items()}
        await asyncio.sleep(0.4)
        await asyncio.to_thread(then)
        answers = {name: json.loads((await task).body) for name, task in waiting.items()}
        if late is not None:
            answers["late"] = json.loads((await ask(late)).body)
        return answers

    answers = asyncio.run(all_of_them())
    for name, phone in {**phones, "late": late}.items():
        if phone is not None:
            phone.page = answers[name].get("html", phone.page)
    return answers


def test_waiting_phones_get_their_own_new_page_from_one_shared_read(engine, meeting, monkeypatch):
    session_id, code, casus = meeting
    monkeypatch.setattr(state, "FRESH", 0.05)
    phones = {name: Phone() for name in ("a", "b", "c", "english", "answered")}
    for name, phone in phones.items():
        phone.join(code, lang="en" if name == "english" else "nl")
    phones["answered"].answer(code, casus, "De buurtwerker kwam elke week langs.")
    late = Phone()
    late.join(code)
    shared_reads, own_reads, renders = [], [], []
    phones_in, own_me, render = participants.phones_in, routes._OwnRead.me, routes.render
    monkeypatch.setattr(participants, "phones_in", lambda s, **kw: shared_reads.append(1) or phones_in(s, **kw))
    monkeypatch.setattr(routes._OwnRead, "me", lambda self, token: own_reads.append(1) or own_me(self, token))
    monkeypatch.setattr(routes, "render", lambda *a, **kw: renders.append(1) or render(*a, **kw))

    def show(exercise_id: int | None = None):
        with db.transaction(engine, write=True) as s:
            if exercise_id:
                meetings.show_exercise(s, exercise_id=exercise_id)
            else:
                meetings.next_exercise(s, session_id=session_id)

    pages = {name: answer["html"] for name, answer in
             _wait_together(monkeypatch, phones, code, then=show, late=late).items()}
    droom = catalogue().exercises["droom"]
    assert pages["a"] == pages["b"] == pages["c"]
    assert droom.parent_question.nl in text_of(pages["a"]) and "0 van de 2 vragen beantwoord" in text_of(pages["a"])
    assert droom.parent_question.en in text_of(pages["english"]) and 'lang="en"' in pages["english"]
    assert "1 van de 2 vragen beantwoord" in text_of(pages["answered"])  # its own casus answer counts
    assert pages["late"] == pages["a"]  # it asked after the change: read on its own, the same page
    assert len(shared_reads) == 1 and len(own_reads) == 1 and len(renders) == 4  # nl, en, answered; late

    # Back to the casus: the phone that answered it gets its own answer, read on its own.
    shared_reads.clear(), own_reads.clear()
    pages = {name: answer["html"] for name, answer in
             _wait_together(monkeypatch, phones, code, then=lambda: show(casus)).items()}
    assert "De buurtwerker kwam elke week langs." in text_of(pages["answered"])
    assert pages["a"] == pages["b"] == pages["c"] and "De buurtwerker" not in pages["a"]
    assert len(shared_reads) == 1 and len(own_reads) == 1


def test_phones_of_one_meeting_share_one_database_read(engine, meeting, monkeypatch):
    monkeypatch.setattr(state, "FRESH", 60.0)
    _, code, _ = meeting
    reads = []
    original = live.phone_view
    monkeypatch.setattr(live, "phone_view", lambda session, code: reads.append(code) or original(session, code=code))
    for _ in range(20):
        state.follow(code)
    assert len(reads) <= 1


def test_static_files_are_cached_and_the_page_is_not():
    client = TestClient(APP)
    page = client.get("/meedoen")
    assert page.headers["cache-control"] == "no-store"
    assert "script-src 'self'" in page.headers["content-security-policy"]
    for name, version in routes.ASSETS.items():
        asset = client.get(f"/meedoen/static/{name}", params={"v": version})
        assert asset.status_code == 200 and "immutable" in asset.headers["cache-control"]
    assert client.get("/meedoen/static/..%2Froutes.py").status_code == 404


# --- the vote ------------------------------------------------------------------------------------


def _round(engine, sg3, **settings) -> int:
    with db.transaction(engine, write=True) as s:
        return vote.open_round(s, session_exercise_id=sg3["exercise"], domain_set_id=sg3["set"], **settings).id


def _vote(phone: Phone, sg3, round_id: int, lang: str = "nl", **given: str) -> str:
    return phone.post(actie="stem", code=sg3["code"], lang=lang, vraag=str(sg3["exercise"]), ronde=str(round_id),
                      **given)


def test_dots_are_named_by_domain_and_a_revote_replaces_the_ballot(demo_engine, stuurgroep_3):
    round_id = _round(demo_engine, stuurgroep_3)
    first, second = stuurgroep_3["domains"][:2]
    phone = Phone()
    phone.join(stuurgroep_3["code"])
    assert "Je hebt nog 3 stippen." in phone.text
    assert re.search(r'aria-label="[^"]*' + re.escape(stuurgroep_3["names"][0]) + r': stip erbij, nu 0, nog 3 over"',
                     phone.page)
    # Without JavaScript a tap on + comes back with the dot counted; with 2 on one domain + is off.
    _vote(phone, stuurgroep_3, round_id, stap=f"{first}:+", **{f"domein-{first}": "1"})
    assert re.search(r'stip erbij, nu 2, nog 1 over"\s+aria-disabled="true"', phone.page)
    _vote(phone, stuurgroep_3, round_id, **{f"domein-{first}": "2", f"domein-{second}": "1"})
    assert "Bedankt, je stem is doorgestuurd" in phone.text
    _vote(phone, stuurgroep_3, round_id, **{f"domein-{second}": "3"})
    assert "Je mag hoogstens 2 stippen op één domein zetten." in phone.text
    _vote(phone, stuurgroep_3, round_id, **{f"domein-{second}": "2"})
    with db.transaction(demo_engine) as s:
        assert s.scalar(select(func.count(Ballot.id)).where(Ballot.vote_round_id == round_id)) == 1
        assert dict(vote.tally(s, vote_round_id=round_id)) == {second: 2}


def test_a_waiting_phone_that_voted_keeps_its_ballot_and_the_others_share_theirs(demo_engine, stuurgroep_3,
                                                                                  monkeypatch):
    round_id = _round(demo_engine, stuurgroep_3)
    phones = {name: Phone() for name in ("a", "b", "voted")}
    for phone in phones.values():
        phone.join(stuurgroep_3["code"])
    _vote(phones["voted"], stuurgroep_3, round_id, **{f"domein-{stuurgroep_3['domains'][0]}": "2"})
    phones["voted"].open(stuurgroep_3["code"])

    def open_another_question():
        with db.transaction(demo_engine, write=True) as s:
            other = next(e for e in s.get(Session, stuurgroep_3["session"]).exercises
                         if e.id != stuurgroep_3["exercise"])
            meetings.set_exercise_state(s, exercise_id=other.id, state=ExerciseState.OPEN)

    pages = {name: answer["html"] for name, answer in
             _wait_together(monkeypatch, phones, stuurgroep_3["code"], then=open_another_question).items()}
    assert pages["a"] == pages["b"] and "Je hebt nog 3 stippen." in text_of(pages["a"])
    assert "Bedankt, je stem is doorgestuurd" in text_of(pages["voted"])
    assert "Bedankt, je stem" not in text_of(pages["a"])


def test_ranking_and_points_on_the_phone_with_messages_in_the_parents_language(demo_engine, stuurgroep_3):
    round_id = _round(demo_engine, stuurgroep_3, method=VoteMethod.RANKING)
    first, second, third = stuurgroep_3["domains"][2:5]
    phone = Phone()
    phone.join(stuurgroep_3["code"], lang="en")
    _vote(phone, stuurgroep_3, round_id, lang="en", **{"plaats-1": str(first), "plaats-2": str(first)})
    assert "Each domain can be in your top only once." in phone.text
    _vote(phone, stuurgroep_3, round_id, lang="en", **{"plaats-1": str(first), "plaats-3": str(third)})
    assert "Start at place 1 and do not skip a place." in phone.text
    _vote(phone, stuurgroep_3, round_id, lang="en",
          **{"plaats-1": str(first), "plaats-2": str(second), "plaats-3": str(third)})
    assert "Thank you, your vote has been sent" in phone.text
    with db.transaction(demo_engine) as s:
        assert dict(vote.tally(s, vote_round_id=round_id)) == {first: 3, second: 2, third: 1}
    points_round = _round(demo_engine, stuurgroep_3, method=VoteMethod.POINTS)
    phone.open(stuurgroep_3["code"])
    assert "Still to share: 100 points." in phone.text
    _vote(phone, stuurgroep_3, points_round, lang="en", **{f"domein-{first}": "60"})
    assert "Share out exactly 100 points. You have given 60 now." in phone.text
    _vote(phone, stuurgroep_3, points_round, lang="en", **{f"domein-{first}": "60", f"domein-{second}": "40"})
    with db.transaction(demo_engine) as s:
        assert dict(vote.tally(s, vote_round_id=points_round)) == {first: 60, second: 40}


def test_a_closed_round_says_so_and_refuses_the_ballot(demo_engine, stuurgroep_3):
    round_id = _round(demo_engine, stuurgroep_3)
    phone = Phone()
    phone.join(stuurgroep_3["code"])
    with db.transaction(demo_engine, write=True) as s:
        vote.close_round(s, vote_round_id=round_id)
    _vote(phone, stuurgroep_3, round_id, **{f"domein-{stuurgroep_3['domains'][0]}": "1"})
    assert "De stemming is gesloten" in phone.text
    phone.open(stuurgroep_3["code"])
    assert "De stemming is gesloten" in phone.text
    with db.transaction(demo_engine) as s:
        assert s.scalar(select(func.count(Ballot.id)).where(Ballot.vote_round_id == round_id)) == 0



def test_the_phone_shows_the_meetings_phone_title_in_its_language(engine, meeting):
    session_id, code, _ = meeting
    with db.transaction(engine, write=True) as s:
        meetings.set_phone_titles(s, session_id=session_id, nl="Samen over de school", en="Together about school",
                                  fr="")
    phone = Phone()
    phone.open(code)
    assert "Samen over de school" in phone.text  # already on the first screen
    phone.join(code, lang="en")
    assert "Together about school" in phone.text and "armoede" not in phone.page
    phone.post(actie="taal", code=code, lang="fr")
    assert "Samen over de school" in phone.text  # no French title: the Dutch one


# --- hostile input (issue 13): the corpus through the phone's forms and its query string ------------


def test_every_hostile_answer_is_stored_as_typed_or_refused_in_plain_words(engine, meeting):
    from tests.hostile import CORPUS

    _, code, casus = meeting
    phone = Phone()
    phone.join(code)
    stored = refused = 0
    for typed in CORPUS:
        if typed.encode("utf-8", "surrogatepass").decode("utf-8", "replace") != typed:
            # A lone surrogate: a browser sends it as invalid UTF-8 bytes, so the test does too.
            body = urlencode({"actie": "antwoord", "code": code, "lang": "nl", "vraag": casus, "gekozen": ""})
            raw = body.encode() + b"&antwoord=" + quote_from_bytes(typed.encode("utf-8", "surrogatepass")).encode()
            response = phone.client.post("/meedoen", content=raw,
                                         headers={"content-type": "application/x-www-form-urlencoded"})
            phone.page, phone.status = response.text, response.status_code
        else:
            phone.answer(code, casus, typed, elements=typed[:500])
        assert phone.status in (200, 422), (phone.status, typed[:80])
        assert "Traceback" not in phone.page and "Internal Server Error" not in phone.page
        assert "<script>alert" not in phone.page and "<img src=x" not in phone.page
        with db.transaction(engine) as s:
            mine = s.scalars(select(Contribution)).all()
        if phone.status == 422:
            refused += 1
            assert re.search(r'<p class="problem" role="alert"', phone.page), typed[:80]
        else:
            stored += 1
            assert [c.text for c in mine] in ([typed.strip()], [typed.encode("utf-8", "surrogatepass")
                                                                 .decode("utf-8", "replace").strip()]), typed[:80]
        phone.post(actie="terugtrekken", code=code, lang="nl", vraag=str(casus))
    assert stored > 150 and refused > 0  # most is stored as typed; NUL, surrogates and 100 kB are refused


def test_hostile_query_strings_and_forms_never_break_the_phone_page(meeting):
    from tests.hostile import sample

    _, code, casus = meeting
    phone = Phone()
    phone.join(code)
    raw = ["%FF%FE", "%00", "%ED%A0%80", "code=%C0%AF", "lang=%E2%80%AE", "vraag=99999999999999999999"]
    for query in raw:
        response = phone.client.get(f"/meedoen?code={code}&{query}")
        assert response.status_code in (200, 404, 429) and "Traceback" not in response.text, query
    for typed in sample(60):
        typed = typed.encode("utf-8", "replace").decode("utf-8")[:4000]  # what a browser can put in an address
        for params in ({"code": typed}, {"code": code, "lang": typed}, {"code": code, "vraag": typed},
                       {"code": code, "aanpassen": typed, "bericht": typed, "verstuurd": typed}):
            response = phone.client.get("/meedoen", params=params)
            assert response.status_code in (200, 404, 429), (params, response.status_code)
            assert "<script>alert" not in response.text
        for action in ("code", "meedoen", "taal", "stem", "toch", "overslaan", typed):
            response = phone.client.post("/meedoen", data={"actie": action, "code": typed, "lang": typed,
                                                           "vraag": typed, "groep": typed, "ronde": typed})
            assert response.status_code in (200, 303, 404, 422, 429), (action, typed[:40], response.status_code)
        response = phone.client.get("/meedoen/stand", params={"code": typed, "v": typed})
        assert response.status_code == 200
