"""The applicant's own documents: 附件1 联系人表, 附件2 申报表 (DOCX + stamped scan), 附件3 申报书, 附件4 汇总表, 附件5 承诺."""

from __future__ import annotations

import random
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

import kit
from labels import LABELS

# 指标明细表: (一级, 二级, 三级, 内容, key) — key is a 附件4 label, or "T:<name>" for a text answer only in the form
L1A, L1B, L1C = "一、平台基础情况（25%）", "二、平台关键技术能力（35%）", "三、平台效益及可持续发展能力（40%）"
FORM_ROWS = [
    (L1A, "1.1 战略定位及规划", "1.1.1 战略定位", "平台定位是否明确", "T:定位"),
    (L1A, "1.1 战略定位及规划", "1.1.1 战略定位", "是否符合国家/地方相关政策方向，是否符合行业/产业发展现状与趋势", "T:政策"),
    (L1A, "1.1 战略定位及规划", "1.1.2 规划制定", "平台是否被纳入企业战略规划中", "T:战略"),
    (L1A, "1.1 战略定位及规划", "1.1.2 规划制定", "是否制定了平台专项规划", "T:专项规划"),
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
_D = (L1B, "2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力")
FORM_ROWS += [(*_D, c, k) for c, k in [
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
    ("其他资源汇聚情况", "T:其他资源"),
]]
_A = (L1B, "2.1 资源汇聚与配置", "2.1.2 工业软件/APP")
FORM_ROWS += [(*_A, c, k) for c, k in [
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
FORM_ROWS += [
    (L1B, "2.2 数据管理与挖掘", "2.2.1 数据采集", "边缘数据处理能力", "T:边缘"),
    (L1B, "2.2 数据管理与挖掘", "2.2.1 数据采集", "其他数据采集能力", "T:其他采集"),
]
_S = (L1B, "2.2 数据管理与挖掘", "2.2.2 数据处理（存储计算能力）")
FORM_ROWS += [(*_S, c, k) for c, k in [
    ("是否支持可拓展云计算能力", "T:可拓展"),
    ("云化服务器算力", "T:算力"),
    ("平台实际用云量（台）", "平台实际用云量（台）"),
    ("平台公有云实际使用数量（台）", "平台公有云实际使用数量（台）"),
    ("存储容量（TB）", "存储容量（TB）"),
    ("存储工业数据量（TB）", "存储工业数据量（TB）"),
    ("公有云数据总量（TB）", "公有云数据总量（TB）"),
    ("存储资源利用率（%）", "存储资源利用率（%）"),
    ("数据基础管理能力", "T:数据管理"),
]]
_M = (L1B, "2.2 数据管理与挖掘", "2.2.3 数据建模和分析")
FORM_ROWS += [(*_M, c, k) for c, k in [
    ("工业机理模型数量（个）", "工业机理模型数量（个）"),
    ("其中：活跃机理模型数量（一周调用5次以上）（个）", "活跃机理模型数量（一周调用5次以上）（个）"),
    ("核心工业模型平均月调用用户数量（个）", "核心工业模型平均月调用用户数量（个）"),
    ("按分类统计工业模型数量（个）", "按分类统计工业模型数量（个）"),
    ("是否提供通用建模分析算法", "T:通用算法"),
    ("智能分析算法类型", "T:算法类型"),
    ("数据分析平台均速度（每TB分级/秒级/毫秒级）", "数据分析平台均速度（每TB分级/秒级/毫秒级）"),
]]
FORM_ROWS += [
    (L1B, "2.3 微服务部署与调用", "2.3.1 平台微服务情况", "微服务数量（个）", "微服务数量（个）"),
    (L1B, "2.3 微服务部署与调用", "2.3.1 平台微服务情况", "其中：活跃微服务数量（一周调用5次以上）（个）", "活跃微服务数量（一周调用5次以上）（个）"),
    (L1B, "2.4 平台开发与使用", "2.4.1 平台开发者数量", "是否建立开发者社区及相关功能", "T:社区"),
    (L1B, "2.4 平台开发与使用", "2.4.1 平台开发者数量", "开发者注册总数（个）", "开发者注册总数（个）"),
    (L1B, "2.4 平台开发与使用", "2.4.1 平台开发者数量", "其中：活跃开发者数（个）", "活跃开发者数（个）"),
    (L1B, "2.4 平台开发与使用", "2.4.2 应用开发服务能力", "平台支持开发语言类型", "T:语言"),
    (L1B, "2.4 平台开发与使用", "2.4.2 应用开发服务能力", "平台应用开发框架", "T:框架"),
    (L1B, "2.4 平台开发与使用", "2.4.2 应用开发服务能力", "平台应用开发工具", "T:工具"),
    (L1B, "2.5 安全体系", "2.5.1 安全制度建设", "是否针对平台制定了安全管理相关制度", "平台是否建立安全管理体系"),
    (L1B, "2.5 安全体系", "2.5.1 安全制度建设", "建立的安全制度保护了平台的哪些方面", "T:保护方面"),
    (L1B, "2.5 安全体系", "2.5.1 安全制度建设", "有否定期开展第三方安全测试/测评", "有否定期开展第三方安全测试/测评"),
    (L1B, "2.5 安全体系", "2.5.1 安全制度建设", "有否定期进行安全扫描", "有否定期进行安全扫描"),
    (L1B, "2.5 安全体系", "2.5.2 安全技术保障", "采用何种安全技术情况", "T:安全技术"),
    (L1B, "2.5 安全体系", "2.5.2 安全技术保障", "核心数据安全保护手段", "T:数据保护"),
]
_U = (L1C, "3.1 平台应用", "3.1.1 平台应用规模")
FORM_ROWS += [(*_U, c, k) for c, k in [
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
_V = (L1C, "3.1 平台应用", "3.1.2 平台应用价值")
FORM_ROWS += [(*_V, c, k) for c, k in [
    ("投资回报率（%）", "投资回报率（%）"),
    ("企业已上市或已获得VC/PE投资", "企业是否已上市或已获得VC/PE投资"),
    ("关键技术自主可控", "T:自主可控"),
    ("解决方案累计对企业/用户新增效益", "T:新增效益"),
    ("解决方案累计对企业/用户降低成本", "T:降低成本"),
    ("平台连接工业设备运维成本平均下降率（%）", "平台连接工业设备运维成本平均下降率（%）"),
    ("平台连接工业设备能耗平均下降率（%）", "平台连接工业设备能耗平均下降率（%）"),
    ("平台连接工业设备安全生产持续时间平均提升率（%）", "平台连接工业设备安全生产持续时间平均提升率（%）"),
    ("平台数据价值挖掘应用能力", "T:数据价值"),
    ("工业互联网平台+供应链协同应用情况", "T:供应链"),
    ("平台有否与新技术的融合应用", "T:新技术"),
    ("平台现有特色指数（个）", "平台现有特色指数（个）"),
]]
_E = (L1C, "3.1 平台应用", "3.1.3 平台带动成效")
FORM_ROWS += [(*_E, c, k) for c, k in [
    ("平台核心软硬件技术获得的专利数量（项）", "平台核心软硬件技术获得的专利数量（项）"),
    ("平台核心软硬件技术获得的软著数量（个）", "平台核心软硬件技术获得的软著数量（个）"),
    ("平台是否有自研形成的核心技术突破", "平台是否有自研形成的核心技术突破"),
    ("平台是否具备碳管理服务能力", "平台是否具备碳管理服务能力"),
    ("平台是否融合使用国家标识解析系统", "平台是否融合使用国家标识解析系统"),
    ("平台牵头/参与标准制定情况（国家标准、行业标准）", "T:标准"),
    ("平台获得省部级及以上奖项/荣誉数量（个）", "平台获得省部级及以上奖项/荣誉数量（个）"),
    ("平台建设与运营带动新增就业人数（人）", "平台建设与运营带动新增就业人数（人）"),
    ("平台社会贡献率（%）", "平台社会贡献率（%）"),
    ("平台对关键行业/领域、本市及其他重点区域等贡献及支撑", "T:贡献"),
]]
FORM_ROWS += [
    (L1C, "3.2 平台生态建设", "3.2.1 平台开放", "是否建立供应链产业链开放共享机制", "T:开放机制"),
    (L1C, "3.2 平台生态建设", "3.2.1 平台开放", "平台开放共享数据的形式及数量", "平台开放共享数据的形式及数量"),
    (L1C, "3.2 平台生态建设", "3.2.2 平台生态", "合作平台数量（个）", "合作平台数量（个）"),
    (L1C, "3.2 平台生态建设", "3.2.2 平台生态", "跨平台调用功能建设情况", "T:跨平台"),
    (L1C, "3.2 平台生态建设", "3.2.2 平台生态", "新产业、新模式培育情况", "T:新产业"),
]

_in_form = {k for *_, k in FORM_ROWS}
FRONT_LABELS = [lab for lab in LABELS if lab not in _in_form]  # 企业/平台基本情况 and 联系人表


def form_answer(pkg, key: str) -> str:
    if key.startswith("T:"):
        return pkg.texts[key[2:]]
    if key in pkg.form_text:
        return pkg.form_text[key]
    return pkg.values[key][0]


def _set_font(doc, name="宋体", size=10.5):
    st = doc.styles["Normal"]
    st.font.name = name
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), name)


def _cell(cell, text, bold=False, size=None):
    cell.text = ""
    run = cell.paragraphs[0].add_run(str(text))
    run.bold = bold
    if size:
        run.font.size = Pt(size)


# ----------------------------------------------------------------------------- 附件2 申报表
def write_form_docx(pkg, path: Path) -> None:
    p = pkg.p
    doc = Document()
    _set_font(doc, p.get("docx_font", "宋体"))
    doc.add_paragraph("附件2")
    doc.add_heading("上海市工业互联网平台应用水平评价申报表", level=1)
    for cap, val in (("申报年度", "2024年度"), ("平台名称", pkg.declared_name), ("申报单位", p["company"] + "（公章）"),
                     ("联系人", p["contact"]), ("联系人电话", p["phone"])):
        doc.add_paragraph(f"{cap}：{val}")
    doc.add_paragraph("上海市经济和信息化委员会制")
    doc.add_paragraph(pkg.form_date_cn)
    doc.add_page_break()
    doc.add_paragraph("一、企业基本情况")
    c = p["company_info"]
    t = doc.add_table(rows=0, cols=4)
    t.style = "Table Grid"
    rows = [("单位（企业）名称", p["company"], "单位（企业）代码", c["code"]),
            ("成立日期", c["founded"], "注册地及所在行政区", c["address"]),
            ("企业类型", c["type"], "注册资本", c["capital"]),
            ("主营业务", c["business"], "法定代表人", c["legal"]),
            ("联系人", p["contact"], "职务", c["title"]),
            ("联系人手机", p["phone"], "电子邮箱", p["email"]),
            ("总资产（万元）", c["assets"], "主营业务收入（万元）", c["income"]),
            ("负债率（%）", c["debt"], "利润总额（万元）", c["profit"])]
    for r in rows:
        cells = t.add_row().cells
        for i, x in enumerate(r):
            _cell(cells[i], x)
    doc.add_paragraph("")
    doc.add_paragraph("二、平台基本情况")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    v = pkg.values
    start, end = p["build_period"].split("-")
    rows2 = [
        ("平台名称", pkg.declared_name),
        ("建设时间", f"{start[:4]}年{int(start[5:7])}月至{end[:4]}年{int(end[5:7])}月"),
        ("平台建设金额（万元）", v["平台建设金额（万元）"][0]),
        ("平台近三年经营指标情况", v["平台近三年经营指标情况"][0].replace("；", "\n")),
        ("平台建设方式", "■ 自建  □ 合作共建" if v["平台建设方式"][0] == "自建" else "□ 自建  ■ 合作共建"),
        ("平台运营模式", {"自运营": "■ 自运营 □ 联合运营 □ 委托运营"}.get(v["平台运营模式"][0], v["平台运营模式"][0])),
        ("IaaS基础设施", p.get("iaas", "■ 自建  □ 租用")),
        ("部署方式", " ".join(("■ " if x in v["部署方式"][0].split("、") else "□ ") + x
                              for x in ("边缘侧", "私有云", "公有云", "混合云"))),
        ("平台网址", f"{p['url']}（账号：{p['account']}，密码：{p['password']}）"),
        ("平台基本情况介绍", pkg.texts["介绍"]),
        ("平台建设成效", pkg.texts["成效"]),
    ]
    for a, b in rows2:
        cells = t.add_row().cells
        _cell(cells[0], a)
        _cell(cells[1], b)
    doc.add_page_break()
    doc.add_paragraph("三、上海市工业互联网平台应用水平评价指标明细表")
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for i, h in enumerate(("一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料")):
        _cell(t.rows[0].cells[i], h, bold=True)
    first_row = {}
    for l1, l2, l3, content, key in FORM_ROWS:
        cells = t.add_row().cells
        row_idx = len(t.rows) - 1
        for col, val in ((0, l1), (1, l2), (2, l3)):
            prev = first_row.get(col)
            if prev and prev[0] == val:
                t.cell(prev[1], col).merge(cells[col])
            else:
                _cell(cells[col], val)
                first_row[col] = (val, row_idx)
        _cell(cells[3], content)
        _cell(cells[4], form_answer(pkg, key))
        _cell(cells[5], pkg.proofs.get(key, ""))
    doc.add_paragraph("")
    doc.add_paragraph(f"填表日期：{pkg.form_date_cn}")
    kit.save_docx(doc, path, p["company"])


def write_form_scan(pkg, path: Path, scratch: Path) -> None:
    """The stamped 申报表: our own A4 layout, rasterised, paper look, seals on the cover and last page."""
    p = pkg.p
    tmp = scratch / (path.stem + "_layout.pdf")
    pdf = kit.TextPdf(tmp, font=kit.FONT)
    pdf.gap(120)
    pdf.title("上海市工业互联网平台应用水平评价", 20, 10)
    pdf.title("申报表", 26, 60)
    for cap, val in (("申报年度", "2024年度"), ("平台名称", pkg.declared_name), ("申报单位", p["company"]),
                     ("联 系 人", p["contact"]), ("联系人电话", p["phone"])):
        pdf.line(f"{cap}：{val}", 13, left=110)
    pdf.gap(140)
    pdf.line("上海市经济和信息化委员会制", 12, center=True)
    pdf.line(pkg.form_date_cn, 12, center=True)
    pdf.new_page()
    pdf.heading("三、上海市工业互联网平台应用水平评价指标明细表")
    rows = [["内容", "平台实际情况", "证明资料"]]
    for *_, content, key in FORM_ROWS:
        rows.append([content, form_answer(pkg, key), pkg.proofs.get(key, "")])
    wrapped_table(pdf, rows, [150, 250, 110], size=7.5)
    pdf.gap(20)
    pdf.line(f"申报单位（盖章）：{p['company']}", 11, left=250)
    pdf.line(f"填表日期：{pkg.form_date_cn}", 11, left=250)
    pdf.close()
    rng = random.Random(p["seed"] + 7)
    pages = kit.rasterize(tmp, dpi=100)
    s = kit.seal(p["company"], 200, rng=rng)
    out = []
    for i, im in enumerate(pages):
        if i == 0:
            im = kit.stamp(im, s, (im.size[0] * 0.52, im.size[1] * 0.30))
        if i == len(pages) - 1:
            im = kit.stamp(im, s, (im.size[0] * 0.55, pdf_last_y(im)))
        out.append(kit.scan_look(im, rng))
    kit.images_to_pdf(out, path, quality=60, dpi=100)


def pdf_last_y(im):
    # seal over the signature block near the bottom of the last page's text: find the last dark row
    gray = im.convert("L")
    w, h = gray.size
    px = gray.load()
    last = h // 2
    for y in range(h - 1, 0, -4):
        if any(px[x, y] < 128 for x in range(0, w, 6)):
            last = y
            break
    return max(0, last - 150)


def wrapped_table(pdf: kit.TextPdf, rows, widths, size=8.0):
    total = sum(widths)
    left = (pdf.width - total) / 2
    c = pdf.c

    def lines_of(text, w):
        per = max(1, int((w - 6) / size))
        out = []
        for part in str(text).split("\n"):
            out += [part[i:i + per] for i in range(0, len(part), per)] or [""]
        return out

    def draw(cells):
        wrapped = [lines_of(x, w) for x, w in zip(cells, widths)]
        n = max(len(x) for x in wrapped)
        h = n * (size + 3) + 6
        if pdf.y - h < 50:
            pdf.new_page()
            draw_header()
        c.setLineWidth(0.5)
        c.rect(left, pdf.y - h, total, h)
        x = left
        for i, (lines, w) in enumerate(zip(wrapped, widths)):
            if i:
                c.line(x, pdf.y, x, pdf.y - h)
            c.setFont(pdf.font, size)
            for j, ln in enumerate(lines):
                c.drawString(x + 3, pdf.y - 3 - (j + 1) * (size + 3) + 3, ln)
            x += w
        pdf.y -= h

    def draw_header():
        draw_plain(rows[0])

    def draw_plain(cells):
        h = size + 9
        c.setLineWidth(0.5)
        c.rect(left, pdf.y - h, total, h)
        x = left
        for i, (t, w) in enumerate(zip(cells, widths)):
            if i:
                c.line(x, pdf.y, x, pdf.y - h)
            c.setFont(pdf.font, size)
            c.drawString(x + 3, pdf.y - h + 4, t)
            x += w
        pdf.y -= h

    draw_header()
    for r in rows[1:]:
        draw(r)


# ----------------------------------------------------------------------------- 附件1, 附件4, 附件5
def write_contacts(pkg, path: Path) -> None:
    p = pkg.p
    doc = Document()
    _set_font(doc)
    doc.add_paragraph("附件1")
    doc.add_heading("联系人信息反馈表", level=1)
    doc.add_paragraph("2024年度上海市工业互联网平台应用水平评价工作")
    doc.add_paragraph("一、联系人信息反馈")
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for i, h in enumerate(("序号", "姓名", "单位名称", "职务", "手机号码", "电子邮箱")):
        _cell(t.rows[0].cells[i], h)
    for tag, (name, title, phone, mail) in zip(("联系人（主）", "联系人（备用）"),
                                               ((p["contact"], p["company_info"]["title"], p["phone"], p["email"]),
                                                p["contact2"])):
        cells = t.add_row().cells
        for i, x in enumerate((tag, name, p["company"], title, phone, mail)):
            _cell(cells[i], x)
    doc.add_paragraph("二、评审会现场地址信息反馈")
    doc.add_paragraph(f"具体地址：{p['venue']}")
    kit.save_docx(doc, path, p["contact"])


def write_summary_xlsx(pkg, path: Path, horizontal=False) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "平台基本情况汇总表"
    vals = pkg.summary_values
    if horizontal:
        ws.append(["平台基本情况汇总表"])
        ws.append(LABELS)
        ws.append([_xl(vals[lab]) for lab in LABELS])
        for col in range(1, len(LABELS) + 1):
            ws.cell(2, col).alignment = Alignment(wrap_text=True)
    else:
        ws.append(["平台基本情况汇总表", None])
        ws.merge_cells("A1:B1")
        ws["A1"].font = Font(bold=True, size=14)
        ws.append(["项目", "内容"])
        for lab in LABELS:
            ws.append([lab, _xl(vals[lab])])
        ws.column_dimensions["A"].width = 46
        ws.column_dimensions["B"].width = 70
    kit.save_xlsx(wb, path, pkg.p["contact"])


def _xl(text: str):
    try:
        if text and text == text.strip() and not text.startswith("0") and "." not in text and text.isdigit():
            return int(text)
    except ValueError:
        pass
    return text


def write_summary_docx(pkg, path: Path) -> None:
    doc = Document()
    _set_font(doc)
    doc.add_paragraph("附件4")
    doc.add_heading("平台基本情况汇总表", level=1)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for lab in LABELS:
        cells = t.add_row().cells
        _cell(cells[0], lab)
        _cell(cells[1], pkg.summary_values[lab])
    kit.save_docx(doc, path, pkg.p["contact"])


def write_commitment_scan(pkg, path: Path, scratch: Path) -> None:
    p = pkg.p
    tmp = scratch / (path.stem + "_layout.pdf")
    pdf = kit.TextPdf(tmp)
    pdf.line("附件5", 12)
    pdf.gap(30)
    pdf.title("真实性承诺", 22, 40)
    pdf.para("我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、准确、"
             "完整，如有不实，愿承担相应的法律责任及由此产生的一切后果。", 13)
    pdf.para("特此承诺。", 13)
    pdf.gap(120)
    pdf.line(f"申报单位：{p['company']}（盖章）", 13, left=230)
    pdf.gap(20)
    pdf.line(f"法定代表人：{p['company_info']['legal']}（签章）", 13, left=230)
    pdf.gap(20)
    pdf.line(pkg.form_date_cn, 13, left=300)
    pdf.close()
    rng = random.Random(p["seed"] + 11)
    im = kit.rasterize(tmp, dpi=110)[0]
    im = kit.stamp(im, kit.seal(p["company"], 230, rng=rng), (im.size[0] * 0.5, im.size[1] * 0.52))
    kit.images_to_pdf([kit.scan_look(im, rng)], path, quality=65)


def write_commitment_docx(pkg, path: Path) -> None:
    p = pkg.p
    doc = Document()
    _set_font(doc)
    doc.add_paragraph("附件5")
    doc.add_heading("真实性承诺", level=1)
    doc.add_paragraph("我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、"
                      "准确、完整，如有不实，愿承担相应的法律责任及由此产生的一切后果。")
    doc.add_paragraph("特此承诺。")
    doc.add_paragraph(f"申报单位：{p['company']}（盖章）")
    doc.add_paragraph(f"法定代表人：{p['company_info']['legal']}（签章）")
    doc.add_paragraph(pkg.form_date_cn)
    kit.save_docx(doc, path, p["contact"])


# ----------------------------------------------------------------------------- 附件3 申报书
def write_book(pkg, path: Path) -> None:
    p = pkg.p
    doc = Document()
    _set_font(doc, p.get("docx_font", "宋体"))
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.PORTRAIT
    doc.add_paragraph("附件3")
    doc.add_heading("上海市工业互联网平台应用水平评价申报书", level=1)
    for cap, val in (("申报年度", "2024年度"), ("平台名称", pkg.declared_name), ("申报单位", p["company"] + "（公章）"),
                     ("联系人", p["contact"]), ("联系人电话", p["phone"])):
        doc.add_paragraph(f"{cap}：{val}")
    doc.add_paragraph(pkg.form_date_cn)
    doc.add_page_break()
    for title, paras in pkg.book_chapters():
        doc.add_heading(title, level=2)
        for para in paras:
            if isinstance(para, list):  # a table
                t = doc.add_table(rows=0, cols=len(para[0]))
                t.style = "Table Grid"
                for r in para:
                    cells = t.add_row().cells
                    for i, x in enumerate(r):
                        _cell(cells[i], x)
            else:
                doc.add_paragraph(para)
    kit.save_docx(doc, path, p["contact"])
