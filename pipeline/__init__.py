"""wire-ingest: news wire stories to annotated, event-deduplicated Avro records."""

__version__ = "0.1.0"
