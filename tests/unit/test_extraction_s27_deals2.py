"""Session 27 (deals2): a partnership whose subject is a description or a pronoun for a company named before.

Counting the tune sets' missed events, a party that its fact's sentence names only as "the company", "the group",
"it", « le groupe »... is common, but most readers already resolve it (raises, customer ends and starts, deals). A
partnership told by a verb phrase and its noun did not: "The company also announced an equal-share partnership with
Y" (the description more than two words before the cue) or "It signed a partnership agreement with Y" (a joint cue
with no company before it). The subject is now the company the shared resolver (`rules._anaphor_company`) gives: the
speaker, else the subject of the sentence before, of the right trade. Sentences are invented, with a near miss.
"""

from __future__ import annotations

from tests.unit.extraction_helpers import extract_body


def partnerships(body: str) -> set[tuple[str, str, str]]:
    """(subject, partner, modality) of every partnership ``body`` tells, names as read."""
    return {
        (e.subject.name if e.subject else "", e.object.name if e.object else "", e.modality)
        for e in extract_body(body).events
        if e.type == "partnership"
    }


def test_a_description_opening_the_clause_far_before_the_partnership_noun() -> None:
    body = (
        "Bega Cheese reported a weaker half on Monday. "
        "The company also announced an equal share partnership with Blackmores to make infant formula."
    )
    assert ("Bega Cheese", "Blackmores", "fact") in partnerships(body)


def test_a_pronoun_before_a_joint_cue() -> None:
    body = "Bega Cheese reported a weaker half on Monday. It signed a partnership agreement with Blackmores on Friday."
    assert partnerships(body) == {("Bega Cheese", "Blackmores", "fact")}


def test_a_planned_joint_venture_keeps_its_modality() -> None:
    body = (
        "Ecarx raised $200 million in February. "
        "The company plans to establish a joint venture with Volvo Cars to build in-car software."
    )
    assert ("Ecarx", "Volvo Cars", "plan") in partnerships(body)


def test_a_company_named_in_the_clause_before_the_cue_stays_the_subject() -> None:
    # Near miss: the clause names its own subject between the description and the cue; the description's company
    # (Bega Cheese, the speaker) is no partner.
    body = (
        "Bega Cheese reported a weaker half on Monday. "
        "The company said its rival Fonterra had announced a partnership with Blackmores."
    )
    assert partnerships(body) == {("Fonterra", "Blackmores", "fact")}


def test_an_unnamed_speaker_gives_no_subject() -> None:
    # Near miss: "the company" after a speech verb whose speaker is no company ("Analysts said") is not guessed.
    body = "Bega Cheese reported a weaker half on Monday. Analysts said the company had no partnership with Blackmores."
    assert partnerships(body) == set()
