"""The `returnaudit` command's own exit: the code of `main`, every output flushed, exit
functions run, and no interpreter teardown (run as real processes: it ends the process)."""

from __future__ import annotations

import subprocess
import sys

from returnaudit import __version__


def console(*args: str, code: str = "") -> subprocess.CompletedProcess[str]:
    """`python -c` running `code`, then the console entry point with `args`."""
    script = (f"import sys\n{code}\nsys.argv = ['returnaudit', *{list(args)!r}]\n"
              "from returnaudit.cli.entry import console\nconsole()\n")
    return subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=60, check=False)


def test_exit_code_and_output_are_kept() -> None:
    done = console("--version")
    assert (done.returncode, done.stdout.strip()) == (0, f"returnaudit {__version__}")


def test_a_usage_error_keeps_its_code_and_message() -> None:
    done = console("validate", "/nonexistent/scenario.yaml")
    assert done.returncode == 2
    assert "/nonexistent/scenario.yaml: no such scenario file" in done.stdout + done.stderr


def test_exit_functions_still_run() -> None:
    done = console("--version", code="import atexit\natexit.register(print, 'exit function ran')")
    assert done.returncode == 0
    assert done.stdout.splitlines()[-1] == "exit function ran"


def test_a_reader_that_goes_away_is_no_traceback() -> None:
    script = ("import sys\nsys.argv = ['returnaudit', '--help']\n"
              "from returnaudit.cli.entry import console\nconsole()\n")
    child = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True)
    assert child.stdout is not None and child.stderr is not None
    child.stdout.close()  # as `returnaudit --help | head -1` does once it has its line
    assert child.wait(timeout=60) == 1  # as before this entry point: Typer's broken pipe
    assert child.stderr.read() == ""
