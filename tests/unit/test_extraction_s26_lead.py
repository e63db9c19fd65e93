"""Session 26 (lead): leadership precision on real stories that name executives without a change at the company.

Each class is written in the project's own words: a former title before a name ("l'ex-patron de X"), a recalled
arrival ("depuis l'arrivée de X à la tête de Y"), a title-case headline participle ("New Chief Named For ..."), a
newcomer given a unit's post after his name, a founder's title that no successor takes, and a report the same
sentence calls false.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from schemas import NewsItem
from schemas.events import DealEvent
from streams.extraction import extract
from tests.unit.extraction_helpers import extract_body


def _changes(body: str, title: str = "") -> list[DealEvent]:
    return [e for e in extract_body(body, title).events if e.type == "leadership_change"]


def _people(body: str, title: str = "") -> set[tuple[str | None, str | None, str | None, str]]:
    """(company, person, role, modality) of every leadership change."""
    return {(e.subject.name if e.subject else None, e.person, e.role, e.modality) for e in _changes(body, title)}


class TestFormerTitleApposition:
    def test_ex_boss_of_another_firm_is_named_at_the_story_company(self) -> None:
        body = (
            "Le constructeur Stellantis a désigné jeudi un nouveau duo à sa tête. L'ex-patron de Valeo, Jean "
            "Dufresne, a été nommé au poste de président, tandis que Paul Marchal a été nommé directeur général du "
            "groupe."
        )
        found = _people(body)
        assert ("Stellantis", "Jean Dufresne", "chair", "fact") in found
        assert ("Stellantis", "Paul Marchal", "CEO", "fact") in found
        assert not any(company == "Valeo" for company, *_ in found)

    def test_a_current_boss_title_still_names_his_company(self) -> None:
        # near miss: no "ex-", the title is held and names where he is appointed
        body = "Le patron de Valeo, Jean Dufresne, a été nommé président du conseil de Valeo."
        assert ("Valeo", "Jean Dufresne", "chair", "fact") in _people(body)


class TestRecalledArrival:
    def test_since_the_arrival_of_a_boss_is_a_tenure(self) -> None:
        body = (
            "L'Etat veut un industriel chez Renault. Depuis l'arrivée de Marc Dutoit à la tête d'Air France, le "
            "gouvernement a changé d'avis sur les profils à recruter."
        )
        assert not any(person == "Marc Dutoit" for _, person, *_ in _people(body))

    def test_an_announced_arrival_is_news(self) -> None:
        body = "Valeo a annoncé mardi l'arrivée de Marc Dutoit à la tête du groupe."
        assert ("Valeo", "Marc Dutoit", "CEO", "fact") in _people(body)


class TestHeadlineParticiple:
    def test_named_in_a_title_case_headline_is_nobody(self) -> None:
        title = "New Chief Named For 'A Fresh Start' At Valeo, Company Says"
        body = "Jane Roe, Valeo's current head of lighting, was announced as the company's new CEO."
        people = {person for _, person, *_ in _people(body, title)}
        assert people == {"Jane Roe"}


class TestUnitPostAfterNewcomer:
    def test_replaced_by_someone_at_the_head_of_a_branch(self) -> None:
        body = (
            "Jean Dufresne a quitté mercredi le directoire de Safran. Il sera remplacé par Paul Marchal, membre du "
            "conseil de surveillance, à la tête de la branche Défense du groupe."
        )
        assert not any(person == "Paul Marchal" for _, person, *_ in _people(body))

    def test_replaced_by_someone_with_no_unit_post(self) -> None:
        body = (
            "Jean Dufresne a quitté la direction générale de Safran. Il sera remplacé par Paul Marchal, membre du "
            "conseil de surveillance."
        )
        assert ("Safran", "Paul Marchal", "CEO", "plan") in _people(body)


class TestFounderIsNoPost:
    def test_the_successor_of_a_founder_and_ceo_takes_the_ceo_post_only(self) -> None:
        body = (
            "Le co-fondateur et directeur général de Valmora, Jean Dufresne, a démissionné mercredi et a été "
            "remplacé par Paul Marchal."
        )
        changes = _changes(body, "Jean Dufresne quitte Valmora, Paul Marchal prend la tête de Valmora")
        assert {(e.person, e.role, e.previous_person) for e in changes} == {("Paul Marchal", "CEO", "Jean Dufresne")}


class TestReportCalledFalse:
    def test_french_report_called_pure_rumour_is_denied(self) -> None:
        body = (
            "Les informations selon lesquelles le patron de Valmora Jean Dufresne serait pressenti pour remplacer "
            'Paul Marchal à la tête de Corbel sont "de pures rumeurs", a affirmé le ministère.'
        )
        assert _people(body) == {("Corbel", "Jean Dufresne", "CEO", "denied")}

    def test_english_report_called_false_is_denied(self) -> None:
        body = "Press reports that Valmora chief Jane Roe would replace John Doe as CEO of Corbel are false, it said."
        assert _people(body) == {("Corbel", "Jane Roe", "CEO", "denied")}

    def test_a_report_not_called_false_stays_a_rumour(self) -> None:
        body = (
            "Selon les informations du Parisien, Jean Dufresne serait pressenti pour remplacer Paul Marchal à la tête "
            "de Corbel."
        )
        assert _people(body) == {("Corbel", "Jean Dufresne", "CEO", "rumor")}


class TestTitledHandOver:
    def test_a_title_subject_hands_over_to_a_named_deputy(self) -> None:
        body = (
            "Autre départ attendu cette année : Jean Dufresne. Le PDG de Valeo, 64 ans, cédera sa place à son numéro 2 "
            "Paul Marchal le 1er juillet."
        )
        assert ("Valeo", "Paul Marchal", "CEO", "plan") in _people(body)

    def test_a_title_with_no_company_hands_over_nothing(self) -> None:
        # near miss: "le directeur général" names no company, so no change is placed anywhere
        assert _people("Le directeur général cède son fauteuil à Paul Marchal.") == set()


class TestWishToName:
    def test_a_wish_to_name_someone_is_a_plan(self) -> None:
        body = "A terme, le financier souhaite nommer Jean Dufresne patron du groupe Valeo."
        assert _people(body) == {("Valeo", "Jean Dufresne", "CEO", "plan")}


class TestBoardLed:
    def test_leading_the_board_is_chairing_it(self) -> None:
        body = (
            "Jean Dufresne a quitté la direction générale de Valeo mercredi. Il dirigera désormais le conseil "
            "d'administration."
        )
        found = _people(body)
        assert ("Valeo", "Jean Dufresne", "chair", "plan") in found
        assert not any(person == "Jean Dufresne" and role == "CEO" for _, person, role, _ in found)


class TestAideIsNoLeader:
    def test_french_adviser_to_the_chair_is_no_chair(self) -> None:
        body = (
            "Valeo remanie sa direction. Le directeur financier Paul Marchal quitte ses fonctions et devient "
            "conseiller du président."
        )
        assert _people(body) == {("Valeo", None, "CFO", "fact")}

    def test_english_adviser_to_the_chairman_is_no_chair(self) -> None:
        body = (
            "Valeo reshuffled its management. Finance chief Paul Marsh is stepping down and becomes an adviser to the "
            "chairman."
        )
        assert not any(role == "chair" for _, _, role, _ in _people(body))

    def test_becoming_chair_is_still_read(self) -> None:
        body = "Valeo remanie sa direction. Paul Marchal devient président du conseil."
        assert ("Valeo", "Paul Marchal", "chair", "fact") in _people(body)


class TestKinIsNotAppointed:
    def test_the_father_named_in_a_dash_aside_is_not_the_appointee(self) -> None:
        body = (
            "Valeo remanie sa direction. Le conseil a nommé Félicie Dufresne, 40 ans -fille de Laurent Dufresne- au "
            "poste de directrice générale déléguée."
        )
        assert _people(body) == {("Valeo", "Félicie Dufresne", "deputy CEO", "fact")}

    def test_the_founder_named_as_a_father_is_not_the_appointee(self) -> None:
        body = "Valeo reshuffled. The board named Mary Roe, the daughter of founder John Roe, as deputy CEO."
        assert {person for _, person, _, _ in _people(body)} == {"Mary Roe"}


class TestPostLeftTo:
    def test_leaving_the_ceo_function_to_a_newcomer_is_a_hand_over(self) -> None:
        body = (
            "Valeo remanie sa direction. Jean Dufresne laissera la fonction de directeur général à Paul Marchal au "
            "1er janvier."
        )
        assert ("Valeo", "Paul Marchal", "CEO", "plan") in _people(body)

    def test_leaving_a_choice_to_customers_is_nothing(self) -> None:
        assert _people("Valeo laisse le choix à ses clients, a indiqué Jean Dufresne.") == set()


class TestPromoting:
    def test_promoting_someone_to_cfo_is_a_naming(self) -> None:
        body = (
            "Valeo reshuffled its team. The changes included promoting Jane Roe to executive vice president and chief "
            "financial officer at Valeo."
        )
        assert ("Valeo", "Jane Roe", "CFO", "fact") in _people(body)

    def test_promoting_a_product_is_nothing(self) -> None:
        assert _people("Valeo is promoting its new electric range in China, John Doe said.") == set()


class TestUnitSubject:
    def test_a_joint_venture_naming_a_ceo_is_not_its_owner_naming_one(self) -> None:
        body = "Valeo reported higher sales. Its joint venture with Orvane named Jane Roe as chief executive."
        assert _people(body) == set()

    def test_a_french_subsidiary_naming_a_ceo_is_not_its_owner_naming_one(self) -> None:
        body = "Valeo a publié ses ventes. Sa filiale allemande a nommé Jean Dufresne directeur général."
        assert _people(body) == set()

    def test_a_subsidiary_with_its_own_name_is_a_company(self) -> None:
        body = "Valeo's subsidiary Orvane named Jane Roe chief executive on Monday."
        assert _people(body) == {("Orvane", "Jane Roe", "CEO", "fact")}


class TestPurposeGivesTheTitle:
    def test_poached_finance_chief_to_be_ceo(self) -> None:
        body = "Orvane poached Valeo's finance chief Jane Roe to be its chief executive."
        assert ("Orvane", "Jane Roe", "CEO", "fact") in _people(body)


class TestRoundupParagraph:
    def test_a_pronoun_succession_stays_with_its_paragraph_company(self) -> None:
        body = (
            "Market roundup.\n\nOrvane Inc. announced the appointment of Jane Roe as CFO on May 23. She will succeed "
            "John Doe.\n\nValeo Corp. announced a deal to buy a rival. Valeo said it would pay cash. Valeo shares rose."
        )
        assert {company for company, *_ in _people(body)} == {"Orvane"}

    def test_a_newcomers_origin_in_the_story_paragraph_is_not_the_company(self) -> None:
        body = (
            "Valeo named Jane Roe chief executive on Monday. Roe joins from Orvane, where she ran the European "
            "business. She will succeed John Doe, who retires. Valeo shares rose."
        )
        assert {company for company, *_ in _people(body)} == {"Valeo"}


class TestEffectiveDayWithoutYear:
    @staticmethod
    def _dated(body: str, published: datetime) -> set[tuple[str | None, str, date | None]]:
        item = NewsItem(id="t", url="https://example.test/t", title="", body=body, published_at=published)
        return {(e.person, e.modality, e.effective_date) for e in extract(item).events if e.type == "leadership_change"}

    def test_a_later_weekday_and_month_make_a_plan(self) -> None:
        body = "Valeo news today. Valeo named Jane Roe as chief executive, effective as of Monday, April 6."
        assert self._dated(body, datetime(2020, 1, 31, tzinfo=UTC)) == {("Jane Roe", "plan", date(2020, 4, 6))}

    def test_january_in_a_december_release_is_next_year(self) -> None:
        body = "Valeo news today. Valeo named Jane Roe as chief executive, effective January 1."
        assert self._dated(body, datetime(2019, 12, 20, tzinfo=UTC)) == {("Jane Roe", "plan", date(2020, 1, 1))}

    def test_an_earlier_day_stays_a_fact(self) -> None:
        body = "Valeo news today. Valeo named Jane Roe as chief executive, effective January 6."
        assert self._dated(body, datetime(2020, 1, 31, tzinfo=UTC)) == {("Jane Roe", "fact", date(2020, 1, 6))}

    def test_french_from_the_first_of_july(self) -> None:
        body = (
            "L'équipementier Valeo a annoncé mardi un changement de direction. Le conseil d'administration a nommé "
            "Jean Dufresne directeur général du groupe à compter du 1er juillet."
        )
        assert self._dated(body, datetime(2020, 1, 10, tzinfo=UTC)) == {("Jean Dufresne", "plan", date(2020, 7, 1))}


class TestBoardMemberAffiliation:
    def test_a_board_member_of_another_firm_is_named_by_the_announcer(self) -> None:
        body = (
            "Valeo shares rose on Tuesday. Valeo said sales grew. Valeo expects more orders. Renault said current "
            "Danone board member Jane Roe was named CEO."
        )
        assert {company for company, *_ in _people(body)} == {"Renault"}

    def test_the_board_member_goes_to_the_story_that_names_her(self) -> None:
        body = "Renault named a new boss on Monday. Current Danone board member Jane Roe was named CEO. Renault rose."
        assert ("Renault", "Jane Roe", "CEO", "fact") in _people(body)
        assert not any(company == "Danone" for company, *_ in _people(body))

    def test_a_board_that_names_still_gives_its_company(self) -> None:
        # near miss: the board is the subject that names, not a member's description
        assert ("Danone", "Jane Roe", "CEO", "fact") in _people("The Danone board named Jane Roe CEO.")


def _successions(body: str) -> set[tuple[str | None, str | None, str | None, str | None]]:
    """(company, person, role, previous person) of every leadership change."""
    return {(e.subject.name if e.subject else None, e.person, e.role, e.previous_person) for e in _changes(body)}


class TestTradeBodyElection:
    def test_a_ceo_elected_to_head_a_federation_succeeds_nobody_at_his_firm(self) -> None:
        body = (
            "Le patron de Valeo, Jean Dufresne, a été élu président de la Fédération française des équipementiers. "
            "Il succède à Paul Marchal. Valeo emploie 2000 salariés."
        )
        assert not any(previous == "Paul Marchal" for *_, previous in _successions(body))

    def test_the_election_itself_is_not_a_chair_at_his_firm(self) -> None:
        body = (
            "Jean Dufresne, directeur général de Valeo, vient d'être élu président de la FNTX, la Fédération des "
            "transporteurs. Il succède à Paul Marchal."
        )
        assert not any(company == "Valeo" for company, *_ in _successions(body))

    def test_a_succession_at_the_firm_still_counts(self) -> None:
        body = "Valeo a nommé mardi Jean Dufresne directeur général du groupe. Il succède à Paul Marchal."
        assert ("Valeo", "Jean Dufresne", "CEO", "Paul Marchal") in _successions(body)


class TestTimeInsideTakingThePost:
    def test_a_month_between_the_verb_and_the_post(self) -> None:
        body = "Jean Dufresne prendra en septembre la tête de Valeo, a annoncé le groupe mardi."
        assert ("Valeo", "Jean Dufresne", "CEO", "plan") in _people(body)

    def test_next_january(self) -> None:
        body = "Jean Dufresne prendra début janvier prochain la tête de Valeo."
        assert ("Valeo", "Jean Dufresne", "CEO", "plan") in _people(body)

    def test_a_month_with_no_post_taken_is_nothing(self) -> None:
        # near miss: « prendra en septembre ses fonctions » names no post at a company
        assert not _people("Jean Dufresne prendra en septembre la tête du peloton du Tour de France.")
