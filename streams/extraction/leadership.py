"""Leadership changes: who takes or leaves which role at which company, several per sentence.

Real stories name several people in one sentence ("named Fred Amoroso chairman and Ross
Levinsohn interim CEO"), refer to them by surname once introduced ("Levinsohn replaces
Thompson"), and name the person's former employer next to the new one ("Henkel's Rorsted will
run Adidas"). So a role is paired with the person standing next to it inside the cue's clause,
and the company is the one the role names ("CEO of X", "X boss"), else the clause's subject.
"""

from __future__ import annotations

import re

from streams.extraction.article import Article, Named, Sentence
from streams.extraction.candidate import Candidate, event_date
from streams.extraction.cues import Cue
from streams.extraction.helm_moves import leaver_subject
from streams.extraction.helm_unnamed import post_owner, unnamed_post
from streams.extraction.lead_effective import effective_without_year
from streams.extraction.lead_en_giveup import post_given_up_en
from streams.extraction.lead_en_removal import leaver_follows_en
from streams.extraction.lead_fr_handover import handed_post_end
from streams.extraction.lead_fr_possessive import noun_owner, recalled_naming, unowned_post
from streams.extraction.leadership_background import recalled_change
from streams.extraction.leadership_company import (
    change_company,
    newcomer_elsewhere,
    region_after,
    role_company,
    story_company,
)
from streams.extraction.leadership_fr_giveup import post_given_up
from streams.extraction.leadership_people import (
    EMPLOYER_GAP,
    NEAR,
    POSSESSIVE,
    apposed_person,
    earlier_person,
    people,
    pronoun_antecedent,
    relative_antecedent,
    subject_person,
)
from streams.extraction.mentions import CompanyMention
from streams.extraction.modality import modality_at
from streams.extraction.org_context import PLACES
from streams.extraction.quantities import MoneyMention

_SUCCESSOR = re.compile(
    r"(?:succède à|succèdera à|succédera à|succeeds|succeeding|replaces|replacing|remplace|remplacera"
    r"|en remplacement de|pour remplacer|pour succéder à|to replace|to succeed|takes over from|took over from"
    r"|will take over from|hand over to|handing over to|prend la suite de|replaced by|succeeded by"
    r"|son remplacement par|sa succession par"
    r"|(?:after|following) (?:the|his|her) (?:[a-z]+ )?(?:resignation|departure|exit|ouster) of"
    r"|après (?:la|le) (?:[a-zé]+ )?(?:démission|départ|éviction) de"
    r"|remplacée? (?:ad intérim |par intérim |provisoirement |temporairement |[^,;.]{1,40}? )?par"
    r"|replaced (?:on an interim basis |temporarily |for now |[^,;.]{1,40}? )?by"
    r"|will be replaced by|will be succeeded by|be succeeded by"
    r"|hand(?:s|ed|ing)? (?:over )?(?:the top job|the reins|the baton) to|pass(?:es|ed|ing)? the baton to"
    r"|(?:cède|cédera|passe|passera|transmet|transmettra) (?:les rênes|le relais|la main|le flambeau) à"
    r"|(?:laisse|laissera|laisserait|cède|cédera|céderait) (?:sa|la) place à|(?:make|makes|made|making) way for)[ ]"
)
"""Names the other person of the change: the one replaced, or (after "by"/"par", also "replaced as CEO by",
"remplacé à la tête de X par") the one coming."""

_BY_SUCCESSOR = re.compile(r"(?:par|by)[ ]$")

_AGENT_TITLE = re.compile(r"(?:\bpar|\bby)[ ](?:le[ ]|la[ ]|l'|the[ ]|its[ ]|son[ ]|sa[ ])?$")
"""Before a title that describes the agent of a passive ("remplacé par le COO Jane Roe"): not a new title."""

_CANDIDATES = re.compile(r"\b(?:candidates?|candidats?|contenders?|in the running|shortlist\w*)\b")
"""Words that make a succession a contest, not a decision: "among candidates to succeed", "candidats pour remplacer"."""

_TAKES_OVER = re.compile(
    r"(?:,?[ ]qui)?[ ](?:lui succède|lui succèdera|le remplace|la remplace|succeeds (?:him|her)|succeeded (?:him|her)"
    r"|will succeed"
    r"|replaces (?:him|her)|takes over|prend la relève|prendra la relève|will take (?:his|her) place"
    r"|takes (?:his|her) place|prendra sa place|prend sa place)\b"
)

_PAIR_GAP = re.compile(
    r"[ ,]{0,2}(?:as |comme |en tant que |au poste de |en qualité de |en qualité d')?"
    r"(?:the |its |le |la |l'|son |sa |new |nouveau |nouvelle )?"
    r"(?:new |nouveau |nouvelle |next |permanent |sole |future |futur |prochain |prochaine )?"
    r"(?:interim |acting |joint )?$"
)

_LEAVES_COMPANY = re.compile(
    r"(?:de|d'|left|leave|leaves|leaving|quitte|quittera|a quitté|departure from|quittant|quitter|quitterait)$"
)
"""Departure cues followed by the company left ("son départ d'Airbus", "quitte la direction de X"): the
role may go unstated."""

_OWN_RESIGNATION = re.compile(r"\b(?:his|her)[ ]resignation$")

_FROM_COMPANY = re.compile(r"[ ]from[ ](?:the[ ])?")
"""An English exit verb, then the company left: "resigned from Nvidia", "was stepping down from the Acme Group"."""

_SEAT_AFTER = re.compile(r"(?:['\u2019]s)?[ ](?:supervisory[ ])?board\b|['\u2019]s[ ]")
"""What after that company makes the exit a seat or a unit left: "from Acme's board", "from the Acme board"."""

_IMPLIED_ROLE = re.compile(
    r"(?:chair|runs|run|lead|dirige|dirigera"
    r"|(?:prend|prendra|prendre|prendrait|pris)(?: [\w'\-]+){0,3} la (?:tête|direction) d[eu]"
    r"|préside|présider|présidera|the helm|les rênes|les commandes|the top job)$"
)
"""Verbs that name the role they give: "to chair" a board, "to run" / "dirige" / « prend la direction de » a company
(its chief executive)."""

TRACKED_ROLES = frozenset({"CEO", "deputy CEO", "CFO", "CTO", "COO", "CSO", "founder", "chair"})
"""Roles an event may carry; the table's ``other`` titles ("chief customer officer") are only swallowed."""

_APPOSITIVE = re.compile(r"(?:the )?new|newly appointed|incoming|nouveau|nouvelle|nouvellement nommée?")
"""Cues that name a role only in apposition: "Jane Roe, the new CEO of X", "le nouveau PDG de X, Jane Roe"."""

_OF_DESCRIPTION = re.compile(r"[ ](?:de|of)")
"""Before a description that owns a title ("CEO de l'entreprise", "CEO of the company")."""

_TITLE_THEN_NAME = re.compile(r",?[ ](?:(?:is|will be|est|sera)[ ])?")
"""Between "the new CEO" and the name: an apposition, or a copula ("The new CEO is Jane Roe")."""

_APPOSITIVE_GAP = re.compile(
    r",?[ ](?:the[ ]|le[ ]|la[ ]|l'|its[ ]|son[ ]|sa[ ])?$"
    r"|(?:,|[ ](?:is|was|will[ ]be|est|sera))[ ](?:the[ ]|le[ ]|la[ ]|l'|(?:[\w&.\-]+[ ]){0,2}[\w&.\-]+'s[ ])?$"
)
"""Between a name and "new" and its title: an apposition's comma or a copula, then an article, a possessive or a
company's possessive ("Jane Roe, Safran's new chief executive,", "Jane Roe is Safran's new CEO")."""

_TAKES_TITLE = re.compile(r"(?:prend|prendra|prendre|pris|arrivée?|assurera|assurer) (?:à )?la$")
"""Cues whose object is the title itself ("prend la présidence du directoire"): the title must follow at once."""

_TAKES_UP = re.compile(r"\b(?:take|takes|took|taking)[ ]up[ ]the$")
"""Taking up a post: the title must follow at once, maybe after its owner's name, and a word for a post after it."""
_OWNER_WORDS = re.compile(r"[ ](?:[A-Z][\w&.\-]*[ ]){0,3}")
_POST_NOUN = re.compile(r"[ ](?:post|role|job|position|seat)\b")

_MADE_GAP = re.compile(r"[ ](?:the[ ]|its[ ]|the company's[ ])?(?:permanent[ ]|interim[ ]|acting[ ]|sole[ ]|joint[ ])?")
"""What may stand between "was made" and the title it gives: "was made permanent chief executive"."""

_CONDITIONAL = re.compile(r"\b(?:[a-zéèêàâîôûç]{2,}(?:erait|iraient|rait|raient)|serait|seraient)\b")
"""A French conditional at the cue ("deviendrait", "quitterait", "serait nommé"): a report, not a fact."""

_ANNOUNCED_THAT = re.compile(
    r"\b(?:a|ont|avait|avaient)[ ](?:[a-zé]+[ ])?(?:annoncé|confirmé|précisé|officialisé)[ ]"
    r"(?:[a-zé]+[ ]){0,2}?qu(?:e[ ]|')"
)
"""A company's own announcement before a French conditional: "a annoncé mardi que X quitterait le groupe"."""

_GOING_TO = re.compile(r"\b(?:va|vont|is set to|are set to|is due to)[ ]$")
"""A near future right before the cue ("va prendre les commandes de X", "is set to take over"): announced."""

_NAME_THEN_INFINITIVE = re.compile(r"[A-ZÀ-Ý][\w'\-]+[ ]$")
"""A name then a departure's infinitive opening the story: "Intel CEO Otellini to Retire", "Jane Roe to step down as
CEO" (a headline's future). In a body, "named CFO Greg Hayes to succeed him" is an object's infinitive."""

_FUTURE_IN_CUE = re.compile(
    r"\b(?:will|sera|cédera|passera|transmettra|briguera|sollicitera|set to|due to|va devenir|doit devenir)\b"
    r"|\b(?:souhaite|veut|désire|entend|compte|devrait|voudrait)[ ]nommer\b"  # a wish to name: a plan (session 26)
)

_NAMED_ANAPHOR = re.compile(
    r"[ ](?:the (?:[a-z\-]{1,20} )?(?:company|group|firm|chipmaker|carmaker|automaker|drugmaker|retailer|bank|lender"
    r"|insurer|airline|business)|le groupe|la société|l'entreprise|le constructeur|la banque)\b"
)
"""A definite description as the object of "run" / "diriger": the company the story is about."""

_SUBJECT_GAP = re.compile(r",?[ ]")

_NAMED_TO_GAP = re.compile(
    r",?[ ](?:has been|have been|had been|was|is|will be|a été|avait été|sera|est)[ ]"
    r"(?:appointed|named|chosen|picked|tapped|selected|elected|nommée?|choisie?|désignée?|élue?)[ ](?:pour[ ])?"
)
"""A naming verb in the passive between a name and "to lead" ("Stephanie Pope has been appointed to lead BCA"):
the name is the one who will lead, not a person named earlier in the sentence ("Following Deal's announcement")."""

_FROM_BOARD = re.compile(r"[ ](?:from |of )?(?:the|its|his|her) board\b|[ ](?:du|de son|le|son) conseil\b")
"""After a departure verb, the board left ("stepped down from the board", "quitte le conseil"): a director's seat."""

_GOES_TO = re.compile(r"(?:reviendra|revient|reviendrait|confiée?|will go|goes|would go)[ ](?:à|to)$")
"""Cues that give a title to the name after them ("la présidence reviendra à", "the post will go to")."""

_GOES_GAP = 16
"""How far before such a cue its title may end ("the chief executive post will go to")."""

_PURPOSE = re.compile(r"(?:pour|to)[ ]")
"""Infinitive cues ("pour assurer la", "to run"): their subject is no clause subject but the name before them."""

_HIM = re.compile(r"\b(?:him|her)\b")

_HIM_WITH = re.compile(r"[ ](?:him|her)[ ](?:with|by)[ ]")
"""After "replaced": the one replaced is the pronoun, the newcomer follows "with" ("replaced him with John Doe")."""
"""A pronoun for the one replaced: "will replace him", "lui succède", "le remplace"."""

_OWNER_GAP = re.compile(r"[ ](?:at|of|de|du|chez|d')[ ]?(?:the[ ]|la[ ]|le[ ])?")

_OWNER_REACH = 12

_DESCRIBED_OWNER = re.compile(
    r"[ ](?:at|of|de|du|d'|chez)?[ ]?(?:the[ ]|la[ ]|le[ ]|l')?"
    r"(?!(?:[a-zà-ÿ\-]+[ ])*?(?:filiale|division|unit|branche|business|activités?|pôle|arm|subsidiary|operations"
    r"|opérations|direction(?![ ](?:générale|financière)))[ ])(?:[a-zà-ÿ\-]+[ ]){1,3}"
)
"""A described owner after a verb of running: "de l'équipementier allemand X", "the French carmaker X" (no unit)."""

_DESCRIBED_REACH = 40

_DESCRIBED_APPOSED = re.compile(
    r"[ ](?:(?:of|at|de|du|d'|chez)[ ]?)?(?:the[ ]|la[ ]|le[ ]|l')?(?:[\w\-]+[ ]){1,7}?[\w\-]+,[ ]"
)
"""A longer description of the owner, its name apposed after a comma: « la tête du numéro 2 mondial des vins, X »."""

_APPOSED_REACH = 80

_UNIT_WORD = re.compile(
    r"\b(?:filiale|division|unit|branche|business|activités?|pôle|arm|subsidiary|operations|opérations)\b"
)

_CEDES = re.compile(r"\b(?:cède|cédera|a cédé)\b")

_LED = re.compile(
    r"\b(?:led|leads|has led|had led|ran|runs|has run|headed|heads|has headed|dirige|dirigeait|a dirigé|chairs"
    r"|chaired|has chaired|préside|présidait|a présidé)\b"
)
"""Verbs of a relative clause that give the role of the name it follows ("who has led X": its chief executive)."""

_WITH = re.compile(r"\b(?:with|par)[ ](?:[\w\-]+[ ]){0,4}$")

_SWAP = re.compile(r"\bswap(?:s|ped|ping)?$")

_FOR = re.compile(r"\bfor[ ](?:[\w\-]+[ ]){0,4}$")
"""After a verb of swapping, the newcomer follows "for" (a few describing words may come first: "for veteran X")."""

_DESCRIBED = re.compile(r"(?:an?|un|une)[ ][\w\- ]{1,25},[ ]")
"""An indefinite description before a name: "replaced by an insider, Jane Roe"."""

_AS_BEFORE = re.compile(
    # "poached X's finance chief Jane Roe to be its chief executive" (session 26): the purpose gives the title too
    r"\b(?:as|comme|to[ ]be|to[ ]become|to[ ]serve[ ]as|pour[ ]devenir)[ ]"
    r"(?:the[ ]|its[ ]|ses[ ]|les[ ]|sa[ ]|son[ ]|(?:the[ ])?[\w&\-]+['\u2019]s[ ])?"
    r"(?:new[ ]|next[ ]|nouveau[ ]|nouvelle[ ])?"
    r"(?:interim[ ]|acting[ ]|joint[ ]|temporary[ ]|permanent[ ]|provisional[ ])?$"
)

_APPOSED_TITLE = re.compile(
    r",[ ](?:the[ ]|its[ ]|his[ ]|her[ ]|le[ ]|la[ ]|l'|son[ ]|sa[ ])?(?:current[ ]|actuel[ ]|actuelle[ ])?"
    r"(?:[\w\-]+[ ](?:and|et)[ ])?$"
)
"""A title in apposition right after a name (", the president and chief operating officer,"): the one held."""

_POSSESSED_POST = re.compile(r"(?:'s|')[ ](?:[a-z\-]+[ ])?(?:role|job|post|seat|place|position|shoes)\b")
"""After a name, the post it leaves: "will take over Bill Gates' role as chairman", "stepping into Roe's shoes"."""

_NEXT_OF_OWNER = re.compile(r"(?:'s|s')[ ](?:next|future)[ ]$")

_OWNER_ONLY = re.compile(r"[ ](?:[\w&.\-]+[ ]){0,2}[\w&.\-]+(?:'s|s')[ ](?:next|future)[ ]")


def _unnamed_holder(folded: str, cue: Cue, role: Cue) -> bool:
    """Whether ``role`` is a title still to be filled ("the next CEO", "selecting Boeing's next CEO").

    "X's next CEO" right after the verb ("is tipped to become Danone's next chief executive") is still the
    subject's; after more words ("lead the board's search for Boeing's next CEO") it names nobody.
    """
    if _UNNAMED_HOLDER.search(folded, max(0, role.start - 14), role.start):
        # "picks Jane Roe as next chief executive", "a désigné Jane Roe comme nouvelle présidente": "as" gives it;
        # "is set to become the next CEO of X": the subject becomes it.
        return not (
            _AS_NEXT.search(folded, max(0, role.start - 24), role.start)
            or (_BECOME.search(folded, cue.start, cue.end) and _NEXT_GAP.fullmatch(folded, cue.end, role.start))
        )
    return bool(
        _NEXT_OF_OWNER.search(folded, max(0, role.start - 14), role.start)
        and not _OWNER_ONLY.fullmatch(folded, cue.end, role.start)
    )


_CLOSED_BEFORE_AS = re.compile(r"[^,;]{0,40},[ ](?:as|comme|en tant que)[ ](?:[\w\-]+[ ]){0,3}")
"""From a title to the one "as" gives: the title's apposition closes with a comma right before "as"."""

_BECOME = re.compile(r"\b(?:become|becomes|became|devenir|devient|deviendra|deviendrait)$")
_NEXT_GAP = re.compile(r"[ ](?:the|its|le|la|son|sa)[ ](?:next|new|prochain|prochaine|nouveau|nouvelle)[ ]")
"""Between "become" and a title still to fill: "is set to become the next CEO", « va devenir le prochain PDG »."""

_AS_NEXT = re.compile(
    r"\b(?:as|comme)[ ](?:the[ ]|its[ ]|le[ ]|la[ ]|son[ ]|sa[ ])?"
    r"(?:next|new|prochain|prochaine|nouveau|nouvelle|futur|future)[ ]$"
)
"""A title still to fill given by "as" to the name before it: "named Jane Roe as next CEO"."""

_UNNAMED_HOLDER = re.compile(
    r"\b(?:the next|a new|its next|a permanent|le prochain|la prochaine|son prochain|sa prochaine|le futur|la future"
    r"|un nouveau|une nouvelle|un futur|une future)[ ]$"
)
"""A title for a holder still to be found ("quand serait nommé le prochain directeur général"): it names nobody."""

_AS_CUE = re.compile(r"(?:as|comme|en tant que)\b")

_SUCCESSION_TALK = re.compile(r"successeur|successeure|successor")
"""Departure cues that speak of the leader's succession ("le successeur de Jane Roe"): a change with no title."""

_BOARD_OBJECT = re.compile(r"[ ](?:[a-zé]+[ ])?(?:le conseil|the board|its board|son conseil)\b(?!'s)")
"""A chair's verb whose object is the board ("préside désormais le conseil"): the company is the story's; never the
board's own business ("lead the board's search")."""

_HEAD_OF_BOARD = re.compile(r"[ ]?(?:son[ ])?conseil[ ](?:d'administration|de[ ]surveillance)\b")
"""After « prend la tête du »: the board (« la tête du conseil d'administration de X »), whose head is its chair."""

_OF_GAP = 4
"""Characters between that board and its firm: " de " or " d'"."""

_REPLACE_HIM = re.compile(
    r"[ ,]{1,2}(?:to replace (?:him|her)|to succeed (?:him|her)|pour (?:le|la) remplacer|pour lui succéder"
    r"|as (?:his|her) successor|comme (?:son|sa) successeure?)"
)
"""A newcomer named without a title who takes the leaver's: "named John Doe to replace him", "as her successor"."""

_NAME_TAIL = re.compile(r"[ ][A-ZÀ-Ý][a-zß-ÿ\-]+(?=,)")
"""A capitalised word between a name and the comma of its aside: the rest of a long name."""

_APPOSITION = re.compile(r",[ ](?:a|an|the|un|une|le|la|l')[ ]?[^,;.]{1,60}(?=,)")
"""An apposition after a name (", a longtime deputy at Siemens Energy,"): it describes the newcomer."""

_SUCCESSOR_REACH = 3
"""How many sentences back "as her successor" may find the title of the one leaving."""

_IN_HIS_PLACE = re.compile(r"[ ](?:à sa place|in (?:his|her) place|pour (?:le|la) remplacer|to replace (?:him|her))[ ]")
"""Before the newcomer, the place of the one just named: "proposera de nommer à sa place Jane Roe"."""

_BOARD_SEAT = re.compile(
    r"\b(?:représentante? permanente?|administrat(?:eur|rice)s?|membre du conseil|siège au conseil|au conseil"
    r"|board members?|board seat|seat on (?:the|its) board|(?:non-executive|independent|outside) directors?"
    r"|(?:to|on|joins) (?:the|its) board)\b"
)
"""A board seat in a sentence whose succession names no title: a director replaced, not a leader."""

_POACH = re.compile(r"poached|hired|hires|lured|recruited|débauche|débauché|recrute|recruté")
"""Hiring verbs: the title after them is the one held at the previous employer."""

_HELD_TITLE = re.compile(
    r"(?:\b(?:former|onetime|one-time|erstwhile|then|ancien|ancienne|current|currently|presently|actuel|actuelle"
    r"|actuellement|présentement|incumbent|sitting"
    r"|previous|outgoing|retiring|departing|précédent|précédente|sortant|sortante|longtime|long-time|long-serving|late"
    r"|previously|formerly|hitherto|until now|so far|most recently|jusqu'ici|jusque-là|jusqu'alors|auparavant"
    r"|précédemment)[ ](?:[\w\-']+[ ]){0,2}|\bex-)$"
)
"""Words that make a title one the person holds or held ("ancien PDG du groupe", "current CFO", "jusqu'ici
président"): never the new one."""

_CURRENT = re.compile(
    r"\b(?:current|currently|presently|actuel|actuelle|actuellement|présentement|already|déjà|incumbent|sitting)[ ]"
    r"(?:[\w\-']+[ ]){0,2}$"
)
"""A title the person holds today ("Jane Roe, actuel président du conseil, deviendrait président non exécutif")."""

_CURRENT_REACH = 80

_RUN_BY = re.compile(
    r"\b(?:run|led|headed|managed|dirigée?|présidée?)[ ](?:by|par)[ ]"
    r"(?:its[ ]|the[ ]|their[ ]|son[ ]|sa[ ]|le[ ]|la[ ])?(?:[\w\-]+[ ](?:and|et)[ ])?$"
)
"""Before the title of whoever runs a company now: "will remain a unit, still run by its chief executive Jane Roe"."""

_CHOICE = re.compile(r"(?:chose|chosen|picked|picks|choisi|opted)$")
_INFINITIVE = re.compile(r"[ ](?:de[ ]|d'|to[ ](?!the\b|its\b|be\b|lead\b|run\b|head\b|chair\b|succeed\b|replace\b))")
"""A choice verb before an infinitive is a decision, not an appointment: "ayant choisi de dissocier"."""

_UNIT_OF = re.compile(
    r"(?:[ ](?:of|at|for|de|du|chez))?[ ]"
    r"(?:its|their|the group's|the company's|[\w&\-]+(?:[ ][\w&\-]+)?'s|sa|son|ses|la|le)[ ]"
    r"(?:[\w\-]+[ ]){0,3}?"
    r"(?:division|unit|business|arm|subsidiary|operations|branch|segment|filiale|branche|division|activité|pôle"
    r"|direction(?![ ](?:générale|financière)))s?\b"
)
"""After a title, the unit it heads ("chief executive of its cloud unit", "CEO of Danone's US unit", "DG de sa
filiale", "à la tête de la direction des achats"): no company leader. The "direction générale" and "direction
financière" are the CEO's and CFO's posts."""

_COMMITTEE_OF = re.compile(
    r"['\u2019]s[ ](?:[\w&\-']+[ ]){0,3}?(?:committee|comité)\b"  # "chairman of the board's audit committee"
    r"|[ ](?:of|du|de)[ ](?:the[ ]|its[ ]|le[ ]|son[ ]|sa[ ]|la[ ])?(?:[\w&\-]+(?:[ ][\w&\-]+)?['\u2019]s[ ])?"
    r"(?:(?!executive\b|management\b)[\w&\-']+[ ]){0,4}?(?:committee|comité|commission)\b"
    r"(?![ ](?:exécutif|de direction))"
)
"""After a chair's title, a board committee ("chairman of Danone's audit committee", "chair of the board's
nominations committee"): a director's seat, not the company's chair. An executive committee is the company's
management: its chair may be the leader."""

_UNIT_HEAD = re.compile(r"\b(?:head|chief|president|director|patron|patronne|directeur|directrice)" + _UNIT_OF.pattern)
"""An untracked head's title over a unit ("head of its European business", "directrice de sa filiale")."""

_UNIT_POST = re.compile(
    r"(?<!actuellement )(?<!déjà )(?<!currently )(?<!already )\b(?:à[ ]la[ ]tête|at[ ]the[ ]head)" + _UNIT_OF.pattern
)
"""After a newcomer named behind the verb, the post given over a unit: « sera remplacé par X, membre du conseil, à la
tête de la branche Communications du groupe » (session 26); "actuellement à la tête de" describes her job now."""

_UNIT_POST_REACH = 120

_TO_BOARD = re.compile(
    r"[ ](?:to|onto|on)[ ](?:its|the|their|his|her)[ ](?:supervisory[ ])?board\b(?![ ]of[ ]management)"
    r"|[ ](?:au|à son)[ ]conseil\b|[ ]as[ ]an?[ ](?:non-executive|independent|outside)[ ]director\b"
    r"|[ ](?:en qualité d'|comme )administrat(?:eur|rice)\b"
)
"""A naming to a board seat ("named X to its board", "au conseil", "as an independent director")."""

_POSSESSED_THING = re.compile(r"['\u2019]s[ ](?!(?:supervisory[ ])?board\b)[a-z]")
"""After a company, a possessive and a common noun ("Danone's task force"): the object led is the thing owned."""

_TO_RUN_UNIT = re.compile(
    r"\b(?:to|pour)[ ](?:head|run|lead|oversee|manage|diriger|piloter)[ ](?:its|the|their|sa|son|ses|la|le|les)[ ]"
    r"(?:[\w\-]+[ ]){0,3}?(?:operations|division|unit|business|arm|region|team|department|activités|division"
    r"|filiale|branche|pôle|équipe)s?\b"
)
"""After a hired person, the unit post given: "to head its European operations", "pour diriger sa filiale"."""

_DEPARTMENT = re.compile(
    r"\b(?:la|sa|the|its)[ ](?:direction[ ](?!générale|financière|de[ ]|d')[\w\-]+"
    r"|(?:[\w\-]+[ ]){0,2}(?:division|branche|filiale|unit|department|département)s?\b)"
)
"""A department or unit given as the post ("la direction des marques", "its consumer division"): no group title."""

_DEMAND = re.compile(
    r"\b(?:réclame|réclament|demande|demandent|exige|exigent|calls? for|called for|urges?|urged|pushes for"
    r"|pushed for|demands?|demanded|wants?|wanted|seeks?|sought|tries|tried|trying|veut|veulent|voulait)[ ]"
    r"(?:[\w']+[ ]){0,2}$"
)
"""A demand or a wish before a departure ("réclame le départ du PDG", "called for the resignation of", "Elliott wants
to oust the CEO"): no departure."""

_CONDITION = re.compile(
    r"\b(?:if|unless|condition|conditions|conditioned on|provided that|should|à condition que|à condition qu'"
    r"|pourvu que|pourvu qu'|au cas où|en cas de)\b[^,;.]{0,40}$"
)
"""A hypothetical or a condition before the leaver ("one condition of the deal is that Jane Roe leaves", "if she
quits"): no departure is told."""

_NEXT_JOB = re.compile(r"[ ](?:pour|to)[ ](?:prendre|devenir|diriger|rejoindre|become|run|lead|join|take)\b")

_CIRCUMSTANCE = re.compile(r"[ ](?:after|before|while|when|by)[ ][a-z]+ing\b")
"""A gerund phrase after a leaver's verb ("resigned after sending ..."): what it names is no title of hers."""

_NEXT_WORDS = re.compile(r"[ ]((\w+)(?:[ ]\w+)?)")
"""The one or two words after a company name, to tell a regional unit ("Danone North America", "Airbus UK")."""

_PROMOTED = re.compile(r"(?:promoted|elevated|promu|promue)$")
_TO_TITLE = re.compile(r"[ ](?:to|au poste de|à la|au rang de)[ ](?:the[ ]|its[ ]|the post of[ ]|the role of[ ])?$")

_GOVERNED_TITLE = re.compile(
    r"(?:\b(?:under|with|by|for|from|sous|avec|par|pour|auprès de|alongside)[ ]"
    r"(?:the[ ]|its[ ]|le[ ]|la[ ]|son[ ]|sa[ ])?|\baux? côtés? d(?:u[ ]|e[ ]la[ ]|e[ ]son[ ]|e[ ]sa[ ]|e[ ]l'))$"
)
"""A preposition before "new CEO X" makes the leader a setting of another fact."""

_GOVERNED_REACH = 16
"""How far before "new" that preposition may start: "aux côtés du " and "alongside the " are 13 and 14 chars."""

_DETERMINED = re.compile(r"(?:\b(?:the|its|his|her|their)|'s)[ ](?:recently|newly|just)[ ]$|\b(?:the|its)[ ]$")
"""An article before a participle cue ("the recently appointed CEO", "its newly named chair"): a description."""

_SINCE = re.compile(r"\b(?:since|depuis)\b")

_STATE_VERB = re.compile(r"(?:préside|dirige|runs|chairs|heads)$")
_STATE_ADVERB = re.compile(r"\b(?:currently|still|already|actuellement|toujours|déjà)[ ]$")
_STATE_ADVERB_AFTER = re.compile(r"[ ](?:actuellement|toujours|encore)\b")
"""An adverb of a lasting state by a present verb of leading: "currently runs X", "dirige toujours X"."""
_RELATIVE_BEFORE = re.compile(
    r"\b(?:que|qu'|qui|who|which|that)[ ]?"
    r"(?:(?:now|currently|still|today|also|désormais|aujourd'hui|actuellement|toujours|également)[ ])?$"
)
"""A present-tense leading verb in a relative clause describes a holder ("holding que préside Jane Roe"): no change."""

_FUTURE_VERB = re.compile(
    r"\b(?:assurera|prendra|deviendra|dirigera|présidera|rejoindra|occupera|succédera|succèdera|remplacera"
    r"|reviendra|quittera|sera nommée?|sera)\b"
)
"""French future tenses before the cue ("assurera la direction générale par intérim"): the change is announced."""

_ROLE_REACH = 120

_TITLE_REACH = 30

_OUT_ROLE_REACH = 40


_KIN_BEFORE = re.compile(
    r"\b(?:fille|fils|épouse|époux|mari|femme|frère|sœur|soeur|neveu|nièce|petit-fils|petite-fille|veuve|héritier"
    r"|héritière|daughter|son|wife|husband|brother|sister|nephew|niece|grandson|granddaughter|widow|heir)"
    r"[ ](?:de|du|d'|of)[ ]?(?:(?:son|sa|his|her|the|le|la|l')[ ]?)?(?:[a-zé\-]+[ ])?$"
)
"""Before a name, kinship (« -fille de Laurent Roe- », "son of founder John Roe"): the relative is named to place
the newcomer, never appointed or leaving in that clause (session 26)."""


def _visible(article: Article, sentence: Sentence, people_: list[Named], cue: Cue) -> list[Named]:
    start, end = sentence.clauses.span_of(cue.start)
    return [
        p
        for p in people_
        if start <= p.start < end
        and sentence.clauses.visible(p.start, p.end, cue.start)
        and _KIN_BEFORE.search(article.folded, max(start, p.start - 40), p.start) is None
    ]


def _roles(sentence: Sentence, start: int, end: int, pos: int) -> list[Cue]:
    return [
        c
        for c in sentence.cues
        if c.family == "role"
        and c.detail in TRACKED_ROLES
        and start <= c.start < end
        and sentence.clauses.visible(c.start, c.end, pos)
    ]


def _other_person(article: Article, sentence: Sentence, crowd: list[Named], after: int) -> tuple[str | None, bool]:
    """The person named by "replacing X" / "succeeded by X" after ``after``, and whether X is the newcomer."""
    clause_end = sentence.clauses.span_of(after)[1]
    match = _SUCCESSOR.search(article.folded, after, clause_end)
    if match is None:
        return None, False
    # "hand over to chief executive Stephen Green": a role title may stand before the name.
    named = next(
        (
            p
            for p in crowd
            if (
                match.end() <= p.start <= match.end() + _TITLE_REACH
                or (p.start > match.end() and EMPLOYER_GAP.fullmatch(article.text, match.end(), p.start))
            )
            and (
                "," not in article.text[match.end() : p.start]
                or _DESCRIBED.fullmatch(article.folded, match.end(), p.start)
            )
        ),
        None,
    )
    if named is None:
        return None, False
    return named.name, _BY_SUCCESSOR.search(article.folded, match.start(), match.end()) is not None


_DESCRIBED_SUBJECT = re.compile(
    r"[ \n]*(?:the|le|la|l')[ ]?(?:[\w\-]+[ ]){0,4}?(?:veteran|executive|insider|outsider|manager|engineer|banker"
    r"|newcomer|year-old|dirigeante?|patronne?|ingénieure?|quinquagénaire|quadragénaire|sexagénaire)[ ]"
)
"""A description as the subject of a succession ("The 60-year-old veteran replaces ..."): the one just named."""

_OWN_TITLE = re.compile(r"(?<!\bas[ ])(?<!comme[ ])\b(?:its|their|son|sa|leur)[ ]$")
"""A possessive right before a title that stands before a name: the company's own holder, described by it."""

_CO_HOLDER = re.compile(r"\b(?:alongside|aux? côtés? d(?:e |u |es |')|together with)")
"""Before a co-holder who stays ("named co-CEO alongside Jane Roe, co-founder and CEO"): not named by the cue."""


_EXIT_GAP = 2
"""Characters between a name and the exit verb it is the subject of ("John Doe stepped down")."""


def _pairs(article: Article, sentence: Sentence, cue: Cue, crowd: list[Named]) -> list[tuple[Named, Cue]]:
    """Pair the roles after a naming cue with their people.

    In order: a name right before its title ("named Jane Roe CEO and John Doe chairman"); a title
    right before a name not yet paired ("named chief executive Jane Roe"; in "names Safran boss Jane
    Roe CEO" the first title only describes her); a short aside between ("Jane Roe, a former Google
    executive, as CEO"); else the clause's subject ("Jane Roe becomes chairman", "he becomes CEO").
    """
    folded = article.folded
    clause_end = sentence.clauses.span_of(cue.start)[1]
    co_holder = _CO_HOLDER.search(folded, cue.end, clause_end)
    reach = min(clause_end, cue.end + _ROLE_REACH, co_holder.start() if co_holder else clause_end)
    reach = _next_change_at(article, sentence, cue, reach)
    reach = _coordinated_pair_end(article, sentence, cue, reach, crowd=crowd, clause_end=clause_end)
    roles = _new_titles(article, sentence, cue, reach, crowd)
    # "named Nina Roe, the company's chief financial officer, as head of ...": the apposed title is held, not given.
    roles = [r for r in roles if not any(_held_in_apposition(folded, p, r) for p in crowd)]
    # "would take over as interim CEO after CEO John Doe stepped down": the one whose exit follows is no newcomer.
    leavers = {
        p.name
        for p in crowd
        if any(c.family == "leadership_out" and 0 < c.start - p.end <= _EXIT_GAP for c in sentence.cues)
    }
    after_cue = [
        p
        for p in crowd
        if cue.end <= p.start < reach
        and not _replaced(folded, p)
        and not _POSSESSED_POST.match(folded, p.end)
        and p.name not in leavers
    ]
    shared = next(
        (
            r
            for r in roles
            if folded[r.start : r.end].endswith("s")
            and (
                _AS_BEFORE.search(folded, 0, r.start)
                # "named finance chief A and products head B interim co-CEOs": the last title, in the plural,
                # after two names is theirs; the titles before each name only describe them.
                or (r is roles[-1] and sum(1 for p in after_cue if p.end <= r.start) >= 2)  # noqa: PLR2004
            )
        ),
        None,
    )
    if shared is not None:
        # "appointed CFO Jane Roe and John Doe as interim co-CEOs": each name before the plural title holds it;
        # "Jane Roe and John Doe will act as co-CEOs": the names coordinated before the verb.
        holders = [p for p in after_cue if p.end <= shared.start]
        holders = holders or _coordinated_subjects(folded, people(article, sentence), cue)
        return [(p, shared) for p in holders]
    pairs: dict[int, tuple[Named, Cue]] = {}
    used: set[str] = set()
    for index, role in enumerate(roles):
        person = next((p for p in reversed(after_cue) if p.end <= role.start), None)
        if person is not None and person.name not in used and _adjacent(sentence, folded, person.end, role.start):
            pairs[index] = (person, role)
            used.add(person.name)
    for index, role in enumerate(roles):
        person = next((p for p in after_cue if role.end <= p.start <= role.end + NEAR), None)
        if person is not None and (
            # "named Jane Roe to run sales, John Doe staying": the name before the title is hers
            ("," in folded[role.end : person.start] and _waiting(after_cue, used, role))
            # "a nommé son directeur financier Jane Roe à la tête de ...": the title she holds
            or _OWN_TITLE.search(folded, max(0, role.start - 12), role.start)
        ):
            person = None
        if index not in pairs and person is not None and person.name not in used:
            pairs[index] = (person, role)
            used.add(person.name)
    if not pairs and roles and not _unnamed_holder(folded, cue, roles[0]):
        person = next((p for p in reversed(after_cue) if p.end <= roles[0].start), None)
        if person is None and _AS_CUE.match(folded, cue.start):
            # "named board member Jane Roe as interim chief": the name right before "as".
            person = next((p for p in reversed(crowd) if cue.start - _TITLE_REACH <= p.end <= cue.start), None)
        if _far(folded, person, roles[0]) and _PURPOSE.match(folded, cue.start):
            # "la désignation de Jane Roe pour assurer la direction": an infinitive's subject is the name just before.
            # "Jane Roe is succeeding John Doe to become CEO": the one replaced is no infinitive's subject.
            before = [p for p in reversed(crowd) if p.end <= cue.start and not _replaced(folded, p)]
            person = next((p for p in before if cue.start - _TITLE_REACH <= p.end), None)
            person = person or pronoun_antecedent(article, sentence, cue)
            if person is None and len(before) < len([p for p in crowd if p.end <= cue.start]):
                person = subject_person(article, before[::-1], cue.start)
            person = person or leaver_subject(article, sentence, before[::-1], cue)  # "X is leaving A to run B"
        elif _far(folded, person, roles[0]):
            crowd = [p for p in crowd if not _OUSTER_BEFORE.search(folded, max(0, p.start - 10), p.start)]
            person = (
                # "Y will retire and Jane Roe has been appointed to lead X as new CEO": "as" gives its title to the
                # name nearest before it, never to the clause's first name.
                (_nearest_before(folded, crowd, cue) if _AS_CUE.match(folded, cue.start) else None)
                # "..., and board member Jane Roe becomes chair": the name right before the verb is its subject.
                or _verb_subject(article, sentence, crowd, cue)
                or subject_person(article, crowd, cue.start)
                or apposed_person(article, crowd, cue.start)
                or relative_antecedent(article, sentence, cue)
                or pronoun_antecedent(article, sentence, cue)
                or noun_owner(article, sentence, cue)  # "..., tandis que sa nomination à la tête de X"
            )
        if person is not None:
            pairs[0] = (person, roles[0])
    _share_joint_titles(folded, roles, pairs)
    return [pairs[index] for index in sorted(pairs)]


_COORDINATED_GAP = re.compile(r",[ ]|,[ ]and[ ]|[ ]and[ ]|[ ]et[ ]|,[ ]et[ ]")
"""Between two names of a coordinated subject: "Jane Roe and John Doe", "A, B et C"."""

_BEFORE_VERB = re.compile(r",?[ ](?:[a-z]+[ ]){0,2}")
"""Between a subject and its verb cue: nothing, or an auxiliary and an adverb ("will jointly", "are to"), maybe after
the comma that closes an apposition ("Two executives, Jane Roe and John Doe, will act as co-CEOs")."""


def _coordinated_subjects(folded: str, named: list[Named], cue: Cue) -> list[Named]:
    """Two or more names coordinated right before the cue, its subject: "Jane Roe and John Doe will act as co-CEOs".

    ``named`` are the sentence's people, not only those of the cue's clause: "and" may open a clause of its own.
    """
    before = [p for p in named if p.end <= cue.start]
    if not before or _BEFORE_VERB.fullmatch(folded, before[-1].end, cue.start) is None:
        return []
    chain = [before[-1]]
    for person in reversed(before[:-1]):
        if _COORDINATED_GAP.fullmatch(folded, person.end, chain[0].start) is None:
            break
        chain.insert(0, person)
    return chain if len(chain) > 1 else []


_APPOSED_HELD = re.compile(r",[ ](?:the[ ]|its[ ]|[\w&\-]+['\u2019]s[ ])[^,;()]{0,30}")
"""From a name to a title in the apposition after it: ", the company's", ", its", ", Korvex's"."""

_AS_AFTER = re.compile(r"[^,;()]{0,30},[ ](?:as|comme|en tant que)[ ]")
"""After that title, the apposition closes and "as" gives the post taken."""


def _held_in_apposition(folded: str, person: Named, role: Cue) -> bool:
    """Whether ``role`` describes ``person`` in an apposition before the "as" that gives her new post."""
    return (
        person.end <= role.start
        and _APPOSED_HELD.fullmatch(folded, person.end, role.start) is not None
        and _AS_AFTER.match(folded, role.end) is not None
    )


def _share_joint_titles(folded: str, roles: list[Cue], pairs: dict[int, tuple[Named, Cue]]) -> None:
    """Give a title joined by "and" to a paired one the same person: "elected Jane Roe chairman and chief executive".

    Only a title right after the paired one, left without a holder of its own, and of another kind.
    """
    for index in range(1, len(roles)):
        before, role = roles[index - 1], roles[index]
        if (
            index not in pairs
            and index - 1 in pairs
            and pairs[index - 1][1] is before
            and before.detail != role.detail
            and _JOINT_TITLES.fullmatch(folded, before.end, role.start)
        ):
            pairs[index] = (pairs[index - 1][0], role)


_APPOSED_AS = re.compile(
    r",[^;()]{1,100},[ ](?:as|comme|en tant que)[ ](?:the[ ]|its[ ]|new[ ]|nouveau[ ]|nouvelle[ ])*"
)
"""From a name to the title "as" gives it, past the name's apposition: "Jane Roe, 47, now COO, as CEO"."""


def _nearest_before(folded: str, crowd: list[Named], cue: Cue) -> Named | None:
    """The last name before ``cue`` that is not the one replaced."""
    return next((p for p in reversed(crowd) if p.end <= cue.start and not _replaced(folded, p)), None)


def _far(folded: str, person: Named | None, role: Cue) -> bool:
    """Whether ``person`` stands too far before ``role`` to hold it, unless only an apposition and "as" part them."""
    if person is None:
        return True
    return role.start - person.end > _ROLE_REACH // 2 and not _APPOSED_AS.fullmatch(folded, person.end, role.start)


def _coordinated_pair_end(
    article: Article, sentence: Sentence, cue: Cue, reach: int, *, crowd: list[Named], clause_end: int
) -> int:
    """Where a second name-and-title pair the same verb gives ends, when it runs past ``reach``.

    "a nommé A, actuel président de X, comme président du groupe, et l'actuel directeur B au poste de directeur
    général": after "et", a name right before its title is a second naming by the same verb, however long the
    first one's asides.
    """
    folded = article.folded
    for joint in _COORDINATION.finditer(folded, cue.end, reach):
        for person in crowd:
            if not joint.end() <= person.start <= joint.end() + _TITLE_REACH:
                continue
            role = next(
                (
                    r
                    for r in _roles(sentence, person.end, clause_end, cue.start)
                    if _adjacent(sentence, folded, person.end, r.start)
                ),
                None,
            )
            if role is not None and role.end > reach:
                return role.end
    return reach


def _verb_subject(article: Article, sentence: Sentence, crowd: list[Named], cue: Cue) -> Named | None:
    """The name right before the verb, past an apposition or "who", and not the object of a preposition.

    "Tim Roe, chief of X, has been named chair" gives Tim Roe; so does "Tim Roe, bras droit de John Doe, devient PDG"
    and "COO Tim Roe who will become CEO".
    """
    for person in reversed(crowd):
        if person.end > cue.start:
            continue
        between = article.folded[_after_aside(sentence, person.end) : cue.start].strip(" ,")
        governed = _PREPOSITION_BEFORE.search(article.folded, max(0, person.start - 12), person.start)
        if governed and between == "being" and governed.group(0).startswith("with"):
            governed = None  # "Smith left X with Jane Roe being named CEO": an absolute phrase, Jane Roe its subject
        if (between and between not in _SUBJECT_RELATIVES and not _AUXILIARIES.fullmatch(between)) or governed:
            continue
        return person
    return None


_AUXILIARIES = re.compile(
    r"(?:(?:who|qui)[ ])?(?:(?:will|would|could|should|may|might|is|was|has|had|have|be|been|being|to|set|expected"
    r"|likely|due|pourrait|devrait|doit|devait|va|allait|a|avait|est|était|sera|serait|être|été)(?:[ ]|$))+"
)
"""Auxiliaries and modals between a subject and its participle ("Jane Roe could be named", "pourrait être nommé")."""

_SUBJECT_RELATIVES = frozenset({"who", "qui"})
"""A relative pronoun between a name and the verb makes the name its subject: "COO Jane Roe who will become CEO"."""

_PREPOSITION_BEFORE = re.compile(r"\b(?:de|du|des|of|by|par|to|à|with|avec|from|than|for|pour)[ ]$|\bd'$")

_OUSTER_BEFORE = re.compile(r"\b(?:ousts|ousted|fires|fired|sacks|sacked|dismisses|évince|limoge|révoque)[ ]$")
"""Before the one an ouster removes, never the subject of the naming after: "HP ousts Fiorina, appoints Wayman"."""

_COORDINATION = re.compile(r", and |; |, et | and | et ")


def _next_change_at(article: Article, sentence: Sentence, cue: Cue, reach: int) -> int:
    """Where a second change begins in the sentence, so the first naming's titles end there.

    A coordinated naming ("X has been named CEO, and Y becomes chair") or the one replaced ("..., replacing
    co-CEOs Y and Z"): neither the second's title nor the leaver's is given to the first's person.
    """
    for other in sentence.cues:
        if other.start >= reach:
            break
        if other.start > cue.end and other.family == "leadership_in" and other.detail == "succeeds":
            return other.start  # "became CEO in 2012, replacing co-CEOs John Doe and ...": titles after it are left
        if (
            other.start > cue.end
            and other.family in ("leadership_in", "leadership_out")
            and not _AS_CUE.match(article.folded, other.start)  # "appointed A and B as co-CEOs": one naming
        ):
            joints = list(_COORDINATION.finditer(article.folded, cue.end, other.start))
            if joints and any(joints[-1].end() <= p.start for p in people(article, sentence) if p.end <= other.start):
                return joints[-1].start()  # a person between the conjunction and the second cue
    return reach


def _coordinated_naming_at(article: Article, sentence: Sentence, start: int) -> int:
    """Where a coordinated second naming opens after ``start``, else the sentence's end.

    "..., replacing John Doe, and appointed Paul Hart as chairman": the one replaced holds none of its titles.
    """
    for other in sentence.cues:
        if other.start > start and other.family in ("leadership_in", "leadership_out"):
            joints = list(_COORDINATION.finditer(article.folded, start, other.start))
            if joints and not article.folded[joints[-1].end() : other.start].strip():
                return joints[-1].start()  # the conjunction right before the second verb
    return sentence.end


def _new_titles(article: Article, sentence: Sentence, cue: Cue, reach: int, crowd: list[Named]) -> list[Cue]:
    """The tracked titles after a naming cue that can be the one given, in order.

    None after a title-only reference ("around the recently appointed CEO"). Not a title an agent
    or a former/current holder carries, a founder's, a unit's head's; after "prend la" only the
    title right there; after "promoted" the one after "to" when there is one.
    """
    folded = article.folded
    if _DETERMINED.search(folded, max(0, cue.start - 20), cue.start) and not _named_after_title(
        article, sentence, cue, crowd
    ):
        return []
    roles = [
        role
        for role in _roles(sentence, cue.end, reach, cue.start)
        if not _AGENT_TITLE.search(folded, max(0, role.start - 12), role.start)
        and not _HELD_TITLE.search(folded, max(0, role.start - 30), role.start)
        and role.detail != "founder"  # one is never appointed founder: "Jane Roe, fondatrice de X" describes her
        and not _UNIT_OF.match(folded, role.end)  # "CEO of its helicopter division": a unit's head
        and not _COMMITTEE_OF.match(folded, role.end)  # "chair of its audit committee": a director's seat
        and not _regional_unit(article, sentence, role)  # "CEO of Danone North America"
    ]
    if _TAKES_TITLE.search(folded, cue.start, cue.end):
        roles = [role for role in roles if role.start - cue.end <= 1]
    if _TAKES_UP.search(folded, cue.start, cue.end):
        # "will take up the Korvia CEO post": only a post named at once, its owner a firm read there; "took up the
        # issue with its CEO" takes none.
        owner = sentence.company_after(cue.end, within=1)
        roles = [
            role
            for role in roles
            if _OWNER_WORDS.fullmatch(article.text, cue.end, role.start)
            and _POST_NOUN.match(folded, role.end)
            and (role.start - cue.end <= 1 or (owner is not None and owner.end + 1 == role.start))
        ]
    given = next((role for role in roles if _AS_BEFORE.search(folded, max(0, role.start - 30), role.start)), None)
    if given is not None:
        # "named Durcan, the president and chief operating officer, as temporary CEO": the title after "as".
        # "hired Danone's finance chief Jane Roe as its new CEO": a title right before the name describes her.
        roles = [
            role
            for role in roles
            if role.start >= given.start
            or not (
                _APPOSED_TITLE.search(folded, max(0, role.start - 30), role.start)
                or any(0 <= p.start - role.end <= NEAR and p.end <= given.start for p in crowd)
                # "named Jane Roe, 47, currently its president and COO, as CEO": an apposition closed before "as"
                or _CLOSED_BEFORE_AS.fullmatch(folded, role.end, given.start)
            )
        ]
    # "named Chief Financial Officer Jane Roe to succeed him": the title before the name is the one she holds;
    # the post given is the leaver's, read by the succession.
    roles = [role for role in roles if not _held_before_successor(sentence, folded, role, crowd)]
    if folded.endswith(" made", cue.start, cue.end):
        # "was made permanent chief executive"; never "a decision was made, chief executive Jane Roe said".
        roles = [role for role in roles if _MADE_GAP.fullmatch(folded, cue.end, role.start)]
    if _PROMOTED.search(folded, cue.start, cue.end):
        # "promoted its COO Jane Roe to chief executive": the title after "to" is the new one.
        promoted_to = [role for role in roles if _TO_TITLE.search(folded, max(0, role.start - 12), role.start)]
        roles = promoted_to or roles
    return roles


_TO_SUCCEED = re.compile(
    r"(?:[ ]?,[ ])?(?:to|pour|afin de)[ ]"
    r"(?:succeed|replace|take over from|follow|succéder|remplacer|prendre la suite)\b"
)
"""An infinitive of succession right after a name: the named one takes over someone's post."""


def _held_before_successor(sentence: Sentence, folded: str, role: Cue, crowd: list[Named]) -> bool:
    """Whether ``role`` stands right before a name that an infinitive of succession follows.

    "named CFO Jane Roe to succeed John Doe", "a nommé son directeur financier Jane Roe pour remplacer X":
    the title describes her; she gets the post of the one she succeeds. A title another company owns
    ("poached Safran chief Jane Roe to replace X") is read as before: she leaves that post.
    """
    if any(0 <= role.start - c.end <= NEAR for c in sentence.companies):
        return False
    return any(0 <= p.start - role.end <= NEAR and _TO_SUCCEED.match(folded, p.end + 1) for p in crowd)


def _waiting(after_cue: list[Named], used: set[str], role: Cue) -> bool:
    """Whether a name after the cue and before ``role`` is still unpaired (it is the title's holder)."""
    return any(p.end <= role.start and p.name not in used for p in after_cue)


def _last_tracked_role(sentence: Sentence, before: int) -> Cue | None:
    """The last title of a tracked role ending before ``before`` in ``sentence`` ("chief executive" in "its CEO X")."""
    return next(
        (c for c in reversed(sentence.cues) if c.family == "role" and c.detail in TRACKED_ROLES and c.end <= before),
        None,
    )


def _replacement(article: Article, sentence: Sentence, cue: Cue, crowd: list[Named]) -> list[Candidate]:
    """Read a newcomer named without a title, who takes the title of the one leaving.

    "said its CFO Jane Roe would leave, and named John Doe to replace her": the title is the last
    tracked one before the cue in the sentence, its holder the name beside it. "Three insiders
    vied to replace chief executive Jane Roe. The board picked John Doe.": the title and holder
    follow a succession verb in the sentence before.
    """
    in_place = _IN_HIS_PLACE.match(article.folded, cue.end)
    after = in_place.end() if in_place is not None else cue.end
    newcomer = next(
        (p for p in crowd if after <= p.start <= after + _TITLE_REACH and "," not in article.text[after : p.start]),
        None,
    )
    if newcomer is None:
        return []
    # "will propose Jane Roe, who now runs Norma Group, as her successor": the aside about her is skipped.
    tail = _NAME_TAIL.match(article.text, newcomer.end)  # "Miguel Angel Lopez Borrego": a last word left out
    name_end = tail.end() if tail is not None else newcomer.end
    resumes = _after_aside(sentence, name_end)
    apposition = _APPOSITION.match(article.folded, name_end) if resumes == name_end else None
    resumes = apposition.end() + 1 if apposition is not None else resumes
    if (
        _REPLACE_HIM.match(article.folded, resumes - 1 if resumes > name_end else newcomer.end) is not None
        and newcomer.start - cue.end <= NEAR
    ) or in_place is not None:
        role = _last_tracked_role(sentence, cue.start)
        where = sentence
        back = 1
        while role is None and back <= min(sentence.index, _SUCCESSOR_REACH):
            # "... said CEO Joe Kaeser will leave. The board named Roland Busch as his successor": his title, told a
            # sentence or two before ("Activist investor Cevian had criticised ..." may stand between).
            where = article.sentence(sentence.index - back)
            role = _last_tracked_role(where, where.end)
            back += 1
    else:
        where = article.sentence(sentence.index - 1) if sentence.index > 0 else sentence
        role = _vacant_role(article, where) if where is not sentence else None
    if role is None:
        return []
    holder = next(
        (p for p in people(article, where) if role.end <= p.start <= role.end + NEAR and p.name != newcomer.name),
        None,
    )
    company, how = change_company(article, sentence, cue, role if where is sentence else None, holder)
    if company is not None and newcomer.end < company.start < resumes:
        company, how = story_company(article), "anaphor"  # "Roland Busch, a deputy at Siemens Energy,": his employer
    if company is None:
        return []
    previous = holder.name if holder is not None else None
    incoming = newcomer.name + tail.group(0) if tail is not None and resumes > name_end else newcomer.name
    return [_change(article, sentence, cue, company, person=incoming, role=role.detail, previous=previous, how=how)]


def _steps_in(article: Article, sentence: Sentence, cue: Cue, crowd: list[Named]) -> list[Candidate]:
    """Read "Paul Hart resigned. Jane Roe will take over." / "... Marie Roux assure l'intérim.".

    A cue that gives no title ("take over", "assure l'intérim") takes the one a departure left in
    the sentence before: the title right next to the leaver's name there.
    """
    if not _STEPS_IN.search(article.folded, cue.start, cue.end):
        return []
    person = next(
        (p for p in reversed(crowd) if p.end <= cue.start and _SUBJECT_GAP.fullmatch(article.folded, p.end, cue.start)),
        None,
    ) or subject_person(article, crowd, cue.start)
    # The departure stands in an earlier clause ("X a été démis ; Y assure l'intérim"), else the sentence before.
    clause_start = sentence.clauses.span_of(cue.start)[0]
    exits = [(sentence, c) for c in sentence.cues if c.family == "leadership_out" and c.end <= clause_start]
    if not exits and sentence.index > 0:
        earlier = article.sentence(sentence.index - 1)
        exits = [(earlier, c) for c in earlier.cues if c.family == "leadership_out"]
    if person is None or not exits:
        return []
    before, exit_cue = exits[0]
    named = people(article, before)
    leaver = next((p for p in reversed(named) if p.end <= exit_cue.start), None) or next(
        (p for p in named if exit_cue.end <= p.start <= exit_cue.end + _TITLE_REACH), None
    )
    role = next(
        (
            c
            for c in before.cues
            if leaver is not None
            and c.family == "role"
            and c.detail in TRACKED_ROLES
            and (0 <= leaver.start - c.end <= NEAR or 0 <= c.start - leaver.end <= NEAR + 2)
        ),
        None,
    )
    if leaver is None or role is None or leaver.name == person.name:
        return []
    company, how = change_company(article, sentence, cue, None, person)
    if company is None:
        return []
    return [
        _change(article, sentence, cue, company, person=person.name, role=role.detail, previous=leaver.name, how=how)
    ]


_STEPS_IN = re.compile(r"(?:take over|takes over|step in|steps in|assure l'intérim|assurera l'intérim)$")
"""Cues that take over whatever title was just vacated."""


def _vacant_role(article: Article, sentence: Sentence) -> Cue | None:
    """The tracked title right after a succession verb ("to replace former chief executive Jane Roe"), if any.

    Not when a newcomer is named before the verb ("named Jane Roe CEO, replacing co-founder John Doe"): that
    sentence filled the post, and the next sentence's naming is another one. A founder is never a post to fill.
    """
    for verb in sentence.cues:
        if verb.family == "leadership_in" and verb.detail == "succeeds":
            named = any(c.family == "leadership_in" and c.end <= verb.start for c in sentence.cues)
            if named and any(p.end <= verb.start for p in people(article, sentence)):
                continue
            title = next(
                (
                    c
                    for c in sentence.cues
                    if c.family == "role"
                    and c.detail in TRACKED_ROLES
                    and c.detail != "founder"
                    and 0 <= c.start - verb.end <= _TITLE_REACH
                ),
                None,
            )
            if title is not None:
                return title
    return None


def _contender(article: Article, sentence: Sentence, cue: Cue, crowd: list[Named]) -> list[Candidate]:
    """Read "Pour la présidence, Jane Roe fait figure de favorite": the title stands before the name, in the clause.

    Only for the contender cues (their rumour reading makes the change a rumour).
    """
    if not any(c.family == "modality_rumor" and c.start == cue.start for c in sentence.cues):
        return []
    person = subject_person(article, crowd, cue.start)
    if person is None:
        return []
    clause_start = sentence.clauses.span_of(cue.start)[0]
    roles = _roles(sentence, clause_start, person.start, cue.start)
    if roles:
        company, how = change_company(article, sentence, cue, roles[-1], person)
        role_name: str | None = roles[-1].detail
    else:
        # "Le conseil de X doit désigner son futur DG. (...) Jane Roe fait figure de favorite."
        company, role_name, how = _pending_post(article, sentence)
    if company is None or role_name is None:
        return []
    return [_change(article, sentence, cue, company, person=person.name, role=role_name, previous=None, how=how)]


def _pending_post(article: Article, sentence: Sentence) -> tuple[CompanyMention | None, str | None, str]:
    """The post a board is about to fill, named in the sentence before: its company and title."""
    if sentence.index == 0:
        return None, None, ""
    earlier = article.sentence(sentence.index - 1)
    for verb in earlier.cues:
        if verb.family != "leadership_in" or verb.detail != "named":
            continue
        title = next(iter(_roles(earlier, verb.end, verb.end + _ROLE_REACH, verb.start)), None)
        if title is not None:
            company, _ = change_company(article, earlier, verb, title, None)
            return company, title.detail, "anaphor"
    return None, None, ""


def _appositive(article: Article, sentence: Sentence, cue: Cue, crowd: list[Named]) -> list[Candidate]:
    """Read "Jane Roe, the new CEO of X" and "le nouveau PDG de X, Jane Roe": the title and the name side by side.

    Only a name in apposition counts: "the new CEO would set a plan" names nobody.
    """
    role = next((r for r in _roles(sentence, cue.end, cue.end + 2, cue.start) if r.start - cue.end <= 1), None)
    if role is None or _GOVERNED_TITLE.search(article.folded, max(0, cue.start - _GOVERNED_REACH), cue.start):
        return []  # "got that post under new CEO Jim Skinner": the leader as a setting, not the news
    folded = article.folded
    person = next(
        (p for p in reversed(crowd) if p.end <= cue.start and _APPOSITIVE_GAP.fullmatch(folded, p.end, cue.start)),
        None,
    )
    company = role_company(article, sentence, role, None)
    title_end = company.end if company is not None and company.start >= role.end else role.end
    # "la nouvelle CEO de l'entreprise, Jane Roe": a description of the company may own the title too
    owned = _OF_DESCRIPTION.match(folded, title_end)
    title_end = (article.anaphor_at(owned.end()) if owned is not None else None) or title_end
    person = person or next(
        (p for p in crowd if p.start >= title_end and _TITLE_THEN_NAME.fullmatch(folded, title_end, p.start)), None
    )
    if person is None:
        return []
    company, how = change_company(article, sentence, cue, role, person)
    if company is None:
        return []
    previous = _previous_holder(article, company.id, role.detail, person.name)
    return [_change(article, sentence, cue, company, person=person.name, role=role.detail, previous=previous, how=how)]


def _hand_over(article: Article, sentence: Sentence, cue: Cue, crowd: list[Named]) -> list[Candidate]:
    """Read "Jane Roe will hand over to John Doe", "Roe's job will go to Doe", "his successor as CEO will be Doe".

    The one leaving stands before the cue (or is the "his" / "son" of the cue: the last person named
    just before); the newcomer is the first name after it; the title is the one between, else the leaver's.
    """
    clause_start, clause_end = sentence.clauses.span_of(cue.start)
    if any(c.family == "leadership_out" and clause_start <= c.start < cue.start for c in sentence.cues):
        return []  # "will retire and hand over to John Doe": the departure reads it, with its tense
    # « transmet son poste de CEO à X »: the post between the verb and « à », the newcomer after it.
    post_end = handed_post_end(article.folded, cue)
    after = post_end if post_end is not None else cue.end
    newcomer = next((p for p in crowd if after <= p.start <= after + _ROLE_REACH // 2 and p.start < clause_end), None)
    leaving = next((p for p in reversed(crowd) if p.end <= cue.start), None) or pronoun_antecedent(
        article, sentence, cue, POSSESSIVE
    )
    if post_end is not None:
        leaving = leaving or pronoun_antecedent(article, sentence, cue)  # « il transmet son poste à X »
    if newcomer is None or leaving is None or newcomer.name == leaving.name:
        # « Le PDG de X, 64 ans, cédera sa place à Y »: a leaver told by a title alone
        return _titled_hand_over(article, sentence, cue, newcomer, clause_start) if newcomer and not leaving else []
    # "his successor as CEO will be": the title after "as"; "hand over to chief executive John Doe":
    # the newcomer's present title, not the one handed over, which is the leaver's.
    stated = (
        _roles(sentence, cue.end, cue.end + 2, cue.start) if article.folded.endswith(" as", cue.start, cue.end) else []
    )
    if post_end is not None:
        stated = _roles(sentence, cue.end, post_end, cue.start)
        if any(_UNIT_OF.match(article.folded, r.end) or _COMMITTEE_OF.match(article.folded, r.end) for r in stated):
            return []  # « confie la présidence de sa filiale à X »: a unit's post
    own = [
        r
        for r in _roles(sentence, max(0, leaving.start - _TITLE_REACH), leaving.start, cue.start)
        if leaving.start - r.end <= NEAR
    ]
    titles = stated or own
    role = titles[-1] if titles else None
    role_name = role.detail if role is not None else _known_role(article, leaving.name)
    # "will hand over to Jane Roe as chief executive", « laisser sa place à Jeanne Roux à la tête de X »: the post
    # handed over named right after the newcomer.
    role_name = role_name or _title_after(article, sentence, crowd, newcomer.name)
    if role_name is None and _TOP_JOB.search(article.folded, cue.start, cue.end) is not None:
        role_name = "CEO"  # "John Doe will hand the reins to Jane Roe, Danone said": the reins are the company's
    if role_name is None:
        return []
    company, how = change_company(article, sentence, cue, role, leaving)
    if company is None and post_end is not None:
        # « Jane Roe, patronne de la fintech X, explique qu'elle transmet son poste à Y »: the leaver's apposed title.
        named = next((p for p in people(article, sentence) if p.name == leaving.name), leaving)
        company = _held_company(article, sentence, named, role_name) or _described_employer(article, sentence, named)
    if company is None:
        return []
    return [
        _change(article, sentence, cue, company, person=newcomer.name, role=role_name, previous=leaving.name, how=how)
    ]


_TITLE_OPENS_CLAUSE = re.compile(r"\W*(?:(?:le|la|l'|the)[ ]?)?")
"""Before a title that is a clause's subject: an article at most (« Le PDG de X cédera sa place à Y »)."""


def _titled_hand_over(
    article: Article, sentence: Sentence, cue: Cue, newcomer: Named, clause_start: int
) -> list[Candidate]:
    """Read a hand-over whose leaver is told by a title alone: « Le PDG de X, 64 ans, cédera sa place à Y ».

    The title opens the clause and names its company; the leaver stays unnamed (session 26: a roundup names him in
    the sentence before, "Autre patron à partir : Jane Roe."). A title whose company is not found gives nothing.
    """
    role = next(
        (
            r
            for r in _roles(sentence, clause_start, cue.start, cue.start)
            if r.detail in TRACKED_ROLES
            and r.detail != "founder"
            and _TITLE_OPENS_CLAUSE.fullmatch(article.folded, clause_start, r.start) is not None
        ),
        None,
    )
    if role is None or _UNIT_OF.match(article.folded, role.end) is not None:
        return []
    company, how = change_company(article, sentence, cue, role, None)
    if company is None or role_company(article, sentence, role, None) is None:
        return []  # only the company the title names: "The chief executive will hand over to X" names none
    return [_change(article, sentence, cue, company, person=newcomer.name, role=role.detail, previous=None, how=how)]


def _described_employer(article: Article, sentence: Sentence, person: Named) -> CompanyMention | None:
    """The company a described owner of the title apposed to ``person`` names: ", le patron de la fintech X,"."""
    title = next(
        (
            c
            for c in sentence.cues
            if c.family == "role" and c.detail in TRACKED_ROLES and 0 <= c.start - person.end <= NEAR + 2
        ),
        None,
    )
    owner = sentence.company_after(title.end, within=_DESCRIBED_REACH) if title is not None else None
    if owner is None or title is None or not _DESCRIBED_OWNER.fullmatch(article.folded, title.end, owner.start):
        return None
    return owner


_TOP_JOB = re.compile(r"\b(?:the reins|the top job|the helm|les rênes)\b")
"""A handed-over post that names itself: a company's reins are its chief executive's (not "the baton", "la main")."""


def _replaced(folded: str, person: Named) -> bool:
    """Whether ``person`` is the one replaced ("to succeed Jane Roe as CEO"), so no newcomer of the title after."""
    match = _SUCCESSOR.search(folded, max(0, person.start - 30), person.start)
    return (
        match is not None
        and match.end() == person.start
        and not _BY_SUCCESSOR.search(folded, match.start(), match.end())
    )


def _adjacent(sentence: Sentence, folded: str, end: int, start: int) -> bool:
    """Whether a name ending at ``end`` stands next to a title at ``start``, a hidden apposition allowed between."""
    if _PAIR_GAP.fullmatch(folded, end, start):
        return True
    return any(
        end <= aside_start <= end + 1 and _PAIR_GAP.fullmatch(folded, aside_end, start)
        for aside_start, aside_end, _ in sentence.clauses.hidden
    )


def _implied(article: Article, sentence: Sentence, cue: Cue, crowd: list[Named]) -> list[Candidate]:
    """Read "Jane Roe runs Airbus", "left Uber to chair Airbus", "dirige Airbus": the verb gives the role."""
    implied = _IMPLIED_ROLE.search(article.folded, cue.start, cue.end)
    if implied is None:
        return []
    joined = sentence.company_after(cue.end, within=NEAR)
    if joined is not None and _POSSESSED_THING.match(article.folded, joined.end):
        return []  # "named to lead Danone's task force", "to run X's review": the thing owned, not the company
    owner = sentence.company_after(cue.end, within=_OWNER_REACH)
    if joined is None and owner is not None and _OWNER_GAP.fullmatch(article.folded, cue.end, owner.start):
        joined = owner  # "takes the helm at X", "prend les rênes de X"
    described = sentence.company_after(cue.end, within=_APPOSED_REACH) if joined is None else None
    if described is not None and (
        (
            described.start <= cue.end + _DESCRIBED_REACH
            and _DESCRIBED_OWNER.fullmatch(article.folded, cue.end, described.start)
        )
        or (
            _DESCRIBED_APPOSED.fullmatch(article.folded, cue.end, described.start)
            and not _UNIT_WORD.search(article.folded, cue.end, described.start)
        )
    ):
        # "prendre les rênes du géant du luxe Kering", "to run the French carmaker Renault", « prendra la tête du
        # numéro 2 mondial des vins et spiritueux, Pernod Ricard »
        joined = described
    # "its finance chief, Thomas Seifert, would run X": the name right before the verb is its subject.
    person = (
        next(
            (
                p
                for p in reversed(crowd)
                if p.end <= cue.start
                and (
                    _SUBJECT_GAP.fullmatch(article.folded, p.end, cue.start)
                    or _NAMED_TO_GAP.fullmatch(article.folded, p.end, cue.start)
                )
            ),
            None,
        )
        or subject_person(article, crowd, cue.start)
        or pronoun_antecedent(article, sentence, cue)
    )
    board = _HEAD_OF_BOARD.match(article.folded, cue.end)
    if board is not None and person is not None:
        # « prendre la tête du conseil d'administration (de X) »: the firm after the board, else the story's (the
        # newcomer's former firm in an aside, « l'ex-patron de Y, X, », is not the board's)
        joined = (
            sentence.company_after(board.end(), within=_OF_GAP)
            or story_company(article)
            or change_company(article, sentence, cue, None, person)[0]
        )
    if joined is None and person is not None and _BOARD_OBJECT.match(article.folded, cue.end):
        joined = change_company(article, sentence, cue, None, person)[0]  # "préside désormais le conseil"
    if joined is None and person is not None and _NAMED_ANAPHOR.match(article.folded, cue.end):
        joined = story_company(article)  # "would run the chipmaker", "dirigera le groupe": the story's company
    if person is None or joined is None or region_after(article, joined):
        return []  # also "prend la tête de GM Amérique du Nord": a regional unit
    chairs = implied.group(0).endswith(("chair", "préside", "présider", "présidera"))
    # « dirigera désormais le conseil d'administration », "will lead the board": a board led is chaired (session 26)
    role = "chair" if chairs or board is not None or _BOARD_OBJECT.match(article.folded, cue.end) else "CEO"
    previous = _previous_holder(article, joined.id, role, person.name)
    return [_change(article, sentence, cue, joined, person=person.name, role=role, previous=previous, how="")]


_UNIT_SUBJECT = re.compile(
    r"\W*(?:(?:its|their|the|sa|son|ses|la|le|l')[ ]?)?(?:[\w\-]+[ ]){0,3}?"
    r"(?:joint[ ]venture|venture|unit|subsidiary|division|arm|affiliate|filiale|coentreprise|co-entreprise|branche)s?"
    r"(?:'s|\u2019s)?(?:[ ](?:with|in|avec|en)[ ][^,;:]{1,40}?)?(?:[ ][a-zà-ÿ\-]+){0,2}?[ ]?"
)
"""A clause whose subject is a unit the story's company owns ("Its joint venture with X named ...", "The unit's new
chief executive ...", « Sa filiale allemande a nommé ... »): the change is the unit's, never its owner's (session 26).
A unit followed by its own name ("Valeo's subsidiary Orvane named ...") is a company, and is read."""


def leadership_in(article: Article, sentence: Sentence, cue: Cue, _money: list[MoneyMention]) -> list[Candidate]:
    """Read "X named Jane Roe CEO", "Jane Roe becomes chairman", "Jane Roe succeeds John Doe as CEO"."""
    if (
        # "Its joint venture with X named ...": a unit's change, not its owner's
        _UNIT_SUBJECT.fullmatch(article.folded, sentence.clauses.span_of(cue.start)[0], cue.start) is not None
        # ", named CEO in 2019,": a reduced relative that describes its holder
        or (article.folded.startswith(",", cue.start) and sentence.clauses.aside_at(cue.start) is not None)
        or _biography(article, sentence, cue)
        or _not_a_naming(article.folded, cue)
        or unowned_post(article.folded, cue)  # "depuis sa nomination", "sa nomination a surpris": no change told
        or recalled_naming(article.folded, cue)  # "depuis l'arrivée de X à la tête de Y": a tenure
        or _quoted_praise(article, sentence, cue)
        # "was the hand-picked successor to John Doe": who she was, no change told
        or (cue.detail == "succeeds" and _WAS_SUCCESSOR.search(article.folded, max(0, cue.start - 40), cue.start))
    ):
        return []
    crowd = _visible(article, sentence, people(article, sentence), cue)
    if cue.detail == "succeeds":
        relative = _relative_succession(article, sentence, cue)
        return relative if relative is not None else _succession(article, sentence, cue, crowd)
    if cue.detail == "hands_over":
        return _hand_over(article, sentence, cue, crowd)
    frame = (
        _appositive
        if _APPOSITIVE.fullmatch(article.folded, cue.start, cue.end)
        else _goes_to
        if _GOES_TO.search(article.folded, cue.start, cue.end)
        else None
    )
    if frame is not None:
        return frame(article, sentence, cue, crowd)
    found = []
    hirer = sentence.company_before(cue.start) if _POACH.search(article.folded, cue.start, cue.end) else None
    pairs = _pairs(article, sentence, cue, crowd)
    if not pairs:
        return (
            _implied(article, sentence, cue, crowd)
            or _replacement(article, sentence, cue, crowd)
            or _contender(article, sentence, cue, crowd)
            or _steps_in(article, sentence, cue, crowd)
        )
    to_board = _TO_BOARD.search(article.folded, cue.end, sentence.clauses.span_of(cue.start)[1])
    for person, role in pairs:
        if to_board is not None and role.end <= person.start:
            continue  # "named Danone chief executive Jane Roe to its board": her title describes her; a seat is given
        if (
            _UNIT_OF.match(article.folded, role.end) or _COMMITTEE_OF.match(article.folded, role.end)
        ) or _RUN_BY.search(article.folded, max(0, role.start - _TITLE_REACH), role.start):
            continue  # a unit's head ("named CEO of Danone's US unit"), a holder described
        company, how = change_company(article, sentence, cue, role, person)
        if company is not None and how == "anaphor":
            company = newcomer_elsewhere(article, person, role, company)
        if company is None or _holds_already(article, sentence, person, role, company):
            continue  # no company, or the title already held there
        if hirer is not None and hirer.id != company.id:
            # "Orvane poached Quenby chief Claire Dufrenne": she leaves Quenby and joins Orvane.
            found.append(
                _change(article, sentence, cue, company, person=None, role=role.detail, previous=person.name, how="")
            )
            if _TO_RUN_UNIT.search(article.folded, person.end, sentence.clauses.span_of(cue.start)[1]):
                continue  # "poached Airbus finance chief X to head its European operations": a unit post at the hirer
            company, how = hirer, ""
        previous, _ = _other_person(article, sentence, crowd, role.end)
        previous = previous or _taken_from(article, sentence, cue, crowd, role.end)
        previous = previous or next((p.name for p in crowd if _POSSESSED_POST.match(article.folded, p.end)), None)
        previous = previous or _relative_replaced(article, sentence, max(person.end, role.end))
        previous = previous if previous != person.name else None
        previous = previous or _previous_holder(article, company.id, role.detail, person.name)
        found.append(
            _change(article, sentence, cue, company, person=person.name, role=role.detail, previous=previous, how=how)
        )
    return found


_TAKE_CUE = re.compile(r"\b(?:take|takes|took|taking|taken)\b")
"""Cues of taking a post ("takes over as", "took the helm as"): a "from" after the title names its last holder."""

_FROM_HOLDER = re.compile(r"[ ]from[ ](?:the[ ]|its[ ])?(?:[a-z\-]+[ ]){0,2}$")
"""Between a title and the holder it is taken from: "from John Doe", "from outgoing boss John Doe"."""

_FROM_REACH = 40


def _taken_from(article: Article, sentence: Sentence, cue: Cue, crowd: list[Named], after: int) -> str | None:
    """The one a post is taken from: "Jane Roe takes over as Danone CEO from John Doe" (within the clause).

    Only after a cue of taking, and only a person right after "from": "took over as CEO from Google" or
    "joined as CEO from rival Orvane" name a company, which is where the newcomer comes from.
    """
    if _TAKE_CUE.search(article.folded, cue.start, cue.end) is None:
        return None
    clause_end = sentence.clauses.span_of(cue.start)[1]
    return next(
        (
            p.name
            for p in crowd
            if after <= p.start <= min(after + _FROM_REACH, clause_end)
            and _FROM_HOLDER.search(article.folded, after, p.start) is not None
            and "," not in article.text[after : p.start]
        ),
        None,
    )


def _goes_to(article: Article, sentence: Sentence, cue: Cue, crowd: list[Named]) -> list[Candidate]:
    """Read "La présidence reviendra à Jane Roe", "the CEO post will go to Jane Roe": title before, name after."""
    role = next(
        (r for r in reversed(_roles(sentence, sentence.start, cue.start, cue.start)) if cue.start - r.end <= _GOES_GAP),
        None,
    )
    person = next((p for p in crowd if cue.end <= p.start <= cue.end + NEAR), None)
    if role is None or person is None:
        return []
    company, how = change_company(article, sentence, cue, role, person)
    if company is None:
        return []
    previous = _previous_holder(article, company.id, role.detail, person.name)
    return [_change(article, sentence, cue, company, person=person.name, role=role.detail, previous=previous, how=how)]


def _regional_unit(article: Article, sentence: Sentence, role: Cue) -> bool:
    """Whether the title's company is followed by a region ("chief executive of Danone North America"): its unit."""
    owner = sentence.company_after(role.end, within=NEAR + 3)
    if owner is None:
        return False
    region = _NEXT_WORDS.match(article.folded, owner.end)
    return region is not None and (region.group(1) in PLACES or region.group(2) in PLACES)


def _named_after_title(article: Article, sentence: Sentence, cue: Cue, crowd: list[Named]) -> bool:
    """Whether a name follows the title right after the cue ("the newly appointed CEO, Jane Roe")."""
    role = next((r for r in _roles(sentence, cue.end, cue.end + 2, cue.start) if r.start - cue.end <= 1), None)
    return role is not None and any(role.end <= p.start <= role.end + NEAR for p in crowd)


_GENERIC_LEAD = re.compile(r"(?:to|will|would)[ ](?:lead|run|head)$")


def _quoted_praise(article: Article, sentence: Sentence, cue: Cue) -> bool:
    """Whether a bare "to lead / will run X" stands inside a quotation: praise, not the announcement.

    '"No one is better placed to lead X than Jane Roe," the chairman said' names nobody; the story's own
    narrative sentence does.
    """
    return bool(
        _GENERIC_LEAD.fullmatch(article.folded, cue.start, cue.end)
        and article.text.count('"', sentence.start, cue.start) % 2 == 1
    )


_SINCE_CLAUSE = re.compile(
    r"\b(?:since|ever since|depuis qu'|depuis que)[ ]?(?:[\w'\-]+[ ]){0,3}$|\bdepuis[ ](?:son|sa|leur)[ ]$"
)
"""A naming inside "since ..." dates a tenure ("the favourite since he was made COO in 1996", "depuis son arrivée à
la direction générale"), not news."""


_CONTINUES = re.compile(r"\b(?:continue|continues|continued|continuing|continuera|continuer)(?:[ ]à|[ ]de)?[ ]$")
"""Before a verb of leading, a tenure that goes on ("will continue to lead X", "continuera de diriger X"): no change."""


_NE_BEFORE = re.compile(r"(?:\bne[ ]|\bn')$")
_NOT_AFTER = re.compile(r"[ ](?:pas|plus|jamais)\b")
"""A French negation around the cue: « X ne deviendra pas pour autant présidente »."""

_NEGATED_BEFORE = re.compile(
    r"\bn(?:e[ ]|')(?:[a-zé]+[ ])?(?:pas|plus|jamais)[ ](?:encore[ ])?(?:été[ ]|être[ ])?$"
    r"|\b(?:not|never|n't)[ ](?:yet[ ])?(?:be[ ]|been[ ])?$|\b(?:yet|still)[ ]to[ ]be[ ]$"
)
"""A negation before the cue: « ne sera pas nommé », « n'a pas encore été nommée », "will not become", "was never
named", "a successor has yet to be named" (the post still open)."""

_NEGATION_REACH = 24

_QUOTE_AFTER = re.compile(r"[ ]?[\"\u201c\u00ab]")
"""An opening quotation mark right after "named": a name given to a thing ('named "The Day of the CEO Departure"')."""


def _negated_or_quoted(folded: str, cue: Cue) -> bool:
    """Whether the naming is denied or names a thing.

    Denied: "ne deviendra pas présidente", "n'a pas été nommé", "will not become CEO". A thing: "named" before a quoted
    phrase ('must be formally named "The Day of the CEO Departure"').
    """
    if _NEGATED_BEFORE.search(folded, max(0, cue.start - _NEGATION_REACH), cue.start) or (
        _NE_BEFORE.search(folded, max(0, cue.start - 4), cue.start) and _NOT_AFTER.match(folded, cue.end)
    ):
        return True
    return folded.endswith("named", cue.start, cue.end) and _QUOTE_AFTER.match(folded, cue.end) is not None


_FIRST_TO = re.compile(
    r"\b(?:the|la|le)[ ](?:first|only|youngest|oldest|première|premier|seule|seul|plus[ ]jeune)[ ]"
    r"(?:[\w\-]+[ ]){0,3}$"
)
"""A superlative before the verb: "the first woman to lead", "la première femme à diriger": a description."""


def _not_a_naming(folded: str, cue: Cue) -> bool:
    """Whether a naming cue only looks like one.

    A choice of what to do, a tenure's start or its going on, a holder in a relative.
    """
    if _CONTINUES.search(folded, max(0, cue.start - 16), cue.start) or _FIRST_TO.search(
        folded, max(0, cue.start - 40), cue.start
    ):
        return True  # also "is the first woman to lead the company": who she is, no change told
    if folded.endswith("re-", 0, cue.start) or _negated_or_quoted(folded, cue):
        return True  # "re-elected chairman", "re-appointed as CEO": a term renewed, the holder unchanged
    if _CHOICE.search(folded, cue.start, cue.end) and _INFINITIVE.match(folded, cue.end):
        return True
    if _SINCE_CLAUSE.search(folded, max(0, cue.start - 40), cue.start):
        return True
    if _STATE_VERB.search(folded, cue.start, cue.end) and (
        _SINCE.search(folded, cue.end, cue.end + _ROLE_REACH // 2)
        or _STATE_ADVERB.search(folded, max(0, cue.start - 12), cue.start)
        or _STATE_ADVERB_AFTER.match(folded, cue.end)
    ):
        return True  # "dirige Danone depuis 2021", "currently runs X": a tenure, not a change
    return bool(
        _STATE_VERB.search(folded, cue.start, cue.end)
        and _RELATIVE_BEFORE.search(folded, max(0, cue.start - 20), cue.start)
    )


def _holds_already(article: Article, sentence: Sentence, person: Named, role: Cue, company: CompanyMention) -> bool:
    """Whether the story says ``person`` holds ``role`` now ("X, actuel président, deviendrait président").

    The title held must be at the company of the new one: "Jane Roe, actuelle présidente de Michelin, comme
    nouvelle présidente de Renault" is a change. A later sentence ("Roe would become non-executive chair") may
    rely on an earlier one that gave her the title ("Roe, the current chair of X").
    """
    titles = _current_titles(article)
    for index in (sentence.index, *(i for i in titles if i < sentence.index)):
        current = [c for c in titles.get(index, ()) if c.detail == role.detail and c.start != role.start]
        if not current:
            continue  # most sentences: no "current <title>", so no need to find their people
        other = article.sentence(index)
        near = [p for p in people(article, other) if p.name == person.name]
        for c in current:
            if any(abs(c.start - p.end) <= _CURRENT_REACH for p in near):
                held_at = role_company(article, other, c, None)
                if held_at is None or held_at.id == company.id:
                    return True
    return False


def _current_titles(article: Article) -> dict[int, list[Cue]]:
    """The story's titles told as held now ("X, actuel président"), by sentence index; found once per story.

    Every role cue asks whether its newcomer already holds the title somewhere earlier: scanning each earlier
    sentence per cue was quadratic in a long story's length.
    """
    if article.current_titles is None:
        found: dict[int, list[Cue]] = {}
        for cue in article.cues:
            index = article.sentence_index(cue.start)
            if cue.family != "role" or index < 0 or cue.start >= article.spans[index][1]:
                continue
            start = max(article.spans[index][0], cue.start - 30)
            if _CURRENT.search(article.folded, start, cue.start) is not None:
                found.setdefault(index, []).append(cue)
        article.current_titles = found
    return article.current_titles


def _unit_post_after(article: Article, sentence: Sentence, name: str, start: int) -> bool:
    """Whether the newcomer ``name``, named from ``start`` on, is given a unit's post right after her name.

    « sera remplacé par Jane Roe, membre du conseil, à la tête de la branche Défense du groupe »: she heads a unit,
    not the company (session 26).
    """
    after = next((p for p in people(article, sentence) if p.name == name and p.start >= start), None)
    if after is None:
        return False
    reach = min(sentence.end, after.end + _UNIT_POST_REACH)
    return _UNIT_POST.search(article.folded, after.end, reach) is not None


_BODY_ELECTION = re.compile(
    r"\b(?:élue?|elected|voted)[ ](?:[\w']+[ ]){0,3}?(?:(?:as[ ])?(?:président|présidente|president|chair|chairman"
    r"|chairwoman|head)|à[ ]la[ ](?:présidence|tête))[ ](?:de|du|des|d'|of)[^.;]{0,60}?\b(?:fédération|federation"
    r"|union|association|syndicat|confédération|confederation|chambre|chamber|ordre|patronat|medef|lobby"
    r"|trade[ ]body|trade[ ]group|industry[ ]body|institute|society)\b"
)
"""An election to head a trade body, a federation or an employers' union: « élu président de la Fédération X »,
"elected chair of the Y association". Such a body is no company: a bare "Il succède à Y" of that story is the seat at
the body, never a change at the newcomer's own firm."""


def _body_seat(article: Article, sentence: Sentence) -> bool:
    """Whether a succession sentence naming no company stands in a story of an election to head a non-company body."""
    return not sentence.companies and _BODY_ELECTION.search(article.folded) is not None


def _succession(article: Article, sentence: Sentence, cue: Cue, crowd: list[Named]) -> list[Candidate]:
    """Read "Paul Martin succède à Jean Durand (comme PDG)": the name after the verb is the one leaving.

    "elle succède à Jean Durand": the newcomer is the one the pronoun stands for. Candidates ("is
    among candidates to succeed Jean Durand") are a rumour; with none named, the leaver's exit is a plan.
    """
    clause_start = sentence.clauses.span_of(cue.start)[0]
    contest = _CANDIDATES.search(article.folded, clause_start, cue.start) is not None
    newcomer = next((p for p in reversed(crowd) if p.end <= cue.start), None) or pronoun_antecedent(
        article, sentence, cue
    )
    leaving = next((p for p in crowd if cue.end <= p.start <= cue.end + NEAR), None) or _titled_leaver(
        article, sentence, cue, crowd
    )
    him_with = _HIM_WITH.match(article.folded, cue.end)
    if him_with is not None and (after := _described_newcomer(article, crowd, him_with.end())):
        # "fired its CFO, Jane Roe, and replaced her with John Doe": the pronoun is the leaver, named before.
        leaving = newcomer or earlier_person(article, sentence, clause_start, exclude=after.name)
        newcomer = after
    described = newcomer is None and _DESCRIBED_SUBJECT.fullmatch(article.folded, clause_start, cue.start)
    if described:
        # "X named Jane Roe CEO. The 27-year company veteran replaces John Doe": the description is the newcomer.
        newcomer = earlier_person(article, sentence, clause_start, exclude=leaving.name if leaving else None)
    if newcomer is None:
        # "X replaced CEO Jane Roe (, who ...,) with John Doe": the leaver after the verb, the newcomer after "with".
        leaving = leaving or next((p for p in crowd if cue.end <= p.start <= cue.end + _TITLE_REACH), None)
        newcomer = _with_newcomer(article, crowd, leaving, cue) if leaving is not None else None
    comma = article.folded.find(",", leaving.end if leaving is not None else cue.end, sentence.end)
    before = comma if comma >= 0 else None
    if contest and leaving is not None and newcomer is None:
        company, how = change_company(article, sentence, cue, None, leaving, before=before)
        if company is None:
            return []
        held = _known_role(article, leaving.name)
        change = _change(article, sentence, cue, company, person=None, role=held, previous=leaving.name, how=how)
        change.modality = "plan"  # "is interviewing candidates to replace Jane Roe": her exit is decided
        return [change]
    folded = article.folded
    pronoun = (
        _HIM.search(folded, cue.start, cue.end + 4)
        or folded.startswith(("lui ", "le ", "la "), cue.start)  # "lui succède", « Jane Roe le remplacera »
        or folded.endswith((" lui ", " le ", " la "), max(0, cue.start - 5), cue.start)
    )
    if leaving is None and newcomer is not None and pronoun:
        # "Jane Roe will replace him", "Jane Roe lui succède": the one named before the clause, or before the
        # newcomer when one clause holds both ("announced the retirement of CEO John Doe, and named Jane Roe to
        # succeed him").
        bound = max(clause_start, newcomer.start) if newcomer.end <= cue.start else clause_start
        leaving = earlier_person(article, sentence, bound, exclude=newcomer.name)
    if newcomer is None or leaving is None or newcomer.name == leaving.name or _quits(article, sentence, newcomer, cue):
        return []
    clause_end = sentence.clauses.span_of(cue.start)[1]
    described_from = _newcomer_described_from(article, leaving, newcomer)
    # "Jane Roe succeeds John Doe as CEO": the title after the leaver; one before the newcomer
    # ("Safran chief Jane Roe ... to replace John Doe") is hers elsewhere.
    role = next(
        (
            r
            for r in _roles(
                sentence,
                leaving.end,
                min(
                    clause_end,
                    leaving.end + _OUT_ROLE_REACH,
                    _coordinated_naming_at(article, sentence, leaving.end),
                    described_from or clause_end,
                ),
                cue.start,
            )
            if not _HELD_TITLE.search(article.folded, max(0, r.start - 30), r.start)  # ", the company's previous CEO"
        ),
        None,
    )
    # "replaced Jane Roe with Safran boss John Doe as its CEO": the title after the newcomer.
    role = role or (_title_as(article, sentence, newcomer, cue) if described_from is not None else None)
    # "désigné Jane Roe, actuelle DG de X, à la présidence du directoire, à la place de John Doe": the title
    # between the newcomer and the verb that she neither holds nor held.
    # "Jane Roe a pris la présidence de X, où elle remplace John Doe": a pronoun's antecedent named in the sentence.
    named_here = next(
        (p for p in people(article, sentence) if p.name == newcomer.name and p.end <= cue.start), newcomer
    )
    role = role or next(
        (
            r
            for r in reversed(_roles(sentence, min(newcomer.end, named_here.end), cue.start, cue.start))
            if not _HELD_TITLE.search(article.folded, max(0, r.start - 30), r.start)
            and (r.start >= newcomer.end or sentence.clauses.aside_at(r.start) is None)  # ", CFO of X," is held
            and not _apposed_to(article, newcomer.end, r, cue.start)  # "Jane Roe, Korvex's CEO, will succeed"
        ),
        None,
    )
    # "named Jane Roe head of its European business, replacing John Doe": a unit's head.
    # "a confié la direction des marques à Jane Roe, à la place de John Doe": a department given.
    unit = (role is not None and _UNIT_OF.match(article.folded, role.end) is not None) or (
        role is None
        and (
            _UNIT_HEAD.search(article.folded, newcomer.end, cue.start) is not None
            or _DEPARTMENT.search(article.folded, clause_start, cue.start) is not None
            or (newcomer.start > cue.start and _unit_post_after(article, sentence, newcomer.name, cue.end))
        )
    )
    # "named Jane Roe senior vice president, replacing John Doe": an untracked title, still a change. Else the
    # leaver's title; never the newcomer's own ("Ce dernier", the CEO named chair, "succédera à" the chair).
    role_name = role.detail if role is not None else _known_role(article, leaving.name)
    # "devient représentante permanente de X au conseil, où elle remplace Jane Roe": a director's seat; "took the
    # place of Tom Baxter on the podium": a place with no title is no leader's post.
    # "élu président de la fédération ... Il succède à Y": the federation's seat, not his firm's.
    if unit or (
        role_name is None
        and (
            _BOARD_SEAT.search(article.folded, sentence.start, sentence.end)
            or _PLACE_TAKEN.search(article.folded, cue.start, cue.end)
            or _body_seat(article, sentence)
        )
    ):
        return []
    moved_to = _moved_to(article, sentence, newcomer, cue)
    company, how = (moved_to, "") if moved_to else change_company(article, sentence, cue, role, leaving, before=before)
    company, how = _not_newcomers_own(article, sentence, cue, (newcomer, leaving), (company, how), role=role)
    if company is None:
        return []
    changes = [
        _change(article, sentence, cue, company, person=newcomer.name, role=name, previous=leaving.name, how=how)
        for name in _joint_titles(article, sentence, leaving, role_name)
    ]
    changes += (
        _newcomer_leaves(article, sentence, cue, newcomer, described_from=described_from, company=company)
        if described_from is not None
        else []
    )
    if contest:
        for change in changes:
            change.modality = "rumor"
    return changes


_APPOSED_OPEN = re.compile(r",[ ][^,;()]{0,40}")
"""From the newcomer's name to a title inside the apposition right after it."""

_APPOSED_CLOSE = re.compile(r"[^,;()]{0,40},[ ](?:(?:will|would|is[ ]to|is[ ]set[ ]to|is[ ]due[ ]to)[ ])?")
"""From that title to the verb: the apposition closes right before it, or before its auxiliary ("Jane Roe, Korvex's
boss since 2018, will take the place of John Doe")."""


def _apposed_to(article: Article, name_end: int, role: Cue | CompanyMention, verb_start: int) -> bool:
    """Whether ``role`` (a title or its company) stands in an apposition between a name and its verb: held, not taken.

    "Jane Roe, Korvex's chief executive, will succeed John Doe": she runs Korvex; the post she takes is John Doe's.
    """
    folded = article.folded
    return (
        name_end <= role.start
        and _APPOSED_OPEN.fullmatch(folded, name_end, role.start) is not None
        and _APPOSED_CLOSE.fullmatch(folded, role.end, verb_start) is not None
    )


def _not_newcomers_own(
    article: Article,
    sentence: Sentence,
    cue: Cue,
    pair: tuple[Named, Named],
    found: tuple[CompanyMention | None, str],
    *,
    role: Cue | None,
) -> tuple[CompanyMention | None, str]:
    """The succession's company, unless it is the newcomer's own employer named in her apposition.

    "Jane Roe, Korvex's chief executive, will succeed John Doe, who left as CEO of X": Korvex is hers now; the post
    taken is the one the leaver's title names, or none is found (no change rather than one at Korvex). ``pair`` is
    (newcomer, leaver), ``found`` the company found and how.
    """
    (newcomer, leaving), (company, how) = pair, found
    if company is None or not _apposed_to(article, newcomer.end, company, cue.start):
        return company, how
    held = role_company(article, sentence, role, leaving) if role is not None else None
    return (None if held is None or _apposed_to(article, newcomer.end, held, cue.start) else held), ""


_PLACE_TAKEN = re.compile(r"\b(?:take|takes|took|taken|taking)[ ]the[ ]place[ ]of$|\bshoes[ ]of$")
"""Taking someone's place or shoes: a leader's post only when a title says so ("take the place of X as CEO")."""

_SUBJECT_RELATIVE = re.compile(
    r",[ ](?:qui|who)[ ](?:will[ ]|va[ ]|also[ ])?(?:succeeds?|replaces?|takes over from|will take over from"
    r"|succède à|succèdera à|succédera à|succéder à|remplace|remplacera|remplacer|prend la suite de)[ ]"
)
"""A subject relative right after a naming: ", who replaces John Doe", ", qui succède à John Doe"."""


def _relative_replaced(article: Article, sentence: Sentence, end: int) -> str | None:
    """The one replaced in a subject relative hanging on the newcomer: "named Jane Roe CEO, who replaces John Doe".

    The relative is a clause of its own, so the naming's clause does not reach it; its verb of succession and the
    name right after it do.
    """
    relative = _SUBJECT_RELATIVE.match(article.folded, end)
    if relative is None:
        return None  # also ", qui sera remplacé par X": the antecedent leaves, X comes
    return next((p.name for p in people(article, sentence) if relative.end() <= p.start <= relative.end() + NEAR), None)


_OBJECT_RELATIVE = re.compile(
    r",[ ](?:qu'(?:il|elle)|que[ ](?:il|elle)|whom[ ](?:he|she)|who[ ](?:he|she))[ ](?:will[ ]|va[ ])?$"
)
"""An object relative whose subject is a pronoun: "Fritz Henderson, qu'il remplace", "Jane Roe, whom he succeeds"."""


def _relative_succession(article: Article, sentence: Sentence, cue: Cue) -> list[Candidate] | None:
    """Read "le président de X, Jane Roe, a annoncé le départ du DG, John Doe, qu'elle remplace par intérim".

    The relative's antecedent is the one replaced; its pronoun is the main clause's subject, not the name just
    before it. The title is the one the leaver holds. None when the cue heads no such relative.
    """
    relative = _OBJECT_RELATIVE.search(article.folded, max(sentence.start, cue.start - 14), cue.start)
    if relative is None:
        return None
    crowd = people(article, sentence)
    leaving = next((p for p in crowd if p.end == relative.start()), None)
    newcomer = subject_person(
        article, [p for p in crowd if leaving is None or p.name != leaving.name], relative.start()
    )
    if leaving is None or newcomer is None:
        return []
    role = _title_of(article, sentence, leaving)
    company, how = change_company(article, sentence, cue, role, leaving)
    if company is None:
        return []
    role_name = role.detail if role is not None else _known_role(article, leaving.name)
    return [
        _change(article, sentence, cue, company, person=newcomer.name, role=role_name, previous=leaving.name, how=how)
    ]


def _title_of(article: Article, sentence: Sentence, person: Named) -> Cue | None:
    """The tracked title in apposition right before ``person`` ("du directeur général du groupe, Fritz Henderson")."""
    return next(
        (
            r
            for r in reversed(
                _roles(sentence, max(sentence.start, person.start - _ROLE_REACH // 2), person.start, person.start)
            )
            if "," not in article.folded[r.end : person.start - 2]
        ),
        None,
    )


_DESCRIPTION_GAP = re.compile(r"(?:(?![\w\-]*\b(?:by|of|from|under|and|to|for|at)\b)[\w\-.&']+[ ]){1,4}")
"""Words describing a newcomer before the name ("former eBay chief executive"), never a phrase of another
person ("a team led by", "the head of")."""


def _described_newcomer(article: Article, crowd: list[Named], start: int) -> Named | None:
    """The name at ``start`` ("replaced him with John Doe"), or past a short description of her.

    "replaced him with former eBay chief executive Meg Whitman": the title describes the newcomer.
    """
    return next(
        (
            p
            for p in crowd
            if p.start == start
            or (start < p.start <= start + _TITLE_REACH and _DESCRIPTION_GAP.fullmatch(article.folded, start, p.start))
        ),
        None,
    )


_JOINT_TITLES = re.compile(r"[ ]and[ ]|[ ]et[ ]")

_JOINT_GAP = re.compile(r"(?:[ ](?:of|de|du)[ ][^,;.]{1,40}|[ ]d'[^,;.]{1,40})?,?[ ]")
"""From the second title to the name: "chairman, John Doe", "directeur général de Danone, Jean Durand"."""


def _joint_titles(article: Article, sentence: Sentence, leaving: Named, role: str | None) -> list[str | None]:
    """The titles the one replaced held: "its CEO and chairman, John Doe" held both, and hands both over.

    Only two tracked titles joined by "and" / "et" right before the name; else the one title read.
    """
    before = [
        c
        for c in sentence.cues
        if c.family == "role" and c.detail in TRACKED_ROLES and c.end <= leaving.start <= c.end + _OUT_ROLE_REACH
    ]
    if not before or not _JOINT_GAP.fullmatch(article.folded, before[-1].end, leaving.start):
        return [role]
    second = before[-1]
    first = next(
        (
            c
            for c in reversed(sentence.cues)
            if c.family == "role"
            and c.detail in TRACKED_ROLES
            and c.end < second.start
            and _JOINT_TITLES.fullmatch(article.folded, c.end, second.start)
        ),
        None,
    )
    if first is None or first.detail == second.detail or role not in (first.detail, second.detail):
        return [role]
    return [first.detail, second.detail]


_MOVES_TO = re.compile(
    r"\b(?:move|moves|moving|moved|switch|switches|switching|join|joins|joining|joined|go|goes|going|head|heads"
    r"|rejoint|rejoindra|rejoindre|passe|passera|part|partira)[ ](?:over[ ])?(?:to|chez|à|for)?[ ]?"
    r"(?:the[ ]|la[ ]|le[ ])?(?:[\w\-]+[ ]){0,2}$"
)


_MOVE_GAP = 16


def _moved_to(article: Article, sentence: Sentence, newcomer: Named, cue: Cue) -> CompanyMention | None:
    """The company the newcomer moves to right before the succession verb, not the one her present title names.

    "X's acting chief Jane Roe will move to Y to replace him", "Jane Roe rejoint Y pour remplacer John Doe": Y.
    """
    return next(
        (
            c
            for c in sentence.companies
            if newcomer.end <= c.start
            and c.end <= cue.start
            and _MOVES_TO.search(article.folded, max(newcomer.end, c.start - 40), c.start)
            and cue.start - c.end <= _MOVE_GAP  # "to Orvane Holdings to replace": a legal or group word between
        ),
        None,
    )


_LEAVER_TITLE_GAP = re.compile(
    r"[ ](?:the[ ]|its[ ]|le[ ]|la[ ]|l'|son[ ]|sa[ ])?(?:outgoing[ ]|retiring[ ]|departing[ ]|sortante?[ ])?"
)

_OWNER_TO_TITLE = re.compile(r"(?:['\u2019]s)?[ ]")


def _titled_leaver(article: Article, sentence: Sentence, cue: Cue, crowd: list[Named]) -> Named | None:
    """The leaver named after a title right after the succession verb: "will replace CEO John Doe".

    Only a tracked title, and only right after the verb (a determiner or "outgoing" allowed): the title is the
    post handed over, so the name after it is the one who leaves.
    """
    folded = article.folded
    for role in _roles(sentence, cue.end, cue.end + _TITLE_REACH, cue.start):
        if role.detail not in TRACKED_ROLES or role.detail == "founder":
            continue
        if not _LEAVER_TITLE_GAP.fullmatch(folded, cue.end, _past_owner(sentence, folded, cue.end, role.start)):
            return None
        # "heir apparent to retiring Coca-Cola Chairman and Chief Executive Douglas Ivester": two titles, one holder.
        joint = next(
            (r for r in _roles(sentence, role.end, role.end + _TITLE_REACH, cue.start) if r is not role),
            None,
        )
        end = joint.end if joint is not None and _JOINT_TITLES.fullmatch(folded, role.end, joint.start) else role.end
        return next((p for p in crowd if end < p.start <= end + NEAR), None)
    return None


def _past_owner(sentence: Sentence, folded: str, start: int, title_at: int) -> int:
    """Where a leaver's title's owner starts ("will replace Danone chief executive John Doe"), else ``title_at``.

    The owner must end right before the title ("Danone CEO", "Danone's CEO"), so the gap before it is read alone.
    """
    owner = next(
        (
            c
            for c in sentence.companies
            if start < c.start and c.end < title_at and _OWNER_TO_TITLE.fullmatch(folded, c.end, title_at)
        ),
        None,
    )
    return owner.start if owner is not None else title_at


def _quits(article: Article, sentence: Sentence, person: Named, cue: Cue) -> bool:
    """Whether ``person`` is the subject of a departure after the cue's aside.

    "Jim Roe, the executive lined up to succeed him, has quit as well": the designated successor
    leaves; he takes no role.
    """
    folded = article.folded
    verb_at = _after_aside(sentence, person.end)
    apposed = folded.startswith(",", person.end)  # the cue in an apposition to the name, closed before the verb
    return any(
        c.family == "leadership_out"
        and c.start >= cue.end
        and (
            not folded[verb_at : c.start].strip(" ,")
            or (apposed and _APPOSITION_CLOSE.fullmatch(folded, cue.end, c.start) is not None)
        )
        for c in sentence.cues
    )


_APPOSITION_CLOSE = re.compile(r"[^,.;]{0,40},[ ]")
"""The rest of an apposition up to its closing comma: "(lined up to succeed) him, " before the main verb."""


def _with_newcomer(article: Article, crowd: list[Named], leaving: Named, cue: Cue) -> Named | None:
    """The name after "with" / "par" that follows the one replaced ("replaced Jane Roe with John Doe").

    After a verb of swapping, "for" opens the newcomer ("swapped Jane Roe, its CEO for eight years, for John Doe").
    """
    linked = _FOR if _SWAP.search(article.folded, cue.start, cue.end) else _WITH
    return next(
        (
            p
            for p in crowd
            if leaving.end < p.start <= leaving.end + _ROLE_REACH
            and linked.search(article.folded, max(leaving.end, p.start - _TITLE_REACH - 6), p.start)
        ),
        None,
    )


_AS_TITLE = re.compile(r"[ ]as[ ](?:its[ ]|the company's[ ]|the group's[ ])?(?:new[ ])?(?:interim[ ]|permanent[ ])?")
"""The gap between a newcomer's name and the title she takes: "with John Doe as its new CEO"."""

_PAST_POST = re.compile(r"\b(?:former|onetime|one-time|ex-|erstwhile|previous|retired)\b")
"""A description of a post left before: "with former eBay chief Meg Whitman" leaves nothing now."""


def _newcomer_described_from(article: Article, leaving: Named, newcomer: Named) -> int | None:
    """Where "with" opens the newcomer's description in "replaced Jane Roe with Safran boss John Doe", else None.

    The words between "with" and the newcomer's name describe the post she holds now, not the one she takes.
    """
    if newcomer.start <= leaving.end:
        return None
    found = _WITH.search(article.folded, leaving.end, newcomer.start)
    return found.start() if found is not None else None


def _title_as(article: Article, sentence: Sentence, newcomer: Named, cue: Cue) -> Cue | None:
    """The tracked title given right after a newcomer named after "with": "... with John Doe as its CEO"."""
    return next(
        (
            r
            for r in _roles(sentence, newcomer.end, newcomer.end + _TITLE_REACH, cue.start)
            if _AS_TITLE.fullmatch(article.folded, newcomer.end, r.start) is not None
        ),
        None,
    )


def _newcomer_leaves(
    article: Article, sentence: Sentence, cue: Cue, newcomer: Named, *, described_from: int, company: CompanyMention
) -> list[Candidate]:
    """The newcomer's departure from the company her description names ("with Chipotle boss Brian Niccol").

    Only a title she holds now at another company: "former eBay chief" tells a past post, no departure.
    """
    held = next(reversed(_roles(sentence, described_from, newcomer.start, cue.start)), None)
    if held is None or _PAST_POST.search(article.folded, described_from, held.start):
        return []
    employer = role_company(article, sentence, held, None)
    if employer is None or employer.id == company.id or employer.start < described_from:
        return []
    return [_change(article, sentence, cue, employer, person=None, role=held.detail, previous=newcomer.name, how="")]


def _previous_holder(article: Article, company_id: str, role: str, new_person: str) -> str | None:
    """Someone the article gives the same role at the same company ("le PDG de Scale AI, Alexandr Wang")."""
    for fact in article.roles:
        if fact.company_id == company_id and fact.role == role and fact.person != new_person:
            return fact.person
    return None


_NOT_HELD = re.compile(
    r"(?:\b(?:former|onetime|one-time|ancien|ancienne|l'ancien|l'ancienne|deviendra|deviendrait|devient|devenir"
    r"|will become|becomes|would become|to become)[ ](?:[\w\-']+[ ]){0,2}|\bex-)$"
)
"""A title held before, or one still to come ("deviendra président non exécutif"): not the one held now."""


def _known_role(article: Article, name: str) -> str | None:
    """The role the article gives ``name`` elsewhere: a role fact, else a title within a few words of the name."""
    folded = article.folded
    held = next(
        (
            fact.role
            for fact in article.roles
            if fact.person == name and not _NOT_HELD.search(folded, max(0, fact.start - 30), fact.start)
        ),
        None,
    )
    if held is not None:
        return held
    pos = article.text.find(name)
    while pos >= 0:
        near = next(
            (
                c
                for c in article.cues
                if c.family == "role"
                and c.detail in TRACKED_ROLES
                and pos - _TITLE_REACH <= c.start <= pos + len(name) + _TITLE_REACH
                and not _NOT_HELD.search(folded, max(0, c.start - 30), c.start)  # "ancien patron", "deviendra PDG"
            ),
            None,
        )
        if near is not None:
            return near.detail
        pos = article.text.find(name, pos + len(name))
    return None


def _after_aside(sentence: Sentence, pos: int) -> int:
    """Where the text after a name resumes: past an aside that opens right there (", now COO,")."""
    aside = next((a for a in sentence.clauses.hidden if pos <= a[0] <= pos + 1), None)
    return aside[1] + 1 if aside is not None and sentence.clauses.end > aside[1] else pos


def _aside_role(article: Article, sentence: Sentence, person: Named) -> tuple[str, CompanyMention] | None:
    """The role and company of a relative clause right after a name: ", who has led Danone since 2015," (CEO)."""
    aside = next((a for a in sentence.clauses.hidden if person.end <= a[0] <= person.end + 1), None)
    if aside is None:
        return None
    verb = _LED.search(article.folded, aside[0], aside[1])
    company = next((c for c in sentence.companies if verb is not None and verb.end() < c.start < aside[1]), None)
    if verb is None or company is None or company.start - verb.end() > _OWNER_REACH:
        return None
    return ("chair" if verb.group(0).startswith(("chair", "prési")) else "CEO"), company


def _biography(article: Article, sentence: Sentence, cue: Cue) -> bool:
    """Whether the change is dated before the story: a career, no news.

    In the cue's own clause, a year :data:`_BIOGRAPHY_YEARS` or more before publication ("became chief
    executive in 1979"). In an aside hanging on a name ("said Jane Roe, who was named CEO in January"),
    any earlier year or month, unless a future tense or a start date marks it as still to come; a
    tenure ("CEO since 2015") dates no change.
    """
    published = article.published_at
    if published is None:
        return False
    if recalled_change(article, sentence, cue):
        return True  # "since his arrival last March", "a year after she took the chair"
    folded = article.folded
    start, end = sentence.clauses.span_of(cue.start)
    co_holder = _CO_HOLDER.search(folded, cue.end, end)
    end = co_holder.start() if co_holder else end  # "alongside Jane Roe, CEO since 2015": her tenure, not the news
    if any(
        start <= period.start < end
        and period.year <= published.year - _BIOGRAPHY_YEARS
        # "who has led X since 2015", "since September 2015"
        and not _TENURE.search(folded, max(start, period.start - _TENURE_REACH), period.start)
        for period in sentence.periods
    ):
        return True
    aside = sentence.clauses.aside_at(cue.start)
    if aside is None or _ANNOUNCED.search(folded, aside[0], aside[1]):
        return False
    if any(
        aside[0] <= period.start < aside[1]
        and period.year < published.year
        and not _TENURE.search(folded, max(aside[0], period.start - _TENURE_REACH), period.start)
        for period in sentence.periods
    ):
        return True
    month = _PAST_MONTH.search(folded, aside[0], aside[1])
    return month is not None and _MONTH_NUMBER[month.group(1)] < published.month


_WAS_SUCCESSOR = re.compile(r"\b(?:was|had been)[ ](?:the|his|her)[ ](?:[\w\-]+[ ]){0,2}$")
"""Before "successor to": a description of who someone was ("was the hand-picked successor to X"), no change told."""

_BIOGRAPHY_YEARS = 2
"""A change dated this many years before the story is a career step it recalls ("appointed CEO in 2021" in 2024)."""


_TENURE = re.compile(r"\b(?:since|depuis|until|jusqu'en|jusqu'à|through|from|de|between|entre)[ ](?:[a-zé]+[ ])?$")
"""Before a year that dates a tenure or a span ("since 2015", "de 2011 à 2015"), not the change."""

_TENURE_REACH = 20
"""How far before a year its tenure word may stand, a month between: "since September 2015"."""

_ANNOUNCED = re.compile(
    r"\b(?:will|would|is to|shall|effective|from|starting|as of|à compter|à partir|sera|prendra|deviendra|succédera)\b"
)
"""Words of a change still to come in the clause: a date there is its start, not a past."""

_MONTH_NUMBER = {
    "january": 1, "february": 2, "march": 3, "april": 4, "june": 6, "july": 7, "august": 8, "september": 9,
    "october": 10, "november": 11, "december": 12, "janvier": 1, "février": 2, "mars": 3, "avril": 4, "juin": 6,
    "juillet": 7, "août": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12,
}  # fmt: skip
_PAST_MONTH = re.compile(r"\b(?:in|en|last|début|fin|mi-)[ ](" + "|".join(_MONTH_NUMBER) + r")\b(?![ ]\d)")
"""A month named alone ("in January", "en mars"; "may" left out, a modal): this year's, unless a year follows."""


_ANTECEDENT_GAP = 3
"""At most this many chars between a company and the relative clause (", which") that describes it."""


def _relative_antecedent(sentence: Sentence, cue: Cue) -> CompanyMention | None:
    """The company a relative clause holding ``cue`` describes: "Mattel, which said its CEO is leaving the company".

    Inside that clause "the company" is the antecedent, not the story's main company.
    """
    aside = sentence.clauses.aside_at(cue.start)
    if aside is None or aside[2] != "relative":
        return None
    return next(
        (c for c in reversed(sentence.companies) if c.end <= aside[0] and aside[0] - c.end <= _ANTECEDENT_GAP), None
    )


_PARTS_WITH = re.compile(r"s[ée]par")
"""« se sépare de »: the company parts with the one named after it, never with its subject (« Jane Roe, PDG de X, se
sépare de sa collection »)."""

_BOTH_POSTS = re.compile(
    r"(?:[ ]of[ ]the[ ]board|[ ]du[ ]conseil(?:[ ]d'administration)?)?,?[ ](?:and|et)[ ](?:as[ ]|de[ ]|d')?(?:the[ ])?"
)
"""Between two titles an exit leaves together: "chairman (of the board) and (as) chief executive", « de président et
de directeur général »."""

_PRONOUN_THEN_EXIT = re.compile(
    r"\b(?:he|she|il|elle)[ ](?:(?:will|would|is|was|has|had|then|plans[ ]to|is[ ]to|va|doit|a|est)[ ]){0,2}$"
)
"""A subject pronoun right before an exit verb ("and then she will retire", « puis elle prendra sa retraite »)."""


def _exit_titles(
    article: Article,
    sentence: Sentence,
    leaving: Named,
    posts: tuple[Cue | None, str | None, str | None],
    *,
    after: list[Cue],
    successor: str | None,
) -> list[str | None]:
    """The titles an exit leaves: its own (``posts``: the title cue, its role, a post given up), maybe with another.

    "its CEO and chairman John Doe was replaced by Jane Roe": both posts change hands (not when a title after the verb
    says which one she takes, nor for an exit with nobody named to follow). "renonce à la direction et à la présidence
    du conseil de X" and "has resigned as chairman of the board and as chief executive officer": both posts are left.
    """
    role, role_name, running = posts
    joint = successor is not None and not after
    titles = _joint_titles(article, sentence, leaving, role_name) if joint else [role_name]
    titles = [running, *titles] if running is not None and running not in titles else titles
    second = after[1] if successor is None and role is not None and len(after) > 1 and role is after[0] else None
    if (
        role is not None
        and second is not None
        and second.detail not in titles
        and _BOTH_POSTS.fullmatch(article.folded, role.end, second.start)
    ):
        titles = [*titles, second.detail]
    if successor is None:
        return titles  # "co-founder Jane Roe quit": the founder leaves, told as such
    if _unit_post_after(article, sentence, successor, sentence.start):
        return []  # "Il sera remplacé par X, membre du conseil, à la tête de la branche Y": a unit's head
    # "Le co-fondateur et directeur général de X, Jane Roe, ... remplacée par John Doe": a founder is no post a
    # successor takes (session 26); she takes the other titles.
    return [title for title in titles if title != "founder"] or [None]


def _leaver_before(article: Article, sentence: Sentence, cue: Cue, crowd: list[Named]) -> Named | None:
    """The name before an exit verb that leaves: in apposition right before it, else the last one before it.

    "où il remplace Carlos Ghosn, démissionnaire": a cue in apposition is the name's right before it, whatever clause
    that name stands in. "Ms Roe will stay on, working with CEO Dr John Doe, and then she will retire": a subject
    pronoun between the last name and the verb stands for the clause's subject, not for a name a preposition governs.
    """
    if _PARTS_WITH.search(article.folded, cue.start, cue.end):
        return None  # « X se sépare de (son PDG) Jane Roe »: only a name after it is left, never the subject before
    leaving = next(
        (p for p in people(article, sentence) if article.folded.startswith(", ", p.end) and p.end + 2 == cue.start),
        None,
    )
    leaving = leaving or next((p for p in reversed(crowd) if p.end <= cue.start), None)
    if leaving is not None and _PRONOUN_THEN_EXIT.search(article.folded, max(leaving.end, cue.start - 30), cue.start):
        leaving = subject_person(article, crowd, cue.start) or leaving
    return leaving


def leadership_out(article: Article, sentence: Sentence, cue: Cue, _money: list[MoneyMention]) -> list[Candidate]:
    """Read "Jane Roe steps down as CEO of X (and is succeeded by John Doe)", "la démission de Jane Roe"."""
    # "renonce à l'offre", "abandonne le projet": a verb of giving up with no post after it is no departure
    post_told, running = post_given_up(article, sentence, cue, TRACKED_ROLES)
    post_told = post_told and post_given_up_en(article, sentence, cue, TRACKED_ROLES)  # "gave up his post"
    post_told = post_told and leaver_follows_en(article, sentence, cue)  # "voted to remove Jane Roe", not "bottlenecks"
    crowd = _visible(article, sentence, people(article, sentence), cue)
    leaving = _leaver_before(article, sentence, cue, crowd)
    # "replaced by / remplacé (à la tête de X) par": the name after is the newcomer, never the leaver.
    by_successor = article.folded.endswith((" by", " par", "replaced", "remplacé", "remplacée"), cue.start, cue.end)
    # "handed his resignation to chairman John Doe": the one who hands it in stands before, the name after receives it.
    own_resignation = leaving is not None and _OWN_RESIGNATION.search(article.folded, cue.start, cue.end) is not None
    if (leaving is None and not by_successor) or (
        article.folded.endswith(
            ("of", "de", "du", "resignation", "departure", "successor to", "successor for"), cue.start, cue.end
        )
        and not own_resignation
    ):
        # "la démission de (son PDG) Tom Enders": the name follows the noun, a title may come between.
        after_noun = next((p for p in crowd if cue.end <= p.start <= cue.end + _TITLE_REACH), None)
        # "has received the resignation of the auditor": a leaver told after "of" and not named is nobody here.
        leaving = after_noun or (None if article.folded.endswith(" of", cue.start, cue.end) else leaving)
    leaving = leaving or pronoun_antecedent(article, sentence, cue)
    if (
        leaving is None
        or not post_told
        or _biography(article, sentence, cue)
        or _WAS_SUCCESSOR.search(article.folded, max(0, cue.start - 40), cue.start)
    ):
        # "after Sir John Roe retired as chairman in 1998": a career, no news. "said its CFO had resigned": nobody
        # named, the post alone leaves.
        return _unnamed_exit(article, sentence, cue) if leaving is None and post_told and not by_successor else []
    # "a été remercié par le conseil": the board acts, no seat is left.
    board_seat = _FROM_BOARD.match(article.folded, cue.end) is not None and not by_successor
    named_company = None
    if _LEAVES_COMPANY.search(article.folded, cue.start, cue.end):
        # "quittant le groupe", "is leaving the company": the story's company.
        named_company = sentence.company_after(cue.end, within=NEAR) or (
            (_relative_antecedent(sentence, cue) or story_company(article))
            if article.anaphor_at(cue.end + 1) is not None
            else None
        )
    named_company = named_company or _company_left_from(article, sentence, cue)
    clause_start, clause_end = sentence.clauses.span_of(cue.start)
    if _DEMAND.search(article.folded, max(clause_start, cue.start - _TITLE_REACH), cue.start) or (
        leaving.start < cue.start
        and _CONDITION.search(article.folded, max(clause_start, leaving.start - 40), leaving.start)
    ):
        return []  # "Elliott réclame le départ du PDG", "a condition is that Jane Roe leaves": no departure told
    # "quittera Airbus pour prendre la direction générale de Danone": a title after "pour" / "to" is the next job.
    purpose = _NEXT_JOB.search(article.folded, cue.end, min(clause_end, cue.end + _OUT_ROLE_REACH))
    # "forced to resign after sending Elliott's founder a letter": a title in a gerund phrase is someone else's.
    circumstance = _CIRCUMSTANCE.search(article.folded, cue.end, min(clause_end, cue.end + _OUT_ROLE_REACH))
    after = _roles(
        sentence,
        cue.end,
        min(
            clause_end,
            cue.end + _OUT_ROLE_REACH,
            purpose.start() if purpose else clause_end,
            circumstance.start() if circumstance else clause_end,
        ),
        cue.start,
    )
    after = [
        r
        for r in after
        if not _HELD_TITLE.search(article.folded, max(0, r.start - 30), r.start)
        and not _apposed_held(article, sentence, r)
    ]
    if own_resignation or by_successor:
        # "handed his resignation to chairman Jim Roe", "will be replaced by CFO Jane Roe": a title before a name
        # after the cue is that name's.
        after = [r for r in after if not any(0 <= p.start - r.end <= NEAR for p in people(article, sentence))]
    before = [r for r in _roles(sentence, clause_start, leaving.start, cue.start) if leaving.start - r.end <= NEAR]
    # "chairman Sir John Bond will retire and hand over to chief executive Stephen Green": the title
    # next to the leaver is theirs; one after the verb only when none stands there.
    role = before[-1] if before else (after[0] if after else None)
    # "stepped down from the board": a director's seat; only a title stated here makes it a leader's exit.
    role_name = (
        role.detail
        if role is not None
        else running or (None if board_seat or purpose else _known_role(article, leaving.name))
    )
    # "sera remplacé à la tête de la branche Communications par X": a unit's head, not the group's.
    unit_head = role is not None and _UNIT_OF.match(article.folded, role.end) is not None
    # "the departure of ex-Skype CEO Tony Bates as head of business development": the post left is named after "as",
    # and no tracked one (the title before the name is a past job).
    if unit_head or (board_seat and role_name is None) or _AS_OTHER_POST.match(article.folded, leaving.end):
        return []
    if role_name is None and named_company is None and (led := _aside_role(article, sentence, leaving)) is not None:
        role_name, named_company = led  # "Jane Roe, who has led Danone since 2015, will retire"
    successor, _ = _other_person(article, sentence, crowd, cue.start)
    if successor is None and _CEDES.search(article.folded, cue.start, cue.end):
        # "cède son fauteuil de PDG de X à Jane Roe": the name after "à" takes the seat.
        clause_end = sentence.clauses.span_of(cue.start)[1]
        successor = next(
            (
                p.name
                for p in crowd
                if cue.end <= p.start < clause_end and article.folded.endswith((" à ", " to "), 0, p.start)
            ),
            None,
        )
    if successor is None:
        # "François Provost lui succède", "Jane Roe will succeed him", "; Jane Roe, now COO, takes over".
        successor = next(
            (
                p.name
                for p in people(article, sentence)
                if p.start > cue.end and _takes_over_after(article, sentence, p)
            ),
            None,
        )
    successor = successor if successor != leaving.name else None
    if role_name is None and successor is not None:
        # "le départ de Jane Roe et son remplacement par John Doe au poste de directeur financier".
        role_name = _title_after(article, sentence, crowd, successor)
    succession = _SUCCESSION_TALK.search(article.folded, cue.start, cue.end) is not None
    if role_name is None and named_company is None and successor is None and not succession:
        return []  # "Jane Roe left": a change only with a title, a company left, a successor or a succession
    company, how = (
        (named_company, "") if named_company else change_company(article, sentence, cue, role, leaving, leaving=True)
    )
    company = company or _held_company(article, sentence, leaving, role_name)
    if company is None:
        return []
    titles = _exit_titles(article, sentence, leaving, (role, role_name, running), after=after, successor=successor)
    return [
        _change(article, sentence, cue, company, person=successor, role=title, previous=leaving.name, how=how)
        for title in titles
    ]


_PLURAL_TITLE = re.compile(r"s\b")
_COUNT_BEFORE = re.compile(r"\d[ ]$")
"""A title in the plural or counted ("243 CEOs", "12 PDG"): leaders counted, no company's own."""

_AS_OTHER_POST = re.compile(
    r",?[ ]as[ ](?:the[ ]|its[ ]|our[ ])?(?:head|chief|leader|(?:senior[ ]|executive[ ])?vice[ ]president)"
    r"[ ](?:of|for)\b"
)
"""An untracked post after the leaver's name: "the departure of X as head of business development"."""


def _unnamed_exit(article: Article, sentence: Sentence, cue: Cue) -> list[Candidate]:
    """The departure of a company's leader it does not name ("the retirement of its chairman"), or nothing.

    A demand ("called for the resignation of its CEO"), a career told in the past, a unit's head and a title whose
    company is not found give no change.
    """
    title = unnamed_post(article, sentence, cue, TRACKED_ROLES)
    clause_start = sentence.clauses.span_of(cue.start)[0]
    if (
        title is None
        or title.detail == "founder"  # "le départ de son fondateur": a founder is no post to fill
        or _DEMAND.search(article.folded, max(clause_start, title.start - _TITLE_REACH), title.start)
        or _DEMAND.search(article.folded, max(clause_start, cue.start - _TITLE_REACH), cue.start)
        or _UNIT_OF.match(article.folded, title.end) is not None
        or _biography(article, sentence, cue)
        # "243 CEOs have departed through February": a count of leaders, no company's own
        or _PLURAL_TITLE.match(article.folded, title.end) is not None
        or _COUNT_BEFORE.search(article.folded, max(0, title.start - 12), title.start) is not None
    ):
        return []
    owner, unsure = post_owner(article, sentence, title)
    if unsure:
        return []
    company, how = (
        (owner, "") if owner is not None else change_company(article, sentence, cue, title, None, leaving=True)
    )
    # "Nasdaq-listed shares of X ... its CFO": a name glued to "-listed" / "-based" is a market or a place, no owner.
    if company is None or article.folded.startswith("-", company.end):
        return []
    return [_change(article, sentence, cue, company, person=None, role=title.detail, previous=None, how=how)]


def _company_left_from(article: Article, sentence: Sentence, cue: Cue) -> CompanyMention | None:
    """The company named right after an English exit verb and "from" ("David White resigned from Nvidia").

    Leaving a company is a departure whatever the post, as "left Nvidia" is; leaving its board ("from Nvidia's
    board", "from the Nvidia board") is a director's seat, and "from Acme's X unit" a unit left: neither counts.
    """
    gap = _FROM_COMPANY.match(article.folded, cue.end)
    if gap is None:
        return None
    company = sentence.company_after(gap.end(), within=0)
    if company is None or company.start != gap.end() or _SEAT_AFTER.match(article.folded, company.end):
        return None
    return company


def _takes_over_after(article: Article, sentence: Sentence, person: Named) -> bool:
    """Whether a verb of taking the post follows ``person``, past an aside or an apposition and a "qui".

    "; Jane Roe, now COO, takes over", "et c'est Jeanne Dupuis, l'actuelle COO, qui prend sa place".
    """
    at = _after_aside(sentence, person.end)
    apposed = _APPOSITION.match(article.folded, at)
    return _TAKES_OVER.match(article.folded, apposed.end() if apposed is not None else at) is not None


def _title_after(article: Article, sentence: Sentence, crowd: list[Named], name: str) -> str | None:
    """The title stated right after a successor's name ("par John Doe au poste de directeur financier", "as CFO")."""
    person = next((p for p in crowd if p.name == name), None)
    if person is None:
        return None
    title = next(iter(_roles(sentence, person.end, person.end + _TITLE_REACH, person.end)), None)
    if title is None or not _PAIR_GAP.fullmatch(article.folded, person.end, title.start):
        return None
    # "succeeded by Anna Veld, the chief operating officer": the apposition tells her post now, not the one she takes
    return None if _apposed_held(article, sentence, title) else title.detail


def _held_company(article: Article, sentence: Sentence, leaving: Named, role: str | None) -> CompanyMention | None:
    """The company of the title in apposition to the leaver ("Jane Roe, PDG du groupe X, passe la main")."""
    title = next(
        (
            c
            for c in sentence.cues
            if c.family == "role" and c.detail == role and 0 <= c.start - leaving.end <= NEAR + 2
        ),
        None,
    )
    return role_company(article, sentence, title, leaving) if title is not None else None


def _change(
    article: Article,
    sentence: Sentence,
    cue: Cue,
    company: CompanyMention,
    *,
    person: str | None,
    role: str | None,
    previous: str | None,
    how: str,
) -> Candidate:
    """One change, as a candidate event.

    A fact dated after publication ("takes office on January 13") or told with a future inside its
    cue ("his job will go to") is announced, not done: a plan.
    """
    modality = modality_at(article, sentence, cue.start)
    # "effective as of Monday, April 6": a day without its year is read against the publication date
    effective = event_date(sentence) or effective_without_year(
        article.folded, sentence.start, sentence.end, article.published_at
    )
    clause_start = sentence.clauses.span_of(cue.start)[0]
    if (
        modality == "fact"
        and article.language == "fr"
        and _CONDITIONAL.search(article.folded, max(clause_start, cue.start - 30), cue.end)
    ):
        modality = "rumor"  # "Il deviendrait directeur général de X": reported, unconfirmed
    if modality == "rumor" and _announced_conditional(article, sentence, cue):
        modality = "plan"
    if (
        modality == "fact"
        and (
            _FUTURE_IN_CUE.search(article.folded, cue.start, cue.end)
            or _GOING_TO.search(article.folded, max(clause_start, cue.start - 16), cue.start)
            or _FUTURE_VERB.search(article.folded, max(clause_start, cue.start - 60), cue.start)
            or (effective is not None and article.published_at is not None and effective > article.published_at.date())
            or (
                sentence.index == 0
                # an arrival only in a title line: "HSBC's Jane Roe to take over as chairman"
                and (cue.family == "leadership_out" or "\n\n" in article.text[sentence.end : sentence.end + 3])
                and article.folded.startswith("to ", cue.start)
                and _NAME_THEN_INFINITIVE.search(article.text, max(0, cue.start - 40), cue.start) is not None
            )
        )
    ):
        modality = "plan"
    return Candidate(
        type="leadership_change",
        span=(sentence.start, sentence.end),
        subject=company,
        person=person,
        role=role,
        previous_person=previous,
        modality=modality,
        effective_date=effective,
        inferred=[how] if how else [],
    )


_APPOSED_GAP = re.compile(r",[ ](?:(?:the|its|an?|le|la|l'|son|sa|current|currently|actuel|actuelle)[ ]?){0,2}")
"""From a name to a title in apposition: "Anna Veld, the ", "Jean Brac, l'actuel "."""
_POST_TAKEN = re.compile(
    r"\b(?:new|newly|nouveau|nouvelle|next|incoming|future|futur|prochain|prochaine|interim|acting|permanent)\b"
)
"""A word of an apposed title that makes it the post the change gives ("Anna Veld, the new chief executive")."""


def _apposed_held(article: Article, sentence: Sentence, role: Cue) -> bool:
    """Whether a title stands in apposition to a named person: the post she holds now, not the one that changes.

    "He is being succeeded by Anna Veld, the chief operating officer": she is COO now and takes the leaver's post;
    "Anna Veld, the new chief executive" names the post taken.
    """
    return any(
        0 < role.start - person.end <= _TITLE_REACH
        and _APPOSED_GAP.fullmatch(article.folded, person.end, role.start) is not None
        and _POST_TAKEN.search(article.folded, person.end, role.start) is None
        for person in people(article, sentence)
    )


def _announced_conditional(article: Article, sentence: Sentence, cue: Cue) -> bool:
    """Whether a French conditional is the future seen from a company's announcement, not a rumour.

    "Nestlé a annoncé que son directeur financier quitterait le groupe et serait remplacé par Jane Roe": the
    conditional only follows the past tense of "a annoncé que"; a source ("selon des sources") keeps a rumour.
    """
    folded = article.folded
    return (
        article.language == "fr"
        and _ANNOUNCED_THAT.search(folded, sentence.start, cue.start) is not None
        and all(
            _CONDITIONAL.fullmatch(folded, c.start, c.end)
            for c in sentence.cues
            if c.family == "modality_rumor" or (c.family == "clause" and c.detail == "attribution_prefix")
        )
    )


def without_returns(candidates: list[Candidate]) -> list[Candidate]:
    """Drop a change that makes someone the new holder of the role the same article has them leave.

    "X replaced Bob Roe as CEO. ... He becomes the second boss to hand over": "he" is the leaver. A
    change that names whom that person replaced stays (their own arrival, years before their exit), and
    so does a return told in the sentence of a bare exit ("returned as CEO days after being fired").
    """
    changes = [c for c in candidates if c.type == "leadership_change" and c.subject is not None]
    arriving = {(c.subject.id, c.role, c.person) for c in changes if c.subject and c.previous_person}
    leaving: dict[tuple[str, str | None, str | None], set[tuple[int, int]]] = {}
    for c in changes:
        if c.subject is not None and c.previous_person and (c.subject.id, c.role, c.previous_person) not in arriving:
            # A successor named in the sentence leaves no room for the leaver's return there.
            exempt = {(-1, -1)} if c.person else {c.span}
            leaving.setdefault((c.subject.id, c.role, c.previous_person), set()).update(exempt)
    return [
        c
        for c in candidates
        if c.type != "leadership_change"
        or c.subject is None
        or c.span in leaving.get((c.subject.id, c.role, c.person), {c.span})
    ]
