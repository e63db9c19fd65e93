"""A supplier's or customer's noun owned by one company, then some of its members named: a standing relation each.

"Korvia's suppliers, including Dorvane and Bellmark, ...", "suppliers most reliant on Korvia, such as Dorvane",
"Among Korvia's suppliers are Dorvane and Bellmark", "the customers of Dorvane include Korvia or Bellmark",
« Parmi les gros fournisseurs de Korvia figurent Dorvane et Bellmark », « les clients de Dorvane, dont Korvia ».
The noun's owner is named right before it ("Korvia's", "Korvia") or right after its preposition ("to / of / on /
de Korvia"); the members follow an example word ("including", "such as", « dont », « comme ») or a roster verb
("include", "are", « figurent »). A supplier noun makes the members suppliers of the owner, a customer noun its
customers. Read only where :mod:`supplier_phrase`'s shapes (an apposition, "a supplier to Y") found nothing.
"""

from __future__ import annotations

import re

from streams.extraction.article import Article, Sentence
from streams.extraction.continue_made_by import LIST_GAP, list_from
from streams.extraction.cues import Cue
from streams.extraction.mentions import CompanyMention

_OWNER_BEFORE = re.compile(r"(?:'s|')[ ](?:[a-z\-]+[ ]){0,2}|[ ]")
"""Between the owner and the noun: "Korvia's biggest " suppliers, "Korvia " suppliers."""
_OWNER_AFTER = {
    "supplier_noun": re.compile(
        r"[ ](?:(?:most|heavily|highly|largely|more)[ ])?(?:(?:reliant|dependent)[ ](?:on|upon)|to|for|of)[ ]"
        r"(?:the[ ])?"
    ),
    "customer_noun": re.compile(r"[ ]of[ ](?:the[ ])?"),
}
"""After an English noun, up to its owner: "suppliers most reliant on ", "customers of the "."""
_FR_OWNER_AFTER = re.compile(r"[ ]?(?:la[ ]|le[ ]|l')?(?:[a-zà-ÿ'\-]+[ ]){0,3}?")
"""After a French noun, which holds its "de": the owner's article and description (« fournisseurs de la société
d'État »)."""
_FR_OF = ("de", "d'", "du")
_MEMBERS_NEXT = re.compile(
    r"(?:[ ]\([^()]{1,30}\))?(?:,[ ]|[ ])(?:(?:on[ ])?(?:also|aussi|notamment)[ ])?"
    r"(?:including|such[ ]as|like|among[ ]them|notably|dont|comme|notamment|tels[ ]que|telles[ ]que"
    r"|parmi[ ]lesquels|parmi[ ]lesquelles|include|includes|included|are|were|figurent|figuraient|sont|étaient"
    r"|comprennent|incluent|on[ ]trouve|on[ ]retrouve|on[ ]compte)"
    r"(?:[ ](?:also|aussi|notamment))?[ ](?:the[ ]|le[ ]|la[ ]|les[ ]|l')?"
)
"""From the owner to the first member: an example word or a roster verb (", including ", " are ", « figurent »)."""
_MEMBERS_BEFORE = re.compile(
    r",?[ ](?:are|were|rank|remain|comptent|figurent|sont|restent)"
    r"(?:[ ](?:elles|eux|ils)[ ]aussi|[ ](?:also|aussi|still|toujours))?"
    r"[ ](?:among|parmi)[ ](?:the|its|their|les|ses|leurs)[ ](?:[a-zà-ÿ\-]+[ ]){0,3}$"
)
"""From the last member to a noun whose owner follows it: " comptent elles aussi parmi les plus importants "
fournisseurs d'X, " are among the largest " suppliers to X."""
_NOT_MEMBERS = re.compile(
    r"\b(?:former|ex|previous|one-time|erstwhile|new|potential|possible|prospective|would-be|alternative|rival"
    r"|anciens|anciennes|nouveaux|nouvelles|potentiels|futurs|futures)[ ](?:[a-z\-]+[ ]){0,2}$"
)
"""Before the noun, members of the past or of the future ("former suppliers", « nouveaux clients »): no standing
relation."""
_ADJECTIVES_REACH = 40


def role_members(article: Article, sentence: Sentence, cue: Cue) -> tuple[CompanyMention | None, list[CompanyMention]]:
    """(owner, members named as examples) of a supplier or customer noun; (None, []) when the phrase is not so built."""
    folded = article.folded
    if _NOT_MEMBERS.search(folded, max(sentence.start, cue.start - _ADJECTIVES_REACH), cue.start):
        return None, []
    owner = next((c for c in reversed(sentence.companies) if c.end <= cue.start), None)
    if owner is None or _OWNER_BEFORE.fullmatch(folded, owner.end, cue.start) is None:
        owner = _owner_after(folded, sentence, cue)
        after = owner.end if owner is not None else cue.end
    else:
        after = cue.end
    members = _MEMBERS_NEXT.match(folded, after)
    if owner is None:
        return None, []
    if members is None:  # « A et B comptent parmi les plus importants fournisseurs de X »
        return (owner, _listed_before(folded, sentence, cue)) if owner.start >= cue.end else (None, [])
    return owner, [c for c in list_from(folded, sentence, members.end()) if c.id != owner.id]


def _listed_before(folded: str, sentence: Sentence, cue: Cue) -> list[CompanyMention]:
    """The companies listed right before " are among the (largest) " and the noun ("A and B are among the")."""
    before = [c for c in sentence.companies if c.end <= cue.start]
    if not before or _MEMBERS_BEFORE.fullmatch(folded, before[-1].end, cue.start) is None:
        return []
    members = [before[-1]]
    for company in reversed(before[:-1]):
        if LIST_GAP.fullmatch(folded, company.end, members[0].start) is None:
            break
        members.insert(0, company)
    return members


def _owner_after(folded: str, sentence: Sentence, cue: Cue) -> CompanyMention | None:
    """The company the noun's preposition names right after it ("suppliers to Korvia", « fournisseurs de Korvia »)."""
    of = _FR_OWNER_AFTER if folded.endswith(_FR_OF, cue.start, cue.end) else _OWNER_AFTER[cue.detail]
    return next(
        (c for c in sentence.companies if c.start >= cue.end and of.fullmatch(folded, cue.end, c.start) is not None),
        None,
    )
