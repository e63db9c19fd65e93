"""A customer or supplier named by a role noun around it: a standing ``customer_continue``.

The reporter calls one company the customer or the supplier of another in a noun phrase, in three clause shapes no
cue frame reads:

- a possessive or a lasting adjective before the role noun, the named party right after it ("Dialog warned that its
  top customer Apple ...", "signed leases with long-standing customer Air Macau", "Tesla and its battery supplier
  Panasonic", « Valeo et son client historique Renault »): the other party is the clause's subject;
- the role phrase fronted before the sentence's subject ("A longtime customer of Valeo, Renault said ...",
  « Client historique de Jinjiang, Renault a refusé ... », « Fournisseur d'Airbus depuis 1990, Latécoère ... »);
- the role noun's owner, then the list of its customers or suppliers ("Among the largest customers of Novellus are
  Intel and Samsung", "Among Valeo's clients are ...", "The customers of X include A and B", "X, whose biggest
  customer is Y", « Parmi les fournisseurs d'Hydro-Québec figurent Siemens et ABB »).

A role said to be over, new or only hoped for ("its former supplier", "a potential customer", « son nouveau
fournisseur ») is no continuing relation and is skipped. The relation is background (marked standing): another
customer event of the pair in the story says more and wins.
"""

from __future__ import annotations

import re

from streams.extraction.article import Article, Sentence
from streams.extraction.candidate import Candidate
from streams.extraction.closing_words import search_back
from streams.extraction.continue_made_by import list_from
from streams.extraction.mentions import CompanyMention
from streams.extraction.modality import modality_at
from streams.extraction.pattern_windows import may_match
from streams.extraction.standing_supply import standing_candidate

_CUSTOMER = r"customers?|clients?|clientes?"
_SUPPLIER = r"suppliers?|fournisseurs?|vendors?"
_ROLE = rf"(?:(?P<customer>{_CUSTOMER})|(?P<supplier>{_SUPPLIER}))"
_WORD = r"[a-z\u00e0-\u00ff\-]+"
_NOT_CURRENT = re.compile(
    r"\b(?:former|previous|ex|old|new|potential|prospective|would-be|future|possible|rival|competing|other|lost"
    r"|ancien|ancienne|anciens|anciennes|nouveau|nouvelle|nouveaux|nouvelles|futur|future|futurs|potentiel"
    r"|potentielle|potentiels|concurrent|autres?|ex-\w+)\b"
)
"""Words that make a role no current one: "its former supplier", « son nouveau fournisseur »."""
_MODIFIER = r"(?!(?:to|for|of|with|from|by|and|or|in|on|at|à|de|des|du|pour|avec|et|ou|chez)[ ])[a-z\u00e0-\u00ff\-]+"
"""A word qualifying the role noun ("battery" supplier), never a preposition: "its designs to customers" is no role."""
_LASTING = (
    r"(?:longtime|long-time|long-standing|longstanding|loyal|existing|valued|historic|longest-standing"
    r"|oldest|biggest|largest|major|key|top|main)"
)
_FR_AFTER = r"(?:historiques?|principa(?:l|ux)|majeurs?|importants?|attitrés?|fidèles?|de[ ]longue[ ]date)"
_INTRO = r"(?:,?[ ](?:such[ ]as|including|like|among[ ]them|comme|tels?[ ]que|notamment)[ ]|[ ])"
"""Between the role noun and its holder: nothing, or a word that opens examples ("customers such as " GM)."""
_POSSESSED = re.compile(
    rf"\b(?:(?P<its>its|their|son|sa|ses|leurs?)[ ](?:{_MODIFIER}[ ]){{0,2}}?|{_LASTING}[ ](?:{_MODIFIER}[ ])?)"
    rf"{_ROLE}(?:[ ]{_FR_AFTER})?{_INTRO}$"
)
"""Read back from a company: a possessive or a lasting adjective, then the role noun ("its top customer " Apple)."""
_POSSESSED_REACH = 60
_LEAVING = re.compile(
    r"\b(?:snubb|replac|ditch|dropp|drop|dump|switch|leav|abandon|instead[ ]of|in[ ]place[ ]of|away[ ]from"
    r"|remplac|à[ ]la[ ]place[ ]de|au[ ]détriment[ ]de|lâch|quitt)\w*[ ](?:[a-z\-]+[ ]){0,3}$"
)
"""Right before the role phrase, a verb of leaving it: "snubbing its existing supplier X" tells an end."""
_LEAVING_REACH = 50
_FRONTED = re.compile(
    rf"(?:(?:a|an|the|one[ ]of[ ]the|un|une|l'une?[ ]des|le|la)[ ])?(?:{_WORD}[ ]){{0,2}}?{_ROLE}"
    rf"(?:[ ]{_FR_AFTER})?[ ](?:of|to|for|de|du|d'|auprès[ ]de)[ ]?"
)
"""A sentence opening on a role phrase: "A longtime customer of " X, « Client historique de » X."""
_FRONT_TAIL = re.compile(r"(?:[ ](?:since|for|depuis|pendant)[ ][^,]{1,30})?,[ ]")
"""Between the fronted phrase's company and the sentence's subject: a duration at most, then a comma."""
_OWNER_THEN_LIST = re.compile(
    rf"\b(?:(?:among|parmi)[ ])?(?:the[ ]|les[ ])?(?:{_WORD}[ ]){{0,3}}?{_ROLE}[ ](?:of|de|du|d')[ ]?$"
)
"""Read back from the owner: "among the largest customers of " Novellus, « parmi les fournisseurs d' » Hydro-Québec."""
_POSSESSIVE_OWNER = re.compile(rf"(?:'s|')[ ](?:{_WORD}[ ]){{0,3}}?{_ROLE}[ ]")
"""After the owner: "'s biggest customers " (are A and B), read only after "among"."""
_LIST_VERB = re.compile(
    r"[ ]?(?:are|were|include|includes|included|figurent|figuraient|figure|sont|étaient|comprennent|incluent"
    r"|comptent|se[ ]trouvent|on[ ]trouve)[ ](?:(?:also|aussi|notamment|ainsi|both)[ ])?(?:the[ ]|le[ ]|la[ ]|l')?"
)
"""Between the owner and its listed customers or suppliers: "are", "include", « figurent aussi »."""
_WHOSE = re.compile(
    rf",[ ](?:whose|dont[ ](?:le|la|les))[ ](?:{_WORD}[ ]){{0,3}}?{_ROLE}[ ]"
    r"(?:is|are|was|were|include|includes|est|sont)[ ](?:(?:also|aussi|notamment)[ ])?"
)
"""After the owner: ", whose biggest customer is " Y, « , dont le premier client est » Y."""


def role_relations(article: Article) -> list[Candidate]:
    """The standing relations the story's role-noun phrases state, one per customer-supplier pair and phrase."""
    return _possessed_roles(article) + _fronted_roles(article) + _listed_roles(article)


def _possessed_roles(article: Article) -> list[Candidate]:
    """Read "its top customer Apple", "long-standing customer Air Macau": the named party after the role noun."""
    relations: list[Candidate] = []
    folded = article.folded
    for named in article.companies:
        possible = may_match(_POSSESSED, folded)
        match = _POSSESSED.search(folded, max(0, named.start - _POSSESSED_REACH), named.start) if possible else None
        if match is None or _NOT_CURRENT.search(match.group()):
            continue
        sentence = article.sentence(article.sentence_index(named.start))
        listed = list_from(folded, sentence, named.start)
        if _LEAVING.search(folded, max(sentence.start, match.start() - _LEAVING_REACH), match.start()):
            continue
        other = sentence.company_before(match.start()) or _nearest_before(sentence, match.start())
        if other is None or (match.group("its") is None and sentence.companies[0] is not other):
            continue  # without "its" only the sentence's subject may hold the role ("AerCap ... customer X")
        relations += _pairs(article, sentence, match.start(), other, listed, customer_role=bool(match["customer"]))
    return relations


def _fronted_roles(article: Article) -> list[Candidate]:
    """Read "A longtime customer of Valeo, Renault ...": the role's owner in the phrase, its holder the subject."""
    relations: list[Candidate] = []
    folded = article.folded
    for index in range(len(article.spans)):
        start = article.spans[index][0]
        match = _FRONTED.match(folded, start)
        if match is None or _NOT_CURRENT.search(match.group()):
            continue
        sentence = article.sentence(index)
        owners, holder = _owners_and_holder(folded, sentence, match.end())
        if holder is not None:
            customer_role = bool(match["customer"])
            relations += _pairs(article, sentence, match.start(), holder, owners, customer_role=not customer_role)
    return relations


def _owners_and_holder(
    folded: str, sentence: Sentence, start: int
) -> tuple[list[CompanyMention], CompanyMention | None]:
    """The companies of a fronted role phrase from ``start``, and the subject after its comma.

    A list reader takes "Valeo, Renault" for two members: the one after the last comma, with no "and" before it,
    is the sentence's subject ("A customer of Valeo, Renault said ...").
    """
    owners = list_from(folded, sentence, start)
    for cut in range(1, len(owners) + 1):
        tail = _FRONT_TAIL.match(folded, owners[cut - 1].end)
        holder = next((c for c in sentence.companies if tail is not None and c.start == tail.end()), None)
        if holder is not None:
            return owners[:cut], holder
    return owners, None


def _listed_roles(article: Article) -> list[Candidate]:
    """Read "Among the customers of X are A and B", "X, whose biggest customer is Y": the owner, then its list."""
    relations: list[Candidate] = []
    folded = article.folded
    for owner in article.companies:
        found = _role_and_list(folded, owner)
        if found is None or _NOT_CURRENT.search(found[0].group()):
            continue
        role, list_start = found
        sentence = article.sentence(article.sentence_index(owner.start))
        listed = list_from(folded, sentence, list_start)
        relations += _pairs(article, sentence, role.start(), owner, listed, customer_role=bool(role["customer"]))
    return relations


def opens_a_list(folded: str, pos: int) -> bool:
    """Whether a verb introducing a role noun's holders follows ``pos`` ("the customers of X " include A and B).

    There the role phrase is its own clause's subject, no apposition to the company before it
    ("According to Capital IQ, the customers of X include ..." says nothing of Capital IQ).
    """
    return _LIST_VERB.match(folded, pos) is not None


def _role_and_list(folded: str, owner: CompanyMention) -> tuple[re.Match[str], int] | None:
    """The role phrase around ``owner`` and where the list of its holders starts, if the sentence is so built.

    "among the customers of " X " are " A; X ", whose biggest customer is " A; "among " X "'s customers are " A.
    """
    before = (
        search_back(_OWNER_THEN_LIST, folded, max(0, owner.start - _POSSESSED_REACH), owner.start)
        if may_match(_OWNER_THEN_LIST, folded)
        else None
    )
    if before is not None:
        verb = _LIST_VERB.match(folded, owner.end)
        return (before, verb.end()) if verb is not None else None
    whose = _WHOSE.match(folded, owner.end)
    if whose is not None:
        return whose, whose.end()
    possessive = _POSSESSIVE_OWNER.match(folded, owner.end)
    if possessive is None or not folded.endswith(("among ", "parmi "), 0, owner.start):
        return None
    verb = _LIST_VERB.match(folded, possessive.end() - 1)
    return (possessive, verb.end()) if verb is not None else None


def _nearest_before(sentence: Sentence, pos: int) -> CompanyMention | None:
    """The sentence's last company ending before ``pos``: whom "its" stands for ("Tesla and its supplier X")."""
    return next((c for c in reversed(sentence.companies) if c.end <= pos), None)


def _pairs(
    article: Article,
    sentence: Sentence,
    at: int,
    other: CompanyMention,
    listed: list[CompanyMention],
    *,
    customer_role: bool,
) -> list[Candidate]:
    """The relations between ``other`` and each company of ``listed``, who holds the role noun's part.

    A role told as denied or hoped for ("is not a customer of", "could become its supplier") states no relation.
    """
    if not listed or modality_at(article, sentence, at, future=False) != "fact":
        return []
    relations: list[Candidate] = []
    for named in listed:
        customer, supplier = (named, other) if customer_role else (other, named)
        relation = standing_candidate(sentence, customer, supplier, "fact")
        relations.extend([relation] if relation is not None else [])
    return relations
