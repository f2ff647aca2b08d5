"""Evidence rendered from the *real* values; every writer returns the facts it prints (page from the layout)."""

from __future__ import annotations

import random
from pathlib import Path

import openpyxl
from openpyxl.styles import Font

from eval_sets.blind.h89 import render as R
from eval_sets.blind.h89.model import HIST, Pkg

DEV = "连接的工业设备/产品/产线种类及数量（台/套）"


def fact(label, value, unit, normalized, file, page, quote=None, row="", col="", component="", image_only=False) -> dict:
    return dict(label=label, value=value, unit=unit, normalized=normalized, file=file, page=page,
                quote=quote if quote is not None else value, row_label=row, column_label=col,
                component=component, image_only=image_only)


def yuan(wan: float) -> str:
    return f"{round(wan * 10000, 2):,.2f}"


def _in_page(pages, facts, rel):
    for f in facts:
        if f["file"] == rel:
            assert "".join(f["quote"].split()) in "".join(pages[f["page"] - 1].split()), (rel, f["page"], f["quote"])


# ------------------------------------------------------------------ audit report
def audit_report(pkg: Pkg, root: Path, rel: str, *, unit: str, scanned: bool, auditor: str, report_no: str,
                 seed: int, platform_title: str, col_style="年度") -> list[dict]:
    s, v = pkg.spec, pkg.real
    h = v[HIST]
    fin = s["company_fin"]
    items = [("space", 150), ("title", s["company"]), ("space", 20), ("title", "2023年度审计报告"), ("space", 40),
             ("h", f"              {report_no}"), ("space", 200), ("h", f"              {auditor}"),
             ("h", "              二〇二四年四月十八日"), ("break",),
             ("h", "审计报告"), ("p", f"{s['company']}全体股东："),
             ("p", f"我们审计了{s['company']}（以下简称贵公司）财务报表，包括2023年12月31日的资产负债表，2023年度的利润表、现金流量表、"
                   "所有者权益变动表以及相关财务报表附注。"),
             ("p", "我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，公允反映了贵公司2023年12月31日的财务状况以及2023年度的经营成果和现金流量。"),
             ("p", "我们按照中国注册会计师审计准则的规定执行了审计工作。审计报告的“注册会计师对财务报表审计的责任”部分进一步阐述了我们在这些准则下的责任。"),
             ("space", 40), ("p", f"{auditor}            中国注册会计师：{s['cpa'][0]}、{s['cpa'][1]}"), ("break",),
             ("h", "利润表（简表）                                      单位：元"),
             ("table", [["项目", "本期金额", "上期金额"],
                        ["一、营业收入", yuan(fin[1]), yuan(round(fin[1] / (1 + fin[2] / 100), 2))],
                        ["减：营业成本", yuan(round(fin[1] * 0.71, 2)), yuan(round(fin[1] / (1 + fin[2] / 100) * 0.72, 2))],
                        ["税金及附加", yuan(fin[5] * 0.18), yuan(fin[5] * 0.16)],
                        ["研发费用", yuan(round(fin[1] * 0.062, 2)), yuan(round(fin[1] * 0.058, 2))],
                        ["二、营业利润", yuan(round(fin[4] * 1.03, 2)), yuan(round(fin[4] * 0.9, 2))],
                        ["三、利润总额", yuan(fin[4]), yuan(round(fin[4] * 0.88, 2))],
                        ["资产总计（期末）", yuan(fin[0]), yuan(round(fin[0] * 0.93, 2))]], [2.2, 1.5, 1.5]),
             ("p", "（注：上表为公司整体口径，不等同于工业互联网平台业务数据。）"), ("break",),
             ("h", platform_title)]
    conv = (lambda x: yuan(x)) if unit == "元" else (lambda x: f"{x:,.2f}")
    cols = [f"2023{col_style}", f"2022{col_style}", f"2021{col_style}"]
    rows = [["项目", *cols],
            ["平台营业收入", conv(h["2023年平台营收（万元）"]), conv(h["2022年平台营收（万元）"]), conv(h["2021年平台营收（万元）"])],
            ["平台研发投入", conv(s["rd"]), conv(s["rd_hist"][0]), conv(s["rd_hist"][1])],
            ["平台营业成本", conv(s["cost"]), conv(round(s["cost"] * 0.82, 2)), conv(round(s["cost"] * 0.7, 2))],
            ["平台利润总额", conv(s["profit"]), conv(s["profit_hist"][0]), conv(s["profit_hist"][1])]]
    items += [("p", f"金额单位：{unit}"), ("table", rows, [1.6, 1.3, 1.3, 1.3]),
              ("p", s["split_note"])]
    data, pages = R.flow_pdf(items, None if scanned else root / rel, header="" if scanned else f"{auditor}  审计报告")
    p = len(pages)
    q = lambda x: conv(x)
    norm = lambda x: round(x, 2)
    io = scanned
    facts = [fact("平台相关营业收入（万元）", q(h["2023年平台营收（万元）"]), unit, norm(h["2023年平台营收（万元）"]), rel, p, row="平台营业收入", col=cols[0], image_only=io),
             fact(HIST, q(h["2022年平台营收（万元）"]), unit, norm(h["2022年平台营收（万元）"]), rel, p, row="平台营业收入", col=cols[1], component="2022年平台营收（万元）", image_only=io),
             fact(HIST, q(h["2021年平台营收（万元）"]), unit, norm(h["2021年平台营收（万元）"]), rel, p, row="平台营业收入", col=cols[2], component="2021年平台营收（万元）", image_only=io),
             fact("平台相关研发投入（万元）", q(s["rd"]), unit, s["rd"], rel, p, row="平台研发投入", col=cols[0], image_only=io),
             fact("平台利润率（%）", q(s["profit"]), unit, s["profit"], rel, p, row="平台利润总额", col=cols[0], component="平台利润总额（万元）", image_only=io),
             fact("投资回报率（%）", q(s["profit"]), unit, s["profit"], rel, p, row="平台利润总额", col=cols[0], component="平台年利润（万元）", image_only=io)]
    _in_page(pages, facts, rel)
    if scanned:
        R.scan_pdf(data, root / rel, auditor, seed, seal_pages=(1, 2, p), seal_pos="bottom")
        for i, t in enumerate(pages, 1):
            R.record(pkg.pid, rel, i, t)
    return facts


# ------------------------------------------------------------------ device statistics
def device_xlsx(pkg: Pkg, root: Path, rel: str) -> list[dict]:
    v = pkg.real
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "按设备类别"
    ws.append(["设备类别（附录A二级分类）", "接入数量（台/套）", "其中公有云（台/套）", "公有云日均运行（台/套）"])
    for k in v["按二级分类统计工业设备数量（台/套）"]:
        ws.append([k, v["按二级分类统计工业设备数量（台/套）"][k], v["按二级分类统计公有云工业设备数量（台/套）"][k],
                   v["按二级分类统计公有云工业设备平均日运行数量（台/套）"][k]])
    ws.append(["合计", v[DEV], v["公有云工业设备连接数量（台/套）"], v["公有云工业设备平均日运行数量（台/套）"]])
    ws2 = wb.create_sheet("按区域")
    ws2.append(["区域（设备所属企业注册地）", "接入数量（台/套）", "其中公有云（台/套）"])
    for k, n in v["按省市区域统计工业设备数量（台/套）"].items():
        ws2.append([k, n, v["按省市区域统计公有云工业设备数量（台/套）"].get(k, 0)])
    ws3 = wb.create_sheet("海外设备")
    ws3.append(["国家", "接入数量（台/套）"])
    for k, n in v["按海外国家分类统计海外设备连接数量（台/套）"].items():
        ws3.append([k, n])
    ws3.append(["海外合计", v["海外设备连接数量（台/套）"]])
    ws4 = wb.create_sheet("导出信息")
    ws4.append(["导出时间", "2024-07-08 10:12:45"])
    ws4.append(["导出人", pkg.spec["backup"][0]])
    ws4.append(["已适配工业协议（种）", v["工业协议兼容适配数量（个）"]])
    for ws_ in (ws, ws2, ws3):
        for c in ws_[1]:
            c.font = Font(bold=True)
    R.save_xlsx(wb, root / rel, pkg.spec["author"])
    n = lambda x: f"{x}"
    return [fact(DEV, n(v[DEV]), "台/套", v[DEV], rel, 1, row="合计", col="接入数量（台/套）"),
            fact("公有云工业设备连接数量（台/套）", n(v["公有云工业设备连接数量（台/套）"]), "台/套", v["公有云工业设备连接数量（台/套）"], rel, 1, row="合计", col="其中公有云（台/套）"),
            fact("公有云工业设备平均日运行数量（台/套）", n(v["公有云工业设备平均日运行数量（台/套）"]), "台/套", v["公有云工业设备平均日运行数量（台/套）"], rel, 1, row="合计", col="公有云日均运行（台/套）"),
            fact("海外设备连接数量（台/套）", n(v["海外设备连接数量（台/套）"]), "台/套", v["海外设备连接数量（台/套）"], rel, 3, row="海外合计"),
            fact("工业协议兼容适配数量（个）", n(v["工业协议兼容适配数量（个）"]), "个", v["工业协议兼容适配数量（个）"], rel, 4, row="已适配工业协议（种）")]


def device_pdf(pkg: Pkg, root: Path, rel: str, title: str) -> list[dict]:
    v = pkg.real
    c = lambda x: f"{x:,}"
    cat = v["按二级分类统计工业设备数量（台/套）"]
    rows = [["设备类别", "接入数量（台/套）", "公有云接入（台/套）", "公有云日均运行（台/套）"]]
    rows += [[k, c(cat[k]), c(v["按二级分类统计公有云工业设备数量（台/套）"][k]), c(v["按二级分类统计公有云工业设备平均日运行数量（台/套）"][k])] for k in cat]
    rows.append(["总计", c(v[DEV]), c(v["公有云工业设备连接数量（台/套）"]), c(v["公有云工业设备平均日运行数量（台/套）"])])
    reg = v["按省市区域统计工业设备数量（台/套）"]
    rows2 = [["区域", "接入数量（台/套）"]] + [[k, c(n)] for k, n in reg.items()]
    ov = v["按海外国家分类统计海外设备连接数量（台/套）"]
    rows3 = [["海外国家", "接入数量（台/套）"]] + [[k, c(n)] for k, n in ov.items()] + [["海外设备合计", c(v["海外设备连接数量（台/套）"])]]
    items = [("h", title), ("p", "统计口径：截至2024年6月30日平台设备接入管理模块在册设备（含私有化部署项目回传设备）。"),
             ("table", rows, [1.6, 1.2, 1.2, 1.3]), ("p", f"平台已适配工业协议 {v['工业协议兼容适配数量（个）']} 种（Modbus、OPC UA、Profinet、MQTT等）。"),
             ("break",), ("h", "表2 按区域统计"), ("table", rows2, [2, 1.5]), ("h", "表3 海外设备"), ("table", rows3, [2, 1.5])]
    _, pages = R.flow_pdf(items, root / rel, header=pkg.spec["company"])
    facts = [fact(DEV, c(v[DEV]), "台/套", v[DEV], rel, 1, row="总计", col="接入数量（台/套）"),
             fact("公有云工业设备连接数量（台/套）", c(v["公有云工业设备连接数量（台/套）"]), "台/套", v["公有云工业设备连接数量（台/套）"], rel, 1, row="总计", col="公有云接入（台/套）"),
             fact("公有云工业设备平均日运行数量（台/套）", c(v["公有云工业设备平均日运行数量（台/套）"]), "台/套", v["公有云工业设备平均日运行数量（台/套）"], rel, 1, row="总计", col="公有云日均运行（台/套）"),
             fact("工业协议兼容适配数量（个）", str(v["工业协议兼容适配数量（个）"]), "个", v["工业协议兼容适配数量（个）"], rel, 1, quote=f"平台已适配工业协议 {v['工业协议兼容适配数量（个）']} 种"),
             fact("海外设备连接数量（台/套）", c(v["海外设备连接数量（台/套）"]), "台/套", v["海外设备连接数量（台/套）"], rel, len(pages), quote=f"海外设备合计{c(v['海外设备连接数量（台/套）'])}", row="海外设备合计")]
    _in_page(pages, facts, rel)
    return facts


# ------------------------------------------------------------------ IP lists
def _ip_rows(pkg: Pkg, n: int, kind: str, seed: int) -> list[list[str]]:
    rng = random.Random(seed)
    words = pkg.spec["ip_words"]
    out = []
    for i in range(1, n + 1):
        w = words[i % len(words)]
        if kind == "patent":
            typ = "发明专利" if i % 3 else "实用新型"
            no = f"ZL{2018 + i % 6}{rng.randint(10, 99)}{rng.randint(1000000, 9999999)}.{rng.randint(0, 9)}"
            out.append([str(i), f"一种基于{w}的{pkg.spec['ip_objs'][i % len(pkg.spec['ip_objs'])]}方法", typ, no, pkg.spec["company"],
                        f"{2019 + i % 5}-{1 + i % 12:02d}-{1 + i % 27:02d}"])
        else:
            out.append([str(i), f"{pkg.spec['short']}{w}软件V{1 + i % 4}.{i % 10}", f"{2019 + i % 5}SR{rng.randint(1000000, 1999999)}",
                        pkg.spec["company"], f"{2019 + i % 5}-{1 + (i * 5) % 12:02d}-{1 + (i * 7) % 27:02d}"])
    return out


def ip_pdf(pkg: Pkg, root: Path, rel: str, patents: int, softs: int, seed: int) -> list[dict]:
    items = [("h", f"{pkg.spec['short']}平台核心技术知识产权清单"), ("p", f"权利人：{pkg.spec['company']}    统计截至：2024年6月30日"),
             ("h", f"一、专利清单（共{patents}项）"),
             ("table", [["序号", "专利名称", "类型", "专利号", "专利权人", "授权日"]] + _ip_rows(pkg, patents, "patent", seed), [0.5, 3, 0.9, 1.8, 1.8, 1], 7.5),
             ("break",), ("h", f"二、软件著作权清单（共{softs}项）"),
             ("table", [["序号", "软件名称", "登记号", "著作权人", "登记日"]] + _ip_rows(pkg, softs, "soft", seed + 1), [0.5, 3, 1.6, 2, 1], 7.5)]
    _, pages = R.flow_pdf(items, root / rel, header=f"{pkg.spec['company']} 知识产权清单")
    soft_page = next(i for i, t in enumerate(pages, 1) if f"二、软件著作权清单（共{softs}项）" in t)
    facts = [fact("平台核心软硬件技术获得的专利数量（项）", f"{patents}", "项", patents, rel, 1, quote=f"一、专利清单（共{patents}项）", row="专利清单"),
             fact("平台核心软硬件技术获得的软著数量（个）", f"{softs}", "个", softs, rel, soft_page, quote=f"二、软件著作权清单（共{softs}项）", row="软件著作权清单")]
    _in_page(pages, facts, rel)
    return facts


def ip_xlsx(pkg: Pkg, root: Path, rel: str, patents: int, softs: int, seed: int) -> list[dict]:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "专利"
    ws.append(["序号", "专利名称", "类型", "专利号", "专利权人", "授权日"])
    for r in _ip_rows(pkg, patents, "patent", seed):
        ws.append(r)
    ws.append([f"专利合计：{patents}项"])
    ws2 = wb.create_sheet("软件著作权")
    ws2.append(["序号", "软件名称", "登记号", "著作权人", "登记日"])
    for r in _ip_rows(pkg, softs, "soft", seed + 1):
        ws2.append(r)
    ws2.append([f"软著合计：{softs}项"])
    R.save_xlsx(wb, root / rel, pkg.spec["author"])
    return [fact("平台核心软硬件技术获得的专利数量（项）", f"{patents}", "项", patents, rel, 1, quote=f"专利合计：{patents}项", row="专利合计"),
            fact("平台核心软硬件技术获得的软著数量（个）", f"{softs}", "个", softs, rel, 2, quote=f"软著合计：{softs}项", row="软著合计")]


# ------------------------------------------------------------------ awards (scan)
def awards_scan(pkg: Pkg, root: Path, rel: str, seed: int) -> list[dict]:
    aw = pkg.spec["awards"]
    rows = [["序号", "奖项/荣誉名称", "获奖时间", "颁发单位"]] + [[str(i), *a.split("｜")] for i, a in enumerate(pkg.spec["award_rows"], 1)]
    items = [("h", f"{pkg.spec['short']}平台获得省部级及以上奖项/荣誉清单"), ("table", rows, [0.5, 3.2, 1, 2]),
             ("p", f"合计：{len(aw)}项"), ("space", 30), ("p", f"{pkg.spec['company']}（盖章）")]
    data, pages = R.flow_pdf(items)
    R.scan_pdf(data, root / rel, pkg.spec["company"], seed, seal_pages=(1,), seal_pos=0.5)
    R.record(pkg.pid, rel, 1, pages[0])
    return [fact("平台获得省部级及以上奖项/荣誉数量（个）", str(len(aw)), "个", len(aw), rel, 1, quote=f"合计：{len(aw)}项", row="合计", image_only=True)]


# ------------------------------------------------------------------ served enterprises
def enterprise_xlsx(pkg: Pkg, root: Path, rel: str, seed: int, detail=True) -> list[dict]:
    v = pkg.real
    rng = random.Random(seed)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "统计"
    stats = [("实际服务企业数（家）", v["实际服务企业数（个）"]), ("其中：付费企业数（家）", v["付费企业数（个）"]),
             ("其中：上海市企业（家）", v["服务本市企业数量（个）"]), ("其中：中小企业（家）", v["服务中小企业数量（个）"]),
             ("平台注册企业（家）", v["注册企业用户数（个）"])]
    ws.append(["指标", "数量", "统计口径"])
    for k, n in stats:
        ws.append([k, n, "截至2024-06-30，已剔除配套商及电商注册用户"])
    if detail:
        ws2 = wb.create_sheet("服务企业明细")
        ws2.append(["序号", "企业名称", "所属行业", "注册地", "是否付费", "企业规模"])
        inds = [k for k, n in v["按行业统计服务企业数（个）"].items() for _ in range(n)]
        regs = [k for k, n in v["按省市区域统计服务企业数（个）"].items() for _ in range(n)]
        rng.shuffle(inds)
        paid = set(rng.sample(range(len(regs)), v["付费企业数（个）"]))
        sme_left = v["服务中小企业数量（个）"]
        syl = "华鑫鼎泰恒瑞宏达盛康源联丰诚信远博明佳德嘉隆茂顺昌合力金科"
        for i, (ind, reg) in enumerate(zip(inds, regs), 1):
            name = reg[:2] + "".join(rng.choice(syl) for _ in range(2)) + rng.choice(["机电", "精密", "材料", "装备", "制造", "科技", "工业"]) + "有限公司"
            sme = sme_left > 0 and (i % 5 != 0 or len(regs) - i < sme_left)
            sme_left -= sme
            ws2.append([i, name, ind, reg, "是" if i - 1 in paid else "否", "中小企业" if sme else "大型企业"])
    R.save_xlsx(wb, root / rel, pkg.spec["author"])
    labels = ["实际服务企业数（个）", "付费企业数（个）", "服务本市企业数量（个）", "服务中小企业数量（个）", "注册企业用户数（个）"]
    return [fact(lab, str(n), "家", n, rel, 1, row=k, col="数量") for lab, (k, n) in zip(labels, stats)]


# ------------------------------------------------------------------ operations export
def ops_xlsx(pkg: Pkg, root: Path, rel: str) -> list[dict]:
    v = pkg.real
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "订阅统计"
    ws.append(["统计项", "数值", "单位", "口径"])
    o = v["平台订单数量(近一年总量)（个）"]
    rows = [("平台订单（2023年1-12月）", o["2023年自然年"], "单", "平台直接订阅服务订单"),
            ("平台订单（2023-07-01至2024-06-30）", o["截至填表日前一年"], "单", "同上"),
            ("工业APP累计订阅", v["工业APP订阅总数量（个）"], "个", "自运营以来累计"),
            ("TOP5（杀手锏）APP订阅", v["杀手锏工业APP订阅数量（个）"], "个", "订阅用户数"),
            ("工业APP累计订阅金额", v["工业APP订阅总金额（万元）"], "万元", "自运营以来累计")]
    for r in rows:
        ws.append(list(r))
    R.save_xlsx(wb, root / rel, pkg.spec["author"])
    return [fact("平台订单数量(近一年总量)（个）", str(rows[0][1]), "个", rows[0][1], rel, 1, row=rows[0][0], col="数值"),
            fact("工业APP订阅总数量（个）", str(rows[2][1]), "个", rows[2][1], rel, 1, row=rows[2][0], col="数值"),
            fact("杀手锏工业APP订阅数量（个）", str(rows[3][1]), "个", rows[3][1], rel, 1, row=rows[3][0], col="数值"),
            fact("工业APP订阅总金额（万元）", str(rows[4][1]), "万元", rows[4][1], rel, 1, row=rows[4][0], col="数值")]


# ------------------------------------------------------------------ resource report (text PDF)
def resource_pdf(pkg: Pkg, root: Path, rel: str, title: str) -> list[dict]:
    v = pkg.real
    f2 = lambda x: f"{x:.2f}"
    rows = [["资源项", "数值", "单位"],
            ["云服务器（含私有云、公有云）", f2(v["平台实际用云量（台）"]), "台"],
            ["其中：公有云服务器", str(v["平台公有云实际使用数量（台）"]), "台"],
            ["存储总容量", f2(v["存储容量（TB）"]), "TB"],
            ["已存储工业数据", f2(v["存储工业数据量（TB）"]), "TB"],
            ["其中：公有云存储数据", f2(v["公有云数据总量（TB）"]), "TB"]]
    items = [("h", title), ("p", f"报告期：2024年6月    运维单位：{pkg.spec['company']}平台运维部"),
             ("p", "一、资源概况"), ("table", rows, [2.5, 1.2, 0.8]),
             ("p", "二、说明：未云化的物理服务器未计入；存储数据含平台应用、用户、过程数据及系统内部存储数据。")]
    _, pages = R.flow_pdf(items, root / rel, header=title)
    labs = ["平台实际用云量（台）", "平台公有云实际使用数量（台）", "存储容量（TB）", "存储工业数据量（TB）", "公有云数据总量（TB）"]
    facts = [fact(lab, r[1], r[2], float(r[1]) if "." in r[1] else int(r[1]), rel, 1, row=r[0], col="数值") for lab, r in zip(labs, rows[1:])]
    _in_page(pages, facts, rel)
    return facts


# ------------------------------------------------------------------ team roster summary (text PDF)
def team_pdf(pkg: Pkg, root: Path, rel: str) -> list[dict]:
    v = pkg.real
    rows = [["岗位类别", "人数（人）", "其中具备职称/从业资格（人）"],
            ["平台运维（基础运维、迭代开发、优化升级）", str(v["运维人数（人）"]), str(pkg.spec["qual_split"][0])],
            ["平台运营（运营、销售、管理）", str(v["运营人数（人）"]), str(pkg.spec["qual_split"][1])],
            ["合计", str(v["平台团队总人数（人）"]), str(v["有相关技术职称/从业资格的人数（人）"])]]
    items = [("h", "平台团队人员构成说明（截至2024年7月10日）"), ("table", rows, [3, 1, 1.6]),
             ("p", "注：人员名单及劳动合同、社保缴纳记录备查。"), ("space", 20), ("p", f"{pkg.spec['company']}人力资源部")]
    _, pages = R.flow_pdf(items, root / rel)
    facts = [fact("平台团队总人数（人）", rows[3][1], "人", v["平台团队总人数（人）"], rel, 1, quote="合计" + rows[3][1], row="合计", col="人数（人）"),
             fact("运维人数（人）", rows[1][1], "人", v["运维人数（人）"], rel, 1, quote="优化升级）" + rows[1][1], row=rows[1][0], col="人数（人）"),
             fact("运营人数（人）", rows[2][1], "人", v["运营人数（人）"], rel, 1, quote="管理）" + rows[2][1], row=rows[2][0], col="人数（人）"),
             fact("有相关技术职称/从业资格的人数（人）", rows[3][2], "人", v["有相关技术职称/从业资格的人数（人）"], rel, 1,
                  quote=rows[3][1] + rows[3][2], row="合计", col="其中具备职称/从业资格（人）")]
    _in_page(pages, facts, rel)
    return facts


# ------------------------------------------------------------------ dashboards
def screenshot_png(pkg: Pkg, root: Path, rel: str, title: str, tiles: list[tuple[str, str, str, str, float]], footer: str,
                   seed: int, theme="dark") -> list[dict]:
    """tiles: (caption, shown text, label, unit, normalized)."""
    img, drawn = R.dashboard(title, [(c, t) for c, t, *_ in tiles], footer, seed, theme=theme)
    R.save_png(img, root / rel)
    R.record(pkg.pid, rel, 1, drawn)
    return [fact(lab, shown, unit, norm, rel, 1, quote=shown, row=cap, image_only=True) for cap, shown, lab, unit, norm in tiles if lab]


def screenshots_pdf(pkg: Pkg, root: Path, rel: str, shots: list[tuple], seed: int) -> list[dict]:
    """Several dashboards pasted into an image-only PDF, one per page, caption drawn under each."""
    from PIL import Image, ImageDraw
    pages, facts = [], []
    for i, (title, tiles, footer, caption) in enumerate(shots, 1):
        img, drawn = R.dashboard(title, [(c, t) for c, t, *_ in tiles], footer, seed + i, theme="light")
        page = Image.new("RGB", (1240, 1754), (255, 255, 255))
        page.paste(img.resize((1120, 665)), (60, 200))
        d = ImageDraw.Draw(page)
        d.text((60, 900), caption, fill=(0, 0, 0), font=R.pil_font(28))
        pages.append(page)
        R.record(pkg.pid, rel, i, drawn + "\n" + caption)
        facts += [fact(lab, shown, unit, norm, rel, i, quote=shown, row=cap, image_only=True) for cap, shown, lab, unit, norm in tiles if lab]
    R.write_image_pdf(pages, root / rel)
    return facts
