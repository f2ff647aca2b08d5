"""The application documents of set h38: 申报表 (DOCX/XLSX + stamped scan), 申报书, 汇总表, 联系人表, 承诺, audit."""

from __future__ import annotations

import io
import random
from pathlib import Path

from docx.shared import Pt
from openpyxl.styles import Alignment, Font
from reportlab.lib.pagesizes import A4

import render as R
from model import Profile

L1A, L1B, L1C = "一、平台基础情况（25%）", "二、平台关键技术能力（35%）", "三、平台效益及可持续发展能力（40%）"

# (一级, 二级, 三级, 内容 as printed in the notice's 指标明细表, key: 附件4 label or T:text key)
ROWS = [
    (L1A, "1.1 战略定位及规划", "1.1.1 战略定位", "平台定位是否明确", "T:定位"),
    (L1A, "1.1 战略定位及规划", "1.1.1 战略定位", "是否符合国家/地方相关政策方向，是否符合行业/产业发展现状与趋势", "T:政策"),
    (L1A, "1.1 战略定位及规划", "1.1.2 规划制定", "平台是否被纳入企业战略规划中", "T:纳入"),
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
_B1 = (L1B, "2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力")
for content, key in [
    ("连接的工业设备/产品/产线种类及数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"),
    ("按二级分类统计工业设备数量（台/套）", None), ("按省市区域统计工业设备数量（台/套）", None),
    ("其中：公有云工业设备连接数量（台/套）", "公有云工业设备连接数量（台/套）"),
    ("按二级分类统计公有云工业设备数量（台/套）", None), ("按省市区域统计公有云工业设备数量（台/套）", None),
    ("其中：公有云工业设备平均日运行数量（台/套）", "公有云工业设备平均日运行数量（台/套）"),
    ("按二级分类统计公有云工业设备平均日运行数量（台/套）", None), ("按省市区域统计公有云工业设备平均日运行数量（台/套）", None),
    ("其中：海外设备连接数量（台/套）", "海外设备连接数量（台/套）"),
    ("其中：按海外国家分类统计海外设备连接数量", "按海外国家分类统计海外设备连接数量（台/套）"),
    ("工业协议兼容适配数量（个）", None), ("其他资源汇聚情况", "T:其他资源")]:
    ROWS.append((*_B1, content, key or content))
_B2 = (L1B, "2.1 资源汇聚与配置", "2.1.2 工业软件/APP")
for content, key in [
    ("工业软件总量（个）", None), ("工业APP数量（个）", None), ("其中：基于平台开发的工业APP数量（个）", "基于平台开发的工业APP数量（个）"),
    ("云化工业软件数量（个）", None), ("按分类统计工业APP数量（个）", None), ("按行业统计工业APP数量（个）", None),
    ("工业APP平均月活跃数量（个）", None), ("其中：杀手锏APP数量（个）", "杀手锏APP数量（个）"),
    ("公有云杀手锏APP平均日在线用户数（个）", None), ("杀手锏APP日活次数（次）", None), ("杀手锏APP月平均收入（万元）", None),
    ("其中：公有云工业APP数量（个）", "公有云工业APP数量（个）"),
    ("其中：公有云工业APP平均日活跃数量（个）", "公有云工业APP平均日活跃数量（个）"),
    ("其中：按分类统计公有云工业APP平均日活跃数量（个）", "按分类统计公有云工业APP平均日活跃数量（个）"),
    ("其中：按行业统计公有云工业APP平均日活跃数量（个）", "按行业统计公有云工业APP平均日活跃数量（个）")]:
    ROWS.append((*_B2, content, key or content))
for l2, l3, items in [
    ("2.2 数据管理与挖掘", "2.2.1 数据采集", [("边缘数据处理能力", "T:边缘"), ("其他数据采集能力", "T:其他采集")]),
    ("2.2 数据管理与挖掘", "2.2.2 数据处理（存储计算能力）", [
        ("是否支持可拓展云计算能力", "T:拓展"), ("云化服务器算力", "T:算力"), ("平台实际用云量（台）", None),
        ("平台公有云实际使用数量（台）", None), ("存储容量（TB）", None), ("存储工业数据量（TB）", None),
        ("公有云数据总量（TB）", None), ("存储资源利用率（%）", None), ("数据基础管理能力", "T:数据管理")]),
    ("2.2 数据管理与挖掘", "2.2.3 数据建模和分析", [
        ("工业机理模型数量（个）", None), ("其中：活跃机理模型数量（一周调用5次以上）（个）", "活跃机理模型数量（一周调用5次以上）（个）"),
        ("核心工业模型平均月调用用户数量（个）", None), ("按分类统计工业模型数量（个）", None),
        ("是否提供通用建模分析算法", "T:通用算法"), ("智能分析算法类型", "T:算法类型"),
        ("数据分析平台均速度（每TB分级/秒级/毫秒级）", None)]),
    ("2.3 微服务部署与调用", "2.3.1 平台微服务情况", [
        ("微服务数量（个）", None), ("其中：活跃微服务数量（一周调用5次以上）（个）", "活跃微服务数量（一周调用5次以上）（个）")]),
    ("2.4 平台开发与使用", "2.4.1 平台开发者数量", [
        ("是否建立开发者社区及相关功能", "T:社区"), ("开发者注册总数（个）", None), ("其中：活跃开发者数（个）", "活跃开发者数（个）")]),
    ("2.4 平台开发与使用", "2.4.2 应用开发服务能力", [
        ("平台支持开发语言类型", "T:语言"), ("平台应用开发框架", "T:框架"), ("平台应用开发工具", "T:工具")]),
    ("2.5 安全体系", "2.5.1 安全制度建设", [
        ("是否针对平台制定了安全管理相关制度", "平台是否建立安全管理体系"), ("建立的安全制度保护了平台的哪些方面", "T:保护"),
        ("有否定期开展第三方安全测试/测评", None), ("有否定期进行安全扫描", None)]),
    ("2.5 安全体系", "2.5.2 安全技术保障", [("采用何种安全技术情况", "T:安全技术"), ("核心数据安全保护手段", "T:数据保护")])]:
    for content, key in items:
        ROWS.append((L1B, l2, l3, content, key or content))
for l2, l3, items in [
    ("3.1 平台应用", "3.1.1 平台应用规模", [
        ("注册企业用户数（个）", None), ("其中：实际服务企业数（个）", "实际服务企业数（个）"), ("按行业统计服务企业数（个）", None),
        ("按省市区域统计服务企业数（个）", None), ("其中：付费企业数（个）", "付费企业数（个）"),
        ("其中：服务本市企业数量（个）", "服务本市企业数量（个）"), ("其中：服务中小企业数量（个）", "服务中小企业数量（个）"),
        ("平台订单数量（个），填写近一年总量", "平台订单数量(近一年总量)（个）"), ("平台交易规模年增长率（%）", None),
        ("工业APP订阅总数量（个）", None), ("其中：杀手锏工业APP订阅数量（个）", "杀手锏工业APP订阅数量（个）"),
        ("工业APP订阅总金额（万元）", None), ("平台连接工业设备利用率（%）", None), ("平台国产化率（%）", None),
        ("平台是否服务上海智能工厂，数量", None), ("平台服务园区总数（个）", None), ("平台提供的解决方案总数（个）", None),
        ("其中：按新模式统计解决方案数量（个）", "按新模式统计解决方案数量（个）")]),
    ("3.1 平台应用", "3.1.2 平台应用价值", [
        ("投资回报率（%）", None), ("企业已上市或已获得VC/PE投资", "企业是否已上市或已获得VC/PE投资"),
        ("关键技术自主可控", "T:自主可控"), ("解决方案累计对企业/用户新增效益", "T:新增效益"),
        ("解决方案累计对企业/用户降低成本", "T:降低成本"), ("平台连接工业设备运维成本平均下降率（%）", None),
        ("平台连接工业设备能耗平均下降率（%）", None), ("平台连接工业设备安全生产持续时间平均提升率（%）", None),
        ("平台数据价值挖掘应用能力", "T:价值挖掘"), ("工业互联网平台+供应链协同应用情况", "T:供应链"),
        ("平台有否与新技术的融合应用", "T:新技术"), ("平台现有特色指数（个）", None)]),
    ("3.1 平台应用", "3.1.3 平台带动成效", [
        ("平台核心软硬件技术获得的专利数量（项）", None), ("平台核心软硬件技术获得的软著数量（个）", None),
        ("平台是否有自研形成的核心技术突破", None), ("平台是否具备碳管理服务能力", None),
        ("平台是否融合使用国家标识解析系统", None), ("平台牵头/参与标准制定情况（国家标准、行业标准）", "T:标准"),
        ("平台获得省部级及以上奖项/荣誉数量（个）", None), ("平台建设与运营带动新增就业人数（人）", None),
        ("平台社会贡献率（%）", None), ("平台对关键行业/领域、本市及其他重点区域等贡献及支撑", "T:贡献")]),
    ("3.2 平台生态建设", "3.2.1 平台开放", [
        ("是否建立供应链产业链开放共享机制", "T:开放机制"), ("平台开放共享数据的形式及数量", None)]),
    ("3.2 平台生态建设", "3.2.2 平台生态", [
        ("合作平台数量（个）", None), ("跨平台调用功能建设情况", "T:跨平台"), ("新产业、新模式培育情况", "T:新产业")])]:
    for content, key in items:
        ROWS.append((L1C, l2, l3, content, key or content))


def texts(p: Profile) -> dict[str, str]:
    s = p.s
    w = s.industry_word
    ms = p.declared["微服务数量（个）"][0]
    t = {
        "定位": f"面向{w}行业的工业互联网平台，聚焦设备互联、生产管控与供应链协同。",
        "政策": f"工业和信息化部《工业互联网创新发展行动计划（2021-2023年）》——平台体系建设；{w}行业数字化转型加速，设备联网与数据驱动运营成为趋势。",
        "纳入": f"是，已纳入《{s.company}“十四五”数字化转型规划》",
        "专项规划": f"是，《{s.listed_name}三年发展专项规划（2023-2025）》",
        "其他资源": f"除设备外，平台汇聚{w}行业工艺知识条目1,260条、供应商资源380家、检测报告模板96类，支撑协同制造与质量追溯。",
        "边缘": f"方案支持数据采集、数据存储、网络传输、智能分析；边缘计算应用节点数{p.rng.randint(60, 400)}个；最低响应时延10毫秒。",
        "其他采集": "支持对ERP、MES、WMS、LIMS等软件系统及第三方平台通过API、数据库同步和消息队列方式采集数据，日均采集记录约2,000万条。",
        "拓展": "是", "算力": f"通用计算实例与GPU实例合计约{int(p.cloud_srv * 16)}核vCPU，按需弹性扩容。",
        "数据管理": "建立数据标准管理、数据质量管理、元数据与主数据管理制度，按数据分类分级实施规范管理并定期开展质量稽核。",
        "通用算法": "是", "算法类型": "基础算法、聚类算法、分类算法、预测与估算算法、关联分析算法",
        "社区": "是", "语言": "共4种：Java、Python、C++、JavaScript",
        "框架": f"基于容器与微服务架构的低代码开发框架，提供{ms}个微服务组件、统一认证与消息总线，支持应用快速编排与发布。",
        "工具": "提供可视化组态工具、低代码表单与流程设计器、模型训练工具链及API调试工具，支持在线调试与版本管理。",
        "保护": "数据安全、传输安全、访问登录安全、代码安全、应用安全、网络安全。",
        "安全技术": "采用防火墙、网络隔离、传输加密、统一身份认证、多因素认证、入侵检测与日志审计等安全技术。",
        "数据保护": "核心数据每日增量备份、每周全量离线备份，数据库双机热备，并在异地数据中心设置灾备。",
        "自主可控": "设备接入网关、时序数据库、工业模型引擎均为自主研发，核心技术自主可控。",
        "新增效益": "三个案例企业平均带动营收增长约8%，新增就业岗位约60个，安全生产持续时间平均提升约20%。",
        "降低成本": "三个案例企业平均降低运维成本约17%，单位产品能耗平均下降约9%。",
        "价值挖掘": f"基于{w}行业设备与工艺数据，沉淀故障诊断、能耗优化、质量预测等模型，实现工业知识的沉淀与复用。",
        "供应链": "平台与上下游企业ERP、SRM系统对接，实现订单、库存、物流信息共享，供应商在线协同与绩效评价，带动供应链整体交付效率提升。",
        "新技术": "有，平台融合5G、边缘计算、数字孪生与AI大模型技术，用于设备预测性维护和生产排程优化。",
        "标准": "参与制定行业标准2项、团体标准3项。",
        "贡献": f"支撑本市{w}行业重点企业数字化转型，带动长三角上下游企业协同发展。",
        "开放机制": "是，平台向产业链上下游开放数据接口与应用功能，按授权机制共享订单、质量和库存数据。",
        "跨平台": "已与多家合作平台实现账号互认、数据接口对接和应用互调。",
        "新产业": "有，培育设备运维服务化、按需订阅等新模式。",
    }
    return t


def cell_value(p: Profile, key: str, t: dict) -> str:
    if key.startswith("T:"):
        return t[key[2:]]
    return p.declared[key][0]


def basic_rows(p: Profile, t: dict) -> list[tuple[str, str]]:
    s = p.s
    d = p.declared
    intro = (f"{d['平台名称'][0]}是{s.company}打造的{d['平台性质'][0]}，面向{s.industry_word}行业提供设备接入、"
             f"数据分析、工业APP与供应链协同服务。平台已连接工业设备{d['连接的工业设备/产品/产线种类及数量（台/套）'][0]}台/套，"
             f"服务企业{d['实际服务企业数（个）'][0]}家。")
    return [
        ("平台名称", d["平台名称"][0]),
        ("建设时间", s.build.replace(".", "年", 1).replace("-", "月至", 1).replace(".", "年") + "月"),
        ("平台建设金额（万元）", d["平台建设金额（万元）"][0]),
        ("平台近三年经营指标情况", d["平台近三年经营指标情况"][0]),
        ("平台建设方式", d["平台建设方式"][0]),
        ("平台运营模式", d["平台运营模式"][0]),
        ("IaaS基础设施", s.iaas),
        ("部署方式", d["部署方式"][0]),
        ("平台网址", f"{d['平台网址'][0]}（评审账号：review2024，密码：{s.extra['pwd']}）"),
        ("平台基本情况介绍", intro),
        ("平台建设成效", f"平台解决了{s.industry_word}行业设备数据分散、生产协同效率低等痛点，带动上下游企业数字化转型，经济和社会效益显著。"),
    ]


def company_rows(p: Profile) -> list[tuple[str, str]]:
    s = p.s
    name, title, phone = s.contact
    return [("单位（企业）名称", s.company), ("单位（企业）代码", s.extra["uscc"]), ("成立日期", s.extra["founded"]),
            ("注册地及所在行政区", s.extra["reg_addr"]), ("企业类型", s.extra["type"]), ("注册资本", s.extra["capital"]),
            ("主营业务", s.extra["business"]), ("法定代表人", s.extra["legal"]), ("联系人", name), ("职务", title),
            ("联系人手机", phone), ("电子邮箱", p.email),
            ("总资产（万元）", s.extra["assets"]), ("主营业务收入（万元）", s.extra["co_rev"]),
            ("主营业务收入增长率（%）", s.extra["co_growth"]), ("负债率（%）", s.extra["debt"]),
            ("利润总额（万元）", s.extra["co_profit"]), ("税金（万元）", s.extra["tax"])]


def form_docx(p: Profile, path: Path, proofs: dict[str, str]) -> None:
    t = texts(p)
    doc = R.new_docx("宋体")
    doc.add_heading("上海市工业互联网平台应用水平评价申报表", 0)
    for line in (f"申报年度：2024年度", f"平台名称：{p.declared['平台名称'][0]}", f"申报单位：{p.s.company}（公章）",
                 f"联 系 人：{p.s.contact[0]}", f"联系人电话：{p.s.contact[2]}", "填表日期：2024年7月15日"):
        doc.add_paragraph(line)
    doc.add_heading("一、企业基本情况", 1)
    tb = doc.add_table(rows=0, cols=2)
    tb.style = "Table Grid"
    for a, b in company_rows(p):
        r = tb.add_row().cells
        r[0].text, r[1].text = a, b
    doc.add_heading("二、平台基本情况", 1)
    tb = doc.add_table(rows=0, cols=2)
    tb.style = "Table Grid"
    for a, b in basic_rows(p, t):
        r = tb.add_row().cells
        r[0].text, r[1].text = a, b
    doc.add_heading("三、上海市工业互联网平台应用水平评价指标明细表", 1)
    tb = doc.add_table(rows=1, cols=6)
    tb.style = "Table Grid"
    for c, h in zip(tb.rows[0].cells, ["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"]):
        c.text = h
    prev = (None, None, None)
    for l1, l2, l3, content, key in ROWS:
        r = tb.add_row().cells
        r[0].text = l1 if l1 != prev[0] else ""
        r[1].text = l2 if l2 != prev[1] else ""
        r[2].text = l3 if l3 != prev[2] else ""
        prev = (l1, l2, l3)
        r[3].text = content
        r[4].text = cell_value(p, key, t)
        r[5].text = proofs.get(key, "")
    R.save_docx(doc, path)


def form_xlsx(p: Profile, path: Path, proofs: dict[str, str]) -> None:
    t = texts(p)
    wb = R.new_workbook()
    ws = wb.active
    ws.title = "企业基本情况"
    ws.append(["一、企业基本情况"])
    for a, b in company_rows(p):
        ws.append([a, b])
    ws2 = wb.create_sheet("平台基本情况")
    ws2.append(["二、平台基本情况"])
    for a, b in basic_rows(p, t):
        ws2.append([a, b])
    ws3 = wb.create_sheet("指标明细表")
    ws3.append(["三、上海市工业互联网平台应用水平评价指标明细表"])
    ws3.append(["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"])
    for l1, l2, l3, content, key in ROWS:
        ws3.append([l1, l2, l3, content, cell_value(p, key, t), proofs.get(key, "")])
    for col, wdt in zip("ABCDEF", (14, 16, 18, 40, 60, 30)):
        ws3.column_dimensions[col].width = wdt
    R.save_xlsx(wb, path)


def _lines_pdf(pages: list[list[str]]) -> bytes:
    buf = io.BytesIO()
    c = R.new_canvas(buf)
    for lines in pages:
        y = 800
        for ln in lines:
            size = 14 if ln.startswith("#") else 8.5
            R.text(c, 48, y, ln.lstrip("#"), size)
            y -= 20 if size > 9 else 13
        c.showPage()
    c.save()
    return buf.getvalue()


def form_scan(p: Profile, path: Path, rng: random.Random) -> None:
    t = texts(p)
    pages = [["#上海市工业互联网平台应用水平评价", "#申报表", "", f"申报年度：2024年度", f"平台名称：{p.declared['平台名称'][0]}",
              f"申报单位：{p.s.company}（公章）", f"联系人：{p.s.contact[0]}  电话：{p.s.contact[2]}", "", "2024年7月15日"]]
    lines = ["#一、企业基本情况"] + [f"{a}：{b}" for a, b in company_rows(p)] + ["#二、平台基本情况"]
    for a, b in basic_rows(p, t):
        for k, piece in enumerate(R.wrap(f"{a}：{b}", 46)):
            lines.append(piece)
    lines.append("#三、指标明细表")
    for _, _, l3, content, key in ROWS:
        for piece in R.wrap(f"{content}：{cell_value(p, key, t)}", 46):
            lines.append(piece)
    chunk = 54
    pages += [lines[i:i + chunk] for i in range(0, len(lines), chunk)]
    imgs = R.rasterize(_lines_pdf(pages), 1.3)
    out = []
    for i, im in enumerate(imgs):
        if i in (0, len(imgs) - 1):
            im = R.seal(im, int(im.width * 0.68), int(im.height * (0.62 if i == 0 else 0.8)), 120, p.s.company, rng)
            out.append(R.scanify(im, rng, bw=False))
        else:
            out.append(R.scanify(im, rng, bw=True))
    R.images_to_pdf(out, path)


def commitment_scan(p: Profile, path: Path, rng: random.Random) -> None:
    pdf = _lines_pdf([["#真实性承诺", "", "我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）",
                       "内容均真实、准确、完整，如有不实，愿承担相应的法律责任及由此产生的一切后果。", "", "特此承诺。", "", "",
                       f"申报单位：{p.s.company}（盖章）", f"法定代表人：{p.s.extra['legal']}（签章）", "", "2024年7月16日"]])
    im = R.rasterize(pdf, 1.3)[0]
    im = R.seal(im, int(im.width * 0.55), int(im.height * 0.3), 120, p.s.company, rng)
    R.images_to_pdf([R.scanify(im, rng, bw=False)], path)


def commitment_docx(p: Profile, path: Path) -> None:
    doc = R.new_docx()
    doc.add_heading("真实性承诺", 1)
    doc.add_paragraph("我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、准确、完整，"
                      "如有不实，愿承担相应的法律责任及由此产生的一切后果。")
    doc.add_paragraph("特此承诺。")
    doc.add_paragraph(f"申报单位：{p.s.company}（盖章）")
    doc.add_paragraph(f"法定代表人：{p.s.extra['legal']}（签章）")
    doc.add_paragraph("2024年7月16日")
    R.save_docx(doc, path)


def contact_docx(p: Profile, path: Path) -> None:
    doc = R.new_docx()
    doc.add_heading("联系人信息反馈表", 1)
    doc.add_paragraph("2024年度上海市工业互联网平台应用水平评价工作")
    doc.add_paragraph("一、联系人信息反馈")
    tb = doc.add_table(rows=1, cols=6)
    tb.style = "Table Grid"
    for c, h in zip(tb.rows[0].cells, ["序号", "姓名", "单位名称", "职务", "手机号码", "电子邮箱"]):
        c.text = h
    name, title, phone = p.s.contact
    for row in (["联系人（主）", name, p.s.company, title, phone, p.email],
                ["联系人（备用）", p.s.extra["backup"][0], p.s.company, p.s.extra["backup"][1], p.s.extra["backup"][2],
                 f"backup_{p.s.extra['backup'][2][-4:]}@{p.s.email_domain}"]):
        cells = tb.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    doc.add_paragraph("二、评审会现场地址信息反馈")
    doc.add_paragraph(f"具体地址：{p.s.address}")
    R.save_docx(doc, path)


SUMMARY_PRINTED = {  # 附件4 label as printed in the template where it differs in wrapping only
    "平台近三年经营指标情况": "平台近三年经营指标情况",
}


def summary_values(p: Profile, overrides: dict[str, str]) -> list[tuple[str, str]]:
    out = []
    for lab, (val, _) in p.declared.items():
        if lab in ("平台是否建立安全管理体系", "有否定期开展第三方安全测试/测评", "有否定期进行安全扫描",
                   "企业是否已上市或已获得VC/PE投资", "平台是否有自研形成的核心技术突破", "平台是否具备碳管理服务能力",
                   "平台是否融合使用国家标识解析系统"):
            val = "是" if p.declared[lab][1] else "否"
        if lab == "建设时间":
            a, b = val.split("-")
            val = f"{a}.01-{b}.31"
        out.append((lab, overrides.get(lab, val)))
    return out


def summary_xlsx(p: Profile, path: Path, overrides: dict[str, str]) -> None:
    wb = R.new_workbook()
    ws = wb.active
    ws.title = "平台基本情况汇总表"
    ws.append(["平台基本情况汇总表"])
    ws.append(["项目", "内容"])
    for lab, val in summary_values(p, overrides):
        ws.append([lab, val])
    ws.column_dimensions["A"].width = 44
    ws.column_dimensions["B"].width = 80
    for row in ws.iter_rows(min_row=3):
        row[1].alignment = Alignment(wrap_text=True)
    ws["A1"].font = Font(bold=True, size=14)
    R.save_xlsx(wb, path)


def summary_docx(p: Profile, path: Path, overrides: dict[str, str]) -> None:
    doc = R.new_docx()
    doc.add_heading("平台基本情况汇总表", 1)
    tb = doc.add_table(rows=0, cols=2)
    tb.style = "Table Grid"
    for lab, val in summary_values(p, overrides):
        r = tb.add_row().cells
        r[0].text, r[1].text = lab, val
    R.save_docx(doc, path)


def narrative_docx(p: Profile, path: Path, annex: list[str], with_7: bool) -> None:
    s, d = p.s, p.declared
    doc = R.new_docx("仿宋")
    doc.add_heading("上海市工业互联网平台应用水平评价申报书", 0)
    doc.add_paragraph(f"平台名称：{d['平台名称'][0]}")
    doc.add_paragraph(f"申报单位：{s.company}（公章）")
    doc.add_heading("一、申报单位简介", 1)
    doc.add_paragraph(f"{s.company}成立于{s.extra['founded']}，主营{s.extra['business']}。公司持续投入工业互联网平台建设，"
                      "形成了覆盖技术研发、实施交付与运营服务的专业团队。")
    doc.add_heading("二、平台建设及运营情况", 1)
    doc.add_paragraph(f"{d['平台名称'][0]}于{s.build.split('-')[0]}启动建设，采用{d['平台建设方式'][0]}方式，"
                      f"部署方式为{d['部署方式'][0]}，定位为{d['平台性质'][0]}。平台技术架构包括边缘层、IaaS层、PaaS层和应用层。")
    doc.add_paragraph("平台运营方面，平台后台管理系统按月导出设备台账、企业用户和应用清单，作为运营统计和本次申报证明材料的来源。")
    doc.add_paragraph("总结：平台在设备接入协议适配、工业模型沉淀和低代码开发方面形成技术创新，底层核心组件自主可控。")
    doc.add_heading("三、平台应用成效", 1)
    doc.add_paragraph(f"平台帮助{s.industry_word}行业企业提升设备综合效率、降低运维成本。"
                      "总结：平台在新技术融合应用与商业模式创新方面形成示范。")
    doc.add_heading("四、平台下一步发展计划", 1)
    doc.add_paragraph("持续推进平台技术创新与产品升级，拓展长三角产业合作，探索按需订阅的商业模式。")
    doc.add_heading("五、平台应用案例", 1)
    for i in range(1, 4):
        doc.add_paragraph(f"案例{i}：{d['平台名称'][0]}——{['设备预测性维护', '能耗优化', '供应链协同'][i - 1]}")
        doc.add_paragraph("企业简介：某制造企业，位于长三角地区。案例实际内容：通过平台实现设备接入与数据分析，取得降本增效成果。")
    doc.add_heading("六、附件及其他说明材料", 1)
    for a in annex:
        doc.add_paragraph(a)
    if with_7:
        doc.add_heading("七、平台相较上年度对比情况", 1)
        doc.add_paragraph("2023年7月至今，平台新增设备接入、工业APP和服务企业数量均保持增长，新增数据治理和低代码开发功能模块。")
    R.save_docx(doc, path)


def audit_pdf(p: Profile, path: Path, auditor: str, evidence_rev: tuple | None = None) -> dict:
    """Audit report: cover, opinion, company income statement (元), platform note (万元). Returns quotes."""
    s = p.s
    r20, r21, r22, r23 = evidence_rev or s.rev
    buf = io.BytesIO()
    c = R.new_canvas(buf)
    W, H = A4
    c.setFont(R.FONT, 20)
    c.drawCentredString(W / 2, H - 250, s.company)
    c.drawCentredString(W / 2, H - 290, "2023年度审计报告")
    c.setFont(R.FONT, 12)
    c.drawCentredString(W / 2, H - 340, f"{auditor}　{s.extra['audit_no']}")
    c.showPage()
    R.text(c, 60, H - 80, "审计报告", 16)
    y = H - 120
    for ln in R.wrap(f"{s.company}全体股东：我们审计了{s.company}财务报表，包括2023年12月31日的合并资产负债表、2023年度的合并利润表"
                     "以及相关财务报表附注。我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，公允反映了公司2023年12月31日的"
                     "财务状况以及2023年度的经营成果和现金流量。", 36):
        R.text(c, 60, y, ln, 10.5)
        y -= 18
    R.text(c, 330, y - 40, auditor, 10.5)
    R.text(c, 330, y - 60, "中国·上海　2024年4月18日", 10.5)
    c.showPage()
    R.text(c, 60, H - 80, "合并利润表", 14)
    R.text(c, 60, H - 100, f"编制单位：{s.company}　　2023年度　　单位：元", 9)
    co_rev = float(s.extra["co_rev"]) * 10000
    co_profit = float(s.extra["co_profit"]) * 10000
    rows = [["项目", "本期金额", "上期金额"],
            ["一、营业总收入", f"{co_rev:,.2f}", f"{co_rev / 1.07:,.2f}"],
            ["其中：营业收入", f"{co_rev:,.2f}", f"{co_rev / 1.07:,.2f}"],
            ["二、营业总成本", f"{co_rev * 0.9:,.2f}", f"{co_rev / 1.07 * 0.91:,.2f}"],
            ["三、营业利润", f"{co_profit * 0.98:,.2f}", f"{co_profit / 1.05 * 0.98:,.2f}"],
            ["四、利润总额", f"{co_profit:,.2f}", f"{co_profit / 1.05:,.2f}"]]
    R.table(c, 60, H - 115, [200, 140, 140], rows)
    c.showPage()
    R.text(c, 60, H - 80, f"附注十五、关于{s.listed_name}业务的专项说明", 13)
    y = H - 110
    for ln in R.wrap(f"公司将通过{s.listed_name}直接订阅的服务及平台服务取得的收入单独核算，平台相关成本费用按项目工时及资源占用分摊。"
                     "平台2021年至2023年经营情况如下（单位：万元）：", 38):
        R.text(c, 60, y, ln, 10)
        y -= 16
    q = {"r21": f"{r21:,.2f}", "r22": f"{r22:,.2f}", "r23": f"{r23:,.2f}", "rd": f"{s.rd:,.2f}", "profit": f"{s.profit:,.2f}"}
    rows = [["项目", "2023年度", "2022年度", "2021年度"],
            ["平台相关营业收入", q["r23"], q["r22"], q["r21"]],
            ["平台相关研发投入", q["rd"], f"{s.rd * 0.88:,.2f}", f"{s.rd * 0.8:,.2f}"],
            ["平台利润总额", q["profit"], f"{s.profit * 0.9:,.2f}", f"{s.profit * 0.83:,.2f}"]]
    R.table(c, 60, y - 10, [170, 100, 100, 100], rows)
    c.showPage()
    c.save()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(buf.getvalue())
    return q
