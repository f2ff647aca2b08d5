"""Verify set h38: truth loads, files on disk == truth files, every quote on its page, one clean package,
and the list audits (rows of every full export equal its printed total; the clean package's figures agree).

python eval_sets/blind/h38/verify.py [--root DIR]    (DIR defaults to this folder)
"""

from __future__ import annotations

import argparse
import csv
import io
import re
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
sys.path[:0] = [str(REPO)]

import pypdfium2 as pdfium  # noqa: E402
from openpyxl import load_workbook  # noqa: E402

from eval_sets.truth import load_truth  # noqa: E402


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def decode(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("gbk")


def page_texts(path: Path) -> list[str]:
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        doc = pdfium.PdfDocument(str(path))
        out = [doc[i].get_textpage().get_text_range() for i in range(len(doc))]
        doc.close()
        return out
    if suffix == ".xlsx":
        wb = load_workbook(path, read_only=True)
        out = []
        for ws in wb.worksheets:
            out.append("\n".join(" ".join("" if v is None else str(v) for v in row) for row in ws.iter_rows(values_only=True)))
        return out
    if suffix == ".docx":
        with zipfile.ZipFile(path) as z:
            xml = z.read("word/document.xml").decode("utf-8")
        return [re.sub(r"<[^>]+>", "", xml)]
    return [decode(path.read_bytes())]


def csv_rows(path: Path) -> list[list[str]]:
    text = decode(path.read_bytes())
    delim = "\t" if "\t" in text.splitlines()[1] else ","
    return list(csv.reader(io.StringIO(text), delimiter=delim))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", type=Path, default=HERE)
    root = ap.parse_args().root
    errors: list[str] = []
    clean = 0
    for tf in sorted((root / "truth").glob("*.json")):
        t = load_truth(tf)
        pkg = root / "packages" / t.package_id
        on_disk = {str(p.relative_to(pkg)) for p in pkg.rglob("*") if p.is_file()}
        if on_disk != set(t.files):
            errors.append(f"{t.package_id}: files differ {on_disk ^ set(t.files)}")
        if len(t.summary_rows) != 103:
            errors.append(f"{t.package_id}: {len(t.summary_rows)} summary rows")
        clean += not t.problems
        if t.problems and not 2 <= len(t.problems) <= 5:
            errors.append(f"{t.package_id}: {len(t.problems)} problems")
        cache: dict[str, list[str]] = {}
        for f in t.evidence_facts:
            texts = cache.setdefault(f.file, page_texts(pkg / f.file))
            if f.page > len(texts):
                errors.append(f"{t.package_id}: {f.file} has no page {f.page}")
                continue
            page = texts[f.page - 1]
            if f.image_only:
                if page.strip():
                    errors.append(f"{t.package_id}: {f.file} p{f.page} flagged image_only but has text")
                continue
            if squash(f.quote) not in squash(page):
                errors.append(f"{t.package_id}: quote {f.quote!r} not on {f.file} p{f.page}")
        # list audits: every full export's rows equal its printed total
        for name in t.files:
            p = pkg / name
            if p.suffix == ".csv":
                rows = csv_rows(p)
                hdr = next(i for i, r in enumerate(rows) if r and r[0] in ("设备编号", "序号", "应用编号"))
                body = [r for r in rows[hdr + 1:] if r and not r[0].startswith("合计")]
                text = decode(p.read_bytes())
                val = None
                m = re.search(r"记录数：(\d+)", text)
                if m:
                    val = int(m.group(1))
                for r in rows[hdr + 1:]:
                    if r and r[0].startswith("合计"):
                        val = int(re.search(r"(\d+)(?:台|个)", "".join(r)).group(1))
                if val is not None and val != len(body):
                    errors.append(f"{t.package_id}: {name} prints {val} but lists {len(body)} rows")
                print(f"  {t.package_id}: {name}: {len(body)} rows")
            if p.suffix == ".txt":
                text = decode(p.read_bytes())
                for m in re.finditer(r"(专利清单|软件著作权清单)（共 (\d+) 项）", text):
                    start = m.end()
                    seg = text[start:].split("\r\n\r\n")[0]
                    n = sum(1 for ln in seg.splitlines() if re.match(r"^\d+\s", ln))
                    if n != int(m.group(2)):
                        errors.append(f"{t.package_id}: {name} {m.group(1)} prints {m.group(2)} lists {n}")
                m = re.search(r"共 (\d+) 个服务", text)
                if m:
                    n = sum(1 for ln in text.splitlines() if re.match(r"^\d+\s", ln))
                    if n != int(m.group(1)):
                        errors.append(f"{t.package_id}: {name} prints {m.group(1)} lists {n}")
        # clean package: every fact equals the declared row (or its formula component)
        if not t.problems:
            rows = {r.label: r.normalized for r in t.summary_rows}
            for f in t.evidence_facts:
                if f.component:
                    continue
                if rows.get(f.label) is not None and abs(float(rows[f.label]) - float(f.normalized)) > 0.005:
                    errors.append(f"{t.package_id}: fact {f.label} {f.normalized} != declared {rows[f.label]}")
            # enterprise list counts
            for name in t.files:
                if name.endswith(".xlsx") and "企业" in name:
                    wb = load_workbook(pkg / name, read_only=True)
                    data = list(wb.worksheets[0].iter_rows(values_only=True))[2:]
                    served = [r for r in data if r[8] == "服务中"]
                    checks = {"注册企业用户数（个）": len(data), "实际服务企业数（个）": len(served),
                              "付费企业数（个）": sum(r[9] == "是" for r in served),
                              "服务中小企业数量（个）": sum(r[6] == "中小企业" for r in served)}
                    for lab, n in checks.items():
                        if rows[lab] != n:
                            errors.append(f"{t.package_id}: {name} {lab} {n} != {rows[lab]}")
                if name.endswith("APP清单导出.csv"):
                    body = csv_rows(pkg / name)[1:]
                    if len(body) != rows["工业APP数量（个）"]:
                        errors.append(f"{t.package_id}: APP list {len(body)} != {rows['工业APP数量（个）']}")
        print(f"{t.package_id}: {len(t.files)} files, {len(t.evidence_facts)} facts, {len(t.problems)} problems")
    if clean != 1:
        errors.append(f"{clean} clean packages (want exactly 1)")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
