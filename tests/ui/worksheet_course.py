"""A small course with worksheets in two lessons, for the worksheet and recovery plan tests."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.ui.conftest import FIXTURE_COURSE

SIGNS_LESSON = "01-first-steps/03-signs"
PEOPLE_LESSON = "01-first-steps/04-people"
FILLER = "\n".join(f"Line {number} of text that fills the page." for number in range(1, 31))

SIGNS = f"""---
title: My warning signs
summary: Notice the early signs.
---
The first page.

::: worksheet
Write in your own words.

? my-signs (plan: warning-signs)
What do you notice when you start to slide?

? my-reasons (plan: reasons)
Why does recovery matter to you?
:::

## A long page

{FILLER}

::: worksheet
? my-steps (plan: instead)
What will you do instead?
:::

The end of the long page.

## Last page

The last words.
"""

PEOPLE = """---
title: My people
summary: Who to call.
---
The first page.

::: worksheet
? my-people (plan: people)
Who can you call? Write a name and a number.

? my-safety (plan: safety)
Where is your naloxone, and who knows where it is?

? my-slip (plan: if-i-slip)
If I slip, who will I call first?
:::

## A hard night

::: worksheet
? night-signs (plan: hard-nights)
Step 1. My warning signs.

? night-people (plan: hard-nights)
Step 4. People I can ask for help.
:::
"""


def worksheet_course(tmp_path: Path) -> Path:
    """The fixture course plus two lessons with worksheets."""
    root = tmp_path / "course"
    shutil.copytree(FIXTURE_COURSE, root)
    module = root / "lessons" / "01-first-steps"
    (module / "03-signs.md").write_text(SIGNS, "utf-8")
    (module / "04-people.md").write_text(PEOPLE, "utf-8")
    return root
