"""The Textual user interface: screens, dialogs and widgets.

They talk only to the content and store layers, never to files or Markdown directly.
"""
