"""Reporters render a Report (or a run's Summary) for people and machines: the terminal, JSON,
HTML, JUnit, Markdown, GitHub annotations, the ranking and the benchmark page. They compute
nothing and write no file: one table (`formats.py`) gives each format its name, renderer and
file suffix, `pipeline.outputs` writes what they render, and `bands.py` holds the score bands.

May import `report` (the models they render) and `lib`; never the rubric, the checks, the
scenario models, the browser or the pipeline: what they show must be in the model.
"""
