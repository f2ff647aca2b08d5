"""Qualitative cells of the 指标明细表, parameterised by the trade's own words."""


def base_texts(x: dict) -> dict:
    """x: trade vocabulary (industry, devices, apps, models, edge, ...)."""
    return {
        "nature": x["nature"],
        "平台定位是否明确": x["positioning"],
        "政策符合": x["policy"],
        "纳入战略规划": x["plan"],
        "专项规划": x["special_plan"],
        "其他资源汇聚情况": x["other_resources"],
        "边缘数据处理能力": (f"方案可支持数据采集、数据存储、网络传输、智能分析及{x['edge_extra']}等功能；边缘计算应用节点数"
                      f"{x['edge_nodes']}个（部署于{x['edge_where']}的边缘网关/边缘服务器，每套视为1个节点）；最低响应时延"
                      f"{x['latency']}。"),
        "其他数据采集能力": x["other_collect"],
        "云化服务器算力": x["compute"],
        "数据基础管理能力": ("建立数据标准管理、主数据管理、数据质量管理和数据资产目录，统一设备编码与测点命名规则，"
                      f"质量规则{x['dq_rules']}条，按日出具数据质量报告，并按数据分类分级实施权限管控。"),
        "智能分析算法类型": "基础算法（排序、查找、统计）、聚类算法、分类算法、预测与估算算法、关联分析算法、推荐算法，以及" + x["algo_extra"],
        "speed": x["speed"],
        "speed_level": x["speed_level"],
        "平台支持开发语言类型": x.get("langs", "共5种：Java、Python、C++、JavaScript、Go"),
        "平台应用开发框架": x.get("framework", "基于Spring Cloud与Kubernetes的微服务应用框架，提供统一认证、服务注册、配置中心、"
                                             "消息总线和设备物模型SDK，支持低代码页面与后端服务分离开发，应用以容器镜像方式发布到平台应用市场。"),
        "平台应用开发工具": x.get("tools", "提供在线IDE、低代码组态设计器、规则引擎、模型训练工作台、API网关调试工具及DevOps流水线，"
                                         "支持从开发、测试、灰度到上架的全流程。"),
        "security_rules": x["security_rules"],
        "安全制度保护方面": "1.数据安全；2.传输安全；3.访问登录与账号权限；4.代码与应用发布安全；5.网络边界与主机安全；6.工控侧接入安全。",
        "third_party": x.get("third_party", "是，每年委托第三方测评机构开展一次等级保护测评和渗透测试"),
        "scan": x.get("scan", "是，每月开展一次漏洞扫描，重大版本上线前加扫"),
        "采用何种安全技术情况": "部署下一代防火墙、工业防火墙与单向网闸实现IT/OT网络隔离；全链路TLS加密；统一身份认证与多因素认证；"
                          "WAF、主机入侵检测与态势感知平台；关键操作审计留痕。",
        "核心数据安全保护手段": "核心数据每日增量、每周全量备份，每月离线备份至磁带库；数据库双机热备；云上对象存储跨可用区冗余，"
                          "并在异地机房建立灾备环境，RPO≤15分钟。",
        "关键技术自主可控": x["autonomy"],
        "新增效益": x["benefit"],
        "降低成本": x["cost"],
        "平台数据价值挖掘应用能力": x["value_mining"],
        "供应链协同": x["supply_chain"],
        "新技术融合": x["new_tech"],
        "标准制定": x["standards"],
        "重点区域贡献": x["region_contrib"],
        "开放共享机制": x["open_mech"],
        "跨平台调用": x["cross_platform"],
        "新产业新模式": x["new_mode"],
        "smart_factory": x["smart_factory"],
        "listed": x["listed"],
        "listed_bool": x["listed_bool"],
        "indices": x["indices"],
        "breakthrough": x["breakthrough"],
        "carbon": x["carbon"],
        "idres": x["idres"],
        "awards_text": x["awards_text"],
        "open_data": x["open_data"],
    }
