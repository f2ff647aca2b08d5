"""The consultant-written 申报书 (附件3): cover, 目录 with page numbers, running header/footer
「第 N 页 共 M 页」, numbered tables and figures with cross-references, a landscape page for the wide
regional table, a table continued (续表) with or without its header, charts with data labels,
rounded prose figures beside exact table values, targets and industry figures that are not the
platform's, a 佐证材料目录 and an 附件汇编 holding copies of evidence pages."""

from __future__ import annotations

import random

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, Rect, String, Line

import pdfdoc as P
from docs import Pkg
from evidence import device_block, ip_blocks, platform_note_block

FILLER = [
    "平台坚持“数据驱动、知识沉淀、生态共建”的建设思路，围绕设备、产线、工厂与产业链四个层级持续迭代能力体系。",
    "在技术路线上，平台采用“云—边—端”协同架构，边缘侧负责数据采集与实时处理，云端负责模型训练、应用编排与多租户运营。",
    "平台通过统一的数据中台对多源异构数据进行治理，形成主数据、时序数据、业务数据三大数据资产目录。",
    "面向中小企业，平台提供“轻量化、低成本、快部署”的订阅式服务，用户无需自建机房即可获得数字化能力。",
    "平台建立了覆盖需求分析、方案设计、实施交付、运维运营的全流程服务体系，服务响应时间持续缩短。",
    "在安全方面，平台按照等级保护三级要求建设安全防护体系，建立了安全运营中心，实现7×24小时安全监测。",
    "平台积极参与行业标准与团体标准的研制，推动行业数据接口、设备模型与服务质量的规范化。",
    "平台持续加大研发投入，组建了由数据科学家、行业专家与软件工程师构成的复合型研发团队。",
    "通过与高校、科研院所开展产学研合作，平台在工业机理建模、智能算法等方向形成了一批具有自主知识产权的成果。",
    "平台运营团队建立了客户成功管理机制，定期回访重点用户，持续跟踪应用成效并迭代产品功能。",
    "平台面向行业上下游开放能力接口，吸引了大量服务商、开发者入驻，生态规模逐年扩大。",
    "平台坚持自主可控路线，核心组件全部自研，基础软硬件优先选用国产化产品并完成适配验证。",
    "在商业模式上，平台形成了“基础订阅+增值服务+按效果付费”的组合模式，收入结构不断优化。",
    "平台将行业知识封装为可复用的机理模型与微服务组件，显著降低了工业应用开发门槛。",
    "通过设备全生命周期管理，平台帮助用户从被动维修转向预测性维护，设备综合效率明显提升。",
    "平台持续完善数据资产运营机制，探索数据产品化与数据价值共享，为行业提供高质量数据服务。",
]


def _para(rng: random.Random, n: int) -> str:
    return "".join(rng.sample(FILLER, n))


def _fig_arch(p: Pkg) -> Drawing:
    f = P.font()
    d = Drawing(440, 200)
    layers = [("边缘层：设备接入 · 协议解析 · 边缘计算", 10), ("IaaS层：计算 · 存储 · 网络资源池", 50),
              ("PaaS层：数据中台 · 模型中心 · 微服务 · 开发工具", 90), ("SaaS层：工业APP · 解决方案 · 行业应用", 130)]
    for text, y in layers:
        d.add(Rect(20, y, 400, 32, fillColor=P.colors.Color(0.88, 0.93, 1), strokeColor=P.colors.Color(0.2, 0.4, 0.7)))
        d.add(String(220, y + 11, text, fontName=f, fontSize=10, textAnchor="middle"))
    d.add(String(220, 178, f"{p.sp.listed_name}总体架构", fontName=f, fontSize=10, textAnchor="middle"))
    d.add(Line(5, 10, 5, 162, strokeColor=P.colors.grey))
    return d


def _fig_revenue(p: Pkg) -> Drawing:
    f = P.font()
    d = p.v["平台近三年经营指标情况"]
    vals = [d["2021年平台营收（万元）"], d["2022年平台营收（万元）"], d["2023年平台营收（万元）"]]
    dr = Drawing(420, 200)
    bc = VerticalBarChart()
    bc.x, bc.y, bc.width, bc.height = 50, 30, 340, 140
    bc.data = [vals]
    bc.categoryAxis.categoryNames = ["2021年", "2022年", "2023年"]
    bc.categoryAxis.labels.fontName = f
    bc.valueAxis.valueMin = 0
    bc.valueAxis.labels.fontName = f
    bc.bars[0].fillColor = P.colors.Color(0.2, 0.45, 0.8)
    bc.barLabelFormat = "%.2f"
    bc.barLabels.nudge = 7
    bc.barLabels.fontSize = 8
    dr.add(bc)
    dr.add(String(210, 186, "平台相关营业收入（万元）", fontName=f, fontSize=9, textAnchor="middle"))
    return dr


def wan_text(n: int) -> str:
    """A consultant's rounding of a count to 万: 126,384 → 12.6万, 12,846 → 1.28万."""
    if n < 10000:
        return f"{n:,}"
    return f"{n / 10000:.1f}万" if n >= 50000 else f"{n / 10000:.2f}万"


def build_narrative(p: Pkg, rel: str, appendix_prefix: str) -> None:
    path = p.add(rel, "申报书")
    sp = p.sp
    v = p.v
    x = sp.extras
    nr = p.narr
    st = P.styles(10.5, 1.75)
    dev = v["连接的工业设备/产品/产线种类及数量（台/套）"]
    rev = v["平台近三年经营指标情况"]
    served = v["实际服务企业数（个）"]
    catalog = p.catalog

    chapters = [("c1", "一、申报单位简介"), ("c1_1", "1.1 企业概况"), ("c1_2", "1.2 核心竞争力"),
                ("c2", "二、平台建设及运营情况"), ("c2_1", "2.1 平台基本信息"), ("c2_2", "2.2 平台技术架构"),
                ("c2_3", "2.3 技术路线先进性"), ("c2_4", "2.4 平台运营情况"), ("c2_6", "2.5 平台安全保障体系"),
                ("c2_5", "2.6 平台技术创新点总结"),
                ("c3", "三、平台应用成效"), ("c3_1", "3.1 经济效益"), ("c3_2", "3.2 行业与区域带动"),
                ("c3_4", "3.3 社会效益与产学研合作"), ("c3_3", "3.4 应用创新点总结"), ("c4", "四、平台下一步发展计划"), ("c5", "五、平台应用案例"),
                ("c6", "六、附件及其他说明材料")]
    if sp.participated:
        chapters.append(("c7", "七、平台相较上年度对比情况"))
    chapters.append(("cx", "附件汇编（佐证材料复印件）"))

    def H(key, text, style="h1"):
        return P.anchored(P.Paragraph(text, st[style]), key)

    def story(anchors):
        rng = random.Random(sp.seed * 31)
        pad = x.get("pad", 5)
        s = []
        # cover
        s += [P.Spacer(1, 90), P.Paragraph("上海市工业互联网平台应用水平评价", st["title"]), P.Spacer(1, 8),
              P.Paragraph("申报书", st["title"]), P.Spacer(1, 70)]
        for line in ("申报年度：2024年度", f"平台名称：{x.get('declared_name', sp.listed_name)}",
                     f"申报单位：{sp.company}（公章）", f"联 系 人：{sp.contact[0]}", f"联系人电话：{sp.contact[2]}",
                     "", f"编制支持：{x['consultancy']}", "二〇二四年七月"):
            s.append(P.Paragraph(line or "&nbsp;", st["center"]))
        s.append(P.PageBreak())
        # TOC
        s.append(P.Paragraph("目　录", st["h1"]))
        for key, title in chapters:
            pg = anchors.get(key, 0)
            indent = "" if not key.count("_") else "　　"
            s.append(P.Paragraph(f"{indent}{title}{'·' * max(4, 60 - len(title) * 2)}{pg}", st["plain"]))
        s.append(P.PageBreak())
        # 一
        s.append(H("c1", "一、申报单位简介"))
        s.append(H("c1_1", "1.1 企业概况", "h2"))
        c = p.company
        s.append(P.Paragraph(
            f"{sp.company}成立于{c['founded']}，注册资本{c['capital']}，注册地位于{c['reg']}。公司主营业务为{c['business']}。"
            f"2023年公司实现主营业务收入{c['rev']:,.2f}万元，同比增长{c['rev_growth']:.2f}%，利润总额{c['profit']:,.2f}万元，"
            "企业基本信息详见表1-1。", st["body"]))
        s.append(P.Paragraph("表1-1 申报单位基本信息", st["cap"]))
        s.append(P.grid_table([["项目", "内容"], ["单位名称", sp.company], ["统一社会信用代码", c["code"]],
                               ["成立日期", c["founded"]], ["法定代表人", c["legal"]], ["企业类型", c["type"]],
                               ["2023年总资产（万元）", f"{c['assets']:,.2f}"]], [50 * P.mm, 110 * P.mm], st))
        for _ in range(2 + pad):
            s.append(P.Paragraph(_para(rng, 5), st["body"]))
        s.append(H("c1_2", "1.2 核心竞争力", "h2"))
        for _ in range(3 + pad):
            s.append(P.Paragraph(_para(rng, 5), st["body"]))
        s.append(P.PageBreak())
        # 二
        s.append(H("c2", "二、平台建设及运营情况"))
        s.append(H("c2_1", "2.1 平台基本信息", "h2"))
        s.append(P.Paragraph(
            f"{sp.listed_name}（以下简称“平台”）是公司打造的{sp.nature}，自{sp.build_period[0][:4]}年启动建设，"
            f"累计投入建设资金{v['平台建设金额（万元）']:,.2f}万元，平台基本信息如表2-1所示。", st["body"]))
        s.append(P.Paragraph("表2-1 平台基本信息表", st["cap"]))
        s.append(P.grid_table([["项目", "内容"], ["平台名称", x.get("declared_name", sp.listed_name)],
                               ["平台性质", sp.nature], ["建设时间", v["建设时间"]],
                               ["建设方式", v["平台建设方式"]], ["运营模式", v["平台运营模式"]], ["部署方式", v["部署方式"]],
                               ["平台网址", v["平台网址"]]], [40 * P.mm, 120 * P.mm], st))
        s.append(P.Paragraph(_para(rng, 5), st["body"]))
        s.append(H("c2_2", "2.2 平台技术架构", "h2"))
        s.append(P.Paragraph("平台总体架构分为边缘层、IaaS层、PaaS层和SaaS层，如图2-1所示。" + _para(rng, 3), st["body"]))
        s.append(_fig_arch(p))
        s.append(P.Paragraph("图2-1 平台总体架构图", st["cap"]))
        for _ in range(2 + pad):
            s.append(P.Paragraph(_para(rng, 5), st["body"]))
        s.append(H("c2_3", "2.3 技术路线先进性", "h2"))
        s.append(P.Paragraph(
            f"据中国工业互联网研究院统计，全国具有一定影响力的工业互联网平台超过340家，重点平台连接工业设备超过9600万台（套）。"
            f"与{x['peer']}等同行业平台相比，本平台在设备接入、模型沉淀和行业应用深度方面具备优势，对标数据详见表2-2。", st["body"]))
        s.append(P.Paragraph("表2-2 平台对标同行业或相似平台的部分量化数据对比表", st["cap"]))
        s.append(P.grid_table([
            ["三级指标", "本平台数据", "对标数据"],
            ["1.2.1 创新投入情况", f"研发投入{v['平台相关研发投入（万元）']:,.2f}万元，强度{v['平台相关研发投入强度（%）']:.2f}%",
             f"同行业平台（{x['peer']}）：研发投入数量级千万元，强度约12%"],
            ["2.1.1 工业设备连接/汇聚能力", f"接入设备{dev:,}台（套），工业协议{v['工业协议兼容适配数量（个）']}种",
             f"同行业平台（{x['peer']}）：接入设备约{x['peer_dev']}"],
            ["2.1.2 工业软件/APP", f"工业APP {v['工业APP数量（个）']}个，月活{v['工业APP平均月活跃数量（个）']}个",
             f"同行业平台（{x['peer']}）：工业APP约300个"],
            ["2.2.2 数据处理（存储计算能力）", f"存储容量{v['存储容量（TB）']:.2f}TB，利用率{v['存储资源利用率（%）']:.2f}%",
             "同行业平台：存储容量约1000TB"],
            ["2.2.3 数据建模和分析", f"工业机理模型{v['工业机理模型数量（个）']}个", "同行业平台：工业模型约200个"],
            ["2.3.1 平台微服务情况", f"微服务{v['微服务数量（个）']}个", "同行业平台：微服务约800个"],
            ["3.1.1 平台应用规模", f"实际服务企业{served:,}家", f"同行业平台（{x['peer']}）：服务企业约数千家"],
        ], [40 * P.mm, 60 * P.mm, 60 * P.mm], st))
        s.append(P.Paragraph("注：对标平台的具体数据无法获取的，按公开资料预估其数量级。", st["small"]))
        s.append(P.Paragraph(_para(rng, 5), st["body"]))
        s.append(H("c2_4", "2.4 平台运营情况", "h2"))
        dev_cats = nr.get("dev_cats", v["按二级分类统计工业设备数量（台/套）"])
        dev_total = nr.get("dev_total", dev)
        s.append(P.Paragraph(
            f"截至2024年6月底，平台累计接入工业设备{wan_text(dev)}台（套），覆盖{len(dev_cats)}个设备二级分类，"
            f"其中公有云接入{v['公有云工业设备连接数量（台/套）']:,}台（套），分类统计详见表2-3，区域分布详见表2-4，"
            f"设备清单见{appendix_prefix}-3第1页。", st["body"]))
        s.append(P.Paragraph("表2-3 平台接入设备分类统计", st["cap"]))
        pc = v["按二级分类统计公有云工业设备数量（台/套）"]
        dc = v["按二级分类统计公有云工业设备平均日运行数量（台/套）"]
        rows = [["设备二级分类", "接入数量（台/套）", "公有云接入（台/套）", "公有云日均运行（台/套）"]]
        for k in dev_cats:
            rows.append([k, f"{dev_cats[k]:,}", f"{pc[k]:,}", f"{dc[k]:,}"])
        rows.append(["合计", f"{dev_total:,}", f"{v['公有云工业设备连接数量（台/套）']:,}",
                     f"{v['公有云工业设备平均日运行数量（台/套）']:,}"])
        s.append(P.grid_table(rows, [50 * P.mm, 36 * P.mm, 36 * P.mm, 38 * P.mm], st, zebra=True))
        s.append(P.Paragraph(_para(rng, 4), st["body"]))
        # landscape regional table
        s.append(P.NextPageTemplate("L"))
        s.append(P.PageBreak())
        rg = v["按省市区域统计工业设备数量（台/套）"]
        pr = v["按省市区域统计公有云工业设备数量（台/套）"]
        dr = v["按省市区域统计公有云工业设备平均日运行数量（台/套）"]
        keys = list(rg)
        s.append(P.Paragraph("表2-4 平台接入设备按省市区域统计（单位：台/套）", st["cap"]))
        wide = [["指标"] + keys + ["合计"],
                ["接入数量"] + [f"{rg[k]:,}" for k in keys] + [f"{sum(rg.values()):,}"],
                ["公有云接入"] + [f"{pr[k]:,}" for k in keys] + [f"{sum(pr.values()):,}"],
                ["公有云日均运行"] + [f"{dr[k]:,}" for k in keys] + [f"{sum(dr.values()):,}"]]
        cw = (260 * P.mm - 28 * P.mm) / (len(keys) + 1)
        s.append(P.grid_table(wide, [28 * P.mm] + [cw] * (len(keys) + 1), st, fs=7.5))
        s.append(P.Paragraph("注：设备所属地指设备所属企业的注册地；海外地区按“国家中文名+英文名”统计。", st["small"]))
        s.append(P.Paragraph(_para(rng, 4), st["body"]))
        s.append(P.NextPageTemplate("P"))
        s.append(P.PageBreak())
        reg_shown = nr.get("registered", v["注册企业用户数（个）"])
        s.append(P.Paragraph(
            f"在应用服务方面，平台注册企业用户{wan_text(v['注册企业用户数（个）'])}家，实际服务企业"
            f"{nr.get('served_prose', format(served, ',') + '家')}，其中付费企业{v['付费企业数（个）']:,}家，核心运营指标见表2-5。",
            st["body"]))
        s.append(P.Paragraph("表2-5 平台运营核心指标一览", st["cap"]))
        s.append(P.grid_table([
            ["指标", "数值", "指标", "数值"],
            ["注册企业用户数（个）", f"{reg_shown:,}", "实际服务企业数（个）", f"{served:,}"],
            ["付费企业数（个）", f"{v['付费企业数（个）']:,}", "服务中小企业数量（个）", f"{v['服务中小企业数量（个）']:,}"],
            ["工业APP数量（个）", f"{v['工业APP数量（个）']:,}", "工业机理模型数量（个）", f"{v['工业机理模型数量（个）']:,}"],
            ["微服务数量（个）", f"{v['微服务数量（个）']:,}", "开发者注册总数（个）", f"{v['开发者注册总数（个）']:,}"],
            ["存储容量（TB）", f"{v['存储容量（TB）']:.2f}", "存储工业数据量（TB）", f"{v['存储工业数据量（TB）']:.2f}"],
        ], [45 * P.mm, 35 * P.mm, 45 * P.mm, 35 * P.mm], st))
        s.append(P.Paragraph(_para(rng, 5), st["body"]))
        # continued table
        s.append(P.Paragraph(
            "平台订阅用户数最多的5个杀手锏工业APP与调用用户数最多的核心工业模型见表2-6。" + _para(rng, 2), st["body"]))
        apps = x["killer_apps"]
        mdl = x["core_models"]
        rows = [["类别", "排名", "名称", "简介", "订阅/调用用户数"]]
        for i, (nm, brief, n) in enumerate(apps, 1):
            rows.append(["杀手锏APP", str(i), nm, brief, f"{n:,}"])
        for i, (nm, brief, n) in enumerate(mdl, 1):
            rows.append(["核心模型", str(i), nm, brief, f"{n:,}"])
        w = [20 * P.mm, 12 * P.mm, 38 * P.mm, 66 * P.mm, 24 * P.mm]
        s.append(P.Paragraph("表2-6 杀手锏工业APP与核心工业模型清单", st["cap"]))
        s.append(P.grid_table(rows[:9], w, st))
        s.append(P.PageBreak())
        s.append(P.Paragraph("续表2-6", st["cap"]))
        s.append(P.grid_table(([rows[0]] if x.get("repeat_header", True) else []) + rows[9:], w, st,
                              header_rows=1 if x.get("repeat_header", True) else 0))
        s.append(P.Paragraph(_para(rng, 5), st["body"]))
        s.append(H("c2_6", "2.5 平台安全保障体系", "h2"))
        for _ in range(3 + pad):
            s.append(P.Paragraph(_para(rng, 5), st["body"]))
        s.append(H("c2_5", "2.6 平台技术创新点总结", "h2"))
        s.append(P.Paragraph(
            f"平台已连接设备{dev:,}台（套）、沉淀工业机理模型{v['工业机理模型数量（个）']}个、上架工业APP "
            f"{v['工业APP数量（个）']}个，" + _para(rng, 3), st["body"]))
        s.append(P.PageBreak())
        # 三
        s.append(H("c3", "三、平台应用成效"))
        s.append(H("c3_1", "3.1 经济效益", "h2"))
        r23 = rev["2023年平台营收（万元）"]
        rev_prose = nr.get("rev_prose", f"{r23 / 10000:.2f}亿元" if r23 >= 10000 else f"{r23:,.0f}万元")
        s.append(P.Paragraph(
            f"平台营收保持较快增长，2023年实现平台相关营业收入约{rev_prose}，"
            f"同比增长{rev['2023年增长率（%）']:.2f}%，近三年营收情况如图3-1所示，具体数据见表3-1"
            f"及{appendix_prefix}-1第{p.note_page}页。", st["body"]))
        s.append(_fig_revenue(p))
        s.append(P.Paragraph("图3-1 平台近三年营业收入（万元）", st["cap"]))
        s.append(P.Paragraph("表3-1 平台近三年经营情况", st["cap"]))
        s.append(P.grid_table([["年度", "平台营收（万元）", "增长率（%）"]] +
                              [[f"{y}年", f"{rev[f'{y}年平台营收（万元）']:,.2f}", f"{rev[f'{y}年增长率（%）']:.2f}"]
                               for y in (2021, 2022, 2023)], [40 * P.mm, 50 * P.mm, 40 * P.mm], st))
        s.append(P.Paragraph(
            f"2023年平台相关研发投入{v['平台相关研发投入（万元）']:,.2f}万元，研发投入强度{v['平台相关研发投入强度（%）']:.2f}%；"
            f"平台利润率{v['平台利润率（%）']:.2f}%，投资回报率{v['投资回报率（%）']:.2f}%。" + _para(rng, 3), st["body"]))
        s.append(H("c3_2", "3.2 行业与区域带动", "h2"))
        s.append(P.Paragraph(
            f"平台服务本市企业{v['服务本市企业数量（个）']:,}家，服务上海市级智能工厂{v['平台是否服务上海智能工厂，数量']}家。"
            f"{nr.get('dev_prose', '')}"
            f"平台累计获得专利{v['平台核心软硬件技术获得的专利数量（项）']}项、软件著作权{v['平台核心软硬件技术获得的软著数量（个）']}项"
            f"（清单见{appendix_prefix}-2），获得省部级及以上荣誉{v['平台获得省部级及以上奖项/荣誉数量（个）']}项。"
            f"据行业测算，{x['industry']}行业设备联网率仍不足40%，数字化转型空间广阔。", st["body"]))
        for _ in range(2 + pad):
            s.append(P.Paragraph(_para(rng, 5), st["body"]))
        s.append(H("c3_4", "3.3 社会效益与产学研合作", "h2"))
        for _ in range(3 + pad):
            s.append(P.Paragraph(_para(rng, 5), st["body"]))
        s.append(H("c3_3", "3.4 应用创新点总结", "h2"))
        s.append(P.Paragraph(_para(rng, 4), st["body"]))
        s.append(P.PageBreak())
        # 四
        s.append(H("c4", "四、平台下一步发展计划"))
        s.append(P.Paragraph(
            f"预计到2025年底，平台接入设备将突破{x['target_dev']}万台（套），服务企业超过{x['target_served']}家，"
            f"平台营收力争达到{x['target_rev']}亿元。" + _para(rng, 3), st["body"]))
        for _ in range(3 + pad):
            s.append(P.Paragraph(_para(rng, 5), st["body"]))
        s.append(P.PageBreak())
        # 五
        s.append(H("c5", "五、平台应用案例"))
        for i, (cust, title) in enumerate(x["cases"], 1):
            s.append(P.Paragraph(f"案例{i}：{x.get('declared_name', sp.listed_name)}——{title}", st["h2"]))
            s.append(P.Paragraph(f"企业简介：{cust}是{x['industry']}行业的骨干企业，拥有多条自动化产线。", st["body"]))
            s.append(P.Paragraph("平台简介：" + _para(rng, 3), st["body"]))
            s.append(P.Paragraph("案例实际内容简介：" + _para(rng, 6), st["body"]))
            s.append(P.Paragraph(_para(rng, 6), st["body"]))
            s.append(P.Paragraph(
                f"应用成效：设备运维成本下降{v['平台连接工业设备运维成本平均下降率（%）'] + (i - 2) * 1.5:.2f}%，"
                f"能耗下降{v['平台连接工业设备能耗平均下降率（%）'] + (i - 2) * 0.8:.2f}%。", st["body"]))
            if i % 2 == 0:
                s.append(P.PageBreak())
        s.append(P.PageBreak())
        # 六
        s.append(H("c6", "六、附件及其他说明材料"))
        s.append(P.Paragraph("《申报表》评价指标明细表“平台实际情况”对应的证明资料见表6-1佐证材料目录；"
                             "主要证明材料的复印件另附于本申报书末尾的附件汇编。", st["body"]))
        s.append(P.Paragraph("表6-1 佐证材料目录", st["cap"]))
        rows = [["序号", "对应指标", "附件编号", "材料名称", "文件名称/位置", "页码"]]
        for i, (ind, no, name, where, pages) in enumerate(catalog, 1):
            where_txt = where if where != "@self" else "本申报书附件汇编"
            pg = pages if where != "@self" else f"第{anchors.get(pages, 0)}页"
            rows.append([str(i), ind, no, name, where_txt, pg])
        s.append(P.grid_table(rows, [10 * P.mm, 38 * P.mm, 18 * P.mm, 34 * P.mm, 44 * P.mm, 18 * P.mm], st, repeat=1,
                              fs=7.5))
        s.append(P.PageBreak())
        if sp.participated:
            s.append(H("c7", "七、平台相较上年度对比情况"))
            last = x["last_year"]
            s.append(P.Paragraph("自2023年7月以来，平台在功能模块、关键指标和应用服务等方面持续提升，主要指标对比见表7-1。",
                                 st["body"]))
            s.append(P.Paragraph("表7-1 主要指标较上年度对比", st["cap"]))
            rows = [["指标", "2023年度申报值", "2024年度申报值"]]
            for lab, old in last.items():
                new = v[lab]
                rows.append([lab, f"{old:,}", f"{new:,}"])
            s.append(P.grid_table(rows, [70 * P.mm, 40 * P.mm, 40 * P.mm], st))
            s.append(P.Paragraph("功能模块方面，" + _para(rng, 4), st["body"]))
            s.append(P.Paragraph("应用服务方面，" + _para(rng, 4), st["body"]))
            s.append(P.PageBreak())
        # 附件汇编
        s.append(H("cx", "附件汇编（佐证材料复印件）"))
        s.append(P.Paragraph(f"{appendix_prefix}-1 2023年度审计报告（节选：平台业务专项说明）", st["h2"]))
        s += platform_note_block(p, st, "copy_note")
        s.append(P.PageBreak())
        s.append(P.Paragraph(f"{appendix_prefix}-2 知识产权清单（节选）", st["h2"]))
        a, b = ip_blocks(p, st, "copy_pat", "copy_sw", limit=6)
        s += a + [P.Paragraph("（其余条目见附件原件）", st["small"])] + b + [P.Paragraph("（其余条目见附件原件）", st["small"])]
        s.append(P.PageBreak())
        s.append(P.Paragraph(f"{appendix_prefix}-3 平台接入设备统计表（复印件）", st["h2"]))
        s += device_block(p, st, "copy_dev", with_regions=False)
        return s

    pdf, anchors, total = P.build(story, (sp.company, f"{sp.listed_name} · 申报书"), True, "申报书",
                                  x["consultancy"])
    path.write_bytes(pdf)
    p.narr_pages = total
    p.narr_anchors = anchors
    # facts on the copies in the 附件汇编
    from evidence import ip_lists, platform_note_rows
    _, r, rd, profit = platform_note_rows(p)
    pg = anchors["copy_note"]
    p.fact("平台相关营业收入（万元）", f"{r[2]:,.2f}", "万元", r[2], rel, pg, f"{r[2]:,.2f}", "平台相关营业收入", "2023年度")
    p.fact("平台相关研发投入（万元）", f"{rd[2]:,.2f}", "万元", rd[2], rel, pg, f"{rd[2]:,.2f}", "平台相关研发投入", "2023年度")
    p.fact("平台利润率（%）", f"{profit[2]:,.2f}", "万元", profit[2], rel, pg, f"{profit[2]:,.2f}", "平台利润总额", "2023年度",
           "平台利润总额（万元）")
    n_pat, _, n_sw, _ = ip_lists(p)
    p.fact("平台核心软硬件技术获得的专利数量（项）", str(n_pat), "项", n_pat, rel, anchors["copy_pat"], f"专利清单（共{n_pat}项）",
           "专利清单")
    p.fact("平台核心软硬件技术获得的软著数量（个）", str(n_sw), "项", n_sw, rel, anchors["copy_sw"],
           f"软件著作权清单（共{n_sw}项）", "软件著作权清单")
    tot = p.e("连接的工业设备/产品/产线种类及数量（台/套）")
    pub = p.e("公有云工业设备连接数量（台/套）")
    p.fact("连接的工业设备/产品/产线种类及数量（台/套）", f"{tot:,}", "台/套", tot, rel, anchors["copy_dev"], f"{tot:,}", "合计",
           "接入数量（台/套）")
    p.fact("公有云工业设备连接数量（台/套）", f"{pub:,}", "台/套", pub, rel, anchors["copy_dev"], f"{pub:,}", "合计",
           "其中：公有云接入（台/套）")
