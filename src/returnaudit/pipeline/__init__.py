"""Orchestration: run scenarios in the browser, judge them, rescore saved artifacts, write every
output file, baselines, shards and merges, progress, the browser doctor.

The only layer that ties the browser to the reports. May import every layer below it; only
`cli` and `demo` import it.
"""
