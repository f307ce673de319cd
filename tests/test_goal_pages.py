"""The werkgroep screens in AppTest: SMART goals with their sources, conflicts, the action plan."""

from __future__ import annotations

from sqlalchemy import select

from facilitation import contribution, db, demo, goal
from facilitation.models import Action, ActionStatus, Contribution, Goal, GoalLevel
from tests.test_live_pages import app, texts


def _demo(read):
    with read() as s:
        traj = demo.find_demo(s)
        operational = s.scalars(select(Goal).where(Goal.level == GoalLevel.OPERATIONEEL)).first()
        return traj.id, operational.id


def test_goals_show_their_smart_letters_and_sources_but_never_a_hidden_one(demo_engine, read, write):
    trajectory_id, operational_id = _demo(read)
    with write() as s:
        shown = s.scalars(select(Contribution).where(Contribution.text.like("Een gemeente waar elk kind%"))).one()
        hidden = s.scalars(select(Contribution).where(Contribution.text.like("Onze zoon mocht gratis%"))).one()
        goal.link_sources(s, goal_id=operational_id, contribution_ids=[shown.id, hidden.id])
        contribution.set_hidden(s, contribution_id=hidden.id, hidden=True)
    at = app("pages/doelen.py", staff=True, traject=str(trajectory_id))
    assert not at.exception
    page = texts(at)
    assert "**S**" in page and "**T**" in page
    assert "Een gemeente waar elk kind kan sporten" in page
    assert "Onze zoon mocht gratis mee" not in page


def test_a_second_save_of_the_same_goal_shows_both_texts_and_loses_neither(demo_engine, read, write):
    trajectory_id, operational_id = _demo(read)
    at = app("pages/doelen.py", staff=True, traject=str(trajectory_id))  # opened at version 1
    with write() as s:  # someone else saves first
        stored = s.get(Goal, operational_id)
        goal.update_goal(s, goal_id=operational_id, expected_version=stored.version, text="Hun versie: 90% tegen 2028")
    at.text_area(key=f"text-{operational_id}").input("Mijn versie: 85% tegen 2028")
    at.button(key=f"save-{operational_id}").click().run()
    assert not at.exception
    page = texts(at)
    assert "Iemand anders heeft deze" in page
    assert "Hun versie: 90% tegen 2028" in page and "Mijn versie: 85% tegen 2028" in page
    with read() as s:
        assert s.get(Goal, operational_id).text == "Hun versie: 90% tegen 2028"


def test_the_action_plan_filters_by_status_and_an_action_can_be_added(demo_engine, read):
    trajectory_id, operational_id = _demo(read)
    at = app("pages/actieplan.py", staff=True, traject=str(trajectory_id))
    assert not at.exception
    assert len(at.dataframe[0].value) == 1
    at.selectbox[2].set_value(ActionStatus.KLAAR).run()
    assert "Nog geen acties" in texts(at)
    at.selectbox[2].set_value("alle").run()
    at.text_area[0].input("Huiswerkklas in de bib")
    at.text_input[0].input("Bibliotheek")
    next(b for b in at.button if b.label == "Actie bewaren").click().run()
    assert not at.exception
    with db.transaction(demo_engine) as s:
        added = s.scalars(select(Action).where(Action.what == "Huiswerkklas in de bib")).one()
    assert added.owner == "Bibliotheek" and added.goal_id == operational_id
    assert len(at.dataframe[0].value) == 2


def test_the_smart_letters_follow_a_new_goal_as_it_is_typed_and_it_is_added(demo_engine, read):
    trajectory_id, operational_id = _demo(read)
    with read() as s:
        strategic_id = s.get(Goal, operational_id).parent_id
    at = app("pages/doelen.py", staff=True, traject=str(trajectory_id))
    at.text_area(key=f"new-text-{strategic_id}").input("Wij gaan de situatie verbeteren.").run()
    page = texts(at)
    assert "⏳ **Specifiek**" in page and "⏳ **Meetbaar**" in page
    at.text_area(key=f"new-text-{strategic_id}").input(
        "Tegen eind 2028 gaan 200 kinderen uit gezinnen met een laag inkomen gratis naar de speelpleinwerking."
    ).run()
    assert "✅ **Meetbaar**" in texts(at)
    at.button(key=f"add-op-{strategic_id}").click().run()
    assert not at.exception
    with read() as s:
        assert s.scalars(select(Goal).where(Goal.text.like("Tegen eind 2028 gaan 200 kinderen%"))).one()


def test_the_export_page_writes_the_college_note_and_offers_it_for_download(demo_engine, read, tmp_path, monkeypatch):
    import facilitation.config as config

    monkeypatch.setattr(config, "EXPORTS_DIR", tmp_path / "exports")
    trajectory_id, _ = _demo(read)
    at = app("pages/exporteren.py", staff=True, traject=str(trajectory_id))
    assert not at.exception
    next(b for b in at.button if b.label == "Nota aan het college (Word)").click().run()
    assert not at.exception
    written = list((tmp_path / "exports").glob("*.docx"))
    assert len(written) == 1 and written[0].stat().st_size > 5_000
    assert any(getattr(e, "label", None) == "Downloaden" for e in at.get("download_button"))


def test_the_college_note_names_the_sources_of_a_goal_but_not_a_hidden_one(demo_engine, read, write):
    import io

    import docx

    from facilitation import college_note

    trajectory_id, operational_id = _demo(read)
    with write() as s:
        shown = s.scalars(select(Contribution).where(Contribution.text.like("Een gemeente waar elk kind%"))).one()
        hidden = s.scalars(select(Contribution).where(Contribution.text.like("Onze zoon mocht gratis%"))).one()
        goal.link_sources(s, goal_id=operational_id, contribution_ids=[shown.id, hidden.id])
        contribution.set_hidden(s, contribution_id=hidden.id, hidden=True)
    with read() as s:
        document = docx.Document(io.BytesIO(college_note.build_college_note(s, trajectory_id=trajectory_id)))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Geïnspireerd door: “Een gemeente waar elk kind kan sporten" in text
    assert "Onze zoon mocht gratis mee" not in text
