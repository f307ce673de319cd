"""The werkgroep screens in AppTest: SMART goals with their sources, conflicts, the action plan."""

from __future__ import annotations

import datetime as dt

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
    at.text_area(key=f"edit-{operational_id}-text").input("Mijn versie: 85% tegen 2028")
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
    at.text_area(key="new-what").input("Huiswerkklas in de bib")
    at.text_input(key="new-owner").input("Bibliotheek")
    at.text_input(key="new-means").input("2 vrijwilligers")
    at.text_input(key="new-expected_result").input("30 kinderen maken hun huiswerk")
    next(b for b in at.button if b.label == "Actie bewaren").click().run()
    assert not at.exception
    with db.transaction(demo_engine) as s:
        added = s.scalars(select(Action).where(Action.what == "Huiswerkklas in de bib")).one()
    assert added.owner == "Bibliotheek" and added.goal_id == operational_id
    table = at.dataframe[0].value
    assert len(table) == 2
    added_row = table[table["Actie"] == "Huiswerkklas in de bib"].iloc[0]
    assert (added_row["Middelen"], added_row["Verwacht resultaat"]) == ("2 vrijwilligers",
                                                                        "30 kinderen maken hun huiswerk")


def test_the_smart_letters_follow_a_new_goal_as_it_is_typed_and_it_is_added(demo_engine, read):
    trajectory_id, operational_id = _demo(read)
    with read() as s:
        strategic_id = s.get(Goal, operational_id).parent_id
    at = app("pages/doelen.py", staff=True, traject=str(trajectory_id))
    at.text_area(key=f"new-{strategic_id}-text").input("Wij gaan de situatie verbeteren.").run()
    page = texts(at)
    assert "⏳ **Specifiek**" in page and "⏳ **Meetbaar**" in page
    at.text_area(key=f"new-{strategic_id}-text").input(
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

    from facilitation.documents import college_note

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


# --- editing and deleting what was made --------------------------------------------------------------


def test_the_g_and_r_fields_of_a_new_goal_make_the_letters_pass_without_words_in_the_text(demo_engine, read):
    trajectory_id, operational_id = _demo(read)
    with read() as s:
        strategic_id = s.get(Goal, operational_id).parent_id
    at = app("pages/doelen.py", staff=True, traject=str(trajectory_id))
    prefix = f"new-{strategic_id}"
    at.text_area(key=f"{prefix}-text").input("Tegen eind 2028 nemen 200 kinderen deel aan de speelpleinwerking.").run()
    page = texts(at)
    assert "⏳ **Gezamenlijk**" in page and "⏳ **Realiseerbaar**" in page
    at.date_input(key=f"{prefix}-agreed_on").set_value(dt.date(2026, 2, 10))
    at.text_input(key=f"{prefix}-agreed_by").input("werkgroep vrije tijd: jeugddienst, 3 ouders")
    at.text_input(key=f"{prefix}-owner").input("Jeugddienst")
    at.text_input(key=f"{prefix}-means").input("2 monitoren").run()
    page = texts(at)
    assert "✅ **Gezamenlijk**" in page and "✅ **Realiseerbaar**" in page
    at.button(key=f"add-op-{strategic_id}").click().run()
    assert not at.exception
    with read() as s:
        added = s.scalars(select(Goal).where(Goal.text.like("Tegen eind 2028 nemen 200 kinderen%"))).one()
    assert (added.agreed_on, added.agreed_by, added.owner, added.means) == (
        dt.date(2026, 2, 10), "werkgroep vrije tijd: jeugddienst, 3 ouders", "Jeugddienst", "2 monitoren")
    assert "Afgesproken op 10 februari 2026" in texts(at)  # shown under the goal


def test_an_operational_goal_is_edited_with_its_g_and_r_fields(demo_engine, read):
    trajectory_id, operational_id = _demo(read)
    at = app("pages/doelen.py", staff=True, traject=str(trajectory_id))
    prefix = f"edit-{operational_id}"
    at.text_input(key=f"{prefix}-agreed_by").input("stuurgroep")
    at.text_input(key=f"{prefix}-means").input("")
    at.text_area(key=f"{prefix}-text").input("Tegen eind 2027 krijgen 300 kinderen een vrijetijdspas.")
    at.button(key=f"save-{operational_id}").click().run()
    assert not at.exception
    with read() as s:
        stored = s.get(Goal, operational_id)
        assert (stored.text, stored.agreed_by, stored.means, stored.owner, stored.version) == (
            "Tegen eind 2027 krijgen 300 kinderen een vrijetijdspas.", "stuurgroep", None, "Jeugddienst", 2)
    assert "Tegen eind 2027 krijgen 300 kinderen een vrijetijdspas\\." in texts(at)


def test_a_strategic_goal_is_edited_and_deleted_only_after_confirmation(demo_engine, read):
    trajectory_id, operational_id = _demo(read)
    with read() as s:
        strategic_id = s.get(Goal, operational_id).parent_id
    at = app("pages/doelen.py", staff=True, traject=str(trajectory_id))
    at.text_area(key=f"edit-{strategic_id}-text").input("Elk kind kiest zijn vrije tijd")
    at.button(key=f"save-{strategic_id}").click().run()
    with read() as s:
        assert s.get(Goal, strategic_id).text == "Elk kind kiest zijn vrije tijd"
    at.button(key=f"delete-{strategic_id}").click().run()
    assert "met 1 operationele doelstelling en 1 actie eronder" in texts(at)
    with read() as s:
        assert s.get(Goal, strategic_id) is not None  # the first click only asks
    at.button(key=f"cancel-delete-{strategic_id}").click().run()
    assert not any(b.key == f"confirm-delete-{strategic_id}" for b in at.button)
    at.button(key=f"delete-{strategic_id}").click().run()
    at.button(key=f"confirm-delete-{strategic_id}").click().run()
    assert not at.exception
    with read() as s:
        assert s.get(Goal, strategic_id) is None and s.get(Goal, operational_id) is None
        assert s.scalars(select(Action)).all() == []
    assert "Elk kind kiest zijn vrije tijd" not in texts(at)


def test_deleting_a_goal_someone_else_changed_deletes_nothing(demo_engine, read, write):
    trajectory_id, operational_id = _demo(read)
    at = app("pages/doelen.py", staff=True, traject=str(trajectory_id))
    at.button(key=f"delete-{operational_id}").click().run()
    with write() as s:
        goal.update_goal(s, goal_id=operational_id, expected_version=1, text="Hun nieuwe versie met 90%")
    at.button(key=f"confirm-delete-{operational_id}").click().run()
    assert ("Iemand anders heeft deze operationele doelstelling intussen aangepast. Er is niets verwijderd."
            in texts(at).replace("\\", ""))
    with read() as s:
        assert s.get(Goal, operational_id).text == "Hun nieuwe versie met 90%"


def test_an_action_is_edited_and_deleted_after_confirmation(demo_engine, read):
    trajectory_id, _ = _demo(read)
    with read() as s:
        action_id = s.scalars(select(Action.id)).one()
    at = app("pages/actieplan.py", staff=True, traject=str(trajectory_id))
    at.text_input(key=f"means-{action_id}").input("€ 8.000 en 1 medewerker")
    at.text_input(key=f"expected_result-{action_id}").input("250 kinderen krijgen de pas zonder aanvraag")
    at.text_input(key=f"partners-{action_id}").input("")
    at.date_input(key=f"end-{action_id}").set_value(dt.date(2027, 12, 31))
    next(b for b in at.button if b.label == "Wijzigingen bewaren").click().run()
    assert not at.exception
    with read() as s:
        stored = s.get(Action, action_id)
        assert (stored.means, stored.expected_result, stored.partners, stored.end_on, stored.version) == (
            "€ 8.000 en 1 medewerker", "250 kinderen krijgen de pas zonder aanvraag", None, dt.date(2027, 12, 31), 2)
    [row] = at.dataframe[0].value.to_dict("records")
    assert (row["Middelen"], row["Verwacht resultaat"]) == ("€ 8.000 en 1 medewerker",
                                                            "250 kinderen krijgen de pas zonder aanvraag")
    at.button(key=f"delete-{action_id}").click().run()
    assert "Deze actie verwijderen" in texts(at)
    with read() as s:
        assert s.get(Action, action_id) is not None
    at.button(key=f"confirm-delete-{action_id}").click().run()
    assert not at.exception
    with read() as s:
        assert s.get(Action, action_id) is None
    assert "Nog geen acties" in texts(at)


def test_an_action_saved_from_an_old_screen_is_a_conflict(demo_engine, read, write):
    trajectory_id, _ = _demo(read)
    with read() as s:
        action_id = s.scalars(select(Action.id)).one()
    at = app("pages/actieplan.py", staff=True, traject=str(trajectory_id))
    with write() as s:
        goal.update_action(s, action_id=action_id, expected_version=1, what="Hun actie")
    at.text_area(key=f"what-{action_id}").input("Mijn actie")
    next(b for b in at.button if b.label == "Wijzigingen bewaren").click().run()
    page = texts(at)
    assert "Iemand anders heeft deze actie intussen aangepast" in page
    assert "Hun actie" in page and "Mijn actie" in page
    with read() as s:
        assert s.get(Action, action_id).what == "Hun actie"
