"""`shenbao ingest` output: the parsed package as JSON (schema_version 1) or a readable summary."""

from __future__ import annotations

import json

from assistant.core.privacy import redact_secrets
from assistant.package.model import ROLE_LABELS, Package


def _masked_document(doc) -> dict:
    """The document as JSON with credentials masked in page, block and table text (same length,
    so spans stay valid)."""
    data = json.loads(doc.model_dump_json())
    for page in data["pages"]:
        page["text"] = redact_secrets(page["text"])
        for block in page["blocks"]:
            block["text"] = redact_secrets(block["text"])
    for table in data["tables"]:
        table["rows"] = [[redact_secrets(cell) for cell in row] for row in table["rows"]]
    return data

SCHEMA_VERSION = 1


def ingest_payload(package: Package) -> dict:
    documents = []
    errors = []
    for member in package.files:
        doc = member.document
        documents.append(
            {
                "file": member.path,
                "role": member.role.value,
                "role_label": ROLE_LABELS[member.role],
                "confidence": member.classification.confidence,
                "reasons": list(member.classification.reasons),
                "cached": member.cached,
                "parse_seconds": member.parse_seconds,
                "format": doc.format,
                "pagination": doc.pagination,
                "page_count": len(doc.pages),
                "ocr_pages": [p.number for p in doc.pages if p.source == "ocr"],
                "table_count": len(doc.tables),
                "image_count": len(doc.images),
                "document": _masked_document(doc),
            }
        )
        for error in doc.errors:
            errors.append(
                {
                    "file": member.path,
                    "code": error.code.value,
                    "error": error.message_zh,
                    "error_en": error.message_en,
                    "page": error.page_number,
                    "fatal": error.fatal,
                }
            )
    for name, error in package.errors:
        errors.append({"file": name, "code": error.code.value, "error": error.message_zh,
                       "error_en": error.message_en, "page": None, "fatal": error.fatal})
    return {
        "schema_version": SCHEMA_VERSION,
        "package": {"id": package.id, "source": package.source, "seconds": package.seconds},
        "documents": documents,
        "errors": errors,
    }


def ingest_json(package: Package) -> str:
    return json.dumps(ingest_payload(package), ensure_ascii=False, indent=1)


def ingest_text(package: Package) -> str:
    lines = [f"申报材料：{package.source}（{len(package.files)} 个文件，用时 {package.seconds:.2f} 秒）", ""]
    for member in package.files:
        doc = member.document
        ocr = sum(1 for p in doc.pages if p.source == "ocr")
        pages = {"none": "无分页", "sheets": f"{len(doc.pages)} 个工作表"}.get(doc.pagination, f"{len(doc.pages)} 页")
        chars = sum(len(p.text) for p in doc.pages)
        flags = "（缓存）" if member.cached else ""
        lines.append(
            f"- {member.path}\n    类型：{ROLE_LABELS[member.role]}（置信度 {member.classification.confidence:.2f}；"
            f"{'、'.join(member.classification.reasons) or '无'}）\n"
            f"    {doc.format.upper()}，{pages}，{chars} 字，表格 {len(doc.tables)} 个，"
            f"OCR 页 {ocr}，图片 {len(doc.images)}{flags}"
        )
        for error in doc.errors:
            where = f"第{error.page_number}页 " if error.page_number else ""
            lines.append(f"    {'错误' if error.fatal else '提示'}：{where}{error.message_zh}")
    for name, error in package.errors:
        lines.append(f"- {name}\n    错误：{error.message_zh}")
    return "\n".join(lines) + "\n"
