"""Cue patterns for a customer ending a supplier relation, where a table row cannot spell the words between.

The rows of ``customer_end`` list phrases one by one ("ended its relationship with", "severed ties with"), and
reporters vary the verb's tense and the relation's words at will: "severed its 15-year relationship with",
"is exiting its logistics agreement with", "let its contract with X expire", "ending its reliance on X",
"a laissé expirer son contrat avec X". Each pattern here is a verb of ending, the customer's own relation (at
most three words of description) and the word that introduces the supplier; it yields a cue of ``customer_end``
read by the same frame reader as a row (:mod:`streams.extraction.rules`). A longer row over the same words wins.
"""

from __future__ import annotations

import re
from typing import Final

from schemas.news import Language
from streams.extraction.pattern_windows import anchored_matches

_EN_END_VERB = (
    r"\b(?:end(?:s|ed|ing)?|terminat(?:e|es|ed|ing)|sever(?:s|ed|ing)?|cut(?:s|ting)?|exit(?:s|ed|ing)?|quit(?:s|ting)?"
    r"|dissolv(?:e|es|ed|ing)|scrap(?:s|ped|ping)?|cancel(?:s|led|ed|ling|ing)?|br(?:eak|eaks|oke|eaking)[ ]off"
    r"|wound[ ](?:down|up)|wind(?:s|ing)?[ ](?:down|up)|pull(?:s|ed|ing)?[ ]out[ ]of"
    r"|walk(?:s|ed|ing)?[ ]away[ ]from)[ ]"
    r"(?:(?:with[ ]immediate[ ]effect|immediately|formally|effectively|abruptly|unilaterally)[ ])?"
)
"""A verb that ends a relation, in any tense, perhaps with its manner ("terminated with immediate effect its ...")."""
_EN_RELATION = (
    r"(?:(?:all[ ](?:of[ ])?)?(?:its|their)|every|all|any|the[ ](?:authority|council|agency|ministry|department|group"
    r"|company|firm|board)'s|(?!(?:its|their|the|a|an)[ ])(?:[a-z0-9&\-]{2,15}[ ]){0,2}[a-z0-9&\-]{2,15}'s?)[ ]"
    r"(?:(?!(?:merger|acquisition|takeover|buyout|sale|purchase|loan|credit|financing)[ ])[a-z0-9\-]{2,15}[ ]){0,3}?"
    r"(?:relationship|ties|contract|agreement|partnership|deal|collaboration|arrangement|account|link|dealing)s?"
    r"(?=[ ]with\b)"
)
"""The customer's own relation, before "with": "its 15-year supply relationship", "their logistics contracts", "the
authority's two contracts", "every supply link", "all of its contracts", "Barnet Council's outsourcing contract"; a
deal's or a loan's agreement ("ended its merger agreement with X") is no supply relation."""
_EN_LAPSE = (
    r"\b(?:let|lets|letting|allow(?:s|ed|ing)?)[ ](?:its|their|the)[ ](?:[a-z0-9\-]{2,15}[ ]){0,3}?"
    r"(?:contract|agreement|deal|partnership|account)s?"
    r"(?=[ ]with[ ][^.;]{2,60}?[ ](?:to[ ])?(?:expire|lapse|run[ ]out)\b)"
)
"""A relation left to lapse, its supplier named before the lapse: "let its contract with X expire", "allowed its
deal with X to lapse"."""
_DEAL_NOUN = r"(?:(?:[a-z0-9\-]{2,15}[ ]){0,2})(?:contract|agreement|deal|partnership|relationship)s?"
_ABBREVIATED = r"(?:[^.;]|(?<=inc)\.|(?<=ltd)\.|(?<=corp)\.|(?<=co)\.)"
"""A character of the clause, the full stop of a legal suffix among them ("Korvane Inc. (NASDAQ:KE)")."""
_LATER_END = (
    r"(?:will|would|is[ ](?:set|due|going)[ ]to|is[ ]to)[ ](?:end|terminate|be[ ]terminated|be[ ]concluded"
    r"|come[ ]to[ ]an[ ]end)"
)
_END_PREDICATE = (
    rf"(?:{_LATER_END}|ended|was[ ]terminated|came[ ]to[ ]an[ ]end|ends)"
    r"(?=[ ](?:this|next|last|in|on|by|at|early|late|later|when|after|before|\d)|[,.;]|$)"
)
_EN_POSSESSED_DEAL_ENDS = (
    r"(?:(?<='s[ ])|(?<=[a-z]'[ ])|(?<=\)[ ]))"
    + _DEAL_NOUN
    + rf"(?=[ ]with[ ]{_ABBREVIATED}{{2,80}}?[ ]{_END_PREDICATE})"
)
"""Session 26 (custend): a customer's deal as the subject of its own end, the customer owning it and the supplier after
"with" ("X's deal with Y for the supply of batteries will end this year", "X (NYSE:X) deal with Y ended in June"): the
cue is the deal noun, read as the rows "ended its contract with" are. An end with an object ("X's deal with Y ended a
long dispute") is no end of the deal: a time, or the clause's end, must follow the verb. A contract that expires or
lapses at its term is no decision to end it (session 23's near miss)."""
_EN_ENDS_BARE_DEAL = (
    r"\b(?:end(?:s|ed|ing)?|terminat(?:e|es|ed|ing)|scrap(?:s|ped|ping)?|cancel(?:s|led|ed|ling|ing)?"
    r"|ax(?:e|es|ed|ing)|ditch(?:es|ed|ing)?)[ ]"
    r"(?!(?:its|their|the|a|an|his|her|our|this|that)[ ])"
    r"(?!(?:[a-z0-9\-]{2,15}[ ]){0,3}?(?:merger|takeover|acquisition|buyout|joint|licen[cs]ing|sponsorship|naming"
    r"|distribution|marketing|codeshare|talks|ceasefire|truce|peace|trade|nuclear)\b)"
    r"(?:[a-z0-9\-]{2,15}[ ]){0,3}?(?:supply[ ])?(?:contract|agreement|deal|relationship)s?(?=[ ]with[ ])"
)
"""Session 26 (custend): a headline's end of a deal, its determiner dropped ("X ends battery supply deal with Y",
"X scraps $700m contract with Y"): read as "ended its contract with" is, the supplier after "with". A merger, a
licence, a sponsorship or talks ended with Y are no supplier's loss."""
DEAL_ENDS_LATER: Final = re.compile(
    r"(?:'s?[ ])?" + _DEAL_NOUN + rf"[ ]with[ ]{_ABBREVIATED}{{2,80}}?[ ]"
    rf"(?:{_LATER_END}\b|ends(?=[ ](?:in|next|this|on|at|by)\b))"
)
"""The same deal told to end later ("will end this year", "ends in June"), from its noun or the owner's "'s" that a
row's cue opens with: an announced end, a plan."""
_EN_USE_ENDED = (
    r"\b(?:end(?:s|ed|ing)?|phas(?:e|es|ed|ing)[ ]out|wean(?:s|ed|ing)?[ ]itself[ ]off)[ ](?:its|their)[ ]"
    r"(?:(?:use|usage|reliance|dependence|dependency)[ ](?:of|on)|purchases[ ]from)\b"
)
"""A customer ending its use of or reliance on a supplier: "ending its reliance on X", "ended its use of X"."""
_EN_NO_LONGER_CUSTOMER = (
    r"\b(?:no[ ]longer(?:[ ]be)?|(?:cease[sd]?|ceasing)[ ]to[ ]be|stop(?:s|ped)?[ ]being)[ ](?:a|an|one[ ]of[ ]its)[ ]"
    r"(?:(?!of[ ])[a-z\-]{2,15}[ ]){0,2}?(?:customer|client)s?(?![\w\-])(?:[ ](?:of|at)(?![\w\-]))?"
)
"""The customer told as such no longer: "would no longer be a customer (of X)", "will cease to be a client of X"."""
_EN_DROPPED_AS_OWN = (
    r"\b(?:(?:has|have|had)[ ]been|been|was|were|is|are|being|get|gets|got)[ ]"
    r"(?:dropped|replaced|axed|ditched|dumped|removed|sacked|fired)"
    r"[ ]as[ ](?=[^ ,.;][^,.;]{0,40}?'s?[ ](?:[a-z\-]{2,15}[ ]){0,2}"
    r"(?:suppliers?|providers?|vendors?|contractors?|manufacturers?|agency|agencies)\b)"
)
"""A supplier dropped as its customer's own supplier, the customer's possessive right after: "has been replaced as
Apple's display supplier (by Y)", "was dropped as Juniper Networks' main manufacturer"."""
NAMED_DAY: Final = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
)
"""A month or weekday, capitalised like a name but no supplier: "will stop using X from July" (session 24)."""
_EN_STOP_GOODS_FROM = (
    r"\b(?:stop(?:s|ped|ping)?|ceas(?:e|es|ed|ing))[ ]"
    r"(?:buying|purchasing|sourcing|ordering|using|selling|stocking|carrying|licensing)[ ](?!its[ ]|their[ ])"
    r"(?:(?!from[ ]|by[ ])[a-z0-9\-]{2,20}[ ]){1,4}?(?:from|made[ ]by|supplied[ ]by|produced[ ]by)[ ]"
    r"(?!\d|next[ ]|the[ ](?:end|start|beginning)[ ]|(?:early|mid|late)[ \-]|" + NAMED_DAY + r")"
)
"""A customer stopping what it buys from a supplier, the goods between ("stopped buying food from X", "will stop
selling streaming devices made by X", "to stop buying consulting services from X"). Not the goods of a teller ("Y
said X would stop using its drivers", a row) nor a date ("from 2026", "from next year", "from July")."""
_EN_MOVE_FROM = (
    r"\b(?:mov(?:e|es|ed|ing)|shift(?:s|ed|ing)?|switch(?:es|ed|ing)?|transfer(?:s|red|ring)?)[ ]"
    r"(?:(?:its|their|the|all)[ ](?:(?!from[ ]|to[ ]|away[ ])[a-z0-9\-]{2,20}[ ]){0,4}?"
    r"from[ ](?:(?:its|their)[ ](?:current[ ]|existing[ ])?)?"
    r"|(?:[a-z\-]{2,15}[ ]){0,2}?(?:planning|buying|business|account|accounts|work|production|manufacturing|orders"
    r"|spending|hosting|duties|workloads)(?:[ ]and[ ](?:[a-z\-]{2,15}[ ])?(?:planning|buying|creative|work|duties))?"
    r"[ ]from[ ]"
    r"|from[ ](?:its|their)[ ](?:current[ ]|existing[ ])?)(?=[^.;]{2,60}?[ ](?:to|onto)[ ])"
)
"""A customer moving its business, work or system from a supplier to another ("moved its media buying from X to Y"),
or moving from its own system of a supplier to another ("will move from their X systems to Y"); the business may go
without its possessive when a business noun names it ("to move media planning and buying from X to Y"). A bare "moved
from X to Y" is left (a person's career reads the same: the possessive after "from" tells a customer's move), and so
is a part moved ("shifted more assembly away from X": a risk, not an end); "moved its work away from X" is a row."""
_EN_LOST_CONTRACT_TO_SUPPLY = (
    r"\blos(?:e|es|t|ing)[ ](?:(?:its|their|a|the)[ ])?(?:[a-z0-9\-]{2,20}[ ]){0,2}?contracts?[ ]to[ ]"
    r"(?:supply|provide|make|deliver|produce|bake|manufacture)[ ](?:(?!to[ ]|for[ ])[a-z0-9\-]{2,20}[ ]){0,4}?"
    r"(?:to|for)[ ]"
)
"""A supplier losing its contract to supply goods to a customer ("lost its contract to supply own-label bread to X",
"lost key contracts to supply milk for X and Y")."""
_EN_STRUCK_FROM_LIST = (
    r"\b(?:(?:has|have|had)[ ])?(?:remov(?:e|es|ed|ing)|strik(?:e|es|ing)|struck|tak(?:e|es|ing)|took)[ ]"
    r"(?=[^.;]{2,60}?[ ](?:from|off)[ ](?:its|their)[ ](?:[a-z\-]{2,15}[ ]){0,2}?"
    r"(?:orders?|supplier[ ]list|list[ ]of[ ]suppliers|roster[ ]of[ ]suppliers|supplier[ ]roster|supplier[ ]base"
    r"|supplier[ ]panel)\b)"
)
"""A customer striking a supplier from its order or supplier list ("removed X from its order for A320neo jets",
"would strike X and Y off its supplier list"); the auxiliary belongs to the cue, so that the leadership row "has
removed" (a manager) does not win over it."""
_EN_YEARS_WITH = (
    r"\b(?:end(?:s|ed|ing)?|clos(?:e|es|ed|ing))[ ](?:a[ ]|its[ ]|their[ ])?"
    r"(?:\d{1,3}|(?!(?:the|this|that|last|next|each|every|its|their|fiscal|financial|calendar)[ \-])[a-z]{3,12})[ \-]"
    r"(?:years?|decades?)(?:[ \-]long)?[ ](?:(?:(?:relationship|association|partnership|run|tenure|stint)[ ])?with[ ]"
    # session 20 (end): the years told from the customer's side ("closing four decades as a customer of X", "ending
    # 20 years as an X client") or from the supplier's ("ending 75 years in which X served as its agency")
    r"|as[ ]an?[ ](?:customer|client)[ ]of[ ]|as[ ]an?[ ](?=[^,.;]{2,40}?[ ](?:customer|client)\b)"
    r"|in[ ]which[ ](?=[^,.;]{2,40}?[ ](?:served|supplied|acted|worked)\b))"
)
"""A customer ending its years with a supplier ("ending 75 years with X", "ended a 20-year relationship with X",
"closing four decades as a customer of X")."""
_EN_RIVALS_ONLY = (
    r"\b(?:rel(?:y|ies|ied|ying)|depend(?:s|ed|ing)?|count(?:s|ed|ing)?)[ ](?:solely|entirely|exclusively|only|wholly)"
    r"[ ]on[ ](?:(?:its|their)[ ])?(?:competitors|rivals|rival[ ](?:suppliers|vendors|chipmakers|makers)"
    r"|other[ ](?:suppliers|vendors|chipmakers|makers))(?:'|[ ]for)?"
)
"""A customer turning wholly to the rivals of a supplier the sentence names elsewhere, mostly as the teller ("Y said it
believes X will rely solely on competitors' modems"): the supplier is read as a bare verb's speaker."""
_EN_DISPLACED = (
    r"\b(?:displac(?:e|es|ed|ing)|unseat(?:s|ed|ing)?|supplant(?:s|ed|ing)?"
    r"|(?:take|takes|took|taking|taken)[ ]over[ ]from"
    r"|(?:take|takes|took|taking|taken)(?=[ ][^ ,.;][^,.;]{0,40}?'s?[ ]place[ ](?:at|in|on|with)\b))[ ]"
)
"""A newcomer taking an incumbent supplier's place, the incumbent right after the verb ("displaced X at A", "take
over from X at A", "take X's place in A's notebooks"); read by :mod:`streams.extraction.supplier_swap`."""
_EN_DROPPED_GOODS = (
    r"\b(?:retir(?:e|es|ed|ing)|remov(?:e|es|ed|ing)|(?:rip|swap|strip)(?:s|ped|ping)?[ ]out|drop(?:s|ped|ping)?"
    r"|ditch(?:es|ed|ing)?|dump(?:s|ed|ing)?|replac(?:e|es|ed|ing)|abandon(?:s|ed|ing)?|phas(?:e|es|ed|ing)[ ]out"
    r"|(?:mov(?:e|es|ed|ing)|shift(?:s|ed|ing)?)[ ]away[ ]from|stop(?:s|ped|ping)?[ ]using"
    r"|no[ ]longer[ ](?:us(?:e|es|ing)|contain(?:s|ing)?)|ceas(?:e|es|ed|ing)[ ]to[ ]use)[ ]"
    r"(?:(?:its|their|the|all[ ]of[ ]its|all|some[ ]of[ ]its)[ ])?"
    r"(?:(?:existing|current|old|older|ageing|aging|legacy|remaining)[ ])?"
    r"(?=(?!(?:in|of|to|from|for|with|by|on|at|and|as|a|an|its|the|their|more|less|some|all)[ ])[^ ,.;]+"
    r"(?:[ ][^ ,.;]+){0,3}?[ ](?:[a-z0-9\-]{1,15}[ ]){0,3}?"
    r"(?:(?:chip|processor|modem|part|component|gear|equipment|infrastructure|kit|hardware|software|graphics"
    r"|engine|jet|aircraft|plane|server|radio|product|batter(?:y|ie)|cell|display|screen|panel|sensor|tyre|tire"
    r"|truck|bus|buse|train|vehicle|device|technolog(?:y|ie))s?|[a-z]{0,3}\d{2,4}[a-z0-9\-]*)\b)"
)
"""A customer ridding itself of a supplier's goods, the maker named inside them right after the verb ("replace its
Huawei 4G gear", "retired Ericsson's 4G infrastructure", "remove Qualcomm parts from the iPhone", "drop the Intel
graphics", "is phasing out its Boeing 757s", "will move away from Intel chips"): the cue ends where the maker starts,
so the frame reads it as the company right after the verb. A word that is no name ("a drop in Intel chip prices")
cannot stand first, and the maker must be written with a capital (:func:`find_goods_cues`)."""

_EN_DESCRIBED_CONTRACT_ENDED = (
    r"\b(?:terminat(?:e|es|ed|ing)|cancel(?:s|led|ed|ling|ing)?|scrap(?:s|ped|ping)?|axe[sd]?|axing"
    r"|exit(?:s|ed|ing)?|not[ ]to[ ]renew|(?:will|would|did|does|do)[ ]not[ ]renew)[ ]"
    r"(?:(?:a|an|the)[ ])?"
    r"(?:(?!(?:merger|acquisition|takeover|buyout|sale|purchase|loan|credit|financing|new|a|an|the)[ ,])"
    r"[a-z0-9£$€.\-]{1,15},?[ ]){1,6}?(?:contract|agreement|partnership|arrangement)s?(?=[ ]with\b)"
)
"""A customer ending a contract told with its article and description rather than its possessive ("will terminate a
five year, £200m estates and facilities contract with X", "ended a 10-year outsourcing agreement with X"): the
relation is the subject's, its supplier after "with". At least one word of description stands before the noun (a
bare "ended the contract with" is a row, and so is "ends a 15-year partnership with", whose subject may be "a move"
told before); "cut a deal with" makes one and is left out of the verbs. The article may go unsaid before a described
plural ("terminated large contracts with A and B", session 24)."""

_EN_TIE_ENDING = (
    r"(?:'s?[ ]|\bthe[ ]"
    r"|(?<!merger)(?<!acquisition)(?<!takeover)(?<!buyout)(?<!sale)(?<!purchase)(?<!loan)(?<!credit)(?<!new)"
    r"[ ](?=(?:[a-z\-]{2,15}[ ]){0,2}?(?:deal|contract|agreement)))"
    r"(?:(?!(?:merger|acquisition|takeover|buyout|sale|purchase|loan|credit|financing|new)[ ])[a-z\-]{2,15}[ ]){0,2}?"
    r"(?:deal|contract|agreement|partnership|relationship|arrangement)s?[ ]with[ ]"
    r"(?=[^.;]{2,80}?[ ](?:(?:will|would|is[ ](?:set[ ]|due[ ])?to|are[ ](?:set[ ]|due[ ])?to)[ ]"
    r"(?:end|be[ ](?:terminated|concluded|ended|scrapped|cancel(?:l)?ed|wound[ ]down)|come[ ]to[ ]an[ ]end))\b)"
)
"""A customer's tie told as the subject of its own end ("Dorvane's deal with X for the supply of batteries will end this
year", "the contract with X will be terminated"): the supplier right after "with", the customer the company owning or
naming the tie before it. "its contract with X will not be renewed" is left to the rows, which read a speaker's "its"
as the supplier's ("Atos said its contracts with Airbus will not be renewed"); a contract that merely "expires in
June" is its term, not news of an end; a past "was terminated" is a deal called off in the tables (a denial), so only
the future is read here."""
_FR_TIE_ENDING = (
    r"\b(?:le|la|les)[ ](?:[a-zà-ÿ\-]{2,15}[ ]){0,2}?(?:contrat|accord|partenariat|marché)s?"
    r"(?:[ ][a-zà-ÿ\-]{2,15})?[ ](?:avec|passés?[ ]avec)[ ]"
    r"(?=[^.;]{2,80}?[ ](?:prendra[ ]fin|s'achèvera|s'arrêtera|sera[ ](?:résilié|rompu|dénoncé|annulé))\b)"
)
"""The same in French: « le contrat avec X prendra fin en juin », « le marché passé avec X sera résilié »."""

_EN_TIE_NOUN = r"(?:contract|account|franchise|deal|business|work|service)s?"
"""What a customer gives its supplier and can take back (a regulator's licence is no customer's)."""
_EN_STRIPPED_BY = (
    r"\b(?:(?:has|have|had|will)[ ]been[ ]|(?:was|were|is|are|being|be)[ ]|is[ ]to[ ]be[ ])?stripped[ ]of[ ]"
    r"(?:its|their|the|a|an)[ ](?:[a-z0-9\-]{2,15}[ ]){0,3}?" + _EN_TIE_NOUN + r"[ ]by[ ]"
)
"""A supplier stripped of its contract by its customer ("Korvia has been stripped of its cleaning contract by X"): the
supplier before the cue, the customer after."""
_EN_STRIPS_OF = (
    r"\bstrip(?:s|ped|ping)?[ ](?=[^,.;]{2,40}?[ ]of[ ](?:its|their|the|a|an)[ ](?:[a-z0-9\-]{2,15}[ ]){0,3}?"
    + _EN_TIE_NOUN
    + r"\b)"
)
"""A customer stripping a supplier of its contract ("X stripped Korvia of its cleaning contract"): the supplier right
after the verb."""
_EN_TAKEN_AWAY_FROM = (
    r"\b(?:(?:take|takes|took|taking|taken)[ ](?:its|their|the)[ ](?:[a-z0-9\-]{2,15}[ ]){0,3}?"
    + _EN_TIE_NOUN
    + r"[ ]away[ ]from"
    r"|(?:(?<=contract[ ])|(?<=account[ ])|(?<=business[ ])|(?<=service[ ]))"
    r"(?:is|was|are|were|has[ ]been|have[ ]been|will[ ]be|is[ ]to[ ]be|are[ ]to[ ]be)[ ](?:removed|taken[ ]away)"
    r"[ ]from)[ ](?!(?:it|them|him|her|us)\b)"
)
"""A contract taken away from its supplier by the customer that holds it ("X took the contract away from Korvia", "the X
screening contract is to be removed from Korvia"): the supplier right after "from", the customer the clause's company
before it. A pronoun after "from" ("which all took their accounts away from it") is left: the clause's company is then
often another customer of a list, not the one that took the work."""

_EN_STOP_SERVING = (
    r"\b(?:stop(?:s|ped|ping)?|ceas(?:e|es|ed|ing)|(?:wind|winds|winding|wound)[ ]down)[ ]"
    r"(?:providing|supplying|offering|delivering|performing|its|their)[ ]"
    r"(?:(?!to[ ]|for[ ])[a-z0-9\-]{2,20}[ ]){0,4}?(?:services?|work|deliveries|supplies)[ ](?:to|for)[ ]"
    r"(?!\d|(?:its|their|the|a|an|all|customers|clients|consumers|users|investors|shareholders|members)\b)"
)
"""Session 25 (custend): a supplier ceasing the service it gives a customer, the service between ("would also stop
providing ground delivery services to X", "will wind down its manufacturing services for X"): the supplier before the
cue, the customer after it. Services to people ("to customers", "to its members") are no company's."""
_TOLD_FUTURE_VERB = (
    r"(?:will|would|was[ ]going[ ]to|is[ ]going[ ]to|plans[ ]to|planned[ ]to|intends[ ]to|intended[ ]to"
    r"|(?:is|was)[ ](?:expected|set|due|poised)[ ]to)"
)
"""What a notice says the teller will do next: "would", "plans to", "is expected to"."""
_TOLD_CLAUSE = (
    r"[^,.;]{2,60}?[ ](?:(?:that[ ])?(?:it|they)[ ](?:[^,.;]{2,50}?[ ]and[ ])?|(?:[^,.;]{0,40}?[ ])?and[ ])"
    + _TOLD_FUTURE_VERB
)
"""From the one told to the teller's next verb: "Y that it would", "Y it had reviewed its suppliers and will" (a
conjunct of the teller's clause), or a conjunct of the notice itself with no subject of its own ("Y of its decision
and is expected to"): the teller does what follows."""
_EN_TOLD_NO_LONGER = (
    r"(?<!been[ ])(?<!was[ ])(?<!were[ ])(?<!is[ ])(?<!are[ ])"
    r"\b(?:notif(?:y|ies|ied|ying)|inform(?:s|ed|ing)?|advis(?:e|es|ed|ing)|tell(?:s|ing)?|told)[ ]"
    r"(?!by[ ]|that[ ]|(?:it|they|him|her|them|us|me|you|reporters|analysts|investors)\b)"
    r"(?=" + _TOLD_CLAUSE + r"[ ](?:(?:no[ ]longer|not|stop|cease[ ]to)[ ](?:be[ ])?"
    r"(?:us(?:e|ing)|buy(?:ing)?|order(?:ing)?|sourc(?:e|ing)|renew(?:ing)?|extend(?:ing)?|need(?:ing)?)"
    r"|(?:be[ ])?(?:end(?:ing)?|terminat(?:e|ing)|cancel(?:l?ing)?|scrap(?:ping)?|cut(?:ting)?[ ]off|sever(?:ing)?)"
    r"[ ](?:its|their|the)[ ]"
    r"(?:[a-z0-9\-]{1,15}[ ]){0,3}?(?:contracts?|agreements?|deals?|relationships?|supply|supplies|ties))\b)"
)
"""Session 25 (custend): a customer giving its supplier notice that it will stop using or buying ("X notified Y that
it will no longer be using the British company's graphics technology", "X informed Y that it would not renew"): the
supplier is the one told, right after the verb; the customer the clause's subject. Not "was notified by" (a row), nor
a supplier telling that it will stop supplying (a supplier's verbs are not in the list). Session 26 (custend): "told"
with or without "that", and a notice that ends the contract itself ("X told Y it would be ending the contract at its
mine", "told Y in March it would terminate their agreement"): "it" is the teller, so the one told supplies; not
"told reporters it would ..." (no company told). Second shift: the end told in a conjunct ("told Y it had reviewed
its suppliers and will stop buying", "informed Y of its decision and is expected to cut off the supply"): its subject
is still the teller, never the one told that stands nearer the verb."""
TOLD_FUTURE: Final = re.compile(
    r"(?:notif(?:y|ies|ied|ying)|inform(?:s|ed|ing)?|advis(?:e|es|ed|ing)|tell(?:s|ing)?|told)[ ]"
    + _TOLD_CLAUSE
    + r"\b"
)
"""A notice read by :data:`_EN_TOLD_NO_LONGER` that tells what the teller will do ("told Y it would end the
contract"): the told verb is past, the end announced: a plan, not a done end."""
_EN_STRIPPED_FROM_NETWORK = (
    r"\b(?:rip|rips|ripped|ripping|strip|strips|stripped|stripping|swap|swaps|swapped|swapping|take|takes|took"
    r"|taking)[ ]out[ ]"
    r"(?=[^ ,.;][^,.;]{0,40}?[ ](?:from|of)[ ](?:its|their|the)[ ](?:[a-z0-9\-]{1,15}[ ]){0,3}?"
    r"(?:network|grid|infrastructure|fleet|systems?|data[ ]cent(?:re|er)s?)\b)"
)
"""Session 25 (custend): a customer ripping a supplier's kit out of its network, the maker right after the verb ("is
to strip out X from its core 5G network", "ripped out X from their networks"): no goods noun is told, so
:data:`_EN_DROPPED_GOODS` does not read it."""
_EN_SACKED_AS_SUPPLIER = (
    r"\b(?:sack(?:s|ed|ing)?|fir(?:e|es|ed|ing)|ax(?:e|es|ed|ing)|dump(?:s|ed|ing)?|ditch(?:es|ed|ing)?"
    r"|drop(?:s|ped|ping)?|remov(?:e|es|ed|ing))[ ](?:both[ ](?:it[ ]and[ ])?)?"
    r"(?=(?!(?:its|their|the|a|an|him|her|them|it)[ ])[^ ,.;][^,.;]{1,80}?[ ]as[ ](?:(?:a|an|its|their|the)[ ])?"
    r"(?:[a-z\-]{2,15}[ ])?(?:suppliers?|vendors?|providers?|contractors?)\b)"
)
"""Session 26 (custend): suppliers sacked by their role, one or a pair ("sacked both X and Y as suppliers", "axed X
as its milk supplier"): the supplier right after the verb, the customer the clause's subject ("sacked both it and Y":
Y, the pronoun's company is the story's). A person fired is no supplier ("fired its chief executive John Roe"): the
role must be a supplier's."""
_SHELF_GOODS = r"(?:products|goods|brands|items|lines|ranges|drinks|beverages|snacks|merchandise)"
_EN_NO_LONGER_STOCKS = (
    r"\b(?:(?:no[ ]longer|not[ ]to|stop(?:s|ped|ping)?|ceas(?:e|es|ed|ing)(?:[ ]to)?|halt(?:s|ed|ing)?)[ ]"
    r"(?:sell(?:s|ing)?|stock(?:s|ing)?|carr(?:y|ies|ying))|delist(?:s|ed|ing)?)[ ]"
    r"(?:(?:all|about|some|around|nearly|almost|more[ ]than|over|its|the|[\d,]+|(?:dozens|hundreds|scores)[ ]of)[ ])"
    r"{0,3}"
    r"(?=(?!(?:in|of|to|from|for|with|by|on|at|and|as|a|an|its|the|their|them|it)[ ])[^ ,.;]+(?:[ ][^ ,.;]+){0,3}?"
    rf"(?:'s)?[ ](?:[a-z0-9\-]{{1,15}}[ ]){{0,2}}?{_SHELF_GOODS}\b)"
)
"""Session 26 (custend): a retailer that will no longer sell or stock a maker's goods, the maker named inside them
("will no longer sell X products", "delisted dozens of X items", "stopped stocking all X brands"): the goods noun must
follow, so "no longer sells to X" (a supplier's row) is not read."""
_EN_ACCOUNT_GIVEN_UP = (
    r"\b(?:resign(?:s|ed|ing)?|dump(?:s|ed|ing)?|drop(?:s|ped|ping)?|ditch(?:es|ed|ing)?|relinquish(?:es|ed|ing)?"
    r"|gave[ ]up|gives?[ ]up|giving[ ]up)[ ](?:its|their|the)[ ]"
    r"(?=[^ ,.;$£€\d][^ ,.;]*(?:[ ][^ ,.;]+){0,3}?[ ](?:[a-z0-9$£€.\-]{1,15}[ ]){0,3}?(?:account|brief)s?\b)"
)
"""Session 25 (custend): an agency giving up a client's account, the client named inside it ("Fallon dumped its Chrysler
account", "resigned the X brief"): the agency before the cue, the client right after it. A lost account is a row
("lost the X account"): the frame takes the first company after the cue, so a client it cannot name would give way to
the next company of the sentence."""

_EN_FROM_INCUMBENT = (
    r"\bfrom[ ](?:(?:its|their|the)[ ])?(?:incumbent|previous|former|longtime|long-time)[ ]"
    r"(?:(?:agency|shop|supplier)[ ])?"
)
"""Session 25 (custend): an account moved to a newcomer told before the incumbent it leaves ("moved its $37 million
Hispanic account to A -- a little-known unit of B -- from incumbent Y"): the incumbent right after the cue, the
customer the clause's subject; the move must be told before it in the sentence (:data:`_MOVED_TO_BEFORE`), and the
newcomer keeps its own start cue. :data:`_EN_MOVE_FROM` reads the order "from Y to A"."""
_MOVED_TO_BEFORE = re.compile(
    r"\bmov(?:e|es|ed|ing)[ ](?:its|their|the)[ ](?:[a-z0-9$£€.\-]{1,15}[ ]){0,5}?(?:account|business|brief)s?[ ]to[ ]"
    r"[^.;]{2,120}$"
)
"""Before "from incumbent Y": the customer's move of its account to the newcomer, in the same sentence."""
_FROM_INCUMBENT: Final = re.compile(_EN_FROM_INCUMBENT)

_FR_END_VERB = (
    r"\b(?:(?:met|mis|mettre|mettra|mettait|mettrait|mettant)[ ](?:fin|un[ ]terme)[ ]à"
    r"|(?:rompt|rompu|rompre|rompra|rompait)|(?:résili|dénonc|annul)(?:e|é|er|era|ait|ant))[ ]"
    r"(?:(?:(?:pour|dès|en|fin|début|courant|avant)[ ](?:(?:19|20)\d\d|janvier|février|mars|avril|mai|juin|juillet"
    r"|août|septembre|octobre|novembre|décembre)|unilatéralement|brutalement|officiellement|définitivement"
    r"|finalement|également|aussi|donc|ainsi)[ ])?"
)
"""A verb that ends a relation ("a mis un terme à", "rompra", "dénonçait" is left to the rows), perhaps with its date
or manner before the relation (« ayant résilié pour 2016 son contrat avec », « a unilatéralement rompu »: the manner
after the verb, « a rompu unilatéralement son contrat avec »)."""
_FR_RELATION = (
    r"(?:son|sa|ses|leur|leurs)[ ](?:[a-zà-ÿ0-9\-]{2,15}[ ]){0,3}?"
    r"(?:contrat|accord|partenariat|collaboration|relation|contrats|accords|relations)"
    r"(?:[ ][a-zà-ÿ0-9'\-]{1,15}){0,2}?(?=[ ]avec\b)"
)
"""The customer's own relation and "avec", its description before or after the noun: "son contrat de maintenance
avec", "sa relation commerciale avec", "ses deux contrats avec"."""
_FR_NO_LONGER_CUSTOMER = (
    r"\b(?:n'est[ ]plus|ne[ ]sera[ ]plus|ne[ ]serait[ ]plus|n'était[ ]plus|(?:cesse|cessera|a[ ]cessé)[ ]d'être)[ ]"
    r"(?:un[ ]|le[ ])?(?:client|cliente)(?![\w\-])(?:[ ](?:de|du)(?![\w\-])|[ ]d')?"
)
"""The same in French: "n'est plus client de X", "cessera d'être un client de X"."""
_FR_LAPSE = (
    r"\b(?:laiss(?:e|é|er|era|ait|ent)[ ](?:expirer|s'éteindre|arriver[ ]à[ ]échéance)[ ]"
    r"(?:son|sa|ses|leur|le|les)[ ](?:[a-zà-ÿ0-9\-]{2,15}[ ]){0,3}?(?:contrat|accord|marché)s?)(?=[ ]avec(?![\w\-]))"
)
"""A relation left to lapse: "a laissé expirer son contrat avec X"."""

_PATTERNS: Final[dict[Language, tuple[tuple[re.Pattern[str], str, tuple[str, ...]], ...]]] = {
    "en": (
        (
            re.compile(_EN_END_VERB + _EN_RELATION),
            "own",
            (
                "relationship",
                "ties",
                "contract",
                "agreement",
                "partnership",
                "deal",
                "collaboration",
                "arrangement",
                "account",
                "link",
                "dealing",
            ),
        ),
        (re.compile(_EN_LAPSE), "own", ("expire", "lapse", "run out")),
        (re.compile(_EN_ENDS_BARE_DEAL), "own", ("end", "terminat", "scrap", "cancel", "ax", "ditch")),
        (
            re.compile(_EN_POSSESSED_DEAL_ENDS),
            "own",
            ("end", "terminat", "conclu"),
        ),
        (re.compile(_EN_DESCRIBED_CONTRACT_ENDED), "own", ("contract", "agreement", "partnership", "arrangement")),
        (
            re.compile(_EN_TIE_ENDING),
            "active",
            ("deal", "contract", "agreement", "partnership", "relationship", "arrangement"),
        ),
        (re.compile(_EN_USE_ENDED), "active", ("use", "reliance", "dependenc", "purchases")),
        (re.compile(_EN_NO_LONGER_CUSTOMER), "active", ("customer", "client")),
        (
            re.compile(_EN_DROPPED_AS_OWN),
            "passive",
            ("dropped", "replaced", "axed", "ditched", "dumped", "removed", "sacked", "fired"),
        ),
        (re.compile(_EN_STOP_GOODS_FROM), "active", ("stop", "ceas")),
        (re.compile(_EN_MOVE_FROM), "active", ("from",)),
        (re.compile(_EN_LOST_CONTRACT_TO_SUPPLY), "passive", ("contract",)),
        (re.compile(_EN_STRUCK_FROM_LIST), "active", ("order", "supplier")),
        (re.compile(_EN_YEARS_WITH), "active", ("year", "decade")),
        (re.compile(_EN_RIVALS_ONLY), "active", ("solely", "entirely", "exclusively", "wholly", "only on")),
        (re.compile(_EN_STRIPPED_BY), "passive", ("stripped",)),
        (re.compile(_EN_STRIPS_OF), "active", ("strip",)),
        (re.compile(_EN_TAKEN_AWAY_FROM), "active", ("away from", "removed from")),
        (
            re.compile(_EN_STOP_SERVING),
            "passive",
            ("providing", "supplying", "offering", "delivering", "performing", "down"),
        ),
        (re.compile(_EN_TOLD_NO_LONGER), "active", ("notif", "inform", "advis", "tell", "told")),
        (re.compile(_EN_STRIPPED_FROM_NETWORK), "active", (" out ",)),
        (re.compile(_EN_ACCOUNT_GIVEN_UP), "passive", ("account", "brief")),
        (re.compile(_EN_NO_LONGER_STOCKS), "active", ("sell", "stock", "carr", "delist")),
        (re.compile(_EN_SACKED_AS_SUPPLIER), "active", (" as ",)),
        (_FROM_INCUMBENT, "active", ("incumbent", "previous", "former", "longtime", "long-time")),
        (re.compile(_EN_DISPLACED), "displaced", ("displac", "unseat", "supplant", "over from", " place ")),
    ),
    "fr": (
        (re.compile(_FR_END_VERB + _FR_RELATION), "own", ("avec",)),
        (re.compile(_FR_LAPSE), "own", ("laiss",)),
        (re.compile(_FR_TIE_ENDING), "active", ("contrat", "accord", "partenariat", "marché")),
        (re.compile(_FR_NO_LONGER_CUSTOMER), "active", ("client",)),
    ),
}
"""Each pattern, its frame (``own``: the relation is the customer's, its supplier after "with" / "avec", read as the
rows "ended its contract" are; ``active``: the supplier right after the cue; ``passive``: the supplier before the
cue, the customer after it), and its anchors: words of which one stands in every match, so that the pattern is run only
over the sentences that hold one (``pattern_windows.anchored_matches``)."""


def find_end_cues(folded: str, language: Language) -> list[tuple[int, int, str]]:
    """Return (start, end, frame) of every ending pattern of ``language`` in the case-folded text."""
    return [
        (match.start(), match.end(), frame)
        for pattern, frame, anchors in _PATTERNS[language]
        for match in anchored_matches(pattern, folded, anchors)
        if pattern is not _FROM_INCUMBENT or _MOVED_TO_BEFORE.search(folded, max(0, match.start() - 160), match.start())
    ]


_DROPPED_GOODS: Final[re.Pattern[str]] = re.compile(_EN_DROPPED_GOODS)
_DROPPED_GOODS_ANCHORS: Final = (
    "retir",
    "remov",
    " out ",
    "drop",
    "ditch",
    "dump",
    "replac",
    "abandon",
    "away from",
    "using",
    "longer",
    "to use",
)


_COUNT_WORD = (
    r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|[a-z]+ty(?:-[a-z]+)?"
    r"|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze|vingt|trente|quarante|cinquante|soixante"
    r"(?:-[a-z]+)?|soixante-dix|cent)"
)
"""A count of the goods ordered, in figures or words ("18", "forty-nine", « soixante-dix »)."""
_EN_ORDER_CANCELLED = (
    r"\b(?:cancel(?:s|led|ed|ling|ing)?|scrap(?:s|ped|ping)?|ax(?:e|es|ed|ing)|ditch(?:es|ed|ing)?"
    r"|terminat(?:e|es|ed|ing)|(?:tear|tears|tore|torn)[ ]up|walk(?:s|ed|ing)?[ ]away[ ]from)[ ]"
    r"(?:(?:its|their|an|the|a|all[ ](?:of[ ])?its)[ ])?"
    r"(?:(?:firm|outstanding|remaining|entire|existing|pending|big|large|huge|whole|multibillion-dollar)[ ]){0,2}"
    r"orders?[ ](?:for|of)[ ](?:(?:up[ ]to|about|around|nearly|almost|more[ ]than|some|all|the)[ ])?"
    + _COUNT_WORD
    + r"[ ](?:(?:new|more|remaining|additional|outstanding)[ ])?"
)
"""A customer cancelling its order of a maker's goods, the count right before the maker ("agreed to cancel an order
for 18 Boeing 787 aircraft", "is looking to cancel its order of 49 Boeing 737 Max jets", "scrapped its firm order for
35 Airbus jets"): the cue ends where the maker starts, as the goods dropped above. A part cancelled ("cancel some of
its orders") is a risk, read elsewhere; a maker cancelling its customer's order ("Airbus cancelled a Skymark order")
names no goods' maker after the count and is left."""
_FR_ORDER_CANCELLED = (
    r"\b(?:annul(?:e|é|ée|er|era|erait|ait|ent|ant)|résili(?:e|é|er|era|ait)|renonc(?:e|é|er|era|ait)[ ]à)[ ]"
    r"(?:(?:sa|une|la|leur|ses|des|les|cette)[ ])?commandes?[ ](?:ferme[ ])?(?:de|d')[ ]?"
    r"(?:(?:près[ ]de|environ|plus[ ]de)[ ])?"
    + _COUNT_WORD
    + r"[ ](?:(?:appareils|avions|exemplaires|rames)[ ](?:de[ ]|d')?)?"
)
"""The same in French: "a annulé sa commande de 49 Boeing 737 MAX", "renonce à sa commande de six Airbus A380"."""
_MODEL_CODE: Final = re.compile(r"[^ ,.;]*\d")
"""A word holding a figure right after the count: the goods' model ("50 A321neo", "18 787s"), not their maker."""
_ORDER_CANCELLED: Final = {
    "en": (re.compile(_EN_ORDER_CANCELLED), ("order",)),
    "fr": (re.compile(_FR_ORDER_CANCELLED), ("commande",)),
}
"""Per language, the order-cancelling pattern and its anchors."""


_OWN_INSTEAD: Final = re.compile(r"[^,.;]{0,60}?\b(?:with|for|by)[ ](?:its|their)[ ](?:own|in-house)\b")
"""The goods replaced by the customer's own ("swap out X's modem chips with its own"): the ``insource`` frame's."""


def find_goods_cues(folded: str, text: str, language: Language) -> list[tuple[int, int, str]]:
    """Return (start, end, frame) of every verb of ridding a maker's goods whose maker is a capitalised name.

    English reads goods dropped and orders cancelled; French reads orders cancelled ("a annulé sa commande de 49 X").

    The case-folded text cannot tell "its Huawei gear" from "its graphics chips" ("Y said X would stop using its
    graphics chips": the teller's own goods, which the row "stop using" reads); the article's text can. Goods
    replaced by the customer's own are left to the ``insource`` rows.
    """
    pattern, anchors = _ORDER_CANCELLED[language]
    cancelled = [
        (match.start(), match.end(), "active")
        for match in anchored_matches(pattern, folded, anchors)
        if text[match.end() : match.end() + 1].isupper() and not _MODEL_CODE.match(text, match.end())
    ]
    if language != "en":
        return cancelled
    return cancelled + [
        (match.start(), match.end(), "active")
        for match in anchored_matches(_DROPPED_GOODS, folded, _DROPPED_GOODS_ANCHORS)
        if text[match.end() : match.end() + 1].isupper() and not _OWN_INSTEAD.match(folded, match.end())
    ]
