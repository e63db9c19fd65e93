"""Revenue figures: which amounts of a sentence with a revenue word are the company's revenue, and of when.

An amount counts when the revenue word governs it: the word stands shortly before it with no other
metric in between ("chiffre d'affaires de 219 millions", "sales rose 8% to $2.1 billion", but not
"10.9% of sales; operating profit of 90.7 million"), or right after it ("23 millions d'euros de
ventes", "$5 billion in revenue"). The second amount of a range ("$900 million to $930 million")
is no second figure. A figure given for comparison ("contre 204,5 millions un an plus tôt",
"compared with $1.2 billion") is the same period a year earlier unless a year is stated.

The period is the year, with the part of the year when one is named: "2021-Q4", "2021-H2", "2021-9M".
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from datetime import datetime

from streams.extraction.article import Article, Sentence, in_attribution
from streams.extraction.candidate import Candidate
from streams.extraction.closing_words import search_back
from streams.extraction.cues import Cue
from streams.extraction.mentions import CompanyMention
from streams.extraction.modality import modality_at
from streams.extraction.org_context import ANAPHOR_KINDS_EN, ANAPHOR_KINDS_FR, is_nationality
from streams.extraction.quantities import MoneyMention, PeriodMention, parse_number
from streams.extraction.revenue_scope import names_a_part, regional, unit_after

_CUE_BEFORE_REACH = 90
"""How far (chars) after a revenue word its amount may start ("chiffre d'affaires consolidé publié de")."""
_CUE_AFTER = re.compile(
    r"[ ]?(?:de |d'|of |in |en )?(?:(?!(?:and|et|or|ou|but|mais|while|on|sur|from)[ ])[a-z\-]{1,15}[ ]){0,2}$"
)
"""Between an amount and the revenue word after it: "de", "in", an adjective or two ("in annual"), no conjunction
("net income fell to $2 billion and revenue ...": the amount is the income's) and no "on / sur" ("net income of
$394 million on revenue of $3.83 billion", "un bénéfice de 12 M€ sur un chiffre d'affaires de 300 M€"), no "from"
("raising Rs 3,200 crore from sales on the open market": proceeds)."""
_SHARE_OF_SALES = re.compile(
    r"(?<!audited[ ])(?<!annual[ ])(?<!financial[ ])(?<!statutory[ ])"
    r"\b(?:accounts?|accounted|accounting|(?:is|was|were|are)[ ]responsible)[ ]for\b"
    r"(?![ ](?:the|its|their)[ ](?:(?:full|fiscal|financial|calendar)[ ])?(?:year|period|months?|quarter|half|\d))"
    r"|\b(?:a[ ])?représent(?:e|ait|é|era)\b"
)
"""Before a revenue figure in its clause: a company's share of another company's sales ("Juniper accounted for about
$370 million of Plexus revenue", "X was responsible for $600 million in sales", "X représente 40 M€ du chiffre
d'affaires de Y"), not its own revenue. Not the accounts of a period ("Audited accounts for the year to 31 December
2013 report revenue of $28.8 million")."""
_FRACTION_OF = re.compile(
    r"(?:moitié|tiers|quart|half|third|quarter|%|percent|per cent|pour cent)[ ](?:des|du|de|d'|of)\b"
    r"(?:(?:(?!sales|revenue|ventes|chiffre)[^.;\d]){0,40}"
    r"|[^.;\d]{0,40}\b(?:revenues?|sales|turnover|ventes|chiffre d'affaires)[ ](?:of|de|d')[ ]?)$"
)
"""Before a figure: the whole a share is taken of ("la moitié des 83 millions d'euros de chiffre d'affaires réalisés
par Novacyt", "9 percent of the Singapore-based firm's $26 billion of revenue"), which is a revenue figure; not when
the revenue word comes first ("a third of Sigma's sales, or about $1.3 billion": that is the share), unless it
introduces the figure ("19 percent of Healthways' total revenue of $720.3 million": the whole)."""
_CONTRACT_BRINGS = re.compile(
    r"\b(?:the|this|that|these|those|le|ce|cet|ces|l'|a|an)[ ]?(?:\d{1,3}[ ])?"
    r"(?:(?:new|nouveau|nouvel|nouveaux|premier|first|major|big|large)[ ])?"
    r"(?:[\w\-]+['\u2019]s[ ])?(?:deals?|contracts?|agreements?|orders?|acquisition|purchase|contrats?"
    r"|accords?|marchés?|commandes?|acquisition|opération)\b[^.;]{0,100}?"
    r"\b(?:brought|brings|bring|will bring|would bring|to bring|adds?|added|adding|to add|will add|would add"
    r"|generat(?:e|es|ed|ing)|will generate|would generate|apport(?:e|era|erait|ait|ent)"
    r"|représent(?:e|era|erait|ait|ent|eront)|represent(?:s|ed|ing)?|génér(?:e|era|erait|ait)|génèrent"
    r"|rapport(?:e|era|erait|ait|ent))\b"
)
"""Before a revenue figure in its clause: what a contract or a deal brings in ("The deal brought Tesla $15.1
million of revenue", "expects the deal to add roughly $1 billion of revenue", "Le contrat ... représentera un
chiffre d'affaires cumulé de 386 M$", "Ce nouveau marché générerait un chiffre d'affaires de", and several: "Ces 4
nouveaux contrats représentent un chiffre d'affaires annuel de" (session 25, custfr)), in any tense, the value of that
deal, not the company's revenue; so is "a major deal adding $42 million of new revenue" (session 26, crenew)."""
_FROM_DEALS_AFTER = re.compile(
    r"(?:[ ](?:of|in)[ ](?:new[ ])?(?:revenues?|sales))?[ ](?:from|under)[ ](?:the|this|these|those|its|their|both)[ ]"
    r"(?:[\w\-]+[ ]){0,2}?(?:deals?|contracts?|orders?|agreements?)\b"
)
"""Right after a figure: the deals it comes from ("expects revenues of more than $90 million from the deals", "$12
million in sales from the contract"), what they bring in, not the company's revenue (session 26, crenew)."""
_ONE_CUSTOMER = re.compile(
    r"\b(?:this|that|the|its|their|our|his|her|largest|biggest|top|main|single|key|ce|cet|le|son|leur|notre"
    r"|principal|plus[ ]gros)[ ](?:customer|client)\b(?![ ]base|[ ]list|s)[^.;]{0,60}$"
)
"""Before a revenue figure in its clause: sales to one customer ("X was STR's largest customer with sales of",
"revenues related to this Customer are", « les ventes à ce client atteignent »), that customer's weight in the
supplier's revenue, not anyone's revenue. "counts X as a customer" names no single customer's sales."""
_WORTH = re.compile(
    r"\b(?:worth|valued[ ]at|d'une[ ]valeur[ ]de|d'un[ ]montant[ ]de|évalué[e]?s?[ ]à)[ ]"
    r"(?:(?:about|around|roughly|some|nearly|up[ ]to|environ|près[ ]de|quelque)[ ])?$"
)
"""Before a figure the revenue word follows: the value of something else ("a large contract, worth $20 million in
revenue terms"), not a revenue line."""
_COMBINED = re.compile(
    r"\b(?:the|a|le|la|l'|un|une)[ ]?(?:combined|merged|enlarged|nouvel|nouveau|futur|future)[ ]"
    r"(?:company|group|entity|business|firm|groupe|ensemble|entité|société)\b"
    r"|\b(?:combined|joint|cumulative)[ ](?:annual[ ])?(?:sales|revenues?|turnover)\b"
    r"|\b(?:ensemble|entité)[ ]combinée?\b"
    r"|\b(?:chiffre[ ]d'affaires|ventes)[ ](?:annuel(?:les)?[ ])?(?:cumulée?s?|combinée?s?)\b"
    # Session 14: the group a deal makes ("to create an entity with a revenue of", "After the purchase, X expects
    # annual revenue of", « pour créer un groupe de », « après le rachat, X vise »).
    r"|\b(?:create|creates|creating|form|forms|forming|créer|crée|créant|former|forme|formant"
    r"|donner[ ]naissance[ ]à)[ ]"
    r"(?:an?|un|une)[ ](?:[a-zà-ÿ\-]+[ ]){0,2}?(?:entity|group|company|giant|leader|groupe|entité|géant|ensemble)\b"
    r"|\b(?:after|following|once)[ ]the[ ](?:purchase|acquisition|deal|merger|takeover|combination)\b"
    r"|\baprès[ ](?:le[ ]rachat|l'acquisition|la[ ]fusion|l'opération|le[ ]rapprochement)\b"
)
"""Before a figure in its clause or sentence: companies taken together ("The combined company will have sales of about
3.4 billion euros", « le nouvel ensemble réalisera un chiffre d'affaires cumulé de », "to create an entity with a
revenue of", "After the purchase, X expects annual revenue of"), whose figure is no one company's revenue."""
_EACH_AFTER = re.compile(
    r"[ ](?:(?:in|of)[ ](?:annual[ ])?(?:revenues?|sales|turnover)[ ])?each\b"
    r"|[ ](?:de[ ](?:chiffre[ ]d'affaires|ventes)[ ])?chacune?\b"
)
"""Right after a figure, "each" / « chacun »: a figure several companies have one by one, no one company's."""
_CUE_AFTER_REACH = 30
_CUE_OF = re.compile(r"[ ](?:[a-zé]{1,12}[ ]){0,2}(?:de|d'|of)[ ]?")
"""Right between a revenue word and its figure: "chiffre d'affaires (consolidé) de", "revenue of"."""
_OTHER_METRIC = re.compile(
    r"\b(?:résultat|ebitda|ebit|bénéfice|marge|margin|profit|income|earnings|cash[- ]?flow|dette|debt|perte|loss"
    r"|price target|target price|objectif de cours|share price|capex|dividende|dividend"
    r"|valuation|valorisation|capitalisation|market cap|déboursé"
    r"|paid|payé|amende|fine|contrat|contract|order|commande|backlog|carnet|earned|cost|costs|coût|coûte|coûterait"
    r"|synerg(?:y|ies|ie)|savings|économies|expense|spending|dépense)(?:e?s)?\b"
)
"""A metric or another sum between the revenue word and an amount: the amount is that one's ("sales of €3.4bn and
synergies of €40m"). Whole words only: "rose marginally to" names no margin."""
_RATIO_OF = re.compile(
    r"(?:%|\bpourcentage|\bpercentage|\bproportion|\bas a share)[ ](?:of|des|du|de)[ ]"
    r"(?:its[ ]|their[ ]|the[ ]|son[ ]|ses[ ]|leur[ ])?$|\bunit[ ]$|\bvolumes?[ ]de[ ]$"
    r"|\b(?:in[ ]terms[ ]of|en[ ]termes[ ]de|by|par)[ ](?:annual[ ]|total[ ])?$"
    r"|\b(?:share|stock|asset|stake|property|bond|land)[ ]$"
    # Session 25 (rev): a cost or a future revenue, no revenue line ("la marge sur coûts des ventes s'établit à",
    # "cost of sales", "a metric that denotes contractual revenue that will be recognized in the future, was").
    r"|\b(?:co[uû]ts?|cost|costs)[ ](?:des|de|du|of)[ ]$|\b(?:contractual|deferred|unearned|unbilled)[ ]$"
)
"""Before a revenue word that is no revenue figure's: a ratio ("11 % des ventes", "en pourcentage du chiffre
d'affaires", "as a percentage of revenue"), a volume ("unit sales"), a disposal ("the share sales", "asset sales"), a
ranking ("Europe's biggest carmaker in terms of sales, earned ...", "le premier groupe par chiffre d'affaires")."""
_RATIO_REACH = 25
_BENCHMARK = re.compile(
    r"\b(?:supérieure?s?|inférieure?s?|au-dessus|en deçà|en ligne avec|conformes?|above|below|ahead of|short of"
    r"|in line with|beat|beats|beating|exceeded|exceeding|topped|missed)[ ](?:à[ ]|aux[ ]|de[ ]|du[ ]|with[ ]|of[ ])?"
    r"(?:l'|la[ ]|le[ ]|les[ ]|son[ ]|sa[ ]|ses[ ]|its[ ]|the[ ]|their[ ]|leurs?[ ])?(?:[a-z\-']+[ ]){0,2}?"
    r"(?:objectifs?|prévisions?|target|guidance|forecast|outlook)\b[^.;]{0,30}$"
)
"""Before an amount: the target a figure is set against ("supérieur à l'objectif d'environ 190 ME", "beat its
guidance of $2 billion"); that outlook is not a figure of the company's revenue."""
_SET_AGAINST_BEFORE = re.compile(
    r"\b(?:beat|beating|topped|topping|exceeded|exceeding|above|ahead[ ]of|missed|missing|below|than|short[ ]of)"
    r"[ ](?:the[ ]|a[ ]|an[ ])?$"
)
_MARKET_ESTIMATE_AFTER = re.compile(
    r"[ ]?,?[ ](?:that[ ]|which[ ])?(?:(?:wall[ ]street|the[ ]street|analysts?|the[ ]market|consensus)[ ]"
    r"(?:had[ ]|has[ ]|have[ ])?)?(?:forecast|expected|estimated|predicted|projected|anticipated)\b"
)
"""Around an amount: the market's estimate the figure beat or missed ("topping the 11.4 billion dollars that Wall
Street had forecast", "above the $3.2 billion analysts expected"; session 25): not the company's figure."""
_RANGE_JOINT = re.compile(r"[ ]?(?:to|à|-|\u2013|and|et)[ ]?")
_RANGE_OPENS = r"(?<!ranging[ ])(?<!range[ ])(?<!ranges[ ])"
"""Before "from": a range's low end ("revenue ranging from $20.8 billion to $21.2 billion"), no earlier figure."""
_CONVERSION = re.compile(r"[ ]?\([ ]?(?:(?:about|around|environ|soit|or|ou)[ ])?")
"""Between an amount and its conversion in brackets: "982 million euros ($1.1 billion)"."""
_CHANGE_FROM = re.compile(
    _RANGE_OPENS + r"\bfrom[ ](?:(?:about|around|roughly)[ ])?$|\bpass(?:é|ée|és|ées|er|ant|era|ait)[ ]de[ ]$"
)
"""Right before an amount that "to" follows: the old value of a change ("cut its revenue guidance from $165 million
to $100 million", « est passé de 10 à 12 M€ »); the new value is the figure, the old one no range's low end (a
French "de X à Y" alone is a range: « un chiffre d'affaires de 1,2 à 1,3 Md€ »)."""
_CHANGED_BY_FROM = re.compile(
    r"\b(?:crû|cru|augmenté|progressé|baissé|reculé|diminué|grimpé|bondi|chuté|rose|grew|climbed|increased|fell"
    r"|declined|dropped)\b[^.;]{0,90}(?:%|percent|per[ ]cent)[^.;]{0,60},[ ](?:de|from)[ ]$"
)
"""Right before an amount that "to" / "à" follows, past a change told in percent: its old value (« ont crû de 2 %
par rapport au trimestre correspondant, de 4,4 milliards $ à 4,5 milliards $ »), no range's low end."""
_CHANGED_BY_REACH = 170

_COMPARISON = re.compile(
    r"(?:\bcontre|compared (?:with|to)|\bversus|\bvs\.?|" + _RANGE_OPENS + r"\bfrom|\bagainst|\bafter|\baprès"
    r"|\bpar rapport (?:à|aux?)"
    r"|\bface (?:à|aux?)"
    r"|\bup from|\bdown from)[ ](?:[\w']{1,12}[ ]){0,4}$"
)
_QUARTER_WORDS = {"first": 1, "premier": 1, "1er": 1, "1st": 1, "second": 2, "deuxième": 2, "2e": 2, "2ème": 2,
                  "2nd": 2, "third": 3, "troisième": 3, "3e": 3, "3ème": 3, "3rd": 3, "fourth": 4, "quatrième": 4,
                  "4e": 4, "4ème": 4, "4th": 4}  # fmt: skip
_PART = re.compile(
    r"\b(?:(?P<qword>first|second|third|fourth|premier|deuxième|second|troisième|quatrième"
    r"|1er|1st|2e|2ème|2nd|3e|3ème|3rd|4e|4ème|4th)"
    r"(?:[ -](?:fiscal[ ])?quarter|[ ]trimestre)"
    r"|(?:q|t)(?P<qnum>[1-4])\b"
    r"|(?P<hword>first|second|premier|second|deuxième|1er|1st|2e|2ème|2nd)[ ](?:half|semestre)|[hs](?P<hnum>[12])\b"
    r"|(?P<six>first[ ](?:six|6)[ ]months|(?:six|6)[ ]premiers[ ]mois)"
    r"|(?P<three>first[ ](?:three|3)[ ]months|(?:trois|3)[ ]premiers[ ]mois)"
    r"|(?P<nine>(?:first[ ])?(?:nine|9)[ ]months|(?:neuf|9)[ ]premiers[ ]mois|(?:9|neuf)[ ]mois))"
)
"""The part of a year a figure covers: a quarter, a half, the first nine months."""
_BARE_QUARTER = re.compile(
    r"\b(?:(?:the|this|that|du|ce)[ ]quarter|quarterly|(?:le|du|ce)[ ]trimestre|trimestriel(?:le)?)\b"
)
"""A quarter named without its number, meaning the one the story is about."""
_UNIT_FIGURE = re.compile(
    r"\b(?:la branche|le pôle|la division|le segment|(?:the|its) (?:[a-z\-]{1,15}[ ])?(?:division|unit|segment)"
    r"|the operations|(?:the|its) (?:[a-z\-]{1,15}[ ]){1,2}(?:operations|brands|products))\b"
    r"(?![ ](?:of|de|du|d'))"
)
"""A unit named between the company and its figure: the figure is the unit's, not the company's revenue ("SCA says
the operations had sales of 1.25 billion euros": the operations it sells; "its ice cream operations", "the two brands
it is selling"). "Its operations" alone are the whole company."""
_UNIT_REPORTED = re.compile(
    r"\b(?:the|its|their)[ ](?:(?:company|group|firm)['\u2019]s[ ])?(?:[a-z&\-]{1,15}[ ]){1,3}"
    r"(?:business|unit|division|segment|arm)[ ](?:reported|posted|had|generated|recorded|booked|saw)\b[^.;]{0,40}$"
)
"""In a figure's clause: a unit as the subject of the figure ("The company's legal business reported revenue of $882
million", "The Tax & Accounting unit reported revenue of"): the unit's figure, not the group's (session 25, rev)."""
_PER_YEAR = re.compile(r"\b(?:a|per|each) year\b|\bpar an\b|\bannually\b")
"""After a figure: a yearly rate ("about $1.2 billion of revenue a year"), of no particular year."""
_SELF_REPORTED = re.compile(r"[ ](?:has[ ]|have[ ]|had[ ])?reported[ ]that\b")
_NEXT_CLAUSE = re.compile(r",[ ](?:and|et|while|whereas|but|mais|tandis)[ ]|;")
"""After a figure: where the next clause starts ("..., and orders were up, boosted by a strong fourth quarter"); a
part of the year named there is that clause's, not the figure's."""
_QUARTER_REACH = 1500
"""How far back (chars) the quarter a bare "the quarter" means may be named."""
_SHARE_RESTATED = re.compile(
    r"(?:%|percent|per[ ]cent|pour[ ]cent)[ ](?:of|de|du|des)[ ](?:its[ ]|their[ ]|the[ ]|son[ ]|sa[ ]|ses[ ]|leur[ ])?"
    r"(?:(?:annual|total|group|annuel|total)[ ])?(?:revenues?|sales|turnover|chiffre[ ]d'affaires|ventes|ca)"
    r"(?:[ ](?:annuel|total|consolidé))?[ ]?,[ ](?:or|soit|ou)[ ]"
    r"(?:(?:about|around|roughly|nearly|almost|some|environ|près[ ]de|quelque)[ ])?$"
)
"""Before a figure: a share of the revenue told again in money ("its business with Sears at roughly 3% of revenue,
or about $600 million of sales a year", "5 % de son chiffre d'affaires, soit 40 M€"): the part, not the whole."""
_NOT_A_FIGURE = re.compile(
    r"\b(?:of which|dont|including|y compris|consensus|analysts?|analystes|estimates?|attentes|expectations"
    r"|earlier guidance|previous guidance|précédente prévision|précédent objectif|hors)\b[^.;)]{0,40}$"
)
"""Before an amount: a part of a figure ("of which $90 million"), someone else's estimate, an earlier outlook; not
when the words stand in a closed aside ("(67,4 % hors effets de change) par rapport aux 281,4 ME")."""
_OTHERS_FIGURE = re.compile(
    r"\b(?:analysts?|analystes|consensus|the street|wall street"
    r"|(?:previously|earlier|initially|auparavant|précédemment|initialement)(?:,|[ ](?:expected|guided|forecast"
    r"|projected|targeted|seen|predicted|anticipated|tablait|visait|prévoyait|anticipait)\b)"
    r"|had (?:expected|guided|forecast|projected|targeted)|after (?:guiding|forecasting|targeting)"
    r"|après avoir (?:visé|tablé|anticipé|prévu)"
    r"|(?:previous|prior|initial|original) (?:outlook|forecast|guidance|range|target))"
)
"""Anywhere earlier in an amount's clause: the market's estimate or an outlook since replaced, not the company's figure.

"Analysts polled by X look for earnings of $1.2 a share on sales of $15 billion", "It had earlier guided
for revenue of ...": unless the company's figure is set against it ("revenue beat analysts' ...")."""
_ESTIMATORS = r"(?:analysts?|analystes|consensus|wall[ ]street|the[ ]street|the[ ]market|le[ ]marché)"
_ESTIMATE_RELATIVE = re.compile(r"\b" + _ESTIMATORS + r"\b[^.;]{0,30}?,?[ ](?:qui|who)[ ][^.;,]{0,100}$")
"""Before an amount: the market's estimate told in a relative clause (« les analystes, qui tablaient sur un chiffre
d'affaires de 21,05 milliards », session 25)."""
_ESTIMATE_AFTER = re.compile(
    r"[ ]?(?:(?:that|which|que|qu')[ ]?(?:[\w'\-]+[ ]){0,2}?"
    + _ESTIMATORS
    + r"|(?:(?:expected|forecast|estimated|projected|predicted)[ ]by|(?:attendue?s?|prévue?s?|anticipée?s?|espérée?s?)"
    r"[ ]par)[ ](?:the[ ]|les[ ]|le[ ]|l')?"
    + _ESTIMATORS
    + r"|"
    + _ESTIMATORS
    + r"[ ](?:had[ ]|have[ ]|were[ ]|are[ ]|on[ ]average[ ])?(?:pencil+ed|expected|forecast"
    r"|estimated|predicted|projected|anticipated|expecting|looking[ ]for|attendaient|prévoyaient|anticipaient))\b"
)
"""Right after an amount: whose estimate it was ("topping the 11.4 billion dollars that Wall Street had forecast",
"the $1.31B expected by analysts", « les 21 milliards attendus par les analystes »), the market's, not a figure."""
_TWO_RANGES = 3
"""Index from which an amount may close a second range of its sentence."""
_VERSUS = re.compile(r"\b(?:vs\.?|versus|against)[ ]$")
_EXPECTED = re.compile(r"[ ](?:expected|estimated|forecast|consensus)\b")
"""Around an amount: the estimate a results line is set against ("Revenue: $17.80 billion vs. $17.42 billion
expected"), session 25."""
_SET_AGAINST = re.compile(
    r"\b(?:beat|beating|topped|topping|exceeded|above|ahead of|missed|missing|below|than|dépass\w*)"
    r"[ ](?:[a-z']+[ ]){0,2}$"
)
_SHARE_OF = re.compile(
    r"[^;]{0,20}?[ ](?:accounted[ ]for|accounts[ ]for|account[ ]for|made[ ]up|makes[ ]up|represented|represents"
    r"|(?:is|was|were|are)[ ]responsible[ ]for)[ ]"
    r"(?:about[ ]|around[ ]|roughly[ ]|nearly[ ]|almost[ ]|some[ ])?\d[\d.,]*[ ]?(?:%|percent|per[ ]cent)[ ]of[ ]"
)
"""Between a company and a revenue figure: its share of it ("X accounted for 19 percent of ... revenue of")."""
_CHANGE_BY = re.compile(
    r"\b(?:increased|decreased|rose|fell|grew|declined|dropped|climbed|jumped|slipped|gained|up|down|augmenté"
    r"|progressé|reculé|baissé|diminué|crû|cru|grimpé|chuté|hausse|baisse|progression|recul|augmentation|diminution)"
    r"[ ](?:by|de)[ ](?:(?:about|approximately|around|roughly|some|nearly|almost|environ|près[ ]de|quelque)[ ])?$"
    r"|\b(?:increase|decrease|rise|drop|decline|fall|gain|jump)[ ]of[ ]"
    r"(?:(?:about|approximately|around|roughly|some|nearly|almost)[ ])?$"
)
"""Right before an amount: the size of a change ("sales increased by approximately $1.6 million", "a sales increase of
$1.6 million", "the previous year's rise of £40m", « en hausse de 12 M€ »), not a level of revenue."""
_ADDED_TO = re.compile(
    r"\b(?:added|adds|adding|add|ajouté|ajoute)[ ](?:(?:about|some|nearly|almost|another|a[ ]further)[ ])?$"
)
_TO_REVENUE = re.compile(
    r"[ ](?:to|à)[ ](?:its[ ]|the[ ]|their[ ]|son[ ]|sa[ ]|leur[ ])?(?:[a-z\-]+[ ])?"
    r"(?:turnover|revenues?|sales|top[ -]line|chiffre[ ]d'affaires)\b"
)
"""Around an amount: an increment added to the revenue ("Turner added £3.5 million to turnover, taking it to
£271.2m"); the level it reached is the figure."""
_ADJUSTED = re.compile(r"\b(?:adjusted|non-gaap|non-ifrs|pro forma)[ ](?:[a-z\-]+[ ]){0,1}$")
_ADJUSTED_AFTER = re.compile(r"[ ](?:ajusté|non-ifrs|pro forma)\b")
"""An adjusted revenue line ("adjusted revenues", "le chiffre d'affaires ajusté") beside the published one: left out."""
_OUTLOOK = re.compile(
    r"\b(?:sees|now sees|outlook|guidance|forecasts?|projects|projecting|(?:to|now|also)[ ]project"
    r"|prévisions?|perspectives?|objectifs?|s'attend|expects?"
    r"|vise|visera|anticipe|attend|attendent|table sur|atteindra|dépassera|should reach|will reach|projected"
    r"|(?:is|are|now) seen"
    r"|guided|guides|(?:is|are) expected|attendue?s?|prévue?s?"
    r"|cible|ciblent|ciblait|targets?|targeting|aims?[ ](?:for|at)|aiming[ ](?:for|at)|ambitionne|on[ ]track"
    r"|calls?[ ]for|called[ ]for)\b"
)
"""Words before a revenue figure that make it an outlook, as the forecast wording of :mod:`modality` does ("Suez, qui
cible un chiffre d'affaires de 9 MdsE", "targets sales of $2bn")."""


@dataclass(frozen=True, slots=True)
class _Period:
    year: int | None
    part: str | None

    def label(self) -> str | None:
        if self.year is None:
            return self.part
        return f"{self.year}-{self.part}" if self.part else str(self.year)


def _part_of(match: re.Match[str]) -> str:
    if match.group("six"):
        return "H1"
    if match.group("three"):
        return "Q1"
    if match.group("qword") or match.group("qnum"):
        return f"Q{_QUARTER_WORDS.get(match.group('qword') or '', 0) or match.group('qnum')}"
    if match.group("hword") or match.group("hnum"):
        first = (match.group("hword") or "") in ("first", "premier", "1er", "1st") or match.group("hnum") == "1"
        return "H1" if first else "H2"
    return "9M"


def _compares_figure(folded: str, money: list[MoneyMention], index: int, accepted: int | None) -> bool:
    """Whether the amount at ``index`` is the earlier-period figure the revenue figure just before is set against.

    "s'élève à 466,2 ME ..., en hausse de 65,7 % (...) par rapport aux 281,4 ME réalisés sur le premier semestre
    2016-17": the comparison may stand past the revenue word's reach, but no other metric may come between.
    """
    if accepted is None or accepted != index - 1:
        return False
    previous, mention = money[accepted], money[index]
    return (
        _COMPARISON.search(folded, max(previous.end, mention.start - 40), mention.start) is not None
        and _OTHER_METRIC.search(folded, previous.end, mention.start) is None
    )


def _not_its_own_figure(folded: str, money: list[MoneyMention], index: int) -> bool:
    """Whether the amount at ``index`` only restates or frames a neighbouring one, and is no figure of its own.

    A conversion in brackets ("US$12.1 billion ($18.2 billion)") is the amount before it, kept or dropped with it;
    the old value of a change ("from $165 million to $100 million") gives way to the new one; the high end of a
    range ("$900 million to $930 million") is read with its low end.
    """
    if index > 0 and _CONVERSION.fullmatch(folded, money[index - 1].end, money[index].start):
        return True
    if _changed_from(folded, money, index):
        return True
    return (
        index > 0
        and _RANGE_JOINT.fullmatch(folded, money[index - 1].end, money[index].start) is not None
        and not _changed_from(folded, money, index - 1)
    )


def _new_value(article: Article, cues: list[Cue], money: list[MoneyMention], index: int) -> bool:
    """Whether the amount at ``index`` is the new value of a change whose old value a revenue word governs.

    « les produits d'exploitation de BCE ont crû de 2 % ..., de 4,4 milliards $ à 4,5 milliards $ »: the revenue
    word reaches the old value only.
    """
    return (
        index > 0
        and _changed_from(article.folded, money, index - 1)
        and _governing_cue(article, cues, money[index - 1])
    )


def _changed_from(folded: str, money: list[MoneyMention], index: int) -> bool:
    """Whether the amount at ``index`` is the old value of a change told "from X to Y", Y following it."""
    if index + 1 >= len(money):
        return False
    mention = money[index]
    return bool(
        (
            _CHANGE_FROM.search(folded, max(0, mention.start - 20), mention.start)
            or search_back(_CHANGED_BY_FROM, folded, max(0, mention.start - _CHANGED_BY_REACH), mention.start)
        )
        and _RANGE_JOINT.fullmatch(folded, mention.end, money[index + 1].start)
    )


def _former_outlook(folded: str, sentence: Sentence, window_start: int, amount: MoneyMention) -> bool:
    """Whether the figure is the outlook a change replaced: "lowered its revenue forecast to $1.2bn from $1.3bn"."""
    return _COMPARISON.search(folded, max(window_start, amount.start - 40), amount.start) is not None and bool(
        _FORMER_OUTLOOK.search(folded, sentence.clauses.span_of(amount.start)[0], amount.start)
    )


def _brought_or_shared(folded: str, sentence: Sentence, amount: MoneyMention) -> bool:
    """Whether the figure is what a contract or one customer brings in, or one company's share of others' sales.

    Companies taken together ("the combined company") have sales, but no company's revenue; nor has any one of several
    a figure told of each ("with more than $13 billion in revenue each, these companies rank higher").
    """
    clause_start = sentence.clauses.span_of(amount.start)[0]
    if (
        _EACH_AFTER.match(folded, amount.end)
        or _FROM_DEALS_AFTER.match(folded, amount.end)
        or _CONTRACT_BRINGS.search(folded, clause_start, amount.start)
        or _COMBINED.search(folded, clause_start, amount.start)
        or _ONE_CUSTOMER.search(folded, max(clause_start, amount.start - 90), amount.start)
    ):
        return True
    return bool(_SHARE_OF_SALES.search(folded, clause_start, amount.start)) and not _FRACTION_OF.search(
        folded, max(clause_start, amount.start - 60), amount.start
    )


_WEIGHS = re.compile(r"\bp[èe]s(?:e|ent|ait|aient|era)[ ](?:(?:environ|près[ ]de|quelque|plus[ ]de|moins[ ]de)[ ])?$")
_WEIGHS_FOR = re.compile(r"[^.;,]{0,30}?\b(?:revenus|chiffre[ ]d'affaires|ventes|ca)[ ]pour\b")
"""Around an amount: what a part weighs in a company's revenue (« Le Royaume-Uni pèse environ un milliard d'euros de
revenus pour Suez »), not the company's revenue; a company that weighs its own (« qui pèse 3,4 milliards d'euros de
chiffre d'affaires ») keeps its figure (session 25, rev)."""
_METRIC_AFTER = re.compile(
    r"[ ](?:(?:net|operating|pre-tax|pretax|gross|adjusted|underlying)[ ])?(?:profit|loss|income|earnings|ebitda|ebit"
    r"|margin)\b"
)
"""Right after an amount: the metric it sizes ("$20.4 billion of revenue and a $4.7 billion profit"), session 25."""
_THRESHOLD = re.compile(
    r"\b(?:sociétés|entreprises|groupes|companies|firms|businesses)[ ](?:réalisant|qui[ ]réalisent|with|having"
    r"|generating|that[ ]generate)[ ](?:(?:at[ ]least|au[ ]moins|plus[ ]de|more[ ]than|over)[ ])?$"
)
"""Right before an amount: a bar other companies clear (« des sociétés réalisant au moins un milliard de dollars de
chiffre d'affaires », "companies with more than $1 billion in sales"), no company's figure (session 25, rev)."""
_CHANGE_NOUN_AFTER = re.compile(r"[ ](?:contribution|uplift|boost|hit|increase|decrease|rise|drop|decline)\b")
"""Right after an amount: the change it sizes ("revenue included a $44.8m contribution from acquisitions", "a $10m
hit"), no level of revenue."""


def _estimated_range(folded: str, money: list[MoneyMention], index: int) -> bool:
    """Whether the amount opens a range the market's estimate follows.

    "$73.5 million to $75.5 million analysts had pencilled in": the market's range, no figure.
    """
    if index + 1 >= len(money):
        return False
    high = money[index + 1]
    return bool(
        _RANGE_JOINT.fullmatch(folded, money[index].end, high.start) and _ESTIMATE_AFTER.match(folded, high.end)
    )


def _adjusted(folded: str, cue: Cue) -> bool:
    return bool(_ADJUSTED.search(folded, max(0, cue.start - 30), cue.start) or _ADJUSTED_AFTER.match(folded, cue.end))


def _others_figure(article: Article, sentence: Sentence, pos: int) -> bool:
    """Whether the market's estimate or a superseded outlook introduces the amount at ``pos`` in its clause."""
    folded = article.folded
    start = sentence.clauses.span_of(pos)[0]
    word = _OTHERS_FIGURE.search(folded, start, pos)
    # The company's figure set against the estimate ("revenue beat analysts' expectations, rising to $X") follows a
    # comma; one the estimate itself governs ("beat a consensus analyst forecast ... to $16.4 billion") is the
    # market's (session 24, money).
    if _ESTIMATE_RELATIVE.search(folded, max(sentence.start, pos - 170), pos):
        return True
    return word is not None and not (
        _SET_AGAINST.search(folded, max(start, word.start() - 30), word.start()) and "," in folded[word.end() : pos]
    )


def _governing_cue(article: Article, cues: list[Cue], amount: MoneyMention) -> bool:
    """Whether a revenue word stands right before ``amount`` (no other metric between) or right after it."""
    folded = article.folded
    for cue in cues:
        if (
            _RATIO_OF.search(folded, max(0, cue.start - _RATIO_REACH), cue.start)
            or _adjusted(folded, cue)
            or names_a_part(folded, cue.end, cue.start)
            or _inside_a_name(article.text, cue)
            or (article.folded.startswith("chiffre", cue.start) and _SEGMENT_NAMED_AFTER.match(article.text, cue.end))
        ):
            continue
        if cue.end <= amount.start <= cue.end + _CUE_BEFORE_REACH:
            # A nearer revenue word between governs the amount ("turnover of £261.3 million while construction
            # revenue was £193.5 million": the line's, session 25).
            if _OTHER_METRIC.search(folded, cue.end, amount.start) is None and not any(
                cue.end < other.start and other.end <= amount.start for other in cues
            ):
                return True
        elif (
            amount.end <= cue.start <= amount.end + _CUE_AFTER_REACH
            and _CUE_AFTER.fullmatch(folded, amount.end, cue.start)
            and not _WORTH.search(folded, max(0, amount.start - 30), amount.start)
        ):
            return True
    return False


_SEGMENT_NAMED_AFTER = re.compile(r"[ ](?![TSQH][1-4]\b)[A-ZÀ-Ý][\w&\-]*(?:[ ](?:&[ ])?[A-ZÀ-Ý][\w\-]*)*[ ][a-zà-ÿ]")
"""Right after a revenue word, a capitalised name then the verb: the segment it is told of (« Le chiffre d'affaires
Gaz & Services atteint 26 360 millions d'euros »), not the group's total (session 25); a quarter ("T3") is no name."""
_CAPITALISED_BEFORE = re.compile(r"\b[A-Z][\w\-]*[ ]$")


def _inside_a_name(text: str, cue: Cue) -> bool:
    """Whether a capitalised revenue word is part of a name ("Foreign Military Sales funds"), not a revenue line.

    Mid-sentence, "Sales" after a capitalised word is a programme's or a department's name; at a sentence's or a
    line's start ("Sales rose 4%") or after a colon it is the revenue line.
    """
    if not text[cue.start].isupper():
        return False
    before = _CAPITALISED_BEFORE.search(text, max(0, cue.start - 30), cue.start)
    return before is not None and text[max(0, before.start() - 2) : before.start()].strip() not in ("", ".", ":")


@dataclass(frozen=True, slots=True)
class _Segment:
    """Where one amount's own words run: from the previous amount's end to the next amount's start."""

    start: int
    end: int
    first: bool


def _period_at(article: Article, sentence: Sentence, amount: MoneyMention, segment: _Segment) -> tuple[_Period, bool]:
    """The period of ``amount`` and whether a year was stated for it.

    A year after the amount counts unless it is a comparison ("+9.5% compared with 2020"); before
    the first amount, the sentence's last year; else the last year the article named before the
    sentence ("Au quatrième trimestre" after "le second semestre 2021").
    """
    folded = article.folded
    year = next(
        (
            p
            for p in sentence.periods
            if amount.end <= p.start < segment.end
            and not _COMPARISON.search(folded, max(amount.end, p.start - 40), p.start)
            and not _comparative(folded, p)
        ),
        None,
    )
    own = next((p for p in sentence.periods if p.end <= amount.start and _comparative(folded, p)), None)
    if own is not None and _COMPARATIVE.fullmatch(folded, own.start - 1, amount.start):
        return _Period(own.year, None), True  # "(2015: £17.2m)": the comparative figure's own year
    stated = year is not None
    following = next((p for p in sentence.periods if amount.end <= p.start < segment.end), None)
    if year is None and following is not None and _comparative(folded, following):
        return _Period(following.year + 1, None), True  # "Revenue of £16.6m (2015: £17.2m)": the year after 2015
    if year is None and segment.first:
        # The first figure takes the year stated earlier in the sentence ("For the year ended 30 April
        # 2021, losses narrowed to £6m, while revenue fell to £10m"), not a comparison's.
        year = next(
            (
                p
                for p in reversed(sentence.periods)
                if p.start < amount.start
                and not _comparative(folded, p)
                and not _COMPARISON.search(folded, max(sentence.start, p.start - 40), p.start)
            ),
            None,
        )
    joint = _NEXT_CLAUSE.search(folded, amount.end, segment.end)
    own_end = joint.start() if joint else segment.end
    parts = [
        m
        for m in _PART.finditer(folded, sentence.start, segment.end)
        if m.start() < amount.start or (segment.first and m.start() < own_end)
    ]
    before = [m for m in parts if m.start() < amount.start]
    part = before[-1] if before else (parts[0] if parts else None)
    if part is None and _BARE_QUARTER.search(folded, sentence.start, segment.end):
        # "Revenues in the quarter were $3.9 billion" after "second-quarter results": that quarter.
        named = [m for m in _PART.finditer(folded, max(0, sentence.start - _QUARTER_REACH), sentence.start)]
        part = named[-1] if named else None
    label = _part_of(part) if part else None
    if year is None and segment.first and (part is not None or _BULLET.match(article.text, sentence.start)):
        running = _running_year(article, sentence.start)
        published = article.published_at
        # A year older than the last such period completed is a comparison's ("... last year"), not the story's.
        year = running if running and (published is None or running.year >= _last_completed(label, published)) else None
    return _Period(year.year if year else None, label), stated


def _running_year(article: Article, before: int) -> PeriodMention | None:
    """The last year named before ``before`` in the article, a comparative's "(2015: ...)" aside."""
    periods = article.periods
    index = bisect_left([p.start for p in periods], before) - 1
    while index >= 0 and _comparative(article.folded, periods[index]):
        index -= 1
    return periods[index] if index >= 0 else None


_COMPARATIVE = re.compile(r"\((?:fy[ ]?)?\d{4}(?:/\d{2,4})?[ ]?:[ ]?")
"""A results table's comparative in brackets: "Revenue of £16.6m (2015: £17.2m)"."""


def _comparative(folded: str, period: PeriodMention) -> bool:
    return period.start > 0 and _COMPARATIVE.match(folded, period.start - 1) is not None


def _fact_year(article: Article, sentence: Sentence, part: str | None, published: datetime) -> int:
    """The year of a reported figure that states none: the story's recent year, else the last one completed."""
    completed = _last_completed(part, published)
    running = _running_year(article, sentence.start)
    return running.year if running is not None and completed <= running.year <= published.year else completed


def _outlook_year(article: Article, sentence: Sentence, published: int) -> int:
    """The year of an outlook figure that states none.

    This year's ("after a record 2022, it aims for ..."), or a later one the previous sentence set ("confirme
    ses objectifs pour l'exercice 2018-19. La direction s'attend à un chiffre d'affaires d'environ 2 100 ME").
    """
    previous = article.spans[sentence.index - 1] if sentence.index > 0 else None
    running = _running_year(article, sentence.start)
    if previous is not None and running is not None and running.start >= previous[0] and running.year > published:
        return running.year
    return published


def _last_completed(part: str | None, published: datetime) -> int:
    """The year of the latest period of that kind ended before ``published``: reported facts are of the past.

    "Revenue in the quarter was $3.9 billion" on 2 August is Q2 of that year; "the second half" in
    February is last year's; a year's figure with no year is last year's.
    """
    last_month = {"Q1": 3, "Q2": 6, "Q3": 9, "Q4": 12, "H1": 6, "H2": 12, "9M": 9}.get(part or "", 12)
    return published.year if published.month > last_month else published.year - 1


_BARE_LOW_END = re.compile(
    r"(?<![\w.,])(\d{1,3}(?:[ ]\d{3})*(?:,\d+)?|\d+(?:[.,]\d+)?)[ ]?(?:to|à|-)[ ]?$"
    r"|(?:(?<=entre[ ])|(?<=between[ ]))(\d{1,3}(?:[ ]\d{3})*(?:,\d+)?|\d+(?:[.,]\d+)?)[ ](?:et|and)[ ]$"
)
"""The low end of a range written without its unit: "1 110 à" in "1 110 à 1 150 millions d'euros", "entre 22 et"."""
_FORMER_OUTLOOK = re.compile(
    r"\b(?:lowered|lowers|lowering|raised|raises|raising|cut|cuts|trimmed|trims|lifted|lifts|narrowed|reduced|revised"
    r"|abaisse|a abaissé|relève|a relevé|rehausse|a rehaussé|réduit|a réduit|révise|a révisé)\b[^.;]{0,60}?"
    r"\b(?:forecasts?|outlook|guidance|targets?|prévisions?|objectifs?|perspectives?)\b"
)
"""Before a figure given for comparison: an outlook changed ("lowered its revenue forecast to $1.2bn from $1.3bn",
"relève son objectif à 2 Md€ contre 1,8 Md€"), whose "from" figure is the former outlook, not a past revenue."""
_LEADING_NUMBER = re.compile(r"\d{1,3}(?:[ ]\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?")
_BULLET = re.compile(r"[ ]*[-•*][ ]")


_SCALES = (1.0, 1e3, 1e6, 1e9, 1e12)


def _scaled_low_end(low: float, high: float) -> float:
    """A range's low end in its high end's unit: "$1.43 to $1.48 billion" says $1.43 billion, not $1.43."""
    return next((low * scale for scale in _SCALES if high / 10 <= low * scale <= high), low)


def _range_middle(article: Article, amount: MoneyMention, following: MoneyMention | None) -> MoneyMention:
    """A range stands for its middle ("$490 million to $510 million" is about $500 million), as outlooks are read."""
    folded = article.folded
    if following is not None and _RANGE_JOINT.fullmatch(folded, amount.end, following.start):
        if following.currency == amount.currency:
            low_end = _scaled_low_end(amount.value, following.value)
            return replace(amount, value=(low_end + following.value) / 2, qualifier="about")
        return amount
    low = _BARE_LOW_END.search(folded, max(0, amount.start - 20), amount.start)
    number = _LEADING_NUMBER.match(folded, amount.start)
    if low is None or number is None or _CHANGE_FROM.search(folded, max(0, low.start() - 20), low.start()):
        return amount
    low_value, high_value = (
        parse_number(low.group(1) or low.group(2), article.language),
        parse_number(number.group(0), article.language),
    )
    if not low_value or not high_value or low_value >= high_value:
        return amount
    scale = amount.value / high_value
    return replace(amount, value=(low_value * scale + amount.value) / 2, qualifier="about")


_OWNER_AFTER = re.compile(r"(?:[ ][a-zéèêà']{1,15}){0,2}[ ](?:par|by|de|d'|du|of|chez|at)[ ]?$")
"""After a revenue word: "(chiffre d'affaires) réalisés par", "(revenue) generated by" and the company whose it is."""


def _owner_after(article: Article, sentence: Sentence, cues: list[Cue], amount: MoneyMention) -> CompanyMention | None:
    """Y in "X accounted for half of the 83 million euros of revenue posted by Y": the figure is Y's."""
    cue = next((c for c in cues if amount.end <= c.start <= amount.end + _CUE_AFTER_REACH), None)
    if cue is None:
        return None
    owner = sentence.company_after(cue.end, within=30)
    if owner is None or _OWNER_AFTER.fullmatch(article.folded, cue.end, owner.start) is None:
        return None
    return owner


def _outlook_from(article: Article, sentence: Sentence, pos: int) -> int:
    """Where outlook words before ``pos`` are read: its own clause, or with its lead-in for a list item.

    "- un chiffre d'affaires supérieur à 300 millions" reads the "vise désormais :" before it.
    """
    if sentence.index > 0 and _BULLET.match(article.text, sentence.start):
        return article.spans[sentence.index - 1][0]
    return sentence.clauses.span_of(pos)[0]


def _modality(
    article: Article,
    sentence: Sentence,
    subject: CompanyMention,
    amount: MoneyMention,
    window_start: int,
    *,
    compared: bool,
) -> str:
    """The figure's modality: outlook words make a fact a forecast; a company reporting its own figures states facts."""
    folded = article.folded
    modality = modality_at(article, sentence, amount.start, window_start=window_start, quantity=True)
    if (
        modality == "fact"
        and not compared
        and _OUTLOOK.search(folded, _outlook_from(article, sentence, amount.start), amount.start)
    ):
        return "forecast"
    if modality == "rumor" and _SELF_REPORTED.match(folded, subject.end):
        return "fact"  # "Morrisons has reported that revenue rose ...": its own figures, not a report about it
    return modality


_BOUGHT = frozenset(("active", "noun", "paid"))
"""Acquisition frames whose verb or noun takes what is bought right after it."""


def _bought_since(sentence: Sentence, subject: CompanyMention, amount: MoneyMention) -> bool:
    """Whether a purchase verb stands between the company and the figure, with no company after it.

    The figure then sizes what was bought ("bought three rivals with combined sales of $2bn"); a named
    target right after the verb owns it instead and is the subject found.
    """
    return any(
        cue.family == "acquisition" and cue.detail in _BOUGHT and subject.end <= cue.start and cue.end <= amount.start
        for cue in sentence.cues
    ) and not any(subject.end < company.start < amount.start for company in sentence.companies)


def _relative_antecedent(sentence: Sentence, pos: int) -> CompanyMention | None:
    """The company a relative clause holding ``pos`` hangs on: the clause's subject, not the main clause's.

    "... la société Sell GmbH, qui réalise 179 M€ de ventes", "Nidec bought Comau, which posted sales of".
    """
    start = sentence.clauses.span_of(pos)[0]
    relative = next(
        (c for c in sentence.cues if c.family == "clause" and c.detail == "relative" and c.start == start), None
    )
    if relative is None:
        return None
    antecedent = max((c for c in sentence.companies if c.end <= relative.start), key=lambda c: c.end, default=None)
    return antecedent if antecedent is not None and sentence.hangs_on(antecedent, relative.start) else None


_SPEAKER_GAP = re.compile(r"[ ](?:(?:on|this|last|earlier|also|later)[ ](?:[a-z.]+[ ]){0,2})?$")
"""Between a company opening the sentence and its speech verb: "Chemours (earlier this month) said"."""
_SELF_PRONOUN = re.compile(r"\b(?:it|its|il|elle|the[ ]company|le[ ]groupe|la[ ]société)\b")


def _speaker(article: Article, sentence: Sentence, pos: int) -> CompanyMention | None:
    """The company telling its own figure in a later clause: "Chemours said ... and added it expects net sales of".

    The sentence's first company must be the subject of a speech verb, and a pronoun after that verb must stand for
    it before the figure; a source ("according to X") or a company named only inside the clause is no speaker.
    """
    folded = article.folded
    first = next((c for c in sentence.companies if c.end <= pos), None)
    if first is None or in_attribution(sentence, first):
        return None
    verb = next(
        (
            c
            for c in sentence.cues
            if c.detail == "speech" and first.end <= c.start and _SPEAKER_GAP.fullmatch(folded, first.end, c.start)
        ),
        None,
    )
    if verb is None or any(verb.end <= c.start < pos for c in sentence.companies):
        return None
    return first if _SELF_PRONOUN.search(folded, verb.end, pos) else None


_RIVAL_BEFORE = re.compile(
    r"[a-zà-ÿ,][ ](?:its[ ]|their[ ]|son[ ]|sa[ ]|ses[ ]|le[ ]|la[ ]|the[ ])?"
    r"(?:(?:closest|main|larger|smaller|big|biggest|nearest|principal|grand)[ ])?"
    r"(?:competitors?|rivals?|concurrents?|peers?)[ ]$"
)
"""Right before a company, after words of its clause: a rival the owner is set against ("edged out competitor X",
"ahead of its rival X", « devant son concurrent X »); a rival opening the clause ("Rival X posted") owns the figure."""


def _figure_owner(
    article: Article, sentence: Sentence, cues: list[Cue], mention: MoneyMention, amount: MoneyMention
) -> tuple[CompanyMention | None, list[str]]:
    """The company a revenue figure belongs to, and how it was found.

    The reporting company is the subject of the amount's clause, never a source ("according to Thomson"),
    and each coordinated clause has its own ("X reported ..., while Y expects ...").
    """
    subject = (
        _owner_after(article, sentence, cues, mention)
        or _relative_antecedent(sentence, amount.start)
        or sentence.company_before(amount.start)
        or _speaker(article, sentence, amount.start)
    )
    if subject is None:
        return None, []
    if _RIVAL_BEFORE.search(
        article.folded, max(sentence.clauses.span_of(subject.start)[0], subject.start - 40), subject.start
    ):
        # "The telecom giant edged out competitor Verizon with $146.8 billion in revenue": the rival is compared,
        # the figure is the clause's subject's, the company the story was telling of
        return article.previous_subject(sentence.index) or article.focus, ["anaphor"]
    subject = article.subject_past_fronted(sentence, subject, amount.start)
    noun = next((c for c in cues if amount.end <= c.start <= amount.end + _CUE_AFTER_REACH), None)
    if article.anaphor_owns(max(subject.end, amount.start - 40), amount.start, noun.end if noun else None):
        # "Juniper made up 17% of the Wisconsin-based group's $2.2 billion in sales": the story's company.
        return article.story_subject(subject.id), ["anaphor"]
    if _SHARE_OF.match(article.folded, subject.end, amount.start):
        # "Cigna accounted for about 19 percent of Healthway's total revenue of $720.3 million": Cigna is a
        # customer; the figure is its supplier's, named after "of" or else the story's company.
        owner = sentence.company_after(subject.end + 1, exclude=subject.id)
        if owner is not None and owner.end <= amount.start:
            return owner, []
        return article.story_subject(subject.id), ["anaphor"]
    return subject, []


_KINDS = "|".join(sorted((*ANAPHOR_KINDS_FR, *ANAPHOR_KINDS_EN), key=len, reverse=True))
_DESCRIBED = re.compile(
    rf"[ \n]{{0,3}}(?:(?:l'|la[ ]|le[ ])(?:{_KINDS})[ ]([^\W\d_][\w\-]*)|the[ ]([a-z\-]+)[ ](?:{_KINDS}))\b"
)
"""A sentence opening on its company's kind and nationality: "L'entreprise française, qui emploie ...", "The French
group posted ..."."""
_FEMININE_PLURAL = ("nnes", "nne", "es", "e", "s")


def _described_company(article: Article, sentence: Sentence) -> CompanyMention | None:
    """The company the story introduced with the nationality a sentence opens on, rather than the last one named.

    "... du français BCF Life Sciences", then "L'entreprise française ... a réalisé un chiffre d'affaires de".
    """
    match = _DESCRIBED.match(article.folded, sentence.start)
    if match is None:
        return None
    word = match.group(1) or match.group(2)
    bases = [word] + [word.removesuffix(end) for end in _FEMININE_PLURAL if word.endswith(end)]
    base = min((b for b in bases if is_nationality(b)), key=len, default=None)
    return article.introduced_as(base, None) if base else None


_FIGURE_AFTER = re.compile(r"[ ]?(?:(?:about|around|roughly|nearly|almost|some|environ|près[ ]de)[ ])?(?:[$€£₹]|\d)")
"""Right after a "sales to" phrase: a figure, so the phrase tells sales rising to it, not sales to a customer."""


def revenue_cues(article: Article, sentence: Sentence) -> list[Cue]:
    """The sentence's revenue words, with "sales to" / "revenue from" followed by a figure read as one.

    "a surprise rise in first-quarter sales to $16.69 billion": the customer phrase "sales to X" would hide the
    revenue word; a figure right after it shows the sales reached that figure (or came from it).
    """
    return [
        cue
        for cue in sentence.cues
        if cue.family == "revenue"
        or (
            cue.detail == "sales_to"
            and (
                _FIGURE_AFTER.match(article.folded, cue.end) is not None
                or _VERB_AFTER_TO.match(article.folded, cue.end) is not None
            )
        )
    ]


_VERB_AFTER_TO = re.compile(r"[ ](?:be|reach|grow|rise|fall|decline|increase|exceed|top|total|come[ ]in|hit)\b")
"""Right after "sales to": a verb, so the phrase tells an outlook of the sales ("expects first-quarter sales to be in
the range of $34.5 billion to $37 billion", session 24, money), not sales to a customer."""


def revenue_candidates(
    article: Article, sentence: Sentence, money: list[MoneyMention], claimed: set[int]
) -> list[Candidate]:
    """Return one revenue candidate per revenue figure of ``sentence``.

    ``money`` are its amounts (no per-share price, no valuation); ``claimed`` the ids of those a
    deal took, which stay the deal's unless a revenue word stands right before them ("a bouclé
    l'exercice sur un chiffre d'affaires de 1 508 ME").
    """
    cues = revenue_cues(article, sentence)
    found: list[Candidate] = []
    previous_end = sentence.start
    main: _Period | None = None
    folded = article.folded
    accepted: int | None = None
    for index, mention in enumerate(money):
        window_start, previous_end = previous_end, mention.end
        if _not_its_own_figure(folded, money, index):
            continue
        if (
            not (
                _governing_cue(article, cues, mention)
                or _compares_figure(folded, money, index, accepted)
                or _new_value(article, cues, money, index)
            )
            or _NOT_A_FIGURE.search(folded, window_start, mention.start)
            or _SHARE_RESTATED.search(folded, max(window_start, mention.start - 90), mention.start)
            or _BENCHMARK.search(folded, window_start, mention.start)
            or _others_figure(article, sentence, mention.start)
            or (
                _SET_AGAINST_BEFORE.search(folded, max(window_start, mention.start - 20), mention.start)
                and _MARKET_ESTIMATE_AFTER.match(folded, mention.end)
            )
            or _CHANGE_BY.search(folded, max(window_start, mention.start - 40), mention.start)
            or _ESTIMATE_AFTER.match(folded, mention.end)
            or (
                _VERSUS.search(folded, max(window_start, mention.start - 12), mention.start)
                and _EXPECTED.match(folded, mention.end)
            )
            or _estimated_range(folded, money, index)
            or (
                _WEIGHS.search(folded, max(window_start, mention.start - 30), mention.start)
                and _WEIGHS_FOR.match(folded, mention.end)
            )
            or _CHANGE_NOUN_AFTER.match(folded, mention.end)
            or _METRIC_AFTER.match(folded, mention.end)
            or _THRESHOLD.search(folded, max(window_start, mention.start - 60), mention.start)
            or (
                _ADDED_TO.search(folded, max(window_start, mention.start - 30), mention.start)
                and _TO_REVENUE.match(folded, mention.end)
            )
        ):
            continue
        if id(mention) in claimed and not any(_CUE_OF.fullmatch(folded, c.end, mention.start) for c in cues):
            continue
        following = money[index + 1] if index + 1 < len(money) else None
        amount = _range_middle(article, mention, following)
        subject, inferred = _figure_owner(article, sentence, cues, mention, amount)
        if (
            _brought_or_shared(folded, sentence, amount)
            or _former_outlook(folded, sentence, window_start, amount)
            or (
                # "to $1.2 billion to $1.25 billion from $1.3 billion to $1.35 billion": the high end of a former
                # outlook's range, after the new range (session 25).
                index >= _TWO_RANGES
                and _RANGE_JOINT.fullmatch(folded, money[index - 3].end, money[index - 2].start) is not None
                and _changed_from(folded, money, index - 1)
                and _former_outlook(folded, sentence, sentence.start, money[index - 1])
            )
            or regional(folded, sentence.clauses.span_of(amount.start)[0], (window_start, mention.start), mention.end)
            or unit_after(folded, mention.end)
            or _UNIT_REPORTED.search(folded, sentence.clauses.span_of(amount.start)[0], amount.start)
            or (
                subject is not None
                and (_UNIT_FIGURE.search(folded, subject.end, amount.start) or _bought_since(sentence, subject, amount))
            )
        ):
            # "la branche construction ... avait dépassé le milliard d'euros de ventes": the unit's figure;
            # "X a racheté seize sociétés représentant 160 M€ de chiffre d'affaires": theirs, not X's.
            continue
        if subject is None:
            subject = _described_company(article, sentence) or article.previous_subject(sentence.index)
            subject, inferred = subject or article.focus, ["anaphor"]
        if subject is None:
            continue
        segment_end = money[index + 1].start if index + 1 < len(money) else sentence.end
        segment = _Segment(window_start, segment_end, first=main is None)
        period, stated = _period_at(article, sentence, amount, segment)
        compared = _COMPARISON.search(folded, max(window_start, amount.start - 40), amount.start) is not None
        if compared and main is not None and not stated:
            period = _Period(main.year - 1 if main.year else None, main.part)
        modality = _modality(article, sentence, subject, amount, window_start, compared=compared)
        if (
            modality == "fact"
            and period.year is None
            and article.published_at is not None
            and not _PER_YEAR.search(folded, amount.end, min(sentence.end, amount.end + 40))
        ):
            period = _Period(_fact_year(article, sentence, period.part, article.published_at) - compared, period.part)
        main = main or period
        published = article.published_at.year if article.published_at else None
        if modality == "forecast" and not stated and published and (period.year or 0) < published:
            period = _Period(_outlook_year(article, sentence, published), period.part)
        accepted = index
        found.append(
            Candidate(
                type="revenue",
                span=(sentence.start, sentence.end),
                subject=subject,
                amount=amount,
                period=period.label(),
                modality=modality,
                inferred=list(inferred),
            )
        )
    if not found:
        found.extend(_outlook_without_figure(article, sentence, cues))
    return found


_OUTLOOK_NOUN_AFTER = re.compile(r"[ ](?:outlook|guidance|forecasts?|targets?|objectifs?|prévisions?)\b")
_OUTLOOK_NOUN_BEFORE = re.compile(
    r"\b(?:outlook|guidance|forecasts?|targets?|prévisions?|objectifs?|perspectives?|croissance|growth)[ ]"
    r"(?:(?:annuelle|moyenne|organique|annual|average|organic)[ ]){0,2}(?:for|of|de|d'|du|des)[ ]?"
    r"(?:its |their |the |son |sa |ses |leur |leurs )?(?:[a-z\-]+[ ]){0,1}$"
)


_PLURAL_OWNER = re.compile(r"\b(?:their|leurs)[ ](?:[\w\-]+[ ]){0,2}$")
"""Before a revenue word: several owners ("the established makers will struggle to reach their sales targets"),
whose targets are no one company's outlook."""


def _outlook_without_figure(article: Article, sentence: Sentence, cues: list[Cue]) -> list[Candidate]:
    """An outlook on revenue stated without a figure: "cut its revenue guidance", "vise une croissance de son CA".

    Growth guidance in percent and profit warnings are revenue forecasts too; one per sentence,
    for the company the sentence is about.
    """
    folded = article.folded
    cue = next(
        (
            c
            for c in cues
            if not names_a_part(folded, c.end)
            and not _PLURAL_OWNER.search(folded, max(sentence.start, c.start - 25), c.start)
            and (
                _OUTLOOK_NOUN_AFTER.match(folded, c.end)
                or _OUTLOOK_NOUN_BEFORE.search(folded, max(sentence.start, c.start - 40), c.start)
            )
        ),
        None,
    )
    if cue is None:
        return []
    subject, inferred = sentence.company_before(cue.start), []
    if subject is None:
        subject, inferred = article.previous_subject(sentence.index) or article.focus, ["anaphor"]
    if subject is None:
        return []
    year = next(iter(sentence.periods), None)
    part = _PART.search(folded, sentence.start, sentence.end)
    published = article.published_at.year if article.published_at else None
    period = _Period(year.year if year else published, _part_of(part) if part else None)
    return [
        Candidate(
            type="revenue",
            span=(sentence.start, sentence.end),
            subject=subject,
            period=period.label(),
            modality="forecast",
            inferred=inferred,
        )
    ]
