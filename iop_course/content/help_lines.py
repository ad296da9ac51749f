"""The crisis lines and helplines, one list for every place that shows them.

The app's Get help now dialog, the recovery plan and every printed handout show these same words,
so a number is changed in one place. They must be exact. On the date in ``CHECKED_ON`` they were
checked at these public sources, and whoever changes them checks them again there and updates that
date:
- 988 Suicide & Crisis Lifeline (988lifeline.org, "what to expect"): call or text 988, chat at
  988lifeline.org; Spanish by calling 988 and pressing 2, or by texting AYUDA to 988; veterans by
  calling 988 and pressing 1. 988 also answers for substance use crises.
- The Veterans Crisis Line (veteranscrisisline.net): dial 988 then press 1, or text 838255; for
  veterans, service members and the people who care about them.
- SAMHSA's National Helpline page (samhsa.gov/find-help/national-helpline): 1-800-662-4357,
  TTY 1-800-487-4889, free, confidential, 24/7, in English and Spanish.
- The National Domestic Violence Hotline, as the Department of Justice's Office for Victims of
  Crime lists it (ovc.ojp.gov): 1-800-799-7233 (SAFE), or text START to 88788.
- RAINN's National Sexual Assault Hotline (rainn.org): 1-800-656-4673 (HOPE), 24/7.
- The Childhelp National Child Abuse Hotline (childhelphotline.org): call or text 1-800-422-4453,
  24/7; it gives advice and support, and says how to report, but is not itself a reporting line.
- Poison Help (HRSA, poisonhelp.hrsa.gov): 1-800-222-1222; call 911 if someone is unconscious
  or has trouble breathing. Naloxone is on the list because the FDA's Narcan label is for adults
  and children alike.

Every one of these is a U.S. number, and ``WHERE`` says so wherever they are shown. The Spanish
instruction is written in Spanish, for the person who reads Spanish better than English.

The lines are kept in English here; ``help_lines()``, ``where()`` and ``checked_on()`` give them
in the learner's language (the Spanish is in the catalog, iop_course/locale; its 988 line says
how to reach the Spanish service, and a test checks every number is the same in both).
"""

from __future__ import annotations

from iop_course.i18n import N_, _

CHECKED_ON = N_("December 7, 2026")
WHERE = N_("These are U.S. numbers.")
HELP_LINES: tuple[tuple[str, str], ...] = (
    (
        N_("In crisis, or thinking of hurting yourself"),
        N_(
            "Call or text 988, the 988 Suicide & Crisis Lifeline, also for substance use crises. "
            "Free, 24/7. Chat at 988lifeline.org. En español: llame al 988 y marque 2, o envíe "
            "AYUDA al 988."
        ),
    ),
    (
        N_("Veterans and service members"),
        N_("Call 988, then press 1, or text 838255: the Veterans Crisis Line. Free, 24/7."),
    ),
    (
        N_("In an emergency, or if someone may be overdosing"),
        N_("Call 911. If you have naloxone (Narcan), give it, and stay with the person."),
    ),
    (
        N_("For treatment, support or information"),
        N_(
            "SAMHSA National Helpline: 1-800-662-4357 (TTY: 1-800-487-4889). Free, confidential, "
            "24/7, in English and Spanish. Find a program: FindTreatment.gov."
        ),
    ),
    (
        N_("If someone at home hurts or scares you"),
        N_("National Domestic Violence Hotline: 1-800-799-7233, or text START to 88788. 24/7."),
    ),
    (
        N_("After a sexual assault"),
        N_("National Sexual Assault Hotline: 1-800-656-4673. 24/7."),
    ),
    (
        N_("If a child is being hurt or neglected"),
        N_("Childhelp National Child Abuse Hotline: call or text 1-800-422-4453. 24/7."),
    ),
    (
        N_("If a child or anyone swallowed medicine or a poison"),
        N_(
            "Poison Control: 1-800-222-1222. If they are hard to wake or breathe slowly, call 911 "
            "and give naloxone (Narcan) if you have it."
        ),
    ),
)


def help_lines() -> tuple[tuple[str, str], ...]:
    """Each line's heading and text in the learner's language: the same lines and numbers."""
    return tuple((_(heading), _(text)) for heading, text in HELP_LINES)


def where() -> str:
    """That these are U.S. numbers, in the learner's language."""
    return _(WHERE)


def checked_on() -> str:
    """The day the numbers were last checked, written the learner's way."""
    return _(CHECKED_ON)
