"""Commands that do not draw a screen must not pay for importing textual, nor need Pillow;
commands that only read must not pay for the TOML writer or the platform-folder lookup either."""

from __future__ import annotations

import subprocess
import sys

import pytest

# Pillow is blocked (None in sys.modules makes `import PIL` fail) to prove no command needs it:
# it is a test dependency only, and qrcode imports it merely when it happens to be installed.
PROBE = """
import sys
sys.modules["PIL"] = None
from checkup.cli.main import main
try:
    main({args!r})
except SystemExit:
    pass
heavy = sorted(m for m in ("textual", "qrcode", "tomli_w", "PIL", "platformdirs", "babel")
               if sys.modules.get(m))
print("HEAVY=" + ",".join(heavy))
"""

QR_TOP_ROW = "\u2588\u2588\u2588\u2588 \u2584\u2584\u2584\u2584\u2584 "


@pytest.mark.parametrize(
    ("args", "heavy", "shows"),
    [(["list"], "", "linkedin"), (["show", "linkedin", "--region", "DE"], "", "Germany"),
     (["show", "linkedin", "--region", "Deutschland"], "", "Germany"),
     (["show", "linkedin", "--json"], "", '"guide"'), (["validate"], "", "ok:"),
     (["--version"], "", "checkup"), (["--help"], "", "usage"),
     (["qr", "linkedin"], "qrcode", QR_TOP_ROW),
     (["export", "--blank", "-o", "-"], "qrcode", '<path fill="#000000" d="M4,4h7v1h-7z'),
     (["export", "--format", "md", "-o", "-"], "", "- [ ] To do."),
     (["export", "--format", "txt", "-o", "-"], "", "[ ] 1. Turn off"),
     (["where"], "", "profile"), (["status"], "", "LinkedIn"), (["status", "--json"], "", "{"),
     (["--profile", "demo", "status", "--exit-code"], "", "LinkedIn"),
     (["mark", "linkedin", "ai-training", "done"], "tomli_w", ""), (["reset", "--yes"], "", "")],
)
def test_command_never_imports_textual(args: list[str], heavy: str, shows: str) -> None:
    result = subprocess.run([sys.executable, "-c", PROBE.format(args=args)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert shows in result.stdout  # the command did its work, not just failed early
    assert result.stdout.strip().splitlines()[-1] == f"HEAVY={heavy}"


def test_the_platform_folder_lookup_is_only_imported_when_a_profile_is_opened(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CHECKUP_HOME")
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)  # HOME is a temporary folder here
    for args, allowed in ((["list"], ""), (["status"], "platformdirs")):
        result = subprocess.run([sys.executable, "-c", PROBE.format(args=args)],
                                capture_output=True, text=True, timeout=60)
        assert result.stdout.strip().splitlines()[-1] == "HEAVY=" + allowed


def test_plain_mode_never_imports_textual() -> None:
    """Plain mode is for terminals that cannot show the wizard: it must not need Textual."""
    args = ["--plain", "--region", "DE", "--surface", "desktop", "--profile", "plain", "--guide",
            "linkedin"]
    result = subprocess.run([sys.executable, "-c", PROBE.format(args=args)], input="\n\nq\n",
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "Step 3 of 6, Desktop web" in result.stdout
    assert result.stdout.strip().splitlines()[-1] == "HEAVY=tomli_w"
