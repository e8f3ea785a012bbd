"""Guess a text's language by counting each pack's stopwords."""

from __future__ import annotations

import functools
import re

from returnaudit.lang.packs import available_languages, load_pack

DEFAULT_LANGUAGE = "en"
"""What an empty or unrecognisable text is taken to be written in."""

_TOKEN = re.compile(r"[^\W\d_]+")


@functools.cache
def _stopwords() -> dict[str, frozenset[str]]:
    packs = {code: load_pack(code) for code in available_languages()}
    return {
        code: frozenset(word.lower() for word in pack.stopwords) for code, pack in packs.items()
    }


def detect_language(text: str) -> str:
    """The code of the pack whose stopwords are most frequent in the text ("en" if none)."""
    tokens = [token.lower() for token in _TOKEN.findall(text)]
    scores = {code: sum(token in words for token in tokens) for code, words in _stopwords().items()}
    best = max(sorted(scores), key=lambda code: scores[code], default=DEFAULT_LANGUAGE)
    return best if scores.get(best, 0) > 0 else DEFAULT_LANGUAGE


def resolve_language(text: str, language: str | None) -> str:
    """A usable pack code: the given tag's primary subtag if a pack exists, else a detected one."""
    if language:
        primary = language.strip().lower().replace("_", "-").split("-")[0]
        if primary in available_languages():
            return primary
    return detect_language(text)
