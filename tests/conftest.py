"""Settings shared by every test folder.

In CI (``CI`` is set), hypothesis runs the same examples on every run (derandomized), so a
submission lands or fails on its own change, never on a new random draw; on a developer's
machine it keeps exploring new inputs and saves any failure it finds.
"""

from __future__ import annotations

import os

from hypothesis import settings

settings.register_profile("ci", derandomize=True, database=None)
if os.environ.get("CI"):
    settings.load_profile("ci")
