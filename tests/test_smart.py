"""The SMART assistant: every letter of a goal sentence is met or not yet, with a plain Dutch reason
that names the words behind the verdict. The table holds the seed's examples (seed 003: the
strategic and operational goals and the actions of the onderwijs example) and goals a werkgroep
might type; each row gives which letters are met and a word the reason of some letters must say.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from facilitation import smart

PERIOD = {"period_start": 2025, "period_end": 2030}

DEMO_OPERATIONAL = (
    "Tegen eind 2027 neemt 80% van de kinderen met een vrijetijdspas deel aan minstens één activiteit per "
    "maand; afgesproken in de werkgroep vrije tijd, uitgevoerd door de jeugddienst."
)
# The same goal as the demo writes it now: who agreed and who pulls it are in the fields.
DEMO_GOAL = "Tegen eind 2027 neemt 80% van de kinderen met een vrijetijdspas deel aan minstens één activiteit per maand."

# (goal sentence, the fields the werkgroep filled in, the letters met, {letter: a word its reason says})
TABLE = [
    # --- seed 003, the onderwijs example ---
    ("De slaagkansen van kinderen uit kwetsbare gezinnen zijn verhoogd met 50%", {}, "SM",
     {"S": "kinderen, gezinnen", "M": "50%", "G": "afsprak", "R": "trekker", "T": "tegen wanneer"}),
    ("schoolse vertraging uit kinderen met kwetsbare gezinnen daalt met 50%", {}, "SM",
     {"S": "daalt", "M": "50%"}),
    ("er wordt op verschillende manieren gewerkt aan taalbevordering bij kinderen, jongeren en ouders", {}, "",
     {"S": "'werken aan'", "M": "zeg hoeveel"}),
    ("er is een toegankelijk huiswerkbeleid", {}, "",
     {"S": "zeg wie je bereikt"}),
    # G and R are read from the fields: the text only earns a hint to move the words there.
    ("er wordt een oudergroep opgestart samen met basiseducatie", {}, "",
     {"S": "zeg wie je bereikt", "G": "samen met"}),
    ("We stimuleren een regelmatige toeleiding van anderstalige kleuters uit kwetsbare gezinnen naar de "
     "buitenschoolse kinderopvang door financiële drempels weg te nemen en ouders te overtuigen van het belang "
     "van taalontwikkeling.", {}, "S",
     {"S": "wegnemen"}),
    ("We ontwikkelen in samenspraak met de scholen en het LOP een huiswerkbeleid.", {}, "",
     {"G": "in samenspraak met"}),
    # --- the demo municipality ---
    (DEMO_OPERATIONAL, {"owner": "Jeugddienst", "deadline": dt.date(2027, 12, 31)}, "SMT",
     {"S": "deelnemen", "M": "80%", "G": "zet dat in de velden", "R": "middelen", "T": "31 december 2027"}),
    (DEMO_OPERATIONAL, {"owner": "Jeugddienst", "means": "2 medewerkers, € 5.000 per jaar",
                        "deadline": dt.date(2027, 12, 31)}, "SMRT",
     {"R": "2 medewerkers", "T": "binnen de beleidsperiode 2025-2030"}),
    (DEMO_GOAL, {"owner": "Jeugddienst", "means": "2 medewerkers", "deadline": dt.date(2027, 12, 31),
                 "agreed_on": dt.date(2026, 2, 10), "agreed_by": "werkgroep vrije tijd: jeugddienst, CAW, 3 ouders"},
     "SMGRT", {"G": "10 februari 2026", "R": "Jeugddienst"}),
    ("Alle kinderen in Demogemeente nemen deel aan vrijetijdsactiviteiten naar keuze.", {}, "S",
     {"S": "deelnemen", "M": "zeg hoeveel"}),
    ("Gezinnen met een beperkt inkomen krijgen de rechten en zorg waar ze recht op hebben.", {}, "S",
     {"S": "krijgen"}),
    # --- vague verbs ---
    ("De situatie van gezinnen verbeteren", {}, "",
     {"S": "'verbeteren' is te vaag"}),
    ("Inzetten op de participatie van ouders", {}, "",
     {"S": "'inzetten op'"}),
    ("Aandacht hebben voor kinderen in armoede", {}, "",
     {"S": "'aandacht hebben voor'"}),
    ("Peuters versterken", {}, "",
     {"S": "'versterken'"}),
    ("De armoede in onze gemeente aanpakken", {}, "",
     {"S": "zeg wie je bereikt"}),
    ("De taalvaardigheid van peuters versterken met 20%", {}, "SM",
     {"S": "taalvaardigheid"}),
    # --- numbers and years ---
    ("Het aantal gezinnen dat een verhoogde tegemoetkoming krijgt stijgt tegen 2028 met 100 gezinnen.", {}, "SMT",
     {"M": "100", "T": "2028"}),
    ("De helft van de eenoudergezinnen vraagt de energiepremie aan tegen eind 2026.", {}, "SMT",
     {"S": "eenoudergezinnen", "M": "de helft"}),
    ("Tien jongeren vinden een job via het jongerenproject, tegen 2035.", {}, "SM",
     {"M": "tien", "T": "na de beleidsperiode 2025-2030"}),
    ("Het aantal leerlingen met schoolse vertraging halveert tegen juni 2029", {}, "SMT",
     {"M": "halveert", "T": "2029"}),
    ("Twintig procent meer kinderen schrijven zich in bij de speelpleinwerking", {}, "SM",
     {"S": "inschrijven", "M": "twintig procent"}),
    ("Kinderen van 3 tot 6 jaar krijgen sinds 2024 een gratis zwemles met een budget van € 5.000", {}, "S",
     {"M": "telt hier niet", "R": "budget", "T": "tegen wanneer"}),
    # --- the fields of the form ---
    ("Elke baby krijgt een gratis consultatie bij Kind en Gezin", {"owner": "Kind en Gezin",
                                                                   "means": "twee verpleegkundigen"}, "SR",
     {"S": "baby", "M": "zeg hoeveel", "R": "Kind en Gezin"}),
    ("Vijftig gezinnen krijgen een schuldhulptraject", {
        "agreed_on": dt.date(2026, 3, 3), "agreed_by": "OCMW, CAW, twee ouders", "owner": "OCMW",
        "means": "1 maatschappelijk werker, 20 uren per week", "deadline": dt.date(2028, 6, 30)}, "SMGRT",
     {"G": "3 maart 2026", "R": "OCMW", "T": "30 juni 2028"}),
    ("Vijftig gezinnen krijgen een schuldhulptraject", {"agreed_on": dt.date(2026, 3, 3)}, "SM",
     {"G": "welke rollen"}),
    ("De deelname van jongeren aan sportclubs stijgt", {"indicator_linked": True}, "SM",
     {"M": "indicator"}),
    ("Ouders van baby's kennen tegen 2027 het aanbod van het Huis van het Kind, uitgevoerd door het Huis van "
     "het Kind met 2 vrijwilligers", {}, "ST",
     {"S": "baby's", "M": "mensen of uren", "R": "'uitgevoerd door het Huis van het Kind"}),
    ("Gezinnen die sociaal huren krijgen een energiescan", {"owner": "Woonmaatschappij"}, "S",
     {"R": "vul de mensen en middelen in"}),
    ("", {}, "",
     {"S": "zeg wie je bereikt", "T": "tegen wanneer"}),
]


def _ids():
    return [f"{i:02d}-{text[:40]}" for i, (text, *_rest) in enumerate(TABLE)]


@pytest.mark.parametrize(("text", "fields", "met", "why"), TABLE, ids=_ids())
def test_each_letter_of_a_goal(text, fields, met, why):
    verdicts = smart.check(text, **(PERIOD | fields))
    assert {v.letter: v.met for v in verdicts} == {letter: letter in met for letter in smart.LETTERS}
    for letter, keyword in why.items():
        reason = next(v.reason for v in verdicts if v.letter == letter)
        assert keyword.lower() in reason.lower(), (letter, reason)


def test_the_table_is_large_enough_and_holds_the_seed_examples():
    texts = [text for text, *_ in TABLE]
    assert len(set(texts)) >= 20
    assert "De slaagkansen van kinderen uit kwetsbare gezinnen zijn verhoogd met 50%" in texts
    assert "schoolse vertraging uit kinderen met kwetsbare gezinnen daalt met 50%" in texts


def test_letters_come_in_order_with_their_dutch_names_and_a_reason_each():
    verdicts = smart.check("De slaagkansen van kinderen zijn verhoogd met 50%")
    assert [(v.letter, v.name) for v in verdicts] == [
        ("S", "Specifiek"), ("M", "Meetbaar"), ("G", "Gezamenlijk"), ("R", "Realiseerbaar"), ("T", "Tijdsgebonden"),
    ]
    assert all(v.reason.strip() for v in verdicts)
    with pytest.raises(dataclasses.FrozenInstanceError):
        verdicts[0].met = False
    assert set(smart.RULES) == set(smart.LETTERS)
    assert smart.score(verdicts) == "2 van 5 in orde"


# --- Tijdsgebonden: inside the policy period --------------------------------------------------------

GOAL = "Het aantal kinderen met een vrijetijdspas stijgt met 100"


@pytest.mark.parametrize(
    ("deadline", "met", "keyword"),
    [
        (dt.date(2025, 1, 1), True, "binnen de beleidsperiode 2025-2030"),
        (dt.date(2030, 12, 31), True, "31 december 2030"),
        (dt.date(2031, 1, 1), False, "tot en met 2030"),
        (dt.date(2024, 12, 31), False, "vóór de beleidsperiode 2025-2030"),
    ],
)
def test_a_deadline_must_lie_inside_the_policy_period(deadline, met, keyword):
    verdict = smart.check(GOAL, deadline=deadline, **PERIOD)[4]
    assert (verdict.letter, verdict.met) == ("T", met)
    assert keyword in verdict.reason


@pytest.mark.parametrize(
    ("text", "met", "keyword"),
    [
        (GOAL + " tegen 2027", True, "2027"),
        (GOAL + " tegen eind 2030", True, "2030"),
        (GOAL + " tegen 2031", False, "na de beleidsperiode 2025-2030"),
        (GOAL + " vóór 31/12/2026", True, "2026"),
        (GOAL + " in het schooljaar 2027-2028", True, "2028"),
        (GOAL + " ten opzichte van 2024", False, "tegen wanneer"),  # a starting point, not a deadline
        (GOAL + ", sinds 2023 ligt het lager, tegen 2029", True, "2029"),
    ],
)
def test_a_year_in_the_text_is_the_deadline(text, met, keyword):
    verdict = smart.check(text, **PERIOD)[4]
    assert verdict.met is met
    assert keyword in verdict.reason


def test_the_deadline_field_wins_over_a_year_in_the_text():
    verdict = smart.check(GOAL + " tegen 2027", deadline=dt.date(2032, 6, 30), **PERIOD)[4]
    assert not verdict.met
    assert "30 juni 2032" in verdict.reason


def test_without_a_known_period_any_deadline_is_met():
    verdict = smart.check(GOAL, deadline=dt.date(2040, 1, 1))[4]
    assert verdict.met
    assert "beleidsperiode" not in verdict.reason


def test_a_year_is_never_counted_as_the_measure_of_a_goal():
    verdict = smart.check("Kinderen krijgen tegen 2027 een vrijetijdspas", **PERIOD)[1]
    assert not verdict.met
    assert "jaartal" in verdict.reason


# --- Meetbaar: a number or a linked indicator -------------------------------------------------------


def test_a_linked_indicator_makes_a_goal_without_a_number_measurable():
    text = "Kinderen nemen deel aan de speelpleinwerking"
    assert not smart.check(text)[1].met
    verdict = smart.check(text, indicator_linked=True)[1]
    assert verdict.met
    assert "indicator" in verdict.reason


def test_a_number_is_named_even_when_an_indicator_is_linked():
    verdict = smart.check("80% van de kinderen neemt deel", indicator_linked=True)[1]
    assert verdict.met
    assert "80%" in verdict.reason


@pytest.mark.parametrize("text", ["Vijfentwintig gezinnen krijgen hulp", "Een kwart van de ouders kent het aanbod",
                                  "Het aantal wachtenden verdubbelt niet", "2,5 keer zoveel kinderen"])
def test_written_numbers_and_fractions_count(text):
    assert smart.check(text)[1].met


# --- Gezamenlijk and Realiseerbaar ------------------------------------------------------------------


def test_agreed_needs_both_when_and_by_whom():
    text = "Kinderen nemen deel"
    assert not smart.check(text, agreed_by="OCMW, twee ouders")[2].met
    assert "wanneer" in smart.check(text, agreed_by="OCMW, twee ouders")[2].reason
    verdict = smart.check(text, agreed_on=dt.date(2026, 1, 15), agreed_by="OCMW, twee ouders")[2]
    assert verdict.met
    assert "15 januari 2026" in verdict.reason and "OCMW, twee ouders" in verdict.reason


def test_realisable_needs_an_owner_and_means():
    text = "Kinderen nemen deel"
    assert "middelen" in smart.check(text, owner="Jeugddienst")[3].reason
    assert "trekker" in smart.check(text, means="€ 2.000")[3].reason
    assert smart.check(text, owner="Jeugddienst", means="€ 2.000")[3].met
    in_text = smart.check(text + ", getrokken door de sportdienst met een werkingsbudget")[3]
    assert not in_text.met
    assert "'getrokken door de sportdienst met een werkingsbudget': zet dat in het veld 'Trekker'" in in_text.reason
    assert "werkingsbudget: zet dat in het veld 'Mensen en middelen'" in in_text.reason


def test_agreement_in_the_text_does_not_count_but_the_fields_do():
    typed = smart.check(DEMO_OPERATIONAL)[2]
    assert not typed.met
    assert "'afgesproken in de werkgroep'" in typed.reason and "niet in de doelstelling zelf" in typed.reason
    fields = smart.check(DEMO_GOAL, agreed_on=dt.date(2026, 2, 10), agreed_by="werkgroep vrije tijd")[2]
    assert "afgesproken" not in DEMO_GOAL
    assert fields.met
    assert fields.reason == "Afgesproken op 10 februari 2026, aanvaard door: werkgroep vrije tijd."
