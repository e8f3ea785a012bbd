"""A language is one data file: the loader finds every pack in its folder, and each pack's
page words, locale and stopwords are read with no code change."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from returnaudit.lang.detect import detect_language
from returnaudit.lang.links import is_returns_text
from returnaudit.lang.packs import available_languages, locale_for
from returnaudit.lang.page_words import page_words

from .langpacks import copy_packs, packs_from


@pytest.fixture
def with_dutch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The shipped packs plus nl.yaml: English words under another code, and a few Dutch ones."""
    folder = copy_packs(tmp_path / "lang")
    text = (folder / "en.yaml").read_text(encoding="utf-8")
    text = text.replace("code: en\nname: English\nlocale: en-US\n",
                        "code: nl\nname: Nederlands\nlocale: nl-NL\n")
    text = text.replace("  returns_link: [", "  returns_link: ['retourneren', ", 1)
    text = text.replace("stopwords: [", "stopwords: [het, een, niet, wij, uw, ", 1)
    (folder / "nl.yaml").write_text(text, encoding="utf-8")
    with packs_from(folder, monkeypatch):
        yield


@pytest.mark.usefixtures("with_dutch")
def test_a_pack_dropped_in_the_folder_is_read() -> None:
    assert available_languages() == ("de", "en", "fr", "nl")
    assert locale_for("nl") == "nl-NL"
    assert is_returns_text("Retourneren")
    assert detect_language("Het artikel is niet door ons een uw bestelling") == "nl"


def test_without_it_nothing_changes() -> None:
    assert "nl" not in available_languages()
    assert not is_returns_text("Retourneren")
    assert locale_for("nl") == "nl" and locale_for("fr") == "fr-FR" and locale_for(None) is None


def test_every_pack_has_every_page_list() -> None:
    words = page_words()
    assert words.consent_accept[:2] == ("alle akzeptieren", "akzeptieren")  # by code: de first
    assert set(words.offers) == {"exchange", "store_credit", "repair", "replacement", "incentive"}
