"""The course content: plain data, the parsers that make it from Markdown, and the checker.

Nothing here imports Textual, so the checker and the tests run without a terminal.
"""
