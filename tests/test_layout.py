"""The layout every staff page shares, in AppTest: the way back (Trajecten, Traject X) above the
page's title on every trajectory page; the trajectory page's links read in full at any width (a
wrapping row, not fixed columns that cut "Groeperen in domeinen" off at 1366 px); planning a
session closes "Sessie plannen" and says where the new session is; no staff form tells people in
English to "Press Enter to submit form" while they type (the hint itself only shows in a browser:
AppTest sees the form's enter_to_submit)."""

from __future__ import annotations

import datetime as dt

from streamlit.proto.Block_pb2 import Block

from tests.test_dutch_screens import SQLITE_ONLY, TRAJECTORY_PAGES, screens  # noqa: F401 (a fixture)
from tests.test_live_pages import app as staff_page
from tests.test_pages import PLAN_SESSION, app, demo_trajectory, open_page

PLAN_OPEN = "plan-session-open"


def _in_order(at, wanted: tuple[str, ...]) -> list[tuple[str, object, object]]:
    """(type, element, parent block) of the wanted element types, in the order they are drawn."""
    found = []

    def walk(node, parent) -> None:
        if getattr(node, "type", None) in wanted:
            found.append((node.type, node, parent))
        for child in getattr(node, "children", {}).values():
            walk(child, node)

    walk(at.main, None)
    return found


def test_every_trajectory_page_puts_the_way_back_above_its_title(demo_engine, read):
    traject = str(demo_trajectory(read).id)
    misplaced = []
    for page in TRAJECTORY_PAGES:
        at = open_page(app("facilitator"), f"pages/{page}.py", traject=traject)
        assert not at.exception, page
        drawn = _in_order(at, ("title", "page_link"))
        first_title = next(i for i, (kind, _e, _p) in enumerate(drawn) if kind == "title")
        links_above = [element.proto.label for kind, element, _p in drawn[:first_title]]
        if "Trajecten" not in links_above:
            misplaced.append(f"{page}: above the title {links_above}")
    assert not misplaced, "\n".join(misplaced)


def test_the_trajectory_page_links_wrap_instead_of_being_cut_off(demo_engine, read):
    at = open_page(app("facilitator"), "pages/traject.py", traject=str(demo_trajectory(read).id))
    labels = {"Visie en missie", "Groeperen in domeinen", "Prioriteiten en werkgroepen", "SMART-doelstellingen",
              "Actieplan"}
    rows = {element.proto.label: parent.proto for kind, element, parent in _in_order(at, ("page_link",))
            if element.proto.label in labels}
    assert set(rows) == labels
    for label, block in rows.items():  # a fixed column would cut a long label off
        assert block.WhichOneof("type") == "flex_container", label
        assert (block.flex_container.direction, block.flex_container.wrap) == (Block.FlexContainer.HORIZONTAL, True)


def _planner(at):
    return next(e for e in at.expander if e.label == "➕ Sessie plannen")


def test_planning_a_session_closes_the_form_and_says_where_the_session_is(demo_engine, read):
    at = open_page(app("facilitator"), "pages/traject.py", traject=str(demo_trajectory(read).id))
    at.session_state[PLAN_OPEN] = True  # as if the facilitator opened "Sessie plannen"
    at.run()
    assert _planner(at).proto.expanded is True
    at.selectbox(key="plan-template").select("oudergroep")
    at.date_input(key="plan-day").set_value(dt.date(2027, 3, 1))
    at.button(key=PLAN_SESSION).click().run()
    assert not at.exception and not at.error
    assert _planner(at).proto.expanded is False and at.session_state[PLAN_OPEN] is False
    assert [s.value for s in at.success] == [
        "Gepland: **Oudergroep\\: samen met mama's en papa's** op 01/03/2027. De sessie staat in de lijst hierboven."]


@SQLITE_ONLY
def test_no_staff_form_says_press_enter_to_submit(screens):  # noqa: F811 (the fixture imported above)
    """Streamlit writes "Press Enter to submit form" under a field of a form that Enter submits."""
    found, checked = [], set()
    for page, params in screens:
        at = staff_page(page, staff=True, **params)
        forms = [block.proto.form for block in _blocks(at) if block.proto.WhichOneof("type") == "form"]
        checked |= {form.form_id for form in forms}
        found += [f"{page}?{params}: form {form.form_id}" for form in forms if form.enter_to_submit]
    assert len(checked) > 20  # the forms of every staff page were seen
    assert not found, "\n".join(found)


def _blocks(at):
    found = []

    def walk(node) -> None:
        if type(node).__name__ in ("Block", "Form") and getattr(node, "proto", None) is not None:
            found.append(node)
        for child in getattr(node, "children", {}).values():
            walk(child)

    walk(at.main)
    return found
