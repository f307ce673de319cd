"""No staff screen speaks English: every staff page, opened on the demo and on a brand-new empty
trajectory, runs without an exception, every selectbox or multiselect that shows its placeholder
shows a Dutch one (never Streamlit's "Choose an option"), and no English word from our own code
reaches the screen."""

from __future__ import annotations

import re

import pytest
from google.protobuf.message import Message
from sqlalchemy import select

from facilitation import db, demo, live, trajectory, vote
from facilitation import session as meetings
from facilitation.models import Session
from tests.test_live_pages import app

SQLITE_ONLY = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)

TRAJECTORY_PAGES = ["traject", "stuurgroep", "omgevingsanalyse", "vragen", "groeperen", "prioriteiten", "visie",
                    "doelen", "actieplan", "evaluatie", "exporteren"]
STREAMLIT_DEFAULTS = {"", "Choose an option", "Choose options", "Select...", "Choose or add an option",
                      "Add an option", "No options to select", "Add options"}
# Words no Dutch screen contains; "None"/"nan"/"True" are Python leaking onto the screen.
ENGLISH = {"the", "and", "choose", "select", "option", "options", "please", "your", "you", "error", "none", "nan",
           "null", "true", "false", "click", "submit", "cancel", "delete", "save", "loading", "with", "from",
           "this", "that", "which", "should", "must", "cannot", "found", "invalid", "required", "missing",
           "failed", "yes", "add", "edit", "remove", "search", "untitled", "upload", "browse", "drag", "drop",
           "file", "files", "limit", "session", "trajectory", "exercise", "contribution", "goal", "action",
           "vote", "round", "ballot", "question", "traceback"}
# Proto fields a person reads (ids, keys, icons, urls and formats are not read).
READ_FIELDS = {"label", "body", "options", "help", "placeholder", "message", "text", "caption", "value"}


def _strings(message: Message, field: str = ""):
    for descriptor, value in message.ListFields():
        values = value if isinstance(value, Message) is False and hasattr(value, "__len__") \
            and not isinstance(value, str | bytes) else [value]
        for item in values:
            if isinstance(item, Message):
                yield from _strings(item, descriptor.name)
            elif isinstance(item, str) and descriptor.name in READ_FIELDS:
                yield item


def _on_screen(at) -> list[str]:
    shown = []
    for node in at._tree:
        proto = getattr(node, "proto", None)
        if proto is not None:
            shown += list(_strings(proto))
    for frame in at.dataframe:
        shown += [str(c) for c in frame.value.columns]
        shown += [str(v) for v in frame.value.astype(str).to_numpy().ravel()]
    return shown


def _problems(at, page: str) -> list[str]:
    found = [f"{page}: exception {e.value}" for e in at.exception]
    found += [f"{page}: not shown ({w.value})" for w in at.warning if "bestaat niet" in w.value]
    for box in at.selectbox:
        nothing_chosen = not box.proto.HasField("default") and not box.proto.HasField("raw_value")
        if (nothing_chosen or not box.options) and box.proto.placeholder.strip() in STREAMLIT_DEFAULTS:
            found.append(f"{page}: selectbox {box.label!r} shows Streamlit's English placeholder")
    for box in at.multiselect:
        if box.proto.placeholder.strip() in STREAMLIT_DEFAULTS:
            found.append(f"{page}: multiselect {box.label!r} shows Streamlit's English placeholder")
    for text in _on_screen(at):
        text = re.sub(r"<style>.*?</style>|<[^>]*>", " ", text, flags=re.DOTALL)  # what a browser shows of HTML
        english = sorted({w for w in re.findall(r"[A-Za-z]+", text) if w.lower() in ENGLISH})
        if english:
            found.append(f"{page}: English {english} in {text[:80]!r}")
    return found


@pytest.fixture
def screens(demo_engine):
    """(page, params) for every staff page: on the demo (its four sessions, closed and open, and two
    stuurgroepen 3 with the vote on the screen) and on a new trajectory with only one planned session."""
    with db.transaction(demo_engine, write=True) as s:
        demo_id = demo.find_demo(s).id
        empty = trajectory.create_trajectory(s, gemeente="Testdorp", period_start=2025, period_end=2030)
        planned = meetings.plan_session(s, trajectory_id=empty.id, template_id="stuurgroep_2")
        for with_round in (False, True):  # the vote on the screen: before its round opens, and open with a ballot
            meeting = meetings.plan_session(s, trajectory_id=demo_id, template_id="stuurgroep_3")
            meetings.open_session(s, session_id=meeting.id)
            shown = next(e for e in meeting.exercises if e.exercise_key == "prioriteiten_stemming")
            meetings.show_exercise(s, exercise_id=shown.id)
            if with_round:
                opened = vote.open_round(s, session_exercise_id=shown.id,
                                         domain_set_id=live.active_domain_set_id(s, trajectory_id=demo_id))
                first = opened.domain_set.domains[0].id
                vote.cast_ballot(s, vote_round_id=opened.id, dots={first: 2}, device_token="phone-1")
        sessions = [(m.id, m.join_code) for m in s.scalars(select(Session).order_by(Session.id))]
        assert planned.id in [m for m, _ in sessions]
    found = [("pages/trajecten.py", {})]
    for traject in (demo_id, empty.id):
        found += [(f"pages/{page}.py", {"traject": str(traject)}) for page in TRAJECTORY_PAGES]
    for session_id, code in sessions:
        found.append(("pages/sessie.py", {"sessie": str(session_id)}))
        if code:
            found.append(("pages/scherm.py", {"code": code}))
    return found


@SQLITE_ONLY
def test_no_staff_screen_shows_streamlits_english_or_ours(screens):
    problems = []
    for page, params in screens:
        at = app(page, staff=True, **params)
        problems += _problems(at, f"{page}?{params}")
    assert not problems, "\n".join(problems)


def test_the_check_sees_an_english_placeholder_and_an_english_word(tmp_path):
    """The check itself can fail: a page with Streamlit's placeholder and an English word is caught."""
    from streamlit.testing.v1 import AppTest

    script = tmp_path / "english.py"
    script.write_text("import streamlit as st\n"
                      "st.selectbox('Domein', ['a', 'b'], index=None)\n"
                      "st.multiselect('Domeinen', ['a', 'b'], placeholder='Kies domeinen')\n"
                      "st.caption('Please choose a domain')\n")
    at = AppTest.from_file(str(script)).run()
    found = _problems(at, "english.py")
    assert len(found) == 2
    assert "Streamlit's English placeholder" in found[0] and "'choose'" in found[1].lower()
