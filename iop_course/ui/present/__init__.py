"""Present mode's screens: a lesson projected to a group, one slide at a time, nothing personal."""
