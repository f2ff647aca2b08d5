"""Application documents of an h87 package, rendered from the declared values (model.derive) and the spec:
联系人表 DOCX, 申报表 DOCX (+ stamped image-only scan), 申报书 DOCX, 汇总表 XLSX, 承诺 scan."""

from __future__ import annotations

import random
from pathlib import Path

import docx
import openpyxl
from docx.shared import Pt
from openpyxl.styles import Alignment, Font

from eval_sets.blind.h87 import render
from eval_sets.blind.h87.model import CHAPTERS, LABELS, TABLE, bd, f2, plain

ENTERPRISE_ROWS = {"注册企业用户数（个）", "实际服务企业数（个）", "付费企业数（个）", "服务本市企业数量（个）", "服务中小企业数量（个）"}


def _doc() -> docx.Document:
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(10.5)
    cp = d.core_properties
    cp.author = ""
    cp.last_modified_by = ""
    cp.revision = 1
    return d


def _save_docx(d, path: Path):
    path.parent.mkdir(parents=True, exist_ok=True)
    d.save(str(path))
    render.normalize_zip(path)


def _save_xlsx(wb, path: Path):
    import datetime as dt
    wb.properties.creator = "h87"
    wb.properties.created = dt.datetime(2024, 7, 15, 9, 30)
    wb.properties.modified = dt.datetime(2024, 7, 15, 9, 30)
    wb.properties.lastModifiedBy = "h87"
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(str(path))
    render.normalize_zip(path)


def number_text(label: str, n, style: dict) -> str:
    if isinstance(n, float) or label.endswith("（%）") or "万元" in label or "TB" in label or label == "平台实际用云量（台）":
        return f2(n) if style.get("num") != "comma" else f"{n:,.2f}"
    return str(n) if style.get("num") != "comma" else f"{n:,}"


def yn(ok: bool, style: dict, tail: str = "") -> str:
    mark = style.get("yn", "plain")
    if mark == "box":
        s = "■是 □否" if ok else "□是 ■否"
        return s + (f"；{tail}" if tail else "")
    return ("是" if ok else "否") + (f"，{tail}" if tail else "")


def cell_text(label_or_key: str, v: dict, s: dict) -> str:
    """平台实际情况 cell of the 申报表 for one 内容 row."""
    st, t = s["style"], s["txt"]
    if label_or_key not in LABELS:
        if label_or_key in ("是否支持可拓展云计算能力", "是否提供通用建模分析算法", "是否建立开发者社区及相关功能"):
            return yn(True, st)
        return t[label_or_key]
    n = v[label_or_key]
    lab = label_or_key
    if lab == LABELS[24] and s.get("private"):
        return f"总数{number_text(lab, n, st)}台/套，其中私有化部署涉及的相关数量{s['private']}台/套"
    if lab == "平台订单数量(近一年总量)（个）":
        return f"2023年自然年：{n['2023年自然年']}个；截至填表日前一年：{n['截至填表日前一年']}个"
    if lab == "平台是否建立安全管理体系":
        return yn(True, {"yn": "plain"}) + "。" + t["安全制度清单"]
    if lab == "有否定期开展第三方安全测试/测评":
        return yn(True, st, t["测评周期"])
    if lab == "有否定期进行安全扫描":
        return yn(True, st, t["扫描周期"])
    if lab == "企业是否已上市或已获得VC/PE投资":
        return ("是，" if n else "否") + (t["上市情况"] if n else "")
    if lab in (LABELS[95], LABELS[96], LABELS[97]):
        return "是，" + t[lab]
    if lab == "平台是否服务上海智能工厂，数量":
        return f"是，共{n}家。{t['智能工厂']}"
    if lab == "数据分析平台均速度（每TB分级/秒级/毫秒级）":
        return s["speed"][1]
    if lab == "平台国产化率（%）":
        return f"{f2(n)}（{t['国产化说明']}）"
    if lab == "平台现有特色指数（个）":
        return f"{n}（{t['特色指数']}）"
    if lab == "平台获得省部级及以上奖项/荣誉数量（个）":
        return f"{n}（{t['奖项']}）"
    if isinstance(n, dict):
        if lab == "按海外国家分类统计海外设备连接数量（台/套）":
            return bd(n)
        return bd(n)
    if isinstance(n, str):
        return n
    return number_text(lab, n, st)


def basic_rows(v: dict, s: dict) -> list[tuple[str, str]]:
    st = s["style"]
    on, off = st.get("check", ("☑", "☐"))
    h = v["平台近三年经营指标情况"]
    hist = "\n".join(f"{y}年平台营收{h[f'{y}年平台营收（万元）']:.2f}万元/增长率{h[f'{y}年增长率（%）']:.2f}%" for y in (2021, 2022, 2023))
    hist += "\n注：此处数据已将平台相关收益单列，非整个公司的财务数据。"
    coop = s.get("coop")
    build = f"{off if coop else on} 自建  {on if coop else off} 合作共建，合作企业名称（必填）：{coop or ''}"
    ops = "  ".join(f"{on if m == s['operation'] else off} {m}" for m in ("自运营", "联合运营", "委托运营"))
    iaas = s.get("iaas_vendor")
    iaas_t = f"{off if iaas else on} 自建  {on if iaas else off} 租用，服务商名称（必填）：{iaas or ''}"
    dep = "  ".join(f"{on if m in s['deploy'] else off} {m}" for m in ("边缘侧", "私有云", "公有云", "混合云"))
    dep += f"  {off} 其他部署方式，请填写（必填）："
    return [("平台名称", s["declared_name"]), ("建设时间", s["build_time_text"]),
            ("平台建设金额（万元）", f2(s["build_amount"])), ("平台近三年经营指标情况", hist), ("平台建设方式", build),
            ("平台运营模式", ops), ("IaaS基础设施", iaas_t), ("部署方式", dep),
            ("平台网址", f"{s['url']}（评审账号：{s['account']}  密码：{s['password']}）"),
            ("平台基本情况介绍", s["txt"]["平台基本情况介绍"]), ("平台建设成效", s["txt"]["平台建设成效"])]


def company_rows(s: dict) -> list[list[str]]:
    c = s["company_info"]
    return [["单位（企业）名称", s["company"], "单位（企业）代码", c["code"]],
            ["成立日期", c["founded"], "注册地及所在行政区", c["district"]],
            ["企业类型", c["type"], "注册资本", c["capital"]],
            ["主营业务", c["business"], "法定代表人", c["legal"]],
            ["联系人", s["contact"], "职务", s["contact_title"]],
            ["联系人手机", s["phone"], "电子邮箱", s["email"]],
            ["股权结构", c["equity"], "传真", "—"],
            ["总资产（万元）", c["assets"], "主营业务收入（万元）", c["revenue"]],
            ["主营业务收入增长率（%）", c["growth"], "负债率（%）", c["debt"]],
            ["利润总额（万元）", c["profit"], "税金（万元）", c["tax"]]]


def write_form(path: Path, v: dict, s: dict):
    d = _doc()
    d.add_paragraph("附件2")
    d.add_heading("上海市工业互联网平台应用水平评价申报表", level=1)
    for line in ("申报年度：2024年度", f"平台名称：{s['declared_name']}", f"申报单位：{s['company']}（公章）",
                 f"联 系 人：{s['contact']}", f"联系人电话：{s['phone']}", f"填表日期：{s['style']['form_date']}"):
        d.add_paragraph(line)
    d.add_paragraph("一、企业基本情况")
    rows = company_rows(s)
    t = d.add_table(rows=len(rows), cols=4)
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, x in enumerate(r):
            t.cell(i, j).text = str(x)
    d.add_paragraph("注：以上为申报单位整体经营数据（2023年），平台相关数据见下表。")
    d.add_paragraph("二、平台基本情况")
    br = basic_rows(v, s)
    t = d.add_table(rows=len(br), cols=2)
    t.style = "Table Grid"
    for i, (k, x) in enumerate(br):
        t.cell(i, 0).text, t.cell(i, 1).text = k, x
    d.add_paragraph("三、上海市工业互联网平台应用水平评价指标明细表")
    t = d.add_table(rows=1 + len(TABLE), cols=6)
    t.style = "Table Grid"
    for j, h in enumerate(["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"]):
        t.cell(0, j).text = h
    prev = ("", "", "")
    for i, (l1, l2, l3, content, key) in enumerate(TABLE, 1):
        cells = t.rows[i].cells
        cells[0].text = l1 if l1 != prev[0] else ""
        cells[1].text = l2 if l2 != prev[1] else ""
        cells[2].text = l3 if l3 != prev[2] else ""
        prev = (l1, l2, l3)
        cells[3].text = content
        cells[4].text = cell_text(key, v, s)
        cells[5].text = s["proof"].get(key, "—")
    _save_docx(d, path)


def form_scan(path: Path, v: dict, s: dict, rng: random.Random, tmp: Path):
    """Stamped scan: the form laid out on A4 (reportlab), rasterised, seals on cover and last page,骑缝 marks."""
    lines: list[tuple] = [("h", "上海市工业互联网平台应用水平评价申报表"), ("p", "申报年度：2024年度"),
                          ("p", f"平台名称：{s['declared_name']}"), ("p", f"申报单位：{s['company']}（公章）"),
                          ("p", f"联系人：{s['contact']}    联系人电话：{s['phone']}"), ("p", s["style"]["form_date"])]
    pages = [lines]
    body = [("p", "一、企业基本情况")] + [("s", "  ".join(r)) for r in company_rows(s)]
    body += [("p", "二、平台基本情况")] + [("s", f"{k}：{x}") for k, x in basic_rows(v, s)]
    body += [("p", "三、指标明细表")] + [("s", f"{c}：{cell_text(k, v, s)}") for _, _, _, c, k in TABLE]
    render.font()
    cur, h = [], 0.0
    for b in body:
        est = (len(b[1]) // 46 + 1 + b[1].count("\n")) * 15 + 6
        if h + est > 700:
            pages.append(cur)
            cur, h = [], 0.0
        cur.append(b)
        h += est
    pages.append(cur)
    render.text_pdf(tmp, pages)
    imgs = render.rasterize(tmp, 1.2)
    tmp.unlink()
    out = []
    for i, im in enumerate(imgs):
        if i in (0, len(imgs) - 1):
            render.seal(im, int(im.width * 0.42) if i == 0 else im.width - 230, 130 if i == 0 else im.height - 260, 95, s["company"], rng)
            out.append(render.scanify(im, rng))
        else:
            render.seal(im, im.width + 40, im.height // 2, 95, s["company"], rng)  # 骑缝章 fragment at the edge
            out.append(render.scanify(im, rng))
    render.image_pdf(path, out)


def write_contacts(path: Path, s: dict):
    d = _doc()
    d.add_paragraph("附件1")
    d.add_heading("联系人信息反馈表", level=1)
    d.add_paragraph("2024年度上海市工业互联网平台应用水平评价工作")
    d.add_paragraph("一、联系人信息反馈")
    t = d.add_table(rows=3, cols=6)
    t.style = "Table Grid"
    for j, h in enumerate(["序号", "姓名", "单位名称", "职务", "手机号码", "电子邮箱"]):
        t.cell(0, j).text = h
    for i, row in enumerate([["联系人（主）", s["contact"], s["company"], s["contact_title"], s["phone"], s["email"]],
                             ["联系人（备用）", *s["contact2"]]], 1):
        for j, x in enumerate(row):
            t.cell(i, j).text = x
    d.add_paragraph("二、评审会现场地址信息反馈")
    d.add_paragraph(f"具体地址：{s['venue']}")
    _save_docx(d, path)


def write_book(path: Path, s: dict, chapters: dict[str, list]):
    """申报书: chapters {title: [paragraph str | ("table", rows)]}; titles from CHAPTERS."""
    d = _doc()
    d.add_paragraph("附件3")
    d.add_heading("上海市工业互联网平台应用水平评价申报书", level=1)
    for line in ("申报年度：2024年度", f"平台名称：{s['declared_name']}", f"申报单位：{s['company']}（公章）",
                 f"联 系 人：{s['contact']}", f"联系人电话：{s['phone']}", s["style"]["book_date"]):
        d.add_paragraph(line)
    for title in CHAPTERS:
        if title not in chapters:
            continue
        d.add_paragraph(title).runs[0].bold = True
        for item in chapters[title]:
            if isinstance(item, tuple) and item[0] == "table":
                rows = item[1]
                t = d.add_table(rows=len(rows), cols=len(rows[0]))
                t.style = "Table Grid"
                for i, r in enumerate(rows):
                    for j, x in enumerate(r):
                        t.cell(i, j).text = str(x)
            else:
                d.add_paragraph(item)
    _save_docx(d, path)


UNIT = {"（台/套）": "台/套", "（个）": "个", "（%）": "%", "（万元）": "万元", "（人）": "人", "（项）": "项", "（TB）": "TB", "（台）": "台",
        "（次）": "次"}


def summary_value(label: str, v: dict, s: dict) -> str:
    st = s["style"]
    if label == "序号":
        return str(s["list_no"])
    for key, lab in (("企业名称", "company"), ("平台名称", "declared_name"), ("平台性质", "nature"), ("联系人姓名", "contact"),
                     ("联系人手机号", "phone"), ("联系人电子邮箱", "email"), ("评审会现场地址信息", "venue"), ("平台网址", "url"),
                     ("建设时间", "build_time")):
        if label == key:
            return s[lab]
    if label == "平台建设方式":
        return s["build_mode"]
    if label == "平台运营模式":
        return s["operation"]
    if label == "部署方式":
        return "、".join(s["deploy"])
    n = v[label]
    if label == "平台近三年经营指标情况":
        return "\n".join(f"{y}年平台营收{n[f'{y}年平台营收（万元）']:.2f}万元/增长率{n[f'{y}年增长率（%）']:.2f}%" for y in (2021, 2022, 2023))
    if label == "平台订单数量(近一年总量)（个）":
        return f"2023年自然年：{n['2023年自然年']}；截至填表日前一年：{n['截至填表日前一年']}"
    if label == "平台是否服务上海智能工厂，数量":
        return f"是，{n}家"
    if label == "数据分析平台均速度（每TB分级/秒级/毫秒级）":
        return s["speed"][1]
    if st.get("summary") == "units" and isinstance(n, (int, float)) and not isinstance(n, bool):
        unit = next((u for k, u in UNIT.items() if label.endswith(k)), "")
        if label in ENTERPRISE_ROWS:
            unit = "家"
        if unit == "%":
            txt = f"{n:.2f}"
            return (txt[:-1] if txt.endswith("0") else txt) + "%"
        if isinstance(n, float) or unit == "万元":
            return f"{n:,.2f}{unit}"
        return f"{n:,}{unit}"
    return plain(label, n)


def write_summary(path: Path, v: dict, s: dict):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "汇总表"
    style = s["style"].get("summary", "plain")
    ws.append(["附件4 平台基本情况汇总表"])
    head = ["序号", "项目", "内容", "备注"] if style == "remark" else ["项目", "内容"]
    ws.append(head)
    remarks = s.get("summary_remarks", {})
    for i, label in enumerate(LABELS, 1):
        shown = label
        if label in ("平台是否建立安全管理体系", "有否定期开展第三方安全测试/测评", "有否定期进行安全扫描",
                     "企业是否已上市或已获得VC/PE投资", "平台是否有自研形成的核心技术突破", "平台是否具备碳管理服务能力",
                     "平台是否融合使用国家标识解析系统"):
            shown = label + "（是/否）"
        val = summary_value(label, v, s)
        ws.append([i, shown, val, remarks.get(label, "")] if style == "remark" else [shown, val])
    ws.column_dimensions["B" if style == "remark" else "A"].width = 46
    ws.column_dimensions["C" if style == "remark" else "B"].width = 60
    for row in ws.iter_rows(min_row=3):
        for c in row:
            c.alignment = Alignment(wrap_text=True, vertical="center")
    ws["A1"].font = Font(bold=True, size=14)
    _save_xlsx(wb, path)


def commitment_scan(path: Path, s: dict, key: str, rng: random.Random, tmp: Path):
    text = ("我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、准确、完整，"
            "如有不实，愿承担相应的法律责任及由此产生的一切后果。")
    pages = [[("gap", 40), ("h", "真实性承诺"), ("gap", 20), ("p", text), ("p", "特此承诺。"), ("gap", 60),
              ("p", f"申报单位：{s['company']}（盖章）"), ("gap", 30), ("p", "法定代表人：                （签章）"),
              ("gap", 30), ("p", s["style"]["commit_date"])]]
    render.text_pdf(tmp, pages, footer=False)
    im = render.rasterize(tmp, 1.4)[0]
    tmp.unlink()
    W, H = im.size
    render.signature(im, int(W * 0.24), int(H * 0.395), rng)
    render.seal(im, int(W * 0.42), int(H * 0.335), 110, s["company"], rng)
    render.image_pdf(path, [render.scanify(im, rng)])
    render.record(key, 1, "\n".join(["真实性承诺", text, "特此承诺。", f"申报单位：{s['company']}（盖章）", "法定代表人：（签章）",
                                     s["style"]["commit_date"], s["company"]]))
