"""OLE2 compound files (legacy Office, password-protected OOXML): which streams one holds.

Must not read a stream's content (the legacy reader and the encrypted check decide what to do).
"""

from __future__ import annotations

from pathlib import Path


def holds_stream(path: Path, name: bytes) -> bool:
    """Whether a compound file names a stream `name` (UTF-16-LE): its directory names its streams,
    anywhere in the file, so scanning the bytes finds one without parsing the directory."""
    tail = b""
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            if name in tail + chunk:
                return True
            tail = chunk[-len(name) :]
    return False
