"""`python -m returnaudit`."""

from returnaudit.cli.entry import console

console()
