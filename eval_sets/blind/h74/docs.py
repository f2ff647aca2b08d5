"""The documents of a package, written from a `model.Pkg`.

附件1 联系人表, 附件2 申报表 (DOCX or XLSX) and its stamped scan, 附件4 汇总表, 附件5 承诺 scan, and the
evidence writers shared by the packages (audit report PDF, device list XLSX with a signed 合计 page as
a picture, 情况说明 DOCX with a stamped signature block picture). The 申报书 and the 证明材料汇编 are
composed in specs.py with `office.Doc`.
"""

from __future__ import annotations

import random

import kit
from kit import A4, Sheet, add_seal, add_signature, images_to_pdf, jpeg_bytes, rasterize, scan_effect
from model import Pkg, f2, fmt_breakdown, summary_value
from notice import FORM_ROWS, SUMMARY_LABELS
from office import Book, Doc

UNIT_SUFFIX = {"（台/套）": "台/套", "（个）": "个", "（万元）": "万元", "（%）": "%", "（TB）": "TB", "（台）": "台", "（人）": "人",
               "（项）": "项", "（次）": "次"}


def unit_of(label: str) -> str:
    for suf, u in UNIT_SUFFIX.items():
        if label.endswith(suf):
            return u
    return ""


# ----------------------------------------------------------------------------------------------
# 平台实际情况 cell text
# ----------------------------------------------------------------------------------------------
def cell_text(p: Pkg, key: str) -> str:
    V = p.V
    style = V.get("_style", {})
    num = style.get("num", "plain")
    sep = style.get("sep", "、")
    value = V.get(key, "")
    if key in V.get("_cell", {}):
        return V["_cell"][key]
    if key == "平台订单数量(近一年总量)（个）":
        return "；".join(f"{k}：{v}个" for k, v in value.items())
    if key == "平台是否服务上海智能工厂，数量":
        return value[1]
    if isinstance(value, dict):
        if not value:
            return "无"
        if num == "sep":
            return sep.join(f"{k}：{v:,}" for k, v in value.items())
        return fmt_breakdown(value, sep)
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, int):
        s = f"{value:,}" if num == "sep" else str(value)
        return s + (unit_of(key) if num == "unit" else "")
    if isinstance(value, float):
        s = f"{value:,.2f}" if num == "sep" else f"{value:.2f}"
        return s + (unit_of(key) if num == "unit" else "")
    return str(value)


def proof_text(p: Pkg, key: str) -> str:
    return p.V.get("_proof", {}).get(key, p.V.get("_proof_default", "平台后台统计数据（截至2024年6月30日）"))


def box(checked: bool) -> str:
    return "☑" if checked else "□"


def part2_rows(p: Pkg) -> list[tuple[str, str]]:
    V = p.V
    (y0, m0), (y1, m1) = V["建设时间"]
    rev, gr = V["rev"], V["growth"]
    mode, partner = V["建设方式"]
    iaas, vendor = V["IaaS"]
    dep = V["部署方式"]
    name_cell = p.declared_name
    if V.get("原名称"):
        name_cell = f"{p.declared_name}（原名称：{V['原名称']}；现名称：{p.declared_name}）"
    other_dep = [d for d in dep if d.startswith("其他部署方式")]
    return [
        ("平台名称", name_cell),
        ("建设时间", f"{y0}年{m0}月至{y1}年{m1}月"),
        ("平台建设金额（万元）", f2(V["平台建设金额（万元）"])),
        ("平台近三年经营指标情况", "\n".join(f"{y}年平台营收{f2(rev[y])}万元/增长率{f2(gr[y])}%" for y in (2021, 2022, 2023))
         + "\n注：此处数据为平台相关收益单列，非整个公司的财务数据。"),
        ("平台建设方式", f"{box(mode == '自建')}自建\n{box(mode == '合作共建')}合作共建，合作企业名称（必填）："
                      f"{partner if partner else '________________'}"),
        ("平台运营模式", "  ".join(f"{box(V['运营模式'] == m)}{m}" for m in ("自运营", "联合运营", "委托运营"))),
        ("IaaS基础设施", f"{box(iaas == '自建')}自建\n{box(iaas == '租用')}租用，服务商名称（必填）：{vendor or '________'}"),
        ("部署方式", "  ".join(f"{box(m in dep)}{m}" for m in ("边缘侧", "私有云", "公有云", "混合云"))
         + f"\n{box(bool(other_dep))}其他部署方式，请填写（必填）：" + (other_dep[0].split('：', 1)[1] if other_dep else "")),
        ("平台网址", f"{V['url']}\n测评账号：{V['account']}  密码：{V['password']}"),
        ("平台基本情况介绍", V["平台基本情况介绍"]),
        ("平台建设成效", V["平台建设成效"]),
    ]


def part1_rows(p: Pkg) -> list[list[str]]:
    c = p.co
    fin = c["fin"]
    rows = [
        ["单位（企业）名称", p.company, "单位（企业）代码", c["code"]],
        ["成立日期", c["founded"], "注册地及所在行政区", c["district"]],
        ["企业类型", c["type"], "注册资本", c["capital"]],
        ["主营业务", c["business"], "", ""],
        ["法定代表人", c["legal"], "联系人 / 职务", f"{c['contact']} / {c['title']}"],
        ["联系人手机", c["mobile"], "传真 / 电子邮箱", f"{c['fax']} / {c['email']}"],
        ["股权结构", "发起人及出资信息", "金额", "持股比例"],
    ]
    for holder, amount, ratio in c["holders"]:
        rows.append(["", holder, amount, ratio])
    rows += [
        ["申报单位上一年度经营状况（2023年）", "", "", ""],
        ["总资产（万元）", fin["总资产"], "主营业务收入（万元）", fin["主营业务收入"]],
        ["主营业务收入增长率（%）", fin["增长率"], "负债率（%）", fin["负债率"]],
        ["利润总额（万元）", fin["利润总额"], "税金（万元）", fin["税金"]],
    ]
    return rows


# ----------------------------------------------------------------------------------------------
# 附件1 联系人信息反馈表
# ----------------------------------------------------------------------------------------------
def contact_docx(p: Pkg) -> bytes:
    c = p.co
    d = Doc(author=c["contact"], title="联系人信息反馈表", footer="none")
    d.para("附件1", indent=False, font="黑体")
    d.heading("联系人信息反馈表", 16, "center", "方正小标宋简体")
    d.para("2024年度上海市工业互联网平台应用水平评价工作", align="center", indent=False)
    d.para("一、联系人信息反馈", indent=False, bold=True)
    d.table([["序号", "姓名", "单位名称", "职务", "手机号码", "电子邮箱"],
             ["联系人（主）", c["contact"], p.company, c["title"], c["mobile"], c["email"]],
             ["联系人（备用）", c["contact2"], p.company, c["title2"], c["mobile2"], c["email2"]]],
            [2.4, 1.7, 3.6, 2.4, 2.6, 3.4], size=9.5)
    d.para("二、评审会现场地址信息反馈", indent=False, bold=True)
    d.para(f"具体地址*：{c['review_addr']}", indent=False)
    d.para("*注：该场地信息将用于工作组安排后续评价工作。", size=9, indent=False)
    return d.save()


# ----------------------------------------------------------------------------------------------
# 附件2 申报表 — DOCX
# ----------------------------------------------------------------------------------------------
def _cover(d: Doc, p: Pkg, title: str):
    d.para("附件2" if "申报表" in title else "附件3", indent=False, font="黑体")
    d.spacer(40)
    d.heading("上海市工业互联网平台应用水平评价", 20, "center", "方正小标宋简体")
    d.heading(title, 26, "center", "方正小标宋简体")
    d.spacer(40)
    for k, v in (("申报年度", "2024年度"), ("平台名称", p.declared_name), ("申报单位", f"{p.company}（公章）"),
                 ("联 系 人", p.co["contact"]), ("联系人电话", p.co["mobile"])):
        d.para(f"{k}：{v}", size=14, indent=False)
    d.spacer(60)
    d.para("上海市经济和信息化委员会制", align="center", indent=False, size=14)
    d.para(p.co["sign_date_cn"], align="center", indent=False, size=14)


def form_docx(p: Pkg, columns: str = "levels") -> bytes:
    """columns: 'levels' (一级/二级/三级/内容/平台实际情况/证明资料, merged) or 'l3' (三级/内容/实际/证明)."""
    d = Doc(author=p.co["contact"], title="申报表", size=10.5)
    _cover(d, p, "申报表")
    d.new_page()
    d.heading("一、企业基本情况", 14)
    rows1 = part1_rows(p)
    t = d.table(rows1, [3.4, 5.2, 3.2, 3.8], size=9.5, header_rows=0)
    r_main = 3
    t.cell(r_main, 1).merge(t.cell(r_main, 3))
    t.cell(r_main, 1).paragraphs[0].runs[0].text = p.co["business"]
    r_hold = 6
    t.cell(r_hold, 0).merge(t.cell(r_hold + len(p.co["holders"]), 0))
    t.cell(r_hold, 0).paragraphs[0].runs[0].text = "股权结构"
    r_fin = r_hold + len(p.co["holders"]) + 1
    t.cell(r_fin, 0).merge(t.cell(r_fin, 3))
    t.cell(r_fin, 0).paragraphs[0].runs[0].text = "申报单位上一年度经营状况（2023年）"
    d.new_page()
    d.heading("二、平台基本情况", 14)
    d.table([[k, v] for k, v in part2_rows(p)], [3.4, 12.2], size=9.5, header_rows=0)
    d.new_page()
    d.heading("三、上海市工业互联网平台应用水平评价指标明细表", 14)
    if columns == "levels":
        rows = [["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"]]
        for l1, l2, l3, content, key in FORM_ROWS:
            rows.append([l1, l2, l3, content, cell_text(p, key), proof_text(p, key)])
        t = d.table(rows, [1.5, 1.6, 1.7, 3.4, 4.8, 2.6], size=8.5)
        for col in (0, 1, 2):
            start = 1
            for i in range(2, len(rows) + 1):
                if i == len(rows) or rows[i][col] != rows[start][col]:
                    if i - 1 > start:
                        a = t.cell(start, col).merge(t.cell(i - 1, col))
                        for extra in a.paragraphs[1:]:
                            extra._p.getparent().remove(extra._p)
                        a.paragraphs[0].runs[0].text = rows[start][col]
                        for r in a.paragraphs[0].runs[1:]:
                            r.text = ""
                    start = i
    else:
        rows = [["三级指标", "内容", "平台实际情况", "证明资料"]]
        last = None
        for l1, l2, l3, content, key in FORM_ROWS:
            if l1 != last:
                rows.append([l1, "", "", ""])
                last = l1
            rows.append([l3, content, cell_text(p, key), proof_text(p, key)])
        d.table(rows, [2.2, 4.2, 6.0, 3.2], size=8.5)
    d.para("注：证明资料逐项对应《申报书》附件序号、附件名称及页码。", size=9, indent=False)
    return d.save()


# ----------------------------------------------------------------------------------------------
# 附件2 申报表 — XLSX
# ----------------------------------------------------------------------------------------------
def form_xlsx(p: Pkg) -> bytes:
    b = Book(author=p.co["contact"])
    ws = b.sheet("封面")
    ws.column_dimensions["A"].width = 18
    ws.column_dimensions["B"].width = 60
    b.put(ws, 1, 1, "上海市工业互联网平台应用水平评价申报表", bold=True, border=False, size=16)
    ws.merge_cells("A1:B1")
    for i, (k, v) in enumerate((("申报年度", "2024年度"), ("平台名称", p.declared_name), ("申报单位", f"{p.company}（公章）"),
                                ("联系人", p.co["contact"]), ("联系人电话", p.co["mobile"]),
                                ("填报日期", p.co["sign_date_cn"]))):
        b.put(ws, 3 + i, 1, k, bold=True)
        b.put(ws, 3 + i, 2, v)
    ws = b.sheet("一、企业基本情况")
    for col, w in zip("ABCD", (22, 40, 22, 30)):
        ws.column_dimensions[col].width = w
    for r, row in enumerate(part1_rows(p), start=1):
        for c, v in enumerate(row, start=1):
            b.put(ws, r, c, v, bold=(c in (1, 3) and v != ""))
    ws = b.sheet("二、平台基本情况")
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 90
    for r, (k, v) in enumerate(part2_rows(p), start=1):
        b.put(ws, r, 1, k, bold=True)
        b.put(ws, r, 2, v)
    ws = b.sheet("三、指标明细表")
    for col, w in zip("ABCDEF", (16, 16, 18, 40, 50, 34)):
        ws.column_dimensions[col].width = w
    heads = ["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"]
    for c, h in enumerate(heads, start=1):
        b.put(ws, 1, c, h, bold=True, fill=True, align="center")
    numeric = p.V.get("_style", {}).get("xlsx_numbers", True)
    for r, (l1, l2, l3, content, key) in enumerate(FORM_ROWS, start=2):
        value = p.V.get(key)
        cellv = cell_text(p, key)
        if numeric and isinstance(value, (int, float)) and not isinstance(value, bool) and key not in p.V.get("_cell", {}):
            cellv = value
        for c, v in enumerate([l1, l2, l3, content, cellv, proof_text(p, key)], start=1):
            b.put(ws, r, c, v, number_format="0.00" if isinstance(v, float) else None)
    # merge the level columns
    for col in (1, 2, 3):
        start = 0
        keys = [row[col - 1] for row in FORM_ROWS]
        for i in range(1, len(keys) + 1):
            if i == len(keys) or keys[i] != keys[start]:
                if i - 1 > start:
                    ws.merge_cells(start_row=start + 2, start_column=col, end_row=i + 1, end_column=col)
                start = i
    return b.save()


# ----------------------------------------------------------------------------------------------
# stamped scan of the 申报表 (image-only PDF)
# ----------------------------------------------------------------------------------------------
def form_scan(p: Pkg, file: str, seed: int) -> bytes:
    s = Sheet()
    W, H = s.W, s.H
    s.text(60, H - 60, "附件2", 12)
    s.text(W / 2, H - 200, "上海市工业互联网平台应用水平评价", 20, "center")
    s.text(W / 2, H - 250, "申报表", 28, "center")
    y = H - 360
    for k, v in (("申报年度", "2024年度"), ("平台名称", p.declared_name), ("申报单位", f"{p.company}（公章）"),
                 ("联 系 人", p.co["contact"]), ("联系人电话", p.co["mobile"])):
        s.text(120, y, f"{k}：{v}", 13)
        y -= 34
    s.text(W / 2, 170, "上海市经济和信息化委员会制", 13, "center")
    s.text(W / 2, 145, p.co["sign_date_cn"], 13, "center")
    seal_pages = {0: (390, H - 420)}
    s.new_page()
    s.text(60, H - 50, "一、企业基本情况", 13)
    rows1 = part1_rows(p)
    y = s.grid(60, H - 62, [110, 170, 110, 85], [rows1[0]], size=9, header_rows=0)
    y = s.grid(60, y, [110, 170, 110, 85], rows1[1:], size=9, header_rows=0)
    s.text(60, y - 30, "二、平台基本情况", 13)
    y = s.grid(60, y - 42, [95, 380], [list(r) for r in part2_rows(p)][:9], size=9, header_rows=0)
    s.new_page()
    y = s.grid(60, H - 60, [95, 380], [list(r) for r in part2_rows(p)][9:], size=9, header_rows=0)
    s.text(60, y - 30, "三、上海市工业互联网平台应用水平评价指标明细表", 13)
    rows = []
    prev = (None, None, None)
    for l1, l2, l3, content, key in FORM_ROWS:
        rows.append([l1 if l1 != prev[0] else "", l2 if l2 != prev[1] else "", l3 if l3 != prev[2] else "", content,
                     cell_text(p, key), proof_text(p, key)])
        prev = (l1, l2, l3)
    header = ["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"]
    widths = [48, 52, 56, 110, 150, 80]
    x0 = (W - sum(widths)) / 2
    y = s.grid(x0, y - 42, widths, [header], size=8, header_rows=1)
    for row in rows:
        est = max(len(kit.wrap_cjk(str(v), w - 6, 8)) for v, w in zip(row, widths)) * 8 * 1.35 + 6
        if y - max(18, est) < 50:
            s.new_page()
            y = s.grid(x0, H - 50, widths, [header], size=8, header_rows=1)
        y = s.grid(x0, y, widths, [row], size=8, header_rows=0)
    if y < 170:
        s.new_page()
        y = H - 60
    s.text(W - 80, y - 50, f"申报单位（盖章）：{p.company}", 11, "right")
    s.text(W - 80, y - 80, p.co["sign_date_cn"], 11, "right")
    last = len(s.pages) - 1
    seal_pages[last] = (W - 170, y - 62)
    pdf = s.finish()
    images = rasterize(pdf, 120)
    jpegs = []
    scale = 120 / 72.0
    for i, img in enumerate(images):
        color = i in seal_pages
        img = scan_effect(img, seed + i, bw=not color, noise=7.0)
        if color:
            cx, cy = seal_pages[i]
            img = add_seal(img, (cx * scale, img.height - cy * scale), int(125 * scale), p.company, seed + 100 + i)
        else:
            # 骑缝章: half a seal on the right edge of every inner page
            img = add_seal(img.convert("RGB"), (img.width + 10, img.height * 0.55), int(120 * scale), p.company,
                           seed + 200 + i)
        jpegs.append(jpeg_bytes(img, 72 if not color else 80))
    p.scanned(file, s.pages, jpegs)
    return images_to_pdf(jpegs, A4, "")


# ----------------------------------------------------------------------------------------------
# 附件5 真实性承诺 (stamped scan)
# ----------------------------------------------------------------------------------------------
def commitment_scan(p: Pkg, file: str, seed: int) -> bytes:
    s = Sheet()
    W, H = s.W, s.H
    s.text(60, H - 60, "附件5", 12)
    s.text(W / 2, H - 130, "真实性承诺", 20, "center")
    y = s.para(80, H - 190, W - 160, "我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、"
               "准确、完整，如有不实，愿承担相应的法律责任及由此产生的一切后果。", 14, leading=30)
    s.para(80, y - 4, W - 160, "特此承诺。", 14, leading=30)
    s.text(W - 250, 330, "申报单位：（盖章）", 14)
    s.text(W - 250, 290, "法定代表人：（签章）", 14)
    s.text(W - 250, 250, p.co["sign_date_cn"], 14)
    pdf = s.finish()
    img = rasterize(pdf, 110)[0]
    img = scan_effect(img, seed, noise=8.0)
    scale = 110 / 72.0
    img = add_seal(img, ((W - 170) * scale, img.height - 335 * scale), int(125 * scale), p.company, seed + 1)
    img = add_signature(img, (int((W - 110) * scale), int(img.height - 305 * scale), int((W - 40) * scale),
                              int(img.height - 280 * scale)), seed + 2)
    data = jpeg_bytes(img, 80)
    p.scanned(file, s.pages, [data])
    return images_to_pdf([data], A4, "")


# ----------------------------------------------------------------------------------------------
# 附件4 平台基本情况汇总表 (XLSX)
# ----------------------------------------------------------------------------------------------
def summary_xlsx(p: Pkg, layout: str = "vertical") -> bytes:
    b = Book(author=p.co["contact"])
    ws = b.sheet("平台基本情况汇总表")
    values = []
    for label in SUMMARY_LABELS:
        if label in p.summary_override:
            v = p.summary_override[label]
        else:
            v, norm = summary_value(p, label)
            if isinstance(norm, (int, float)) and not isinstance(norm, bool) and label not in (
                    "平台是否服务上海智能工厂，数量",):
                v = norm
        values.append(v)
    if layout == "horizontal":
        b.put(ws, 1, 1, "附件4 平台基本情况汇总表", bold=True, border=False, size=14)
        for c, (label, v) in enumerate(zip(SUMMARY_LABELS, values), start=1):
            b.put(ws, 2, c, label, bold=True, fill=True, align="center")
            b.put(ws, 3, c, v, number_format="0.00" if isinstance(v, float) else None)
            ws.column_dimensions[ws.cell(row=2, column=c).column_letter].width = 18
        ws.row_dimensions[2].height = 60
    else:
        ws.column_dimensions["A"].width = 6
        ws.column_dimensions["B"].width = 46
        ws.column_dimensions["C"].width = 70
        b.put(ws, 1, 1, "附件4", border=False)
        b.put(ws, 2, 1, "平台基本情况汇总表", bold=True, border=False, size=14)
        ws.merge_cells("A2:C2")
        b.put(ws, 3, 1, "", fill=True)
        b.put(ws, 3, 2, "项目", bold=True, fill=True, align="center")
        b.put(ws, 3, 3, "填报内容", bold=True, fill=True, align="center")
        for r, (label, v) in enumerate(zip(SUMMARY_LABELS, values), start=4):
            b.put(ws, r, 1, r - 3, align="center")
            b.put(ws, r, 2, label)
            b.put(ws, r, 3, v, number_format="0.00" if isinstance(v, float) else None,
                  align="left")
    return b.save()


# ----------------------------------------------------------------------------------------------
# evidence: audit report (text PDF) with the platform's special note
# ----------------------------------------------------------------------------------------------
def audit_pdf(p: Pkg, file: str, firm: str, report_no: str, company_rows: dict, platform_page: dict) -> bytes:
    """Five pages: cover, opinion, 资产负债表 and 利润表 (company, 元), platform special note (万元).

    platform_page: dict(title, intro, columns, rows=[(label, [values...], fact_spec or None)], notes)
    """
    s = Sheet(title=f"{p.company}2023年度审计报告")
    W, H = s.W, s.H
    s.text(W / 2, H - 220, p.company, 18, "center")
    s.text(W / 2, H - 270, "2023年度财务报表审计报告", 22, "center")
    s.text(W / 2, H - 320, report_no, 12, "center")
    s.text(W / 2, 160, firm, 14, "center")
    s.text(W / 2, 135, "二〇二四年四月十八日", 12, "center")
    s.new_page()
    s.text(W / 2, H - 80, "审 计 报 告", 18, "center")
    s.text(W - 70, H - 108, report_no, 10, "right")
    y = H - 140
    s.text(70, y, f"{p.company}全体股东：", 11)
    y -= 28
    for para in (
        f"一、审计意见　我们审计了{p.company}（以下简称“贵公司”）财务报表，包括2023年12月31日的资产负债表，2023年度的利润表、"
        "现金流量表、所有者权益变动表以及相关财务报表附注。",
        "我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，公允反映了贵公司2023年12月31日的财务状况以及2023年度的"
        "经营成果和现金流量。",
        "二、形成审计意见的基础　我们按照中国注册会计师审计准则的规定执行了审计工作。我们相信，我们获取的审计证据是充分、适当的，"
        "为发表审计意见提供了基础。",
        "三、管理层和治理层对财务报表的责任　贵公司管理层负责按照企业会计准则的规定编制财务报表，使其实现公允反映，并设计、执行和"
        "维护必要的内部控制。",
    ):
        y = s.para(70, y, W - 140, para, 10.5) - 8
    s.text(70, 200, firm, 10.5)
    s.text(W - 70, 200, "中国注册会计师：", 10.5, "right")
    s.text(70, 175, "中国·上海", 10.5)
    s.text(W - 70, 175, "二〇二四年四月十八日", 10.5, "right")
    for title, cols, rows in (("资产负债表", ["项目", "2023年12月31日", "2022年12月31日"], company_rows["bs"]),
                              ("利润表", ["项目", "本期金额", "上期金额"], company_rows["pl"])):
        s.new_page()
        s.text(W / 2, H - 70, title, 16, "center")
        s.text(70, H - 95, f"编制单位：{p.company}", 9.5)
        s.text(W - 70, H - 95, "单位：元", 9.5, "right")
        s.grid(70, H - 105, [215, 120, 120], [cols] + rows, row_h=19, size=9.5, align=["left", "right", "right"])
    s.new_page()
    pp = platform_page
    s.text(W / 2, H - 70, pp["title"], 15, "center")
    y = s.para(70, H - 105, W - 140, pp["intro"], 10.5) - 8
    s.text(W - 70, y + 4, "单位：万元", 9.5, "right")
    widths = [175] + [(W - 140 - 175) / len(pp["columns"])] * len(pp["columns"])
    table_rows = [["项目"] + pp["columns"]] + [[lab] + vals for lab, vals, _ in pp["rows"]]
    y = s.grid(70, y - 4, widths, table_rows, row_h=21, size=10, align=["left"] + ["right"] * len(pp["columns"]))
    y -= 20
    for note in pp["notes"]:
        y = s.para(70, y, W - 140, note, 10) - 6
    page_no = len(s.pages)
    pdf = s.finish()
    for lab, vals, specs in pp["rows"]:
        for spec in specs or []:
            col = spec["col"]
            p.fact(spec["label"], vals[col], "万元", float(vals[col].replace(",", "")), file, page_no, vals[col],
                   row_label=lab, column_label=pp["columns"][col], component=spec.get("component", ""))
    return pdf


# ----------------------------------------------------------------------------------------------
# evidence: device list XLSX (sheet 1 detail rows, sheet 2 the signed 合计 page as a picture)
# ----------------------------------------------------------------------------------------------
def device_xlsx(p: Pkg, file: str, detail_rows: list[list], headers: list[str], widths: list[int],
                signed_pic, sheet_names=("接入设备明细", "汇总签字页"), note_rows: list[str] = (),
                caption: str = "") -> bytes:
    b = Book(author=p.co["contact"])
    ws = b.sheet(sheet_names[0])
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(ord("A") + i)].width = w
    b.put(ws, 1, 1, f"{p.declared_name}接入设备明细表", bold=True, border=False, size=13)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(headers))
    b.put(ws, 2, 1, f"填报单位：{p.company}　　统计截止日：2024年6月30日", border=False)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=len(headers))
    for c, h in enumerate(headers, start=1):
        b.put(ws, 3, c, h, bold=True, fill=True, align="center")
    for r, row in enumerate(detail_rows, start=4):
        for c, v in enumerate(row, start=1):
            b.put(ws, r, c, v)
    r = 4 + len(detail_rows) + 1
    for note in note_rows:
        b.put(ws, r, 1, note, border=False, wrap=False)
        r += 1
    ws.freeze_panes = "A4"
    ws2 = b.sheet(sheet_names[1])
    b.put(ws2, 1, 1, caption or "汇总签字页（打印签字盖章后扫描）", border=False, wrap=False)
    b.picture(ws2, signed_pic, "A3", 760, 2, caption)
    p.placed(file, "xlsx", 2, signed_pic, caption)
    return b.save()


# ----------------------------------------------------------------------------------------------
# evidence: 情况说明 DOCX whose stamped signature block is a picture
# ----------------------------------------------------------------------------------------------
def situation_docx(p: Pkg, file: str, title: str, paragraphs: list, block_pic, addressee: str = "上海市经济和信息化委员会：",
                   tables: dict | None = None) -> Doc:
    """paragraphs: strings, or ('table', rows, widths, align), or ('break',). Facts are recorded by the caller
    from the returned Doc's page counter (d.page_texts)."""
    d = Doc(author=p.co["contact"], title=title, font="仿宋_GB2312", size=14, footer="none")
    d.heading(title, 20, "center", "方正小标宋简体", space_before=0)
    d.para(addressee, indent=False)
    for item in paragraphs:
        if isinstance(item, tuple) and item[0] == "table":
            d.table(item[1], item[2], size=11, align=item[3])
        elif isinstance(item, tuple) and item[0] == "break":
            d.new_page()
        else:
            d.para(item)
    d.para("特此说明。")
    d.picture(block_pic, 12.5, "")
    p.placed(file, "docx", d.page, block_pic, "")
    return d


def detail_enterprise_names(seed: int, regions: list[str], n: int, suffixes: list[str]) -> list[str]:
    rnd = random.Random(seed)
    first = ["恒", "宏", "瑞", "华", "金", "鑫", "永", "盛", "立", "新", "东", "远", "精", "昌", "达", "安", "泰", "丰", "凯", "嘉"]
    second = ["达", "通", "源", "锐", "诚", "力", "邦", "正", "博", "川", "铭", "晟", "德", "利", "远", "信", "腾", "越", "茂", "祥"]
    out = []
    seen = set()
    while len(out) < n:
        region = regions[len(out) % len(regions)]
        nm = rnd.choice(first) + rnd.choice(second) + rnd.choice(suffixes)
        full = f"{region}{nm}"
        if full not in seen:
            seen.add(full)
            out.append(nm)
    return out
