"""Where the learner was when the course closed, kept as a setting both front ends share.

The full-screen app reopens a lesson or quiz only when the learner closed it there ("lesson" or
"quiz"); after a quiz's result or on the list of lessons it is "home". Plain mode writes the same
setting, so either front end picks up where the other stopped.
"""

from __future__ import annotations

WHERE_SETTING = "screen"
HOME = "home"
LESSON = "lesson"
QUIZ = "quiz"
