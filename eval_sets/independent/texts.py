"""Default wording of the 申报表's descriptive answers (three phrasings, chosen per package) and the
字数 limits of the 填报指引 that clean packages must respect."""

from __future__ import annotations

import re

# 填报指引 limits: key -> (limit, strict). strict=True for "以内", False for "左右" (we allow 1.3x + the
# extra ~100字 私有化 note where the guide allows it)
LIMITS = {
    "positioning": (50, True), "other_resources": (200, True), "edge": (100, False), "other_collect": (100, False),
    "compute": (50, True), "data_mgmt": (100, False), "framework": (100, False), "tools": (100, False),
    "sec_tech": (100, False), "sec_data": (100, False), "data_value": (200, False), "supply_chain": (300, False),
    "new_tech": (300, True), "contribution": (300, True), "open_mech": (200, False), "cross": (200, True),
    "new_models": (300, True),
}


def zi(text: str) -> int:
    """字数 as Word counts it for Chinese text: every non-space character."""
    return len(re.sub(r"\s+", "", text))


def over_limit(key: str, text: str, private_note: bool = False) -> bool:
    if key not in LIMITS:
        return False
    limit, strict = LIMITS[key]
    if strict:
        return zi(text) > limit
    allowed = limit * 1.3 + (130 if private_note else 0)
    return zi(text) > allowed


def defaults(v: int, w: dict) -> dict[str, str]:
    """Descriptive answers in phrasing variant v (0, 1, 2); w holds the platform's own words."""
    P = w["platform"]
    t: dict[str, str] = {}
    if v == 0:
        t["in_strategy"] = f"是，已纳入《{w['company_short']}“十四五”发展规划（2021—2025年）》数字化转型专项任务"
        t["special_plan"] = f"是，《{P}三年建设规划（2022—2024年）》"
        t["other_collect"] = ("平台通过OPC UA、Modbus、MQTT及RESTful接口采集MES、ERP、SCADA等系统数据，支持数据库直连、"
                              "文件批量导入及API订阅三种方式，日均采集业务数据约1.2亿条，采集频率最高可达秒级。")
        t["scalable"] = "是"
        t["compute"] = w.get("compute", "私有云120台物理服务器，合计4800核CPU、32张GPU卡，可按需弹性扩展")
        t["data_mgmt"] = ("建立数据标准管理、数据质量管理、元数据管理和主数据管理体系，制定数据分级分类规范，"
                          "对采集数据进行完整性、一致性、时效性校验，数据质量问题闭环处理率达98%以上。")
        t["general_algo"] = "是"
        t["algo_types"] = "基础算法（排序、查找、统计）、聚类算法、分类算法、预测与估算算法、关联分析算法、推荐算法、时序异常检测算法"
        t["dev_community"] = "是"
        t["languages"] = "共6种：Java、Python、C++、C#、JavaScript、Go"
        t["framework"] = ("采用Spring Cloud微服务框架与Kubernetes容器编排，提供低代码应用构建、流程编排和组件市场，"
                          "支持前后端分离开发、灰度发布与多租户隔离，开发者可复用平台沉淀的通用组件快速构建工业APP。")
        t["tools"] = ("提供在线IDE、可视化拖拽式页面设计器、模型训练工作台、API网关调试工具及DevOps流水线，"
                      "支持代码托管、自动化测试、一键部署和运行监控，缩短应用开发周期约40%。")
        t["sec_scope"] = "1. 数据安全；2. 传输安全；3. 访问登录安全；4. 代码安全；5. 应用安全；6. 网络与主机安全"
        t["sec_tech"] = ("部署下一代防火墙、WAF及入侵检测系统，生产网与办公网物理隔离，数据传输采用TLS1.2/国密SM4加密，"
                         "统一身份认证支持双因素登录，关键操作全程审计留痕。")
        t["sec_data"] = "核心数据每日增量备份、每周全量备份，离线备份介质异地保存；数据库双机热备，并在异地数据中心建立灾备，RPO≤15分钟。"
        t["key_tech"] = "设备接入与协议解析、边缘计算、工业机理建模、时序数据库等关键技术均为自主研发，源代码自主可控。"
        t["data_value"] = ("平台基于长期积累的设备运行数据构建设备健康画像与故障知识库，沉淀故障模式、处置经验等知识条目，"
                           "通过知识图谱实现故障原因推理和维修方案推荐；对同类设备运行数据进行横向对标，输出能效与可靠性分析报告，"
                           "支撑用户优化运维策略和备件计划，实现工业知识的沉淀与复用。")
        t["cross"] = "平台通过开放API网关与国家工业互联网大数据中心上海分中心、上海市工业碳管理公共服务平台实现数据对接，支持统一身份认证和服务目录互认，可跨平台调用设备数据和模型服务。"
    elif v == 1:
        t["in_strategy"] = f"已纳入。《{w['company_short']}数字化转型战略规划（2022-2025）》将平台列为核心工程"
        t["special_plan"] = f"已制定《{P}发展专项规划》（2023年修订版）"
        t["other_collect"] = ("支持对ERP、MES、WMS、PLM等软件系统及第三方平台的数据采集，提供标准化数据接入SDK和"
                              "60余种数据源适配器，可实现结构化与非结构化数据统一汇聚。")
        t["scalable"] = "是"
        t["compute"] = w.get("compute", "采用公有云+私有云混合架构，可用vCPU约6000核，支持分钟级弹性扩容")
        t["data_mgmt"] = ("围绕数据全生命周期建立数据标准、数据质量、数据安全和数据资产目录管理机制，"
                          "配置质量规则300余条，按月发布数据质量报告。")
        t["general_algo"] = "是"
        t["algo_types"] = "统计分析、聚类、分类、回归预测、关联分析、推荐算法，以及基于深度学习的图像识别算法"
        t["dev_community"] = "是"
        t["languages"] = "共5种，包括Java、Python、JavaScript、C++、SQL"
        t["framework"] = ("平台应用开发框架基于云原生架构，采用微服务+中台模式，内置用户权限、消息、报表、流程等公共组件，"
                          "支持低代码与专业代码两种开发模式。")
        t["tools"] = "提供可视化建模工具、低代码开发平台、数据开发工作台、API开放平台及应用测试与发布工具，支持在线协同开发。"
        t["sec_scope"] = "数据、传输、访问登录、代码、应用、网络、终端及运维操作等方面"
        t["sec_tech"] = "采用防火墙、网络隔离、VPN、数据加密、身份认证、访问控制、漏洞扫描、日志审计等技术，通过等保三级测评。"
        t["sec_data"] = "有数据备份、离线备份和云备份，关键业务系统双机热备，并建立同城异地灾备机制，每半年开展一次灾备演练。"
        t["key_tech"] = "平台核心组件（数据中台、物联网接入、AI建模引擎）自主研发，拥有自主知识产权，关键技术自主可控。"
        t["data_value"] = ("通过对订单、生产、质量、物流数据的融合分析，形成需求预测、产能匹配、质量追溯等数据产品，"
                           "将行业专家经验固化为规则库和模型库，在用户间推广复用。")
        t["cross"] = "平台与上下游合作平台建立API级互联，实现订单、库存、物流信息的双向交互，累计开放跨平台调用接口百余个。"
    else:
        t["in_strategy"] = f"是。公司《中长期发展战略纲要》明确以{P}为数字化业务主线"
        t["special_plan"] = f"是：《{P}建设与运营专项规划（2021-2025年）》"
        t["other_collect"] = "可采集设计、工艺、质量检测等软件数据及视频、图片等非结构化数据，支持断点续传和数据补采。"
        t["scalable"] = "是"
        t["compute"] = w.get("compute", "租用公有云ECS实例150台、GPU实例8台，支持自动伸缩")
        t["data_mgmt"] = "制定《平台数据管理办法》，开展数据标准、质量、血缘和生命周期管理，关键数据项质量达标率99%。"
        t["general_algo"] = "是"
        t["algo_types"] = "基础统计算法、聚类算法、分类算法、时间序列预测算法、优化调度算法、图像识别算法"
        t["dev_community"] = "是"
        t["languages"] = "共7种：Java、Python、Go、C、C++、JavaScript、TypeScript"
        t["framework"] = "采用微服务架构和容器化部署，提供统一的应用开发框架、组件库与脚手架，支持多租户和插件化扩展。"
        t["tools"] = "包括低代码表单/流程设计器、数据可视化大屏编辑器、算法建模IDE、接口调试与自动化测试工具等。"
        t["sec_scope"] = "（1）平台数据；（2）网络传输；（3）用户访问与登录；（4）源代码；（5）应用服务；（6）基础网络环境"
        t["sec_tech"] = "综合运用防火墙、网闸隔离、HTTPS加密传输、零信任访问、数字证书认证和态势感知平台。"
        t["sec_data"] = "核心数据实时同步至备用集群，每日云备份，每月离线备份，并在异地机房实施灾备。"
        t["key_tech"] = "平台底座、数据引擎及核心算法均为自研，适配国产操作系统、数据库与芯片，实现关键技术自主可控。"
        t["data_value"] = "平台汇聚行业生产与交易数据，开展价格指数、产能指数分析，为企业经营决策和行业监测提供数据服务。"
        t["cross"] = "已与多个行业平台实现账号互通、数据互联和服务互调，支持跨平台调用订单、物流和金融服务。"
    return t
