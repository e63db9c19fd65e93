"""An investor's portfolio listed: "A and B are among X's portfolio companies", « Parmi les participations de X ».

Profiles of venture firms list the companies a fund has backed with a portfolio noun owned by the investor and a
copula or a verb of being counted: "SafetyCulture and Culture Amp are among Blackbird's other portfolio companies",
"X's portfolio includes A and B", « Parmi les bénéficiaires des fonds de Sofinnova figurent Bioptimus et Deepc ».
Each listed company holds a standing investment of the owner, of untold size; no deal verb tells it.

Session 20: the same copula told from the investors' side, a list then "are the (other existing) investors in X",
"were early backers of X", « sont les investisseurs historiques de X »: each listed investor backs X.
"""

from __future__ import annotations

import re

from streams.extraction.article import Article, Sentence
from streams.extraction.candidate import Candidate, event_date
from streams.extraction.invest_money_into import LIST_JOINT
from streams.extraction.mentions import CompanyMention
from streams.extraction.pattern_windows import may_match

_NOUN_EN = (
    r"(?:(?:other|latest|newest|early|first)[ ])?(?:portfolio[ ]companies|portfolio[ ]firms|portfolio|investments)"
)
_NOUN_FR = (
    r"(?:(?:premières?|premiers|autres|nouvelles?|principales?|dernières?)[ ])?(?:participations|investissements"
    r"|bénéficiaires(?:[ ]des[ ]fonds)?|sociétés[ ]en[ ]portefeuille|entreprises[ ]en[ ]portefeuille)"
)
_LIST_THEN_AMONG = re.compile(r"[ ](?:are|were|is|was)[ ](?:(?:also|now)[ ])?among[ ]")
"""After a list: its members are counted in an owner's portfolio (" are among ")."""
_LIST_THEN_BACKERS_OF = re.compile(
    r"[ ](?:are|were|is|was|remain|remains|sont|est|étaient|était|restent|reste)[ ]"
    r"(?:(?:also|now|still|already|aussi|également|déjà|toujours)[ ])?"
    r"(?:(?:among|one[ ]of|parmi|l'un[ ]des|l'une[ ]des)[ ])?"
    r"(?:(?:the|its|an?|les|des|un|une|ses)[ ])?"
    r"(?:(?:other|existing|early|current|main|major|key|big|biggest|largest|returning|previous|autres|principaux"
    r"|premiers|grands|actuels|nouveaux|historiques)[ ]){0,3}"
    r"(?:investors?|backers?|financial[ ]backers?|investisseurs?|soutiens?[ ]financiers?)"
    r"(?:[ ](?:historiques|actuels|principaux))?[ ](?:in|of|at|de|du|d')[ ]?"
)
"""After a list: its members are told as the investors of the company named next (" are the other existing investors
in ", " is an early backer of ", « sont les investisseurs historiques de »); a shareholder there holds a stake, no
investment, and is left to the stake readers."""
_OWNED_NOUN = re.compile(r"(?:'s|')[ ]" + _NOUN_EN + r"\b")
"""After the owner: its portfolio noun ("'s other portfolio companies")."""
_INCLUDES = re.compile(r"(?:'s|')[ ]" + _NOUN_EN + r"[ ](?:includes?|included|now[ ]includes?)[ ]")
"""After the owner: its portfolio, then the verb that lists it ("'s portfolio includes ")."""
_AMONG_FR = re.compile(r"\bparmi[ ]les[ ]" + _NOUN_FR + r"[ ](?:du[ ]fonds[ ]|des[ ]fonds[ ]de[ ]|de[ ]|d')$")
"""Before the owner: the French portfolio noun that opens the sentence (« Parmi les participations du fonds »)."""
_FIGURENT = re.compile(r"(?:[ ](?:de|d')[ ]?[^ ,]{1,30})?[ ](?:figurent|figure|on[ ]trouve|on[ ]retrouve)[ ]")
"""After the owner (maybe its manager: « du fonds Blue de Daphni »), the verb that lists the portfolio."""
_DESCRIPTION = re.compile(r"(?:(?:[a-zà-ÿ'\-]{1,20}|such[ ]as)[ ]){0,4}")
"""Before the first listed company: lower-case words only, in the original case (« des deeptechs comme »)."""
_DESCRIPTION_REACH = 40
_DESCRIBED_JOINT = re.compile(r"(?:,[ ]|,?[ ](?:and|et|&)[ ])(?:(?:the|an?)[ ])?(?:[a-z\-]{2,20}[ ]){0,3}")
"""Between two listed companies, in the original case: the next one's lower-case kind ("and analytics firm ")."""
_OR_ELSE = re.compile(r"[ ](?:ou[ ]encore|ou|or)[ ]")


def _listed(article: Article, sentence: Sentence, first: CompanyMention) -> list[CompanyMention]:
    """``first`` and the companies listed right after it ("A, B and C", « A, B ou encore C »)."""
    members = [first]
    for company in sentence.companies:
        if company.start <= members[-1].end:
            continue
        folded = article.folded
        if not (
            LIST_JOINT.fullmatch(folded, members[-1].end, company.start)
            or _OR_ELSE.fullmatch(folded, members[-1].end, company.start)
        ):
            break
        members.append(company)
    return members


def _listed_before(article: Article, sentence: Sentence, index: int) -> list[CompanyMention]:
    """The list of companies that ends on the sentence's company at ``index`` ("A, B and analytics firm C")."""
    listed = [sentence.companies[index]]
    for before in reversed(sentence.companies[:index]):
        if not _DESCRIBED_JOINT.fullmatch(article.text, before.end, listed[0].start):
            break
        listed.insert(0, before)
    return listed


def _after(article: Article, sentence: Sentence, pos: int) -> list[CompanyMention]:
    """The list that starts at ``pos``, past a lower-case description."""
    first = sentence.company_after(pos, within=_DESCRIPTION_REACH)
    if first is None or not _DESCRIPTION.fullmatch(article.text, pos, first.start):
        return []
    return _listed(article, sentence, first)


def _pairs(article: Article, sentence: Sentence) -> list[tuple[CompanyMention, CompanyMention]]:
    """(owner, company) for each company a portfolio phrase of the sentence lists."""
    folded = article.folded
    pairs: list[tuple[CompanyMention, CompanyMention]] = []
    for index, company in enumerate(sentence.companies):
        among = _LIST_THEN_AMONG.match(folded, company.end)
        owner = sentence.company_after(among.end(), within=0) if among is not None else None
        if owner is not None and _OWNED_NOUN.match(folded, owner.end):
            # "A and B are among X's portfolio companies": the list that ends on ``company``.
            pairs += [(owner, member) for member in _listed_before(article, sentence, index)]
        backers_of = _LIST_THEN_BACKERS_OF.match(folded, company.end)
        investee = sentence.company_after(backers_of.end(), within=0) if backers_of is not None else None
        if investee is not None:
            # "A, B and C are the other existing investors in X": each member of the list ending on ``company``.
            pairs += [(member, investee) for member in _listed_before(article, sentence, index)]
        if (includes := _INCLUDES.match(folded, company.end)) is not None:
            pairs += [(company, member) for member in _after(article, sentence, includes.end())]
        if may_match(_AMONG_FR, folded) and _AMONG_FR.search(
            folded, max(sentence.start, company.start - 80), company.start
        ):
            figurent = _FIGURENT.match(folded, company.end)
            pairs += [(company, m) for m in _after(article, sentence, figurent.end())] if figurent else []
    return [(owner, member) for owner, member in pairs if owner.id != member.id]


def portfolio_listings(article: Article, sentence: Sentence) -> list[Candidate]:
    """One standing investment per company a portfolio phrase lists for its owner."""
    return [
        Candidate(
            type="investment",
            span=(sentence.start, sentence.end),
            subject=owner,
            object=company,
            modality="fact",
            effective_date=event_date(sentence),
        )
        for owner, company in _pairs(article, sentence)
    ]
