"""checkup: a guided, offline check-up of the settings that let platforms train AI on your data."""

__version__ = "0.1.0"
