"""What every translation catalogue must be, as lines saying what is wrong (none: it is fine):
complete, each {placeholder} of the English kept in every form (and none added), the language's
plural forms,
and in a guide's catalogue, every quoted label either quoted so in the English or one the
guide's sources give for that language."""

from __future__ import annotations

import re
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.plurals import get_plural
from babel.messages.pofile import read_po

PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")
# "…" „…“ „…” «…» « … » and the ASCII "..."
QUOTED = re.compile(r'"([^"]+)"|\u201c([^\u201d]+)\u201d|\u201e([^\u201c\u201d]+)[\u201c\u201d]'
                    r"|\u00ab\u00a0?\s?([^\u00bb]+?)\s?\u00a0?\u00bb")


def read(path: Path) -> Catalog:
    with path.open("rb") as f:
        return read_po(f, locale=path.parent.parent.name)


def _forms(message) -> list[str]:
    return list(message.string) if isinstance(message.string, tuple | list) else [message.string]


def problems(catalog: Catalog) -> list[str]:
    out = []
    expected = get_plural(str(catalog.locale))
    if (catalog.num_plurals, catalog.plural_expr) != (expected.num_plurals,
                                                        expected.plural_expr):
        out.append(f"Plural-Forms: {catalog.plural_forms}, not {expected.plural_forms}")
    for message in catalog:
        if not message.id:
            continue
        ids = list(message.id) if isinstance(message.id, tuple | list) else [message.id]
        forms = _forms(message)
        if not all(f.strip() for f in forms) or len(forms) < (
                expected.num_plurals if message.pluralizable else 1):
            out.append(f"untranslated: {ids[0]!r}")
            continue
        # The first form answers the singular English, the others the plural: each keeps the
        # placeholders of its English, and none adds one the English does not have.
        singular, plural = set(PLACEHOLDER.findall(ids[0])), set(PLACEHOLDER.findall(ids[-1]))
        for n, form in enumerate(forms):
            has = set(PLACEHOLDER.findall(form))
            if lost := (singular if n == 0 else plural) - has:
                out.append(f"{ids[0]!r}: {sorted(lost)} missing from {form!r}")
            if added := has - singular - plural:
                out.append(f"{ids[0]!r}: {sorted(added)} added in {form!r}")
    return out


def quoted(text: str) -> set[str]:
    return {next(g for g in m.groups() if g).strip() for m in QUOTED.finditer(text)}


# The texts that name labels to look for: steps, help and item titles (by their key paths).
# Elsewhere a quotation is what a person says ("I don't see the setting"), translated freely.
NAMES_LABELS = re.compile(r"^items\.[^.]+\.(?:steps\.\w+\[\d+\]|help\[\d+\]|title)$")


def label_problems(catalog: Catalog, local_labels: set[str]) -> list[str]:
    """Each quoted text of a translated step, help text or item title that is neither quoted in
    its English nor a label the guide's sources give in that language."""
    out = []
    for message in catalog:
        if not message.id or not message.string:
            continue
        if not any(NAMES_LABELS.match(path) for path in message.auto_comments):
            continue
        allowed = quoted(message.id) | local_labels
        for text in _forms(message):
            for said in sorted(quoted(text) - allowed):
                out.append(f"{message.id!r}: {said!r} is neither in the English nor a sourced "
                           f"label")
    return out
