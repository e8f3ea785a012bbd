"""The plan as a commented scenario file: what was found where, what to provide, which steps are
guesses, then the scenario itself (every store text quoted, so no page can change its YAML)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

from returnaudit.scaffold.plan import Plan

_PLAIN = re.compile(r"(?:[^\W_]|/)[\w ./'()-]*", re.UNICODE)
_RESERVED = re.compile(r"(?i)(?:true|false|yes|no|on|off|null|~|[-+]?[\d._]+(?:e[-+]?\d+)?)")
WIDTH = 96


def render_scenario(plan: Plan, *, version: str) -> str:
    """The scenario file's text."""
    lines = [*_header(plan, version), "version: 1", f"name: {scalar(plan.name)}", "store:",
             f"  url: {scalar(plan.store_url)}", f"  language: {plan.language}"]
    if plan.policy_url:
        lines.append(f"policy_url: {scalar(plan.policy_url)}")
    lines.append("flow:")
    for step in plan.steps:
        lines += [f"  # {note}" for note in _wrap(step.notes, "  # ")]
        lines.append(_line(f"  - {step.action}: {_value(step.value)}", step.comment))
    if plan.why:
        lines += [f"  # {line}" for line in _wrap([f"The route stops here: {plan.why}"], "  # ")]
    lines.append(_line(f"goal: {{ text: {scalar(plan.goal)} }}", plan.goal_note))
    return "\n".join(lines) + "\n"


def _header(plan: Plan, version: str) -> Iterator[str]:
    explored = plan.exploration
    yield f"# Written by `returnaudit init` (returnaudit {version}) from {plan.store_url}"
    yield (f"# It read {len(explored.pages)} page(s) in {explored.duration_ms / 1000:.1f} s "
           f"and stopped: {explored.stopped}.")
    route = _clean(plan.why or "")
    if plan.outcome == "self_service":
        guessed = any(step.guess for step in plan.steps)
        route = "a self-service return" + ("; its last steps are guesses" if guessed else "")
    yield from _block("Route", [route])
    yield from _block("What init found", [f"- {line}" for line in plan.found])
    if plan.others:
        yield from _block("Other ways to return (not in this scenario)",
                          [f"- {line}" for line in plan.others])
    yield from _block("What you must provide", list(_provide(plan)))
    yield from _block("Guesses", [_guesses(plan)])
    if any(isinstance(s.value, dict) and s.value.get("submit") for s in plan.steps):
        yield from _block("Safety", [
            "the step with `submit: true` sends a real return; against a live store `run` "
            "stops before it unless you add --allow-submit."])
    yield "#"


def _provide(plan: Plan) -> Iterator[str]:
    if not plan.variables:
        yield "nothing: this route asks for no order."
        return
    origin = ("the store's demo order" if plan.demo_defaults else
              "stand-ins, so that `validate` accepts the file: set the variables to an order "
              "of yours that can be returned before `run`")
    yield f"environment variables (read from the environment, they stay secret in reports); " \
          f"defaults: {origin}."
    for variable in plan.variables:
        yield f"  {variable.name}: {variable.what} (default: {variable.default})"


def _guesses(plan: Plan) -> str:
    if plan.guesses == 0:
        return "none: every step below was read from the store's pages."
    return (f"{plan.guesses} marked `guess` below (steps or the goal): check them against the "
            "store before trusting the numbers.")


def _block(title: str, lines: list[str]) -> Iterator[str]:
    yield "#"
    yield f"# {title}:"
    for line in _wrap(lines, "#   "):
        yield f"#   {line}"


def _wrap(lines: tuple[str, ...] | list[str], prefix: str) -> Iterator[str]:
    """Comment lines cut at words to fit the file's width; continuation lines indented."""
    room = WIDTH - len(prefix)
    for line in lines:
        lead = " " * (len(line) - len(line.lstrip(" ")))
        text, first = _clean(line), True
        while text:
            width = room - len(lead) - (0 if first else 2)
            cut = text if len(text) <= width else text[:width].rsplit(" ", 1)[0] or text[:width]
            yield lead + ("" if first else "  ") + cut
            text, first = text[len(cut):].lstrip(), False


def _line(code: str, comment: str) -> str:
    return f"{code}  # {_clean(comment)}" if comment else code


def _value(value: str | dict[str, str | bool]) -> str:
    if isinstance(value, str):
        return scalar(value)
    parts = [f"{key}: {'true' if item is True else scalar(str(item))}"
             for key, item in value.items()]
    return "{ " + ", ".join(parts) + " }"


def scalar(text: str) -> str:
    """A YAML scalar for `text`: plain when nothing in it could mean something else in YAML,
    else double-quoted (JSON's escapes are YAML's)."""
    if _PLAIN.fullmatch(text) and not _RESERVED.fullmatch(text) and text == text.strip():
        return text
    return json.dumps(text, ensure_ascii=False)


def _clean(text: str) -> str:
    """Store text made safe for a comment line: one line, no control characters."""
    return " ".join("".join(c if c.isprintable() else " " for c in text).split())
