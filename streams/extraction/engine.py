"""``extract``: one news item in, typed deal events and the entities they involve out."""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Any

from schemas.events import CompanyRef, DealEvent, Entity, Evidence, Extraction, Money, SourceRef
from schemas.news import NewsItem
from streams.extraction.article import Article
from streams.extraction.brand_owner import owners_of_brands
from streams.extraction.candidate import BACKED_ROUND, Candidate
from streams.extraction.cont_sales_share import sales_share_relations
from streams.extraction.continue_history import as_continued
from streams.extraction.continue_made_by import made_by_relations
from streams.extraction.ending_value import yearly
from streams.extraction.follow_on import as_follow_on
from streams.extraction.history import already_held, told_as_history
from streams.extraction.invest_capital_entry import capital_entry_relations
from streams.extraction.knowledge_base import load_knowledge_base, slugify
from streams.extraction.leadership import without_returns
from streams.extraction.leadership_guard import without_false_leaders
from streams.extraction.mentions import CompanyMention, initials_of
from streams.extraction.ongoing_roles import role_relations
from streams.extraction.order_worth import size_lost_orders
from streams.extraction.penalty_amounts import without_penalty_amounts
from streams.extraction.public_roles import without_owned_bodies
from streams.extraction.quantities import MoneyMention
from streams.extraction.risk_standing import name_at_risk_customers
from streams.extraction.rival_replaces import SWAP, without_rival_replacements
from streams.extraction.rules import CustomerNote, Discourse, name_identified_customers, sentence_candidates
from streams.extraction.standing_supply import without_told_standing
from streams.extraction.text import MAX_EVIDENCE_SPANS, MAX_TITLE_BYTES, truncate_utf8

_MODALITY_CONFIDENCE = {"fact": 0.9, "forecast": 0.8, "plan": 0.75, "rumor": 0.6, "denied": 0.6}
_UNKNOWN_COMPANY_FACTOR = 0.7
_INFERRED_FACTOR = 0.9
_DEAL_TYPES = frozenset(("acquisition", "stake", "investment"))
_CUSTOMER_TYPES = frozenset(("customer_start", "customer_continue", "customer_at_risk", "customer_end"))
_MODALITY_STRENGTH = {"fact": 4, "forecast": 3, "plan": 2, "denied": 1, "rumor": 0}
"""Which wording wins when two sentences state one fact: a denial outweighs the rumour it answers."""


@dataclass(slots=True)
class _Merged:
    """Candidates of one article that state the same fact."""

    first: Candidate
    spans: list[tuple[int, int]] = field(default_factory=list)
    inferred: bool = False


def extract(item: NewsItem, *, max_body_bytes: int = 1_000_000) -> Extraction:
    """Read the deal events of one news item.

    Pure and deterministic: the same item always gives the same extraction, and the same fact
    gives the same ``event_id`` whichever article states it. Safe to call from several threads;
    the knowledge base is loaded once, on the first call.

    Args:
        item: the article; ``item.text`` (title + blank line + body) is what evidence offsets index.
        max_body_bytes: bodies longer than this many UTF-8 bytes are cut (``truncated=True``);
            env ``DEALWATCH_MAX_BODY_BYTES`` is what the stream processor passes here. Titles are cut
            at :data:`~streams.extraction.text.MAX_TITLE_BYTES` (then offsets index the cut title).
    """
    kb = load_knowledge_base()
    body, body_cut = truncate_utf8(item.body, max_body_bytes)
    title, title_cut = truncate_utf8(item.title, MAX_TITLE_BYTES)
    truncated = body_cut or title_cut
    text = _without_bullets(f"{title}\n\n{body}" if title else body)
    article = Article(text, item.language, item.published_at, kb)
    candidates: list[Candidate] = []
    discourse = Discourse()
    for index in article.sentence_indexes_with_cues():
        candidates.extend(sentence_candidates(article, article.sentence(index), discourse))
    candidates.extend(made_by_relations(article))
    candidates.extend(capital_entry_relations(article))
    candidates.extend(sales_share_relations(article))
    candidates.extend(role_relations(article))
    _apply_notes(candidates, discourse.notes)
    size_lost_orders(article, candidates)
    name_identified_customers(article, candidates)
    name_at_risk_customers(candidates)
    as_follow_on(article, candidates)
    as_continued(article, candidates)
    already_held(candidates)  # "which currently holds 9%" beside a larger stake bought: background
    candidates = _without_backed_rounds(_without_loose_partnerships(without_returns(without_told_standing(candidates))))
    candidates = without_penalty_amounts(article, without_owned_bodies(candidates))
    candidates = owners_of_brands(article, without_rival_replacements(article, candidates))
    candidates = without_false_leaders(article, candidates)
    source = SourceRef(item_id=item.id, url=item.url, published_at=item.published_at)
    merged = _fold_subsets(_one_alliance(_merge(candidates)))
    merged = _unnamed_parties(_fold_same_leader(_fold_steps(_fold_departures(merged))))
    merged = _fold_risk_into_end(_one_direction(_fold_rewritten(_fold_units(merged), article), len(title)))
    events = [_to_event(article, item, source) for item in merged]
    return Extraction(
        item_id=item.id,
        language=article.language,
        entities=_entities(article, events),
        events=tuple(events),
        truncated=truncated,
    )


_BULLET = re.compile(r"(?m)^[ \t]*[\u2022\u25aa\u25e6\u2023\u25cf\u00b7*\-\u2013][ \t]+(?=[A-ZÀ-Ý])")
"""A list bullet before a capitalised word opening a line ("  \u2022 Acme has acquired ...", "- Acme to sell ..."); a
bullet before a lower-case item ("- un chiffre d'affaires supérieur à ...") continues the sentence above it."""


def _without_bullets(text: str) -> str:
    """``text`` with each line's list bullet blanked (spaces of the same length, so every offset holds).

    Roundups list their deals one a line behind a bullet; blanked, the name after it opens its sentence as the
    readers of sentence subjects expect ("\u2022 Mwalimu National Sacco has acquired Spire Bank").
    """
    if not _BULLET.search(text):
        return text
    return _BULLET.sub(lambda bullet: " " * len(bullet.group(0)), text)


def _without_loose_partnerships(candidates: list[Candidate]) -> list[Candidate]:
    """Drop "X and Y will work together" when the article reads X and Y as customer and supplier.

    "Cargojet and Canada Post will work together to provide ... services", said after the contract it won,
    is the contract told again, not an alliance.
    """
    related = {frozenset(_pair(c)) for c in candidates if c.type.startswith("customer_") and c.subject and c.object}
    return [c for c in candidates if not (c.type == "partnership" and c.loose and frozenset(_pair(c)) in related)]


def _without_backed_rounds(candidates: list[Candidate]) -> list[Candidate]:
    """Drop an unnamed round whose backers another phrase names, and its repeats (same company, same or no amount).

    "Uber wrapped up a round of $1 billion. ... The backers of the round include Microsoft and Times Internet": the
    round is Microsoft's and Times Internet's investments; an investment of nobody beside them says nothing more.
    """
    backed = {
        (c.object.id, _round_size(c))
        for c in candidates
        if c.type == "investment" and c.subject is None and c.object is not None and BACKED_ROUND in c.inferred
    }
    if not backed:
        return candidates
    companies = {company for company, _ in backed}
    return [
        c
        for c in candidates
        if not (
            c.type == "investment"
            and c.subject is None
            and c.object is not None
            and ((c.object.id, _round_size(c)) in backed or (c.amount is None and c.object.id in companies))
        )
    ]


def _round_size(candidate: Candidate) -> tuple[float, str | None] | None:
    """The amount of a round, rounded to three significant digits, with its currency."""
    amount = candidate.amount
    return None if amount is None else (float(f"{amount.value:.3g}"), amount.currency)


def _pair(candidate: Candidate) -> tuple[str | None, str | None]:
    return (
        candidate.subject.id if candidate.subject else None,
        candidate.object.id if candidate.object else None,
    )


_PRECISE_DIGITS = 3
"""Significant digits from which two equal figures of one company are one figure told twice ("$16.69 billion")."""


def _same_figure_period(candidate: Candidate, seen: dict[tuple[object, ...], str]) -> None:
    """Give a revenue figure told again the period it was first told with.

    "a rise in first-quarter sales to $16.69 billion", then "Net sales rose marginally to $16.69 billion": one
    figure, whose second telling names no quarter (and may be given a year by default). A round figure ("10 billion
    euros") told again for another year is another year's.
    """
    if candidate.type != "revenue" or candidate.amount is None or candidate.period is None:
        return
    digits = f"{candidate.amount.value:.5g}"
    key = (*_pair(candidate), candidate.modality, digits + (candidate.amount.currency or ""))
    first = seen.setdefault(key, candidate.period)
    precise = len(digits.split("e", maxsplit=1)[0].replace(".", "").strip("0")) >= _PRECISE_DIGITS
    if first != candidate.period and (precise or first[:4] == candidate.period[:4]):
        candidate.period = first


def _merge(candidates: list[Candidate]) -> list[_Merged]:
    """One event per fact per article: repeated sentences (title, summary, body) add evidence only.

    An investment between the same two companies as a stake or an acquisition is the same deal
    told with a vaguer verb ("Meta mise 14,3 milliards sur Scale AI"), so it folds into it; a holding
    ("Amazon owns 10 % of Rivian") is no deal, so a round it joined stays an investment. Sizes
    tell facts apart: two stakes of one holder in one company ("11 % in December, now 15.1 %"),
    two rounds or two valuations of one company ("$639m last year at $45.6bn, now $650m at
    $6.5bn") are two facts each; one of unstated size is the first sized one of its kind.
    """
    deal_types: dict[tuple[str | None, str | None], str] = {}
    sizes: dict[tuple[object, ...], object] = {}
    for candidate in candidates:
        if candidate.type in ("stake", "acquisition") and not candidate.holding:
            deal_types.setdefault(_pair(candidate), candidate.type)
    for candidate in candidates:
        if candidate.type == "investment" and _pair(candidate) in deal_types:
            candidate.type = deal_types[_pair(candidate)]
        if (size := _size(candidate)) is not None:
            sizes.setdefault((candidate.type, *_pair(candidate)), size)
    merged: dict[tuple[object, ...], _Merged] = {}
    figure_periods: dict[tuple[object, ...], str] = {}
    figures: dict[tuple[object, ...], list[MoneyMention]] = {}
    for candidate in candidates:
        _same_figure_period(candidate, figure_periods)
        if candidate.type == "revenue" and candidate.amount is not None:
            figures.setdefault(("revenue", *_pair(candidate), candidate.period), []).append(candidate.amount)
    for candidate in candidates:
        kind = (candidate.type, *_pair(candidate))
        size = _size(candidate)
        if candidate.type == "revenue":
            # Session 25 (rev): two figures of one period are two lines ("économique" and "consolidé", a quarter's
            # and the one it compares with); one told again, rounded ("22,5 milliards", "22 522 millions"), is one;
            # an outlook of no figure goes with the first told.
            size = _figure_told(figures.get((*kind, candidate.period), []), candidate.amount)
        if candidate.type.startswith("customer_") and candidate.subject and candidate.subject.kind == "unnamed":
            # "a big buyer" in the title, "one of its customers" in the body: one undisclosed customer, told twice.
            kind = (candidate.type, None, kind[2])
        key = (
            *kind,
            (candidate.person or "").casefold(),
            candidate.role,
            candidate.period,
            # Two unnamed customers lost for different sums are two customers ("another large customer").
            _rounded(candidate.amount)
            if candidate.type.startswith("customer_") and kind[1] is None
            else (size if size is not None else sizes.get(kind)),
        )
        existing = merged.get(key)
        if existing is None:
            merged[key] = _Merged(candidate, [candidate.span], bool(candidate.inferred))
        else:
            _absorb(existing, candidate)
    return list(merged.values())


def _one_alliance(merged: list[_Merged]) -> list[_Merged]:
    """Fold a partnership told again with its partners the other way round into the first told.

    An alliance has no direction: "Volkswagen et Ford scellent une alliance ... Ils ont aussi signé un protocole
    d'accord" is one partnership, whichever order "ils" is resolved in; the partners keep their first order.
    """
    kept: list[_Merged] = []
    first_told: dict[frozenset[str | None], _Merged] = {}
    for item in merged:
        pair = frozenset(_pair(item.first))
        earlier = first_told.get(pair) if item.first.type == "partnership" else None
        if earlier is not None and _pair(earlier.first) != _pair(item.first):
            for span in item.spans:
                _absorb(earlier, item.first, span)
            continue
        if item.first.type == "partnership":
            first_told.setdefault(pair, item)
        kept.append(item)
    return kept


_SAME_FIGURE = 0.02
"""Two revenue figures of one company and period this close are one figure told twice, rounded."""


def _figure_told(told: list[MoneyMention], amount: MoneyMention | None) -> str | None:
    """The key of ``amount``: the first of the figures ``told`` for the same company and period that it repeats."""
    if amount is None:
        return _rounded(told[0]) if told else None
    first = next(
        (
            earlier
            for earlier in told
            if earlier.currency == amount.currency and abs(earlier.value - amount.value) <= _SAME_FIGURE * earlier.value
        ),
        amount,
    )
    return _rounded(first)


def _size(candidate: Candidate) -> object:
    """What tells two facts of one kind and pair apart: a stake's percentage, a round's or a valuation's amount."""
    if candidate.type == "stake":
        return candidate.stake_pct
    if candidate.type in ("investment", "valuation"):
        return _rounded(candidate.amount) or None
    return None


def _apply_notes(candidates: list[Candidate], notes: list[CustomerNote]) -> None:
    """Mark customer relations as major and give them the yearly amount stated in another sentence.

    A note without a named vendor ("pays the start-up $150 million") applies when the customer has
    one vendor in the article; an amount never replaces one read next to the relation's own verb.
    """
    by_customer: dict[str, list[Candidate]] = {}  # one pass: a long story has as many notes as relations
    for candidate in candidates:
        if candidate.type.startswith("customer_") and candidate.subject:
            by_customer.setdefault(candidate.subject.id, []).append(candidate)
    for note in notes:
        relations = by_customer.get(note.customer.id, [])
        vendors = {c.object.id for c in relations if c.object is not None}
        if note.vendor is None and len(vendors) != 1:
            continue
        for relation in relations:
            if note.vendor is not None and (relation.object is None or relation.object.id != note.vendor.id):
                continue
            if note.major:
                relation.major_customer = True
            if note.amount is not None and relation.amount is None:
                relation.amount = note.amount


_Facts = tuple[tuple[object, ...], tuple[object, ...]]


def _facts(candidate: Candidate) -> _Facts:
    """The parties (who, whom, which person, role, period) and the details of a candidate."""
    subject, obj = _pair(candidate)
    parties = (subject, obj, (candidate.person or "").casefold() or None, candidate.role, candidate.period)
    return parties, (candidate.stake_pct, _rounded(candidate.valuation) or None, candidate.previous_person)


def _says_less(small: _Facts, large: _Facts) -> bool:
    """Whether ``small`` states the fact of ``large`` with fewer parties, contradicting none of its details.

    Both are facts of the same type, object, amount and modality: "Scale AI raised $1B" says less
    than "Scale AI raised $1B in a round led by Accel".
    """
    (mine, my_details), (theirs, their_details) = small, large
    if any(a is not None and a != b for a, b in zip(mine, theirs, strict=True)):
        return False
    if any(a is not None and b is not None and a != b for a, b in zip(my_details, their_details, strict=True)):
        return False
    return sum(a is not None for a in mine) < sum(b is not None for b in theirs)


def _fold_subsets(merged: list[_Merged]) -> list[_Merged]:
    """Fold each fact into the first one of the article that says the same with more parties."""
    if len(merged) <= 1:
        return merged
    groups: dict[tuple[object, ...], list[int]] = {}
    for index, item in enumerate(merged):
        first = item.first
        groups.setdefault((first.type, first.modality, _rounded(first.amount), _pair(first)[1]), []).append(index)
    folded: set[int] = set()
    for members in groups.values():
        if len(members) == 1:
            continue
        facts = {index: _facts(merged[index].first) for index in members}
        for index in members:
            if SWAP in merged[index].first.inferred:
                continue  # « À Agen, X remplace Y »: the place's network, no other customer's relation with X
            host = next(
                (
                    other
                    for other in members
                    if other != index and other not in folded and _says_less(facts[index], facts[other])
                ),
                None,
            )
            if host is not None:
                folded.add(index)
                for span in merged[index].spans:
                    _absorb(merged[host], merged[index].first, span)
                facts[host] = _facts(merged[host].first)
    return [item for index, item in enumerate(merged) if index not in folded]


def _fold_departures(merged: list[_Merged]) -> list[_Merged]:
    """Fold "Jane Roe steps down" into the article's change at her company that names her successor.

    The departure and the appointment are one change told twice ("X will step down; Y becomes
    interim CEO"), often with different wording, so with different modalities.
    """
    successions = {
        (item.first.subject.id, (item.first.previous_person or "").casefold()): item
        for item in merged
        if item.first.type == "leadership_change"
        and item.first.person
        and item.first.previous_person
        and item.first.subject is not None
    }
    kept = []
    for item in merged:
        first = item.first
        host = None
        if first.type == "leadership_change" and first.person is None and first.subject is not None:
            takers = _take_over(merged, first)  # every appointment to the role it leaves, even when one names it
            host = successions.get((first.subject.id, (first.previous_person or "").casefold())) or takers
        if host is None:
            kept.append(item)
            continue
        for span in item.spans:
            if span not in host.spans:
                host.spans.append(span)
    return kept


def _fold_risk_into_end(merged: list[_Merged]) -> list[_Merged]:
    """Fold a customer put at risk into the same story's end of that relation: the end is what happened.

    "Apple will stop using Imagination's designs ... to reduce its reliance on the British group": one
    loss told twice, the second time as a motive that alone would read as a risk.
    """
    ended = {_pair(item.first): item for item in merged if item.first.type == "customer_end" and all(_pair(item.first))}
    kept = []
    for item in merged:
        host = ended.get(_pair(item.first)) if item.first.type == "customer_at_risk" else None
        if host is None:
            kept.append(item)
            continue
        host.spans.extend(span for span in item.spans if span not in host.spans)
    return kept


_STEPS = {"deputy CEO": "CEO"}
"""A role and the one it leads to: a deputy named CEO in the same story took the deputy post earlier."""


def _fold_steps(merged: list[_Merged]) -> list[_Merged]:
    """Drop a person's earlier step at a company when the story makes them its holder of the next role.

    "Jane Roe, named deputy CEO in 2014, becomes CEO": one change, to CEO.
    """
    held = {
        (item.first.subject.id, item.first.person.casefold(), item.first.role)
        for item in merged
        if item.first.type == "leadership_change" and item.first.subject is not None and item.first.person
    }
    return [
        item
        for item in merged
        if not (
            item.first.type == "leadership_change"
            and item.first.subject is not None
            and item.first.person
            and item.first.role in _STEPS
            and (item.first.subject.id, item.first.person.casefold(), _STEPS[item.first.role]) in held
        )
    ]


def _fold_same_leader(merged: list[_Merged]) -> list[_Merged]:
    """Fold the changes that give one person one role at one company into one, a role left unstated matching any.

    A headline's "names Jane Roe as new CEO" and the body's "John Doe will be replaced by Jane Roe" are
    one change told twice, with different tenses and details; kept apart they raise two alerts.
    """
    hosts: dict[tuple[str, str], list[_Merged]] = {}
    kept = []
    _full_names(merged)
    for item in merged:
        first = item.first
        if first.type != "leadership_change" or first.subject is None or not first.person:
            kept.append(item)
            continue
        same = hosts.setdefault((first.subject.id, first.person.casefold()), [])
        host = next((h for h in same if None in (h.first.role, first.role) or h.first.role == first.role), None)
        if host is None:
            same.append(item)
            kept.append(item)
            continue
        host.first.role = host.first.role or first.role
        host.first.previous_person = host.first.previous_person or first.previous_person
        for span in item.spans:
            _absorb(host, first, span)
    return kept


def _full_names(merged: list[_Merged]) -> None:
    """Give a newcomer told by a compound surname alone the full name the story gives her at the same company.

    A headline's "names Heineken's Van Boxmeer as chairman" or "names Van der Berg as CEO" and the body's
    "Jean-Francois Van Boxmeer": one person, whose surname of two words or more no first-name reading folds.
    """
    named: dict[str, set[str]] = {}
    for item in merged:
        first = item.first
        if first.type == "leadership_change" and first.subject is not None and first.person:
            named.setdefault(first.subject.id, set()).add(first.person)
    for item in merged:
        first = item.first
        if first.type != "leadership_change" or first.subject is None or not first.person:
            continue
        tail = " " + first.person.casefold()
        fuller = [name for name in named[first.subject.id] if name.casefold().endswith(tail)]
        if fuller:
            first.person = max(fuller, key=len)


def _take_over(merged: list[_Merged], departure: Candidate) -> _Merged | None:
    """The appointments to the role a departure leaves, at its company, that name no predecessor.

    "Jane Roe will step down as CEO. (...) John Doe was named interim CEO": the leaver becomes the
    predecessor of each (an interim and a permanent successor may both be named); the first hosts
    the departure's evidence.
    """
    takers = [
        item
        for item in merged
        if item.first.type == "leadership_change"
        and item.first.person is not None
        and item.first.previous_person is None
        and item.first.role is not None
        and item.first.role == departure.role
        and item.first.subject is not None
        and departure.subject is not None
        and item.first.subject.id == departure.subject.id
        and item.first.person.casefold() != (departure.previous_person or "").casefold()
    ]
    for item in takers:
        item.first.previous_person = departure.previous_person
    return takers[0] if takers else None


def _is_unit_of(unit: CompanyMention, parent: CompanyMention) -> bool:
    """Whether ``unit`` names a unit of ``parent``: "UPS Canada" of "UPS"."""
    return unit.id != parent.id and unit.name.startswith(parent.name + " ")


def _fold_units(merged: list[_Merged]) -> list[_Merged]:
    """Fold a customer relation told with a parent's name into the same relation told with its unit's.

    "Cargojet renewed its agreement with UPS Canada ... Cargojet will keep providing UPS": the story
    names the unit once, then shortens it to the parent's name; one relation, with the unit.
    """
    relations = [item for item in merged if _named_relation(item)]
    folded: set[int] = set()
    for item in relations:
        first = item.first
        host = next(
            (
                other
                for other in relations
                if other is not item
                and id(other) not in folded
                and other.first.type == first.type
                and _unit_pair(other.first, first)
            ),
            None,
        )
        if host is not None:
            folded.add(id(item))
            for span in item.spans:
                _absorb(host, first, span)
    return [item for item in merged if id(item) not in folded]


def _unit_pair(unit: Candidate, parent: Candidate) -> bool:
    """Whether ``unit`` is ``parent``'s relation with one party named as a unit of the other's party."""
    if not (unit.subject and unit.object and parent.subject and parent.object):
        return False
    if unit.subject.id == parent.subject.id:
        return _is_unit_of(unit.object, parent.object)
    return unit.object.id == parent.object.id and _is_unit_of(unit.subject, parent.subject)


_MIN_INITIALS = 3
"""Two letters name too many things ("BA", "GE") to tie them to a name's initials."""
_MIN_PART = 4
"""A shorter part of a name ("Air" of "Air France") names too many firms to be that name."""


def _letters(name: str) -> str:
    """A name's letters and digits, in lower case: "Vander Plas" and "Van der Plas" are one spelling."""
    return "".join(char for char in name.casefold() if char.isalnum())


def _written_for(short: CompanyMention, long: CompanyMention) -> bool:
    """Whether ``short`` is another writing of ``long``.

    Its initials ("ACS" of "Affiliated Computer Services"), the same letters spaced otherwise ("Parlevliet &
    Vander Plas", "Parlevliet & Van der Plas"), or some of its words ("Evergrande" of "China Evergrande").
    """
    if short.id == long.id:
        return False
    name = short.name
    if len(name) >= _MIN_INITIALS and name.isupper() and initials_of(long.name) == name:
        return True
    if " " in long.name and _letters(name) == _letters(long.name):
        return True
    # "Evergrande" of "China Evergrande": the words of one name run inside the other's
    return len(name) >= _MIN_PART and f" {name.casefold()} " in f" {long.name.casefold()} "


def _written_pair(short: Candidate, long: Candidate) -> bool:
    """Whether ``short`` is ``long``'s event with one party written otherwise (see :func:`_written_for`).

    Of the same size: two sizes are two facts ("11% in December, now 15.1%").
    """
    if short.type != long.type or not (short.subject and short.object and long.subject and long.object):
        return False
    if _size(short) != _size(long):
        return False
    if short.subject.id == long.subject.id:
        return _written_for(short.object, long.object)
    return short.object.id == long.object.id and _written_for(short.subject, long.subject)


def _fold_rewritten(merged: list[_Merged], article: Article) -> list[_Merged]:
    """Fold an event told again with a party written otherwise into the one told with the usual writing.

    "Xerox to buy Affiliated Computer Services ... its purchase of ACS", a headline's "Vander Plas" and the body's
    "Van der Plas": one deal, whose short name the knowledge base may even give to another firm (a Spanish builder
    is "ACS"); two events would raise the alert twice. Initials fold into the full name; of two spellings, the one
    the article writes less often folds into the other.
    """
    written = Counter(company.id for company in article.companies)
    folded: set[int] = set()
    for item in merged:
        host = next(
            (
                other
                for other in merged
                if other is not item
                and id(other) not in folded
                and _written_pair(item.first, other.first)
                and (not _written_pair(other.first, item.first) or _more_usual(other.first, item.first, written))
            ),
            None,
        )
        if host is not None:
            folded.add(id(item))
            for span in item.spans:
                _absorb(host, item.first, span)
    return [item for item in merged if id(item) not in folded]


def _more_usual(one: Candidate, other: Candidate, written: Counter[str]) -> bool:
    """Whether ``one``'s parties are written more often than ``other``'s (the later told on a tie: the body's)."""
    ones, others = _times_written(one, written), _times_written(other, written)
    return ones > others or (ones == others and one.span[0] >= other.span[0])


def _times_written(candidate: Candidate, written: Counter[str]) -> int:
    return sum(written[party.id] for party in (candidate.subject, candidate.object) if party is not None)


def _one_direction(merged: list[_Merged], title_length: int) -> list[_Merged]:
    """Keep one direction of a customer relation or an acquisition the article reads both ways.

    Two companies are not each other's customer in one story: a headline's terse "X renews Y
    contract" can read either way, so the direction the body states most often wins, a body
    statement weighing more than a headline's. Nor do two companies buy each other: a merger
    told by its pair ("la fusion de Soufflet et InVivo") names its parties in the writer's order,
    while "le rachat de Soufflet par InVivo" says who buys (session 25).
    """
    weights: dict[tuple[str, str | None, str | None], int] = {}
    for item in merged:
        if _directed_pair(item):
            weight = 2 * sum(1 for start, _ in item.spans if start > title_length)
            weights[(item.first.type, *_pair(item.first))] = weight + len(item.spans)
    kept = []
    for item in merged:
        if _directed_pair(item):
            subject, object_ = _pair(item.first)
            key = (item.first.type, subject, object_)
            reverse = weights.get((item.first.type, object_, subject))
            if reverse is not None and reverse > weights[key]:
                continue  # an equal split keeps both: the article gives no reason to prefer one
        kept.append(item)
    return kept


def _directed_pair(item: _Merged) -> bool:
    """Whether ``item`` is a named customer relation or an acquisition with both parties named."""
    first = item.first
    return _named_relation(item) or (first.type == "acquisition" and None not in (first.subject, first.object))


def _named_relation(item: _Merged) -> bool:
    """Whether ``item`` is a customer relation with both parties named."""
    first = item.first
    return first.type.startswith("customer_") and first.subject is not None and first.object is not None


def _unnamed_parties(merged: list[_Merged]) -> list[_Merged]:
    """Give the customer relations that leave a party unnamed the party another sentence names.

    "Wincanton lost a large government contract" is the loss that "HMRC will switch to Sodexo"
    names: an unnamed customer's end folds into the one named customer of the same relation with
    that supplier, or else is the end of the one customer that switches to another supplier. "X
    has opened a review of its media account" puts X's current suppliers (those X "currently works
    with") at risk, and is said by them; a search for other suppliers (marked ``seeking``) that names
    none of them is dropped.
    """
    named = [item for item in merged if _named_relation(item)]
    priced = [item for item in merged if item.first.subject is None and item.first.amount is not None]
    kept: list[_Merged] = []
    for item in merged:
        first = item.first
        if not first.type.startswith("customer_") or _named_relation(item):
            kept.append(item)
        elif first.subject is None and first.object is not None:
            if not _fold_unnamed_customer(item, named, priced):
                kept.append(item)
        elif first.subject is not None and first.type == "customer_at_risk":
            spread = _spread_review(item, named)
            if spread is not None:
                kept += spread
            elif "seeking" not in first.inferred:  # a search for other suppliers that names no current one
                kept.append(item)
        else:
            kept.append(item)
    return kept


def _fold_unnamed_customer(item: _Merged, named: list[_Merged], priced: list[_Merged]) -> bool:
    """Fold an unnamed customer's relation into the named one it is; False when no sentence names it.

    Without a name or an amount, it is the article's one unnamed customer of that relation that
    has an amount ("a $525M customer walks" then "the customer is walking away").
    """
    first = item.first
    if SWAP in first.inferred:
        return False
    vendor = first.object.id if first.object else None
    if first.amount is None:
        same = [o for o in priced if o.first.type == first.type and o.first.object and o.first.object.id == vendor]
        if len(same) == 1:
            for span in item.spans:
                _absorb(same[0], first, span)
            return True
    hosts = [
        other
        for other in named
        if other.first.type == first.type
        and other.first.object is not None
        and other.first.object.id == vendor
        and _same_or_unstated(first.amount, other.first.amount)
    ]
    if len({host.first.subject.id for host in hosts if host.first.subject is not None}) == 1:
        for span in item.spans:
            _absorb(hosts[0], first, span)
        return True
    lost = any(
        o.first.type in ("customer_end", "customer_at_risk") and o.first.object and o.first.object.id == vendor
        for o in named
    )
    if hosts or lost or first.type != "customer_end":
        return False
    switchers = {
        other.first.subject.id: other.first.subject
        for other in named
        if other.first.type == "customer_start" and other.first.subject is not None
    }
    if len(switchers) != 1:
        return False
    first.subject = next(iter(switchers.values()))
    item.inferred = True
    return False


def _same_or_unstated(left: MoneyMention | None, right: MoneyMention | None) -> bool:
    """Whether two amounts may be one relation's: equal, or one of them not stated."""
    return left is None or right is None or _rounded(left) == _rounded(right)


def _spread_review(item: _Merged, named: list[_Merged]) -> list[_Merged] | None:
    """The relations a customer's review with unnamed suppliers stands for, one per current supplier.

    None when the article names none of the customer's suppliers: the review stays, supplier unnamed.
    """
    first = item.first
    customer = first.subject.id if first.subject else None
    said = {
        other.first.object.id
        for other in named
        if other.first.type in (first.type, "customer_end")
        and other.first.subject
        and other.first.subject.id == customer
        and other.first.object is not None
    }
    current = {
        other.first.object.id: other.first.object
        for other in named
        if other.first.type == "customer_continue"
        and other.first.subject is not None
        and other.first.subject.id == customer
        and other.first.object is not None
    }
    if not said and not current:
        return None
    return [
        _Merged(replace(first, object=vendor, inferred=[*first.inferred, "anaphor"]), list(item.spans), True)
        for vendor_id, vendor in current.items()
        if vendor_id not in said
    ]


def _absorb(target: _Merged, candidate: Candidate, span: tuple[int, int] | None = None) -> None:
    first = target.first
    span = span or candidate.span
    if len(target.spans) < MAX_EVIDENCE_SPANS and span not in target.spans:
        target.spans.append(span)
    for name in ("amount", "stake_pct", "valuation", "previous_person", "effective_date", "major_customer"):
        if getattr(first, name) is None and getattr(candidate, name) is not None:
            setattr(first, name, getattr(candidate, name))
    if first.previous_person is not None and first.previous_person == first.person:
        first.previous_person = None  # "returned as CEO days after being fired": nobody succeeds themself
    if _MODALITY_STRENGTH[candidate.modality] > _MODALITY_STRENGTH[first.modality]:
        first.modality = candidate.modality
    target.inferred = target.inferred and bool(candidate.inferred)
    first.earlier = first.earlier and candidate.earlier  # told once as the news: news


def _yearly_if_relation(article: Article, candidate: Candidate) -> MoneyMention | None:
    """A candidate's amount; a customer relation's told by the month or quarter is given per year, as rules read it."""
    if candidate.amount is None or candidate.type not in _CUSTOMER_TYPES:
        return candidate.amount
    return yearly(article.folded, candidate.amount)


def _money(mention: MoneyMention | None) -> Money | None:
    if mention is None:
        return None
    return Money(value=mention.value, currency=mention.currency, qualifier=mention.qualifier)


def _ref(mention: CompanyMention | None) -> CompanyRef | None:
    return CompanyRef(id=mention.id, name=mention.name, kind=mention.kind) if mention else None


def _rounded(mention: MoneyMention | None) -> str:
    return f"{mention.value:.3g}{mention.currency}" if mention else ""


def event_id(candidate: Candidate) -> str:
    """Hash the normalised facts (never the article id), so a re-fed or copied story keeps its ids."""
    subject, obj = _pair(candidate)
    facts = "|".join(
        (
            candidate.type,
            subject or "",
            obj or "",
            (candidate.person or "").casefold(),
            candidate.role or "",
            candidate.period or "",
            _rounded(candidate.amount),
            _rounded(candidate.valuation),
            f"{candidate.stake_pct:.3g}" if candidate.stake_pct is not None else "",
            candidate.modality,
        )
    )
    return hashlib.sha256(facts.encode("utf-8")).hexdigest()[:24]


def _to_event(article: Article, merged: _Merged, source: SourceRef) -> DealEvent:
    candidate = merged.first
    confidence = _MODALITY_CONFIDENCE[candidate.modality]
    if any(c is not None and not c.known for c in (candidate.subject, candidate.object)):
        confidence *= _UNKNOWN_COMPANY_FACTOR
    if merged.inferred:
        confidence *= _INFERRED_FACTOR
    return DealEvent(
        event_id=event_id(candidate),
        type=candidate.type,  # type: ignore[arg-type]  # cue tables give str; loaded against EVENT_TYPES
        subject=_ref(candidate.subject),
        object=_ref(candidate.object),
        amount=_money(_yearly_if_relation(article, candidate)),
        stake_pct=candidate.stake_pct,
        valuation=_money(candidate.valuation),
        person=candidate.person,
        role=candidate.role,
        previous_person=candidate.previous_person,
        period=candidate.period,
        modality=candidate.modality,  # type: ignore[arg-type]  # str from modality.py, one of Modality
        effective_date=candidate.effective_date,
        major_customer=candidate.major_customer,
        history=candidate.type in _DEAL_TYPES
        and (candidate.earlier or told_as_history(article, merged.spans, candidate.object)),
        evidence=tuple(
            Evidence(text=article.text[start:end], start=start, end=end) for start, end in sorted(merged.spans)
        ),
        confidence=round(confidence, 3),
        source=source,
    )


def _entities(article: Article, events: list[DealEvent]) -> tuple[Entity, ...]:
    first_mentions: dict[str, CompanyMention] = {}
    counts: Counter[str] = Counter()
    for mention in article.companies:
        first_mentions.setdefault(mention.id, mention)
        counts[mention.id] += 1
    entities = [
        Entity(
            id=mention.id,
            name=mention.name,
            type="company",
            mentions=counts[mention.id],
            known=mention.known,
            confidence=1.0 if mention.known else _UNKNOWN_COMPANY_FACTOR,
        )
        for mention in first_mentions.values()
    ]
    people: dict[str, dict[str, Any]] = {}
    for fact in article.roles:
        person = people.setdefault(fact.person, {"roles": [], "company_id": None})
        if fact.role not in person["roles"]:
            person["roles"].append(fact.role)
        person["company_id"] = person["company_id"] or fact.company_id
    for event in events:
        for name in (event.person, event.previous_person):
            if name:
                person = people.setdefault(name, {"roles": [], "company_id": None})
                person["company_id"] = person["company_id"] or (event.subject.id if event.subject else None)
    for name, info in people.items():
        entities.append(
            Entity(
                id=slugify(name),
                name=name,
                type="person",
                mentions=max(1, article.text.count(name)),
                roles=tuple(info["roles"]),
                company_id=info["company_id"],
                known=False,
                confidence=0.8,
            )
        )
    return tuple(entities)
