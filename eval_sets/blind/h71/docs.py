"""Documents of a package: 申报表 (DOCX + stamped scan), 汇总表, 承诺, 联系人表, 申报书 PDF with front
matter in roman numerals and an 「附件材料」 section, audit reports with printed numbers that are not
the physical pages, lists and scanned screenshots."""

from __future__ import annotations

import random
from pathlib import Path

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from common import (BODY, H1, H2, H3, SMALL, P, Page, bd_text, f2, images_to_pdf, new_docx, rasterize, render_flow_pdf,
                    render_pdf, save_docx, save_xlsx, scanify, seal, style, table, th)
from model import V, growth_text
from reportlab.platypus import PageBreak, Spacer

FALLBACK_PROOF = "无单独证明材料：数据取自平台运营管理后台统计（截至2024年6月30日），可现场演示查验"


# ---------------------------------------------------------------- 申报表 model

def form_blocks(v: V, t: dict, refs: dict) -> list:
    """The 申报表 as blocks: ('title', text) | ('p', text) | ('kv', [(k, v)...]) | ('grid', header, rows)."""
    s, d = v.spec, v.d
    c = s["company_info"]
    blocks: list = [
        ("title", "上海市工业互联网平台应用水平评价"), ("title", "申报表"),
        ("p", "申报年度：2024年度"), ("p", f"平台名称：{s['name']}"), ("p", f"（附件6 名单序号：{s['no']}）"),
        ("p", f"申报单位：{s['company']}（公章）"), ("p", f"联 系 人：{s['contact'][0]}"),
        ("p", f"联系人电话：{s['contact'][1]}"), ("p", "上海市经济和信息化委员会制"), ("p", "2024年7月15日"),
        ("break",),
        ("h", "一、企业基本情况"),
        ("kv", [("单位（企业）名称", s["company"]), ("单位（企业）代码", c["code"]), ("成立日期", c["founded"]),
                ("注册地及所在行政区", c["addr"]), ("企业类型", c["type"]), ("注册资本", c["capital"]),
                ("主营业务", c["business"]), ("法定代表人", c["legal"]), ("联系人", s["contact"][0]),
                ("职务", s["contact"][3]), ("联系人手机", s["contact"][1]), ("传真", c["fax"]),
                ("电子邮箱", s["contact"][2]), ("股权结构", c["equity"]),
                ("申报单位上一年度经营状况（2023年）",
                 f"总资产{c['assets']}万元；主营业务收入{c['income']}万元；主营业务收入增长率{c['income_g']}%；"
                 f"负债率{c['debt']}%；利润总额{c['profit']}万元；税金{c['tax']}万元")]),
        ("h", "二、平台基本情况"),
        ("kv", [("平台名称", s["name"]), ("建设时间", s["period_text"]),
                ("平台建设金额（万元）", f2(d["build_amount"])),
                ("平台近三年经营指标情况", growth_text(d).replace("；", "\n")),
                ("平台建设方式", t["build_box"]), ("平台运营模式", t["run_box"]), ("IaaS 基础设施", t["iaas_box"]),
                ("部署方式", t["deploy_box"]), ("平台网址", f"{s['url']}（测试账号：{s['account'][0]}，密码：{s['account'][1]}）"),
                ("平台基本情况介绍", t["intro"]), ("平台建设成效", t["effect"])]),
        ("h", "三、上海市工业互联网平台应用水平评价指标明细表"),
    ]
    header = ["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"]
    rows = []
    for l1, l2, l3, content, key in INDICATORS:
        value = t["form"][content] if content in t["form"] else form_value(v, key)
        proof = refs.get(content, FALLBACK_PROOF if key else "—")
        rows.append([l1, l2, l3, content, value, proof])
    blocks.append(("grid", header, rows))
    return blocks


def form_value(v: V, key: str) -> str:
    d = v.d
    x = d[key]
    if isinstance(x, dict):
        return bd_text(x)
    if isinstance(x, float):
        return f2(x)
    return str(x)


L1A, L1B, L1C = "一、平台基础情况（25%）", "二、平台关键技术能力（35%）", "三、平台效益及可持续发展能力（40%）"
INDICATORS = [
    (L1A, "1.1 战略定位及规划", "1.1.1 战略定位", "平台定位是否明确", ""),
    (L1A, "1.1 战略定位及规划", "1.1.1 战略定位", "是否符合国家/地方相关政策方向，是否符合行业/产业发展现状与趋势", ""),
    (L1A, "1.1 战略定位及规划", "1.1.2 规划制定", "平台是否被纳入企业战略规划中", ""),
    (L1A, "1.1 战略定位及规划", "1.1.2 规划制定", "是否制定了平台专项规划", ""),
    (L1A, "1.1 战略定位及规划", "1.1.2 规划制定", "平台团队总人数（人）", "team"),
    (L1A, "1.1 战略定位及规划", "1.1.2 规划制定", "其中：运维人数（人）", "ops"),
    (L1A, "1.1 战略定位及规划", "1.1.2 规划制定", "运营人数（人）", "run"),
    (L1A, "1.1 战略定位及规划", "1.1.2 规划制定", "其中：有相关技术职称/从业资格的人数（人）", "qual"),
    (L1A, "1.2 资金投入与经营情况", "1.2.1 创新投入情况", "平台相关研发投入（万元）", "rd"),
    (L1A, "1.2 资金投入与经营情况", "1.2.1 创新投入情况", "平台相关研发投入强度（%）", "rd_int"),
    (L1A, "1.2 资金投入与经营情况", "1.2.2 经营情况", "平台相关营业收入（万元）", "revenue"),
    (L1A, "1.2 资金投入与经营情况", "1.2.2 经营情况", "平台利润率（%）", "margin"),
    (L1A, "1.2 资金投入与经营情况", "1.2.2 经营情况", "付费用户占比（%）", "paid_ratio"),
    (L1B, "2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力", "连接的工业设备/产品/产线种类及数量（台/套）", "dev_total"),
    (L1B, "2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力", "按二级分类统计工业设备数量（台/套）", "dev_cat"),
    (L1B, "2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力", "按省市区域统计工业设备数量（台/套）", "dev_reg"),
    (L1B, "2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力", "其中：公有云工业设备连接数量（台/套）", "pub"),
    (L1B, "2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力", "按二级分类统计公有云工业设备数量（台/套）", "pub_cat"),
    (L1B, "2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力", "按省市区域统计公有云工业设备数量（台/套）", "pub_reg"),
    (L1B, "2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力", "其中：公有云工业设备平均日运行数量（台/套）", "runday"),
    (L1B, "2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力", "按二级分类统计公有云工业设备平均日运行数量（台/套）", "run_cat"),
    (L1B, "2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力", "按省市区域统计公有云工业设备平均日运行数量（台/套）", "run_reg"),
    (L1B, "2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力", "其中：海外设备连接数量（台/套）", "overseas"),
    (L1B, "2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力", "其中：按海外国家分类统计海外设备连接数量", "overseas_bd"),
    (L1B, "2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力", "工业协议兼容适配数量（个）", "protocols"),
    (L1B, "2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力", "其他资源汇聚情况", ""),
    (L1B, "2.1 资源汇聚与配置", "2.1.2 工业软件/APP", "工业软件总量（个）", "software"),
    (L1B, "2.1 资源汇聚与配置", "2.1.2 工业软件/APP", "工业APP数量（个）", "apps"),
    (L1B, "2.1 资源汇聚与配置", "2.1.2 工业软件/APP", "其中：基于平台开发的工业APP数量（个）", "app_dev"),
    (L1B, "2.1 资源汇聚与配置", "2.1.2 工业软件/APP", "云化工业软件数量（个）", "app_cloud"),
    (L1B, "2.1 资源汇聚与配置", "2.1.2 工业软件/APP", "按分类统计工业APP数量（个）", "app_cat"),
    (L1B, "2.1 资源汇聚与配置", "2.1.2 工业软件/APP", "按行业统计工业APP数量（个）", "app_ind"),
    (L1B, "2.1 资源汇聚与配置", "2.1.2 工业软件/APP", "工业APP平均月活跃数量（个）", "app_mau"),
    (L1B, "2.1 资源汇聚与配置", "2.1.2 工业软件/APP", "其中：杀手锏APP数量（个）", "killer"),
    (L1B, "2.1 资源汇聚与配置", "2.1.2 工业软件/APP", "公有云杀手锏APP平均日在线用户数（个）", "killer_online"),
    (L1B, "2.1 资源汇聚与配置", "2.1.2 工业软件/APP", "杀手锏APP日活次数（次）", "killer_dau"),
    (L1B, "2.1 资源汇聚与配置", "2.1.2 工业软件/APP", "杀手锏APP月平均收入（万元）", "killer_income"),
    (L1B, "2.1 资源汇聚与配置", "2.1.2 工业软件/APP", "其中：公有云工业APP数量（个）", "pub_apps"),
    (L1B, "2.1 资源汇聚与配置", "2.1.2 工业软件/APP", "其中：公有云工业APP平均日活跃数量（个）", "pub_dau"),
    (L1B, "2.1 资源汇聚与配置", "2.1.2 工业软件/APP", "其中：按分类统计公有云工业APP平均日活跃数量（个）", "pub_dau_cat"),
    (L1B, "2.1 资源汇聚与配置", "2.1.2 工业软件/APP", "其中：按行业统计公有云工业APP平均日活跃数量（个）", "pub_dau_ind"),
    (L1B, "2.2 数据管理与挖掘", "2.2.1 数据采集", "边缘数据处理能力", ""),
    (L1B, "2.2 数据管理与挖掘", "2.2.1 数据采集", "其他数据采集能力", ""),
    (L1B, "2.2 数据管理与挖掘", "2.2.2 数据处理（存储计算能力）", "是否支持可拓展云计算能力", ""),
    (L1B, "2.2 数据管理与挖掘", "2.2.2 数据处理（存储计算能力）", "云化服务器算力", ""),
    (L1B, "2.2 数据管理与挖掘", "2.2.2 数据处理（存储计算能力）", "平台实际用云量（台）", "cloud_used"),
    (L1B, "2.2 数据管理与挖掘", "2.2.2 数据处理（存储计算能力）", "平台公有云实际使用数量（台）", "cloud_pub"),
    (L1B, "2.2 数据管理与挖掘", "2.2.2 数据处理（存储计算能力）", "存储容量（TB）", "cap"),
    (L1B, "2.2 数据管理与挖掘", "2.2.2 数据处理（存储计算能力）", "存储工业数据量（TB）", "data"),
    (L1B, "2.2 数据管理与挖掘", "2.2.2 数据处理（存储计算能力）", "公有云数据总量（TB）", "pub_data"),
    (L1B, "2.2 数据管理与挖掘", "2.2.2 数据处理（存储计算能力）", "存储资源利用率（%）", "util"),
    (L1B, "2.2 数据管理与挖掘", "2.2.2 数据处理（存储计算能力）", "数据基础管理能力", ""),
    (L1B, "2.2 数据管理与挖掘", "2.2.3 数据建模和分析", "工业机理模型数量（个）", "models"),
    (L1B, "2.2 数据管理与挖掘", "2.2.3 数据建模和分析", "其中：活跃机理模型数量（一周调用5次以上）（个）", "models_active"),
    (L1B, "2.2 数据管理与挖掘", "2.2.3 数据建模和分析", "核心工业模型平均月调用用户数量（个）", "model_users"),
    (L1B, "2.2 数据管理与挖掘", "2.2.3 数据建模和分析", "按分类统计工业模型数量（个）", "model_cat"),
    (L1B, "2.2 数据管理与挖掘", "2.2.3 数据建模和分析", "是否提供通用建模分析算法", ""),
    (L1B, "2.2 数据管理与挖掘", "2.2.3 数据建模和分析", "智能分析算法类型", ""),
    (L1B, "2.2 数据管理与挖掘", "2.2.3 数据建模和分析", "数据分析平台均速度（每TB分级/秒级/毫秒级）", ""),
    (L1B, "2.3 微服务部署与调用", "2.3.1 平台微服务情况", "微服务数量（个）", "micro"),
    (L1B, "2.3 微服务部署与调用", "2.3.1 平台微服务情况", "其中：活跃微服务数量（一周调用5次以上）（个）", "micro_active"),
    (L1B, "2.4 平台开发与使用", "2.4.1 平台开发者数量", "是否建立开发者社区及相关功能", ""),
    (L1B, "2.4 平台开发与使用", "2.4.1 平台开发者数量", "开发者注册总数（个）", "devs"),
    (L1B, "2.4 平台开发与使用", "2.4.1 平台开发者数量", "其中：活跃开发者数（个）", "devs_active"),
    (L1B, "2.4 平台开发与使用", "2.4.2 应用开发服务能力", "平台支持开发语言类型", ""),
    (L1B, "2.4 平台开发与使用", "2.4.2 应用开发服务能力", "平台应用开发框架", ""),
    (L1B, "2.4 平台开发与使用", "2.4.2 应用开发服务能力", "平台应用开发工具", ""),
    (L1B, "2.5 安全体系", "2.5.1 安全制度建设", "是否针对平台制定了安全管理相关制度", ""),
    (L1B, "2.5 安全体系", "2.5.1 安全制度建设", "建立的安全制度保护了平台的哪些方面", ""),
    (L1B, "2.5 安全体系", "2.5.1 安全制度建设", "有否定期开展第三方安全测试/测评", ""),
    (L1B, "2.5 安全体系", "2.5.1 安全制度建设", "有否定期进行安全扫描", ""),
    (L1B, "2.5 安全体系", "2.5.2 安全技术保障", "采用何种安全技术情况", ""),
    (L1B, "2.5 安全体系", "2.5.2 安全技术保障", "核心数据安全保护手段", ""),
    (L1C, "3.1 平台应用", "3.1.1 平台应用规模", "注册企业用户数（个）", "registered"),
    (L1C, "3.1 平台应用", "3.1.1 平台应用规模", "其中：实际服务企业数（个）", "served"),
    (L1C, "3.1 平台应用", "3.1.1 平台应用规模", "按行业统计服务企业数（个）", "ent_ind"),
    (L1C, "3.1 平台应用", "3.1.1 平台应用规模", "按省市区域统计服务企业数（个）", "ent_reg"),
    (L1C, "3.1 平台应用", "3.1.1 平台应用规模", "其中：付费企业数（个）", "paid"),
    (L1C, "3.1 平台应用", "3.1.1 平台应用规模", "其中：服务本市企业数量（个）", "local"),
    (L1C, "3.1 平台应用", "3.1.1 平台应用规模", "其中：服务中小企业数量（个）", "sme"),
    (L1C, "3.1 平台应用", "3.1.1 平台应用规模", "平台订单数量（个），填写近一年总量", ""),
    (L1C, "3.1 平台应用", "3.1.1 平台应用规模", "平台交易规模年增长率（%）", "trade_growth"),
    (L1C, "3.1 平台应用", "3.1.1 平台应用规模", "工业APP订阅总数量（个）", "app_sub"),
    (L1C, "3.1 平台应用", "3.1.1 平台应用规模", "其中：杀手锏工业APP订阅数量（个）", "killer_sub"),
    (L1C, "3.1 平台应用", "3.1.1 平台应用规模", "工业APP订阅总金额（万元）", "sub_amount"),
    (L1C, "3.1 平台应用", "3.1.1 平台应用规模", "平台连接工业设备利用率（%）", "dev_util"),
    (L1C, "3.1 平台应用", "3.1.1 平台应用规模", "平台国产化率（%）", "domestic"),
    (L1C, "3.1 平台应用", "3.1.1 平台应用规模", "平台是否服务上海智能工厂，数量", ""),
    (L1C, "3.1 平台应用", "3.1.1 平台应用规模", "平台服务园区总数（个）", "parks"),
    (L1C, "3.1 平台应用", "3.1.1 平台应用规模", "平台提供的解决方案总数（个）", "sol_total"),
    (L1C, "3.1 平台应用", "3.1.1 平台应用规模", "其中：按新模式统计解决方案数量（个）", "sol"),
    (L1C, "3.1 平台应用", "3.1.2 平台应用价值", "投资回报率（%）", "roi"),
    (L1C, "3.1 平台应用", "3.1.2 平台应用价值", "企业已上市或已获得VC/PE投资", ""),
    (L1C, "3.1 平台应用", "3.1.2 平台应用价值", "关键技术自主可控", ""),
    (L1C, "3.1 平台应用", "3.1.2 平台应用价值", "解决方案累计对企业/用户新增效益", ""),
    (L1C, "3.1 平台应用", "3.1.2 平台应用价值", "解决方案累计对企业/用户降低成本", ""),
    (L1C, "3.1 平台应用", "3.1.2 平台应用价值", "平台连接工业设备运维成本平均下降率（%）", "cost_down"),
    (L1C, "3.1 平台应用", "3.1.2 平台应用价值", "平台连接工业设备能耗平均下降率（%）", "energy_down"),
    (L1C, "3.1 平台应用", "3.1.2 平台应用价值", "平台连接工业设备安全生产持续时间平均提升率（%）", "safety_up"),
    (L1C, "3.1 平台应用", "3.1.2 平台应用价值", "平台数据价值挖掘应用能力", ""),
    (L1C, "3.1 平台应用", "3.1.2 平台应用价值", "工业互联网平台+供应链协同应用情况", ""),
    (L1C, "3.1 平台应用", "3.1.2 平台应用价值", "平台有否与新技术的融合应用", ""),
    (L1C, "3.1 平台应用", "3.1.2 平台应用价值", "平台现有特色指数（个）", "indices"),
    (L1C, "3.1 平台应用", "3.1.3 平台带动成效", "平台核心软硬件技术获得的专利数量（项）", "patents"),
    (L1C, "3.1 平台应用", "3.1.3 平台带动成效", "平台核心软硬件技术获得的软著数量（个）", "softcopy"),
    (L1C, "3.1 平台应用", "3.1.3 平台带动成效", "平台是否有自研形成的核心技术突破", ""),
    (L1C, "3.1 平台应用", "3.1.3 平台带动成效", "平台是否具备碳管理服务能力", ""),
    (L1C, "3.1 平台应用", "3.1.3 平台带动成效", "平台是否融合使用国家标识解析系统", ""),
    (L1C, "3.1 平台应用", "3.1.3 平台带动成效", "平台牵头/参与标准制定情况（国家标准、行业标准）", ""),
    (L1C, "3.1 平台应用", "3.1.3 平台带动成效", "平台获得省部级及以上奖项/荣誉数量（个）", "awards"),
    (L1C, "3.1 平台应用", "3.1.3 平台带动成效", "平台建设与运营带动新增就业人数（人）", "jobs"),
    (L1C, "3.1 平台应用", "3.1.3 平台带动成效", "平台社会贡献率（%）", "social"),
    (L1C, "3.1 平台应用", "3.1.3 平台带动成效", "平台对关键行业/领域、本市及其他重点区域等贡献及支撑", ""),
    (L1C, "3.2 平台生态建设", "3.2.1 平台开放", "是否建立供应链产业链开放共享机制", ""),
    (L1C, "3.2 平台生态建设", "3.2.1 平台开放", "平台开放共享数据的形式及数量", ""),
    (L1C, "3.2 平台生态建设", "3.2.2 平台生态", "合作平台数量（个）", "partners"),
    (L1C, "3.2 平台生态建设", "3.2.2 平台生态", "跨平台调用功能建设情况", ""),
    (L1C, "3.2 平台生态建设", "3.2.2 平台生态", "新产业、新模式培育情况", ""),
]


def write_form_docx(v: V, t: dict, refs: dict, path: Path) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    doc = new_docx()
    blocks = form_blocks(v, t, refs)
    for b in blocks:
        kind = b[0]
        if kind == "title":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(b[1])
            r.bold = True
            r.font.size = Pt(20)
        elif kind == "p":
            p = doc.add_paragraph(b[1])
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "break":
            doc.add_page_break()
        elif kind == "h":
            p = doc.add_paragraph()
            r = p.add_run(b[1])
            r.bold = True
            r.font.size = Pt(14)
        elif kind == "kv":
            tbl = doc.add_table(rows=0, cols=2)
            tbl.style = "Table Grid"
            for k, val in b[1]:
                cells = tbl.add_row().cells
                cells[0].text = k
                cells[1].text = val
        elif kind == "grid":
            header, rows = b[1], b[2]
            tbl = doc.add_table(rows=1, cols=len(header))
            tbl.style = "Table Grid"
            tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
            for i, h in enumerate(header):
                tbl.rows[0].cells[i].text = h
            for row in rows:
                cells = tbl.add_row().cells
                for i, val in enumerate(row):
                    cells[i].text = val
            # merge the level columns the way the notice's table is laid out
            for col in (0, 1, 2):
                start = 1
                for i in range(2, len(rows) + 2):
                    if i == len(rows) + 1 or rows[i - 1][col] != rows[start - 1][col] or \
                            (col > 0 and rows[i - 1][col - 1] != rows[start - 1][col - 1]):
                        if i - 1 > start:
                            text = rows[start - 1][col]
                            merged = tbl.cell(start, col).merge(tbl.cell(i - 1, col))
                            merged.text = text
                        start = i
    doc.add_paragraph("注：证明资料栏所注页码均为《申报书》及各附件上印刷的页码。")
    save_docx(doc, path, "上海市工业互联网平台应用水平评价申报表", v.spec["company"])


def form_scan(v: V, t: dict, refs: dict, path: Path, seed: int) -> None:
    """Print the 申报表, stamp the cover and the last page, scan."""
    flow = []
    for b in form_blocks(v, t, refs):
        kind = b[0]
        if kind == "title":
            flow.append(P(b[1], style(20, 34, 1)))
        elif kind == "p":
            flow.append(P(b[1], style(12, 26, 1)))
        elif kind == "break":
            flow.append(PageBreak())
        elif kind == "h":
            flow.append(P(b[1], H2))
        elif kind == "kv":
            flow.append(table([[k, val.replace("\n", "<br/>")] for k, val in b[1]], [120, 375], 8.5, header=False))
            flow.append(Spacer(1, 8))
        elif kind == "grid":
            shown, prev = [], None
            for row in b[2]:  # level cells printed once per group, as in the merged Word table
                cells = list(row)
                if prev is not None:
                    for col in (2, 1, 0):
                        if all(row[c] == prev[c] for c in range(col + 1)):
                            cells[col] = ""
                shown.append(cells)
                prev = row
            flow.append(table([b[1]] + shown, [38, 46, 52, 100, 150, 109], 7.2))
    pdf = render_flow_pdf(flow, "申报表", v.spec["company"], footer_fmt="- {} -")
    pages = rasterize(pdf, 1.4)
    rng = random.Random(seed)
    st = seal(v.spec["company"])
    out = []
    for i, img in enumerate(pages):
        stamped = i in (0, len(pages) - 1)
        out.append(scanify(img, rng, st if stamped else None, (0.55, 0.36) if i == 0 else (0.6, 0.55)))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(images_to_pdf(out, "scan"))


# ---------------------------------------------------------------- 汇总表, 承诺, 联系人表

def write_summary_xlsx(v: V, rows: list, path: Path, horizontal: bool = False) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "平台基本情况汇总表"
    if horizontal:
        ws.cell(1, 1, "附件4 平台基本情况汇总表")
        for j, (label, value, _) in enumerate(rows, start=1):
            ws.cell(2, j, label).font = Font(bold=True)
            ws.cell(3, j, value)
    else:
        ws.cell(1, 1, "平台基本情况汇总表").font = Font(bold=True, size=14)
        ws.cell(2, 1, "序号")
        ws.cell(2, 2, "项目")
        ws.cell(2, 3, "内容")
        for i, (label, value, _) in enumerate(rows, start=3):
            ws.cell(i, 1, i - 2)
            ws.cell(i, 2, label)
            ws.cell(i, 3, value).alignment = Alignment(wrap_text=True)
        ws.column_dimensions["B"].width = 46
        ws.column_dimensions["C"].width = 80
    save_xlsx(wb, path, "平台基本情况汇总表", v.spec["company"])


def write_summary_docx(v: V, rows: list, path: Path) -> None:
    doc = new_docx()
    doc.add_paragraph("附件4")
    p = doc.add_paragraph()
    r = p.add_run("平台基本情况汇总表")
    r.bold = True
    r.font.size = Pt(16)
    tbl = doc.add_table(rows=0, cols=2)
    tbl.style = "Table Grid"
    for label, value, _ in rows:
        cells = tbl.add_row().cells
        cells[0].text = label
        cells[1].text = value
    save_docx(doc, path, "平台基本情况汇总表", v.spec["company"])


def commitment_text(v: V) -> list[str]:
    return ["附件5", "真实性承诺",
            "我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、准确、"
            "完整，如有不实，愿承担相应的法律责任及由此产生的一切后果。", "特此承诺。",
            f"申报单位：{v.spec['company']}（盖章）", f"法定代表人：{v.spec['company_info']['legal']}（签章）",
            "2024年7月16日"]


def write_commitment_docx(v: V, path: Path) -> None:
    doc = new_docx()
    for line in commitment_text(v):
        doc.add_paragraph(line)
    save_docx(doc, path, "真实性承诺", v.spec["company"])


def write_commitment_scan(v: V, path: Path, seed: int) -> None:
    lines = commitment_text(v)
    flow = [P(lines[0], BODY), Spacer(1, 20), P(lines[1], style(18, 30, 1)), Spacer(1, 20)]
    flow += [P(x, style(13, 26)) for x in lines[2:4]] + [Spacer(1, 60)]
    flow += [P(x, style(13, 30, 2)) for x in lines[4:]]
    pages = rasterize(render_flow_pdf(flow, "承诺", v.spec["company"]), 1.4)
    rng = random.Random(seed)
    img = scanify(pages[0], rng, seal(v.spec["company"]), (0.58, 0.42))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(images_to_pdf([img], "scan"))


def write_contacts_docx(v: V, path: Path) -> None:
    s = v.spec
    doc = new_docx()
    doc.add_paragraph("附件1")
    doc.add_paragraph("联系人信息反馈表")
    doc.add_paragraph("2024年度上海市工业互联网平台应用水平评价工作")
    doc.add_paragraph("一、联系人信息反馈")
    tbl = doc.add_table(rows=1, cols=6)
    tbl.style = "Table Grid"
    for i, h in enumerate(["序号", "姓名", "单位名称", "职务", "手机号码", "电子邮箱"]):
        tbl.rows[0].cells[i].text = h
    for row in (["联系人（主）", s["contact"][0], s["company"], s["contact"][3], s["contact"][1], s["contact"][2]],
                ["联系人（备用）", s["contact2"][0], s["company"], s["contact2"][3], s["contact2"][1], s["contact2"][2]]):
        cells = tbl.add_row().cells
        for i, val in enumerate(row):
            cells[i].text = val
    doc.add_paragraph("二、评审会现场地址信息反馈")
    doc.add_paragraph(f"具体地址：{s['address']}")
    save_docx(doc, path, "联系人信息反馈表", s["company"])


# ---------------------------------------------------------------- proofs as pages

def ip_pages(v: V, code: str, n_pat: int, n_soft: int, rng: random.Random) -> list[tuple[list, str, str]]:
    """知识产权清单: page 1 patents, page 2 software copyrights; each (flow, anchor, own stamp)."""
    s = v.spec
    stems = s["ip_stems"]
    pat_rows = [["序号", "专利名称", "专利号", "类型", "授权公告日"]]
    for i in range(n_pat):
        kind = "发明" if i % 3 != 2 else "实用新型"
        num = f"ZL{2018 + i % 5}{1 if kind == '发明' else 2}{rng.randint(1000000, 9999999)}.{rng.randint(0, 9)}"
        pat_rows.append([str(i + 1), f"一种{stems[i % len(stems)]}{['方法', '装置', '系统', '方法及系统'][i % 4]}",
                         num, kind, f"{2019 + i % 5}-{1 + i % 12:02d}-{3 + (i * 7) % 25:02d}"])
    soft_rows = [["序号", "软件名称", "登记号", "登记日期"]]
    for i in range(n_soft):
        soft_rows.append([str(i + 1), f"{s['short']}{stems[(i + 2) % len(stems)]}软件V{1 + i % 4}.{i % 10}",
                          f"{2019 + i % 5}SR{rng.randint(100000, 999999):07d}",
                          f"{2019 + i % 5}-{1 + (i * 5) % 12:02d}-{2 + (i * 3) % 26:02d}"])
    p1 = [P(f"{code} 平台核心软硬件技术知识产权清单", H2), P(f"权利人：{s['company']}", SMALL), Spacer(1, 6),
          P(f"一、专利清单（共{n_pat}项）", H3), table(pat_rows, [28, 200, 120, 52, 80], 8)]
    p2 = [P(f"二、软件著作权清单（共{n_soft}项）", H3), table(soft_rows, [28, 250, 120, 82], 8)]
    return [(p1, "ip_pat", "第 1 页 共 2 页"), (p2, "ip_soft", "第 2 页 共 2 页")]


def device_pages(v: V, code: str, ev: dict) -> list[tuple[list, str, str]]:
    cat_rows = [["设备二级分类（附录A）", "接入数量（台/套）", "其中：公有云接入（台/套）", "公有云日均运行（台/套）"]]
    for k in ev["dev_cat"]:
        cat_rows.append([k, th(ev["dev_cat"][k]), th(ev["pub_cat"][k]), th(ev["run_cat"][k])])
    cat_rows.append(["合计", th(sum(ev["dev_cat"].values())), th(sum(ev["pub_cat"].values())),
                     th(sum(ev["run_cat"].values()))])
    reg_rows = [["区域（附录F）", "接入数量（台/套）", "其中：公有云接入（台/套）", "公有云日均运行（台/套）"]]
    for k in ev["dev_reg"]:
        reg_rows.append([k, th(ev["dev_reg"][k]), th(ev["pub_reg"][k]), th(ev["run_reg"][k])])
    reg_rows.append(["合计", th(sum(ev["dev_reg"].values())), th(sum(ev["pub_reg"].values())),
                     th(sum(ev["run_reg"].values()))])
    ov = v.d["overseas_bd"]
    ov_rows = [["国家（中文+英文）", "接入数量（台/套）"]] + [[k, th(n)] for k, n in ov.items()]
    ov_rows.append(["海外合计", th(sum(ov.values()))])
    p1 = [P(f"{code} 平台接入工业设备统计表", H2), P("统计口径：截至2024年6月30日，含公有云、私有云及专有网络接入设备", SMALL),
          Spacer(1, 6), P("表1 按设备二级分类统计", H3), table(cat_rows, [130, 110, 130, 110], 9)]
    p2 = [P("表2 按省市区域统计（设备所属企业注册地）", H3), table(reg_rows, [130, 110, 130, 110], 9), Spacer(1, 10),
          P("表3 海外设备按国家统计", H3), table(ov_rows, [200, 150], 9)]
    return [(p1, "dev_p1", "第 1 页 共 2 页"), (p2, "dev_p2", "第 2 页 共 2 页")]


def award_pages(v: V, code: str, items: list[tuple[str, str, str]]) -> list[tuple[list, str, str]]:
    rows = [["序号", "奖项/荣誉名称", "颁发单位", "获得时间"]]
    for i, (name, org, when) in enumerate(items, 1):
        rows.append([str(i), name, org, when])
    p1 = [P(f"{code} 平台获得省部级及以上奖项/荣誉", H2),
          P(f"省部级及以上奖项/荣誉清单（共{len(items)}项）", H3), table(rows, [30, 230, 140, 80], 9)]
    return [(p1, "awards", "第 1 页 共 1 页")]


# ---------------------------------------------------------------- 申报书

def roman(n: int, upper: bool = False) -> str:
    r = ["", "i", "ii", "iii", "iv", "v", "vi"][n]
    return r.upper() if upper else r


def shenbaoshu(v: V, t: dict, cfg: dict) -> tuple[bytes, dict, dict]:
    """Build the 申报书 PDF. Returns (pdf, anchor → physical page, anchor → printed body number).

    cfg: front ('toc','notes','keyfigs' in order after the cover), upper (roman style), body_fmt
    ('- {} -' or '第 {} 页'), chapters {key: [flow per page]}, attachments [(code, title, pages)],
    separate [(code, title, file)] attachments outside this file.
    """
    s = v.spec
    chapters = cfg["chapters"]  # list of (title, [page flows]) in order
    attachments = cfg["attachments"]  # list of (code, title, [(flow, anchor, stamp)])
    front_kinds = cfg["front"]
    n_front = 1 + len(front_kinds)
    # body printed numbers
    printed = {}
    n = 0
    chap_start = {}
    for title, pages in chapters:
        chap_start[title] = n + 1
        n += len(pages)
    sep_page = n + 1
    n += 1
    att_start = {}
    for code, title, pages in attachments:
        att_start[code] = (n + 1, n + len(pages))
        n += len(pages)
    # table of contents
    toc_rows = [[title, str(chap_start[title])] for title, _ in chapters]
    toc_rows.append(["附件材料", str(sep_page)])
    for code, title, _ in attachments:
        a, b = att_start[code]
        toc_rows.append([f"    {code} {title}", f"{a}" if a == b else f"{a}-{b}"])
    for code, title, fname in cfg.get("separate", []):
        toc_rows.append([f"    {code} {title}", "单独成册"])
    pages: list[Page] = []
    cover = [Spacer(1, 90), P("上海市工业互联网平台应用水平评价", style(20, 34, 1)), P("申报书", style(26, 44, 1)),
             Spacer(1, 60), P("申报年度：2024年度", style(13, 28, 1)), P(f"平台名称：{s['name']}", style(13, 28, 1)),
             P(f"申报单位：{s['company']}（公章）", style(13, 28, 1)), P(f"联 系 人：{s['contact'][0]}", style(13, 28, 1)),
             P(f"联系人电话：{s['contact'][1]}", style(13, 28, 1)), Spacer(1, 80),
             P("上海市经济和信息化委员会制", style(12, 24, 1)), P("2024年7月", style(12, 24, 1))]
    pages.append(Page(cover))
    upper = cfg.get("upper", False)
    for i, kind in enumerate(front_kinds, 1):
        if kind == "toc":
            flow = [P("目  录", H1), Spacer(1, 8),
                    table([["章节", "页码"]] + toc_rows, [400, 80], 10, header=True)]
        elif kind == "notes":
            flow = [P("编制说明", H1)] + [P(x) for x in t["notes"]]
        else:
            flow = [P("平台关键指标一览", H1), table(t["keyfigs"], [260, 220], 9.5)]
        pages.append(Page(flow, footer=roman(i, upper)))
    anchors = {}
    body_fmt = cfg.get("body_fmt", "- {} -")
    hdr = f"{s['name']} 申报书"
    k = 0
    for title, cpages in chapters:
        for j, flow in enumerate(cpages):
            k += 1
            if callable(flow):
                flow = flow(att_start, sep_page)
            if j == 0:
                anchors[title] = len(pages) + 1
                printed[title] = k
            pages.append(Page(flow, footer=body_fmt.format(k), header=hdr))
    k += 1
    sep_flow = [Spacer(1, 200), P("附件材料", style(24, 40, 1)), Spacer(1, 20)]
    sep_flow += [P(f"{code} {title}", style(12, 24, 1)) for code, title, _ in attachments]
    sep_flow += [P(f"{code} {title}（单独成册）", style(12, 24, 1)) for code, title, _ in cfg.get("separate", [])]
    pages.append(Page(sep_flow, footer=body_fmt.format(k), header=hdr))
    anchors["附件材料"] = len(pages)
    printed["附件材料"] = k
    for code, title, apages in attachments:
        for flow, anchor, stamp in apages:
            k += 1
            pages.append(Page(flow, footer=body_fmt.format(k), header=hdr, stamp=stamp))
            anchors[anchor] = len(pages)
            printed[anchor] = k
    assert k == n and len(pages) == n + n_front
    pdf = render_pdf(pages, "申报书", s["company"])
    return pdf, anchors, printed


# ---------------------------------------------------------------- audit report

def audit_pages(v: V, ev: dict, variant: str, unit: str) -> tuple[list[Page], dict, dict]:
    """Audit report pages; returns (pages, anchor → physical page, quotes of the platform figures)."""
    s = v.spec
    a = s["auditor"]
    c = s["company_info"]
    firm = a["firm"]
    pages: list[Page] = []
    cover = [Spacer(1, 120), P(s["company"], style(18, 30, 1)), P("2023年度财务报表审计报告", style(20, 36, 1)),
             Spacer(1, 40), P(f"{a['no']}", style(12, 24, 1)), Spacer(1, 200), P(firm, style(13, 26, 1)),
             P("二〇二四年四月", style(12, 24, 1))]
    opinion1 = [P("审计报告", H1), P(a["no"], style(10.5, 18, 1)), P(f"{s['company']}全体股东："),
                P("一、审计意见", H3),
                P(f"我们审计了{s['company']}（以下简称“贵公司”）财务报表，包括2023年12月31日的合并及母公司资产负债表，"
                  "2023年度的合并及母公司利润表、现金流量表、股东权益变动表以及相关财务报表附注。"),
                P("我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，公允反映了贵公司2023年12月31日的合并"
                  "及母公司财务状况以及2023年度的合并及母公司经营成果和现金流量。"),
                P("二、形成审计意见的基础", H3),
                P("我们按照中国注册会计师审计准则的规定执行了审计工作。审计报告的“注册会计师对财务报表审计的责任”部分进一步"
                  "阐述了我们在这些准则下的责任。按照中国注册会计师职业道德守则，我们独立于贵公司，并履行了职业道德方面的其他"
                  "责任。我们相信，我们获取的审计证据是充分、适当的，为发表审计意见提供了基础。")]
    opinion2 = [P("三、管理层和治理层对财务报表的责任", H3),
                P("贵公司管理层负责按照企业会计准则的规定编制财务报表，使其实现公允反映，并设计、执行和维护必要的内部控制，"
                  "以使财务报表不存在由于舞弊或错误导致的重大错报。"),
                P("四、注册会计师对财务报表审计的责任", H3),
                P("我们的目标是对财务报表整体是否不存在由于舞弊或错误导致的重大错报获取合理保证，并出具包含审计意见的审计"
                  "报告。"), Spacer(1, 30),
                P(f"{firm}　　　　中国注册会计师：{a['cpa'][0]}"), P(f"中国·上海　　　　　　中国注册会计师：{a['cpa'][1]}"),
                P("2024年4月18日")]
    bs = [P("合并资产负债表", H2), P(f"编制单位：{s['company']}　　2023年12月31日　　单位：元", SMALL),
          table([["项目", "期末余额", "期初余额"]] + c["bs_rows"], [200, 140, 140], 9)]
    is_ = [P("合并利润表", H2), P(f"编制单位：{s['company']}　　2023年度　　单位：元", SMALL),
           table([["项目", "本期金额", "上期金额"]] + c["is_rows"], [200, 140, 140], 9)]
    notes = [P("财务报表附注（节选）", H2), P("一、公司基本情况", H3), P(c["business_note"]),
             P("二、收入确认原则", H3),
             P("本公司在履行了合同中的履约义务，即在客户取得相关商品或服务控制权时确认收入。平台订阅服务按服务期间分期确认，"
               "平台项目实施服务按履约进度确认。"),
             P("三、分部信息", H3), P("本公司以内部组织结构、管理要求、内部报告制度为依据确定经营分部，工业互联网平台业务单独核算，"
                                  "其收入、成本、研发投入及利润情况见“平台业务专项说明”。")]
    ys = [2023, 2022, 2021, 2020]
    mult = 10000 if unit == "元" else 1

    def money(x: float) -> str:
        return th(round(x * mult, 2), 2)

    plat_rev = [money(ev["rev"][y]) for y in ys]
    cost = {y: ev["rev"][y] * 0.58 for y in ys}
    rd_hist = {2023: ev["rd"], 2022: ev["rd"] * 0.86, 2021: ev["rd"] * 0.74, 2020: ev["rd"] * 0.66}
    prof_hist = {2023: ev["profit"], 2022: ev["profit"] * 0.83, 2021: ev["profit"] * 0.7, 2020: ev["profit"] * 0.62}
    rows = [["项目"] + [f"{y}年度" for y in ys],
            ["平台相关营业收入"] + plat_rev,
            ["平台相关营业成本"] + [money(cost[y]) for y in ys],
            ["平台相关研发投入"] + [money(rd_hist[y]) for y in ys],
            ["平台利润总额"] + [money(prof_hist[y]) for y in ys]]
    plat = [P("附注：平台业务专项说明", H2),
            P(f"根据贵公司提供的{s['name']}业务独立核算资料，我们对平台业务收入、成本、研发投入及利润情况执行了专项审计程序，"
              f"相关数据如下（单位：{unit}）：", BODY),
            table(rows, [110, 92, 92, 92, 92], 8.5),
            P("说明：平台相关营业收入指基于平台直接订阅的服务及通过平台服务取得的收入，不含公司其他业务收入；研发投入口径"
              "参照国家统计局研究与试验发展（R&amp;D）统计口径。", SMALL)]
    quotes = {"rev2023": plat_rev[0], "rev2022": plat_rev[1], "rev2021": plat_rev[2],
              "rd": money(rd_hist[2023]), "profit": money(prof_hist[2023])}
    anchors = {}
    if variant == "A":  # cover + opinion unnumbered, statements numbered from 1
        pages += [Page(cover), Page(opinion1), Page(opinion2), Page(bs, footer="1"), Page(is_, footer="2"),
                  Page(notes, footer="3"), Page(plat, footer="4")]
        anchors["plat"] = 7
    elif variant == "B":  # cover + 目录 unnumbered, then 「审计报告第 N 页」
        toc = [P("目  录", H1), table([["内容", "页码"], ["审计报告", "1-2"], ["合并资产负债表", "3"], ["合并利润表", "4"],
                                       ["财务报表附注（节选）", "5"], ["平台业务收入明细（平台业务专项说明）", "6"]],
                                      [340, 100], 10)]
        pages += [Page(cover), Page(toc)]
        for i, fl in enumerate([opinion1, opinion2, bs, is_, notes, plat], 1):
            pages.append(Page(fl, footer=f"审计报告第 {i} 页"))
        anchors["plat"] = 8
    elif variant == "C":  # cover unnumbered, opinion 「第1页 共2页」, statements 「- 1 -」…
        pages += [Page(cover), Page(opinion1, footer="审计意见 第1页 共2页"), Page(opinion2, footer="审计意见 第2页 共2页"),
                  Page(bs, footer="- 1 -"), Page(is_, footer="- 2 -"), Page(notes, footer="- 3 -"),
                  Page(plat, footer="- 4 -")]
        anchors["plat"] = 7
    elif variant == "S":  # for the merged scan: cover, opinion 1, then 「审计报告第 2/3 页」
        pages += [Page(cover), Page(opinion1, footer="审计报告第 1 页"), Page(is_, footer="审计报告第 2 页"),
                  Page(plat, footer="审计报告第 3 页")]
        anchors["plat"] = 4
    return pages, anchors, quotes
