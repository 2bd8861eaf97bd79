"""Word lists too long for lexicon.py, kept as code so they ship inside the package."""
