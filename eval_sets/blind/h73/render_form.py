"""附件2 申报表 in four office shapes, plus its stamped scan.

- xlsx_by_level: one worksheet per 一级指标 (levels in merged columns, numbers as numbers)   [A]
- xlsx_units:    one worksheet per 一级指标, 序号 + 三级 + 内容 + 填报内容（含单位） as text        [D]
- docx_guided:   the template with the 填报指引 still in it (footnotes, hints, the 指引表)        [B]
- docx_incell:   answers typed after the labels in the same cell                              [C]
"""

from __future__ import annotations

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

import util as u
from guide import GUIDE
from model import FLOAT2, FORM_ROWS, L1, UNIT

THIN = Side(style="thin", color="000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(wrap_text=True, vertical="center", horizontal="center")


# --------------------------------------------------------------------------- answers


def num_text(lab, v, style) -> str:
    sep = style.get("sep", True)
    if lab in FLOAT2:
        s = u.money(v, sep)
    else:
        s = u.num(v, sep)
    if style.get("unit"):
        unit = UNIT.get(lab, "")
        s += {"%": "%", "万元": "万元", "TB": "TB", "台/套": "台/套", "个": "个", "人": "人", "台": "台", "次": "次",
              "项": "项"}.get(unit, "")
    return s


def bd_text(d, style) -> str:
    if not d:
        return "无"
    sep = style.get("bd_sep", "、")
    return sep.join(f"{k}：{u.num(n, style.get('bd_thousands', False))}" for k, n in d.items())


def answer(spec, content: str, lab: str | None, style: dict):
    """The 平台实际情况 of one 指标明细表 row (text, or a number for numeric XLSX cells)."""
    V = spec.V
    if content in spec.texts:
        return spec.texts[content]
    if lab is None:
        raise KeyError(content)
    v = V[lab]
    if lab == "平台订单数量(近一年总量)（个）":
        return f"2023年自然年：{u.num(v['2023年自然年'])}个；截至填表日前一年：{u.num(v['截至填表日前一年'])}个"
    if lab in ("数据分析平台均速度（每TB分级/秒级/毫秒级）", "平台开放共享数据的形式及数量"):
        return v
    if isinstance(v, dict) or v is None:
        return bd_text(v, style)
    private = style.get("private", {}).get(lab)
    if private is not None:
        unit = UNIT[lab]
        if lab in FLOAT2:
            return f"总容量{u.money(v)}TB，其中私有化部署涉及的相关容量{u.money(private)}TB"
        return f"总数{u.num(v)}{unit}，其中私有化部署涉及的相关数量{u.num(private)}{unit}"
    if style.get("numeric_cells"):
        return v
    return num_text(lab, v, style)


def proof(spec, content: str, lab: str | None, l1: int) -> str:
    refs = spec.meta.get("refs", {})
    key = None
    text = content + (lab or "")
    rules = [
        ("team", ("团队", "运维人数", "运营人数", "职称")),
        ("fin", ("研发投入", "营业收入", "利润率", "投资回报率")),
        ("users", ("付费", "注册企业", "实际服务企业", "服务本市", "中小企业", "按行业统计服务", "按省市区域统计服务")),
        ("dev", ("工业设备", "海外")),
        ("cloud", ("用云量", "公有云实际使用", "存储", "公有云数据")),
        ("screen", ("工业APP数量（个）", "工业机理模型数量（个）", "微服务数量（个）", "开发者注册总数（个）", "活跃开发者数（个）")),
        ("ip_p", ("专利",)),
        ("ip_c", ("软著",)),
        ("award", ("奖项",)),
    ]
    for k, words in rules:
        if k == "screen":
            hit = lab in words
        else:
            hit = any(w in text for w in words) and "利用率（%）" not in (lab or "") or (k == "cloud" and "存储资源利用率" in text)
        if hit and k in refs:
            key = k
            break
    if key:
        return refs[key]
    if lab is not None and lab not in ("平台开放共享数据的形式及数量",) and not isinstance(spec.texts.get(content), str):
        return "说明：平台运营后台统计数据，统计截至2024年6月30日，无单独证明文件"
    chapter = {1: "第一章、第二章", 2: "第二章", 3: "第三章、第五章"}[l1]
    return f"见申报书{chapter}"


def form_rows(spec, style):
    out = []
    for l1, l2, l3, content, lab in FORM_ROWS:
        out.append((l1, l2, l3, content, answer(spec, content, lab, style), proof(spec, content, lab, l1)))
    return out


def three_years(spec, sep=True) -> str:
    d = spec.V["平台近三年经营指标情况"]
    return "\n".join(
        f"{y}年平台营收{u.money(d[f'{y}年平台营收（万元）'], sep)}万元/增长率{d[f'{y}年增长率（%）']:.2f}%" for y in (2021, 2022, 2023))


def company_pairs(spec):
    m, c = spec.meta, spec.company
    return [
        ("单位（企业）名称", m["company"]), ("单位（企业）代码", c["code"]),
        ("成立日期", c["founded"]), ("注册地及所在行政区", c["place"]),
        ("企业类型", c["type"]), ("注册资本", c["capital"]),
        ("主营业务", c["business"]), ("法定代表人", m["legal"]),
        ("联系人", m["contact"]), ("职务", m["title"]),
        ("联系人手机", m["mobile"]), ("传真", c["fax"]), ("电子邮箱", m["email"]),
    ]


def finance_pairs(spec):
    c = spec.company
    g = u.growth(c["revenue"], c["revenue_prev"])
    return [("总资产（万元）", u.money(c["assets"])), ("主营业务收入（万元）", u.money(c["revenue"])),
            ("主营业务收入增长率（%）", f"{g:.2f}"), ("负债率（%）", f"{c['debt_ratio']:.2f}"),
            ("利润总额（万元）", u.money(c["profit"])), ("税金（万元）", u.money(c["tax"]))]


def platform_pairs(spec, sep=True):
    m, V = spec.meta, spec.V
    return [
        ("平台名称", "（原则上应与附件6：纳入本年度评价工作的平台名单中的名称一致，若因企业战略规划对于平台名称有变更，请注明平台原名称+现名称）", m["declared_name"]),
        ("建设时间", "年 月至 年 月", m["built_text"]),
        ("平台建设金额（万元）", "", u.money(V["平台建设金额（万元）"], sep)),
        ("平台近三年经营指标情况", "注：此处数据需将平台相关收益单列，而非整个公司的财务数据。", three_years(spec, sep)),
        ("平台建设方式", "", m["build_box"]),
        ("平台运营模式", "", m["op_box"]),
        ("IaaS基础设施", "", m["iaas_box"]),
        ("部署方式", "", m["deploy_box"]),
        ("平台网址", "（请务必提供一个可以登录查看平台运行情况的账号和密码）",
         f"{m['url']}\n账号：{m['account']}　密码：{m['password']}"),
        ("平台基本情况介绍", "（500字以内，主要包括但不限于：总体简介、主要功能、形成能力、主要客户等）", spec.texts["intro"]),
        ("平台建设成效", "（500字以内，主要包括但不限于：平台解决的工业领域的痛难点问题、对制造业数字化转型的影响和带动作用、取得的经济、社会和创新效益等）", spec.texts["effect"]),
    ]


# --------------------------------------------------------------------------- XLSX, one sheet per 一级指标


def _ws_cell(ws, ref, value, bold=False, align=WRAP, fill=None, size=10, fmt=None):
    c = ws[ref]
    c.value = value
    c.font = Font(name="宋体", size=size, bold=bold)
    c.alignment = align
    c.border = BORDER
    if fill:
        c.fill = PatternFill("solid", fgColor=fill)
    if fmt:
        c.number_format = fmt
    return c


def xlsx_by_level(spec, path, style):
    """[A] cover / 一 / 二 sheets, then one sheet per 一级指标 with merged 一级/二级/三级 columns."""
    m = spec.meta
    wb = Workbook()
    ws = wb.active
    ws.title = "封面"
    ws.column_dimensions["A"].width = 18
    ws.column_dimensions["B"].width = 60
    ws.merge_cells("A1:B1")
    ws["A1"] = "上海市工业互联网平台应用水平评价申报表"
    ws["A1"].font = Font(name="黑体", size=18, bold=True)
    ws["A1"].alignment = CENTER
    rows = [("申报年度", "2024年度"), ("平台名称", m["declared_name"]), ("申报单位", f"{m['company']}（公章）"),
            ("联系人", m["contact"]), ("联系人电话", m["mobile"]), ("填报日期", "2024年7月18日")]
    for i, (k, v) in enumerate(rows, start=3):
        _ws_cell(ws, f"A{i}", k, bold=True)
        _ws_cell(ws, f"B{i}", v)
    ws["A10"] = "上海市经济和信息化委员会制"

    ws = wb.create_sheet("一、企业基本情况")
    for col, w in zip("ABCD", (20, 34, 20, 34)):
        ws.column_dimensions[col].width = w
    ws.merge_cells("A1:D1")
    ws["A1"] = "一、企业基本情况"
    ws["A1"].font = Font(name="黑体", size=14, bold=True)
    pairs = company_pairs(spec)
    r = 2
    for i in range(0, len(pairs), 2):
        chunk = pairs[i:i + 2]
        for j, (k, v) in enumerate(chunk):
            _ws_cell(ws, f"{'AC'[j]}{r}", k, bold=True, fill="EDEDED")
            _ws_cell(ws, f"{'BD'[j]}{r}", v)
        r += 1
    r += 1
    _ws_cell(ws, f"A{r}", "股权结构", bold=True, fill="EDEDED")
    for j, h in enumerate(("发起人及出资信息", "金额", "持股比例")):
        _ws_cell(ws, f"{'BCD'[j]}{r}", h, bold=True, fill="EDEDED")
    for name, amt, share in spec.company["holders"]:
        r += 1
        _ws_cell(ws, f"A{r}", "")
        _ws_cell(ws, f"B{r}", name)
        _ws_cell(ws, f"C{r}", amt)
        _ws_cell(ws, f"D{r}", share)
    r += 2
    ws.merge_cells(f"A{r}:D{r}")
    _ws_cell(ws, f"A{r}", "申报单位上一年度经营状况（2023年）", bold=True)
    for k, v in finance_pairs(spec):
        r += 1
        _ws_cell(ws, f"A{r}", k, bold=True, fill="EDEDED")
        ws.merge_cells(f"B{r}:D{r}")
        _ws_cell(ws, f"B{r}", v)

    ws = wb.create_sheet("二、平台基本情况")
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 90
    ws.merge_cells("A1:B1")
    ws["A1"] = "二、平台基本情况"
    ws["A1"].font = Font(name="黑体", size=14, bold=True)
    for i, (k, hint, v) in enumerate(platform_pairs(spec), start=2):
        _ws_cell(ws, f"A{i}", k, bold=True, fill="EDEDED")
        if k == "平台建设金额（万元）" and style.get("numeric_cells"):
            _ws_cell(ws, f"B{i}", spec.V["平台建设金额（万元）"], fmt="#,##0.00")
        else:
            _ws_cell(ws, f"B{i}", v)
        ws.row_dimensions[i].height = max(20, 16 * (1 + len(str(v)) // 70 + str(v).count("\n")))

    rows = form_rows(spec, style)
    titles = {1: "一级指标1-平台基础情况(25%)", 2: "一级指标2-关键技术能力(35%)", 3: "一级指标3-效益及可持续发展(40%)"}
    for level in (1, 2, 3):
        ws = wb.create_sheet(titles[level])
        for col, w in zip("ABCDEF", (12, 14, 16, 40, 56, 30)):
            ws.column_dimensions[col].width = w
        ws.merge_cells("A1:F1")
        ws["A1"] = "三、上海市工业互联网平台应用水平评价指标明细表（请依据此表后附的填报指引填写！）"
        ws["A1"].font = Font(name="黑体", size=12, bold=True)
        for j, h in enumerate(("一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料")):
            _ws_cell(ws, f"{'ABCDEF'[j]}2", h, bold=True, align=CENTER, fill="D9E1F2")
        sub = [x for x in rows if x[0] == level]
        start = 3
        spans = {}
        for i, (l1, l2, l3, content, ans, prf) in enumerate(sub):
            r = start + i
            _ws_cell(ws, f"A{r}", L1[l1] if i == 0 else None, align=CENTER)
            _ws_cell(ws, f"B{r}", l2, align=CENTER)
            _ws_cell(ws, f"C{r}", l3, align=CENTER)
            _ws_cell(ws, f"D{r}", content)
            fmt = None
            if isinstance(ans, float):
                fmt = "0.00" if "%" in content else "#,##0.00"
            elif isinstance(ans, int):
                fmt = "#,##0"
            _ws_cell(ws, f"E{r}", ans, fmt=fmt)
            _ws_cell(ws, f"F{r}", prf)
            spans.setdefault(("B", l2), []).append(r)
            spans.setdefault(("C", l3), []).append(r)
            ws.row_dimensions[r].height = max(18, 15 * (1 + len(str(ans)) // 34))
        end = start + len(sub) - 1
        ws.merge_cells(f"A{start}:A{end}")
        for (col, _), rs in spans.items():
            if len(rs) > 1:
                for rr in rs[1:]:
                    ws[f"{col}{rr}"].value = None
                ws.merge_cells(f"{col}{rs[0]}:{col}{rs[-1]}")
        ws.freeze_panes = "A3"
    u.save_xlsx(wb, path, author=spec.meta["contact"])


def xlsx_units(spec, path, style):
    """[D] 基本信息 sheet (一+二), then one sheet per 一级指标: 序号 / 三级指标 / 指标内容 / 填报内容（含单位） / 佐证材料."""
    m = spec.meta
    wb = Workbook()
    ws = wb.active
    ws.title = "基本信息"
    ws.column_dimensions["A"].width = 26
    ws.column_dimensions["B"].width = 80
    ws.merge_cells("A1:B1")
    ws["A1"] = f"2024年度上海市工业互联网平台应用水平评价申报表——{m['declared_name']}"
    ws["A1"].font = Font(name="黑体", size=14, bold=True)
    ws["A2"] = f"申报单位：{m['company']}（公章）　　联系人：{m['contact']}　　联系人电话：{m['mobile']}"
    r = 4
    _ws_cell(ws, f"A{r}", "一、企业基本情况", bold=True, fill="FCE4D6")
    _ws_cell(ws, f"B{r}", "")
    for k, v in company_pairs(spec):
        r += 1
        _ws_cell(ws, f"A{r}", k, bold=True)
        _ws_cell(ws, f"B{r}", v)
    r += 1
    _ws_cell(ws, f"A{r}", "股权结构（发起人及出资信息/金额/持股比例）", bold=True)
    _ws_cell(ws, f"B{r}", "\n".join(f"{a}　{b}　{c}" for a, b, c in spec.company["holders"]))
    ws.row_dimensions[r].height = 48
    for k, v in finance_pairs(spec):
        r += 1
        _ws_cell(ws, f"A{r}", "2023年" + k, bold=True)
        _ws_cell(ws, f"B{r}", v)
    r += 2
    _ws_cell(ws, f"A{r}", "二、平台基本情况", bold=True, fill="FCE4D6")
    _ws_cell(ws, f"B{r}", "")
    for k, hint, v in platform_pairs(spec):
        r += 1
        _ws_cell(ws, f"A{r}", k, bold=True)
        if k == "平台建设金额（万元）":
            v = u.money(spec.V[k]) + "万元"
        _ws_cell(ws, f"B{r}", v)
        ws.row_dimensions[r].height = max(18, 15 * (1 + len(str(v)) // 60 + str(v).count("\n")))

    rows = form_rows(spec, style)
    titles = {1: "指标1-平台基础情况(25%)", 2: "指标2-关键技术能力(35%)", 3: "指标3-效益及可持续发展(40%)"}
    for level in (1, 2, 3):
        ws = wb.create_sheet(titles[level])
        for col, w in zip("ABCDE", (6, 18, 42, 58, 30)):
            ws.column_dimensions[col].width = w
        ws.merge_cells("A1:E1")
        ws["A1"] = L1[level]
        ws["A1"].font = Font(name="黑体", size=13, bold=True)
        for j, h in enumerate(("序号", "三级指标", "指标内容", "填报内容（含单位）", "佐证材料")):
            _ws_cell(ws, f"{'ABCDE'[j]}2", h, bold=True, align=CENTER, fill="E2EFDA")
        sub = [x for x in rows if x[0] == level]
        prev = None
        for i, (l1, l2, l3, content, ans, prf) in enumerate(sub, start=1):
            rr = i + 2
            _ws_cell(ws, f"A{rr}", i, align=CENTER)
            _ws_cell(ws, f"B{rr}", l3 if l3 != prev else "〃", align=CENTER)
            prev = l3
            _ws_cell(ws, f"C{rr}", content)
            _ws_cell(ws, f"D{rr}", ans)
            _ws_cell(ws, f"E{rr}", prf)
            ws.row_dimensions[rr].height = max(18, 15 * (1 + len(str(ans)) // 38))
        ws.freeze_panes = "A3"
    u.save_xlsx(wb, path, author=spec.meta["contact"])


# --------------------------------------------------------------------------- DOCX


def _docx_cover(doc, spec, extra_note=""):
    m = spec.meta
    u.docx_par(doc, "附件2", bold=True, size=14, font="黑体")
    u.docx_par(doc, "上海市工业互联网平台应用水平评价", bold=True, size=22, align="center", font="方正小标宋简体")
    u.docx_par(doc, "申报表", bold=True, size=22, align="center", font="方正小标宋简体")
    for k, v in (("申报年度", "2024年度"), ("平台名称", m["declared_name"]), ("申报单位", f"{m['company']}（公章）"),
                 ("联 系 人", m["contact"]), ("联系人电话", m["mobile"])):
        u.docx_par(doc, f"{k}：{v}", size=14, font="仿宋_GB2312")
    u.docx_par(doc, "上海市经济和信息化委员会制", size=14, align="center", font="仿宋_GB2312")
    u.docx_par(doc, "2024年7月18日", size=14, align="center", font="仿宋_GB2312")
    if extra_note:
        u.docx_par(doc, extra_note, size=9, color=(128, 128, 128))
    doc.add_page_break()


def _merge_runs(table, col, rows_by_key):
    for rs in rows_by_key.values():
        if len(rs) > 1:
            a = table.cell(rs[0], col)
            for r in rs[1:]:
                b = table.cell(r, col)
                b.text = ""
            merged = a.merge(table.cell(rs[-1], col))
            for p in merged.paragraphs[1:]:
                if not p.text.strip():
                    p._element.getparent().remove(p._element)


HINTS_B = {
    "连接的工业设备/产品/产线种类及数量（台/套）": "（若涉及私有化应用部署的数据，请一并统计，填写时按照以下格式：总数 XX 台/套，其中私有化部署涉及的相关数量 XX 台/套）",
    "按二级分类统计工业设备数量（台/套）": "（例如采矿设备：1000、化工设备 2000。设备二级分类详见《附录 A：工业设备二级分类口径》）",
    "按省市区域统计工业设备数量（台/套）": "（例如北京：1000、天津：500）",
    "其中：按海外国家分类统计海外设备连接数量": "（例如美国：1000、俄罗斯1500）",
    "存储容量（TB）": "（总容量/数据量 XX TB，其中私有化部署涉及的相关容量/数据量 XX TB）",
    "平台订单数量（个），填写近一年总量": "（请填写 2 个数字：2023 年自然年、截至填表日前一年总量）",
    "有否定期开展第三方安全测试/测评": "（若是，填写“是，定期的时间”；若否，填写“否”）",
}


def docx_guided(spec, path, style):
    """[B] the template kept whole: hints in the label cells, grey hints left in some answer cells,
    the two footnotes under the 明细表, and the 指标解释及填报指引表 at the end."""
    doc = u.docx_new("仿宋_GB2312", 10.5)
    _docx_cover(doc, spec)
    u.docx_par(doc, "一、企业基本情况", bold=True, size=14, font="黑体")
    pairs = company_pairs(spec)
    t = u.docx_table(doc, (len(pairs) + 1) // 2, 4)
    for i, (k, v) in enumerate(pairs):
        r, c = divmod(i, 2)
        u.cell_text(t.cell(r, 2 * c), k, bold=True)
        u.cell_text(t.cell(r, 2 * c + 1), v)
    u.docx_par(doc, "股权结构", bold=True)
    t = u.docx_table(doc, len(spec.company["holders"]) + 2, 3)
    for j, h in enumerate(("发起人及出资信息", "金额", "持股比例")):
        u.cell_text(t.cell(0, j), h, bold=True)
    for i, row in enumerate(spec.company["holders"], start=1):
        for j, v in enumerate(row):
            u.cell_text(t.cell(i, j), v)
    u.cell_text(t.cell(len(spec.company["holders"]) + 1, 0), "（可自行添加行……）", color=(128, 128, 128))
    u.docx_par(doc, "申报单位上一年度经营状况（2023年）", bold=True)
    fin = finance_pairs(spec)
    t = u.docx_table(doc, 2, len(fin))
    for j, (k, v) in enumerate(fin):
        u.cell_text(t.cell(0, j), k, bold=True, size=9)
        u.cell_text(t.cell(1, j), v, size=9)

    u.docx_par(doc, "二、平台基本情况", bold=True, size=14, font="黑体")
    pp = platform_pairs(spec, sep=style.get("sep", True))
    t = u.docx_table(doc, len(pp), 2)
    for i, (k, hint, v) in enumerate(pp):
        c = t.cell(i, 0)
        u.cell_text(c, k, bold=True)
        if hint:
            c.add_paragraph(hint)
        u.cell_text(t.cell(i, 1), v)
    doc.add_page_break()

    u.docx_par(doc, "三、上海市工业互联网平台应用水平评价指标明细表", bold=True, size=14, font="黑体")
    u.docx_par(doc, "（请依据此表后附的填报指引填写！）", size=10.5)
    rows = form_rows(spec, style)
    t = u.docx_table(doc, len(rows) + 1, 6)
    for j, h in enumerate(("一级指标", "二级指标", "三级指标", "内容", "平台实际情况¹", "证明资料²")):
        u.cell_text(t.cell(0, j), h, bold=True, align="center")
    groups = {0: {}, 1: {}, 2: {}}
    for i, (l1, l2, l3, content, ans, prf) in enumerate(rows, start=1):
        u.cell_text(t.cell(i, 0), L1[l1], size=9)
        u.cell_text(t.cell(i, 1), l2, size=9)
        u.cell_text(t.cell(i, 2), l3, size=9)
        u.cell_text(t.cell(i, 3), content, size=9)
        cell = t.cell(i, 4)
        hint = HINTS_B.get(content)
        if hint:
            u.cell_runs(cell, [(hint, {"color": (150, 150, 150), "size": 8})])
            cell.add_paragraph(str(ans))
        else:
            u.cell_text(cell, str(ans), size=9)
        u.cell_text(t.cell(i, 5), prf, size=9)
        groups[0].setdefault(l1, []).append(i)
        groups[1].setdefault(l2, []).append(i)
        groups[2].setdefault(l3, []).append(i)
    for col in (0, 1, 2):
        _merge_runs(t, col, groups[col])
    u.docx_par(doc, "1 填写本列时，具体指标解释及填报指引详见后表，请根据后表填写。", size=9)
    u.docx_par(doc, "2 填写本列时，证明资料请逐项对应到《申报书》附件对应序号、附件名称及页码，若某一指标无证明资料，"
                    "则需进行填写说明解释填写情况及理由", size=9)
    doc.add_page_break()
    u.docx_par(doc, "指标解释及填报指引表", bold=True, size=14, align="center", font="黑体")
    t = u.docx_table(doc, len(GUIDE) + 1, 2)
    u.cell_text(t.cell(0, 0), "指标/序号", bold=True)
    u.cell_text(t.cell(0, 1), "解释/填报指引", bold=True)
    for i, (k, v) in enumerate(GUIDE, start=1):
        u.cell_text(t.cell(i, 0), k, size=9)
        u.cell_text(t.cell(i, 1), v, size=9)
    u.save_docx(doc, path, author=spec.meta["contact"])


def docx_incell(spec, path, style):
    """[C] every answer typed after its label in the same cell (「标签：答案」)."""
    doc = u.docx_new("宋体", 10.5)
    _docx_cover(doc, spec)
    u.docx_par(doc, "一、企业基本情况", bold=True, size=14, font="黑体")
    pairs = company_pairs(spec)
    t = u.docx_table(doc, (len(pairs) + 1) // 2, 2)
    for i, (k, v) in enumerate(pairs):
        r, c = divmod(i, 2)
        u.cell_text(t.cell(r, c), f"{k}：{v}")
    hold = "；".join(f"{a}，出资{b}，持股{c}" for a, b, c in spec.company["holders"])
    u.docx_par(doc, f"股权结构（发起人及出资信息、金额、持股比例）：{hold}")
    fin = finance_pairs(spec)
    t = u.docx_table(doc, 3, 2)
    for i, (k, v) in enumerate(fin):
        r, c = divmod(i, 2)
        u.cell_text(t.cell(r, c), f"2023年{k}：{v}")

    u.docx_par(doc, "二、平台基本情况", bold=True, size=14, font="黑体")
    pp = platform_pairs(spec)
    t = u.docx_table(doc, len(pp), 1)
    for i, (k, hint, v) in enumerate(pp):
        v = v.replace("☑", "√").replace("■", "√")
        u.cell_text(t.cell(i, 0), f"{k}：{v}")
    doc.add_page_break()

    u.docx_par(doc, "三、上海市工业互联网平台应用水平评价指标明细表", bold=True, size=14, font="黑体")
    rows = form_rows(spec, style)
    t = u.docx_table(doc, len(rows) + 1, 4)
    for j, h in enumerate(("一级/二级指标", "三级指标", "内容及平台实际情况", "证明资料")):
        u.cell_text(t.cell(0, j), h, bold=True, align="center")
    groups = {0: {}, 1: {}}
    for i, (l1, l2, l3, content, ans, prf) in enumerate(rows, start=1):
        u.cell_text(t.cell(i, 0), f"{L1[l1]}\n{l2}", size=9)
        u.cell_text(t.cell(i, 1), l3, size=9)
        u.cell_text(t.cell(i, 2), f"{content}：{ans}", size=9)
        u.cell_text(t.cell(i, 3), prf, size=9)
        groups[0].setdefault((l1, l2), []).append(i)
        groups[1].setdefault(l3, []).append(i)
    _merge_runs(t, 0, groups[0])
    _merge_runs(t, 1, groups[1])
    u.save_docx(doc, path, author=spec.meta["contact"])


# --------------------------------------------------------------------------- the stamped scan


def form_pdf(spec, style) -> bytes:
    """The printed 申报表 (what was stamped and scanned): cover, 一, 二, 明细表."""
    m = spec.meta
    S = []
    S.append(u.P("附件2", 12))
    S.append(u.Spacer(1, 40))
    S.append(u.P("上海市工业互联网平台应用水平评价", 22, align=u.TA_CENTER))
    S.append(u.P("申报表", 22, align=u.TA_CENTER))
    S.append(u.Spacer(1, 60))
    for k, v in (("申报年度", "2024年度"), ("平台名称", m["declared_name"]), ("申报单位", f"{m['company']}（公章）"),
                 ("联系人", m["contact"]), ("联系人电话", m["mobile"])):
        S.append(u.P(f"{k}：{v}", 14))
        S.append(u.Spacer(1, 8))
    S.append(u.Spacer(1, 80))
    S.append(u.P("上海市经济和信息化委员会制", 14, align=u.TA_CENTER))
    S.append(u.P("2024年7月18日", 14, align=u.TA_CENTER))
    S.append(u.PageBreak())
    S.append(u.P("一、企业基本情况", 13))
    pairs = company_pairs(spec)
    data = []
    for i in range(0, len(pairs), 2):
        row = []
        for k, v in pairs[i:i + 2]:
            row += [k, v]
        while len(row) < 4:
            row.append("")
        data.append(row)
    S.append(u.table(data, [80, 150, 80, 150], size=9, header_rows=0))
    S.append(u.Spacer(1, 6))
    S.append(u.table([["发起人及出资信息", "金额", "持股比例"]] + [list(h) for h in spec.company["holders"]],
                     [260, 110, 90], size=9))
    S.append(u.Spacer(1, 6))
    fin = finance_pairs(spec)
    S.append(u.table([[k for k, _ in fin], [v for _, v in fin]], [77] * 6, size=8))
    S.append(u.Spacer(1, 10))
    S.append(u.P("二、平台基本情况", 13))
    S.append(u.table([[k, v.replace("☑", "√")] for k, _, v in platform_pairs(spec)], [100, 360], size=9, header_rows=0))
    S.append(u.PageBreak())
    S.append(u.P("三、上海市工业互联网平台应用水平评价指标明细表", 13))
    data = [["二级指标", "三级指标", "内容", "平台实际情况", "证明资料"]]
    for l1, l2, l3, content, ans, prf in form_rows(spec, {**style, "numeric_cells": False}):
        data.append([l2, l3, content, str(ans), prf])
    for row in data:
        row[:] = [x.replace("☑", "√") if isinstance(x, str) else x for x in row]
    S.append(u.table(data, [52, 62, 110, 160, 90], size=7.5, bg=u.colors.HexColor("#EEEEEE")))
    return u.build_pdf(S, header=f"{m['company']}　申报表", title="申报表")


def form_scan(spec, style, seed) -> bytes:
    text_pdf = form_pdf(spec, style)
    n = len(u.pdf_page_texts(text_pdf))
    seal = u.seal_image(spec.meta["seal"], 95, seed)
    seals = {0: [(seal, (0.62, 0.60))], n - 1: [(u.seal_image(spec.meta["seal"], 95, seed + 1), (0.75, 0.55))]}
    for i in range(1, n - 1):  # 骑缝章: a slice of the seal on the right edge
        seals.setdefault(i, []).append((u.seal_image(spec.meta["seal"], 95, seed + 2 + i), (1.0, 0.5)))
    return u.scan_pdf(text_pdf, seed, seals, dpi=100)
