"""The words every view says the same way."""
