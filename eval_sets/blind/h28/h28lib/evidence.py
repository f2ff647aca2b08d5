"""Evidence documents: audit report, IP lists, certificate lists, third-party reports, device and
国产化 lists, screenshots. Each writer registers the facts it prints."""
from __future__ import annotations

import random
from pathlib import Path

import openpyxl
from PIL import Image, ImageDraw

from .docs import save_xlsx, xl_cell
from .render import build_pdf, draw_seal, font, images_to_pdf, new_page, scanify, text_c, write


class Facts:
    def __init__(self):
        self.items: list[dict] = []

    def add(self, label, value, unit, normalized, file, page, quote=None, row_label="", column_label="",
            component="", image_only=False):
        self.items.append({"label": label, "value": value, "unit": unit, "normalized": normalized, "file": file,
                           "page": page, "quote": quote if quote is not None else value, "row_label": row_label,
                           "column_label": column_label, "component": component, "image_only": image_only})


def money(x: float) -> str:
    return f"{x:,.2f}"


def wan(yuan: float) -> float:
    return round(yuan / 10000, 2)


# ----------------------------------------------------------------------------------------------
def audit_report(root: Path, rel: str, facts: Facts, *, company: str, firm: str, report_no: str, platform: str,
                 comp_rows: list, plat: dict, unit: str = "元", cols=("2023年度", "2022年度", "2021年度"),
                 font_name="STSong-Light", title_plat="平台业务收入、研发投入及利润专项说明", extra_note="") -> None:
    """comp_rows: company income statement rows [(label, this, last)], amounts in 元 (company, no facts).
    plat: {"rev": [y23, y22, y21], "rd": y23, "profit": y23, "cost": y23} in `unit`."""
    fmt = money
    blocks = [("sp", 35), ("title", company), ("title", "2023年度财务报表审计报告"), ("sp", 10),
              ("subtitle", f"{report_no}"), ("sp", 90), ("center", firm), ("center", "二〇二四年四月十八日"), ("pb",),
              ("title", "审 计 报 告"), ("right", report_no), ("pn", f"{company}全体股东："), ("h2", "一、审计意见"),
              ("p", f"我们审计了{company}（以下简称贵公司）财务报表，包括2023年12月31日的资产负债表，2023年度的利润表、"
                    "现金流量表、所有者权益变动表以及相关财务报表附注。"),
              ("p", "我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，公允反映了贵公司2023年12月31日的财务状况"
                    "以及2023年度的经营成果和现金流量。"),
              ("h2", "二、形成审计意见的基础"),
              ("p", "我们按照中国注册会计师审计准则的规定执行了审计工作。审计报告的“注册会计师对财务报表审计的责任”部分进一步"
                    "阐述了我们在这些准则下的责任。按照中国注册会计师职业道德守则，我们独立于贵公司，并履行了职业道德方面的其他责任。"
                    "我们相信，我们获取的审计证据是充分、适当的，为发表审计意见提供了基础。"),
              ("sp", 20), ("right", f"{firm}          中国注册会计师：　　　　"), ("right", "中国·上海          二〇二四年四月十八日"),
              ("pb",), ("title", "利 润 表"), ("right", "2023年度　　　　　　　　　　　　　　　　　　　　单位：元"),
              ("table", [["项目", "本期金额", "上期金额"]] + [[a, fmt(b) if b is not None else "", fmt(c) if c is not None else ""]
                                                          for a, b, c in comp_rows],
               [70, 48, 48], {"align": {1: "cellr", 2: "cellr"}}),
              ("pb",), ("title", title_plat), ("pn", f"平台名称：{platform}"),
              ("p", "根据工业互联网平台应用水平评价申报要求，公司按平台直接订阅服务、平台解决方案及平台运营服务三类业务口径，"
                    "对2021—2023年度经审计财务报表中的营业收入、研发费用进行拆分归集；平台利润总额按平台收入减去直接归属于平台的"
                    "成本、费用及按收入比例分摊的期间费用计算。拆分方式经本所执行商定程序核对。" + extra_note),
              ("right", f"单位：{unit}")]
    rows = [["项目", cols[0], cols[1], cols[2]],
            ["平台相关营业收入", fmt(plat["rev"][0]), fmt(plat["rev"][1]), fmt(plat["rev"][2])],
            ["平台相关营业成本", fmt(plat["cost"]), "—", "—"],
            ["平台相关研发投入", fmt(plat["rd"]), "—", "—"],
            ["平台利润总额", fmt(plat["profit"]), "—", "—"]]
    blocks.append(("table", rows, [50, 38, 38, 38], {"align": {1: "cellr", 2: "cellr", 3: "cellr"}}))
    blocks += [("sp", 6), ("small", "注：平台相关营业收入不含硬件设备销售收入；研发投入口径参照国家统计局研究与试验发展（R&D）统计口径。"),
               ("sp", 30), ("right", f"{company}（盖章）　　　{firm}（盖章）"), ("right", "2024年5月20日")]
    pdf = build_pdf(blocks, fontname=font_name, header=f"{company}  2023年度审计报告", footer="{page}")
    write(root / rel, pdf)


# ----------------------------------------------------------------------------------------------
def ip_list_pdf(root: Path, rel: str, facts: Facts, *, company: str, patents: list, softs: list,
                patent_caption: str, soft_caption: str, patent_count: int | None, soft_count: int | None,
                extra_after_patents: list | None = None, extra_caption: str = "", extra_after_softs: list | None = None,
                extra_soft_caption: str = "", per_page_break: bool = True, font_name="WQY") -> None:
    blocks = [("title", "平台核心软硬件技术知识产权清单"), ("center", f"填报单位：{company}"),
              ("h2", patent_caption),
              ("table", [["序号", "专利名称", "专利号", "专利类型", "专利权人", "授权公告日"]] +
               [[str(i + 1)] + list(r) for i, r in enumerate(patents)], [10, 54, 34, 16, 34, 22], {"repeat": 1})]
    if extra_after_patents:
        blocks += [("sp", 3), ("pn", extra_caption),
                   ("table", [["序号", "专利名称", "专利号", "专利类型", "专利权人", "授权公告日"]] +
                    [[str(i + 1)] + list(r) for i, r in enumerate(extra_after_patents)], [10, 54, 34, 16, 34, 22])]
    if per_page_break:
        blocks.append(("pb",))
    blocks += [("h2", soft_caption),
               ("table", [["序号", "软件名称", "登记号", "著作权人", "登记日期"]] +
                [[str(i + 1)] + list(r) for i, r in enumerate(softs)], [10, 70, 32, 42, 16], {"repeat": 1})]
    if extra_after_softs:
        blocks += [("sp", 3), ("pn", extra_soft_caption),
                   ("table", [["序号", "软件名称", "登记号", "著作权人", "登记日期"]] +
                    [[str(i + 1)] + list(r) for i, r in enumerate(extra_after_softs)], [10, 70, 32, 42, 16])]
    pdf = build_pdf(blocks, fontname=font_name, base=10, header=f"{company}　知识产权清单", footer="第 {page} 页")
    write(root / rel, pdf)
    return pdf


def cert_list(root: Path, rel: str, *, company: str, rows: list, title: str = "企业资质证书一览表", note: str = "",
              xlsx: bool = False, font_name="STSong-Light") -> None:
    head = ["序号", "证书名称", "证书编号", "持有人", "发证机关", "发证日期", "有效期至", "备注"]
    data = [[str(i + 1)] + list(r) for i, r in enumerate(rows)]
    if xlsx:
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = "资质证书"
        for col, w in zip("ABCDEFGH", (6, 34, 26, 30, 30, 13, 13, 24)):
            ws.column_dimensions[col].width = w
        ws.merge_cells("A1:H1")
        xl_cell(ws, 1, 1, title, bold=True, align="center", size=13)
        for j, h in enumerate(head, start=1):
            xl_cell(ws, 2, j, h, bold=True, align="center", fill="D9E1F2")
        for i, r in enumerate(data, start=3):
            for j, v in enumerate(r, start=1):
                xl_cell(ws, i, j, v)
        if note:
            ws.cell(row=len(data) + 4, column=1, value=note)
        save_xlsx(wb, root / rel)
        return
    blocks = [("title", title), ("center", f"单位：{company}"),
              ("table", [head] + data, [8, 40, 34, 34, 34, 18, 18, 28], {"repeat": 1})]
    if note:
        blocks += [("sp", 4), ("small", note)]
    write(root / rel, build_pdf(blocks, fontname=font_name, base=10, land=True, footer="{page}"))


# ----------------------------------------------------------------------------------------------
def test_report(root: Path, rel: str, *, lab: str, report_no: str, product: str, client: str, version: str,
                period: str, conclusion: list[str], perf_rows: list, func_rows: list, env_rows: list,
                font_name="STSong-Light", kind: str = "软件产品检测报告") -> bytes:
    blocks = [("sp", 20), ("right", f"报告编号：{report_no}"), ("sp", 40), ("title", kind), ("sp", 30),
              ("table", [["产品名称", product], ["版本号", version], ["委托单位", client], ["检测类别", "委托测试"]],
               [40, 110], {"head": 0}),
              ("sp", 60), ("center", lab), ("center", "2024年5月"), ("pb",),
              ("title", "注 意 事 项"),
              ("pn", "1．报告无检测单位“检验检测专用章”或公章无效。\n2．报告无编制、审核、批准人签字无效。\n3．报告涂改无效。\n"
                     "4．对检测报告若有异议，应于收到报告之日起十五日内向检测单位提出。\n5．本报告仅对被测样品的所测版本负责。"),
              ("pb",), ("title", "检测结论"),
              ("table", [["产品名称", product, "版本", version], ["委托单位", client, "检测时间", period]], [26, 70, 22, 46], {"head": 0}),
              ("h2", "检测结论：")]
    for c in conclusion:
        blocks.append(("p", c))
    blocks += [("sp", 20), ("right", f"{lab}（检验检测专用章）"), ("right", "签发日期：2024年5月28日"),
               ("right", "编制：吴春燕　　审核：韩立　　批准：郑国平"), ("pb",),
               ("h1", "附表1　测试环境"), ("table", [["类别", "配置说明"]] + env_rows, [40, 124]),
               ("h1", "附表2　功能测试结果"), ("table", [["序号", "功能模块", "测试内容", "结果"]] + func_rows, [12, 40, 90, 22]),
               ("pb",), ("h1", "附表3　性能测试结果"),
               ("table", [["序号", "测试项", "测试场景", "指标要求", "实测结果", "结论"]] + perf_rows, [10, 30, 54, 26, 28, 16])]
    pdf = build_pdf(blocks, fontname=font_name, base=10.5, header=f"报告编号：{report_no}", footer="第 {page} 页")
    write(root / rel, pdf)
    return pdf


def dengbao_report(root: Path, rel: str, *, agency: str, report_no: str, system: str, owner: str, level: str,
                   score: str, verdict: str, record_no: str, date: str, issues: list, font_name="STSong-Light") -> None:
    blocks = [("sp", 20), ("center", f"报告编号：{report_no}"), ("sp", 30), ("title", "网络安全等级保护"),
              ("title", f"{system}等级测评报告"), ("sp", 50),
              ("table", [["被测对象", system], ["被测单位", owner], ["安全保护等级", level], ["备案证明编号", record_no]],
               [40, 110], {"head": 0}),
              ("sp", 60), ("center", agency), ("center", date), ("pb",),
              ("title", "等级测评结论"),
              ("table", [["测评对象", system, "安全保护等级", level],
                         ["被测单位", owner, "测评时间", date],
                         ["综合得分", score, "测评结论", verdict]], [26, 64, 30, 44], {"head": 0}),
              ("h2", "主要安全问题及整改建议"),
              ("table", [["序号", "安全问题", "风险等级", "整改建议"]] + [[str(i + 1)] + list(x) for i, x in enumerate(issues)],
               [12, 66, 20, 66]),
              ("sp", 10),
              ("p", f"依据GB/T 22239-2019《信息安全技术 网络安全等级保护基本要求》和GB/T 28448-2019《信息安全技术 网络安全等级保护测评要求》，"
                    f"对{system}开展了{level}等级测评。测评结论为“{verdict}”，综合得分{score}分。"),
              ("sp", 12), ("right", f"{agency}（盖章）"), ("right", date)]
    write(root / rel, build_pdf(blocks, fontname=font_name, base=10.5, header=f"{report_no}", footer="第 {page} 页"))


# ----------------------------------------------------------------------------------------------
def localization_xlsx(root: Path, rel: str, facts: Facts | None, *, title: str, rows: list, rate_text: str | None,
                      declared_label_fact: bool = True, note: str = "") -> tuple[int, int]:
    """rows: (层级, 名称, 品牌/型号, 厂商, 数量, 国产/非国产). Prints 合计 and 国产化率 computed by item count."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "软硬件清单"
    for col, w in zip("ABCDEFG", (6, 14, 28, 26, 26, 8, 12)):
        ws.column_dimensions[col].width = w
    ws.merge_cells("A1:G1")
    xl_cell(ws, 1, 1, title, bold=True, align="center", size=13)
    head = ["序号", "类别", "名称", "品牌/型号", "厂商", "数量", "是否国产"]
    for j, h in enumerate(head, start=1):
        xl_cell(ws, 2, j, h, bold=True, align="center", fill="E2EFDA")
    dom = 0
    for i, r in enumerate(rows, start=1):
        for j, v in enumerate([i] + list(r), start=1):
            xl_cell(ws, i + 2, j, v)
        if r[-1] == "国产":
            dom += 1
    n = len(rows)
    r0 = n + 3
    ws.merge_cells(start_row=r0, start_column=1, end_row=r0, end_column=5)
    xl_cell(ws, r0, 1, "合计（项）", bold=True)
    xl_cell(ws, r0, 6, n)
    xl_cell(ws, r0, 7, "")
    ws.merge_cells(start_row=r0 + 1, start_column=1, end_row=r0 + 1, end_column=5)
    xl_cell(ws, r0 + 1, 1, "其中：国产（项）", bold=True)
    xl_cell(ws, r0 + 1, 6, dom)
    xl_cell(ws, r0 + 1, 7, "")
    if rate_text is not None:
        ws.merge_cells(start_row=r0 + 2, start_column=1, end_row=r0 + 2, end_column=5)
        xl_cell(ws, r0 + 2, 1, "国产化率（国产项数÷合计项数×100%）", bold=True)
        ws.merge_cells(start_row=r0 + 2, start_column=6, end_row=r0 + 2, end_column=7)
        xl_cell(ws, r0 + 2, 6, rate_text, align="center")
        if facts is not None:
            facts.add("平台国产化率（%）", rate_text, "%", float(rate_text.rstrip("%")), rel, 1, row_label="国产化率（国产项数÷合计项数×100%）")
    if note:
        ws.cell(row=r0 + 4, column=1, value=note)
    save_xlsx(wb, root / rel)
    return dom, n


# ----------------------------------------------------------------------------------------------
def dashboard_png(path: Path, *, title: str, cards: list[tuple[str, str]], seed: int, theme: str = "dark",
                  subtitle: str = "", chart: bool = True, size=(1600, 900)) -> Image.Image:
    rnd = random.Random(seed)
    bg = (12, 24, 48) if theme == "dark" else (242, 245, 250)
    fg = (230, 236, 245) if theme == "dark" else (30, 40, 60)
    acc = (64, 196, 255) if theme == "dark" else (22, 119, 255)
    img = Image.new("RGB", size, bg)
    d = ImageDraw.Draw(img)
    w, h = size
    d.rectangle([0, 0, w, 64], fill=(8, 16, 36) if theme == "dark" else (255, 255, 255))
    d.text((28, 14), title, font=font("sansb", 28), fill=fg)
    if subtitle:
        d.text((w - 28 - d.textlength(subtitle, font=font("sans", 18)), 22), subtitle, font=font("sans", 18), fill=fg)
    n = len(cards)
    per_row = 4 if n > 3 else n
    cw = (w - 40 - (per_row - 1) * 20) / per_row
    y = 90
    for i, (lab, val) in enumerate(cards):
        r, c = divmod(i, per_row)
        x0 = 20 + c * (cw + 20)
        y0 = y + r * 150
        d.rounded_rectangle([x0, y0, x0 + cw, y0 + 130], radius=10,
                            fill=(20, 40, 78) if theme == "dark" else (255, 255, 255),
                            outline=acc if theme == "dark" else (220, 226, 235), width=2)
        d.text((x0 + 20, y0 + 16), lab, font=font("sans", 22), fill=fg)
        d.text((x0 + 20, y0 + 52), val, font=font("sansb", 48), fill=acc)
    top = y + ((n - 1) // per_row + 1) * 150 + 10
    if chart and top < h - 120:
        d.text((24, top), "近12个月趋势", font=font("sans", 20), fill=fg)
        pts = []
        base = rnd.uniform(0.3, 0.5)
        for k in range(12):
            base = min(0.95, base + rnd.uniform(-0.03, 0.08))
            pts.append((60 + k * (w - 120) / 11, h - 40 - base * (h - top - 90)))
        d.line(pts, fill=acc, width=4)
        for k, pt in enumerate(pts):
            d.ellipse([pt[0] - 5, pt[1] - 5, pt[0] + 5, pt[1] + 5], fill=acc)
            d.text((pt[0] - 18, h - 32), f"{(k + 7) % 12 + 1}月", font=font("sans", 15), fill=fg)
    path.parent.mkdir(parents=True, exist_ok=True)
    img.save(path, format="PNG", optimize=False)
    return img


def scanned_pdf(root: Path, rel: str, pages: list[Image.Image], seed: int, colour: bool = True, dpi: int = 130) -> None:
    out = [scanify(p, seed * 13 + i, colour=colour) for i, p in enumerate(pages)]
    images_to_pdf(out, root / rel, dpi=dpi)
