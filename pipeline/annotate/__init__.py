"""Annotation stage: story-level entities and quotes with their speakers (spaCy)."""
