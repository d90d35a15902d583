"""JSON API delivery envelopes: where the ninjs items are inside what an agency's API returns.

One rule rather than a list of APIs: an object with no story field of its own is an envelope when
one of the keys APIs keep their items under leads, possibly through further envelopes, to item
objects. The shapes this covers include::

    {"data": {"item": {...}}}                          AP Media API, one item
    {"data": {"items": [{"meta": ..., "item": {...}}]}}  AP Media API feed
    {"total": 1, "item": [{...}]}                      BBC's and similar list APIs
    {"items": [...]}, {"data": [...]}, {"results": [...]}, [{...}, {...}]

Each item comes with where it was found (``data.items[2].item``), for its source and reasons.
"""

from __future__ import annotations

from typing import Any

# Keys a ninjs item (any generation, AP's and BBC's dialects) has and an envelope does not.
ITEM_KEYS = frozenset(
    "headline headlines body_text body_html body_xhtml bodies byline bylines by versioncreated firstcreated "
    "pubstatus renditions located subject subjects associations".split()
)
# Keys APIs keep their items under, in the order they are looked at.
HOLDER_KEYS = ("data", "item", "items", "results", "entries", "content")
_MAX_DEPTH = 6


def is_item(value: Any) -> bool:
    return isinstance(value, dict) and any(isinstance(k, str) and k.lower() in ITEM_KEYS for k in value)


def find_items(value: Any, path: str = "", depth: int = 0) -> list[tuple[str, Any]] | None:
    """``[(path, item), ...]`` inside an envelope; ``[]`` for an envelope holding no item; None
    when ``value`` is no envelope at all. An element of an item list that is neither an item nor
    an envelope is returned as it is, so its parser can say what is wrong with it."""
    if depth > _MAX_DEPTH:
        return None
    if isinstance(value, dict):
        if is_item(value):
            return [(path, value)]
        keys = {k.lower(): k for k in value if isinstance(k, str)}
        for holder in HOLDER_KEYS:
            if holder in keys and isinstance(value[keys[holder]], (dict, list)):
                found = find_items(value[keys[holder]], f"{path}.{keys[holder]}" if path else keys[holder], depth + 1)
                if found is not None:
                    return found
        return None
    if isinstance(value, list):
        out: list[tuple[str, Any]] = []
        for index, element in enumerate(value):
            where = f"{path}[{index}]"
            inner = find_items(element, where, depth + 1) if isinstance(element, dict) else None
            out.extend(inner if inner is not None else [(where, element)])
        return out
    return None
