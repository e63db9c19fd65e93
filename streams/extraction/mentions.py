"""Who an article talks about: companies (known and unknown) and people with their roles."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick

from schemas.events import PartyKind
from streams.extraction.acq_frame_names import buyer_frame_names
from streams.extraction.acronym_names import COMMON_ABBREVIATIONS, TECHNOLOGY_ABBREVIATIONS, acronym_candidates
from streams.extraction.begin_supplied_names import supplied_names
from streams.extraction.case_variants import case_variants
from streams.extraction.cues import PARTY_FAMILIES, Cue
from streams.extraction.customer_roles import customer_role_names
from streams.extraction.determined_acronyms import determined_acronyms
from streams.extraction.first_letters import opened_on_first_letters
from streams.extraction.funding_names import investee_position_names
from streams.extraction.invest_frame_names import round_frame_names
from streams.extraction.investor_names import investor_position_names, joining_list_names
from streams.extraction.knowledge_base import Company, KnowledgeBase, slugify
from streams.extraction.lead_slot_names import HEADLINE_VERB, leadership_slot_names
from streams.extraction.lists_kind import kind_list_names
from streams.extraction.object_slots import object_slot_names, relation_slot_names
from streams.extraction.org_context import (
    ANAPHOR_KINDS_EN,
    ANAPHOR_KINDS_FR,
    ANCHORS,
    BUSINESS_FUNCTIONS,
    DEMONYM_BEFORE_NAME,
    FIRM_NOUNS,
    FIRST_NAMES,
    FOLLOW,
    KIND_APPOSED_BEFORE_NAME,
    KIND_FR,
    KIND_NOUNS,
    KINDS_BEFORE_NAME,
    MARKET_AFTER,
    NAME_PRECEDES,
    NOT_NAMES,
    PLACES,
    SPLIT,
    TICKER,
    TITLE_COLON,
    is_nationality,
    is_origin_word,
    is_person,
    trade_compounds,
)
from streams.extraction.orgname_slots import slot_names
from streams.extraction.parties import find_public_bodies, find_unnamed_parties
from streams.extraction.partner_names import partner_role_names
from streams.extraction.pattern_windows import gated_finditer
from streams.extraction.person_marks import (
    FIRST_NAME_BEFORE,
    FIRST_NAME_REACH,
    HONORIFIC_OPENS,
    PERSON_COURTESY,
    written_after_first_name,
)
from streams.extraction.receiver_names import receiver_names
from streams.extraction.recog_bodies import union_bodies
from streams.extraction.recog_fr_slots import french_slot_names
from streams.extraction.recog_heads import formed_unit_at, international_names, of_place_names
from streams.extraction.recog_institutions import institution_names
from streams.extraction.recog_subjects import subject_names
from streams.extraction.revenue_owners import results_headline_names, revenue_owner_names
from streams.extraction.roles_en import VERB_GROUP_EN, VERB_GROUP_REACH, possessive_owner_ends, relation_objects
from streams.extraction.roles_fr import french_role_names
from streams.extraction.spelled_acronyms import spelled_acronyms
from streams.extraction.system_maker_names import system_maker_names
from streams.extraction.text import COUNT_FIRST, is_word_char
from streams.extraction.word_spots import after_capital_word, alone_starts, followed_by, texts_after, written_alone

_DUTCH_PARTICLE = r"(?<=Van[ ]|Von[ ])de[rn]?[ ]"
"""The lower-case "der" / "den" after "Van" or "Von" inside a name: "Parlevliet & Van der Plas"."""
_IBERIAN_PARTICLE = r"(?<=[a-z][ ])(?:dos|das|do|del)[ ]"
"""A Portuguese or Spanish particle between two capitalised words: "Casa dos Ventos", "Banco do Brasil"."""
_CAP = (
    r"(?:(?:[A-Z]\.){2,3}|(?:[A-Z0-9ÀÂÇÉÈÊËÎÏÔÛÙÜŒŸÄÖÅØÆÑÁÍÓÚŠŽŁČ]|[a-z](?=[a-z]{0,6}[A-Z][a-z]|[A-Z]|[0-9](?![\w])))"
    r"(?:[\w&'\-]|\.(?=\w)){0,30})"
)
"""A name word: capitalised or a digit ("3i", "7-Eleven"), camel-cased ("eLichens", "pawaPay"), a letter and a digit
("a2 Milk"), initials ("J.C."). The capitals include those of other Latin alphabets ("Ÿnsect", "Øyvind", "Škoda")."""
_ORG_NAME = (
    rf"{_CAP}(?:[ ](?:{_CAP}|AI|&|\+[ ]{_CAP}|of[ ]{_CAP}|des[ ]{_CAP}|du[ ]{_CAP}|{_IBERIAN_PARTICLE}{_CAP}"
    rf"|{_DUTCH_PARTICLE}{_CAP})){{0,4}}"
)
"""Capitalised words, maybe joined by "&", "+" ("Bausch + Lomb", "Wieden + Kennedy"), "of", a particle."""
# "Acme Robotics Inc.", "Zorblax SAS", "Tarvik Oy": a legal form after capitalised words names a company.
# The knowledge base's legal suffixes (data/companies.json) are all matched here (test_extraction_struct).
# Forms that are also short words or units ("AS", "SL", "KG", "SNC") count only after a word ending in a
# lower-case letter ("Kvarna AS", not "SHARES FALL AS"); a text that opens on one names nothing before it.
# The look-ahead on the first letters skips most positions of a text before the long alternation is tried.
_AFTER_LOWER_WORD = r"(?:(?<=[a-z][ ].)|(?<=^.))"
"""Right after a legal form's first letter: the form follows a lower-case word or opens the text (an "AS" or "SL"
after a capitalised word is an acronym more often than a form)."""
_LEGAL_FORMS = (
    *("Inc", "Corp", "Corporation", "Incorporated", "Ltd", "Limited", "LLC", r"L\.L\.C", "LLP", "LP", r"L\.P", "GmbH"),
    *("KGaA", "SAS", "SARL", "SCA", r"S\.A\.S", r"S\.A\.B", r"S\.A", r"SAB[ ]de[ ]CV", "SA", "SE", "AG", "NV", r"N\.V"),
    *("BV", r"B\.V", "plc", "PLC", "Plc", r"S\.p\.A", "SpA", r"S\.r\.l", "Srl", "Oyj", "Oy", "AB", "ASA", "A/S"),
    r"K\.K",
    *("Pty", "Bhd", "Berhad", "Tbk", "Ltda", "Co", "Gmbh", "GMBH", "LTD", "Pte", r"Sdn(?:\.?[ ]Bhd)?", "JSC", "PJSC"),
    *("OJSC", r"Joint[ ]Stock(?:[ ]Company)?", "Pvt", r"Private[ ]Limited", r"S\.L\.U", r"S\.L", "SLU", "ApS", "Kft"),
    *("Zrt", "Ltée", "Limitée", r"S\.C\.A", r"S\.N\.C", r"S\.C\.S", r"Sp\.[ ]z[ ]o\.o", r"sp\.[ ]z[ ]o\.o"),
    *(form[0] + _AFTER_LOWER_WORD + form[1:] for form in ("AS", "SL", "KG", "SNC", "SCS", r"e\.K", r"a\.s")),
    "s" + _AFTER_LOWER_WORD + r"\.r\.o",
)
"""Legal forms in the order they are tried ("S.A.S" before "S.A", which would match its start and end on a dot)."""
_LEGAL_FORM = re.compile(opened_on_first_letters(_LEGAL_FORMS, r"[\w]") + r"(?![\w-])")
# "Caltrix Systems", "Arvana Health", "Norgrid Capital": a capitalised word ending in the head noun
# of an organisation's name. Matched case-sensitively, so "data" or "capital" in prose never count.
_ORG_HEADS = (
    "Labs", "Lab", "Systems", "Technologies", "Technology", "Networks", "Robotics", "Analytics", "Health",
    "Healthcare", "Energy", "Energies", "Data", "Capital", "Partners", "Ventures", "Holdings", "Industries",
    "Software", "Solutions", "Therapeutics", "Pharmaceuticals", "Pharma", "Biotech", "Biosciences",
    "Semiconductor", "Semiconductors", "Motors", "Logistics", "Dynamics", "Devices", "Security", "Cloud",
    "Media", "Bank", "Financial", "Insurance", "Foods", "Airlines", "Aerospace", "Materials", "Telecom",
    "Mobility", "Computing", "Electronics", "Digital", "Interactive", "Group", "Groupe", "Studios", "Freight",
    "Cargo", "Airways", "Textiles", "Mills", "Steel", "Investments", "Diagnostics", "Biologics", "Communications",
    "Bancorp", "Shipping", "Chemicals", "Cooperative", "Fund", "Funds", "Management", "Foundation",
    "Holding", "Participations", "Offshore", "Aviation", "Hotels", "Resorts", "Brands", "Mining", "Minerals",
    "Resources", "Petroleum", "Engineering", "Construction", "Entertainment", "Enterprises", "Associates", "Brothers",
    "Automotive", "Packaging", "Instruments", "Genomics", "Metals", "Railways", "Bancshares", "Distribution",
    "Développement", "Investissement", "Gestion", "Ingénierie", "Industrie", "Immobilier", "Manufacturing",
    "Machinery", "Products", "Sciences", "Medical",
)  # fmt: skip


def _build_heads() -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for head in _ORG_HEADS:
        automaton.add_word(head, len(head))
    automaton.make_automaton()
    return automaton


_HEADS = _build_heads()
_FIRM_LAST_WORDS = frozenset((*_ORG_HEADS, "International"))
"""Last words that make a name led by a first name a firm's: "Martin International", "Luc Durand Group". Not an
organisation's head elsewhere: "International Charter services" opens on it."""
_ORG_AT = re.compile(_ORG_NAME)
_CAP_WORD = re.compile(rf"{_CAP}|AI|&|\+")
_MAX_NAME_WORDS = 5
_MAX_WORD_CHARS = 32
_MIN_ORG_CHARS = 2
_MIN_PERSON_WORDS = 2
_NOT_NAME_WORDS = """
the a an this that these its it their our we he she they in on at for of by with and but as after before
le la les l un une ce cette ces son sa ses leur il elle ils elles en dans sur pour par avec et mais selon
après avant chez du des de au aux since when while according malgré cependant toutefois lors
mr mrs ms m mme ceo pdg cfo cto january february march april may june july august september october
november december janvier février mars avril mai juin juillet août septembre octobre novembre décembre
monday tuesday wednesday thursday friday saturday sunday lundi mardi mercredi jeudi vendredi samedi dimanche
despite what how why while although whether if once shares les une des aux
"""
_PERSON_NOT_NAMES = frozenset(_NOT_NAME_WORDS.split())
_MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december|janvier|février|mars"
    r"|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)"
)
"""Words that never start a person's name."""
_MONTH_WORD = re.compile(_MONTH.replace("(?:", "(?:(?i:", 1) + ")")
_TRADE_OPENER_WORDS = """
retailer grocer lender insurer miner shipper brewer broadcaster refiner wholesaler outsourcer conglomerate telco
fintech biotech start-up startup rival competitor peer btp
"""
_TRADE_OPENERS = frozenset(_TRADE_OPENER_WORDS.split())
"""A trade noun opening a sentence before the name ("Drugmaker Allergan", "Retailer Morrisons"), or the building
trade's "BTP" after "le groupe de" ("le groupe de BTP Eiffage"): not the name."""
_DATE_NAME = re.compile(
    rf"\d{{1,2}}(?:er)?[ ]{_MONTH}(?:[ ]\d{{4}})?|{_MONTH}[ ]\d{{1,2}}(?:,?[ ]\d{{4}})?|{_MONTH}[ ]\d{{4}}"
)
"""A date read where a name is expected ("For the year ended 30 April 2021"): never a company."""
_NAME_WORD = r"(?:Mac|Mc)?[A-ZÀÂÇÉÈÊËÎÏÔÛÙÜÄÖÅØÆŠŽŁ][a-zß-öø-ÿ']{1,20}(?:-[A-ZÀÂÇÉÈÊËÎÏÔÛÙÜ]?[a-zß-öø-ÿ']{1,20})?"
_PERSON = re.compile(rf"{_NAME_WORD}(?:[ ](?:(?:de|du|van|von|da|di|del|der|le|ben|bin)[ ])?{_NAME_WORD}){{1,2}}")
"""Two or three capitalised words ("Jason Droege", "Lip-Bu Tan", "Ross McInnes"); callers exclude company names."""
_PERSON_AFTER = re.compile(r",?[ ]{1,2}(" + _PERSON.pattern + r")")
_PERSON_BEFORE = re.compile(
    r"(" + _PERSON.pattern + r"),[ ](?:the |le |la |l'|its |son |sa |notre |our |former |ancien |ancienne )?$"
)
_ROLE_JOIN = re.compile(r"^(?:[ ]et[ ]|[ ]and[ ]|,[ ]|[ ]&[ ]|[ ]/[ ]|/)$")
_OF_COMPANY = re.compile(r"^[ ]{0,2}(?:de |d'|of |at |chez |du |for |de la société |du groupe |)$")
_COMPANY_POSSESSIVE = re.compile(r"^(?:'s)?[ ]{0,2}$")


@dataclass(frozen=True, slots=True)
class CompanyMention:
    """A party named at ``start:end``; ``known`` when it comes from the knowledge base.

    ``kind`` is ``company``, ``public_body`` ("the Ministry of Health") or ``unnamed`` ("a major
    customer", only from :func:`find_unnamed`).
    """

    start: int
    end: int
    id: str
    name: str
    known: bool
    kind: PartyKind = "company"


_PERSON_TITLES = frozenset({
    "councilor", "councillor", "mayor", "alderman", "senator", "governor", "judge", "commissioner", "maire", "député",
    "sénateur", "conseiller", "conseillère",
    "mr", "mrs", "ms", "m", "mme", "dr", "ceo", "pdg", "cfo", "cto", "coo", "chief", "executive", "president",
    "chairman", "chairwoman", "chair", "director", "minister", "secretary", "spokesman", "spokeswoman",
    "spokesperson", "analyst", "président", "présidente", "directeur", "directrice", "ministre", "fondateur",
    "fondatrice", "patron", "dirigeant",
})  # fmt: skip
_OFFICE_TITLES = frozenset({
    "president", "minister", "chairman", "chairwoman", "ceo", "pdg", "ministre", "président", "présidente",
    "secretary", "senator", "governor", "sénateur", "gouverneur", "mr", "mrs", "ms", "dr", "m.", "mme",
})  # fmt: skip
"""Titles that, inside a capitalised run, make it a person's name and title."""
_ORG_MARKER = re.compile(
    r"&|[ ]\+[ ]|\d|[A-Z]{2}|[A-Z]\.[A-Z]|(?<!\bM)(?<!\bMa)[a-z][A-Z]|\b(?:" + "|".join(_ORG_HEADS) + r")\b"
)
"""Something only organisation names have: "&" or " + ", a digit, an acronym, an inner capital (not a surname's
"McInnes", "MacArthur"), a head noun."""


_TITLES_BEFORE_OF = frozenset({"md", "evp", "svp", "vp", "coo", "ceo", "cfo", "cto"})
"""Abbreviated titles that open a capitalised run only as "MD of X" ("replace him as MD of Dorvane Freight"): the
title and its "of" are no part of the name, while "MD Helicopters" stays one."""
_ARTICLES = frozenset({"le", "la", "les", "the"})
_ARTICLE_BEFORE = re.compile(r"^(?:Le|La|Les|L')[ ]?")
_AGE = re.compile(r"\d+(?:[.,]\d+)?-(?:year|ans)")
"""An age before a name ("43-year-old Andrew Witty") is no part of it."""
_HONORIFIC_BEFORE = re.compile(rf"(?<![\w.])(?:{'|'.join(PERSON_COURTESY)})\.?[ ]$")
"""Right before a name, a person's honorific: "before Mr. Clayton bought it used", « selon Mme Durand ». Not "Dr.",
which opens firms' names too (Dr. Oetker, Dr Pepper)."""
_AFTER_TITLE = re.compile(
    r"(?=[PpCcMmIiFfDd])"  # the titles' first letters, restated: ``re`` skips other positions at once (2x faster)
    r"(?:[Pp]résident|[Pp]résidente|CEO|[Cc]hief [Ee]xecutive|PDG|[Cc]hairman|[Mm]inister|[Mm]inistre|[Cc]onseiller"
    r"|[Ii]nvestor|[Ff]ounder|[Ff]ondateur|[Dd]irecteur|[Dd]irectrice|[Cc]oach|[Mm]anager)"
    r"(?:[ ](?!(?:de|du|des|of|at|chez)[ ])[\w\-]+)?[ ]$"
)
"""A title right before a name makes it a person's: "président chinois Hu Jintao", "investor Daniel Loeb"; not
the title's company ("fondateur de Metapolis", "founder of Acme")."""


def _after_person_title(text: str, start: int, words: list[str]) -> bool:
    """Whether a person's title stands right before the candidate ``words`` at ``start``: then they name a person.

    "investor" is a firm's word too: a single word after it is the investing firm ("British investor Zensoltis is
    leading the round"), several ("investor Daniel Loeb") a person.
    """
    title = _AFTER_TITLE.search(text, max(0, start - 40), start)
    return title is not None and not (len(words) == 1 and title.group(0)[:8].casefold() == "investor")


_AFTER_SUCCESSION = re.compile(
    r"\b(?:replace|replaces|replacing|replaced|succeed|succeeds|succeeding|succeeded|succède à|succédera à"
    r"|succèdera à|remplace|remplacer|remplacera|remplaçant|en remplacement de|hired|hires|hire|recruited"
    r"|poached|débauche|débauché|recrute|recruté)[ ]$"
)
"""Verbs of a succession or a hiring: a bare personal-looking name right after them is a person."""


_SUCCESSION_NEXT = re.compile(
    r",?[ ](?:to|pour|afin de)[ ](?:succeed|replace|take over from|succéder|remplacer|lui succéder|le remplacer"
    r"|la remplacer)\b"
)
"""An infinitive of succession right after a name: the name is the one who takes over, a person."""
_SUPPLIER_WORD = re.compile(
    r"[^.;\n]{0,100}?\b(?:prestataire|fournisseur|sous-traitant|supplier|vendor|provider|contrat|contract|partenaire"
    r"|partner)"
)
"""A supplier's word after the infinitive: "a choisi Acme Services pour remplacer Atos comme prestataire"."""
_POST_AFTER = re.compile(
    r"[^.;\n]{0,80}?(?:\b(?:ceo|chief|chair|chairman|chairwoman|president|pdg|dg|directeur|directrice|président"
    r"|présidente|patron|patronne)\b|à la tête)",
    re.IGNORECASE,
)
"""A leader's post named after the one replaced ("pour remplacer X à la tête du groupe", "to replace X as CEO"):
without it, "choisit Y pour succéder à X" may still be a supplier's or an unknown firm's."""


_TITLE_NEXT = re.compile(
    r",?[ ](?:(?:as|comme|en[ ]tant[ ]que)[ ])?"
    r"(?:(?:its|the|new|interim|acting|son|sa|nouvel|nouveau|nouvelle)[ ]){0,2}"
    r"(?-i:[A-Z][\w&\-]+[ ]){0,2}(?:ceo|chief[ ](?:executive|financial|operating|technology)|chairman|chairwoman"
    r"|president|cfo|coo|cto|pdg|directeur|directrice|président|présidente)\b",
    re.IGNORECASE,
)
"""A leader's title right after a name, bare or after "as / comme" ("a désigné Jeanne Dupont directrice générale",
"selected Jane Roe as Lexmark president"): the one a verb of choosing names is a person taking the post, no supplier
chosen."""
_CHOSEN_BEFORE = re.compile(
    r"\b(?:chose|chosen|chooses|selected|selects|picked|picks|named|names|appointed|appoints|tapped|elected|choisie?"
    r"|choisit|désignée?|désigne|désigner"
    r"|nommée?|nomme|nommer|sélectionnée?|retenue?|retient|élue?)[ ]$"
)
"""A verb of choosing right before the name that the title follows: the one chosen ("a désigné Jeanne Dupont
directrice générale"), not a company an apposition ends on ("chose X, the head of Aker Kvaerner, as its CEO")."""


def _replaced_person(text: str, name: str, start: int) -> bool:
    """Whether a bare two- or three-word name follows a succession or hiring verb: "to replace Laxman Narasimhan".

    Or comes right before an infinitive of succession: "a choisi Jane Roe pour remplacer John Doe" (a verb of
    choosing a supplier, here choosing a leader), or right before a leader's title (:data:`_TITLE_NEXT`).
    """
    return (
        0 < name.count(" ") <= 2  # noqa: PLR2004 (a first name and one or two surnames)
        and _ORG_MARKER.search(name) is None
        and (
            _AFTER_SUCCESSION.search(text, max(0, start - 20), start) is not None
            or (
                _CHOSEN_BEFORE.search(text, max(0, start - 20), start) is not None
                and _TITLE_NEXT.match(text, start + len(name)) is not None
            )
            or (
                (succession := _SUCCESSION_NEXT.match(text, start + len(name))) is not None
                and _SUPPLIER_WORD.match(text, succession.end()) is None
                and _POST_AFTER.match(text, succession.end()) is not None
            )
        )
    )


_SUCCEEDED_BEFORE = re.compile(
    r"\b(?:(?:take|takes|took|taking|taken)[ ]over[ ]from|succeed|succeeds|succeeding|succeeded|replace|replaces"
    r"|replacing|replaced|succède[ ]à|succédera[ ]à|remplace|remplacer|remplacera)[ ]$"
)
"""A verb of succession right before a lone capitalised word: the word may be the surname of the leader replaced."""
_TITLE_THEN_HOLDER = re.compile(
    r"[ ](?i:chief[ ]executive(?:[ ]officer)?|ceo|chairman|chairwoman|chair|president|founder|boss|cfo|coo)"
    r"[ ](?P<first>[A-Z][a-z]+)[ ][A-Z]"
)
"""A title right after a word and its holder's full name after the title: the word is the title's owner."""
_POST_TO_FILL = re.compile(
    r"(?i:chief[ ]executive(?:[ ]officer)?|ceo|chairman|chairwoman|chair|boss|president|cfo|coo|pdg"
    r"|directeur[ ]général|directrice[ ]générale|patron)[ ](?:to|pour)[ ]$"
)
"""A post right before "to" and the verb of succession: "a new CEO to replace Rometty" seeks a person's successor."""
_PERSON_NAMED = re.compile(r"\b([A-Z][a-zé\-]+)[ ][A-Z][a-zà-ÿ'\-]+\b")
"""A capitalised pair, a person's name when the first word is a first name ("Don Thompson")."""
_SUCCESSOR_REACH = 120
"""How far (chars) before the verb of succession its subject, the person taking over, may be named."""


_SUCCEEDS_PERSON = re.compile(
    r"[ ](?:replaced|replaces|succeeded|succeeds|will[ ]replace|will[ ]succeed|took[ ]over[ ]from"
    r"|remplace|a[ ]remplacé|succède[ ]à|a[ ]succédé[ ]à)[ ](?P<first>[A-Z][a-zé\-]+)[ ][A-Z][a-zà-ÿ'\-]+"
)
"""A verb of succession and a person's full name right after a lone word: the word is a successor's surname."""


def _succeeds_person(text: str, end: int) -> bool:
    """Whether a lone word replaces a named person: "Rometty replaced Sam Palmisano in 2011" (no firm does)."""
    match = _SUCCEEDS_PERSON.match(text, end)
    return match is not None and match.group("first").casefold() in FIRST_NAMES


def _succeeded_surname(text: str, start: int, word: str) -> bool:
    """Whether a lone word after a verb of succession is the surname of the leader replaced, no firm.

    "Don Thompson, 48, will take over from Skinner", "Paul Brandt would succeed Skinner as chief executive": a person
    takes over from it, or a leader's post follows it; "Korvia will take over from Bellmark as its supplier" stays.
    """
    verb = _SUCCEEDED_BEFORE.search(text, max(0, start - 24), start)
    if verb is None or _ORG_MARKER.search(word) is not None:
        return False
    after = start + len(word)
    if _SUPPLIER_WORD.match(text, after) is not None:
        return False
    holder = _TITLE_THEN_HOLDER.match(text, after)
    if holder is not None and holder.group("first").casefold() in FIRST_NAMES:
        return False  # "will take over from Korvia CEO Jane Roe": the word owns the title her name follows
    if _POST_AFTER.match(text, after) is not None or _POST_TO_FILL.search(
        text, max(0, verb.start() - 40), verb.start()
    ):
        return True
    return any(
        person.group(1).casefold() in FIRST_NAMES
        for person in _PERSON_NAMED.finditer(text, max(0, verb.start() - _SUCCESSOR_REACH), verb.start())
    )


_INDEX_NAME = (
    r"(?:S&P|CAC|FTSE|Stoxx|Euro[ ]Stoxx|SBF|Russell|Nikkei|Dow[ ]Jones|DAX|MSCI|Hang[ ]Seng|Nasdaq[ ]Composite"
    r"|Nasdaq[ ]100|Kospi|Sensex|Nifty|TSX|ASX)(?:[ ]\d{2,4}|[ ]Composite|[ ]Index)?"
)
_INDEX = re.compile(_INDEX_NAME + "$")
"""Stock indexes are no organisations ("the Nasdaq Composite and the S&P 500")."""
_INDEX_AT = re.compile(_INDEX_NAME + r"(?![\w])")
_INDEX_OPENER = re.compile(r"(?:Dow|S&P|Hang|Euro|Nasdaq|Nikkei|FTSE|CAC|Stoxx)[ ]$")
"""The first word of a stock index's name, right before a later word read alone ("Dow" of "Dow Jones")."""


def _index_tail(text: str, start: int) -> bool:
    """Whether the name at ``start`` continues a stock index's name begun right before it ("Jones" in "Dow Jones")."""
    opener = _INDEX_OPENER.search(text, max(0, start - 8), start)
    return opener is not None and (index := _INDEX_AT.match(text, opener.start())) is not None and index.end() > start


_INDEX_HEADS = frozenset({"Index", "Indices", "Indexes"})
"""The last word of any stock index's name, also of the many the list above leaves out."""
_SURNAME_AFTER = re.compile(r"[ ][A-Z][a-zà-ÿ'\-]{1,20}(?![\w])")
_SENTENCE_ADVERBS = (
    "Meanwhile", "Separately", "Elsewhere", "Additionally", "Likewise", "Instead", "Indeed", "Overall", "Moreover",
    "Furthermore", "Nevertheless", "Nonetheless", "However", "Also", "Now", "Recently", "Previously", "Subsequently",
    "Eventually", "Finally", "Later", "Earlier", "Today", "Yesterday",
)  # fmt: skip
"""Adverbs a sentence may open on with no comma before its subject ("Meanwhile Cebu Air ordered ...")."""
_AFTER_PUNCTUATION = re.compile(
    r"(?:^|[\n.!?;:,(\-\"'] ?|[ ](?:" + "|".join(sorted(NOT_NAMES)) + r")"
    r"|[ ](?:earlier|later|ago|week|month|year|quarter|tard|tôt|auparavant|semaine|mois|année|trimestre)"
    r"|[ ](?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"|[\w]-(?:year|month)-old"
    r"|[ ](?:19|20)\d\d|(?:^|[\n.!?][ ]?)(?:" + "|".join(_SENTENCE_ADVERBS) + r"))[ ]?$"
)
"""Where a subject read before its verb may start: after punctuation, a function word, or a time phrase told
without a comma ("a few months earlier Kuda said", "the two-year-old Sparkle recently raised", "On Thursday Kuda
said", "In March 2004 Welch Foods picked", "Meanwhile Cebu Air ordered")."""


_OPENING_YEAR = re.compile(r"(?:19|20)\d\d")
"""A year after a dropped opener or month, before the name: "In 2019 Acme", "In March 2004 Welch Foods"."""
_NUMBER = re.compile(r"\d{1,3}(?:[ ,.]\d{3})+")
"""A number written with thousands separators ("1 539 pharmacies"), no name."""
_ELIDED_COMMON = re.compile(r"[LlDd]'[a-zà-ÿ]")
_PERIOD = re.compile(r"(?:Q[1-4]|H[12]|[TS][1-4]|FY|FY\d{2}|FY\d{4}|Q[1-4]FY\d{2,4})")
"""A quarter, half or fiscal year written like a ticker: "fiscal Q1 2020", "H1", "FY24", "T3" (trimestre)."""
_EPONYM_AFTER = re.compile(r"(?:[ ](?:and|or|et)[ ][A-Z][\w\-]+['\u2019]s)?[ ](?:diseases?|syndromes?|law|maladie)\b")
"""After a possessive: an eponymous disease or law ("Alzheimer's and Huntington's diseases"), no company."""


_RIC = re.compile(
    r"[A-Z0-9]{1,6}\.(?:O|N|OQ|A|L|PA|DE|F|AS|BR|MI|MC|LS|SW|ST|CO|OL|HE|TO|V|AX|NZ|HK|T|SS|SZ|KS|KQ|TW|SI|NS|BO|JO)"
)
"""A Reuters instrument code: "HWAY.O" (Nasdaq), "AIRP.PA" (Paris), "0700.HK"."""
_FORM_NEXT = re.compile(r",?[ ](?:" + _LEGAL_FORM.pattern + ")")
"""A legal form right after a run: it closes the name after the run's possessive, whoever the owner."""


_CLOSED_AFTER = r"(?=[,;:)]|\.(?:\s|$)|[ ](?:is|was|has|had|said|says|will|which|who)\b)"


def _possessive_name(text: str, name: str) -> bool:
    """Whether the story writes ``name`` ("McColl's", "Sainsbury's") with nothing owned after it somewhere.

    A possessive owns the noun that follows it; where a clause mark or a verb follows instead ("a deal with
    McColl's, which runs 1,300 shops", "chief executive of McColl's said"), the "'s" is part of the name.
    """
    return re.search(rf"(?<![\w'\u2019]){re.escape(name)}{_CLOSED_AFTER}", text) is not None


def _possessive_split(text: str, words: list[str], start: int) -> tuple[int, list[str]]:
    """(chars dropped in front, words kept) of a run with a possessive inside.

    The owner is the organisation ("Earlybird Venture Capital's Digital East Fund" is Earlybird's fund,
    "Aptuit's Italian operations" names Aptuit), unless the owner is a place ("Beijing's CDH Investments"
    is CDH Investments) or a legal form closes the run ("Dayton's Precision Manufacturing Co." names the
    manufacturer); before an eponymous disease or law ("Alzheimer's disease") nothing is kept.
    """
    for index, word in enumerate(words):
        if word.endswith(("'s", "\u2019s")):
            bare = word[:-2]
        elif word.endswith(("s'", "s\u2019")) and index < len(words) - 1:
            bare = word[:-1]  # "EADS' Eurocopter", "Maxar Technologies' Space Systems Loral": a plural's possessive
        else:
            continue
        kept = " ".join(words[: index + 1])
        if _EPONYM_AFTER.match(text, start + len(kept)):
            return 0, []
        if index == 0 < len(words) - 1 and bare.casefold() in FIRST_NAMES:
            return 0, words  # "Dave's Hot Chicken": a bare first name owns no firm, it opens a brand
        if index == len(words) - 1 and _possessive_name(text, " ".join(words)):
            return 0, words
        owner = " ".join([*words[:index], bare])
        if index < len(words) - 1 and (
            owner.casefold() in PLACES
            or is_origin_word(bare.casefold())
            or (_FORM_NEXT.match(text, start + len(" ".join(words))) and words[index + 1].casefold() not in PLACES)
            or (
                (index < len(words) - 2 and _LEGAL_FORM.fullmatch(words[-1].rstrip(".,")))
                and words[index + 1].casefold() not in PLACES  # "Bellamy's Australia Ltd" is one name
            )
        ):
            return len(kept) + 1, words[index + 1 :]
        return 0, [*words[:index], bare]
    return 0, words


_CURRENCY_AMOUNT = re.compile(
    r"(?:Rs|INR|USD|EUR|GBP|AUD|CAD|RM|Rp|NT|KSh|Ksh|Sh|G[Hh][Cc¢₵]|ZAR|NGN|KES|PHP|IDR|GHS)\.?[ ]?\$?\d|(?:Rs\.?|INR)$"
)
"""A sum in a currency written as a capitalised code ("a Rs 456 crore contract", "a Rs.24.6-billion order", "a KSh
50.7 billion contract"), or the rupee's code left alone once the count is cut off: no name."""
_LETTER_AMOUNT = re.compile(r"[RNP]\d[\d.,]*(?:[ ]?(?i:trillion|billion|million|tn|bn|mn|b|m)\b|(?:,\d{3})+(?![\d.,]))")
"""A sum in rand, naira or pesos, its one-letter prefix glued to a scaled or grouped figure ("R4bn", "N309.9
billion", "P148.43 billion"): no name, whereas "P3 Logistic Parks" or "N26" may be one."""
_AGENT_ADJECTIVE = re.compile(r"-(?:backed|owned|led|controlled|funded|financed|run|supported)$")
"""A name made an adjective by its role ("WPP-backed", "state-owned"): it describes what follows, it names no firm."""


@lru_cache(maxsize=2048)
def _clean_org_name(  # noqa: PLR0911 - one early exit per reason a candidate is no organisation
    text: str, raw: str, start: int, strict: bool = False, firm: bool = False
) -> tuple[int, str] | None:
    """Return ``(start, name)`` of the organisation in ``raw`` (found at ``text[start:]``), or None.

    Memoised: the passes of :func:`find_companies` offer the same candidate at the same place several
    times (a deal verb's subject is also a sentence's opener); the answer depends on the arguments only.

    Leading openers and origin words go ("The Adani Group", "Paris-based Acme", "l'australien
    Carsales"), but a French title keeps its article ("Le Figaro"); a person's title or first name
    rejects the candidate ("Chief Executive John Smith", "Jean-Martin Folz"), so do places, dates,
    nationalities and pronouns. ``strict`` candidates (read before a verb, where people and common
    nouns stand too) must follow punctuation or a function word, and be one word or carry an
    organisation marker. A ``firm`` candidate (right after "le groupe", "la société") may be named after
    a person ("le groupe Luc Durand") or a family ("le groupe Nourrisson").
    """
    shift, words = _possessive_split(text, raw.rstrip(".,'-").split(" "), start)
    start += shift
    words = _before_count(text, start, _before_date(text, start, _before_headline_break(text, start, words)))
    month_firm = _formed_month(text, start, words)  # "Mars Inc.": the month is the name
    start, words = _after_nationality_kind(start, words)
    while (
        words
        and not month_firm
        and (
            words[-1].casefold() in _PERSON_NOT_NAMES
            or words[-1] in ("&", "of", "des", "du", "dos", "das", "do", "del")
            or _RIC.fullmatch(words[-1])
        )
    ):
        words.pop()  # also a Reuters code after the name: "Healthways Inc HWAY.O"
    start, words = _without_glued_words(text, start, words)
    dropped = False
    while words:
        folded = words[0].casefold().strip("'")
        if folded in _PERSON_TITLES:
            return None
        keeps_article = folded in _ARTICLES and len(words) > 1 and words[0][0].isupper() and folded != "the"
        second = words[1].casefold() if len(words) > 1 else ""
        if keeps_article and second not in NOT_NAMES and second not in KIND_NOUNS and not is_origin_word(second):
            break
        trade = len(words) > 1 and (folded in _TRADE_OPENERS or folded.endswith("maker"))
        dated = dropped and len(words) > 1 and _OPENING_YEAR.fullmatch(folded) is not None  # "In 2019 Acme"
        adverb = len(words) > 1 and words[0] in _SENTENCE_ADVERBS  # "Earlier Korvia agreed": no "Earlier Korvia"
        if (
            (folded not in NOT_NAMES or _named_new(text, start, words) or month_firm)
            and not dated
            and not adverb
            and not is_origin_word(folded, leading=True)
            and not _AGE.match(folded)
            and not trade
            and not (folded in _TITLES_BEFORE_OF and second == "of")
        ):
            break
        start += len(words.pop(0)) + 1
        dropped = True
    if (
        not words
        or _ELIDED_COMMON.match(words[0])
        or _CURRENCY_AMOUNT.match(" ".join(words))
        or _LETTER_AMOUNT.match(text, start)
    ):
        # "L'avionneur a prolongé ...": an elided common noun opening a sentence, not "L'Oréal"; "a Rs 456 crore
        # contract": a sum, no name
        return None
    start, words = _after_origin(start, words)
    words = _up_to_form(_without_holder(text, start, words))
    name = " ".join(words)
    folded_name = name.casefold()
    if (
        len(name) < _MIN_ORG_CHARS
        or name in _placed_names(text)
        or is_nationality(folded_name)
        or (_is_common(folded_name) and not month_firm)
        or _PERIOD.fullmatch(words[0])  # "Q3 2016", "H1 2024": a period and its year
        or (len(words) == 1 and _PLURAL_ACRONYM.fullmatch(name) is not None)  # "auprès de VCs", "SMEs"
        or _DATE_NAME.fullmatch(folded_name)
        or _CODED_AMOUNT.fullmatch(name) is not None  # "SEK23B", "USD1.5bn": a sum in a currency's code
        or _NUMBER_WORD.fullmatch(words[0]) is not None  # "a 20-percent stake", "pour 2017-2018": no firm
        or _AGENT_ADJECTIVE.search(name) is not None  # "WPP-backed agencies": the agencies, backed by WPP
    ):
        return None
    if len(words) == 1 and (
        (folded_name in BUSINESS_FUNCTIONS and _JOB_TITLE_NEXT.match(text, start + len(name)) is not None)
        or name in TECHNOLOGY_ABBREVIATIONS  # "teamed up with EV", "a deal with AI startup X": a technology
        or _GREATER_BEFORE.search(text, max(0, start - 9), start) is not None  # "du Grand Nancy": a metro area
        or _is_town(text, start + len(name))
        or name in _ORG_HEADS
        or (not firm and _is_surname(text, name))
        or (not firm and _succeeded_surname(text, start, name))
        or (not firm and _succeeds_person(text, start + len(name)))
        or (folded_name.endswith("ly") and text.startswith(",", start + len(name)) and _opens_sentence(text, start))
    ):
        # "Oxford, UK based": a town; "Capital", "Cloud"; "Thompson" after "Scott Thompson";
        # "Collectively,", "Separately,": an adverb opening a sentence
        return None
    if (
        name[0].isdigit()
        and "-" not in words[0]
        and not _DIGIT_LED_NAME.fullmatch(words[0])
        and (len(words) == 1 or _ORG_MARKER.search(words[-1]) is None or _NUMBER.fullmatch(name) is not None)
    ):
        return None  # "2024", "5G", "1086.95 Korean", "1 539" (but "7-Eleven", "23andMe", "360 Capital Partners")
    if (
        (not firm and is_person(name) and words[-1] not in _FIRM_LAST_WORDS and not _named_as_firm(text, name))
        or (_after_person_title(text, start, words) and words[-1] not in _ORG_HEADS)
        or _HONORIFIC_BEFORE.search(text, max(0, start - 6), start) is not None
        or _INDEX.match(name)
        or (len(words) > 1 and words[-1] in _INDEX_HEADS)  # "Norway's OBX Index", "the Stoxx Nordic 30 Index"
        or _replaced_person(text, name, start)
    ):
        return None
    if any(word.casefold() in _OFFICE_TITLES for word in words[:-1]):
        return None  # "U.S. President Donald Trump", "Foreign Minister Jean Dupont": a person
    if strict and (
        (len(words) > 1 and _ORG_MARKER.search(name) is None and not _opening_buyer(text, start, name))
        or _AFTER_PUNCTUATION.search(text, max(0, start - 24), start) is None
        or _NAME_GOES_BACK.search(text, max(0, start - 40), start) is not None
    ):
        return None
    return _with_head(text, start, name)


_FIRM_APPOSED = re.compile(
    r",[ ](?:(?:the|an?)[ ](?:[\w\-]+[ ]){0,3}?(?:"
    + "|".join(ANAPHOR_KINDS_EN)
    + r")|(?:le|la|l')[ ]?(?:[\w\-]+[ ]){0,3}?(?:"
    + "|".join(ANAPHOR_KINDS_FR)
    + r"))(?=[,.;)]|[ ](?:that|which|based|with|in|owned|backed|controlled|qui|basée?)\b)"
)
"""A kind noun set off after a name, ending its phrase: ", the Sydney fund that", ", a family-owned manufacturer."
("the fund manager", "the company's founder" go on and describe a person; ", a précisé la société" is a verb)."""


_SHARES_BEFORE = re.compile(r"(?:[Ss]hares|[Ss]tock)[ ](?:in|of)[ ]$")
"""Before a name, its traded shares: "shares in Robert Wiseman plummeted" (no person has shares of their own)."""


_NAME_HEAD_BEFORE = re.compile(
    r"(?<![\w\-])(?:Banque|Bank|Coopérative|Compagnie|Caisse|Mutuelle|Laboratoires?)[ ]"
    r"(?:(?:of|de|des|du)[ ](?:the[ ]|la[ ]|l['\u2019])?)?$"
)
"""A firm's kind capitalised inside a sentence right before a name: the name's first word ("la Banque Centrale
Populaire", "Bank of the West", "la Coopérative Laitière"), where "la banque Velmora" only describes Velmora."""


def _with_head(text: str, start: int, name: str) -> tuple[int, str]:
    """``(start, name)`` grown back over a capitalised kind that opens the name inside a sentence."""
    head = _NAME_HEAD_BEFORE.search(text, max(0, start - 24), start)
    if head is None or _opens_sentence(text, head.start()) or not name[0].isupper():
        return start, name
    return head.start(), text[head.start() : start] + name


def _after_nationality_kind(start: int, words: list[str]) -> tuple[int, list[str]]:
    """The words after a nationality and a kind noun that open a longer name: "Indian Group AMTEK Auto" is AMTEK Auto.

    A capitalised kind noun after a nationality is the reporter's description ("Japanese Group Otsuka"), not a word
    of the name; a nationality before a name word is kept ("Indian Oil", "Swiss Re").
    """
    if len(words) > 2 and is_nationality(words[0].casefold()) and words[1].casefold() in KIND_NOUNS:  # noqa: PLR2004
        return start + len(words[0]) + len(words[1]) + 2, words[2:]
    return start, words


def _named_as_firm(text: str, name: str) -> bool:
    """Whether ``name``, written like a person's, is somewhere described as a firm or as someone's employer.

    "Walter Knoll CEO Markus Benz", "Martin Currie, the Edinburgh fund that owns 16%": a firm named after its
    founder; so is one whose shares trade ("shares in Robert Wiseman fell"). A person is not written so ("Elon
    Musk's chief of staff" names no titled person).
    """
    end = text.find(name)
    while end != -1:
        start, end = end, end + len(name)
        if (
            _TITLE_AFTER_NAME.match(text, end + 2 if text.startswith("'s", end) else end) is not None
            or _FIRM_APPOSED.match(text, end) is not None
            or _SHARES_BEFORE.search(text, max(0, start - 10), start) is not None
        ):
            return True
        end = text.find(name, end)
    return False


def _formed_month(text: str, start: int, words: list[str]) -> bool:
    """Whether a month's name is the whole name before a legal form: "Mars Inc." is a firm, "Mars 2024" a date."""
    if not words or _MONTH_WORD.fullmatch(words[0]) is None:
        return False
    if len(words) == 1:
        return _FORM_NEXT.match(text, start + len(words[0])) is not None
    return len(words) == 2 and _LEGAL_FORM.fullmatch(words[1]) is not None  # noqa: PLR2004 - a month and its form


_DATE_AFTER = re.compile(r"[ ](?:1er|[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\b|,?[ ](?:19|20)\d\d\b")
"""A day or a year right after a month's name: "March 2014", "March 5", "Janvier 2020"."""
_MONTHS = frozenset(_MONTH.strip("(?:)").split("|"))


_COUNT_WORD = re.compile(r"\d[\d.,]*")
_COUNTED_AFTER = re.compile(
    r"[ ](?:(?!(?:and|or|but|nor|et|ou|mais|which|who|whose|that|qui|que|dont|to|à|in|en|dans|for|pour|of|de|du|des"
    r"|is|are|was|were|be|been|has|have|had|will|would|could|should|may|can|said|says|est|sont|a|ont|sera|an|the"
    r"|le|la|les|with|avec|on|sur|at|au|aux|by|par|since|until|after|before|as|from|during|through|into|over|under"
    r"|about|against|between|among|via|than|then|also|while|when|where|if|not|depuis|jusqu|après|avant|comme"
    r"|pendant|entre|chez|vers|sous|contre|plus|millions?|billions?|trillions?|milliards?|bn|mn|mln|bln|crores?|lakhs?"
    r"|percent|per)\b)[a-zà-ÿ]|(?:GWh|MWh|TWh|kWh|GW|MW|kW|MWc)\b)"
)
"""After a number that ends a run of capitalised words: a counted noun or a unit ("40 trains", « 12 bus », "88 GWh"),
not a word that lets the number belong to the name ("Galaxy 31 and Galaxy 32") nor an amount ("RMB 12.55 billion",
which other checks reject whole)."""


def _before_count(text: str, start: int, words: list[str]) -> list[str]:
    """The name's words before a count of goods that follows it: "will supply Korvia 40 trains" names Korvia.

    A receiver named before its goods (« fournira à Korvia 40 rames », "awarded Korvia 3 contracts") is followed by
    their count, which the run of capitalised words takes as a name's number ("Galaxy 31").
    """
    for index, word in enumerate(words[1:], 1):
        if _COUNT_WORD.fullmatch(word) and _COUNTED_AFTER.match(text, start + len(" ".join(words[: index + 1]))):
            return words[:index]
    return words


def _before_date(text: str, start: int, words: list[str]) -> list[str]:
    """The name's words before a month that a day or a year follows.

    "invested in CitiusTech March 2014" names CitiusTech: a date is never part of a name. A month opening the
    run is left to the date checks ("March 2014" alone) and to the firms named after one ("Mars Inc."), and so is
    a date an opener leads ("In March 2004 Welch Foods picked": the date goes, the name stays).
    """
    for index, word in enumerate(words[1:], 1):
        if (
            word.casefold() in _MONTHS
            and _DATE_AFTER.match(text, start + len(" ".join(words[: index + 1])))
            and not all(before.casefold() in NOT_NAMES for before in words[:index])
        ):
            return words[:index]
    return words


_NUMBER_WORD = re.compile(r"\d[\d.,]*-?(?:percent|per-cent|pct)|(?:19|20)\d\d[-\u2013/](?:19|20)?\d\d", re.IGNORECASE)
"""A share or a span of years written as one word ("20-percent", "5-per-cent", "2017-2018"): never a company."""
_CODED_AMOUNT = re.compile(
    r"[A-Z]{3}\d[\d.,]*(?:[BMK]|bn|mn|m|k)?"
    r"|(?:USD|EUR|GBP|CHF|INR|JPY|CNY|RMB|AUD|CAD|HKD|SGD|SEK|NOK|DKK)(?:[ ]\d[\d.,]*)?"
)
"""A sum in a currency's code, glued or spaced ("SEK23B", "RMB 12.55 billion"), or the code alone, cut from its sum
("Wins GBP 80 Mln Contract"): never a company."""
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,5}s")
_QUALIFIED_NOUN_BEFORE = re.compile(
    r"(?<![\w\-'\u2019])(?!(?:the|le|la|les|des|du|de|of|for|and|et|by|par|à|a|an)[ ])[a-zé][\w\-]{2,}[ ]$"
)
"""A lower-case noun right before a name's first word, which an abbreviation then qualifies ("logiciel RH")."""
_QUALIFIER_REACH = 40
"""Characters looked at before a name for the noun its abbreviation qualifies."""


def _qualifier_abbreviation(text: str, word: str, start: int) -> bool:
    """Whether ``word`` at ``start`` is a common abbreviation qualifying the noun before it ("logiciel RH")."""
    return word in COMMON_ABBREVIATIONS and (
        _QUALIFIED_NOUN_BEFORE.search(text, max(0, start - _QUALIFIER_REACH), start) is not None
    )


def _without_glued_words(text: str, start: int, words: list[str]) -> tuple[int, list[str]]:
    """(start, words) of a run without the words glued to the name on either side.

    Goods counted after their maker end the run ("orders for 900 Brakor Motors LCVs"); a common abbreviation that
    qualifies the lower-case noun before it opens it ("l'éditeur de logiciel RH PayFit", "la start-up IA Mistral").
    After an article the abbreviation is the name's own ("the UK Ministry of Defence").
    """
    if len(words) > 1 and _PLURAL_ACRONYM.fullmatch(words[-1]):
        words = words[:-1]
    if len(words) > 1 and _qualifier_abbreviation(text, words[0], start):
        return start + len(words[0]) + 1, words[1:]
    return start, words


"""The plural of an abbreviated common noun ("VCs", "CEOs", "SMEs"): people or firms in general, never one firm."""


_HEADLINE_BREAKS = frozenset({
    "In", "A", "An", "The", "For", "To", "With", "On", "At", "By", "From", "As", "After", "Over", "Into", "Amid",
    "Its", "Is", "Are", "Was", "Will", "And", "Or", "Vs", "Says", "Buys", "Acquires", "Sells", "Agrees", "Wins",
    "Takes", "Raises", "Signs", "Names", "Appoints", "Hires", "Completes", "Closes", "Invests", "Launches",
    "Loses", "Lands", "Secures", "Renews", "Extends", "Ends", "Drops", "Ditches", "Scraps", "Keeps", "Cuts", "Bags",
    "Deal", "Deals", "Contract", "Contracts", "Stake", "Bid", "Takeover", "Merger", "Talks", "Order", "Orders",
    "May", "Might", "Could", "Can", "Should", "Must", "Seeks",
})  # fmt: skip
"""Words a Title Case headline capitalises that never go on a name read before them: function words, the verbs
and the deal nouns of headlines ("Kosc Telecom Loses Bouygues Deal" names Bouygues)."""
_BARE_NUMBER = re.compile(r"\d[\d.,]*")


def _before_headline_break(text: str, start: int, words: list[str]) -> list[str]:
    """The name's words before a headline's capitalised function word, verb or bare number.

    In "Halma Acquires Thermocable In A 22 Mln Pound Deal" every word is capitalised, so a name read after
    "Acquires" would run on to the end; in Title Case it ends where such a word starts. Prose keeps them
    ("Bank of The West" is no headline), so the line is checked only when one is there.
    """
    for index, word in enumerate(words[1:], 1):
        if word in _HEADLINE_BREAKS or _BARE_NUMBER.fullmatch(word):
            return words[:index] if _in_title_case_line(text, start) else words
    return words


def _up_to_form(words: list[str]) -> list[str]:
    """The words up to a legal form that a particle follows, where a town follows the name.

    "Automation LLC of Greenville" ends at LLC; "Bank of America Corp" stays whole.
    """
    formed = next((i for i, word in enumerate(words[:-1]) if _LEGAL_FORM.fullmatch(word.rstrip(".,"))), None)
    return words[: formed + 1] if formed is not None and words[formed + 1] in _NAME_PARTICLES else words


_ORIGIN_SUFFIXES = ("-based", "-headquartered")


def _after_origin(start: int, words: list[str]) -> tuple[int, list[str]]:
    """The words after a town of several words that ends in "-based" (a one-word origin goes with the openers).

    "Grand Rapids-based Lambert Global" is Lambert Global.
    """
    based = max((i for i, word in enumerate(words[:-1]) if word.casefold().endswith(_ORIGIN_SUFFIXES)), default=-1)
    if based < 0:
        return start, words
    return start + len(" ".join(words[: based + 1])) + 1, words[based + 1 :]


_ROLE_OF_BEFORE = re.compile(
    r"\b(?:pdg|ceo|founder|co-founder|chairman|chief executive|président|présidente|directeur général"
    r"|directrice générale|patron|patronne|fondateur|fondatrice|cofondateur|cofondatrice)[ ](?:de[ ]|du[ ]|d'|of[ ])$",
    re.IGNORECASE,
)
"""A role "of" a company, then its holder's name may follow the company's: "le PDG d'Exotrail Jean-Luc Maria"."""


def _without_holder(text: str, start: int, words: list[str]) -> list[str]:
    """The company's words of "<Company> <Person>" after a role: up to its last head noun, or before a first name."""
    if len(words) < 3 or _ROLE_OF_BEFORE.search(text, max(0, start - 32), start) is None:  # noqa: PLR2004
        return words
    head = max((i for i, word in enumerate(words[:-1]) if word in _ORG_HEADS), default=-1)
    if head >= 0:
        return words[: head + 1]  # "founder of Metis Capital Partners Hakeem Belo-Osagie"
    if is_person(" ".join(words[-2:])):
        return words[:-2]
    return words


_BUYING = re.compile(
    r"[ ](?:has[ ]|have[ ])?(?:agreed[ ]to[ ](?:buy|acquire|take[ ]over)|acquired|bought|snapped[ ]up"
    r"|said[ ](?:on[ ][A-Z][a-z]+[ ])?it[ ](?:has[ ]|had[ ]|would[ ]|will[ ])?(?:agreed[ ]to[ ])?"
    r"(?:buy|acquire|bought|acquired)"
    r"|a[ ]racheté|rachète|a[ ]acquis|acquiert|va[ ]racheter|a[ ]conclu[ ]un[ ]accord[ ]pour[ ]racheter)[ ][A-Z]"
)
"""After a sentence's opening words, a purchase of a named company: "Kolber Haustechnik agreed to buy Velmar"."""


def _opening_buyer(text: str, start: int, name: str) -> bool:
    """Whether capitalised words without an organisation marker open a sentence as the buyer of a named company.

    A firm the story names once, by its bare name, where only it or a person can stand ("Meridian Harbour said it
    had agreed to buy ..."): people are dropped before (first names, titles), the rest is a buyer.
    """
    return _opens_sentence(text, start) and _BUYING.match(text, start + len(name)) is not None


_DIGIT_LED_NAME = re.compile(r"\d+(?=[a-z]*[A-Z])[A-Za-z]{3,}")
"""Digits then three letters or more, one of them a capital: a brand ("23andMe", "1Password"), not "10th", "5G"."""


_NAME_GOES_BACK = re.compile(r"(?:^|[\n.!?\"] ?)[A-Z][\w&\-]{1,30}[ ](?:in|of|de|du|des)[ ]$")
"""A name that opens a sentence with a lower-case link: "Motion" of "Research in Motion reported", cut short."""


def _opens_sentence(text: str, start: int) -> bool:
    """Whether ``start`` is the first word of a sentence ("Collectively, ..."; not "... pour Tessaly, qui")."""
    before = text[max(0, start - 3) : start].rstrip(" \"'\u201c\u00ab")
    return not before or before[-1] in ".!?\n"


_PLACED = re.compile(
    r"([AÀI](?:(?<=^.)|(?<=[.!?\n].)|(?<=[.!?\n][ ].)|(?<=[.!?\n][ ][ ].))(?:(?<=I)n|(?<=[AÀ])))[ ]"
    r"(?:([LlDd]['\u2019])?([A-Z][\w\-]+(?:[ ][A-Z][\w\-]+)?)),"
)
"""A sentence that opens on where it happens: "A L'Horme, l'entreprise X ...", "In Tulsa, the plant ..."."""


_IN_REGION = re.compile(r"(?<![\w])[Dd]ans[ ](?:le[ ]|la[ ]|l['\u2019])([A-ZÀÂÉÈÊÎÔ][\w\-']+)(?![\w\-]|[ ][A-Z])")
"""One capitalised word after "dans le / la / l'": a département, a region, a town ("dans le Doubs", "dans l'Isère");
not two ("dans la Compagnie Velmora")."""


@lru_cache(maxsize=4)
def _placed_names(text: str) -> frozenset[str]:
    """The places the story's sentences open on (also without their elided article): no company.

    One pass per article, as :func:`_words_after_first_names`; "À L'Horme, l'entreprise SAG France" makes no
    company of L'Horme, whatever the apposition after it or the headline's "L'Horme : ..." suggest.
    """
    placed: set[str] = set()
    for match in _PLACED.finditer(text):
        preposition, article, place = match.groups()
        placed.update((place, (article or "") + place, f"{preposition} {article or ''}{place}"))  # "À Cholet" too
    placed.update(match.group(1) for match in gated_finditer(_IN_REGION, text))  # "basé à Anteuil, dans le Doubs"
    return frozenset(placed)


_SIZE_WORDS = frozenset({
    "small", "big", "large", "major", "local", "regional", "foreign", "leading",
    "top", "mid-size", "midsize", "mid-sized", "family", "family-owned", "little",
})  # fmt: skip
"""Words that say how big or whose a firm is: alone, or before a bare head ("Contract to Small Group" in a title-cased
headline), they describe a firm the story names elsewhere, they name none (session 26)."""


def _is_common(folded_name: str) -> bool:
    """Whether a (folded) name is a place, an opener, a kind noun ("PME" of "La PME a réalisé ...") or a size word.

    A size word before one head ("small group", "big company") is a description a title-cased headline capitalises.
    """
    first, _, rest = folded_name.partition(" ")
    return (
        folded_name in PLACES
        or folded_name in NOT_NAMES
        or folded_name in KIND_NOUNS
        or (first in _SIZE_WORDS and (not rest or rest in KIND_NOUNS))
    )


_COUNTRY_AFTER = re.compile(r",[ ]([A-Z][\w.\-]{1,20}?)(?:-based|[ ]based|[,;]|\.(?![\w]))")
"""After a town, its country: "Oxford, UK based", "Lyon, France," (not "Renault, France's biggest carmaker")."""

_STATE_BASED_AFTER = re.compile(r",[ ][A-Z][\w.]{1,20}?-based(?![\w\-])")


def _is_town(text: str, end: int) -> bool:
    """Whether the word ending at ``end`` is followed by a country or region, as a town is ("Oxford, UK based")."""
    if _STATE_BASED_AFTER.match(text, end):
        return True  # "Winston, Ga.-based RedRock": whatever the state's abbreviation, the word before is a town
    country = _COUNTRY_AFTER.match(text, end)
    return country is not None and country.group(1).casefold().rstrip(".") in PLACES


def _is_surname(text: str, word: str) -> bool:
    """Whether ``word`` follows a first name somewhere in ``text`` ("Thompson" after "Scott Thompson")."""
    return word in _words_after_first_names(text)


_WORD = re.compile(r"[^\s,.;:!?()\"'\u2019]+(?:['\u2019][A-Z][^\s,.;:!?()\"'\u2019]*)?")
"""A word without trailing punctuation or possessive; "O'Reilly" is one word."""


@lru_cache(maxsize=4)
def _words_after_first_names(text: str) -> frozenset[str]:
    """The distinct words that follow a first name in ``text`` (without trailing punctuation), in one pass.

    A first name is a common one ("Scott Thompson"), or any capitalised word right after a person's title or a
    noun only people are ("our CEO Sergio Marchionne", "businessman Dele Okafor"), or before a surname that a
    person's apposition follows ("Dele Okafor, who", "Dele Okafor, 54,"): the first-name list cannot hold every
    name. A middle initial is passed over ("Warren E. Buffett"). The surname then stands alone for the person
    ("Okafor has agreed to buy Korvia", "Buffett's offer for Korvia"), no firm.
    Tokens split at any white space, so a name opening a paragraph (after a line break) counts.
    Scanning the text again for every candidate was quadratic in a long repetitive article (a 1 MB body
    of one sentence: minutes); one pass per article keeps extraction linear.
    """
    tokens = text.split()
    folded = text.casefold().split()  # casefold never adds or drops white space: same tokens, same indexes
    # the first names by the list, the capitalised words after a title, and two-word names a person's apposition
    # follows (set lookups in comprehensions: a function call per token cost as much as the rest of the pass)
    firsts = {index for index, word in enumerate(folded[:-1]) if word in FIRST_NAMES}
    firsts.update(
        index + 1
        for index, word in enumerate(folded[:-2])
        if word in _TITLES_BEFORE_NAME and _capitalised(tokens[index + 1])
    )
    firsts.update(
        index
        for index, token in enumerate(tokens[1:-1])
        if token.endswith(",") and _apposed_first_name(tokens, folded, index)
    )
    words = (
        _WORD.match(
            tokens[index + 2]
            if index + 2 < len(tokens) and _INITIAL.fullmatch(tokens[index + 1])
            else tokens[index + 1]
        )
        for index in firsts
    )
    return frozenset(word.group() for word in words if word is not None)


_INITIAL = re.compile(r"[A-Z]\.")
"""A middle initial between a first name and a surname: "Warren E. Buffett"."""

_TITLES_BEFORE_NAME = _PERSON_TITLES | {
    "officer", "boss", "founder", "co-founder", "chef", "veteran", "insider",
    "businessman", "businesswoman", "billionaire", "tycoon", "entrepreneur", "magnate", "mogul", "financier",
    "philanthropist", "industrialist",
}  # fmt: skip
"""A title or a noun only people are, right before a person's first name: "Chief Financial Officer Greg Hayes",
"boss Gunnar Ekdahl", "billionaire Dele Okafor"."""

_PERSON_AFTER_COMMA = re.compile(r"who|whose|\d{2},")
"""What follows a person's name after a comma, never a firm's: "Dele Okafor, who ...", "Dele Okafor, 54, ..."."""


def _capitalised(token: str) -> bool:
    """Whether ``token`` is a capitalised word of letters only ("Sergio"), as a first name after a title is."""
    return token[:1].isupper() and token[1:2].islower() and token.isalpha()


def _apposed_first_name(tokens: list[str], folded: list[str], index: int) -> bool:
    """Whether ``tokens[index]`` opens a two-word name a person's apposition follows ("Dele Okafor, who ...")."""
    surname = tokens[index + 1]
    return (
        surname.endswith(",")
        and _PERSON_AFTER_COMMA.fullmatch(folded[index + 2]) is not None
        and tokens[index][:1].isupper()
        and tokens[index].isalpha()
        and folded[index] not in NOT_NAMES
        and surname[:1].isupper()
        and surname[1:2].islower()
        and (index == 0 or not tokens[index - 1][:1].isupper())  # "Korvia Rovers FC, which": three words, no name
    )


_UNIT_AFTER = re.compile(r"[ ](?:of[ ])?([A-Z][\w\-]{0,30})(?![\w\-])(?P<run>[ ][A-Z])?")
"""A capitalised word after a known name ("UPS Canada's": the possessive is no part of it); ``run`` when a
Title Case run goes on ("Meta Energy Deal" is a headline)."""
_UNIT_REGIONS = frozenset({
    "Asia", "America", "Europe", "Africa", "Canada", "India", "Italia", "Iberia", "Belgique", "Belgium", "Luxembourg",
    "France", "Deutschland", "Germany", "UK", "Espana", "España", "Spain", "Italy", "Japan", "China", "Suisse",
    "Switzerland", "Schweiz", "Nederland", "Netherlands", "Polska", "Poland", "Australia", "Brasil", "Brazil",
    "Mexico", "México", "Ireland", "Maroc", "Morocco", "Romania", "România", "Korea", "Singapore", "Nordics",
    "Benelux", "Austria", "Portugal", "Sverige", "Sweden", "Norway", "Norge", "Danmark", "Denmark", "Finland",
    "Türkiye", "Turkey", "Israel", "Egypt", "Sénégal", "Senegal", "Argentina", "Chile", "Colombia", "Peru",
    "USA", "US", "Americas",
})  # fmt: skip
"""Regions that make a country unit of a known company ("Orange Belgique", "UPS Canada"), even in a headline."""
_UNIT_HEADS = frozenset({
    "Motor", "Vision", "Cloud", "Biologics", "Développement", "Ventures", "Pharma", "Bank", "Securities", "Media",
    "Partners", "Energy", "Healthcare", "Mobility", "Aviation", "Automotive", "Assurances",
    "Insurance", "Logistics", "Capital", "Fund", "Auto", "Retail",
    "Research", "Games", "Operations", "Transportation", "Voyageurs", "Technologies", "Entertainment", "Pictures",
    "Music", "PME", "Réseau", "Mobilités", "Trucks",
    # A firm's investing arm or adviser: "Cisco Investments", "Permira Advisers", "T. Rowe Price Associates".
    "Investments", "Investment", "Advisers", "Advisors", "Associates",
    # A trade the group runs as a unit: "Samsung Foundry", "Nestlé Waters", "Bouygues Construction", "EDF Invest"
    # (not the trade a firm's own full name ends on: "JetBlue Airways", "Newmont Mining" are the firm).
    "Foundry", "Waters", "Health", "Wireless", "Invest", "Concessions", "Construction", "Consulting", "Transport",
    "Energie", "Renewable", "Renewables", "Utilities", "Interactive", "Services", "Solutions", "Defence", "Defense",
    "Rail",
})  # fmt: skip
"""Head nouns that make a unit of a known company ("Alibaba Cloud", "Intel Capital"), outside a Title Case run only."""


_UNIT_NAMED = re.compile(
    r"(?:[ ](?:&[ ])?[A-Z][\w\-]{1,30}){1,2}[ ]((?:Ventures|Fund|Capital|Partners|Institute|Network|Science|Sciences"
    r"|Investments?|Investissement|Foundation|Division|Space|Power|Management|Technology|Publics|Funds)"
    r"(?:[ ](?:\d{1,2}(?![\d.,]\d)|I{1,3}|IV))?(?:[ ](?:Services|Solutions|Systems))?)(?![\w\-])"
)
"""A known name, one or two capitalised words, then a fund's or an institute's head noun: the company's named arm
(with a trade noun that goes on: "Verizon Business Network Services")."""
_ACRONYM_NEXT = re.compile(r"[ ]\(([A-Z]{2,6})\)")
"""An acronym in parentheses after a unit's name: "Derichebourg Multiservices (DMS)"."""


def _unit_at(text: str, start: int, end: int) -> re.Match[str] | None:
    """The region or unit head noun right after a known name at ``start:end``, if any.

    A capitalised word followed by the pair's initials in parentheses is a unit too: "Derichebourg
    Multiservices (DMS)" is the group's services arm, not the group.
    """
    extension = _UNIT_AFTER.match(text, end)
    if extension is None:
        return None
    word = extension.group(1)
    if word in _UNIT_HEADS and extension.group("run") is None:
        return extension
    named = _UNIT_NAMED.match(text, end)
    if (
        named is not None
        and not _in_title_case_line(text, start)  # not in a headline ("Google Bets On Partners")
        and not any(w.casefold() in NOT_NAMES for w in text[end : named.start(1)].split())
    ):
        return named  # "Danone Manifesto Ventures", "SoftBank Vision Fund 2", "Lilly Asia Ventures"
    acronym = _ACRONYM_NEXT.match(text, extension.end(1))
    if (
        word in _UNIT_REGIONS
        or (acronym is not None and acronym.group(1)[:2] == text[start] + word[0])
        or _initialled_affiliate(text, start, word)
    ):
        return extension
    named_pair = _PAIR_WITH_ACRONYM.match(text, end)
    if named_pair is not None and named_pair.group(2) == initials_of(text[start : named_pair.end(1)]):
        return named_pair  # "Boeing Commercial Airplanes (BCA)": the group's division, named with its initials
    return formed_unit_at(text, end, _UNIT_HEADS)  # "Siemens Mobility Ltd": a legal form closes the unit's own name


_AFFILIATE_ACRONYM = re.compile(r"[A-Z]{3,5}")
"""Three to five capitals: "SDI", "SDS" (two are too often a country, a form or a technology)."""


def _initialled_affiliate(text: str, start: int, word: str) -> bool:
    """Whether ``word`` after the known name at ``start`` is an acronym on the name's initial: another firm's name.

    The two name another firm of the group ("Samsung SDI", "Samsung SDS"), which the alias alone would swallow.

    A legal form ("Safran SAS") or a common abbreviation ("Sony SUV") closes or follows the known name instead.
    """
    return (
        word[0] == text[start]
        and _AFFILIATE_ACRONYM.fullmatch(word) is not None
        and word not in COMMON_ABBREVIATIONS
        and _LEGAL_FORM.fullmatch(word) is None
    )


_PAIR_WITH_ACRONYM = re.compile(r"[ ]([A-Z][\w\-]{1,30}[ ][A-Z][\w\-]{1,30})[ ]\(([A-Z]{3,6})\)")
"""Two capitalised words after a known name, then the initials of all its words in parentheses."""


def _in_title_case_line(text: str, pos: int) -> bool:
    """Whether the line around ``pos`` is a Title Case headline: no lower-case word but short function words.

    "Google Bets on Partners for AI" is one; "The round drew Danone Harvest Ventures and Tolvane" is prose.
    """
    line = text[text.rfind("\n", 0, pos) + 1 : (text.find("\n", pos) + 1 or len(text) + 1) - 1]
    return not any(word[0].islower() and len(word) > _FUNCTION_WORD_CHARS for word in line.split())


_FUNCTION_WORD_CHARS = 3
"""Title Case leaves short words in lower case ("on", "for", "and", "de"); longer lower-case words are prose."""


_AMPERSAND_NAME = re.compile(
    r"[A-Z][\w'\-]{0,30}(?:[ ][A-Z][\w'\-]{0,30})?[ ]&[ ][A-Z][\w'\-]{0,30}"
    r"(?:[ ]" + _DUTCH_PARTICLE + r"[A-Z][\w'\-]{0,30})?"
)
"""Two names joined by "&" name a firm ("Marlow & Finch", "Sorensen & Hale"), people rarely."""


def _ampersand_names(text: str) -> list[tuple[int, str, bool]]:
    """Names around each " & " (searched near it only: the pattern is slow on long runs of capitals)."""
    names: list[tuple[int, str, bool]] = []
    pos = text.find(" & ")
    while pos >= 0 and len(names) < MAX_CANDIDATES:
        match = _AMPERSAND_NAME.search(text, max(0, pos - 64), pos + 34)
        if match is not None:
            names.append((match.start(), match.group(0), False))
        pos = text.find(" & ", pos + 3)
    return names


_PARTNERS_WORDS = (
    "Compagnie|Cie|Fils|Frères|Freres|Associés|Associes|Sons|Brothers|Bros|Company|Co|Partners|Associates"
    "|Daughters|Filles|Soeurs|Sœurs"
)
_PARTNERS_FIRM = re.compile(
    r"[A-Z](?<![\w\-].)[\w'\-]{1,30}(?:[ ][A-Z][\w'\-]{1,30}){0,2}[ ](?:et|and|&)[ ](?:"
    + _PARTNERS_WORDS
    + r")(?![\w\-])"
)
"""A family or partners' firm: a name, "et / and / &", a word for the partners ("Roux et Compagnie", "Martin and
Sons", "Durand & Fils", "Smith and Company"): one firm, never a name and a common noun listed beside it."""


def _partners_firm_names(text: str) -> list[tuple[int, str, bool]]:
    """Names of family and partners' firms ("Roux et Compagnie"), searched only where a partners' word stands."""
    if not any(word in text for word in (" et ", " and ", " & ")):
        return []
    return [(match.start(), match.group(0), False) for match in _PARTNERS_FIRM.finditer(text)]


_OF_COUNTRY = re.compile(
    r"([A-Z](?<![\w\-].)[\w&\-]{1,30}(?:[ ][A-Z][\w&\-]{1,30}){0,2})[ ]of[ ](?:the[ ])?"
    r"([A-Z][a-zà-ÿ\-]+(?:[ ][A-Z][a-zà-ÿ\-]+)?)(?=,[ ]|[ ][a-z])"
)
"""A name, "of (the)" and a place, then a comma or a lower-case word: "Ahold of the Netherlands agreed to ..."."""
_NOT_OF_COUNTRY = frozenset({
    "Bank", "Republic", "Kingdom", "University", "Government", "President", "Prime", "Minister", "King", "Queen",
    "Prince", "Princess", "Parliament", "Embassy", "Central", "People", "State", "States", "Province", "City", "Port",
    "Church", "Council", "Court", "Ministry", "Department", "Governor", "Mayor", "Ambassador", "Chancellor", "Museum",
    "National", "Emir", "Sultan", "Duke", "Duchess", "Union", "Federation", "Commonwealth", "Coast", "Gulf", "North",
    "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Chief", "Head", "Director",
})  # fmt: skip
"""Words before "of <place>" that make a title, a state or a public body ("Bank of England", "President of France"),
never a firm's name."""


def _of_country_names(text: str) -> list[tuple[int, str, bool]]:
    """Firms told with their country after "of": "Ahold of the Netherlands agreed", "Mordraost of the Netherlands".

    The place says where the firm is from: the name before "of" is the party, not the country.
    """
    if " of " not in text:
        return []
    names: list[tuple[int, str, bool]] = []
    for match in _OF_COUNTRY.finditer(text):
        name, place = match.group(1), match.group(2)
        if place.casefold() in PLACES and not (set(name.split(" ")) & _NOT_OF_COUNTRY) and not name.endswith("'s"):
            names.append((match.start(1), name, False))
    return names


_COUNTED_MAKER = re.compile(
    r"\d(?<![\w.,].)\d{0,3}[ ](?:(?:more|new|additional|further|extra|other|nouveaux|nouvelles|autres)[ ])?"
    r"([A-Z][\w\-]{1,30}(?:[ ][A-Z][a-z][\w\-]{1,30})?)[ ](?=[A-Z]{0,3}\d{2,4}[\w\-]*\b)"
)
"""A count, then a maker's name and a model's number: "buy another 100 Ostrava 737 Max jets", « 30 Dorvane A320neo »."""
_NOT_MAKERS = frozenset({
    "Class", "Series", "Model", "Type", "Phase", "Stage", "Tier", "Level", "Grade", "Category", "Block", "Batch", "Lot",
    "Gen", "Generation", "Version", "Mark", "Max", "Route", "Line", "Gate", "Platform", "Room", "Floor", "Unit",
    "Units", "Section", "Article", "Chapter", "Rule", "Form", "Schedule", "Flight", "Flights", "Channel",
    "Euro", "Euros",
})  # fmt: skip
"""Capitalised words before a number that name no maker ("20 Class 8 trucks", "12 Series 7 units")."""


def _counted_maker_names(text: str) -> list[tuple[int, str, bool]]:
    """Makers named between a count of goods and their model number: "100 Ostrava 737 Max jets" (session 26)."""
    return [
        (match.start(1), match.group(1), False)
        for match in _COUNTED_MAKER.finditer(text)
        if match.group(1).split(" ", 1)[0] not in _NOT_MAKERS and not match.group(1).isupper()
    ]


MAX_UNKNOWN_ORGANISATIONS = 50
"""Bounds the work per article: more context-named organisations than this is not news prose."""
MAX_CANDIDATES = 400
"""Candidate names read next to anchors that are checked per article (a news story has a few dozen)."""


_FUNCTION_FR = r"(?:de|des|du|à|au|aux|en|par|pour|sur|dans|chez|et|ou|le|la|les|un|une|a|est|qui|que)[ ]"
_ORIGIN_ADJECTIVES_FR = (
    r"(?:[a-zà-ÿ\-]{2,20}(?:ais|aise|ois|oise|ien|ienne|ain|aine|ique|al|ale|aux|éen|éenne"
    r"|é|ée|aire|ier|ière|if|ive|el|elle)s?[ ]){1,2}"
)
"""One or two adjectives after a kind noun: of origin ("danois", "héraultais") or of trade and status ("ferroviaire",
"privé", "pétrolier", "industriel"), by their endings; a verb ("cède", "rachète") has none of them."""
_OF_WHAT_GROUP_FR = (
    rf"(?:de|des|du|d')[ ]?(?:(?:la|les)[ ]|l')?"
    rf"(?:(?:l')?[A-Z][A-Za-z&]{{0,4}}[A-Z][a-z]?[ ]|(?:(?!{_FUNCTION_FR})(?:l'|d')?[a-zà-ÿ\-]{{2,24}}[ ]){{1,3}})"
)
_OF_WHAT_FR = (
    rf"(?:(?!{_FUNCTION_FR})[a-zà-ÿ\-]{{3,20}}[ ])?"
    rf"{_OF_WHAT_GROUP_FR}(?:(?:et[ ])?{_OF_WHAT_GROUP_FR}){{0,2}}(?:{_ORIGIN_ADJECTIVES_FR})?"
)
"""A kind's complement of up to three groups, each "de" and a few words (elided ones too), maybe "the" too, maybe
joined by "et", maybe after one adjective and with adjectives of origin after: "de films d'emballage", "de la
propulsion de satellites", "d'ingénierie et de R&D", "de l'e-commerce français", "diversifié du BTP"."""
_OF_WHAT_AT = re.compile(r"(?:[a-zà-ÿ\-]+[ ])*(?:de|des|du|d')\b")
"""A complement that says of what ("de mécanique", "du milliardaire"), unlike adjectives of origin alone."""
_OWNER_LAST = re.compile(
    r"(?:famille|milliardaire|fondateur|fondatrice|homme[ ]d'affaires|femme[ ]d'affaires|héritiers?|héritières?"
    r"|entrepreneur|magnat|patron|patronne)[ ]$"
)
"""A complement that ends on an owner: the name after it is the owner's, not the firm's ("la holding de la famille
Pinault")."""
_COMPLEMENT_FR = re.compile(
    rf"(?:(?:{_ORIGIN_ADJECTIVES_FR})?{_OF_WHAT_FR}|{_ORIGIN_ADJECTIVES_FR})(?=[A-Z]|[a-z]{{1,2}}[A-Z])"
)
"""What may stand between a French kind noun and the name: "(le groupe) de mécanique (LZF)", "(le groupe) de BTP
(NGE)", "(le spécialiste) de l'IoT (eLichens)", "(le groupement) héraultais (Smoovengo)", "(le fabricant) danois de
câbles électriques (NKT)": a complement or adjectives of origin (or both), never a verb or a preposition of place.
The complement may hold elided words and follow one adjective: "(le fabricant) de films d'emballage (Leygatech)",
"(le spécialiste) de l'emballage (X)", "(le groupe) diversifié du BTP (Léon Grosse)"."""


def complement_leads_to(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, right after a French kind noun, is its complement and the name follows at ``end``.

    "(la société) néerlandaise d'ingénierie et de R&D (Nspyre)", "(le spécialiste) de la propulsion de satellites
    (Exotrail)": the description names the firm after it; a complement ending on an owner ("de la famille") does not.
    """
    complement = _COMPLEMENT_FR.match(text, start + 1) if text.startswith(" ", start) else None
    return complement is not None and complement.end() == end and _OWNER_LAST.search(complement.group(0)) is None


def _kind_noun(anchor: str) -> str:
    """The noun of a French kind anchor: "groupe" in "du groupe ", "entreprise" in "l'entreprise "."""
    return anchor.rsplit(maxsplit=1)[-1].rsplit("'", maxsplit=1)[-1]


_RELATIVE_BEFORE = re.compile(r",[ ](?:qui|which)$")
"""A subject verb in a relative clause: the name stands before it ("pour Syntony, qui boucle 15 millions")."""


_ADVERB_BEFORE = re.compile(r"[ ](?:recently|also|just|already|reportedly|previously|récemment|aussi|déjà)$")
"""An adverb between a subject and its verb: "Sparkle recently raised $3m", "Kuda also secured"."""


_ASIDE_BEFORE = re.compile(
    r"(?P<aux_before>[ ](?:a|ont|avait|has|have|had))?,[ ]"
    r"(?:quant[ ]à[ ](?:elle|lui|eux|elles)|de[ ](?:son|leur)[ ]côté|pour[ ](?:sa|leur)[ ]part|(?:elle|lui)[ ]aussi"
    r"|à[ ]son[ ]tour|for[ ](?:its|their)[ ]part|in[ ]turn|too"
    r"|(?P<born>(?:founded|launched|established|created|set[ ]up)[ ](?:in[ ][A-Z][\w\-]+[ ])?in[ ]\d{4})"
    r"|(?P<founded>(?:fondée?|créée?|lancée?)[ ](?:à[ ][A-ZÀ-Ý][\w\-]+[ ])?en[ ]\d{4})),"
    r"(?P<aux_after>[ ](?:a|ont|avait|had|has|have))?$"
)
"""An aside between a subject and its verb: "Yooji a, quant à elle, levé", "Wujiang Hotels, founded in 2019, had
raised", "Cometh, fondé à Neuilly en 2020, boucle". Only asides that never name a party: the name before is the verb's,
and one founded in a year is an organisation even when it reads like common words ("Wujiang Hotels")."""
_ASIDE_LOOKS = 60
"""How far before a verb an aside is looked for (the longest aside above is under 50 characters)."""


_SHARE_MOVE = re.compile(
    r"[ ](?:shares[ ]|stock[ ])?(?:surged|soared|jumped|rose|gained|climbed|rallied|fell|dropped|slumped|plunged"
    r"|tumbled|slid|sank|declined)[ ](?:(?:as[ ]much[ ]as|by|over|more[ ]than|nearly|almost|about|up[ ]to)[ ])?"
    r"\d[\d.,]*[ ]?(?:%|per[ ]?cent\b|percent\b)"
)
"""A price move in per cent right after a name: "Cochin Shipyard surged 10% after ..." (a listed company moves)."""
_INDEX_WORDS = frozenset({
    "sensex", "nifty", "ftse", "dow", "nasdaq", "s&p", "nikkei", "hang", "dax", "cac", "stoxx", "asx", "kospi",
    "topix", "tsx", "ibex", "smi", "aex", "index", "indices", "market", "markets", "shares", "stocks", "bourse",
    "sales", "revenue", "revenues", "profit", "profits", "earnings", "income", "ebitda", "margin", "margins",
    "turnover", "orders", "output", "volumes", "exports", "imports", "price", "prices", "demand", "production",
})  # fmt: skip
"""Words of a market index, the market itself or a figure, whose moves name no company ("The Sensex rose 0.5%", "Net
Sales rose 4%")."""
_VERB_ITS = re.compile(
    r"[ ](?:(?!(?:is|was|has|does|says|said|added|told)[ ])[a-z]{3,14}(?:s|ed)|cut|sold|won|lost|held|took|kept|set)"
    r"[ ](?:the[ ](?:renewal|extension|loss|termination|cancellation|award|signing)[ ]of[ ])?its[ ]"
    r"(?=(?:[a-z\-]+[ ]){0,2}"
    r"(?:stake|holding|forecast|guidance|outlook|offer|bid|contract|order|deal|agreement|shares?|prices?)\b)"
    r"|[ ](?:se[ ]félicite|se[ ]réjouit|a[ ]obtenu|obtient|annonce|confirme|a[ ]annoncé|a[ ]confirmé)[ ]"
    r"(?:de[ ]la[ ]|du[ ]|la[ ]|le[ ]|l')(?:prolongation|reconduction|renouvellement|extension|perte|signature)[ ]"
    r"(?:de[ ]son|du)[ ](?=contrat|marché|accord)"
)
"""A subject that owns what its verb moves is an organisation: "Hiroshima Unyu lifted its joint holding", "Velnor
cut its forecast", "Capita welcomed the renewal of its contract", "Keolis se félicite de la prolongation de son
contrat" (a stake, a forecast, an offer, a contract; a person's "his" / "her" never reads here)."""


_TITLE_AFTER_NAME = re.compile(
    r"[ ](?:(?:executive|non-executive|acting|interim|outgoing)[ ])?"
    r"(?:chief[ ]executive|chief|boss|CEO|CFO|COO|chairman|chairwoman|president|founder|co-founder)[ ]"
    r"(?=[A-Z][a-zà-ÿ\-]+[ ][A-Z])"
)
"""A title between a name and a person's name: "Orvane poached Quenby chief Claire Dufrenne" (Quenby is a firm),
"Walgreens Boots Alliance's executive chairman Stefano Pessina"."""


_TITLE_AFTER_OWNER = re.compile(
    r"(?<=[a-z])'s[ ](?:(?:executive|non-executive|acting|interim|outgoing)[ ])?"
    r"(?:chief[ ]executive|chairman|chairwoman|CEO|CFO|COO|board[ ]of[ ]directors)(?![\w\-])"
)
"""A title owned by a name: "Walgreens Boots Alliance's executive chairman" (no person's name need follow)."""


def _owner_of_title(text: str, title: re.Match[str]) -> tuple[int, str] | None:
    """The name of several words that owns a title, or None; one capitalised word may be a person ("Smith's")."""
    found = _name_ending_at(text, title.start())
    return found if found is not None and " " in found[1] else None


_LOWER_NAME_BEFORE = re.compile(r"(?:^|(?<=[ \n]))([a-z][a-z0-9]*(?:[\-.][a-zA-Z0-9]+)*|[a-z]+[A-Z][\w\-]*)[ ]$")
"""A name that opens in lower case right before its listing: "e-therapeutics", "bpost", "easyJet"."""


def _context_names(text: str, folded: str) -> tuple[list[tuple[int, str, bool]], set[int]]:
    """Return ``(start, raw name, strict)`` read next to the anchors of :mod:`streams.extraction.org_context`.

    Also the starts of the names a French firm noun introduces ("le groupe Luc Durand": no person, no surname).
    """
    names, firms = _anchored_names(text, folded)
    names.extend(_described_names(text))
    names.extend(_funded_names(text))
    names.extend(investor_position_names(text, folded))
    names.extend(investee_position_names(text, folded))
    names.extend(joining_list_names(text, folded))
    names.extend(round_frame_names(text, folded))
    names.extend(buyer_frame_names(text, folded))
    names.extend(kind_list_names(text, folded))
    names.extend(supplied_names(text))
    names.extend(system_maker_names(text))
    names.extend(customer_role_names(text, folded))
    names.extend(partner_role_names(text))
    ends = [anchor.start() for anchor in NAME_PRECEDES.finditer(folded)]
    for ticker in TICKER.finditer(folded):
        ends.append(ticker.start())
        lower = _LOWER_NAME_BEFORE.search(text, max(0, ticker.start() - _MAX_WORD_CHARS), ticker.start())
        if lower is not None:  # "e-therapeutics (AIM: ETX)": a listing makes a lower-case word a name
            names.append((lower.start(1), lower.group(1), False))
    ends += [anchor.start() for anchor in gated_finditer(MARKET_AFTER, folded, folded)]
    ends += possessive_owner_ends(text)
    ends += [anchor.start() for anchor in _TITLE_AFTER_NAME.finditer(text)]
    titles = gated_finditer(_TITLE_AFTER_OWNER, text, folded)  # tried only where "'s chairman", "'s ceo"... stand
    names += [(*found, False) for title in titles if (found := _owner_of_title(text, title))]
    for move in gated_finditer(_SHARE_MOVE, folded, folded):
        found = _name_ending_at(text, move.start())
        if found is not None and not _INDEX_WORDS.intersection(found[1].casefold().split()):
            names.append((*found, False))
    verbs = gated_finditer(_VERB_ITS, text, folded)
    names += [(*found, False) for verb in verbs if (found := _name_ending_at(text, verb.start()))]
    for end in ends:
        found = _name_ending_at(text, end)
        if found is not None:
            names.append((*found, False))
    for anchor in _LEGAL_FORM.finditer(text):
        found = _name_ending_at(text, anchor.start())
        if found is not None:
            joined = _joined_name(text, *found)
            names.append((*joined, False))
            firms.add(joined[0])  # "Scott Group Custom Carpets LLC": a legal form makes a first name's run a firm
    names.extend((first, name, False) for first, name in _headed_names(text))
    names.extend(_ampersand_names(text))
    names.extend(_of_country_names(text))
    names.extend(_counted_maker_names(text))
    partners = _partners_firm_names(text)
    names.extend(partners)
    firms.update(start for start, _, _ in partners)  # "Martin and Sons": a first name opens a family firm's name
    title = TITLE_COLON.match(text)
    rubric = _ARTICLE_BEFORE.sub("", title.group(1)) if title is not None else ""
    # Session 24 (money): a rubric with a lower-case word ("Du jamais-vu : la French Tech lève ...") names no company.
    proper = title is not None and all(w[:1].isupper() or w in _RUBRIC_PARTICLES for w in title.group(1).split())
    if title is not None and proper and (text.count(rubric) > 1 or _results_rubric(text, title)):
        names.append((0, title.group(1), False))
    return names, firms


_RESULTS_AFTER_COLON = re.compile(
    r"(?:(?:le|la|les|un|une|son|sa|ses|l')[ ]?)?(?:résultats?|chiffre[ ]d'affaires|ca|ventes|bénéfices?|pertes?"
    r"|hausse|baisse|recul|croissance|progression|objectifs?|perspectives|results|revenues?|sales|profits?|earnings"
    r"|turnover)\b",
    re.IGNORECASE,
)
_THE_GROUP = re.compile(r"\b(?:le|du|au|la|de la)[ ](?:groupe|société)\b|\bthe[ ](?:group|company)\b", re.IGNORECASE)
_RUBRIC_WORD = re.compile(r"[A-ZÀ-Ý][\w\-&]{1,30}(?:[ ][A-ZÀ-Ý][\w\-&]{1,30}){0,2}")


_RUBRIC_PARTICLES = frozenset(("de", "du", "des", "d'", "et", "&", "and", "of", "la", "le"))
"""Lower-case words a company's name before a headline's colon may hold ("Caisse des Dépôts", "Procter & Gamble")."""


def _results_rubric(text: str, title: re.Match[str]) -> bool:
    """Whether a headline "Name : results words" names a company the body calls only "le groupe" / "the company".

    French results wires put the issuer before the colon and never name it again ("Somfy : résultats du premier
    semestre", then "Le chiffre d'affaires du Groupe est ressorti à ..."). A place or an opener word is no issuer.
    """
    name = title.group(1)
    return (
        _RUBRIC_WORD.fullmatch(name) is not None
        and name.casefold() not in NOT_NAMES
        and name.casefold() not in PLACES
        and name.casefold() not in KIND_NOUNS
        and _RESULTS_AFTER_COLON.match(text, title.end()) is not None
        and _THE_GROUP.search(text, title.end()) is not None
    )


def _described_names(text: str) -> list[tuple[int, str, bool]]:
    """The names right after a town's demonym, a compound trade noun or an indefinite kind set off by a comma.

    "le vannetais X", "shipbuilder X", "à un groupe franco-belge, X,".
    """
    names = []
    for described in [*DEMONYM_BEFORE_NAME.finditer(text), *trade_compounds(text)]:
        match = _ORG_AT.match(text, described.end())
        if match is not None:
            names.append((match.start(), match.group(0), False))
    for described in KIND_APPOSED_BEFORE_NAME.finditer(text):  # "un groupe franco-belge, Dufour, ..."
        match = _ORG_AT.match(text, described.end())
        if match is not None and _APPOSITION_ENDS.match(text, match.end()):
            names.append((match.start(), match.group(0), False))
    return names


_APPOSITION_ENDS = re.compile(r"[,;)]|[ ]\(|\.(?:[ ]|$)")
"""After a name set off by an apposition: the apposition closes ("a Belgian group, Dufour, bought")."""


def _funded_names(text: str) -> list[tuple[int, str, bool]]:
    """The names a funding phrase makes companies.

    Right after an amount put into them or a round of theirs ("$400m in Zomato", "levée ... de X"), the owner of a
    sized round ("Chime's $200 million funding round") and the investor that leads one ("DST Global led Chime's
    ...", "Eurazeo a mené le tour de table de X").
    """
    names = []
    for pattern in (_ROUND_OF, _MONEY_INTO):
        for money in gated_finditer(pattern, text):
            match = _ORG_AT.match(text, money.end())
            if match is not None:
                names.append((match.start(), match.group(0), False))
    for tail in (_ROUND_OWNER_TAIL, _ROUND_LEADER_TAIL, _ROUND_LEADER_FR_TAIL):
        for match in gated_finditer(tail, text):
            name = _ORG_NAME_BEFORE.search(text, max(0, match.start() - _NAME_BEFORE_REACH), match.start())
            # A round's lead is often a person ("Talia Brennick ... Brennick is leading a round"); not a general
            # test, since a family firm keeps its founder's name (« Jean-Louis Alloin ... Alloin apporte »).
            if name is not None and not (
                tail is _ROUND_LEADER_TAIL
                and " " not in name.group(1)
                and written_after_first_name(text, name.group(1))
            ):
                names.append((name.start(1), name.group(1), False))
    return names


_ROUND_WORDS = r"(?:round|funding|financing|raise|fundraise|fundraising|investment|extension|[Ss]eries[ ][A-H]|seed)\b"
_ORG_NAME_BEFORE = re.compile(rf"({_ORG_NAME})$")
"""A name ending where a round's words start; each pattern below is found by its words first, then its name looked
for right before them: one scan per pattern instead of a name tried at every capital of the text."""
_NAME_BEFORE_REACH = 160
_ROUND_OWNER_TAIL = re.compile(
    r"(?:'s|\u2019s)[ ](?:[^ ,;:()]{1,20}[ ]){0,3}?"
    r"(?:[$€£][\d.,]+|\d[\d.,]*[ ]?(?:m|bn|million|billion)|[Ss]eries[ ][A-H]|[Ss]eed)"
    rf"(?:[ ][^ ,;:()]{{1,20}}){{0,4}}?[ ]{_ROUND_WORDS}"
)
"""The owner of a round told with its size or stage: "Chime's $200 million March 2019 funding round", "Lydia's
Series B round"."""
_ROUND_LEADER_TAIL = re.compile(
    r"[ ](?:(?:(?:has|had|also)[ ])?(?:led|co-led|headed|spearheaded|leads|co-leads)"
    r"|(?:is|are|was|were)[ ](?:also[ ])?(?:co-)?leading)"
    rf"[ ](?=[^.;]{{0,80}}?\b{_ROUND_WORDS})"
)
"""The investor before the verb of a round it leads: "DST Global led Chime's $200 million round", "Korvane is leading
a $60 million Series B in X"."""
_ROUND_LEADER_FR_TAIL = re.compile(
    r"[ ](?:a|avait|ont)[ ](?:mené|co-mené|conduit|piloté|codirigé|co-dirigé|copiloté|co-piloté)[ ]"
    r"(?=(?:le|la|l'|un|une)[ ]?(?:nouveau[ ]|nouvelle[ ]|dernier[ ]|dernière[ ])?(?:tour|levée|financement|série))"
)
"""The same in French: "Eurazeo a mené le tour de table de X"."""
_MONEY_INTO = re.compile(r"\d(?:m|bn|mn|k)[ ](?:in|into)[ ](?=[A-Z])|\d[ ](?:million|billion)[ ]into[ ](?=[A-Z])")
"""An amount put into a company: "invested $400m in Zomato", "ploughed £5m into Acme", "put $15 million into Acme"
(round 19; "$5 million in Series B funding" is no company, so a long amount needs "into")."""


_ROUND_OF = re.compile(
    r"\b(?:levée|tour[ ]de[ ]table|opération|financement|augmentation[ ]de[ ]capital|série[ ][A-H])"
    r"[ ](?:de[ ]fonds[ ])?"
    r"(?:de|d['\u2019]un[ ]montant[ ]de)[ ]\d[\d,. \u00a0\u202f]*[ ]?(?:millions?|milliards?|M€|Md€|M\$)"
    r"(?:[ ]d['\u2019]euros|[ ]de[ ]dollars)?[ ](?:de[ ]|d['\u2019])(?=[A-ZÀ-ÝŸ])"
)
"""A French round told with its amount, then the company that raised it: "la levée de 5 millions d'euros de
Quarkslab", « la série B de 50 M$ de X »."""


_AND_BEFORE = re.compile(r"[ ](?:and|et)[ ]$")


def _joined_name(text: str, start: int, name: str) -> tuple[int, str]:
    """A legal form's name may hold "and" between two names of several words each.

    "Reliance Projects and Property Management Services Ltd" is one company; "Velmora and Brixton Corp"
    may be two, and stays "Brixton"; a form set off by a comma closes one name ("Wauseon Machine and Manufacturing,
    Inc.").
    """
    joint = _AND_BEFORE.search(text, max(0, start - 5), start)
    closed = text.startswith(",", start + len(name))  # "Wauseon Machine and Manufacturing, Inc.": one name
    if joint is None or (" " not in name and not closed):
        return start, name
    if text.startswith(",", joint.start() - 1):
        return start, name  # session 27: a list's serial comma ("A, B Capital, and C Investments Corp"): C alone
    before = _name_ending_at(text, joint.start())
    if before is None or _LEGAL_FORM.fullmatch(before[1].rsplit(" ", 1)[-1]):
        return start, name  # "Partex NV and Fortress Biotech Inc": each has its legal form
    if " " not in before[1] and not closed:
        return start, name
    return before[0], text[before[0] : start + len(name)]


_AND_BODY = re.compile(
    r"[ ](?:and|et)[ ](?:[A-Z][\w\-]+[ ]){0,3}(?:Authority|Agency|Commission|Ministry|Department|Council|Board|Office)"
    r"(?![\w\-])"
)
"""A body's title that holds "and" before its head noun: "Roads and Transport Authority", never two parties."""


_OPEN_QUOTE = re.compile(r"[«\"\u201c][ \u00a0\u202f]?")
"""An opening quote before a name, maybe spaced as French writes it ("« Kelvane »" reads '" Kelvane "')."""


_MAJOR_AS_ADJECTIVE = re.compile(
    r"(?<![a-z])(?:a|an|the|its|their|his|her|our|this|that|one|two|three|four|five|another|other|first|second|third"
    r"|every|each|any|no|some|several|many|most|more|as|very|all|two[ ]other)[ ]$"
)
"""Before "major": a determiner or a count, so "major" is an adjective ("the second major C-suite exit", "a major
Vantix shareholder"), not the noun of "oil major Talmont" that a name follows."""


def _anchored_names(text: str, folded: str) -> tuple[list[tuple[int, str, bool]], set[int]]:
    """The names read right after or before the literal anchors (one pass of the automaton), and the firm starts."""
    names: list[tuple[int, str, bool]] = []
    firms: set[int] = set()
    size = len(text)
    for last, (length, role) in ANCHORS.iter(folded):
        first, end = last - length + 1, last + 1
        if (
            (first > 0 and is_word_char(folded[first - 1]) and folded[first] not in " -%")
            or (role == FOLLOW and text[first].isupper() and _in_name(text, first, folded[first:last]))
            or (folded[first:last] == "major" and _MAJOR_AS_ADJECTIVE.search(folded, max(0, first - 12), first))
        ):
            # inside a word; "the Bharat App Innovation Challenge": a capitalised kind inside a name; "the second
            # major C-suite exit": an adjective
            continue
        if role in (FOLLOW, KIND_FR):
            # "la société « Kelvane »", 'the startup "Dravelle"': after a kind noun, the name inside quotes
            quote = _OPEN_QUOTE.match(text, end) if role == KIND_FR or folded[first:last] in KIND_NOUNS else None
            match = _ORG_AT.match(text, quote.end() if quote is not None else end)
            if match is None and role == KIND_FR and (complement := _COMPLEMENT_FR.match(text, end)) is not None:
                match = _ORG_AT.match(text, complement.end())
                firm = _kind_noun(folded[first:end]) in FIRM_NOUNS and _OF_WHAT_AT.match(complement.group(0)) is None
                if match is not None and firm:
                    firms.add(match.start())  # "le groupe québécois Jean Coutu": an origin, then the firm's name
                elif match is not None and (
                    (" " in match.group(0) and _ORG_MARKER.search(match.group(0)) is None and is_person(match.group(0)))
                    or _OWNER_LAST.search(complement.group(0)) is not None
                ):
                    # "le fonds du milliardaire Yuri Milner": the complement may name the owner; but a name of several
                    # words that opens on no first name is the firm's (« la société d'investissement Breizh Rebond »)
                    match = None
            elif match is not None and role == KIND_FR and _kind_noun(folded[first:end]) in FIRM_NOUNS:
                firms.add(match.start())
            if match is not None:
                joined = _AND_BODY.match(text, match.end())  # "Dubai's Roads and Transport Authority": one body
                names.append((match.start(), text[match.start() : joined.end() if joined else match.end()], False))
        elif end >= size or not is_word_char(text[end]):
            aside = _ASIDE_BEFORE.search(text, max(0, first - _ASIDE_LOOKS), first)
            if role == SPLIT and (aside is None or aside.group("aux_before") is None):
                continue  # "le montant levé": a bare participle names its subject only across an aside
            gap = (
                aside
                or _RELATIVE_BEFORE.search(text, max(0, first - 8), first)
                or _ADVERB_BEFORE.search(text, max(0, first - 13), first)
            )
            found = _name_ending_at(text, gap.start() if gap is not None else first)
            if found is None and gap is None:
                found = _lower_opener(text, first)
            if found is not None and not _PLURAL_NOUN.fullmatch(found[1]):  # "Shoppers picked": people
                founded = aside is not None and (aside.group("born") or aside.group("founded")) is not None
                names.append((*found, not founded))
    return names, firms


def _in_name(text: str, first: int, anchor: str) -> bool:
    """Whether the kind noun ``anchor``, capitalised at ``first`` inside a sentence, is a word of a name.

    "the App Store", "Bharat App Innovation Challenge": such a kind introduces no name after it.
    """
    return anchor in KINDS_BEFORE_NAME and not _opens_sentence(text, first)


_LOWER_OPENER = re.compile(r"(?:^|[.!?][ ]{1,2}|\n|:[ ])([a-z][a-z0-9]{2,15})[ ]$")
"""A lower-case word opening a sentence, right before its verb: a brand written so ("neon raised", "abrdn owns")."""


_FORM_BEFORE_DOT = re.compile(r"(?<![\w])(?:Inc|Corp|Ltd|Co|Bros)$")
"""Abbreviated legal forms written with a dot that ends no sentence ("Acme Inc. agreed")."""


def _lower_opener(text: str, verb: int) -> tuple[int, str] | None:
    """The lower-case brand that opens a sentence as a deal verb's subject, or None.

    Only reporters' prose breaks the capital rule for a brand; a common word may follow a colon ("note: shares
    rose"), so there a plural or a word the text also capitalises stays out.
    """
    match = _LOWER_OPENER.search(text, max(0, verb - 20), verb + 1)
    if match is None or match.group(1) in _PERSON_NOT_NAMES or match.group(1) in NOT_NAMES:
        return None
    word = match.group(1)
    if match.group(0).startswith(".") and _FORM_BEFORE_DOT.search(text, max(0, match.start() - 6), match.start()):
        return None  # "Zorvex Inc. agreed to buy": the dot ends a legal form, not a sentence
    after_colon = match.group(0).startswith(":")
    if after_colon and (word.endswith("s") or re.search(rf"\b{word.capitalize()}\b", text) is not None):
        return None
    return match.start(1), word


_TITLE_SUBJECT = re.compile(
    rf"({_ORG_NAME})(?=[ ][a-zà-ÿ]|'s[ ]"
    # Session 24 (money): a description set off before the verb ("Korvia, le jeu vidéo qui ..., lève 5 M€").
    r"|,[ ](?:le|la|l'|les|the|a|an|un|une)[ ]?[a-zà-ÿ][^,\n]{0,80},[ ][a-zà-ÿ])"
)
_MID_SENTENCE = re.compile(r"(?:[a-zà-ÿ0-9,;%)]|[ ]\(|[ ]l'|[ ]d'|[)/][ ]-)[ ]?$")
"""Before a capitalised word that is a proper noun: a lower-case word, a comma, a dateline's dash."""


_TITLE_SUBJECT_LOOKS = 20
"""How many of the body's occurrences of a headline's opener are checked (bounds a hostile body's cost)."""


_NAMED_TO_POST = re.compile(
    r"[ ](?:nommée?|promue?|élue?|désignée?|named|appointed|promoted|elected|tapped)[ ](?:as[ ])?"
    r"(?:(?:the|new|interim|acting|nouvelle?|au[ ]poste[ ]de)[ ])?"
    r"(?:ceo|chief|chair|president|présidente?|directeur|directrice|dg|pdg|cfo|coo|head|patron|à[ ]la[ ]tête)"
)
"""A passive naming and a post after a headline's opening name: the name is the person named."""


def _title_subject(text: str) -> list[tuple[int, str, bool]]:
    """The name a headline opens with, before a lower-case verb ("Cargojet renews ...", "NEURONES relève ...").

    After a rubric ("Objets connectés : Withings réunit ...") the headline opens after the colon. It
    counts when the body names it again where only a proper noun is capitalised: mid-sentence, or
    anywhere for a name that looks like an organisation's (an acronym, a digit, an inner capital).
    """
    body = text.find("\n\n")
    rubric = TITLE_COLON.match(text)
    found = []
    for start in (0, rubric.end()) if rubric is not None else (0,):
        match = _TITLE_SUBJECT.match(text, start)
        if match is None or not 0 <= match.end() <= body:
            continue
        name = match.group(1)
        if _NAMED_TO_POST.match(text.casefold(), match.start(1) + len(name)):
            continue  # "Régine Hatchondo nommée directrice générale de ...": a person named to a post
        core = _GENERIC_TAIL.sub("", name)
        if _recurs(text, body, name) or (core != name and _recurs(text, body, core, anywhere=True)):
            # "Firmenich International acquiert ..." then "Firmenich" in the body: the group's short name.
            found.append((match.start(), name, False))
    return found


_HEADLINE_LINE = re.compile(
    rf"({_ORG_NAME})[ ][a-zà-ÿ][a-zà-ÿ\-]{{2,20}}[ ](?:(?:par|à|de|by|to|from|over|la|le)[ ]|l'|d')?({_ORG_NAME})"
    r"(?:[ ](?:deal|contract|stake|order|account))?$"
)
"""A headline line, in the title or over a digest's item: "Altitude Infrastructure sauve Kosc"."""


_HEADLINE_LINE_CHARS = 100
"""A line longer than this is prose, not a headline."""


def _headline_lines(text: str) -> Iterator[re.Match[str]]:
    """The short lines that read "Name verb Name", matched line by line (no scan of every position)."""
    start = 0
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if end - start <= _HEADLINE_LINE_CHARS and (match := _HEADLINE_LINE.match(text, start, end)) is not None:
            yield match
        start = end + 1


def _headline_parties(text: str) -> list[tuple[int, str, bool]]:
    """Both names of a one-line headline "Name verb Name", when the text names each again as a proper noun.

    A headline line has no final stop, so the whole line is the two names and the verb between them; a
    digest gives each item one ("Altitude Infrastructure sauve Kosc" then the story). The object is read
    as well as the subject, which :func:`_title_subject` reads. A name the text writes once stays out.
    """
    found = []
    for match in _headline_lines(text):
        for group in (1, 2):
            name = match.group(group)
            core = _GENERIC_TAIL.sub("", name)
            if _recurs(text, match.end(), name) or _recurs(text, match.end(), core, anywhere=True):
                found.append((match.start(group), name, False))
    return found


_RUBRIC_LINE = re.compile(rf"^({_ORG_NAME})[ ]?:[ ]", re.MULTILINE)
"""A digest line or paragraph opening under its company's name: "Keyrus : le projet de note ... a été déposé"."""


def _rubric_names(text: str) -> list[tuple[int, str, bool]]:
    """The names that open a body line as its rubric, when the text names them again as a proper noun.

    Digests of offers and filings give each item a line "Name : ..." (the headline's rubric is read by
    :func:`_title_subject`); the name must recur after its line, so "Source : AFP" or "Note : ..." stay out.
    """
    body = max(text.find("\n\n"), 0)
    found = []
    for match in _RUBRIC_LINE.finditer(text, body):
        name = match.group(1)
        if _recurs(text, match.end(), name) or _recurs(text, match.end(), _GENERIC_TAIL.sub("", name), anywhere=True):
            found.append((match.start(), name, False))
    return found


_GENERIC_TAIL = re.compile(r"[ ](?:International|Group|Groupe|Holding|Holdings|Corporation|Industries|Global)$")
"""A corporate word the body may drop from a headline's name."""


_OPENER = re.compile(r"([A-Z](?:(?<=^[A-Z])|(?<=[.!?:»\"] [A-Z]))[\w\-]{2,30})(?=,? [a-zà-ÿ])", re.MULTILINE)
"""A capitalised word that opens a sentence and is followed by a lower-case word: "Bell a fait savoir".

The pattern opens with the capital and looks behind it, so that ``re`` only tries capitals (4x faster)."""
_OPENER_MIN = 3
"""How many sentences a one-word name must open to be read as the story's actor without other context."""
_OPENER_WORDS = 10
"""The most frequent openers checked per article (each costs a scan of the text; a story has a few actors)."""


_NEXT_CHARS = 8
"""How much of what follows an opener tells one repeated phrase ("Labour costs" thrice) from an actor's verbs."""


def _recurring_openers(text: str) -> list[tuple[int, str, bool]]:
    """One-word names that open several sentences and never appear in lower case: the story's actors.

    A company the reporter assumes the reader knows ("Bell met en avant Ericsson ... Bell a fait
    savoir") gets no descriptor; opening three sentences as a subject, never written in lower case
    ("Talks are continuing" fails: "talks" occurs), never the last word of a longer capitalised name
    ("David L. Calhoun ... Calhoun said") and read strictly (no person, place or opener), it is a party.
    An actor does several things: a word always followed by the same words opens one repeated phrase
    ("Supply chains have ..." in each of three paragraphs), not the story's subject.
    """
    counts: dict[str, list[int]] = {}
    nexts: dict[str, set[str]] = {}
    for match in _OPENER.finditer(text):
        counts.setdefault(match.group(1), []).append(match.start(1))
        nexts.setdefault(match.group(1), set()).add(text[match.end(1) : match.end(1) + _NEXT_CHARS])
    frequent = sorted(
        (word for word, starts in counts.items() if len(starts) >= _OPENER_MIN and len(nexts[word]) > 1),
        key=lambda w: -len(counts[w]),
    )
    return [
        (counts[word][0], word, True)
        for word in frequent[:_OPENER_WORDS]
        if not _written_alone(word.lower(), text) and not after_capital_word(text, word)  # "L. Calhoun"
    ]


_SPEAKS = re.compile(
    r"([A-Z](?:(?<=^[A-Z])|(?<=[.!?:\"»\-\u2013\u2014] [A-Z])|(?<=, [A-Z]))[\w\-]{2,30})"
    r"(?:,[ ](?:which|who|the|an?|qui|le|la|l')[ '][^,.;:!?\n]{3,120},)?"
    r"[ ](?:(?:also|then|therefore|now|later|ainsi|aussi|alors)[ ])?"
    r"(?:said|says|reported|reports|posted|posts|announced|announces|launched|confirmed|told|added|expects|agreed"
    r"|warned|declined|a[ ]annoncé|annonce|a[ ]indiqué|indique|a[ ]précisé|précise|a[ ]fait[ ]savoir|a[ ]affirmé"
    r"|affirme|a[ ]confirmé|confirme)(?![\w])",
    re.MULTILINE,
)
"""One capitalised word as the subject of a verb of business talk, directly or across an apposition or a relative
clause, opening a sentence or after a dateline's dash: "Vexora said", "Swoctem, which in 2020 withdrew ..., said"."""
_KINDS_EN = "|".join(ANAPHOR_KINDS_EN)
_KINDS_FR = "|".join(ANAPHOR_KINDS_FR)
_KIND_NEXT = re.compile(
    r"([A-Z](?:(?<=^[A-Z])|(?<=[.!?\"»\-\u2013\u2014] [A-Z]))[\w\-]{2,30})[ ,][^.!?\n]{0,240}+[.!?][ ]{1,2}"
    rf"(?:The[ ](?:[A-Za-z\-]+[ ]){{0,3}}(?:{_KINDS_EN})|(?:Le|La)[ ](?:{_KINDS_FR})|L'(?:{_KINDS_FR}))(?![\w\-])",
    re.MULTILINE,
)
"""A one-word sentence subject, then the next sentence opening on a kind noun that refers back to it: "Vexora cut
its forecast. The Swedish firm ...", "Kelvio ferme une usine. Le groupe ...", "... L'équipementier ...".

The sentence's words are taken at once, without giving any back ("{0,240}+"): none of them can end it, so only its
first stop may follow them; tried lazily, the stop was looked for after every character (session 28)."""
_NOT_SPEAKERS = frozenset({
    "Sources", "Police", "People", "Staff", "Unions", "Authorities", "Critics", "Experts", "Insiders", "Markets",
    "Shares", "Stocks", "Prices", "Sales", "Profits", "Earnings", "Revenues", "Data", "Figures", "Polls", "Officials",
    "Analysts", "Banks", "Companies", "Firms", "Groups", "Customers", "Clients", "Users", "Families",
})  # fmt: skip
"""Plural subjects of "said" / "reported" that no suffix rule marks as people or things."""
_PARTICIPLE = re.compile(r"[A-Z][a-zà-ÿ]{2,}(?:ed|ée|ées|és)")
"""A past participle opening a sentence: "Founded", "Fondée", "Basés"."""
_SPEAKER_MIN = 2
"""How often a speaker's word must occur: once may be anyone's name; again, never in lower case, the story's actor."""


def _speaker_recurs(text: str, word: str) -> bool:
    """Whether ``word`` stands alone at least twice, never next to another capitalised word or after an initial.

    "Mr. Smith", "L. Calhoun", "John Smith": the word ends a person's name; "Elliott Management ... Elliott
    declined": it is the short form of a longer name, which :func:`_short_forms` reads; "the IPO": a term.
    A Title Case headline capitalises every word, so there the word before does not count ("Halma Buys Vexora").
    """
    seen = 0
    for start in alone_starts(text, word):
        before = _WORD_BEFORE_SPEAKER.search(text, max(0, start - _MAX_WORD_CHARS), start)
        longer = before is not None or _CAPITAL_NEXT.match(text, start + len(word)) is not None
        if longer and not _in_title_case_line(text, start):
            return False
        if _COMMON_BEFORE.search(text, max(0, start - 6), start):
            return False  # "the IPO was covered ... IPO said the desk": a term, not a firm
        seen += 1
    return seen >= _SPEAKER_MIN


_CAPITAL_NEXT = re.compile(r"[ ][A-Z]")
_COMMON_BEFORE = re.compile(r"(?<![\w])(?:the|an?|this|le|la|les|un|une)[ ]$", re.IGNORECASE)
_WORD_BEFORE_SPEAKER = re.compile(r"(?:^|(?<=[ \n(]))(?:[A-Z]\.|[A-Z][\w\-']*\.?)[ ]$")


def _speaker_names(text: str) -> list[tuple[int, str, bool]]:
    """One-word names a story has say, report or announce something and names again: a firm it assumes known.

    Reporters name a mid-size firm bare ("Vexora said on Tuesday", "Swoctem, the vehicle of its top
    shareholder, launched a bid"). People and things say things too, so the word must be a bare actor
    (:func:`_bare_actor`).
    """
    return _actors(text, _SPEAKS)


def _kind_referents(text: str) -> list[tuple[int, str, bool]]:
    """One-word sentence subjects the next sentence calls by a kind noun: "Vexora cut jobs. The Swedish firm ...".

    The reporter names the firm once bare, then refers back to it as "the firm", "le groupe", "l'équipementier";
    the word must still be a bare actor (:func:`_bare_actor`): a person or place opening the sentence before a
    story's "the company" ("Smith joined in May. The company ...") is left out by those checks.
    """
    return _actors(text, _KIND_NEXT)


def _actors(text: str, pattern: re.Pattern[str]) -> list[tuple[int, str, bool]]:
    """The first place of each bare actor the pattern's first group reads (strict candidates)."""
    found: dict[str, int] = {}
    for match in pattern.finditer(text):
        word = match.group(1)
        if word not in found and _bare_actor(text, word):
            found[word] = match.start(1)
    return [(start, word, True) for word, start in found.items()]


def _bare_actor(text: str, word: str) -> bool:
    """Whether one capitalised word is a story's actor: it recurs, never in lower case, plural or after a name.

    "Analysts said" fails on its plural, "Shares" on "share", "John Smith ... Smith said" on the first name,
    "Labour costs ..." opening each paragraph on its repeated words; the strict checks of :func:`_clean_org_name`
    then drop people, places and openers.
    """
    if word in _NOT_SPEAKERS or _PLURAL_NOUN.fullmatch(word) or _PARTICIPLE.fullmatch(word):
        return False  # "Founded a decade ago, X ...", "Fondée en 2010, X ...": a participle opens the sentence
    if text.count(word) < _SPEAKER_MIN or _written_alone(word.lower(), text):
        return False
    if word.endswith("s") and _written_alone(word[:-1].lower(), text):
        return False  # "Shareholders said ... a shareholder": a common noun in its plural
    return _speaker_recurs(text, word) and _varied_after(text, word)


def _varied_after(text: str, word: str) -> bool:
    """Whether the word is followed by different words where it occurs: an actor, not a repeated phrase."""
    return len(texts_after(text, word, _NEXT_CHARS)) > 1


_NAMED_OPENER = re.compile(
    r"([A-Z](?:(?<=^[A-Z])|(?<=[.!?] [A-Z])|(?<=\n[A-Z]))[\w\-]{1,30}[ ](?:[A-Z][\w\-]{1,30}[ ]){0,2}[A-Z][\w\-]{1,30})"
    r"(?=[ ](?:said|says|has|had|will|would|reported|announced|expects|told|added|agreed|is|was|a|va|annonce|indique"
    r"|précise|affirme|devrait)[ ,])",
    re.MULTILINE,
)
"""Capitalised words opening a sentence before an attribution or ordinary verb: "Chemist Warehouse has ...".

The pattern opens with the capital and looks behind it, so that ``re`` only tries capitals (3x faster)."""
_CAPITAL_WORD_AFTER = re.compile(r"[ ](?!(?:Group|Groupe|Holdings?|Inc|Ltd|plc)\b)[A-Z]")
"""Another capitalised word after a name, not its legal form: "Serta Simmons" within "Serta Simmons Bedding"."""


def _named_openers(text: str) -> list[tuple[int, str, bool]]:
    """Several capitalised words that open a sentence as a verb's subject and recur mid-sentence: a name.

    At a sentence's start any word is capitalised ("Shoppers said", "The Company said"); written again
    with its capitals where only proper nouns have them ("after Chemist Warehouse takes"), the run is a
    name; :func:`_clean_org_name` then drops people and places.
    """
    found = []
    for match in _NAMED_OPENER.finditer(text):
        name = match.group(1)
        if name.split(" ", 1)[0].casefold() in NOT_NAMES or followed_by(text, name, _CAPITAL_WORD_AFTER):
            continue  # "Serta Simmons said", the short form of "Serta Simmons Bedding", is left to later passes
        if _recurs(text, 0, name):
            found.append((match.start(1), name, False))
    return found


def _written_alone(word: str, text: str) -> bool:
    """Whether ``word`` occurs in ``text`` as a word of its own, not inside a longer word or compound.

    The substring test first: most words are absent (:func:`word_spots.written_alone` looks at each occurrence).
    """
    return word in text and written_alone(word, text)


def _recurs(text: str, body: int, opener: str, *, anywhere: bool = False) -> bool:
    """Whether the body (from ``body``) names ``opener`` again as a proper noun (``anywhere``: also opening one)."""
    name = _ARTICLE_BEFORE.sub("", opener)
    anywhere = anywhere or _ORG_MARKER.search(name) is not None
    pos, looked = text.find(name, body), 0
    while pos >= 0 and looked < _TITLE_SUBJECT_LOOKS:
        looked += 1
        end = pos + len(name)
        bounded = not is_word_char(text[pos - 1]) and (end >= len(text) or not is_word_char(text[end]))
        if bounded and (anywhere or _MID_SENTENCE.search(text, max(0, pos - 4), pos)):
            return True
        pos = text.find(name, end)
    return False


_CAPITAL_GOES_ON = re.compile(r"(?:[ ][A-Z][\w\-]{0,30}){0,1}[ ]([A-Z][\w\-]{0,30})(?![\w\-])")
"""Capitalised words after a head noun: the name goes on ("Lazard Capital Markets"), or names a thing."""
_NAMED_THINGS = frozenset({
    "Agreement", "Agreements", "Contract", "Contracts", "Deal", "Act", "Program", "Programme", "Plan", "Project",
    "Award", "Awards", "Prize", "Index", "Conference", "Summit", "Report", "Platform", "Initiative", "Strategy",
})  # fmt: skip


_NAMED_NEW = re.compile(r"New(?:[ ][A-Z][\w\-]{1,30}){1,2}[ ](?:" + "|".join(_ORG_HEADS) + ")")
"""A name opening on "New", one or two capitalised words and a head noun ("New Flyer Industries", "New Fortress
Energy"): "New" is part of it, where it opens no name alone ("New CEO", "New Systems")."""


def _named_new(text: str, start: int, words: list[str]) -> bool:
    """Whether "New" opens the name ``words`` at ``start``.

    It does before a head noun, or before words a legal form closes ("New Space India Limited", "New Times
    Shipbuilding Company Ltd."; not "New CEO Jane Roe").
    """
    name = " ".join(words)
    if _NAMED_NEW.fullmatch(name):
        return True
    return words[0] == "New" and 1 < len(words) <= 4 and _FORM_NEXT.match(text, start + len(name)) is not None  # noqa: PLR2004


def _headed_names(text: str) -> list[tuple[int, str]]:
    """Names ending in an organisation head noun ("Caltrix Systems"), leading function words dropped.

    A lone head noun ("Data", "Capital") is no name: at least one capitalised word must precede it, and
    none but a legal form may follow ("its Air Cargo Services Agreement" names a contract).
    """
    names = []
    size = len(text)
    for last, length in _HEADS.iter(text):
        start, end = last - length + 1, last + 1
        if (start > 0 and text[start - 1] != " ") or (end < size and is_word_char(text[end])):
            continue
        # In a Title Case headline every word is capitalised: the name ends at its head noun ("Why Sears Holdings
        # Stock Is Sliding" names Sears Holdings).
        tail = None if _in_title_case_line(text, end) else _CAPITAL_GOES_ON.match(text, end)
        if tail is not None and not _LEGAL_FORM.match(text, end + 1):
            if tail.group(1) in _NAMED_THINGS:
                continue
            end = tail.end()
        found = _name_ending_at(text, end)
        if found is None:
            continue
        first, name = found
        words = name.split(" ")
        while len(words) > 1 and words[0].casefold().strip("'") in NOT_NAMES and not _NAMED_NEW.fullmatch(name):
            first += len(words.pop(0)) + 1
        if len(words) > 1:
            names.append((first, " ".join(words)))
    return names


_ELISIONS = ("d'", "l'", "D'", "L'", "qu'", "Qu'", "lorsqu'", "Lorsqu'", "puisqu'", "Puisqu'", "jusqu'")
"""Elided words glued to the name after them: "d'Idinvest", "l'Oréal", "lorsqu'Eurostar", "puisqu'Acme"."""
_ACRONYM_BEFORE = re.compile(r"[ ]\([A-Z][A-Za-z0-9&]{1,7}\)$")


def _elided_length(text: str, start: int) -> int:
    """The length of the elided word (apostrophe included) opening the word at ``start``, else 0."""
    return next((len(elision) for elision in _ELISIONS if text.startswith(elision, start)), 0)


def _name_ending_at(text: str, end: int) -> tuple[int, str] | None:
    """The capitalised words (at most four) that end just before ``end`` (" ", ", " or "." between).

    Words are separated by spaces or line breaks, so a name that opens a paragraph is read whole. A word
    in lower case with an inner capital ("eLichens", "iRobot") opens its name: "l'IoT eLichens" names eLichens.
    """
    stop = end
    if stop > 0 and text[stop - 1] == " ":
        stop -= 1
    if stop > 0 and text[stop - 1] in ",.":
        stop -= 1
    acronym = _ACRONYM_BEFORE.search(text, max(0, stop - 12), stop)
    if acronym is not None:
        stop = acronym.start()  # "Archer Daniels Midland (ADM), géant américain": the name before the acronym
    first = None
    pos = stop
    particles = 0
    for _ in range(_MAX_NAME_WORDS + _MAX_PARTICLES):
        lower = max(0, pos - _MAX_WORD_CHARS)
        space = max(text.rfind(" ", lower, pos), text.rfind("\n", lower, pos))  # a paragraph break also ends a word
        if space < 0 and pos > _MAX_WORD_CHARS:
            break
        word_start = space + 1
        elided = _elided_length(text, word_start)
        if elided and _CAP_WORD.fullmatch(text, word_start + elided, pos):
            first = word_start + elided  # "d'Idinvest Partners", "l'Oréal": the elided word is no part of the name
            break
        if word_start < pos and text[word_start] in _OPENING_QUOTES and _CAP_WORD.fullmatch(text, word_start + 1, pos):
            first = word_start + 1  # '"Brelmont Pharma USA has agreed ...," X said': the quote opens the name
            break
        if first is not None and particles < _MAX_PARTICLES and _inner_particle(text, space, word_start, pos):
            particles += 1  # "Plantations des Terres Rouges", "Krupp von Bohlen und Halbach Foundation"
            pos = space
            continue
        if word_start >= pos or not _CAP_WORD.fullmatch(text, word_start, pos):
            break
        first = word_start
        if space < 0 or text[space] == "\n" or text[word_start].islower():
            break  # a name never runs across a line break ("... 2023\nSpring Holding"), nor before "eLichens"
        pos = space
    return None if first is None else (first, text[first:stop])


_OPENING_QUOTES = frozenset('"\u201c\u00ab')
"""A quotation mark glued to the first word of a name that opens a quoted statement."""
_NAME_PARTICLES = frozenset({"of", "de", "des", "du", "von", "van", "und", "der", "den", "dos", "das", "do", "del"})
_NOT_BEFORE_PARTICLE = _PERSON_TITLES | {"officer", "head", "founder", "co-founder", "member", "shares", "chef"}
"""A title before "of" / "de" ends the name there: "Chief Executive Officer of Tarsis" names Tarsis."""
_MAX_PARTICLES = 2
_WORD_BEFORE = re.compile(r"(?:^|(?<=[ \n]))([A-Z][\w\-]{0,30})$")


def _inner_particle(text: str, space: int, word_start: int, pos: int) -> bool:
    """Whether ``text[word_start:pos]`` is a particle inside a name: a capitalised word, no title, stands before it."""
    if space <= 0 or text[word_start:pos] not in _NAME_PARTICLES:
        return False
    before = _WORD_BEFORE.search(text, max(0, space - _MAX_WORD_CHARS), space)
    return before is not None and before.group(1).casefold() not in _NOT_BEFORE_PARTICLE


_ACRONYM_ACTS = (
    r"[ ](?:said|says|told|added|announced|reported|expects|précise|indique|annonce|affirme|explique|souligne"
    r"|a[ ](?:annoncé|indiqué|précisé|déclaré))(?![\w\-])|[ ]shares(?![\w\-])|['\u2019]s[ ]"
)
"""After an acronym that names a company: it speaks ("HFCL said", "MVG précise") or has shares ("HFCL's")."""
_DETERMINERS = ("an", "a", "its", "their", "his", "her", "this", "une", "un", "son", "sa", "ses", "leur", "cette", "ce")
_DETERMINER_BEFORE = rf"(?<![\w\-])(?:{'|'.join(_DETERMINERS)})[ ]"
"""A determiner no company name takes; "the" and "le"/"la" are left out ("the HDA", "la SNCF")."""
_DETERMINER_AT_END = re.compile(_DETERMINER_BEFORE + "$", re.IGNORECASE)
_ACRONYM_MIN = 3
"""Two letters name too many things ("AI", "EV") to make a name before them a company."""


def _acronymed_names(text: str) -> list[tuple[int, str, bool]]:
    """A capitalised name followed by its acronym in parentheses, the acronym then acting as a company.

    "Himachal Futuristic Communications Ltd (HFCL) ... HFCL said": an organisation the reporter
    abbreviates. Terms abbreviated the same way ("Initial Public Offering (IPO)") never say or own shares.
    """
    found = []
    for match in _ACRONYM_AFTER.finditer(text):
        acronym = match.group(1)
        if len(acronym) < _ACRONYM_MIN or acronym.casefold() in NOT_NAMES:
            continue
        if re.search(rf"(?<![\w\-(]){re.escape(acronym)}(?:{_ACRONYM_ACTS})", text) is None:
            continue
        if re.search(rf"{_DETERMINER_BEFORE}{re.escape(acronym)}(?![\w\-])", text) is not None:
            continue  # "the IPO", "son EBITDA": a thing the story abbreviates
        named = _name_ending_at(text, match.start())
        if named is None or acronym[0] not in {word[0] for word in named[1].split()}:
            continue
        first_word = named[1].split(" ", 1)[0].casefold()
        if first_word not in _DETERMINERS and _DETERMINER_AT_END.search(text, max(0, named[0] - 8), named[0]) is None:
            found.append((named[0], named[1], False))  # not "an Initial Public Offering (IPO)"
    return found


def find_companies(  # noqa: PLR0915 - one statement per reader, in the order of their evidence
    text: str, folded: str, kb: KnowledgeBase, cues: Sequence[Cue] = (), language: str | None = None
) -> list[CompanyMention]:
    """Return party mentions: knowledge-base names, public bodies, then organisations named by context.

    An organisation only known from context ("la start-up Acme") is then also found wherever its
    bare name reappears, as is a company listed next to a found one ("Ventech, Idinvest Partners et
    360 Capital Partners") and an acronym given in parentheses ("Société des rédacteurs du Monde (SRM)").
    ``cues`` (of the event tables) name the parties of their verbs: the name right before "snapped up"
    or right after "is buying" is a company.
    """
    found = _Found(text)
    # before the knowledge base: "la famille Peugeot" owns, not Peugeot
    for family in gated_finditer(_FAMILY, text, folded):
        if _VEHICLE_OF.search(text, max(0, family.start() - 30), family.start()):
            continue  # "Creadev, la holding de la famille Mulliez": the holding acts, the family is its owner
        name = family.group(0).split(" ", 1)[1]  # without "the " / "la "
        start = family.end() - len(name)
        found.add(CompanyMention(start, family.end(), slugify(name), name, False))
    units: _Names = {}
    known = kb.find(text)
    for match in known:
        if _names_something_else(text, folded, match.start, match.end, kb):
            continue
        company = kb.get(match.company_id)
        extension = _unit_at(text, match.start, match.end)
        if extension is not None:
            surface = text[match.start : extension.start(1) + len(extension.group(1))]
            if kb.lookup(surface) is None:  # "Alibaba Cloud", "UPS Canada": a unit, not the parent
                units.setdefault(surface, _unit_name(text[match.start : match.end], company, surface))
                continue
        if company is not None:
            found.add(CompanyMention(match.start, match.end, company.id, company.name, True))
    # Known names in the story's own case: "SanDisk" for Sandisk, "Axa" for AXA, "BPIFrance" for Bpifrance.
    for start, end, company in [*_camel_cased_known(text, kb, {m.start for m in known}), *case_variants(text, kb)]:
        found.add(CompanyMention(start, end, company.id, company.name, True))
    found.add_everywhere(units)
    for start, end, body_id, name in [*find_public_bodies(text, folded), *union_bodies(text)]:
        found.add(CompanyMention(start, end, body_id, name, False, "public_body"))
    # "la Caisse de dépôt et placement du Québec": before the readers that would cut it at "Caisse"
    # (its kind noun opens the name, so the candidate cleaning that drops leading kind nouns is not applied)
    institutions = {
        name: slugify(name)
        for start, name, _ in institution_names(text)
        if not found.blocked(start, start + len(name)) and kb.lookup(name) is None
    }
    found.add_everywhere(_merge_prefixes(institutions, text), extend=True)  # over "État" in "l'Agence ... de l'État"
    context, firms = _context_names(text, folded)
    found.add_everywhere(_merge_prefixes(_unknown_names(found, kb, context, firms), text))
    found.add_everywhere(_merge_prefixes(_unknown_names(found, kb, international_names(text, kb)), text))
    found.add_everywhere(  # "First National Bank of Pennsylvania" over "First National Bank" read by its head
        _merge_prefixes(_unknown_names(found, kb, of_place_names(text), extend=True), text), extend=True
    )
    found.add_everywhere(_merge_prefixes(_unknown_names(found, kb, _recurring_openers(text)), text))
    actors = _speaker_names(text) + _kind_referents(text)
    found.add_everywhere(_merge_prefixes(_unknown_names(found, kb, actors), text))
    found.add_everywhere(  # "Société des rédacteurs du Monde (SRM)", then "la SNCB", "l'ONEE"
        _merge_prefixes(
            _unknown_names(found, kb, _acronymed_names(text) + spelled_acronyms(text) + determined_acronyms(text)),
            text,
        )
    )
    found.add_everywhere(_listed_names(found, kb), extend=True)
    found.rename(_unify_forms(found))
    acronyms = _acronyms(found, kb)
    found.rename(acronyms)
    found.add_everywhere(acronyms)
    initials = _ampersand_initials(found)
    found.rename(initials)
    found.add_everywhere(initials)
    found.add_everywhere(_short_forms(found, folded))
    openers = _unknown_names(found, kb, _named_openers(text), extend=True)
    found.add_everywhere(_merge_prefixes(openers, text), extend=True)
    # Last, so that a longer name read in the body ("Free Mobile") keeps its occurrences.
    headlines = (
        _title_subject(text) + _rubric_names(text) + _headline_parties(text) + results_headline_names(text, _ORG_AT)
    )
    found.add_everywhere(_merge_prefixes(_unknown_names(found, kb, headlines), text))
    owned = _merge_prefixes(_unknown_names(found, kb, _owned_names(found)), text)
    found.add_everywhere(owned)
    # The weakest evidence last: a name is a company because it stands next to a deal verb.
    # the verb's subject or object; the receiver after "à" ("a commandé 70 bus à EvoBus"); a French name in a
    # party's place (« la Saur se voit retirer », « avec la Compagnie des Eaux du Loiret », « Mobilux a pu finaliser »)
    found.add_everywhere(
        _merge_prefixes(
            _unknown_names(
                found,
                kb,
                _role_names(text, cues)
                + receiver_names(text, cues, _ORG_AT, _ORG_MARKER)
                + relation_objects(text, cues, _ORG_AT, _ORG_MARKER)
                + slot_names(text, cues)
                + leadership_slot_names(text, cues, _ORG_AT, _ORG_MARKER, _name_ending_at)
                + (object_slot_names(text, cues, _ORG_AT, _ORG_MARKER) if language != "fr" else [])
                + (relation_slot_names(text, _ORG_AT, _ORG_MARKER) if language != "fr" else [])
                + revenue_owner_names(text, cues, _ORG_AT, _ORG_MARKER, _name_ending_at)
                + (
                    french_role_names(text, cues) + french_slot_names(text, cues)
                    if language == "fr"
                    else _sentence_subjects(text, cues)
                ),
            ),
            text,
        )
    )
    found.add_everywhere(_merge_prefixes(_unknown_names(found, kb, _opening_subjects(text, cues)), text))
    # Then a bare acronym where a party stands, once the names and short forms it could abbreviate are read.
    found.add_everywhere(
        _merge_prefixes(_unknown_names(found, kb, _own_unit_names(text) + acronym_candidates(text)), text)
    )
    initialled = _initialled_names(found)
    found.rename(initialled)
    found.add_everywhere(initialled, extend=True)
    # Again, once the names read next to verbs, openers and headlines are known: "from McCann to OMD and BBDO". A
    # name read after a possessive ("AMD's Radeon HD 6770M", "Apple's iPhones") is as often a product: no list from it.
    found.add_everywhere(_listed_names(found, kb, _late_list_outsiders(found, owned)), extend=True)
    found.add_everywhere(_linked_names(found), extend=True)
    found.rename(_body_acronyms(found))
    found.name_each_once()
    return found.sorted()


_IN_TAIL = re.compile(r"[ ]in[ ]([A-Z][a-z]{2,20})(?![\w\-]|[ ][A-Z])")
"""A capitalised word after a lower-case "in" right after a name: "Motion" of "Research in Motion"."""
_LINKED_TIMES = 2
"""How often a story writes "X in Y" whole before it is one name: once may be a firm in a market."""


def _linked_names(found: _Found) -> _Names:
    """Names the story writes whole with a lower-case "in" inside ("Research in Motion"), read cut before it.

    The run of capitalised words stops at "in", so the first word alone is read a company. Written twice or more
    with the same capitalised word after "in" that is no place nor month ("Acme in Texas", "Acme in May" are not
    names), the whole is the name.
    """
    text = found.text
    names: _Names = {}
    for mention in found.mentions:
        tail = _IN_TAIL.match(text, mention.end)
        if mention.known or mention.kind != "company" or tail is None:
            continue
        word = tail.group(1)
        surface = text[mention.start : tail.end()]
        if word.casefold() in PLACES or _MONTH_WORD.fullmatch(word) or len(_occurrences(text, surface)) < _LINKED_TIMES:
            continue
        names[surface] = (slugify(surface), surface, "company")
    return names


_CAMEL_CASED = re.compile(r"[A-Z](?<![\w\-.][A-Z])[a-z]+[A-Z][a-z]*(?![\w\-])")
"""One word with one inner capital: "SanDisk", "OpenAi" (a base name may be written with one capital only). The
capital comes first and looks behind it, so ``re`` only tries capitals (3x faster)."""


def _camel_cased_known(text: str, kb: KnowledgeBase, matched: set[int]) -> Iterator[tuple[int, int, Company]]:
    """Knowledge-base names a story writes with an inner capital the base lacks: "SanDisk" is the base's "Sandisk".

    The base lists many names as one register writes them; any case of a whole camel-cased word is the same
    name, and such a word is never a common word. Words the base matched as written (``matched``: their starts)
    were read there, maybe as a unit's first word ("SoftBank Vision Fund").
    """
    for match in _CAMEL_CASED.finditer(text):
        if match.start() in matched:
            continue
        company = kb.lookup(match.group())
        if company is not None:
            yield match.start(), match.end(), company


_MODEL_OPENER = re.compile(
    r"(?:(?:described|dubbed|billed|touted|known|hailed|branded|pitched|seen|positioned)[ ]as|called|nicknamed"
    r"|surnommée?s?|présentée?s?[ ]comme|décrite?s?[ ]comme|qualifiée?s?[ ]d[e']|vue?s?[ ]comme)[ ]"
    r"(?:(?:the|an?|le|la|l')[ ]?)?[" + "\u2018'\"\u201c\u00ab" + r"]?[ ]?(?:(?:the|le|la|l')[ ]?)?$",
    re.IGNORECASE,
)
"""Before a known name used as a model: "sometimes described as '", « surnommée le »."""
_MODEL_OF = re.compile(r"[ ](?:for|of|de|du|des)[ ][\w\-]")
"""After the model's name, what it is the model of: "Plaid for Africa", "the Uber of trucking", « le Netflix du
livre »."""
_MODEL_REACH = 40


def _model_of_comparison(text: str, start: int, end: int) -> bool:
    """Whether the known name at ``start:end`` is the model another company is likened to, not a party.

    Session 26: "Mono, a provider sometimes described as 'Plaid for Africa,' raised $15M": Mono raised, not Plaid.
    """
    return (
        _MODEL_OF.match(text, end) is not None
        and _MODEL_OPENER.search(text, max(0, start - _MODEL_REACH), start) is not None
    )


def _names_something_else(text: str, folded: str, start: int, end: int, kb: KnowledgeBase) -> bool:
    """Whether the known name at ``start:end`` is here part of something else than its company."""
    index = _INDEX_AT.match(text, start)
    return (
        _model_of_comparison(text, start, end)
        or (index is not None and index.end() > end)  # "Nasdaq Composite": the index, not the exchange's owner
        # "Harvey Schwartz": a person, not the company called Harvey
        or (_SURNAME_AFTER.match(text, end) is not None and text[start:end].casefold() in FIRST_NAMES)
        # "Michel-Edouard Leclerc", "le PDG, Michel Leclerc": a person, not the company of the family's name
        or _first_name_before(text, start)
        # "(Nasdaq: FBIO)": the listing of the company before, not the exchange's owner
        or (start > 0 and text[start - 1] == "(" and TICKER.match(folded, start - 1) is not None)
        # "NYSE Euronext", the vessel "Normand Swift": a known name ending another's
        or _inside_other_name(text, start, end, kb)
        # "For Q2 of 2012": a quarter, not the company called Q2 (named "Q2 Holdings" it is found)
        or _PERIOD.fullmatch(text, start, end) is not None
    )


def _first_name_before(text: str, start: int) -> bool:
    """Whether a first name stands right before the known name at ``start``: then the two name a person.

    A compound first name anywhere ("Michel-Edouard Leclerc"), a simple one inside a sentence ("a déclaré Vincent
    Bolloré"); a sentence may open on a verb that is also a first name ("Will Apple buy it?").
    """
    before = FIRST_NAME_BEFORE.search(text, max(0, start - FIRST_NAME_REACH), start)
    if before is None or before.group(1).casefold() not in FIRST_NAMES:
        return False
    return before.group(2) is not None or not _opens_sentence(text, before.start())


_CAPITAL_BEFORE = re.compile(r"(?:[a-z0-9,;:)][ ]|[\u201c\"«][ ]?)([A-Z][\w&\-]{1,20})[ ]$")
"""A capitalised word inside a sentence (or opening a quote) right before a name: "the NYSE Euronext"."""


def _inside_other_name(text: str, start: int, end: int, kb: KnowledgeBase) -> bool:
    """Whether a known name at ``start:end`` ends a longer name the knowledge base does not know.

    "shareholders of NYSE Euronext" name the exchange group, not Euronext; the vessel "Normand Swift" is no
    Swift. The word before must be capitalised inside a sentence and be no opener, title, kind, origin or
    known name ("rival Google", "Chinese Tencent", "CEO Apple" stay the known company).
    """
    before = _CAPITAL_BEFORE.search(text, max(0, start - 24), start)
    if before is None or before.group(1) in _HEADLINE_BREAKS:
        return False  # "Kosc Telecom Loses Bouygues Deal": a headline's verb, not the start of a longer name
    if _qualifier_abbreviation(text, before.group(1), before.start(1)):
        return False  # "l'éditeur de logiciel RH PayFit": the abbreviation qualifies the noun before, not PayFit
    word = before.group(1).casefold()
    return (
        _AGENT_ADJECTIVE.search(word) is None  # "just like Tencent-backed Swiggy": the backer, Swiggy itself
        and word not in NOT_NAMES
        and word not in _PERSON_TITLES
        and word not in KIND_NOUNS
        and not is_origin_word(word)
        and not is_nationality(word)
        and kb.lookup(before.group(1)) is None
        and kb.lookup(text[before.start(1) : end]) is None
    )


_FAMILY = re.compile(
    r"\b(?:[Ll]a[ ]famille[ ][A-ZÀ-Ý][\w\-]+(?:[ ][A-ZÀ-Ý][\w\-]+)?(?![\w\-])"
    r"|[Tt]he[ ][A-Z][\w\-]+(?:[ ][A-Z][\w\-]+)?[ ]family(?![\w\-'\u2019]))"
)
"""A family that owns shares is a shareholder: "la famille Maubert", "the Arnault family" (not "the X family's Y")."""
_VEHICLE_OF = re.compile(
    r"\b(?:holding|société|groupe|fonds|véhicule|office|company|vehicle|firm|fund)"
    r"(?:[ ](?:d'investissement|familial|investment|family))?[ ](?:de|d'|of)[ ]$",
    re.IGNORECASE,
)
"""Before a family that owns the company just named: "la holding de la famille Mulliez", "le fonds d'investissement
de la famille Mulliez"."""


_ELIDED_NOUN = re.compile(r"[LlDd]['\u2019][a-zà-ÿ]")
"""A common noun after an elided article opening a sentence: "L'entreprise continuera", no name."""
_GREATER_BEFORE = re.compile(r"(?<![\w\-])(?:Grand|Grande|Greater)[ ]$")
"""Before one word, the head of a metropolitan area's name ("le Grand Nancy", "Greater Manchester"): the word alone is
its town, cut from the area's name, no firm."""
_JOB_TITLE_NEXT = re.compile(
    r"[ ](?:[Cc]hief|[Hh]ead|[Dd]irector|[Oo]fficer|[Bb]oss|[Ee]xecutive|[Mm]anager|[Ll]ead|[Vv]ice[ ]president"
    r"|VP|EVP|SVP|[Cc]hef|[Dd]irecteur|[Dd]irectrice|[Rr]esponsable)(?![\w\-])"
)
"""A job title right after a word: "Marketing chief", "Sales head", "Finance director"."""
_PLURAL_NOUN = re.compile(r"[A-Z][a-z]{1,20}(?:ers|ors|ents|ants|ists|ians|ats|ics|ees|als|ives)")
"""A plural noun opening a sentence ("Shoppers picked", "Residents chose"): people, not a company."""
_PREPOSITION_BEFORE = re.compile(
    r"(?:^|[ ])(?:à|au|aux|de|du|des|to|of|for|by|with|from|at|in|on|par|pour|avec|sur|chez|auprès)[ ]"
    r"(?:l['\u2019]|d['\u2019]|la[ ]|le[ ]|les[ ]|the[ ])?$",
    re.IGNORECASE,
)
"""Before a name that is a preposition's object ("déclaré à l'AMF détenir"), not the verb's subject."""


def _role_names(text: str, cues: Sequence[Cue]) -> list[tuple[int, str, bool]]:
    """Names right before or after a deal, customer or partnership cue: the verb's subject or object.

    The one before is read strictly (as before an anchor verb: people and sentence openers stand there
    too); the one after must be one word or carry an organisation marker ("snapped up Kelvora").
    """
    names: list[tuple[int, str, bool]] = []
    for cue in cues[:MAX_CANDIDATES]:
        if cue.family not in PARTY_FAMILIES:
            continue
        if cue.start > 1 and text[cue.start - 1] == " ":
            relative = _RELATIVE_OPENER.search(text, max(0, cue.start - _RELATIVE_REACH), cue.start)
            if relative is not None and relative.group("which") is None and cue.family not in _CHOOSING:
                relative = None  # « Jean Roe, qui a quitté Safran »: "qui" may stand for a person, "which" never
            elif relative is not None and relative.group("subject") and cue.family not in _HOLDING:
                relative = None  # "Galaxy 31, which Maxar built for Intelsat": what a supplier makes is a product
            # "Eurostar, qui avait retenu Siemens", "Asda, which is owned by": the antecedent is the verb's party.
            before = _name_ending_at(text, relative.start() if relative else cue.start)
            if before is not None and relative is not None:
                place = _PLACE_PREPOSITION.search(text, max(0, before[0] - 8), before[0])
                if not _surname(text, before[1]) and place is None:
                    names.append((*before, False))  # after its comma, the antecedent stands out as a name
            elif (
                before is not None
                and not _ELIDED_NOUN.match(before[1])
                and not _PLURAL_NOUN.fullmatch(before[1])
                and not _PREPOSITION_BEFORE.search(text, max(0, before[0] - 16), before[0])
            ):
                names.append((*before, True))
        after = _ORG_AT.match(text, at) if (at := _after_cue(text, cue)) >= 0 else None
        if (
            after is not None
            and (" " not in after.group(0) or _ORG_MARKER.search(after.group(0)))
            and not _LEADER_TITLE_NEXT.match(text, after.end())
            and not _PRODUCT_FIGURES_NEXT.match(text, after.end())
        ):
            names.append((after.start(), after.group(0), False))
        if cue.family in ("customer_start", "customer_continue") and cue.detail == "passive":
            names += _customer_after_preposition(text, cue)
        if cue.family == "investment" and cue.detail == "raise":
            names += _raiser_before_apposition(text, cue)
    return names


_APPOSITION_BEFORE_VERB = re.compile(
    r",[ ](?:which|that|who|qui|l['\u2019]|le|la|the|a|an|un|une)[ ]?[^,;:()\n\"«»]{2,80},[ ]$"
)
"""Between a company and its raise verb, an apposition: ", which runs a podcast app, ", ", l'éleveur d'insectes, "."""
_APPOSITION_REACH = 96
_PERSON_APPOSITION = re.compile(
    r"\b(?:who|qui|former|ex|founder|co-founder|ceo|chief|executive|banker|entrepreneur|investor|manager|director"
    r"|president|chairman|ancien|ancienne|fondateur|fondatrice|dirigeant|dirigeante|patron|patronne|directeur"
    r"|directrice|président|présidente|entrepreneur|entrepreneuse|investisseur|banquier)\b"
)
"""An apposition that describes a person ("Smith, the former banker, has raised"), not a company."""


def _raiser_before_apposition(text: str, cue: Cue) -> list[tuple[int, str, bool]]:
    """The name before an apposition that parts it from its raise verb: "Lumora, which runs an app, has raised".

    A name opening a sentence is read strictly elsewhere (people stand there too); set off by its apposition from
    a fund-raising verb, it names the company that raised.
    """
    apposition = _APPOSITION_BEFORE_VERB.search(text, max(0, cue.start - _APPOSITION_REACH), cue.start)
    if apposition is None or _PERSON_APPOSITION.search(apposition.group(0).casefold()):
        return []
    before = _name_ending_at(text, apposition.start())
    return [(*before, False)] if before is not None and not _surname(text, before[1]) else []


_OPENER_LINK = re.compile(
    r"(?:,[ ][^,;:()\n\"«»]{2,80},|[ ]\([^()\n]{2,40}\))?[ ](?:(?:has|have|had|will|va)[ ])?"
    r"(?:(?:a[ ])?(?:said|says|announced|annonce|indique|annoncé|indiqué)[ ]"
    r"(?:(?:that[ ])?it[ ](?:has[ ]|had[ ])?|avoir[ ])?)?$"
)
"""Between a sentence's subject and its deal verb: an apposition or an aside in parentheses, "has", "said it (has)",
"a annoncé avoir" (a French "a" before a participle is part of the cue: "a levé"; alone it may be the English
article: "Taking a stake")."""
_OPENER_LINK_REACH = 120
_NO_NAME_OPENERS = frozenset({
    "last", "next", "this", "earlier", "later", "today", "yesterday", "meanwhile", "separately", "together",
    "both", "all", "many", "most", "some", "several", "other", "others", "cette", "ce", "hier", "aujourd'hui",
})  # fmt: skip
"""Sentence openers that start no name: "Last Year raised", "Both Firms have signed", « Hier matin a levé »."""


def _opening_subjects(text: str, cues: Sequence[Cue]) -> list[tuple[int, str, bool]]:
    """The sentence-opening subjects of deal, raise, investment and contract verbs (see :func:`_opening_subject`).

    A verb that also reads as a leadership change ("Nina Roe will replace him") or a bare "took" ("Jane Roe took
    the chair") may have a person before it, whose first name no list holds.
    """
    people_verbs = {cue.start for cue in cues if cue.family.startswith("leadership")}
    names = []
    for cue in cues[:MAX_CANDIDATES]:
        if (
            cue.family in PARTY_FAMILIES
            and cue.family != "partnership"
            and cue.detail != "threshold"  # a bare "took" / "a pris": people take chairs too
            and cue.start not in people_verbs
        ):
            names += _opening_subject(text, cue)
    return names


def _sentence_subjects(text: str, cues: Sequence[Cue]) -> list[tuple[int, str, bool]]:
    """The subjects :func:`subject_names` reads, without the country units and opener-led runs left alone here too.

    "Acme Sverige has signed" names a country unit, "Last Year raised" no firm (as in :func:`_opening_subject`).
    """
    return [
        (start, name, strict)
        for start, name, strict in subject_names(text, cues)
        if not _ends_on_region(name) and name.split(" ", 1)[0].casefold() not in _NO_NAME_OPENERS
    ]


def _ends_on_region(name: str) -> bool:
    """Whether ``name`` ends on a place or region ("Eltel Finland", "Acme Sverige"): a country unit, left alone."""
    last = name.rsplit(" ", 1)[-1]
    return last in _UNIT_REGIONS or last.casefold() in PLACES


def _opening_subject(text: str, cue: Cue) -> list[tuple[int, str, bool]]:
    """The capitalised words opening the sentence of a deal, raise or contract verb, as its subject.

    At a sentence's start every word is capitalised, so "Azur Drones a levé" looks like "Investors raised";
    directly before its verb (past "has", "said it", "a annoncé avoir" or an apposition) the run names the
    verb's subject. One word is read strictly, as before any verb; several, like a name already marked as
    a firm: :func:`_clean_org_name` still drops first names, places, openers and common words.
    """
    if cue.start == 0 or not text.startswith(" ", cue.start - 1):
        return []
    # A row opening on "to" ("to end") leaves its intent verb outside: "Hovis proposes to end" is read as a group.
    group_end = cue.start + 3 if text.startswith("to ", cue.start) else cue.start
    group = VERB_GROUP_EN.search(text, max(0, cue.start - VERB_GROUP_REACH), group_end)
    verb = group.start() if group is not None else cue.start  # "Lyell has itself invested": the verb group's start
    link = _OPENER_LINK.search(text, max(0, verb - _OPENER_LINK_REACH), verb)
    if link is None or (link.group(0).startswith(",") and _PERSON_APPOSITION.search(link.group(0).casefold())):
        return []
    before = _name_ending_at(text, link.start())
    if (
        before is None
        or not _opens_sentence(text, before[0])
        or before[1].split(" ", 1)[0].casefold() in _NO_NAME_OPENERS
        or _PLURAL_NOUN.fullmatch(before[1].rsplit(" ", 1)[-1])
        or _ends_on_region(before[1])
        or _in_title_case_line(text, before[0])  # "Tech Giants Have Invested ...": where does the name end?
    ):
        return []
    words = before[1].split(" ")
    if len(words) == 1 and ((link.group(0) == " " and group is None) or _surname(text, before[1])):
        return []  # one word right before its verb is read strictly elsewhere; "Apotheker had cut": a surname
    if len(words) == 2 and words[0].casefold() in NOT_NAMES:  # noqa: PLR2004 - an opener and one word
        return []  # "The Dutchman has won": a common noun after its article
    return [(*before, len(words) == 1)]


_PREPOSITION_OF_CUSTOMER = re.compile(
    r"[^.;:\n]{0,60}?(?:[ ](?:by|from|with|par|auprès[ ]de|auprès[ ]d')|(?P<for>[ ]to[ ][a-z]+[^.;:,\n]{0,30}?[ ]for))"
    r"[ ](?:the[ ]|la[ ]|le[ ]|l')?(?=[A-Z])"
)
"""After a supplier's won-contract cue, up to the customer's preposition: "has been awarded a multi-year contract by
", "a deal to fly cargo for "."""


_CUSTOMER_PREPOSITIONS = (" by", " from", " with", " par", " auprès de", " auprès d'")


def _customer_after_preposition(text: str, cue: Cue) -> list[tuple[int, str, bool]]:
    """The customer a supplier's cue names after "by / from / with" or "to <serve> ... for".

    "awarded a contract by Canada Post", "a deal to fly cargo for Canada Post"; after "for", only a name of two
    words or marked as a firm ("to deliver parcels for Christmas" names a season).
    """
    if text[cue.start : cue.end].casefold().endswith(_CUSTOMER_PREPOSITIONS):
        after = _ORG_AT.match(text, cue.end + 1)  # "a remporté un contrat auprès de Bourbon Offshore"
        return [(after.start(), after.group(0), False)] if after is not None else []
    preposition = _PREPOSITION_OF_CUSTOMER.match(text, cue.end)
    after = _ORG_AT.match(text, preposition.end()) if preposition else None
    if after is None or text.startswith("/", after.end()):  # "with the My Chemist/Chemist Warehouse Group"
        return []
    if (
        preposition is not None
        and preposition.group("for")
        and " " not in after.group(0)
        and not _ORG_MARKER.search(after.group(0))
    ):
        return []
    return [(after.start(), after.group(0), False)]


_OWNED_ENDS = re.compile(
    r"(?=[ ](?:and|et|or|since|depuis|after|before|over|for|to|from|has|had|was|is|will|said|picked|won|lost|landed"
    r"|secured|acquired|bought|sold|signed|raised|took|handled|retained|kept|agreed|announced|a|ont|remporte)\b|[,;])"
)
"""After a group's unit: what a party is followed by (a verb, a coordination, a clause's comma), never the noun
that makes it an adjective ("Microsoft's Xbox business", "GM's North American purchasing")."""
_FUND_IN = re.compile(r"\b(?:Funds?|Fonds)\b|[ ](?:Act|Law|Directive|Regulation|Treaty|Bill|Code)$")
"""A fund the group invests through, or a law ("the EU's Digital Markets Act"): no unit of its own."""
_OWNED_MARKER = re.compile(r"\d|[a-z][A-Z]|[A-Z]{3}")
"""A one-word unit's name carries a sign of a brand: a digit, an inner capital or three capitals ("MediaCom")."""


_OWNER_AFTER = re.compile(
    r"(?:[ ](?:Group|Corp|Corporation|Inc|Co|Ltd|Holdings|plc|PLC)\.?)?(?:['\u2019]s|(?<=s)['\u2019])[ ]"
)
"""A found group's possessive, maybe after the legal form or "Group" the match left out: "Go-Ahead Group's",
"United Technologies Corp's", "Yum! Brands Inc.'s", "Maxar Technologies' " (a plural's bare apostrophe)."""
_UNIT_HEAD = re.compile(r"[ ](?:unit|division|subsidiary|arm|agency|network)\b")
"""A unit's head noun after its name: "Tesco's Booker unit" (even a one-word, common-looking name is a unit's)."""


def _owned_names(found: _Found) -> list[tuple[int, str, bool]]:
    """The units a group's possessive names: "IPG's Momentum Worldwide picked up", "WPP's MediaCom and ...".

    The group is a company found, or an acronym (:func:`_acronym_owners`).

    Only a name that stands as a party (a verb, a coordination or a comma next) and looks like an organisation's
    (several words that are no person's, or a one-word brand): a group's possessive also introduces its products
    ("Google's Android kept"), its people ("Yahoo's Scott Thompson") and adjectives ("Engie's Indian arm").
    """
    text = found.text
    names: list[tuple[int, str, bool]] = []
    owners = [possessive.end() for mention in found.mentions if (possessive := _OWNER_AFTER.match(text, mention.end))]
    owners += [end + 3 for end in _acronym_owners(text)]
    for unit_start in owners[:MAX_CANDIDATES]:
        owned = _ORG_AT.match(text, unit_start)
        if owned is None:
            continue
        name = owned.group(0)
        headed = _UNIT_HEAD.match(text, owned.end()) is not None  # "Tesco's Booker unit": the noun says a unit
        if not headed and not _OWNED_ENDS.match(text, owned.end()):
            continue
        if _FUND_IN.search(name) or HEADLINE_VERB.search(name):
            continue  # "Ondrel Capital's Nordic Growth Fund" (the group invests through it), "the EU's X Act"; a
            # title-cased headline's "Korvia's Board Elects Jane Roe CEO" owns no unit
        if (" " in name and not is_person(name)) or (" " not in name and (headed or _OWNED_MARKER.search(name))):
            names.append((owned.start(), name, False))
    return names


_ACRONYM_OWNER = re.compile(r"(?<![\w\-])[A-Z]{2,6}$")


def _acronym_owners(text: str) -> list[int]:
    """Ends of the acronyms a possessive follows ("IPG's"), found group or not: capitals name no person.

    Places ("UK's") and titles ("CEO's") own no unit. The possessives are found with ``str.find``, no regex pass.
    """
    ends: list[int] = []
    pos = text.find("'s ")
    while pos > 0 and len(ends) < MAX_CANDIDATES:
        acronym = _ACRONYM_OWNER.search(text, max(0, pos - 7), pos)
        if acronym is not None:
            folded = acronym.group(0).casefold()
            if folded not in PLACES and folded not in _PERSON_TITLES and not is_origin_word(folded):
                ends.append(pos)
        pos = text.find("'s ", pos + 3)
    return ends


_OWN_UNIT_NAME = re.compile(
    r"\b(?:its|their)[ ](?P<name>[A-Z][\w\-]+(?:[ ][A-Z][\w\-]+){0,2})"
    r"(?P<trade>(?:[ ][a-z][a-z\-]{1,20}){0,3})[ ](?:division|unit|subsidiary|arm|business|operations)\b"
)
"""Session 26: the unit's trade may stand between its name and the head noun ("its Omnilink offender monitoring
business", "its Halvernet payments unit")."""
_REGION_WORDS = frozenset({"pacific", "atlantic", "nordic", "northern", "southern", "eastern", "western", "global"})


def _own_unit_names(text: str) -> list[tuple[int, str, bool]]:
    """Units a company's possessive names before their head noun: "Canada Post and its Purolator division".

    Not a word the story also writes in lower case ("its Convenience division" beside "the convenience chain"), nor a
    region's ("its North American business", "its Asia Pacific operations").
    """
    names = []
    for m in gated_finditer(_OWN_UNIT_NAME, text):
        last = m.group("name").rsplit(" ", 1)[-1].casefold()
        if is_nationality(last) or last in PLACES or last in _REGION_WORDS:
            continue
        if re.search(rf"\b{re.escape(m.group('name').lower())}\b", text) is None:
            names.append((m.start("name"), m.group("name"), False))
    return names


def _surname(text: str, name: str) -> bool:
    """Whether the story writes ``name`` after another capitalised word, as a person's surname ("Alexandr Wang")."""
    return " " not in name and re.search(rf"[A-Z][\w\-]+[ ]{re.escape(name)}(?![\w\-])", text) is not None


_RELATIVE_OPENER = re.compile(
    r",[ ](?:(?P<which>which)|qui)[ ](?P<subject>[A-Z][\w\-]+(?:[ ][A-Z][\w\-]+)?[ ])?"
    r"(?:(?:has|had|a|avait|avaient|ont|is|was|are|were|est|était)[ ])?"
    r"(?:(?:partly|wholly|majority|jointly|already|also|now|still|since|mostly|largely|in[ ]part|[a-z]{3,}ly)[ ])?$"
)
"""Between a relative's antecedent and the verb it governs: ", which ", ", qui avait ", ", which is partly ", or
its own named subject first: ", which Amazon bought" (then the antecedent is the verb's object; after "which it
had bought" a reader would take the antecedent for the buyer, so "it" is left out)."""
_HOLDING = frozenset({"acquisition", "stake", "investment"})
"""The families whose object, in a relative with its own subject, is a company ("Twitch, which Amazon bought")."""
_RELATIVE_REACH = 40
_PLACE_PREPOSITION = re.compile(r"(?:^|[ ])(?:in|from|near|outside|across|à|dans)[ ]$", re.IGNORECASE)
"""Before a relative's antecedent that is a place: "a cereal maker from Minneapolis, which put its account ..."."""
_CHOOSING = frozenset({"customer_start", "customer_continue"})
"""The families whose verb, after a French "qui", has a company for subject ("qui avait retenu Siemens")."""


def _after_cue(text: str, cue: Cue) -> int:
    """Where the name a cue governs would start, or -1.

    Right after the cue's space; or right after a cue that ends on a preposition and its space ("clashed with ",
    "stopped buying food from "): the table row holds the space, the name starts at the cue's end.
    """
    if text[cue.start : cue.end].endswith(" "):
        return cue.end
    return cue.end + 1 if text.startswith(" ", cue.end) else -1


_LEADER_TITLE_NEXT = re.compile(
    r"[ ](?:as[ ]|comme[ ])?(?:its[ ]|the[ ]|new[ ]|interim[ ]|acting[ ])*"
    r"(?:CEO|CFO|COO|chief|chair|chairman|chairwoman|president|PDG|DG|directeur|directrice|président|présidente)\b"
)
"""A leader's title right after the name a verb governs: a person appointed ("appoints Wayman interim CEO"),
not a supplier hired."""
_PRODUCT_FIGURES_NEXT = re.compile(
    r"[ ](?:orders|targets|estimates|forecasts|prices|sales|shipments|production|output|builds|volumes)\b"
)
"""Figures of a product right after the name a verb governs: the name is a product's ("cut iPhone targets", "cut
iPhone 8 orders"), not the supplier cut."""


_SHOUTED_MIN = 5
"""Shorter words in capitals are acronyms ("BCF", "SNCF"), whatever else they spell."""


def _shouted_word(name: str, text: str) -> bool:
    """Whether ``name`` is a word in capitals ("D'UNE ENTREPRISE") that the text also writes in lower case."""
    return name.isupper() and len(name) >= _SHOUTED_MIN and " " not in name and _written_alone(name.lower(), text)


_TITLE_IN_NAME = re.compile(r"\b(?:Officer|Chief|Chairman|Chairwoman|CEO|CFO|COO|CTO|Directeur|Directrice)\b")
"""A job title's word inside a capitalised run guessed from context: a person's title, not an organisation."""


def _unknown_names(
    found: _Found,
    kb: KnowledgeBase,
    candidates: list[tuple[int, str, bool]],
    firms: set[int] | None = None,
    extend: bool = False,
) -> dict[str, str]:
    """Name -> slug of the candidates that are organisations nobody found yet (the knowledge base included).

    ``firms`` are the starts of names a firm noun introduces: they may look like a person's. With
    ``extend``, a candidate may contain shorter unknown names found before ("Chemist Warehouse" over "Warehouse").
    """
    unknown: dict[str, str] = {}
    for start, raw, strict in candidates[:MAX_CANDIDATES]:
        cleaned = _clean_org_name(found.text, raw, start, strict, firm=firms is not None and start in firms)
        if cleaned is None or _shouted_word(cleaned[1], found.text):
            continue
        first, name = cleaned
        name = _without_suffix(name, kb)
        overlaps = found.blocked if extend else found.taken
        if overlaps(first, first + len(name)) or _not_alone(name, kb) or kb.lookup(name) is not None:
            continue
        if _TITLE_IN_NAME.search(name) or name in found.brands:
            continue  # "Financial Officer Robert" (from "Chief Financial Officer Robert Roe"): a title, no firm
        if _index_tail(found.text, first):
            continue  # "Jones" of "Dow Jones": the index (or its publisher) is not a firm called Jones
        if COUNT_FIRST.match(name):
            continue  # "a commandé 15 TGV à Alstom", "ordered 64 F-35 jets": goods counted, no firm ("3M" stays)
        if _QUANTIFIER_FIRST.match(name):
            continue  # "Ends Contracts With Some Regional Couriers": a headline's capitals count firms, name none
        if _MODEL_CODE.fullmatch(name):
            continue  # "cancels A380 order", "its A350 order valued at $16 billion": a model, no firm ("G4S" stays)
        if _named_as_person(found.text, first, name):
            continue
        unknown.setdefault(name, slugify(name))
        if len(unknown) >= MAX_UNKNOWN_ORGANISATIONS:
            break
    return unknown


_QUANTIFIER_FIRST = re.compile(r"(?:Some|Several|Many|Various|Certain|Numerous|Most|Few|Dozens|Hundreds)[ ]")
"""A quantifier opening capitalised words: firms counted in a title-case headline ("Some Regional Couriers"), no
firm's name."""
_WHO_AFTER = re.compile(r",?[ ]who[ ]")
_MODEL_CODE = re.compile(r"[A-Z]{1,2}-?\d{3,4}(?:[a-z]{1,3}|-?\d{3,4}[A-Z]?)?")
"""A model's code alone ("A380", "B737", "A320neo", "A380-800F"): an aircraft or a product, not a company (one
digit keeps "G4S" and "F5" firms)."""


def _named_as_person(text: str, start: int, name: str) -> bool:
    """Whether the story tells an unknown name at ``start`` as a person's, whatever slot found it.

    An honorific opens it ("Sir Alan Marsh is leading a round") or "who" follows it ("raised $4.5M from Okafor, who
    runs a family office"): a firm takes "which".
    """
    return HONORIFIC_OPENS.match(name) is not None or _WHO_AFTER.match(text, start + len(name)) is not None


_BRAND_NOUN = re.compile(r"[ \-]brands?(?![\w\-])(?![ ](?:president|director|manager|chief|head|owner)\b)")
"""The noun after a product's name: "the Red Label brand", "Whiskas-brand cat food"; not before a title
("Abercrombie & Fitch brand president": the name may be the firm's)."""


def _brand_names(text: str) -> frozenset[str]:
    """The capitalised names a story writes right before "brand": products, not firms ("Red Label brand").

    A possessive owns the brand ("Finlay's brand"), so it is left to name the firm. One search for the
    noun, then a look back from each occurrence: no scan per capitalised word.
    """
    names = set()
    if "brand" in text:
        for noun in _BRAND_NOUN.finditer(text):
            if text.startswith(("'s", "\u2019s"), noun.start() - 2):
                continue
            named = _name_ending_at(text, noun.start())
            if named is not None:
                names.add(named[1])
    if "produits" in text or "marques" in text or "brands" in text:
        for products in _PRODUCTS_LISTED.finditer(text):
            names.update(_listed_after(text, products.end()))
    return frozenset(names)


_PRODUCTS_LISTED = re.compile(
    r"\b(?:(?:les|des|ses|certains|ces)[ ]produits|marques[ ](?:telles[ ]que|comme)|brands[ ](?:such[ ]as|like)"
    r"|(?:owner|maker|producer|propriétaire|fabricant)[ ](?:of|des|de)[ ](?:(?:the|its|les|ses)[ ])?"
    r"(?:[a-z\-]{2,15}[ ]){0,2}(?:brands|marques)(?:[ ](?:such[ ]as|like|including|comme))?)[ ]"
)
"""Products named in a list: "certains produits Lay's et Pepsi", "des marques telles que Lays, Quaker", "the owner of
pet food brands Whiskas, Dreamies and Pedigree" (the owner is another company)."""
_LIST_JOINT = re.compile(r",[ ](?:ou[ ]encore[ ]|encore[ ])?|[ ](?:et|and|ou|or)[ ](?:encore[ ])?")
"""Between two listed products: a comma or a conjunction, then the "encore" of "ou encore" ("Pepsi, ou encore X")."""
_MAX_LISTED_PRODUCTS = 6


def _listed_after(text: str, pos: int) -> list[str]:
    """The capitalised names listed from ``pos`` on ("Lays, Quaker, Pepsi, ou encore Doritos"), possessive cut."""
    names = []
    for _ in range(_MAX_LISTED_PRODUCTS):
        match = _ORG_AT.match(text, pos)
        if match is None:
            break
        names.append(match.group(0).removesuffix("'s"))
        joint = _LIST_JOINT.match(text, match.end())
        if joint is None:
            break
        pos = joint.end()
    return names


_SHORT_FORM_MIN = 4
_SHORT_FORM_AT = re.compile(r"(?![\w\-]|[ ][A-Z])")
"""After a short form: no word character, hyphen or further capitalised word ("Cirrus said", not "Cirrus Logic")."""


def _short_forms(found: _Found, folded: str) -> _Names:
    """The first word of an unknown multi-word company, where the story uses it alone ("Cirrus" for Cirrus Logic).

    Only a word the story never writes in lower case ("Applied" is no short form where "applied"
    appears), which stands alone mid-sentence somewhere and is no first name, place or opener.
    """
    names: _Names = {}
    seen: set[str] = set()
    text = found.text
    for mention in found.mentions:
        if mention.known or mention.kind != "company" or " " not in mention.name:
            continue
        if named_as_unit(text, mention):
            continue  # "Lacroix a cédé Lacroix City, sa division ...": the first word is the parent, a firm of its own
        words = mention.name.split(" ")
        for size in range(2, len(words)):  # "Serta Simmons" for Serta Simmons Bedding
            prefix = " ".join(words[:size])
            if prefix not in seen and words[size - 1][:1].isupper() and _stands_alone(text, prefix):
                seen.add(prefix)
                names[prefix] = (mention.id, mention.name, "company")
        word = words[0]
        folded_word = word.casefold()
        if word in seen:
            continue
        seen.add(word)
        if (
            len(word) < _SHORT_FORM_MIN
            or not word[0].isupper()
            or folded_word in NOT_NAMES
            or folded_word in PLACES
            or folded_word in FIRST_NAMES
            or is_nationality(folded_word)
            or _written_alone(folded_word, text)
        ):
            continue
        if _stands_alone(text, word):
            names[word] = (mention.id, mention.name, "company")
    return names


_UNIT_WORDS = r"(?:division|unit|subsidiary|arm|business|filiale|branche|activité|pôle)"
_UNIT_APPOSED = re.compile(rf",[ ](?:its|their|sa|son|leur)[ ](?:[\w\-]+[ ]){{0,2}}?{_UNIT_WORDS}\b")
_UNIT_BEFORE = re.compile(rf"\b(?:its|their|sa|son|leur)[ ](?:[\w\-]+[ ]){{0,2}}?{_UNIT_WORDS}[ ]$")
_UNIT_REACH = 30


def _unit_in(text: str, name: str) -> bool:
    """Whether ``text`` presents ``name`` as a unit of another firm somewhere (see :func:`_named_as_unit`)."""
    if " " not in name:
        return False
    pos = text.find(name)
    while pos >= 0:
        if named_as_unit(text, CompanyMention(pos, pos + len(name), "", name, False)):
            return True
        pos = text.find(name, pos + len(name))
    return False


def named_as_unit(text: str, mention: CompanyMention) -> bool:
    """Whether the story presents ``mention`` as a unit of another firm ("X City, sa division", "its unit X City")."""
    return (
        _UNIT_APPOSED.match(text, mention.end) is not None
        or _UNIT_BEFORE.search(text, max(0, mention.start - _UNIT_REACH), mention.start) is not None
    )


def _stands_alone(text: str, short: str) -> bool:
    """Whether ``short`` stands alone mid-sentence somewhere: no further capitalised word after it."""
    return any(
        _SHORT_FORM_AT.match(text, pos + len(short)) and _MID_SENTENCE.search(text, max(0, pos - 4), pos)
        for pos in _occurrences(text, short)
    )


def _occurrences(text: str, word: str) -> list[int]:
    """Where ``word`` starts in ``text`` (at most 20 places: enough to find one that stands alone)."""
    found: list[int] = []
    pos = text.find(word)
    while pos >= 0 and len(found) < _TITLE_SUBJECT_LOOKS:
        found.append(pos)
        pos = text.find(word, pos + len(word))
    return found


def _unit_name(stem: str, parent: Company | None, surface: str) -> tuple[str, str, PartyKind]:
    """Name a unit after the shorter of its parent's names: "United Parcel Service Canada" is "UPS Canada"."""
    short = parent.name if parent is not None and len(parent.name) < len(stem) else stem
    name = short + surface[len(stem) :]
    return slugify(name), name, "company"


_STACKED_FORM_OPENERS = frozenset({"Pty", "Pvt", "Sdn"})
"""Legal forms another form follows ("Pty Ltd", "Pvt Ltd", "Sdn Bhd"): never the end of a name."""


def _without_suffix(name: str, kb: KnowledgeBase) -> str:
    """``name`` without its legal suffix, unless only a head noun would remain ("Capital Group" stays whole).

    The first word of a stacked form, left before the one the candidate ended on, goes too: "Golding Contractors
    Pty" (of "... Pty Ltd"); a form that closes a name alone stays ("Kolber Haustechnik KGaA").
    """
    stripped = kb.strip_suffix(name)
    last = stripped.rsplit(" ", 1)
    if len(last) == 2 and last[1] in _STACKED_FORM_OPENERS:  # noqa: PLR2004 - a name and its last word
        stripped = kb.strip_suffix(last[0].rstrip(" ,"))
    return name if stripped != name and stripped in _ORG_HEADS else stripped


def _not_alone(name: str, kb: KnowledgeBase) -> bool:
    """Whether ``name`` (suffix stripped) is a word that names nothing alone: "Ltd", "Capital", "Group"."""
    return kb.is_legal_suffix(name) or name in _ORG_HEADS


_Identity = tuple[str, str, PartyKind]
"""A party's id, name and kind."""
_Names = dict[str, _Identity]
"""Surface -> (id, canonical name, kind) of parties to add wherever the surface occurs."""


class _Found:
    """Mentions found so far and the characters they cover (a character names one party at most)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.mentions: list[CompanyMention] = []
        self._occupied = bytearray(len(text))
        self.brands = _brand_names(text)

    def taken(self, start: int, end: int) -> bool:
        """Whether a found mention already covers a character of ``start:end``."""
        return self._occupied.find(1, start, end) >= 0

    def blocked(self, start: int, end: int) -> bool:
        """Whether a mention overlaps ``start:end`` other than a shorter unknown name inside it (which this extends)."""
        return self.taken(start, end) and any(
            m.start < end and start < m.end and not _extends(start, end, m) for m in self.mentions
        )

    def add(self, mention: CompanyMention, extend: bool = False) -> None:
        """Keep ``mention`` unless it overlaps one found before.

        With ``extend``, it replaces the unknown names it contains ("PSA" read after "président de" gives way
        to "PSA Peugeot Citroën" listed with other companies).
        """
        if extend and self.taken(mention.start, mention.end) and not self.blocked(mention.start, mention.end):
            self.mentions = [m for m in self.mentions if not (m.start < mention.end and mention.start < m.end)]
            self._occupied[mention.start : mention.end] = bytes(mention.end - mention.start)
        if not self.taken(mention.start, mention.end):
            self.mentions.append(mention)
            self._occupied[mention.start : mention.end] = b"\x01" * (mention.end - mention.start)

    def add_everywhere(self, names: _Names, extend: bool = False) -> None:
        """Add every word-bounded occurrence of each name, longest names first."""
        text = self.text
        short_forms = {
            " ".join(words[:size])
            for words in {tuple(mention.name.split(" ")) for mention in self.mentions if " " in mention.name}
            for size in range(2, len(words))
        }
        for surface in sorted(names, key=len, reverse=True):
            company_id, name, kind = names[surface]
            pos = text.find(surface)
            while pos >= 0:
                end = pos + len(surface)
                if (
                    (pos == 0 or not (text[pos - 1].isalnum() or text[pos - 1] == "-"))
                    and (end >= len(text) or not text[end].isalnum())
                    and not _inside_short_form(text, pos, end, short_forms)
                    and not _after_first_name(text, pos)
                ):
                    self.add(CompanyMention(pos, end, company_id, name, False, kind), extend)
                pos = text.find(surface, end)

    def rename(self, names: _Names) -> None:
        """Give the unknown mentions of a surface the identity ``names`` has for it ("DHSC" is the ministry)."""
        for index, mention in enumerate(self.mentions):
            named = names.get(self.text[mention.start : mention.end])
            if named is not None and not mention.known:
                self.mentions[index] = CompanyMention(mention.start, mention.end, *named[:2], False, named[2])

    def name_each_once(self) -> None:
        """Give a short form read as a company of its own the id of the only known name it shortens.

        Passes may read "Aozora Bank" (known) and then "Aozora" as two companies; events about one company
        then disagree. The short form takes the known name's identity, unless it shortens two of them.
        With no known name it shortens, it takes the one unknown name it shortens, the full name the story
        gave first: a pass after those that join unknown forms (:func:`_unify_forms`, :func:`_short_forms`) may
        read "Corrin" alone where it opens a sentence ("Corrin said ...") after "Corrin Air". Only a long form
        the body gives before the short one: "CBS ... CBS Sports Network" names a unit after a firm, a headline's
        long form is left to the headline readers, and a unit the story names after its parent ("Lacroix City, sa
        division") is no long form of the parent either.
        """
        body = max(self.text.find("\n\n"), 0)
        companies = {m.name: m for m in self.mentions if m.kind == "company"}
        first_at: dict[str, int] = {}
        for m in self.mentions:
            first_at.setdefault(m.name, m.start)
        longer_of: dict[str, CompanyMention] = {}
        for name, mention in companies.items():
            longer = {other.id: other for other in companies.values() if other.known and _shortens(name, other.name)}
            if not longer:
                longer = {
                    other.id: other
                    for other in companies.values()
                    if _shortens(name, other.name)
                    and body <= first_at[other.name] < first_at[name]
                    and not _unit_in(self.text, other.name)
                    and not _group_named(self.text, name)
                }
            if not mention.known and len(longer) == 1 and mention.id not in longer:
                longer_of[mention.id] = next(iter(longer.values()))
        for index, mention in enumerate(self.mentions):
            full = longer_of.get(mention.id)
            if full is not None and not mention.known and mention.kind == "company":
                self.mentions[index] = CompanyMention(mention.start, mention.end, full.id, full.name, False)

    def sorted(self) -> list[CompanyMention]:
        """The mentions in text order."""
        return sorted(self.mentions, key=lambda mention: mention.start)


_BODY_HEADS = frozenset({
    "authority", "agency", "commission", "council", "department", "ministry", "board", "administration",
    "autorité", "agence", "ministère", "direction", "conseil", "syndicat", "office",
})  # fmt: skip
"""Head words of a public body's title, which it is known by even when a story abbreviates it."""


_INITIAL_BEFORE = re.compile(r"(?<![\w.\-])(?:Dr\.[ ]|[A-Z]\.[ ]?)$")
"""An initial or "Dr." right before a name: "Dr. Oetker", "P. Schoenfeld Asset Management", "E.Leclerc"."""
_WORD_BEFORE_INITIAL = re.compile(r"([\w\-]+)[ ]$")
_LETTERED = frozenset({
    "series", "série", "class", "classe", "type", "plan", "tranche", "catégorie", "category", "phase", "grade",
    "vitamin", "vitamine", "note", "rating", "lot", "zone", "section", "article", "annexe", "appendix", "part",
    "partie",
})  # fmt: skip
"""Words a letter follows ("a Series A. Velmora led it", "la classe A. Velmora"): that letter ends a sentence."""


def _initialled_names(found: _Found) -> _Names:
    """The unknown companies written with an initial or "Dr." before them, under that longer name, with their bare form.

    The passes read the capitalised words after "Dr." or "P.": "Dr. Oetker" becomes "Oetker", "P. Schoenfeld Asset
    Management" loses its "P.", and the bare name then names no company a reporter or a gold label knows. Every form
    read under the bare name takes the longer one ("PSAM" read as Schoenfeld Asset Management). A letter after a
    capitalised word or after a word that takes letters ("Terminal B.", "série A.") ends a sentence instead.
    """
    text = found.text
    names: _Names = {}
    longer: dict[str, _Identity] = {}
    for mention in found.mentions:
        if mention.known or mention.kind != "company":
            continue
        initial = _INITIAL_BEFORE.search(text, max(0, mention.start - 4), mention.start)
        if (
            initial is None
            or not _initial_of_name(text, initial.start())
            or text[mention.start : mention.end] != mention.name
        ):
            continue  # no initial, or a short form renamed after a longer one (the longer one is the name)
        full = text[initial.start() : mention.end]
        names.setdefault(full, (slugify(full), full, mention.kind))
        longer.setdefault(mention.name, names[full])
    for mention in found.mentions:
        if mention.name in longer and not mention.known:
            names.setdefault(text[mention.start : mention.end], longer[mention.name])
    return names


def _initial_of_name(text: str, start: int) -> bool:
    """Whether the initial at ``start`` opens a name: not after a capitalised word or a word that takes a letter."""
    word = _WORD_BEFORE_INITIAL.search(text, max(0, start - 24), start)
    if word is None:
        return True  # the start of a sentence, a parenthesis, a line
    before = word.group(1)
    return not before[0].isupper() and before.casefold() not in _LETTERED


def _extends(start: int, end: int, mention: CompanyMention) -> bool:
    """Whether ``start:end`` strictly contains ``mention``, an unknown name ("PSA" in "PSA Peugeot Citroën")."""
    inside = start <= mention.start and mention.end <= end
    return inside and not mention.known and mention.end - mention.start < end - start


def _after_first_name(text: str, start: int) -> bool:
    """Whether a first name stands right before ``start``: "Vincent Nourrisson" is the boss, not the firm."""
    if start == 0 or text[start - 1] != " ":
        return False
    space = text.rfind(" ", max(0, start - _MAX_WORD_CHARS), start - 1)
    return text[space + 1 : start - 1].casefold() in FIRST_NAMES


def _inside_short_form(text: str, start: int, end: int, short_forms: set[str]) -> bool:
    """Whether ``text[start:end]`` ends one of ``short_forms``, the leading words of a longer name the story gives.

    "Sealy" in "Tempur Sealy said", where the story named "Tempur Sealy International".
    """
    lower = max(0, start - _MAX_WORD_CHARS)
    space = max(text.rfind(" ", lower, start - 1), text.rfind("\n", lower, start - 1))
    before = text[space + 1 : start - 1] if start > 0 and text[start - 1] == " " else ""
    return before[:1].isupper() and f"{before} {text[start:end]}" in short_forms


_INITIALS = re.compile(r"(?:[A-Z]{1,3}|(?:[A-Z]\.){1,3})[ ]")
"""Initials before a company's short name ("HJ Heinz", "J.M. Smucker"): the story later drops them."""


_GROUP_HEADS = r"(?:Group|Groupe|Grupo|Holdings?)"


def _group_named(text: str, name: str) -> bool:
    """Whether the story names a group after ``name`` ("Woongjin Group", "Woongjin Holdings Co", « Groupe Brantex »).

    The name alone then stands for that parent group, a firm of its own, and no short form of a unit sharing its
    first word ("Woongjin Coway"): read as the unit, the group selling a stake in it became its own target.
    """
    escaped = re.escape(name)
    return re.search(rf"\b{escaped}[ ]{_GROUP_HEADS}\b|\b{_GROUP_HEADS}[ ]{escaped}\b", text) is not None


def _shortens(name: str, other: str) -> bool:
    """Whether ``name`` is ``other`` cut at its end ("GS Capital") or without its leading initials ("Heinz")."""
    if len(other) <= len(name):
        return False
    return other.startswith(name + " ") or (
        other.endswith(" " + name) and _INITIALS.fullmatch(other, 0, len(other) - len(name)) is not None
    )


def _unify_forms(found: _Found) -> _Names:
    """One identity for a short and a long form read in different passes ("PSA" ... "PSA Peugeot Citroën").

    The form the story uses more often names both ("Bell" for a story that once says "Bell Canada").
    """
    counts = Counter(m.name for m in found.mentions if not m.known and m.kind == "company")
    ids = {m.name: m.id for m in found.mentions if not m.known and m.kind == "company"}
    names: _Names = {}
    units = {m.name for m in found.mentions if named_as_unit(found.text, m)}  # "Lacroix City, sa division"
    multi_word = [name for name in counts if " " in name and name not in units]
    for short in counts:
        if _group_named(found.text, short):
            continue  # "Woongjin Group" beside "Woongjin Coway": the group is no short form of its unit
        longer = next((other for other in multi_word if _shortens(short, other)), None)
        if longer is not None:
            keep, drop = (short, longer) if counts[short] > counts[longer] else (longer, short)
            names[drop] = (ids[keep], keep, "company")
    return names


def _merge_prefixes(unknown: dict[str, str], text: str) -> _Names:
    """Give a short form of a longer name the longer one's id.

    "GS Capital" is "GS Capital Partners"; "Heinz" is "HJ Heinz"; but "Lacroix" is not "Lacroix City" where
    the story presents the longer one as a unit ("Lacroix City, sa division de ...").
    """
    names: _Names = {}
    ordered = sorted(unknown, key=len, reverse=True)
    for name in ordered:
        longer = next(
            (
                other
                for other in ordered
                if _shortens(name, other) and not _unit_in(text, other) and not _group_named(text, name)
            ),
            None,
        )
        full = longer if longer is not None else name
        names[name] = (unknown[full], full, "company")
    return names


_LIST_NEXT = re.compile(
    r"(?P<joint>,?[ ](?:et|and|or|ou[ ]encore|ou|ainsi[ ]que|as[ ]well[ ]as)[ ]|,[ ])(?:de[ ]|d'|du[ ])?"
    r"(?:la[ ]|le[ ]|l'|the[ ]|les[ ])?"
)
"""Before the next listed name, its article included: "LZF, Viswood et la Financière du Lignon"; "ou encore" closes
a French list as "et" does ("A, B, ou encore les Galeries Lafayette")."""
_LIST_PREVIOUS = re.compile(
    r"(?P<joint>,[ ]|,?[ ](?:et|and|or|ou|ainsi[ ]que|as[ ]well[ ]as)[ ])(?:the[ ]|le[ ]|la[ ]|l'|de[ ]|d'|du[ ])?$"
)
"""Before a listed name, its article included: "HMRC, Defra, the Department for ..."; a list may close on "ainsi que"
/ "as well as" before the found name ("A, B et C, ainsi que Found")."""
_LIST_TAIL = re.compile(
    rf"(?:,[ ](?:the[ ]|le[ ]|la[ ]|l'|de[ ]|d')?{_ORG_NAME})*,?[ ](?:et|and|or|ou|ainsi[ ]que|ou[ ]encore)[ ]\w"
)
"""The rest of a real list: more names, then "and"/"et" and a last name (not an appositive "X, Alexandr Wang, 28")."""


_LIST_REACH = 400
"""How far (chars) a list may run on after a name: bounds the work on a megabyte of "A, B, C, ..."."""


_MEMBER_TRAILER = re.compile(
    r"[ ]\([^()]{1,40}\)"
    r"|[ ](?:for|pour)[ ](?:about[ ]|around[ ]|some[ ]|environ[ ])?(?:US|C|A)?[$€£]?[ ]?\d(?:[\d.,]*\d)?"
    r"(?:[ ]?(?:billion|million|bn|mn|m|milliards?|millions?|Md|M)\b)?(?:[ ]?(?:d'euros|de[ ]dollars|€|\$|euros"
    r"|dollars)(?!\w))?"
)
"""What a listed company may carry before the next name: a place in brackets ("Maubrac (Loire) et Tessande"), its own
price ("Jet.com for $3 billion, Bonobos and ModCloth")."""


def _list_goes_on(text: str, pos: int) -> bool:
    return _LIST_TAIL.match(text, pos, pos + _LIST_REACH) is not None


def _listed_names(found: _Found, kb: KnowledgeBase, unlike: frozenset[str] = frozenset()) -> _Names:
    """Capitalised names coordinated with a found company ("Atlas Air, Southern Air and ATSG").

    After a comma the list must go on ("A, B and C"), so that "Meta, Zuckerberg said" adds nothing. Mentions whose
    id is in ``unlike`` start no list.
    """
    text = found.text
    names: _Names = {}
    queue = [mention for mention in found.mentions if mention.id not in unlike][:MAX_CANDIDATES]
    seen: set[int] = set()
    while queue and len(names) < MAX_UNKNOWN_ORGANISATIONS and len(seen) < MAX_CANDIDATES:
        mention = queue.pop()
        candidates: list[tuple[int, str]] = []
        end = kb.suffix_end(text, mention.end)  # "Indian Oil Corp and BPCL"
        trailer = _MEMBER_TRAILER.match(text, end)
        end = trailer.end() if trailer is not None else end
        joint = _LIST_NEXT.match(text, end)
        if joint is not None:
            match = _ORG_AT.match(text, joint.end())
            if match is not None and (joint.group("joint") != ", " or _list_goes_on(text, match.end())):
                joined = _AND_BODY.match(text, match.end())  # "Research and Development Authority": one body
                candidates.append((match.start(), text[match.start() : joined.end() if joined else match.end()]))
        before = _LIST_PREVIOUS.search(text, max(0, mention.start - 20), mention.start)
        if before is not None and (before.group("joint") != ", " or _list_goes_on(text, end)):
            previous = _name_ending_at(text, before.start() + 1)
            if previous is not None:
                candidates.append(previous)
        for start, raw in candidates:
            cleaned = _clean_org_name(text, raw, start)
            if cleaned is None or cleaned[0] in seen:
                continue
            first, name = cleaned
            name = _without_suffix(name, kb)
            seen.add(first)
            if _BARE_NUMBER.fullmatch(name.rsplit(" ", 1)[-1]):
                continue  # "celles avec Sunrise de 2012, et Swiss-Ski": a date closes the member before the list
            if found.blocked(first, first + len(name)) or _not_alone(name, kb):
                continue
            known = kb.lookup(name)
            if known is not None:
                if _other_case_of(name, known):  # "Qualcomm, Broadcom and ARM": the base's Arm, in capitals
                    names.setdefault(name, (known.id, known.name, "company"))
                continue
            if name in found.brands:
                continue  # "Pepsi, Lays, Doritos et Quaker" after "des marques telles que": products, not firms
            party_id = slugify(name) if mention.kind == "company" else "pb-" + slugify(name)
            names.setdefault(name, (party_id, name, mention.kind))  # a list of ministries lists ministries
            queue.append(CompanyMention(first, first + len(name), party_id, name, False, mention.kind))
    return names


def _late_list_outsiders(found: _Found, owned: _Names) -> frozenset[str]:
    """Ids of the mentions the late list pass starts from no list.

    Names read after a possessive, and names that open in lower case ("iPad"): a product's as often as a firm's.
    """
    lower = {mention.id for mention in found.mentions if mention.name[:1].islower()}
    return frozenset({identity[0] for identity in owned.values()} | lower)


def _other_case_of(surface: str, company: Company) -> bool:
    """Whether ``surface`` writes a knowledge-base name in another case than all the base's spellings.

    The base's finder reads a name only as the base writes it, and :mod:`case_variants` leaves a word in capitals
    alone (a ticker, a headline's word); listed with companies, "ARM" is the base's Arm. A surface the base spells
    this way was seen by the finder and set aside on purpose ("Harvey Schwartz").
    """
    return surface not in {company.name, *company.aliases}


_ACRONYM_AFTER = re.compile(r"[ ]\(([A-Z][A-Za-z0-9&]{1,7})\)")


_DEFINED_AFTER = re.compile(
    r"[ ]\((?:(?:hereinafter|ci-après)[ ](?:(?:referred[ ]to[ ]as|called|dénommée?|désignée?)[ ])?)?"
    r"(?P<quote>[\"'][ ]?)?(?P<short>[A-Z][\w&\-]{1,30}(?:[ ][A-Z][\w&\-]{1,30})?)(?(quote)[ ]?[\"'])\)"
)
"""A short name the story defines after a party: 'Firetrace USA ("Firetrace")', "(hereinafter Halvorn)"."""


def _defined_short_form(text: str, end: int, mention: CompanyMention) -> str | None:
    """The short name defined in parentheses right after ``mention``, or None.

    The story's own short form is the party's canonical name ("Firetrace" for 'Firetrace USA, LLC
    ("Firetrace")'); a company the knowledge base knows keeps its name there.

    Quoted ('("Firetrace")', "(« SocGen »)") or after "hereinafter" / "ci-après". A defined term that is
    no name ('(the "Company")', '("Buyer")') starts with an article, is a common word, or does not share
    the party's first letter.
    """
    match = _DEFINED_AFTER.match(text, end)
    if match is None or (match.group("quote") is None and text[end + 2 : end + 4] not in ("he", "ci")):
        return None
    short = match.group("short")
    if short == mention.name or short[0] != mention.name[0] or short.casefold() in NOT_NAMES:
        return None
    folded = short.casefold()
    return None if folded in KIND_NOUNS or _written_alone(folded, text) else short  # "buyer" in lower case


def _acronyms(found: _Found, kb: KnowledgeBase) -> _Names:
    """An acronym of a party names it too.

    In parentheses right after it ("ministère de la Santé (DHSC)"), or anywhere for the initials of an
    unknown party's name ("HM Revenue & Customs" ... "HMRC said").
    """
    names: _Names = {}
    unknown: dict[str, CompanyMention] = {}
    for mention in found.mentions:
        defined = _defined_short_form(found.text, kb.suffix_end(found.text, mention.end), mention)
        if defined is not None and defined not in names:
            identity = (
                (mention.id, mention.name, mention.kind) if mention.known else (slugify(defined), defined, "company")
            )
            names[defined] = names[found.text[mention.start : mention.end]] = identity
        match = _ACRONYM_AFTER.match(found.text, kb.suffix_end(found.text, mention.end))  # "X Ltd (XL)"
        if (
            match is not None
            and match.group(1).casefold() not in NOT_NAMES
            and match.group(1) not in names
            # "Ahluwalia Contracts (India) Ltd", "Nestlé (Malaysia) Bhd": a country inside the legal name, no acronym
            and match.group(1).casefold() not in PLACES
        ):
            identity = _acronym_identity(found, mention, match.group(1), kb)
            names[match.group(1)] = identity
            if identity[1] != mention.name:
                names[found.text[mention.start : mention.end]] = identity
        if not mention.known and mention.kind != "unnamed":
            unknown.setdefault(mention.name, mention)
    known = {mention.name: mention for mention in found.mentions if mention.known}
    for name, mention in unknown.items():  # once per name: a long article repeats its names thousands of times
        initials = initials_of(name)
        if len(initials) >= _MIN_INITIALS and _written_alone(initials, found.text):
            names.setdefault(initials, (mention.id, mention.name, mention.kind))
        elif (short := known.get(initials)) is not None and mention.kind == short.kind:
            # "Hewlett-Packard Co." then "HP" (known): the long form names the known company; two
            # letters tie the two only because the story itself writes the known acronym alone.
            names.setdefault(name, (short.id, short.name, short.kind))
    return names


def _acronym_identity(found: _Found, mention: CompanyMention, acronym: str, kb: KnowledgeBase) -> _Identity:
    """The identity a company and its parenthesised acronym share: the form the story uses more often.

    "Himachal Futuristic Communications (HFCL)" then "HFCL said" three times is HFCL, as readers know it;
    a tie keeps the long name, as does a headline that writes the long one ("British Airways could ...").
    A public body keeps its full name, as does a unit of a known parent ("Derichebourg Multiservices (DMS)"),
    whose long name says whose unit it is.
    """
    identity = (mention.id, mention.name, mention.kind)
    words = mention.name.split(" ")
    if mention.known or mention.kind != "company" or kb.lookup(words[0]) is not None:
        return identity
    if not _BODY_HEADS.isdisjoint(word.casefold() for word in words):
        return identity  # "Nuclear Decommissioning Authority (NDA)": a body read as a company keeps its title
    text = found.text
    if mention.name in text[: max(0, text.find("\n"))]:
        return identity  # "British Airways could ..." in the headline: the headline's form is how readers know it
    alone = len(re.findall(rf"(?<![\w\-(]){re.escape(acronym)}(?![\w\-])", text))  # not the "(HFCL)" itself
    written = sum(1 for m in found.mentions if m.id == mention.id)
    return (slugify(acronym), acronym, "company") if alone > written else identity


def _ampersand_initials(found: _Found) -> _Names:
    """The initials around the "&" of a company's name name it too: "M&S" for Marks & Spencer, "J&J", "P & G"."""
    names: _Names = {}
    for mention in found.mentions:
        if mention.kind != "company" or " & " not in mention.name:
            continue
        left, _, right = mention.name.partition(" & ")
        for joint in ("&", " & "):
            short = joint.join("".join(word[0] for word in part.split()) for part in (left, right))
            if short.replace("&", "").replace(" ", "").isupper() and short not in names and short in found.text:
                names[short] = (mention.id, mention.name, "company")
    return names


_MIN_INITIALS = 3
_MIN_INITIAL_WORDS = 2
"""Two letters name too many things ("CE", "UK") to tie them to a party's initials; one word has none."""
_NOT_INITIALS = frozenset({
    "of", "the", "and", "for", "de", "du", "des", "la", "le", "les", "l", "d", "pour", "et", "&",
})  # fmt: skip


_BODY_ACRONYM = re.compile(r"[A-Z][A-Za-z]{1,5}")
"""A public body's acronym as reporters write it: "MOD", "MoD", "USDA", "HHS"."""
_SMALL_WORDS = frozenset({"of", "the", "and", "for", "&"})


def _body_acronyms(found: _Found) -> _Names:
    """The acronyms of a public body the story names in full, read as that body ("the MoD", "USDA").

    "Ministry of Defence" then "the MoD", "U.S. Department of Agriculture" then "the USDA": the acronym is found as
    a party of its own (a body or an unknown company), and two ids for one buyer double its award. An acronym takes
    the full name's identity when its letters (case aside) are the full name's initials (:func:`_loose_initials`).
    """
    full = [m for m in found.mentions if m.kind == "public_body" and " " in m.name]
    names: _Names = {}
    for mention in found.mentions:
        surface = found.text[mention.start : mention.end]
        if mention.kind == "unnamed" or mention.known or not _BODY_ACRONYM.fullmatch(surface):
            continue
        body = next((m for m in full if surface.casefold() in _loose_initials(m.name)), None)
        if body is not None and body.id != mention.id:
            names[surface] = (body.id, body.name, body.kind)
    return names


def _loose_initials(name: str) -> set[str]:
    """Folded initials of a body's name, with and without its small words and a country code before it.

    "UK Ministry of Defence": MOD, MD, UKMOD, UKMD; the words after its first "of" too ("U.S. Department of Health
    and Human Services": HHS). One letter alone is no acronym.
    """
    words = [part for word in name.split(" ") for part in (word.split(".") if "." in word else [word]) if part]
    tail = words[words.index("of") + 1 :] if "of" in words else []
    head = words[1:] if words and words[0].isupper() else []
    variants = [part for run in (words, head) for part in (run, [w for w in run if w.casefold() not in _SMALL_WORDS])]
    variants.append([w for w in tail if w.casefold() not in _SMALL_WORDS])
    return {"".join(w[0] for w in variant).casefold() for variant in variants if len(variant) >= _MIN_INITIAL_WORDS}


@lru_cache(maxsize=1024)
def initials_of(name: str) -> str:
    """The acronym of a name of several words: "HM Revenue & Customs" -> "HMRC", "Work and Pensions" -> "WP"."""
    words = [word for word in re.split(r"[ '\-]", name) if word and word.casefold() not in _NOT_INITIALS]
    if len(words) < _MIN_INITIAL_WORDS:
        return ""
    return "".join(word if word.isupper() and word.isalpha() else word[0].upper() for word in words)


def find_unnamed(text: str, folded: str) -> list[CompanyMention]:
    """Parties described but not named ("a large US retailer", "un grand donneur d'ordres"), kind ``unnamed``."""
    return [
        CompanyMention(start, end, party_id, name, False, "unnamed")
        for start, end, party_id, name in find_unnamed_parties(text, folded)
    ]


_PARTICLES = frozenset({"de", "du", "van", "von", "da", "di", "del", "der", "le", "ben", "bin"})
_TITLE_ENDS = frozenset({"officer", "director", "executive", "president", "chairman", "manager", "secretary"})


def person_name(name: str, start: int, starts: list[int], companies: list[CompanyMention]) -> str | None:
    """Return ``name`` found at ``start``, cut before any company name inside it, or None when no name is left.

    "Jason Droege de Scale" (from "... de Scale AI") gives "Jason Droege".
    """
    whole = name
    index = bisect_left(starts, start + len(name)) - 1
    while index >= 0 and companies[index].end > start:
        name = name[: max(0, companies[index].start - start)]
        index -= 1
    words = name.split()
    if name != whole and len(words) == 2 and words[1].casefold() in _PARTICLES and words[0].casefold() in FIRST_NAMES:  # noqa: PLR2004
        return whole  # "Francesco De Ferrari", "Luca de Meo": a first name and a particle make the company a surname
    while words and words[-1] in _PARTICLES:
        words.pop()
    if (
        len(words) < _MIN_PERSON_WORDS
        or words[0].casefold() in _PERSON_NOT_NAMES
        or words[-1].casefold() in _TITLE_ENDS  # "Chief Merchandising Officer": a title, nobody
    ):
        return None
    kept = " ".join(words)
    return None if kept.casefold() in PLACES else kept  # "North America", "Hong Kong": a place


def _company_after(text: str, pos: int, companies: list[CompanyMention], starts: list[int]) -> CompanyMention | None:
    index = bisect_left(starts, pos)
    if index < len(companies):
        company = companies[index]
        if company.start <= pos + 24 and _OF_COMPANY.match(text[pos : company.start]):
            return company
    return None


def _company_before(text: str, pos: int, companies: list[CompanyMention], starts: list[int]) -> CompanyMention | None:
    index = bisect_left(starts, pos) - 1
    if index >= 0:
        company = companies[index]
        if pos - 4 <= company.end <= pos and _COMPANY_POSSESSIVE.match(text[company.end : pos]):
            return company
    return None


@dataclass(frozen=True, slots=True)
class RoleFact:
    """``person`` holds ``role`` (at ``company_id`` when stated); the role words end at ``end``."""

    person: str
    role: str
    company_id: str | None
    start: int
    end: int


def find_roles(
    text: str, role_cues: list[Cue], companies: list[CompanyMention], sentences: list[tuple[int, int]]
) -> list[RoleFact]:
    """Attach role words to the person and company around them.

    Reads "le fondateur et PDG de Scale AI, Alexandr Wang", "Mark Zuckerberg, PDG de Meta",
    "OpenAI CEO Sam Altman" and "Sarah Friar, OpenAI's CFO".
    """
    facts: list[RoleFact] = []
    groups: list[list[Cue]] = []
    for cue in role_cues:
        if groups and _ROLE_JOIN.match(text[groups[-1][-1].end : cue.start]):
            groups[-1].append(cue)
        else:
            groups.append([cue])
    starts = [company.start for company in companies]
    sentence_index = 0
    for group in groups:
        first, last = group[0], group[-1]
        while sentence_index < len(sentences) - 1 and sentences[sentence_index][1] < first.start:
            sentence_index += 1
        s_start, s_end = sentences[sentence_index] if sentences else (0, len(text))
        company = _company_after(text, last.end, companies, starts)
        after_pos = company.end if company else last.end
        if company is None:
            company = _company_before(text, first.start, companies, starts)
        person = None
        match = _PERSON_AFTER.match(text, after_pos, s_end)
        if match:
            person = person_name(match.group(1), match.start(1), starts, companies)
        if person is None:
            window_start = max(s_start, first.start - 60)
            before = _PERSON_BEFORE.search(text, window_start, first.start)
            if before is None and company is not None and company.end <= first.start:
                before = _PERSON_BEFORE.search(text, max(s_start, company.start - 60), company.start)
            if before:
                person = person_name(before.group(1), before.start(1), starts, companies)
        if person is None:
            continue
        for cue in group:
            facts.append(RoleFact(person, cue.detail, company.id if company else None, first.start, last.end))
    return facts


def find_people(
    text: str, sentence: tuple[int, int], companies: list[CompanyMention], starts: list[int]
) -> list[tuple[int, str]]:
    """Return ``(start, name)`` of capitalised two- or three-word names in one sentence, companies excluded."""
    found = []
    for match in _PERSON.finditer(text, sentence[0], sentence[1]):
        name = person_name(match.group(0), match.start(), starts, companies)
        if name is not None:
            found.append((match.start(), name))
    return found
