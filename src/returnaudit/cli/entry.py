"""The console entry point, before anything heavy is imported: a command that will start a
browser has Playwright's driver boot first (browser/early.py), then the CLI loads."""

from __future__ import annotations

import sys


def main() -> None:
    from returnaudit.browser.early import boot_for, shut_down

    try:
        boot_for(sys.argv[1:])
        from returnaudit.cli.app import main as app_main

        app_main()
    except KeyboardInterrupt:  # before the CLI's own handler is in place
        sys.stderr.write("interrupted\n")
        sys.exit(130)
    finally:
        shut_down()
