"""Printable checklists made from the guides: one plain-data model (checklist), and a renderer
per format (html, markdown, text) that only decides how it looks and how text is escaped."""
