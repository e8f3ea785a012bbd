"""Every bad scenario input: its exact one-line message (file:line:column: field: problem)."""

from __future__ import annotations

import pytest

from returnaudit.lib.errors import ScenarioError
from returnaudit.scenario import parse_scenario

HEAD = "version: 1\nname: Boutique\nstore: {url: http://127.0.0.1:8732/shop/}\n"

CASES = [
    pytest.param(
        "version: 1\nname: B\nstore: {url: http://x/\nflow:\n",
        "b.yaml:4:5: invalid YAML: the '{' opened at line 3, column 8 is not closed: a ',' or "
        "'}' is missing",
        id="malformed-yaml",
    ),
    pytest.param(
        HEAD + "flow:\n  - open: /\n - click: Returns\n",
        "b.yaml:6:2: invalid YAML: this list item is not indented like the lines above it: "
        "align its '-' with the other items of the same list",
        id="yaml-list-indentation",
    ),
    pytest.param(
        "version: 1\nname: B\n  store: {url: http://x/}\n",
        "b.yaml:3:8: invalid YAML: unexpected ':' here: this line is indented deeper than the "
        "key above it, or a value holds ': ' and needs quotes (name: \"Returns: the test\")",
        id="yaml-mapping-indentation",
    ),
    pytest.param(
        "version: 1\nname: B\nstore:\n\turl: http://x/\n",
        "b.yaml:4:1: invalid YAML: a tab character: YAML indents with spaces only",
        id="yaml-tab",
    ),
    pytest.param(
        "version: 1\nname: \"B\nstore: {url: http://x/}\n",
        "b.yaml:2:7: invalid YAML: the quote opened here is never closed",
        id="yaml-unclosed-quote",
    ),
    pytest.param(
        "version: 1\nname: @shop\nstore: {url: http://x/}\n",
        "b.yaml:2:7: invalid YAML: a value cannot start with '@': put it in quotes",
        id="yaml-reserved-character",
    ),
    pytest.param(
        "version: 1\nname B\nstore: {url: http://x/}\n",
        "b.yaml:2:1: invalid YAML: this line is neither 'key: value' nor a list item: a ':' is "
        "missing, or a quote is not closed",
        id="yaml-missing-colon",
    ),
    pytest.param(
        "version: 1\n---\nname: B\n",
        "b.yaml:2:1: invalid YAML: the file holds more than one YAML document ('---'); a "
        "scenario is one",
        id="yaml-two-documents",
    ),
    pytest.param(
        HEAD + "rubric:\n  lessons:\n    simple-returns:\n      checks:\n"
        "        flow-screen: {weight: 2}\n",
        "b.yaml:8:9: rubric: unknown check 'lessons.simple-returns.checks.flow-screen' (did "
        "you mean 'flow-screens'?)",
        id="rubric-check-typo",
    ),
    pytest.param(
        HEAD + "rubric:\n  thresholds:\n    flow_screen: {pass: 4}\n",
        "b.yaml:6:5: rubric: unknown key 'thresholds.flow_screen' (did you mean "
        "'flow_screens'?)",
        id="rubric-threshold-typo",
    ),
    pytest.param(
        HEAD + "withdrawal:\n  flow:\n    - open: /\n    - clik: Renoncer au contrat ici\n",
        "b.yaml:7:7: withdrawal.flow[1]: unknown action 'clik' (did you mean 'click'?); "
        "actions are: open, click, fill, select, check, press, wait, expect, contact, screenshot",
        id="withdrawal-unknown-action",
    ),
    pytest.param(
        HEAD + "withdrawal:\n  flow: []\n",
        "b.yaml:5:9: withdrawal.flow: list should have at least 1 item after validation, not 0",
        id="withdrawal-empty",
    ),
    pytest.param(
        HEAD + "withdrawal:\n  steps: []\n",
        "b.yaml:5:3: withdrawal: unknown key 'steps'",
        id="withdrawal-unknown-key",
    ),
    pytest.param(
        "version: 1\nname: B\nstore: {url: http://x/, market: europe}\n",
        "b.yaml:3:33: store.market: expected 'eu' or 'other', got 'europe'",
        id="unknown-market",
    ),
    pytest.param(
        "version: 1\nnmae: B\nstore: {url: http://x/}\n",
        "b.yaml:2:1: unknown key 'nmae' (did you mean 'name'?)",
        id="typo-of-a-required-key",
    ),
    pytest.param(
        HEAD + "budgets:\n  max_screen: 5\n",
        "b.yaml:5:3: budgets: unknown key 'max_screen' (did you mean 'max_screens'?)",
        id="unknown-budget-key",
    ),
    pytest.param(
        "version: 1\nname: B\nstore: {url: http://x/, langage: en}\n",
        "b.yaml:3:25: store: unknown key 'langage' (did you mean 'language'?)",
        id="unknown-store-key",
    ),
    pytest.param(
        HEAD + "goal: {txt: done}\n",
        "b.yaml:4:8: goal: unknown key 'txt' (did you mean 'text'?)",
        id="unknown-goal-key",
    ),
    pytest.param(
        HEAD + "budgets: {min_lessons: {simple-return: 70}}\n",
        "b.yaml:4:40: budgets.min_lessons.simple-return: expected 'accessible-info', "
        "'simple-returns', 'reasonable-policy', 'full-responsibility' or "
        "'satisfaction-retention', got 'simple-return' (did you mean 'simple-returns'?)",
        id="lesson-typo",
    ),
    pytest.param(
        HEAD + "flow:\n  - open: /\n  - click: Returns\n"
        "  - fill:\n      feild: Order\n      value: x\n",
        "b.yaml:8:7: flow[2].fill: unknown key 'feild' (did you mean 'field'?)",
        id="unknown-key",
    ),
    pytest.param(
        HEAD + "colour: blue\n",
        "b.yaml:4:1: unknown key 'colour'",
        id="unknown-top-level-key",
    ),
    pytest.param(
        HEAD + "budgets: {max_screens: many}\n",
        "b.yaml:4:24: budgets.max_screens: expected a whole number, got 'many'",
        id="wrong-type",
    ),
    pytest.param(
        "version: 1\nname: [B]\nstore: {url: http://x/}\n",
        "b.yaml:2:7: name: expected text, got a list",
        id="wrong-type-list",
    ),
    pytest.param(
        HEAD + "flow:\n  - clik: Returns\n",
        "b.yaml:5:5: flow[0]: unknown action 'clik' (did you mean 'click'?); actions are: "
        "open, click, fill, select, check, press, wait, expect, contact, screenshot",
        id="unknown-action",
    ),
    pytest.param("", "b.yaml:1:1: the file is empty; a scenario needs version, name and store "
             "(see `returnaudit schema`)", id="empty-file"),
    pytest.param("# only a comment\n", "b.yaml:1:1: the file is empty; a scenario needs version,"
             " name and store (see `returnaudit schema`)", id="comment-only"),
    pytest.param(
        HEAD + "flow:\n  - fill: {field: Order, value: \"${RA_MISSING}\"}\n",
        "b.yaml:5:33: flow[0].fill.value: environment variable 'RA_MISSING' is not set "
        "(set it, or give a default: ${RA_MISSING:-value})",
        id="missing-variable",
    ),
    pytest.param(
        "version: 1\nname: B\nstore: {url: ftp://x/}\n",
        "b.yaml:3:14: store.url: must be an http(s) URL, got 'ftp://x/'",
        id="non-http-url",
    ),
    pytest.param(
        "version: 1\nname: B\nstore: {url: www.shop.example}\n",
        "b.yaml:3:14: store.url: must be an http(s) URL, got 'www.shop.example'",
        id="url-without-scheme",
    ),
    pytest.param("version: 1\nname: B\n", "b.yaml:1:1: missing required key 'store'",
                 id="missing-store"),
    pytest.param(
        "version: 2\nname: B\nstore: {url: http://x/}\n",
        "b.yaml:1:10: version: expected 1, got 2",
        id="wrong-version",
    ),
    pytest.param("- a\n- b\n", "b.yaml:1:1: a scenario is a mapping with version, name and "
                 "store, not a list", id="not-a-mapping"),
    pytest.param(
        "version: 1\nname: B\nname: C\n", "b.yaml:3:1: invalid YAML: duplicate key 'name'",
        id="duplicate-key",
    ),
    pytest.param(
        HEAD + "flow:\n  - click: {text: a, role: button}\n",
        "b.yaml:5:12: flow[0].click: give exactly one of text, role, field or selector "
        "(got text, role)",
        id="two-ways-to-find",
    ),
    pytest.param(
        HEAD + "flow:\n  - click: {role: button}\n",
        "b.yaml:5:12: flow[0].click: 'role' needs a 'name', e.g. { role: button, name: Continue }",
        id="role-without-name",
    ),
    pytest.param(
        HEAD + "flow:\n  - fill: Order\n",
        "b.yaml:5:11: flow[0].fill: expected a mapping, got text",
        id="fill-shorthand",
    ),
    pytest.param(
        HEAD + "flow:\n  - fill: {field: Order}\n",
        "b.yaml:5:11: flow[0].fill: missing required key 'value'",
        id="missing-value",
    ),
    pytest.param(
        HEAD + "flow:\n  - click: A\n    fill: B\n",
        "b.yaml:5:5: flow[0]: a step is one action, like '- click: Start a return'; "
        "got 2 keys (click, fill)",
        id="two-actions-in-one-step",
    ),
    pytest.param(
        HEAD + "flow:\n  - contact: fax\n",
        "b.yaml:5:14: flow[0].contact.channel: expected 'email', 'phone', 'chat' or 'form', "
        "got 'fax'",
        id="bad-contact-channel",
    ),
    pytest.param(
        HEAD + "budgets: {min_lessons: {simple: 50}}\n",
        "b.yaml:4:33: budgets.min_lessons.simple: expected 'accessible-info', 'simple-returns', "
        "'reasonable-policy', 'full-responsibility' or 'satisfaction-retention', got 'simple' "
        "(did you mean 'simple-returns'?)",
        id="unknown-lesson",
    ),
    pytest.param(
        HEAD + "budgets: {max_screens: -1}\n",
        "b.yaml:4:24: budgets.max_screens: input should be greater than or equal to 0",
        id="negative-budget",
    ),
    pytest.param(
        HEAD + "flow:\n  - wait: {seconds: 90}\n",
        "b.yaml:5:21: flow[0].wait.seconds: input should be less than or equal to 30",
        id="wait-too-long",
    ),
    pytest.param(
        HEAD + "flow:\n  - click: {text: Go, submit: yes please}\n",
        "b.yaml:5:31: flow[0].click.submit: expected true or false, got 'yes please'",
        id="submit-not-boolean",
    ),
]


@pytest.mark.parametrize(("text", "message"), CASES)
def test_bad_scenario_message(text: str, message: str) -> None:
    with pytest.raises(ScenarioError) as caught:
        parse_scenario(text, "b.yaml", env={})
    assert str(caught.value) == message
    assert caught.value.exit_code == 2
