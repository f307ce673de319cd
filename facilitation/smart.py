"""The SMART assistant (roadmap step 8): checks an operational goal letter by letter, in plain Dutch.

Seed 003 asks for operational goals that are Specifiek, Meetbaar, Gezamenlijk (afgesproken en
aanvaard), Realiseerbaar and Tijdsgebonden. The werkgroep types a goal; every letter shows "in
orde" or "nog niet" and says why. There is no black box: each letter is one small rule on the word
lists below, and each reason names the words that made the rule say yes, or what is still missing.

The rules, in the words the screen uses (see RULES):

- S, Specifiek: the text says who is reached (a word of TARGET_GROUPS: kinderen, ouders, gezinnen,
  ...) and what changes (a word of CHANGE_WORDS or SEPARABLE_CHANGES such as "daalt", "krijgt",
  "neemt deel", or a concrete thing of CONCRETE_THINGS such as "vrijetijdspas"). A vague verb of
  VAGUE_WORDS ("verbeteren", "inzetten op", ...) alone is not enough; with a concrete thing it is.
- M, Meetbaar: a number or a percentage in the text (digits, "%", "procent", NUMBER_WORDS such as
  "tien", NUMBER_PHRASES such as "de helft", MEASURE_VERBS such as "halveert"), or an indicator
  linked to the goal. Dates, years, ages and durations, money and staff are not a result, so their
  numbers do not count here (money and staff count for R).
- G, Gezamenlijk: the werkgroep agreed on it: when (the field agreed_on) and by which roles
  (agreed_by). The text does not count: "afgesproken in de werkgroep" typed into the goal would
  land in the note to the college, so a text that says so (AGREEMENT_PHRASES) gets a hint to use
  the fields instead.
- R, Realiseerbaar: an owner (the owner field) and the people and means (the means field; for a
  stored goal also the means of its actions). Like G, the text does not count; a text that names
  them (OWNER_PHRASES "uitgevoerd door ...", MEANS_WORDS budget, euro, uren, ...) gets a hint.
- T, Tijdsgebonden: a deadline (the deadline field, or the latest year the text names, except a
  year after BASELINE_WORDS such as "sinds 2024") inside the policy period.

Words are compared as typed and by lemma (simplemma), so "daalt", "daalde" and "gedaald" all
match "dalen"; a compound matches its last part ("lageinkomensgezinnen" ends in "gezinnen").
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

import simplemma

LETTERS = ("S", "M", "G", "R", "T")
NAMES = {
    "S": "Specifiek",
    "M": "Meetbaar",
    "G": "Gezamenlijk",
    "R": "Realiseerbaar",
    "T": "Tijdsgebonden",
}

# The rules as the screen explains them ("Hoe kijkt de assistent?").
RULES = {
    "S": "Je zegt wie je bereikt (bv. kinderen, ouders, gezinnen) en wat er voor hen verandert "
         "(bv. 'daalt', 'krijgt', 'neemt deel'). Alleen 'verbeteren' of 'inzetten op' is te vaag.",
    "M": "Je noemt een getal of een percentage (bv. '50%', 'de helft', '100 gezinnen'), of je koppelt "
         "een indicator aan de doelstelling. Een jaartal, een bedrag of een leeftijd telt hier niet.",
    "G": "De werkgroep heeft de doelstelling afgesproken en aanvaard: je vult in wanneer ('Afgesproken op') "
         "en welke rollen ('Aanvaard door').",
    "R": "Je vult in wie de doelstelling trekt ('Trekker': een dienst of organisatie) en met welke mensen en "
         "middelen ('Mensen en middelen': budget, uren, medewerkers, vrijwilligers; ook die van de acties).",
    "T": "Je noemt een einddatum of een jaar (bv. 'tegen eind 2027') binnen de beleidsperiode.",
}

# Who is reached: the people a goal is for. Plural and singular forms; a compound that ends in
# one of them counts too ("pleegkinderen", "lageinkomensgezinnen").
TARGET_GROUPS = frozenset({
    "kind", "kinderen", "ouder", "ouders", "gezin", "gezinnen", "jongere", "jongeren", "leerling",
    "leerlingen", "baby", "baby's", "babys", "peuter", "peuters", "kleuter", "kleuters", "tiener",
    "tieners", "eenoudergezin", "eenoudergezinnen", "moeder", "moeders", "vader", "vaders", "mama",
    "mama's", "papa", "papa's", "zwangere", "zwangeren", "scholier", "scholieren", "student",
    "studenten", "jeugd", "meisjes", "jongens", "nieuwkomer", "nieuwkomers", "anderstaligen",
    "leefloners", "werkzoekende", "werkzoekenden", "huurder", "huurders", "bewoner", "bewoners",
    "inwoner", "inwoners", "alleenstaanden", "grootouder", "grootouders",
})

# Word endings that look like a target group but are not ("pashouders", "budgethouder").
NOT_COMPOUNDS = ("houder", "houders")

# What changes: verbs (as lemma) and nouns of a concrete change or result.
CHANGE_WORDS = frozenset({
    "dalen", "stijgen", "verhogen", "verlagen", "halveren", "verdubbelen", "verminderen", "vergroten",
    "verkleinen", "verkorten", "krijgen", "ontvangen", "bereiken", "behalen", "halen", "slagen",
    "slaagt", "geslaagd", "gebruiken", "vinden", "openen", "opstarten", "starten", "oprichten",
    "organiseren", "aanbieden", "toekennen", "toeleiden", "terugbetalen", "betalen", "bezoeken",
    "volgen", "kennen", "weten", "afschaffen", "wegwerken", "deelnemen", "inschrijven",
    "ingeschreven", "aanvragen", "daling", "stijging", "toename", "afname", "verhoging", "verlaging",
    "vermindering", "halvering", "verdubbeling", "gratis",
})

# Separable verbs ("neemt ... deel", "schrijft zich in", "deel te nemen"): the particle and the verb
# (as typed or as lemma) anywhere in the text.
SEPARABLE_CHANGES = {
    ("deel", "nemen"): "deelnemen",
    ("toe", "nemen"): "toenemen",
    ("af", "nemen"): "afnemen",
    ("weg", "nemen"): "wegnemen",
    ("in", "schrijven"): "inschrijven",
    ("aan", "vragen"): "aanvragen",
    ("aan", "bieden"): "aanbieden",
    ("toe", "kennen"): "toekennen",
    ("terug", "betalen"): "terugbetalen",
    ("op", "starten"): "opstarten",
    ("op", "richten"): "oprichten",
    ("toe", "leiden"): "toeleiden",
    ("af", "schaffen"): "afschaffen",
    ("naar", "gaan"): "gaan naar",
}

# Vague verbs and phrases: on their own they do not say what changes. Key: the lemma (or the
# noun); value: how the reason quotes it.
VAGUE_WORDS = {
    "verbeteren": "verbeteren",
    "versterken": "versterken",
    "stimuleren": "stimuleren",
    "bevorderen": "bevorderen",
    "ondersteunen": "ondersteunen",
    "optimaliseren": "optimaliseren",
    "sensibiliseren": "sensibiliseren",
    "inzetten": "inzetten op",
    "streven": "streven naar",
    "focussen": "focussen op",
    "aandacht": "aandacht hebben voor",
    "aanpakken": "aanpakken",
}
SEPARABLE_VAGUE = {
    ("in", "zetten"): "inzetten op",
    ("in", "zet"): "inzetten op",
    ("aan", "werken"): "werken aan",
    ("aan", "pakken"): "aanpakken",
}
# Nouns that are a vague verb in disguise ("taalbevordering", "ondersteuning").
VAGUE_SUFFIXES = ("bevordering", "versterking", "verbetering", "ondersteuning", "stimulering",
                  "sensibilisering")

# Concrete things a goal can be about: a vague verb with one of these is specific enough
# ("de taalvaardigheid van peuters versterken"). A compound ending in one counts ("energiepremie").
CONCRETE_THINGS = frozenset({
    "deelname", "slaagkans", "slaagkansen", "vertraging", "taalvaardigheid", "schoolresultaat",
    "schoolresultaten", "diploma", "inschrijving", "wachttijd", "wachtlijst", "opvangplaats",
    "opvangplaatsen", "vrijetijdspas", "uitpas", "kansenpas", "zwemles", "zwemlessen", "consultatie",
    "vaccinatie", "maaltijd", "maaltijden", "ontbijt", "schoolkosten", "schoolfactuur", "huurprijs",
    "woning", "woningen", "energiefactuur", "schuld", "schulden", "premie", "toelage", "tegemoetkoming",
    "leefloon", "opleiding", "taalles", "taallessen", "huiswerkbegeleiding", "toeleiding", "drempel",
    "drempels", "schooluitval", "afwezigheid", "spijbelen", "job", "jobs",
})

# Numbers written as words. "één" with accents is the number; "een" is only an article.
NUMBER_WORDS = frozenset({
    "één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf",
    "dertien", "veertien", "vijftien", "twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig",
    "tachtig", "negentig", "honderd", "duizend", "procent", "percent",
})
NUMBER_PHRASES = ("de helft", "een derde", "twee derde", "een kwart", "driekwart", "drie kwart", "dubbel zoveel")
MEASURE_VERBS = frozenset({"halveren", "verdubbelen", "halvering", "verdubbeling"})

AGREEMENT_PHRASES = ("afgesproken in de werkgroep", "afgesproken met", "aanvaard door", "goedgekeurd door",
                     "samen met", "in samenspraak met", "in overleg met")
OWNER_PHRASES = ("uitgevoerd door", "getrokken door", "gecoördineerd door", "gecoordineerd door",
                 "georganiseerd door", "opgevolgd door", "trekker:", "verantwoordelijke:", "eigenaar:")
# People and means; a compound ending in one of six letters or more counts ("werkingsbudget",
# "jeugdmedewerkers"), not one ending in "uren" or "euro" ("huren", "sturen").
MEANS_WORDS = frozenset({"budget", "euro", "€", "uur", "uren", "medewerker", "medewerkers", "vrijwilliger",
                         "vrijwilligers", "middelen", "subsidie", "vte", "fte", "personeel"})
# A year right after one of these is a starting point, not a deadline ("sinds 2024").
BASELINE_WORDS = ("sinds", "vanaf", "opzichte van", "vergeleken met", "t.o.v.", "tov", "nulmeting")

MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
          "oktober", "november", "december")

_WORD = re.compile(r"[a-zà-ÿ]+(?:'[a-z]+)?|€")
_YEAR = re.compile(r"(?<![\d.,])((?:19|20)\d{2})(?![\d.,]*\d)")
_MONTHS = "|".join(MONTHS)
# Numbers that are not a result: dates, years, ages and durations, money, people and hours.
_NOT_A_RESULT = (
    ("een datum", re.compile(r"\b\d{1,2}[/-]\d{1,2}[/-]\d{2,4}\b")),
    ("een datum", re.compile(rf"\b\d{{1,2}}\s+(?:{_MONTHS})\b")),
    ("een jaartal", re.compile(r"\b(?:19|20)\d{2}(?:\s*[-/]\s*(?:19|20)?\d{2})?\b")),
    ("een leeftijd of duur", re.compile(
        r"\b\d+(?:\s*(?:tot|-|à)\s*\d+)?\s*(?:jaar|jarige|jarigen|maand|maanden|week|weken|dag|dagen)\b")),
    ("een bedrag", re.compile(r"€\s*\d[\d.,]*|\b\d[\d.,]*\s*(?:euro|eur)\b")),
    ("mensen of uren", re.compile(
        r"\b\d[\d.,]*\s*(?:uur|uren|vte|fte|medewerkers?|vrijwilligers?|begeleiders?)\b")),
)
_PERCENT = re.compile(r"\d+(?:[.,]\d+)?\s*(?:%|procent\b|percent\b)")
_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
_COMPOUND_NUMBER = re.compile(
    r"\b(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen)(?:en|ën)(?:twintig|dertig|veertig|vijftig|zestig"
    r"|zeventig|tachtig|negentig)\b"
)
_WRITTEN_PERCENT = re.compile(
    r"\b(?:" + "|".join(sorted(NUMBER_WORDS - {"procent", "percent"})) + r")\s+(?:procent|percent)\b"
)
_OWNER_IN_TEXT = re.compile(
    r"(?:" + "|".join(re.escape(p) for p in OWNER_PHRASES) + r")\s*([^,.;:()]+)", re.IGNORECASE
)


@dataclass(frozen=True)
class Verdict:
    """One letter of SMART: met or not yet, and why, in plain Dutch."""

    letter: str  # "S", "M", "G", "R" or "T"
    name: str  # "Specifiek", ...
    met: bool
    reason: str


# --- words ----------------------------------------------------------------------------------------


@functools.lru_cache(maxsize=20_000)
def _lemma(word: str) -> str:
    return simplemma.lemmatize(word, lang="nl").lower().replace("_", "")


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower().replace("’", "'"))


def _is(word: str, words: frozenset[str] | dict, *, compound: int = 0) -> bool:
    """The word as typed or its lemma is in the list; with ``compound`` (a length) also a compound
    that ends in a word of the list of at least that many letters ("pleegkinderen"), but never a
    word in NOT_COMPOUNDS ("pashouders" is no "ouders")."""
    if word in words or _lemma(word) in words:
        return True
    return bool(compound) and not word.endswith(NOT_COMPOUNDS) and any(
        len(w) >= compound and len(word) > len(w) and word.endswith(w) for w in words
    )


def _separable(words: list[str], table: dict[tuple[str, str], str]) -> list[str]:
    """The separable verbs of the table in the text: glued ("deelnemen", "deelneemt") or apart
    ("neemt ... deel", "deel te nemen")."""
    present = set(words) | {_lemma(w) for w in words}
    found = []
    for (particle, verb), name in table.items():
        glued = any(w.startswith(particle) and len(w) > len(particle) + 2 and _lemma(w[len(particle):]) == verb
                    for w in words)
        if glued or (particle in present and verb in present) or name.replace(" ", "") in present:
            found.append(name)
    return found


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))


def _listing(items: list[str]) -> str:
    return ", ".join(items)


def dutch_date(day: dt.date) -> str:
    """31 december 2027."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


# --- the letters ----------------------------------------------------------------------------------


def _specific(text: str) -> Verdict:
    words = _words(text)
    who = _unique([w for w in words if _is(w, TARGET_GROUPS, compound=4)])
    changes = _unique([w for w in words if _is(w, CHANGE_WORDS)] + _separable(words, SEPARABLE_CHANGES))
    things = _unique([w for w in words if _is(w, CONCRETE_THINGS, compound=4)])
    vague = _unique(
        [VAGUE_WORDS.get(w) or VAGUE_WORDS[_lemma(w)] for w in words if _is(w, VAGUE_WORDS)]
        + _separable(words, SEPARABLE_VAGUE)
        + [w for w in words if w.endswith(VAGUE_SUFFIXES)]
    )
    what = changes or things
    name = NAMES["S"]
    if who and what:
        about = f"wat er verandert ({_listing(changes)})" if changes else f"waarover het gaat ({_listing(things)})"
        return Verdict("S", name, True, f"Je zegt wie je bereikt ({_listing(who)}) en {about}.")
    missing = []
    if not who:
        missing.append("Zeg wie je bereikt: bv. kinderen, ouders, gezinnen, jongeren of leerlingen.")
    if not what and vague:
        quoted = " en ".join(f"'{v}'" for v in vague)
        verb = "zijn" if len(vague) > 1 else "is"
        missing.append(f"{quoted} {verb} te vaag: zeg wat er concreet verandert, "
                       "bv. 'daalt met 50%', 'neemt deel aan' of 'krijgt'.")
    elif not what:
        missing.append("Zeg wat er verandert: bv. 'daalt', 'stijgt', 'neemt deel aan' of 'krijgt'.")
    if who:
        missing.insert(0, f"Je zegt wie je bereikt ({_listing(who)}).")
    return Verdict("S", name, False, " ".join(missing))


def _measurable(text: str, indicator_linked: bool) -> Verdict:
    name = NAMES["M"]
    lowered = text.lower()
    ignored = []
    for what, pattern in _NOT_A_RESULT:
        if pattern.search(lowered):
            ignored.append(what)
            lowered = pattern.sub(" ", lowered)
    words = _words(lowered)
    found = (
        [" ".join(m.group(0).split()) for m in _PERCENT.finditer(lowered)]
        + [m.group(0) for m in _DIGITS.finditer(lowered)]
        + [m.group(0) for m in _WRITTEN_PERCENT.finditer(lowered)]
        + [p for p in NUMBER_PHRASES if re.search(rf"\b{p}\b", lowered)]
        + [w for w in words if w in NUMBER_WORDS or _COMPOUND_NUMBER.fullmatch(w)]
        + [w for w in words if _is(w, MEASURE_VERBS)]
    )
    found = [f for f in _unique(found) if not any(f != other and f in other for other in found)]
    if found:
        return Verdict("M", name, True, f"Je noemt een getal: {_listing(found)}.")
    if indicator_linked:
        return Verdict("M", name, True, "Er hangt een indicator aan deze doelstelling: daarmee meet je het.")
    reason = ("Zeg hoeveel: een getal of een percentage (bv. 'met 50%', 'de helft', '100 gezinnen'), "
              "of koppel een indicator.")
    if ignored:
        reason += f" ({_listing(_unique(ignored)).capitalize()} telt hier niet als resultaat.)"
    return Verdict("M", name, False, reason)


def _joint(text: str, agreed_on: dt.date | None, agreed_by: str | None) -> Verdict:
    """Read from the fields only: what the text says about an agreement ends up in the note to
    the college, so the reason asks to move it into the fields."""
    name = NAMES["G"]
    agreed_by = " ".join((agreed_by or "").split()) or None
    if agreed_on and agreed_by:
        return Verdict("G", name, True, f"Afgesproken op {dutch_date(agreed_on)}, aanvaard door: {agreed_by}.")
    if agreed_on:
        reason = f"Afgesproken op {dutch_date(agreed_on)}. Vul ook in wie (welke rollen) het aanvaardde."
    elif agreed_by:
        reason = f"Aanvaard door: {agreed_by}. Vul ook in wanneer de werkgroep het afsprak."
    else:
        reason = "Is dit samen afgesproken? Vul in wanneer de werkgroep het afsprak en wie (welke rollen) het aanvaardde."
    lowered = " ".join(text.lower().split())
    phrases = [p for p in AGREEMENT_PHRASES if p in lowered]
    if phrases:
        reason += (f" De tekst zegt '{phrases[0]}': zet dat in de velden 'Afgesproken op' en 'Aanvaard door', "
                   "niet in de doelstelling zelf.")
    return Verdict("G", name, False, reason)


def _realisable(text: str, owner: str | None, means: str | None) -> Verdict:
    """Read from the fields only, like G; a text that names an owner or means gets a hint."""
    name = NAMES["R"]
    flat = " ".join(text.split())
    owner = " ".join((owner or "").split()) or None
    means = " ".join((means or "").split()) or None
    parts, missing = [], []
    if owner:
        parts.append(f"Wie trekt het: {owner}.")
    else:
        missing.append("Wie trekt dit? Vul een trekker in: een dienst of een organisatie.")
        match = _OWNER_IN_TEXT.search(flat)
        if match:
            missing.append(f"De tekst noemt '{match.group(0).strip()}': zet dat in het veld 'Trekker'.")
    if means:
        parts.append(f"Mensen en middelen: {means}.")
    else:
        missing.append("Vul de mensen en middelen in: budget, uren, medewerkers of vrijwilligers.")
        found = _unique([w for w in _words(flat.lower()) if _is(w, MEANS_WORDS, compound=6)])
        if found:
            missing.append(f"De tekst noemt {_listing(found)}: zet dat in het veld 'Mensen en middelen'.")
    return Verdict("R", name, not missing, " ".join(parts + missing))


def _deadline_year(text: str) -> int | None:
    """The latest year the text names, leaving out a starting point ("sinds 2024", "t.o.v. 2023")."""
    lowered = " ".join(text.lower().split())
    years = []
    for match in _YEAR.finditer(lowered):
        before = lowered[max(0, match.start() - 20):match.start()]
        if not any(word in before for word in BASELINE_WORDS):
            years.append(int(match.group(1)))
    return max(years) if years else None


def _period(period_start: int | None, period_end: int | None) -> str:
    return f"{period_start or '…'}-{period_end or '…'}"


def _timely(text: str, deadline: dt.date | None, period_start: int | None, period_end: int | None) -> Verdict:
    name = NAMES["T"]
    if deadline is not None:
        year, said = deadline.year, f"De einddatum {dutch_date(deadline)}"
    else:
        year = _deadline_year(text)
        said = f"De tekst noemt {year}"
    if year is None:
        return Verdict("T", name, False, "Zeg tegen wanneer: een einddatum of een jaar (bv. 'tegen eind 2027').")
    period = _period(period_start, period_end)
    if period_end is not None and year > period_end:
        return Verdict("T", name, False, f"{said}: dat valt na de beleidsperiode {period}. "
                                         f"Kies een datum tot en met {period_end}.")
    if period_start is not None and year < period_start:
        return Verdict("T", name, False, f"{said}: dat valt vóór de beleidsperiode {period}. "
                                         f"Kies een datum vanaf {period_start}.")
    if period_start is None and period_end is None:
        return Verdict("T", name, True, f"{said}.")
    return Verdict("T", name, True, f"{said}: binnen de beleidsperiode {period}.")


def check(
    text: str,
    *,
    owner: str | None = None,
    means: str | None = None,
    deadline: dt.date | None = None,
    agreed_on: dt.date | None = None,
    agreed_by: str | None = None,
    indicator_linked: bool = False,
    period_start: int | None = None,
    period_end: int | None = None,
) -> tuple[Verdict, ...]:
    """The five letters for a goal, in S, M, G, R, T order. G and R are read from the fields only;
    the deadline field wins over a year in the text."""
    text = text or ""
    return (
        _specific(text),
        _measurable(text, indicator_linked),
        _joint(text, agreed_on, agreed_by),
        _realisable(text, owner, means),
        _timely(text, deadline, period_start, period_end),
    )


def score(verdicts: tuple[Verdict, ...]) -> str:
    """"3 van 5 in orde": a short summary for the screen."""
    return f"{sum(v.met for v in verdicts)} van {len(verdicts)} in orde"
