"""The learner's moves through the course, joining the content model and the progress store.

Both ways of taking the course (the full-screen app and plain mode) go through here, so a page
read or a quiz answered in one is where the other picks up. No Textual.
"""
