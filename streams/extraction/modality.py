"""How certain an event's wording is: fact, forecast, plan, rumour or denied, read in the event's own clause."""

from __future__ import annotations

import re
from typing import Final

from streams.extraction.article import Article, Sentence

_PLAN_TAIL = re.compile(
    r"\b(?:seeks?|seeking|plans?|planning|intends?|wants?|aims?|looking|poised|set|talks"
    r"|potential|possible|proposed|planned|projet de|projet d'|undertakes|undertaken|offered|offers)[ ]?$"
)
"""Right before the cue: "in talks to buy", "the potential acquisition of", "le projet de rachat de", "has undertaken
to buy", "offered to buy" (a bid not yet taken up)."""
_FORECAST_TAIL = re.compile(r"\b(?:expects?|expected)[ ]$")
_FORECAST = re.compile(
    r"\b(?:prévoit|prévoient|prévoyait|expects?|expected|anticipe(?:nt)?|anticipates?|table(?:nt)? sur|forecasts?"
    r"|projects?|projected|devrait|devraient|is on track|on track to|targets?|targeting|objectif de"
    r"|estime atteindre|atteindra|dépassera|to reach|to exceed|to top|guidance|vise(?:nt)?|visait"
    r"|s'attend(?:ent)? à|aims? for|aiming for)\b"
)
# "prévoit de rompre" announces an intended act (a plan); "prévoit de dépasser 2 milliards" an
# outlook on a quantity, which quantity events (revenue, valuation) read as a forecast.
_PLAN = re.compile(
    r"\b(?:prévoi(?:t|ent|yait) (?:de|d')"
    r"|cherche(?:nt)?(?: désormais| maintenant| aujourd'hui)? à|seeks? to|seeking to|plans? to|planning to"
    r"|envisage(?:nt)? de|compte (?!tenu)|intends? to|wants? to|veut|souhaite|aims? to|vise à"
    r"|is in talks to|in (?:advanced |early |exclusive |preliminary )?talks to"
    r"|pourparlers|protocole|lettre d'intention|letter of intent|term sheet|négociations?(?: exclusives)? avec"
    r"|en vue (?:de|d')|afin de|visant à"
    r"|en discussions? pour|en négociations?(?: exclusives)? (?:pour|en vue de)|négocie|negotiating to"
    r"|talks with|discussions?(?: préliminaires| exclusives| avancées)? avec"
    r"|is looking to|looks to|is considering|considers|prépare|is preparing"
    r"|s'apprête à|en passe de|sur le point de|is set to|is poised to|weighs|weighing|mulls|mulling|songe(?:nt)? à"
    r"|s'engage(?:nt)? à|s'est engagée? à|proposes? to|proposed to"
    r"|prête?s? à|is ready to|are ready to|is prepared to|are prepared to)\b"
    # "a proposé au conseil de nommer X": a proposal right before the verb
    r"|\bpropos(?:e|ent|é|era|eront)[ ](?:[^,;.]{0,40}[ ])?$"
)
_NON_QUALIFIER = (
    r"(?:engageante?s?|contraignante?s?|sollicitée?s?|définitive?s?|ferme?s?|exclusive?s?|cotée?s?|dilutive?s?"
    r"|hostile?s?|amicale?s?)\b"
)
"""After « non »: a quality of the offer or the firm, not a denial (« une offre non engageante pour racheter X »,
« une offre non sollicitée », « la société non cotée »): the act it qualifies still stands."""
# "ne représentent plus que 18 %" is "now only 18 %", no negation.
_NEGATION = re.compile(
    r"\b(?:ne|n')[ ]?(?!cache)\w{1,20}[ ](?:pas|plus(?![ ]que\b)|jamais)\b|\bne[ ](?:pas|plus|jamais)[ ]"
    r"|\bno[ ](?:plans?|intention|intentions)[ ](?:to|of)\b|\bno[ ]$|\baucune intention\b"
    r"|\b(?:not|never|no longer|no[ ]one|nobody|personne[ ]ne|denied|dément"
    r"|abandon(?:ne|né|ed|s)?|scrapped|scraps|called off|renonce|walked away|bloque|bloqué|annule|annulé"
    r"|blocks?|blocking|blocked|veto|vetoe[sd])\b"
    r"|\bnon[ ](?!" + _NON_QUALIFIER + r")|\bnon-$|\b(?:declined|declines|refused|refuses)[ ]to\b"
    r"|\b(?:failed|fails)(?:[ ]to\b|[ ]?$)|\béchou(?:é|e|ent|era)[ ]à\b|\béchecs?[ ](?:de|du|des|d')"
)
"""A word that denies what follows it ("has no plans to stop using", "no one wants to buy", "will block a planned
takeover", "n'a aucune intention de", "declined to cooperate with", a failure: "failed to buy", « avait échoué à mettre
la main sur », « l'échec de sa fusion avec »); "ne cache plus sa volonté de" (no longer hides) affirms it."""
_FUTURE = re.compile(r"\b(?:will|would|shall|is to|are to|is due to|va|vont)\b(?:[ ][a-z]{1,12}){0,2}[ ]$|\band be[ ]$")
_FUTURE_CUE = re.compile(r"(?:will|would|shall|va|vont)\b|[a-zéèêâ']{2,}(?:era|ira|dra|ra|ront)\b")
"""A future tense ("will drop", "remplacera"; "will step down and be succeeded by"), also reported ("said it would
end its contract"): announced, not done."""
_MAY = re.compile(r"\bmay(?:[ ][a-z]{1,12}){0,3}[ ]$")
"""Close before the cue, the modal "may" ("Fiat may boost its holding to 51%", "may raise its stake in"): a possible
step, not one taken.
Read on the original text, where the month is capitalised ("In May Fiat raised ..." is a fact)."""


_ASKED_FR = re.compile(r"-t-(?:il|elle|on)\b|\best-ce[ ]qu|\b(?:ont|sont|vont|seront)-(?:ils|elles)\b")
_WHY_FR = re.compile(r"(?:pourquoi|comment|quand|combien|où)\b")
"""Before the verb in a French question: the inverted subject pronoun (« a-t-il », « va-t-elle ») or « est-ce »."""


def _yes_no_question(article: Article, sentence: Sentence, pos: int) -> bool:
    """Whether ``pos`` stands in a French yes/no question ("X a-t-il perdu ... ?"), which asks whether it happened.

    A question on why or how ("pourquoi Carrefour a retiré ... ?") takes the act as done and is not one.
    """
    asked = article.text[sentence.start : sentence.end].rstrip()[-1:] == "?"
    if not asked or _WHY_FR.match(article.folded, sentence.start):
        return False
    return _ASKED_FR.search(article.folded, max(sentence.start, pos - 40), min(sentence.end, pos + 12)) is not None


def modality_at(
    article: Article,
    sentence: Sentence,
    pos: int,
    window_start: int | None = None,
    *,
    quantity: bool = False,
    negation: bool = True,
    future: bool = True,
    ending: bool = False,
) -> str:
    """How certain the wording of ``pos``'s clause is.

    A denial or a negation close before the verb gives ``denied``; forecast/plan words close to the
    verb give those (a reported plan stays a plan, the project's convention); a rumour cue gives
    ``rumor`` when it stands in the event's own clause (a modal such as "could" only before the
    verb) or in an attribution wrapper ("people familiar with the talks said"); a future tense ("will drop",
    "remplacera") announces the act: a plan. Asides (relative clauses,
    contrasts) and other coordinated clauses never lend their wording.

    Args:
        article: the article.
        sentence: the sentence of the cue.
        pos: where the cue (or amount) starts; the wording before it is read.
        window_start: read from here instead of 60 characters before ``pos``.
        quantity: the event is an amount (revenue, valuation), for which an intent word
            ("vise", "prévoit de dépasser") states an outlook: a forecast, never a plan.
        negation: whether a negation before the verb denies the event (False when the caller
            already read the negation into the event's type).
        future: whether a future tense makes the event a plan (not for a continuation: "will
            continue to work with" states a relationship that holds).
        ending: the event is itself an ending (a customer lost or at risk), which a word of ending
            ("scrapped", "was terminated") tells rather than denies.
    """
    clauses = sentence.clauses
    start = max(sentence.start, pos - 60) if window_start is None else max(window_start, sentence.start)
    start = max(start, clauses.window_start(pos))
    skipped = ENDING_DENIALS if ending else frozenset()
    if (
        marked(article, sentence, pos, "modality_denied", skipped)
        or (negation and negated(article, sentence, pos))
        or _report_called_false(article, sentence, pos)
    ):
        return "denied"
    window = article.folded[start:pos]
    stated = _intent(window, quantity=quantity)
    if stated is not None:
        # « X serait en discussions pour racheter Y », "X reportedly plans to buy Y": the intent itself is told as
        # hearsay, so the plan is a rumour; a trailing source ("..., selon des sources") leaves a plan a plan.
        return "rumor" if stated == "plan" and _hedged_intent(article, sentence, start, pos) else stated
    if _rumoured(article, sentence, pos):
        return "rumor"
    if future and not quantity and (_FUTURE.search(window) or _FUTURE_CUE.match(article.folded, pos)):
        return "plan"
    if future and _MAY.search(article.text, start, pos):
        return "forecast" if quantity else "plan"
    return "fact"


_REPORT_SUBJECT = re.compile(
    r"\b(?:les|ces|des|the|these|press|media|news)[ ](?:[a-zé]+[ ]){0,2}?"
    r"(?:informations|rumeurs|bruits|reports|rumours|rumors|speculation|articles)[ ]"
    r"(?:[\w,' ]{0,40}[ ])?(?:selon[ ]lesquel(?:les|s)|that|of|suggesting|saying|d'après[ ]lesquel(?:les|s))\b"
)
"""A report as a sentence's subject, its content after it: « les informations selon lesquelles X serait ... »."""

_CALLED_FALSE = re.compile(
    r"\b(?:sont|est|seraient|are|is|were|was)[ ](?:\W{0,2})(?:de[ ]pures?[ ]rumeurs?|une[ ]pure[ ]rumeur|infondée?s?"
    r"|sans[ ]fondement|fausses?|false|untrue|unfounded|baseless|wrong|des[ ]rumeurs[ ]infondées)"
)
"""The report's predicate that calls it false: « ... sont "de pures rumeurs" », "... are false" (session 26)."""

_REPORT_REACH = 200


def _report_called_false(article: Article, sentence: Sentence, pos: int) -> bool:
    """Whether ``pos`` stands inside the content of a report that the same sentence calls false.

    « Les informations selon lesquelles X serait pressenti pour remplacer Y sont de pures rumeurs », "Reports that X
    will step down are false": the content is denied, whatever clause the verb stands in.
    """
    folded = article.folded
    subject = _REPORT_SUBJECT.search(folded, max(sentence.start, pos - _REPORT_REACH), pos)
    return subject is not None and _CALLED_FALSE.search(folded, pos, sentence.end) is not None


def _intent(window: str, *, quantity: bool) -> str | None:
    """Plan or forecast when the words right before the verb say so ("seeks to", "expects")."""
    if _PLAN.search(window) or _PLAN_TAIL.search(window):
        return "forecast" if quantity else "plan"
    if _FORECAST_TAIL.search(window) or _FORECAST.search(window):
        return "forecast"
    return None


_SUBORDINATE = re.compile(r"\b(?:after|since|because|while|when|once|as|après|depuis|parce|alors|lorsque|quand)\b")
"""Between a deal and a later "was abandoned": another clause, whose abandonment is not this deal's."""
_MODAL = re.compile(r"could|might|may be|pourrai(?:t|ent)")
"""Rumour cues that qualify only the verb after them ("could acquire"), never one before."""


_TALK_STATE = re.compile(r".*\bin talks\b")
"""Rumour cues that state talks ("is in talks"): no hearsay about an intent the same words already tell."""


def _hedged_intent(article: Article, sentence: Sentence, start: int, pos: int) -> bool:
    """Whether a rumour cue stands in the wording right before the verb, with its intent word ("serait en").

    A source cited before the subject (« Selon des sources proches du dossier, X songe à ») hedges no more than one
    after the verb: the plan stays a plan.
    """
    clauses = sentence.clauses
    return any(
        cue.family == "modality_rumor"
        and start <= cue.start < pos
        and clauses.visible(cue.start, cue.end, pos)
        and not clauses.cited(cue.start)
        and not _TALK_STATE.match(article.folded, cue.start, cue.end)
        for cue in sentence.cues
    )


def _rumoured(article: Article, sentence: Sentence, pos: int) -> bool:
    """A rumour cue in the event's clause (a modal only before the verb) or in its attribution, or a question."""
    if _yes_no_question(article, sentence, pos):
        return True  # « Naval Group a-t-il perdu le contrat du siècle ? »: asked, not told
    if _sourced(article, sentence, pos):
        return True
    clauses = sentence.clauses
    own, own_main = clauses.span_of(pos), clauses.main_clause(pos)
    for cue in sentence.cues:
        if cue.family != "modality_rumor":
            continue
        aside = clauses.aside_at(cue.start)
        if aside is not None and aside[2] == "attribution" and clauses.main_clause(aside[0]) == own_main:
            return True
        if clauses.span_of(cue.start) != own or not clauses.visible(cue.start, cue.end, pos):
            continue
        if cue.start < pos or not _MODAL.fullmatch(article.folded, cue.start, cue.end):
            return True
    return False


_SOURCE_TAG = re.compile(
    r"(?:[ ][-\u2013\u2014]|:|,)[ ](?:(?:a|the|citing)[ ])?(?:(?:media|press|news)[ ])?"
    r"(?:sources?|reports?|media|press)"
    r"(?:[ ](?:say|says|said|claim|claims))?[.]?$"
    r"|[ ]\((?:presse|press|médias|media|sources?|report)\)[.]?$"
)
"""A headline's trailing source tag ("X picks Y to power its jets - source", "X raises $58M, report says",
"... (presse)"): the headline tells what unnamed sources or the press said, not what the parties announced."""

_DATED_REPORT = re.compile(r",[ ]according[ ]to[ ](?:a|an)[ ](?:[\w'-]+[ ]){1,2}(?:report|article|story)\b")
"""A trailing source with a word before its noun (", according to a Sunday report by ..."), which the literal cue
"according to a report" misses."""


_REPORT_WRAPPER = re.compile(
    r"(?<!its[ ])(?<!their[ ])(?<!annual[ ])(?<!quarterly[ ])(?<!earnings[ ])(?<!financial[ ])(?<!results[ ])"
    r"\b(?:reports?|story|stories|articles?)[ ](?:[\w'-]+[ ]){0,3}?(?:that[ ])?"
    r"(?:claims?|claimed|claiming|suggests?|suggested|suggesting|says|said|saying|alleges?|alleged|alleging)"
    r"(?:[ ]that)?[ ]"
)
"""A report whose content the event is: "published a report yesterday that claims X is dropping Y", "a story
suggesting that X has dropped Y", "a DigiTimes report said X would cut": the press tells it, the parties do not. A
company's own report ("its annual report said") is its word."""
_WRAPPER_REACH = 60
"""From the end of the report's words to the event's verb: the subject and its auxiliaries."""


def _sourced(article: Article, sentence: Sentence, pos: int) -> bool:
    """Whether the sentence tells the event at ``pos`` as what a report or unnamed sources say.

    Before the verb, a report whose content follows; after it, a closing source tag (a headline's "- sources",
    ", report says") or a dated report. A named outlet alone (", TechCrunch reported") is left as the act it relays:
    stories confirmed by the parties are often told that way too.
    """
    folded = article.folded
    tail = folded[pos : sentence.end].rstrip()
    if _SOURCE_TAG.search(tail) is not None or _DATED_REPORT.search(tail) is not None:
        return True
    wrapper_start = max(sentence.start, sentence.clauses.window_start(pos) - _WRAPPER_REACH, pos - 2 * _WRAPPER_REACH)
    return any(
        pos - wrapper.end() <= _WRAPPER_REACH for wrapper in _REPORT_WRAPPER.finditer(folded, wrapper_start, pos)
    )


ENDING_DENIALS: Final = frozenset(
    ("scrapped", "called off", "was terminated", "was scrapped", "has been scrapped", "was called off",
     "has been called off", "was abandoned", "were abandoned", "was withdrawn")
)  # fmt: skip
"""Denial cues that are words of ending: they deny a deal ("the merger was scrapped") but tell a lost customer."""


def marked(article: Article, sentence: Sentence, pos: int, family: str, skipped: frozenset[str] = frozenset()) -> bool:
    """Whether a ``family`` cue stands in ``pos``'s clause (outside asides) or in an attribution wrapper.

    A cue whose words are in ``skipped`` does not count.
    """
    clauses = sentence.clauses
    own = clauses.span_of(pos)
    own_main = clauses.main_clause(pos)
    for cue in sentence.cues:
        if cue.family != family or article.folded[cue.start : cue.end] in skipped:
            continue
        aside = clauses.aside_at(cue.start)
        if aside is not None and aside[2] == "attribution" and clauses.main_clause(aside[0]) == own_main:
            return True
        if cue.detail == "before" and cue.start > pos:
            continue  # "X paid $240m for Y after Z turned down its plan to buy": the refusal denies the plan only
        if cue.detail == "after" and (cue.start < pos or _SUBORDINATE.search(article.folded, pos, cue.start)):
            continue  # "X bought Y after an earlier plan was abandoned": the abandoned plan is another deal
        if clauses.span_of(cue.start) == own and clauses.visible(cue.start, cue.end, pos):
            return True
    return False


def negated(article: Article, sentence: Sentence, pos: int) -> bool:
    """Whether a negation ("not", "ne ... pas", "abandoned") stands just before ``pos`` in its clause.

    A negation that a comma closes before ``pos`` belongs to an aside ("X, a firm not yet three years old, bought Y",
    "X, which has not turned a profit, agreed to buy Y"): it denies the description, not the act.
    """
    start = max(sentence.start, pos - 40, sentence.clauses.window_start(pos))
    folded = article.folded
    if any(
        _DENIAL_WORD.match(folded, found.start()) or "," not in folded[found.end() : pos]
        for found in _NEGATION.finditer(folded, start, pos)
    ):
        return True
    talks_start = max(sentence.start, pos - _NEGATED_TALKS_REACH, sentence.clauses.window_start(pos))
    return _NEGATED_TALKS.search(folded, talks_start, pos) is not None


_NEGATED_TALKS = re.compile(
    r"\b(?:not|no|aucune?|pas)[ ](?:[a-zé']+[ ]){0,3}?(?:any[ ])?"
    r"(?:negotiations?|talks|discussions?|agreements?|négociations?|accords?)"
    r"(?:[ ](?:or|and|nor|ni|ou)[ ](?:any[ ])?(?:negotiations?|talks|discussions?|agreements?|négociations?|accords?))?"
    r"(?:[ ](?:to|about|over|regarding|pour|en[ ]vue[ ]de|en[ ]vue[ ]d'))?[ ]?$"
)
"""Right before the deal verb, talks said not to exist: "has not entered into any negotiation or agreement to acquire",
"n'a engagé aucune négociation en vue de racheter". The negation may stand further back than a plain one."""
_NEGATED_TALKS_REACH = 90


_DENIAL_WORD = re.compile(r"denied|dément")
"""Negations that govern a reported clause after a comma ("denied, in a statement, that it would buy Y")."""


def unable(article: Article, sentence: Sentence, pos: int) -> bool:
    """Whether the verb at ``pos`` is told as an act its subject cannot do ("is unable to replace Y").

    Nothing happens, so nothing is even denied: the caller reads no event.
    """
    start = max(sentence.start, pos - 40, sentence.clauses.window_start(pos))
    return _INABILITY.search(article.folded, start, pos) is not None


_INABILITY = re.compile(
    r"\b(?:unable|incapable|impuissante?s?|failed|fails|failing)[ ]"
    r"(?:(?:to|de|d')[ ]?(?:(?:find|trouver)[ ](?:a|un)[ ](?:way|moyen)[ ](?:(?:to|de|d')[ ]?)?)?)?$"
)
"""Right before a verb (or a cue holding its "to"): the act cannot be done ("is unable to replace Y", "failed to
find a way to drop Y", "est incapable de remplacer Y"). Anchored on the verb, so "X, unable to agree on prices,
dropped Y" stays a done end."""
