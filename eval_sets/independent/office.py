"""Byte-stable DOCX / XLSX / ZIP output: fixed core properties and zip entry dates."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import datetime

ZIP_DATE = (2024, 7, 18, 9, 30, 0)


def normalize_zip(data: bytes, date_time=ZIP_DATE, stamp: str = "2024-07-18T09:30:00Z") -> bytes:
    """Rewrite an OOXML zip with fixed entry dates and fixed dcterms dates in docProps/core.xml."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                text = blob.decode("utf-8")
                text = re.sub(r"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)", rf"\g<1>{stamp}\g<2>", text)
                blob = text.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=date_time)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            dst.writestr(zi, blob, compresslevel=6)
    return out.getvalue()


def save_docx(doc, author: str, title: str = "", when: datetime = datetime(2024, 7, 16, 14, 5, 0)) -> bytes:
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = when
    cp.modified = when
    cp.revision = 3
    cp.comments = ""
    buf = io.BytesIO()
    doc.save(buf)
    return normalize_zip(buf.getvalue(), stamp=when.strftime("%Y-%m-%dT%H:%M:%SZ"))


def save_xlsx(wb, author: str, when: datetime = datetime(2024, 7, 16, 15, 20, 0)) -> bytes:
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = when
    wb.properties.modified = when
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue(), stamp=when.strftime("%Y-%m-%dT%H:%M:%SZ"))


def make_zip(members: dict[str, bytes], date_time=ZIP_DATE) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        dirs: list[str] = []
        for name in members:
            parts = name.split("/")[:-1]
            for i in range(1, len(parts) + 1):
                d = "/".join(parts[:i]) + "/"
                if d not in dirs:
                    dirs.append(d)
        for d in dirs:
            zi = zipfile.ZipInfo(d, date_time=date_time)
            zi.external_attr = (0o40755 << 16) | 0x10
            zi.create_system = 0
            dst.writestr(zi, b"")
        for name, blob in members.items():
            zi = zipfile.ZipInfo(name, date_time=date_time)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            dst.writestr(zi, blob, compresslevel=6)
    return out.getvalue()
