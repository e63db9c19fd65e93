"""Session 28 (lead): a present holder of a post is no newcomer.

Written in the project's own words, with invented firms. A title that only describes its holder in the change's own
sentence ("Tom Ardley, Brenvick's chairman and chief executive, will lead the enlarged group") gives nobody that post
anew, and the titled speaker of a change ("Brenvick chairman Hugh Pell said: ...") is not the one appointed. The
near misses keep firing: a newcomer described by another post, by a new title, or given a second title of the kind.
"""

from __future__ import annotations

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
