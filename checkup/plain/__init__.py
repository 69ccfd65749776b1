"""Plain mode: the checkup asked line by line, for screen readers and scripts."""
