"""A round told with its money as the subject of a passive raise verb: "$40 million was raised by X" (session 26).

Roundups and recaps turn the raise around so that the sum opens the clause: "Last year, $79M was raised by X",
"some $12 million has been secured by X", "$5M was swept up by X". The company after "by" is the raiser, the
investee; no investor is named, so the investment's investor stays unnamed. One raiser takes the amount; a list of
raisers ("$79M was raised by A, B and C") shares a total, so each of them raised an untold part of it.
"""

from __future__ import annotations

from streams.extraction.article import Article, Sentence
from streams.extraction.candidate import Candidate, event_date
from streams.extraction.funding_noun import listed_companies
from streams.extraction.invest_frame_names import PASSIVE_RAISE
from streams.extraction.modality import modality_at


def passive_raise_investments(article: Article, sentence: Sentence) -> list[Candidate]:
    """One investment, investor unnamed, per company a sentence says an amount was raised by."""
    found: list[Candidate] = []
    for amount in sentence.money:
        if amount.per_unit:
            continue
        passive = PASSIVE_RAISE.match(article.text, amount.end)
        if passive is None:
            continue
        raisers = listed_companies(sentence, article, passive.end())
        found += [
            Candidate(
                type="investment",
                span=(sentence.start, sentence.end),
                object=raiser,
                amount=amount if len(raisers) == 1 else None,
                modality=modality_at(article, sentence, amount.start),
                effective_date=event_date(sentence),
            )
            for raiser in raisers
        ]
    return found
