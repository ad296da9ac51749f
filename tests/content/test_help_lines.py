"""Every number of Get help now, exactly as its public source gives it.

The same list is shown by the Get help now dialog, the recovery plan and every printed handout,
so a wrong digit here would reach every learner. Each number was checked at the source named in
``iop_course.content.help_lines``; a change to one must be checked there again.
"""

from __future__ import annotations

import pytest

from iop_course.content.help_lines import HELP_LINES, WHERE

EVERYTHING = " ".join(f"{heading}: {text}" for heading, text in HELP_LINES)


@pytest.mark.parametrize(
    "fact",
    [
        "Call or text 988",
        "988lifeline.org",
        "En español: llame al 988 y marque 2, o envíe AYUDA al 988.",
        "Call 988, then press 1, or text 838255: the Veterans Crisis Line",
        "Call 911",
        "SAMHSA National Helpline: 1-800-662-4357 (TTY: 1-800-487-4889)",
        "FindTreatment.gov",
        "National Domestic Violence Hotline: 1-800-799-7233, or text START to 88788",
        "National Sexual Assault Hotline: 1-800-656-4673",
        "Childhelp National Child Abuse Hotline: call or text 1-800-422-4453",
        "Poison Control: 1-800-222-1222",
    ],
)
def test_each_help_number_is_exact(fact):
    assert fact in EVERYTHING


def test_the_poison_line_says_to_give_naloxone_as_well_as_call_911():
    poison = next(text for heading, text in HELP_LINES if "poison" in heading)
    assert "call 911" in poison and "naloxone" in poison


def test_the_numbers_are_said_to_be_us_numbers():
    assert "U.S. numbers" in WHERE


def test_the_spanish_instruction_is_written_in_spanish():
    assert "call 988 and press 2" not in EVERYTHING
    assert "llame al 988" in EVERYTHING
