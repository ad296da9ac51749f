"""IOP Course: a terminal course that supports intensive outpatient treatment for substance use."""

__version__ = "0.1.0"
