"""Data shipped inside the `assistant` package: the prompt templates and the sample package.

In a checkout, `assistant/data/prompts` and `assistant/data/sample_package` are symlinks to the
top-level `prompts/` and `samples/sample_package/` (the folders people edit, which the README and
`make run` name); a wheel carries copies of them as package data. Both are reached through
importlib.resources, so an installed command never looks beside a checkout. Locating only.
"""

from __future__ import annotations

from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path


def _data() -> Traversable:
    return resources.files("assistant") / "data"


def prompts_dir() -> Traversable:
    return _data() / "prompts"


def sample_package() -> Path | None:
    """The bundled sample as a real folder (a review reads files by path), or None when this
    installation has none."""
    entry = _data() / "sample_package"
    if not isinstance(entry, Path) or not entry.is_dir():  # not unpacked on a file system
        return None
    return entry.resolve()
