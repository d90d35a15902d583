"""Deduplication: exact redeliveries dropped, every story tied to an event."""

from pipeline.dedup.transform import DeduplicateStories

__all__ = ["DeduplicateStories"]
