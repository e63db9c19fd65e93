"""Sums, ratings and rulings that are no deal's: a fine, court-ordered damages, a price target or rating, a case won.

Ordinary business news is full of money that no deal moved: "the watchdog ordered Korvia to pay a 2 billion yen
fine", "Bellmark was fined €40 million", « condamnée à une amende de 3 millions d'euros », "saw its price target raised
to $19 at Dorvane Securities", « objectif de cours relevé à 50 euros ». The readers of orders and funding see a verb
("ordered", "raised") and a sum, and would report a contract won from a regulator or a round led by a broker. A deal,
customer or partnership candidate whose amount is such a sum is no event. Revenue figures have their own guard (the
metric between the revenue word and its amount, :mod:`revenue`). A broker's rating ("was raised to Buy at Dorvane",
« relevé à Acheter ») buys nothing either: no deal is read in the sentence that tells it.
"""

from __future__ import annotations

import re

from streams.extraction.article import Article
from streams.extraction.candidate import Candidate
from streams.extraction.quantities import MoneyMention

_PENALTY_AFTER = re.compile(
    r"(?:[ ](?:[a-z\-]+[ ]){0,2}?(?:civil[ ])?(?:fines?|penalty|penalties)\b)|[ ]?(?:d'amende|de[ ]pénalités?)\b"
)
"""Right after a sum, its kind: "a 27.6 billion yen fine", "a $5 million civil penalty", « 3 M€ d'amende »."""
_PENALTY_BEFORE = re.compile(
    r"\b(?:fined|fines?[ ]of|penalty[ ]of|penalties[ ]of|damages[ ]of|ordered[ ]to[ ]pay|amende[ ]de|amende[ ]d'"
    r"|pénalités?[ ]de|sanction[ ]de|sanctionnée?[ ]de|condamnée?s?[ ]à[ ](?:payer|verser))"
    r"[ ](?:(?:a|an|the|about|nearly|some|more[ ]than|une?|près[ ]de|plus[ ]de|environ|total[ ]of)[ ]){0,2}$"
)
"""Right before a sum, a penalty's words: "was fined $40 million", "ordered to pay $3m", « amende de 38 millions »."""
_PENALTY_BEFORE_REACH = 40
_TARGET_BEFORE = re.compile(
    r"\b(?:price[ ]target|target[ ]price|price[ ]objective|objectif[ ]de[ ]cours|cours[ ]cible)s?\b[^.;]{0,45}$"
)
"""Before a sum in its sentence, an analyst's target for the share: the sum is a price per share, no deal's."""
_TARGET_REACH = 90
_RATING_WORDS_EN = (
    r"buy|sell|hold|neutral|outperform|underperform|overweight|underweight|equal[ -]weight|market[ ]perform"
    r"|sector[ ]perform|reduce|accumulate"
)
_RATING_WORDS_FR = r"acheter|vendre|conserver|neutre|renforcer|alléger|accumuler|achat|vente"
_RATING_CHANGE = re.compile(
    r"\b(?i:raised|upgraded|downgraded|cut|lowered|lifted|moved|reiterated|initiated|started|rated)[ ]"
    r"(?:[\w.]+[ ]){0,3}?(?:to|at|with|as|from)[ ](?:an?[ ])?"
    rf"(?:[\"'“«][ ]?(?i:(?:strong[ ])?(?:{_RATING_WORDS_EN}))\b"
    r"|(?:Strong[ ])?(?:Buy|Sell|Hold|Neutral|Outperform|Underperform|Overweight|Underweight|Equal[ -][Ww]eight"
    r"|Market[ ]Perform|Sector[ ]Perform|Reduce|Accumulate)\b)"
    r"|\b(?i:relevée?s?|abaissée?s?|dégradée?s?|passée?s?|recommandation|recommande)[ ](?:[\w']+[ ]){0,3}?"
    r"(?:(?:à|de|en)[ ])?"
    rf"(?:[\"'«][ ]?(?i:{_RATING_WORDS_FR})\b|(?:Acheter|Vendre|Conserver|Neutre|Renforcer|Alléger|Accumuler)\b"
    r"|(?i:surperform(?:ance|er)|sous-perform(?:ance|er)|surpondérer|sous-pondérer)\b)"
)
"""A broker's rating of a share, read on the text as written: the rating is capitalised or quoted ("was raised to
Buy at", "downgraded it to \"reduce\" from \"buy\"", « relevée à 'Acheter' »), so "raised funds to buy" is still a
purchase."""
_DEALS = frozenset(("acquisition", "stake", "investment", "valuation"))
_CUSTOMERS = frozenset(("customer_start", "customer_continue", "customer_at_risk", "customer_end"))
_GUARDED = _DEALS | _CUSTOMERS | {"partnership"}
"""Event types whose amount is a deal's: the revenue reader keeps its own list of other metrics."""
_WIN = r"\b(?:won|wins|win|winning|remporté|remporte|remportent|gagné|gagne|gagnent)[ ]"
_LEGAL_WIN = re.compile(
    _WIN + r"(?:[\w'\-]+[ ]){0,3}?(?:lawsuits?|suits?|cases?|appeals?|trials?|rulings?|judge?ments?|arbitrations?"
    r"|disputes?|injunctions?|procès|litiges?|recours|arbitrages?)\b"
)
"""A case won in court ("won a patent case against Y", « a gagné son procès contre Y »): Y buys nothing from the
winner."""
_CONTRACT_WIN = re.compile(
    _WIN + r"(?:[\w'$€£.,\-]+[ ]){0,5}?(?:contracts?|orders?|deals?|tenders?|bids?|business|accounts?|contrats?"
    r"|commandes?|marchés?|appels?[ ]d'offres)\b"
)
"""A contract won in the same sentence ("won a $50 million contract from Y"): the win is a customer's still."""


def is_penalty_or_target(folded: str, amount: MoneyMention) -> bool:
    """Whether the sum at ``amount`` is a fine, court-ordered damages or a share price target."""
    if _PENALTY_AFTER.match(folded, amount.end) is not None:
        return True
    if _PENALTY_BEFORE.search(folded, max(0, amount.start - _PENALTY_BEFORE_REACH), amount.start) is not None:
        return True
    return _TARGET_BEFORE.search(folded, max(0, amount.start - _TARGET_REACH), amount.start) is not None


def without_penalty_amounts(article: Article, candidates: list[Candidate]) -> list[Candidate]:
    """The candidates whose amount, if any, is a deal's and whose sentence tells no broker's rating nor a case won.

    Fines and price targets make no deal or order; a sentence telling a rating tells no deal; one telling a case won
    in court (and no contract won) tells no customer.
    """
    folded = article.folded
    return [
        candidate
        for candidate in candidates
        if candidate.type not in _GUARDED
        or (
            (candidate.amount is None or not is_penalty_or_target(folded, candidate.amount))
            and (candidate.type not in _DEALS or _RATING_CHANGE.search(article.text, *candidate.span) is None)
            and (candidate.type not in _CUSTOMERS or not _case_won(folded, candidate.span))
        )
    ]


def _case_won(folded: str, span: tuple[int, int]) -> bool:
    """Whether the sentence at ``span`` tells a case won in court, and no contract won."""
    return _LEGAL_WIN.search(folded, *span) is not None and _CONTRACT_WIN.search(folded, *span) is None
