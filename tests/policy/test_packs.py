"""Language packs: every shipped pack is valid, and a broken pack is a clear one-line error."""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import get_args

import pytest
import yaml
from tests.unit.langpacks import copy_packs, packs_from

from returnaudit.lang.lexicon import CueName, compile_pack, lexicon_for
from returnaudit.lang.packs import (
    PackError,
    available_languages,
    checked_digests,
    digest,
    load_pack,
    parse_pack,
)
from returnaudit.lang.schema import Cues


def english_pack_data() -> dict[str, object]:
    data = load_pack("en").model_dump()
    assert isinstance(data, dict)
    return data


def test_shipped_packs() -> None:
    assert {"en", "fr", "de"} <= set(available_languages())
    for code in available_languages():
        assert load_pack(code).code == code
        assert lexicon_for(code).code == code


def test_every_shipped_pack_passes_every_check_and_is_listed_as_checked() -> None:
    """A run skips the fragment-by-fragment checks only for the texts lang/checked.txt lists:
    each shipped pack must pass them all, and be listed (else runs pay the checks again)."""
    stale = []
    for code in available_languages():
        text = (resources.files("returnaudit.lang") / f"{code}.yaml").read_text(encoding="utf-8")
        assert parse_pack(text, source=f"lang/{code}.yaml", checked=False).code == code
        if digest(text) not in checked_digests():
            stale.append(f"{digest(text)}  {code}.yaml")
    assert not stale, "put these lines in src/returnaudit/lang/checked.txt:\n" + "\n".join(stale)


@pytest.mark.parametrize("code", ["en", "fr", "de"])
def test_a_checked_pack_is_built_as_validation_would_build_it(code: str) -> None:
    text = (resources.files("returnaudit.lang") / f"{code}.yaml").read_text(encoding="utf-8")
    fast = parse_pack(text, source=f"lang/{code}.yaml", checked=True)
    validated = parse_pack(text, source=f"lang/{code}.yaml", checked=False)
    assert fast == validated
    assert fast.model_dump() == validated.model_dump()
    assert type(fast.cues) is Cues and fast.negation.scope == validated.negation.scope


def test_an_edited_pack_gets_every_check_again(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    folder = copy_packs(tmp_path)
    listed = (resources.files("returnaudit.lang") / "checked.txt").read_text(encoding="utf-8")
    (folder / "checked.txt").write_text(listed, encoding="utf-8")
    with packs_from(folder, monkeypatch):
        assert load_pack("en").code == "en"  # listed: loaded without the fragment checks
    text = (folder / "en.yaml").read_text(encoding="utf-8")
    (folder / "en.yaml").write_text(text.replace("  day: [", "  day: ['days?(', ", 1),
                                    encoding="utf-8")
    with packs_from(folder, monkeypatch), pytest.raises(
            PackError, match=r"lang/en.yaml: units.day: Value error, invalid regular expression"):
        load_pack("en")


def test_cue_names_match_the_schema() -> None:
    assert set(get_args(CueName)) == set(Cues.model_fields)


def test_unknown_key_is_rejected_with_its_path() -> None:
    data = english_pack_data()
    cues = data["cues"]
    assert isinstance(cues, dict)
    cues["retrun_action"] = ["return"]
    with pytest.raises(PackError) as caught:
        parse_pack(yaml.safe_dump(data), source="lang/xx.yaml")
    assert "lang/xx.yaml: cues.retrun_action: Extra inputs are not permitted" in str(caught.value)


def test_unknown_top_level_key_is_rejected() -> None:
    data = english_pack_data()
    data["stopword"] = ["the"]
    with pytest.raises(PackError, match=r"lang/xx.yaml: stopword: Extra inputs"):
        parse_pack(yaml.safe_dump(data), source="lang/xx.yaml")


def test_missing_cue_list_is_named() -> None:
    data = english_pack_data()
    cues = data["cues"]
    assert isinstance(cues, dict)
    del cues["free"]
    with pytest.raises(PackError, match=r"cues.free: Field required"):
        parse_pack(yaml.safe_dump(data), source="lang/xx.yaml")


def test_invalid_regular_expression_is_named() -> None:
    data = english_pack_data()
    units = data["units"]
    assert isinstance(units, dict)
    units["day"] = ["days?("]
    with pytest.raises(
        PackError, match=r"units.day: Value error, invalid regular expression 'days\?\('"
    ):
        parse_pack(yaml.safe_dump(data), source="lang/xx.yaml")


def refusal(cue: str, fragment: str) -> str:
    """The loader's message for a pack whose `cue` list holds only `fragment`."""
    data = english_pack_data()
    cues = data["cues"]
    assert isinstance(cues, dict)
    cues[cue] = [fragment]
    with pytest.raises(PackError) as caught:
        parse_pack(yaml.safe_dump(data), source="lang/xx.yaml")
    return str(caught.value)


@pytest.mark.parametrize("fragment", ["labels? (?:de retour)?", "send us your ", "return (?:it)*"])
def test_a_fragment_that_can_end_in_a_space_is_named(fragment: str) -> None:
    """Matched as whole words, such a fragment never matches without its last part."""
    assert (f"cues.return_label: Value error, {fragment!r} can end in a space"
            in refusal("return_label", fragment))


@pytest.mark.parametrize("fragment", ["retour  gratuit", r"en (?:\S+ )? avoir",
                                      "frais (?: de port)", "sans (frais )+ de retour"])
def test_a_fragment_that_needs_two_spaces_in_a_row_is_named(fragment: str) -> None:
    assert refusal("free", fragment) == (
        f"lang/xx.yaml: cues.free: Value error, {fragment!r} needs two spaces in a row, and text "
        "is read with one space between words, so it never matches: keep one space")


@pytest.mark.parametrize("fragment", [r"en (?:\S+ )?avoir", "frais(?: de port)?", "a (?:b|c) d"])
def test_one_space_at_a_group_edge_is_accepted(fragment: str) -> None:
    data = english_pack_data()
    cues = data["cues"]
    assert isinstance(cues, dict)
    cues["free"] = [fragment]
    assert parse_pack(yaml.safe_dump(data), source="lang/xx.yaml").cues.free == [fragment]


def test_a_fragment_ending_in_one_digit_is_named() -> None:
    assert "ends in one digit, so as whole words it never matches" in refusal(
        "threshold", r"over \$\d")


@pytest.mark.parametrize("fragment", ["à moins qu(?:e|')", "jusqu'", "(?:l'|le )"])
def test_a_fragment_that_can_end_in_an_apostrophe_is_named(fragment: str) -> None:
    """In French a word always follows an elision ("qu'ils"), and as whole words nothing may."""
    assert (f"cues.exception: Value error, {fragment!r} can end in an apostrophe, so as whole "
            "words it never matches the word that follows it: end it in \\w+"
            in refusal("exception", fragment))


def test_an_elision_inside_a_fragment_is_accepted() -> None:
    data = english_pack_data()
    cues = data["cues"]
    assert isinstance(cues, dict)
    cues["exception"] = ["à moins qu(?:e|'\\w+)"]
    pack = parse_pack(yaml.safe_dump(data), source="lang/xx.yaml")
    assert compile_pack(pack).has("exception", "à moins qu'ils soient défectueux")


def test_a_space_inside_an_optional_group_is_accepted() -> None:
    data = english_pack_data()
    cues = data["cues"]
    assert isinstance(cues, dict)
    cues["return_label"] = ["labels?(?: de retour)?"]
    pack = parse_pack(yaml.safe_dump(data), source="lang/xx.yaml")
    assert pack.cues.return_label == ["labels?(?: de retour)?"]
    assert compile_pack(pack).has("return_label", "notre label Colissimo")


def test_invalid_yaml_is_reported() -> None:
    with pytest.raises(PackError, match=r"lang/xx.yaml: not valid YAML"):
        parse_pack("code: [unclosed", source="lang/xx.yaml")


def test_missing_pack_lists_the_available_ones() -> None:
    with pytest.raises(PackError, match=r"no language pack for 'zz' \(available: de, en, fr"):
        load_pack("zz")


def test_a_new_language_is_only_data() -> None:
    """A pack written as YAML alone (here: English words under another code) just works."""
    data = english_pack_data()
    data["code"] = "xx"
    lexicon = compile_pack(parse_pack(yaml.safe_dump(data, allow_unicode=True), source="xx.yaml"))
    assert [d.days for d in lexicon.durations.find("within two weeks")] == [14]


@pytest.mark.parametrize("code", ["en", "fr", "de"])
def test_every_cue_family_has_words_in_every_shipped_pack(code: str) -> None:
    """French and German are first-class: no rule reads an empty list in any pack."""
    cues = load_pack(code).cues
    assert [name for name in Cues.model_fields if not getattr(cues, name)] == []
