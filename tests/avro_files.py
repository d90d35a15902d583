"""Reading Avro output back with the Apache ``avro`` package: an independent
reader, not the fastavro library the pipeline writes with."""

from __future__ import annotations

from pathlib import Path

from avro.datafile import DataFileReader
from avro.io import DatumReader


def read_avro_folder(folder: Path, pattern: str = "*.avro") -> list[dict]:
    """Every record of every matching file under ``folder`` (recursively), in file-name order."""
    records: list[dict] = []
    for path in sorted(Path(folder).rglob(pattern)):
        with open(path, "rb") as handle:
            reader = DataFileReader(handle, DatumReader())
            records.extend(reader)
            reader.close()
    return records
