"""Shown in a browser by textual-serve (`textual serve "checkup"`), checkup is the full-screen
wizard: the host runs it with pipes for its input and output and names Textual's web driver in
TEXTUAL_DRIVER, and that is not a reason for plain mode."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

from checkup.cli.wizard import why_plain
from checkup.support.terminal import served_to_a_browser

# What textual-serve's AppService puts in the environment of the app it starts.
SERVED = {
    "TEXTUAL_DRIVER": "textual.drivers.web_driver:WebDriver",
    "TEXTUAL_FPS": "60",
    "TEXTUAL_COLOR_SYSTEM": "truecolor",
    "TERM_PROGRAM": "textual",
    "COLUMNS": "80",
    "ROWS": "24",
}


class _Pipe:
    def isatty(self) -> bool:
        return False


def test_a_browser_host_is_not_a_reason_for_plain_mode() -> None:
    assert served_to_a_browser(SERVED)
    assert why_plain(_Pipe(), _Pipe(), SERVED) is None
    assert why_plain(_Pipe(), _Pipe(), {**SERVED, "TERM": "dumb"}) is None
    # without the host, pipes still mean plain mode
    assert not served_to_a_browser({"TERM_PROGRAM": "textual"})
    assert why_plain(_Pipe(), _Pipe(), {"TERM": "xterm"}) == "the input is not a terminal"


def _packet(kind: bytes, payload: bytes) -> bytes:
    return kind + len(payload).to_bytes(4, "big") + payload


def _read_screen(stdout, until: bytes, seen: list[bytes], done: threading.Event) -> None:
    """Read the web driver's stream as textual-serve does: a line that says a Textual app is
    talking, then packets of a type byte, a 4-byte length and the bytes."""
    prelude = b""
    for _ in range(10):
        line = stdout.readline()
        prelude += line
        if line in (b"", b"__GANGLION__\n"):
            break
    seen.append(prelude)
    if not prelude.endswith(b"__GANGLION__\n"):
        done.set()
        return
    screen = b""
    while not done.is_set():
        kind, size = stdout.read(1), stdout.read(4)
        if len(size) < 4:
            break
        payload = stdout.read(int.from_bytes(size, "big"))
        if kind == b"D":
            screen += payload
            if until in screen:
                break
    seen.append(screen)
    done.set()


def test_served_to_a_browser_the_wizard_draws_its_welcome_screen(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "TEXTUAL_THEME")}
    proc = subprocess.Popen([sys.executable, "-m", "checkup"], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env=env | SERVED | {"CHECKUP_HOME": str(tmp_path / "home")})
    seen: list[bytes] = []
    done = threading.Event()
    reader = threading.Thread(target=_read_screen, args=(proc.stdout, b"Welcome", seen, done),
                              daemon=True)
    reader.start()
    try:
        assert done.wait(60), "no screen within a minute"
        assert seen[0].endswith(b"__GANGLION__\n"), seen[0][-300:]
        screen = seen[1]
        assert b"Welcome" in screen and b"\x1b[" in screen  # drawn, full screen, with escapes
        # the browser's tab is closed: the host asks the app to quit
        proc.stdin.write(_packet(b"M", json.dumps({"type": "quit"}).encode()))
        proc.stdin.flush()
        assert proc.wait(timeout=60) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    stderr = proc.stderr.read().decode()
    assert "plain mode" not in stderr
