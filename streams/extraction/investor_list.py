"""Investor lists that run on past a connector, and the investee a possessive names (session 12).

Reporters keep listing a round's backers after the phrase that opened the list: "X also participated in the
round, with A, B, and existing investors C and D", "The financing was led by A and B and included new
investors C, D and E", "was bankrolled by A, along with B and C". The clause splitter cuts at those
connectors, so a co-investor reader that stops at its clause loses every name after them. ``continued_list``
walks on from the last name read, one company at a time, as long as only a connector, a list separator and a
description of the investors ("existing investors", "new backers") stand between two names.

"ADARx's existing investors, A and B, also participated": the possessive names the company whose investors
these are, so they join its round, not one told earlier about another company (``possessive_investee``).
"""

from __future__ import annotations

import re

from streams.extraction.article import Article, Sentence
from streams.extraction.mentions import CompanyMention
from streams.extraction.org_context import NATIONAL_BEFORE_NAME

_INVESTOR_KIND = (
    r"(?:firm|fund|group|investor|arm|giant|bank|insurer|manager|conglomerate|office|vehicle|holding|house"
    r"|company|fonds|groupe|société|investisseur|banque|assureur)"
)
"""The kind noun closing a member's own description, lower case words before it: "investment firm", "internet
group", "US private equity firm", « le fonds », « l'assureur » ("along with investment firm X", "as did internet
group Y", « ainsi que l'assureur Z »)."""
_DESCRIBED = (
    r"(?:" + NATIONAL_BEFORE_NAME + r")?"  # session 26: "et du britannique B", « et le Français C »
    r"(?:(?:the|its|their|les|ses|leurs|des|de|d')[ ]?)?"
    r"(?:(?:new|existing|other|current|returning|previous|early|institutional|strategic|financial|"
    r"nouveaux|nouvel|nouvelle|nouvelles|historiques?|actuels?|autres?|anciens?)[ ])*"
    r"(?:(?:investors?|backers?|shareholders?|funds?|investisseurs?|actionnaires?|fonds)[ ]?,?[ ]?"
    r"(?:(?:including|such[ ]as)[ ])?)?"
    r"(?:(?:(?!(?:of|at|for|from|by|to|in|on|with|and|the|de|du|des|chez|pour|par|et)[ ])[a-z][a-z.\-]*[ ]){0,3}"
    + r"(?:l')?"
    + _INVESTOR_KIND
    + r"[ ])?"
)
_CONNECTOR = (
    r"(?:(?:and|et)[ ])?(?:also[ ])?"
    r"(?:along[ ]with|alongside|together[ ]with|as[ ]well[ ]as|joined[ ]by|with[ ]participation[ ]from"
    r"|with[ ]the[ ]participation[ ]of|avec[ ]la[ ]participation[ ]d[e']|with|including|included|includes|as[ ]did"
    r"|plus|ainsi[ ]que|avec|aux[ ]côtés[ ]d[e']|dont)[ ]?"
)
_BETWEEN_MEMBERS = re.compile(
    r"(?:[ ]?(?:,|;)[ ]?(?:(?:and|et)[ ])?|[ ](?:and|et)[ ])?"  # a list separator, or none before a connector
    r"(?:" + _CONNECTOR + r")?" + _DESCRIBED + r"$"
)
"""All that may stand between two investors of one list: ", ", " and ", ", with ", " and included new
investors ", ", along with existing backers ", " ainsi que ses investisseurs historiques "."""
_OPENS_LIST = re.compile(r"[ ]?,?[ ]?" + _CONNECTOR + _DESCRIBED + r"$")
"""Right after a co-investor verb, what opens its second list: ", with ", " alongside existing investors "."""
_OPENS_CLAUSE = re.compile(
    r"[ ](?:said|says|is|was|has|had|have|will|would|could|may|plans?|planned|announced|reported|also|which|who"
    r"|est|était|a|avait|va|annonce|qui)\b"
)
"""Right after a name: its own verb, so the name opens a new clause ("and Qux said it would ...")."""
_GAP_LIMIT = 70
"""A longer stretch between two names (past the unread members) is a new clause, not the same list."""
_UNREAD_MEMBER = re.compile(r"(?<![\w'])[A-Z][\w&.\-]*(?:[ ][A-Z&][\w&.\-]*){0,3}(?:,[ ]|,?[ ](?:and|et)[ ])")
"""A capitalised name the recogniser did not read, with its list separator: "Blackrock, " in "investors Blackrock,
Invus and Vivo Capital". It stands between two read investors and does not end their list."""
_UNREAD_LIMIT = 160

_POSSESSIVE_INVESTORS = re.compile(
    r"'s[ ](?:(?:new|existing|other|current|early|returning)[ ])*(?:investors|backers|shareholders)\b"
)


def continued_list(article: Article, sentence: Sentence, after: int, *, opening: bool = False) -> list[CompanyMention]:
    """The companies that go on a list whose last name read ends at ``after``, past its clause.

    With ``opening`` the text at ``after`` is a co-investor verb ("also participated in the round"), so the
    first gap must hold a connector (", with A, B and C"): a bare comma there starts another clause.
    """
    members: list[CompanyMention] = []
    pos = after
    for company in sentence.companies:
        if company.start < pos:
            continue
        if company.start - pos > _UNREAD_LIMIT:
            break
        gap = _UNREAD_MEMBER.sub("", article.text[pos : company.start]).lower()
        gap = gap if gap.strip() else ", "  # "T. Rowe Price[ Associates Inc.], B": the rest of a name read short
        if len(gap) > _GAP_LIMIT:
            break
        pattern = _OPENS_LIST if opening and not members else _BETWEEN_MEMBERS
        if pattern.fullmatch(gap) is None or _OPENS_CLAUSE.match(article.folded, company.end):
            break
        members.append(company)
        pos = company.end
    return members


_SHORT_POSSESSIVE = re.compile(r"([a-z0-9][\w\-&.]*)" + _POSSESSIVE_INVESTORS.pattern)
"""A short name before the possessive ("ADARx's existing investors") of a company named in full before."""


def possessive_investee(article: Article, sentence: Sentence, start: int, end: int) -> CompanyMention | None:
    """The company in "X's existing investors" between ``start`` and ``end``: the investee the list belongs to.

    The name may be the first word of a company the article named in full earlier ("ADARx" for "ADARx
    Pharmaceuticals"); that earlier mention then stands for it.
    """
    for company in sentence.companies:
        if start <= company.start and company.end <= end and _POSSESSIVE_INVESTORS.match(article.folded, company.end):
            return company
    short = _SHORT_POSSESSIVE.search(article.folded, start, end)
    if short is None:
        return None
    word = short.group(1)
    return next(
        (
            c
            for c in article.companies
            if c.end <= short.start()
            and article.folded[c.start : c.end].split(" ")[0] == word
            and " " in article.folded[c.start : c.end]
        ),
        None,
    )


_COUNTS = re.compile(r"\b(?:counts|counted|count|compte|comptait)[ ]")
"""The verb of "X counts A and B among its investors": X is the company the investors hold a part of."""
_PRONOUN_SUBJECT = re.compile(r"[ ]?(?:it|elle|the[ ]company|la[ ]société)[ ]$")


def counted_investee(article: Article, sentence: Sentence, end: int) -> tuple[CompanyMention, int] | None:
    """The company of "X counts A and B among its investors" and where its list starts (right after "counts").

    ``end`` is where the cue "among its investors" starts. Investors told as standing ones, with no round:
    "Capital Float, which counts Amazon among its investors" / "It counts Amazon and Sequoia among its investors"
    (the company the sentence before is about).
    """
    counts = _COUNTS.search(article.folded, sentence.start, end)
    if counts is None:
        return None
    company = sentence.company_before(counts.start())
    if company is None and _PRONOUN_SUBJECT.fullmatch(article.folded, sentence.start, counts.start()):
        company = article.previous_subject(sentence.index)
    return (company, counts.end()) if company is not None else None


_COMPANY_NOUN = (
    r"(?:startup|start-up|company|firm|maker|developer|group|lender|platform|provider|operator|business|app|retailer"
    r"|manufacturer|producer|specialist|rival|insurer|bank|fintech|biotech|unicorn|venture|spinoff|spin-off|société"
    r"|entreprise|pépite|licorne|jeune[ ]pousse)"
)
"""The last word of a description standing for a company ("the Swedish battery startup"), never a deal ("a bid")."""
_BACKED_BY = re.compile(
    r"(?:[ ](?:inc|corp|ltd|llc|plc|ab|ag|sa|sas|nv|co)[.]?)?"
    r"(?:,[ ](?:(?:which|that|who)[ ](?:is|was|has[ ]been)[ ]|qui[ ]est[ ]|déjà[ ]|already[ ]"
    r"|(?:the|a|an|un|une|la|le|l')[ ]?(?:[a-zà-ÿ][a-zà-ÿ\-]{1,20}[ ]){0,3}" + _COMPANY_NOUN + r"[ ])?"
    r"(?:(?:heavily|largely|partly|also|fortement)[ ])?"
    r"(?:backed|funded|financed|bankrolled|supported|soutenue?s?|financée?s?|appuyée?s?|épaulée?s?)"
    # Session 20: the copula with no comma ("Acme is backed by A", « X est soutenue par A et B »); not "supported".
    r"|[ ](?:is|was|has[ ]been|had[ ]been|est|était|a[ ]été|avait[ ]été)[ ]"
    r"(?:(?:also|already|heavily|largely|partly|notably|aussi|déjà|également|notamment|fortement)[ ])?"
    r"(?:backed|funded|financed|bankrolled|soutenue?|financée?|épaulée?))"
    r"[ ](?:by|par)[ ](?:both[ ])?"
)
"""Right after a company: the apposition naming its backers ("Acme, backed by A and B, ...", « X, soutenue par A »,
"Acme Inc, the Swedish startup backed by A", "Acme, heavily financed by both A and B", "Acme, which is backed by A"),
or its copula ("Acme is backed by A", « X est soutenue par A »)."""


def appositive_backers(article: Article, sentence: Sentence) -> list[tuple[CompanyMention, CompanyMention]]:
    """(backer, company) pairs of "Acme, backed by A and B, raised $40m" / « X, soutenue par A et B, lève ... ».

    The backers are investors of the company whatever its news; the amount told after belongs to a round they may
    not have joined, so the reader gives each an investment of untold size (as "A-backed X" does).
    """
    pairs: list[tuple[CompanyMention, CompanyMention]] = []
    for company in sentence.companies:
        backed = _BACKED_BY.match(article.folded, company.end)
        if backed is None:
            continue
        first = sentence.company_after(backed.end(), within=_FIRST_BACKER_REACH)
        if first is None or DESCRIBED_GAP.fullmatch(article.folded, backed.end(), first.start) is None:
            continue
        backers = [first, *continued_list(article, sentence, first.end)]
        pairs.extend((backer, company) for backer in backers if backer.id != company.id)
    return pairs


_FIRST_BACKER_REACH = 40
DESCRIBED_GAP = re.compile(
    r"(?:(?:the|its|le|la|les|l'|son|ses)[ ]?)?(?:(?:venture|capital|investment|private|equity|growth|firm|fund|fonds"
    r"|hedge|pension|sovereign|wealth|family|office|asset|manager"
    r"|société|de|d'|gestion|capital-risque|investisseur|investor|existing|historique)[ ]?){0,4}"
)
"""Between "backed by" and its first backer, only the backer's description ("the venture firm", « le fonds »)."""
