"""Dialogs: each builds a draft, lets a save callback check it, and keeps input on failure."""
