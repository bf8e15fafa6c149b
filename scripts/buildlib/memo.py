"""Per-process memory of pure, deterministic results, keyed by their input's content (never a path or mtime).

The tools and the suite read, fold and validate the same specs again and again; a result already computed for
the same input bytes is handed out again. The memory keeps a pickled snapshot, so every caller gets its own
fresh copy: mutating a returned spec never leaks into the next call, and an edited file is simply a new key.

Checks that passed (`settle`) can also be shared between processes through a folder named by
$DOL_SDK_BUILD_CACHE (opt-in; the test suite sets one per run, so its workers and subprocesses validate each
document once). Only a pass is recorded, as an empty file named by the key; a failure is never recorded.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import threading
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar, cast

T = TypeVar("T")

SHARED_DIR_ENV = "DOL_SDK_BUILD_CACHE"
BUDGET = 128 * 2**20  # bytes of snapshots kept, least recently used dropped first (a spec is a few hundred kB)

_snapshots: OrderedDict[tuple[str, str], bytes] = OrderedDict()
_size = 0
_lock = threading.Lock()


def digest(*parts: bytes | str) -> str:
    """One SHA-256 over several inputs (each length-prefixed, so ("ab", "c") and ("a", "bc") differ)."""
    hasher = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        hasher.update(len(data).to_bytes(8, "big"))
        hasher.update(data)
    return hasher.hexdigest()


def exact_key(*values: Any) -> str | None:
    """A key equal to another only for identical data: same types, key order and sharing (None: not picklable)."""
    try:
        return digest(pickle.dumps(values, protocol=pickle.HIGHEST_PROTOCOL))
    except (pickle.PicklingError, TypeError, AttributeError):
        return None


def remember(kind: str, key: str | None, compute: Callable[[], T]) -> T:
    """compute()'s result for `key`: computed once per process (exceptions are not kept), a fresh copy each call.

    A key of None means the input has no content key: computed every time, nothing kept.
    """
    if key is None:
        return compute()
    with _lock:
        snapshot = _snapshots.get((kind, key))
        if snapshot is not None:
            _snapshots.move_to_end((kind, key))
    if snapshot is not None:
        return cast(T, pickle.loads(snapshot))
    value = compute()
    _keep((kind, key), pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
    return value  # the caller's own object: the memory holds a snapshot taken before anyone could change it


def _keep(slot: tuple[str, str], snapshot: bytes) -> None:
    """Store a snapshot, then drop the least recently used ones while the total exceeds BUDGET."""
    global _size
    with _lock:
        old = _snapshots.pop(slot, None)
        _size += len(snapshot) - (len(old) if old is not None else 0)
        _snapshots[slot] = snapshot
        while _size > BUDGET and len(_snapshots) > 1:
            _size -= len(_snapshots.popitem(last=False)[1])


def settle(kind: str, key: str | None, check: Callable[[], None]) -> None:
    """Run check() unless it passed for `key` before, in this process or in one sharing $DOL_SDK_BUILD_CACHE.

    The key must name everything the outcome depends on (the input and the checker's version).
    """
    if key is None:
        check()
        return
    remember(kind, key, lambda: _settle_shared(kind, key, check))


def _settle_shared(kind: str, key: str, check: Callable[[], None]) -> None:
    folder = os.environ.get(SHARED_DIR_ENV)
    marker = Path(folder, kind, key) if folder else None
    if marker is not None and marker.is_file():
        return
    check()
    if marker is not None:
        marker.parent.mkdir(parents=True, exist_ok=True)
        marker.touch()
