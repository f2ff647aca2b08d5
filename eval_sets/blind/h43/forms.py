"""附件2 申报表 (rows, answers), 附件4 汇总表 rows, 附件3 申报书, 附件1 and 附件5 of one package (h43)."""

from __future__ import annotations

from pathlib import Path

from . import office, render
from .values import fmt_breakdown

L1A, L1B, L1C = "一、平台基础情况（25%）", "二、平台关键技术能力（35%）", "三、平台效益及可持续发展能力（40%）"


def n(x) -> str:
    return str(x)


def f2(x) -> str:
    return f"{x:.2f}"


def comma(x, dec=0) -> str:
    return f"{x:,.{dec}f}"


def proof(V, key) -> str:
    return V["proofs"].get(key, "")


def form_rows(V) -> list[tuple[str, str, str, str, str, str]]:
    """(一级, 二级, 三级, 内容, 平台实际情况, 证明资料) of the 指标明细表."""
    t = V["text"]
    pv = lambda k: proof(V, k)  # noqa: E731
    ovs = fmt_breakdown(V["overseas_map"]) if V["overseas_map"] else "无"
    A = [
        ("1.1 战略定位及规划", "1.1.1 战略定位", "平台定位是否明确", t["position"], "申报书第二章"),
        ("1.1 战略定位及规划", "1.1.1 战略定位", "是否符合国家/地方相关政策方向，是否符合行业/产业发展现状与趋势", t["policy"], "申报书第二章"),
        ("1.1 战略定位及规划", "1.1.2 规划制定", "平台是否被纳入企业战略规划中", t["strategy"], "申报书第四章"),
        ("1.1 战略定位及规划", "1.1.2 规划制定", "是否制定了平台专项规划", t["plan"], "申报书第四章"),
        ("1.1 战略定位及规划", "1.1.2 规划制定", "平台团队总人数（人）", n(V["team"]), pv("team")),
        ("1.1 战略定位及规划", "1.1.2 规划制定", "其中：运维人数（人）", n(V["ops"]), pv("team")),
        ("1.1 战略定位及规划", "1.1.2 规划制定", "运营人数（人）", n(V["biz"]), pv("team")),
        ("1.1 战略定位及规划", "1.1.2 规划制定", "其中：有相关技术职称/从业资格的人数（人）", n(V["qual"]), pv("team")),
        ("1.2 资金投入与经营情况", "1.2.1 创新投入情况", "平台相关研发投入（万元）", f2(V["rd"]), pv("audit")),
        ("1.2 资金投入与经营情况", "1.2.1 创新投入情况", "平台相关研发投入强度（%）", f2(V["rd_int"]), "按平台相关研发投入÷平台相关营业收入计算"),
        ("1.2 资金投入与经营情况", "1.2.2 经营情况", "平台相关营业收入（万元）", f2(V["rev"][2023]), pv("audit")),
        ("1.2 资金投入与经营情况", "1.2.2 经营情况", "平台利润率（%）", f2(V["margin"]), pv("audit")),
        ("1.2 资金投入与经营情况", "1.2.2 经营情况", "付费用户占比（%）", f2(V["paid_ratio"]), "付费企业数÷注册企业用户数"),
    ]
    B = [
        ("2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力", "连接的工业设备/产品/产线种类及数量（台/套）", n(V["dev"]), pv("device")),
        ("2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力", "按二级分类统计工业设备数量（台/套）", fmt_breakdown(V["dev_cat"]), pv("device")),
        ("2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力", "按省市区域统计工业设备数量（台/套）", fmt_breakdown(V["dev_reg"]), pv("device")),
        ("2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力", "其中：公有云工业设备连接数量（台/套）", n(V["pub"]), pv("device")),
        ("2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力", "按二级分类统计公有云工业设备数量（台/套）", fmt_breakdown(V["pub_cat"]), pv("device")),
        ("2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力", "按省市区域统计公有云工业设备数量（台/套）", fmt_breakdown(V["pub_reg"]), pv("device")),
        ("2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力", "其中：公有云工业设备平均日运行数量（台/套）", n(V["daily"]), pv("device")),
        ("2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力", "按二级分类统计公有云工业设备平均日运行数量（台/套）", fmt_breakdown(V["daily_cat"]), pv("device")),
        ("2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力", "按省市区域统计公有云工业设备平均日运行数量（台/套）", fmt_breakdown(V["daily_reg"]), pv("device")),
        ("2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力", "其中：海外设备连接数量（台/套）", n(V["overseas"]), pv("device")),
        ("2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力", "其中：按海外国家分类统计海外设备连接数量", ovs, pv("device")),
        ("2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力", "工业协议兼容适配数量（个）", n(V["protocols"]), "平台协议适配清单（现场演示）"),
        ("2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力", "其他资源汇聚情况", t["other_res"], "—"),
        ("2.1 资源汇聚与配置", "2.1.2 工业软件/APP", "工业软件总量（个）", n(V["software"]), pv("app")),
        ("2.1 资源汇聚与配置", "2.1.2 工业软件/APP", "工业APP数量（个）", n(V["apps"]), pv("app")),
        ("2.1 资源汇聚与配置", "2.1.2 工业软件/APP", "其中：基于平台开发的工业APP数量（个）", n(V["app_native"]), pv("app")),
        ("2.1 资源汇聚与配置", "2.1.2 工业软件/APP", "云化工业软件数量（个）", n(V["app_cloud"]), pv("app")),
        ("2.1 资源汇聚与配置", "2.1.2 工业软件/APP", "按分类统计工业APP数量（个）", fmt_breakdown(V["app_cat"]), pv("app")),
        ("2.1 资源汇聚与配置", "2.1.2 工业软件/APP", "按行业统计工业APP数量（个）", fmt_breakdown(V["app_ind"]), pv("app")),
        ("2.1 资源汇聚与配置", "2.1.2 工业软件/APP", "工业APP平均月活跃数量（个）", n(V["app_mau"]), pv("app")),
        ("2.1 资源汇聚与配置", "2.1.2 工业软件/APP", "其中：杀手锏APP数量（个）", "5", pv("app")),
        ("2.1 资源汇聚与配置", "2.1.2 工业软件/APP", "公有云杀手锏APP平均日在线用户数（个）", n(V["killer_dau"]), "平台运营后台统计"),
        ("2.1 资源汇聚与配置", "2.1.2 工业软件/APP", "杀手锏APP日活次数（次）", n(V["killer_hits"]), "平台运营后台统计"),
        ("2.1 资源汇聚与配置", "2.1.2 工业软件/APP", "杀手锏APP月平均收入（万元）", f2(V["killer_income"]), "平台运营后台统计"),
        ("2.1 资源汇聚与配置", "2.1.2 工业软件/APP", "其中：公有云工业APP数量（个）", n(V["pub_apps"]), pv("app")),
        ("2.1 资源汇聚与配置", "2.1.2 工业软件/APP", "其中：公有云工业APP平均日活跃数量（个）", n(V["pub_app_daily"]), "平台运营后台统计"),
        ("2.1 资源汇聚与配置", "2.1.2 工业软件/APP", "其中：按分类统计公有云工业APP平均日活跃数量（个）", fmt_breakdown(V["pub_app_daily_cat"]), "平台运营后台统计"),
        ("2.1 资源汇聚与配置", "2.1.2 工业软件/APP", "其中：按行业统计公有云工业APP平均日活跃数量（个）", fmt_breakdown(V["pub_app_daily_ind"]), "平台运营后台统计"),
        ("2.2 数据管理与挖掘", "2.2.1 数据采集", "边缘数据处理能力", t["edge"], "申报书第二章"),
        ("2.2 数据管理与挖掘", "2.2.1 数据采集", "其他数据采集能力", t["other_collect"], "申报书第二章"),
        ("2.2 数据管理与挖掘", "2.2.2 数据处理（存储计算能力）", "是否支持可拓展云计算能力", "是", "—"),
        ("2.2 数据管理与挖掘", "2.2.2 数据处理（存储计算能力）", "云化服务器算力", t["compute"], "—"),
        ("2.2 数据管理与挖掘", "2.2.2 数据处理（存储计算能力）", "平台实际用云量（台）", f2(V["cloud_used"]), "云资源账单"),
        ("2.2 数据管理与挖掘", "2.2.2 数据处理（存储计算能力）", "平台公有云实际使用数量（台）", n(V["cloud_pub"]), "云资源账单"),
        ("2.2 数据管理与挖掘", "2.2.2 数据处理（存储计算能力）", "存储容量（TB）", f2(V["storage_tb"]), "云资源账单"),
        ("2.2 数据管理与挖掘", "2.2.2 数据处理（存储计算能力）", "存储工业数据量（TB）", f2(V["data_tb"]), "云资源账单"),
        ("2.2 数据管理与挖掘", "2.2.2 数据处理（存储计算能力）", "公有云数据总量（TB）", f2(V["pub_tb"]), "云资源账单"),
        ("2.2 数据管理与挖掘", "2.2.2 数据处理（存储计算能力）", "存储资源利用率（%）", f2(V["storage_util"]), "存储工业数据量÷存储容量"),
        ("2.2 数据管理与挖掘", "2.2.2 数据处理（存储计算能力）", "数据基础管理能力", t["data_mgmt"], "—"),
        ("2.2 数据管理与挖掘", "2.2.3 数据建模和分析", "工业机理模型数量（个）", n(V["models"]), pv("model")),
        ("2.2 数据管理与挖掘", "2.2.3 数据建模和分析", "其中：活跃机理模型数量（一周调用5次以上）（个）", n(V["models_active"]), pv("model")),
        ("2.2 数据管理与挖掘", "2.2.3 数据建模和分析", "核心工业模型平均月调用用户数量（个）", n(V["model_users"]), "平台运营后台统计"),
        ("2.2 数据管理与挖掘", "2.2.3 数据建模和分析", "按分类统计工业模型数量（个）", fmt_breakdown(V["model_cat"]), pv("model")),
        ("2.2 数据管理与挖掘", "2.2.3 数据建模和分析", "是否提供通用建模分析算法", "是", "—"),
        ("2.2 数据管理与挖掘", "2.2.3 数据建模和分析", "智能分析算法类型", t["algos"], "—"),
        ("2.2 数据管理与挖掘", "2.2.3 数据建模和分析", "数据分析平台均速度（每TB分级/秒级/毫秒级）", t["speed"], "—"),
        ("2.3 微服务部署与调用", "2.3.1 平台微服务情况", "微服务数量（个）", n(V["ms"]), pv("screen")),
        ("2.3 微服务部署与调用", "2.3.1 平台微服务情况", "其中：活跃微服务数量（一周调用5次以上）（个）", n(V["ms_active"]), "平台运营后台统计"),
        ("2.4 平台开发与使用", "2.4.1 平台开发者数量", "是否建立开发者社区及相关功能", "是", "—"),
        ("2.4 平台开发与使用", "2.4.1 平台开发者数量", "开发者注册总数（个）", n(V["devs"]), pv("screen")),
        ("2.4 平台开发与使用", "2.4.1 平台开发者数量", "其中：活跃开发者数（个）", n(V["devs_active"]), "平台运营后台统计"),
        ("2.4 平台开发与使用", "2.4.2 应用开发服务能力", "平台支持开发语言类型", t["langs"], "—"),
        ("2.4 平台开发与使用", "2.4.2 应用开发服务能力", "平台应用开发框架", t["framework"], "—"),
        ("2.4 平台开发与使用", "2.4.2 应用开发服务能力", "平台应用开发工具", t["tools"], "—"),
        ("2.5 安全体系", "2.5.1 安全制度建设", "是否针对平台制定了安全管理相关制度", t["sec_docs"], "制度文件（现场查阅）"),
        ("2.5 安全体系", "2.5.1 安全制度建设", "建立的安全制度保护了平台的哪些方面", t["sec_aspects"], "—"),
        ("2.5 安全体系", "2.5.1 安全制度建设", "有否定期开展第三方安全测试/测评", t["third_party"], "第三方测评报告（现场查阅）"),
        ("2.5 安全体系", "2.5.1 安全制度建设", "有否定期进行安全扫描", t["scan"], "—"),
        ("2.5 安全体系", "2.5.2 安全技术保障", "采用何种安全技术情况", t["sec_tech"], "—"),
        ("2.5 安全体系", "2.5.2 安全技术保障", "核心数据安全保护手段", t["backup"], "—"),
    ]
    C = [
        ("3.1 平台应用", "3.1.1 平台应用规模", "注册企业用户数（个）", n(V["registered"]), pv("screen")),
        ("3.1 平台应用", "3.1.1 平台应用规模", "其中：实际服务企业数（个）", n(V["served"]), pv("ent")),
        ("3.1 平台应用", "3.1.1 平台应用规模", "按行业统计服务企业数（个）", fmt_breakdown(V["ent_ind"]), pv("ent")),
        ("3.1 平台应用", "3.1.1 平台应用规模", "按省市区域统计服务企业数（个）", fmt_breakdown(V["ent_reg"]), pv("ent")),
        ("3.1 平台应用", "3.1.1 平台应用规模", "其中：付费企业数（个）", n(V["paid"]), pv("ent")),
        ("3.1 平台应用", "3.1.1 平台应用规模", "其中：服务本市企业数量（个）", n(V["local"]), pv("ent")),
        ("3.1 平台应用", "3.1.1 平台应用规模", "其中：服务中小企业数量（个）", n(V["sme"]), pv("ent")),
        ("3.1 平台应用", "3.1.1 平台应用规模", "平台订单数量（个），填写近一年总量",
         f"2023年自然年：{V['orders'][0]}个；截至填表日前一年：{V['orders'][1]}个", "平台订单系统导出"),
        ("3.1 平台应用", "3.1.1 平台应用规模", "平台交易规模年增长率（%）", f2(V["trade_growth"]), "平台订单系统导出"),
        ("3.1 平台应用", "3.1.1 平台应用规模", "工业APP订阅总数量（个）", n(V["subs"]), "平台运营后台统计"),
        ("3.1 平台应用", "3.1.1 平台应用规模", "其中：杀手锏工业APP订阅数量（个）", n(V["killer_subs"]), "平台运营后台统计"),
        ("3.1 平台应用", "3.1.1 平台应用规模", "工业APP订阅总金额（万元）", f2(V["subs_amount"]), "平台运营后台统计"),
        ("3.1 平台应用", "3.1.1 平台应用规模", "平台连接工业设备利用率（%）", f2(V["dev_util"]), "平台运营后台统计"),
        ("3.1 平台应用", "3.1.1 平台应用规模", "平台国产化率（%）", f2(V["domestic"]), "—"),
        ("3.1 平台应用", "3.1.1 平台应用规模", "平台是否服务上海智能工厂，数量", t["factories"], "—"),
        ("3.1 平台应用", "3.1.1 平台应用规模", "平台服务园区总数（个）", n(V["parks"]), "—"),
        ("3.1 平台应用", "3.1.1 平台应用规模", "平台提供的解决方案总数（个）", n(V["solutions"]), "申报书第五章"),
        ("3.1 平台应用", "3.1.1 平台应用规模", "其中：按新模式统计解决方案数量（个）", fmt_breakdown(V["sol_mode"]), "申报书第五章"),
        ("3.1 平台应用", "3.1.2 平台应用价值", "投资回报率（%）", f2(V["roi"]), "平台年利润÷平台建设金额"),
        ("3.1 平台应用", "3.1.2 平台应用价值", "企业已上市或已获得VC/PE投资", t["listed"], "—"),
        ("3.1 平台应用", "3.1.2 平台应用价值", "关键技术自主可控", t["keytech"], "—"),
        ("3.1 平台应用", "3.1.2 平台应用价值", "解决方案累计对企业/用户新增效益", t["benefit"], "申报书第五章"),
        ("3.1 平台应用", "3.1.2 平台应用价值", "解决方案累计对企业/用户降低成本", t["cost"], "申报书第五章"),
        ("3.1 平台应用", "3.1.2 平台应用价值", "平台连接工业设备运维成本平均下降率（%）", f2(V["om_down"]), "申报书第五章"),
        ("3.1 平台应用", "3.1.2 平台应用价值", "平台连接工业设备能耗平均下降率（%）", f2(V["energy_down"]), "申报书第五章"),
        ("3.1 平台应用", "3.1.2 平台应用价值", "平台连接工业设备安全生产持续时间平均提升率（%）", f2(V["safety_up"]), "申报书第五章"),
        ("3.1 平台应用", "3.1.2 平台应用价值", "平台数据价值挖掘应用能力", t["data_value"], "—"),
        ("3.1 平台应用", "3.1.2 平台应用价值", "工业互联网平台+供应链协同应用情况", t["supply"], "—"),
        ("3.1 平台应用", "3.1.2 平台应用价值", "平台有否与新技术的融合应用", t["newtech"], "—"),
        ("3.1 平台应用", "3.1.2 平台应用价值", "平台现有特色指数（个）", n(V["indices"]), "—"),
        ("3.1 平台应用", "3.1.3 平台带动成效", "平台核心软硬件技术获得的专利数量（项）", n(V["patents"]), pv("ip")),
        ("3.1 平台应用", "3.1.3 平台带动成效", "平台核心软硬件技术获得的软著数量（个）", n(V["softs"]), pv("soft")),
        ("3.1 平台应用", "3.1.3 平台带动成效", "平台是否有自研形成的核心技术突破", t["breakthrough"], "—"),
        ("3.1 平台应用", "3.1.3 平台带动成效", "平台是否具备碳管理服务能力", t["carbon"], "—"),
        ("3.1 平台应用", "3.1.3 平台带动成效", "平台是否融合使用国家标识解析系统", t["idres"], "—"),
        ("3.1 平台应用", "3.1.3 平台带动成效", "平台牵头/参与标准制定情况（国家标准、行业标准）", t["standards"], "—"),
        ("3.1 平台应用", "3.1.3 平台带动成效", "平台获得省部级及以上奖项/荣誉数量（个）", n(V["awards"]), pv("award")),
        ("3.1 平台应用", "3.1.3 平台带动成效", "平台建设与运营带动新增就业人数（人）", n(V["jobs"]), "—"),
        ("3.1 平台应用", "3.1.3 平台带动成效", "平台社会贡献率（%）", f2(V["social"]), "—"),
        ("3.1 平台应用", "3.1.3 平台带动成效", "平台对关键行业/领域、本市及其他重点区域等贡献及支撑", t["contribution"], "—"),
        ("3.2 平台生态建设", "3.2.1 平台开放", "是否建立供应链产业链开放共享机制", t["open_mech"], "—"),
        ("3.2 平台生态建设", "3.2.1 平台开放", "平台开放共享数据的形式及数量", t["open_data"], "—"),
        ("3.2 平台生态建设", "3.2.2 平台生态", "合作平台数量（个）", n(V["partners"]), "—"),
        ("3.2 平台生态建设", "3.2.2 平台生态", "跨平台调用功能建设情况", t["cross"], "—"),
        ("3.2 平台生态建设", "3.2.2 平台生态", "新产业、新模式培育情况", t["newmode"], "—"),
    ]
    return [(L1A, *r) for r in A] + [(L1B, *r) for r in B] + [(L1C, *r) for r in C]


def basic_rows(V) -> list[tuple[str, str]]:
    t = V["text"]
    rev = V["rev"]
    g = V["growth"]
    return [
        ("平台名称", V["declared_name"]),
        ("建设时间", f"{V['build_from'][0]}年{V['build_from'][1]}月至{V['build_to'][0]}年{V['build_to'][1]}月"),
        ("平台建设金额（万元）", f2(V["build_amount"])),
        ("平台近三年经营指标情况", "\n".join(f"{y}年平台营收{f2(rev[y])}万元/增长率{f2(g[y])}%" for y in (2021, 2022, 2023))),
        ("平台建设方式", V["build_mode_form"]),
        ("平台运营模式", V["op_mode_form"]),
        ("IaaS基础设施", V["iaas_form"]),
        ("部署方式", V["deploy_form"]),
        ("平台网址", f"{V['url']}（评审账号：{V['account']}，密码：{V['password']}）"),
        ("平台基本情况介绍", t["intro"]),
        ("平台建设成效", t["effect"]),
    ]


def company_rows(V) -> list[tuple[str, str]]:
    c = V["co"]
    return [
        ("单位（企业）名称", V["company"]), ("单位（企业）代码", c["code"]), ("成立日期", c["founded"]),
        ("注册地及所在行政区", c["reg_addr"]), ("企业类型", c["type"]), ("注册资本", c["capital"]),
        ("主营业务", c["business"]), ("法定代表人", c["legal"]), ("联系人", V["contact"]["name"]),
        ("职务", V["contact"]["title"]), ("联系人手机", V["contact"]["phone"]), ("传真", c["fax"]),
        ("电子邮箱", V["contact"]["email"]), ("股权结构", c["equity"]),
        ("总资产（万元）", c["assets"]), ("主营业务收入（万元）", c["revenue"]), ("主营业务收入增长率（%）", c["growth"]),
        ("负债率（%）", c["debt"]), ("利润总额（万元）", c["profit"]), ("税金（万元）", c["tax"]),
    ]


# ---------------------------------------------------------------- 附件4 rows (truth)

def summary_rows(V) -> list[tuple[str, str, object]]:
    t = V["text"]
    rev, g = V["rev"], V["growth"]
    bd = lambda d: (fmt_breakdown(d), dict(d)) if d else ("", None)  # noqa: E731
    num = lambda x: (n(x), x)  # noqa: E731
    flt = lambda x: (f2(x), x)  # noqa: E731
    yes = lambda b: ("是" if b else "否", b)  # noqa: E731
    rows = [
        ("序号", *num(V["list_no"])),
        ("企业名称", V["company"], V["company"]),
        ("平台名称", V["declared_name"], V["declared_name"]),
        ("平台性质", V["nature"], V["nature"]),
        ("联系人姓名", V["contact"]["name"], V["contact"]["name"]),
        ("联系人手机号", V["contact"]["phone"], V["contact"]["phone"]),
        ("联系人电子邮箱", V["contact"]["email"], V["contact"]["email"]),
        ("评审会现场地址信息", V["venue"], V["venue"]),
        ("平台网址", V["url"], V["url"]),
        ("建设时间", f"{V['build_from'][0]}.{V['build_from'][1]:02d}-{V['build_to'][0]}.{V['build_to'][1]:02d}",
         f"{V['build_from'][0]}.{V['build_from'][1]:02d}-{V['build_to'][0]}.{V['build_to'][1]:02d}"),
        ("平台建设金额（万元）", *flt(V["build_amount"])),
        ("平台近三年经营指标情况",
         "；".join(f"{y}年平台营收{f2(rev[y])}万元/增长率{f2(g[y])}%" for y in (2021, 2022, 2023)),
         {k: v for y in (2021, 2022, 2023) for k, v in ((f"{y}年平台营收（万元）", rev[y]), (f"{y}年增长率（%）", g[y]))}),
        ("平台建设方式", V["build_mode"], V["build_mode"]),
        ("平台运营模式", V["op_mode"], V["op_mode"]),
        ("部署方式", V["deploy"], V["deploy"]),
        ("平台团队总人数（人）", *num(V["team"])),
        ("运维人数（人）", *num(V["ops"])),
        ("运营人数（人）", *num(V["biz"])),
        ("有相关技术职称/从业资格的人数（人）", *num(V["qual"])),
        ("平台相关研发投入（万元）", *flt(V["rd"])),
        ("平台相关研发投入强度（%）", *flt(V["rd_int"])),
        ("平台相关营业收入（万元）", *flt(V["rev"][2023])),
        ("平台利润率（%）", *flt(V["margin"])),
        ("付费用户占比（%）", *flt(V["paid_ratio"])),
        ("连接的工业设备/产品/产线种类及数量（台/套）", *num(V["dev"])),
        ("按二级分类统计工业设备数量（台/套）", *bd(V["dev_cat"])),
        ("按省市区域统计工业设备数量（台/套）", *bd(V["dev_reg"])),
        ("公有云工业设备连接数量（台/套）", *num(V["pub"])),
        ("按二级分类统计公有云工业设备数量（台/套）", *bd(V["pub_cat"])),
        ("按省市区域统计公有云工业设备数量（台/套）", *bd(V["pub_reg"])),
        ("公有云工业设备平均日运行数量（台/套）", *num(V["daily"])),
        ("按二级分类统计公有云工业设备平均日运行数量（台/套）", *bd(V["daily_cat"])),
        ("按省市区域统计公有云工业设备平均日运行数量（台/套）", *bd(V["daily_reg"])),
        ("海外设备连接数量（台/套）", *num(V["overseas"])),
        ("按海外国家分类统计海外设备连接数量（台/套）", *bd(V["overseas_map"])),
        ("工业协议兼容适配数量（个）", *num(V["protocols"])),
        ("工业软件总量（个）", *num(V["software"])),
        ("工业APP数量（个）", *num(V["apps"])),
        ("基于平台开发的工业APP数量（个）", *num(V["app_native"])),
        ("云化工业软件数量（个）", *num(V["app_cloud"])),
        ("按分类统计工业APP数量（个）", *bd(V["app_cat"])),
        ("按行业统计工业APP数量（个）", *bd(V["app_ind"])),
        ("工业APP平均月活跃数量（个）", *num(V["app_mau"])),
        ("杀手锏APP数量（个）", *num(5)),
        ("公有云杀手锏APP平均日在线用户数（个）", *num(V["killer_dau"])),
        ("杀手锏APP日活次数（次）", *num(V["killer_hits"])),
        ("杀手锏APP月平均收入（万元）", *flt(V["killer_income"])),
        ("公有云工业APP数量（个）", *num(V["pub_apps"])),
        ("公有云工业APP平均日活跃数量（个）", *num(V["pub_app_daily"])),
        ("按分类统计公有云工业APP平均日活跃数量（个）", *bd(V["pub_app_daily_cat"])),
        ("按行业统计公有云工业APP平均日活跃数量（个）", *bd(V["pub_app_daily_ind"])),
        ("平台实际用云量（台）", *flt(V["cloud_used"])),
        ("平台公有云实际使用数量（台）", *num(V["cloud_pub"])),
        ("存储容量（TB）", *flt(V["storage_tb"])),
        ("存储工业数据量（TB）", *flt(V["data_tb"])),
        ("公有云数据总量（TB）", *flt(V["pub_tb"])),
        ("存储资源利用率（%）", *flt(V["storage_util"])),
        ("工业机理模型数量（个）", *num(V["models"])),
        ("活跃机理模型数量（一周调用5次以上）（个）", *num(V["models_active"])),
        ("核心工业模型平均月调用用户数量（个）", *num(V["model_users"])),
        ("按分类统计工业模型数量（个）", *bd(V["model_cat"])),
        ("数据分析平台均速度（每TB分级/秒级/毫秒级）", t["speed"], V["speed_level"]),
        ("微服务数量（个）", *num(V["ms"])),
        ("活跃微服务数量（一周调用5次以上）（个）", *num(V["ms_active"])),
        ("开发者注册总数（个）", *num(V["devs"])),
        ("活跃开发者数（个）", *num(V["devs_active"])),
        ("平台是否建立安全管理体系", *yes(True)),
        ("有否定期开展第三方安全测试/测评", *yes(True)),
        ("有否定期进行安全扫描", *yes(True)),
        ("注册企业用户数（个）", *num(V["registered"])),
        ("实际服务企业数（个）", *num(V["served"])),
        ("按行业统计服务企业数（个）", *bd(V["ent_ind"])),
        ("按省市区域统计服务企业数（个）", *bd(V["ent_reg"])),
        ("付费企业数（个）", *num(V["paid"])),
        ("服务本市企业数量（个）", *num(V["local"])),
        ("服务中小企业数量（个）", *num(V["sme"])),
        ("平台订单数量(近一年总量)（个）", f"2023年自然年：{V['orders'][0]}个；截至填表日前一年：{V['orders'][1]}个",
         {"2023年自然年": V["orders"][0], "截至填表日前一年": V["orders"][1]}),
        ("平台交易规模年增长率（%）", *flt(V["trade_growth"])),
        ("工业APP订阅总数量（个）", *num(V["subs"])),
        ("杀手锏工业APP订阅数量（个）", *num(V["killer_subs"])),
        ("工业APP订阅总金额（万元）", *flt(V["subs_amount"])),
        ("平台连接工业设备利用率（%）", *flt(V["dev_util"])),
        ("平台国产化率（%）", *flt(V["domestic"])),
        ("平台是否服务上海智能工厂，数量", f"是，{V['factories']}家", V["factories"]),
        ("平台服务园区总数（个）", *num(V["parks"])),
        ("平台提供的解决方案总数（个）", *num(V["solutions"])),
        ("按新模式统计解决方案数量（个）", *bd(V["sol_mode"])),
        ("投资回报率（%）", *flt(V["roi"])),
        ("企业是否已上市或已获得VC/PE投资", *yes(V["listed"])),
        ("平台连接工业设备运维成本平均下降率（%）", *flt(V["om_down"])),
        ("平台连接工业设备能耗平均下降率（%）", *flt(V["energy_down"])),
        ("平台连接工业设备安全生产持续时间平均提升率（%）", *flt(V["safety_up"])),
        ("平台现有特色指数（个）", *num(V["indices"])),
        ("平台核心软硬件技术获得的专利数量（项）", *num(V["patents"])),
        ("平台核心软硬件技术获得的软著数量（个）", *num(V["softs"])),
        ("平台是否有自研形成的核心技术突破", *yes(True)),
        ("平台是否具备碳管理服务能力", *yes(V["carbon"])),
        ("平台是否融合使用国家标识解析系统", *yes(V["idres"])),
        ("平台获得省部级及以上奖项/荣誉数量（个）", *num(V["awards"])),
        ("平台建设与运营带动新增就业人数（人）", *num(V["jobs"])),
        ("平台社会贡献率（%）", *flt(V["social"])),
        ("平台开放共享数据的形式及数量", t["open_data"], t["open_data"]),
        ("合作平台数量（个）", *num(V["partners"])),
    ]
    assert len(rows) == 103, len(rows)
    return rows


# ---------------------------------------------------------------- 申报表 writers

def form_docx(V, path: Path, merge=True):
    from docx.shared import Pt

    doc = office.new_docx(V["docx_font"])
    h = doc.add_paragraph()
    h.alignment = 1
    r = h.add_run("上海市工业互联网平台应用水平评价\n申报表")
    r.bold = True
    r.font.size = Pt(20)
    for line in ("申报年度：2024年度", f"平台名称：{V['declared_name']}", f"申报单位：{V['company']}（公章）",
                 f"联 系 人：{V['contact']['name']}", f"联系人电话：{V['contact']['phone']}",
                 "上海市经济和信息化委员会制", V["form_date"]):
        doc.add_paragraph(line).alignment = 1
    doc.add_page_break()
    doc.add_paragraph("一、企业基本情况").runs[0].bold = True
    office.docx_table(doc, [("项目", "内容")] + company_rows(V), [5, 11])
    doc.add_paragraph("申报单位上一年度经营状况（2023年）已填入上表。")
    doc.add_paragraph("二、平台基本情况").runs[0].bold = True
    office.docx_table(doc, [("项目", "内容")] + basic_rows(V), [4, 12])
    doc.add_paragraph("注：平台近三年经营指标情况为平台相关收益单列数据，而非整个公司的财务数据。")
    doc.add_page_break()
    doc.add_paragraph("三、上海市工业互联网平台应用水平评价指标明细表").runs[0].bold = True
    rows = form_rows(V)
    head = ("一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料")
    t = office.docx_table(doc, [head] + [r[:4] + r[4:] for r in rows], [2, 2.2, 2.4, 4, 5.4, 2.6])
    if merge:
        for col in (0, 1, 2):
            start = 1
            for i in range(2, len(rows) + 2):
                if i == len(rows) + 1 or rows[i - 1][col] != rows[start - 1][col]:
                    if i - 1 > start:
                        a, b = t.cell(start, col), t.cell(i - 1, col)
                        text = rows[start - 1][col]
                        m = a.merge(b)
                        m.text = text
                    start = i
    doc.add_paragraph(f"申报单位（公章）：{V['company']}        {V['form_date']}")
    office.save_docx(doc, path, V["contact"]["name"], "申报表")


def form_xlsx(V, path: Path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    ws = wb.active
    ws.title = "封面"
    for i, line in enumerate(["上海市工业互联网平台应用水平评价申报表", "申报年度：2024年度", f"平台名称：{V['declared_name']}",
                              f"申报单位：{V['company']}（公章）", f"联 系 人：{V['contact']['name']}",
                              f"联系人电话：{V['contact']['phone']}", "上海市经济和信息化委员会制", V["form_date"]], 1):
        ws.cell(i, 1, line)
    ws.column_dimensions["A"].width = 70
    for title, rows in (("一、企业基本情况", company_rows(V)), ("二、平台基本情况", basic_rows(V))):
        s = wb.create_sheet(title)
        s.append(["项目", "内容"])
        for k, v in rows:
            s.append([k, v])
        s.column_dimensions["A"].width = 26
        s.column_dimensions["B"].width = 90
        for row in s.iter_rows():
            for c in row:
                c.alignment = Alignment(wrap_text=True, vertical="top")
    s = wb.create_sheet("三、指标明细表")
    s.append(["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"])
    for c in s[1]:
        c.font = Font(bold=True)
    rows = form_rows(V)
    for r in rows:
        val = r[4]
        cell_v: object = val
        if val.isdigit():
            cell_v = int(val)
        s.append([r[0], r[1], r[2], r[3], cell_v, r[5]])
    # merge the level columns
    for col in (1, 2, 3):
        start = 2
        for i in range(3, len(rows) + 3):
            if i == len(rows) + 2 or rows[i - 2][col - 1] != rows[start - 2][col - 1]:
                if i - 1 > start:
                    s.merge_cells(start_row=start, start_column=col, end_row=i - 1, end_column=col)
                start = i
    for letter, w in zip("ABCDEF", (14, 16, 18, 36, 60, 24)):
        s.column_dimensions[letter].width = w
    for row in s.iter_rows():
        for c in row:
            c.alignment = Alignment(wrap_text=True, vertical="top")
    office.save_xlsx(wb, path, V["contact"]["name"], "申报表")


def form_pages(V, dpi=150, body="song") -> list[render.Paper]:
    """The printed 申报表 (what the stamped scan shows)."""
    d = render.Doc(dpi=dpi, body=body, margin_mm=16, footer="— {i} —")
    p = d.p
    p.y = p.mm(50)
    p.title("上海市工业互联网平台应用水平评价", 22, 6)
    p.title("申报表", 26, 30)
    for line in ("申报年度：2024年度", f"平台名称：{V['declared_name']}", f"申报单位：{V['company']}（公章）",
                 f"联 系 人：{V['contact']['name']}", f"联系人电话：{V['contact']['phone']}"):
        if line.startswith("申报单位"):
            p.seal_anchor = (p.mm(38) + p.width(line, 14) - p.pt(30), p.y + p.pt(8))  # type: ignore[attr-defined]
        for part in p.wrap(line, p.w - p.mm(38) - p.margin, 14):
            p.text(p.mm(38), p.y, part, 14)
            p.y += p.pt(22)
        p.y += p.pt(8)
    p.y = p.mm(230)
    p.title("上海市经济和信息化委员会制", 14, 6)
    p.title(V["form_date"], 14, 6)
    d.new_page()
    d.p.title("一、企业基本情况", 14, 8)
    d.table(("项目", "内容"), company_rows(V), (50, 128), 10.5)
    d.p.y += d.p.pt(12)
    d.p.title("二、平台基本情况", 14, 8) if d.p.fits(d.p.pt(80)) else (d.new_page(), d.p.title("二、平台基本情况", 14, 8))
    d.table(("项目", "内容"), basic_rows(V), (42, 136), 10.5)
    d.new_page()
    d.p.title("三、上海市工业互联网平台应用水平评价指标明细表", 13, 8)
    rows = form_rows(V)
    d.table(("一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"),
            [(r[0], r[1], r[2], r[3], r[4], r[5]) for r in rows], (20, 22, 24, 40, 52, 20), 10)
    d.p.y += d.p.pt(20)
    if not d.p.fits(d.p.pt(60)):
        d.new_page()
    d.p.text(d.p.mm(100), d.p.y, f"申报单位（公章）：{V['company']}", 11)
    d.p.y += d.p.pt(20)
    d.p.text(d.p.mm(120), d.p.y, V["form_date"], 11)
    d.p.seal_anchor = (d.p.mm(150), d.p.y - d.p.pt(10))  # type: ignore[attr-defined]
    return d.finish()


# ---------------------------------------------------------------- 附件4 汇总表

def summary_xlsx(V, path: Path, horizontal=False):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    ws = wb.active
    ws.title = "平台基本情况汇总表"
    rows = summary_rows(V)
    if horizontal:
        ws.append([r[0] for r in rows])
        ws.append([_cell(r[1]) for r in rows])
        for c in ws[1]:
            c.font = Font(bold=True)
            c.alignment = Alignment(wrap_text=True)
    else:
        ws.append(["附件4  平台基本情况汇总表"])
        ws.append(["项目", "填报内容"])
        for r in rows:
            ws.append([r[0], _cell(r[1])])
        ws.column_dimensions["A"].width = 44
        ws.column_dimensions["B"].width = 80
    office.save_xlsx(wb, path, V["contact"]["name"], "平台基本情况汇总表")


def _cell(v: str):
    if v.isdigit() and len(v) < 9:
        return int(v)
    return v


def summary_docx(V, path: Path):
    doc = office.new_docx(V["docx_font"])
    doc.add_paragraph("附件4").runs[0].bold = True
    doc.add_paragraph("平台基本情况汇总表").alignment = 1
    office.docx_table(doc, [("项目", "内容")] + [(r[0], r[1]) for r in summary_rows(V)], [6, 10])
    office.save_docx(doc, path, V["contact"]["name"], "平台基本情况汇总表")


# ---------------------------------------------------------------- 附件1 联系人表

def contact_docx(V, path: Path):
    doc = office.new_docx(V["docx_font"])
    doc.add_paragraph("附件1").runs[0].bold = True
    doc.add_paragraph("联系人信息反馈表").alignment = 1
    doc.add_paragraph("2024年度上海市工业互联网平台应用水平评价工作")
    doc.add_paragraph("一、联系人信息反馈")
    c, b = V["contact"], V["backup"]
    office.docx_table(doc, [("序号", "姓名", "单位名称", "职务", "手机号码", "电子邮箱"),
                            ("联系人（主）", c["name"], V["company"], c["title"], c["phone"], c["email"]),
                            ("联系人（备用）", b["name"], V["company"], b["title"], b["phone"], b["email"])])
    doc.add_paragraph("二、评审会现场地址信息反馈")
    doc.add_paragraph(f"具体地址：{V['venue']}")
    office.save_docx(doc, path, c["name"], "联系人信息反馈表")


# ---------------------------------------------------------------- 附件3 申报书

def book_blocks(V) -> list[tuple[str, str]]:
    t = V["text"]
    b = [("title", "上海市工业互联网平台应用水平评价申报书"),
         ("p", f"申报年度：2024年度　平台名称：{V['declared_name']}　申报单位：{V['company']}（公章）"),
         ("h1", "一、申报单位简介")] + [("p", x) for x in t["book_company"]]
    b += [("h1", "二、平台建设及运营情况")] + [("p", x) for x in t["book_platform"]]
    b += [("h2", "表X 平台对标同行业或相似平台的部分量化数据对比表"),
          ("table", "三级指标\t本平台数据\t对标数据\n" + "\n".join("\t".join(r) for r in t["bench"]))]
    b += [("p", t["book_innovation"])]
    b += [("h1", "三、平台应用成效")] + [("p", x) for x in t["book_effect"]]
    b += [("h1", "四、平台下一步发展计划")] + [("p", x) for x in t["book_plan"]]
    b += [("h1", "五、平台应用案例")]
    for title, body in t["cases"]:
        b += [("h2", title), ("p", body)]
    b += [("h1", "六、附件及其他说明材料"),
          ("table", "序号\t附件名称\t对应页码\n" + "\n".join(f"{i}\t{name}\t{pages}" for i, (name, pages)
                                                          in enumerate(V["annex_list"], 1)))]
    if V["participated_2023"]:
        b += [("h1", "七、平台相较上年度对比情况")] + [("p", x) for x in t["book_7"]]
    return b


def book_docx(V, path: Path):
    from docx.shared import Pt

    doc = office.new_docx(V["docx_font"], 11)
    for kind, text in book_blocks(V):
        if kind == "title":
            p = doc.add_paragraph()
            p.alignment = 1
            r = p.add_run(text)
            r.bold = True
            r.font.size = Pt(18)
        elif kind == "h1":
            doc.add_heading(text, level=1)
        elif kind == "h2":
            doc.add_heading(text, level=2)
        elif kind == "table":
            office.docx_table(doc, [line.split("\t") for line in text.split("\n")])
        else:
            doc.add_paragraph(text)
    office.save_docx(doc, path, V["contact"]["name"], "申报书")


def book_pdf(V, path: Path):
    office.text_pdf(path, book_blocks(V), "申报书", V["contact"]["name"])


# ---------------------------------------------------------------- 附件5 承诺 page

def commitment_page(V, rng, with_seal=True, with_signature=True, dpi=200) -> render.Paper:
    p = render.Paper(dpi, body="song", margin_mm=25)
    p.text(p.margin, p.y, "附件5", 12, bold=True)
    p.y += p.pt(40)
    p.title("真实性承诺", 20, 24)
    p.para("我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、准确、完整，"
           "如有不实，愿承担相应的法律责任及由此产生的一切后果。", 14)
    p.para("特此承诺。", 14)
    p.y += p.pt(70)
    x = p.mm(95)
    p.text(x, p.y, f"申报单位：{V['company']}（盖章）", 13)
    seal_xy = (p.mm(150), p.y + p.pt(6))
    p.y += p.pt(50)
    p.text(x, p.y, "法定代表人：", 13)
    sig_xy = (x + p.width("法定代表人：", 13) + p.pt(10), p.y + p.pt(8))
    p.text(x + p.width("法定代表人：", 13) + p.pt(110), p.y, "（签章）", 13)
    p.y += p.pt(50)
    p.text(p.mm(130), p.y, V["commit_date"], 13)
    if with_signature:
        render.signature(p.img, sig_xy[0], sig_xy[1], p.pt(95), rng)
    if with_seal:
        render.seal(p.img, seal_xy[0], seal_xy[1], p.mm(21), V["company"], rng)
    return p
