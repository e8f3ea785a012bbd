"""`python -m returnaudit`."""

from returnaudit.cli.entry import main

main()
