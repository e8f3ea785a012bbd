"""Utilities every layer may use: errors, atomic files, YAML data files, redaction, wording.

Imports nothing else of returnaudit: it is the ground floor.
"""
