"""Stuurgroep 3 in AppTest: grouping answers into domains, the vote on the phone and in the control
view, the priority domains and their werkgroepen."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from facilitation import anonymity, db, domain, vote
from facilitation import session as meetings
from facilitation.models import (
    Ballot,
    Contribution,
    Domain,
    DomainSet,
    ParticipantGroup,
    PriorityKind,
    VoteMethod,
    Werkgroep,
)
from tests.test_live_pages import app, texts


def test_grouping_page_lists_items_with_suggestions_and_assigns(demo_engine, stuurgroep_3):
    at = app("pages/groeperen.py", staff=True, traject=str(stuurgroep_3["trajectory"]))
    assert not at.exception
    page = texts(at)
    assert "Voorstel:" in page and "door de woorden:" in page
    with db.transaction(demo_engine) as s:
        item = next(i for i in domain.items_to_group(s, trajectory_id=stuurgroep_3["trajectory"],
                                                     domain_set_id=stuurgroep_3["set"]) if i.domain_id is None)
    select_box = at.selectbox(key=f"assign-{item.kind}-{item.id}")
    select_box.set_value(stuurgroep_3["domains"][4]).run()
    assert not at.exception
    with db.transaction(demo_engine) as s:
        grouped = next(i for i in domain.items_to_group(s, trajectory_id=stuurgroep_3["trajectory"],
                                                        domain_set_id=stuurgroep_3["set"]) if i.id == item.id
                       and i.kind == item.kind)
    assert grouped.domain_id == stuurgroep_3["domains"][4]


def test_a_custom_domain_can_be_added_and_a_duplicate_is_refused(demo_engine, stuurgroep_3):
    at = app("pages/groeperen.py", staff=True, traject=str(stuurgroep_3["trajectory"]))
    name_input = next(t for t in at.text_input if t.label == "Naam van het domein")
    name_input.input("Mobiliteit")
    next(b for b in at.button if b.label == "Toevoegen").click().run()
    assert not at.exception
    with db.transaction(demo_engine) as s:
        names = [d.name for d in s.get(DomainSet, stuurgroep_3["set"]).domains]
    assert names[-1] == "Mobiliteit"
    name_input = next(t for t in at.text_input if t.label == "Naam van het domein")
    name_input.input("wonen")
    next(b for b in at.button if b.label == "Toevoegen").click().run()
    assert [e.value for e in at.error]  # a Dutch message, nothing added
    with db.transaction(demo_engine) as s:
        assert len(s.get(DomainSet, stuurgroep_3["set"]).domains) == len(names)


def test_the_facilitator_opens_a_vote_and_counts_in_paper_dots(demo_engine, stuurgroep_3):
    at = app("pages/sessie.py", staff=True, sessie=str(stuurgroep_3["session"]))
    next(b for b in at.button if b.label == "Stemming openen").click().run()
    assert not at.exception
    with db.transaction(demo_engine) as s:
        vote_round = vote.current_round(s, session_exercise_id=stuurgroep_3["exercise"])
        assert vote_round.method is VoteMethod.DOTS and vote_round.budget == 3
    first = stuurgroep_3["domains"][0]
    at.number_input(key=f"paper-{vote_round.id}-{first}").set_value(2)
    next(b for b in at.button if b.label == "Meetellen").click().run()
    assert not at.exception
    with db.transaction(demo_engine) as s:
        paper = s.scalars(select(Ballot).where(Ballot.vote_round_id == vote_round.id)).one()
        assert paper.channel.value == "paper" and paper.device_token is None
    next(b for b in at.button if b.label == "Stemming sluiten").click().run()
    with db.transaction(demo_engine) as s:
        assert vote.results(s, vote_round_id=vote_round.id).state.value == "closed"


def test_the_projector_shows_vote_bars_when_results_are_visible(demo_engine, stuurgroep_3):
    with db.transaction(demo_engine, write=True) as s:
        round_id = vote.open_round(s, session_exercise_id=stuurgroep_3["exercise"], domain_set_id=stuurgroep_3["set"],
                                   results_hidden=True).id
    hidden = app("pages/scherm.py", staff=True, code=stuurgroep_3["code"])
    assert "De uitslag volgt als de stemming sluit." in texts(hidden)
    with db.transaction(demo_engine, write=True) as s:
        vote.close_round(s, vote_round_id=round_id)
    shown = app("pages/scherm.py", staff=True, code=stuurgroep_3["code"])
    assert not shown.exception
    assert "De uitslag volgt" not in texts(shown)


def test_the_beamer_header_follows_the_vote_round_not_the_question(demo_engine, stuurgroep_3):
    waiting = texts(app("pages/scherm.py", staff=True, code=stuurgroep_3["code"]))
    assert "De stemming begint zo." in waiting
    round_id = _round_with(demo_engine, stuurgroep_3, 3, closed=False)
    opened = texts(app("pages/scherm.py", staff=True, code=stuurgroep_3["code"]))
    assert "· 🟢 stemming open" in opened and "gesloten" not in opened
    with db.transaction(demo_engine, write=True) as s:
        vote.close_round(s, vote_round_id=round_id)  # the question itself stays open
    closed = texts(app("pages/scherm.py", staff=True, code=stuurgroep_3["code"]))
    assert "· 🔒 stemming gesloten" in closed and "🟢" not in closed


def test_priorities_with_a_warning_when_all_are_of_one_kind_and_a_werkgroep(demo_engine, stuurgroep_3):
    first, second = stuurgroep_3["domains"][:2]
    at = app("pages/prioriteiten.py", staff=True, traject=str(stuurgroep_3["trajectory"]))
    assert not at.exception
    at.multiselect[0].set_value([first, second]).run()
    at.radio(key=f"kind-{first}").set_value(PriorityKind.STRUCTUREEL)
    at.radio(key=f"kind-{second}").set_value(PriorityKind.STRUCTUREEL)
    next(b for b in at.button if b.label == "Prioriteiten bevestigen").click().run()
    assert not at.exception
    assert any("raadt aan" in w.value for w in at.warning)
    with db.transaction(demo_engine) as s:
        priorities = {d.id: d.priority_kind for d in s.scalars(select(Domain).where(Domain.is_priority.is_(True),
                                                              Domain.domain_set_id == stuurgroep_3["set"]))}
    assert priorities == {first: PriorityKind.STRUCTUREEL, second: PriorityKind.STRUCTUREEL}
    at.number_input(key=f"wg-{first}-ouder").set_value(3)
    at.number_input(key=f"wg-{first}-partner").set_value(2)
    at.text_input(key=f"wgo-{first}-partner").input("CAW, school")
    next(b for b in at.button if b.label == "Werkgroep bewaren").click().run()
    assert not at.exception
    with db.transaction(demo_engine) as s:
        group = s.scalars(select(Werkgroep).where(Werkgroep.domain_id == first)).one()
        assert sorted((m.role.value, m.organisation, m.count) for m in group.members) == [
            ("ouder", None, 3), ("partner", "CAW, school", 2)]


def test_hidden_contributions_are_not_offered_for_grouping(demo_engine, stuurgroep_3):
    with db.transaction(demo_engine) as s:
        hidden = s.scalars(select(Contribution).where(Contribution.hidden.is_(True))).first()
    page = texts(app("pages/groeperen.py", staff=True, traject=str(stuurgroep_3["trajectory"])))
    assert hidden.text not in page


def _parents_round(engine, stuurgroep_3, ballots: int) -> int:
    """An oudergroep on the same domains with a vote round of `ballots` parents' ballots."""
    with db.transaction(engine, write=True) as s:
        meeting = meetings.plan_session(s, trajectory_id=stuurgroep_3["trajectory"], template_id="oudergroep")
        exercise = next(e for e in meeting.exercises if e.exercise_key == "prioriteiten_stemming")
        round_id = vote.open_round(s, session_exercise_id=exercise.id, domain_set_id=stuurgroep_3["set"]).id
        for n in range(ballots):
            vote.cast_ballot(s, vote_round_id=round_id, dots={stuurgroep_3["domains"][n]: 1},
                             device_token=anonymity.new_device_token(), participant_group=ParticipantGroup.OUDER)
        return round_id


@pytest.mark.parametrize(("ballots", "said"), [(0, "nog geen stemmen"), (1, "nog maar 1 stem"),
                                               (2, "nog maar 2 stemmen")])
def test_too_few_parents_votes_are_explained_and_the_rest_of_the_page_stays(demo_engine, stuurgroep_3, ballots, said):
    _parents_round(demo_engine, stuurgroep_3, ballots)
    at = app("pages/prioriteiten.py", staff=True, traject=str(stuurgroep_3["trajectory"]))
    assert not at.exception and not at.error
    assert [i.value for i in at.info] == [
        f"De oudergroep heeft {said}: vanaf 3 vergelijken we de keuze van de ouders met die van de stuurgroep, "
        "zodat niemand herkenbaar is."]
    assert not at.dataframe  # no comparison table
    assert [h.value for h in at.header] == ["Uitslag van de stemming", "Kiezen", "Werkgroepen"]
    assert at.multiselect(key="priorities").placeholder == "Kies 2 of 3 domeinen"
    assert any(b.label == "Prioriteiten bevestigen" for b in at.button)


def test_with_three_parents_votes_the_two_tracks_are_compared(demo_engine, stuurgroep_3):
    _parents_round(demo_engine, stuurgroep_3, 3)
    at = app("pages/prioriteiten.py", staff=True, traject=str(stuurgroep_3["trajectory"]))
    assert not at.exception and not at.info
    table = at.dataframe[0].value
    assert list(table.columns) == ["Domein", "Ouders", "Stuurgroep", "Verschil"] and len(table) == 5
    assert "Ouders: Oudergroep · stippen · " in texts(at) and " · 3 stemmen. Stuurgroep: Stuurgroep 3 · " in texts(at)


def test_the_facilitator_marks_the_deciding_round(demo_engine, stuurgroep_3):
    with db.transaction(demo_engine, write=True) as s:
        held = vote.deciding_round(s, trajectory_id=stuurgroep_3["trajectory"])  # the demo marked its vote
        again = vote.open_round(s, session_exercise_id=stuurgroep_3["exercise"], domain_set_id=stuurgroep_3["set"])
        vote.cast_ballot(s, vote_round_id=again.id, dots={stuurgroep_3["domains"][4]: 1}, device_token=None)
        again = again.id
    at = app("pages/prioriteiten.py", staff=True, traject=str(stuurgroep_3["trajectory"]))
    assert at.selectbox(key="shown-round").value == held.id  # the deciding round first, not the newest
    assert "Deze stemming besliste over de prioritaire domeinen" in texts(at)
    at.selectbox(key="shown-round").set_value(again).run()
    button = next(b for b in at.button if b.label == "Deze stemming besliste")
    assert button.disabled  # still open
    with db.transaction(demo_engine, write=True) as s:
        vote.close_round(s, vote_round_id=again)
    at.run()
    next(b for b in at.button if b.label == "Deze stemming besliste").click().run()
    assert not at.exception and not at.error
    with db.transaction(demo_engine) as s:
        assert vote.deciding_round(s, trajectory_id=stuurgroep_3["trajectory"]).id == again  # one per trajectory
    labels = at.selectbox(key="shown-round").options  # as shown, newest first
    assert [label.endswith("· ✅ beslissend") for label in labels] == [True, False]
    next(b for b in at.button if b.label == "Niet meer als beslissend aanduiden").click().run()
    with db.transaction(demo_engine) as s:
        assert vote.deciding_round(s, trajectory_id=stuurgroep_3["trajectory"]) is None


def _round_with(engine, stuurgroep_3, ballots: int, *, closed: bool = True) -> int:
    """A new round of stuurgroep 3 with one paper ballot and ballots - 1 phones."""
    with db.transaction(engine, write=True) as s:
        round_id = vote.open_round(s, session_exercise_id=stuurgroep_3["exercise"],
                                   domain_set_id=stuurgroep_3["set"]).id
        vote.cast_ballot(s, vote_round_id=round_id, dots={stuurgroep_3["domains"][0]: 2}, device_token=None)
        for n in range(1, ballots):
            vote.cast_ballot(s, vote_round_id=round_id, dots={stuurgroep_3["domains"][n]: 1},
                             device_token=anonymity.new_device_token(), participant_group=ParticipantGroup.OUDER)
        if closed:
            vote.close_round(s, vote_round_id=round_id)
        return round_id


TOO_FEW = "Nog te weinig stemmen om een uitslag te tonen: vanaf 3 stemmen."


@pytest.mark.parametrize("ballots", [1, 2])
def test_one_or_two_ballots_show_no_figure_on_any_screen(demo_engine, stuurgroep_3, ballots):
    round_id = _round_with(demo_engine, stuurgroep_3, ballots)
    beamer = app("pages/scherm.py", staff=True, code=stuurgroep_3["code"])
    control = app("pages/sessie.py", staff=True, sessie=str(stuurgroep_3["session"]))
    priorities = app("pages/prioriteiten.py", staff=True, traject=str(stuurgroep_3["trajectory"]))
    priorities.selectbox(key="shown-round").set_value(round_id).run()
    for at in (beamer, control, priorities):
        assert not at.exception
        assert not at.get("plotly_chart")
        assert TOO_FEW in texts(at)
        assert vote.SPLIT_NOTE not in texts(at)  # its "zodat niemand herkenbaar is" would be false
    assert f"🗳️ <b>{ballots}</b> {'stem' if ballots == 1 else 'stemmen'}</div>" in texts(beamer)  # no one's vote
    assert control.metric[0].value == str(ballots)


def test_from_three_ballots_the_bars_are_shown(demo_engine, stuurgroep_3):
    _round_with(demo_engine, stuurgroep_3, 3)
    beamer = app("pages/scherm.py", staff=True, code=stuurgroep_3["code"])
    assert not beamer.exception
    assert any('class="ss-bars"' in m.value for m in beamer.markdown)  # big HTML bars on the stage
    control = app("pages/sessie.py", staff=True, sessie=str(stuurgroep_3["session"]))
    assert not control.exception
    assert len(control.get("plotly_chart")) == 1
    for at in (beamer, control):
        assert TOO_FEW not in texts(at)
