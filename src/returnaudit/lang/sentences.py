"""Split page text into sentences: paragraphs, list items, headings, and the heading above each."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from returnaudit.lang.patterns import token_count
from returnaudit.lang.text import collapse, normalise

_MARKER = re.compile(r"^(?:[•·▪◦●■►✓*–—-]|\(?\d{1,2}[.)]|\d{1,2} ?[-–]|[a-z][.)])\s+")
_NUMBERED = re.compile(r"^(?:\(?\d{1,2}[.)]|\d{1,2} ?[-–])\s")
_INLINE_BULLET = re.compile(r"\s[*•·▪◦●]\s+")
_BOUNDARY = re.compile(r"[.!?…]+[\"')\]]*\s+(?:\|\s+)?(?=[\"'(\[¿¡]?[^\W_a-zà-ÿ])")
"""End of a sentence: final punctuation, then a capital (a table's "|" residue may sit between)."""
_ORDINAL = re.compile(r"(?<![\w.,])\d{1,3}\.$")
_ORDINAL_NOUN = re.compile(
    r"(?:Tag|Tages|Werktag|Kalendertag|Januar|Februar|März|April|Mai|Juni|Juli|August|"
    r"September|Oktober|November|Dezember)\b")
"""What follows a number with a full stop that is an ordinal, not a sentence's end."""
_TERMINAL = re.compile(r"[.!?…][\"')\]]*$")
MAX_HEADING_WORDS = 10
MAX_INTRO_WORDS = 12


@dataclass(frozen=True)
class Sentence:
    """One sentence (or heading) of a policy, with where it sits."""

    text: str
    index: int
    block: int
    heading: str = ""
    is_heading: bool = False
    is_item: bool = False

    @property
    def is_question(self) -> bool:
        """Whether the sentence asks something (Q&A pages answer in the next sentence)."""
        return self.text.endswith("?")


@dataclass(frozen=True)
class _Line:
    """A source line (or several joined): its text, indentation and list marker."""

    text: str
    indent: int
    is_item: bool
    numbered: bool


@dataclass(frozen=True)
class _Unit:
    """A paragraph or list item: one or more sentences that belong together."""

    text: str
    is_item: bool
    numbered: bool


def split_sentences(text: str, abbreviations: Iterable[str] = ()) -> list[Sentence]:
    """Every sentence and heading of a text, in order."""
    known = frozenset(word.lower() for word in abbreviations)
    sentences: list[Sentence] = []
    context: list[str] = []
    units = list(_units(normalise(text)))
    for block, unit in enumerate(units):
        if _is_heading(unit) and not _in_numbered_run(units, block):
            context = _push_heading(context, unit.text)
            sentences.append(Sentence(unit.text, len(sentences), block, "", True, unit.is_item))
            continue
        heading = " / ".join(context)
        for part in _split_unit(unit.text, known):
            sentences.append(Sentence(part, len(sentences), block, heading, False, unit.is_item))
    return sentences


def _in_numbered_run(units: list[_Unit], index: int) -> bool:
    """A numbered line next to another numbered line without punctuation ("1- An exchange /
    2- Store credit / 3- A refund") is an item of a list, not a numbered section title (those
    have text under them)."""
    if not units[index].numbered or units[index].text.endswith(":"):
        return False
    neighbours = units[max(0, index - 1) : index] + units[index + 1 : index + 2]
    return any(other.numbered and not other.text.endswith(":") and _is_heading(other)
               for other in neighbours)


def _push_heading(context: list[str], heading: str) -> list[str]:
    """A plain heading starts a new context; an intro ending in ':' refines the current one."""
    if not heading.endswith(":"):
        return [heading]
    plain = [item for item in context if not item.endswith(":")]
    return [*plain[-1:], heading]


def _is_heading(unit: _Unit) -> bool:
    """Short lines without final punctuation, and short intros ending with a colon."""
    words = token_count(unit.text)
    if unit.text.endswith(":"):
        return words <= MAX_INTRO_WORDS
    if unit.is_item and not unit.numbered:
        return False
    return words <= MAX_HEADING_WORDS and not _TERMINAL.search(unit.text)


def _lines(text: str) -> Iterator[_Line | None]:
    """Each line with its indentation and list marker removed; None for a blank line."""
    for raw in text.split("\n"):
        stripped = raw.strip()
        if not stripped:
            yield None
            continue
        marker = _MARKER.match(stripped)
        body = stripped[marker.end() :] if marker else stripped
        numbered = bool(_NUMBERED.match(stripped))
        yield _Line(body, len(raw) - len(raw.lstrip()), marker is not None, numbered)


def _units(text: str) -> Iterator[_Unit]:
    """Paragraphs and list items, with wrapped and indented continuation lines joined."""
    pending: _Line | None = None
    for line in _lines(text):
        if pending and line and not line.is_item and _continues(pending, line):
            pending = replace(pending, text=f"{pending.text} {line.text}")
            continue
        if pending:
            yield from _explode(pending)
        pending = line
    if pending:
        yield from _explode(pending)


def _continues(pending: _Line, line: _Line) -> bool:
    """A deeper-indented line under a list item, or a line that starts in lower case."""
    if pending.is_item and line.indent > pending.indent:
        return True
    text = pending.text
    return line.text[:1].islower() and not _TERMINAL.search(text) and not text.endswith(":")


def _explode(line: _Line) -> Iterator[_Unit]:
    """One unit per inline bullet ("... text. * next item * next item")."""
    parts = [collapse(part) for part in _INLINE_BULLET.split(line.text)]
    for position, part in enumerate(p for p in parts if p):
        yield _Unit(part, line.is_item or position > 0, line.numbered and position == 0)


def _split_unit(text: str, abbreviations: frozenset[str]) -> list[str]:
    """Sentences of one paragraph, keeping abbreviations and decimals whole."""
    parts: list[str] = []
    start = 0
    for boundary in _BOUNDARY.finditer(text):
        if _is_abbreviation(text[start : boundary.start() + 1], abbreviations):
            continue
        if _ORDINAL.search(text[start : boundary.start() + 1]) and \
                _ORDINAL_NOUN.match(text[boundary.end() :]):
            continue  # "bis zum 30. Tag", "am 24. Dezember": a German ordinal
        parts.append(text[start : boundary.end()].strip().rstrip("|").rstrip())
        start = boundary.end()
    parts.append(text[start:].strip())
    return [part for part in parts if part]


def _is_abbreviation(head: str, abbreviations: frozenset[str]) -> bool:
    """Whether the text before a full stop ends with a known abbreviation or an initial."""
    last = head.split()[-1].lower().lstrip("([{\"'") if head.split() else ""
    if last in abbreviations:
        return True
    return len(last) == 2 and last[0].isalpha() and last.endswith(".")
