"""Customer relations as reporters write them (issue #12): one sentence or short story per phrasing.

Each sample is written for this test, in the shape of the sample set (``samples.jsonl``): the
exact (type, customer, supplier) events it must give, and some fields they must carry.
"""

from __future__ import annotations

from typing import Any

import pytest

from schemas import NewsItem
from streams.extraction import extract

SAMPLES: list[dict[str, Any]] = [
    {
        "id": "en-media-unit-of-known-group-hired",
        "text": "Danone, which sells yoghurt, has hired Havas Media for its planning and buying.",
        "events": [("customer_start", "danone", "havas-media", "fact")],
    },
    {
        "id": "fr-will-be-its-supplier-dated-speech",
        "text": "Orange a fait savoir le 3 mars que Nokia sera son fournisseur d'antennes.",
        "events": [("customer_start", "orange", "nokia", "plan")],
    },
    {
        "id": "en-will-be-its-supplier",
        "text": "Orange said Nokia will be its new supplier of radio equipment.",
        "events": [("customer_start", "orange", "nokia", "plan")],
    },
    {
        "id": "fr-unknown-operator-opens-the-story",
        "text": (
            "Vantel confiera son réseau 5G à Ericsson. Vantel met en avant le prix des antennes. "
            "Vantel déploiera le réseau dès l'été."
        ),
        "events": [("customer_start", "vantel", "ericsson", "plan")],
    },
    {
        "id": "en-surname-opening-sentences-is-no-company",
        "text": (
            "Dana R. Kreel will replace Tom Ash as chief executive of Boeing. Kreel joined in 2010. "
            "Kreel takes over in June. Kreel said the company would keep its plans."
        ),
        "events": [("leadership_change", "boeing", None, "plan")],
    },
    {
        "id": "en-unknown-incumbent-after-review",
        "text": "Nestle has opened a review of its creative account. Brindle Works, the incumbent, will not repitch.",
        "events": [("customer_at_risk", "nestle", "brindle-works", "fact")],
    },
    {
        "id": "en-unknown-incumbent-before-name",
        "text": "Nestle will tell Ogilvy, WPP and incumbent Farrowcroft next week which of them keeps its account.",
        "events": [("customer_at_risk", "nestle", "farrowcroft", "fact")],
    },
    {
        "id": "en-unknown-current-supplier-after-review",
        "text": "Danone launched a review of its media buying. It currently works with Farrowcroft in France.",
        "events": [
            ("customer_at_risk", "danone", "farrowcroft", "fact"),
            ("customer_continue", "danone", "farrowcroft", "fact"),
        ],
    },
    {
        "id": "en-unknown-agency-hired",
        "text": "Danone has hired Farrowcroft for its media buying.",
        "events": [("customer_start", "danone", "farrowcroft", "fact")],
    },
    {
        "id": "fr-end-not-prolonged",
        "text": "Le ministère de la Santé n'a pas prolongé le contrat de fourniture qui le liait à Sodexo.",
        "events": [("customer_end", "pb-ministere-de-la-sante", "sodexo", "fact")],
    },
    {
        "id": "fr-end-will-not-renew-aside",
        "text": "Carrefour ne reconduira pas, au-delà de son échéance, le contrat logistique qui le lie à Capgemini.",
        "events": [("customer_end", "carrefour", "capgemini", "plan")],
    },
    {
        "id": "fr-end-mettre-un-terme",
        "text": "Renault a mis un terme au contrat passé avec Atos pour l'informatique de ses usines.",
        "events": [("customer_end", "renault", "atos", "fact")],
    },
    {
        "id": "fr-no-mandate-renewal",
        "text": "Renault n'a pas renouvelé le mandat de son directeur général chez Nissan.",
        "events": [],
    },
    {
        "id": "en-review-spreads-to-current-suppliers",
        "text": "Unilever has opened a review of its global media buying. It currently works with Publicis and WPP.",
        "events": [
            ("customer_continue", "unilever", "publicis", "fact"),
            ("customer_continue", "unilever", "wpp", "fact"),
            ("customer_at_risk", "unilever", "publicis", "fact"),
            ("customer_at_risk", "unilever", "wpp", "fact"),
        ],
    },
    {
        "id": "en-review-no-supplier-named",
        "text": "Nestle launched a review of its creative account this month.",
        "events": [("customer_at_risk", "nestle", None, "fact")],
    },
    {
        "id": "en-incumbent-after-review",
        "text": "Danone met four agencies as part of its review of its advertising. Havas, the incumbent, won't pitch.",
        "events": [("customer_at_risk", "danone", "havas", "fact")],
    },
    {
        "id": "en-incumbent-before-name",
        "text": "Nestle will tell Publicis, WPP and incumbent Havas next week which of them keeps its account.",
        "events": [("customer_at_risk", "nestle", "havas", "fact")],
    },
    {
        "id": "fr-incumbent",
        "text": "L'Oréal remet en concurrence son budget média. Publicis est l'actuel prestataire.",
        "events": [("customer_at_risk", "loreal", "publicis", "fact")],
    },
    {
        "id": "en-threat-after-list",
        "text": (
            "Walmart runs its own trucks. It currently uses carriers including Maersk, FedEx and UPS, but has"
            " threatened to take its business elsewhere."
        ),
        "events": [
            ("customer_continue", "walmart", "maersk", "fact"),
            ("customer_continue", "walmart", "fedex", "fact"),
            ("customer_continue", "walmart", "ups", "fact"),
            ("customer_at_risk", "walmart", "maersk", "fact"),
            ("customer_at_risk", "walmart", "fedex", "fact"),
            ("customer_at_risk", "walmart", "ups", "fact"),
        ],
    },
    {
        "id": "en-reported-review",
        "text": "Amazon told analysts that Walmart is considering alternative suppliers.",
        "events": [("customer_at_risk", "walmart", None, "fact")],
    },
    {
        "id": "en-may-not-renew",
        "text": "Walmart may not renew its contract with Unilever next year.",
        "events": [("customer_at_risk", "walmart", "unilever", "fact")],
    },
    {
        "id": "en-unnamed-loss-is-the-switch",
        "text": (
            "Shares of Capgemini fell after it lost a large government contract. The Home Office will switch to"
            " Accenture next year, Capgemini said."
        ),
        "events": [
            ("customer_end", "pb-home-office", "capgemini", "fact"),
            ("customer_start", "pb-home-office", "accenture", "plan"),
        ],
    },
    {
        "id": "fr-unnamed-loss-folds-into-named",
        "text": (
            "Atos annonce la perte d'un client majeur. Le ministère des Armées n'a pas renouvelé le contrat"
            " qui le liait à Atos."
        ),
        "events": [("customer_end", "pb-ministere-des-armees", "atos", "fact")],
    },
    {
        "id": "en-keep-selling-at",
        "text": "Unilever said it will keep selling at Walmart after the dispute.",
        "events": [("customer_continue", "walmart", "unilever", "fact")],
    },
    {
        "id": "fr-continue-with-insert",
        "text": "Capgemini continuera entre autres d'assurer la paie de Renault jusqu'en 2027.",
        "events": [("customer_continue", "renault", "capgemini", "fact")],
    },
    {
        "id": "en-major-customer-pulled-business-story-company",
        "text": "Atos cut its outlook on Monday. Its shares fell after a major customer pulled its business.",
        "events": [("customer_end", None, "atos", "fact")],
    },
    {
        "id": "en-two-unnamed-customers-two-amounts",
        "text": (
            "Atos said one of its big customers is walking away, taking $300 million of sales. It is still"
            " absorbing the departure of another large customer, which took $150 million of yearly sales."
        ),
        "events": [("customer_end", None, "atos", "fact"), ("customer_end", None, "atos", "fact")],
    },
    {
        "id": "en-cut-off-access",
        "text": "Google is cutting off Huawei's access to its Android updates.",
        "events": [("customer_end", "huawei", "google", "fact")],
    },
    {
        "id": "en-halted-shipments",
        "text": "Nvidia halted shipments to Huawei last month.",
        "events": [("customer_end", "huawei", "nvidia", "fact")],
    },
    {
        "id": "en-dismissed-speculation",
        "text": "Lenovo dismissed speculation that it no longer sells its laptops to Huawei.",
        "events": [("customer_end", "huawei", "lenovo", "denied")],
    },
    {
        "id": "fr-agent-is-no-customer",
        "text": (
            "Renault explique qu'en refusant de payer les 50 millions d'euros demandés par Atos, il met fin au"
            " contrat à compter de juin."
        ),
        "events": [("customer_end", "renault", "atos", "fact")],
    },
    {
        "id": "en-contracts-running-for-list",
        "text": (
            "Capgemini stressed that it remains a partner to government, with contracts still running for the"
            " Home Office, the Department for Health and Social Care and the Cabinet Office."
        ),
        "events": [
            ("customer_continue", "pb-home-office", "capgemini", "fact"),
            ("customer_continue", "pb-department-for-health-and-social-care", "capgemini", "fact"),
            ("customer_continue", "pb-cabinet-office", "capgemini", "fact"),
        ],
    },
    {
        "id": "en-described-speaker",
        "text": (
            "Lenovo shares rose on Monday. The computer maker said orders are normal and that it will keep"
            " selling laptops to Huawei."
        ),
        "events": [("customer_continue", "huawei", "lenovo", "fact")],
    },
    {
        "id": "en-unnamed-loss-then-switch-supplier",
        "text": "Atos shares sank 9% after losing a state contract; the Home Office will switch supplier by June.",
        "events": [("customer_end", "pb-home-office", "atos", "fact")],
    },
    {
        "id": "fr-lost-share-of-contract",
        "text": "Atos perd 40 % du contrat de Airbus au profit d'un concurrent.",
        "events": [("customer_end", "airbus", "atos", "fact")],
    },
    {
        "id": "fr-concern-named-client-of",
        "text": "Les craintes sur Airbus, principal client de Atos, pèsent sur le titre.",
        "events": [("customer_at_risk", "airbus", "atos", "fact")],
    },
    {
        "id": "fr-concern-its-main-clients",
        "text": "Soitec attribue cet avertissement à ses deux principaux clients, IBM et Intel, qui commandent moins.",
        "events": [("customer_at_risk", "ibm", "soitec", "fact"), ("customer_at_risk", "intel", "soitec", "fact")],
    },
    {
        "id": "en-concern-another-client",
        "text": (
            "Atos shares slid. Intel shipped rival parts, a move that threatens the revenue the group earns"
            " from Airbus (EPA: AIR), another important client."
        ),
        "events": [("customer_at_risk", "airbus", "atos", "fact")],
    },
    {
        "id": "en-worry-without-customer",
        "text": "Investors voiced fears over Airbus and its delivery schedule.",
        "events": [],
    },
    {
        "id": "en-ceding-business",
        "text": "Atos is losing business to Accenture at several accounts, including Airbus and Renault.",
        "events": [
            ("customer_at_risk", "airbus", "atos", "fact"),
            ("customer_at_risk", "renault", "atos", "fact"),
            ("customer_start", "airbus", "accenture", "fact"),
            ("customer_start", "renault", "accenture", "fact"),
        ],
    },
    {
        "id": "en-described-customer-unnamed",
        "text": "Atos said it would go on serving the retailer in a narrower role.",
        "events": [("customer_continue", None, "atos", "fact")],
    },
    {
        "id": "en-sole-source-supplier",
        "text": "The award makes Thales sole-source supplier for Airbus's A350 programme.",
        "events": [("customer_start", "airbus", "thales", "fact")],
    },
    {
        "id": "en-moving-its-work-to",
        "text": "Airbus says it is moving its IT support to Accenture.",
        "events": [("customer_start", "airbus", "accenture", "fact")],
    },
    {
        "id": "fr-selected-described-vendor",
        "text": "Le ministère des Armées a sélectionné la PME lyonnaise Atos pour sa messagerie.",
        "events": [("customer_start", "pb-ministere-des-armees", "atos", "fact")],
    },
    {
        "id": "fr-beaten-rival-is-no-customer",
        "text": "Capgemini remporte le marché au détriment de Atos, titulaire depuis 2010.",
        "events": [],
    },
    {
        "id": "fr-contract-of-supplier-with-customer",
        "text": "Le contrat de Sodexo avec la Ville de Paris a été prolongé de deux ans.",
        "events": [("customer_continue", "pb-ville-de-paris", "sodexo", "fact")],
    },
    {
        "id": "en-extension-to-its-contract",
        "text": "Atos received a 12-month, $90 million extension to its payroll contract with the Home Office.",
        "events": [("customer_continue", "pb-home-office", "atos", "fact")],
    },
    {
        "id": "fr-lost-tender",
        "text": "Atos a perdu l'appel d'offres de Airbus pour sa messagerie.",
        "events": [("customer_end", "airbus", "atos", "fact")],
    },
    {
        "id": "en-moved-business-away",
        "text": "Airbus moved its business away from Atos last year.",
        "events": [("customer_end", "airbus", "atos", "fact")],
    },
    {
        "id": "en-new-suppliers-replace-old",
        "text": "Airbus signed with Accenture and Capgemini to replace Atos.",
        "events": [
            ("customer_start", "airbus", "accenture", "fact"),
            ("customer_start", "airbus", "capgemini", "fact"),
            ("customer_end", "airbus", "atos", "plan"),
        ],
    },
    {
        "id": "en-put-under-review",
        "text": "Airbus put its contract with Atos under review.",
        "events": [("customer_at_risk", "airbus", "atos", "fact")],
    },
    {
        "id": "fr-could-end-contract",
        "text": "Airbus pourrait mettre fin à son contrat avec Atos.",
        "events": [("customer_end", "airbus", "atos", "rumor")],
    },
    {
        "id": "fr-considers-leaving-supplier",
        "text": "Airbus envisage de changer de fournisseur et de quitter Atos.",
        "events": [("customer_end", "airbus", "atos", "plan")],
    },
    {
        "id": "fr-contract-threatened",
        "text": "Le contrat de Atos avec Airbus est menacé.",
        "events": [("customer_at_risk", "airbus", "atos", "fact")],
    },
    {
        "id": "en-strategic-review-is-no-supplier-review",
        "text": "Atos launched a strategic review of its portfolio, and Thales is reviewing its options.",
        "events": [],
    },
    {
        "id": "fr-thanks-is-no-end",
        "text": "Atos tient à remercier Airbus pour sa confiance.",
        "events": [],
    },
    {
        "id": "en-would-no-longer-make-for",
        "text": "Atos said it would no longer make servers for its largest customer, Airbus.",
        "events": [("customer_end", "airbus", "atos", "plan")],
    },
    {
        "id": "en-dropped-as-a-supplier-to",
        "text": "Shares of Atos fell after it said it had been dropped as a supplier to Airbus.",
        "events": [("customer_end", "airbus", "atos", "fact")],
    },
    {
        "id": "en-supplier-suspends-supply",
        "text": "Thales announced the suspension of a supply agreement with one of its major customers, Airbus.",
        "events": [("customer_at_risk", "airbus", "thales", "fact")],
    },
    {
        "id": "en-cancelled-the-contract",
        "text": "Apple has now cancelled the contract with Nokia.",
        "events": [("customer_end", "apple", "nokia", "fact")],
    },
    {
        "id": "en-advised-by-customer-not-renewing",
        "text": "Atos has been advised by Airbus that it will not be renewing its supply agreement after June.",
        "events": [("customer_end", "airbus", "atos", "plan")],
    },
    {
        "id": "fr-informed-by-customer",
        "text": "Atos a été informé par Airbus qu'il ne renouvellera pas le contrat.",
        "events": [("customer_end", "airbus", "atos", "plan")],
    },
    {
        "id": "en-public-body-cancels-contract",
        "text": "The Ministry of Health cancelled a $50 million testing contract with Atos.",
        "events": [("customer_end", "pb-ministry-of-health", "atos", "fact")],
    },
    {
        "id": "fr-public-body-cancels-order",
        "text": "Le ministère de la Santé annule sa commande auprès de Atos.",
        "events": [("customer_end", "pb-ministere-de-la-sante", "atos", "fact")],
    },
    {
        "id": "en-cancelled-a-flight-is-no-end",
        "text": "Airbus cancelled a flight to Toulouse.",
        "events": [],
    },
    # Session 6: supplier-side disclosures and supplier switches as wire copy writes them.
    {
        "id": "en-owner-unit-customer-in-reported-clause",
        "text": "Capgemini said Alphabet's cloud unit Google will not renew its hosting contracts.",
        "events": [("customer_end", "google", "capgemini", "plan")],
    },
    {
        "id": "en-headline-to-lose-customer-modified-contracts",
        "text": "Atos to lose Airbus data centre contracts",
        "events": [("customer_end", "airbus", "atos", "plan")],
    },
    {
        "id": "en-would-stop-using-supplier-technology",
        "text": "Nokia said Orange had told it that it would stop using Nokia's radio gear within two years.",
        "events": [("customer_end", "orange", "nokia", "plan")],
    },
    {
        "id": "en-supplier-failed-to-agree-an-extension",
        "text": "Atos said it had failed to agree an extension of its outsourcing contract with Airbus.",
        "events": [("customer_end", "airbus", "atos", "fact")],
    },
    {
        "id": "en-takes-its-business-to-new-supplier",
        "text": "Airbus took its business to Capgemini.",
        "events": [("customer_start", "airbus", "capgemini", "fact")],
    },
    {
        "id": "en-replaced-one-supplier-with-two",
        "text": "Orange replaced Huawei with Nokia and Ericsson as its antenna supplier.",
        "events": [
            ("customer_end", "orange", "huawei", "fact"),
            ("customer_start", "orange", "nokia", "fact"),
            ("customer_start", "orange", "ericsson", "fact"),
        ],
    },
    {
        "id": "en-orders-away-from-one-supplier-to-another",
        "text": "Apple is moving its chip orders away from Samsung to TSMC.",
        "events": [
            ("customer_end", "apple", "samsung-electronics", "fact"),
            ("customer_start", "apple", "tsmc", "fact"),
        ],
    },
    {
        "id": "en-switched-from-one-supplier-to-another",
        "text": "Orange switched from Huawei to Ericsson last year.",
        "events": [("customer_end", "orange", "huawei", "fact"), ("customer_start", "orange", "ericsson", "fact")],
    },
    {
        "id": "en-is-also-said-is-a-rumour",
        "text": "Apple is also said to have dropped Samsung.",
        "events": [("customer_end", "apple", "samsung-electronics", "rumor")],
    },
    {
        "id": "en-listing-move-is-no-supplier-switch",
        "text": "The company moved from Nasdaq to the New York Stock Exchange.",
        "events": [],
    },
    {
        "id": "en-decided-not-to-renew-its-described-contract-with",
        "text": "Airbus has decided not to renew its IT outsourcing contract with Atos.",
        "events": [("customer_end", "airbus", "atos", "fact")],
    },
    {
        "id": "en-ended-its-long-relationship-with",
        "text": "Airbus ended its 10-year relationship with Atos.",
        "events": [("customer_end", "airbus", "atos", "fact")],
    },
    {
        "id": "en-ended-quarter-and-session-are-no-end",
        "text": "The quarter ended on December 31 and Atos shares ended the session 3% lower.",
        "events": [],
    },
    {
        "id": "en-apposition-marks-the-customer-before-said-it",
        "text": "Atos shares fell 20% after Airbus, its largest customer, said it would not renew its contract.",
        "events": [("customer_end", "airbus", "atos", "plan")],
    },
    {
        "id": "en-subordinate-clause-has-its-own-subject",
        "text": "Intel ended its modem business after Apple chose Qualcomm.",
        "events": [("customer_start", "apple", "qualcomm", "fact")],
    },
    {
        "id": "en-lost-the-supply-contract-with",
        "text": "Atos lost the supply contract with Airbus last year.",
        "events": [("customer_end", "airbus", "atos", "fact")],
    },
    {
        "id": "en-extended-by-years-its-contract-with",
        "text": "Airbus has extended by five years its maintenance contract with Atos.",
        "events": [("customer_continue", "airbus", "atos", "fact")],
    },
    {
        "id": "fr-retailer-pulls-brand-owner-products-from-shelves",
        "text": "Carrefour retire de ses rayons les produits de PepsiCo.",
        "events": [("customer_end", "carrefour", "pepsico", "fact")],
    },
    {
        "id": "fr-stop-selling-products-of-described-supplier",
        "text": "Carrefour a décidé de cesser de vendre les produits du géant américain PepsiCo.",
        "events": [("customer_end", "carrefour", "pepsico", "fact")],
    },
    {
        "id": "fr-no-longer-lists-any-product-of",
        "text": "Depuis mars, Auchan ne référence plus aucun produit Danone dans ses magasins.",
        "events": [("customer_end", "auchan", "danone", "fact")],
    },
    {
        "id": "fr-stopped-sourcing-from",
        "text": "Airbus a cessé de se fournir auprès de Safran.",
        "events": [("customer_end", "airbus", "safran", "fact")],
    },
    {
        "id": "fr-conditional-lost-contract-of-customer-to-rival",
        "text": "Selon plusieurs sources, Atos aurait perdu le contrat de la SNCF au profit de Capgemini.",
        "events": [("customer_end", "sncf", "atos", "rumor"), ("customer_start", "sncf", "capgemini", "rumor")],
    },
    {
        "id": "fr-replaced-by",
        "text": "Orange a remplacé Huawei par Nokia.",
        "events": [("customer_end", "orange", "huawei", "fact"), ("customer_start", "orange", "nokia", "fact")],
    },
    {
        "id": "fr-extended-by-years-its-described-contract-with",
        "text": "Airbus a prolongé de cinq ans son contrat de maintenance avec Atos.",
        "events": [("customer_continue", "airbus", "atos", "fact")],
    },
    {
        "id": "en-expanded-its-supply-agreement-with",
        "text": "Airbus expanded its supply agreement with Atos.",
        "events": [("customer_continue", "airbus", "atos", "fact")],
    },
    {
        "id": "en-expanded-a-factory-is-no-relation",
        "text": "Airbus expanded its factory in Toulouse.",
        "events": [],
    },
    {
        "id": "fr-renewed-the-contract-that-entrusts-is-no-new-customer",
        "text": (
            "Le comité d'entreprise d'Airbus a renouvelé pour huit ans le contrat qui confie à Elior "
            "la gestion de ses restaurants."
        ),
        "events": [("customer_continue", "airbus", "elior", "fact")],
    },
    {
        "id": "en-supplier-amends-deal-with-customer-marked-in-apposition",
        "text": "Atos has amended its supply agreement with Airbus (AIR), one of the company's largest customers.",
        "events": [("customer_continue", "airbus", "atos", "fact")],
    },
    {
        "id": "en-subordinate-subject-after-a-description",
        "text": "Atos fell after its client Airbus dropped it.",
        "events": [("customer_end", "airbus", "atos", "fact")],
    },
    {
        "id": "en-speaker-said-without-that-names-the-reported-customer",
        "text": "Atos said the Ministry of Defence did not renew its IT contract, which expires in June.",
        "events": [("customer_end", "pb-ministry-of-defence", "atos", "fact")],
    },
    {
        "id": "en-unnamed-major-customer-terminated-its-contract",
        "text": "Atos said a major customer, which made 12% of revenue last year, had terminated its contract.",
        "events": [("customer_end", "unnamed-major-customer", "atos", "fact")],
    },
    {
        "id": "en-loss-of-a-key-client",
        "text": "Atos disclosed the loss of a key client representing about 15% of sales.",
        "events": [("customer_end", None, "atos", "fact")],
    },
    {
        "id": "en-pulling-its-business-from",
        "text": "Airbus is pulling its business from Atos.",
        "events": [("customer_end", "airbus", "atos", "fact")],
    },
    {
        "id": "en-customer-notified-supplier-that-it-will-terminate",
        "text": "Airbus has notified Atos that it will terminate the agreement.",
        "events": [("customer_end", "airbus", "atos", "plan")],
    },
    {
        "id": "en-walking-away-from-its-deal-with",
        "text": "Airbus is walking away from its deal with Atos.",
        "events": [("customer_end", "airbus", "atos", "fact")],
    },
    {
        "id": "en-biggest-customer-taking-its-business-elsewhere",
        "text": "Atos's biggest customer, Airbus, is taking its business elsewhere.",
        "events": [("customer_end", "airbus", "atos", "fact")],
    },
    {
        "id": "en-stopped-ordering-goods-from",
        "text": "Airbus has stopped ordering parts from Atos.",
        "events": [("customer_end", "airbus", "atos", "fact")],
    },
    {
        "id": "en-supplier-said-its-contracts-with-customer-not-renewed",
        "text": "Atos said on Monday that its supply contracts with Airbus will not be renewed.",
        "events": [("customer_end", "airbus", "atos", "plan")],
    },
    {
        "id": "en-ended-the-quarter-is-no-end",
        "text": "Microsoft ended the quarter with $80 billion in cash. Renault ends its Formula One engine programme.",
        "events": [],
    },
    {
        "id": "fr-customer-informed-supplier-it-was-ending",
        "text": "Airbus a informé Atos qu'il mettait fin à leur contrat.",
        "events": [("customer_end", "airbus", "atos", "fact")],
    },
    {
        "id": "fr-contract-of-supplier-with-customer-will-end",
        "text": "Le contrat d'Atos avec Airbus prendra fin en juin.",
        "events": [("customer_end", "airbus", "atos", "plan")],
    },
    {
        "id": "fr-do-without-the-services-of",
        "text": "Airbus a décidé de se passer des services d'Atos.",
        "events": [("customer_end", "airbus", "atos", "fact")],
    },
    {
        "id": "en-considering-replacing-supplier",
        "text": "Airbus is considering replacing Atos as its IT provider.",
        "events": [("customer_at_risk", "airbus", "atos", "fact")],
    },
    {
        "id": "en-weighing-whether-to-keep-supplier",
        "text": "Airbus is weighing whether to keep Atos as a supplier.",
        "events": [("customer_at_risk", "airbus", "atos", "fact")],
    },
    {
        "id": "en-customer-could-scale-back-orders-is-a-rumour",
        "text": "Atos warned that Airbus could scale back orders next year.",
        "events": [("customer_at_risk", "airbus", "atos", "rumor")],
    },
    {
        "id": "en-unnamed-largest-customer-reduced-orders",
        "text": "Atos said its largest customer had reduced orders sharply.",
        "events": [("customer_at_risk", "unnamed-largest-customer", "atos", "fact")],
    },
    {
        "id": "en-could-replace-its-chief-is-no-supplier",
        "text": "Airbus could replace its chief executive next year.",
        "events": [],
    },
    {
        "id": "fr-thinking-of-replacing-supplier",
        "text": "Airbus réfléchit à remplacer Atos par Capgemini.",
        "events": [("customer_at_risk", "airbus", "atos", "fact")],
    },
    {
        "id": "en-has-been-awarded-a-contract-by",
        "text": "Atos has been awarded a contract by Airbus to run its data centres.",
        "events": [("customer_start", "airbus", "atos", "fact")],
    },
    {
        "id": "fr-won-the-tender-launched-by",
        "text": "Atos a remporté l'appel d'offres lancé par Airbus.",
        "events": [("customer_start", "airbus", "atos", "fact")],
    },
    {
        "id": "en-headline-dumps-supplier",
        "text": "Apple dumps Imagination Technologies",
        "events": [("customer_end", "apple", "imagination-technologies", "fact")],
    },
    {
        "id": "en-headline-loses-customer-deal",
        "text": "Atos loses Airbus deal",
        "events": [("customer_end", "airbus", "atos", "fact")],
    },
    {
        "id": "en-headline-swaps-supplier-for-another",
        "text": "Airbus swaps Atos for Capgemini",
        "events": [("customer_end", "airbus", "atos", "fact"), ("customer_start", "airbus", "capgemini", "fact")],
    },
    {
        "id": "en-dumped-shares-is-no-supplier",
        "text": "Investors dumped Atos shares on Monday.",
        "events": [],
    },
    {
        "id": "en-lost-customer-marked-in-apposition",
        "text": "Atos lost Airbus, its largest customer, in June.",
        "events": [("customer_end", "airbus", "atos", "fact")],
    },
    {
        "id": "en-described-supplier-said-customer-would-not-renew-its-contract",
        "text": (
            "Atos shares fell 15% on Tuesday. The IT services group said Airbus would not renew its contract "
            "when it expires in June."
        ),
        "events": [("customer_end", "airbus", "atos", "plan")],
    },
    {
        "id": "en-described-customer-will-not-renew-supplier-speaks",
        "text": "Airbus has been an Atos customer since 2005. The planemaker will not renew the contract, Atos said.",
        "events": [("customer_end", "airbus", "atos", "plan")],
    },
    {
        "id": "fr-described-supplier-announced-customer-would-not-renew",
        "text": "Atos chute en Bourse. Le groupe a annoncé qu'Airbus ne renouvellerait pas son contrat.",
        "events": [("customer_end", "airbus", "atos", "plan")],
    },
    {
        "id": "fr-decided-not-to-renew-infinitive-negation",
        "text": "Airbus a décidé de ne pas renouveler son contrat avec Atos.",
        "events": [("customer_end", "airbus", "atos", "fact")],
    },
    {
        "id": "en-rival-takes-over-the-lost-contracts",
        "text": "Airbus will not renew its contract with Atos. Rival Capgemini will take over the contracts in July.",
        "events": [("customer_end", "airbus", "atos", "plan"), ("customer_start", "airbus", "capgemini", "plan")],
    },
    {
        "id": "en-take-over-after-a-renewal-is-no-start",
        "text": "Airbus renewed its contract with Atos. Capgemini will take over the contract in 2026.",
        "events": [("customer_continue", "airbus", "atos", "fact")],
    },
    {
        "id": "fr-conditional-successor-is-a-rumour",
        "text": "Atos aurait perdu le contrat de la SNCF. Capgemini prendrait le relais au 1er janvier.",
        "events": [("customer_end", "sncf", "atos", "rumor"), ("customer_start", "sncf", "capgemini", "rumor")],
    },
    {
        "id": "fr-successor-of-a-person-is-no-supplier",
        "text": "Le directeur général quitte Atos. Jean Martin lui succède.",
        "events": [],
    },
    {
        "id": "fr-elided-contract-of-kept",
        "text": "Atos conserve le contrat d'Airbus pour cinq ans supplémentaires.",
        "events": [("customer_continue", "airbus", "atos", "fact")],
    },
    {
        "id": "fr-entrust-to-new-supplier-ending-years-with-old",
        "text": (
            "Airbus a décidé de confier sa maintenance informatique à Capgemini, mettant fin à quinze ans "
            "de collaboration avec Atos."
        ),
        "events": [("customer_end", "airbus", "atos", "fact"), ("customer_start", "airbus", "capgemini", "fact")],
    },
    {
        "id": "fr-pair-extended-their-partnership",
        "text": "Airbus et Atos ont prolongé leur partenariat de trois ans.",
        "events": [("customer_continue", "airbus", "atos", "fact")],
    },
    {
        "id": "en-pair-have-extended-their-agreement",
        "text": "Airbus and Atos have extended their agreement until 2030.",
        "events": [("customer_continue", "airbus", "atos", "fact")],
    },
    {
        "id": "fr-entrust-a-role-to-a-person-is-no-supplier",
        "text": "Airbus a décidé de confier la présidence à Jean Martin.",
        "events": [],
    },
    {
        "id": "en-retailer-keeps-selling-brand-owner-products",
        "text": "Unlike Carrefour, Auchan will keep selling PepsiCo products.",
        "events": [("customer_continue", "auchan", "pepsico", "fact")],
    },
    {
        "id": "en-contrast-kept-working-with-it",
        "text": "Orange dropped Huawei, while Nokia kept working with it.",
        "events": [("customer_end", "orange", "huawei", "fact"), ("customer_continue", "nokia", "huawei", "fact")],
    },
    {
        "id": "fr-contrast-retailer-keeps-selling-products-of",
        "text": "Contrairement à Carrefour, Auchan continue de vendre les produits de PepsiCo.",
        "events": [("customer_continue", "auchan", "pepsico", "fact")],
    },
    {
        "id": "fr-could-drop-supplier-infinitive",
        "text": "Airbus pourrait lâcher Atos dès l'an prochain, selon la presse.",
        "events": [("customer_end", "airbus", "atos", "rumor")],
    },
    {
        "id": "en-results-hurt-by-loss-of-its-contract-with",
        "text": "Atos revenue fell, hurt by the loss of its contract with Airbus.",
        "events": [("customer_end", "airbus", "atos", "fact")],
    },
    {
        "id": "en-non-renewal-is-an-end-not-a-renewal",
        "text": "Atos revenue fell after the non-renewal of its contract with Airbus.",
        "events": [("customer_end", "airbus", "atos", "fact")],
    },
    {
        "id": "fr-supplier-exit-from-its-contract-with",
        "text": "Atos a souffert de la sortie de son contrat avec Airbus au Royaume-Uni.",
        "events": [("customer_end", "airbus", "atos", "fact")],
    },
    {
        "id": "fr-loses-lots-to-rival-customer-named-later",
        "text": (
            "Keolis perd le métro et le tramway de Lyon au profit de RATP Dev. "
            "La Métropole de Lyon a confié ce lot à RATP Dev jusqu'en 2034."
        ),
        "events": [
            ("customer_end", "pb-metropole-de-lyon", "keolis", "fact"),
            ("customer_start", "pb-metropole-de-lyon", "ratp-dev", "fact"),
        ],
    },
]


def _triples(item_id: str, text: str) -> list[tuple[str, str | None, str | None, str]]:
    extraction = extract(NewsItem(id=item_id, body=text))
    return sorted(
        (
            event.type,
            event.subject.id if event.subject else None,
            event.object.id if event.object else None,
            event.modality,
        )
        for event in extraction.events
    )


def test_annual_sales_to_a_customer_are_the_value_at_stake() -> None:
    """ "Annual sales to X are $800 million" gives X's relation its yearly value, which makes the loss major."""
    text = "Airbus will not renew its contract with Atos. Atos said annual sales to Airbus are about $800 million."
    (event,) = extract(NewsItem(id="sales-to", body=text)).events
    assert (event.type, event.subject.id if event.subject else None) == ("customer_end", "airbus")
    assert event.amount is not None and event.amount.value == pytest.approx(800_000_000)


@pytest.mark.parametrize("sample", SAMPLES, ids=[sample["id"] for sample in SAMPLES])
def test_customer_phrasing_gives_exactly_its_events(sample: dict[str, Any]) -> None:
    """The text yields the listed (type, customer, supplier, modality) events and no other event."""
    expected = sorted(sample["events"], key=lambda e: tuple(part or "" for part in e))
    got = sorted(_triples(sample["id"], sample["text"]), key=lambda e: tuple(part or "" for part in e))
    assert got == expected


def test_a_relation_read_both_ways_keeps_the_body_direction_and_the_unit() -> None:
    """A terse headline read backwards loses to the body; "Renault" after "Renault France" is the same customer."""
    item = NewsItem(
        id="both-ways",
        title="Capgemini renews Renault France Services Agreement",
        body=(
            "Capgemini will keep providing Renault France with data centre support across the country. "
            "Capgemini will keep providing Renault with cloud services."
        ),
    )
    events = [
        (event.type, event.subject.name if event.subject else None, event.object.name if event.object else None)
        for event in extract(item).events
    ]
    assert events == [("customer_continue", "Renault France", "Capgemini")]


def test_a_two_word_short_form_names_the_company_named_in_full_before() -> None:
    """ "Harwell Brook" after "Harwell Brook Bedding" is that company, though a brand "Brook" is listed too."""
    text = (
        "Harwell Brook Bedding, the maker of Oakline and Brook mattresses, reported higher sales, more than "
        "Harwell Brook expected. Harwell Brook said on Monday it will supply Walmart from next spring."
    )
    events = [
        (event.type, event.subject.id if event.subject else None, event.object.name if event.object else None)
        for event in extract(NewsItem(id="short-form", body=text)).events
    ]
    assert events == [("customer_start", "walmart", "Harwell Brook Bedding")]


@pytest.mark.parametrize(
    ("text", "major"),
    [
        ("Atos said Airbus will not renew its contract. Airbus accounted for 16% of Atos's revenue last year.", True),
        ("Atos said Airbus, which represents 20% of its sales, will not renew its contract.", True),
        ("Airbus will not renew its contract with Atos, which relies on the planemaker for half of its revenue.", True),
        ("Airbus a mis fin à son contrat avec Atos. Airbus représentait 18 % du chiffre d'affaires d'Atos.", True),
        ("Airbus will not renew its contract with Atos, which made 5% of its sales.", None),
        ("Airbus will not renew its contract with Atos. Airbus shares fell 12% on the news.", None),
    ],
)
def test_a_customer_worth_a_tenth_of_its_supplier_revenue_is_major(text: str, major: bool | None) -> None:
    """The share of the supplier's revenue a customer stands for is the reporters' usual 'major' cue."""
    (event,) = extract(NewsItem(id="share", body=text)).events
    assert (event.type, event.subject.id if event.subject else None) == ("customer_end", "airbus")
    assert event.major_customer is major


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Airbus lâche Atos", ("customer_end", "airbus", "atos", "fact")),
        ("Atos perd Airbus, son premier client", ("customer_end", "airbus", "atos", "fact")),
        ("Atos perd le contrat Airbus", ("customer_end", "airbus", "atos", "fact")),
    ],
)
def test_french_headline_alone_gives_its_event(text: str, expected: tuple[str, str, str, str]) -> None:
    """A French headline read on its own (language given: a few words are too short to detect)."""
    events = extract(NewsItem(id="fr-headline", body=text, language="fr")).events
    got = [(e.type, e.subject.id if e.subject else None, e.object.id if e.object else None, e.modality) for e in events]
    assert got == [expected]
