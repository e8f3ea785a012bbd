"""The demo: the bundled stores and their scenarios (package data), the loopback server that
serves them to `returnaudit demo`, the tests and the benchmarks, and the demo run itself.

May import `lib` and the `pipeline` (the demo is a run like any other); only `cli` imports
its run.
"""
