"""Application documents: 联系人表, 申报表 (DOCX + stamped scan), 申报书 (DOCX or bound PDF chapters), 汇总表 XLSX,
承诺 scan, evidence index XLSX."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import docx
import openpyxl
from docx.shared import Pt
from docx.oxml.ns import qn
from openpyxl.styles import Alignment, Font

from eval_sets.blind.h86.bound import Flow
from eval_sets.blind.h86.labels import SUMMARY_LABELS, TABLE
from eval_sets.blind.h86.model import cell
from eval_sets.blind.h86.render import H, W, Doc, Painter, image_pdf, normalize_zip, rasterize, scan_effect, wrap

FIXED = dt.datetime(2024, 7, 18, 9, 30, 0)


def _doc() -> docx.Document:
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    cp = d.core_properties
    cp.author = cp.last_modified_by = ""
    cp.created = cp.modified = FIXED
    cp.revision = 1
    return d


def _save_docx(d, path: Path):
    d.save(str(path))
    normalize_zip(path)


def _save_xlsx(wb, path: Path):
    wb.properties.creator = ""
    wb.properties.created = wb.properties.modified = FIXED
    wb.save(str(path))
    normalize_zip(path)


def contact_docx(path: Path, s: dict):
    d = _doc()
    d.add_paragraph("附件1")
    d.add_heading("联系人信息反馈表", 1)
    d.add_paragraph("2024年度上海市工业互联网平台应用水平评价工作")
    d.add_paragraph("一、联系人信息反馈")
    t = d.add_table(rows=3, cols=6)
    t.style = "Table Grid"
    for i, h in enumerate(["序号", "姓名", "单位名称", "职务", "手机号码", "电子邮箱"]):
        t.cell(0, i).text = h
    name, phone, mail = s["contact"]
    for i, v in enumerate(["联系人（主）", name, s["company"], s["contact_title"], phone, mail]):
        t.cell(1, i).text = v
    for i, v in enumerate(["联系人（备用）", *s["contact2"]]):
        t.cell(2, i).text = v
    d.add_paragraph("二、评审会现场地址信息反馈")
    d.add_paragraph("具体地址：" + s["address"])
    _save_docx(d, path)


def basic_rows(s: dict, v: dict, texts: dict) -> list[tuple[str, str]]:
    hist = v["平台近三年经营指标情况"]
    hist_txt = "\n".join(f"{y}年平台营收{hist[f'{y}年平台营收（万元）']:.2f}万元/增长率{hist[f'{y}年增长率（%）']:.2f}%" for y in (2021, 2022, 2023))
    bm = "☑自建　□合作共建" if v["平台建设方式"] == "自建" else f"□自建　☑合作共建，合作企业名称（必填）：{s['partner_co']}"
    om = "　".join(("☑" if x == v["平台运营模式"] else "□") + x for x in ("自运营", "联合运营", "委托运营"))
    iaas = "☑自建　□租用" if not s.get("iaas_vendor") else f"□自建　☑租用，服务商名称（必填）：{s['iaas_vendor']}"
    dep = "　".join(("☑" if x in v["部署方式"] else "□") + x for x in ("边缘侧", "私有云", "公有云", "混合云"))
    return [("平台名称", v["平台名称"]), ("建设时间", s["build_time_cn"]), ("平台建设金额（万元）", f"{v['平台建设金额（万元）']:.2f}"),
            ("平台近三年经营指标情况", hist_txt), ("平台建设方式", bm), ("平台运营模式", om), ("IaaS基础设施", iaas), ("部署方式", dep),
            ("平台网址", f"{v['平台网址']}（演示账号：{s['demo_user']}　密码：{s['demo_pw']}）"),
            ("平台基本情况介绍", texts["平台基本情况介绍"]), ("平台建设成效", texts["平台建设成效"])]


def company_rows(s: dict) -> list[tuple[str, str]]:
    c = s["company_fin"]
    return [("单位（企业）名称", s["company"]), ("单位（企业）代码", s["credit_code"]), ("成立日期", s["founded"]),
            ("注册地及所在行政区", s["reg_address"]), ("企业类型", s["company_type"]), ("注册资本", s["capital"]),
            ("主营业务", s["business"]), ("法定代表人", s["legal_rep"]), ("联系人", s["contact"][0]), ("职务", s["contact_title"]),
            ("联系人手机", s["contact"][1]), ("电子邮箱", s["contact"][2]), ("股权结构", s["equity"]),
            ("总资产（万元）", f"{c['assets'] / 1e4:.2f}"), ("主营业务收入（万元）", f"{c['rev'] / 1e4:.2f}"),
            ("主营业务收入增长率（%）", f"{(c['rev'] / c['rev_prev'] - 1) * 100:.2f}"), ("负债率（%）", f"{c['debt_ratio']:.2f}"),
            ("利润总额（万元）", f"{c['profit'] / 1e4:.2f}"), ("税金（万元）", f"{c['tax'] / 1e4:.2f}")]


def indicator_rows(s: dict, v: dict, texts: dict, proof: dict) -> list[tuple[str, str, str, str, str, str]]:
    out = []
    for l1, l2, l3, content, label in TABLE:
        val = cell(label, v[label], s) if label else texts[content]
        if label == "平台是否建立安全管理体系":
            val = texts[content]
        out.append((l1, l2, l3, content, val, proof.get(label or content, "")))
    return out


def form_docx(path: Path, s: dict, v: dict, texts: dict, proof: dict):
    d = _doc()
    d.add_paragraph("附件2")
    d.add_heading("上海市工业互联网平台应用水平评价", 0)
    d.add_heading("申报表", 1)
    for k, x in [("申报年度", "2024年度"), ("平台名称", v["平台名称"]), ("申报单位", s["company"] + "（公章）"),
                 ("联系人", s["contact"][0]), ("联系人电话", s["contact"][1])]:
        d.add_paragraph(f"{k}：{x}")
    d.add_paragraph("上海市经济和信息化委员会制　　　　2024年7月15日")
    d.add_page_break()
    for title, rows in (("一、企业基本情况", company_rows(s)), ("二、平台基本情况", basic_rows(s, v, texts))):
        d.add_heading(title, 2)
        t = d.add_table(rows=len(rows), cols=2)
        t.style = "Table Grid"
        for i, (k, x) in enumerate(rows):
            t.cell(i, 0).text = k
            t.cell(i, 1).text = x
    d.add_heading("三、上海市工业互联网平台应用水平评价指标明细表", 2)
    rows = indicator_rows(s, v, texts, proof)
    t = d.add_table(rows=len(rows) + 1, cols=6)
    t.style = "Table Grid"
    for i, h in enumerate(["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"]):
        t.cell(0, i).text = h
    for r, row in enumerate(rows, 1):
        for i, x in enumerate(row):
            t.cell(r, i).text = x
    _save_docx(d, path)
    return rows


def form_scan(path: Path, s: dict, v: dict, texts: dict, proof: dict, seed: int):
    """The signed and stamped paper form, scanned: our own layout rasterised, seal on the cover and the last page."""
    pages = []

    def cover(p: Painter):
        p.text(W / 2, 200, "上海市工业互联网平台应用水平评价", 20, "c")
        p.text(W / 2, 250, "申 报 表", 26, "c")
        y = 360
        for k, x in [("申报年度", "2024年度"), ("平台名称", v["平台名称"]), ("申报单位", s["company"]),
                     ("联 系 人", s["contact"][0]), ("联系人电话", s["contact"][1])]:
            p.text(130, y, f"{k}：{x}", 12)
            y += 34
        p.text(W / 2, 700, "上海市经济和信息化委员会制", 12, "c")
        p.text(W / 2, 725, "2024年7月15日", 12, "c")
    pages.append((cover, True))
    rows = [("一、企业基本情况", "")] + company_rows(s) + [("二、平台基本情况", "")] + basic_rows(s, v, texts) + \
        [("三、指标明细表", "")] + [(r[3], r[4]) for r in indicator_rows(s, v, texts, proof)]
    ws = [170, W - 144 - 170]
    chunk, y = [], 70
    for k, x in rows:
        x = x if len(x) < 420 else x[:400] + "……"
        h = max(len(wrap(k, ws[0] - 6, 8.5)), len(wrap(x, ws[1] - 6, 8.5))) * 11.5 + 7
        if y + h > H - 60:
            pages.append((lambda p, c=list(chunk): p.table(72, 70, ws, [("项目", "填报内容")] + c, 8.5), False))
            chunk, y = [], 70
        chunk.append((k, x))
        y += h
    chunk.append(("申报单位（盖章）", "\n\n法定代表人签字：" + s["legal_rep"] + "　　　2024年7月15日"))
    pages.append((lambda p, c=list(chunk): p.table(72, 70, ws, [("项目", "填报内容")] + c, 8.5), True))
    imgs = []
    for i, (draw, sealed) in enumerate(pages):
        img, _ = rasterize(draw, dpi=96)
        imgs.append(scan_effect(img, seed + i, s["company"] if sealed else None, (0.66, 0.78) if i else (0.62, 0.46)))
    image_pdf(path, imgs)


def summary_xlsx(path: Path, s: dict, v: dict):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "平台基本情况汇总表"
    ws.append(["附件4　平台基本情况汇总表", ""])
    ws.append(["项目", "填写内容"])
    for label in SUMMARY_LABELS:
        val = v[label]
        if label == "序号":
            x = v["序号"]
        elif val is None:
            x = None
        elif isinstance(val, (int, float)) and not isinstance(val, bool) and label != "平台是否服务上海智能工厂，数量":
            x = val
        else:
            x = cell(label, val, s)
        ws.append([label, x])
    ws.column_dimensions["A"].width = 46
    ws.column_dimensions["B"].width = 70
    for row in ws.iter_rows(min_row=3):
        row[1].alignment = Alignment(wrap_text=True, vertical="top")
    ws["A1"].font = Font(bold=True, size=13)
    _save_xlsx(wb, path)


def commitment_scan(path: Path, s: dict, seed: int):
    def draw(p: Painter):
        p.text(72, 80, "附件5", 11)
        p.text(W / 2, 150, "真实性承诺", 20, "c")
        y = 220
        for para in ["我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、准确、完整，"
                     "如有不实，愿承担相应的法律责任及由此产生的一切后果。", "特此承诺。"]:
            for ln in wrap("\u3000\u3000" + para, W - 160, 13):
                p.text(80, y, ln, 13)
                y += 26
        p.text(300, 520, f"申报单位：{s['company']}（盖章）" if len(s["company"]) < 14 else "申报单位（盖章）：", 12)
        if len(s["company"]) >= 14:
            p.text(300, 542, s["company"], 11)
        p.text(300, 590, f"法定代表人：{s['legal_rep']}（签章）", 12)
        p.text(300, 640, "2024年7月15日", 12)
    img, _ = rasterize(draw, dpi=110)
    image_pdf(path, [scan_effect(img, seed, s["company"], (0.68, 0.64))])


def index_xlsx(path: Path, rows: list[tuple], note: str):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "佐证材料索引"
    ws.append(["序号", "指标（三级指标/内容）", "申报值", "附件编号", "附件名称", "所在文件", "页码"])
    for i, r in enumerate(rows, 1):
        ws.append([i, *r])
    ws.append([])
    ws.append(["说明", note])
    for col, w in zip("ABCDEFG", (6, 40, 16, 10, 34, 34, 14)):
        ws.column_dimensions[col].width = w
    _save_xlsx(wb, path)


# ------------------------------------------------------------------------------------------------ 申报书
def narrative_docx(path: Path, s: dict, blocks: list):
    d = _doc()
    d.add_paragraph("附件3")
    d.add_heading("上海市工业互联网平台应用水平评价", 0)
    d.add_heading("申报书", 1)
    for k, x in [("申报年度", "2024年度"), ("平台名称", s["platform"]), ("申报单位", s["company"] + "（公章）"),
                 ("联系人", s["contact"][0]), ("联系人电话", s["contact"][1])]:
        d.add_paragraph(f"{k}：{x}")
    d.add_page_break()
    for b in blocks:
        if b[0] == "h1":
            d.add_heading(b[1], 1)
        elif b[0] == "h2":
            d.add_heading(b[1], 2)
        elif b[0] == "p":
            d.add_paragraph(b[1])
        elif b[0] == "table":
            _, title, hdr, rows, _ws = b
            if title:
                d.add_paragraph(title)
            t = d.add_table(rows=len(rows) + 1, cols=len(hdr))
            t.style = "Table Grid"
            for i, h in enumerate(hdr):
                t.cell(0, i).text = str(h)
            for r, row in enumerate(rows, 1):
                for i, x in enumerate(row):
                    t.cell(r, i).text = str(x)
    _save_docx(d, path)


def narrative_flow(fl: Flow, blocks: list) -> dict:
    """Chapters into a bound PDF; returns {chapter title: physical page}."""
    where = {}
    for b in blocks:
        if b[0] == "h1":
            if b[1].startswith(("二、", "三、", "五、", "七、")):
                fl.new_page()
            where[b[1]] = fl.h1(b[1], 14)
        elif b[0] == "h2":
            where[b[1]] = fl.h2(b[1], 11.5)
        elif b[0] == "p":
            fl.p(b[1])
        elif b[0] == "table":
            _, title, hdr, rows, ws = b
            fl.table(hdr, rows, ws, 8.5, title=title)
    return where


def cover_page(doc: Doc, s: dict, title: str, subtitle: str):
    def draw(p: Painter):
        p.text(W / 2, 210, "上海市工业互联网平台应用水平评价", 20, "c")
        p.text(W / 2, 262, title, 26, "c")
        if subtitle:
            p.text(W / 2, 300, subtitle, 13, "c")
        y = 400
        for k, x in [("申报年度", "2024年度"), ("平台名称", s["platform"]), ("申报单位", s["company"]),
                     ("联 系 人", s["contact"][0]), ("联系人电话", s["contact"][1])]:
            p.text(120, y, f"{k}：{x}", 12)
            y += 32
        p.text(W / 2, 720, "2024年7月", 12, "c")
    doc.add(draw, numbered=False)


def toc_pages(doc: Doc, entries: list, n_pages=1, title="目　　录"):
    """entries: list of (level, title, phys page or None (absent), printed page override or None); filled at render."""
    for k in range(n_pages):
        def draw(p: Painter, k=k):
            per = -(-len(entries) // n_pages)
            p.text(W / 2, 80, title if k == 0 else title + "（续）", 16, "c")
            y = 120
            for lvl, t, phys, printed in entries[k * per:(k + 1) * per]:
                n = printed if printed is not None else doc.printed(phys)
                x = 80 + 18 * lvl
                p.text(x, y, t, 11 if lvl == 0 else 10.5)
                p.text(W - 80, y, str(n), 11, "r")
                p.c.setDash(1, 2)
                from eval_sets.blind.h86.render import sw
                p.line(x + sw(t, 11) + 6, y - 3, W - 80 - sw(str(n), 11) - 6, y - 3, 0.4)
                p.c.setDash()
                y += 22 if lvl == 0 else 20
        doc.add(draw, numbered=False)
