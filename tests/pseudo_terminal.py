"""Running `checkup` with a real pseudo-terminal as its input and output, as in a person's
terminal window: it can tell it is in a terminal, how big, and whether colour is allowed."""

from __future__ import annotations

import fcntl
import os
import pty
import struct
import subprocess
import sys
import termios


def in_terminal(args: list[str], env: dict[str, str], columns: int = 80, rows: int = 24,
                typed: bytes = b"") -> str:
    """Everything `checkup ARGS` writes to a terminal of that size; `typed` is what a person
    types (the terminal holds it until it is read). The command must exit with status 0."""
    proc, main = _started([sys.executable, "-m", "checkup", *args], env, columns, rows)
    os.write(main, typed)
    chunks = []
    while True:
        try:
            data = os.read(main, 65536)
        except OSError:  # the other end closed: the command has finished
            break
        if not data:
            break
        chunks.append(data)
    os.close(main)
    assert proc.wait(timeout=60) == 0
    return b"".join(chunks).decode()


def until_shown(program: list[str], env: dict[str, str], shown: str, then: bytes,
                columns: int = 80, rows: int = 24, cwd: str | None = None) -> str:
    """Everything a full-screen `program` writes to a terminal of that size: once `shown` is on
    the screen, a person types `then` (q, to quit). It must exit with status 0."""
    import select
    import time

    proc, main = _started(program, env, columns, rows, cwd)
    output, typed, deadline = b"", False, time.monotonic() + 60
    while time.monotonic() < deadline:
        ready, _, _ = select.select([main], [], [], 0.5)
        if ready:
            try:
                data = os.read(main, 65536)
            except OSError:  # the other end closed: the program has finished
                break
            if not data:
                break
            output += data
        if not typed and shown.encode() in output:
            os.write(main, then)
            typed = True
    os.close(main)
    if proc.poll() is None:
        proc.kill()
    assert typed, f"{shown!r} never appeared: {output[-2000:]!r}"
    assert proc.wait(timeout=60) == 0
    return output.decode(errors="replace")


def _started(program: list[str], env: dict[str, str], columns: int, rows: int,
             cwd: str | None = None) -> tuple[subprocess.Popen, int]:
    """`program` running in a new terminal of that size, its size and colour taken from the
    terminal, not from this process's environment; and the terminal's end to read and type on."""
    main, secondary = pty.openpty()
    fcntl.ioctl(secondary, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
    clean = {k: v for k, v in os.environ.items()
             if k not in ("COLUMNS", "LINES", "NO_COLOR", "COLORTERM", "TEXTUAL_THEME")}
    proc = subprocess.Popen(program, stdin=secondary, stdout=secondary, stderr=secondary,
                            cwd=cwd, env={**clean, "TERM": "xterm-256color", **env})
    os.close(secondary)
    return proc, main
