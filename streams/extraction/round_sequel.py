"""Funding rounds told without a fund-raising verb, and the sentences that name their investors afterwards.

Wire digests and weekly roundups write a round as a noun phrase ("just announced a $680 million Series B
led by X", "a $4.5 million seed round, led by X") and often name the investors in the next sentence,
with the round itself as the subject ("The funding was provided by A and B", "The raise includes $50m
in equity from A", "La levée a été réalisée auprès de A et B"). The rules in ``rules`` read both through
these helpers: a synthetic raise cue for the first, the ``sequel`` co-investor frame for the second.
"""

from __future__ import annotations

import re

from streams.extraction.article import Article, Sentence
from streams.extraction.candidate import Candidate
from streams.extraction.cues import BACKED_INTROS, LEAD_INTROS, Cue
from streams.extraction.investor_list import DESCRIBED_GAP
from streams.extraction.mentions import CompanyMention
from streams.extraction.roster_patterns import is_roster

_ROUND_NOUNS = (
    r"(?:raise|round|funding|financing|investment|money|cash|capital|proceeds|seed|series[ ][a-h]|investissements?"
    r"|levée(?:[ ]de[ ]fonds)?|tour[ ]de[ ]table|opération|financement|augmentation[ ]de[ ]capital)"
)
_ROUND_SUBJECT = re.compile(
    r"(?:(?:however|but|mais|en outre|par ailleurs)[, ]+)?(?:(?:most|all|part|some|the bulk|l'essentiel|la majeure"
    r"[ ]partie|une partie)[ ](?:of[ ]|de[ ]|du[ ]|de[ ]la[ ]|de[ ]l')?)?(?:(?:the|this|that|its|la|le|l'|ce|cet|cette"
    r"|son|sa)[ ]?(?:[a-zà-ÿ$€£\d.,\-]+[ ]){0,3}?" + _ROUND_NOUNS + r"|(?:ces|these)[ ](?:fonds|funds)"
    r"|(?:the|la|le|l')[ ]?(?:(?:largest|biggest|single|main|lead|plus|gros|grosse|important|principal|premier)[ ])"
    r"{0,3}(?:contribution|cheque|check|ticket|chèque|apport))"
    r"(?:,[ ][^,;]{1,30},)?[ ]?"
)
"""A clause whose subject is the round itself: "The funding ", "Most of the money ", "Cette levée ", "The bulk of
the money, £50 million, ", « Ces fonds » (the money just raised; "ce fonds" is an investor), "The largest
contribution", « Le plus gros ticket » (an investor's part of it)."""

_LENT = re.compile(r"\b(?:debt|loans?|credit|facility|lenders?|bonds?|prêts?|dette|crédit|emprunts?)\b[^,;]{0,40}$")
"""Before a company named in a round's sequel: what it lent ("a $150 million credit facility from X"), no equity."""

_NOUN_BEFORE_LEAD = re.compile(
    r"[ ](?:(?:in|of|en|de)[ ])?(?:(?:a|an|the|its|new|fresh|une|un|son|sa|nouvelle?)[ ])?(?:[\w\-]+[ ]){0,3}?"
    + _ROUND_NOUNS
    + r"(?:[ ](?:round|funding|financing|investment|de[ ]financement))?,?[ ]"
)
"""Between an amount and a lead intro, the round it sizes: " in Series B funding ", " seed round, "."""


_NOUN_BEFORE_AMOUNT = re.compile(_ROUND_NOUNS + r"(?:[ ][a-zà-ÿ\-]{1,15}){0,2}[ ](?:de[ ]|d'|of[ ])$")
"""Before an amount, the round it sizes: "un nouveau tour de table de 2,5 milliards", "a Series B round of $25M"."""
_JUST_BEFORE_LEAD = re.compile(r",?[ ]")


def names_round_first(article: Article, sentence: Sentence, cue: Cue) -> bool:
    """Whether ``cue`` follows a subject that is the round itself ("The funding was provided by"), nothing else."""
    clause_start = sentence.clauses.span_of(cue.start)[0]
    return _ROUND_SUBJECT.fullmatch(article.folded, clause_start, cue.start) is not None


def valued_round(article: Article, sentence: Sentence, cue: Cue, found: list[Candidate]) -> Candidate | None:
    """The round a sentence names as its subject and then values: "The $50m round was led by A and values X at $1bn".

    "The funding was co-led by A and B, valuing X at $2bn": no raise verb names the investee; the valuation after
    the lead does. The round (never emitted itself) is X's, its amount the one its subject tells, so the leads
    share it as they do after a raise verb.
    """
    if not names_round_first(article, sentence, cue):
        return None
    valued = next(
        (
            c
            for c in found
            if c.type == "valuation"
            and c.subject is not None
            and c.span[0] == sentence.start
            and c.subject.start > cue.end
        ),
        None,
    )
    if valued is None:
        return None
    clause_start = sentence.clauses.span_of(cue.start)[0]
    told = (m for m in sentence.money if clause_start <= m.start and m.end <= cue.start and not m.per_unit)
    amount = next(told, None)
    return Candidate(type="investment", span=(sentence.start, sentence.end), object=valued.subject, amount=amount)


def lent_not_invested(article: Article, start: int, company_start: int) -> bool:
    """Whether the company at ``company_start`` is named as a lender in the words since ``start``."""
    return _LENT.search(article.folded, max(start, company_start - 60), company_start) is not None


def led_round_cues(sentence: Sentence, folded: str, priced: set[int]) -> list[Cue]:
    """Synthetic raise cues for rounds told by an amount and a lead, without a fund-raising verb.

    "announced $680m in Series B funding led by X", "a confirmé avoir bouclé un nouveau tour de table de 2,5
    milliards de dollars, mené par X". One cue, right at the amount, per lead intro that follows an amount no
    deal of the sentence has priced (``priced`` holds the ``id`` of those amounts); the raise reader then takes
    the company before it as the investee and the lead, with its co-investors, after it.
    """
    found: list[Cue] = []
    for intro in sentence.cues:
        if intro.family != "investor" or folded[intro.start : intro.end] not in LEAD_INTROS:
            continue
        amount = next((m for m in reversed(sentence.money) if m.end <= intro.start), None)
        if amount is None or id(amount) in priced or amount.per_unit:
            continue
        after_noun = _JUST_BEFORE_LEAD.fullmatch(folded, amount.end, intro.start) is not None and (
            _NOUN_BEFORE_AMOUNT.search(folded, max(sentence.start, amount.start - 50), amount.start) is not None
        )
        if after_noun or _NOUN_BEFORE_LEAD.fullmatch(folded, amount.end, intro.start) is not None:
            found.append(Cue(amount.start, amount.start, "investment", "raise"))
    return found


_COPULA_CUE = re.compile(
    r"(?:investors|backers|investisseurs|in[ ]the[ ]round|participated|took[ ]part|participé)"
    r"[ ](?:are|were|sont|étaient)$"
)
"""A co-investor cue that ends on a copula after the investors ("investors are", « y ont participé sont »): its list
must follow. "Les autres participants au tour sont" names its list by itself."""
_COPULA_LIST = re.compile(
    r"(?:the|its|their|les|ses|leurs)[ ](?:(?:other|autres)[ ])?(?:[a-z0-9\-]+[ ]){0,2}?"
    r"(?:investors|backers|investisseurs)"
    r"(?:[ ](?:in|of)[ ](?:the|this|that|its)[ ](?:[\w\-]+[ ]){0,2}?(?:round|financing|raise|funding|extension)"
    r"|[ ](?:qui|who|that)[ ][^,;.]{1,40}?)?"
    r"[ ](?:are|were|sont|étaient)"
)
"""A list of investors told by a copula, the round's backers as its subject: "The other series A investors are A, B
and C", "Its backers in the round were A and B", « Les investisseurs qui y ont participé sont entre autres A et B »."""
_LIST_OPENER = re.compile(r"[ ](?:(?:entre[ ]autres|notamment|among[ ]others|including)[ ])?")
_SUBJECT_REACH = 80
_FIRST_REACH = 50


def copula_without_list(article: Article, sentence: Sentence, cue: Cue) -> bool:
    """Whether ``cue`` ends on a copula that does not open a list of the round's investors.

    It opens one only after a subject naming the investors with a determiner ("The other series A investors are",
    « Les investisseurs qui y ont participé sont ») and with a company right after it, maybe after its kind ("le
    fonds X"): "the investors were
    pleased that Acme ..." and "Many investors are wary of Acme" name no backer.
    """
    folded = article.folded
    roster = is_roster(folded, cue.start, cue.end)
    if not roster and _COPULA_CUE.search(folded, cue.start, cue.end) is None:
        return False
    subject = max(sentence.start, cue.start - _SUBJECT_REACH)
    told = roster or any(
        _COPULA_LIST.fullmatch(folded, start, cue.end) is not None
        for start in range(subject, cue.start + 1)
        if start == sentence.start or folded[start - 1] == " "
    )
    first = sentence.company_after(cue.end, within=_FIRST_REACH)
    opener = _LIST_OPENER.match(folded, cue.end)
    gap = _ROSTER_GAP if roster else DESCRIBED_GAP
    described = first is not None and opener is not None and gap.fullmatch(folded, opener.end(), first.start)
    return not (told and described)


_ROSTER_GAP = re.compile(r"(?:(?!(?:that|to|with|about|by|que|qu'|de[ ]voir|d'avoir)\b)[a-zà-ÿ\-']+[ ]){0,5}")
"""Between a roster's verb and its first backer, a description of a few words ("US logistics giant", "the private
equity firm"), never a clause ("were pleased that A ...")."""


_WITH_BEFORE_AMOUNT = re.compile(
    r"\b(?:avec|with|dont|of[ ]which|(?:d')?une?[ ](?:enveloppe|levée|apport|injection)[ ]d[e'])[ ]?"
    r"(?:(?:près[ ]de|plus[ ]de|environ|quelque|some|about|nearly|almost|over)[ ])?$"
)
"""Right before an amount that a roundup line credits to its company: "ferme la marche avec ", "dont "; session 26:
the money's own noun, « vaut 4,4 Md€ grâce à une enveloppe de 486 M€ apportée par A et B »."""
_RAISED_BEFORE_INTRO = re.compile(r",?[ ]?(?:réunis|levés|obtenus|collectés|récoltés)[ ]")
"""Between that amount and « auprès de »: the participle that makes it money raised (", réunis ")."""
_GIVEN_INTRO = re.compile(r"apporté(?:e|s|es)?[ ]par")
"""An intro that holds its own participle: « 6 millions d'euros apportés par X »."""
_NO_GAP = re.compile(r"[ ]?")
_WITH_REACH = 40


def backed_amount_cues(sentence: Sentence, folded: str, priced: set[int]) -> list[Cue]:
    """Synthetic raise cues for an amount a roundup credits to a company with its backers, with no raise verb.

    "Quarkslab ferme la marche avec 5 millions d'euros, réunis auprès d'Ace Management", "eLichens suit avec 6
    millions d'euros apportés par A et B", « dont 35 millions apportés par X »: the company before the amount
    raised it from the backers after it. One cue at the amount, as :func:`led_round_cues` does.
    """
    found: list[Cue] = []
    for intro in sentence.cues:
        if intro.family != "investor" or folded[intro.start : intro.end] not in BACKED_INTROS:
            continue
        amount = next((m for m in reversed(sentence.money) if m.end <= intro.start), None)
        if (
            amount is not None
            and id(amount) not in priced
            and not amount.per_unit
            and (_NO_GAP if _GIVEN_INTRO.match(folded, intro.start) else _RAISED_BEFORE_INTRO).fullmatch(
                folded, amount.end, intro.start
            )
            is not None
            and _WITH_BEFORE_AMOUNT.search(folded, max(sentence.start, amount.start - _WITH_REACH), amount.start)
        ):
            found.append(Cue(amount.start, amount.start, "investment", "raise"))
    return found


_FRONTED_ROUND = re.compile(
    r"[-•*\s]*(?:in|as[ ]part[ ]of|during|with|through|lors|dans[ ]le[ ]cadre|à[ ]l'occasion|au[ ]cours|avec"
    r"|par[ ]le[ ]biais)[ ]?(?:d'|de[ ]|du[ ])?[^,;]{0,60}?" + _ROUND_NOUNS + r"[^,;]{0,40}?"
)
"""A sentence opening on the round and its lead, before the company that raised it: "In a round led by X, Y raised",
"Lors d'un tour de table mené par X, la start-up a levé"."""


def fronted_lead(article: Article, sentence: Sentence, cue: Cue) -> Cue | None:
    """The investor intro of a fronted round phrase before the raise ``cue`` ("In a round led by X, Y raised ...")."""
    return next(
        (
            intro
            for intro in sentence.cues
            if intro.family == "investor"
            and intro.end <= cue.start
            and _FRONTED_ROUND.fullmatch(article.folded, sentence.start, intro.start)
            # the phrase's round is the first one told after it: "..., Y raised $N, while Z raised $M from W"
            and not any(c.family == "investment" and intro.end <= c.start < cue.start for c in sentence.cues)
        ),
        None,
    )


_FRONTED_WITH = re.compile(r"(?:avec|with)[ ](?:[^,;]|(?<=\d),(?=\d)){0,60}")
"""A sentence opening on the round it then credits to its subject: "Avec 9,3 millions levés, X occupe ..."."""
_SUBJECT_AFTER_COMMA = 4


def fronted_raiser(article: Article, sentence: Sentence, cue: Cue) -> CompanyMention | None:
    """The investee of a raise cue inside a fronted "Avec / With" phrase: the subject right after its comma."""
    opens_with = cue.start == sentence.start and article.folded.startswith(("avec ", "with "), cue.start)
    if not opens_with and _FRONTED_WITH.fullmatch(article.folded, sentence.start, cue.start) is None:
        return None  # the cue may itself open on "avec" (« Avec une levée de fonds de N, X a rejoint ... »)
    comma = article.folded.find(", ", cue.end, sentence.end)  # the amount's decimal comma has no space after it
    if comma < 0 or article.folded.find(";", cue.end, comma) >= 0:
        return None
    return sentence.company_after(comma + 2, within=_SUBJECT_AFTER_COMMA)


_RAISED_BY = re.compile(
    r"[^,;.]{0,40}?[ ](?:concrétisée|réalisée|bouclée|finalisée|annoncée|opérée|signée)[ ]par[ ]"
    r"(?:(?:la|le|l')[ ]?(?:[a-zà-ÿ\-]{2,15}[ ]){1,3}?)?"
)
"""After a round told as a noun, its raiser as the participle's agent: « la levée de fonds de 185 millions d'euros
concrétisée par X », « la levée de 15 M€ bouclée par la start-up X » (session 25); « réalisée auprès de A » names its
investors, not its raiser."""
_RAISED_BY_REACH = 2


def raiser_by_participle(article: Article, sentence: Sentence, cue: Cue) -> CompanyMention | None:
    """The raiser of a round noun named after « concrétisée / réalisée / bouclée par », else None."""
    if not re.search(r"\b(?:levée|tour|opération)\b", article.folded[cue.start : cue.end]):
        return None
    agent = _RAISED_BY.match(article.folded, cue.end)
    return sentence.company_after(agent.end(), within=_RAISED_BY_REACH) if agent is not None else None


_KIND_SUBJECT = re.compile(
    r"\b(?:l'|la[ ]|le[ ]|the[ ])(?:[a-zà-ÿ\-]{1,20}[ ])?(?:jeune[ ]pousse|start-?up|société|entreprise|pépite|pme"
    r"|biotech|medtech|fintech|deeptech|foodtech|company|firm|group|groupe|spécialiste|éditeur"
    r"|bank|neobank|banque|néobanque|lender|insurer|assureur|platform|plateforme|app|appli|developer|maker|fabricant)\b"
    r"|\b(?:it|il|elle)[ ](?:(?:had|has|have|also|previously|already|originally|then|avait|a|aussi|déjà|également"
    r"|auparavant)[ ]){0,3}$"
)
"""A description standing for a company already named: "la start-up franco-allemande", "the Paris company", "the
bank"; or a pronoun right before the verb ("It had previously raised")."""


def told_by_description(article: Article, sentence: Sentence, cue: Cue) -> bool:
    """Whether the clause of ``cue`` names its company by a description before it, not by a name."""
    clause_start = sentence.clauses.span_of(cue.start)[0]
    return _KIND_SUBJECT.search(article.folded, clause_start, cue.start) is not None


_ANNOUNCED_GAP = 30
_LIST_BULLET = re.compile(r"[-•*\s]*")


def announcer(article: Article, sentence: Sentence, cue: Cue) -> CompanyMention | None:
    """The company that opens the sentence and announces the round: "X, the Paris game maker, announced $680m ...".

    The attribution hides the speaker from the clause of the amount; it is the investee only when it is the
    sentence's first word (after a list bullet) and the speech verb stands right before the round.
    """
    speech = next(
        (c for c in reversed(sentence.cues) if c.family == "clause" and c.detail == "speech" and c.end <= cue.start),
        None,
    )
    if speech is None or cue.start - speech.end > _ANNOUNCED_GAP:
        return None
    subject = sentence.first_company_before(speech.start)
    if subject is None or _LIST_BULLET.fullmatch(article.text, sentence.start, subject.start) is None:
        return None
    return subject


_AMOUNT_WORDS = r"[\d$€£.,]+[ ]?(?:m|bn|million|billion|millions|milliards?|m€|md€)?"
_FUND_OBJECT = re.compile(
    r"[ ](?:" + _AMOUNT_WORDS + r"[ ](?:for|pour)[ ])?(?:(?:a|an|its|their|un|une|son|sa|leur)[ ])?"
    r"(?:(?:new|first|second|third|fourth|fifth|sixth|seventh|debut|latest|flagship|maiden|growth|venture|seed"
    r"|nouveau|nouvelle|premier|deuxième|troisième|quatrième|cinquième|sixième|dernier|" + _AMOUNT_WORDS + r")[ ]){1,3}"
    r"(?:fund|fonds)\b"
)
"""Right after a raise verb, the investor's own fund as its object: "closed a fifth fund of $175M", "lève un nouveau
fonds", "raised $500m for its third fund" (not "des fonds", "funds", "funding")."""


def raises_a_fund(folded: str, cue: Cue) -> bool:
    """Whether a raise verb raises an investment fund (its backers are limited partners), not a company's round."""
    return _FUND_OBJECT.match(folded, cue.end) is not None


_GLUED_ROUND = re.compile(
    r"-(?:led|co-led|backed|funded|financed)[ ](?:[\w$€£.,\-]+[ ]){0,3}?" + _ROUND_NOUNS + r"(?![\w\-])"
)
"""Right after an investor glued to the round it led or backed: "-led round", "-backed $40m Series B funding"."""


def glued_to_round(folded: str, company: CompanyMention) -> bool:
    """Whether ``company`` is glued to a round as its lead or backer ("SoftBank-led round"): never the investee."""
    return _GLUED_ROUND.match(folded, company.end) is not None


def glued_lead(
    sentence: Sentence, folded: str, cue: Cue, clause_end: int, exclude: str | None
) -> CompanyMention | None:
    """The investor glued to the round a raise verb names: "X raised $535m in a SoftBank-led round".

    Wire digests fold the lead into an adjective ("in a Tencent-backed round", "a Sequoia-led Series B"); the name
    before the hyphen is then the round's lead, the company before the verb its investee.
    """
    return next(
        (
            company
            for company in sentence.companies
            if cue.end <= company.start < clause_end and company.id != exclude and glued_to_round(folded, company)
        ),
        None,
    )
