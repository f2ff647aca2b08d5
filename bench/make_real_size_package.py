"""Build the real-size benchmark package (issue 15): one application as applicants really send it.

    python bench/make_real_size_package.py [--out out/bench_real_size]

Starts from the consistent labelled package of the eval-set generator (pkg01: forms, stamped
scan of the 申报表, scanned 承诺, audit report, lists, dashboard) and adds what a real package
carries: a 申报书 DOCX grown to ~150 pages, stamped contract scans, a scanned test report with
a blank page, customers' stamped letters, photographed certificates (JPEG), screenshots from
sparse to dense, a business licence scan, photo-only pages and long text PDFs. Over 300 pages,
over 100 of them scanned, over 30 files.

Writes the package to `<out>/package/` (outside git: `out/` is ignored) and `<out>/truth.json`:
for every scanned page the text lines drawn on it (the OCR reference of bench/bench_ocr.py).
Deterministic for one seed; not a test.
"""

from __future__ import annotations

import argparse
import io
import json
import random
import shutil
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from docx import Document as load_docx  # noqa: E402
from docx.shared import Cm  # noqa: E402
from real_size_content import (  # noqa: E402
    Scan,
    as_jpeg,
    certificate,
    contract_pages,
    dense_screenshot,
    kpi_screenshot,
    letter_pages,
    paragraph,
    photo_page,
    photographed,
    report_pages,
)

from eval_sets.generator.build import build_package  # noqa: E402
from eval_sets.generator.office import save_docx  # noqa: E402
from eval_sets.generator.pdf_setup import ruled_table, styles  # noqa: E402
from eval_sets.generator.raster import case_figure, image_pdf  # noqa: E402
from eval_sets.generator.specs import PACKAGES  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
BASE_PACKAGE = "pkg01_huaxing_consistent"
NARRATIVE_CHAPTERS = 77  # ~150 pages as LibreOffice lays them out with Noto CJK


def grow_narrative(data: bytes, rng: random.Random) -> bytes:
    """The generated 申报书 with chapters of platform detail inserted before 三、平台应用成效 (prose,
    tables and figures without indicator figures, so the checks see the same declarations)."""
    doc = load_docx(io.BytesIO(data))
    anchor = next(p for p in doc.paragraphs if p.text.strip() == "三、平台应用成效")
    heading_style = anchor.style.name.replace("1", "2") if anchor.style.name.startswith("Heading") else None
    for chapter in range(1, NARRATIVE_CHAPTERS + 1):
        title = f"（{chapter + 3}）平台功能模块说明之{chapter}"
        anchor.insert_paragraph_before(title, style=heading_style)
        for _ in range(6):
            anchor.insert_paragraph_before(paragraph(rng, 7))
        rows = [["模块", "主要功能", "部署方式", "上线时间"]]
        rows += [[f"模块{chapter}-{k}", paragraph(rng, 1)[:24], rng.choice(("公有云", "私有化", "混合")),
                  f"{2020 + k % 4}年{k % 12 + 1}月"] for k in range(1, 9)]
        table = doc.add_table(rows=len(rows), cols=4)
        table.style = "Table Grid"
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                table.rows[r].cells[c].text = text
        anchor._p.addprevious(table._tbl)
        if chapter % 4 == 0:
            picture = doc.add_paragraph()
            picture.add_run().add_picture(io.BytesIO(case_figure(f"模块{chapter}架构示意", ["数据采集", "边缘计算",
                                                                                          "平台服务", "行业应用"])),
                                          width=Cm(14))
            anchor._p.addprevious(picture._p)
            anchor.insert_paragraph_before(f"图{chapter + 10} 模块{chapter}架构示意")
        for _ in range(4):
            anchor.insert_paragraph_before(paragraph(rng, 6))
    return save_docx(doc)


def text_pdf(title: str, chapters: list[tuple[str, list[str], list[list[str]] | None]]) -> bytes:
    """A long text PDF (rules, notes, a white paper) with ruled tables here and there."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer

    st = styles()
    flow = [Paragraph(title, st["title"]), Spacer(1, 12)]
    for heading, paragraphs, table in chapters:
        flow.append(Paragraph(heading, st["plain"]))
        flow += [Paragraph(text, st["body"]) for text in paragraphs]
        if table:
            flow += [Spacer(1, 6), ruled_table(table, [60, 220, 90, 90]), Spacer(1, 8)]
        if heading.endswith("*"):
            flow.append(PageBreak())
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4, title=title, author="").build(flow)
    return buf.getvalue()


def chapters(rng: random.Random, count: int, label: str) -> list:
    out = []
    for k in range(1, count + 1):
        table = None
        if k % 3 == 0:
            table = [["序号", "事项", "责任部门", "频次"]]
            table += [[str(i), paragraph(rng, 1)[:14], rng.choice(("运营部", "技术部", "安全部")), "每月"]
                      for i in range(1, 7)]
        out.append((f"第{k}章 {label}（{k}）", [paragraph(rng, 6) for _ in range(5)], table))
    return out


def scan_pdf(scans: list[Scan], title: str) -> bytes:
    return image_pdf([as_jpeg(s) for s in scans], title)


def build(out: Path, seed: int = 1515) -> dict:
    rng = random.Random(seed)
    spec = next(s for s in PACKAGES if s.package_id == BASE_PACKAGE)
    base = build_package(spec)
    company = base.truth.platform.company
    platform = base.truth.platform.listed_name
    files: dict[str, bytes] = {}
    truth: dict[str, list[list[str]]] = {}

    def put_scans(name: str, scans: list[Scan]) -> None:
        files[name] = scan_pdf(scans, name.rsplit("/", 1)[-1])
        truth[name] = [s.lines for s in scans]

    for name, data in base.files.items():
        files[name] = data
        if "申报书" in name and name.endswith(".docx"):
            files[name] = grow_narrative(data, rng)
    ev = "证明材料"
    put_scans(f"{ev}/附件3-6 软件著作权登记证书（扫描件）.pdf",
              [certificate(rng, "软著", f"{platform[:8]}{k}号子系统V{k}.0", company, f"软著登字第{8000000 + k * 137}号")
               .scanned(rng) for k in range(1, 13)])
    for k in range(1, 11):
        sheet = certificate(rng, "专利", f"一种工业设备数据采集与分析方法（{k}）", company, f"ZL2021{10000000 + k * 911}.X")
        scan = photographed(sheet, rng)
        name = f"{ev}/附件3-7 专利证书照片/专利证书-{k:02d}.jpg"
        files[name] = as_jpeg(scan, 85)
        truth[name] = [scan.lines]
    customers = ("上海申达机械制造有限公司", "上海浦江新材料股份有限公司", "上海金桥汽车零部件有限公司",
                 "上海华东精密电子有限公司", "上海临港智能装备有限公司", "上海松江食品饮料有限公司")
    for k, customer in enumerate(customers[:5], start=1):
        put_scans(f"{ev}/附件3-8 合同及验收材料（扫描件）/合同-{k:02d}.pdf",
                  contract_pages(rng, "工业互联网平台技术服务合同", (customer, company), 8))
    put_scans(f"{ev}/附件3-9 网络安全等级保护测评报告（扫描件）.pdf",
              report_pages(rng, "网络安全等级保护测评报告", company, 16))
    for k, customer in enumerate(customers, start=1):
        put_scans(f"{ev}/附件3-10 用户使用报告/用户报告-{k:02d}.pdf", letter_pages(rng, customer, company, platform))
    screens = [kpi_screenshot(f"{platform}运营概览", [("平台访问量", "1,286,400", "次"), ("在线设备", "28,615", "台"),
                                                  ("今日告警", "37", "条"), ("工单完成率", "98.6", "%")])]
    screens += [dense_screenshot(rng, f"设备接入管理（第{k}页）", rows) for k, rows in
                enumerate((8, 12, 18, 24, 30, 12, 22), start=1)]
    for k, scan in enumerate(screens, start=1):
        name = f"{ev}/附件3-11 平台系统截图/截图-{k:02d}.png"
        buf = io.BytesIO()
        scan.image.save(buf, format="PNG", compress_level=6)
        files[name] = buf.getvalue()
        truth[name] = [scan.lines]
    licence = certificate(rng, "营业执照", "工业互联网平台技术开发与服务", company, "91310115MA1K4XXXXX")
    put_scans(f"{ev}/附件3-12 营业执照（副本）.pdf", [licence.scanned(rng)])
    put_scans(f"{ev}/附件3-13 平台现场照片.pdf", [photo_page(rng) for _ in range(4)])
    files[f"{ev}/附件3-14 平台运营管理制度汇编.pdf"] = text_pdf(f"{company}平台运营管理制度汇编",
                                                          chapters(rng, 22, "管理制度"))
    files[f"{ev}/附件3-15 2023年度财务报表附注.pdf"] = text_pdf("2023年度财务报表附注", chapters(rng, 16, "报表项目注释"))
    files[f"{ev}/附件3-16 平台技术白皮书.pdf"] = text_pdf(f"{platform}技术白皮书", chapters(rng, 18, "关键技术"))

    if out.exists():
        shutil.rmtree(out)
    package = out / "package"
    for name, data in files.items():
        (package / name).parent.mkdir(parents=True, exist_ok=True)
        (package / name).write_bytes(data)
    (out / "truth.json").write_text(json.dumps({"seed": seed, "base": BASE_PACKAGE, "scans": truth},
                                               ensure_ascii=False, indent=1), encoding="utf-8")
    return {"files": len(files), "scanned_pages": sum(len(v) for v in truth.values())}


def count_pages(package: Path) -> dict:
    """Pages per file as shenbao will see them (a DOCX counted from a LibreOffice rendering)."""
    import pypdfium2 as pdfium

    from extractors.docx_render import render_pdf
    from extractors.options import ReadOptions
    from extractors.reader import sha256_file

    pages = {}
    options = ReadOptions(cache_dir=package.parent / "page_count")
    for path in sorted(p for p in package.rglob("*") if p.is_file()):
        rel = path.relative_to(package).as_posix()
        if path.suffix == ".pdf":
            pages[rel] = len(pdfium.PdfDocument(str(path)))
        elif path.suffix == ".docx":
            rendered = render_pdf(path, doc_id=sha256_file(path), options=options)
            pages[rel] = len(pdfium.PdfDocument(str(rendered))) if rendered else 0
        else:
            pages[rel] = 1
    return pages


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "out" / "bench_real_size")
    parser.add_argument("--seed", type=int, default=1515)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    summary = build(args.out, args.seed)
    pages = count_pages(args.out / "package")
    shutil.rmtree(args.out / "page_count", ignore_errors=True)
    narrative = next(n for n in pages if "申报书" in n)
    (args.out / "pages.json").write_text(json.dumps(pages, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"{args.out / 'package'}: {summary['files']} files, {sum(pages.values())} pages, "
          f"{summary['scanned_pages']} scanned pages (truth.json), 申报书 {pages[narrative]} pages; "
          f"{time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
