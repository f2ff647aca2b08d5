"""Build the h37 blind set (third-party reports): packages/<id>/… and truth/<id>.json.

    /work/main/.venv/bin/python -m eval_sets.blind.h37.build [--out DIR]
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
from pathlib import Path

import openpyxl
from docx import Document
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl.styles import Alignment, Font
from PIL import Image, ImageDraw

from eval_sets.generator import fonts
from eval_sets.truth import PackageTruth, dump_truth

from . import kit
from .kit import H, W, PagedPdf
from .model import SUMMARY_LABELS, bd, declared_copy, derive, fmt, gen, growth_norm, growth_text, r2, th
from .specs import SPECS

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]


# ================================================================ helpers
def new_doc() -> Document:
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    return doc


def doc_table(doc, rows, bold_first=False):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            t.cell(i, j).text = str(cell)
            if bold_first and i == 0:
                for r in t.cell(i, j).paragraphs[0].runs:
                    r.bold = True
    return t


class Facts:
    def __init__(self):
        self.items: list[dict] = []

    def add(self, label, value, unit, normalized, file, page, quote, row_label="", column_label="", component="",
            image_only=False):
        self.items.append(dict(label=label, value=value, unit=unit, normalized=normalized, file=file, page=page,
                               quote=quote, row_label=row_label, column_label=column_label, component=component,
                               image_only=image_only))


def header_lab(no, lab):
    def h(c, n, m):
        c.setFont(kit.FONT, 8.5)
        c.drawString(60, H - 40, f"报告编号：{no}")
        c.drawRightString(W - 60, H - 40, f"第 {n} 页 共 {m} 页")
        c.line(60, H - 46, W - 60, H - 46)
        c.drawCentredString(W / 2, 30, lab)
    return h


# ================================================================ evidence: 专项审计报告
def audit_report(s, e, order, col_fmt):
    """Returns (pdf bytes, page of the table, column labels by year)."""
    pdf = PagedPdf(header=lambda c, n, m: (c.setFont(kit.FONT, 8), c.drawRightString(W - 60, H - 40, s["audit_no"])))
    pdf.page()
    pdf.gap(120)
    pdf.text(f"{s['company']}", size=16, center=True, dy=40)
    pdf.text(f"“{s['name']}”", size=15, center=True, dy=34)
    pdf.text("平台业务财务信息专项审计报告", size=20, center=True, dy=60)
    pdf.text(s["audit_no"], size=12, center=True, dy=220)
    pdf.text(s["auditor"], size=13, center=True, dy=24)
    pdf.text("二〇二四年六月十八日", size=12, center=True)
    # opinion
    pdf.page()
    pdf.text("专项审计报告", size=16, center=True, dy=34)
    pdf.text(s["audit_no"], size=10, center=True, dy=30)
    pdf.text(f"{s['company']}：", size=10.5)
    pdf.para(f"我们接受委托，审计了后附的{s['company']}（以下简称“贵公司”）“{s['name']}”（以下简称“平台”）"
             "2020年度至2023年度平台业务财务信息表及相关附注（以下简称“专项财务信息”）。")
    pdf.text("一、审计意见", size=11)
    pdf.para("我们认为，后附的专项财务信息在所有重大方面按照附注所述的编制基础编制，公允反映了平台2020年度至2023年度"
             "的营业收入、营业成本、研发投入及利润总额情况。")
    pdf.text("二、形成审计意见的基础", size=11)
    pdf.para("我们按照中国注册会计师审计准则的规定执行了审计工作。我们相信，我们获取的审计证据是充分、适当的，"
             "为发表审计意见提供了基础。本专项审计不构成对贵公司年度财务报表整体的审计，年度财务报表另见"
             "贵公司2023年度审计报告。")
    pdf.text("三、编制基础及使用限制", size=11)
    pdf.para("专项财务信息系贵公司根据平台业务合同台账、收入确认明细及研发项目辅助账，按附注二所述的拆分方法"
             "从公司整体财务报表中单独列示编制，仅供贵公司申报2024年度上海市工业互联网平台应用水平评价使用。")
    # table
    pdf.page()
    table_page = pdf.n
    pdf.text("平台业务财务信息表", size=14, center=True, dy=26)
    pdf.text(f"编制单位：{s['company']}", size=9.5, dy=4)
    pdf.text("单位：万元", x=W - 60, size=9.5, right=True, dy=18)
    cost = {y: r2(e["rev"][y] * (e["cost"] / e["rev"][2023])) for y in e["rev"]}
    rd = {y: r2(e["rev"][y] * (e["rd"] / e["rev"][2023])) for y in e["rev"]}
    rd[2023] = e["rd"]
    prof = {y: r2(e["rev"][y] * (e["profit"] / e["rev"][2023]) * (0.86 + 0.04 * (y - 2020))) for y in e["rev"]}
    prof[2023] = e["profit"]
    cols = [col_fmt(y) for y in order]
    rows = [["项目"] + cols]
    rows.append(["一、平台相关营业收入"] + [th(e["rev"][y]) for y in order])
    rows.append(["  其中：平台订阅服务收入"] + [th(r2(e["rev"][y] * 0.62)) for y in order])
    rows.append(["二、平台相关营业成本"] + [th(cost[y]) for y in order])
    rows.append(["三、平台相关研发投入"] + [th(rd[y]) for y in order])
    rows.append(["四、平台利润总额"] + [th(prof[y]) for y in order])
    pdf.table(rows, [150] + [(W - 120 - 150) / len(order)] * len(order), aligns=["l"] + ["r"] * len(order), size=9)
    pdf.gap(10)
    pdf.text("平台建设投入情况（截至2023年12月31日）", size=11, dy=22)
    pdf.table([["项目", "金额（万元）"], ["平台建设累计投入金额", th(e["build"])],
               ["  其中：软硬件购置", th(r2(e["build"] * 0.41))], ["  其中：研发及实施人工", th(r2(e["build"] - r2(e["build"] * 0.41)))]],
              [250, 150], aligns=["l", "r"])
    pdf.text("注：平台相关研发投入口径参照国家统计局研究与试验发展（R&D）经费支出统计口径。", size=8.5)
    # notes
    pdf.page()
    pdf.text("专项财务信息附注", size=14, center=True, dy=30)
    pdf.text("一、平台基本情况", size=11)
    pdf.para(f"{s['name']}由{s['company']}自{s['build_time'][0]}年起建设运营，面向{s['field']}领域提供设备接入、"
             "工业APP订阅、数据分析及解决方案服务。")
    pdf.text("二、拆分方法", size=11)
    pdf.para("平台相关营业收入按合同台账中标注为平台订阅、平台实施及平台运维的合同逐笔归集，依据收入确认单确认；"
             "营业成本按项目辅助核算归集，无法直接归属的共同成本按平台收入占公司营业收入的比例分摊；研发投入按研发项目"
             "辅助账中与平台相关的项目归集；利润总额为上述收入减去成本、期间费用分摊后的金额。")
    pdf.text("三、其他说明", size=11)
    pdf.para("上表中2020年度数据仅用于计算2021年度平台营业收入增长率，不作为本次评价的申报数据。")
    # signature
    pdf.page()
    pdf.gap(40)
    pdf.text("（本页无正文，为专项审计报告签字盖章页）", size=10.5, center=True, dy=80)
    pdf.text(s["auditor"], size=11, x=70, dy=40)
    pdf.text(f"中国注册会计师：{s['cpas'][0]}", size=11, x=340, dy=60)
    pdf.text(f"中国注册会计师：{s['cpas'][1]}", size=11, x=340, dy=60)
    pdf.text("中国·上海", size=11, x=70, dy=22)
    pdf.text("二〇二四年六月十八日", size=11, x=340)
    pdf.seal_mark(150, H - 230, 52, s["auditor"][:12])
    pdf.seal_mark(470, H - 225, 38, s["cpas"][0] + "注册会计师")
    pdf.seal_mark(470, H - 285, 38, s["cpas"][1] + "注册会计师")
    return pdf.render(), table_page


def audit_facts(F, s, e, file, page, order, col_fmt, image_only=False):
    c = {y: col_fmt(y) for y in order}
    F.add("平台相关营业收入（万元）", th(e["rev"][2023]), "万元", e["rev"][2023], file, page, th(e["rev"][2023]),
          "一、平台相关营业收入", c[2023], image_only=image_only)
    for y in (2021, 2022):
        F.add("平台近三年经营指标情况", th(e["rev"][y]), "万元", e["rev"][y], file, page, th(e["rev"][y]),
              "一、平台相关营业收入", c[y], f"{y}年平台营收（万元）", image_only=image_only)
    F.add("平台相关研发投入（万元）", th(e["rd"]), "万元", e["rd"], file, page, th(e["rd"]), "三、平台相关研发投入", c[2023],
          image_only=image_only)
    F.add("平台利润率（%）", th(e["profit"]), "万元", e["profit"], file, page, th(e["profit"]), "四、平台利润总额", c[2023],
          "平台利润总额（万元）", image_only=image_only)
    F.add("投资回报率（%）", th(e["profit"]), "万元", e["profit"], file, page, th(e["profit"]), "四、平台利润总额", c[2023],
          "平台年利润（万元）", image_only=image_only)
    F.add("平台建设金额（万元）", th(e["build"]), "万元", e["build"], file, page, th(e["build"]), "平台建设累计投入金额",
          "金额（万元）", image_only=image_only)


# ================================================================ evidence: 检测报告
def lab_report(s, e, company, platform, seed):
    rng = random.Random(seed)
    pdf = PagedPdf(header=header_lab(s["lab_no"], s["lab"]))
    pdf.page()
    pdf.gap(30)
    pdf.box(60, H - 170, 110, 70, ["CMA", "检验检测机构", "资质认定"], size=10, color=(0.8, 0.1, 0.1))
    pdf.box(W - 170, H - 170, 110, 70, ["CNAS", "CNAS L" + str(10000 + seed % 9000), "实验室认可"], size=10,
            color=(0.1, 0.2, 0.6))
    pdf.gap(130)
    pdf.text("检 测 报 告", size=26, center=True, dy=40)
    pdf.text("Test Report", size=13, center=True, dy=70)
    rows = [["样品名称", f"{platform} V3.2"], ["委托单位", company], ["检测类别", "委托检测"],
            ["报告编号", s["lab_no"]], ["签发日期", s["lab_date"]]]
    pdf.table(rows, [110, 300], x=(W - 410) / 2, size=11, row_h=28, header_fill=False)
    pdf.gap(150)
    pdf.text(s["lab"], size=14, center=True)
    # conclusions
    pdf.page()
    pdf.text("检测结论", size=15, center=True, dy=30)
    rows = [["项目", "内容"], ["样品名称", f"{platform} V3.2"], ["委托单位", company],
            ["检测依据", "GB/T 25000.51-2016；委托方提供的平台技术要求说明"],
            ["检测时间", f"2024年5月6日至{s['lab_asof']}"], ["检测地点", "委托方生产环境及本中心实验室"],
            ["检测结论", "所检项目均符合技术要求（详见检测结果）"]]
    pdf.table(rows, [110, 365], size=10, row_h=24)
    pdf.text("注意事项：", size=10)
    for t in ("1. 报告无本中心“检验检测专用章”或骑缝章无效；", "2. 数量核查类项目以委托方生产环境管理后台记录为准，"
              "本中心对记录的完整性进行抽查核验；", "3. 抽样检测结果仅对所抽样本有效；",
              "4. 报告复制未重新加盖“检验检测专用章”无效。"):
        pdf.text(t, size=9.5, x=72)
    pdf.gap(30)
    pdf.text("批准：__________    审核：__________    主检：__________", size=10)
    # results 1
    pdf.page()
    res_page = pdf.n
    pdf.text("检测结果（一）资源汇聚与设备接入", size=13, dy=26)
    on = 200 - rng.randrange(2, 8)
    rows = [["序号", "检测项目", "技术要求", "检测结果", "单项结论"],
            ["1", "接入设备总数核查", "核查设备管理模块登记数", f"{th(e['devices'])}台/套", "符合"],
            ["2", "公有云接入设备核查", "核查公有云租户登记数", f"{th(e['pub'])}台/套", "符合"],
            ["3", "设备在线抽样检测", "随机抽取200台验证上报", f"抽样200台，在线{on}台", "符合"],
            ["4", "并发连接能力", "≥30,000个并发连接", f"{th(rng.randrange(40, 60) * 1000)}个", "符合"],
            ["5", "数据上报平均响应时间", "≤500 ms", f"{rng.randrange(90, 240)} ms", "符合"],
            ["6", "工业协议兼容适配", "核查协议驱动库", f"{e['protocols']}种", "符合"]]
    pdf.table(rows, [34, 120, 140, 115, 66], size=9.5, row_h=24, aligns=["c", "l", "l", "r", "c"])
    pdf.para(f"经核查，截至{s['lab_asof']}，平台设备管理模块登记的接入设备总数为{th(e['devices'])}台/套；本次另从中随机"
             f"抽取200台设备进行在线状态及数据上报检测，{on}台在线并按周期上报数据，抽样设备清单见附录A。",
             size=9.5)
    # results 2
    pdf.page()
    res2_page = pdf.n
    pdf.text("检测结果（二）应用、模型与数据", size=13, dy=26)
    rows = [["序号", "检测项目", "技术要求", "检测结果", "单项结论"],
            ["7", "微服务数量核查", "核查服务注册中心", f"{th(e['ms'])}个", "符合"],
            ["8", "活跃微服务核查", "一周调用5次以上", f"{th(e['ms_active'])}个", "符合"],
            ["9", "工业APP数量核查", "核查应用商店上架记录", f"{th(e['apps'])}个", "符合"],
            ["10", "工业机理模型核查", "核查模型库登记记录", f"{th(e['models'])}个", "符合"],
            ["11", "存储容量核查", "核查存储资源配置", f"{e['storage']:.2f} TB", "符合"],
            ["12", "存储数据量核查", "核查已用存储空间", f"{e['stored']:.2f} TB", "符合"],
            ["13", "单TB数据分析耗时", "≤10 s", f"{rng.uniform(1.5, 6):.1f} s", "符合"]]
    pdf.table(rows, [34, 120, 140, 115, 66], size=9.5, row_h=24, aligns=["c", "l", "l", "r", "c"])
    # appendix: sampled devices
    cats = list(e["dev_cat"].keys())
    regs = [k for k in e["dev_reg"].keys()]
    items = []
    for i in range(1, 201):
        ok = "在线" if i % (200 // max(1, 200 - on) + 1) else "离线"
        items.append([str(i), f"DEV-{seed % 97:02d}{rng.randrange(100000, 999999)}", rng.choice(cats), rng.choice(regs), ok])
    off = [r for r in items if r[4] == "离线"]
    # force the offline count to 200 - on
    for r in items:
        r[4] = "在线"
    for k in range(200 - on):
        items[17 + k * 29][4] = "离线"
    for start in range(0, 200, 40):
        pdf.page()
        if start == 0:
            pdf.text("附录A 抽样检测设备清单（抽样200台）", size=12, dy=22)
        pdf.table([["序号", "设备编号", "设备类别", "所属企业注册地", "在线状态"]] + items[start:start + 40],
                  [40, 120, 120, 130, 65], size=8, row_h=15.5)
    return pdf.render(), res_page, res2_page


def lab_facts(F, e, file, p1, p2, image_only):
    F.add("连接的工业设备/产品/产线种类及数量（台/套）", th(e["devices"]), "台/套", e["devices"], file, p1,
          f"{th(e['devices'])}台/套", "接入设备总数核查", "检测结果", image_only=image_only)
    F.add("公有云工业设备连接数量（台/套）", th(e["pub"]), "台/套", e["pub"], file, p1, f"{th(e['pub'])}台/套",
          "公有云接入设备核查", "检测结果", image_only=image_only)
    F.add("工业协议兼容适配数量（个）", str(e["protocols"]), "种", e["protocols"], file, p1, f"{e['protocols']}种",
          "工业协议兼容适配", "检测结果", image_only=image_only)
    for key, label, cap in (("ms", "微服务数量（个）", "微服务数量核查"), ("ms_active", "活跃微服务数量（一周调用5次以上）（个）", "活跃微服务核查"),
                            ("apps", "工业APP数量（个）", "工业APP数量核查"), ("models", "工业机理模型数量（个）", "工业机理模型核查")):
        F.add(label, th(e[key]), "个", e[key], file, p2, f"{th(e[key])}个", cap, "检测结果", image_only=image_only)
    F.add("存储容量（TB）", f"{e['storage']:.2f}", "TB", e["storage"], file, p2, f"{e['storage']:.2f} TB", "存储容量核查",
          "检测结果", image_only=image_only)
    F.add("存储工业数据量（TB）", f"{e['stored']:.2f}", "TB", e["stored"], file, p2, f"{e['stored']:.2f} TB", "存储数据量核查",
          "检测结果", image_only=image_only)


# ================================================================ evidence: 知识产权
def ip_report(s, e, title, agency, no, seed):
    rng = random.Random(seed)
    pdf = PagedPdf(header=lambda c, n, m: (c.setFont(kit.FONT, 8), c.drawString(60, H - 40, f"{agency}  {no}"),
                                           c.drawRightString(W - 60, H - 40, f"第{n}页/共{m}页")))
    pdf.page()
    pdf.text(title, size=16, center=True, dy=30)
    pdf.text(f"报告编号：{no}", size=10, center=True, dy=30)
    rows = [["项目", "内容"], ["委托人", s["company"]], ["检索对象", f"{s['name']}核心软硬件技术相关知识产权"],
            ["检索数据库", "中国专利公布公告、中国版权保护中心登记公告"], ["检索截止日", "2024年6月30日"]]
    pdf.table(rows, [110, 365], size=10, row_h=24)
    pdf.text("检索结论", size=12, dy=22)
    pdf.para(f"经检索，截至2024年6月30日，以{s['company']}为权利人（著作权人）、与{s['name']}核心软硬件技术相关的有效专利"
             "及计算机软件著作权情况如下，明细见附表1、附表2：", size=10)
    pdf.table([["类别", "数量"], ["有效专利", f"{e['patents']}项"], ["计算机软件著作权", f"{e['softcr']}项"]], [200, 120],
              size=10, row_h=22, aligns=["l", "r"])
    count_page = pdf.n
    pdf.gap(20)
    pdf.text(agency, size=11, x=340, dy=20)
    pdf.text("2024年7月3日", size=11, x=340)
    pdf.seal_mark(420, pdf.y + 40, 42, agency[:12])
    kinds = ["发明专利", "实用新型"]
    pats = [[str(i), f"ZL20{rng.randrange(18, 24)}1{rng.randrange(1000000, 9999999)}.{rng.randrange(0, 10)}",
             rng.choice(kinds), f"一种{s['field'][:4]}{rng.choice(['设备状态监测', '数据采集', '故障诊断', '能耗分析', '边缘计算'])}方法{i}"]
            for i in range(1, e["patents"] + 1)]
    sws = [[str(i), f"2{rng.randrange(0, 4)}SR{rng.randrange(1000000, 1999999)}",
            f"{s['short']}{rng.choice(['平台', '设备', '数据', '应用'])}{rng.choice(['管理', '分析', '监测', '接入'])}软件V{rng.randrange(1, 4)}.0"]
           for i in range(1, e["softcr"] + 1)]
    first_pat = None
    for start in range(0, len(pats), 36):
        pdf.page()
        if start == 0:
            first_pat = pdf.n
            pdf.text(f"附表1 有效专利清单（共{e['patents']}项）", size=11, dy=20)
        pdf.table([["序号", "专利号", "类型", "专利名称"]] + pats[start:start + 36], [36, 150, 70, 219], size=8, row_h=17)
    first_sw = None
    for start in range(0, len(sws), 36):
        pdf.page()
        if start == 0:
            first_sw = pdf.n
            pdf.text(f"附表2 计算机软件著作权清单（共{e['softcr']}项）", size=11, dy=20)
        pdf.table([["序号", "登记号", "软件名称"]] + sws[start:start + 36], [36, 150, 289], size=8, row_h=17)
    return pdf.render(), count_page, first_pat, first_sw


def ip_facts(F, e, file, count_page, p_pat, p_sw, image_only):
    F.add("平台核心软硬件技术获得的专利数量（项）", str(e["patents"]), "项", e["patents"], file, count_page, f"{e['patents']}项",
          "有效专利", "数量", image_only=image_only)
    F.add("平台核心软硬件技术获得的专利数量（项）", str(e["patents"]), "项", e["patents"], file, p_pat,
          f"附表1 有效专利清单（共{e['patents']}项）", "附表1 有效专利清单", image_only=image_only)
    F.add("平台核心软硬件技术获得的软著数量（个）", str(e["softcr"]), "项", e["softcr"], file, count_page, f"{e['softcr']}项",
          "计算机软件著作权", "数量", image_only=image_only)
    F.add("平台核心软硬件技术获得的软著数量（个）", str(e["softcr"]), "项", e["softcr"], file, p_sw,
          f"附表2 计算机软件著作权清单（共{e['softcr']}项）", "附表2 计算机软件著作权清单", image_only=image_only)


# ================================================================ evidence: 等保 / DCMM / ISO
def dengbao(s):
    pdf = PagedPdf(header=lambda c, n, m: (c.setFont(kit.FONT, 8), c.drawString(60, H - 40, f"报告编号：{s['dj_no']}"),
                                           c.drawRightString(W - 60, H - 40, f"第 {n} 页 共 {m} 页")))
    pdf.page()
    pdf.gap(60)
    pdf.text("网络安全等级保护测评报告", size=20, center=True, dy=34)
    pdf.text("（摘要）", size=12, center=True, dy=60)
    rows = [["项目", "内容"], ["被测对象", s["name"]], ["被测单位", s["company"]], ["安全保护等级", "第三级（S3A3）"],
            ["备案证明编号", f"31011{s['seed']:04d}-{s['dj_no'][-9:-5]}1"], ["测评机构", s["dj_org"]], ["报告时间", s["dj_date"]]]
    pdf.table(rows, [120, 355], size=10.5, row_h=26)
    pdf.page()
    pdf.text("等级测评结论", size=14, center=True, dy=30)
    pdf.table([["测评结论", "综合得分"], ["基本符合", s["dj_score"]]], [237, 238], size=11, row_h=26)
    pdf.para(f"依据GB/T 22239-2019《信息安全技术 网络安全等级保护基本要求》及GB/T 28448-2019，对{s['name']}开展第三级"
             "等级测评。被测对象在安全物理环境、安全通信网络、安全区域边界、安全计算环境、安全管理中心及安全管理制度等"
             "方面存在少量中低风险问题，不存在高风险问题，测评结论为基本符合。", size=10)
    pdf.text("问题分布：高风险 0 项，中风险 3 项，低风险 11 项。", size=10)
    pdf.gap(40)
    pdf.text(s["dj_org"], size=11, x=330, dy=20)
    pdf.text(s["dj_date"], size=11, x=330)
    pdf.seal_mark(410, pdf.y + 40, 42, s["dj_org"][:12])
    return pdf.render()


def dcmm(s):
    pdf = PagedPdf(header=lambda c, n, m: (c.setFont(kit.FONT, 8), c.drawString(60, H - 40, s["dcmm_no"]),
                                           c.drawRightString(W - 60, H - 40, f"{n}/{m}")))
    pdf.page()
    pdf.text("数据管理能力成熟度（DCMM）评估报告", size=17, center=True, dy=30)
    pdf.text(f"评估编号：{s['dcmm_no']}", size=10, center=True, dy=30)
    rows = [["项目", "内容"], ["受评单位", s["company"]], ["评估范围", f"{s['name']}及相关数据管理活动"],
            ["评估依据", "GB/T 36073-2018《数据管理能力成熟度评估模型》"], ["评估时间", "2024年3月"], ["评估等级", s["dcmm_level"]],
            ["评估机构", s["dcmm_org"]]]
    pdf.table(rows, [110, 365], size=10, row_h=24)
    pdf.text("各能力域得分", size=12, dy=22)
    dom = [("数据战略", "3.12"), ("数据治理", "3.28"), ("数据架构", "3.05"), ("数据应用", "3.41"), ("数据安全", "3.36"),
           ("数据质量", "3.02"), ("数据标准", "3.18"), ("数据生存周期", "3.09")]
    pdf.table([["能力域", "得分"]] + [list(x) for x in dom], [200, 100], size=10, row_h=21, aligns=["l", "r"])
    pdf.para("评估结论：受评单位已建立覆盖平台数据的组织、制度与流程，数据管理能力达到稳健级（3级）要求。", size=10)
    return pdf.render()


def iso_cert(s, seed):
    img = Image.new("RGB", (1240, 1754), (253, 251, 244))
    d = ImageDraw.Draw(img)
    d.rectangle((40, 40, 1200, 1714), outline=(170, 140, 60), width=10)
    d.rectangle((62, 62, 1178, 1692), outline=(170, 140, 60), width=3)
    f = fonts.pil_font
    d.text((620, 220), "信息安全管理体系认证证书", font=f(58), fill=(30, 30, 30), anchor="mm")
    d.text((620, 300), "Information Security Management System Certificate", font=f(28), fill=(60, 60, 60), anchor="mm")
    lines = [f"证书编号：{s['iso_no']}", f"兹证明：{s['company']}", "建立的信息安全管理体系符合标准：",
             "GB/T 22080-2016 / ISO/IEC 27001:2013", "认证范围：", f"{s['name']}的设计开发、运行维护",
             "及相关信息安全管理活动", f"发证日期：{s['iso_from']}", f"有效期至：{s['iso_to']}"]
    y = 470
    for ln in lines:
        d.text((170, y), ln, font=f(34), fill=(25, 25, 25))
        y += 86
    d.text((620, 1420), "上海联认质量认证中心有限公司", font=f(36), fill=(25, 25, 25), anchor="mm")
    seal = kit.seal_image("上海联认质量认证中心有限公司", size=300, seed=seed)
    img = img.convert("RGBA")
    img.alpha_composite(seal, (790, 1300))
    return kit.scanify(img.convert("RGB"), seed, angle=0.3)


# ================================================================ applicant documents
def texts(s, d):
    f = s["field"]
    return {
        "定位": f"面向{f}领域的{s['nature']}，提供设备接入、运维服务、数据分析与工业APP订阅服务。",
        "政策": "工业和信息化部《工业互联网创新发展行动计划（2021-2023年）》：平台体系建设；"
                f"上海市《推动工业互联网创新升级 实施“工赋上海”三年行动计划（2023-2025年）》：{f}行业平台培育。",
        "战略": f"纳入《{s['short']}“十四五”数字化发展战略规划》",
        "专项": f"《{s['name']}三年建设运营规划（2023-2025）》",
        "其他资源": f"平台汇聚{f}领域行业知识库条目3.2万条、标准工艺模板640套、专家服务资源126人，对接上下游服务商218家。",
        "边缘": f"边缘网关支持数据采集、数据存储、网络传输、智能分析；边缘计算应用节点数{300 + s['seed'] % 500}个；最低响应时延8毫秒。",
        "其他采集": "支持对MES、ERP、SCADA等系统通过OPC UA、API及数据库接口采集数据，日均采集记录约1.6亿条。",
        "云扩展": "是",
        "算力": "公有云与私有云合计vCPU 6,400核、GPU 16卡，支持弹性扩容。",
        "数据管理": "建立数据标准、数据质量、元数据及主数据管理制度，数据质量规则覆盖核心数据表，按季度开展数据质量评估。",
        "通用算法": "是",
        "算法类型": "基础算法（排序、查找、统计）、聚类算法、分类算法、预测与估算算法、关联分析算法",
        "社区": "是",
        "语言": "共4种：Java、Python、C++、JavaScript",
        "框架": "平台提供基于微服务架构的低代码应用开发框架，内置设备模型、数据服务及可视化组件，支持容器化部署与灰度发布。",
        "工具": "提供在线IDE、可视化组态工具、模型训练工作台及API调试工具，支持应用一键上架至应用市场。",
        "安全制度": f"是，《{s['short']}平台网络安全管理制度》（AQ-2022-01，2022年3月制订）、《数据安全管理办法》（AQ-2022-04，2022年6月制订）",
        "安全方面": "数据安全；传输安全；访问登录安全；代码安全；应用安全；网络安全",
        "第三方测评": "是，每年开展一次网络安全等级保护测评",
        "扫描": "是，每月一次漏洞扫描，每季度一次渗透测试",
        "安全技术": "部署下一代防火墙、WAF、入侵检测，生产网与办公网隔离，传输采用TLS加密，登录采用双因素认证。",
        "数据保护": "核心数据每日增量备份、每周离线备份，数据库双机热备，并在异地机房建立灾备。",
        "上市": "否",
        "关键技术": "设备接入网关、时序数据库、模型训练框架均为自主研发，自主可控。",
        "新增效益": "三个案例平均带动用户营收提升6.8%，设备非计划停机时间平均减少31%。",
        "降本": "三个案例平均降低设备运维成本，平均能耗有所下降，备件库存平均下降12%。",
        "挖掘": f"基于{f}设备运行数据构建故障预测、能效优化等模型，沉淀工业知识条目，形成可复用的模型与组件库。",
        "供应链": "平台与上下游企业ERP、SRM系统对接，实现订单、库存与备件协同，供应商交付准时率提升。",
        "新技术": "平台融合应用人工智能、5G、边缘计算、数字孪生与标识解析技术，实现设备全生命周期管理。",
        "突破": "是，自研高并发设备接入与时序数据压缩技术，单节点接入能力与压缩比达到国内同类产品先进水平。",
        "碳管理": "是，提供碳排放监测与碳核算服务，覆盖用户企业能耗数据采集、排放核算及碳效评价。",
        "标识": "是，接入国家工业互联网标识解析二级节点，为设备及备件赋码并实现全生命周期追溯。",
        "标准": "参与制定行业标准2项、团体标准3项。",
        "贡献": f"平台服务本市{f}领域企业，支撑重点产业链数字化转型，带动长三角上下游企业协同。",
        "开放机制": "是，向产业链上下游开放设备数据接口、应用功能及行业模型，按授权协议共享，建立数据分级分类开放机制。",
        "开放数据": f"以API接口和行业数据集形式开放：开放API接口{120 + s['seed'] % 80}个、行业数据集{6 + s['seed'] % 5}个",
        "跨平台": "已与多家合作平台实现账号互通、数据接口对接及应用互调用。",
        "新模式": "形成“设备即服务”按效付费模式，带动后市场服务新业态。",
        "介绍": f"{s['name']}是{s['company']}打造的{s['nature']}，面向{f}领域提供设备接入、远程运维、能效管理、工业APP订阅"
                f"及数据分析服务。平台主要功能包括设备管理、工业APP市场、模型库、开发者社区与数据服务。主要客户为{f}行业的"
                "制造企业、设备制造商及园区。",
        "成效": f"平台解决了{f}领域设备分散、运维被动、能耗不透明等问题，带动上下游企业开展数字化改造，降低运维成本与能耗，"
                "提升安全生产水平，取得了良好的经济与社会效益。",
    }


def form_rows(s, d, t, P):
    """Rows of 三、指标明细表: (一级, 二级, 三级, 内容, 平台实际情况, 证明资料)."""
    L1a, L1b, L1c = "一、平台基础情况（25%）", "二、平台关键技术能力（35%）", "三、平台效益及可持续发展能力（40%）"
    sm = f"是，{s['factories'] if False else d['factories']}家（详见申报书第五章）"
    orders = f"2023年自然年：{d['orders_2023']}个；截至填表日前一年：{d['orders_trail']}个"
    R = [
        (L1a, "1.1 战略定位及规划", "1.1.1 战略定位", "平台定位是否明确", t["定位"], ""),
        (L1a, "1.1 战略定位及规划", "1.1.1 战略定位", "是否符合国家/地方相关政策方向，是否符合行业/产业发展现状与趋势", t["政策"], ""),
        (L1a, "1.1 战略定位及规划", "1.1.2 规划制定", "平台是否被纳入企业战略规划中", t["战略"], ""),
        (L1a, "1.1 战略定位及规划", "1.1.2 规划制定", "是否制定了平台专项规划", t["专项"], ""),
        (L1a, "1.1 战略定位及规划", "1.1.2 规划制定", "平台团队总人数（人）", d["team"], "花名册（内部资料，现场核查）"),
        (L1a, "1.1 战略定位及规划", "1.1.2 规划制定", "其中：运维人数（人）", d["team_ops"], "同上"),
        (L1a, "1.1 战略定位及规划", "1.1.2 规划制定", "运营人数（人）", d["team_run"], "同上"),
        (L1a, "1.1 战略定位及规划", "1.1.2 规划制定", "其中：有相关技术职称/从业资格的人数（人）", d["team_q"], "同上"),
        (L1a, "1.2 资金投入与经营情况", "1.2.1 创新投入情况", "平台相关研发投入（万元）", fmt(d["rd"]), P["audit"]),
        (L1a, "1.2 资金投入与经营情况", "1.2.1 创新投入情况", "平台相关研发投入强度（%）", fmt(d["rd_int"]), P["audit"] + "（计算）"),
        (L1a, "1.2 资金投入与经营情况", "1.2.2 经营情况", "平台相关营业收入（万元）", fmt(d["rev"][2023]), P["audit"]),
        (L1a, "1.2 资金投入与经营情况", "1.2.2 经营情况", "平台利润率（%）", fmt(d["margin"]), P["audit"] + "（平台利润总额÷营业收入）"),
        (L1a, "1.2 资金投入与经营情况", "1.2.2 经营情况", "付费用户占比（%）", fmt(d["paid_ratio"]), "付费企业数÷注册企业用户数"),
        (L1b, "2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力", "连接的工业设备/产品/产线种类及数量（台/套）", d["devices"], P["lab1"]),
        (L1b, "2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力", "按二级分类统计工业设备数量（台/套）", bd(d["dev_cat"]), "平台设备管理后台统计"),
        (L1b, "2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力", "按省市区域统计工业设备数量（台/套）", bd(d["dev_reg"]), "平台设备管理后台统计"),
        (L1b, "2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力", "其中：公有云工业设备连接数量（台/套）", d["pub"], P["lab1"]),
        (L1b, "2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力", "按二级分类统计公有云工业设备数量（台/套）", bd(d["pub_cat"]), "平台设备管理后台统计"),
        (L1b, "2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力", "按省市区域统计公有云工业设备数量（台/套）", bd(d["pub_reg"]), "平台设备管理后台统计"),
        (L1b, "2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力", "其中：公有云工业设备平均日运行数量（台/套）", d["daily"], "平台运行日志统计（近一年日均）"),
        (L1b, "2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力", "按二级分类统计公有云工业设备平均日运行数量（台/套）", bd(d["daily_cat"]), "同上"),
        (L1b, "2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力", "按省市区域统计公有云工业设备平均日运行数量（台/套）", bd(d["daily_reg"]), "同上"),
        (L1b, "2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力", "其中：海外设备连接数量（台/套）", d["overseas_total"], "平台设备管理后台统计"),
        (L1b, "2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力", "其中：按海外国家分类统计海外设备连接数量", bd(d["overseas"]), "同上"),
        (L1b, "2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力", "工业协议兼容适配数量（个）", d["protocols"], P["lab1"]),
        (L1b, "2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力", "其他资源汇聚情况", t["其他资源"], ""),
        (L1b, "2.1 资源汇聚与配置", "2.1.2 工业软件/APP", "工业软件总量（个）", d["software"], "平台应用市场后台统计"),
        (L1b, "2.1 资源汇聚与配置", "2.1.2 工业软件/APP", "工业APP数量（个）", d["apps"], P["lab2"]),
        (L1b, "2.1 资源汇聚与配置", "2.1.2 工业软件/APP", "其中：基于平台开发的工业APP数量（个）", d["apps_native"], "平台应用市场后台统计"),
        (L1b, "2.1 资源汇聚与配置", "2.1.2 工业软件/APP", "云化工业软件数量（个）", d["cloud_sw"], "同上"),
        (L1b, "2.1 资源汇聚与配置", "2.1.2 工业软件/APP", "按分类统计工业APP数量（个）", bd(d["app_cat"]), "同上"),
        (L1b, "2.1 资源汇聚与配置", "2.1.2 工业软件/APP", "按行业统计工业APP数量（个）", bd(d["app_ind"]), "同上"),
        (L1b, "2.1 资源汇聚与配置", "2.1.2 工业软件/APP", "工业APP平均月活跃数量（个）", d["app_mau"], "同上"),
        (L1b, "2.1 资源汇聚与配置", "2.1.2 工业软件/APP", "其中：杀手锏APP数量（个）", d["killer"], "申报书第二章杀手锏APP清单"),
        (L1b, "2.1 资源汇聚与配置", "2.1.2 工业软件/APP", "公有云杀手锏APP平均日在线用户数（个）", d["killer_online"], "平台运营统计"),
        (L1b, "2.1 资源汇聚与配置", "2.1.2 工业软件/APP", "杀手锏APP日活次数（次）", d["killer_times"], "平台运营统计"),
        (L1b, "2.1 资源汇聚与配置", "2.1.2 工业软件/APP", "杀手锏APP月平均收入（万元）", fmt(d["killer_income"]), "平台运营统计"),
        (L1b, "2.1 资源汇聚与配置", "2.1.2 工业软件/APP", "其中：公有云工业APP数量（个）", d["pub_apps"], "平台应用市场后台统计"),
        (L1b, "2.1 资源汇聚与配置", "2.1.2 工业软件/APP", "其中：公有云工业APP平均日活跃数量（个）", d["pub_dau"], "同上"),
        (L1b, "2.1 资源汇聚与配置", "2.1.2 工业软件/APP", "其中：按分类统计公有云工业APP平均日活跃数量（个）", bd(d["pub_dau_cat"]), "同上"),
        (L1b, "2.1 资源汇聚与配置", "2.1.2 工业软件/APP", "其中：按行业统计公有云工业APP平均日活跃数量（个）", bd(d["pub_dau_ind"]), "同上"),
        (L1b, "2.2 数据管理与挖掘", "2.2.1 数据采集", "边缘数据处理能力", t["边缘"], ""),
        (L1b, "2.2 数据管理与挖掘", "2.2.1 数据采集", "其他数据采集能力", t["其他采集"], ""),
        (L1b, "2.2 数据管理与挖掘", "2.2.2 数据处理（存储计算能力）", "是否支持可拓展云计算能力", t["云扩展"], ""),
        (L1b, "2.2 数据管理与挖掘", "2.2.2 数据处理（存储计算能力）", "云化服务器算力", t["算力"], ""),
        (L1b, "2.2 数据管理与挖掘", "2.2.2 数据处理（存储计算能力）", "平台实际用云量（台）", fmt(d["cloud_used"]), "云资源清单"),
        (L1b, "2.2 数据管理与挖掘", "2.2.2 数据处理（存储计算能力）", "平台公有云实际使用数量（台）", d["pub_cloud"], "云资源清单"),
        (L1b, "2.2 数据管理与挖掘", "2.2.2 数据处理（存储计算能力）", "存储容量（TB）", fmt(d["storage"]), P["lab2"]),
        (L1b, "2.2 数据管理与挖掘", "2.2.2 数据处理（存储计算能力）", "存储工业数据量（TB）", fmt(d["stored"]), P["lab2"]),
        (L1b, "2.2 数据管理与挖掘", "2.2.2 数据处理（存储计算能力）", "公有云数据总量（TB）", fmt(d["pub_data"]), "云资源清单"),
        (L1b, "2.2 数据管理与挖掘", "2.2.2 数据处理（存储计算能力）", "存储资源利用率（%）", fmt(d["storage_util"]), "存储工业数据量÷存储容量"),
        (L1b, "2.2 数据管理与挖掘", "2.2.2 数据处理（存储计算能力）", "数据基础管理能力", t["数据管理"], P.get("dcmm", "")),
        (L1b, "2.2 数据管理与挖掘", "2.2.3 数据建模和分析", "工业机理模型数量（个）", d["models"], P["lab2"]),
        (L1b, "2.2 数据管理与挖掘", "2.2.3 数据建模和分析", "其中：活跃机理模型数量（一周调用5次以上）（个）", d["models_active"], "模型库调用统计"),
        (L1b, "2.2 数据管理与挖掘", "2.2.3 数据建模和分析", "核心工业模型平均月调用用户数量（个）", d["model_users"], "模型库调用统计"),
        (L1b, "2.2 数据管理与挖掘", "2.2.3 数据建模和分析", "按分类统计工业模型数量（个）", bd(d["model_cat"]), "模型库统计"),
        (L1b, "2.2 数据管理与挖掘", "2.2.3 数据建模和分析", "是否提供通用建模分析算法", t["通用算法"], ""),
        (L1b, "2.2 数据管理与挖掘", "2.2.3 数据建模和分析", "智能分析算法类型", t["算法类型"], ""),
        (L1b, "2.2 数据管理与挖掘", "2.2.3 数据建模和分析", "数据分析平台均速度（每TB分级/秒级/毫秒级）", d["speed"], P["lab2"]),
        (L1b, "2.3 微服务部署与调用", "2.3.1 平台微服务情况", "微服务数量（个）", d["ms"], P["lab2"]),
        (L1b, "2.3 微服务部署与调用", "2.3.1 平台微服务情况", "其中：活跃微服务数量（一周调用5次以上）（个）", d["ms_active"], P["lab2"]),
        (L1b, "2.4 平台开发与使用", "2.4.1 平台开发者数量", "是否建立开发者社区及相关功能", t["社区"], ""),
        (L1b, "2.4 平台开发与使用", "2.4.1 平台开发者数量", "开发者注册总数（个）", d["devs"], "开发者社区后台统计"),
        (L1b, "2.4 平台开发与使用", "2.4.1 平台开发者数量", "其中：活跃开发者数（个）", d["devs_active"], "同上"),
        (L1b, "2.4 平台开发与使用", "2.4.2 应用开发服务能力", "平台支持开发语言类型", t["语言"], ""),
        (L1b, "2.4 平台开发与使用", "2.4.2 应用开发服务能力", "平台应用开发框架", t["框架"], ""),
        (L1b, "2.4 平台开发与使用", "2.4.2 应用开发服务能力", "平台应用开发工具", t["工具"], ""),
        (L1b, "2.5 安全体系", "2.5.1 安全制度建设", "是否针对平台制定了安全管理相关制度", t["安全制度"], P.get("iso", "")),
        (L1b, "2.5 安全体系", "2.5.1 安全制度建设", "建立的安全制度保护了平台的哪些方面", t["安全方面"], ""),
        (L1b, "2.5 安全体系", "2.5.1 安全制度建设", "有否定期开展第三方安全测试/测评", t["第三方测评"], P.get("dj", "")),
        (L1b, "2.5 安全体系", "2.5.1 安全制度建设", "有否定期进行安全扫描", t["扫描"], ""),
        (L1b, "2.5 安全体系", "2.5.2 安全技术保障", "采用何种安全技术情况", t["安全技术"], ""),
        (L1b, "2.5 安全体系", "2.5.2 安全技术保障", "核心数据安全保护手段", t["数据保护"], ""),
        (L1c, "3.1 平台应用", "3.1.1 平台应用规模", "注册企业用户数（个）", d["reg_users"], "平台用户管理后台统计"),
        (L1c, "3.1 平台应用", "3.1.1 平台应用规模", "其中：实际服务企业数（个）", d["served"], "服务企业清单"),
        (L1c, "3.1 平台应用", "3.1.1 平台应用规模", "按行业统计服务企业数（个）", bd(d["srv_ind"]), "服务企业清单"),
        (L1c, "3.1 平台应用", "3.1.1 平台应用规模", "按省市区域统计服务企业数（个）", bd(d["srv_reg"]), "服务企业清单"),
        (L1c, "3.1 平台应用", "3.1.1 平台应用规模", "其中：付费企业数（个）", d["paid"], "合同台账"),
        (L1c, "3.1 平台应用", "3.1.1 平台应用规模", "其中：服务本市企业数量（个）", d["local"], "服务企业清单"),
        (L1c, "3.1 平台应用", "3.1.1 平台应用规模", "其中：服务中小企业数量（个）", d["sme"], "服务企业清单"),
        (L1c, "3.1 平台应用", "3.1.1 平台应用规模", "平台订单数量（个），填写近一年总量", orders, "订单系统导出"),
        (L1c, "3.1 平台应用", "3.1.1 平台应用规模", "平台交易规模年增长率（%）", fmt(d["trade_growth"]), "订单系统导出"),
        (L1c, "3.1 平台应用", "3.1.1 平台应用规模", "工业APP订阅总数量（个）", d["subs"], "应用市场订阅统计"),
        (L1c, "3.1 平台应用", "3.1.1 平台应用规模", "其中：杀手锏工业APP订阅数量（个）", d["killer_subs"], "同上"),
        (L1c, "3.1 平台应用", "3.1.1 平台应用规模", "工业APP订阅总金额（万元）", fmt(d["subs_amount"]), "同上"),
        (L1c, "3.1 平台应用", "3.1.1 平台应用规模", "平台连接工业设备利用率（%）", fmt(d["dev_util"]), "平台运行统计"),
        (L1c, "3.1 平台应用", "3.1.1 平台应用规模", "平台国产化率（%）", fmt(d["domestic"]), "软硬件清单"),
        (L1c, "3.1 平台应用", "3.1.1 平台应用规模", "平台是否服务上海智能工厂，数量", sm, ""),
        (L1c, "3.1 平台应用", "3.1.1 平台应用规模", "平台服务园区总数（个）", d["parks"], "园区合作协议"),
        (L1c, "3.1 平台应用", "3.1.1 平台应用规模", "平台提供的解决方案总数（个）", d["solutions"], "解决方案清单"),
        (L1c, "3.1 平台应用", "3.1.1 平台应用规模", "其中：按新模式统计解决方案数量（个）", bd(d["mode_sol"]), "解决方案清单"),
        (L1c, "3.1 平台应用", "3.1.2 平台应用价值", "投资回报率（%）", fmt(d["roi"]), P["audit"] + "（平台利润总额÷平台建设累计投入）"),
        (L1c, "3.1 平台应用", "3.1.2 平台应用价值", "企业已上市或已获得VC/PE投资", t["上市"], ""),
        (L1c, "3.1 平台应用", "3.1.2 平台应用价值", "关键技术自主可控", t["关键技术"], ""),
        (L1c, "3.1 平台应用", "3.1.2 平台应用价值", "解决方案累计对企业/用户新增效益", t["新增效益"], ""),
        (L1c, "3.1 平台应用", "3.1.2 平台应用价值", "解决方案累计对企业/用户降低成本", t["降本"], ""),
        (L1c, "3.1 平台应用", "3.1.2 平台应用价值", "平台连接工业设备运维成本平均下降率（%）", fmt(d["cost_down"]), "申报书第五章案例"),
        (L1c, "3.1 平台应用", "3.1.2 平台应用价值", "平台连接工业设备能耗平均下降率（%）", fmt(d["energy_down"]), "申报书第五章案例"),
        (L1c, "3.1 平台应用", "3.1.2 平台应用价值", "平台连接工业设备安全生产持续时间平均提升率（%）", fmt(d["safety_up"]), "申报书第五章案例"),
        (L1c, "3.1 平台应用", "3.1.2 平台应用价值", "平台数据价值挖掘应用能力", t["挖掘"], ""),
        (L1c, "3.1 平台应用", "3.1.2 平台应用价值", "工业互联网平台+供应链协同应用情况", t["供应链"], ""),
        (L1c, "3.1 平台应用", "3.1.2 平台应用价值", "平台有否与新技术的融合应用", t["新技术"], ""),
        (L1c, "3.1 平台应用", "3.1.2 平台应用价值", "平台现有特色指数（个）", d["indices"], "申报书第二章"),
        (L1c, "3.1 平台应用", "3.1.3 平台带动成效", "平台核心软硬件技术获得的专利数量（项）", d["patents"], P["ip"]),
        (L1c, "3.1 平台应用", "3.1.3 平台带动成效", "平台核心软硬件技术获得的软著数量（个）", d["softcr"], P["ip"]),
        (L1c, "3.1 平台应用", "3.1.3 平台带动成效", "平台是否有自研形成的核心技术突破", t["突破"], ""),
        (L1c, "3.1 平台应用", "3.1.3 平台带动成效", "平台是否具备碳管理服务能力", t["碳管理"], ""),
        (L1c, "3.1 平台应用", "3.1.3 平台带动成效", "平台是否融合使用国家标识解析系统", t["标识"], ""),
        (L1c, "3.1 平台应用", "3.1.3 平台带动成效", "平台牵头/参与标准制定情况（国家标准、行业标准）", t["标准"], ""),
        (L1c, "3.1 平台应用", "3.1.3 平台带动成效", "平台获得省部级及以上奖项/荣誉数量（个）", d["awards"], "获奖证书（现场核查）"),
        (L1c, "3.1 平台应用", "3.1.3 平台带动成效", "平台建设与运营带动新增就业人数（人）", d["jobs"], "社保缴纳记录（现场核查）"),
        (L1c, "3.1 平台应用", "3.1.3 平台带动成效", "平台社会贡献率（%）", fmt(d["social"]), "财务测算表（现场核查）"),
        (L1c, "3.1 平台应用", "3.1.3 平台带动成效", "平台对关键行业/领域、本市及其他重点区域等贡献及支撑", t["贡献"], ""),
        (L1c, "3.2 平台生态建设", "3.2.1 平台开放", "是否建立供应链产业链开放共享机制", t["开放机制"], ""),
        (L1c, "3.2 平台生态建设", "3.2.1 平台开放", "平台开放共享数据的形式及数量", t["开放数据"], ""),
        (L1c, "3.2 平台生态建设", "3.2.2 平台生态", "合作平台数量（个）", d["partners"], "合作协议"),
        (L1c, "3.2 平台生态建设", "3.2.2 平台生态", "跨平台调用功能建设情况", t["跨平台"], ""),
        (L1c, "3.2 平台生态建设", "3.2.2 平台生态", "新产业、新模式培育情况", t["新模式"], ""),
    ]
    return [tuple(str(x) for x in r) for r in R]


def build_time_text(s):
    a, b, c, e = s["build_time"]
    return f"{a}年{int(b)}月至{c}年{int(e)}月", f"{a}.{b}-{c}.{e}"


def company_info(s, d):
    rng = random.Random(s["seed"] + 7)
    rev = r2(d["rev"][2023] * rng.uniform(3, 9))
    return [["单位（企业）名称", s["company"], "单位（企业）代码", f"91310{rng.randrange(100000000, 999999999)}{rng.choice('ABCDEFGH')}{rng.randrange(0, 9)}"],
            ["成立日期", f"{rng.randrange(1995, 2016)}年{rng.randrange(1, 13)}月", "注册地及所在行政区", "上海市"],
            ["企业类型", "有限责任公司" if "股份" not in s["company"] else "股份有限公司", "注册资本", f"{rng.randrange(5, 60) * 1000}万元"],
            ["主营业务", f"{s['field']}领域工业软件、工业互联网平台及相关技术服务", "法定代表人", ["王立群", "陈国栋", "李文博", "赵振华"][s["seed"] % 4]],
            ["联系人", s["contact"][0], "职务", s["contact"][3]],
            ["联系人手机", s["contact"][1], "电子邮箱", s["contact"][2]],
            ["总资产（万元）", fmt(r2(rev * 1.7)), "主营业务收入（万元）", fmt(rev)],
            ["主营业务收入增长率（%）", fmt(r2(rng.uniform(4, 15))), "负债率（%）", fmt(r2(rng.uniform(35, 60)))],
            ["利润总额（万元）", fmt(r2(rev * rng.uniform(0.05, 0.1))), "税金（万元）", fmt(r2(rev * rng.uniform(0.02, 0.05)))]]


def platform_info(s, d, t):
    bt, _ = build_time_text(s)
    deploy = s["deploy"].split("、")
    boxes = " ".join(("☑" if k in deploy else "□") + k for k in ("边缘侧", "私有云", "公有云", "混合云"))
    return [["平台名称", s["name"]], ["建设时间", bt], ["平台建设金额（万元）", fmt(d["build"])],
            ["平台近三年经营指标情况", "\n".join(f"{y}年平台营收{d['rev'][y]:.2f}万元/增长率{d['growth'][y]:.2f}%" for y in (2021, 2022, 2023))],
            ["平台建设方式", "☑自建  □合作共建"], ["平台运营模式", "☑自运营  □联合运营  □委托运营"],
            ["IaaS基础设施", "☑自建  □租用"], ["部署方式", boxes + " □其他部署方式"],
            ["平台网址", f"{s['url']}（评审账号：review2024，密码：Rv#{s['seed']}pw）"],
            ["平台基本情况介绍", t["介绍"]], ["平台建设成效", t["成效"]]]


def write_form_docx(path, s, d, t, rows):
    doc = new_doc()
    doc.add_paragraph("附件2")
    doc.add_heading("上海市工业互联网平台应用水平评价申报表", level=1)
    for k, v in (("申报年度", "2024年度"), ("平台名称", s["name"]), ("申报单位", s["company"] + "（公章）"),
                 ("联系人", s["contact"][0]), ("联系人电话", s["contact"][1])):
        doc.add_paragraph(f"{k}：{v}")
    doc.add_paragraph("上海市经济和信息化委员会制    2024年7月12日")
    doc.add_heading("一、企业基本情况", level=2)
    doc_table(doc, company_info(s, d))
    doc.add_heading("二、平台基本情况", level=2)
    doc_table(doc, platform_info(s, d, t))
    doc.add_heading("三、上海市工业互联网平台应用水平评价指标明细表", level=2)
    doc_table(doc, [("一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料")] + rows, bold_first=True)
    kit.save_docx(doc, path, s["company"])


def write_form_scan(s, d, t, rows, seed):
    pdf = PagedPdf(footer=lambda c, n, m: (c.setFont(kit.FONT, 8), c.drawCentredString(W / 2, 28, f"- {n} -")))
    pdf.page()
    pdf.gap(80)
    pdf.text("上海市工业互联网平台应用水平评价", size=18, center=True, dy=34)
    pdf.text("申 报 表", size=24, center=True, dy=90)
    for k, v in (("申报年度", "2024年度"), ("平台名称", s["name"]), ("申报单位", s["company"]), ("联 系 人", s["contact"][0]),
                 ("联系人电话", s["contact"][1])):
        pdf.text(f"{k}：{v}", size=12.5, x=110, dy=34)
    pdf.gap(120)
    pdf.text("上海市经济和信息化委员会制", size=12, center=True, dy=24)
    pdf.text("2024年7月12日", size=12, center=True)

    def wrapped(rows, widths, size=8):
        for row in rows:
            cells = [[c[i:i + max(1, int((w - 6) // size))] for i in range(0, max(1, len(c)), max(1, int((w - 6) // size)))]
                     for c, w in zip(row, widths)]
            h = max(len(x) for x in cells) * (size + 2) + 6
            if pdf.y - h < 60:
                pdf.page()
            y0, x0 = pdf.y, 45

            def draw(c, cells=cells, y0=y0, h=h):
                c.setLineWidth(0.5)
                x = x0
                c.setFont(kit.FONT, size)
                for lines, w in zip(cells, widths):
                    c.rect(x, y0 - h, w, h)
                    for k, ln in enumerate(lines):
                        c.drawString(x + 3, y0 - 3 - (k + 1) * (size + 2) + 2, ln)
                    x += w
            pdf.op(draw)
            pdf.y -= h

    pdf.page()
    pdf.text("一、企业基本情况", size=12, x=45)
    wrapped(company_info(s, d), [110, 140, 110, 145])
    pdf.gap(10)
    pdf.text("二、平台基本情况", size=12, x=45)
    wrapped([[a, b.replace("\n", "；")] for a, b in platform_info(s, d, t)], [110, 395])
    pdf.page()
    pdf.text("三、上海市工业互联网平台应用水平评价指标明细表", size=12, x=45)
    wrapped([["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"]] + [list(r) for r in rows],
            [52, 52, 58, 110, 153, 80], size=7)
    pdf.gap(30)
    if pdf.y < 150:
        pdf.page()
    pdf.text(f"申报单位（盖章）：{s['company']}", size=11, x=280, dy=22)
    pdf.text("2024年7月12日", size=11, x=280)
    sy = 1 - (pdf.y + 40) / H
    n = pdf.n
    return kit.scan_pdf(pdf.render(), seed, {1: [(s["company"], 0.62, 0.6)], n: [(s["company"], 0.66, sy)]})


def write_proposal(path, s, d, t, files_list):
    doc = new_doc()
    doc.add_paragraph("附件3")
    doc.add_heading("上海市工业互联网平台应用水平评价申报书", level=1)
    doc.add_paragraph(f"平台名称：{s['name']}")
    doc.add_paragraph(f"申报单位：{s['company']}（公章）")
    doc.add_heading("一、申报单位简介", level=2)
    doc.add_paragraph(f"{s['company']}长期深耕{s['field']}领域，围绕设备数字化与工业软件形成了研发、实施与运维服务能力。")
    doc.add_heading("二、平台建设及运营情况", level=2)
    doc.add_paragraph(t["介绍"])
    doc.add_paragraph(f"截至填表日，平台连接工业设备{d['devices']}台/套，上架工业APP {d['apps']}个，部署微服务{d['ms']}个，"
                      f"注册企业用户{d['reg_users']}家，实际服务企业{d['served']}家。平台关键数量指标已经第三方检测机构"
                      f"{s['lab']}核查（报告编号{s['lab_no']}），平台财务数据经{s['auditor']}专项审计。")
    doc.add_paragraph("平台技术创新点：自研高并发设备接入网关与时序数据引擎，底层技术自主可控。")
    doc.add_heading("三、平台应用成效", level=2)
    doc.add_paragraph(t["成效"])
    doc.add_paragraph(f"应用创新点：三个典型案例中，设备运维成本平均下降{d['cost_down']:.2f}%，能耗平均下降{d['energy_down']:.2f}%。")
    doc.add_heading("四、平台下一步发展计划", level=2)
    doc.add_paragraph("持续完善模型库与应用市场，拓展长三角及海外用户，深化AI大模型在设备运维中的应用。")
    doc.add_heading("五、平台应用案例", level=2)
    for i in range(1, 4):
        doc.add_paragraph(f"案例{i}：{s['name']}——{s['field']}设备智能运维示范{i}")
        doc.add_paragraph("企业简介、平台简介及案例实际内容略述：平台为用户企业部署设备接入与运维应用，实现状态监测、预测性维护与能效优化。")
    doc.add_heading("六、附件及其他说明材料", level=2)
    for i, (name, pages) in enumerate(files_list, 1):
        doc.add_paragraph(f"附件{i}：{name}（共{pages}页）")
    if s["p23"]:
        doc.add_heading("七、平台相较上年度对比情况", level=2)
        doc.add_paragraph("2023年7月以来，平台新增设备健康度评估、碳排放监测等功能模块；连接设备、工业APP及服务企业数量均有增长；"
                          "完成第三方检测并取得数据管理能力成熟度评估结果。")
    kit.save_docx(doc, path, s["company"])


def summary_values(s, d):
    _, bt = build_time_text(s)
    yes = lambda txt: txt.startswith("是")
    t = texts(s, d)
    V = {
        "序号": (str(s["no"]), s["no"]), "企业名称": (s["company"], s["company"]), "平台名称": (s["name"], s["name"]),
        "平台性质": (s["nature"], s["nature"]), "联系人姓名": (s["contact"][0],) * 2, "联系人手机号": (s["contact"][1],) * 2,
        "联系人电子邮箱": (s["contact"][2],) * 2, "评审会现场地址信息": (s["address"],) * 2, "平台网址": (s["url"],) * 2,
        "建设时间": (bt, bt), "平台建设金额（万元）": (fmt(d["build"]), d["build"]),
        "平台近三年经营指标情况": (growth_text(d), growth_norm(d)), "平台建设方式": ("自建", "自建"),
        "平台运营模式": ("自运营", "自运营"), "部署方式": (s["deploy"], s["deploy"]),
        "平台是否建立安全管理体系": ("是", yes(t["安全制度"])), "有否定期开展第三方安全测试/测评": ("是", yes(t["第三方测评"])),
        "有否定期进行安全扫描": ("是", yes(t["扫描"])), "企业是否已上市或已获得VC/PE投资": ("否", False),
        "平台是否有自研形成的核心技术突破": ("是", True), "平台是否具备碳管理服务能力": ("是", True),
        "平台是否融合使用国家标识解析系统": ("是", True),
        "数据分析平台均速度（每TB分级/秒级/毫秒级）": (d["speed"], "秒级"),
        "平台是否服务上海智能工厂，数量": (f"是，{d['factories']}家", d["factories"]),
        "平台订单数量(近一年总量)（个）": (f"2023年自然年：{d['orders_2023']}个；截至填表日前一年：{d['orders_trail']}个",
                                   {"2023年自然年": d["orders_2023"], "截至填表日前一年": d["orders_trail"]}),
        "平台开放共享数据的形式及数量": (t["开放数据"], t["开放数据"]),
    }
    num = {"平台团队总人数（人）": "team", "运维人数（人）": "team_ops", "运营人数（人）": "team_run",
           "有相关技术职称/从业资格的人数（人）": "team_q", "平台相关研发投入（万元）": "rd", "平台相关研发投入强度（%）": "rd_int",
           "平台利润率（%）": "margin", "付费用户占比（%）": "paid_ratio",
           "连接的工业设备/产品/产线种类及数量（台/套）": "devices", "公有云工业设备连接数量（台/套）": "pub",
           "公有云工业设备平均日运行数量（台/套）": "daily", "海外设备连接数量（台/套）": "overseas_total",
           "工业协议兼容适配数量（个）": "protocols", "工业软件总量（个）": "software", "工业APP数量（个）": "apps",
           "基于平台开发的工业APP数量（个）": "apps_native", "云化工业软件数量（个）": "cloud_sw", "工业APP平均月活跃数量（个）": "app_mau",
           "杀手锏APP数量（个）": "killer", "公有云杀手锏APP平均日在线用户数（个）": "killer_online", "杀手锏APP日活次数（次）": "killer_times",
           "杀手锏APP月平均收入（万元）": "killer_income", "公有云工业APP数量（个）": "pub_apps", "公有云工业APP平均日活跃数量（个）": "pub_dau",
           "平台实际用云量（台）": "cloud_used", "平台公有云实际使用数量（台）": "pub_cloud", "存储容量（TB）": "storage",
           "存储工业数据量（TB）": "stored", "公有云数据总量（TB）": "pub_data", "存储资源利用率（%）": "storage_util",
           "工业机理模型数量（个）": "models", "活跃机理模型数量（一周调用5次以上）（个）": "models_active",
           "核心工业模型平均月调用用户数量（个）": "model_users", "微服务数量（个）": "ms", "活跃微服务数量（一周调用5次以上）（个）": "ms_active",
           "开发者注册总数（个）": "devs", "活跃开发者数（个）": "devs_active", "注册企业用户数（个）": "reg_users",
           "实际服务企业数（个）": "served", "付费企业数（个）": "paid", "服务本市企业数量（个）": "local", "服务中小企业数量（个）": "sme",
           "平台交易规模年增长率（%）": "trade_growth", "工业APP订阅总数量（个）": "subs", "杀手锏工业APP订阅数量（个）": "killer_subs",
           "工业APP订阅总金额（万元）": "subs_amount", "平台连接工业设备利用率（%）": "dev_util", "平台国产化率（%）": "domestic",
           "平台服务园区总数（个）": "parks", "平台提供的解决方案总数（个）": "solutions", "投资回报率（%）": "roi",
           "平台连接工业设备运维成本平均下降率（%）": "cost_down", "平台连接工业设备能耗平均下降率（%）": "energy_down",
           "平台连接工业设备安全生产持续时间平均提升率（%）": "safety_up", "平台现有特色指数（个）": "indices",
           "平台核心软硬件技术获得的专利数量（项）": "patents", "平台核心软硬件技术获得的软著数量（个）": "softcr",
           "平台获得省部级及以上奖项/荣誉数量（个）": "awards", "平台建设与运营带动新增就业人数（人）": "jobs",
           "平台社会贡献率（%）": "social", "合作平台数量（个）": "partners"}
    for k, key in num.items():
        V[k] = (fmt(d[key]), d[key])
    V["平台相关营业收入（万元）"] = (fmt(d["rev"][2023]), d["rev"][2023])
    dmap = {"按二级分类统计工业设备数量（台/套）": "dev_cat", "按省市区域统计工业设备数量（台/套）": "dev_reg",
            "按二级分类统计公有云工业设备数量（台/套）": "pub_cat", "按省市区域统计公有云工业设备数量（台/套）": "pub_reg",
            "按二级分类统计公有云工业设备平均日运行数量（台/套）": "daily_cat", "按省市区域统计公有云工业设备平均日运行数量（台/套）": "daily_reg",
            "按海外国家分类统计海外设备连接数量（台/套）": "overseas", "按分类统计工业APP数量（个）": "app_cat",
            "按行业统计工业APP数量（个）": "app_ind", "按分类统计公有云工业APP平均日活跃数量（个）": "pub_dau_cat",
            "按行业统计公有云工业APP平均日活跃数量（个）": "pub_dau_ind", "按分类统计工业模型数量（个）": "model_cat",
            "按行业统计服务企业数（个）": "srv_ind", "按省市区域统计服务企业数（个）": "srv_reg", "按新模式统计解决方案数量（个）": "mode_sol"}
    for k, key in dmap.items():
        V[k] = (bd(d[key]), dict(d[key]))
    assert set(V) == set(SUMMARY_LABELS), set(SUMMARY_LABELS) ^ set(V)
    return [dict(label=k, value=V[k][0], normalized=V[k][1]) for k in SUMMARY_LABELS]


def write_summary_xlsx(path, s, rows, horizontal=False):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "平台基本情况汇总表"
    if horizontal:
        for j, r in enumerate(rows, 1):
            ws.cell(1, j, r["label"]).font = Font(bold=True)
            ws.cell(2, j, r["value"])
            ws.column_dimensions[openpyxl.utils.get_column_letter(j)].width = 16
    else:
        ws["A1"] = "附件4 平台基本情况汇总表"
        ws["A1"].font = Font(bold=True, size=13)
        for i, r in enumerate(rows, 2):
            ws.cell(i, 1, r["label"])
            n = r["normalized"]
            if isinstance(n, (int, float)) and not isinstance(n, bool) and r["value"] == fmt(n):
                c = ws.cell(i, 2, n)
                c.number_format = "0.00" if isinstance(n, float) else "0"
            else:
                ws.cell(i, 2, r["value"]).alignment = Alignment(wrap_text=True)
        ws.column_dimensions["A"].width = 46
        ws.column_dimensions["B"].width = 70
    kit.save_xlsx(wb, path, s["company"])


def write_summary_docx(path, s, rows):
    doc = new_doc()
    doc.add_paragraph("附件4")
    doc.add_heading("平台基本情况汇总表", level=1)
    doc_table(doc, [["项目", "填写内容"]] + [[r["label"], r["value"]] for r in rows], bold_first=True)
    kit.save_docx(doc, path, s["company"])


def write_contact(path, s):
    doc = new_doc()
    doc.add_paragraph("附件1")
    doc.add_heading("联系人信息反馈表", level=1)
    doc.add_paragraph("一、联系人信息反馈")
    c = s["contact"]
    doc_table(doc, [["序号", "姓名", "单位名称", "职务", "手机号码", "电子邮箱"],
                    ["联系人（主）", c[0], s["company"], c[3], c[1], c[2]],
                    ["联系人（备用）", "杨思远", s["company"], "平台运营专员", "139" + c[1][3:][::-1], "yangsy@" + c[2].split("@")[1]]])
    doc.add_paragraph("二、评审会现场地址信息反馈")
    doc.add_paragraph(f"具体地址：{s['address']}")
    kit.save_docx(doc, path, s["company"])


def commitment_pdf(s, seed):
    pdf = PagedPdf()
    pdf.page()
    pdf.gap(60)
    pdf.text("真实性承诺", size=20, center=True, dy=60)
    pdf.para("我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、准确、"
             "完整，如有不实，愿承担相应的法律责任及由此产生的一切后果。", size=12)
    pdf.text("特此承诺。", size=12, x=84, dy=120)
    pdf.text(f"申报单位：{s['company']}（盖章）", size=12, x=250, dy=40)
    pdf.text("法定代表人：（签章）", size=12, x=250, dy=40)
    pdf.text("2024年7月12日", size=12, x=250)
    return kit.scan_pdf(pdf.render(), seed, {1: [(s["company"], 0.62, 0.52)]})


def commitment_docx(path, s):
    doc = new_doc()
    doc.add_paragraph("附件5")
    doc.add_heading("真实性承诺", level=1)
    doc.add_paragraph("我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、准确、完整，"
                      "如有不实，愿承担相应的法律责任及由此产生的一切后果。")
    doc.add_paragraph("特此承诺。")
    doc.add_paragraph(f"申报单位：{s['company']}（盖章）")
    doc.add_paragraph("法定代表人：（签章）")
    doc.add_paragraph("2024年7月12日")
    kit.save_docx(doc, path, s["company"])


def pages_of(pdf_bytes):
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(pdf_bytes)
    n = len(doc)
    doc.close()
    return n


# ================================================================ packages
def build_package(s, out: Path):
    pid = s["pid"]
    root = out / "packages" / pid
    if root.exists():
        shutil.rmtree(root)
    root.mkdir(parents=True)
    e = gen(s)
    d = declared_copy(e)
    problems = []
    F = Facts()
    files: dict[str, str] = {}
    lab_e = dict(e)
    seed = s["seed"]

    def put(rel, data, role):
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data)
        files[rel] = role

    years = [2020, 2021, 2022, 2023]
    short = s["short"]
    ev_list = []

    if pid == "h37_huaxing_clean":
        ev = "附件3 证明材料/"
        fa, fl, fi, fd, fc = (ev + "3-1 平台业务专项审计报告.pdf", ev + "3-2 平台功能及性能检测报告（扫描件）.pdf",
                              ev + "3-3 知识产权检索报告.pdf", ev + "3-4 网络安全等级保护测评报告（摘要）.pdf",
                              ev + "3-5 ISO27001信息安全管理体系认证证书.png")
        col = lambda y: f"{y}年度"
        a_pdf, a_pg = audit_report(s, e, years, col)
        put(fa, a_pdf, "evidence:audit_report")
        audit_facts(F, s, e, fa, a_pg, years, col)
        l_pdf, p1, p2 = lab_report(s, e, s["company"], s["name"], seed)
        put(fl, kit.scan_pdf(l_pdf, seed + 1, {1: [(s["lab"], 0.7, 0.8)], 2: [(s["lab"], 0.72, 0.72)]}, dpi=100), "evidence:other")
        lab_facts(F, e, fl, p1, p2, True)
        i_pdf, cp, pp, sp = ip_report(s, e, "知识产权检索报告", s["ip_agency"], s["ip_no"], seed + 2)
        put(fi, i_pdf, "evidence:patent_list")
        ip_facts(F, e, fi, cp, pp, sp, False)
        put(fd, dengbao(s), "evidence:other")
        put(fc, kit.png_bytes(iso_cert(s, seed + 3)), "evidence:other")
        P = {"audit": f"附件3-1 专项审计报告第{a_pg}页", "lab1": f"附件3-2 检测报告第{p1}页", "lab2": f"附件3-2 检测报告第{p2}页",
             "ip": f"附件3-3 知识产权检索报告第{cp}页", "dj": "附件3-4 等保测评报告（2024年4月）", "iso": "附件3-5 ISO27001证书"}
        names = dict(contact="附件1 联系人信息反馈表.docx", form="附件2 申报表（华兴数字）.docx", scan="附件2 申报表（盖章扫描件）.pdf",
                     prop="附件3 申报书（华兴数字）.docx", summ="附件4 平台基本情况汇总表.xlsx", comm="附件5 真实性承诺（盖章）.pdf")
        summary_kind, comm_kind = "xlsx", "scan"
    elif pid == "h37_xinhua_problems":
        ev = "证明材料/"
        fa, fl, fi, fm = (ev + f"{short}-专项鉴证报告（扫描件）.pdf", ev + f"{short}-平台检测报告.pdf",
                          ev + f"{short}-知识产权清单.pdf", ev + f"{short}-DCMM评估报告.pdf")
        # planted: declared 2023 revenue above the audited one; lab's verified device total below the declared one;
        # 2022 growth rate miscomputed
        d["rev"][2023] = r2(e["rev"][2023] + 412.60)
        derive(d)
        d["growth"][2022] = r2(d["growth"][2022] + 3.00)
        lab_e["devices"] = e["devices"] - 1236
        col = lambda y: f"{y}年度"
        a_pdf, a_pg = audit_report(s | {"auditor": s["auditor"]}, e, years, col)
        put(fa, kit.scan_pdf(a_pdf, seed + 5, {5: [(s["auditor"], 0.3, 0.28)]}, dpi=105), "evidence:audit_report")
        audit_facts(F, s, e, fa, a_pg, years, col, image_only=True)
        l_pdf, p1, p2 = lab_report(s, lab_e, s["company"], s["name"], seed)
        put(fl, l_pdf, "evidence:other")
        lab_facts(F, lab_e, fl, p1, p2, False)
        i_pdf, cp, pp, sp = ip_report(s | {"ip_agency": s["company"]}, e, "平台核心技术知识产权清单", s["company"], "IP-2024-07", seed + 2)
        put(fi, i_pdf, "evidence:patent_list")
        ip_facts(F, e, fi, cp, pp, sp, False)
        put(fm, dcmm(s), "evidence:other")
        P = {"audit": f"专项鉴证报告第{a_pg}页", "lab1": f"平台检测报告第{p1}页", "lab2": f"平台检测报告第{p2}页",
             "ip": f"知识产权清单第{cp}页", "dcmm": "DCMM评估报告", "dj": "等保测评报告（现场核查）"}
        names = dict(contact=f"{short}-附件1 联系人信息反馈表.docx", form=f"{short}-附件2 申报表.docx",
                     scan=f"{short}-附件2 申报表（盖章版）.pdf", prop=f"{short}-附件3 申报书.docx",
                     summ=f"{short}-附件4 平台基本情况汇总表.docx", comm=f"{short}-附件5 真实性承诺.docx")
        summary_kind, comm_kind = "docx", "docx"
        problems += [
            dict(family="declared_vs_evidence", fields=["平台相关营业收入（万元）", "平台近三年经营指标情况"],
                 files=[names["form"], fa], severity="error",
                 description=f"申报表填报平台相关营业收入 {d['rev'][2023]:.2f} 万元（近三年经营指标中2023年平台营收同），"
                             f"专项鉴证报告（{s['audit_no']}）平台业务财务信息表2023年度平台相关营业收入为 {th(e['rev'][2023])} 万元，"
                             f"相差 412.60 万元；研发投入强度、利润率按申报收入计算，以鉴证数计算分别应为 "
                             f"{r2(e['rd'] / e['rev'][2023] * 100):.2f}% 和 {r2(e['profit'] / e['rev'][2023] * 100):.2f}%"),
            dict(family="declared_vs_evidence", fields=["连接的工业设备/产品/产线种类及数量（台/套）"],
                 files=[names["form"], fl], severity="error",
                 description=f"申报表填报连接的工业设备 {d['devices']} 台/套（证明资料指向检测报告第{p1}页），检测报告"
                             f"“接入设备总数核查”结果为 {th(lab_e['devices'])}台/套（截至{s['lab_asof']}），少 1,236 台/套；"
                             "报告中“抽样200台”为抽样检测样本，不是平台总数"),
            dict(family="growth_rate", fields=["平台近三年经营指标情况"], files=[names["form"]], severity="error",
                 description=f"2022年增长率填报 {d['growth'][2022]:.2f}%，由2021年营收 {d['rev'][2021]:.2f} 万元与2022年营收 "
                             f"{d['rev'][2022]:.2f} 万元计算应为 {r2((d['rev'][2022] / d['rev'][2021] - 1) * 100):.2f}%"),
        ]
    elif pid == "h37_lianying_problems":
        ev = "佐证材料/"
        fa, fl, fi, fd, fc = (ev + "佐证1_平台业务专项审计报告.pdf", ev + "佐证2_工业互联网平台检测报告.pdf",
                              ev + "佐证3_知识产权分析评议报告（扫描）.pdf", ev + "佐证4_等级保护测评报告.pdf",
                              ev + "佐证5_信息安全管理体系认证证书.png")
        d["patents"] = e["patents"] + 7
        lab_e["ms"] = e["ms"] - 204
        order = [2023, 2022, 2021, 2020]
        col = lambda y: f"{y}年"
        a_pdf, a_pg = audit_report(s, e, order, col)
        put(fa, a_pdf, "evidence:audit_report")
        audit_facts(F, s, e, fa, a_pg, order, col)
        l_pdf, p1, p2 = lab_report(s, lab_e, s["company"], s["name"], seed)
        put(fl, l_pdf, "evidence:other")
        lab_facts(F, lab_e, fl, p1, p2, False)
        i_pdf, cp, pp, sp = ip_report(s, e, "知识产权分析评议报告", s["ip_agency"], s["ip_no"], seed + 2)
        put(fi, kit.scan_pdf(i_pdf, seed + 6, {cp: [(s["ip_agency"], 0.72, 0.62)]}, dpi=105), "evidence:patent_list")
        ip_facts(F, e, fi, cp, pp, sp, True)
        put(fd, dengbao(s), "evidence:other")
        put(fc, kit.png_bytes(iso_cert(s, seed + 3)), "evidence:other")
        P = {"audit": f"佐证1 第{a_pg}页", "lab1": f"佐证2 第{p1}页", "lab2": f"佐证2 第{p2}页", "ip": f"佐证3 第{cp}页",
             "dj": "佐证4 等级保护测评报告", "iso": "佐证5"}
        names = dict(contact="01_联系人信息反馈表.docx", form="02_申报表.docx", scan="02_申报表_盖章扫描.pdf",
                     prop="03_申报书.docx", summ="04_汇总表.xlsx", comm="05_真实性承诺_盖章.pdf")
        summary_kind, comm_kind = "xlsx-h", "scan"
        problems += [
            dict(family="missing_proof", fields=["有否定期开展第三方安全测试/测评"], files=[names["form"], fd], severity="warning",
                 description=f"申报表填“是，每年开展一次网络安全等级保护测评”，但所附唯一的第三方测评证明是{s['dj_date']}出具的等保测评报告"
                             f"（{s['dj_no']}），2022、2023年度及评价期内没有测评报告，不能证明“定期”开展"),
            dict(family="declared_vs_evidence", fields=["平台核心软硬件技术获得的专利数量（项）"], files=[names["form"], fi],
                 severity="error",
                 description=f"申报表填报专利 {d['patents']} 项，知识产权分析评议报告检索结论为有效专利 {e['patents']}项，"
                             f"附表1 有效专利清单同为 {e['patents']} 项（软件著作权 {e['softcr']} 项与申报一致）"),
            dict(family="declared_vs_evidence", fields=["微服务数量（个）"], files=[names["form"], fl], severity="error",
                 description=f"申报表填报微服务数量 {d['ms']} 个（证明资料指向检测报告第{p2}页），检测报告“微服务数量核查”结果为 "
                             f"{th(lab_e['ms'])}个，少 204 个"),
        ]
    else:  # tansuo
        ev = "附件3-证明材料/"
        fa, fl, fi, fd, fc = (ev + "01 专项审计报告.pdf", ev + "02 第三方检测报告.pdf", ev + "03 知识产权检索报告.pdf",
                              ev + "04 等保测评报告.pdf", ev + "05 ISO27001证书.png")
        d["rd"] = r2(e["rd"] + 286.40)
        derive(d)
        true_util = d["storage_util"]
        d["storage_util"] = r2(true_util + 7.35)
        other = gen(s | {"seed": seed + 500, "devices": 9364})
        col = lambda y: "本年金额" if y == 2023 else ("上年金额" if y == 2022 else f"{y}年度")
        order = [2023, 2022, 2021, 2020]
        a_pdf, a_pg = audit_report(s, e, order, col)
        put(fa, a_pdf, "evidence:audit_report")
        audit_facts(F, s, e, fa, a_pg, order, col)
        l_pdf, p1, p2 = lab_report(s, other, s["other_company"], s["other_platform"], seed)
        put(fl, kit.scan_pdf(l_pdf, seed + 1, {1: [(s["lab"], 0.7, 0.8)], 2: [(s["lab"], 0.72, 0.72)]}, dpi=100), "evidence:other")
        i_pdf, cp, pp, sp = ip_report(s, e, "知识产权检索报告", s["ip_agency"], s["ip_no"], seed + 2)
        put(fi, i_pdf, "evidence:patent_list")
        ip_facts(F, e, fi, cp, pp, sp, False)
        put(fd, dengbao(s), "evidence:other")
        put(fc, kit.png_bytes(iso_cert(s, seed + 3)), "evidence:other")
        P = {"audit": f"附件3-01 第{a_pg}页", "lab1": f"附件3-02 第{p1}页", "lab2": f"附件3-02 第{p2}页", "ip": f"附件3-03 第{cp}页",
             "dj": "附件3-04", "iso": "附件3-05 ISO27001证书"}
        names = dict(contact="附件1-联系人信息反馈表.docx", form="附件2-申报表.docx", scan="附件2-申报表（盖章）.pdf",
                     prop="附件3-申报书.docx", summ="附件4-汇总表.xlsx", comm="附件5-真实性承诺.pdf")
        summary_kind, comm_kind = "xlsx", "scan"
        problems += [
            dict(family="missing_proof", fields=["平台是否建立安全管理体系"], files=[names["form"], fc], severity="warning",
                 description=f"“是否针对平台制定了安全管理相关制度”的证明资料为ISO/IEC 27001信息安全管理体系认证证书（{s['iso_no']}），"
                             f"证书有效期至{s['iso_to']}，在申报截止日（2024年7月22日）前已过期，且未附换证或监督审核材料"),
            dict(family="missing_proof", fields=["连接的工业设备/产品/产线种类及数量（台/套）", "工业协议兼容适配数量（个）",
                                                 "工业APP数量（个）", "工业机理模型数量（个）", "微服务数量（个）", "存储容量（TB）"],
                 files=[names["form"], fl], severity="warning",
                 description=f"证明资料指向的第三方检测报告（{s['lab_no']}）委托单位为“{s['other_company']}”、样品为"
                             f"“{s['other_platform']} V3.2”，不是申报单位及申报平台，其核查数（如接入设备 {th(other['devices'])}台/套）"
                             "不能作为本平台指标的证明"),
            dict(family="declared_vs_evidence", fields=["平台相关研发投入（万元）"], files=[names["form"], fa], severity="error",
                 description=f"申报表填报平台相关研发投入 {d['rd']:.2f} 万元，专项审计报告（{s['audit_no']}）平台业务财务信息表"
                             f"本年金额为 {th(e['rd'])} 万元，多 286.40 万元；研发投入强度 {d['rd_int']:.2f}% 随之偏高（以审计数计算应为 "
                             f"{r2(e['rd'] / e['rev'][2023] * 100):.2f}%）"),
            dict(family="formula", fields=["存储资源利用率（%）", "存储工业数据量（TB）", "存储容量（TB）"], files=[names["form"]],
                 severity="error",
                 description=f"存储资源利用率（%）填报 {d['storage_util']:.2f}，按填报指引公式 {d['stored']:.2f} ÷ {d['storage']:.2f} × 100% "
                             f"应为 {true_util:.2f}"),
        ]
    t = texts(s, d)
    if pid == "h37_lianying_problems":
        pass
    rows = form_rows(s, d, t, P)
    write_contact(root / names["contact"], s)
    files[names["contact"]] = "联系人表"
    write_form_docx(root / names["form"], s, d, t, rows)
    files[names["form"]] = "申报表"
    put(names["scan"], write_form_scan(s, d, t, rows, seed + 9), "申报表扫描件")
    ev_list = [(Path(k).name, pages_of((root / k).read_bytes()) if k.endswith(".pdf") else 1)
               for k, v in files.items() if v.startswith("evidence")]
    write_proposal(root / names["prop"], s, d, t, ev_list)
    files[names["prop"]] = "申报书"
    srows = summary_values(s, d)
    if summary_kind == "docx":
        write_summary_docx(root / names["summ"], s, srows)
    else:
        write_summary_xlsx(root / names["summ"], s, srows, horizontal=summary_kind == "xlsx-h")
    files[names["summ"]] = "汇总表"
    if comm_kind == "scan":
        put(names["comm"], commitment_pdf(s, seed + 11), "承诺")
    else:
        commitment_docx(root / names["comm"], s)
        files[names["comm"]] = "承诺"
    probs = [dict(id=f"{pid}-{i:02d}-{p['family']}", **p) for i, p in enumerate(problems, 1)]
    desc = {
        "h37_huaxing_clean": "序号15华兴数字易维讯平台，干净包：财务数据来自会计师事务所专项审计报告（按年度2020–2023，含签字盖章页），"
                             "设备/应用/模型/存储数量由检测机构扫描版检测报告核查（每页报告编号与第N页共M页，另有抽样200台的在线检测及附录抽样清单，"
                             "不是总数），知识产权检索报告含数量结论与两张清单，等保测评摘要与ISO27001证书在有效期内；所有数字一致。",
        "h37_xinhua_problems": "序号5新华控制电力能源平台（2023参评，含第七章）：专项鉴证报告为扫描件（纯图），平台营收与申报不符；"
                               "检测报告核查的接入设备数少于申报；2022年增长率算错；抽样200台为陷阱不是问题。",
        "h37_lianying_problems": "序号6联影医疗平台：年度倒序的专项审计报告；等保测评报告为2021年的旧报告却申报每年定期测评；"
                                 "扫描版知识产权评议报告的专利数少于申报；检测报告核查的微服务数少于申报。",
        "h37_tansuo_problems": "序号27碳索能源零碳工厂平台：专项审计（本年金额/上年金额）研发投入少于申报；所附检测报告是另一家公司另一平台的；"
                               "ISO27001证书已于2024年3月过期；存储资源利用率公式错误。",
    }[pid]
    truth = PackageTruth.model_validate(dict(
        schema_version=1, package_id=pid, description=desc,
        path=f"eval_sets/blind/h37/packages/{pid}", delivery="folder",
        platform=dict(list_no=s["no"], listed_name=s["name"], company=s["company"], declared_name=s["name"],
                      participated_2023=s["p23"]),
        layout=s["layout_tags"], files=dict(sorted(files.items())), secrets=[f"Rv#{s['seed']}pw"],
        summary_rows=srows, evidence_facts=F.items, problems=probs))
    (out / "truth").mkdir(parents=True, exist_ok=True)
    (out / "truth" / f"{pid}.json").write_text(dump_truth(truth), encoding="utf-8")
    return truth


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=str(HERE))
    a = ap.parse_args(argv)
    out = Path(a.out)
    for s in SPECS:
        t = build_package(s, out)
        print(t.package_id, len(t.files), "files", len(t.evidence_facts), "facts", len(t.problems), "problems")


if __name__ == "__main__":
    main(sys.argv[1:])
