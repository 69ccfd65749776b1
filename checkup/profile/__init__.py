"""What a person recorded, and its one writer: locked, atomic, never through a link."""
