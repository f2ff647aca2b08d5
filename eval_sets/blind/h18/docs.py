"""The applicant's own documents: 附件1 联系人表, 附件2 申报表 (DOCX / XLSX / stamped scan),
附件3 申报书 (DOCX / text PDF), 附件4 汇总表 (XLSX variants / DOCX), 附件5 承诺 (scan / photo)."""
from __future__ import annotations

from pathlib import Path

import docx
import openpyxl
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

import lib
from labels import LABELS
from pagedoc import PageDoc

# (一级, 二级, 三级, 内容 as printed in 指标明细表, key) — key is the 附件4 label or a text key "t:…"
L1A, L1B, L1C = "一、平台基础情况（25%）", "二、平台关键技术能力（35%）", "三、平台效益及可持续发展能力（40%）"
ROWS = [
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
_G = (L1B, "2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力")
ROWS += [_G + r for r in [
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
_G = (L1B, "2.1 资源汇聚与配置", "2.1.2 工业软件/APP")
ROWS += [_G + r for r in [
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
ROWS += [
    (L1B, "2.2 数据管理与挖掘", "2.2.1 数据采集", "边缘数据处理能力", "t:边缘"),
    (L1B, "2.2 数据管理与挖掘", "2.2.1 数据采集", "其他数据采集能力", "t:其他采集"),
]
_G = (L1B, "2.2 数据管理与挖掘", "2.2.2 数据处理（存储计算能力）")
ROWS += [_G + r for r in [
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
_G = (L1B, "2.2 数据管理与挖掘", "2.2.3 数据建模和分析")
ROWS += [_G + r for r in [
    ("工业机理模型数量（个）", "工业机理模型数量（个）"),
    ("其中：活跃机理模型数量（一周调用5次以上）（个）", "活跃机理模型数量（一周调用5次以上）（个）"),
    ("核心工业模型平均月调用用户数量（个）", "核心工业模型平均月调用用户数量（个）"),
    ("按分类统计工业模型数量（个）", "按分类统计工业模型数量（个）"),
    ("是否提供通用建模分析算法", "t:通用算法"),
    ("智能分析算法类型", "t:算法类型"),
    ("数据分析平台均速度（每TB分级/秒级/毫秒级）", "数据分析平台均速度（每TB分级/秒级/毫秒级）"),
]]
ROWS += [
    (L1B, "2.3 微服务部署与调用", "2.3.1 平台微服务情况", "微服务数量（个）", "微服务数量（个）"),
    (L1B, "2.3 微服务部署与调用", "2.3.1 平台微服务情况", "其中：活跃微服务数量（一周调用5次以上）（个）", "活跃微服务数量（一周调用5次以上）（个）"),
    (L1B, "2.4 平台开发与使用", "2.4.1 平台开发者数量", "是否建立开发者社区及相关功能", "t:开发者社区"),
    (L1B, "2.4 平台开发与使用", "2.4.1 平台开发者数量", "开发者注册总数（个）", "开发者注册总数（个）"),
    (L1B, "2.4 平台开发与使用", "2.4.1 平台开发者数量", "其中：活跃开发者数（个）", "活跃开发者数（个）"),
    (L1B, "2.4 平台开发与使用", "2.4.2 应用开发服务能力", "平台支持开发语言类型", "t:语言"),
    (L1B, "2.4 平台开发与使用", "2.4.2 应用开发服务能力", "平台应用开发框架", "t:框架"),
    (L1B, "2.4 平台开发与使用", "2.4.2 应用开发服务能力", "平台应用开发工具", "t:工具"),
    (L1B, "2.5 安全体系", "2.5.1 安全制度建设", "是否针对平台制定了安全管理相关制度", "平台是否建立安全管理体系"),
    (L1B, "2.5 安全体系", "2.5.1 安全制度建设", "建立的安全制度保护了平台的哪些方面", "t:安全方面"),
    (L1B, "2.5 安全体系", "2.5.1 安全制度建设", "有否定期开展第三方安全测试/测评", "有否定期开展第三方安全测试/测评"),
    (L1B, "2.5 安全体系", "2.5.1 安全制度建设", "有否定期进行安全扫描", "有否定期进行安全扫描"),
    (L1B, "2.5 安全体系", "2.5.2 安全技术保障", "采用何种安全技术情况", "t:安全技术"),
    (L1B, "2.5 安全体系", "2.5.2 安全技术保障", "核心数据安全保护手段", "t:数据保护"),
]
_G = (L1C, "3.1 平台应用", "3.1.1 平台应用规模")
ROWS += [_G + r for r in [
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
_G = (L1C, "3.1 平台应用", "3.1.2 平台应用价值")
ROWS += [_G + r for r in [
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
_G = (L1C, "3.1 平台应用", "3.1.3 平台带动成效")
ROWS += [_G + r for r in [
    ("平台核心软硬件技术获得的专利数量（项）", "平台核心软硬件技术获得的专利数量（项）"),
    ("平台核心软硬件技术获得的软著数量（个）", "平台核心软硬件技术获得的软著数量（个）"),
    ("平台是否有自研形成的核心技术突破", "平台是否有自研形成的核心技术突破"),
    ("平台是否具备碳管理服务能力", "平台是否具备碳管理服务能力"),
    ("平台是否融合使用国家标识解析系统", "平台是否融合使用国家标识解析系统"),
    ("平台牵头/参与标准制定情况（国家标准、行业标准）", "t:标准"),
    ("平台获得省部级及以上奖项/荣誉数量（个）", "平台获得省部级及以上奖项/荣誉数量（个）"),
    ("平台建设与运营带动新增就业人数（人）", "平台建设与运营带动新增就业人数（人）"),
    ("平台社会贡献率（%）", "平台社会贡献率（%）"),
    ("平台对关键行业/领域、本市及其他重点区域等贡献及支撑", "t:贡献支撑"),
]]
ROWS += [
    (L1C, "3.2 平台生态建设", "3.2.1 平台开放", "是否建立供应链产业链开放共享机制", "t:开放机制"),
    (L1C, "3.2 平台生态建设", "3.2.1 平台开放", "平台开放共享数据的形式及数量", "平台开放共享数据的形式及数量"),
    (L1C, "3.2 平台生态建设", "3.2.2 平台生态", "合作平台数量（个）", "合作平台数量（个）"),
    (L1C, "3.2 平台生态建设", "3.2.2 平台生态", "跨平台调用功能建设情况", "t:跨平台"),
    (L1C, "3.2 平台生态建设", "3.2.2 平台生态", "新产业、新模式培育情况", "t:新模式"),
]


# ------------------------------------------------------------------ value formatting

def fnum(v, thousands=False, dp=None):
    if isinstance(v, bool):
        return "是" if v else "否"
    if isinstance(v, float) or dp:
        s = f"{v:,.2f}" if thousands else f"{v:.2f}"
        return s
    return f"{v:,}" if thousands else str(v)


def fdict(d: dict, thousands=False, sep="、", colon="："):
    return sep.join(f"{k}{colon}{fnum(v, thousands)}" for k, v in d.items())


def summary_value(label: str, v, P) -> str:
    """What a reviewer writes in the 附件4 cell."""
    if v is None:
        return ""
    if label == "平台近三年经营指标情况":
        return "；".join(f"{y}年平台营收{v[f'{y}年平台营收（万元）']:.2f}万元/增长率{v[f'{y}年增长率（%）']:.2f}%"
                        for y in (2021, 2022, 2023))
    if label == "平台订单数量(近一年总量)（个）":
        return "；".join(f"{k}：{n}个" for k, n in v.items())
    if label == "平台是否服务上海智能工厂，数量":
        return f"是，{v}家" if v else "否"
    if label == "数据分析平台均速度（每TB分级/秒级/毫秒级）":
        return P.speed_text
    if isinstance(v, dict):
        return fdict(v)
    if isinstance(v, bool):
        return "是" if v else "否"
    if isinstance(v, float):
        return f"{v:.2f}"
    return str(v)


def summary_norm(label: str, v):
    if label == "数据分析平台均速度（每TB分级/秒级/毫秒级）":
        return v
    return v


# ------------------------------------------------------------------ docx helpers

def _set_font(run, name="宋体", size=None, bold=None, color=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rf)
    rf.set(qn("w:eastAsia"), name)
    if size:
        run.font.size = Pt(size)
    if bold is not None:
        run.bold = bold
    if color:
        run.font.color.rgb = RGBColor(*color)


def new_doc(font_name="宋体", size=11, landscape=False):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = font_name
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font_name)
    sec = d.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_height, sec.page_width = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = sec.bottom_margin = Cm(2.3)
    cp = d.core_properties
    cp.author = "user"
    cp.last_modified_by = "user"
    cp.created = lib.FIXED_DT
    cp.modified = lib.FIXED_DT
    cp.revision = 1
    return d


def p(d, text, size=None, bold=False, align=None, font_name=None, indent=False, space_after=4):
    para = d.add_paragraph()
    r = para.add_run(("\u3000\u3000" if indent else "") + text)
    _set_font(r, font_name or d.styles["Normal"].font.name, size, bold)
    if align == "center":
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    para.paragraph_format.space_after = Pt(space_after)
    return para


def cell_text(cell, text, bold=False, size=9.5, font_name="宋体", align=None):
    cell.text = ""
    lines = str(text).split("\n")
    para = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            para = cell.add_paragraph()
        r = para.add_run(ln)
        _set_font(r, font_name, size, bold)
        if align == "center":
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER


def save_docx(d, path: Path):
    path.parent.mkdir(parents=True, exist_ok=True)
    d.save(path)
    lib.normalize_zip(path)


def save_xlsx(wb, path: Path):
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.properties.creator = "user"
    wb.properties.lastModifiedBy = "user"
    wb.properties.created = lib.FIXED_DT
    wb.properties.modified = lib.FIXED_DT
    wb.save(path)
    lib.normalize_zip(path)


# ------------------------------------------------------------------ 申报表 content

def form_sections(P):
    """(title, rows) for 一、企业基本情况 and 二、平台基本情况 as label/value pairs."""
    i = P.info
    one = [
        ("单位（企业）名称", P.company), ("单位（企业）代码", i["code"]), ("成立日期", i["founded"]),
        ("注册地及所在行政区", i["addr"]), ("企业类型", i["type"]), ("注册资本", i["capital"]),
        ("主营业务", i["business"]), ("法定代表人", i["legal"]), ("联系人", P.contact[0]), ("职务", P.contact[1]),
        ("联系人手机", P.contact[2]), ("传真", i.get("fax", "/")), ("电子邮箱", P.contact[3]),
        ("股权结构", i["equity"]),
        ("总资产（万元）", i["assets"]), ("主营业务收入（万元）", i["main_rev"]), ("主营业务收入增长率（%）", i["main_growth"]),
        ("负债率（%）", i["debt"]), ("利润总额（万元）", i["profit"]), ("税金（万元）", i["tax"]),
    ]
    D = P.D
    rv = D["平台近三年经营指标情况"]
    two = [
        ("平台名称", P.declared_name),
        ("建设时间", P.build_time_text),
        ("平台建设金额（万元）", P.cell("平台建设金额（万元）")),
        ("平台近三年经营指标情况", "\n".join(
            f"{y}年平台营收{rv[f'{y}年平台营收（万元）']:.2f}万元/增长率{rv[f'{y}年增长率（%）']:.2f}%" for y in (2021, 2022, 2023))),
        ("平台建设方式", P.build_mode_text),
        ("平台运营模式", P.op_mode_text),
        ("IaaS基础设施", P.iaas_text),
        ("部署方式", P.deploy_text),
        ("平台网址", f"{P.url}\n账号：{P.account[0]}  密码：{P.account[1]}"),
        ("平台基本情况介绍", P.intro),
        ("平台建设成效", P.effect),
    ]
    return one, two


def indicator_rows(P):
    out = []
    for l1, l2, l3, content, key in ROWS:
        default = "" if key.startswith("t:") else P.style.get("proof_default", "")
        out.append((l1, l2, l3, content, P.form_cell(key), P.proofs.get(key, default)))
    return out


def write_form_docx(P, path: Path, date_text: str):
    d = new_doc("仿宋" if P.style.get("font") == "fs" else "宋体", 11)
    p(d, "附件2", size=12, bold=True)
    for _ in range(3):
        p(d, "")
    p(d, "上海市工业互联网平台应用水平评价", size=22, bold=True, align="center")
    p(d, "申报表", size=26, bold=True, align="center")
    for _ in range(3):
        p(d, "")
    for k, v in [("申报年度", "2024年度"), ("平台名称", P.declared_name), ("申报单位", P.company + "（公章）"),
                 ("联 系 人", P.contact[0]), ("联系人电话", P.contact[2])]:
        p(d, f"{k}：{v}", size=14, align=None).paragraph_format.left_indent = Cm(2.5)
    for _ in range(4):
        p(d, "")
    p(d, "上海市经济和信息化委员会制", size=14, align="center")
    p(d, date_text, size=14, align="center")
    d.add_page_break()
    one, two = form_sections(P)
    p(d, "一、企业基本情况", size=14, bold=True)
    t = d.add_table(rows=0, cols=4)
    t.style = "Table Grid"
    for a in range(0, len(one), 2):
        row = t.add_row().cells
        for j, (k, v) in enumerate(one[a:a + 2]):
            cell_text(row[2 * j], k, bold=True)
            cell_text(row[2 * j + 1], v)
    p(d, "")
    p(d, "二、平台基本情况", size=14, bold=True)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in two:
        row = t.add_row().cells
        cell_text(row[0], k, bold=True)
        cell_text(row[1], v)
    d.add_page_break()
    p(d, "三、上海市工业互联网平台应用水平评价指标明细表", size=14, bold=True)
    rows = indicator_rows(P)
    t = d.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for j, h in enumerate(["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"]):
        cell_text(t.rows[0].cells[j], h, bold=True, align="center")
    for r in rows:
        cells = t.add_row().cells
        for j, v in enumerate(r):
            cell_text(cells[j], v, size=9)
    # merge repeated level cells
    for col in range(3):
        start = 1
        for i in range(2, len(rows) + 2):
            cur = rows[i - 1][col] if i - 1 < len(rows) else None
            if cur != rows[start - 1][col]:
                if i - 1 > start:
                    a, b = t.cell(start, col), t.cell(i - 1, col)
                    m = a.merge(b)
                    cell_text(m, rows[start - 1][col], size=9)
                start = i
    widths = [Cm(1.8), Cm(2.0), Cm(2.2), Cm(4.2), Cm(4.6), Cm(2.4)]
    for row in t.rows:
        for j, c in enumerate(row.cells):
            c.width = widths[j]
    p(d, "")
    p(d, f"申报单位（盖章）：{P.company}", size=12)
    p(d, f"填表日期：{date_text}", size=12)
    save_docx(d, path)


def write_form_xlsx(P, path: Path, date_text: str):
    wb = openpyxl.Workbook()
    thin = Side(style="thin")
    bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrapa = Alignment(wrap_text=True, vertical="center")
    ws = wb.active
    ws.title = "封面"
    ws.column_dimensions["A"].width = 18
    ws.column_dimensions["B"].width = 60
    ws["A2"] = "上海市工业互联网平台应用水平评价申报表"
    ws["A2"].font = Font(name="宋体", size=18, bold=True)
    for i, (k, v) in enumerate([("申报年度", "2024年度"), ("平台名称", P.declared_name), ("申报单位", P.company + "（公章）"),
                                ("联系人", P.contact[0]), ("联系人电话", P.contact[2]), ("日期", date_text)]):
        ws.cell(row=5 + i, column=1, value=k)
        ws.cell(row=5 + i, column=2, value=v)
    one, two = form_sections(P)
    ws = wb.create_sheet("一、企业基本情况")
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 70
    ws["A1"] = "一、企业基本情况"
    ws["A1"].font = Font(bold=True, size=13)
    for i, (k, v) in enumerate(one):
        a, b = ws.cell(row=3 + i, column=1, value=k), ws.cell(row=3 + i, column=2, value=v)
        a.border = b.border = bd
        b.alignment = wrapa
    ws = wb.create_sheet("二、平台基本情况")
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 90
    ws["A1"] = "二、平台基本情况"
    ws["A1"].font = Font(bold=True, size=13)
    for i, (k, v) in enumerate(two):
        a, b = ws.cell(row=3 + i, column=1, value=k), ws.cell(row=3 + i, column=2, value=v)
        a.border = b.border = bd
        b.alignment = wrapa
    ws = wb.create_sheet("三、指标明细表")
    heads = ["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"]
    for j, w in enumerate([14, 16, 18, 40, 60, 26]):
        ws.column_dimensions["ABCDEF"[j]].width = w
    ws["A1"] = "三、上海市工业互联网平台应用水平评价指标明细表"
    ws["A1"].font = Font(bold=True, size=13)
    for j, h in enumerate(heads):
        c = ws.cell(row=2, column=j + 1, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="DDEBF7")
        c.border = bd
    rows = indicator_rows(P)
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            key = ROWS[i][4]
            val = v
            if j == 4 and P.style.get("xlsx_numbers") and not key.startswith("t:"):
                raw = P.D.get(key)
                if isinstance(raw, (int, float)) and not isinstance(raw, bool) and key not in P.cell_over:
                    val = raw
            c = ws.cell(row=3 + i, column=j + 1, value=val)
            c.border = bd
            c.alignment = wrapa
    for col in range(3):
        start = 0
        for i in range(1, len(rows) + 1):
            if i == len(rows) or rows[i][col] != rows[start][col]:
                if i - 1 > start:
                    ws.merge_cells(start_row=3 + start, start_column=col + 1, end_row=3 + i - 1, end_column=col + 1)
                start = i
    save_xlsx(wb, path)


def form_scan_pages(P, date_text: str, seed: int) -> list:
    """The stamped, scanned 申报表: drawn with PIL, sealed on cover and last page, 骑缝章 on the edge."""
    doc = PageDoc(margin=100, kind="serif", footer="{n}")
    doc.space(40)
    doc.para("附件2", size=26, indent=False)
    doc.space(160)
    doc.heading("上海市工业互联网平台应用水平评价", size=46)
    doc.heading("申 报 表", size=56)
    doc.space(160)
    for k, v in [("申报年度", "2024年度"), ("平台名称", P.declared_name), ("申报单位", P.company + "（公章）"),
                 ("联 系 人", P.contact[0]), ("联系人电话", P.contact[2])]:
        doc.para(f"{k}：{v}", size=30, indent=False)
        doc.space(10)
    doc.space(220)
    doc.para("上海市经济和信息化委员会制", size=30, indent=False, align="center")
    doc.para(date_text, size=30, indent=False, align="center")
    doc.page_break()
    one, two = form_sections(P)
    doc.heading("一、企业基本情况", size=30, align="left")
    doc.table([1, 2, 1, 2], [[one[a][0], one[a][1], one[a + 1][0], one[a + 1][1]] for a in range(0, len(one), 2)],
              size=20, header=0)
    doc.heading("二、平台基本情况", size=30, align="left")
    doc.table([1, 4], [[k, v] for k, v in two], size=20, header=0)
    doc.page_break()
    doc.heading("三、上海市工业互联网平台应用水平评价指标明细表", size=28, align="left")
    rows = indicator_rows(P)
    table = [["三级指标", "内容", "平台实际情况", "证明资料"]]
    last = None
    for r in rows:
        table.append([r[2] if r[2] != last else "", r[3], r[4], r[5]])
        last = r[2]
    doc.table([1.3, 2.2, 3.6, 1.5], table, size=18)
    doc.space(30)
    doc.para(f"申报单位（盖章）：{P.company}", size=24, indent=False)
    doc.para(f"填表日期：{date_text}", size=24, indent=False)
    pages = doc.finish()
    out = []
    n = len(pages)
    for i, pg in enumerate(pages):
        pg = pg.convert("RGBA")
        if i == 0:
            lib.stamp(pg, P.company, (620, 980), 300, seed=seed)
        if i == n - 1:
            lib.stamp(pg, P.company, (560, min(doc.y - 260, 1350)), 300, seed=seed + 1)
        # 骑缝章: a slice of the seal on the right edge
        s = lib.seal(300, P.company, seed=seed + 7)
        sl = s.crop((int(300 * i / n), 0, int(300 * (i + 1) / n), 300))
        pg.paste(sl, (1240 - sl.width - 4, 760), sl)
        out.append(lib.scan_effect(pg, seed + i, bw=False))
    return out


# ------------------------------------------------------------------ 附件4 汇总表

def summary_rows(P):
    rows = []
    for lab in LABELS:
        v = P.summary_over.get(lab, P.D[lab])
        rows.append((lab, summary_value(lab, v, P) if lab not in P.summary_text else P.summary_text[lab]))
    return rows


def write_summary_xlsx(P, path: Path, layout: str = "vertical"):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "平台基本情况汇总表"
    thin = Side(style="thin")
    bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    rows = summary_rows(P)
    if layout == "horizontal":
        ws.cell(row=1, column=1, value="附件4 平台基本情况汇总表").font = Font(bold=True, size=14)
        for j, (lab, val) in enumerate(rows):
            a = ws.cell(row=2, column=j + 1, value=lab)
            b = ws.cell(row=3, column=j + 1, value=val)
            a.border = b.border = bd
            a.alignment = Alignment(wrap_text=True, vertical="center")
            a.font = Font(bold=True)
            ws.column_dimensions[openpyxl.utils.get_column_letter(j + 1)].width = 16
    else:
        ws.column_dimensions["A"].width = 8
        ws.column_dimensions["B"].width = 46
        ws.column_dimensions["C"].width = 70
        ws["A1"] = "附件4"
        ws["B2"] = "平台基本情况汇总表"
        ws["B2"].font = Font(bold=True, size=15)
        for j, h in enumerate(["", "指标", "填报内容"]):
            c = ws.cell(row=3, column=j + 1, value=h)
            c.font = Font(bold=True)
            c.border = bd
        for i, (lab, val) in enumerate(rows):
            a = ws.cell(row=4 + i, column=1, value=i + 1)
            b = ws.cell(row=4 + i, column=2, value=lab)
            c = ws.cell(row=4 + i, column=3, value=val)
            for x in (a, b, c):
                x.border = bd
                x.alignment = Alignment(wrap_text=True, vertical="center")
    save_xlsx(wb, path)


def write_summary_docx(P, path: Path):
    d = new_doc("仿宋", 11)
    p(d, "附件4", size=12, bold=True)
    p(d, "平台基本情况汇总表", size=18, bold=True, align="center")
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for lab, val in summary_rows(P):
        c = t.add_row().cells
        cell_text(c[0], lab, size=10, font_name="仿宋")
        cell_text(c[1], val, size=10, font_name="仿宋")
    save_docx(d, path)


# ------------------------------------------------------------------ 附件1 / 附件5

def write_contact_docx(P, path: Path):
    d = new_doc("宋体", 11)
    p(d, "附件1", size=12, bold=True)
    p(d, "联系人信息反馈表", size=18, bold=True, align="center")
    p(d, "2024年度上海市工业互联网平台应用水平评价工作", size=12, align="center")
    p(d, "一、联系人信息反馈", size=12, bold=True)
    t = d.add_table(rows=3, cols=6)
    t.style = "Table Grid"
    for j, h in enumerate(["序号", "姓名", "单位名称", "职务", "手机号码", "电子邮箱"]):
        cell_text(t.cell(0, j), h, bold=True)
    for i, row in enumerate([("联系人（主）",) + tuple(P.contact[:1]) + (P.company, P.contact[1], P.contact[2], P.contact[3]),
                             ("联系人（备用）",) + P.contact2]):
        for j, v in enumerate(row):
            cell_text(t.cell(i + 1, j), v)
    p(d, "")
    p(d, "二、评审会现场地址信息反馈", size=12, bold=True)
    p(d, f"具体地址*：{P.venue}")
    p(d, "*注：该场地信息将用于工作组安排后续评价工作。", size=9)
    save_docx(d, path)


def commitment_page(P, date_text: str, seed: int, sign_name: str):
    doc = PageDoc(margin=130, kind="serif", footer=None)
    doc.space(60)
    doc.para("附件5", size=28, indent=False)
    doc.space(60)
    doc.heading("真实性承诺", size=48)
    doc.space(60)
    doc.para("我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、准确、完整，"
             "如有不实，愿承担相应的法律责任及由此产生的一切后果。", size=32)
    doc.para("特此承诺。", size=32)
    doc.space(260)
    doc.para(f"申报单位：{P.company}（盖章）", size=30, indent=False)
    doc.space(40)
    y_sig = doc.y
    doc.para("法定代表人：            （签章）", size=30, indent=False)
    doc.space(40)
    doc.para(date_text, size=30, indent=False, align="right")
    pg = doc.finish()[0].convert("RGBA")
    lib.signature(pg, (330, y_sig - 14), sign_name, seed=seed)
    lib.stamp(pg, P.company, (560, y_sig - 230), 320, seed=seed + 3)
    return pg


# ------------------------------------------------------------------ 申报书

def write_book_docx(P, path: Path, sections: list[tuple[str, list]]):
    """sections: [(heading, [paragraph str | ('table', rows) | ('h2', text)])]"""
    d = new_doc(P.style.get("book_font", "宋体"), 12)
    p(d, "附件3", size=12, bold=True)
    for _ in range(4):
        p(d, "")
    p(d, "上海市工业互联网平台应用水平评价", size=22, bold=True, align="center")
    p(d, "申报书", size=26, bold=True, align="center")
    for _ in range(4):
        p(d, "")
    for k, v in [("申报年度", "2024年度"), ("平台名称", P.declared_name), ("申报单位", P.company + "（公章）"),
                 ("联 系 人", P.contact[0]), ("联系人电话", P.contact[2])]:
        p(d, f"{k}：{v}", size=14).paragraph_format.left_indent = Cm(2.5)
    for _ in range(4):
        p(d, "")
    p(d, "上海市经济和信息化委员会制", size=14, align="center")
    p(d, P.date_text, size=14, align="center")
    d.add_page_break()
    for head, items in sections:
        hp = d.add_heading(level=1)
        r = hp.add_run(head)
        _set_font(r, "黑体", 15, True, (0, 0, 0))
        for it in items:
            if isinstance(it, tuple) and it[0] == "h2":
                hp = d.add_heading(level=2)
                r = hp.add_run(it[1])
                _set_font(r, "黑体", 13, True, (0, 0, 0))
            elif isinstance(it, tuple) and it[0] == "table":
                rows = it[1]
                t = d.add_table(rows=0, cols=len(rows[0]))
                t.style = "Table Grid"
                for ri, row in enumerate(rows):
                    cells = t.add_row().cells
                    for j, v in enumerate(row):
                        cell_text(cells[j], v, bold=ri == 0, size=9.5)
                p(d, "")
            else:
                p(d, it, indent=True)
    save_docx(d, path)


def write_book_pdf(P, path: Path, sections):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    from reportlab.lib import colors

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    body = ParagraphStyle("b", fontName="STSong-Light", fontSize=11.5, leading=20, firstLineIndent=23, wordWrap="CJK")
    h1 = ParagraphStyle("h1", fontName="STSong-Light", fontSize=15, leading=24, spaceBefore=10, spaceAfter=6)
    h2 = ParagraphStyle("h2", fontName="STSong-Light", fontSize=12.5, leading=20, spaceBefore=6, spaceAfter=4)
    cov = ParagraphStyle("c", fontName="STSong-Light", fontSize=24, leading=36, alignment=1)
    cov2 = ParagraphStyle("c2", fontName="STSong-Light", fontSize=14, leading=26, leftIndent=60)
    cell = ParagraphStyle("t", fontName="STSong-Light", fontSize=9, leading=13, wordWrap="CJK")
    story = [Paragraph("附件3", body), Spacer(1, 4 * cm), Paragraph("上海市工业互联网平台应用水平评价", cov),
             Paragraph("申报书", cov), Spacer(1, 3 * cm)]
    for k, v in [("申报年度", "2024年度"), ("平台名称", P.declared_name), ("申报单位", P.company + "（公章）"),
                 ("联 系 人", P.contact[0]), ("联系人电话", P.contact[2])]:
        story.append(Paragraph(f"{k}：{v}", cov2))
    story += [Spacer(1, 3 * cm), Paragraph("上海市经济和信息化委员会制", ParagraphStyle("x", parent=cov2, leftIndent=0, alignment=1)),
              Paragraph(P.date_text, ParagraphStyle("y", parent=cov2, leftIndent=0, alignment=1)), PageBreak()]
    for head, items in sections:
        story.append(Paragraph(head, h1))
        for it in items:
            if isinstance(it, tuple) and it[0] == "h2":
                story.append(Paragraph(it[1], h2))
            elif isinstance(it, tuple) and it[0] == "table":
                rows = [[Paragraph(str(c), cell) for c in r] for r in it[1]]
                n = len(rows[0])
                t = Table(rows, colWidths=[(16.5 * cm) / n] * n)
                t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                       ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#EEEEEE"))]))
                story += [t, Spacer(1, 8)]
            else:
                story.append(Paragraph(it, body))

    def footer(c, d):
        c.setFont("STSong-Light", 9)
        c.drawCentredString(A4[0] / 2, 1.2 * cm, f"- {d.page} -")

    path.parent.mkdir(parents=True, exist_ok=True)
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=2.3 * cm, rightMargin=2.3 * cm, topMargin=2.2 * cm,
                            bottomMargin=2.2 * cm, invariant=1, title="申报书", author=P.company)
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


def text_pdf(path: Path, blocks, title="", author="", landscape=False, header: str = ""):
    """Generic reportlab text PDF. blocks: ('h', text) | ('p', text) | ('t', rows, widths) | ('sp', h) | ('pb',)"""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape as ls
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    size = ls(A4) if landscape else A4
    body = ParagraphStyle("b", fontName="STSong-Light", fontSize=10.5, leading=17, wordWrap="CJK")
    h = ParagraphStyle("h", fontName="STSong-Light", fontSize=14, leading=22, alignment=1, spaceAfter=6)
    cell = ParagraphStyle("t", fontName="STSong-Light", fontSize=9, leading=12, wordWrap="CJK")
    story = []
    for b in blocks:
        if b[0] == "h":
            story.append(Paragraph(b[1], h))
        elif b[0] == "p":
            story.append(Paragraph(b[1], body))
        elif b[0] == "sp":
            story.append(Spacer(1, b[1]))
        elif b[0] == "pb":
            story.append(PageBreak())
        elif b[0] == "t":
            rows = [[Paragraph(str(c), cell) for c in r] for r in b[1]]
            avail = size[0] - 4 * cm
            ws = [avail * w / sum(b[2]) for w in b[2]]
            t = Table(rows, colWidths=ws, repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8E8E8")),
                                   ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
            story += [t, Spacer(1, 8)]

    def deco(c, d):
        c.setFont("STSong-Light", 8.5)
        if header:
            c.drawString(2 * cm, size[1] - 1.2 * cm, header)
        c.drawCentredString(size[0] / 2, 1.1 * cm, f"第 {d.page} 页")

    path.parent.mkdir(parents=True, exist_ok=True)
    doc = SimpleDocTemplate(str(path), pagesize=size, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm,
                            bottomMargin=2 * cm, invariant=1, title=title, author=author)
    doc.build(story, onFirstPage=deco, onLaterPages=deco)
