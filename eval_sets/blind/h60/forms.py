"""附件2 申报表 (DOCX / XLSX / PDF for the stamped scan), 附件4 汇总表, 附件1, 附件5, 附件3 申报书."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl.styles import Alignment, Font

from office import Paragraph, normalize_zip, styles, table, write_pdf, spacer
from values import fmt_breakdown

# (一级, 二级, 三级, 内容 as printed in the notice, key into the form-text dict)
L1A, L1B, L1C = "一、平台基础情况（25%）", "二、平台关键技术能力（35%）", "三、平台效益及可持续发展能力（40%）"
ITEMS = [
    (L1A, "1.1 战略定位及规划", "1.1.1 战略定位", "平台定位是否明确", "t_position"),
    (L1A, "1.1 战略定位及规划", "1.1.1 战略定位", "是否符合国家/地方相关政策方向，是否符合行业/产业发展现状与趋势", "t_policy"),
    (L1A, "1.1 战略定位及规划", "1.1.2 规划制定", "平台是否被纳入企业战略规划中", "t_strategy"),
    (L1A, "1.1 战略定位及规划", "1.1.2 规划制定", "是否制定了平台专项规划", "t_plan"),
    (L1A, "1.1 战略定位及规划", "1.1.2 规划制定", "平台团队总人数（人）", "平台团队总人数（人）"),
    (L1A, "1.1 战略定位及规划", "1.1.2 规划制定", "其中：运维人数（人）", "运维人数（人）"),
    (L1A, "1.1 战略定位及规划", "1.1.2 规划制定", "运营人数（人）", "运营人数（人）"),
    (L1A, "1.1 战略定位及规划", "1.1.2 规划制定", "其中：有相关技术职称/从业资格的人数（人）", "有相关技术职称/从业资格的人数（人）"),
    (L1A, "1.2 资金投入与经营情况", "1.2.1 创新投入情况", "平台相关研发投入（万元）", "平台相关研发投入（万元）"),
    (L1A, "1.2 资金投入与经营情况", "1.2.1 创新投入情况", "平台相关研发投入强度（%）", "平台相关研发投入强度（%）"),
    (L1A, "1.2 资金投入与经营情况", "1.2.2 经营情况", "平台相关营业收入（万元）", "平台相关营业收入（万元）"),
    (L1A, "1.2 资金投入与经营情况", "1.2.2 经营情况", "平台利润率（%）", "平台利润率（%）"),
    (L1A, "1.2 资金投入与经营情况", "1.2.2 经营情况", "付费用户占比（%）", "付费用户占比（%）"),
]
_B1 = (L1B, "2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力")
ITEMS += [(*_B1, c, k) for c, k in [
    ("连接的工业设备/产品/产线种类及数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"),
    ("按二级分类统计工业设备数量（台/套）", "按二级分类统计工业设备数量（台/套）"),
    ("按省市区域统计工业设备数量（台/套）", "按省市区域统计工业设备数量（台/套）"),
    ("其中：公有云工业设备连接数量（台/套）", "公有云工业设备连接数量（台/套）"),
    ("按二级分类统计公有云工业设备数量（台/套）", "按二级分类统计公有云工业设备数量（台/套）"),
    ("按省市区域统计公有云工业设备数量（台/套）", "按省市区域统计公有云工业设备数量（台/套）"),
    ("其中：公有云工业设备平均日运行数量（台/套）", "公有云工业设备平均日运行数量（台/套）"),
    ("按二级分类统计公有云工业设备平均日运行数量（台/套）", "按二级分类统计公有云工业设备平均日运行数量（台/套）"),
    ("按省市区域统计公有云工业设备平均日运行数量（台/套）", "按省市区域统计公有云工业设备平均日运行数量（台/套）"),
    ("其中：海外设备连接数量（台/套）", "海外设备连接数量（台/套）"),
    ("其中：按海外国家分类统计海外设备连接数量", "按海外国家分类统计海外设备连接数量（台/套）"),
    ("工业协议兼容适配数量（个）", "工业协议兼容适配数量（个）"),
    ("其他资源汇聚情况", "t_other_res"),
]]
_B2 = (L1B, "2.1 资源汇聚与配置", "2.1.2 工业软件/APP")
ITEMS += [(*_B2, c, k) for c, k in [
    ("工业软件总量（个）", "工业软件总量（个）"),
    ("工业APP数量（个）", "工业APP数量（个）"),
    ("其中：基于平台开发的工业APP数量（个）", "基于平台开发的工业APP数量（个）"),
    ("云化工业软件数量（个）", "云化工业软件数量（个）"),
    ("按分类统计工业APP数量（个）", "按分类统计工业APP数量（个）"),
    ("按行业统计工业APP数量（个）", "按行业统计工业APP数量（个）"),
    ("工业APP平均月活跃数量（个）", "工业APP平均月活跃数量（个）"),
    ("其中：杀手锏APP数量（个）", "杀手锏APP数量（个）"),
    ("公有云杀手锏APP平均日在线用户数（个）", "公有云杀手锏APP平均日在线用户数（个）"),
    ("杀手锏APP日活次数（次）", "杀手锏APP日活次数（次）"),
    ("杀手锏APP月平均收入（万元）", "杀手锏APP月平均收入（万元）"),
    ("其中：公有云工业APP数量（个）", "公有云工业APP数量（个）"),
    ("其中：公有云工业APP平均日活跃数量（个）", "公有云工业APP平均日活跃数量（个）"),
    ("其中：按分类统计公有云工业APP平均日活跃数量（个）", "按分类统计公有云工业APP平均日活跃数量（个）"),
    ("其中：按行业统计公有云工业APP平均日活跃数量（个）", "按行业统计公有云工业APP平均日活跃数量（个）"),
]]
_C = (L1B, "2.2 数据管理与挖掘")
ITEMS += [
    (*_C, "2.2.1 数据采集", "边缘数据处理能力", "t_edge"),
    (*_C, "2.2.1 数据采集", "其他数据采集能力", "t_other_collect"),
    (*_C, "2.2.2 数据处理（存储计算能力）", "是否支持可拓展云计算能力", "t_scalable"),
    (*_C, "2.2.2 数据处理（存储计算能力）", "云化服务器算力", "t_compute"),
    (*_C, "2.2.2 数据处理（存储计算能力）", "平台实际用云量（台）", "平台实际用云量（台）"),
    (*_C, "2.2.2 数据处理（存储计算能力）", "平台公有云实际使用数量（台）", "平台公有云实际使用数量（台）"),
    (*_C, "2.2.2 数据处理（存储计算能力）", "存储容量（TB）", "存储容量（TB）"),
    (*_C, "2.2.2 数据处理（存储计算能力）", "存储工业数据量（TB）", "存储工业数据量（TB）"),
    (*_C, "2.2.2 数据处理（存储计算能力）", "公有云数据总量（TB）", "公有云数据总量（TB）"),
    (*_C, "2.2.2 数据处理（存储计算能力）", "存储资源利用率（%）", "存储资源利用率（%）"),
    (*_C, "2.2.2 数据处理（存储计算能力）", "数据基础管理能力", "t_data_mgmt"),
    (*_C, "2.2.3 数据建模和分析", "工业机理模型数量（个）", "工业机理模型数量（个）"),
    (*_C, "2.2.3 数据建模和分析", "其中：活跃机理模型数量（一周调用5次以上）（个）", "活跃机理模型数量（一周调用5次以上）（个）"),
    (*_C, "2.2.3 数据建模和分析", "核心工业模型平均月调用用户数量（个）", "核心工业模型平均月调用用户数量（个）"),
    (*_C, "2.2.3 数据建模和分析", "按分类统计工业模型数量（个）", "按分类统计工业模型数量（个）"),
    (*_C, "2.2.3 数据建模和分析", "是否提供通用建模分析算法", "t_general_algo"),
    (*_C, "2.2.3 数据建模和分析", "智能分析算法类型", "t_algo_types"),
    (*_C, "2.2.3 数据建模和分析", "数据分析平台均速度（每TB分级/秒级/毫秒级）", "数据分析平台均速度（每TB分级/秒级/毫秒级）"),
    (L1B, "2.3 微服务部署与调用", "2.3.1 平台微服务情况", "微服务数量（个）", "微服务数量（个）"),
    (L1B, "2.3 微服务部署与调用", "2.3.1 平台微服务情况", "其中：活跃微服务数量（一周调用5次以上）（个）", "活跃微服务数量（一周调用5次以上）（个）"),
    (L1B, "2.4 平台开发与使用", "2.4.1 平台开发者数量", "是否建立开发者社区及相关功能", "t_dev_community"),
    (L1B, "2.4 平台开发与使用", "2.4.1 平台开发者数量", "开发者注册总数（个）", "开发者注册总数（个）"),
    (L1B, "2.4 平台开发与使用", "2.4.1 平台开发者数量", "其中：活跃开发者数（个）", "活跃开发者数（个）"),
    (L1B, "2.4 平台开发与使用", "2.4.2 应用开发服务能力", "平台支持开发语言类型", "t_langs"),
    (L1B, "2.4 平台开发与使用", "2.4.2 应用开发服务能力", "平台应用开发框架", "t_framework"),
    (L1B, "2.4 平台开发与使用", "2.4.2 应用开发服务能力", "平台应用开发工具", "t_tools"),
    (L1B, "2.5 安全体系", "2.5.1 安全制度建设", "是否针对平台制定了安全管理相关制度", "平台是否建立安全管理体系"),
    (L1B, "2.5 安全体系", "2.5.1 安全制度建设", "建立的安全制度保护了平台的哪些方面", "t_sec_aspects"),
    (L1B, "2.5 安全体系", "2.5.1 安全制度建设", "有否定期开展第三方安全测试/测评", "有否定期开展第三方安全测试/测评"),
    (L1B, "2.5 安全体系", "2.5.1 安全制度建设", "有否定期进行安全扫描", "有否定期进行安全扫描"),
    (L1B, "2.5 安全体系", "2.5.2 安全技术保障", "采用何种安全技术情况", "t_sec_tech"),
    (L1B, "2.5 安全体系", "2.5.2 安全技术保障", "核心数据安全保护手段", "t_backup"),
]
_D = (L1C, "3.1 平台应用", "3.1.1 平台应用规模")
ITEMS += [(*_D, c, k) for c, k in [
    ("注册企业用户数（个）", "注册企业用户数（个）"),
    ("其中：实际服务企业数（个）", "实际服务企业数（个）"),
    ("按行业统计服务企业数（个）", "按行业统计服务企业数（个）"),
    ("按省市区域统计服务企业数（个）", "按省市区域统计服务企业数（个）"),
    ("其中：付费企业数（个）", "付费企业数（个）"),
    ("其中：服务本市企业数量（个）", "服务本市企业数量（个）"),
    ("其中：服务中小企业数量（个）", "服务中小企业数量（个）"),
    ("平台订单数量（个），填写近一年总量", "平台订单数量(近一年总量)（个）"),
    ("平台交易规模年增长率（%）", "平台交易规模年增长率（%）"),
    ("工业APP订阅总数量（个）", "工业APP订阅总数量（个）"),
    ("其中：杀手锏工业APP订阅数量（个）", "杀手锏工业APP订阅数量（个）"),
    ("工业APP订阅总金额（万元）", "工业APP订阅总金额（万元）"),
    ("平台连接工业设备利用率（%）", "平台连接工业设备利用率（%）"),
    ("平台国产化率（%）", "平台国产化率（%）"),
    ("平台是否服务上海智能工厂，数量", "平台是否服务上海智能工厂，数量"),
    ("平台服务园区总数（个）", "平台服务园区总数（个）"),
    ("平台提供的解决方案总数（个）", "平台提供的解决方案总数（个）"),
    ("其中：按新模式统计解决方案数量（个）", "按新模式统计解决方案数量（个）"),
]]
_E = (L1C, "3.1 平台应用", "3.1.2 平台应用价值")
ITEMS += [(*_E, c, k) for c, k in [
    ("投资回报率（%）", "投资回报率（%）"),
    ("企业已上市或已获得VC/PE投资", "企业是否已上市或已获得VC/PE投资"),
    ("关键技术自主可控", "t_autonomy"),
    ("解决方案累计对企业/用户新增效益", "t_benefit"),
    ("解决方案累计对企业/用户降低成本", "t_cost"),
    ("平台连接工业设备运维成本平均下降率（%）", "平台连接工业设备运维成本平均下降率（%）"),
    ("平台连接工业设备能耗平均下降率（%）", "平台连接工业设备能耗平均下降率（%）"),
    ("平台连接工业设备安全生产持续时间平均提升率（%）", "平台连接工业设备安全生产持续时间平均提升率（%）"),
    ("平台数据价值挖掘应用能力", "t_data_value"),
    ("工业互联网平台+供应链协同应用情况", "t_supply"),
    ("平台有否与新技术的融合应用", "t_newtech"),
    ("平台现有特色指数（个）", "平台现有特色指数（个）"),
]]
_F = (L1C, "3.1 平台应用", "3.1.3 平台带动成效")
ITEMS += [(*_F, c, k) for c, k in [
    ("平台核心软硬件技术获得的专利数量（项）", "平台核心软硬件技术获得的专利数量（项）"),
    ("平台核心软硬件技术获得的软著数量（个）", "平台核心软硬件技术获得的软著数量（个）"),
    ("平台是否有自研形成的核心技术突破", "平台是否有自研形成的核心技术突破"),
    ("平台是否具备碳管理服务能力", "平台是否具备碳管理服务能力"),
    ("平台是否融合使用国家标识解析系统", "平台是否融合使用国家标识解析系统"),
    ("平台牵头/参与标准制定情况（国家标准、行业标准）", "t_standards"),
    ("平台获得省部级及以上奖项/荣誉数量（个）", "平台获得省部级及以上奖项/荣誉数量（个）"),
    ("平台建设与运营带动新增就业人数（人）", "平台建设与运营带动新增就业人数（人）"),
    ("平台社会贡献率（%）", "平台社会贡献率（%）"),
    ("平台对关键行业/领域、本市及其他重点区域等贡献及支撑", "t_contribution"),
]]
ITEMS += [
    (L1C, "3.2 平台生态建设", "3.2.1 平台开放", "是否建立供应链产业链开放共享机制", "t_open_mech"),
    (L1C, "3.2 平台生态建设", "3.2.1 平台开放", "平台开放共享数据的形式及数量", "平台开放共享数据的形式及数量"),
    (L1C, "3.2 平台生态建设", "3.2.2 平台生态", "合作平台数量（个）", "合作平台数量（个）"),
    (L1C, "3.2 平台生态建设", "3.2.2 平台生态", "跨平台调用功能建设情况", "t_cross"),
    (L1C, "3.2 平台生态建设", "3.2.2 平台生态", "新产业、新模式培育情况", "t_newmode"),
]


def company_rows(pk: dict) -> list[tuple[str, str]]:
    c = pk["co"]
    return [
        ("单位（企业）名称", pk["company"]), ("单位（企业）代码", c["code"]), ("成立日期", c["founded"]),
        ("注册地及所在行政区", c["address"]), ("企业类型", c["type"]), ("注册资本", c["capital"]),
        ("主营业务", c["business"]), ("法定代表人", c["legal"]), ("联系人", pk["contact"][0]),
        ("职务", pk["contact"][3]), ("联系人手机", pk["contact"][1]), ("传真", c["fax"]),
        ("电子邮箱", pk["contact"][2]), ("股权结构", c["equity"]),
        ("发起人及出资信息（金额 / 持股比例）", c["holders"]),
    ]


def finance_rows(pk: dict) -> list[tuple[str, str]]:
    c = pk["co"]
    return [("总资产（万元）", c["assets"]), ("主营业务收入（万元）", c["main_rev"]),
            ("主营业务收入增长率（%）", c["main_growth"]), ("负债率（%）", c["debt_ratio"]),
            ("利润总额（万元）", c["profit"]), ("税金（万元）", c["tax"])]


def platform_rows(pk: dict) -> list[tuple[str, str]]:
    F = pk["F"]
    return [
        ("平台名称", pk["declared_name"]), ("建设时间", pk["period_text"]),
        ("平台建设金额（万元）", f"{pk['build_amount']:.2f}"),
        ("平台近三年经营指标情况", F["three_years_form"]),
        ("平台建设方式", pk["method_form"]), ("平台运营模式", pk["op_form"]), ("IaaS基础设施", pk["iaas_form"]),
        ("部署方式", pk["deploy_form"]),
        ("平台网址（含登录账号和密码）", f"{pk['url']}  账号：{pk['account'][0]}  密码：{pk['account'][1]}"),
        ("平台基本情况介绍", F["intro"]), ("平台建设成效", F["effect"]),
    ]


def _docx_font(doc, name="宋体", size=10.5):
    st = doc.styles["Normal"]
    st.font.name = name
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), name)


def _kv_table(doc, rows, widths=None):
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in rows:
        cells = t.add_row().cells
        cells[0].text = k
        cells[1].text = v
    return t


def form_docx(path: Path, pk: dict) -> None:
    doc = Document()
    _docx_font(doc, pk.get("docx_font", "宋体"))
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("上海市工业互联网平台应用水平评价\n申报表")
    r.bold = True
    r.font.size = Pt(20)
    for line in (f"申报年度：2024年度", f"平台名称：{pk['declared_name']}", f"申报单位：{pk['company']}（公章）",
                 f"联系人：{pk['contact'][0]}", f"联系人电话：{pk['contact'][1]}", "上海市经济和信息化委员会制",
                 pk["date_cn"]):
        doc.add_paragraph(line).alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_page_break()
    doc.add_heading("一、企业基本情况", level=2)
    _kv_table(doc, company_rows(pk))
    doc.add_paragraph("申报单位上一年度经营状况（2023年）")
    _kv_table(doc, finance_rows(pk))
    doc.add_heading("二、平台基本情况", level=2)
    _kv_table(doc, platform_rows(pk))
    doc.add_heading("三、上海市工业互联网平台应用水平评价指标明细表", level=2)
    doc.add_paragraph("（请依据此表后附的填报指引填写！）")
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for i, h in enumerate(["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"]):
        t.rows[0].cells[i].text = h
    F, P = pk["F"], pk["P"]
    for l1, l2, l3, content, key in ITEMS:
        cells = t.add_row().cells
        cells[0].text, cells[1].text, cells[2].text, cells[3].text = l1, l2, l3, content
        cells[4].text = F[key]
        cells[5].text = P.get(key, "")
    doc.add_paragraph("")
    doc.add_paragraph(f"申报单位（盖章）：{pk['company']}        {pk['date_cn']}")
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(path))
    normalize_zip(path, "申报表")


def form_xlsx(path: Path, pk: dict) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "一、企业基本情况"
    ws.append(["上海市工业互联网平台应用水平评价申报表（2024年度）"])
    ws.append([f"平台名称：{pk['declared_name']}", "", f"申报单位：{pk['company']}"])
    for k, v in company_rows(pk):
        ws.append([k, v])
    ws.append(["申报单位上一年度经营状况（2023年）"])
    for k, v in finance_rows(pk):
        ws.append([k, v])
    ws.column_dimensions["A"].width = 28
    ws.column_dimensions["B"].width = 70
    ws2 = wb.create_sheet("二、平台基本情况")
    for k, v in platform_rows(pk):
        ws2.append([k, v])
    ws2.column_dimensions["A"].width = 28
    ws2.column_dimensions["B"].width = 90
    ws3 = wb.create_sheet("三、指标明细表")
    ws3.append(["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"])
    F, P = pk["F"], pk["P"]
    prev = [None, None, None]
    for l1, l2, l3, content, key in ITEMS:
        row = [l1 if l1 != prev[0] else "", l2 if l2 != prev[1] else "", l3 if l3 != prev[2] else "", content]
        prev = [l1, l2, l3]
        val = F[key]
        num = pk.get("xlsx_numbers", {}).get(key)
        row.append(num if num is not None else val)
        row.append(P.get(key, ""))
        ws3.append(row)
    for col, w in zip("ABCDEF", (16, 18, 20, 40, 60, 30)):
        ws3.column_dimensions[col].width = w
    for r in ws3.iter_rows(min_row=2):
        for c in r:
            c.alignment = Alignment(wrap_text=True, vertical="center")
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(str(path))
    normalize_zip(path, "申报表")


def form_pdf(path: Path, pk: dict) -> int:
    """The 申报表 as printed for the stamped scan (same content as the DOCX / XLSX)."""
    st = styles(9)
    pages = []
    pages.append([spacer(50), Paragraph("上海市工业互联网平台应用水平评价", st["h1"]), Paragraph("申报表", st["h1"]), spacer(20),
                  Paragraph(f"申报年度：2024年度", st["center"]), Paragraph(f"平台名称：{pk['declared_name']}", st["center"]),
                  Paragraph(f"申报单位：{pk['company']}（公章）", st["center"]),
                  Paragraph(f"联系人：{pk['contact'][0]}　　联系人电话：{pk['contact'][1]}", st["center"]), spacer(60),
                  Paragraph("上海市经济和信息化委员会制", st["center"]), Paragraph(pk["date_cn"], st["center"])])
    rows = [["项目", "内容"]] + [[k, v] for k, v in company_rows(pk)]
    rows2 = [["申报单位上一年度经营状况（2023年）", ""]] + [[k, v] for k, v in finance_rows(pk)]
    pages.append([Paragraph("一、企业基本情况", st["h2"]), table(rows, [45, 125], para_cols=(1,), num_align_from=9),
                  spacer(3), table(rows2, [45, 125], para_cols=(1,), num_align_from=9)])
    prow = [["项目", "内容"]] + [[k, v] for k, v in platform_rows(pk)]
    pages.append([Paragraph("二、平台基本情况", st["h2"]), table(prow, [35, 135], para_cols=(1,), num_align_from=9, size=7.5)])
    F, P = pk["F"], pk["P"]
    chunk, n = [], 0
    head = ["三级指标", "内容", "平台实际情况", "证明资料"]
    body = []
    for l1, l2, l3, content, key in ITEMS:
        body.append([l3, content, F[key], P.get(key, "")])
    per = pk.get("scan_rows_per_page", 16)
    first = True
    for i in range(0, len(body), per):
        fl = []
        if first:
            fl.append(Paragraph("三、上海市工业互联网平台应用水平评价指标明细表", st["h2"]))
            first = False
        fl.append(table([head] + body[i:i + per], [26, 44, 70, 30], para_cols=(0, 1, 2, 3), num_align_from=9, size=7))
        pages.append(fl)
    pages[-1].append(spacer(6))
    pages[-1].append(Paragraph(f"申报单位（盖章）：{pk['company']}　　　{pk['date_cn']}", st["body"]))
    return write_pdf(path, pages, strict=False)


# ---------------------------------------------------------------- 附件4 汇总表

def summary_xlsx(path: Path, pk: dict, rows: list[tuple[str, str]], horizontal: bool = False) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "平台基本情况汇总表"
    if horizontal:
        ws.append(["平台基本情况汇总表"])
        ws.append([k for k, _ in rows])
        ws.append([v for _, v in rows])
    else:
        ws.append(["附件4", "平台基本情况汇总表"])
        ws.append(["指标", "填报内容"])
        for k, v in rows:
            ws.append([k, v])
        ws.column_dimensions["A"].width = 44
        ws.column_dimensions["B"].width = 80
        ws["B1"].font = Font(bold=True, size=14)
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(str(path))
    normalize_zip(path, "平台基本情况汇总表")


def summary_docx(path: Path, pk: dict, rows: list[tuple[str, str]]) -> None:
    doc = Document()
    _docx_font(doc, "仿宋", 10.5)
    doc.add_paragraph("附件4")
    h = doc.add_paragraph()
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rr = h.add_run("平台基本情况汇总表")
    rr.bold = True
    rr.font.size = Pt(16)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in rows:
        c = t.add_row().cells
        c[0].text, c[1].text = k, v
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(path))
    normalize_zip(path, "平台基本情况汇总表")


def contact_docx(path: Path, pk: dict) -> None:
    doc = Document()
    _docx_font(doc)
    doc.add_paragraph("附件1")
    doc.add_paragraph("联系人信息反馈表").alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("2024年度上海市工业互联网平台应用水平评价工作")
    doc.add_paragraph("一、联系人信息反馈")
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for i, h in enumerate(["序号", "姓名", "单位名称", "职务", "手机号码", "电子邮箱"]):
        t.rows[0].cells[i].text = h
    for tag, c in (("联系人（主）", pk["contact"]), ("联系人（备用）", pk["contact2"])):
        cells = t.add_row().cells
        for i, v in enumerate([tag, c[0], pk["company"], c[3], c[1], c[2]]):
            cells[i].text = v
    doc.add_paragraph("二、评审会现场地址信息反馈")
    doc.add_paragraph(f"具体地址：{pk['review_address']}")
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(path))
    normalize_zip(path, "联系人信息反馈表")


def commitment_pdf(path: Path, pk: dict) -> int:
    st = styles(12)
    body = ("我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、准确、"
            "完整，如有不实，愿承担相应的法律责任及由此产生的一切后果。")
    pages = [[Paragraph("附件5", st["body"]), spacer(10), Paragraph("真实性承诺", st["h1"]), spacer(10),
              Paragraph("　　" + body, st["body"]), Paragraph("　　特此承诺。", st["body"]), spacer(40),
              Paragraph(f"申报单位：{pk['company']}（盖章）", st["body"]), spacer(6),
              Paragraph(f"法定代表人：{pk['co']['legal']}（签章）", st["body"]), spacer(6),
              Paragraph(pk["date_cn"], st["body"])]]
    return write_pdf(path, pages)


def commitment_docx(path: Path, pk: dict) -> None:
    doc = Document()
    _docx_font(doc, "仿宋", 14)
    doc.add_paragraph("附件5")
    doc.add_paragraph("真实性承诺").alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、准确、"
                      "完整，如有不实，愿承担相应的法律责任及由此产生的一切后果。")
    doc.add_paragraph("特此承诺。")
    doc.add_paragraph(f"申报单位：{pk['company']}（盖章）")
    doc.add_paragraph(f"法定代表人：{pk['co']['legal']}（签章）")
    doc.add_paragraph(pk["date_cn"])
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(path))
    normalize_zip(path, "真实性承诺")


# ---------------------------------------------------------------- 附件3 申报书

def shenbaoshu_sections(pk: dict) -> list[tuple[str, list[str]]]:
    return pk["book"]


def shenbaoshu_docx(path: Path, pk: dict) -> None:
    doc = Document()
    _docx_font(doc, pk.get("book_font", "仿宋"), 12)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("上海市工业互联网平台应用水平评价\n申报书")
    r.bold = True
    r.font.size = Pt(20)
    for line in ("申报年度：2024年度", f"平台名称：{pk['declared_name']}", f"申报单位：{pk['company']}（公章）",
                 f"联系人：{pk['contact'][0]}", f"联系人电话：{pk['contact'][1]}", "上海市经济和信息化委员会制", pk["date_cn"]):
        doc.add_paragraph(line).alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_page_break()
    for title, paras in pk["book"]:
        doc.add_heading(title, level=1)
        for para in paras:
            if isinstance(para, list):
                t = doc.add_table(rows=0, cols=len(para[0]))
                t.style = "Table Grid"
                for row in para:
                    cells = t.add_row().cells
                    for i, v in enumerate(row):
                        cells[i].text = str(v)
            else:
                doc.add_paragraph(para)
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(path))
    normalize_zip(path, "申报书")


def shenbaoshu_pdf(path: Path, pk: dict) -> int:
    st = styles(10.5)
    pages = [[spacer(50), Paragraph("上海市工业互联网平台应用水平评价", st["h1"]), Paragraph("申报书", st["h1"]), spacer(20),
              Paragraph("申报年度：2024年度", st["center"]), Paragraph(f"平台名称：{pk['declared_name']}", st["center"]),
              Paragraph(f"申报单位：{pk['company']}（公章）", st["center"]),
              Paragraph(f"联系人：{pk['contact'][0]}　联系人电话：{pk['contact'][1]}", st["center"]), spacer(50),
              Paragraph("上海市经济和信息化委员会制", st["center"]), Paragraph(pk["date_cn"], st["center"])]]
    for title, paras in pk["book"]:
        fl = [Paragraph(title, st["h2"])]
        for para in paras:
            if isinstance(para, list):
                n = len(para[0])
                fl.append(table(para, [170 / n] * n, para_cols=tuple(range(n)), num_align_from=99, size=8))
            else:
                fl.append(Paragraph("　　" + para, st["body"]))
        pages.append(fl)
    return write_pdf(path, pages, strict=False)


def bd(d: dict) -> str:
    return fmt_breakdown(d)
