"""Partners a partnership cue names in two structures the plain readers miss.

A pair on one side: "A and B partnered with C", "C teamed up with A and B".

A partnership reader finds one subject and one partner. Reporters often join two companies on one side: two
carmakers that sign the same alliance with a battery maker ("Hyundai and Kia have signed a partnership with X"),
a start-up that partners two groups at once ("X partnered with A and B"), « A et B s'associent à C ». Each company
of the pair is the other side's partner; the pair itself is no partnership when a third company follows the cue.

A venture described by a relative clause: "Blue Energy, the venture Honda set up in 2009 with GS Yuasa", "the
battery venture GM runs with LG", « la coentreprise que Renault a créée avec Nissan ». The clause's subject and the
company after its "with / avec" are the partners, whatever the sentence's own verb says of the venture.
Everything here looks at the companies right next to the ones found, or at one span after the cue: bounded scans of
one sentence.
"""

from __future__ import annotations

import re

from streams.extraction.article import Article, Sentence, in_attribution
from streams.extraction.cues import Cue
from streams.extraction.mentions import CompanyMention
from streams.extraction.partner_lists import listed_after, member_pairs
from streams.extraction.partner_together import together_subject

_AND = re.compile(
    r"(?:[ ](?:group|groupe|holdings?|inc|corp|co|ltd|sa|se|ag|nv|plc|llc)[.]?)?,?[ ](?:and|et|&)[ ]"
    r"(?:(?:its|their|the|fellow|sa|son|la|le|l')[ ]?)?"
    r"(?:(?!(?:and|et|or|ou|with|avec|to|à|for|pour)[ ])[a-zà-ÿ\-]{2,20}[ ]){0,3}"
)
"""Between two companies joined as one side: "Hyundai Motor Co and Kia", "X et l'allemand Y", "X and its rival Y"."""

_THIRD_PARTNER = re.compile(
    r"(?:(?:[ ](?!(?:to|pour|for|against|contre|than|que)[ ])[^ .;,()]+){0,8}?[ ](?:with|avec)"
    r"|[ ](?:à|aux[ ]côtés[ ]de))[ ](?:(?:the|la|le|les|l')[ ]?)?"
)
"""After a joint cue, the word that brings a third company, maybe past a date or the venture's worth: "signed a
partnership with", "form a joint venture valued at $275 million with", « s'associent à ». A purpose ("to compete
with Y") names no partner."""
_THIRD_REACH = 40
"""How far after that word the partner's name may start (past its description)."""


def partnership_pairs(
    article: Article, sentence: Sentence, cue: Cue, first: CompanyMention, second: CompanyMention
) -> list[tuple[CompanyMention, CompanyMention]]:
    """Every (subject, partner) pair the cue tells, in order of mention; at least ``(first, second)``.

    A pair subject before the cue that is followed by a third company ("A and B signed a partnership with C") gives
    A-C and B-C, not A-B. Otherwise a company joined by "and" to the subject, or to the partner after the cue, is a
    partner of the other side too.
    """
    if _joined(article, first, second) and second.end <= cue.start:
        third = _third_partner(article, sentence, cue, (first.id, second.id))
        return [(first, second)] if third is None else [(first, third), (second, third)]
    subjects = [first, *_co_subject(article, sentence, cue, first)]
    partners = [second, *_co_partner(article, sentence, cue, second)]
    pairs = [(subject, partner) for subject in subjects for partner in partners if subject.id != partner.id]
    if len(partners) == 2 and _ONE_ALLIANCE.search(article.folded, max(0, cue.start - 40), cue.end):  # noqa: PLR2004
        pairs += member_pairs(partners)  # "Mobileye's alliance with A and B": one alliance of three
    return pairs


_ONE_ALLIANCE = re.compile(
    r"(?:['\u2019]s|\bthe|\bits|\btheir|\bl'|\bla|\ble|\bson|\bsa|\bleur)[ ](?:[a-zà-ÿ\-]{2,20}[ ]){0,3}"
    r"(?:partnership|alliance|joint[ ]venture|tie-up|partenariat|coentreprise|co-entreprise|société[ ]commune)"
    r"[ ](?:with|avec)$"
)
"""A joint cue naming one known alliance in the singular, owned or definite: the two partners listed after it are
each other's partners too ("Mobileye's newly announced alliance with A and B", "the self-driving partnership with A
and B"). "signed a partnership with A and B", "partnerships with A and B" or "teamed with A and B" may be one deal
per partner, and "in partnership with A and B" / « en partenariat avec » tells whom a company works with."""


def _joined(article: Article, left: CompanyMention, right: CompanyMention) -> bool:
    """Whether "and / et" alone (with the right one's description) joins two companies."""
    return left.end <= right.start and _AND.fullmatch(article.folded, left.end, right.start) is not None


def partner_after_joint(
    article: Article, sentence: Sentence, cue: Cue, subject: CompanyMention
) -> CompanyMention | None:
    """The partner a "with / avec / à" brings right after a joint cue told of one company.

    "X signed a partnership agreement with Y": the joint phrase works as a forward one. A possessive joint cue
    (« Prolonger notre partenariat avec Y », "their alliance with Y") names a tie that already holds: no new one.
    """
    if _POSSESSIVE.match(article.folded, cue.start):
        return None
    return _third_partner(article, sentence, cue, (subject.id, subject.id)) or _agreed_with(
        article, sentence, cue, subject
    )


_AGREED_WITH = re.compile(
    r"[ ](?:(?:has|have|had|a|ont|avait)[ ])?(?:(?:also|already|aussi|déjà|also[ ]now)[ ])?"
    r"(?:signed|struck|reached|entered[ ]into|inked|sealed|concluded|agreed|signé|conclu|passé|noué|trouvé"
    r"|s'est[ ]entendue?)"
    r"[ ](?:(?:a|an|un|une)[ ])?(?:[a-zà-ÿ\-]{2,20}[ ]){0,3}?(?:agreements?|deal|pact|accord|entente|contrat)?[ ]?"
    r"(?:with|avec)[ ](?:(?:the|la|le|l')[ ]?)?$"
)
"""Between a joint cue's subject and the partner it names before the cue: an agreement signed "with": "X has signed an
agreement with Y to jointly develop", « X a signé un accord avec Y pour développer ensemble »."""
_CHOSE = re.compile(
    r"[ ](?:(?:has|have|had|a|ont|avait)[ ])?(?:(?:also|already|now|aussi|déjà)[ ])?"
    r"(?:tapped|picked|chose|chosen|selected|enlisted|recruited|brought[ ]in|choisi|retenu|sélectionné)"
    r"[ ](?:(?:the|la|le|l')[ ]?)?$"
)
"""Between a joint cue's subject and the company it chose to do the joint work: "X tapped Y to co-develop", "X has
selected Y to jointly develop", « X a choisi Y pour codévelopper »: a partner, not a supplier."""
_AGREED_REACH = 30


def _agreed_with(article: Article, sentence: Sentence, cue: Cue, subject: CompanyMention) -> CompanyMention | None:
    """The company an agreement or a choice names before a joint cue ("signed a deal with Y to co-develop")."""
    partner = sentence.company_after(subject.end, exclude=subject.id)
    if partner is None or partner.end > cue.start or cue.start - partner.end > _AGREED_REACH:
        return None
    told = _AGREED_WITH.search(article.folded, subject.end, partner.start) or _CHOSE.match(
        article.folded, subject.end, partner.start
    )
    return partner if told else None


def agreed_partners(article: Article, sentence: Sentence, cue: Cue) -> tuple[CompanyMention, CompanyMention] | None:
    """The pair an agreement or a choice right before a joint cue names, whatever company opens the clause.

    "In June, A and B linked their clouds, and earlier A had signed an agreement with C to collaborate on 5G": the
    joint cue is the purpose of A's agreement with C, not an act of the pair A and B.
    """
    before = [c for c in sentence.companies if c.end <= cue.start]
    if len(before) < 2 or cue.start - before[-1].end > _AGREED_REACH:  # noqa: PLR2004 - a pair
        return None
    partner = before[-1]
    subject = next((c for c in reversed(before[:-1]) if c.id != partner.id), None)
    if subject is None:
        return None
    folded = article.folded
    told = _AGREED_WITH.search(folded, subject.end, partner.start) or _CHOSE.match(folded, subject.end, partner.start)
    return (subject, partner) if told else None


_WORK_WITH = re.compile(r"(?:work|works|worked|working|travaill\w{0,6}|a[ ]travaillé)[ ](?:with|avec)$")
"""A cue that says only that two companies work together (session 22): "is working with Y", « travaille avec Y »."""
_COURTESY = re.compile(r"(?:forward|looking|pleased|happy|delighted|proud|ravis?|heureux|hâte)[ ](?:to|de|d')[ ]?$")
"""Before "working with": a supplier's courtesy to its client ("we look forward to working with the Trust on")."""
_PROJECT_AFTER = re.compile(
    r"(?:[ ](?:and|et)[ ][^,.;]{2,40}?)?[ ](?:on|in|sur|dans|to[ ](?:develop|build|design|test|make)"
    r"|pour[ ](?:développer|concevoir|construire|tester))[ ]"
    r"(?!(?:the|its|their|a|an|la|le|les|l'|son|sa|ses|leur|un|une)?[ ]?(?:deal|sale|acquisition|takeover|offer|bid"
    r"|listing|ipo|transaction|merger|financing|refinancing|vente|rachat|cession|offre|opération|introduction)\b)"
)
"""After the partner of "work with", the joint project: "on a pre-production cell", « dans les services de mobilité »,
"to develop"; a deal's adviser works "on the sale" or "on the offer", which names no alliance."""


def works_on_project(article: Article, sentence: Sentence, cue: Cue, partner: CompanyMention | None) -> bool:
    """Whether a "work with" cue's partner is followed by the project they share (any other cue: True).

    "GM is working with Dorvane on a lithium-ion cell", « BMW travaille avec Dorvane dans la mobilité »: an alliance.
    "Dorvane works with Korvia" alone, or "worked with Korvia on the sale", tells a supplier or an adviser; working
    with a public body (« travaille avec l'État sur un plan de relance ») tells a policy, not an alliance.
    """
    if _WORK_WITH.search(article.folded, cue.start, cue.end) is None:
        return True
    if (
        partner is None
        or partner.kind == "public_body"
        or _COURTESY.search(article.folded, max(0, cue.start - 20), cue.start)
    ):
        return False
    last = listed_after(article, sentence, partner)
    end = last[-1].end if last else partner.end
    return _PROJECT_AFTER.match(article.folded, end, sentence.end) is not None


_POSSESSIVE = re.compile(r"(?:our|their|its|notre|nos|leur|leurs|son|sa|ses)[ ]")


def _third_partner(article: Article, sentence: Sentence, cue: Cue, pair: tuple[str, str]) -> CompanyMention | None:
    """The company a "with / avec / à" right after a joint cue brings in, when it is neither of the pair."""
    bridge = _THIRD_PARTNER.match(article.folded, cue.end, sentence.end)
    if bridge is None:
        return None
    third = sentence.company_after(bridge.end(), within=_THIRD_REACH)
    return third if third is not None and third.id not in pair else None


def _neighbours(sentence: Sentence, company: CompanyMention) -> tuple[CompanyMention | None, CompanyMention | None]:
    """The companies named right before and right after ``company`` in the sentence."""
    named = sentence.companies
    index = next((i for i, c in enumerate(named) if c.start == company.start), None)
    if index is None:
        return None, None
    before = named[index - 1] if index > 0 else None
    after = named[index + 1] if index + 1 < len(named) else None
    return before, after


def _co_subject(article: Article, sentence: Sentence, cue: Cue, subject: CompanyMention) -> list[CompanyMention]:
    """A company joined to the subject before the cue ("A and B partnered with C": B when A was read, or A)."""
    before, after = _neighbours(sentence, subject)
    if before is not None and before.id != subject.id and _joined(article, before, subject):
        return [before]
    if after is not None and after.end <= cue.start and after.id != subject.id and _joined(article, subject, after):
        return [after]
    return listed_after(article, sentence, subject, before=cue.start)  # "A, B and C signed a deal with D"


def _co_partner(article: Article, sentence: Sentence, cue: Cue, partner: CompanyMention) -> list[CompanyMention]:
    """The companies listed with the partner after the cue ("partnered with A and B": B; "with A, B and C": B, C)."""
    if partner.start < cue.end:
        return []
    return listed_after(article, sentence, partner)


_RELATIVE_OPENING = re.compile(r",?[ ](?:(?:that|which|que|qu')[ ]?)?")
"""Between a venture noun and the subject of its relative clause: "the venture Honda", "la coentreprise qu'Acme"."""
_RELATIVE_VERB = re.compile(
    r"(?:[ ](?:group|groupe|holdings?|inc|corp|co|ltd|sa|se|ag|nv|plc|llc)[.]?)?"
    r"[ ](?:(?:has|had|have|already|jointly|now|still|a|avait|ont|avaient|déjà)[ ]){0,2}"
    r"(?:set[ ]up|formed|created|runs|ran|operates|operated|launched|established|owns|co-owns|shares|built|founded"
    r"|started|manages|créée?s?|formée?s?|fondée?s?|lancée?s?|montée?s?|exploite|exploitait|détient|partage|dirige"
    r"|gère|possède)"
    r"(?:[ ](?!with[ ]|avec[ ])[^,.;]{1,30}?)?[ ](?:with|avec)[ ](?:(?:the|its|la|le|les|l'|son|sa)[ ]?)?"
)
"""The relative clause's verb of founding or running, up to "with / avec": "set up in 2009 with", "a créée avec"."""
_RELATIVE_PARTNER_REACH = 30
_FOUNDER_PRONOUN = re.compile(r"(?:it|il|elle)(?=[ ])")
"""A pronoun as the relative clause's subject: the sentence's first company ("X holds 65% of Z, the venture it runs
with Y")."""


def relative_partners(article: Article, sentence: Sentence, cue: Cue) -> tuple[CompanyMention, CompanyMention] | None:
    """The two partners of a venture noun that a relative clause describes, if one does (see the module doc)."""
    opening = _RELATIVE_OPENING.match(article.folded, cue.end, sentence.end)
    if opening is None:
        return None
    founder = sentence.company_after(opening.end(), within=0)
    founder_end = founder.end if founder is not None else -1
    pronoun = _FOUNDER_PRONOUN.match(article.folded, opening.end()) if founder is None else None
    if pronoun is not None:  # "the venture it runs with Y": the sentence's subject runs it
        founder, founder_end = sentence.first_company_before(cue.start), pronoun.end()
    if founder is None:
        return None
    verb = _RELATIVE_VERB.match(article.folded, founder_end, sentence.end)
    if verb is None:
        return None
    partner = sentence.company_after(verb.end(), exclude=founder.id, within=_RELATIVE_PARTNER_REACH)
    return (founder, partner) if partner is not None else None


_APPOSED_GAP = re.compile(r"(?:[ ]\([^()]{1,40}\))?,[ ](?:[^,;.()]{1,60}[ ](?:and|et)[ ])?")
"""Between a company and "its partner" apposed to it: the comma, or a first apposition joined by "and / et"
("Panasonic, its only cell supplier so far and its partner in the plant")."""
_APPOSED_REACH = 80


def apposed_partners(article: Article, sentence: Sentence, cue: Cue) -> tuple[CompanyMention, CompanyMention] | None:
    """The two partners of "Y, its partner (in ...)", « Y, son partenaire historique »: the possessor and Y.

    The apposition's head is the company right before it; "its / son" stands for the sentence's first company
    other than that head ("Nissan veut acheter ailleurs que chez NEC, son partenaire historique"). A head that is no
    company ("Jane Roe, his partner at Ardian") or a sentence naming nobody else gives nothing.
    """
    head = next((c for c in reversed(sentence.companies) if c.end <= cue.start), None)
    if head is None or cue.start - head.end > _APPOSED_REACH:
        return None
    if not _APPOSED_GAP.fullmatch(article.folded, head.end, cue.start):
        return _partner_named_after(article, sentence, cue, head)
    owner = next((c for c in sentence.companies if c.id != head.id and c.end <= head.start), None)
    return (owner, head) if owner is not None else None


_NAMED_AFTER_GAP = re.compile(
    r"[ ](?:(?!(?:and|et|or|ou|in|dans|of|de|du|des|for|pour|on|sur|at|chez|à|au|from|with|avec|by|par)[ ])"
    r"[a-zà-ÿ\-]{2,20}[ ]){0,2}"
)
"""Between "its partner" and the partner's name, at most two words of description ("son partenaire américain"); a
preposition names where a person's partner works ("his partner at Ardian"), not the partner."""
_PAIR_BEFORE_CUE = re.compile(r"[ ](?:and|et)[ ]$")
_PAIR_OPENS_CLAUSE = re.compile(
    r"(?:^|[,:][ ])(?:(?!(?:a|has|have|had|is|was|ont|est|avait|been|été)[ ])[\w'\-]+[ ]){0,4}$"
)
"""Before the first of "X and its partner Y", at most a fronted phrase or X's description: the pair is the clause's
subject ("Il y a deux ans, Airbus et son partenaire ..."), not a verb's object ("a secoué Renault et son allié")."""
_SUBJECT_OPENS = re.compile(r"(?:^|[,:]|\b(?:while|whereas|and|that|tandis[ ]que|alors[ ]que|et|que))[ ]?$")
"""Right before a lone "its partner Y", what makes Y a clause's subject ("tandis que son partenaire Air France
accuse"), not a verb's or a preposition's object ("a vendu sa part à son partenaire Y": the sale is the fact)."""


def _partner_named_after(
    article: Article, sentence: Sentence, cue: Cue, head: CompanyMention
) -> tuple[CompanyMention, CompanyMention] | None:
    """The possessor of "its partner" and the company named right after it, when that company is a subject.

    "Airbus et son partenaire américain Northrop Grumman l'avaient emporté": "its" is the company joined to it by
    "and / et". "KLM recule, tandis que son partenaire Air France ...": "its" is the sentence's first company that no
    attribution names.
    """
    if article.folded.startswith(("his ", "her "), cue.start):
        return None  # a person's partner
    partner = sentence.company_after(cue.end, exclude=head.id, within=30)
    if partner is None or not _NAMED_AFTER_GAP.fullmatch(article.folded, cue.end, partner.start):
        return None
    folded = article.folded
    if _PAIR_BEFORE_CUE.fullmatch(folded, head.end, cue.start):
        return (head, partner) if _PAIR_OPENS_CLAUSE.search(folded, sentence.start, head.start) else None
    if not _SUBJECT_OPENS.search(folded, max(sentence.start, cue.start - 12), cue.start):
        return None
    before = [c for c in sentence.companies if c.end <= cue.start and c.id != partner.id]
    owner = sentence.company_before(cue.start, exclude=partner.id) or next(
        (c for c in before if not in_attribution(sentence, c)), before[0] if before else None
    )  # "Acme said that its partner Y ...": the speaker, when no other company is there
    return (owner, partner) if owner is not None else None


_OF_BEFORE = re.compile(
    r"\b(?:of|de|du|des|d'|among|parmi|including|dont|like|comme|such[ ]as|membres?|members?)[ ]"
    r"(?:[\w'\-]+[ ]?){0,3}$"
)
"""Before a list subject's first member, a word that makes it a complement ("members of the X initiative, A and B")."""
_LIST_TO_CUE_REACH = 60
_MEMBER_REACH = 25
"""How far after a group noun its first member may start ("the consortium of the French A", « le tandem formé par
l'allemand A »)."""
"""How far before a joint cue a list subject may end ("A, B and C said on Wednesday they will pool efforts")."""


def cue_pairs(
    article: Article, sentence: Sentence, cue: Cue, first: CompanyMention | None, second: CompanyMention | None
) -> list[tuple[CompanyMention, CompanyMention]]:
    """Every (subject, partner) pair a partnership cue tells: a list's members pairwise, else the pair readers'."""
    if cue.detail == "members":
        first = sentence.company_after(cue.end, within=_MEMBER_REACH)
    if cue.detail == "together":
        pair = [first, *_subject_list(article, sentence, cue, first)] if first is not None else []
        return member_pairs(pair) if together_subject(article, sentence, cue, pair) else []
    members = listed_members(article, sentence, cue, first, second)
    if members:
        return member_pairs(members)
    if (first is None or second is None) and cue.detail == "joint" and _POSSESSIVE.match(article.folded, cue.start):
        first, second = _possessors(article, sentence, cue)
    if first is None or second is None or cue.detail == "members":
        return []
    return partnership_pairs(article, sentence, cue, first, second)


_POSSESSORS_JOINT = re.compile(
    r"(?:[^.;]{0,60}?[ ](?:with|avec)[ ](?:(?:the|its|la|le|l'|son|sa)[ ]?)?|" + _AND.pattern + ")"
)
"""Between the two companies "their / leur" stands for: the second after "with / avec" ("VW is in talks with FAW about
... their joint venture") or joined by "and / et" ("SFR et Bouygues Telecom ... leur société commune")."""


def _possessors(article: Article, sentence: Sentence, cue: Cue) -> tuple[CompanyMention | None, CompanyMention | None]:
    """The two companies "their joint venture" / « leur société commune » belongs to: the sentence's first two."""
    named: list[CompanyMention] = []
    for company in sentence.companies:
        if company.end > cue.start:
            break
        if all(company.id != c.id for c in named):
            named.append(company)
    if len(named) < 2:  # noqa: PLR2004 - a pair
        return None, None
    first, second = named[0], named[1]
    joined = _POSSESSORS_JOINT.fullmatch(article.folded, first.end, second.start)
    return (first, second) if joined else (None, None)


def listed_members(
    article: Article, sentence: Sentence, cue: Cue, first: CompanyMention | None, second: CompanyMention | None
) -> list[CompanyMention]:
    """The members a cue makes partners of each other, or nothing (the pair readers then decide).

    A group noun's members ("a joint venture of A and B", two at least, closed by "and"), a consortium or venture
    "between / formé par / réunissant" a list of three or more ("le groupement réunissant A, B et C"), or a list
    subject of three or more of a joint cue that names no other partner ("A, B and C will pool efforts"; not "A, B
    and C signed a partnership with D", where each is D's partner).
    """
    if first is None:
        return []
    if cue.detail == "members":
        rest = listed_after(article, sentence, first, before=sentence.end)
        return [first, *rest] if rest and first.start - cue.end <= _MEMBER_REACH else []
    if cue.detail == "between":
        rest = _between_members(article, sentence, first, second)
    elif cue.detail in ("joint", "noun") and first.end <= cue.start:
        rest = _subject_list(article, sentence, cue, first)
    else:
        rest = []
    return [first, *rest] if len(rest) >= 2 else []  # noqa: PLR2004 - a pair is the pair readers' own


def _between_members(
    article: Article, sentence: Sentence, first: CompanyMention, second: CompanyMention | None
) -> list[CompanyMention]:
    """The members listed after the first of "le groupement réunissant A, B et C", whatever verb follows the list."""
    rest = listed_after(article, sentence, first, before=sentence.end)
    if len(rest) < 2 and second is not None and (tail := listed_after(article, sentence, second, sentence.end)):  # noqa: PLR2004
        rest = [second, *tail]  # the first member's name runs on: "formé par Bouygues Travaux Publics, Alstom et X"
    return rest


def _subject_list(article: Article, sentence: Sentence, cue: Cue, first: CompanyMention) -> list[CompanyMention]:
    """The companies listed after ``first`` as a joint cue's subject, when no partner follows the cue."""
    if _OF_BEFORE.search(article.folded, max(sentence.start, first.start - 60), first.start):
        return []  # "Membres de l'initiative X, A et B créent ...": X is what they belong to, no member
    rest = listed_after(article, sentence, first, before=cue.start)
    if not rest or cue.start - rest[-1].end > _LIST_TO_CUE_REACH:
        return []
    return [] if _third_partner(article, sentence, cue, (first.id, rest[-1].id)) is not None else rest
