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
        where = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or "invalid YAML"
        raise YamlSyntaxError(problem, _mark(where) if where else Mark(1, 1)) from None
    except yaml.YAMLError as exc:
        raise YamlSyntaxError(str(exc).splitlines()[0], Mark(1, 1)) from None
    finally:
        loader.dispose()


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
