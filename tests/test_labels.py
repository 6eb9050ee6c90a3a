"""Level names as real partnerships print them unify to one key per level."""

from __future__ import annotations

import pytest

from analyser import labels


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Level 2: Early Help", "2"),
        ("LEVEL TWO:", "2"),
        ("Level Two – Early Help", "2"),
        ("2 Early Help", "2"),
        ("Early Help (Level 2)", "2"),
        ("3. Level 2 – Early Help: Children with Additional Needs who Require a Coordinated Response", "2"),
        ("Tier 3b – Targeted", "3b"),
        ("Level 1/2 Early Help", "1/2"),
        ("Statutory Intervention (Level 4)", "4"),
        ("Universal Plus", "universal plus"),
        ("Complex multiple needs", "complex needs"),
        ("Getting Risk Support", "getting risk support"),
        ("Emerging Needs – Getting Advice", "emerging needs"),
        ("Amber", "amber"),
        ("RED BAND", "red"),
    ],
)
def test_label_variants_unify(text, key):
    parsed = labels.parse(text)
    assert parsed is not None, text
    assert parsed.key == key


@pytest.mark.parametrize(
    "text",
    [
        "Levels of need",
        "How to get help at Level 2",
        "Health and wellbeing",
        "Section 47 enquiries",
        "Making a referral to the Front Door",
        "Parents and carers at Level 3 should be told about the referral and why it is being made, in all but the most serious cases of harm",
    ],
)
def test_text_that_only_talks_about_levels_is_not_a_level(text):
    assert labels.parse(text) is None


def test_child_in_need_of_is_not_child_in_need():
    """One partnership names every level "Child in need of ...": the words must not map it to C."""
    parsed = labels.parse("Child in need of universal support")
    assert parsed is None or parsed.key != "child in need"


def test_sub_levels_order_between_their_neighbours():
    hints = [labels.parse(t).order_hint for t in ("Level 2", "Level 2a", "Level 2b", "Level 3")]
    assert hints == sorted(hints) and len(set(hints)) == 4
