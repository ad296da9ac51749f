"""Writing files safely and privately, for every part of the app that keeps a file.

The progress store, present mode's beacon and settings all replace files the same crash-safe way.
This package sits below all of them and needs nothing but the standard library, so present mode
can write its files without loading the progress store (and TinyDB).
"""
