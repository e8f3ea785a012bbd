"""Utilities every layer may use: errors, atomic files, YAML data files, redaction, wording,
and the chat widget fingerprints (vendor markup, the same in every language).

Imports nothing else of returnaudit: it is the ground floor.
"""
