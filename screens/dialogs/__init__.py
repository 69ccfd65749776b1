"""Dialogs the wizard opens over a screen."""
