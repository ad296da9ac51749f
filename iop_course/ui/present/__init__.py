"""Present mode's screens and widgets: a lesson projected to a group one slide at a time with
nothing personal, and the presenter's notes for the facilitator's eyes only."""
