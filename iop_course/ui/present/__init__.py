"""Present mode's screens and widgets: the presenter's notes, for the facilitator's eyes only."""
