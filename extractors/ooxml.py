"""What DOCX and XLSX share as zip packages: the size guard run before any parser sees the file.

A 20 KB .docx can declare gigabytes of XML (a zip bomb); python-docx and openpyxl would inflate
it into memory. The members' declared sizes are summed first. That alone is not enough: a member
may declare 4 KB and inflate to 1 GB, and `ZipFile.read` inflates a member in one call of up to
2 GB before cutting it to the declared size (tests/hostile: 虚报大小.docx peaked at 2.1 GB). So
every member is then inflated once in 1 MB steps, which zipfile stops at the declared size and
checks against the CRC: a lying header fails here, in bounded memory, before a parser reads it.
This module must not parse document content.
"""

from __future__ import annotations

import zipfile
import zlib
from pathlib import Path

from extractors.errors import ReadError
from extractors.model import ErrorCode
from extractors.options import ReadOptions

_STEP = 1 << 20


def check_package(path: Path, options: ReadOptions) -> None:
    """Raise `ReadError` for a zip that is broken or inflates beyond the limit."""
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            total = sum(info.file_size for info in infos)
            if total > options.max_uncompressed_bytes:
                detail = f"解压后 {total / 1e6:.0f} MB > {options.max_uncompressed_bytes / 1e6:.0f} MB"
                raise ReadError(ErrorCode.too_large, detail)
            for info in infos:
                _verify_member(archive, info)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise ReadError(ErrorCode.corrupt, type(exc).__name__) from exc


def _verify_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
    try:
        with archive.open(info) as member:
            while member.read(_STEP):
                pass
    except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
        detail = f"{info.filename} 解压后与声明的大小或校验和不符（疑似压缩炸弹或文件损坏）"
        raise ReadError(ErrorCode.corrupt, detail) from exc
    except (NotImplementedError, RuntimeError) as exc:  # unknown compression, encrypted member
        raise ReadError(ErrorCode.corrupt, f"{info.filename}：{exc}") from exc
