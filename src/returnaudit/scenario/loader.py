"""The one place where YAML becomes a typed Scenario; every error becomes one located line."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from returnaudit.lib.errors import ScenarioError
from returnaudit.scenario.envvars import MissingVariableError, substitute
from returnaudit.scenario.models import ACTIONS, SHORTHAND_KEY, ScenarioDocument, Step
from returnaudit.scenario.scenario import Scenario
from returnaudit.scenario.yamlmap import LocatedDocument, Mark, YamlSyntaxError, load_located
from returnaudit.scenario.yamlmap import Path as DataPath

M = TypeVar("M", bound=BaseModel)

_TYPE_NAMES = {
    str: "text",
    int: "a whole number",
    float: "a number",
    bool: "true or false",
    list: "a list",
    dict: "a mapping",
    type(None): "nothing (null)",
}


def load_scenario(path: str | Path, env: Mapping[str, str] | None = None) -> Scenario:
    """Read, substitute and validate a scenario file; raise ScenarioError with file:line:col."""
    shown = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ScenarioError(f"{shown}: no such scenario file") from None
    except IsADirectoryError:
        raise ScenarioError(f"{shown}: is a folder, not a scenario file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ScenarioError(f"{shown}: cannot read: {exc}") from None
    return parse_scenario(text, shown, os.environ if env is None else env)


def parse_scenario(text: str, filename: str, env: Mapping[str, str]) -> Scenario:
    """Validate scenario text; `filename` is only used in messages and the report."""
    try:
        doc = load_located(text)
    except YamlSyntaxError as exc:
        raise _error(filename, exc.mark, (), f"invalid YAML: {exc}") from None
    if doc is None:
        raise ScenarioError(f"{filename}:1:1: the file is empty; a scenario needs version, "
                            "name and store (see `returnaudit schema`)")
    if not isinstance(doc.data, dict):
        raise _error(filename, doc.mark(()), (), "a scenario is a mapping with version, name "
                     f"and store, not {_type_name(doc.data)}")
    secrets: set[str] = set()
    data = _substitute_all(doc.data, (), doc, filename, env, secrets)
    document = _validate(ScenarioDocument, data, (), doc, filename)
    steps = tuple(_step(item, ("flow", i), doc, filename) for i, item in enumerate(document.flow))
    withdrawal = document.withdrawal.flow if document.withdrawal else []
    withdrawal_steps = tuple(_step(item, ("withdrawal", "flow", i), doc, filename)
                             for i, item in enumerate(withdrawal))
    _check_names(document, doc, filename)
    return Scenario.from_document(document, steps, filename, frozenset(secrets),
                                  withdrawal_steps)


def url_scenario(url: str, policy_url: str | None = None) -> Scenario:
    """The scenario of `returnaudit audit URL`: the store, no flow."""
    from urllib.parse import urlsplit

    from returnaudit.lib.errors import UsageError

    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise UsageError(f"URL must be an http(s) address, got '{url}'")
    document = ScenarioDocument.model_validate(
        {"version": 1, "name": f"{parts.netloc}{parts.path}".rstrip("/"), "store": {"url": url},
         "policy_url": policy_url})
    return Scenario.from_document(document, (), None, frozenset())  # type: ignore[arg-type]


def _check_names(document: ScenarioDocument, doc: LocatedDocument, filename: str) -> None:
    """`budgets.require` names real checks; `rubric` overrides merge into the rubric. The
    rubric is loaded only for a scenario that has either (not on every start-up path)."""
    required = (document.budgets.require or {}) if document.budgets else {}
    if not required and not document.rubric:
        return
    from returnaudit.lib.errors import UsageError
    from returnaudit.scoring.rubric import default_rubric, with_overrides

    rubric = default_rubric()
    known = [c for lesson in rubric.lessons.values() for c in lesson.checks]
    known += list(rubric.compliance)
    for check in required:
        if check not in known:
            path: DataPath = ("budgets", "require", check)
            raise _error(filename, doc.mark(path, key=True), path[:-1],
                         f"unknown check '{check}'{_suggest(check, known)}")
    if document.rubric:
        try:
            with_overrides(rubric, document.rubric, source="rubric")
        except UsageError as exc:
            message = str(exc).removeprefix("rubric: ")
            where: DataPath = ("rubric", *getattr(exc, "path", ()))
            raise _error(filename, doc.mark(where, key=True), ("rubric",), message) from None


def _substitute_all(value: Any, path: DataPath, doc: LocatedDocument, filename: str,
                    env: Mapping[str, str], secrets: set[str]) -> Any:
    if isinstance(value, dict):
        return {k: _substitute_all(v, (*path, k), doc, filename, env, secrets)
                for k, v in value.items()}
    if isinstance(value, list):
        return [_substitute_all(v, (*path, i), doc, filename, env, secrets)
                for i, v in enumerate(value)]
    if isinstance(value, str) and "$" in value:
        try:
            return substitute(value, env, secrets)
        except MissingVariableError as exc:
            raise _error(filename, doc.mark(path), path, str(exc)) from None
    return value


def _step(item: Any, path: DataPath, doc: LocatedDocument, filename: str) -> Step:
    if not isinstance(item, dict) or len(item) != 1:
        got = (f"{len(item)} keys ({', '.join(item)})" if isinstance(item, dict)
               else _type_name(item))
        raise _error(filename, doc.mark(path), path,
                     f"a step is one action, like '- click: Start a return'; got {got}")
    action, spec = next(iter(item.items()))
    if action not in ACTIONS:
        raise _error(filename, doc.mark((*path, action), key=True), path,
                     f"unknown action '{action}'{_suggest(action, ACTIONS)}; "
                     f"actions are: {', '.join(ACTIONS)}")
    if not isinstance(spec, dict):
        if action not in SHORTHAND_KEY or isinstance(spec, list | dict) or spec is None:
            hint = "text or a mapping" if action in SHORTHAND_KEY else "a mapping"
            raise _error(filename, doc.mark((*path, action)), (*path, action),
                         f"expected {hint}, got {_type_name(spec)}")
        spec = {SHORTHAND_KEY[action]: spec}
    model = _validate(ACTIONS[action], spec, (*path, action), doc, filename)
    return model  # type: ignore[return-value]


def _validate(model: type[M], data: Any, base: DataPath, doc: LocatedDocument,
                            filename: str) -> M:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        first = _first_to_fix(exc)
        loc = tuple(p for p in first["loc"] if not _is_union_tag(p))
        path = (*base, *loc)
        message, on_key = _describe(first, model, loc)
        if first["type"] == "extra_forbidden":
            raise _error(filename, doc.mark(path, key=True), path[:-1], message) from None
        if first["type"] == "missing":
            path = path[:-1]
        raise _error(filename, doc.mark(path, key=on_key), path, message) from None


def _first_to_fix(exc: ValidationError) -> Any:
    """An unknown key before anything else: `nmae:` is reported as itself, at its own line,
    not as a missing `name`."""
    errors = exc.errors(include_url=False)
    return next((e for e in errors if e["type"] == "extra_forbidden"), errors[0])


def _is_union_tag(part: Any) -> bool:
    return isinstance(part, str) and ("[" in part or part.startswith("function-"))


def _describe(err: Any, model: type[BaseModel], loc: tuple[Any, ...]) -> tuple[str, bool]:
    kind, value = err["type"], err.get("input")
    if kind == "extra_forbidden":
        key = str(loc[-1])
        return f"unknown key '{key}'{_suggest(key, _known_keys(model, loc[:-1]))}", True
    if kind == "missing":
        return f"missing required key '{loc[-1]}'", False
    if kind == "literal_error":
        expected = err.get("ctx", {}).get("expected", "")
        options = [part.strip(" '") for part in expected.replace(" or ", ", ").split(",")]
        hint = _suggest(value, options) if isinstance(value, str) else ""
        return f"expected {expected}, got {_show(value)}{hint}", False
    if kind.endswith("_type") or kind.endswith("_parsing"):
        wanted = {"string": "text", "int": "a whole number", "float": "a number",
                  "bool": "true or false", "list": "a list", "dict": "a mapping",
                  "model": "a mapping"}.get(kind.split("_")[0], kind)
        return f"expected {wanted}, got {_show(value)}", False
    if kind == "value_error":
        return str(err.get("ctx", {}).get("error", err["msg"])), False
    return err["msg"][0].lower() + err["msg"][1:], False


def _known_keys(model: type[BaseModel], loc: tuple[Any, ...]) -> list[str]:
    current: Any = model
    for part in loc:
        field = getattr(current, "model_fields", {}).get(part)
        current = _model_in(field.annotation) if field is not None else None
        if current is None:
            return []
    fields = getattr(current, "model_fields", {})
    return [f.alias or name for name, f in fields.items()]


def _model_in(annotation: Any) -> type[BaseModel] | None:
    """The model a field holds, through `X | None` and other unions."""
    from typing import get_args

    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    return next((m for m in map(_model_in, get_args(annotation)) if m is not None), None)


def _suggest(word: str, known: Any) -> str:
    import difflib  # only on the error path: it costs start-up time

    close = difflib.get_close_matches(word, list(known), n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


def _type_name(value: Any) -> str:
    return _TYPE_NAMES.get(type(value), type(value).__name__)


def _show(value: Any) -> str:
    if isinstance(value, str):
        return f"'{value}'"
    if isinstance(value, dict | list) or value is None:
        return _type_name(value)
    return "true" if value is True else "false" if value is False else repr(value)


def _error(filename: str, mark: Mark, path: DataPath, message: str) -> ScenarioError:
    where = format_path(path)
    prefix = f"{where}: " if where else ""
    return ScenarioError(f"{filename}:{mark.line}:{mark.column}: {prefix}{message}")


def format_path(path: DataPath) -> str:
    """`("flow", 3, "fill")` -> `flow[3].fill`."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out
