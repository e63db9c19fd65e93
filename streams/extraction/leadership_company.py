"""The company of a leadership change: the one the title names, the board's, the clause's, the story's.

A story about one company names others: the person's former employer ("Nestlé head Jane Roe"),
the leaver's destination ("would depart for X"), a shareholder in a preposed phrase ("Après
l'entrée de l'État au capital, le conseil a désigné..."). A change must be tied to the company
whose role the sentence gives, never to the nearest one; when no company of the sentence can act,
it is the story's company.
"""

from __future__ import annotations

import re
from collections import Counter

from streams.extraction.article import Article, Named, Sentence
from streams.extraction.cues import Cue
from streams.extraction.knowledge_base import load_knowledge_base
from streams.extraction.leadership_people import NEAR, is_surname, names_a_person, people, titled_owner
from streams.extraction.mentions import CompanyMention
from streams.extraction.org_context import ANAPHOR_KINDS_FR, FIRST_NAMES, KIND_NOUNS, NOT_NAMES, PLACES

_ROLE_OF = re.compile(
    r"[ ]?(?:of|at|de|d'|du|chez|for)[ ]?(?:the[ ]|la[ ]|le[ ]|l')?(?:groupe[ ]|société[ ]|entreprise[ ]|firme[ ])?$"
)

_HEAD_OF = re.compile(r"à[ ]la[ ]tête[ ](?:de|d'|du)(?:[ ]la[ ]|[ ]l'|[ ])?")
"""A title that ends on its own preposition ("à la tête de", "à la tête d'"): the company follows at once."""

_HEAD_OWNER = re.compile(r"[ ]?(?:la[ ]|le[ ])?[A-ZÀ-Ý]")
"""A capitalised owner right after "à la tête de": the post is there ("à la tête de Danone Banque", a unit)."""


def _names_owner(article: Article, role: Cue) -> bool:
    """Whether a capitalised owner follows the title ("CEO of Orvane", "à la tête de Danone Banque"), read or not."""
    if _NAMED_TITLE_OWNER.match(article.text, role.end):
        return True
    return bool(_HEAD_OF.fullmatch(article.folded, role.start, role.end) and _HEAD_OWNER.match(article.text, role.end))


_ROLE_OWNER = re.compile(r"(?:'s)?[ ]$")

_JOIN_CUE = re.compile(
    r"(?:to run|will run|to lead|will lead|to join|joins|rejoint|(?:prend|prendra)(?: [\w'\-]+){0,3} la tête de)$"
)

_JOIN_KIND = re.compile(r"[ ](?:(?:the|its|a|an|le|la|l')[ ]?)?(?P<kind>[a-z\-]+)[ ]")
"""A kind noun between a joining verb and its company: "to join rival Orvane", "to join the retailer Orvane"."""


def _joined(article: Article, sentence: Sentence, cue: Cue) -> CompanyMention | None:
    """The company right after a joining verb, maybe after a kind noun ("to join rival Orvane")."""
    after = sentence.company_after(cue.end)
    if after is None or after.start <= cue.end + NEAR:
        return after
    kind = _JOIN_KIND.fullmatch(article.folded, cue.end, after.start)
    return after if kind is not None and kind.group("kind") in _JOIN_KINDS else None


_JOIN_KINDS = frozenset({"rival", "competitor", "peer", *KIND_NOUNS})

_DESTINATION = re.compile(
    r"(?:\bfor|to run|to join|to lead|\bpour|\bchez|rejoindre|\bat) (?:the |la |le |l')?$|\bfor [\w\- ]{1,30}$"
)
"""Words before the company a leaver goes to ("would depart for X", "part pour X"): that company is not the one left."""

_COUNTERPART_BEFORE = re.compile(
    r"\b(?:with|together with|alongside|avec|aux côtés d[eu']|auprès d[eu'])[ ]?"
    r"(?:(?:the|its|their|l'|la|le|les|son|sa|ses|leur|leurs)[ ]?)?(?:[\w\-]+[ ]){0,2}$"
)
"""A company after "with" / "avec" in the change's clause ("son alliance avec Nissan", "after talks with Safran",
"ten years with Google"): a counterpart or a past employer, never the company whose leader changes."""

_PAST_MOVE_BEFORE = re.compile(
    r"\b(?:after|since|before)[ ](?:he|she|they)[ ](?:had[ ])?(?:left|quit|joined|moved)\b[^.;]*$"
)
"""A company in a clause of the newcomer's earlier move ("months after he left the lender to join X"): his past."""

_CIRCUMSTANCE_BEFORE = re.compile(
    r"\b(?:after|before|while|when|by|for)[ ][a-z]+ing[ ](?:[\w\-']+[ ]){0,3}$"
    r"|\b(?:in[ ]the[ ]wake[ ]of|amid|in[ ]response[ ]to|à[ ]la[ ]suite[ ]d[eu'])[ ]?(?:the[ ]|la[ ]|le[ ]|l')?$"
)
"""A company inside a gerund phrase after the verb ("forced to resign after sending Elliott's founder a letter"):
a circumstance of the change, never the company whose leader changes."""

_BOARD_SUBJECT = re.compile(
    r"(?<!membre du )(?<!membre de son )(?<!membre de notre )\b(?:board|conseil|administrateurs|directors)\b"
    r"(?![ ]members?\b)[^,;:]{0,45}$"
)
"""A board as the subject of the naming verb: the company is the one the board belongs to. A board's member ("Lyft
board member Jane Roe", « membre du conseil de X ») is a description of the person named, not the body naming."""

_DESCRIBES_PERSON = re.compile(
    r"[ ](?:(?:former|ex-|longtime|onetime)[ ]?)?(?:head|executive|veteran|boss|chief|alumnus|alumna|ceo|cfo|coo"
    r"|president|founder|co-founder|cofounder|(?:supervisory[ ])?board[ ]member)[ ]"
    r"|[ ](?:grandee|mp|peer|donor|banker|insider|heavyweight|stalwart|politician)s?\b"
)
"""A company before a person's title ("Nestlé head Jane Roe", "Lyft board member Jane Roe", "Google former executive
Jane Roe"): her affiliation, never the subject that names her nor the post's company. A milieu before a public
figure ("City grandee Jane Roe", "Tory MP Jane Roe", "a Labour peer") describes her the same way (session 28)."""

_POSSESSOR = re.compile(r"'s[ ][A-ZÀ-Ý][a-zß-ÿ]")

_NAME_NEXT = re.compile(r"[ ][A-ZÀ-Ý][a-zß-ÿ]")
"""A company followed by a person's title ("Nestlé head Jane Roe", "Google's Jane Roe"): it describes her."""

_FORMER = re.compile(r"(?:former|ex-|ancien|ancienne|l'ancien|l'ancienne|onetime|one-time)[ ]?$")
"""Words before a company that make it a person's previous employer."""

_FORMER_HOLDER = re.compile(
    r"\b(?:former|onetime|one-time|erstwhile|previous|ancien|ancienne|précédent)[ ](?:[\w\-]+[ ]){0,2}$|\bex-$"
)
"""Words before a title that make it one held before ("the former chief executive of X", "l'ex-patron de X"): X was
the employer."""

_NAMED_TITLE_OWNER = re.compile(
    r"[ ](?:of|at|de|du|chez)[ ](?:the[ ]|la[ ]|le[ ])?(?!(?:Board|Conseil|Directoire)\b)[A-ZÀ-Ý]|[ ]d'[A-ZÀ-Ý]"
)
"""A title followed by a capitalised owner ("CEO of Orvane"): the change is there, recognised or not. A capitalised
board is the company's own ("non-executive Chairman of the Board", session 24)."""

_BODY_OWNER = re.compile(
    r"[ ](?:of|at) (?:the|a|an) (?!(?:end|start|beginning|close|time|moment|turn|latest|earliest)\b)[a-z0-9]"
    r"|[ ](?:de la|du|de l'|d'un|d'une) [a-zà-ÿ]"
)
"""A title followed by a described owner ("chair of the trade body", "CEO of the 50/50 venture", "présidente d'une
association"): no company named, so never the subject's or an apposition's company. A time ("step down as CEO at the
end of the year", "at the latest") is no owner."""

_OWN_BODY = re.compile(
    r"[ ](?:of|at|de|du|de la|de l'|d'un|d'une)[ ]?(?:the |a |an )?(?:[a-z\-]+ ){0,2}?(?:board|boards|conseil"
    r"|directoire|supervisory|management|executive|company|group|firm|groupe|société|entreprise)\b"
)
"""Owners that are the company's own ("chairman of the board", "présidente du conseil de surveillance")."""


_OF_THE_BOARD = re.compile(r"[ ](?:of the board|du conseil)\b")
_OWN_BOARD = re.compile(r"(?:'s|\u2019s)[ ](?:supervisory[ ])?board\b")
"""A company's own board named in the sentence ("HP's board"): the board a "chairman of the board" chairs."""


def _regional_unit(article: Article, company: CompanyMention) -> bool:
    """Whether a company's name is another company's plus a region ("McDonald's Europe", "Danone France")."""
    head, _, region = company.name.rpartition(" ")
    return bool(head) and region.casefold() in PLACES and any(other.name == head for other in article.companies)


_CAPITALISED_AFTER = re.compile(r"[ ]([A-ZÀ-Ý][\w\-]+(?:[ ](?:du|de|of)[ ][A-ZÀ-Ý][\w\-]+|[ ][A-ZÀ-Ý][\w\-]+)?)")


def region_after(article: Article, company: CompanyMention) -> bool:
    """Whether a capitalised region follows the company's name ("GM Amérique du Nord", "Nissan North America")."""
    region = _CAPITALISED_AFTER.match(article.text, company.end)
    if region is None:
        return False
    words = region.group(1).casefold()
    return words in PLACES or words.split(" ", 1)[0] in PLACES


def _in_other_aside(sentence: Sentence, company: CompanyMention, cue: Cue) -> bool:
    """Whether a company stands in an aside the cue is not in ("X, actuel DG de Natixis, ..."): it describes X."""
    aside = sentence.clauses.aside_at(company.start)
    return aside is not None and not aside[0] <= cue.start < aside[1]


_BODY_WORDS = (
    r"(?:association|associations|fédération|federation|confederation|confédération|syndicat|trade union|chambre"
    r"|chamber|institut|institute|fondation|foundation|club|university|université|école|school|museum|musée"
    r"|lobby|think tank|think-tank|employers'? group|industry body|trade body|trade group|industry group"
    r"|lobby group|business group|industry association|trade association|standards body|union)\b"
)
_NON_COMPANY_BODY = re.compile(
    r"[ ](?:of|at|de|du|des|de la|de l'|d')[ ]?(?:the[ ]|a[ ]|an[ ]|its[ ]|son[ ]|sa[ ])?(?:[\w\-]+[ ]){0,2}?"
    + _BODY_WORDS
    # « président de l'UIMM, l'Union des industries », "chair of the CBI, the employers' group": an acronym that
    # an apposition right after calls a body
    + r"|[ ](?:of|de|du|de la|de l'|d')[ ]?(?:the[ ])?[\w\-&]+,[ ]"
    + r"(?:l'|la[ ]|le[ ]|the[ ]|an?[ ])?(?:[\w\-']+[ ]){0,2}?"
    + _BODY_WORDS
)
"""A title over a body that is no company ("présidente de l'Association nationale des industries alimentaires",
"chair of the Confederation of British Industry", "president of the industry's trade group", "chair of the
industry group Plastics Europe")."""


_OTHER_KINDS_FR = frozenset({"fonds", "holding", "cabinet", "groupement", "chaîne", "studio"})

_OWN_KIND_FR = re.compile(
    r"[ ](?:du|de la|de l')[ ]?(?:(?:jeune|petite?|nouvelle?|grande?|même)[ ])?(?:"
    + "|".join(sorted(set(ANAPHOR_KINDS_FR) - _OTHER_KINDS_FR, key=len, reverse=True))
    + r")\b"
)
"""A French title over the company's kind noun ("la direction générale du constructeur", "présidente de la
société"): the company the story tells of, as "of the company" is. A fund, a holding, a firm of advisers or a
channel may be another body."""


def _other_body(article: Article, role: Cue) -> bool:
    """Whether a title belongs to a described organisation that is not the company ("chair of the trade body")."""
    if _NON_COMPANY_BODY.match(article.folded, role.end) is not None:
        return True
    if _OWN_KIND_FR.match(article.folded, role.end) is not None:
        return False
    return (
        _BODY_OWNER.match(article.folded, role.end) is not None
        and _OWN_BODY.match(article.folded, role.end) is None
        and article.anaphor_at(role.end + (3 if article.folded.startswith(" of", role.end) else 0)) is None
    )


_SETTING = re.compile(r"(?:chez|at|au sein de|within|inside)[ ]")
"""A sentence opening on "Chez X," / "At X,": X is where the change happens."""

_DATED_OPENING = re.compile(
    r"\s*(?:in|on|during)[ ](?:early[ ]|late[ ]|mid-)?(?:january|february|march|april|may|june|july|august"
    r"|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|(?:19|20)\d\d)"
    r"(?:[ ](?:19|20)\d\d)?,?[ ]"
)
"""An English sentence opening on a date ("In August Nestle swapped ...", "On Monday, Acme named ..."): the
preposition governs the date, and the company after it is the clause's subject."""


_NAME_GOES_ON = re.compile(r"[ ]([A-Z][a-zà-ÿ]+)\b(?!')")

_NOT_A_UNIT_WORD = frozenset({
    "group", "groupe", "holding", "holdings", "inc", "corp", "corporation", "company", "ltd", "plc", "sa", "se", "ag",
    "nv", "spa", "co", "international", "on", "in", "since", "until", "and", "et", "depuis", "from", "for", "after",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
})  # fmt: skip
"""Words after a company name that leave it the group: its legal or group form, a date, a preposition."""


def _longer_name(article: Article, company: CompanyMention) -> bool:
    """Whether a title's company runs on into a longer name: "chief executive of Airbus Helicopters" heads a unit.

    The group's name opens the unit's ("Airbus Helicopters", "Danone Waters"): its head does not lead the group.
    """
    more = _NAME_GOES_ON.match(article.text, company.end)
    return (
        more is not None
        and more.group(1).casefold() not in _NOT_A_UNIT_WORD
        and more.group(1).casefold() not in FIRST_NAMES
        and not any(c.start == more.start(1) for c in article.companies)
    )


def role_company(article: Article, sentence: Sentence, role: Cue, person: Named | None) -> CompanyMention | None:
    """The company a role names: "CEO of X", "PDG de X", "X CEO", "X's chief executive"."""
    after = sentence.company_after(role.end, within=12)
    if after is not None and (
        _ROLE_OF.fullmatch(article.folded, role.end, after.start)
        or _HEAD_OF.fullmatch(article.folded, role.start, after.start)  # "à la tête de Belfius Banque"
    ):
        return None if _longer_name(article, after) else after
    before = next((c for c in reversed(sentence.companies) if c.end <= role.start), None)
    if (
        before is not None
        and _ROLE_OWNER.fullmatch(article.text, before.end, role.start)
        and not _cue_word(sentence, before)
    ):
        return before
    for fact in article.roles:
        if fact.start <= role.start < fact.end and fact.company_id and (person is None or fact.person == person.name):
            owner = next((c for c in article.companies if c.id == fact.company_id), None)
            return None if owner is not None and _cue_word(sentence, owner) else owner
    return None


def change_company(
    article: Article,
    sentence: Sentence,
    cue: Cue,
    role: Cue | None,
    person: Named | None,
    *,
    leaving: bool = False,
    before: int | None = None,
) -> tuple[CompanyMention | None, str]:
    """The company of the change and how it was found ("" or "anaphor").

    In order: the company the title names ("CEO of X"); the one joined ("to run X"); the company
    of a board that names ("le conseil de X a désigné"; a bare "the board" is the story's company);
    the clause's subject, else a company after the verb in the clause, unless a leaver goes there
    ("would depart for X"); another clause of the sentence ("CEO Tom Enders quit; Jane Roe runs
    Airbus"); the story's main company when it is named more than once (a single mention, such as
    an analyst's firm, is no subject); the last one named just before. A company that is a person's
    surname ("Thierry Bolloré") is never the one, nor one after ``before`` ("succède à Jean Durand,
    parti chez X": X is his destination).
    """
    joined = _joined(article, sentence, cue) if _JOIN_CUE.search(article.folded, cue.start, cue.end) else None
    # "joins the company from X": X is where the newcomer comes from, not the company joined
    joined = None if joined is not None and not leaving and is_origin(article, joined) else joined
    clause_start, clause_end = sentence.clauses.span_of(cue.start)
    after = sentence.company_after(cue.end)
    destination = (
        after
        if after is not None
        and leaving
        and _DESTINATION.search(article.folded, max(cue.end, after.start - 40), after.start)
        else None
    )
    apposed = (
        after
        if after is not None and _apposed_employer(article, sentence, after, person if leaving else None)
        else None
    )
    if after is not None and (
        after.start >= min(clause_end, before or clause_end)
        or destination is not None
        or _describes_person(article, after)
        or _in_other_aside(sentence, after, cue)
        or _former_employer(article, sentence, after)
        or (not leaving and is_origin(article, after))
        or apposed is not None
        or _COUNTERPART_BEFORE.search(article.folded, max(cue.end, after.start - 40), after.start)
        or _CIRCUMSTANCE_BEFORE.search(article.folded, max(cue.end, after.start - 40), after.start)
        or _PAST_MOVE_BEFORE.search(article.folded, max(cue.end, after.start - 60), after.start)
    ):
        after = None
    subject = _described_by_possessor(article, sentence, sentence.company_before(cue.start), cue.start)
    titled = role_company(article, sentence, role, person) if role is not None else None
    if titled is not None and _newcomers_employer(article, sentence, titled, person, leaving=leaving):
        titled = None
    if role is not None and titled is None and _names_owner(article, role):
        return None, ""  # "becomes CEO of Orvane", Orvane unrecognised: never another company of the sentence
    if role is not None and titled is None and _other_body(article, role):
        return None, ""  # "chair of the trade body X", "président d'une association": no company's title
    kind = _OWN_KIND_FR.match(article.folded, role.end) if role is not None and titled is None else None
    if kind is not None and after is not None and "," in article.folded[kind.end() : after.start]:
        # "la direction générale du constructeur, un duo voulu par l'Etat": the story's company, not the one after
        # the comma ("du groupe de luxe Kering" names its company).
        after = None
    if titled is None and role is not None and _OF_THE_BOARD.match(article.folded, role.end):
        # "a member of HP's board ..., was named chairman of the board": the board the sentence names.
        titled = next((c for c in sentence.companies if _OWN_BOARD.match(article.folded, c.end)), None)
    if titled is None and (role is not None or person is not None):
        titled = _speaker_of_its(article, sentence, role, person)
    board = _board_company(article, sentence, cue, clause_start)
    if board is not None and _named_after(board, person):
        board = None  # "Chaussade" read as the story's company in a story about Jean-Louis Chaussade
    found = (
        titled
        or joined
        or board
        or (subject if subject is not None and _may_act(article, sentence, subject) else None)
        or after
        or _titled_speaker(article, sentence, cue, clause_start, person)
        or _reporter(article, sentence, cue)
    )
    if found is not None and (_regional_unit(article, found) or region_after(article, found)):
        return None, ""  # "COO for McDonald's Europe", "la tête de GM Amérique du Nord": a regional unit's post
    if found is not None and not is_surname(article, found):
        return found, ""
    # "Argosy Gaming tapped Jane Roe", the firm unrecognised: its change is never another sentence's company's.
    unknown = _unknown_subject(article, sentence, clause_start, cue)
    described = None if unknown else _described_company(article, sentence, cue)
    if described is not None:
        return described, "anaphor"
    elsewhere = (
        None
        if unknown
        else _actor(article, sentence.index, exclude=destination or apposed, seen_from=cue.start)
        or _setting_before(article, sentence.index)
        or _previous_actor(article, sentence.index, apposed)
        or _other_than(_unless_only_described_here(article, sentence, story_company(article)), apposed)
    )
    if elsewhere is not None and _named_after(elsewhere, person):
        elsewhere = None  # "Chaussade" read as a company in a story about Jean-Louis Chaussade: no company
    return elsewhere, "anaphor" if elsewhere is not None else ""


_SPEAKER_OPENS = 30
"""How far into its clause a speaker's company may stand: after a title and "of" ("Le président de", "The chair of")."""

_SPEAKER_NAME_WITHIN = 30
"""How far after the company the officer's name may start: ", Jane Roe" or " chairman Jane Roe"."""

_OFFICER_AFTER = re.compile(
    r"(?:'s)?[ ](?:executive[ ])?(?:chairman|chairwoman|chair|chief executive|ceo|president|head|boss|patron)[ ]"
)
"""A company followed by its officer's title ("Airbus chairman", "Renault's chief executive")."""

_FORMER_BEFORE = re.compile(r"\b(?:former|onetime|ex|ancien|ancienne|l'ancien|l'ancienne)\b")


def _titled_speaker(
    article: Article, sentence: Sentence, cue: Cue, clause_start: int, person: Named | None
) -> CompanyMention | None:
    """The company of the officer who opens the clause and tells of someone else's change.

    "Le président de Renault Jean-Dominique Senard a justifié le départ du directeur général Thierry Bolloré par
    ... son alliance avec Nissan", "Airbus chairman Denis Ranque confirmed the appointment of ...": the officer
    speaks for his own company; a company later in the clause is a circumstance. Never when the officer is the one
    changing, nor a former officer ("l'ancien patron de Renault X a salué ...").
    """
    for company in sentence.companies:
        if company.start >= cue.start:
            return None
        if not clause_start <= company.start <= clause_start + _SPEAKER_OPENS:
            continue
        if _FORMER_BEFORE.search(article.folded, clause_start, company.start):
            return None
        if not (titled_owner(article, sentence, company) or _OFFICER_AFTER.match(article.folded, company.end)):
            continue
        officer = next(
            (
                p
                for p in people(article, sentence)
                if company.end < p.start <= company.end + _SPEAKER_NAME_WITHIN and p.end <= cue.start
            ),
            None,
        )
        if officer is None or (person is not None and officer.name == person.name):
            return None
        if any(officer.end <= c.start < cue.start for c in sentence.companies):
            return None  # "After the ouster of Nestle chief executive John Doe, Danone named ...": Danone acts
        return company
    return None


def newcomer_elsewhere(article: Article, person: Named, role: Cue, company: CompanyMention) -> CompanyMention:
    """The story's company for a newcomer whose borrowed company already has her in that title.

    "Jane Roe, présidente de Michelin. ... Jane Roe a été élue présidente du conseil": not Michelin's chair again,
    the story's company's. ``company`` stays when the story has no other.
    """
    if not _holds_there(article, person, role, company):
        return company
    story = story_company(article)
    return story if story is not None else company


def _holds_there(article: Article, person: Named, role: Cue, company: CompanyMention) -> bool:
    """Whether the story gives ``person`` the title ``role`` at ``company`` already: a new naming is elsewhere."""
    return any(
        fact.person == person.name
        and fact.role == role.detail
        and fact.company_id == company.id
        and not _FORMER_HOLDER.search(article.folded, max(0, fact.start - 30), fact.start)
        for fact in article.roles
    )


_UNKNOWN_SUBJECT = re.compile(
    r"(?:(?:On|Last|This|Earlier|Late|Separately|Meanwhile|Also|Then|Mardi|Lundi|Mercredi|Jeudi|Vendredi)\b"
    r"[^,;]{0,24}?[ ,]+)?"
    r"(?P<name>[A-ZÀ-Ý][\w&'\-]*(?:[ ][A-ZÀ-Ý][\w&'\-]*){0,3}(?:[ ](?:Co|Inc|Corp|Ltd|Plc|SA)\.?)?),?[ ]"
)
"""A clause that opens with capitalised words right before its verb: a proper name as the subject."""

_FIRM_HEAD = re.compile(
    r"[ ](?:co|inc|corp|ltd|plc|sa|group|holdings|capital|partners|systems|networks|technologies|energy|motors"
    r"|airlines|bank|pharma|pharmaceuticals|foods|industries|labs|software|media|entertainment|resources|mining"
    r"|therapeutics|ventures|brands|stores|communications|telecom|financial|insurance|logistics|gaming|robotics"
    r"|healthcare|biosciences|solutions|services|international|groupe|industrie|technologies)\.?$"
)
"""The last word of a name that makes it a firm's ("Argosy Gaming", "Orvane Holdings"), never a person's."""


_REPORTER_GAP = re.compile(
    r"(?:,[ ](?:an?|the|un|une|le|la|l')[ ]?[^,;]{1,80},)?[ ](?:has[ ]|had[ ])?"
    r"(?:said|says|announced|announces|confirmed|a annoncé|annonce|a indiqué|indique|a confirmé)"
    r"(?:[ ](?:on[ ])?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|lundi|mardi|mercredi|jeudi|vendredi|(?:early[ ]|late[ ])?(?:last|this)[ ](?:week|month)|yesterday|today"
    r"|in[ ]a[ ]statement))?"
    r"[ ](?:that[ ]|qu'|que[ ])"
)
"""From a company to the clause it reports: "X announced that", "X, the retailer, said on Monday that", "X said
early last week that", "X a annoncé que" (nothing else between: "X analysts said that" reports no change of X's)."""


def _reporter(article: Article, sentence: Sentence, cue: Cue) -> CompanyMention | None:
    """The company whose announcement the cue's clause is, when that clause names none.

    "Abercrombie & Fitch announced that Mike Jeffries will retire as CEO": the change is the announcer's, not the
    story's (a roundup's name, another company's).
    """
    for company in reversed(sentence.companies):
        gap = _REPORTER_GAP.match(article.folded, company.end) if company.end <= cue.start else None
        if gap is None or gap.end() > cue.start:
            continue
        if any(gap.end() <= c.start < cue.start and not _affiliation(article, sentence, c) for c in sentence.companies):
            return None  # "X said that Y will ...": Y's clause, read before
        return company if _may_act(article, sentence, company) else None
    return None


def _affiliation(article: Article, sentence: Sentence, company: CompanyMention) -> bool:
    """Whether the company only tells who a person is: never the subject of a clause, nor the post's company.

    "Orvane board member Jane Roe", "Jane Roe, a former Orvane executive,", "Jane Roe, Orvane's sales chief,":
    a description of the newcomer; "Stellix said Jane Roe, a former Orvane executive, was named CEO" stays
    Stellix's announcement.
    """
    return (
        _describes_person(article, company)
        or _apposed_employer(article, sentence, company, None)
        or _former_employer(article, sentence, company)
        or sentence.clauses.aside_at(company.start) is not None
    )


def _unknown_subject(article: Article, sentence: Sentence, clause_start: int, cue: Cue) -> bool:
    """Whether the clause's subject is a name that is neither a recognised company nor a person.

    "Argosy Gaming tapped its president to succeed ...": when the subject company goes unrecognised, the change
    is still that company's; borrowing the company of an earlier sentence would give its leader to another firm.
    """
    verb = next(
        (c for c in sentence.cues if c.start >= clause_start and c.family in ("leadership_in", "leadership_out")), cue
    )  # "Argosy Gaming tapped Jane Roe to succeed John Doe": the clause's first verb has the subject
    subject = _UNKNOWN_SUBJECT.fullmatch(article.text, clause_start, verb.start)
    if subject is None:
        return False
    start, end = subject.span("name")
    name = article.folded[start:end]
    if any(c.start < end and start < c.end for c in sentence.companies):
        return False
    if _FIRM_HEAD.search(name):
        return True
    first = name.split(" ", 1)[0]
    return (
        first not in NOT_NAMES
        and first not in FIRST_NAMES
        and not any(p.start < end and start < p.end for p in people(article, sentence))
    )


_ITS_BEFORE = re.compile(r"\b(?:its|son|sa)[ ](?:[\w\-]+[ ]){0,2}$")

_ITS_HOLDER = re.compile(r"\b(?:its|son|sa)[ ](?:[\w\-]+[ ]){0,4}[\w\-]+,?[ ]$")
""""its former chief financial officer, " right before a name: the person is the speaker's own."""

_SPEAKER_GAP = re.compile(
    r"(?:,[ ](?:an?|the|one of|un|une|le|la|l')[ ]?[^,;]{1,80},)?"
    r"[ ](?:[\w\-]+[ ]){0,3}?(?:said|says|announced|a annoncé|annonce|a indiqué|indique)\b[^,;]{0,30}$"
)
"""From a speaker to "its": "X said that", "X, the world's largest miner, announced that"."""


def _speaker_of_its(
    article: Article, sentence: Sentence, role: Cue | None, person: Named | None = None
) -> CompanyMention | None:
    """The company that speaks of "its" leader: "Motorola said that its chief executive Ed Zander was stepping down".

    The possessive in a reported clause stands for the speaker, wherever the clause's own subject is hidden;
    opening a sentence ("Son patron, X, ..."), it stands for the company acting in the sentence before. "its"
    may own the new title or the one the person holds ("BHP said its former CFO, Chip Goodyear, will take over").
    """
    its = _ITS_BEFORE.search(article.folded, max(sentence.start, role.start - 24), role.start) if role else None
    if its is None and person is not None:
        its = _ITS_HOLDER.search(article.folded, max(sentence.start, person.start - 50), person.start)
    if its is None:
        return None
    speaker = next(
        (
            c
            for c in reversed(sentence.companies)
            if c.end <= its.start() and _SPEAKER_GAP.fullmatch(article.folded, c.end, its.start())
        ),
        None,
    )
    if speaker is None and sentence.index > 0 and its.start() == sentence.start:
        # "Michelin prépare une succession. Son patron, Michel Rollier, ...": the last sentence's company.
        return _actor(article, sentence.index - 1)
    return speaker


_POSSESSOR_OF_NEXT = re.compile(r"['\u2019]s?[ ](?:[a-z\-]+[ ]){1,3}$")


def _described_by_possessor(
    article: Article, sentence: Sentence, subject: CompanyMention | None, before: int
) -> CompanyMention | None:
    """The company a possessor describes: in "Renault's rival Stellantis appointed ...", Stellantis acts."""
    if subject is None:
        return None
    described = next((c for c in sentence.companies if subject.end < c.start < before), None)
    if described is not None and _POSSESSOR_OF_NEXT.fullmatch(article.folded, subject.end, described.start):
        return described
    return subject


_SETTING_AT = re.compile(r"\b(?:chez|at|over at)[ ]$")

_SETTING_OPENS = 24
_SETTING_SENTENCE = 60

_SETTING_REACH = 2
"""How many sentences back a setting ("Même mouvement chez X.") still holds for sentences that name no company."""


def _setting_before(article: Article, index: int) -> CompanyMention | None:
    """The company an earlier sentence moved the story to ("Même mouvement chez France Télécom.", "At Adidas, ...").

    The sentences after it that name no company are about that company, not the story's main one. Only the
    nearest earlier sentence that names a company counts, and only when that company is its only one.
    """
    for earlier in range(index - 1, max(-1, index - 1 - _SETTING_REACH), -1):
        sentence = article.sentence(earlier)
        if not sentence.companies:
            continue
        first = sentence.companies[0]
        single = all(c.id == first.id for c in sentence.companies)
        at = _SETTING_AT.search(article.folded, max(0, first.start - 9), first.start)
        # the setting opens the sentence ("At Adidas, ...") or is all of it ("Même mouvement chez X.")
        framing = first.start - sentence.start <= _SETTING_OPENS or sentence.end - sentence.start <= _SETTING_SENTENCE
        return first if single and at is not None and framing else None
    return None


def _previous_actor(article: Article, index: int, exclude: CompanyMention | None = None) -> CompanyMention | None:
    """The previous sentence's actor, unless the story names it once and has a main company of its own.

    "Activist investor Cevian had criticised the pace. Merz has to step down": a company named only
    in passing (an investor, a client, an analyst's firm) is no employer of the person who leaves. A main company
    ``exclude`` (a newcomer's current employer) never displaces it.
    """
    previous = _actor(article, index - 1) if index > 0 else None
    if previous is None:
        return None
    story = story_company(article)
    if story is not None and exclude is not None and story.id == exclude.id:
        return previous
    if (
        story is not None
        and story.id != previous.id
        and sum(c.id == previous.id for c in article.companies) == 1
        and not _paragraph_topic(article, index, previous, story)
    ):
        return story
    return previous


def _paragraph_topic(article: Article, index: int, previous: CompanyMention, story: CompanyMention) -> bool:
    """Whether ``previous`` opens the paragraph of sentence ``index`` and the story's company is named nowhere in it.

    A roundup's item ("Orvane Inc. announced the appointment of Jane Roe as CFO. She will succeed John Doe.") is about
    its own company, even when another item names Valeo three times (session 26).
    """
    start, end = article.spans[index]
    text = article.text
    para_start = text.rfind("\n", 0, start) + 1
    para_end = text.find("\n", end)
    para_end = len(text) if para_end < 0 else para_end
    return para_start <= previous.start and not any(
        c.id == story.id and para_start <= c.start < para_end for c in article.companies
    )


def _other_than(company: CompanyMention | None, excluded: CompanyMention | None) -> CompanyMention | None:
    """``company`` unless it is ``excluded``."""
    return None if company is not None and excluded is not None and company.id == excluded.id else company


def _named_after(company: CompanyMention, person: Named | None) -> bool:
    """Whether the company bears the person's surname: the person, misread as a company elsewhere in the story."""
    return person is not None and person.name.casefold().endswith(" " + company.name.casefold())


_PREPOSITION_BEFORE = re.compile(
    r"(?:\b(?:de|du|des|of|after|après|avec|with|from|since|depuis|by|par|than|entre|between|au|aux|à|to|in|dans"
    r"|for|pour|at|chez|outside|hors|behind|derrière)|d')[ ]?(?:l'|la[ ]|le[ ]|les[ ]|the[ ]|an?[ ])?"
    r"(?:[\w\-]+[ ])?$"
)


def _describes_person(article: Article, company: CompanyMention) -> bool:
    """Whether the company only describes the person after it: "Nestlé head Jane Roe", "Henkel's Rorsted".

    So does the owner of a title that stands before a name ("le patron de Michelin Jean-Dominique Senard").
    """
    if _DESCRIBES_PERSON.match(article.folded, company.end) or _POSSESSOR.match(article.text, company.end):
        return True
    if not _NAME_NEXT.match(article.text, company.end):
        return False
    sentence = article.sentence(article.sentence_index(company.start))
    return titled_owner(article, sentence, company) and any(
        p.start == company.end + 1 for p in people(article, sentence)
    )


def _cue_word(sentence: Sentence, company: CompanyMention) -> bool:
    """Whether a "company" is a title or a naming word read as a name: "Group Finance Director", "Incoming COO"."""
    return any(
        c.family in ("role", "leadership_in") and c.start < company.end and company.start < c.end for c in sentence.cues
    )


def _may_act(article: Article, sentence: Sentence, company: CompanyMention) -> bool:
    """Whether a company can be the one whose leader changes: not a surname, not the object of a preposition.

    "Après l'entrée de l'État au capital, le conseil a désigné...", "Jane Roe, formerly at Google,":
    a company after a preposition is a circumstance, not the company acting; after a title
    ("devient président d'Airbus") it is the title's company.
    """
    if (
        is_surname(article, company)
        or _FORMER.search(article.folded, max(0, company.start - 12), company.start)
        or _describes_person(article, company)
        or _cue_word(sentence, company)
        or is_origin(article, company)
    ):  # "Group Finance Director", "Incoming" read as a company: a title, a naming word
        return False  # "Former Google executive Jane Roe", "Nestlé head Jane Roe": her employer, not the change's
    if _CIRCUMSTANCE_BEFORE.search(article.folded, max(0, company.start - 40), company.start):
        return False  # "resigned as CEO after sending Elliott a letter": a circumstance, not the change's company
    preposition = _PREPOSITION_BEFORE.search(article.folded, max(0, company.start - 40), company.start)
    if (
        preposition is None
        or _SETTING.fullmatch(article.folded, sentence.start, company.start)
        or _DATED_OPENING.fullmatch(article.folded, sentence.start, company.start)
        or _CLAUSE_SUBJECT.match(article.folded, company.end)
    ):
        # "Chez Renault, Jane Roe devient PDG": the sentence's setting is its company; "a month after rival Danone
        # replaced its CEO": "after" opens a clause whose subject acts on its own leader
        return True
    return any(cue.family == "role" and 0 <= preposition.start() - cue.end <= 1 for cue in sentence.cues) and not (
        _former_employer(article, sentence, company)
    )


_CLAUSE_SUBJECT = re.compile(r"[ ](?:has[ ]|had[ ]|also[ ])?[a-z]{3,}ed[ ]its[ ]")
"""After a company, a past verb acting on its own ("replaced its", "has named its"): the company is a clause's
subject, even after a word that may be a preposition ("after", "since")."""


_ORIGIN_BEFORE = re.compile(
    r"(?:\bfrom|\bde[ ]chez|\ben[ ]provenance[ ]d(?:e[ ]|u[ ]|es[ ]|')|\bvenu(?:e|s|es)?[ ]d(?:e[ ]|u[ ]|es[ ]|'))"
    r"[ ](?:the[ ]|rival[ ]|la[ ]|le[ ]|l')?$"
)
"""Words that put a company as where a person comes from: "joins from X", "an outsider from X", "venu de chez X"."""
_ORIGIN_REACH = 24
_LEFT_FROM = re.compile(
    r"\b(?:resign\w*|step(?:s|ped|ping)?[ ]down|retir\w*|depart\w*|exit\w*|ousted|fired|removed|dismissed|quit\w*"
    r"|démission\w*|écarté\w*|évincé\w*|parti\w*|over)\b[^.;]{0,30}$"
)
"""A leaving verb before "from X": "resigned from X" names the company she leaves, not where she comes from; a
post taken over "from X" is the leaver's side."""


def is_origin(article: Article, company: CompanyMention) -> bool:
    """Whether the company is named as the place a person comes from ("an outsider from Monsanto").

    The newcomer's former employer is never the company whose post changes: "Ord joins the company from BAE
    Systems" and "the new CEO, Jane Roe, is an outsider from Monsanto" change nothing at BAE Systems or Monsanto.
    Only read for an arrival: a leaver's "resigned from X" names the company she leaves.
    """
    origin = _ORIGIN_BEFORE.search(article.folded, max(0, company.start - _ORIGIN_REACH), company.start)
    return (
        origin is not None
        and _LEFT_FROM.search(article.folded, max(0, origin.start() - 40), origin.start()) is None
        and _OFFICER_AFTER.match(article.folded, company.end) is None  # "take over from X CEO Jane Roe": hers
    )


def _only_elsewhere(article: Article, company: CompanyMention) -> bool:
    """Whether the story names the company only as someone's origin or former employer ("joins from X", "ex-X").

    Such a company is no story's company: "Flowers will be replaced by Michael Ord. Ord joins from BAE Systems"
    tells nothing of a change at BAE Systems, the story's only named firm.
    """
    return all(
        is_origin(article, c) or _FORMER.search(article.folded, max(0, c.start - 12), c.start) is not None
        for c in article.companies
        if c.id == company.id
    )


def _former_employer(article: Article, sentence: Sentence, company: CompanyMention) -> bool:
    """Whether a former title names the company: "Jane Roe, the former chief executive of Textron, as interim CEO"."""
    return any(
        cue.family == "role"
        and _ROLE_OF.fullmatch(article.folded, cue.end, company.start) is not None
        and _FORMER_HOLDER.search(article.folded, max(0, cue.start - 30), cue.start) is not None
        for cue in sentence.cues
        if cue.end <= company.start
    )


def _unless_only_described_here(
    article: Article, sentence: Sentence, company: CompanyMention | None
) -> CompanyMention | None:
    """``company`` unless the sentence names it only as someone's past employer or in a circumstance.

    "X is close to naming former eBay chief Meg Whitman as its new CEO", X unrecognised: eBay is the story's only
    company, yet the sentence tells she left it; her new post is at another firm. "resigned after sending Elliott
    a letter": Elliott is no employer of hers. "Incoming chief executive Jane Roe": a naming word read as a name.
    """
    if company is None:
        return None
    here = [c for c in sentence.companies if c.id == company.id]
    former = [
        c
        for c in here
        if _FORMER.search(article.folded, max(0, c.start - 12), c.start)
        or _former_employer(article, sentence, c)
        or _CIRCUMSTANCE_BEFORE.search(article.folded, max(0, c.start - 40), c.start)
        or _cue_word(sentence, c)
    ]
    return None if former and len(former) == len(here) else company


def _newcomers_employer(
    article: Article, sentence: Sentence, company: CompanyMention, person: Named | None, *, leaving: bool
) -> bool:
    """Whether a title's company is where a person works now rather than the post that changes.

    "replaced by Jane Roe, head of SSAB" (an apposition on anyone but the leaver) names the newcomer's current
    employer, not the post she takes. ("Airbus poached Capgemini chief Jane Roe" stays a departure from Capgemini.)
    """
    return _apposed_employer(article, sentence, company, person if leaving else None)


_APPOSED_TITLE = re.compile(
    r",[ ](?:the[ ]|an?[ ]|le[ ]|la[ ]|l'|un[ ]|une[ ])?(?:[\w\-]+[ ]){0,3}?"
    r"(?:head|boss|chief|chairman|chairwoman|chair|president|ceo|executive|director|officer|founder|co-founder"
    r"|patron|patronne|président|présidente|directeur|directrice|dirigeant|dirigeante|fondateur|fondatrice|pdg)"
    r"(?:[ ](?:officer|executive))?[ ]?(?:of|at|de|du|d'|chez)[ ]?(?:the[ ]|la[ ]|le[ ]|l')?"
)
"""From a person's name to the company of a title in apposition: "Jane Roe, head of ", ", the chief executive of"."""
_APPOSITION_REACH = 60
_NEW_IN_POST = re.compile(r"\b(?:new|newly|incoming|next|nouveau|nouvel|nouvelle|futur|future|prochain|prochaine)\b")
"""In an apposition: the title is the one the change gives her ("Nina Roe, the new chief executive of Danone")."""


def _apposed_employer(article: Article, sentence: Sentence, company: CompanyMention, leaver: Named | None) -> bool:
    """Whether the company owns a title in apposition to a person other than ``leaver`` ("Jane Roe, head of SSAB").

    The apposition tells where a newcomer works now, not the company she joins nor the one her predecessor leaves:
    that is the sentence's subject, or the story's company. The leaver's own apposition ("John Doe, head of SSAB,
    will step down") is the company she leaves.
    """
    return any(
        0 < company.start - person.end <= _APPOSITION_REACH
        and _APPOSED_TITLE.fullmatch(article.folded, person.end, company.start) is not None
        and _NEW_IN_POST.search(article.folded, person.end, company.start) is None
        and (leaver is None or person.name != leaver.name)
        for person in people(article, sentence)
    )


def _actor(
    article: Article, index: int, exclude: CompanyMention | None = None, seen_from: int | None = None
) -> CompanyMention | None:
    """The first company of sentence ``index`` that may act (see :func:`_may_act`).

    Seen from a cue of that sentence, a company in another aside never acts: in "Jane Roe, qui pilote
    Schneider Electric en Europe, fait figure de favorite", Schneider Electric only describes her.
    """
    sentence = article.sentence(index)
    return next(
        (
            c
            for c in sentence.companies
            if (exclude is None or c.id != exclude.id)
            and (seen_from is None or sentence.clauses.visible(c.start, c.end, seen_from))
            and _may_act(article, sentence, c)
        ),
        None,
    )


_NATIONAL_COUNTRY = {
    "japonais": "JP", "japanese": "JP", "français": "FR", "french": "FR", "américain": "US", "american": "US",
    "allemand": "DE", "german": "DE", "britannique": "GB", "british": "GB", "italien": "IT", "italian": "IT",
    "espagnol": "ES", "spanish": "ES", "chinois": "CN", "chinese": "CN", "coréen": "KR", "sud-coréen": "KR",
    "korean": "KR", "south korean": "KR", "suisse": "CH", "swiss": "CH", "néerlandais": "NL", "dutch": "NL",
    "suédois": "SE", "swedish": "SE", "indien": "IN", "indian": "IN", "canadien": "CA", "canadian": "CA",
}  # fmt: skip
_NATIONALS = "|".join(sorted(_NATIONAL_COUNTRY, key=len, reverse=True))
_NATIONAL_DESCRIPTION = re.compile(
    rf"\b(?:(?:le|la|l')[ ]?(?:groupe|constructeur|géant|fabricant|laboratoire|opérateur|équipementier|firme|société)"
    rf"[ ](?P<fr>{_NATIONALS})(?:e|ne)?|the[ ](?P<en>{_NATIONALS})[ ]"
    r"(?:company|group|firm|carmaker|automaker|giant|maker|manufacturer|bank|conglomerate|drugmaker))\b"
)
"""A company named by its nationality ("le groupe japonais", "the French carmaker"), in the cue's clause."""


def _described_company(article: Article, sentence: Sentence, cue: Cue) -> CompanyMention | None:
    """The company "le groupe japonais" or "the French carmaker" means: the last one of that country named.

    None when the clause has no such description or no company of that country was named before it.
    """
    clause_start, _ = sentence.clauses.span_of(cue.start)
    match = _NATIONAL_DESCRIPTION.search(article.folded, clause_start, cue.start)
    if match is None:
        return None
    country = _NATIONAL_COUNTRY[match.group("fr") or match.group("en")]
    kb = load_knowledge_base()
    return next(
        (
            c
            for c in reversed(article.companies)
            if c.end <= match.start()
            and c.known
            and (company := kb.get(c.id)) is not None
            and company.country == country
        ),
        None,
    )


def story_company(article: Article) -> CompanyMention | None:
    """The company the story is about: the title's first acting company, else the most named.

    It must be named twice, or be the only company of the story.

    "The company", "le groupe" and a sentence naming no company refer to it.
    """
    counts = Counter(c.id for c in article.companies)
    title = _actor(article, 0) if article.spans else None
    for candidate in (title, article.focus):
        if (
            candidate is not None
            and (counts[candidate.id] > 1 or len(counts) == 1)
            and not is_surname(article, candidate)
            and not names_a_person(article, candidate.name)  # "chief executive Zander steps down": Ed Zander
            and not _only_elsewhere(article, candidate)
        ):
            return candidate
    return None


def _board_company(article: Article, sentence: Sentence, cue: Cue, clause_start: int) -> CompanyMention | None:
    """The company whose board names someone: "le conseil de X a désigné" gives X, a bare "the board" the story's.

    A company named earlier in the clause ("Après l'entrée de l'État au capital, le conseil a désigné")
    is then no subject. A bare "the board" opening a sentence right after one about a single company ("Kroger said
    its chairman will retire. The board elected ...") is that company's, in a story about several.
    """
    board = _BOARD_SUBJECT.search(article.folded, max(clause_start, cue.start - 60), cue.start)
    if board is None:
        return None
    owner = next(
        (
            c
            for c in sentence.companies
            if board.start() - 16 <= c.start < cue.start
            and c.end <= cue.start
            and not _BOARD_OF.search(article.folded, max(0, c.start - 9), c.start)
        ),
        None,
    )
    return owner or _company_just_told(article, sentence, board.start()) or story_company(article)


_BOARD_OF = re.compile(r"\bboard of[ ]$")
"""Before a word of the board's own name ("its Board of Directors", misread as a company "Directors")."""

_TOLD_OPENS = 40
"""How far into the previous sentence its one company may stand and still be what that sentence is about."""


def _company_just_told(article: Article, sentence: Sentence, board_at: int) -> CompanyMention | None:
    """The one company of the previous sentence, near its start, when a bare board opens this sentence."""
    if sentence.index == 0 or board_at - sentence.start > _TOLD_OPENS or sentence.companies:
        return None
    previous = article.sentence(sentence.index - 1)
    if not previous.companies or any(c.id != previous.companies[0].id for c in previous.companies):
        return None
    first = previous.companies[0]
    return first if first.start - previous.start <= _TOLD_OPENS and _may_act(article, previous, first) else None
