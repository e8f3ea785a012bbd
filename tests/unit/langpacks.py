"""Read the language packs from another folder for a test: a copy to edit, or one more pack."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path

import pytest

from returnaudit.lang import detect, lexicon, packs, page_words


def copy_packs(folder: Path) -> Path:
    """The shipped packs, copied into `folder` (to edit them)."""
    folder.mkdir(parents=True, exist_ok=True)
    for code in packs.available_languages():
        source = resources.files("returnaudit.lang") / f"{code}.yaml"
        with resources.as_file(source) as path:
            shutil.copy(path, folder / f"{code}.yaml")
    return folder


def _forget() -> None:
    """Every cache built from the packs."""
    for cached in (packs.available_languages, packs.load_pack, packs.checked_digests,
                   lexicon.lexicon_for,
                   page_words.page_words, page_words.page_sentences, page_words.folded,
                   detect._stopwords):
        cached.cache_clear()


@contextmanager
def packs_from(folder: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Read the packs from `folder` instead of the package, then go back to the shipped ones."""
    _forget()
    monkeypatch.setattr(packs, "_LANG_DIR", folder)
    try:
        yield
    finally:
        monkeypatch.undo()
        _forget()
