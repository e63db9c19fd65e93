"""Ownership told in passing: a company named with its owner, or an owner with its companies (session 22).

Reporters place a firm by its owner in an apposition or a relative clause rather than tell the deal that made it:
"Korvia, owned by Dorvane, ...", "Korvia, a unit of the aerospace group Dorvane", "Korvia has been wholly owned by
Dorvane since 2015", « Korvia, contrôlée par le groupe Dorvane » (the `owned` frame: the company right before the
cue, its owner right after); "Dorvane, the Japanese parent of Korvia", « Dorvane contrôle notamment Korvia et
Bellmark » (the `owner` frame: the owner right before, its companies listed right after); "Dorvane's Korvia unit",
"Korvia, Dorvane's chip unit" (no cue row: the bare noun "unit" would open a name slot before it, so it is looked for
only in sentences naming two firms). A share told inside the phrase (« détenue à 40 % par Dorvane », "30%-owned by")
makes a stake of that size below half; "partly owned by", « détenue en partie par » a stake of untold size.

Both names must stand next to the cue (an apposition's few words at most): a generic "buyer before, target after"
reading took the sentence's subject for the owner of an unnamed label ("le premier label mondial, filiale de
Vivendi") and a stake for a company (« le bloc de 63 % détenu par le fonds X »). The fact is standing background, no
news: the event is marked ``earlier`` (told as history, it raises no alert). « filiale de » and "a subsidiary of" are
left out: on the look set they tagged a firm in passing far more often than the story reported its owner (2 facts
labelled for 6 not; in dev, 7 unlabelled); so is « maison mère de » (4 of 4 unlabelled in dev).
"""

from __future__ import annotations

import re
from typing import Final

from streams.extraction.article import Article, Sentence
from streams.extraction.candidate import Candidate, event_date
from streams.extraction.holding_split import share_told_after
from streams.extraction.mentions import CompanyMention
from streams.extraction.modality import modality_at

OWNERSHIP_FRAMES: Final = ("owned", "owner", "unit")
"""The `acquisition` frames this module reads, and no deal cue reader does."""
_VERB = r"(?:is|was|has[ ]been|had[ ]been|will[ ]be|remains|est|était|a[ ]été|sera|reste)[ ]"
_ADVERB = r"(?:(?:now|still|also|already|wholly|fully|désormais|toujours|aussi|également|déjà|entièrement)[ ])?"
_OWNED_BEFORE = re.compile(
    r"(?:,[ ](?:(?!(?:is|was|are|were|has|had|will|est|était|sont|a|ont|sera|dont|whose)[ ])[a-zà-ÿ\-]{2,20}[ ]){0,4}"
    r"|,?[ ](?:which|that|qui)[ ](?:" + _VERB + r")?|[ ]" + _VERB + r")" + _ADVERB
)
"""Between the company and an `owned` cue: ", ", ", which is now ", " has been ", " qui est désormais ", an
apposition in lower case (", premier groupe alimentaire israélien "); never a verb after a comma, whose subject
stands before an aside (", once a venture of A and B, has been wholly owned by X"), nor inside the apposition
(« Selon X, le festival est contrôlé par la ville »)."""
_OWNER_BEFORE = re.compile(
    r"(?:,[ ](?:(?:which|qui)[ ])?(?:[A-Za-zÀ-ÿ\-]{2,20}[ ]){0,2}|[ ](?:"
    + _VERB
    + r"(?:[\wÀ-ÿ]{2,12}[ ]){0,3})?)"
    + _ADVERB
)
"""Between the owner and an `owner` cue: ", the Japanese " (the cue holds "the"), ", which ", " also ",
" est depuis 2018 "."""
_PARTIAL = re.compile(r"(?:partly|part-|minority|détenue?[ ](?:en[ ]partie|minoritairement))")
"""An `owned` cue telling a share below control: "partly owned by", « détenue en partie par » (a stake)."""
_DESCRIPTOR = re.compile(
    r"[ ]?(?:(?:the|a|an|le|la|les|l'|du|des|de|d')[ ]?)?(?:[a-zà-ÿ\-]{2,20}[ ]){0,3}?"
    r"|[ ]?(?:(?:the|le|la|l')[ ]?)?[A-Z][a-zà-ÿ]{2,20}[ ](?:[a-zà-ÿ\-]{2,20}[ ]){0,3}?"
)
"""Before a named party: its article and a short description ("the ", "Italian aerospace group ", « le groupe »,
« l'américain »), no comma."""
_LIST_LINK = re.compile(
    r"(?:,[ ]|,?[ ](?:and|et|as[ ]well[ ]as|ainsi[ ]que|along[ ]with)[ ])"
    r"(?:(?:the|le|la|les|l'|de|du|d')[ ]?)?(?:[a-zà-ÿ\-]{2,20}[ ]){0,2}"
)
"""Between the owned companies of a list: ", ", " and ", " ainsi que la ", " et le quotidien "."""
_AND = re.compile(r"[ ](?:and|et|as[ ]well[ ]as|ainsi[ ]que|along[ ]with)[ ]")
_AND_OTHERS = re.compile(
    r",?[ ](?:and|et)[ ](?:many[ ]|several[ ]|de[ ]nombreuses[ ]|plusieurs[ ])?(?:other|others|d'autres|autres)\b"
)
"""After a comma list's last name: "and other shops", « et d'autres »: the list was closed."""
_UNIT_NOUN = re.compile(r"(?<!-based)[ ](?:unit|division|subsidiary)\b")
"""The noun of a unit told with its owner's name ("Dorvane's Korvia unit", "Korvia, Dorvane's bank subsidiary"), looked
for in sentences naming two firms; never after a place adjective ("Dorvane's Hong Kong-based subsidiary")."""
_UNIT_OWNER_GAP = re.compile(r"['\u2019]s?[ ](?:[a-z\-]{2,15}[ ]){0,2}")
"""Between an owner and the noun of its unit: "'s ", "'s chip ", "' banking "."""
_APPOSED = re.compile(r",[ ](?:(?:the|a|an)[ ])?")
"""Between a unit and the owner described after it: ", ", ", the ", ", a "."""
_JOINT = re.compile(r"[ ](?:and|et|&)[ ]")
"""After an owner: another owner joined to it ("owned by A and B"), whose shares the phrase does not tell."""
_REACH: Final = 45
"""From a cue to the party it names after it, past a short description."""
_PAIR = 2
"""A unit and its owner: a sentence naming fewer firms tells no unit of another."""
_CONTROL = 50.0
"""A share told inside the phrase from which the owner controls the company (an acquisition, not a stake)."""


def ownership_candidates(article: Article, sentence: Sentence) -> list[Candidate]:
    """The ownerships the sentence's `owned`, `owner` and `unit` cues tell (see the module docstring)."""
    found: list[Candidate] = []
    for cue in sentence.cues:
        if cue.family != "acquisition" or cue.detail not in OWNERSHIP_FRAMES:
            continue
        if cue.detail == "owned":
            owned = _owned_before(sentence, cue.start, _OWNED_BEFORE)
            owner = party_after(article, sentence, cue.end)
            # "owned by A (60%) and B (40%)": each owner's own share is a split (:mod:`holding_split`) reads
            if (
                owned is not None
                and owner is not None
                and not _JOINT.match(article.text, owner.end)
                and not share_told_after(article, sentence, owner)
            ):
                found.extend(_ownership(article, sentence, cue.start, owner, [owned], end=cue.end))
        elif cue.detail == "owner":
            owner = _owned_before(sentence, cue.start, _OWNER_BEFORE)
            first = party_after(article, sentence, cue.end)
            if owner is not None and first is not None:
                found.extend(_ownership(article, sentence, cue.start, owner, listed_from(article, sentence, first)))
    if len(sentence.companies) >= _PAIR:
        for unit in _UNIT_NOUN.finditer(article.folded, sentence.start, sentence.end):
            pair = _unit_parties(article, sentence, unit.start())
            found.extend(_ownership(article, sentence, unit.start(), pair[0], [pair[1]]) if pair else [])
    return found


def _owned_before(sentence: Sentence, pos: int, gap: re.Pattern[str]) -> CompanyMention | None:
    """The company ending right before ``pos``, only ``gap``'s words between."""
    before = [c for c in sentence.companies if c.end <= pos]
    last = before[-1] if before else None
    return last if last is not None and gap.fullmatch(sentence.text, last.end, pos) else None


def party_after(article: Article, sentence: Sentence, pos: int) -> CompanyMention | None:
    """The company right after ``pos``, past an article and a short description at most.

    Read on the sentence's companies, hidden or not: an ownership apposition is an aside to the other readers.
    """
    party = next((c for c in sentence.companies if pos <= c.start <= pos + _REACH), None)
    if party is None or not _DESCRIPTOR.fullmatch(article.text, pos, party.start):
        return None
    return party


def listed_from(article: Article, sentence: Sentence, first: CompanyMention) -> list[CompanyMention]:
    """``first`` and the companies listed after it ("A, B and C", « A ainsi que la B »).

    A comma list must close on "and / et" ("A, B and C", "A, B and other shops"): else the comma ends ``first``'s
    phrase and the next name is the clause's subject ("Before its takeover by X, Y was ...").
    """
    listed = [first]
    closed = True
    while (link := _LIST_LINK.match(article.text, listed[-1].end)) is not None:
        following = next((c for c in sentence.companies if c.start == link.end()), None)
        if following is None or any(c.id == following.id for c in listed):
            break
        listed.append(following)
        closed = _AND.search(link.group()) is not None
        if closed:
            break  # "A, B and C": the list ends on its "and" member
    closed = closed or _AND_OTHERS.match(article.folded, listed[-1].end) is not None
    return listed if closed else listed[:1]


def _unit_parties(article: Article, sentence: Sentence, noun: int) -> tuple[CompanyMention, CompanyMention] | None:
    """(owner, unit) of "Y's X unit", "X, Y's chip unit", "X, the Y unit" (the unit noun at ``noun``); else None."""
    before = [c for c in sentence.companies if c.end <= noun]
    if not before:
        return None
    last = before[-1]
    if len(before) >= _PAIR and last.end == noun:
        owner = before[-2]
        if _UNIT_OWNER_GAP.fullmatch(article.text, owner.end, last.start):
            return owner, last  # "Dorvane's Korvia unit"
        if _APPOSED.fullmatch(article.text, owner.end, last.start):
            return last, owner  # "Korvia, the Dorvane unit"
    if len(before) >= _PAIR and _UNIT_OWNER_GAP.fullmatch(article.text, last.end, noun + 1):
        unit = before[-2]
        if article.text[unit.end : last.start] == ", ":
            return last, unit  # "Korvia, Dorvane's chip unit"
    return None


def _ownership(
    article: Article, sentence: Sentence, at: int, owner: CompanyMention, owned: list[CompanyMention], *, end: int = 0
) -> list[Candidate]:
    """An acquisition of each owned company by ``owner``; a stake of the share told in ``at:end`` below control."""
    share = sentence.percent_after(at, end - at) if end > at else None
    if share is not None and share.end > end:
        share = None
    partial = _PARTIAL.match(article.folded, at) is not None
    below_control = partial or (share is not None and share.value < _CONTROL)
    modality = modality_at(article, sentence, at)
    return [
        Candidate(
            type="stake" if below_control else "acquisition",
            span=(sentence.start, sentence.end),
            subject=owner,
            object=company,
            stake_pct=share.value if share is not None else None,
            modality=modality,
            effective_date=event_date(sentence),
            earlier=True,
        )
        for company in owned
        if company.id != owner.id
    ]
