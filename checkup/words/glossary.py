"""Legal words that guides and checkup use, each with a short explanation of our own: general,
about the word, never a claim about what a platform does. A view shows the note beside the first
text that uses the word."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

from checkup.support.i18n import N_, _


class Term(NamedTuple):
    word: str  # as it is shown in the note
    pattern: re.Pattern[str]  # where a text uses it, in any of its forms
    means: str


GLOSSARY: tuple[Term, ...] = (
    Term(N_("legitimate interest"), re.compile(r"\blegitimate interests?\b", re.IGNORECASE),
         N_("a legal reason an organisation can give for using personal data without asking "
            "you first; it must weigh its interest against yours, and you can object")),
    Term(N_("objection"), re.compile(r"\bobject(?:ion|ions|s|ing)?\b(?! models?\b)",
                                     re.IGNORECASE),
         N_("telling an organisation that you do not want your personal data used in a certain "
            "way; it is a request it has to consider")),
    Term(N_("processing"), re.compile(r"\bprocessing\b", re.IGNORECASE),
         N_("anything done with personal data, in legal words: collecting, keeping, using or "
            "sharing it")),
)


def glossary_note(term: Term) -> str:
    """'"legitimate interest" means: a legal reason ...'"""
    return _('Note: "{word}" means {meaning}.').format(word=_(term.word), meaning=_(term.means))


def new_terms(texts: Iterable[str], explained: set[str]) -> list[str]:
    """The notes for words `texts` use that are not in `explained` yet (their English word);
    adds them to `explained`, so each word is explained once per view, where it first appears."""
    joined = "\n".join(texts)
    folded = joined.casefold()
    notes = []
    for term in GLOSSARY:
        # in another language, the word as its catalogue gives it (English text keeps matching
        # where a translation is missing)
        in_language = _(term.word)
        uses = term.pattern.search(joined) or (
            in_language != term.word and in_language.casefold() in folded)
        if term.word not in explained and uses:
            explained.add(term.word)
            notes.append(glossary_note(term))
    return notes
