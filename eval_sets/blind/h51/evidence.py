"""Evidence files (audit PDF, device / enterprise / IP / APP / revenue workbooks, dashboard PNG).
Each writer returns the evidence facts it prints (dicts in the EvidenceFact shape, file filled by caller)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.filters import FilterColumn, Filters

from office import save_xlsx, text_pdf

BOLD = Font(bold=True)
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


def fact(label, value, unit, normalized, page, quote, row_label="", column_label="", component="", image_only=False):
    return dict(label=label, value=value, unit=unit, normalized=normalized, page=page, quote=quote, row_label=row_label,
                column_label=column_label, component=component, image_only=image_only)


REV = "平台相关营业收入（万元）"
NEAR = "平台近三年经营指标情况"
RND = "平台相关研发投入（万元）"


def audit_pdf(path: Path, v: dict, unit: str) -> list[dict]:
    """Audit report: cover, opinion, company income statement (元), platform note (万元 or 元)."""
    a = v["audit"]  # {"rev": {y: 元 int cents}, "rnd": {...}, "profit": {...}} values in 元 (float, 2 dp)
    co = v["co_income"]
    firm = v["auditor"]

    def money(x: float) -> str:
        return f"{x:,.2f}"

    pages = [
        [("gap", 140), ("title", v["company"]), ("title", "2023年度审计报告"), ("gap", 30),
         ("sub", f"{v['report_no']}"), ("gap", 260), ("sub", firm), ("sub", "二〇二四年四月十八日")],
        [("title", "审计报告"), ("text", f"{v['company']}全体股东："),
         ("text", f"我们审计了{v['company']}（以下简称贵公司）财务报表，包括2023年12月31日的合并及公司资产负债表，2023年度的合并及公司利润表、现金流量表、所有者权益变动表以及相关财务报表附注。"),
         ("text", "我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，公允反映了贵公司2023年12月31日的财务状况以及2023年度的经营成果和现金流量。"),
         ("gap", 40), ("text", f"{firm}        中国注册会计师：（签名并盖章）")],
        [("title", "合并利润表"), ("sub", "2023年度    单位：元"),
         ("table", ([["项目", "本期金额", "上期金额"]] + [[k, money(x), money(y)] for k, x, y in co], [170, 140, 140]))],
    ]
    years = (2023, 2022, 2021)
    div = 10000 if unit == "万元" else 1
    rows = [["项目"] + [f"{y}年度" for y in years]]
    names = [("平台营业收入", "rev"), ("平台研发投入", "rnd"), ("平台利润总额", "profit")]
    for cap, key in names:
        rows.append([cap] + [money(a[key][y] / div) for y in years])
    pages.append([("title", "财务报表附注（节选）"),
                  ("text", f"十二、工业互联网平台业务专项说明：本公司{v['short']}平台业务按平台直接订阅服务与平台服务收入单独核算，以下数据经本所审计。"),
                  ("sub", f"平台业务主要财务数据    单位：{unit}"),
                  ("table", (rows, [150, 100, 100, 100]))])
    text_pdf(path, pages, f"{v['company']}2023年度审计报告")
    facts = []
    p = 4
    r23 = a["rev"][2023] / div
    facts.append(fact(REV, money(r23), unit, round(a["rev"][2023] / 10000, 2), p, money(r23), "平台营业收入", "2023年度"))
    for y in (2022, 2021):
        x = a["rev"][y] / div
        facts.append(fact(NEAR, money(x), unit, round(a["rev"][y] / 10000, 2), p, money(x), "平台营业收入", f"{y}年度",
                          component=f"{y}年平台营收（万元）"))
    x = a["rnd"][2023] / div
    facts.append(fact(RND, money(x), unit, round(a["rnd"][2023] / 10000, 2), p, money(x), "平台研发投入", "2023年度"))
    x = a["profit"][2023] / div
    n = round(a["profit"][2023] / 10000, 2)
    facts.append(fact("平台利润率（%）", money(x), unit, n, p, money(x), "平台利润总额", "2023年度", component="平台利润总额（万元）"))
    facts.append(fact("投资回报率（%）", money(x), unit, n, p, money(x), "平台利润总额", "2023年度", component="平台年利润（万元）"))
    return facts


def revenue_xlsx(path: Path, v: dict) -> list[dict]:
    """平台收入明细: merged two-row header 2023年 | 上半年 | 下半年, 合计 row above the data, 万元 formats."""
    wb = Workbook()
    ws = wb.active
    ws.title = "平台收入明细"
    cached = {}
    ws["A1"] = f"{v['short']}平台2023年度收入明细（管理口径，与审计报告附注十二一致）"
    ws.merge_cells("A1:E1")
    ws["A2"] = "收入类别"
    ws.merge_cells("A2:A3")
    ws["B2"] = "2023年"
    ws.merge_cells("B2:C2")
    ws["B3"] = "上半年"
    ws["C3"] = "下半年"
    ws["D2"] = "全年合计"
    ws.merge_cells("D2:D3")
    ws["E2"] = "备注"
    ws.merge_cells("E2:E3")
    for c in ("A2", "B2", "B3", "C3", "D2", "E2"):
        ws[c].font = BOLD
        ws[c].alignment = CENTER
    cats = v["rev_cats"]  # [(name, h1 cents, h2 cents)]
    first, last = 5, 5 + len(cats) - 1
    ws["A4"] = "合计"
    ws["A4"].font = BOLD
    tot_h1 = sum(c[1] for c in cats)
    tot_h2 = sum(c[2] for c in cats)
    for col, val in (("B", tot_h1), ("C", tot_h2), ("D", tot_h1 + tot_h2)):
        ws[f"{col}4"] = f"=SUM({col}{first}:{col}{last})"
        ws[f"{col}4"].number_format = '#,##0.00"万元"'
        cached[("平台收入明细", f"{col}4")] = round(val / 100, 2)
    for i, (name, h1, h2) in enumerate(cats):
        r = first + i
        ws[f"A{r}"] = name
        ws[f"B{r}"] = round(h1 / 100, 2)
        ws[f"C{r}"] = round(h2 / 100, 2)
        ws[f"D{r}"] = f"=B{r}+C{r}"
        cached[("平台收入明细", f"D{r}")] = round((h1 + h2) / 100, 2)
        for col in "BCD":
            ws[f"{col}{r}"].number_format = '#,##0.00"万元"'
    ws["D4"].comment = Comment("合计与审计报告附注十二“平台营业收入”2023年度一致", v["contact"])
    ws["E5"] = "按订阅周期确认"
    for col, w in zip("ABCDE", (26, 16, 16, 18, 20)):
        ws.column_dimensions[col].width = w
    save_xlsx(wb, path, cached, author=v["contact"])
    total = round((tot_h1 + tot_h2) / 100, 2)
    assert abs(total - v["rev"][2023]) < 0.001, (total, v["rev"][2023])
    return [fact(REV, f"{total:,.2f}万元", "万元", total, 1, repr(total), "合计", "全年合计")]


def device_xlsx(path: Path, v: dict, variant: str) -> list[dict]:
    """variant: 'clean' (hidden old column, filter with nothing filtered), 'hidden_row' (a hidden category row inside
    the SUM), 'nocache' (totals as formulas without cached values)."""
    wb = Workbook()
    ws = wb.active
    ws.title = "按设备分类"
    cached = {}
    ws["A1"] = "平台接入工业设备统计表（截至2024年6月30日）"
    ws.merge_cells("A1:D1")
    heads = ["设备二级分类", "接入数量（台/套）", "公有云接入（台/套）", "公有云日均运行（台/套）"]
    if variant == "clean":
        heads.append("2023年6月统计（旧口径，仅供参考）")
    for j, h in enumerate(heads, start=1):
        ws.cell(2, j, h).font = BOLD
    cats = list(v["ev_dev_cat"].items())  # [(cat, (n, cloud, daily, old))]
    first, last = 4, 4 + len(cats) - 1
    ws["A3"] = "合计"
    ws["A3"].font = BOLD
    for j, col in enumerate("BCD"):
        ws[f"{col}3"] = f"=SUM({col}{first}:{col}{last})"
        ws[f"{col}3"].number_format = "#,##0"
        if variant != "nocache":
            cached[("按设备分类", f"{col}3")] = sum(c[1][j] for c in cats)
    for i, (cat, nums) in enumerate(cats):
        r = first + i
        ws.cell(r, 1, cat)
        for j in range(3):
            ws.cell(r, 2 + j, nums[j]).number_format = "#,##0"
        if variant == "clean":
            ws.cell(r, 5, nums[3])
        if cat in v.get("ev_hidden_cats", ()):
            ws.row_dimensions[r].hidden = True
    if variant == "clean":
        ws["E3"] = f"=SUM(E{first}:E{last})"
        cached[("按设备分类", "E3")] = sum(c[1][3] for c in cats)
        ws.column_dimensions["E"].hidden = True
        ws.auto_filter.ref = f"A2:D{last}"
        ws["B3"].comment = Comment("含私有化部署设备，按设备所属企业注册地统计", v["contact"])
    for col, w in zip("ABCDE", (22, 18, 18, 20, 22)):
        ws.column_dimensions[col].width = w
    # regions
    ws2 = wb.create_sheet("按区域")
    ws2["A1"] = "按省市区域统计（按设备所属企业注册地）"
    for j, h in enumerate(["区域", "接入数量（台/套）", "公有云接入（台/套）", "公有云日均运行（台/套）"], start=1):
        ws2.cell(2, j, h).font = BOLD
    regs = list(v["ev_dev_reg"].items())
    for i, (reg, nums) in enumerate(regs):
        for j, x in enumerate((reg,) + tuple(nums), start=1):
            ws2.cell(3 + i, j, x)
    end = 3 + len(regs) - 1
    ws2.cell(end + 1, 1, "合计")
    for j, col in enumerate("BCD"):
        ws2[f"{col}{end + 1}"] = f"=SUM({col}3:{col}{end})"
        if variant != "nocache":
            cached[("按区域", f"{col}{end + 1}")] = sum(x[1][j] for x in regs)
    ov_rows = [3 + i for i, (reg, _) in enumerate(regs) if any("A" <= ch <= "z" for ch in reg)]
    ov = sum(regs[r - 3][1][0] for r in ov_rows)
    if not ov_rows:
        ws2.cell(end + 2, 1, "注：平台暂无海外连接设备")
    else:
        ws2.cell(end + 2, 1, "其中：海外设备小计")
    if not ov_rows:
        pass
    elif variant == "nocache":
        ws2.cell(end + 2, 2, ov)
    else:
        ws2.cell(end + 2, 2, "=" + "+".join(f"B{r}" for r in ov_rows))
        cached[("按区域", f"B{end + 2}")] = ov
    ws2.column_dimensions["A"].width = 24
    save_xlsx(wb, path, cached, author=v["contact"])
    facts = []
    if variant != "nocache":
        tot = [sum(c[1][j] for c in cats) for j in range(3)]
        for j, (label, col) in enumerate((("连接的工业设备/产品/产线种类及数量（台/套）", "接入数量（台/套）"),
                                          ("公有云工业设备连接数量（台/套）", "公有云接入（台/套）"),
                                          ("公有云工业设备平均日运行数量（台/套）", "公有云日均运行（台/套）"))):
            facts.append(fact(label, str(tot[j]), "台/套", tot[j], 1, str(tot[j]), "合计", col))
    if ov_rows:
        facts.append(fact("海外设备连接数量（台/套）", str(ov), "台/套", ov, 2, str(ov), "其中：海外设备小计", ""))
    return facts


def ip_xlsx(path: Path, v: dict, variant: str) -> list[dict]:
    wb = Workbook()
    cached = {}
    facts = []
    specs = [("专利清单", "专利", v["patents_list"], "平台核心软硬件技术获得的专利数量（项）", "项"),
             ("软件著作权清单", "软著", v["copyright_list"], "平台核心软硬件技术获得的软著数量（个）", "项")]
    for idx, (title, short, items, label, unit) in enumerate(specs):
        ws = wb.active if idx == 0 else wb.create_sheet()
        ws.title = title
        ws["A1"] = f"{v['short']}平台核心软硬件技术{title}"
        ws.merge_cells("A1:F1")
        ws["A2"] = "合计（项）"
        first, last = 5, 5 + len(items) - 1
        ws["B2"] = f"=COUNTA(B{first}:B{last})"
        cached[(title, "B2")] = len(items)
        heads = ["序号", "名称", "专利号" if short == "专利" else "登记号", "类型" if short == "专利" else "版本号",
                 "授权日" if short == "专利" else "登记日", "权利人"]
        for j, h in enumerate(heads, start=1):
            ws.cell(4, j, h).font = BOLD
        for i, it in enumerate(items):
            r = first + i
            ws.cell(r, 1, i + 1)
            ws.cell(r, 2, it["name"])
            ws.cell(r, 3, it["no"])
            ws.cell(r, 4, it["kind"])
            c = ws.cell(r, 5, it["date"])
            c.number_format = "yyyy/m/d"
            ws.cell(r, 6, it["owner"])
            if it.get("hidden"):
                ws.row_dimensions[r].hidden = True
        if variant == "clean":
            ws["B2"].comment = Comment("权利人均为申报单位", v["contact"])
        for col, w in zip("ABCDEF", (8, 40, 22, 12, 12, 34)):
            ws.column_dimensions[col].width = w
        facts.append(fact(label, str(len(items)), unit, len(items), idx + 1, str(len(items)), "合计（项）", ""))
    save_xlsx(wb, path, cached, author=v["contact"])
    return facts


def enterprise_xlsx(path: Path, v: dict, variant: str) -> list[dict]:
    """服务企业统计: key figures stored as text (「'1,204」 「1 204」 「１２０４」), industry table, region table
    laid out across columns (variant 'hidden_region': one region column hidden)."""
    wb = Workbook()
    ws = wb.active
    ws.title = "服务企业统计"
    cached = {}
    ws["A1"] = f"{v['short']}平台服务企业统计（截至2024年6月30日）"
    keys = v["ent_text"]  # [(caption, label, text, n)]
    facts = []
    for i, (cap, label, text, n) in enumerate(keys, start=3):
        ws.cell(i, 1, cap)
        c = ws.cell(i, 2, text)
        c.quotePrefix = True
        facts.append(fact(label, text, "家", n, 1, text, cap, ""))
    r0 = 3 + len(keys) + 1
    ws.cell(r0, 1, "按行业统计服务企业数（个）").font = BOLD
    inds = list(v["ev_ent_ind"].items())
    for i, (k, n) in enumerate(inds):
        ws.cell(r0 + 1 + i, 1, k)
        ws.cell(r0 + 1 + i, 2, n)
    end = r0 + len(inds)
    ws.cell(end + 1, 1, "小计")
    ws.cell(end + 1, 2, f"=SUM(B{r0 + 1}:B{end})")
    cached[("服务企业统计", f"B{end + 1}")] = sum(n for _, n in inds)
    r1 = end + 3
    ws.cell(r1, 1, "按省市区域统计服务企业数（个）").font = BOLD
    regs = list(v["ev_ent_reg"].items())
    for j, (k, n) in enumerate(regs, start=2):
        ws.cell(r1 + 1, j, k).font = BOLD
        ws.cell(r1 + 2, j, n)
        from openpyxl.utils import get_column_letter
        L = get_column_letter(j)
        ws.column_dimensions[L].width = 12
        if k in v.get("ev_hidden_regions", ()):
            ws.column_dimensions[L].hidden = True
    ws.cell(r1 + 1, 1, "区域")
    ws.cell(r1 + 2, 1, "企业数")
    from openpyxl.utils import get_column_letter
    lastL = get_column_letter(1 + len(regs))
    ws.cell(r1 + 3, 1, "区域合计")
    ws.cell(r1 + 3, 2, f"=SUM(B{r1 + 2}:{lastL}{r1 + 2})")
    cached[("服务企业统计", f"B{r1 + 3}")] = sum(n for _, n in regs)
    ws.column_dimensions["A"].width = 30
    ws.column_dimensions["B"].width = 14
    if variant == "clean":
        ws["B4"].comment = Comment("累计到达值，已剔除配套商及电商注册用户", v["contact"])
    save_xlsx(wb, path, cached, author=v["contact"])
    return facts


def app_xlsx(path: Path, v: dict) -> list[dict]:
    """工业APP清单 with a filter left on (专有网 rows filtered out) and 合计 above the data."""
    wb = Workbook()
    ws = wb.active
    ws.title = "工业APP清单"
    cached = {}
    items = v["app_list"]  # [(name, cat, deploy, users)]
    ws["A1"] = f"{v['short']}平台已落地工业APP清单（截至2024年6月30日）"
    ws["A2"] = "合计（个）"
    first, last = 5, 5 + len(items) - 1
    ws["B2"] = f"=COUNTA(B{first}:B{last})"
    cached[("工业APP清单", "B2")] = len(items)
    for j, h in enumerate(["序号", "APP名称", "分类", "部署方式", "企业用户数（家）"], start=1):
        ws.cell(4, j, h).font = BOLD
    for i, (name, cat, dep, users) in enumerate(items):
        r = first + i
        for j, x in enumerate((i + 1, name, cat, dep, users), start=1):
            ws.cell(r, j, x)
        if dep == "专有网":
            ws.row_dimensions[r].hidden = True
    ws.auto_filter.ref = f"A4:E{last}"
    ws.auto_filter.filterColumn.append(FilterColumn(colId=3, filters=Filters(filter=["公有云", "私有云"])))
    ws.column_dimensions["B"].width = 34
    save_xlsx(wb, path, cached, author=v["contact"])
    return [fact("工业APP数量（个）", str(len(items)), "个", len(items), 1, str(len(items)), "合计（个）", "")]


def dashboard_png(path: Path, v: dict, cards: list[tuple[str, str, str, int]]) -> list[dict]:
    """cards: (caption, drawn text, label, normalized)."""
    from PIL import Image, ImageDraw

    from eval_sets.generator.fonts import pil_font

    W, H = 1600, 900
    img = Image.new("RGB", (W, H), (12, 28, 58))
    d = ImageDraw.Draw(img)
    d.text((W // 2, 50), f"{v['short']}工业互联网平台运营监测大屏", fill=(220, 235, 255), font=pil_font(40), anchor="mm")
    d.text((W - 40, 50), "数据更新：2024-06-30 23:59", fill=(140, 170, 210), font=pil_font(20), anchor="rm")
    facts = []
    for i, (cap, text, label, n) in enumerate(cards):
        x = 80 + (i % 3) * 500
        y = 160 + (i // 3) * 330
        d.rounded_rectangle([x, y, x + 440, y + 260], radius=18, outline=(64, 140, 230), width=3, fill=(20, 44, 88))
        d.text((x + 220, y + 70), cap, fill=(170, 200, 240), font=pil_font(30), anchor="mm")
        d.text((x + 220, y + 165), text, fill=(255, 214, 90), font=pil_font(64), anchor="mm")
        facts.append(fact(label, text, cap[cap.find("（") + 1:-1] if "（" in cap else "", n, 1, text, cap, "", image_only=True))
    path.parent.mkdir(parents=True, exist_ok=True)
    img.save(path, format="PNG", optimize=False)
    return facts


def date(y, m, d):
    return dt.datetime(y, m, d)
