"""Document writers of h93: evidence (returning the facts they print), 申报表, 申报书, 汇总表, 承诺, 联系人表."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import numpy as np
import openpyxl
from docx.shared import Pt

from eval_sets.blind.h93.labels import LABELS
from eval_sets.blind.h93.model import breakdown_text, summary_value
from eval_sets.blind.h93.render import Pdf, dashboard, images_pdf, normalize_zip, page_texts, scan_pdf


def fact(label, value, unit, normalized, file, page, quote, row_label="", column_label="", component="", image_only=False):
    return dict(label=label, value=value, unit=unit, normalized=normalized, file=file, page=page, quote=quote,
                row_label=row_label, column_label=column_label, component=component, image_only=image_only)


def yuan(wan: float) -> str:
    return f"{round(wan * 10000, 2):,.2f}"


# ------------------------------------------------------------------------------------------ evidence
def audit_pages(pdf: Pdf, fname: str, s: dict, real: dict, unit: str, cols: tuple[str, str]) -> list[dict]:
    """Audit report: cover, opinion, company 利润表 (元), platform 专项说明 (unit 万元 or 元)."""
    hist = real["平台近三年经营指标情况"]
    pdf.new_page()
    pdf.y -= 120
    pdf.text(f"{s['company']}", 16, center=True)
    pdf.text("2023年度财务报表审计报告", 18, center=True, gap=40)
    pdf.text(f"{s['auditor']}", 12, center=True)
    pdf.text(f"报告文号：{s['audit_no']}", 11, center=True)
    pdf.footer("第 1 页")
    pdf.new_page()
    pdf.text("审计报告", 14, center=True, gap=30)
    pdf.text(f"{s['company']}全体股东：", 10.5)
    pdf.para("一、审计意见  我们审计了贵公司财务报表，包括2023年12月31日的资产负债表，2023年度的利润表、现金流量表、"
             "所有者权益变动表以及相关财务报表附注。我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，"
             "公允反映了贵公司2023年12月31日的财务状况以及2023年度的经营成果和现金流量。", 10.5)
    pdf.para("二、形成审计意见的基础  我们按照中国注册会计师审计准则的规定执行了审计工作。", 10.5)
    pdf.text(f"{s['auditor']}        中国注册会计师：{s['cpa']}", 10.5)
    pdf.text("二〇二四年四月十九日", 10.5)
    pdf.footer("第 2 页")
    pdf.new_page()
    pdf.text("利润表", 14, center=True)
    pdf.text(f"编制单位：{s['company']}            2023年度            单位：元", 9)
    cr = s["company_rev"]
    rows = [["项目", cols[0], cols[1]],
            ["一、营业收入", yuan(cr), yuan(cr * 0.91)],
            ["减：营业成本", yuan(cr * 0.78), yuan(cr * 0.72)],
            ["税金及附加", yuan(cr * 0.006), yuan(cr * 0.0055)],
            ["销售费用", yuan(cr * 0.031), yuan(cr * 0.029)],
            ["管理费用", yuan(cr * 0.052), yuan(cr * 0.05)],
            ["研发费用", yuan(cr * 0.043), yuan(cr * 0.04)],
            ["二、营业利润", yuan(cr * 0.071), yuan(cr * 0.066)],
            ["三、利润总额", yuan(cr * 0.069), yuan(cr * 0.064)],
            ["四、净利润", yuan(cr * 0.058), yuan(cr * 0.055)]]
    pdf.table([200, 140, 140], rows)
    pdf.footer("第 3 页")
    pdf.new_page()
    page = pdf.page
    pdf.text(f"关于{s['name']}业务的专项说明", 13, center=True, gap=26)
    pdf.para(f"根据委托，我们对贵公司{s['name']}相关业务收入、研发投入及利润进行了专项核查，平台业务按平台订阅服务、"
             "平台实施服务口径单独核算，下表数据已包含在贵公司财务报表中。", 10)
    u = "万元" if unit == "万元" else "元"
    pdf.text(f"单位：{u}", 9)

    def f(x):
        return f"{x:,.2f}" if unit == "万元" else yuan(x)

    rows = [["项目", "2023年度", "2022年度", "2021年度"],
            ["平台相关营业收入", f(hist["2023年平台营收（万元）"]), f(hist["2022年平台营收（万元）"]), f(hist["2021年平台营收（万元）"])],
            ["平台相关研发投入", f(s["rd_real"]), f(s["rd_real"] * 0.87), f(s["rd_real"] * 0.8)],
            ["平台利润总额", f(s["profit"]), f(s["profit"] * 0.82), f(s["profit"] * 0.7)]]
    pdf.table([150, 110, 110, 110], rows)
    pdf.footer(f"第 {page} 页")
    conv = (lambda x: x) if unit == "万元" else (lambda x: round(x, 2))
    out = [fact("平台相关营业收入（万元）", f(hist["2023年平台营收（万元）"]), u, conv(hist["2023年平台营收（万元）"]), fname, page,
                f(hist["2023年平台营收（万元）"]), "平台相关营业收入", "2023年度")]
    for y in (2021, 2022):
        out.append(fact("平台近三年经营指标情况", f(hist[f"{y}年平台营收（万元）"]), u, hist[f"{y}年平台营收（万元）"], fname, page,
                        f(hist[f"{y}年平台营收（万元）"]), "平台相关营业收入", f"{y}年度", component=f"{y}年平台营收（万元）"))
    out.append(fact("平台相关研发投入（万元）", f(s["rd_real"]), u, s["rd_real"], fname, page, f(s["rd_real"]), "平台相关研发投入", "2023年度"))
    out.append(fact("平台利润率（%）", f(s["profit"]), u, s["profit"], fname, page, f(s["profit"]), "平台利润总额", "2023年度",
                    component="平台利润总额（万元）"))
    out.append(fact("投资回报率（%）", f(s["profit"]), u, s["profit"], fname, page, f(s["profit"]), "平台利润总额", "2023年度",
                    component="平台年利润（万元）"))
    return out


def ip_pages(pdf: Pdf, fname: str, s: dict, patents: int, copyrights: int, rng) -> list[dict]:
    out = []
    per_page = 34
    for kind, n, label, unit in (("专利清单", patents, "平台核心软硬件技术获得的专利数量（项）", "项"),
                                  ("软件著作权清单", copyrights, "平台核心软硬件技术获得的软著数量（个）", "项")):
        head = ["序号", "名称", "授权号/登记号", "权利人", "授权日期"]
        items = []
        for i in range(n):
            nm = s["ip_words"][i % len(s["ip_words"])] + ("方法" if kind == "专利清单" else "软件V" + str(1 + i % 4) + ".0")
            no = (f"ZL20{18 + i % 6}1{int(rng.integers(1000000, 9999999))}.{int(rng.integers(0, 9))}" if kind == "专利清单"
                  else f"2023SR{int(rng.integers(100000, 999999))}")
            items.append([str(i + 1), nm[:22], no, s["company"][:14], f"20{19 + i % 5}-{1 + i % 12:02d}-{10 + i % 18}"])
        first = True
        for k in range(0, n, per_page):
            pdf.new_page()
            pdf.text(f"{s['company']}  平台知识产权清单", 8)
            if first:
                title = f"{kind}（共{n}项）"
                pdf.text(title, 13, center=True, gap=24)
                out.append(fact(label, str(n), unit, n, fname, pdf.page, title, kind))
                first = False
            pdf.table([34, 170, 120, 110, 66], [head] + items[k:k + per_page], size=8, row_h=17)
    return out


def device_tables(real: dict) -> list[tuple[str, list[list]]]:
    dev = real["按二级分类统计工业设备数量（台/套）"]
    pub = real["按二级分类统计公有云工业设备数量（台/套）"]
    run = real["按二级分类统计公有云工业设备平均日运行数量（台/套）"]
    t1 = [["设备类别", "接入数量（台/套）", "其中：公有云接入（台/套）", "公有云日均运行（台/套）"]]
    t1 += [[k, dev[k], pub[k], run[k]] for k in dev]
    t1.append(["合计", real["连接的工业设备/产品/产线种类及数量（台/套）"], real["公有云工业设备连接数量（台/套）"],
               real["公有云工业设备平均日运行数量（台/套）"]])
    reg = real["按省市区域统计工业设备数量（台/套）"]
    t2 = [["区域", "接入数量（台/套）"]] + [[k, n] for k, n in reg.items()] + [["合计", sum(reg.values())]]
    tables = [("按设备类别统计", t1), ("按区域统计", t2)]
    if real["海外设备连接数量（台/套）"]:
        ov = real["按海外国家分类统计海外设备连接数量（台/套）"]
        tables.append(("海外设备", [["国家", "接入数量（台/套）"]] + [[k, n] for k, n in ov.items()] + [["海外合计", real["海外设备连接数量（台/套）"]]]))
    return tables


def device_facts(real, fname, page_of, sep: bool) -> list[dict]:
    def q(n):
        return f"{n:,}" if sep else str(n)
    out = []
    for label, col, tab in (("连接的工业设备/产品/产线种类及数量（台/套）", "接入数量（台/套）", 0),
                            ("公有云工业设备连接数量（台/套）", "其中：公有云接入（台/套）", 0),
                            ("公有云工业设备平均日运行数量（台/套）", "公有云日均运行（台/套）", 0)):
        n = real[label]
        out.append(fact(label, q(n), "台/套", n, fname, page_of[tab], q(n), "合计", col))
    if real["海外设备连接数量（台/套）"]:
        n = real["海外设备连接数量（台/套）"]
        out.append(fact("海外设备连接数量（台/套）", q(n), "台/套", n, fname, page_of[2], q(n), "海外合计", "接入数量（台/套）"))
    return out


def device_pdf_page(pdf: Pdf, fname: str, s: dict, real: dict) -> list[dict]:
    pdf.new_page()
    pdf.text(f"{s['name']}  接入设备统计表（截至2024年6月30日）", 12, center=True, gap=26)
    pages = {}
    for i, (title, rows) in enumerate(device_tables(real)):
        if pdf.y < 200:
            pdf.new_page()
        pdf.text(f"表{i + 1} {title}", 10)
        pdf.table([150, 100, 130, 110][:len(rows[0])], [[f"{c:,}" if isinstance(c, int) else c for c in r] for r in rows], size=8.5)
        pages[i] = pdf.page
    return device_facts(real, fname, pages, True)


def device_xlsx(path: Path, fname: str, s: dict, real: dict) -> list[dict]:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    pages = {}
    for i, (title, rows) in enumerate(device_tables(real)):
        ws = wb.create_sheet(title)
        ws.append([f"{s['name']} 设备接入数据导出（{title}）"])
        for r in rows:
            ws.append(r)
        ws.column_dimensions["A"].width = 18
        pages[i] = i + 1
    ws = wb.create_sheet("导出信息")
    ws.append(["导出时间", "2024-07-08 16:42:10"])
    ws.append(["导出人", s["contact"][0]])
    save_xlsx(wb, path)
    return device_facts(real, fname, pages, False)


def save_xlsx(wb, path: Path):
    wb.properties.creator = "Microsoft Excel"
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(str(path))
    normalize_zip(path)


def save_docx(d, path: Path):
    d.core_properties.author = "Administrator"
    d.core_properties.last_modified_by = "Administrator"
    d.core_properties.revision = 3
    path.parent.mkdir(parents=True, exist_ok=True)
    d.save(str(path))
    normalize_zip(path)


ENT_A = ["华", "沪", "申", "浦", "松", "嘉", "金", "宝", "闵", "青", "苏", "锡", "甬", "杭", "徽", "鲁", "粤", "楚", "蜀", "闽"]
ENT_B = ["宏", "瑞", "达", "恒", "鑫", "益", "泰", "隆", "新", "盛", "创", "联", "博", "通", "远", "凯", "晟", "科", "源", "丰"]
ENT_C = ["机电", "精密", "智能装备", "电气", "材料", "建设工程", "钢材贸易", "自动化", "电子", "环保科技", "能源", "物流", "制造"]


def enterprises_xlsx(path: Path, fname: str, s: dict, real: dict, rng, list_sheet: str, stat_sheet: str) -> list[dict]:
    served = real["实际服务企业数（个）"]
    paid, local, sme = real["付费企业数（个）"], real["服务本市企业数量（个）"], real["服务中小企业数量（个）"]
    inds = [k for k, n in real["按行业统计服务企业数（个）"].items() for _ in range(n)]
    regs = [k for k, n in real["按省市区域统计服务企业数（个）"].items() for _ in range(n)]
    paid_flags = np.zeros(served, bool)
    paid_flags[rng.choice(served, paid, replace=False)] = True
    sme_flags = np.zeros(served, bool)
    sme_flags[rng.choice(served, sme, replace=False)] = True
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = list_sheet
    ws.append(["序号", "企业名称", "所属行业", "注册地", "是否付费", "是否中小企业"])
    for i in range(served):
        nm = (ENT_A[i % 20] + ENT_B[(i // 20) % 20] + ENT_B[(i * 7 + 3) % 20] + ENT_C[(i // 400) % len(ENT_C)]
              + ("有限公司" if i % 3 else "股份有限公司"))
        ws.append([i + 1, f"{regs[i]}{nm}" if regs[i] != "上海" else f"上海{nm}", inds[i], regs[i],
                   "是" if paid_flags[i] else "否", "是" if sme_flags[i] else "否"])
    st = wb.create_sheet(stat_sheet)
    st.append(["统计项", "数量（家）"])
    st.append(["服务企业合计", served])
    st.append(["其中：付费企业", paid])
    st.append(["其中：注册地在上海市", local])
    st.append(["其中：中小企业", sme])
    st.append(["统计截止日期", "2024-06-30"])
    save_xlsx(wb, path)
    return [fact("实际服务企业数（个）", str(served), "家", served, fname, 2, str(served), "服务企业合计", "数量（家）"),
            fact("付费企业数（个）", str(paid), "家", paid, fname, 2, str(paid), "其中：付费企业", "数量（家）"),
            fact("服务本市企业数量（个）", str(local), "家", local, fname, 2, str(local), "其中：注册地在上海市", "数量（家）"),
            fact("服务中小企业数量（个）", str(sme), "家", sme, fname, 2, str(sme), "其中：中小企业", "数量（家）")]


def subscriptions_xlsx(path: Path, fname: str, s: dict, real: dict, rng) -> list[dict]:
    subs, amount = real["工业APP订阅总数量（个）"], real["工业APP订阅总金额（万元）"]
    ksubs = real["杀手锏工业APP订阅数量（个）"]
    n_apps = 12
    killer = [int(x) for x in np.diff(np.linspace(0, ksubs, 6).round())]
    rest = subs - ksubs
    others = [int(x) for x in np.diff(np.linspace(0, rest, n_apps - 4).round())]
    counts = killer + others
    cents = int(round(amount * 100))
    weights = np.array(counts, float) / sum(counts)
    amts = [int(cents * w) for w in weights]
    amts[0] += cents - sum(amts)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "订阅台账"
    ws.append(["排名", "工业APP名称", "订阅数量（个）", "累计订阅金额（万元）", "是否杀手锏APP"])
    for i, (c, a) in enumerate(zip(counts, amts)):
        ws.append([i + 1, s["apps_names"][i % len(s["apps_names"])] + ("" if i < len(s["apps_names"]) else f"（{i}）"), c, a / 100,
                   "是" if i < 5 else "否"])
    ws.append(["合计", "", subs, round(amount, 2), ""])
    save_xlsx(wb, path)
    return [fact("工业APP订阅总数量（个）", str(subs), "个", subs, fname, 1, str(subs), "合计", "订阅数量（个）"),
            fact("工业APP订阅总金额（万元）", f"{amount}", "万元", amount, fname, 1, f"{amount}", "合计", "累计订阅金额（万元）")]


def awards_pages(pdf: Pdf, fname: str, s: dict, image_only=False) -> list[dict]:
    pdf.new_page()
    n = len(s["awards"])
    title = f"平台获得省部级及以上奖项/荣誉清单（共{n}项）"
    pdf.text(title, 12, center=True, gap=26)
    pdf.table([34, 250, 130, 60], [["序号", "奖项/荣誉名称", "授予单位", "年份"]] +
              [[str(i + 1), a, b, y] for i, (a, b, y) in enumerate(s["awards"])], size=8.5)
    return [fact("平台获得省部级及以上奖项/荣誉数量（个）", str(n), "项", n, fname, pdf.page, f"共{n}项", "奖项/荣誉清单",
                 image_only=image_only)]


def screenshot_facts(fname: str, page: int, tiles: list[tuple[str, str, str, str, object]]) -> list[dict]:
    return [fact(label, val, unit, norm, fname, page, val, cap, image_only=True) for cap, val, label, unit, norm in tiles]


# ------------------------------------------------------------------------------------------ 申报表
TEXT_ROWS = [  # (三级, 内容, key) in the template's order; key = 附件4 label or a text key
    ("1.1.1战略定位", "平台定位是否明确", "t:定位"),
    ("1.1.1战略定位", "是否符合国家/地方相关政策方向，是否符合行业/产业发展现状与趋势", "t:政策"),
    ("1.1.2规划制定", "平台是否被纳入企业战略规划中", "t:战略"),
    ("1.1.2规划制定", "是否制定了平台专项规划", "t:规划"),
    ("1.1.2规划制定", "平台团队总人数（人）", "平台团队总人数（人）"),
    ("1.1.2规划制定", "其中：运维人数（人）", "运维人数（人）"),
    ("1.1.2规划制定", "运营人数（人）", "运营人数（人）"),
    ("1.1.2规划制定", "其中：有相关技术职称/从业资格的人数（人）", "有相关技术职称/从业资格的人数（人）"),
    ("1.2.1创新投入情况", "平台相关研发投入（万元）", "平台相关研发投入（万元）"),
    ("1.2.1创新投入情况", "平台相关研发投入强度（%）", "平台相关研发投入强度（%）"),
    ("1.2.2经营情况", "平台相关营业收入（万元）", "平台相关营业收入（万元）"),
    ("1.2.2经营情况", "平台利润率（%）", "平台利润率（%）"),
    ("1.2.2经营情况", "付费用户占比（%）", "付费用户占比（%）"),
]


def indicator_rows() -> list[tuple[str, str, str]]:
    rows = list(TEXT_ROWS)
    start = LABELS.index("连接的工业设备/产品/产线种类及数量（台/套）")
    special = {"平台是否建立安全管理体系": "是否针对平台制定了安全管理相关制度",
               "企业是否已上市或已获得VC/PE投资": "企业已上市或已获得VC/PE投资",
               "平台订单数量(近一年总量)（个）": "平台订单数量（个），填写近一年总量",
               "平台是否服务上海智能工厂，数量": "平台是否服务上海智能工厂，数量"}
    inserts = {"工业协议兼容适配数量（个）": [("2.1.1", "其他资源汇聚情况", "t:其他资源")],
               "按行业统计公有云工业APP平均日活跃数量（个）": [("2.2.1", "边缘数据处理能力", "t:边缘"), ("2.2.1", "其他数据采集能力", "t:采集"),
                                              ("2.2.2", "是否支持可拓展云计算能力", "t:可拓展"), ("2.2.2", "云化服务器算力", "t:算力")],
               "存储资源利用率（%）": [("2.2.2", "数据基础管理能力", "t:数据管理")],
               "按分类统计工业模型数量（个）": [("2.2.3", "是否提供通用建模分析算法", "t:通用算法"), ("2.2.3", "智能分析算法类型", "t:算法类型")],
               "活跃微服务数量（一周调用5次以上）（个）": [("2.4.1", "是否建立开发者社区及相关功能", "t:社区")],
               "活跃开发者数（个）": [("2.4.2", "平台支持开发语言类型", "t:语言"), ("2.4.2", "平台应用开发框架", "t:框架"),
                                   ("2.4.2", "平台应用开发工具", "t:工具")],
               "平台是否建立安全管理体系": [("2.5.1", "建立的安全制度保护了平台的哪些方面", "t:保护")],
               "有否定期进行安全扫描": [("2.5.2", "采用何种安全技术情况", "t:安全技术"), ("2.5.2", "核心数据安全保护手段", "t:备份")],
               "企业是否已上市或已获得VC/PE投资": [("3.1.2", "关键技术自主可控", "t:自主可控"), ("3.1.2", "解决方案累计对企业/用户新增效益", "t:新增效益"),
                                          ("3.1.2", "解决方案累计对企业/用户降低成本", "t:降本")],
               "平台连接工业设备安全生产持续时间平均提升率（%）": [("3.1.2", "平台数据价值挖掘应用能力", "t:数据价值"),
                                                  ("3.1.2", "工业互联网平台+供应链协同应用情况", "t:供应链"),
                                                  ("3.1.2", "平台有否与新技术的融合应用", "t:新技术")],
               "平台是否融合使用国家标识解析系统": [("3.1.3", "平台牵头/参与标准制定情况（国家标准、行业标准）", "t:标准")],
               "平台社会贡献率（%）": [("3.1.3", "平台对关键行业/领域、本市及其他重点区域等贡献及支撑", "t:贡献"),
                                  ("3.2.1", "是否建立供应链产业链开放共享机制", "t:开放机制")],
               "合作平台数量（个）": [("3.2.2", "跨平台调用功能建设情况", "t:跨平台"), ("3.2.2", "新产业、新模式培育情况", "t:新模式")]}
    for lab in LABELS[start:]:
        rows.append(("", special.get(lab, lab), lab))
        rows += inserts.get(lab, [])
    return rows


def cell_text(label: str, n, s: dict, sep: bool) -> str:
    if n is None:
        return ""
    if label in s["cell_text"]:
        return s["cell_text"][label]
    if isinstance(n, bool):
        return "是" if n else "否"
    if label == "平台是否服务上海智能工厂，数量":
        return f"是，共{n}家：" + "、".join(s["factories"])
    if label.startswith("平台订单数量"):
        return "；".join(f"{k}：{x:,}个" if sep else f"{k}：{x}个" for k, x in n.items())
    if isinstance(n, dict):
        return breakdown_text(n)
    if isinstance(n, float):
        return f"{n:,.2f}" if sep else f"{n:.2f}"
    if isinstance(n, int):
        return f"{n:,}" if sep else str(n)
    return str(n)
