"""A supplier told as the maker or the source of what its customer uses: a standing ``customer_continue``.

Two verb classes around a passive "by": a verb of using names the customers after "by" and the supplier as the owner
of the thing used ("Mobileye's vision chips are used by Audi, BMW and Ford", "HiveMQ, a maker of software used by
Audi and BMW"); a verb of making or supplying names the suppliers after "by" and the customer as the owner of the
thing made, or as the subject of a verb of using before it ("Chime's banking services are provided by Bancorp Bank
and Stride Bank", "SoftBank uses delivery robots made by Rice Robotics", "La Région exploite 54 trains construits
par Alstom"). The relation is background (marked standing): another customer event of the pair in the story ("will
stop selling devices made by Google", "switch to modems made by Intel") says more and wins.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from streams.extraction.article import Article, Sentence
from streams.extraction.candidate import Candidate
from streams.extraction.mentions import CompanyMention
from streams.extraction.modality import modality_at
from streams.extraction.standing_supply import standing_candidate

_USE_VERBS = r"used|relied[ ]on|adopted|deployed|utilisée?s?|adoptée?s?"
_MAKE_VERBS = (
    r"made|built|produced|manufactured|assembled|supplied|provided|fabricated"
    r"|fabriquée?s?|construite?s?|produite?s?|fournie?s?|assemblée?s?"
)
_BY = re.compile(r"[ ](?:by|par)[ ]")
"""The agent's preposition: found first, a cheap scan, then the participle is looked for right before it."""
_PARTICIPLE = re.compile(rf"\b(?:(?P<use>{_USE_VERBS})|(?P<make>{_MAKE_VERBS}))$")
"""A passive participle right before "by": where the phrase is read from."""
_PARTICIPLE_REACH = 16
_OWNER_GAP = re.compile(
    r"(?:'s|')[ ](?:[a-z\-\d]+[ ]){1,6}?(?:(?:is|are|was|were|has[ ]been|have[ ]been|had[ ]been)[ ])?"
    r"(?:(?:now|already|still|long|widely|also|all|mostly|largely)[ ])?$"
)
"""From the owner's name to the participle: "Mobileye's vision chips and software are " used by; no comma, which
would close an apposition ("designed by HiSilicon, Huawei's chip unit, has been" produced by TSMC)."""
_MAKER_OF = re.compile(
    r",[ ](?:a|an|the)[ ](?:[a-z\-\d]+[ ]){0,3}?(?:maker|developer|provider|supplier|vendor|producer|manufacturer"
    r"|designer|publisher)[ ]of[ ](?:[a-z\-\d]+[ ]){1,6}?$"
)
"""From a company to the participle, the company described as making the thing: ", a maker of IoT software " used by."""
_NOT_GOODS = re.compile(
    r"\b(?:decision|decisions|offer|offers|bid|bids|comments?|statements?|remarks|announcement|proposal|claims?"
    r"|investments?|acquisitions?|payments?|changes?|choice|move|moves|case|argument|point)[ ]"
    r"(?:(?:is|are|was|were|has[ ]been|have[ ]been|had[ ]been)[ ])?$"
)
"""Things "made" or "provided" that are no goods ("Apple's decision was made by its board")."""
_USER_VERB = re.compile(
    r"\b(?:use|uses|used|using|operates|operate|operated|flies|fly|runs|run|deploys|deployed|relies[ ]on"
    r"|rely[ ]on|sells|sell|sold|selling|stocks|utilise|utilisent|exploite|exploitent|exploitait)[ ]"
    r"(?:(?!by[ ]|par[ ])[a-z\-\d\u00e0-\u00ff']+[ ]){0,6}?$"
)
"""A verb of using, then the thing made ("uses delivery robots " made by): its subject is the customer."""
_LIST_INTRO = re.compile(
    r"(?:[a-z\-\d]+,?[ ]){0,5}?(?:among[ ]them|including|such[ ]as|notably|dont|parmi[ ]lesquels)[ ]"
    r"|(?:[a-z\-.]+[ ]){0,2}[a-z\-.]+'s[ ]"
)
"""Between "by" and a list of companies, a count of them ("almost two dozen carmakers, among them " A, B) or a
place's possessive ("made by Hong Kong's " Rice Robotics)."""
LIST_GAP = re.compile(r"(?:,[ ]|,?[ ](?:and|et|or|ou)[ ])")
"""Between two members of a list of companies (also read by :mod:`cont_sales_share`)."""
_WORDS_BEFORE = 80
_MAKER_REACH = 12
_LIST_REACH = 80
"""How far (chars) after "by" the first company of its list may start ("almost two dozen carmakers, among them")."""
"""How far (chars) before the verb its maker may end: "Foxconn still builds", "Pegatron, which also makes"."""
"""How far (chars) before the participle its owner or the user's verb may start."""


_MAKES_OWNED = re.compile(
    r"\b(?:(?:still|already|currently|also)[ ])?(?:builds|makes|assembles|manufactures|produces|supplies|provides"
    r"|designs|fabricates)[ ](?:(?!(?:for|to|with|against|than|like|from|by|of)[ ])[a-z\-\d]+[ ]){0,3}$"
)
"""The active twin, in the present, read back from a possessive company: a maker's verb, then the customer's goods
("Foxconn still builds " Apple's iPhones, "Intel provides every processor across " Apple's range); "makes chips for "
Apple's rivals names no customer."""
_OWNED_REACH = 60


def made_by_relations(article: Article) -> list[Candidate]:
    """The standing relations every use or supply phrase of the story states, one per customer-supplier pair."""
    return _passive_relations(article) + _owned_goods_relations(article)


def _owned_goods_relations(article: Article) -> list[Candidate]:
    """The relations of "Y builds X's goods": the maker before the verb, the customer owning what it makes."""
    relations: list[Candidate] = []
    folded = article.folded
    for owner in article.companies:
        if not folded.startswith(("'s ", "' "), owner.end):
            continue
        match = _MAKES_OWNED.search(folded, max(0, owner.start - _OWNED_REACH), owner.start)
        if match is None:
            continue
        sentence = article.sentence(article.sentence_index(match.start()))
        maker = sentence.company_before(match.start())
        if maker is not None and match.start() - maker.end <= _MAKER_REACH:
            relation = _relation(article, sentence, match.start(), owner, maker)
            relations.extend([relation] if relation is not None else [])
    return relations


def _passive_relations(article: Article) -> list[Candidate]:
    """The relations of the passive phrases: "X's chips are used by A", "services provided by B"."""
    relations: list[Candidate] = []
    folded = article.folded
    for by in _BY.finditer(folded):
        first = _next_company(article, by.end())
        if first is None or first.start - by.end() > _LIST_REACH:
            continue  # no company named after "by": the sentence is not built
        verb = _PARTICIPLE.search(folded, max(0, by.start() - _PARTICIPLE_REACH), by.start())
        if verb is None:
            continue
        sentence = article.sentence(article.sentence_index(verb.start()))
        agents = _list_at(folded, sentence, by.end())
        if not agents:
            continue
        if verb.group("use"):
            supplier = _owner(article, sentence, verb.start())
            pairs = [(customer, supplier) for customer in agents] if supplier is not None else []
        else:
            customer = _customer_of_made(article, sentence, verb.start())
            pairs = [(customer, supplier) for supplier in agents] if customer is not None else []
        relations += [r for c, s in pairs if (r := _relation(article, sentence, verb.start(), c, s)) is not None]
    return relations


def _next_company(article: Article, pos: int) -> CompanyMention | None:
    """The first company of the story named at or after ``pos``, found without building its sentence."""
    at = bisect_left(article.company_starts, pos)
    return article.companies[at] if at < len(article.companies) else None


def _owner(article: Article, sentence: Sentence, at: int) -> CompanyMention | None:
    """The company whose thing the participle speaks of: "Y's chips are" used, "Y, a maker of software" used."""
    before = [c for c in sentence.companies if c.end <= at and at - c.end <= _WORDS_BEFORE]
    if not before:
        return None
    last = before[-1]
    if _OWNER_GAP.fullmatch(article.folded, last.end, at) or _MAKER_OF.fullmatch(article.folded, last.end, at):
        return last
    return None


def _customer_of_made(article: Article, sentence: Sentence, at: int) -> CompanyMention | None:
    """The customer of a thing made by the agent: its owner ("X's services are" provided), or the user before it."""
    folded = article.folded
    owner = _owner(article, sentence, at)
    if owner is not None and _MAKER_OF.fullmatch(folded, owner.end, at) is None:
        return None if _NOT_GOODS.search(folded, owner.end, at) else owner
    user = _USER_VERB.search(folded, max(sentence.start, at - _WORDS_BEFORE), at)
    if user is None:
        return None
    subject = sentence.company_before(user.start())
    return subject if subject is not None and user.start() - subject.end <= _WORDS_BEFORE else None


def _list_at(folded: str, sentence: Sentence, start: int) -> list[CompanyMention]:
    """The companies of a list that opens at ``start``, or after a count of them ("two dozen carmakers, among them")."""
    intro = _LIST_INTRO.match(folded, start)
    first = next((c for c in sentence.companies if c.start >= start), None)
    if first is None or first.start not in (start, intro.end() if intro else -1):
        return []
    return list_from(folded, sentence, first.start)


def list_from(folded: str, sentence: Sentence, start: int) -> list[CompanyMention]:
    """The list of companies whose first member starts at ``start`` ("Apple, Samsung and Bosch"), else nothing."""
    after = [c for c in sentence.companies if c.start >= start]
    if not after or after[0].start != start:
        return []
    members = [after[0]]
    for company in after[1:]:
        if LIST_GAP.fullmatch(folded, members[-1].end, company.start) is None:
            break
        members.append(company)
    return members


def _relation(
    article: Article, sentence: Sentence, at: int, customer: CompanyMention, supplier: CompanyMention
) -> Candidate | None:
    """The ``customer_continue`` of two named, distinct parties, told as a fact.

    A standing relation is a state of today: "will be made by TSMC from next year" is a plan of another kind (a start)
    and "are not used by Apple" no relation; neither is read here.
    """
    if modality_at(article, sentence, at) != "fact":
        return None
    return standing_candidate(sentence, customer, supplier, "fact")
