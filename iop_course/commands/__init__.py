"""The work behind each ``iop-course`` command, one module per command."""
