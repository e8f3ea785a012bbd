"""`python -m returnaudit`."""

from .cli import main

main()
