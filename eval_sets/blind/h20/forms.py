"""附件1/2/4/5 renderers (DOCX/XLSX/scan) for the h20 set."""
from __future__ import annotations

import json
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

import kit

LABELS = json.loads((Path(__file__).parent / "labels.json").read_text(encoding="utf-8"))

L1 = "一、平台基础情况（25%）"
L2 = "二、平台关键技术能力（35%）"
L3 = "三、平台效益及可持续发展能力（40%）"

# (一级, 二级, 三级, 内容, key)  key = 附件4 label, or a text key of our own
ITEMS = [
    (L1, "1.1 战略定位及规划", "1.1.1 战略定位", "平台定位是否明确", "t:定位"),
    (L1, "1.1 战略定位及规划", "1.1.1 战略定位", "是否符合国家/地方相关政策方向，是否符合行业/产业发展现状与趋势", "t:政策"),
    (L1, "1.1 战略定位及规划", "1.1.2 规划制定", "平台是否被纳入企业战略规划中", "t:战略规划"),
    (L1, "1.1 战略定位及规划", "1.1.2 规划制定", "是否制定了平台专项规划", "t:专项规划"),
    (L1, "1.1 战略定位及规划", "1.1.2 规划制定", "平台团队总人数（人）", "平台团队总人数（人）"),
    (L1, "1.1 战略定位及规划", "1.1.2 规划制定", "其中：运维人数（人）", "运维人数（人）"),
    (L1, "1.1 战略定位及规划", "1.1.2 规划制定", "运营人数（人）", "运营人数（人）"),
    (L1, "1.1 战略定位及规划", "1.1.2 规划制定", "其中：有相关技术职称/从业资格的人数（人）", "有相关技术职称/从业资格的人数（人）"),
    (L1, "1.2 资金投入与经营情况", "1.2.1 创新投入情况", "平台相关研发投入（万元）", "平台相关研发投入（万元）"),
    (L1, "1.2 资金投入与经营情况", "1.2.1 创新投入情况", "平台相关研发投入强度（%）", "平台相关研发投入强度（%）"),
    (L1, "1.2 资金投入与经营情况", "1.2.2 经营情况", "平台相关营业收入（万元）", "平台相关营业收入（万元）"),
    (L1, "1.2 资金投入与经营情况", "1.2.2 经营情况", "平台利润率（%）", "平台利润率（%）"),
    (L1, "1.2 资金投入与经营情况", "1.2.2 经营情况", "付费用户占比（%）", "付费用户占比（%）"),
]
_D = "2.1.1 工业设备连接/汇聚能力"
for content, key in [
    ("连接的工业设备/产品/产线种类及数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"),
    ("按二级分类统计工业设备数量（台/套）", None), ("按省市区域统计工业设备数量（台/套）", None),
    ("其中：公有云工业设备连接数量（台/套）", "公有云工业设备连接数量（台/套）"),
    ("按二级分类统计公有云工业设备数量（台/套）", None), ("按省市区域统计公有云工业设备数量（台/套）", None),
    ("其中：公有云工业设备平均日运行数量（台/套）", "公有云工业设备平均日运行数量（台/套）"),
    ("按二级分类统计公有云工业设备平均日运行数量（台/套）", None), ("按省市区域统计公有云工业设备平均日运行数量（台/套）", None),
    ("其中：海外设备连接数量（台/套）", "海外设备连接数量（台/套）"),
    ("其中：按海外国家分类统计海外设备连接数量", "按海外国家分类统计海外设备连接数量（台/套）"),
    ("工业协议兼容适配数量（个）", None), ("其他资源汇聚情况", "t:其他资源"),
]:
    ITEMS.append((L2, "2.1 资源汇聚与配置", _D, content, key or content))
_A = "2.1.2 工业软件/APP"
for content, key in [
    ("工业软件总量（个）", None), ("工业APP数量（个）", None),
    ("其中：基于平台开发的工业APP数量（个）", "基于平台开发的工业APP数量（个）"), ("云化工业软件数量（个）", None),
    ("按分类统计工业APP数量（个）", None), ("按行业统计工业APP数量（个）", None), ("工业APP平均月活跃数量（个）", None),
    ("其中：杀手锏APP数量（个）", "杀手锏APP数量（个）"), ("公有云杀手锏APP平均日在线用户数（个）", None),
    ("杀手锏APP日活次数（次）", None), ("杀手锏APP月平均收入（万元）", None),
    ("其中：公有云工业APP数量（个）", "公有云工业APP数量（个）"),
    ("其中：公有云工业APP平均日活跃数量（个）", "公有云工业APP平均日活跃数量（个）"),
    ("其中：按分类统计公有云工业APP平均日活跃数量（个）", "按分类统计公有云工业APP平均日活跃数量（个）"),
    ("其中：按行业统计公有云工业APP平均日活跃数量（个）", "按行业统计公有云工业APP平均日活跃数量（个）"),
]:
    ITEMS.append((L2, "2.1 资源汇聚与配置", _A, content, key or content))
for l3, content, key in [
    ("2.2.1 数据采集", "边缘数据处理能力", "t:边缘"), ("2.2.1 数据采集", "其他数据采集能力", "t:其他采集"),
    ("2.2.2 数据处理（存储计算能力）", "是否支持可拓展云计算能力", "t:可拓展"),
    ("2.2.2 数据处理（存储计算能力）", "云化服务器算力", "t:算力"),
    ("2.2.2 数据处理（存储计算能力）", "平台实际用云量（台）", None),
    ("2.2.2 数据处理（存储计算能力）", "平台公有云实际使用数量（台）", None),
    ("2.2.2 数据处理（存储计算能力）", "存储容量（TB）", None),
    ("2.2.2 数据处理（存储计算能力）", "存储工业数据量（TB）", None),
    ("2.2.2 数据处理（存储计算能力）", "公有云数据总量（TB）", None),
    ("2.2.2 数据处理（存储计算能力）", "存储资源利用率（%）", None),
    ("2.2.2 数据处理（存储计算能力）", "数据基础管理能力", "t:数据管理"),
    ("2.2.3 数据建模和分析", "工业机理模型数量（个）", None),
    ("2.2.3 数据建模和分析", "其中：活跃机理模型数量（一周调用5次以上）（个）", "活跃机理模型数量（一周调用5次以上）（个）"),
    ("2.2.3 数据建模和分析", "核心工业模型平均月调用用户数量（个）", None),
    ("2.2.3 数据建模和分析", "按分类统计工业模型数量（个）", None),
    ("2.2.3 数据建模和分析", "是否提供通用建模分析算法", "t:通用算法"),
    ("2.2.3 数据建模和分析", "智能分析算法类型", "t:算法类型"),
    ("2.2.3 数据建模和分析", "数据分析平台均速度（每TB分级/秒级/毫秒级）", None),
]:
    ITEMS.append((L2, "2.2 数据管理与挖掘", l3, content, key or content))
ITEMS += [
    (L2, "2.3 微服务部署与调用", "2.3.1 平台微服务情况", "微服务数量（个）", "微服务数量（个）"),
    (L2, "2.3 微服务部署与调用", "2.3.1 平台微服务情况", "其中：活跃微服务数量（一周调用5次以上）（个）", "活跃微服务数量（一周调用5次以上）（个）"),
    (L2, "2.4 平台开发与使用", "2.4.1 平台开发者数量", "是否建立开发者社区及相关功能", "t:社区"),
    (L2, "2.4 平台开发与使用", "2.4.1 平台开发者数量", "开发者注册总数（个）", "开发者注册总数（个）"),
    (L2, "2.4 平台开发与使用", "2.4.1 平台开发者数量", "其中：活跃开发者数（个）", "活跃开发者数（个）"),
    (L2, "2.4 平台开发与使用", "2.4.2 应用开发服务能力", "平台支持开发语言类型", "t:语言"),
    (L2, "2.4 平台开发与使用", "2.4.2 应用开发服务能力", "平台应用开发框架", "t:框架"),
    (L2, "2.4 平台开发与使用", "2.4.2 应用开发服务能力", "平台应用开发工具", "t:工具"),
    (L2, "2.5 安全体系", "2.5.1 安全制度建设", "是否针对平台制定了安全管理相关制度", "平台是否建立安全管理体系"),
    (L2, "2.5 安全体系", "2.5.1 安全制度建设", "建立的安全制度保护了平台的哪些方面", "t:保护方面"),
    (L2, "2.5 安全体系", "2.5.1 安全制度建设", "有否定期开展第三方安全测试/测评", "有否定期开展第三方安全测试/测评"),
    (L2, "2.5 安全体系", "2.5.1 安全制度建设", "有否定期进行安全扫描", "有否定期进行安全扫描"),
    (L2, "2.5 安全体系", "2.5.2 安全技术保障", "采用何种安全技术情况", "t:安全技术"),
    (L2, "2.5 安全体系", "2.5.2 安全技术保障", "核心数据安全保护手段", "t:数据保护"),
]
_S = "3.1.1 平台应用规模"
for content, key in [
    ("注册企业用户数（个）", None), ("其中：实际服务企业数（个）", "实际服务企业数（个）"),
    ("按行业统计服务企业数（个）", None), ("按省市区域统计服务企业数（个）", None),
    ("其中：付费企业数（个）", "付费企业数（个）"), ("其中：服务本市企业数量（个）", "服务本市企业数量（个）"),
    ("其中：服务中小企业数量（个）", "服务中小企业数量（个）"),
    ("平台订单数量（个），填写近一年总量", "平台订单数量(近一年总量)（个）"),
    ("平台交易规模年增长率（%）", None), ("工业APP订阅总数量（个）", None),
    ("其中：杀手锏工业APP订阅数量（个）", "杀手锏工业APP订阅数量（个）"), ("工业APP订阅总金额（万元）", None),
    ("平台连接工业设备利用率（%）", None), ("平台国产化率（%）", None),
    ("平台是否服务上海智能工厂，数量", None), ("平台服务园区总数（个）", None),
    ("平台提供的解决方案总数（个）", None),
    ("其中：按新模式统计解决方案数量（个）", "按新模式统计解决方案数量（个）"),
]:
    ITEMS.append((L3, "3.1 平台应用", _S, content, key or content))
_V = "3.1.2 平台应用价值"
for content, key in [
    ("投资回报率（%）", None), ("企业已上市或已获得VC/PE投资", "企业是否已上市或已获得VC/PE投资"),
    ("关键技术自主可控", "t:自主可控"), ("解决方案累计对企业/用户新增效益", "t:新增效益"),
    ("解决方案累计对企业/用户降低成本", "t:降低成本"),
    ("平台连接工业设备运维成本平均下降率（%）", None), ("平台连接工业设备能耗平均下降率（%）", None),
    ("平台连接工业设备安全生产持续时间平均提升率（%）", None),
    ("平台数据价值挖掘应用能力", "t:数据价值"), ("工业互联网平台+供应链协同应用情况", "t:供应链"),
    ("平台有否与新技术的融合应用", "t:新技术"), ("平台现有特色指数（个）", None),
]:
    ITEMS.append((L3, "3.1 平台应用", _V, content, key or content))
_B = "3.1.3 平台带动成效"
for content, key in [
    ("平台核心软硬件技术获得的专利数量（项）", None), ("平台核心软硬件技术获得的软著数量（个）", None),
    ("平台是否有自研形成的核心技术突破", None), ("平台是否具备碳管理服务能力", None),
    ("平台是否融合使用国家标识解析系统", None), ("平台牵头/参与标准制定情况（国家标准、行业标准）", "t:标准"),
    ("平台获得省部级及以上奖项/荣誉数量（个）", None), ("平台建设与运营带动新增就业人数（人）", None),
    ("平台社会贡献率（%）", None), ("平台对关键行业/领域、本市及其他重点区域等贡献及支撑", "t:贡献"),
]:
    ITEMS.append((L3, "3.1 平台应用", _B, content, key or content))
ITEMS += [
    (L3, "3.2 平台生态建设", "3.2.1 平台开放", "是否建立供应链产业链开放共享机制", "t:开放机制"),
    (L3, "3.2 平台生态建设", "3.2.1 平台开放", "平台开放共享数据的形式及数量", "平台开放共享数据的形式及数量"),
    (L3, "3.2 平台生态建设", "3.2.2 平台生态", "合作平台数量（个）", "合作平台数量（个）"),
    (L3, "3.2 平台生态建设", "3.2.2 平台生态", "跨平台调用功能建设情况", "t:跨平台"),
    (L3, "3.2 平台生态建设", "3.2.2 平台生态", "新产业、新模式培育情况", "t:新模式"),
]

_keys = {it[4] for it in ITEMS}
for lab in LABELS[15:]:
    assert lab in _keys, lab


# ----------------------------------------------------------------------------- helpers
def _set_cell(cell, text, size=9, bold=False, align=None):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(str(text))
    run.font.size = Pt(size)
    run.bold = bold
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def _doc(font_name="宋体"):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font_name
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font_name)
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    return doc


def _save_doc(doc, path: Path):
    kit.fix_docx_props(doc)
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(path))
    kit.normalize_zip(path)


def _save_wb(wb, path: Path):
    kit.fix_xlsx_props(wb)
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(str(path))
    kit.normalize_zip(path)


def disp(P, key):
    v = P["V"].get(key) if not key.startswith("t:") else P["T"].get(key[2:])
    if v is None:
        return ""
    return v[0] if isinstance(v, tuple) else v


# ----------------------------------------------------------------------------- 申报表
def company_rows(P):
    C = P["company_info"]
    return [
        [("单位（企业）名称", 1), (P["company"], 3)],
        [("单位（企业）代码", 1), (C["代码"], 1), ("成立日期", 1), (C["成立日期"], 1)],
        [("注册地及所在行政区", 1), (C["注册地"], 1), ("企业类型", 1), (C["企业类型"], 1)],
        [("注册资本", 1), (C["注册资本"], 1), ("主营业务", 1), (C["主营业务"], 1)],
        [("法定代表人", 1), (C["法人"], 1), ("联系人 / 职务", 1), (f"{P['contact']['name']} / {P['contact']['title']}", 1)],
        [("联系人手机", 1), (P["contact"]["phone"], 1), ("电子邮箱", 1), (P["contact"]["email"], 1)],
        [("股权结构", 1), (C["股权"], 3)],
    ]


def form_docx(P, path: Path, style: int = 0):
    doc = _doc("宋体" if style == 0 else "仿宋")
    for _ in range(3):
        doc.add_paragraph()
    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run("上海市工业互联网平台应用水平评价\n申报表")
    r.bold = True
    r.font.size = Pt(22)
    for k, v in [("申报年度", "2024年度"), ("平台名称", P["declared_name"]), ("申报单位", P["company"] + "（公章）"),
                 ("联 系 人", P["contact"]["name"]), ("联系人电话", P["contact"]["phone"])]:
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(3)
        p.add_run(f"{k}：{v}").font.size = Pt(14)
    p = doc.add_paragraph("上海市经济和信息化委员会制")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = doc.add_paragraph(P["form_date"])
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_page_break()

    doc.add_heading("一、企业基本情况", level=2)
    tb = doc.add_table(rows=0, cols=4)
    tb.style = "Table Grid"
    for row in company_rows(P):
        cells = tb.add_row().cells
        i = 0
        for text, span in row:
            c = cells[i]
            if span > 1:
                c = c.merge(cells[i + span - 1])
            _set_cell(c, text)
            i += span
    C = P["company_info"]
    doc.add_paragraph("申报单位上一年度经营状况（2023年）")
    tb = doc.add_table(rows=2, cols=6)
    tb.style = "Table Grid"
    for i, (h, v) in enumerate([("总资产（万元）", C["总资产"]), ("主营业务收入（万元）", C["主营收入"]),
                                ("主营业务收入增长率（%）", C["主营增长"]), ("负债率（%）", C["负债率"]),
                                ("利润总额（万元）", C["利润总额"]), ("税金（万元）", C["税金"])]):
        _set_cell(tb.rows[0].cells[i], h, 8, True)
        _set_cell(tb.rows[1].cells[i], v, 9)

    doc.add_heading("二、平台基本情况", level=2)
    V = P["V"]
    tb = doc.add_table(rows=0, cols=2)
    tb.style = "Table Grid"
    rows = [
        ("平台名称", P["declared_name"]),
        ("建设时间", P["build_period_cn"]),
        ("平台建设金额（万元）", disp(P, "平台建设金额（万元）")),
        ("平台近三年经营指标情况", disp(P, "平台近三年经营指标情况").replace("；", "\n") +
         "\n注：此处数据已将平台相关收益单列，非整个公司的财务数据。"),
        ("平台建设方式", P["build_mode_form"]),
        ("平台运营模式", P["op_mode_form"]),
        ("IaaS基础设施", P["iaas_form"]),
        ("部署方式", P["deploy_form"]),
        ("平台网址", f"{disp(P, '平台网址')}\n演示账号：{P['account']}  密码：{P['password']}"),
        ("平台基本情况介绍", P["T"]["介绍"]),
        ("平台建设成效", P["T"]["成效"]),
    ]
    for k, v in rows:
        cells = tb.add_row().cells
        _set_cell(cells[0], k, 9, True)
        _set_cell(cells[1], v, 9)
    tb.columns[0].width = Cm(3.5)
    doc.add_page_break()

    doc.add_heading("三、上海市工业互联网平台应用水平评价指标明细表", level=2)
    tb = doc.add_table(rows=1, cols=6)
    tb.style = "Table Grid"
    for i, h in enumerate(["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"]):
        _set_cell(tb.rows[0].cells[i], h, 9, True, "c")
    prev = [None, None, None]
    starts = [None, None, None]
    for it in ITEMS:
        cells = tb.add_row().cells
        for lvl in range(3):
            if it[lvl] != prev[lvl]:
                _set_cell(cells[lvl], it[lvl], 8)
                if starts[lvl] is not None and starts[lvl] != len(tb.rows) - 2:
                    pass
                prev[lvl] = it[lvl]
                if lvl < 2:
                    prev[lvl + 1:] = [None] * (2 - lvl)
        _set_cell(cells[3], it[3], 8)
        _set_cell(cells[4], disp(P, it[4]), 8)
        _set_cell(cells[5], P["proof_map"].get(it[4], P["proof_default"]), 7)
    doc.add_paragraph()
    doc.add_paragraph(f"申报单位（盖章）：{P['company']}        日期：{P['form_date']}")
    _save_doc(doc, path)


def form_xlsx(P, path: Path):
    wb = Workbook()
    ws = wb.active
    ws.title = "企业及平台基本情况"
    thin = Side(style="thin")
    bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center")
    ws.append(["上海市工业互联网平台应用水平评价申报表（2024年度）"])
    ws.merge_cells("A1:D1")
    ws["A1"].font = Font(bold=True, size=14)
    ws.append(["一、企业基本情况"])
    for row in company_rows(P):
        flat = []
        for text, span in row:
            flat += [text] + [None] * (span - 1)
        ws.append(flat)
    C = P["company_info"]
    ws.append(["申报单位上一年度经营状况（2023年）"])
    ws.append(["总资产（万元）", C["总资产"], "主营业务收入（万元）", C["主营收入"]])
    ws.append(["主营业务收入增长率（%）", C["主营增长"], "负债率（%）", C["负债率"]])
    ws.append(["利润总额（万元）", C["利润总额"], "税金（万元）", C["税金"]])
    ws.append(["二、平台基本情况"])
    for k, v in [("平台名称", P["declared_name"]), ("建设时间", P["build_period_cn"]),
                 ("平台建设金额（万元）", disp(P, "平台建设金额（万元）")),
                 ("平台近三年经营指标情况", disp(P, "平台近三年经营指标情况").replace("；", "\n")),
                 ("平台建设方式", P["build_mode_form"]), ("平台运营模式", P["op_mode_form"]),
                 ("IaaS基础设施", P["iaas_form"]), ("部署方式", P["deploy_form"]),
                 ("平台网址", f"{disp(P, '平台网址')}（账号 {P['account']} / 密码 {P['password']}）"),
                 ("平台基本情况介绍", P["T"]["介绍"]), ("平台建设成效", P["T"]["成效"])]:
        ws.append([k, v])
        ws.merge_cells(start_row=ws.max_row, start_column=2, end_row=ws.max_row, end_column=4)
    for col, w in zip("ABCD", (22, 40, 22, 40)):
        ws.column_dimensions[col].width = w
    for row in ws.iter_rows():
        for c in row:
            c.alignment = wrap
    ws2 = wb.create_sheet("指标明细表")
    ws2.append(["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"])
    for it in ITEMS:
        ws2.append([it[0], it[1], it[2], it[3], disp(P, it[4]), P["proof_map"].get(it[4], P["proof_default"])])
    for col, w in zip("ABCDEF", (14, 16, 18, 36, 60, 24)):
        ws2.column_dimensions[col].width = w
    for row in ws2.iter_rows():
        for c in row:
            c.alignment = wrap
            c.border = bd
    _save_wb(wb, path)


def form_scan(P, path: Path, seed: int):
    """Stamped scan of the 申报表: cover + first pages + signature page (image-only)."""
    pages = []
    pg = kit.Page()
    pg.y = 360
    pg.title("上海市工业互联网平台应用水平评价", 46, 20)
    pg.title("申 报 表", 56, 120)
    for k, v in [("申报年度", "2024年度"), ("平台名称", P["declared_name"]), ("申报单位", P["company"]),
                 ("联 系 人", P["contact"]["name"]), ("联系人电话", P["contact"]["phone"])]:
        pg.line(f"{k}：{v}", 30, x=200, gap=40)
    pg.y = 1480
    pg.line("上海市经济和信息化委员会制", 28, align="center")
    pg.line(P["form_date"], 28, align="center")
    kit.seal(pg.img, (760, 880), P["company"], 150, seed)
    pages.append(kit.scanify(pg.img, seed))
    pg = kit.Page()
    pg.title("一、企业基本情况", 34)
    C = P["company_info"]
    rows = [["项目", "内容"], ["单位名称", P["company"]], ["单位代码", C["代码"]], ["成立日期", C["成立日期"]],
            ["注册地", C["注册地"]], ["法定代表人", C["法人"]], ["联系人", P["contact"]["name"]],
            ["联系人手机", P["contact"]["phone"]]]
    pg.table(rows, [300, 680], 22, 54)
    pg.title("二、平台基本情况（摘要）", 34)
    rows = [["项目", "内容"], ["平台名称", P["declared_name"][:26]], ["建设时间", P["build_period_cn"]],
            ["平台建设金额（万元）", disp(P, "平台建设金额（万元）")],
            ["平台相关营业收入（万元）", disp(P, "平台相关营业收入（万元）")],
            ["平台团队总人数（人）", disp(P, "平台团队总人数（人）")]]
    pg.table(rows, [400, 580], 22, 54)
    pg.y = 1450
    pg.line(f"申报单位（盖章）：{P['company']}", 26, x=420)
    kit.seal(pg.img, (900, 1440), P["company"], 140, seed + 1)
    pages.append(kit.scanify(pg.img, seed + 2, colour=True))
    kit.images_to_pdf(path, pages)


# ----------------------------------------------------------------------------- 汇总表
def summary_values(P):
    vals = {}
    for lab in LABELS:
        v = P["V"].get(lab)
        vals[lab] = "" if v is None else v[0]
    vals.update(P.get("summary_override", {}))
    return vals


def summary_xlsx(P, path: Path, horizontal: bool = False):
    vals = summary_values(P)
    wb = Workbook()
    ws = wb.active
    ws.title = "汇总表"
    if horizontal:
        ws.append(LABELS)
        ws.append([vals[l] for l in LABELS])
    else:
        ws.append(["平台基本情况汇总表"])
        ws.append(["项目", "填写内容"])
        for l in LABELS:
            ws.append([l, vals[l]])
        ws.column_dimensions["A"].width = 44
        ws.column_dimensions["B"].width = 70
    _save_wb(wb, path)


def summary_docx(P, path: Path):
    vals = summary_values(P)
    doc = _doc()
    p = doc.add_paragraph()
    p.add_run("附件4").bold = True
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("平台基本情况汇总表")
    r.bold = True
    r.font.size = Pt(16)
    tb = doc.add_table(rows=0, cols=2)
    tb.style = "Table Grid"
    for l in LABELS:
        cells = tb.add_row().cells
        _set_cell(cells[0], l, 9)
        _set_cell(cells[1], vals[l], 9)
    _save_doc(doc, path)


# ----------------------------------------------------------------------------- 附件1 / 附件5
def contact_docx(P, path: Path):
    doc = _doc()
    doc.add_paragraph("附件1")
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("联系人信息反馈表").bold = True
    doc.add_paragraph("一、联系人信息反馈")
    tb = doc.add_table(rows=3, cols=6)
    tb.style = "Table Grid"
    for i, h in enumerate(["序号", "姓名", "单位名称", "职务", "手机号码", "电子邮箱"]):
        _set_cell(tb.rows[0].cells[i], h, 9, True)
    c, b = P["contact"], P["contact2"]
    for r, (lab, x) in enumerate([("联系人（主）", c), ("联系人（备用）", b)], 1):
        for i, v in enumerate([lab, x["name"], P["company"], x["title"], x["phone"], x["email"]]):
            _set_cell(tb.rows[r].cells[i], v, 9)
    doc.add_paragraph("二、评审会现场地址信息反馈")
    doc.add_paragraph(f"具体地址*：{P['V']['评审会现场地址信息'][0]}")
    _save_doc(doc, path)


def commitment_scan(P, path: Path, seed: int):
    pg = kit.Page()
    pg.y = 260
    pg.title("真实性承诺", 52, 90)
    pg.para("我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、准确、完整，"
            "如有不实，愿承担相应的法律责任及由此产生的一切后果。", 30)
    pg.para("特此承诺。", 30)
    pg.y = 1050
    pg.line(f"申报单位：{P['company']}（盖章）", 28, x=330, gap=60)
    pg.line("法定代表人：          （签章）", 28, x=330, gap=60)
    pg.line(P["form_date"], 28, x=620)
    kit.signature(pg.img, (560, 1140), seed)
    kit.seal(pg.img, (830, 1080), P["company"], 150, seed)
    kit.images_to_pdf(path, [kit.scanify(pg.img, seed)])


def commitment_docx(P, path: Path):
    doc = _doc("仿宋")
    doc.add_paragraph("附件5")
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("真实性承诺")
    r.bold = True
    r.font.size = Pt(18)
    doc.add_paragraph("我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、准确、完整，"
                      "如有不实，愿承担相应的法律责任及由此产生的一切后果。")
    doc.add_paragraph("特此承诺。")
    doc.add_paragraph(f"申报单位：{P['company']}（盖章）")
    doc.add_paragraph("法定代表人：（签章）")
    doc.add_paragraph(P["form_date"])
    _save_doc(doc, path)
