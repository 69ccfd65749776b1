"""Guides as TOML data (installed as checkup.content)."""
