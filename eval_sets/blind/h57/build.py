"""Build the h57 blind set: Word documents as people really build them.

python -m eval_sets.blind.h57.build [--out DIR]   (default: this folder) → DIR/packages/<id>/…, DIR/truth/<id>.json
"""

from __future__ import annotations

import argparse
import copy
import io
import json
import random
import re
from pathlib import Path

import openpyxl
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt
from openpyxl.styles import Alignment, Font

from eval_sets.blind.h57 import docxkit as dk
from eval_sets.blind.h57 import pdfkit as pk
from eval_sets.blind.h57.labels import LABELS
from eval_sets.blind.h57.specs import PACKAGES
from eval_sets.blind.h57.values import audit, fmt_bd, make, r2
from eval_sets.truth import PackageTruth, dump_truth

HERE = Path(__file__).resolve().parent
REL = "eval_sets/blind/h57"


def n0(x) -> str:
    return f"{x:,}"


def n2(x) -> str:
    return f"{x:,.2f}"


# ------------------------------------------------------------------ declared figures and problems
def figures(spec: dict) -> tuple[dict, dict]:
    """(v, alt): v = what the 申报表 DOCX declares; alt = deviations printed elsewhere (汇总表, scan, evidence)."""
    v = make(spec["seed"], spec["profile"])
    alt: dict = {}
    probs = spec["problems"]
    if "summary_textbox_revenue" in probs:
        alt["summary_rev2023"] = 9361.54  # 汇总表 digits transposed
    if "breakdown_nested" in probs:
        alt["dev_cat_true"] = dict(v["dev_cat"])
        v["dev_cat"]["仪器仪表"] -= 300
    if "scan_vs_sdt_apps" in probs:
        alt["scan_apps"] = 368
    if "growth_nested" in probs:
        v["growth"][2023] = 18.62  # computed 15.27
    if "device_footnote" in probs:
        alt["dev_evidence_total"] = v["dev"] - 1260
    if "team_identity" in probs:
        v["opr"] = 78  # 138 + 78 = 216 ≠ 207
    if "blank_placeholder" in probs:
        v["trade_growth"] = None
    if "rd_intensity" in probs:
        v["rd_int"] = 20.17  # 1218.64 ÷ 7152.46 = 17.04
    return v, alt


def summary_rows(spec: dict, v: dict) -> list[tuple[str, str, object]]:
    c = spec["contact"]
    rev, g = v["rev"], v["growth"]
    yrs = {2021: rev[1], 2022: rev[2], 2023: rev[3]}
    three = "；".join(f"{y}年平台营收{yrs[y]:.2f}万元/增长率{g[y]:.2f}%" for y in (2021, 2022, 2023))
    three_n = {}
    for y in (2021, 2022, 2023):
        three_n[f"{y}年平台营收（万元）"] = yrs[y]
        three_n[f"{y}年增长率（%）"] = g[y]
    speed_level = v["speed"].split("（")[0]
    tg = v["trade_growth"]
    vals = [
        (str(spec["list_no"]), spec["list_no"]), (spec["company"], spec["company"]),
        (spec["declared_name"], spec["declared_name"]), (spec["nature"], spec["nature"]),
        (c[0], c[0]), (c[1], c[1]), (c[2], c[2]), (spec["site"], spec["site"]), (spec["url"], spec["url"]),
        (spec["build_time"], spec["build_time"]), (f"{v['invest']:.2f}", v["invest"]), (three, three_n),
        (spec["build_mode"], spec["build_mode"]), (spec["ops_mode"], spec["ops_mode"]),
        ("、".join(spec["deploy"]), "、".join(spec["deploy"])),
        (str(v["team"]), v["team"]), (str(v["ops"]), v["ops"]), (str(v["opr"]), v["opr"]),
        (str(v["qualified"]), v["qualified"]), (f"{v['rd']:.2f}", v["rd"]), (f"{v['rd_int']:.2f}", v["rd_int"]),
        (f"{v['rev2023']:.2f}", v["rev2023"]), (f"{v['margin']:.2f}", v["margin"]),
        (f"{v['paid_share']:.2f}", v["paid_share"]),
        (str(v["dev"]), v["dev"]), (fmt_bd(v["dev_cat"]), v["dev_cat"]), (fmt_bd(v["dev_reg"]), v["dev_reg"]),
        (str(v["pub"]), v["pub"]), (fmt_bd(v["pub_cat"]), v["pub_cat"]), (fmt_bd(v["pub_reg"]), v["pub_reg"]),
        (str(v["daily"]), v["daily"]), (fmt_bd(v["daily_cat"]), v["daily_cat"]), (fmt_bd(v["daily_reg"]), v["daily_reg"]),
        (str(v["overseas_total"]), v["overseas_total"]), (fmt_bd(v["overseas"]), v["overseas"]),
        (str(v["protocols"]), v["protocols"]), (str(v["software"]), v["software"]), (str(v["apps"]), v["apps"]),
        (str(v["apps_native"]), v["apps_native"]), (str(v["cloud_sw"]), v["cloud_sw"]),
        (fmt_bd(v["app_cls"]), v["app_cls"]), (fmt_bd(v["app_ind"]), v["app_ind"]), (str(v["app_mau"]), v["app_mau"]),
        (str(v["killer"]), v["killer"]), (str(v["killer_users"]), v["killer_users"]),
        (str(v["killer_dau"]), v["killer_dau"]), (f"{v['killer_income']:.2f}", v["killer_income"]),
        (str(v["pub_apps"]), v["pub_apps"]), (str(v["pub_dau"]), v["pub_dau"]),
        (fmt_bd(v["pub_dau_cls"]), v["pub_dau_cls"]), (fmt_bd(v["pub_dau_ind"]), v["pub_dau_ind"]),
        (f"{v['cloud']:.2f}", v["cloud"]), (str(v["cloud_pub"]), v["cloud_pub"]), (f"{v['cap']:.2f}", v["cap"]),
        (f"{v['data']:.2f}", v["data"]), (f"{v['pub_data']:.2f}", v["pub_data"]),
        (f"{v['util_storage']:.2f}", v["util_storage"]), (str(v["models"]), v["models"]),
        (str(v["models_active"]), v["models_active"]), (str(v["model_users"]), v["model_users"]),
        (fmt_bd(v["model_cls"]), v["model_cls"]), (v["speed"], speed_level), (str(v["ms"]), v["ms"]),
        (str(v["ms_active"]), v["ms_active"]), (str(v["devs"]), v["devs"]), (str(v["devs_active"]), v["devs_active"]),
        ("是", True), ("是", True), ("是", True),
        (str(v["registered"]), v["registered"]), (str(v["served"]), v["served"]), (fmt_bd(v["srv_ind"]), v["srv_ind"]),
        (fmt_bd(v["srv_reg"]), v["srv_reg"]), (str(v["paying"]), v["paying"]), (str(v["local"]), v["local"]),
        (str(v["sme"]), v["sme"]),
        (f"2023年自然年：{v['orders'][0]}个；截至填表日前一年：{v['orders'][1]}个",
         {"2023年自然年": v["orders"][0], "截至填表日前一年": v["orders"][1]}),
        (("" if tg is None else f"{tg:.2f}"), tg),
        (str(v["subs"]), v["subs"]), (str(v["killer_subs"]), v["killer_subs"]), (f"{v['sub_amount']:.2f}", v["sub_amount"]),
        (f"{v['dev_util']:.2f}", v["dev_util"]), (f"{v['domestic']:.2f}", v["domestic"]),
        (f"是，{v['factories']}家", v["factories"]), (str(v["parks"]), v["parks"]), (str(v["solutions"]), v["solutions"]),
        (fmt_bd(v["sol_mode"]), v["sol_mode"]), (f"{v['roi']:.2f}", v["roi"]),
        ("是" if v["vc"] else "否", v["vc"]),
        (f"{v['om_down']:.2f}", v["om_down"]), (f"{v['energy_down']:.2f}", v["energy_down"]),
        (f"{v['safety_up']:.2f}", v["safety_up"]), (str(v["indices"]), v["indices"]),
        (str(v["patents"]), v["patents"]), (str(v["softcr"]), v["softcr"]),
        ("是", True), ("是", True), ("是", True),
        (str(v["awards"]), v["awards"]), (str(v["jobs"]), v["jobs"]), (f"{v['social']:.2f}", v["social"]),
        (v["open_data"], v["open_data"]), (str(v["partners"]), v["partners"]),
    ]
    assert len(vals) == len(LABELS) == 103, len(vals)
    return [(lab, val, norm) for lab, (val, norm) in zip(LABELS, vals)]


# ------------------------------------------------------------------ file names
def names(spec: dict) -> dict:
    s = spec["short"]
    pid = spec["id"]
    if pid.endswith("clean"):
        return {
            "contact": f"附件1 联系人信息反馈表（{s}）.docx", "form": f"附件2 申报表（{s}）.docx",
            "scan": f"附件2 申报表（{s}）盖章扫描件.pdf", "book": f"附件3 申报书（{s}）.docx",
            "book_pdf": f"附件3 申报书（{s}）.pdf", "summary": f"附件4 平台基本情况汇总表（{s}）.xlsx",
            "commit": "附件5 真实性承诺（盖章）.pdf",
            "audit": "证明材料/01 2023年度审计报告及平台业务专项说明.pdf",
            "dev_docx": "证明材料/02 平台接入设备统计表.docx", "dev_pdf": "证明材料/02 平台接入设备统计表.pdf",
            "ip_docx": "证明材料/03 知识产权及荣誉清单.docx", "ip_pdf": "证明材料/03 知识产权及荣誉清单.pdf",
            "shot": "证明材料/04 平台运营驾驶舱截图.png",
        }
    if "lianying" in pid:
        return {
            "form": "02-申报表-联影医疗工业互联网平台.docx", "scan": "02-申报表-盖章版.pdf",
            "book": "03-申报书-联影医疗工业互联网平台.docx", "book_pdf": "03-申报书-联影医疗工业互联网平台.pdf",
            "summary": "04-平台基本情况汇总表.docx", "commit": "05-真实性承诺.docx",
            "audit": "03-申报书附件/附件1 平台业务收入及研发投入专项审计报告.pdf",
            "dev_docx": "03-申报书附件/附件2 接入设备统计（Word版）.docx", "dev_pdf": "03-申报书附件/附件2 接入设备统计.pdf",
            "ip_docx": "03-申报书附件/附件3 专利软著及荣誉清单.docx", "ip_pdf": "03-申报书附件/附件3 专利软著及荣誉清单.pdf",
            "shot": "03-申报书附件/附件4 平台运行看板截图.png",
        }
    if "oubei" in pid:
        return {
            "contact": "附件1_联系人信息反馈表.docx", "form": "附件2_申报表_欧贝平台.docx", "scan": "附件2_申报表_欧贝平台_盖章.pdf",
            "book": "附件3_申报书_欧贝平台.docx", "book_pdf": "附件3_申报书_欧贝平台.pdf",
            "summary": "附件4_平台基本情况汇总表.xlsx", "commit": "附件5_真实性承诺_盖章.pdf",
            "audit": "佐证材料/1_审计报告（含平台业务专项附注）.pdf",
            "dev_docx": "佐证材料/2_平台接入设备明细统计.docx", "dev_pdf": "佐证材料/2_平台接入设备明细统计.pdf",
            "ip_docx": "佐证材料/3_知识产权清单.docx", "ip_pdf": "佐证材料/3_知识产权清单.pdf",
            "lists": "佐证材料/4_工业APP及机理模型清单.xlsx", "shot": "佐证材料/5_平台数据看板.png",
        }
    return {
        "form": "1 申报表（宝武装备）.docx", "scan": "1 申报表（宝武装备）签章版.pdf",
        "book": "2 申报书（宝武装备）.docx", "book_pdf": "2 申报书（宝武装备）.pdf",
        "summary": "4 平台基本情况汇总表（横版）.xlsx", "commit": "5 真实性承诺.pdf",
        "audit": "3 证明材料/3.1 专项审计报告.pdf",
        "dev_docx": "3 证明材料/3.2 设备接入统计表.docx", "dev_pdf": "3 证明材料/3.2 设备接入统计表.pdf",
        "ip_docx": "3 证明材料/3.3 知识产权与荣誉.docx", "ip_pdf": "3 证明材料/3.3 知识产权与荣誉.pdf",
        "shot": "3 证明材料/3.4 远程运维中心大屏截图.png",
    }


# ------------------------------------------------------------------ 指标明细表 rows
def killer_items(v: dict, names_: list[str]) -> list[str]:
    """The five 杀手锏APP with their subscriptions; they add up to 杀手锏工业APP订阅数量."""
    subs = [int(v["killer_subs"] * w) for w in (0.3, 0.25, 0.2, 0.15)]
    subs.append(v["killer_subs"] - sum(subs))
    return [f"{n}（订阅{s}个）" for n, s in zip(names_, subs)]


def detail_rows(spec: dict, v: dict, nm: dict) -> list[dict]:
    """Rows of the 指标明细表: l1/l2/l3, 内容, value text, proof, and how the DOCX holds the value (mode)."""
    au, dv, ip = Path(nm["audit"]).name, Path(nm["dev_pdf"]).name, Path(nm["ip_pdf"]).name
    sh = Path(nm["shot"]).name
    lst = Path(nm["lists"]).name if "lists" in nm else sh
    L1a, L1b, L1c = "一、平台基础情况（25%）", "二、平台关键技术能力（35%）", "三、平台效益及可持续发展能力（40%）"
    tg = v["trade_growth"]
    R = []

    def row(l1, l2, l3, content, value, proof="", mode="plain", extra=None):
        R.append({"l1": l1, "l2": l2, "l3": l3, "c": content, "v": value, "p": proof, "mode": mode, "x": extra})

    s12, s121, s122 = "1.1 战略定位及规划", "1.1.1 战略定位", "1.1.2 规划制定"
    row(L1a, s12, s121, "平台定位是否明确", f"是。{spec['nature']}，服务{spec['domain']}领域企业数字化转型。")
    row(L1a, s12, s121, "是否符合国家/地方相关政策方向，是否符合行业/产业发展现状与趋势",
        ["1.工业和信息化部《工业互联网创新发展行动计划（2021-2023年）》平台体系壮大方向；",
         "2.上海市经信委《“工赋上海”三年行动计划》平台赋能方向，契合行业数字化转型趋势。"], mode="multi")
    row(L1a, s12, s122, "平台是否被纳入企业战略规划中", f"是，《{spec['short']}“十四五”数字化转型发展规划》")
    row(L1a, s12, s122, "是否制定了平台专项规划", f"是，《{spec['declared_name']}三年建设规划（2023-2025）》")
    row(L1a, s12, s122, "平台团队总人数（人）", str(v["team"]), "人力资源部花名册（申报书附件）", "sdt")
    row(L1a, s12, s122, "其中：运维人数（人）", str(v["ops"]), "同上", "sdt")
    row(L1a, s12, s122, "运营人数（人）", str(v["opr"]), "同上", "textbox" if "team_identity" in spec["problems"] else "plain")
    row(L1a, s12, s122, "其中：有相关技术职称/从业资格的人数（人）", str(v["qualified"]), "职称证书汇总")
    s12b, s1221, s1222 = "1.2 资金投入与经营情况", "1.2.1 创新投入情况", "1.2.2 经营情况"
    row(L1a, s12b, s1221, "平台相关研发投入（万元）", f"{v['rd']:.2f}", f"{au} 第2页", "plain")
    row(L1a, s12b, s1221, "平台相关研发投入强度（%）", f"{v['rd_int']:.2f}", "研发投入÷平台营收", "field")
    row(L1a, s12b, s1222, "平台相关营业收入（万元）", f"{v['rev2023']:.2f}", f"{au} 第2页", "textbox")
    row(L1a, s12b, s1222, "平台利润率（%）", f"{v['margin']:.2f}", f"{au} 第2页")
    row(L1a, s12b, s1222, "付费用户占比（%）", f"{v['paid_share']:.2f}", "付费企业数÷注册企业用户数")
    s21, s211 = "2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力"
    row(L1b, s21, s211, "连接的工业设备/产品/产线种类及数量（台/套）", str(v["dev"]), f"{dv} 第1页", "sdt")
    row(L1b, s21, s211, "按二级分类统计工业设备数量（台/套）", v["dev_cat"], f"{dv} 第1页", "nested")
    row(L1b, s21, s211, "按省市区域统计工业设备数量（台/套）", v["dev_reg"], f"{dv} 第2页", "multi_bd")
    row(L1b, s21, s211, "其中：公有云工业设备连接数量（台/套）", str(v["pub"]), f"{dv} 第1页")
    row(L1b, s21, s211, "按二级分类统计公有云工业设备数量（台/套）", v["pub_cat"], f"{dv} 第1页", "nested")
    row(L1b, s21, s211, "按省市区域统计公有云工业设备数量（台/套）", v["pub_reg"], f"{dv} 第2页", "bd")
    row(L1b, s21, s211, "其中：公有云工业设备平均日运行数量（台/套）", str(v["daily"]), f"{dv} 第1页")
    row(L1b, s21, s211, "按二级分类统计公有云工业设备平均日运行数量（台/套）", v["daily_cat"], f"{dv} 第1页", "bd")
    row(L1b, s21, s211, "按省市区域统计公有云工业设备平均日运行数量（台/套）", v["daily_reg"], f"{dv} 第2页", "bd")
    row(L1b, s21, s211, "其中：海外设备连接数量（台/套）", str(v["overseas_total"]), f"{dv} 第2页")
    row(L1b, s21, s211, "其中：按海外国家分类统计海外设备连接数量", v["overseas"], f"{dv} 第2页", "bd")
    row(L1b, s21, s211, "工业协议兼容适配数量（个）", str(v["protocols"]), "协议适配清单")
    row(L1b, s21, s211, "其他资源汇聚情况", "汇聚工业知识条目、专家资源及服务商资源，入驻服务商126家、行业专家320名。")
    s212 = "2.1.2 工业软件/APP"
    row(L1b, s21, s212, "工业软件总量（个）", str(v["software"]), lst)
    row(L1b, s21, s212, "工业APP数量（个）", str(v["apps"]), lst, "sdt")
    row(L1b, s21, s212, "其中：基于平台开发的工业APP数量（个）", str(v["apps_native"]), lst)
    row(L1b, s21, s212, "云化工业软件数量（个）", str(v["cloud_sw"]), lst)
    row(L1b, s21, s212, "按分类统计工业APP数量（个）", v["app_cls"], lst, "nested")
    row(L1b, s21, s212, "按行业统计工业APP数量（个）", v["app_ind"], lst, "bd")
    row(L1b, s21, s212, "工业APP平均月活跃数量（个）", str(v["app_mau"]), sh)
    killer_names = ["设备健康诊断", "智能点检", "能耗分析", "质量追溯", "备件协同"]
    row(L1b, s21, s212, "其中：杀手锏APP数量（个）", str(v["killer"]), "杀手锏APP名单见下", "list",
        killer_items(v, killer_names))
    row(L1b, s21, s212, "公有云杀手锏APP平均日在线用户数（个）", str(v["killer_users"]), sh)
    row(L1b, s21, s212, "杀手锏APP日活次数（次）", str(v["killer_dau"]), sh)
    row(L1b, s21, s212, "杀手锏APP月平均收入（万元）", f"{v['killer_income']:.2f}", "财务台账")
    row(L1b, s21, s212, "其中：公有云工业APP数量（个）", str(v["pub_apps"]), lst)
    row(L1b, s21, s212, "其中：公有云工业APP平均日活跃数量（个）", str(v["pub_dau"]), sh)
    row(L1b, s21, s212, "其中：按分类统计公有云工业APP平均日活跃数量（个）", v["pub_dau_cls"], sh, "bd")
    row(L1b, s21, s212, "其中：按行业统计公有云工业APP平均日活跃数量（个）", v["pub_dau_ind"], sh, "bd")
    s22 = "2.2 数据管理与挖掘"
    row(L1b, s22, "2.2.1 数据采集", "边缘数据处理能力",
        ["方案支持数据采集、数据存储、网络传输、智能分析等功能；", "边缘计算应用节点数：186个；", "最低响应时延：10毫秒。"], mode="multi")
    row(L1b, s22, "2.2.1 数据采集", "其他数据采集能力", "支持MES、ERP、SCADA等系统数据的接口采集，日均采集记录约2.6亿条。")
    s222 = "2.2.2 数据处理（存储计算能力）"
    row(L1b, s22, s222, "是否支持可拓展云计算能力", "是")
    row(L1b, s22, s222, "云化服务器算力", "CPU 3200核、GPU 24卡，支持弹性扩容。")
    row(L1b, s22, s222, "平台实际用云量（台）", f"{v['cloud']:.2f}")
    row(L1b, s22, s222, "平台公有云实际使用数量（台）", str(v["cloud_pub"]))
    row(L1b, s22, s222, "存储容量（TB）", f"{v['cap']:.2f}")
    row(L1b, s22, s222, "存储工业数据量（TB）", f"{v['data']:.2f}")
    row(L1b, s22, s222, "公有云数据总量（TB）", f"{v['pub_data']:.2f}", "", "sdt")
    row(L1b, s22, s222, "存储资源利用率（%）", f"{v['util_storage']:.2f}", "存储工业数据量÷存储容量")
    row(L1b, s22, s222, "数据基础管理能力", "建立数据标准、主数据与数据质量管理体系，覆盖设备、工艺、订单等12类主题数据。")
    s223 = "2.2.3 数据建模和分析"
    row(L1b, s22, s223, "工业机理模型数量（个）", str(v["models"]), lst)
    row(L1b, s22, s223, "其中：活跃机理模型数量（一周调用5次以上）（个）", str(v["models_active"]), lst)
    row(L1b, s22, s223, "核心工业模型平均月调用用户数量（个）", str(v["model_users"]), sh)
    row(L1b, s22, s223, "按分类统计工业模型数量（个）", v["model_cls"], lst, "nested")
    row(L1b, s22, s223, "是否提供通用建模分析算法", "是")
    row(L1b, s22, s223, "智能分析算法类型", "基础算法、聚类算法、分类算法、预测与估算算法、关联分析算法")
    row(L1b, s22, s223, "数据分析平台均速度（每TB分级/秒级/毫秒级）", v["speed"])
    s23 = "2.3 微服务部署与调用"
    row(L1b, s23, "2.3.1 平台微服务情况", "微服务数量（个）", str(v["ms"]), sh)
    row(L1b, s23, "2.3.1 平台微服务情况", "其中：活跃微服务数量（一周调用5次以上）（个）", str(v["ms_active"]), sh)
    s24 = "2.4 平台开发与使用"
    row(L1b, s24, "2.4.1 平台开发者数量", "是否建立开发者社区及相关功能", "是")
    row(L1b, s24, "2.4.1 平台开发者数量", "开发者注册总数（个）", str(v["devs"]), sh)
    row(L1b, s24, "2.4.1 平台开发者数量", "其中：活跃开发者数（个）", str(v["devs_active"]), sh)
    row(L1b, s24, "2.4.2 应用开发服务能力", "平台支持开发语言类型", "共5种：Java、Python、C++、JavaScript、Go")
    row(L1b, s24, "2.4.2 应用开发服务能力", "平台应用开发框架", "基于微服务与容器化的低代码开发框架，提供组件市场与模板。")
    row(L1b, s24, "2.4.2 应用开发服务能力", "平台应用开发工具", "提供可视化建模、流程编排、API网关与在线调试工具。")
    s25 = "2.5 安全体系"
    row(L1b, s25, "2.5.1 安全制度建设", "是否针对平台制定了安全管理相关制度",
        f"是，《平台网络与数据安全管理制度》（{spec['short']}-AQ-2022-03，2022年3月制订）")
    row(L1b, s25, "2.5.1 安全制度建设", "建立的安全制度保护了平台的哪些方面", "数据、传输、访问登录、代码、应用、网络")
    row(L1b, s25, "2.5.1 安全制度建设", "有否定期开展第三方安全测试/测评", "是，每年一次")
    row(L1b, s25, "2.5.1 安全制度建设", "有否定期进行安全扫描", "是，每月一次")
    row(L1b, s25, "2.5.2 安全技术保障", "采用何种安全技术情况", "防火墙、网络隔离、传输加密、多因素认证、日志审计。")
    row(L1b, s25, "2.5.2 安全技术保障", "核心数据安全保护手段", "每日增量备份、每周离线备份、双机热备及异地灾备。")
    s31, s311 = "3.1 平台应用", "3.1.1 平台应用规模"
    row(L1c, s31, s311, "注册企业用户数（个）", str(v["registered"]), sh, "sdt")
    row(L1c, s31, s311, "其中：实际服务企业数（个）", str(v["served"]), sh)
    row(L1c, s31, s311, "按行业统计服务企业数（个）", v["srv_ind"], "客户台账", "nested")
    row(L1c, s31, s311, "按省市区域统计服务企业数（个）", v["srv_reg"], "客户台账", "multi_bd")
    row(L1c, s31, s311, "其中：付费企业数（个）", str(v["paying"]), "客户台账")
    row(L1c, s31, s311, "其中：服务本市企业数量（个）", str(v["local"]), "客户台账")
    row(L1c, s31, s311, "其中：服务中小企业数量（个）", str(v["sme"]), "客户台账")
    row(L1c, s31, s311, "平台订单数量（个），填写近一年总量",
        [f"2023年自然年：{v['orders'][0]}个", f"截至填表日前一年：{v['orders'][1]}个"], "订单系统导出", "multi")
    row(L1c, s31, s311, "平台交易规模年增长率（%）", "" if tg is None else f"{tg:.2f}", "订单系统导出",
        "placeholder" if tg is None else "sdt")
    row(L1c, s31, s311, "工业APP订阅总数量（个）", str(v["subs"]), sh)
    row(L1c, s31, s311, "其中：杀手锏工业APP订阅数量（个）", str(v["killer_subs"]), sh)
    row(L1c, s31, s311, "工业APP订阅总金额（万元）", f"{v['sub_amount']:.2f}", "财务台账")
    row(L1c, s31, s311, "平台连接工业设备利用率（%）", f"{v['dev_util']:.2f}")
    row(L1c, s31, s311, "平台国产化率（%）", f"{v['domestic']:.2f}")
    row(L1c, s31, s311, "平台是否服务上海智能工厂，数量", f"是，{v['factories']}家（名单见申报书）")
    row(L1c, s31, s311, "平台服务园区总数（个）", str(v["parks"]))
    row(L1c, s31, s311, "平台提供的解决方案总数（个）", str(v["solutions"]))
    row(L1c, s31, s311, "其中：按新模式统计解决方案数量（个）", v["sol_mode"], "", "bd")
    s312 = "3.1.2 平台应用价值"
    row(L1c, s31, s312, "投资回报率（%）", f"{v['roi']:.2f}", "平台年利润÷投资总额")
    row(L1c, s31, s312, "企业已上市或已获得VC/PE投资",
        "是，2022年完成B轮融资" if v["vc"] else "否")
    row(L1c, s31, s312, "关键技术自主可控", "边缘采集网关、时序数据库与模型引擎均为自研，自主可控。")
    row(L1c, s31, s312, "解决方案累计对企业/用户新增效益", "3个案例平均带动用户营收增长6.8%。")
    row(L1c, s31, s312, "解决方案累计对企业/用户降低成本", "3个案例平均降低运维成本与能耗。")
    row(L1c, s31, s312, "平台连接工业设备运维成本平均下降率（%）", f"{v['om_down']:.2f}")
    row(L1c, s31, s312, "平台连接工业设备能耗平均下降率（%）", f"{v['energy_down']:.2f}")
    row(L1c, s31, s312, "平台连接工业设备安全生产持续时间平均提升率（%）", f"{v['safety_up']:.2f}")
    row(L1c, s31, s312, "平台数据价值挖掘应用能力", "沉淀设备故障知识与工艺参数模型，支撑预测性维护与能效优化。")
    row(L1c, s31, s312, "工业互联网平台+供应链协同应用情况", "与上下游132家供应商系统对接，采购周期平均缩短18%。")
    row(L1c, s31, s312, "平台有否与新技术的融合应用", "有，融合5G、边缘计算、数字孪生与AI大模型。")
    row(L1c, s31, s312, "平台现有特色指数（个）", str(v["indices"]))
    s313 = "3.1.3 平台带动成效"
    row(L1c, s31, s313, "平台核心软硬件技术获得的专利数量（项）", str(v["patents"]), f"{ip} 第1页")
    row(L1c, s31, s313, "平台核心软硬件技术获得的软著数量（个）", str(v["softcr"]), ip)
    row(L1c, s31, s313, "平台是否有自研形成的核心技术突破", "是，自研多源异构设备接入与边云协同技术，接入时延优于同类产品。")
    row(L1c, s31, s313, "平台是否具备碳管理服务能力", "是，提供碳排放监测与碳核算服务。")
    row(L1c, s31, s313, "平台是否融合使用国家标识解析系统", "是，接入国家标识解析二级节点，累计注册标识1200万个。")
    row(L1c, s31, s313, "平台牵头/参与标准制定情况（国家标准、行业标准）", "参与行业标准2项。")
    row(L1c, s31, s313, "平台获得省部级及以上奖项/荣誉数量（个）", str(v["awards"]), ip)
    row(L1c, s31, s313, "平台建设与运营带动新增就业人数（人）", str(v["jobs"]))
    row(L1c, s31, s313, "平台社会贡献率（%）", f"{v['social']:.2f}")
    row(L1c, s31, s313, "平台对关键行业/领域、本市及其他重点区域等贡献及支撑", "服务本市重点产业链企业，支撑长三角区域协同。")
    s32 = "3.2 平台生态建设"
    row(L1c, s32, "3.2.1 平台开放", "是否建立供应链产业链开放共享机制", "是，开放数据与应用功能，建立分级授权共享机制。")
    row(L1c, s32, "3.2.1 平台开放", "平台开放共享数据的形式及数量", v["open_data"])
    row(L1c, s32, "3.2.2 平台生态", "合作平台数量（个）", str(v["partners"]))
    row(L1c, s32, "3.2.2 平台生态", "跨平台调用功能建设情况", "与合作平台实现账号互认与API互调。")
    row(L1c, s32, "3.2.2 平台生态", "新产业、新模式培育情况", "无")
    return R


# ------------------------------------------------------------------ 申报表 DOCX
def build_form_docx(spec: dict, v: dict, nm: dict, rows: list[dict], path: Path) -> None:
    doc = dk.new_document()
    dk.header_footer(doc, spec["company"], "金额单位：万元")
    c = spec["contact"]
    for t, sz in (("上海市工业互联网平台应用水平评价", 18), ("申报表", 26)):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(t)
        r.font.size = Pt(sz)
        r.bold = True
    doc.add_paragraph("申报年度：2024年度")
    p = doc.add_paragraph("平台名称：")
    dk.sdt_inline(p, spec["declared_name"], "平台名称")
    p = doc.add_paragraph("申报单位：")
    dk.complex_field(p, "DOCPROPERTY Company \\* MERGEFORMAT", spec["company"])
    p.add_run("（公章）")
    p = doc.add_paragraph("联 系 人：")
    dk.simple_field(p, "MERGEFIELD 联系人姓名", c[0])
    p = doc.add_paragraph("联系人电话：")
    dk.simple_field(p, "MERGEFIELD 联系人手机", c[1])
    doc.add_paragraph("上海市经济和信息化委员会制            2024年6月10日")
    dk.page_break_run(doc.add_paragraph())
    doc.add_heading("一、企业基本情况", level=2)
    t = doc.add_table(rows=0, cols=4)
    dk.set_borders(t)
    base = [("单位（企业）名称", spec["company"], "单位（企业）代码", "91310000MA1G8X57H" + str(spec["list_no"] % 10)),
            ("成立日期", "2009年3月18日", "注册地及所在行政区", "上海市" + spec["site"][3:6]),
            ("企业类型", "有限责任公司", "注册资本", "20000万元"),
            ("法定代表人", "（略）", "联系人 / 职务", f"{c[0]} / {c[3]}"),
            ("联系人手机", c[1], "电子邮箱", c[2]),
            ("总资产（万元）", n2(v["rev2023"] * 9.7), "主营业务收入（万元）", n2(v["rev2023"] * 6.1)),
            ("主营业务收入增长率（%）", "8.36", "负债率（%）", "46.20"),
            ("利润总额（万元）", n2(v["profit"] * 5.3), "税金（万元）", n2(v["profit"] * 1.2))]
    for r in base:
        cells = t.add_row().cells
        for i, x in enumerate(r):
            cells[i].text = x
    doc.add_heading("二、平台基本情况", level=2)
    t = doc.add_table(rows=0, cols=2)
    dk.set_borders(t)

    def kv(label):
        cells = t.add_row().cells
        cells[0].text = label
        return cells[1]

    cell = kv("平台名称")
    dk.sdt_inline(cell.paragraphs[0], spec["declared_name"], "平台名称2")
    y0, m0 = spec["build_time"].split("-")[0].split(".")
    y1, m1 = spec["build_time"].split("-")[1].split(".")
    kv("建设时间").text = f"{y0}年{int(m0)}月至{y1}年{int(m1)}月"
    kv("平台建设金额（万元）").text = f"{v['invest']:.2f}"
    cell = kv("平台近三年经营指标情况")
    cell.text = "（平台相关收益单列，非整个公司的财务数据）"
    nt = cell.add_table(rows=1, cols=3)
    dk.set_borders(nt)
    for i, h in enumerate(("年度", "平台营收（万元）", "增长率（%）")):
        nt.rows[0].cells[i].text = h
    for k, y in enumerate((2021, 2022, 2023)):
        cs = nt.add_row().cells
        cs[0].text, cs[1].text, cs[2].text = f"{y}年", f"{v['rev'][k + 1]:.2f}", f"{v['growth'][y]:.2f}"
    cell.add_paragraph("")
    opts = {"自建": "☑自建  ☐合作共建，合作企业名称（必填）：____", "合作共建": ""}
    kv("平台建设方式").text = opts[spec["build_mode"]]
    kv("平台运营模式").text = "  ".join(("☑" if m == spec["ops_mode"] else "☐") + m for m in ("自运营", "联合运营", "委托运营"))
    if spec["iaas"] == "租用":
        kv("IaaS基础设施").text = f"☐自建  ☑租用，服务商名称（必填）：{spec['iaas_vendor']}"
    else:
        kv("IaaS基础设施").text = "☑自建  ☐租用，服务商名称（必填）：____"
    kv("部署方式").text = "  ".join(("☑" if m in spec["deploy"] else "☐") + m for m in ("边缘侧", "私有云", "公有云", "混合云")) + "  ☐其他部署方式"
    cell = kv("平台网址")
    cell.text = spec["url"]
    cell.add_paragraph(f"体验账号：review2024    密码：{spec['password']}")
    cell = kv("平台基本情况介绍")
    cell.text = (f"{spec['declared_name']}由{spec['company']}建设运营，是一个面向{spec['domain']}领域的"
                 f"{spec['nature']}，提供设备接入、数据分析、工业APP与解决方案服务。")
    cell.add_paragraph(f"截至填表日，平台连接工业设备{v['dev']}台（套），实际服务企业{v['served']}家。")
    cell = kv("平台建设成效")
    cell.text = "平台帮助用户企业降低运维成本、提升设备综合效率，带动产业链上下游协同。"
    cell.add_paragraph("平台沉淀行业机理模型，支撑长三角制造企业数字化转型。")

    doc.add_heading("三、上海市工业互联网平台应用水平评价指标明细表", level=2)
    heads = ["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"]
    t = doc.add_table(rows=1, cols=6)
    dk.set_borders(t)
    for i, h in enumerate(heads):
        t.rows[0].cells[i].text = h
    dk.repeat_header(t.rows[0])
    widths = [Cm(1.6), Cm(1.8), Cm(2.0), Cm(4.2), Cm(4.6), Cm(2.4)]
    chart = pk.bar_chart(["2021", "2022", "2023"], [v["rev"][1], v["rev"][2], v["rev"][3]], "平台营收（万元）", 420, 240)
    start = {0: 1, 1: 1, 2: 1}
    prev = [None, None, None]
    page_broken = False
    for k, r in enumerate(rows, start=1):
        cells = t.add_row().cells
        for ci in range(3):
            key = (r["l1"], r["l2"], r["l3"])[: ci + 1]
            if key != prev[ci]:
                if prev[ci] is not None and k - 1 > start[ci]:
                    t.cell(start[ci], ci).merge(t.cell(k - 1, ci))
                start[ci] = k
                prev[ci] = key
                cells[ci].text = key[-1]
        cells[3].text = r["c"]
        vc = cells[4]
        mode, val = r["mode"], r["v"]
        if r["l1"].startswith("二") and not page_broken:
            dk.page_break_run(cells[3].paragraphs[0])  # the table's rows are split by a page break
            page_broken = True
        if mode == "plain":
            vc.text = val
        elif mode == "sdt":
            dk.sdt_inline(vc.paragraphs[0], val, r["c"][:20])
        elif mode == "placeholder":
            dk.sdt_inline(vc.paragraphs[0], "单击或点击此处输入文字。", r["c"][:20], placeholder=True)
        elif mode == "field":
            dk.complex_field(vc.paragraphs[0], "MERGEFIELD 研发投入强度 \\# \"0.00\"", val)
        elif mode == "textbox":
            if r["c"].startswith("平台相关营业收入"):
                vc.paragraphs[0].add_run().add_picture(io.BytesIO(chart), width=Cm(3.0))
                dk.vml_textbox(vc.add_paragraph(), [f"2023年：{val}"], width_pt=110, height_pt=22)
                note_p = vc.paragraphs[0]
                dk.note(doc, note_p, "注：平台相关营业收入不含公司医疗设备/硬件整机销售收入，按平台订阅与服务合同拆分。"
                        if "lianying" in spec["id"] else "注：平台相关营业收入按平台订阅与服务合同拆分，不含硬件销售。")
            else:
                vc.text = "见右侧"
                dk.vml_textbox(vc.paragraphs[0], [val], width_pt=60, height_pt=20, left_pt=40)
        elif mode == "nested":
            nt = vc.add_table(rows=1, cols=2)
            dk.set_borders(nt)
            nt.rows[0].cells[0].text, nt.rows[0].cells[1].text = "分类", "数量"
            for kk, vv in val.items():
                cs = nt.add_row().cells
                cs[0].text, cs[1].text = kk, str(vv)
            vc.add_paragraph("")
        elif mode == "multi_bd":
            items = list(val.items())
            vc.text = f"{items[0][0]}：{items[0][1]}"
            for kk, vv in items[1:]:
                vc.add_paragraph(f"{kk}：{vv}")
        elif mode == "bd":
            vc.text = fmt_bd(val)
        elif mode == "multi":
            vc.text = val[0]
            for x in val[1:]:
                vc.add_paragraph(x)
        elif mode == "list":
            vc.text = f"{val}个，按订阅用户数排名："
            dk.numbered_list(doc, r["x"], container=vc)
        cells[5].text = r["p"]
    last = len(t.rows) - 1
    for ci in range(3):
        if last > start[ci]:
            t.cell(start[ci], ci).merge(t.cell(last, ci))
    for row_ in t.rows:
        for i, w in enumerate(widths):
            row_.cells[i].width = w
    # a closing note row spanning all columns (gridSpan)
    cells = t.add_row().cells
    merged = cells[0].merge(cells[5])
    merged.text = "注：金额单位均为万元；数量类指标均为截至填表日（2024年5月31日）数据，含私有化部署项目。"
    dk.save(doc, path, title="申报表", author=spec["contact"][0])


def form_print_blocks(spec: dict, v: dict, rows: list[dict], overrides: dict) -> list[tuple]:
    """The 申报表 as printed for stamping (what the scan shows)."""
    c = spec["contact"]
    b = [("h1", "上海市工业互联网平台应用水平评价  申报表"), ("p", "申报年度：2024年度"),
         ("p", f"平台名称：{spec['declared_name']}"), ("p", f"申报单位：{spec['company']}（公章）"),
         ("p", f"联系人：{c[0]}    联系人电话：{c[1]}"), ("h2", "二、平台基本情况"),
         ("table", [["项目", "内容"], ["平台名称", spec["declared_name"]], ["建设时间", spec["build_time"]],
                    ["平台建设金额（万元）", f"{v['invest']:.2f}"]]
          + [[f"{y}年平台营收（万元）/增长率（%）", f"{v['rev'][k + 1]:.2f} / {v['growth'][y]:.2f}"]
             for k, y in enumerate((2021, 2022, 2023))]
          + [["平台建设方式", spec["build_mode"]], ["平台运营模式", spec["ops_mode"]],
             ["部署方式", "、".join(spec["deploy"])], ["平台网址", spec["url"]]], [5, 11]),
         ("h2", "三、评价指标明细表")]
    tab = [["三级指标", "内容", "平台实际情况", "证明资料"]]
    for r in rows:
        val = r["v"]
        if r["c"] in overrides:
            val = overrides[r["c"]]
        if isinstance(val, dict):
            val = fmt_bd(val)
        elif isinstance(val, list):
            val = "；".join(val)
        if r["mode"] == "list":
            val = f"{val}个：" + "；".join(f"{i}.{x}" for i, x in enumerate(r["x"], 1))
        tab.append([r["l3"], r["c"], val, r["p"]])
    b.append(("table", tab, [2.4, 4.6, 6.2, 3.4]))
    b.append(("p", f"申报单位（盖章）：{spec['company']}        2024年6月10日"))
    return b


# ------------------------------------------------------------------ 申报书
def book_content(spec: dict, v: dict, nm: dict) -> list[tuple]:
    """Chapters of the 申报书 (shared by DOCX and its PDF print). Kinds: h2/p/chart/ole/list/table/endnote."""
    name = spec["declared_name"]
    served_claim = f"平台服务企业超过3,000家" if "book_textbox_served" in spec["problems"] else f"平台实际服务企业{n0(v['served'])}家"
    ch = [
        ("h2", "一、申报单位简介"),
        ("p", f"{spec['company']}成立于2009年，注册地上海，主营工业软件与数字化服务。公司拥有平台专职团队{v['team']}人，"
              f"其中运维{v['ops']}人、运营{v['opr']}人。" if "team_identity" not in spec["problems"] else
              f"{spec['company']}成立于2009年，注册地上海，主营冶金装备智能运维服务，拥有一支专业化平台团队。"),
        ("h2", "二、平台建设及运营情况"),
        ("p", f"{name}于{spec['build_time'][:4]}年启动建设，累计投入{v['invest']:.2f}万元，定位为{spec['nature']}。"),
        ("chart", f"图1 平台营收趋势（单位：万元）", [f"2023年平台营收{n2(v['rev2023'])}万元", served_claim]),
        ("p", f"平台近三年营收分别为{v['rev'][1]:.2f}万元、{v['rev'][2]:.2f}万元、{v['rev'][3]:.2f}万元（见下表）。"),
        ("ole", [["年度", "平台营收（万元）", "增长率（%）"]]
         + [[f"{y}年", f"{v['rev'][k + 1]:.2f}", f"{v['growth'][y]:.2f}"] for k, y in enumerate((2021, 2022, 2023))]),
        ("endnote", "平台营收口径：基于平台直接订阅的服务及平台服务合同收入，不含硬件整机销售收入。"),
        ("table", [["三级指标", "本平台数据", "对标数据"],
                   ["1.2.1 创新投入情况", f"研发投入{v['rd']:.2f}万元", "同行业平台（示例平台A）研发投入数量级：千万元"],
                   ["2.1.1 工业设备连接/汇聚能力", f"连接设备{n0(v['dev'])}台（套）", "示例平台A：约1万台（套）"],
                   ["3.1.1 平台应用规模", f"注册企业{n0(v['registered'])}家", "示例平台A：约1,500家"]]),
        ("p", "技术创新点总结：平台自研边云协同接入、时序数据引擎与行业机理模型库，关键技术自主可控。"),
        ("h2", "三、平台应用成效"),
        ("p", f"平台连接工业设备运维成本平均下降{v['om_down']:.2f}%，能耗平均下降{v['energy_down']:.2f}%。"),
        ("p", "应用创新点总结：新技术融合应用与商业模式创新，带动产业链协同。"),
        ("h2", "四、平台下一步发展计划"),
        ("p", "深化AI大模型融合，拓展长三角产业集群服务，完善开发者生态。"),
        ("h2", "五、平台应用案例"),
        ("list", [f"案例{i}：{name}——{t}" for i, t in ((1, "设备预测性维护"), (2, "能效优化"), (3, "质量追溯"))]),
        ("h2", "六、附件及其他说明材料"),
        ("list", [Path(nm[k]).name for k in ("audit", "dev_pdf", "ip_pdf", "lists", "shot") if k in nm]),
    ]
    if spec["p2023"] and "section7_missing" not in spec["problems"]:
        ch += [("h2", "七、平台相较上年度对比情况"),
               ("p", f"自2023年7月以来，平台新增设备接入、工业APP与机理模型，连接设备增至{n0(v['dev'])}台（套）。")]
    return ch


def build_book(spec: dict, v: dict, nm: dict, out: Path) -> bytes:
    content = book_content(spec, v, nm)
    doc = dk.new_document(font="仿宋")
    dk.header_footer(doc, f"{spec['declared_name']} 申报书", spec["company"])
    for t, sz in (("上海市工业互联网平台应用水平评价", 18), ("申报书", 26)):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(t)
        r.font.size = Pt(sz)
    doc.add_paragraph(f"平台名称：{spec['declared_name']}")
    doc.add_paragraph(f"申报单位：{spec['company']}（公章）")
    dk.page_break_run(doc.add_paragraph())
    blocks = [("h1", "上海市工业互联网平台应用水平评价 申报书"), ("p", f"平台名称：{spec['declared_name']}"),
              ("p", f"申报单位：{spec['company']}")]
    last_p = None
    for item in content:
        kind = item[0]
        if kind == "h2":
            doc.add_heading(item[1], level=2)
            blocks.append(("h2", item[1]))
        elif kind == "p":
            last_p = doc.add_paragraph(item[1])
            blocks.append(("p", item[1]))
        elif kind == "chart":
            png = pk.bar_chart(["2021", "2022", "2023"], [v["rev"][1], v["rev"][2], v["rev"][3]], item[1])
            p = doc.add_paragraph()
            p.add_run().add_picture(io.BytesIO(png), width=Cm(8))
            dk.dml_textbox(p, item[2], width_cm=5.6, height_cm=2.0, offset_cm=9.5)
            doc.add_paragraph(item[1]).alignment = WD_ALIGN_PARAGRAPH.CENTER
            blocks += [("img", png, 9, 5), ("p", "　".join(item[2])), ("small", item[1])]
        elif kind == "ole":
            wb = openpyxl.Workbook()
            ws = wb.active
            ws.title = "近三年营收"
            for r in item[1]:
                ws.append([float(x) if re.fullmatch(r"[\d.]+", x) else x for x in r])
            png = pk.table_png(item[1])
            p = doc.add_paragraph()
            dk.excel_object(doc, p, dk.workbook_bytes(wb), png, 380, 19 * len(item[1]))
            blocks.append(("img", png, 12, 0.6 * len(item[1])))
        elif kind == "endnote":
            dk.note(doc, last_p, "注：" + item[1], kind="endnote")
            blocks.append(("note", "注：" + item[1]))
        elif kind == "table":
            t = doc.add_table(rows=0, cols=3)
            dk.set_borders(t)
            for r in item[1]:
                cs = t.add_row().cells
                for i, x in enumerate(r):
                    cs[i].text = x
            blocks.append(("table", item[1], [4, 5, 7.6]))
        elif kind == "list":
            dk.numbered_list(doc, item[1])
            blocks.append(("list", item[1]))
    dk.save(doc, out / nm["book"], title="申报书", author=spec["contact"][0])
    pdf = pk.print_pdf(blocks, header=f"{spec['company']}  申报书", title="申报书")
    (out / nm["book_pdf"]).write_bytes(pdf)
    return pdf


# ------------------------------------------------------------------ 汇总表, 承诺, 联系人表
def build_summary(spec: dict, rows: list[tuple], alt: dict, path: Path) -> None:
    vals = []
    for lab, val, _ in rows:
        if lab == "平台相关营业收入（万元）" and "summary_rev2023" in alt:
            val = f"{alt['summary_rev2023']:.2f}"
        vals.append((lab, val))
    kind = spec["summary"]
    if kind == "docx":
        doc = dk.new_document()
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run("平台基本情况汇总表").bold = True
        t = doc.add_table(rows=0, cols=2)
        dk.set_borders(t)
        for lab, val in vals:
            cs = t.add_row().cells
            cs[0].text, cs[1].text = lab, val
        dk.save(doc, path, title="汇总表")
        return
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "汇总表"
    if kind == "xlsx_v":
        ws.append(["平台基本情况汇总表"])
        ws.append(["指标", "填报内容"])
        for lab, val in vals:
            num = re.fullmatch(r"\d+(\.\d+)?", val or "") and lab != "联系人手机号"
            ws.append([lab, ((float(val) if "." in val else int(val)) if num else val) or None])
        ws.column_dimensions["A"].width = 44
        ws.column_dimensions["B"].width = 70
    else:
        ws.append([lab for lab, _ in vals])
        ws.append([val or None for _, val in vals])
        for cell in ws[1]:
            cell.alignment = Alignment(wrap_text=True)
            cell.font = Font(bold=True)
    dk.save_workbook(wb, path, title="汇总表")


def build_commit(spec: dict, path: Path) -> None:
    text = ("我单位此次提交的关于上海市工业互联网平台应用水平评价工作所有申报材料（含电子版及附件）内容均真实、准确、完整，"
            "如有不实，愿承担相应的法律责任及由此产生的一切后果。")
    if spec["commit"] == "docx":
        doc = dk.new_document()
        doc.add_heading("真实性承诺", level=1)
        doc.add_paragraph(text)
        doc.add_paragraph("特此承诺。")
        doc.add_paragraph(f"申报单位：{spec['company']}（盖章）")
        doc.add_paragraph("法定代表人：（签章）")
        doc.add_paragraph("2024年6月10日")
        dk.save(doc, path, title="真实性承诺")
        return
    pdf = pk.print_pdf([("h1", "真实性承诺"), ("p", text), ("p", "特此承诺。"),
                        ("p", f"申报单位：{spec['company']}（盖章）"), ("p", "法定代表人：（签章）"), ("p", "2024年6月10日")])
    path.write_bytes(pk.scan(pdf, spec["company"], spec["seed"] + 5, {0}))


def build_contact(spec: dict, path: Path) -> None:
    c = spec["contact"]
    doc = dk.new_document()
    doc.add_heading("联系人信息反馈表", level=1)
    t = doc.add_table(rows=0, cols=2)
    dk.set_borders(t)
    for a, b in (("单位名称", spec["company"]), ("平台名称", spec["declared_name"]), ("联系人", c[0]),
                 ("职务", c[3]), ("手机", c[1]), ("电子邮箱", c[2]), ("评审会现场地址", spec["site"])):
        cs = t.add_row().cells
        cs[0].text, cs[1].text = a, b
    dk.save(doc, path, title="联系人信息反馈表")


# ------------------------------------------------------------------ evidence
class Facts:
    def __init__(self):
        self.items: list[dict] = []

    def add(self, label, value, unit, norm, file, page, quote, row="", col="", comp="", image=False):
        self.items.append({"label": label, "value": value, "unit": unit, "normalized": norm, "file": file,
                           "page": page, "quote": quote, "row_label": row, "column_label": col,
                           "component": comp, "image_only": image})


def locate(pdf: bytes, quote: str) -> int:
    texts = [re.sub(r"\s+", "", t) for t in pk.pdf_page_texts(pdf)]
    q = re.sub(r"\s+", "", quote)
    hits = [i + 1 for i, t in enumerate(texts) if q in t]
    assert hits, quote
    return hits[0]


def build_audit(spec: dict, v: dict, nm: dict, out: Path, F: Facts) -> None:
    rev = v["rev"]
    blocks = [
        ("h1", "审计报告"), ("p", f"示例会计师事务所（特殊普通合伙）  示例审字〔2024〕第{spec['list_no']:03d}6号"),
        ("p", f"{spec['company']}全体股东："),
        ("p", f"我们审计了{spec['company']}财务报表，包括2023年12月31日的资产负债表，2023年度的利润表、现金流量表以及相关财务报表附注。"
              "我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定编制，公允反映了公司2023年12月31日的财务状况以及2023年度的经营成果。"),
        ("table", [["项目（公司整体，单位：元）", "本期金额", "上期金额"],
                   ["营业收入", n2(v["rev2023"] * 61000), n2(rev[2] * 60200)],
                   ["利润总额", n2(v["profit"] * 53000), n2(v["profit"] * 47100)]], [6, 5, 5]),
        ("break",),
        ("h2", "附注十五、平台业务专项说明"),
        ("p", f"根据公司提供的平台业务收入拆分说明（按平台订阅服务及平台服务合同归集），{spec['declared_name']}相关财务数据如下（金额单位：万元）："),
        ("table", [["项目", "2023年度", "2022年度", "2021年度"],
                   ["平台相关营业收入", n2(rev[3]), n2(rev[2]), n2(rev[1])],
                   ["平台相关研发投入", n2(v["rd"]), "—", "—"],
                   ["平台利润总额", n2(v["profit"]), "—", "—"]], [5, 3.8, 3.8, 3.8]),
        ("note", "注：平台相关营业收入不含硬件设备销售收入；研发投入口径参照国家统计局R&D统计口径。"),
    ]
    pdf = pk.print_pdf(blocks, header="示例会计师事务所（特殊普通合伙）", title="审计报告")
    f = nm["audit"]
    (out / f).parent.mkdir(parents=True, exist_ok=True)
    (out / f).write_bytes(pdf)
    pg = locate(pdf, "平台业务专项说明")
    col = "2023年度"
    F.add("平台相关营业收入（万元）", n2(rev[3]), "万元", rev[3], f, pg, n2(rev[3]), "平台相关营业收入", col)
    F.add("平台近三年经营指标情况", n2(rev[1]), "万元", rev[1], f, pg, n2(rev[1]), "平台相关营业收入", "2021年度", "2021年平台营收（万元）")
    F.add("平台近三年经营指标情况", n2(rev[2]), "万元", rev[2], f, pg, n2(rev[2]), "平台相关营业收入", "2022年度", "2022年平台营收（万元）")
    F.add("平台近三年经营指标情况", n2(rev[3]), "万元", rev[3], f, pg, n2(rev[3]), "平台相关营业收入", col, "2023年平台营收（万元）")
    F.add("平台相关研发投入（万元）", n2(v["rd"]), "万元", v["rd"], f, pg, n2(v["rd"]), "平台相关研发投入", col)
    F.add("平台相关研发投入强度（%）", n2(v["rd"]), "万元", v["rd"], f, pg, n2(v["rd"]), "平台相关研发投入", col, "平台相关研发投入（万元）")
    F.add("平台利润率（%）", n2(v["profit"]), "万元", v["profit"], f, pg, n2(v["profit"]), "平台利润总额", col, "平台利润总额（万元）")
    F.add("投资回报率（%）", n2(v["profit"]), "万元", v["profit"], f, pg, n2(v["profit"]), "平台利润总额", col, "平台年利润（万元）")


def build_devices(spec: dict, v: dict, alt: dict, nm: dict, out: Path, F: Facts) -> None:
    cat = alt.get("dev_cat_true", v["dev_cat"])
    footnote_excl = "device_footnote" in spec["problems"]
    if footnote_excl:  # the evidence counts the platform's own connections only; the footnote says what is left out
        rng = random.Random(spec["seed"] + 9)
        from eval_sets.blind.h57.values import split
        total = alt["dev_evidence_total"]
        cat = split(total, list(v["dev_cat"]), rng, list(v["dev_cat"].values()))
        reg_dom = {k: x for k, x in v["dev_reg"].items() if k not in v["overseas"]}
        reg_dom = split(total - v["overseas_total"], list(reg_dom), rng, list(reg_dom.values()))
        reg = {**reg_dom, **v["overseas"]}
    else:
        total = v["dev"]
        reg = v["dev_reg"]
    pub, daily = v["pub"], v["daily"]
    pubc, dailyc = v["pub_cat"], v["daily_cat"]
    groups = {}
    for i, k in enumerate(cat):
        groups.setdefault("生产设备" if i < len(cat) // 2 + 1 else "辅助及检测设备", []).append(k)
    note = "注：统计截至2024年5月31日；设备所属地按设备所属企业注册地统计；含私有化部署项目接入设备。"
    if footnote_excl:
        note = "注：不含港口物流合作方租赁设备1,260台（套），该部分设备经合作方系统间接接入，未纳入本表统计。"
    chart = pk.bar_chart(list(cat)[:5], list(cat.values())[:5], "按二级分类接入设备（台/套）")
    # DOCX
    doc = dk.new_document()
    dk.header_footer(doc, spec["company"], "平台接入设备统计")
    h = doc.add_heading(f"{spec['declared_name']}接入设备统计表", level=1)
    dk.note(doc, h, note)
    p = doc.add_paragraph()
    p.add_run().add_picture(io.BytesIO(chart), width=Cm(8.5))
    dk.dml_textbox(p, ["接入设备总数", f"{n0(total)}台（套）"], width_cm=4.6, height_cm=1.8, offset_cm=10.0)
    doc.add_paragraph("表1 按设备二级分类统计（单位：台/套）")
    t = doc.add_table(rows=1, cols=5)
    dk.set_borders(t)
    for i, hh in enumerate(("设备大类", "设备二级分类", "接入数量", "其中：公有云接入", "公有云日均运行")):
        t.rows[0].cells[i].text = hh
    r0 = 1
    for g, keys in groups.items():
        first = len(t.rows)
        for k in keys:
            cs = t.add_row().cells
            cs[1].text, cs[2].text, cs[3].text, cs[4].text = k, n0(cat[k]), n0(pubc[k]), n0(dailyc[k])
        t.cell(first, 0).text = g
        if len(t.rows) - 1 > first:
            t.cell(first, 0).merge(t.cell(len(t.rows) - 1, 0))
    cs = t.add_row().cells
    m = cs[0].merge(cs[1])
    m.text = "合计"
    cs[2].text, cs[3].text, cs[4].text = n0(total), n0(pub), n0(daily)
    dk.page_break_run(doc.add_paragraph())
    doc.add_paragraph("表2 按省市区域统计（单位：台/套）")
    t2 = doc.add_table(rows=1, cols=2)
    dk.set_borders(t2)
    t2.rows[0].cells[0].text, t2.rows[0].cells[1].text = "区域", "接入数量"
    for k, x in reg.items():
        cs = t2.add_row().cells
        cs[0].text, cs[1].text = k, n0(x)
    cs = t2.add_row().cells
    cs[0].text, cs[1].text = "合计", n0(total)
    cs = t2.add_row().cells
    cs[0].text, cs[1].text = "其中：海外合计", n0(v["overseas_total"])
    dk.save(doc, out / nm["dev_docx"], title="接入设备统计表")
    # PDF print
    tab1 = [["设备大类", "设备二级分类", "接入数量", "其中：公有云接入", "公有云日均运行"]]
    for g, keys in groups.items():
        for j, k in enumerate(keys):
            tab1.append([g if j == 0 else "", k, n0(cat[k]), n0(pubc[k]), n0(dailyc[k])])
    tab1.append(["合计", "", n0(total), n0(pub), n0(daily)])
    tab2 = [["区域", "接入数量"]] + [[k, n0(x)] for k, x in reg.items()] + [["合计", n0(total)], ["其中：海外合计", n0(v["overseas_total"])]]
    blocks = [("h1", f"{spec['declared_name']}接入设备统计表"), ("img", chart, 9, 5.1),
              ("p", f"接入设备总数：{n0(total)}台（套）"), ("p", "表1 按设备二级分类统计（单位：台/套）"),
              ("table", tab1, [3, 3.6, 3, 3.4, 3.4]), ("note", note), ("break",),
              ("p", "表2 按省市区域统计（单位：台/套）"), ("table", tab2, [6, 5])]
    pdf = pk.print_pdf(blocks, header=f"{spec['company']}  平台接入设备统计", title="接入设备统计表")
    f = nm["dev_pdf"]
    (out / f).write_bytes(pdf)
    lab = "连接的工业设备/产品/产线种类及数量（台/套）"
    F.add(lab, n0(total), "台/套", total, f, 1, f"接入设备总数：{n0(total)}台（套）", "接入设备总数")
    F.add("公有云工业设备连接数量（台/套）", n0(pub), "台/套", pub, f, 1, n0(pub), "合计", "其中：公有云接入")
    F.add("公有云工业设备平均日运行数量（台/套）", n0(daily), "台/套", daily, f, 1, n0(daily), "合计", "公有云日均运行")
    F.add("海外设备连接数量（台/套）", n0(v["overseas_total"]), "台/套", v["overseas_total"], f, 2,
          f"其中：海外合计{n0(v['overseas_total'])}", "其中：海外合计", "接入数量")
    return {"total": total}


def build_ip(spec: dict, v: dict, nm: dict, out: Path, F: Facts) -> None:
    rng = random.Random(spec["seed"] + 3)
    pat_topics = ["设备状态监测", "故障预测", "边缘数据采集", "多源数据融合", "能耗优化", "工艺参数寻优", "远程诊断",
                  "时序数据压缩", "设备画像", "模型自动训练", "点检路径规划", "振动特征提取"]
    pats = [f"发明专利  一种基于{pat_topics[i % len(pat_topics)]}的{['方法', '系统', '装置'][i % 3]}  "
            f"ZL{2019 + i % 5}1{rng.randint(1000000, 9999999)}.{rng.randint(0, 9)}  {spec['company']}" for i in range(v["patents"])]
    sws = [f"{spec['short']}{['设备接入', '数据中台', '模型管理', '应用商店', '运维看板', '能效分析'][i % 6]}软件V{1 + i % 4}.{i % 10}  "
           f"{2018 + i % 6}SR{rng.randint(100000, 999999)}  {spec['company']}" for i in range(v["softcr"])]
    awards = [(f"上海市{['工业互联网创新发展专项', '优秀软件产品', '科技进步奖', '工业互联网标杆平台', '数字化转型示范', '首版次软件'][i % 6]}",
               f"{2019 + i % 5}年", "上海市经济和信息化委员会") for i in range(v["awards"])]
    foot = None
    if "patent_footnote" in spec["problems"]:
        foot = f"注：第{v['patents'] - 2}–{v['patents']}项为已受理的发明专利申请（实质审查中），尚未获得授权。"
        for i in range(v["patents"] - 3, v["patents"]):
            pats[i] = pats[i].replace("ZL", "申请号 ")
    doc = dk.new_document()
    dk.header_footer(doc, spec["company"], "知识产权及荣誉清单")
    doc.add_heading("平台核心软硬件技术知识产权及荣誉清单", level=1)
    h = doc.add_paragraph(f"一、专利（共{v['patents']}项）")
    if foot:
        dk.note(doc, h, foot)
    dk.numbered_list(doc, pats)
    doc.add_paragraph(f"二、软件著作权（共{v['softcr']}项）")
    dk.numbered_list(doc, sws)
    doc.add_paragraph(f"三、省部级及以上奖项/荣誉（共{v['awards']}项）")
    t = doc.add_table(rows=1, cols=3)
    dk.set_borders(t)
    for i, hh in enumerate(("奖项/荣誉名称", "获得时间", "颁发单位")):
        t.rows[0].cells[i].text = hh
    for a in awards:
        cs = t.add_row().cells
        cs[0].text = a[0]
        cs[0].add_paragraph("（平台主体获评）")
        cs[1].text, cs[2].text = a[1], a[2]
    dk.save(doc, out / nm["ip_docx"], title="知识产权清单")
    blocks = [("h1", "平台核心软硬件技术知识产权及荣誉清单"), ("h2", f"一、专利（共{v['patents']}项）"), ("list", pats)]
    if foot:
        blocks.append(("note", foot))
    blocks += [("h2", f"二、软件著作权（共{v['softcr']}项）"), ("list", sws),
               ("h2", f"三、省部级及以上奖项/荣誉（共{v['awards']}项）"),
               ("table", [["奖项/荣誉名称", "获得时间", "颁发单位"]] + [list(a) for a in awards], [8, 3, 5.6])]
    pdf = pk.print_pdf(blocks, header=f"{spec['company']}  知识产权及荣誉清单", title="知识产权清单")
    f = nm["ip_pdf"]
    (out / f).write_bytes(pdf)
    for lab, unit, n, q, rl in (("平台核心软硬件技术获得的专利数量（项）", "项", v["patents"], f"一、专利（共{v['patents']}项）", "专利"),
                                ("平台核心软硬件技术获得的软著数量（个）", "项", v["softcr"], f"二、软件著作权（共{v['softcr']}项）", "软件著作权"),
                                ("平台获得省部级及以上奖项/荣誉数量（个）", "项", v["awards"], f"三、省部级及以上奖项/荣誉（共{v['awards']}项）", "省部级及以上奖项/荣誉")):
        F.add(lab, str(n), unit, n, f, locate(pdf, q), q, rl)


def build_shot(spec: dict, v: dict, nm: dict, out: Path, F: Facts) -> None:
    tiles = [("平台注册企业（家）", n0(v["registered"])), ("实际服务企业（家）", n0(v["served"])),
             ("接入设备（台/套）", n0(v["dev"])), ("上架工业APP（个）", n0(v["apps"])),
             ("微服务（个）", n0(v["ms"])), ("注册开发者（个）", n0(v["devs"]))]
    png = pk.dashboard(f"{spec['declared_name']} · 运营驾驶舱", tiles, "数据截至 2024-05-31 23:59  来源：平台运营监控系统")
    f = nm["shot"]
    (out / f).write_bytes(png)
    labs = ["注册企业用户数（个）", "实际服务企业数（个）", "连接的工业设备/产品/产线种类及数量（台/套）", "工业APP数量（个）",
            "微服务数量（个）", "开发者注册总数（个）"]
    units = ["家", "家", "台/套", "个", "个", "个"]
    keys = ["registered", "served", "dev", "apps", "ms", "devs"]
    for (cap, val), lab, u, k in zip(tiles, labs, units, keys):
        F.add(lab, val, u, v[k], f, 1, val, cap, image=True)


def build_lists(spec: dict, v: dict, nm: dict, out: Path, F: Facts) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "工业APP清单"
    ws.append(["序号", "工业APP名称", "分类", "部署方式"])
    k = 0
    for cls, n in v["app_cls"].items():
        for j in range(n):
            k += 1
            ws.append([k, f"{cls}应用{j + 1:03d}", cls, "公有云" if k <= v["pub_apps"] else "私有云"])
    ws.append([f"合计：{v['apps']}个"])
    ws2 = wb.create_sheet("工业机理模型清单")
    ws2.append(["序号", "模型名称", "分类"])
    k = 0
    for cls, n in v["model_cls"].items():
        for j in range(n):
            k += 1
            ws2.append([k, f"{cls[:4]}{j + 1:03d}", cls])
    ws2.append([f"合计：{v['models']}个"])
    f = nm["lists"]
    dk.save_workbook(wb, out / f, title="清单")
    F.add("工业APP数量（个）", str(v["apps"]), "个", v["apps"], f, 1, f"合计：{v['apps']}个", "合计")
    F.add("工业机理模型数量（个）", str(v["models"]), "个", v["models"], f, 2, f"合计：{v['models']}个", "合计")


# ------------------------------------------------------------------ problems
def problems(spec: dict, v: dict, alt: dict, nm: dict) -> list[dict]:
    pid = spec["id"].split("_")[1]
    out = []

    def add(fam, fields, files, sev, desc):
        out.append({"id": f"h57-{pid}-{len(out) + 1:02d}", "family": fam, "fields": fields, "files": files,
                    "severity": sev, "description": desc})

    for p in spec["problems"]:
        if p == "summary_textbox_revenue":
            add("summary_vs_form", ["平台相关营业收入（万元）"], [nm["summary"], nm["form"]], "error",
                f"汇总表 平台相关营业收入 {alt['summary_rev2023']:.2f} 与申报表（指标明细表单元格内浮动文本框“2023年：{v['rev2023']:.2f}”）"
                f"不一致；申报表近三年经营指标与审计专项说明均为 {v['rev2023']:.2f}。")
        elif p == "breakdown_nested":
            s = sum(v["dev_cat"].values())
            add("breakdown_sum", ["按二级分类统计工业设备数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"],
                [nm["form"]], "error",
                f"申报表单元格内嵌表格“按二级分类统计工业设备数量”合计 {s} ≠ 连接设备总数 {v['dev']}"
                f"（仪器仪表 {v['dev_cat']['仪器仪表']}，设备统计表为 {alt['dev_cat_true']['仪器仪表']}）。")
        elif p == "patent_footnote":
            add("count_vs_list", ["平台核心软硬件技术获得的专利数量（项）"], [nm["ip_pdf"], nm["ip_docx"], nm["form"]], "warning",
                f"申报专利 {v['patents']} 项与清单“共{v['patents']}项”一致，但清单脚注说明第{v['patents'] - 2}–{v['patents']}项为已受理、"
                f"尚未授权的申请；按“获得的专利数量”只有 {v['patents'] - 3} 项有授权证明。")
        elif p == "scan_vs_sdt_apps":
            add("declared_vs_evidence", ["工业APP数量（个）"], [nm["form"], nm["scan"]], "error",
                f"申报表 DOCX 内容控件中工业APP数量为 {v['apps']}，盖章扫描件同一栏印为 {alt['scan_apps']}；"
                f"两份申报表不一致（APP清单与看板为 {v['apps']}）。")
        elif p == "book_textbox_served":
            add("narrative_vs_form", ["实际服务企业数（个）"], [nm["book"], nm["book_pdf"], nm["form"]], "warning",
                f"申报书图1旁文本框称“平台服务企业超过3,000家”，而申报表实际服务企业数为 {v['served']}（注册企业用户数 {v['registered']}）。")
        elif p == "growth_nested":
            real = r2((v["rev"][3] - v["rev"][2]) / v["rev"][2] * 100)
            add("growth_rate", ["平台近三年经营指标情况"], [nm["form"]], "error",
                f"申报表近三年经营指标内嵌表 2023年增长率 {v['growth'][2023]:.2f}%，按 {v['rev'][3]:.2f}÷{v['rev'][2]:.2f}−1 应为 {real:.2f}%。")
        elif p == "device_footnote":
            add("declared_vs_evidence", ["连接的工业设备/产品/产线种类及数量（台/套）"], [nm["dev_pdf"], nm["dev_docx"], nm["form"]],
                "warning",
                f"申报连接设备 {v['dev']} 台（套），设备统计表合计 {alt['dev_evidence_total']}，脚注称“不含港口物流合作方租赁设备1,260台（套）”"
                "（经合作方系统间接接入）；差额部分无证明且是否属于本平台连接存疑。")
        elif p == "section7_missing":
            add("section7", ["七、平台相较上年度对比情况"], [nm["book"], nm["book_pdf"]], "error",
                "序号22为2023年度参评平台（附件6“是”），申报书缺少必填的“七、平台相较上年度对比情况”。")
        elif p == "team_identity":
            add("identity", ["平台团队总人数（人）", "运维人数（人）", "运营人数（人）"], [nm["form"]], "error",
                f"运维人数 {v['ops']}（内容控件）+ 运营人数 {v['opr']}（单元格文本框）= {v['ops'] + v['opr']} ≠ 平台团队总人数 {v['team']}。")
        elif p == "blank_placeholder":
            add("blank", ["平台交易规模年增长率（%）"], [nm["form"], nm["summary"]], "error",
                "平台交易规模年增长率的内容控件仍显示占位符“单击或点击此处输入文字。”（showingPlcHdr），未填写；汇总表该栏为空。")
        elif p == "rd_intensity":
            real = r2(v["rd"] / v["rev2023"] * 100)
            add("formula", ["平台相关研发投入强度（%）"], [nm["form"]], "error",
                f"研发投入强度填 {v['rd_int']:.2f}（域结果），按 {v['rd']:.2f}÷{v['rev2023']:.2f}×100 应为 {real:.2f}。")
    return out


# ------------------------------------------------------------------ package
def build_package(spec: dict, root: Path) -> dict:
    out = root / "packages" / spec["id"]
    out.mkdir(parents=True, exist_ok=True)
    nm = names(spec)
    v, alt = figures(spec)
    bad = audit(v)
    if not spec["problems"]:
        assert not bad, bad
    rows = detail_rows(spec, v, nm)
    build_form_docx(spec, v, nm, rows, out / nm["form"])
    overrides = {"工业APP数量（个）": str(alt["scan_apps"])} if "scan_apps" in alt else {}
    scan_pdf = pk.print_pdf(form_print_blocks(spec, v, rows, overrides), header=f"{spec['company']}    金额单位：万元", title="申报表")
    (out / nm["scan"]).write_bytes(pk.scan(scan_pdf, spec["company"], spec["seed"]))
    build_book(spec, v, nm, out)
    srows = summary_rows(spec, v)
    build_summary(spec, srows, alt, out / nm["summary"])
    build_commit(spec, out / nm["commit"])
    if "contact" in nm:
        build_contact(spec, out / nm["contact"])
    F = Facts()
    build_audit(spec, v, nm, out, F)
    build_devices(spec, v, alt, nm, out, F)
    build_ip(spec, v, nm, out, F)
    if "lists" in nm:
        build_lists(spec, v, nm, out, F)
    build_shot(spec, v, nm, out, F)
    roles = {"contact": "联系人表", "form": "申报表", "scan": "申报表扫描件", "book": "申报书", "book_pdf": "申报书",
             "summary": "汇总表", "commit": "承诺", "audit": "evidence:audit_report", "dev_docx": "evidence:device_list",
             "dev_pdf": "evidence:device_list", "ip_docx": "evidence:patent_list", "ip_pdf": "evidence:patent_list",
             "lists": "evidence:other", "shot": "evidence:screenshot"}
    files = {nm[k]: roles[k] for k in sorted(nm, key=lambda k: nm[k])}
    probs = problems(spec, v, alt, nm)
    desc = {
        "h57_sijian_clean": "序号12 建工四建BIM平台，完全一致的干净包：申报表DOCX把数值放在内容控件、单元格浮动文本框、单元格内嵌表格、多段落单元格、域结果和自动编号列表里，"
                            "页眉写金额单位；申报书含图表旁文本框、嵌入Excel对象（缓存图片）与尾注、第七章；证明材料DOCX含合并单元格、脚注和自动编号清单，并附打印PDF。",
        "h57_lianying_problems": "序号6 联影医疗：汇总表营收与申报表单元格文本框不一致；单元格内嵌分类表合计不等于总数；专利清单脚注说明末3项为未授权申请。",
        "h57_oubei_problems": "序号24 欧贝平台：内容控件中的APP数量与盖章扫描件不一致；申报书图旁文本框夸大服务企业数；近三年内嵌表增长率算错；设备统计表脚注排除租赁设备。",
        "h57_baowu_problems": "序号22 宝武装备（2023参评）：申报书缺第七章；运维(内容控件)+运营(文本框)≠总人数；交易规模增长率内容控件仅显示占位符；研发投入强度域结果算错。",
    }[spec["id"]]
    truth = {
        "schema_version": 1, "package_id": spec["id"], "description": desc,
        "path": f"{REL}/packages/{spec['id']}", "delivery": "folder",
        "platform": {"list_no": spec["list_no"], "listed_name": spec["listed_name"], "company": spec["company"],
                     "declared_name": spec["declared_name"], "participated_2023": spec["p2023"]},
        "layout": spec["layout"], "files": files, "secrets": [spec["password"]],
        "summary_rows": [{"label": a, "value": b, "normalized": c} for a, b, c in srows],
        "evidence_facts": F.items, "problems": probs,
    }
    model = PackageTruth.model_validate(truth)
    (root / "truth").mkdir(parents=True, exist_ok=True)
    (root / "truth" / f"{spec['id']}.json").write_text(dump_truth(model), encoding="utf-8")
    return truth


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=HERE)
    a = ap.parse_args()
    for spec in PACKAGES:
        t = build_package(spec, a.out)
        print(t["package_id"], len(t["evidence_facts"]), "facts", len(t["problems"]), "problems")


if __name__ == "__main__":
    main()
