"""Shared package plumbing: the applicant's documents, chapter texts, truth JSON."""

from __future__ import annotations

import json
from pathlib import Path

import docs
import lib
from model import Pkg


def add(p: Pkg, rel: str, role: str) -> str:
    p.files[rel] = role
    return rel


def applicant_docs(p: Pkg, out: Path, scratch: Path, names: dict, form: str = "docx", scan: bool = True,
                   summary: str = "xlsx-v", commit: str = "scan", seed: int = 0) -> None:
    docs.contact_docx(p, out / add(p, names["contact"], "联系人表"))
    if form == "docx":
        docs.form_docx(p, out / add(p, names["form"], "申报表"))
    else:
        docs.form_xlsx(p, out / add(p, names["form"], "申报表"))
    if scan:
        docs.form_scan(p, out / add(p, names["scan"], "申报表扫描件"), scratch, seed + 1)
    if summary == "xlsx-v":
        docs.summary_xlsx(p, out / add(p, names["summary"], "汇总表"))
    elif summary == "xlsx-h":
        docs.summary_xlsx(p, out / add(p, names["summary"], "汇总表"), horizontal=True)
    else:
        docs.summary_docx(p, out / add(p, names["summary"], "汇总表"))
    if commit == "scan":
        docs.commitment_scan(p, out / add(p, names["commit"], "承诺"), scratch, seed + 2)
    else:
        docs.commitment_docx(p, out / add(p, names["commit"], "承诺"))


def narrative(p: Pkg, out: Path, rel: str, blocks: list, fmt: str) -> None:
    add(p, rel, "申报书")
    if fmt == "docx":
        docs.narrative_docx(p, blocks, out / rel)
    else:
        docs.narrative_pdf(p, blocks, out / rel)


def attachment_list(p: Pkg, out: Path) -> list[list[str]]:
    """六、附件及其他说明材料: evidence files with their page counts."""
    import pypdfium2 as pdfium

    rows = [["序号", "附件名称", "页码/说明"]]
    k = 0
    for rel, role in p.files.items():
        if not role.startswith("evidence:"):
            continue
        k += 1
        name = Path(rel).name
        if rel.endswith(".pdf"):
            pdf = pdfium.PdfDocument(str(out / rel))
            pages = f"共{len(pdf)}页"
            pdf.close()
        elif rel.endswith(".xlsx"):
            pages = "电子表格"
        else:
            pages = "截图1页"
        rows.append([str(k), name, pages])
    return rows


def truth_json(p: Pkg, path_root: str, summary_rows: list[dict]) -> str:
    data = {
        "schema_version": 1,
        "package_id": p.pid,
        "description": p.description,
        "path": f"{path_root}/{p.pid}",
        "delivery": "folder",
        "platform": {"list_no": p.list_no, "listed_name": p.listed_name, "company": p.company,
                     "declared_name": p.declared_name, "participated_2023": p.participated_2023},
        "layout": p.layout,
        "files": dict(sorted(p.files.items())),
        "secrets": p.secrets,
        "summary_rows": summary_rows,
        "evidence_facts": p.facts,
        "problems": p.problems,
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def pdf_page_texts(path: Path) -> list[str]:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    texts = []
    for i in range(len(pdf)):
        page = pdf[i]
        tp = page.get_textpage()
        texts.append(tp.get_text_range())
        tp.close()
        page.close()
    pdf.close()
    return texts


def find_page(path: Path, quote: str) -> int:
    """1-based page of a text PDF on which the quote is printed (whitespace ignored); 0 if none."""
    want = "".join(quote.split())
    for k, text in enumerate(pdf_page_texts(path), 1):
        if want in "".join(text.split()):
            return k
    return 0


def pdf_fact(p: Pkg, out: Path, rel: str, label: str, value: str, unit: str, normalized, quote: str,
             row_label: str = "", column_label: str = "", component: str = "", after: str = "") -> None:
    """A fact on a text PDF: the page is found where the quote is printed (after a marker, if given)."""
    texts = pdf_page_texts(out / rel)
    want = "".join(quote.split())
    marker = "".join(after.split())
    seen_marker = not marker
    page = 0
    for k, text in enumerate(texts, 1):
        flat = "".join(text.split())
        if not seen_marker and marker in flat:
            seen_marker = True
            flat = flat[flat.index(marker):]
        if seen_marker and want in flat:
            page = k
            break
    assert page, (rel, quote, after)
    p.fact(label, value, unit, normalized, rel, page, quote, row_label, column_label, component)
