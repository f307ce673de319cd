"""The pages in AppTest: the login gate, the trajectories and one trajectory's sessions.

AppTest runs app.py (the router) and the page it routes to, on the test's own database (SQLite
and PostgreSQL: every test that takes `demo_engine` or `database_url` runs on both).

What AppTest cannot do, and how these tests live with it (streamlit 1.67):
- streamlit-authenticator's cookie component cannot be driven, so a logged-in visitor is seeded
  in `at.session_state` (authentication_status, username, name, roles), as the authenticator
  leaves it after a login. The login form itself is a page (pages/login.py) and does submit.
- What app.py itself renders (the sidebar with "Aangemeld als" and "Afmelden", the exercises
  error) is only in the element tree after the first run of a page; assert it there. The cause
  is the bug in LEGACY_PAGES_BUG below: AppTest resets PagesManager.uses_pages_directory before
  every run, so with a pages/ folder a rerun of a page runs that page's script without app.py.
- `AppTest.from_file` resolves a relative path against the calling file, not the working
  directory: the app is given by its absolute path.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from google.protobuf import text_format
from sqlalchemy import func, select
from streamlit.testing.v1 import AppTest

from facilitation import access, auth, db, demo
from facilitation import session as meetings
from facilitation.models import ParticipationMode, Session, SessionKind, SessionState, Trajectory
from tests.staff import sign_in

ROOT = Path(__file__).resolve().parent.parent
APP = ROOT / "app.py"
TIMEOUT = 30

NOT_FOUND = "Dit traject bestaat niet (meer). Kies een traject uit de lijst."
NEW_TRAJECTORY = "FormSubmitter:new-trajectory-Traject aanmaken"
PLAN_SESSION = "FormSubmitter:plan-session-Sessie plannen"


# --- helpers -------------------------------------------------------------------------------------


def app(*roles: str, username: str = "tester") -> AppTest:
    """The app for a visitor (no roles) or for someone logged in with these roles."""
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    if roles:
        sign_in(at, username, list(roles))  # with its account, in every trajectory there is
    return at


def open_page(at: AppTest, page: str, **query: str) -> AppTest:
    """Run the app once (so st.navigation registers this visitor's pages), then open `page`."""
    at.run()
    at.switch_page(page)
    at.query_params.clear()
    at.query_params.update(query)
    return at.run()


def page_text(at: AppTest) -> str:
    """Every string on the rendered page (main area and sidebar, tables included)."""
    parts: list[str] = []

    def walk(node) -> None:
        proto = getattr(node, "proto", None)
        if proto is not None:
            parts.append(text_format.MessageToString(proto, as_utf8=True))
        for child in getattr(node, "children", {}).values():
            walk(child)

    walk(at.main)
    walk(at.sidebar)
    return "\n".join(parts)


def unescape(markdown: str) -> str:
    """Markdown as a reader sees it: md_escape's backslashes removed."""
    return markdown.replace("\\", "")


def titles(at: AppTest) -> list[str]:
    return [unescape(t.value) for t in at.title]


def errors(at: AppTest) -> list[str]:
    """The refusals as a reader sees them (md_escape's backslashes removed)."""
    return [e.value.replace("\\", "") for e in at.error]


def login_form_shown(at: AppTest) -> bool:
    return (
        [s.value for s in at.subheader] == ["Aanmelden"]
        and [t.label for t in at.text_input] == ["Gebruikersnaam", "Wachtwoord"]
        and "Aanmelden" in [b.label for b in at.button]
    )


def session_rows(at: AppTest) -> list[dict[str, str]]:
    """The sessions on the traject page, top to bottom: roadmap step, kind, date, state, code."""
    rows = []
    for caption in at.caption:
        if not caption.value.startswith("Roadmap: "):
            continue
        step, kind, when, state, _n_exercises, *rest = caption.value.removeprefix("Roadmap: ").split(" · ")
        rows.append({
            "step": step,
            "kind": kind,
            "when": when,
            "state": state.removeprefix("status: "),
            "code": rest[0].removeprefix("code ") if rest else "",
        })
    return rows


def add_begeleider(engine) -> None:
    """An account that logs in with the form and belongs to Demogemeente."""
    with db.transaction(engine, write=True) as s:
        auth.add_user(s, username="begeleider", password="juist-wachtwoord", roles=["facilitator"])
        access.assign(s, username="begeleider", trajectory_id=demo.find_demo(s).id)


def demo_trajectory(read) -> Trajectory:
    with read() as s:
        found = demo.find_demo(s)
    assert found is not None
    return found


def stored_trajectories(read) -> list[tuple[str, int, int, ParticipationMode]]:
    with read() as s:
        return [
            (t.gemeente, t.period_start, t.period_end, t.participation_mode)
            for t in s.scalars(select(Trajectory).order_by(Trajectory.id))
        ]


# --- the login gate ------------------------------------------------------------------------------


def test_a_visitor_sees_the_login_form_and_no_trajectory(demo_engine):
    at = app().run()

    assert not at.exception
    assert login_form_shown(at)
    assert titles(at) == ["💬 Samenspraak"]
    assert "Demogemeente" not in page_text(at)
    assert not at.sidebar.button  # no "Afmelden" for someone who is not logged in


def test_a_visitor_has_no_staff_pages(demo_engine):
    at = app().run()
    # st.navigation lists only the login page for a visitor: the staff scripts are not pages.
    for page in ("pages/trajecten.py", "pages/traject.py"):
        with pytest.raises(ValueError, match="Could not find a navigation page"):
            at.switch_page(page)


LEGACY_PAGES_BUG = (
    "bug: the pages/ folder next to app.py switches on Streamlit's legacy multipage mode "
    "(PagesManager.uses_pages_directory) until st.navigation has run once in the process - in AppTest "
    "at every run; a staff URL is then served by running pages/<page>.py directly, without app.py's "
    "login gate. Fix: rename pages/ (e.g. views/)"
)


@pytest.mark.parametrize("page", ["pages/trajecten.py", "pages/traject.py"])
def test_a_visitor_opening_a_staff_url_gets_the_login_form(demo_engine, read, page):
    """A visitor whose first request is /trajecten or /traject?traject=<id> sees the login form."""
    at = app()
    at.switch_page(page)  # before the first run: the page's URL, as typed in the address bar
    at.query_params["traject"] = str(demo_trajectory(read).id)
    at.run()

    assert not at.exception
    assert login_form_shown(at)
    assert "Demogemeente" not in page_text(at)


def test_failed_logins_are_slowed_down_after_five_attempts(demo_engine):
    add_begeleider(demo_engine)
    at = app().run()
    for attempt in range(5):
        at.text_input[0].input("begeleider")
        at.text_input[1].input("fout-wachtwoord")
        at.button[0].click().run()
        assert errors(at) == ["Gebruikersnaam of wachtwoord klopt niet."]
        if attempt == 0:
            for _ in range(6):  # reruns without a new attempt count nothing
                at.run()
            assert errors(at) == ["Gebruikersnaam of wachtwoord klopt niet."]
    at.run()
    assert errors(at) == ["Te veel mislukte pogingen. Wacht een minuut en probeer dan opnieuw."]
    assert not at.text_input  # no form to try again with


def test_wrong_password_keeps_the_login_form_and_says_so(demo_engine):
    add_begeleider(demo_engine)
    at = app().run()
    at.text_input[0].input("begeleider")
    at.text_input[1].input("fout-wachtwoord")
    at.button[0].click().run()

    assert not at.exception
    assert errors(at) == ["Gebruikersnaam of wachtwoord klopt niet."]
    assert login_form_shown(at)
    assert "Demogemeente" not in page_text(at)


def test_logging_in_with_the_form_opens_the_trajectories(demo_engine):
    add_begeleider(demo_engine)
    at = app().run()
    at.text_input[0].input("begeleider")
    at.text_input[1].input("juist-wachtwoord")
    at.button[0].click().run()
    assert not at.exception
    assert [s.value for s in at.success] == ["Je bent aangemeld. Even geduld ..."]
    assert at.session_state["roles"] == ["facilitator"]

    at.run()  # in the browser, the cookie component's answer triggers this rerun

    assert not at.exception
    assert titles(at) == ["🗺️ Trajecten"]
    assert "Demogemeente" in page_text(at)
    assert [c.value for c in at.sidebar.caption] == ["Aangemeld als **begeleider** (externe begeleider)"]
    assert [b.label for b in at.sidebar.button] == ["Afmelden"]


# --- trajecten -----------------------------------------------------------------------------------


def test_a_facilitator_sees_the_trajectories_with_their_period(demo_engine, read):
    demo_t = demo_trajectory(read)
    at = app("facilitator", username="begeleider").run()

    assert not at.exception
    assert titles(at) == ["🗺️ Trajecten"]
    headings = [unescape(m.value) for m in at.markdown if m.value.startswith("### ")]
    assert headings == [f"### Demogemeente · {demo_t.period_start}-{demo_t.period_end} · demo"]
    assert "Rechtstreeks: ouders zitten in elke stuurgroep · 4 sessies · 1 open" in [c.value for c in at.caption]
    # app.py's sidebar, first run only (see the module docstring)
    assert [c.value for c in at.sidebar.caption] == ["Aangemeld als **begeleider** (externe begeleider)"]
    assert [b.label for b in at.sidebar.button] == ["Afmelden"]


def test_openen_shows_the_trajectory(demo_engine, read):
    demo_t = demo_trajectory(read)
    at = app("facilitator").run()
    at.button(key=f"open-{demo_t.id}").click().run()

    assert not at.exception
    assert titles(at) == ["📅 Demogemeente"]
    assert at.query_params == {"traject": str(demo_t.id)}


def test_a_facilitator_does_not_get_the_new_trajectory_form(demo_engine):
    at = app("facilitator").run()

    assert not at.exception
    assert "Demogemeente" in page_text(at)
    assert not [e for e in at.expander if "Nieuw traject" in e.label]
    assert "Gemeente" not in [t.label for t in at.text_input]
    assert "Traject aanmaken" not in [b.label for b in at.button]


@pytest.mark.parametrize("role", ["coordinator", "admin"])
def test_coordinator_creates_a_trajectory(demo_engine, read, role):
    at = app(role).run()
    assert [e.label for e in at.expander] == ["➕ Nieuw traject"]
    next(t for t in at.text_input if t.label == "Gemeente").input("  Mol ")
    next(n for n in at.number_input if n.label == "Beleidsperiode van").set_value(2027)
    next(n for n in at.number_input if n.label == "tot").set_value(2032)
    at.radio[0].set_value(ParticipationMode.INDIRECT)
    at.button(key=NEW_TRAJECTORY).click().run()

    assert not at.exception
    assert errors(at) == []
    stored = stored_trajectories(read)
    assert stored[-1] == ("Mol", 2027, 2032, ParticipationMode.INDIRECT)
    assert len(stored) == 2
    # ... and the new trajectory is opened
    with read() as s:
        new_id = s.scalar(select(Trajectory.id).where(Trajectory.gemeente == "Mol"))
    assert titles(at) == ["📅 Mol"]
    assert at.query_params == {"traject": str(new_id)}
    assert "Beleidsperiode 2027-2032 · Onrechtstreeks: een apart oudertraject" in [c.value for c in at.caption]
    assert [i.value for i in at.info] == ["Nog geen sessies. Plan hieronder de eerste stuurgroep."]


@pytest.mark.parametrize(
    ("gemeente", "start", "end", "message"),
    [
        ("   ", 2027, 2032, "Vul de naam van de gemeente in."),
        ("Geel", 2030, 2025, "Het eindjaar van de beleidsperiode ligt vóór het beginjaar."),
        ("demogemeente", None, None, "Er bestaat al een traject voor demogemeente vanaf"),
    ],
    ids=["empty-gemeente", "end-before-start", "duplicate"],
)
def test_bad_trajectory_input_gets_a_dutch_message_and_stores_nothing(demo_engine, read, gemeente, start, end, message):
    before = stored_trajectories(read)
    at = app("coordinator").run()
    next(t for t in at.text_input if t.label == "Gemeente").input(gemeente)
    if start is not None:
        next(n for n in at.number_input if n.label == "Beleidsperiode van").set_value(start)
        next(n for n in at.number_input if n.label == "tot").set_value(end)
    at.button(key=NEW_TRAJECTORY).click().run()

    assert not at.exception
    assert len(errors(at)) == 1 and errors(at)[0].startswith(message)
    assert titles(at) == ["🗺️ Trajecten"]  # still on the list, the form still there
    assert stored_trajectories(read) == before


def test_the_first_trajectory_on_an_empty_database(database_url, read):
    at = app("coordinator").run()

    assert not at.exception
    assert [i.value for i in at.info] == ["Er is nog geen traject. Maak hieronder het eerste traject aan."]
    assert [e.label for e in at.expander] == ["➕ Nieuw traject"]
    next(t for t in at.text_input if t.label == "Gemeente").input("Geel")
    at.button(key=NEW_TRAJECTORY).click().run()

    assert not at.exception
    assert [t[0] for t in stored_trajectories(read)] == ["Geel"]
    assert titles(at) == ["📅 Geel"]


# --- one trajectory ------------------------------------------------------------------------------


@pytest.fixture
def full_roadmap(demo_engine, write, read) -> int:
    """Demogemeente plus a planned oudergroep (dated after the focusgroep, stored last) and a
    planned werkgroep (dated before everything): roadmap order is neither date nor id order."""
    demo_t = demo_trajectory(read)
    today = dt.date.today()
    with write() as s:
        meetings.plan_session(s, trajectory_id=demo_t.id, template_id="oudergroep",
                              scheduled_on=today + dt.timedelta(days=60))
        s.add(Session(trajectory_id=demo_t.id, kind=SessionKind.WERKGROEP, number=1, title="Werkgroep vrije tijd",
                      roadmap_step="werkgroep", scheduled_on=today - dt.timedelta(days=100),
                      state=SessionState.PLANNED))
    return demo_t.id


def test_the_sessions_are_listed_in_roadmap_order_with_step_and_state(full_roadmap, read):
    with read() as s:
        join_code = s.scalar(select(Session.join_code).where(Session.state == SessionState.OPEN))
    assert join_code

    at = open_page(app("facilitator"), "pages/traject.py", traject=str(full_roadmap))

    assert not at.exception
    assert titles(at) == ["📅 Demogemeente"]
    rows = session_rows(at)
    assert [(r["step"].split(":")[0], r["kind"], r["state"]) for r in rows] == [
        ("Stuurgroep 1", "Stuurgroep", "afgesloten"),
        ("Stuurgroep 2", "Stuurgroep", "afgesloten"),
        ("Stuurgroep 3", "Stuurgroep", "afgesloten"),
        ("Oudertraject", "Oudergroep", "gepland"),
        ("Focusgroep met ouders", "Focusgroep", "open"),
        ("Werkgroep", "Werkgroep", "gepland"),
    ]
    # Only the open session shows its join code.
    assert [r["code"] for r in rows] == ["", "", "", "", join_code, ""]
    assert rows[4]["when"] == dt.date.today().strftime("%d/%m/%Y")
    session_titles = [unescape(m.value) for m in at.markdown if m.value.startswith("**")]
    assert session_titles[3] == "**🗓️ Oudergroep: samen met mama's en papa's**"
    assert session_titles[4] == "**🟢 Focusgroep vrije tijd**"
    assert session_titles[5] == "**🗓️ Werkgroep vrije tijd**"


def test_the_stuurgroep_counts_parents_without_naming_them(demo_engine, read):
    at = open_page(app("facilitator"), "pages/traject.py", traject=str(demo_trajectory(read).id))

    assert not at.exception
    assert [h.value for h in at.header][:3] == ["Sessies", "Stuurgroep", "Prioritaire domeinen"]
    table = at.table[0].value
    assert list(table.columns) == ["Rol", "Organisatie", "Aantal"]
    parents = table[table["Rol"] == "Ouder"]
    assert len(parents) == 1
    assert parents.iloc[0]["Aantal"] == 4
    assert parents.iloc[0]["Organisatie"] == ""
    experts = table[table["Rol"] == "Ervaringsdeskundige"]
    assert list(experts["Organisatie"]) == [""]
    assert "CAW (welzijn)" in [o.replace("\\", "") for o in table["Organisatie"]]  # organisations (and sectors) for the other members


def test_the_priority_domains_and_goals_are_shown(demo_engine, read):
    at = open_page(app("facilitator"), "pages/traject.py", traject=str(demo_trajectory(read).id))

    assert not at.exception
    lines = [unescape(m.value) for m in at.markdown]
    assert "🎓 **Onderwijs en vrije tijd** (structureel)" in lines
    assert "💶 **Inkomen en gezondheid** (milderend)" in lines
    assert any(line.startswith("- Alle kinderen in Demogemeente") and line.endswith("1 operationele doelstelling(en)")
               for line in lines)


def test_the_omgevingsanalyse_compares_the_gemeente_with_the_region(demo_engine, read):
    at = open_page(app("facilitator"), "pages/traject.py", traject=str(demo_trajectory(read).id))

    table = at.dataframe[0].value
    assert list(table.columns) == ["Indicator", "Jaar", "Eenheid", "Demogemeente", "Arrondissement", "Provincie",
                                   "Vlaams Gewest"]
    assert len(table) == 4
    assert "None" not in table.to_string()


@pytest.mark.parametrize("raw", ["999999", "0", "abc", "-1", "1.5", " 1", ""])
def test_an_unknown_or_malformed_traject_id_gets_a_dutch_warning(demo_engine, raw):
    at = open_page(app("facilitator"), "pages/traject.py", traject=raw)

    assert not at.exception
    assert [w.value for w in at.warning] == [NOT_FOUND]
    assert "Demogemeente" not in page_text(at)


def test_the_traject_page_without_a_traject_parameter_gets_the_warning(demo_engine):
    at = open_page(app("facilitator"), "pages/traject.py")

    assert not at.exception
    assert [w.value for w in at.warning] == [NOT_FOUND]


@pytest.mark.parametrize("raw", ["²", "99999999999999999999"])
def test_a_garbled_traject_id_gets_the_warning_not_a_traceback(demo_engine, raw):
    at = open_page(app("facilitator"), "pages/traject.py", traject=raw)

    assert not at.exception
    assert [w.value for w in at.warning] == [NOT_FOUND]


def test_an_id_beyond_a_32_bit_integer_gets_the_warning(demo_engine, database_url, request):
    at = open_page(app("facilitator"), "pages/traject.py", traject="3000000000")

    assert not at.exception
    assert [w.value for w in at.warning] == [NOT_FOUND]


def test_planning_a_session_from_a_template_stores_it(demo_engine, read):
    traject_id = demo_trajectory(read).id
    with read() as s:
        before = s.scalar(select(func.count(Session.id)).where(Session.trajectory_id == traject_id))
    at = open_page(app("facilitator"), "pages/traject.py", traject=str(traject_id))
    assert [e.label for e in at.expander] == ["✏️ Traject aanpassen", "➕ Sessie plannen"]
    at.selectbox[0].select("oudergroep")
    at.date_input[0].set_value(dt.date(2027, 3, 1))
    at.button(key=PLAN_SESSION).click().run()

    assert not at.exception
    assert errors(at) == []
    with read() as s:
        planned = s.scalars(
            select(Session).where(Session.trajectory_id == traject_id, Session.template_id == "oudergroep")
        ).all()
        after = s.scalar(select(func.count(Session.id)).where(Session.trajectory_id == traject_id))
    assert after == before + 1
    assert [(p.kind, p.scheduled_on, p.state, p.roadmap_step) for p in planned] == [
        (SessionKind.OUDERGROEP, dt.date(2027, 3, 1), SessionState.PLANNED, "oudergroep")
    ]
    # ... and it is on the page, in its place in the roadmap (after stuurgroep 3, before the focusgroep)
    rows = session_rows(at)
    assert [r["kind"] for r in rows] == ["Stuurgroep", "Stuurgroep", "Stuurgroep", "Oudergroep", "Focusgroep"]
    assert (rows[3]["when"], rows[3]["state"]) == ("01/03/2027", "gepland")
    assert at.query_params == {"traject": str(traject_id)}


# --- a broken exercises file ---------------------------------------------------------------------

BROKEN_EXERCISES = {
    "not-yaml": "exercises: [unclosed\n  - : :\n",
    "wrong-shape": "exercises: []\n",
}


@pytest.mark.parametrize("kind", sorted(BROKEN_EXERCISES))
@pytest.mark.parametrize("roles", [(), ("facilitator",)], ids=["visitor", "facilitator"])
def test_a_malformed_exercises_file_stops_the_app_with_a_message_naming_it(tmp_path, monkeypatch, kind, roles):
    # No database here: the app must stop before it touches one.
    broken = tmp_path / f"oefeningen-{kind}.yaml"
    broken.write_text(BROKEN_EXERCISES[kind], encoding="utf-8")
    monkeypatch.setenv("SAMENSPRAAK_EXERCISES_FILE", str(broken))

    at = app(*roles).run()

    assert not at.exception
    assert len(errors(at)) == 1
    message = errors(at)[0]
    assert message.startswith("Samenspraak kan niet starten: het bestand met oefeningen is niet in orde.")
    assert str(broken) in message
    assert not at.text_input and not at.title  # nothing else: no login form, no page
