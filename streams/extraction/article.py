"""One prepared article: normalised text, sentences and every mention, indexed by position."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, replace
from datetime import datetime
from functools import cached_property
from typing import TypeVar

from schemas.news import Language
from streams.extraction.clauses import Clauses, analyse
from streams.extraction.cues import (
    APPOSED_BACKER_INTROS,
    BACKED_INTROS,
    LEAD_INTROS,
    Cue,
    conjunctions,
    find_cues,
    source_openers,
)
from streams.extraction.knowledge_base import KnowledgeBase
from streams.extraction.language import detect_language
from streams.extraction.mentions import (
    CompanyMention,
    RoleFact,
    find_companies,
    find_roles,
    find_unnamed,
    named_as_unit,
)
from streams.extraction.org_context import ANAPHOR_KINDS_EN, ANAPHOR_KINDS_FR, KIND_NOUNS, PLACES
from streams.extraction.quantities import (
    DateMention,
    MoneyMention,
    PercentMention,
    PeriodMention,
    find_dates,
    find_money,
    find_percents,
    find_periods,
)
from streams.extraction.quotes import speaker_mentions
from streams.extraction.supply_direction import supply_links
from streams.extraction.tables import MARKER_FAMILIES
from streams.extraction.text import fold_case, normalise, split_sentences

_NATIONALITIES_FR = (
    "américain",
    "chinois",
    "allemand",
    "japonais",
    "britannique",
    "italien",
    "espagnol",
    "suédois",
    "suisse",
    "néerlandais",
    "coréen",
    "sud-coréen",
    "indien",
    "canadien",
    "belge",
    "danois",
    "norvégien",
    "finlandais",
)
"""French press names a company by its nationality alone once it is introduced: "Désormais, le Chinois double sa
participation" is Tencent."""
_NATIONALITY_BEFORE = re.compile(
    r"\b(?:l'|la |le )(" + "|".join(_NATIONALITIES_FR) + r")(?:ne|e)?[ ]?(?:[a-zà-ÿ']{1,12}[ ]){0,3}$"
)
"""A nationality standing for a company, right before a verb: "le Chinois double sa participation"."""
_NATIONALITY_OF_NAME = "\\b{}(?:ne|e)?s?[ ](?:[a-z\\-]+[ ]){{0,2}}$"
"""Before a name, the nationality the story introduces it with: "le géant chinois Tencent", "le chinois Tencent",
"Italian robot maker Comau" (a kind of at most two words between)."""
_RANK = r"(?:no\.[ ]?\d{1,2}|number (?:one|two|three)|(?:second-|third-)?(?:biggest|largest)|top|leading)"
"""A rank that makes a description point to one company: "No. 1", "second-largest"."""
_DEMONSTRATIVE_KINDS_FR = (
    "entreprise", "société", "groupe", "firme", "start-up", "startup", "jeune pousse", "pme", "filiale", "compagnie",
    "enseigne", "industriel", "fabricant", "équipementier", "constructeur", "laboratoire",
)  # fmt: skip
"""Kinds a French demonstrative points back with to a firm (« Cette entreprise vient de prendre 50 % de Y »); not
« ce fonds », which as often is the money raised (« Ce fonds a été levé auprès de X »)."""
_ANAPHORS = (
    r"(?:(?:cette |cet |ce )(?:(?:jeune|petite?|nouvelle?) )?(?:"
    + "|".join(_DEMONSTRATIVE_KINDS_FR)
    + r")|(?:l'|la |le )(?:(?:jeune|petite?|nouvelle?|grande?|même) )?(?:"
    + "|".join(sorted((*ANAPHOR_KINDS_FR, *_NATIONALITIES_FR, "jeune pousse", "tpe"), key=len, reverse=True))
    + r")|the (?:[a-z.\-]{1,20} ){0,2}(?:"
    + "|".join(sorted((*ANAPHOR_KINDS_EN, "business"), key=len, reverse=True))
    + r")"
    r"|the (?:[a-z.\-]{1,20} )?(?:fmcg|auto|it|pharma|telecom|steel|oil|cement|tech|software|consumer|retail|mining"
    r"|energy|power|realty|media|food|metals?|engineering|chemicals?|e-commerce|aviation|defence|defense) major"
    r"|(?:the world|"
    + "|".join(sorted(PLACES, key=len, reverse=True))
    + r")'s[ ]"
    + _RANK
    + r"[ ](?:[a-z.\-]{1,20} )?(?:"
    + "|".join(sorted(ANAPHOR_KINDS_EN, key=len, reverse=True))
    + r")"
    r"|elle|it)\b"
)
"""Definite descriptions that point back to a company: "la start-up", "the data-labelling company", a French
demonstrative (« Cette entreprise vient de prendre 50 % du capital de Y », session 26), and a rank in
a country or the world ("Japan's No. 1 carmaker", "the world's largest brewer")."""
OWNER_PREFIX = re.compile(r"-(?:controlled|owned|backed|funded|led|contrôlée?|détenue?)[ ]")
"""After a company: "Walmart-controlled Flipkart" names Flipkart's owner, not the sentence's subject."""
_ANAPHOR = re.compile(r"[ ]?" + _ANAPHORS)
_KIND_NAMED = re.compile(r"[ ]?(?:The|La|Le|L')[ ]?(?:[A-Z][\w.\-]*[ ]){0,2}[A-Z][\w.\-]*[ ](?:of|de|du|des)[ ][A-Z]")
"""A description's words written as a name: "The Bank of London", "La Caisse des Dépôts"."""
_ANAPHOR_BEFORE = re.compile(r"\b" + _ANAPHORS + r"[ ]?(?:[a-zà-ÿ']{1,12}[ ]){0,3}$")
_ANAPHOR_OWNS = re.compile(r"\b" + _ANAPHORS + r"'s[ ]$")
"""Right before a figure: whose it is, told by a description ("the Wisconsin-based group's $2.2 billion")."""
_OF_DESCRIBED = re.compile(
    r"[ ](?:of[ ]the[ ](?:[a-z.\-]{1,20}[ ]){0,2}(?:company|group|firm|business|maker|manufacturer|supplier|retailer)"
    r"|(?:du|de[ ]la|de[ ]l')[ ]?(?:groupe|société|entreprise|constructeur|fabricant|équipementier|distributeur"
    r"|enseigne|firme|start-up|jeune pousse|pme))\b"
)
"""After a figure's noun: whose it is, told by a description ("du chiffre d'affaires du groupe")."""

_KIND_FAMILIES = {
    "bank": "bank", "lender": "bank", "banque": "bank", "insurer": "insurer", "assureur": "insurer",
    "carmaker": "car", "automaker": "car", "chipmaker": "chip", "foundry": "chip", "drugmaker": "drug",
    "laboratoire": "drug", "biotech": "drug", "airline": "airline", "retailer": "retail", "grocer": "retail",
    "supermarket": "retail",
    "enseigne": "retail", "magasins": "retail", "supermarchés": "retail", "hypermarchés": "retail",
    "fund": "fund", "fonds": "fund", "planemaker": "plane", "avionneur": "plane",
    "miner": "mining", "utility": "utility", "énergéticien": "utility", "steelmaker": "steel",
    "sidérurgiste": "steel", "brewer": "brewer", "brasseur": "brewer", "cimentier": "cement",
    "pétrolier": "oil", "refiner": "oil", "telco": "telecom", "broadcaster": "media",
}  # fmt: skip
"""Kind nouns that name a trade: "the bank" cannot stand for a company the story calls a carmaker."""
_KIND_WORDS = "|".join(sorted(_KIND_FAMILIES, key=len, reverse=True))
_KIND_BEFORE_NAME = re.compile(rf"\b({_KIND_WORDS})[ ](?:[a-zà-ÿ\-]{{2,15}}[ ]){{0,2}}$")
"""Right before a name, the trade the story gives it: "carmaker Volkswagen", "le brasseur néerlandais Heineken"."""
_KIND_AFTER_NAME = re.compile(rf",[ ](?:the|a|an|le|la|l'|un|une)[ ]?(?:[a-zà-ÿ\-]{{2,15}}[ ]){{0,3}}({_KIND_WORDS})\b")
"""Right after a name, in apposition: "Volkswagen, the German carmaker"."""
_ANAPHOR_KIND = re.compile(rf"\b({_KIND_WORDS})\b")
_ANAPHOR_ANY = re.compile(r"\b" + _ANAPHORS)
_NAME_NEXT = re.compile(
    r"(?:[ ][a-zà-ÿ\-]{2,15}(?:ais|aise|ois|oise|ain|aine|ien|ienne|ique|éen|éenne|and|ande|al|ale|ois))?"
    r"[ ][A-ZÀ-Ý][a-zà-ÿA-Z&\-]+"
)
"""After a kind noun: a capitalised name, maybe after an adjective of origin ("le fonds britannique Amber")."""


_OWNED_BY = re.compile(
    r"'s (?:\([A-Za-z]{2,10}[ ]?:[ ]?[A-Z.]{1,8}\) )?"
    r"(?:(?:[a-z\-]{1,20} ){0,3}(?:unit|subsidiary|division|arm|affiliate"
    # Session 15: a rival or a parent named through a possessive ("Renault's competitor Volkswagen", "Ford's rival
    # General Motors") is the party, not the possessive. Not "client" or "supplier": "M&C Saatchi's client British
    # Airways" tells the very relation a reader wants, with both parties.
    r"|rivals?|competitors?|arch-?rivals?|peers?|parent|sister company) )?"
)
"""Between an owner and its unit: "Alphabet's Google", "Alphabet's (NASDAQ:GOOGL) Google", "UnitedHealth's pharmacy
benefit unit OptumRx"; or between a company and another it describes by their relation ("Ford's rival General
Motors"). Either way the first is a modifier, skipped as a party."""

_FRONTED_PHRASE = re.compile(
    r"[ \n]{0,3}(?:without|with|after|despite|excluding|apart from|besides|unlike|thanks to|because of|due to|sans"
    r"|amid|in the middle of|in the midst of|in the wake of|as|while|when|whereas|even as"
    r"|(?:(?:a|one|two|three|four|five|six|a few|several)[ ](?:days?|weeks?|months?|years?)[ ])(?:after|before)"
    r"|before|(?:unhappy|dissatisfied|frustrated|disappointed|pleased|satisfied|impressed)[ ](?:with|by)"
    r"|avec|après|malgré|hors|grâce à|outre|contrairement à|en raison de|à cause de)\b[^,;]{0,200},[ ]"
    r"|[ \n]{0,3}(?:en[ ]raison|à[ ]cause|à[ ]l'(?:expiration|issue|échéance)|au[ ]terme)[ ]d(?:e[ ]|u[ ]|es[ ]|')"
    r"[^,;]{0,200},[ ]"
)
"""A prepositional phrase opening a sentence, before its subject: "Without the sale of its stake to Nestle, L'Oreal's
net profit would have ...", "Après avoir cédé sa filiale à Y, X ...", "As rivals were throwing Y out, X dumped Z",
"Two weeks after moving its media buying to Y, X ...", "Unhappy with Y's service, X ...", "À l'expiration de son
entente avec Y, X ...": a company named in it is not the subject."""
_LIST_JOINT = re.compile(r",[ ]|,?[ ](?:et|and)[ ](?:la[ ]|le[ ]|l'|the[ ])?")
_ANTECEDENT_GAP = 3
"""At most this many chars between a company and the ", which" that refers to it."""
_NAME_TAIL = re.compile(
    r"[ ](?:Group|Groupe|Holdings?|Inc|Corp|Ltd|Plc|PLC|SA|AG|SE|NV|Co|GmbH|SAS|SARL|LLC|Limited|BV|SpA)\b\.?"
)
"""A legal or group word the company mention may leave out: "Halvard Group", "Acme Inc."."""
_APPOSED = re.compile(r",[ ](?:the|a|an|its|le|la|l'|un|une|son|sa)[ ]?[^,;.()]{1,60}")
"""Between a company and the relative clause about it: one apposition describing it (", the holding company of ...")."""

PAYMENT_REACH = 60
"""How far (chars) after "pays" / "verser" the amount paid must start."""


_T = TypeVar("_T")


def _start(mention: CompanyMention) -> int:
    return mention.start


def _within(items: list[_T], starts: list[int], start: int, end: int) -> list[_T]:
    return items[bisect_left(starts, start) : bisect_left(starts, end)]


_RUBRIC_COLON = re.compile(r"[ ]?:[ ]+(?:(?:le|la|les|l'|the|its|sa|son|ses)[ ]?)?(?:(?P<kind>[\w\-]+)[ ])?")
"""After a headline's label: the colon, then the article or kind noun the clause's own subject may carry."""


def without_rubric(folded: str, companies: list[CompanyMention]) -> list[CompanyMention]:
    """The sentence's companies without a wire's label when the clause after its colon names its own subject.

    "WPP: Mindshare aurait perdu le budget HSBC", « PUBLICIS : l'agence Leo Burnett perd le budget X »: the label
    files the news under the listed group; the unit after the colon acts, and the group is no party of the fact.
    A label followed by the fact's verb ("Halma : acquires X") is the one acting and stays.
    """
    if len(companies) <= 1:
        return companies
    label, subject = companies[0], companies[1]
    colon = _RUBRIC_COLON.match(folded, label.end)
    if colon is None or label.start != _sentence_start(folded, label.start):
        return companies
    kind = colon.group("kind")
    right_after = colon.start("kind") if kind is not None else colon.end()  # "WPP: Mindshare", "Intercités : la SNCF"
    after_kind = kind in KIND_NOUNS and subject.start == colon.end()  # "PUBLICIS : l'agence Leo Burnett"
    return companies[1:] if subject.start == right_after or after_kind else companies


_CREDIT_DASH = re.compile(r"[ ]?[-\u2013\u2014][ ]")
"""After a wire's name opening the story: the dash of its credit ("TradeDesk.com - Orvane said ...")."""
_CREDIT_LINE = re.compile(r"(?:(?:story|article|report|content)[ ](?:was[ ])?provided[ ]by|source:)[ ]$", re.I)
"""Right before a wire's name on the line that closes the story: "Story provided by X", "Source: X"."""
_WEB_NAME = re.compile(r"[\w\-]+\.(?:com|net|co\.uk|com\.au|co\.za|in)")
"""A web address: a news site's name, not a firm's (a site firm such as "Booking.com" is never a story's credit)."""


def _without_wire_credits(text: str, companies: list[CompanyMention]) -> list[CompanyMention]:
    """The companies without the wire that credits the story, in every place it is written.

    "TradeDesk.com - Payments group Orvane said it had won ..." then "Story provided by TradeDesk.com": the site
    opening the story with a dash, then credited again or named by its web address, reports the news and is no
    party of it. A firm opening a line with a dash and named nowhere as a credit ("Orvane plc - Contract win")
    keeps its mentions.
    """
    credits: set[str] = set()
    credited: set[str] = set()
    for mention in companies:
        line = text.rfind("\n", 0, mention.start) + 1
        if _CREDIT_LINE.search(text, max(line, mention.start - 30), mention.start) is not None:
            credited.add(mention.id)
        elif mention.start == line and _CREDIT_DASH.match(text, mention.end) is not None:
            credits.add(mention.id)
    wires = {
        mention.id
        for mention in companies
        if mention.id in credits and (mention.id in credited or _WEB_NAME.fullmatch(mention.name) is not None)
    }
    return [mention for mention in companies if mention.id not in wires] if wires else companies


_ORIGIN_BEFORE = re.compile(
    r"(?<=[a-z][ ])(?:[A-Z][\w.]*[ ]){0,2}(?:[A-Z][\w.]*,[ ])?[A-Z][\w.]*-(?:based|headquartered)[ ]$"
)
"""Right before a name, after a lower-case word (a verb or a preposition): where the firm is from ("is dropping
U.K.-based Dialog", "picked Palo Alto, California-based HP")."""
_ORIGIN_REACH = 50


def _with_origins(text: str, companies: list[CompanyMention]) -> list[CompanyMention]:
    """The companies, each one told after its origin ("dropped Paris-based Zentrix") starting at the origin.

    Readers look for a verb's object right after the verb, with at most an article between: the origin is part of
    how the object is named, so the mention covers it (its name stays the firm's own).
    """
    widened: list[CompanyMention] = []
    previous_end = 0
    for mention in companies:
        origin = _ORIGIN_BEFORE.search(text, max(previous_end, mention.start - _ORIGIN_REACH), mention.start)
        widened.append(replace(mention, start=origin.start()) if origin is not None else mention)
        previous_end = max(previous_end, mention.end)
    return widened


def _sentence_start(folded: str, pos: int) -> int:
    """Where the line holding ``pos`` starts: a label opens its headline or its line."""
    return folded.rfind("\n", 0, pos) + 1


@dataclass(frozen=True, slots=True)
class Named:
    """A person named at ``start:end`` of the text, by their full name."""

    start: int
    end: int
    name: str


@dataclass(slots=True)
class Sentence:
    """One sentence and the mentions inside it."""

    index: int
    start: int
    end: int
    companies: list[CompanyMention]
    money: list[MoneyMention]
    percents: list[PercentMention]
    cues: list[Cue]
    periods: list[PeriodMention]
    dates: list[DateMention]
    owners: frozenset[int]
    clauses: Clauses
    text: str
    """The whole article's text (offsets index it), to read what stands between mentions."""

    def company_before(self, pos: int, exclude: str | None = None) -> CompanyMention | None:
        """The first company of ``pos``'s clause that ends before ``pos`` (the grammatical subject, usually).

        An owner in "Alphabet's Google" is skipped: the subsidiary is the one acting. Companies in
        an aside (attribution, contrast, relative clause) are skipped; inside a relative clause with
        no company of its own, the company the clause hangs on ("Google, which ...") is the subject.
        """
        clause_start, _ = self.clauses.span_of(pos)
        for company in self.companies:
            if company.end > pos:
                break
            if company.start < clause_start or company.id == exclude or company.start in self.owners:
                continue
            if self.clauses.visible(company.start, company.end, pos):
                return company
        aside = self.clauses.aside_at(pos)
        if aside is not None and aside[2] == "relative":
            antecedent = next(
                (c for c in reversed(self.companies) if c.end <= aside[0] and self.hangs_on(c, aside[0])), None
            )
            if antecedent is not None and antecedent.id != exclude:
                return antecedent
        return None

    def hangs_on(self, antecedent: CompanyMention, relative: int) -> bool:
        """Whether the relative clause at ``relative`` is about ``antecedent``: right after it, or after its apposition.

        "Exor, the Agnelli family's holding company, which raised its stake ...": the description is Exor's.
        """
        tail = _NAME_TAIL.match(self.text, antecedent.end)
        end = tail.end() if tail is not None else antecedent.end  # "Halvard Group, which": the mention is "Halvard"
        if relative - end <= _ANTECEDENT_GAP:
            return True
        return _APPOSED.fullmatch(self.text, end, relative) is not None

    def describes_other(self, company: CompanyMention, pos: int, party: CompanyMention | None) -> bool:
        """Whether ``company`` sits in an aside (one ``pos`` is not in) about a company other than ``party``.

        In "X, which counts Y as a customer, said Z would end its contract", Y is X's customer, not Z's supplier.
        """
        if not self.clauses.in_aside(company.start, company.end, pos):
            return False
        aside = self.clauses.aside_at(company.start)
        return party is None or aside is None or not (party.end <= aside[0] and self.hangs_on(party, aside[0]))

    def first_company_before(self, pos: int, exclude: str | None = None) -> CompanyMention | None:
        """The sentence's first company that ends before ``pos``, in any clause (the teller of "Y said X ...").

        Unlike :meth:`company_before`, which keeps to ``pos``'s clause and skips owners and asides.
        """
        return next((c for c in self.companies if c.end <= pos and c.id != exclude), None)

    def percent_after(self, pos: int, within: int) -> PercentMention | None:
        """The sentence's first percentage starting at ``pos`` or at most ``within`` chars after it."""
        return next((p for p in self.percents if pos <= p.start <= pos + within), None)

    def company_after(self, pos: int, exclude: str | None = None, within: int = 10_000) -> CompanyMention | None:
        """The first company of ``pos``'s clause starting at or after ``pos`` (and within ``within`` chars).

        An owner in "picked Alphabet's Google Cloud" stands for its unit, named right after it (as in
        :meth:`company_before`, the unit is the party).
        """
        _, clause_end = self.clauses.span_of(pos)
        for index, company in enumerate(self.companies):
            if company.start >= clause_end:
                return None
            if company.start >= pos and company.id != exclude and self.clauses.visible(company.start, company.end, pos):
                if company.start - pos > within:
                    return None
                owned = self.companies[index + 1] if company.start in self.owners else None
                return owned if owned is not None and owned.id != exclude else company
        return None


def in_attribution(sentence: Sentence, company: CompanyMention) -> bool:
    """Whether ``company`` is a source the sentence cites ("according to Jefferies"), never what "the company" means.

    Also a source named right after its phrase with no comma to close an aside ("analysts polled by Thomson Reuters
    expect the company to ..."): the company meant is the story's, not the pollster.
    """
    return any(
        kind == "attribution" and start <= company.start < end for start, end, kind in sentence.clauses.hidden
    ) or any(cue.detail == "attribution_prefix" and 0 <= company.start - cue.end <= 1 for cue in sentence.cues)


_PRONOUN_SUBJECT = re.compile(
    r"[ \"'(«]*(?:[^,;.]{0,40},[ ]|(?:[a-z0-9à-ÿ'\-]{1,12}[ ]){0,4})?(?:it|il|elle)[ ]"
    r"(?!(?:is|was|'s|seems|appears|comes|came|remains|means|est|s'agit|y[ ]a|faut|semble|reste)\b)"
)
"""A sentence opening on a subject pronoun, maybe after a short fronted phrase ("Earlier this year it won", "En 2020,
il a signé"), not an impersonal one ("it is expected that", "il s'agit de", "il y a")."""
_UNIT_OPENS = re.compile(
    r"(?:the|this|that|cette|cet|la|l')[ ]?(?:[a-zà-ÿ\-]{2,15}[ ])?"
    r"(?:unit|division|subsidiary|business|activité|filiale|branche)\b"
)
"""A sentence opening on a unit: "The unit had sales of ...", "Cette activité historique a réalisé ..."."""
_LATTER_OPENS = re.compile(r"(?:cette[ ]dernière|ce[ ]dernier|the[ ]latter)\b")
"""A sentence opening on "the latter": the last company the sentence before names ("X a cédé Y à Z. Cette dernière,
forte de 94 millions d'euros de chiffre d'affaires, ..." is Z), not its first."""
_OWNER_OF_UNIT = re.compile(r"(?:the|la|le|l')[ ]?$")
_UNIT_AFTER_OWNER = re.compile(r"(?:'s)?[ ](?:[a-z\-]{1,15}[ ]){0,2}(?:unit|subsidiary|division|arm)\b")
_UNIT_REACH = 12
"""From "the" to the owner's name in "the Alphabet Inc. unit"."""
_APPOSITION_REACH = 60
_BACKED_COPULA = re.compile(
    r"[ ](?:is|was|has[ ]been|had[ ]been|est|était|a[ ]été|avait[ ]été)[ ]"
    r"(?:(?:also|already|heavily|largely|partly|notably|aussi|déjà|également|notamment|fortement)[ ])?$"
)
"""Before a backing participle: its copula, so the sentence names a company's backers."""
_COPULA_REACH = 30
"""From the comma opening an apposition to its "backed by": ", the Swedish battery startup backed by "."""


def _units_for_owners(folded: str, companies: list[CompanyMention], kb: KnowledgeBase) -> list[CompanyMention]:
    """Read "the Alphabet unit" as the unit the story names elsewhere (Google), not as its owner.

    A known owner between "the" and "unit / subsidiary / division / arm" describes one of its units: the
    article's known company whose parent it is (the first named) takes its place. With none, the owner stays.
    """
    units: dict[str, CompanyMention] = {}
    for company in companies:
        known = kb.get(company.id) if company.known else None
        if known is not None and known.parent is not None:
            units.setdefault(known.parent, company)
    if not units:
        return companies
    return [
        replace(company, id=unit.id, name=unit.name)
        if (unit := units.get(company.id)) is not None
        and _OWNER_OF_UNIT.search(folded, max(0, company.start - _UNIT_REACH), company.start)
        and _UNIT_AFTER_OWNER.match(folded, company.end)
        else company
        for company in companies
    ]


class Article:
    """Text, language and every mention of one news item, computed once."""

    def __init__(self, text: str, language: Language | None, published_at: datetime | None, kb: KnowledgeBase):
        self.text = normalise(text)
        self.folded = fold_case(self.text)
        self.language: Language = language or detect_language(self.folded)
        self.published_at = published_at
        self.spans = split_sentences(self.text)
        self.cues = find_cues(self.folded, self.language, self.text)
        named = _without_wire_credits(
            self.text,
            _units_for_owners(self.folded, find_companies(self.text, self.folded, kb, self.cues, self.language), kb),
        )
        self.companies = _with_origins(
            self.text, sorted([*named, *speaker_mentions(self.folded, self.language, self.spans, named)], key=_start)
        )
        self.money = find_money(self.text, self.folded, self.language)
        self.percents = find_percents(self.text)
        self.periods = find_periods(self.folded, published_at)
        self.roles: list[RoleFact] = find_roles(
            self.text,
            [cue for cue in self.cues if cue.family == "role" and cue.detail != "other"],
            self.companies,
            self.spans,
        )
        self._company_starts = [c.start for c in self.companies]
        self._starts = {
            "money": [m.start for m in self.money],
            "percents": [p.start for p in self.percents],
            "cues": [c.start for c in self.cues],
            "periods": [p.start for p in self.periods],
            "sentences": [span[0] for span in self.spans],
        }
        self._owners = frozenset(
            first.start
            for first, second in zip(self.companies, self.companies[1:], strict=False)
            if _OWNED_BY.fullmatch(self.text, first.end, second.start)
        )
        self._sentences: list[Sentence | None] = [None] * len(self.spans)
        self.people: dict[int, list[Named]] = {}
        """People of each sentence read so far, by sentence index (filled by the leadership rules)."""
        self.surnames: dict[str, list[re.Match[str]]] | None = None
        """Surname -> full-name matches of the article's people; filled on first use by the leadership rules."""
        self.surname_ids: frozenset[str] | None = None
        """Ids of companies named right after a first name somewhere ("Vincent Bolloré"); filled on first use."""
        self.current_titles: dict[int, list[Cue]] | None = None
        """Role cues told as held now ("the current chair"), by sentence index; filled on first use by leadership."""
        counts = Counter(c.id for c in self.companies)
        self.focus: CompanyMention | None = None
        if counts:
            top = counts.most_common(1)[0][0]
            self.focus = next(c for c in self.companies if c.id == top)

    @cached_property
    def unnamed_parties(self) -> list[CompanyMention]:
        """Parties described but not named ("a major customer", "un grand donneur d'ordres"), on first use."""
        return find_unnamed(self.text, self.folded)

    @cached_property
    def supply_links(self) -> frozenset[tuple[str, str]]:
        """(supplier id, customer id) pairs stated by supply verbs ("no longer prepared to supply X"), on first use."""
        return supply_links(self.folded, self.spans, self.companies)

    def told_as_supplier(self, supplier: str, customer: str) -> bool:
        """Whether the article says only that ``supplier`` supplies ``customer``, never the other way round."""
        links = self.supply_links
        return (supplier, customer) in links and (customer, supplier) not in links

    @property
    def company_starts(self) -> list[int]:
        """Start offsets of :attr:`companies`, for bisecting."""
        return self._company_starts

    def money_at(self, start: int) -> MoneyMention | None:
        """The amount that starts at ``start``, if any (found by bisection: a list of amounts may be long)."""
        found = _within(self.money, self._starts["money"], start, start + 1)
        return found[0] if found else None

    def sentence(self, index: int) -> Sentence:
        """The ``index``-th sentence with its mentions (built on first use)."""
        built = self._sentences[index]
        if built is None:
            start, end = self.spans[index]
            cues = _within(self.cues, self._starts["cues"], start, end)
            companies = without_rubric(self.folded, _within(self.companies, self._company_starts, start, end))
            built = Sentence(
                index,
                start,
                end,
                companies,
                _within(self.money, self._starts["money"], start, end),
                _within(self.percents, self._starts["percents"], start, end),
                cues,
                _within(self.periods, self._starts["periods"], start, end),
                find_dates(self.folded, start, end),
                self._owners,
                analyse(
                    self.text,
                    self.folded,
                    (start, end),
                    cues,
                    [c.start for c in companies],
                    conjunction=conjunctions(self.language),
                    company_ends=[c.end for c in companies],
                    source=source_openers(self.language),
                ),
                self.text,
            )
            self._sentences[index] = built
        return built

    def sentence_indexes_with_cues(self) -> list[int]:
        """Indexes of sentences holding at least one fact cue (role words alone announce nothing).

        A payment verb counts only with an amount right after it: French "pays" (countries) and
        "paid tribute" say nothing about a customer. An investor intro counts with an amount before it in
        its sentence: "announced $30m in Series B funding led by X" tells a round without a raise verb.
        """
        indexes: list[int] = []
        starts = [span[0] for span in self.spans]
        money_starts = self._starts["money"]
        for cue in self.cues:
            if cue.family in MARKER_FAMILIES and not self._leads_round(cue) and not self._apposes_backers(cue):
                continue
            if cue.family == "payment":
                after = bisect_left(money_starts, cue.end)
                if after == len(money_starts) or money_starts[after] - cue.end > PAYMENT_REACH:
                    continue
            index = bisect_left(starts, cue.start + 1) - 1
            if index >= 0 and cue.start < self.spans[index][1] and (not indexes or indexes[-1] != index):
                indexes.append(index)
        return indexes

    def _leads_round(self, cue: Cue) -> bool:
        """Whether ``cue`` names a round's lead after an amount of its sentence ("$30m in funding led by X")."""
        intro = self.folded[cue.start : cue.end]
        if cue.family != "investor" or (intro not in LEAD_INTROS and intro not in BACKED_INTROS):
            return False
        money_starts = self._starts["money"]
        pos = cue.start
        before = bisect_left(money_starts, pos) - 1
        if before < 0:
            return False
        index = self.sentence_index(pos)
        return index >= 0 and money_starts[before] >= self.spans[index][0]

    def _apposes_backers(self, cue: Cue) -> bool:
        """Whether ``cue`` opens an apposition naming a company's backers ("X, the startup backed by A, said ...").

        Such a sentence tells a standing investment (``investor_list.appositive_backers``) though it has no fact cue.
        """
        if cue.family != "investor" or self.folded[cue.start : cue.end] not in APPOSED_BACKER_INTROS:
            return False
        # Session 20: or its copula, "X is backed by A", « X est soutenue par A » (investor_list._BACKED_BY).
        return (
            self.folded.rfind(",", max(0, cue.start - _APPOSITION_REACH), cue.start) >= 0
            or _BACKED_COPULA.search(self.folded, max(0, cue.start - _COPULA_REACH), cue.start) is not None
        )

    def sentence_index(self, pos: int) -> int:
        """The index of the sentence that holds ``pos`` (-1 before the first one)."""
        return bisect_left(self._starts["sentences"], pos + 1) - 1

    def anaphor_at(self, pos: int) -> int | None:
        """Where "l'entreprise", "the company"... starting at ``pos`` ends, or None when there is none.

        A capitalised kind noun with its complement is a name, not a description: "The Bank of London",
        "La Banque de France".
        """
        match = _ANAPHOR.match(self.folded, pos)
        return match.end() if match and not _KIND_NAMED.match(self.text, pos) else None

    def anaphor_before(self, start: int, end: int) -> bool:
        """Whether "the company", "l'entreprise"... stands just before ``end`` (at most two words between)."""
        match = _ANAPHOR_BEFORE.search(self.folded, start, end)
        return match is not None and not _KIND_NAMED.match(self.text, match.start())

    def anaphor_kind(self, start: int, end: int) -> str | None:
        """The trade of the description ending the span ``start:end`` or opening at ``start`` ("the bank": bank)."""
        match = _ANAPHOR.match(self.folded, start) or _ANAPHOR_BEFORE.search(self.folded, start, end)
        kind = _ANAPHOR_KIND.search(match.group()) if match else None
        return _KIND_FAMILIES[kind.group(1)] if kind else None

    def nationality_before(self, start: int, end: int) -> str | None:
        """The nationality standing for a company right before ``end`` ("le Chinois double ..."), if any."""
        match = _NATIONALITY_BEFORE.search(self.folded, start, end)
        return match.group(1) if match else None

    def introduced_as(self, nationality: str, exclude: str | None) -> CompanyMention | None:
        """The company the story introduced with ``nationality`` ("le géant chinois Tencent"), if any."""
        before_name = re.compile(_NATIONALITY_OF_NAME.format(nationality))
        return next(
            (
                c
                for c in self.companies
                if c.id != exclude and before_name.search(self.folded, max(0, c.start - 40), c.start) is not None
            ),
            None,
        )

    def names_unknown(self, start: int, end: int) -> bool:
        """Whether the last description in ``start:end`` introduces a name we did not recognise.

        "Le fonds britannique Amber Capital est devenu ...": a company of its own, not a reference back;
        resolving it to the previous sentence's company would invent a party.
        """
        last = next(reversed(list(_ANAPHOR_ANY.finditer(self.folded, start, end))), None)
        return (
            last is not None
            and last.group() not in ("it", "elle")
            and _NAME_NEXT.match(self.text, last.end()) is not None
        )

    @cached_property
    def trades(self) -> dict[str, frozenset[str]]:
        """Trades the story gives each company id by a kind noun around one of its names ("chipmaker Nvidia")."""
        found: dict[str, set[str]] = {}
        for company in self.companies:
            before = _KIND_BEFORE_NAME.search(self.folded, max(0, company.start - 40), company.start)
            after = _KIND_AFTER_NAME.match(self.folded, company.end)
            for kind in (before, after):
                if kind is not None:
                    found.setdefault(company.id, set()).add(_KIND_FAMILIES[kind.group(1)])
        return {company_id: frozenset(kinds) for company_id, kinds in found.items()}

    def fitting(
        self, candidate: CompanyMention | None, trade: str | None, exclude: str | None
    ) -> CompanyMention | None:
        """``candidate`` for a description of ``trade``, unless the story gives it another trade.

        The company the story calls by that trade wins ("the chipmaker" after "chipmaker Nvidia"); a
        candidate of another trade only ("the bank" for a carmaker) gives None: no party beats a wrong one.
        """
        if trade is None:
            return candidate
        named = next((c for c in self.companies if trade in self.trades.get(c.id, ()) and c.id != exclude), None)
        if named is not None:
            return named
        if candidate is not None and self.trades.get(candidate.id, frozenset({trade})).isdisjoint({trade}):
            return None
        return candidate

    def anaphor_owns(self, start: int, end: int, noun_end: int | None = None) -> bool:
        """Whether a description owns the figure ending the span: "the group's $2B", "480 M€ de CA du groupe".

        ``noun_end`` is where the figure's noun ends ("de chiffre d'affaires"), for an owner told after it.
        """
        return _ANAPHOR_OWNS.search(self.folded, start, end) is not None or (
            noun_end is not None and _OF_DESCRIBED.match(self.folded, noun_end) is not None
        )

    def story_subject(self, exclude: str) -> CompanyMention | None:
        """The story's main company other than ``exclude``: the headline's first company, else the most named."""
        headline = next((c for c in self.sentence(0).companies if c.id != exclude), None) if self.spans else None
        if headline is not None:
            return headline
        counts = Counter(c.id for c in self.companies if c.id != exclude)
        return next((c for c in self.companies if counts and c.id == counts.most_common(1)[0][0]), None)

    def _pronoun_subject(self, sentence: Sentence, first: CompanyMention) -> bool:
        """Whether ``sentence`` opens on a subject pronoun ("it", "il", "elle") before its first company."""
        return _PRONOUN_SUBJECT.match(self.folded, sentence.start, first.start) is not None

    def _listed(self, companies: list[CompanyMention]) -> bool:
        """Whether the first of ``companies`` opens a list ("LZF, Viswood et X"): the sentence has no single subject."""
        first = companies[0]
        second = next((c for c in companies[1:] if c.id != first.id), None)
        return second is not None and _LIST_JOINT.fullmatch(self.text, first.end, second.start) is not None

    def subject_past_fronted(self, sentence: Sentence, company: CompanyMention, pos: int) -> CompanyMention:
        """The subject named past a fronted phrase ``company`` stands in, before ``pos``; else ``company``.

        "Because of the loss of Ontrak-A, Ontrak slashed its revenue guidance ...": Ontrak acts.
        """
        fronted = _FRONTED_PHRASE.match(self.folded, sentence.start)
        if fronted is None or company.start >= fronted.end():
            return company
        return next((c for c in sentence.companies if fronted.end() <= c.start and c.end <= pos), company)

    def in_fronted_phrase(self, sentence: Sentence, pos: int) -> bool:
        """Whether ``pos`` lies inside a phrase fronted before the sentence's subject (see _FRONTED_PHRASE)."""
        fronted = _FRONTED_PHRASE.match(self.folded, sentence.start)
        return fronted is not None and pos < fronted.end()

    def _past_fronted_phrase(self, sentence: Sentence, companies: list[CompanyMention]) -> list[CompanyMention]:
        """Those of ``companies`` past a fronted prepositional phrase, when one is named past it; else all."""
        fronted = _FRONTED_PHRASE.match(self.folded, sentence.start)
        past = [c for c in companies if c.start >= fronted.end()] if fronted else []
        return past or companies

    def previous_subject(self, index: int, limit: int = 3) -> CompanyMention | None:
        """The first company of the closest earlier sentence that names one (within ``limit`` sentences).

        A sentence opening on "the latter" (« cette dernière ») means the last company of the sentence before.

        A sentence opening on a unit ("Cette activité ...", "The unit ...") means the unit the previous
        sentence presents as one ("Lacroix a cédé Lacroix City, sa division ..."), not its parent.
        """
        start = self.spans[index][0] if 0 < index < len(self.spans) else None
        if start is not None and _LATTER_OPENS.match(self.folded, start):
            named = [c for c in self.sentence(index - 1).companies if not in_attribution(self.sentence(index - 1), c)]
            if named:
                return named[-1]
        if start is not None and _UNIT_OPENS.match(self.folded, start):
            unit = next((c for c in self.sentence(index - 1).companies if named_as_unit(self.text, c)), None)
            if unit is not None:
                return unit
        for earlier in range(index - 1, max(-1, index - 1 - limit), -1):
            sentence = self.sentence(earlier)
            companies = self._past_fronted_phrase(
                sentence, [c for c in sentence.companies if not in_attribution(sentence, c)]
            )
            if companies and self._listed(companies):
                continue  # "... par LZF, Viswood et la Financière du Lignon": "la PME" is none of them
            if companies and self._pronoun_subject(sentence, companies[0]) and earlier > 0:
                # "Earlier this year it won a contract to supply BA. It also supplies Asda": both pronouns stand
                # for one subject named before them, never for the first sentence's object.
                continue
            if companies:
                first = companies[0]
                if OWNER_PREFIX.match(self.folded, first.end) and len(companies) > 1:
                    return companies[1]  # "Walmart-controlled Flipkart is raising ...": Flipkart
                return first
        return None
