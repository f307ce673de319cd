"""/meedoen: the phone page. Plain HTML forms (post, then redirect), a little JavaScript to follow
the facilitator without reloading, every word in the parent's language.

GET  /meedoen?code=CODE[&lang=fr][&vraag=ID][&aanpassen=1]   the screen for this phone now
POST /meedoen                                                  what the phone did (field "actie");
     with the header `X-Samenspraak: in-place` (phone.js) the page it leads to, as JSON {adres, html}
GET  /meedoen/stand?code=CODE&v=VERSION                        waits until the screen changes
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import logging
import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qsl, urlencode

import anyio
from jinja2 import Environment, FileSystemLoader, select_autoescape
from sqlalchemy.orm import Session as DbSession
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from facilitation import anonymity, contribution, exercises, vote
from facilitation import participant as participants
from facilitation.exercises import Exercise
from facilitation.models import (
    Domain,
    ExerciseState,
    Participant,
    ParticipantGroup,
    RoundState,
    SessionExercise,
    SessionState,
    VoteMethod,
    VoteRound,
)
from facilitation.session import normalise_join_code
from phone import answers, device, state

log = logging.getLogger(__name__)
HERE = Path(__file__).parent
LANGUAGES = {"nl": "Nederlands", "en": "English", "fr": "Français"}
GROUP_ICONS = {
    ParticipantGroup.OUDER: "👪",
    ParticipantGroup.PROFESSIONAL: "🏢",
    ParticipantGroup.BELEID: "🏛️",
    ParticipantGroup.ZEG_IK_LIEVER_NIET: "🤐",
}
NOT_ANSWERED_HERE = ("vote", "domain_grouping")  # only on the beamer's turn, never from the list
SHORT = 70  # characters of a question's name in the list
LONG_POLL = 25.0  # seconds a phone's question "has anything changed?" may wait for an answer
MAX_FORM = 256 * 1024  # bytes: ten answers of 2,000 characters fit many times

templates = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(["html"]),
                        trim_blocks=True, lstrip_blocks=True)


def _asset_version(name: str) -> str:
    return hashlib.sha256((HERE / "static" / name).read_bytes()).hexdigest()[:10]


ASSETS = {name: _asset_version(name) for name in ("phone.css", "phone.js")}


# --- words -----------------------------------------------------------------------------------------


def language_of(request: Request, me: Participant | None = None) -> str:
    asked = request.query_params.get("lang") or ""
    if asked in LANGUAGES:
        return asked
    return me.language if me is not None and me.language in LANGUAGES else "nl"


def sayer(language: str):
    catalogue = exercises.catalogue()

    def say(key: str, **values: object) -> str:
        text = catalogue.phone_text(key, language)
        return text.format(**values) if values else text

    return say


def short(text: str) -> str:
    """The first sentence of a question: its name in the list of open questions."""
    first = re.split(r"(?<=[.?!])\s", text.strip(), maxsplit=1)[0]
    return first if len(first) <= SHORT else first[:SHORT - 1].rstrip() + "…"


def domain_label(domain: Domain, source_key: str | None, language: str) -> str:
    """The domain's name in the phone's language where the shipped list has it, with its icon."""
    name = domain.name
    template = exercises.catalogue().domain_sets.get(source_key or "")
    if template and language != "nl":
        for shipped in template.domains:
            if shipped.id == domain.key and shipped.name.nl == domain.name:
                name = shipped.name.get(language)
    return f"{domain.icon} {name}".strip()


def url(code: str, language: str, **extra: object) -> str:
    query = {"code": code}
    if language != "nl":
        query["lang"] = language
    query.update({k: str(v) for k, v in extra.items() if v not in (None, "", False)})
    return "/meedoen?" + urlencode(query)


# --- what one phone sees ---------------------------------------------------------------------------


@dataclass
class Screen:
    """Everything the template needs; built per request from the database."""

    name: str  # code | waiting | welcome | finished | main
    language: str
    code: str = ""
    version: str = ""
    on_screen: int | None = None
    message: str | None = None  # a problem, in the parent's language
    notice: str | None = None  # the key of a confirmation (withdrawn, voted)
    typed: dict = field(default_factory=dict)  # what the parent typed, back after a refusal
    extra: dict = field(default_factory=dict)


class _OwnRead:
    """A phone's page read on its own, in one short transaction. It answers the same questions as
    `state.Room`, the read shared by every phone that waited for a change."""

    def __init__(self, session: DbSession, session_id: int):
        self.session, self.session_id = session, session_id

    def me(self, token: str) -> Participant | None:
        return participants.find_participant(self.session, session_id=self.session_id, token=token)

    def guessing(self, client_key: str) -> bool:
        return participants.is_rate_limited(self.session, client_key=client_key, spare_newcomers=True)

    def answered(self, participant_id: int, exercise_ids: list[int]) -> set[int]:
        return contribution.answered(self.session, participant_id=participant_id, session_exercise_ids=exercise_ids)

    def own_answer(self, exercise_id: int, participant_id: int):
        return contribution.own_answer(self.session, session_exercise_id=exercise_id, participant_id=participant_id)

    def round(self, round_id: int) -> VoteRound:
        return self.session.get(VoteRound, round_id)

    def own_ballot(self, round_id: int, token: str) -> dict[int, int]:
        return vote.own_ballot(self.session, vote_round_id=round_id, device_token=token)

    def exercise(self, key: str, trajectory_id: int) -> Exercise:
        return state.exercise(key, trajectory_id)


class _Sent(RedirectResponse):
    """The way to an answer's thanks page, with what the answer's own write learned on the way:
    the phone, its answer, and which of the questions asked it has answered. The thanks page that
    phone.js asks for in place is built from it without a read of its own; whatever else the page
    asks raises state.NotInRoom, and the page is then read as any page."""

    def __init__(self, location: str, *, me: Participant, answer, asked: set[int], answered: set[int]):
        super().__init__(location, 303)
        self.me_, self.answer, self.asked, self.answered_ = me, answer, asked, answered

    def me(self, token: str) -> Participant:
        if anonymity.token_hash(token) != self.me_.token_hash:
            raise state.NotInRoom
        return self.me_

    def guessing(self, client_key: str) -> bool:
        raise state.NotInRoom

    def answered(self, participant_id: int, exercise_ids: list[int]) -> set[int]:
        if participant_id != self.me_.id or not set(exercise_ids) <= self.asked:
            raise state.NotInRoom
        return self.answered_ & set(exercise_ids)

    def own_answer(self, exercise_id: int, participant_id: int):
        if participant_id != self.me_.id or exercise_id != self.answer.session_exercise_id:
            raise state.NotInRoom
        return self.answer

    def round(self, round_id: int) -> VoteRound:
        raise state.NotInRoom

    def own_ballot(self, round_id: int, token: str) -> dict[int, int]:
        raise state.NotInRoom

    def exercise(self, key: str, trajectory_id: int) -> Exercise:
        return state.exercise(key, trajectory_id)


def _open_questions(read, view) -> list[tuple[int, Exercise]]:
    listed = [(i, read.exercise(key, view.trajectory_id)) for i, key in view.open_exercises]
    return [(i, e) for i, e in listed if e.kind not in NOT_ANSWERED_HERE]


def _on_screen(view) -> int | None:
    return view.exercise_id if view.exercise_state not in (None, ExerciseState.WAITING) else None


def _asked(open_ids: list[int], on_screen: int | None) -> list[int]:
    """The questions whose done markers a phone's page shows: the open ones, and the one on the
    screen even when it is closed."""
    return open_ids + [on_screen] if on_screen and on_screen not in open_ids else open_ids


def build(request: Request, *, code: str, device_secret: str | None, message: str | None = None,
          notice: str | None = None, typed: dict | None = None, followed: state.Followed | None = None,
          room: state.Room | None = None) -> Screen:
    """What this phone sees now. With `room` (a waiting phone, right after a change) everything comes
    from that shared read, or it raises state.NotInRoom."""
    followed = followed or (state.follow(code) if code else None)
    view = followed.view if followed else None
    if view is None:
        language = language_of(request)
        return Screen("code", language, code=code, message=message)
    base = dict(code=code, version=followed.version)
    if view.state is not SessionState.OPEN:
        language = language_of(request)
        key = "session_closed" if view.state is SessionState.CLOSED else "session_not_started"
        return Screen("waiting", language, extra={"text": key}, **base)
    if room is not None:
        return _for_phone(room, request, view, base, device_secret, message, notice, typed)
    with state.read() as session:  # one short read for everything this phone shows
        return _for_phone(_OwnRead(session, view.session_id), request, view, base, device_secret, message, notice,
                          typed)


def _for_phone(read, request: Request, view, base: dict, device_secret: str | None,
               message: str | None, notice: str | None, typed: dict | None) -> Screen:
    me = read.me(device.session_token(device_secret, view.session_id)) if device_secret else None
    language = language_of(request, me)
    title = view.phone_title(language) or sayer(language)("title_default")  # never the staff's title
    if me is None and read.guessing(_client(device_secret)):
        # This phone typed wrong codes a minute ago: the right one waits too (guessing is pointless).
        return Screen("code", language, message=sayer(language)("too_many_tries"))
    if me is None:
        return Screen("welcome", language, message=message, extra={"groups": list(ParticipantGroup), "title": title},
                      **base)

    on_screen = _on_screen(view)
    open_questions = _open_questions(read, view)
    open_ids = [i for i, _ in open_questions]
    picked = _int(request.query_params.get("vraag"))
    if picked not in open_ids or picked == on_screen:
        picked = None
    answered = read.answered(me.id, _asked(open_ids, on_screen))
    done = answered & set(open_ids)
    skipped = device.skipped(request) - done
    marks = {i: "done" if i in done else "skipped" if i in skipped else "todo" for i in open_ids}
    shown_id = picked or on_screen or (open_ids[0] if len(open_ids) == 1 else None)
    screen = Screen("main", language, message=message, notice=notice, typed=typed or {}, on_screen=on_screen,
                    **base)
    screen.extra.update(title=title, open_questions=open_questions, marks=marks, picked=picked, shown_id=shown_id,
                        done=done)
    if shown_id is None:
        return screen
    key = view.exercise_key if shown_id == on_screen else dict(view.open_exercises)[shown_id]
    exercise = read.exercise(key, view.trajectory_id)
    screen.extra.update(exercise=exercise,
                        question_state=view.exercise_state if shown_id == on_screen else ExerciseState.OPEN,
                        editing=request.query_params.get("aanpassen") == "1",
                        to_do=[i for i in open_ids if i != shown_id and marks[i] == "todo"])
    if exercise.kind == "vote":
        token = device.session_token(device_secret, view.session_id)
        screen.extra["ballot"] = _ballot(read, view, token, language, typed)
    elif exercise.kind != "domain_grouping":
        mine = read.own_answer(shown_id, me.id) if shown_id in answered else None
        screen.extra["mine"] = mine and {"text": mine.text, "elements": [e.text for e in mine.elements],
                                         "waiting": not mine.approved and not mine.hidden}
    return screen


@dataclass(frozen=True)
class BallotView:
    round_id: int
    state: RoundState
    method: VoteMethod
    budget: int
    max_per_domain: int
    domains: list[tuple[int, str]]  # (id, label)
    given: dict[int, int]  # what this phone gave (or typed, after a refusal)
    voted: bool


def _ballot(read, view, token: str, language: str, typed: dict | None) -> BallotView | None:
    if view.round_id is None:
        return None
    vote_round = read.round(view.round_id)
    domains = list(vote_round.domain_set.domains)
    source_key = vote_round.domain_set.source_key
    cast = read.own_ballot(vote_round.id, token)
    given = typed.get("allocation") if typed and "allocation" in typed else cast
    return BallotView(vote_round.id, vote_round.state, vote_round.method, vote_round.budget,
                      vote_round.max_per_domain, [(d.id, domain_label(d, source_key, language)) for d in domains],
                      given, bool(cast))


def _int(value: str | None) -> int | None:
    return int(value) if value and value.isdigit() and len(value) < 12 else None


def render(screen: Screen, *, status: int = 200) -> HTMLResponse:
    say = sayer(screen.language)
    page = templates.get_template("phone.html").render(
        s=screen, x=screen.extra, say=say, languages=LANGUAGES, url=url, short=short, assets=ASSETS,
        group_icons=GROUP_ICONS, max_length=contribution.MAX_LENGTH, max_elements=contribution.MAX_ELEMENTS,
        ExerciseState=ExerciseState, RoundState=RoundState, VoteMethod=VoteMethod,
    )
    response = HTMLResponse(page.lstrip(), status_code=status)
    response.headers["Cache-Control"] = "no-store"  # a shared phone's back button shows nothing old
    response.headers["Referrer-Policy"] = "no-referrer"
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Content-Security-Policy"] = (
        "default-src 'none'; style-src 'self'; script-src 'self'; connect-src 'self'; img-src 'self' data:; "
        "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
    )
    return response


# --- requests ----------------------------------------------------------------------------------------


def page(request: Request) -> Response:
    raw = request.query_params.get("code", "")
    code = normalise_join_code(raw) or ""
    secret = device.from_request(request)
    fresh = secret is None
    secret = secret or device.new()  # every visitor gets its device at once: wrong codes count against it
    response = _page(request, raw, code, secret)
    if fresh:
        device.remember(response, request, secret)
    return response


def _page(request: Request, raw: str, code: str, secret: str) -> Response:
    if raw and not code or code and state.follow(code).view is None:
        # A wrong code in a link: counted once, then the form asks for the right one.
        return _wrong_code(request, secret, typed=raw)
    if code and raw != code:
        return RedirectResponse(url(code, language_of(request), vraag=request.query_params.get("vraag")), 303)
    return render(_screen(request, code, secret))


def _screen(request: Request, code: str, secret: str, *, followed: state.Followed | None = None,
            room: state.Room | None = None) -> Screen:
    notices = {"weg": "withdrawn"}
    notice = notices.get(request.query_params.get("bericht", ""))
    screen = build(request, code=code, device_secret=secret, notice=notice, followed=followed, room=room)
    screen.extra["sent"] = _int(request.query_params.get("verstuurd"))
    return screen


def _shared_page(request: Request, code: str, followed: state.Followed, waiting_since: float) -> str | None:
    """The new page of a phone that was waiting for the change, from the meeting's shared read
    (`state.Room`); the phones whose pages do not differ share one render. None when this phone
    needs a read of its own (a new phone, its own answer on the screen, a ballot it cast)."""
    room, secret = followed.room, device.from_request(request)
    if room is None or room.since < waiting_since or secret is None or request.query_params.get("code") != code:
        return None  # the shared read began before this phone asked: it may not know the phone's latest
    try:
        key = (request.scope["query_string"], request.cookies.get(device.SKIPPED, ""),
               room.what_differs(device.session_token(secret, room.session_id)))
        if key not in room.pages:
            room.pages[key] = render(_screen(request, code, secret, followed=followed, room=room)).body.decode()
        return room.pages[key]
    except state.NotInRoom:
        return None
    except Exception:  # noqa: BLE001 - the phone's own read still gives it its page
        log.exception("The shared phone page failed")
        return None


def _client(secret: str | None) -> str:
    """Whom wrong codes are counted against: this phone's cookie (it survives a reload)."""
    return "phone:" + hashlib.sha256((secret or "no-cookie").encode()).hexdigest()[:32]


def _guessing(secret: str | None) -> bool:
    with state.read() as session:
        return participants.is_rate_limited(session, client_key=_client(secret), spare_newcomers=True)


def _wrong_code(request: Request, secret: str | None, *, typed: str, limited: bool = False) -> Response:
    language = language_of(request)
    say = sayer(language)
    if limited or _guessing(secret):
        limited = True
        message = say("too_many_tries")
    else:
        with state.write() as session:
            participants.record_wrong_code(session, client_key=_client(secret))
        message = say("unknown_code")
    screen = Screen("code", language, message=message, typed={"code": typed[:20]})
    return render(screen, status=429 if limited else 404)


async def act(request: Request) -> Response:
    length = request.headers.get("content-length") or "0"
    if not length.isdigit() or int(length) > MAX_FORM:
        return _trouble(request)
    try:
        form = await request.form(max_files=0, max_fields=200, max_part_size=MAX_FORM)
    except Exception:  # noqa: BLE001 - a broken or huge form: say so, in the parent's words
        return _trouble(request)
    fields = {k: v for k, v in form.multi_items() if isinstance(v, str)}
    response = await _run_in_thread(_act, request, fields, threads=state.action_threads())
    if isinstance(response, _ToStore):
        response = await _stored(request, response)
    if request.headers.get("x-samenspraak") != "in-place":
        return response
    return await _in_place(request, response)


async def _in_place(request: Request, response: Response) -> Response:
    """What phone.js asks when it sends an answer: the page the form leads to comes back in the
    answer itself ({"adres", "html"}, as the long poll brings a page), not a redirect and then the
    page: one round trip instead of two on a slow network. The page is built on the page threads,
    as its own GET would be (after an answer from what its write learned: `_Sent`)."""
    location = response.headers.get("location", "")
    if response.status_code != 303 or not location.startswith("/meedoen?") or "set-cookie" in response.headers:
        return response  # a page of its own (a refusal), or cookies to set: the script follows it as a browser
    page = await _run_in_thread(_sent_page, Request({**request.scope, "method": "GET", "query_string":
                                                     location.partition("?")[2].encode()}), response)
    if page.status_code != 200:
        return response
    answer = JSONResponse({"adres": location, "html": page.body.decode()})
    answer.headers["Cache-Control"] = "no-store"
    return answer


async def _run_in_thread(func, request: Request, *args, threads: anyio.CapacityLimiter | None = None) -> Response:
    """Run a page's work (database, templates) off the event loop; a failure never shows a
    traceback, only a plain sentence in the phone's language, and is logged for the team."""
    try:
        return await anyio.to_thread.run_sync(functools.partial(func, request, *args),
                                            limiter=threads or state.page_threads())
    except Exception:  # noqa: BLE001
        log.exception("The phone page failed on %s", request.url.path)
        return _trouble(request)


def _trouble(request: Request) -> Response:
    language = language_of(request)
    return render(Screen("code", language, message=sayer(language)("problem")), status=500)


def _act(request: Request, fields: dict[str, str]) -> Response | _ToStore:
    action = fields.get("actie", "")
    language = fields.get("lang") if fields.get("lang") in LANGUAGES else "nl"
    raw_code = fields.get("code", "")
    code = normalise_join_code(raw_code) or ""
    secret = device.from_request(request)
    if action == "code":
        if secret is None:  # a form sent without the cookie its page set: cookies blocked, or a script
            response = _wrong_code(request, None, typed=raw_code, limited=True)
            device.remember(response, request, device.new())
            return response
        if _guessing(secret):  # this phone typed wrong codes a minute ago: the right one waits too
            return _wrong_code(request, secret, typed=raw_code, limited=True)
        if not code or state.follow(code).view is None:
            return _wrong_code(request, secret, typed=raw_code)
        return RedirectResponse(url(code, language), 303)
    if action == "klaar":
        response = RedirectResponse("/meedoen?" + urlencode({"klaar": "1", **({"lang": language}
                                                                           if language != "nl" else {})}), 303)
        device.forget(response, request)
        return response
    followed = state.follow(code) if code else None
    view = followed.view if followed else None
    if view is None or view.state is not SessionState.OPEN:
        return RedirectResponse(url(code, language) if code else "/meedoen", 303)
    if secret is None:  # no cookie (blocked, or expired): start again from the first screen
        return RedirectResponse(url(code, language), 303)
    token = device.session_token(secret, view.session_id)
    if action == "meedoen":
        group = fields.get("groep")
        with state.write() as session:
            participants.join(session, session_id=view.session_id, token=token, language=language,
                              participant_group=ParticipantGroup(group) if group in ParticipantGroup._value2member_map_
                              else None)
        return RedirectResponse(url(code, language), 303)
    exercise_id = _int(fields.get("vraag"))
    back = url(code, language, vraag=_int(fields.get("gekozen")))  # back to the question the phone had picked
    if action == "antwoord" and exercise_id:  # the busiest form: checked here, stored with the others waiting
        return _answer(request, fields, code=code, language=language, view=view, token=token,
                       exercise_id=exercise_id, back=back)
    with state.read() as session:
        me = participants.find_participant(session, session_id=view.session_id, token=token)
    if me is None:
        return RedirectResponse(url(code, language), 303)
    say = sayer(language)
    if action == "taal":
        with state.write() as session:
            participants.update_profile(session, participant_id=me.id, language=language)
        return RedirectResponse(back, 303)
    if action == "overslaan" and exercise_id:
        response = RedirectResponse(back, 303)
        device.remember_skipped(response, request, device.skipped(request) | {exercise_id})
        return response
    if action == "toch" and exercise_id:
        response = RedirectResponse(url(code, language, vraag=exercise_id), 303)
        device.remember_skipped(response, request, device.skipped(request) - {exercise_id})
        return response
    if action == "terugtrekken" and exercise_id:
        try:
            with state.write() as session:
                contribution.withdraw_answer(session, session_exercise_id=exercise_id, participant_id=me.id)
        except contribution.ContributionError:
            return render(build(request, code=code, device_secret=secret, message=say("question_closed_now")))
        return RedirectResponse(url(code, language, vraag=_int(fields.get("gekozen")), bericht="weg"), 303)
    if action == "stem":
        return _vote(request, fields, code=code, language=language, token=token, me=me, back=back)
    return RedirectResponse(back, 303)


def _answer(request: Request, fields: dict[str, str], *, code: str, language: str, view, token: str,
            exercise_id: int, back: str) -> Response | _ToStore:
    say = sayer(language)
    text = fields.get("antwoord", "")
    elements = fields.get("elementen")
    lines = None if elements is None else [line for line in elements.splitlines() if line.strip()]
    typed = {"exercise_id": exercise_id, "text": text, "elements": elements or ""}
    problem = None
    if not text.strip():
        problem = say("empty_answer")
    elif len(text.strip()) > contribution.MAX_LENGTH:
        problem = say("too_long", n=len(text.strip()), max=contribution.MAX_LENGTH)
    elif lines and max(len(line.strip()) for line in lines) > contribution.MAX_LENGTH:
        problem = say("too_long", n=max(len(line.strip()) for line in lines), max=contribution.MAX_LENGTH)
    elif lines and len(lines) > contribution.MAX_ELEMENTS:
        problem = say("too_many_lines", n=contribution.MAX_ELEMENTS)
    if problem:
        return _refused(request, code, problem, typed)
    # The thanks page marks the other questions answered or not: the writer reads those along.
    asked = _asked([i for i, _ in _open_questions(state, view)], _on_screen(view))  # texts: state's cache
    return _ToStore(answers.Answer(view.session_id, token, exercise_id, text, lines, frozenset(asked) - {exercise_id}),
                    code=code, language=language, back=back, typed=typed)


def _refused(request: Request, code: str, problem: str, typed: dict) -> Response:
    """The question's page again with the problem and what the phone sent."""
    return render(build(request, code=code, device_secret=device.from_request(request), message=problem, typed=typed),
                  status=422)


@dataclass(frozen=True)
class _ToStore:
    """An answer checked and ready: `act` hands it to the meeting's writer (phone/answers.py)."""

    answer: answers.Answer
    code: str
    language: str
    back: str
    typed: dict


async def _stored(request: Request, sent: _ToStore) -> Response:
    """Wait for the writer without holding a thread, then the way to the thanks page (`_Sent`)."""
    try:
        stored = await answers.store(sent.answer)
    except Exception:  # noqa: BLE001 - logged by the writer; the phone gets a plain sentence
        return _trouble(request)
    if stored.me is None:
        return RedirectResponse(url(sent.code, sent.language), 303)  # not joined (any more): the first screen
    if stored.problem or stored.refusal:  # the domain's own (Dutch) words for a rule the phone did not check
        problem = sayer(sent.language)(stored.problem) if stored.problem else stored.refusal
        return await _run_in_thread(_refused, request, sent.code, problem, sent.typed)
    separator = "&" if "?" in sent.back else "?"
    return _Sent(f"{sent.back}{separator}bericht=verstuurd&verstuurd={sent.answer.exercise_id}", me=stored.me,
                 answer=stored.answer, asked=set(sent.answer.others) | {sent.answer.exercise_id},
                 answered=stored.answered)


def _vote(request: Request, fields: dict[str, str], *, code: str, language: str, token: str,
          me: Participant, back: str) -> Response:
    say = sayer(language)
    round_id = _int(fields.get("ronde"))
    with state.read() as session:
        vote_round = session.get(VoteRound, round_id) if round_id else None
        if vote_round is None or session.get(SessionExercise, vote_round.session_exercise_id).session_id != me.session_id:
            return RedirectResponse(back, 303)
        method, budget, most = vote_round.method, vote_round.budget, vote_round.max_per_domain
        domain_ids = [d.id for d in vote_round.domain_set.domains]
    allocation, problem = _allocation(fields, method, budget, domain_ids, say)
    step = fields.get("stap", "")
    if step:  # a +/- tap without JavaScript: the page comes back with one dot more or less
        domain_text, _, sign = step.partition(":")
        domain_id = _int(domain_text)
        if domain_id in domain_ids:
            n = allocation.get(domain_id, 0) + (1 if sign == "+" else -1)
            if 0 <= n <= most and sum(allocation.values()) - allocation.get(domain_id, 0) + n <= budget:
                allocation[domain_id] = n
        screen = build(request, code=code, device_secret=device.from_request(request),
                       typed={"allocation": allocation})
        return render(screen)
    if problem is None:
        problem = _ballot_problem(method, budget, most, allocation, say)
    if problem is None:
        try:
            with state.write() as session:
                vote.cast_ballot(session, vote_round_id=round_id, allocation=allocation, device_token=token,
                                 participant_group=me.participant_group)
        except vote.VoteError as exc:
            problem = say("vote_closed_now") if "gesloten" in str(exc) else str(exc)
    if problem:
        screen = build(request, code=code, device_secret=device.from_request(request), message=problem,
                       typed={"allocation": allocation})
        return render(screen, status=422)
    separator = "&" if "?" in back else "?"
    return RedirectResponse(f"{back}{separator}bericht=gestemd", 303)


def _allocation(fields: dict[str, str], method: VoteMethod, budget: int, domain_ids: list[int],
                say) -> tuple[dict[int, int], str | None]:
    """What the form says, as domain -> dots, rank or points (ranks: the domain chosen per place)."""
    if method is VoteMethod.RANKING:
        chosen = {rank: _int(fields.get(f"plaats-{rank}")) for rank in range(1, budget + 1)}
        chosen = {rank: d for rank, d in chosen.items() if d in domain_ids}
        if len(set(chosen.values())) != len(chosen):
            return {d: rank for rank, d in chosen.items()}, say("vote_rank_twice")
        return {d: rank for rank, d in chosen.items()}, None
    allocation = {}
    for domain_id in domain_ids:
        raw = (fields.get(f"domein-{domain_id}") or "0").strip()
        allocation[domain_id] = min(int(raw), 10_000) if raw.isdigit() else 0
    return {d: n for d, n in allocation.items() if n}, None


def _ballot_problem(method: VoteMethod, budget: int, most: int, given: dict[int, int], say) -> str | None:
    """The vote's rules, said in the parent's language before the domain checks them again."""
    if not given:
        return say("vote_empty")
    if method is VoteMethod.DOTS:
        if sum(given.values()) > budget:
            return say("vote_too_many", n=budget)
        if max(given.values()) > most:
            return say("vote_max", m=most)
    elif method is VoteMethod.POINTS:
        if sum(given.values()) != budget:
            return say("vote_points_exact", n=budget, given=sum(given.values()))
    elif sorted(given.values()) != list(range(1, len(given) + 1)):
        return say("vote_rank_gap")
    return None


async def stand(request: Request) -> Response:
    """Long poll: answers as soon as the phone's version is no longer the meeting's, or after
    LONG_POLL seconds. One database read per code per FRESH seconds serves every waiting phone.
    With the phone's address (`adres`) and the question it had on the screen (`scherm`), the
    answer carries the phone's new page too: one request per change instead of two."""
    params = request.query_params
    code = normalise_join_code(params.get("code", "")) or ""
    waiting_since = time.monotonic()
    followed = await state.changed_since(code, params.get("v", ""), timeout=LONG_POLL)
    on_screen = followed.view and followed.view.exercise_id
    answer = {"v": followed.version, "scherm": on_screen}
    if followed.version != params.get("v", "") and "adres" in params:
        address = params["adres"]
        if str(on_screen or "") != params.get("scherm", ""):  # the facilitator moved on: the phone goes along
            asked = dict(parse_qsl(address))
            address = urlencode({k: v for k, v in asked.items() if k in ("code", "lang")})
        own = Request({**request.scope, "path": "/meedoen", "query_string": address.encode()})
        html = _shared_page(own, code, followed, waiting_since)
        if html is None:
            page = await _run_in_thread(_page_or_finished, own)
            html = page.body.decode() if page.status_code == 200 else None
        if html is not None:
            answer.update(adres="/meedoen?" + address, html=html)
    response = JSONResponse(answer)
    response.headers["Cache-Control"] = "no-store"
    return response


def finished(request: Request) -> Response:
    return render(Screen("finished", language_of(request)))


def asset(request: Request) -> Response:
    name = request.path_params["name"]
    if name not in ASSETS:
        return Response(status_code=404)
    media = "text/css" if name.endswith(".css") else "text/javascript"
    response = Response((HERE / "static" / name).read_bytes(), media_type=media)
    response.headers["Cache-Control"] = "public, max-age=31536000, immutable"  # the URL carries its hash
    return response


def _sent_page(request: Request, sent: Response) -> Response:
    """The page an answer leads to: from what its write learned (`_Sent`) when that tells it all."""
    code = request.query_params.get("code", "")
    if isinstance(sent, _Sent) and code == normalise_join_code(code):
        with contextlib.suppress(state.NotInRoom):
            return render(_screen(request, code, device.from_request(request), room=sent))
    return _page_or_finished(request)


def _page_or_finished(request: Request) -> Response:
    if request.query_params.get("klaar") and not request.query_params.get("code"):
        return finished(request)
    return page(request)


async def get_page(request: Request) -> Response:
    return await _run_in_thread(_page_or_finished, request)


ROUTES = [
    Route("/meedoen", get_page, methods=["GET"]),
    Route("/meedoen", act, methods=["POST"]),
    Route("/meedoen/stand", stand, methods=["GET"]),
    Route("/meedoen/static/{name}", asset, methods=["GET"]),
]
