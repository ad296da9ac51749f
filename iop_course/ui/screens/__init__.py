"""Full screens: the course list, a lesson, a quiz and the content problems list."""
