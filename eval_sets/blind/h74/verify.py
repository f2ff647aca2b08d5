"""Verify blind set h74 against its built packages.

    .venv/bin/python eval_sets/blind/h74/verify.py [--packages DIR]

Checks, for every truth file (loaded with eval_sets.truth.load_truth):
- the files on disk (folder or zip) are exactly the truth's files;
- every DOCX that a fact cites or that carries a picture renders (LibreOffice, soffice --headless
  --convert-to pdf) to exactly its explicit page count (page breaks + 1);
- every quote is on its page: PDF text layer (pypdfium2) for text PDFs and rendered DOCX pages; for
  XLSX the 1-based worksheet; image-only facts are drawn into a picture whose bytes are embedded in
  that file (DOCX/XLSX media, PNG/JPG file, PDF page image) and that sits on that page (rendered DOCX
  page shows an image of the picture's pixel size and its caption); scanned PDF pages have no text;
- each fact's normalized value is its printed value in the row's unit;
- the 申报表 (DOCX or XLSX) says what the truth's summary rows say, and the 附件4 汇总表 agrees with them
  except where a summary_vs_form problem is planted;
- the notice's rules (team sum, formulas, growth rates, breakdown sums, 其中 subsets, 附录 categories,
  evidence vs declared, conditional fields, answer formats, character limits, chapters, files): the
  clean package breaks none; each problem package breaks exactly the rules its planted problems name.
Exits 1 on any failure.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
import zipfile
from pathlib import Path
from xml.etree import ElementTree as ET

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
sys.path.insert(0, str(REPO))

import openpyxl  # noqa: E402
import pypdfium2 as pdfium  # noqa: E402
from docx import Document  # noqa: E402

from eval_sets.truth import load_truth  # noqa: E402

sys.path.insert(0, str(HERE))
from notice import (APP_CATEGORIES, DEVICE_CATEGORIES, FORM_ROWS, INDUSTRIES, LIST6, MODEL_CATEGORIES,  # noqa: E402
                    REGIONS, SOLUTION_MODES, SUMMARY_LABELS)

# 2020 platform revenue of each package (the base of its 2021 growth rate), as printed in its evidence
REV2020 = {"h74_baowu_clean": 7302.55, "h74_huaxing_problems": 3905.18, "h74_guangming_problems": 4218.60,
           "h74_guowang_problems": 6842.30}
# the three case values behind the averaged rates (申报书 五), per package: 运维/能耗/安全
CASES = {
    "h74_baowu_clean": [(22.40, 8.20, 31.00), (18.60, 6.50, 26.40), (25.10, 9.70, 35.20)],
    "h74_huaxing_problems": [(18.20, 7.30, 24.00), (21.60, 5.80, 28.50), (15.40, 6.60, 19.80)],
    "h74_guangming_problems": [(15.60, 11.40, 18.00), (19.20, 9.80, 22.60), (12.90, 13.20, 16.10)],
    "h74_guowang_problems": [(24.60, 12.40, 35.00), (20.80, 9.60, 29.40), (27.30, 14.10, 38.20)],
}
# which rule keys each planted problem breaks (a problem package must break exactly these)
EXPECTED = {
    "h74_huaxing_problems-01-declared_vs_evidence": ["evidence:平台相关营业收入（万元）"],
    "h74_huaxing_problems-02-declared_vs_evidence": ["evidence:连接的工业设备/产品/产线种类及数量（台/套）"],
    "h74_huaxing_problems-03-breakdown_sum": ["breakdown:按省市区域统计公有云工业设备数量（台/套）"],
    "h74_huaxing_problems-04-conditional": ["conditional:平台建设方式"],
    "h74_guangming_problems-01-count_vs_list": ["evidence:平台核心软硬件技术获得的软著数量（个）"],
    "h74_guangming_problems-02-screenshot_vs_form": ["evidence:工业APP数量（个）"],
    "h74_guangming_problems-03-formula": ["formula:平台相关研发投入强度（%）"],
    "h74_guangming_problems-04-growth_rate": ["growth:2023"],
    "h74_guowang_problems-01-declared_vs_evidence": ["evidence:实际服务企业数（个）"],
    "h74_guowang_problems-02-subset": ["subset:公有云工业APP数量（个）"],
    "h74_guowang_problems-03-summary_vs_form": ["summary:存储工业数据量（TB）"],
    "h74_guowang_problems-04-declared_vs_evidence": ["evidence:平台团队总人数（人）", "evidence:运维人数（人）"],
}
SUBSETS = [
    ("公有云工业设备连接数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"),
    ("公有云工业设备平均日运行数量（台/套）", "公有云工业设备连接数量（台/套）"),
    ("海外设备连接数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"),
    ("工业APP数量（个）", "工业软件总量（个）"),
    ("基于平台开发的工业APP数量（个）", "工业APP数量（个）"),
    ("云化工业软件数量（个）", "工业APP数量（个）"),
    ("工业APP平均月活跃数量（个）", "工业APP数量（个）"),
    ("公有云工业APP数量（个）", "工业APP数量（个）"),
    ("公有云工业APP平均日活跃数量（个）", "公有云工业APP数量（个）"),
    ("平台公有云实际使用数量（台）", "平台实际用云量（台）"),
    ("公有云数据总量（TB）", "存储工业数据量（TB）"),
    ("存储工业数据量（TB）", "存储容量（TB）"),
    ("活跃机理模型数量（一周调用5次以上）（个）", "工业机理模型数量（个）"),
    ("活跃微服务数量（一周调用5次以上）（个）", "微服务数量（个）"),
    ("活跃开发者数（个）", "开发者注册总数（个）"),
    ("实际服务企业数（个）", "注册企业用户数（个）"),
    ("付费企业数（个）", "实际服务企业数（个）"),
    ("服务本市企业数量（个）", "实际服务企业数（个）"),
    ("服务中小企业数量（个）", "实际服务企业数（个）"),
    ("杀手锏工业APP订阅数量（个）", "工业APP订阅总数量（个）"),
    ("有相关技术职称/从业资格的人数（人）", "平台团队总人数（人）"),
]
BREAKDOWNS = [
    ("按二级分类统计工业设备数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）", DEVICE_CATEGORIES),
    ("按省市区域统计工业设备数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）", "region"),
    ("按二级分类统计公有云工业设备数量（台/套）", "公有云工业设备连接数量（台/套）", DEVICE_CATEGORIES),
    ("按省市区域统计公有云工业设备数量（台/套）", "公有云工业设备连接数量（台/套）", "region"),
    ("按二级分类统计公有云工业设备平均日运行数量（台/套）", "公有云工业设备平均日运行数量（台/套）", DEVICE_CATEGORIES),
    ("按省市区域统计公有云工业设备平均日运行数量（台/套）", "公有云工业设备平均日运行数量（台/套）", "region"),
    ("按海外国家分类统计海外设备连接数量（台/套）", "海外设备连接数量（台/套）", "overseas"),
    ("按分类统计工业APP数量（个）", "工业APP数量（个）", APP_CATEGORIES),
    ("按行业统计工业APP数量（个）", "工业APP数量（个）", INDUSTRIES),
    ("按分类统计公有云工业APP平均日活跃数量（个）", "公有云工业APP平均日活跃数量（个）", APP_CATEGORIES),
    ("按行业统计公有云工业APP平均日活跃数量（个）", "公有云工业APP平均日活跃数量（个）", INDUSTRIES),
    ("按分类统计工业模型数量（个）", "工业机理模型数量（个）", MODEL_CATEGORIES),
    ("按行业统计服务企业数（个）", "实际服务企业数（个）", INDUSTRIES),
    ("按省市区域统计服务企业数（个）", "实际服务企业数（个）", "region"),
    ("按新模式统计解决方案数量（个）", "平台提供的解决方案总数（个）", SOLUTION_MODES),
]
CHAR_LIMITS = {"平台定位是否明确": 50, "云化服务器算力": 50, "其他资源汇聚情况": 200, "平台有否与新技术的融合应用": 300,
               "平台对关键行业/领域、本市及其他重点区域等贡献及支撑": 300, "跨平台调用功能建设情况": 200,
               "新产业、新模式培育情况": 300}
YESNO_ROWS = ("是否支持可拓展云计算能力", "是否提供通用建模分析算法", "是否建立开发者社区及相关功能")
PERIODIC_ROWS = ("有否定期开展第三方安全测试/测评", "有否定期进行安全扫描")


class Failures:
    def __init__(self):
        self.items: list[str] = []

    def add(self, pid: str, msg: str):
        self.items.append(f"[{pid}] {msg}")


def norm(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", str(s)))


def num(s: str) -> float:
    return float(str(s).replace(",", ""))


def close(a, b, tol=0.005) -> bool:
    return abs(float(a) - float(b)) <= tol


def r2(x: float) -> float:
    from decimal import ROUND_HALF_UP, Decimal
    return float(Decimal(repr(x)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


# ----------------------------------------------------------------------------------------------
# reading the package
# ----------------------------------------------------------------------------------------------
def materialize(truth, packages: Path | None, tmp: Path) -> tuple[Path, list[str]]:
    src = (packages / Path(truth.path).name) if packages else (REPO / truth.path)
    if truth.delivery == "zip":
        root = tmp / "unz"
        with zipfile.ZipFile(src) as z:
            names = [n for n in z.namelist() if not n.endswith("/")]
            z.extractall(root)
        return root, sorted(names)
    names = sorted(str(f.relative_to(src)) for f in src.rglob("*") if f.is_file())
    return src, names


def render_docx(paths: list[Path], tmp: Path) -> dict[Path, Path]:
    out = tmp / "render"
    src = tmp / "docx"
    out.mkdir(exist_ok=True)
    src.mkdir(exist_ok=True)
    mapping = {}
    for i, p in enumerate(paths):
        c = src / f"d{i:02d}.docx"
        shutil.copyfile(p, c)
        mapping[p] = out / f"d{i:02d}.pdf"
    if paths:
        profile = tmp / "lo-profile"
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{profile}", "--convert-to", "pdf",
                        "--outdir", str(out)] + [str(src / f"d{i:02d}.docx") for i in range(len(paths))],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    return mapping


def pdf_pages(path: Path) -> list[dict]:
    doc = pdfium.PdfDocument(str(path))
    pages = []
    for page in doc:
        text = page.get_textpage().get_text_range()
        imgs = []
        for o in page.get_objects():
            if o.type == pdfium.raw.FPDF_PAGEOBJ_IMAGE:
                try:
                    data = bytes(o.get_data(decode_simple=True))
                except Exception:  # noqa: BLE001
                    data = b""
                imgs.append(dict(size=tuple(o.get_px_size()), sha=hashlib.sha256(data).hexdigest()))
        pages.append(dict(text=text, imgs=imgs))
    return pages


def docx_break_count(path: Path) -> int:
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    before = len(re.findall(r"<w:pageBreakBefore(?: w:val=\"(?:1|true|on)\")?/>", xml))
    brk = len(re.findall(r"<w:br w:type=\"page\"/>", xml))
    return before + brk


def zip_media(path: Path) -> set[str]:
    with zipfile.ZipFile(path) as z:
        return {hashlib.sha256(z.read(n)).hexdigest() for n in z.namelist() if "/media/" in n}


def xlsx_sheet_media(path: Path) -> dict[int, set[str]]:
    """1-based sheet index -> sha256 of the images drawn on it."""
    ns = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
          "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
          "rel": "http://schemas.openxmlformats.org/package/2006/relationships"}
    out: dict[int, set[str]] = {}
    with zipfile.ZipFile(path) as z:
        names = set(z.namelist())

        def rels(part: str) -> dict[str, str]:
            d, f = part.rsplit("/", 1)
            rp = f"{d}/_rels/{f}.rels"
            if rp not in names:
                return {}
            root = ET.fromstring(z.read(rp))
            res = {}
            for r in root.findall("rel:Relationship", ns):
                tgt = r.get("Target")
                if tgt.startswith("/"):
                    full = tgt[1:]
                else:
                    parts = (d + "/" + tgt).split("/")
                    stack = []
                    for p in parts:
                        if p == "..":
                            stack.pop()
                        elif p and p != ".":
                            stack.append(p)
                    full = "/".join(stack)
                res[r.get("Id")] = full
            return res

        wb = ET.fromstring(z.read("xl/workbook.xml"))
        wrels = rels("xl/workbook.xml")
        for i, sh in enumerate(wb.find("m:sheets", ns).findall("m:sheet", ns), start=1):
            part = wrels[sh.get(f"{{{ns['r']}}}id")]
            shas = set()
            for tgt in rels(part).values():
                if "drawings/" in tgt:
                    for media in rels(tgt).values():
                        if "/media/" in media:
                            shas.add(hashlib.sha256(z.read(media)).hexdigest())
            out[i] = shas
    return out


def form_cells(path: Path) -> tuple[dict[str, str], dict[str, str]]:
    """(内容 -> 平台实际情况, part-二 label -> text) from the 申报表 DOCX or XLSX."""
    contents = {r[3] for r in FORM_ROWS}
    part2_labels = {"平台名称", "建设时间", "平台建设金额（万元）", "平台近三年经营指标情况", "平台建设方式", "平台运营模式",
                    "IaaS基础设施", "部署方式", "平台网址", "平台基本情况介绍", "平台建设成效"}
    cells: dict[str, str] = {}
    part2: dict[str, str] = {}
    if path.suffix == ".docx":
        doc = Document(str(path))
        for t in doc.tables:
            for row in t.rows:
                texts = [c.text for c in row.cells]
                for k, tx in enumerate(texts[:-1]):
                    if tx in contents and k + 1 < len(texts) and tx not in cells and k >= len(texts) - 4:
                        cells[tx] = texts[k + 1]
                        break
                if len(texts) == 2 and texts[0] in part2_labels:
                    part2[texts[0]] = texts[1]
    else:
        wb = openpyxl.load_workbook(str(path))
        for ws in wb.worksheets:
            for row in ws.iter_rows(values_only=True):
                vals = ["" if v is None else v for v in row]
                if len(vals) >= 6 and vals[3] in contents:
                    v = vals[4]
                    cells[vals[3]] = v if not isinstance(v, (int, float)) else repr(v) if isinstance(v, float) else str(v)
                if len(vals) >= 2 and vals[0] in part2_labels:
                    part2[vals[0]] = str(vals[1])
    return cells, part2


def parse_breakdown(text: str) -> dict[str, float] | None:
    text = str(text).strip()
    if text in ("", "无"):
        return None
    out = {}
    for m in re.finditer(r"(?:^|[、；;\n])\s*([^：:]+?)[：:]\s*([\d,]+(?:\.\d+)?)", text):
        out[m.group(1).strip()] = num(m.group(2))
    return out


def first_number(text: str) -> float | None:
    m = re.search(r"-?[\d,]*\d(?:\.\d+)?", str(text))
    return num(m.group(0)) if m else None


def summary_cells(path: Path) -> dict[str, object]:
    wb = openpyxl.load_workbook(str(path))
    ws = wb.worksheets[0]
    rows = [list(r) for r in ws.iter_rows(values_only=True)]
    labels = set(SUMMARY_LABELS)
    out = {}
    for i, r in enumerate(rows[:-1]):  # horizontal: labels in one row, values in the next
        if sum(1 for v in r if v in labels) > 50:
            for label, v in zip(r, rows[i + 1]):
                if label in labels:
                    out[label] = v
            return out
    for r in rows:  # vertical: 序号 | 项目 | 填报内容
        if len(r) >= 3 and r[1] in labels:
            out[r[1]] = r[2]
    return out


def summary_equal(truth_norm, cell) -> bool:
    if truth_norm is None:
        return cell in (None, "")
    if isinstance(truth_norm, bool):
        return str(cell).strip() == ("是" if truth_norm else "否")
    if isinstance(truth_norm, (int, float)):
        try:
            return close(truth_norm, cell if isinstance(cell, (int, float)) else first_number(cell))
        except (TypeError, ValueError):
            return False
    if isinstance(truth_norm, dict):
        got = parse_breakdown(str(cell)) if not any(k.endswith("年增长率（%）") for k in truth_norm) else None
        if got is None and any(k.endswith("（万元）") for k in truth_norm):
            nums = [num(x) for x in re.findall(r"([\d,]+\.\d+)", str(cell))]
            want = [truth_norm[f"{y}年平台营收（万元）"] for y in (2021, 2022, 2023)] + \
                   [truth_norm[f"{y}年增长率（%）"] for y in (2021, 2022, 2023)]
            got_sorted = [nums[0], nums[2], nums[4], nums[1], nums[3], nums[5]] if len(nums) == 6 else []
            return len(got_sorted) == 6 and all(close(a, b) for a, b in zip(want, got_sorted))
        return got is not None and got.keys() == truth_norm.keys() and all(close(got[k], truth_norm[k]) for k in got)
    return norm(truth_norm) == norm(cell)


# ----------------------------------------------------------------------------------------------
# the checks
# ----------------------------------------------------------------------------------------------
def check_package(truth, manifest: dict, packages: Path | None, F: Failures) -> set[str]:
    pid = truth.package_id
    broken: set[str] = set()
    with tempfile.TemporaryDirectory(prefix="h74v-") as td:
        tmp = Path(td)
        root, names = materialize(truth, packages, tmp)
        if set(names) != set(truth.files):
            F.add(pid, f"files differ: extra {sorted(set(names) - set(truth.files))}, "
                       f"missing {sorted(set(truth.files) - set(names))}")
            return broken
        # ---- render the DOCX that carry facts or pictures --------------------------------------
        docx_pages = manifest["docx_pages"]
        to_render = sorted({root / f for f in docx_pages} | {root / n for n in names if n.endswith(".docx")})
        rendered = render_docx(to_render, tmp)
        rpages = {p: pdf_pages(rendered[p]) for p in to_render}
        for f, n in docx_pages.items():
            got = len(rpages[root / f])
            breaks = docx_break_count(root / f) + 1
            if not (got == n == breaks):
                F.add(pid, f"{f}: rendered {got} pages, explicit {breaks}, expected {n}")
        pics_by_file: dict[str, list[dict]] = {}
        for pic in manifest["pictures"]:
            pics_by_file.setdefault(pic["file"], []).append(pic)
        scans = {(s["file"], s["page"]): s for s in manifest["scans"]}
        # ---- scanned PDFs: no text layer, one image per page, the manifest's JPEG -----------------
        for f in {s["file"] for s in manifest["scans"]}:
            pages = pdf_pages(root / f)
            for i, pg in enumerate(pages, start=1):
                s = scans.get((f, i))
                if norm(pg["text"]) or len(pg["imgs"]) != 1 or not s or pg["imgs"][0]["sha"] != s["sha256"]:
                    F.add(pid, f"{f} p{i}: not the expected image-only page")
        # ---- pictures are embedded where the manifest says -------------------------------------------
        media_cache: dict[str, object] = {}
        for f, pics in pics_by_file.items():
            path = root / f
            for pic in pics:
                if pic["container"] == "docx":
                    media = media_cache.setdefault(f, zip_media(path))
                    ok = pic["sha256"] in media
                    pg = rpages[path][pic["page"] - 1]
                    ok = ok and any(tuple(im["size"]) == tuple(pic["size"]) for im in pg["imgs"])
                    if pic["caption"]:
                        ok = ok and norm(pic["caption"]) in norm(pg["text"])
                elif pic["container"] == "xlsx":
                    media = media_cache.setdefault(f, xlsx_sheet_media(path))
                    ok = pic["sha256"] in media.get(pic["page"], set())
                else:
                    ok = hashlib.sha256(path.read_bytes()).hexdigest() == pic["sha256"] and pic["page"] == 1
                if not ok:
                    F.add(pid, f"{f}: picture {pic['pid']} not embedded on page {pic['page']}")
        # ---- every fact ------------------------------------------------------------------------------
        for fact in truth.evidence_facts:
            path = root / fact.file
            where = f"{fact.file} p{fact.page} {fact.label} {fact.quote!r}"
            unit_factor = 1 / 10000 if fact.unit == "元" else 1
            parsed = value_of(fact.value)
            if parsed is None or fact.normalized is None or not close(parsed * unit_factor, fact.normalized, 0.006):
                F.add(pid, f"normalized {fact.normalized} does not match value {fact.value} {fact.unit}: {where}")
            if fact.image_only:
                cands = [p for p in pics_by_file.get(fact.file, []) if p["page"] == fact.page and fact.quote in p["texts"]]
                if path.suffix == ".pdf":
                    s = scans.get((fact.file, fact.page))
                    ok = s is not None and any(fact.quote in t for t in s["texts"])
                else:
                    ok = bool(cands)
                if not ok:
                    F.add(pid, f"image-only quote not drawn on that page: {where}")
                continue
            if path.suffix == ".pdf":
                pages = pdf_pages(path)
                ok = fact.page <= len(pages) and norm(fact.quote) in norm(pages[fact.page - 1]["text"])
            elif path.suffix == ".docx":
                pages = rpages[path]
                ok = fact.page <= len(pages) and norm(fact.quote) in norm(pages[fact.page - 1]["text"])
            elif path.suffix == ".xlsx":
                wb = openpyxl.load_workbook(str(path))
                ws = wb.worksheets[fact.page - 1]
                ok = any(fact.quote in str(v) for row in ws.iter_rows(values_only=True) for v in row if v is not None)
            else:
                ok = False
            if not ok:
                F.add(pid, f"quote not on its page: {where}")
        # ---- a device list XLSX: its detail rows on sheet 1 add up to the signed 合计 on sheet 2 ----------
        for f, role in truth.files.items():
            if role != "evidence:device_list" or not f.endswith(".xlsx"):
                continue
            ws = openpyxl.load_workbook(str(root / f)).worksheets[0]
            rows_ = [list(r) for r in ws.iter_rows(values_only=True)]
            head = next(i for i, r in enumerate(rows_) if any(isinstance(v, str) and v.startswith("接入数量") for v in r))
            col = next(c for c, v in enumerate(rows_[head]) if isinstance(v, str) and v.startswith("接入数量"))
            total = sum(r[col] for r in rows_[head + 1:] if len(r) > col and isinstance(r[col], int))
            for fact in truth.evidence_facts:
                if fact.file == f and fact.label == "连接的工业设备/产品/产线种类及数量（台/套）" and fact.normalized != total:
                    F.add(pid, f"{f}: detail rows add up to {total}, signed page says {fact.value}")
        # ---- the 申报表 says what the truth says -------------------------------------------------------
        rows = {r.label: r.normalized for r in truth.summary_rows}
        form = [n for n, role in truth.files.items() if role == "申报表"]
        cells, part2 = form_cells(root / form[0])
        for l1, l2, l3, content, key in FORM_ROWS:
            if key not in rows:
                continue
            want = rows[key]
            got = cells.get(content)
            if got is None:
                F.add(pid, f"申报表 row {content} not found")
                continue
            if isinstance(want, bool):
                ok = got.strip().startswith("是" if want else "否")
            elif isinstance(want, dict):
                if key == "平台订单数量(近一年总量)（个）":
                    ok = all(f"{k}：{v}" in got for k, v in want.items())
                else:
                    ok = parse_breakdown(got) == {k: float(v) for k, v in want.items()}
            elif isinstance(want, (int, float)):
                ok = close(first_number(got), want)
            elif want is None:
                ok = got.strip() in ("", "无")
            else:
                ok = key == "数据分析平台均速度（每TB分级/秒级/毫秒级）" and got.startswith(want) or norm(got) == norm(want)
            if not ok:
                F.add(pid, f"申报表 {content!r} = {got!r}, truth {want!r}")
        rev_text = part2.get("平台近三年经营指标情况", "")
        nums = [num(x) for x in re.findall(r"([\d,]+\.\d+)", rev_text)]
        want = rows["平台近三年经营指标情况"]
        if len(nums) < 6 or not all(close(nums[2 * i], want[f"{y}年平台营收（万元）"]) and
                                    close(nums[2 * i + 1], want[f"{y}年增长率（%）"]) for i, y in enumerate((2021, 2022, 2023))):
            F.add(pid, f"申报表 近三年经营指标 {rev_text!r} differs from the truth")
        # ---- rules ------------------------------------------------------------------------------------------
        broken |= rules(truth, rows, cells, part2, root, rpages, F)
    return broken


def value_of(text: str) -> float | None:
    t = str(text).replace(",", "")
    m = re.search(r"(\d+(?:\.\d+)?)(万)?", t)
    if not m:
        return None
    v = float(m.group(1))
    return v * 10000 if m.group(2) else v


def rules(truth, rows: dict, cells: dict, part2: dict, root: Path, rpages: dict, F: Failures) -> set[str]:
    pid = truth.package_id
    broken: set[str] = set()
    # identity
    if rows["运维人数（人）"] + rows["运营人数（人）"] != rows["平台团队总人数（人）"]:
        broken.add("identity:team")
    for child, parent in SUBSETS:
        if rows[child] is not None and rows[parent] is not None and rows[child] > rows[parent]:
            broken.add(f"subset:{child}")
    if rows["杀手锏APP数量（个）"] not in (None, 5) and rows["工业APP数量（个）"] >= 5:
        broken.add("definition:杀手锏APP数量（个）")
    if rows["基于平台开发的工业APP数量（个）"] + rows["云化工业软件数量（个）"] != rows["工业APP数量（个）"]:
        broken.add("sum:工业APP数量（个）")
    # formulas of the notice
    rev = rows["平台相关营业收入（万元）"]
    if not close(r2(rows["平台相关研发投入（万元）"] / rev * 100), rows["平台相关研发投入强度（%）"]):
        broken.add("formula:平台相关研发投入强度（%）")
    if not close(r2(rows["存储工业数据量（TB）"] / rows["存储容量（TB）"] * 100), rows["存储资源利用率（%）"]):
        broken.add("formula:存储资源利用率（%）")
    if not close(r2(rows["付费企业数（个）"] / rows["注册企业用户数（个）"] * 100), rows["付费用户占比（%）"]):
        broken.add("formula:付费用户占比（%）")
    cases = CASES[pid]
    for k, label in enumerate(("平台连接工业设备运维成本平均下降率（%）", "平台连接工业设备能耗平均下降率（%）",
                               "平台连接工业设备安全生产持续时间平均提升率（%）")):
        if not close(r2(sum(c[k] for c in cases) / 3), rows[label]):
            broken.add(f"formula:{label}")
    # growth rates and the 2023 revenue
    y3 = rows["平台近三年经营指标情况"]
    revs = {2020: REV2020[pid], **{y: y3[f"{y}年平台营收（万元）"] for y in (2021, 2022, 2023)}}
    for y in (2021, 2022, 2023):
        if not close(r2((revs[y] - revs[y - 1]) / revs[y - 1] * 100), y3[f"{y}年增长率（%）"]):
            broken.add(f"growth:{y}")
    if not close(revs[2023], rev):
        broken.add("consistency:2023年平台营收")
    # breakdowns: sums and 附录 categories
    for label, total_label, cats in BREAKDOWNS:
        d = rows[label]
        total = rows[total_label]
        if d is None:
            if total not in (0, None):
                broken.add(f"blank:{label}")
            continue
        if abs(sum(d.values()) - total) > 0.5:
            broken.add(f"breakdown:{label}")
        for k in d:
            if cats == "region":
                ok = k in REGIONS or bool(re.fullmatch(r"[\u4e00-\u9fff]+[A-Z][A-Za-z ]+", k))
            elif cats == "overseas":
                ok = bool(re.fullmatch(r"[\u4e00-\u9fff]+[A-Z][A-Za-z ]+", k))
            else:
                ok = k in cats
            if not ok:
                broken.add(f"invalid:{label}")
    regions = rows["按省市区域统计工业设备数量（台/套）"] or {}
    overseas = {k: v for k, v in regions.items() if re.search(r"[A-Za-z]", k)}
    if overseas != (rows["按海外国家分类统计海外设备连接数量（台/套）"] or {}):
        broken.add("consistency:海外设备")
    if (rows["按省市区域统计服务企业数（个）"] or {}).get("上海") != rows["服务本市企业数量（个）"]:
        broken.add("consistency:服务本市企业数量")
    # blanks
    for label, v in rows.items():
        if v is None and label != "按海外国家分类统计海外设备连接数量（台/套）":
            broken.add(f"blank:{label}")
    # evidence vs declared
    for fact in truth.evidence_facts:
        if fact.component:
            comp = fact.component
            if comp.endswith("年平台营收（万元）"):
                if not close(fact.normalized, y3[comp]):
                    broken.add(f"evidence:{fact.label}")
            elif comp == "平台利润总额（万元）":
                if not close(r2(fact.normalized / rev * 100), rows["平台利润率（%）"]):
                    broken.add("evidence:平台利润率（%）")
            elif comp == "平台年利润（万元）":
                if not close(r2(fact.normalized / rows["平台建设金额（万元）"] * 100), rows["投资回报率（%）"]):
                    broken.add("evidence:投资回报率（%）")
            else:
                F.add(pid, f"unknown component {comp}")
            continue
        if not close(fact.normalized, rows[fact.label], 0.006):
            broken.add(f"evidence:{fact.label}")
    # the 汇总表 agrees with the 申报表
    summ = [n for n, role in truth.files.items() if role == "汇总表"]
    if summ:
        sc = summary_cells(root / summ[0])
        for label in SUMMARY_LABELS:
            if label == "数据分析平台均速度（每TB分级/秒级/毫秒级）":
                ok = label in sc and norm(sc[label]).startswith(norm(rows[label]))
            else:
                ok = label in sc and summary_equal(rows[label], sc[label])
            if not ok:
                broken.add(f"summary:{label}")
    # conditional fields of part 二
    if re.search(r"☑合作共建，合作企业名称（必填）：_+", part2.get("平台建设方式", "")):
        broken.add("conditional:平台建设方式")
    if re.search(r"☑租用，服务商名称（必填）：_+", part2.get("IaaS基础设施", "")):
        broken.add("conditional:IaaS基础设施")
    if "☑其他部署方式" in part2.get("部署方式", "") and re.search(r"（必填）：\s*$", part2.get("部署方式", "")):
        broken.add("conditional:部署方式")
    # answer formats and character limits
    for content in YESNO_ROWS:
        if cells.get(content, "").strip() not in ("是", "否"):
            broken.add(f"answer_format:{content}")
    for content in PERIODIC_ROWS:
        t = cells.get(content, "").strip()
        if t.startswith("是") and not re.match(r"是[，,].+", t):
            broken.add(f"answer_format:{content}")
    t = cells.get("是否针对平台制定了安全管理相关制度", "")
    if t.startswith("是") and not re.search(r"《.+》", t):
        broken.add("answer_format:是否针对平台制定了安全管理相关制度")

    def length(s: str) -> int:
        return len(re.sub(r"\s", "", s))

    for content, limit in CHAR_LIMITS.items():
        if length(cells.get(content, "")) > limit:
            broken.add(f"char_limit:{content}")
    for line in cells.get("是否符合国家/地方相关政策方向，是否符合行业/产业发展现状与趋势", "").split("\n"):
        if length(re.sub(r"^\d+[.、．]", "", line)) > 50:
            broken.add("char_limit:政策符合")
    for label in ("平台基本情况介绍", "平台建设成效"):
        if length(part2.get(label, "")) > 500:
            broken.add(f"char_limit:{label}")
    # platform name
    listed = LIST6[truth.platform.list_no][0]
    if truth.platform.declared_name != listed and "原名称" not in part2.get("平台名称", ""):
        broken.add("platform_name")
    # files and chapters
    roles = set(truth.files.values())
    for role in ("联系人表", "申报表", "申报表扫描件", "申报书", "汇总表", "承诺"):
        if role not in roles:
            broken.add(f"missing_file:{role}")
    report = [n for n, role in truth.files.items() if role == "申报书"]
    if report:
        text = norm("".join(p["text"] for p in rpages[root / report[0]]))
        for ch in ("一、申报单位简介", "二、平台建设及运营情况", "三、平台应用成效", "四、平台下一步发展计划", "五、平台应用案例",
                   "六、附件及其他说明材料"):
            if norm(ch) not in text:
                broken.add(f"missing_section:{ch}")
        if truth.platform.participated_2023 != (norm("七、平台相较上年度对比情况") in text):
            broken.add("section7")
    return broken


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--packages", type=Path, default=None, help="folder holding the packages (default: truth paths)")
    args = ap.parse_args(argv)
    F = Failures()
    truths = sorted((load_truth(p) for p in (HERE / "truth").glob("*.json")), key=lambda t: t.package_id)
    pkg_dir = args.packages or (REPO / Path(truths[0].path).parent)
    manifest = {m["package_id"]: m for m in json.loads((pkg_dir / "_h74_manifest.json").read_text(encoding="utf-8"))}
    clean = [t for t in truths if not t.problems]
    if len(truths) != 4 or len(clean) != 1:
        F.add("set", f"{len(truths)} packages, {len(clean)} clean (want 4 and 1)")
    facts = problems = 0
    for t in truths:
        if t.problems and not 2 <= len(t.problems) <= 5:
            F.add(t.package_id, f"{len(t.problems)} problems (want 2-5)")
        if not 18 <= len(t.evidence_facts) <= 35:
            F.add(t.package_id, f"{len(t.evidence_facts)} facts (want 18-35)")
        LIST6_row = LIST6[t.platform.list_no]
        if (t.platform.listed_name, t.platform.company, t.platform.participated_2023) != LIST6_row:
            F.add(t.package_id, "platform is not its 附件6 row")
        broken = check_package(t, manifest[t.package_id], args.packages, F)
        expected = set()
        for prob in t.problems:
            keys = EXPECTED.get(prob.id)
            if keys is None:
                F.add(t.package_id, f"no expectation for problem {prob.id}")
                continue
            expected |= set(keys)
            missing = [k for k in keys if k not in broken]
            if missing:
                F.add(t.package_id, f"problem {prob.id} not present in the package: {missing}")
        extra = broken - expected
        if extra:
            F.add(t.package_id, f"rules broken without a planted problem: {sorted(extra)}")
        facts += len(t.evidence_facts)
        problems += len(t.problems)
        print(f"{t.package_id}: {len(t.evidence_facts)} facts, {len(t.problems)} problems, rules broken: "
              f"{sorted(broken) or 'none'}")
    if F.items:
        print("\nFAILURES:")
        for item in F.items:
            print("  " + item)
        return 1
    print(f"OK: {len(truths)} packages, {facts} facts, {problems} problems")
    return 0


if __name__ == "__main__":
    sys.exit(main())
