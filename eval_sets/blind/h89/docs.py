"""Application documents rendered from the *declared* values: 申报表 (DOCX or XLSX) and its stamped scan, 申报书
(DOCX or PDF), 汇总表 (XLSX or DOCX), 联系人信息反馈表, 真实性承诺 scan."""

from __future__ import annotations

from pathlib import Path

import docx
import openpyxl
from docx.shared import Pt
from openpyxl.styles import Alignment, Font

from eval_sets.blind.h89 import render as R
from eval_sets.blind.h89.labels import CHAPTERS, SUMMARY_LABELS, TABLE
from eval_sets.blind.h89.model import HIST, ORDERS, SMART, SPEED, Pkg, fmt_dict, fmt_num, summary_value

UNITS = {"台/套": "台/套", "（个）": "个", "（人）": "人", "（项）": "项", "（次）": "次", "（台）": "台", "（TB）": "TB", "（万元）": "万元", "（%）": "%"}


def unit_of(label: str) -> str:
    for k, u in UNITS.items():
        if label.endswith(k + "）") or label.endswith(k):
            return u
    return ""


def cell_text(pkg: Pkg, label: str, style: dict) -> str:
    """The 平台实际情况 cell of a 附件4-labelled 明细表 row, in the office's own way of writing."""
    x = pkg.declared[label]
    s = pkg.spec
    if x is None:
        return ""
    if label == ORDERS:
        return f"2023年自然年：{x['2023年自然年']:,}个；截至填表日前一年：{x['截至填表日前一年']:,}个".replace(",", "" if style.get("num") != "comma" else ",")
    if label == SPEED:
        return s["speed"][0]
    if label == SMART:
        return f"是，{x}家（{s['smart_names']}）"
    if label == "平台是否建立安全管理体系":
        return "是，" + s["security_docs"]
    if label == "有否定期开展第三方安全测试/测评":
        return s["third_party"]
    if label == "有否定期进行安全扫描":
        return s["scan_period"]
    if label == "企业是否已上市或已获得VC/PE投资":
        return s["listed_text"]
    if label in ("平台是否有自研形成的核心技术突破", "平台是否具备碳管理服务能力", "平台是否融合使用国家标识解析系统"):
        return s["yes_texts"][label]
    if label == "平台开放共享数据的形式及数量":
        return x
    if label == "平台获得省部级及以上奖项/荣誉数量（个）":
        return f"共{x}个：" + "；".join(s["awards"])
    if isinstance(x, dict):
        sep = style.get("sep", "、")
        return fmt_dict(x, sep=sep, colon=style.get("colon", "："))
    if isinstance(x, bool):
        return "是" if x else "否"
    t = fmt_num(x, style.get("num", "plain"))
    priv = s.get("private", {}).get(label)
    if priv is not None:
        u = unit_of(label)
        return f"总数{t}{u}，其中私有化部署涉及的相关数量{fmt_num(priv, style.get('num', 'plain'))}{u}"
    if style.get("units"):
        t += unit_of(label)
    return t


def table_rows(pkg: Pkg, style: dict) -> list[tuple[str, str, str, str]]:
    """(三级指标, 内容, 平台实际情况, 证明资料) for every 明细表 row."""
    out = []
    for l3, content, key in TABLE:
        text = cell_text(pkg, key, style) if key else pkg.spec["texts"][content]
        proof = pkg.spec["proofs"].get(key or content, "无单独证明材料，数据来源于平台后台统计")
        out.append((l3, content, text, proof))
    return out


def basic_rows(pkg: Pkg) -> list[tuple[str, str]]:
    s, d = pkg.spec, pkg.declared
    h = d[HIST]
    check = lambda opts, on: "  ".join(("☑" if o == on else "□") + o for o in opts)
    return [
        ("单位（企业）名称", s["company"]), ("单位（企业）代码", s["uscc"]), ("成立日期", s["founded"]),
        ("注册地及所在行政区", s["reg_addr"]), ("企业类型", s["ent_type"]), ("注册资本", s["capital"]),
        ("主营业务", s["business"]), ("法定代表人", s["legal_rep"]), ("联系人", d["联系人姓名"]), ("职务", s["contact_title"]),
        ("联系人手机", d["联系人手机号"]), ("传真", s.get("fax", "—")), ("电子邮箱", d["联系人电子邮箱"]),
        ("股权结构", s["shareholders"]),
        ("总资产（万元）", s["company_fin"][0]), ("主营业务收入（万元）", s["company_fin"][1]), ("主营业务收入增长率（%）", s["company_fin"][2]),
        ("负债率（%）", s["company_fin"][3]), ("利润总额（万元）", s["company_fin"][4]), ("税金（万元）", s["company_fin"][5]),
        ("平台名称", d["平台名称"]), ("建设时间", s["build_time_cn"]), ("平台建设金额（万元）", fmt_num(d["平台建设金额（万元）"])),
        ("平台近三年经营指标情况", "\n".join(f"{y}年平台营收{h[f'{y}年平台营收（万元）']:.2f}万元/增长率{h[f'{y}年增长率（%）']:.2f}%" for y in (2021, 2022, 2023))),
        ("平台建设方式", s["build_mode_text"]),
        ("平台运营模式", check(["自运营", "联合运营", "委托运营"], d["平台运营模式"])),
        ("IaaS基础设施", s["iaas_text"]),
        ("部署方式", "  ".join(("☑" if o in d["部署方式"].split("、") else "□") + o for o in ["边缘侧", "私有云", "公有云", "混合云"])),
        ("平台网址", f"{d['平台网址']}  账号：{s['account'][0]}  密码：{s['account'][1]}"),
        ("平台基本情况介绍", s["intro"]), ("平台建设成效", s["effect"]),
    ]


# ------------------------------------------------------------------ 申报表
def form_docx(pkg: Pkg, out: Path, style: dict) -> None:
    doc = docx.Document()
    R.docx_font(doc, style.get("font", "宋体"))
    s = pkg.spec
    doc.add_paragraph("附件2")
    doc.add_paragraph("上海市工业互联网平台应用水平评价").runs[0].font.size = Pt(18)
    doc.add_paragraph("申报表").runs[0].font.size = Pt(22)
    for k, v in (("申报年度", "2024年度"), ("平台名称", pkg.declared["平台名称"]), ("申报单位", s["company"] + "（公章）"),
                 ("联系人", pkg.declared["联系人姓名"]), ("联系人电话", pkg.declared["联系人手机号"])):
        doc.add_paragraph(f"{k}：{v}")
    doc.add_paragraph(s["form_date"])
    doc.add_page_break()
    rows = basic_rows(pkg)
    doc.add_paragraph("一、企业基本情况")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    split_at = [k for k, _ in rows].index("平台名称")
    for k, v in rows[:split_at]:
        c = t.add_row().cells
        c[0].text, c[1].text = k, str(v)
    doc.add_paragraph("二、平台基本情况")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in rows[split_at:]:
        c = t.add_row().cells
        c[0].text, c[1].text = k, str(v)
    doc.add_page_break()
    doc.add_paragraph("三、上海市工业互联网平台应用水平评价指标明细表")
    cols = style["columns"]
    t = doc.add_table(rows=1, cols=len(cols))
    t.style = "Table Grid"
    for c, name in zip(t.rows[0].cells, cols):
        c.text = name
    prev = None
    start = None
    for i, (l3, content, text, proof) in enumerate(table_rows(pkg, style), 1):
        cells = t.add_row().cells
        vals = {"序号": str(i), "三级指标": l3, "内容": content, "平台实际情况": text, "证明资料": proof}
        for c, name in zip(cells, cols):
            c.text = vals[name]
        if style.get("merge_l3") and "三级指标" in cols:
            j = cols.index("三级指标")
            if l3 == prev:
                start.merge(cells[j])
                start.text = l3
            else:
                start = cells[j]
        prev = l3
    doc.add_paragraph("填表日期：" + s["form_date"])
    R.save_docx(doc, out, s["author"])


def form_xlsx(pkg: Pkg, out: Path, style: dict) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "一二、基本情况"
    ws.append(["上海市工业互联网平台应用水平评价申报表（2024年度）"])
    ws.append([])
    for k, v in basic_rows(pkg):
        ws.append([k, v])
    ws.column_dimensions["A"].width = 24
    ws.column_dimensions["B"].width = 90
    ws2 = wb.create_sheet("三、指标明细表")
    cols = style["columns"]
    ws2.append(cols)
    for c in ws2[1]:
        c.font = Font(bold=True)
    for i, (l3, content, text, proof) in enumerate(table_rows(pkg, style), 1):
        key = next(k for a, c, k in TABLE if c == content)
        value = text
        if style.get("numbers") and key and not style.get("units"):
            x = pkg.declared[key]
            if isinstance(x, (int, float)) and not isinstance(x, bool) and key not in pkg.spec.get("private", {}):
                value = x
        vals = {"序号": i, "三级指标": l3, "内容": content, "平台实际情况": value, "证明资料": proof}
        ws2.append([vals[c] for c in cols])
        for c in ws2[ws2.max_row]:
            c.alignment = Alignment(wrap_text=True, vertical="top")
    for col, w in zip("ABCDE", (10, 26, 40, 60, 40)):
        ws2.column_dimensions[col].width = w
    R.save_xlsx(wb, out, pkg.spec["author"])


def form_scan(pkg: Pkg, out: Path, style: dict, seed: int) -> None:
    """Printed 申报表, stamped on the cover and the last page, scanned."""
    s = pkg.spec
    items = [("space", 120), ("title", "上海市工业互联网平台应用水平评价"), ("space", 20), ("title", "申 报 表"), ("space", 60)]
    for k, v in (("申报年度", "2024年度"), ("平台名称", pkg.declared["平台名称"]), ("申报单位", s["company"]),
                 ("联系人", pkg.declared["联系人姓名"]), ("联系人电话", pkg.declared["联系人手机号"])):
        items.append(("h", f"        {k}：{v}"))
    items += [("space", 40), ("h", "        " + s["form_date"]), ("break",), ("h", "一、企业基本情况 / 二、平台基本情况")]
    items.append(("table", [[k, str(v)] for k, v in basic_rows(pkg)], [1, 3.2], 8.5))
    items += [("break",), ("h", "三、上海市工业互联网平台应用水平评价指标明细表")]
    cols = style["columns"]
    widths = {"序号": 0.4, "三级指标": 1, "内容": 1.8, "平台实际情况": 2.6, "证明资料": 1.5}
    body = [[{"序号": str(i), "三级指标": r[0], "内容": r[1], "平台实际情况": r[2], "证明资料": r[3]}[c] for c in cols]
            for i, r in enumerate(table_rows(pkg, style), 1)]
    items.append(("table", [cols] + body, [widths[c] for c in cols], 7.5))
    items += [("space", 20), ("h", "申报单位（盖章）：" + s["company"]), ("h", s["form_date"])]
    data, pages = R.flow_pdf(items)
    R.scan_pdf(data, out, s["company"], seed, seal_pages=(1, len(pages)), seal_pos="bottom")


# ------------------------------------------------------------------ 申报书
def narrative_items(pkg: Pkg) -> list:
    s = pkg.spec
    items = [("title", "上海市工业互联网平台应用水平评价"), ("title", "申报书"), ("space", 30),
             ("p", f"申报年度：2024年度    平台名称：{pkg.declared['平台名称']}"),
             ("p", f"申报单位：{s['company']}（公章）    联系人：{pkg.declared['联系人姓名']}    电话：{pkg.declared['联系人手机号']}"),
             ("p", s["form_date"]), ("break",)]
    omit = set(s.get("omit", []))
    for ch in CHAPTERS:
        if ch in omit or (ch == CHAPTERS[6] and not s["participated"]):
            continue
        items.append(("h", ch))
        for para in s["chapters"][ch]:
            if isinstance(para, tuple):
                items.append(para)
            else:
                items.append(("p", para))
    return items


def narrative_docx(pkg: Pkg, out: Path) -> None:
    doc = docx.Document()
    R.docx_font(doc, pkg.spec.get("narr_font", "仿宋"), 12)
    for it in narrative_items(pkg):
        if it[0] == "title":
            p = doc.add_paragraph(it[1])
            p.runs[0].font.size = Pt(20)
            p.runs[0].bold = True
        elif it[0] == "h":
            p = doc.add_paragraph(it[1])
            p.runs[0].bold = True
        elif it[0] == "p":
            doc.add_paragraph(it[1])
        elif it[0] == "break":
            doc.add_page_break()
        elif it[0] == "table":
            t = doc.add_table(rows=0, cols=len(it[1][0]))
            t.style = "Table Grid"
            for r in it[1]:
                for c, v in zip(t.add_row().cells, r):
                    c.text = str(v)
    R.save_docx(doc, out, pkg.spec["author"])


def narrative_pdf(pkg: Pkg, out: Path) -> list[str]:
    _, pages = R.flow_pdf(narrative_items(pkg), out, header=f"{pkg.spec['company']}  2024年度工业互联网平台应用水平评价申报书")
    return pages


# ------------------------------------------------------------------ 汇总表, 附件1, 附件5
def summary_pairs(pkg: Pkg) -> list[tuple[str, str]]:
    s = pkg.spec
    out = []
    for label in SUMMARY_LABELS:
        x = pkg.summary[label]
        if label == "建设时间":
            v = s["build_time_summary"]
        elif label == HIST and x is not None:
            v = "\n".join(f"{y}年平台营收{x[f'{y}年平台营收（万元）']:.2f}万元/增长率{x[f'{y}年增长率（%）']:.2f}%" for y in (2021, 2022, 2023))
        elif label in ("平台是否建立安全管理体系", "有否定期开展第三方安全测试/测评", "有否定期进行安全扫描",
                       "企业是否已上市或已获得VC/PE投资", "平台是否有自研形成的核心技术突破", "平台是否具备碳管理服务能力",
                       "平台是否融合使用国家标识解析系统"):
            v = "是" if x else "否"
        else:
            v = summary_value(label, x, s)
        out.append((label, v))
    return out


def summary_xlsx(pkg: Pkg, out: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "汇总表"
    ws.append(["项目", "内容"])
    for k, v in summary_pairs(pkg):
        ws.append([k, v])
    ws.column_dimensions["A"].width = 44
    ws.column_dimensions["B"].width = 80
    R.save_xlsx(wb, out, pkg.spec["author"])


def summary_docx(pkg: Pkg, out: Path) -> None:
    doc = docx.Document()
    R.docx_font(doc)
    doc.add_paragraph("附件4")
    doc.add_paragraph("平台基本情况汇总表")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in summary_pairs(pkg):
        c = t.add_row().cells
        c[0].text, c[1].text = k, v
    R.save_docx(doc, out, pkg.spec["author"])


def contact_docx(pkg: Pkg, out: Path) -> None:
    s, d = pkg.spec, pkg.declared
    doc = docx.Document()
    R.docx_font(doc)
    doc.add_paragraph("附件1  联系人信息反馈表")
    doc.add_paragraph("2024年度上海市工业互联网平台应用水平评价工作")
    doc.add_paragraph("一、联系人信息反馈")
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, v in zip(t.rows[0].cells, ["序号", "姓名", "单位名称", "职务", "手机号码", "电子邮箱"]):
        c.text = v
    for row in (["联系人（主）", d["联系人姓名"], s["company"], s["contact_title"], d["联系人手机号"], d["联系人电子邮箱"]],
                ["联系人（备用）", *s["backup"][:1], s["company"], *s["backup"][1:]]):
        for c, v in zip(t.add_row().cells, row):
            c.text = v
    doc.add_paragraph("二、评审会现场地址信息反馈")
    doc.add_paragraph("具体地址：" + d["评审会现场地址信息"])
    R.save_docx(doc, out, s["author"])


def commitment_scan(pkg: Pkg, out: Path, seed: int) -> None:
    s = pkg.spec
    items = [("space", 60), ("title", "真实性承诺"), ("space", 30),
             ("p", "我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、准确、完整，"
                   "如有不实，愿承担相应的法律责任及由此产生的一切后果。"),
             ("p", "特此承诺。"), ("space", 80), ("h", f"                    申报单位：{s['company']}（盖章）"),
             ("h", "                    法定代表人：            （签章）"), ("space", 10),
             ("h", f"                    {s['commit_date']}")]
    data, _ = R.flow_pdf(items)
    R.scan_pdf(data, out, s["company"], seed, seal_pages=(1,), seal_pos=0.43,
               sign={1: (262, 448, s["legal_rep"])})
