"""Single-article stories on unrelated topics (each its own story in the gold). Invented."""

EVENT = None

ARTICLES = []
