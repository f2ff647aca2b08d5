"""Helpers shared by the package specs: number formats, breakdown texts, the form/summary model."""

from __future__ import annotations

from labels import DETAIL, SUMMARY_LABELS


def r2(x: float) -> float:
    return float(f"{x:.2f}")


def pct(a: float, b: float) -> float:
    return r2(a / b * 100)


def f2(x: float) -> str:
    return f"{x:.2f}"


def money(x: float, paren: bool = True) -> str:
    """Accountant style: thousands separators, losses in parentheses."""
    s = f"{abs(x):,.2f}"
    return f"({s})" if x < 0 and paren else (f"-{s}" if x < 0 else s)


def bd(d: dict, blanks: tuple[str, ...] = (), dash: str = "—") -> str:
    parts = [f"{k}：{v}" for k, v in d.items()]
    parts += [f"{k}：{dash}" for k in blanks]
    return "、".join(parts)


TEXT_DEFAULTS = {
    "是否符合国家/地方相关政策方向，是否符合行业/产业发展现状与趋势":
        "1.工业和信息化部《工业互联网创新发展行动计划（2021-2023年）》——平台体系建设方向；\n"
        "2.上海市《上海市制造业数字化转型实施方案》——重点行业平台赋能方向；\n"
        "3.行业现状与趋势：制造企业数字化、绿色化改造需求持续释放，平台化服务成为趋势。",
    "其他数据采集能力": "支持对MES、ERP、能源管理系统等业务系统数据的接口采集，支持OPC UA、Modbus、MQTT等协议，按分钟级频率同步。",
    "是否支持可拓展云计算能力": "是",
    "数据基础管理能力": "建立数据标准管理、数据质量管理、主数据管理和数据安全分级制度，对接入数据进行清洗、校验和血缘追踪。",
    "是否提供通用建模分析算法": "是",
    "智能分析算法类型": "基础算法（统计、排序、查找）、聚类算法、分类算法、预测与估算算法、关联分析算法",
    "平台支持开发语言类型": "共4种：Java、Python、JavaScript、SQL",
    "平台应用开发框架": "基于Spring Cloud微服务框架与容器化部署，提供低代码表单、流程编排和组件市场，应用以微服务方式发布并统一鉴权。",
    "平台应用开发工具": "提供在线IDE、低代码设计器、API调试工具、模型训练工作台和应用发布流水线，支持版本管理与灰度发布。",
    "建立的安全制度保护了平台的哪些方面": "1.数据安全；2.传输安全；3.访问登录安全；4.代码安全；5.应用安全；6.网络安全。",
    "采用何种安全技术情况": "采用下一代防火墙、网络区域隔离、传输加密（TLS1.2）、数据库加密、多因素身份认证和日志审计等技术。",
    "核心数据安全保护手段": "核心数据每日增量备份、每周全量离线备份，数据库双机热备，并在异地机房进行容灾备份。",
    "关键技术自主可控": "设备接入网关、时序数据引擎、能效分析模型等关键技术均为自主研发，自主可控。",
    "平台数据价值挖掘应用能力": "基于设备运行与能耗数据开展异常识别、负荷预测和能效对标，沉淀行业知识模型并在同类客户间复用。",
    "工业互联网平台+供应链协同应用情况": "平台与用户企业的采购、仓储系统对接，实现备品备件需求预测与协同补货，提升供应链响应效率。",
    "平台对关键行业/领域、本市及其他重点区域等贡献及支撑": "平台服务本市及长三角制造企业，支撑其数字化、绿色化转型。",
    "跨平台调用功能建设情况": "通过开放API与合作平台实现账号互认与数据互通，支持跨平台调用设备数据与模型服务。",
}


def build_form(P: dict, numbers: dict[str, tuple[str, object]], texts: dict[str, str]) -> None:
    """Fill P['form'] (内容 → cell text) and P['summary_rows'] from numbers keyed by 附件4 label
    (cell text, normalised) and texts keyed by 内容."""
    form = {}
    for _, _, _, content, label in DETAIL:
        if label:
            form[content] = numbers[label][0]
        else:
            form[content] = texts.get(content, TEXT_DEFAULTS.get(content))
            assert form[content] is not None, content
    P["form"] = form
    rows = []
    for label in SUMMARY_LABELS:
        value, norm = P["basic"][label] if label in P["basic"] else numbers[label]
        rows.append({"label": label, "value": value, "normalized": norm})
    P["summary_rows"] = rows
