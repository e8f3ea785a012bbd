"""The one text normaliser: what every reader of page or policy text sees."""

from __future__ import annotations

import unicodedata

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))
_SPACES = dict.fromkeys(map(ord, "\t\u00a0\u2007\u2009\u202f\u3000"), " ")
_QUOTES = str.maketrans({"‘": "'", "’": "'", "ʼ": "'", "“": '"', "”": '"', "„": '"'})
_ONE_LINE = {**_INVISIBLE, **_SPACES, **_QUOTES}
"""The three tables in one pass (no character of one is produced by another)."""


def normalise(text: str) -> str:
    """NFC, straight quotes, no invisible characters, one space between words on each line."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.isascii():  # the fast path: of all the characters mapped, ASCII has only the tab
        text = text.replace("\t", " ")
    else:
        text = unicodedata.normalize("NFC", text).translate(_ONE_LINE)
    return "\n".join(_tidy(line) for line in text.split("\n"))


def _tidy(line: str) -> str:
    """Inner runs of spaces collapsed; the indentation kept (it marks continuation lines)."""
    indent = len(line) - len(line.lstrip(" "))
    return " " * indent + " ".join(line.split()) if line.strip() else ""


def collapse(text: str) -> str:
    """Whitespace collapsed to single spaces."""
    return " ".join(text.split())


def fold(text: str) -> str:
    """The form keyword lists are matched against: normalised, lower-case, on one line;
    accents kept (French and German need them). Same as `collapse(normalise(text)).lower()`."""
    if not text.isascii():  # nothing to normalise in ASCII: the fast path for link texts
        text = unicodedata.normalize("NFC", text).translate(_ONE_LINE)
    return collapse(text).lower()
