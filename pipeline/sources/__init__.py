"""Sources: where wire documents come from (files and archives; Pub/Sub)."""
