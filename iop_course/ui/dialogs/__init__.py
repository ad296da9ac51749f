"""Modal dialogs, one per module: welcome, get help now, how to use, notices."""
