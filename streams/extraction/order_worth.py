"""What a customer's orders are worth, told in another sentence than its loss: the size that makes the loss major.

"Korvia could drop its orders at Bellmark" in the lead; later "Korvia placed orders worth $4 billion with Bellmark" or
« Korvia pourrait annuler plusieurs milliards de dollars de commandes passées auprès de Bellmark ». The sentence that
sizes the orders often holds no customer cue at all (no verb of buying or losing), so the sentence rules never read
it: this pass runs once the article's events are known, and only for a loss (end or at risk) whose two parties are
named, looking at the sentences that name both of them. A stated amount becomes the relation's amount (as a contract
worth is elsewhere); a size told in words ("several billion dollars of orders") marks the customer major.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from streams.extraction.article import Article
from streams.extraction.candidate import Candidate
from streams.extraction.quantities import MoneyMention

_LOSSES = frozenset(("customer_end", "customer_at_risk"))
_ORDER = re.compile(r"\b(?:orders?|commandes?|backlog[ ]of[ ]orders)\b")
"""The noun that makes an amount the customer's orders ("its order of 100 jets ... worth", « sa commande »)."""
_CUSTOMERS_ORDER_BEFORE = re.compile(
    r"(?:\b(?:its|their|sa|son|ses|leurs?|placed|placing|passé|passée|passées|a[ ]passé)|'s)[ ]"
    r"(?:[a-z0-9\-]{1,15}[ ]){0,2}$"
)
"""Before the order noun: whose orders they are ("its order", « sa commande », "X's orders") or that the customer
placed them ("placed orders worth")."""
_CUSTOMERS_ORDER_AFTER = re.compile(r"[ ](?:placed|passée?s?)[ ](?:with|auprès|chez)\b")
"""After the order noun: placed with the supplier (« commandes passées auprès de Y », "orders placed with Y")."""
_OWNER_REACH = 40
_ORDER_REACH = 120
"""How far (chars) from the order noun its amount may stand ("sa commande de 100 A320neo, passée en 2015 pour un
montant de près de 10 milliards de dollars")."""
_BILLIONS_IN_WORDS = re.compile(
    r"\b(?:plusieurs|several|multiple|many|des|quelques|a[ ]few)[ ](?:milliards|billions?)\b"
    r"|\bbillions[ ]of[ ](?:dollars|euros|pounds)\b"
)
"""A size told in words, with no figure ("plusieurs milliards de dollars de commandes", "billions of dollars of
orders"): the orders of a major customer."""


def size_lost_orders(article: Article, candidates: list[Candidate]) -> None:
    """Give each named loss the worth of the customer's orders told in a sentence that names both parties."""
    sizes: dict[tuple[str, str], _Size | None] = {}
    for loss in candidates:
        customer, supplier = loss.subject, loss.object
        if (
            loss.type not in _LOSSES
            or customer is None
            or supplier is None
            or "unnamed" in (customer.kind, supplier.kind)
            or loss.amount is not None
            or loss.major_customer
        ):
            continue
        pair = (customer.id, supplier.id)
        if pair not in sizes:  # the same pair's losses read the same sentences: once per pair, not per loss
            sizes[pair] = next(
                (
                    size
                    for start, end in _sentences_naming(article, *pair)
                    if (size := _orders_size(article, start, end))
                ),
                None,
            )
        if (size := sizes[pair]) is not None:
            if size.amount is not None:
                loss.amount = size.amount
            else:
                loss.major_customer = True


def _sentences_naming(article: Article, first: str, second: str) -> list[tuple[int, int]]:
    """The spans of the sentences that name both companies, in article order."""
    starts = [span[0] for span in article.spans]
    indexes: dict[str, set[int]] = {first: set(), second: set()}
    for company in article.companies:
        if company.id in indexes:
            indexes[company.id].add(bisect_right(starts, company.start) - 1)
    return [article.spans[i] for i in sorted(indexes[first] & indexes[second]) if i >= 0]


@dataclass(frozen=True, slots=True)
class _Size:
    """The size of a customer's orders: their amount, or none when told in words ("several billion dollars")."""

    amount: MoneyMention | None


def _orders_size(article: Article, start: int, end: int) -> _Size | None:
    """The size of the customer's orders the sentence ``start:end`` tells, if it tells one."""
    folded = article.folded
    for order in _ORDER.finditer(folded, start, end):
        if (
            _CUSTOMERS_ORDER_BEFORE.search(folded, max(start, order.start() - _OWNER_REACH), order.start()) is None
            and _CUSTOMERS_ORDER_AFTER.match(folded, order.end(), end) is None
        ):
            continue  # "orders at Y rose to $3 billion": the supplier's whole book, not this customer's orders
        low, high = max(start, order.start() - _ORDER_REACH), min(end, order.end() + _ORDER_REACH)
        amount = next((m for m in article.money if low <= m.start < high and not m.per_unit), None)
        if amount is not None:
            return _Size(amount)
        if _BILLIONS_IN_WORDS.search(folded, low, high) is not None:
            return _Size(None)
    return None
