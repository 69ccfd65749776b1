"""Textual screens of the checkup wizard (installed as checkup.screens)."""
