"""The screens keep each municipality to itself (issue 13), in AppTest on the test's database.

A facilitator of Geel who types Demogemeente's id (or session id, or join code) in the address bar
gets a Dutch refusal on every staff page and sees nothing of Demogemeente; without a trajectory the
list is empty and says why. The admin's Accounts page creates, changes and removes accounts. An
"Afmelden" in another browser ends this tab's login at its next click.
"""

from __future__ import annotations

import pytest
from sqlalchemy import select
from streamlit.testing.v1 import AppTest

from facilitation import access, auth, config, db, demo, trajectory
from facilitation.models import Session, SessionState, Trajectory
from facilitation.ui.navigation import STAFF_PAGES
from tests.staff import sign_in
from tests.test_pages import APP, TIMEOUT, open_page, page_text

REFUSED = access.REFUSED
NOT_ADMIN = "Deze pagina is alleen voor een beheerder."
TRAJECTORY_PAGES = [script for section in STAFF_PAGES.values() for script, *_ in section
                    if script not in ("pages/trajecten.py", "pages/sessie.py", "pages/scherm.py")]


@pytest.fixture
def geel_and_demo(demo_engine) -> dict:
    """Demogemeente (another municipality, with an open session) and Geel, anna's only trajectory."""
    with db.transaction(demo_engine, write=True) as s:
        other = demo.find_demo(s)
        meeting = s.scalar(select(Session).where(Session.trajectory_id == other.id,
                                                 Session.state == SessionState.OPEN))
        geel = trajectory.create_trajectory(s, gemeente="Geel", period_start=2025, period_end=2030)
        return {"geel": geel.id, "other": other.id, "session": meeting.id, "code": meeting.join_code}


def staff(username: str, *roles: str, trajectories: list[int] = ()) -> AppTest:
    at = sign_in(AppTest.from_file(APP, default_timeout=TIMEOUT), username, list(roles), member_of_all=False)
    with db.transaction(db.engine_for(config.database_url()), write=True) as s:
        for trajectory_id in trajectories:
            access.assign(s, username=username, trajectory_id=trajectory_id)
    return at


def refused(at: AppTest) -> bool:
    return REFUSED in [e.value for e in at.error] or any("hoort bij een traject dat niet bij jouw" in e.value
                                                        for e in at.error)


def test_the_check_covers_every_staff_page_of_a_trajectory():
    assert len(TRAJECTORY_PAGES) == 11 and "pages/exporteren.py" in TRAJECTORY_PAGES


@pytest.mark.parametrize("page", TRAJECTORY_PAGES)
def test_another_municipalitys_trajectory_is_refused_on_every_page(geel_and_demo, page):
    at = open_page(staff("anna", "facilitator", trajectories=[geel_and_demo["geel"]]), page,
                   traject=str(geel_and_demo["other"]))

    assert not at.exception
    assert refused(at)
    assert "Demogemeente" not in page_text(at)
    assert not at.button and not at.text_input and not at.text_area  # nothing to act on


@pytest.mark.parametrize(("page", "param", "key"), [("pages/sessie.py", "sessie", "session"),
                                                    ("pages/scherm.py", "code", "code")])
def test_another_municipalitys_session_and_beamer_are_refused(geel_and_demo, page, param, key):
    at = open_page(staff("anna", "facilitator", trajectories=[geel_and_demo["geel"]]), page,
                   **{param: str(geel_and_demo[key])})

    assert not at.exception
    assert refused(at)
    assert "Demogemeente" not in page_text(at) and geel_and_demo["code"] not in page_text(at)


def test_the_own_trajectory_opens(geel_and_demo):
    at = open_page(staff("anna", "facilitator", trajectories=[geel_and_demo["geel"]]), "pages/traject.py",
                   traject=str(geel_and_demo["geel"]))
    assert not at.exception and not refused(at)
    assert [t.value for t in at.title] == ["📅 Geel"]


def test_an_admin_opens_another_municipality(geel_and_demo):
    at = open_page(staff("beheer", "admin"), "pages/sessie.py", sessie=str(geel_and_demo["session"]))
    assert not at.exception and not refused(at)
    assert "Demogemeente" in page_text(at)


def test_the_list_shows_only_the_own_trajectories(geel_and_demo):
    at = staff("anna", "facilitator", trajectories=[geel_and_demo["geel"]]).run()
    assert not at.exception
    text = page_text(at)
    assert "Geel" in text and "Demogemeente" not in text
    assert [b.key for b in at.button if b.key and b.key.startswith("open-")] == [f"open-{geel_and_demo['geel']}"]


@pytest.mark.parametrize(("role", "extra"), [("facilitator", ""), ("coordinator", "Of maak hieronder")])
def test_without_a_trajectory_the_list_is_empty_and_says_why(geel_and_demo, role, extra):
    at = staff("bert", role).run()
    assert not at.exception
    infos = [i.value for i in at.info]
    assert len(infos) == 1 and infos[0].startswith("Je hoort nog bij geen enkel traject. Een beheerder kan je")
    assert extra in infos[0]
    assert "Demogemeente" not in page_text(at) and "Geel" not in page_text(at)
    assert not [b for b in at.button if b.key and b.key.startswith("open-")]


def test_who_creates_a_trajectory_belongs_to_it(geel_and_demo, read):
    at = staff("bert", "coordinator").run()
    next(t for t in at.text_input if t.label == "Gemeente").input("Mol")
    at.button(key="FormSubmitter:new-trajectory-Traject aanmaken").click().run()
    assert not at.exception and not refused(at)
    assert [t.value for t in at.title] == ["📅 Mol"]
    with read() as s:
        mol = s.scalar(select(Trajectory.id).where(Trajectory.gemeente == "Mol"))
        assert access.assigned_trajectory_ids(s, username="bert") == [mol]


# --- Accounts (admins) ---------------------------------------------------------------------------


def test_the_accounts_page_is_for_admins_only(geel_and_demo):
    at = open_page(staff("anna", "facilitator", "coordinator", trajectories=[geel_and_demo["geel"]]),
                   "pages/accounts.py")
    assert not at.exception
    assert [e.value for e in at.error] == [NOT_ADMIN]
    assert "anna" not in [m.value for m in at.markdown]
    assert not at.text_input


def _admin_page(geel_and_demo) -> AppTest:
    return open_page(staff("beheer", "admin"), "pages/accounts.py")


def test_an_admin_creates_an_account_with_its_trajectories(geel_and_demo, read):
    at = _admin_page(geel_and_demo)
    assert not at.exception
    at.text_input(key="new-username").input("carla")
    at.text_input(key="new-password").input("Carla-wachtwoord-1")
    at.multiselect(key="new-roles").select("facilitator")
    at.multiselect(key="new-trajectories").select(geel_and_demo["geel"])
    at.button(key="FormSubmitter:new-account-Account aanmaken").click().run()

    assert not at.exception and not at.error
    with read() as s:
        carla = auth.get_account(s, username="carla")
        assert auth.check_password("Carla-wachtwoord-1", carla.password_hash)
        assert auth.role_names(carla) == ["facilitator"]
        assert access.assigned_trajectory_ids(s, username="carla") == [geel_and_demo["geel"]]
    assert any(m.value == "**carla** · externe begeleider" for m in at.markdown)
    assert "Trajecten: Geel 2025\\-2030" in [c.value for c in at.caption]


def test_a_bad_new_account_gets_a_dutch_message_and_nothing_is_stored(geel_and_demo, read):
    at = _admin_page(geel_and_demo)
    at.text_input(key="new-username").input("beheer")
    at.text_input(key="new-password").input("Nog-een-wachtwoord-1")
    at.multiselect(key="new-roles").select("admin")
    at.button(key="FormSubmitter:new-account-Account aanmaken").click().run()
    assert not at.exception
    assert len(at.error) == 1 and "Er bestaat al een account" in at.error[0].value
    at.text_input(key="new-username").input("dirk")
    at.text_input(key="new-password").input("kort")
    at.multiselect(key="new-roles").select("facilitator")
    at.button(key="FormSubmitter:new-account-Account aanmaken").click().run()
    assert len(at.error) == 1 and "minstens 8 tekens" in at.error[0].value
    with read() as s:
        assert sorted(auth.users(s)) == ["beheer"]


def test_an_admin_changes_roles_trajectories_and_password_and_removes_an_account(geel_and_demo, read):
    staff("anna", "facilitator", trajectories=[geel_and_demo["geel"]])
    at = _admin_page(geel_and_demo)
    at.multiselect(key="roles-anna").select("coordinator").run()
    at.button(key="save-roles-anna").click().run()
    at.multiselect(key="trajectories-anna").unselect(geel_and_demo["geel"]).select(geel_and_demo["other"]).run()
    at.button(key="save-trajectories-anna").click().run()
    at.text_input(key="password-anna").input("Anna-nieuw-wachtwoord")
    at.button(key="set-password-anna").click().run()
    assert not at.exception and not at.error
    with read() as s:
        anna = auth.get_account(s, username="anna")
        assert auth.role_names(anna) == ["coordinator", "facilitator"]
        assert access.assigned_trajectory_ids(s, username="anna") == [geel_and_demo["other"]]
        assert auth.check_password("Anna-nieuw-wachtwoord", anna.password_hash) and anna.generation == 1

    at.button(key="ask-remove-anna").click().run()
    assert any("Account anna echt verwijderen?" in w.value for w in at.warning)
    at.button(key="remove-anna").click().run()
    assert not at.exception
    with read() as s:
        assert sorted(auth.users(s)) == ["beheer"]
    assert not any("anna" in m.value for m in at.markdown)


def test_an_admin_cannot_remove_itself(geel_and_demo, read):
    at = _admin_page(geel_and_demo)
    at.button(key="ask-remove-beheer").click().run()
    at.button(key="remove-beheer").click().run()
    assert [e.value.replace("\\", "") for e in at.error] == ["Je kunt je eigen account niet verwijderen."]
    with read() as s:
        assert "beheer" in auth.users(s)


# --- one login, several browsers -----------------------------------------------------------------


def test_afmelden_elsewhere_ends_this_tabs_login_at_its_next_click(geel_and_demo, write):
    at = staff("anna", "facilitator", trajectories=[geel_and_demo["geel"]]).run()
    assert [t.value for t in at.title] == ["🗺️ Trajecten"]
    with write() as s:  # "Afmelden" in another browser
        auth.record_logout(s, username="anna")

    at.run()

    assert not at.exception
    assert "Geel" not in page_text(at)
    assert [s.value for s in at.subheader] == ["Aanmelden"]
    assert any(i.value.startswith("Je bent afgemeld") for i in at.info)


def test_a_removed_account_is_logged_out_at_its_next_click(geel_and_demo, write):
    at = staff("anna", "facilitator", trajectories=[geel_and_demo["geel"]]).run()
    with write() as s:
        auth.remove_user(s, username="anna")
    at.run()
    assert "Geel" not in page_text(at)
    assert [s.value for s in at.subheader] == ["Aanmelden"]


def test_a_role_taken_away_counts_from_the_next_click(geel_and_demo, write):
    at = staff("bert", "coordinator", trajectories=[geel_and_demo["geel"]]).run()
    assert [e.label for e in at.expander] == ["➕ Nieuw traject"]
    with write() as s:
        auth.set_roles(s, username="bert", roles=["facilitator"])
    at.run()
    assert not at.exception
    assert [e.label for e in at.expander] == []
    assert "Geel" in page_text(at)


def test_an_admin_finds_the_accounts_page_in_the_sidebar(geel_and_demo):
    """app.py's sidebar is in the element tree after the first run only (see tests/test_pages.py)."""
    admin = staff("beheer", "admin").run()
    facilitator = staff("anna", "facilitator").run()
    assert [link.label for link in admin.sidebar.get("page_link")] == ["Accounts beheren"]
    assert not facilitator.sidebar.get("page_link")
