"""附件1/2/4/5 renderers and the reviewer's 附件4 rows (truth)."""
from __future__ import annotations

import io

from docx.shared import Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from . import imgs
from .model import BOOL_KEYS, BREAKDOWN_KEYS, ITEMS, LABELS, ROW_KEYS, TWO_DEC, bd_text, m2, m2s, sep
from .office import heading, new_doc, para, save_doc, save_wb, set_cell
from .pdfdoc import Doc, images_to_pdf, rasterize


# ---------------------------------------------------------------- answers (cell text of 指标明细表)
def answers(D, T, numfmt="plain", bdstyle="cn", unit_suffix=False, private=None):
    """Text of every 平台实际情况 cell. D: declared values; T: texts; private: {key: n_private}."""
    units = {}
    for _, _, _, key, content in ITEMS:
        if "（台/套）" in content:
            units[key] = "台/套"
        elif "（个）" in content:
            units[key] = "个"
        elif "（人）" in content:
            units[key] = "人"
        elif "（万元）" in content:
            units[key] = "万元"
        elif "（%）" in content:
            units[key] = "%"
        elif "（TB）" in content:
            units[key] = "TB"
        elif "（台）" in content:
            units[key] = "台"
        elif "（项）" in content:
            units[key] = "项"
        elif "（次）" in content:
            units[key] = "次"
    A = {}
    private = private or {}
    for _, _, _, key, content in ITEMS:
        if key in T:
            A[key] = T[key]
            continue
        v = D.get(key)
        if v is None:
            A[key] = ""
            continue
        if key in BREAKDOWN_KEYS:
            A[key] = bd_text(v, bdstyle)
        elif key == "orders":
            A[key] = f"2023年自然年：{sep(v[0])}个；截至填表日前一年：{sep(v[1])}个"
        elif isinstance(v, float) or key in TWO_DEC:
            s = m2s(v) if numfmt == "sep" else m2(v)
            A[key] = s + (units.get(key, "") if unit_suffix and units.get(key) != "%" else "")
        elif isinstance(v, int):
            s = sep(v) if numfmt == "sep" else str(v)
            A[key] = s + (units.get(key, "") if unit_suffix else "")
        else:
            A[key] = str(v)
        if key in private and A[key]:
            u = units.get(key, "个")
            if u == "TB":
                A[key] = f"总容量{A[key]}TB，其中私有化部署涉及的相关容量{private[key]:.2f}TB"
            else:
                A[key] = f"总数{A[key]}{u}，其中私有化部署涉及的相关数量{private[key]}{u}"
    return A


def summary_rows(meta, D, T):
    """What a reviewer writes in 附件4 from the 申报表 (D = declared values)."""
    rows = []
    g = D["growth"]
    revs = D["revs"]
    for label in LABELS:
        if label in meta["head"]:
            value, norm = meta["head"][label]
        elif label == "平台近三年经营指标情况":
            parts, norm = [], {}
            for y in (2021, 2022, 2023):
                parts.append(f"{y}年平台营收{m2(revs[y])}万元/增长率{m2(g[y])}%")
                norm[f"{y}年平台营收（万元）"] = round(revs[y], 2)
                norm[f"{y}年增长率（%）"] = round(g[y], 2)
            value = "；".join(parts)
        else:
            key = ROW_KEYS[label]
            v = D.get(key)
            if key == "speed":
                value, norm = T["speed"], D["speed"]
            elif key == "open_data":
                value = norm = T["open_data"]
            elif key in BOOL_KEYS:
                txt = T.get(key, "")
                if not txt:
                    value, norm = "", None
                else:
                    yes = txt.startswith("是")
                    value, norm = ("是" if yes else "否"), yes
            elif v is None:
                value, norm = "", None
            elif key in BREAKDOWN_KEYS and not v:
                value, norm = T.get(key, ""), None
            elif key in BREAKDOWN_KEYS:
                value, norm = bd_text(v, "cn"), dict(v)
            elif key == "orders":
                value = f"2023年自然年：{v[0]}个；截至填表日前一年：{v[1]}个"
                norm = {"2023年自然年": v[0], "截至填表日前一年": v[1]}
            elif key == "smart":
                value, norm = f"是，{v}家", v
            elif key == "speed":
                value, norm = T["speed"], v
            elif key == "open_data":
                value = norm = T["open_data"]
            elif isinstance(v, float) or key in TWO_DEC:
                value, norm = m2(v), round(float(v), 2)
            else:
                value, norm = str(v), int(v)
        rows.append({"label": label, "value": value, "normalized": norm})
    return rows


# ---------------------------------------------------------------- 申报表 DOCX
def form_docx(path, meta, A, proofs, variant="levels", font="仿宋_GB2312"):
    doc = new_doc(font=font, size=10.5, author=meta.get("author", "admin"))
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    for _ in range(3):
        para(doc, "")
    para(doc, "上海市工业互联网平台应用水平评价", font="黑体", size=20, bold=True, align="center")
    para(doc, "申报表", font="黑体", size=26, bold=True, align="center")
    for _ in range(3):
        para(doc, "")
    for k, v in [("申报年度", "2024 年度"), ("平台名称", meta["platform_name"]), ("申报单位", meta["company"] + "（公章）"),
                 ("联 系 人", meta["contact"]), ("联系人电话", meta["phone"])]:
        para(doc, f"{k}：{v}", size=14)
    for _ in range(4):
        para(doc, "")
    para(doc, "上海市经济和信息化委员会制", size=14, align="center")
    para(doc, meta["date_cn"], size=14, align="center")
    doc.add_page_break()
    heading(doc, "一、企业基本情况", font="黑体", size=14)
    t = doc.add_table(rows=0, cols=4)
    t.style = "Table Grid"
    for a, b, c, d in meta["basic_rows"]:
        cells = t.add_row().cells
        set_cell(cells[0], a, size=10)
        set_cell(cells[1], b, size=10)
        set_cell(cells[2], c, size=10)
        set_cell(cells[3], d, size=10)
    para(doc, "")
    para(doc, "股权结构", bold=True)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["发起人及出资信息", "金额（万元）", "持股比例"]):
        set_cell(t.rows[0].cells[i], h, bold=True, size=10)
    for r in meta["equity"]:
        cells = t.add_row().cells
        for i, x in enumerate(r):
            set_cell(cells[i], x, size=10)
    para(doc, "")
    para(doc, "申报单位上一年度经营状况（2023 年）", bold=True)
    t = doc.add_table(rows=2, cols=6)
    t.style = "Table Grid"
    for i, (h, v) in enumerate(meta["finance_2023"]):
        set_cell(t.rows[0].cells[i], h, bold=True, size=9)
        set_cell(t.rows[1].cells[i], v, size=10)
    para(doc, "")
    heading(doc, "二、平台基本情况", font="黑体", size=14)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in meta["platform_rows"]:
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True, size=10)
        set_cell(cells[1], v, size=10)
    doc.add_page_break()
    heading(doc, "三、上海市工业互联网平台应用水平评价指标明细表", font="黑体", size=14)
    para(doc, "（请依据此表后附的填报指引填写！）", size=9)
    if variant == "levels":
        cols = ["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"]
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for i, h in enumerate(cols):
            set_cell(t.rows[0].cells[i], h, bold=True, size=9, align="center", shade="D9D9D9")
        start = {}
        for idx, (l1, l2, l3, key, content) in enumerate(ITEMS):
            cells = t.add_row().cells
            r = len(t.rows) - 1
            for lvl, name in ((0, l1), (1, l2), (2, l3)):
                if start.get(lvl, (None,))[0] != name:
                    start[lvl] = (name, r)
                    set_cell(cells[lvl], name, size=9)
                else:
                    t.cell(start[lvl][1], lvl).merge(cells[lvl])
            set_cell(cells[3], content, size=9)
            set_cell(cells[4], A[key], size=9)
            set_cell(cells[5], proofs.get(key, ""), size=8)
    else:  # flat: 序号 | 三级指标 | 内容 | 证明资料 | 平台实际情况
        cols = ["序号", "三级指标", "内容", "证明资料", "平台实际情况"]
        t = doc.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        for i, h in enumerate(cols):
            set_cell(t.rows[0].cells[i], h, bold=True, size=9, align="center", shade="DDEBF7")
        for idx, (l1, l2, l3, key, content) in enumerate(ITEMS, 1):
            cells = t.add_row().cells
            set_cell(cells[0], str(idx), size=9)
            set_cell(cells[1], l3.split(" ", 1)[1], size=9)
            set_cell(cells[2], content, size=9)
            set_cell(cells[3], proofs.get(key, ""), size=8)
            set_cell(cells[4], A[key], size=9)
    para(doc, "")
    para(doc, f"申报单位（盖章）：{meta['company']}", size=11)
    para(doc, f"日期：{meta['date_cn']}", size=11)
    save_doc(doc, path)


# ---------------------------------------------------------------- 申报表 XLSX
def form_xlsx(path, meta, A, proofs):
    wb = Workbook()
    thin = Side(style="thin", color="000000")
    bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center")
    ws = wb.active
    ws.title = "封面"
    ws["B3"] = "上海市工业互联网平台应用水平评价申报表"
    ws["B3"].font = Font(name="黑体", size=18, bold=True)
    for i, (k, v) in enumerate([("申报年度", "2024年度"), ("平台名称", meta["platform_name"]), ("申报单位", meta["company"]),
                                 ("联系人", meta["contact"]), ("联系人电话", meta["phone"])], 6):
        ws.cell(i, 2, k)
        ws.cell(i, 3, v)
    ws.column_dimensions["B"].width = 16
    ws.column_dimensions["C"].width = 60
    ws2 = wb.create_sheet("一、企业基本情况")
    r = 1
    for row in meta["basic_rows"]:
        for j, x in enumerate(row, 1):
            c = ws2.cell(r, j, x)
            c.border, c.alignment = bd, wrap
        r += 1
    r += 1
    ws2.cell(r, 1, "股权结构").font = Font(bold=True)
    r += 1
    for row in [("发起人及出资信息", "金额（万元）", "持股比例")] + list(meta["equity"]):
        for j, x in enumerate(row, 1):
            ws2.cell(r, j, x).border = bd
        r += 1
    r += 1
    ws2.cell(r, 1, "申报单位上一年度经营状况（2023 年）").font = Font(bold=True)
    r += 1
    for j, (h, v) in enumerate(meta["finance_2023"], 1):
        ws2.cell(r, j, h).border = bd
        ws2.cell(r + 1, j, v).border = bd
    for col in "ABCDEF":
        ws2.column_dimensions[col].width = 22
    ws3 = wb.create_sheet("二、平台基本情况")
    for i, (k, v) in enumerate(meta["platform_rows"], 1):
        a = ws3.cell(i, 1, k)
        b = ws3.cell(i, 2, v)
        a.border = b.border = bd
        a.alignment = b.alignment = wrap
    ws3.column_dimensions["A"].width = 22
    ws3.column_dimensions["B"].width = 90
    ws4 = wb.create_sheet("三、指标明细表")
    heads = ["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"]
    fill = PatternFill("solid", fgColor="FCE4D6")
    for j, h in enumerate(heads, 1):
        c = ws4.cell(1, j, h)
        c.font, c.fill, c.border = Font(bold=True), fill, bd
    start = {}
    for i, (l1, l2, l3, key, content) in enumerate(ITEMS, 2):
        for lvl, name in ((1, l1), (2, l2), (3, l3)):
            if start.get(lvl, (None,))[0] != name:
                if lvl in start and start[lvl][1] < i - 1:
                    ws4.merge_cells(start_row=start[lvl][1], end_row=i - 1, start_column=lvl, end_column=lvl)
                start[lvl] = (name, i)
                ws4.cell(i, lvl, name)
        ws4.cell(i, 4, content)
        v = A[key]
        ws4.cell(i, 5, _num_or_text(v))
        ws4.cell(i, 6, proofs.get(key, ""))
        for j in range(1, 7):
            ws4.cell(i, j).border = bd
            ws4.cell(i, j).alignment = wrap
    last = len(ITEMS) + 1
    for lvl in start:
        if start[lvl][1] < last:
            ws4.merge_cells(start_row=start[lvl][1], end_row=last, start_column=lvl, end_column=lvl)
    for col, w in zip("ABCDEF", (14, 16, 18, 40, 60, 24)):
        ws4.column_dimensions[col].width = w
    save_wb(wb, path)


def _num_or_text(v):
    s = str(v)
    try:
        if s and s.replace(".", "", 1).isdigit():
            return float(s) if "." in s else int(s)
    except ValueError:
        pass
    return s


# ---------------------------------------------------------------- scans
def form_scan(path, meta, A, seed, pages_limit=None, font="STSong-Light"):
    """Render the 申报表 as a PDF, rasterise, add paper, seal on cover and last page."""
    buf = io.BytesIO()
    d = Doc(buf, "", None, font=font, size=10)
    d.space(120)
    d.title("上海市工业互联网平台应用水平评价", size=20)
    d.title("申 报 表", size=26, gap=60)
    d.kv([("申报年度：", "2024 年度"), ("平台名称：", meta["platform_name"]), ("申报单位：", meta["company"] + "（公章）"),
          ("联 系 人：", meta["contact"]), ("联系人电话：", meta["phone"])], kw=110, size=13)
    d.space(120)
    d.title("上海市经济和信息化委员会制", size=13)
    d.title(meta["date_cn"], size=13)
    d.new_page()
    d.title("一、企业基本情况", size=13, align="left")
    d.table([], [list(r) for r in meta["basic_rows"]], [1.2, 2, 1.2, 2], size=8.5, aligns=["left"] * 4)
    d.title("二、平台基本情况", size=13, align="left")
    d.table([], [list(r) for r in meta["platform_rows"]], [1, 4], size=8.5, aligns=["left"] * 2)
    d.new_page()
    d.title("三、上海市工业互联网平台应用水平评价指标明细表", size=12, align="left")
    rows = [[l3, content, A[key]] for (_, _, l3, key, content) in ITEMS]
    d.table([["三级指标", "内容", "平台实际情况"]], rows, [1.1, 2.2, 4], size=7.5, aligns=["left"] * 3)
    d.space(20)
    d.para(f"申报单位（盖章）：{meta['company']}", indent=0)
    d.para(f"日期：{meta['date_cn']}", indent=0)
    d.save()
    pages = rasterize(buf.getvalue(), dpi=110)
    if pages_limit:
        pages = pages[:pages_limit]
    sl = imgs.seal(meta["company"], size=190, seed=seed)
    out = []
    for i, p in enumerate(pages):
        if i == 0:
            p = imgs.stamp(p, sl, (p.width * 0.62, p.height * 0.52), angle=12)
        if i == len(pages) - 1:
            p = imgs.stamp(p, sl, (p.width * 0.45, p.height * 0.6), angle=-8)
        # riding seal (骑缝章) piece at the right edge
        p = imgs.stamp(p, sl, (p.width + 40, p.height * 0.45), angle=0)
        out.append(imgs.scan_effect(p, seed=seed + i, bw=False))
    images_to_pdf(path, out, dpi=110, quality=70)


def commitment_scan(path, meta, seed):
    buf = io.BytesIO()
    d = Doc(buf, "", None, font="STSong-Light", size=14)
    d.space(60)
    d.title("真实性承诺", size=22, gap=30)
    d.para("我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、准确、"
           "完整，如有不实，愿承担相应的法律责任及由此产生的一切后果。", size=14, lead=2.0)
    d.para("特此承诺。", size=14, lead=2.0)
    d.space(90)
    d.para(f"申报单位：{meta['company']}（盖章）", size=14, indent=8, lead=2.4)
    d.para("法定代表人：            （签章）", size=14, indent=8, lead=2.4)
    d.para(meta["date_cn"], size=14, indent=14, lead=2.4)
    d.save()
    p = rasterize(buf.getvalue(), dpi=120)[0]
    p = imgs.stamp(p, imgs.seal(meta["company"], size=230, seed=seed), (p.width * 0.62, p.height * 0.64), angle=-14)
    from PIL import ImageDraw
    dr = ImageDraw.Draw(p)
    # handwritten-ish signature
    imgs.text(dr, (p.width * 0.46, p.height * 0.665), meta["legal_rep"], 44, color=(20, 20, 60), which="serif")
    images_to_pdf(path, [imgs.scan_effect(p, seed=seed, bw=False)], dpi=120, quality=72)


def commitment_docx(path, meta):
    doc = new_doc(font="仿宋", size=14)
    para(doc, "附件5", font="黑体", size=14)
    para(doc, "真实性承诺", font="方正小标宋简体", size=22, align="center")
    para(doc, "    我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、准确、完整，"
              "如有不实，愿承担相应的法律责任及由此产生的一切后果。", size=14)
    para(doc, "    特此承诺。", size=14)
    for _ in range(3):
        para(doc, "")
    para(doc, f"申报单位：{meta['company']}（盖章）", size=14, align="right")
    para(doc, f"法定代表人：{meta['legal_rep']}（签章）", size=14, align="right")
    para(doc, meta["date_cn"], size=14, align="right")
    save_doc(doc, path)


def contact_docx(path, meta):
    doc = new_doc(font="仿宋", size=12)
    para(doc, "附件1", font="黑体", size=14)
    para(doc, "联系人信息反馈表", font="黑体", size=18, align="center")
    para(doc, "2024年度上海市工业互联网平台应用水平评价工作", size=12, align="center")
    para(doc, "一、联系人信息反馈", bold=True)
    t = doc.add_table(rows=3, cols=7)
    t.style = "Table Grid"
    for i, h in enumerate(["序号", "姓名", "单位名称", "职务", "手机号码", "电子邮箱", ""]):
        set_cell(t.rows[0].cells[i], h, bold=True, size=10)
    for r, (tag, c) in enumerate((("联系人（主）", meta["contacts"][0]), ("联系人（备用）", meta["contacts"][1])), 1):
        for i, x in enumerate([tag, c[0], meta["company"], c[1], c[2], c[3], ""]):
            set_cell(t.rows[r].cells[i], x, size=10)
    para(doc, "")
    para(doc, "二、评审会现场地址信息反馈", bold=True)
    para(doc, f"具体地址：{meta['venue_form']}")
    save_doc(doc, path)


# ---------------------------------------------------------------- 附件4 汇总表
def summary_xlsx(path, rows, layout="vertical", title="平台基本情况汇总表"):
    wb = Workbook()
    ws = wb.active
    ws.title = "汇总表"
    thin = Side(style="thin", color="000000")
    bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    if layout == "vertical":
        ws["A1"] = title
        ws["A1"].font = Font(name="黑体", size=16, bold=True)
        ws.merge_cells("A1:C1")
        ws.append(["序", "项目", "内容"])
        for i, r in enumerate(rows, 1):
            ws.append([i, r["label"], _num_or_text(r["value"])])
        for row in ws.iter_rows(min_row=2):
            for c in row:
                c.border = bd
                c.alignment = Alignment(wrap_text=True, vertical="center")
        ws.column_dimensions["A"].width = 6
        ws.column_dimensions["B"].width = 44
        ws.column_dimensions["C"].width = 70
    else:  # horizontal, one platform per row
        ws.append([r["label"] for r in rows])
        ws.append([_num_or_text(r["value"]) for r in rows])
        for c in ws[1]:
            c.font = Font(bold=True)
            c.fill = PatternFill("solid", fgColor="FFF2CC")
            c.alignment = Alignment(wrap_text=True)
        for i in range(1, len(rows) + 1):
            ws.column_dimensions[ws.cell(1, i).column_letter].width = 18
    save_wb(wb, path)


def summary_docx(path, rows, company):
    doc = new_doc(font="宋体", size=10)
    para(doc, "附件4", font="黑体", size=12)
    para(doc, "平台基本情况汇总表", font="黑体", size=18, align="center")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for r in rows:
        cells = t.add_row().cells
        set_cell(cells[0], r["label"], size=9.5)
        set_cell(cells[1], r["value"], size=9.5)
    para(doc, f"填报单位：{company}", size=10)
    save_doc(doc, path)
