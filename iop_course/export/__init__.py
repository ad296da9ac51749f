"""Printable, self-contained HTML made from the course: handouts now, the learner's plan later.

Headless like ``content`` and ``store``: it never imports Textual, so exports work from the
command line, in tests and on a machine with no terminal UI.
"""
