"""An investor told as let into a company's capital, with no fund-raising verb (session 26).

French reporters write a round's newcomer as the object of « faire entrer » or « accueillir », its place in the
company's capital after it: « X a fait entrer le fonds A à son capital », « en faisant entrer A au capital »,
« X accueille B dans son capital ». English has the same turn with "bring in": "X brought in A as a new
investor". The co-investor cues read "fait entrer à son capital A" (capital before the name) only; here the
investor stands between the verb and the capital, so each such phrase yields (investor, investee) directly. The
investee is the subject before the verb, or the company the story is about when the subject is a description
(« La société française ... a réalisé une extension ..., en faisant entrer A à son capital »).
"""

from __future__ import annotations

import re

from streams.extraction.article import Article, Sentence
from streams.extraction.candidate import Candidate, event_date
from streams.extraction.investor_list import DESCRIBED_GAP
from streams.extraction.mentions import CompanyMention
from streams.extraction.pattern_windows import gated_finditer

_LETS_IN = re.compile(
    r"\b(?P<verb>(?:(?P<future>va[ ]|vont[ ]|compte[ ]|prévoit[ ]de[ ])?faire|fait|font|faisant|fera|feront"
    r"|(?:a|ont|avait|avaient)[ ]fait)[ ]entrer|accueill(?:e|ent|i|ir|ant|era|eront)"
    r"|(?:a|ont|avait)[ ]accueilli|(?:brought|brings|bringing|bring)[ ]in)[ ]"
)
"""The verb that lets an investor in, before the investor's name: « en faisant entrer », « accueille », "brought
in"."""
_INTO_CAPITAL = re.compile(
    r"[ ]?(?:,[ ][^,]{1,60},[ ]?)?[ ]?(?:(?:à|dans)[ ](?:son|leur)[ ](?:propre[ ])?|au[ ])capital\b"
    r"|[ ]?(?:,[ ][^,]{1,60},[ ]?)?[ ]?as[ ](?:a|an)[ ](?:new[ ]|minority[ ]|strategic[ ]|lead[ ])*"
    r"(?:investor|shareholder|backer)\b"
)
"""After the investor: where it enters, « à son capital », « dans son capital », "as a new investor" (an aside
between commas may describe the investor first)."""
_LIST_GAP = re.compile(r"(?:,[ ]|[ ](?:et|and)[ ]|,[ ](?:et|and)[ ])(?:(?:le|la|les|l'|the)[ ]?)?")
"""Between two investors let in together: « A et B », "A, B and C"."""
_WITHIN = 40
_FUTURE = re.compile(r"fera|feront|accueillera|accueilleront")


def capital_entry_relations(article: Article) -> list[Candidate]:
    """An investment of untold size for every « faire entrer A au capital » / "brought in A as an investor".

    Read over the whole story: such a sentence may hold no fact cue. A future or an intention (« va faire
    entrer », « prévoit de faire entrer ») is a plan. The same verb with no capital after its object lets nothing
    in (« fait entrer Airbus dans le marché chinois », "brought in a new CEO").
    """
    found: list[Candidate] = []
    folded = article.folded
    for verb in gated_finditer(_LETS_IN, folded, folded):
        sentence = article.sentence(article.sentence_index(verb.start()))
        entrants = _entrants(article, sentence, verb.end())
        if not entrants:
            continue
        investee = sentence.company_before(verb.start())
        if investee is None or investee.id in {e.id for e in entrants}:
            investee = article.previous_subject(sentence.index)
        if investee is None:
            continue
        modality = "plan" if verb.group("future") or _FUTURE.match(verb.group("verb")) else "fact"
        found.extend(
            Candidate(
                type="investment",
                span=(sentence.start, sentence.end),
                subject=investor,
                object=investee,
                modality=modality,
                effective_date=event_date(sentence),
            )
            for investor in entrants
            if investor.id != investee.id
        )
    return found


def _entrants(article: Article, sentence: Sentence, pos: int) -> list[CompanyMention]:
    """The investors named right after a letting-in verb at ``pos``, when the company's capital follows them."""
    folded = article.folded
    first = sentence.company_after(pos, within=_WITHIN)
    if first is None or DESCRIBED_GAP.fullmatch(folded, pos, first.start) is None:
        return []
    investors = [first]
    while (gap := _LIST_GAP.match(folded, investors[-1].end)) is not None:
        following = sentence.company_after(gap.end(), within=0)
        if following is None:
            break
        investors.append(following)
    return investors if _INTO_CAPITAL.match(folded, investors[-1].end) is not None else []
