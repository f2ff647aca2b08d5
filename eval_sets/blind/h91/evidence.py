"""Evidence writers. Each returns the facts it prints (dicts in the EvidenceFact shape); page numbers come from
the layout (each writer knows on which physical page it put a table)."""

from __future__ import annotations

import random
from pathlib import Path

import openpyxl
from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from eval_sets.blind.h91 import render as R
from eval_sets.blind.h91.docs import _save_xlsx
from eval_sets.blind.h91.model import f2, thou


def fact(label, value, unit, normalized, file, page, quote=None, row_label="", column_label="", component="",
         image_only=False) -> dict:
    return dict(label=label, value=value, unit=unit, normalized=normalized, file=file, page=page,
                quote=quote if quote is not None else value, row_label=row_label, column_label=column_label,
                component=component, image_only=image_only)


def money(x_wan: float, unit: str) -> str:
    """A 万元 amount written in 元 / 千元 / 万元 with thousands separators."""
    mult = {"元": 10000, "千元": 10, "万元": 1}[unit]
    return thou(round(x_wan * mult, 2), 2)


# ----------------------------------------------------------------------------------------- audit report
def audit_report(root: Path, name: str, s: dict, v: dict, *, note_unit: str, merged_parent: bool, scanned: bool,
                 seed: int, key: str, note_title: str) -> list[dict]:
    """Cover, opinion, company statements (合并/母公司 × 本年/上年 when merged_parent), 研发费用 note with 研发项目 (the
    platform ones a subset, 小计 = 平台研发投入), 平台业务专项说明 in note_unit. Returns facts."""
    a = s["audit"]
    rev = s["rev"]
    pages = []
    pages.append([Spacer(1, 40 * mm), R.H(f"{s['company']}", 16), R.H("2023年度财务报表审计报告", 20), Spacer(1, 20 * mm),
                  R.P(f"报告文号：{a['no']}", 12, align=1), Spacer(1, 60 * mm), R.P(a["firm"], 13, align=1),
                  R.P("二〇二四年四月十八日", 12, align=1)])
    pages.append([R.H("审计报告", 16), R.P(f"{s['company']}全体股东：", 11),
                  R.P("一、审计意见", 11),
                  R.P(f"我们审计了{s['company']}（以下简称“贵公司”）财务报表，包括2023年12月31日的合并及母公司资产负债表，"
                      "2023年度的合并及母公司利润表、合并及母公司现金流量表、合并及母公司所有者权益变动表以及相关财务报表附注。", 10.5),
                  R.P("我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，公允反映了贵公司2023年12月31日的合并及母公司"
                      "财务状况以及2023年度的合并及母公司经营成果和现金流量。", 10.5),
                  R.P("二、形成审计意见的基础", 11),
                  R.P("我们按照中国注册会计师审计准则的规定执行了审计工作。审计报告的“注册会计师对财务报表审计的责任”部分进一步阐述了"
                      "我们在这些准则下的责任。我们相信，我们获取的审计证据是充分、适当的，为发表审计意见提供了基础。", 10.5),
                  Spacer(1, 20 * mm), R.P(f"{a['firm']}    中国注册会计师：{a['cpa'][0]}    中国注册会计师：{a['cpa'][1]}", 10)])
    co = dict(a["company"])  # {row: (合并本年, 合并上年, 母公司本年, 母公司上年)} in 元
    # the statement's 研发费用 (合并, 本年) is the total of the note's 研发项目
    co["研发费用"] = (round(sum(p[1] for p in s["rd_projects"]) * 10000, 2), *co["研发费用"][1:])
    if merged_parent:
        hdr = [("项目", "合并数 本年", "合并数 上年", "母公司数 本年", "母公司数 上年")]
        widths = [46, 32, 32, 32, 32]
    else:
        hdr = [("项目", "本年金额", "上年金额")]
        widths = [70, 52, 52]
    rows = [(k, *[thou(x, 2) for x in (vals if merged_parent else vals[:2])]) for k, vals in co.items()]
    pages.append([R.H("合并及母公司利润表（摘要）" if merged_parent else "利润表（摘要）", 14),
                  R.P("2023年度                                        单位：元", 9),
                  R.table(hdr + rows, widths, 8.5, align_right_from=1)])
    # 研发费用 note
    proj = s["rd_projects"]  # [(name, 万元, is_platform)]
    plat = [p for p in proj if p[2]]
    other = [p for p in proj if not p[2]]
    assert round(sum(p[1] for p in plat), 2) == s["rd"], (sum(p[1] for p in plat), s["rd"])
    ru = s.get("rd_unit", "元")
    prow = [("序号", "研发项目", f"2023年度发生额（{ru}）", "是否平台相关")]
    for i, (n, amt, isp) in enumerate(plat + other, 1):
        prow.append((str(i), n, money(amt, ru), "是" if isp else "否"))
    prow.append(("", "其中：工业互联网平台相关项目小计", money(s["rd"], ru), ""))
    prow.append(("", "研发费用合计", money(round(sum(p[1] for p in proj), 2), ru), ""))
    rd_page = len(pages) + 1
    pages.append([R.P("财务报表附注（节选）", 12), R.P("五、合并财务报表项目注释  （三十二）研发费用", 10.5),
                  R.P("按研发项目列示：", 10), R.table(prow, [12, 92, 40, 30], 8.5, align_right_from=2)])
    # 平台业务专项说明
    u = note_unit
    yrs = (2023, 2022, 2021)
    nrows = [("项目", *[f"{y}年度" for y in yrs])]
    nrows.append(("平台相关营业收入", *[money(rev[y], u) for y in yrs]))
    nrows.append(("平台相关营业成本", *[money(s["cost"][y], u) for y in yrs]))
    nrows.append(("平台相关研发投入", *[money(x, u) for x in (s["rd"], *s["rd_prev"])]))
    nrows.append(("平台利润总额", *[money(x, u) for x in (s["profit"], *s["profit_prev"])]))
    note_page = len(pages) + 1
    pages.append([R.H(note_title, 14),
                  R.P(f"{s['company']}以{s['declared_name']}为载体对外提供平台订阅、工业APP及解决方案服务。平台相关收入按合同"
                      "所属业务线拆分，成本及研发投入按项目归集，期间费用按平台人员工时占比分摊。", 10),
                  R.P(f"单位：{u}", 9, align=2), R.table(nrows, [58, 38, 38, 38], 9, align_right_from=1),
                  R.P("注：上表数据已经本所复核，与公司财务报表及附注中研发费用项目明细一致。", 9)])
    path = root / name
    facts = []
    conv = lambda x: x  # normalized is always the 万元 value
    io = scanned
    facts.append(fact("平台相关营业收入（万元）", money(rev[2023], u), u, rev[2023], name, note_page, row_label="平台相关营业收入",
                      column_label="2023年度", image_only=io))
    for y in (2022, 2021):
        facts.append(fact("平台近三年经营指标情况", money(rev[y], u), u, rev[y], name, note_page, row_label="平台相关营业收入",
                          column_label=f"{y}年度", component=f"{y}年平台营收（万元）", image_only=io))
    facts.append(fact("平台相关研发投入（万元）", money(s["rd"], u), u, s["rd"], name, note_page, row_label="平台相关研发投入",
                      column_label="2023年度", image_only=io))
    facts.append(fact("平台相关研发投入（万元）", money(s["rd"], ru), ru, s["rd"], name, rd_page,
                      row_label="其中：工业互联网平台相关项目小计", column_label=f"2023年度发生额（{ru}）", image_only=io))
    facts.append(fact("平台利润率（%）", money(s["profit"], u), u, s["profit"], name, note_page, row_label="平台利润总额",
                      column_label="2023年度", component="平台利润总额（万元）", image_only=io))
    facts.append(fact("投资回报率（%）", money(s["profit"], u), u, s["profit"], name, note_page, row_label="平台利润总额",
                      column_label="2023年度", component="平台年利润（万元）", image_only=io))
    if not scanned:
        R.write_pdf(path, pages, footer=lambda c, no, n: R.draw_text(c, 96 * mm, 10 * mm, f"第{no}页 共{n}页", 8))
    else:
        tmp = root / "_audit_src.pdf"
        R.write_pdf(tmp, pages, footer=lambda c, no, n: R.draw_text(c, 96 * mm, 10 * mm, f"第{no}页 共{n}页", 8))
        texts = R.text_of_pdf(tmp)
        for i, t in enumerate(texts, 1):
            R.record_drawn(f"{key}/{name}", i, t)
        imgs = R.scan_pages(tmp, {0: (a["firm"], 0.5, 0.8), note_page - 1: (a["firm"], 0.72, 0.62)}, seed, scale=1.5)
        R.images_to_pdf(path, imgs)
        tmp.unlink()
    return facts


# ----------------------------------------------------------------------------------------- devices
def device_pdf(root: Path, name: str, s: dict, v: dict, footnote_overseas=True) -> list[dict]:
    """One page: by 附录A category (接入 / 公有云 / 日均运行, 合计 row), by region with 海外 as one row and the countries
    in a footnote."""
    cat = v["按二级分类统计工业设备数量（台/套）"]
    pub = v["按二级分类统计公有云工业设备数量（台/套）"]
    run = v["按二级分类统计公有云工业设备平均日运行数量（台/套）"]
    rows = [("设备类别（附录A）", "接入数量（台/套）", "其中：公有云（台/套）", "公有云日均运行（台/套）")]
    rows += [(k, thou(cat[k]), thou(pub[k]), thou(run[k])) for k in cat]
    tot = (thou(v["连接的工业设备/产品/产线种类及数量（台/套）"]), thou(v["公有云工业设备连接数量（台/套）"]),
           thou(v["公有云工业设备平均日运行数量（台/套）"]))
    rows.append(("合计", *tot))
    reg = v["按省市区域统计工业设备数量（台/套）"]
    over = v["按海外国家分类统计海外设备连接数量（台/套）"]
    n_over = v["海外设备连接数量（台/套）"]
    rrows = [("所属地区（设备所属企业注册地）", "接入数量（台/套）")]
    rrows += [(k, thou(x)) for k, x in reg.items() if k not in over]
    rrows.append(("海外*", thou(n_over)))
    note = "*注：海外" + thou(n_over) + "台/套，其中" + "、".join(f"{k} {thou(x)}台/套" for k, x in over.items()) + "。"
    page = [R.H(f"{s['declared_name']}接入设备统计表", 13),
            R.P(f"统计口径：截至2024年6月30日，含私有化部署设备；导出自平台设备管理中心。", 9),
            R.P("表1  按设备二级分类统计", 10), R.table(rows, [52, 40, 40, 42], 9, align_right_from=1), Spacer(1, 4 * mm),
            R.P("表2  按区域统计", 10), R.table(rrows, [90, 50], 9, align_right_from=1), R.P(note, 8.5)]
    R.write_pdf(root / name, [page])
    return [fact("连接的工业设备/产品/产线种类及数量（台/套）", tot[0], "台/套", v["连接的工业设备/产品/产线种类及数量（台/套）"], name, 1,
                 row_label="合计", column_label="接入数量（台/套）"),
            fact("公有云工业设备连接数量（台/套）", tot[1], "台/套", v["公有云工业设备连接数量（台/套）"], name, 1,
                 row_label="合计", column_label="其中：公有云（台/套）"),
            fact("公有云工业设备平均日运行数量（台/套）", tot[2], "台/套", v["公有云工业设备平均日运行数量（台/套）"], name, 1,
                 row_label="合计", column_label="公有云日均运行（台/套）"),
            fact("海外设备连接数量（台/套）", thou(n_over), "台/套", n_over, name, 1, quote="海外" + thou(n_over) + "台/套",
                 row_label="海外*", column_label="接入数量（台/套）")]


def device_xlsx(root: Path, name: str, s: dict, v: dict) -> list[dict]:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "按设备类别"
    ws.append(["设备类别", "接入数量", "公有云接入", "公有云日均运行"])
    cat = v["按二级分类统计工业设备数量（台/套）"]
    pub = v["按二级分类统计公有云工业设备数量（台/套）"]
    run = v["按二级分类统计公有云工业设备平均日运行数量（台/套）"]
    for k in cat:
        ws.append([k, cat[k], pub[k], run[k]])
    T = v["连接的工业设备/产品/产线种类及数量（台/套）"]
    P_ = v["公有云工业设备连接数量（台/套）"]
    Rn = v["公有云工业设备平均日运行数量（台/套）"]
    ws.append(["合计", T, P_, Rn])
    ws2 = wb.create_sheet("按区域")
    ws2.append(["地区", "接入数量", "公有云接入", "公有云日均运行"])
    reg = v["按省市区域统计工业设备数量（台/套）"]
    rp = v["按省市区域统计公有云工业设备数量（台/套）"]
    rr = v["按省市区域统计公有云工业设备平均日运行数量（台/套）"]
    for k in reg:
        ws2.append([k, reg[k], rp[k], rr[k]])
    ws2.append(["合计", T, P_, Rn])
    ws3 = wb.create_sheet("海外设备")
    ws3.append(["国家", "接入数量"])
    over = v["按海外国家分类统计海外设备连接数量（台/套）"]
    for k, x in over.items():
        ws3.append([k, x])
    ws3.append(["海外合计", sum(over.values())])
    ws4 = wb.create_sheet("导出信息")
    ws4.append(["导出时间", "2024-07-08 10:21:45"])
    ws4.append(["导出人", s["contact"][0]])
    ws4.append(["口径", "截至填表日，含公有云、私有云及专有网连接设备"])
    _save_xlsx(wb, root / name, s["contact"][0])
    return [fact("连接的工业设备/产品/产线种类及数量（台/套）", str(T), "台/套", T, name, 1, row_label="合计", column_label="接入数量"),
            fact("公有云工业设备连接数量（台/套）", str(P_), "台/套", P_, name, 1, row_label="合计", column_label="公有云接入"),
            fact("公有云工业设备平均日运行数量（台/套）", str(Rn), "台/套", Rn, name, 1, row_label="合计", column_label="公有云日均运行"),
            fact("海外设备连接数量（台/套）", str(sum(over.values())), "台/套", sum(over.values()), name, 3, row_label="海外合计",
                 column_label="接入数量")]


# ----------------------------------------------------------------------------------------- IP lists
def ip_list_pdf(root: Path, name: str, s: dict, items: list[tuple], kind: str, label: str, per_page=22) -> list[dict]:
    """A multi-page list; the column header is repeated on every page, and 「共N项」 appears only in the footer of the
    last page."""
    n = len(items)
    chunks = [items[i:i + per_page] for i in range(0, n, per_page)]
    hdr = ("序号", "名称", "专利号" if kind == "专利" else "登记号", "类型" if kind == "专利" else "登记日期", "权利人")
    pages = []
    k = 0
    for ch in chunks:
        rows = [hdr]
        for it in ch:
            k += 1
            rows.append((str(k), *it, s["company"]))
        pages.append([R.P(f"{s['declared_name']}  {kind}清单", 12), R.table(rows, [10, 62, 36, 20, 46], 7.5)])
    total = len(chunks)

    def header(c, no, _n):
        R.draw_text(c, 18 * mm, 287 * mm, f"{s['company']}  知识产权清单（{kind}）", 7.5)

    def footer(c, no, _n):
        text = f"第{no}页/共{total}页"
        if no == total:
            text = f"本清单共{n}项    " + text
        R.draw_text(c, 80 * mm, 10 * mm, text, 8)
    R.write_pdf(root / name, pages, header=header, footer=footer)
    return [fact(label, str(n), "项", n, name, total, quote=f"本清单共{n}项", row_label=f"{kind}清单")]


def ip_xlsx(root: Path, name: str, s: dict, patents, softs) -> list[dict]:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "专利"
    ws.append(["序号", "专利名称", "专利号", "类型", "专利权人"])
    for i, p in enumerate(patents, 1):
        ws.append([i, *p, s["company"]])
    ws.append([f"合计：{len(patents)}项"])
    ws2 = wb.create_sheet("软件著作权")
    ws2.append(["序号", "软件名称", "登记号", "登记日期", "著作权人"])
    for i, p in enumerate(softs, 1):
        ws2.append([i, *p, s["company"]])
    ws2.append([f"合计：{len(softs)}项"])
    _save_xlsx(wb, root / name, s["contact"][0])
    return [fact("平台核心软硬件技术获得的专利数量（项）", str(len(patents)), "项", len(patents), name, 1, quote=f"合计：{len(patents)}项",
                 row_label="合计"),
            fact("平台核心软硬件技术获得的软著数量（个）", str(len(softs)), "项", len(softs), name, 2, quote=f"合计：{len(softs)}项",
                 row_label="合计")]


# ----------------------------------------------------------------------------------------- served enterprises
SYL = "华振申联恒通鼎瑞嘉晟宏泰星辰博远海晨润德丰启源卓越精工新材智造云智明诚信达安盛永康金"
TAIL = ["机械制造有限公司", "精密科技有限公司", "电气设备有限公司", "新材料有限公司", "智能装备有限公司", "实业有限公司", "工业科技有限公司"]


def enterprise_xlsx(root: Path, name: str, s: dict, v: dict, seed: int) -> list[dict]:
    rng = random.Random(seed)
    served = v["实际服务企业数（个）"]
    inds = [k for k, n in v["按行业统计服务企业数（个）"].items() for _ in range(n)]
    regs = [k for k, n in v["按省市区域统计服务企业数（个）"].items() for _ in range(n)]
    rng.shuffle(inds)
    # 本市 enterprises are region 上海
    paid = set(rng.sample(range(served), v["付费企业数（个）"]))
    sme = set(rng.sample(range(served), v["服务中小企业数量（个）"]))
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "服务企业名录"
    ws.append(["序号", "企业名称", "所属行业", "注册地", "是否付费", "是否中小企业"])
    for i in range(served):
        nm = (regs[i] if len(regs[i]) <= 3 else "") + "".join(rng.choice(SYL) for _ in range(2)) + rng.choice(TAIL)
        if len(regs[i]) > 3:
            nm = regs[i][:2] + nm
        ws.append([i + 1, nm, inds[i], regs[i], "是" if i in paid else "否", "是" if i in sme else "否"])
    ws2 = wb.create_sheet("统计")
    ws2.append(["统计项", "数量（家）", "说明"])
    ws2.append(["实际服务企业合计", served, "截至2024年6月30日累计，已剔除配套商及电商注册用户"])
    ws2.append(["其中：付费企业", v["付费企业数（个）"], "2023年以来发生付费订阅或项目合同"])
    ws2.append(["其中：本市企业", v["服务本市企业数量（个）"], "注册地在上海市"])
    ws2.append(["其中：中小企业", v["服务中小企业数量（个）"], "按工信部联企业〔2011〕300号划型"])
    _save_xlsx(wb, root / name, s["contact"][0])
    lab = [("实际服务企业数（个）", "实际服务企业合计"), ("付费企业数（个）", "其中：付费企业"), ("服务本市企业数量（个）", "其中：本市企业"),
           ("服务中小企业数量（个）", "其中：中小企业")]
    return [fact(l, str(v[l]), "家", v[l], name, 2, row_label=r, column_label="数量（家）") for l, r in lab]


# ----------------------------------------------------------------------------------------- awards
def award_pdf(root: Path, name: str, s: dict) -> list[dict]:
    rows = [("序号", "奖项/荣誉名称", "获得时间", "颁发单位")]
    rows += [(str(i), *a) for i, a in enumerate(s["awards"], 1)]
    n = len(s["awards"])
    rows.append(("", f"合计：{n}项", "", ""))
    R.write_pdf(root / name, [[R.H("平台获得省部级及以上奖项/荣誉清单", 13), R.table(rows, [12, 88, 28, 46], 9)]])
    return [fact("平台获得省部级及以上奖项/荣誉数量（个）", str(n), "项", n, name, 1, quote=f"合计：{n}项", row_label="合计")]


# ----------------------------------------------------------------------------------------- screenshots
def screenshot(root: Path, name: str, s: dict, tiles: list[tuple], caption: str, seed: int, key: str,
               facts_for: list[tuple[str, int, str]]) -> list[dict]:
    """tiles: (label, value text, sub); facts_for: (notice label, tile index, unit)."""
    R.dashboard_png(root / name, f"{s['declared_name']} · 运行监控大屏", tiles, caption, seed, f"{key}/{name}")
    out = []
    for label, idx, unit in facts_for:
        lab, val, _ = tiles[idx]
        num = val.replace(",", "")
        norm = float(num[:-1]) * 10000 if num.endswith("万") else (float(num) if "." in num else int(num))
        out.append(fact(label, val, unit, norm, name, 1, quote=val, row_label=lab, image_only=True))
    return out


# ----------------------------------------------------------------------------------------- IT resource report
def resource_report_pdf(root: Path, name: str, s: dict, v: dict, title: str) -> list[dict]:
    """The IT department's 云资源与数据运行报告: one table of resources (数值 column), a short note."""
    priv = s.get("private", {})
    items = [("平台实际用云量（台）", "云服务器（含公有云、私有云，折算台数）", f"{v['平台实际用云量（台）']:.2f}", "台"),
             ("平台公有云实际使用数量（台）", "其中：公有云服务器", str(v["平台公有云实际使用数量（台）"]), "台"),
             ("存储容量（TB）", "存储总容量", f"{v['存储容量（TB）']:.2f}", "TB"),
             ("存储工业数据量（TB）", "已存储工业数据量", f"{v['存储工业数据量（TB）']:.2f}", "TB"),
             ("公有云数据总量（TB）", "其中：公有云存储数据量", f"{v['公有云数据总量（TB）']:.2f}", "TB"),
             ("微服务数量（个）", "已注册微服务", thou(v["微服务数量（个）"]), "个"),
             ("活跃微服务数量（一周调用5次以上）（个）", "活跃微服务（近一周调用≥5次）", thou(v["活跃微服务数量（一周调用5次以上）（个）"]), "个")]
    rows = [("序号", "资源项", "数值", "单位", "备注")]
    for i, (lab, cap, val, unit) in enumerate(items, 1):
        note = ""
        if lab in priv:
            note = f"其中私有化部署{priv[lab]:.2f}{unit}"
        rows.append((str(i), cap, val, unit, note))
    page = [R.H(title, 13), R.P(f"统计时点：2024年6月30日    编制部门：信息技术部    审核：{s['contact_b'][0]}", 9),
            R.table(rows, [12, 62, 30, 16, 54], 9), Spacer(1, 4 * mm),
            R.P("说明：存储资源利用率=已存储工业数据量÷存储总容量。数据来源于云管平台与微服务治理中心导出。", 9)]
    R.write_pdf(root / name, [page])
    out = []
    for lab, cap, val, unit in items:
        out.append(fact(lab, val, unit, v[lab], name, 1, row_label=cap, column_label="数值"))
    return out
