"""Acquisitions told in a phrase fronted before the buyer or the target it names (session 22).

A sentence may open on a deal told as a noun or by its earlier targets, the party it leaves out being the main
clause's subject after the comma:

- the buyer's purchases listed: « Avec les rachats successifs de A, de B et du polonais C, le volailler X a gonflé
  ses ventes », "With the successive purchases of A, B and C, X doubled its sales": X bought each of them;
- the target's takeover by its buyer: "Before its takeover by X, Y was known for ...", "Citing the pending takeover by
  X, Y said ...", « Avant son rachat par X, Y ... »: X buys Y;
- the buyer's earlier targets before a new one: « Après A, B et C ces trois dernières années, X met cette fois la main
  sur D », "After A and B last year, X has bought D": X bought A, B and C too (a deal of the main clause must be
  X's acquisition).

The phrase must open the sentence and close on a comma right before the subject (a short description at most); a
list's members are the names right after the noun, joined by commas and "and / et". Purchases listed or earlier are
told as history (no alert); a takeover told as a noun may be the news ("the pending takeover by X").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Final

from streams.extraction.acq_ownership import listed_from, party_after
from streams.extraction.article import Article, Sentence
from streams.extraction.candidate import Candidate, event_date
from streams.extraction.mentions import CompanyMention
from streams.extraction.modality import modality_at

_PURCHASES_OF = re.compile(
    r"(?:avec|with|grâce[ ]à|through|via)[ ](?:les|the|ses|its|leurs|their)[ ]"
    r"(?:(?:successive|successifs|récents|recent|multiples|several)[ ])?"
    r"(?:rachats|acquisitions|purchases|takeovers|reprises)(?:[ ](?:successifs|successives|récents))?"
    r"[ ](?:of|de|d'|du|des)[ ]?"
)
"""Case-folded, at the sentence's start: the buyer's purchases as a plural noun before their targets."""
_TAKEOVER_BY = re.compile(
    r"(?:[a-zé]{2,12}[ ]){0,2}(?:its|the|son|sa|le|la|l')[ ]?(?:(?:pending|planned|recent|proposed|prochain)[ ])?"
    r"(?:takeover|acquisition|purchase|buyout|rachat|reprise|absorption)[ ](?:by|par)[ ]"
)
"""Case-folded, at the sentence's start: the target's takeover as a noun before its buyer ("Before its takeover by")."""
_EARLIER = re.compile(r"(?:après|after|following)[ ]")
"""Case-folded, at the sentence's start: before the buyer's earlier targets."""
_CLOSE = re.compile(r"(?:[ ](?:[a-zà-ÿ0-9\-]{1,20}[ ]?){0,5})?,[ ]")
"""After the fronted names: a time phrase at most (" ces trois dernières années", " last year"), then the comma."""
_REACH: Final = 45
"""From the comma to the subject, past a short description ("le volailler ")."""


def fronted_acquisitions(article: Article, sentence: Sentence, found: list[Candidate]) -> list[Candidate]:
    """The acquisitions the phrase opening ``sentence`` tells with the main clause's subject (module docstring)."""
    folded, start = article.folded, sentence.start
    if (purchases := _PURCHASES_OF.match(folded, start)) is not None:
        targets = _names_closed_at(article, sentence, purchases.end())
        buyer = _subject_after(article, sentence, targets)
        return _bought(article, sentence, buyer, targets, purchases.start())
    if (takeover := _TAKEOVER_BY.match(folded, start)) is not None:
        buyers = _names_closed_at(article, sentence, takeover.end())
        target = _subject_after(article, sentence, buyers)
        bought = _bought(article, sentence, buyers[0], [target], takeover.start()) if buyers and target else []
        return [replace(deal, earlier=False) for deal in bought]  # "Citing the pending takeover by X": news
    if (earlier := _EARLIER.match(folded, start)) is not None:
        targets = _names_closed_at(article, sentence, earlier.end())
        buyer = _subject_after(article, sentence, targets)
        if buyer is not None and any(
            c.type == "acquisition" and c.subject is not None and c.subject.id == buyer.id for c in found
        ):
            return _bought(article, sentence, buyer, targets, earlier.start())
    return []


def _names_closed_at(article: Article, sentence: Sentence, pos: int) -> list[CompanyMention]:
    """The companies listed from ``pos`` when a comma closes the list (past a time phrase); else none."""
    first = party_after(article, sentence, pos)
    if first is None:
        return []
    listed = listed_from(article, sentence, first)
    return listed if _CLOSE.match(article.text, listed[-1].end) is not None else []


def _subject_after(article: Article, sentence: Sentence, listed: list[CompanyMention]) -> CompanyMention | None:
    """The main clause's subject right after the comma closing ``listed``."""
    close = _CLOSE.match(article.text, listed[-1].end) if listed else None
    return party_after(article, sentence, close.end()) if close is not None else None


def _bought(
    article: Article,
    sentence: Sentence,
    buyer: CompanyMention | None,
    targets: Sequence[CompanyMention | None],
    at: int,
) -> list[Candidate]:
    """An acquisition of each target by ``buyer``, told as history."""
    if buyer is None:
        return []
    return [
        Candidate(
            type="acquisition",
            span=(sentence.start, sentence.end),
            subject=buyer,
            object=target,
            modality=modality_at(article, sentence, at),
            effective_date=event_date(sentence),
            earlier=True,
        )
        for target in targets
        if target is not None and target.id != buyer.id
    ]
