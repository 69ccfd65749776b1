"""The smallest window the wizard is laid out for: the app watches for it, the too-small dialog
says it. Its own module, so the app need not import the dialog before it is needed."""

MIN_COLUMNS, MIN_ROWS = 60, 20
