"""Sinks: Avro files for stories and dead letters."""

from pipeline.sinks.avro import StoryRecords, WriteAvroFiles

__all__ = ["StoryRecords", "WriteAvroFiles"]
