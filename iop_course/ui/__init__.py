"""The Textual user interface: screens, dialogs and widgets that talk only to the content and store layers."""
