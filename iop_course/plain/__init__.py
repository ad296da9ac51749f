"""Plain mode (``iop-course --plain``): the learner's course as plain lines, for a screen reader,
a braille display, a basic console or an ssh session.

Nothing but text in reading order: no alternate screen, colour, box drawing or cursor movement,
each line printed once. It reads commands one line at a time from standard input, and uses the
same progress store and lock as the full-screen app. No Textual, and no Rich.
"""
