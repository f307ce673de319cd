"""The data model of a trajectory, named as the roadmap (seed 003) names things.

Anonymity is built into the schema: no table has a column for a participant's name, phone number,
e-mail, IP address or user agent. A parent in the stuurgroep is a count and a role. Phones are
known only by a random device token, and only where the roadmap needs one (one ballot per device,
editing one's own answer).
"""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Enum,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    false,
    func,
    select,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    metadata = MetaData(
        naming_convention={
            "ix": "ix_%(column_0_label)s",
            "uq": "uq_%(table_name)s_%(column_0_name)s",
            "ck": "ck_%(table_name)s_%(column_0_name)s",
            "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
            "pk": "pk_%(table_name)s",
        }
    )


def _enum(cls: type[enum.Enum]) -> Enum:
    """Store an enum by its value as a short string, checked by the database."""
    return Enum(
        cls,
        native_enum=False,
        create_constraint=True,
        length=24,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class ParticipationMode(str, enum.Enum):
    DIRECT = "direct"  # parents sit in every stuurgroep meeting
    INDIRECT = "indirect"  # a parallel parent track presents at stuurgroep meeting 3


class MemberRole(str, enum.Enum):
    EXTERNE_BEGELEIDER = "externe_begeleider"
    COORDINATOR = "coordinator"
    VOORZITTER = "voorzitter"
    SCHEPEN = "schepen"
    MEDEWERKER = "medewerker"
    PARTNER = "partner"
    OUDER = "ouder"
    ERVARINGSDESKUNDIGE = "ervaringsdeskundige"
    VERTROUWENSPERSOON = "vertrouwenspersoon"


class SessionKind(str, enum.Enum):
    STUURGROEP = "stuurgroep"
    OUDERGROEP = "oudergroep"
    FOCUSGROEP = "focusgroep"
    WERKGROEP = "werkgroep"
    SIGNAALGROEP = "signaalgroep"


class SessionState(str, enum.Enum):
    PLANNED = "planned"
    OPEN = "open"
    CLOSED = "closed"


class ExerciseState(str, enum.Enum):
    WAITING = "waiting"
    OPEN = "open"
    CLOSED = "closed"


class Channel(str, enum.Enum):
    PHONE = "phone"
    FACILITATOR = "facilitator"  # said aloud, typed in by the facilitator
    PAPER = "paper"


class ParticipantGroup(str, enum.Enum):
    """What a participant may say about themselves ("Ik ben ..."), always optional."""

    OUDER = "ouder"
    PROFESSIONAL = "professional"
    BELEID = "beleid"
    ZEG_IK_LIEVER_NIET = "zeg_ik_liever_niet"


class VoteMethod(str, enum.Enum):
    DOTS = "dots"
    RANKING = "ranking"
    POINTS = "points"


class RoundState(str, enum.Enum):
    OPEN = "open"
    CLOSED = "closed"


class PriorityKind(str, enum.Enum):
    STRUCTUREEL = "structureel"  # tackles poverty structurally and proactively
    MILDEREND = "milderend"  # softens its consequences for children


class GoalLevel(str, enum.Enum):
    STRATEGISCH = "strategisch"
    OPERATIONEEL = "operationeel"


class ActionStatus(str, enum.Enum):
    GEPLAND = "gepland"
    BEZIG = "bezig"
    KLAAR = "klaar"
    UITGESTELD = "uitgesteld"


class IndicatorKind(str, enum.Enum):
    OUTPUT = "output"
    OUTCOME = "outcome"


class Trajectory(Base):
    """One gemeente's trajectory for one policy period."""

    __tablename__ = "trajectory"

    id: Mapped[int] = mapped_column(primary_key=True)
    gemeente: Mapped[str] = mapped_column(String(120))
    period_start: Mapped[int] = mapped_column(Integer)
    period_end: Mapped[int] = mapped_column(Integer)
    participation_mode: Mapped[ParticipationMode] = mapped_column(_enum(ParticipationMode))
    is_demo: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now)
    # The unguessable part of the parents' public page "wat we met jullie inbreng deden"
    # (/terugkoppeling?t=...): a link to share, never an id that can be counted through.
    public_token: Mapped[str | None] = mapped_column(String(32), unique=True)

    members: Mapped[list[StuurgroepMember]] = relationship(
        back_populates="trajectory", cascade="all, delete-orphan"
    )
    sessions: Mapped[list[Session]] = relationship(
        back_populates="trajectory", cascade="all, delete-orphan"
    )
    domain_sets: Mapped[list[DomainSet]] = relationship(
        back_populates="trajectory", cascade="all, delete-orphan"
    )

    __table_args__ = (UniqueConstraint("gemeente", "period_start", name="uq_trajectory_gemeente_period"),)


class StuurgroepMember(Base):
    """A seat in the stuurgroep by role; parents are a count, never a name."""

    __tablename__ = "stuurgroep_member"

    id: Mapped[int] = mapped_column(primary_key=True)
    trajectory_id: Mapped[int] = mapped_column(ForeignKey("trajectory.id", ondelete="CASCADE"), index=True)
    role: Mapped[MemberRole] = mapped_column(_enum(MemberRole))
    organisation: Mapped[str | None] = mapped_column(String(160))
    sector: Mapped[str | None] = mapped_column(String(80))  # of a partner organisation: onderwijs, welzijn, ...
    count: Mapped[int] = mapped_column(Integer, default=1)

    trajectory: Mapped[Trajectory] = relationship(back_populates="members")


class InventoryItem(Base):
    """Omgevingsanalyse (step 2): an existing action or partner in the gemeente, per domain."""

    __tablename__ = "inventory_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    trajectory_id: Mapped[int] = mapped_column(ForeignKey("trajectory.id", ondelete="CASCADE"), index=True)
    domain: Mapped[str] = mapped_column(String(160))
    what: Mapped[str] = mapped_column(Text)
    partners: Mapped[str | None] = mapped_column(Text)
    note: Mapped[str | None] = mapped_column(Text)


class OwnQuestion(Base):
    """A question the facilitator wrote for this trajectory (a focus group, a werkgroep), used in a
    session like a catalogue exercise under the key "eigen-<id>". Dutch is required; English and
    French fall back to Dutch."""

    __tablename__ = "own_question"

    id: Mapped[int] = mapped_column(primary_key=True)
    trajectory_id: Mapped[int] = mapped_column(ForeignKey("trajectory.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(24), default="open")  # open, story or dream
    title: Mapped[str] = mapped_column(String(200))
    question_nl: Mapped[str] = mapped_column(Text)
    question_en: Mapped[str | None] = mapped_column(Text)
    question_fr: Mapped[str | None] = mapped_column(Text)
    parent_question_nl: Mapped[str] = mapped_column(Text)
    parent_question_en: Mapped[str | None] = mapped_column(Text)
    parent_question_fr: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now)


class Session(Base):
    """A meeting of the trajectory: stuurgroep, oudergroep, focusgroep, werkgroep, signaalgroep."""

    __tablename__ = "session"

    id: Mapped[int] = mapped_column(primary_key=True)
    trajectory_id: Mapped[int] = mapped_column(ForeignKey("trajectory.id", ondelete="CASCADE"), index=True)
    kind: Mapped[SessionKind] = mapped_column(_enum(SessionKind))
    number: Mapped[int | None] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(200))
    # What the phones call the meeting, per language (the title above is for staff and may say
    # "armoede"); empty: the phone says a neutral "Samen in gesprek".
    phone_title_nl: Mapped[str | None] = mapped_column(String(120))
    phone_title_en: Mapped[str | None] = mapped_column(String(120))
    phone_title_fr: Mapped[str | None] = mapped_column(String(120))
    # Retention: once the college approved the minutes, the raw answer texts go after RETENTION_DAYS
    # (facilitation/retention.py); counts, domains and the documents stay.
    minutes_approved_on: Mapped[dt.date | None] = mapped_column(Date)
    texts_removed_on: Mapped[dt.date | None] = mapped_column(Date)
    roadmap_step: Mapped[str] = mapped_column(String(40))
    template_id: Mapped[str | None] = mapped_column(String(60))
    scheduled_on: Mapped[dt.date | None] = mapped_column(Date)
    join_code: Mapped[str | None] = mapped_column(String(12), unique=True)
    state: Mapped[SessionState] = mapped_column(_enum(SessionState), default=SessionState.PLANNED)
    facilitator: Mapped[str | None] = mapped_column(String(120))  # the login name of the begeleider
    # What the projector and the phones show now; the facilitator moves it.
    current_exercise_id: Mapped[int | None] = mapped_column(
        ForeignKey("session_exercise.id", ondelete="SET NULL", use_alter=True)
    )
    show_answers: Mapped[bool] = mapped_column(Boolean, default=True)  # on the projector
    premoderation: Mapped[bool] = mapped_column(Boolean, default=False)  # answers wait for approval

    trajectory: Mapped[Trajectory] = relationship(back_populates="sessions")
    attendance: Mapped[list[Attendance]] = relationship(
        back_populates="session", cascade="all, delete-orphan", order_by="Attendance.id"
    )
    exercises: Mapped[list[SessionExercise]] = relationship(
        back_populates="session",
        cascade="all, delete-orphan",
        order_by="SessionExercise.position",
        foreign_keys="SessionExercise.session_id",
    )


class Attendance(Base):
    """Who came to a meeting: a count per role, never names (parents are a count too)."""

    __tablename__ = "attendance"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("session.id", ondelete="CASCADE"), index=True)
    role: Mapped[MemberRole] = mapped_column(_enum(MemberRole))
    count: Mapped[int] = mapped_column(Integer, default=0)

    session: Mapped[Session] = relationship(back_populates="attendance")

    __table_args__ = (UniqueConstraint("session_id", "role", name="uq_attendance_session_role"),)


class SessionExercise(Base):
    """An exercise of exercises/ai_questions.yaml, placed in a session's agenda."""

    __tablename__ = "session_exercise"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("session.id", ondelete="CASCADE"), index=True)
    exercise_key: Mapped[str] = mapped_column(String(60))
    position: Mapped[int] = mapped_column(Integer)
    state: Mapped[ExerciseState] = mapped_column(_enum(ExerciseState), default=ExerciseState.WAITING)
    opened_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    closed_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))

    session: Mapped[Session] = relationship(back_populates="exercises", foreign_keys=[session_id])
    contributions: Mapped[list[Contribution]] = relationship(
        back_populates="exercise", cascade="all, delete-orphan"
    )


class Participant(Base):
    """A phone in a session, known only by a hash of the random token in its join link.

    It keeps what the person chose on the first screen (language, "Ik ben ..."), so a reload or a
    lost connection continues where it was. Never a name, number, IP address or user agent.
    """

    __tablename__ = "participant"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("session.id", ondelete="CASCADE"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64))
    participant_group: Mapped[ParticipantGroup | None] = mapped_column(_enum(ParticipantGroup))
    language: Mapped[str] = mapped_column(String(5), default="nl")
    joined_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now)

    __table_args__ = (UniqueConstraint("session_id", "token_hash", name="uq_participant_session_token"),)


class FailedJoin(Base):
    """A wrong join code, counted to slow down guessing. The client key is the hash of a browser
    tab's id, which dies with the tab; no address is kept."""

    __tablename__ = "failed_join"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_key: Mapped[str] = mapped_column(String(64), index=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now, index=True)


class Contribution(Base):
    """What someone said or typed in answer to an exercise. No identity of any kind."""

    __tablename__ = "contribution"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_exercise_id: Mapped[int] = mapped_column(
        ForeignKey("session_exercise.id", ondelete="CASCADE"), index=True
    )
    text: Mapped[str] = mapped_column(Text)
    channel: Mapped[Channel] = mapped_column(_enum(Channel), default=Channel.PHONE)
    participant_group: Mapped[ParticipantGroup | None] = mapped_column(_enum(ParticipantGroup))
    hidden: Mapped[bool] = mapped_column(Boolean, default=False)
    approved: Mapped[bool] = mapped_column(Boolean, default=True)  # False while pre-moderation holds it
    pinned: Mapped[bool] = mapped_column(Boolean, default=False)
    participant_id: Mapped[int | None] = mapped_column(
        ForeignKey("participant.id", ondelete="SET NULL"), index=True
    )
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("contribution.id", ondelete="SET NULL"))
    domain_id: Mapped[int | None] = mapped_column(ForeignKey("domain.id", ondelete="SET NULL"), index=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now)
    updated_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))

    exercise: Mapped[SessionExercise] = relationship(back_populates="contributions")
    elements: Mapped[list[EssentialElement]] = relationship(
        back_populates="contribution", cascade="all, delete-orphan", order_by="EssentialElement.position"
    )
    domain: Mapped[Domain | None] = relationship()

    # One answer per phone and question, also when two tabs of one phone send at once; answers
    # typed in by the facilitator have no participant and are not limited.
    # (A unique index, not a constraint: SQLite adds it without rebuilding the table.)
    __table_args__ = (
        Index("uq_contribution_exercise_participant", "session_exercise_id", "participant_id", unique=True),
    )


class EssentialElement(Base):
    """An essential element of a casus ("wat maakte het verschil?") or of a droom ("onmisbaar")."""

    __tablename__ = "essential_element"

    id: Mapped[int] = mapped_column(primary_key=True)
    contribution_id: Mapped[int] = mapped_column(ForeignKey("contribution.id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)
    domain_id: Mapped[int | None] = mapped_column(ForeignKey("domain.id", ondelete="SET NULL"), index=True)

    contribution: Mapped[Contribution] = relationship(back_populates="elements")
    domain: Mapped[Domain | None] = relationship()


class DomainSet(Base):
    """The policy or life domains a trajectory groups answers into (copied from a shipped list)."""

    __tablename__ = "domain_set"

    id: Mapped[int] = mapped_column(primary_key=True)
    trajectory_id: Mapped[int] = mapped_column(ForeignKey("trajectory.id", ondelete="CASCADE"), index=True)
    source_key: Mapped[str | None] = mapped_column(String(60))
    name: Mapped[str] = mapped_column(String(160))

    trajectory: Mapped[Trajectory] = relationship(back_populates="domain_sets")
    domains: Mapped[list[Domain]] = relationship(
        back_populates="domain_set", cascade="all, delete-orphan", order_by="Domain.position"
    )


class Domain(Base):
    __tablename__ = "domain"

    id: Mapped[int] = mapped_column(primary_key=True)
    domain_set_id: Mapped[int] = mapped_column(ForeignKey("domain_set.id", ondelete="CASCADE"), index=True)
    key: Mapped[str | None] = mapped_column(String(60))
    name: Mapped[str] = mapped_column(String(160))
    icon: Mapped[str] = mapped_column(String(16), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    is_priority: Mapped[bool] = mapped_column(Boolean, default=False)
    priority_kind: Mapped[PriorityKind | None] = mapped_column(_enum(PriorityKind))
    # Dutch lemmas that suggest an answer belongs here, space-separated; editable, shown with
    # every suggestion so the rule stays transparent.
    lemmas: Mapped[str] = mapped_column(Text, default="")

    domain_set: Mapped[DomainSet] = relationship(back_populates="domains")


class Werkgroep(Base):
    """The working group of one priority domain: roles and counts, never names."""

    __tablename__ = "werkgroep"

    id: Mapped[int] = mapped_column(primary_key=True)
    domain_id: Mapped[int] = mapped_column(ForeignKey("domain.id", ondelete="CASCADE"), unique=True)
    members: Mapped[list[WerkgroepMember]] = relationship(
        back_populates="werkgroep", cascade="all, delete-orphan", order_by="WerkgroepMember.id"
    )


class WerkgroepMember(Base):
    __tablename__ = "werkgroep_member"

    id: Mapped[int] = mapped_column(primary_key=True)
    werkgroep_id: Mapped[int] = mapped_column(ForeignKey("werkgroep.id", ondelete="CASCADE"), index=True)
    role: Mapped[MemberRole] = mapped_column(_enum(MemberRole))
    organisation: Mapped[str | None] = mapped_column(String(160))
    count: Mapped[int] = mapped_column(Integer, default=1)

    werkgroep: Mapped[Werkgroep] = relationship(back_populates="members")


class VoteRound(Base):
    """A vote on the domains of a set, inside one exercise of a session."""

    __tablename__ = "vote_round"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_exercise_id: Mapped[int] = mapped_column(
        ForeignKey("session_exercise.id", ondelete="CASCADE"), index=True
    )
    domain_set_id: Mapped[int] = mapped_column(ForeignKey("domain_set.id", ondelete="CASCADE"))
    method: Mapped[VoteMethod] = mapped_column(_enum(VoteMethod), default=VoteMethod.DOTS)
    budget: Mapped[int] = mapped_column(Integer, default=3)  # dots, ranks or points per device
    max_per_domain: Mapped[int] = mapped_column(Integer, default=2)
    state: Mapped[RoundState] = mapped_column(_enum(RoundState), default=RoundState.OPEN)
    results_hidden: Mapped[bool] = mapped_column(Boolean, default=False)
    # The round whose result decided the priority domains (marked by the facilitator); the note to
    # the college reports this one, not simply the last round.
    deciding: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    opened_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now)
    closed_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))

    ballots: Mapped[list[Ballot]] = relationship(back_populates="round", cascade="all, delete-orphan")
    domain_set: Mapped[DomainSet] = relationship()


class Ballot(Base):
    """One device's ballot in a round, keyed by a hash of its device token; a paper or counted-in
    ballot has none."""

    __tablename__ = "ballot"

    id: Mapped[int] = mapped_column(primary_key=True)
    vote_round_id: Mapped[int] = mapped_column(ForeignKey("vote_round.id", ondelete="CASCADE"), index=True)
    device_token: Mapped[str | None] = mapped_column(String(64))
    channel: Mapped[Channel] = mapped_column(_enum(Channel), default=Channel.PHONE)
    participant_group: Mapped[ParticipantGroup | None] = mapped_column(_enum(ParticipantGroup))
    cast_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now)

    round: Mapped[VoteRound] = relationship(back_populates="ballots")
    allocations: Mapped[list[BallotAllocation]] = relationship(
        back_populates="ballot", cascade="all, delete-orphan"
    )

    __table_args__ = (UniqueConstraint("vote_round_id", "device_token", name="uq_ballot_round_device"),)


class BallotAllocation(Base):
    """Dots, a rank or points that one ballot gives one domain."""

    __tablename__ = "ballot_allocation"

    id: Mapped[int] = mapped_column(primary_key=True)
    ballot_id: Mapped[int] = mapped_column(ForeignKey("ballot.id", ondelete="CASCADE"), index=True)
    domain_id: Mapped[int] = mapped_column(ForeignKey("domain.id", ondelete="CASCADE"))
    amount: Mapped[int] = mapped_column(Integer)

    ballot: Mapped[Ballot] = relationship(back_populates="allocations")


class Goal(Base):
    """A strategic goal of a priority domain, or an operational (SMART) goal under one."""

    __tablename__ = "goal"

    id: Mapped[int] = mapped_column(primary_key=True)
    trajectory_id: Mapped[int] = mapped_column(ForeignKey("trajectory.id", ondelete="CASCADE"), index=True)
    domain_id: Mapped[int | None] = mapped_column(ForeignKey("domain.id", ondelete="SET NULL"))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("goal.id", ondelete="CASCADE"))
    level: Mapped[GoalLevel] = mapped_column(_enum(GoalLevel))
    text: Mapped[str] = mapped_column(Text)
    deadline: Mapped[dt.date | None] = mapped_column(Date)
    owner: Mapped[str | None] = mapped_column(String(160))
    # SMART G: when it was agreed and by which roles; R: the owner (above) and the people and means.
    agreed_on: Mapped[dt.date | None] = mapped_column(Date)
    agreed_by: Mapped[str | None] = mapped_column(String(240))
    means: Mapped[str | None] = mapped_column(Text)
    version: Mapped[int] = mapped_column(Integer, default=1)

    domain: Mapped[Domain | None] = relationship()
    children: Mapped[list[Goal]] = relationship(cascade="all, delete-orphan")
    actions: Mapped[list[Action]] = relationship(back_populates="goal", cascade="all, delete-orphan")

    __mapper_args__ = {"version_id_col": version}


class GoalSource(Base):
    """What inspired a goal: a contribution or an essential element, so the coordinator can show
    parents what became of their words (a hidden contribution is never shown as a source)."""

    __tablename__ = "goal_source"

    id: Mapped[int] = mapped_column(primary_key=True)
    goal_id: Mapped[int] = mapped_column(ForeignKey("goal.id", ondelete="CASCADE"), index=True)
    contribution_id: Mapped[int | None] = mapped_column(ForeignKey("contribution.id", ondelete="CASCADE"))
    element_id: Mapped[int | None] = mapped_column(ForeignKey("essential_element.id", ondelete="CASCADE"))


class Action(Base):
    __tablename__ = "action"

    id: Mapped[int] = mapped_column(primary_key=True)
    goal_id: Mapped[int] = mapped_column(ForeignKey("goal.id", ondelete="CASCADE"), index=True)
    what: Mapped[str] = mapped_column(Text)
    owner: Mapped[str | None] = mapped_column(String(160))
    partners: Mapped[str | None] = mapped_column(Text)
    start_on: Mapped[dt.date | None] = mapped_column(Date)
    end_on: Mapped[dt.date | None] = mapped_column(Date)
    means: Mapped[str | None] = mapped_column(Text)
    expected_result: Mapped[str | None] = mapped_column(Text)
    status: Mapped[ActionStatus] = mapped_column(_enum(ActionStatus), default=ActionStatus.GEPLAND)
    version: Mapped[int] = mapped_column(Integer, default=1)

    goal: Mapped[Goal] = relationship(back_populates="actions")

    __mapper_args__ = {"version_id_col": version}


class Indicator(Base):
    """An output or outcome indicator of a goal or an action."""

    __tablename__ = "indicator"

    id: Mapped[int] = mapped_column(primary_key=True)
    goal_id: Mapped[int | None] = mapped_column(ForeignKey("goal.id", ondelete="CASCADE"), index=True)
    action_id: Mapped[int | None] = mapped_column(ForeignKey("action.id", ondelete="CASCADE"), index=True)
    kind: Mapped[IndicatorKind] = mapped_column(_enum(IndicatorKind))
    name: Mapped[str] = mapped_column(String(240))
    unit: Mapped[str | None] = mapped_column(String(40))
    baseline: Mapped[float | None] = mapped_column(Float)
    target: Mapped[float | None] = mapped_column(Float)
    deadline: Mapped[dt.date | None] = mapped_column(Date)  # when the target should be reached


class Measurement(Base):
    """A value of an indicator at a moment: how the effect is followed over time."""

    __tablename__ = "measurement"

    id: Mapped[int] = mapped_column(primary_key=True)
    indicator_id: Mapped[int] = mapped_column(ForeignKey("indicator.id", ondelete="CASCADE"), index=True)
    measured_on: Mapped[dt.date] = mapped_column(Date)
    value: Mapped[float] = mapped_column(Float)
    note: Mapped[str | None] = mapped_column(Text)


def _next_vision_number(context) -> int:  # noqa: ANN001 - SQLAlchemy's execution context
    """The number after the trajectory's newest version, for a version stored without one (also
    for several versions of one trajectory inserted in one statement)."""
    trajectory_id = context.get_current_parameters()["trajectory_id"]
    given = context.__dict__.setdefault("_vision_numbers", {})
    if trajectory_id not in given:
        given[trajectory_id] = context.connection.scalar(
            select(func.max(VisionVersion.number)).where(VisionVersion.trajectory_id == trajectory_id)
        ) or 0
    given[trajectory_id] += 1
    return given[trajectory_id]


class VisionVersion(Base):
    """One saved version of the visie (the "wat" and the "hoe") and the missie."""

    __tablename__ = "vision_version"

    id: Mapped[int] = mapped_column(primary_key=True)
    trajectory_id: Mapped[int] = mapped_column(ForeignKey("trajectory.id", ondelete="CASCADE"), index=True)
    visie_wat: Mapped[str] = mapped_column(Text, default="")
    visie_hoe: Mapped[str] = mapped_column(Text, default="")
    missie: Mapped[str] = mapped_column(Text, default="")
    author: Mapped[str] = mapped_column(String(120))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now)
    approved: Mapped[bool] = mapped_column(Boolean, default=False)
    # 1, 2, 3, ... per trajectory: a save names the number it started from, so a second editor
    # cannot overwrite the first without seeing it (two saves of the same number cannot both land).
    number: Mapped[int] = mapped_column(Integer, default=lambda context: _next_vision_number(context))

    __table_args__ = (Index("uq_vision_version_trajectory_number", "trajectory_id", "number", unique=True),)


class ContextIndicator(Base):
    """An omgevingsanalyse figure, compared with arrondissement, provincie and Vlaams gewest."""

    __tablename__ = "context_indicator"

    id: Mapped[int] = mapped_column(primary_key=True)
    trajectory_id: Mapped[int] = mapped_column(ForeignKey("trajectory.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    year: Mapped[int | None] = mapped_column(Integer)
    unit: Mapped[str | None] = mapped_column(String(40))
    value_gemeente: Mapped[float | None] = mapped_column(Float)
    value_arrondissement: Mapped[float | None] = mapped_column(Float)
    value_provincie: Mapped[float | None] = mapped_column(Float)
    value_vlaams_gewest: Mapped[float | None] = mapped_column(Float)
    source: Mapped[str | None] = mapped_column(String(200))


class StaffAccount(Base):
    """The account of a begeleider, coördinator or beheerder (parents never have one). The password
    is kept only as a bcrypt hash. Every process reads the accounts here, so all see the same."""

    __tablename__ = "staff_account"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(32), unique=True)
    password_hash: Mapped[str] = mapped_column(String(128))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now)
    # "Afmelden", a new password or a removed role ends this account's logins everywhere: a login
    # cookie issued before logged_out_at (seconds since 1970) no longer counts, and a browser tab
    # that logged in at an older generation is logged out at its next run.
    logged_out_at: Mapped[float] = mapped_column(Float, default=0.0)
    generation: Mapped[int] = mapped_column(Integer, default=0)

    roles: Mapped[list[StaffRole]] = relationship(
        cascade="all, delete-orphan", lazy="selectin", order_by="StaffRole.role"
    )
    assignments: Mapped[list[StaffAssignment]] = relationship(cascade="all, delete-orphan")


class StaffRole(Base):
    """One role of an account: facilitator (externe begeleider), coordinator or admin (beheerder)."""

    __tablename__ = "staff_role"

    account_id: Mapped[int] = mapped_column(ForeignKey("staff_account.id", ondelete="CASCADE"), primary_key=True)
    role: Mapped[str] = mapped_column(String(24), primary_key=True)


class StaffAssignment(Base):
    """A begeleider or coördinator belongs to this trajectory: they see it and open it. An admin
    sees every trajectory without one."""

    __tablename__ = "staff_assignment"

    account_id: Mapped[int] = mapped_column(ForeignKey("staff_account.id", ondelete="CASCADE"), primary_key=True)
    trajectory_id: Mapped[int] = mapped_column(
        ForeignKey("trajectory.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class InstallationSetting(Base):
    """A setting every process of one installation shares, such as the key that signs login cookies."""

    __tablename__ = "installation_setting"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
