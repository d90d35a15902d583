"""Compact bytes for what the dedup stage sends across shuffles.

Why bytes: the local runner (FnApiRunner) decodes every grouped value in its own process and
holds it until the next stage runs. A signature decoded there costs about 23 kB of Python
objects (dicts of str -> float), and each story sends one copy to each of its ~27 blocking keys:
half a megabyte per story in the runner. An encoded signature is about 3.5 kB and stays one
``bytes`` object there. Workers decode it where it is compared.

The encoding is generic over a dataclass's fields (so fields added to ``Signature`` travel
without a change here): the field values as one ``marshal`` tuple, which keeps str, int,
float (bit for bit), None, tuple, frozenset and dict exactly. A value marshal cannot write
(a custom class, a numpy scalar) makes that object go as a pickle instead. Both sides run the
same interpreter and code, so marshal's format is stable between them; nothing encoded here is
stored beyond one run.
"""

from __future__ import annotations

import dataclasses
import functools
import marshal
import pickle
import zlib
from typing import Any, TypeVar

from apache_beam.coders import Coder

from pipeline.dedup.signature import Signature
from pipeline.model import Story

__all__ = [
    "SignatureCoder",
    "decode_record",
    "decode_signature",
    "decode_story",
    "encode_record",
    "encode_signature",
    "encode_story",
    "frame",
    "pack",
    "unframe",
    "unpack",
]

T = TypeVar("T")

_MARSHAL = b"M"
_PICKLE = b"P"
# Version 4 is what Python 3.11 writes by default; pinned so both sides agree explicitly.
_MARSHAL_VERSION = 4


@functools.cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls) if f.init)


def encode_record(obj: Any) -> bytes:
    """One dataclass instance as bytes: its init fields' values, marshalled (or a pickle)."""
    values = tuple(getattr(obj, name) for name in _field_names(type(obj)))
    try:
        return _MARSHAL + marshal.dumps(values, _MARSHAL_VERSION)
    except ValueError:  # a value marshal cannot write: the whole object as a pickle
        return _PICKLE + pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)


def decode_record(cls: type[T], data: bytes) -> T:
    """The ``cls`` instance ``encode_record`` wrote."""
    tag, body = data[:1], memoryview(data)[1:]
    if tag == _MARSHAL:
        values = marshal.loads(body)
        names = _field_names(cls)
        if len(values) != len(names):
            raise ValueError(f"encoded {cls.__name__} has {len(values)} fields, the class has {len(names)}")
        return cls(*values)
    if tag == _PICKLE:
        obj = pickle.loads(body)
        if not isinstance(obj, cls):
            raise ValueError(f"expected a pickled {cls.__name__}, got {type(obj).__name__}")
        return obj
    raise ValueError(f"unknown encoding tag {bytes(tag)!r} for {cls.__name__} (expected b'M' or b'P')")


def pack(*values: Any) -> bytes:
    """A tuple of plain values (str, int, float, bytes, None, tuples of them) as bytes."""
    return marshal.dumps(values, _MARSHAL_VERSION)


def unpack(data: bytes) -> tuple:
    return marshal.loads(data)


def encode_story(story: Story) -> bytes:
    """A whole story as a compressed pickle (~2.5 kB for an annotated one, ~2x smaller than the
    pickle): how stories cross the batch job's shuffles, which the local runner holds in memory."""
    return zlib.compress(pickle.dumps(story, pickle.HIGHEST_PROTOCOL), 1)


def decode_story(data: bytes) -> Story:
    return pickle.loads(zlib.decompress(data))


def frame(header: tuple, payload: bytes) -> bytes:
    """A packed header of plain values before an opaque payload (a compressed signature), so a
    reader gets at the header without copying the payload."""
    packed = pack(*header)
    return len(packed).to_bytes(4, "big") + packed + payload


def unframe(data: bytes) -> tuple[tuple, memoryview]:
    """``(header, payload)`` of ``frame`` (the payload not copied)."""
    view = memoryview(data)
    size = int.from_bytes(view[:4], "big")
    return unpack(view[4 : 4 + size]), view[4 + size :]


def encode_signature(sig: Signature) -> bytes:
    return encode_record(sig)


def decode_signature(data: bytes) -> Signature:
    return decode_record(Signature, data)


class SignatureCoder(Coder):
    """Beam coder for ``Signature`` values (state, PCollections); not for grouping keys."""

    def encode(self, value: Signature) -> bytes:
        return encode_signature(value)

    def decode(self, encoded: bytes) -> Signature:
        return decode_signature(encoded)

    def is_deterministic(self) -> bool:
        # frozensets of str iterate in a per-process (hash-seeded) order, so equal signatures
        # may marshal differently in two processes: not usable as a grouping key.
        return False

    def to_type_hint(self):
        return Signature
