"""The fact rules: each module reads a Document and returns the facts it found."""
