"""Present mode's headless parts: what the room sees, named so a notes view can follow it.

Nothing here imports Textual or opens a learner's progress: a facilitator's projector must never
show a learner's data, and the notes view must be able to follow without a network port.
"""
