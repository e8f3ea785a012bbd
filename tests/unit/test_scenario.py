"""The scenario language: shorthand, variables and secrets, URL resolution, --base-url."""

from __future__ import annotations

import pytest

from returnaudit.lib.errors import UsageError
from returnaudit.scenario import parse_scenario
from returnaudit.scenario.models import (
    CheckStep,
    ClickStep,
    ContactStep,
    ExpectStep,
    FillStep,
    OpenStep,
    PressStep,
)

FULL = """\
version: 1
name: Northwind, return a shirt
store:
  url: http://127.0.0.1:8732/northwind/
  language: en
policy_url: /help/returns
flow:
  - open: /
  - click: { text: Returns & Refunds, in: footer }
  - click: Start a return
  - fill: { field: Order number, value: "${NW_ORDER}" }
  - fill: { field: Email, value: "${NW_EMAIL:-test@example.com}" }
  - click: { role: button, name: Find my order }
  - check: Blue Oxford shirt
  - select: { field: Reason, option: Too small }
  - press: Enter
  - contact: { channel: email, note: policy says email us }
  - click: { role: button, name: Submit return, submit: true }
  - expect: { text: Your return label }
goal: { text: return label }
budgets:
  min_score: 80
  max_screens: 6
  max_support_contacts: 0
  min_lessons: { simple-returns: 70 }
"""


def test_full_scenario_loads_with_shorthand_normalised() -> None:
    scenario = parse_scenario(FULL, "nw.yaml", env={"NW_ORDER": "NW-10042"})
    steps = scenario.steps
    assert isinstance(steps[0], OpenStep) and steps[0].url == "/"
    assert isinstance(steps[1], ClickStep) and steps[1].in_ == "footer"
    assert steps[2] == ClickStep(text="Start a return")
    assert isinstance(steps[3], FillStep) and steps[3].value == "NW-10042"
    assert isinstance(steps[4], FillStep) and steps[4].value == "test@example.com"
    assert steps[6] == CheckStep(field="Blue Oxford shirt")
    assert steps[8] == PressStep(key="Enter")
    assert isinstance(steps[9], ContactStep) and steps[9].channel == "email"
    assert isinstance(steps[10], ClickStep) and steps[10].submit is True
    assert steps[11] == ExpectStep(text="Your return label")
    assert scenario.budgets is not None and scenario.budgets.max_screens == 6
    assert scenario.budgets.min_lessons == {"simple-returns": 70}


def test_only_environment_values_are_secrets() -> None:
    scenario = parse_scenario(FULL, "nw.yaml", env={"NW_ORDER": "NW-10042"})
    assert scenario.secrets == frozenset({"NW-10042"})


def test_environment_value_wins_over_default_and_is_secret() -> None:
    env = {"NW_ORDER": "1", "NW_EMAIL": "me@shop.example"}
    scenario = parse_scenario(FULL, "nw.yaml", env=env)
    assert isinstance(scenario.steps[4], FillStep)
    assert scenario.steps[4].value == "me@shop.example"
    assert "me@shop.example" in scenario.secrets


def test_double_dollar_is_a_literal_dollar() -> None:
    text = FULL.replace("${NW_ORDER}", "$${NW_ORDER}")
    scenario = parse_scenario(text, "nw.yaml", env={})
    assert isinstance(scenario.steps[3], FillStep)
    assert scenario.steps[3].value == "${NW_ORDER}"


def test_numbers_in_fill_values_are_text() -> None:
    text = FULL.replace('"${NW_ORDER}"', "10042")
    scenario = parse_scenario(text, "nw.yaml", env={})
    assert isinstance(scenario.steps[3], FillStep)
    assert scenario.steps[3].value == "10042"


@pytest.mark.parametrize(
    ("store_url", "path", "expected"),
    [
        ("http://h/shop/", "/", "http://h/shop/"),
        ("http://h/shop/", "/help/returns", "http://h/shop/help/returns"),
        ("http://h/shop", "help/returns?x=1", "http://h/shop/help/returns?x=1"),
        ("http://h/", "/returns", "http://h/returns"),
        ("http://h/shop/", "https://other.example/x", "https://other.example/x"),
    ],
)
def test_paths_are_relative_to_store_url_prefix(store_url: str, path: str, expected: str) -> None:
    scenario = parse_scenario(f"version: 1\nname: s\nstore: {{url: '{store_url}'}}\n", "s", {})
    assert scenario.resolve(path) == expected


def test_base_url_moves_host_and_keeps_prefix() -> None:
    scenario = parse_scenario(FULL, "nw.yaml", env={"NW_ORDER": "1"})
    moved = scenario.with_base_url("https://staging.example:8443")
    assert moved.store_url == "https://staging.example:8443/northwind/"
    assert moved.resolve("/returns/") == "https://staging.example:8443/northwind/returns/"
    assert not moved.is_loopback and scenario.is_loopback


def test_base_url_with_a_path_replaces_the_prefix() -> None:
    scenario = parse_scenario(FULL, "nw.yaml", env={"NW_ORDER": "1"})
    assert scenario.with_base_url("https://shop.example/fr/").store_url == "https://shop.example/fr/"


def test_base_url_must_be_http() -> None:
    scenario = parse_scenario(FULL, "nw.yaml", env={"NW_ORDER": "1"})
    with pytest.raises(UsageError, match="--base-url must be an http\\(s\\) URL, got 'shop'"):
        scenario.with_base_url("shop")


def test_a_withdrawal_path_is_read_like_the_flow() -> None:
    from returnaudit.scenario import parse_scenario
    from returnaudit.scenario.models import ClickStep, OpenStep

    text = ("version: 1\nname: B\nstore: {url: http://127.0.0.1:8732/ml/, market: eu}\n"
            "withdrawal:\n  flow:\n    - open: /\n    - click: Renoncer au contrat ici\n"
            "  goal: { text: accusé de réception }\n")
    scenario = parse_scenario(text, "b.yaml", {})
    assert scenario.market == "eu" and scenario.steps == ()
    assert [type(s) for s in scenario.withdrawal_steps] == [OpenStep, ClickStep]
    path = scenario.withdrawal_path()
    assert path.steps == scenario.withdrawal_steps
    assert path.goal is not None and path.goal.text == "accusé de réception"
    moved = scenario.with_base_url("http://127.0.0.1:9999")
    assert moved.withdrawal_steps == scenario.withdrawal_steps


def test_the_json_schema_describes_the_withdrawal_path() -> None:
    from returnaudit.scenario.schema import scenario_json_schema

    schema = scenario_json_schema()
    path = schema["$defs"]["WithdrawalPath"]["properties"]["flow"]["items"]
    assert len(path["oneOf"]) == 10
    assert schema["$defs"]["Store"]["properties"]["market"]["anyOf"][0]["enum"] == ["eu", "other"]
