"""A supplier replacing another at a customer's is no customer dropping its supplier.

« À Agen, Keolis remplace Transdev », "Keolis replaces Transdev as operator of the network": both firms are
suppliers of a customer the sentence names by its place, its service or not at all; the verb that reads
« Carrefour remplace Danone » as Carrefour leaving Danone would make the winner the loser's customer. The swap is
read instead as the unnamed customer starting with the newcomer and ending with the incumbent.
"""

from __future__ import annotations

import re
from dataclasses import replace

from streams.extraction.article import Article
from streams.extraction.candidate import Candidate

_BARE_REPLACE = re.compile(
    r"[ ,]*(?:(?:a|ont|avait|vient de|viennent de|has|have|had)[ ])?"
    r"(?:remplac(?:e|ent|era|eront|erait|é|er)|replac(?:es|ed|e|ing)|will[ ]replace)[ ]+$",
    re.IGNORECASE,
)
"""What stands between the two firms of « X remplace Y » / "X replaces Y", and nothing else."""

_BY_ANOTHER = re.compile(r"[ ]+(?:par|by|with|avec)[ ]", re.IGNORECASE)
"""« X remplace Y par Z », "X replaces Y with Z": X is the customer changing supplier, the table's reading."""

_SUPPLIER_ROLE = re.compile(
    r"[ ,]+(?:comme|en[ ]tant[ ]qu[e']|au[ ]poste[ ]d[e']|à[ ]la[ ]tête[ ]d[ue]|aux[ ]commandes[ ]d[ue]"
    r"|pour[ ](?:l'exploitation|exploiter|la[ ]gestion|gérer|assurer)|as(?:[ ]the)?[ ]"
    r"(?:operator|supplier|provider|contractor|manager|vendor|carrier)|to[ ](?:run|operate|manage))\b",
    re.IGNORECASE,
)
"""After Y, the role both firms compete for: « comme exploitant du réseau », "as operator of the bus network"."""

_PLACE_FRONT = re.compile(
    r"(?:^|[,;:.!?]\s*)(?:(?:en[ ]revanche|de[ ]même|ailleurs|meanwhile|likewise)[ ]*,[ ]*)?"
    r"(?:à|a|au|en|dans|in|at|À|Au)[ ][A-ZÀ-Ý][\w'\- ]{1,40}?[ ]*,\s*(?:c'est[ ]l'inverse[ ]*,\s*)?$"
)
"""Before X, the place whose network or service is swapped: « À Agen, », « En revanche, à Agen, », "In Agen,"; a town's
« À » opens the sentence as often as not (a country's « En France, » tells no network)."""

SWAP = "swap"
"""Mark (in ``Candidate.inferred``) of a swap's unnamed customer: a place's own network (« À Agen »), no other
customer of the article to fold into."""

_FRONT_REACH = 60
"""How far before X its place may stand; a line break may part them (« à Agen, c'est l'inverse,\\n X remplace Y »)."""


def without_rival_replacements(article: Article, candidates: list[Candidate]) -> list[Candidate]:
    """Read « X remplace Y » as an unnamed customer's swap from Y to X when X and Y are two suppliers of one customer.

    X and Y are two suppliers when the article names X (or Y) a supplier in another relation, when a role follows Y
    (« comme exploitant », "as operator"), or when a place fronts the clause (« À Agen, X remplace Y »). The table's
    reading (X, a customer, leaving Y) is dropped; under a fronted place it gives way to the place's customer, unnamed,
    starting with X and ending with Y (a customer named elsewhere may be the one that swaps: nothing is guessed).
    """
    suppliers = {c.object.id for c in candidates if c.type.startswith("customer_") and c.object is not None}
    kept: list[Candidate] = []
    for candidate in candidates:
        if not _is_supplier_swap(article.text, candidate, suppliers):
            kept.append(candidate)
        elif (newcomer := candidate.subject) is not None and _PLACE_FRONT.search(
            article.text[max(0, newcomer.start - _FRONT_REACH) : newcomer.start]
        ):
            swap = [*candidate.inferred, SWAP]
            kept.append(replace(candidate, type="customer_start", subject=None, object=newcomer, inferred=swap))
            kept.append(replace(candidate, subject=None, inferred=swap))
    return kept


def _is_supplier_swap(text: str, candidate: Candidate, suppliers: set[str]) -> bool:
    """Whether ``candidate`` is a customer_end told by a bare « X remplace Y » between two suppliers."""
    first, second = candidate.subject, candidate.object
    if candidate.type != "customer_end" or first is None or second is None or first.end > second.start:
        return False
    if not _BARE_REPLACE.fullmatch(text, first.end, second.start) or _BY_ANOTHER.match(text, second.end):
        return False
    front = text[candidate.span[0] : first.start]
    return (
        first.id in suppliers
        or _SUPPLIER_ROLE.match(text, second.end) is not None
        or _PLACE_FRONT.search(front) is not None
    )
