"""`rescore` re-judges saved artifacts with today's language packs: a keyword added to a pack
changes a check's verdict without gathering the store again (support pushes included, which
older versions froze into the artifacts when they gathered them)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from returnaudit.artifacts.model import Artifacts
from returnaudit.artifacts.saved import SavedAudit, save
from returnaudit.cli.app import app

from .checks.builders import flow, go
from .helpers import artifacts, page
from .langpacks import copy_packs, packs_from

BANNER = "Returns on us, always."
HOTLINE = "Ring our hotline to arrange a return."
"""Sentences that no shipped pack knows how to read."""


def _home_says(text: str) -> Artifacts:
    entry = page("http://s/", text=text)
    return artifacts(entry=entry, pages=(entry,))


def _flow_lands_on(text: str) -> Artifacts:
    return flow(go(0, "http://s/", action="open", page=0), go(1, "http://s/help", page=1),
                pages=(page("http://s/help", text=text),))


CASES = [
    ("policy-prominence", _home_says(BANNER), "returns_mention", "returns? on us",
     ("fail", "partial", f"returns are shown in one place beyond the footer: '{BANNER}' on "
                         "http://s/")),
    ("no-support-gate", _flow_lands_on(HOTLINE), "support_push",
     "ring our hotline to (?:arrange|start) an? return",
     ("pass", "fail", f"the return flow sends the shopper to support: page says: {HOTLINE}")),
]


def _verdict(check_id: str, saved: Path, tmp_path: Path) -> tuple[str, str]:
    out = tmp_path / "report.json"
    result = CliRunner().invoke(app, ["rescore", str(saved), "--json", str(out), "--quiet"])
    assert result.exit_code in (0, 1), result.output
    check = next(c for c in json.loads(out.read_text())["checks"] if c["id"] == check_id)
    return check["status"], check["summary"]


@pytest.mark.parametrize(("check_id", "arts", "words", "fragment", "expected"), CASES,
                         ids=[case[0] for case in CASES])
def test_rescore_picks_up_a_keyword_added_to_a_pack(
        check_id: str, arts: Artifacts, words: str, fragment: str,
        expected: tuple[str, str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before, after, summary = expected
    saved = tmp_path / "store.artifacts.json"
    save(saved, SavedAudit(arts, None, None))
    assert _verdict(check_id, saved, tmp_path)[0] == before

    english = copy_packs(tmp_path / "lang") / "en.yaml"
    text = english.read_text(encoding="utf-8")
    assert f"  {words}: [" in text
    english.write_text(text.replace(f"  {words}: [", f"  {words}: ['{fragment}', ", 1),
                       encoding="utf-8")
    with packs_from(english.parent, monkeypatch):
        assert _verdict(check_id, saved, tmp_path) == (after, summary)
    assert _verdict(check_id, saved, tmp_path)[0] == before
