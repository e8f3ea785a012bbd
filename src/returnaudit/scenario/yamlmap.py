"""Read YAML safely into plain data plus a map from each value's path to its line and column."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import yaml

Path = tuple[str | int, ...]


@dataclass(frozen=True)
class Mark:
    """A 1-based position in the source file."""

    line: int
    column: int


@dataclass
class LocatedDocument:
    """Plain data from a YAML file, and where each key and value of it stands."""

    data: Any
    value_marks: dict[Path, Mark]
    key_marks: dict[Path, Mark]

    def mark(self, path: Path, *, key: bool = False) -> Mark:
        """The nearest known position of `path`: its key's if asked and known, else its value's."""
        for end in range(len(path), -1, -1):
            prefix = path[:end]
            if key and prefix in self.key_marks:
                return self.key_marks[prefix]
            if prefix in self.value_marks:
                return self.value_marks[prefix]
        return Mark(1, 1)


class YamlSyntaxError(Exception):
    """The text is not valid YAML, or not one document."""

    def __init__(self, message: str, mark: Mark) -> None:
        super().__init__(message)
        self.mark = mark


def _mark(node: yaml.Node | yaml.Mark) -> Mark:
    start = node.start_mark if isinstance(node, yaml.Node) else node
    return Mark(start.line + 1, start.column + 1)


def load_located(text: str) -> LocatedDocument | None:
    """Parse one YAML document with the safe loader; None when the file holds no document."""
    loader = yaml.SafeLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        doc = LocatedDocument(None, {}, {})
        doc.data = _construct(loader, node, (), doc)
        return doc
    except yaml.MarkedYAMLError as exc:
        raise plain_syntax_error(exc) from None
    except yaml.YAMLError as exc:
        raise YamlSyntaxError(str(exc).splitlines()[0], Mark(1, 1)) from None
    finally:
        loader.dispose()


def plain_syntax_error(exc: yaml.MarkedYAMLError) -> YamlSyntaxError:
    """PyYAML's parser jargon in plain words, at the line that needs the fix."""
    problem, context = exc.problem or "", exc.context or ""
    at = _mark(exc.problem_mark) if exc.problem_mark else Mark(1, 1)
    opened = _mark(exc.context_mark) if exc.context_mark else at
    for cue, message, at_opening in _PLAIN:
        if cue in problem or (cue in context and not problem):
            text = message.format(problem=problem, line=opened.line, column=opened.column,
                                  char=problem.split("'")[1] if "'" in problem else "")
            return YamlSyntaxError(text, opened if at_opening else at)
    return YamlSyntaxError(problem or context or "not valid YAML", at)


_PLAIN: tuple[tuple[str, str, bool], ...] = (
    ("but found '<block sequence start>'", "this list item is not indented like the lines above "
     "it: align its '-' with the other items of the same list", False),
    ("but found '-'", "this list item is not indented like the lines above it: align its '-' "
     "with the other items of the same list", False),
    ("expected <block end>", "this line is not indented like the lines above it: align it with "
     "the keys of its mapping", False),
    ("mapping values are not allowed here", "unexpected ':' here: this line is indented deeper "
     "than the key above it, or a value holds ': ' and needs quotes (name: \"Returns: "
     "the test\")", False),
    ("'\\t' that cannot start any token", "a tab character: YAML indents with spaces only",
     False),
    ("that cannot start any token", "a value cannot start with '{char}': put it in quotes",
     False),
    ("found unexpected end of stream", "the quote opened here is never closed", True),
    ("expected ',' or '}'", "the '{{' opened at line {line}, column {column} is not closed: a "
     "',' or '}}' is missing", False),
    ("expected ',' or ']'", "the '[' opened at line {line}, column {column} is not closed: a "
     "',' or ']' is missing", False),
    ("could not find expected ':'", "this line is neither 'key: value' nor a list item: a ':' "
     "is missing, or a quote is not closed", True),
    ("found undefined alias", "a value starts with '*', which YAML reads as a reference to an "
     "anchor: put it in quotes", False),
    ("but found another document", "the file holds more than one YAML document ('---'); a "
     "scenario is one", False),
)


def _construct(loader: yaml.SafeLoader, node: yaml.Node, path: Path, doc: LocatedDocument) -> Any:
    doc.value_marks[path] = _mark(node)
    if isinstance(node, yaml.MappingNode):
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            if not isinstance(key, str | int | float | bool) or key is None:
                raise yaml.constructor.ConstructorError(
                    None, None, "mapping keys must be plain text", key_node.start_mark
                )
            if key in result:
                raise yaml.constructor.ConstructorError(
                    None, None, f"duplicate key '{key}'", key_node.start_mark
                )
            child = (*path, str(key))
            doc.key_marks[child] = _mark(key_node)
            result[str(key)] = _construct(loader, value_node, child, doc)
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_construct(loader, item, (*path, i), doc) for i, item in enumerate(node.value)]
    return loader.construct_object(node, deep=True)
