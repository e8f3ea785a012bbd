"""The console every command writes to: stderr, for people (machine output goes to stdout)."""

from rich.console import Console

err = Console(stderr=True, highlight=False)

