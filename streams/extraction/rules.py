"""Sentence rules: turn the cues and mentions of one sentence into candidate events.

Each rule reads one cue in its sentence: who stands before it (the buyer, the customer), who
after it (the target, the vendor), which amount and percentage sit nearby, and how certain the
wording is. Rules only look outside their sentence through :class:`Discourse` (what earlier
sentences established) to resolve "la start-up" / "the company" / "le groupe", and through
:class:`CustomerNote` (a major-customer or payment remark the engine attaches to the customer
relation it is about).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import partial
from itertools import pairwise, takewhile

from streams.extraction.account_kept import account_kept_candidates
from streams.extraction.acq_fronted import fronted_acquisitions
from streams.extraction.acq_offers import offer_candidates
from streams.extraction.acq_ownership import OWNERSHIP_FRAMES, ownership_candidates
from streams.extraction.acq_parties import (
    after_dative_sale,
    bought_from,
    bought_thing_of,
    conjunct_first_deal,
    dative_sale,
)
from streams.extraction.article import OWNER_PREFIX, PAYMENT_REACH, Article, Named, Sentence
from streams.extraction.award_went import award_went_candidates
from streams.extraction.begin_list_trailer import past_legal_form
from streams.extraction.begin_new_subject import new_subject_between
from streams.extraction.begin_seller_side import told_by_seller
from streams.extraction.candidate import BACKED_ROUND, Candidate, event_date, supplier_switch
from streams.extraction.continue_lists import listed_after
from streams.extraction.cues import Cue
from streams.extraction.customer_destination import destination_owner
from streams.extraction.customer_loss import (
    CONTRACT_HOLDER_BEFORE,
    NOTICE_NOUN,
    active_notice,
    agent_of_held_contract,
    amount_at_stake,
    customer_after_head,
    customer_named_in_contract,
    customer_ousting_incumbent,
    described_right_after,
    guessed_name,
    heralds_major_loss,
    major_losses_listed_from,
    maker_of_withdrawn_goods,
    notified_party,
    notifier,
    recap_of_told_loss,
    relation_value,
)
from streams.extraction.customer_orders import order_noun_candidates
from streams.extraction.customer_roster import listed_after_roster, roster_customers, roster_parties
from streams.extraction.deal_anaphora import points_back
from streams.extraction.deal_pronoun import time_clause_target
from streams.extraction.deal_talks import target_in_talks
from streams.extraction.deal_target import target_named_later
from streams.extraction.deals_glued import glued_owned
from streams.extraction.deals_goods import describes_goods
from streams.extraction.deals_possessor import allies_of_unnamed, possessed_target
from streams.extraction.deals_shares import counted_holding, named_shares_bought, next_counted_member
from streams.extraction.deals_support import supported_investee
from streams.extraction.displacement import displacement_candidates, displaces
from streams.extraction.end_lost_named import held_until_then, lost_customer_named, successor_past_goods
from streams.extraction.end_patterns import DEAL_ENDS_LATER, TOLD_FUTURE
from streams.extraction.ending_value import seller_of_sales, told_relation_value
from streams.extraction.funding_noun import noun_investments
from streams.extraction.funding_passive import passive_raise_investments
from streams.extraction.funding_possessive import possessive_rounds
from streams.extraction.goods_model_maker import model_maker, model_maker_in
from streams.extraction.goods_order import counted_in_cue, order_teller, seller_after_goods
from streams.extraction.holding_named import named_holdings
from streams.extraction.holding_split import split_holdings
from streams.extraction.holding_split_patterns import SPLIT_FRAME
from streams.extraction.incumbent import named_incumbent, warning_supplier
from streams.extraction.invest_backer_apposition import backer_appositions
from streams.extraction.invest_money_into import funders_listed_before, funds_company, puts_untold_money
from streams.extraction.invest_portfolio import portfolio_listings
from streams.extraction.invest_round_owner import fronted_leads_of_valued, owned_round_backers
from streams.extraction.investor_list import (
    appositive_backers,
    continued_list,
    counted_investee,
    possessive_investee,
)
from streams.extraction.knowledge_base import slugify
from streams.extraction.leadership import leadership_in, leadership_out
from streams.extraction.leadership_people import people
from streams.extraction.major_customer_lists import (
    customers_named_after,
    described_vendor,
    last_listed,
    listed_with,
    ranked_against,
)
from streams.extraction.mentions import CompanyMention, complement_leads_to
from streams.extraction.modality import modality_at, negated, unable
from streams.extraction.not_customer import buyer_described, cuts_own_figure, investor_leaves, moves_listing
from streams.extraction.ongoing_examples import first_example
from streams.extraction.org_context import FIRST_NAMES, KIND_NOUNS, NATIONAL_BEFORE_NAME
from streams.extraction.partner_nouns import partner_noun_pairs
from streams.extraction.partner_relative import relative_with_pairs
from streams.extraction.partners import (
    agreed_partners,
    apposed_partners,
    cue_pairs,
    partner_after_joint,
    relative_partners,
    works_on_project,
)
from streams.extraction.pattern_windows import gated_finditer
from streams.extraction.portfolio import describes_portfolio
from streams.extraction.quantities import MoneyMention, PercentMention, per_unit_end
from streams.extraction.revenue import revenue_candidates, revenue_cues
from streams.extraction.role_nouns import told_reversed
from streams.extraction.round_extension import extended_round_cues
from streams.extraction.round_named import round_named_after, round_owner_before
from streams.extraction.round_sequel import (
    announcer,
    backed_amount_cues,
    copula_without_list,
    fronted_lead,
    fronted_raiser,
    glued_lead,
    glued_to_round,
    led_round_cues,
    lent_not_invested,
    names_round_first,
    raiser_by_participle,
    raises_a_fund,
    told_by_description,
    valued_round,
)
from streams.extraction.standing_supply import standing_relation
from streams.extraction.start_built_by import built_by_candidates
from streams.extraction.start_choice_by import chosen_by_agent
from streams.extraction.start_chosen_goods import chosen_goods_maker
from streams.extraction.start_decision_holder import decision_holder
from streams.extraction.start_given_by import given_by_candidates
from streams.extraction.start_joint_signed import joint_signed_candidates
from streams.extraction.start_signed_with import signed_with_supplier
from streams.extraction.start_successful import successful_candidates
from streams.extraction.start_system_maker import system_maker_candidates
from streams.extraction.supplier_phrase import customer_noun, supplier_noun
from streams.extraction.supplier_swap import displaced_incumbents
from streams.extraction.supply_dispute import dispute_parties
from streams.extraction.supply_halt import halt_in_quarrel
from streams.extraction.text import fold_case

_DEAL_NOUN = re.compile(
    r"\b(?:the|this|that) (?:deal|financing|funding|fundraising|raise|transaction|round|investment|agreement"
    r"|acquisition)\b(?![ ](?:market|sector|industry|climate|environment|landscape|boom)s?\b)"
    r"|\b(?:l'opération|l'accord|la transaction|le tour de table|ce tour de table|la levée|cette levée|le financement"
    r"|ce financement|cette opération|cet accord)"
)
"""Before a valuation cue, "the financing" / "l'opération" says the valuation is the deal's ("the funding market" is
none)."""
_PAYEE_AFTER_MONEY = re.compile(r"[ ](?:[a-zé' ]{1,24}[ ])?(?:à|to|with|auprès de)[ ]")
_PAYEE_REACH = 30
_OF_VENDOR = re.compile(r"[ ](?:of|de|d'|chez|at|for)[ ]?(?:both[ ])?")
_VENDOR_OWNER = re.compile(r"'s (?:[a-z\-]{1,12} )?$")
_ANAPHOR_REACH = 3
"""How many sentences back "the start-up" may point to the target of a deal."""
_CLIENT_OF = re.compile(r"(?:client de |client d'|customer of |client of |'s (?:largest|biggest|top|main) customer)")
_BY = re.compile(r"(?:[ ,]{1,2}(?:inc|corp|ltd|plc|sa|sas|ag|nv|se|llc|co)\.?)?[ ,]{0,3}(?:by|par)[ ]")
"""After a deal noun's target, its agent's "by / par", past the target's legal form ("de Zorvane SA par")."""
_AGENT_BEFORE = re.compile(r"\b(?:by|par)[ ]$")
_TALKS_WITH_BEFORE = re.compile(r"\b(?:talks|negotiations|discussions|négociations|pourparlers)[ ](?:with|avec)[ ]$")
"""Right before a company: "opened talks with Airbus to halve its order" makes it the one talked to, not the subject."""
_IL_BEFORE = re.compile(r"(?<![\w'])il[ ](?:[a-zà-ÿ']{1,12}[ ]){0,2}$")
"""French "il" right before a customer verb ("il met fin au contrat"): the speaker or the previous subject."""
_CLAUSE_CHAR = r"(?:[^.;]|(?<=\d)[.](?=\d))"
"""A character that does not end the clause: anything but "." and ";", except the point in "$11.2 billion"."""
_CONTRACT_WITH = re.compile(
    rf"(?:{_CLAUSE_CHAR}{{0,40}}?[ ])?(?:contract|agreement|deal|order|contrat|accord|commande|contracts)\b"
    rf"(?P<tail>{_CLAUSE_CHAR}{{0,50}}?)[ ](?:with[ ]|avec[ ]|auprès[ ]d(?:e[ ]|'))"
)
"""After "signed a" / "placed an": the contract noun, then "with" and the vendor ("a $300 million agreement with",
"a passé une commande de 15 rames auprès d'Alstom", "signed two contracts with"; "deals" in the plural are no
purchase: "signs deals with two carmakers")."""
_PURCHASE_AFTER = re.compile(
    r"[ ](?:for[ ](?:the[ ])?(?:purchase|acquisition|order)[ ]of|to[ ](?:purchase|buy|order)\b"
    r"|for[ ](?:up[ ]to[ ]|another[ ]|a[ ]further[ ])?\d)"
)
"""Right after the other side of a memorandum: what it buys ("signed an MoU with Y for the purchase of 40 A320neos", "to
buy ten jets", "for 50 A320neo variants"): a customer's pre-contract, not an alliance."""
_APPROVED = re.compile(r"(?:has[ ])?(?:approve|authori[sz]e)")
"""The decision verbs of the ``signed`` frame: "approved a", "has authorised a"."""
_PLURAL_WITH = re.compile(r"[ ](?:with|avec)[ ]")
"""Right after a cue that ends with its contracts ("has signed contracts"): "with" and the vendor."""
_PARTNERSHIP_WORDS = re.compile(
    r"partnership|partenariat|alliance|joint venture|coentreprise|licen[cs]e|licensing|cooperation|coopération"
    r"|distribution|distributor|reseller|resale|distributeur|revente"
    r"|joint development|co-?development|co-?développement|développement conjoint|collaboration|memorandum"
    r"|merger|acquisition|takeover|credit|loan|financing|settlement|fusion|rachat|crédit|prêt|financement"
)
"""Agreements that make no customer: "signed a merger agreement with", "entered into a credit agreement with";
a licence, cooperation, collaboration or joint development agreement is a partnership, and a distribution deal
makes a reseller, not a customer."""
_AS_CUSTOMER = re.compile(
    r"(?:,?[ ](?:inc|corp|co|ltd|llc|plc|sa|se|ag|nv)[.]?)?"
    r"(?:[ ]as[ ](?:a[ ]|an[ ]|its[ ]|one[ ]of[ ]its[ ])?|[ ](?:comme|en[ ]tant[ ]que)[ ](?:(?:un|son)[ ])?)"
    r"(?:[a-zà-ÿ\-]{2,15}[ ]){0,2}?(?:customers?|clients?)\b"
    r"|(?:(?:,[ ][^ ,.;]+(?:[ ][^ ,.;]+)?){0,5},?[ ](?:and|et)[ ][^ ,.;]+(?:[ ][^ ,.;]+)?)?[ ](?:among|parmi)[ ]"
    r"(?:its|their|ses|leurs)[ ]"
    r"(?:[a-zà-ÿ\-]{2,15}[ ]){0,2}(?:customers|clients)\b"
    r"|[ ]to[ ](?:its|their)[ ](?:client|customer)[ ](?:list|roster|base|book)\b"
)
_CONTRACT_OWNER = re.compile(
    r"(?:'s|[ ](?:said|says|announced|disclosed|confirmed)(?:[ ]on[ ][a-z]{3,9})?(?:[ ]that)?[ ]its) "
    r"(?:[a-z\-]{1,15} ){0,2}(?:contracts?|agreements?|deals?) with "
)
_AVEC = re.compile(r"(?:,?[ ](?:inc|corp|co|ltd|llc|plc|sa|se|ag|nv)[.]?)?[ ](?:avec|with)[ ]")
_WITH_VENDOR = re.compile(rf"{_CLAUSE_CHAR}{{0,50}}?[ ](?:with|avec|auprès de|auprès d')[ ]?")
_JOINED = re.compile(r"[ ](?:and|et|&)[ ]")
_PAIR_JOINT = re.compile(
    r"(?:[ ](?:group|groupe|holdings?|inc|corp|co|ltd|sa|se|ag|nv|plc|llc)[.]?)?(?:[ ]\([^()]{1,40}\))?"
    r",?[ ](?:and|et|&)[ ]"
    r"(?:(?:its|their|the|fellow|sa|son|la|le|l')[ ]?)?"
    r"(?:(?!(?:and|et|or|ou|including|notamment|dont|such|like|comme|with|avec)[ ])[a-zà-ÿ\-]{2,20}[ ]){0,4}"
)
"""Between the two partners of a joint cue, maybe after the first's legal suffix or listing, and before the second's
description: "Orvane Group and Tamsin", "Cree (Nasdaq: CREE) and its Japanese rival Toyoda", "X et l'allemande Y",
"X and Chinese smartphone brand Y"."""
_PAIR_REACH = 60
_CONTRACT_TERM = r"(?:(?:[a-z0-9\-]{1,15}|[$€£]?\d[\d.,]*),?[ ])"
"""A word before a contract noun, its terms among them: "10-year,", "$4", "billion", "marketing"."""
_CONTRACT_NOUN = re.compile(
    rf"(?:'s|')?[ ]{_CONTRACT_TERM}{{0,4}}(?:contracts?|accounts?|business|deals?|orders?|contrats?|marchés?)\b"
)
"""After the customer's name: "Digital River to lose Symantec contract", "Wincanton loses HMRC logistics contract",
"Fleming will lose Kroger's business", "Omnicom won the Army's 10-year, $4 billion marketing contract"."""
_TO_SUPPLY = (
    r"(?:contracts?|agreements?|deals?|right|tenders?)[ ]to[ ](?:supply|provide|deliver|equip|service"
    r"|transport|haul|carry|ship|distribute|handle|manage|run|operate|maintain|clean|print|host|power)[ ]"
    r"(?:(?:[a-z\-]{2,15}[ ]){1,4}?(?:to|for)[ ])?(?:the[ ])?"
)
"""A contract told by what it supplies, the customer after: "contract to supply X with tea", "to supply milk to X"."""
_AMONG_SUPPLIERS = re.compile(
    r"(?:,?[ ](?:inc|corp|co|ltd|llc|plc|sa|se|ag|nv)[.]?)?[ ](?:among|parmi)[ ](?:its|their|ses|leurs)[ ]"
    r"(?:[a-zà-ÿ\-]{2,15}[ ]){0,2}(?:suppliers|vendors|providers|fournisseurs|prestataires|sous-traitants)\b"
)
"""After the company counted: the role that makes it the subject's supplier ("among its key suppliers")."""
_ITS_CONTRACT_WITH = re.compile(
    r"[ ](?:[\d.,]{1,5}[ ]?%[ ](?:of[ ])?)?(?:(?:its|a|an|the|son|sa|un|une|le|du)[ ]|l')(?:[a-z\-\d]{1,15}[ ]){0,3}"
    r"(?:(?:contract|agreement|deal|account|tender|contrat|accord|marché|appel d'offres)[ ](?:with|from|avec|de|d')[ ]?"
    r"|(?:business|account)[ ]of[ ]"
    rf"|{_TO_SUPPLY})"
)
"""After "lost" / "won": "lost its supply agreement with X", "won a deal with X", "a perdu l'appel d'offres de X",
"lost its contract to supply X with milk", "has lost the Midwest business of X" (a region's or a line's share)."""
_LIST_SEPARATOR = re.compile(
    r"(?:,?[ ](?P<and>and[ ]|et[ ]|&[ ]|ou[ ]encore[ ]|as[ ]well[ ]as[ ]|ainsi[ ]que[ ]|ainsi[ ]qu')|,[ ])"
    r"(?P<article>the[ ]|la[ ]|le[ ]|les[ ]|l'|de[ ](?:la[ ]|l')?|d'|du[ ])?"
)
_EXAMPLE_SEPARATOR = re.compile(
    r"(?:,?[ ](?P<and>and[ ]|et[ ]|&[ ]|ou[ ]encore[ ]|or[ ]|ou[ ]|as[ ]well[ ]as[ ]|ainsi[ ]que[ ]|ainsi[ ]qu')|,[ ])"
    r"(?P<article>the[ ]|la[ ]|le[ ]|les[ ]|l'|de[ ](?:la[ ]|l')?|d'|du[ ])?"
)
"""The same in a list of examples, where "or / ou" closes it as "and" does: "customers such as A or B"."""
_EXAMPLES_OPEN = re.compile(
    r"\b(?:such[ ]as|like|including|comme|notamment|tels[ ]que|telles[ ]que|dont)[ ](?:the[ ]|le[ ]|la[ ]|l')?$"
)
"""Right before a list's first member: the word that opens examples."""
"""Between listed companies: ", ", " and ", ", and ", " et "; "ou encore", "as well as", "ainsi que" close a list as
"and" does; French repeats the preposition ("les centrales d'achat de Leclerc et de Carrefour")."""
_BRACKETED = re.compile(r"[ ]\([^()]{1,40}\)")
"""After a listed company, its place or kind in brackets: "Maubrac (Loire) et Tessande"."""
_PRICE_FOR = re.compile(r"[ ](?:for|pour)[ ](?:about[ ]|around[ ]|some[ ]|environ[ ]|près[ ]de[ ])?")
"""After a listed company, the preposition of its own price: "Jet.com for $3 billion, Bonobos and ModCloth"."""
_INCLUDING = re.compile(r"[ ](?:[a-z\-]{1,20}[ ]){1,3}(?:including|such as|notamment|dont|comme)[ ]")
"""A described group before its named members: " cargo carriers including "."""
_APPOSITION = re.compile(
    r"(?:[ ]?\([^()]{1,30}\))?,[ ](?:the|its|their|son|sa|leur|le|la|l')[ ]?(?:[\w\-]+[ ]){0,3}(?:[\w\-]+'s[ ])?"
)
_LOWER_APPOSITION = re.compile(r",[ ][a-zà-ÿ0-9][^,;.()]{0,60}")
"""A description in lower case between a company and its relative clause: ", premier opérateur du pays"."""
_MAY_LOSE = re.compile(
    r"(?:\b(?:could|may|might|risks?|pourrait|pourraient|risque[ ]de|risquent[ ]de|threatens?[ ]to|menace[ ]de"
    r"|menacent[ ]de|fears?|feared|fearing|craint|craignent|en[ ]passe[ ]de|sur[ ]le[ ]point[ ]de|s'apprête[ ]à"
    r"|s'apprêtent[ ]à)(?:[ ](?:also|aussi|even|même))?(?:[ ]be)?"
    r"(?:[ ](?:lead[ ]to|result[ ]in|mean|cause|trigger|entraîner|conduire[ ]à|provoquer|signifier"
    r"|se[ ]traduire[ ]par))?"
    r"|\b(?:warns?|warned|warning|fears?|feared|at[ ]risk)[ ]of|\bthe[ ](?:risk|threat|prospect)[ ]of"
    r"|\b(?:craint|craignent|craindre|risque|menace|perspective)[ ](?:de|d')|\ba[ ]mis[ ]en[ ]garde[ ]contre)"
    r"(?:[ ](?:the|a|la|une))?[ ]?$"
)
"""Right before a loss cue: the loss is a threat ("could lose", "pourrait aussi perdre", "may be losing", "could lead
to the loss of", "warns of losing", "pourrait entraîner la perte de", "le risque de perdre", "est en passe de perdre"),
the customer is at risk."""
_LOSS_FRAMES = frozenset({"vendor_discloses", "as_customer", "passive", "nominal"})
"""Frames where the supplier tells its own loss ("lost", "perd le budget de", "the loss of")."""
_SECURITIES = re.compile(r"(?:'s)?[ ](?:shares|stock|stocks|bonds|debt|securities|actions|titres|obligations)\b")
"""After a supplier's name: its securities, bought or sold by investors, not its goods."""
_OWN_UNIT = re.compile(
    r"\b(?:sa|son|ses|its|their)[ ](?:[a-zé\-]{1,15}[ ])?(?:filiales?|unités?|divisions?|participation|branche"
    r"|subsidiary|subsidiaries|unit|stake|holding)\b"
)
"""Between a verb and a company: the company is the actor's own unit or holding ("se séparer de sa filiale X")."""


def _names_no_supplier(article: Article, cue: Cue, vendor: CompanyMention | None) -> bool:
    """Whether the company after a verb of cutting or ending is no supplier dropped.

    "Moody's cut Ford's credit rating", "dropped Intel's price target": a figure the company owns; "ended its merger
    agreement with X": a deal called off.
    """
    if vendor is None or cue.family not in _LOSS_TYPES:
        return False
    folded = article.folded
    if cuts_own_figure(folded, cue):
        return True  # "after its top customer X cut its forecast": X's own figure, whoever the supplier
    if vendor.start < cue.end:
        return False
    bare_verb = not folded.endswith(_PREPOSITIONS, cue.start, cue.end)
    return bool(bare_verb and _FIGURE_OF.match(folded, vendor.end)) or bool(
        _DEAL_BETWEEN.search(folded, cue.end, vendor.start)
    )


_DEAL_BETWEEN = re.compile(r"\b(?:merger|takeover|buyout|acquisition|loan|credit|financing)[ ]agreements?\b")
"""A deal's agreement between a verb of ending and the company after it: the deal is called off, not a supply."""
_FIGURE_OF = re.compile(
    r"'s?[ ](?:[a-z0-9\-]{1,15}[ ]){0,3}?(?:ratings?|price[ ]targets?|targets?|forecasts?|outlook|guidance|estimates?"
    r"|shares|stock|stake|dividends?|workforce|jobs|staff|costs|prices)\b"
)
"""A figure a company owns, right after it: what a bare verb of cutting or dropping acts on is then no supplier."""
_OWN_FIGURE_AFTER = re.compile(
    r"[ ](?:its|their|ses|son|sa|leurs?)[ ](?:[a-z\-]{1,15}[ ])?(?:forecasts?|outlook|guidance|targets?|estimates?"
    r"|prices|workforce|jobs|staff|dividends?|costs|spending|debt|losses|prévisions?|objectifs?|effectifs|prix"
    r"|dividende|coûts|dette|pertes)\b"
)
"""After a verb and a possessive: a figure of the subject's own ("cut its forecast", "a réduit ses effectifs"), no
goods or contract of a supplier."""
_SAID_THAT = re.compile(
    r"[ ](?:said|says|announced|disclosed|warned|revealed|a indiqué|annonce|a annoncé)(?:[ ]that|[ ]qu'|[ ]que)?[ ]"
    r"(?:(?:one[ ]of|l'une?[ ]de|un[ ]de)[ ])?(?:(?:its|their|ses|son|sa|leurs?)[ ])?$"
)
"""Between a supplier and the unnamed customer it tells of: "X said that", "X a annoncé qu'"."""
_POSSESSIVE_AFTER = re.compile(r"[ ](?:its|their|ses|son|sa|leurs?)[ ]")
"""After a customer's verb: the goods or contract it stops using ("would stop using its chips")."""
_RIVALS_END = re.compile(r"\b(?:competitors|rivals|suppliers|vendors|chipmakers|makers)(?:'|[ ]for)?$")
"""A cue that ends on the supplier's rivals ("rely solely on competitors'"): the supplier is the teller."""
_THAT = re.compile(r"\b(?:that|que|qu')(?:[ ]|$)|[ ]qu'")
"""The complementiser that opens a reported clause ("X told investors that Y ...")."""
_SAID = re.compile(
    r"[ ](?:said|says|told investors|disclosed|announced|warned|revealed|confirmed|a indiqué|indique|annonce"
    r"|a annoncé|précise|a précisé|believes|believed|expects|expected|thinks|fears|feared|estimates)"
    r"(?:[ ](?:on|le)[ ][a-z\d]{1,10})?(?:[ ]that)?[ ](?:the[ ]|la[ ]|le[ ]|l'"
    r"|(?:its|their|son|sa|leur)[ ](?:[a-z\-]{1,15}[ ]){0,2}(?:customer|client|cliente),?[ ])?$"
)
"""A speech verb right before the reported clause's subject: "Atos said the Ministry of Defence did not renew",
"X said its largest customer, Y, would stop", "X said its main customer Y would cut orders" (no comma); a belief or an
expectation tells the same ("Y believes X will stop using its modems", "Y expects X to stop using its chips")."""
_MAJOR_SHARE_PCT = 10.0
"""A customer worth this share of its supplier's sales (percent) is major, as the alert rules say."""
_SHARE_OF_UNNAMED_REACH = 30
"""How far (chars) after an unnamed customer its share of sales may start and still describe it."""
_FRACTION_OF = re.compile(
    r"\b(?:half|la[ ]moitié"
    r"|(?:a|one|two|three|four|five|six|seven|eight|nine)[ \-](?:thirds?|quarters?|fifths?|sixths?|eighths?|tenths?)"
    r"|(?:un|deux|trois|quatre|cinq|six|sept|huit|neuf)[ \-](?:tiers|quarts?|cinquièmes?|sixièmes?|huitièmes?"
    r"|dixièmes?))\b"
)
"""A share of sales told in words: any fraction from a tenth up ("half", "four-fifths", "trois quarts", "un dixième");
the alert rules call a customer worth a tenth of its supplier's sales major."""
_OF_REVENUE = re.compile(
    r"[ ]?(?:of|du|de[ ]l'|de|des|de[ ]la|d')[ ]?(?:(?:its|their|the|ses|son|sa|leur|leurs)[ ])?"
    r"(?:[\w&.\-]{1,20}(?:[ ][\w&.\-]{1,20})?(?:'s|')?[ ])?(?:total[ ]|annual[ ]|group[ ]|consolidated[ ]|global[ ])?"
    r"(?:revenues?|sales|turnover|chiffre[ ]d'affaires|ventes|revenus|activité|business)"
    r"(?:[ ](?:(?:total|totales?|mondial|mondiales|annuel|annuelles|de[ ]première[ ]monte)[ ])?(?:de[ ]|d')|[ ]at[ ])?"
)
"""After a share: "of Cardinal's revenue", "of Atos sales", "of its total sales", "du chiffre d'affaires d'Atos"; also
the supplier's business as a whole ("30% of its business", « 30 % de l'activité de Y »), which the customer weighs."""
_PURCHASE_VERBS = (
    "ordering", "buying", "sourcing", "purchasing", "buy", "buys", "order", "orders", "source", "sources",
    "ordered", "sourced",
)  # fmt: skip
_GOODS_FROM = re.compile(r"[ ](?:[a-z\-\d]{1,15}[ ]){1,3}from[ ]")
"""After a purchase verb: the goods, then "from" before the supplier ("parts from ")."""
_NOTIFIES = re.compile(
    r"[ ](?:has[ ]|had[ ]|have[ ])?(?:notified|informed|told|advised|warned|gave[ ]notice[ ]to"
    r"|has[ ]given[ ]notice[ ]to|a[ ]informé|a[ ]notifié|a[ ]prévenu|informe|notifie|avait[ ]informé|a[ ]averti)"
    r"[ ](?:its[ ]supplier[ ]|son[ ]fournisseur[ ])?"
)
"""Between a customer and the supplier it tells of its decision: " has notified ", " a informé "."""
_TO_VENDOR = re.compile(r"(?:[^.;,]|(?<=\d)[.,](?=\d)){0,80}?[ ](?:à|au|aux|to)[ ]")
_VENDOR_KIND = re.compile(
    r"(?:(?:la|le|l'|the)[ ]?(?:[a-z.\-]{2,12}[ ])?)?"
    r"(?:constructeur|fabricant|groupe|spécialiste|industriel|équipementier|start-up|startup"
    r"|société|pme|entreprise|company|firm|group|maker|manufacturer|supplier|contractor)[ ]"
)
"""After a `dative` verb, what is given away, then "à / to" and the supplier ("the logistics contract to"), maybe
described first ("au constructeur (breton) X", "to the contractor X")."""

_PREPOSITIONS = (" with", " avec", " de", " du", " d'", " chez", " of", " à", " from", " to", " on")
"""A cue ending in one of these waits for its object a little ("auprès du géant américain X", "reliance on the
Taiwanese chipmaker X"); a bare verb takes it right after."""
_BARE_VERB_REACH = 3
_DESCRIBED_NAME_REACH = 18
"""After a kind noun ("au constructeur"), one adjective may come before the name ("breton ")."""
_INVESTOR_WORDS = re.compile(
    r"[ ]?(?:(?:its|their|son|sa|ses|leur|leurs)[ ])?"
    r"(?:(?:existing|new|returning|previous|current|other|earlier|early|longtime|long-time)[ ])?"
    r"(?:investors?|backers?|shareholders?|investisseurs?|actionnaires?)(?:[ ](?:historiques?|existants?))?"
    r"(?:,?[ ](?:including|such[ ]as|like))?(?=[ ])"
)
"""Between an investor intro and the names: "with participation from existing investors A and B", "from new
investors including A, B and C" (session 25)."""
_GOODS = re.compile(
    r"(?:'s)?[ ](?:shares?|stock|chips?|gpus?|products?|servers?|licen[cs]es?|bonds?|devices?|phones?|cars?"
    # session 27 (custend): a maker's kit and vehicles ("will continue to buy some Huawei equipment")
    r"|equipment|gear|kit|hardware|components?|parts|jets?|planes?|aircraft|trucks?|vehicles?|engines?|batteries"
    r"|modems?|radios?|handsets?|smartphones?|turbines?|locomotives?"
    r"|actions|titres|puces|produits|serveurs|obligations|voitures)\b"
)
"""What follows a company name when "bought Nvidia chips" or "buy some Huawei equipment" buys goods, not the
company."""
_FROM_SUPPLIER = re.compile(
    r"[ ](?:from|auprès de|auprès d'|chez)[ ]?(?:(?:the|its|a|an|le|la|les|l')[ ]?)?(?:[a-zà-ÿ\-]{2,20}[ ]){0,2}$"
)
"""Between a purchase verb and the first company after it: that company sold goods ("purchased trucks from X"), its
description between ("acquired a library of compounds from drugmaker X", « auprès du fabricant X »)."""
_MEASURED_GOODS = (
    r"(?:[ ](?:a|an|the|un|une|le|la)[ ](?:[a-z\-]{1,12}[ ])?(?:volume|quantity|amount|tonnage|number|batch|shipment"
    r"|quantité|nombre|lot)[ ](?:minimum[ ]|minimal[ ])?(?:of|de))?"
)
"""A measure of goods opening the object: "a minimum volume of cement", « un volume minimum de ciment »."""
_BOUGHT_FROM = re.compile(
    _MEASURED_GOODS + r"(?:[ ](?!(?:a|an|the|its|their|all|part|some|stakes?|holdings?|shares|interests?|business"
    r"|units?|divisions?|assets|operations|control|majority|minority)[ ])[a-z\-\d]{1,15}){0,3}[ ](?:from|auprès de"
    r"|auprès d')[ ]"
)
"""After a purchase verb, what it buys (if anything) then its seller: "has already bought chips from the company",
"which buys from an ATA subsidiary", "achète des composants auprès de X", "to purchase a minimum volume of cement
from the company": goods from a supplier, never a deal
(a stake, a unit or a business bought from its seller stays one: "bought a 5% stake from X")."""
_BUY_VERB = re.compile(r"\b(?:buy|buys|bought|buying|purchase[sd]?|purchasing|achète|acheté|achètent|acheter)$")
FULL_OWNERSHIP = 100.0
_MAJORITY = 50.0
_PERCENT_REACH = 30
_NOT_A_SIZE = re.compile(r"[ ]?(?:premium|discount|prime|décote|de prime|de décote|above|below|higher|lower)\b")
"""After a percentage that prices a deal rather than sizes a stake: "a 45% premium", "une prime de 30 %"."""
_SHARE_MOVE = re.compile(
    r"\b(?:rose|fell|gained|lost|jumped|climbed|slid|dropped|surged|soared|tumbled|grimpe|chute|recule"
    r"|bondit|progresse|gagne|perd|a grimpé|a chuté|a reculé|a bondi|a progressé|a gagné|a perdu)[ ](?:by[ ]|de[ ])?"
    r"(?:about[ ]|nearly[ ]|more than[ ]|près de[ ]|plus de[ ])?$"
)
"""Before a percentage that is a share price move ("shares rose 3%", "le titre recule de 2 %"), never a stake."""
_SHARE_MOVE_REACH = 30
_SHARE_OF_MARKET = re.compile(
    r"[ ](?:of|du|des|de la|de l'|de|d')[ ]?(?:the[ ]|its[ ]|their[ ]|son[ ]|sa[ ]|ses[ ]|leur[ ])?"
    r"(?:(?!capital\b)[a-zà-ÿ'\-]{1,20}[ ]){0,3}?(?:market|markets|marché|marchés|sales|revenue|revenues|turnover"
    r"|ventes|chiffre d'affaires|votes|droits de vote|voting rights|shipments|livraisons|output|exports|imports"
    r"|purchases|purchasing|spending|procurement|orders|achats|dépenses|commandes)\b"
)
"""After a percentage: a share of a market, of sales, of votes or of a buyer's purchases ("about 34 percent of its
purchases"), never the size of a stake in a company."""
"""How far (chars) from a deal verb a percentage still describes the stake bought."""
_VALUATION_REACH = 120
_VALUED_AT_REACH = 20
"""After "valued at" / "valorisée à" the amount comes at once ("valued at about $2bn"), not "at the offer price"."""
_ROLE_REACH = 40
_DEAL_FAMILIES = ("acquisition", "stake", "investment")
_CUSTOMER_TYPES = frozenset(("customer_start", "customer_continue", "customer_at_risk", "customer_end"))
_CUSTOMER_FAMILIES = ("customer_start", "customer_continue", "customer_at_risk", "customer_end")


@dataclass(slots=True)
class CustomerNote:
    """A remark on a customer relation, made away from its verb.

    "Google is the largest customer of Scale AI"; "Le groupe devait verser environ 200 millions de
    dollars à la start-up". ``vendor`` is None when the sentence points to it with "the start-up":
    the note then belongs to the customer's only vendor in the article.
    """

    customer: CompanyMention
    vendor: CompanyMention | None
    major: bool = False
    amount: MoneyMention | None = None
    phrase_at: int | None = None
    """Where the major-customer phrase that told the note starts (None for other notes): a standing relation."""


@dataclass(slots=True)
class Discourse:
    """What earlier sentences of one article established, for anaphors in later ones."""

    deal: Candidate | None = None
    deal_sentence: int = -1
    sale: Candidate | None = None
    """A sale told without its buyer ("X vend ses derniers 51 % de Y"), which a later sentence may name."""
    sale_sentence: int = -1
    customer: Candidate | None = None
    customer_sentence: int = -1
    notes: list[CustomerNote] = field(default_factory=list)
    review: Candidate | None = None
    review_sentence: int = -1
    round: Candidate | None = None
    """The last funding round read (an investment in a named company), whatever deals came after it."""
    round_sentence: int = -1

    def recent_review(self, index: int) -> CompanyMention | None:
        """The customer whose account was put under review at most a few sentences before sentence ``index``."""
        if self.review is None or index - self.review_sentence > _ANAPHOR_REACH:
            return None
        return self.review.subject

    def recent_customer(self, index: int) -> Candidate | None:
        """The last customer relation read at most a few sentences before sentence ``index``."""
        return self.customer if index - self.customer_sentence <= _ANAPHOR_REACH else None

    def recent_deal(self, index: int, reach: int = _ANAPHOR_REACH) -> Candidate | None:
        """The last deal read at most ``reach`` sentences before sentence ``index``."""
        return self.deal if self.deal is not None and index - self.deal_sentence <= reach else None

    def recent_round(self, index: int, reach: int) -> Candidate | None:
        """The last round read at most ``reach`` sentences before sentence ``index``.

        A co-investor phrase ("A and B also participated") speaks of a round, so a licence bought or a stake sold
        told in between is not its antecedent.
        """
        return self.round if self.round is not None and index - self.round_sentence <= reach else None

    def remember(self, found: list[Candidate], index: int) -> None:
        """Keep the last deal, the last round and the last customer relation of the sentence just read."""
        for candidate in found:
            if candidate.type == "investment" and candidate.object is not None:
                self.round, self.round_sentence = candidate, index
            if candidate.type in _DEAL_FAMILIES:
                self.deal, self.deal_sentence = candidate, index
            elif candidate.type in _CUSTOMER_TYPES:
                self.customer, self.customer_sentence = candidate, index
                if candidate.type == "customer_at_risk" and candidate.object is None:
                    self.review, self.review_sentence = candidate, index


_THE_REACH = 5
"""From a cue to a firm named with "the" ("from the Dorvane Locomotive Company")."""


def _object_after(
    article: Article, sentence: Sentence, cue: Cue, exclude: str | None, within: int = 80
) -> tuple[CompanyMention | None, str]:
    """The company right after ``cue``, or the one an anaphor after it points to."""
    anaphor_end = article.anaphor_at(cue.end)
    if anaphor_end is not None:
        own = sentence.company_after(cue.end, exclude=exclude, within=_THE_REACH)
        if own is not None and own.end == anaphor_end:
            return own, ""  # "from the Dorvane Locomotive Company": a firm's name with its kind word, no anaphor
        named = sentence.company_after(anaphor_end, exclude=exclude, within=_COMPLEMENT_REACH)
        if named is not None and (
            (
                named.start - anaphor_end <= _ADJECTIVES_REACH
                and _ONE_ADJECTIVE.fullmatch(article.folded, anaphor_end, named.start)
            )
            or complement_leads_to(article.text, anaphor_end, named.start)
        ):
            # "sur le groupe belge Dorranco", "le constructeur ferroviaire espagnol CAF", "le spécialiste de la
            # propulsion de satellites Exotrail": the description names it
            return named, ""
        client_of = _CLIENT_OF.search(article.folded, sentence.start, sentence.end)
        if client_of is not None:
            vendor = sentence.company_after(client_of.end(), exclude=exclude, within=4)
            if vendor is not None:
                return vendor, "anaphor"
        referent = _object_referent(article, sentence, cue, exclude)
        return referent, "anaphor" if referent is not None else ""
    return sentence.company_after(cue.end, exclude=exclude, within=within), ""


def _object_referent(article: Article, sentence: Sentence, cue: Cue, exclude: str | None) -> CompanyMention | None:
    """What a description after ``cue`` stands for: a company named before it, else one of the sentence before.

    An owner told in the subject's description is none ("Le groupe contrôlé par la famille X détient
    12 % de l'éditeur"); when the previous sentence's subject is the one who acts, the publisher is the
    other company that sentence named ("X entered Y's capital. The group now holds 12% of the publisher").
    """
    for company in reversed(sentence.companies):
        if (
            company.end <= cue.start
            and company.id != exclude
            and not _in_description_apposition(article, sentence, company, cue.start)
            and not _in_contrast_clause(sentence, company, cue)
        ):
            return company
    previous = article.previous_subject(sentence.index)
    if previous is None or previous.id != exclude:
        return previous
    before = article.sentence(sentence.index - 1)
    return next(
        (c for c in reversed(before.companies) if c.id != exclude and not _side_party(article, before, c)), None
    )


def _in_contrast_clause(sentence: Sentence, company: CompanyMention, cue: Cue) -> bool:
    """Whether ``company`` is told in a contrast clause the cue is not in.

    "Even though Amazon had bid for the unit, Siemens agreed to buy it": "it" is what Amazon bid for, never Amazon.
    """
    own_start, own_end = sentence.clauses.span_of(cue.start)
    return any(
        c.family == "clause"
        and c.detail == "contrast"
        and c.end <= company.start
        and not own_start <= c.start < own_end
        for c in sentence.cues
    )


_SELLER_BEFORE = re.compile(
    r"\b(?:from[ ](?:the[ ])?|auprès[ ](?:de[ ]la[ ]|de[ ]l'|du[ ]|des[ ]|de[ ]|d'))(?:[a-zà-ÿ\-]{1,15}[ ]){0,3}$"
)
"""Before a company: the seller a block was bought from ("a stake in Getlink from hedge fund TCI")."""
_OWNER_APPOSITION = re.compile(
    r",[ ](?:a|an|the|its|une?|la|le|l')[ ]?(?:[a-zà-ÿ\-]{1,20}[ ]){0,3}(?:of|de|d'|du)[ ]?$"
)
"""Before a company: the owner in an apposition that describes the subject ("Koor, a subsidiary of IDB, said")."""


def _side_party(article: Article, sentence: Sentence, company: CompanyMention) -> bool:
    """Whether ``company`` stands in ``sentence`` only beside the deal: its seller or the owner of its subject.

    "The tunnel company" or "the bank" in the next sentence stands for the company a stake was bought in, not the
    fund it was bought from ("a stake in Getlink from hedge fund TCI") nor the subject's parent ("Koor, a subsidiary
    of IDB Holding, said it held shares in the bank").
    """
    start = max(sentence.start, company.start - 60)
    if _SELLER_BEFORE.search(article.folded, start, company.start) is not None:
        return True
    return (
        _OWNER_APPOSITION.search(article.folded, start, company.start) is not None
        and article.folded.find(",", company.end, company.end + 30) >= 0
    )


_ONE_ADJECTIVE = re.compile(r"[ ]{0,2}|[ ](?:[a-zà-ÿ\-]{2,15}[ ]){1,2}")
"""Between a description and the name it gives: nothing, or one or two adjectives ("le groupe britannique X")."""
_ADJECTIVES_REACH = 32
_COMPLEMENT_REACH = 90
"""From a French kind noun to the name its complement leads to ("de films d'emballage", "d'ingénierie et de R&D")."""


_VERB_VALUATION = re.compile(r"[ ](?:[^ ]{1,30}[ ]){0,5}?(?:at|above)[ ](?:a[ ])?(?:[a-z\-]{1,13}[ ]){0,2}$")
_VALUE_OF = re.compile(r"[ ]of[ ](?:(?:about|around|roughly|some|nearly|more[ ]than)[ ])?")
_ON_COMPANY = re.compile(r"(?:[ ]?\([^()]{0,40}\))?[ ](?:on|upon)[ ](?:the[ ])?")
"""Between a value and the company it is put on: "puts a value of 972.6 million euros ($1.04 billion) on Kloeckner"."""


def _valued_on(article: Article, sentence: Sentence, cue: Cue, money: MoneyMention) -> CompanyMention | None:
    """The company in "puts / places a value of X on Y": the noun "a value" names its figure, then the company."""
    folded = article.folded
    if not folded.endswith("a ", max(0, cue.start - 2), cue.start) or not _VALUE_OF.fullmatch(
        folded, cue.end, money.start
    ):
        return None
    company = sentence.company_after(money.end, within=60)
    return company if company is not None and _ON_COMPANY.fullmatch(folded, money.end, company.start) else None


_VALUES_IT = re.compile(
    r"\b(?:valued|valuing|values|value|valorise|valorisant|valorisait)[ ]"
    r"(?:it|them|the (?:company|firm|group|start-?up)|la (?:société|start-up|jeune pousse)|l'entreprise|le groupe)\b"
)
"""A valuation verb whose object points back: the company valued is the round's or the story's."""
_MEMORANDUM = re.compile(r"\b(?:mou|memorandum|protocole d'accord)\b")
_LED = re.compile(
    r"\b(?:(?:co-)?led|co-leads?|menée?|mène|conduite?|pilote|piloté|chefs? de file|(?:co)?dirigée?|headed"
    r"|spearheaded)\b"
)
_BACKERS = re.compile(
    r"\b(?:soutien|appui|compter sur|backing|support|réunit|rassemble|associe|à son capital|saw the participation"
    r"|bankrolled)\b"
)
"""A co-investor cue that names the round's backers themselves ("avec le soutien de A et B", "le tour de table
réunit A et B", "en accueillant à son capital A", "The top-up was bankrolled by A"): they share its amount."""
_PARTICIPLE = re.compile(r"valued|valorisée?\b|estimée?\b")
_DEAL_VALUED = re.compile(
    r"\b(?:deal|transaction|offer|takeover|merger|opération|offre|fusion"
    r"|stake|holding|position|participation|ligne|contract|order|contrat|marché|commande|budget|account"
    r"|venture|coentreprise|co-entreprise|joint-venture|partnership|partenariat|alliance"
    r"|extension|renewal|award|prolongation|renouvellement|reconduction)"
    r"(?:[ ](?:de|du|of|with|from|avec)[ ](?:[\w\-&.]+[ ]){0,2}[\w\-&.]+|[ ]d'[\w\-&.]+"
    r"|[ ](?:for|pour)[ ](?:[\w\-&.]+[ ]){0,4}[\w\-&.]+)?[ ,]{1,2}"
    # A relative with its auxiliary may stand between ("a deal that could be valued at", « une opération qui pourrait
    # être valorisée à »): still the deal's size. Not a bare relative: "a deal that valued it at" values a company.
    r"(?:(?:(?:that|which|qui)[ ])?"
    r"(?:is|was|has been|will be|would be|could be|may be|might be|should be|(?:is|are|was) expected to be"
    r"|est|a été|sera|serait|pourrait être|devrait être|pourrait avoir été)[ ])?"
    r"(?:(?:now|then|désormais|environ|alors)[ ])?$"
)
"""Before "valued at / estimé à": a deal, contract, account or joint venture (maybe "of / with" its party, maybe a
relative and a modal: "a deal that could be valued at"), not a company's value: "le budget de Volkswagen, estimé à",
"the contract with Airbus, valued at", "a contract extension valued at", "a joint venture valued
at $275 million with Y" (the venture's worth, not its founder's), "an order for 18 Boeing 787 aircraft, which is valued
at" (the goods' list price)."""
_CONTRACT_OPENS = re.compile(
    r"(?:the|its|their|this|that|a|an|le|la|l'|son|sa|ce|cet|cette|un|une|(?:[\w&.\-]+[ ]){0,2}[\w&.\-]+['\u2019]s)[ ]"
    r"(?:(?!(?:with|after|before|for|of|in|on|by|to|avec|après|pour|de|du)[ ])[\w$£€.,\-]+[ ]){0,3}?"
    r"(?:contract|deal|agreement|order|award|extension|renewal|contrat|accord|commande|marché)s?"
    r"(?![\w\-])"
)
"""A sentence whose subject is a contract or an order ("Dorvane's contract with Korvia was extended ... and is worth up
to £40m", « Le contrat de Dorvane avec Korvia vaut 40 millions »): its "worth" is the contract's. Not "valued": "The
deal valued Korvia at $5bn" values a company."""
_VALUES_A_NAME = re.compile(r"[ ](?:it|them|[A-Z][\w&.\-]*(?:[ ][A-Z][\w&.\-]*){0,3})[ ](?:at|à)[ ]")
"""After "valued": a verb whose object is the company, then its value ("The deal valued Databricks at $62 billion"),
where "a deal valued at $5 billion" is the deal's size."""
_DEAL_VALUED_REACH = 64
"""How far before "valued at" the deal noun may stand: "an order for 18 Boeing 787 Dreamliner aircraft, which is"."""
_SHARE_OF_CAPITAL = re.compile(
    r"%[ ](?:du capital|des parts|des actions|of the (?:capital|shares|company)|of)[ ](?:de[ ]|d'|du[ ]|of[ ])?"
    r"(?:[\w\-&.']+[ ]){0,3}(?:(?:est|is|was|serait|would be)[ ])?(?:(?:now|désormais|environ)[ ])?$"
)
"""Before "vaut / is worth / valued": a percentage of a company's capital, the worth of a stake, not the company's value
("Aux cours actuels, 1 % du capital de Société Générale vaut quelque 220 millions d'euros")."""
_CONTRACT_NOUN_BEFORE = re.compile(r"\b(?:contract|deal|order|tender|award|transaction)(?:'s)?[ ]$")
"""Right before the noun "value" / "valuation": the worth of a contract or an order, not of a company ("the
contract value was estimated at"); "the deal values X at" still values X."""
_MARKET_VALUE = re.compile(r"[ ](?:on the (?:stock )?market|in market (?:value|capitali[sz]ation)|en bourse)\b")
"""After an amount: a market capitalisation ("worth $1.4 billion on the market"), no valuation event."""
_MARKET_BEFORE = re.compile(r"\bmarket[ ]$")
"""Before "value"/"valuation": a market capitalisation ("Apple's market value stands at $2.7 trillion")."""
_PERSON_WORTH = re.compile(
    r"[ \n]*([A-Z][\w\-]+)[ ](?:[A-Z][\w\-'.]*[ ]){0,2}?[A-Z][\w\-']+(?:,[^,;]{1,90},)?[ ]"
    r"(?:(?:is|was|'s|remains|est|reste)[ ])?(?:(?:now|still|désormais|toujours)[ ])?$"
)
"""Before "is worth"/"vaut": a person's name, maybe with an apposition naming the company they run ("Bernard Arnault,
the chairman of LVMH, is worth $211 billion"): the person's fortune, not the company's value."""
_TRAILING_VALUATION = re.compile(r"[ ](?:de[ ])?$")
_VALUATION_PREPOSITION = (
    r"(?:to|up to|at|of|à|de|d'|aux environs de|autour de|à près de|à plus de|of about|of around|to about"
    r"|(?:atteindre|atteint|atteignant|reach|reaches|reached|hit|hits)(?:[ ](?:les|the))?)[ ]?"
)
_VALUATION_THEN_AMOUNT = re.compile(
    r"[ ](?:(?:now|désormais|then|alors)[ ])?"
    r"(?:(?:(?:(?:more than|almost|nearly|plus que)[ ])?(?:doubled|tripled|quadrupled|a doublé|a triplé)"
    r"|fell|dropped|rose|jumped|climbed|slumped|plunged|dipped|tumbled|soared|grew|surged|was cut|was slashed"
    r"|has fallen|has risen|had fallen|had risen|a chuté|a bondi|est tombée|est passée|a grimpé|passe|dépasse"
    r"|a dépassé|franchit|a franchi|tops|topped|exceeds|exceeded)[ ](?:(?:now|désormais|then|alors)[ ])?"
    rf"(?:{_VALUATION_PREPOSITION})?|{_VALUATION_PREPOSITION})"
    r"(?:about|around|nearly|some|roughly|environ|près de|plus de)?[ ]?"
)
"""Between the noun "valuation" and its amount: " to ", " aux environs de ", " fell to ", " more than doubled to ",
" dépasse désormais "."""


_MARKET_TALK = re.compile(
    r"\bmarket[ ](?:capitali[sz]ation|value|cap)\b|\bcapitalisation[ ]boursière\b|\ben[ ]bourse\b"
)
"""Words of a market capitalisation: a company "worth" a sum right after them is worth it on the stock market."""
_MARKET_TALK_REACH = 400


def _market_talk_before(article: Article, cue: Cue) -> bool:
    """Whether the stock market's value of companies is told just before a "worth" cue.

    "Market capitalization may be a better measure ... Apple is now worth almost $940 billion": a market value.
    """
    return _MARKET_TALK.search(article.folded, max(0, cue.start - _MARKET_TALK_REACH), cue.start) is not None


_ROUND_BEFORE_WORTH = re.compile(
    r"\b(?:round|series[ ][a-h]|funding|raise|tour[ ]de[ ]table|levée(?:[ ]de[ ]fonds)?)[ ](?:(?:is|was)[ ])?$"
)
"""Right before a "worth" cue: a round, whose worth is its size ("Grab's Series H is now worth $4.5 billion in total"),
not the company's value (session 24, money)."""


def _persons_worth(article: Article, sentence: Sentence, cue: Cue) -> bool:
    """Whether the clause before a "worth" cue is a person's name (a known first name), maybe with an apposition."""
    person = _PERSON_WORTH.fullmatch(article.text, sentence.start, cue.start)
    return person is not None and person.group(1).casefold() in FIRST_NAMES


def _trailing_claim(folded: str, sentence: Sentence, cue: Cue) -> MoneyMention | None:
    """The amount a bare "valuation" states: "a $13.8 billion valuation", "cut its valuation to $6.5 billion"."""
    before = next((m for m in reversed(sentence.money) if m.end <= cue.start and not m.per_unit), None)
    after = next((m for m in sentence.money if m.start >= cue.end and not m.per_unit), None)
    if before is not None and _TRAILING_VALUATION.fullmatch(folded, before.end, cue.start):
        return before
    if after is not None and _VALUATION_THEN_AMOUNT.fullmatch(folded, cue.end, after.start):
        return after  # "cut its valuation to $6.5 billion", "sa valorisation aux environs de"
    if after is not None and folded.startswith(" from ", cue.end) and after.start == cue.end + len(" from "):
        # "hiked its valuation from $4.5bn to $6.2bn": the new value is the one after "to" (session 25).
        new = next((m for m in sentence.money if m.start > after.end and not m.per_unit), None)
        if new is not None and folded.startswith(" to ", after.end) and new.start == after.end + len(" to "):
            return new
    return None


def _valuation_claims(article: Article, sentence: Sentence) -> dict[int, MoneyMention]:
    """Money that a valuation cue states, by the cue's start.

    "valued at $X" and "valorise la start-up à X" take the first amount after the cue; the bare
    verb "values Scale AI at $X" needs the "at"; the noun in "at a $13.8 billion valuation" takes
    the amount right before it.
    """
    claims: dict[int, MoneyMention] = {}
    folded = article.folded
    for cue in sentence.cues:
        if cue.family != "valuation":
            continue
        if cue.detail == "trailing":
            trailing = _trailing_claim(folded, sentence, cue)
            if trailing is not None:
                claims[cue.start] = trailing
            continue
        if (
            (
                (_PARTICIPLE.match(folded, cue.start) and not _VALUES_A_NAME.match(article.text, cue.end))
                or cue.detail == "worth"
            )
            and (
                _DEAL_VALUED.search(folded, max(sentence.start, cue.start - _DEAL_VALUED_REACH), cue.start)
                or _SHARE_OF_CAPITAL.search(folded, max(sentence.start, cue.start - 60), cue.start)
                or (cue.detail == "worth" and _CONTRACT_OPENS.match(folded, sentence.start))
            )
        ) or (
            cue.detail == "worth"
            and (
                _persons_worth(article, sentence, cue)
                or _market_talk_before(article, cue)
                or _ROUND_BEFORE_WORTH.search(folded, max(sentence.start, cue.start - 30), cue.start)
            )
        ):
            # "a deal valued at $28.3 billion", "cette position vaut": the deal's amount, no company's value;
            # "Bernard Arnault, the chairman of LVMH, is worth $211 billion": a person's fortune
            continue
        if folded.endswith(("value", "valuation"), cue.start, cue.end) and _CONTRACT_NOUN_BEFORE.search(
            folded, max(sentence.start, cue.start - 24), cue.start
        ):
            continue  # "the potential contract value was estimated at $100 million": what the contract brings in
        for money in sentence.money:
            if money.per_unit:
                continue
            reach = _VALUED_AT_REACH if folded.endswith((" at", " à"), cue.start, cue.end) else _VALUATION_REACH
            if cue.detail == "worth":
                reach = _VALUED_AT_REACH
            if money.start >= cue.end and money.start - cue.end <= reach:
                if (
                    (
                        cue.detail != "verb"
                        or _VERB_VALUATION.fullmatch(folded, cue.end, money.start)
                        or _valued_on(article, sentence, cue, money) is not None
                    )
                    and not (cue.detail == "worth" and _sales_figure(sentence, money))
                    and not _MARKET_VALUE.match(folded, money.end)
                    and not _MARKET_BEFORE.search(folded, max(sentence.start, cue.start - 8), cue.start)
                ):
                    claims[cue.start] = money
                break
    return claims


def sentence_candidates(article: Article, sentence: Sentence, discourse: Discourse) -> list[Candidate]:
    """Return every candidate event of one sentence.

    Args:
        article: the article.
        sentence: the sentence to read.
        discourse: what earlier sentences established; updated with this sentence's deals and
            customer relations, and given its customer notes.
    """
    found: list[Candidate] = []
    valuations = _valuation_claims(article, sentence)
    valuation_money = {id(m) for m in valuations.values()}
    # A price per share ("$95 a share") is never the amount of a deal, a contract or a revenue line.
    free_money = [m for m in sentence.money if id(m) not in valuation_money and not m.per_unit]
    deal = _deals_of_cues(article, sentence, free_money, found)
    led = _rounds_without_verb(article, sentence, found, free_money)
    # "X led Y's $200m round", "X co-led a round for Y": the investor's verb names the round it leads or joins.
    named, first_named = _rounds_named_by_investor(article, sentence, found)
    # A raise the investor's verb re-read as its backing (« X a participé à une levée de N pour Y ») is gone.
    deal = (deal if any(c is deal for c in found) else None) or led or first_named
    found.extend(_investments_of_shapes(article, sentence, found))
    _resize_stakes(sentence, found)
    found.extend(_deals_of_other_frames(article, sentence, discourse, found))
    for cue_start, money in valuations.items():
        cue = next(c for c in sentence.cues if c.start == cue_start)
        valued = _valuation(article, sentence, cue, money, deal=deal, discourse=discourse)
        found.extend([valued, *_valued_along(article, sentence, valued, cue)] if valued is not None else [])
        if deal is not None and deal.valuation is None:
            deal.valuation = money
    for cue in sentence.cues:
        rule = _CUE_RULES.get(cue.family)
        discourse_reader = _DISCOURSE_READERS.get(cue.detail)
        if discourse_reader is not None:
            found.extend(discourse_reader(article, sentence, cue, discourse))
        elif cue.detail == "ceding":
            found.extend(_ceding(article, sentence, cue))
        elif cue.detail == "displaced":
            found.extend(displaced_incumbents(article, sentence, cue))
        elif rule is not None:
            found.extend(rule(article, sentence, cue, free_money))
        elif cue.family == "co_investor" and _reads_backers_before(article, cue) and cue.start not in named:
            # "The $50m round was led by A and values X at $1bn": the valuation names the round's company.
            round_ = deal or valued_round(article, sentence, cue, found)
            round_ = round_ or discourse.recent_round(sentence.index, _round_reach(article, sentence))
            backers = _co_investors(article, sentence, cue, round_)
            if backers and round_ is not None and round_.subject is None and _names_the_round(article, sentence, cue):
                round_.inferred.append(BACKED_ROUND)  # its backers are named: the engine drops the unnamed round
            found.extend(backers)
    found = _drop_affiliations(article, _drop_hired_leaders(article, sentence, _drop_bought_suppliers(found)))
    found = _fold_recap(_drop_restated_starts(found), sentence, discourse)
    _note_heralded_major(article, sentence, found, discourse)
    deal_money = {id(c.amount) for c in found if c.amount is not None}
    relation_money = _relation_money(article, sentence, discourse, free_money)
    deal_money |= relation_money
    if revenue_cues(article, sentence):
        revenue_money = [m for m in free_money if id(m) not in relation_money]
        found.extend(revenue_candidates(article, sentence, revenue_money, claimed=deal_money))
    if deal is None:
        unclaimed = [m for m in free_money if id(m) not in deal_money]
        _price_of_recent_deal(article, sentence, discourse, unclaimed)
        notes = _customer_notes(article, sentence, unclaimed, discourse)
        discourse.notes.extend(notes)
        found.extend(_standing_relations(article, sentence, notes, found))
    _remember(article, sentence, found, discourse)
    return found


_CLAUSE_ENDS = re.compile(r"[ ]?(?:[,.;:!?)]|$)")


def _reads_backers_before(article: Article, cue: Cue) -> bool:
    """Whether a co-investor cue names its round's backers before it.

    A verb naming the round after it ("X led Y's round") does only when no round follows, the verb ending its clause
    (round 19: "a $10 million round, which A and B led").
    """
    return cue.detail != "round_of" or _CLAUSE_ENDS.match(article.folded, cue.end) is not None


def _investments_of_shapes(article: Article, sentence: Sentence, found: list[Candidate]) -> list[Candidate]:
    """Investments no cue's frame reads, told by the shape of a clause (``invest_*`` readers).

    « Le tour de 30 M$ de Y a réuni A et B »: the round, owned by Y, is the subject of its backers' verb.
    "HV Capital, an early backer of Zalando and Delivery Hero, ...", "A and B are among X's portfolio companies":
    standing investments told in passing.
    "$40 million was raised by Y": a round whose money is the passive verb's subject, its investor unnamed;
    "Y's $11 million Series A": a round told as its company's possession, no verb of raising.
    """
    owned = owned_round_backers(article, sentence, found) + fronted_leads_of_valued(article, sentence, found)
    standing = backer_appositions(article, sentence) + portfolio_listings(article, sentence)
    standing += noun_investments(article, sentence)  # "A's investment of $N in Y", « l'investissement de A dans Y »
    standing += passive_raise_investments(article, sentence)  # "$40 million was raised by Y"
    standing += possessive_rounds(article, sentence, found + owned)  # "Y's $11 million Series A"
    return owned + [c for c in standing if not _told_already(c, found + owned)]


def _standing_relations(
    article: Article, sentence: Sentence, notes: list[CustomerNote], found: list[Candidate]
) -> list[Candidate]:
    """The relations the sentence's major-customer phrases state as standing facts ("X, Y's largest customer")."""
    standing: list[Candidate] = []
    for note in notes:
        if note.phrase_at is None:
            continue
        relation = standing_relation(
            article, sentence, note.customer, note.vendor, cue_start=note.phrase_at, found=found + standing
        )
        standing.extend([relation] if relation is not None else [])
    return standing


def _deals_of_cues(
    article: Article, sentence: Sentence, free_money: list[MoneyMention], found: list[Candidate]
) -> Candidate | None:
    """Add to ``found`` the deals the sentence's deal cues tell, with their co-buyers, co-targets and ranked holders.

    Returns the sentence's deal: the first one not told with an owner before its cue, else None.
    """
    deal = None
    for cue in sentence.cues:
        if cue.family in _DEAL_FAMILIES and cue.detail not in OWNERSHIP_FRAMES:  # read by acq_ownership
            # An amount read as one deal's price is no other deal's: "X paid $240m for 1.6% of Y, after ... to buy".
            priced = {id(c.amount) for c in found if c.amount is not None}
            candidate = _deal(article, sentence, cue, [m for m in free_money if id(m) not in priced])
            portfolio = candidate is not None and _portfolio(article, sentence, cue, candidate)
            if candidate is not None and not portfolio and not _told_already(candidate, found):
                deal = deal or (None if _owner_prefix(article, cue) else candidate)
                found.append(candidate)
                if not _owner_prefix(article, cue):  # the owner glued to "-owned" is alone, and so is its company
                    found.extend(_co_buyers(article, sentence, cue, candidate))
                    found.extend(_co_targets(article, sentence, cue, candidate))
                found.extend(_holders_ranked_after(article, sentence, cue, candidate))
    return deal


def _portfolio(article: Article, sentence: Sentence, cue: Cue, deal: Candidate) -> bool:
    """True when the deal is one of a list of holdings its subject already has ("Exor holds stakes in A, B")."""
    target = deal.object
    if target is None or target.start < cue.end:
        return False
    starts = {company.start: company.end for company in sentence.companies}
    clause = sentence.clauses.span_of(cue.start)
    return describes_portfolio(article.folded, clause, (target.start, target.end), starts)


def _deals_of_other_frames(
    article: Article, sentence: Sentence, discourse: Discourse, found: list[Candidate]
) -> list[Candidate]:
    """Deals read by frames other than a deal cue's.

    Thresholds crossed, a buyer or a target named after the deal, backers in apposition, a holding named before its
    noun, a target told as the party to talks; each reader sees what the ones before it found.
    """
    more = [*_thresholds(article, sentence, discourse), *_buyer_named_later(article, sentence, discourse)]
    more.extend(_backers_in_apposition(article, sentence, [*found, *more]))
    return [
        *more,
        *target_named_later(article, sentence),
        *offer_candidates(article, sentence),
        *target_in_talks(article, sentence),
        *named_holdings(article, sentence),
        *ownership_candidates(article, sentence),
        *split_holdings(article, sentence),
        *fronted_acquisitions(article, sentence, found),
    ]


def _backers_in_apposition(article: Article, sentence: Sentence, found: list[Candidate]) -> list[Candidate]:
    """Investments of untold size from "Acme, backed by A and B, ..." that no deal cue of the sentence read."""
    read = {_ids(c) for c in found if c.type == "investment"}
    return [
        Candidate(
            type="investment",
            span=(sentence.start, sentence.end),
            subject=backer,
            object=company,
            modality="fact",
            effective_date=event_date(sentence),
        )
        for backer, company in appositive_backers(article, sentence)
        if (backer.id, company.id) not in read
    ]


def _rounds_without_verb(
    article: Article, sentence: Sentence, found: list[Candidate], free_money: list[MoneyMention]
) -> Candidate | None:
    """Read "announced $680m in Series B funding led by X", a round told without a fund-raising verb.

    Adds each such round (and its co-investors) to ``found``; returns the first, the sentence's deal if none was.
    """
    first = None
    priced = {id(c.amount) for c in found if c.amount is not None}
    for cue in [
        *led_round_cues(sentence, article.folded, priced),
        *backed_amount_cues(sentence, article.folded, priced),
        *extended_round_cues(sentence, article.folded),
    ]:
        candidate = _deal(article, sentence, cue, [m for m in free_money if id(m) not in priced])
        if candidate is not None and not _told_already(candidate, found):
            first = first or candidate
            found.append(candidate)
            found.extend(_co_buyers(article, sentence, cue, candidate))
    return first


def _rounds_named_by_investor(
    article: Article, sentence: Sentence, found: list[Candidate]
) -> tuple[set[int], Candidate | None]:
    """Add the investments of co-investor verbs that name the round they lead or join ("X led Y's round").

    Returns the starts of the cues so read (their co-investor reading is skipped) and the first investment.
    """
    named: set[int] = set()
    first = None
    for cue in sentence.cues:
        if cue.family != "co_investor" or cue.detail not in ("cue", "round_of"):
            continue
        rounds = [c for c in round_named_after(article, sentence, cue) if not _told_already(c, found)]
        if rounds:
            # « X a participé à une levée de N pour Y »: the raise verb's noun made X its raiser; X backs Y's round.
            backers = {c.subject.id for c in rounds if c.subject is not None}
            found[:] = [c for c in found if not _unnamed_round_of(c, backers)]
            named.add(cue.start)
            first = first or rounds[0]
            found.extend(rounds)
    return named, first


def _unnamed_round_of(candidate: Candidate, companies: set[str]) -> bool:
    """Whether ``candidate`` is a round without investor raised by one of ``companies`` (session 25, money)."""
    return (
        candidate.type == "investment"
        and candidate.subject is None
        and candidate.object is not None
        and candidate.object.id in companies
    )


def _remember(article: Article, sentence: Sentence, found: list[Candidate], discourse: Discourse) -> None:
    """Keep what the sentence established for the next ones; a round whose investee is unread ends the last one's.

    "Yooji a levé 7,5 M€. La Foodtech a pu compter sur A": A is not the investor of the round told before Yooji's.
    """
    discourse.remember(found, sentence.index)
    if _unread_round(article, sentence, found):
        discourse.deal = discourse.round = None


def _unread_round(article: Article, sentence: Sentence, found: list[Candidate]) -> bool:
    """Whether the sentence tells a new round whose investee was not read (no investment came of its raise verb).

    The investors named after it are that round's, so they must not fall to a round read earlier in the article.
    """
    if any(c.type == "investment" for c in found):
        return False
    for cue in sentence.cues:
        if cue.family != "investment" or cue.detail != "raise":
            continue
        if told_by_description(article, sentence, cue):
            continue  # "..., la start-up franco-allemande clôture un tour de table de 90 M€": the same company
        money = [m for m in _in_clause(sentence, cue, sentence.money) if not m.per_unit]
        if money and _raises_money(article.folded, cue, money) and not _funding_to_date(article.folded, cue, money):
            return True
    return False


def _fold_recap(found: list[Candidate], sentence: Sentence, discourse: Discourse) -> list[Candidate]:
    """Drop an unnamed loss that retells the named one just read, keeping what it adds as a note on that one.

    "Apple will drop Imagination. The loss of its biggest customer forced it to ...": one loss, a major one.
    """
    told = discourse.recent_customer(sentence.index) or _told_loss_of_named_vendor(sentence, discourse)
    recap = recap_of_told_loss(found, sentence, told)
    if recap is None or told is None or told.subject is None:
        return found
    discourse.notes.append(CustomerNote(told.subject, told.object, major=bool(recap.major_customer)))
    return [c for c in found if c is not recap]


def _note_heralded_major(article: Article, sentence: Sentence, found: list[Candidate], discourse: Discourse) -> None:
    """Note as major the first named loss told after a sentence that called it major without naming the customer.

    "... after the loss of its biggest contract. It had lost its contract with X": the lead told how big the loss was,
    the next sentence who left; no customer relation may have been read in between.
    """
    _note_listed_major(article, sentence, found, discourse)  # a heading in the same sentence, before a colon
    first_since = max(0, sentence.index - _HERALD_REACH, discourse.customer_sentence + 1)
    for candidate in found:
        if (
            candidate.type != "customer_end"
            or candidate.major_customer
            or candidate.subject is None
            or candidate.subject.kind == "unnamed"
            or candidate.object is None
        ):
            continue
        vendor = candidate.object
        earlier = range(first_since, sentence.index)
        if any(heralds_major_loss(article.folded, article.sentence(i), vendor) for i in earlier):
            discourse.notes.append(CustomerNote(candidate.subject, vendor, major=True))
        return


def _note_listed_major(article: Article, sentence: Sentence, found: list[Candidate], discourse: Discourse) -> None:
    """Note as major each named loss listed after "lost a major customer:" in the same sentence.

    "Two suppliers lost a major customer: Dorvane announced the loss of Korvia, and Bellmark the loss of Quentaro".
    """
    listed_from = major_losses_listed_from(article.folded, sentence)
    if listed_from is None:
        return
    for candidate in found:
        customer, vendor = candidate.subject, candidate.object
        if (
            candidate.type in _LOSS_TYPES
            and customer is not None
            and customer.kind != "unnamed"
            and customer.start >= listed_from
            and vendor is not None
        ):
            discourse.notes.append(CustomerNote(customer, vendor, major=True))


_HERALD_REACH = 2
"""How many sentences before a named loss an unnamed one may call it major."""


def _told_loss_of_named_vendor(sentence: Sentence, discourse: Discourse) -> Candidate | None:
    """The last customer relation read, further back than an anaphor reaches, when the sentence names its supplier.

    "Lâché par American Airlines, Zodiac plonge. [three sentences] Un client important a décidé de se passer des
    services de Zodiac": naming the same supplier ties the described customer to the loss told in the lead.
    """
    told = discourse.customer
    if told is None or told.object is None or sentence.index - discourse.customer_sentence > _NAMED_RECAP_REACH:
        return None
    vendor = told.object.id
    return told if sentence.companies and all(c.id == vendor for c in sentence.companies) else None


_NAMED_RECAP_REACH = 6
"""How many sentences back a recap naming the supplier may reach (an anaphor reaches three)."""


_Parties = tuple[CompanyMention | None, CompanyMention | None, list[str]]


def _drop_restated_starts(found: list[Candidate]) -> list[Candidate]:
    """Drop a start or a partnership that only restates the customer relation the sentence renews or ends.

    "X a renouvelé le contrat qui confie à Y la gestion de ...": the relative clause's "confie" is the
    renewed contract, not a new customer; "mettant fin à quinze ans de collaboration avec Y" ends a
    supplier's relation, it announces no partnership.
    """
    kept = {(c.subject.id, c.object.id) for c in found if c.type in _KEEPS_OR_ENDS and c.subject and c.object}
    kept |= {(vendor, customer) for customer, vendor in kept}
    return [
        c
        for c in found
        if not (
            c.type in ("customer_start", "partnership")
            and c.subject
            and c.object
            and (c.subject.id, c.object.id) in kept
        )
    ]


_KEEPS_OR_ENDS = frozenset(("customer_continue", "customer_end"))


def _drop_bought_suppliers(found: list[Candidate]) -> list[Candidate]:
    """Drop a supplier chosen when the sentence reads the same choice as a takeover of that company.

    "Le groupe suisse a jeté son dévolu sur Akka Technologies", after "Adecco se lance dans un rachat": the
    company chosen is the one bought, not a supplier.
    """
    bought = {_ids(c) for c in found if c.type in ("acquisition", "stake") and c.subject and c.object}
    return [c for c in found if not (c.type == "customer_start" and _ids(c) in bought)]


_POST_GIVEN = re.compile(
    r"[^;]{0,80}?\b(?:(?:as|comme|en tant que)[ ](?:the[ ]|its[ ]|their[ ]|le[ ]|la[ ]|son[ ]|sa[ ]|leur[ ])?"
    r"(?:(?:next|new|permanent|interim|incoming|future|prochain|prochaine|nouveau|nouvelle|futur|future)[ ])?"
    r"(?:chief[ ]executive|ceo|chairman|chairwoman|chair|president|managing[ ]director|chief[ ]financial[ ]officer"
    r"|cfo|boss|directeur[ ]général|directrice[ ]générale|président|présidente|pdg|p-dg|dg|patron|patronne)\b"
    r"|pour[ ](?:sa|leur|assurer[ ]sa)[ ]succession\b|for[ ](?:its|his|her|their)[ ]succession\b)"
)
"""After a company or person chosen: the post it is chosen for ("chose Ross McEwan, who runs its retail arm, as its
next chief executive", « a choisi Luca de Meo comme directeur général », « se tourne vers Charier pour sa
succession »): a leader or a successor, not a supplier."""


def _drop_hired_leaders(article: Article, sentence: Sentence, found: list[Candidate]) -> list[Candidate]:
    """Drop a supplier "chosen" when the choice gives a post or a succession, not a contract.

    A choice verb ("chose", "picked", "turned to", « a choisi », « se tourne vers ») reads as a new customer
    relation; with "as its next CEO" after its object, the object (or the person's former firm named on the way,
    "Mark Schneider, the former Fresenius boss, as its new CEO") is hired to lead, which the leadership readers tell.
    """
    return [
        c
        for c in found
        if not (
            c.type == "customer_start"
            and c.object is not None
            and _POST_GIVEN.match(article.folded, c.object.end, sentence.end) is not None
        )
    ]


_AFFILIATION_BEFORE = re.compile(
    r"(?:\(|,[ ])(?:the[ ]|an?[ ]|le[ ]|la[ ]|l'|un[ ]|une[ ])?(?:(?:former|ex-|ancien|ancienne)[ ]?)?"
    r"(?:co-?founder|founder|co-?fondat(?:eur|rice)|fondat(?:eur|rice)|chief[ ]executive|ceo|chairman|chairwoman"
    r"|president|boss|head|patron|patronne|président|présidente|directeur[ ]général|directrice[ ]générale|pdg|dg)"
    r"[ ](?:of|at|de|du|d'|chez)[ ]?(?:the[ ]|le[ ]|la[ ]|l')?$"
)
"""Right before a company: the post a person holds there, set off after the person's name ("Pierre Martin
(co-founder of PriceMinister)", ", fondateur de Meetic", ", the former chief executive of Sigfox"): the firm is the
person's affiliation, not a party of the sentence's round."""


def _drop_affiliations(article: Article, found: list[Candidate]) -> list[Candidate]:
    """Drop an investor that is only a person's firm in an investor list.

    Business angels are named with their firm ("Nicolas Brusson (co-fondateur de BlaBlaCar)"); the list readers
    take every company of the list, so the firm would invest in the round the person joins.
    """
    return [
        c
        for c in found
        if not (
            c.type == "investment"
            and c.subject is not None
            and _AFFILIATION_BEFORE.search(article.folded, max(0, c.subject.start - 40), c.subject.start) is not None
        )
    ]


def _told_already(deal: Candidate, found: list[Candidate]) -> bool:
    """Whether an earlier cue of the sentence read this deal: "acquiert 80 % du capital de Y" is one deal, not two."""
    return any(
        c.type in _DEAL_FAMILIES
        and _ids(c) == _ids(deal)
        and (c.stake_pct == deal.stake_pct or (c.type == deal.type and (c.stake_pct is None or deal.stake_pct is None)))
        for c in found
    )


def _ids(candidate: Candidate) -> tuple[str | None, str | None]:
    return (
        candidate.subject.id if candidate.subject else None,
        candidate.object.id if candidate.object else None,
    )


_DEAL_PRICE = re.compile(
    r"\b(?:the|this|that) (?:deal|transaction|acquisition|purchase|takeover|sale)\b[^.;]{0,30}?"
    r"\b(?:valued at|worth|for|totals?|totalled|amounts? to|comes? to)[ ]"
    r"|\b(?:l'opération|la transaction|le rachat|l'acquisition|la cession|cette opération|l'accord|la facture)"
    r"[^.;]{0,30}?(?:d'un montant de|pour un montant de|s'élève à|se monte à|atteint|pour|porte sur)[ ]"
    r"|\b(?:soit|ce qui représente|représentant)[ ]un montant (?:total )?de[ ]"
)
"""Names the price of a deal told earlier: "The deal is valued at $2bn", "L'opération s'élève à 2 milliards"."""
_PRICE_GAP = 15
_DEAL_PRICE_REACH = 6
"""Sentences back to the deal that "the transaction" names: a per-share paragraph or a heading may come between."""


def _price_of_recent_deal(
    article: Article, sentence: Sentence, discourse: Discourse, money: list[MoneyMention]
) -> None:
    """Give the deal of a recent sentence the price this sentence states for it, when it had none.

    "The transaction is worth about $8 billion" names it; "Le groupe a versé 700 millions d'euros"
    pays it, when the payer is the deal's buyer or "the group" standing for it.
    """
    named = _DEAL_PRICE.search(article.folded, sentence.start, sentence.end)
    deal = discourse.recent_deal(sentence.index, _DEAL_PRICE_REACH if named else _ANAPHOR_REACH)
    if deal is None or deal.amount is not None or not money:
        return
    if named is not None:
        deal.amount = next((m for m in money if named.end() <= m.start <= named.end() + _PRICE_GAP), None)
        return
    for cue in sentence.cues:
        if cue.family != "acquisition" or cue.detail != "paid":
            continue
        paid = next((m for m in money if m.start >= cue.end), None)
        payer = sentence.company_before(cue.start)
        by_buyer = payer is not None and deal.subject is not None and payer.id == deal.subject.id
        if (
            paid is not None
            and _PAID_AMOUNT.fullmatch(article.folded, cue.end, paid.start)
            and (by_buyer or (payer is None and article.anaphor_before(max(sentence.start, cue.start - 40), cue.start)))
        ):
            deal.amount = paid
            return


_RESIZE_REACH = 12
"""From "lifting its holding to" to the percentage."""
_RESIZED_TO = re.compile(r"[ ](?:the|la|le|l')[ ]?(?:[a-z.\-]{1,20}[ ]){1,3}(?:to|à)[ ]$")
"""Between "lifting its ownership of" and the percentage: the target told by a description ("the carmaker to ")."""
_RESIZED_TO_REACH = 48


def _resize_stakes(sentence: Sentence, found: list[Candidate]) -> None:
    """Make the sentence's deal a stake of the stated size: "X will inject $N into Y, lifting its holding to 72%"."""
    for cue in sentence.cues:
        if cue.family != "stake" or cue.detail != "resize":
            continue
        size = next(
            (
                p.value
                for p in sentence.percents
                if cue.end <= p.start <= cue.end + _RESIZE_REACH
                or (
                    p.start <= cue.end + _RESIZED_TO_REACH
                    and _RESIZED_TO.fullmatch(fold_case(sentence.text[cue.end : p.start])) is not None
                )
            ),
            None,
        )
        deal = next((c for c in reversed(found) if c.type in _DEAL_FAMILIES and c.span[0] <= cue.start), None)
        if size is not None and size < FULL_OWNERSHIP and deal is not None:
            deal.type, deal.stake_pct = "stake", size


_THRESHOLD_REACH = 12
"""From "cross the" / "franchi le seuil de" to its percentage."""
_THRESHOLD_LEAD = re.compile(
    r"(?:[ ](?:à la hausse|à la baisse|en hausse|en baisse|individuellement|ensemble|de concert))?"
    r"(?:,[ ]le[ ]\d{1,2}(?:er)?[ ][a-zéû]{3,9}(?:[ ]\d{4})?,)?[ ](?:le seuil|la barre|les seuils)[ ](?:de|des)\b"
)
"""Between an AMF crossing verb and its level: "a franchi à la baisse le seuil des", "ont franchi ensemble, le 28
février, le seuil de", "les seuils de 5 % et 10 %"; the percentage is read from the end of it."""
_NEXT_LEVEL = re.compile(r"(?:,|[ ]et|[ ]puis)[ ]")
"""Between two levels of a list crossed at once (« les seuils de 5 %, 10 % et 15 % »): the last is the holding's."""
_LEVEL_GAP = 8
"""From the end of a listed level to the next one."""
_OF_COMPANY = re.compile(
    r"[ ](?:du[ ]capital[ ]et[ ])?des[ ]droits[ ]de[ ]vote[ ](?:de|d'|du)[ ]?"
    r"|[ ](?:[a-z]{1,10}[ ]){0,4}?(?:of|in|de|d'|du capital de|du capital d')[ ]?"
)
"""After a threshold's percentage, up to its company: "of Y", "du capital de Y", « du capital et des droits de vote
de Y » (an AMF notice counts both)."""
_HOLDER_REACH = 6
_TAKES = re.compile(r"(?:a pris|prend|va prendre|prendra|a ramassé|ramasse|takes|took|will take|has taken)")
"""Threshold verbs that take the shares (rather than hold or reach a level): a majority taken is control."""
_TAKEN_OF = re.compile(r"[ ](?:(?:a|an)[ ])?(?:of|in|(?:stake|holding)[ ]in)[ ](?:the[ ])?")
"""Right after the size an English verb of taking takes: the company at once ("takes 5% of Y", "took 5% stake in Y")."""
_OWNS_A_THING = re.compile(r"(?:'s|')[ ][a-z]")
"""After a threshold's company: a possessive, so the size is of something the company has ("5% of Y's sales")."""
_ITS_STAKE = re.compile(r"\b(?:its|sa)[ ](?:stake|holding|shareholding|participation)\b")
"""A threshold phrase about a holding the holder already has ("raised its stake to"), named nowhere in the sentence."""
_BARE_CAPITAL = re.compile(r"[ ](?:du capital|of the (?:company|group|capital))\b(?![ ](?:de|d'|of)\b)")
"""After a threshold's percentage, a capital the sentence does not name ("49 % du capital")."""
"""How many sentences back the holder's earlier stake names the company a threshold is about."""


_BUYER_REVEAL_REACH = 25
"""From "L'acquéreur est" / "The buyer is" to the buyer's name ("l'australien Carsales")."""


def _buyer_named_later(article: Article, sentence: Sentence, discourse: Discourse) -> list[Candidate]:
    """Remember a sale told without its buyer; name its buyer when "L'acquéreur est X" / "The buyer is X" follows.

    "Eurazeo vend ses derniers 51 % de Trader Interactive. (...) L'acquéreur est l'australien Carsales."
    gives Carsales' purchase of 51 % of Trader Interactive; the seller's exit alone is no buyer's deal.
    """
    for cue in sentence.cues:
        if cue.family != "acquisition":
            continue
        if cue.detail == "sale":
            buyer, target, _ = _sale_parties(article, sentence, cue)
            kind = _deal_kind(article.folded, sentence, cue, target) if target is not None and buyer is None else None
            if target is not None and kind is not None:
                discourse.sale = Candidate(
                    type=kind[0],
                    span=(sentence.start, sentence.end),
                    object=target,
                    stake_pct=kind[1],
                    modality=modality_at(article, sentence, cue.start),
                    effective_date=event_date(sentence),
                )
                discourse.sale_sentence = sentence.index
        elif (
            cue.detail == "buyer_is"
            and discourse.sale is not None
            and sentence.index - discourse.sale_sentence <= _ANAPHOR_REACH
        ):
            buyer = sentence.company_after(cue.end, within=_BUYER_REVEAL_REACH)
            sold = discourse.sale
            if buyer is not None and sold.object is not None and buyer.id != sold.object.id:
                discourse.sale = None
                return [replace(sold, subject=buyer, span=(sentence.start, sentence.end), inferred=["anaphor"])]
    return []


def _thresholds(article: Article, sentence: Sentence, discourse: Discourse) -> list[Candidate]:
    """Read "X a franchi le seuil de 5 % du capital de Y", "it would cross the 50 percent mark": a stake of that size.

    The company is named after the percentage, else it is the one of the holder's stake read a
    few sentences before ("Porsche controls 42.6% of VW ... it would cross the 50 percent mark").
    """
    found: list[Candidate] = []
    for cue in sentence.cues:
        if cue.family != "stake" or cue.detail != "threshold":
            continue
        lead = _THRESHOLD_LEAD.match(article.folded, cue.end)
        size = sentence.percent_after(lead.end() if lead is not None else cue.end, _THRESHOLD_REACH)
        while size is not None and lead is not None and _NEXT_LEVEL.match(article.folded, size.end):
            level = sentence.percent_after(size.end, _LEVEL_GAP)
            if level is None:
                break
            size = level  # « les seuils de 5 % et 10 % »: the holding passed the last level
        if size is None or size.value >= FULL_OWNERSHIP or _SHARE_OF_MARKET.match(article.folded, size.end):
            continue
        holder = (
            sentence.company_before(cue.start)
            or _fronted_holder(article, sentence, cue, size.end)
            or _unnamed_subject(article, sentence, cue, "")
            or _speaker(sentence)
        )
        if holder is None:
            continue
        of = _OF_COMPANY.match(article.folded, size.end)
        if of is not None and article.language == "en" and _TAKES.fullmatch(article.folded, cue.start, cue.end):
            of = _TAKEN_OF.match(article.folded, size.end)  # "took 5% of its revenue from Y": no share of Y
        target = sentence.company_after(of.end(), exclude=holder.id, within=_BUYER_REACH) if of else None
        if target is not None and _OWNS_A_THING.match(article.folded, target.end):
            target = None  # "took 5% of Y's sales": a share of something Y has, not of Y
        earlier = discourse.recent_deal(sentence.index, _HOLDER_REACH)
        if target is None and earlier is not None and earlier.subject is not None and earlier.subject.id == holder.id:
            target = earlier.object
        if target is None and article.focus is not None and _ITS_STAKE.search(article.folded, cue.start, cue.end):
            # "Exor, which raised its stake to 17.51% last week": a holding the story is about, in its main company.
            target = article.focus
        if target is None and _BARE_CAPITAL.match(article.folded, size.end):
            # "L'acquéreur est Carsales, déjà propriétaire de 49 % du capital": the company of the sale told before.
            sale = discourse.sale if sentence.index - discourse.sale_sentence <= _HOLDER_REACH else None
            told = sale or earlier
            target = told.object if told is not None else None
        if target is not None and target.id != holder.id:
            found.append(
                Candidate(
                    # "LinkedIn prend 51 % de Tableau": taking a majority is taking control, as _deal_kind reads it.
                    type="acquisition"
                    if size.value > _MAJORITY and _TAKES.fullmatch(article.folded, cue.start, cue.end)
                    else "stake",
                    span=(sentence.start, sentence.end),
                    subject=holder,
                    object=target,
                    stake_pct=size.value,
                    modality=modality_at(article, sentence, cue.start),
                    effective_date=event_date(sentence),
                    inferred=[] if of and target is not None else ["anaphor"],
                    earlier=_told_as_earlier_step(article, sentence, cue),
                    already=_told_as_held_already(article, sentence, cue),
                )
            )
    return found


_FRONTED_HOLDING = re.compile(
    r"(?:après avoir|ayant|déjà|détenant|possédant|after|having|already|owning|holding)\b[^,;]{0,80}$"
)
"""A holding told in a phrase fronted before its holder: "Après avoir porté sa participation à 70 % dans le capital
de Y, X lance ...", "Détenant déjà 30 % de Y, X ...", "Having raised its stake to 40% of Y, X ..."."""


def _fronted_holder(article: Article, sentence: Sentence, cue: Cue, after: int) -> CompanyMention | None:
    """The subject right after the comma that closes a fronted holding phrase (see :data:`_FRONTED_HOLDING`)."""
    if not _FRONTED_HOLDING.match(article.folded, sentence.start, cue.end):
        return None
    comma = article.folded.find(", ", after, sentence.end)
    return sentence.company_after(comma + 2, within=4) if comma >= 0 else None


_OWNERS_HOLD = re.compile(r"\b(?:shareholders|stockholders|owners|investors|actionnaires|propriétaires)[ ]$")
"""Right before a holding verb: a company's owners hold ("YIT shareholders will own 60% of the firm"), not it."""


def _deal_parties(article: Article, sentence: Sentence, cue: Cue) -> _Parties:
    """Return (buyer or investor, target, how the target was found) for a deal cue, read through its frame."""
    if cue.family == "stake" and _OWNERS_HOLD.search(article.folded, max(sentence.start, cue.start - 14), cue.start):
        return None, None, []  # the split of a merged company among the owners of each side: no holding of a company
    if cue.detail in _READ_ELSEWHERE or _inside_sale(sentence, cue):
        return None, None, []  # read by _resize_stakes and _thresholds (an offer: by acq_offers)
    dative = dative_sale(article.folded, sentence, cue)
    if dative is not None:
        return dative[0], dative[1], []  # "X sold to Z its stake in Y": Z buys into Y
    if after_dative_sale(article.folded, sentence, cue):
        return None, None, []  # the stake "X sold to Z" is Z's, not X's
    return _DEAL_READERS.get(cue.detail, _active_deal_parties)(article, sentence, cue)


_READ_ELSEWHERE = (
    "resize", "threshold", "named_holding", "buyer_is", "target_is", "price", "offer", SPLIT_FRAME, *OWNERSHIP_FRAMES
)  # fmt: skip
"""Deal frames no party reader takes: the sentence's deal is resized or priced, or a reader of its own reads them."""
_DEAL_NOUN_BY = re.compile(r"(?:acquisition|takeover|purchase|buyout|rachat)[ ](?:by|par)\b")
"""A deal noun with its agent: "Figma's acquisition by Adobe" is Adobe buying Figma, possessive and all."""


_PRICED_PARTICIPLE = re.compile(r"[ ](?:for|pour)$")
"""A passive row ending on its price's preposition: "sold for", "cédée pour" (the buyer follows the price)."""
_PASSIVE_BEFORE = re.compile(r"(?:,|\b(?:was|were|been|being|is|are|be|été|est|sont|fut|être))[ ]$")
"""Before such a participle: its passive or participle clause ("X, sold for $2bn to Y", "X a été cédé pour")."""


def _priced_active(article: Article, sentence: Sentence, cue: Cue) -> bool:
    """Whether a participle row with its price's preposition ("sold for", "racheté pour") is an active verb.

    "Styron, sold for $1.6bn to Bain Capital" and "X a été racheté pour N par Y" are passives (the buyer after the
    price); "Vivendi a cédé pour 3 Md€ sa participation" and "Vivendi acquired for $3bn X" are active.
    """
    return _PRICED_PARTICIPLE.search(article.folded, cue.start, cue.end) is not None and not _PASSIVE_BEFORE.search(
        article.folded, max(sentence.start, cue.start - 12), cue.start
    )


def _passive_deal_parties(article: Article, sentence: Sentence, cue: Cue) -> _Parties:
    """Read "Y was acquired by X"; "Y said it agreed to be bought by X" takes the speaker as Y.

    "..., the snus maker that is subject to a takeover offer by X": a description's relative clause; the target
    is the company the description stands for, the last other one named before it.
    """
    if _priced_active(article, sentence, cue):
        return _active_deal_parties(article, sentence, cue)  # "Vivendi acquired for $3bn the French group X"
    if _DESCRIBED_RELATIVE_SUBJECT.search(article.folded, max(sentence.start, cue.start - 120), cue.start):
        buyer = sentence.company_after(cue.end, within=_BUYER_REACH)
        target = _other_company_before(article, sentence, cue, buyer) if buyer is not None else None
        return (buyer, target, ["anaphor"]) if target is not None else (None, None, [])
    in_time_clause, target = time_clause_target(article.folded, sentence, cue.start)
    if in_time_clause:
        # "who left Lexmark after it was acquired by Apex": Lexmark, not the sentence's subject
        buyer = sentence.company_after(cue.end, exclude=target.id, within=60) if target is not None else None
        return (buyer, target, ["anaphor"]) if buyer is not None else (None, None, [])
    target = sentence.company_before(cue.start)
    owned = target is not None and article.folded.startswith("'s ", target.end)
    if (owned and not _DEAL_NOUN_BY.match(article.folded, cue.start)) or (
        target is not None and bought_thing_of(article.folded, target, cue)
    ):
        # "Digital River's services sold to Symantec": something of the company's; so is "Coca-Cola, whose U.S.
        # media is bought by MediaVest" (the media is bought).
        return None, None, []
    buyer = sentence.company_after(cue.end, exclude=target.id if target else None, within=60)
    if target is None and buyer is not None:
        target = _unnamed_subject(article, sentence, cue, buyer.id)
        return buyer, target, ["anaphor"] if target else []
    return buyer, target, []


_OWNED_REACH = 15
_VERB_TARGET_REACH = 120
_ANTECEDENT_REACH = 3
"""At most this many chars between a company and the ", which" of its relative clause."""
_ANAPHOR_SUBJECT_REACH = 60
"""From a description ("the South Korean company was negotiating") to the deal verb after it."""
_NOUN_TARGET_REACH = 30
"""After "stake in" / "participation dans" the company comes at once ("a stake in the U.S. firm X")."""
_HELD_WITH_OTHER = re.compile(
    r"\b(?:with|alongside|led[ ]by|run[ ]by|formed[ ]by|set[ ]up[ ]by|avec|aux[ ]côtés[ ]d[e']|mené[e]?[ ]par"
    r"|dirigé[e]?[ ]par|formé[e]?[ ]par|créé[e]?[ ]par)[ ](?:(?:the|its|le|la|les|l'|son|sa)[ ]?)?$"
)
"""Between a holding and a company: a venture or a consortium the holding is in, shared with or led by that company
("its stake in its joint venture with GAC", « sa participation dans le consortium mené par Nokia »)."""


_FRONTED_PHRASE = re.compile(
    r"(?:quelques[ ]\w+[ ])?(?:après|avant|comme|malgré|outre|after|before|following|like|unlike|despite|weeks[ ]after"
    r"|months[ ]after|days[ ]after|via|through|à travers|par l'intermédiaire d|in|as part of|dans le cadre d|lors d"
    r"|au cours d"
    # a participle clause: "Adding a stake bought from X, Y will own ...", "Drawing on its purchase of X, Y ..."
    r"|[a-z]{2,}ing[ ](?=(?:a|an|the|its|their|on|to|from|up|in)[ ])"
    # round 19: a participle of place or birth ("Installée à l'ICM, X a reçu ...", "Based in Lyon, X raised ...")
    r"|(?:installée?s?|basée?s?|implantée?s?|située?s?|hébergée?s?|based|headquartered|located)[ ]"
    r"(?=(?:à|au|en|dans|chez|in|at|near)[ ]))\b"
)
"""A sentence opening with a circumstance ("Après Cardinal, ...", "Via sa filiale X, ...") or a participle clause:
its subject comes later."""
_SUBORDINATE_OPENER = re.compile(
    r"[ ](?:after|as|when|since|because|once|(?:following|on|amid)[ ](?:news|reports?|word)[ ]that"
    r"|après que|après qu'|lorsque|lorsqu'|quand|depuis que"
    r"|depuis qu'|parce que|parce qu')[ ]?(?:the[ ]|news[ ]that[ ]|(?:its|their|son|sa|ses)[ ][a-zé\-]{2,15}[ ])?"
)
"""A subordinate clause between a sentence's first company and a deal verb: "X rose after Y bought ..."."""
_SUBORDINATE_SUBJECT_REACH = 4
_OTHERS_PLAN = re.compile(r"\b(?:plan|offer|bid|proposal|approach|attempt|offre|projet|proposition|tentative)s?\b")
_RUBRIC_COLON = re.compile(r"(?:[ ](?:inc|corp|ltd|plc|co|sa|ag|nv|se)\.?)?(?:[ ]\([^()]{1,30}\))?[ ]?(?::|[ ]-)[ ]")
"""After the name opening a headline or a digest's line, the name is the rubric, not the actor: "Robertet : Firmenich
acquiert 17 %", "Acme Inc (NASDAQ: ACME ) - Fund X has filed ..."."""


_OWNED_DESCRIPTION = re.compile(
    r"-[a-zé]+[ ](?:[a-zà-ÿ\-]{2,20}[ ]){0,2}?(?:start-?up|company|firm|group|maker|platform|app|developer|provider"
    r"|lender|bank|unit|subsidiary|rival|société|entreprise|groupe|filiale|jeune pousse|pépite)\b"
)
"""After an owner prefix: a description of the owned company, not its name ("-backed startup", "-owned lender")."""


def _owned_by(article: Article, sentence: Sentence, owner: CompanyMention, pos: int) -> CompanyMention | None:
    """The company an owner prefix describes ("Walmart-controlled Flipkart"); nobody named for a description."""
    owned = sentence.company_after(owner.end, exclude=owner.id, within=_OWNED_REACH)
    if owned is None and _OWNED_DESCRIPTION.match(article.folded, owner.end):
        return None  # "The Sequoia-backed startup raised $5m": the startup acts, not its backer
    return owned if owned is not None and owned.end <= pos else owner


def _acting_company(article: Article, sentence: Sentence, pos: int) -> CompanyMention | None:
    """The company before ``pos`` that acts.

    Past an owner prefix ("Walmart-controlled Flipkart is raising") or a headline's rubric ("Robertet :
    Firmenich International acquiert ..."). A company in a fronted phrase ("Après Cardinal, NGE rachète
    Dacquin", "After its deal with X, Y buys") is no subject when another one follows the phrase's comma.
    """
    first = sentence.company_before(pos)
    if first is not None and _in_description_apposition(article, sentence, first, pos):
        return None  # "The fund house, the asset management arm of State Bank of India, took ...": not the bank
    if (
        first is not None
        and _FRONTED_PHRASE.match(article.folded, sentence.start, first.start)
        # Session 26: "In Italy, X, a Milan-based startup, raised ...": a comma closed the phrase before X, the
        # subject; its own apposition is no list of the phrase.
        and not article.folded.startswith(", ", first.start - 2)
    ):
        closed, subject = _subject_after_fronted_phrase(article, sentence, first, pos)
        if closed and subject is None:
            return None  # "Après A, B et C, la start-up a levé ...": a description is the subject, none of them
        first = subject if subject is not None and subject.end <= pos else first
    rubric = _RUBRIC_COLON.match(article.folded, first.end) if first is not None else None
    if first is not None and rubric is not None and (sentence.index == 0 or first.start == sentence.start):
        actor = sentence.company_after(rubric.end(), exclude=first.id, within=4)
        first = actor if actor is not None and actor.end <= pos else first
    colon = article.folded.rfind(": ", first.end, pos) if first is not None else -1
    if first is not None and colon >= 0:
        # "Tesla already has a carmaker on board: Daimler owns 10 percent of it": the clause after the colon has
        # its own subject.
        actor = sentence.company_after(colon + 2, exclude=first.id, within=4)
        first = actor if actor is not None and actor.end <= pos else first
    if first is not None and OWNER_PREFIX.match(article.folded, first.end):
        return _owned_by(article, sentence, first, pos)
    if first is not None:
        # "Shares of X rose 5% after Y added to its holding in ...": the subordinate clause has its own subject.
        subordinate = next(reversed(list(_SUBORDINATE_OPENER.finditer(article.folded, first.end, pos))), None)
        if subordinate is not None:
            actor = sentence.company_after(subordinate.end(), exclude=first.id, within=_SUBORDINATE_SUBJECT_REACH)
            actor = actor or _described_subordinate_actor(article.folded, sentence, subordinate.end(), first, pos)
            # "... after Facebook had turned down its plan to buy": the deal is another's plan, told by the actor.
            if actor is not None and actor.end <= pos and not _OTHERS_PLAN.search(article.folded, actor.end, pos):
                return actor
            if actor is None and _DESCRIBED_SUBORDINATE_SUBJECT.search(subordinate.group()):
                # "Suez rebuffed Veolia's advances since its rival bought a stake": the clause's subject is a
                # description of another company, so the main clause's subject is not the one acting.
                return None
    return first


def _subject_after_fronted_phrase(
    article: Article, sentence: Sentence, first: CompanyMention, pos: int
) -> tuple[bool, CompanyMention | None]:
    """Whether a comma closes the fronted phrase, and the company right after it, past the commas of a list inside.

    "Après Cardinal, NGE rachète Dacquin": NGE; "Lors d'un tour mené par A, B et C, la start-up a levé": closed, by
    nobody (B is a member of the phrase's list, not the subject).
    """
    comma = article.text.find(", ", first.end, pos)
    while comma >= 0:
        subject = sentence.company_after(comma + 2, within=4)
        if subject is None:
            return True, None
        joint = _LIST_GOES_ON.match(article.folded, subject.end)
        if joint is None or sentence.company_after(joint.end(), within=0) is None:
            return True, subject
        comma = article.text.find(", ", subject.end, pos)
    return False, None


_KIND_WORDS_BEFORE_NAME = re.compile(
    r"(?:(?!(?:of|in|with|for|to|from|by|at|on|that|its|their|shares|stock)[ ])[a-z\-]{2,15}[ ]){1,3}"
)
"""Between a subordinate's opener and its subject: the kind words of a description ("after Swiss drugmaker X")."""
_KIND_WORDS_REACH = 40


def _described_subordinate_actor(
    folded: str, sentence: Sentence, opener_end: int, first: CompanyMention, pos: int
) -> CompanyMention | None:
    """The subject of "X rose after Swiss drugmaker Y agreed to buy ...": a company right after its kind words.

    It stands before the verb at ``pos``: in "after its partner bought Y", Y is the object, and nobody is named.
    """
    actor = sentence.company_after(opener_end, exclude=first.id, within=_KIND_WORDS_REACH)
    if actor is None or actor.end > pos or _KIND_WORDS_BEFORE_NAME.fullmatch(folded, opener_end, actor.start) is None:
        return None
    return actor


_DESCRIBED_SUBORDINATE_SUBJECT = re.compile(r"\b(?:its|their|son|sa|ses)[ ][a-zé\-]{2,15}[ ]$")
_DESCRIPTION_APPOSITION = re.compile(
    r",[ ](?:(?:the|a|an|its|le|la|l'|un|une|sa|son)[ ]?[^,;.()]{0,60}"
    r"|(?:créée?|fondée?|founded|created|set[ ]up|née?|lancée?|launched)[ ][^;.()]{0,80})$"
)
"""From a description opening the clause to a company inside its apposition: ", the asset management arm of ",
", créée en 2019 par X, un ancien de "."""


_DESCRIPTION_OWNER = re.compile(
    r"(?:[ ][^,;.()]{1,40})?[ ](?:contrôlée?|détenue?|possédée?|dirigée?|présidée?|fondée?|soutenue?|owned|controlled"
    r"|backed|run|led|chaired|founded)[ ](?:par|by)[ ](?:la[ ]|le[ ]|l'|les[ ]|the[ ])?(?:[a-zà-ÿ\-]{1,15}[ ]){0,2}"
)
"""From a description opening the clause to its owner: "le groupe de médias contrôlé par (la famille) X"."""


def _in_description_apposition(article: Article, sentence: Sentence, company: CompanyMention, pos: int) -> bool:
    """Whether ``company`` only describes the clause's subject, a description: "The fund house, the arm of X, ...".

    The apposition must close with a comma before ``pos`` (the verb); an owner told right after the
    description needs none ("Le groupe de médias contrôlé par la famille X détient ...": not the family).
    """
    clause_start = sentence.clauses.span_of(pos)[0]
    anaphor_end = article.anaphor_at(clause_start)
    if anaphor_end is None or anaphor_end > company.start:
        return False
    if _DESCRIPTION_OWNER.fullmatch(article.folded, anaphor_end, company.start):
        return True
    head = article.folded.find(",", anaphor_end, company.start)
    opens = _DESCRIPTION_APPOSITION.fullmatch(article.folded, head, company.start) if head >= 0 else None
    return opens is not None and article.folded.find(",", company.end, pos) >= 0


def _raise_parties(article: Article, sentence: Sentence, cue: Cue) -> _Parties:
    """Read "X raised $N (in a round led by Z)": the company before the verb, the investor after the intro."""
    if article.folded.startswith("raised", cue.start) and _ADJECTIVE.search(
        article.folded, max(sentence.start, cue.start - 6), cue.start
    ):
        return None, None, []
    inferred: list[str] = []
    target = _acting_company(article, sentence, cue.start) or _reported_subject_of(article, sentence, cue, None)
    target = _described_by_first(article, sentence, cue, target)
    nearest = target or _nearest_before(sentence, cue)
    antecedent = _antecedent_past_relative(article, sentence, nearest, cue.start)
    target = antecedent if antecedent is not nearest else target
    target = _unit_raising(article, sentence, target, cue.start) or target
    if target is not None and glued_to_round(article.folded, target):
        target = None  # "... when it raised $535m in a SoftBank-led round, but has now raised $250m": not SoftBank's
    clause_start, clause_end = sentence.clauses.span_of(cue.start)
    # "The company(, which farms insects,) raised ...": the anaphor opens the clause, an aside may follow.
    if target is None and (
        article.anaphor_before(max(sentence.start, cue.start - 30), cue.start)
        or article.anaphor_at(clause_start) is not None
    ):
        target = article.previous_subject(sentence.index)
        inferred.append("anaphor")
    if target is None:
        # "Avec 9,3 millions levés, Antaios occupe ...", "Sorare, the fantasy game, announced $680m in funding".
        target = fronted_raiser(article, sentence, cue) or announcer(article, sentence, cue)
        target = target or raiser_by_participle(article, sentence, cue)
    if target is None and _WE.search(article.folded, max(sentence.start, cue.start - 16), cue.start):
        # « L'an dernier, on a levé 10 millions d'euros », "we raised $5m last year": the story's company speaks.
        target = article.focus
        inferred.append("anaphor")
    lead = fronted_lead(article, sentence, cue)
    first = sentence.company_after(lead.end, within=_BARE_VERB_REACH) if lead is not None else None
    if first is not None and first.end <= cue.start:
        # "In a round led by A and B, Y raised $N", "Lors d'un tour mené par A, la start-up a levé": Y after the phrase.
        leads = {first.id, *(m.id for m in _listed_after(article, sentence, first, investors=True))}
        if target is None or target.id in leads:
            after = (c for c in reversed(sentence.companies) if first.end <= c.start and c.end <= cue.start)
            target = next((c for c in after if c.id not in leads), None)
        if target is None and told_by_description(article, sentence, cue):
            target = article.previous_subject(sentence.index)
            inferred.append("anaphor")
        return first, target, inferred
    exclude = target.id if target else None
    # The first intro that names an investor: "avec 20 millions d'euros rassemblés auprès d'Idinvest" skips "avec".
    intros = (c for c in sentence.cues if c.family == "investor" and cue.end <= c.start < clause_end)
    buyer = next((b for c in intros if (b := _intro_investor(article, sentence, c, exclude))), None)
    buyer = buyer or glued_lead(sentence, article.folded, cue, clause_end, exclude)
    buyer = buyer or _receipt_funder(article, sentence, cue, exclude)
    return buyer, target, inferred


_UNIT_APPOSED = re.compile(
    r"\b(?:its|their|sa|son|leur)[ ](?:[\w\-]+[ ]){0,3}?(?:subsidiary|unit|affiliate|spin-?off|spinout|arm|filiale)"
    r",?[ ](?:[\w\-]+-based[ ])?$"
)
"""Before a name: the unit of the speaker it stands in apposition to ("said its Asia-Pacific subsidiary,
Shanghai-based Y, has closed")."""
_UNIT_APPOSED_END = re.compile(r"(?:,?[ ](?:ltd|inc|llc|ag|sa|sas|gmbh|co)\.?)?,?[ ]$")


def _unit_raising(
    article: Article, sentence: Sentence, target: CompanyMention | None, pos: int
) -> CompanyMention | None:
    """The unit that raises the round, named in apposition after the parent that tells of it, else None.

    "X said its Asia-Pacific subsidiary, Shanghai-based Y, has closed a $60m round": the round is Y's, not X's
    (session 25, money).
    """
    if target is None:
        return None
    unit = next((c for c in reversed(sentence.companies) if target.end < c.start and c.end <= pos), None)
    if unit is None or unit.id == target.id or _UNIT_APPOSED_END.fullmatch(article.folded, unit.end, pos) is None:
        return None
    return unit if _UNIT_APPOSED.search(article.folded, max(target.end, unit.start - 60), unit.start) else None


_RELATIVE_OPENER = re.compile(r",[ ](?:whose|which|who|qui|dont)\b")
_RELATIVE_CLOSES = re.compile(r",[ ](?:[a-z]+[ ]){0,5}")
"""Between a company ending a relative clause and the main verb: the closing comma, maybe "said it had"."""


def _antecedent_past_relative(
    article: Article, sentence: Sentence, company: CompanyMention | None, pos: int
) -> CompanyMention | None:
    """The antecedent of the closed relative clause ``company`` stands in, before the verb at ``pos``, else ``company``.

    "Solcortis, whose customers include A and B, said it had raised $1bn": A and B are named inside Solcortis's
    relative; the raise is Solcortis's (round 19: a cue inside the relative may hide it from the clause splitter).
    """
    if company is None:
        return None
    openers = list(_RELATIVE_OPENER.finditer(article.folded, sentence.start, company.start))
    if not openers or _RELATIVE_CLOSES.fullmatch(article.folded, company.end, pos) is None:
        return company
    antecedent = next((c for c in sentence.companies if c.end == openers[-1].start()), None)
    return antecedent if antecedent is not None else company


_RECEIPT_FR = re.compile(r"(?:a[ ])?(?:reçu|reçoit)")
_FUNDER_AFTER_AMOUNT = re.compile(
    r"(?:[ ](?:d'euros|de[ ]dollars|de[ ]livres|de[ ]francs))?[ ](?:de[ ]|du[ ]|des[ ]|d')"
    r"(?:(?:son|sa|ses|leur|leurs)[ ](?:nouvel[ ]|nouveau[ ]|principal[ ])?(?:partenaire|actionnaire|investisseur)s?[ ]"
    r"|(?:la[ ]|l')?(?:fonds|groupe|banque|société|holding)[ ]|la[ ]|l')?"
)
"""Round 19: between the amount a French receipt verb takes and its funder (« reçoit 10 M€ de son partenaire X »,
« a reçu 39 millions de dollars de A, B et C », « reçoit 7 M€ du fonds X »)."""
_RECEIPT_AMOUNT_REACH = 30


def _receipt_funder(article: Article, sentence: Sentence, cue: Cue, exclude: str | None) -> CompanyMention | None:
    """The funder of « X a reçu N de A »: the company right after the amount a French receipt verb takes.

    "received $N from A" names A through its intro "from"; French writes a bare « de », read here only after the
    receipt verb's own amount (``_raises_money`` has already refused grants and royalties). Money received from a
    public body (« de la région Bretagne ») is a subsidy, not an investment.
    """
    if _RECEIPT_FR.fullmatch(article.folded, cue.start, cue.end) is None:
        return None
    amount = next((m for m in sentence.money if 0 <= m.start - cue.end <= _RECEIPT_AMOUNT_REACH), None)
    gap = _FUNDER_AFTER_AMOUNT.match(article.folded, amount.end) if amount is not None else None
    funder = sentence.company_after(gap.end(), exclude=exclude, within=0) if gap is not None else None
    return funder if funder is not None and funder.kind != "public_body" else None


_GROUP_MEMBERS = re.compile(
    r"(?:" + _INVESTOR_WORDS.pattern + r"|[ ](?:des[ ]|de[ ]|d')?fonds|[ ]funds)(?:[ ][a-zà-ÿ\-]{2,20}){0,2}"
    r"(?:,?[ ](?:dont|notamment|including|such[ ]as|among[ ]them|parmi[ ]lesquels|parmi[ ]eux)[ ]|[ ]?[-"
    "\u2013\u2014:][ ])"
    r"(?:" + NATIONAL_BEFORE_NAME + r")?"
)
"""After an investor intro, a group of investors then its named members ("auprès de ses investisseurs historiques,
dont A et B", "from existing backers, including A"): the relative that names them is read, not hidden. Session 26:
the members may follow a dash or a colon, each after its nationality (« auprès d'investisseurs déjà actionnaires -
les Américains A et B et le Français C - et ... »)."""


_MEMBER_DESCRIPTION = re.compile(
    r"(?:(?!(?:of|de|du|des|the|la|le|les|for|from|by|with|at|to|in|and|et)[ ])[a-zà-ÿ\-]{2,20}[ ]){0,3}"
)
"""Between a group's opener and its first named member: lowercase description words ("supermarket giant "), no
preposition ("founders of rival A" names people of A, not A)."""
_MEMBER_DESCRIBED_REACH = 45
_MOVES_FROM = re.compile(
    r"\b(?:expand|expands|expanding|expanded|move|moves|moving|moved|relocate|relocating|shift|shifting|export"
    r"|exporting|ship|shipping|migrate|migrating|grow|growing|scale|scaling)[ ]$"
)
"""Before "from": a movement, so what follows is where it starts ("to expand from Germany into Europe"), no investor."""


def _intro_investor(article: Article, sentence: Sentence, intro: Cue, exclude: str | None) -> CompanyMention | None:
    """The first investor an intro names: right after it, or the first member of the group it names."""
    if _MOVES_FROM.search(article.folded, max(sentence.start, intro.start - 15), intro.start):
        return None  # session 26: "raised €100m to expand from Germany into other markets"
    group = _GROUP_MEMBERS.match(article.folded, intro.end)
    if group is not None:
        # Session 26: the first member may come with its description ("including German supermarket giant A").
        member = sentence.company_after(group.end(), exclude=exclude, within=_MEMBER_DESCRIBED_REACH)
        described = member is not None and _MEMBER_DESCRIPTION.fullmatch(article.folded, group.end(), member.start)
        return member if described else None
    investor = sentence.company_after(intro.end, exclude=exclude, within=40)
    if investor is not None and _PERSON_OF.fullmatch(article.folded, intro.end, investor.start):
        return None  # "led by the founder of X": a person invests, not the company they founded
    return investor


_PERSON_OF = re.compile(
    r"[ ]?(?:(?:the|a|an|its|le|la|l'|un|une|son|sa)[ ]?)?(?:(?:former|serial|ancien|ancienne)[ ])?"
    r"(?:co-?founder|founder|chief[ ]executive|ceo|chairman|chairwoman|president|boss|head|owner"
    r"|co-?fondat(?:eur|rice)|fondat(?:eur|rice)|pdg|patron|président|présidente|dirigeant|dirigeante)s?"
    r"[ ](?:of|at|de|du|d')[ ]?(?:(?:the|le|la|l')[ ]?)?"
)
"""Between an investor intro and a company: a person described by the company they run or founded."""


_DESCRIPTION_WORDS = re.compile(r"[ ](?:[a-z][a-z\-]{1,20}[ ]){1,3}")
"""Between a word read as a name and the company it describes: "SME lending startup", "B2B logistics platform"."""


def _described_by_first(
    article: Article, sentence: Sentence, cue: Cue, first: CompanyMention | None
) -> CompanyMention | None:
    """The company right before a raise verb when the clause's first "name" only describes it.

    "Nigeria-based SME lending startup Payhippo has secured $3m": "SME" opens a description of Payhippo,
    the subject standing right before the verb.
    """
    if first is None:
        return None
    last = next((c for c in reversed(sentence.companies) if c.end <= cue.start), None)
    if (
        last is None
        or last.id == first.id
        or _SUBJECT_GAP.fullmatch(article.folded, last.end, cue.start) is None
        or _DESCRIPTION_WORDS.fullmatch(article.text, first.end, last.start) is None
    ):
        return first
    return last


_FUSED_DU = " du"
_DESCRIBED_AFTER_DU = re.compile(
    r"[ ](?:(?!(?:pour|de|d'|à|au|aux|sur|par|avec|et|ou|qui|que|dans|chez|en|contre|face|comme)[ ])"
    r"[a-zà-ÿ\-]{2,20}[ ]){1,3}"
)
"""Between « rachat du » and its target: a kind noun and its adjectives ("du groupe ", "du spécialiste français "),
never a clause ("la reprise du secteur pour dépasser X": a market's recovery, no deal)."""


_COUNTED_GOODS_FROM = re.compile(
    r"[ ]?\d[\d,.]*[ ](?!(?:%|percent|per|pct|millions?|billions?|milliards?|bn|mn|m|de|of|du|des|d')\b)"
    r"(?:[^ ,;.]{1,20}[ ]){1,4}(?:à|au|aux|auprès[ ]d[e']|from)[ ]?(?:(?:la|le|l'|les|the)[ ]?)?"
)
"""Between a purchase noun and a company: a count of goods, then their seller ("de 25 A350 à ", "of 12 jets from ")."""


def _noun_deal_parties(article: Article, sentence: Sentence, cue: Cue) -> _Parties:
    """Read "the takeover of Y (by X)", "X's acquisition of Y"; "le rachat de la participation de Z dans Y" buys Y."""
    target, how = _object_after(article, sentence, cue, exclude=None, within=80)
    if target is not None and _COUNTED_GOODS_FROM.fullmatch(article.folded, cue.end, target.start):
        return None, None, []  # "l'achat de 25 A350 à Airbus", "the purchase of 12 jets from X": goods, not X
    fused = article.folded.endswith(_FUSED_DU, cue.start, cue.end)
    if fused and (target is None or not _DESCRIBED_AFTER_DU.fullmatch(article.folded, cue.end, target.start)):
        return None, None, []  # « l'acquisition du groupe X » names X after a description, or names no company
    target = _held_past_owner(article, sentence, cue, target) if target is not None else None
    buyer = None
    agent, thing = _agent_past_description(article, sentence, cue)
    if thing:
        return None, None, []  # "the purchase of the plant by X": X buys a plant, no company
    if agent is not None:
        # "le rachat de l'éditeur par Microsoft", "the takeover of the chipmaker by X": the name after "par / by"
        # buys; the description stands for the company named before the noun.
        described = target if target is not None and how == "anaphor" and target.id != agent.id else None
        described = described or _other_company_before(article, sentence, cue, agent)
        return (agent, described, ["anaphor"]) if described is not None else (None, None, [])
    if target is not None:
        by = _BY.match(article.folded, target.end)
        if by is not None:
            # "la reprise de Sabon par le groupe Rocher": a kind noun may describe the buyer before its name.
            kind = _VENDOR_KIND.match(article.folded, by.end())
            start, within = (kind.end(), _DESCRIBED_NAME_REACH) if kind is not None else (by.end(), 4)
            buyer = sentence.company_after(start, exclude=target.id, within=within)
        acting = _acting_company(article, sentence, cue.start)  # past "Via sa filiale X, ..." and owner prefixes
        buyer = buyer or (acting if acting is not None and acting.id != target.id else None)
        buyer = buyer or sentence.company_before(cue.start, exclude=target.id)
        if buyer is None:
            # "Le spécialiste des paiements a mené à bien l'acquisition de X", "it completed its merger with X".
            buyer = _unnamed_subject(article, sentence, cue, target.id)
            return buyer, target, ["anaphor"] if buyer else [how] if how else []
    return buyer, target, [how] if how else []


def _noun_or_subordinate_bidder(article: Article, sentence: Sentence, cue: Cue) -> _Parties:
    """Read a deal noun as :func:`_noun_deal_parties` does, the bidder of a subordinate clause first (session 24).

    "Y shares gained as X confirmed an offer for the chain": X, the subordinate clause's subject, bids; the
    description after the noun stands for the main clause's company Y, not for X it would otherwise point back to.
    """
    buyer, target, how = _noun_deal_parties(article, sentence, cue)
    openers = list(_SUBORDINATE_OPENER.finditer(article.folded, sentence.start, cue.start))
    if target is None or "anaphor" not in how or not openers:
        return buyer, target, how
    actor = sentence.company_after(openers[-1].end(), within=_SUBORDINATE_SUBJECT_REACH)
    if actor is None or actor.id != target.id or actor.end > cue.start:
        return buyer, target, how
    described = _other_company_before(article, sentence, cue, actor)
    return (actor, described, ["anaphor"]) if described is not None else (buyer, target, how)


_DESCRIBED_THEN_AGENT = re.compile(
    r"[ ]?(?:(?:the|its|this|that|le|la|les|son|sa|ce|cet|cette)[ ]|l')(?:[a-zà-ÿ\-]{2,20}[ ]){0,3}"
    r"(?:by|par)[ ](?:(?:(?:le|la|les|the)[ ]|l')(?:[a-zà-ÿ\-]{2,20}[ ]){0,2})?"
)
"""Between a deal noun and its agent: a described target ("of the chipmaker by ", "de l'éditeur par le groupe ")."""


def _agent_past_description(article: Article, sentence: Sentence, cue: Cue) -> tuple[CompanyMention | None, bool]:
    """The company right after "by / par" when a description, not a name, follows the deal noun.

    The flag is true when the description is no company's ("the purchase of the plant by X"): nobody is bought.
    """
    described = _DESCRIBED_THEN_AGENT.match(article.folded, cue.end)
    agent = sentence.company_after(described.end(), within=0) if described is not None else None
    if agent is None:
        return None, False
    if article.anaphor_at(cue.end + (article.folded[cue.end] == " ")) is None:
        return None, True
    return agent, False


_SUBJECT_GAP = re.compile(
    r"[ ](?:(?:has|had|have|will|would|is|was|also|now|then|a|va|vient|aussi|déjà|désormais|avait|allait)[ ]){0,2}"
)
"""Between a reported subject and its verb: " ", " has ", " a déjà "."""


def _after_speech(article: Article, sentence: Sentence, cue: Cue) -> CompanyMention | None:
    """Y in "X said on Thursday its parent Y would inject ...": the subject of the reported clause, not the speaker."""
    speech = next(
        (c for c in reversed(sentence.cues) if c.family == "clause" and c.detail == "speech" and c.end <= cue.start),
        None,
    )
    if speech is None or sentence.company_before(speech.start) is None:
        return None
    last = next((c for c in reversed(sentence.companies) if speech.end <= c.start and c.end <= cue.start), None)
    # The reported subject stands right before its verb ("Y would inject"), not as an object ("avec Y et non racheter").
    if last is None or _SUBJECT_GAP.fullmatch(article.folded, last.end, cue.start) is None:
        return None
    return last


_WHOSE_HOLDER = re.compile(r"\b(?:dont|in which|of which)[ ](?P<holder>[^,;.()]{0,40}?)[ ]?$")
"""Before a holding verb, the relative that makes its antecedent the company held: "X, dont l'État détient 15 %"."""
_ANTECEDENT_GAP_CHARS = 40
"""At most this many chars (a description: ", l'équipementier") between a company and "dont" / "in which"."""


def _held_by_relative(article: Article, sentence: Sentence, cue: Cue) -> _Parties | None:
    """Read "Y, dont X détient 57 % du capital" / "Y, in which X holds 10%": X holds a stake in Y.

    The company before the relative is held, the subject after "dont" holds, named or described
    ("dont le constructeur détient": the company the description stands for).
    """
    if cue.family != "stake":
        return None
    relative = _WHOSE_HOLDER.search(article.folded, max(sentence.start, cue.start - 60), cue.start)
    if relative is None:
        return None
    held = next(
        (
            c
            for c in reversed(sentence.companies)
            if c.end <= relative.start() and relative.start() - c.end <= _ANTECEDENT_GAP_CHARS
        ),
        None,
    )
    if held is None:
        return None
    holder = sentence.company_after(relative.start("holder"), exclude=held.id, within=5)
    inferred: list[str] = []
    if holder is None or holder.start >= cue.start:
        holder, inferred = _anaphor_company(article, sentence, held.id, relative.start("holder")), ["anaphor"]
    return (holder, held, inferred) if holder is not None else None


_FRONTED_PRONOUN = re.compile(r",[ ](?:il|elle|it)[ ](?:[a-z']{1,12}[ ]){0,2}$")
"""A subject pronoun after a fronted phrase, right before the deal verb: ", il s'offre", ", it then bought"."""


_SUBORDINATE_IT = re.compile(
    r",[ ](?:[\w$€£.'-]+[ ]){0,5}?(?:since|after|before|when|as|while|until|once)[ ]it[ ](?:[a-z']{1,14}[ ]){0,2}$"
)
"""Before a deal verb: "it" in a time clause set off after the main clause ("X bought Y, its largest deal since it
bought Z", "X bought Y, months after it acquired Z"): the pronoun is the main clause's subject, not the company
last named."""


def _deal_subject(article: Article, sentence: Sentence, cue: Cue) -> CompanyMention | None:
    """The buyer of "X agreed to buy Y": the speaker, the company before the verb, or the one a pronoun means."""
    buyer = _after_speech(article, sentence, cue) or _acting_company(article, sentence, cue.start)
    if (
        buyer is not None
        and article.anaphor_before(max(buyer.end, cue.start - _ANAPHOR_SUBJECT_REACH), cue.start)
        and _SUBORDINATE_IT.search(article.folded, max(buyer.end, cue.start - _ANAPHOR_SUBJECT_REACH), cue.start)
        is None
    ):
        # "... after X rejected a report that the South Korean company was negotiating to buy Y": the company
        # right before the verb is the description's, the last named before it.
        buyer = next((c for c in reversed(sentence.companies) if c.end <= cue.start), buyer)
    pronoun = _FRONTED_PRONOUN.search(article.folded, max(sentence.start, cue.start - 24), cue.start)
    if buyer is not None and pronoun is not None and buyer.end <= pronoun.start():
        # "Weeks after its merger with X, it bought Y", "Après son rapprochement avec X, il s'offre Y": the
        # company in the fronted phrase is no subject; the pronoun points back to the story's actor.
        buyer = _anaphor_company(article, sentence, None, cue.start)
    main = _main_subject_of_verbless_clause(article, sentence, cue)
    buyer = main or _coordinated_buyer(article, sentence, cue, buyer)
    first_deal = conjunct_first_deal(article.folded, sentence, cue, buyer)
    # "X bought Y last year and bid for a stake in Z": Y is the first verb's object; the conjunct's buyer is X.
    return _deal_subject(article, sentence, first_deal) if first_deal is not None else buyer


_INFINITIVE_BEFORE = re.compile(r"\b(?:après|avant)[ ](?:y[ ]|en[ ])?avoir[ ]$|\bavant[ ]d[e'][ ]?$")
"""Right before a deal verb: a clause with no subject of its own ("après avoir racheté Y", "avant de racheter Y")."""
_FRONTED_SUBJECTLESS = re.compile(
    r"(?:en|après[ ](?:y[ ])?avoir|having|after[ ]having)[ ]$"
    r"|(?:alors[ ]qu'|tandis[ ]qu'|lorsqu'|puisqu'|as[ ]|while[ ]|since[ ]|after[ ])(?:il|elle|it)[ ][^,;]{0,80}$"
)
"""From a sentence's start to a deal verb: a fronted clause whose subject is the main clause's ("En rachetant Y,
X ...", « Alors qu'il s'apprête à racheter Y, X ... »)."""
_MAIN_SUBJECT_REACH = 40


def _main_subject_of_verbless_clause(article: Article, sentence: Sentence, cue: Cue) -> CompanyMention | None:
    """The buyer of a deal verb in a clause with no subject of its own: the main clause's subject.

    Fronted ("En prenant le contrôle de Y, X ..."): the company right after the comma that closes the clause.
    After the main clause ("X est passé devant Z après avoir racheté Y"): the sentence's opening company.
    """
    folded = article.folded
    named_before = any(c.end <= cue.start for c in sentence.companies)
    if not named_before and _FRONTED_SUBJECTLESS.fullmatch(folded, sentence.start, cue.start) is not None:
        comma = folded.find(", ", cue.end, sentence.end)
        return sentence.company_after(comma + 2, within=_MAIN_SUBJECT_REACH) if comma >= 0 else None
    if _INFINITIVE_BEFORE.search(folded, max(sentence.start, cue.start - 24), cue.start) is None:
        return None
    first = next(iter(sentence.companies), None)
    if (
        first is None
        or first.start - sentence.start > _MAIN_SUBJECT_REACH
        or "," in folded[sentence.start : first.start]
    ):
        return None
    return first


_COORDINATION_BEFORE = re.compile(r"(?:,|;|[ ](?:and|et|while|whereas|tandis[ ]que|alors[ ]que))[ ]$")
"""Right before the subject of a second deal in a row: "A has acquired B, C bought D", "A a repris B et C a racheté
D"."""


def _coordinated_buyer(
    article: Article, sentence: Sentence, cue: Cue, buyer: CompanyMention | None
) -> CompanyMention | None:
    """The subject of the second of coordinated deals, named right before its verb; else ``buyer``.

    The clause splitter keeps "A has acquired B, C bought D" whole, so the first subject would buy D too; when an
    earlier deal verb stands between that subject and a company opening a new conjunct right before this verb,
    the conjunct's company buys.
    """
    near = next((c for c in reversed(sentence.companies) if c.end <= cue.start), None)
    if buyer is None or near is None or near.start <= buyer.end:
        return buyer
    folded = article.folded
    if (
        _SUBJECT_GAP.fullmatch(folded, near.end, cue.start) is None
        or _COORDINATION_BEFORE.search(folded, max(sentence.start, near.start - 12), near.start) is None
    ):
        return buyer
    earlier = any(
        c.family in ("acquisition", "stake") and c.detail == "active" and buyer.end <= c.start and c.end <= near.start
        for c in sentence.cues
    )
    return near if earlier else buyer


def _verb_object(
    article: Article, sentence: Sentence, cue: Cue, buyer: CompanyMention | None
) -> tuple[CompanyMention | None, str]:
    """The company a deal verb takes, and how it was found: never a cited source nor the seller.

    "... une participation rachetée à Engie": Engie sold it; "a racheté cet été au groupe allemand X la société Y",
    "bought from X its Y unit": X sold, Y was bought.
    """
    reach = _NOUN_TARGET_REACH if cue.detail == "into" else _VERB_TARGET_REACH
    target, how = _object_after(article, sentence, cue, exclude=buyer.id if buyer else None, within=reach)
    target = _unless_goods_for(article, cue, _unless_source(sentence, cue, target))
    if target is not None and _FROM_SELLER.search(
        article.folded, max(cue.end, target.start - _SELLER_REACH), target.start
    ):
        return None, how
    if target is not None and _SOLD_FROM.search(article.folded, cue.end, target.start):
        # "bought a 9.9% stake from a consortium led by X": X sold; "bought a 20% stake from X in Y": Y is held.
        held_in = _SELLERS_HOLDING_IN.match(article.folded, target.end)
        return (sentence.company_after(held_in.end(), within=0) if held_in else None), how
    if target is not None and cue.family == "stake" and _HELD_WITH_OTHER.search(article.folded, cue.end, target.start):
        return None, how  # "its stake in its joint venture with X", « dans le consortium mené par X »: X is no target
    if target is not None and _SELLER_FIRST.fullmatch(article.folded, cue.end, target.start):
        return _bought_after_seller(sentence, target), how
    if (
        target is not None
        and cue.family == "investment"
        and _CO_INVESTOR_BEFORE.search(article.folded, cue.end, target.start)
    ):
        target = None  # "led a $52m round in an Indonesian grocer, with X and Y also joining": X co-invests
    if target is not None:
        return _held_past_owner(article, sentence, cue, target), how
    return target, how


_CO_INVESTOR_BEFORE = re.compile(
    r",?[ ](?:with|alongside|along[ ]with|together[ ]with|avec|aux[ ]côtés[ ]d(?:e[ ]|'))[ ]?"
    r"(?:[a-zà-ÿ'\-]{1,20}[ ]){0,3}$"
)
"""Right before the company an investment verb reaches: a co-investor's connector, so that company invests too."""


_STAKE_OF = re.compile(
    r"\b(?:(?P<definite>la|cette)[ ])?participation[ ](?:de|d')(?:[ ]?\d[\d,.]*[ ]?%[ ](?:de|d'))?[ ]?$"
    # "reprend les 24,9 % de Z dans Y" (session 16): Z's block, held in Y when "dans" follows
    r"|\bles[ ]\d[\d,.]*[ ]?%[ ](?:de|d')[ ]?$"
)
"""Right before a company: a French stake noun with "de", so the company is the stake's owner or the one held."""
_OWNER_HOLDS_IN = re.compile(
    r"(?:[ ,]{1,2}(?:inc|corp|ltd|plc|sa|sas|ag|nv|se|llc|co)\.?)?"
    r"[ ](?:dans|au capital (?:de|d'))[ ]?(?:(?:la|le|l')[ ]?)?"
)
"""After the owner of "la participation de Z dans Y": the company held."""
_OWNERS_STAKE_IN = re.compile(
    r"(?:'s|')[ ](?:\d[\d,.]*[ ]?(?:%|percent|per cent)[ ])?(?:[a-z\-]{1,12}[ ])?(?:stake|holding|shareholding)[ ]in[ ]"
)
"""After a company a verb takes: its own stake in another ("bought Kestrel's 10% stake in Y"): Y is bought into."""
_HELD_BY_OTHER = re.compile(r",?[ ](?:détenue?s?|possédée?s?)[ ]par\b|[ ]que[ ](?:détient|détenait|possède)\b")


def _held_past_owner(article: Article, sentence: Sentence, cue: Cue, named: CompanyMention) -> CompanyMention | None:
    """The company held when the one a deal word takes is a stake's owner; else ``named`` itself.

    "X a racheté la participation de Z dans Y" and "X bought Z's 10% stake in Y" are X's stake in Y (Z sells);
    "le rachat de la participation de 18 % d'Amber" is the fund's own stake, so Z is its owner, never the company
    held, unless "détenue par" says so ("la participation de 18 % d'Y détenue par Z"). "Une participation de
    18 % d'Y" keeps Y.
    """
    folded = article.folded
    if (owned := _OWNERS_STAKE_IN.match(folded, named.end)) is not None:
        return sentence.company_after(owned.end(), exclude=named.id, within=0)
    stake_of = _STAKE_OF.search(folded, max(sentence.start, min(cue.start, named.start - 48)), named.start)
    if stake_of is None:
        return named
    held_in = _OWNER_HOLDS_IN.match(folded, named.end)
    held = sentence.company_after(held_in.end(), exclude=named.id, within=0) if held_in else None
    if held is not None:
        return held
    if stake_of.group("definite") and not _HELD_BY_OTHER.match(folded, named.end):
        return None
    return named


def _active_deal_parties(article: Article, sentence: Sentence, cue: Cue) -> _Parties:
    """Read "X agreed to buy Y"; a clause naming nobody before the verb takes the speaker or the anaphor's company."""
    held = _held_by_relative(article, sentence, cue)
    if held is not None:
        return held
    buyer = _deal_subject(article, sentence, cue)
    target, how = _verb_object(article, sentence, cue, buyer)
    target = _unit_for_parent(article, sentence, cue, buyer, target)
    relative = _described_relative_parties(article, sentence, cue) if target is None else None
    buyer, target, how = relative or (buyer, target, how)
    inferred = [how] if how else []
    if buyer is None and how == "anaphor" and target is not None:
        # "The German group said it had agreed to buy the U.S. supplier": both parties are descriptions; the
        # subject's is the story's actor, so the object's is the other company named before.
        buyer = _unnamed_subject(article, sentence, cue, "")
        if buyer is not None and buyer.id == target.id:
            target = _other_company_before(article, sentence, cue, buyer)
    # "X, qui détient 99 % du capital de cette société, s'engage à acquérir les actions non détenues": the company
    # of the heading or of the sentence before.
    pointed = (
        _other_company_before(article, sentence, cue, buyer)
        if target is None and points_back(article.folded, cue)
        else None
    )
    target, inferred = (pointed, ["anaphor"]) if pointed is not None else (target, inferred)
    if target is None and _OF_THE_CAPITAL.match(article.folded, cue.end, sentence.end):
        # "The retailer, which bought Flipkart in 2018, holds 77.8% of the company": the company of the aside;
        # "Amazon et Ford détiennent chacun plus de 10 % du capital.": the company the article is about.
        target, inferred = _capital_company(article, sentence, cue), ["anaphor"]
        if target is None or (buyer is not None and buyer.id == target.id):
            if not _DESCRIBED_TARGET.search(article.folded, cue.end, _reach_end(sentence, cue)):
                return None, None, []
            target = None  # "... du capital de l'éditeur": the description names the company, read below
    described = _DESCRIBED_TARGET.search(article.folded, cue.end, _reach_end(sentence, cue))
    # "une participation dans la future société commune que Renault et Geely ...": a new entity told by who forms it.
    later = None
    if described is not None:
        later = _unless_source(sentence, cue, sentence.company_after(described.end()))
        if later is not None and _FROM_SELLER.search(
            article.folded, max(described.end(), later.start - 30), later.start
        ):
            later = None  # "..., une participation rachetée à Engie": the seller, named after the description
    aside = sentence.clauses.aside_at(cue.start)
    if (
        target is None
        and buyer is not None
        and aside is not None
        and aside[2] == "relative"
        and buyer.start >= aside[0]
    ):
        # "Slack, which Salesforce bought for $27.7 billion, ...": the relative clause's antecedent was bought.
        target = next(
            (c for c in reversed(sentence.companies) if c.end <= aside[0] and aside[0] - c.end <= _ANTECEDENT_REACH),
            None,
        )
    if target is None and described is not None and later is None:
        # "would inject $N into the South Korean carmaker", "agreed to buy the U.S. supplier": the company the
        # description stands for, the last other one named before.
        buyer = buyer or _unnamed_subject(article, sentence, cue, "")
        target, inferred = _other_company_before(article, sentence, cue, buyer), ["anaphor"]
    if buyer is None and target is not None:
        buyer = _unnamed_subject(article, sentence, cue, target.id)
        inferred += ["anaphor"] if buyer else []
    return buyer, target, inferred


_SELLER_FIRST = re.compile(
    r"(?:[ ](?:[a-zà-ÿ\d\-]{1,15}[ ]){0,3}?)?[ ]?(?:(?:au|aux|à|from|auprès[ ]de)[ ]|auprès[ ]d')"
    r"(?:(?:la|le|l'|les|the|its|son|sa|ses)[ ]?)?(?:[a-zà-ÿ\-]{1,15}[ ]){0,2}"
)
"""Between a purchase verb and the seller named before what it bought: " cet été au groupe allemand ", " from "."""
_BOUGHT_REACH = 40


def _bought_after_seller(sentence: Sentence, seller: CompanyMention) -> CompanyMention | None:
    """The company bought from ``seller``, named right after it in the clause ("... au groupe X la société Y")."""
    return sentence.company_after(seller.end, exclude=seller.id, within=_BOUGHT_REACH)


def _unless_goods_for(article: Article, cue: Cue, target: CompanyMention | None) -> CompanyMention | None:
    """``target``, unless goods counted before it are bought for it ("agreed to buy 100 jets for its unit X")."""
    if target is not None and _COUNTED_GOODS_FOR.fullmatch(article.folded, cue.end, target.start):
        return None
    return target


_COUNTED_GOODS_FOR = re.compile(
    r"[ ]\d[\d,.]*[ ](?:(?!(?:percent|per|pct|million|millions|billion|billions|milliards?|bn|mn|m|de|of|du|des)\b)"
    r"[a-zà-ÿ\-]{2,20}[ ]){1,4}(?:for|pour)[ ](?:[a-zà-ÿ\-']{1,15}[ ]){0,3}"
)
"""Between a buying verb and a company: a count of goods, then "for / pour" ("to purchase 70 diesel buses for")."""
_UNIT_OF_PARENT = re.compile(
    r"(?:\b(?:la|le|l'|sa|son|the|its|a)[ ]?(?:[a-zà-ÿ\-]{1,15}[ ]){0,2}|,[ ])"
    r"(?:filiale|pépite|branche|division|unité|pôle|subsidiary|unit|arm|business|coentreprise|co-entreprise|venture)"
    r"(?:[ ][a-zà-ÿ\-]{1,15}){0,2}[ ](?:de|d'|du|of)[ ]?$"
)
"""Between a stake or deal verb and a company: a unit of that company ("sa participation dans la pépite de ",
"a stake in the music unit of "). The company named is the unit's parent, not the target."""


def _unit_for_parent(
    article: Article, sentence: Sentence, cue: Cue, buyer: CompanyMention | None, target: CompanyMention | None
) -> CompanyMention | None:
    """The unit a deal is about when ``target`` is only its parent: "doubler sa participation dans la pépite de X".

    The unit is the company in apposition right after the parent ("la filiale musicale de Vivendi, Universal Music
    Group"), else the one the description points back to when the sentence names no other company before it (the
    last one of the sentence before); else nobody, since a parent is not its unit.
    """
    if target is None or _UNIT_OF_PARENT.search(article.folded, cue.end, target.start) is None:
        return target
    if article.folded.startswith(", ", target.end):
        named = sentence.company_after(target.end + 2, exclude=target.id, within=0)
        if named is not None:
            return named
    if any(c.end <= cue.start and (buyer is None or c.id != buyer.id) for c in sentence.companies):
        return None  # "Vivendi sold Canal+ and KKR bought a stake in the unit of Y": which unit is not told
    before = _other_company_before(article, sentence, cue, buyer)
    return before if before is not None and before.id != target.id else None


def _described_relative_parties(
    article: Article, sentence: Sentence, cue: Cue
) -> tuple[CompanyMention, CompanyMention, str] | None:
    """Read a deal told in the relative clause of a description (buyer, target, "anaphor").

    "Figma, the design software maker that Adobe agreed to buy,", "l'éditeur que Vivendi a racheté": the buyer
    is the relative's subject, right before the verb; the target is the company the description stands for, the
    last other one named before it.
    """
    buyer = next((c for c in reversed(sentence.companies) if c.end <= cue.start), None)
    if (
        buyer is None
        or cue.start - buyer.end > _RELATIVE_VERB_REACH
        or _DESCRIBED_ANTECEDENT.search(article.folded, sentence.start, buyer.start) is None
    ):
        return None
    target = _other_company_before(article, sentence, cue, buyer)
    return (buyer, target, "anaphor") if target is not None else None


def _unless_source(sentence: Sentence, cue: Cue, company: CompanyMention | None) -> CompanyMention | None:
    """``company`` unless it is hidden from ``cue`` or a cited source, not the deal's target.

    "owns 5% of the Tokyo-based company, according to a filing with Japan's Finance Ministry".
    """
    if company is None or not sentence.clauses.visible(company.start, company.end, cue.start):
        return None
    return None if sentence.clauses.cited(company.start) else company


_DESCRIBED_TARGET = re.compile(
    r"\b(?:the|its|la|le|l'|son|sa)[ ]?(?:[a-z.\-]{1,20}[ ]){0,3}(?:company|group|firm|carmaker|automaker|maker"
    r"|supplier|drugmaker|chipmaker|retailer|lender|insurer|start-up|startup|société|groupe|entreprise|constructeur|fabricant"
    r"|spécialiste|jeune pousse|concurrent|rival|compatriote|manufacturer|conglomerate|publisher|éditeur|distributeur"
    r"|équipementier|laboratoire|opérateur|enseigne|assureur|firme)\b"
)
"""A company told by a description after a deal verb: "into the South Korean carmaker"."""
_DESCRIBED_REACH = 80
_DESCRIBED_ANTECEDENT = re.compile(
    r"\b(?:the|la|le|l')[ ]?(?:[a-z.\-]{1,20}[ ]){0,3}(?:carmaker|automaker|maker|supplier|drugmaker|chipmaker"
    r"|retailer|lender|insurer|start-up|startup|constructeur|fabricant|spécialiste|jeune pousse|concurrent|rival"
    r"|manufacturer|conglomerate|publisher|éditeur|distributeur|équipementier|laboratoire|opérateur|enseigne"
    r"|assureur|operator|developer|producer|producteur|chain|brand|marque)[ ](?:that|which|que|qu')[ ]?$"
)
"""Before the buyer of a deal verb: a description whose relative clause the deal is ("the snus maker that ").
A bare "the company that" may be anyone's: only a description that says what the company makes or is counts."""
_RELATIVE_VERB_REACH = 25
"""From the buyer of such a relative to its deal verb: " has offered ", " a racheté "."""
_DESCRIBED_RELATIVE_SUBJECT = re.compile(
    _DESCRIBED_ANTECEDENT.pattern.replace("|que|qu')[ ]?$", "|qui)[ ][^,;.]{0,50}$")
)
"""Before a passive deal cue: a description that is the subject of its relative ("the maker that is subject to ")."""


def _reach_end(sentence: Sentence, cue: Cue) -> int:
    return min(sentence.clauses.span_of(cue.start)[1], cue.end + _DESCRIBED_REACH)


def _other_company_before(
    article: Article, sentence: Sentence, cue: Cue, buyer: CompanyMention | None
) -> CompanyMention | None:
    """The last company named before ``cue`` (in this sentence, else the previous one) that is not the buyer.

    An owner told in the subject's description ("Le groupe contrôlé par la famille X détient 10 % de
    la société") is neither party.
    """
    others = [
        c
        for c in sentence.companies
        if c.end <= cue.start
        and (buyer is None or c.id != buyer.id)
        and not _in_description_apposition(article, sentence, c, cue.start)
    ]
    if others:
        return others[-1]
    if sentence.index == 0:
        return None
    before = article.sentence(sentence.index - 1)
    return next(
        (
            c
            for c in reversed(before.companies)
            if (buyer is None or c.id != buyer.id) and not _side_party(article, before, c)
        ),
        None,
    )


_OF_THE_CAPITAL = re.compile(
    r"[ ](?:[a-z]{1,10}[ ]){0,4}(?:\d[\d.,]*[ ]?(?:%|percent|per cent|pour cent))[ ]"
    r"(?:du capital|of the (?:company|group|shares|capital)|of its (?:capital|shares)|de la société|du groupe)\b"
)
"""After a holding verb: a percentage of a capital the sentence does not name ("owns 10% of the company")."""
_OFFER = re.compile(r"\b(?:offer|bid|offre|opa)\b")
_ACCEPTED = re.compile(r"\b(?:accepted|accepts|agreed to|backed|a accepté|accepte|ont accepté)\b")
"""Before an offer cue: the target took the offer, so the deal is agreed ("accepted a takeover offer from X")."""
_WE = re.compile(r"\b(?:on|nous|we|we've|we have)[ ](?:avons[ ]|venons de[ ]|vient de[ ]|just[ ]|déjà[ ])?$")
"""Before a raise verb in a founder's quote: the company speaking raised the money."""
_TOTAL_SO_FAR = re.compile(
    r"\b(?:has|have|had|a|ont|avait)[ ](?:now|so far|to date|in total|altogether|au total|jusqu'ici|désormais)[ ]"
    r"(?:(?:raised|levé|collecté)[ ])?(?:some|about|around|nearly|more than|près de|plus de|environ)?[ ]?$"
)
"""Before the amount of a raise cue: the company's funding to date ("has now raised some $175m"), no new round."""
_TOTAL_AFTER = re.compile(
    r"[ ](?:in (?:total|all)|to date|so far|since (?:its )?(?:founding|launch|inception|creation)"
    r"|au total|depuis (?:sa|son) (?:création|lancement)|en (?:\w+ )?ans"
    r"|(?:in|across|over|through|from) (?:\w+ ){0,2}?(?:separate |successive |funding |financing |venture )?rounds"
    r"|en (?:\w+ )?(?:tours|levées|opérations)(?: de (?:table|fonds))?)\b"
)
"""After its amount: the same ("$175 million to date", "8 millions d'euros en cinq ans"), summed over several rounds
("$29.2 million in four funding rounds", "12 M€ en trois levées de fonds")."""
_BRINGS_TOTAL = re.compile(
    r"\b(?:porte|portant|porter)[ ]à[ ][^,;:]{0,40}?(?:les|des)[ ](?:fonds|capitaux)[ ]$"
    r"|\b(?:the|its|their|le|son|leur)[ ](?:(?:new|overall|combined|nouveau)[ ])?(?:total|montant[ ]total)[ ]"
    r"(?:amount[ ])?$"
)
"""Before a raise cue: the total a new round brings the company's funds to ("porte à N les fonds levés", "brings the
total raised in this round to N", "takes its total raised to N", « le montant total levé »)."""
_BRINGS_TOTAL_REACH = 64
_ADJECTIVE = re.compile(r"\b(?:a|an|the|its|their|this|that)[ ]$")
"""Before "raised": an adjective ("a raised offer", "the raised funds"), no company raising money."""
_THE_REST = re.compile(
    r"\b(?:le solde|the rest|the remainder|the remaining|the shares it does not|le reste|l'intégralité|la totalité"
    r"|l'ensemble des (?:actions|titres)|the entire|all(?: of)?(?: the)?(?: outstanding| issued| remaining)? shares"
    r"|(?:all(?: of)?[ ])?the(?: outstanding| issued)? capital stock"
    r"|all(?: of)?(?: the)?(?: outstanding| issued)? stock"
    r"|toutes les (?:actions|titres)|les (?:actions|titres) en circulation)\b"
)
"""Between a deal verb and the company: buying "the rest of" it, "all outstanding shares of" it, "all of the
outstanding capital stock of" it, « toutes les actions (en circulation) de » it or "l'intégralité du capital de" it
is control."""
_FROM_SELLER = re.compile(
    r"\b(?:rachetée?s?|achetée?s?|acquise?s?|reprise?s?)[ ](?:à|auprès d[e'])[ ]?$"
    r"|\b(?:bought|acquired|purchased)[ ]from[ ]$"
    r"|\b(?:détenue?s?|possédée?s?)[ ]par[ ](?:[^,;.]{1,60}[ ]et[ ])?"
    r"(?:(?:le|la|les|l')[ ]?(?:[a-zà-ÿ\-]{1,15}[ ]){0,2})?$"
    r"|\b(?:held|owned)[ ]by[ ](?:(?:the|its)[ ](?:[a-z\-]{1,15}[ ]){0,2})?$"
)
"""Right before a company: it sold what the sentence's buyer bought ("une participation rachetée à Engie"), also
last of the holders listed (« le bloc détenu par la famille fondatrice et le fonds X »)."""
_SELLER_REACH = 90
"""How far before a company :data:`_FROM_SELLER` may start (a list of holders before the last one); also how far
"from" may stand before a seller's name and a goods seller after its goods. (An earlier binding of 20 for "from" was
shadowed by this one since it was written; session 25 removed it, behaviour unchanged.)"""
_SOLD_FROM = re.compile(
    r"\b(?:stake|stakes|holding|interest|control|shares|participation|part|parts)[ ](?:[a-z\-]{1,15}[ ]){0,2}?"
    r"(?:in[ ](?:the|a|an|its|their)[ ](?:[a-z\-]{1,15}[ ]){1,4}?)?"
    r"from[ ](?:(?:a|an|the|its)[ ])?(?:[a-z\-]{1,15}[ ]){0,2}?"
    r"(?:(?:led|controlled|owned|run)[ ]by[ ](?:(?:a|an|the|its)[ ])?(?:[a-z\-]{1,15}[ ]){0,3}?)?$"
)
"""Between a purchase verb and a company: what was bought, then its seller ("bought a 9.9% stake from a consortium
led by X", "bought control from X"): the company after "from" sold (session 16); so it does after a stake in a thing
no company names ("a stake in the Tallis pipeline project from X", session 26)."""
_SELLERS_HOLDING_IN = re.compile(r"(?:[ ,]{1,2}(?:inc|corp|ltd|plc|sa|ag|nv|llc|co)\.?)?[ ](?:in|dans)[ ]")
"""After the seller of a stake: the company the stake is in ("from X Inc in Y")."""
_SALE_TARGET_REACH = 60
"""From a sale verb to the company sold: "cède le pôle Publishers de sa filiale numérique Unify"."""
_OWN_CAPITAL = re.compile(
    r"(?:[ ](?:alors|then|déjà|already|finally|finalement))?"
    r"[ ](?:(?:le reste|le solde|la totalité|l'intégralité|la majorité|the rest|the remainder|all)[ ]"
    r"(?:de[ ]|d'|of[ ])|[\d.,]+[ ]?%[ ](?:de[ ]|of[ ]))?(?:son|its)[ ](?:capital|own shares|shares)\b"
    r"(?![ ](?:in|dans|de|of)[ ])"
)
"""After a sale verb, the seller's own capital: "cède le reste de son capital à Y", "sold 20% of its shares to Y"."""
_OTHER_DEAL_OF = re.compile(
    r"\b(?:its|their|his|her|the|a|sa|son|leur|le|la|l')[ ]?(?:[a-z\-]{1,15}[ ])?"
    r"(?:takeover|acquisition|purchase|buyout|bid|offer|merger|rachat|reprise|offre)[ ](?:of|for|de|d'|du|sur)[ ]?$"
)
"""After "to", a deal noun right before the name: the sale pays for another deal ("to fund its takeover of X")."""
_TO_BUYER = re.compile(r"[ ](?:to|à|au|aux)[ ]")
_DEAL_STRUCK_WITH = re.compile(
    r"\b(?:in|as[ ]part[ ]of|under)[ ](?:a|an|the)[ ](?:[a-z\-]{1,15}[ ]){0,2}?(?:deal|agreement|transaction)[ ]"
    r"(?:(?:struck|reached|signed|agreed|sealed)[ ])?with[ ]"
)
"""After what a sale verb sold, with no "to": the deal it is part of and its other party, the buyer ("sold its stake
in Y for $2bn, as part of a deal struck with Z", "sold Y in a $1bn transaction with Z")."""
_BUYER_REACH = 40
_TALKS_WITH = re.compile(
    r"\b(?:négociations?|discussions|pourparlers|talks|negotiations)[ ](?:exclusives[ ]|exclusive[ ]|advanced[ ])?"
    r"(?:avec|with)[ ]"
)
"""Before a sale noun: the party the seller negotiates with, its buyer ("en négociations exclusives avec Y")."""
"""From "to / à" to the buyer's name: "au fonds Bain Capital", "to private equity firm KKR"."""
_PAID_AMOUNT = re.compile(
    r"[ ](?:about|around|some|nearly|almost|roughly|up to|as much as|environ|près de|quelque|jusqu'à)?[ ]?$"
)
_PAID_FOR = re.compile(r"(?:,[^,.;]{1,60},)?(?:[ ][a-z\-]{1,15}){0,3}?[ ](?:for|into|on|pour|dans)[ ]")
_PAID_REACH = 40
"""From "for / into" to the company bought: "for an initial 19.76% of", "into non-voting"; an aside on the price may
come first ("up to $500 million, including an earn-out of $100 million, for Y")."""
_SHARES = re.compile(r"(?:'s)?[ ](?:shares|stock|actions|titres)\b")
"""After the company of a "paid" frame: "into non-voting Apple shares" buys a stake of unstated size."""


def _sale_parties(article: Article, sentence: Sentence, cue: Cue) -> _Parties:
    """Read "X sold its 10% stake in Y to Z", "X cède sa filiale Y au fonds Z": Z buys Y; X only sells.

    A sale that names no buyer reads nothing: the seller's exit is no deal of a named buyer.
    """
    if _PRICED_PARTICIPLE.search(article.folded, cue.start, cue.end) and not _priced_active(article, sentence, cue):
        return _passive_deal_parties(article, sentence, cue)  # "PartnerRe, cédé pour 9 Md$ à Covéa": Covéa buys
    seller = sentence.company_before(cue.start)
    seller_id = seller.id if seller else None
    if seller is not None and (sold_whole := _seller_sold_whole(article, sentence, cue, seller)) is not None:
        return sold_whole
    if seller is not None and _OWN_CAPITAL.match(article.folded, cue.end):
        # "Quantic Dream cède le reste de son capital à NetEase": the seller's own shares, so the seller is bought.
        target: CompanyMention | None = seller
        seller_id = None
    else:
        target = sentence.company_after(cue.end, exclude=seller_id, within=_SALE_TARGET_REACH)
    if target is None:
        return None, None, []
    to = _TO_BUYER.search(article.folded, target.end, sentence.clauses.span_of(cue.start)[1])
    if to is None:
        # "X sold its stake in Y for $2bn, as part of a deal struck with Z": the sale is the deal with Z, Z buys.
        struck = _DEAL_STRUCK_WITH.search(article.folded, target.end, sentence.end)
        buyer = sentence.company_after(struck.end(), exclude=target.id, within=_BUYER_REACH) if struck else None
        # "X est en négociations exclusives avec Y pour la cession de Z": Y is the buyer the talks are with.
        talks = _TALKS_WITH.search(article.folded, max(sentence.start, cue.start - _BUYER_REACH * 2), cue.start)
        if buyer is None and talks is not None:
            buyer = sentence.company_after(talks.end(), exclude=target.id, within=_BARE_VERB_REACH)
        return (buyer if buyer is not None and buyer.id != seller_id else None), target, []
    buyer = sentence.company_after(to.end(), exclude=target.id, within=_BUYER_REACH)
    if buyer is not None and _OTHER_DEAL_OF.search(article.folded, to.end(), buyer.start):
        return None, target, []  # "sell its stake in Metro to help finance its takeover of Pathmark": a purpose
    return (buyer, target, []) if buyer is None or buyer.id != seller_id else (None, target, [])


_SELLERS_UNIT = re.compile(
    r"[ ](?:(?:a|the|une|la)[ ](?:majority|controlling|minority|\d[\d.,]*[ ]?%)[ ](?:stake|interest)[ ](?:in|of)[ ]"
    r"|(?:\d[\d.,]*[ ]?%|control|le contrôle)[ ](?:of|de|d')[ ]?)?"
    r"(?:(?:its|their)[ ](?:[a-z.\-]{1,20}[ ]){0,4}?"
    r"(?:business|businesses|unit|units|division|divisions|arm|operations|subsidiary)"
    r"|(?:sa|son|ses|leur|leurs)[ ](?:branche|activité|activités|pôle|division|divisions)"
    r"(?:[ ][a-zà-ÿ'\-]{1,20}){0,3}?)"
    r"(?=[ ,](?:to|à|au|aux|for|pour)[ ])"
)
"""Right after a sale verb, the seller's own unnamed unit, up to the word before its buyer or price: "agreed to sell its
European bra and hosiery division to B", "to sell 50.1% of its respiratory business to B", « cède sa branche X à B »."""


def _seller_sold_whole(article: Article, sentence: Sentence, cue: Cue, seller: CompanyMention) -> _Parties | None:
    """The parties when what is sold is the seller or its own unnamed unit, or None when a named company is sold.

    "Subaru's owners agreed to sell the company to Toyota": the owners' company is bought. "X agreed to sell its
    car paint business to B": B buys X's unit (:func:`_own_unit_sold`).
    """
    sold_by_owners = _sold_by_owners(article, cue, seller)
    if sold_by_owners is not None:
        to = _TO_BUYER.match(article.folded, sold_by_owners)
        buyer = sentence.company_after(to.end(), exclude=seller.id, within=_BUYER_REACH) if to else None
        return (buyer, seller, []) if buyer is not None else (None, None, [])
    unit = _SELLERS_UNIT.match(article.folded, cue.end)
    if unit is not None and not any(cue.end <= c.start < unit.end() for c in sentence.companies):
        return _own_unit_sold(article, sentence, cue, seller, unit.end())
    return None


def _own_unit_sold(article: Article, sentence: Sentence, cue: Cue, seller: CompanyMention, unit_end: int) -> _Parties:
    """Read "X agreed to sell its car paint business to B": B buys a unit the story leaves unnamed, read as X's.

    The gold convention names an unnamed unit by its parent ("Blackstone to buy Thomson Reuters unit"). The buyer
    must follow "to / à" in the verb's clause; "its ... business" with no buyer named reads nothing.
    """
    to = _TO_BUYER.search(article.folded, unit_end, sentence.clauses.span_of(cue.start)[1])
    if to is None or to.start() > unit_end + _BUYER_REACH:
        return None, None, []
    buyer = sentence.company_after(to.end(), exclude=seller.id, within=_BUYER_REACH)
    if buyer is None or _OTHER_DEAL_OF.search(article.folded, to.end(), buyer.start):
        return None, None, []
    return buyer, seller, []


_OWNERS_BEFORE = re.compile(
    r"\b(?:les|ses|the|its|all)[ ](?:actionnaires|propriétaires|fondateurs|shareholders|owners|founders)[ ]"
    r"(?:de|du|d'|des|of)[ ]?(?:(?:la|le|l'|the)[ ]?)?(?:[a-zà-ÿ\-]{1,15}[ ]){0,3}$"
)
"""Before a seller: the owners of that company sell it ("les actionnaires du groupe X", "the owners of X")."""
_OWNERS_AFTER = re.compile(r"'s[ ](?:[a-z\-]{1,15}[ ])?(?:owners|shareholders|founders)\b")
"""After a seller: its owners ("X's private equity owners")."""
_THE_COMPANY_SOLD = re.compile(
    r"[ ]?(?:(?:the|l'|la|le)[ ]?(?:company|business|group|firm|entreprise|société|groupe)"
    r"|(?:their|leurs)[ ](?:shares|stakes|holdings|parts|actions|titres|participations)|it)\b"
)
"""Right after the sale verb: what the owners sell is the company itself, or their shares of it."""
_OWNERS_REACH = 60


def _sold_by_owners(article: Article, cue: Cue, seller: CompanyMention) -> int | None:
    """Where the company sold by its owners is told ("... sell the company", "céder leurs parts"), or None.

    "Subaru's owners agreed to sell the company to Toyota", "Les actionnaires de Subaru ont accepté de céder
    l'entreprise à Toyota": the seller named is the company, its owners sell it.
    """
    folded = article.folded
    owners = _OWNERS_AFTER.match(folded, seller.end) or _OWNERS_BEFORE.search(
        folded, max(0, seller.start - _OWNERS_REACH), seller.start
    )
    sold = _THE_COMPANY_SOLD.match(folded, cue.end) if owners is not None else None
    return sold.end() if sold is not None else None


_OWN_EQUITY = re.compile(
    r"'s?[ ](?:[a-z\-]{1,15}[ ]){0,2}(?:shares|stock|capital|equity|stake|round|funding|financing|ipo|offering)\b"
)
"""After a possessive, the company's own equity: "into Acme's shares", "into Acme's Series B round"."""


_PRICE_THEN_PAYER = re.compile(r"[ ](?:that[ ]|que[ ]|qu')?$")
"""Between a price told first and its payer: "the $600 million (that) Deere paid for", "les 2 Md€ qu'Orange a payés"."""
_PAYER_THEN_VERB = re.compile(r"[ ](?:has[ ]|had[ ])?$")
_FOR_TARGET = re.compile(r"[ ](?:for|pour)[ ]")


def _price_told_first(article: Article, sentence: Sentence, cue: Cue) -> _Parties:
    """Read "the $600 million Deere paid for Timberjack in 1999", "les 2 Md€ qu'Orange a payés pour X".

    A recap of an earlier deal names its price first, then the payer, then what was bought.
    """
    folded = article.folded
    payer = next((c for c in reversed(sentence.companies) if c.end <= cue.start), None)
    if payer is None or not _PAYER_THEN_VERB.fullmatch(folded, payer.end, cue.start):
        return None, None, []
    price = next((m for m in reversed(sentence.money) if m.end <= payer.start and not m.per_unit), None)
    if price is None or not _PRICE_THEN_PAYER.fullmatch(folded, price.end, payer.start):
        return None, None, []
    bought = _FOR_TARGET.match(folded, cue.end)
    target = sentence.company_after(bought.end(), exclude=payer.id, within=_PAID_REACH) if bought else None
    return (payer, target, []) if target is not None else (None, None, [])


def _paid_parties(article: Article, sentence: Sentence, cue: Cue) -> _Parties:
    """Read "X paid $240 million for 1.6% of Y", "it put $150 million into Y shares", "X a déboursé N pour Y".

    The amount must follow the verb, then "for / into / pour" names what was bought. A price per share
    ("will pay $31 a share in cash for Y") tells the deal as well as a total does, though it is no amount of it.
    """
    folded = article.folded
    amount = next((m for m in sentence.money if m.start >= cue.end), None)
    if amount is None or not _PAID_AMOUNT.fullmatch(folded, cue.end, amount.start):
        return _price_told_first(article, sentence, cue)
    price_end = per_unit_end(folded, amount.end) if amount.per_unit else amount.end
    bought = _PAID_FOR.match(folded, price_end, sentence.clauses.span_of(cue.start)[1])
    if bought is None:
        return None, None, []
    target = sentence.company_after(bought.end(), within=_PAID_REACH)
    if target is None or (folded.startswith(("'s ", "' "), target.end) and not _OWN_EQUITY.match(folded, target.end)):
        return None, None, []  # "put $1.6 billion into Tesla's Nevada gigafactory": a plant, not the company
    if bought_from(folded, bought.end(), target):
        return None, None, []  # "paid $5 million for a licence from Y": Y sold something, it is not bought
    buyer = sentence.company_before(cue.start, exclude=target.id) or _unnamed_subject(article, sentence, cue, target.id)
    return buyer, target, [] if sentence.company_before(cue.start) else ["anaphor"]


_SHAREHOLDER_OF = re.compile(
    r"(?:'s|')?[ ](?!(?:is|was|est|reste|remains|devient|becomes|became|demeure)[ ])(?:[a-z\-]{1,12}[ ]){0,2}$"
)
"""Between a company and "shareholder": "the largest Volkswagen shareholder", "Volkswagen's biggest shareholder"."""
_SHAREHOLDER_REACH = 25
_GROUPS = re.compile(
    r"\b(?:the|its)[ ](?:group|company|firm|carmaker|bank|insurer|lender)'s[ ](?:[a-z\-]{1,12}[ ]){0,2}$"
)
"""Before "shareholder": the story's company told by a description ("the group's biggest shareholder")."""
_NAMED_AS = re.compile(
    r"[ ](?:is|remains|was|remained|est|reste|demeure|restait|était)[ ]"
    r"(?:still[ ]|toujours[ ])?(?:the[ ]|le[ ]|la[ ]|l')?"
)
"""After "Y's biggest shareholder": the verb that names the holder next."""
_AS_ITS_RANKED = re.compile(r"[ ](?:as|comme)[ ](?:its|their|son|leur)[ ](?:[a-z\-]{1,15}[ ]){0,2}$")
"""Between the holder and "shareholder" when the owner is the clause's subject: " as its biggest "."""
_RANKED_HOLDER_CUE = re.compile(r"\b(?:largest|biggest|top|second-largest) holder\b")
"""A ranked holder phrase ("the largest holder with 5.1%"): with no company after it, the story's company."""
_RANKED_VERB = re.compile(
    r"\b(?:is|was|remains|remained|becomes|became|est|reste|restait|demeure|devient|était)[ ](?:still[ ]|toujours[ ])?"
    r"(?:the|le|la|l')[ ]?(?:largest|biggest|main|top|second-largest|premier|principal|plus gros)[ ]$"
)
_RANKED_APPOSED = re.compile(
    r",[ ](?:(?:until[ ]now|so[ ]far|until[ ]then|then|previously|formerly|jusque-là|jusqu'alors|jusqu'ici"
    r"|auparavant|désormais|now)[ ])?(?:the[ ]|le[ ]|la[ ]|l')?"
    r"(?:largest|biggest|main|top|second-largest|premier|principal|plus[ ]gros)[ ]$"
)
"""Between a holder and "shareholder" apposed to it with a rank: ", until now the largest ", « , jusque-là premier »."""
_WITH_SIZE = re.compile(r",?[ ](?:with|avec)[ ](?:about[ ]|some[ ]|environ[ ]|près de[ ])?$")
_WITH_SIZE_REACH = 16


def _ranked_with_size(article: Article, sentence: Sentence, cue: Cue) -> bool:
    """A ranked holding with its size but no company: "X remains the largest shareholder, with 59.2%".

    Like a register's "largest holder", it is a holding in the story's company.
    """
    if _RANKED_VERB.search(article.folded, max(sentence.start, cue.start - 40), cue.start) is None:
        return False
    return _sized_after(article, sentence, cue)


def _ranked_apposed_with_size(article: Article, sentence: Sentence, cue: Cue) -> bool:
    """A rank and a size apposed to a holder, no company: "X, until now the largest shareholder with 18%"."""
    apposed = next((c for c in reversed(sentence.companies) if c.end <= cue.start), None)
    if apposed is None or not _RANKED_APPOSED.fullmatch(article.folded, apposed.end, cue.start):
        return False
    return _sized_after(article, sentence, cue)


def _sized_after(article: Article, sentence: Sentence, cue: Cue) -> bool:
    """Whether a holding's size follows a ranked "shareholder" ("..., with 59.2%", "avec 18 % du capital")."""
    size = sentence.percent_after(cue.end, _WITH_SIZE_REACH)
    return (
        size is not None
        and _WITH_SIZE.fullmatch(article.folded, cue.end, size.start) is not None
        and not _SHARE_OF_MARKET.match(article.folded, size.end)  # "with 12% of the votes", "of the market"
    )


_APPOSED_TITLE = re.compile(r",[ ](?:the[ ]|le[ ]|son[ ]|its[ ])?(?:[a-z\-]{1,15}[ ]){0,2}$")


_APPOSED_SHAREHOLDER = re.compile(
    r"(?:[ ,]{1,2}(?:inc|corp|ltd|plc|sa|sas|ag|nv|se|llc|co)\.?)?,[ ]"
    r"(?:(?:the|its|a|an|le|la|l'|son|sa|un|une)[ ]?)?(?:[a-zà-ÿ\-]{1,15}[ ]){0,2}$"
)
"""Between a company and a shareholder noun apposed to it: "X SAS, actionnaire majoritaire de Y", "X, the largest
shareholder of Y" (session 16)."""


def _shareholder_apposed_to(
    article: Article, cue: Cue, before: CompanyMention | None, target: CompanyMention
) -> CompanyMention | None:
    """The company a shareholder noun stands in apposition to (:data:`_APPOSED_SHAREHOLDER`), if not the target."""
    if before is None or before is target:
        return None
    return before if _APPOSED_SHAREHOLDER.fullmatch(article.folded, before.end, cue.start) else None


def _shareholder_parties(article: Article, sentence: Sentence, cue: Cue) -> _Parties:
    """Read "X, premier actionnaire de Y avec 32 %", "X was the largest Y shareholder, with 35 percent"."""
    before = next((c for c in reversed(sentence.companies) if c.end <= cue.start), None)
    if before is not None and _AS_ITS_RANKED.fullmatch(article.folded, before.end, cue.start):
        # "Lagardère lists Vivendi as its biggest shareholder": "its" is the clause's subject, named first.
        owner = sentence.company_before(before.start, exclude=before.id)
        return (before, owner, []) if owner is not None else (None, None, [])
    if before is not None and _SHAREHOLDER_OF.fullmatch(article.folded, before.end, cue.start):
        target: CompanyMention | None = before
    elif _GROUPS.search(article.folded, max(sentence.start, cue.start - 30), cue.start):
        # "The group's biggest shareholder remains X, with 25 %": the story's company, its holder named after.
        target = before = article.focus
    else:
        target = sentence.company_after(cue.end, within=_SHAREHOLDER_REACH)
        if target is not None and _RANKED_AFTER_HOLDER.search(article.folded, cue.end, target.start) is not None:
            target = None  # "the largest holder with 5.1%, ahead of Y at 4.8%": Y is the next holder
    target = target or _ranked_company(article, sentence, cue, before)
    if target is None:
        return None, None, []
    holder = sentence.company_before(cue.start, exclude=target.id)
    if holder is not None and sentence.start <= target.start <= holder.start:
        holder = None
    # "Legrand va racheter X SAS, actionnaire majoritaire de Y": the company the noun is apposed to holds Y.
    holder = _shareholder_apposed_to(article, cue, before, target) or holder
    if holder is None and before is not None and before is not target:
        # "..., directrice générale d'Engie, premier actionnaire de Suez": the company the title is apposed to.
        holder = before if _APPOSED_TITLE.fullmatch(article.folded, before.end, cue.start) else None
    if holder is None and before is target and (named := _NAMED_AS.match(article.folded, cue.end)) is not None:
        # "Lagardère's biggest shareholder is Vivendi, with 27 %": the holder named after the verb.
        holder = sentence.company_after(named.end(), exclude=target.id, within=0)
    if holder is None:
        holder = _apposed_holder(article, sentence, cue.end if before is target else target.end, target)
    if holder is None:
        holder = _unnamed_subject(article, sentence, cue, target.id)
        return holder, target, ["anaphor"] if holder else []
    return holder, target, []


_HELD_INTRO = re.compile(
    r"\b(?:capital|stake|holding|shareholding|participation|shareholder|actionnaire)[ ](?:[a-zà-ÿ\-]{1,12}[ ]){0,2}?"
    r"(?:of|in|de|du|d'|dans(?:[ ]le[ ]capital[ ]d(?:e|u|'))?)[ ]?(?:the[ ]|le[ ]|la[ ]|l')?"
    r"(?:(?:groupe|group|société|company|firm|constructeur|carmaker|lender|banque|bank)[ ])?$"
)
"""Right before the company a holding is in: "its stake in ", « sa participation au capital du groupe »."""
_HELD_REACH = 800
"""How far back the company held may be told before a ranked holder that names none."""


def _held_told_before(article: Article, pos: int, holder: CompanyMention | None) -> CompanyMention | None:
    """The company last told as held shortly before ``pos``, not the ranked ``holder`` itself.

    "raised its stake in Y. ... X, until now the largest shareholder with 18%": the ranking is of Y's holders,
    whichever firm the story names most.
    """
    for company in reversed(article.companies):
        if company.end > pos or (holder is not None and company.id == holder.id):
            continue
        if company.start < pos - _HELD_REACH:
            return None
        if _HELD_INTRO.search(article.folded, max(0, company.start - 50), company.start) is not None:
            return company
    return None


def _ranked_company(
    article: Article, sentence: Sentence, cue: Cue, before: CompanyMention | None
) -> CompanyMention | None:
    """The company of a ranked holder told without it, or None.

    "According to the register, X was the largest holder with 5.1%": a register of the story's company; "X remains
    the largest shareholder, with 59.2%": the same, the rank and size told without the company (the company last told
    as held, else the story's); "X, until now the largest shareholder with 18%": the company last told as held only.
    """
    if _RANKED_HOLDER_CUE.search(article.folded, cue.start, cue.end) is not None or _ranked_with_size(
        article, sentence, cue
    ):
        return _held_told_before(article, cue.start, before) or article.focus
    if _ranked_apposed_with_size(article, sentence, cue):
        return _held_told_before(article, cue.start, before)
    return None


_APPOSED_NAME = re.compile(r",[ ](?:the[ ]|le[ ]|la[ ]|l')?")
"""Right after "Y's largest shareholder" / "the largest shareholder of Y": a comma, then the holder's name."""


def _apposed_holder(article: Article, sentence: Sentence, end: int, target: CompanyMention) -> CompanyMention | None:
    """The holder apposed to a ranked-shareholder phrase ending at ``end``.

    "Chrysler's largest shareholder, the union trust VEBA, with 59%" and "the largest shareholder of Y, X, backed
    the plan" name the holder after the phrase, as an apposition; no company before the phrase holds anything.
    """
    comma = _APPOSED_NAME.match(article.folded, end)
    if comma is None:
        return None
    return sentence.company_after(comma.end(), exclude=target.id, within=0)


_INTO_THE_CAPITAL = re.compile(
    r"[ ](?:au|dans le|into the|in the)[ ](?:capital|tour de table)\b(?:[ ](?:de|d'|of)[ ]?)?|[ ](?:dans|in)[ ]"
)
_ENTRY_REACH = 60
_AND_OF = re.compile(r"[ ](?:et|and)[ ](?:du|de la|de l'|des|de|d'|of)?[ ]?(?:[a-zà-ÿ\-]{1,15}[ ]){0,2}")
"""Between two newcomers: " et du chinois ", " and of " (read on the original text: the next name is capitalised)."""


def _joined_after(article: Article, sentence: Sentence, first: CompanyMention) -> list[CompanyMention]:
    """The companies joined to ``first`` by "et du chinois" / "and of": "l'entrée de l'État et du chinois Dongfeng"."""
    joined: list[CompanyMention] = []
    last = first
    while (link := _AND_OF.match(article.text, last.end)) is not None:
        other = sentence.company_after(link.end(), within=0)
        if other is None or other.id == first.id:
            break
        joined.append(other)
        last = other
    return joined


def _entry_parties(article: Article, sentence: Sentence, cue: Cue) -> _Parties:
    """Read "l'entrée de X (et du chinois Y) au capital (de Z)": X takes a stake in Z, or in the article's company.

    The holders follow the noun; "au capital" must close them, naming the company or not.
    """
    holder = sentence.company_after(cue.end, within=_BARE_VERB_REACH + 10)
    if holder is None:
        return None, None, []
    holders = [holder, *_joined_after(article, sentence, holder)]
    last = holders[-1].end
    capital = _INTO_THE_CAPITAL.search(article.folded, last, min(sentence.end, last + _ENTRY_REACH))
    if capital is None:
        return None, None, []
    bare = capital.group().rstrip().endswith(("capital", "tour de table"))
    # "au capital de Z" names Z within a few words; "la prise de participation de X dans Z" at once.
    in_company = not bare and not capital.group().startswith((" au", " dans le", " into", " in the"))
    named = sentence.company_after(capital.end(), exclude=holder.id, within=0 if in_company else _BUYER_REACH)
    if named is not None and not bare:
        return holder, named, []
    if in_company:
        return None, None, []
    # "au capital" alone: the capital of the company the article is most about, none of the newcomers.
    counts = Counter(c.id for c in article.companies if all(c.id != h.id for h in holders))
    target = next((c for c in article.companies if counts and c.id == counts.most_common(1)[0][0]), None)
    return holder, target, ["anaphor"]


_MERGER_NOUN = re.compile(r"(?:projet de )?(?:merger|combination|fusion)[ ]")
_ORIGIN_BEFORE = re.compile(
    r"\b(?:formed|created|born|borne|resulting|emerged|issue?s?|née?s?|résultant|formée?|créée?)[ ]"
    r"(?:from|of|by|through|out of|de|d'|du)[ ]?(?:(?:the|a|la|l'|une)[ ]?)?(?:[a-zà-ÿ\-]{1,15}[ ]){0,2}$"
)
"""Before a merger noun: the origin of a company the sentence describes ("formed from the merger of", "issu de la
récente fusion de"), background rather than news."""


def _merger_parties(article: Article, sentence: Sentence, cue: Cue) -> _Parties:
    """Read a merger of two named parties: "the merger of X and Y", "X and Y agreed to merge", "leur fusion".

    The first party named stands as the buyer, the second as the target. With no pair, the noun reads as any deal
    noun ("la fusion de X avec Y") and the verb as an active one ("X agreed to merge with Y").
    """
    folded = article.folded
    if _ORIGIN_BEFORE.search(folded, max(sentence.start, cue.start - 40), cue.start):
        return None, None, []  # "Wavemaker, formed from the merger of MEC and Maxus": a description's origin
    first = sentence.company_after(cue.end, within=_DESCRIBED_NAME_REACH)
    second = sentence.company_after(first.end, exclude=first.id, within=_PAIR_REACH) if first else None
    if first is not None and second is not None and _PAIR_JOINT.fullmatch(folded, first.end, second.start):
        return first, second, []
    if (pair := _pair_before(article, sentence, cue)) is not None:
        return (*pair, [])
    first, second = _the_two(article, sentence, cue)
    if first is not None and second is not None:
        return first, second, ["anaphor"]
    if _MERGER_NOUN.match(folded, cue.start):
        return _noun_deal_parties(article, sentence, cue)
    return _active_deal_parties(article, sentence, cue)


_DEAL_READERS: dict[str, Callable[[Article, Sentence, Cue], _Parties]] = {
    "merger": _merger_parties,
    "entry": _entry_parties,
    "shareholder": _shareholder_parties,
    "passive": _passive_deal_parties,
    "raise": _raise_parties,
    "noun": _noun_or_subordinate_bidder,
    "sale": _sale_parties,
    "paid": _paid_parties,
}
"""How each deal frame places its parties; any other frame reads "buyer before, target after"."""


def _reported_subject_of(article: Article, sentence: Sentence, cue: Cue, exclude: str | None) -> CompanyMention | None:
    """The speaker when ``cue`` sits in a reported clause naming no company before it.

    "X said it would buy Y", "X said on Tuesday its holding in Y had risen", "X a annoncé avoir
    racheté Y": the reported fact is the speaker's own. A speaker told by a description ("the
    German group said") is the previous sentence's subject.
    """
    speech = next(
        (c for c in reversed(sentence.cues) if c.family == "clause" and c.detail == "speech" and c.end <= cue.start),
        None,
    )
    if speech is None or any(speech.end <= c.start < cue.start for c in sentence.companies):
        return None
    speaker = sentence.company_before(speech.start)
    if speaker is not None and _in_description_apposition(article, sentence, speaker, speech.start):
        speaker = None  # "La jeune entreprise, créée par un ancien d'Atos, annonce ...": not Atos
    if speaker is None and (
        article.anaphor_before(max(sentence.start, speech.start - 40), speech.start)
        or article.anaphor_at(sentence.clauses.span_of(speech.start)[0]) is not None
    ):
        speaker = article.previous_subject(sentence.index)
    return speaker if speaker is not None and speaker.id != exclude else None


def _capital_company(article: Article, sentence: Sentence, cue: Cue) -> CompanyMention | None:
    """Whose capital "holds 10% of the company" means: the company of a relative aside, else the story's.

    An owner in the holder's description is not it ("Le groupe contrôlé par la famille X détient 12 %
    du capital de ...").
    """
    aside = _aside_company(sentence, cue)
    if aside is not None and _in_description_apposition(article, sentence, aside, cue.start):
        aside = None
    return aside or article.focus


def _aside_company(sentence: Sentence, cue: Cue) -> CompanyMention | None:
    """The last company named in a relative aside before ``cue`` ("X, which bought Y in 2018, holds ...": Y)."""
    for company in reversed(sentence.companies):
        aside = sentence.clauses.aside_at(company.start)
        if company.end <= cue.start and aside is not None and aside[2] == "relative":
            return company
    return None


def _unnamed_subject(article: Article, sentence: Sentence, cue: Cue, exclude: str) -> CompanyMention | None:
    """Who acts in a deal clause that names nobody before its verb: the speaker, or what "the group" stands for.

    The description may stand right before the verb ("the group bought") or open the clause ("Le
    spécialiste des paiements a mené à bien l'acquisition de X").
    """
    named = _reported_subject_of(article, sentence, cue, exclude) or _acting_anaphor(article, sentence, cue, exclude)
    if named is None and article.anaphor_at(sentence.clauses.span_of(cue.start)[0]) is not None:
        named = _anaphor_company(article, sentence, exclude, cue.start)
    return named


_AMOUNT_INTO = re.compile(
    r"[ ](?:(?:d'environ|de|près de|plus de|quelque|environ)[ ]){0,2}\d[\d.,]*[ ](?:millions?|milliards?|m|md)[ ]"
    r"(?:d'euros|de dollars|d'eur|€|\$)[ ](?:dans|au capital de|au capital d')[ ]?(?:[a-zà-ÿ'\-]{1,20}[ ]?){0,4}"
)
"""Between "participation" and the company: the price of the stake ("de 15 millions d'euros dans l'usine")."""


def _deal_kind(folded: str, sentence: Sentence, cue: Cue, target: CompanyMention) -> tuple[str, float | None] | None:
    """A percentage below 100 next to the deal makes it a stake; "stake in" without one is unreadable."""
    window_end = max(target.start, cue.end)
    # A percentage in a parenthesis is a share move ("(-4,97 % à 102,20 dollars)"), never the stake bought;
    # one in the cue's own aside is its stake ("Vivendi, qui possède 27 % de Lagardère, ..."), and a cue in an aside
    # takes no size from the main clause ("Meta, which also owns Instagram, bought 49% of Scale AI").
    own_aside = sentence.clauses.aside_at(cue.start)
    # "Apple holds 20% of the smartphone market, ahead of Samsung at 18%": a market share, so no size at all.
    market_share = cue.family == "stake" and _market_share_after(folded, sentence, cue)
    told = next(
        (
            p
            for p in sentence.percents
            if not market_share
            and cue.start - _PERCENT_REACH <= p.start <= window_end + _PERCENT_REACH
            and sentence.clauses.aside_at(p.start) == own_aside
            and not _NOT_A_SIZE.match(folded, p.end)
            and not _SHARE_MOVE.search(folded, max(sentence.start, p.start - _SHARE_MOVE_REACH), p.start)
            and not _SHARE_OF_MARKET.match(folded, p.end)
        ),
        None,
    )
    stake_pct = _size_moved_to(folded, sentence, told).value if told is not None else None
    if stake_pct is None and cue.family == "stake" and cue.start < target.start:
        stake_pct = _size_held_after(folded, sentence, target) or _size_after_step(folded, sentence, target)
    # "une participation de 15 millions d'euros dans X": a stake told by its price, not its size.
    priced = cue.family == "stake" and _AMOUNT_INTO.fullmatch(folded, cue.end, target.start) is not None
    # "took a majority stake in X", "a pris une participation majoritaire dans X", "sold its controlling interest in
    # X to Y": control changes hands, whatever verb tells it.
    control = _control_of(folded, sentence, cue, target) and (stake_pct is None or stake_pct > _MAJORITY)
    if (
        control
        or cue.detail in ("into", "entry")
        or (cue.detail == "paid" and _SHARES.match(folded, target.end))
        or priced
    ):
        size = stake_pct if stake_pct is not None and stake_pct < FULL_OWNERSHIP else None
        return ("acquisition" if control else "stake"), size
    if stake_pct is not None and stake_pct < FULL_OWNERSHIP:
        # "l'acquisition de 80 % d'Axepta": buying a majority is taking control; "owns 77.8 %" stays a holding.
        return ("acquisition" if cue.family == "acquisition" and stake_pct > _MAJORITY else "stake"), stake_pct
    if _THE_REST.search(folded, cue.end, target.start):
        return "acquisition", None  # "offre sur le solde du capital de Suez": the buyer takes the rest, so control
    if any(c.family == "stake" and cue.end <= c.start <= target.start for c in sentence.cues) or _ranked_holder(
        folded, sentence, cue
    ):
        # "to acquire a stake in Anthropic", "Fininvest, the biggest shareholder of Mediaset": a stake of unstated size.
        return "stake", None
    if cue.family == "stake":
        # "X raised its stake in Y, lifting its holding to 6 %": a stake of the size the resize phrase gives; "took a
        # stake in Y", « a renforcé sa participation dans Y »: the cue names the holding, so a stake of unstated size.
        told_holding = (
            _resized_later(sentence, cue) or _names_holding_taken(folded, cue) or counted_holding(folded, cue, target)
        )
        resized: tuple[str, float | None] | None = ("stake", None) if told_holding else None
        return ("acquisition", stake_pct) if stake_pct is not None else resized
    # "X put $15 million into Y": the money funds Y, it buys no control.
    funded = cue.detail == "paid" and stake_pct is None and funds_company(folded, cue, target)
    return ("investment", None) if funded else (cue.family, stake_pct if cue.family == "acquisition" else None)


_HOLDING_NOUN = re.compile(r"\b(?:stake|stakes|holding|shareholding|participation|parts)\b")
"""A holding named by a stake cue's own words ("took a stake", "raised its holding in", « sa participation dans »)."""
_HOLDING_CUT = re.compile(
    r"\b(?:cut|cuts|reduc\w*|trim\w*|lower\w*|pared|réduit|allég\w*|abaiss\w*|diminu\w*|ramen\w*)\b"
)
"""A verb lowering a holding: what is left is no holding taken, and the rows that read a cut say its size."""


def _names_holding_taken(folded: str, cue: Cue) -> bool:
    """Whether a stake cue is itself a holding taken or raised, so it tells a stake when no size is given.

    "Tencent took a stake in Ubisoft", "Toyota has increased its holding in Subaru", « Vivendi a accru sa
    participation dans Lagardère »: the words say a holding changed hands, whatever its size. A bare verb of
    having ("owns Instagram", « détient Y ») names no holding and needs a size; a holding cut is read elsewhere.
    """
    return _HOLDING_NOUN.search(folded, cue.start, cue.end) is not None and not _HOLDING_CUT.search(
        folded, cue.start, cue.end
    )


_FROM_TO = re.compile(r"[ ](?:to|à)[ ](?:about[ ]|around[ ]|environ[ ]|près de[ ])?$")
"""Between a holding's old and new size: "from 30.9 per cent to 28.9 per cent", "de 30,9 % à 28,9 %"."""


def _size_moved_to(folded: str, sentence: Sentence, size: PercentMention) -> PercentMention:
    """The size a holding moved to when ``size`` is where it started ("reduced its holding from 30.9% to 28.9%")."""
    after = sentence.percent_after(size.end, _FROM_TO_REACH)
    if after is not None and _FROM_TO.fullmatch(folded, size.end, after.start) is not None:
        return after
    return size


_FROM_TO_REACH = 16
_STEP_TO = re.compile(
    r"[ ](?:by|de)[ ](?:about[ ]|around[ ]|environ[ ]|près de[ ])?[\d.,]+[ ]?(?:percentage[ ]points?|points?"
    r"|points[ ]de[ ]pourcentage|per[ ]?cent|%)[ ](?:to|à)[ ](?:about[ ]|around[ ]|nearly[ ]|environ[ ]|près de[ ])?"
)
"""Right after a moved holding's company, its step then its new size: "raised its holding in X by 1.78 percentage
points to 29.79%", « a relevé sa participation dans X de 2 points à 12 % »."""


def _size_after_step(folded: str, sentence: Sentence, target: CompanyMention) -> float | None:
    """The new size told after the step a holding moved by (see :data:`_STEP_TO`)."""
    step = _STEP_TO.match(folded, target.end)
    if step is None:
        return None
    return next((p.value for p in sentence.percents if p.start == step.end()), None)


_HELD_AFTER = re.compile(
    r"(?:[ ][a-z]{2,4})?(?:,[ ](?:dont|of which|in which)|[ ]dont|,?[ ](?:et|and))[ ]"
    r"(?:(?:il|elle|it|the fund|le fonds)[ ])?"
    r"(?:(?:now|already|désormais|déjà|maintenant)[ ])?(?:détient|possède|contrôle|owns|holds|controls)[ ]"
    r"(?:(?:désormais|déjà|maintenant|now)[ ])?(?:(?:plus de|près de|more than|nearly|about|environ)[ ])?"
)
"""After a raised holding's company, a relative or a verb sharing its subject that gives its size: "a augmenté sa
participation dans X, dont il détient désormais 15,27 % du capital", « dans X dont il détient 21 % », "raised its
stake in X, of which it now owns 30%", « dans X et détient désormais 7 % de son capital », "and now holds 9.9%"."""


def _size_held_after(folded: str, sentence: Sentence, target: CompanyMention) -> float | None:
    """The size a relative right after the target gives to the holding the cue told (see :data:`_HELD_AFTER`)."""
    held = _HELD_AFTER.match(folded, target.end)
    if held is None:
        return None
    # "... et détient désormais 30 % du marché": a share of a market, not of the company.
    return next(
        (p.value for p in sentence.percents if p.start == held.end() and not _SHARE_OF_MARKET.match(folded, p.end)),
        None,
    )


def _buys_goods(folded: str, sentence: Sentence, cue: Cue, target: CompanyMention) -> bool:
    """Whether a purchase verb buys goods rather than a company.

    Goods come from a seller named after "from" (whoever the target was read to be), or are so many of the
    target's products ("12 Boeing 737 jets").
    """
    if not _BUY_VERB.search(folded, cue.start, cue.end):
        return False
    goods = _BOUGHT_FROM.match(folded, cue.end)
    seller = sentence.company_after(goods.end(), within=_SELLER_REACH) if goods is not None else None
    if (
        goods is not None
        and (target.start < cue.start or goods.end() <= target.start)
        and (seller is None or seller.id == target.id)
    ):
        return True  # not "bought Telecom Italia from its founders" (the target before "from"), nor "bought from X Y"
    counted = _COUNTED_GOODS.match(folded, cue.end, target.start)
    # "would buy 20 new Airbus jets", "achètera 40 rames Alstom": so many of the target's products.
    return counted is not None and _GOODS_WORDS.fullmatch(folded, counted.end(), target.start) is not None


_CONTROL_STAKE = re.compile(
    r"\b(?:controlling|majority|majoritaires?|de contrôle|de majorité)[ ](?:[a-z\-]{1,15}[ ]){0,2}"
    r"(?:stake|interest|holding|shareholding|participation|part)s?\b"
    r"|\b(?:participation|part|stake)s?[ ](?:de contrôle|majoritaires?)\b"
)
"""A stake that gives control: "a controlling interest", "a majority stake", "une participation majoritaire"."""
_BECAME_MAJORITY = re.compile(
    r"\b(?:devenu|devenue|devient|deviendra|deviendrait|become|became|becomes|becoming)\b[^,;.]{0,30}?"
    r"\b(?:actionnaires?[ ]majoritaires?|majority[ ](?:shareholder|owner)s?)\b"
)
"""Control taken, told as a change of state: "est devenu fin 2020 l'actionnaire majoritaire de", "became the
majority owner of". Being the majority shareholder ("est l'actionnaire majoritaire de") is a holding, not a deal."""
_BECAME_REACH = 60


def _control_of(folded: str, sentence: Sentence, cue: Cue, target: CompanyMention) -> bool:
    """Whether the stake a deal cue reads is a controlling one, told in the cue or between it and the target."""
    start = max(sentence.start, cue.start - 25)
    end = target.start if target.start > cue.end else cue.end
    became = _BECAME_MAJORITY.search(folded, max(sentence.start, cue.start - _BECAME_REACH), end)
    return _CONTROL_STAKE.search(folded, start, end) is not None or became is not None


def _market_share_after(folded: str, sentence: Sentence, cue: Cue) -> bool:
    """Whether the first percentage after a holding verb is a share of a market, of sales or of votes."""
    first = sentence.percent_after(cue.end, _PERCENT_REACH)
    return first is not None and _SHARE_OF_MARKET.match(folded, first.end) is not None


def _resized_later(sentence: Sentence, cue: Cue) -> bool:
    """Whether a resize phrase after ``cue`` states the holding's new size ("..., lifting its holding to 6 %")."""
    return any(c.family == "stake" and c.detail == "resize" and c.start > cue.end for c in sentence.cues)


_RANKED_BEFORE = re.compile(
    r"(?:,|\b(?:becomes|became|has become|will become|devient|est devenu|deviendra|deviendrait))[ ]"
    r"(?:the|its|le|son|l')[ ]?(?:largest|biggest|main|top|leading|second-largest|second-biggest|third-largest"
    r"|premier|principal|plus gros|deuxième|second)[ ](?:[a-z\-]{1,12}[ ])?$"
)
_BECOMES = re.compile(r"[a-z]")
"""A ranked phrase opened by a verb ("became the largest"), not by the comma of an apposition."""
_RANKED_AFTER = re.compile(r"[ ](?:majoritaire|de référence|principal|de contrôle)\b")
_RANK_REACH = 40


def _ranked_holder(folded: str, sentence: Sentence, cue: Cue) -> bool:
    """A ranked shareholder: in apposition, become one, or "majoritaire".

    "X, the biggest shareholder of Y,", "X became the largest shareholder in Y", "X devient le principal actionnaire
    de Y", "l'actionnaire majoritaire de Y".
    """
    if cue.detail != "shareholder":
        return False
    before = _RANKED_BEFORE.search(folded, max(sentence.start, cue.start - _RANK_REACH), cue.start)
    becomes = before is not None and _BECOMES.match(folded, before.start()) is not None
    if becomes and sentence.money:
        # "ASML apporte 1,3 milliard et devient le premier actionnaire": the money's deal (a round, a paid stake)
        # is read by its own cue; becoming the top holder is its outcome, not another deal.
        return False
    ranked_after = _RANKED_AFTER.match(folded, cue.end) is not None
    return before is not None or ranked_after or _rank_then_name(folded, sentence, cue)


_RANK_WORD = re.compile(
    r"\b(?:largest|biggest|main|top|leading|second-largest|second-biggest|premier|principal|plus gros)[ ]$"
)


def _rank_then_name(folded: str, sentence: Sentence, cue: Cue) -> bool:
    """A ranked shareholder phrase whose holder is apposed after it.

    "Y's largest shareholder, X," and "the largest shareholder of Y, X," name the holder last, so the rank, not the
    word order, tells a holding.
    """
    if not _RANK_WORD.search(folded, max(sentence.start, cue.start - 20), cue.start):
        return False
    held = sentence.company_after(cue.end, within=1)
    comma = _APPOSED_NAME.match(folded, held.end if held is not None else cue.end)
    return comma is not None and sentence.company_after(comma.end(), within=0) is not None


_SALES_FIGURE_GAP = 8
"""Between an amount and a revenue word that makes it a sales figure: "23 millions d'euros de ventes"."""
_REVENUE_OF_GAP = 5
"""Between a revenue word and its amount: "un chiffre d'affaires de 1 508 ME", "revenue of $2bn"."""


_DEAL_OPPOSED = re.compile(
    r"\b(?:oppose|opposes|opposed|opposing|fight|fights|fighting|block|blocks|blocking|challenge|challenging|resist"
    r"|resisting|derail|derailing|vote[ ]against|voting[ ]against|s'opposer[ ]à|s'oppose[ ]à|bloquer|contester"
    r"|torpiller)"
    r"[ ](?:the|a|an|its|this|that|le|la|l'|cette|ce)[ ]?(?:(?:nearly|about|some|proposed|planned|près[ ]de)[ ])?$"
)
"""Right before an amount: a deal the sentence's buyer opposes ("building a stake ... to oppose the nearly $16 billion
buyout deal", « pour s'opposer à l'OPA de 2 milliards »): its size is the opposed deal's, never the stake's price."""


def _size_of_opposed_deal(folded: str, sentence: Sentence, money: MoneyMention) -> bool:
    """Whether ``money`` sizes a deal the sentence opposes or fights (:data:`_DEAL_OPPOSED`)."""
    return _DEAL_OPPOSED.search(folded, max(sentence.start, money.start - 50), money.start) is not None


def _sales_figure(sentence: Sentence, money: MoneyMention) -> bool:
    """Whether ``money`` is a turnover ("$2 billion in revenue"), never the price of a deal told nearby."""
    return any(
        c.family == "revenue"
        and (money.end <= c.start <= money.end + _SALES_FIGURE_GAP or c.end <= money.start <= c.end + _REVENUE_OF_GAP)
        for c in sentence.cues
    )


def _inside_sale(sentence: Sentence, cue: Cue) -> bool:
    """Whether ``cue`` belongs to a sale told before it in its clause: "sold its stake in Y to Z" is Z's deal."""
    clause_start = sentence.clauses.span_of(cue.start)[0]
    return cue.detail != "sale" and any(
        c.detail == "sale" and c.family == "acquisition" and clause_start <= c.start and c.end <= cue.start
        for c in sentence.cues
    )


_RAISE_FILLER = re.compile(
    r"[ ]*(?:(?:a|an|another|a further|an additional|additional|fresh|new|nearly|almost|about|around|roughly"
    r"|some|over|more than|less than|up to|at least|close to|just over|just under|a total of|a combined|total"
    r"|près de|plus de|environ|quelque|au total|un total de|pas moins de|un peu plus de|moins de|encore"
    r"|en effet|ainsi|donc|également|aussi|désormais|now|also|successfully|oversubscribed|upsized|maiden"
    r"|sursouscrite?)[ ]+)*"
)
"""Between a fund-raising verb and its amount: "raised a further $20m", "lève ainsi près de 5 M€", "closed an
oversubscribed $200m Series C"."""
_TOLD_BETWEEN = re.compile(r"\b(?:that|que|qu'|said|says|told|reported|reports|according|selon)\b")
"""Between a company and a raise verb: a report's words, so the company is the source, not the one raising."""
_FUNDING_NOUN = re.compile(
    r"(?:[ ][\w\-']+){0,3}?[ ](?:funds?|fonds|funding|capital|capitaux|money|cash|financing|financement|round|series"
    r"|seed|pre-seed|investments?|equity|debt|loans?|backing|tranche|tour|série|amorçage|levée|argent|dette|prêts?)\b"
)
"""A funding noun among the first words after the verb: "raised fresh capital", "lève des fonds"."""
_RAISE_OTHER_OBJECT = re.compile(
    r"[ ](?:its|his|her|their|our|the|son|sa|ses|leur|leurs|le|la|les|l'|[a-zà-ÿ][a-zà-ÿ\-]{2,}(?<!\bfrom)(?<!\bwith)"
    r"(?<!\bduring)(?<!\bsince)(?<!\blast)(?<!\bthis)(?<!\band)(?<!\bauprès)(?<!\bdepuis)(?<!\bpour))\b"
)
"""What a raise verb takes when it raises no money: "raised its price target", "raises quarterly dividend",
"lève le voile". A preposition or conjunction ("raised from", "a levé auprès de") opens no object."""


_CONTRACT_AMOUNT = re.compile(
    r"(?:[ ]?\([^()]{1,25}\))?(?:[ ](?!to\b|for\b|from\b|in\b|of\b|financing\b|funding\b|loan\b|credit\b|debt\b"
    r"|equity\b|investment\b)[a-z\-]{1,15}){0,3}[ ](?:contracts?|orders?|contrats?|commandes?|deals?(?=[ ]with[ ]))\b"
)
"""Right after an amount, what makes it a contract's value: "$313m maintenance contract", "$2bn order"."""

_CONTRACT_WON = re.compile(
    r"[ ](?:(?:a|an|the|its|un|une|le|son)[ ])?(?:[a-z\-]{1,15}[ ]){0,2}(?:contracts?|orders?|contrats?|commandes?)\b"
)
"""After a fund-raising verb (its article may be part of the cue), a contract it won: "secured a contract worth
$5m", "a décroché une commande"."""


def _raises_money(folded: str, cue: Cue, priced: list[MoneyMention]) -> bool:
    """Whether a fund-raising verb's object is money: an amount at once, a funding noun, or none named.

    "Citi raised its price target from $80 to $103", "raised its quarterly dividend" and "secured a
    contract worth $5m" raise no funds, though an amount stands in the clause.
    """
    if _CONTRACT_WON.match(folded, cue.end) or raises_a_fund(folded, cue):
        return False  # "secured a contract", "has closed a fifth fund of $175M": no round in a company
    after = next((m for m in priced if m.start >= cue.end), None)
    if after is not None and _CONTRACT_AMOUNT.match(folded, after.end):
        return False  # "secured a $313m rail contract", "a décroché une commande de 40 M€": a sale, not funds
    if _RECEIPT_VERB.fullmatch(folded, cue.start, cue.end):
        return _receives_funds(folded, cue, after)
    if after is not None and _RAISE_FILLER.fullmatch(folded, cue.end, after.start):
        return True
    if _FUNDING_NOUN.match(folded, cue.end, cue.end + 60):
        return True
    return _RAISE_OTHER_OBJECT.match(folded, cue.end) is None


_RECEIPT_VERB = re.compile(r"(?:has[ ])?(?:got|gets|received|receives|obtained)(?:[ ]an?)?|(?:a[ ])?(?:reçu|reçoit)")
"""The raise rows that say only that money came in ("Y got $12M from A"): anything may be received."""
_RECEIVED_FUNDS = re.compile(
    r"[ ](?:(?:new|fresh|additional|more|further|seed|venture|early|its[ ]first)[ ])?"
    r"(?:funding|financing|investments?|backing|venture[ ]capital)\b"
    r"|[ ](?:un|de[ ]nouveaux|des)[ ](?:financements?|investissements?|apports?[ ]en[ ]capital)\b"
)
"""Right after a verb of receiving with no amount: the funds themselves ("received funding from A")."""
_PAID_NOT_INVESTED = re.compile(
    r"[ ](?:in[ ])?(?:(?:an?|the)[ ])?(?:up[ -]?front|milestones?|royalt(?:y|ies)|licen[cs]e|payments?|fees?|damages"
    r"|settlement|compensation|dividends?|grants?|prize|refunds?|subsid(?:y|ies)"
    r"|de[ ](?:subventions?|redevances?|dommages|indemnités?|dividendes?|prime)|en[ ](?:subventions?|dividendes?))\b"
)
"""After an amount received: what makes it a payment, not funds raised ("gets $20 million up front")."""


def _receives_funds(folded: str, cue: Cue, after: MoneyMention | None) -> bool:
    """Whether a verb of receiving takes funds: an amount that is no payment, or a funding noun right after it.

    Anything may be received ("got approval from Helmridge Capital", "gets $20 million up front" for a licence), so
    the looser tests of "raised" (a funding noun a few words on, no other object) do not apply.
    """
    if _RECEIVED_FUNDS.match(folded, cue.end):
        return True
    return (
        after is not None
        and _RAISE_FILLER.fullmatch(folded, cue.end, after.start) is not None
        and not _PAID_NOT_INVESTED.match(folded, after.end)
    )


_DISPOSAL_OF_OWN = re.compile(
    r"\b(?:sold|sells|selling|sell|offload(?:ed|s|ing)?|unload(?:ed|s|ing)?|dump(?:ed|s|ing)?|divest(?:ed|s|ing)?"
    r"|exit(?:ed|s|ing)?|distribut(?:ed|es|e|ing)|spun[ ]off|spins?[ ]off|disposed[ ]of|dispose[ ]of"
    r"|c[èé]de(?:nt|r)?|a[ ]cédé|cédé|vend(?:ent|re|u)?|a[ ]vendu|distribu(?:é|e|er|ent)|a[ ]distribué|sold[ée])\b"
    r"(?:[ ](?!and\b|et\b|but\b|mais\b|to\b)[^ .;:]+){0,8}?"
    r"[ ](?:its|their|sa|son|ses|leur|leurs)[ ](?:(?:entire|remaining|whole|residual|[\d.,]+[ ]?%|per[ ]cent|percent"
    r"|résiduelle|restante|entière)[ ]){0,3}$"
)
"""Before a stake cue: the holder sells or hands out its own holding ("offloaded its entire stake in Y", "a distribué
à ses actionnaires l'essentiel de sa participation dans Y"), an exit, not a stake taken."""
_SOLD_TO = re.compile(r"[^.;]{0,40}?\b(?:to|à|au|aux)[ ](?:[\w'\-]+[ ]){0,3}?$")
"""Between a disposed stake's company and a later company: that company is its buyer ("sold its stake in Y to Z")."""


def _disposed_holding(article: Article, sentence: Sentence, cue: Cue, target: CompanyMention) -> bool:
    """Whether a stake cue tells a holding its owner sells or distributes, with no buyer named after it.

    The seller's exit is no stake taken: "HSBC offloaded its entire 1% stake in EIH", "Vivendi avait distribué à ses
    actionnaires l'essentiel de sa participation dans UMG". With a buyer ("sold its stake in Y to Z") the sale frame
    tells Z's deal, so this reading is left to it.
    """
    if cue.family != "stake" or target.start < cue.end:
        return False
    before = article.folded[max(sentence.start, cue.start - 80) : cue.start]
    if _DISPOSAL_OF_OWN.search(before) is None:
        return False
    buyer = sentence.company_after(target.end, exclude=target.id, within=60)
    return buyer is None or _SOLD_TO.fullmatch(article.folded, target.end, buyer.start) is None


_SELLERS_STAKE = re.compile(
    r"(?:[ ]\([^()]{1,30}\))?,?[ ](?:sa|son|ses|its|their|leur|leurs)[ ](?:[\w,.]+[ ]?%[ ]|entire[ ]|whole[ ])?"
    r"(?:participation|participations|parts|actions|titres|stake|holding|shares)\b"
)
"""Right after a purchase verb's object: that company's own holding, so it is the seller ("racheter à la famille X sa
participation de 24 % dans Y", "bought from Z its 10% stake in Y"); the stake cue tells the buyer's stake."""


def _seller_of_stake(folded: str, cue: Cue, target: CompanyMention) -> bool:
    """Whether a purchase verb's company is the seller of the holding named right after it, not a company bought."""
    return (
        cue.family == "acquisition" and target.start > cue.end and _SELLERS_STAKE.match(folded, target.end) is not None
    )


def _purchase_of_sellers_stake(folded: str, sentence: Sentence, cue: Cue, holder: CompanyMention | None) -> Cue | None:
    """The purchase verb whose seller ``holder`` is, when a stake cue tells the holding it sells.

    "racheter à Z sa participation de 24 % dans Y": Z only held it; None when no such verb stands before Z.
    """
    if holder is None or not _SELLERS_STAKE.match(folded, holder.end) or holder.end + 30 < cue.start:
        return None
    return next(
        (
            c
            for c in reversed(sentence.cues)
            if c.family == "acquisition" and c.detail == "active" and c.end <= holder.start
        ),
        None,
    )


def _buyer_of_sellers_stake(
    article: Article, sentence: Sentence, purchase: Cue, seller: CompanyMention
) -> CompanyMention | None:
    """The subject of the purchase verb, which takes the seller's holding.

    None when "the company" or "ce dernier" stands for it between (an antecedent this reader cannot tell).
    """
    buyer = sentence.company_before(purchase.start, exclude=seller.id)
    if buyer is None or article.anaphor_before(buyer.end, purchase.start):
        return None
    return None if _THE_LATTER.search(article.folded, buyer.end, purchase.start) else buyer


_THE_LATTER = re.compile(r"\b(?:ce dernier|cette dernière|celui-ci|celle-ci|the latter)\b")
"""Between a company and a purchase verb: a subject that stands for one of several companies named before."""


_KIND_BEFORE_NAME = re.compile(
    r"[ ](?:(?!(?:to|from|for|by|with|and|or|of|in|at|on|à|au|aux|de|du|des|et|par|pour|avec)[ ])"
    r"[a-z\-]{2,15}[ ]){0,2}?"
    r"(?:manufacturer|maker|provider|developer|producer|designer|operator|retailer"
    r"|specialist|supplier|company|firm|group|startup|start-up|lender|insurer|chipmaker|carmaker|drugmaker)[ ]$"
)
"""Between two companies: the first, a capitalised description ("European SIM manufacturer Gemalto"), is no name.
A preposition or a conjunction between ends the description: in "sold X to entertainment group Y" X is sold to Y."""


_OTHER_THING_BID_FOR = re.compile(
    r"[ ](?:a|an|one|un|une)[ ](?!(?:[\w\-]+[ ]){0,2}(?:stake|holding|interest|shareholding|participation)\b)"
    r"|.*[ ](?:contract|contracts|tender|order|account|share|slice|part|contrat|marché|commande|lot)[ ]"
    r"|.*[,;()]"
)
"""Between "bid for" / "offre pour" and a company: something else bid for ("a bid for a Navy contract", "bid for a
share of the Microsoft cloud business", « une offre pour le contrat de X »); a stake is the company's ("an offer for
a 20% stake in X"); past a comma the company is another clause's ("had bid for the unit, Siemens agreed")."""
_CONTRACT_AFTER = re.compile(r"(?:'s)?[ ](?:contracts?|tenders?|orders?|accounts?)\b")
"""After the company a bid names: what is bid for is its contract ("bid for the Eurostar contract")."""


def _bid_for_other_thing(folded: str, cue: Cue, target: CompanyMention) -> bool:
    """Whether a "bid for" / "offre pour" cue bids for a contract or a share of a market, not for the company."""
    if cue.detail != "noun" or not folded.endswith((" for", " pour"), cue.start, cue.end) or target.start < cue.end:
        return False
    return (
        _OTHER_THING_BID_FOR.match(folded, cue.end, target.start) is not None
        or _CONTRACT_AFTER.match(folded, target.end) is not None
    )


def _name_past_description(folded: str, sentence: Sentence, target: CompanyMention) -> CompanyMention:
    """The company a capitalised description stands before ("acquisition of European SIM manufacturer Gemalto")."""
    named = sentence.company_after(target.end, exclude=target.id, within=40)
    if named is not None and (
        _KIND_BEFORE_NAME.fullmatch(folded, target.end, named.start)
        or _LISTED_ON.fullmatch(folded, target.end, named.start)
    ):
        return named
    return target


_LISTED_ON = re.compile(r"-(?:listed|quoted|traded)[ ](?:[a-z\-]{1,15}[ ]){0,2}")
"""After an exchange's name, the company listed there: "buy Nasdaq-listed X", "Nasdaq-listed chipmaker X"."""


_BID_TO = re.compile(
    r"\b(?:offer|offers|bid|bids|offre|offres|opa|proposal|proposition)"
    r"(?:[ ](?!and\b|et\b|but\b|mais\b|after\b|après\b)[^ .;,]+){0,4}?[ ](?:to|pour|afin[ ]de|afin[ ]d')[ ]?$"
)
"""Before a purchase verb: a bid made to buy ("filed an offer to acquire Y", « une offre de rachat irrévocable pour
acquérir Y »), a proposal not yet taken up."""


_BID_FOR_NOUN = re.compile(
    r"\b(?:offer|offers|bid|bids|offre|offres|opa|proposal|proposition)"
    r"(?:[ ](?!and\b|et\b|but\b|mais\b|after\b|après\b)[^ .;,]+){0,4}?[ ](?:for|pour)[ ](?:the[ ]|le[ ]|la[ ]|l')?$"
)
"""Before a purchase noun: a bid made for it (« une offre indicative non engageante pour le rachat de Y", "a bid for
the takeover of Y"), a proposal not yet taken up."""


def _bid_to(folded: str, sentence: Sentence, cue: Cue) -> bool:
    """Whether the purchase verb of ``cue`` is the purpose of a bid ("an offer to buy", « une offre pour racheter »).

    So is a purchase noun a bid is made for (« une offre non engageante pour le rachat de Y »).
    """
    if cue.family == "acquisition" and cue.detail == "noun":
        return _BID_FOR_NOUN.search(folded, max(sentence.start, cue.start - 60), cue.start) is not None
    if cue.family != "acquisition" or cue.detail != "active":
        return False
    window = folded[max(sentence.start, cue.start - 60) : cue.end]
    verb = folded[cue.start : cue.end]
    head = window[: len(window) - len(verb)]
    if verb.startswith("to "):
        head, verb = head + "to ", verb[3:]
    return _BID_TO.search(head) is not None


_RATING_BEFORE = re.compile(
    r"\b(?:upgrade[sd]?|upgrading|downgrade[sd]?|downgrading|raise[sd]|raising|lift(?:s|ed)|cut|cuts|rate[sd]"
    r"|reiterate[sd]|maintain(?:s|ed)|initiate[sd]|resume[sd])\b[^;$€£\d]{0,60}?"
    r"(?:\bto|\bat|\bfrom[ ](?:hold|neutral|sell|underperform|outperform)[ ]to)[ ](?:an?[ ]|strong[ ])?(?:to[ ])?buy$"
)
"""Up to a "buy" cue: a broker's rating verb and its stock ("upgraded the stock to buy", "raised X to Buy")."""
_NO_OBJECT_AFTER = re.compile(r"(?:[,;.)]|$|[ ](?:and|from|on|with|in|after|as|while)\b)")
"""Right after a rated "buy": nothing bought ("raised funds to buy Y" buys Y; "upgraded X to buy, while" rates)."""
_RATING_AFTER = re.compile(r"(?:-equivalent|-rated|[ ](?:rating|recommendation))\b")
"""Right after a "buy" cue: a rating's noun ("a buy-equivalent rating", "a buy recommendation")."""
_RATING_REACH = 100


def _analyst_rating(folded: str, sentence: Sentence, cue: Cue) -> bool:
    """Whether a "buy" cue is an analyst's rating of a stock, not a purchase ("Stifel upgraded X to buy")."""
    if not folded.endswith("buy", cue.start, cue.end):
        return False
    if _RATING_AFTER.match(folded, cue.end) is not None:
        return True
    before = _RATING_BEFORE.search(folded, max(sentence.start, cue.start - _RATING_REACH), cue.end)
    return before is not None and _NO_OBJECT_AFTER.match(folded, cue.end) is not None


_OPINION_BEFORE = re.compile(r"\b(?:needs?|needn't|ought|no need)(?:[ ]to)?[ ]$|\b(?:must|should)(?:[ ]consider)?[ ]$")
"""Right before a deal verb, what makes it an opinion on what a company ought to do, not a deal told."""
_REPRISE = re.compile(r"(?:a[ ])?(?:repris|reprend|reprenait)\b")
_QUOTE_MARKS = frozenset('"«»“”')


def _says_again(folded: str, sentence: Sentence, cue: Cue) -> bool:
    """Whether French « reprendre » reports speech: « "...", a repris le courtier X dans une note ».

    After a quotation opening the sentence and a comma, with its subject put after it, the verb says again what
    was quoted; it buys nothing ("a repris X" after a quote names the speaker, not the company bought).
    """
    if not _REPRISE.match(folded, cue.start):
        return False
    before = folded[sentence.start : cue.start].rstrip()
    before = before.removesuffix(" a") if before.endswith(" a") else before
    return before.endswith((",", *_QUOTE_MARKS)) and before.lstrip()[:1] in _QUOTE_MARKS


def _deal(article: Article, sentence: Sentence, cue: Cue, money: list[MoneyMention]) -> Candidate | None:
    buyer, target, inferred = _deal_parties(article, sentence, cue)
    # "the drugstore chain's planned acquisition by Walgreens": the possessor is sold, not the clause's subject.
    target = possessed_target(article, sentence, cue, buyer, target)
    if target is not None and cue.family == "acquisition" and target.start > cue.end:
        target = _name_past_description(article.folded, sentence, target)
    seller = (
        next((c for c in reversed(sentence.companies) if c.end <= cue.start), None) if cue.family == "stake" else None
    )
    purchase = _purchase_of_sellers_stake(article.folded, sentence, cue, seller)
    if purchase is not None and seller is not None:
        buyer = _buyer_of_sellers_stake(article, sentence, purchase, seller)
    if _owner_prefix(article, cue):
        # "just like Tencent-backed Swiggy", "CBS-owned Showtime": the name the prefix is glued to backs or owns the
        # name right after it, whoever the clause's subject is ("DirecTV and CBS renewed ... CBS-owned stations").
        buyer = next((c for c in sentence.companies if c.end == cue.start), None)
        target = glued_owned(article, sentence, cue, buyer)
    if (
        target is None
        or (buyer is not None and buyer.id == target.id)
        # "Amazon doesn't need to acquire Target", "Apple should buy Disney": an opinion, no deal
        or _OPINION_BEFORE.search(article.folded, max(sentence.start, cue.start - 25), cue.start)
        or _says_again(article.folded, sentence, cue)
        or _disposed_holding(article, sentence, cue, target)
        or _seller_of_stake(article.folded, cue, target)
        or _bid_for_other_thing(article.folded, cue, target)
        or _analyst_rating(article.folded, sentence, cue)
        or describes_goods(article.text, article.folded, cue)  # "EUV machines bought from ASML": no company
    ):
        return None
    priced = [
        m
        for m in _in_clause(sentence, cue, money)
        if not _sales_figure(sentence, m) and not _size_of_opposed_deal(article.folded, sentence, m)
    ]
    # "a levé des fonds auprès de A", "raised fresh funding from A": a round of untold size, its investor named.
    unpriced = (
        not priced
        and buyer is not None
        and _FUNDING_NOUN.match(article.folded, cue.end, cue.end + 60)
        # "DealStreetAsia reported that Zomato is in talks to raise funds from X": the source raises nothing.
        and not _TOLD_BETWEEN.search(article.folded, target.end, cue.start)
    )
    # "has now raised $120m from investors including A and B": funding to date is no round, yet A and B invested.
    to_date = cue.detail == "raise" and bool(priced) and _funding_to_date(article.folded, cue, priced)
    if (
        cue.detail == "raise"
        and not (
            (priced or unpriced) and _raises_money(article.folded, cue, priced) and (not to_date or buyer is not None)
        )
    ) or (cue.detail != "raise" and buyer is None):
        return None
    kind = (cue.family, None) if cue.detail == "raise" else _deal_kind(article.folded, sentence, cue, target)
    modality = modality_at(article, sentence, purchase.start if purchase is not None else cue.start)
    if (
        modality == "fact"
        and (_OFFER.search(article.folded, cue.start, cue.end) or _bid_to(article.folded, sentence, cue))
        and not _ACCEPTED.search(article.folded, max(sentence.start, cue.start - 60), cue.start)
    ):
        modality = "plan"  # a bid or tender offer proposes the deal; it is done only when accepted
    if kind is None:
        return None
    if kind[0] == "stake" and kind[1] is not None and _lower_bound(article.folded, sentence, cue, kind[1]):
        # "Elliott's holding in X rose above 5%": a level passed, not the holding's size (told later: "to 5.25%").
        kind = ("stake", None)
    named_shares = kind[0] != "stake" and named_shares_bought(article.folded, cue, target)
    shares = named_shares or (kind[0] != "stake" and _shares_of(article.folded, cue, target))
    counted = shares and _COUNTED_SHARES.search(article.folded, cue.end, target.start) is not None
    if shares and (_priced_between(priced, cue, target) or counted or named_shares):
        # "bought $50 million of X's stock", "bought another 551.96 million A shares in X": a stake of untold size;
        # shares X issues for it put money into X.
        kind = ("investment" if _NEW_SHARES.search(article.folded, sentence.start, sentence.end) else "stake", None)
    elif kind[0] != "stake" and (
        shares
        or _GOODS.match(article.folded, target.end)
        or (cue.detail == "active" and _FROM_SUPPLIER.search(article.folded, cue.end, target.start))
        # "Ford has bought chips from the company", "to buy 12 Boeing 737 jets": goods again
        or (cue.detail == "active" and _buys_goods(article.folded, sentence, cue, target))
    ):
        return None  # "bought Nvidia chips", "purchased 500 trucks from Volvo": goods, not the company
    untold = _owner_prefix(article, cue) or to_date or puts_untold_money(article.folded, cue)
    amount = None if untold else _nearest(priced, cue.start)
    backed = _owner_prefix(article, cue) and cue.family == "investment"
    if _owner_prefix(article, cue):
        # "Alphabet-owned Waymo said it would buy ...": a present holding of untold size, told in passing (no alert);
        # "Tencent-backed Swiggy": an investment of untold size.
        kind, modality = ("investment" if backed else "stake", None), "fact"
    resized = any(c.detail == "resize" and c.family == "stake" and c.start > cue.end for c in sentence.cues)
    if (
        kind[0] == "investment"
        and cue.detail == "active"
        and amount is None
        and not resized
        and not backed
        and not _backed_company(article.folded, cue, _nearest_before(sentence, cue), target)
        and _MADE_AN_INVESTMENT.search(article.folded, max(sentence.start, cue.start - _MADE_REACH), cue.start) is None
    ):
        return None
    return Candidate(
        type=kind[0],
        span=(sentence.start, sentence.end),
        subject=buyer,
        object=target,
        amount=amount,
        stake_pct=kind[1],
        modality=modality,
        effective_date=event_date(sentence),
        inferred=inferred,
        holding=cue.family == "stake" and cue.detail in ("active", "shareholder") and amount is None,
        earlier=kind[0] == "stake" and _told_as_earlier_step(article, sentence, cue),
        already=kind[0] == "stake" and _told_as_held_already(article, sentence, cue),
    )


_MADE_AN_INVESTMENT = re.compile(r"\b(?:made|has[ ]made|had[ ]made)[ ](?:an?|its|their)[ ](?:[a-z\-]+[ ]){0,3}$")
"""Before an investment noun of untold size: the verb that makes it a fact ("A made an undisclosed investment in X",
round 19), unlike "an investment in X" told as a plan or a habit."""
_MADE_REACH = 60
_BACKED_VERB = re.compile(r"(?:(?:has|have|had)[ ])?(?:backed|invested|(?:put|poured|pumped)[ ]money[ ]into)")
_BACKER_GAP = re.compile(r"[ ](?:(?:also|itself|already|previously|first|early|has|have|had)[ ]){0,3}")
_BACKED_GAP = re.compile(r"[ ](?:in[ ])?(?:(?:the[ ])?[a-z][a-z\-]{1,20}[ ]){0,3}")
_BACKED_END = re.compile(
    r"(?:[ ](?:inc|corp|ltd|llc|plc|sas|sa|ag|nv|co)[.]?)?"
    r"(?:[ ]?[,.;]|$|[ ](?:and|in(?![ ](?:its|their)\b)|with|which|who|that|when|before|after|as|at|for|back|early"
    r"|too|since)\b)"
)


def _nearest_before(sentence: Sentence, cue: Cue) -> CompanyMention | None:
    """The company named last before the cue (the last of a list of backers)."""
    return next((c for c in reversed(sentence.companies) if c.end <= cue.start), None)


def _backed_company(folded: str, cue: Cue, buyer: CompanyMention | None, target: CompanyMention) -> bool:
    """Whether a past investment verb links the company right before it to the one right after it, of untold size.

    "A, B and C also backed Edigene", "Lyell has itself invested in Eureka Therapeutics and Sonoma": a standing
    investment (unlike "invests in" or "to invest", a habit or a plan). Only when the invested company ends its
    noun phrase: "backed the Globex offer", "backed Acme's plan" back a deal, not a company.
    """
    return (
        buyer is not None
        and _BACKED_VERB.fullmatch(folded, cue.start, cue.end) is not None
        and _BACKER_GAP.fullmatch(folded, buyer.end, cue.start) is not None
        and _BACKED_GAP.fullmatch(folded, cue.end, target.start) is not None
        and _BACKED_END.match(folded, target.end) is not None
    )


_EARLIER_STEP = re.compile(
    r"\b(?:which|that|who|qui)[ ](?:had[ ]|avait[ ])?(?:held|owned|détenait|possédait|détenu)\b"
    r"|\b(?:originally|initially|previously|formerly|à l'origine|initialement|précédemment|auparavant)\b"
    r"|\b(?:une|a|an)[ ](?:précédente|previous|earlier|prior)[ ](?:déclaration|filing|statement)\b"
    r"|\b(?:avait|had)[ ](?:indiqué|déclaré|said)\b"
)
"""Before a stake's cue: the holding is a step before the news (see ``Candidate.earlier``)."""
_EARLIER_STEP_REACH = 90
_ALREADY_BEFORE = re.compile(
    r"\b(?:already|currently|déjà|actuellement|pour[ ]l'heure)[ ](?:[^ ;]{0,14}[^ ,;][ ]){0,3}$"
)
"""Session 24: before a holding's cue, a holding the holder already has beside the news ("Kubota, which currently
holds 9.09%, will raise its stake to 44.8%", "was already its biggest shareholder, with 35%")."""
_ALREADY_AFTER = re.compile(r"[ ](?:déjà|already|actuellement|pour[ ]l'heure)\b")
"""Right after a holding verb, or ending its row: « qui détient déjà 43 % de Y », « détient pour l'heure 12,5 % »."""
_HOLDING_CUE = re.compile(
    r"\b(?:holds?|held|holding|owns?|owned|shareholder|stakeholder|détient|détenait|possède|possédait|actionnaire)\b"
)
"""A cue that tells a holding as a state, not the purchase that made it ("has already bought 20%" stays news)."""


def _told_as_earlier_step(article: Article, sentence: Sentence, cue: Cue) -> bool:
    """Whether the words before a stake's cue tell its holding as a step before the news (:data:`_EARLIER_STEP`)."""
    start = max(sentence.start, cue.start - _EARLIER_STEP_REACH)
    return _EARLIER_STEP.search(article.folded, start, cue.start) is not None


def _told_as_held_already(article: Article, sentence: Sentence, cue: Cue) -> bool:
    """Whether a holding cue tells a holding the holder already has ("which currently holds", « détient déjà »)."""
    start = max(sentence.start, cue.start - _EARLIER_STEP_REACH)
    return _HOLDING_CUE.search(article.folded, cue.start, cue.end) is not None and (
        _ALREADY_BEFORE.search(article.folded, start, cue.start) is not None
        or _ALREADY_AFTER.match(article.folded, cue.end) is not None
        or _ALREADY_AFTER.search(article.folded, cue.start, cue.end) is not None
    )


_LOWER_BOUND = re.compile(
    r"\b(?:rose above|rises above|risen above|crossed|crosses|passed|topped|went above|est passée au-dessus de"
    r"|est passé au-dessus de)[ ]$"
)
"""Right before a percentage: a level the holding passed, not its size ("crossed 5%", "rose above 5%"). A bound
alone ("more than 5%") stays the size a reporter gives."""


_SHARES_AFTER = re.compile(
    r"(?:'s)?[ ](?:(?:common|ordinary|preferred|voting|non-voting|class[ ][a-c]|new|newly[ ]issued|existing)[ ])+"
    r"(?:shares?|stock)\b"
)
"""After the company: shares of a described class ("Tesla's common stock", "Acme new shares")."""
_SHARES_BEFORE = re.compile(
    r"[ ]?(?:(?:\d[\d.,]*|[^ .;]+)[ ]){0,5}?"
    r"(?:(?:d'|de[ ]|des[ ]|aux[ ]|les[ ])?(?:actions|titres)|(?:shares|stock)[ ](?:of|in))[ ]?"
)
"""Between a purchase cue and the company: its shares are what is bought ("l'acquisition d'actions X",
"l'acquisition d'instruments financiers relatifs aux actions X", "the purchase of shares in X")."""


_COUNTED_SHARES = re.compile(
    r"\b\d[\d.,]*(?:[ ](?:million|millions|billion|mn|bn|lakh|crore|milliards?))?[ ](?:d'|de[ ])?"
    r"(?:[a-z]{1,10}[ ]){0,2}?(?:shares|actions|titres)\b"
)
"""Between a purchase verb and the company: a count of its shares ("acquired 57.38 lakh shares in X", "a acheté 2
millions d'actions X"), bought on the market: a stake, not the company."""
_NEW_SHARES = re.compile(
    r"\b(?:private placement|placement privé|newly issued|new shares|shares issued|stock issued|capital increase"
    r"|rights issue|augmentation de capital|actions nouvelles|nouvelles actions|titres nouveaux)\b"
)
"""Shares the company issues to the buyer: its money goes into the company, an investment."""


def _shares_of(folded: str, cue: Cue, target: CompanyMention) -> bool:
    """Whether a purchase cue buys the target's shares, not the target: no takeover, at most a stake.

    A sale keeps its reading ("Ubisoft sold its shares in Vivendi to Bolloré": the buyer's deal, told elsewhere).
    """
    if cue.detail not in ("active", "noun") or _THE_REST.search(folded, cue.end, target.start):
        return False  # "will buy all outstanding shares of X": the whole company
    if target.start > cue.end and _SHARES_BEFORE.fullmatch(folded, cue.end, target.start):
        return True
    return _SHARES_AFTER.match(folded, target.end) is not None


def _priced_between(priced: list[MoneyMention], cue: Cue, target: CompanyMention) -> bool:
    """Whether an amount stands between the cue and the target: "purchase $50 million of X's stock"."""
    return any(cue.end <= m.start and m.end <= target.start for m in priced)


def _lower_bound(folded: str, sentence: Sentence, cue: Cue, size: float) -> bool:
    """Whether the percentage read as the stake's size (the one of ``size`` nearest the cue) is only a level passed."""
    percent = min(
        (p for p in sentence.percents if p.value == size),
        key=lambda p: abs(p.start - cue.start),
        default=None,
    )
    return (
        percent is not None
        and _LOWER_BOUND.search(folded, max(sentence.start, percent.start - 15), percent.start) is not None
    )


def _owner_prefix(article: Article, cue: Cue) -> bool:
    """Whether ``cue`` is an owner prefix ("Alphabet-owned Waymo"): a holding told in passing, never priced."""
    return article.folded.startswith("-", cue.start)


def _funding_to_date(folded: str, cue: Cue, priced: list[MoneyMention]) -> bool:
    """Whether a raise cue states the company's funding so far: "has now raised some $175 million in total".

    Also a total the sentence brings its funds to: "ce qui porte à 12 millions d'euros les fonds levés en cinq ans".
    """
    if _BRINGS_TOTAL.search(folded, max(0, cue.start - _BRINGS_TOTAL_REACH), cue.start):
        return True
    amount = next((m for m in priced if m.start >= cue.end), None)
    if amount is None:
        return False
    return bool(
        _TOTAL_SO_FAR.search(folded, max(0, cue.start - 12), cue.start)
        or _TOTAL_SO_FAR.search(folded, max(0, amount.start - 30), amount.start)
        or _TOTAL_AFTER.match(folded, amount.end)
    )


_CONTRAST = re.compile(r",[ ](?:while|whereas|tandis[ ]que|alors[ ]que)[ ]")
"""A contrasting clause after a round's investors: another company's news follows."""


def _buyers_listed_after(
    article: Article, sentence: Sentence, cue: Cue, deal: Candidate, buyer: CompanyMention
) -> list[Candidate]:
    """The other buyers listed after the first one, each with a deal of its own.

    "raised $N from A, B and C" / "led by A and B": co-leads share the round's amount, others get none;
    "Y is being taken private by KKR and GS Capital": the price is the pair's;
    "l'entrée de l'État et du chinois Dongfeng au capital": each newcomer.
    """
    if cue.detail == "entry":
        return [
            replace(deal, subject=member, inferred=[*deal.inferred])
            for member in _joined_after(article, sentence, buyer)
        ]
    shared = cue.detail in ("passive", "noun")
    amount = deal.amount if shared or _LED.search(article.folded, cue.end, buyer.start) else None
    found = [
        replace(deal, subject=member, amount=amount, inferred=[*deal.inferred])
        for member in _listed_after(article, sentence, buyer, investors=cue.detail == "raise")
    ]
    if cue.detail == "raise":
        # "... led by Sequoia, with participation from Accel and Index Ventures": the other investors, no amount.
        clause_end = sentence.clauses.span_of(cue.start)[1]
        # "X raised $21M from A, while Y got $12M from B": B backs Y, not X.
        contrast = _CONTRAST.search(article.folded, buyer.end, clause_end)
        clause_end = contrast.start() if contrast is not None else clause_end
        seen = {buyer.id, *(c.subject.id for c in found if c.subject)}
        for intro in sentence.cues:
            if intro.family != "investor" or not buyer.end <= intro.start < clause_end:
                continue
            described = _INVESTOR_WORDS.match(article.folded, intro.end)
            first = sentence.company_after(described.end() if described else intro.end, within=_BARE_VERB_REACH)
            for member in [first, *_listed_after(article, sentence, first, investors=True)] if first else []:
                if member.id not in seen and deal.object is not None and member.id != deal.object.id:
                    seen.add(member.id)
                    found.append(replace(deal, subject=member, amount=None, inferred=[*deal.inferred]))
    return found


def _fronted_co_investors(
    article: Article, sentence: Sentence, cue: Cue, deal: Candidate, *, lead: Cue, buyer: CompanyMention
) -> list[Candidate]:
    """The investors listed with the first one in a fronted round phrase.

    "In a round led by A and B, with participation from C, Y raised $N": co-leads share the amount, C gets none.
    """
    amount = deal.amount if _LED.search(article.folded, lead.start, lead.end) else None
    found = [
        replace(deal, subject=member, amount=amount, inferred=[*deal.inferred])
        for member in _listed_after(article, sentence, buyer, investors=True)
        if member.end <= cue.start
    ]
    seen = {buyer.id, *(c.subject.id for c in found if c.subject)}
    for intro in sentence.cues:
        if intro.family != "investor" or not buyer.end <= intro.start < cue.start:
            continue
        first = sentence.company_after(intro.end, within=_BARE_VERB_REACH)
        for member in [first, *_listed_after(article, sentence, first, investors=True)] if first else []:
            target = deal.object.id if deal.object else None
            if member.id not in seen and member.end <= cue.start and member.id != target:
                seen.add(member.id)
                found.append(replace(deal, subject=member, amount=None, inferred=[*deal.inferred]))
    return found


def _co_buyers(article: Article, sentence: Sentence, cue: Cue, deal: Candidate) -> list[Candidate]:
    """Read "Meta and Microsoft made a joint investment in X", "A et B entrent au capital de X": one deal each.

    Only for a buyer read before the verb; the amount is the pair's, so it is kept on the first only.
    """
    buyer = deal.subject
    if buyer is not None and (
        (buyer.start > cue.end and cue.detail in ("raise", "passive", "entry"))
        # "the takeover of Ilva by ArcelorMittal and Marcegaglia": each buyer listed after "by / par".
        or (cue.detail == "noun" and _buyer_after_target(article.folded, deal, buyer))
    ):
        return _buyers_listed_after(article, sentence, cue, deal, buyer)
    lead = fronted_lead(article, sentence, cue) if cue.detail == "raise" and buyer is not None else None
    if lead is not None and buyer is not None and lead.end <= buyer.start < cue.start:
        return _fronted_co_investors(article, sentence, cue, deal, lead=lead, buyer=buyer)
    if buyer is None or cue.detail in ("passive", "raise") or buyer.end > cue.start:
        return []
    backers = _backers_listed_before(article, sentence, cue, deal, buyer)
    if not backers and deal.type == "investment":
        # "A, B and C invested $5 million in Y", « A, B et C versent chacun 5 M€ dans Y »: each funds Y.
        listed = funders_listed_before(sentence, article.folded, cue, buyer)
        backers = [replace(deal, subject=m, amount=None, inferred=[*deal.inferred]) for m in listed]
    joined = _JOINED.match(article.folded, buyer.end) if not backers else None
    if joined is None:
        return backers
    other = sentence.company_after(joined.end(), exclude=buyer.id, within=0)
    if other is None or other.end > cue.start or (deal.object is not None and other.id == deal.object.id):
        return []
    return [replace(deal, subject=other, amount=None, inferred=[*deal.inferred])]


_BY_AGENT = re.compile(r"[ ](?:by|par)[ ](?:(?:the|le|la|les|l')[ ]?)?$")
"""Right before a deal noun's buyer named after its target: "the purchase of Y by (the) X", "le rachat de Y par X"."""


def _buyer_after_target(folded: str, deal: Candidate, buyer: CompanyMention) -> bool:
    """Whether a deal noun's buyer is the agent after its target ("the takeover of Y by X"), not its possessor."""
    target = deal.object
    if target is None or buyer.start < target.end:
        return False
    return _BY_AGENT.search(folded, max(target.end, buyer.start - 12), buyer.start) is not None


def _backers_listed_before(
    article: Article, sentence: Sentence, cue: Cue, deal: Candidate, buyer: CompanyMention
) -> list[Candidate]:
    """The other backers of "A, B and C also backed Edigene" (``buyer`` is A): each of untold size."""
    if deal.object is None or not _backed_company(article.folded, cue, _nearest_before(sentence, cue), deal.object):
        return []
    listed = [m for m in _listed_after(article, sentence, buyer, investors=True) if m.end <= cue.start]
    return [replace(deal, subject=m, amount=None, inferred=[*deal.inferred]) for m in listed]


_RANKED_AFTER_HOLDER = re.compile(
    r"[ ](?:ahead of|followed by|in front of|devant|suivi de|suivi par|suivie de|suivie par"
    r"|talonné par|talonnée par)[ ]|[ ](?:suivi|suivie|devant) d'"
)
"""After a holder's stake: the next holders of the same company, each with its size ("ahead of X at 4.8%")."""
_HOLDER_SIZE = re.compile(
    r"(?:[ ]\([a-z]{2,6}\))?(?:[ ]\(|[ ](?:at|with|on|avec|à)[ ]|,[ ](?:dont la (?:part|participation)"
    r" (?:s'établit|est|atteint) à|which (?:holds|owns|has)|qui (?:détient|possède))[ ]"
    r"|[ ](?:holds|owns|détient|possède)[ ])"
)
"""Between a ranked holder and its size: " at ", " (", ", dont la part s'établit à ", ", which holds "."""
_HOLDER_SIZE_REACH = 40


def _holders_ranked_after(article: Article, sentence: Sentence, cue: Cue, deal: Candidate) -> list[Candidate]:
    """Read the holders ranked after a stake: "X is the largest holder with 5.1%, ahead of Y at 4.8% and Z at 4.6%".

    Shareholder registers and threshold filings rank the holders of one company; each one named with its own
    size after "ahead of / followed by / devant" holds a stake in the same company. A holder without a size
    ends the list, unless the sizes follow the names in the same order ("followed by Y and Z with 4.8% and
    4.6% respectively", "suivi de Y et Z avec respectivement 8 % et 5 %").
    """
    if deal.type != "stake" or deal.object is None or cue.family != "stake":
        return []
    ranked = _RANKED_AFTER_HOLDER.search(article.folded, cue.end, sentence.clauses.span_of(cue.start)[1])
    if ranked is None:
        return []
    taken = {deal.object.id, *(c.id for c in (deal.subject,) if c is not None)}
    if _RESPECTIVELY.search(article.folded, ranked.end(), sentence.clauses.span_of(ranked.end())[1]) is not None:
        # A "respectively" list read only whole: with a name unrecognised, every size could be anyone's.
        return [
            replace(deal, subject=company, stake_pct=size, amount=None, inferred=[*deal.inferred])
            for company, size in _respectively(article, sentence, ranked.end())
            if company.id not in taken and size < FULL_OWNERSHIP
        ]
    holders: list[Candidate] = []
    for company in (c for c in sentence.companies if c.start >= ranked.end()):
        size = next(
            (
                p
                for p in sentence.percents
                if company.end <= p.start <= company.end + _HOLDER_SIZE_REACH
                and _HOLDER_SIZE.fullmatch(article.folded, company.end, p.start) is not None
            ),
            None,
        )
        if size is None:
            break
        if company.id in taken or size.value >= FULL_OWNERSHIP:
            continue
        taken.add(company.id)
        holders.append(replace(deal, subject=company, stake_pct=size.value, amount=None, inferred=[*deal.inferred]))
    return holders


_RESPECTIVELY = re.compile(r"\b(?:respectively|respectivement)\b")
_SIZES_JOINED = re.compile(r"(?:[ ]?(?:,|and|et)[ ]?)+")
"""Between two sizes of a "respectively" list: "4.8% and 4.6%", "18 %, 9 % et 5 %"."""


def _respectively(article: Article, sentence: Sentence, start: int) -> list[tuple[CompanyMention, float]]:
    """Pair the holders named after ``start`` with the sizes listed after them, in order ("respectively").

    "followed by Capital Group and BlackRock with 4.8% and 4.6% respectively": as many names as sizes, the
    names before the first size, the sizes joined by commas or "and / et"; anything else pairs nothing.
    """
    end = sentence.clauses.span_of(start)[1]
    sizes = [p for p in sentence.percents if start <= p.start < end]
    names = [c for c in sentence.companies if start <= c.start and (not sizes or c.end <= sizes[0].start)]
    joined = all(
        _SIZES_JOINED.fullmatch(article.folded, left.end, right.start) is not None for left, right in pairwise(sizes)
    )
    if len(names) != len(sizes) or len(names) <= 1 or not joined:
        return []
    return [(name, size.value) for name, size in zip(names, sizes, strict=True)]


_THEN_ALSO = re.compile(r"[ ](?:puis|then|and|et|ainsi que)[ ](?:in|on|sur|dans)[ ](?:[a-zà-ÿ'\-]{1,15}[ ]){0,3}")
"""Between two targets of one verb: "mis la main sur A puis sur le turc B", "stakes in A and in buyout firm B"."""


def _then_also_end(folded: str, end: int) -> int | None:
    """Where the next target of one verb starts after a target ending at ``end``.

    After :data:`_THEN_ALSO`, or after another count of shares ("owns 10.5 million shares of A and 6.4 million
    shares of B").
    """
    then = _THEN_ALSO.match(folded, end)
    return then.end() if then is not None else next_counted_member(folded, end)


_EACH_BEFORE = re.compile(r"\b(?:each|chacun|chacune)[ ](?:[a-zà-ÿ]{1,8}[ ])?$")
"""Before a raise verb: "A and B each raised $4m", "A et B ont chacun levé 4 M€" (each the same amount)."""


def _each_raised(
    article: Article, sentence: Sentence, cue: Cue, deal: Candidate, target: CompanyMention
) -> list[Candidate]:
    """The second company of "A and B each raised $N": a round of its own, of the same size."""
    if _EACH_BEFORE.search(article.folded, max(sentence.start, cue.start - 20), cue.start) is None:
        return []
    joined = _JOINED.match(article.folded, target.end)
    other = sentence.company_after(joined.end(), exclude=target.id, within=0) if joined else None
    if other is None or other.end > cue.start:
        return []
    return [replace(deal, object=other, inferred=[*deal.inferred])]


def _co_targets(article: Article, sentence: Sentence, cue: Cue, deal: Candidate) -> list[Candidate]:
    """Read "X bought A, B and C", "X a mis la main sur A puis sur le turc B": one deal per listed target.

    The amount, if any, is the whole purchase's: it stays on the first target only.
    """
    target = deal.object
    if cue.detail == "raise" and target is not None and target.end <= cue.start:
        return _each_raised(article, sentence, cue, deal, target)
    if target is None or cue.detail not in ("active", "into", "noun") or target.start < cue.end:
        return []
    # In French prose an English "and" joins the words of one name ("le rachat de Rohm and Haas"), not two targets.
    joined_by_and = article.language == "fr" and article.folded.startswith(" and ", target.end)
    members = [] if joined_by_and else _listed_after(article, sentence, target)
    last = members[-1] if members else target
    clause_end = sentence.clauses.span_of(cue.start)[1]
    while (then_end := _then_also_end(article.folded, last.end)) is not None:
        member = sentence.company_after(then_end, within=0)
        if member is None or member.start >= clause_end or any(m.id == member.id for m in (target, *members)):
            break
        members.append(member)
        last = member
    excluded = {deal.subject.id if deal.subject else None, target.id}
    return [
        replace(deal, object=member, amount=None, inferred=[*deal.inferred])
        for member in members
        if member.id not in excluded
    ]


def _in_clause(sentence: Sentence, cue: Cue, money: list[MoneyMention]) -> list[MoneyMention]:
    """The amounts of the cue's own clause: "X, which raised $500m last year, is raising €2bn" keeps €2bn."""
    start, end = sentence.clauses.span_of(cue.start)
    return [m for m in money if start <= m.start < end and sentence.clauses.visible(m.start, m.end, cue.start)]


def _nearest(money: list[MoneyMention], pos: int) -> MoneyMention | None:
    if not money:
        return None
    return min(money, key=lambda m: abs(m.start - pos))


_OWN_BEFORE = re.compile(r"\b(?:its|their|sa|son|leur)[ ](?:[a-zà-ÿ\-]{1,20}[ ]){0,2}$")
"""A possessive before a valuation cue: "its valuation", "sa valorisation", "their combined value"."""


_ATTACHED_VALUATION = re.compile(
    r"(?<!market[ ])(?<!industry[ ])(?<!sector[ ])(?<!marché[ ])(?<!secteur[ ])"
    r"\b(?:with|at|for|avec|pour)[ ](?:a|an|une)[ ](?:[a-z\-]{1,15}[ ]){0,2}$"
)
"""Before a valuation noun: the valuation the sentence's subject carries ("with a valuation of", "avec une
valorisation de"), not a market's ("a market with a valuation of")."""


def _points_back(article: Article, sentence: Sentence, cue: Cue) -> bool:
    """Whether a valuation cue without a company in its sentence refers back to one ("it", "the company", "its").

    A sentence opening on "The company" / "La start-up" carries the valuation it attaches to its subject,
    however far on ("The company ... placing the startup in giant territory with a valuation of $40 billion").
    """
    window = max(sentence.start, cue.start - 60)
    folded = article.folded
    return (
        article.anaphor_before(window, cue.start)
        or article.anaphor_at(cue.end) is not None
        or _OWN_BEFORE.search(folded, window, cue.start) is not None
        or (
            article.anaphor_at(sentence.start) is not None
            and _ATTACHED_VALUATION.search(folded, max(sentence.start, cue.start - 40), cue.start) is not None
        )
    )


def _valued_before_deal(deal: Candidate, money: MoneyMention, before: list[CompanyMention]) -> bool:
    """Whether the valuation belongs to a company named before it, not to the deal's target named after it.

    "ChargePoint, due to list at a valuation of $2.4bn, and Xometry, which raised $302m": ChargePoint's.
    """
    return bool(before) and deal.object is not None and deal.object.start > money.end


_INVESTING_RELATIVE = re.compile(
    r",?[ ](?:which|who|that|qui|lequel|laquelle)[ ](?:[a-zà-ÿ\-]{1,15}[ ]){0,2}?"
    r"(?:invested|invests|provided|put[ ]in|put[ ]up|backed|led|co-led|injected|participated|joined|contributed"
    r"|came[ ]in|bought[ ]in"
    r"|investi|apporté|injecté|mené|participé|soutenu|accompagné)\b"
)
"""After a company and before a valuation: the relative that makes it an investor ("GV, which first invested at a
$1.12bn valuation", "Disney, which provided $15m ... at a $376m valuation", "X, qui avait investi sur la base d'une
valorisation de")."""


_INTRO_TO_INVESTOR = 40
"""From an investor intro to the first investor it names: " existing investors ", " the venture firm "."""


_PUT_INTO = re.compile(r"\b(?:in|into|on|dans)[ ](?:[a-z\-]+[ ]){0,3}$")
"""Before a company: the preposition money is put through ("an investment in X", "bet $800m on financing company
X", "un investissement dans X")."""


def _put_into(article: Article, sentence: Sentence, company: CompanyMention) -> bool:
    """Whether money was put into ``company`` just before it ("investment in OakNorth").

    That company is the one a later "valued it / the company" prices, not a round told in an earlier sentence.
    """
    return _PUT_INTO.search(article.folded, max(sentence.start, company.start - 40), company.start) is not None


def _named_as_investor(article: Article, sentence: Sentence, company: CompanyMention, cue: Cue) -> bool:
    """Whether the sentence makes ``company`` (the last one before a valuation) an investor, not the company valued.

    It stands after an investor intro or a co-investor cue ("The capital was provided by A and B at a reported $3.8bn
    valuation", "led by X at a valuation of"), or a relative says it invested ("X, which invested at a $1bn valuation").
    """
    intros = (c for c in sentence.cues if c.family in ("investor", "co_investor") and c.end <= company.start)
    for intro in intros:
        # Only an intro that names an investor right after it ("provided by A, B and C"): "Avec 50 M€ levés, la jeune
        # pousse X est valorisée", "from the round, X is valued" name none, though "avec" and "from" may.
        first = sentence.company_after(intro.end, within=_INTRO_TO_INVESTOR)
        if first is not None and first.start <= company.start and "," not in article.folded[intro.end : first.start]:
            return True
    return _INVESTING_RELATIVE.match(article.folded, company.end, cue.start) is not None


def _investee_of_valuation(
    sentence: Sentence, investor: CompanyMention, invested: Candidate | None
) -> CompanyMention | None:
    """The company an investor's valuation prices.

    The round's (or the deal's) target, else the company the sentence names before its investors ("Stripe, backed
    by Sequoia, is valued at $2bn"), else nobody.
    """
    if invested is not None and invested.object is not None and invested.object.id != investor.id:
        return invested.object
    intro = next(
        (c for c in sentence.cues if c.family in ("investor", "co_investor") and c.end <= investor.start), None
    )
    first = sentence.first_company_before(intro.start) if intro is not None else None
    return first if first is not None and first.id != investor.id else None


_ITS_BACKERS = re.compile(r"\b(?:its|their|ses|son|sa|leurs?)[ ](?:[a-zà-ÿ\-]{1,15}[ ])?$")
"""Before an investor cue: the backers of the company the possessive stands for ("Its backers include", "ses
investisseurs historiques")."""


def _their_company(article: Article, sentence: Sentence, cue: Cue) -> CompanyMention | None:
    """The company a possessive before the sentence's investor cue stands for: the previous sentence's subject."""
    intro = next((c for c in sentence.cues if c.family in ("investor", "co_investor") and c.end <= cue.start), None)
    if intro is None or not _ITS_BACKERS.search(article.folded, max(sentence.start, intro.start - 24), intro.start):
        return None
    return article.previous_subject(sentence.index)


def _valuation(
    article: Article, sentence: Sentence, cue: Cue, money: MoneyMention, *, deal: Candidate | None, discourse: Discourse
) -> Candidate | None:
    """The company valued: named after the cue, else the target of a deal in (or just before) the sentence.

    "L'opération valorise la start-up à 29 milliards" after "Meta a acquis 49 % de Scale AI" values
    Scale AI, the target, not Meta, the first company of the previous sentence; when the sentence
    names the deal ("l'opération", "the financing"), that earlier deal carries the valuation too.
    """
    inferred: list[str] = []
    subject = sentence.company_after(cue.end)
    if subject is not None and subject.start >= money.start:
        subject = _valued_on(article, sentence, cue, money)
    before = [c for c in sentence.companies if c.end <= cue.start]
    if subject is None and deal is not None and not _valued_before_deal(deal, money, before):
        subject = deal.object
    earlier = discourse.recent_deal(sentence.index) if deal is None else None
    deal_noun = not before and _DEAL_NOUN.search(article.folded, sentence.start, cue.start) is not None
    if (
        subject is None
        and earlier is not None
        and (
            deal_noun
            or article.anaphor_at(cue.end) is not None
            or (not before and article.anaphor_before(max(sentence.start, cue.start - 60), cue.start))
        )
    ):
        subject = earlier.object
        inferred.append("anaphor")
    if subject is None and _VALUES_IT.search(article.folded, cue.start, money.start):
        # "took part in the round, which valued the company at $3bn": the round's company, not the investor before;
        # "a February investment in OakNorth valued the company at $2.8bn": the company the money went into.
        into = before[-1] if deal is None and before and _put_into(article, sentence, before[-1]) else None
        subject = into or (deal.object if deal else None) or (earlier.object if earlier else None) or article.focus
        inferred.append("anaphor")
    if subject is None and before:
        subject = before[-1]
        item = article.folded.rfind(";", subject.end, cue.start)
        if item >= 0 and not _INVESTING_RELATIVE.search(article.folded, item, cue.start):
            return None  # "A, which owned 7.3%; B, which was valued at $1bn": B's list item, not A's
        if item >= 0 or _named_as_investor(article, sentence, subject, cue):
            # "GV, which first invested at a $1.12bn valuation": the price of the company it bought into.
            sequel = any(c.family == "co_investor" and c.detail == "sequel" for c in sentence.cues)
            invested = deal or (earlier if not sequel or (earlier and earlier.type == "investment") else None)
            subject = _investee_of_valuation(sentence, subject, invested) or _their_company(article, sentence, cue)
            inferred.append("anaphor")
            if subject is None:
                return None
    if (
        earlier is not None
        and earlier.object is not None
        and subject is not None
        and subject.id == earlier.object.id
        and _DEAL_NOUN.search(article.folded, sentence.start, sentence.end) is not None
    ):
        # "The financing values Scale AI at $13.8 billion", "Après l'opération, X pèse 1,6 milliard": that deal's.
        earlier.valuation = earlier.valuation or money
    if subject is None:
        if not _points_back(article, sentence, cue):
            # "the market was valued at $11.7 billion", "a unicorn is a firm valued at $1 billion": no company.
            return None
        subject = article.previous_subject(sentence.index) or article.focus
        inferred.append("anaphor")
    return Candidate(
        type="valuation",
        span=(sentence.start, sentence.end),
        subject=subject,
        valuation=money,
        amount=money,
        # "in talks to raise $5B at a $170B valuation": the valuation is as certain as its deal.
        modality=deal.modality if deal is not None else modality_at(article, sentence, cue.start, quantity=True),
        effective_date=event_date(sentence),
        inferred=inferred,
    )


_PLURAL_VALUED = re.compile(
    r",?[ ](?:which|that|who|qui)[ ](?:have|had|were|are|ont|avaient|sont|étaient)[ ](?:(?:recently|récemment|"
    r"both|all|also|toutes?[ ]deux|tous[ ]deux|chacune?|each)[ ])*(?:(?:been|été)[ ])?(?:(?:recently|récemment)[ ])?"
    r"(?:valued|valorisée?s?)[ ]"
)
"""Between two coordinated companies and the valuation cue: a plural relative ("A and B, which have recently been
valued at $3.5bn", « A et B, qui sont valorisées à ... ») that values each of them."""
_AND_BETWEEN = re.compile(r"(?:,[ ]|[ ])?(?:and|et|&)[ ]")


def _valued_along(article: Article, sentence: Sentence, valued: Candidate, cue: Cue) -> list[Candidate]:
    """The same valuation for the company coordinated before the valued one, when a plural relative values both.

    Session 26: "leapfrogs TransferWise and N26, which have recently been valued at $3.5 billion" values both.
    """
    if valued.subject is None or valued.inferred:
        return []
    subject = valued.subject
    relative = _PLURAL_VALUED.match(article.folded, subject.end)
    if relative is None or not relative.start() < cue.start < relative.end():
        return []
    other = next((c for c in reversed(sentence.companies) if c.end <= subject.start), None)
    if (
        other is None
        or other.id == subject.id
        or _AND_BETWEEN.fullmatch(article.folded, other.end, subject.start) is None
    ):
        return []
    return [replace(valued, subject=other, inferred=[*valued.inferred])]


_SIGNER_SUPPLIES = re.compile(
    r"(?:[ ](?:and|&|et)[ ][^,.;]{1,30}?|(?:[ ][a-z&\-]{2,15}){1,2}?)?[ ](?:to[ ](?:supply|sell|deliver|provide|build"
    r"|maintain|service|operate|run|serve|fly|manage|handle|host|carry|transport|clean|staff|support|roll[ ]out"
    r"|install|deploy|equip|upgrade|manufacture|produce)"
    r"|pour[ ](?:lui[ ]|leur[ ])?(?:fournir|livrer|construire|équiper|assurer|exploiter|entretenir|gérer|opérer"
    r"|transporter|héberger|nettoyer))\b(?![ ](?:its|their|son|sa|ses)\b)"
)
"""After the company a contract is signed with: the signer is the supplier ("with X and Y to supply 750 cars"),
not in "signed an agreement with Y to supply its data platform" (the signer's own platform)."""
_CONTRACT_TO_SUPPLY = re.compile(
    rf"{_CLAUSE_CHAR}{{0,40}}?[ ](?:contract|agreement|deal)[ ]to[ ](?:supply|sell|deliver|provide|build)\b"
    rf"{_CLAUSE_CHAR}{{0,60}}?[ ](?:to|for)[ ](?:the[ ])?"
    rf"|{_CLAUSE_CHAR}{{0,60}}?[ ](?:contract|agreement|deal|contrat|accord)\b{_CLAUSE_CHAR}{{0,60}}?"
    r"[ ](?:for[ ]the[ ](?:supply|delivery|provision)[ ]of"
    r"|pour[ ]la[ ](?:fourniture|livraison)[ ]d(?:e[ ]|'|u[ ]|es[ ]))"
    rf"{_CLAUSE_CHAR}{{0,60}}?[ ](?:to[ ](?:the[ ])?|à[ ](?:la[ ]|l')?|aux?[ ])"
)
"""A contract signed with no "with": "signed a $724m contract to sell 333 trains to X" (the signer supplies X), "a signé
un contrat pour la fourniture de composants à X", "signed a deal for the supply of gas to X"."""
_WORK_ON_OWNED = re.compile(
    rf"{_CLAUSE_CHAR}{{0,40}}?[ ](?:contract|agreement|deal)[ ]to[ ](?:maintain|service|overhaul|repair|inspect"
    r"|support|operate|manage|run|perform|carry[ ]out|undertake|provide)\b"
    rf"(?:{_CLAUSE_CHAR}{{0,60}}?[ ](?:on|of|for|to))?[ ](?:the[ ])?"
)
"""A contract signed to work on what another company owns: "signed a five-year contract to perform heavy checks on X's
jets", "to maintain X's fleet"; the owner, written with a possessive right after, is the customer."""


def _signer_supplies(
    article: Article, cue: Cue, customer: CompanyMention | None, vendor: CompanyMention
) -> tuple[CompanyMention | None, CompanyMention]:
    """Swap the parties of "Bombardier signed a contract with FirstGroup to supply 750 cars": the signer supplies.

    "Delta signed a deal with Boeing to buy 100 jets" keeps the signer as the customer.
    """
    cue_text = article.folded[cue.start : cue.end]
    if (
        customer is not None
        and (
            (cue.family == "customer_start" and "sign" in cue_text)
            # "Airwork has extended its contract with Toll Group to service its fleet": the renewer supplies.
            or (cue.family == "customer_continue" and cue_text.endswith((" with", " avec")))
        )
        and vendor.start > cue.end
        and _SIGNER_SUPPLIES.match(article.folded, vendor.end)
        # "signed a contract for Y and Z to deliver ...": the named companies do the work, the signer buys.
        and _PURPOSE_OF_CONTRACT.fullmatch(article.folded, cue.end, vendor.start) is None
    ):
        return vendor, customer
    return customer, vendor


def _signed_parties(article: Article, sentence: Sentence, cue: Cue, signer: CompanyMention | None) -> _Parties:
    """Read "X signed a $300m contract with Y" (X buys from Y) and "X signed a contract to sell 333 trains to Y".

    A contract approved or authorised is bought only by a public body, whose council or commission decides it so
    ("the City Council authorized a contract with Y"); a company's board approving a deal may be selling itself.
    """
    folded = article.folded
    if _APPROVED.match(folded, cue.start) and (signer is None or signer.kind != "public_body"):
        return None, None, []
    exclude = signer.id if signer else None
    if folded.endswith(" avec", cue.start, cue.end):
        # « La SNCB a signé avec Alstom un accord-cadre »: the one signed with, then the contract.
        supplier = signed_with_supplier(
            article, sentence, cue, signer, partial(_named_after_description, article, sentence)
        )
        return (signer, supplier, []) if supplier is not None else (None, None, [])
    contract = _CONTRACT_WITH.match(folded, cue.end, sentence.end)
    if contract is None and folded.endswith(" contracts", cue.start, cue.end):
        contract = _PLURAL_WITH.match(folded, cue.end, sentence.end)  # "has signed contracts with X and Y"
    if contract is None:
        supplier = _supplier_of_purpose(article, sentence, cue, exclude)
        if supplier is not None:
            return signer, supplier, []
        sale = _CONTRACT_TO_SUPPLY.match(folded, cue.end, sentence.end)
        buyer = sentence.company_after(sale.end(), exclude=exclude, within=_NEAR_WITH) if sale else None
        if buyer is None and (work := _WORK_ON_OWNED.match(folded, cue.end, sentence.end)) is not None:
            owner = sentence.company_after(work.end(), exclude=exclude, within=_NEAR_WITH)
            buyer = owner if owner is not None and folded.startswith("'", owner.end) else None
        return (buyer, signer, []) if buyer is not None else (None, None, [])
    if _PARTNERSHIP_WORDS.search(folded, cue.end, contract.end()):
        return None, None, []
    vendor = sentence.company_after(contract.end(), exclude=exclude, within=2)
    # "signed an agreement with jet engine manufacturer X": a short description, then the name.
    return signer, vendor or _named_after_description(article, sentence, contract.end() - 1, exclude), []


_PURPOSE_OF_CONTRACT = re.compile(
    rf"{_CLAUSE_CHAR}{{0,80}}?[ ](?:contract|agreement|deal|order|contrat|accord|accord-cadre|commande)\b"
    rf"{_CLAUSE_CHAR}{{0,80}}?(?:[ ]for|[ ](?:afin|pour)[ ]qu(?:e|')(?:[ ](?:les|la|le|l')[ ]?"
    r"(?:entreprises|sociétés|groupes|industriels|fournisseurs|constructeurs|entreprise|société|groupe))?)[ ]?"
)
"""A signed contract, then "for" or "afin que / pour que" before the companies that will do its work (maybe
described: "afin que les entreprises A, B et C produisent")."""
_SUPPLY_AFTER_SUPPLIER = re.compile(
    r"[ ](?:to[ ](?:supply|produce|make|manufacture|build|deliver|provide|maintain|operate|run|service)"
    r"|(?:produisent|produise|fournissent|fournisse|livrent|livre|construisent|construise|assurent|assure"
    r"|entretiennent|entretienne|équipent|équipe|fabriquent|fabrique))\b"
)
"""The work the contract buys, right after its supplier(s): "for Y to produce ...", "pour que Y livre ..."."""


def _supplier_of_purpose(article: Article, sentence: Sentence, cue: Cue, exclude: str | None) -> CompanyMention | None:
    """The supplier of "X signed a deal for Y to produce ...", "X a signé un accord-cadre afin que A et B livrent".

    The signer buys: the companies after "for / afin que" do the work, which a supply verb right after them (or
    after the last of a list) must name; "signed a deal for Y to buy ..." names no supplier.
    """
    purpose = _PURPOSE_OF_CONTRACT.match(article.folded, cue.end, sentence.clauses.span_of(cue.start)[1])
    if purpose is None:
        return None
    supplier = sentence.company_after(purpose.end(), exclude=exclude, within=_NEAR_WITH)
    if supplier is None:
        return None
    last = ([supplier, *_listed_after(article, sentence, supplier)])[-1]
    return supplier if _SUPPLY_AFTER_SUPPLIER.match(article.folded, last.end) else None


def _signed_by_anaphor(article: Article, sentence: Sentence, cue: Cue, parties: _Parties) -> _Parties:
    """Name the signer of "The carrier also inked a deal with Y": the company the description stands for.

    Not a company the previous sentence names after "with" (the other side of the deal told there).
    """
    signer, vendor, found = parties
    if signer is not None or vendor is None:
        return parties
    signer = _acting_anaphor(article, sentence, cue, vendor.id)
    if signer is None or _COUNTERPARTY_BEFORE.search(
        article.folded, max(0, signer.start - _DESCRIPTION_GAP), signer.start
    ):
        return parties
    return signer, vendor, [*found, "anaphor"]


_COUNTERPARTY_BEFORE = re.compile(r"[ ](?:with[ ]|from[ ]|avec[ ]|auprès d(?:e[ ]|'))(?:[a-zà-ÿ\-]{1,20}[ ]){0,4}$")
"""Before a company named as the other side of a deal ("signed an agreement with engine maker X")."""


_MOVE_THAT = re.compile(r"(?:a|the|in a)[ ](?:move|decision|step|shift|switch)[ ](?:that|which)[ ]$")
"""An apposed "a move that" before an ending verb: the act of the sentence's subject."""
_FRONTED_PARTICIPLE = re.compile(
    r"(?:pour avoir|après avoir|en ayant|en|faute d'avoir|having|after having|after)[ ][^,;]{0,80}$"
)
"""A sentence opening on a participle clause that holds the cue ("Pour avoir résilié son contrat avec X, ...",
"Having ended its contract with X, ..."): the clause's subject is the main clause's, after the comma."""
_CUE_OPENS_FRONTED = re.compile(r"(?:en|after|après|having)[ ]")
_FRONTED_SUBJECT_REACH = 40


def _fronted_participle_subject(article: Article, sentence: Sentence, cue: Cue) -> CompanyMention | None:
    """The subject of the main clause after a fronted participle clause that holds ``cue``, if a company."""
    folded = article.folded
    # The cue may open the clause itself: "En mettant fin à ...", "After losing the ... contract, ...".
    opens = cue.start == sentence.start and _CUE_OPENS_FRONTED.match(folded, cue.start) is not None
    if not opens and _FRONTED_PARTICIPLE.fullmatch(folded, sentence.start, cue.start) is None:
        return None
    comma = folded.find(", ", cue.end, sentence.end)
    if comma < 0:
        return None
    return sentence.company_after(comma + 2, within=_FRONTED_SUBJECT_REACH)


_ABSOLUTE_WITH = re.compile(r"\b(?:with|avec)[ ](?:the[ ])?$")
_ING_CUE = re.compile(r"[a-z]+ing\b")


def _absolute_subject(article: Article, sentence: Sentence, cue: Cue) -> CompanyMention | None:
    """The company of "with X -ing" right before a gerund cue: the subject of that clause, not the sentence's.

    "Bagir has felt the new approach, with M&S trimming its orders": M&S cuts, Bagir supplies.
    """
    folded = article.folded
    if _ING_CUE.match(folded, cue.start) is None:
        return None
    company = next((c for c in sentence.companies if c.end == cue.start - 1), None)
    if company is None or _ABSOLUTE_WITH.search(folded, max(sentence.start, company.start - 10), company.start) is None:
        return None
    return company


_UNIT_OF_BEFORE = re.compile(
    r"\b(?:filiale|branche|division|unit|subsidiary|arm)(?:[ ][a-zà-ÿ\-]{2,15})?[ ](?:de[ ]|d'|du[ ]|of[ ])"
    r"(?:la[ ]|l'|the[ ])?$"
)
"""A parent named after its unit ("la filiale belge d'Orange", "the German unit of X"): the unit is the party."""


def _past_cited_source(sentence: Sentence, cue: Cue, customer: CompanyMention | None) -> CompanyMention | None:
    """The subject after a cited source that names the first company.

    "According to a source with access to Y, X will stop using the chipmaker": X, not Y. A rumour cue that swallows
    "according to" leaves the source unhidden, so the company inside it would otherwise stand as the customer and the
    supplier come out reversed.
    """
    if customer is None:
        return None
    for start, end in sentence.clauses.sources:
        if start <= customer.start < end <= cue.start:
            return sentence.company_after(end, exclude=customer.id, within=cue.start - end - 1) or customer
    return customer


def _customer_subject(article: Article, sentence: Sentence, cue: Cue) -> CompanyMention | None:
    """The customer before a cue, wherever the sentence puts its subject.

    The reported or subordinate subject, the one after a headline's topic, a relative's antecedent or a fronted
    participle's subject; never an agent ("demandés par X") or a party to talks.
    """
    folded = article.folded
    customer = _reported_subject(article, sentence, cue, sentence.company_before(cue.start))
    customer = _subordinate_subject(article, sentence, cue, customer)
    customer = _after_topic_colon(article, sentence, cue, customer)
    customer = customer or _antecedent_over_apposition(article, sentence, cue) or _relative_antecedent(sentence, cue)
    customer = customer or _fronted_participle_subject(article, sentence, cue)
    customer = _past_cited_source(sentence, cue, customer)
    customer = _absolute_subject(article, sentence, cue) or customer
    customer = decision_holder(article, sentence, cue) or customer  # « la décision des CFF d'accorder à Y »
    if customer is not None and _UNIT_OF_BEFORE.search(
        article.folded, max(sentence.start, customer.start - 40), customer.start
    ):
        customer = None  # "la filiale belge d'Orange subissait des pressions": the unit acts, not its parent
    customer = article.subject_past_fronted(sentence, customer, cue.start) if customer is not None else None
    if (
        customer is not None
        and article.in_fronted_phrase(sentence, customer.start)
        and not article.in_fronted_phrase(sentence, cue.start)
    ):
        customer = None  # "Unhappy with Sodexo's food, the School Board picked Y": an unnamed subject acts
    if customer is not None and (
        _AGENT_BEFORE.search(folded, max(sentence.start, customer.start - 5), customer.start)
        or _TALKS_WITH_BEFORE.search(folded, max(sentence.start, customer.start - 20), customer.start)
    ):
        # "... les 233 millions demandés par Bolloré, il met fin au contrat": an agent is no subject; nor is
        # the party of "des négociations avec Airbus afin de réduire sa commande".
        customer = None
    own_subject = new_subject_between(article.text, customer.end, cue.start) if customer is not None else None
    if own_subject is not None and sentence.company_after(own_subject, within=cue.start - own_subject) is None:
        customer = None  # "A named B its agency, and Celebrity Cruises awarded ...": the conjunct's own subject acts
    return _teller_not_told(article, sentence, cue, customer)


_TOLD_BEFORE = re.compile(r"\b(?:told|tells|informed|informs|notified|notifies|advised|advises)[ ]$")
_TOLD_IT_WOULD = re.compile(
    r"[^,.;]{0,40}?[ ](?:that[ ])?(?:it|they)[ ](?:will|would|was[ ]going[ ]to|is[ ]going[ ]to|plans[ ]to"
    r"|planned[ ]to|intends[ ]to|intended[ ]to)[ ](?:(?:be|not|no[ ]longer)[ ])?"
)


def _teller_not_told(
    article: Article, sentence: Sentence, cue: Cue, customer: CompanyMention | None
) -> CompanyMention | None:
    """The teller, not the one told, in "X told Y it would end its contract with Z": "it" is X.

    The company right before the cue is then the one told (Y), which may be the supplier or a third party; the
    customer is the teller, or, told by a description ("The carrier told Y ..."), left to the story's anaphors.
    """
    if customer is None:
        return None
    folded = article.folded
    told = _TOLD_BEFORE.search(folded, max(sentence.start, customer.start - 12), customer.start)
    if told is None or _TOLD_IT_WOULD.fullmatch(folded, customer.end, cue.start) is None:
        return customer
    return sentence.company_before(told.start())


_POSSESSIVE_BEFORE = re.compile(r"(?:'s|')[ ]")
_CHOICE_AS = re.compile(r"[ ](?:as|comme)[ ]")
"""After the chosen company: a rank or a role ("the selection of X as a top employer"), no supplier chosen; a
possessive after it chooses one of its people."""


def _chosen_noun_parties(article: Article, sentence: Sentence, cue: Cue) -> _Parties:
    """Read a choice told as a noun: "X's selection of Y", "the choice of Y by X", "le choix de Y par X".

    The chosen supplier follows the noun (maybe described); the customer owns the noun or follows "by / par".
    """
    folded = article.folded
    if folded.endswith((" par", " by"), cue.start, cue.end):
        # "le choix par la SNCB du consortium Y": the buyer right after the noun, the supplier after it.
        by_agent = chosen_by_agent(article, sentence, cue, partial(_named_after_description, article, sentence))
        return (*by_agent, []) if by_agent is not None else (None, None, [])
    vendor = sentence.company_after(cue.end, within=_NEAR_WITH) or _named_after_description(
        article, sentence, cue.end - 1, None
    )
    if vendor is None or _CHOICE_AS.match(folded, vendor.end) or _POSSESSIVE_BEFORE.match(folded, vendor.end):
        return None, None, []  # "the selection of Y as a top employer", "the choice of Y's founder"
    owner = sentence.company_before(cue.start)
    customer = (
        owner if owner is not None and _POSSESSIVE_BEFORE.fullmatch(folded, owner.end, cue.start) is not None else None
    )
    if customer is None:
        by = _BY_GIVER.match(folded, vendor.end, sentence.clauses.span_of(cue.start)[1])
        customer = sentence.company_after(by.end(), exclude=vendor.id, within=_NEAR_WITH) if by else None
    return (customer, vendor, []) if customer is not None and customer.id != vendor.id else (None, None, [])


_CANCELLED_BEFORE = re.compile(r"cancel\w*[\"\u201d]?[ ](?:of[ ])?(?:its|the|their|an?)[ ]$")
"""An order cancelled right before it is told ("initiated action for cancellation" of its order for 12 helicopters
from X", "cancelled its order for"): the order ends, it is not placed."""


def _counted_parties(article: Article, sentence: Sentence, cue: Cue) -> _Parties:
    """Read "X will buy 20 Airbus A350s", "X commande 40 rames Alstom": the customer, then the maker of the goods."""
    if _CANCELLED_BEFORE.search(article.folded, max(sentence.start, cue.start - 40), cue.start):
        return None, None, []
    if told_by_seller(article.folded, sentence.start, cue.start):
        return None, None, []
    customer = _customer_subject(article, sentence, cue)
    exclude = customer.id if customer else None
    vendor = (
        _maker_of_counted_goods(article, sentence, cue, exclude)
        or seller_after_goods(article, sentence, cue, exclude)
        or model_maker(article, sentence, cue, exclude)
    )
    if vendor is None and customer is not None:
        vendor = order_teller(article, sentence, cue, customer)
    if vendor is not None and customer is None:
        customer = _acting_anaphor(article, sentence, cue, vendor.id)
    return (customer, vendor, []) if vendor is not None else (None, None, [])


def _customer_parties(article: Article, sentence: Sentence, cue: Cue) -> _Parties:
    """Return (customer, vendor, how the vendor was found) for a customer cue, by how the cue is worded."""
    folded = article.folded
    customer = _customer_subject(article, sentence, cue)
    exclude = customer.id if customer else None
    if cue.detail == "signed":
        return _signed_by_anaphor(article, sentence, cue, _signed_parties(article, sentence, cue, customer))
    if cue.detail == "as_customer":
        return _won_or_lost_parties(article, sentence, cue, vendor=customer)
    if customer is not None and _CLITIC_BEFORE.search(folded, max(sentence.start, cue.start - 6), cue.start):
        # "Thales annonce que la DGA l'a notifié du contrat", "Airbus l'a retenu": the pronoun is the supplier.
        vendor = _clitic_referent(article, sentence, cue, customer)
        return (customer, vendor, ["clitic"]) if vendor is not None else (None, None, [])
    if cue.detail == "dative":
        return _dative_parties(article, sentence, cue, customer)
    if cue.detail == "own":
        return _own_parties(article, sentence, cue, customer)
    # A bare verb ("dropped", "a choisi") takes its object right after it; "... with X" may wait a little.
    bare_verb = not folded.endswith(_PREPOSITIONS, cue.start, cue.end)
    within = _BARE_VERB_REACH if bare_verb else 40
    vendor, how = _object_after(article, sentence, cue, exclude=exclude, within=within)
    if bare_verb and vendor is None:
        vendor = (
            _described_object(article, sentence, cue, exclude)
            or seller_after_goods(article, sentence, cue, exclude)
            or chosen_goods_maker(article, sentence, cue, exclude)
            or model_maker(article, sentence, cue, exclude)
        )
    if bare_verb and vendor is None and customer is not None:
        vendor = _speaker_supplier(article, sentence, cue, customer) or order_teller(article, sentence, cue, customer)
    if vendor is None and customer is not None and cue.family == "customer_continue":
        # "Airbus et Atos ont prolongé leur partenariat": the second of the pair before the verb supplies.
        joined = _JOINED.match(folded, customer.end)
        partner = sentence.company_after(joined.end(), exclude=exclude, within=0) if joined else None
        vendor = partner if partner is not None and partner.end <= cue.start else None
    if vendor is None and customer is not None and _CUSTOMER_ENDS_CUE.search(folded, cue.start, cue.end):
        # "Y said X will continue as a customer", "The settlement sees X continue as a customer": the supplier is
        # the one who tells it, or the subject of the sentence before; when that is the customer itself ("Vantry
        # said it would leave. The deal sees Vantry continue as a customer"), the story's own company.
        vendor = _referent(article, sentence, customer.id, cue.start) or article.story_subject(customer.id)
        how = "anaphor" if vendor is not None else how
    inferred = [how] if how else []
    if customer is None and vendor is not None:
        # "It currently uses ...", "The company has chosen Nokia": the speaker or the previous sentence's subject.
        customer = _acting_anaphor(article, sentence, cue, vendor.id)
        inferred += ["anaphor"] if customer is not None else []
    if customer is None and vendor is not None and cue.family in _LOSS_TYPES and cue.detail == "active":
        # "Apple has announced that future Macs will move away from Intel chips": the speaker's goods leave the
        # supplier; the speaker buys.
        customer = _reported_subject_of(article, sentence, cue, vendor.id)
    if (
        customer is None
        and vendor is not None
        and _MOVE_THAT.search(folded, max(sentence.start, cue.start - 30), cue.start)
    ):
        # "The company said it will ship Macs with its own chips, a move that ends its partnership with Intel":
        # the move is the sentence subject's.
        customer = _subject_of(article, sentence, cue, vendor.id)[0]
    return customer, vendor, inferred


_CUSTOMER_ENDS_CUE = re.compile(r"[ ](?:customer|client)$")
"""A customer row that names no supplier in its own words ("will continue as a customer")."""
_CLITIC_BEFORE = re.compile(r"(?:^|[ ])(?:l'|lui[ ]|leur[ ]|les[ ])$")
"""A French object pronoun right before the customer's verb: "la DGA l'a notifié", "Orange lui a confié"."""
_TELLER_GAP = 60


def _clitic_referent(article: Article, sentence: Sentence, cue: Cue, customer: CompanyMention) -> CompanyMention | None:
    """The supplier a French object pronoun stands for.

    The teller of "Y annonce que X l'a retenu", else the company the previous sentences are about ("Y a gagné.
    X l'a choisi pour ...").
    """
    teller = sentence.first_company_before(customer.start, exclude=customer.id)
    if teller is not None:
        gap = article.folded[teller.end : customer.start]
        return teller if len(gap) <= _TELLER_GAP and _THAT.search(gap) else None
    return _anaphor_company(article, sentence, customer.id, cue.start)


def _co_supplier(article: Article, sentence: Sentence, cue: Cue, first: Candidate) -> list[Candidate]:
    """The relation of Z in "X l'a notifié, avec Z, du contrat": a second supplier named beside the pronoun."""
    joined = _WITH_ALONGSIDE.match(article.folded, cue.end) if "clitic" in first.inferred else None
    vendor = first.object
    partner = sentence.company_after(joined.end(), exclude=vendor.id, within=0) if joined and vendor else None
    return [replace(first, object=partner, amount=None, inferred=list(first.inferred))] if partner else []


def _roster_members(article: Article, sentence: Sentence, cue: Cue, first: Candidate) -> list[Candidate]:
    """The relations of the customers listed after the first in "A, B and C are among its customers"."""
    if cue.detail != "roster" or first.subject is None:
        return []
    return [
        replace(first, subject=member, amount=None, inferred=list(first.inferred))
        for member in roster_customers(article, sentence, cue)[1:]
    ]


_WITH_ALONGSIDE = re.compile(r",?[ ](?:avec|ainsi qu'avec|along with|together with|alongside)[ ](?:la[ ]|le[ ]|l')?")


def _dative_parties(article: Article, sentence: Sentence, cue: Cue, customer: CompanyMention | None) -> _Parties:
    """Read "X awarded the contract to Y", "X confie à Y la gestion de", "X has given Y a contract"."""
    folded = article.folded
    given = _given_to_by(article, sentence, cue) if customer is None else None
    if given is not None:
        return given  # "Le contrat a été attribué à Y par X"
    exclude = customer.id if customer else None
    # "X confie (pour cinq ans) à Y la gestion de", "X awarded the contract to Y": Y right after or after "à/to".
    vendor = sentence.company_after(cue.end, exclude=exclude, within=_BARE_VERB_REACH)
    # "X awarded engineering group Y a contract": a short description, then the name.
    vendor = vendor or _named_after_description(article, sentence, cue.end, exclude)
    to = None if vendor else _TO_VENDOR.match(folded, cue.end, sentence.clauses.span_of(cue.start)[1])
    if to is not None:
        kind = _VENDOR_KIND.match(folded, to.end())  # "au constructeur (breton) X", "to the contractor X"
        start, within = (kind.end(), _DESCRIBED_NAME_REACH) if kind is not None else (to.end(), _NEAR_WITH)
        group = _CONSORTIUM.match(folded, to.end() - 1)  # "to a consortium of A and B": its members supply
        start, within = (group.end(), _NEAR_WITH) if group is not None else (start, within)
        vendor = sentence.company_after(start, exclude=exclude, within=within)
        # "awarded the contract to local supplier X", "to Swedish truck maker X": a description without article.
        vendor = vendor or _named_after_description(article, sentence, to.end() - 1, exclude)
    # "handed a school transport contract to Y": the contract named before "to" is what is given.
    contract_given = to is not None and _CONTRACT_GIVEN_TO.search(folded, cue.end, to.end()) is not None
    # "La RATP commande 40 rames Alstom", "a commandé 60 Airbus A220": goods counted, then their maker.
    vendor = vendor or _maker_of_counted_goods(article, sentence, cue, exclude)
    if vendor is None and customer is not None:
        vendor = _teller_given_it(article, sentence, cue, customer)
        contract_given = contract_given or vendor is not None
    if vendor is None and customer is not None:
        # « Airbus annonce qu'IAG a commandé 37 A320neo »: the maker tells of the goods ordered from it.
        vendor = order_teller(article, sentence, cue, customer)
    if vendor is not None and (
        (not contract_given and _gives_no_contract(article, cue, vendor))
        or _order_noun(article, sentence, cue)
        or _grants_no_contract(article, sentence, cue, vendor)
        or _CONFIDED_THAT.match(article.folded, vendor.end) is not None
    ):
        return None, None, []
    if customer is None and vendor is not None:
        # "Airbus says it is moving its IT support to Accenture": "it" is the speaker.
        customer = _acting_anaphor(article, sentence, cue, vendor.id)
    return customer, vendor, []


_GIVING_PARTICIPLE = re.compile(r"\b(?:awarded|granted|given|handed|attribuée?s?|confiée?s?|notifiée?s?)$")
_GIVEN_NOUN = re.compile(
    r"\b(?:contracts?|deals?|orders?|tenders?|concessions?|franchises?|accounts?|contrats?|marchés?|commandes?"
    r"|délégations?|appels? d'offres|accords?-cadres?)\b"
)
_BY_GIVER = re.compile(r"[^.;]{0,80}?[ ](?:by|par)[ ]")
"""After the receiver of a contract given in the passive: the giver ("... to Y for three years by X")."""


def _given_to_by(article: Article, sentence: Sentence, cue: Cue) -> _Parties | None:
    """Read a contract given in the passive with both parties after it: "was awarded to Y by X", "attribué à Y par X".

    The receiver after "to / à" supplies, the giver after "by / par" buys; with no giver named, nothing is read here.
    """
    folded = article.folded
    if _GIVING_PARTICIPLE.search(folded, cue.start, cue.end) is None:
        return None
    clause_start, clause_end = sentence.clauses.span_of(cue.start)
    to = _TO_VENDOR.match(folded, cue.end, clause_end)
    if to is None or _GIVEN_NOUN.search(folded, clause_start, to.end()) is None:
        return None  # "The prize was awarded to Y by X": no contract given
    kind = _VENDOR_KIND.match(folded, to.end())  # "au groupe allemand Y", "to the contractor Y"
    start, within = (kind.end(), _DESCRIBED_NAME_REACH) if kind is not None else (to.end(), _NEAR_WITH)
    vendor = sentence.company_after(start, within=within) or _named_after_description(
        article, sentence, to.end() - 1, None
    )
    by = _BY_GIVER.match(folded, vendor.end, sentence.end) if vendor is not None else None
    customer = sentence.company_after(by.end(), exclude=vendor.id, within=_NEAR_WITH) if by and vendor else None
    if customer is None and vendor is not None:
        # "a été attribué hier par la SNCF à l'industriel Y": the giver told first, between the verb and "à".
        first = _BY_FIRST.match(folded, cue.end, to.end())
        giver = (
            sentence.company_after(first.end(), exclude=vendor.id, within=_NEAR_WITH)
            or _named_after_description(article, sentence, first.end() - 1, vendor.id)
            if first
            else None
        )
        customer = giver if giver is not None and giver.end < to.end() else None
    return (customer, vendor, []) if customer is not None else None


_BY_FIRST = re.compile(r"(?:[ ][a-zà-ÿ\-]{2,15}){0,2}?[ ](?:by|par)[ ]")
"""Right after a giving participle: up to two adverbs ("hier", "officiellement"), then its giver after "par / by"."""


_NOUN_DETERMINER_BEFORE = re.compile(
    r"\b(?:une|la|sa|son|cette|leur|ses|les|des|de|d'|première|nouvelle|grosse|plus|dernière)[ ]"
    r"(?:[a-zà-ÿ\-]{2,15}[ ])?$|\bd'$"
)
"""Before "commande": the noun ("sa première commande XL", "une commande de"), not the verb "X commande Y à Z"."""


def _order_noun(article: Article, sentence: Sentence, cue: Cue) -> bool:
    """Whether the dative cue "commande" is the noun after a determiner, which orders nothing from the next name."""
    if not article.folded.startswith("commande", cue.start):
        return False
    subject = sentence.company_before(cue.start)
    if subject is not None and cue.start - subject.end <= 1:
        return False  # "La SNCF commande 30 rames à Alstom": the verb right after its subject
    return _NOUN_DETERMINER_BEFORE.search(article.folded, max(sentence.start, cue.start - 28), cue.start) is not None


_GIVES = frozenset(("gave", "gives", "has given", "handed", "has handed", "granted", "has granted"))
"""Dative cues that give anything ("gave Y $5 million", "handed Y the keys"): a contract noun must follow Y."""
_CONTRACT_GIVEN_TO = re.compile(
    r"\b(?:contract|order|deal|extension|concession|franchise|account|dut(?:y|ies)|mandate)s?[ ](?:[^.;,]{0,30}[ ])?"
    r"to[ ]$"
)
"""Before "to" after a giving verb: the contract it gives ("handed a £2m bus contract running to 2030 to"), or an
agency's account or duties ("handed global media duties to")."""
_GIVEN_CONTRACT = re.compile(
    r"(?:[ ]\([^()]{1,20}\))?[ ](?:a|an|the)[ ](?:(?:[^ .;,]|[.,](?=\d)){1,20}[ ]){0,4}?"
    r"(?:contract|order|deal|extension)s?\b"
)
"""After the receiver of a giving verb: the contract given, maybe after its amount ("a Rs 106.55 crore order")."""


_GIVEN_SUPPORT = re.compile(
    r"(?:[ ](?:corp|inc|ltd|plc|llc|co|sa|sas|ag|se|nv|group)\.?)?(?:[ ]\([^()]{1,20}\))?"
    r"[ ](?:a|an|the|its|their|un|une|le|la|son|sa)[ ]"
    r"(?:(?!(?:contract|order|deal|contrat|commande|marché)s?[ ])[^ ;,]{1,20}[ ]){0,5}?"
    r"(?:grants?|loans?|prizes?|awards?|subsid(?:y|ies)|funding|scholarships?|fellowships?|medals?|subventions?"
    r"|prêts?|prix|bourses?|récompenses?|trophées?)\b"
)
"""After the receiver of "awarded Y": support or an honour, no contract ("a $1.5m grant", "its supplier of the year
prize", "une subvention de 2 millions")."""
_OWNER_OF_TELLER = re.compile(r"(?:'s|')[ ]")
"""A possessive after the company found: a place or an owner ("Winnipeg's New Flyer"), not the one speaking."""
_IT_GIVEN_CONTRACT = re.compile(r"[ ](?:it|them)" + _GIVEN_CONTRACT.pattern)
"""A contract given to an object pronoun: "has awarded it a five-year contract", "gave them a $30m order"."""


def _teller_given_it(article: Article, sentence: Sentence, cue: Cue, customer: CompanyMention) -> CompanyMention | None:
    """The supplier of "Y says X has awarded it a contract": the pronoun stands for the company telling it.

    The English twin of "Y annonce que X l'a retenu": the teller is the nearest other company before the
    customer, with a speech verb or "that" right before the customer. With no company before the customer, or only
    the givers of a parallel clause ("X awarded it an order, and Z gave it another"), the pronoun stands for the
    subject of the sentence before ("It is HFCL's fifth order. Earlier, X awarded it a Rs 106 crore order").
    """
    if _IT_GIVEN_CONTRACT.match(article.folded, cue.end) is None:
        return None
    before = [c for c in sentence.companies if c.end <= customer.start and c.id != customer.id]
    gap = article.folded[before[-1].end : customer.start] if before else ""
    if not before or _PARALLEL_GIVER.fullmatch(gap):
        earlier = article.previous_subject(sentence.index)
        named_here = {c.id for c in sentence.companies}
        return earlier if earlier is not None and earlier.id not in named_here else None
    if (
        len(gap) > _TELLER_GAP
        or (_SAID.search(gap) is None and _THAT.search(gap) is None)
        or _OWNER_OF_TELLER.match(gap)  # "Winnipeg's New Flyer says": the teller is the name after the possessive
    ):
        return None
    return before[-1]


_PARALLEL_GIVER = re.compile(r"[^.;]*?[ ]it[ ][^.;]*?,?[ ](?:and|while|whereas)[ ](?:the[ ])?")
"""Between the giver of a first clause and the one of a second, both giving to "it": "X awarded it an order, and "."""


def _gives_no_contract(article: Article, cue: Cue, vendor: CompanyMention) -> bool:
    """Whether "X has given Y ..." gives Y something other than a contract ("gave Y a $5m loan").

    A verb that mostly gives contracts ("awarded", "a attribué") reads one unless a grant, a loan or a prize follows:
    "NIH awarded Y a $1.5m grant" buys nothing from Y.
    """
    if article.folded[cue.start : cue.end] not in _GIVES:
        return _GIVEN_SUPPORT.match(article.folded, vendor.end) is not None
    return _GIVEN_CONTRACT.match(article.folded, vendor.end) is None


_CONFIDED_THAT = re.compile(r"[ ](?:que|qu')")
"""After the receiver of "confier": "que" makes it a confidence ("a confié à TechCrunch que ..."), no contract."""
_GRANTS = re.compile(r"\baccord(?:e|ent|er|era|erait|eront|eraient|ait|aient|é)\b")
"""French "accorder", which gives anything (a loan, an interview, a delay, its trust), unlike "attribuer / confier"."""
_GRANTED_CONTRACT = re.compile(
    r"[ ](?:un|une|le|la|l'|les|des|son|sa|ses|leur|leurs)[ ]?(?:[^ .;,]{1,20}[ ]){0,3}?"
    r"(?:contrats?|marchés?|commandes?|concessions?|délégations?|accords?-cadres?|contrats?-cadres?)\b"
)
"""Right after the receiver of "accorder": the contract it is given ("à ABB un lucratif contrat de 85 M$")."""


def _grants_no_contract(article: Article, sentence: Sentence, cue: Cue, vendor: CompanyMention) -> bool:
    """Whether an "accorder" cue gives its receiver something other than a contract.

    "Hydro-Québec a accordé à ABB un contrat de 85 M$" buys from ABB; "Orange a accordé un prêt à Vivendi" does not:
    the verb reads a customer only with a contract noun between it and the receiver or right after the receiver.
    """
    folded = article.folded
    if _GRANTS.search(folded, cue.start, cue.end) is None:
        return False
    if _GIVEN_NOUN.search(folded, cue.end, vendor.start) is not None:
        return False  # "a accordé le contrat de maintenance à ABB"
    return _GRANTED_CONTRACT.match(folded, vendor.end) is None


_ANTECEDENT_GAP = 2


def _relative_antecedent(sentence: Sentence, cue: Cue) -> CompanyMention | None:
    """The subject of a cue inside a relative clause: "Eurostar, qui avait retenu Siemens", "X, which picked Y"."""
    for start, end, kind in sentence.clauses.hidden:
        if kind == "relative" and start <= cue.start < end:
            return next(
                (c for c in reversed(sentence.companies) if c.end <= start and start - c.end <= _ANTECEDENT_GAP), None
            )
    return None


def _speaker_supplier(
    article: Article, sentence: Sentence, cue: Cue, customer: CompanyMention
) -> CompanyMention | None:
    """Y in "Y said X would stop using its chips", "Y said X had decided not to renew its contract".

    A company telling of a customer's decision about "its" goods or contract is the supplier: the
    teller is the first other company before the customer, with "said / announced" right before the customer;
    so is the teller of "Y said X remains a customer" (the relation noun ends the cue), and of "Y believes X will
    rely solely on competitors' modems" (the rivals end the cue: the teller is the one they replace).
    """
    if (
        _POSSESSIVE_AFTER.match(article.folded, cue.end) is None
        and not article.folded.endswith(("customer", "client"), cue.start, cue.end)
        and _RIVALS_END.search(article.folded, cue.start, cue.end) is None
    ):
        return None
    if _OWN_FIGURE_AFTER.match(article.folded, cue.end):
        return None  # "Y said X cut its forecast": X's own figure, not Y's goods
    teller = sentence.first_company_before(customer.start, exclude=customer.id)
    if teller is None or _SAID.search(article.folded, teller.end, customer.start) is None:
        return None
    return teller


def _named_after_description(
    article: Article, sentence: Sentence, pos: int, exclude: str | None
) -> CompanyMention | None:
    """The first company after ``pos`` when only a short description of it stands between (see _DESCRIBED_VENDOR).

    The description is matched up to each company's start, so a name the folded text writes in lower case
    ("the pratt & whitney pw1100g") is never taken for part of the description.
    """
    for company in sentence.companies:
        if company.start > pos + _DESCRIPTION_GAP:
            return None
        if (
            company.start > pos
            and company.id != exclude
            and _DESCRIBED_VENDOR.fullmatch(article.folded, pos, company.start)
        ):
            return company
    return None


def _described_object(article: Article, sentence: Sentence, cue: Cue, exclude: str | None) -> CompanyMention | None:
    """The supplier a bare verb names after a description of it, of the customer's contract, or of a group."""
    folded = article.folded
    # "a sélectionné la PME lyonnaise X", "picked the Swedish group X": a short description, then the name; "a choisi
    # les logiciels de la start-up X", "ordered 100 Airbus A321neo jets": the maker of the goods chosen or counted.
    vendor = (
        _named_after_description(article, sentence, cue.end, exclude)
        or _maker_of_chosen_goods(article, sentence, cue, exclude)
        or _maker_of_counted_goods(article, sentence, cue, exclude)
    )
    if vendor is not None:
        return vendor
    relation = _RELATION_WITH.match(folded, cue.end, sentence.end)
    if relation is not None:
        # "ended its 10-year relationship with X", "decided not to renew its IT contract with X": the verb's object
        # is the customer's own contract, the supplier follows "with" ("with the Ministry of Defence").
        start = relation.end()
        start += len(article_before.group(0)) if (article_before := _THE.match(folded, start)) else 0
        named = sentence.company_after(start, exclude=exclude, within=_NEAR_WITH)
        # "avec le groupe minier polonais X"
        named = named or _named_after_description(article, sentence, relation.end() - 1, exclude)
        if named is None and article.anaphor_at(relation.end()) is not None:
            # "X sank after Y decided to end its contract with the engineering group": the company named before.
            named = sentence.first_company_before(cue.start, exclude=exclude)
            named = named or _anaphor_company(article, sentence, exclude, relation.end())
        return named
    goods = _GOODS_FROM.match(folded, cue.end) if folded.endswith(_PURCHASE_VERBS, cue.start, cue.end) else None
    if goods is not None:
        # "has stopped ordering parts from X", "will stop buying chips from X": what was bought, then the supplier.
        return sentence.company_after(goods.end(), exclude=exclude, within=0)
    losing = cue.family in ("customer_end", "customer_at_risk")
    maker = maker_of_withdrawn_goods(folded, sentence, cue.end, exclude) if losing else None
    if maker is not None:
        # "retire de ses rayons plusieurs produits du groupe X", "ne vend plus, depuis jeudi, de produits de X".
        return maker
    including = _INCLUDING.match(folded, cue.end) or _CONSORTIUM.match(folded, cue.end)
    if including is not None:
        # "uses cargo carriers including Atlas Air and Southern Air", "a retenu un consortium réunissant Naval Group
        # et ECA": the named suppliers of a described group.
        return sentence.company_after(including.end(), exclude=exclude, within=0)
    return None


_CHOSEN_GOODS = re.compile(
    r"[ ](?:the|its|their|les|la|le|l'|des|ses|sa|son|leurs?)[ ]?(?:[a-zà-ÿ\-]{2,20}[ ]){0,2}?"
    r"(?:technolog(?:y|ies|ie)|software|logiciels?|solutions?|equipment|équipements?|systems?|systèmes?"
    r"|products?|produits?|engines?|moteurs?|trains?|rames?|aircraft|avions?|jets?|chips?|puces?|batter(?:y|ies)"
    r"|cells?|cellules?|platforms?|plate-?formes?|sonars?|radars?|modems?|tools?|outils?|matériels?|kits?"
    r"|applications?|turbines?|satellites?|véhicules?|vehicles?|navires?|ships?|drones?|tramways?|trams?|bus"
    r"|locomotives?|wagons?|cables?|câbles?|services|networks?|réseaux?)"
    r"(?:[ ](?:of|from|de|du|des)[ ]|[ ]d')"
)
_MAKER_DESCRIPTION = re.compile(
    r"(?:(?:the|la|le|l'|les)[ ]?)?"
    r"(?:(?!(?:of|de|du|des|d'|to|for|pour|à|with|avec|by|par)[ ])[a-zà-ÿ\-]{2,20}[ ]){0,3}"
)
"""After a choosing verb: the goods chosen, then their maker, maybe described ("a choisi les technologies de Thales",
"les logiciels de la start-up parisienne X", "selected the engines of X"); no other "of / de" in between, so "l'offre de
rachat de X" or "the head of X" name no maker; the maker is the first company after them."""
_CHOOSING = frozenset(("customer_start", "customer_continue"))


_COUNT = (
    r"\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty"
    r"|seventy|eighty|ninety|a[ ]hundred|dozens[ ]of|deux|trois|quatre|cinq|sept|huit|neuf|dix|onze|douze|quinze"
    r"|vingt|trente|quarante|cinquante|soixante|cent|des|de[ ]nouveaux|de[ ]nouvelles"
)
_ASSET_WORDS = (
    r"shares|stock|stakes?|bonds|notes|actions|titres|obligations|plants|factories|sites|stores|hotels|units"
    r"|businesses|divisions|subsidiaries|brands|usines|magasins|filiales|marques|activités|hôtels"
)
"""Capital, securities, sites or businesses: bought from a company by the number, they are a deal, not its goods."""
_COUNTED_GOODS = re.compile(
    r"[ ](?:(?:up[ ]to|another|a[ ]further|about|some|jusqu'à|environ|plus[ ]de|près[ ]de)[ ])?"
    rf"(?:{_COUNT})[ ](?:(?:more|new|additional|further|extra|used|nouveaux|nouvelles|supplémentaires)[ ])?"
)
_GOODS_WORDS = re.compile(
    r"(?:(?!(?:for|to|from|of|in|at|on|with|by|pour|à|au|aux|de|du|des|d'|chez|auprès|par|sur|en|dans|million|millions"
    r"|percent|cent|fewer|less|more|moins|plus|pour[ ]cent"
    rf"|billion|billions|milliards?|thousand|mille|{_ASSET_WORDS})[ ])[a-zà-ÿ\-]{{2,15}}[ ]){{0,2}}"
)
"""After a purchase verb: a count of goods, maybe a word or two naming them ("100 Airbus", "20 new Airbus", "40 rames
Alstom", "des batteries Panasonic"); the maker's name must follow at once, so "100 jets for X" names a beneficiary,
and "5 million Tesla shares" never matches (a unit or a security before the name)."""
_SECURITY_AFTER = re.compile(rf"[ ](?:{_ASSET_WORDS})\b")


def _maker_of_counted_goods(
    article: Article, sentence: Sentence, cue: Cue, exclude: str | None
) -> CompanyMention | None:
    """The maker of goods a customer buys or orders by the number: "ordered 100 Airbus A321neo jets".

    Or takes up under options already signed: "has exercised options on 50 Airbus A320neo jets" (a continuation).
    """
    if cue.family not in ("customer_start", "customer_continue"):
        return None
    counted = _COUNTED_GOODS.match(article.folded, cue.end, sentence.end)
    if counted is None:
        return None
    maker = next((c for c in sentence.companies if c.start >= counted.end()), None)
    if (
        maker is None
        or maker.id == exclude
        or not _GOODS_WORDS.fullmatch(article.folded, counted.end(), maker.start)
        or _SECURITY_AFTER.match(article.folded, maker.end)
    ):
        return None
    return maker


def _maker_of_chosen_goods(
    article: Article, sentence: Sentence, cue: Cue, exclude: str | None
) -> CompanyMention | None:
    """The supplier a customer chose through its goods: a choice of products is a choice of their maker."""
    if cue.family not in _CHOOSING:
        return None
    goods = _CHOSEN_GOODS.match(article.folded, cue.end, sentence.end)
    if goods is None:
        return None
    for company in sentence.companies:
        if company.start >= goods.end() and company.id != exclude:
            described = _MAKER_DESCRIPTION.fullmatch(article.folded, goods.end(), company.start)
            return company if described is not None else None
    return None


_CONSORTIUM = re.compile(
    r"[ ](?:a|an|the|un|une|le|la)[ ](?:[a-zà-ÿ\-]{2,20}[ ]){0,2}(?:consortium|groupement|team|coentreprise"
    r"|joint[ ]venture|partnership)(?:[ ][a-zà-ÿ\-]{2,20}){0,2}?,?[ ](?:réunissant|associant|formée?[ ]par"
    r"|composée?[ ]de|mené[e]?[ ]par|emmenée?[ ]par|comprising|formed[ ]by|made[ ]up[ ]of|led[ ]by|of)[ ]"
    r"(?:the[ ]|le[ ]|la[ ]|l')?(?:(?:its|their|son|sa|leur)[ ](?:[a-zà-ÿ\-]{2,20}[ ]){0,2}[a-zà-ÿ\-]{2,20},[ ])?"
)
"""After a bare verb or "awarded ... to": a bidding group named by its members ("selected a consortium of A and B",
"a retenu un groupement formé par A et B", "awarded its business to a partnership of its incumbent agency, A, and
B")."""


def _own_parties(article: Article, sentence: Sentence, cue: Cue, customer: CompanyMention | None) -> _Parties:
    """Read "X ended its contract (with Y)" with the parties an anaphor, the speaker or the story supplies."""
    customer = _possessor_in_cue(article, sentence, cue) or customer
    customer, vendor, found = _own_contract_parties(article, sentence, cue, customer)
    vendor = vendor if vendor is not None or customer is not None else _speaker(sentence)
    if customer is None and vendor is not None:
        customer = _acting_anaphor(article, sentence, cue, vendor.id)  # "..., il met fin au contrat"
    if customer is None and vendor is not None:
        # "The planemaker will not renew the contract, Atos said": the speaker supplies, "the planemaker" buys.
        customer = _described_earlier_subject(article, sentence, cue, vendor)
    if customer is not None and vendor is None:
        vendor = _implicit_supplier(article, sentence, customer)
    return customer, vendor, found


def _possessor_in_cue(article: Article, sentence: Sentence, cue: Cue) -> CompanyMention | None:
    """The company whose relation an ending pattern names, when the pattern holds its possessive.

    "Councillors voted to end Barnet Council's outsourcing contract with Capita": the owner of the contract is the
    customer, whoever votes or acts.
    """
    return next(
        (
            c
            for c in sentence.companies
            if cue.start < c.start and c.end < cue.end and article.folded.startswith("'", c.end)
        ),
        None,
    )


def _described_earlier_subject(
    article: Article, sentence: Sentence, cue: Cue, vendor: CompanyMention
) -> CompanyMention | None:
    """The previous sentence's subject, when a description ("the planemaker", "l'avionneur") stands before ``cue``."""
    if not article.anaphor_before(max(sentence.start, cue.start - _DESCRIPTION_REACH), cue.start):
        return None
    earlier = article.previous_subject(sentence.index)
    return earlier if earlier is not None and earlier.id != vendor.id else None


def _implicit_supplier(article: Article, sentence: Sentence, customer: CompanyMention) -> CompanyMention | None:
    """The supplier of "X would not renew its contract" when the sentence names no other company.

    "The IT services group said X would not renew": what the opening description stands for; else the
    company the story is about (the supplier of a supplier-side story), never the customer itself.
    """
    if sentence.companies and sentence.companies[0].id != customer.id:
        return None
    if article.anaphor_at(sentence.start) is not None:
        named = _anaphor_company(article, sentence, customer.id, sentence.start)
        named = named or article.previous_subject(sentence.index)
        return named if named is not None and named.id != customer.id else None
    focus = article.focus
    return focus if focus is not None and focus.id != customer.id else None


def _subordinate_subject(
    article: Article, sentence: Sentence, cue: Cue, first: CompanyMention | None
) -> CompanyMention | None:
    """The subject of the subordinate clause holding the cue, else ``first``.

    "Sigma sinks after Chemist Warehouse takes its business to EBOS": the main clause's subject is not the one acting.
    """
    if first is None:
        return None
    openers = list(_SUBORDINATOR.finditer(article.folded, first.end, cue.start))
    if not openers:
        return first
    return sentence.company_after(openers[-1].end(), within=_SUBORDINATE_REACH) or first


def _after_topic_colon(
    article: Article, sentence: Sentence, cue: Cue, first: CompanyMention | None
) -> CompanyMention | None:
    """The company opening the clause after a topic and a colon, else ``first``.

    "Airbus : Thai Airways menace d'annuler sa commande", "Retards de l'A380 : Emirates s'interroge sur sa
    commande": the headline's topic before the colon is not the one acting.
    """
    if first is None:
        return None
    colon = _TOPIC_COLON.search(article.text, first.end, cue.start)
    if colon is None:
        return first
    after = sentence.company_after(colon.end(), within=0)
    return after if after is not None and after.end <= cue.start else first


_TOPIC_COLON = re.compile(r"[ ]?:[ ]")
"""A colon between a headline's topic and its clause."""


def _antecedent_over_apposition(article: Article, sentence: Sentence, cue: Cue) -> CompanyMention | None:
    """X in "X, premier opérateur du pays, qui avait retenu Y": a relative clause hung on an apposed company."""
    aside = sentence.clauses.aside_at(cue.start)
    if aside is None or aside[2] != "relative":
        return None
    antecedent = next((c for c in reversed(sentence.companies) if c.end <= aside[0]), None)
    if antecedent is None or _LOWER_APPOSITION.fullmatch(article.text, antecedent.end, aside[0]) is None:
        return None
    return antecedent


def _reported_subject(
    article: Article, sentence: Sentence, cue: Cue, first: CompanyMention | None
) -> CompanyMention | None:
    """The subject of the reported clause in "X told investors that Y has stopped placing orders": Y, not X."""
    if first is None:
        return None
    for company in reversed(sentence.companies):
        if company.end > cue.start:
            continue
        if company.start <= first.start:
            break
        if _THAT.search(article.folded, first.end, company.start) or _SAID.search(
            article.folded, first.end, company.start
        ):
            return company
    return first


def _won_or_lost_parties(article: Article, sentence: Sentence, cue: Cue, vendor: CompanyMention | None) -> _Parties:
    """Read "Y lost X as a customer", "Y to lose X contract" and "Y lost its supply agreement with X".

    The customer follows the verb and is marked as one by "as a customer" or a contract noun right
    after its name; or the verb's object is the vendor's own contract and the customer follows "with".
    """
    folded = article.folded
    exclude = vendor.id if vendor else None
    won = sentence.company_after(cue.end, exclude=exclude, within=_COUNTED_REACH)
    gap = _LOST_GAP if cue.family in _LOSS_TYPES else _OBJECT_GAP
    if won is not None and not gap.fullmatch(folded, cue.end, won.start):
        won = None  # only an article may stand before the customer: "compte la SNCF parmi ses clients"
    if won is not None and (
        _AS_CUSTOMER.match(folded, won.end)
        or _CONTRACT_NOUN.match(folded, won.end)
        or _MARKED_CUSTOMER.match(folded, won.end)
        or _share_relative(article, sentence, won.end)
    ):
        return won, vendor, []
    if won is not None and _AMONG_SUPPLIERS.match(folded, won.end):
        return vendor, won, []  # "Orange compte Ericsson parmi ses fournisseurs": the subject buys
    contract = _ITS_CONTRACT_WITH.match(folded, cue.end, sentence.end)
    if contract is not None and _NAMED_ACCOUNT_FROM.fullmatch(article.text, contract.start(), contract.end()):
        return None, None, []  # "won the Korvia account from Y": the account names its client, "from" its former agency
    if contract is not None:
        return sentence.company_after(contract.end(), exclude=exclude, within=_NEAR_WITH), vendor, []
    if cue.family == "customer_start":
        return _bare_contract_from(article, sentence, cue, vendor), vendor, []
    return None, None, []


_LOST_GAP = re.compile(r"[ ](?:(?:also|already|now|still)[ ])?(?:(?:the|its|their)[ ])?")
"""Between a loss verb and the customer whose contract it names: "has lost its Walmart contract" (the possessive is
the supplier's, the name the customer's)."""


_NAMED_ACCOUNT_FROM = re.compile(
    r"[ ](?:the|its|an?)[ ][^ ]*(?:[ ][^ ]+){0,2}?[ ]?[A-Z][^ ]*[ ](?:[^ ]+[ ]){0,2}?accounts?[ ]from[ ]"
)
"""An account named by its client (a capitalised name inside it), then "from": "the £20m Korvia media account from"
(session 24). The company after "from" is the agency that lost it, not a customer."""
_BARE_CONTRACT_FROM = re.compile(
    rf"[ ](?!(?:an?|the)[ ])(?P<noun>{_CLAUSE_CHAR}{{0,40}}?\b(?:contracts?|orders?|deals?|tenders?))[ ](?:from|by)[ ]"
    r"(?:the[ ])?"
)
"""A headline's won contract with no article: "wins $300 million deal from X", "bags order from X" (with an
article, "won a contract from X" is the passive rows' to read)."""


def _bare_contract_from(
    article: Article, sentence: Sentence, cue: Cue, vendor: CompanyMention | None
) -> CompanyMention | None:
    """The customer a headline's "wins / bags / secures <contract> from X" names, if the contract sells X something.

    A renewal ("wins contract extension from X") continues a relation, and a financing or licensing deal sells
    nothing: neither names a new customer.
    """
    won = _BARE_CONTRACT_FROM.match(article.folded, cue.end, sentence.end)
    if won is None or vendor is None:
        return None
    noun = won.group("noun")
    if _NOT_SUPPLY_DEAL.search(noun) or _RENEWAL_NOUN.match(noun):
        return None
    return sentence.company_after(won.end(), exclude=vendor.id, within=0)


_PERSONAL_CONTRACT = re.compile(r"\b(?:his|her)[ ](?:[a-z\-]{1,15}[ ]){0,2}(?:contract|deal|agreement)\b")
"""An employee's or a player's contract, not a company's: "the CEO said his contract was extended"."""


def _owns_contract_with(folded: str, sentence: Sentence, owner: CompanyMention, customer: CompanyMention) -> bool:
    """Whether ``owner`` opens "<owner>'s contract with <customer>" (an article may stand before the customer)."""
    if owner.start not in sentence.owners or owner.end > customer.start:
        return False
    owned = _CONTRACT_OWNER.match(folded, owner.end)
    return owned is not None and 0 <= customer.start - owned.end() <= len("the ")


_RELATIVE_AFTER = re.compile(r",[ ](?:qui|which|that)[ ]")
_SHARE_RELATIVE_REACH = 50


def _share_relative(article: Article, sentence: Sentence, pos: int) -> bool:
    """Whether a relative right after ``pos`` gives a share of sales ("X, qui représentait 15 % de ses ventes")."""
    relative = _RELATIVE_AFTER.match(article.folded, pos)
    if relative is None:
        return False
    reach = min(sentence.end, relative.end() + _SHARE_RELATIVE_REACH)
    ends = [p.end for p in sentence.percents if relative.end() <= p.start < reach]
    ends += [m.end() for m in _FRACTION_OF.finditer(article.folded, relative.end(), reach)]
    return any(_OF_REVENUE.match(article.folded, end, sentence.end) for end in ends)


def _own_contract_parties(article: Article, sentence: Sentence, cue: Cue, customer: CompanyMention | None) -> _Parties:
    """Read "X ended its contract (with Y)": Y follows "with", or is another company of the sentence.

    Y may be named before the verb ("X, Y's biggest customer, ended its contract") or after it
    ("when the Capgemini contract expires"); "Y's contract with X" names the supplier first.
    """
    folded = article.folded
    clause_start, clause_end = sentence.clauses.span_of(cue.start)
    if (
        _CONTRACT_WORD.search(folded, clause_start, clause_end) is None
        or _PERSONAL_CONTRACT.search(folded, clause_start, clause_end) is not None
    ):
        # "n'a pas renouvelé le mandat de son directeur": no contract; "his contract was extended": a person's.
        return None, None, []
    exclude = customer.id if customer else None
    owned = _CONTRACT_OWNER.match(folded, customer.end) if customer else None
    if (
        owned is None
        and customer is not None
        and CONTRACT_HOLDER_BEFORE.search(folded, max(sentence.start, customer.start - 40), customer.start)
    ):
        # "Le contrat de Sodexo avec la Ville de Paris a été prolongé": "de" names the supplier too.
        owned = _AVEC.match(folded, customer.end)
    if owned is not None:
        # "Capgemini's contract with Airbus will not be renewed": the contract's owner is the supplier.
        client = sentence.company_after(owned.end(), exclude=exclude, within=_NEAR_WITH)
        if client is not None and client.end <= cue.start:
            return client, customer, []
    agent = agent_of_held_contract(folded, sentence, customer, cue.end) if customer is not None else None
    if agent is not None:
        # "Le contrat de X a été résilié par Y", "X's contract will not be renewed by Y": the agent is the customer.
        return agent, customer, []
    with_ = _WITH_VENDOR.match(folded, cue.end, sentence.end)
    vendor = sentence.company_after(with_.end(), exclude=exclude, within=2) if with_ else None
    if vendor is None and with_ is not None and article.anaphor_at(with_.end()) is not None:
        # "X will not renew its supply agreement with the company": the company the article is about.
        vendor = _anaphor_company(article, sentence, exclude, with_.end())
    awarded = _AWARDED_TO.match(folded, cue.end, clause_end) if vendor is None else None
    if awarded is not None:
        # "X annule le contrat du siècle accordé à Y", "X cancelled the contract awarded to Y": the holder supplies.
        vendor = sentence.company_after(awarded.end(), exclude=exclude, within=_DESCRIPTION_GAP)
    if vendor is None and customer is not None:
        # "Capita's contract with Barnet Council was extended": the contract's owner, skipped as a subject, supplies.
        vendor = next((c for c in sentence.companies if _owns_contract_with(folded, sentence, c, customer)), None)
    if vendor is None:
        # The closest other company before the verb, not the customer's owner ("X said Y's unit Z will not renew").
        vendor = next(
            (
                c
                for c in reversed(sentence.companies)
                if c.end <= cue.start
                and c.id != exclude
                and c.start not in sentence.owners
                and not sentence.describes_other(c, cue.start, customer)
            ),
            None,
        )
    if vendor is None:
        # "ne reconduira pas, au-delà de son échéance, le contrat qui le lie à Y": Y follows the contract noun.
        vendor = sentence.company_after(cue.end, exclude=exclude, within=60)
        noun = _CONTRACT_WORD.search(folded, cue.end, clause_end) if vendor is None else None
        vendor = vendor or (sentence.company_after(noun.end(), exclude=exclude, within=60) if noun else None)
    return customer, vendor, []


_AWARDED_TO = re.compile(
    r"(?:[^,;.]{0,40}?\b(?:contracts?|contrats?|marchés?|orders?|commandes?)\b)?[^,;.]{0,40}?"
    r"\b(?:awarded|granted|given|accordée?s?|attribuée?s?|confiée?s?|passée?s?)[ ](?:to|à)[ ](?:l'|la[ ]|le[ ]|the[ ])?"
)
"""After an own cue, the contract and the participle that names its holder: "le contrat du siècle accordé à Y"."""
_WON_BEFORE_NOUN = frozenset(
    (
        "secured a", "secured an", "has secured a", "has secured an", "secures a", "secures an", "received a",
        "received an", "has received a", "has received an", "receives a", "receives an", "has been awarded",
        "have been awarded", "had been awarded", "is awarded", "were awarded", "clinched a", "clinches a",
        "has clinched a", "landed a", "lands a", "has landed a", "s'est vu attribuer", "s'est vu confier",
        "se voit attribuer", "se voit confier",
        # Round 10: a French win before its noun ("a décroché une commande de la SNCF", "remporte un marché de X").
        "a décroché une", "décroche une", "décroché une", "a décroché un", "décroche un", "a remporté une",
        "remporte une", "remporté une", "a remporté un", "remporte un", "a obtenu une", "obtient une",
        # Session 19: the participle under any auxiliary ("avait décroché un", "après avoir remporté un").
        "décroché un", "remporté un",
        # Session 28: the same win told with the definite article ("ont remporté l'appel d'offres du CNES").
        "remporte le", "remporte la", "remporte l'", "remportent le", "remportent la", "remportent l'", "remporté le",
        "remporté la", "remporté l'", "décroche le", "décroche la", "décroche l'", "décrochent le", "décrochent la",
        "décrochent l'", "décroché le", "décroché la", "décroché l'", "emporté le", "emporté la", "emporté l'",
    )
)  # fmt: skip
"""Passive customer cues that say only "got a ...": a contract noun must follow before the customer."""
_WON_NOUN = re.compile(
    rf"{_CLAUSE_CHAR}{{0,50}}?\b(?:contracts?|orders?|tenders?|extension|contrats?|commandes?|marchés?"
    r"|appels?[ ]d'offres|concessions?"
    r"|letters?[ ]of[ ](?:award|acceptance)"
    r"|gestion|exploitation|deals?(?=[ ](?:with|to)[ ]))\b"
)
"""'secured a $313m rail contract (from X)', 'has been awarded the order', 'secured a £1bn deal with X', 'was
awarded a deal to fly cargo for X': not 'received a $50m investment from X'."""
_NOT_SUPPLY_DEAL = re.compile(
    r"\b(?:financing|funding|loan|credit|debt|equity|investment|refinancing|licen[cs]ing|licen[cs]e|merger"
    r"|distribution|sponsorship|partnership|joint venture|settlement)\b"
)
"""Before "deal with X": a deal that sells X nothing ("secured a $50m financing deal with Barclays")."""


_RENEWAL_NOUN = re.compile(rf"{_CLAUSE_CHAR}{{0,40}}?\b(?:extension|renewal|prolongation|renouvellement)\b")
"""A won contract that continues a relation: "won a five-year contract extension from X" (customer_continue)."""


_AUPRES = (" auprès de", " auprès d'", "reçu de", "reçu d'", "reçoit de", "reçoit d'")
"""Cues ending on the customer's preposition: "a remporté auprès de X un contrat", "a reçu de X une commande"."""
_NOUN_AFTER_CUSTOMER = re.compile(
    r"(?:[ ][^ .;,]{1,20}){0,6}?[ ](?:contrats?|commandes?|marchés?|appels? d'offres|accords?-cadres?)\b"
)
"""After the customer of "a remporté auprès de X": what was won ("un contrat de 500 millions"), not "un financement"."""


def _won_without_noun(article: Article, cue: Cue, customer: CompanyMention | None) -> bool:
    """Whether a "got a ..." cue (:data:`_WON_BEFORE_NOUN`) names no contract before its customer.

    A renewal is no start either: "won a contract extension from X" is the continue cues' to read.
    """
    if cue.family == "customer_start" and customer is not None:
        renewal = _RENEWAL_NOUN.match(article.folded, cue.end, customer.start)
        if renewal is not None:
            return True
    if (
        customer is not None
        and article.folded.endswith(_AUPRES, cue.start, cue.end)
        and _WON_NOUN.search(article.folded, cue.start, cue.end) is None
    ):
        # "a remporté auprès de X un contrat", "a reçu de X une commande": the noun follows X.
        return _NOUN_AFTER_CUSTOMER.match(article.folded, customer.end, customer.end + 60) is None
    if article.folded[cue.start : cue.end] not in _WON_BEFORE_NOUN:
        return False
    noun = _WON_NOUN.match(article.folded, cue.end)
    return (
        noun is None
        or (customer is not None and noun.end() > customer.start)
        or (noun.group(0).endswith(("deal", "deals")) and _NOT_SUPPLY_DEAL.search(noun.group(0)) is not None)
    )


_GIVEN_TO_PRONOUN = ("lui ", "leur ")
"""A passive cue opening on a French object pronoun ("lui a été attribué par X"): the pronoun receives the contract."""


def _pronoun_receiver(
    article: Article, sentence: Sentence, cue: Cue, customer: CompanyMention | None
) -> CompanyMention | None:
    """The supplier a French pronoun receiving a contract stands for: the previous sentence's subject.

    "Selon un communiqué du groupe, ce contrat lui a été notifié par la DGA": even after an attribution that names
    no one, "lui" is the company the story was just about.
    """
    if customer is None or not article.folded.startswith(_GIVEN_TO_PRONOUN, cue.start):
        return None
    previous = article.previous_subject(sentence.index)
    return previous if previous is not None and previous.id != customer.id else None


def _passive_frame_parties(article: Article, sentence: Sentence, cue: Cue) -> _Parties:
    """Read a passive cue: a contract given "to Y by X" first, else the supplier before and the customer after.

    "lost the contract to supply X": a lost customer, which the loss cue reads; "to supply" names no new one.
    """
    if _LOST_BEFORE.search(article.folded, max(sentence.start, cue.start - 60), cue.start) or (
        # "X is expected to cut off its manufacturing relationship by year end, Y said": X ends its own ties with a
        # supplier the clause does not name; the company after them (the teller) is no customer.
        cue.family == "customer_end" and _OWN_TIES_UNNAMED.match(article.folded, cue.end, sentence.end)
    ):
        return None, None, []
    if cue.family == "customer_start" and _REFUSED_BEFORE.search(
        article.folded, max(sentence.start, cue.start - 30), cue.start
    ):
        return None, None, []
    return _given_to_by(article, sentence, cue) or _passive_parties(article, sentence, cue)


_LOST_BEFORE = re.compile(
    r"\b(?:lost|lose|loses|losing|stripped[ ]of|fail(?:s|ed)?[ ]to[ ](?:win|secure|renew)|missed[ ]out[ ]on)[ ]"
    r"(?:(?:its|the|a|an|their)[ ])?(?:[a-z\-]{1,15}[ ]){0,2}(?:contracts?|agreements?|deals?|rights?|tender)[ ]$"
)
"""Before "to supply": a contract lost or missed, so the customer named after is no new one."""
_REFUSED_BEFORE = re.compile(r"\b(?:refus(?:al|als|e|es|ed|ing)|declin(?:e|es|ed|ing))[ ](?:(?:to|de)[ ])?$")
"""Right before a supply cue: a refusal ("a local supplier's refusal to supply parts", "refused to supply the FBI"),
which starts no supply (the refusal itself, a supplier's lever in a quarrel, is read by the at-risk patterns)."""


_SERVED_AFTER_PURPOSE = re.compile(
    rf"(?:{_CLAUSE_CHAR}){{0,70}}?[ ]to[ ](?:supply|provide|deliver|develop|build|design|install|operate|run|manage"
    rf"|maintain|upgrade|make|produce)\b(?:(?!,[ ](?:which|who|while|and)\b){_CLAUSE_CHAR}){{0,70}}?[ ](?:for|to|at)[ ]"
    r"(?:the[ ])?"
)
"""Between a won contract's noun and its customer: terms, then the work it buys ("a contract of up to $87.6 million
over two years to develop head protection for the US Army"); the work's beneficiary is the one that pays."""
_SERVED_REACH = 160


_WIN_VERB = re.compile(
    r"(?:(?:has|have|had|after)[ ])?(?:won|wins|winning|secured|secures|landed|lands|clinched|clinches|bagged"
    r"|received|receives|(?:was|were|is|has[ ]been|have[ ]been|had[ ]been)[ ]awarded)\b"
)
"""A cue of a contract won ("won a", "has secured a", "was awarded"): its contract noun may open a purpose."""


def _won_noun_end(article: Article, cue: Cue) -> int | None:
    """Where the contract noun after a won cue ends ("won a three-year, $498 million contract"), if it has one."""
    if cue.family != "customer_start" or not _WIN_VERB.match(article.folded, cue.start, cue.end):
        return None
    noun = _WON_NOUN.match(article.folded, cue.end)
    return noun.end() if noun else None


def _served(article: Article, noun_end: int | None, customer: CompanyMention) -> bool:
    """Whether the customer is the one a won contract's purpose serves ("to deliver services to the Bureau's unit").

    Its possessive then names the unit or site served, not something of the customer's the winner took.
    """
    return (
        noun_end is not None and _SERVED_AFTER_PURPOSE.fullmatch(article.folded, noun_end, customer.start) is not None
    )


def _served_after_purpose(
    article: Article, sentence: Sentence, noun_end: int | None, vendor: CompanyMention | None
) -> CompanyMention | None:
    """The customer a won contract serves, named after its terms and its purpose (see :data:`_SERVED_AFTER_PURPOSE`)."""
    if noun_end is None:
        return None
    customer = sentence.company_after(noun_end, exclude=vendor.id if vendor else None, within=_SERVED_REACH)
    if customer is None or not _SERVED_AFTER_PURPOSE.fullmatch(article.folded, noun_end, customer.start):
        return None
    return customer


def _subject_before(article: Article, sentence: Sentence, cue: Cue) -> CompanyMention | None:
    """The company before the cue in its clause, past a fronted phrase: "With the Y contract, X will supply Z": X.

    The owner apposed to a described subject is not it (session 25, custfr): in « Selon La Tribune, le constructeur
    français, filiale du groupe belge Y, aurait remporté l'appel d'offres », the description (a lowercase word before
    the apposition) stands for the company the story is about.
    """
    subject = sentence.company_before(cue.start)
    apposed = (
        _OWNER_APPOSED.search(article.folded, max(sentence.start, subject.start - 60), subject.start)
        if subject is not None
        else None
    )
    if subject is not None and apposed is not None and article.text[apposed.start() - 1].islower():
        return _anaphor_company(article, sentence, subject.id, apposed.start())
    return article.subject_past_fronted(sentence, subject, cue.start) if subject is not None else None


_OWNER_APPOSED = re.compile(
    r",[ ](?:une[ ]|la[ ])?filiale[ ](?:du[ ]|de[ ]la[ ]|des[ ]|de[ ]|d')(?:groupe[ ]|société[ ])?"
    r"(?:[a-zà-ÿ\-]{2,15}[ ]){0,2}$"
)
"""Right before a company: the apposition that names it as the owner of the subject (« , filiale du groupe belge »)."""


_SUPPLIES_NOUN = re.compile(
    r"\b(?:secur(?:e|es|ed|ing)|guarantee(?:s|d)?|guaranteeing|ensur(?:e|es|ed|ing)|its|their|the|of|for|new|more"
    r"|fresh|future|enough|adequate|steady|stable)[ ]$"
)
"""Right before "supplies": the noun, not the verb ("securing supplies from 2022", "its supplies of cobalt")."""


def _supplies_noun(article: Article, sentence: Sentence, cue: Cue) -> bool:
    """Whether the cue is "supplies" used as a noun: no supplier before it, and the company after it buys nothing."""
    if not article.folded.startswith("supplies", cue.start):
        return False
    return _SUPPLIES_NOUN.search(article.folded, max(sentence.start, cue.start - 16), cue.start) is not None


_BEATEN_BEFORE = re.compile(
    r"\b(?:beat|beats|beaten|beating|outbid|outbids|outbidding|edged[ ]out|edges[ ]out|saw[ ]off|sees[ ]off"
    r"|fended[ ]off)[ ](?:(?:its|their|the|a|an)[ ])?(?:[a-z\-]{2,15}[ ]){0,2}$"
)
"""Right before a company told as the supplier: the verb of a race it lost ("has beaten rival " Z to supply X, session
24); the winner, named before that verb, supplies."""


def _race_winner(sentence: Sentence, folded: str, vendor: CompanyMention | None) -> CompanyMention | None:
    """The supplier read before a passive cue, or the winner of a race it lost ("Y has beaten rival Z to supply X")."""
    if vendor is not None and _BEATEN_BEFORE.search(folded, max(sentence.start, vendor.start - 40), vendor.start):
        return sentence.company_before(vendor.start, exclude=vendor.id)
    return vendor


def _passive_parties(article: Article, sentence: Sentence, cue: Cue) -> _Parties:
    """Read "Y was dropped by X", "Y will keep selling to X": the supplier before the cue, the customer after."""
    own_relation = _RELATION_WITH.match(article.folded, cue.end, sentence.end)
    if own_relation is not None and cue.family == "customer_end":
        # "X will cut off its manufacturing relationship with Y": the subject ends its own relation, Y supplied it.
        acting = sentence.company_before(cue.start)
        supplier = sentence.company_after(own_relation.end(), exclude=acting.id if acting else None, within=_NEAR_WITH)
        return acting, supplier, []
    vendor = _race_winner(sentence, article.folded, _subject_before(article, sentence, cue))
    # "secured a €313m ($349m) contract from ...": the customer is sought after the contract noun.
    noun = _WON_NOUN.match(article.folded, cue.end) if article.folded[cue.start : cue.end] in _WON_BEFORE_NOUN else None
    customer = sentence.company_after(noun.end() if noun else cue.end, exclude=vendor.id if vendor else None, within=60)
    purpose_from = noun.end() if noun else _won_noun_end(article, cue)
    customer = customer or _served_after_purpose(article, sentence, purpose_from, vendor)
    if customer is not None and sentence.clauses.cited(customer.start):
        customer = None  # "Acme supplies 40% of the world's lithium, according to Benchmark": a source, no customer
    vendor = _seducer(article, cue, vendor)
    if (
        _won_without_noun(article, cue, customer)
        or _supplies_noun(article, sentence, cue)
        or _RAISED_AFTER.match(article.folded, cue.end) is not None
        or not _won_over(article, cue, customer, vendor)
        or (
            article.folded[cue.start : cue.end] in _STAYS | _BECOMES_SUPPLIER
            and (
                customer is None
                or customer.start - cue.end > _NEAR_WITH
                or not _SUPPLIER_AFTER_OWNER.match(article.folded, customer.end)
            )
        )
    ):
        # "Y will stay X's main supplier", not "Y remains X's largest shareholder"; "Y received a $50m
        # investment from X", "s'est vu attribuer une amende par X": no contract won.
        return None, None, []
    if customer is not None and _owned_not_business(article, customer) and not _served(article, purpose_from, customer):
        return None, None, []  # "Adidas lands Henkel's Rorsted as CEO": Henkel's boss, not Henkel
    if customer is not None and vendor is not None and _GOODS.match(article.folded, customer.end):
        return (
            vendor,
            customer,
            [],
        )  # "Auchan will keep selling PepsiCo products": a retailer resells its supplier's goods
    if customer is not None and (
        _RIVAL_BEFORE.search(article.folded, max(sentence.start, customer.start - 30), customer.start)
        or (cue.family == "customer_end" and _WINNER_BEFORE.search(article.folded, sentence.start, customer.start))
        # "won a $2.2bn contract, and Canada's X, which lost the bid, ...": the next clause's subject.
        or _NEXT_CLAUSE.search(article.folded, cue.end, customer.start)
    ):
        # "X remporte le marché au détriment de Y": Y lost the tender; "X perd le contrat au profit de Y": Y won
        # it. Neither is the customer.
        customer = None
    if vendor is None and customer is not None and cue.start - sentence.start <= _OPENING:
        # "Abandonné par Apple, le britannique Imagination ...": the participle opens the sentence.
        vendor = sentence.company_after(customer.end, exclude=customer.id, within=40)
    # "Y has won a new contract to build 55 buses. The deal with X includes ...": the customer comes next.
    customer = customer or _customer_named_next(article, sentence, cue, vendor)
    if customer is None and vendor is not None and _unnamed_source(article, sentence, cue):
        return None, vendor, []  # "X won an order worth $5m from a leading telecom operator": unnamed customer
    if customer is None and vendor is not None:
        # "Airbus annonce que Capgemini a obtenu le marché": the announcer is the customer ("according to X": no).
        customer = _speaker(sentence)
        if customer is None:
            customer, vendor = _reported_supplier(article, sentence, cue, vendor)
    inferred: list[str] = []
    described = customer is None and (
        _DESCRIBED_CUSTOMER.match(article.folded, cue.end) is not None or _unnamed_source(article, sentence, cue)
    )
    if vendor is None and (customer is not None or described):
        # "Lenovo said it will keep selling to Huawei", "L'entreprise continuera d'assurer la paie de X".
        exclude = customer.id if customer else None
        vendor = _pronoun_receiver(article, sentence, cue, customer) or _acting_anaphor(article, sentence, cue, exclude)
        inferred = ["anaphor"] if vendor is not None else []
        if vendor is None:
            # "It stressed that it remains a partner, with contracts still running for X": the sentence's subject.
            vendor, inferred = _subject_of(article, sentence, cue, exclude=exclude)
    return customer, vendor, inferred


_RAISED_AFTER = re.compile(
    r"[ ](?:[$€£]|(?:us|eur|gbp|usd)?[\d])[\d.,]*(?:[ ]?(?:million|billion|m|bn|mn)\b)?[ ](?:in|of)[ ]"
    r"(?:a|an|its|the|new|fresh)[ ](?:[^ .;,]{1,25}[ ]){0,3}?(?:round|funding|financing|raise|investment)\b"
)
"""After "landed / secured": a sum raised in a round, no contract won ("landed $210m in an Alibaba-backed round")."""
_SEDUCES = re.compile(r"\bséduit|\bséduire")
_OWNED_SUBJECT = re.compile(r"(?:^|[ ])(?:de|du|des|d')[ ]?$")


def _seducer(article: Article, cue: Cue, vendor: CompanyMention | None) -> CompanyMention | None:
    """The supplier before "vient de séduire", never a public body.

    "Après un contrat avec la marine allemande, le groupe vient de séduire X" leaves it to the story's subject.
    """
    seduces = _SEDUCES.search(article.folded, cue.start, cue.end) is not None
    return None if seduces and vendor is not None and vendor.kind == "public_body" else vendor


def _won_over(article: Article, cue: Cue, customer: CompanyMention | None, vendor: CompanyMention | None) -> bool:
    """Whether a cue is no "X a séduit Y", or tells a supplier that won a customer over.

    The customer comes right after the verb, the supplier (if named in the sentence) is its subject itself:
    "L'offre de KKR a séduit Vivendi" is a bid that pleased a target, "a séduit les investisseurs de Z" charmed
    backers; there the verb's subject or object is something of a company's, not the company.
    """
    if _SEDUCES.search(article.folded, cue.start, cue.end) is None:
        return True
    return (
        customer is not None
        and _OBJECT_GAP.fullmatch(article.folded, cue.end, customer.start) is not None
        and (vendor is None or _OWNED_SUBJECT.search(article.folded, max(0, vendor.start - 4), vendor.start) is None)
    )


_FROM_UNNAMED = re.compile(
    r"(?:[ ](?:from|by|with)[ ]|[ ]auprès d(?:e[ ]|')|[ ]de la part d(?:e[ ]|'))"
    r"(?:an?[ ]|une?[ ]|one of[ ](?:its[ ]|the[ ])?|l'une? de ses[ ])?$"
)
_TO_UNNAMED = re.compile(r"[ ]to[ ](?:an?[ ]|one of[ ](?:its[ ]|the[ ])?)?$")
_SUPPLYING = re.compile(r"\b(?:suppl(?:y|ies|ying)|provid(?:e|es|ing)|deliver(?:s|ing)?|sell(?:s|ing)?)[ ]")
"""Before "to" and a described receiver: "signed a contract to supply resin to a large chemicals company"."""
_UNNAMED_SOURCE_REACH = 120


_WON_VERB = re.compile(r"\b(?:won|wins|has won|awarded|secured|landed|clinched|bagged|décroch|remport|obtenu|obtient)")
_NAMED_NEXT = re.compile(
    r"(?:the|this|that|le|la|ce|cette)[ ](?:[a-z\-]{1,15}[ ]){0,2}"
    r"(?:contract|deal|order|agreement|award|contrat|commande|marché|accord)[ ]"
    r"(?:with|from|avec|de|auprès[ ]d(?:e|'))[ ]?(?:the[ ]|la[ ]|le[ ]|l')?"
)
"""A sentence opening on the contract just won and naming its other side: "The deal with X", "Le contrat avec X"."""


def _customer_named_next(
    article: Article, sentence: Sentence, cue: Cue, vendor: CompanyMention | None
) -> CompanyMention | None:
    """The customer of a won contract the next sentence names: "The deal with the Santa Clara VTA includes ...".

    Reporters tell the win first with a description of the buyer ("for a government transit service in San
    Jose"), then name it through the contract itself; only a sentence opening on that contract counts.
    """
    following = sentence.index + 1
    if (
        vendor is None
        or cue.family != "customer_start"
        or _WON_VERB.search(article.folded, cue.start, cue.end) is None
        or following >= len(article.spans)
    ):
        return None
    start, end = article.spans[following]
    named = _NAMED_NEXT.match(article.folded, start, end)
    if named is None:
        return None
    at = bisect_left(article.company_starts, named.end())
    if at == len(article.companies) or article.companies[at].start != named.end():
        return None
    customer = article.companies[at]
    return customer if customer.id != vendor.id else None


def _unnamed_source(article: Article, sentence: Sentence, cue: Cue) -> bool:
    """Whether the cue's clause names its customer only by a description after "from / by / auprès de".

    "won an order worth Rs 600 crore from a leading telecom operator": the customer is left unnamed; so is the one
    goods go "to" ("signed a contract to supply resin to a large chemicals company"). The reach is long enough for a
    contract described at length ("won a four-year customer management contract extension worth up to £528 million
    with ...").
    """
    clause_end = sentence.clauses.span_of(cue.start)[1]
    for party in article.unnamed_parties:
        if cue.end <= party.start < min(clause_end, cue.end + _UNNAMED_SOURCE_REACH):
            before = max(cue.start, party.start - 20)
            return _FROM_UNNAMED.search(article.folded, before, party.start) is not None or (
                _TO_UNNAMED.search(article.folded, before, party.start) is not None
                and _SUPPLYING.search(article.folded, cue.start, party.start) is not None
            )
    return False


_SUPPLY_CONTRACT = re.compile(r"\b(?:contracts?|agreements?|deals?)[ ]to[ ](?:supply|provide|deliver|serve)[ ]")
"""A supplier's contract named by what it delivers: "Tesla's contract to supply Toyota" (the customer comes next)."""
_SUPPLIER_OWNS = re.compile(r"(?:'s|')[ ](?:[a-z\-]{1,15}[ ]){0,2}")
"""Between a company and its contract noun: "Tesla's (battery supply) contract"."""
_ITS_CONTRACT = re.compile(r"\b(?:its|their)[ ](?:[a-z\-]{1,15}[ ]){0,2}$")


def _supply_contract(article: Article, sentence: Sentence, cue: Cue) -> re.Match[str] | None:
    """The last "contract to supply" of ``cue``'s clause before the cue, if any."""
    clause_start = max(sentence.start, sentence.clauses.span_of(cue.start)[0])
    found = list(_SUPPLY_CONTRACT.finditer(article.folded, clause_start, cue.start))
    return found[-1] if found else None


def _supply_contract_parties(article: Article, sentence: Sentence, cue: Cue) -> _Parties | None:
    """(customer, supplier) of "X's contract to supply Y will end", "X said its deal to supply Y will not be renewed".

    The contract is the supplier's whatever verb ends it: Y after "to supply" buys; the owner before the
    noun ("X's") supplies, or, for "its", the speaker or the sentence's first other company.
    """
    contract = _supply_contract(article, sentence, cue)
    if contract is None:
        return None
    customer = sentence.company_after(contract.end(), within=0)
    if customer is None or customer.end > cue.start:
        return None
    owner = sentence.company_before(contract.start(), exclude=customer.id)
    if owner is not None and _SUPPLIER_OWNS.fullmatch(article.folded, owner.end, contract.start()):
        return customer, owner, []
    if _ITS_CONTRACT.search(article.folded, max(sentence.start, contract.start() - 40), contract.start()) is None:
        return None
    owner = _speaker(sentence) or sentence.first_company_before(contract.start(), exclude=customer.id)
    return (customer, owner, []) if owner is not None and owner.id != customer.id else None


def _customer_by_frame(article: Article, sentence: Sentence, cue: Cue) -> tuple[_Parties, bool]:
    """(customer, supplier, how) for a customer cue, read through its frame, and whether the customer may be unnamed."""
    reader = _FRAME_READERS.get(cue.detail)
    if reader is not None:
        return _read_by_frame(article, sentence, cue, reader(article, sentence, cue))
    if cue.detail == "vendor_discloses":
        # "Y lost its largest customer(, X)": the customer is named in apposition or not at all. "lost a"
        # needs a contract or customer word right after it ("lost a large amount of money" is no customer).
        lost_to_rival = _FAVOUR_OF.search(article.folded, cue.end, sentence.clauses.span_of(cue.start)[1])
        reach = min(sentence.end, cue.end + _LOST_REACH)
        made_for = _MADE_FOR_CUSTOMER.match(article.folded, cue.end, sentence.end)  # "stopped making X for a client"
        if (
            _BUSINESS_LOST.search(article.folded, cue.start, reach) is None
            # "lost a major, multi-million dollar iron ore contract with X": the noun past the reach, its terms first
            and _LOST_CONTRACT_OF.match(article.folded, cue.end) is None
            and lost_to_rival is None
            and not made_for
        ) or (
            # "a perdu ses parts de marché au profit de Y": ground lost to a rival, no customer; nor is one of its
            # markets (« un de ses importants marchés en Afrique »)
            _SHARE_LOST.match(article.folded, cue.end) or _ONE_OF_ITS_MARKETS.search(article.folded, cue.start, reach)
        ):
            return (None, None, []), False
        vendor = sentence.company_before(cue.start) or _fronted_participle_subject(article, sentence, cue)
        # "le groupe avait essuyé un revers en perdant le budget de X": the group the story is about.
        vendor = vendor or _speaker(sentence) or _subject_of(article, sentence, cue, None)[0]
        if vendor is None and not sentence.companies:
            # "The Chicago-based company cut its outlook after a major customer pulled business": the story's company.
            vendor = article.focus
        customer = sentence.company_after(cue.end, exclude=vendor.id if vendor else None, within=3)
        # "va perdre son premier client, Manitou": the customer apposed to the noun a short cue leaves after it.
        # « Y, fournisseur de la ville de X depuis 2009, perd ce contrat »: the supplier's apposition names whom.
        customer = (
            customer
            or lost_customer_named(article, sentence, cue, vendor)
            or (_apposed_counterpart(article, sentence, vendor, cue, _SUPPLIER_OF_APPOSED) if vendor else None)
        )
        lost = _LOST_CONTRACT_OF.match(article.folded, cue.end) if customer is None else None
        if lost is not None:
            # "a perdu le contrat de la SNCF", "lost the supply contract with X": the contract's holder.
            customer = sentence.company_after(lost.end(), exclude=vendor.id if vendor else None, within=0)
        if customer is None:
            # "la délégation des transports du Grand Nancy", "la gestion de l'assainissement de X": past the scope
            customer = _holder_past_scope(article, sentence, cue, vendor)
        if _IN_FAVOUR_OF.search(article.folded, cue.start, cue.end) or (
            customer is not None and lost_to_rival is not None and customer.start >= lost_to_rival.start()
        ):
            # "perd le marché au profit de Z", "a perdu la délégation des transports au profit de Z": Z is the new
            # supplier, read by the caller, and buys nothing
            customer = None
        return (customer, vendor, []), True
    if cue.detail in ("quoted", "quoted_supplier"):
        # The speaker is the customer: '"We are extending our contract with Y,"' names the supplier after the
        # verb, '"Y will no longer be one of our suppliers,"' before it.
        before = cue.detail == "quoted_supplier"
        supplier = sentence.company_before(cue.start) if before else sentence.company_after(cue.end, within=_NEAR_WITH)
        return (_speaker(sentence), supplier, []), False
    supplied = _supply_contract_parties(article, sentence, cue) if cue.family == "customer_end" else None
    customer, vendor, inferred = supplied or _customer_parties(article, sentence, cue)
    customer, vendor = _customer_in_apposition(article, sentence, cue, customer, vendor)
    # "Capgemini replaced Atos as Airbus's IT provider": Airbus leaves Atos, Capgemini succeeds it.
    customer = _role_owner(article, sentence, cue, vendor) or customer
    if vendor is None and customer is not None:
        vendor = (
            _supplier_of_apposed(article, sentence, customer)
            or _notified_supplier(article, sentence, cue, customer)
            or _apposed_counterpart(article, sentence, customer, cue, _CUSTOMER_OF_APPOSED)
        )
    if vendor is None and customer is not None:
        # "Airbus told Atos it would not renew the deal": the one told is the supplier, the teller decides.
        teller = next((c for c in reversed(sentence.companies) if c.end <= customer.start), None)
        if teller is not None and _NOTIFIES.fullmatch(article.folded, teller.end, customer.start):
            customer, vendor = teller, customer
    unnamed = (
        _unnamed_customer(article, sentence, cue, customer, vendor)
        or _described_subject(article, sentence, cue, customer, vendor)
        or _owned_customer(article, sentence, cue, customer, vendor)
    )
    if unnamed is not None:
        return (unnamed[0], unnamed[1], inferred), True
    return (customer, vendor, inferred), False


_MAJOR_ADJECTIVE_EN = r"(?:single|largest|biggest|main|top|key|major|principal|most[ ]important)"
_OWNED_CUSTOMER_AFTER = re.compile(
    rf"(?:'s|')[ ](?P<who>(?:{_MAJOR_ADJECTIVE_EN}[ ]){{1,2}}(?:customer|client|buyer))[ ](?=[a-z])"
)
"""Right after a supplier: its major customer, the subject of what follows ("Y's largest customer has ended ")."""
_OWNED_CUSTOMER_BEFORE = re.compile(
    rf"\b(?:the|le|la)[ ](?P<who>(?:{_MAJOR_ADJECTIVE_EN}[ ]){{1,2}}(?:customer|client|buyer)|(?:principal|principale"
    r"|premier|première|plus[ ]gros|plus[ ]grosse|plus[ ]grand|plus[ ]importante?)[ ](?:client|cliente"
    r"|donneur[ ]d'ordres?|acheteur))[ ](?:of[ ]|de[ ](?:la[ ]|l')?|du[ ]|d')"
    r"(?:(?:société|groupe|entreprise|fabricant|sous-traitant|équipementier|fournisseur|prestataire|pme|firme"
    r"|industriel|spécialiste)[ ](?:[a-zà-ÿ\-]{2,15}[ ])?)?$"
)
"""Right before a supplier: its major customer, the subject of what follows (« le principal client de la société Y »,
« le premier client du groupe Y », "the largest customer of Y")."""
_OWNER_BEFORE_REACH = 80
"""How far before the supplier « le principal client de (la société) » may start."""


def _owned_customer(
    article: Article, sentence: Sentence, cue: Cue, customer: CompanyMention | None, vendor: CompanyMention | None
) -> tuple[CompanyMention, CompanyMention] | None:
    """(described customer, supplier) when the one read as the customer is only the owner of the one who acts.

    "Y's largest customer has terminated its contract", « le principal client de la société Y a décidé de ne pas
    reconduire son contrat »: Y names whose customer acts; the customer itself is unnamed, and major by its words.
    Only for a loss (a renewal negated is one) read with no supplier of its own, the owner standing before the cue.
    """
    if customer is None or vendor is not None or customer.end > cue.start:
        return None
    if cue.family not in ("customer_end", "customer_at_risk") and not (
        cue.family == "customer_continue" and negated(article, sentence, cue.start)
    ):
        return None
    folded = article.folded
    owned = _OWNED_CUSTOMER_AFTER.match(folded, customer.end) or _OWNED_CUSTOMER_BEFORE.search(
        folded, max(sentence.start, customer.start - _OWNER_BEFORE_REACH), customer.start
    )
    if owned is None or owned.end("who") > cue.start:
        return None
    name = article.text[owned.start("who") : owned.end("who")]
    described = CompanyMention(owned.start("who"), owned.end("who"), "unnamed-" + slugify(name), name, False, "unnamed")
    return described, customer


def _read_by_frame(article: Article, sentence: Sentence, cue: Cue, parties: _Parties) -> tuple[_Parties, bool]:
    """The parties a frame reader found, and whether the customer may be unnamed."""
    if cue.detail in ("review", "seeking") and parties[0] is not None and parties[1] is None:
        told = parties[0]
        teller = next((c for c in reversed(sentence.companies) if c.end <= told.start), None)
        if (
            teller is not None
            and _NOTIFIES.fullmatch(article.folded, teller.end, told.start)
            and _TOLD_PRONOUN.match(article.folded, told.end)
        ):
            return (teller, told, []), False  # "X warned Y it could take its business elsewhere": "it" is X
        # "Y warned that a major customer is evaluating other suppliers": the described customer acts, Y supplies.
        unnamed = _unnamed_customer(article, sentence, cue, parties[0], None)
        if unnamed is not None:
            return (unnamed[0], unnamed[1], parties[2]), True
    # "X would go on serving the retailer": a customer the story describes but does not name.
    described = (
        cue.detail == "passive"
        and (_DESCRIBED_CUSTOMER.match(article.folded, cue.end) is not None or _unnamed_source(article, sentence, cue))
    ) or (cue.detail == "nominal" and _described_after_noun(article, cue) is not None)
    return parties, described and parties[0] is None


def _unnamed_customer(
    article: Article,
    sentence: Sentence,
    cue: Cue,
    customer: CompanyMention | None,
    vendor: CompanyMention | None,
) -> tuple[CompanyMention, CompanyMention] | None:
    """(unnamed customer, supplier) when the one acting is described, not named, and its supplier tells of it.

    "Y said a major customer, which ..., had terminated its contract" (Y read as the verb's subject), and
    "Owens & Minor said that one of its major customers would not renew" (no company read at all).
    """
    if vendor is None and customer is not None:
        unnamed = next((u for u in article.unnamed_parties if customer.end <= u.start and u.end <= cue.start), None)
        if unnamed is None:
            return None
        # "a major customer, believed to be X, has cancelled ...": the customer the story guesses is X.
        return guessed_name(article.folded, sentence, unnamed) or unnamed, customer
    if customer is not None:
        return None
    unnamed = next((u for u in article.unnamed_parties if sentence.start <= u.start and u.end <= cue.start), None)
    if unnamed is None:
        return None
    teller = vendor or sentence.company_before(unnamed.start)
    if teller is None or teller.end > unnamed.start or not _SAID_THAT.search(article.folded, teller.end, unnamed.start):
        return None
    return unnamed, teller


def _described_subject(
    article: Article, sentence: Sentence, cue: Cue, customer: CompanyMention | None, vendor: CompanyMention | None
) -> tuple[CompanyMention, CompanyMention] | None:
    """(described customer, supplier) when a described party is the subject of a verb whose object is the supplier.

    "un client important a décidé de se passer des services de Y", "A major customer dropped Y": no company acts, the
    one described right before the verb does.
    """
    if customer is not None or vendor is None or vendor.start < cue.end:
        return None
    unnamed = next(
        (
            u
            for u in article.unnamed_parties
            if sentence.start <= u.start and u.end <= cue.start and cue.start - u.end <= _DESCRIBED_SUBJECT_REACH
        ),
        None,
    )
    return None if unnamed is None else (unnamed, vendor)


_DESCRIBED_SUBJECT_REACH = 24
"""How far (chars) before an ending verb its described subject may end ("un client important a décidé de ")."""


def _notified_supplier(
    article: Article, sentence: Sentence, cue: Cue, customer: CompanyMention
) -> CompanyMention | None:
    """Y in "X has notified Y that it will terminate the agreement", "X a informé Y qu'il mettait fin à".

    The company told of the decision is the supplier; the one telling it is the customer.
    """
    for company in sentence.companies:
        if company.start < customer.end or company.end > cue.start:
            continue
        if _NOTIFIES.fullmatch(article.folded, customer.end, company.start):
            return company
    return None


def _review_parties(article: Article, sentence: Sentence, cue: Cue) -> _Parties:
    """Read "X has opened a review of its media account", "Y threatened to take its business elsewhere".

    The customer is the clause's subject, else the sentence's ("It uses A, but has threatened to ..."),
    else what "it" / "the company" points to; the supplier follows "with" or is left unnamed (None):
    the engine then puts the customer's current suppliers in the article at risk.
    """
    if (
        cue.detail != "seeking"  # "is in talks with a second supplier": the cue names what is reviewed
        and _ACCOUNT_WORD.search(article.folded, cue.start, min(sentence.end, cue.end + _LOST_REACH + 20)) is None
    ):
        return None, None, []  # "a strategic review of its portfolio" puts no supplier at risk
    first = _after_topic_colon(article, sentence, cue, sentence.company_before(cue.start))
    reported = _reported_subject(article, sentence, cue, first)
    if reported is not None and reported is not first:
        # "X told investors that Y is ...", "Y said its biggest customer, X, had put ..."
        return (
            reported,
            _vendor_with(article, sentence, cue, reported) or _supplier_of_apposed(article, sentence, reported),
            [],
        )
    last = next((c for c in reversed(sentence.companies) if c.end <= cue.start), None)
    if last is not None and _in_relative(article, sentence, last):
        last = None  # "X, whose media is bought by Y, has put ...": Y is named inside X's relative clause
    client = _client_of(article, sentence, last) if last is not None else None
    if client is not None and last is not None and _SUBJECT_OF_VERB.fullmatch(article.folded, last.end, cue.start):
        # "Renault, client historique de Valeo, remet en concurrence ...": the apposition's head acts.
        return client, last, []
    if last is not None and _SUBJECT_OF_VERB.fullmatch(article.folded, last.end, cue.start):
        # "Y said its biggest customer, X, had put ...": the company right before the verb acts.
        return last, _vendor_with(article, sentence, cue, last) or _supplier_of_apposed(article, sentence, last), []
    customer, inferred = _subject_of(article, sentence, cue, exclude=None)
    if customer is None:
        customer = _relative_antecedent(sentence, cue)  # "The newest entrant is X, which put its account in play"
    if customer is None and first is not None and _opens_reported_clause(sentence, first):
        customer = first  # "In a statement, Dialog said Apple intends to use two vendors": after the attribution
    acting = _acting_before(article, sentence, cue)
    if customer is None or (
        acting is not None and _OBJECT_OF_PREPOSITION.search(article.folded, sentence.start, customer.start)
    ):
        # "Delays at Y could force X to switch suppliers": the company after "at" is no subject
        customer, inferred = acting, []
    if customer is None:
        return None, None, []
    vendor = _vendor_with(article, sentence, cue, customer) or _client_apposition_supplier(
        article, sentence, cue, customer
    )
    return customer, vendor, inferred


_RELATIVE_OPEN = re.compile(r",[ ](?:whose|which|who|dont|qui)\b[^,;]*$")
"""A relative clause opened after a company and still open: ", whose media is bought by"."""


def _in_relative(article: Article, sentence: Sentence, company: CompanyMention) -> bool:
    """Whether ``company`` stands inside a relative clause on the company named before it."""
    before = next((c for c in reversed(sentence.companies) if c.end <= company.start), None)
    return before is not None and _RELATIVE_OPEN.search(article.folded, before.end, company.start) is not None


_TOLD_PRONOUN = re.compile(r",?[ ](?:that[ ])?(?:it|qu'il|qu'elle)\b")
"""The pronoun after the one told: "X warned Y it could ...", "X a prévenu Y qu'il pourrait ..." (it is X)."""


def _acting_before(article: Article, sentence: Sentence, cue: Cue) -> CompanyMention | None:
    """The company a few plain words before a review cue in its clause, after a long fronted phrase.

    "As part of our normal course of business, Microsoft is conducting a closed review of its media account",
    "Le retard de Y pourrait contraindre X à changer de fournisseur": no comma, name or clause between.
    """
    clause_start = sentence.clauses.span_of(cue.start)[0]
    last = next((c for c in reversed(sentence.companies) if c.end <= cue.start), None)
    if last is None or last.start < clause_start or not sentence.clauses.visible(last.start, last.end, cue.start):
        return None
    return last if _PLAIN_WORDS.fullmatch(article.folded, last.end, cue.start) else None


_OBJECT_OF_PREPOSITION = re.compile(r"\b(?:at|of|with|from|de|du|d'|des|chez)[ ]?(?:the[ ]|l'|la[ ]|le[ ])?\Z")
"""What ends right before a company that a preposition governs ("Delays at ", "Les retards de l'")."""
_PLAIN_WORDS = re.compile(r"[ ](?:[a-zà-ÿ\-']{1,15}[ ]){0,5}")
"""Up to five words and no punctuation: a subject and its verb ("X is conducting a closed ", "X à ")."""


def _opens_reported_clause(sentence: Sentence, company: CompanyMention) -> bool:
    """Whether ``company`` opens the clause right after a hidden attribution ("..., X said Y intends to ...": Y)."""
    return any(
        kind == "attribution" and 0 <= company.start - end <= _SUBJECT_REACH for _, end, kind in sentence.clauses.hidden
    )


def _client_of(article: Article, sentence: Sentence, supplier: CompanyMention) -> CompanyMention | None:
    """X in "X, client historique de Y," / "X, a longtime customer of Y,": the company the apposition names a client."""
    head = next((c for c in sentence.companies if c.end < supplier.start), None)
    if head is None or head.id == supplier.id:
        return None
    return head if _CLIENT_OF_APPOSITION.fullmatch(article.folded, head.end, supplier.start) else None


_CLIENT_OF_APPOSITION = re.compile(
    r",[ ][^,;]{0,50}?\b(?:customers?|clients?)\b[^,;]{0,30}?(?:[ ]of|[ ]de|[ ]d'|[ ]du)[ ]?"
)
"""From a customer to its supplier inside its apposition: ", client historique de ", ", a longtime customer of "."""


def _client_apposition_supplier(
    article: Article, sentence: Sentence, cue: Cue, customer: CompanyMention
) -> CompanyMention | None:
    """Y in "X, a longtime client of Y, has put its account in review", "X, client historique de Y, remet ...".

    The customer's apposition (from the comma after it to the next) names it a client of a company inside it.
    """
    if not article.folded.startswith(", ", customer.end):
        return None
    close = article.folded.find(",", customer.end + 2, cue.start)
    if close < 0 or _CUSTOMER_WORD.search(article.folded, customer.end, close) is None:
        return None
    return next((c for c in sentence.companies if customer.end < c.start and c.end <= close), None)


_SUBJECT_OF_VERB = re.compile(r",?[ ](?:(?:has|had|is|was|will|would|could|may|might|a|avait|va)[ ])?")
"""Between a company and the verb it is the subject of: "X, had put", "X is reviewing", "X a relancé"."""


_FRONTED_ADVERBIAL = re.compile(r"[^,;]{1,30},[ ]")


def _long_fronted(article: Article, sentence: Sentence, start: int, end: int) -> re.Match[str] | None:
    """A long fronted phrase that names no company: "À quelques semaines de la fin des négociations, l'enseigne ..."."""
    fronted = _LONG_FRONTED.match(article.folded, start, end)
    if fronted is None or any(start <= c.start < fronted.end() for c in sentence.companies):
        return None
    return fronted


_LONG_FRONTED = re.compile(r"[^,;]{31,120},[ ]")


def _subject_of(
    article: Article, sentence: Sentence, cue: Cue, exclude: str | None
) -> tuple[CompanyMention | None, list[str]]:
    """The subject of ``cue``'s clause, else of its sentence, when a cue's verb stands far from it.

    A company opening the clause or sentence, else what an opening "It" / "The company" points to:
    "It stressed that it remains a partner, with contracts still running for A and B".
    """
    clause_start = sentence.clauses.span_of(cue.start)[0]
    if _JOINED.match(article.folded, clause_start) or article.folded.startswith(",", clause_start):
        clause_start = sentence.start  # "A, B and C, but has threatened to ...": a list's "and" opens no clause
    fronted = _FRONTED_ADVERBIAL.match(article.folded, clause_start, cue.start)
    if fronted is None and cue.family in _CUSTOMER_FAMILIES:
        fronted = _long_fronted(article, sentence, clause_start, cue.start)
    # "Quelques mois plus tôt, le groupe avait ...": a short fronted phrase holds no subject.
    starts = (clause_start, fronted.end() if fronted else clause_start, sentence.start)
    for start in dict.fromkeys(starts):
        subject = next(
            (
                c
                for c in sentence.companies
                if start <= c.start <= start + _SUBJECT_REACH
                and c.end <= cue.start
                and sentence.clauses.visible(c.start, c.end, cue.start)
            ),
            None,
        )
        if subject is not None:
            return (subject, []) if subject.id != exclude else (None, [])
        if article.anaphor_at(start) is not None:
            subject = _anaphor_company(article, sentence, exclude, start)
            return (subject, ["anaphor"]) if subject is not None else (None, [])
    return None, []


def _concern_parties(article: Article, sentence: Sentence, cue: Cue) -> _Parties:
    """Read "fears over X, Y's largest customer", "a move that threatens the revenue it earns from X, another client".

    Worry words put a relation at risk only when the sentence says who is whose customer: a company
    after the cue with a customer apposition (", premier client de Y", "(NASDAQ: X), another important
    client") or after one ("ses deux principaux clients, X et Z"). The supplier is Y when named,
    else the clause's subject for "its customers", else the company the story is about.
    """
    folded = article.folded
    for customer in sentence.companies:
        if customer.start < cue.end or customer.start - cue.end > _CONCERN_REACH:
            continue
        after = _CLIENT_APPOSITION.match(folded, customer.end, sentence.end)
        before = _APPOSED_CUSTOMER.search(folded, max(cue.end, customer.start - 50), customer.start)
        if after is None and before is None:
            continue
        vendor = sentence.company_after(after.end(), exclude=customer.id, within=0) if after else None
        if vendor is None and before is not None:
            vendor = sentence.company_before(cue.start, exclude=customer.id)
        if vendor is None:
            # "another important client": of the company the story is about, named first (in the headline).
            vendor = next((c for c in (*article.companies[:1], article.focus) if c and c.id != customer.id), None)
        return customer, vendor, []
    return None, None, []


def name_identified_customers(article: Article, candidates: list[Candidate]) -> None:
    """Name the customer a supplier left unnamed when the story identifies it elsewhere.

    "GoerTek stopped making a device for a major overseas customer ... The customer is most likely
    Apple, analysts said": the relation is Apple's, told as a rumour when the naming is hedged. Only
    one identified company counts; the supplier never names itself.
    """
    unnamed = [c for c in candidates if c.type in _CUSTOMER_TYPES and c.subject is None and c.object is not None]
    if not unnamed:
        return
    named: dict[str, tuple[CompanyMention, bool]] = {}
    for match in _IDENTIFIED_CUSTOMER.finditer(article.folded):
        company = next((c for c in article.companies if c.start == match.end()), None)
        if company is not None:
            named[company.id] = (company, match.group("plain") is None)
    if len(named) != 1:
        return
    customer, hedged = next(iter(named.values()))
    for candidate in unnamed:
        if candidate.object is not None and candidate.object.id != customer.id:
            candidate.subject = customer
            candidate.modality = "rumor" if hedged else candidate.modality


_IDENTIFIED_CUSTOMER = re.compile(
    r"\b(?:customer|client)[ ](?:(?:is|was|est)[ ](?:most[ ]|very[ ]|highly[ ])?(?:likely|probably)[ ]"
    r"|(?:is[ ]|was[ ])?(?:believed|thought|understood|widely believed)[ ]to[ ]be[ ]"
    r"|(?:serait|est[ ]probablement|est[ ]vraisemblablement)[ ]|(?P<plain>(?:is|was|est)[ ]))"
)
"""Before the name of a customer a story identifies: "the customer is most likely X", "a client believed to be X".

Every wording but a plain "is" / "was" / "est" (group ``plain``) hedges."""


def _supplies_parties(article: Article, sentence: Sentence, cue: Cue) -> _Parties:
    """Read "Y already sells cathode material to X", "Y fabrique des fourgons pour X": the work a supplier does.

    The customer stands right after the cue's closing "to / for / à / pour" (maybe described: "for the security
    software maker" is the company the story calls so); "builds apps for sports clubs, announced ... X" names none.
    """
    vendor = sentence.company_before(cue.start)
    exclude = vendor.id if vendor else None
    article_after = _THE.match(article.folded, cue.end + 1)  # "à la SNCF", "to the Ministry of Defence"
    start = article_after.end() if article_after else cue.end
    customer = sentence.company_after(start, exclude=exclude, within=_NEAR_WITH)
    customer = customer or _named_after_description(article, sentence, cue.end, exclude)
    # "for older Apple devices", "for the wireless network of X": the owner of what the work goes into.
    customer = customer or destination_owner(article.folded, sentence, cue.end, exclude)
    # "to several Japanese railways, including X": the first buyer named as an example of the kind.
    customer = customer or first_example(article.folded, sentence, cue.end, exclude)
    if customer is None:
        return None, None, []
    if vendor is None:
        vendor = _acting_anaphor(article, sentence, cue, customer.id)
        return customer, vendor, ["anaphor"] if vendor is not None else []
    return customer, vendor, []


_PARTY_AFTER_CONTRACT = re.compile(r"[ ]?(?:the[ ]|la[ ]|le[ ]|les[ ]|l')?")
_AGENT_AFTER = re.compile(r"[ ](?:[a-zà-ÿ\-]{2,20}[ ]){0,3}?(?:by|par)[ ](?:the[ ]|la[ ]|le[ ]|les[ ]|l')?")


def _renewal_of_parties(article: Article, sentence: Sentence, cue: Cue) -> _Parties:
    """Read a renewal told as a noun, by the words that close it.

    "... du contrat de Y par X": Y supplies, X renews; "... by / par X": X renews what the sentence's subject (else
    the story's company) supplies; "... with / avec X": X is the customer of the subject that owns the contract;
    "the renewal of the X contract": X, named before the contract noun, is the customer.
    """
    folded = article.folded
    closing = folded[max(cue.start, cue.end - 4) : cue.end]
    after = _PARTY_AFTER_CONTRACT.match(folded, cue.end)
    named = sentence.company_after(after.end() if after else cue.end, within=_NEAR_WITH)
    subject = sentence.company_before(cue.start, exclude=named.id if named else None)
    if closing.endswith((" de", "d'")):
        agent = _AGENT_AFTER.match(folded, named.end) if named is not None else None
        customer = sentence.company_after(agent.end(), within=_NEAR_WITH) if agent is not None else None
        return (customer, named, []) if customer is not None and named is not None else (None, None, [])
    if named is not None and closing.endswith((" by", "par", "with", "avec")):
        supplier = subject or _speaker(sentence) or article.focus
        if supplier is None or supplier.id == named.id:
            return None, None, []
        return named, supplier, [] if subject is not None else ["anaphor"]
    of = folded.find(" of ", cue.start, cue.end)
    customer = customer_named_in_contract(folded, sentence, of + 3, None) if of >= 0 else None
    if customer is None:
        return None, None, []
    supplier = sentence.company_before(cue.start, exclude=customer.id) or next(
        (c for c in sentence.companies if c.start > customer.end and c.id != customer.id), None
    )
    if supplier is None and article.focus is not None and article.focus.id != customer.id:
        return customer, article.focus, ["anaphor"]
    return customer, supplier, []


def _insource_parties(article: Article, sentence: Sentence, cue: Cue) -> _Parties:
    """Read "X will make the chip in-house, replacing parts it buys from Y": X insources what Y sells it.

    Also "Y, which supplies X, fell after X said it may design them itself" (the supplier named first).

    Making things in-house is common news ("an in-house team"); it puts a supplier at risk only when a
    supply verb ties the supplier to it: between the cue and a supplier after it, or between a supplier
    before the customer and the customer.
    """
    folded = article.folded
    replaced = _replaced_goods(article, sentence, cue)
    if replaced is not None:
        return replaced[0], replaced[1], []
    customer = next(
        (
            c
            for c in reversed(sentence.companies)
            if c.end <= cue.start and sentence.clauses.visible(c.start, c.end, cue.start)
        ),
        None,  # not "Y, which supplies X, will make its own chips": X in the aside is not the one acting
    )
    inferred: list[str] = []
    if customer is None:
        customer, inferred = _subject_of(article, sentence, cue, exclude=None)
    if customer is None:
        # "Selon Bloomberg, le groupe de Cupertino développe en interne ...": the description after the source.
        source = next((end for start, end, _ in sentence.clauses.hidden if start == sentence.start), None)
        opening = _OPENING_GAP.match(article.folded, source) if source is not None else None
        if opening is not None and article.anaphor_at(opening.end()) is not None:
            customer, inferred = article.previous_subject(sentence.index), ["anaphor"]
    if customer is None:
        return None, None, []
    after = sentence.company_after(cue.end, exclude=customer.id, within=_INSOURCE_REACH)
    if after is not None and _SUPPLY_VERB.search(folded, cue.end, after.start):
        return customer, after, inferred
    before = sentence.first_company_before(customer.start, exclude=customer.id)
    if before is not None and _SUPPLY_VERB.search(folded, before.end, customer.start):
        return customer, before, inferred
    return None, None, []


def _replaced_goods(article: Article, sentence: Sentence, cue: Cue) -> tuple[CompanyMention, CompanyMention] | None:
    """(customer, supplier) of "X will swap out Y's modems with its own", "X remplacera les puces de Y par les siennes".

    The goods replaced are named by their maker between a replacing verb and the in-house cue: the maker
    supplies them, the verb's subject buys them.
    """
    verb = _replacing_verb(article, sentence, cue)
    if verb is None:
        return None
    supplier = sentence.company_after(verb.end(), within=_REPLACED_REACH)
    customer = sentence.company_before(verb.start())
    if supplier is None or customer is None or supplier.end > cue.start or supplier.id == customer.id:
        return None
    return customer, supplier


def _replacing_verb(article: Article, sentence: Sentence, cue: Cue) -> re.Match[str] | None:
    """The last replacing verb of ``cue``'s clause before the cue, if any."""
    clause_start = sentence.clauses.span_of(cue.start)[0]
    verbs = list(_REPLACING.finditer(article.folded, clause_start, cue.start))
    return verbs[-1] if verbs else None


_REPLACING = re.compile(
    r"\b(?:replac(?:e|es|ed|ing)|swap(?:s|ped|ping)?(?:[ ]out)?|phas(?:e|es|ed|ing)[ ]out|remplac(?:er|e|era|erait)"
    r"|substitu(?:er|era))[ ](?:(?:the|a|an|its|les|le|la|l'|des|ses|un|une)[ ]?)?"
)
"""A verb whose object, named after its maker, the customer's own part replaces."""
_OPENING_GAP = re.compile(r"[ ,]*")
_INSOURCE_REACH = 90
"""How far (chars) after an in-house cue the supplier may be named ("..., replacing a part it buys from Y")."""
_SUPPLY_VERB = re.compile(
    r"\b(?:buys?|bought|sources?|sourced|purchases?|purchased|suppl(?:y|ies|ied)|provides?|provided"
    r"|achète|achetait|achetés?|achetées?|fournit|fournissait|fournis|fournies?)\b"
)
"""A verb that makes a company the supplier of what the customer brings in-house."""


def _vendor_with(article: Article, sentence: Sentence, cue: Cue, customer: CompanyMention) -> CompanyMention | None:
    """The supplier named after "with / avec" behind ``cue`` ("is reviewing its contract with Y"), if any.

    Else the holder a retendered contract is said to be awarded to: "relaunches the tender for its
    canteens, a contract run since 2016 by Y", "un marché confié depuis 2016 à Y"; else the one a new
    supplier joins: "will source it from two suppliers instead of just from Y".
    """
    with_ = (
        _own_with(sentence, _WITH_VENDOR.match(article.folded, cue.end, sentence.end))
        or _HELD_BY.search(article.folded, cue.end, sentence.end)
        or _INSTEAD_OF.search(article.folded, cue.end, sentence.clauses.span_of(cue.start)[1])
    )
    return (
        sentence.company_after(with_.end(), exclude=customer.id, within=2)
        if with_
        else _holder_inside(article, sentence, cue, customer)
    )


def _own_with(sentence: Sentence, with_: re.Match[str] | None) -> re.Match[str] | None:
    """The "with" after a review cue, unless another company stands between.

    "has its account in review, and so does Z, which works with Y" names Z's agency, not the reviewer's.
    """
    if with_ is None or any(with_.start() <= c.start < with_.end() for c in sentence.companies):
        return None
    return with_


_HELD_AT = re.compile(
    r"[ ](?:account|business|accounts|budget|contract|contrat)(?:[ ][a-zà-ÿ\-]{2,15}){0,2}?"
    r"[ ](?:at|with|chez|auprès[ ]de)[ ]"
)
"""The account and its holder inside a review cue: "put its media account at Zenith Media in play"."""


def _holder_inside(article: Article, sentence: Sentence, cue: Cue, customer: CompanyMention) -> CompanyMention | None:
    """The supplier a review cue names between its verb and its noun: "put its $830m account at Y into review".

    The pattern spans the account's words, so "with" is not after the cue but inside it, right after the account.
    """
    held = _HELD_AT.search(article.folded, cue.start, cue.end)
    if held is None:
        return None
    holder = sentence.company_after(held.end(), exclude=customer.id, within=2)
    return holder if holder is not None and holder.end <= cue.end else None


_INSTEAD_OF = re.compile(
    r"[ ](?:instead[ ]of|rather[ ]than|au[ ]lieu[ ]de|plutôt[ ]que)[ ](?:(?:just|only|solely|seulement|uniquement)[ ])?"
    r"(?:(?:from|de|d'|chez)[ ]?)?"
)
"""Before the incumbent whose business a second supplier will share: "from two suppliers instead of just from Y"."""


_HELD_BY = re.compile(
    r"[ ](?:confiée?|attribuée?|détenue?|held|awarded|run|operated)[ ](?:(?:depuis|since|in|en)[ ][\w]{1,12}[ ])?"
    r"(?:à|au|to|by|par)[ ]"
)


def _unnamed_supplier(
    article: Article, sentence: Sentence, cue: Cue, customer: CompanyMention, inferred: list[str]
) -> Candidate:
    """The customer's review with its suppliers left unnamed (``object`` None): the engine names them later.

    A search for other suppliers is marked ``seeking``: naming none of the current ones, it is no risk to anyone
    (the engine drops it).
    """
    return Candidate(
        type=cue.family,
        span=(sentence.start, sentence.end),
        subject=customer,
        object=None,
        modality=modality_at(article, sentence, cue.start),
        effective_date=event_date(sentence),
        inferred=[*inferred, *(["seeking"] if cue.detail == "seeking" else [])],
    )


def _ceding(article: Article, sentence: Sentence, cue: Cue) -> list[Candidate]:
    """Read "Y is ceding business to Z at accounts including A and B": A and B at risk with Y, starting with Z.

    Y is the clause's subject (or what "the company" points to, else the headline's company); the
    customers are the companies after "at / including / chez" in the sentence, none without them.
    """
    successor = sentence.company_after(cue.end, within=_SUCCESSOR_REACH)
    marker = _AT_ACCOUNTS.search(article.folded, successor.end if successor else cue.end, sentence.end)
    if marker is None:
        return []
    vendor = sentence.company_before(cue.start) or _subject_of(article, sentence, cue, exclude=None)[0]
    vendor = vendor or next(iter(article.companies[:1]), None)
    exclude = {c.id for c in (vendor, successor) if c is not None}
    customers = {c.id: c for c in sentence.companies if c.start >= marker.end() and c.id not in exclude}
    if vendor is None or not customers:
        return []
    modality = modality_at(article, sentence, cue.start)
    return supplier_switch(sentence, list(customers.values()), ("customer_at_risk", vendor), successor, modality)


def _incumbent(article: Article, sentence: Sentence, cue: Cue, discourse: Discourse) -> list[Candidate]:
    """Read "Y, the incumbent," / "Y is the incumbent" / "incumbent Y": Y's customer is reviewing the account.

    The customer is the sentence's subject when it is not Y ("X will tell A, B and incumbent Y"),
    else the customer whose review an earlier sentence reported.
    """
    vendor = sentence.company_after(cue.end, within=_NEAR_WITH) or next(
        (c for c in reversed(sentence.companies) if c.end <= cue.start and cue.start - c.end <= _INCUMBENT_GAP), None
    )
    if vendor is None:
        return []
    vendor = _apposition_head(article, sentence, vendor) or vendor
    ousting = customer_ousting_incumbent(article.folded, sentence, cue.start, vendor)
    customer = ousting or _before_list(article, sentence, cue.start, vendor)
    if customer is not None and customer.start > vendor.start:
        customer = None
    customer = customer or discourse.recent_review(sentence.index)
    if customer is None or customer.id == vendor.id:
        return []
    return [
        Candidate(
            # "awarded the work to A, ousting incumbent Y": the review is over and Y has lost the business.
            type="customer_end" if ousting is not None else cue.family,
            span=(sentence.start, sentence.end),
            subject=customer,
            object=vendor,
            modality=modality_at(article, sentence, cue.start),
            effective_date=event_date(sentence),
        )
    ]


def _apposition_head(article: Article, sentence: Sentence, company: CompanyMention) -> CompanyMention | None:
    """The company whose apposition names ``company``: W in "W, the agency formed from the merger of A and B, is ...".

    A company named inside a description of another (which opens with a determiner after a comma) only
    describes it: the head of the apposition is the one the verb after it is about.
    """
    head = next((c for c in sentence.companies if c.end < company.start), None)
    if head is None or head.id == company.id:
        return None
    return head if _APPOSED_DESCRIPTION.fullmatch(article.folded, head.end, company.start) else None


_APPOSED_DESCRIPTION = re.compile(r",[ ](?:the|a|an|its|la|le|l'|un|une|sa|son)[ ]?[^,;]*?")
"""From a company to a name inside its apposition: ", the WPP media agency formed from the merger of "."""
_LIST_GAP = re.compile(r"(?:[ ][A-Z][\w\-]*)?(?:,[ ](?:and[ ]|et[ ])?|[ ](?:and|et|or|ou)[ ])")
"""Between two names of one enumeration ("Ogilvy, Unlimited Group and incumbent ...")."""


def _successor(article: Article, sentence: Sentence, cue: Cue, discourse: Discourse) -> list[Candidate]:
    """Read "Rival Z was set to take over the contracts", "Z prendrait le relais" as a new supplier.

    Z starts with the customer of the loss an earlier sentence read (the contracts ended or at risk).
    """
    vendor = sentence.company_before(cue.start) or _subject_of(article, sentence, cue, exclude=None)[0]
    last = discourse.customer
    customer = last.subject if last is not None and last.type in _LOSS_TYPES else None
    if vendor is None or customer is None or customer.id == vendor.id:
        return []
    if last is not None and last.object is not None and last.object.id == vendor.id:
        return []  # the supplier that lost the business is not its successor
    conditional = _CONDITIONAL.search(article.folded, cue.start, cue.end) is not None  # "prendrait le relais"
    return [
        Candidate(
            type=cue.family,
            span=(sentence.start, sentence.end),
            subject=customer,
            object=vendor,
            modality="rumor" if conditional else modality_at(article, sentence, cue.start),
            effective_date=event_date(sentence),
        )
    ]


def _same_move(article: Article, sentence: Sentence, cue: Cue, discourse: Discourse) -> list[Candidate]:
    """Read "Target followed suit", "Leclerc a pris la même décision", "Auchan a fait de même" as a second customer.

    The company that does the same has, with the same supplier, the relation an earlier sentence just read (an end,
    a risk, a start): "Carrefour retire les produits PepsiCo. Leclerc a pris la même décision." ends Leclerc's too.
    """
    actor = sentence.company_before(cue.start) or _subject_of(article, sentence, cue, exclude=None)[0]
    last = discourse.recent_customer(sentence.index)
    if actor is None or last is None or last.subject is None or last.object is None:
        return []
    if actor.id in (last.subject.id, last.object.id):
        return []
    # "followed suit" has no tense of a relation's own: it copies the one told, unless hedged or denied.
    modality = modality_at(article, sentence, cue.start)
    return [
        Candidate(
            type=last.type,
            span=(sentence.start, sentence.end),
            subject=actor,
            object=last.object,
            modality=last.modality if modality in ("fact", "forecast") else modality,
            effective_date=event_date(sentence),
        )
    ]


_LOSS_TYPES = frozenset(("customer_end", "customer_at_risk"))
_DISCOURSE_READERS: dict[str, Callable[[Article, Sentence, Cue, Discourse], list[Candidate]]] = {
    "incumbent": _incumbent,
    "successor": _successor,
    "same_move": _same_move,
    "supplier_noun": lambda article, sentence, cue, _discourse: supplier_noun(article, sentence, cue),
    "customer_noun": lambda article, sentence, cue, _discourse: customer_noun(article, sentence, cue),
}
"""Customer frames whose missing party comes from an earlier sentence."""
_CONDITIONAL = re.compile(r"\w(?:rait|raient)\b")


def _before_list(article: Article, sentence: Sentence, end: int, vendor: CompanyMention) -> CompanyMention | None:
    """The company named before the enumeration that ends at ``end``: "X will tell A, B and incumbent Y" gives X.

    A and B pitch against Y for X's account: they are Y's rivals, not its customer.
    """
    start = end
    for company in reversed(sentence.companies):
        if company.end > start or company.id == vendor.id:
            continue
        if _LIST_GAP.fullmatch(article.text, company.end, start):
            start = company.start
            continue
        return company
    return None


def _notifier_decides(
    article: Article, cue: Cue, customer: CompanyMention | None, vendor: CompanyMention
) -> tuple[CompanyMention | None, CompanyMention]:
    """Swap the roles read in "Y has been advised by X that it will not be renewing": X, who advised, decides.

    Also swap a public body read as the supplier of a company: "Qinetiq extended its agreement with the
    Ministry of Defence" is the ministry's contract with its contractor, whichever side the sentence makes act.
    """
    if (
        customer is not None
        and customer.end <= vendor.start <= cue.start
        and _NOTIFIED_BY.fullmatch(article.folded, customer.end, vendor.start)
    ):
        return vendor, customer
    if customer is not None and vendor.kind == "public_body" and customer.kind == "company":
        return vendor, customer
    return customer, vendor


_STOCK_INDEX = re.compile(
    r"\b(?:in|from|into|to|dans|de|du|au sein du|au sein de l')[ ](?:the[ ]|l'|le[ ])?(?:dow(?:[ ]jones)?"
    r"(?:[ ]industrial)?(?:[ ]average)?|s&p[ ]?500|nasdaq[ -]100|ftse[ ]\d{2,3}|cac[ ]40|sbf[ ]120|dax"
    r"|(?:euro[ ])?stoxx(?:[ ]50)?|nikkei|average|index|benchmark index|indice)\b"
)
"""Where a name joins or leaves a stock index: "X will replace Y in the Dow average" changes no supplier."""


_PERSON_SUBJECT_GAP = 3
"""At most this many chars between a person's name and the verb they are the subject of."""


def _person_acts(article: Article, sentence: Sentence, cue: Cue) -> bool:
    """Whether a person right before an active customer verb is its subject: "CEO Jane Roe is leaving the company".

    People leave, replace and drop things too; a customer relation needs a company to act.
    """
    return cue.detail in ("active", "own") and any(
        0 <= cue.start - named.end <= _PERSON_SUBJECT_GAP for named in people(article, sentence)
    )


def _not_supplied(article: Article, cue: Cue, vendor: CompanyMention) -> bool:
    """Whether the verb's object is no supplier.

    "BlackRock will stop buying Nvidia shares" is a trade, "va se séparer de sa filiale Dacia" a divestment.
    """
    if article.folded[cue.start : cue.end] in _APPOINTS:
        # "Unilever appointed WPP as its media agency" hires a supplier; "appointed a Goldman banker" does not.
        return vendor.start < cue.end or _AS_SUPPLIER_ROLE.match(article.folded, vendor.end) is None
    return vendor.start > cue.end and (
        _SECURITIES.match(article.folded, vendor.end) is not None
        # "moved its listing to Nasdaq", "chose the NYSE for its IPO": the exchange sells it no goods
        or moves_listing(article.folded, cue, vendor.end)
        # "X's investment arm has walked away from Y": a holding sold
        or (cue.family == "customer_end" and investor_leaves(article.folded, cue))
        or _OWN_UNIT.search(article.folded, cue.end, vendor.start) is not None
        # "Statoil picks Aker Kvaerner boss as CEO", "hired Chipotle chief Brian Niccol": one of its people is hired.
        or _ITS_PERSON.match(article.text, vendor.end) is not None
    )


_ITS_PERSON = re.compile(
    r"(?:'s)?[ ](?:boss|chief|CEO|chief executive|executive|head|president|chairman|chairwoman|CFO|COO"
    r"|founder|co-founder|veteran|director|patron|PDG|président|directeur|directrice|dirigeant|dirigeante)"
    r"(?:[ ](?:(?:executive|officer|financier|financière|général|générale|exécutif|délégué)[ ])?[A-Z][\w\-]+"
    r"|[ ]as\b)"
)
"""After the object of a hiring verb: a title and a name, or a title and "as" ("Aker Kvaerner boss as chief executive",
"Chipotle Mexican Grill chief Brian Niccol"): the verb takes a person from that company, who is no supplier."""


_APPOINTS = frozenset(("appointed", "appoints", "named", "names", "a désigné", "désigne"))
_AS_SUPPLIER_ROLE = re.compile(
    r"[ ](?:(?:as|comme|en tant que)[ ](?:(?:its|their|the|a|an|son|sa|leur|le|la|un|une)[ ]|l')?|(?:its|their)[ ])?"
    r"(?:[a-z\-.]{1,15}[ ]){0,4}"
    r"(?:agency|agencies|supplier|provider|auditors?|advis[eo]r|contractor|vendor|manufacturer|operator|agence"
    r"|fournisseur|prestataire|auditeur|commissaire aux comptes|opérateur|exploitant)\b(?![ ]of[ ]the[ ]year)"
)
"""After an appointed company, the supplier's role it takes: "as its global media agency", "comme prestataire", or
the role right after it ("named BBDO its new lead creative agency", "its U.S. creative agency of record", "named Y
preferred supplier", "as media strategy and buying agency"); an award ("named X its supplier of the year") is no
hire."""


_RENEWAL_SIGNED = re.compile(r"\b(?:extension|renewal|continuation|prolongation|renouvellement|reconduction|avenant)\b")
"""What a signed renewal is called: "a one-year continuation", "un avenant de deux ans"."""


def _signed_renewal(
    article: Article, sentence: Sentence, cue: Cue, customer: CompanyMention | None, vendor: CompanyMention | None
) -> str | None:
    """``customer_continue`` for a signed renewal: "signed a one-year continuation to its agreement with Y".

    What is signed, between the cue and the party after it, says the relation goes on: "a signé un avenant
    de deux ans à son contrat avec Y". A plain contract starts one; a renewal a continuing cue reads there itself
    ("signed a contract extension with Y") is left to it.
    """
    if cue.family != "customer_start" or cue.detail != "signed":
        return None
    after = [party.start for party in (customer, vendor) if party is not None and party.start > cue.end]
    if not after or any(
        other.family == "customer_continue" and cue.end <= other.start < min(after) for other in sentence.cues
    ):
        return None
    return "customer_continue" if _RENEWAL_SIGNED.search(article.folded, cue.end, min(after)) else None


def _threatened_loss(article: Article, sentence: Sentence, cue: Cue) -> str:
    """The cue's family, or ``customer_at_risk`` for a loss the supplier only may suffer.

    "Havas pourrait aussi perdre le budget de X", "Y could lose X as a customer": a supplier-side loss
    after a modal is a threat, the customer is at risk. A customer's own "pourrait mettre fin" stays an end.
    An end on a condition ("will drop Y if it does not cut prices", "coupera ses livraisons si") is a threat
    too: nothing is decided until the condition is met; so is a halt of deliveries made in a price quarrel.
    """
    may_lose = _MAY_LOSE.search(article.folded, max(sentence.start, cue.start - 30), cue.start)
    if cue.family == "customer_end" and (
        (cue.detail in _LOSS_FRAMES and may_lose)
        or _on_condition(article, sentence, cue)
        or _pressed_to_end(article, sentence, cue)
        or halt_in_quarrel(article.folded, sentence, cue)
        or _hypothetical_loss(article, sentence, cue)
    ):
        return "customer_at_risk"
    return cue.family


_LOSS_AS_NOUN = re.compile(r"(?:la[ ])?pertes?[ ]|(?:the[ ])?loss[ ]of[ ]")
_WOULD_BE = re.compile(
    r"[^.;:!?]{0,70}?[ ](?:serait|seraient|pourrait[ ]être|would[ ]be|could[ ]be|would[ ]mean|would[ ]hit"
    r"|would[ ]deal)[ ]"
)
"""After a loss told as a noun: a conditional verb whose subject it is ("la perte du contrat de X serait un coup
dur", "the loss of X would be a blow"): the loss is weighed, not suffered."""


def _hypothetical_loss(article: Article, sentence: Sentence, cue: Cue) -> bool:
    """Whether a loss noun is the subject of a conditional ("la perte de X serait un vrai coup dur"): a threat."""
    folded = article.folded
    if _LOSS_AS_NOUN.match(folded, cue.start) is None:
        return False
    verb = _WOULD_BE.match(folded, cue.end, sentence.end)
    return verb is not None and "," not in folded[cue.end : verb.end()]


_PRESSED_TO = re.compile(
    r"\b(?:pressures?|pressions?|pressed|pushed|urged|calls?|appels?|poussée?s?|incitée?s?)\b"
    r"(?:[ ](?!and[ ]|et[ ])[^ ,.;]{1,20}){0,3}?[ ](?:to|pour|à|de|d')[ ]?$"
)
"""Pressure on the customer right before its end ("was under political pressure to drop Y", "subissait de fortes
pressions pour délaisser Y", "urged to cut ties with Y"): the end is asked for, not decided; the relation is at risk."""
_PRESSED_REACH = 60


def _pressed_to_end(article: Article, sentence: Sentence, cue: Cue) -> bool:
    """Whether pressure on the customer stands right before its end cue (the cue may hold the "to": "to cut ties")."""
    folded = article.folded
    end = cue.start + 3 if folded.startswith("to ", cue.start) else cue.start
    return _PRESSED_TO.search(folded, max(sentence.start, cue.start - _PRESSED_REACH), end) is not None


_CONDITION = re.compile(
    r"(?<!even)(?<!as)(?<!même)(?<!comme)[ ,](?:if|unless|si|s'il|s'ils|à[ ]moins[ ]qu(?:e|'))\b(?![ ](?:any|bien)\b)"
)
"""A condition the end waits on: "if", "unless", "si", "à moins que"; not "even if", "as if", "même si", "comme si"."""
_CONDITION_REACH = 80
"""Chars after an end cue in which its condition stands ("would cut off shipments to Ford if a price increase ...")."""


def _on_condition(article: Article, sentence: Sentence, cue: Cue) -> bool:
    """Whether an end cue waits on a condition in its own clause: "X will drop Y if prices rise" threatens Y."""
    clause_end = min(sentence.end, cue.end + _CONDITION_REACH, sentence.clauses.span_of(cue.start)[1] + 1)
    return _CONDITION.search(article.folded, cue.end, clause_end) is not None


_SUBJECT_READERS = {
    "order_noun": order_noun_candidates,
    "given_by": given_by_candidates,
    "system_maker": system_maker_candidates,
}
"""Frames read by a module of their own that is handed the clause subject's finder: an order noun with its seller, a
won contract with its giver, a system put to work with its vendor."""


_STRUCTURE_READERS = {
    "award_went": award_went_candidates,
    "joint_signed": joint_signed_candidates,
    "kept_account": account_kept_candidates,
    "built_by": built_by_candidates,
    "successful": successful_candidates,
}
"""Frames read by a module of their own: an award told from the contract's side, a contract both parties signed, an
account kept after a review, goods a maker is to build for a buyer named around them, a tender's winners named by
their role."""


def _structure_candidates(article: Article, sentence: Sentence, cue: Cue) -> list[Candidate] | None:
    """The relations of a whole structure no frame reader spells, or None when the cue is read by its frame.

    An award told from the contract's side ("X's frameworks went to Y"), a supplier displacing a rival at a customer
    ("Ericsson displaced Nokia at Vodafone"; without a customer after "at", "displaced" reads nothing).
    """
    reader = _STRUCTURE_READERS.get(cue.detail)
    if reader is not None:
        return reader(article, sentence, cue)
    if cue.detail == "signed":  # « X et Y ont signé un contrat »: both parties before the verb, no one signed with
        return joint_signed_candidates(article, sentence, cue) or None
    subject_reader = _SUBJECT_READERS.get(cue.detail)
    if subject_reader is not None:
        return subject_reader(article, sentence, cue, _customer_subject)
    if cue.family in ("customer_start", "customer_end") and cue.detail == "active":
        displaced = displacement_candidates(article, sentence, cue)
        if displaced is not None:
            return displaced
        if cue.family == "customer_start" and displaces(article.folded, cue):
            return []
    return None


def _customer(article: Article, sentence: Sentence, cue: Cue, money: list[MoneyMention]) -> list[Candidate]:
    """A customer relation told by ``cue``; none for an index change, a person's own move or a loss in general."""
    if (
        _STOCK_INDEX.search(article.folded, cue.end, sentence.end)
        or _person_acts(article, sentence, cue)
        or _generic_loss(article, sentence, cue)
        or _replaced_in_rank(article, sentence, cue)
        # "is unable to replace Y", "est incapable de remplacer Y": an end its customer cannot make is no end.
        or (cue.family == "customer_end" and unable(article, sentence, cue.start))
        or _loss_noun_acts(sentence, cue)
    ):
        return []
    structured = _structure_candidates(article, sentence, cue)
    if structured is not None:
        return structured
    if (
        cue.family in ("customer_start", "customer_continue")
        and any(cue.start < company.start < cue.end for company in sentence.companies)
        and not counted_in_cue(article.folded, cue)
    ):
        return []  # "vend Orange Belgique à Proximus": a company inside a pattern's goods is sold, not supplied
    if cue.family == "customer_start" and _ended_supply_contract(article, sentence, cue):
        return []  # "its contract to supply Toyota will come to an end": the end cue reads it
    # "X, a major customer, cut orders": the described party is X again, no supplier is named
    return [c for c in _customer_relation(article, sentence, cue, money) if not _buyer_as_supplier(article, c)]


def _buyer_as_supplier(article: Article, candidate: Candidate) -> bool:
    """Whether a relation's supplier is an unnamed party described as a customer."""
    return candidate.object is not None and buyer_described(article.folded, candidate.object)


def _loss_noun_acts(sentence: Sentence, cue: Cue) -> bool:
    """Whether an active ending verb has a loss noun for its subject, not a customer.

    "after the loss of its biggest contract cut its projected earnings in half": what the loss cut is earnings, and
    the company named before the loss is no customer dropping anyone. A company between the loss noun and the verb
    is the verb's own subject ("After the loss of the contract, Walmart cut Acme").
    """
    if cue.family != "customer_end" or cue.detail != "active":
        return False
    return any(
        other.family == "customer_end"
        and other.detail == "nominal"
        and 0 <= cue.start - other.end <= _LOSS_SUBJECT_REACH
        and not any(other.end <= company.start < cue.start for company in sentence.companies)
        for other in sentence.cues
    )


_LOSS_SUBJECT_REACH = 50
"""How far (chars) a loss noun's object may run before the verb it is the subject of ("the loss of its biggest
contract cut")."""


def _generic_loss(article: Article, sentence: Sentence, cue: Cue) -> bool:
    """Whether a supplier-side loss is told of suppliers in general, by no one's account of its own.

    "It is always difficult to lose a great client", "X is far from the only agency to lose a client", "You lost a
    longstanding client. Now what?", "il est difficile de perdre un client": what losing is like, not a loss.
    """
    # The cue may hold the infinitive's "to" ("to lose a"): the judgement is read up to the verb.
    verb = cue.start + 3 if article.folded.startswith("to ", cue.start) else cue.start
    return (
        cue.family == "customer_end"
        and cue.detail == "vendor_discloses"
        and _LOSS_IN_GENERAL.search(article.folded, max(sentence.start, cue.start - _GENERIC_REACH), verb) is not None
    )


_GENERIC_REACH = 40
_LOSS_IN_GENERAL = re.compile(
    r"(?:\b(?:difficult|hard|easy|painful|tough|rare|common|normal|unusual)[ ]to"
    r"|\b(?:not|far[ ]from)[ ]the[ ]only[ ](?:[a-z\-]{2,15}[ ]){0,2}to"
    r"|\b(?:difficile|dur|facile|douloureux|rare|courant|normal)[ ]de"
    r"|^you|[.!?][ ]you|\bwhen[ ]you|\bif[ ]you|\bquand[ ]on|\blorsqu'on|\bsi[ ]l'on|\bsi[ ]on)[ ]$"
)
"""Right before a loss cue: an infinitive of judgement ("hard to", "not the only agency to", "difficile de") or a
generic "you" / "quand on" as the subject. "The first / latest supplier to lose" tells a loss and is not one."""


def _reviewed_supplier(
    article: Article, sentence: Sentence, cue: Cue, customer: CompanyMention, vendor: CompanyMention | None
) -> CompanyMention | None:
    """The supplier a review or a search for suppliers puts at risk: the frame's, else an anchor's, else the warner's.

    A search names its incumbent only by an anchor ("is adding new suppliers in Mexico, where it signed a lease with Y"
    sets no supplier): "..., a backup to Y", "Y is its only source"; else the supplier that warns about its customer.
    """
    if vendor is not None and (cue.detail == "review" or customer.kind == "unnamed"):
        return vendor  # an unnamed customer's supplier is the one that tells of it
    return (
        _notified_supplier(article, sentence, cue, customer)  # "X warned Y it could take its business elsewhere"
        or _reviewed_object(article, sentence, cue, customer)  # "X remet en concurrence Y", "whether to keep Y"
        or named_incumbent(article, sentence.index, customer)
        or warning_supplier(article, sentence.index, customer)
    )


def _reviewed_object(article: Article, sentence: Sentence, cue: Cue, customer: CompanyMention) -> CompanyMention | None:
    """The company right after a review verb, its object: "X remet en concurrence Y", "weighing whether to keep Y"."""
    named = sentence.company_after(cue.end, exclude=customer.id, within=_NEAR_WITH + 4)
    return named if named is not None and _OBJECT_GAP.fullmatch(article.folded, cue.end, named.start) else None


_OBJECT_GAP = re.compile(
    r"[ ](?:(?:also|already|now|still|également|aussi|notamment|déjà|désormais|toujours)[ ])?"
    r"(?:(?:le|la|les|l'|the)[ ]?)?"
)
"""Between "counts / compte" and the company counted: an adverb ("compte également X"), an article."""
_COUNTED_REACH = 18


def _ended_supply_contract(article: Article, sentence: Sentence, cue: Cue) -> bool:
    """Whether ``cue`` is the "to supply" of a contract that a later end cue of its clause ends."""
    contract = _SUPPLY_CONTRACT.search(article.folded, max(sentence.start, cue.start - 16), cue.end + 1)
    if contract is None or not contract.start() < cue.start < contract.end():
        return False
    clause_end = sentence.clauses.span_of(cue.start)[1]
    return any(c.family == "customer_end" and cue.end <= c.start < clause_end for c in sentence.cues)


_TO_COLLABORATE = re.compile(
    r"[ ]to[ ](?:collaborate|cooperate|co-operate|partner|work[ ]together|jointly|co-develop|explore|team[ ]up)\b"
)
"""After the second party of an agreement: the work the two do together ("signed an agreement with X to collaborate
on 5G"), a partnership, not a purchase."""


def _joint_work(article: Article, cue: Cue, customer: CompanyMention | None, vendor: CompanyMention) -> bool:
    """Whether a signed deal or a choice of a partner is for joint work rather than a purchase."""
    if cue.family != "customer_start" or cue.detail not in ("signed", "active"):
        return False
    last = max(vendor.end, customer.end if customer is not None else 0)
    folded = article.folded
    return _TO_COLLABORATE.match(folded, last) is not None or _AS_PARTNER.match(folded, last) is not None


_AS_PARTNER = re.compile(r"[ ]as[ ](?:its|their|a|the)[ ](?:[a-z\-]{1,15}[ ]){0,2}partner\b")
"""After a chosen company: the role of a partner ("chose Chang'an as its partner for the venture"), not a supplier."""


_PRONOUN_OBJECT = re.compile(r"[ ](?:it|them)(?![\w'\u2019])")


def _replaces_a_pronoun(sentence: Sentence, article: Article, cue: Cue, vendor: CompanyMention) -> bool:
    """Whether an ending verb's object is a pronoun while the supplier read is the one a start verb just took on.

    "Korvia signed with Brelmont to replace it": "it" is the supplier told earlier, Brelmont the one that comes in.
    "Juniper would stop using it" keeps "it" for the supplier before: no start verb took that one on.
    """
    return (
        cue.family == "customer_end"
        and cue.detail == "active"
        and _PRONOUN_OBJECT.match(article.folded, cue.end) is not None
        and any(
            c.family == "customer_start" and c.end <= vendor.start and vendor.end <= cue.start for c in sentence.cues
        )
    )


def _customer_relation(article: Article, sentence: Sentence, cue: Cue, money: list[MoneyMention]) -> list[Candidate]:
    (customer, vendor, inferred), unnamed_ok = _customer_by_frame(article, sentence, cue)
    if (
        cue.detail in ("review", "seeking")
        and customer is not None
        and (vendor := _reviewed_supplier(article, sentence, cue, customer, vendor)) is None
    ):
        # "X has opened a review of its media account": the suppliers at risk are X's current ones (engine).
        return [_unnamed_supplier(article, sentence, cue, customer, inferred)]
    if (
        vendor is None
        or (customer is None and not unnamed_ok)
        or (customer is not None and _same_company(customer, vendor))
        or _not_supplied(article, cue, vendor)
        or _names_no_supplier(article, cue, vendor)
        or _joint_work(article, cue, customer, vendor)
        or _replaces_a_pronoun(sentence, article, cue, vendor)
    ):
        return []
    customer, vendor = _notifier_decides(article, cue, customer, vendor)
    customer, vendor = _signer_supplies(article, cue, customer, vendor)
    customer, vendor = _supplier_told_elsewhere(article, cue, customer, vendor)
    reach_end = min(sentence.end, cue.end + _LOST_REACH)
    major = (
        any(c.family == "major_customer" for c in sentence.cues)
        # "X is the biggest customer of Y", "X est le premier client de Y": the cue itself says major.
        or (
            _CUSTOMER_WORD.search(article.folded, cue.start, cue.end) is not None
            and _MAJOR_WORDS.search(article.folded, cue.start, cue.end) is not None
        )
        or (
            cue.detail == "vendor_discloses"
            and _MAJOR_WORDS.search(article.folded, max(sentence.start, cue.start - _MAJOR_BEFORE), reach_end)
            is not None
        )
        or (cue.detail == "vendor_discloses" and customer is None and _major_share_after(article, sentence, cue))
        or (
            # "X, l'un des grands clients de Y", "its two main customers, X and Z": the apposition says major.
            cue.detail == "concern"
            and customer is not None
            and _MAJOR_WORDS.search(article.folded, customer.start - _LOST_REACH, customer.end + _LOST_REACH)
            is not None
        )
        or None
    )
    family = _signed_renewal(article, sentence, cue, customer, vendor) or _threatened_loss(article, sentence, cue)
    # "X is looking to swap out Y's chips with its own": the replacing verb, not the in-house cue, is qualified.
    replacing = _replacing_verb(article, sentence, cue) if cue.detail == "insource" else None
    modality = modality_at(
        article,
        sentence,
        replacing.start() if replacing else cue.start,
        future=family != "customer_continue",
        ending=family in _LOSS_TYPES,
    )
    if (
        modality == "fact"
        and family != "customer_continue"
        and (
            _FUTURE_IN_CUE.search(article.folded, cue.start, cue.end)
            or TOLD_FUTURE.match(article.folded, cue.start)
            or DEAL_ENDS_LATER.match(article.folded, cue.start)
            or (article.folded.startswith("to ", cue.start) and not _DEAL_TO.search(article.folded, 0, cue.start))
        )
    ):
        modality = "plan"  # "its largest customer will end", "ne sera pas reconduit", "to lose": announced, not done
    if modality == "fact" and family != cue.family and _on_condition(article, sentence, cue):
        modality = "plan"  # "will drop Y if ...": a threat, not a done end
    # Options not exercised ("has not exercised options on 20 A321neos") leave the relation as it was: denied below.
    ended = family == "customer_continue" and cue.detail != "counted" and negated(article, sentence, cue.start)
    if ended or (
        family == "customer_start" and _NO_LONGER.search(article.folded, max(sentence.start, cue.start - 30), cue.start)
    ):
        # "did not renew its contract with", "a décidé de ne plus faire appel à": the relationship ends (as a fact or
        # a plan), nothing is denied.
        family = "customer_end"
        modality = modality_at(article, sentence, cue.start, max(sentence.start, cue.start - 60), negation=False)
    first = Candidate(
        type=family,
        span=(sentence.start, sentence.end),
        subject=customer,
        object=vendor,
        # A relative clause about the customer often states the relation's value ("Google, qui serait
        # le plus gros client ... avec un paiement d'environ 200 millions, cherche à rompre"): whole sentence.
        amount=_nearest(money, cue.start),
        modality=modality,
        effective_date=event_date(sentence),
        major_customer=major,
        inferred=inferred,
    )
    found = [first, *_co_supplier(article, sentence, cue, first), *_roster_members(article, sentence, cue, first)]
    if customer is not None and customer.end <= cue.start:
        # "Airbus et Renault tournent le dos à Capgemini": one relation per customer.
        joined = _JOINED.match(article.folded, customer.end)
        other = sentence.company_after(joined.end(), exclude=customer.id, within=0) if joined else None
        if other is not None and other.end <= cue.start and other.id != vendor.id:
            found.append(replace(first, subject=other, amount=None, inferred=list(inferred)))
    found += _second_contract(article, sentence, cue, first)
    for party in (vendor, customer):
        # "Telus picked Nokia and Ericsson", "X will keep supplying A, B and C": one relation per listed party;
        # "A, B and C will supply the Navy": one per supplier listed before a supplier-first cue.
        if party is not None and (party.start >= cue.end or (party is vendor and cue.detail == "passive")):
            # "a falling-out between X and Y" lists the two sides: no company with itself.
            sides = {vendor.id, customer.id if customer is not None else vendor.id}
            # "ended its contract with A and its US partner B": a fellow contractor named after the verb supplies too
            # (before a supplier-first verb, "A and its partner B will supply X", only A is told to).
            partners = party is vendor and party.start >= cue.end
            listed = _listed_after(article, sentence, party, examples=True, partners=partners)
            for member in (m for m in listed if m.id not in sides):
                if party is vendor:
                    found.append(replace(first, amount=None, inferred=list(inferred), object=member))
                else:
                    found.append(replace(first, amount=None, inferred=list(inferred), subject=member))
    return found + _succession(article, sentence, cue, vendor, found)


_SECOND_CONTRACT = re.compile(
    r"[^.;]{0,80}?(?:,?[ ]and|,?[ ]et|[ ]ainsi[ ]qu')[ ]?(?:(?:separately|also|séparément|aussi)[ ])?"
    r"(?P<what>(?:a|an|another|un|une)(?:[ ]autre)?(?:[ ][^ .;,]{1,20}){0,5}?)"
    r"[ ](?:from|with|by|auprès[ ]de|auprès[ ]d'|de[ ]la[ ]part[ ]de|de[ ]la[ ]part[ ]d')[ ]?"
)
_SECOND_NOUN = re.compile(r"\b(?:contracts?|orders?|deals?|another|contrats?|commandes?|marchés?|autre)\b")


def _second_contract(article: Article, sentence: Sentence, cue: Cue, first: Candidate) -> list[Candidate]:
    """A second contract the same supplier won in the same sentence, its verb left out.

    "X secured a contract from A, and separately a maintenance contract from B", "X a remporté un contrat auprès de
    A et un autre auprès de B": B is a customer too; the second thing must be a contract or "another".
    """
    if cue.detail != "passive" or first.subject is None or first.object is None or first.type == "customer_end":
        return []
    second = _SECOND_CONTRACT.match(article.folded, first.subject.end, sentence.end)
    if second is None or _SECOND_NOUN.search(second.group("what")) is None:
        return []
    kind = _VENDOR_KIND.match(article.folded, second.end())  # "from the transit agency X"
    start, within = (kind.end(), _DESCRIBED_NAME_REACH) if kind is not None else (second.end(), _NEAR_WITH)
    other = sentence.company_after(start, exclude=first.object.id, within=within)
    other = other or _named_after_description(article, sentence, second.end() - 1, first.object.id)
    if other is None or other.id == first.subject.id:
        return []
    return [replace(first, subject=other, amount=None, inferred=list(first.inferred))]


def _succession(
    article: Article, sentence: Sentence, cue: Cue, vendor: CompanyMention, found: list[Candidate]
) -> list[Candidate]:
    """The other side of a change of supplier told with the relations ``found``, which share one family.

    An end names its successor ("... au profit d'Accenture", "replaced A with B"): the same customers start with
    it. A start names its predecessor ("a retenu Transdev en remplacement de Keolis", "picked B in place of A"):
    the same customers leave it.
    """
    family = found[0].type
    if family == "customer_end":
        # A winner told by its description is read only for a named lost customer: "au profit de son rival Keolis"
        # after a contract whose holder the story does not name is too loose a start to tell.
        described = any(c.subject is not None for c in found)
        successors = _replacement(article, sentence, cue, vendor, described=described) or _winner_of_loss(
            article, sentence, cue, found
        )
        if _role_owner(article, sentence, cue, vendor) is not None:
            successors += [c for c in [sentence.company_before(cue.start, exclude=vendor.id)] if c is not None]
        return [
            replace(c, type="customer_start", object=successor, amount=None, major_customer=None)
            for successor in successors
            for c in found
            if c.subject is None or c.subject.id != successor.id
        ]
    chosen_after = family == "customer_start" and vendor.start >= cue.end
    # "a retenu B en remplacement de A", "attribué à B ..., jusque-là confiée à A": A held the business
    replaced = (
        (_replaced(article, sentence, vendor) or held_until_then(article, sentence, vendor)) if chosen_after else None
    )
    return [
        replace(c, type="customer_end", object=replaced, amount=None, major_customer=None, inferred=list(c.inferred))
        for c in found
        if replaced is not None and c.subject is not None and replaced.id != c.subject.id
    ]


_OWNED_VEHICLE = re.compile(r"['\u2019]s(?:[ ][A-Z][\w\-]*){1,4}")
"""After an investor: the fund it invests through ("Earlybird's Digital East Fund"), skipped in a list."""


_INVESTOR_KIND = re.compile(
    r"(?:(?:the|its|la|le|l'|sa|son)[ ]?)?(?:fonds|société[ ]de[ ]gestion|family[ ]office|holding|banque|bras[ ]armé"
    r"|(?:(?:corporate|venture|venturing|capital|investment|private|equity|growth|sovereign|wealth|strategic|asset)[ ])"
    r"{0,3}(?:fund|firm|arm|unit|manager))(?:[ ][a-zà-ÿ\-]{2,15}){0,2}?[ ]"
)
"""A listed investor told by its kind: "et de la société de gestion Aquasourça", "and the venture firm B", "and
corporate venturing unit B"."""
_DESCRIBED_INVESTOR = re.compile(
    r"(?:"
    + NATIONAL_BEFORE_NAME
    + r"|(?:de[ ]|d'|du[ ]|des[ ])?(?:"
    + _INVESTOR_WORDS.pattern
    + r"[ ]|"
    + _INVESTOR_KIND.pattern
    + r"|historiques[ ])?)"
)
"""Before a listed investor: "auprès d'A et de son investisseur historique B", "from A and existing backer B",
"auprès de A et de la société de gestion B", « auprès de A et des historiques B et C » (session 25); its
nationality, « auprès de l'américain A et du britannique B », « les Américains A et B et le Français C » (26)."""


_UNNAMED_REST = re.compile(
    r"(?:and[ ]|et[ ])?(?:other|others|a[ ]group[ ]of|a[ ]number[ ]of|several|various|d'autres|plusieurs)\b"
)
"""After a list's comma, the investors left unnamed: ", a group of angels", ", and other new stakeholders"."""
_OTHERS_CLOSE = re.compile(r"(?:others|other[ ](?:firms|companies|suppliers|vendors|contractors|consultancies))\b")
"""After a list's closing "and", the members left unnamed: "A, B, C and others"."""
_ITS = re.compile(r"(?:its|their)[ ]")
_ITS_PARTNER = re.compile(
    r"(?:its|their|son|sa|ses|leur|leurs)[ ](?:[a-z\-]{2,15}[ ]){0,2}?"
    r"(?:partners?|co-contractors?|partenaires?|associés?|co-traitants?)[ ](?:,[ ])?"
)
"""Before a member its fellow contractor: "ended its contract with A and its US partner B" (both supplied)."""
_UNIT_NOUN_AFTER = re.compile(r"[ ](?:division|unit|subsidiary|arm)\b")


def _listed_after(
    article: Article,
    sentence: Sentence,
    first: CompanyMention,
    *,
    investors: bool = False,
    examples: bool = False,
    partners: bool = False,
) -> list[CompanyMention]:
    """The companies listed with ``first`` after it: "A, B and C", "A et B"; a comma list must close with "and/et".

    In a list of ``investors`` a member may be described first: "A et de son investisseur historique B". A list of
    ``examples`` ("such as A or B", « comme A ou B ») may close with "or / ou". In a list of ``partners`` (suppliers
    after the verb) a fellow contractor joins: "with A and its US partner B".
    """
    members: list[CompanyMention] = []
    closed = 0
    seen = {first.id}
    vehicle = _OWNED_VEHICLE.match(article.text, first.end)
    end = _past_trailer(article, vehicle.end() if vehicle is not None else first.end)
    clause_end = sentence.clauses.span_of(first.start)[1]
    opened = examples and _EXAMPLES_OPEN.search(article.folded, max(0, first.start - 20), first.start) is not None
    separator = _EXAMPLE_SEPARATOR if opened else _LIST_SEPARATOR
    while (sep := separator.match(article.folded, end)) is not None:
        described = _DESCRIBED_INVESTOR.match(article.folded, sep.end()) if investors else None
        own = _ITS.match(article.folded, sep.end()) if sep.group("and") and not investors else None
        partner = _ITS_PARTNER.match(article.folded, sep.end()) if sep.group("and") and partners else None
        member = sentence.company_after(
            described.end() if described else partner.end() if partner else own.end() if own else sep.end(), within=0
        )
        if member is None and sep.group("article"):
            # "Bel, L'Oréal et Danone": the elided article is the member's own name
            member = sentence.company_after(sep.start("article"), within=0)
        if (
            partner is None
            and own is not None
            and member is not None
            and not _UNIT_NOUN_AFTER.match(article.folded, member.end)
        ):
            break  # "A and its rival B" lists no B; "A and its Purolator division" does, and so does "its partner B"
        if member is None and investors and (sep.group("and") or _UNNAMED_REST.match(article.folded, sep.end())):
            # "from A, B and New Alpha": the closing "and" ends the list, its last name unread; "A, B, a group of
            # angels and other new backers": the unnamed rest of the investors closes it too
            closed = len(members)
            break
        if member is None and sep.group("and") and _OTHERS_CLOSE.match(article.folded, sep.end()):
            # "from A, B, C and others": the rest left unnamed closes the list as its last name would
            closed = len(members)
            break
        if (
            member is None
            or member.start >= clause_end
            or member.id in seen
            or article.folded.startswith("'s", member.end)
        ):
            break
        members.append(member)
        seen.add(member.id)
        closed = len(members) if sep.group("and") else closed
        end = _past_trailer(article, member.end)
    return members[:closed]


_PLACE_TRAILER = re.compile(r"[ ](?:in|en)[ ][A-Z][a-zà-ÿ]+(?:[ ][A-Z][a-zà-ÿ]+)?(?=,[ ]|[ ](?:and|et)[ ])")
"""A listed member's country before the list goes on: "at BT in Britain, TDC in Denmark and Telia in Norway"."""


_DASHED_NAME = re.compile(
    r"[ ][-\u2013][ ][A-ZÀ-Ý][\w'\u2019]+(?:[ ](?:(?:des|du|de|la|le)[ ])?[A-ZÀ-Ý][\w'\u2019]+){0,3}"
    r"(?=,[ ]|[ ](?:and|et)[ ])"
)
"""A listed member's second name after a dash before the list goes on (session 24, money): "la Banque des Territoires -
Caisse des Dépôts, A et B"."""


def _past_trailer(article: Article, end: int) -> int:
    """Where the list goes on after a member that ends at ``end``: past what the member carries of its own.

    A reporter may tell one listed company's place or kind in brackets ("Maubrac (Loire) et Tessande (Vendée)"), its
    country ("BT in Britain, TDC in Denmark and Telia") or its own price ("bought Jet.com for $3 billion, Bonobos and
    ModCloth"); the list still names the next one.
    The price is an amount read by the money reader, so "for the second time" or "pour sa part" stops the list.
    A legal form the member's mention left out ("A Inc. and B") is skipped too.
    """
    end = past_legal_form(article.folded, end)
    bracket = (
        _BRACKETED.match(article.folded, end)
        or _PLACE_TRAILER.match(article.text, end)
        or _DASHED_NAME.match(article.text, end)
    )
    if bracket is not None:
        return bracket.end()
    price = _PRICE_FOR.match(article.folded, end)
    if price is None:
        return end
    money = article.money_at(price.end())
    return money.end if money is not None else end


def _replacement(
    article: Article, sentence: Sentence, cue: Cue, vendor: CompanyMention, *, described: bool = True
) -> list[CompanyMention]:
    """The suppliers that take over from ``vendor``, with those listed after the first.

    Named after "au profit de" / "in favour of" behind the cue (maybe ``described`` first), or right after the
    dropped supplier: "replaced A with B and C", "moved its orders away from A to B", "remplace A par B".
    """
    favour = _FAVOUR_OF.search(article.folded, cue.start, sentence.clauses.span_of(cue.start)[1])
    if favour is not None:
        successor = _described_winner(article, sentence, favour.end(), vendor, described=described)
    else:
        swap = _SWAP_TO.match(article.folded, vendor.end) if vendor.start >= cue.end else None
        successor = sentence.company_after(swap.end(), exclude=vendor.id, within=0) if swap else None
        if successor is None and vendor.start >= cue.end:
            successor = successor_past_goods(article, sentence, vendor)  # "from its X systems to Y"
    if successor is None:
        return []
    return [successor, *_listed_after(article, sentence, successor)]


def _described_winner(
    article: Article, sentence: Sentence, pos: int, vendor: CompanyMention, *, described: bool
) -> CompanyMention | None:
    """The company after "au profit de" / "in favour of", maybe told with its description first.

    Reporters name the winner of a lost contract by what it is as often as by its name: "au profit de l'américain
    Omnicom", "au profit de son grand rival Keolis", "in favour of its long-time rival WPP". The words between may
    only describe (no verb, conjunction, preposition or comma): "au profit d'une équipe interne chez Unilever" names
    no winner.
    """
    winner = sentence.company_after(pos, exclude=vendor.id, within=_WINNER_DESCRIPTION_REACH if described else 0)
    if winner is None or _WINNER_DESCRIPTION.fullmatch(article.folded, pos, winner.start) is None:
        return None
    return winner


_WINNER_DESCRIPTION = re.compile(
    r"(?:l'|le |la |les |son |sa |ses |leur |its |their |the |a |an |un |une )?"
    r"(?:(?!(?:and|et|or|ou|qui|which|that|who|for|pour|to|à|de|du|des|par|by|with|avec|at|chez|in|en|of)\b)"
    r"[a-zà-ÿ\-]{2,15}[ ]){0,3}"
)
"""Between "au profit de" and the winner: nothing, or up to three describing words, maybe after a determiner ("son
grand rival ", "l'américain ", "du groupe ", "its long-time rival ")."""
_WINNER_DESCRIPTION_REACH = 40


_NO_LONGER = re.compile(r"\b(?:no[ ]longer|(?:ne|n')[ ]?(?:[a-zé]{1,12}[ ])?plus)[ ]$")
"""Right before a verb of taking a supplier: it is given up ("will no longer use", "ne plus faire appel à")."""


def _same_company(one: CompanyMention, other: CompanyMention) -> bool:
    """Whether two mentions name one company, the shorter the longer's leading words ("D&W", "D&W Food Centers")."""
    short, long = sorted((one.name, other.name), key=len)
    return one.id == other.id or long.startswith(short + " ")


_RENEWS = re.compile(r"\b(?:renew|extend|prolong|re-sign|reconduit|renouvel|prolong)")
"""A continuing cue that either side may say: "renewed its contract with", "a prolongé son contrat avec"."""


_SIGNS = re.compile(r"\b(?:sign|signe|signé|ink|inked|inks|conclu)")
"""A signature either side may make: "signed a contract with", "a signé un accord avec", "inked a deal with"."""


def _supplier_told_elsewhere(
    article: Article, cue: Cue, customer: CompanyMention | None, vendor: CompanyMention
) -> tuple[CompanyMention | None, CompanyMention]:
    """Swap the parties of an ending, a renewal or a signature the supplier may have made, when the story says so.

    "Burts has terminated its supply agreement with MJ Baker" reads either way; "... no longer prepared to supply
    MJ Baker" says Burts supplies, so MJ Baker is the customer that lost its supplier. So does "TIL renewed its
    contract with Farmlands" when the story says TIL supplies Farmlands, and "Eltel has signed a contract with
    Elisa" when it says "Eltel will build networks for Elisa": suppliers announce the contracts they sign. Relation
    nouns say it too ("Dorvane is Korvia's largest customer"; :mod:`streams.extraction.supply_direction`). An
    ending or a renewal is also swapped when the words naming the parties say who buys ("XPO Logistics has renewed
    its contract with frozen food retailer Iceland Foods"; :mod:`streams.extraction.role_nouns`), and so is a
    signature, by role nouns only ("Korvia signed a supply agreement with supermarket chain Dorvane": the retailer
    buys; a service word in the signer's own name says what it sells, not what it signs for).
    """
    either_way = cue.family in ("customer_end", "customer_at_risk") or (
        cue.family == "customer_continue" and _RENEWS.search(article.folded, cue.start, cue.end) is not None
    )
    signed = cue.detail == "signed" or _SIGNS.search(article.folded, cue.start, cue.end) is not None
    if (
        customer is not None
        and ((either_way and cue.detail in ("active", "own")) or signed)
        and (
            article.told_as_supplier(customer.id, vendor.id)
            or (either_way and told_reversed(article.folded, customer, vendor))
            or (signed and told_reversed(article.folded, customer, vendor, by_name=False))
        )
    ):
        return vendor, customer
    return customer, vendor


def _winner_of_loss(article: Article, sentence: Sentence, cue: Cue, found: list[Candidate]) -> list[CompanyMention]:
    """The supplier a loss went to, named after "to" once the lost customer is told: the twin of "au profit de".

    "Havas lost the McDonald's account to Omnicom", "Sigma lost its contract with Chemist Warehouse to rival EBOS":
    the customer starts with the winner. "lost the contract to supply X" (a verb) and "equal to 5 %" name no winner.
    """
    customers = [c.subject for c in found if c.subject is not None and c.subject.start >= cue.end]
    if cue.detail not in _LOSS_FRAMES or not customers:
        return []
    start = max(c.end for c in customers)
    clause_end = sentence.clauses.span_of(cue.start)[1]
    to = _LOST_TO.search(article.folded, start, min(clause_end, start + _LOST_TO_REACH))
    winner = sentence.company_after(to.end(), within=0) if to is not None else None
    if winner is None or any(winner.id == c.id for c in customers):
        return []
    return [winner, *_listed_after(article, sentence, winner)]


_LOST_TO = re.compile(
    r"[ ]to[ ](?:(?:its|a|the|his)[ ])?(?:(?:local|larger|smaller|bigger|domestic|foreign|american|british|french"
    r"|german|japanese|chinese|long-time|longtime)[ ])?(?:(?:rival|competitor|arch-rival|challenger|peer"
    r"|competing[ ][a-z\-]{2,15})[ ])?"
)
"""After a lost customer (and its contract noun), before the supplier that took it: "to rival EBOS"."""
_LOST_TO_REACH = 60


def _role_owner(article: Article, sentence: Sentence, cue: Cue, vendor: CompanyMention | None) -> CompanyMention | None:
    """Z in "X replaced Y as Z's IT provider", "X remplace Y comme prestataire de Z": the customer of the role.

    The subject of such a "replace" is the successor supplier, not a customer dropping Y.
    """
    folded = article.folded
    if vendor is None or vendor.start < cue.end or _REPLACE_VERB.search(folded, cue.start, cue.end) is None:
        return None
    role = _AS_ROLE.match(folded, vendor.end)
    if role is None:
        return None
    owner = sentence.company_after(role.end(), exclude=vendor.id, within=0)
    if owner is not None and _ROLE_AFTER_OWNER.match(folded, owner.end):
        return owner
    described = _ROLE_BEFORE_OWNER.match(folded, role.end())
    return sentence.company_after(described.end(), exclude=vendor.id, within=0) if described else None


def _replaced_in_rank(article: Article, sentence: Sentence, cue: Cue) -> bool:
    """Whether "X replaced Y as ..." gives X a rank or a title of Y's, not a customer's business.

    "Capgemini replaced Atos as the market leader", "remplace Transdev comme premier opérateur de France": no one
    buys. A role owned by a company ("as Airbus's IT provider") or by the subject ("as its supplier") is a supply.
    """
    if cue.family != "customer_end" or _REPLACE_VERB.search(article.folded, cue.start, cue.end) is None:
        return False
    replaced = sentence.company_after(cue.end, within=_NEAR_WITH)
    role = _AS_ROLE.match(article.folded, replaced.end) if replaced is not None else None
    return (
        role is not None
        and _OWN_ROLE.match(article.folded, role.start()) is None
        and _role_owner(article, sentence, cue, replaced) is None
    )


_OWN_ROLE = re.compile(r"[ ](?:as|comme|en[ ]tant[ ]que)[ ](?:its|their|our|son|sa|leur|notre)[ ]")
_REPLACE_VERB = re.compile(r"replac|remplac")
_AS_ROLE = re.compile(r"[ ](?:as|comme|en[ ]tant[ ]que)[ ](?:the[ ]|le[ ]|la[ ]|l')?")
_ROLE_AFTER_OWNER = re.compile(
    r"(?:'s|')[ ](?:[a-z\-]{1,15}[ ]){0,3}(?:supplier|provider|vendor|agency|contractor|operator|distributor|maker)s?\b"
)
"""After the role's owner: "(as) Airbus's main IT provider"."""
_ROLE_BEFORE_OWNER = re.compile(
    r"(?:[a-zé\-]{1,15}[ ]){0,2}?(?:fournisseur|prestataire|opérateur|exploitant|agence|sous-traitant|distributeur)"
    r"(?:[ ][a-zé\-]{2,15}){0,2}?[ ](?:de[ ]|d'|du[ ]|des[ ])(?:la[ ]|l')?"
)
"""After "comme", before the role's owner: "(comme) prestataire informatique d'Airbus"."""


def _replaced(article: Article, sentence: Sentence, vendor: CompanyMention) -> CompanyMention | None:
    """The incumbent a chosen supplier takes over from: A in "a retenu B en remplacement de A", "chose B in place of A".

    Only words that say A held the business ("in place of", "replacing", "à la place de"); "instead of" and
    "rather than" name a beaten bidder as often as an incumbent, so they end nothing.
    """
    folded = article.folded
    limit = min(sentence.clauses.span_of(vendor.start)[1], vendor.end + _REPLACED_REACH)
    marker = _IN_PLACE_OF.search(folded, vendor.end, limit)
    if marker is None or _CLAUSE_BREAK.search(folded, vendor.end, marker.start()) is not None:
        return None
    return sentence.company_after(marker.end(), exclude=vendor.id, within=_DESCRIPTION_GAP)


_REPLACED_REACH = 80
"""How far (chars) after the chosen supplier its predecessor may be named ("B pour exploiter le réseau à la place"),
and after a replacing verb the maker of the replaced goods (an earlier binding of 45 was shadowed by this one; session
25 removed it, behaviour unchanged)."""
_IN_PLACE_OF = re.compile(
    r"\b(?:en[ ]remplacement|à[ ]la[ ]place|en[ ]lieu[ ]et[ ]place|in[ ](?:the[ ])?place)"
    r"[ ](?:de[ ]|d'|du[ ]|des[ ]|of[ ])"
    r"|\b(?:replacing|remplaçant|succeeding|succédant[ ]à|taking[ ]over[ ]from|prenant[ ]le[ ]relais[ ]d(?:e[ ]|u[ ]|')"
    r"|qui[ ]succède[ ]à)[ ]"
)
"""After a chosen supplier, before the one it replaces: "en remplacement de", "à la place du", "in place of"."""
_CLAUSE_BREAK = re.compile(r"[;:]|,[ ](?:and|but|et|mais|while|tandis)[ ]")


_SUPPLIER_OF_APPOSED = re.compile(
    r",[ ](?:(?:son|sa|le|la|l'|its|the|a|an|un|une)[ ]?)?(?:(?:principal|premier|plus[ ]gros|historique|main|largest"
    r"|longtime|long-time)[ ])?(?:fournisseur|prestataire|sous-traitant|équipementier|délégataire|supplier|vendor"
    r"|contractor|provider)(?:[ ](?:historique|attitré|exclusif|principal|unique))?[ ]"
    r"(?:de[ ](?:la[ ]|l')?|du[ ]|d'|des[ ]|of[ ](?:the[ ])?|to[ ](?:the[ ])?)"
)
"""After a supplier: its role for its customer, in apposition (« Y, fournisseur de la ville de X », "Y, a longtime
supplier to X")."""
_CUSTOMER_OF_APPOSED = re.compile(
    r",[ ](?:(?:son|sa|le|la|l'|its|the|a|an|un|une)[ ]?)?(?:(?:principal|premier|plus[ ]gros|historique|main|largest"
    r"|longtime|long-time|important|gros|grand)[ ])?(?:client|cliente|customer|donneur[ ]d'ordres)"
    r"(?:[ ](?:historique|important|majeur))?[ ](?:de[ ](?:la[ ]|l')?|du[ ]|d'|des[ ]|of[ ](?:the[ ])?)"
)
"""After a customer: its role for its supplier, in apposition (« X, client de Y depuis dix ans », "X, a customer of
Y")."""


def _apposed_counterpart(
    article: Article, sentence: Sentence, party: CompanyMention, cue: Cue, role: re.Pattern[str]
) -> CompanyMention | None:
    """The other party an apposition names right after ``party``, closed before the cue.

    « Y, fournisseur de la ville de X depuis 2009, perd ce contrat », « X, client de Y depuis dix ans, a décidé de
    changer de fournisseur »: the role in the apposition says whom the party deals with.
    """
    apposed = role.match(article.folded, party.end)
    if apposed is None or apposed.end() > cue.start:
        return None
    other = _agent_after(article.folded, sentence, apposed.end() - 1)  # « du groupe X »: past the kind noun
    if (
        other is None
        or other.id == party.id
        or other.end > cue.start
        or "," not in article.folded[other.end : cue.start]
    ):
        return None
    return other


def _supplier_of_apposed(article: Article, sentence: Sentence, customer: CompanyMention) -> CompanyMention | None:
    """Y in "Y ... by one of its largest customers, X, which will not renew": the company before the apposition."""
    if _APPOSED_CUSTOMER.search(article.folded, max(sentence.start, customer.start - 50), customer.start) is None:
        return None
    return sentence.first_company_before(customer.start, exclude=customer.id)


_NEAR_WITH = 3
_THE = re.compile(r"(?:the|la|le|les)[ ]|l'")
"""A definite article the name of a public body leaves out of its span ("the Ministry of Defence")."""
_INCUMBENT_GAP = 6
"""At most this many chars between a supplier and "the incumbent" after it (", ", " est ")."""
_SUCCESSOR_REACH = 40
"""How far after "ceding business to" the rival may be named ("to optical components rival Z")."""
_AT_ACCOUNTS = re.compile(r"\b(?:at|with|including|such as|chez|auprès de|notamment)\b")
_STAYS = frozenset(
    (
        "will stay", "will remain", "remains", "stays", "will continue to be", "continues to be", "would remain",
        "has been", "had been", "has long been", "is now",
    )
)  # fmt: skip
_BECOMES_SUPPLIER = frozenset(
    ("will become", "became", "becomes", "has become", "would become", "to become", "is to become")
)
"""A supplier's start told as what it becomes: "Supervalu will become D&W's primary wholesaler"."""
_SUPPLIER_AFTER_OWNER = re.compile(
    r"(?:'s|')[ ](?:[a-z\-]{1,12}[ ]){0,3}(?:supplier|provider|vendor|distributor|contractor|manufacturer"
    r"|wholesaler)\b"
)
"""After the customer a "stays" or "becomes" cue names: "(Y will stay) Woolworths' main supplier (of chicken meat)"."""
_DESCRIPTION_GAP = 60
_TIME_AFTER_VERB = (
    r"(?:[ ](?:en|in|dès|since)[ ]\d{4}|[ ]l'an[ ]dernier|[ ]last[ ](?:year|month|week)"
    r"|[ ](?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)),?"
)
"""A time adverbial between a verb and its object: "avait retenu en 2009 Siemens", "a choisi mardi X"."""
_DESCRIBED_VENDOR = re.compile(
    rf"(?:{_TIME_AFTER_VERB})?[ ](?:(?:(?:the|a|an|la|le|les|un|une|du)[ ]|l')"
    r"(?:(?!(?:from|of|de|du|des|to|with|avec|for|pour|par|by)[ ])"
    r"[a-zà-ÿ\-]{2,20}[ ]){0,3}"
    r"|(?:[a-zà-ÿ\-]{2,20}[ ]){0,2}(?:" + "|".join(sorted(KIND_NOUNS)) + r")s?[ ]"
    r"|(?:another|its|their|the|a|an|un[ ]autre|une[ ]autre|son|sa|le|la"
    r"|two|three|four|five|several|deux|trois|quatre|cinq|plusieurs)[ ](?:[a-zà-ÿ\-]{2,20}[ ]){0,2}"
    r"(?:" + "|".join(sorted(KIND_NOUNS)) + r")s?,[ ](?:the[ ]|le[ ]|la[ ]|l')?"
    r"|(?:son|sa|its|their)[ ](?:rival|competitor|concurrent|compatriote)(?:[ ][a-zà-ÿ\-]{2,20}){0,2}[ ]|)"
)
"""After a bare verb: the supplier's description before its name ("la PME lyonnaise ", "the Swedish group ",
"British engine maker ", "son concurrent allemand "), the description and the name in apposition ("another chip
maker, the ", "three outside suppliers, " before their list), or a determiner before the supplier's product
("selected the Acme X200"); a time adverbial may come first ("avait retenu en 2009 "). A determiner is a whole word:
the "a" of "to accelerate Navy shipbuilding" is none."""
_RIVAL_BEFORE = re.compile(
    r"(?:au détriment d(?:e[ ]|')|at the expense of[ ]|face à[ ]|plutôt que[ ]|rather than[ ]|instead of[ ]"
    r"|ahead of[ ]|beating[ ]|outbidding[ ]|seeing off[ ]|edging out[ ])$"
)
"""Before a company that is a beaten rival, not a party: "remporte le marché au détriment de X", "won a contract,
beating X"."""
_NEXT_CLAUSE = re.compile(r",[ ](?:and|but|while|whereas)[ ]")
"""Between a won contract and a company: a coordinated clause opens, whose subject is no party of the win."""
_WINNER_BEFORE = re.compile(r"(?:au profit (?:de |d')|in favou?r of )$")
"""Before the company that took a lost contract: "perd le contrat au profit de X" names the new supplier."""
_DESCRIBED_CUSTOMER = re.compile(
    r"[ ](?:the|that|this|its|le|la|ce|cet|cette|son|sa)[ ](?:[a-z\-]{1,15}[ ])?"
    r"(?:retailer|customer|client|chain|carrier|operator|distributeur|client|enseigne|opérateur)\b"
)
"""After a supplier-side verb: the customer described, not named ("would go on serving the retailer")."""
_ACCOUNT_WORD = re.compile(
    r"\b(?:accounts?|media|advertising|creative|agenc(?:y|ies)|suppliers?|vendors?|providers?|contracts?|business"
    r"|buying|planning|pitch(?:es)?|tender|fournisseurs?|prestataires?|contrats?|budget|marché|appel d'offres"
    r"|concurrence)\b"
)
"""A review puts suppliers at risk only when it is about them: an account, a contract, suppliers, a tender."""
_CONCERN_REACH = 120
"""How far (chars) after a worry word ("les craintes de retard ... de X") the customer may be named."""
_CLIENT_APPOSITION = re.compile(
    r"(?:[ ]?\([^()]{1,30}\))?,[ ](?:its|their|son|sa|leur|another|un autre|l'un des|l'une des|one of (?:its|the))?[ ]?"
    r"(?:[a-z\-]{1,15}[ ]){0,2}(?:customers?|clients?)\b(?:[ ](?:of|de|d')[ ]?|[ ]?'|)"
)
"""After a customer's name: ", premier client de Y", " (NASDAQ: X), another important client"."""
_NOTIFIED_BY = re.compile(
    r"[ ](?:has been |have been |had been |was |were |a été )?(?:advised|notified|told|informed|informée?|avisée?"
    r"|prévenue?)[ ](?:by|par)[ ]"
)
"""Between a supplier and its customer: "Y has been advised by X that it will not renew" (X decides)."""
_OPENING = 3
"""A cue starting this close to its sentence's start opens it ("Abandonné par Apple, ...")."""
_SUBJECT_REACH = 20
"""A company starting this close to its sentence's start is the sentence's subject ("The Seattle-based X")."""
_MAJOR_WORDS = re.compile(
    r"\b(?:largest|biggest|major|top|key|large|big|important|plus gros|gros|principal|principaux|majeurs?|importants?"
    r"|grands?)\b"
)
_MAJOR_BEFORE = 16
"""How far (chars) before a disclosure cue "a major" / "one of its big" still qualifies the customer lost."""
_DEAL_TO = re.compile(r"\b(?:deal|contract|agreement|order)[ ]$")
"""Before "to supply": a deal already struck ("struck a deal to supply X") is no plan."""
_FUTURE_IN_CUE = re.compile(r"\b(?:will|won't|would|sera|seront|\w{3,}(?:ra|ront|rait|raient))\b")
"""A future or conditional in the cue itself ("will end", "ne reconduira pas", "remplacera"): announced, not done."""
_BUSINESS_LOST = re.compile(
    r"\b(?:contracts?|customers?|clients?|accounts?|orders?|business|budgets?|contrats?|marchés?|commandes?"
    r"|appel d'offres|dsp"
    r"|franchises?|concessions?|délégations?|exploitation|référencement)\b"
)
_BUSINESS_AFTER = re.compile(
    rf"{_CONTRACT_TERM}{{0,5}}(?:contracts?|customers?|accounts?|orders?|business|deal|work|tender|supply|access"
    r"|program|programme|project|fleet|network|stores?)\b"
)
"""After "X's": the words before a contract noun ("HMRC's logistics contract", "Airbus's cabin supply"), its terms
among them ("the Army's 10-year, $4 billion marketing contract")."""
_SITE_AFTER = re.compile(
    rf"{_CONTRACT_TERM}{{0,4}}(?:plants?|factory|factories|mills?|facility|facilities|sites?|warehouses?|depots?"
    r"|refinery|refineries|smelters?|assembly[ ]lines?|usines?)\b"
)
"""After "X's": a site of the customer's that the goods go to ("halted shipments to Ford Motor Co.'s Hermosillo,
Mexico, assembly plant", "stopped supplying Kelmar's Ohio factory"): the site is served, so X stays the customer."""
_LOST_REACH = 40
_SHARE_LOST = re.compile(
    r"[ ]?(?:(?:des|de|sa|ses|leur|leurs|its|their|some)[ ])?(?:parts?[ ]de[ ]marché|market[ ]share)"
)
"""Right after a supplier-discloses cue: market share, lost to rivals, not to a customer ("a perdu ses parts de
marché")."""
_ONE_OF_ITS_MARKETS = re.compile(
    r"\b(?:l'un|un|one)[ ](?:de|of)[ ](?:ses|leurs|its|their)[ ](?:[a-zà-ÿ\-]{2,15}[ ]){0,2}?(?:marchés|markets)\b"
)
"""In a supplier-discloses cue's reach: one of its markets, lost or at stake (« perdre un de ses importants marchés en
Afrique », "lose one of its key markets"): a region or a trade, no customer, and its adjective makes no major one.
The singular (« perdre un important marché ») is a contract in French and stays one."""
_MADE_FOR_CUSTOMER = re.compile(
    r"[^.;]{0,60}?[ ](?:for|from|pour)[ ][\"“«]?[ ]?(?:a|an|its|one of its|un|une|son|l'un de ses)[ ]"
    r"(?:[a-zé\-]{1,15}[ ]){0,3}(?:customer|client)\b"
)
"""After a halted production: the goods were made for a customer ("stopped making a device for a major client"), or
were its order ("suspended production of an audio product from a major overseas customer")."""
"""A supplier-discloses phrase that says the lost customer was a big one ("lost its largest customer")."""
_IN_FAVOUR_OF = re.compile(r"au (?:profit|bénéfice) (?:de|d')$")
_PUBLIC_HEAD = (
    r"(?:(?:agglomération|métropole|communauté urbaine|communauté d'agglomération|ville|commune|région|département"
    r"|syndicat)[ ](?:de la |de l'|du |des |de |d')?)"
)
"""Between "de l'" / "de la" and a public customer's name, the kind of body it is ("de l'agglomération Nîmes
Métropole", "de la ville de Dorvane")."""
_LOST_CONTRACT_OF = re.compile(
    rf"[ ]?(?:(?:[a-zà-ÿ0-9\-]{{1,15}}|[$€£]?\d[\d.,]*),?[ ]){{0,6}}?"
    rf"(?:{_TO_SUPPLY}|(?:contrats?|marchés?|délégations?|appel d'offres|dsp"
    r"|budgets?(?:[ ](?:d')?achats?|[ ](?:média|médias|publicitaires?|création|créatifs?|digital|numérique))?"
    r"|contracts?|accounts?"
    r"|business)"
    rf"[ ](?:de la |de l'|du |des |de |d'|with |from |avec |of )?(?:the |la |le |l')?{_PUBLIC_HEAD}?)"
)
"""After "lost the" / "a perdu le": the contract and the customer that held it ("contrat de la SNCF", "le budget
média de X", "a contract to supply milk to X"); its terms may stand before the noun, a comma between them ("lost a
major, multi-million dollar iron ore contract with X", "the 10-year, $4 billion contract of X")."""
_SCOPED_CONTRACT = re.compile(
    r"[ ]?(?:[a-zà-ÿ\-]{1,15}[ ]){0,3}?(?:contrats?|marchés?|délégations?|budgets?|contracts?|accounts?"
    r"|dsp|gestion|concessions?)"
    r"(?:[ ](?:de|des|du|d'|of|for))?[ ]?(?:(?:l'|la |le |les )?[a-zà-ÿ\-]{2,15}[ ]){1,3}?"
    rf"(?:de la |de l'|du |des |de |d'|with |from |avec |of )(?:the |la |le |l')?{_PUBLIC_HEAD}?"
)
"""After "lost": a contract told by its scope before its holder ("la délégation des transports publics du Grand
Nancy", "the contract for school meals of X", "la DSP eau et assainissement de l'agglomération X", "la gestion de
l'assainissement de X")."""
_SCOPED_REACH = 80


def _holder_past_scope(
    article: Article, sentence: Sentence, cue: Cue, vendor: CompanyMention | None
) -> CompanyMention | None:
    """The customer of a lost contract named after the contract's scope, when no company stands right after the noun."""
    holder = sentence.company_after(cue.end, exclude=vendor.id if vendor else None, within=_SCOPED_REACH)
    if holder is None or _SCOPED_CONTRACT.fullmatch(article.folded, cue.end, holder.start) is None:
        return None
    return holder


_DESCRIPTION_REACH = 40
"""How far before a verb a description of its subject ("the planemaker will ...") may start."""
_SUBORDINATE_REACH = 15
"""How far after "after / when / lorsque" the subordinate clause's subject may start ("after its client X")."""
_SUBORDINATOR = re.compile(r"[ ](?:after|when|as|because|since|before|après que|lorsque|quand|parce que|car)[ ]")
_MARKED_CUSTOMER = re.compile(
    r"(?:[ ]\([^)]{1,25}\))?,[ ](?:one[ ]of[ ])?(?:its|their|the[ ]company's|the[ ]group's|son|sa|leur"
    r"|[\w\-]{2,20}(?:[ ][\w\-]{2,20})?'s"
    r"|l'un[ ]de[ ]ses)[ ](?:[a-z\-]{1,15}[ ]){0,2}"
    r"(?:customers?|clients?)\b"
)
"""Right after a company: the apposition that makes it the customer ("X, its largest customer,", "X, one of Y's
biggest clients,")."""
_OWN_TIES_UNNAMED = re.compile(
    r"[ ](?:its|their)[ ](?:[a-z\-]{1,15}[ ]){0,3}?(?:relationships?|ties|partnerships?)\b"
    r"(?![ ](?:[a-z\-\d]{1,12}[ ]){0,5}?(?:with|to)[ ])"
)
"""After an ending verb: the subject's own ties, no "with" naming the other side ("cut off its manufacturing
relationship by the end of the year")."""
_RELATION_WITH = re.compile(
    r"(?:[ ](?:de|by|for|pour)[ ](?:an[ ]additional[ ]|another[ ]|a[ ]further[ ]|a[ ]|further[ ])?[a-z\d]{1,10}[ ]"
    r"(?:ans|années|mois|years|months)"
    r"(?:[ ](?:supplémentaires|de plus|more))?(?:[ ](?:et|and)[ ][^,;.]{1,30}?(?:euros|dollars|livres|francs"
    r"|millions?|milliards?|billions?))?|[ ](?:jusqu'(?:en|à|au)|until|through|to)[ ](?:fin[ ]|end[ ])?\d{4})?"
    r"[ ](?:(?:its|their|the|a|an|son|sa|ses|leur|leurs|le|la|les|un|une)[ ]|l'"
    r"|[a-z\d\-]{1,10}[ ](?:ans|années|years|décennies|decades)[ ](?:de[ ]|d'|of[ ])"
    # A headline drops the determiner before a duration: "D&W ends 40-year relationship with Spartan".
    r"|(?=(?:\d{1,3}-years?|decades-long|years-long|century-old|long-standing|longstanding|long-time|longtime)[ ]))"
    r"(?:[a-z\-\d]{1,15}[ ]){0,4}"
    r"(?:contracts?|agreements?|deals?|relationships?|partnerships?|ties|accounts?|contrats?|accords?|partenariats?"
    r"|relations?|collaborations?|liens|concessions?)(?:[ ](?:de|d'|du)[ ]?[a-zà-ÿ\-]{2,20}){0,2}"
    r"(?:[ ][a-zà-ÿ\-]{1,12}){0,5}?"
    r"(?:[ ](?:with|avec)[ ]"
    r"|[ ]qui[ ](?:le[ ]|la[ ]|les[ ]|l')?(?:lie|liait|confie|confiait)[ ](?:à[ ]|au[ ]|à[ ]la[ ])"
    r"|(?:(?<=contrat)|(?<=contrats)|(?<=concession)|(?<=concessions)|(?<=contract))[ ](?:de[ ]|d'|du[ ]|of[ ])"
    r"(?!(?:la[ ]|the[ ])?(?:ville|commune|métropole|région"
    r"|département|city|council|state|county|ministry|ministère|government|gouvernement)\b))"
)
"""After a customer's verb, its own contract and "with" before the supplier: "its supply agreement with ", « reconduit
pour trois ans et 20 millions d'euros son contrat avec »; or the supplier's contract ("a reconduit le contrat de ",
« a prolongé de deux ans les concessions de ») unless a public body owns it (a supplier keeping a city's contract)."""
_SWAP_TO = re.compile(
    r"[ ](?:with|to|for|par|pour)[ ](?:the[ ]|rival[ ]|le[ ]|la[ ]|l'"
    r"|des[ ](?:équipements|produits|puces|logiciels|serveurs|systèmes|solutions|appareils)[ ]"
    r"(?:de[ ]la[ ]marque[ ])?)?"
)
"""Right after the dropped supplier, before its successor: "replaced A with B", "away from A to B", and the gear the
successor makes (session 25, custfr: « remplacer leurs équipements A par des équipements (de la marque) B »)."""
_FAVOUR_OF = re.compile(r"\b(?:au (?:profit|bénéfice) (?:de |d'|du )|in favou?r of )")
_CONTRACT_WORD = re.compile(
    r"\b(?:contracts?|agreements?|arrangements?|deals?|accounts?|business|work|orders?|services|supply|partnership"
    r"|relationship|ties|links|dealings|suppliers?|vendors?|providers?|contrats?|accords?|ententes?|marchés?|commandes?"
    r"|fournitures?|partenariat|prestations?|relation|collaboration|liens|fournisseurs?|prestataires?)\b"
)
"""A relation's own words: an "own" cue ("n'a pas renouvelé", "will not be renewed") needs one in its clause."""
_CUSTOMER_WORD = re.compile(r"\b(?:customers?|clients?)\b")
_CUSTOMER_OR_ACCOUNT = re.compile(r"\b(?:customers?|clients?|accounts?)\b")
"""A nominal loss ("the loss of X", "the departure of X") is a customer's only in a sentence about customers
or accounts."""
_APPOSED_CUSTOMER = re.compile(
    r"(?:'s|its|their|son|sa|leur|ses|leurs)[ ](?:[a-z\-]{1,12}[ ]){0,2}(?:customers?|clients?)"
    r"(?:[ ][a-z]{1,12}){0,2},?[ ](?:(?:the|la|le|l')[ ]?(?:[a-zà-ÿ\-]{2,15}[ ]){1,3})?$"
)
"""Before a customer's name: "Capgemini said its biggest customer, Airbus, ..." names Airbus as the customer, also
after a description: "son principal client, la compagnie aérienne Emirates"."""


def _owned_not_business(article: Article, customer: CompanyMention) -> bool:
    """Whether "X's ..." names something of X's that is no contract, order, account or site ("Henkel's Rorsted")."""
    if not article.folded.startswith("'s ", customer.end) or _SUPPLIER_AFTER_OWNER.match(article.folded, customer.end):
        return False  # "Y will remain X's main supplier": X's business
    after = customer.end + 3
    return not (
        _BUSINESS_LOST.match(article.folded, after)
        or _BUSINESS_AFTER.match(article.folded, after)
        or _SITE_AFTER.match(article.folded, after)
    )


def _acting_anaphor(article: Article, sentence: Sentence, cue: Cue, exclude: str | None) -> CompanyMention | None:
    """The company "it" / "the company" / "l'entreprise" right before ``cue`` stands for, if any.

    The speaker of the sentence's attribution first ("Lenovo said it will ..."), else the subject
    of the closest earlier sentence that names a company.
    """
    clause_start = sentence.clauses.span_of(cue.start)[0]
    window = max(sentence.start, clause_start, cue.start - 40)
    if not (article.anaphor_before(window, cue.start) or _IL_BEFORE.search(article.folded, window, cue.start)):
        return None
    return _anaphor_company(article, sentence, exclude, cue.start)


_CLAUSE_TO_CUE_REACH = 80
"""How far a description opening a clause may stand before the cue it is the subject of ("The company also announced
an equal-share partnership with")."""


def _described_actor(article: Article, sentence: Sentence, cue: Cue) -> CompanyMention | None:
    """The company a description or pronoun subject of ``cue`` stands for, if any.

    Right before the cue ("the group teamed up with"), or opening the cue's clause with no company named between,
    however many words the verb phrase takes ("The company also announced an equal-share partnership with Y", "It
    plans to set up a joint venture with Y", « Le groupe a signé, hier, avec Y une convention de partenariat »).
    """
    acting = _acting_anaphor(article, sentence, cue, None)
    if acting is not None:
        return acting
    clause_start = sentence.clauses.span_of(cue.start)[0]
    if (
        cue.start - clause_start > _CLAUSE_TO_CUE_REACH
        or article.anaphor_at(clause_start) is None
        or any(clause_start <= c.start < cue.start for c in sentence.companies)
    ):
        return None
    return _anaphor_company(article, sentence, None, cue.start)


def _anaphor_company(article: Article, sentence: Sentence, exclude: str | None, pos: int) -> CompanyMention | None:
    """What "it" / "the company" at ``pos`` points to: the speaker, else the previous sentence's subject.

    After a speech verb ("X told the market that ... with the company", "X said Tuesday it will"),
    the speaker is the company before the verb; a speaker we cannot name gives None, never a guess.
    """
    window = max(sentence.start, pos - _ANAPHOR_SUBJECT_REACH)
    if article.names_unknown(window, pos):
        return None
    nationality = article.nationality_before(window, pos)
    if nationality is not None:
        # "le Chinois": the company the story introduced as Chinese; with none, nobody rather than a guess.
        return article.introduced_as(nationality, exclude)
    trade = article.anaphor_kind(window, pos)
    return article.fitting(_referent(article, sentence, exclude, pos), trade, exclude)


def _referent(article: Article, sentence: Sentence, exclude: str | None, pos: int) -> CompanyMention | None:
    """The speaker or the previous sentence's subject, before any check of the description's trade."""
    speech = next(
        (c for c in reversed(sentence.cues) if c.family == "clause" and c.detail == "speech" and c.end <= pos), None
    )
    if speech is not None:
        # The company closest to the verb, unless an aside holds it: "X, which counts Y as a customer, said it ...".
        before = next(
            (
                c
                for c in reversed(sentence.companies)
                if c.end <= speech.start and not sentence.clauses.in_aside(c.start, c.end, speech.start)
            ),
            None,
        )
        if before is None and article.anaphor_before(max(sentence.start, speech.start - 40), speech.start):
            before = article.previous_subject(sentence.index)  # "the computer maker said it will ..."
        return before if before is not None and before.id != exclude else None
    speaker = _speaker(sentence)
    if speaker is not None:
        return speaker if speaker.id != exclude else None
    attributions = [start for start, _, kind in sentence.clauses.hidden if kind == "attribution"]
    if any(start < pos for start in attributions) or (
        attributions and _PRONOUN_BEFORE.search(article.folded, max(sentence.start, pos - 40), pos)
    ):
        # "Serta Simmons said it will ...", "It will ..., the company said": "it" is the speaker, whom we could
        # not name. A description before a trailing source ("l'enseigne retire ..., rapporte La Libre") is not.
        return None
    main = _main_subject(article, sentence, pos)
    if main is not None:
        return main if main.id != exclude else None
    previous = article.previous_subject(sentence.index)
    return previous if previous is not None and previous.id != exclude else None


_SUBORDINATE_ANAPHOR = re.compile(
    r"\b(?:after|as|when|because|since|while|following[ ]news[ ]that)[ ]"
    r"(?:the[ ](?:[a-z\-]{1,20}[ ])?(?:company|group|firm|maker|manufacturer|supplier|shipbuilder|shipyard)|it)"
    r"\b[^,;()]{0,40}$"
)
"""An anaphor opening a clause that hangs on the main one: "X surged 10% after the company bagged an order"."""
_MAIN_SUBJECT_OPENING = 12
"""How far into its sentence the main clause's subject may start ("Shares of X surged ...")."""


def _main_subject(article: Article, sentence: Sentence, pos: int) -> CompanyMention | None:
    """The main clause's subject that "the company" / "it" in a clause hanging on it stands for, if any.

    "Cochin Shipyard surged 10% on the National Stock Exchange after the company bagged an order": the company the
    sentence opens on, not an earlier sentence's subject (a one-sentence brief has none) nor the exchange.
    """
    opener = _SUBORDINATE_ANAPHOR.search(article.folded, max(sentence.start, pos - 80), pos)
    if opener is None or not sentence.companies:
        return None
    first = sentence.companies[0]
    if first.end > opener.start() or first.start - sentence.start > _MAIN_SUBJECT_OPENING:
        return None
    return None if sentence.clauses.in_aside(first.start, first.end, opener.start()) else first


_PRONOUN_BEFORE = re.compile(r"\b(?:it|il|elle)[ ](?:[a-zà-ÿ']{1,12}[ ]){0,3}$")
"""A pronoun standing for the cue's subject: with any attribution in the sentence, it is the speaker."""
_REPORTED = re.compile(r"[^,;]{0,60}?[ ](?:that|que|qu')[ ]?", re.IGNORECASE)
"""From the sentence's opening subject to the "that" / "que" it reports ("a fait savoir le 2 juin qu'")."""


def _reported_supplier(
    article: Article, sentence: Sentence, cue: Cue, subject: CompanyMention
) -> tuple[CompanyMention | None, CompanyMention]:
    """(customer, supplier) of "X a fait savoir qu'Y serait son fournisseur": X reports that Y will supply it.

    Read when no speech verb of the table marked X's clause as an attribution; else (None, ``subject``).
    """
    reported = _REPORTED.match(article.text, subject.end) if subject.start - sentence.start <= _OPENING else None
    supplier = sentence.company_after(reported.end(), exclude=subject.id, within=3) if reported else None
    if supplier is None or supplier.end > cue.start:
        return None, subject
    return subject, supplier


def _speaker(sentence: Sentence) -> CompanyMention | None:
    """The company in the sentence's attribution ('..., an Airbus spokesperson said'), which quoted "our suppliers"."""
    clauses = sentence.clauses
    for start, end, kind in clauses.hidden:
        if kind == "attribution":
            speaker = next(
                (c for c in sentence.companies if start <= c.start < end and not clauses.cited(c.start)), None
            )
            if speaker is not None:
                return speaker
    return None


def _customer_in_apposition(
    article: Article,
    sentence: Sentence,
    cue: Cue,
    customer: CompanyMention | None,
    vendor: CompanyMention | None,
) -> tuple[CompanyMention | None, CompanyMention | None]:
    """Swap the roles when the company before the verb is the supplier whose customer is named in apposition."""
    marked = next((c for c in sentence.companies if _MARKED_CUSTOMER.match(article.folded, c.end)), None)
    if marked is not None and marked.start > cue.end and vendor is not None and marked.id == vendor.id:
        # "Y has amended its supply agreement with X (XYZ), one of the company's strategic customers".
        return (vendor, customer) if customer is not None else (customer, vendor)
    if marked is not None and marked.end <= cue.start and (marked is not customer or vendor is None):
        # "Atos fell after Airbus, its largest customer, said it would not renew": the apposition marks the
        # customer; its supplier is the company "its" points back to, named before it, or the one the
        # apposition names ("X, one of Y's biggest clients, will move its business elsewhere").
        apposition = _MARKED_CUSTOMER.match(article.folded, marked.end)
        end = apposition.end() if apposition is not None else marked.end
        owner = next((c for c in sentence.companies if marked.end < c.start and c.end <= end), None) or next(
            (c for c in reversed(sentence.companies) if c.end <= marked.start and c.id != marked.id), None
        )
        return marked, vendor if vendor is not None and vendor.id != marked.id else owner
    if customer is None:
        return customer, vendor
    apposed = sentence.company_after(customer.end, exclude=customer.id, within=_APPOSED_REACH)
    if apposed is None or apposed.start >= cue.start:
        return customer, vendor
    if _APPOSED_CUSTOMER.search(article.folded, max(customer.end, apposed.start - 50), apposed.start) is None:
        return customer, vendor
    return apposed, customer


def _notice_parties(article: Article, sentence: Sentence, cue: Cue) -> _Parties:
    """Read "Y was notified by X of the termination of its supply agreement": X ends, Y supplies.

    "Y a révélé avoir été notifiée par X de l'arrêt de l'accord-cadre": the notified party is the company before
    the notice verb, else the speaker, else the clause's subject ("the company", "le groupe"). A contract word must
    follow the cue in its clause, so "notified by X of the end of the trial" reads nothing.
    """
    folded = article.folded
    customer = notifier(folded, sentence, cue.start)
    clause_end = sentence.clauses.span_of(cue.start)[1]
    told = active_notice(folded, sentence, cue.start) if customer is None else None
    if told is not None and _CONTRACT_WORD.search(folded, cue.end, clause_end) is not None:
        # "X notified Y of the termination of the contract", "X a notifié à Y la fin du contrat".
        return told[0], told[1], []
    if customer is None or _CONTRACT_WORD.search(folded, cue.end, clause_end) is None:
        return None, None, []
    vendor = notified_party(folded, sentence, customer) or _speaker(sentence)
    vendor = vendor or _subject_of(article, sentence, cue, customer.id)[0]
    return customer, vendor if vendor is None or vendor.id != customer.id else None, []


def _notice_letter_parties(article: Article, sentence: Sentence, cue: Cue) -> _Parties:
    """Read a notice of termination by who sends and who receives it: the sender ends, the receiver supplies.

    "Y has received notice of termination from its biggest customer, X", "Y a reçu de X une lettre de résiliation"
    (the receiver is the company before the verb, else the speaker, the clause's subject or the story's company);
    "X served Y with a termination notice", "X a adressé à Y une lettre de résiliation" (the receiver after the
    verb). A notice no one is said to send or receive ("the notice of termination period") reads nothing.
    """
    folded = article.folded
    clause_start = sentence.clauses.span_of(cue.start)[0]
    window = max(clause_start, cue.start - _NOTICE_VERB_REACH)
    received = _RECEIVED.search(folded, window, cue.start)
    if received is not None:
        sender_at = _FROM_SENDER.match(folded, cue.end)
        sender = sentence.company_after(sender_at.end(), within=0) if sender_at else None
        # "a reçu de X une lettre de résiliation": the sender stands between the verb and the notice.
        sender = sender or sentence.company_after(received.end(), within=_NOTICE_VERB_REACH)
        if sender is not None and sender.start >= cue.start and sender_at is None:
            sender = None
        receiver = sentence.company_before(received.start(), exclude=sender.id if sender else None)
        receiver = receiver or _speaker(sentence) or _subject_of(article, sentence, cue, None)[0] or article.focus
        return sender, receiver if receiver is None or sender is None or receiver.id != sender.id else None, []
    sent = _SENT.search(folded, window, cue.start)
    if sent is None:
        return None, None, []
    sender = sentence.company_before(sent.start())
    receiver = sentence.company_after(sent.end(), exclude=sender.id if sender else None, within=_NOTICE_VERB_REACH)
    return sender, receiver, []


_NOTICE_VERB_REACH = 60
"""How far (chars) before a notice its sending or receiving verb may stand ("has received a written")."""
_RECEIVED = re.compile(r"\b(?:received|receives|receiving|got|reçu|reçoit|recevoir|reçoivent)\b")
_SENT = re.compile(
    r"\b(?:sent|sends|issued|issues|served|serves|gave|gives|delivered|handed|a[ ]adressé|adresse|a[ ]envoyé"
    r"|envoie|a[ ]signifié|signifie|a[ ]transmis|transmet|a[ ]remis|remet)\b"
)
_FROM_SENDER = re.compile(
    r"(?:[ ](?:dated|daté)[ ][^,]{1,25})?[ ](?:from|de[ ]la[ ]part[ ]d(?:e[ ]|')|de[ ]|d'|du[ ])[ ]?"
    r"(?:(?:its|their|son|sa|ses|leur)[ ](?:[a-z\-]{1,15}[ ]){0,2}(?:customers?|clients?),?[ ])?"
)
"""After the notice, before its sender: "from its largest customer, ", "de la part de", "de son premier client, "."""


_APPOSED_REACH = 60
"""How far (chars) after the supplier its customer may follow in apposition ("X A380, son principal client, la ...")."""


def _nominal_parties(article: Article, sentence: Sentence, cue: Cue) -> _Parties:
    """Read "the loss of X as a customer hurt Y", "la résiliation du contrat par X": customer after the noun.

    Needs a customer word in the sentence ("customer", "client") or a "by/par" cue, so "the loss of
    Airbus's jobs" or "le départ de Renault" alone read nothing.
    """
    folded = article.folded
    if NOTICE_NOUN.fullmatch(folded, cue.start, cue.end):
        return _notice_parties(article, sentence, cue)
    by_cue = folded.endswith(("by", "par"), cue.start, cue.end)
    customer = sentence.company_after(cue.end, within=3) or (
        _agent_after(folded, sentence, cue.end) if by_cue else None
    )
    held = None if customer is not None else customer_named_in_contract(folded, sentence, cue.end, None)
    held = held or (None if customer is not None else customer_after_head(folded, sentence, cue.end))
    customer = customer or held  # "the loss of the Walmart contract": the contract names its customer
    ended_by = _CONTRACT_BY.match(folded, cue.end) if customer is None and not by_cue else None
    if ended_by is not None:
        # « la non-reconduction d'un contrat historique par X / par son principal client »: the agent after the
        # contract's description is the customer, named or described.
        by_cue, customer = True, _agent_after(folded, sentence, ended_by.end() - 1)
    if customer is None and _described_after_noun(article, cue) is not None:
        # "a annoncé la perte d'un gros client": the customer is described, the supplier tells of its loss.
        vendor = sentence.company_before(cue.start) or (article.focus if not sentence.companies else None)
        return None, vendor, []
    possessed = None if customer is None else _possessed_loss(article, sentence, cue, customer)
    if customer is None or possessed is not None:
        return possessed or (None, None, [])
    if not by_cue and held is None and _CUSTOMER_OR_ACCOUNT.search(folded, sentence.start, sentence.end) is None:
        return None, None, []
    # "the departure of A, B and C, which took their accounts away from it": the list is the customers.
    listed = {customer.id} | {member.id for member in _listed_after(article, sentence, customer)}
    vendor = sentence.company_before(cue.start, exclude=customer.id) or next(
        (c for c in sentence.companies if c.start >= customer.end and c.id not in listed), None
    )
    if vendor is None and article.focus is not None and article.focus.id != customer.id:
        return customer, article.focus, ["anaphor"]
    return customer, vendor, []


_CONTRACT_BY = re.compile(
    r"[ ]?(?:(?:un|une|le|la|les|son|sa|ses|leur|leurs)[ ]|l')?(?:contrats?|marchés?|accords?|budgets?|concessions?)"
    r"(?:[ ][a-zà-ÿ\-]{2,20}){0,4}?[ ]par[ ]"
)
"""After an ending noun's « de »: the contract, its description, then « par » before who ends it (« de son contrat
historique par »)."""
_AGENT_GAP = re.compile(r"[ ](?:(?:the|le|la|les)[ ]|l')?(?:[a-zà-ÿ\-]{2,15}[ ]){0,2}")
"""Between « par / by » and the agent's name: its article and kind noun (« par le groupe X », "by the carmaker X")."""
_AGENT_REACH = 30


def _described_after_noun(article: Article, cue: Cue) -> CompanyMention | None:
    """The described customer right after an ending noun, or after its contract's « par ».

    « la perte d'un gros client », « la non-reconduction d'un contrat historique par son principal client ».
    """
    ended_by = _CONTRACT_BY.match(article.folded, cue.end)
    return described_right_after(article.unnamed_parties, ended_by.end() if ended_by is not None else cue.end)


def _agent_after(folded: str, sentence: Sentence, end: int) -> CompanyMention | None:
    """The company right after a noun's « par / by », past its article and kind noun.

    « la non-reconduction du contrat par le groupe X », "the termination of the deal by the carmaker X": the name
    alone stands a few chars away.
    """
    agent = sentence.company_after(end, within=_AGENT_REACH)
    return agent if agent is not None and _AGENT_GAP.fullmatch(folded, end, agent.start) else None


def _possessed_loss(article: Article, sentence: Sentence, cue: Cue, customer: CompanyMention) -> _Parties | None:
    """The parties a possessive gives a loss noun, or None when no possessive bears on it.

    "the loss of Publicis's biggest client, Coca-Cola": the possessed client is the customer, its possessor the
    supplier. "Berlin Cameron's loss of its Coca-Cola account": the possessor lost it; an owner not recognised as a
    company names no supplier, and no other company of the sentence stands in for it.
    """
    folded = article.folded
    client = _POSSESSED_CLIENT.match(folded, customer.end)
    named = sentence.company_after(client.end(), exclude=customer.id, within=0) if client else None
    if named is not None:
        return named, customer, []
    owner = _POSSESSOR_BEFORE.search(folded, sentence.start, cue.start) if _LOSS_NOUN.match(folded, cue.start) else None
    if owner is None:
        return None
    vendor = next((c for c in sentence.companies if c.end == owner.start() and c.id != customer.id), None)
    return customer, vendor, []


_POSSESSED_CLIENT = re.compile(r"(?:'s|')[ ](?:[a-z\-]{2,15}[ ]){0,2}(?:client|customer),?[ ]")
"""After a company a loss noun names: its own client, named next ("the loss of X's biggest client, Y")."""
_LOSS_NOUN = re.compile(r"(?:the[ ])?loss[ ]of\b")
_POSSESSOR_BEFORE = re.compile(r"(?:'s|')[ ](?:[a-z\-]{2,15}[ ])?$")
"""Right before "loss of": a possessor, the supplier that lost ("X's loss of", "X's recent loss of")."""


def _customer_notes(
    article: Article, sentence: Sentence, money: list[MoneyMention], discourse: Discourse
) -> list[CustomerNote]:
    """Read "X is the largest customer of Y" and "X pays Y about $150 million a year" as notes on X's relation.

    "Le groupe" / "the group" before the verb is the customer of the relation just read. A payment
    needs its payee named or described right after the verb or after "à/to/with" behind the amount,
    so "paid $10 billion for a stake" is no customer payment.
    """
    notes: list[CustomerNote] = []
    for cue in sentence.cues:
        if cue.family == "major_customer":
            vendor = _major_vendor(article, sentence, cue) or _fronted_place(article, sentence, cue)
            named_after = customers_named_after(article.folded, sentence, cue)
            customer = (
                _apposed_to(article, sentence, cue)
                or _copula_subject(article, sentence, cue)
                or (named_after[0] if named_after else None)
                or last_listed(article.folded, sentence, cue)
                or sentence.company_before(cue.start, exclude=vendor.id if vendor else None)
            )
            customer = customer or _customer_anaphor(article, sentence, cue, discourse)
            if customer is None:
                customer, vendor = _major_loss_just_told(sentence, discourse, vendor)
            if customer is not None and (vendor is None or vendor.id != customer.id):
                notes.append(CustomerNote(customer, vendor, major=True, phrase_at=cue.start))
                # "A, B and C, all of them major customers of Y"; "its largest customers, A and B": each customer.
                listed = listed_with(article.folded, sentence, customer, cue)
                others = named_after[1:] if customer in named_after else listed
                others += ranked_against(article.folded, sentence, cue)  # "its second-biggest client behind A"
                if vendor is None:  # "A and B, all of them major customers of the foundry"
                    vendor = described_vendor(article, sentence, cue, [customer, *others])
                    notes[-1] = CustomerNote(customer, vendor, major=True, phrase_at=cue.start)
                notes += [
                    CustomerNote(c, vendor, major=True, phrase_at=cue.start)
                    for c in others
                    if vendor is None or c.id != vendor.id
                ]
                # "the largest customer of both Boeing and Airbus": each supplier of the list after "of".
                listed = listed_after(article.folded, sentence, vendor) if vendor and vendor.start > cue.end else []
                notes += [
                    CustomerNote(customer, v, major=True, phrase_at=cue.start) for v in listed if v.id != customer.id
                ]
        elif cue.family == "payment":
            note = _payment(article, sentence, cue, money, discourse)
            if note is not None:
                notes.append(note)
    notes.extend(_revenue_share_notes(article, sentence, discourse))
    notes.extend(_sales_share_values(article, sentence))
    worth = relation_value(article.folded, sentence, [m for m in sentence.money if not m.per_unit])
    if worth is not None and worth[1] is not None:
        # "The Albertsons relationship is expected to contribute about $410 million": Albertsons' yearly value.
        notes.append(CustomerNote(worth[1], None, amount=worth[0]))
        return notes
    stake = _stake_of_told_loss(article, sentence, discourse)
    lost, supplier = _major_loss_just_told(sentence, discourse, None) if stake is not None else (None, None)
    if lost is not None:
        # "The termination will cut its revenue by around £100 million a year": what the lost customer was worth.
        notes.append(CustomerNote(lost, supplier, amount=stake))
    return notes


def _relation_money(article: Article, sentence: Sentence, discourse: Discourse, money: list[MoneyMention]) -> set[int]:
    """Ids of the amounts a customer relation is worth, which are never a revenue line.

    "That customer represented $525 million in revenues" after a loss; "L'accord cadre garantit 30 millions de
    dollars de revenus annuels" whatever came before: the relation's, no company's.
    """
    stake = _stake_of_told_loss(article, sentence, discourse)
    worth = relation_value(article.folded, sentence, money)
    return {id(m) for m in (stake, worth[0] if worth else None) if m is not None}


def _stake_of_told_loss(article: Article, sentence: Sentence, discourse: Discourse) -> MoneyMention | None:
    """The revenue the loss just told takes away ("That customer represented $525 million in revenues"), if stated.

    That amount is the lost customer's, never a revenue line of the sentence's company.
    """
    money = [m for m in sentence.money if not m.per_unit]
    worth = relation_value(article.folded, sentence, money)
    if worth is not None and worth[1] is not None:
        return worth[0]  # the relation names its customer: its value whatever the story told before
    if _major_loss_just_told(sentence, discourse, None)[0] is None:
        return None  # no loss told just before: no amount is its stake, and the amounts are not searched
    return (
        amount_at_stake(article.folded, money)
        or (worth[0] if worth is not None else None)
        or told_relation_value(article.folded, money)
    )


def _major_loss_just_told(
    sentence: Sentence, discourse: Discourse, vendor: CompanyMention | None
) -> tuple[CompanyMention | None, CompanyMention | None]:
    """The lost customer a major cue naming no customer speaks of: the loss told just before.

    "The Army decided not to renew its contract. It was the biggest contract Vectrus had": a sentence
    that names no company but the parties of that loss says how big the lost customer was.
    """
    told = discourse.recent_customer(sentence.index)
    if told is None or told.subject is None or told.type not in ("customer_end", "customer_at_risk"):
        return None, vendor
    parties = {told.subject.id, told.object.id if told.object is not None else None}
    if any(company.id not in parties for company in sentence.companies):
        return None, vendor
    return told.subject, told.object


def _major_share_after(article: Article, sentence: Sentence, cue: Cue) -> bool:
    """Whether the unnamed customer a supplier lost is told right after as worth a tenth or more of its sales.

    "lost a customer that accounted for 15% of sales", "a perdu un client qui pesait 20 % de son chiffre d'affaires":
    the share is the customer's weight, which is what the alert rules call major.
    """
    return any(
        p.value >= _MAJOR_SHARE_PCT
        and cue.end <= p.start <= cue.end + _LOST_SHARE_REACH
        and _OF_REVENUE.match(article.folded, p.end, sentence.end) is not None
        for p in sentence.percents
    )


_LOST_SHARE_REACH = 60
"""How far (chars) after a supplier's loss cue the lost customer's share of sales may start."""


def _revenue_share_notes(article: Article, sentence: Sentence, discourse: Discourse) -> list[CustomerNote]:
    """Read "X accounted for 16% of Y's revenue", "half of its sales", "18 % du chiffre d'affaires" as X being major.

    A customer worth a tenth or more of its supplier's sales is what the alert rules call major; the
    customer is the first company named before the share (else the customer of the relation just read),
    the supplier the company whose revenue it is, when named.
    """
    folded = article.folded
    shares = [(p.start, p.end) for p in sentence.percents if p.value >= _MAJOR_SHARE_PCT]
    shares += [(m.start(), m.end()) for m in gated_finditer(_FRACTION_OF, folded, folded, sentence.start, sentence.end)]
    notes: list[CustomerNote] = []
    for start, end in shares:
        of_revenue = _OF_REVENUE.match(folded, end, sentence.end)
        if of_revenue is None:
            continue
        # "of Intel's sales" names it inside, "des ventes de Valeo" right after.
        vendor = next((c for c in sentence.companies if end <= c.start <= of_revenue.end()), None)
        # Which company before the share is the customer depends on the clause ("X, which represents 20% of
        # its sales", "X ... with Y, which relies on X for half of its revenue"): each one gets the note, which
        # only marks a relation where that company is the customer of this supplier.
        customers = [c for c in sentence.companies if c.end <= start and (vendor is None or c.id != vendor.id)]
        if not customers and discourse.customer is not None and discourse.customer.subject is not None:
            customers = [discourse.customer.subject]
        # The share verb's own subject ("Juniper accounted for 17% of Plexus' sales") states a standing relation.
        told = _share_subjects(folded, customers, start)
        notes += [
            CustomerNote(c, vendor, major=True, phrase_at=start if c in told else None)
            for c in customers
            if c.kind != "unnamed"
        ]
        # An unnamed customer is the one the share describes only when it stands right before it ("one of its
        # customers, which made up 32% of revenue"); a described party further away may be another one.
        notes += [
            CustomerNote(u, vendor, major=True)
            for u in article.unnamed_parties
            if sentence.start <= u.start and 0 <= start - u.end <= _SHARE_OF_UNNAMED_REACH
        ]
    return notes


def _sales_share_values(article: Article, sentence: Sentence) -> list[CustomerNote]:
    """Read "X was responsible for about 3% of its revenue or about $600 million in sales" as X's yearly value.

    A customer's share of its supplier's sales told as an amount ("accounted for $370 million of Plexus revenue",
    "représente 40 millions d'euros du chiffre d'affaires de Y") is what the relation is worth to the supplier: the
    customer is the company the share verb follows, the supplier the one named in the figure, when named.
    """
    folded = article.folded
    notes: list[CustomerNote] = []
    for verb in gated_finditer(_SHARE_VERB, folded, folded, sentence.start, sentence.end):
        customer = sentence.company_before(verb.start())
        amount = next(
            (
                m
                for m in sentence.money
                if not m.per_unit
                and verb.end() <= m.start <= verb.end() + _SHARE_VALUE_REACH
                and _SALES_AFTER.match(folded, m.end)
            ),
            None,
        )
        if customer is None or amount is None:
            continue
        vendor = next((c for c in sentence.companies if amount.end <= c.start <= amount.end + _SHARE_VALUE_REACH), None)
        notes.append(
            CustomerNote(customer, vendor if vendor is None or vendor.id != customer.id else None, amount=amount)
        )
    return notes


_SHARE_SUBJECT_GAP = re.compile(
    r"[ ](?:(?:alone|also|still|currently|now|typically)[ ])?(?:accounted|accounts|account|represented|represents"
    r"|(?:makes|made|make)[ ]up)[ ](?:for[ ])?(?:(?:about|around|roughly|nearly|almost|more[ ]than|over|some"
    r"|up[ ]to|just[ ]over|less[ ]than)[ ])?"
    r"|[ ](?:(?:ne|n')[ ]?)?(?:représent(?:e|ent|ait|aient|era|eront)|pès(?:e|ent)|pes(?:ait|aient|era)"
    r"|(?:a|ont|avait|avaient)[ ](?:représenté|pesé))[ ](?:(?:à[ ](?:lui|elle|eux)[ ]seul(?:e|s)?|plus|encore"
    r"|toujours|désormais|déjà|aujourd'hui|que|environ|près[ ]de|plus[ ]de|quelque|presque)[ ])*"
)
"""Between a customer and its share of sales: the share verb whose subject it is ("Juniper accounted for about ",
"Apple ne pesait que ", "Renault et PSA ne représentent plus que ", "représente à lui seul ")."""
_SHARE_LIST_JOIN = re.compile(r",[ ]|[ ](?:and|et)[ ]|,[ ](?:and|et)[ ]")
"""Between two customers of one share verb: "Renault et PSA représentent 18 %"."""


def _share_subjects(folded: str, customers: list[CompanyMention], share_start: int) -> list[CompanyMention]:
    """The customers a share verb has for subject: the last company before it, and those listed with it.

    "Renault et PSA ne représentent plus que 18 % des ventes de Valeo" states both relations; a company named
    earlier in another clause ("Google said Samsung accounted for ...") is no subject of the verb.
    """
    if not customers or not _SHARE_SUBJECT_GAP.fullmatch(folded, customers[-1].end, share_start):
        return []
    told = [customers[-1]]
    for company in reversed(customers[:-1]):
        if not _SHARE_LIST_JOIN.fullmatch(folded, company.end, told[-1].start):
            break
        told.append(company)
    return told


_SHARE_VERB = re.compile(
    r"\b(?:(?:accounted|accounts|account|(?:is|was|were|are)[ ]responsible)[ ]for|represented|represents"
    r"|représent(?:e|ait|era)|a[ ]représenté)\b"
)
_SHARE_VALUE_REACH = 80
"""How far (chars) after a share verb its amount may come ("for about 3% of its revenue, or about $600 million")."""
_SALES_AFTER = re.compile(
    r"[ ](?:(?:in|of|de|du|d')[ ]?(?:[a-z']+[ ]){0,3})?(?:sales|revenues?|turnover|ventes|chiffre[ ]d'affaires)\b"
)
"""After a customer's amount: the supplier's sales it is part of ("in sales", "of Plexus revenue", "du chiffre")."""


def _apposed_to(article: Article, sentence: Sentence, cue: Cue) -> CompanyMention | None:
    """X in "X, the outsourcer's biggest client," or "X (NASDAQ: X), its largest customer": the apposed company."""
    last = next((c for c in reversed(sentence.companies) if c.end <= cue.start), None)
    if last is None or _APPOSITION.fullmatch(article.folded, last.end, cue.start) is None:
        return None
    return last


def _major_vendor(article: Article, sentence: Sentence, cue: Cue) -> CompanyMention | None:
    """Y in "the largest customer of Y" or "Y's largest customer"."""
    of = _OF_VENDOR.match(article.folded, cue.end)
    if of is not None:
        after = sentence.company_after(of.end(), within=0)
        if after is not None:
            return after
    for company in reversed(sentence.companies):
        if company.end <= cue.start:
            return company if _VENDOR_OWNER.match(article.folded, company.end, cue.start) else None
    return None


def _copula_subject(article: Article, sentence: Sentence, cue: Cue) -> CompanyMention | None:
    """X in "X had been the largest client", "X est depuis longtemps le premier client".

    The copula makes X the major customer, even when a fronted phrase names another company first ("At Atos, X had
    been ...").
    """
    last = next((c for c in reversed(sentence.companies) if c.end <= cue.start), None)
    if last is None or _COPULA_GAP.fullmatch(article.folded, last.end, cue.start) is None:
        return None
    return last


_COPULA_GAP = re.compile(
    r"[ ](?:(?:had|has|have)[ ]been|was|were|is|are|remains|remained|became|becomes|est|était|a[ ]été|reste|restait"
    r"|demeure|devient|est[ ]devenue?)(?:[ ](?:also|aussi|long|longtemps|depuis[ ]longtemps|still|toujours))?"
    r"(?:[ ](?:one[ ]of|l'une?[ ]des))?(?:[ ](?:the|its|their|le|la|son|sa|leur)|[ ]l')?[ ]?"
)
"""Between a company and a major-customer cue: a copula ("had been the", "est depuis longtemps le")."""
_FRONTED_PLACE = re.compile(r"(?:at|chez|inside|within|au[ ]sein[ ]de)[ ]")


def _fronted_place(article: Article, sentence: Sentence, cue: Cue) -> CompanyMention | None:
    """Y in "At Y, X had been the largest client": a company the sentence opens on as the place of the relation."""
    opening = _FRONTED_PLACE.match(article.folded, sentence.start)
    place = sentence.company_after(opening.end(), within=0) if opening else None
    if place is None or place.end >= cue.start or not article.folded.startswith(",", place.end):
        return None
    return place


def _customer_anaphor(article: Article, sentence: Sentence, cue: Cue, discourse: Discourse) -> CompanyMention | None:
    """The customer of the last relation read, when "le groupe" / "the company" stands before ``cue``."""
    if discourse.customer is None or (sentence.companies and sentence.companies[0].start < cue.start):
        return None
    if article.anaphor_before(max(sentence.start, cue.start - 40), cue.start):
        return discourse.customer.subject
    return None


def _payment(
    article: Article, sentence: Sentence, cue: Cue, money: list[MoneyMention], discourse: Discourse
) -> CustomerNote | None:
    amount = next((m for m in money if cue.end <= m.start <= cue.end + PAYMENT_REACH), None)
    if amount is None or negated(article, sentence, cue.start):
        return None
    if cue.detail == "sales_to":
        # "annual sales to X are ~$800 million", "business from X accounted for $370 million": X's yearly value.
        buyer = sentence.company_after(cue.end, within=_NEAR_WITH)
        if buyer is None or buyer.end > amount.start:
            return None
        seller = seller_of_sales(article.folded, sentence, cue.start)
        return CustomerNote(buyer, seller if seller is not None and seller.id != buyer.id else None, amount=amount)
    customer = sentence.company_before(cue.start) or _customer_anaphor(article, sentence, cue, discourse)
    if customer is None:
        return None
    payee = _PAYEE_AFTER_MONEY.match(article.folded, amount.end, amount.end + _PAYEE_REACH)
    for payee_at in (cue.end, payee.end() - 1 if payee else None):
        if payee_at is None:
            continue
        vendor = sentence.company_after(payee_at + 1, exclude=customer.id, within=0)
        if vendor is not None or article.anaphor_at(payee_at) is not None:
            return CustomerNote(customer, vendor, amount=amount)
    return None


_ROUND_REACH = 6
_ROUND_ANAPHOR = re.compile(
    r"\b(?:y[ ]ont|y[ ]a|(?:this|that|the)[ ](?:round|raise|funding|financing|fundraising)"
    r"|(?:cette|la)[ ](?:levée|opération)|(?:ce|le)[ ](?:tour|financement))\b"
)
"""A round pointed back to ("the backers of the round", « les investisseurs qui y ont participé », « ce tour »)."""


def _round_reach(article: Article, sentence: Sentence) -> int:
    """How many sentences back a co-investor phrase may find its round: any, when it points back to "the round".

    A story may tell the raise, then its valuation, its rivals and its record before naming the backers "of the
    round" (« qui y ont participé »); the pointer says which round, however far.
    """
    if _ROUND_ANAPHOR.search(article.folded, sentence.start, sentence.end) is not None:
        return len(article.spans)
    return _ROUND_REACH


"""How many sentences after a funding round "Other investors include ..." still lists its investors."""
_OWN_SHARE_REACH = 20
"""From "en apporte" / "contributed" to the investor's own amount ("en apporte à lui seul 1,3 milliard")."""


_CLEFT = re.compile(r"(?:c'est|ce sont|it is|it was|it's)[ ]")
"""A sentence that opens on a cleft names the actor of its relative clause first: "C'est le fonds X qui ..."."""
_CLEFT_REACH = 40
_NO_INVESTOR_BEFORE = re.compile(
    r"(?:,[ ](?:le|la|l'|les|the|its|son|sa|ses)[ ]?[^,;:]{0,40}?[ ](?:de|du|des|of)[ ](?:la[ ]famille[ ]|the[ ])?"
    r"|\b(?:angels?|executives?|employees|staff|alumni)[ ](?:from|of|at)[ ](?:[^;:]{0,30}?(?:,[ ]|[ ]and[ ]))?)$"
)
"""Before a company named in a list of investors that is none: the owner in an investor's description ("Creadev,
le fonds de la famille Mulliez"), the employer of individual backers ("angels from Paystack, Brex")."""
_NO_INVESTOR_REACH = 64


_LEAD_INVESTOR = re.compile(r"\blead[ ]investors?\b")
"""A copula naming the round's lead ("X was the lead investor"): it carries the round's amount (session 25)."""
_ALL_TOOK_PART = re.compile(r"\b(?:tous|toutes|all)[ ]")
"""In a co-investor cue, the investors before it are the whole round: "A, B et C ont tous participé à l'opération"."""
_LIST_GOES_ON = re.compile(r",?[ ](?:and|et)[ ](?:de[ ]|d'|du[ ])?")
"""Between the last two investors of a list: " et de ", ", and "; the clause splitter may cut there. Also what
continues a subject's list (an earlier binding that also took a bare comma was shadowed by this one; session 25
removed it, behaviour unchanged)."""


def _list_past_clause(
    article: Article, sentence: Sentence, listed: list[CompanyMention], clause_end: int
) -> list[CompanyMention]:
    """The last member of a list the clause splitter cut off: "d'Innovacom, de Bpifrance et de Sofimac, de quoi ..."."""
    if not listed or listed[-1].end > clause_end:
        return []
    joined = _LIST_GOES_ON.match(article.folded, listed[-1].end)
    if joined is not None and joined.group().startswith(",") and joined.end() - joined.start() > 2:  # noqa: PLR2004
        return []  # "led by A and B, and C said ...": the splitter cut at ", and" for a clause of C's own
    member = sentence.company_after(joined.end(), within=0) if joined is not None else None
    if member is None or member.start < clause_end or any(c.id == member.id for c in listed):
        return []
    return [member]


_RECEIVES_SUPPORT = re.compile(r"accompagnée? par|l'appui d|le soutien d|compter sur")
"""A co-investor cue whose subject receives the support: only the round's company receives its backers."""


_OWNER_OF_INVESTOR = re.compile(
    r"(?:'s|\u2019s)[ ](?:[a-z\-]+[ ]){0,3}?(?:arm|unit|fund|firm|division|subsidiary|affiliate)[ ](?=[A-Z0-9])"
)
"""After a company that owns the investor named next: "NVIDIA's venture capital arm NVentures"."""


_PORTFOLIO_RELATIVE = re.compile(r",[ ](?:which|who|qui|dont)[ ][^,;:()]{0,70}?$")
"""Before a company named in a relative clause on an investor, with no comma closing it: "Greylock, which is known for
investing in companies like Facebook and LinkedIn" tells what Greylock owns, not who joined the round."""
_PORTFOLIO_REACH = 90
_POSSESSIVE = re.compile(r"(?:'s|'|\u2019s|\u2019)[ ]")


def _names_no_investor(article: Article, sentence: Sentence, company: CompanyMention, investee: str) -> bool:
    """Whether a company listed after a co-investor cue only describes an investor.

    It is the owner in an investor's description before it (``_NO_INVESTOR_BEFORE``), the owner of the investor
    named right after it (``_OWNER_OF_INVESTOR``) or of the person named right after it ("Google Ventures' Kevin
    Rose": the partner invests on his own), or a holding named in a relative clause on an investor.
    ``investee`` is the id of the round's company: a relative on it ("X, which counts A among its investors") names
    its backers.
    """
    start = max(0, company.start - _NO_INVESTOR_REACH)
    possessive = _POSSESSIVE.match(article.text, company.end)
    return (
        _NO_INVESTOR_BEFORE.search(article.folded, start, company.start) is not None
        or _OWNER_OF_INVESTOR.match(article.text, company.end) is not None
        or _in_investor_relative(article, sentence, company, investee)
        or (
            possessive is not None
            and any(_partner_named(article, p) for p in people(article, sentence) if p.start == possessive.end())
        )
    )


def _in_investor_relative(article: Article, sentence: Sentence, company: CompanyMention, investee: str) -> bool:
    """Whether ``company`` stands in a relative clause on another company than the investee (an investor's)."""
    relative = _PORTFOLIO_RELATIVE.search(article.folded, max(0, company.start - _PORTFOLIO_REACH), company.start)
    if relative is None:
        return False
    antecedent = sentence.company_before(relative.start() + 1)
    return antecedent is not None and antecedent.id != investee


_FUND_HEAD = re.compile(r"(?i:fund|funds|capital|ventures|partners|group|investments?|management|holdings?|arm)$")


def _partner_named(article: Article, person: Named) -> bool:
    """Whether ``person`` is a person, not a fund told by two capitalised words ("SoftBank's Vision Fund")."""
    return _FUND_HEAD.search(article.text, person.start, person.end) is None


_INTO_A_FUND = re.compile(
    r"[ ](?:to|in|into|towards|au|aux|dans|à)[ ](?:(?:the|a|an|its|this|that|le|la|ce|cet|un|son|leur)[ ])?"
    r"(?:[a-zà-ÿ0-9\-€$£.,]+[ ]){0,3}?(?:funds?|fonds|vehicles?|véhicules?)\b"
)
"""After a co-investor verb: an investment fund as what was put into ("contributed to the fund", "a participé au
nouveau fonds"); its backers are limited partners, not investors in a company's round."""


_PRESENTED = re.compile(r"on[ ](?:re)?trouve|on[ ]peut[ ](?:noter|citer)|on[ ]note|on[ ]compte")
"""A list presented impersonally (« on retrouve A et B »): its members are backers only after a funders' noun."""
_FUNDERS_BEFORE = re.compile(
    r"\b(?:investisseu|contribut|actionnai|financeu|souscript|levée|tour[ ]de[ ]table|opération[ ]de[ ]financement)"
)
"""Before a presented list: the noun that makes it the round's backers (« parmi les autres contributeurs »)."""


_JOINING_AFTER = re.compile(r"[ ](?:joining|participating|taking[ ]part|investing|chipping[ ]in)\b")
"""After the list that "A led, with" opens: its members join the round ("with B and C joining")."""
_AMONG = re.compile(r"among[ ]|parmi[ ]")
"""A co-investor cue that places its investors among a company's ("among its investors")."""


def _co_investors(article: Article, sentence: Sentence, cue: Cue, round_: Candidate | None) -> list[Candidate]:
    """Read "Amazon and Meta also took part in the round" and "Other investors include Amazon and Meta".

    One investment of unstated size per company, in ``round_``: the round of this sentence ("X raised
    $N led by Y; Z also took part") or one read a few sentences before; the ``after`` frame lists
    the investors after the cue, the ``cue`` frame before it.
    """
    clause_start, clause_end = sentence.clauses.span_of(cue.start)
    # "ADARx's existing investors, A and B, also participated": the possessive names the investee; so it does before
    # a list opened after it (round 19: "Acme's investors include A and B").
    owner = possessive_investee(article, sentence, clause_start, cue.end) if cue.detail in ("cue", "after") else None
    # "X counts A and B among its investors": X's investors, whatever its round.
    counted = (
        counted_investee(article, sentence, cue.start)
        if cue.detail == "cue" and _AMONG.match(article.folded, cue.start)
        else None
    )
    if owner is None and counted is not None:
        owner, clause_start = counted
    # "Canva's June round, which valued it at $6bn, was led by A and B": the round's owner is the investee.
    # "Among the other backers of X were A and B": the company inside the roster's subject.
    inside = next((c for c in sentence.companies if cue.start < c.start and c.end < cue.end), None)
    owner = owner or (inside or round_owner_before(article, sentence, cue) if cue.detail == "after" else None)
    # « Pour sa deuxième levée, X a pu compter sur A et B »: X's own round, though no raise verb told it.
    owner = owner or (supported_investee(sentence, cue, article.folded) if round_ is None else None)
    if owner is not None and (round_ is None or round_.object is None or round_.object.id != owner.id):
        round_ = Candidate(type="investment", span=(sentence.start, sentence.end), object=owner)
    if round_ is None or round_.type != "investment" or round_.object is None or negated(article, sentence, cue.start):
        return []
    if _INTO_A_FUND.match(article.folded, cue.end):
        return []  # "Banca Sella contributed to the fund along with Banco BPM": limited partners, no company's round
    if (cue.detail == "sequel" and not names_round_first(article, sentence, cue)) or copula_without_list(
        article, sentence, cue
    ):
        # "The funding was provided by A", not "The growth came from A"; "The investors were pleased that Acme ...".
        return []
    if _PRESENTED.fullmatch(article.folded, cue.start, cue.end) and not _FUNDERS_BEFORE.search(
        article.folded, sentence.start, cue.start
    ):
        return []  # « Parmi ses clients, on retrouve A »: a list of clients, not of backers
    if _RECEIVES_SUPPORT.search(article.folded, cue.start, cue.end):
        subject = sentence.company_before(cue.start)
        if subject is not None and subject.id != round_.object.id and subject.start >= clause_start:
            return []  # "L'investisseur Arm a été accompagné par Bird & Bird": Arm's advisers, not the round's backers
    runs_on: list[CompanyMention] = []
    if cue.detail in ("after", "sequel"):
        listed = [
            c
            for c in sentence.companies
            if cue.end <= c.start < clause_end and not lent_not_invested(article, cue.end, c.start)
        ]
        listed += _list_past_clause(article, sentence, listed, clause_end)
        # "was led by A and B and included new investors C and D": the list runs on past its clause.
        runs_on = continued_list(article, sentence, listed[-1].end) if listed else []
    else:
        listed = [c for c in sentence.companies if clause_start <= c.start and c.end <= cue.start]
        # "C'est le fonds X, créé en 2015, qui pilote ce tour de table": the cleft's company.
        cleft = _CLEFT.match(article.folded, sentence.start) if not listed else None
        antecedent = sentence.company_after(cleft.end(), within=_CLEFT_REACH) if cleft is not None else None
        listed = [antecedent] if antecedent is not None and antecedent.end <= cue.start else listed
        # "A also participated in the round, with B, C and existing investors D and E".
        runs_on = continued_list(article, sentence, cue.end, opening=True)
        if article.folded.startswith(",", cue.end - 1) and not (
            runs_on and _JOINING_AFTER.match(article.folded, runs_on[-1].end)
        ):
            runs_on = []  # "A led, with B and C joining", not "the team Smith led, with B as adviser"
    # The investee inside the list that runs on means the reading went astray: keep only the names before it.
    runs_on = list(takewhile(lambda c: c.id != round_.object.id, runs_on))  # type: ignore[union-attr]
    listed += runs_on
    investors = {
        c.id: c
        for c in listed
        if c.id != round_.object.id
        and not _names_no_investor(article, sentence, c, round_.object.id)
        and not sentence.clauses.cited(c.start)
    }
    # "The round was (co-)led by X (and Y)": the leads carry the round's amount (the unnamed round folds into it);
    # "X contributed $N of it" / "X en apporte 1,3 milliard": a single investor's own share.
    # "avec le soutien de A et B", "with backing from A": the round's backers, not others next to a lead.
    # "The funding was provided by A and B": the sequel's investors are the whole round, "The raise includes $50m
    # of equity from A" gives A its own part.
    whole_round = (
        cue.detail == "sequel"
        or _ALL_TOOK_PART.search(article.folded, cue.start, cue.end)
        or _LED.search(article.folded, cue.start, cue.end)
        or _LEAD_INVESTOR.search(article.folded, cue.start, cue.end)
        or _BACKERS.search(article.folded, cue.start, cue.end)
    )
    amount = round_.amount if whole_round else None
    joined = next(
        (c.start for c in sentence.cues if c.family == "investor" and c.start >= cue.end and cue.detail == "after"),
        sentence.end,
    )
    own = next((m for m in sentence.money if cue.end <= m.start <= cue.end + _OWN_SHARE_REACH and not m.per_unit), None)
    if own is not None and cue.detail in ("cue", "sequel") and len(investors) == 1:
        amount = own
    return [
        Candidate(
            type="investment",
            span=(sentence.start, sentence.end),
            subject=investor,
            object=round_.object,
            # Names past a connector ("and included new investors C", « avec la participation de C ») join the
            # round; its amount stays the leads'.
            amount=None if any(c is investor for c in runs_on) or investor.start > joined else amount,
            modality=modality_at(article, sentence, cue.start),
            effective_date=event_date(sentence),
            inferred=["anaphor"],
        )
        for investor in investors.values()
    ]


_OF_THE_ROUND = re.compile(
    r"particip|took[ ]part|pris[ ]part|round|financing|funding|raise|tour|levée|opération|bankrolled|extension"
    r"|lead[ ]investor"
)
"""A co-investor phrase that tells who took part in the round itself ("also participated", "backers of the round")."""


_OTHERS_TOO = re.compile(r"\b(?:other|also|too|également|aussi)\b|(?<!entre )\bautres\b")
"""Before a co-investor phrase: its investors join others, maybe an unread lead the unnamed round stands for."""


def _names_the_round(article: Article, sentence: Sentence, cue: Cue) -> bool:
    """Whether ``cue``'s investors are the round's own backers, not the company's standing ones.

    "A and B also participated", "the backers of the round include A": the round's. "whose backers include A",
    "A was among the backers", « A vient de rejoindre les investisseurs du groupe »: the company's, maybe from an
    earlier round, so the round told without investors stays an event of its own.
    """
    folded = article.folded
    if _AMONG.match(folded, cue.start) or _AMONG.search(folded, cue.start, cue.end):
        return False
    if _OTHERS_TOO.search(folded, sentence.clauses.span_of(cue.start)[0], cue.end):
        return False  # "Other investors in the round included A", "A also participated": a lead stands for the rest
    return (
        _OF_THE_ROUND.search(folded, cue.start, cue.end) is not None
        or _ROUND_ANAPHOR.search(folded, sentence.start, sentence.end) is not None
    )


_THE_TWO = re.compile(
    r"(?<![\w'])(?:(?:the two|both|les deux|the pair of)[ ][a-zà-ÿ\-]{3,20}|they|ils|elles|both|the pair|le duo"
    r"|the partners|les partenaires)[ ](?:[a-zà-ÿ']{1,12}[ ]){0,3}$"
)
"""Before a joint cue or a partnership noun, its subject standing for a pair named earlier: "the two companies",
"les deux constructeurs", "they", "ils ... ainsi"."""
_PAIR_SENTENCES_BACK = 2


def _the_two(article: Article, sentence: Sentence, cue: Cue) -> tuple[CompanyMention | None, CompanyMention | None]:
    """The pair that "the two companies" / "ils" / "they" stands for, when it is the cue's subject.

    The pair is the only two companies an earlier clause of the sentence names ("X will invest $1bn in Y, and the two
    companies will jointly develop ..."), else the closest one an earlier sentence names joined by "and / et" ("Les
    constructeurs BMW et Jaguar Land Rover annoncent ... Ils scellent ainsi un partenariat"), else the headline's
    first two companies.
    """
    clause_start, _ = sentence.clauses.span_of(cue.start)
    the_two = _THE_TWO.search(article.folded, max(sentence.start, clause_start, cue.start - 40), cue.start)
    if the_two is None:
        return None, None
    if the_two.group(0).startswith(("the two", "both", "les deux")) and (
        pair := _only_pair([c for c in sentence.companies if c.end <= the_two.start()])
    ):
        return pair
    if sentence.company_before(cue.start) is not None:
        return None, None  # "Acme said they would ...": a company of the clause is the subject
    for earlier in range(sentence.index - 1, max(-1, sentence.index - 1 - _PAIR_SENTENCES_BACK), -1):
        pair = _joined_pair(article, article.sentence(earlier)) or _only_pair(article.sentence(earlier).companies)
        if pair is not None:
            return pair
    title_end = article.text.find("\n\n")
    named: dict[str, CompanyMention] = {}
    for company in article.companies:
        if title_end < 0 or company.start > title_end:
            break
        named.setdefault(company.id, company)
    if len(named) < 2:  # noqa: PLR2004 - a pair
        return None, None
    first, second = list(named.values())[:2]
    return first, second


def _only_pair(companies: list[CompanyMention]) -> tuple[CompanyMention, CompanyMention] | None:
    """The two companies when ``companies`` names exactly two ("X said it owns 17% of Y. The two automakers ...")."""
    named: dict[str, CompanyMention] = {}
    for company in companies:
        named.setdefault(company.id, company)
    if len(named) != 2:  # noqa: PLR2004 - a pair
        return None
    first, second = named.values()
    return first, second


def _joined_pair(article: Article, sentence: Sentence) -> tuple[CompanyMention, CompanyMention] | None:
    """The first two companies of ``sentence`` when "and / et" joins them ("X and its rival Y"), not a list's tail."""
    first = sentence.companies[0] if sentence.companies else None
    second = next((c for c in sentence.companies if first is not None and c.id != first.id), None)
    if first is None or second is None or not _PAIR_JOINT.fullmatch(article.folded, first.end, second.start):
        return None
    return first, second


_WITH_PARTNER = re.compile(r"(?:[ ,][^.;,]{0,90}?)?[ ](?:with|avec)[ ](?:(?:the|its|la|le|les|l'|son|sa)[ ]?)?")
"""After a partnership noun, the words up to "with / avec" and the partner: "signed a memorandum on Tuesday with",
"formed a strategic collaboration to develop technology for connected vehicles with"."""
_DESCRIBED_PARTNER = re.compile(
    r"(?:(?:a|an|the|its|le|la|les|l'|un|une|son|sa)[ ]?)?"
    r"(?:(?!(?:and|et|or|ou|to|for|pour|in|en|on|sur|which|who|qui|that|que|but|mais|while|alors)[ ])"
    r"[\w\-']+[ ]){0,5}(?:[\w\-']+,[ ](?:the|le|la|l')[ ]?)?"
)
"""Between "with / avec" and a partner named after its description: "with Chinese electronics giant, the",
"with a subsidiary of", "avec le constructeur chinois de véhicules électriques"; no conjunction, purpose or place."""
_DESCRIBED_PARTNER_REACH = 70


def _partner_after(
    article: Article, sentence: Sentence, pos: int, exclude: str | None, within: int
) -> CompanyMention | None:
    """The partner named from ``pos``: within ``within`` chars, or after a description of it a little further on."""
    partner = sentence.company_after(pos, exclude=exclude, within=_DESCRIBED_PARTNER_REACH)
    if partner is None or partner.start - pos <= within:
        return partner
    return partner if _DESCRIBED_PARTNER.fullmatch(article.folded, pos, partner.start) else None


_PAIR_TO_NOUN_REACH = 40


def _paired_subject(article: Article, sentence: Sentence, cue: Cue, first: CompanyMention) -> CompanyMention | None:
    """The second of a pair subject before a partnership noun that names no partner after it.

    "X and chipmaker Y announced a partnership", "X et le fabricant japonais Y ont annoncé un partenariat".
    """
    second = sentence.company_after(first.end, exclude=first.id, within=_PAIR_REACH)
    if (
        second is None
        or not second.end <= cue.start <= second.end + _PAIR_TO_NOUN_REACH
        or not _PAIR_JOINT.fullmatch(article.folded, first.end, second.start)
    ):
        return None
    return second


def _joined_pair_before(
    article: Article, sentence: Sentence, cue: Cue
) -> tuple[CompanyMention | None, CompanyMention | None]:
    """The pair joined by "and / et" before "their alliance": "X et Y ont annoncé l'élargissement de leur alliance"."""
    second = sentence.company_before(cue.start)
    first = sentence.company_before(second.start) if second else None
    joint = _LIST_SEPARATOR.fullmatch(article.folded, first.end, second.start) if first and second else None
    if first is None or second is None or joint is None or joint.group("and") is None:
        return None, None
    return first, second


def _speaking_pair(
    article: Article, sentence: Sentence, cue: Cue
) -> tuple[CompanyMention | None, CompanyMention | None]:
    """The pair that reports a joint cue: "X and Y said on Tuesday they would set up a joint venture".

    The speaker read is the second of the pair (the clause split opens at "and Y said").
    """
    second = _reported_subject_of(article, sentence, cue, None)
    first = next((c for c in reversed(sentence.companies) if second and c.end <= second.start), None)
    if first is None or second is None or not _PAIR_JOINT.fullmatch(article.folded, first.end, second.start):
        return None, None
    return first, second


_POSSESSOR_OF_CUE = re.compile(r"['\u2019]s[ ](?:[a-z\-]{2,20}[ ]){0,3}$")
"""Between a company and a partnership cue, its possessive: "Acme's joint venture with", "Acme's battery venture"."""


def _possessor(article: Article, sentence: Sentence, cue: Cue) -> CompanyMention | None:
    """The company whose partnership the cue names: "the purchase replaces Vexa, Acme's joint venture with Teva"."""
    before = next((c for c in reversed(article.companies) if sentence.start <= c.end <= cue.start), None)
    if before is None or cue.start - before.end > 40:  # noqa: PLR2004 - "'s" and two words
        return None
    return before if _POSSESSOR_OF_CUE.fullmatch(article.text, before.end, cue.start) else None


_OWN_SIDE_BEFORE = re.compile(
    r"\b(?P<first>our|we|notre|nous)(?:[ ][\w'\-]+){0,3}[ ]$|\b(?:its|their|son|sa|leur)[ ](?:[\w'\-]+[ ]){0,2}$"
)
"""Before a partnership cue, the speaker's own side: a quote's "our alliance with", "we are partnering with",
or a reported "X a annoncé que son partenariat avec Y ..."."""
_RELATION_VERB_BEFORE = re.compile(
    r"\b(?:extend(?:s|ed|ing)?|renew(?:s|ed|ing)?|prolong(?:e|er|é)|renouvel(?:le|er|é)|end(?:s|ed|ing)?"
    r"|terminat(?:e|es|ed|ing)|met[ ]fin[ ]à|mettre[ ]fin[ ]à|remet[ ]en[ ]cause|remettre[ ]en[ ]cause|rompt|rompre"
    r"|résilie|dénonce|fin[ ]de|end[ ]of|rupture[ ]de|résiliation[ ]de|termination[ ]of)[ ]$"
)
"""A verb that renews or ends the relation the possessive names: a supplier's word for its customer contract
("extending our partnership with the council", "remet en cause son partenariat avec EADS", « la fin de son contrat
de licence avec X »), no new alliance."""


def _quoted_speaker(article: Article, sentence: Sentence, cue: Cue) -> CompanyMention | None:
    """The company whose side "our" / "its" names before a partnership cue.

    A quote's "our alliance with X" is the attributed speaker's ("..., said the CEO of Y"); a reported
    "X a annoncé que son partenariat avec Y ..." is the company before the speech verb.
    """
    own = _OWN_SIDE_BEFORE.search(article.folded, max(sentence.start, cue.start - 40), cue.start)
    if own is None:
        return None
    return _speaker(sentence) if own.group("first") else _anaphor_company(article, sentence, None, cue.start)


def _renews_or_ends(article: Article, sentence: Sentence, cue: Cue) -> bool:
    """Whether a verb renews or ends the relation right before "its / our partnership with" (see above)."""
    own = _OWN_SIDE_BEFORE.search(article.folded, max(sentence.start, cue.start - 40), cue.start)
    return own is not None and bool(
        _RELATION_VERB_BEFORE.search(article.folded, max(sentence.start, own.start() - 30), own.start())
    )


def _noun_partners(
    article: Article, sentence: Sentence, cue: Cue
) -> tuple[CompanyMention | None, CompanyMention | None]:
    """The two partners of a partnership noun.

    Its subject and the partner after "with / avec", a pair subject ("X et le fabricant japonais Y ont annoncé un
    partenariat"), or the pair its subject stands for ("Ils scellent ainsi un partenariat", "The two companies
    announced a partnership").
    """
    first = (
        sentence.company_before(cue.start)
        or _acting_anaphor(article, sentence, cue, None)
        or _quoted_speaker(article, sentence, cue)
    )
    partner = _WITH_PARTNER.match(article.folded, cue.end, sentence.end)
    if partner is not None:
        # "avec la banque BNL": a head noun may stand before the partner's name.
        return first, _partner_after(article, sentence, partner.end(), first.id, 20) if first else None
    second = _paired_subject(article, sentence, cue, first) if first is not None else None
    if second is not None:
        return first, second
    pair = _the_two(article, sentence, cue)
    return pair if pair[0] is not None else _announcing_pair(article, sentence, cue)


_ANNOUNCED_NOUN = re.compile(
    r"\b(?:announced|unveiled|formed|signed|struck|sealed|created|entered(?:[ ]into)?|agreed|ont[ ]annoncé|annoncent"
    r"|ont[ ]signé|signent|ont[ ]conclu|concluent|ont[ ]noué|nouent|ont[ ]scellé|scellent|forment|ont[ ]formé)[ ]"
    r"(?:(?:a|an|the|un|une|le|la|leur|their)[ ])?(?:[a-zà-ÿ\-]{1,15}[ ]){0,2}$"
)
"""Right before a partnership noun, the verb that makes it the pair's act: "have announced a new strategic"."""
_APPOSED_TO_VERB = re.compile(
    r"(?:,[^,;.()]{1,80},)?[ ](?:(?:said|announced|ont[ ]annoncé|annoncent)(?:[ ]on[ ][a-z]+day)?(?:[ ]that|[ ]qu'ils"
    r"|[ ]qu'elles)?[ ]?(?:they[ ])?)?(?:(?:have|has|had|would|will|ont|a|also|jointly|today|on[ ][a-z]+day)[ ]){0,2}"
)
"""Between the pair's second partner and that verb: at most an apposition or their statement ("Tesla, builder of the
Roadster, have", "Nissan said on Monday they had")."""


def _announcing_pair(
    article: Article, sentence: Sentence, cue: Cue
) -> tuple[CompanyMention | None, CompanyMention | None]:
    """The pair subject of a partnership noun whose second partner carries an apposition.

    "Toyota and Tesla, builder of the Roadster EV, have announced a new strategic alliance": the apposition hides the
    pair from the reader of a pair right before the verb.
    """
    verb = _ANNOUNCED_NOUN.search(article.folded, max(sentence.start, cue.start - 40), cue.start)
    before = [c for c in sentence.companies if c.end <= cue.start]
    if verb is None or len(before) < 2:  # noqa: PLR2004 - a pair
        return None, None
    first, second = before[-2], before[-1]
    if (
        first.id == second.id
        or not _PAIR_JOINT.fullmatch(article.folded, first.end, second.start)
        or not _APPOSED_TO_VERB.fullmatch(article.folded, second.end, verb.start())
    ):
        return None, None
    return first, second


def _pair_before(article: Article, sentence: Sentence, cue: Cue) -> tuple[CompanyMention, CompanyMention] | None:
    """The pair "X and Y" right before ``cue``, its subject ("X and Y teamed up", "A et B fusionnent"), or None."""
    first = sentence.company_before(cue.start)
    second = sentence.company_after(first.end, exclude=first.id, within=_PAIR_REACH) if first else None
    if (
        first is not None
        and second is not None
        and second.end <= cue.start
        and _PAIR_JOINT.fullmatch(article.folded, first.end, second.start)
    ):
        return first, second
    return None


def _joint_partners(
    article: Article, sentence: Sentence, cue: Cue
) -> tuple[CompanyMention | None, CompanyMention | None]:
    """The pair subject of a joint cue ("X and Y teamed up"), or the pair "the two" / "they" stands for."""
    if (pair := agreed_partners(article, sentence, cue) or _pair_before(article, sentence, cue)) is not None:
        return pair  # an agreement's purpose first: "A had signed an agreement with B to collaborate"
    first, second = _the_two(article, sentence, cue)
    if first is None and second is None:
        first, second = _joined_pair_before(article, sentence, cue)
    if first is None and second is None:
        first, second = _speaking_pair(article, sentence, cue)
    if first is None and second is None and (subject := sentence.company_before(cue.start)) is not None:
        return subject, partner_after_joint(article, sentence, cue, subject)  # "X signed a partnership deal with Y"
    if first is None and second is None and (subject := _described_actor(article, sentence, cue)) is not None:
        # "The company also announced a partnership with Y", « Le groupe a signé un partenariat avec Y »: the subject
        # is the company the description stands for (the speaker, else the previous sentence's subject).
        partner = partner_after_joint(article, sentence, cue, subject)
        return (subject, partner) if partner is not None and partner.id != subject.id else (None, None)
    return first, second


_TOPIC_BEFORE_PARTNER = re.compile(r"[ ](?:on|in|into|over|about|regarding|against|sur|dans|contre|concernant)[ ]")
"""Between a partnership verb and a company, a preposition that opens the matter worked on: the company after it is
that matter ("cooperating with investigators in the case against X"), not the partner."""


def _forward_partners(
    article: Article, sentence: Sentence, cue: Cue
) -> tuple[CompanyMention | None, CompanyMention | None]:
    """The subject before a forward cue (or the story's company) and the partner after it.

    "the U.K.-based company is teaming up with X", "il s'associe à X"; a company after a preposition that opens the
    matter worked on is no partner (:data:`_TOPIC_BEFORE_PARTNER`).
    """
    first = (
        sentence.company_before(cue.start)
        or _described_actor(article, sentence, cue)
        or _quoted_speaker(article, sentence, cue)
    )
    agent = _PARTNER_AGENT.search(article.folded, max(sentence.start, cue.start - 40), cue.start)
    if agent is not None and _OWN_PARTNER.match(article.folded, cue.start):
        # "la centrale créée par le distributeur avec son partenaire Y": "son" is the agent's, not the subject's
        first = sentence.company_after(agent.start(), within=agent.end() - agent.start())
    second = _partner_after(article, sentence, cue.end, first.id if first else None, 40)
    if second is not None and _TOPIC_BEFORE_PARTNER.search(article.folded, cue.end, second.start):
        return first, None
    if not works_on_project(article, sentence, cue, second):
        return first, None  # "Dorvane works with Korvia": a supplier, maybe, unless a shared project follows
    return first, second


_PARTNER_AGENT = re.compile(r"\b(?:par|by)[ ](?:(?:le|la|les|l'|the)[ ]?)?[\w&.'\-]+(?:[ ][\w&.'\-]+){0,2}[ ]$")
"""A passive's agent right before "with its partner": the partner is the agent's ("exploitée par X avec son
partenaire Y" partners X and Y; "créée par le distributeur avec son partenaire Y" names no company for the agent)."""
_OWN_PARTNER = re.compile(r"(?:with|avec)[ ](?:its|his|her|their|son|sa|leur)[ ]")


def _partnership(article: Article, sentence: Sentence, cue: Cue, _money: list[MoneyMention]) -> list[Candidate]:
    if cue.detail == "partner_noun":  # a standing alliance told by the noun: "X is a long-standing partner of Y"
        return _partnership_candidates(article, sentence, cue, partner_noun_pairs(article, sentence, cue), "fact")
    if cue.detail == "with_which":  # "Y, with which X formed an alliance"
        pairs = relative_with_pairs(article, sentence, cue)
        return _partnership_candidates(article, sentence, cue, pairs, modality_at(article, sentence, cue.end))
    return _partnership_frames(article, sentence, cue)


def _partnership_frames(article: Article, sentence: Sentence, cue: Cue) -> list[Candidate]:
    """The partnerships a verb or an alliance noun tells, read by the cue's frame."""
    if cue.detail in ("forward", "noun") and _renews_or_ends(article, sentence, cue):
        return []  # "la société remet en cause son partenariat avec EADS": a customer relation at stake
    owner = _possessor(article, sentence, cue) if cue.detail in ("forward", "noun") else None
    first: CompanyMention | None
    second: CompanyMention | None
    described = relative_partners(article, sentence, cue) if cue.detail not in ("forward", "apposed") else None
    if described is not None:
        first, second = described
    elif cue.detail == "relative":
        return []  # "venture" with no relative clause naming its partners: "a venture capital firm"
    elif cue.detail == "apposed":
        if (apposed := apposed_partners(article, sentence, cue)) is None:
            return []  # "its partner" apposed to no company, or to the only one the sentence names
        first, second = apposed
    elif owner is not None:
        partner = _WITH_PARTNER.match(article.folded, cue.end, sentence.end) if cue.detail == "noun" else None
        first = owner
        second = _partner_after(article, sentence, partner.end() if partner else cue.end, owner.id, 40)
    elif cue.detail == "between":
        first = sentence.company_after(cue.end, within=40)
        second = sentence.company_after(first.end, exclude=first.id, within=30) if first else None
    elif cue.detail == "joint":
        first, second = _joint_partners(article, sentence, cue)
    elif cue.detail == "noun":
        first, second = _noun_partners(article, sentence, cue)
    else:
        first, second = _forward_partners(article, sentence, cue)
    # "Mobileye's alliance with BMW and Intel": the unnamed possessor's alliance, not the clause subject's.
    allies = allies_of_unnamed(article, sentence, cue, second) if owner is None else None
    pairs = allies if allies is not None else cue_pairs(article, sentence, cue, first, second)
    if not pairs:
        return []
    # an apposition describes a standing alliance, whatever the sentence's verb plans ("veut acheter ailleurs que chez
    # X, son partenaire historique")
    modality = "fact" if cue.detail == "apposed" else modality_at(article, sentence, cue.start)
    if modality == "fact" and _MEMORANDUM.search(article.folded, cue.start, cue.end):
        modality = "plan"  # a memorandum of understanding announces the alliance, it does not make it
    bought = _memorandum_purchase(article, sentence, cue, pairs)
    return [bought] if bought is not None else _partnership_candidates(article, sentence, cue, pairs, modality)


def _memorandum_purchase(
    article: Article, sentence: Sentence, cue: Cue, pairs: list[tuple[CompanyMention, CompanyMention]]
) -> Candidate | None:
    """A memorandum that buys: "X signed an MoU with Y for the purchase of 40 jets" (X a customer of Y, planned).

    The first side buys, unless the goods are told by a model of the first side's own make ("Airbus signed an MoU
    with X for 40 A320neos": the maker sells).
    """
    if len(pairs) != 1 or not _MEMORANDUM.search(article.folded, cue.start, cue.end):
        return None
    first, second = pairs[0]
    if _PURCHASE_AFTER.match(article.folded, second.end) is None:
        return None
    maker = model_maker_in(article.folded, second.end, min(sentence.end, second.end + 80))
    buyer, seller = (
        (second, first) if maker is not None and first.name.lower().split(" ")[0] == maker else (first, second)
    )
    return Candidate(
        type="customer_start",
        span=(sentence.start, sentence.end),
        subject=buyer,
        object=seller,
        modality="plan",
        effective_date=event_date(sentence),
    )


def _partnership_candidates(
    article: Article,
    sentence: Sentence,
    cue: Cue,
    pairs: list[tuple[CompanyMention, CompanyMention]],
    modality: str,
) -> list[Candidate]:
    """One partnership per pair; a loose one when the cue says only that the two work together (see below)."""
    loose = _LOOSE_TOGETHER.search(article.folded, cue.start, cue.end) is not None or (
        cue.detail not in ("apposed", "partner_noun") and _told_with_supply(sentence)
    )
    return [
        Candidate(
            type="partnership",
            span=(sentence.start, sentence.end),
            subject=subject,
            object=partner,
            modality=modality,
            effective_date=event_date(sentence),
            loose=loose,
        )
        for subject, partner in pairs
    ]


_LOOSE_TOGETHER = re.compile(
    r"\b(?:work(?:ing)? together|collaborat(?:e|es|ed|ing)|travailler ensemble"
    r"|collabor(?:er|e|ent|ait|aient|era|eront)|(?:work|works|worked|working) with|travaill\w{0,6} avec)\b"
)
"""Partnership cues that say only that two companies work together: a supplier and its customer do too ("la DGSI
collabore avec X depuis 2016", said of the contract it renews)."""


def _told_with_supply(sentence: Sentence) -> bool:
    """Whether a partnership noun shares its sentence with the cue of a contract kept: the relation named again.

    "The five-year renewal extends XPO's partnership with Iceland", "la poursuite de leur partenariat, renouvelé
    pour trois ans": the partnership is the supply contract the cue renews, not an alliance beside it. It is dropped
    only when the article reads the same pair as customer and supplier (``engine._without_loose_partnerships``). A
    partner in apposition ("NEC, son partenaire historique") is a standing alliance and is not asked (caller); nor is
    a new agreement ("signed an agreement with Thales to jointly develop"), which may found an alliance.
    """
    return any(c.family == "customer_continue" for c in sentence.cues)


_FRAME_READERS: dict[str, Callable[[Article, Sentence, Cue], _Parties]] = {
    "passive": _passive_frame_parties,
    "nominal": _nominal_parties,
    "review": _review_parties,
    "seeking": _review_parties,
    "concern": _concern_parties,
    "insource": _insource_parties,
    "notice": _notice_letter_parties,
    "supplies": _supplies_parties,
    "renewal_of": _renewal_of_parties,
    "counted": _counted_parties,
    "chosen_noun": _chosen_noun_parties,
    "roster": roster_parties,
    "roster_after": listed_after_roster,
    "dispute": dispute_parties,
}
"""Customer frames read by one function each, with no apposition swap afterwards."""

_Rule = Callable[[Article, Sentence, Cue, list[MoneyMention]], list[Candidate]]
_CUE_RULES: dict[str, _Rule] = {
    **dict.fromkeys(_CUSTOMER_FAMILIES, _customer),
    "leadership_in": leadership_in,
    "leadership_out": leadership_out,
    "partnership": _partnership,
}
