"""The CLI without a browser: help, version, validate, schema, usage errors and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from returnaudit import __version__
from returnaudit.browser.locate import HOW_TO_GET_ONE
from returnaudit.cli.app import app
from returnaudit.demo.run import demo_scenarios

runner = CliRunner()

GOOD = "version: 1\nname: Shop\nstore: {url: http://127.0.0.1:8732/shop/}\nflow:\n  - open: /\n"


def test_help_lists_commands_and_exit_codes() -> None:
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for word in ("run", "validate", "schema", "doctor", "demo", "Exit codes"):
        assert word in result.output


def test_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert (result.exit_code, result.output) == (0, f"returnaudit {__version__}\n")


def test_version_is_a_flag_in_help() -> None:
    line = next(ln for ln in runner.invoke(app, ["--help"]).output.splitlines()
                if "--version" in ln)
    assert "<bool>" not in line and "Print the version and exit." in line


def test_report_format_choices_are_the_format_table() -> None:
    from returnaudit.reporters.formats import FORMATS

    result = runner.invoke(app, ["report", "--help"], env={"COLUMNS": "120"})
    assert f"<{'|'.join(FORMATS)}>" in result.output


def test_validate_bundled_scenarios() -> None:
    result = runner.invoke(app, ["validate", *map(str, demo_scenarios())])
    assert result.exit_code == 0
    assert result.output.count("✔") == 3


def test_validate_reports_every_bad_file_and_exits_2(tmp_path: Path) -> None:
    good = tmp_path / "good.yaml"
    good.write_text(GOOD)
    bad = tmp_path / "bad.yaml"
    bad.write_text(GOOD + "  - clikc: Returns\n")
    result = runner.invoke(app, ["validate", str(good), str(bad), str(tmp_path / "none.yaml")])
    assert result.exit_code == 2
    assert f"✔ {good}: Shop (1 step)" in result.output
    assert (f"✘ {bad}:6:5: flow[1]: unknown action 'clikc' (did you mean 'click'?)"
            in result.output)
    assert f"✘ {tmp_path / 'none.yaml'}: no such scenario file" in result.output


def test_validate_a_folder(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text(GOOD)
    (tmp_path / "notes.txt").write_text("not a scenario")
    result = runner.invoke(app, ["validate", str(tmp_path)])
    assert result.exit_code == 0 and "a.yaml" in result.output


def test_empty_folder_is_a_usage_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["validate", str(tmp_path)])
    assert result.exit_code == 2
    assert f"error: {tmp_path}: no .yaml scenario files in this folder" in result.output


def test_run_missing_scenario_file_exits_2_before_any_browser(tmp_path: Path) -> None:
    result = runner.invoke(app, ["run", str(tmp_path / "missing.yaml")])
    assert result.exit_code == 2
    assert result.output == f"error: {tmp_path / 'missing.yaml'}: no such scenario file\n"


def test_run_invalid_scenario_exits_2(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("version: 1\nname: B\nstore: {url: ftp://x/}\n")
    result = runner.invoke(app, ["run", str(bad)])
    assert result.exit_code == 2
    expected = f"error: {bad}:3:14: store.url: must be an http(s) URL, got 'ftp://x/'\n"
    assert result.output == expected


def test_run_bad_base_url_exits_2(tmp_path: Path) -> None:
    good = tmp_path / "good.yaml"
    good.write_text(GOOD)
    result = runner.invoke(app, ["run", str(good), "--base-url", "staging"])
    assert result.exit_code == 2
    assert result.output == "error: --base-url must be an http(s) URL, got 'staging'\n"


def test_run_json_with_several_scenarios_exits_2(tmp_path: Path) -> None:
    good = tmp_path / "good.yaml"
    good.write_text(GOOD)
    result = runner.invoke(app, ["run", str(good), str(good), "--json", "x.json"])
    assert result.exit_code == 2
    assert "error: --json takes a single scenario; use --out-dir for several" in result.output


def test_run_unknown_block_kind_exits_2(tmp_path: Path) -> None:
    good = tmp_path / "good.yaml"
    good.write_text(GOOD)
    result = runner.invoke(app, ["run", str(good), "--block", "images,videos"])
    assert result.exit_code == 2
    assert result.output == ("error: --block: unknown kind 'videos'; use any of images, fonts, "
                             "media, trackers, or all, or none\n")


def test_audit_unknown_block_kind_exits_2() -> None:
    result = runner.invoke(app, ["audit", "http://127.0.0.1:9/", "--block", "ads"])
    assert result.exit_code == 2
    assert "error: --block: unknown kind 'ads'" in result.output


def test_unknown_option_exits_2() -> None:
    result = runner.invoke(app, ["run", "--no-such-option", "x.yaml"])
    assert result.exit_code == 2


def test_no_browser_exits_3_with_the_commands_to_get_one(tmp_path: Path) -> None:
    good = tmp_path / "good.yaml"
    good.write_text(GOOD)
    env = {"PATH": str(tmp_path), "RETURNAUDIT_BROWSER": "", "PLAYWRIGHT_BROWSERS_PATH":
           str(tmp_path)}
    result = runner.invoke(app, ["run", str(good), "--quiet"], env=env)
    assert result.exit_code == 3
    assert result.output == f"error: {HOW_TO_GET_ONE}\n"


def test_schema_is_json_schema_for_editors() -> None:
    result = runner.invoke(app, ["schema"])
    schema = json.loads(result.output)
    assert schema["$schema"].startswith("https://json-schema.org/")
    assert schema["required"] == ["version", "name", "store"]
    alternatives = schema["properties"]["flow"]["items"]["oneOf"]
    actions = [next(iter(alt["properties"])) for alt in alternatives]
    assert actions == ["open", "click", "fill", "select", "check", "press", "wait", "expect",
                       "contact", "screenshot"]


def test_audit_needs_an_http_url() -> None:
    result = runner.invoke(app, ["audit", "shop.example"])
    assert result.exit_code == 2
    assert result.output == "error: URL must be an http(s) address, got 'shop.example'\n"


def test_rescore_bad_inputs_exit_2(tmp_path: Path) -> None:
    missing = tmp_path / "none.artifacts.json"
    result = runner.invoke(app, ["rescore", str(missing)])
    assert (result.exit_code, result.output) == (
        2, f"error: {missing}: no such artifacts file\n")
    report = tmp_path / "report.json"
    report.write_text('{"schema": "returnaudit.report/1"}')
    result = runner.invoke(app, ["rescore", str(report)])
    assert result.exit_code == 2
    assert "not a returnaudit artifacts file (expected schema 'returnaudit.artifacts/2'" in (
        result.output)


def test_rescore_of_an_older_artifacts_file_asks_to_gather_it_again(tmp_path: Path) -> None:
    # /1 files froze the browser's verdicts instead of what it saw: nothing to re-judge.
    old = tmp_path / "old.artifacts.json"
    old.write_text('{"schema": "returnaudit.artifacts/1", "pages": []}')
    result = runner.invoke(app, ["rescore", str(old)])
    assert (result.exit_code, result.output) == (
        2, f"error: {old}: saved by an older returnaudit (returnaudit.artifacts/1); gather it "
           "again with run --save-artifacts\n")


def test_rubric_override_errors_exit_2(tmp_path: Path) -> None:
    saved = str(Path(__file__).parent.parent / "golden" / "budgetbin.artifacts.json")
    bad = tmp_path / "rubric.yaml"
    bad.write_text("lessons: {simple-returns: {checks: {flow-screen: {weight: 2}}}}\n")
    result = runner.invoke(app, ["rescore", saved, "--rubric", str(bad)])
    assert result.exit_code == 2
    assert result.output == (f"error: {bad}: unknown check "
                             "'lessons.simple-returns.checks.flow-screen' (did you mean "
                             "'flow-screens'?)\n")
    result = runner.invoke(app, ["rescore", saved, "--rubric", str(tmp_path / "no.yaml")])
    assert (result.exit_code, result.output) == (
        2, f"error: {tmp_path / 'no.yaml'}: no such rubric file\n")


def test_rubric_override_changes_the_score(tmp_path: Path) -> None:
    saved = str(Path(__file__).parent.parent / "golden" / "maison-lumiere.artifacts.json")
    lenient = tmp_path / "rubric.yaml"
    lenient.write_text("thresholds: {window_days: {pass: 14}}\n")
    out = tmp_path / "r.json"
    runner.invoke(app, ["rescore", saved, "--rubric", str(lenient), "--json", str(out), "-q"])
    window = next(c for c in json.loads(out.read_text())["checks"] if c["id"] == "return-window")
    assert window["status"] == "pass"


def test_fail_under_is_a_gate(tmp_path: Path) -> None:
    saved = str(Path(__file__).parent.parent / "golden" / "maison-lumiere.artifacts.json")
    out = tmp_path / "r.json"
    result = runner.invoke(app, ["rescore", saved, "--fail-under", "90", "--json", str(out),
                                 "-q"])
    assert result.exit_code == 1
    gate = next(g for g in json.loads(out.read_text())["gates"] if g["name"] == "fail-under")
    assert gate == {"name": "fail-under", "passed": False, "expected": 90.0, "actual": 75.5}
    assert runner.invoke(app, ["rescore", saved, "--fail-under", "50", "-q", "--json",
                               str(out)]).exit_code == 0


def test_update_baseline_needs_a_baseline(tmp_path: Path) -> None:
    good = tmp_path / "good.yaml"
    good.write_text(GOOD)
    result = runner.invoke(app, ["run", str(good), "--update-baseline"])
    assert (result.exit_code, result.output) == (
        2, "error: --update-baseline needs --baseline PATH (where to write it)\n")


@pytest.mark.parametrize("command", ["run", "audit", "rescore", "demo"])
def test_flags_show_no_value_in_help(command: str) -> None:
    lines = runner.invoke(app, [command, "--help"]).output.splitlines()
    shown = [ln for ln in lines if "<bool>" in ln and "--help" not in ln]
    assert shown == []


def test_require_gates_on_a_compliance_check(tmp_path: Path) -> None:
    saved = str(Path(__file__).parent.parent / "golden" / "maison-lumiere.artifacts.json")
    out = tmp_path / "r.json"
    result = runner.invoke(app, ["rescore", saved, "--require", "eu-withdrawal-function",
                                 "--json", str(out), "-q"])
    gate = next(g for g in json.loads(out.read_text())["gates"]
                if g["name"] == "require.eu-withdrawal-function")
    assert gate == {"name": "require.eu-withdrawal-function", "passed": False,
                    "expected": "pass", "actual": "fail"}
    assert result.exit_code == 1


@pytest.mark.parametrize(("value", "message"), [
    ("eu-withdrawl-function", "error: --require: unknown check 'eu-withdrawl-function' (did you "
                              "mean 'eu-withdrawal-function'?)\n"),
    ("free-returns:maybe", "error: --require free-returns:maybe: the level is pass or partial, "
                           "got 'maybe'\n"),
])
def test_bad_require_is_a_usage_error(value: str, message: str) -> None:
    saved = str(Path(__file__).parent.parent / "golden" / "budgetbin.artifacts.json")
    result = runner.invoke(app, ["rescore", saved, "--require", value])
    assert (result.exit_code, result.output) == (2, message)
