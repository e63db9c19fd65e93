"""French names a definite article introduces, read as organisations by their role in the clause.

French puts an article before the name of a firm or a body where English drops it: « la Saur se voit retirer son
contrat », « La Deutsche Bahn a commandé », « son contrat avec la Compagnie des Eaux du Loiret », « au profit du
Crédit Mutuel Arkéa ». Inside a sentence, a capitalised word after « le / la / les / l' » is a proper noun; it is an
organisation when the clause gives it a party's role: it is the subject of a verb (an auxiliary, a modal or a verb of
the French relation tables follows it), or the object of a relation preposition (« avec », « à », « par »,
« chez », « auprès de », « au profit de », « de la part de ») or of a deal verb of the tables (« rachète le
Furet du Nord »). Places (« la France a signé »), public bodies (left to :mod:`streams.extraction.parties`) and
things named after a maker (« le Patriot de Raytheon ») are left out here; people, openers, nationalities and
the remaining places by the strict checks every candidate goes through in :mod:`streams.extraction.mentions`.
Read in one pass of one pattern over the text.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from functools import cache, lru_cache

from streams.extraction.cues import PARTY_FAMILIES, Cue
from streams.extraction.org_context import FIRST_NAMES, PLACES
from streams.extraction.tables import load_table

_ARTICLE_NAME = re.compile(
    r"[LlAa](?<![^\s(«\"].)(?:(?<=[Ll])(?:a|es?|['\u2019])|(?<=[Aa])ux?)[ ]?(?=[A-ZÀÂÇÉÈÊÎÔÖÜ][a-zà-ÿ])"
)
"""An article (or « au / aux », « à » and the article) right before a capitalised word that is not an acronym (the
acronyms are :mod:`streams.extraction.determined_acronyms`')."""

_AUXILIARIES = """
a avait aura aurait ont avaient auront auraient est était sera serait sont étaient seront seraient va vont allait
vient viennent venait devrait devraient doit doivent devait pourrait pourraient peut peuvent pouvait compte comptent
entend entendent veut veulent souhaite souhaitent prévoit envisage envisagent s'apprête s'apprêtent
"""
_CLITICS = r"(?:(?:ne|n['\u2019])[ ]?)?(?:(?:se|lui|leur|s['\u2019])[ ]?)?"
"""The pronouns and negation a French verb may carry before it: « se voit », « n'a pas », « lui a vendu »."""

_PREPOSITIONS = """
avec|chez|auprès de|auprès d'|auprès|au profit de|au profit d'
|au bénéfice de|au bénéfice d'|de la part de|de la part d'|par|contre|face à|à
|entre|sur|dans|aux côtés de|aux côtés d'
"""
"""Relation prepositions whose object, after an article, is a party: « son contrat avec la Saur », « racheté par
le Crédit Agricole », « une offre sur la Banque X », « entrer au capital » is « au »'s own."""
_CONTRACTED = frozenset({"au", "aux"})
"""« au / aux » hold « à » and the article: « a vendu au Crédit Agricole »."""

_PUBLIC_HEAD_WORDS = """
état états etat ville région département commune métropole ministère gouvernement commission union conseil assemblée
sénat parlement autorité cour tribunal préfecture mairie élysée matignon bercy bourse présidence république
agence office armée armées marine forces police justice
"""
PUBLIC_HEADS = frozenset(_PUBLIC_HEAD_WORDS.split())
"""Heads of public bodies and institutions, left to :mod:`streams.extraction.parties` (or no party at all)."""

_PLACES_FR = """
hexagone ouest est nord sud centre afrique amérique asie europe océanie arctique antarctique méditerranée
allemagne angleterre argentine australie autriche algérie belgique birmanie bolivie bulgarie chine colombie corée
croatie écosse égypte espagne estonie éthiopie finlande france géorgie grèce guinée hongrie inde indonésie irlande
islande italie jordanie lettonie libye lituanie malaisie mauritanie mongolie namibie norvège nouvelle-zélande
pologne roumanie russie serbie slovaquie slovénie somalie suède suisse syrie tanzanie tchéquie thaïlande tunisie
turquie ukraine zambie arabie californie floride virginie caroline géorgie louisiane pennsylvanie
brésil canada chili danemark japon luxembourg maroc mexique nigeria pakistan pérou portugal québec royaume-uni
sénégal soudan vietnam venezuela yémen cameroun congo gabon mali niger tchad bénin togo burkina kenya liban
bretagne normandie alsace lorraine provence corse occitanie aquitaine nouvelle-aquitaine bourgogne champagne
picardie auvergne savoie vendée gironde touraine sologne beauce île-de-france hauts-de-france grand-est ontario
alberta manitoba saskatchewan wallonie flandre flandres bavière catalogne andalousie lombardie toscane
seine loire rhône garonne manche défense riviera côte silicon
"""
PLACE_WORDS = frozenset(_PLACES_FR.split())
"""Places French writes with an article (« la France », « le Québec », « l'Hexagone », « la Côte d'Ivoire »)."""

_MAKER_AFTER = re.compile(r"[ ](?:(?:de|du|des)[ ]|d['\u2019])(?=[A-ZÀ-Ý])")
"""A thing named after its maker: « le Patriot de Raytheon », « le F-35 de Lockheed »: no party."""

_NAME = re.compile(
    r"[A-ZÀ-ÝŒ][\w&'\u2019\-]{0,30}"
    r"(?:[ ](?:(?:de[ ]la|de|du|des|d['\u2019]|de[ ]l['\u2019])[ ]?)?[A-ZÀ-ÝŒ][\w&\-]{0,30}){0,4}"
)
"""A name of capitalised words, French particles inside (« Compagnie des Eaux du Loiret », « Chantiers de
l'Atlantique », « Caisse d'Epargne »)."""
_TRAILING_PARTICLE = re.compile(r"[ ](?:de[ ]la|de|du|des|de[ ]l['\u2019]|d['\u2019])[ ]?[A-ZÀ-ÝŒ][\w&\-]{0,30}$")


_FINITE = re.compile(
    r"(?:s['\u2019]|n['\u2019])?[a-zà-ÿ\-]+(?<!er)(?<!ir)(?<!re)(?<![éiu])(?<![éiu]e)(?<![éiu]s)(?<![éiu]es)"
    r"(?<!tion)(?<!tions)(?<!sion)(?<!ment)(?<!at)(?<!ise)"
)
"""A word that may be a finite verb: no infinitive (« racheter »), no participle (« choisi », « retenue »), no noun
of action (« résiliation », « renouvellement », « partenariat »)."""
_NOT_VERB_WORDS = """
de du des la le les l' d' un une et à au aux en son sa ses leur lui nous ne non avec par comme dont entre moins afin
déjà conjointement ensemble nouveau fin tandem duo accord achat rachat contrat contrats client clients départ arrêt
projet avis courrier protocole consortium alliance union agence société filiale groupement prestataire fournisseur
propriétaire titulaire actionnaire détenteur pression pressions craintes inquiétudes lettre perte offre offres fusion
opa ope poursuite
"""
_NOT_VERBS = frozenset(_NOT_VERB_WORDS.split())
"""First words of the tables' phrases that are no verb: prepositions, pronouns, adverbs and nouns (« rachat de »)."""


@cache
def table_words() -> tuple[frozenset[str], frozenset[str]]:
    """The first words of the French relation phrases (verbs a subject stands before) and the whole phrases.

    A row is read with its words around a party: its first word after a subject (« rachète », « confie »), the
    whole phrase before an object (« a racheté le Furet du Nord »).
    """
    rows = [row.phrase for row in load_table("fr") if row.family in PARTY_FAMILIES]
    firsts = {phrase.split(" ", 1)[0] for phrase in rows}
    finite = {word for word in firsts if _FINITE.fullmatch(word) and word not in _NOT_VERBS}
    return frozenset(finite) | frozenset(_AUXILIARIES.split()), frozenset(rows)


_VERB_AFTER = re.compile(r"[ ](?P<clitic>" + _CLITICS + r")(?P<verb>[a-zà-ÿ'\u2019\-]+)")
_PREPOSITION_BEFORE = re.compile(r"(?:^|[ ,(«])(" + "|".join(p.strip() for p in _PREPOSITIONS.split("|")) + r")[ ]?$")
_WORDS_BEFORE = 4
"""How many words before the article a table phrase may take (« a mis la main sur »)."""
_LOWER_GOES_ON = re.compile(
    r"[ ](?:(?:de|du|des)[ ]|d['\u2019])[a-zà-ÿ]"
    r"|[ ](?:[a-zà-ÿ]+(?:ien|ienne|éen|éenne|ais|aise|al|ale|ique|if|ive|el|elle)s?)(?=[ ,.;])"
)
"""A name that goes on in lower case: a complement (« de dépôt ») or an adjective (« centrale », « européenne »)."""
_CUE_REACH = 200
"""How far from a relation cue, inside its sentence, a party's name is read."""


_SENTENCE_END = re.compile(r"[.!?;\n](?:[ ]|$)")


def french_role_names(text: str, cues: Sequence[Cue]) -> list[tuple[int, str, bool]]:
    """The names a French story's clauses give a party's place: after an article, or bare opening a clause."""
    spans = relation_spans(cues)
    return determined_names(text, spans) + clause_subjects(text, spans) if spans else []


def relation_spans(cues: Sequence[Cue]) -> list[tuple[int, int]]:
    """Where the cues of the relation families stand, in order: a name is read only in a sentence holding one."""
    return sorted((cue.start, cue.end) for cue in cues if cue.family in PARTY_FAMILIES)


def determined_names(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, str, bool]]:
    """Names after a French article that the clause makes a party, as candidates (start, name, strict=False).

    The sentence must state a relation (one of ``spans``, the :func:`relation_spans` of its cues): a subject or a
    preposition's object elsewhere is as often a product (« avec la Discovery Class ») or a label (« dans la French
    Tech ») as a firm.
    """
    verbs, phrases = table_words()
    names: list[tuple[int, str, bool]] = []
    last = 0
    for article in _ARTICLE_NAME.finditer(text):
        found = _NAME.match(text, article.end())
        if found is None or article.start() < last:
            continue  # « Chantiers de l'Atlantique »: the article inside a name read before opens none
        last = found.end()
        name = _place_free(found.group(0))
        if not _may_name_firm(text, article, name, found.end()) or not in_relation(text, spans, article.start()):
            continue
        if verb_follows(text, found.end(), verbs) or _object(text, article, phrases):
            names.append((article.end(), name, False))
    return names


def _may_name_firm(text: str, article: re.Match[str], name: str, end: int) -> bool:
    """Whether the capitalised words after the article may be a firm's whole name.

    Not a place or a public body; not a word whose name goes on in lower case (« la Caisse de dépôt et placement »,
    « le Journal du dimanche »: where the name ends is unknown); not a thing named after its maker (« le Patriot de
    Raytheon »); not one plural word after a plural article (« aux Européens », « les Bleus »): people.
    """
    first = name.split(" ", 1)[0].casefold()
    if first in PUBLIC_HEADS or first in PLACE_WORDS or name.casefold() in PLACES:
        return False
    if " " not in name and (_LOWER_GOES_ON.match(text, end) or _MAKER_AFTER.match(text, end)):
        return False
    plural = article.group(0).strip().casefold() in ("les", "aux")
    return not (plural and " " not in name and name.endswith("s"))


def in_relation(text: str, spans: list[tuple[int, int]], pos: int) -> bool:
    """Whether a relation cue stands in the sentence of ``pos``."""
    index = bisect_left(spans, (pos, pos))
    for cue_start, _ in spans[max(0, index - 3) : index + 3]:
        low, high = min(cue_start, pos), max(cue_start, pos)
        if high - low <= _CUE_REACH and _SENTENCE_END.search(text, low, high) is None:
            return True
    return False


_CLAUSE_BREAK = re.compile(r"[,.!?;:\n«»()]")
_CLAUSE_REACH = 120


def relation_follows(text: str, spans: list[tuple[int, int]], end: int) -> bool:
    """Whether a relation cue follows ``end`` in the same clause (no punctuation between): the name is its subject.

    « EADS a confirmé des retards ..., son principal client ... pourrait remettre en cause sa commande »: the name
    opens a clause of its own, the relation is another subject's.
    """
    index = bisect_left(spans, (end, end))
    return any(
        cue_start - end <= _CLAUSE_REACH and _CLAUSE_BREAK.search(text, end, cue_start) is None
        for cue_start, _ in spans[index : index + 3]
    )


def _place_free(name: str) -> str:
    """The name without a trailing « de / du / d' » and a town or country: « la Saur de Nîmes » is the Saur."""
    tail = _TRAILING_PARTICLE.search(name)
    while tail is not None and tail.group(0).rsplit(" ", 1)[-1].split("'")[-1].casefold() in PLACES:
        name = name[: tail.start()]
        tail = _TRAILING_PARTICLE.search(name)
    return name


def verb_follows(text: str, end: int, verbs: frozenset[str]) -> bool:
    """Whether a verb follows the name: it is the clause's subject.

    The verb is an auxiliary, a modal or a relation verb of the tables, or any word after a verb's pronoun or
    negation (« se voit », « n'exclut pas »).
    """
    verb = _VERB_AFTER.match(text, end)
    return verb is not None and (bool(verb.group("clitic")) or verb.group("verb").casefold() in verbs)


def _object(text: str, article: re.Match[str], phrases: frozenset[str]) -> bool:
    """Whether a relation preposition or a whole relation phrase stands right before the article.

    « au / aux » hold « à » and the article, also the place's (« au Mans »): only a relation phrase ending in
    them (« a vendu au », « confie aux ») makes their name a party.
    """
    window = text[max(0, article.start() - 40) : article.start()].rstrip().casefold()
    contracted = article.group(0).strip().casefold()
    if contracted in _CONTRACTED:
        window += " " + contracted
    elif _PREPOSITION_BEFORE.search(window + " ") is not None:
        return True
    words = window.split(" ")
    return any(" ".join(words[-count:]) in phrases for count in range(1, _WORDS_BEFORE + 1))


CLAUSE_OPENING = re.compile(r"[A-ZÀ-Ý](?:(?<=^.)|(?<=[.!?\n»\"][ ].)|(?<=,[ ].)|(?<=\n.))")
"""Where a clause's subject may start (the start of the match: its capital): a sentence's first word, or the word
after a fronted phrase's comma (« Dans un communiqué, Plastic Omnium a assuré »). The capital comes first and the
opening is looked for behind it, so ``re`` only tries capitals (session 28; it was tried at every character)."""


@lru_cache(maxsize=4)
def clause_openings(text: str) -> tuple[int, ...]:
    """Where each clause of ``text`` may open (:data:`CLAUSE_OPENING`), in text order.

    Two readers of a French story walk the same openings (:func:`clause_subjects` and
    ``recog_fr_slots.opening_list_names``), so the text is scanned once for both.
    """
    return tuple(opening.start() for opening in CLAUSE_OPENING.finditer(text))


_OPENER_SHAPE = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ]{2,}(?:é|ée|és|ées|ant|ants)|[A-Z]['\u2019][a-zà-ÿ]+")
"""A participle opening a sentence (« Dirigé », « Portées », « Profitant ») or an elided pronoun and
its word (« C'en est fini », « J'ai »)."""
_OPENER_WORDS = """
dès si deux trois quatre cinq six sept huit neuf dix plusieurs certains certaines chaque tous toutes tout aucun aucune
quelques autre autres même ni voilà ceci cela ça celui celle ceux celles lequel laquelle rien personne chacun
nul
"""
_OPENERS = frozenset(_OPENER_WORDS.split())
"""French words that open a sentence and start no name."""


def clause_subjects(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, str, bool]]:
    """Bare names opening a clause before a verb, in a sentence that states a relation: strict candidates.

    « Mobilux a pu finaliser son rapprochement avec Conforama », « Numericable s'était emparé de SFR »: the verb
    is an auxiliary, a modal or a pronoun's, the relation told further on in the same clause; the name is read
    strictly (one word or an organisation's marker), as every subject before a verb, so first names, places and
    openers stay out.
    """
    verbs, _ = table_words()
    names: list[tuple[int, str, bool]] = []
    for opening in clause_openings(text):
        found = _NAME.match(text, opening)
        if (
            found is None
            or not verb_follows(text, found.end(), verbs)
            or not relation_follows(text, spans, found.end())
        ):
            continue
        word = found.group(0).casefold()
        if " " not in word and (_OPENER_SHAPE.fullmatch(found.group(0)) or word in _OPENERS or word in FIRST_NAMES):
            continue  # « Dirigé par X, ... », « Dès l'été, ... », « Jean a pu signer »: no firm's name
        names.append((found.start(), found.group(0), True))
    return names
