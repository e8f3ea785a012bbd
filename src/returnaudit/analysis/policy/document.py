"""A policy text ready for the rules: its language, lexicon and sentences."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from returnaudit.lang.detect import resolve_language
from returnaudit.lang.lexicon import Lexicon, lexicon_for
from returnaudit.lang.sentences import Sentence, split_sentences

_CLAUSE_PUNCTUATION = re.compile(r";|\(|\)|\s[–—-]\s|\s[–—]|[–—]\s|\s:\s|\s\|\s")
QUOTED = re.compile(r'"[^"]{1,60}"|«[^»]{1,60}»')
"""A short quoted name (text is normalised: curly and low quotes are straight)."""
_MENU_PATH = re.compile(r"\w[\w&'-]*(?: [\w&'-]+){0,3} ?[>»] ?\w[\w&'-]*(?: ?[>»] ?\w[\w&'-]*)*")
"""A path through a site's menus ("Hilfe > Kontakt", "Service » Kontakt")."""


@dataclass(frozen=True)
class Document:
    """The sentences of one policy and the lexicon of its language."""

    language: str
    lex: Lexicon
    sentences: tuple[Sentence, ...]
    memo: dict[str, object] = field(default_factory=dict, compare=False, repr=False)
    """What several rules read, worked out once per document (the spans of time, say)."""

    @classmethod
    def parse(cls, text: str, language: str | None = None) -> Document:
        """Detect (or resolve) the language, then split the text into sentences."""
        code = resolve_language(text, language)
        lex = lexicon_for(code)
        return cls(code, lex, tuple(split_sentences(text, lex.abbreviations)))

    def body(self) -> Iterator[Sentence]:
        """The sentences that are not headings."""
        return (sentence for sentence in self.sentences if not sentence.is_heading)

    def previous(self, sentence: Sentence) -> Sentence | None:
        """The sentence just before this one, if any."""
        return self.sentences[sentence.index - 1] if sentence.index > 0 else None

    def question_of(self, sentence: Sentence) -> Sentence | None:
        """The question a sentence answers on a Q&A page: the one just before its paragraph,
        or before it in the same paragraph."""
        before = self.previous(sentence)
        while before is not None and before.block == sentence.block and not before.is_question:
            before = self.previous(before)
        return before if before is not None and before.is_question else None

    def with_question(self, sentence: Sentence) -> str:
        """The sentence, preceded by the question it answers on a Q&A page."""
        question = self.question_of(sentence)
        return f"{question.text} {sentence.text}" if question else sentence.text

    def lead_of(self, sentence: Sentence) -> Sentence | None:
        """The sentence just before this one in the same paragraph or list item, if any."""
        before = self.previous(sentence)
        return before if before is not None and before.block == sentence.block else None

    def lead_text(self, sentence: Sentence) -> str:
        """The text of `lead_of`, or nothing."""
        lead = self.lead_of(sentence)
        return lead.text if lead is not None else ""

    def block_context(self, sentence: Sentence) -> str:
        """The sentence with the one before it in the same paragraph or list item."""
        lead = self.lead_of(sentence)
        return f"{lead.text} {sentence.text}" if lead is not None else sentence.text


def clauses(doc: Document, text: str) -> list[str]:
    """The clauses of a sentence, cut at ';', brackets, dashes and conjunctions."""
    cuts = sorted(
        (cut.start(), cut.end())
        for pattern in (_CLAUSE_PUNCTUATION, doc.lex.clause_breaks)
        for cut in pattern.finditer(text)
    )
    parts, left = [], 0
    for start, end in cuts:
        if start >= left:
            parts.append(text[left:start])
            left = end
    parts.append(text[left:])
    return [part.strip() for part in parts if part.strip()]


def part_around(text: str, at: int) -> str:
    """The part of a sentence between semicolons that holds position `at` ("within 14 days a
    refund; from 15 to 30 days credit" are two tiers; "60 days over the holidays; otherwise
    30 days" are two windows)."""
    end = text.find(";", at)
    return text[text.rfind(";", 0, at) + 1 : end if end >= 0 else None]


def clause_bounds(doc: Document, text: str, start: int, end: int, *,
                  conjunctions: bool = True) -> tuple[int, int]:
    """The clause around text[start:end]: cut at ';', brackets, dashes and (unless told not
    to: "sale items are final, but they can be exchanged" speaks of them throughout)
    conjunctions."""
    left, right = 0, len(text)
    patterns = (_CLAUSE_PUNCTUATION, doc.lex.clause_breaks) if conjunctions else (
        _CLAUSE_PUNCTUATION,)
    for pattern in patterns:
        for cut in pattern.finditer(text):
            if cut.end() <= start:
                left = max(left, cut.end())
            elif cut.start() >= end:
                right = min(right, cut.start())
    return left, right


def blank(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """The text with the spans replaced by spaces: same length, so offsets still hold."""
    for start, end in spans:
        text = f"{text[:start]}{' ' * (end - start)}{text[end:]}"
    return text


def blank_matches(pattern: re.Pattern[str], text: str) -> str:
    """The text with every match of the pattern replaced by spaces."""
    return blank(text, (match.span() for match in pattern.finditer(text)))


def without_names(text: str) -> str:
    """The text with quoted names and menu paths blanked out (same length): the words of a
    button or a menu ("Help > Contact", "Questions & help") say nothing of the sentence."""
    return blank_matches(_MENU_PATH, blank_matches(QUOTED, text))


def inside(match: re.Match[str], spans: list[tuple[int, int]]) -> bool:
    """Whether the match starts inside one of the spans (an idiom, a quote, a label...)."""
    return any(start <= match.start() < end for start, end in spans)
