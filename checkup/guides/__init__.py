"""The guides: their model, the reader that checks them, the regions and the dated rules that
decide what applies where. Knows nothing of profiles, sessions or views."""
