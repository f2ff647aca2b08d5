"""What DOCX and XLSX share as zip packages: the size guard run before any parser sees the file.

A 20 KB .docx can declare gigabytes of XML (a zip bomb); python-docx and openpyxl would inflate
it into memory. The sum of the members' declared sizes bounds what zipfile will ever inflate
(ZipExtFile stops at `file_size`), so checking it first is enough. This module must not parse
document content.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from extractors.errors import ReadError
from extractors.model import ErrorCode
from extractors.options import ReadOptions


def check_package(path: Path, options: ReadOptions) -> None:
    """Raise `ReadError` for a zip that is broken or inflates beyond the limit."""
    try:
        with zipfile.ZipFile(path) as archive:
            total = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise ReadError(ErrorCode.corrupt, type(exc).__name__) from exc
    if total > options.max_uncompressed_bytes:
        detail = f"解压后 {total / 1e6:.0f} MB > {options.max_uncompressed_bytes / 1e6:.0f} MB"
        raise ReadError(ErrorCode.too_large, detail)
