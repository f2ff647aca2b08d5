"""Blind set h72: the files of a package (Doc), shared document builders (audit report, IP lists,
letters) and the documents every package has (申报表, 汇总表, 联系人表, 承诺)."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import h72_render as R
from h72_model import (Pkg, commitment_blocks, contact_blocks, form_blocks, form_sheets, money, summary_sheets)
from h72_render import H, P, PB, Space, T


@dataclass
class Doc:
    path: str
    role: str
    kind: str  # docx | pdf | pages | scan_pages | scan_flow | xlsx | png | shots_pdf
    blocks: list | None = None
    pages: list | None = None
    sheets: list | None = None
    shots: list | None = None
    pdf: R.PdfSpec = field(default_factory=R.PdfSpec)
    docx: R.DocxSpec = field(default_factory=R.DocxSpec)
    scan: R.ScanSpec | None = None

    @property
    def image_only(self) -> bool:
        return self.kind in ("scan_pages", "scan_flow", "png", "shots_pdf")


def source_pdf(doc: Doc) -> bytes:
    """The PDF drawn before scanning (or the text PDF itself)."""
    if doc.kind in ("pages", "scan_pages"):
        return R.pages_pdf_bytes(doc.pages, doc.pdf)
    if doc.kind in ("pdf", "scan_flow"):
        return R.pdf_bytes(doc.blocks, doc.pdf)
    raise ValueError(doc.kind)


def drawn_texts(doc: Doc, page: int) -> str:
    """Text drawn on a 1-based page of an image-only file (what a scan or screenshot shows)."""
    if doc.kind in ("scan_pages", "scan_flow"):
        return R.pdf_page_texts(source_pdf(doc))[page - 1]
    if doc.kind == "png":
        return "\n".join(doc.shots[0].texts())
    if doc.kind == "shots_pdf":
        return "\n".join(doc.shots[page - 1].texts())
    raise ValueError(doc.kind)


def write_doc(root: Path, doc: Doc) -> int:
    """Writes one file; returns its page count (sheets for XLSX)."""
    path = root / doc.path
    path.parent.mkdir(parents=True, exist_ok=True)
    if doc.kind == "docx":
        R.write_docx(path, doc.blocks, doc.docx)
        return 1
    if doc.kind in ("pdf", "pages"):
        data = source_pdf(doc)
        path.write_bytes(data)
        return len(R.pdf_page_texts(data))
    if doc.kind in ("scan_pages", "scan_flow"):
        return R.scan_pdf(path, source_pdf(doc), doc.scan, doc.pdf.title)
    if doc.kind == "xlsx":
        R.write_xlsx(path, doc.sheets, doc.docx.author)
        return len(doc.sheets)
    if doc.kind == "png":
        R.save_png(path, R.draw_dashboard(doc.shots[0]))
        return 1
    if doc.kind == "shots_pdf":
        imgs = [R.draw_dashboard(s) for s in doc.shots]
        R.images_to_pdf(path, imgs, quality=85, title=doc.pdf.title)
        return len(imgs)
    raise ValueError(doc.kind)


# ----------------------------------------------------------------------------------------------
# documents every package has


def common_docs(pkg: Pkg, names: dict[str, str], seed: int, form_kind: str = "docx",
                heading_style: str = "word", summary_style: str = "vertical") -> list[Doc]:
    out = []
    author = pkg.contact["name"]
    out.append(Doc(names["联系人表"], "联系人表", "docx", blocks=R_contact(pkg),
                   docx=R.DocxSpec(title="联系人信息反馈表", author=author, headings="bold")))
    if form_kind == "docx":
        out.append(Doc(names["申报表"], "申报表", "docx", blocks=form_blocks(pkg),
                       docx=R.DocxSpec(title="申报表", author=author, headings=heading_style, body_size=12)))
    else:
        out.append(Doc(names["申报表"], "申报表", "xlsx", sheets=form_sheets(pkg), docx=R.DocxSpec(author=author)))
    out.append(Doc(names["申报表扫描件"], "申报表扫描件", "scan_flow", blocks=form_blocks(pkg),
                   pdf=R.PdfSpec(title="申报表（盖章版）", footer="page", base=10.5),
                   scan=R.ScanSpec(seed=seed, seal_name=pkg.company, seal_pages=(0,), seal_pos=(0.64, 0.47),
                                   seam=True, scale=1.6)))
    out.append(Doc(names["汇总表"], "汇总表", "xlsx", sheets=summary_sheets(pkg, summary_style),
                   docx=R.DocxSpec(author=author)))
    out.append(Doc(names["承诺"], "承诺", "scan_flow", blocks=commitment_blocks(pkg),
                   pdf=R.PdfSpec(title="真实性承诺", footer=""),
                   scan=R.ScanSpec(seed=seed + 7, seal_name=pkg.company, seal_pages=(0,), seal_pos=(0.40, 0.60),
                                   signature=(0, 0.30, 0.665, pkg.comp["legal"]))))
    return out


def R_contact(pkg: Pkg) -> list:
    return contact_blocks(pkg)


# ----------------------------------------------------------------------------------------------
# audit report


def _q(x) -> Decimal:
    return Decimal(str(x)).quantize(Decimal("0.01"), ROUND_HALF_UP)


def income_rows(R_, RD, OI, PT) -> dict[str, Decimal]:
    """A company 利润表 (元) from revenue, R&D, other income and total profit."""
    R_, RD, OI, PT = (_q(x) for x in (R_, RD, OI, PT))
    tax = _q(R_ * Decimal("0.0061"))
    sell = _q(R_ * Decimal("0.0314"))
    admin = _q(R_ * Decimal("0.0527"))
    fin = _q(R_ * Decimal("0.0029"))
    nin = _q(R_ * Decimal("0.0005"))
    nout = _q(R_ * Decimal("0.0002"))
    op = PT - nin + nout
    cost = R_ - tax - sell - admin - RD - fin + OI - op
    itax = _q(PT * Decimal("0.118"))
    return {"一、营业收入": R_, "减：营业成本": cost, "税金及附加": tax, "销售费用": sell, "管理费用": admin,
            "研发费用": RD, "财务费用": fin, "加：其他收益": OI, "二、营业利润": op, "加：营业外收入": nin,
            "减：营业外支出": nout, "三、利润总额": PT, "减：所得税费用": itax, "四、净利润": PT - itax}


def balance_rows(A, debt_pct, cash_share="0.16") -> dict[str, Decimal]:
    A = _q(A)
    L = _q(A * Decimal(str(debt_pct)) / 100)
    cash = _q(A * Decimal(cash_share))
    recv = _q(A * Decimal("0.23"))
    inv = _q(A * Decimal("0.11"))
    other_cur = _q(A * Decimal("0.07"))
    cur = cash + recv + inv + other_cur
    fixed = _q(A * Decimal("0.21"))
    intang = _q(A * Decimal("0.09"))
    dev = _q(A * Decimal("0.02"))
    other_nc = A - cur - fixed - intang - dev
    cl = _q(L * Decimal("0.82"))
    return {"货币资金": cash, "应收账款": recv, "存货": inv, "其他流动资产": other_cur, "流动资产合计": cur,
            "固定资产": fixed, "无形资产": intang, "开发支出": dev, "其他非流动资产": other_nc,
            "非流动资产合计": A - cur, "资产总计": A, "流动负债合计": cl, "非流动负债合计": L - cl, "负债合计": L,
            "所有者权益合计": A - L, "负债和所有者权益总计": A}


def statement_table(rows_cur: dict, rows_prev: dict, cols: tuple[str, str, str]) -> T:
    out = [list(cols)]
    for k, v in rows_cur.items():
        out.append([k, money(v), money(rows_prev[k])])
    return T(out, [2.2, 1.6, 1.6], [], 1, 9)


def audit_front(company: str, title: str, auditor: str, report_no: str, year_note: str = "2023年度") -> list[list]:
    cover = [Space(120), H(company, 0), H(f"{year_note}{title}", 0), Space(30), P(report_no, "center", False),
             Space(230), P(auditor, "center", False, 13), P("二〇二四年四月十八日", "center", False, 12)]
    opinion = [H("审计报告", 1), P(report_no, "right", False), P(f"{company}全体股东：", "left", False),
               H("一、审计意见", 2),
               P(f"我们审计了{company}（以下简称“贵公司”）财务报表，包括2023年12月31日的资产负债表，2023年度的利润表、"
                 "现金流量表、所有者权益变动表以及相关财务报表附注。"),
               P("我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，公允反映了贵公司2023年12月31日的"
                 "财务状况以及2023年度的经营成果和现金流量。"),
               H("二、形成审计意见的基础", 2),
               P("我们按照中国注册会计师审计准则的规定执行了审计工作。审计报告的“注册会计师对财务报表审计的责任”部分"
                 "进一步阐述了我们在这些准则下的责任。按照中国注册会计师职业道德守则，我们独立于贵公司，并履行了职业道德"
                 "方面的其他责任。我们相信，我们获取的审计证据是充分、适当的，为发表审计意见提供了基础。"),
               H("三、管理层和治理层对财务报表的责任", 2),
               P("贵公司管理层负责按照企业会计准则的规定编制财务报表，使其实现公允反映，并设计、执行和维护必要的内部控制，"
                 "以使财务报表不存在由于舞弊或错误导致的重大错报。"),
               Space(20), P(f"{auditor}                中国注册会计师：（签名并盖章）", "left", False),
               P("中国·上海                              二〇二四年四月十八日", "left", False)]
    return [cover, opinion]


# ----------------------------------------------------------------------------------------------
# IP lists

_PAT_A = ["一种基于", "一种面向", "一种用于", "基于"]
_PAT_KIND = ["发明专利", "发明专利", "实用新型", "发明专利"]


def patent_rows(seed: int, n: int, subjects: list[str], objects: list[str], holder: str,
                years=(2019, 2024)) -> list[list[str]]:
    rng = random.Random(seed)
    rows, seen = [], set()
    while len(rows) < n:
        s = rng.choice(subjects)
        o = rng.choice(objects)
        kind = rng.choice(_PAT_KIND)
        name = f"{rng.choice(_PAT_A)}{s}的{o}{'方法' if kind == '发明专利' else '装置'}"
        if name in seen:
            continue
        seen.add(name)
        y = rng.randint(years[0], years[1] - 1)
        code = f"ZL{y - rng.randint(1, 2)}{'1' if kind == '发明专利' else '2'}{rng.randint(1000000, 9999999)}.{rng.randint(0, 9)}"
        date = f"{y}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        rows.append([str(len(rows) + 1), name, kind, code, date, holder])
    return rows


def software_rows(seed: int, n: int, brand: str, modules: list[str], holder: str) -> list[list[str]]:
    rng = random.Random(seed)
    rows, seen = [], set()
    while len(rows) < n:
        m = rng.choice(modules)
        ver = f"V{rng.randint(1, 4)}.{rng.randint(0, 5)}"
        name = f"{brand}{m}系统{ver}"
        if m in seen:
            continue
        seen.add(m)
        y = rng.randint(2019, 2024)
        code = f"{y}SR{rng.randint(100000, 1999999):07d}"
        date = f"{y}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        rows.append([str(len(rows) + 1), name, code, date, holder])
    return rows


def letter_page(title: str, to: str, paras: list[str], signer: str, date: str, contact: str = "") -> list:
    out = [Space(20), H(title, 0), Space(6), P(f"致：{to}", "left", False)]
    out += [P(t) for t in paras]
    if contact:
        out.append(P(contact, "left", False, 10))
    out += [Space(40), P(f"{signer}（盖章）", "right", False), P(date, "right", False)]
    return out


def seal_positions() -> tuple[float, float]:
    return (0.70, 0.80)


def _fits(blocks: list, spec: R.PdfSpec) -> bool:
    return len(R.pdf_page_texts(R.pdf_bytes(blocks, spec))) == 1


def paginate(prefix: list, sections: list[tuple], spec: R.PdfSpec, suffix: list | None = None):
    """Lay list tables over pages. sections: (title text, header row, rows, widths, size).

    Returns (pages, {title: 1-based page where the title is printed}). Tables continue on the next page
    with their header repeated.
    """
    pages: list[list] = []
    cur = list(prefix)
    where: dict[str, int] = {}
    for title, header, rows, widths, size in sections:
        rest = list(rows)
        first = True
        while rest:
            head = [H(title, 3)] if first else []
            lo, hi = 0, len(rest)
            while lo < hi:  # largest k that fits
                mid = (lo + hi + 1) // 2
                if _fits(cur + head + [T([header] + rest[:mid], widths, [], 1, size)], spec):
                    lo = mid
                else:
                    hi = mid - 1
            if lo == 0:
                pages.append(cur)
                cur = []
                continue
            if first:
                where[title] = len(pages) + 1
            cur = cur + head + [T([header] + rest[:lo], widths, [], 1, size)]
            rest = rest[lo:]
            first = False
            if rest:
                pages.append(cur)
                cur = []
    if suffix:
        if _fits(cur + suffix, spec):
            cur = cur + suffix
        else:
            pages.append(cur)
            cur = list(suffix)
    pages.append(cur)
    return pages, where
