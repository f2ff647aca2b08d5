"""Files a package holds twice: the same bytes under two names (a copy in 「备份/」, an attachment
saved again under its 附件 number). Evidence is read once (`assistant.evidence.extractor`); the
checks ask here which files are copies of which, and whether a declared count is a list counted
with its copies (h46: 114 软著 declared, a 「合计：57项」 list and its copy in 备份).

Must not: register rules or read files (the package is parsed).
"""

from __future__ import annotations

from decimal import Decimal

from assistant.review.model import Review


def copies(review: Review) -> dict[str, list[str]]:
    """Each file that has copies → every path holding the same bytes (itself first), in package order."""
    groups = [[m.path for m in members if not m.document.failed] for members in review.package.by_content().values()]
    return {path: [path, *(p for p in paths if p != path)] for paths in groups if len(paths) > 1 for path in paths}


def counted_with_copies(held_twice: dict[str, list[str]], path: str, evidence: Decimal, declared: Decimal) -> int:
    """How many times a list of `path` the declared count takes it (2 for a list and its copy), or 0;
    `held_twice` is `copies(review)`."""
    held = len(held_twice.get(path, ()))
    return held if held > 1 and evidence > 0 and declared == evidence * held else 0
