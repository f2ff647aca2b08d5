"""Build blind set h64 (contracts, invoices and order ledgers as evidence).

    /work/main/.venv/bin/python -m eval_sets.blind.h64.build [--out DIR]

Writes DIR/packages/<id>/… and DIR/truth/<id>.json (DIR defaults to this folder).
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Font
from reportlab.platypus import PageBreak, Paragraph, Spacer

from eval_sets.truth import EvidenceFact, PackageTruth, PlatformRef, Problem, SummaryRow, dump_truth

from . import kit
from .labels import SUMMARY_LABELS
from .model import bd_text, build_model, yuan
from .specs import PACKAGES

HERE = Path(__file__).resolve().parent
REL = "eval_sets/blind/h64"


def f2(x: float) -> str:
    return f"{x:.2f}"


# ------------------------------------------------------------------ declared values → 附件4 rows
def summary_rows(m) -> list[tuple[str, str, object]]:
    s, v = m.spec, m.v
    years = (f"2021年平台营收{f2(v['r21'])}万元/增长率{f2(v['g21'])}%；2022年平台营收{f2(v['r22'])}万元/增长率"
             f"{f2(v['g22'])}%；2023年平台营收{f2(v['R'])}万元/增长率{f2(v['g23'])}%")
    years_n = {"2021年平台营收（万元）": v["r21"], "2021年增长率（%）": v["g21"], "2022年平台营收（万元）": v["r22"],
               "2022年增长率（%）": v["g22"], "2023年平台营收（万元）": v["R"], "2023年增长率（%）": v["g23"]}
    name, phone, _ = s["contact"]
    open_text = f"以API接口和行业数据集形式开放：开放API接口{v['api']}个、行业数据集{v['datasets']}个"
    rows = [
        (s["list_no"], s["list_no"]), (s["company"], s["company"]), (s["listed_name"], s["listed_name"]),
        (s["nature"], s["nature"]), (name, name), (phone, phone), (mail(s), mail(s)), (s["address"], s["address"]),
        (f"https://{s['domain']}", f"https://{s['domain']}"), (s["built"], s["built"]),
        (f2(v["invest"]), v["invest"]), (years, years_n), ("自建", "自建"), ("自运营", "自运营"),
        ("私有云、公有云", "私有云、公有云"),
        (str(v["staff"]), v["staff"]), (str(v["staff_ops"]), v["staff_ops"]), (str(v["staff_run"]), v["staff_run"]),
        (str(v["staff_qual"]), v["staff_qual"]), (f2(v["rd"]), v["rd"]), (f2(v["rd_int"]), v["rd_int"]),
        (f2(v["R"]), v["R"]), (f2(v["margin"]), v["margin"]), (f2(v["paid_ratio"]), v["paid_ratio"]),
        (str(v["dev"]), v["dev"]), (bd_text(v["dev_cat"]), v["dev_cat"]), (bd_text(v["dev_reg"]), v["dev_reg"]),
        (str(v["pub"]), v["pub"]), (bd_text(v["pub_cat"]), v["pub_cat"]), (bd_text(v["pub_reg"]), v["pub_reg"]),
        (str(v["run"]), v["run"]), (bd_text(v["run_cat"]), v["run_cat"]), (bd_text(v["run_reg"]), v["run_reg"]),
        (str(v["over_total"]), v["over_total"]), (bd_text(v["over"]), v["over"]),
        (str(v["protocols"]), v["protocols"]), (str(v["software"]), v["software"]), (str(v["apps"]), v["apps"]),
        (str(v["apps_native"]), v["apps_native"]), (str(v["apps_cloud"]), v["apps_cloud"]),
        (bd_text(v["app_cat"]), v["app_cat"]), (bd_text(v["app_ind"]), v["app_ind"]),
        (str(v["app_mau"]), v["app_mau"]), (str(v["killer"]), v["killer"]), (str(v["killer_users"]), v["killer_users"]),
        (str(v["killer_daily"]), v["killer_daily"]), (f2(v["killer_income"]), v["killer_income"]),
        (str(v["pub_apps"]), v["pub_apps"]), (str(v["pub_apps_dau"]), v["pub_apps_dau"]),
        (bd_text(v["pub_apps_cat"]), v["pub_apps_cat"]), (bd_text(v["pub_apps_ind"]), v["pub_apps_ind"]),
        (f2(v["cloud_use"]), v["cloud_use"]), (str(v["cloud_pub"]), v["cloud_pub"]), (f2(v["storage"]), v["storage"]),
        (f2(v["data"]), v["data"]), (f2(v["pub_data"]), v["pub_data"]), (f2(v["storage_util"]), v["storage_util"]),
        (str(v["models"]), v["models"]), (str(v["models_active"]), v["models_active"]),
        (str(v["model_users"]), v["model_users"]), (bd_text(v["model_cat"]), v["model_cat"]),
        ("秒级（单TB数据聚合查询平均约4.6秒）", "秒级"), (str(v["micro"]), v["micro"]),
        (str(v["micro_active"]), v["micro_active"]), (str(v["devs"]), v["devs"]), (str(v["devs_active"]), v["devs_active"]),
        ("是", True), ("是", True), ("是", True),
        (str(v["registered"]), v["registered"]), (str(v["served"]), v["served"]), (bd_text(v["ind"]), v["ind"]),
        (bd_text(v["reg"]), v["reg"]), (str(v["paid"]), v["paid"]), (str(v["sh"]), v["sh"]), (str(v["sme"]), v["sme"]),
        (f"2023年自然年：{v['orders_2023']}个；截至填表日前一年：{v['orders_trailing']}个",
         {"2023年自然年": v["orders_2023"], "截至填表日前一年": v["orders_trailing"]}),
        (f2(v["growth_trade"]), v["growth_trade"]), (str(v["subs"]), v["subs"]), (str(v["subs_killer"]), v["subs_killer"]),
        (f2(v["subs_amount"]), v["subs_amount"]), (f2(v["dev_util"]), v["dev_util"]),
        (f2(v["localization"]), v["localization"]), (f"是，{v['smart_factories']}家", v["smart_factories"]),
        (str(v["parks"]), v["parks"]), (str(v["solutions"]), v["solutions"]), (bd_text(v["sol_cat"]), v["sol_cat"]),
        (f2(v["roi"]), v["roi"]), ("否", False), (f2(v["cost_down"]), v["cost_down"]),
        (f2(v["energy_down"]), v["energy_down"]), (f2(v["safety_up"]), v["safety_up"]), (str(v["indices"]), v["indices"]),
        (str(v["patents"]), v["patents"]), (str(v["softcr"]), v["softcr"]), ("是", True), ("是", True), ("是", True),
        (str(v["awards"]), v["awards"]), (str(v["jobs"]), v["jobs"]), (f2(v["social"]), v["social"]),
        (open_text, open_text), (str(v["partners"]), v["partners"]),
    ]
    assert len(rows) == len(SUMMARY_LABELS), len(rows)
    return [(lab, str(val), norm) for lab, (val, norm) in zip(SUMMARY_LABELS, rows)]


def mail(s):
    return f"{s['contact'][0][:1].lower() and 'contact'}@{s['domain']}"


# ------------------------------------------------------------------ 申报表 指标明细表
def detail_rows(m, ev: dict[str, str]) -> list[tuple[str, str, str, str, str, str]]:
    """(一级, 二级, 三级, 内容, 平台实际情况, 证明资料) in the notice order."""
    s, v = m.spec, m.v
    sm = {lab: val for lab, val, _ in summary_rows(m)}
    A, L, C, IP, SC, CU, IV = (ev["audit"], ev["ledger"], ev["contracts"], ev["ip"], ev["shot"], ev["cust"], ev["inv"])
    t = s["listed_name"]
    rows = []

    def add(l1, l2, l3, content, val, proof=""):
        rows.append((l1, l2, l3, content, val, proof))

    L1, L2, L3 = "一、平台基础情况（25%）", "二、平台关键技术能力（35%）", "三、平台效益及可持续发展能力（40%）"
    add(L1, "1.1 战略定位及规划", "1.1.1 战略定位", "平台定位是否明确", f"面向{s['industries'][0]}等行业中小制造企业的{s['nature'][:3]}工业互联网服务平台", "申报书第二章")
    add(L1, "", "", "是否符合国家/地方相关政策方向，是否符合行业/产业发展现状与趋势", "工业和信息化部《工业互联网创新发展行动计划（2021-2023年）》—平台体系建设；上海市《上海市制造业数字化转型实施方案》—平台赋能", "申报书第二章")
    add(L1, "", "1.1.2 规划制定", "平台是否被纳入企业战略规划中", f"《{s['short']}2023-2025年发展战略规划》", "企业规划文件")
    add(L1, "", "", "是否制定了平台专项规划", f"《{t}三年建设专项规划（2023-2025）》", "企业规划文件")
    add(L1, "", "", "平台团队总人数（人）", sm["平台团队总人数（人）"], "人员花名册（备查）")
    add(L1, "", "", "其中：运维人数（人）", sm["运维人数（人）"], "")
    add(L1, "", "", "运营人数（人）", sm["运营人数（人）"], "")
    add(L1, "", "", "其中：有相关技术职称/从业资格的人数（人）", sm["有相关技术职称/从业资格的人数（人）"], "")
    add(L1, "1.2 资金投入与经营情况", "1.2.1 创新投入情况", "平台相关研发投入（万元）", sm["平台相关研发投入（万元）"], A)
    add(L1, "", "", "平台相关研发投入强度（%）", sm["平台相关研发投入强度（%）"], "平台相关研发投入÷平台相关营业收入×100%")
    add(L1, "", "1.2.2 经营情况", "平台相关营业收入（万元）", sm["平台相关营业收入（万元）"],
        f"{L}（业务类型“平台服务”不含税金额小计）；{IV}；{A}")
    add(L1, "", "", "平台利润率（%）", sm["平台利润率（%）"], A)
    add(L1, "", "", "付费用户占比（%）", sm["付费用户占比（%）"], f"付费企业数÷注册企业用户数；{CU}")
    rows_tech = [
        ("2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力", "连接的工业设备/产品/产线种类及数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）", SC),
        ("", "", "按二级分类统计工业设备数量（台/套）", "按二级分类统计工业设备数量（台/套）", "平台设备台账（系统导出）"),
        ("", "", "按省市区域统计工业设备数量（台/套）", "按省市区域统计工业设备数量（台/套）", ""),
        ("", "", "其中：公有云工业设备连接数量（台/套）", "公有云工业设备连接数量（台/套）", ""),
        ("", "", "按二级分类统计公有云工业设备数量（台/套）", "按二级分类统计公有云工业设备数量（台/套）", ""),
        ("", "", "按省市区域统计公有云工业设备数量（台/套）", "按省市区域统计公有云工业设备数量（台/套）", ""),
        ("", "", "其中：公有云工业设备平均日运行数量（台/套）", "公有云工业设备平均日运行数量（台/套）", ""),
        ("", "", "按二级分类统计公有云工业设备平均日运行数量（台/套）", "按二级分类统计公有云工业设备平均日运行数量（台/套）", ""),
        ("", "", "按省市区域统计公有云工业设备平均日运行数量（台/套）", "按省市区域统计公有云工业设备平均日运行数量（台/套）", ""),
        ("", "", "其中：海外设备连接数量（台/套）", "海外设备连接数量（台/套）", ""),
        ("", "", "其中：按海外国家分类统计海外设备连接数量", "按海外国家分类统计海外设备连接数量（台/套）", ""),
        ("", "", "工业协议兼容适配数量（个）", "工业协议兼容适配数量（个）", ""),
    ]
    for l2, l3, content, lab, proof in rows_tech:
        add(L2, l2, l3, content, sm[lab], proof)
    add(L2, "", "", "其他资源汇聚情况", f"汇聚能源计量、环境监测等数据资源，接入第三方系统接口{v['api'] // 3}个。", "")
    for content, lab in [
        ("工业软件总量（个）", "工业软件总量（个）"), ("工业APP数量（个）", "工业APP数量（个）"),
        ("其中：基于平台开发的工业APP数量（个）", "基于平台开发的工业APP数量（个）"),
        ("云化工业软件数量（个）", "云化工业软件数量（个）"), ("按分类统计工业APP数量（个）", "按分类统计工业APP数量（个）"),
        ("按行业统计工业APP数量（个）", "按行业统计工业APP数量（个）"), ("工业APP平均月活跃数量（个）", "工业APP平均月活跃数量（个）"),
        ("其中：杀手锏APP数量（个）", "杀手锏APP数量（个）"),
        ("公有云杀手锏APP平均日在线用户数（个）", "公有云杀手锏APP平均日在线用户数（个）"),
        ("杀手锏APP日活次数（次）", "杀手锏APP日活次数（次）"), ("杀手锏APP月平均收入（万元）", "杀手锏APP月平均收入（万元）"),
        ("其中：公有云工业APP数量（个）", "公有云工业APP数量（个）"),
        ("其中：公有云工业APP平均日活跃数量（个）", "公有云工业APP平均日活跃数量（个）"),
        ("其中：按分类统计公有云工业APP平均日活跃数量（个）", "按分类统计公有云工业APP平均日活跃数量（个）"),
        ("其中：按行业统计公有云工业APP平均日活跃数量（个）", "按行业统计公有云工业APP平均日活跃数量（个）")]:
        add(L2, "", "2.1.2 工业软件/APP" if content.startswith("工业软件总量") else "", content, sm[lab],
            SC if lab == "工业APP数量（个）" else "")
    add(L2, "2.2 数据管理与挖掘", "2.2.1 数据采集", "边缘数据处理能力", "支持数据采集、数据存储、网络传输、智能分析；边缘计算应用节点数36个；最低响应时延20毫秒。", "")
    add(L2, "", "", "其他数据采集能力", "支持MES、ERP、能源计量系统等软件系统的数据采集，支持OPC UA、Modbus等协议。", "")
    add(L2, "", "2.2.2 数据处理（存储计算能力）", "是否支持可拓展云计算能力", "是", "")
    add(L2, "", "", "云化服务器算力", "公有云与私有云合计约2,400核vCPU、9TB内存", "")
    for content, lab in [("平台实际用云量（台）", "平台实际用云量（台）"), ("平台公有云实际使用数量（台）", "平台公有云实际使用数量（台）"),
                         ("存储容量（TB）", "存储容量（TB）"), ("存储工业数据量（TB）", "存储工业数据量（TB）"),
                         ("公有云数据总量（TB）", "公有云数据总量（TB）"), ("存储资源利用率（%）", "存储资源利用率（%）")]:
        add(L2, "", "", content, sm[lab], "")
    add(L2, "", "", "数据基础管理能力", "建立数据标准管理、数据质量管理和元数据管理制度，按月开展数据质量检查。", "")
    for content, lab in [("工业机理模型数量（个）", "工业机理模型数量（个）"),
                         ("其中：活跃机理模型数量（一周调用5次以上）（个）", "活跃机理模型数量（一周调用5次以上）（个）"),
                         ("核心工业模型平均月调用用户数量（个）", "核心工业模型平均月调用用户数量（个）"),
                         ("按分类统计工业模型数量（个）", "按分类统计工业模型数量（个）")]:
        add(L2, "", "2.2.3 数据建模和分析" if content.startswith("工业机理") else "", content, sm[lab], "")
    add(L2, "", "", "是否提供通用建模分析算法", "是", "")
    add(L2, "", "", "智能分析算法类型", "基础算法、聚类算法、分类算法、预测与估算算法、关联分析算法", "")
    add(L2, "", "", "数据分析平台均速度（每TB分级/秒级/毫秒级）", sm["数据分析平台均速度（每TB分级/秒级/毫秒级）"], "")
    add(L2, "2.3 微服务部署与调用", "2.3.1 平台微服务情况", "微服务数量（个）", sm["微服务数量（个）"], "")
    add(L2, "", "", "其中：活跃微服务数量（一周调用5次以上）（个）", sm["活跃微服务数量（一周调用5次以上）（个）"], "")
    add(L2, "2.4 平台开发与使用", "2.4.1 平台开发者数量", "是否建立开发者社区及相关功能", "是", "")
    add(L2, "", "", "开发者注册总数（个）", sm["开发者注册总数（个）"], SC)
    add(L2, "", "", "其中：活跃开发者数（个）", sm["活跃开发者数（个）"], "")
    add(L2, "", "2.4.2 应用开发服务能力", "平台支持开发语言类型", "共4种：Java、Python、JavaScript、Go", "")
    add(L2, "", "", "平台应用开发框架", "基于微服务架构的低代码开发框架，提供组件库、流程编排与数据建模工具。", "")
    add(L2, "", "", "平台应用开发工具", "提供在线IDE、可视化组态工具和API调试工具。", "")
    add(L2, "2.5 安全体系", "2.5.1 安全制度建设", "是否针对平台制定了安全管理相关制度", f"是，《{s['short']}平台信息安全管理制度》（编号ISM-2022-01，2022年3月制订）", "")
    add(L2, "", "", "建立的安全制度保护了平台的哪些方面", "数据、传输、访问登录、代码、应用、网络", "")
    add(L2, "", "", "有否定期开展第三方安全测试/测评", "是，每年一次", "")
    add(L2, "", "", "有否定期进行安全扫描", "是，每月一次", "")
    add(L2, "", "2.5.2 安全技术保障", "采用何种安全技术情况", "防火墙、网络隔离、传输加密、统一身份认证。", "")
    add(L2, "", "", "核心数据安全保护手段", "每日数据备份、每周离线备份、云备份及异地灾备。", "")
    add(L3, "3.1 平台应用", "3.1.1 平台应用规模", "注册企业用户数（个）", sm["注册企业用户数（个）"], SC)
    add(L3, "", "", "其中：实际服务企业数（个）", sm["实际服务企业数（个）"], f"{CU}（客户汇总）")
    add(L3, "", "", "按行业统计服务企业数（个）", sm["按行业统计服务企业数（个）"], CU)
    add(L3, "", "", "按省市区域统计服务企业数（个）", sm["按省市区域统计服务企业数（个）"], CU)
    add(L3, "", "", "其中：付费企业数（个）", sm["付费企业数（个）"], CU)
    add(L3, "", "", "其中：服务本市企业数量（个）", sm["服务本市企业数量（个）"], CU)
    add(L3, "", "", "其中：服务中小企业数量（个）", sm["服务中小企业数量（个）"], CU)
    add(L3, "", "", "平台订单数量（个），填写近一年总量", sm["平台订单数量(近一年总量)（个）"], f"{CU}（订单明细）")
    for content, lab in [("平台交易规模年增长率（%）", "平台交易规模年增长率（%）"), ("工业APP订阅总数量（个）", "工业APP订阅总数量（个）"),
                         ("其中：杀手锏工业APP订阅数量（个）", "杀手锏工业APP订阅数量（个）"),
                         ("工业APP订阅总金额（万元）", "工业APP订阅总金额（万元）"),
                         ("平台连接工业设备利用率（%）", "平台连接工业设备利用率（%）"), ("平台国产化率（%）", "平台国产化率（%）"),
                         ("平台是否服务上海智能工厂，数量", "平台是否服务上海智能工厂，数量"),
                         ("平台服务园区总数（个）", "平台服务园区总数（个）"), ("平台提供的解决方案总数（个）", "平台提供的解决方案总数（个）"),
                         ("其中：按新模式统计解决方案数量（个）", "按新模式统计解决方案数量（个）")]:
        add(L3, "", "", content, sm[lab], "")
    add(L3, "", "3.1.2 平台应用价值", "投资回报率（%）", sm["投资回报率（%）"], f"平台年利润÷平台建设金额；{A}")
    add(L3, "", "", "企业已上市或已获得VC/PE投资", "否", "")
    add(L3, "", "", "关键技术自主可控", "边缘采集网关、能效分析引擎、低代码开发框架均为自研，自主可控。", "")
    add(L3, "", "", "解决方案累计对企业/用户新增效益", "3个案例平均带动产能提升11%，新增就业岗位约40个。", "")
    add(L3, "", "", "解决方案累计对企业/用户降低成本", "3个案例平均降低运维成本约15%，平均能耗下降约9%。", "")
    for content in ["平台连接工业设备运维成本平均下降率（%）", "平台连接工业设备能耗平均下降率（%）", "平台连接工业设备安全生产持续时间平均提升率（%）"]:
        add(L3, "", "", content, sm[content], "申报书第五章案例")
    add(L3, "", "", "平台数据价值挖掘应用能力", "沉淀设备运行与能耗数据，形成工艺知识库与能效对标库并在同类企业复用。", "")
    add(L3, "", "", "工业互联网平台+供应链协同应用情况", "平台与上下游企业ERP、SRM系统对接，支撑采购协同与交付跟踪。", "")
    add(L3, "", "", "平台有否与新技术的融合应用", "有，融合5G、边缘计算、AI大模型与标识解析技术。", "")
    add(L3, "", "", "平台现有特色指数（个）", sm["平台现有特色指数（个）"], "")
    add(L3, "", "3.1.3 平台带动成效", "平台核心软硬件技术获得的专利数量（项）", sm["平台核心软硬件技术获得的专利数量（项）"], IP)
    add(L3, "", "", "平台核心软硬件技术获得的软著数量（个）", sm["平台核心软硬件技术获得的软著数量（个）"], IP)
    add(L3, "", "", "平台是否有自研形成的核心技术突破", "是，自研多源异构数据采集与能效诊断引擎，关键指标达到国内同类平台先进水平。", "")
    add(L3, "", "", "平台是否具备碳管理服务能力", "是，提供碳计算/核算、碳排放监测和碳效评价服务。", "")
    add(L3, "", "", "平台是否融合使用国家标识解析系统", "是，接入国家工业互联网标识解析二级节点，用于设备与产品追溯。", "")
    add(L3, "", "", "平台牵头/参与标准制定情况（国家标准、行业标准）", "参与行业标准1项（在编）。", "")
    add(L3, "", "", "平台获得省部级及以上奖项/荣誉数量（个）", sm["平台获得省部级及以上奖项/荣誉数量（个）"], "")
    add(L3, "", "", "平台建设与运营带动新增就业人数（人）", sm["平台建设与运营带动新增就业人数（人）"], "")
    add(L3, "", "", "平台社会贡献率（%）", sm["平台社会贡献率（%）"], A)
    add(L3, "", "", "平台对关键行业/领域、本市及其他重点区域等贡献及支撑", "服务本市重点产业园区中小企业数字化转型。", "")
    add(L3, "3.2 平台生态建设", "3.2.1 平台开放", "是否建立供应链产业链开放共享机制", "是，开放设备数据接口与能效分析组件，按合作协议共享。", "")
    add(L3, "", "", "平台开放共享数据的形式及数量", sm["平台开放共享数据的形式及数量"], "")
    add(L3, "", "3.2.2 平台生态", "合作平台数量（个）", sm["合作平台数量（个）"], "")
    add(L3, "", "", "跨平台调用功能建设情况", "与合作平台实现账号互认和API互调。", "")
    add(L3, "", "", "新产业、新模式培育情况", "无", "")
    return rows


def basic_rows(m) -> list[tuple[str, str]]:
    s, v = m.spec, m.v
    return [
        ("平台名称", s["listed_name"]), ("建设时间", s["built"].replace(".", "年", 1).replace("-", "月至", 1).replace(".", "年") + "月"),
        ("平台建设金额（万元）", f2(v["invest"])),
        ("平台近三年经营指标情况", f"2021年平台营收{f2(v['r21'])}万元/增长率{f2(v['g21'])}%\n2022年平台营收{f2(v['r22'])}万元/增长率"
                           f"{f2(v['g22'])}%\n2023年平台营收{f2(v['R'])}万元/增长率{f2(v['g23'])}%"),
        ("平台建设方式", "☑自建  □合作共建"), ("平台运营模式", "☑自运营  □联合运营  □委托运营"),
        ("IaaS基础设施", "☑自建  □租用"), ("部署方式", "□边缘侧  ☑私有云  ☑公有云  □混合云  □其他"),
        ("平台网址", f"https://{s['domain']}  账号：review2024  密码：{v['secret']}"),
        ("平台基本情况介绍", f"{s['listed_name']}是{s['company']}打造的{s['nature']}，面向{'、'.join(s['industries'])}等行业"
                     f"提供设备接入、能效管理、订单协同等服务。平台以订阅制向企业客户提供服务，主要客户为长三角中小制造企业。"),
        ("平台建设成效", "平台帮助用户企业降低设备运维成本、提升能源利用效率，带动上下游企业协同。"),
    ]


def company_rows(m) -> list[tuple[str, str]]:
    s, v = m.spec, m.v
    rev = v["company_rev_yuan"] / 10000
    return [
        ("单位（企业）名称", s["company"]), ("单位（企业）代码", s["credit"]), ("成立日期", "2012年5月"),
        ("注册地及所在行政区", f"上海市{s['district']}"), ("企业类型", "有限责任公司"), ("注册资本", "5000万元"),
        ("主营业务", "工业互联网平台服务、设备销售、系统集成"), ("法定代表人", "王建国"),
        ("联系人", s["contact"][0]), ("职务", s["contact"][2]), ("联系人手机", s["contact"][1]), ("电子邮箱", mail(s)),
        ("总资产（万元）", f2(v["company_assets_yuan"] / 10000)), ("主营业务收入（万元）", f2(rev)),
        ("主营业务收入增长率（%）", f2((v["company_rev_yuan"] / v["company_rev_prev_yuan"] - 1) * 100)),
        ("负债率（%）", f2(v["company_liab_yuan"] / v["company_assets_yuan"] * 100)),
        ("利润总额（万元）", f2(v["company_profit_yuan"] / 10000)), ("税金（万元）", f2(v["company_tax_yuan"] / 10000)),
    ]


# ------------------------------------------------------------------ writers
def write_form_docx(m, path: Path, ev):
    s = m.spec
    doc = kit.new_docx()
    doc.add_paragraph("附件2")
    doc.add_heading("上海市工业互联网平台应用水平评价申报表", level=1)
    for line in ["申报年度：2024年度", f"平台名称：{s['listed_name']}", f"申报单位：{s['company']}（公章）",
                 f"联 系 人：{s['contact'][0]}", f"联系人电话：{s['contact'][1]}", "2024年7月15日"]:
        doc.add_paragraph(line)
    doc.add_page_break()
    doc.add_heading("一、企业基本情况", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, val in company_rows(m):
        c = t.add_row().cells
        c[0].text, c[1].text = k, val
    doc.add_heading("二、平台基本情况", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, val in basic_rows(m):
        c = t.add_row().cells
        c[0].text, c[1].text = k, val
    doc.add_heading("三、上海市工业互联网平台应用水平评价指标明细表", level=2)
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"]):
        c.text = h
    for row in detail_rows(m, ev):
        for c, val in zip(t.add_row().cells, row):
            c.text = val
    kit.save_docx(doc, path, s["company"])


def write_form_xlsx(m, path: Path, ev):
    s = m.spec
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "企业及平台基本情况"
    ws.append(["上海市工业互联网平台应用水平评价申报表（2024年度）"])
    ws.append(["一、企业基本情况"])
    for k, val in company_rows(m):
        ws.append([k, val])
    ws.append(["二、平台基本情况"])
    for k, val in basic_rows(m):
        ws.append([k, val])
    ws.column_dimensions["A"].width = 24
    ws.column_dimensions["B"].width = 90
    ws2 = wb.create_sheet("指标明细表")
    ws2.append(["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"])
    for row in detail_rows(m, ev):
        ws2.append(list(row))
    for col, w in zip("ABCDEF", (16, 18, 18, 40, 60, 40)):
        ws2.column_dimensions[col].width = w
    kit.save_xlsx(wb, path, s["company"])


def form_story(m, ev):
    st = kit.styles()
    s = m.spec
    story = [Spacer(1, 120), Paragraph("上海市工业互联网平台应用水平评价", st["title"]), Paragraph("申报表", st["title"]),
             Spacer(1, 60)]
    for line in ["申报年度：2024年度", f"平台名称：{s['listed_name']}", f"申报单位：{s['company']}（公章）",
                 f"联 系 人：{s['contact'][0]}", f"联系人电话：{s['contact'][1]}", "", "2024年7月15日"]:
        story.append(Paragraph(line, st["h"]))
    story.append(PageBreak())
    story.append(Paragraph("一、企业基本情况", st["h"]))
    story.append(kit.table([[Paragraph(a, st["c"]), Paragraph(b, st["c"])] for a, b in company_rows(m)], [150, 365], 0))
    story.append(Paragraph("二、平台基本情况", st["h"]))
    story.append(kit.table([[Paragraph(a, st["c"]), Paragraph(b.replace("\n", "<br/>"), st["c"])] for a, b in basic_rows(m)],
                           [150, 365], 0))
    story.append(PageBreak())
    story.append(Paragraph("三、上海市工业互联网平台应用水平评价指标明细表", st["h"]))
    data = [["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"]]
    for row in detail_rows(m, ev):
        data.append([Paragraph(x, st["c"]) for x in row])
    story.append(kit.table(data, [52, 58, 58, 110, 150, 87]))
    story.append(Spacer(1, 20))
    story.append(Paragraph(f"申报单位（盖章）：{s['company']}        2024年7月15日", st["small"]))
    return story


def write_scan(m, path: Path, story_pdf: Path, seal_pages: dict[int, tuple[float, float]], seed: int):
    imgs = kit.rasterize(story_pdf, dpi=100)
    out = []
    sl = kit.seal(190, m.spec["company"], seed)
    for i, im in enumerate(imgs):
        seals = [(sl, *seal_pages[i])] if i in seal_pages else []
        if i == len(imgs) - 1 and -1 in seal_pages:
            seals = [(sl, *seal_pages[-1])]
        out.append(kit.scanify(im, seed + i, seals))
    kit.images_to_pdf(out, path)


def write_summary(m, path: Path, kind: str):
    s = m.spec
    rows = summary_rows(m)
    vals = {lab: val for lab, val, _ in rows}
    if "summary_paid" in s["problems"]:
        vals["付费企业数（个）"] = str(m.v["summary_paid"])
    if kind == "docx":
        doc = kit.new_docx("仿宋")
        doc.add_paragraph("附件4")
        doc.add_heading("平台基本情况汇总表", level=1)
        t = doc.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for lab in SUMMARY_LABELS:
            c = t.add_row().cells
            c[0].text, c[1].text = lab, vals[lab]
        kit.save_docx(doc, path, s["company"])
        return
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "汇总表"
    if kind == "xlsx-h":
        ws.append(list(SUMMARY_LABELS))
        ws.append([int(vals[lab]) if lab == "序号" else vals[lab] for lab in SUMMARY_LABELS])
    else:
        ws.append(["平台基本情况汇总表", ""])
        ws.append(["项目", "内容"])
        for lab in SUMMARY_LABELS:
            ws.append([lab, int(vals[lab]) if lab == "序号" else vals[lab]])
        ws.column_dimensions["A"].width = 46
        ws.column_dimensions["B"].width = 80
    kit.save_xlsx(wb, path, s["company"])


def write_contacts(m, path: Path):
    s = m.spec
    doc = kit.new_docx()
    doc.add_paragraph("附件1")
    doc.add_heading("联系人信息反馈表", level=1)
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["序号", "姓名", "单位名称", "职务", "手机号码", "电子邮箱"]):
        c.text = h
    for c, val in zip(t.add_row().cells, ["联系人（主）", s["contact"][0], s["company"], s["contact"][2], s["contact"][1], mail(s)]):
        c.text = val
    for c, val in zip(t.add_row().cells, ["联系人（备用）", "赵明", s["company"], "综合办主任", "13916880412", f"office@{s['domain']}"]):
        c.text = val
    doc.add_paragraph("二、评审会现场地址信息反馈")
    doc.add_paragraph(f"具体地址：{s['address']}")
    kit.save_docx(doc, path, s["company"])


def narrative_sections(m, ev_list):
    s, v = m.spec, m.v
    secs = [
        ("一、申报单位简介", [f"{s['company']}成立于2012年，主营工业互联网平台服务、设备销售和系统集成业务。"
                       f"2023年公司主营业务收入{f2(v['company_rev_yuan'] / 10000)}万元。"]),
        ("二、平台建设及运营情况", [f"{s['listed_name']}建设时间为{s['built']}，建设方式为自建，累计建设金额{f2(v['invest'])}万元。",
                          f"平台以订阅制提供服务，2023年平台相关营业收入{f2(v['R'])}万元，平台收入按销售合同台账中业务类型为“平台服务”的合同不含税金额拆分，"
                          "与硬件销售、系统集成业务分开核算。",
                          "平台技术创新点：自研边缘采集与能效诊断引擎、低代码应用开发框架，关键技术自主可控。"]),
        ("三、平台应用成效", ["平台帮助用户企业平均降低设备运维成本、降低能耗，提升安全生产持续时间。",
                      "应用创新点：订阅制服务模式与供应链协同结合，形成可复制的中小企业数字化转型路径。"]),
        ("四、平台下一步发展计划", ["持续完善平台能力，拓展长三角区域客户，深化AI大模型应用。"]),
        ("五、平台应用案例", ["案例1：" + s["listed_name"] + "——设备能效协同优化", "企业简介：某长三角制造企业。",
                      "案例实际内容简介：通过平台接入关键设备并开展能效诊断，运维成本下降。"]),
        ("六、附件及其他说明材料", [f"{i}. {name}" for i, name in enumerate(ev_list, 1)]),
    ]
    if s["p2023"] and "no_section7" not in s["problems"]:
        secs.append(("七、平台相较上年度对比情况", ["2023年7月至今，平台新增能效对标模块和订单协同模块，"
                                          f"服务企业规模和平台收入均有增长，2023年平台营收较上年增长{f2(v['g23'])}%。"]))
    return secs


def write_narrative(m, path: Path, ev_list, as_pdf: bool):
    s = m.spec
    secs = narrative_sections(m, ev_list)
    if as_pdf:
        st = kit.styles()
        story = [Spacer(1, 100), Paragraph("上海市工业互联网平台应用水平评价", st["title"]), Paragraph("申报书", st["title"]),
                 Spacer(1, 40), Paragraph(f"平台名称：{s['listed_name']}", st["h"]), Paragraph(f"申报单位：{s['company']}", st["h"]),
                 PageBreak()]
        for h, paras in secs:
            story.append(Paragraph(h, st["h"]))
            story += [Paragraph(p, st["p"]) for p in paras]
        kit.build_pdf(path, story, "申报书")
        return
    doc = kit.new_docx()
    doc.add_paragraph("附件3")
    doc.add_heading("上海市工业互联网平台应用水平评价申报书", level=1)
    doc.add_paragraph(f"平台名称：{s['listed_name']}")
    doc.add_paragraph(f"申报单位：{s['company']}（公章）")
    for h, paras in secs:
        doc.add_heading(h, level=2)
        for p in paras:
            doc.add_paragraph(p)
    kit.save_docx(doc, path, s["company"])


def write_commitment(m, path: Path, scan: bool, tmp: Path):
    s = m.spec
    text = ("我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、准确、完整，"
            "如有不实，愿承担相应的法律责任及由此产生的一切后果。")
    if not scan:
        doc = kit.new_docx()
        doc.add_paragraph("附件5")
        doc.add_heading("真实性承诺", level=1)
        doc.add_paragraph(text)
        doc.add_paragraph("特此承诺。")
        doc.add_paragraph(f"申报单位：{s['company']}（盖章）")
        doc.add_paragraph("法定代表人：王建国（签章）")
        doc.add_paragraph("2024年7月15日")
        kit.save_docx(doc, path, s["company"])
        return
    st = kit.styles()
    src = tmp / "commit.pdf"
    kit.build_pdf(src, [Paragraph("附件5", st["small"]), Spacer(1, 30), Paragraph("真实性承诺", st["title"]), Spacer(1, 20),
                        Paragraph(text, st["p"]), Paragraph("特此承诺。", st["p"]), Spacer(1, 60),
                        Paragraph(f"申报单位：{s['company']}（盖章）", st["h"]), Paragraph("法定代表人：王建国（签章）", st["h"]),
                        Paragraph("2024年7月15日", st["h"])], "承诺", footer_pages=False)
    write_scan(m, path, src, {0: (0.55, 0.45)}, m.spec["seed"] * 7)


# ------------------------------------------------------------------ evidence
def write_audit(m, path: Path):
    s, v = m.spec, m.v
    st = kit.styles()
    with_note = "audit:company-only" not in s["layout"]
    story = [Spacer(1, 120), Paragraph(s["company"], st["title"]), Paragraph("2023年度财务报表审计报告", st["title"]),
             Spacer(1, 40), Paragraph("沪诚信会计师事务所（特殊普通合伙）（示例）", st["h"]),
             Paragraph("沪诚审字（2024）第0" + str(s["seed"]) + "号", st["h"]), PageBreak(),
             Paragraph("审计报告", st["title"]),
             Paragraph(f"{s['company']}全体股东：我们审计了{s['company']}财务报表，包括2023年12月31日的资产负债表，2023年度的利润表、"
                       "现金流量表、所有者权益变动表以及相关财务报表附注。我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，"
                       "公允反映了公司2023年12月31日的财务状况以及2023年度的经营成果和现金流量。", st["p"]), PageBreak(),
             Paragraph("利润表", st["title"]), Paragraph("编制单位：" + s["company"] + "　　2023年度　　单位：元", st["small"])]
    rev, prev = v["company_rev_yuan"], v["company_rev_prev_yuan"]
    cost = rev * 0.68
    rows = [["项目", "本期金额", "上期金额"], ["一、营业收入", yuan(rev), yuan(prev)],
            ["减：营业成本", yuan(round(cost, 2)), yuan(round(prev * 0.69, 2))],
            ["税金及附加", yuan(round(rev * 0.006, 2)), yuan(round(prev * 0.006, 2))],
            ["销售费用", yuan(round(rev * 0.07, 2)), yuan(round(prev * 0.07, 2))],
            ["管理费用", yuan(round(rev * 0.08, 2)), yuan(round(prev * 0.08, 2))],
            ["研发费用", yuan(round(rev * 0.09, 2)), yuan(round(prev * 0.09, 2))],
            ["三、利润总额", yuan(v["company_profit_yuan"]), yuan(round(v["company_profit_yuan"] * 0.9, 2))]]
    story += [kit.table(rows, [200, 150, 150], align_right_from=1), Spacer(1, 10),
              Paragraph(f"资产总计（2023年12月31日）：{yuan(v['company_assets_yuan'])}元；负债合计：{yuan(v['company_liab_yuan'])}元。",
                        st["small"])]
    if with_note:
        story += [PageBreak(), Paragraph("财务报表附注（节选）", st["title"]),
                  Paragraph("五、营业收入按业务类型列示（单位：元）", st["h"])]
        by = {}
        for c in m.contracts:
            if c.date.year == 2023:
                by[c.kind] = by.get(c.kind, 0) + c.net
        rr = [["业务类型", "本期金额"]] + [[k, yuan(round(x, 2))] for k, x in by.items()] + [["合计", yuan(rev)]]
        story += [kit.table(rr, [200, 150], align_right_from=1), Spacer(1, 12),
                  Paragraph("六、工业互联网平台业务专项说明（单位：万元）", st["h"]),
                  Paragraph(f"公司{s['listed_name']}相关收入为向客户提供平台订阅及平台服务取得的收入，按合同业务类型“平台服务”单独核算；"
                            "平台研发投入、利润按平台项目辅助核算归集。", st["p"]), Spacer(1, 6)]
        pr = [["项目", "2023年度", "2022年度", "2021年度"],
              ["平台相关营业收入", f"{v['R_true']:,.2f}", f"{v['r22']:,.2f}", f"{v['r21']:,.2f}"],
              ["平台相关研发投入", f"{v['rd']:,.2f}", "—", "—"], ["平台利润总额", f"{v['profit']:,.2f}", "—", "—"]]
        story.append(kit.table(pr, [150, 110, 110, 110], align_right_from=1))
    kit.build_pdf(path, story, "审计报告", header=f"{s['company']} 2023年度审计报告")


def ledger_rows(m):
    """Rows as printed: (kind of row, cells). Subtotals per 业务类型 and a 合计 row."""
    v = m.v
    out = []
    i = 0
    for kind, _ in [("平台服务", 0), ("硬件销售", 0), ("系统集成", 0)]:
        cs = [c for c in m.contracts if c.kind == kind]
        for c in cs:
            i += 1
            out.append(("row", [i, c.no, c.customer, c.date.strftime("%Y-%m-%d"), yuan(c.gross), yuan(c.net), f"{int(c.rate * 100)}%", kind]))
        gross, net = sum(c.gross for c in cs), sum(c.net for c in cs)
        if kind == "平台服务":
            net = v["printed_plat_net_yuan"]
            gross = v["ledger_plat_gross_yuan"]
        out.append(("sub", ["", f"小计：{kind}", f"{len(cs)}份", "", yuan(round(gross, 2)), yuan(round(net, 2)), "", kind]))
    g = sum(c.gross for c in m.contracts)
    n = sum(c.net for c in m.contracts)
    out.append(("total", ["", "合计", f"{len(m.contracts)}份", "", yuan(round(g, 2)), yuan(round(n, 2)), "", ""]))
    return out


LEDGER_HEAD = ["序号", "合同编号", "客户名称", "签订日期", "合同金额(含税)", "不含税金额", "税率", "业务类型"]


def write_ledger(m, xlsx: Path, pdf: Path):
    s = m.spec
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "2023年销售合同台账"
    ws.append([f"{s['company']} 2023年度销售合同台账（单位：元）"])
    ws.append(LEDGER_HEAD)
    for kind, cells in ledger_rows(m):
        r = list(cells)
        if kind == "row":
            r[4] = float(r[4].replace(",", ""))
            r[5] = float(r[5].replace(",", ""))
        else:
            r[4] = float(r[4].replace(",", ""))
            r[5] = float(r[5].replace(",", ""))
        ws.append(r)
        if kind != "row":
            for c in ws[ws.max_row]:
                c.font = Font(bold=True)
        for col in (5, 6):
            ws.cell(ws.max_row, col).number_format = "#,##0.00"
    for col, w in zip("ABCDEFGH", (6, 18, 34, 12, 16, 16, 7, 10)):
        ws.column_dimensions[col].width = w
    kit.save_xlsx(wb, xlsx, s["company"])
    st = kit.styles()
    data = [LEDGER_HEAD]
    bold = []
    for kind, cells in ledger_rows(m):
        data.append([str(x) for x in cells])
        if kind != "row":
            bold.append(len(data) - 1)
    story = [Paragraph(f"{s['company']}2023年度销售合同台账", st["title"]), Paragraph("单位：元", st["small"]),
             kit.table(data, [28, 100, 190, 62, 90, 90, 32, 52], bold_rows=bold, font_size=7.5, align_right_from=4),
             Spacer(1, 10), Paragraph("制表：财务部　　审核：　　　　打印日期：2024年7月10日", st["small"])]
    kit.build_pdf(pdf, story, "销售合同台账", landscape_page=True, header=f"{s['company']} 销售合同台账")


def invoice_rows(m):
    names = {"平台服务": "*信息技术服务*平台订阅服务费", "硬件销售": "*机械设备*智能采集网关及配件", "系统集成": "*信息系统服务*系统集成服务"}
    out = []
    k = 0
    for kind in ("平台服务", "硬件销售", "系统集成"):
        cs = [c for c in m.contracts if c.kind == kind and c.date.year == 2023]
        for c in cs:
            k += 1
            d = c.date.toordinal() + 9
            import datetime as dt
            d = min(dt.date.fromordinal(d), dt.date(2023, 12, 29))
            out.append(("row", [k, f"{31000000 + m.spec['seed'] * 100 + k:08d}"[-8:], d.strftime("%Y-%m-%d"), c.customer,
                                names[kind], f"{int(c.rate * 100)}%", yuan(c.net), yuan(c.tax), yuan(c.gross)]))
        out.append(("sub", ["", f"{kind}小计", f"{len(cs)}张", "", "", "", yuan(round(sum(c.net for c in cs), 2)),
                            yuan(round(sum(c.tax for c in cs), 2)), yuan(round(sum(c.gross for c in cs), 2))]))
    cs = [c for c in m.contracts if c.date.year == 2023]
    out.append(("total", ["", "2023年度合计", f"{len(cs)}张", "", "", "", yuan(round(sum(c.net for c in cs), 2)),
                          yuan(round(sum(c.tax for c in cs), 2)), yuan(round(sum(c.gross for c in cs), 2))]))
    return out


INV_HEAD = ["序号", "发票号码", "开票日期", "购买方名称", "货物或应税劳务、服务名称", "税率", "金额", "税额", "价税合计"]


def write_invoices(m, path: Path, as_xlsx: bool):
    s = m.spec
    if as_xlsx:
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = "2023年开票明细"
        ws.append([f"{s['company']} 2023年度增值税专用发票开票明细（单位：元）"])
        ws.append(INV_HEAD)
        for kind, cells in invoice_rows(m):
            r = list(cells)
            for j in (6, 7, 8):
                r[j] = float(r[j].replace(",", ""))
            ws.append(r)
            for j in (7, 8, 9):
                ws.cell(ws.max_row, j).number_format = "#,##0.00"
        kit.save_xlsx(wb, path, s["company"])
        return
    st = kit.styles()
    data = [INV_HEAD]
    bold = []
    for kind, cells in invoice_rows(m):
        data.append([str(x) for x in cells])
        if kind != "row":
            bold.append(len(data) - 1)
    story = [Paragraph("增值税专用发票开票明细表（2023年1月1日—2023年12月31日）", st["title"]),
             Paragraph(f"销售方：{s['company']}　　纳税人识别号：{s['credit']}　　单位：元", st["small"]),
             kit.table(data, [26, 52, 58, 165, 140, 30, 78, 64, 78], bold_rows=bold, font_size=7, align_right_from=6),
             Spacer(1, 8), Paragraph("数据来源：增值税发票综合服务平台导出，已作废发票及红字发票已剔除。", st["small"])]
    kit.build_pdf(path, story, "开票明细", landscape_page=True, header=f"{s['company']} 开票明细")


def write_customers(m, xlsx: Path, pdf: Path):
    s, v = m.spec, m.v
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "订单明细"
    ws.append([f"{s['listed_name']}平台服务订单明细（平台上线至2024年6月30日）"])
    ws.append(["序号", "订单编号", "客户名称", "下单日期", "订阅服务/APP", "是否付费"])
    for i, o in enumerate(m.orders, 1):
        ws.append([i, o.no, o.customer, o.date.strftime("%Y-%m-%d"), o.service, "是" if o.paid else "否（免费试用）"])
    ws.append([f"订单合计：{len(m.orders)}笔（其中2023年下单{v['orders_2023']}笔）"])
    ws2 = wb.create_sheet("客户汇总")
    ws2.append(["平台实际服务企业清单（按客户去重，同一客户多笔订单计1家）"])
    ws2.append(["序号", "客户名称", "所属行业", "注册地", "企业规模", "是否付费", "订单笔数", "首次服务日期"])
    cnt = {}
    for o in m.orders:
        cnt[o.customer] = cnt.get(o.customer, 0) + 1
    for i, c in enumerate(m.customers, 1):
        ws2.append([i, c.name, c.industry, c.region, "中小企业" if c.sme else "大型企业", "是" if c.paid else "否", cnt[c.name],
                    c.since.strftime("%Y-%m-%d")])
    for line in summary_lines(m):
        ws2.append([line])
    for w, col in zip((6, 36, 10, 8, 10, 8, 8, 12), "ABCDEFGH"):
        ws2.column_dimensions[col].width = w
    kit.save_xlsx(wb, xlsx, s["company"])
    st = kit.styles()
    data = [["序号", "客户名称", "所属行业", "注册地", "企业规模", "是否付费", "订单笔数"]]
    for i, c in enumerate(m.customers, 1):
        data.append([str(i), c.name, c.industry, c.region, "中小企业" if c.sme else "大型企业", "是" if c.paid else "否", str(cnt[c.name])])
    story = [Paragraph("平台实际服务企业清单", st["title"]),
             Paragraph(f"平台：{s['listed_name']}　统计截止：2024年6月30日　口径：按客户去重", st["small"]),
             kit.table(data, [30, 200, 70, 50, 60, 50, 50], font_size=8), Spacer(1, 10)]
    story += [Paragraph(line, st["h"]) for line in summary_lines(m)]
    kit.build_pdf(pdf, story, "客户清单", header=f"{s['company']} 平台服务客户清单")


def summary_lines(m):
    v = m.v
    return [f"客户合计：{v['M']}家", f"其中付费客户：{v['paid_M']}家", f"其中上海市企业：{v['sh_M']}家", f"其中中小企业：{v['sme_M']}家"]


def write_contract_scans(m, path: Path, tmp: Path):
    s = m.spec
    st = kit.styles()
    top = sorted([c for c in m.contracts if c.kind == "平台服务" and c.date.year == 2023], key=lambda c: -c.gross)[:2]
    story = []
    for c in top:
        story += [Spacer(1, 40), Paragraph("平台服务合同", st["title"]), Spacer(1, 20),
                  Paragraph(f"合同编号：{c.no}", st["h"]), Paragraph(f"甲方（客户）：{c.customer}", st["h"]),
                  Paragraph(f"乙方（服务方）：{s['company']}", st["h"]), Spacer(1, 12),
                  Paragraph(f"服务内容：乙方通过{s['listed_name']}向甲方提供平台订阅服务（设备接入、数据分析及应用订阅），服务期一年。", st["p"]),
                  Paragraph(f"合同总价（含税）：人民币{yuan(c.gross)}元，其中不含税金额{yuan(c.net)}元，增值税税率6%。", st["p"]),
                  Paragraph("付款方式：合同签订后10个工作日内支付50%，验收后支付50%。", st["p"]), PageBreak(),
                  Paragraph("（以下无正文，为签章页）", st["p"]), Spacer(1, 60),
                  Paragraph(f"甲方（盖章）：{c.customer}", st["h"]), Paragraph("授权代表：", st["h"]), Spacer(1, 90),
                  Paragraph(f"乙方（盖章）：{s['company']}", st["h"]), Paragraph("授权代表：", st["h"]),
                  Paragraph(f"签订日期：{c.date.year}年{c.date.month}月{c.date.day}日", st["h"]), PageBreak()]
    src = tmp / "contracts.pdf"
    kit.build_pdf(src, story[:-1], "合同", footer_pages=False)
    imgs = kit.rasterize(src, dpi=100)
    out = []
    for i, im in enumerate(imgs):
        seals = []
        if i % 2 == 1:
            c = top[i // 2]
            seals = [(kit.seal(170, c.customer, s["seed"] + i, "合同专用章"), 0.55, 0.28),
                     (kit.seal(170, s["company"], s["seed"] + 50 + i, "合同专用章"), 0.55, 0.5)]
        out.append(kit.scanify(im, s["seed"] * 3 + i, seals))
    kit.images_to_pdf(out, path)
    return top


def write_ip(m, path: Path):
    s, v = m.spec, m.v
    st = kit.styles()
    import random
    rnd = random.Random(s["seed"] + 9)
    pat = [[str(i), f"ZL2020{rnd.randrange(10000000, 99999999)}.{rnd.randrange(10)}", f"一种{w}方法及系统", s["company"], "发明专利"]
           for i, w in enumerate(rnd.sample(["设备能效诊断", "多源数据采集", "边缘计算调度", "工艺参数优化", "故障预警", "能耗预测",
                                              "订单协同分配", "设备画像构建", "碳排放核算", "数据质量校验", "告警抑制", "负荷预测",
                                              "巡检路径规划", "供应商评价", "库存优化", "模型自动调参"], v["patents"]), 1)]
    sw = [[str(i), f"2021SR{rnd.randrange(1000000, 9999999)}", f"{s['short']}{w}软件V1.0", s["company"]]
          for i, w in enumerate(rnd.sample([f"平台模块{k}" for k in range(1, 40)], v["softcr"]), 1)]
    story = [Paragraph(f"{s['listed_name']}知识产权清单", st["title"]),
             Paragraph(f"专利清单（共{v['patents']}项）", st["h"]),
             kit.table([["序号", "专利号", "专利名称", "专利权人", "类型"]] + pat, [30, 120, 180, 130, 55], font_size=8),
             Paragraph(f"软件著作权清单（共{v['softcr']}项）", st["h"]),
             kit.table([["序号", "登记号", "软件名称", "著作权人"]] + sw, [30, 110, 220, 155], font_size=8)]
    kit.build_pdf(path, story, "知识产权清单")


def write_shot(m, path: Path):
    from PIL import Image, ImageDraw
    from eval_sets.generator import fonts
    v, s = m.v, m.spec
    img = Image.new("RGB", (1280, 720), (16, 28, 48))
    d = ImageDraw.Draw(img)
    d.text((40, 30), f"{s['listed_name']} · 运营驾驶舱", font=fonts.pil_font(30), fill=(235, 240, 250))
    d.text((40, 78), "数据更新时间：2024-07-08 10:00", font=fonts.pil_font(16), fill=(150, 170, 200))
    cards = [("平台注册企业（家）", f"{v['registered']:,}"), ("上架工业APP（个）", f"{v['apps']:,}"),
             ("注册开发者（个）", f"{v['devs']:,}"), ("接入设备（台/套）", f"{v['dev']:,}")]
    for i, (cap, val) in enumerate(cards):
        x = 40 + i * 305
        d.rounded_rectangle((x, 140, x + 285, 300), 12, fill=(28, 48, 82))
        d.text((x + 20, 160), cap, font=fonts.pil_font(20), fill=(160, 190, 230))
        d.text((x + 20, 210), val, font=fonts.pil_font(48), fill=(90, 220, 255))
    for k in range(24):
        h = 40 + (k * 37 % 160)
        d.rectangle((60 + k * 48, 640 - h, 90 + k * 48, 640), fill=(60, 120, 200))
    d.text((40, 350), "近24个月订阅量趋势", font=fonts.pil_font(18), fill=(200, 210, 230))
    path.parent.mkdir(parents=True, exist_ok=True)
    img.save(path, "PNG", optimize=False)
    return cards


# ------------------------------------------------------------------ package
def fact(label, value, unit, norm, file, page, quote, row="", col="", comp="", img=False):
    return dict(label=label, value=value, unit=unit, normalized=norm, file=file, page=page, quote=quote, row_label=row,
                column_label=col, component=comp, image_only=img)


def find_page(path: Path, quote: str) -> int:
    key = re.sub(r"\s+", "", quote)
    hits = [i + 1 for i, t in enumerate(kit.pdf_page_texts(path)) if key in re.sub(r"\s+", "", t)]
    assert len(hits) >= 1, (path, quote)
    return hits[-1] if len(hits) > 1 and False else hits[0]


def build_package(spec: dict, out: Path, tmp: Path) -> PackageTruth:
    m = build_model(spec)
    s, v = spec, m.v
    pid = s["pid"]
    root = out / "packages" / pid
    if root.exists():
        shutil.rmtree(root)
    root.mkdir(parents=True)
    sh = s["short"]
    edir = "附件3-证明材料" if "evidence_dir:附件3-证明材料" in s["layout"] else "证明材料"
    inv_xlsx = "invoices:xlsx" in s["layout"]
    F = {
        "audit": f"{edir}/01 {sh}2023年度审计报告.pdf",
        "ledger_x": f"{edir}/02 2023年度销售合同台账.xlsx",
        "ledger_p": f"{edir}/02 2023年度销售合同台账（打印版）.pdf",
        "inv": f"{edir}/03 2023年度增值税专用发票开票明细.{'xlsx' if inv_xlsx else 'pdf'}",
        "cust_x": f"{edir}/04 平台服务订单及客户清单.xlsx",
        "cust_p": f"{edir}/04 平台实际服务企业清单（盖章打印版）.pdf",
        "contracts": f"{edir}/05 重大合同首页及签章页（扫描件）.pdf",
        "ip": f"{edir}/06 知识产权清单.pdf",
        "shot": f"{edir}/07 平台运营驾驶舱截图.png",
    }
    ev = {"audit": F["audit"], "ledger": F["ledger_x"], "contracts": F["contracts"], "ip": F["ip"], "shot": F["shot"],
          "cust": F["cust_x"], "inv": F["inv"]}
    files: dict[str, str] = {}
    # main documents
    form_docx = f"附件2 申报表（{sh}）.docx"
    form_xlsx = f"附件2 申报表（{sh}）.xlsx"
    scan = f"附件2 申报表（{sh}）盖章扫描版.pdf"
    if "form:xlsx+scan" in s["layout"]:
        write_form_xlsx(m, root / form_xlsx, ev)
        files[form_xlsx] = "申报表"
    else:
        write_form_docx(m, root / form_docx, ev)
        files[form_docx] = "申报表"
        if "form:docx+xlsx+scan" in s["layout"]:
            write_form_xlsx(m, root / form_xlsx, ev)
            files[form_xlsx] = "申报表"
    src = tmp / f"{pid}_form.pdf"
    kit.build_pdf(src, form_story(m, ev), "申报表")
    write_scan(m, root / scan, src, {0: (0.62, 0.42), -1: (0.6, 0.8)}, s["seed"])
    files[scan] = "申报表扫描件"
    write_contacts(m, root / f"附件1 联系人信息反馈表（{sh}）.docx")
    files[f"附件1 联系人信息反馈表（{sh}）.docx"] = "联系人表"
    ev_list = [Path(F[k]).name for k in ("audit", "ledger_x", "ledger_p", "inv", "cust_x", "cust_p", "contracts", "ip", "shot")]
    narr_pdf = "narrative:pdf" in s["layout"]
    narr = f"附件3 申报书（{sh}）.{'pdf' if narr_pdf else 'docx'}"
    write_narrative(m, root / narr, ev_list, narr_pdf)
    files[narr] = "申报书"
    kind = "docx" if "summary:docx-vertical" in s["layout"] else ("xlsx-h" if "summary:xlsx-horizontal" in s["layout"] else "xlsx")
    summ = f"附件4 平台基本情况汇总表（{sh}）.{'docx' if kind == 'docx' else 'xlsx'}"
    write_summary(m, root / summ, kind)
    files[summ] = "汇总表"
    scan_commit = "commitment:scan" in s["layout"]
    commit = f"附件5 真实性承诺（{sh}）.{'pdf' if scan_commit else 'docx'}"
    write_commitment(m, root / commit, scan_commit, tmp)
    files[commit] = "承诺"
    # evidence
    write_audit(m, root / F["audit"])
    write_ledger(m, root / F["ledger_x"], root / F["ledger_p"])
    write_invoices(m, root / F["inv"], inv_xlsx)
    write_customers(m, root / F["cust_x"], root / F["cust_p"])
    write_contract_scans(m, root / F["contracts"], tmp)
    write_ip(m, root / F["ip"])
    write_shot(m, root / F["shot"])
    files.update({F["audit"]: "evidence:audit_report", F["ledger_x"]: "evidence:other", F["ledger_p"]: "evidence:other",
                  F["inv"]: "evidence:other", F["cust_x"]: "evidence:other", F["cust_p"]: "evidence:other",
                  F["contracts"]: "evidence:other", F["ip"]: "evidence:patent_list", F["shot"]: "evidence:screenshot"})

    # facts
    facts = []
    REV = "平台相关营业收入（万元）"
    if "audit:company-only" not in s["layout"]:
        a = root / F["audit"]
        for lab, val, col, comp in [(REV, v["R_true"], "2023年度", ""), ("平台近三年经营指标情况", v["r22"], "2022年度", "2022年平台营收（万元）"),
                                    ("平台近三年经营指标情况", v["r21"], "2021年度", "2021年平台营收（万元）")]:
            q = f"{val:,.2f}"
            facts.append(fact(lab, q, "万元", val, F["audit"], find_page(a, q), q, "平台相关营业收入", col, comp))
        q = f"{v['rd']:,.2f}"
        facts.append(fact("平台相关研发投入（万元）", q, "万元", v["rd"], F["audit"], find_page(a, q), q, "平台相关研发投入", "2023年度"))
        q = f"{v['profit']:,.2f}"
        pg = find_page(a, q)
        facts.append(fact("平台利润率（%）", q, "万元", v["profit"], F["audit"], pg, q, "平台利润总额", "2023年度", "平台利润总额（万元）"))
        facts.append(fact("投资回报率（%）", q, "万元", v["profit"], F["audit"], pg, q, "平台利润总额", "2023年度", "平台年利润（万元）"))
        q = yuan(v["plat_net_yuan"])
        facts.append(fact(REV, q, "元", v["R_true"], F["audit"], find_page(a, q), q, "平台服务", "本期金额"))
    ledger_ok = not ({"subtotal_wrong", "contract_2024"} & set(s["problems"]))
    if ledger_ok:
        q = yuan(v["plat_net_yuan"])
        facts.append(fact(REV, q, "元", v["R_true"], F["ledger_x"], 1, q, "小计：平台服务", "不含税金额"))
        facts.append(fact(REV, q, "元", v["R_true"], F["ledger_p"], find_page(root / F["ledger_p"], q), q, "小计：平台服务", "不含税金额"))
    q = yuan(v["plat_net_yuan"])
    if inv_xlsx:
        facts.append(fact(REV, q, "元", v["R_true"], F["inv"], 1, q, "平台服务小计", "金额"))
    else:
        facts.append(fact(REV, q, "元", v["R_true"], F["inv"], find_page(root / F["inv"], q), q, "平台服务小计", "金额"))
    for lab, key, line in zip(["实际服务企业数（个）", "付费企业数（个）", "服务本市企业数量（个）", "服务中小企业数量（个）"],
                              ["M", "paid_M", "sh_M", "sme_M"], summary_lines(m)):
        q = line
        num = v[key]
        facts.append(fact(lab, str(num), "家", num, F["cust_x"], 2, q, line.split("：")[0]))
        facts.append(fact(lab, str(num), "家", num, F["cust_p"], find_page(root / F["cust_p"], q), q, line.split("：")[0]))
    for lab, key, head in [("平台核心软硬件技术获得的专利数量（项）", "patents", "专利清单"), ("平台核心软硬件技术获得的软著数量（个）", "softcr", "软件著作权清单")]:
        q = f"{head}（共{v[key]}项）"
        facts.append(fact(lab, str(v[key]), "项", v[key], F["ip"], find_page(root / F["ip"], q), q, head))
    for lab, key, cap in [("注册企业用户数（个）", "registered", "平台注册企业（家）"), ("工业APP数量（个）", "apps", "上架工业APP（个）"),
                          ("开发者注册总数（个）", "devs", "注册开发者（个）"), ("连接的工业设备/产品/产线种类及数量（台/套）", "dev", "接入设备（台/套）")]:
        q = f"{v[key]:,}"
        facts.append(fact(lab, q, "家" if key == "registered" else ("台/套" if key == "dev" else "个"), v[key], F["shot"], 1, q, cap, img=True))

    probs = problems_for(m, F, files, form_docx if form_docx in files else form_xlsx, summ, narr)
    rows = [SummaryRow(label=lab, value=val, normalized=norm) for lab, val, norm in summary_rows(m)]
    truth = PackageTruth(
        package_id=pid, description=describe(m), path=f"{REL}/packages/{pid}", delivery="folder",
        platform=PlatformRef(list_no=s["list_no"], listed_name=s["listed_name"], company=s["company"],
                             declared_name=s["listed_name"], participated_2023=s["p2023"]),
        layout=s["layout"], files=dict(sorted(files.items())), secrets=[v["secret"]], summary_rows=rows,
        evidence_facts=[EvidenceFact(**f) for f in facts], problems=probs)
    disk = sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())
    assert disk == sorted(files), (set(disk) ^ set(files))
    return truth


def describe(m) -> str:
    s = m.spec
    base = (f"序号{s['list_no']} {s['company']}：营收与服务企业以销售合同台账（含税/不含税、按业务类型小计）、增值税专用发票开票明细、"
            "订单及客户清单（去重）为证，审计报告、重大合同扫描件、知识产权清单、驾驶舱截图为辅。")
    return base + ("完全一致的干净包。" if not s["problems"] else f"埋设问题{len(s['problems'])}处。")


def problems_for(m, F, files, form, summ, narr) -> list[Problem]:
    s, v = m.spec, m.v
    p = []
    pid = s["pid"].split("_")[1]
    REV = "平台相关营业收入（万元）"
    for name in s["problems"]:
        n = len(p) + 1
        pid_n = f"h64-{pid}-{n:02d}"
        if name == "revenue_incl_tax":
            p.append(Problem(id=pid_n, family="declared_vs_evidence", fields=[REV, "平台近三年经营指标情况"],
                             files=[form, F["ledger_x"], F["inv"], F["audit"]], severity="error",
                             description=f"申报的2023年平台相关营业收入{f2(v['R'])}万元等于台账“平台服务”合同金额(含税)小计"
                                         f"{yuan(v['plat_gross_yuan'])}元（价税合计），而不含税金额小计、发票金额小计均为{yuan(v['plat_net_yuan'])}元，"
                                         f"审计报告平台专项说明为{v['R_true']:,.2f}万元；营业收入应按不含税口径填报。"))
        elif name == "region_sum":
            p.append(Problem(id=pid_n, family="breakdown_sum", fields=["按省市区域统计服务企业数（个）", "实际服务企业数（个）"],
                             files=[form], severity="error",
                             description=f"按省市区域统计服务企业数合计{sum(v['reg'].values())}（上海{v['reg']['上海']}），"
                                         f"与实际服务企业数{v['served']}不符（客户清单上海企业为{v['sh_M']}家）。"))
        elif name == "summary_paid":
            p.append(Problem(id=pid_n, family="summary_vs_form", fields=["付费企业数（个）"], files=[summ, form], severity="error",
                             description=f"汇总表付费企业数{v['summary_paid']}，申报表填{v['paid']}。"))
        elif name == "subtotal_wrong":
            p.append(Problem(id=pid_n, family="breakdown_sum", fields=[REV], files=[F["ledger_x"], F["ledger_p"]], severity="error",
                             description=f"销售合同台账“小计：平台服务”不含税金额印为{yuan(v['printed_plat_net_yuan'])}元，"
                                         f"而该类各行不含税金额之和为{yuan(v['plat_net_yuan'])}元（相差96,300.00元）；"
                                         "台账各小计之和亦不等于合计行。"))
            p.append(Problem(id=f"h64-{pid}-{n + 1:02d}", family="declared_vs_evidence", fields=[REV, "平台近三年经营指标情况"],
                             files=[form, F["ledger_x"], F["inv"]], severity="error",
                             description=f"申报的平台相关营业收入{f2(v['R'])}万元取自台账错误小计；合同行不含税金额之和及开票明细"
                                         f"“平台服务小计”金额均为{yuan(v['plat_net_yuan'])}元（{f2(v['R_true'])}万元）。"))
        elif name == "rd_intensity":
            p.append(Problem(id=pid_n, family="formula", fields=["平台相关研发投入强度（%）", "平台相关研发投入（万元）", REV],
                             files=[form], severity="error",
                             description=f"平台相关研发投入强度填{f2(v['rd_int'])}%，按申报表数据{f2(v['rd'])}÷{f2(v['R'])}×100%="
                                         f"{f2(v['rd'] / v['R'] * 100)}%。"))
        elif name == "contract_2024":
            c = [x for x in m.contracts if x.date.year == 2024][0]
            p.append(Problem(id=pid_n, family="declared_vs_evidence", fields=[REV, "平台近三年经营指标情况"],
                             files=[form, F["ledger_x"], F["ledger_p"], F["audit"], F["inv"]], severity="error",
                             description=f"“2023年度”销售合同台账的平台服务小计含2024-01-16签订的合同{c.no}（不含税{yuan(c.net)}元），"
                                         f"申报营收{f2(v['R'])}万元据此计入；审计报告平台专项说明及2023年开票明细平台服务金额为"
                                         f"{v['R_true']:,.2f}万元（{yuan(v['plat_net_yuan'])}元）。"))
        elif name == "count_contracts":
            p.append(Problem(id=pid_n, family="count_vs_list",
                             fields=["实际服务企业数（个）", "付费企业数（个）", "服务本市企业数量（个）", "服务中小企业数量（个）",
                                     "按行业统计服务企业数（个）", "按省市区域统计服务企业数（个）"],
                             files=[form, F["cust_x"], F["cust_p"]], severity="error",
                             description=f"实际服务企业数填{v['served']}，等于订单明细的订单笔数（订单合计{v['N_orders']}笔），"
                                         f"客户清单按客户去重仅{v['M']}家（付费{v['paid_M']}、上海{v['sh_M']}、中小{v['sme_M']}）；"
                                         f"申报的付费{v['paid']}、本市{v['sh']}、中小{v['sme']}及行业/区域分布同样按订单计数。"))
        elif name == "no_section7":
            p.append(Problem(id=pid_n, family="section7", fields=["七、平台相较上年度对比情况"], files=[narr], severity="error",
                             description=f"序号{s['list_no']}为2023年度参评平台，申报书缺少必填的“七、平台相较上年度对比情况”。"))
    return p


def main(argv=None) -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=str(HERE))
    args = ap.parse_args(argv)
    out = Path(args.out)
    tmp = out / "scratch"
    tmp.mkdir(parents=True, exist_ok=True)
    (out / "truth").mkdir(parents=True, exist_ok=True)
    for spec in PACKAGES:
        t = build_package(spec, out, tmp)
        (out / "truth" / f"{t.package_id}.json").write_text(dump_truth(t), encoding="utf-8")
        print(t.package_id, len(t.evidence_facts), "facts", len(t.problems), "problems")
    shutil.rmtree(tmp)


if __name__ == "__main__":
    main(sys.argv[1:])
