"""Session 28 (lead): a present holder of a post is no newcomer; a change's company is a firm.

Written in the project's own words, with invented firms. A title that only describes its holder in the change's own
sentence ("Tom Ardley, Brenvick's chairman and chief executive, will lead the enlarged group") gives nobody that post
anew, and the titled speaker of a change ("Brenvick chairman Hugh Pell said: ...") is not the one appointed. The
near misses keep firing: a newcomer described by another post, by a new title, or given a second title of the kind.
The company of a change is never a person's name nor a word of one; a title scoped to a unit is another post.
"""

from __future__ import annotations

from streams.extraction.article import Article
from streams.extraction.candidate import Candidate
from streams.extraction.knowledge_base import load_knowledge_base
from streams.extraction.leadership_guard import without_false_leaders
from streams.extraction.mentions import CompanyMention
from tests.unit.extraction_helpers import extract_body


def _people(body: str) -> set[tuple[str | None, str | None, str | None]]:
    """(company, person, role) of every leadership change read in ``body``."""
    return {
        (e.subject.name if e.subject else None, e.person, e.role)
        for e in extract_body(body).events
        if e.type == "leadership_change"
    }


class TestPresentHolder:
    def test_holder_described_by_the_same_title_is_no_newcomer(self) -> None:
        body = (
            "Brenvick agreed to buy its rival Harlow Foods for $2 billion. Tom Ardley, Brenvick's chairman and chief "
            "executive, will lead the enlarged group, which keeps its head office in Leeds."
        )
        assert not any(person == "Tom Ardley" for _, person, _ in _people(body))

    def test_titled_speaker_of_an_appointment_is_not_the_appointee(self) -> None:
        body = 'Brenvick chairman Hugh Pell said: "We are glad to appoint Rita as CFO."'
        assert not any(person == "Hugh Pell" for _, person, _ in _people(body))


class TestNearMisses:
    def test_holder_of_another_post_who_becomes_chief_executive(self) -> None:
        body = "Nora Ellis, Brenvick's finance director, will become chief executive in March."
        assert ("Brenvick", "Nora Ellis", "CEO") in _people(body)

    def test_new_title_is_a_change(self) -> None:
        body = "Brenvick's new chief executive, Nora Ellis, will lead the group from March."
        assert ("Brenvick", "Nora Ellis", "CEO") in _people(body)

    def test_second_title_of_the_kind_is_the_one_given(self) -> None:
        body = "Paul Marchand, directeur général, deviendra PDG du groupe Vexor en mai."
        assert ("Vexor", "Paul Marchand", "CEO") in _people(body)

    def test_speaker_the_reported_words_point_back_to(self) -> None:
        body = (
            "Paul Marchand, président du conseil de Vexor, a annoncé le départ du directeur général, Luc Morel, qu'il "
            "remplace par intérim."
        )
        assert ("Vexor", "Paul Marchand", "CEO") in _people(body)


def _kept_with_company(text: str, company: str, person: str) -> bool:
    """Whether the guard keeps a CEO change of ``person`` whose company is the first mention written ``company``."""
    article = Article(text, "en", None, load_knowledge_base())
    start = text.index(company)
    subject = CompanyMention(start, start + len(company), company.casefold().replace(" ", "-"), company, known=False)
    change = Candidate("leadership_change", (0, len(text)), subject=subject, person=person, role="CEO")
    return bool(without_false_leaders(article, [change]))


class TestUnitPost:
    def test_head_of_a_unit_may_become_chief_executive(self) -> None:
        body = (
            "Brenvick said chief executive Ray Odell will step down in June. He will be replaced by Nora Ellis, who is "
            "executive vice president and chief executive for the group's Asian business."
        )
        assert ("Brenvick", "Nora Ellis", "CEO") in _people(body)


class TestCompanyIsAFirm:
    def test_part_of_a_hyphenated_surname_is_no_company(self) -> None:
        body = (
            "Last spring the two groups agreed that Pierre Vantal-Lafarge will serve as chief executive of the merged "
            "company, as well as sitting on its board."
        )
        assert not any(company == "Lafarge" for company, _, _ in _people(body))

    def test_person_the_story_calls_by_surname_is_no_company(self) -> None:
        text = (
            "Brenvick chief executive Ray Odell will be replaced by Kip Lanark in the spring.\n"
            "Lanark, who joined Brenvick as finance director in 2016, said he was proud."
        )
        assert not _kept_with_company(text, "Kip Lanark", "Kip Lanark")

    def test_first_name_of_the_newcomer_is_no_company(self) -> None:
        text = "Brenvick said its operations chief, Tod Harker, will become chief executive in June."
        assert not _kept_with_company(text, "Tod", "Tod Harker")


class TestFirmNearMisses:
    def test_known_firm_named_after_the_title_keeps_its_change(self) -> None:
        body = "Last spring the two groups agreed that Pierre Vantal will serve as chief executive of Lafarge."
        assert ("Lafarge", "Pierre Vantal", "CEO") in _people(body)

    def test_firm_of_two_words_before_a_speech_verb_is_a_firm(self) -> None:
        text = "Harlow Foods said that Kip Lanark will become chief executive in June. Harlow Foods said sales rose."
        assert _kept_with_company(text, "Harlow Foods", "Kip Lanark")

    def test_acronym_before_a_family_name_is_a_firm(self) -> None:
        text = "PSA Peugeot named Kip Lanark chief executive. The family's head, who owns a stake, said Peugeot agreed."
        assert _kept_with_company(text, "PSA", "Kip Lanark")
