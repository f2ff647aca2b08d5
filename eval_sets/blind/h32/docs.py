"""附件1–5 documents of a package: 申报表 (DOCX/XLSX/scan), 申报书, 汇总表, 承诺, 联系人表."""
from __future__ import annotations

from pathlib import Path

import openpyxl
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

import kit
from values import A4_LABELS

# (一级, 二级, 三级, 内容 as printed in the notice, key: 附件4 label or "t:<text key>")
DETAIL = [
    ("一、平台基础情况（25%）", "1.1 战略定位及规划", "1.1.1 战略定位", "平台定位是否明确", "t:定位"),
    ("", "", "", "是否符合国家/地方相关政策方向，是否符合行业/产业发展现状与趋势", "t:政策"),
    ("", "", "1.1.2 规划制定", "平台是否被纳入企业战略规划中", "t:战略规划"),
    ("", "", "", "是否制定了平台专项规划", "t:专项规划"),
    ("", "", "", "平台团队总人数（人）", "平台团队总人数（人）"),
    ("", "", "", "其中：运维人数（人）", "运维人数（人）"),
    ("", "", "", "运营人数（人）", "运营人数（人）"),
    ("", "", "", "其中：有相关技术职称/从业资格的人数（人）", "有相关技术职称/从业资格的人数（人）"),
    ("", "1.2 资金投入与经营情况", "1.2.1 创新投入情况", "平台相关研发投入（万元）", "平台相关研发投入（万元）"),
    ("", "", "", "平台相关研发投入强度（%）", "平台相关研发投入强度（%）"),
    ("", "", "1.2.2 经营情况", "平台相关营业收入（万元）", "平台相关营业收入（万元）"),
    ("", "", "", "平台利润率（%）", "平台利润率（%）"),
    ("", "", "", "付费用户占比（%）", "付费用户占比（%）"),
    ("二、平台关键技术能力（35%）", "2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力", "连接的工业设备/产品/产线种类及数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"),
    ("", "", "", "按二级分类统计工业设备数量（台/套）", "按二级分类统计工业设备数量（台/套）"),
    ("", "", "", "按省市区域统计工业设备数量（台/套）", "按省市区域统计工业设备数量（台/套）"),
    ("", "", "", "其中：公有云工业设备连接数量（台/套）", "公有云工业设备连接数量（台/套）"),
    ("", "", "", "按二级分类统计公有云工业设备数量（台/套）", "按二级分类统计公有云工业设备数量（台/套）"),
    ("", "", "", "按省市区域统计公有云工业设备数量（台/套）", "按省市区域统计公有云工业设备数量（台/套）"),
    ("", "", "", "其中：公有云工业设备平均日运行数量（台/套）", "公有云工业设备平均日运行数量（台/套）"),
    ("", "", "", "按二级分类统计公有云工业设备平均日运行数量（台/套）", "按二级分类统计公有云工业设备平均日运行数量（台/套）"),
    ("", "", "", "按省市区域统计公有云工业设备平均日运行数量（台/套）", "按省市区域统计公有云工业设备平均日运行数量（台/套）"),
    ("", "", "", "其中：海外设备连接数量（台/套）", "海外设备连接数量（台/套）"),
    ("", "", "", "其中：按海外国家分类统计海外设备连接数量", "按海外国家分类统计海外设备连接数量（台/套）"),
    ("", "", "", "工业协议兼容适配数量（个）", "工业协议兼容适配数量（个）"),
    ("", "", "", "其他资源汇聚情况", "t:其他资源"),
    ("", "", "2.1.2 工业软件/APP", "工业软件总量（个）", "工业软件总量（个）"),
    ("", "", "", "工业APP数量（个）", "工业APP数量（个）"),
    ("", "", "", "其中：基于平台开发的工业APP数量（个）", "基于平台开发的工业APP数量（个）"),
    ("", "", "", "云化工业软件数量（个）", "云化工业软件数量（个）"),
    ("", "", "", "按分类统计工业APP数量（个）", "按分类统计工业APP数量（个）"),
    ("", "", "", "按行业统计工业APP数量（个）", "按行业统计工业APP数量（个）"),
    ("", "", "", "工业APP平均月活跃数量（个）", "工业APP平均月活跃数量（个）"),
    ("", "", "", "其中：杀手锏APP数量（个）", "杀手锏APP数量（个）"),
    ("", "", "", "公有云杀手锏APP平均日在线用户数（个）", "公有云杀手锏APP平均日在线用户数（个）"),
    ("", "", "", "杀手锏APP日活次数（次）", "杀手锏APP日活次数（次）"),
    ("", "", "", "杀手锏APP月平均收入（万元）", "杀手锏APP月平均收入（万元）"),
    ("", "", "", "其中：公有云工业APP数量（个）", "公有云工业APP数量（个）"),
    ("", "", "", "其中：公有云工业APP平均日活跃数量（个）", "公有云工业APP平均日活跃数量（个）"),
    ("", "", "", "其中：按分类统计公有云工业APP平均日活跃数量（个）", "按分类统计公有云工业APP平均日活跃数量（个）"),
    ("", "", "", "其中：按行业统计公有云工业APP平均日活跃数量（个）", "按行业统计公有云工业APP平均日活跃数量（个）"),
    ("", "2.2 数据管理与挖掘", "2.2.1 数据采集", "边缘数据处理能力", "t:边缘"),
    ("", "", "", "其他数据采集能力", "t:其他采集"),
    ("", "", "2.2.2 数据处理（存储计算能力）", "是否支持可拓展云计算能力", "t:拓展"),
    ("", "", "", "云化服务器算力", "t:算力"),
    ("", "", "", "平台实际用云量（台）", "平台实际用云量（台）"),
    ("", "", "", "平台公有云实际使用数量（台）", "平台公有云实际使用数量（台）"),
    ("", "", "", "存储容量（TB）", "存储容量（TB）"),
    ("", "", "", "存储工业数据量（TB）", "存储工业数据量（TB）"),
    ("", "", "", "公有云数据总量（TB）", "公有云数据总量（TB）"),
    ("", "", "", "存储资源利用率（%）", "存储资源利用率（%）"),
    ("", "", "", "数据基础管理能力", "t:数据管理"),
    ("", "", "2.2.3 数据建模和分析", "工业机理模型数量（个）", "工业机理模型数量（个）"),
    ("", "", "", "其中：活跃机理模型数量（一周调用5次以上）（个）", "活跃机理模型数量（一周调用5次以上）（个）"),
    ("", "", "", "核心工业模型平均月调用用户数量（个）", "核心工业模型平均月调用用户数量（个）"),
    ("", "", "", "按分类统计工业模型数量（个）", "按分类统计工业模型数量（个）"),
    ("", "", "", "是否提供通用建模分析算法", "t:通用算法"),
    ("", "", "", "智能分析算法类型", "t:算法类型"),
    ("", "", "", "数据分析平台均速度（每TB分级/秒级/毫秒级）", "数据分析平台均速度（每TB分级/秒级/毫秒级）"),
    ("", "2.3 微服务部署与调用", "2.3.1 平台微服务情况", "微服务数量（个）", "微服务数量（个）"),
    ("", "", "", "其中：活跃微服务数量（一周调用5次以上）（个）", "活跃微服务数量（一周调用5次以上）（个）"),
    ("", "2.4 平台开发与使用", "2.4.1 平台开发者数量", "是否建立开发者社区及相关功能", "t:社区"),
    ("", "", "", "开发者注册总数（个）", "开发者注册总数（个）"),
    ("", "", "", "其中：活跃开发者数（个）", "活跃开发者数（个）"),
    ("", "", "2.4.2 应用开发服务能力", "平台支持开发语言类型", "t:语言"),
    ("", "", "", "平台应用开发框架", "t:框架"),
    ("", "", "", "平台应用开发工具", "t:工具"),
    ("", "2.5 安全体系", "2.5.1 安全制度建设", "是否针对平台制定了安全管理相关制度", "平台是否建立安全管理体系"),
    ("", "", "", "建立的安全制度保护了平台的哪些方面", "t:保护方面"),
    ("", "", "", "有否定期开展第三方安全测试/测评", "有否定期开展第三方安全测试/测评"),
    ("", "", "", "有否定期进行安全扫描", "有否定期进行安全扫描"),
    ("", "", "2.5.2 安全技术保障", "采用何种安全技术情况", "t:安全技术"),
    ("", "", "", "核心数据安全保护手段", "t:数据保护"),
    ("三、平台效益及可持续发展能力（40%）", "3.1 平台应用", "3.1.1 平台应用规模", "注册企业用户数（个）", "注册企业用户数（个）"),
    ("", "", "", "其中：实际服务企业数（个）", "实际服务企业数（个）"),
    ("", "", "", "按行业统计服务企业数（个）", "按行业统计服务企业数（个）"),
    ("", "", "", "按省市区域统计服务企业数（个）", "按省市区域统计服务企业数（个）"),
    ("", "", "", "其中：付费企业数（个）", "付费企业数（个）"),
    ("", "", "", "其中：服务本市企业数量（个）", "服务本市企业数量（个）"),
    ("", "", "", "其中：服务中小企业数量（个）", "服务中小企业数量（个）"),
    ("", "", "", "平台订单数量（个），填写近一年总量", "平台订单数量(近一年总量)（个）"),
    ("", "", "", "平台交易规模年增长率（%）", "平台交易规模年增长率（%）"),
    ("", "", "", "工业APP订阅总数量（个）", "工业APP订阅总数量（个）"),
    ("", "", "", "其中：杀手锏工业APP订阅数量（个）", "杀手锏工业APP订阅数量（个）"),
    ("", "", "", "工业APP订阅总金额（万元）", "工业APP订阅总金额（万元）"),
    ("", "", "", "平台连接工业设备利用率（%）", "平台连接工业设备利用率（%）"),
    ("", "", "", "平台国产化率（%）", "平台国产化率（%）"),
    ("", "", "", "平台是否服务上海智能工厂，数量", "平台是否服务上海智能工厂，数量"),
    ("", "", "", "平台服务园区总数（个）", "平台服务园区总数（个）"),
    ("", "", "", "平台提供的解决方案总数（个）", "平台提供的解决方案总数（个）"),
    ("", "", "", "其中：按新模式统计解决方案数量（个）", "按新模式统计解决方案数量（个）"),
    ("", "", "3.1.2 平台应用价值", "投资回报率（%）", "投资回报率（%）"),
    ("", "", "", "企业已上市或已获得VC/PE投资", "企业是否已上市或已获得VC/PE投资"),
    ("", "", "", "关键技术自主可控", "t:自主可控"),
    ("", "", "", "解决方案累计对企业/用户新增效益", "t:新增效益"),
    ("", "", "", "解决方案累计对企业/用户降低成本", "t:降低成本"),
    ("", "", "", "平台连接工业设备运维成本平均下降率（%）", "平台连接工业设备运维成本平均下降率（%）"),
    ("", "", "", "平台连接工业设备能耗平均下降率（%）", "平台连接工业设备能耗平均下降率（%）"),
    ("", "", "", "平台连接工业设备安全生产持续时间平均提升率（%）", "平台连接工业设备安全生产持续时间平均提升率（%）"),
    ("", "", "", "平台数据价值挖掘应用能力", "t:数据价值"),
    ("", "", "", "工业互联网平台+供应链协同应用情况", "t:供应链"),
    ("", "", "", "平台有否与新技术的融合应用", "t:新技术"),
    ("", "", "", "平台现有特色指数（个）", "平台现有特色指数（个）"),
    ("", "", "3.1.3 平台带动成效", "平台核心软硬件技术获得的专利数量（项）", "平台核心软硬件技术获得的专利数量（项）"),
    ("", "", "", "平台核心软硬件技术获得的软著数量（个）", "平台核心软硬件技术获得的软著数量（个）"),
    ("", "", "", "平台是否有自研形成的核心技术突破", "平台是否有自研形成的核心技术突破"),
    ("", "", "", "平台是否具备碳管理服务能力", "平台是否具备碳管理服务能力"),
    ("", "", "", "平台是否融合使用国家标识解析系统", "平台是否融合使用国家标识解析系统"),
    ("", "", "", "平台牵头/参与标准制定情况（国家标准、行业标准）", "t:标准"),
    ("", "", "", "平台获得省部级及以上奖项/荣誉数量（个）", "平台获得省部级及以上奖项/荣誉数量（个）"),
    ("", "", "", "平台建设与运营带动新增就业人数（人）", "平台建设与运营带动新增就业人数（人）"),
    ("", "", "", "平台社会贡献率（%）", "平台社会贡献率（%）"),
    ("", "", "", "平台对关键行业/领域、本市及其他重点区域等贡献及支撑", "t:贡献支撑"),
    ("", "3.2 平台生态建设", "3.2.1 平台开放", "是否建立供应链产业链开放共享机制", "t:开放机制"),
    ("", "", "", "平台开放共享数据的形式及数量", "平台开放共享数据的形式及数量"),
    ("", "", "3.2.2 平台生态", "合作平台数量（个）", "合作平台数量（个）"),
    ("", "", "", "跨平台调用功能建设情况", "t:跨平台"),
    ("", "", "", "新产业、新模式培育情况", "t:新模式"),
]


def texts(P) -> dict[str, str]:
    n = P["declared_name"]
    field = P["field"]
    return {
        "定位": P["positioning"],
        "政策": f"1.工业和信息化部《工业互联网创新发展行动计划（2021-2023年）》：培育{field}行业平台；2.上海市经信委《上海市制造业数字化转型实施方案》：打造行业级工业互联网平台；3.{field}行业数字化、服务化转型加速，设备上云与数据驱动运维成为趋势。",
        "战略规划": f"已纳入《{P['company']}“十四五”发展规划（2021-2025年）》数字化转型专篇",
        "专项规划": f"是，《{n}三年发展规划（2023-2025年）》",
        "其他资源": f"除设备外，平台汇聚{field}领域工艺知识条目约1.8万条、服务工程师及第三方服务商资源{P['partners'] * 23}家、行业标准与规范文档2,600余份。",
        "边缘": f"支持数据采集、数据存储、网络传输、智能分析及边缘规则引擎；边缘计算应用节点{P['devices']['protocols'] * 5}个；最低响应时延10毫秒。",
        "其他采集": "支持对接ERP、MES、WMS、PLM等软件系统，通过API、数据库直连、文件及消息队列方式采集，已对接各类系统140余套。",
        "拓展": "是",
        "算力": f"私有云与公有云合计{int(P['storage']['cloud'])}台云服务器，约{int(P['storage']['cloud']) * 32}核vCPU，GPU卡16张",
        "数据管理": "建立数据标准、数据质量、主数据与元数据管理制度，数据入湖前做完整性与一致性校验，质量问题闭环处理。",
        "通用算法": "是",
        "算法类型": "基础算法（排序、查找、统计）、聚类算法、分类算法、预测与估算算法、关联分析算法",
        "社区": "是",
        "语言": "共5种：Java、Python、C++、JavaScript、Go",
        "框架": "基于Spring Cloud微服务框架与低代码应用框架，提供统一认证、数据服务、模型服务与前端组件库，支持容器化部署与灰度发布。",
        "工具": "提供低代码设计器、模型训练工作台、API网关调试工具、设备接入调试工具及DevOps流水线。",
        "保护方面": "1.数据：分类分级与加密存储；2.传输：全链路TLS加密；3.访问登录：多因子认证与最小权限；4.代码：代码审计与版本管控；5.应用：上线安全评审；6.网络：分区分域隔离。",
        "安全技术": "下一代防火墙、WAF、入侵检测、网络隔离与零信任访问、国密算法加密、统一身份认证、日志审计与态势感知。",
        "数据保护": "核心数据每日增量、每周全量备份，离线备份介质异地保存；数据库双机热备，关键业务同城灾备。",
        "自主可控": "设备接入网关、时序数据库、低代码引擎、模型训练框架均为自研，源代码自主可控。",
        "新增效益": f"基于3个案例，用户设备综合效率平均提升约8%，安全生产持续时间平均提升{P['declared']['case_safety']:.2f}%。",
        "降低成本": f"基于3个案例，设备运维成本平均下降{P['declared']['case_om']:.2f}%，能耗平均下降{P['declared']['case_energy']:.2f}%。",
        "数据价值": "基于设备运行与业务数据构建故障预测、能效优化与质量追溯模型，沉淀工艺知识并在同类用户间复用。",
        "供应链": "平台与上下游企业ERP/SRM系统对接，实现订单、库存、质量数据共享，供应商交付准时率提升、库存周转加快。",
        "新技术": "有，融合人工智能、5G、边缘计算与数字孪生技术，构建设备数字孪生与智能诊断能力。",
        "标准": "参与制定行业标准2项、团体标准3项（清单见申报书附件）",
        "贡献支撑": f"平台服务本市企业{P['users']['local']}家，带动{field}产业链上下游数字化转型，支撑本市重点产业集群建设。",
        "开放机制": "是，向产业链合作伙伴开放设备数据接口、应用开发工具与行业知识库，按协议授权、按需调用、全程留痕。",
        "跨平台": "已与合作平台实现账号互通、数据接口互调与应用互嵌，支持跨平台工单流转。",
        "新模式": "有，形成“平台+服务”按效果付费的设备运维服务新模式。",
    }


def answer(P, V, key):
    if key.startswith("t:"):
        return texts(P)[key[2:]]
    return V.text(key)


def set_cjk(run, name="宋体", size=10.5, bold=False):
    run.font.name = name
    run._element.rPr.rFonts.set(qn("w:eastAsia"), name)
    run.font.size = Pt(size)
    run.bold = bold


def para(doc, text, size=10.5, bold=False, align=None, name="宋体"):
    p = doc.add_paragraph()
    r = p.add_run(text)
    set_cjk(r, name, size, bold)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def cell_text(cell, text, size=9, bold=False):
    cell.text = ""
    r = cell.paragraphs[0].add_run(str(text))
    set_cjk(r, "宋体", size, bold)


def company_rows(P):
    c = P["company_info"]
    return [("总资产（万元）", c["assets"]), ("主营业务收入（万元）", c["rev"]), ("主营业务收入增长率（%）", c["growth"]),
            ("负债率（%）", c["debt"]), ("利润总额（万元）", c["profit"]), ("税金（万元）", c["tax"])]


def platform_rows(P, V):
    return [
        ("平台名称", P["declared_name"]),
        ("建设时间", P["build_time_text"]),
        ("平台建设金额（万元）", V.text("平台建设金额（万元）")),
        ("平台近三年经营指标情况", "\n".join(V.text("平台近三年经营指标情况").split("；"))),
        ("平台建设方式", ("☑ 合作共建，合作企业名称（必填）：" + P["build_mode"].split("，")[1]) if "合作" in P["build_mode"] else "☑ 自建"),
        ("平台运营模式", "☑ 自运营  □ 联合运营  □ 委托运营"),
        ("IaaS基础设施", P["iaas"]),
        ("部署方式", "  ".join(("☑ " if k in P["deploy"] else "□ ") + k for k in ("边缘侧", "私有云", "公有云", "混合云"))),
        ("平台网址", f"{P['url']}\n测试账号：{P['account'][0]}  密码：{P['account'][1]}"),
        ("平台基本情况介绍", P["intro"]),
        ("平台建设成效", P["effect"]),
    ]


def form_docx(P, V, proofs, path: Path):
    doc = Document()
    for s in doc.sections:
        s.left_margin = s.right_margin = Pt(54)
    para(doc, "附件2", 12, True)
    para(doc, "上海市工业互联网平台应用水平评价", 20, True, "c", "黑体")
    para(doc, "申报表", 22, True, "c", "黑体")
    for k, v in (("申报年度", "2024年度"), ("平台名称", P["declared_name"]), ("申报单位", P["company"] + "（公章）"),
                 ("联 系 人", P["contact"]["name"]), ("联系人电话", P["contact"]["phone"])):
        para(doc, f"{k}：{v}", 14)
    para(doc, "上海市经济和信息化委员会制", 12, False, "c")
    para(doc, "2024年7月12日", 12, False, "c")
    doc.add_page_break()
    para(doc, "一、企业基本情况", 14, True, name="黑体")
    ci = P["company_info"]
    t = doc.add_table(rows=0, cols=4)
    t.style = "Table Grid"
    basic = [("单位（企业）名称", P["company"], "单位（企业）代码", ci["code"]), ("成立日期", ci["founded"], "注册地及所在行政区", ci["addr"]),
             ("企业类型", ci["type"], "注册资本", ci["capital"]), ("主营业务", ci["business"], "法定代表人", ci["legal"]),
             ("联系人", P["contact"]["name"], "职务", ci["title"]), ("联系人手机", P["contact"]["phone"], "电子邮箱", P["contact"]["email"])]
    for row in basic:
        cells = t.add_row().cells
        for i, x in enumerate(row):
            cell_text(cells[i], x, bold=(i % 2 == 0))
    cells = t.add_row().cells
    merged = cells[0].merge(cells[3])
    cell_text(merged, "申报单位上一年度经营状况（2023年）", bold=True)
    for a, b in zip(company_rows(P)[0::2], company_rows(P)[1::2]):
        cells = t.add_row().cells
        for i, x in enumerate((a[0], a[1], b[0], b[1])):
            cell_text(cells[i], x, bold=(i % 2 == 0))
    para(doc, "")
    para(doc, "二、平台基本情况", 14, True, name="黑体")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in platform_rows(P, V):
        cells = t.add_row().cells
        cell_text(cells[0], k, bold=True)
        cell_text(cells[1], v)
    doc.add_page_break()
    para(doc, "三、上海市工业互联网平台应用水平评价指标明细表", 14, True, name="黑体")
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for i, h in enumerate(("一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料")):
        cell_text(t.rows[0].cells[i], h, bold=True)
    for l1, l2, l3, content, key in DETAIL:
        cells = t.add_row().cells
        for i, x in enumerate((l1, l2, l3, content, answer(P, V, key), proofs.get(key, ""))):
            cell_text(cells[i], x, size=8.5)
    doc.core_properties.author = P["contact"]["name"]
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(path)
    kit.normalize_zip(path)


def form_xlsx(P, V, proofs, path: Path):
    wb = openpyxl.Workbook()
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center")
    ws = wb.active
    ws.title = "封面及基本情况"
    rows = [["上海市工业互联网平台应用水平评价申报表（2024年度）"], ["平台名称", P["declared_name"]], ["申报单位", P["company"]],
            ["联系人", P["contact"]["name"]], ["联系人电话", P["contact"]["phone"]], [], ["一、企业基本情况"],
            ["单位（企业）名称", P["company"]], ["单位（企业）代码", P["company_info"]["code"]], ["成立日期", P["company_info"]["founded"]],
            ["注册地及所在行政区", P["company_info"]["addr"]], ["法定代表人", P["company_info"]["legal"]], ["申报单位上一年度经营状况（2023年）"]]
    rows += [[k, v] for k, v in company_rows(P)]
    rows += [[], ["二、平台基本情况"]] + [[k, v] for k, v in platform_rows(P, V)]
    for r in rows:
        ws.append(r)
    ws.column_dimensions["A"].width = 26
    ws.column_dimensions["B"].width = 90
    for row in ws.iter_rows():
        for c in row:
            c.alignment = wrap
    ws2 = wb.create_sheet("指标明细表")
    ws2.append(["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"])
    for c in ws2[1]:
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="D9D9D9")
    for l1, l2, l3, content, key in DETAIL:
        val = answer(P, V, key)
        if not key.startswith("t:"):
            raw = V.v[key][1]
            if isinstance(raw, (int, float)) and not isinstance(raw, bool) and V.v[key][0].replace(".", "").replace("-", "").isdigit():
                val = raw  # numbers kept as numbers
        ws2.append([l1, l2, l3, content, val, proofs.get(key, "")])
    for i, w in enumerate((16, 16, 18, 40, 60, 30)):
        ws2.column_dimensions["ABCDEF"[i]].width = w
    for row in ws2.iter_rows():
        for c in row:
            c.alignment = wrap
            c.border = border
            if isinstance(c.value, float):
                c.number_format = "0.00"
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.properties.creator = P["contact"]["name"]
    wb.save(path)
    kit.normalize_zip(path)


def form_blocks(P, V, proofs):
    b = [("h", "上海市工业互联网平台应用水平评价<br/>申报表"), ("sp", 20)]
    for k, v in (("申报年度", "2024年度"), ("平台名称", P["declared_name"]), ("申报单位", P["company"] + "（公章）"),
                 ("联 系 人", P["contact"]["name"]), ("联系人电话", P["contact"]["phone"])):
        b.append(("p", f"<font size=13>{k}：{v}</font>"))
    b += [("sp", 30), ("c", "上海市经济和信息化委员会制"), ("c", "2024年7月12日"), ("pb",)]
    b.append(("h2", "一、企业基本情况"))
    ci = P["company_info"]
    rows = [["单位（企业）名称", P["company"], "单位（企业）代码", ci["code"]], ["成立日期", ci["founded"], "注册地", ci["addr"]]]
    cr = company_rows(P)
    rows += [[cr[i][0], cr[i][1], cr[i + 1][0], cr[i + 1][1]] for i in (0, 2, 4)]
    b.append(("t", rows, [32, 55, 32, 47], {"head": 0, "shade": False}))
    b.append(("h2", "二、平台基本情况"))
    b.append(("t", [[k, str(v).replace("\n", "<br/>")] for k, v in platform_rows(P, V)], [34, 132], {"head": 0, "shade": False}))
    b.append(("pb",))
    b.append(("h2", "三、上海市工业互联网平台应用水平评价指标明细表"))
    rows = [["三级指标", "内容", "平台实际情况", "证明资料"]]
    for l1, l2, l3, content, key in DETAIL:
        rows.append([l3, content, answer(P, V, key), proofs.get(key, "")])
    b.append(("t", rows, [24, 46, 66, 30]))
    b += [("sp", 10), ("r", f"申报单位（盖章）：{P['company']}"), ("r", "2024年7月12日")]
    return b


def form_scan(P, V, proofs, path: Path, seed: int):
    data = kit.pdf_bytes(form_blocks(P, V, proofs), size=9)
    import pypdfium2 as pdfium
    n = len(pdfium.PdfDocument(data))
    kit.scan_pdf(data, path, seed, seals={0: (P["company"], (0.62, 0.36), ""), n - 1: (P["company"], (0.72, 0.80), "")})


def summary_xlsx(P, V, path: Path, horizontal=False):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "汇总表"
    rows = [(lab, _summary_cell(P, V, lab)) for lab in A4_LABELS]
    if horizontal:
        ws.append(["平台基本情况汇总表"])
        ws.append([r[0] for r in rows])
        ws.append([r[1] for r in rows])
    else:
        ws.append(["附件4", "平台基本情况汇总表"])
        for r in rows:
            ws.append(list(r))
        ws.column_dimensions["A"].width = 44
        ws.column_dimensions["B"].width = 80
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    kit.normalize_zip(path)


def _summary_cell(P, V, lab):
    if lab == "建设时间":
        return P["build_time_text"].replace("年", ".").replace("月", "").replace("至", "-").replace(" ", "")
    v = V.v[lab][0]
    if lab == "平台近三年经营指标情况":
        return "\n".join(v.split("；"))
    if lab == "平台是否建立安全管理体系" or lab.startswith("有否") or lab.startswith("平台是否") and lab != "平台是否服务上海智能工厂，数量":
        return v if v else "否"
    return v


def summary_docx(P, V, path: Path):
    doc = Document()
    para(doc, "附件4", 12, True)
    para(doc, "平台基本情况汇总表", 18, True, "c", "黑体")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for lab in A4_LABELS:
        cells = t.add_row().cells
        cell_text(cells[0], lab, 9, True)
        cell_text(cells[1], _summary_cell(P, V, lab), 9)
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(path)
    kit.normalize_zip(path)


def promise_blocks(P):
    return [("sp", 25), ("p", "附件5"), ("h", "真实性承诺"), ("sp", 10),
            ("p", "<font size=13>　　我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、准确、完整，如有不实，愿承担相应的法律责任及由此产生的一切后果。</font>"),
            ("p", "<font size=13>　　特此承诺。</font>"), ("sp", 40),
            ("r", f"<font size=13>申报单位：{P['company']}（盖章）</font>"), ("sp", 6),
            ("r", f"<font size=13>法定代表人：{P['company_info']['legal']}（签章）</font>"), ("sp", 6),
            ("r", "<font size=13>2024年7月15日</font>")]


def promise_scan(P, path: Path, seed: int):
    data = kit.pdf_bytes(promise_blocks(P), size=11)
    kit.scan_pdf(data, path, seed, seals={0: (P["company"], (0.70, 0.56), "")})


def promise_docx(P, path: Path):
    doc = Document()
    para(doc, "附件5", 12, True)
    para(doc, "真实性承诺", 20, True, "c", "黑体")
    para(doc, "我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、准确、完整，如有不实，愿承担相应的法律责任及由此产生的一切后果。", 14)
    para(doc, "特此承诺。", 14)
    for x in (f"申报单位：{P['company']}（盖章）", f"法定代表人：{P['company_info']['legal']}（签章）", "2024年7月15日"):
        p = para(doc, x, 14)
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(path)
    kit.normalize_zip(path)


def contact_docx(P, path: Path):
    doc = Document()
    para(doc, "附件1", 12, True)
    para(doc, "联系人信息反馈表", 18, True, "c", "黑体")
    para(doc, "2024年度上海市工业互联网平台应用水平评价工作", 12, False, "c")
    para(doc, "一、联系人信息反馈", 12, True)
    t = doc.add_table(rows=3, cols=6)
    t.style = "Table Grid"
    for i, h in enumerate(("序号", "姓名", "单位名称", "职务", "手机号码", "电子邮箱")):
        cell_text(t.rows[0].cells[i], h, bold=True)
    c, b = P["contact"], P["backup"]
    for r, row in ((1, ("联系人（主）", c["name"], P["company"], P["company_info"]["title"], c["phone"], c["email"])),
                   (2, ("联系人（备用）", b[0], P["company"], b[1], b[2], b[3]))):
        for i, x in enumerate(row):
            cell_text(t.rows[r].cells[i], x)
    para(doc, "二、评审会现场地址信息反馈", 12, True)
    para(doc, "具体地址：" + c["venue"], 11)
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(path)
    kit.normalize_zip(path)
