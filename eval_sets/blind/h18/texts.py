"""Free-text answers of the 指标明细表 and the 申报书 narrative, filled from a package's values."""
from __future__ import annotations


def c(n):
    return f"{n:,}"


def default_texts(P, t: dict) -> dict:
    D = P.D
    out = {
        "t:定位": t["positioning"],
        "t:政策": t["policy"],
        "t:战略规划": t["strategy"],
        "t:专项规划": t["plan"],
        "t:其他资源": t["other_res"],
        "t:边缘": t["edge"],
        "t:其他采集": t["other_collect"],
        "t:可拓展": "是",
        "t:算力": t["compute"],
        "t:数据管理": "建立数据标准管理、元数据管理、主数据管理和数据质量管理制度，按“采-存-治-用”全流程设置质量校验规则"
                    f"{t.get('dq_rules', 320)}条，数据质量问题按周闭环整改。",
        "t:通用算法": "是",
        "t:算法类型": "基础算法（排序、查找、统计等）、聚类算法、分类算法、预测与估算算法、关联分析算法、推荐算法；"
                    + t.get("algo_extra", "时序异常检测算法"),
        "t:开发者社区": "是，" + t["dev_community"],
        "t:语言": "共5种：Java、Python、C++、JavaScript、Go",
        "t:框架": t.get("framework", "平台提供基于Spring Cloud的微服务开发框架和低代码应用框架，支持容器化部署、服务注册发现、配置中心与灰度发布，"
                                     "前端采用Vue组件库，支持拖拽式页面编排和数据可视化组件复用。"),
        "t:工具": t.get("tools", "提供在线IDE、低代码表单/流程设计器、模型训练工作台、API调试工具和DevOps流水线，"
                                 "支持代码托管、自动化测试、镜像构建与一键发布。"),
        "t:安全方面": "1.数据安全：分级分类与脱敏；2.传输安全：全链路TLS加密；3.访问登录：统一身份认证与多因素认证；"
                     "4.代码安全：代码审计与开源组件扫描；5.应用安全：上线前渗透测试；6.网络安全：分区分域隔离与边界防护。",
        "t:安全技术": "部署下一代防火墙、WAF、入侵检测与防御、堡垒机和日志审计，生产网与办公网物理隔离，"
                     "敏感数据采用国密SM4加密存储、SM2证书认证，接口统一网关鉴权与限流。",
        "t:数据保护": "核心数据每日增量、每周全量备份，关键库双机热备，离线备份介质异地存放，"
                     f"{t.get('dr_site', '同城双活+异地灾备中心')}，RPO≤15分钟、RTO≤2小时。",
        "t:自主可控": t["autonomy"],
        "t:新增效益": t["benefit"],
        "t:降低成本": t["cost"],
        "t:数据价值": t["data_value"],
        "t:供应链": t["supply"],
        "t:新技术": t["newtech"],
        "t:标准": t["standards"],
        "t:贡献支撑": t["contribution"],
        "t:开放机制": "是，" + t["open_mech"],
        "t:跨平台": t["cross"],
        "t:新模式": t["new_mode"],
    }
    over = {
        "平台是否建立安全管理体系": "是，" + t["sec_docs"],
        "有否定期开展第三方安全测试/测评": t.get("third_party", "是，每年一次（委托第三方测评机构开展等保2.0三级测评及渗透测试）"),
        "有否定期进行安全扫描": t.get("scan", "是，每月一次漏洞扫描，重大版本上线前专项扫描"),
        "企业是否已上市或已获得VC/PE投资": t["listed_text"],
        "平台是否有自研形成的核心技术突破": "是，" + t["breakthrough"],
        "平台是否具备碳管理服务能力": t["carbon_text"],
        "平台是否融合使用国家标识解析系统": t["idres_text"],
        "平台是否服务上海智能工厂，数量": t["smart_text"],
        "平台获得省部级及以上奖项/荣誉数量（个）": t.get("awards_text"),
    }
    over = {k: v for k, v in over.items() if v is not None}
    return out, over


def book_sections(P, t: dict, attach_list: list[tuple[str, str]], with7: bool, compare: list[list[str]],
                  cases: list[tuple[str, str, str, str]], section7: list[str] | None = None) -> list:
    D = P.D
    g = D["平台近三年经营指标情况"]
    s = []
    s.append(("一、申报单位简介", t["company_intro"]))
    two = [("h2", "（一）平台基本信息")]
    two += [f"{P.declared_name}（以下简称“平台”）建设时间为{t['build_span']}，建设方式为{P.build_mode_text.splitlines()[0].replace('☑', '').strip()}，"
            f"累计建设投入{D['平台建设金额（万元）']:.2f}万元。平台定位为{t['positioning']}"]
    two += t["platform_basic"]
    two += [("h2", "（二）平台技术架构")] + t["architecture"]
    two += [("h2", "（三）技术路线先进性")] + t["advanced"]
    two += [("h2", "（四）平台运营情况"),
            f"截至填表日，平台连接工业设备{c(D['连接的工业设备/产品/产线种类及数量（台/套）'])}台（套），其中公有云连接"
            f"{c(D['公有云工业设备连接数量（台/套）'])}台（套）；上线工业APP {D['工业APP数量（个）']}个，工业机理模型"
            f"{D['工业机理模型数量（个）']}个，微服务{c(D['微服务数量（个）'])}个；注册企业用户{c(D['注册企业用户数（个）'])}家，"
            f"实际服务企业{c(D['实际服务企业数（个）'])}家，其中付费企业{c(D['付费企业数（个）'])}家。2023年平台相关营业收入"
            f"{g['2023年平台营收（万元）']:.2f}万元，同比增长{g['2023年增长率（%）']:.2f}%。"]
    two += t["operation_extra"]
    two += ["表X 平台对标同行业或相似平台的部分量化数据对比表", ("table", [["三级指标", "本平台数据", "对标数据"]] + compare)]
    two += ["平台技术创新点总结：" + t["innovation"]]
    s.append(("二、平台建设及运营情况", two))
    s.append(("三、平台应用成效", t["effects"] + ["应用创新点总结：" + t["app_innovation"]]))
    s.append(("四、平台下一步发展计划", t["next"]))
    five = []
    for i, (name, ent, plat, body) in enumerate(cases, 1):
        five += [("h2", f"案例{i}：{name}"), "企业简介：" + ent, "平台简介：" + plat, "案例实际内容简介：" + body]
    s.append(("五、平台应用案例", five))
    six = ["本申报书所附证明材料清单如下（页码为各文件内页码）："]
    six += [("table", [["序号", "附件名称", "对应页码"]] + [[str(i), a, b] for i, (a, b) in enumerate(attach_list, 1)])]
    s.append(("六、附件及其他说明材料", six))
    if with7:
        s.append(("七、平台相较上年度对比情况", section7 or []))
    return s
