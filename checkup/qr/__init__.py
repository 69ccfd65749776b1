"""QR codes: made once, drawn for a terminal, an SVG or a printed page."""
