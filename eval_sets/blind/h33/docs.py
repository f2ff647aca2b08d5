"""The applicant's documents of h33: 申报表 (DOCX / XLS / stamped scan), 申报书 (DOCX / PDF), 汇总表 (XLS / DOCX /
XLSX), 联系人表, 承诺 (RTF / scan). Texts follow the notice's 附件1–5 and 填报指引."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from . import kit
from .model import fmt_breakdown

L1 = "一、平台基础情况（25%）"
L2 = "二、平台关键技术能力（35%）"
L3 = "三、平台效益及可持续发展能力（40%）"

# (一级, 二级, 三级, 内容 as the 指标明细表 prints it, key: a 附件4 label or q:<text key>)
INDICATORS = [
    (L1, "1.1 战略定位及规划", "1.1.1 战略定位", "平台定位是否明确", "q:定位"),
    (L1, "1.1 战略定位及规划", "1.1.1 战略定位", "是否符合国家/地方相关政策方向，是否符合行业/产业发展现状与趋势", "q:政策"),
    (L1, "1.1 战略定位及规划", "1.1.2 规划制定", "平台是否被纳入企业战略规划中", "q:战略"),
    (L1, "1.1 战略定位及规划", "1.1.2 规划制定", "是否制定了平台专项规划", "q:专项"),
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
_D = (L2, "2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力")
for c, k in [
    ("连接的工业设备/产品/产线种类及数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"),
    ("按二级分类统计工业设备数量（台/套）", None), ("按省市区域统计工业设备数量（台/套）", None),
    ("其中：公有云工业设备连接数量（台/套）", "公有云工业设备连接数量（台/套）"),
    ("按二级分类统计公有云工业设备数量（台/套）", None), ("按省市区域统计公有云工业设备数量（台/套）", None),
    ("其中：公有云工业设备平均日运行数量（台/套）", "公有云工业设备平均日运行数量（台/套）"),
    ("按二级分类统计公有云工业设备平均日运行数量（台/套）", None), ("按省市区域统计公有云工业设备平均日运行数量（台/套）", None),
    ("其中：海外设备连接数量（台/套）", "海外设备连接数量（台/套）"),
    ("其中：按海外国家分类统计海外设备连接数量", "按海外国家分类统计海外设备连接数量（台/套）"),
    ("工业协议兼容适配数量（个）", None), ("其他资源汇聚情况", "q:其他资源")]:
    INDICATORS.append((*_D, c, k or c))
_A = (L2, "2.1 资源汇聚与配置", "2.1.2 工业软件/APP")
for c, k in [
    ("工业软件总量（个）", None), ("工业APP数量（个）", None),
    ("其中：基于平台开发的工业APP数量（个）", "基于平台开发的工业APP数量（个）"), ("云化工业软件数量（个）", None),
    ("按分类统计工业APP数量（个）", None), ("按行业统计工业APP数量（个）", None), ("工业APP平均月活跃数量（个）", None),
    ("其中：杀手锏APP数量（个）", "杀手锏APP数量（个）"), ("公有云杀手锏APP平均日在线用户数（个）", None),
    ("杀手锏APP日活次数（次）", None), ("杀手锏APP月平均收入（万元）", None),
    ("其中：公有云工业APP数量（个）", "公有云工业APP数量（个）"),
    ("其中：公有云工业APP平均日活跃数量（个）", "公有云工业APP平均日活跃数量（个）"),
    ("其中：按分类统计公有云工业APP平均日活跃数量（个）", "按分类统计公有云工业APP平均日活跃数量（个）"),
    ("其中：按行业统计公有云工业APP平均日活跃数量（个）", "按行业统计公有云工业APP平均日活跃数量（个）")]:
    INDICATORS.append((*_A, c, k or c))
for sub, c, k in [
    ("2.2.1 数据采集", "边缘数据处理能力", "q:边缘"), ("2.2.1 数据采集", "其他数据采集能力", "q:采集"),
    ("2.2.2 数据处理（存储计算能力）", "是否支持可拓展云计算能力", "q:拓展"),
    ("2.2.2 数据处理（存储计算能力）", "云化服务器算力", "q:算力"),
    ("2.2.2 数据处理（存储计算能力）", "平台实际用云量（台）", None),
    ("2.2.2 数据处理（存储计算能力）", "平台公有云实际使用数量（台）", None),
    ("2.2.2 数据处理（存储计算能力）", "存储容量（TB）", None), ("2.2.2 数据处理（存储计算能力）", "存储工业数据量（TB）", None),
    ("2.2.2 数据处理（存储计算能力）", "公有云数据总量（TB）", None), ("2.2.2 数据处理（存储计算能力）", "存储资源利用率（%）", None),
    ("2.2.2 数据处理（存储计算能力）", "数据基础管理能力", "q:数据管理"),
    ("2.2.3 数据建模和分析", "工业机理模型数量（个）", None),
    ("2.2.3 数据建模和分析", "其中：活跃机理模型数量（一周调用5次以上）（个）", "活跃机理模型数量（一周调用5次以上）（个）"),
    ("2.2.3 数据建模和分析", "核心工业模型平均月调用用户数量（个）", None),
    ("2.2.3 数据建模和分析", "按分类统计工业模型数量（个）", None),
    ("2.2.3 数据建模和分析", "是否提供通用建模分析算法", "q:通用算法"),
    ("2.2.3 数据建模和分析", "智能分析算法类型", "q:算法类型"),
    ("2.2.3 数据建模和分析", "数据分析平台均速度（每TB分级/秒级/毫秒级）", None)]:
    INDICATORS.append((L2, "2.2 数据管理与挖掘", sub, c, k or c))
INDICATORS += [
    (L2, "2.3 微服务部署与调用", "2.3.1 平台微服务情况", "微服务数量（个）", "微服务数量（个）"),
    (L2, "2.3 微服务部署与调用", "2.3.1 平台微服务情况", "其中：活跃微服务数量（一周调用5次以上）（个）", "活跃微服务数量（一周调用5次以上）（个）"),
    (L2, "2.4 平台开发与使用", "2.4.1 平台开发者数量", "是否建立开发者社区及相关功能", "q:社区"),
    (L2, "2.4 平台开发与使用", "2.4.1 平台开发者数量", "开发者注册总数（个）", "开发者注册总数（个）"),
    (L2, "2.4 平台开发与使用", "2.4.1 平台开发者数量", "其中：活跃开发者数（个）", "活跃开发者数（个）"),
    (L2, "2.4 平台开发与使用", "2.4.2 应用开发服务能力", "平台支持开发语言类型", "q:语言"),
    (L2, "2.4 平台开发与使用", "2.4.2 应用开发服务能力", "平台应用开发框架", "q:框架"),
    (L2, "2.4 平台开发与使用", "2.4.2 应用开发服务能力", "平台应用开发工具", "q:工具"),
    (L2, "2.5 安全体系", "2.5.1 安全制度建设", "是否针对平台制定了安全管理相关制度", "平台是否建立安全管理体系"),
    (L2, "2.5 安全体系", "2.5.1 安全制度建设", "建立的安全制度保护了平台的哪些方面", "q:保护"),
    (L2, "2.5 安全体系", "2.5.1 安全制度建设", "有否定期开展第三方安全测试/测评", "有否定期开展第三方安全测试/测评"),
    (L2, "2.5 安全体系", "2.5.1 安全制度建设", "有否定期进行安全扫描", "有否定期进行安全扫描"),
    (L2, "2.5 安全体系", "2.5.2 安全技术保障", "采用何种安全技术情况", "q:安全技术"),
    (L2, "2.5 安全体系", "2.5.2 安全技术保障", "核心数据安全保护手段", "q:备份"),
]
_S = (L3, "3.1 平台应用", "3.1.1 平台应用规模")
for c, k in [
    ("注册企业用户数（个）", None), ("其中：实际服务企业数（个）", "实际服务企业数（个）"),
    ("按行业统计服务企业数（个）", None), ("按省市区域统计服务企业数（个）", None),
    ("其中：付费企业数（个）", "付费企业数（个）"), ("其中：服务本市企业数量（个）", "服务本市企业数量（个）"),
    ("其中：服务中小企业数量（个）", "服务中小企业数量（个）"),
    ("平台订单数量（个），填写近一年总量", "平台订单数量(近一年总量)（个）"), ("平台交易规模年增长率（%）", None),
    ("工业APP订阅总数量（个）", None), ("其中：杀手锏工业APP订阅数量（个）", "杀手锏工业APP订阅数量（个）"),
    ("工业APP订阅总金额（万元）", None), ("平台连接工业设备利用率（%）", None), ("平台国产化率（%）", None),
    ("平台是否服务上海智能工厂，数量", None), ("平台服务园区总数（个）", None), ("平台提供的解决方案总数（个）", None),
    ("其中：按新模式统计解决方案数量（个）", "按新模式统计解决方案数量（个）")]:
    INDICATORS.append((*_S, c, k or c))
_V = (L3, "3.1 平台应用", "3.1.2 平台应用价值")
for c, k in [
    ("投资回报率（%）", None), ("企业已上市或已获得VC/PE投资", "企业是否已上市或已获得VC/PE投资"),
    ("关键技术自主可控", "q:自主"), ("解决方案累计对企业/用户新增效益", "q:效益"),
    ("解决方案累计对企业/用户降低成本", "q:降本"), ("平台连接工业设备运维成本平均下降率（%）", None),
    ("平台连接工业设备能耗平均下降率（%）", None), ("平台连接工业设备安全生产持续时间平均提升率（%）", None),
    ("平台数据价值挖掘应用能力", "q:挖掘"), ("工业互联网平台+供应链协同应用情况", "q:供应链"),
    ("平台有否与新技术的融合应用", "q:新技术"), ("平台现有特色指数（个）", None)]:
    INDICATORS.append((*_V, c, k or c))
_B = (L3, "3.1 平台应用", "3.1.3 平台带动成效")
for c, k in [
    ("平台核心软硬件技术获得的专利数量（项）", None), ("平台核心软硬件技术获得的软著数量（个）", None),
    ("平台是否有自研形成的核心技术突破", None), ("平台是否具备碳管理服务能力", None), ("平台是否融合使用国家标识解析系统", None),
    ("平台牵头/参与标准制定情况（国家标准、行业标准）", "q:标准"), ("平台获得省部级及以上奖项/荣誉数量（个）", None),
    ("平台建设与运营带动新增就业人数（人）", None), ("平台社会贡献率（%）", None),
    ("平台对关键行业/领域、本市及其他重点区域等贡献及支撑", "q:贡献")]:
    INDICATORS.append((*_B, c, k or c))
INDICATORS += [
    (L3, "3.2 平台生态建设", "3.2.1 平台开放", "是否建立供应链产业链开放共享机制", "q:开放机制"),
    (L3, "3.2 平台生态建设", "3.2.1 平台开放", "平台开放共享数据的形式及数量", "平台开放共享数据的形式及数量"),
    (L3, "3.2 平台生态建设", "3.2.2 平台生态", "合作平台数量（个）", "合作平台数量（个）"),
    (L3, "3.2 平台生态建设", "3.2.2 平台生态", "跨平台调用功能建设情况", "q:跨平台"),
    (L3, "3.2 平台生态建设", "3.2.2 平台生态", "新产业、新模式培育情况", "q:新模式"),
]


def qual_texts(m: dict, p: dict) -> dict[str, str]:
    dom, short = p["domain"], p["short"]
    return {
        "定位": f"面向{dom}的工业互联网平台，提供设备连接、数据分析与应用服务。",
        "政策": f"符合工业和信息化部《工业互联网创新发展行动计划（2021-2023年）》平台体系建设方向；"
                f"符合上海市经济信息化委《上海市推进工业互联网创新升级实施“工赋上海”三年行动计划》；"
                f"{dom}数字化转型加速，设备上云与数据服务需求持续增长。",
        "战略": f"已纳入《{p['company']}“十四五”发展规划》数字化板块。",
        "专项": f"已制定《{short}平台三年发展专项规划（2023-2025）》。",
        "其他资源": f"除设备外，平台汇聚行业知识库条目{m['api'] * 37}条、专家资源{m['partners'] * 21}名、"
                    f"第三方服务商{m['partners'] * 6}家。",
        "边缘": f"边缘侧支持数据采集、数据存储、网络传输与智能分析；边缘计算应用节点数{m['proto'] * 3}个；最低响应时延10毫秒。"
                f"私有化部署项目的边缘节点已计入总数，其配置与运维由客户现场团队按平台标准执行。",
        "采集": "支持MES、ERP、SCADA等系统及第三方平台数据的接口采集，支持OPC UA、Modbus、MQTT等协议，采集频率最高每秒一次。",
        "拓展": "是",
        "算力": "云化服务器约2.6万核vCPU，GPU卡48张，可按需弹性扩容。",
        "数据管理": "建立数据标准、元数据、主数据与数据质量管理制度，按数据分级分类开展全生命周期管理，数据质量月度稽核。",
        "通用算法": "是",
        "算法类型": "基础算法（排序、查找、统计）、聚类算法、分类算法、预测与估算算法、关联分析算法、推荐算法。",
        "社区": "是",
        "语言": "共5种：Java、Python、C++、JavaScript、Go。",
        "框架": "基于微服务架构提供低代码应用开发框架，支持容器化部署、服务编排与灰度发布，提供统一身份认证与多租户隔离能力。",
        "工具": "提供在线IDE、可视化组态工具、模型训练工具、API网关和测试沙箱，支持应用一键上架与版本管理。",
        "保护": "1.数据安全；2.传输安全；3.访问登录安全；4.代码安全；5.应用安全；6.网络安全。",
        "安全技术": "采用下一代防火墙、网络分区隔离、国密算法传输与存储加密、多因子身份认证、WAF与入侵检测、日志审计等技术。",
        "备份": "核心数据每日增量备份、每周全量离线备份；数据库双机热备，并在异地数据中心实现灾备。",
        "自主": "设备接入网关、时序数据库、低代码开发平台均为自主研发，自主可控。",
        "效益": "三个案例企业平均营收提升8.6%，带动新增就业126人，安全生产持续时间平均提升明显。",
        "降本": "三个案例企业平均降低运维成本、平均能耗均有下降，备件库存平均下降11.2%。",
        "挖掘": "基于设备运行大数据开展故障预测、能效优化和工艺参数推荐，沉淀行业知识图谱与模型组件，支持跨企业复用。",
        "供应链": "平台与上下游企业ERP、SRM系统对接，实现订单、库存、物流信息协同，供应商准时交付率提升，库存周转加快。",
        "新技术": "平台融合人工智能、5G、边缘计算、数字孪生与标识解析等新技术，构建设备数字孪生体并开展智能诊断。",
        "标准": "牵头或参与国家标准2项、行业标准3项。",
        "贡献": f"平台服务本市企业{m['local']}家，支撑{dom}重点企业数字化转型，带动长三角产业链协同。",
        "开放机制": "是，平台向产业链上下游开放设备数据接口、行业模型与应用功能，按照授权分级开放机制运行，数据使用全程留痕。",
        "跨平台": "已与合作平台实现账号互认、数据接口互通和应用互调，支持跨平台调用设备数据与模型服务。",
        "新模式": "培育设备健康管理订阅服务、按效果付费的节能服务等新模式，形成平台化服务收入。",
    }


def actual_cells(m: dict, p: dict, rows: list) -> list[tuple[str, str, str, str, str, str]]:
    """The 指标明细表: (一级, 二级, 三级, 内容, 平台实际情况, 证明资料)."""
    values = {label: value for label, value, _ in rows}
    q = {**qual_texts(m, p), **p.get("q", {})}
    long_yes = {
        "平台是否建立安全管理体系": f"是，《{p['short']}平台信息安全管理办法》（{p['code']}-AQ-001，2022年3月）、"
                                   f"《数据安全管理规定》（{p['code']}-AQ-004，2022年6月）",
        "有否定期开展第三方安全测试/测评": "是，每年一次（第三方等级保护测评）",
        "有否定期进行安全扫描": "是，每月一次",
        "企业是否已上市或已获得VC/PE投资": p.get("listed_text", "是"),
        "平台是否有自研形成的核心技术突破": "是，自研工业设备接入与时序数据处理引擎，单节点写入性能达到国内同类产品先进水平。",
        "平台是否具备碳管理服务能力": "是，提供碳排放监测、碳核算与碳足迹服务，服务企业用户开展碳盘查。",
        "平台是否融合使用国家标识解析系统": "是，已对接国家工业互联网标识解析二级节点，实现设备与产品赋码。",
        "平台是否服务上海智能工厂，数量": f"是，共{m['factories']}家，服务内容为设备联网、能效管理与预测性维护。",
        "平台获得省部级及以上奖项/荣誉数量（个）": f"{m['awards']}",
    }
    proofs = p.get("proofs", {})
    out = []
    for l1, l2, l3, content, key in INDICATORS:
        if key.startswith("q:"):
            text = q[key[2:]]
        else:
            text = long_yes.get(key, values[key])
        text = p.get("cells", {}).get(key, text)
        out.append((l1, l2, l3, content, text, proofs.get(key, "")))
    return out


def basic_rows(m: dict, p: dict, rows: list) -> list[tuple[str, str]]:
    values = {label: value for label, value, _ in rows}
    return [
        ("平台名称", p["declared_name"]),
        ("建设时间", p["period_text"]),
        ("平台建设金额（万元）", values["平台建设金额（万元）"]),
        ("平台近三年经营指标情况", "\n".join(
            f"{y}年平台营收{m['rev'][y]:.2f}万元/增长率{m['growth'][y]:.2f}%" for y in (2021, 2022, 2023))),
        ("平台建设方式", "☑自建  □合作共建" if p["平台建设方式"] == "自建" else p["平台建设方式"]),
        ("平台运营模式", {"自运营": "☑自运营 □联合运营 □委托运营", "联合运营": "□自运营 ☑联合运营 □委托运营"}[p["平台运营模式"]]),
        ("IaaS基础设施", p["iaas"]),
        ("部署方式", p["部署方式"]),
        ("平台网址", f"{p['url']}（账号：{p['account']}  密码：{p['password']}）"),
        ("平台基本情况介绍", p["intro"]),
        ("平台建设成效", p["effect"]),
    ]


def company_rows(p: dict) -> list[tuple[str, str]]:
    c = p["co"]
    return [("单位（企业）名称", p["company"]), ("单位（企业）代码", c["code"]), ("成立日期", c["founded"]),
            ("注册地及所在行政区", c["addr"]), ("企业类型", c["type"]), ("注册资本", c["capital"]),
            ("主营业务", c["business"]), ("法定代表人", c["legal"]), ("联系人", p["contact"]), ("职务", p["title"]),
            ("联系人手机", p["phone"]), ("传真", "021-5" + p["phone"][-7:]), ("电子邮箱", p["email"]),
            ("股权结构", c["equity"]),
            ("申报单位上一年度经营状况（2023年）", f"总资产{c['assets']}万元；主营业务收入{c['income']}万元；主营业务收入增长率"
             f"{c['income_growth']}%；负债率{c['debt']}%；利润总额{c['profit']}万元；税金{c['tax']}万元")]


# ---------------------------------------------------------------- 申报表
def form_docx(path: Path, m, p, rows, font="宋体") -> None:
    doc = Document()
    kit.docx_font(doc, font, 10.5)
    for t, size in (("上海市工业互联网平台应用水平评价", 18), ("申报表", 22)):
        para = doc.add_paragraph()
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = para.add_run(t)
        run.bold = True
        run.font.size = Pt(size)
    for line in ("申报年度：2024年度", f"平台名称：{p['declared_name']}", f"申报单位：{p['company']}（公章）",
                 f"联 系 人：{p['contact']}", f"联系人电话：{p['phone']}"):
        doc.add_paragraph(line)
    doc.add_paragraph("上海市经济和信息化委员会制            2024年7月")
    doc.add_page_break()
    doc.add_heading("一、企业基本情况", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in company_rows(p):
        r = t.add_row().cells
        r[0].text, r[1].text = a, b
    doc.add_heading("二、平台基本情况", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in basic_rows(m, p, rows):
        r = t.add_row().cells
        r[0].text, r[1].text = a, b
    doc.add_page_break()
    doc.add_heading("三、上海市工业互联网平台应用水平评价指标明细表", level=2)
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ("一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料")):
        c.text = h
    prev = (None, None, None)
    for l1, l2, l3, content, actual, proof in actual_cells(m, p, rows):
        cells = t.add_row().cells
        cur = (l1, l2, l3)
        for i in range(3):
            if cur[:i + 1] != prev[:i + 1]:
                cells[i].text = cur[i]
        prev = cur
        cells[3].text, cells[4].text, cells[5].text = content, actual, proof
    kit.save_docx(doc, path)


def form_xls(path: Path, m, p, rows) -> None:
    sheet1 = [["申报年度", "2024年度"], ["平台名称", p["declared_name"]], ["申报单位", p["company"]],
              ["联系人", p["contact"]], ["联系人电话", p["phone"]], [None, None], ["一、企业基本情况", None]]
    sheet1 += [[a, b] for a, b in company_rows(p)]
    sheet2 = [["二、平台基本情况", None]] + [[a, b] for a, b in basic_rows(m, p, rows)]
    sheet3 = [["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"]]
    for row in actual_cells(m, p, rows):
        sheet3.append(list(row))
    kit.write_xls(path, [("封面及企业基本情况", sheet1), ("平台基本情况", sheet2), ("指标明细表", sheet3)],
                  widths={0: 22, 1: 60, 2: 18, 3: 36, 4: 60, 5: 30},
                  bold_rows={"封面及企业基本情况": {0, 6}, "平台基本情况": {0}, "指标明细表": {0}})


def form_story(m, p, rows):
    st = kit.styles(10)
    story = [kit.Spacer(1, 40 * kit.mm), kit.Paragraph("上海市工业互联网平台应用水平评价", st["h1"]),
             kit.Paragraph("申报表", st["h1"]), kit.Spacer(1, 20 * kit.mm)]
    for line in ("申报年度：2024年度", f"平台名称：{p['declared_name']}", f"申报单位：{p['company']}（公章）",
                 f"联 系 人：{p['contact']}", f"联系人电话：{p['phone']}", "", "上海市经济和信息化委员会制",
                 "2024年7月"):
        story.append(kit.Paragraph(line or "&nbsp;", st["center"]))
    story.append(kit.PageBreak())
    story.append(kit.Paragraph("一、企业基本情况", st["h2"]))
    story.append(kit.table([[a, b] for a, b in company_rows(p)], [45 * kit.mm, 129 * kit.mm], st, header_rows=0))
    story.append(kit.Paragraph("二、平台基本情况", st["h2"]))
    story.append(kit.table([[a, b.replace("\n", "<br/>")] for a, b in basic_rows(m, p, rows)],
                           [45 * kit.mm, 129 * kit.mm], st, header_rows=0))
    story.append(kit.PageBreak())
    story.append(kit.Paragraph("三、上海市工业互联网平台应用水平评价指标明细表", st["h2"]))
    data = [["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"]]
    for l1, l2, l3, content, actual, proof in actual_cells(m, p, rows):
        data.append([l1, l2, l3, content, actual, proof])
    story.append(kit.table(data, [20 * kit.mm, 20 * kit.mm, 22 * kit.mm, 38 * kit.mm, 50 * kit.mm, 24 * kit.mm], st))
    return story


def stamped_scan(path: Path, story, seal_text: str, seed: int, seal_pages=(0, -1), fmt="pdf", footer=""):
    pages = kit.rasterize(kit.pdf_bytes(story, footer=footer), dpi=100)
    out = []
    for i, img in enumerate(pages):
        if i in seal_pages or i - len(pages) in seal_pages:
            img = kit.seal(img, int(img.size[0] * 0.66), int(img.size[1] * 0.42 if i == 0 else img.size[1] * 0.8),
                           seal_text, r=85, seed=seed + i)
            out.append(kit.scanify(img, seed + i))
        else:
            out.append(kit.to_bw(kit.scanify(img, seed + i)))
    if fmt == "pdf":
        kit.images_to_pdf(path, out, dpi=100)
    return out


# ---------------------------------------------------------------- 申报书
def book_sections(m, p, with7: bool, extra: dict | None = None) -> list[tuple[str, list[str]]]:
    dom, short = p["domain"], p["short"]
    secs = [
        ("一、申报单位简介", [f"{p['company']}成立于{p['co']['founded']}，注册地位于{p['co']['addr']}，主营业务为"
                               f"{p['co']['business']}。公司长期深耕{dom}，具备较强的软件研发、系统集成与运营服务能力。",
                               "公司核心竞争力体现在工业设备接入、行业模型积累和规模化实施交付能力，拥有一支覆盖研发、实施、运营的专业团队。"]),
        ("二、平台建设及运营情况", [f"{p['declared_name']}（以下简称“{short}平台”）建设时间为{p['period_text']}，"
                                     f"采用{p['平台建设方式']}方式建设，平台运营模式为{p['平台运营模式']}，部署方式为{p['部署方式']}。",
                                     f"平台技术架构分为边缘层、IaaS层、PaaS层和SaaS层，PaaS层提供设备管理、数据治理、模型管理与低代码开发能力。",
                                     f"平台运营方面，截至填表日平台连接工业设备{m['dev']}台/套，上架工业APP {m['apps']}个，"
                                     f"实际服务企业{m['served']}家，其中服务本市企业{m['local']}家。",
                                     "技术创新点总结：平台自研设备接入网关与时序数据引擎，底层技术自主可控；"
                                     "行业模型库覆盖主要工艺场景，关键指标达到同类平台先进水平。"]),
        ("三、平台应用成效", [f"平台面向{dom}企业解决设备运维成本高、能耗不透明、协同效率低等痛点，"
                               f"案例企业设备运维成本平均下降{m['om_down']:.2f}%，能耗平均下降{m['energy_down']:.2f}%。",
                               "应用创新点总结：融合人工智能与数字孪生技术，形成可复制的行业解决方案，商业模式向订阅服务转型。"]),
        ("四、平台下一步发展计划", ["持续升级平台PaaS能力，扩大行业模型与工业APP供给，拓展长三角及海外市场，深化产业合作。"]),
        ("五、平台应用案例", [f"案例1：{short}平台——设备预测性维护", "企业简介：某装备制造企业，年产值约20亿元。",
                               "平台简介：基于平台设备接入与预测性维护应用。案例实际内容：接入关键设备并部署故障预警模型，非计划停机明显减少。",
                               f"案例2：{short}平台——能效管理", f"案例3：{short}平台——供应链协同"]),
        ("六、附件及其他说明材料", p["annex_list"]),
    ]
    if with7:
        secs.append(("七、平台相较上年度对比情况", [
            "自2023年7月至今，平台在功能模块方面新增能效管理与碳核算模块；",
            f"关键指标方面，连接设备、工业APP与服务企业数量均较上年度增长，截至填表日连接工业设备{m['dev']}台/套；",
            "应用服务方面，新增行业解决方案并拓展长三角服务网络。"]))
    return secs


def book_docx(path: Path, m, p, with7: bool, font="仿宋") -> None:
    doc = Document()
    kit.docx_font(doc, font, 12)
    for t, size in (("上海市工业互联网平台应用水平评价", 18), ("申报书", 22)):
        para = doc.add_paragraph()
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = para.add_run(t)
        run.bold = True
        run.font.size = Pt(size)
    for line in ("申报年度：2024年度", f"平台名称：{p['declared_name']}", f"申报单位：{p['company']}（公章）",
                 f"联 系 人：{p['contact']}", f"联系人电话：{p['phone']}"):
        doc.add_paragraph(line)
    doc.add_page_break()
    for title, paras in book_sections(m, p, with7):
        doc.add_heading(title, level=1)
        for para in paras:
            doc.add_paragraph(para)
    kit.save_docx(doc, path)


def book_pdf(path: Path, m, p, with7: bool) -> None:
    st = kit.styles(11)
    story = [kit.Spacer(1, 50 * kit.mm), kit.Paragraph("上海市工业互联网平台应用水平评价", st["h1"]),
             kit.Paragraph("申报书", st["h1"]), kit.Spacer(1, 20 * kit.mm)]
    for line in ("申报年度：2024年度", f"平台名称：{p['declared_name']}", f"申报单位：{p['company']}（公章）",
                 f"联 系 人：{p['contact']}", f"联系人电话：{p['phone']}"):
        story.append(kit.Paragraph(line, st["center"]))
    story.append(kit.PageBreak())
    for title, paras in book_sections(m, p, with7):
        story.append(kit.Paragraph(title, st["h2"]))
        for para in paras:
            story.append(kit.Paragraph(para, st["body"]))
    kit.write_pdf(path, story, footer=p["short"] + "申报书")


# ---------------------------------------------------------------- 汇总表
SUMMARY_PRINT = {"平台是否建立安全管理体系": "平台是否建立安全管理体系（是/否）",
                 "有否定期开展第三方安全测试/测评": "有否定期开展第三方安全测试/测评（是/否）",
                 "有否定期进行安全扫描": "有否定期进行安全扫描（是/否）",
                 "企业是否已上市或已获得VC/PE投资": "企业是否已上市或已获得VC/PE投资（是/否）"}


def summary_values(rows, override: dict | None = None) -> list[tuple[str, str]]:
    out = []
    for label, value, _ in rows:
        v = (override or {}).get(label, value)
        if label == "平台近三年经营指标情况":
            v = v.replace("；", "\n")
        out.append((SUMMARY_PRINT.get(label, label), v))
    return out


def summary_xls(path: Path, rows, override=None) -> None:
    data = [["平台基本情况汇总表", None], ["指标", "填报内容"]] + [[a, b] for a, b in summary_values(rows, override)]
    kit.write_xls(path, [("Sheet1", data)], widths={0: 42, 1: 70}, bold_rows={"Sheet1": {0, 1}})


def summary_docx(path: Path, rows, override=None, font="宋体") -> None:
    doc = Document()
    kit.docx_font(doc, font, 10)
    para = doc.add_paragraph()
    para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = para.add_run("平台基本情况汇总表")
    r.bold = True
    r.font.size = Pt(16)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in summary_values(rows, override):
        c = t.add_row().cells
        c[0].text, c[1].text = a, b
    kit.save_docx(doc, path)


def summary_xlsx_horizontal(path: Path, rows, override=None) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    wb = Workbook()
    ws = wb.active
    ws.title = "汇总表"
    vals = summary_values(rows, override)
    ws.cell(1, 1, "平台基本情况汇总表").font = Font(bold=True, size=14)
    for j, (a, b) in enumerate(vals, start=1):
        ws.cell(2, j, a).font = Font(bold=True)
        ws.cell(2, j).alignment = Alignment(wrap_text=True)
        ws.cell(3, j, b).alignment = Alignment(wrap_text=True)
    kit.save_xlsx(wb, path)


# ---------------------------------------------------------------- 联系人表, 承诺
def contact_docx(path: Path, p) -> None:
    doc = Document()
    kit.docx_font(doc, "仿宋", 12)
    doc.add_paragraph("附件1")
    para = doc.add_paragraph()
    para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    para.add_run("联系人信息反馈表").bold = True
    doc.add_paragraph("2024年度上海市工业互联网平台应用水平评价工作")
    doc.add_paragraph("一、联系人信息反馈")
    t = doc.add_table(rows=3, cols=7)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ("序号", "姓名", "单位名称", "职务", "手机号码", "电子邮箱", "")):
        c.text = h
    data = [("联系人（主）", p["contact"], p["company"], p["title"], p["phone"], p["email"]),
            ("联系人（备用）", p["contact2"], p["company"], p["title2"], p["phone2"], p["email2"])]
    for i, row in enumerate(data, start=1):
        for c, v in zip(t.rows[i].cells, row):
            c.text = v
    doc.add_paragraph("二、评审会现场地址信息反馈")
    doc.add_paragraph(f"具体地址*：{p['venue']}")
    kit.save_docx(doc, path)


def commitment_paragraphs(p) -> list[tuple[str, str]]:
    return [("title", "真实性承诺"),
            ("body", "我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、准确、完整，"
                     "如有不实，愿承担相应的法律责任及由此产生的一切后果。"),
            ("body", "特此承诺。"), ("right", f"申报单位：{p['company']}（盖章）"),
            ("right", f"法定代表人：{p['co']['legal']}（签章）"), ("right", "2024年7月16日")]


def commitment_image(p, seed) -> "kit.Image.Image":
    lines = [("", 30, "c"), ("", 30, "c"), ("真实性承诺", 48, "c"), ("", 30, "c")]
    body = ("我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、准确、完整，"
            "如有不实，愿承担相应的法律责任及由此产生的一切后果。")
    for k in range(0, len(body), 30):
        lines.append(((("    " if k == 0 else "") + body[k:k + 30]), 30, "l"))
    lines += [("    特此承诺。", 30, "l"), ("", 30, "c"), ("", 30, "c"), (f"申报单位：{p['company']}（盖章）", 30, "r"),
              ("", 30, "c"), (f"法定代表人：{p['co']['legal']}（签章）", 30, "r"), ("", 30, "c"), ("2024年7月16日", 30, "r")]
    img = kit.draw_page(lines, seed=seed)
    img = kit.seal(img, 900, 1050, p["company"], r=110, seed=seed)
    return kit.scanify(img, seed)
