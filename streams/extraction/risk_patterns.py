"""Cue patterns for a customer putting a supplier at risk, where a table row cannot spell the words between.

A table row is a fixed phrase: "cut orders" and "reduced its orders from" are rows, but reporters
write "cut its holiday orders", "slashed 2024 chip orders from", "a réduit ses commandes de yaourts
auprès de", "is considering switching its cloud business away from", "will source the part from two
suppliers". Each pattern here is a verb, a short gap of at most three words, and the noun or preposition
that ties the verb to a supplier; it yields a cue of the family ``customer_at_risk`` in one of the
table's frames, read by the same frame reader as a row (:mod:`streams.extraction.rules`). A row that
covers the same words wins when it is longer (longest match first, :func:`streams.extraction.cues.find_cues`).
A cancelled order is an end, not a risk: only a part of one cancelled ("cancel some of its orders") is read here.
"""

from __future__ import annotations

import re
from typing import Final

from schemas.news import Language
from streams.extraction.pattern_windows import anchored_matches

_EN_SOME_OF = (
    r"(?:(?:all|some|each|any|several|many|most|part)(?:[ ](?:or|and)[ ](?:all|some|part|most))?[ ](?:of[ ])?)?"
    r"(?:(?:its|their|the)[ ])?"
)
"""Before a customer's ties: which of them ("all contracts with", "all or some of its contracts with", "its")."""
_GAP = (
    r"(?:(?!(?:after|before|while|when|as|because|following|amid|and|but|or|to|from|with|by|since|than|que|qui"
    r"|après|avant|et|mais|pour|par|depuis)[ ])(?:[a-z0-9à-ÿ\-']{2,15}|\d)[ ]){0,3}?"
)
"""At most three words between the verb and its noun ("its holiday", "ses commandes de yaourts", a model's number:
"iPhone 8"), none that opens another clause or phrase ("cut its forecast after losing business from Y" cuts no
orders)."""

_EN_CUT = (
    r"\b(?:cut|cuts|cutting|slash(?:es|ed|ing)?|reduc(?:e|es|ed|ing)|trim(?:s|med|ming)?|halv(?:e|es|ed|ing)"
    r"|scal(?:e|es|ed|ing)[ ]back|par(?:e|es|ed|ing)[ ]back|pull(?:s|ed|ing)?[ ]back"
    r"|cancel(?:s|led|ed|ling|ing)?[ ](?:part|some|most)[ ]of|freez(?:e|es|ing)|froze|frozen)[ ]"
    r"(?:(?:back|sharply|significantly|drastically)[ ])?"
    r"(?:(?:its|their|the|some|all|his|her)[ ])?"
)
_FR_CUT = (
    r"\b(?:réduit|réduire|réduira|réduisent|réduiraient|réduirait|diminue|diminuer|diminuera|a[ ]diminué"
    r"|baisser|revoit[ ]à[ ]la[ ]baisse|revoir[ ]à[ ]la[ ]baisse|gèle|geler|gelé|suspend|suspendre"
    r"|suspendu|annule[ ]une[ ]partie[ ]de|annuler[ ]une[ ]partie[ ]de|divise[ ]par[ ]deux|diviser[ ]par[ ]deux)[ ]"
    r"(?:(?:ses|sa|son|les|des|leurs|une[ ]partie[ ]de[ ]ses|toutes[ ]ses)[ ])?"
)
_EN_DELIBERATE = (
    r"\b(?:considering|weighing|exploring|studying|evaluating|mulling|examining|looking[ ]at|testing|trialling"
    r"|trialing|piloting|planning|threatening|threatened|threatens)[ ](?P<cue>"
)
"""A deliberation verb; the cue starts after it (group ``cue``), so that it qualifies the event as a plan."""
_EN_SEEK = (
    r"\b(?:look(?:s|ed|ing)?[ ](?:for|at)|seek(?:s|ing)?|sought|search(?:es|ed|ing)?[ ]for|hunt(?:s|ed|ing)?[ ]for"
    r"|talk(?:s|ed|ing)?[ ](?:to|with)|in[ ](?:talks|discussions)[ ]with|negotiat(?:e|es|ed|ing)[ ]with"
    r"|approach(?:es|ed|ing)?|court(?:s|ed|ing)?"
    r"|sound(?:s|ed|ing)?[ ]out|consider(?:s|ed|ing)?|explor(?:e|es|ed|ing)|evaluat(?:e|es|ed|ing)"
    r"|qualif(?:y|ies|ied|ying)|add(?:s|ed|ing)?|bring(?:s|ing)?[ ]in|brought[ ]in|lin(?:e|es|ed|ing)[ ]up"
    r"|thinking[ ]about|weigh(?:s|ed|ing)?|test(?:s|ed|ing)?|tender(?:s|ed|ing)?[ ]for)[ ]"
    r"(?:(?:a|an|the|some|more|its|potential|possible)[ ]){0,2}"
    r"(?:second|another|alternative|alternate|other|new|additional|backup|back-up|rival|different|competing|extra)[ ]"
    r"(?:[a-z\-]{2,15}[ ])?(?:suppliers?|sources?|vendors?|providers?|makers?|manufacturers?"
    r"|(?:supply|supply-chain|distribution|logistics)[ ]partners?)\b"
)
"""A customer looking for, talking to or adding a supplier that is not its current one ("is in talks with a
potential second supplier of batteries", "is adding additional suppliers", "is thinking about a different supplier")."""
_FR_SEEK = (
    r"\b(?:(?:cherch|recherch|approch|consult|sollicit|sond|envisag|étudi|ajout|qualifi|s'ouvr|ouvr)[a-zé]{0,6}"
    r"|(?:discut|négoci)[a-zé]{0,6}[ ]avec|en[ ](?:pourparlers|discussions?|négociations?)[ ]avec"
    r"|(?:se[ ])?tourn[a-zé]{0,6}[ ]vers)[ ]"
    r"(?:à[ ])?(?:(?:d'|d'[ ]|des|de|un|une|plusieurs)[ ]?)?"
    r"(?:autres|autre|second|seconde|deuxième|nouveaux|nouvelles|nouveau|nouvelle|plusieurs)[ ]"
    r"(?:[a-zà-ÿ\-]{2,15}[ ])?(?:fournisseurs?|prestataires?|sous-traitants?|sources|fabricants?)\b"
)
"""The same in French ("approcher d'autres fournisseurs", "cherche un second fournisseur de batteries")."""

_EN_HALT = (
    r"\b(?:stop(?:s|ped|ping)?|halt(?:s|ed|ing)?|suspend(?:s|ed|ing)?|cut(?:s|ting)?[ ]off|interrupt(?:s|ed|ing)?"
    r"|paus(?:e|es|ed|ing)|freez(?:e|es|ing)|froze|withh(?:old|olds|olding|eld)|ceas(?:e|es|ed|ing)"
    r"|hold(?:s|ing)?[ ]back|held[ ]back)[ ]"
    r"(?:(?:its|their|all|some|most|further|the)[ ])?(?:[a-z\-]{2,15}[ ])?(?:deliveries|supplies|supply)"
    r"(?:[ ]of(?:[ ](?!(?:said|says|after|when|while|because|but|which|who)\b)[^ .;]{1,25}){1,6}?)?[ ]to\b"
)
"""A supplier holding back what it delivers, the customer after "to": "halted deliveries of Whiskas cat food to Y",
"suspended its milk supplies to Y", "suspended its deliveries of ketchup, beans and soup to Y". Not "shipments": an
export ban ("halted shipments to Huawei") ends a relation."""
_EN_REFUSE_SUPPLY = (
    r"\b(?:refus(?:e|es|ed|ing)|declin(?:e|es|ed|ing))[ ]to[ ](?:(?:keep|continue)[ ](?:on[ ])?)?"
    r"(?:supply(?:ing)?|deliver(?:ing)?(?:[ ](?:parts|goods|components|products))?[ ]to"
    r"|ship(?:ping)?(?:[ ](?:parts|goods|components|products))?[ ]to)\b"
    r"(?![^.;]{0,40}?[ ]with[ ](?:(?:a|an|any|the|further|more)[ ])?(?:comments?|details|information|data|documents?"
    r"|evidence|way|access|answers?|names|records|figures|explanation|proof)\b)"
)
"""A supplier refusing to go on supplying, the customer after: "refused to supply Y after it demanded a price hike",
"declined to keep shipping parts to Y": a lever in a quarrel, as a halt is (the French "refuse de livrer Y"). Not a
refusal to hand over information ("refused to supply the FBI with a way into the phone", "with any details")."""
_FR_ENDING_WEIGHED = (
    r"\b(?:évoqu|brandi|brandit|agit|envisag|menac|étudi|examin|prépar|lanc|engag|entam|déclench)[a-zéè]{0,6}[ ]"
    r"(?:(?:même|aussi|déjà|ouvertement|publiquement)[ ])?"
    r"(?:la[ ]menace[ ]d'[ ]?|la[ ]possibilité[ ]d'[ ]?|l'hypothèse[ ]d'[ ]?)?(?:une|la|sa)[ ]"
    r"(?:(?:éventuelle|possible|probable|procédure[ ]de)[ ])?(?:rupture|résiliation|dénonciation)"
    r"(?:[ ](?:anticipée|unilatérale))?[ ](?:de[ ]son|de[ ]sa|de[ ]ses|du|des|de[ ]la|de)[ ]"
    r"(?:contrats?|marchés?|partenariats?|collaboration|convention|délégation)(?:[ ][a-zé\-]{2,15}){0,2}?"
    r"[ ](?:avec|passés?[ ]avec|confiés?[ ]à)(?=[ ])"
)
"""A customer that raises, threatens, weighs or starts the ending of its contract with a supplier, the supplier
after: "a évoqué une éventuelle rupture de contrat avec Y", "brandit la menace d'une résiliation du marché passé avec
Y", "a lancé une procédure de résiliation anticipée du contrat avec Y". Not yet ended: the relation is at risk."""
_FR_THREATENED_END = (
    r"\b(?:menac(?:e|ent|é|ait|aient|erait|er)|a[ ]menacé|ont[ ]menacé)[ ](?:(?:même|aussi|déjà|désormais)[ ])?"
    r"(?:de[ ]|d')(?:résilier|rompre|annuler|dénoncer|mettre[ ]fin[ ]à|arrêter|stopper)[ ]"
    r"(?:(?:son|sa|ses|le|la|les|leur|leurs)[ ]|l')(?:[a-zà-ÿ0-9\-]{2,15}[ ]){0,2}?"
    r"(?:(?:contrats?|marchés?|partenariats?|conventions?)(?:[ ](?:de|du)|[ ]d')"
    r"|(?:contrats?|commandes?|marchés?|partenariats?|accords?|conventions?|collaboration)"
    r"(?:[ ](?:avec|auprès[ ]d(?:e|u|es)|chez)|[ ]auprès[ ]d'))(?=[ a-zà-ÿ])"
)
"""A customer's end only threatened, in French, spelled whole so that it outruns the end row inside it: « menace de
résilier le contrat de Y », « a menacé d'annuler sa commande auprès d'Y », « menace de rompre sa collaboration avec
Y »: at risk, not ended. An order's "de" names its goods (« sa commande d'A380 »), not its supplier: other rows read
it."""
_REFUSED_DELIVERY = (
    r"\b(?:refus[a-zé]{0,4}[ ](?:la[ ]livraison[ ]d(?:e|es|u|')|de[ ](?:réceptionner|recevoir))"
    r"|(?:refus|reject)(?:e|es|ed|ing)?[ ](?:to[ ]accept[ ])?(?:the[ ])?deliver(?:y|ies)[ ]of)"
    r"[^.;]{1,60}?[ ](?:construit|fabriqué|livré|fourni|produit|built|made|supplied|manufactured|produced)e?s?[ ]"
    r"(?:par|by)(?=[ ])"
)
"""A customer refusing delivery of goods a supplier made, the supplier after "par / by": "a refusé la livraison de
nouveaux trains construits par Y", "refused delivery of 30 buses built by Y" (quality in doubt, the relation at
risk)."""
_EN_CONTRACT_CUT = (
    r"(?<!\band[ ])\b(?:(?:cut|cuts|slash(?:es|ed)?|halv(?:e|es|ed)|reduc(?:e|es|ed)|downgrad(?:e|es|ed)|lower(?:s|ed)?"
    r"|trim(?:s|med)?)[ ](?:the[ ])?(?:(?:expected|estimated|forecast|projected|total|annual)[ ])?(?:value|size|scope)"
    r"[ ]of|downgrad(?:e|es|ed)[ ](?:its[ ])?expectations[ ](?:from|for))[ ](?:its|a|the)[ ]"
    r"(?:[a-z0-9\-]{2,15}[ ]){0,3}?(?:contracts?|agreements?|deals?)[ ](?:with|for)(?=[ ])"
)
"""A supplier marking down a contract it holds, the customer after "with": "slashed the value of a previously
announced contract with lithium miner Y", "downgraded expectations from a contract with Y": less work from Y, the
relation at risk. Not a verb coordinated after "and", whose subject is further back than the company before it."""
_EN_PERFORMANCE_REVIEW = (
    r"\b(?:review(?:s|ed|ing)?|re-?examin(?:e|es|ed|ing)|scrutini[sz](?:e|es|ed|ing)|re-?assess(?:es|ed|ing)?"
    r"|re-?evaluat(?:e|es|ed|ing))[ ]"
    r"(?=(?:[a-z0-9&\-]{2,15}[ ]){0,2}[a-z0-9&\-]{2,15}(?:'s|')[ ](?:[a-z\-]{2,15}[ ]){0,2}?performance[ ]"
    r"(?:in|on|under|across)[ ](?:its|their|the)[ ](?:[a-z\-]{2,15}[ ]){0,3}?contracts?\b)"
)
"""A customer reviewing how its supplier performs on its contracts, the supplier named as the performance's owner:
"is reviewing Jarvis' performance in its public sector contracts" (the cue ends before the supplier; a review of
performance with no contract named, an analyst's or a rater's, is no customer's)."""
_EN_SUSPENDED_AS_SUPPLIER = (
    r"\bsuspend(?:s|ed|ing)?[ ](?=(?:[^ ,.;]{1,25}[ ]){1,4}?as[ ](?:a|an|its|their)[ ](?:[a-z\-]{2,15}[ ])?"
    r"(?:supplier|vendor|contractor|provider|subcontractor)\b)"
)
"""A customer suspending a supplier, the supplier named right after the verb and before its role: "has suspended
Pegatron as a supplier pending an investigation"."""
_EN_THREATENED_END = (
    r"\bthreat(?:en|ens|ened|ening)[ ]to[ ](?:cancel|end|terminate|scrap|axe|tear[ ]up|rip[ ]up|break|quit|exit)[ ]"
    r"(?:(?:its|their|the|a|an)[ ])?(?:[a-z0-9\-]{2,15}[ ]){0,3}?"
    r"(?:contracts?|agreements?|deals?|partnerships?|relationship|orders?)[ ]with(?=[ ])"
)
"""A customer's end only threatened, spelled whole so that it outruns the end row inside it ("threatened to cancel
its contract with Y" is no cancelled contract): the relation is at risk."""
_EN_PERFORMANCE_REVIEWED = (
    r"\b(?:the[ ])?(?:performance|record|work)[ ]of[ ](?:[^ ,.;]{1,25}[ ]){1,6}?"
    r"(?:(?:is|are)[ ]being|(?:will|would|is[ ]to|are[ ]to|could|may)[ ]be|has[ ]been|have[ ]been)[ ]"
    r"(?P<cue>(?:reviewed|re-?examined|scrutini[sz]ed|re-?assessed|re-?evaluated))\b"
)
"""A supplier's performance to be reviewed, its customer the teller: "The performance of troubled Olympics contractor
G4S will be reviewed 'very carefully', the Cabinet Office has warned" (the cue is the participle; the supplier stands
before it, the customer is the company of the attribution, as in the ``quoted_supplier`` frame)."""
_FR_HALT = (
    r"\b(?:(?:suspend|interromp|interrompu|cess|coup|arrêt|gel|bloqu|stopp)[a-zéè]{0,6}"
    r"(?:[ ](?:purement[ ]et[ ]simplement|net|brutalement|aussitôt))?"
    r"[ ](?:ses|les|leurs|toutes[ ]ses|toutes[ ]les|la|sa)[ ]"
    r"(?:livraisons?|approvisionnements?|fournitures)(?:[ ]d(?:e|es|u|')(?:[ ]?[^ .;]{1,25}){1,10}?)?"
    r"[ ](?:à|au|aux|auprès[ ]d(?:e|es|u)|auprès[ ]d')"
    r"|(?:cess|arrêt|refus)[a-zéè]{0,6}[ ](?:de[ ]|d')(?:livrer|approvisionner|fournir))(?=[ ]|(?<=')\w)"
)
"""The same in French: "a suspendu ses livraisons de lait à Y", "refuse de livrer Y", "cesse d'approvisionner Y"; the
deliveries may be one ("a suspendu la livraison de ses marques à Y"), their goods a list of brands ("la livraison des
marques A, B et C à Y"), the verb "stopper" ("a stoppé toutes ses livraisons de produits à Y") and the customers after
"auprès de" ("a arrêté les livraisons de ses produits auprès des enseignes Y et Z")."""

_DISPUTE_GAP = (
    r"(?:(?!(?:over|up|on|out|and|or|with|rival|rivals|competing|competitor|fellow|concurrent|concurrente)[ ])"
    r"[a-z\-]{2,15}[ ]){0,2}?"
)
"""At most two words before the role noun ("its Ontario parts supplier"), none that makes a phrase ("took over")
or a competitor of the role ("rival manufacturer Y")."""
_EN_DISPUTE = r"(?:dispute|row|standoff|stand-off|spat|clash|feud|fight|battle|lawsuit|suit|legal[ ]action|litigation)"
_EN_SUPPLIER = r"(?:suppliers?|vendors?|contractors?|providers?|manufacturers?)\b(?!-)"
_EN_CUSTOMER = r"(?:customers?|clients?|retailers?|grocers?|carmakers?|automakers?)\b(?!-)"
_FR_DISPUTE = (
    r"(?:conflit|litige|différend|contentieux|bras[ ]de[ ]fer|guerre)(?:[ ](?:commercial|tarifaire|judiciaire))?"
)
_FR_SUPPLIER = r"(?:fournisseurs?|prestataires?|sous-traitants?|fabricants?|industriels?)\b"
_FR_CUSTOMER = r"(?:clients?|distributeurs?|enseignes?|constructeurs?)\b"
_EN_DISPUTE_WITH = rf"\b{_EN_DISPUTE}[ ](?:with|against)[ ](?:(?:its|their|a|an|the|one[ ]of[ ]its)[ ])?{_DISPUTE_GAP}"
_FR_DISPUTE_WITH = (
    rf"\b{_FR_DISPUTE}[ ](?:avec|contre)[ ](?:(?:son|ses|le|les|un|l'un[ ]de[ ]ses)[ ]|l')?{_DISPUTE_GAP}"
)
"""A dispute, a row or a lawsuit with a party its role names: "in a pricing dispute with its supplier Y", "a lawsuit
against parts maker Y", "en conflit avec son fournisseur Y", "bras de fer avec le distributeur Y". The role noun says
which side is the customer; without one ("Apple sued Samsung") nothing is read."""
_EN_MAY = r"\b(?:may|might|could)(?:[ ](?:also|even|well|yet|soon|now|still))?[ ](?P<cue>"
"""A modal of threat; the cue starts after it (group ``cue``), so that it qualifies the event."""
_EN_END_BARE = (
    r"(?:drop|ditch|dump|axe|scrap|sever[ ](?:its[ ])?ties[ ]with|cut[ ](?:its[ ])?ties[ ]with"
    r"|part[ ](?:ways|company)[ ]with|pull[ ](?:its|their)[ ](?:business|account|orders)[ ]from"
    r"|stop[ ](?:using|buying[ ]from|working[ ]with|doing[ ]business[ ]with)|switch[ ]away[ ]from))\b"
)
"""The bare verb of a customer's end ("ditch", "part company with"), its supplier right after."""
_EN_ORDER_CANCEL_THREAT = (
    r"(?:\b(?:may|might|could)(?:[ ](?:also|even|well|yet|soon|now|still))?[ ]|\bthreat(?:en|ens|ened|ening)[ ]to[ ]"
    r"|(?:\bnot|n't)[ ]rul(?:e|es|ed|ing)[ ]out[ ])(?P<cue>cancel(?:l?ing)?[ ](?:a|an|the|its|some[ ]of[ ]its))"
    r"(?=[ ](?:[^ ,;]{1,20}[ ]){0,4}?orders?\b)"
)
"""A customer's threat to cancel an order (a modal, "threatened to", "is not ruling out"): the cue stops before the
order's words, which may name the supplier ("a longstanding Y 777X order")."""

_EN_GOODS = r"(?:products|brands|goods|items|lines|snacks|drinks|beverages)"
_FR_GOODS = r"(?:produits|références|marques|articles|boissons)"
_EN_SHELF = r"(?:shelves|stores|supermarkets|aisles|website|sites?)"
_FR_SHELF = r"(?:rayons|magasins|linéaires|étals|supermarchés|hypermarchés|sites?)"
_EN_PULL_MODIFIER = (
    r"\b(?:(?:has|have|had)[ ])?(?:pull(?:s|ed|ing)?|remov(?:e|es|ed|ing)|withdr(?:aw|aws|ew|awn|awing)"
    r"|strip(?:s|ped|ping)?|clear(?:s|ed|ing)?|delist(?:s|ed|ing)?|yank(?:s|ed|ing)?|ban(?:s|ned|ning)?|took|taken"
    r"|tak(?:e|es|ing)[ ]off|order(?:s|ed|ing)?)[ ]"
    r"(?:(?:all|some|many|several|dozens[ ]of|hundreds[ ]of|a[ ]number[ ]of|the|its)[ ])?"
    r"(?:(?:about|around|roughly|nearly|almost|some|over|more[ ]than|up[ ]to)[ ])?(?:\d{1,4}[ ])?"
    r"(?=(?:[^ ,.;]{2,20}[ ]){1,3}"
    + _EN_GOODS
    + r"[ ](?:from|off)[ ](?:its|their|the)[ ](?:[a-z\-]{2,15}[ ])?"
    + _EN_SHELF
    + r"\b)"
)
"""A retailer pulling a maker's goods, the maker named as their modifier: "Tesco has pulled Heinz products from its
shelves", "removed some 200 Mars lines from its stores", "ordered some Unilever goods off its shelves"; the cue stops
before the maker, who follows it. Session 26 (custend): a count told roughly ("removed about 300 X products"), and "has
taken X products off its shelves" (the auxiliary is in the cue, so that the stake row "has taken" does not hide it)."""
_FR_PULL_MODIFIER = (
    r"\b(?:retir|bann|enl[eè]v|sort|déréférenc|suspend)[a-zéè]{0,6}[ ]"
    r"(?:(?:les|des|ses|plusieurs|certains|certaines|tous[ ]les|toutes[ ]les|une[ ]partie[ ]des|une[ ]centaine[ ]de"
    r"|une[ ]vingtaine[ ]de)[ ])?(?:\d{1,4}[ ])?" + _FR_GOODS + r"[ ](?:de[ ]la[ ]marque[ ]|du[ ]groupe[ ])?"
    r"(?=[^ ,.;]{2,20}(?:[ ][^ ,.;]{2,20}){0,2}(?:[ ]de[ ](?:ses|leurs|son)[ ]"
    + _FR_SHELF
    + r"|[ ](?:en[ ]raison|à[ ]cause|faute|pour[ ]cause|sur[ ]fond)\b))"
)
"""The same in French, the maker right after the goods: "Colruyt retire plusieurs produits Nestlé de ses rayons",
"Carrefour bannit les produits PepsiCo en raison de prix jugés trop élevés": the shelves or the dispute must follow."""
_FR_PULLED_FROM = (
    r"(?:\b(?:(?:(?:ont|a|sont|est|seront|seraient|vont|va)[ ])?(?:été|être)[ ]|(?:sont|est|seront|seraient)[ ])"
    r"(?:(?:progressivement|temporairement|déjà)[ ])?(?:retiré|enlevé|banni)e?s?[ ]"
    r"|\b(?:ont|a|avaient|avait|auraient)[ ](?:(?:progressivement|temporairement|déjà)[ ])?disparu[ ]"
    r")(?:(?:cette[ ]semaine|ce[ ]week-end|hier|jeudi|lundi|mardi|mercredi|vendredi|samedi|dimanche)[ ])?"
    r"(?:des|de[ ]l'offre[ ]d[e'u]?|de[ ]l'assortiment[ ]d[e'u]?)[ ]?(?:" + _FR_SHELF + r"[ ](?:des|de|du|d')[ ]?"
    r"(?:(?:magasins|supermarchés|hypermarchés|enseignes?)[ ])?)?"
)
"""Goods of the maker withdrawn from the retailer's shelves, maker before, retailer after: "18 produits Nestlé ont été
retirés des rayons des magasins Colruyt", "ont disparu jeudi des rayons de Carrefour" (a day may stand between)."""
_EN_PULLED_FROM = (
    r"\b(?:(?:were|was|have[ ]been|has[ ]been|had[ ]been|are[ ]being|will[ ]be)[ ])"
    r"(?:(?:temporarily|gradually|quietly)[ ])?(?:pulled|removed|withdrawn|taken|stripped|cleared|delisted)[ ]"
    r"(?:from|off)[ ](?:the[ ])?(?:" + _EN_SHELF + r"[ ](?:of|at)[ ])?(?=[^ ,.;]{2,20}(?:[ ][^ ,.;]{2,20}){0,2}?"
    r"(?:'s)?[ ](?:" + _EN_SHELF + r"|stores'[ ]shelves)?)"
)
"""The same in English: "Kraft products were pulled from the shelves of Tesco", "were removed from Tesco's stores"."""


_EN_QUARREL_WITH = (
    r"\b(?:(?:a|an|its|their|the)[ ](?:(?:bitter|long-running|public|comparable|similar|fresh|new|pricing|price"
    r"|contract|supply|commercial|payment|legal|contractual|court)[ ]){0,3}"
    r"(?:row|dispute|quarrel|spat|stand-?off|feud|falling-out|squabble)"
    r"|(?:clash(?:es|ed|ing)?|f(?:ight|ights|ighting|ought)|feud(?:s|ed|ing)?|quarrel(?:s|led|ed|ling|ing)?"
    r"|wrangl(?:e|es|ed|ing)|squabbl(?:e|es|ed|ing))(?:[ ](?:publicly|openly|bitterly|again|repeatedly))?"
    r"|at[ ]loggerheads)[ ]with[ ]"
    r"|\b(?:a|an|the)[ ](?:(?:bitter|long-running|public|pricing|price|contract|supply|commercial)[ ]){0,3}"
    r"(?:row|dispute|quarrel|spat|stand-?off|feud|falling-out|squabble)[ ]between[ ]"
)
"""A quarrel of two sides, the second right after "with" ("is in a pricing row with Y", "clashed with Y", "fought
publicly with Y", "has been feuding with Y"), or both after "between" ("a bitter falling-out between X and Y"); which
side buys is read by :mod:`streams.extraction.supply_dispute`, which gives nothing without a sign of it."""
_EN_FEWER = (
    r"\b(?:buy|buys|buying|bought|order(?:s|ed|ing)?|purchas(?:e|es|ed|ing))[ ]"
    r"(?:(?:about|around|roughly|some|nearly|almost|up[ ]to)[ ])?"
    r"(?:(?:\d+(?:[.,]\d+)?[ ]?(?:percent|per[ ]cent|%)|far|significantly|substantially|much|many)[ ])?"
    r"(?:fewer|less)\b(?:(?:[ ][a-z0-9\-]{2,20}){0,4}?[ ]from(?=[ ])|[ ]of(?=[ ](?:its|their|the)[ ]))?"
)
"""A customer buying less from its supplier: "will order 30 percent fewer of its chips", "bought far fewer engines
from Y"; the supplier after "from" or owning the goods ("of its chips": the teller or the apposition's company)."""
_EN_SHIFTING_AWAY = (
    r"\b(?:is|are|was|were|has[ ]been|have[ ]been|has[ ]begun|have[ ]begun|began|begins|has[ ]started|started"
    r"|starts)[ ](?:(?:quietly|gradually|slowly|already|now)[ ])?(?:shifting|moving|switching|diverting|steering)[ ]"
    r"(?:more|some|part|parts|a[ ]portion|a[ ]share|a[ ]chunk|much)(?:[ ]of)?[ ](?:(?:its|their|the)[ ])?"
    r"(?:[a-z\-]{2,15}[ ]){0,3}?away[ ]from\b"
)
"""A customer moving a part of its work away from its supplier, the supplier right after: "is shifting more
assembly away from Y", "has begun moving some of its orders away from Y", "started diverting part of its freight
away from Y". Only a part: "is moving its chip orders away from Y to Z" and "moved all its business away from Y" are
ends, read elsewhere."""
_FR_CONTRACT_DOUBTED = (
    r"\b(?:contrats?|marchés?|commandes?|accords?|conventions?|délégations?)\b"
    # a deal between owners is no customer's contract (« l'accord de rachat de X par Y a été revu »)
    r"(?![ ]d(?:e[ ]|['\u2019])(?:rachat|fusion|cession|reprise|acquisition|rapprochement|participation)\b)"
    r"(?:[ ](?!(?:et|mais|car|alors|tandis|selon)[ ])[^ .;]{1,25}){0,14}?[ ]"
    r"(?:est|sont|sera|seront|serait|seraient|soit|être|a[ ]été|ont[ ]été|avait[ ]été|aurait[ ]été"
    r"|(?:va|vont|doit|doivent|devrait|devraient|pourrait|pourraient|devra|devront)[ ]être)[ ]"
    r"(?:(?:prochainement|bientôt|désormais|déjà|à[ ]nouveau|de[ ]nouveau|entièrement|partiellement)[ ])?"
    r"(?P<cue>(?:revue?s?|réexaminée?s?|réévaluée?s?|renégociée?s?|suspendue?s?|contestée?s?"
    r"|remise?s?[ ]en[ ](?:cause|question|concurrence|jeu)|soumise?s?[ ]à[ ]un[ ](?:nouvel[ ])?appel[ ]d'offres)"
    r"(?![a-zé])(?![ ]à[ ]la[ ](?:hausse|baisse)))"
)
"""A contract, an order or a public service delegation that names its two sides before its passive predicate, doubted
and not ended: "le contrat qui unit X à Y devrait être revu", "la commande passée par X à Y a été suspendue", "le marché
confié à Y par X sera remis en concurrence"; not a deal's agreement (« l'accord de rachat de X par Y a été revu »).
The cue is the predicate (group ``cue``), read in the ``own`` frame like "a été résilié"
(:func:`streams.extraction.rules._own_contract_parties`); a price "revu à la hausse" is no doubt."""
_FR_QUARREL = (
    r"\ben[ ](?:conflit|litige|désaccord|froid|guerre|bisbille)(?:[ ](?:commercial|tarifaire|ouvert))?[ ]avec[ ]"
    r"|\b(?:un|le|du|d'un|son|leur|ce)[ ](?:(?:long|nouveau|vif|âpre)[ ])?"
    r"(?:différend|conflit|litige|désaccord|bras[ \-]de[ \-]fer)"
    r"(?:[ ](?:commercial|tarifaire|sur[ ]les[ ](?:prix|tarifs)))?[ ](?:avec|entre)[ ]"
)
"""The same in French: "X est en conflit avec Y", "un différend tarifaire avec Y", "un bras de fer entre X et Y"."""

_EN_RELATION_NOUN = r"(?:relationships?|ties|contracts?|agreements?|partnerships?|deals?|accounts?)"
_EN_DOUBTED_TIE = (
    r"\b(?:leav(?:e|es|ing)|left|put(?:s|ting)?|plac(?:e|es|ed|ing)|cast(?:s|ing)?|throw(?:s|ing)?|threw|thrown"
    r"|call(?:s|ed|ing)?)[ ](?:(?:its|their|all[ ]of[ ]its)|(?!(?:its|their|the|a|an)[ ])(?:[a-z0-9&\-]{2,15}[ ]){0,2}"
    r"[a-z0-9&\-]{2,15}'s?)[ ](?:(?!(?:merger|acquisition|takeover|sale|loan)[ ])[a-z0-9\-]{2,15}[ ]){0,3}?"
    + _EN_RELATION_NOUN
    + r"(?=[ ]with[ ][^.;]{2,80}?[ ](?:in(?:to)?[ ](?:doubt|question|jeopardy)|at[ ]risk|under[ ]threat"
    r"|on[ ]hold)\b)"
)
"""A customer's ties put in doubt by a decision told in the same clause ("leaving its supply deals with X and Y in
doubt", "puts Dorvane's contract with X at risk", "throws its partnership with X into question"): the relation is
the customer's, its supplier after "with"."""
_EN_SUSPENDED_TIE = (
    r"\b(?:suspend(?:s|ed|ing)?|put(?:s|ting)?[ ]on[ ]hold|froze|freez(?:e|es|ing))[ ]"
    r"(?:(?:its|their|a|an|the)[ ])?(?:(?!(?:merger|acquisition|takeover|sale|loan)[ ])[a-z0-9\-]{2,15}[ ]){0,3}?"
    r"(?:contracts?|agreements?|deals?|partnerships?)[ ](?:with|for)(?![ ](?:the|a|an|its|their|supply|delivery"
    r"|construction|provision)\b)"
)
"""A customer suspending a contract with a supplier ("suspended its contract with X", "had suspended a contract for X
to provide firefighting services"): the relation is on hold, not ended; the supplier right after."""
_EN_AGENCY_REVIEWED = (
    r"\b(?:put(?:s|ting)?|plac(?:e|es|ed|ing))[ ](?:its|their)[ ](?:[a-z\-]{2,15}[ ]){0,2}?"
    r"(?:agency|auditors?|suppliers?|providers?|vendors?|partners?|contractors?)"
    r"(?:[ ](?:of|on)[ ]record)?,?[ ](?:the[ ])?(?=[^,.;]{2,40},?[ ](?:under|up[ ]for|into)[ ]review\b)"
)
"""A customer putting its named agency or supplier under review, the name in apposition ("put its agency of record,
X, under review", "put its agency on record, the X, under review"): the supplier right after the cue."""
_FR_SUSPENDED_TIE = (
    r"\b(?:suspend(?:u|re|ra|rait|ait)?|gel(?:é|er|era|ait)|gèle)[ ](?:(?:son|sa|ses|le|la|les|un|une|leur)[ ])"
    r"(?:[a-zà-ÿ0-9\-]{2,15}[ ]){0,2}?(?:contrats?|accords?|partenariats?|marchés?)(?:[ ][a-zà-ÿ\-]{2,15})?[ ]"
    r"(?:avec|passés?[ ]avec)"
)
"""The same in French: "a suspendu son contrat avec X", "suspend le marché passé avec X"."""

PATTERNS: Final[dict[Language, tuple[tuple[re.Pattern[str], str, tuple[str, ...]], ...]]] = {
    "en": (
        # "Jumbo ended up in a pricing row with Mars", "Delta settled a quarrel with caterer LSG Sky Chefs".
        (
            re.compile(_EN_QUARREL_WITH),
            "dispute",
            (
                "row",
                "dispute",
                "quarrel",
                "spat",
                "stand",
                "feud",
                "falling",
                "squabble",
                "clash",
                "loggerheads",
                "fight",
                "fought",
                "wrangl",
            ),
        ),
        # "will buy about 30 percent fewer of its chips", "ordered far fewer engines from Y": a purchase shrunk.
        (re.compile(_EN_FEWER), "active", ("fewer", "less")),
        # "Walmart cut its holiday orders (sharply)": the customer's own orders; the supplier is named before.
        (re.compile(_EN_CUT + _GAP + r"orders?\b"), "own", ("order",)),
        # "cut its purchases from Y", "slashed 2024 chip orders with Y": the supplier right after.
        (
            re.compile(
                _EN_CUT + _GAP + r"(?:orders?|purchases|purchasing|buying|spending|business)[ ](?:from|with|at)\b"
            ),
            "active",
            ("order", "purchas", "buying", "spending", "business"),
        ),
        # "is considering switching its cloud business away from Y", "weighing moving from Y".
        (
            re.compile(
                _EN_DELIBERATE + r"(?:switching|moving|shifting)(?:[ ](?:its|their)(?:[ ][a-z\-]{2,15}){0,3})?"
                r"[ ](?:away[ ])?from\b)"
            ),
            "active",
            ("switching", "moving", "shifting"),
        ),
        # "is shifting more assembly away from Y", "has begun moving some of its orders away from Y": under way.
        (re.compile(_EN_SHIFTING_AWAY), "active", ("shifting", "moving", "switching", "diverting", "steering")),
        # "is weighing whether to drop Y", "has been mulling ditching Y": a supplier's removal deliberated ("replace"
        # is left to the table rows, which also read a leader's replacement).
        (
            re.compile(
                _EN_DELIBERATE + r"(?:whether[ ]to[ ])?(?:drop|dropping|ditch(?:ing)?"
                r"|cut(?:ting)?[ ]ties[ ]with|mov(?:e|ing)[ ]away[ ]from))\b"
            ),
            "active",
            ("drop", "ditch", "ties with", "away from"),
        ),
        # "is testing rival suppliers", "is exploring a second source": the current suppliers are at risk.
        (
            re.compile(
                _EN_DELIBERATE + r"(?:(?:alternative|other|rival|competing|new)[ ](?:suppliers|vendors|providers)"
                r"|(?:a[ ])?second[ ](?:supplier|source|vendor)|dual[ \-]sourcing)\b)"
            ),
            "review",
            ("suppliers", "vendors", "providers", "second", "dual"),
        ),
        # "is considering whether to renew its contract with Y", "is debating whether to keep Y": renewal in doubt.
        (
            re.compile(
                r"\b(?:consider(?:s|ed|ing)?|weigh(?:s|ed|ing)?|debat(?:e|es|ed|ing)|decid(?:e|es|ed|ing)|studying"
                r"|evaluat(?:e|es|ed|ing)|assess(?:es|ed|ing)?|review(?:s|ed|ing)?|unsure|undecided)[ ]whether[ ]"
                r"(?:or[ ]not[ ])?to[ ](?:renew|keep|extend|retain|continue[ ]with|stay[ ]with|stick[ ]with)\b"
                r"(?:[ ](?:its|their|the)[ ](?:[a-z\-]{2,15}[ ]){0,2}?(?:contract|agreement|deal|partnership)s?"
                r"(?:[ ]with)?\b)?"
            ),
            "seeking",
            ("whether",),
        ),
        # "is reconsidering its A380 order": the customer doubts its own order (a contract may be either side's).
        (
            re.compile(
                r"\b(?:reconsider(?:s|ed|ing)?|rethink(?:s|ing)?|re-?evaluat(?:e|es|ed|ing)|reassess(?:es|ed|ing)?"
                r"|question(?:s|ed|ing)?)[ ](?:its|their)[ ]" + _GAP + r"orders?\b"
            ),
            "own",
            ("order",),
        ),
        # "is in talks with a potential second supplier", "could force X to switch battery suppliers", "a diversified
        # supply network", "dual source capability": the customer seeks a supplier besides or instead of its own.
        (
            re.compile(
                _EN_SEEK + r"|\b(?:switch|switching|change|changing)[ ](?:(?:its|their)[ ])?(?:[a-z\-]{2,15}[ ])?"
                r"(?:suppliers|vendors|providers)\b"
                r"|\bdiversif(?:y|ies|ied|ying|ication[ ]of)[ ](?:its|their|the)[ ](?:[a-z\-]{2,15}[ ]){0,2}"
                r"(?:supply|suppliers|sources|sourcing)\b|\bdiversified[ ]supply\b"
                r"|\b(?:dual|multi|multiple)[ \-]sourc(?:e|es|ing)\b"
                r"|\b(?:broader|wider|diversified|larger"
                r"|(?:broaden|widen|expand|diversify)(?:s|ed|ing)?[ ](?:its|their))"
                r"[ ](?:supply|supplier|sourcing)[ ]base\b"
                r"|\b(?:suppliers?|vendors?|sources?|providers?)[ ]other[ ]than\b"
                r"|\b(?:consider|weigh|explor|evaluat|study|studi|look(?:s|ed|ing)?[ ]at|seek|test)[a-z]{0,4}[ ]"
                r"(?:(?:other|possible|cheaper)[ ])?(?:alternatives|replacements|substitutes)(?:[ ](?:to|for))?\b"
            ),
            "seeking",
            (
                "supplier",
                "source",
                "vendor",
                "provider",
                "maker",
                "manufacturer",
                "partner",
                "supply",
                "sourc",
                "alternative",
                "replacement",
                "substitute",
            ),
        ),
        # "put its $830 million media account at Zenith Media into review / in play / up for grabs": the account and
        # its holder stand between.
        (
            re.compile(
                r"\b(?:put|puts|putting|placed|places|placing)[ ](?:its|their)[ ](?:[^ ,.;]{1,20}[ ]){1,8}?"
                r"(?:(?:into|in|up[ ]for|under)[ ](?:a[ ])?review|in[ ]play|up[ ]for[ ]grabs|(?:out[ ])?to[ ]pitch)\b"
            ),
            "review",
            ("review", "play", "grabs", "pitch"),
        ),
        # "is re-tendering its logistics contract", "began tendering for supply chain partners", "put its cleaning
        # contract out to tender": the holder of the business is at risk.
        (
            re.compile(
                r"\b(?:re-?tender(?:s|ed|ing)?|tender(?:s|ed|ing)?[ ]for|put(?:s|ting)?[ ](?:out[ ])?to[ ]tender"
                r"|put(?:s|ting)?[ ](?:its|their|the)[ ](?:[a-z\-]{2,15}[ ]){0,3}(?:contracts?|account|business)"
                r"[ ]out[ ]to[ ]tender)(?:[ ](?:its|their|the))?(?:[ ][a-z\-]{2,15}){0,3}?"
                r"(?:[ ](?:contracts?|account|business|partners|suppliers|providers|services))?\b"
            ),
            "review",
            ("tender",),
        ),
        # "threatened to pull its business from Y", "could move its orders away from Y": a threat to leave a supplier.
        (
            re.compile(
                r"\b(?:threat(?:en|ens|ened|ening)|warn(?:s|ed|ing)?|could|may|might)[ ](?P<cue>(?:to[ ])?"
                r"(?:pull|move|take|shift|withdraw)[ ](?:its|their)[ ](?:[a-z\-]{2,15}[ ]){0,2}"
                r"(?:business|orders|account|contracts?|work|volumes?)[ ](?:away[ ])?from\b)"
            ),
            "active",
            ("business", "order", "account", "contract", "work", "volume"),
        ),
        # "will source the part from two suppliers instead of one": a second supplier shares the business.
        (
            re.compile(r"\b(?:from|with|use|uses|using)[ ](?:two|multiple|several)[ ](?:suppliers|vendors|sources)\b"),
            "review",
            ("suppliers", "vendors", "sources"),
        ),
        # "would offer business to the supplier's rivals", "shifted some contracts to competitors": a review whose
        # customer is the subject, its incumbent named in an apposition or after "with" (else its known suppliers).
        (
            re.compile(
                r"\b(?:offer|shift|move|steer|send|hand|give|gave|given|award)(?:s|ed|ing|ered|ering)?(?:[ ]up)?[ ]"
                r"(?:(?:its|their|the|some|more|all|part[ ]of[ ]its)[ ])?(?:[a-z\-]{2,15}[ ]){0,2}?"
                r"(?:business|contracts?|accounts?)[ ](?:up[ ])?to[ ]"
                r"(?:(?:the[ ]supplier's|its|their|a|an|other)[ ])?(?:rivals?|competitors?|other[ ]suppliers"
                r"|competing[ ]suppliers)\b"
            ),
            "review",
            ("rival", "competitor", "suppliers"),
        ),
        # "is in a pricing dispute with its supplier Y", "sued supplier Y": the customer acts, the supplier follows.
        (
            re.compile(
                _EN_DISPUTE_WITH
                + _EN_SUPPLIER
                + r"|\b(?:sue[sd]?|suing|took|takes|taking|take)[ ](?:(?:its|their|a|an|the)[ ])?"
                + _DISPUTE_GAP
                + _EN_SUPPLIER
            ),
            "active",
            ("supplier", "vendor", "contractor", "provider", "manufacturer"),
        ),
        # "Lear's dispute with its customer Y", "a row with retailer Y": the supplier before, the customer after.
        (re.compile(_EN_DISPUTE_WITH + _EN_CUSTOMER), "passive", ("customer", "client", "retailer", "grocer", "maker")),
        # "Mars halted deliveries of cat food to Y": the supplier before holds back its goods, the customer after.
        (re.compile(_EN_HALT), "passive", ("deliveries", "supplies", "supply")),
        # "Y refused to supply X after it demanded a price hike": a supplier's refusal, the customer after.
        (re.compile(_EN_REFUSE_SUPPLY), "passive", ("refus", "declin")),
        # "refused delivery of 30 buses built by Y": the customer turns the supplier's goods away.
        (re.compile(_REFUSED_DELIVERY), "active", ("refus", "reject")),
        # "has suspended Y as a supplier", "threatened to cancel its contract with Y": the customer before, Y after.
        (re.compile(_EN_SUSPENDED_AS_SUPPLIER), "active", ("suspend",)),
        (re.compile(_EN_THREATENED_END), "active", ("threat",)),
        # "slashed the value of a contract with lithium miner Y": the supplier before, the customer after.
        (re.compile(_EN_CONTRACT_CUT), "passive", ("value", "size", "scope", "expectations")),
        # "The performance of contractor Y will be reviewed, X warned": Y before the participle, X the teller.
        (
            re.compile(_EN_PERFORMANCE_REVIEWED),
            "quoted_supplier",
            ("reviewed", "examined", "scrutini", "assessed", "evaluated"),
        ),
        # "is reviewing Y's performance in its public sector contracts": the customer before, the supplier after.
        (re.compile(_EN_PERFORMANCE_REVIEW), "active", ("review", "examin", "scrutini", "assess", "evaluat")),
        # "has warned that it may ditch Y", "could yet sever ties with Y": a customer's end only threatened, in the
        # bare form no "will ditch" / "ditched" row spells.
        (re.compile(_EN_MAY + _EN_END_BARE), "active", ("may ", "might ", "could ")),
        # session 27 (ccont): an order only threatened with cancelling, told with an article ("could cancel a $6.4
        # billion order with Y", "could cancel an order for Y 777X jets", "isn't ruling out cancelling a Y 777X
        # order"): the supplier follows the cue, inside the order's words or after "with / for".
        (re.compile(_EN_ORDER_CANCEL_THREAT), "own", ("cancel",)),
        # session 23: ties put in doubt, suspended, or a named agency put under review.
        (re.compile(_EN_DOUBTED_TIE), "own", ("doubt", "question", "jeopardy", "risk", "threat", "hold")),
        (re.compile(_EN_SUSPENDED_TIE), "active", ("suspend", "on hold", "froze", "freez")),
        (re.compile(_EN_AGENCY_REVIEWED), "active", ("review",)),
        # "is reassessing its use of Y parts", "is rethinking its ties with Y", "is reviewing all contracts with Y",
        # "a review of its supply contracts with Y", "whether to cut some of its contracts with Y": the customer doubts
        # a tie it names.
        (
            re.compile(
                r"\b(?:(?:re-?evaluat(?:e|es|ed|ing)|reassess(?:es|ed|ing)?|reconsider(?:s|ed|ing)?|rethink(?:s|ing)?"
                r"|rethought|re-?examin(?:e|es|ed|ing)|question(?:s|ed|ing)?|review(?:s|ed|ing)?|audit(?:s|ed|ing)?"
                r"|whether[ ]to[ ](?:cut|end|terminate|scrap|cancel|drop))[ ]"
                r"|(?:review|reassessment|re-?examination|re-?evaluation|audit)[ ]of[ ])"
                + _EN_SOME_OF
                + r"(?:[a-z\-]{2,15}[ ]){0,2}?(?:use[ ]of|relationships?[ ]with|ties[ ](?:with|to)|contracts?[ ]with"
                r"|reliance[ ]on|dependence[ ]on|purchases[ ]from|business[ ]with)\b"
            ),
            "active",
            (
                "evaluat",
                "reassess",
                "reconsider",
                "rethink",
                "rethought",
                "examin",
                "question",
                "review",
                "audit",
                "whether to",
            ),
        ),
    ),
    "fr": (
        # "Edeka est en conflit avec Nestlé", "à la suite d'un désaccord avec PepsiCo": ordered by supply_dispute.
        (
            re.compile(_FR_QUARREL),
            "dispute",
            ("conflit", "litige", "désaccord", "froid", "guerre", "bisbille", "différend", "bras"),
        ),
        # "pourrait contraindre X à changer de fournisseur", "envisage d'approcher d'autres fournisseurs",
        # "l'ouverture de son approvisionnement", "diversifier ses sources d'approvisionnement": X seeks other
        # suppliers.
        (
            re.compile(
                _FR_SEEK + r"|\bchanger[ ]de[ ](?:fournisseur|prestataire|sous-traitant)s?\b"
                r"|\bd'autres[ ](?:[a-zà-ÿ\-]{2,15}[ ])?"
                r"(?:fournisseurs|prestataires|sous-traitants|fabricants)[ ]que\b"
                r"|\b(?:étudi|envisag|cherch|examin|explor)[a-zé]{0,6}[ ](?:des|d'autres|les|une)[ ]"
                r"(?:alternatives?|solutions?[ ]de[ ]remplacement)\b"
                r"|\bdiversifi[a-zé]{0,6}[ ](?:ses|leurs|les|son|sa)[ ]"
                r"(?:sources[ ]d'approvisionnement|approvisionnements?"
                r"|fournisseurs|sources)\b|\bouv(?:rir|re|rant|erture[ ]de)[ ](?:son|ses|leur)[ ]approvisionnements?\b"
            ),
            "seeking",
            (
                "fournisseur",
                "prestataire",
                "sous-traitant",
                "source",
                "fabricant",
                "approvisionnement",
                "alternative",
                "remplacement",
            ),
        ),
        # "menace de retirer ses commandes à Y", "pourrait transférer son budget de Y": a threat to leave a supplier.
        (
            re.compile(
                r"\b(?:menac[a-zé]{0,6}|pourrait|pourraient)[ ](?P<cue>(?:de[ ]|d')?(?:retirer|transférer|déplacer)[ ]"
                r"(?:ses|son|sa|leurs?)[ ](?:[a-zà-ÿ\-]{2,15}[ ]){0,2}(?:commandes|contrats?|budgets?|activités?)[ ]"
                r"(?:à|au|aux|chez|de|du|d')(?=[ ]|\b))"
            ),
            "active",
            ("commande", "contrat", "budget", "activit"),
        ),
        # "se demande s'il va renouveler son contrat avec Y", "hésite à reconduire Y": renewal in doubt.
        (
            re.compile(
                r"\b(?:se[ ]demand(?:e|ent|ait)[ ]s'(?:il|ils|elle|elles)[ ](?:va|vont|doit|doivent|faut)?[ ]?"
                r"|hésit(?:e|ent|ait|erait)[ ]à[ ]|réfléchi(?:t|ssent|rait)[ ]à[ ])"
                r"(?:renouveler|reconduire|prolonger|garder|conserver)\b"
                r"(?:[ ](?:son|sa|ses|le|la|les|leur)[ ](?:[a-zà-ÿ\-]{2,15}[ ]){0,2}?"
                r"(?:contrat|accord|partenariat|marché)s?(?:[ ]avec)?\b)?"
            ),
            "seeking",
            ("renouveler", "reconduire", "prolonger", "garder", "conserver"),
        ),
        # "a réduit ses commandes de yaourts (auprès de Y)": the customer's own orders.
        (re.compile(_FR_CUT + _GAP + r"commandes?\b"), "own", ("commande",)),
        (
            re.compile(_FR_CUT + _GAP + r"(?:commandes?|achats)[ ](?:auprès[ ]d(?:e|u)\b|auprès[ ]d'|chez\b|à\b|au\b)"),
            "active",
            ("commande", "achats"),
        ),
        # "envisagerait de se passer de Y", "réfléchirait à abandonner Y": a conditional or reported deliberation
        # ("remplacer" is left to the table rows, which also read a leader's replacement).
        (
            re.compile(
                r"\b(?:envisag(?:e|ent|erait|eraient|eait)|étudi(?:e|ent|erait|eraient)|réfléchi(?:t|ssent|rait|raient)"
                r"|song(?:e|ent|erait|eraient))[ ](?:de[ ]|d'|à[ ])(?:se[ ]passer[ ]d(?:e[ ]|u[ ]|es[ ]|')"
                r"|se[ ]séparer[ ]d(?:e[ ]|u[ ]|es[ ]|')|abandonner[ ]|délaisser[ ]"
                r"|se[ ]détourner[ ]d(?:e[ ]|u[ ]|es[ ]|'))"
            ),
            "active",
            ("passer", "séparer", "abandonner", "délaisser", "détourner"),
        ),
        # "pourrait remettre en cause son énorme commande", "s'interroge sur le maintien de sa commande": an order
        # is the customer's own (a "contrat" or "partenariat" put in question may be the supplier's).
        (
            re.compile(
                r"\b(?:(?:remet(?:tre|tra|trait)?|a[ ]remis)[ ]en[ ](?:cause|question)"
                r"|s'interroge(?:nt)?[ ]sur(?:[ ]le[ ]maintien[ ]de|[ ]l'avenir[ ]de)?)[ ](?:son|sa|ses|leur|leurs)[ ]"
                + _GAP
                + r"commandes?\b"
            ),
            "own",
            ("commande",),
        ),
        # "a mis son budget média chez Publicis en jeu", "remet ses contrats en concurrence": the account's holder is
        # named inside, between the account and "en jeu".
        (
            re.compile(
                r"\b(?:met|mis|mettre|mettra|remet|remis|remettre|remettra)[ ](?:son|sa|ses|leur|leurs)[ ]"
                r"(?:[^ ,.;]{1,20}[ ]){1,6}?en[ ](?:jeu|compétition|concurrence|appel[ ]d'offres)\b"
            ),
            "review",
            ("en jeu", "compétition", "concurrence", "appel d'offres"),
        ),
        # "recourir à deux fournisseurs", "un second fournisseur": a second supplier shares the business.
        (
            re.compile(
                r"\b(?:(?:à|auprès[ ]de|chez)[ ](?:deux|plusieurs)[ ]fournisseurs|(?:un[ ])?second[ ]fournisseur"
                r"|(?:une[ ])?seconde[ ]source|double[ ]source)\b"
            ),
            "review",
            ("fournisseur", "source"),
        ),
        # "le contrat qui unit X à Y devrait être revu", "la commande passée par X à Y a été suspendue".
        (
            re.compile(_FR_CONTRACT_DOUBTED),
            "own",
            (" revu", "réexamin", "réévalu", "renégoci", "suspendu", " contesté", " remis", " soumis"),
        ),
        # "en conflit avec son fournisseur Y", "assigne en justice son sous-traitant Y": the customer acts.
        (
            re.compile(
                _FR_DISPUTE_WITH
                + _FR_SUPPLIER
                + r"|\b(?:assign|poursui|attaqu)[a-zé]{0,6}[ ](?:en[ ]justice[ ])?(?:son|ses|le|un)[ ]"
                + _DISPUTE_GAP
                + _FR_SUPPLIER
            ),
            "active",
            ("fournisseur", "prestataire", "sous-traitant", "fabricant", "industriel"),
        ),
        # "bras de fer avec le distributeur Y", "litige avec son client Y": the supplier before, the customer after.
        (
            re.compile(_FR_DISPUTE_WITH + _FR_CUSTOMER),
            "passive",
            ("client", "distributeur", "enseigne", "constructeur"),
        ),
        # "Lactalis a suspendu ses livraisons de lait à Y", "refuse de livrer Y": the supplier before, the customer
        # after.
        (re.compile(_FR_HALT), "passive", ("livraison", "livrer", "approvisionn", "fourni")),
        # session 23: "a suspendu son contrat avec Y".
        (re.compile(_FR_SUSPENDED_TIE), "active", ("suspend", "gel", "gèle")),
        # « menace de résilier le contrat de Y », « a menacé d'annuler sa commande auprès d'Y ».
        (re.compile(_FR_THREATENED_END), "active", ("menac",)),
        # "a évoqué une éventuelle rupture de contrat avec Y", "a lancé une procédure de résiliation du contrat avec Y".
        (re.compile(_FR_ENDING_WEIGHED), "active", ("rupture", "résiliation", "dénonciation")),
        # "a refusé la livraison de trains construits par Y": the customer turns the supplier's goods away.
        (re.compile(_REFUSED_DELIVERY), "active", ("refus",)),
        # "réexamine son recours à Y", "remet en question sa dépendance envers Y", "passe en revue tous ses contrats
        # avec Y", "un réexamen de ses contrats avec Y": the customer doubts a tie it names.
        (
            re.compile(
                r"\b(?:(?:réévalu|réexamin|reconsidèr|reconsidér|repens|remet[ ]en[ ]question|remet[ ]en[ ]cause"
                r"|a[ ]remis[ ]en[ ](?:question|cause)|s'interroge[ ]sur|pass(?:e|ent|era|er)[ ]en[ ]revue"
                r"|a[ ]passé[ ]en[ ]revue)[a-zé]{0,5}[ ]"
                r"|(?:réexamen|révision|revue|audit|réévaluation)[ ]d(?:e|es)[ ])"
                r"(?:(?:tous|toutes|l'ensemble[ ]de|une[ ]partie[ ]de|certains[ ]de)[ ])?"
                r"(?:sa|son|ses|leur|leurs|les)[ ]"
                r"(?:[a-zé\-]{2,15}[ ]){0,2}?(?:relations?[ ]avec|recours[ ]à|utilisation[ ]d(?:e[ ]|u[ ]|es[ ]|')"
                r"|contrats?[ ]avec|collaboration[ ]avec|dépendance[ ](?:à|envers|vis-à-vis[ ]d(?:e|u|'))"
                r"|achats[ ]auprès[ ]d(?:e|u|'))"
            ),
            "active",
            (
                "réévalu",
                "réexam",
                "reconsid",
                "repens",
                "en question",
                "en cause",
                "s'interroge",
                "revue",
                "révision",
                "audit",
            ),
        ),
    ),
}
"""Each pattern, its frame and its anchors: words of which one stands in every match, so that the pattern is run only
over the sentences that hold one (``pattern_windows.anchored_matches``)."""

SHELF_PATTERNS: Final[dict[Language, tuple[tuple[re.Pattern[str], str, tuple[str, ...]], ...]]] = {
    "en": (
        # "Tesco pulled Heinz products from its shelves": the retailer before, the maker right after the cue.
        (re.compile(_EN_PULL_MODIFIER), "active",
         ("pull", "remov", "withdr", "strip", "clear", "delist", "yank", "ban", "took", "tak", "order")),
        # "Heinz products were pulled from the shelves of Tesco": the maker before, the retailer after.
        (re.compile(_EN_PULLED_FROM), "passive",
         ("pulled", "removed", "withdrawn", "taken", "stripped", "cleared", "delisted")),
    ),
    "fr": (
        # "Colruyt retire plusieurs produits Nestlé de ses rayons": the retailer before, the maker right after the cue.
        (re.compile(_FR_PULL_MODIFIER), "active", ("retir", "bann", "enlev", "enlèv", "sort", "déréférenc", "suspend")),
        # "18 produits Nestlé ont été retirés des rayons des magasins Colruyt": the maker before, the retailer after.
        (re.compile(_FR_PULLED_FROM), "passive", ("retiré", "enlevé", "banni", "disparu")),
    ),
}  # fmt: skip
"""A maker's goods taken off a retailer's shelves: the lever of a price negotiation, so the relation is at risk (a
wording that says the retailer stops selling for good is a table row of ``customer_end``). Each pattern comes with its
verb stems, one of which the text must hold for the pattern to be tried."""
_SHELF_WORDS: Final = (
    "shelves",
    "stores",
    "products",
    "brands",
    "rayons",
    "magasins",
    "produits",
    "marques",
    "références",
)
"""One of these stands in every sentence the shelf patterns read (the goods, or the shelves of a passive)."""
_RECALL = re.compile(
    r"\b(?:recall|contamina|safety|health[ ]scare|defective|faulty|labell?ing[ ]error|listeria|salmonell|e\.[ ]?coli"
    r"|rappel|sanitaire|défectu|non[ ]conforme)"
)
"""A safety recall takes goods off the shelves without any quarrel between the retailer and the maker."""
_STOP = re.compile(r"[.!?;\n]")


def _in_recall(folded: str, start: int, end: int) -> bool:
    """True when the sentence around ``start:end`` tells of a safety recall (a stop before, a stop after)."""
    before = max((stop.end() for stop in _STOP.finditer(folded, max(0, start - 400), start)), default=0)
    after = _STOP.search(folded, end)
    return _RECALL.search(folded, before, after.start() if after else len(folded)) is not None


def _shelf_cues(folded: str, language: Language) -> list[tuple[int, int, str]]:
    """Cues of a maker's goods taken off a retailer's shelves, outside a safety recall."""
    if not any(word in folded for word in _SHELF_WORDS):
        return []
    return [
        (match.start(), match.end(), frame)
        for pattern, frame, verbs in SHELF_PATTERNS[language]
        for match in anchored_matches(pattern, folded, verbs)
        if not _in_recall(folded, match.start(), match.end())
    ]


def find_pattern_cues(folded: str, language: Language) -> list[tuple[int, int, str]]:
    """Return (start, end, frame) of every at-risk pattern of ``language`` in the case-folded text."""
    return [
        (match.start("cue"), match.end(), frame) if "cue" in pattern.groupindex else (match.start(), match.end(), frame)
        for pattern, frame, anchors in PATTERNS[language]
        for match in anchored_matches(pattern, folded, anchors)
    ] + _shelf_cues(folded, language)
