"""A contract or an order a winner received, its giver named after the noun: "a $8 million contract from X".

Contract digests and trade wires tell a win by its noun, the buyer after "from / with / placed by / passée par /
émanant de", often in an apposition or a participle that the verb's own rows do not reach: "Dorvane has won its
largest job to date, a roughly $8 million contract from Korvia", "Dorvane was named lead contractor on a $67 million
contract from Korvia", "Dorvane had secured large contracts with Korvia and with Bellmark", « Le chantier Dorvane a
confirmé une commande de cinq paquebots, passée par Korvia et Bellmark », « Dorvane a engrangé ..., dont une commande
ferme de 32 A380 émanant de Korvia ». The winner is the clause's subject and only a winner's or a seller's verb
before the noun makes it one: "cut its orders from X" or "lost a contract from X" tell a buyer's or a loser's side,
and "the order from X" alone names no winner; a contract "with" a party must be that verb's very object ("won
approval for its contract with X" won no contract). The customers are the giver and those listed with it ("passée
par A et B").

A contract told again at the head of the next sentence, its giver in a participle, names its winner in the sentence
before: « Y a remporté un nouveau contrat de bus. Ce contrat, attribué par X, débutera en octobre ». The winner is the
subject of a winner's verb with a contract noun in that previous sentence; without one, nothing is read. A public
giver is often named after its description, in apposition: « attribué par l'autorité organisatrice des transports de
la région, Korvia ».
"""

from __future__ import annotations

import re
from collections.abc import Callable

from streams.extraction.article import Article, Sentence
from streams.extraction.candidate import Candidate, event_date
from streams.extraction.cues import Cue
from streams.extraction.mentions import CompanyMention
from streams.extraction.modality import modality_at

_WINNER_VERB = re.compile(
    r"\b(?:won|wins?|winning|scored|scores|landed|lands|secured|secures|received|receives|bagged|bags|clinched"
    r"|accepted|accepts"
    r"|clinches|booked|books|got|gets|obtained|obtains|confirmed|announced|was[ ]named|been[ ]named|were[ ]named"
    r"|was[ ]chosen|been[ ]chosen|was[ ]selected|been[ ]selected|was[ ]picked|been[ ]picked|awarded"
    r"|remport\w*|décroch\w*|obten\w*|obtient|reçu|reçoit|engrang\w*|enregistr\w*|confirm\w*|annonc\w*"
    r"|officialis\w*|finalis\w*|[a-z]+[ ]retenue?s?|[a-z]+[ ]désignée?s?|[a-z]+[ ]choisie?s?)\b"
)
"""A verb that makes the clause's subject the winner of the noun after it (English, then French)."""
_ORDER_NOUN = re.compile(r"\b(?:contrats?|commandes?|marchés?|contracts?|orders?|deals?|jobs?|awards?)\b")
"""The won thing a participle cue ("placed by", « passée par », « émanant de ») needs before it."""
_NOUN_REACH = 120
"""Chars between the won noun and a participle naming its giver: the goods and the amount stand between."""
_GIVER_GAP = re.compile(r"(?:[ ]?(?:the|la|le|les|l'|[a-zà-ÿ\-]{2,15}))*?[ ]?")
"""Between the cue and the giver: a determiner and a short description ("la jeune compagnie", "l'américain")."""
_GIVER_REACH = 40
_GIVER_DESCRIBED = re.compile(r"[ ](?:l'|la[ ]|le[ ]|les[ ]|the[ ])[^,.;()«»\"]{3,100},[ ]")
"""Between the cue and a giver named after its description, in apposition: « attribué par l'autorité organisatrice
des transports de la région, Korvia »."""
_DESCRIBED_REACH = 120
_NOT_BUYER = re.compile(r"\b(?:festival|fair|show|awards?|prize|prix|salon)$")
"""A giver whose name ends in an event, which hands out prizes, not orders: "an award from the Cannes Festival"."""
_POLITICIAN_AFTER = re.compile(r"[ ](?:administration|government|gouvernement|campaign|campagne|regime|régime)\b")
"""A politician's name used as an adjective of the state after it: "a contract from the Trump administration"."""
_NOT_OBJECT = re.compile(r"[ ](?:for|over|about|on|of|under|to|in|after|before|against)[ ]")
"""Between the winner's verb and a contract "with" a party, a preposition: the contract is not what was won ("won
approval for its contract with X", "won a ruling over its contract with X")."""
_PART_OF_TOTAL = re.compile(r",?[ ]?(?:dont|including|among[ ]them|notamment)[ ]")
"""Opening the clause of an order told as part of a total the subject booked: "..., dont une commande ferme de"."""
_CONTRACT_TOLD_AGAIN = re.compile(
    r"[«“\"]?[ ]?(?:ce|cet|cette|le|la|ce[ ]nouveau|cette[ ]nouvelle|le[ ]nouveau|la[ ]nouvelle)[ ]"
    r"(?:contrat|marché|commande|concession|délégation)(?:[ ][^ ,.;]{1,20}){0,4}?,[ ]$"
)
"""Between a sentence's start and its giver's participle: the contract told again (« Ce contrat, attribué par »)."""
_NEXT_GIVER = re.compile(r"(?:,|,?[ ](?:and|et))[ ](?:with[ ])?(?:(?:the|la|le|les)[ ]|l')?")
"""Between two givers listed: "passée par Royal Caribbean et MSC Croisières", "contracts with A and with B"."""


def given_by_candidates(
    article: Article,
    sentence: Sentence,
    cue: Cue,
    subject_of: Callable[[Article, Sentence, Cue], CompanyMention | None],
) -> list[Candidate]:
    """The customer starts of a won contract or order whose giver follows the cue; none without a winner's verb."""
    folded = article.folded
    giver = _giver_after(folded, sentence, cue)
    if giver is None or _no_buyer(folded, giver):
        return []
    noun_end = cue.end if _ORDER_NOUN.match(folded, cue.start) else _noun_before(folded, sentence, cue)
    if noun_end is None:
        return []
    winner = subject_of(article, sentence, cue) or _booker_of_total(folded, sentence, cue)
    if winner is None and _CONTRACT_TOLD_AGAIN.fullmatch(folded, sentence.start, cue.start):
        return _given_by_told_before(article, sentence, giver)
    if winner is None or winner.id == giver.id or winner.end > cue.start:
        return []
    verb = _WINNER_VERB.search(folded, winner.end, noun_end)
    if verb is None or (
        folded.endswith(" with", cue.start, cue.end) and _NOT_OBJECT.search(folded, verb.end(), cue.start)
    ):
        return []
    givers = [giver]
    for company in sentence.companies:
        if company.start > givers[-1].end and _NEXT_GIVER.fullmatch(folded, givers[-1].end, company.start):
            givers.append(company)
    modality = modality_at(article, sentence, verb.start(), future=True)
    # Session 27: the won noun's own amount, between the winner's verb and the giver ("booked a $5 million contract
    # from X"); a price per unit is none.
    amount = next((m for m in sentence.money if verb.end() <= m.start < cue.start and not m.per_unit), None)
    return [
        Candidate(
            type="customer_start",
            span=(sentence.start, sentence.end),
            subject=customer,
            object=winner,
            amount=amount,
            modality=modality,
            effective_date=event_date(sentence),
        )
        for customer in givers
        if customer.id != winner.id
    ]


def _giver_after(folded: str, sentence: Sentence, cue: Cue) -> CompanyMention | None:
    """The giver right after the cue (maybe after a determiner and a word or two), else named after its description."""
    giver = sentence.company_after(cue.end, within=_GIVER_REACH)
    if giver is not None and _GIVER_GAP.fullmatch(folded, cue.end, giver.start):
        return giver
    giver = sentence.company_after(cue.end, within=_DESCRIBED_REACH)
    if giver is not None and _GIVER_DESCRIBED.fullmatch(folded, cue.end, giver.start):
        return giver
    return None


def _given_by_told_before(article: Article, sentence: Sentence, giver: CompanyMention) -> list[Candidate]:
    """The start of a contract told again with its giver, won in the sentence before (« Y a remporté un contrat »)."""
    if sentence.index == 0:
        return []
    before = article.sentence(sentence.index - 1)
    folded = article.folded
    for verb in _WINNER_VERB.finditer(folded, before.start, before.end):
        won = _ORDER_NOUN.search(folded, verb.end(), before.end)
        winner = before.company_before(verb.start(), exclude=giver.id)
        if won is None or winner is None or _ORDER_NOUN.search(folded, winner.end, verb.start()):
            continue
        return [
            Candidate(
                type="customer_start",
                span=(before.start, sentence.end),
                subject=giver,
                object=winner,
                modality=modality_at(article, before, verb.start(), future=True),
                effective_date=event_date(before),
            )
        ]
    return []


def _no_buyer(folded: str, giver: CompanyMention) -> bool:
    """Whether the giver is an event handing out prizes or a politician's name used for the state."""
    return bool(_NOT_BUYER.search(folded, giver.start, giver.end) or _POLITICIAN_AFTER.match(folded, giver.end))


def _booker_of_total(folded: str, sentence: Sentence, cue: Cue) -> CompanyMention | None:
    """The subject of the clause before a "dont / including" clause that holds the cue: the booker of the total.

    « Dorvane a engrangé 15 milliards de dollars de commandes, dont une commande ferme de 32 A380 émanant de X ».
    """
    clause_start = sentence.clauses.span_of(cue.start)[0]
    if _PART_OF_TOTAL.match(folded, clause_start) is None or clause_start <= sentence.start:
        return None
    return sentence.company_before(clause_start - 1)


def _noun_before(folded: str, sentence: Sentence, cue: Cue) -> int | None:
    """The end of the won noun a participle cue hangs on, a short way before it: « une commande de cinq paquebots »."""
    nouns = list(_ORDER_NOUN.finditer(folded, max(sentence.start, cue.start - _NOUN_REACH), cue.start))
    return nouns[-1].end() if nouns else None
