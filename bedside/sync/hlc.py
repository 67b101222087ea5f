"""Hybrid logical clock, sync side.

The clock itself is the core's (``bedside.hlc.HybridLogicalClock``: every
record version is stamped when it is written, and a clock set back an hour
keeps issuing increasing stamps).  Sync adds the checks on stamps that come
from other workstations and the ordering helpers."""

from __future__ import annotations

import re

from ..hlc import HybridLogicalClock, Timestamp

__all__ = ["HybridLogicalClock", "Timestamp", "parse_remote", "is_valid"]

_PATTERN = re.compile(r"^\d{15}-\d{6}-[A-Za-z0-9_-]{1,64}$")


def is_valid(stamp: object) -> bool:
    return isinstance(stamp, str) and bool(_PATTERN.match(stamp))


def parse_remote(stamp: object) -> Timestamp:
    """A stamp received from elsewhere, refused if not well-formed."""
    if not is_valid(stamp):
        raise ValueError("not a hybrid logical clock stamp")
    return Timestamp.decode(stamp)  # type: ignore[arg-type]
