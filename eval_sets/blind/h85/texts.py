"""Cell texts of the 指标明细表 and of 二、平台基本情况: the derived values plus each applicant's own wording.

Package specs give their own sentences in spec["text"]; what they leave out is written from the spec's nouns."""

from __future__ import annotations

from eval_sets.blind.h85.kit import chars
from eval_sets.blind.h85.labels import LIMITS, TABLE
from eval_sets.blind.h85.model import Pkg


def _checkbox(options: list[str], chosen: list[str]) -> str:
    return "  ".join(("☑" if o in chosen else "□") + o for o in options)


def fill_cells(p: Pkg) -> Pkg:
    s, v, d = p.spec, p.values, p.display
    T = dict(s["text"])
    abbr, dom = s["abbr"], s["dom"]
    g = T.get
    cells: dict[str, str] = {}
    for _, content, label in TABLE:
        if label:
            cells[content] = d[label]
    cells["平台定位是否明确"] = T["pos"]
    cells["是否符合国家/地方相关政策方向，是否符合行业/产业发展现状与趋势"] = "\n".join(T["policy"])
    cells["平台是否被纳入企业战略规划中"] = f"是，已纳入《{T['strategy']}》"
    cells["是否制定了平台专项规划"] = f"是，《{T['plan']}》"
    cells["其他资源汇聚情况"] = T["other_res"]
    cells["边缘数据处理能力"] = T["edge"]
    cells["其他数据采集能力"] = T["collect"]
    cells["是否支持可拓展云计算能力"] = "是"
    cells["云化服务器算力"] = T["compute"]
    cells["数据基础管理能力"] = g("datamgmt", f"建立数据标准管理、数据质量管理和元数据管理制度，{abbr}平台统一主数据编码规则，"
                                      "对接入数据实施完整性、一致性、及时性校验，按敏感程度分级分类管理，并定期开展数据质量评估与问题整改。")
    cells["是否提供通用建模分析算法"] = "是"
    cells["智能分析算法类型"] = g("algos", "基础算法（排序、查找、统计）、聚类算法、分类算法、预测与估算算法、关联分析算法、推荐算法")
    cells["平台支持开发语言类型"] = T["langs"]
    cells["平台应用开发框架"] = g("framework", f"{abbr}平台提供基于Spring Cloud与容器的微服务开发框架，内置设备接入、数据服务、模型服务、"
                                       "权限与计费等公共组件，支持前后端分离开发和低代码页面编排，开发者可按模板快速构建工业APP并一键发布至应用市场。")
    cells["平台应用开发工具"] = g("tools", "提供在线IDE、低代码可视化编排工具、模型训练工作台、API调试与Mock工具、"
                                      "应用打包与持续集成流水线，以及SDK与开发文档中心，支持本地开发与云端调试两种方式。")
    cells["是否建立开发者社区及相关功能"] = g("community", "是")
    sec = T["security_rules"]
    cells["是否针对平台制定了安全管理相关制度"] = "是。" + "；".join(sec)
    cells["建立的安全制度保护了平台的哪些方面"] = g("sec_aspects", "1.数据安全：分级分类与加密存储；2.传输安全：全链路TLS加密；"
                                                "3.访问登录：统一身份认证与多因素登录；4.代码安全：代码审计与发布审批；5.应用安全：上架检测；6.网络安全：分区隔离与访问控制。")
    cells["有否定期开展第三方安全测试/测评"] = "是，" + T["third_party"]
    cells["有否定期进行安全扫描"] = "是，" + T["scan"]
    cells["采用何种安全技术情况"] = g("sec_tech", "采用下一代防火墙、Web应用防火墙、网络分区隔离、零信任访问控制、国密算法加密传输与存储、"
                                      "统一身份认证与多因素认证、堡垒机运维审计、入侵检测与态势感知等安全技术。")
    cells["核心数据安全保护手段"] = g("backup", "有数据备份：核心数据库每日全量、每小时增量备份；离线备份每周一次；"
                                        "核心业务采用双机热备与云备份；在异地机房建设灾备中心，RPO不大于15分钟。")
    cells["平台是否服务上海智能工厂，数量"] = T["smart"]
    cells["企业已上市或已获得VC/PE投资"] = s["vc"][1]
    cells["关键技术自主可控"] = T["key_tech"]
    cells["解决方案累计对企业/用户新增效益"] = T["gain"]
    cells["解决方案累计对企业/用户降低成本"] = T["save"]
    cells["平台数据价值挖掘应用能力"] = T["mining"]
    cells["工业互联网平台+供应链协同应用情况"] = T["supply"]
    cells["平台有否与新技术的融合应用"] = "有。" + T["newtech"]
    cells["平台是否有自研形成的核心技术突破"] = "是。" + T["breakthrough"]
    cells["平台是否具备碳管理服务能力"] = ("是。" + T["carbon"]) if s["carbon"] else "否"
    cells["平台是否融合使用国家标识解析系统"] = ("是。" + T["idres"]) if s["idres"] else "否"
    cells["平台牵头/参与标准制定情况（国家标准、行业标准）"] = T["standards"]
    cells["平台获得省部级及以上奖项/荣誉数量（个）"] = f"共{len(s['awards'])}个：" + "；".join(
        f"{i}.{a[0]}（{a[1]}，{a[2]}）" for i, a in enumerate(s["awards"], 1))
    cells["平台对关键行业/领域、本市及其他重点区域等贡献及支撑"] = T["contribution"]
    cells["是否建立供应链产业链开放共享机制"] = "是。" + T["open_mech"]
    cells["跨平台调用功能建设情况"] = T["cross"]
    cells["新产业、新模式培育情况"] = "有。" + T["new_industry"]
    cells["平台现有特色指数（个）"] = f"{s['indices']}个。" + T["indices_text"]
    cells["其中：杀手锏APP数量（个）"] = "5个：" + "、".join(
        f"{i}.{n}" for i, n in enumerate(s["killer_apps"], 1))
    p.cells = cells
    for k, lim in LIMITS.items():
        if k in cells:
            assert chars(cells[k]) <= lim, (p.pid, k, chars(cells[k]))
    for line in T["policy"]:
        assert chars(line) <= 50, (p.pid, line)

    b = {}
    b0, b1 = s["build_period"]
    b["平台名称"] = p.declared_name
    b["建设时间"] = f"{b0[0]}年{b0[1]}月至{b1[0]}年{b1[1]}月"
    b["平台建设金额（万元）"] = f"{s['invest']:.2f}"
    b["平台近三年经营指标情况"] = "\n".join(
        f"{y}年平台营收{s['revenue'][y]:.2f}万元/增长率{s['growth'][y]:.2f}%" for y in (2021, 2022, 2023))
    bm = s["build_mode"]
    b["平台建设方式"] = _checkbox(["自建", "合作共建"], [bm[0]]) + (f"，合作企业名称（必填）：{bm[1]}" if bm[0] == "合作共建" else "")
    b["平台运营模式"] = _checkbox(["自运营", "联合运营", "委托运营"], [s["op_mode"]])
    ia = s["iaas"]
    b["IaaS基础设施"] = _checkbox(["自建", "租用"], [ia[0]]) + (f"，服务商名称（必填）：{ia[1]}" if ia[0] == "租用" else "")
    dp = s["deploy"]
    b["部署方式"] = _checkbox(["边缘侧", "私有云", "公有云", "混合云"], dp)
    b["平台网址"] = f"{s['url']}（账号：{s['account'][0]}  密码：{s['account'][1]}）"
    b["平台基本情况介绍"] = T["intro"]
    b["平台建设成效"] = T["effect"]
    for k in ("平台基本情况介绍", "平台建设成效"):
        assert chars(b[k]) <= 500, (p.pid, k, chars(b[k]))
    p.basic = b
    return p
