"""h53 evidence files: long lists whose tables break across pages in many ways."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from . import lib
from .lib import Cell, TableSpec, row


def n(x):
    return f"{x:,}"


def _subtotal(cols_sum, label_span, ncols, label="本页小计"):
    def fn(data_rows):
        cells = [(label, label_span)]
        for key in cols_sum:
            cells.append(n(sum(r["_src"][key] for r in data_rows)) if key else "")
        while sum(c[1] if isinstance(c, tuple) else 1 for c in cells) < ncols:
            cells.append("")
        return row("page", cells)
    return fn


# ------------------------------------------------------------------ devices
def device_pdf(path: Path, P, rows, *, style: dict) -> dict:
    """Detail list (blocks per 附录A category with 小计) + summary page. Returns fact pages."""
    two_row = style.get("unconnected", False)
    if two_row:
        columns = [("序号", 30), ("二级分类", 62), ("设备名称及型号", 118), ("所在地区", 58), ("合计", 46),
                   ("接入", 46), ("未接入", 40), ("公有云", 46), ("日均运行", 50)]
        header = [Cell("序号", 0, 0, 2), Cell("二级分类", 0, 1, 2), Cell("设备名称及型号", 0, 2, 2), Cell("所在地区", 0, 3, 2),
                  Cell("设备数量（台/套）", 0, 4, 1, 3), Cell("合计", 1, 4), Cell("其中：接入", 1, 5), Cell("未接入", 1, 6),
                  Cell("其中：公有云\n接入（台/套）", 0, 7, 2), Cell("公有云日均\n运行（台/套）", 0, 8, 2)]
        sum_keys = ["tot", "qty", "unc", "pub", "daily"]
    else:
        columns = [("序号", 30), ("二级分类", 64), ("设备名称及型号", 130), ("所在地区", 62), ("接入方式", 52),
                   ("合计", 54), ("日均运行", 62)]
        header = [Cell("序号", 0, 0, 2), Cell("二级分类", 0, 1, 2), Cell("设备名称及型号", 0, 2, 2), Cell("所在地区", 0, 3, 2),
                  Cell("接入方式", 0, 4, 2), Cell("接入数量\n（台/套）", 0, 5, 2), Cell("公有云日均\n运行（台/套）", 0, 6, 2)]
        sum_keys = ["qty", "daily"]
    body = []
    blocks = style.get("blocks", True)
    k = 0
    prev = None
    for r in rows:
        r = dict(r, tot=r["qty"] + r.get("unc", 0))
        if blocks and prev is not None and r["cat"] != prev:
            sub = [r0 for r0 in rows if r0["cat"] == prev]
            cells = [("", 1), (f"{prev} 小计", 3)]
            if two_row:
                cells += [n(sum(x["qty"] + x.get("unc", 0) for x in sub)), n(sum(x["qty"] for x in sub)),
                          n(sum(x.get("unc", 0) for x in sub)), n(sum(x["pub"] for x in sub)), n(sum(x["daily"] for x in sub))]
            else:
                cells += ["", n(sum(x["qty"] for x in sub)), n(sum(x["daily"] for x in sub))]
            body.append(row("sub", cells))
            if style.get("blank_rows"):
                body.append(row("blank", []))
        k += 1
        cat_cell = r["cat"] if (r["cat"] != prev or not blocks) else None
        if two_row:
            cells = [str(k), cat_cell, r["name"], r["region"], n(r["tot"]), n(r["qty"]), n(r["unc"]), n(r["pub"]), n(r["daily"])]
        else:
            cells = [str(k), cat_cell, r["name"], r["region"], r["mode"], n(r["qty"]), n(r["daily"]) if r["daily"] else "-"]
        body.append(row("data", cells, _src=r, merge_text=r["cat"]))
        prev = r["cat"]
    if blocks:
        sub = [r0 for r0 in rows if r0["cat"] == prev]
        cells = [("", 1), (f"{prev} 小计", 3)]
        if two_row:
            cells += [n(sum(x["qty"] + x.get("unc", 0) for x in sub)), n(sum(x["qty"] for x in sub)),
                      n(sum(x.get("unc", 0) for x in sub)), n(sum(x["pub"] for x in sub)), n(sum(x["daily"] for x in sub))]
        else:
            cells += ["", n(sum(x["qty"] for x in sub)), n(sum(x["daily"] for x in sub))]
        body.append(row("sub", cells))
    tq = sum(r["qty"] for r in rows)
    td = sum(r["daily"] for r in rows)
    tu = sum(r.get("unc", 0) for r in rows)
    tp = sum(r["pub"] for r in rows)
    if two_row:
        tail = [row("total", [("合计", 4), n(tq + tu), n(tq), n(tu), n(tp), n(td)])]
        psub = _subtotal(["tot", "qty", "unc", "pub", "daily"], 4, 9) if style.get("page_subtotal") else None
    else:
        tail = [row("total", [("合计", 5), n(tq), n(td)])]
        psub = _subtotal(["qty", "daily"], 5, 7) if style.get("page_subtotal") else None
    spec = TableSpec(columns, header, body, rows_per_page=style.get("rows_per_page", 30),
                     repeat_header=style.get("repeat_header", True), cont_caption=style.get("cont_caption"),
                     page_subtotal=psub, tail=tail, footnotes=style.get("footnotes", []),
                     title=f"{P['name']}接入设备清单", subtitle=f"填报单位：{P['company']}    统计截止日：2024年6月30日",
                     font=style.get("font", lib.WQY), page_header=style.get("page_header", ""), merge_col=1,
                     image_pages=style.get("image_pages", ()))
    c = lib.new_canvas(path)
    n_detail = lib.render_table_pages(c, spec)
    # summary page: by category with a two-row header, then overseas
    cats = list(dict.fromkeys(r["cat"] for r in rows))
    scol = [("二级分类", 110), ("合计", 80), ("其中：公有云", 80), ("日均运行", 100)]
    shead = [Cell("二级分类", 0, 0, 2), Cell("接入数量（台/套）", 0, 1, 1, 2), Cell("合计", 1, 1), Cell("其中：公有云", 1, 2),
             Cell("公有云日均运行（台/套）", 0, 3, 2)]
    sbody = []
    for cat in cats:
        sub = [r for r in rows if r["cat"] == cat]
        sbody.append(row("data", [cat, n(sum(x["qty"] for x in sub)), n(sum(x["pub"] for x in sub)), n(sum(x["daily"] for x in sub))]))
    over = {}
    for r in rows:
        if any(ch.isascii() and ch.isalpha() for ch in r["region"]):
            over[r["region"]] = over.get(r["region"], 0) + r["qty"]
    ot = sum(over.values())
    def after(cv, y, x0, W):
        cv.setFont(spec.font, 10)
        cv.drawString(x0, y - 8, "二、海外设备连接情况")
        yy = y - 26
        for reg, q in over.items():
            cv.drawString(x0 + 12, yy, f"{reg}：{n(q)}台/套")
            yy -= 16
        cv.drawString(x0 + 12, yy, f"海外设备合计：{n(ot)}台/套")
    sspec = TableSpec(scol, shead, sbody, rows_per_page=40, tail=[row("total", ["合计", n(tq), n(tp), n(td)])],
                      title="平台接入设备分类汇总表", subtitle="一、按设备二级分类（附录A）汇总", font=spec.font,
                      after=after, page_header=spec.page_header)
    lib.render_table_pages(c, sspec, page_no_start=n_detail + 1)
    c.save()
    return dict(detail_last=n_detail, summary=n_detail + 1, total=tq, pub=tp, daily=td, overseas=ot, over=over,
                grand=tq + tu, unc=tu)


# ------------------------------------------------------------------ APPs
def app_pdf(path: Path, P, rows, *, style: dict) -> dict:
    columns = [("序号", 30), ("APP类别", 60), ("APP名称", 150), ("所属行业", 70), ("部署方式", 56), ("开发方式", 74)]
    header = [Cell(t, 0, i) for i, (t, _) in enumerate(columns)]
    body, prev, k = [], None, 0
    cats = list(dict.fromkeys(r["cat"] for r in rows))
    for cat in cats:
        sub = [r for r in rows if r["cat"] == cat]
        for j, r in enumerate(sub):
            k += 1
            body.append(row("data", [str(k), cat if j == 0 else None, r["name"], r["ind"], r["deploy"], r["origin"]],
                            _src=r, merge_text=cat))
        body.append(row("sub", ["", (f"{cat} 小计：{len(sub)}个", 5)]))
        if style.get("blank_rows"):
            body.append(row("blank", []))
    spec = TableSpec(columns, header, body, rows_per_page=style.get("rows_per_page", 32),
                     repeat_header=style.get("repeat_header", True), cont_caption=style.get("cont_caption"),
                     tail=[row("total", [("合计", 2), (f"工业APP合计：{len(rows)}个", 4)])],
                     footnotes=style.get("footnotes", []), title=f"{P['short']}平台工业APP清单",
                     subtitle=f"按《附录B：工业APP分类口径》分类；统计截止日：2024年6月30日", font=style.get("font", lib.WQY),
                     image_pages=style.get("image_pages", ()), merge_col=1)
    c = lib.new_canvas(path)
    pages = lib.render_table_pages(c, spec)
    c.save()
    return dict(last=pages, total=len(rows))


# ------------------------------------------------------------------ models
def model_pdf(path: Path, P, rows, *, style: dict) -> dict:
    columns = [("序号", 32), ("模型名称", 190), ("模型分类（附录D）", 100), ("适用行业", 80), ("上线时间", 66),
               ("近一周调用次数", 86), ("近一年月均调用用户数", 110)]
    header = [Cell(t, 0, i) for i, (t, _) in enumerate(columns)]
    if style.get("side_by_side"):
        columns = [("序号", 26), ("模型名称", 150), ("分类", 70), ("周调用", 44)]
        header = [Cell(t, 0, i) for i, (t, _) in enumerate(columns)]
    body = []
    for k, r in enumerate(rows, 1):
        if style.get("side_by_side"):
            body.append(row("data", [str(k), r["name"], r["cat"], str(r["calls"])], _src=r))
        else:
            body.append(row("data", [str(k), r["name"], r["cat"], r["ind"], r["date"], str(r["calls"]), str(r["users"])], _src=r))
    active = sum(1 for r in rows if r["calls"] >= 5)
    spec = TableSpec(columns, header, body, rows_per_page=style.get("rows_per_page", 22),
                     repeat_header=style.get("repeat_header", True), cont_caption=style.get("cont_caption"),
                     footnotes=[f"模型合计{len(rows)}个，其中活跃模型（一周调用5次以上）{active}个。"] + style.get("footnotes", []),
                     title=f"{P['short']}平台工业机理模型清单", subtitle="分类口径：《附录D：工业模型分类口径》；不含OA、会议视频等通用类模型",
                     font=style.get("font", lib.WQY), landscape=style.get("landscape", False), rotate=style.get("rotate", False),
                     side_by_side=style.get("side_by_side", False))
    c = lib.new_canvas(path)
    pages = lib.render_table_pages(c, spec)
    c.save()
    return dict(last=pages, total=len(rows), active=active)


# ------------------------------------------------------------------ IP
def ip_pdf(path: Path, P, pats, sws, *, style: dict) -> dict:
    c = lib.new_canvas(path)
    pcols = [("序号", 30), ("专利名称", 170), ("专利号", 120), ("类型", 48), ("授权公告日", 70), ("专利权人", 100)]
    body = [row("data", [str(k), p["name"], p["num"], p["typ"], p["date"], p["owner"]], _src=p) for k, p in enumerate(pats, 1)]
    psub = None
    if style.get("patent_page_subtotal"):
        def psub(data_rows):
            return row("page", [("本页小计", 2), (f"{len(data_rows)}项", 4)])
    pspec = TableSpec(pcols, [Cell(t, 0, i) for i, (t, _) in enumerate(pcols)], body,
                      rows_per_page=style.get("patent_rows", 24), repeat_header=style.get("patent_repeat", True),
                      cont_caption=style.get("patent_cont"), page_subtotal=psub,
                      tail=[row("total", [("合计", 2), (f"专利共计{len(pats)}项", 4)])],
                      title="表1  平台核心软硬件技术专利清单", subtitle=f"专利权人：{P['company']}",
                      font=style.get("font", lib.WQY), page_header=style.get("page_header", ""))
    np_ = lib.render_table_pages(c, pspec)
    scols = [("序号", 26), ("软件名称", 150), ("登记号", 92)] if style.get("sw_side") else \
        [("序号", 30), ("软件名称", 200), ("登记号", 110), ("登记日期", 80), ("著作权人", 118)]
    sbody = []
    for k, s in enumerate(sws, 1):
        cells = [str(k), s["name"], s["num"]] if style.get("sw_side") else [str(k), s["name"], s["num"], s["date"], s["owner"]]
        sbody.append(row("data", cells, _src=s))
    sspec = TableSpec(scols, [Cell(t, 0, i) for i, (t, _) in enumerate(scols)], sbody,
                      rows_per_page=style.get("sw_rows", 28), repeat_header=style.get("sw_repeat", True),
                      cont_caption=style.get("sw_cont"), side_by_side=style.get("sw_side", False),
                      footnotes=[f"软件著作权共计{len(sws)}项"], title="表2  平台软件著作权清单",
                      subtitle=f"著作权人：{P['company']}", font=style.get("font", lib.WQY), page_header=style.get("page_header", ""))
    ns = lib.render_table_pages(c, sspec, page_no_start=np_ + 1)
    c.save()
    return dict(patent_last=np_, sw_last=np_ + ns, patents=len(pats), sws=len(sws))


# ------------------------------------------------------------------ served enterprises
def ent_pdf(path: Path, P, rows, *, style: dict) -> dict:
    columns = [("序号", 32), ("企业名称", 170), ("所属行业", 76), ("所在地区", 56), ("企业规模", 56), ("服务内容", 90)]
    header = [Cell(t, 0, i) for i, (t, _) in enumerate(columns)]
    body = []
    inds = list(dict.fromkeys(r["ind"] for r in rows))
    k = 0
    if style.get("blocks"):
        for ind in inds:
            sub = [r for r in rows if r["ind"] == ind]
            body.append(row("block", [(f"{ind}（附录C）", 6)]))
            for r in sub:
                k += 1
                body.append(row("data", [str(k), r["name"], r["ind"], r["region"], r["size"], r["svc"]], _src=r))
            body.append(row("sub", [("", 1), (f"{ind} 小计：{len(sub)}家", 5)]))
    else:
        for r in rows:
            k += 1
            body.append(row("data", [str(k), r["name"], r["ind"], r["region"], r["size"], r["svc"]], _src=r))
    psub = None
    if style.get("page_subtotal"):
        def psub(data_rows):
            return row("page", [("", 1), (f"本页小计：{len(data_rows)}家", 5)])
    sh = sum(1 for r in rows if r["region"] == "上海")
    sme = sum(1 for r in rows if r["size"] == "中小企业")
    spec = TableSpec(columns, header, body, rows_per_page=style.get("rows_per_page", 34),
                     repeat_header=style.get("repeat_header", True), cont_caption=style.get("cont_caption"),
                     page_subtotal=psub, tail=[row("total", [("", 1), (f"合计：{len(rows)}家", 5)])],
                     footnotes=[f"其中：上海市企业{sh}家，中小企业{sme}家。"] + style.get("footnotes", []),
                     title="平台实际服务企业清单", subtitle=f"（截至2024年6月30日，已剔除仅注册未使用服务的企业）",
                     font=style.get("font", lib.WQY), page_header=style.get("page_header", ""))
    c = lib.new_canvas(path)
    pages = lib.render_table_pages(c, spec)
    c.save()
    return dict(last=pages, total=len(rows), sh=sh, sme=sme)


def ent_xlsx(path: Path, P, rows) -> dict:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "服务企业清单"
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws.append(["平台实际服务企业清单（截至2024年6月30日）"])
    ws.merge_cells("A1:F1")
    ws.append(["所属行业", "序号", "企业名称", "所在地区", "企业规模", "服务内容"])
    inds = list(dict.fromkeys(r["ind"] for r in rows))
    k = 0
    for ind in inds:
        sub = [r for r in rows if r["ind"] == ind]
        start = ws.max_row + 1
        for r in sub:
            k += 1
            ws.append([ind, k, r["name"], r["region"], r["size"], r["svc"]])
        ws.merge_cells(start_row=start, start_column=1, end_row=ws.max_row, end_column=1)
        ws.append(["", "", f"{ind} 小计：{len(sub)}家", "", "", ""])
        ws.append([])
    ws.append(["", "", f"合计：{len(rows)}家", "", "", ""])
    sh = sum(1 for r in rows if r["region"] == "上海")
    sme = sum(1 for r in rows if r["size"] == "中小企业")
    ws.append([f"注：其中上海市企业{sh}家，中小企业{sme}家。"])
    for col, w in zip("ABCDEF", (14, 6, 36, 10, 10, 14)):
        ws.column_dimensions[col].width = w
    for r_ in ws.iter_rows(min_row=2, max_row=ws.max_row - 1):
        for cell in r_:
            if cell.value not in (None, ""):
                cell.border = box
                cell.alignment = Alignment(vertical="center")
    ws["A1"].font = Font(bold=True, size=13)
    for cell in ws[2]:
        cell.fill = PatternFill("solid", fgColor="DDDDDD")
    wb.properties.creator = P["company"]
    wb.save(path)
    lib.normalize_zip(path)
    return dict(total=len(rows), sh=sh, sme=sme)


# ------------------------------------------------------------------ factories & awards, audit
def factories_awards_pdf(path: Path, P, factories, awards, *, font=lib.WQY, footnote="") -> dict:
    c = lib.new_canvas(path)
    cols = [("序号", 30), ("智能工厂名称", 170), ("单位", 150), ("服务内容", 130)]
    spec = TableSpec(cols, [Cell(t, 0, i) for i, (t, _) in enumerate(cols)],
                     [row("data", [str(k), f[0], f[1], f[2]]) for k, f in enumerate(factories, 1)],
                     tail=[row("total", [("合计：" + f"{len(factories)}家", 4)])],
                     footnotes=[footnote] if footnote else [], title="平台服务上海市级智能工厂清单", font=font)
    lib.render_table_pages(c, spec)
    cols = [("序号", 30), ("奖项/荣誉名称", 220), ("颁发单位", 150), ("时间", 70)]
    spec = TableSpec(cols, [Cell(t, 0, i) for i, (t, _) in enumerate(cols)],
                     [row("data", [str(k), a[0], a[1], a[2]]) for k, a in enumerate(awards, 1)],
                     tail=[row("total", [("合计：" + f"{len(awards)}项", 4)])], title="平台获得省部级及以上奖项/荣誉清单", font=font)
    lib.render_table_pages(c, spec, page_no_start=2)
    c.save()
    return dict(factories=1, awards=2)


def audit_pdf(path: Path, P, fin, *, font=lib.SONG, split=False) -> dict:
    """Audit report extract: cover/opinion, company 利润表 (breaking over pages when split), platform note."""
    c = lib.new_canvas(path)
    lib.text_page(c, [f"{P['company']}", "2023年度财务报表审计报告（节选）", "", f"沪诚信审字（2024）第{P['list_no']:02d}{P['seed'] % 1000:03d}号",
                      "", "审计意见：我们审计了后附的财务报表，包括2023年12月31日的资产负债表，",
                      "2023年度的利润表、现金流量表、股东权益变动表以及相关财务报表附注。",
                      "我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，",
                      "公允反映了贵公司2023年12月31日的财务状况以及2023年度的经营成果。",
                      "", "上海诚信联合会计师事务所（特殊普通合伙）        中国注册会计师：王立新、陈雅琴"],
                  font=font, title="审计报告")
    c.setFont(font, 8)
    c.drawCentredString(297, 24, "- 1 -")
    c.showPage()
    co = fin["company"]
    lines = [("一、营业总收入", co["rev"]), ("其中：营业收入", co["rev"]), ("二、营业总成本", co["cost"]),
             ("其中：营业成本", round(co["cost"] * 0.78, 2)), ("税金及附加", round(co["cost"] * 0.01, 2)),
             ("销售费用", round(co["cost"] * 0.05, 2)), ("管理费用", round(co["cost"] * 0.07, 2)),
             ("研发费用", round(co["cost"] * 0.08, 2)), ("财务费用", round(co["cost"] * 0.01, 2)),
             ("加：其他收益", co["other"]), ("投资收益", round(co["other"] * 0.4, 2)),
             ("三、营业利润", co["op"]), ("加：营业外收入", 120000.00), ("减：营业外支出", 80000.00),
             ("四、利润总额", co["op"] + 40000.00), ("减：所得税费用", round((co["op"] + 40000) * 0.15, 2)),
             ("五、净利润", round((co["op"] + 40000) * 0.85, 2))]
    cols = [("项目", 200), ("本期金额", 130), ("上期金额", 130)]
    body = [row("data", [a, f"{b:,.2f}", f"{b * 0.91:,.2f}"]) for a, b in lines]
    spec = TableSpec(cols, [Cell(t, 0, i) for i, (t, _) in enumerate(cols)], body,
                     rows_per_page=11 if split else 40, cont_caption="利润表（续表）" if split else None,
                     repeat_header=True, title="利润表", subtitle=f"编制单位：{P['company']}    2023年度    单位：元",
                     font=font, row_h=20, size=9.5)
    npages = lib.render_table_pages(c, spec, page_no_start=2)
    pf = fin["platform"]
    cols = [("项目", 170), ("2021年度", 100), ("2022年度", 100), ("2023年度", 100)]
    body = [row("data", ["平台相关营业收入", f"{pf['rev'][0]:,.2f}", f"{pf['rev'][1]:,.2f}", f"{pf['rev'][2]:,.2f}"]),
            row("data", ["平台相关营业成本", f"{pf['cost'][0]:,.2f}", f"{pf['cost'][1]:,.2f}", f"{pf['cost'][2]:,.2f}"]),
            row("data", ["其中：平台相关研发投入", f"{pf['rd'][0]:,.2f}", f"{pf['rd'][1]:,.2f}", f"{pf['rd'][2]:,.2f}"]),
            row("data", ["平台利润总额", f"{pf['profit'][0]:,.2f}", f"{pf['profit'][1]:,.2f}", f"{pf['profit'][2]:,.2f}"])]
    spec = TableSpec(cols, [Cell(t, 0, i) for i, (t, _) in enumerate(cols)], body, font=font, row_h=22, size=10,
                     title="财务报表附注十五：工业互联网平台业务收支情况",
                     subtitle=f"口径：{P['name']}相关订阅及服务收入单列；单位：万元",
                     footnotes=["注：平台相关收入按平台订阅合同及服务工单归集，成本按平台项目工时及云资源分摊。"])
    lib.render_table_pages(c, spec, page_no_start=2 + npages)
    c.save()
    return dict(note=2 + npages)
