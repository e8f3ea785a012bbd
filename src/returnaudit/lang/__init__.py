"""The language layer: one pack per language (`en.yaml`, `fr.yaml`, `de.yaml`), its schema and
loader, the lexicon compiled from it, and the text primitives every reader shares: normalise,
split sentences, detect the language, tell whether a cue is negated.

Pure data and text: may import `lib` only. Importing the package is cheap; the packs (and
pydantic) load on first use. See README.md here for the pack format and how to add a language.
"""
