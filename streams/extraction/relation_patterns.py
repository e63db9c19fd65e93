"""Cue patterns for a customer buying from a supplier, where a table row cannot spell the words between.

A table row is a fixed phrase, and these relations are told with words whose forms multiply:
"continues to use", "will continue using", "is still relying on", "continuera à s'approvisionner auprès de"
(a verb of going on, then one of using or buying from: ``customer_continue``), and "will buy battery modules
from", "bought 40 trams from", "achète ses rails auprès de" (a verb of buying, the goods, then the supplier:
``customer_start``). Each yields a cue in the `active` frame (customer before, supplier after), read by the same
frame reader as a row (:mod:`streams.extraction.rules`); a longer row over the same words wins. Goods that are a
company's own capital or business ("bought shares from", "buys the unit from") are a deal, never a purchase here.
"""

from __future__ import annotations

import re
from typing import Final

from schemas.news import Language
from streams.extraction.begin_chosen_work import (
    EN_CHOSEN_FOR_WORK,
    EN_CHOSEN_STEMS,
    EN_WON_FOR_WORK,
    EN_WON_STEMS,
    EN_WON_TO_EQUIP,
    FR_CHOSEN_FOR_WORK,
    FR_CHOSEN_STEMS,
    FR_WON_FOR_WORK,
    FR_WON_STEMS,
)
from streams.extraction.begin_moved_to import EN_MOVED_STEMS, EN_MOVED_TO, FR_MOVED_STEMS, FR_MOVED_TO
from streams.extraction.customer_order_patterns import FR_COUNT
from streams.extraction.pattern_windows import anchored_matches, gated_finditer, holds_any

_EN_GO_ON = (
    r"\b(?:continu(?:e|es|ed|ing)[ ](?:to[ ])?|keep(?:s|ing)?[ ]|kept[ ]"
    r"|(?:is|are|was|were|remains?|has[ ]been|have[ ]been)[ ]still[ ]|still[ ])"
)
"""Going on: "continues to", "will continue", "keeps", "is still", "still"."""
_EN_USE = (
    r"(?:us(?:e|es|ed|ing)|rel(?:y|ies|ied|ying)[ ]on|depend(?:s|ed|ing)?[ ]on"
    r"|(?:buy(?:s|ing)?|bought)[ ](?:[a-z\-]{2,15}[ ]){0,2}?from"
    r"|sourc(?:e|es|ed|ing)[ ](?:[a-z\-]{2,15}[ ]){0,2}?from|order(?:s|ed|ing)?[ ](?:[a-z\-]{2,15}[ ]){0,2}?from"
    r"|work(?:s|ed|ing)?[ ]with|partner(?:s|ed|ing)?[ ]with|do(?:es|ing)?[ ]business[ ]with|did[ ]business[ ]with)"
)
"""Using, relying on or buying from a supplier, in any form; the supplier follows ("continue using Samsung")."""
_FR_GO_ON = (
    r"\b(?:continu(?:e|ent|era|eront|erait|eraient|ait|aient|er)|poursui(?:t|vent|vra|vront|vrait|vre))"
    r"[ ](?:à[ ]|d'|de[ ])"
)
"""Going on: "continue de", "continuera à", "poursuit", and their tenses."""
_FR_USE = (
    r"(?:utiliser|faire[ ]appel[ ]à|recourir[ ]à|s'approvisionner[ ](?:auprès[ ]d(?:e|')|chez)"
    r"|se[ ]fournir[ ](?:auprès[ ]d(?:e|')|chez)|acheter[ ](?:[a-zé\-]{2,15}[ ]){0,2}?(?:auprès[ ]d(?:e|')|chez)"
    r"|travailler[ ]avec|collaborer[ ]avec|commander[ ](?:[a-zé\-]{2,15}[ ]){0,2}?(?:à|auprès[ ]d(?:e|')))"
)
"""Using, calling on or buying from a supplier ("continue d'utiliser", "continuera à s'approvisionner auprès de")."""

_NOT_GOODS = (
    r"(?!(?:shares?|stakes?|stock|equity|bonds?|assets?|business(?:es)?|units?|divisions?|operations|brands?|rights"
    r"|licen[cs]es?|portfolios?|interests?|holdings?|company|companies|subsidiar(?:y|ies)|firms?|plants?|factor(?:y|ies)"
    r"|sites?|land|buildings?|propert(?:y|ies)|debts?|loans?|it|them|actions|titres|parts|participations?|capital"
    r"|sociétés?|filiales?|activités?|usines?|terrains?|immeubles?|créances|funding|financing|money|cash|guidance"
    r"|details|information|support|advice|comments?|updates?|plus|pas|with|to|for|from|by|at|in|on|and|or|as|à|au"
    r"|aux|pour|par|avec|chez|auprès|et|ou|en|dans|sur|suppliers?|sole-source|providers?|partners?|vendors?"
    r"|fournisseurs?|prestataires?|partenaires?|fewer|less)\b)"
)
"""A bought thing that is a company's capital, business, site or debt: a deal or a loan, never a supplier's goods; nor
a preposition, which names a party ("supplies Ford with batteries"), nor a supplier's role ("makes Y sole-source
supplier for X" names Y the supplier, a table row reads it), nor a reduction ("will buy 30 percent fewer chips from
Y" is a risk, read by :mod:`streams.extraction.risk_patterns`)."""
_GOODS_WORDS = rf"(?:{_NOT_GOODS}[a-z0-9à-ÿ\-']{{1,15}}[ ]){{1,4}}?"
"""The goods, one to four words ("battery modules", "40 new trams", "ses rails")."""
_FR_GOODS_WORDS = rf"(?:{_NOT_GOODS}[a-z0-9à-ÿ\-']{{1,15}}[ ]){{0,5}}?"
"""French goods may take five words ("des fourgons de livraison électriques") or none ("livre à X des puces")."""
_EN_SUPPLIES = (
    r"\b(?:(?:already|currently|also|still)[ ])?(?:sells|supplies|delivers|ships|provides|makes|builds|manufactures"
    r"|produces|handles|runs|operates|manages|maintains)[ ]"
)
"""A supplier's standing work for a customer, in the present ("already sells cathode material to", "makes vans
for"); a future or a past one is a start or is told by the table rows."""
_EN_GOES_ON_SUPPLYING = (
    r"(?:\b(?:(?:go(?:es|ing)?|went)[ ]on[ ]|keep(?:s|ing)?[ ]|kept[ ]|continu(?:e|es|ed|ing)[ ](?:to[ ])?)"
    r"(?:supply(?:ing)?|sell(?:ing)?|deliver(?:ing)?|provid(?:e|ing)|ship(?:ping)?|mak(?:e|ing)|build(?:ing)?"
    r"|manufactur(?:e|ing)|produc(?:e|ing)|process(?:ing)?|handl(?:e|ing)|run(?:ning)?|operat(?:e|ing)"
    r"|manag(?:e|ing)|maintain(?:ing)?)[ ]"
    r"|\b(?:is|are)[ ](?:(?:already|currently|also|still)[ ])?"
    r"(?:supplying|delivering|shipping|manufacturing)[ ])"
    r"(?!(?:the[ ]|a[ ]|an[ ]|its[ ])?(?:case|point|argument|bid|offer|way|room|progress|push|efforts?|decisions?"
    r"|plans?|calls?|news|headlines|sense|money|profits?|losses)\b)"
)
"""A supplier's work for a customer going on ("will go on supplying GPUs for", "keeps making seats for") or under way
("is delivering chips to"); "is making an offer for" is no supply, so a progressive takes only the verbs of supply,
and "keeps making the case for" no goods."""
_EN_WORK_AT = (
    r"(?:the[ ])?(?:(?!(?:most|rest|bulk|case|risk|part|share|end|course|cost|business|way)\b)"
    r"[a-z0-9\-']{1,15}[ ]){1,4}?(?:of|at)(?![\w\-])"
)
"""After a supplier's work going on, its customer owning what the work goes into or the place it is done ("will keep
running the data centres of X", "would go on managing food service at X schools"); "keeps making the most of" or
"the rest of" is no work."""
_FR_GOES_ON_WORKING = (
    _FR_GO_ON + r"(?:fournir|livrer|équiper|approvisionner|gérer|exploiter|entretenir|fabriquer|produire|assurer"
    r"|construire|maintenir|opérer|servir)[ ]"
    + _FR_GOODS_WORDS
    + r"(?:à|au|aux|pour|de|du|d')(?:(?<=')|(?![\w\-]))"
    + r"|"
    + _FR_GO_ON
    + r"(?:approvisionner|équiper|servir)(?![\w\-])"
)
"""A French supplier's work going on, in any tense, its customer after « à / pour » or owning what the work goes into
(« continue de fournir des phares à X », « continuera de gérer les cantines de X »), or right after a verb whose object
is the customer (« continuera d'approvisionner X »); « poursuit l'entretien » is a noun and no verb here."""
_EN_RELIES_ON = (
    r"(?<!will[ ])(?<!would[ ])(?<!to[ ])(?<!could[ ])(?<!may[ ])(?<!might[ ])(?<!can[ ])"
    r"\b(?:rel(?:y|ies)|depends?|(?:is|are)[ ](?:reliant|dependent))[ ]"
    r"(?:(?:heavily|largely|mostly|mainly|entirely|solely|chiefly|partly|also|still|currently|greatly)[ ])?"
    r"(?:up)?on(?![\w\-])(?![ ](?:it|them|him|her|this|that)\b)"
)
"""A customer's standing reliance on its supplier, in the present ("relies on TSMC to make its chips", "depends heavily
on Spirit"); a past one may have ended, a future or possible one ("will rely on") is not yet. Its supplier follows,
named ("relies on it" leaves the supplier to the standing phrases)."""
_FOR_REVENUE = (
    r"(?=(?:[ ][\w&'.\-]+){1,4}?[ ]for[ ](?:[a-z0-9%\-]+[ ]){0,7}?"
    r"(?:revenues?|sales|business|income|turnover|orders|earnings)\b)"
)
"""After the party of a reliance, what it gives: revenue ("relies on Apple for more than half its sales"), which makes
the one relied on the customer."""
_FOR_FUNDS = (
    r"(?!(?:[ ][\w&'.\-]+){1,4}?[ ]for[ ](?:[a-z\-]+[ ]){0,2}?(?:funding|financing|capital|cash|money|loans?)\b)"
)
"""A reliance for money is on an investor or a lender, no supplier."""
_NOT_MONEY = r"(?!(?:credit|loan|lending|financing|debt|revolving|facility|bond|swap|standstill|lock-up)\b)"
"""A contract word of money lent or held: a lender or a shareholder, no supplier ("extended its credit agreement")."""
_EN_RENEWED = (
    r"\b(?:renew(?:s|ed)?|extend(?:s|ed)?|prolong(?:s|ed)?|stretch(?:es|ed)?|expand(?:s|ed)?|widen(?:s|ed)?"
    r"|renewed[ ]and[ ](?:widened|expanded|extended))[ ]"
)
"""A verb of renewal or extension, in the present or the past ("has stretched", "renewed and widened")."""
_EN_RENEWED_CONTRACT_WITH = (
    _EN_RENEWED + r"(?:its|their|the)[ ](?:" + _NOT_MONEY + r"[a-z0-9\-$£€.,']{1,15}[ ]){1,5}?"
    r"(?:contracts?|agreements?|deals?|partnerships?|pacts?|relationships?)[ ](?:with|of)(?![\w\-])"
)
"""A renewal with the contract described ("has stretched its 10-year outsourcing agreement with X", "extended the FMTV
contract of X"): the renewing customer before, its supplier after; a bare "renewed its contract with" is a row."""
_EN_RENEWED_TO_SUPPLY = (
    _EN_RENEWED + r"(?:its|their|the|an?)[ ](?:[a-z0-9\-$£€.,']{1,15}[ ]){0,3}?(?:contract|agreement|deal)[ ]to[ ]"
    r"(?:supply|provide|serve|distribute|deliver)(?![\w\-])"
)
"""A supplier renewing its deal to supply a customer, named right after ("renewed its agreement to supply X with")."""
_OWNED_SITE = r"[ ](?:the[ ])?[a-z0-9&.\-]{2,25}(?:[ ][a-z0-9&.\-]{2,25}){0,3}(?:'s|')[ ]"
"""After "at": a site named after its owner ("at Coronado Global Resources' Curragh mine"), the owner a customer."""
_EN_WON_EXTENSION_TO = (
    r"\b(?:won|wins|secured|secures|securing|been[ ]awarded|was[ ]awarded|been[ ]handed|was[ ]handed|been[ ]granted"
    r"|was[ ]granted|received|receives)[ ](?:(?:a|an)[ ])?(?:[a-z0-9\-$£€.,']{1,15}[ ]){0,4}?"
    r"(?<!deadline[ ])(?<!loan[ ])(?<!debt[ ])(?<!payment[ ])(?<!maturity[ ])(?<!credit[ ])"
    r"(?:extension|renewal)(?:[ ](?:valued[ ]at|worth)[ ](?:about[ ]|around[ ]|some[ ]|up[ ]to[ ])?[^ ]{1,15})?[ ]"
    r"(?:to[ ](?:provide|run|supply|manage|operate|deliver|handle|maintain|ship|make|build"
    r"|support|serve)[ ](?:[a-z0-9\-',&]{1,20}[ ]){1,8}?(?:for|to|at(?=" + _OWNED_SITE + r"))"
    r"|(?<!contract[ ]extension[ ])(?<!contract[ ]renewal[ ])with|at(?=" + _OWNED_SITE + r"))(?![\w\-])"
)
"""A supplier given an extension of its work for a customer ("has won a £37 million extension to provide warehousing
for X", "has been awarded a contract extension to run transport for X"). Session 27 (ccont): the customer after "with"
("has secured a three-year extension with X"), or as the owner of the site the work is at ("received a contract
extension valued at A$1.3bn to provide mining services at X's Curragh mine", "wins extension at X's Rosemont
operations")."""
_FR_SELLS = r"\b(?:vend|vendent|fournit|fournissent|livre|livrent)[ ](?:(?:déjà|aussi|également|toujours)[ ])?"
"""A supplier's standing sales to a customer ("livre à X", "vend ses rames à X")."""
_FR_WORKS_FOR = (
    r"\b(?:fabrique|fabriquent|produit|produisent|gère|gèrent|exploite|exploitent|entretient|entretiennent)[ ]"
    r"(?:(?:déjà|aussi|également|toujours)[ ])?"
)
"""A supplier's standing work for a customer, after "pour" only ("exploite des réseaux à Angers" is a place)."""
_EN_BUY = r"\b(?:buy|buys|buying|bought|purchas(?:e|es|ed|ing)|order(?:s|ed|ing)?|sourc(?:e|es|ed|ing))[ ]"
_EN_USE_INSTEAD = (
    r"\b(?:use|uses|using|used)[ ]" + _GOODS_WORDS + r"from(?=[ ][^,.;]{2,50}?[ ](?:instead|in[ ]place[ ]of)\b)"
)
"""Second shift (custend): a customer switching to a supplier's goods ("will use network gear from Y instead", "used
chips from Y instead of Z's"): "instead" must follow, so a standing use ("uses data from Y") is left to other rows."""
_EN_SELL_COUNTED = (
    r"\b(?:sell|sells|sold|selling|lease|leases|leased|leasing)[ ](?:(?:up[ ]to|another|more[ ]than|about|some)[ ])?"
    r"(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty"
    r"|a[ ]hundred)[ ](?!(?:stores?|shops?|towers?|hotels?|restaurants?|branches|outlets|mines?|hospitals?"
    r"|stations?|clinics?|percent|per[ ]cent|million|billion)\b)"
)
"""A supplier selling or leasing so many of its goods to a customer ("will lease 12 new Airbus jets to", "agreed to
sell 19 more aircraft to"): a count, then goods; never a business's sites ("sold 12 stores to" is a deal) nor a
share of a company ("sold 5 million shares")."""
_FR_SOLD = r"\b(?:vendu|vendra|vendront|vendre|cédé|cédera|céderont|céder|cède|cèdent)[ ]"
"""A sale of goods made or to come (« a vendu », « cédera », « va céder »); the standing « vend » is ``_FR_SELLS``."""
_FR_COUNTED = (
    r"(?:(?:encore|plus[ ]de|près[ ]de|quelque|environ)[ ])?" + FR_COUNT + r"[ ](?!(?:magasins?|boutiques?|hôtels?"
    r"|usines?|sites?|filiales?|agences?|restaurants?|pharmacies?|cliniques?|hôpitaux|tours?|mines?|stations?"
    r"|millions?|milliards?|%|pour[ ]cent|actions?|titres?|parts?|sociétés?|entreprises?|marques?)\b)"
)
"""Goods counted (« cinq A380 », « 172 bus »), never a business's sites or shares (« a cédé 12 magasins à » is a
deal, « 5 % du capital » a stake)."""
_FR_BUY = r"\b(?:achète|achètent|achètera|achèteront|achèterait|achetait|achetaient|acheté|acheter)[ ]"

_EN_RENEWAL_OF = (
    r"(?<!non-)(?<!non[ ])\b(?:renewal|extension|continuation)[ ]of[ ](?:the|its|their|a)[ ]"
    r"(?:[a-z0-9\-$£€]{1,15}[ ]){0,3}?"
    r"(?:contract|agreement|deal|account|partnership)[ ](?:by|with)(?![\w\-])"
    r"|\b(?:renewal|extension)[ ]of[ ]the(?=[ ][a-z0-9&'\-.]{2,30}(?:[ ][a-z0-9&'\-.]{2,30}){0,2}[ ]"
    r"(?:[a-z\-]{2,15}[ ]){0,2}(?:contract|agreement|deal|account)\b)"
)
"""A renewal told as a noun: "the renewal of its contract with X", "the extension of the services agreement by X",
or the contract named after its customer ("the renewal of the Tesco contract": the cue ends on "the")."""
_FR_RENEWAL_OF = (
    r"(?<!non-)(?<!non[ ])\b(?:renouvellement|prolongation|reconduction|extension)[ ]d(?:u|e[ ]son|e[ ]sa|e[ ]leur"
    r"|e[ ]l')[ ]?"
    r"(?:contrat|marché|accord|partenariat|délégation)(?:[ ](?:[a-zà-ÿ\-']{2,20}[ ]?){0,3}?"
    r"(?:de|d'|par|avec))?(?:(?<=')|(?![\w\-]))"
)
"""A renewal told as a noun: "le renouvellement du contrat de Y par X", "la prolongation de son contrat avec X"; not its
negation, an ending (« la non-reconduction de son contrat par X », read by ``customer_end``)."""

_FR_AWARD_BY = (
    r"\b(?:attribution|adjudication|réattribution)[ ]d(?:u|es|e[ ]la|e[ ]l')[ ]?"
    r"(?:marchés?|contrats?|concessions?|délégations?|lots?|appels?[ ]d'offres)"
    r"(?:[ ](?!(?:par|à|au|aux|et|qui|que)[ ])[^ .;,()]{1,25}){0,6}?[ ]par(?=[ ])"
)
"""An award told as a noun with its scope, then its giver after « par » (the receiver after « à / au » follows the
giver): « l'attribution du marché des supercalculateurs par le ministère à Y », « l'attribution du marché par le
syndicat des transports à son concurrent Y». Read in the ``chosen_noun`` frame, buyer first."""

_EN_KEEP = (
    r"\b(?:keep(?:s|ing)?|kept|retain(?:s|ed|ing)?|(?:hold(?:s|ing)?|held|hang(?:s|ing)?|hung)[ ]on[ ]to"
    r"|(?:successfully[ ])?defend(?:s|ed|ing))[ ]"
)
"""A supplier not losing what it has: "kept", "retains", "held on to", an agency that "successfully defended" its
client's account in a review (session 24)."""
_EN_KEPT_RELATION = (
    _EN_KEEP + r"(?:(?:its|their|the|both|all|some|several|a[ ]few|most|many|two|three|part[ ]of[ ](?:its|the)"
    r"|some[ ]of[ ](?:its|the))[ ])(?:[a-z\-]{2,15}[ ]){0,2}?(?:contracts?|deals?|agreements?)[ ](?:with|from)"
    r"(?![\w\-])"
    r"|" + _EN_KEEP + r"the(?=[ ][a-z0-9&'\-.]{2,30}(?:[ ][a-z0-9&'\-.]{2,30}){0,2}[ ](?:[a-z\-]{2,15}[ ]){0,2}"
    r"(?:contract|account|business|budget)\b)"
)
"""A supplier keeping its contract with a customer ("kept its contracts with X", "retained some of its deals with X")
or the customer's account ("held on to the X account", the cue ending on "the"). An account or business "with" a
company is the subject's own ("kept its account with Barclays": a bank's customer), so only contracts take "with"."""
_FR_KEPT_RELATION = (
    r"\b(?:conserv(?:e|ent|era|eront|erait|ait)|gard(?:e|ent|era|eront|erait|ait)|(?:a|ont|aurait|avoir)[ ]"
    r"(?:conservé|gardé|sauvé))[ ](?:(?:le|la|les|son|sa|ses|leur|leurs|quelques|plusieurs|certains|un|une"
    r"|une[ ]partie[ ]de[ ]ses|l'essentiel[ ]de[ ]ses)[ ]|l')(?:[a-zà-ÿ\-]{2,15}[ ]){0,2}?"
    r"(?:contrats?|budgets?|marchés?|comptes?)(?:[ ](?:[a-zà-ÿ\-]{2,15}[ ]){0,2}?(?:avec|de|du|des|d'|chez)"
    r"(?:(?<=')|(?![\w\-])))"
)
"""The French twin: "conserve quelques contrats avec X", "a gardé le budget média de X", "conserve ses marchés de"."""

_EN_SUPPLIER_OF = (
    r"\b(?<!potential[ ])(?<!possible[ ])(?<!prospective[ ])(?<!future[ ])"
    r"(?:(?:only|sole|main|largest|biggest|key|major|exclusive|primary|principal|leading|preferred|longtime"
    r"|long-time|official|current|existing)[ ])?(?:supplier|provider|vendor|contractor)s?[ ]of[ ]"
    + _GOODS_WORDS
    + r"(?:to|for)(?![\w\-])"
)
"""A supplier noun with its goods before the customer: "is the only supplier of in-flight meals to X", "the sole
provider of landing gear for X" (not "a potential supplier of"). The supplier stands before the noun."""
_FR_SUPPLIER_OF = (
    r"\b(?<!potentiel[ ])(?<!futur[ ])(?:(?:seul|principal|unique|premier|grand)[ ])?"
    r"(?:fournisseur|prestataire|sous-traitant)s?(?:[ ](?:exclusif|unique|principal|historique|attitré|officiel"
    r"|actuel)s?)?[ ](?:de[ ]|d'|des[ ])"
    r"(?:(?!(?:à|au|aux|pour|avec|par|et)[ ])[a-z0-9à-ÿ\-']{1,15}[ ]){1,5}?(?:à|au|aux|pour)(?![\w\-])"
)
"""The French twin: "le seul fournisseur de repas à X", "fournisseur exclusif de moteurs pour X"."""
_EN_ROSTER_AFTER = (
    r"\b(?:customers?|clients?)(?:[ ](?:base|list|roster))?,?[ ](?:(?:that|which|who)[ ])?"
    r"(?:(?:now|also|have|has|had)[ ])?"
    r"(?:include[sd]?|grew[ ]to[ ]include|came[ ]to[ ]include|such[ ]as)(?![\w\-])"
)
"""A supplier's customers named after them: "customers that include A, B and C", "whose client base grew to include
A", "customers such as A" (the supplier before, the customers listed after)."""
_FR_ROSTER_AFTER = (
    r"\b(?:(?:a|ont|avait|avaient|compte|comptait)[ ](?:(?:notamment|aussi|déjà|également|désormais)[ ])?"
    r"pour[ ](?:principaux[ ]|grands[ ])?clients|clients[ ](?:(?:tels|telles)[ ]que|comme|parmi[ ]lesquels))"
    r"(?![\w\-])"
)
"""The French twin: "a pour clients A et B", "des clients tels que A, B et C"."""
_EN_ROSTER_BEFORE = (
    r"\b(?:are|were|is|was|remain|remains|have[ ]been|has[ ]been)[ ](?:(?:also|already|still|now|all|listed|named"
    r"|cited|counted|reportedly)[ ]){0,2}among[ ](?:its|their|the)[ ](?:[a-z\-]{2,15}[ ]){0,2}(?:customers|clients)"
    r"(?:[ ]of(?![\w\-]))?"
)
"""Customers named before their roster: "A, B and C are (listed) among its customers", "A is among the clients of Y"
(the customers before, the supplier after "of" or the one "its" stands for)."""
_FR_ROSTER_BEFORE = (
    r"\b(?:sont|est|figur(?:e|ent|ait|aient)|rest(?:e|ent)|compt(?:e|ent))[ ](?:(?:aussi|déjà|également|notamment"
    r"|toujours)[ ]){0,2}parmi[ ](?:ses|leurs|les)[ ](?:[a-zé\-]{2,15}[ ]){0,2}clients"
    r"(?:[ ](?:de|du|d')(?:(?<=')|(?![\w\-])))?"
)
"""The French twin: "A et B figurent parmi les clients de Y", "A est aussi parmi ses clients"."""

_GO_ON_STEMS = ("continu", "still", "keep", "kept", "poursui")
_BUY_STEMS = ("buy", "bought", "purchas", "order", "sourc", "achet", "achèt")
_SUPPLY_STEMS = (
    "sells", "suppl", "deliver", "ships", "provide", "make", "build", "manufactur", "produc", "handle", "runs",
    "operat", "manage", "servic", "maintain", "vend", "fourni", "livr", "fabriqu", "produi", "gère", "exploit",
    "entretien",
)  # fmt: skip

_RENEW_STEMS = ("renew", "extend", "prolong", "stretch", "expand", "widen")
_SELL_STEMS = ("sell", "sold", " leas")  # not "release"
_SUPPLIER_NOUNS = ("supplier", "provider", "vendor", "contractor", "fournisseur", "prestataire", "sous-traitant")

_Pattern = tuple[re.Pattern[str], str, str, tuple[str, ...]]
"""A pattern, the family and frame of its cue, and the stems one of which the text must hold."""
PATTERNS: Final[dict[Language, tuple[_Pattern, ...]]] = {
    "en": (
        (re.compile(_EN_GO_ON + _EN_USE + r"(?![\w\-])"), "customer_continue", "active", _GO_ON_STEMS),
        (re.compile(_EN_BUY + _GOODS_WORDS + r"from(?![\w\-])"), "customer_start", "active", _BUY_STEMS),
        (re.compile(_EN_USE_INSTEAD), "customer_start", "active", ("use", "using")),
        (re.compile(EN_MOVED_TO), "customer_start", "active", EN_MOVED_STEMS),
        (
            re.compile(EN_CHOSEN_FOR_WORK + _GOODS_WORDS + r"(?:to|for|at)(?![\w\-])"),
            "customer_start",
            "supplies",
            EN_CHOSEN_STEMS,
        ),
        (
            re.compile(EN_WON_FOR_WORK + _GOODS_WORDS + r"(?:to|for)(?![\w\-])"),
            "customer_start",
            "supplies",
            EN_WON_STEMS,
        ),
        (re.compile(EN_WON_TO_EQUIP), "customer_start", "supplies", ("provide", "supply", "equip")),
        (re.compile(_EN_RENEWAL_OF), "customer_continue", "renewal_of", ("renewal", "extension", "continuation")),
        (re.compile(_EN_RENEWED_CONTRACT_WITH), "customer_continue", "active", _RENEW_STEMS),
        (re.compile(_EN_RENEWED_TO_SUPPLY), "customer_continue", "supplies", _RENEW_STEMS),
        (re.compile(_EN_WON_EXTENSION_TO), "customer_continue", "supplies", ("extension", "renewal")),
        (
            re.compile(_EN_GOES_ON_SUPPLYING + r"(?:" + _GOODS_WORDS + r"(?:to|for)(?![\w\-])|" + _EN_WORK_AT + ")"),
            "customer_continue",
            "supplies",
            (" on ", "keep", "kept", "continu", "supplying", "delivering", "shipping", "manufacturing"),
        ),
        (
            re.compile(_EN_SUPPLIES + _GOODS_WORDS + r"(?:to|for)(?![\w\-])"),
            "customer_continue",
            "supplies",
            _SUPPLY_STEMS,
        ),
        (re.compile(_EN_SELL_COUNTED + _GOODS_WORDS + r"to(?![\w\-])"), "customer_start", "supplies", _SELL_STEMS),
    ),
    "fr": (
        (re.compile(_FR_GO_ON + _FR_USE + r"(?:(?<=')|(?![\w\-]))"), "customer_continue", "active", _GO_ON_STEMS),
        (re.compile(FR_MOVED_TO), "customer_start", "active", FR_MOVED_STEMS),
        (
            re.compile(FR_CHOSEN_FOR_WORK + _FR_GOODS_WORDS + r"(?:à|au|aux|pour)(?![\w\-])"),
            "customer_start",
            "supplies",
            FR_CHOSEN_STEMS,
        ),
        (
            re.compile(FR_WON_FOR_WORK + _FR_GOODS_WORDS + r"(?:à|au|aux|pour)(?![\w\-])"),
            "customer_start",
            "supplies",
            FR_WON_STEMS,
        ),
        (
            re.compile(_FR_BUY + _GOODS_WORDS + r"(?:auprès[ ]d(?:e|')|chez)(?:(?<=')|(?![\w\-]))"),
            "customer_start",
            "active",
            _BUY_STEMS,
        ),
        # Round 19: counted goods sold to or bought from a company after « à » (« Airbus avait cédé cinq A380 à Y »,
        # « la décision de X d'acheter 172 bus à Y »); a price or a place after « à » is no company, so reads nothing.
        (
            re.compile(_FR_SOLD + _FR_COUNTED + _FR_GOODS_WORDS + r"(?:à|au|aux)(?![\w\-])"),
            "customer_start",
            "supplies",
            ("vend", "céd", "cèd"),
        ),
        (
            re.compile(_FR_BUY + _FR_COUNTED + _FR_GOODS_WORDS + r"(?:à|au|aux)(?![\w\-])"),
            "customer_start",
            "active",
            _BUY_STEMS,
        ),
        (
            re.compile(_FR_SELLS + _FR_GOODS_WORDS + r"(?:à|au|aux|pour)(?![\w\-])"),
            "customer_continue",
            "supplies",
            _SUPPLY_STEMS,
        ),
        (re.compile(_FR_AWARD_BY), "customer_start", "chosen_noun", ("attribution", "adjudication")),
        (
            re.compile(_FR_RENEWAL_OF),
            "customer_continue",
            "renewal_of",
            ("renouvellement", "prolongation", "reconduction", "extension"),
        ),
        (re.compile(_FR_GOES_ON_WORKING), "customer_continue", "supplies", _GO_ON_STEMS),
        (
            re.compile(_FR_WORKS_FOR + _FR_GOODS_WORDS + r"pour(?![\w\-])"),
            "customer_continue",
            "supplies",
            _SUPPLY_STEMS,
        ),
    ),
}


_EN_STAYS_WITH = (
    r"\b(?:(?:is|are|was|were)[ ](?:still[ ]|now[ ])?(?:sticking|staying)|(?:has|have|had)[ ](?:so[ ]far[ ]|still[ ]"
    r"|always[ ]|long[ ])?(?:stuck|stayed)|(?:decided|decides|chose|chooses|opted|opts|elected|agreed)[ ]to[ ]"
    r"(?:stick|stay)|(?:will|would)[ ](?:still[ ])?(?:stick|stay)|stayed)[ ]with(?![\w\-])"
)
"""A customer staying with its supplier, in any tense ("is sticking with X", "has stuck with X", "decided to stay with
X"); a bare "stuck with" is also a burden ("was stuck with the bill"), so the past takes its auxiliary."""
_EN_KEPT_AS = (
    r"\b(?:keeps?|kept|keeping|retains?|retained|retaining)[ ](?=[^,.;]{2,40}?[ ]as[ ](?:its|their)[ ]"
    r"(?:[a-z\-]+[ ]){0,3}?(?:suppliers?|providers?|vendors?|agency|agencies|contractors?|manufacturers?|makers?"
    r"|operators?|caterers?|carriers?)\b)"
)
"""A customer keeping its supplier in its role ("has kept Wincanton as its logistics provider"): the supplier right
after the verb (the cue holds the space: a one-word cue would see the subject's name as goods). An adviser or a bank
kept for a deal is no supplier here."""
_FR_KEEPS_TRUST = (
    r"\b(?:garde|gardent|a[ ]gardé|ont[ ]gardé|maintient|maintiennent|a[ ]maintenu|ont[ ]maintenu|conserve"
    r"|conservent|a[ ]conservé|ont[ ]conservé|réitère|a[ ]réitéré)[ ](?:(?:toutefois|néanmoins|donc|ainsi|pourtant"
    r"|encore|bien|aussi)[ ])?(?:sa|leur)[ ]confiance[ ](?:à|au|aux)(?![\w\-])"
)
"""A customer keeping its trust in its supplier (« garde toutefois sa confiance à SpaceX »), the twin of the table's
« renouvelle sa confiance à »."""
_KEEP_ANCHORS = ("keep", "kept", "retain", "held on", "hold", "hang", "hung on", "defend")
_FR_KEEP_ANCHORS = ("conserv", "gard", "sauvé")
ANCHORED: Final[dict[Language, tuple[_Pattern, ...]]] = {
    "en": (
        (
            re.compile(_EN_RELIES_ON + _FOR_REVENUE),
            "customer_continue",
            "passive",
            ("rely ", "relies ", "reliant", "depend"),
        ),
        (
            re.compile(_EN_RELIES_ON + r"(?!" + _FOR_REVENUE + r")" + _FOR_FUNDS),
            "customer_continue",
            "active",
            ("rely ", "relies ", "reliant", "depend"),
        ),
        (re.compile(_EN_KEPT_RELATION), "customer_continue", "passive", _KEEP_ANCHORS),
        (re.compile(_EN_ROSTER_AFTER), "customer_continue", "roster_after", ("customer", "client")),
        (re.compile(_EN_SUPPLIER_OF), "customer_continue", "supplies", _SUPPLIER_NOUNS),
        (re.compile(_EN_ROSTER_BEFORE), "customer_continue", "roster", ("among ",)),
        (re.compile(_EN_STAYS_WITH), "customer_continue", "active", ("stick", "stuck", "stay")),
        (re.compile(_EN_KEPT_AS), "customer_continue", "active", ("keep", "kept", "retain")),
    ),
    "fr": (
        (re.compile(_FR_KEPT_RELATION), "customer_continue", "passive", _FR_KEEP_ANCHORS),
        (re.compile(_FR_ROSTER_AFTER), "customer_continue", "roster_after", ("clients",)),
        (re.compile(_FR_SUPPLIER_OF), "customer_continue", "supplies", _SUPPLIER_NOUNS),
        (re.compile(_FR_ROSTER_BEFORE), "customer_continue", "roster", ("parmi ",)),
        (re.compile(_FR_KEEPS_TRUST), "customer_continue", "active", ("confiance",)),
    ),
}
"""Patterns opening on a common verb or adjective, run only over the sentences holding one of their anchors (a word
every match holds: the verb of "kept its contracts with", the "among" of a roster)."""


def find_relation_cues(folded: str, language: Language) -> list[tuple[int, int, str, str]]:
    """Return (start, end, family, frame) of every going-on, buying or supplying pattern of ``language``."""
    matches = [
        (match, family, frame)
        for pattern, family, frame, stems in PATTERNS[language]
        if holds_any(folded, stems)  # a pass over the whole text only where one of its verbs stands
        for match in gated_finditer(pattern, folded, folded)
    ] + [
        (match, family, frame)
        for pattern, family, frame, anchors in ANCHORED[language]
        for match in anchored_matches(pattern, folded, anchors)
    ]
    return [
        # a pattern whose group ``work`` holds the cue leaves the words before it to the table rows' cues
        (match.start("work") if "work" in match.re.groupindex else match.start(), match.end(), family, frame)
        for match, family, frame in matches
        if _STOPPED_BEFORE.search(folded, max(0, match.start() - _STOPPED_REACH), match.start()) is None
    ]


_STOPPED_BEFORE = re.compile(
    r"\b(?:stop|stops|stopped|stopping|ceas(?:e|es|ed|ing)|halt(?:s|ed|ing)?|quit|no[ ]longer|not|never|n't"
    r"|cut|cuts|cutting|reduc(?:e|es|ed|ing)|end(?:s|ed|ing)?|arrête|arrêter|arrêté|cess(?:e|er|é)|plus|pas|jamais"
    r"|réduit|réduire)[ ](?:[a-z']{1,12}[ ])?$|(?:\bne[ ]|\bn')$"
    r"|\b(?:fail(?:s|ed|ing)?[ ]to[ ][a-z]+|refus(?:e|es|ed|ing)[ ]to[ ][a-z]+|without|sans|no"
    r"|refuse[ ]d[e'](?:[ ]?[a-z]+)?|échec[ ]d[eu](?:[ ][a-z]+)?)[ ](?:an?[ ]|the[ ]|une?[ ]|la[ ]|le[ ]|l')?$"
    r"|\b(?:fail(?:s|ed|ing)?[ ]to|unable[ ]to|échoué[ ]à|pas[ ]réussi[ ]à)[ ]$"
)
"""Right before the verbs: buying or using stopped, cut, denied or failed ("will stop buying chips from", "failed to
agree an extension of its contract with", "failed to keep its contract with"), which the tables read as an end or a
risk, never a start or a continuation."""
_STOPPED_REACH = 30
