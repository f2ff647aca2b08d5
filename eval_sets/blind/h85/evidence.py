"""Evidence writers shared by the four packages. Each returns the facts it prints, with file and page filled in."""

from __future__ import annotations

import re
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Font

from eval_sets.blind.h85.kit import DRAWN, Fact, Stamp, save_xlsx, scanned_pdf, text_pdf, th


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


def place(facts: list[Fact], rel: str, page_texts: list[str], image_only: bool) -> list[Fact]:
    """Fills file/page: a fact keeps an explicit page, otherwise the first page whose text holds the quote."""
    for f in facts:
        f.file = rel
        f.image_only = image_only
        if not f.page:
            hits = [i + 1 for i, t in enumerate(page_texts) if squash(f.quote) in squash(t)]
            assert hits, (rel, f.quote)
            f.page = hits[0]
        assert squash(f.quote) in squash(page_texts[f.page - 1]), (rel, f.page, f.quote)
    return facts


def pages_text(pages: list[list]) -> list[str]:
    out = []
    for blocks in pages:
        parts = []
        for b in blocks:
            if b[0] == "t":
                parts += [str(x) for row in b[1] for x in row]
            elif b[0] in ("h", "h2", "p", "small", "r"):
                parts.append(b[1])
        out.append("\n".join(parts))
    return out


def write_text_pdf(root: Path, rel: str, pages: list[list], facts: list[Fact]) -> list[Fact]:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    text_pdf(path, pages, title=Path(rel).stem)
    return place(facts, rel, pages_text(pages), False)


def write_scan_pdf(root: Path, rel: str, pages: list[list], facts: list[Fact], stamps: list[Stamp], seed: int,
                   pid: str) -> list[Fact]:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    texts = scanned_pdf(path, pages, stamps, seed, key=f"{pid}/{rel}")
    return place(facts, rel, texts, True)


def write_xlsx(root: Path, rel: str, sheets: list[tuple[str, list[list]]], facts_by_sheet: dict[int, list[Fact]],
               author: str, widths: dict[str, float] | None = None) -> list[Fact]:
    """sheets: (title, rows); page of a fact = 1-based sheet index."""
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows in sheets:
        ws = wb.create_sheet(title)
        for r in rows:
            ws.append(r)
        ws["A1"].font = Font(bold=True)
        for col, wdt in (widths or {"A": 10, "B": 34, "C": 22, "D": 22, "E": 22, "F": 22}).items():
            ws.column_dimensions[col].width = wdt
        for row in ws.iter_rows():
            for c in row:
                c.alignment = Alignment(wrap_text=True, vertical="center")
    save_xlsx(wb, path, author)
    out = []
    for idx, facts in facts_by_sheet.items():
        cells = [str(c) for r in sheets[idx - 1][1] for c in r if c is not None]
        for f in facts:
            f.file, f.page, f.image_only = rel, idx, False
            assert any(squash(f.quote) in squash(c) for c in cells), (rel, idx, f.quote)
            out.append(f)
    return out


def screenshot_facts(rel: str, pid: str, facts: list[Fact]) -> list[Fact]:
    text = DRAWN[f"{pid}/{rel}"][1]
    for f in facts:
        f.file, f.page, f.image_only = rel, 1, True
        assert squash(f.quote) in squash(text), (rel, f.quote)
    return facts


# ------------------------------------------------------------------------------------------------ common documents
def company_audit_pages(company: str, auditor: str, report_no: str, fin: dict) -> list[list]:
    """Company statements in 元 with 本期金额/上期金额 (no platform figure on these pages)."""
    cover = [("sp", 120), ("h", company), ("h", "2023年度审计报告"), ("sp", 40), ("p", f"报告文号：{report_no}"),
             ("sp", 260), ("h2", auditor), ("r", "二〇二四年四月十八日")]
    opinion = [("h", "审计报告"), ("p", f"{report_no}"), ("p", f"{company}全体股东："),
               ("p", f"我们审计了{company}（以下简称“贵公司”）财务报表，包括2023年12月31日的资产负债表，2023年度的利润表、"
                     "现金流量表、所有者权益变动表以及相关财务报表附注。"),
               ("p", "我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，公允反映了贵公司2023年12月31日的财务状况"
                     "以及2023年度的经营成果和现金流量。"),
               ("p", "形成审计意见的基础、管理层和治理层对财务报表的责任、注册会计师对财务报表审计的责任（略）。"), ("sp", 30),
               ("r", f"{auditor}    中国注册会计师：{fin['cpa']}"), ("r", "中国·上海    二〇二四年四月十八日")]
    bs = [("h", "资产负债表"), ("p", f"编制单位：{company}    2023年12月31日    单位：元"),
          ("t", [["项目", "期末余额", "上年年末余额"]] + [[k, th(a, 2), th(b, 2)] for k, a, b in fin["bs"]], [0.4, 0.3, 0.3])]
    pl = [("h", "利润表"), ("p", f"编制单位：{company}    2023年度    单位：元"),
          ("t", [["项目", "本期金额", "上期金额"]] + [[k, th(a, 2), th(b, 2)] for k, a, b in fin["pl"]], [0.4, 0.3, 0.3])]
    return [cover, opinion, bs, pl]


def dash_rows(d: dict, unit: str = "") -> list[list]:
    return [[k, th(n)] for k, n in d.items()]


def ip_rows(rng, n: int, words: list[str], kind: str, owner_for, start_year: int = 2017, no_prefix: str = "ZL") -> list[list]:
    """Invented patent / software-copyright rows: 序号, 名称, 号, 权利人, 日期."""
    tails_p = ["方法及系统", "装置", "方法、装置及存储介质", "系统及方法", "监测方法", "优化方法"]
    tails_s = ["软件V1.0", "系统V2.0", "平台V3.0", "管理系统V1.0", "分析软件V2.1", "APP软件V1.0"]
    rows = []
    for i in range(n):
        a, b = rng.choice(words), rng.choice(words)
        if a == b:
            b = words[(words.index(a) + 1) % len(words)]
        year = start_year + (i * 7) // max(n, 1)
        if kind == "patent":
            name = f"一种基于{a}的{b}{tails_p[i % len(tails_p)]}"
            no = f"{no_prefix}{year}1{int(rng.integers(0, 10**7)):07d}.{int(rng.integers(0, 10))}"
        else:
            name = f"{a}{b}{tails_s[i % len(tails_s)]}"
            no = f"{year}SR{int(rng.integers(0, 10**7)):07d}"
        month = 1 + (i * 5) % 12
        rows.append([i + 1, name, no, owner_for(year, i), f"{year}-{month:02d}-{1 + (i * 3) % 28:02d}"])
    return rows
