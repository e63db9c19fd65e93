"""Where the supplier stands in the wordings of a lost customer that the cue tables alone cannot reach.

Real reports of a lost customer rarely put the supplier right after the verb: a retailer "retire de
ses rayons plusieurs produits du groupe PepsiCo" or "ne vend plus, depuis ce jeudi, de produits de
l'agro-industriel X" (the goods, then their maker), a supplier "confirmed the loss of the Walmart
contract" (the customer named inside the contract). Each reader here takes the position right after
a cue and returns the company the wording points to, or ``None``; the rules module decides what the
cue means.
"""

from __future__ import annotations

import re

from streams.extraction.article import Sentence
from streams.extraction.candidate import Candidate
from streams.extraction.mentions import CompanyMention
from streams.extraction.pattern_windows import may_match
from streams.extraction.quantities import MoneyMention

_GOODS_OF_MAKER = re.compile(
    r"(?:,[^,.;]{1,40},|[ ](?:dès|from|à[ ]partir[ ]de|d'ici|en|in|by)[ ][\w\-]{2,12})?[ ]"
    r"(?:(?:les|des|de|d'|ses|plusieurs|certains|certaines|tous[ ]les|toutes[ ]les|l'ensemble[ ]des|aucun|aucune|any"
    r"|une[ ]centaine[ ]de|une[ ]partie[ ]des|all|some|several|many|the|its|dozens[ ]of|hundreds[ ]of|le|la|l')[ ]?)?"
    r"(?:\d{1,4}[ ])?(?:[a-zà-ÿ\-]{1,15}[ ])?"
    r"(?:produits|références|marques|articles|composants|pièces|puces|équipements|products|brands|goods|items"
    r"|components|parts|chips|equipment|réseaux?|networks?|logiciels?|software|plateformes?|platforms?)"
    r"(?:[ ](?:mobiles?|fixes?|informatiques?|numériques?|mobile|fixed|digital))?"
    r"(?:[ ](?:du[ ]groupe[ ]|de[ ]la[ ]|de[ ]l'|du[ ]|des[ ]|de[ ]|d'|from[ ]|of[ ]|made[ ]by[ ])"
    r"(?:l'|le[ ]|la[ ]|the[ ])?|[ ])"
)
"""After a withdrawal verb: the goods, then their maker ("plusieurs produits du groupe ", "de produits de
l'agro-industriel ", "all products from the snack maker ", "les produits ", "dès 2026 les composants de ", "le réseau
mobile d'")."""


_DESCRIPTION = re.compile(r"(?:[a-zà-ÿ\-]{2,20}[ ]){0,2}")
"""Between the goods and their maker's name: at most a two-word description ("agro-industriel ", "snack maker ")."""
_DESCRIPTION_REACH = 36


def maker_of_withdrawn_goods(folded: str, sentence: Sentence, end: int, exclude: str | None) -> CompanyMention | None:
    """The supplier whose goods a retailer stops selling: the company named after the goods right after ``end``.

    "retire de ses rayons plusieurs produits du groupe X", "ne vend plus, depuis ce jeudi, de produits de
    l'agro-industriel X", "pulled all products from X": a quantifier, an inserted time phrase and a short
    description of the maker may stand between the verb and the name.
    """
    goods = _GOODS_OF_MAKER.match(folded, end, sentence.end)
    if goods is None:
        return None
    maker = sentence.company_after(goods.end(), exclude=exclude, within=_DESCRIPTION_REACH)
    if maker is None or _DESCRIPTION.fullmatch(folded, goods.end(), maker.start) is None:
        return None
    return maker


_ARTICLE_THEN_NAME = re.compile(r"[ ](?:the|a|an|its|le|la|l'|du|son|sa)[ ]?")
_CONTRACT_AFTER_NAME = re.compile(
    r"(?:'s|')?[ ](?:[a-z\-]{1,15}[ ]){0,2}(?:contracts?|accounts?|business|agreements?|orders?|contrats?|marchés?"
    r"|budgets?)\b"
)
"""After the customer's name: the contract it held ("the Walmart supply contract", "Kroger's business")."""


def customer_named_in_contract(folded: str, sentence: Sentence, end: int, exclude: str | None) -> CompanyMention | None:
    """The customer in "the loss of the X contract", "lost a X supply agreement": named before its contract noun.

    The article right after ``end`` is skipped; the name must be followed by a contract word, so "the
    loss of the French market" or "the loss of a Boeing engineer" names no customer.
    """
    lead = _ARTICLE_THEN_NAME.match(folded, end, sentence.end)
    start = lead.end() if lead is not None else end
    customer = sentence.company_after(start, exclude=exclude, within=1)
    if customer is None or _CONTRACT_AFTER_NAME.match(folded, customer.end, sentence.end) is None:
        return None
    return customer


def recap_of_told_loss(found: list[Candidate], sentence: Sentence, told: Candidate | None) -> Candidate | None:
    """The unnamed loss of ``sentence`` that only retells the named loss ``told`` before it, if any.

    "Apple said it would drop Imagination. The loss of its biggest customer forced it to put itself up
    for sale": a sentence naming no company that tells a lost customer without naming it speaks of the
    loss the story has just told, not of a second, unnamed customer; what it adds ("its biggest") is a
    remark on that loss.
    """
    if told is None or told.type != "customer_end" or told.subject is None or told.object is None:
        return None
    if told.subject.kind == "unnamed" or any(c.id != told.object.id for c in sentence.companies):
        return None  # a sentence naming another company than the supplier tells another story
    return next(
        (c for c in found if c.type == "customer_end" and (c.subject is None or c.subject.kind == "unnamed")),
        None,
    )


_CLIENT_HEAD = re.compile(
    r"[ ]?(?:(?:ses|les|des|its|the|their|leurs)[ ])?(?:(?:deux|trois|two|three|principaux|grands|gros|major|key"
    r"|biggest|largest)[ ]){0,2}(?:(?:budgets|comptes|accounts)(?:[ ](?:de|d'|du|des|of)[ ]?)?|clients|customers),?[ ]"
)
"""After a nominal loss cue, before the names: the plural customer noun that heads a list ("des budgets ", "de ses
clients ", "its two biggest customers, ", "the accounts of "). "les clients de X" names X's own clients, so a client
noun takes no "de"."""


def customer_after_head(folded: str, sentence: Sentence, end: int) -> CompanyMention | None:
    """The first customer of "la perte des budgets A et B", "the loss of its customers A and B", if so told.

    A plural customer noun stands between the loss noun and the names; the caller reads the rest of the list.
    """
    head = _CLIENT_HEAD.match(folded, end, sentence.end)
    return None if head is None else sentence.company_after(head.end(), within=0)


_MAJOR_LOSS_UNNAMED = re.compile(
    r"\b(?:loss|lost|loses|lose|losing|perte|perd|perdu)[ ](?:of[ ]|de[ ]|d')?(?:its|their|a|an|son|sa|un|une)[ ]"
    r"(?:[a-z\-]{2,15}[ ]){0,2}?(?:biggest|largest|major|main|key|top|principal|plus[ ]gros|important)[ ]"
    r"(?:[a-z\-]{2,15}[ ]){0,2}?(?:contract|customer|client|account|contrat)s?\b"
)
"""A loss told before its customer is named: "after the loss of its biggest contract", "lost a major British
government contract", "la perte de son plus gros client"."""


def heralds_major_loss(folded: str, sentence: Sentence, vendor: CompanyMention) -> bool:
    """Whether ``sentence`` tells ``vendor``'s loss of a major customer it does not name.

    "Sigma's investor says ... after the loss of its biggest contract. The supplier revealed it had lost its contract
    with Chemist Warehouse": the loss the next sentence names is that major one. A sentence naming any other company
    speaks of it, not of the loss named later.
    """
    if any(company.id != vendor.id for company in sentence.companies):
        return False
    return (
        may_match(_MAJOR_LOSS_UNNAMED, folded)
        and _MAJOR_LOSS_UNNAMED.search(folded, sentence.start, sentence.end) is not None
    )


_LISTED_AFTER = re.compile(r"[ ]?:[ ]")
"""After an unnamed major loss: a colon, and the losses it announces named behind it."""


def major_losses_listed_from(folded: str, sentence: Sentence) -> int | None:
    """Where the losses a major-loss heading announces start ("they lost a major customer: A lost B, C lost D").

    The heading tells how big each loss listed after its colon is, though it names none of them.
    """
    heading = _MAJOR_LOSS_UNNAMED.search(folded, sentence.start, sentence.end)
    colon = _LISTED_AFTER.match(folded, heading.end(), sentence.end) if heading is not None else None
    return colon.end() if colon is not None else None


_BELIEVED_TO_BE = re.compile(
    r",?[ ](?:(?:widely|generally)[ ])?(?:believed|thought|understood|reported|said|presumed)[ ]to[ ]be[ ]"
    r"|,?[ ](?:probablement|vraisemblablement|sans[ ]doute)[ ]"
)
"""After a described customer: the name the story guesses for it ("a major customer, believed to be X,")."""


def guessed_name(folded: str, sentence: Sentence, described: CompanyMention) -> CompanyMention | None:
    """The company a described party is "believed to be" ("a major customer, believed to be X,"), if named."""
    guess = _BELIEVED_TO_BE.match(folded, described.end, sentence.end)
    if guess is None:
        return None
    return sentence.company_after(guess.end(), exclude=described.id, within=4)


_DESCRIBED_REACH = 4
"""How far (chars) after "la perte d'" / "the loss of" a described customer may start ("un gros client")."""


def described_right_after(unnamed: list[CompanyMention], end: int) -> CompanyMention | None:
    """The described party ("un gros client", "a major customer") starting right after a nominal loss cue."""
    return next((u for u in unnamed if 0 <= u.start - end <= _DESCRIBED_REACH), None)


_STAKE_BEFORE_AMOUNT = re.compile(
    r"(?:(?:cut|cuts|reduce|reduces|lower|lowers|hit|hits)[ ](?:its|the[ ]company's|the[ ]group's)[ ]"
    r"(?:annual[ ]|yearly[ ])?(?:revenues?|sales|turnover)[ ]by"
    r"|(?:customer|client|contract|account|agreement|business),?[ ](?:which[ ]|that[ ])?(?:had[ ]|has[ ])?"
    r"(?:represented|accounted[ ]for|brought[ ]in|generated)(?:[ ]a[ ](?:whopping|hefty))?"
    r"|(?:client|contrat|marché),?[ ](?:qui[ ])?(?:représentait|représente|rapportait|générait|pesait))"
    r"[ ](?:about[ ]|around[ ]|roughly[ ]|some[ ]|nearly[ ]|almost[ ]|environ[ ]|près[ ]de[ ]|quelque[ ])?$"
)
"""Right before an amount: the revenue a lost customer was worth ("will cut its revenue by around ", "That
customer represented a whopping ", "le contrat, qui représentait près de ")."""
_STAKE_REACH = 60


_RELATION_OPENING = re.compile(
    r"(?:[^,;.]{1,30},[ ])?(?:(?:or|but|and|yet|mais|et|car)[ ])?"
    r"(?:the|this|that|its|le|la|l'|ce|cet|cette|son|sa)[ ]?(?:[\w\-&'.]{1,25}[ ]){0,3}?"
    r"(?:relationship|contract|agreement|deal|account|business|partnership|accord(?:[ \-]cadre)?|contrat|marché"
    r"|partenariat)s?\b"
)
"""A sentence opening on a customer relation as its subject, after at most a fronted phrase ("For 2011, the Cigna
contract", "The Albertsons relationship", "L'accord cadre", "Or ce contrat")."""
_REVENUE_VERB = re.compile(
    r"[ ](?:contribute[sd]?|bring(?:s)?[ ]in|brought[ ]in|generate[sd]?|represent(?:s|ed)?|accounts?[ ]for"
    r"|accounted[ ]for|garantit|garantissait|rapporte|rapportait|représente|représentait|pèse|pesait|génère"
    r"|générait)\b"
)
"""What a relation brings its supplier, not what it costs in all: "is expected to contribute", "garantit", "pèse"."""
_OPENING_REACH = 160


def relation_value(
    folded: str, sentence: Sentence, money: list[MoneyMention]
) -> tuple[MoneyMention, CompanyMention | None] | None:
    """The amount a sentence whose subject is a customer relation says it brings, and the customer it names.

    "The Albertsons relationship is expected to contribute about $410 million of revenue", "For 2011, the
    Cigna contract is expected to bring in revenue of $110-$115 million", "L'accord cadre garantit au moins
    30 millions de dollars de revenus annuels": what the relation is worth to its supplier each year, never
    the revenue of the company named in the relation. The customer is the company the opening names
    ("the Albertsons relationship"), else None (the relation the story has just told).
    """
    opening = _RELATION_OPENING.match(folded, sentence.start, min(sentence.end, sentence.start + _OPENING_REACH))
    if opening is None:
        return None
    verb = _REVENUE_VERB.search(folded, opening.end(), min(sentence.end, opening.end() + _OPENING_REACH))
    if verb is None or ";" in folded[opening.end() : verb.start()]:
        return None
    amount = next((m for m in money if m.start >= verb.end()), None)
    if amount is None:
        return None
    named = next((c for c in sentence.companies if opening.start() <= c.start and c.end <= opening.end()), None)
    return amount, named


_LOSS_OF_BEFORE = re.compile(
    r"\b(?:the[ ]loss[ ]of|la[ ]perte[ ]de)[ ](?:about[ ]|around[ ]|roughly[ ]|some[ ]|environ[ ])?$"
)
"""Right before an amount: "the loss of ", « la perte de »: a stake only when revenue follows the amount."""
_REVENUE_AFTER = re.compile(
    r"(?:[ \-](?:a|per)[ \-](?:year|month|quarter))?[ ](?:in|of|de|d')[ ]?(?:[a-z]{2,20}[ ]){0,2}?"
    r"(?:revenues?|sales|business|income|turnover|chiffre[ ]d'affaires|revenus|ventes)\b"
)
"""Right after the amount of "the loss of": the revenue it is ("$20 million in monthly revenue", « 30 millions
d'euros de chiffre d'affaires »), not a net loss nor a lost asset."""


def amount_at_stake(folded: str, money: list[MoneyMention]) -> MoneyMention | None:
    """The revenue a lost customer brought its supplier, told right after a stake phrase, if any.

    "The loss of $X in revenue" is one too when revenue follows the amount ("the loss of $20 million in monthly
    revenue from the contract"); "the loss of $5 million" alone may be any loss.
    """
    return next(
        (
            m
            for m in money
            if _STAKE_BEFORE_AMOUNT.search(folded, max(0, m.start - _STAKE_REACH), m.start)
            or (
                _LOSS_OF_BEFORE.search(folded, max(0, m.start - _STAKE_REACH), m.start)
                and _REVENUE_AFTER.match(folded, m.end)
            )
        ),
        None,
    )


NOTICE_NOUN = re.compile(
    r"(?:termination|cancellation|non-renewal|arrêt|fin|résiliation|non-renouvellement)[ ](?:of|de|du|d')"
)
"""A nominal cue that tells a notice of an ending: read only with the party that gave notice before it."""
_NOTIFIED_BY = re.compile(
    r"\b(?:notified|informed|advised|notifiée?s?|informée?s?|avisée?s?)[ ](?:by|par)[ ](?:the[ ]|la[ ]|le[ ]|l')?$"
)
_NOTICE_OF = re.compile(r"(?:[ ]\([^()]{1,30}\))?,?[ ](?:of|about|de|d')[ ]?(?:the[ ]|its[ ]|la[ ]|l'|son[ ]|sa[ ])?$")


def active_notice(folded: str, sentence: Sentence, cue_start: int) -> tuple[CompanyMention, CompanyMention] | None:
    """(X, Y) in "X notified Y of the termination of ...", "X a notifié à Y la fin du contrat", if so told.

    The one who notifies an ending is the customer that ends; the one notified, named right before the ending noun,
    supplies.
    """
    notified = next((c for c in reversed(sentence.companies) if c.end <= cue_start), None)
    if notified is None or _NOTIFIED_ENDING.fullmatch(folded, notified.end, cue_start) is None:
        return None
    verb = _NOTIFIES_BEFORE.search(folded, max(sentence.start, notified.start - _NOTIFY_REACH), notified.start)
    if verb is None:
        return None
    teller = next((c for c in reversed(sentence.companies) if c.end <= verb.start()), None)
    return (teller, notified) if teller is not None and teller.id != notified.id else None


_NOTIFY_REACH = 30
_NOTIFIES_BEFORE = re.compile(
    r"\b(?:notified|notifies|informed|informs|advised|advises|a[ ]notifié[ ]à|notifie[ ]à|a[ ]signifié[ ]à"
    r"|signifie[ ]à|a[ ]annoncé[ ]à|annonce[ ]à)[ ](?:the[ ]|la[ ]|le[ ]|l')?$"
)
_NOTIFIED_ENDING = re.compile(r"(?:[ ]of)?[ ](?:the[ ]|la[ ]|le[ ]|l')?")
"""Between the one notified and the ending noun: " of the ", " la ", " l'"."""


def notifier(folded: str, sentence: Sentence, cue_start: int) -> CompanyMention | None:
    """X in "Y was notified by X of the termination of ...", "Y a été notifiée par X de l'arrêt de ...", if any.

    The party that gives notice of an ending is the customer that ends; the one notified supplies.
    """
    for company in reversed(sentence.companies):
        if company.end > cue_start:
            continue
        if _NOTICE_OF.fullmatch(folded, company.end, cue_start) is None:
            return None
        return company if _NOTIFIED_BY.search(folded, max(sentence.start, company.start - 40), company.start) else None
    return None


def notified_party(folded: str, sentence: Sentence, customer: CompanyMention) -> CompanyMention | None:
    """Y in "Y was notified by X ...": the closest other company before the notice verb."""
    verb = _NOTIFIED_BY.search(folded, max(sentence.start, customer.start - 40), customer.start)
    if verb is None:
        return None
    return next((c for c in reversed(sentence.companies) if c.end <= verb.start() and c.id != customer.id), None)


_HOLDER_CONTRACT = re.compile(r"(?:'s|')[ ](?:[a-z\-]{1,15}[ ]){0,2}(?:contracts?|agreements?|deals?|accounts?)\b")
"""Right after a supplier that holds the contract: "Capgemini's contract", "Capgemini's IT services agreement"."""
CONTRACT_HOLDER_BEFORE = re.compile(
    r"\b(?:contrat|accord|marché|contract|agreement)s?[ ](?:[a-zé\-]{1,15}[ ]){0,2}?(?:de[ ]|d'|du[ ]|of[ ])"
    r"(?:(?:l'|la[ ]|le[ ]|the[ ])?(?:[a-zà-ÿ\-]{2,20}[ ]){1,2})?$"
)
"""Right before a supplier that holds the contract, described or not: "le contrat de (l'équipementier) ", "the
contract of (IT group) "; its customer follows "avec" / "with" or is the agent of its passive ending."""
_HOLDER_REACH = 40
_AGENT_AFTER = re.compile(r"(?:[ ][a-z\-]{2,15}){0,2}?[ ](?:by|par)[ ](?:the[ ]|la[ ]|le[ ]|l')?")
"""After a passive ending, before its agent: " by ", " par la ", " early by the "."""


def agent_of_held_contract(
    folded: str, sentence: Sentence, holder: CompanyMention, cue_end: int
) -> CompanyMention | None:
    """The customer of "<holder>'s contract was cancelled by Y", "le contrat de <holder> a été résilié par Y".

    The company whose contract it is supplies under it; the agent of its passive ending is the customer that ends
    it, whichever of the two the sentence names first.
    """
    held = _HOLDER_CONTRACT.match(folded, holder.end) or CONTRACT_HOLDER_BEFORE.search(
        folded, max(sentence.start, holder.start - _HOLDER_REACH), holder.start
    )
    agent = _AGENT_AFTER.match(folded, cue_end, sentence.end) if held is not None else None
    return None if agent is None else sentence.company_after(agent.end(), exclude=holder.id, within=0)


_OUSTING = re.compile(
    r"(?:,[ ])?(?:ousting|replacing|displacing|unseating|dislodging|over|instead[ ]of|in[ ]place[ ]of|ahead[ ]of"
    r"|évinçant|remplaçant|détrônant|au[ ]détriment[ ]d(?:e|u)|à[ ]la[ ]place[ ]d(?:e|u)|plutôt[ ]que)"
    r"[ ](?:the[ ]|its[ ]|le[ ]|la[ ]|l')?$"
)
"""Right before "incumbent" / « le sortant »: the newcomer named before has displaced the incumbent ("awarded the
contract to Atos, ousting incumbent Capgemini", "picked Atos over incumbent Capgemini")."""
_OUSTING_REACH = 30


def customer_ousting_incumbent(
    folded: str, sentence: Sentence, cue_start: int, incumbent: CompanyMention
) -> CompanyMention | None:
    """The customer of "X awarded the work to A, ousting incumbent Y" / "X picked A over incumbent Y", if so told.

    The company named right before the ousting word is the newcomer, never the customer: the customer is the
    sentence's first company before it (its subject). The incumbent has lost the business.
    """
    ousting = _OUSTING.search(folded, max(sentence.start, cue_start - _OUSTING_REACH), cue_start)
    if ousting is None:
        return None
    before = [c for c in sentence.companies if c.end <= ousting.start() and c.id != incumbent.id]
    if len(before) < 2:  # noqa: PLR2004 - a customer and a newcomer
        return None
    customer, newcomer = before[0], before[-1]
    return customer if customer.id != newcomer.id else None
