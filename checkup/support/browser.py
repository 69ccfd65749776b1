"""Opening a link in the person's own web browser, through the standard library's webbrowser:
checkup itself never connects anywhere; the browser does, when the person asks it to."""

from __future__ import annotations

# Browsers webbrowser finds that run in this very terminal: one would fight the wizard for it.
TERMINAL_BROWSERS = frozenset({"www-browser", "links", "elinks", "lynx", "w3m"})


def open_in_browser(url: str) -> bool:
    """Whether a browser took `url`. False when none was found, when the only one is a text
    browser in this terminal, or when starting it failed."""
    import webbrowser  # only when a link is opened, not at every start

    try:
        found = getattr(webbrowser.get(), "name", "")
    except webbrowser.Error:
        found = ""  # webbrowser.open says so itself, by returning False
    if found in TERMINAL_BROWSERS:
        return False
    try:
        return bool(webbrowser.open(url))
    except Exception:  # noqa: BLE001 - whatever stopped the browser, the link was not opened
        return False
