"""Shared text defaults of the h83 specs (answers an operator writes for the qualitative rows)."""

from __future__ import annotations

import random


def patents(topics: list[str], n: int, seed: int) -> list[tuple]:
    rng = random.Random(seed)
    out = []
    forms = ["一种基于{}的{}方法", "一种{}的{}系统及装置", "基于{}的{}方法、设备及存储介质"]
    for i in range(n):
        a, b = topics[i % len(topics)], topics[(i * 3 + 1) % len(topics)]
        name = forms[i % 3].format(a, b if b != a else "数据处理")
        kind = "发明专利" if i % 4 else "实用新型"
        year = 2019 + i % 5
        num = f"ZL {year} {1 if kind == '发明专利' else 2} {rng.randint(1000000, 1999999)}.{rng.randint(0, 9)}"
        out.append((name, kind, num, f"{year + 1 + (i % 2)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"))
    return out


def copyrights(prefix: str, modules: list[str], n: int, seed: int) -> list[tuple]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        m = modules[i % len(modules)]
        ver = f"V{1 + i // len(modules)}.0"
        year = 2019 + i % 6
        out.append((f"{prefix}{m}软件{ver}", f"{year}SR{rng.randint(1000000, 1999999)}",
                    f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"))
    return out


def months(values: list[int]) -> list[tuple[str, int]]:
    names = [f"2023年{m}月" for m in range(7, 13)] + [f"2024年{m}月" for m in range(1, 7)]
    return list(zip(names, values))


def default_texts(s: dict) -> dict:
    sh, dom = s["short"], s["domain"]
    return {
        "平台定位是否明确": s["position"],
        "是否符合国家/地方相关政策方向，是否符合行业/产业发展现状与趋势": "\n".join(s["policy"]),
        "平台是否被纳入企业战略规划中": f"是，已纳入《{s['company_short']}“十四五”发展战略规划》",
        "是否制定了平台专项规划": f"是，《{sh}平台三年发展专项规划（2023-2025年）》",
        "其他资源汇聚情况": s.get("other_resources", f"汇聚{dom}行业知识库条目约12万条、工艺与质量案例3,600余个、服务商资源1,200余家。"),
        "边缘数据处理能力": s.get("edge", "方案支持数据采集、数据存储、网络传输、智能分析等功能；边缘计算应用节点数1,260个；最低响应时延10毫秒。"
                                   "私有化部署涉及边缘节点210个，由客户本地运维、平台统一纳管。"),
        "其他数据采集能力": f"支持ERP、MES、WMS、TMS等系统通过API、数据库同步、文件交换方式采集，已对接各类业务系统{s.get('systems', 380)}套。",
        "是否支持可拓展云计算能力": "是",
        "云化服务器算力": s.get("compute", "CPU约9,600核、内存约38TB、GPU算力约320 PFLOPS（FP16），支持弹性伸缩。"),
        "数据基础管理能力": "建立数据标准管理、元数据管理、数据质量管理和主数据管理体系，统一编码规则与数据字典，质量稽核规则覆盖核心数据表。",
        "是否提供通用建模分析算法": "是",
        "智能分析算法类型": "基础算法（排序、查找、统计）、聚类算法、分类算法、预测与估算算法、关联分析算法、推荐算法。",
        "是否建立开发者社区及相关功能": "是",
        "平台支持开发语言类型": "共5种：Java、Python、Go、JavaScript、C++",
        "平台应用开发框架": "基于Spring Cloud与Kubernetes的微服务开发框架，提供统一认证、服务注册发现、配置中心、消息总线与低代码表单引擎。",
        "平台应用开发工具": "提供在线IDE、低代码拖拽设计器、API调试台、模型训练工作台与应用发布流水线，支持一键部署至公有云或私有化环境。",
        "建立的安全制度保护了平台的哪些方面": "1. 数据安全；2. 传输安全；3. 访问登录安全；4. 代码安全；5. 应用安全；6. 网络安全。",
        "采用何种安全技术情况": "采用下一代防火墙、WAF、网络分区隔离、国密SM2/SM4加密传输与存储、多因素认证、堡垒机审计、态势感知与入侵检测。",
        "核心数据安全保护手段": "有数据备份：每日增量、每周全量；离线备份每月一次；核心库双机热备；同城双活并在异地机房建设灾备节点。",
        "关键技术自主可控": s.get("key_tech", "时序数据引擎、设备接入网关、低代码开发框架均为自主研发，自主可控。"),
        "解决方案累计对企业/用户新增效益": s["benefit"],
        "解决方案累计对企业/用户降低成本": s["cost"],
        "平台数据价值挖掘应用能力": s.get("mining", f"基于平台沉淀的{dom}数据，构建需求预测、价格研判与质量分析模型，形成可复用的行业知识组件，"
                                         "支撑用户在采购、排产与库存方面的决策。"),
        "工业互联网平台+供应链协同应用情况": s["supply"],
        "平台有否与新技术的融合应用": s["newtech"],
        "平台牵头/参与标准制定情况（国家标准、行业标准）": s["standards_text"],
        "平台对关键行业/领域、本市及其他重点区域等贡献及支撑": s["contribution"],
        "是否建立供应链产业链开放共享机制": s["open_mech"],
        "跨平台调用功能建设情况": s["cross"],
        "新产业、新模式培育情况": s["newmode"],
    }


def default_answers(s: dict) -> dict:
    sh = s["short"]
    return {
        "平台是否建立安全管理体系": f"是。《{sh}平台网络安全管理办法》（{s['doc_prefix']}-AQ-001，2021年3月）；《数据安全管理规定》"
                          f"（{s['doc_prefix']}-AQ-004，2022年6月）；《网络安全事件应急预案》（{s['doc_prefix']}-AQ-007，2023年2月）",
        "有否定期开展第三方安全测试/测评": s.get("test_answer", "是，每年一次等级保护测评（最近一次2023年11月）"),
        "有否定期进行安全扫描": "是，每周一次自动化漏洞扫描，每季度一次渗透测试",
        "企业是否已上市或已获得VC/PE投资": s["vc"][1],
        "平台是否有自研形成的核心技术突破": s["breakthrough"],
        "平台是否具备碳管理服务能力": s["carbon_answer"],
        "平台是否融合使用国家标识解析系统": s["idres_answer"],
    }
