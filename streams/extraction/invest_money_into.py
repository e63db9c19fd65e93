"""Money put into a company: "X put $15 million into Y", « A et B versent chacun 5 M€ dans Y ».

The "paid" frame of the acquisition table reads a payer, an amount, then "for / into / pour / dans" and what the
money bought. "Paid $N for Y" buys Y; money put *into* a company, with no shares and no percentage named, buys no
control: it funds the company, an investment. The frame's readers ask :func:`funds_company` before they call the
deal an acquisition; a percentage or shares after the company still make it a stake (read before this).
"""

from __future__ import annotations

import re

from streams.extraction.article import Sentence
from streams.extraction.cues import Cue
from streams.extraction.mentions import CompanyMention

_INTO = re.compile(r"[ ](?:into|dans)[ ](?:[^ ,;:()]{1,25}[ ]){0,4}$")
"""Right before the company: "into", "dans", maybe with the company's description ("into shoe e-tailer ")."""
_BOUGHT_FOR = re.compile(r"[ ](?:for|pour|of|de|d')[ ]")
"""Between the verb and "into": "for", "pour" say what was bought; "of" may name a percentage of the company."""


def funds_company(folded: str, cue: Cue, target: CompanyMention) -> bool:
    """Whether a "paid" cue puts its money into ``target`` itself rather than buying it.

    "Sequoia put $15 million into Zappos.com", « Noshaq verse 5 M€ dans Industrya »: the company receives
    the money. "Paid $2 billion for Y", "spent $3 billion on Y" and "put $1bn into Y's plant" (the caller
    refuses a possessive) are not this.
    """
    between = folded[cue.end : target.start]
    into = _INTO.search(between)
    return into is not None and _BOUGHT_FOR.search(between, 0, into.start()) is None


_UNTOLD_MONEY = re.compile(r"[a-z]+[ ]money[ ]into\b")


def puts_untold_money(folded: str, cue: Cue) -> bool:
    """Whether the cue puts "money" into a company, its amount untold ("put money into OpenDNS").

    A sum elsewhere in the clause is another's: "having put money into the company's previous round, when it
    secured $300m" tells the round's total, not this investor's part.
    """
    return _UNTOLD_MONEY.fullmatch(folded, cue.start, cue.end) is not None


LIST_JOINT = re.compile(r"(?:,[ ]|,?[ ](?:and|et|&)[ ])(?:(?:the|le|la|les|l')[ ]?(?:[a-zà-ÿ\-]{2,20}[ ]){0,3})?")
"""Between two members of a list of funders, maybe with a described kind first (« et le fonds limbourgeois »)."""
_LIST_TO_VERB = re.compile(
    r"[ ](?:(?:also|each|all|together|jointly|have|has|aussi|également|chacun|tous|ensemble)[ ]){0,2}$"
)
"""Between the list's last member and its verb: only adverbs of sharing ("each", « chacun »)."""
_A_LIST = 2


def funders_listed_before(sentence: Sentence, folded: str, cue: Cue, buyer: CompanyMention) -> list[CompanyMention]:
    """The members other than ``buyer`` of a list of funders that holds it and ends right before the verb ``cue``.

    "A, B and C invested $5 million in Y", « A, B et le fonds D versent chacun 5 M€ dans Y »: each funds Y.
    Nothing when the list does not run up to the verb (its last name is then a party of another phrase).
    """
    clause_start = sentence.clauses.span_of(cue.start)[0]
    members: list[CompanyMention] = []
    for company in sentence.companies:
        if company.start < clause_start or company.end > cue.start:
            continue
        joint = LIST_JOINT.fullmatch(folded, members[-1].end, company.start) if members else None
        members = [*members, company] if joint is not None else [company]
    if len(members) < _A_LIST or _LIST_TO_VERB.fullmatch(folded, members[-1].end, cue.start) is None:
        return []
    return [m for m in members if m.id != buyer.id] if any(m.id == buyer.id for m in members) else []
