"""The `init:` lists of every pack, compiled and read together (a French store may label its
return link in English), and one pack's guesses for what `init` cannot read."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from returnaudit.lang.packs import available_languages, load_all, load_pack
from returnaudit.lang.patterns import whole_words
from returnaudit.lang.text import fold

if TYPE_CHECKING:
    from returnaudit.lang.schema import Guesses, LanguagePack

FIELD_KINDS = ("order_number", "email", "zip", "name", "phone", "quantity", "reason")
"""What a form field can be asking for, in the order its label is tried."""


@dataclass(frozen=True)
class Words:
    """One list of every pack, as a whole-word pattern over labels."""

    pattern: re.Pattern[str]

    def names(self, label: str) -> bool:
        """Whether a label (link text, field label, button name) holds any of the words."""
        return bool(label) and bool(self.pattern.search(fold(label)))


@dataclass(frozen=True)
class InitWords:
    """The `init:` lists of every pack (see en.yaml for each one)."""

    start_return: Words
    account: Words
    help_link: Words
    submit_button: Words
    order_word: re.Pattern[str]
    """The word before an order number in text, then the number: group 1."""
    fields: dict[str, Words]
    """Field kind (FIELD_KINDS) -> the words of its labels."""

    def field_kind(self, *labels: str) -> str | None:
        """What a field asks for, from its label, placeholder or name (first that says)."""
        for label in labels:
            kind = next((k for k in FIELD_KINDS if self.fields[k].names(label)), None)
            if kind is not None:
                return kind
        return None


def compile_init_words(packs: Iterable[LanguagePack]) -> InitWords:
    """The `init:` lists of these packs, read together."""
    sections = [pack.init for pack in packs]

    def words(name: str) -> Words:
        return Words(whole_words(w for s in sections for w in getattr(s, name)))

    order = whole_words(w for s in sections for w in s.order_word).pattern
    number = r"\s*(?:#|no\.?|n°|nr\.?)?\s*(#?[a-z0-9][\w-]*\d[\w-]*)"
    return InitWords(
        start_return=words("start_return"), account=words("account"),
        help_link=words("help_link"), submit_button=words("submit_button"),
        order_word=re.compile(order + number, re.IGNORECASE),
        fields={kind: words(kind) for kind in FIELD_KINDS},
    )


@cache
def init_words() -> InitWords:
    """The `init:` words of every shipped pack (compiled once)."""
    return compile_init_words(load_all())


def guesses(language: str | None) -> Guesses:
    """What `init` writes where it must guess, in the scenario's language (else English)."""
    code = language if language in available_languages() else "en"
    return load_pack(code or "en").init.guesses
