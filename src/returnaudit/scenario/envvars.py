"""`${VAR}` and `${VAR:-default}` substitution; values taken from the environment are secrets."""

from __future__ import annotations

import re
from collections.abc import Mapping

_PATTERN = re.compile(r"\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}")


class MissingVariableError(Exception):
    """A `${VAR}` without a default names a variable that is not set."""

    def __init__(self, name: str) -> None:
        super().__init__(
            f"environment variable '{name}' is not set "
            f"(set it, or give a default: ${{{name}:-value}})"
        )
        self.name = name


def substitute(text: str, env: Mapping[str, str], secrets: set[str]) -> str:
    """Expand variables in `text`; add every value read from `env` to `secrets`. `$$` is `$`."""

    def expand(match: re.Match[str]) -> str:
        if match.group(0) == "$$":
            return "$"
        name, default = match.group(1), match.group(2)
        if name in env:
            value = env[name]
            if value:
                secrets.add(value)
            return value
        if default is not None:
            return default
        raise MissingVariableError(name)

    return _PATTERN.sub(expand, text)
