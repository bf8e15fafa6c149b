"""Compare a freshly generated package with the committed one."""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from pathlib import Path

IGNORED_PARTS = {"__pycache__", ".ruff_cache", ".mypy_cache"}


def _files(root: Path) -> dict[str, bytes]:
    if not root.is_dir():
        return {}
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and not IGNORED_PARTS.intersection(p.parts) and p.suffix != ".pyc"
    }


@dataclass(frozen=True)
class TreeDiff:
    added: list[str]
    removed: list[str]
    changed: dict[str, str]

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.changed)

    def summary(self, label: str, max_lines: int = 12) -> str:
        lines = [f"{label}: {len(self.added)} added, {len(self.removed)} removed, {len(self.changed)} changed"]
        lines += [f"  + {name} (would be created)" for name in self.added]
        lines += [f"  - {name} (would be deleted)" for name in self.removed]
        for name, diff in self.changed.items():
            lines.append(f"  ~ {name}")
            excerpt = diff.splitlines()[:max_lines]
            lines += [f"      {line}" for line in excerpt]
        return "\n".join(lines)


def compare(committed: Path, fresh: Path) -> TreeDiff:
    old, new = _files(committed), _files(fresh)
    changed = {}
    for name in sorted(old.keys() & new.keys()):
        if old[name] != new[name]:
            diff = difflib.unified_diff(
                old[name].decode("utf-8", "replace").splitlines(),
                new[name].decode("utf-8", "replace").splitlines(),
                f"committed/{name}",
                f"regenerated/{name}",
                n=1,
                lineterm="",
            )
            changed[name] = "\n".join(list(diff)[2:])
    return TreeDiff(added=sorted(new.keys() - old.keys()), removed=sorted(old.keys() - new.keys()), changed=changed)
