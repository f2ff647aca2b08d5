"""The applicant's documents: 附件1 联系人表, 附件2 申报表 (DOCX/XLSX/PDF for the scan), 附件3 申报书, 附件4 汇总表, 附件5 承诺."""
from __future__ import annotations

from pathlib import Path

import docx
import openpyxl
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl.styles import Alignment, Border, Font, Side

from eval_sets.blind.h82 import render as R
from eval_sets.blind.h82.labels import CHAPTERS, SUMMARY_LABELS, TABLE
from eval_sets.blind.h82.model import NUMERIC_2DP, bd, f2

FIXED_DT = __import__("datetime").datetime(2024, 7, 18, 9, 30, 0)


# ------------------------------------------------------------------------------------------ helpers
def new_docx(author="") -> docx.Document:
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    cp = d.core_properties
    cp.author, cp.last_modified_by, cp.title, cp.comments = author, author, "", ""
    cp.created = cp.modified = FIXED_DT
    cp.revision = 1
    return d


def save_docx(d, path: Path):
    path.parent.mkdir(parents=True, exist_ok=True)
    d.save(str(path))
    R.normalize_zip(path)


def save_xlsx(wb, path: Path):
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.properties.creator = "Administrator"
    wb.properties.lastModifiedBy = "Administrator"
    wb.properties.created = wb.properties.modified = FIXED_DT
    wb.save(str(path))
    R.normalize_zip(path)


def heading(d, text, size=14, center=False, bold=True):
    para = d.add_paragraph()
    run = para.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)
    if center:
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return para


def docx_table(d, rows, widths=None, bold_header=True):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, c in enumerate(r):
            cell = t.cell(i, j)
            cell.text = str(c)
            if i == 0 and bold_header:
                for run in cell.paragraphs[0].runs:
                    run.bold = True
    return t


def thousands(s: str) -> str:
    import re
    return re.sub(r"(?<![\d.\-A-Za-z])(\d{4,})(?![\d.\-年])", lambda m: f"{int(m.group(1)):,}", s)


# ------------------------------------------------------------------------------------------ form cells
def cell(key: str, V: dict, T: dict, p: dict) -> str:
    if key in T and key not in V:
        return T[key]
    v = V[key]
    if key == "连接的工业设备/产品/产线种类及数量（台/套）" and p.get("private_devices"):
        return f"总数{v}台/套，其中私有化部署涉及的相关数量{p['private_devices']}台/套"
    if key == "平台订单数量(近一年总量)（个）":
        return f"2023年自然年：{v['2023年自然年']}个；截至填表日前一年：{v['截至填表日前一年']}个"
    if key == "平台是否服务上海智能工厂，数量":
        return f"是，{v}家：" + "；".join(p["factory_names"][:v])
    if key == "企业是否已上市或已获得VC/PE投资":
        return p["vcpe"][1]
    if key == "数据分析平台均速度（每TB分级/秒级/毫秒级）":
        return p["speed"][1]
    if key == "平台现有特色指数（个）":
        return f"{v}个，代表性指数：" + "、".join(p["index_names"])
    if key == "平台获得省部级及以上奖项/荣誉数量（个）":
        return f"{v}个：" + "；".join(f"{a}（{y}，{o}）" for a, y, o in p["awards"])
    if key == "平台国产化率（%）":
        return f"{f2(v)}（{p['domestic_note']}）"
    if key in T:  # yes/no rows answered with text
        return T[key]
    if isinstance(v, dict):
        return bd(v)
    if isinstance(v, float) or key in NUMERIC_2DP:
        return f2(v)
    return str(v)


def basic_rows(p, V, T) -> list[tuple[str, str]]:
    h = V["平台近三年经营指标情况"]
    y = lambda n: f"{n}年平台营收{f2(h[f'{n}年平台营收（万元）'])}万元/增长率{f2(h[f'{n}年增长率（%）'])}%"
    mark = lambda opts, chosen: "  ".join(("☑" if o == chosen or o in chosen.split("、") else "□") + o for o in opts)
    return [("平台名称", V["平台名称"]), ("建设时间", p["period_text"]), ("平台建设金额（万元）", f2(V["平台建设金额（万元）"])),
            ("平台近三年经营指标情况", "\n".join(y(n) for n in (2021, 2022, 2023))),
            ("平台建设方式", mark(["自建", "合作共建"], V["平台建设方式"])),
            ("平台运营模式", mark(["自运营", "联合运营", "委托运营"], V["平台运营模式"])),
            ("IaaS基础设施", p["iaas"]), ("部署方式", mark(["边缘侧", "私有云", "公有云", "混合云"], V["部署方式"])),
            ("平台网址", f"{V['平台网址']}\n演示账号：{p['account'][0]}  密码：{p['account'][1]}"),
            ("平台基本情况介绍", T["平台基本情况介绍"]), ("平台建设成效", T["平台建设成效"])]


def corp_rows(p) -> list[tuple[str, str]]:
    c = p["corp"]
    return [("单位（企业）名称", p["company"]), ("单位（企业）代码", c["code"]), ("成立日期", c["founded"]),
            ("注册地及所在行政区", c["reg"]), ("企业类型", c["type"]), ("注册资本", c["capital"]), ("主营业务", p["business"]),
            ("法定代表人", c["legal"]), ("联系人", p["contact"][0]), ("职务", c["title"]), ("联系人手机", p["contact"][1]),
            ("传真", c["fax"]), ("电子邮箱", p["contact"][2]), ("股权结构", c["equity"]),
            ("总资产（万元）", c["fin"][0]), ("主营业务收入（万元）", c["fin"][1]), ("主营业务收入增长率（%）", c["fin"][2]),
            ("负债率（%）", c["fin"][3]), ("利润总额（万元）", c["fin"][4]), ("税金（万元）", c["fin"][5])]


def form_docx(path: Path, p, V, T, proofs: dict, columns="levels", sep=False):
    """columns: 'levels' (二级/三级/内容/实际/证明), 'proof_first' (三级/内容/证明/实际), 'seq' (序号/内容/实际/证明)."""
    d = new_docx(p["contact"][0])
    heading(d, "上海市工业互联网平台应用水平评价", 18, True)
    heading(d, "申报表", 22, True)
    for k, v in [("申报年度", "2024年度"), ("平台名称", V["平台名称"]), ("申报单位", p["company"] + "（公章）"),
                 ("联 系 人", p["contact"][0]), ("联系人电话", p["contact"][1])]:
        d.add_paragraph(f"{k}：{v}")
    d.add_paragraph("上海市经济和信息化委员会制")
    d.add_paragraph("2024年7月15日")
    d.add_page_break()
    heading(d, "一、企业基本情况", 14)
    docx_table(d, [("项目", "内容")] + corp_rows(p))
    heading(d, "二、平台基本情况", 14)
    docx_table(d, [("项目", "内容")] + basic_rows(p, V, T))
    d.add_page_break()
    heading(d, "三、上海市工业互联网平台应用水平评价指标明细表", 14)
    fmt = thousands if sep else (lambda s: s)
    if columns == "levels":
        rows = [("二级指标", "三级指标", "内容", "平台实际情况", "证明资料")]
        rows += [(l2, l3, c, fmt(cell(k, V, T, p)), proofs.get(k, "")) for _, l2, l3, c, k in TABLE]
    elif columns == "proof_first":
        rows = [("三级指标", "内容", "证明资料", "平台实际情况")]
        rows += [(l3, c, proofs.get(k, ""), fmt(cell(k, V, T, p))) for _, l2, l3, c, k in TABLE]
    else:
        rows = [("序号", "内容", "平台实际情况", "证明资料")]
        rows += [(str(i), c, fmt(cell(k, V, T, p)), proofs.get(k, "")) for i, (_, l2, l3, c, k) in enumerate(TABLE, 1)]
    docx_table(d, rows)
    save_docx(d, path)


def form_xlsx(path: Path, p, V, T, proofs: dict):
    wb = openpyxl.Workbook()
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws = wb.active
    ws.title = "封面"
    for i, line in enumerate(["上海市工业互联网平台应用水平评价", "申报表", "申报年度：2024年度", f"平台名称：{V['平台名称']}",
                              f"申报单位：{p['company']}（公章）", f"联系人：{p['contact'][0]}", f"联系人电话：{p['contact'][1]}",
                              "上海市经济和信息化委员会制", "2024年7月15日"], 1):
        ws.cell(i, 1, line)
    ws.column_dimensions["A"].width = 60
    for title, rows in (("一、企业基本情况", corp_rows(p)), ("二、平台基本情况", basic_rows(p, V, T))):
        s = wb.create_sheet(title)
        s.append(["项目", "内容"])
        for k, v in rows:
            s.append([k, v])
        s.column_dimensions["A"].width, s.column_dimensions["B"].width = 26, 90
        for row in s.iter_rows():
            for c in row:
                c.border = box
                c.alignment = Alignment(wrap_text=True, vertical="center")
    s = wb.create_sheet("三、指标明细表")
    s.append(["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"])
    for l1, l2, l3, c, k in TABLE:
        val = cell(k, V, T, p)
        v = V.get(k)
        if isinstance(v, (int, float)) and not isinstance(v, bool) and val.replace(".", "", 1).isdigit():
            val = float(val) if "." in val else int(val)
        s.append([l1, l2, l3, c, val, proofs.get(k, "")])
    for col, w in zip("ABCDEF", (16, 18, 20, 40, 60, 30)):
        s.column_dimensions[col].width = w
    for row in s.iter_rows():
        for c in row:
            c.border = box
            c.alignment = Alignment(wrap_text=True, vertical="center")
            if isinstance(c.value, float):
                c.number_format = "0.00"
    # merge repeated 一级/二级/三级 cells
    for col in (1, 2, 3):
        start = 2
        for r in range(3, s.max_row + 2):
            if r > s.max_row or s.cell(r, col).value != s.cell(start, col).value:
                if r - 1 > start:
                    s.merge_cells(start_row=start, start_column=col, end_row=r - 1, end_column=col)
                start = r
    save_xlsx(wb, path)


def form_pdf(path: Path, p, V, T, proofs: dict):
    """The printed 申报表 (source of the stamped scan)."""
    cover = [R.SP(120), R.H("上海市工业互联网平台应用水平评价", 20), R.SP(10), R.H("申 报 表", 26), R.SP(60)]
    for k, v in [("申报年度", "2024年度"), ("平台名称", V["平台名称"]), ("申报单位", p["company"] + "（公章）"),
                 ("联 系 人", p["contact"][0]), ("联系人电话", p["contact"][1])]:
        cover += [R.P(f"{k}：{v}", 13), R.SP(8)]
    cover += [R.SP(80), R.H("上海市经济和信息化委员会制", 12), R.H("2024年7月15日", 12)]
    pg1 = [R.P("一、企业基本情况", 13), R.T([("项目", "内容")] + corp_rows(p), (45, 129), 8.5)]
    pg2 = [R.P("二、平台基本情况", 13), R.T([("项目", "内容")] + basic_rows(p, V, T), (35, 139), 8.5)]
    rows = [("三级指标", "内容", "平台实际情况", "证明资料")] + [(l3, c, cell(k, V, T, p), proofs.get(k, "")) for _, l2, l3, c, k in TABLE]
    pages = [cover, pg1, pg2]
    chunk = 15
    for i in range(1, len(rows), chunk):
        head = [R.P("三、上海市工业互联网平台应用水平评价指标明细表", 12)] if i == 1 else []
        pages.append(head + [R.T([rows[0]] + rows[i:i + chunk], (28, 48, 70, 28), 7.5)])
    R.write_pdf(path, pages, footer="第 {page} 页")


# ------------------------------------------------------------------------------------------ 附件4
def summary_pairs(S: dict) -> list[tuple[str, str]]:
    return [(lab, S[lab]) for lab in SUMMARY_LABELS]


def summary_xlsx(path: Path, S: dict, horizontal=False, yes_no_suffix=True):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "平台基本情况汇总表"
    lab = lambda l: l + ("（是/否）" if yes_no_suffix and S.get(l) in ("是", "否") else "")
    if horizontal:
        ws.cell(1, 1, "附件4 平台基本情况汇总表")
        for j, (l, v) in enumerate(summary_pairs(S), 1):
            ws.cell(2, j, lab(l)).alignment = Alignment(wrap_text=True, vertical="center")
            ws.cell(3, j, v).alignment = Alignment(wrap_text=True, vertical="top")
            ws.column_dimensions[openpyxl.utils.get_column_letter(j)].width = 18
    else:
        ws.append(["项目", "填报内容"])
        for l, v in summary_pairs(S):
            ws.append([lab(l), v])
        ws.column_dimensions["A"].width, ws.column_dimensions["B"].width = 44, 80
    save_xlsx(wb, path)


def summary_docx(path: Path, S: dict, author=""):
    d = new_docx(author)
    heading(d, "附件4", 12)
    heading(d, "平台基本情况汇总表", 16, True)
    docx_table(d, [("项目", "内容")] + summary_pairs(S))
    save_docx(d, path)


# ------------------------------------------------------------------------------------------ 附件1, 附件5, 附件3
def contact_docx(path: Path, p, V):
    d = new_docx(p["contact"][0])
    heading(d, "附件1", 12)
    heading(d, "联系人信息反馈表", 16, True)
    d.add_paragraph("2024年度上海市工业互联网平台应用水平评价工作")
    heading(d, "一、联系人信息反馈", 12)
    docx_table(d, [("序号", "姓名", "单位名称", "职务", "手机号码", "电子邮箱"),
                   ("联系人（主）", p["contact"][0], p["company"], p["corp"]["title"], p["contact"][1], p["contact"][2]),
                   ("联系人（备用）", p["contact2"][0], p["company"], p["contact2"][1], p["contact2"][2], p["contact2"][3])])
    heading(d, "二、评审会现场地址信息反馈", 12)
    d.add_paragraph(f"具体地址：{V['评审会现场地址信息']}")
    save_docx(d, path)


COMMIT = ("我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、准确、完整，"
          "如有不实，愿承担相应的法律责任及由此产生的一切后果。")


def commitment_docx(path: Path, p):
    d = new_docx(p["contact"][0])
    heading(d, "附件5", 12)
    heading(d, "真实性承诺", 18, True)
    d.add_paragraph(COMMIT)
    d.add_paragraph("特此承诺。")
    d.add_paragraph(f"申报单位：{p['company']}（盖章）")
    d.add_paragraph(f"法定代表人：{p['corp']['legal']}（签章）")
    d.add_paragraph("2024年7月16日")
    save_docx(d, path)


def commitment_scan(path: Path, p, rng, tmp: Path):
    src = tmp / "commit_src.pdf"
    R.write_pdf(src, [[R.P("附件5", 12), R.SP(30), R.H("真实性承诺", 20), R.SP(30), R.P("    " + COMMIT, 13), R.SP(10),
                       R.P("    特此承诺。", 13), R.SP(90), R.P(f"申报单位：{p['company']}（盖章）", 13), R.SP(20),
                       R.P(f"法定代表人：{p['corp']['legal']}（签章）", 13), R.SP(20), R.P("2024年7月16日", 13)]])
    R.scan_pdf(src, path, rng, seals={0: (0.62, 0.60)}, seal_text=p["company"])


def narrative_doc(chapters: dict, p, V, include7: bool, compare_rows=None, section7=None) -> list[tuple[str, object]]:
    """A flat list of ('h'|'p'|'t', content) for DOCX or PDF writers."""
    out = [("title", "上海市工业互联网平台应用水平评价"), ("title", "申报书"), ("p", "申报年度：2024年度"),
           ("p", f"平台名称：{V['平台名称']}"), ("p", f"申报单位：{p['company']}（公章）"), ("p", f"联系人：{p['contact'][0]}"),
           ("p", f"联系人电话：{p['contact'][1]}"), ("break", None)]
    for ch in CHAPTERS:
        if ch == CHAPTERS[6] and not include7:
            continue
        out.append(("h", ch))
        if ch == CHAPTERS[6]:
            out += [("p", x) for x in section7]
            continue
        paras = chapters[ch]
        if ch == CHAPTERS[1] and compare_rows:
            out += [("p", x) for x in paras[:-1]]
            out.append(("p", "表X 平台对标同行业或相似平台的部分量化数据对比表"))
            out.append(("t", compare_rows))
            out.append(("p", paras[-1]))
        else:
            out += [("p", x) for x in paras]
    return out


def narrative_docx(path: Path, items, author=""):
    d = new_docx(author)
    for kind, c in items:
        if kind == "title":
            heading(d, c, 18, True)
        elif kind == "h":
            heading(d, c, 14)
        elif kind == "p":
            d.add_paragraph(c)
        elif kind == "t":
            docx_table(d, c)
        elif kind == "break":
            d.add_page_break()
    save_docx(d, path)


def narrative_pdf(path: Path, items, pages_split_at=("三、平台应用成效", "五、平台应用案例")):
    pages, cur = [], []
    for kind, c in items:
        if kind == "break" or (kind == "h" and c in pages_split_at):
            pages.append(cur)
            cur = []
        if kind == "title":
            cur += [R.SP(40), R.H(c, 20)]
        elif kind == "h":
            cur += [R.SP(6), R.P(c, 14)]
        elif kind == "p":
            cur.append(R.P("    " + c, 10.5))
        elif kind == "t":
            cur.append(R.T(c, (40, 60, 74), 8.5))
    pages.append(cur)
    R.write_pdf(path, pages, footer="- {page} -")
