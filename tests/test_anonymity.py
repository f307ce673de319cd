"""Anonymity by construction (the promise on the first screen, DOMAIN.md "The people"): the
schema has no place for a name, phone number, e-mail, IP address or user agent; only ballots know
a random device token; moderation hides a contribution; what cannot be stored is refused.
"""

from __future__ import annotations

import re

import pytest
from sqlalchemy import func, inspect, select

from facilitation import contribution, trajectory
from facilitation import session as meetings
from facilitation.models import Base, Contribution, EssentialElement

IDENTITY_PARTS = {"name", "naam", "phone", "telefoon", "email", "mail", "ip", "address", "adres", "agent"}
# Longer words also caught inside a compound ("username", "telefoonnummer", "emailadres", "voornaam").
IDENTITY_INSIDE = re.compile(r"name|naam|phone|telefoon|mail|adres|address|agent")

# Labels of things, not of people: the gemeente of a trajectory and the names of domains, domain
# lists and indicators (omgevingsanalyse figures included).
NOT_A_PERSON = {
    ("trajectory", "gemeente"),
    ("domain", "name"),
    ("domain_set", "name"),
    ("indicator", "name"),
    ("context_indicator", "name"),
    ("installation_setting", "name"),  # the name of a setting, e.g. the login cookie key
    ("session", "phone_title_nl"),  # what the phones call a meeting
    ("session", "phone_title_en"),
    ("session", "phone_title_fr"),
    # The login of a facilitator or coordinator: staff have accounts, parents never do (and no
    # table of theirs refers to it).
    ("staff_account", "username"),
}


def _identity_like(column: str) -> bool:
    return bool(set(column.lower().split("_")) & IDENTITY_PARTS or IDENTITY_INSIDE.search(column.lower()))


def _columns(tables) -> set[tuple[str, str]]:
    return {(table, column) for table, columns in tables for column in columns}


def _model_columns() -> set[tuple[str, str]]:
    return _columns((t.name, [c.name for c in t.columns]) for t in Base.metadata.sorted_tables)


@pytest.mark.parametrize("column", ["name", "voornaam", "telefoonnummer", "email_adres", "ip", "ip_address",
                                    "user_agent", "username"])
def test_the_check_recognises_identity_columns(column):
    assert _identity_like(column)


@pytest.mark.parametrize("column", ["participant_group", "participation_mode", "session_exercise_id", "text"])
def test_the_check_leaves_other_columns_alone(column):
    assert not _identity_like(column)


def test_the_whitelisted_labels_exist():
    """A whitelist entry for a column that is gone would hide a new one of the same name."""
    assert _model_columns() >= NOT_A_PERSON


def test_no_table_has_a_column_for_someones_identity():
    offenders = sorted(c for c in _model_columns() - NOT_A_PERSON if _identity_like(c[1]))
    assert offenders == []


def test_the_migrated_database_has_no_column_for_someones_identity(engine):
    inspector = inspect(engine)
    columns = _columns((t, [c["name"] for c in inspector.get_columns(t)]) for t in inspector.get_table_names())
    offenders = sorted(c for c in columns - NOT_A_PERSON if _identity_like(c[1]))
    assert offenders == []


# Where the roadmap needs to recognise a phone: one ballot per device in a vote round, and a phone
# that reloads continuing as the same participant (only a hash of its token is kept there).
DEVICE_COLUMNS = {("ballot", "device_token"), ("participant", "token_hash")}
# A token that is no device's: the unguessable part of a trajectory's public page for parents.
PUBLIC_LINK_COLUMNS = {("trajectory", "public_token")}


def test_a_device_is_known_only_where_the_roadmap_needs_it():
    tokens = {c for c in _model_columns() if re.search(r"device|token", c[1])}
    assert tokens - PUBLIC_LINK_COLUMNS == DEVICE_COLUMNS


def test_a_ballot_knows_its_device_token_and_nothing_else_about_the_phone():
    ballot = {c for c in _model_columns() if c[0] == "ballot"}
    about_the_phone = {c for c in ballot if re.search(r"device|token|participant_id|client|cookie", c[1])}
    assert about_the_phone == {("ballot", "device_token")}


@pytest.mark.parametrize("table", [Contribution.__table__, EssentialElement.__table__])
def test_an_answer_cannot_be_traced_to_a_device(table):
    assert not [c.name for c in table.columns if re.search(r"device|token|session_id|cookie", c.name)]


@pytest.fixture
def exercise_id(write) -> int:
    with write() as s:
        t = trajectory.create_trajectory(s, gemeente="Geel", period_start=2025, period_end=2030)
        return meetings.plan_session(s, trajectory_id=t.id, template_id="stuurgroep_2").exercises[0].id


def test_a_hidden_contribution_is_not_shown_and_can_be_shown_again(write, read, exercise_id):
    with write() as s:
        kept = contribution.add_contribution(s, session_exercise_id=exercise_id, text="Een vaste contactpersoon")
        named = contribution.add_contribution(s, session_exercise_id=exercise_id, text="Marleen van nummer 12 ...")
        contribution.set_hidden(s, contribution_id=named.id, hidden=True)
    with read() as s:
        assert [c.id for c in contribution.visible_contributions(s, session_exercise_id=exercise_id)] == [kept.id]
    with write() as s:
        contribution.set_hidden(s, contribution_id=named.id, hidden=False)
    with read() as s:
        shown = contribution.visible_contributions(s, session_exercise_id=exercise_id)
        assert [c.id for c in shown] == [kept.id, named.id]


@pytest.mark.parametrize(
    ("text", "elements", "message"),
    [
        ("x" * 2001, (), "te lang: 2001 tekens"),
        ("", (), "nog leeg"),
        ("   \n\t ", (), "nog leeg"),
        ("Hulp aan huis", ("y" * 2001,), "te lang"),
    ],
    ids=["too-long", "empty", "only-whitespace", "element-too-long"],
)
def test_what_cannot_be_stored_is_refused_in_dutch_and_nothing_is_stored(
    write, read, exercise_id, text, elements, message
):
    with pytest.raises(contribution.ContributionError, match=message), write() as s:
        contribution.add_contribution(s, session_exercise_id=exercise_id, text=text, elements=elements)
    with read() as s:
        assert s.scalar(select(func.count(Contribution.id))) == 0
        assert s.scalar(select(func.count(EssentialElement.id))) == 0


def test_an_answer_of_exactly_the_maximum_length_is_kept_whole(write, read, exercise_id):
    text = "z" * contribution.MAX_LENGTH
    with write() as s:
        contribution.add_contribution(s, session_exercise_id=exercise_id, text=f"  {text}\n")
    with read() as s:
        assert s.scalars(select(Contribution.text)).all() == [text]
