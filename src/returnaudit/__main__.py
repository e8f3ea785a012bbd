"""`python -m returnaudit`."""

from returnaudit.cli.app import main

main()
