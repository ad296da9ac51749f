"""The crisis lines and helplines, one list for every place that shows them.

The app's Get help now dialog and every printed handout show these same words, so a number is
changed in one place. They must be exact. On the date in ``CHECKED_ON`` they were checked at
these public sources, and whoever changes them checks them again there and updates that date:
- 988 Suicide & Crisis Lifeline (988lifeline.org, "what to expect"): call or text 988, chat at
  988lifeline.org; Spanish by calling 988 and pressing 2, or by texting AYUDA to 988. 988 also
  answers for substance use crises.
- SAMHSA's National Helpline page (samhsa.gov/find-help/national-helpline): 1-800-662-4357,
  TTY 1-800-487-4889, free, confidential, 24/7, in English and Spanish.
- The National Domestic Violence Hotline, as the Department of Justice's Office for Victims of
  Crime lists it (ovc.ojp.gov): 1-800-799-7233 (SAFE), or text START to 88788.
- Poison Help (HRSA, poisonhelp.hrsa.gov): 1-800-222-1222; call 911 if someone is unconscious
  or has trouble breathing.
"""

from __future__ import annotations

CHECKED_ON = "November 29, 2026"
HELP_LINES: tuple[tuple[str, str], ...] = (
    (
        "In crisis, or thinking of hurting yourself",
        "Call or text 988: the 988 Suicide & Crisis Lifeline, also for substance use crises. "
        "Free, 24/7. Chat at 988lifeline.org. En español: call 988 and press 2, or text AYUDA "
        "to 988.",
    ),
    (
        "In an emergency, or if someone may be overdosing",
        "Call 911. If you have naloxone (Narcan), give it, and stay with the person.",
    ),
    (
        "For treatment, support or information",
        "SAMHSA National Helpline: 1-800-662-4357 (TTY: 1-800-487-4889). Free, confidential, "
        "24/7, in English and Spanish (en español). Find a program: FindTreatment.gov.",
    ),
    (
        "If someone at home hurts or scares you",
        "National Domestic Violence Hotline: 1-800-799-7233, or text START to 88788. 24/7.",
    ),
    (
        "If a child or anyone swallowed medicine or a poison",
        "Poison Control: 1-800-222-1222. If they are hard to wake or breathe slowly, call 911.",
    ),
)
