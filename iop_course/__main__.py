"""Lets ``python -m iop_course`` work like the ``iop-course`` command."""

import sys

from iop_course.cli import main

sys.exit(main())
