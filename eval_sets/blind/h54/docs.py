"""h54 documents: 申报表 DOCX (tracked changes + comments), its scan, 汇总表 XLSX, 申报书, 联系人表, letters."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt
from openpyxl.styles import Alignment, Font

from . import lib
from .model import LABELS

L1A, L1B, L1C = "一、平台基础情况（25%）", "二、平台关键技术能力（35%）", "三、平台效益及可持续发展能力（40%）"

# (一级, 二级, 三级, 内容 as printed in the notice, key: a 附件4 label or t:<text answer>)
FORM_ROWS = [
    (L1A, "1.1 战略定位及规划", "1.1.1 战略定位", "平台定位是否明确", "t:定位"),
    (L1A, "1.1 战略定位及规划", "1.1.1 战略定位", "是否符合国家/地方相关政策方向，是否符合行业/产业发展现状与趋势", "t:政策"),
    (L1A, "1.1 战略定位及规划", "1.1.2 规划制定", "平台是否被纳入企业战略规划中", "t:战略规划"),
    (L1A, "1.1 战略定位及规划", "1.1.2 规划制定", "是否制定了平台专项规划", "t:专项规划"),
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
_T = "2.1 资源汇聚与配置"
FORM_ROWS += [(L1B, _T, "2.1.1 工业设备连接/汇聚能力", c, k) for c, k in [
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
    ("其他资源汇聚情况", "t:其他资源"),
]]
FORM_ROWS += [(L1B, _T, "2.1.2 工业软件/APP", c, k) for c, k in [
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
_T = "2.2 数据管理与挖掘"
FORM_ROWS += [
    (L1B, _T, "2.2.1 数据采集", "边缘数据处理能力", "t:边缘"),
    (L1B, _T, "2.2.1 数据采集", "其他数据采集能力", "t:其他采集"),
]
FORM_ROWS += [(L1B, _T, "2.2.2 数据处理（存储计算能力）", c, k) for c, k in [
    ("是否支持可拓展云计算能力", "t:可拓展"),
    ("云化服务器算力", "t:算力"),
    ("平台实际用云量（台）", "平台实际用云量（台）"),
    ("平台公有云实际使用数量（台）", "平台公有云实际使用数量（台）"),
    ("存储容量（TB）", "存储容量（TB）"),
    ("存储工业数据量（TB）", "存储工业数据量（TB）"),
    ("公有云数据总量（TB）", "公有云数据总量（TB）"),
    ("存储资源利用率（%）", "存储资源利用率（%）"),
    ("数据基础管理能力", "t:数据管理"),
]]
FORM_ROWS += [(L1B, _T, "2.2.3 数据建模和分析", c, k) for c, k in [
    ("工业机理模型数量（个）", "工业机理模型数量（个）"),
    ("其中：活跃机理模型数量（一周调用5次以上）（个）", "活跃机理模型数量（一周调用5次以上）（个）"),
    ("核心工业模型平均月调用用户数量（个）", "核心工业模型平均月调用用户数量（个）"),
    ("按分类统计工业模型数量（个）", "按分类统计工业模型数量（个）"),
    ("是否提供通用建模分析算法", "t:通用算法"),
    ("智能分析算法类型", "t:算法类型"),
    ("数据分析平台均速度（每TB分级/秒级/毫秒级）", "数据分析平台均速度（每TB分级/秒级/毫秒级）"),
]]
FORM_ROWS += [
    (L1B, "2.3 微服务部署与调用", "2.3.1 平台微服务情况", "微服务数量（个）", "微服务数量（个）"),
    (L1B, "2.3 微服务部署与调用", "2.3.1 平台微服务情况", "其中：活跃微服务数量（一周调用5次以上）（个）", "活跃微服务数量（一周调用5次以上）（个）"),
    (L1B, "2.4 平台开发与使用", "2.4.1 平台开发者数量", "是否建立开发者社区及相关功能", "t:开发者社区"),
    (L1B, "2.4 平台开发与使用", "2.4.1 平台开发者数量", "开发者注册总数（个）", "开发者注册总数（个）"),
    (L1B, "2.4 平台开发与使用", "2.4.1 平台开发者数量", "其中：活跃开发者数（个）", "活跃开发者数（个）"),
    (L1B, "2.4 平台开发与使用", "2.4.2 应用开发服务能力", "平台支持开发语言类型", "t:语言"),
    (L1B, "2.4 平台开发与使用", "2.4.2 应用开发服务能力", "平台应用开发框架", "t:框架"),
    (L1B, "2.4 平台开发与使用", "2.4.2 应用开发服务能力", "平台应用开发工具", "t:工具"),
    (L1B, "2.5 安全体系", "2.5.1 安全制度建设", "是否针对平台制定了安全管理相关制度", "t:安全制度"),
    (L1B, "2.5 安全体系", "2.5.1 安全制度建设", "建立的安全制度保护了平台的哪些方面", "t:保护方面"),
    (L1B, "2.5 安全体系", "2.5.1 安全制度建设", "有否定期开展第三方安全测试/测评", "有否定期开展第三方安全测试/测评"),
    (L1B, "2.5 安全体系", "2.5.1 安全制度建设", "有否定期进行安全扫描", "有否定期进行安全扫描"),
    (L1B, "2.5 安全体系", "2.5.2 安全技术保障", "采用何种安全技术情况", "t:安全技术"),
    (L1B, "2.5 安全体系", "2.5.2 安全技术保障", "核心数据安全保护手段", "t:数据保护"),
]
_T = "3.1 平台应用"
FORM_ROWS += [(L1C, _T, "3.1.1 平台应用规模", c, k) for c, k in [
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
FORM_ROWS += [(L1C, _T, "3.1.2 平台应用价值", c, k) for c, k in [
    ("投资回报率（%）", "投资回报率（%）"),
    ("企业已上市或已获得VC/PE投资", "企业是否已上市或已获得VC/PE投资"),
    ("关键技术自主可控", "t:自主可控"),
    ("解决方案累计对企业/用户新增效益", "t:新增效益"),
    ("解决方案累计对企业/用户降低成本", "t:降低成本"),
    ("平台连接工业设备运维成本平均下降率（%）", "平台连接工业设备运维成本平均下降率（%）"),
    ("平台连接工业设备能耗平均下降率（%）", "平台连接工业设备能耗平均下降率（%）"),
    ("平台连接工业设备安全生产持续时间平均提升率（%）", "平台连接工业设备安全生产持续时间平均提升率（%）"),
    ("平台数据价值挖掘应用能力", "t:数据价值"),
    ("工业互联网平台+供应链协同应用情况", "t:供应链"),
    ("平台有否与新技术的融合应用", "t:新技术"),
    ("平台现有特色指数（个）", "平台现有特色指数（个）"),
]]
FORM_ROWS += [(L1C, _T, "3.1.3 平台带动成效", c, k) for c, k in [
    ("平台核心软硬件技术获得的专利数量（项）", "平台核心软硬件技术获得的专利数量（项）"),
    ("平台核心软硬件技术获得的软著数量（个）", "平台核心软硬件技术获得的软著数量（个）"),
    ("平台是否有自研形成的核心技术突破", "平台是否有自研形成的核心技术突破"),
    ("平台是否具备碳管理服务能力", "平台是否具备碳管理服务能力"),
    ("平台是否融合使用国家标识解析系统", "平台是否融合使用国家标识解析系统"),
    ("平台牵头/参与标准制定情况（国家标准、行业标准）", "t:标准"),
    ("平台获得省部级及以上奖项/荣誉数量（个）", "平台获得省部级及以上奖项/荣誉数量（个）"),
    ("平台建设与运营带动新增就业人数（人）", "平台建设与运营带动新增就业人数（人）"),
    ("平台社会贡献率（%）", "平台社会贡献率（%）"),
    ("平台对关键行业/领域、本市及其他重点区域等贡献及支撑", "t:区域贡献"),
]]
FORM_ROWS += [
    (L1C, "3.2 平台生态建设", "3.2.1 平台开放", "是否建立供应链产业链开放共享机制", "t:开放机制"),
    (L1C, "3.2 平台生态建设", "3.2.1 平台开放", "平台开放共享数据的形式及数量", "平台开放共享数据的形式及数量"),
    (L1C, "3.2 平台生态建设", "3.2.2 平台生态", "合作平台数量（个）", "合作平台数量（个）"),
    (L1C, "3.2 平台生态建设", "3.2.2 平台生态", "跨平台调用功能建设情况", "t:跨平台"),
    (L1C, "3.2 平台生态建设", "3.2.2 平台生态", "新产业、新模式培育情况", "t:新模式"),
]


def form_answer(pkg: dict, key: str) -> str:
    """The accepted text of a 指标明细表 cell."""
    if key.startswith("t:"):
        return pkg["texts"][key[2:]]
    if key in pkg.get("form_override", {}):
        return pkg["form_override"][key]
    long = pkg.get("long", {})
    return long.get(key, pkg["D"][key])


# ---------------------------------------------------------------- tracked changes and comments
_REV = [100]
DATE = "2024-07-18T17:42:00Z"


def _run_xml(text: str, deleted: bool = False) -> str:
    tag = "w:delText" if deleted else "w:t"
    return (f'<w:r><w:rPr><w:rFonts w:hint="eastAsia"/><w:sz w:val="18"/></w:rPr>'
            f'<{tag} xml:space="preserve">{text}</{tag}></w:r>')


def add_segments(par, segments, author: str):
    """segments: str | ('del', text) | ('ins', text). Writes w:del / w:ins revision marks."""
    for seg in segments:
        if isinstance(seg, str):
            r = par.add_run(seg)
            r.font.size = Pt(9)
            continue
        kind, text = seg
        _REV[0] += 1
        if kind == "del":
            el = parse_xml(f'<w:del {nsdecls("w")} w:id="{_REV[0]}" w:author="{author}" w:date="{DATE}">'
                           f'{_run_xml(text, True)}</w:del>')
        else:
            el = parse_xml(f'<w:ins {nsdecls("w")} w:id="{_REV[0]}" w:author="{author}" w:date="{DATE}">'
                           f'{_run_xml(text)}</w:ins>')
        par._p.append(el)


def add_comment(doc, run, text: str, author: str):
    com = doc.add_comment(run, text=text, author=author, initials=author[:1])
    com._comment_elm.date = dt.datetime(2024, 7, 18, 16, 5, 0, tzinfo=dt.timezone.utc)


def _cell(cell, text: str, size: float = 9, bold: bool = False):
    cell.text = ""
    r = cell.paragraphs[0].add_run(text)
    r.font.size = Pt(size)
    r.bold = bold
    return r


def build_form_docx(pkg: dict, path: Path, tracked: dict | None = None, comments: dict | None = None,
                    reviser: str = "", title_note: str = ""):
    """tracked: key -> list of segments (the whole cell); comments: key -> comment text (anchored on the cell)."""
    tracked = tracked or {}
    comments = comments or {}
    _REV[0] = 100
    s = pkg["spec"]
    doc = Document()
    st = doc.styles["Normal"]
    st.font.size = Pt(10.5)
    st.font.name = "宋体"
    doc.add_paragraph("附件2")
    h = doc.add_paragraph()
    h.add_run("上海市工业互联网平台应用水平评价\n申报表").bold = True
    doc.add_paragraph("申报年度：2024年度")
    doc.add_paragraph(f"平台名称：{s['platform']}")
    doc.add_paragraph(f"申报单位：{s['company']}（公章）")
    doc.add_paragraph(f"联 系 人：{s['contact']}")
    doc.add_paragraph(f"联系人电话：{s['phone']}")
    doc.add_paragraph("上海市经济和信息化委员会制          2024年7月18日")
    if title_note:
        doc.add_paragraph(title_note)
    doc.add_page_break()
    doc.add_paragraph("一、企业基本情况")
    t = doc.add_table(rows=0, cols=4)
    t.style = "Table Grid"
    for a, b, c, d in [
        ("单位（企业）名称", s["company"], "单位（企业）代码", s["uscc"]),
        ("成立日期", s["founded"], "注册地及所在行政区", s["reg_addr"]),
        ("企业类型", s["ent_type"], "注册资本", s["capital"]),
        ("主营业务", s["business"], "法定代表人", s["legal"]),
        ("联系人", s["contact"], "职务", s["title"]),
        ("联系人手机", s["phone"], "电子邮箱", s["email"]),
        ("总资产（万元）", s["co_assets"], "主营业务收入（万元）", s["co_rev"]),
        ("利润总额（万元）", s["co_profit"], "税金（万元）", s["co_tax"]),
    ]:
        cells = t.add_row().cells
        for cell, text in zip(cells, (a, b, c, d)):
            _cell(cell, text)
    doc.add_paragraph("")
    doc.add_paragraph("二、平台基本情况")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    g = s["_g"]
    r21, r22, r23 = s["rev"]
    basics = [
        ("平台名称", [s["platform"]]),
        ("建设时间", [s["build_time_cn"]]),
        ("平台建设金额（万元）", [f"{s['build_amount']:.2f}"]),
        ("平台近三年经营指标情况", tracked.get("平台近三年经营指标情况", [pkg["D"]["平台近三年经营指标情况"]])),
        ("平台建设方式", ["☑自建  □合作共建，合作企业名称（必填）：" if s.get("build_mode", "自建") == "自建"
                      else f"□自建  ☑合作共建，合作企业名称（必填）：{s['build_mode']}"]),
        ("平台运营模式", ["☑自运营  □联合运营  □委托运营"]),
        ("IaaS基础设施", [s["iaas"]]),
        ("部署方式", [s["deploy_boxes"]]),
        ("平台网址", [f"{s['url']}（演示账号：demo_{s['short']}，密码：Demo@2024）"]),
        ("平台基本情况介绍", [pkg["texts"]["介绍"]]),
        ("平台建设成效", [pkg["texts"]["成效"]]),
    ]
    for label, segs in basics:
        cells = t.add_row().cells
        _cell(cells[0], label, bold=True)
        cells[1].text = ""
        add_segments(cells[1].paragraphs[0], segs, reviser)
        if label in comments:
            add_comment(doc, cells[1].paragraphs[0].runs[0] if cells[1].paragraphs[0].runs else _cell(cells[1], ""),
                        comments[label], reviser)
    doc.add_page_break()
    doc.add_paragraph("三、上海市工业互联网平台应用水平评价指标明细表")
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for cell, text in zip(t.rows[0].cells, ("一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料")):
        _cell(cell, text, bold=True)
    prev = ("", "", "")
    for l1, l2, l3, content, key in FORM_ROWS:
        cells = t.add_row().cells
        _cell(cells[0], l1 if l1 != prev[0] else "")
        _cell(cells[1], l2 if l2 != prev[1] else "")
        _cell(cells[2], l3 if l3 != prev[2] else "")
        prev = (l1, l2, l3)
        _cell(cells[3], content)
        cells[4].text = ""
        par = cells[4].paragraphs[0]
        if key in tracked:
            add_segments(par, tracked[key], reviser)
        else:
            add_segments(par, [form_answer(pkg, key)], reviser)
        if key in comments:
            runs = par.runs or [par.add_run("")]
            add_comment(doc, runs[0], comments[key], reviser)
        _cell(cells[5], pkg["proofs"].get(key, ""), size=8)
    lib.save_docx(doc, path, s["contact"])


# ---------------------------------------------------------------- 汇总表 XLSX (vertical)
def build_summary_xlsx(pkg: dict, path: Path, overrides: dict | None = None):
    overrides = overrides or {}
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "平台基本情况汇总表"
    ws["A1"] = "平台基本情况汇总表"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:C1")
    ws.append(["序", "项目", "填报内容"])
    for i, label in enumerate(LABELS, 1):
        value = overrides.get(label, pkg["D"][label])
        ws.append([i, label, value])
    ws.column_dimensions["B"].width = 46
    ws.column_dimensions["C"].width = 80
    for row in ws.iter_rows(min_row=3):
        row[2].alignment = Alignment(wrap_text=True)
    lib.save_xlsx(wb, path, pkg["spec"]["contact"])


def build_contact_docx(pkg: dict, path: Path):
    s = pkg["spec"]
    doc = Document()
    doc.add_paragraph("附件1")
    doc.add_paragraph("联系人信息反馈表")
    doc.add_paragraph("2024年度上海市工业互联网平台应用水平评价工作")
    doc.add_paragraph("一、联系人信息反馈")
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for cell, text in zip(t.rows[0].cells, ("序号", "姓名", "单位名称", "职务", "手机号码", "电子邮箱")):
        cell.text = text
    for row in (("联系人（主）", s["contact"], s["company"], s["title"], s["phone"], s["email"]),
                ("联系人（备用）", s["contact2"], s["company"], s["title2"], s["phone2"], s["email2"])):
        cells = t.add_row().cells
        for cell, text in zip(cells, row):
            cell.text = text
    doc.add_paragraph("二、评审会现场地址信息反馈")
    doc.add_paragraph(f"具体地址*：{s['address']}")
    lib.save_docx(doc, path, s["contact"])
