"""Small tools every layer may use: errors, paths, the terminal, safe text and files read safely."""
