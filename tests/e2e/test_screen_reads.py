"""Each screen of a flow is read once, by the step's own evaluation, in real Chromium."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from returnaudit.browser import runner
from returnaudit.browser.gather import Read
from returnaudit.cli.app import app

pytestmark = pytest.mark.browser

# Home, the returns page, home again (by the logo), the returns page again.
REVISIT = """version: 1
name: Northwind, there and back again
store:
  url: {base}/northwind/
  language: en
flow:
  - open: /
  - click: {{ text: Returns & Refunds, in: footer }}
  - click: {{ selector: a.logo }}
  - click: {{ text: Returns & Refunds, in: footer }}
goal: {{ text: Start a return }}
"""


def test_new_screens_come_from_the_steps_read_and_a_screen_seen_twice_is_read_once(
        site_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    whole_pages: list[str] = []
    separate: list[str] = []
    read_screen, snapshot = runner.read_screen, runner.snapshot

    async def counting_read(*args: Any, **kwargs: Any) -> Read:
        read = await read_screen(*args, **kwargs)
        if read.page is not None:
            whole_pages.append(read.screen.url)
        return read

    async def counting_snapshot(page: Any, *args: Any) -> Any:
        separate.append(page.url)
        return await snapshot(page, *args)

    monkeypatch.setattr(runner, "read_screen", counting_read)
    monkeypatch.setattr(runner, "snapshot", counting_snapshot)
    scenario = tmp_path / "revisit.yaml"
    scenario.write_text(REVISIT.format(base=site_url))
    out = tmp_path / "revisit.json"
    result = CliRunner().invoke(app, ["run", str(scenario), "--quiet", "--json", str(out),
                                      "--save-artifacts", "--out-dir", str(tmp_path)])
    assert result.exit_code in (0, 1), result.output
    steps = json.loads(out.read_text())["flow"]["steps"]
    assert [s["new_screen"] for s in steps] == [True, True, True, True]
    home, returns = f"{site_url}/northwind/", f"{site_url}/northwind/returns/"
    assert [s["url_after"] for s in steps] == [home, returns, home, returns]
    assert whole_pages == [home, returns]
    assert separate == []
    saved = json.loads(next(tmp_path.glob("*.artifacts.json")).read_text())
    assert [page["url"] for page in saved["pages"]] == [home, returns]
    assert [s["page"] for s in saved["flow"]["steps"]] == [0, 1, 0, 1]
