"""The demo municipality: a trajectory far enough along that every screen has something real.

"Demogemeente" has a stuurgroep, a finished meeting 2 (casus and droom with essential elements,
some typed in by the facilitator, one hidden by moderation), a finished meeting 3 (answers grouped
into domains, a closed dot vote, two priority domains), an open focusgroep and a few goals.
Seeding is idempotent: a second run changes nothing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from facilitation import attendance, contribution, domain, goal, omgevingsanalyse, session as meetings, trajectory, vote
from facilitation import access, auth, evaluation
from facilitation.models import (
    Channel,
    ExerciseState,
    IndicatorKind,
    MemberRole,
    ParticipantGroup,
    ParticipationMode,
    PriorityKind,
    Session,
    SessionState,
    Trajectory,
)

DEMO_GEMEENTE = "Demogemeente"


@dataclass(frozen=True)
class DemoResult:
    trajectory_id: int
    join_code: str
    created: bool


MEMBERS = [
    (MemberRole.EXTERNE_BEGELEIDER, "Externe begeleiding", 1),
    (MemberRole.COORDINATOR, "Lokaal bestuur Demogemeente", 1),
    (MemberRole.VOORZITTER, "OCMW-voorzitter", 1),
    (MemberRole.SCHEPEN, "Schepen van sociale zaken", 1),
    (MemberRole.SCHEPEN, "Schepen van jeugd en onderwijs", 1),
    (MemberRole.MEDEWERKER, "Sociale dienst", 2),
    (MemberRole.PARTNER, "CAW", 1),
    (MemberRole.PARTNER, "Huis van het Kind", 1),
    (MemberRole.PARTNER, "Kind en Gezin", 1),
    (MemberRole.PARTNER, "Basisschool De Regenboog", 1),
    (MemberRole.PARTNER, "Woonmaatschappij", 1),
    (MemberRole.OUDER, None, 4),
    (MemberRole.ERVARINGSDESKUNDIGE, None, 1),
    (MemberRole.VERTROUWENSPERSOON, "Vertrouwenspersoon van de ouders", 1),
]
PARTNER_SECTORS = {"CAW": "welzijn", "Huis van het Kind": "welzijn", "Kind en Gezin": "gezondheid",
                   "Basisschool De Regenboog": "onderwijs", "Woonmaatschappij": "wonen"}

# Omgevingsanalyse, inventory of what exists: (domain, what, partners).
INVENTORY = [
    ("Onderwijs en vrije tijd", "UiTPAS met kansentarief voor sport, jeugdwerk en cultuur", "Vrijetijdsdienst, UiTPAS-regio"),
    ("Onderwijs en vrije tijd", "Huiswerkbegeleiding in de bibliotheek", "Bibliotheek, vrijwilligers"),
    ("Kinderopvang en opvoeding", "Inloopteam en opvoedingsondersteuning", "Huis van het Kind, Kind en Gezin"),
    ("Wonen", "Sociaal verhuurkantoor en premie voor renovatie", "Woonmaatschappij, OCMW"),
]

# Omgevingsanalyse (fictitious figures): gemeente beside arrondissement, provincie, Vlaams gewest.
OMGEVINGSANALYSE = [
    ("Geboorten in kansarme gezinnen (Kind en Gezin-index)", "%",
     {"gemeente": 14.2, "arrondissement": 11.8, "provincie": 12.5, "vlaams_gewest": 14.9}),
    ("Eenoudergezinnen met kinderen", "%",
     {"gemeente": 9.1, "arrondissement": 8.4, "provincie": 8.7, "vlaams_gewest": 9.5}),
    ("Leefloners met gezinslast", "per 1.000 inwoners",
     {"gemeente": 3.6, "arrondissement": 2.9, "provincie": 3.1, "vlaams_gewest": 3.3}),
    ("Verhoogde tegemoetkoming", "%",
     {"gemeente": 17.4, "arrondissement": 15.0, "provincie": 16.2, "vlaams_gewest": 17.9}),
]

# (text, essential elements, channel, group, hidden)
CASUS = [
    ("Toen mijn man wegging, stond ik er alleen voor met drie kinderen. De maatschappelijk werker "
     "kwam bij ons thuis en nam de tijd. Samen hebben we de rekeningen op een rij gezet.",
     ["Iemand die naar mij luisterde zonder te oordelen", "Hulp aan huis", "Eén vaste contactpersoon"],
     Channel.PHONE, ParticipantGroup.OUDER, False),
    ("Onze zoon mocht gratis mee op kamp met de jeugdbeweging. De leiding regelde het discreet, "
     "niemand wist het. Hij kwam thuis met nieuwe vrienden.",
     ["Discreet geregeld, geen stempel", "Vrije tijd voor het kind", "Vrienden maken"],
     Channel.FACILITATOR, ParticipantGroup.OUDER, False),
    ("Een gezin kreeg via de school een brugfiguur. Die hielp bij de inschrijving voor de "
     "studietoelage en ging mee naar het oudercontact.",
     ["Een brugfiguur tussen school en gezin", "Rechten automatisch toekennen"],
     Channel.PHONE, ParticipantGroup.PROFESSIONAL, False),
    ("De huisbaas wilde ons buitenzetten. Het sociaal verhuurkantoor vond op tijd een woning.",
     ["Snel een betaalbare woning", "Samenwerking tussen diensten"],
     Channel.PAPER, ParticipantGroup.OUDER, False),
    ("Dit gaat over mijn buurvrouw Marleen van nummer 12, die ...",
     [], Channel.PHONE, None, True),  # names a person: hidden by the facilitator
]

DROOM = [
    ("Een gemeente waar elk kind kan sporten en naar de muziekschool gaat, ook als het thuis krap is.",
     ["Vrije tijd betaalbaar voor elk kind"], Channel.PHONE, ParticipantGroup.OUDER, False),
    ("Eén loket waar je met al je vragen terecht kunt, en waar ze je bij naam kennen.",
     ["Eén toegankelijk loket", "Vertrouwen"], Channel.FACILITATOR, ParticipantGroup.OUDER, False),
    ("Goede, betaalbare woningen zonder schimmel, dicht bij school en werk.",
     ["Betaalbare en gezonde woningen"], Channel.PHONE, ParticipantGroup.BELEID, False),
    ("Ouders worden betrokken bij wat de gemeente beslist, niet achteraf.",
     ["Ouders spreken mee vanaf het begin"], Channel.PHONE, ParticipantGroup.PROFESSIONAL, False),
]

# (exercise, text, domain key, group)
STUURGROEP_3 = [
    ("ouders_erbij_horen", "Een inkomen waar je van kunt leven", "inkomen_gezondheid", ParticipantGroup.OUDER),
    ("ouders_erbij_horen", "Weten op welke hulp je recht hebt", "communicatie_netwerkvorming", ParticipantGroup.OUDER),
    ("ouders_erbij_horen", "Kinderopvang als je gaat werken of een opleiding volgt", "kinderopvang_opvoeding", ParticipantGroup.PROFESSIONAL),
    ("ouders_erbij_horen", "Een dak boven je hoofd dat je kunt betalen", "wonen", ParticipantGroup.OUDER),
    ("kinderen_erbij_horen", "Mee kunnen op schoolreis en naar de sportclub", "onderwijs_vrije_tijd", ParticipantGroup.OUDER),
    ("kinderen_erbij_horen", "Een rustige plek om huiswerk te maken", "wonen", ParticipantGroup.PROFESSIONAL),
    ("kinderen_erbij_horen", "Naar de tandarts kunnen", "inkomen_gezondheid", ParticipantGroup.BELEID),
    ("kinderen_erbij_horen", "Vrienden hebben en erbij horen op school", "onderwijs_vrije_tijd", ParticipantGroup.OUDER),
]

# Dots per ballot (domain key -> dots); the first six are phones, the last is counted in from paper.
BALLOTS = [
    ({"onderwijs_vrije_tijd": 2, "inkomen_gezondheid": 1}, ParticipantGroup.OUDER),
    ({"onderwijs_vrije_tijd": 1, "wonen": 2}, ParticipantGroup.OUDER),
    ({"inkomen_gezondheid": 2, "onderwijs_vrije_tijd": 1}, ParticipantGroup.OUDER),
    ({"onderwijs_vrije_tijd": 2, "communicatie_netwerkvorming": 1}, ParticipantGroup.PROFESSIONAL),
    ({"inkomen_gezondheid": 2, "kinderopvang_opvoeding": 1}, ParticipantGroup.BELEID),
    ({"inkomen_gezondheid": 1, "onderwijs_vrije_tijd": 1, "wonen": 1}, ParticipantGroup.PROFESSIONAL),
    ({"onderwijs_vrije_tijd": 1, "inkomen_gezondheid": 1, "wonen": 1}, None),
]

FOCUSGROEP = [
    "Een vrijetijdspas met korting, die je automatisch krijgt.",
    "De activiteiten bekendmaken via de school en de WhatsApp-groep van de klas.",
    "Een busje of fietsen om er te geraken.",
]


def find_demo(session: DbSession) -> Trajectory | None:
    return session.scalar(
        select(Trajectory).where(Trajectory.is_demo.is_(True), Trajectory.gemeente == DEMO_GEMEENTE)
    )


def add_demo_login(session: DbSession, *, trajectory_id: int) -> None:
    """The demo login, which belongs to the demo trajectory (an existing one keeps its password)."""
    if auth.get_account(session, username=auth.DEMO_USERNAME) is None:
        auth.add_user(session, username=auth.DEMO_USERNAME, password=auth.DEMO_PASSWORD,
                      roles=["facilitator", "coordinator"])
    access.assign(session, username=auth.DEMO_USERNAME, trajectory_id=trajectory_id)


def is_empty(session: DbSession) -> bool:
    return session.scalar(select(Trajectory.id).limit(1)) is None


def _open_join_code(session: DbSession, trajectory_id: int) -> str:
    code = session.scalar(
        select(Session.join_code)
        .where(Session.trajectory_id == trajectory_id, Session.state == SessionState.OPEN)
        .order_by(Session.id)
    )
    return code or ""


def _finish(meeting: Session) -> None:
    meeting.state = SessionState.CLOSED
    for exercise in meeting.exercises:
        exercise.state = ExerciseState.CLOSED


def _exercise_id(meeting: Session, key: str) -> int:
    return next(e.id for e in meeting.exercises if e.exercise_key == key)


def seed(session: DbSession, *, today: dt.date | None = None) -> DemoResult:
    """Create the demo municipality unless it exists; return its open session's join code."""
    existing = find_demo(session)
    if existing is not None:
        return DemoResult(existing.id, _open_join_code(session, existing.id), created=False)

    today = today or dt.date.today()
    start = today.year
    traj = trajectory.create_trajectory(
        session,
        gemeente=DEMO_GEMEENTE,
        period_start=start,
        period_end=start + 5,
        participation_mode=ParticipationMode.DIRECT,
        is_demo=True,
    )
    for role, organisation, count in MEMBERS:
        trajectory.add_member(session, trajectory_id=traj.id, role=role, organisation=organisation, count=count,
                              sector=PARTNER_SECTORS.get(organisation))
    for name, unit, values in OMGEVINGSANALYSE:
        omgevingsanalyse.add_indicator(session, trajectory_id=traj.id, name=name, year=start - 2, unit=unit,
                                       source="Demo (fictieve cijfers)", **values)
    for inventory_domain, what, partners in INVENTORY:
        omgevingsanalyse.add_inventory_item(session, trajectory_id=traj.id, domain=inventory_domain, what=what,
                                            partners=partners)
    domains = {d.key: d for d in domain.adopt_domain_set(session, trajectory_id=traj.id, source_key="roadmap").domains}

    meeting_1 = meetings.plan_session(session, trajectory_id=traj.id, template_id="stuurgroep_1",
                                      scheduled_on=today - dt.timedelta(days=70))
    attendance.set_attendance(session, session_id=meeting_1.id, counts={MemberRole.OUDER: 4})
    _finish(meeting_1)

    meeting_2 = meetings.plan_session(session, trajectory_id=traj.id, template_id="stuurgroep_2",
                                      scheduled_on=today - dt.timedelta(days=42))
    attendance.set_attendance(session, session_id=meeting_2.id, counts={MemberRole.OUDER: 4})
    meeting_2.facilitator = "demo"
    for key, answers in (("casus", CASUS), ("droom", DROOM)):
        exercise_id = _exercise_id(meeting_2, key)
        for text, elements, channel, group, hidden in answers:
            added = contribution.add_contribution(
                session, session_exercise_id=exercise_id, text=text, elements=elements,
                channel=channel, participant_group=group,
            )
            if hidden:
                contribution.set_hidden(session, contribution_id=added.id, hidden=True)
    _finish(meeting_2)

    meeting_3 = meetings.plan_session(session, trajectory_id=traj.id, template_id="stuurgroep_3",
                                      scheduled_on=today - dt.timedelta(days=14))
    attendance.set_attendance(session, session_id=meeting_3.id, counts={MemberRole.OUDER: 4})
    meeting_3.facilitator = "demo"
    for key, text, domain_key, group in STUURGROEP_3:
        added = contribution.add_contribution(
            session, session_exercise_id=_exercise_id(meeting_3, key), text=text, participant_group=group,
        )
        added.domain_id = domains[domain_key].id
    vote_round = vote.open_round(
        session,
        session_exercise_id=_exercise_id(meeting_3, "prioriteiten_stemming"),
        domain_set_id=next(iter(domains.values())).domain_set_id,
    )
    for index, (dots, group) in enumerate(BALLOTS):
        paper = group is None
        vote.cast_ballot(
            session,
            vote_round_id=vote_round.id,
            dots={domains[k].id: n for k, n in dots.items()},
            device_token=None if paper else f"demo-device-{index}",
            channel=Channel.PAPER if paper else Channel.PHONE,
            participant_group=group,
        )
    vote.close_round(session, vote_round_id=vote_round.id)
    vote.mark_deciding(session, vote_round_id=vote_round.id)  # the facilitator marks it on /prioriteiten
    domain.mark_priority(session, domain_id=domains["onderwijs_vrije_tijd"].id, kind=PriorityKind.STRUCTUREEL)
    domain.mark_priority(session, domain_id=domains["inkomen_gezondheid"].id, kind=PriorityKind.MILDEREND)
    _finish(meeting_3)

    focus = meetings.plan_session(session, trajectory_id=traj.id, template_id="focusgroep_vrije_tijd",
                                  scheduled_on=today)
    meetings.open_session(session, session_id=focus.id, facilitator="demo")
    first = meetings.show_exercise(session, exercise_id=focus.exercises[0].id)
    for text in FOCUSGROEP:
        contribution.add_contribution(session, session_exercise_id=first.id, text=text,
                                      participant_group=ParticipantGroup.OUDER)

    strategic = goal.add_strategic_goal(
        session, trajectory_id=traj.id, domain_id=domains["onderwijs_vrije_tijd"].id,
        text="Alle kinderen in Demogemeente nemen deel aan vrijetijdsactiviteiten naar keuze.",
    )
    operational = goal.add_operational_goal(
        session, parent_id=strategic.id,
        text="Tegen eind " + str(start + 2) + " neemt 80% van de kinderen met een vrijetijdspas deel aan "
             "minstens één activiteit per maand.",
        owner="Jeugddienst", deadline=dt.date(start + 2, 12, 31), agreed_on=today,
        agreed_by="werkgroep vrije tijd: jeugddienst, OCMW, sportclubs, 3 ouders",
        means="1 medewerker jeugddienst (4 uur per week), € 15.000 per jaar",
    )
    action = goal.add_action(
        session, goal_id=operational.id, what="Vrijetijdspas automatisch toekennen via het OCMW",
        owner="OCMW", partners="Jeugddienst, sportclubs, jeugdbewegingen",
        start_on=today + dt.timedelta(days=30), end_on=dt.date(start + 1, 6, 30),
        means="Gegevens van het OCMW, 1 dag per week van een administratief medewerker",
        expected_result="Elk kind met recht op een vrijetijdspas krijgt hem zonder aanvraag",
    )
    evaluation.add_indicator(session, trajectory_id=traj.id, kind=IndicatorKind.OUTPUT,
                             name="Aantal kinderen met een vrijetijdspas", action_id=action.id, unit="kinderen",
                             target=250)
    goal.add_strategic_goal(
        session, trajectory_id=traj.id, domain_id=domains["inkomen_gezondheid"].id,
        text="Gezinnen met een beperkt inkomen krijgen de rechten en zorg waar ze recht op hebben.",
    )
    session.flush()
    return DemoResult(traj.id, focus.join_code or "", created=True)
