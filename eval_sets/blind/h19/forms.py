"""附件1/2/3/4/5 renderers and the package model (declared values → form cells → 附件4 truth rows)."""
from __future__ import annotations

import re
from pathlib import Path

from h19lib import (A4, Paragraph, Spacer, build_pdf, bd_text, docx_heading, docx_set_cell, mm, new_docx,
                    new_xlsx, save_docx, save_xlsx, scan_pdf, styles, table)

A4_LABELS = ['序号', '企业名称', '平台名称', '平台性质', '联系人姓名', '联系人手机号', '联系人电子邮箱', '评审会现场地址信息', '平台网址', '建设时间', '平台建设金额（万元）', '平台近三年经营指标情况', '平台建设方式', '平台运营模式', '部署方式', '平台团队总人数（人）', '运维人数（人）', '运营人数（人）', '有相关技术职称/从业资格的人数（人）', '平台相关研发投入（万元）', '平台相关研发投入强度（%）', '平台相关营业收入（万元）', '平台利润率（%）', '付费用户占比（%）', '连接的工业设备/产品/产线种类及数量（台/套）', '按二级分类统计工业设备数量（台/套）', '按省市区域统计工业设备数量（台/套）', '公有云工业设备连接数量（台/套）', '按二级分类统计公有云工业设备数量（台/套）', '按省市区域统计公有云工业设备数量（台/套）', '公有云工业设备平均日运行数量（台/套）', '按二级分类统计公有云工业设备平均日运行数量（台/套）', '按省市区域统计公有云工业设备平均日运行数量（台/套）', '海外设备连接数量（台/套）', '按海外国家分类统计海外设备连接数量（台/套）', '工业协议兼容适配数量（个）', '工业软件总量（个）', '工业APP数量（个）', '基于平台开发的工业APP数量（个）', '云化工业软件数量（个）', '按分类统计工业APP数量（个）', '按行业统计工业APP数量（个）', '工业APP平均月活跃数量（个）', '杀手锏APP数量（个）', '公有云杀手锏APP平均日在线用户数（个）', '杀手锏APP日活次数（次）', '杀手锏APP月平均收入（万元）', '公有云工业APP数量（个）', '公有云工业APP平均日活跃数量（个）', '按分类统计公有云工业APP平均日活跃数量（个）', '按行业统计公有云工业APP平均日活跃数量（个）', '平台实际用云量（台）', '平台公有云实际使用数量（台）', '存储容量（TB）', '存储工业数据量（TB）', '公有云数据总量（TB）', '存储资源利用率（%）', '工业机理模型数量（个）', '活跃机理模型数量（一周调用5次以上）（个）', '核心工业模型平均月调用用户数量（个）', '按分类统计工业模型数量（个）', '数据分析平台均速度（每TB分级/秒级/毫秒级）', '微服务数量（个）', '活跃微服务数量（一周调用5次以上）（个）', '开发者注册总数（个）', '活跃开发者数（个）', '平台是否建立安全管理体系', '有否定期开展第三方安全测试/测评', '有否定期进行安全扫描', '注册企业用户数（个）', '实际服务企业数（个）', '按行业统计服务企业数（个）', '按省市区域统计服务企业数（个）', '付费企业数（个）', '服务本市企业数量（个）', '服务中小企业数量（个）', '平台订单数量(近一年总量)（个）', '平台交易规模年增长率（%）', '工业APP订阅总数量（个）', '杀手锏工业APP订阅数量（个）', '工业APP订阅总金额（万元）', '平台连接工业设备利用率（%）', '平台国产化率（%）', '平台是否服务上海智能工厂，数量', '平台服务园区总数（个）', '平台提供的解决方案总数（个）', '按新模式统计解决方案数量（个）', '投资回报率（%）', '企业是否已上市或已获得VC/PE投资', '平台连接工业设备运维成本平均下降率（%）', '平台连接工业设备能耗平均下降率（%）', '平台连接工业设备安全生产持续时间平均提升率（%）', '平台现有特色指数（个）', '平台核心软硬件技术获得的专利数量（项）', '平台核心软硬件技术获得的软著数量（个）', '平台是否有自研形成的核心技术突破', '平台是否具备碳管理服务能力', '平台是否融合使用国家标识解析系统', '平台获得省部级及以上奖项/荣誉数量（个）', '平台建设与运营带动新增就业人数（人）', '平台社会贡献率（%）', '平台开放共享数据的形式及数量', '合作平台数量（个）']

# 指标明细表: (一级, 二级, 三级, 内容 as printed, 附件4 label or None)
L1A, L1B, L1C = "一、平台基础情况（25%）", "二、平台关键技术能力（35%）", "三、平台效益及可持续发展能力（40%）"
_S = [
    (L1A, "1.1 战略定位及规划", "1.1.1 战略定位", ["平台定位是否明确", "是否符合国家/地方相关政策方向，是否符合行业/产业发展现状与趋势"]),
    (L1A, "1.1 战略定位及规划", "1.1.2 规划制定", ["平台是否被纳入企业战略规划中", "是否制定了平台专项规划", "平台团队总人数（人）",
                                         "其中：运维人数（人）", "运营人数（人）", "其中：有相关技术职称/从业资格的人数（人）"]),
    (L1A, "1.2 资金投入与经营情况", "1.2.1 创新投入情况", ["平台相关研发投入（万元）", "平台相关研发投入强度（%）"]),
    (L1A, "1.2 资金投入与经营情况", "1.2.2 经营情况", ["平台相关营业收入（万元）", "平台利润率（%）", "付费用户占比（%）"]),
    (L1B, "2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力", [
        "连接的工业设备/产品/产线种类及数量（台/套）", "按二级分类统计工业设备数量（台/套）", "按省市区域统计工业设备数量（台/套）",
        "其中：公有云工业设备连接数量（台/套）", "按二级分类统计公有云工业设备数量（台/套）", "按省市区域统计公有云工业设备数量（台/套）",
        "其中：公有云工业设备平均日运行数量（台/套）", "按二级分类统计公有云工业设备平均日运行数量（台/套）",
        "按省市区域统计公有云工业设备平均日运行数量（台/套）", "其中：海外设备连接数量（台/套）",
        "其中：按海外国家分类统计海外设备连接数量", "工业协议兼容适配数量（个）", "其他资源汇聚情况"]),
    (L1B, "2.1 资源汇聚与配置", "2.1.2 工业软件/APP", [
        "工业软件总量（个）", "工业APP数量（个）", "其中：基于平台开发的工业APP数量（个）", "云化工业软件数量（个）",
        "按分类统计工业APP数量（个）", "按行业统计工业APP数量（个）", "工业APP平均月活跃数量（个）", "其中：杀手锏APP数量（个）",
        "公有云杀手锏APP平均日在线用户数（个）", "杀手锏APP日活次数（次）", "杀手锏APP月平均收入（万元）",
        "其中：公有云工业APP数量（个）", "其中：公有云工业APP平均日活跃数量（个）",
        "其中：按分类统计公有云工业APP平均日活跃数量（个）", "其中：按行业统计公有云工业APP平均日活跃数量（个）"]),
    (L1B, "2.2 数据管理与挖掘", "2.2.1 数据采集", ["边缘数据处理能力", "其他数据采集能力"]),
    (L1B, "2.2 数据管理与挖掘", "2.2.2 数据处理（存储计算能力）", [
        "是否支持可拓展云计算能力", "云化服务器算力", "平台实际用云量（台）", "平台公有云实际使用数量（台）", "存储容量（TB）",
        "存储工业数据量（TB）", "公有云数据总量（TB）", "存储资源利用率（%）", "数据基础管理能力"]),
    (L1B, "2.2 数据管理与挖掘", "2.2.3 数据建模和分析", [
        "工业机理模型数量（个）", "其中：活跃机理模型数量（一周调用5次以上）（个）", "核心工业模型平均月调用用户数量（个）",
        "按分类统计工业模型数量（个）", "是否提供通用建模分析算法", "智能分析算法类型", "数据分析平台均速度（每TB分级/秒级/毫秒级）"]),
    (L1B, "2.3 微服务部署与调用", "2.3.1 平台微服务情况", ["微服务数量（个）", "其中：活跃微服务数量（一周调用5次以上）（个）"]),
    (L1B, "2.4 平台开发与使用", "2.4.1 平台开发者数量", ["是否建立开发者社区及相关功能", "开发者注册总数（个）", "其中：活跃开发者数（个）"]),
    (L1B, "2.4 平台开发与使用", "2.4.2 应用开发服务能力", ["平台支持开发语言类型", "平台应用开发框架", "平台应用开发工具"]),
    (L1B, "2.5 安全体系", "2.5.1 安全制度建设", ["是否针对平台制定了安全管理相关制度", "建立的安全制度保护了平台的哪些方面",
                                       "有否定期开展第三方安全测试/测评", "有否定期进行安全扫描"]),
    (L1B, "2.5 安全体系", "2.5.2 安全技术保障", ["采用何种安全技术情况", "核心数据安全保护手段"]),
    (L1C, "3.1 平台应用", "3.1.1 平台应用规模", [
        "注册企业用户数（个）", "其中：实际服务企业数（个）", "按行业统计服务企业数（个）", "按省市区域统计服务企业数（个）",
        "其中：付费企业数（个）", "其中：服务本市企业数量（个）", "其中：服务中小企业数量（个）", "平台订单数量（个），填写近一年总量",
        "平台交易规模年增长率（%）", "工业APP订阅总数量（个）", "其中：杀手锏工业APP订阅数量（个）", "工业APP订阅总金额（万元）",
        "平台连接工业设备利用率（%）", "平台国产化率（%）", "平台是否服务上海智能工厂，数量", "平台服务园区总数（个）",
        "平台提供的解决方案总数（个）", "其中：按新模式统计解决方案数量（个）"]),
    (L1C, "3.1 平台应用", "3.1.2 平台应用价值", [
        "投资回报率（%）", "企业已上市或已获得VC/PE投资", "关键技术自主可控", "解决方案累计对企业/用户新增效益",
        "解决方案累计对企业/用户降低成本", "平台连接工业设备运维成本平均下降率（%）", "平台连接工业设备能耗平均下降率（%）",
        "平台连接工业设备安全生产持续时间平均提升率（%）", "平台数据价值挖掘应用能力", "工业互联网平台+供应链协同应用情况",
        "平台有否与新技术的融合应用", "平台现有特色指数（个）"]),
    (L1C, "3.1 平台应用", "3.1.3 平台带动成效", [
        "平台核心软硬件技术获得的专利数量（项）", "平台核心软硬件技术获得的软著数量（个）", "平台是否有自研形成的核心技术突破",
        "平台是否具备碳管理服务能力", "平台是否融合使用国家标识解析系统", "平台牵头/参与标准制定情况（国家标准、行业标准）",
        "平台获得省部级及以上奖项/荣誉数量（个）", "平台建设与运营带动新增就业人数（人）", "平台社会贡献率（%）",
        "平台对关键行业/领域、本市及其他重点区域等贡献及支撑"]),
    (L1C, "3.2 平台生态建设", "3.2.1 平台开放", ["是否建立供应链产业链开放共享机制", "平台开放共享数据的形式及数量"]),
    (L1C, "3.2 平台生态建设", "3.2.2 平台生态", ["合作平台数量（个）", "跨平台调用功能建设情况", "新产业、新模式培育情况"]),
]
SPECIAL = {
    "是否针对平台制定了安全管理相关制度": "平台是否建立安全管理体系",
    "平台订单数量（个），填写近一年总量": "平台订单数量(近一年总量)（个）",
    "其中：按海外国家分类统计海外设备连接数量": "按海外国家分类统计海外设备连接数量（台/套）",
    "企业已上市或已获得VC/PE投资": "企业是否已上市或已获得VC/PE投资",
}


def a4_of(content: str) -> str | None:
    if content in SPECIAL:
        return SPECIAL[content]
    key = re.sub(r"^其中：", "", content)
    return key if key in A4_LABELS else None


DETAIL = [(l1, l2, l3, c, a4_of(c)) for l1, l2, l3, cs in _S for c in cs]


# ----------------------------------------------------------------------------- values
def cell_value(label: str, v) -> tuple[str, object]:
    """python value → (reviewer's text, normalized)."""
    if v is None:
        return "", None
    if isinstance(v, tuple):  # (text, normalized) given explicitly
        return v
    if isinstance(v, bool):
        return ("是" if v else "否"), v
    if isinstance(v, int):
        return str(v), v
    if isinstance(v, float):
        return f"{v:.2f}", round(v, 2)
    if isinstance(v, dict):
        return bd_text(v), dict(v)
    return str(v), str(v)


def revenue3(years: dict[int, tuple[float, float]]) -> tuple[str, dict]:
    parts, norm = [], {}
    for y, (rev, g) in years.items():
        parts.append(f"{y}年平台营收{rev:.2f}万元/增长率{g:.2f}%")
        norm[f"{y}年平台营收（万元）"] = round(rev, 2)
        norm[f"{y}年增长率（%）"] = round(g, 2)
    return "；".join(parts), norm


def orders(nat: int, trailing: int) -> tuple[str, dict]:
    return (f"2023年自然年：{nat}个；截至填表日前一年：{trailing}个", {"2023年自然年": nat, "截至填表日前一年": trailing})


class Pkg:
    """Declared values of one package (keyed by 附件4 label) + texts for the other 内容 rows."""

    def __init__(self, meta: dict, values: dict, texts: dict, cells: dict | None = None):
        self.meta = meta
        self.values = values          # 附件4 label → python value or (text, normalized)
        self.texts = texts            # 内容 → text (rows without a 附件4 label)
        self.cells = cells or {}      # 内容 → override of the 申报表 cell text
        missing = [l for l in A4_LABELS if l not in values]
        assert not missing, missing

    def summary_rows(self) -> list[dict]:
        rows = []
        for label in A4_LABELS:
            text, norm = cell_value(label, self.values[label])
            rows.append({"label": label, "value": text, "normalized": norm})
        return rows

    def a4_text(self, label: str) -> str:
        return cell_value(label, self.values[label])[0]

    def form_cell(self, content: str, unit_suffix: bool = False) -> str:
        if content in self.cells:
            return self.cells[content]
        a4 = a4_of(content)
        if a4 is None:
            return self.texts[content]
        text = self.a4_text(a4)
        if unit_suffix and text and re.fullmatch(r"[\d.]+", text):
            m = re.search(r"（([^（）]+)）$", a4)
            if m and m.group(1) in ("台/套", "个", "项", "人", "次", "万元", "TB", "台"):
                text = text + m.group(1).replace("台/套", "台（套）")
            elif m and m.group(1) == "%":
                text = text + "%"
        return text


# ----------------------------------------------------------------------------- 申报表 DOCX
def basic_rows(p: Pkg) -> list[tuple[str, str]]:
    m = p.meta
    return [("单位（企业）名称", m["company"]), ("单位（企业）代码", m["uscc"]), ("成立日期", m["founded"]),
            ("注册地及所在行政区", m["reg_addr"]), ("企业类型", m["ctype"]), ("注册资本", m["capital"]),
            ("主营业务", m["business"]), ("法定代表人", m["legal_rep"]), ("联系人", m["contact"]),
            ("职务", m["contact_title"]), ("联系人手机", m["phone"]), ("传真", m.get("fax", "—")),
            ("电子邮箱", m["email"])]


def finance_rows(p: Pkg) -> list[tuple[str, str]]:
    f = p.meta["fin2023"]
    return [("总资产（万元）", f["总资产"]), ("主营业务收入（万元）", f["主营业务收入"]), ("主营业务收入增长率（%）", f["增长率"]),
            ("负债率（%）", f["负债率"]), ("利润总额（万元）", f["利润总额"]), ("税金（万元）", f["税金"])]


def platform_rows(p: Pkg) -> list[tuple[str, str]]:
    m = p.meta
    return [("平台名称", m["platform_cell"]), ("建设时间", m["build_cell"]), ("平台建设金额（万元）", m["build_amount_cell"]),
            ("平台近三年经营指标情况", m["rev3_cell"]), ("平台建设方式", m["build_mode_cell"]),
            ("平台运营模式", m["op_mode_cell"]), ("IaaS基础设施", m["iaas_cell"]), ("部署方式", m["deploy_cell"]),
            ("平台网址", m["url_cell"]), ("平台基本情况介绍", m["intro"]), ("平台建设成效", m["effect"])]


def write_form_docx(p: Pkg, path: Path, layout: str = "levels", unit_suffix: bool = False, heading="word"):
    from docx.shared import Pt, Cm
    m = p.meta
    doc = new_docx(m.get("author", "admin"))
    t = doc.add_paragraph()
    r = t.add_run("上海市工业互联网平台应用水平评价\n申报表")
    r.bold = True
    r.font.size = Pt(22)
    t.alignment = 1
    for k, v in [("申报年度", "2024 年度"), ("平台名称", m["platform_cell"].split("\n")[0]), ("申报单位", m["company"] + "（公章）"),
                 ("联 系 人", m["contact"]), ("联系人电话", m["phone"])]:
        q = doc.add_paragraph(f"{k}：{v}")
        q.paragraph_format.left_indent = Cm(3)
    doc.add_paragraph("上海市经济和信息化委员会制")
    doc.add_paragraph(m["form_date"])
    doc.add_page_break()
    docx_heading(doc, "一、企业基本情况", 1, heading)
    rows = basic_rows(p)
    tb = doc.add_table(rows=0, cols=4)
    tb.style = "Table Grid"
    for i in range(0, len(rows), 2):
        cells = tb.add_row().cells
        docx_set_cell(cells[0], rows[i][0], bold=True)
        docx_set_cell(cells[1], rows[i][1])
        if i + 1 < len(rows):
            docx_set_cell(cells[2], rows[i + 1][0], bold=True)
            docx_set_cell(cells[3], rows[i + 1][1])
    cells = tb.add_row().cells
    docx_set_cell(cells[0], "股权结构", bold=True)
    merged = cells[1].merge(cells[3])
    docx_set_cell(merged, m["equity"])
    doc.add_paragraph("申报单位上一年度经营状况（2023 年）")
    fr = finance_rows(p)
    ft = doc.add_table(rows=2, cols=len(fr))
    ft.style = "Table Grid"
    for j, (k, v) in enumerate(fr):
        docx_set_cell(ft.rows[0].cells[j], k, bold=True, size=9)
        docx_set_cell(ft.rows[1].cells[j], v, size=9)
    docx_heading(doc, "二、平台基本情况", 1, heading)
    pt = doc.add_table(rows=0, cols=2)
    pt.style = "Table Grid"
    for k, v in platform_rows(p):
        cells = pt.add_row().cells
        docx_set_cell(cells[0], k, bold=True)
        docx_set_cell(cells[1], v)
    docx_heading(doc, "三、上海市工业互联网平台应用水平评价指标明细表", 1, heading)
    proofs = m.get("proofs", {})
    if layout == "levels":
        head = ["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"]
    else:  # l3proof
        head = ["三级指标", "内容", "证明资料", "平台实际情况"]
    dt = doc.add_table(rows=1, cols=len(head))
    dt.style = "Table Grid"
    for j, h in enumerate(head):
        docx_set_cell(dt.rows[0].cells[j], h, bold=True, align="center")
    start = {}
    for idx, (l1, l2, l3, c, a4) in enumerate(DETAIL):
        cells = dt.add_row().cells
        val = p.form_cell(c, unit_suffix)
        proof = proofs.get(c, proofs.get(l3, ""))
        if layout == "levels":
            docx_set_cell(cells[3], c)
            docx_set_cell(cells[4], val)
            docx_set_cell(cells[5], proof, size=8)
            for col, key in ((0, l1), (1, l2), (2, l3)):
                if key not in start.setdefault(col, {}):
                    start[col][key] = idx + 1
                    docx_set_cell(cells[col], key)
        else:
            docx_set_cell(cells[0], l3 if (l3 not in start.setdefault(2, {})) else "")
            start[2].setdefault(l3, idx + 1)
            docx_set_cell(cells[1], c)
            docx_set_cell(cells[2], proof, size=8)
            docx_set_cell(cells[3], val)
    if layout == "levels":  # merge level cells vertically
        for col in (0, 1, 2):
            keys = list(start[col].items())
            for n, (key, s) in enumerate(keys):
                e = keys[n + 1][1] - 1 if n + 1 < len(keys) else len(DETAIL)
                if e > s:
                    a = dt.cell(s, col).merge(dt.cell(e, col))
                    docx_set_cell(a, key)
    doc.add_paragraph("")
    doc.add_paragraph(f"申报单位（盖章）：{m['company']}        日期：{m['form_date']}")
    save_docx(doc, path)


# ----------------------------------------------------------------------------- 申报表 XLSX
def write_form_xlsx(p: Pkg, path: Path, unit_suffix=False):
    from openpyxl.styles import Alignment, Font, Border, Side
    m = p.meta
    wb = new_xlsx(m.get("author", "admin"))
    thin = Side(style="thin")
    bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws = wb.active
    ws.title = "企业基本情况"
    ws["A1"] = "上海市工业互联网平台应用水平评价申报表（2024年度）"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:D1")
    r = 3
    ws.cell(r, 1, "一、企业基本情况").font = Font(bold=True)
    r += 1
    for k, v in basic_rows(p) + [("股权结构", m["equity"])]:
        ws.cell(r, 1, k).border = bd
        ws.cell(r, 2, v).border = bd
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
        r += 1
    r += 1
    ws.cell(r, 1, "申报单位上一年度经营状况（2023 年）").font = Font(bold=True)
    r += 1
    for k, v in finance_rows(p):
        ws.cell(r, 1, k).border = bd
        try:
            ws.cell(r, 2, float(v.replace(",", ""))).number_format = "#,##0.00"
        except ValueError:
            ws.cell(r, 2, v)
        r += 1
    ws.column_dimensions["A"].width = 28
    ws.column_dimensions["B"].width = 50
    ws2 = wb.create_sheet("平台基本情况")
    ws2["A1"] = "二、平台基本情况"
    ws2["A1"].font = Font(bold=True)
    for i, (k, v) in enumerate(platform_rows(p), start=2):
        ws2.cell(i, 1, k).border = bd
        c = ws2.cell(i, 2, v)
        c.border = bd
        c.alignment = Alignment(wrap_text=True, vertical="top")
    ws2.column_dimensions["A"].width = 24
    ws2.column_dimensions["B"].width = 90
    ws3 = wb.create_sheet("指标明细表")
    head = ["序号", "一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"]
    for j, h in enumerate(head, 1):
        ws3.cell(1, j, h).font = Font(bold=True)
    proofs = m.get("proofs", {})
    prev = [None, None, None]
    for i, (l1, l2, l3, c, a4) in enumerate(DETAIL, start=2):
        ws3.cell(i, 1, i - 1)
        for j, key in enumerate((l1, l2, l3)):
            if key != prev[j]:
                ws3.cell(i, 2 + j, key)
                prev[j] = key
        ws3.cell(i, 5, c)
        val = p.form_cell(c, unit_suffix)
        if re.fullmatch(r"\d+", val):
            ws3.cell(i, 6, int(val))
        elif re.fullmatch(r"\d+\.\d\d", val):
            ws3.cell(i, 6, float(val)).number_format = "0.00"
        else:
            ws3.cell(i, 6, val).alignment = Alignment(wrap_text=True, vertical="top")
        ws3.cell(i, 7, proofs.get(c, proofs.get(l3, "")))
    for col, w in zip("ABCDEFG", (6, 16, 16, 18, 36, 60, 26)):
        ws3.column_dimensions[col].width = w
    save_xlsx(wb, path)


# ----------------------------------------------------------------------------- 申报表 PDF (for the stamped scan)
def form_pdf_bytes(p: Pkg, font="STSong-Light") -> bytes:
    m = p.meta
    st = styles(font, 10)
    cover = [Spacer(1, 40 * mm), Paragraph("上海市工业互联网平台应用水平评价", st["title"]), Spacer(1, 4 * mm),
             Paragraph("申报表", st["title"]), Spacer(1, 30 * mm)]
    for k, v in [("申报年度", "2024 年度"), ("平台名称", m["platform_cell"].split("\n")[0]), ("申报单位", m["company"]),
                 ("联 系 人", m["contact"]), ("联系人电话", m["phone"])]:
        cover.append(Paragraph(f"{k}：{v}", st["pn"]))
    cover += [Spacer(1, 40 * mm), Paragraph("上海市经济和信息化委员会制", st["c"]), Paragraph(m["form_date"], st["c"])]
    pages = [cover]
    b = basic_rows(p)
    rows = [[b[i][0], b[i][1], b[i + 1][0] if i + 1 < len(b) else "", b[i + 1][1] if i + 1 < len(b) else ""]
            for i in range(0, len(b), 2)]
    rows.append(["股权结构", m["equity"], "", ""])
    fin = finance_rows(p)
    pg = [Paragraph("一、企业基本情况", st["h"]),
          table(rows, [28 * mm, 57 * mm, 28 * mm, 57 * mm], font, header_rows=0, spans=[((1, len(rows) - 1), (3, len(rows) - 1))]),
          Spacer(1, 3 * mm), Paragraph("申报单位上一年度经营状况（2023 年）", st["pn"]),
          table([[k for k, _ in fin], [v for _, v in fin]], [28.3 * mm] * 6, font)]
    pages.append(pg)
    prow = [[k, v.replace("\n", "<br/>")] for k, v in platform_rows(p)]
    pages.append([Paragraph("二、平台基本情况", st["h"]), table(prow, [32 * mm, 138 * mm], font, header_rows=0)])
    # detail table, ~16 rows per page
    chunk = []
    for l1, l2, l3, c, a4 in DETAIL:
        chunk.append([l3, c, p.form_cell(c)])
    per = 14
    for i in range(0, len(chunk), per):
        part = [["三级指标", "内容", "平台实际情况"]] + chunk[i:i + per]
        pg = []
        if i == 0:
            pg.append(Paragraph("三、上海市工业互联网平台应用水平评价指标明细表", st["h"]))
        pg.append(table(part, [30 * mm, 52 * mm, 88 * mm], font, size=7.5))
        pages.append(pg)
    pages[-1] += [Spacer(1, 12 * mm), Paragraph(f"申报单位（盖章）：{m['company']}", st["r"]), Paragraph(m["form_date"], st["r"])]
    return build_pdf(None, pages, font=font)


def write_form_scan(p: Pkg, path: Path, seed: int, seal_text: str):
    data = form_pdf_bytes(p)
    import pypdfium2 as pdfium
    n = len(pdfium.PdfDocument(data))
    seals = {0: [dict(at=(0.58, 0.47), text=seal_text)], n - 1: [dict(at=(0.72, 0.80), text=seal_text)]}
    scan_pdf(path, data, seed, seals=seals, scale=1.25)


# ----------------------------------------------------------------------------- 汇总表
def write_summary_xlsx(p: Pkg, path: Path, horizontal=False, overrides: dict | None = None):
    from openpyxl.styles import Alignment, Font
    wb = new_xlsx(p.meta.get("author", "admin"))
    ws = wb.active
    ws.title = "平台基本情况汇总表"
    ov = overrides or {}
    vals = [(l, ov.get(l, p.a4_text(l))) for l in A4_LABELS]
    if horizontal:
        ws.cell(1, 1, "附件4  平台基本情况汇总表").font = Font(bold=True)
        for j, (l, v) in enumerate(vals, 1):
            ws.cell(2, j, l).alignment = Alignment(wrap_text=True)
            if re.fullmatch(r"\d+", v):
                ws.cell(3, j, int(v))
            else:
                ws.cell(3, j, v)
    else:
        ws["A1"] = "附件4"
        ws["A2"] = "平台基本情况汇总表"
        ws["A2"].font = Font(bold=True, size=14)
        ws.merge_cells("A2:C2")
        ws.cell(3, 1, "序"), ws.cell(3, 2, "项目"), ws.cell(3, 3, "填报内容")
        for i, (l, v) in enumerate(vals, start=4):
            ws.cell(i, 1, i - 3)
            ws.cell(i, 2, l)
            c = ws.cell(i, 3, v)
            c.alignment = Alignment(wrap_text=True)
        ws.column_dimensions["B"].width = 44
        ws.column_dimensions["C"].width = 80
    save_xlsx(wb, path)


def write_summary_docx(p: Pkg, path: Path, overrides: dict | None = None):
    doc = new_docx(p.meta.get("author", "admin"))
    doc.add_paragraph("附件4")
    docx_heading(doc, "平台基本情况汇总表", 1, "bold")
    ov = overrides or {}
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for l in A4_LABELS:
        cells = t.add_row().cells
        docx_set_cell(cells[0], l)
        docx_set_cell(cells[1], ov.get(l, p.a4_text(l)))
    save_docx(doc, path)


# ----------------------------------------------------------------------------- 附件1 / 附件5
def write_contact_docx(p: Pkg, path: Path):
    m = p.meta
    doc = new_docx(m.get("author", "admin"))
    doc.add_paragraph("附件1")
    docx_heading(doc, "联系人信息反馈表", 1, "bold")
    doc.add_paragraph("2024年度上海市工业互联网平台应用水平评价工作")
    doc.add_paragraph("一、联系人信息反馈")
    t = doc.add_table(rows=3, cols=6)
    t.style = "Table Grid"
    for j, h in enumerate(["序号", "姓名", "单位名称", "职务", "手机号码", "电子邮箱"]):
        docx_set_cell(t.rows[0].cells[j], h, bold=True)
    row1 = m.get("contact_row") or ["联系人（主）", m["contact"], m["company"], m["contact_title"], m["phone"], m["email"]]
    row2 = m.get("contact2_row") or ["联系人（备用）", "", "", "", "", ""]
    for r, who in ((1, row1), (2, row2)):
        for j, v in enumerate(who):
            docx_set_cell(t.rows[r].cells[j], v)
    doc.add_paragraph("二、评审会现场地址信息反馈")
    doc.add_paragraph("具体地址*：" + (m.get("venue") or p.a4_text("评审会现场地址信息")))
    doc.add_paragraph("*注：该场地信息将用于工作组安排后续评价工作。")
    save_docx(doc, path)


def commitment_pdf_bytes(p: Pkg, font="STSong-Light", sign_date="2024年7月15日") -> bytes:
    st = styles(font, 12)
    m = p.meta
    pg = [Paragraph("附件5", st["pn"]), Spacer(1, 10 * mm), Paragraph("真实性承诺", st["title"]), Spacer(1, 12 * mm),
          Paragraph("我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、准确、完整，"
                    "如有不实，愿承担相应的法律责任及由此产生的一切后果。", st["p"]),
          Paragraph("特此承诺。", st["p"]), Spacer(1, 40 * mm),
          Paragraph(f"申报单位：{m['company']}（盖章）", st["r"]), Spacer(1, 6 * mm),
          Paragraph(f"法定代表人：{m['legal_rep']}（签章）", st["r"]), Spacer(1, 6 * mm), Paragraph(sign_date, st["r"])]
    return build_pdf(None, [pg], font=font, page_numbers=False)


def write_commitment_scan(p: Pkg, path: Path, seed: int, seal_text: str):
    data = commitment_pdf_bytes(p)
    scan_pdf(path, data, seed, seals={0: [dict(at=(0.68, 0.62), text=seal_text, r=0.1)]}, scale=1.5)


def write_commitment_docx(p: Pkg, path: Path):
    m = p.meta
    doc = new_docx(m.get("author", "admin"))
    doc.add_paragraph("附件5")
    docx_heading(doc, "真实性承诺", 1, "bold")
    doc.add_paragraph("我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、准确、完整，"
                      "如有不实，愿承担相应的法律责任及由此产生的一切后果。")
    doc.add_paragraph("特此承诺。")
    doc.add_paragraph(f"申报单位：{m['company']}（盖章）")
    doc.add_paragraph(f"法定代表人：{m['legal_rep']}（签章）")
    doc.add_paragraph("2024年7月15日")
    save_docx(doc, path)


# ----------------------------------------------------------------------------- 申报书
def write_book_docx(p: Pkg, path: Path, sections: list[tuple[str, list]], heading="word"):
    """sections: (title, items) where item is str paragraph or ('table', rows) or ('h2', text)."""
    from docx.shared import Pt
    m = p.meta
    doc = new_docx(m.get("author", "admin"))
    t = doc.add_paragraph()
    r = t.add_run("上海市工业互联网平台应用水平评价\n申报书")
    r.bold = True
    r.font.size = Pt(22)
    t.alignment = 1
    for k, v in [("申报年度", "2024 年度"), ("平台名称", m["platform_cell"].split("\n")[0]), ("申报单位", m["company"] + "（公章）"),
                 ("联 系 人", m["contact"]), ("联系人电话", m["phone"])]:
        doc.add_paragraph(f"{k}：{v}")
    doc.add_paragraph("上海市经济和信息化委员会制")
    doc.add_paragraph(m["form_date"])
    doc.add_page_break()
    for title, items in sections:
        docx_heading(doc, title, 1, heading)
        for it in items:
            if isinstance(it, str):
                doc.add_paragraph(it)
            elif it[0] == "h2":
                docx_heading(doc, it[1], 2, heading)
            elif it[0] == "table":
                rows = it[1]
                tb = doc.add_table(rows=0, cols=len(rows[0]))
                tb.style = "Table Grid"
                for i, row in enumerate(rows):
                    cells = tb.add_row().cells
                    for j, v in enumerate(row):
                        docx_set_cell(cells[j], v, bold=(i == 0), size=9)
    save_docx(doc, path)


def write_book_pdf(p: Pkg, path: Path, sections: list[tuple[str, list]], font="WQY"):
    m = p.meta
    st = styles(font, 10.5)
    cover = [Spacer(1, 40 * mm), Paragraph("上海市工业互联网平台应用水平评价", st["title"]), Spacer(1, 4 * mm),
             Paragraph("申报书", st["title"]), Spacer(1, 30 * mm)]
    for k, v in [("申报年度", "2024 年度"), ("平台名称", m["platform_cell"].split("\n")[0]), ("申报单位", m["company"]),
                 ("联 系 人", m["contact"]), ("联系人电话", m["phone"])]:
        cover.append(Paragraph(f"{k}：{v}", st["pn"]))
    cover += [Spacer(1, 40 * mm), Paragraph("上海市经济和信息化委员会制", st["c"]), Paragraph(m["form_date"], st["c"])]
    pages = [cover]
    for title, items in sections:
        pg = [Paragraph(title, st["h"])]
        for it in items:
            if isinstance(it, str):
                pg.append(Paragraph(it, st["p"]))
            elif it[0] == "h2":
                pg.append(Paragraph(it[1], st["pn"]))
            elif it[0] == "table":
                rows = it[1]
                w = 170 * mm / len(rows[0])
                pg.append(table(rows, [w] * len(rows[0]), font, size=8))
        pages.append(pg)
    # the sections are long: let platypus flow them, page count not fixed here
    import io
    from h19lib import PageBreak, SimpleDocTemplate
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=22 * mm, rightMargin=20 * mm, topMargin=20 * mm,
                            bottomMargin=20 * mm, title="", author="", creator="", producer="", subject="")
    story = []
    for i, pg in enumerate(pages):
        if i:
            story.append(PageBreak())
        story.extend(pg)

    def deco(c, d):
        c.saveState()
        c.setFont(font, 8)
        c.drawCentredString(A4[0] / 2, 10 * mm, f"- {d.page} -")
        c.restoreState()
    doc.build(story, onFirstPage=deco, onLaterPages=deco)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(buf.getvalue())
