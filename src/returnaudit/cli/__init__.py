"""The command line: thin Typer commands that collect options, call one pipeline function and
map the package's errors to exit codes (the only place that does).

May import anything; nothing imports it.
"""
