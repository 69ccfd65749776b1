"""Workshops: agendas read from TOML and the slides built from them."""
