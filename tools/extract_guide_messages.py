"""Writes one translation template per shipped guide, content/locale/<guide>.pot: every text of
the guide a person reads as a sentence (checkup.guides.texts says which), its English as the
msgid and its key path as a comment (`#. items.ai-training.steps.desktop[2]`). A text used
twice is one message with both paths. Labels, ids, URLs and source titles are not in it.

    .venv/bin/python tools/extract_guide_messages.py [GUIDE ...]

No line numbers and a stable order: the template changes only when the guide's texts do."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checkup.guides.loader import guide_files, load_file  # noqa: E402
from checkup.guides.texts import guide_texts  # noqa: E402

CONTENT = ROOT / "content"
LOCALE = CONTENT / "locale"


def template(guide_path: Path, output_dir: Path = LOCALE) -> Path:
    """Writes the template of the guide at `guide_path`; ValueError when it does not load."""
    from babel.messages.catalog import Catalog
    from babel.messages.pofile import write_po

    guide, problems = load_file(guide_path)
    if guide is None:
        raise ValueError(f"{guide_path}: {problems[0].message if problems else 'not a guide'}")
    # Dated by the guide's `verified` day, not the clock: running it twice writes the same file.
    made = dt.datetime.combine(guide.verified, dt.time(), dt.UTC)
    catalog = Catalog(project=f"checkup guide {guide.id}", version=str(guide.revision),
                      copyright_holder="The checkup team", charset="utf-8", fuzzy=False,
                      creation_date=made, revision_date=made)
    for path, text in guide_texts(guide):
        if (message := catalog.get(text)) is not None:
            if path not in message.auto_comments:
                message.auto_comments.append(path)
        else:
            catalog.add(text, auto_comments=[path])
    output_dir.mkdir(parents=True, exist_ok=True)
    output = output_dir / f"{guide.id}.pot"
    with output.open("wb") as f:
        write_po(f, catalog, width=100, no_location=True, omit_header=False, sort_output=True)
    return output


def main(argv: list[str]) -> int:
    wanted = set(argv)
    for path in guide_files(CONTENT):
        if not wanted or Path(path).stem in wanted:
            print(template(Path(path)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
