"""Groeperen: the assistant that proposes a domain for every answer (stuurgroep 3, roadmap step 6).

While the group waits, the facilitator puts 40-80 answers and essential elements into the domains
of the trajectory's list. For every item the assistant offers up to three domains, best first,
each with a score from 0 to 1 and a reason a person can check:

- the words of the answer that point to the domain ("door de woorden: woning, huur"), found in a
  lexicon of themes (Dutch with Flemish words, English and French), in the domain's own words and
  in its name; robust to accents, typos ("woonig"), inflections and compounds ("schoolgerief");
- or what the answers shipped with the app teach (facilitation/grouping_examples.py: answers labelled
  by several people for the lists roadmap and vonk_dilbeek; a word model learned from them is shipped
  in grouping_model.npz, "zoals in de meegeleverde voorbeelden: tuin");
- or an answer the facilitator already placed in that domain ("lijkt op: 'Een huis met tuin'").
  Every placed answer becomes an example for the next ones: within the trajectory, and for the
  domains of the shipped lists (a domain with a shipped key) across the trajectories of this
  installation too. Answers of another trajectory are never quoted: the reason then names the
  words they share.

Domains that tie are offered side by side, never dropped. A suggestion is "confident" only when
one domain stands out clearly; "Alle voorstellen overnemen" takes only those. Answers that fit no
domain are gathered, and when they share words a new domain is proposed.

Nothing is downloaded and nothing leaves the installation: the lexicon is in this file, the examples
in grouping_examples.py, lemmas come from simplemma (which ships its data), the word model is learned
with numpy beforehand (`bench/grouping.py --fit`) and loaded in well under a second. The method was
chosen by measurement:
bench/grouping.py and bench/README.md.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import simplemma
from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession
from sqlalchemy.orm import aliased

from facilitation.models import Contribution, Domain, DomainSet, EssentialElement
from facilitation.words import stop_words

MAX_SUGGESTIONS = 3

# --- the lexicon ------------------------------------------------------------------------------------
# Themes of the answers in the source documents, each with words people use for it: Dutch and
# Flemish, English, French (without accents: text is compared without them). An entry is
#   word          the word, its inflections, a typo of it, or a part of a compound word
#   stem*         every word that starts with it
#   =word         only this word exactly (short words that are parts of too many others)
#   a few words   these words in a row (a phrase); matched before single words
#   entry:0.4     a weaker hint (default 1)
# A phrase with theme None is neutral: its words point nowhere ("rekening houden met").
THEMES: dict[str, str] = {
    "wonen": """
        woning* woon* wonen huis:0.6 huizen huur* huren verhuur* huisbaas eigenaar:0.6 appartement* studio
        =kot krot huisvesting dakloos* thuisloos verhuis* vocht* schimmel* isolatie isoleren renovatie
        renoveren verwarming* verwarmen =koud:0.5 =tocht slaapkamer* =kamer:0.5 energiepremie energiefactuur
        energie:0.6 huurwaarborg waarborg uithuiszetting svk woonmaatschappij
        housing house =home:0.5 =flat apartment =rent landlord mould mold damp heating homeless bedroom
        logement maison loyer proprietaire moisissure humidite chauffage sans-abri demenag*
        woonkwaliteit leegstand noodwoning* thuisloosheid dakloosheid conformiteit* huisjesmelker* =roof =toit habitation =hlm
    """,
    "leefomgeving": """
        =buurt:0.6 =wijk:0.6 =buurten:0.6 =wijken:0.6 straat:0.4 groen:0.6 =park parken verkeer* veilige:0.4 speelruimte leefomgeving
        omgeving:0.5 natuur fietspad* stoep zwerfvuil
        neighbourhood neighborhood traffic quartier circulation
    """,
    "inkomen": """
        inkomen* =geld centen =euro:0.5 =loon loonbeslag leefloon uitkering* schuld* budget* rekening:0.8
        rekeningen factuur* facturen betalen:0.4 betaalbaar:0.3 kosten:0.3 kost:0.3 =duur:0.3 goedkoop:0.3
        gratis:0.3 prijs:0.3 tekort* sparen spaar* toeslag* groeipakket kinderbijslag kindergeld premie:0.4
        tegemoetkoming rechten:0.4 ocmw:0.4 cpas financ* rondkomen afbetal* deurwaarder incasso
        studietoelage schoolpremie budgetmeter armoede:0.3
        money income debt* bills =bill benefit* allowance wage* salary =pay:0.4 afford*:0.4 expensive:0.3
        cheap:0.3 argent revenu* dette* facture* allocation* salaire payer:0.4 =cher:0.3
        leefloner* onderbescherming:0.6 armoedegrens koopkracht boodschappen:0.6 huishoudbudget betalingsplan minimuminkomen bijstand:0.6 =poen =cash groceries:0.6 poverty:0.3 =courses:0.4 pauvre:0.3
    """,
    "werk": """
        =werk werken werkloos* werkzoek* werkgever* werkplek werknemer* werkervaring arbeid* job*
        vdab sollicit* =cv vacature* contract:0.7 interim* uitzend* uurrooster* shift* ploegen* dagcontract
        tewerkstelling collega* loopbaan
        =work:0.8 employment unemployed employer career travail travailler emploi chomage boulot employeur
        werkloze* werklozen activering sociale-economie tijdskrediet verlof:0.6 werkwinkel jobcoach* jobstudent* arbeidsmarkt =boss part-time patron:0.6 embauche
    """,
    "opleiding": """
        opleiding* cursus*:0.4 vorming*:0.4 avondschool bijscholing volwassenenonderwijs =cvo taalles* taalcursus
        training:0.4 =course formation:0.6 laaggeschoold*:0.6 laagopgeleid*:0.6 kortgeschoold*:0.6
    """,
    "gezondheid": """
        gezond* dokter* huisarts* =arts tandarts* ziek* medisch* medicatie medicijn* apotheek* pillen
        psycholoog* psychiater* psycholog* depressie* mentaal mentale therapie* bril brillen brilletje kine
        kinesist* vaccin* spoed* zwanger* verpleeg* thuisverpleging ggz verslaving* =zorg:0.2
        zorgverlener*:0.5 terugbetaling:0.5 mutualiteit ziekenfonds* handicap* beperking:0.5
        health* doctor =gp dentist* sick =ill hospital* medicine* medication glasses sante medecin* dentiste*
        malade* hopital* medicament* lunettes mutuelle
        geestelijke:0.8 preventie:0.4 hoorapparaat logoped* revalidatie diabetes astma overgewicht tandzorg mondzorg psychisch* eerstelijn* wijkgezondheid* mantelzorg:0.6 burn-out burnout =slapen:0.4 dental teeth mental:0.8 therapist nurse pharmacy pills dents soins:0.6 pharmacie infirmi* =psy
    """,
    "voeding": """
        voeding* voedsel* =eten:0.8 maaltijd* ontbijt* middagmaal groenten fruit honger
        koken:0.5 boterhammen brooddoos
        food meal* breakfast hungry nourriture repas manger faim
        =soep =melk =lunch cantine dejeuner boodschappen:0.4
    """,
    "materieel": """
        kleding kleren kledij schoenen spullen laptop* computer*:0.5 =gsm tablet*:0.5 internet:0.5 meubel*
        wasmachine sociale-kruidenier voedselbank* voedselpakket* voedselhulp* voedselbedeling
        clothes shoes vetements chaussures
        materieel:0.6 materiele:0.6 deprivatie:0.5 fiets:0.5 luiers babyspullen tweedehands kringwinkel diapers nappies couches
    """,
    "onderwijs": """
        school* scholen onderwijs leerkracht* leraar* lerares =juf juffrouw =meester:0.6 =klas klassen
        klasgenot* huiswerk* studie* studeren diploma* kleuter* secundair middelbaar =les:0.5 lessen
        =leren:0.6 lezen:0.5 rekenen:0.5 boekentas* pennenzak turnzak zittenblijv* schoolachterstand =clb
        zorgleerkracht brugfiguur oudercontact refter speeltijd bijles* wiskunde
        homework teacher* =class education:0.6 =study diploma ecole devoirs enseignant* professeur* instit*
        classe etudes diplome scolaire
        leerling* slaagkans* ongekwalificeerd*:0.6 maximumfactuur spijbel* schooluitval leerachterstand achterstand:0.6 leerplicht* taalachterstand onderwijzer* zorgcoordinator rapport:0.5 examen* toets* pupil* student* learn*:0.6 reading:0.5 eleve* apprendre =cours:0.5
    """,
    "vrije_tijd": """
        vrijetijd* sport* voetbal* zwem* turn* =dansen dansles* muziek* tekenacademie academie:0.6
        jeugdbeweging* chiro scouts =ksa jeugdhuis* speelplein* speeltuin* spelen:0.6 hobby* hobbies
        =club:0.7 clubs kamp* vakantie* uitstap* daguitstap =zee pretpark plopsaland bioscoop cinema =film
        uitpas kansentarief lidgeld grabbelpas bibliotheek* =bib feest* verjaardag* fuif
        football soccer swimming leisure holiday* vacation =camp =camps playground music library =trip:0.6
        loisir* vacances piscine musique bibliotheque sortie* excursion*
        spelotheek:0.7 speelotheek:0.7 speelgoed:0.6 jeugdwerk* jeugddienst =jeugd:0.4 cultuur:0.5 cultureel:0.5 culturele:0.5 toneel theater museum tekenles atelier* knutsel* speelstraat =games jouer jeux jouets colonie =stage:0.5
    """,
    "kinderopvang": """
        kinderopvang* opvang:0.8 creche* kribbe kinderdagverblijf onthaalouder* onthaalmoeder* onthaalmama*
        naschoolse voorschoolse buitenschoolse =ibo babysit* peuterspeelzaal wachtlijst:0.3
        childcare daycare nursery babysitter garderie gardienne nounou
        opvangplaats* oppas*:0.8 =bko =kdv noodopvang childminder nanny
    """,
    "opvoeding": """
        opvoed* consultatiebureau* gezinsondersteuning gezinscoach* gezinsbegeleid* gezinszorg
        thuisbegeleid* ouderschap grenzen =grens =regels:0.6 ruzie* structuur:0.5 straffen discipline
        pleegzorg uithuisplaatsing jeugdhulp =baby:0.5 babys geboorte:0.6 kraamzorg prenata*
        alleenstaand*:0.6 peuter*:0.5
        parenting upbringing raising parentalite elever
        eenouder*:0.6 hechting gehechtheid ouderrol perinata* inloopteam* kraam* opgroei*:0.6 gezinsondersteun* pubers:0.6 puber*:0.6 tieners:0.5 zindelijk* voorlezen:0.5 ontwikkeling:0.4 stimul*:0.5 driftbui* =roepen:0.4 kinderrechten spelotheek:0.4 toddler* tantrum*
    """,
    "netwerk": """
        netwerk* contact* =buren buurvrouw buurman buurthuis* buurtcentrum* buurtwerk* dienstencentrum
        vriend* kennissen familie:0.6 ontmoet* samen:0.3 praten:0.4 babbel* informatie info communicatie
        communiceren =brief brieven folder* website =taal:0.6 =nederlands:0.4 tolk* vertaling papieren:0.4
        formulier* loket* welzijnsschakel vereniging*:0.6 participatie inspraak meebeslissen beslissen:0.5 terecht*:0.5 betrokken*
        gehoord:0.7 luister* samenwerk* doorverwijz* contactpersoon vertrouwenspersoon buddy vrijwillig*
        toegankelijk* bereikbaar* =bekend:0.3 proactief outreach aanklampend
        friend* neighbour* neighbor* information =contact language listen* community network
        amis amies voisin* =langue ecoute* reseau
        hulpverlening:0.4 hulpverlener*:0.4 dienstverlening:0.5 aanspreekpunt partners:0.4 overleg:0.4 dialoog:0.6 ervaringsdeskundig* betrekken:0.6 betrokkenheid drempel*:0.4 laagdrempelig*:0.4 toeleiding:0.5 casemanag*:0.5 =klappen:0.8 verhaal:0.4 =stem:0.4 wijkwerking sociale-media facebook whatsapp =sms telefoon:0.5 digitaal:0.5 digitale:0.5 talk*:0.5 parler:0.5
    """,
    "welbevinden": """
        welbevinden welzijn:0.5 geluk* =blij stress* =zorgen:0.2 eenzaam* alleen:0.4 schaamte schamen
        respect* waardigheid oordeel veroordeel* beoordel* vooroordel* stigma* =gezien:0.6 erkenning
        zelfvertrouwen vertrouwen:0.8 =rust angst* schrik:0.5 =bang verdriet gevoel* welkom vriendelijk*
        =warm:0.3 veilig:0.4 pest* uitsluiting
        lonely =alone:0.6 judg* happy shame trust =seul =seule solitude juge* heureux honte confiance
        beschaamd schaam* neerkijk* neerbuigend* menswaardig* waardig* discriminatie racisme uitgesloten isolement geisoleerd zelfbeeld eigenwaarde krachtgericht*:0.5 betutteld controleren:0.4 wantrouwen ontspanning:0.5 emotione*:0.5 hokje* ashamed dignity looked-down =respect dignite mepris*
    """,
}

PHRASES: dict[str, str | None] = {
    "huis van het kind": "opvoeding",
    "kind en gezin": "opvoeding",
    "hulp aan huis": "opvoeding",
    "uit huis geplaatst": "opvoeding",
    "uit huis pakken": "opvoeding",
    "kinderen afnemen": "opvoeding",
    "uit huis gezet": "wonen",
    "sociale woning": "wonen",
    "sociale woningen": "wonen",
    "sociaal verhuurkantoor": "wonen",
    "dak boven": "wonen",
    "sociale steun": "netwerk",
    "sociale cohesie": "netwerk",
    "sociaal netwerk": "netwerk",
    "sociaal kapitaal": "netwerk",
    "aanstaande moeders": "opvoeding",
    "aanstaande ouders": "opvoeding",
    "vrije tijd": "vrije_tijd",
    "einde van de maand": "inkomen",
    "eind van de maand": "inkomen",
    "end of the month": "inkomen",
    "fin du mois": "inkomen",
    "verhoogde tegemoetkoming": "inkomen",
    "sociaal tarief": "inkomen",
    "medische kaart": "gezondheid",
    "eenvoudige taal": "netwerk",
    "sociaal huis": "netwerk",
    "mee beslissen": "netwerk",
    "blijven zitten": "onderwijs",
    "serieus genomen": "welbevinden",
    "education de mes enfants": "opvoeding",
    "education de mon enfant": "opvoeding",
    # "huis" and "werk" in words that are no housing and no job
    "bij huis": None,
    "naar huis": None,
    "werken aan": None,
    # who the parents are, not what the answer is about ("opvang voor kinderen van werkende ouders")
    "werkende ouders": None,
    "ouders zonder werk": None,
    "ouders die werken": None,
    "raising my children": "opvoeding",
    "raising children": "opvoeding",
    "education des enfants": "opvoeding",
    "aide aux devoirs": "onderwijs",
    # neutral: these words point nowhere here
    "rekening houden": None,
    "rekening houdt": None,
    "rekening mee": None,
    "zorgen voor": None,
    "zorgt voor": None,
    "niet alleen": None,
    "alleen zijn": "welbevinden",
    "niet alleen zijn": "welbevinden",
    "alleen staan": "welbevinden",
}

# Words that point nowhere, though a theme word is in them: the verb "werken" in "die werkt",
# "gewerkt volgens", a "werking" (kleuterwerking, speelpleinwerking: also as the last part of a
# compound), "huisbezoek" (a visit, no housing).
NEUTRAL = "werkt gewerkt werking werkingen huisbezoek*"

# Which themes each domain of the shipped lists stands for (by the domain's shipped key).
KEY_THEMES: dict[str, tuple[str, ...]] = {
    # roadmap (seed 003)
    "onderwijs_vrije_tijd": ("onderwijs", "vrije_tijd", "opleiding"),
    "inkomen_gezondheid": ("inkomen", "werk", "gezondheid", "voeding", "materieel"),
    "communicatie_netwerkvorming": ("netwerk", "welbevinden"),
    "kinderopvang_opvoeding": ("kinderopvang", "opvoeding"),
    "wonen": ("wonen", "leefomgeving"),
    # Kind en Gezin-index (seed 004)
    "maandinkomen": ("inkomen", "materieel"),
    "opleiding_ouders": ("opleiding",),
    "stimulatieniveau_kinderen": ("vrije_tijd", "kinderopvang"),
    "arbeidssituatie_ouders": ("werk",),
    "huisvesting": ("wonen", "leefomgeving"),
    "gezondheid": ("gezondheid", "voeding"),
    # five dimensions (seed 002)
    "materieel_welzijn": ("inkomen", "materieel", "voeding"),
    "huisvesting_leefomgeving": ("wonen", "leefomgeving"),
    "opvoeding_onderwijs": ("onderwijs", "opvoeding", "kinderopvang", "opleiding"),
    "subjectief_welbevinden": ("welbevinden", "netwerk", "vrije_tijd"),
    # VONK Dilbeek (seed 004)
    "werk": ("werk", "opleiding"),
    "inkomen": ("inkomen", "materieel"),
    "welbevinden": ("welbevinden", "netwerk"),
    "onderwijs": ("onderwijs",),
    "kinderopvang": ("kinderopvang",),
    "opvoeding": ("opvoeding",),
    "vrije_tijd": ("vrije_tijd",),
}

# Words of a domain's name or its own word list that say nothing in these answers (every answer is
# about parents, children and families; "plaats" and "sociale" go with anything).
GENERIC = frozenset({
    "ouder", "ouders", "kind", "kinderen", "gezin", "gezinnen", "vrij", "vrije", "tijd", "leef", "leven", "plaats",
    "sociale", "sociaal", "zorg", "hulp", "steun", "regel", "van", "de", "het", "en",
})
GENERIC_WEIGHT = 0.15

# How the evidence adds up (set on the tuned part of bench/grouping.py, never on the held-out part).
EXAMPLE_WEIGHT = 1.2  # an example as similar as the answer itself counts as 1.2 strong words
EXAMPLE_MIN = 0.45  # below this similarity an example says nothing
SCORE_DAMPING = 0.6  # score = evidence / (all evidence + damping): one weak hint is no certainty
# Confident: a rule (score, margin, model, example, long answer, evidence, explained): the best score at
# least `score` and `margin` above the next domain (so never for a tie); with the word model (roadmap,
# vonk_dilbeek) its probability for the best domain at least `model` above its probability for any
# other domain (the model agrees, and is sure), and the shipped example nearest to the answer (character
# 3-grams, a second opinion independent of the model's weights) in the best domain, at least `example`
# similar (-1: not asked); in a longer sentence (more than `long answer` content words, as professionals
# write) at least `evidence` distinct words or examples behind it, and at least `explained` of its
# content words pointing to some domain: one theme word among many others, or a sentence mostly about
# things the lexicon does not know, is a guess.
# CONFIDENT_RULE was chosen in round 7 by bench/grouping.py --lowo, leaving one writer out (six writers
# and the seed sentences, both lists): the rule that covers most of the answers of the writers who did
# not write the lexicon while at least 96% of its confident suggestions are right over all of them
# together and at least 92% for every (list, writer) fold (see bench/README.md): score >= 0.5, 0.2
# above the next, the model's and the nearest shipped example's first domain the same, and in a
# sentence of more than 8 content words a word behind it. A list without a word model keeps round 4's
# rule (chosen on the tuning answers with part of the lexicon left out).
CONFIDENT_RULE = (0.5, 0.2, 0.0, 0.0, 8, 1, 0.0)
CONFIDENT_RULE_LEXICON = (0.55, 0.25, 0.0, -1.0, 6, 2, 0.2)
MODEL_WEIGHT = 1.0  # the model's probability for a domain counts as that many strong words
MODEL_MIN = 0.1  # below this probability the model says nothing for a domain
MODEL_WORD_LEAD = 0.5  # a word is named as the model's reason when it adds this much more to the domain
UNFIT_SCORE = 0.35  # below this the answer fits no domain well


# --- text ---------------------------------------------------------------------------------------------


def fold(text: str) -> str:
    """Lower-case without accents ("Crèche" -> "creche")."""
    decomposed = unicodedata.normalize("NFKD", (text or "").lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_WORD = re.compile(r"[^\W\d_]+")


def words_of(text: str) -> list[tuple[str, str]]:
    """The words of a text as (as typed, folded): ("Crèche", "creche"). Apostrophes and hyphens
    split words ("diploma's" -> "diploma", "s")."""
    return [(m.group(), fold(m.group())) for m in _WORD.finditer(text or "")]


@functools.lru_cache(maxsize=50_000)
def _variants(word: str) -> tuple[str, ...]:
    """A folded word, its Dutch lemma, the word without a plural or diminutive ending (Flemish
    "-ke", "-kes" too: "uitstapkes") and as spelled with "c" for "k" ("kontrakt")."""
    forms = [word, fold(simplemma.lemmatize(word, lang="nl"))]
    for ending in ("etjes", "etje", "tjes", "tje", "jes", "je", "skes", "ske", "kens", "kes", "ke", "en", "es",
                   "s", "e", "x"):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            forms.append(word[: -len(ending)])
    if "k" in word and len(word) >= 6:
        forms.append(word.replace("k", "c"))
    return tuple(dict.fromkeys(forms))


# Words that open a clause about the circumstances; the words after them count less.
CIRCUMSTANCE = frozenset({"omdat", "als", "zodat", "wanneer", "terwijl", "want", "indien", "zodra", "because",
                          "when", "if", "while", "parce", "quand", "si", "lorsque"})
CIRCUMSTANCE_FACTOR = 0.6


def _clause_factors(folded: Sequence[str]) -> list[float]:
    """How much each word counts: 1, or CIRCUMSTANCE_FACTOR from a word of CIRCUMSTANCE on."""
    factors, factor = [], 1.0
    for word in folded:
        if word in CIRCUMSTANCE:
            factor = CIRCUMSTANCE_FACTOR
        factors.append(factor)
    return factors


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


@functools.lru_cache(maxsize=50_000)
def _known_word(word: str) -> bool:
    return simplemma.is_known(word, lang="nl") or simplemma.is_known(word, lang="en")


# --- the lexicon, compiled --------------------------------------------------------------------------


@dataclass(frozen=True)
class _Entry:
    themes: tuple[str, ...]  # or domain ids as "#<id>" for a domain's own words
    weight: float


@dataclass
class Lexicon:
    """Words (exact, by prefix, fuzzy, as compound parts) and phrases, each pointing to labels."""

    exact: dict[str, dict[str, float]] = field(default_factory=dict)  # matched as typed only
    words: dict[str, dict[str, float]] = field(default_factory=dict)  # also inflected, fuzzy, in compounds
    prefixes: dict[str, dict[str, float]] = field(default_factory=dict)
    phrases: dict[tuple[str, ...], dict[str, float]] = field(default_factory=dict)
    fuzzy: dict[str, set[str]] = field(default_factory=dict)  # a deletion of a word -> the words
    sorted_keys: list[str] = field(default_factory=list)  # the words and prefixes, for a word cut short

    def add(self, entry: str, label: str | None, weight: float = 1.0) -> None:
        entry = fold(entry).strip()
        if ":" in entry:
            entry, _, given = entry.rpartition(":")
            weight = float(given)
        if not entry:
            return
        labels = {label: weight} if label else {}
        parts = [w for _, w in words_of(entry.replace("-", " ").lstrip("="))]
        if len(parts) > 1:
            self._put(self.phrases, tuple(parts), labels)
        elif entry.startswith("="):
            self._put(self.exact, parts[0], labels)
        elif entry.endswith("*"):
            self._put(self.prefixes, parts[0], labels)
        else:
            self._put(self.words, parts[0], labels)

    @staticmethod
    def _put(table: dict, key, labels: dict[str, float]) -> None:
        target = table.setdefault(key, {})
        for label, weight in labels.items():
            target[label] = max(weight, target.get(label, 0.0))

    def compile(self) -> Lexicon:
        for word, labels in list(self.words.items()):  # "centen" also as "cent" ("centjes")
            root = fold(simplemma.lemmatize(word, lang="nl"))
            if len(root) >= 4 and root not in self.words and root not in GENERIC:
                self.words[root] = labels
        for word in [*self.words, *self.prefixes]:
            if len(word) >= 5:
                for deletion in _deletes(word) | {word}:
                    self.fuzzy.setdefault(deletion, set()).add(word)
        self.sorted_keys = sorted({*self.words, *self.prefixes})
        return self

    def whole(self, word: str) -> dict[str, float] | None:
        """The labels of a word as a whole: exactly, inflected, or by a prefix entry."""
        if word in self.exact:
            return self.exact[word]
        forms = _variants(word)
        for form in forms:
            if form in self.words:
                return self.words[form]
        for form in forms:
            for end in range(len(form), 2, -1):
                if form[:end] in self.prefixes:
                    return self.prefixes[form[:end]]
        return None

    def truncated(self, word: str) -> dict[str, float]:
        """The labels of the known words that begin with an unknown word of 6+ letters (a word cut
        short or a diminutive of its first part: "onthaalmoe(ke)")."""
        found: dict[str, float] = {}
        for form in _variants(word):
            if len(form) < 6 or _known_word(form):
                continue
            at = bisect.bisect_left(self.sorted_keys, form)
            for key in self.sorted_keys[at : at + 8]:
                if not key.startswith(form):
                    break
                _merge(found, self.words.get(key) or self.prefixes.get(key) or {})
        return found

    def typo(self, word: str) -> dict[str, float]:
        """The labels of the known words one letter away (too many, too few or wrong: "woonig"),
        for a word of 5+ letters that is no Dutch or English word itself."""
        found: dict[str, float] = {}
        if len(word) >= 5 and not _known_word(word):
            for deletion in _deletes(word) | {word}:
                for candidate in self.fuzzy.get(deletion, ()):
                    _merge(found, self.words.get(candidate) or self.prefixes.get(candidate) or {})
        return found

    def parts(self, word: str) -> dict[str, float]:
        """The labels of a compound's longest known first part and longest known last part, each of
        4+ letters ("schoolgerief": "school"; "huiswerkbegeleiding": "huiswerk")."""
        found: dict[str, float] = {}
        for cut in range(len(word) - 3, 3, -1):  # the longest first part
            if (labels := self._part(word[:cut])) is not None:
                _merge(found, labels)
                break
        for cut in range(3, len(word) - 3):  # the longest last part
            if (labels := self._part(word[cut:])) is not None:
                _merge(found, labels)
                break
        return found

    def _part(self, part: str) -> dict[str, float] | None:
        return self.words.get(part) if part in self.words else self.prefixes.get(part)


def _merge(found: dict[str, float], labels: dict[str, float], factor: float = 1.0) -> None:
    for label, weight in labels.items():
        found[label] = max(weight * factor, found.get(label, 0.0))


@functools.lru_cache(maxsize=1)
def theme_lexicon() -> Lexicon:
    lexicon = Lexicon()
    for theme, entries in THEMES.items():
        for entry in entries.split():
            lexicon.add(entry.replace("-", " ") if "-" in entry else entry, theme)
    for phrase, theme in PHRASES.items():
        lexicon.add(phrase, theme)
    for word in NEUTRAL.split():
        lexicon.add(word, None)
    return lexicon.compile()


# --- examples ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Example:
    """An answer or element placed in a domain by a facilitator. ``local`` when it belongs to the
    same trajectory (then it may be quoted); ``item`` is (kind, id), so an item never teaches
    itself."""

    domain_id: int
    text: str
    local: bool = True
    item: tuple[str, int] | None = None


def _grams(folded_words: Iterable[str]) -> Counter[str]:
    """Character 3-grams of the content words, inside word boundaries ("<sch", "sch", ...)."""
    stop = _stop_words()
    grams: Counter[str] = Counter()
    for word in folded_words:
        if word in stop or len(word) < 3:
            continue
        padded = f"<{word}>"
        grams.update(padded[i : i + 3] for i in range(len(padded) - 2))
    return grams


@functools.lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    from stop_words import get_stop_words

    extra = {"the", "and", "for", "with", "les", "des", "une", "pour", "pas", "sans", "avec", "mijn", "mijne",
             "ne", "nen", "da", "wa", "ni", "gij", "ge", "kinderen", "kind", "kids", "ouders", "ouder", "gezin",
             "enfants", "children", "mama", "papa", "mamas", "papas"}
    return frozenset({fold(w) for w in stop_words()} | {fold(w) for w in get_stop_words("french")} | extra)


class _ExampleIndex:
    """Placed answers as TF-IDF vectors of character 3-grams, searched through an inverted index."""

    def __init__(self, examples: Sequence[Example]):
        self.examples = list(examples)
        vectors = [_grams(w for _, w in words_of(e.text)) for e in self.examples]
        documents = Counter(g for v in vectors for g in v)
        n = len(vectors) + 1
        self.idf = {g: math.log(n / df) + 1.0 for g, df in documents.items()}
        self.postings: dict[str, list[tuple[int, float]]] = {}
        for index, vector in enumerate(vectors):
            weights = {g: c * self.idf[g] for g, c in vector.items()}
            norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
            for gram, weight in weights.items():
                self.postings.setdefault(gram, []).append((index, weight / norm))

    def nearest(self, folded_words: Sequence[str], *, skip: tuple[str, int] | None) -> dict[int, tuple[float, int]]:
        """Per domain: the highest cosine similarity of an example to the text, and that example."""
        if not self.postings:
            return {}
        vector = _grams(folded_words)
        weights = {g: c * self.idf[g] for g, c in vector.items() if g in self.idf}
        norm = math.sqrt(sum(w * w for w in weights.values()))
        if not norm:
            return {}
        scores: dict[int, float] = {}
        for gram, weight in weights.items():
            for index, other in self.postings[gram]:
                scores[index] = scores.get(index, 0.0) + weight / norm * other
        best: dict[int, tuple[float, int]] = {}
        for index, score in scores.items():
            example = self.examples[index]
            if skip is not None and example.item == skip:
                continue
            if score > best.get(example.domain_id, (0.0, -1))[0]:
                best[example.domain_id] = (score, index)
        return best


# --- what the labelled answers shipped with the app teach (a model learned from them) -----------------
# facilitation/grouping_examples.py holds answers written and labelled by several people for the
# shipped lists roadmap and vonk_dilbeek. On first use a multinomial logistic regression is learned
# from them per list, over the lemmas and character 3-5-grams of the content words and the themes the
# lexicon finds (so it learns where people put a theme: "stress" under roadmap's "Inkomen en
# gezondheid"). Its probability counts next to the lexicon's words (MODEL_WEIGHT), only where it is at
# least MODEL_MIN: an answer it knows nothing of gets nothing from it.

MODEL_SETS = ("roadmap", "vonk_dilbeek")
MODEL_THEME_SCALE = 0.5  # how much a theme of the lexicon counts as a feature, next to the words
MODEL_L2 = 1e-3
MODEL_STEPS = 150
MODEL_RATE = 0.2  # Adam's step size (150 steps at 0.2: as good as 300 at 0.1, leaving one writer out)
MODEL_GRAMS = (3, 4, 5)  # character n-grams of the content words
MODEL_MIN_TEXTS = 2  # a feature is learned when this many shipped examples have it


def model_features(typed_words: Sequence[tuple[str, str]], themes: dict[str, dict[str, float]]
                   ) -> list[tuple[int, str, float]]:
    """The features of a text: (position of its word or -1, name, value): the lemma of each
    content word ("w..."), its character 3-5-grams ("g...", together of length 1), each phrase of the
    lexicon as a whole ("p...": the "huis" of "Huis van het Kind" is no house), the themes the lexicon
    finds ("t...") and a constant. A word the lexicon knows as neutral ("huisbezoeken") has no n-grams."""
    stop, lexicon = _stop_words(), theme_lexicon()
    phrases = _phrases_in([w for _, w in typed_words], (lexicon,))
    phrased = {i for window, _, _ in phrases for i in window}
    content = [(i, w) for i, (_, w) in enumerate(typed_words) if w not in stop and len(w) > 2 and i not in phrased]
    features: list[tuple[int, str, float]] = []
    if content or phrases:
        weight = 1 / math.sqrt(len(content) + len(phrases))
        features += [(window.start, "p" + " ".join(phrase), weight) for window, phrase, _ in phrases]
        for i, word in content:
            features.append((i, "w" + fold(simplemma.lemmatize(word, lang="nl")), weight))
        grams = [(i, padded[s : s + n]) for i, word in content if lexicon.whole(word) != {}
                 for padded in (f"<{word}>",) for n in MODEL_GRAMS for s in range(len(padded) - n + 1)]
        counts = Counter(gram for _, gram in grams)
        norm = math.sqrt(sum(c * c for c in counts.values())) or 1.0
        features += [(i, "g" + gram, 1 / norm) for i, gram in grams]
    for theme, words in themes.items():
        if not theme.startswith("#"):
            features.append((-1, "t" + theme, MODEL_THEME_SCALE * min(sum(words.values()), 2.0)))
    features.append((-1, "", 1.0))
    return features


class WordModel:
    """Multinomial logistic regression over named features: per feature (a row of ``weights``, in the
    order of ``names``) what it adds to each class; and the (class, text) examples it was learned from,
    whose nearest one is a second opinion for "confident"."""

    def __init__(self, classes: Sequence[str], names: Sequence[str], weights,
                 examples: Sequence[tuple[str, str]] = ()):
        self.classes = list(classes)
        self.names = list(names)
        self.weights = weights  # a numpy array: features x classes
        self.row = {name: j for j, name in enumerate(self.names)}
        self.examples = list(examples)

    @functools.cached_property
    def index(self) -> _ExampleIndex:
        """The examples learned from as character 3-gram vectors (built once, at first use)."""
        column = {c: j for j, c in enumerate(self.classes)}
        return _ExampleIndex([Example(column[key], text, local=False) for key, text in self.examples])

    def nearest(self, folded_words: Sequence[str]) -> dict[str, float]:
        """Per class: how similar the nearest example learned from is to the text (0-1)."""
        return {self.classes[j]: similarity for j, (similarity, _) in self.index.nearest(folded_words, skip=None).items()}

    @classmethod
    def learn(cls, features: Sequence[Sequence[tuple[int, str, float]]], labels: Sequence[str]) -> WordModel:
        """Learned with L2 by full-batch Adam from zero: the same weights every time."""
        import numpy as np

        classes = sorted(set(labels))
        texts = []
        for text in features:  # per text: feature -> value
            summed: dict[str, float] = {}
            for _, name, value in text:
                summed[name] = summed.get(name, 0.0) + value
            texts.append(summed)
        seen = Counter(name for text in texts for name in text)  # a feature of one text only teaches nothing
        vocabulary: dict[str, int] = {}
        index, values, rows = [], [], []
        for row, text in enumerate(texts):
            for name, value in text.items():
                if seen[name] >= MODEL_MIN_TEXTS or not name:
                    index.append(vocabulary.setdefault(name, len(vocabulary)))
                    values.append(value)
                    rows.append(row)
        index, values, rows = np.array(index), np.array(values, dtype=np.float32), np.array(rows)
        n, k = len(features), len(classes)
        target = np.zeros((n, k), dtype=np.float32)
        target[np.arange(n), [classes.index(label) for label in labels]] = 1.0
        row_starts = np.flatnonzero(np.r_[True, rows[1:] != rows[:-1]])  # every text has the constant
        order = np.argsort(index, kind="stable")  # every feature occurs at least once
        feature_starts = np.flatnonzero(np.r_[True, index[order][1:] != index[order][:-1]])
        weights = np.zeros((len(vocabulary), k), dtype=np.float32)
        first, second = np.zeros_like(weights), np.zeros_like(weights)
        for step in range(1, MODEL_STEPS + 1):
            logits = np.add.reduceat(weights[index] * values[:, None], row_starts, axis=0)
            logits -= logits.max(axis=1, keepdims=True)
            p = np.exp(logits)
            p /= p.sum(axis=1, keepdims=True)
            error = (p - target) / n
            gradient = np.add.reduceat((values[:, None] * error[rows])[order], feature_starts, axis=0)
            gradient += MODEL_L2 * weights
            first = 0.9 * first + 0.1 * gradient
            second = 0.999 * second + 0.001 * gradient * gradient
            weights -= MODEL_RATE * (first / (1 - 0.9**step)) / (np.sqrt(second / (1 - 0.999**step)) + 1e-8)
        weights -= weights.mean(axis=1, keepdims=True)  # what a feature says for one class against the others
        return cls(classes, list(vocabulary), weights)

    def probabilities(self, features: Sequence[tuple[int, str, float]]) -> tuple[dict[str, float], dict[int, list[float]]]:
        """Per class its probability; and per word position what its features add to each class."""
        import numpy as np

        known = [(position, self.row[name], value) for position, name, value in features if name in self.row]
        positions = [position for position, _, _ in known]
        added = self.weights[[j for _, j, _ in known]] * np.array([value for _, _, value in known])[:, None]
        logits = added.sum(axis=0)
        exp = np.exp(logits - logits.max())
        by_word = {position: added[[i for i, p in enumerate(positions) if p == position]].sum(axis=0).tolist()
                   for position in set(positions) if position >= 0}
        return dict(zip(self.classes, (exp / exp.sum()).tolist())), by_word


def shipped_examples() -> dict[str, list[tuple[str, str]]]:
    """Per shipped list (roadmap, vonk_dilbeek): (domain key, text) of the labelled answers shipped in
    facilitation/grouping_examples.py ("-": not labelled for that list)."""
    from facilitation.exercises import catalogue
    from facilitation.grouping_examples import EXAMPLES

    keys = {s: {d.name.nl.lower(): d.id for d in catalogue().domain_sets[s].domains} for s in MODEL_SETS}
    out: dict[str, list[tuple[str, str]]] = {s: [] for s in MODEL_SETS}
    for line in EXAMPLES.strip("\n").splitlines():
        *names, text = line.split("\t")
        for set_key, name in zip(MODEL_SETS, names):
            if name != "-":
                out[set_key].append((keys[set_key][name.lower()], text))
    return out


def train_model(examples: Sequence[tuple[str, str]]) -> WordModel:
    """A WordModel for (domain key, text) pairs."""
    features = []
    for _, text in examples:
        typed_words = [(typed.lower(), folded) for typed, folded in words_of(text)]
        features.append(model_features(typed_words, _label_evidence(typed_words)))
    model = WordModel.learn(features, [key for key, _ in examples])
    return WordModel(model.classes, model.names, model.weights, examples)


# The models of the shipped lists are learned beforehand (`bench/grouping.py --fit`, 10-20 s) and shipped
# in MODEL_FILE with the fingerprint of what they were learned from (the examples and this module: its
# lexicon, features and settings): a meeting never waits on learning. tests/test_suggest.py checks that
# the file matches; should it not (this file or the examples changed without --fit), the model is
# learned at first use.
MODEL_FILE = Path(__file__).with_name("grouping_model.npz")


def model_fingerprint() -> str:
    """A hash of everything the shipped models are learned from: the examples and this module."""
    import hashlib

    from facilitation.grouping_examples import EXAMPLES

    return hashlib.sha256((EXAMPLES + Path(__file__).read_text(encoding="utf-8")).encode()).hexdigest()


def write_shipped_models(path: Path = MODEL_FILE) -> None:
    """Learn the model of every shipped list from the shipped examples and write them to ``path``."""
    import numpy as np

    arrays: dict[str, np.ndarray] = {"fingerprint": np.array(model_fingerprint())}
    for set_key, examples in shipped_examples().items():
        model = train_model(examples)
        arrays[f"{set_key}.classes"] = np.array(model.classes)
        arrays[f"{set_key}.features"] = np.array(model.names)
        arrays[f"{set_key}.weights"] = model.weights
    np.savez_compressed(path, **arrays)


def stored_models(path: Path = MODEL_FILE) -> dict[str, WordModel] | None:
    """The models in ``path``; None when it is missing or was learned from other examples or settings."""
    import numpy as np

    if not path.exists():
        return None
    with np.load(path, allow_pickle=False) as stored:
        if str(stored["fingerprint"]) != model_fingerprint():
            return None
        examples = shipped_examples()
        return {set_key: WordModel(stored[f"{set_key}.classes"].tolist(), stored[f"{set_key}.features"].tolist(),
                                   stored[f"{set_key}.weights"], examples[set_key])
                for set_key in MODEL_SETS if f"{set_key}.classes" in stored}


@functools.cache
def _stored_models() -> dict[str, WordModel]:
    return stored_models() or {}


@functools.cache
def shipped_model(set_key: str) -> WordModel | None:
    """The model of a shipped list (from MODEL_FILE; learned once per process only when that file does not
    match); None for a list without examples."""
    if set_key in _stored_models():
        return _stored_models()[set_key]
    examples = shipped_examples().get(set_key)
    return train_model(examples) if examples else None


def warm() -> None:
    """Compile the lexicon, load the shipped models, index their examples and load the dictionaries a
    typo is looked up in now, so the first suggestion in a meeting does not wait for them (a server
    calls this at start, on a thread of its own). Then what is loaded so far is frozen out of the
    garbage collector's way (gc.freeze): it lives as long as the process, and without that every full
    collection walks it again, a pause of 60-140 ms in the middle of a suggestion."""
    import gc

    for set_key in shipped_examples():
        suggest("school woonig", shipped_domains(set_key))
    gc.freeze()


def model_for(domains: Sequence[Domain]) -> WordModel | None:
    """The model of the shipped list these domains are a copy of: most of their keys are that list's
    and they have at least half of its domains (a group may add or remove a few)."""
    from facilitation.exercises import catalogue

    keys = {d.key for d in domains if d.key}
    for set_key in MODEL_SETS:
        shipped = {d.id for d in catalogue().domain_sets[set_key].domains}
        if len(keys & shipped) * 2 >= len(shipped) and len(keys & shipped) * 2 > len(keys):
            return shipped_model(set_key)
    return None


# --- suggestions --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Suggestion:
    """One proposed domain: its score (0-1) and why: the words of the answer (as typed) that point
    to it, and/or an answer already placed there that this one looks like."""

    domain_id: int
    score: float
    words: tuple[str, ...] = ()
    example: str | None = None  # quoted only from the same trajectory
    example_words: tuple[str, ...] = ()  # the words shared with an example of another trajectory
    learned: bool = False  # the model learned from the shipped examples counts for it
    learned_words: tuple[str, ...] = ()  # the words of the answer it names (not those of the lexicon)

    @property
    def why(self) -> str:
        return self.reason()

    def reason(self, escape: Callable[[str], str] = str) -> str:
        """Why, in words a person can check; ``escape`` is applied to what people typed (for
        Markdown on a page)."""
        reasons = []
        if self.words:
            reasons.append("door de woorden: " + escape(", ".join(self.words)))
        if self.example is not None:
            reasons.append(f"lijkt op: '{escape(_short(self.example))}'")
        elif self.example_words:
            reasons.append("lijkt op een antwoord uit een ander traject: " + escape(", ".join(self.example_words)))
        if self.learned_words:
            reasons.append("zoals in de meegeleverde voorbeelden: " + escape(", ".join(self.learned_words)))
        elif self.learned and not reasons:
            reasons.append("zoals in de meegeleverde voorbeelden")
        return "; ".join(reasons)


@dataclass(frozen=True)
class Suggestions:
    """The ranked suggestions for one answer, best first (ties side by side), and whether the best
    one is confident enough to take over without a look."""

    ranked: tuple[Suggestion, ...] = ()
    confident: bool = False

    @property
    def best(self) -> Suggestion | None:
        return self.ranked[0] if self.ranked else None

    @property
    def tied(self) -> bool:
        return len(self.ranked) > 1 and self.ranked[0].score == self.ranked[1].score

    @property
    def fits(self) -> bool:
        """False when no domain fits the answer well (it goes to the new-domain proposal)."""
        return bool(self.ranked) and self.ranked[0].score >= UNFIT_SCORE


NOTHING = Suggestions()


def _short(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _domain_lexicon(domains: Sequence[Domain]) -> tuple[Lexicon, dict[str, set[int]]]:
    """The words of each domain itself (its own word list and its name) under the label "#<id>",
    and which domains stand for which theme: by its shipped key, or by a word of its name that
    belongs to a theme ("Gezondheid en welzijn" -> gezondheid)."""
    own = Lexicon()
    themes: dict[str, set[int]] = {}
    lexicon = theme_lexicon()
    for domain in domains:
        label = f"#{domain.id}"
        for word in (domain.lemmas or "").replace(",", " ").split():
            folded = fold(word)
            own.add(folded, label, GENERIC_WEIGHT if folded in GENERIC else 1.0)
        name = [w for _, w in words_of(domain.name or "")]
        for word in name:
            if word not in GENERIC and word not in _stop_words():
                own.add(word, label)
        for first, second in zip(name, name[1:]):
            if first not in _stop_words() and second not in _stop_words():
                own.add(first + second, label)  # "vrije tijd" -> "vrijetijd"
        keyed = KEY_THEMES.get(domain.key or "")
        if keyed is None:  # a domain of the group's own: the themes of its name
            keyed = tuple(
                theme for word in name if word not in GENERIC for theme, w in (lexicon.whole(word) or {}).items()
                if w >= 0.6
            )
        for theme in keyed:
            themes.setdefault(theme, set()).add(domain.id)
    return own.compile(), themes


def _phrases_in(folded: Sequence[str], lexicons: Sequence[Lexicon]) -> list[tuple[range, tuple[str, ...], dict[str, float]]]:
    """The phrases of the lexicons in the (folded) words, longest first, each taking its words:
    (positions, phrase, labels)."""
    phrases = sorted(((p, labels) for lexicon in lexicons for p, labels in lexicon.phrases.items()),
                     key=lambda pair: -len(pair[0]))
    found, used = [], set()
    for phrase, labels in phrases:
        size = len(phrase)
        for start in range(len(folded) - size + 1):
            window = range(start, start + size)
            if used.isdisjoint(window) and all(
                folded[i] == part or part in _variants(folded[i]) for i, part in zip(window, phrase)
            ):
                used.update(window)
                found.append((window, phrase, labels))
    return found


def _label_evidence(typed_words: Sequence[tuple[str, str]], own: Lexicon | None = None) -> dict[str, dict[str, float]]:
    """Per label (a theme, or "#<id>" for a domain's own words): the words of the text (as typed)
    that point to it, each with its weight. What follows "omdat", "als", "zodat", ... is the
    circumstance, not the subject: it counts less ("Opvang voor als je moet gaan werken" is about
    childcare, not about work)."""
    folded = [w for _, w in typed_words]
    evidence: dict[str, dict[str, float]] = {}
    used: set[int] = set()
    lexicons = (theme_lexicon(), own) if own is not None else (theme_lexicon(),)
    factors = _clause_factors(folded)

    def point(labels: dict[str, float], typed: str, factor: float) -> None:
        for label, weight in labels.items():
            words = evidence.setdefault(label, {})
            words[typed] = max(weight * factor, words.get(typed, 0.0))

    for window, _, labels in _phrases_in(folded, lexicons):  # phrases first: they take their words
        used.update(window)
        point(labels, " ".join(typed_words[i][0] for i in window), factors[window.start])
    for position in range(len(folded) - 1 if own is not None else 0):  # two words that are one in a domain's name
        joined = folded[position] + folded[position + 1]
        if not {position, position + 1} & used and joined in own.words:
            used.update((position, position + 1))
            point(own.words[joined], f"{typed_words[position][0]} {typed_words[position + 1][0]}", factors[position])
    for position, (typed, word) in enumerate(typed_words):
        if position in used or len(word) < 2:
            continue
        labels: dict[str, float] = {}
        known = False  # a neutral word ("huisbezoeken") is known too: it is not read as a typo or parts
        for lexicon in lexicons:
            whole = lexicon.whole(word)
            known = known or whole is not None
            _merge(labels, whole or {})
        for look in (Lexicon.typo, Lexicon.truncated, Lexicon.parts):  # only when the word is unknown
            if known or len(word) < (7 if look is Lexicon.parts else 5):
                break
            for lexicon in lexicons:
                _merge(labels, look(lexicon, word))
        point(labels, typed, factors[position])
    return evidence


class Assistant:
    """Suggestions for the answers of one domain list, with the placed answers as examples and, for a
    copy of a shipped list, the model learned from the shipped examples ("shipped": found by
    model_for; None: without)."""

    def __init__(self, domains: Sequence[Domain], examples: Sequence[Example] = (), *,
                 model: WordModel | None | str = "shipped"):
        self.domain_ids = [d.id for d in domains]
        self.own, self.themes = _domain_lexicon(domains)
        known = set(self.domain_ids)
        self.index = _ExampleIndex([e for e in examples if e.domain_id in known])
        self.model = model_for(domains) if model == "shipped" else model
        self.key_ids = {d.key: d.id for d in domains if d.key}

    def _word_evidence(self, labels: dict[str, dict[str, float]]) -> dict[int, dict[str, float]]:
        """Per domain: the words of the text (as typed) that point to it, each with its weight, from
        the words per label (_label_evidence)."""
        evidence: dict[int, dict[str, float]] = {}
        for label, words in labels.items():
            for domain_id in [int(label[1:])] if label.startswith("#") else self.themes.get(label, ()):
                _merge(evidence.setdefault(domain_id, {}), words)
        return evidence

    def _model_shares(self, typed_words, labels) -> tuple[dict[int, float], dict[int, tuple[str, ...]]]:
        """Per domain the model's probability (over the domains of this list that it knows), and the
        words of the text that speak most for it."""
        if self.model is None:
            return {}, {}
        features = model_features(typed_words, labels)
        if all(position < 0 for position, _, _ in features):  # no content word: nothing to go on
            return {}, {}
        probabilities, by_word = self.model.probabilities(features)
        present = {self.key_ids[c]: p for c, p in probabilities.items() if c in self.key_ids}
        total = sum(present.values()) or 1.0
        shares = {d: p / total for d, p in present.items()}
        columns = {self.key_ids[c]: j for j, c in enumerate(self.model.classes) if c in self.key_ids}
        words: dict[int, tuple[str, ...]] = {}
        for domain_id, j in columns.items():
            speaking = sorted(((added[j] - max(a for i, a in enumerate(added) if i != j), position)
                               for position, added in by_word.items()), reverse=True)
            words[domain_id] = tuple(dict.fromkeys(typed_words[position][0] for lead, position in speaking[:3]
                                                   if lead >= MODEL_WORD_LEAD))
        return shares, words

    def signals(self, text: str, *, item: tuple[str, int] | None = None):
        """What a suggestion is made of: (typed words, word evidence per domain, nearest example per
        domain, the model's share per domain, the model's words per domain, per domain the similarity
        of the nearest example the model learned from); None without words."""
        typed_words = [(typed.lower(), folded) for typed, folded in words_of(text)]
        if not typed_words or not self.domain_ids:
            return None
        labels = _label_evidence(typed_words, self.own)
        shares, model_words = self._model_shares(typed_words, labels)
        folded = [w for _, w in typed_words]
        learned = {} if not shares else {self.key_ids[c]: similarity for c, similarity in self.model.nearest(folded).items()
                                         if c in self.key_ids}
        return (typed_words, self._word_evidence(labels), self.index.nearest(folded, skip=item), shares, model_words,
                learned)

    def suggest(self, text: str, *, item: tuple[str, int] | None = None) -> Suggestions:
        """Up to three domains for the text, best first; domains that tie at the top all stay."""
        signals = self.signals(text, item=item)
        return NOTHING if signals is None else self.suggest_from(signals)

    def suggest_from(self, signals) -> Suggestions:
        """The suggestions made of what signals() found."""
        typed_words, evidence, nearest, shares, model_words, learned = signals
        totals: dict[int, float] = {}
        for domain_id in self.domain_ids:
            words = sum(evidence.get(domain_id, {}).values())
            similarity, _ = nearest.get(domain_id, (0.0, -1))
            example = EXAMPLE_WEIGHT * similarity if similarity >= EXAMPLE_MIN else 0.0
            share = shares.get(domain_id, 0.0)
            model = MODEL_WEIGHT * share if share >= MODEL_MIN else 0.0
            if words or example or model:
                totals[domain_id] = words + example + model
        if not totals:
            return NOTHING
        overall = sum(totals.values()) + SCORE_DAMPING
        order = sorted(totals, key=lambda d: (-totals[d], self.domain_ids.index(d)))
        top = totals[order[0]]
        keep = [d for d in order if totals[d] == top]  # a tie at the top is never cut
        keep += [d for d in order if d not in keep][: max(0, MAX_SUGGESTIONS - len(keep))]
        ranked = tuple(self._suggestion(d, totals[d] / overall, evidence, nearest, typed_words,
                                        model_words.get(d, ()) if d in shares and shares[d] >= MODEL_MIN else None)
                       for d in keep)
        return Suggestions(ranked, _confident(ranked, typed_words, evidence, shares, learned))

    def _suggestion(self, domain_id, score, evidence, nearest, typed_words, model_words) -> Suggestion:
        """model_words: the words the model names for the domain; None when it does not count there."""
        words = tuple(w for w, weight in evidence.get(domain_id, {}).items() if weight > GENERIC_WEIGHT)
        found = Suggestion(domain_id, round(score, 2), words, learned=model_words is not None,
                           learned_words=tuple(w for w in model_words or () if w not in words))
        similarity, index = nearest.get(domain_id, (0.0, -1))
        if similarity < EXAMPLE_MIN:
            return found
        example = self.index.examples[index]
        if example.local:
            return dataclasses.replace(found, example=example.text)
        theirs = {form for _, w in words_of(example.text) for form in _variants(w)}
        shared = tuple(dict.fromkeys(
            typed for typed, folded in typed_words
            if folded not in _stop_words() and len(folded) > 2 and theirs.intersection(_variants(folded))
        ))
        return dataclasses.replace(found, example_words=shared)


def confidence_facts(ranked: Sequence[Suggestion], typed_words: Sequence[tuple[str, str]],
                     evidence: dict[int, dict[str, float]], shares: dict[int, float],
                     learned: dict[int, float]) -> tuple[float, ...]:
    """What _confident decides on: the best score, its margin over the next domain, the number of
    content words, the words or examples behind the best, how many content words point to some
    domain, how far the model's probability for the best domain is above its probability for any
    other domain (1 without a model; below 0 when the model prefers another one), and how similar the
    nearest example the model learned from is when it is in the best domain (-1 when it is in another
    one or there is none; 1 without a model)."""
    best = ranked[0]
    second = ranked[1].score if len(ranked) > 1 else 0.0
    stop = _stop_words()
    content = [typed for typed, w in typed_words if w not in stop and len(w) > 2]
    pointing = {part for words in evidence.values() for typed, weight in words.items() if weight > GENERIC_WEIGHT
                for part in typed.split()}
    explained = sum(1 for typed in content if typed in pointing)
    behind = len(best.words) + bool(best.example or best.example_words)
    lead = nearest = 1.0
    if shares:
        lead = shares.get(best.domain_id, 0.0) - max((p for d, p in shares.items() if d != best.domain_id), default=0.0)
        closest = max(learned, key=learned.get, default=None)
        nearest = learned[closest] if closest == best.domain_id else -1.0
    return (best.score, round(best.score - second, 2), len(content), behind, explained, lead, nearest)


def _confident(ranked: Sequence[Suggestion], typed_words: Sequence[tuple[str, str]],
               evidence: dict[int, dict[str, float]], shares: dict[int, float], learned: dict[int, float]) -> bool:
    """Whether the best suggestion may be taken over without a look (see CONFIDENT_RULE)."""
    score, margin, content, behind, explained, model, nearest = confidence_facts(ranked, typed_words, evidence,
                                                                                 shares, learned)
    least, apart, sure, similar, long, needed, share = CONFIDENT_RULE if shares else CONFIDENT_RULE_LEXICON
    if score < least or margin < apart or model < sure or nearest < similar:
        return False
    return content <= long or (behind >= needed and explained >= share * content)


def suggest(text: str, domains: Sequence[Domain], examples: Sequence[Example] = ()) -> Suggestions:
    """The ranked suggestions for one text (for a batch, build one Assistant)."""
    return Assistant(domains, examples).suggest(text)


# --- a new domain for what fits nowhere -------------------------------------------------------------


@dataclass(frozen=True)
class NewDomainProposal:
    """A domain to propose for answers that fit no domain: a name and the words they share."""

    name: str
    words: tuple[str, ...]
    texts: tuple[str, ...]


def propose_new_domain(texts: Sequence[str], *, min_answers: int = 2) -> NewDomainProposal | None:
    """The words that at least ``min_answers`` of the texts share (by lemma, as typed most often),
    most shared first; None when they share nothing."""
    stop = _stop_words()
    forms: dict[str, Counter[str]] = {}
    answers: dict[str, set[int]] = {}
    for index, text in enumerate(texts):
        for typed, folded in words_of(text):
            if len(folded) < 3 or folded in stop or folded in GENERIC:
                continue
            root = fold(simplemma.lemmatize(folded, lang="nl"))
            if root in stop or root in GENERIC:
                continue
            forms.setdefault(root, Counter())[typed.lower()] += 1
            answers.setdefault(root, set()).add(index)
    shared = sorted((r for r in answers if len(answers[r]) >= min_answers),
                    key=lambda r: (-len(answers[r]), r))
    if not shared:
        return None
    words = tuple(forms[r].most_common(1)[0][0] for r in shared[:6])
    covered = set().union(*(answers[r] for r in shared[:6]))
    return NewDomainProposal(words[0].capitalize(), words, tuple(texts[i] for i in sorted(covered)))


# --- the placed answers of an installation ----------------------------------------------------------


SHARED_EXAMPLES_MAX = 3000


def examples_for(session: DbSession, *, domain_set: DomainSet) -> list[Example]:
    """The answers and essential elements already placed in the domains of this list (visible
    ones only), and, for its domains with a shipped key, those placed in a domain with the same
    key of a shipped list in the other trajectories of this installation. Never the domains a
    group made itself in another trajectory."""
    own_ids = {d.id for d in domain_set.domains}
    by_key = {d.key: d.id for d in domain_set.domains if d.key}
    examples = [
        Example(domain_id, text, True, item)
        for domain_id, text, item in _placed(session, DomainSet.id == domain_set.id)
        if domain_id in own_ids
    ]
    if by_key:
        shared = _placed(
            session,
            (DomainSet.trajectory_id != domain_set.trajectory_id)
            & DomainSet.source_key.is_not(None)
            & Domain.key.in_(list(by_key)),
            with_key=True,
            limit=SHARED_EXAMPLES_MAX,
        )
        examples += [Example(by_key[key], text, False, None) for key, text, _ in shared]
    return examples


def _placed(session: DbSession, where, *, with_key: bool = False, limit: int | None = None):
    """(domain id or key, text, (kind, id)) of the visible placed answers and elements."""
    leader = aliased(Contribution)
    label = Domain.key if with_key else Domain.id
    answers = (
        select(label, Contribution.text, Contribution.id)
        .join(Domain, Contribution.domain_id == Domain.id)
        .join(DomainSet, Domain.domain_set_id == DomainSet.id)
        .where(where, Contribution.hidden.is_(False), Contribution.approved.is_(True),
               Contribution.merged_into_id.is_(None))
        .order_by(Contribution.id.desc())
    )
    elements = (
        select(label, EssentialElement.text, EssentialElement.id)
        .join(Domain, EssentialElement.domain_id == Domain.id)
        .join(DomainSet, Domain.domain_set_id == DomainSet.id)
        .join(Contribution, EssentialElement.contribution_id == Contribution.id)
        .outerjoin(leader, Contribution.merged_into_id == leader.id)
        .where(where, Contribution.hidden.is_(False), Contribution.approved.is_(True),
               Contribution.merged_into_id.is_(None)
               | (leader.hidden.is_(False) & leader.approved.is_(True) & leader.merged_into_id.is_(None)))
        .order_by(EssentialElement.id.desc())
    )
    if limit is not None:
        answers, elements = answers.limit(limit), elements.limit(limit)
    rows = [(d, t, ("contribution", i)) for d, t, i in session.execute(answers)]
    rows += [(d, t, ("element", i)) for d, t, i in session.execute(elements)]
    return rows[:limit] if limit is not None else rows


def assistant_for(session: DbSession, *, domain_set: DomainSet) -> Assistant:
    return Assistant(domain_set.domains, examples_for(session, domain_set=domain_set))



# --- batches: JSON lines in, JSON lines out (samenspraak suggest) -------------------------------------


class GroupingError(ValueError):
    """A request of the grouping assistant that cannot be carried out; the message is for the user."""


def shipped_domains(set_key: str) -> list[Domain]:
    """A shipped list as unsaved domains (ids 1, 2, ...), the way a trajectory copies it."""
    from facilitation.exercises import catalogue

    template = catalogue().domain_sets.get(set_key)
    if template is None:
        raise GroupingError(f"Onbekende domeinenlijst: {set_key}. Kies uit: {', '.join(catalogue().domain_sets)}.")
    return [Domain(id=i + 1, key=d.id, name=d.name.nl, lemmas=" ".join(d.lemmas)) for i, d in enumerate(template.domains)]


def trajectory_domain_set(session: DbSession, *, trajectory_id: int, set_key: str) -> DomainSet:
    """The trajectory's own copy of a shipped list (the newest, if it adopted it more than once)."""
    domain_set = session.scalar(
        select(DomainSet)
        .where(DomainSet.trajectory_id == trajectory_id, DomainSet.source_key == set_key)
        .order_by(DomainSet.id.desc())
        .limit(1)
    )
    if domain_set is None:
        raise GroupingError(f"Traject {trajectory_id} heeft geen domeinenlijst '{set_key}'.")
    return domain_set


def suggestion_lines(assistant: Assistant, names: dict[int, str], lines: Iterable[str]) -> Iterable[str]:
    """One JSON line out per JSON line {"text": "..."} in, in the same order (blank lines are
    skipped): {"text", "suggestions": [{"domain", "score", "why"}, ...], "confident"}. A line that
    is no such object gives the same shape with "error" and no suggestions."""
    import json

    for line in lines:
        if not line.strip():
            continue
        try:
            text = json.loads(line)["text"]
            if not isinstance(text, str):
                raise TypeError
        except (ValueError, KeyError, TypeError):
            yield json.dumps({"text": None, "suggestions": [], "confident": False,
                              "error": 'Geen JSON-object met "text" op deze regel.'}, ensure_ascii=False)
            continue
        result = assistant.suggest(text)
        yield json.dumps({
            "text": text,
            "suggestions": [{"domain": names[s.domain_id], "score": s.score, "why": s.why} for s in result.ranked],
            "confident": result.confident,
        }, ensure_ascii=False)
