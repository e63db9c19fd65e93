"""An account kept after a review: "PHD retained its assignment", "American Express kept its media account with Y".

Advertising trade press tells the end of a review from either side. The agency keeps the business ("MediaCom has
successfully defended media responsibilities on Brand USA", "OMD retaining the McDonald's account"), its client named
as the account's possessor, after "on / for / from", or in the agency's apposition ("PHD, the media agency for
Mercedes-Benz USA since 1999, retained its assignment"). Or the client keeps its account with the agency ("American
Express decided to keep its media account with MindShare"). Either way the client goes on buying from the agency: a
``customer_continue``. The verb alone says nothing ("retained its stake", "kept its forecast"): an account noun must
follow it, and the client must be named by one of those shapes. The rows hold their "its" ("retained its", "kept its")
or an adverb ("successfully defended"): a bare "retained" would also stand in "having retained both accounts", whose
clients another reader takes from the clause before.
"""

from __future__ import annotations

import re

from streams.extraction.article import Article, Sentence
from streams.extraction.candidate import Candidate, event_date
from streams.extraction.cues import Cue
from streams.extraction.mentions import CompanyMention
from streams.extraction.modality import modality_at

_ACCOUNT = re.compile(
    r"[ ](?:(?P<owner>its|their|the)[ ])?(?:[a-z0-9$£€.,&'\-]{1,25}[ ]){0,4}?"
    r"(?:accounts?|business|assignments?|responsibilities|duties|budgets?|brief)\b"
)
"""What the verb keeps: "its assignment", "the McDonald's account", "its $350 million media account", "media
responsibilities"."""
_ACCOUNT_REACH = 60
_CLIENT_AFTER = re.compile(r"[ ](?:on|for|from|of)[ ](?:the[ ])?$")
"""Between the account noun and its client: "responsibilities on Brand USA", "the account for Brand USA"."""
_HOLDER_AFTER = re.compile(r"[ ](?:with|at)[ ](?:(?:the[ ])?(?:[a-z\-]{2,15}[ ]){0,2})?$")
"""Between a client's own account and the agency it stays with: "its media account with MindShare"."""
_AGENCY_APPOSITION = re.compile(
    r",[ ](?:the|its)[ ](?:[a-z\-]{2,15}[ ]){0,3}?(?:agency|shop|incumbent|agency[ ]of[ ]record|aor)"
    r"(?:[ ]of[ ]record)?[ ](?:for|on|of)[ ](?:the[ ])?$"
)
"""Between the agency and its client in an apposition: "PHD, the media agency for Mercedes-Benz USA"."""
_APPOSITION_CLOSE = re.compile(r"(?:[ ](?:since|from)[ ](?:\d{4}|[a-z]+[ ]\d{4}))?,[ ](?:has[ ]|have[ ])?$")
"""After the client in the agency's apposition, up to the verb: "since 1999, ", ", has"."""
_CLIENT_REACH = 30


def account_kept_candidates(article: Article, sentence: Sentence, cue: Cue) -> list[Candidate]:
    """The client and agency of an account kept (``customer_continue``), or nothing when no account or client shows."""
    folded = article.folded
    account = _ACCOUNT.match(folded, cue.end)
    if account is None or account.end() > cue.end + _ACCOUNT_REACH:
        return []
    subject = sentence.company_before(cue.start)
    own = account.group("owner") in ("its", "their") or folded.endswith(" its", cue.start, cue.end)
    kept = _client_keeps(folded, sentence, account, subject) if own else None
    pairs = [kept] if kept is not None else _agency_keeps(folded, sentence, cue, account)
    modality = modality_at(article, sentence, cue.start)
    return [
        Candidate(
            type="customer_continue",
            span=(sentence.start, sentence.end),
            subject=client,
            object=agency,
            modality=modality,
            effective_date=event_date(sentence),
        )
        for client, agency in pairs
        if client.id != agency.id
    ]


_SERVICE_ACCOUNT = re.compile(
    r"[ ](?:(?!(?:bank|banking|savings|current|checking|deposit|trading|brokerage|cash|credit|loan|email|user)[ ])"
    r"[a-z0-9$£€.,&'\-]{1,25}[ ]){1,4}(?:accounts?|business|budgets?)\b"
)
"""A client's own account told with what it buys ("its media account", "its $350 million account"); a bare "its
account with Y" or "its bank account with Y" is the client's money at a bank, no account an agency keeps."""


def _client_keeps(
    folded: str, sentence: Sentence, account: re.Match[str], subject: CompanyMention | None
) -> tuple[CompanyMention, CompanyMention] | None:
    """(client, agency) of "X kept its account with Y": the subject keeps its own account with the agency after."""
    words = folded[account.start() : account.end()]
    if subject is None or _SERVICE_ACCOUNT.search(words.removeprefix(" its").removeprefix(" their")) is None:
        return None
    agency = sentence.company_after(account.end(), exclude=subject.id, within=_CLIENT_REACH)
    if agency is None or not _HOLDER_AFTER.fullmatch(folded, account.end(), agency.start):
        return None
    return subject, agency


def _agency_keeps(
    folded: str, sentence: Sentence, cue: Cue, account: re.Match[str]
) -> list[tuple[CompanyMention, CompanyMention]]:
    """(client, agency) pairs of "Y defended its X account", "Y defended duties on X", "Y, the agency for X, kept"."""
    before = [c for c in sentence.companies if c.end <= cue.start]
    for client in before[1:]:
        agency = before[before.index(client) - 1]
        if _AGENCY_APPOSITION.search(folded, agency.end, client.start) and _APPOSITION_CLOSE.fullmatch(
            folded, client.end, cue.start
        ):
            return [(client, agency)]
    if not before:
        return []
    agency = before[-1]  # the nearest: "McDonald's reviewed its agencies, with OMD keeping its account"
    owners = [
        c for c in sentence.companies if account.start() <= c.start and c.end <= account.end() and c.id != agency.id
    ]
    if owners:  # "the McDonald's account", "its A and B accounts": the clients name the accounts
        return [(owner, agency) for owner in owners]
    named = sentence.company_after(account.end(), exclude=agency.id, within=_CLIENT_REACH)
    if named is not None and _CLIENT_AFTER.fullmatch(folded, account.end(), named.start):
        return [(named, agency)]
    return []
