"""What the progress screen shows, worked out without any UI: counts, best and last scores, and
the characters of its small charts. Pure Python, so it is tested on its own and never imports
Textual (tests/content/test_no_textual.py proves it)."""
