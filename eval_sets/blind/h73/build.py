"""Build blind set h73: four packages and their truth.

    .venv/bin/python eval_sets/blind/h73/build.py              # packages/ and truth/ next to this file
    .venv/bin/python eval_sets/blind/h73/build.py --out DIR    # DIR/packages and DIR/truth (for the diff)

Theme: the 附件4 汇总表 and the 申报表 in unusual shapes (horizontal / transposed / DOCX / titled
two-sheet 汇总表; 申报表 as XLSX by 一级指标, DOCX with the 填报指引 left in, answers after labels).
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import util as u  # noqa: E402  (puts the repository root on sys.path)
from model import LABELS, fmt_std, normalized  # noqa: E402
import render_docs as rd  # noqa: E402
import render_evidence as ev  # noqa: E402
import render_form as rf  # noqa: E402
import render_summary as rs  # noqa: E402
from specs import SPECS  # noqa: E402

from eval_sets.truth import PackageTruth, dump_truth  # noqa: E402

REL_ROOT = "eval_sets/blind/h73/packages"


def pages_of(path: Path) -> str:
    if path.suffix == ".pdf":
        n = len(u.pdf_page_texts(path.read_bytes()))
        return f"第1-{n}页" if n > 1 else "第1页"
    if path.suffix == ".xlsx":
        from openpyxl import load_workbook

        n = len(load_workbook(path, read_only=True).sheetnames)
        return f"工作表1-{n}" if n > 1 else "工作表1"
    return "1页（图片）"


def summary_rows(spec):
    return [dict(label=lab, value=fmt_std(lab, spec.V[lab]), normalized=normalized(lab, spec.V[lab])) for lab in LABELS]


def problem(spec, n, family, fields, files, desc, severity="error"):
    return dict(id=f"{spec.pid}-{n:02d}-{family}", family=family, fields=fields, files=files, severity=severity,
                description=desc)


# =========================================================================== A (clean)


def build_a(spec, root: Path):
    m = spec.meta
    EV = "附件3 证明材料/"
    F = {
        "contact": "附件1 联系人信息反馈表（宝武装备）.docx",
        "form": "附件2 申报表（宝武装备）.xlsx",
        "scan": "附件2 申报表（宝武装备）盖章扫描件.pdf",
        "book": "附件3 申报书（宝武装备）.docx",
        "audit": EV + "3-1 2023年度审计报告及平台经营数据专项说明.pdf",
        "dev": EV + "3-2 平台接入设备统计表.xlsx",
        "screen": EV + "3-3 平台运行截图.pdf",
        "ip": EV + "3-4 知识产权清单（扫描件）.pdf",
        "award": EV + "3-5 省部级及以上荣誉清单.pdf",
        "cloud": EV + "3-6 平台云资源及存储使用情况说明.pdf",
        "team": EV + "3-7 平台团队人员构成统计表.xlsx",
        "summary": "附件4 平台基本情况汇总表（宝武装备）.xlsx",
        "promise": "附件5 真实性承诺（盖章）.pdf",
    }
    roles = {"contact": "联系人表", "form": "申报表", "scan": "申报表扫描件", "book": "申报书",
             "audit": "evidence:audit_report", "dev": "evidence:device_list", "screen": "evidence:screenshot",
             "ip": "evidence:patent_list", "award": "evidence:award_list", "cloud": "evidence:other",
             "team": "evidence:other", "summary": "汇总表", "promise": "承诺"}
    m["refs"] = {
        "team": "附件3-7《平台团队人员构成统计表》", "fin": "附件3-1《审计报告及平台经营数据专项说明》第5页",
        "dev": "附件3-2《平台接入设备统计表》（工作表1-3）", "cloud": "附件3-6《云资源及存储使用情况说明》第1页",
        "screen": "附件3-3《平台运行截图》第1-2页", "ip_p": "附件3-4《知识产权清单》第1页起",
        "ip_c": "附件3-4《知识产权清单》软件著作权部分", "award": "附件3-5《荣誉清单》第1页",
        "users": "附件3-3《平台运行截图》第1页；平台客户管理系统统计",
    }
    E = spec.E
    facts = []
    facts += ev.audit_special(spec, root, F["audit"], spec.seed + 1, unit="万元", style="special", scan=False,
                              firm="沪申华会计师事务所（特殊普通合伙）")
    facts += ev.devices_xlsx(spec, root, F["dev"], "A")
    url = m["url"]
    facts += ev.screens(spec, root, [F["screen"]], spec.seed + 3, [
        dict(title="宝武装备 · 设备远程运维平台 运行总览", url=url + "/dashboard", cards=[
            ("接入设备", u.num(E[ev.L_DEV]), "台/套", ev.L_DEV, E[ev.L_DEV], "台/套"),
            ("注册企业", u.num(E["注册企业用户数（个）"]), "家", "注册企业用户数（个）", E["注册企业用户数（个）"], "家"),
            ("服务企业", u.num(E["实际服务企业数（个）"]), "家", "实际服务企业数（个）", E["实际服务企业数（个）"], "家"),
            ("工业APP", u.num(E["工业APP数量（个）"]), "个", "工业APP数量（个）", E["工业APP数量（个）"], "个"),
            ("公有云接入", u.num(E[ev.L_PUB]), "台/套", ev.L_PUB, E[ev.L_PUB], "台/套"),
            ("机理模型", u.num(E["工业机理模型数量（个）"]), "个", "工业机理模型数量（个）", E["工业机理模型数量（个）"], "个"),
            ("设备在线率", "92.4", "%", None, None, None),
            ("今日告警", "37", "条", None, None, None)],
             rows=[("高炉区域", "在线 98.1%"), ("热轧区域", "在线 95.6%"), ("动力区域", "在线 91.2%")]),
        dict(title="宝武装备 · 开发者中心", url=url + "/devcenter", theme="light", cards=[
            ("微服务", u.num(E["微服务数量（个）"]), "个", "微服务数量（个）", E["微服务数量（个）"], "个"),
            ("活跃微服务(周调用≥5次)", u.num(E["活跃微服务数量（一周调用5次以上）（个）"]), "个",
             "活跃微服务数量（一周调用5次以上）（个）", E["活跃微服务数量（一周调用5次以上）（个）"], "个"),
            ("注册开发者", "0.96万", "人", "开发者注册总数（个）", 9600, "人"),
            ("活跃开发者", u.num(E["活跃开发者数（个）"]), "人", "活跃开发者数（个）", E["活跃开发者数（个）"], "人")],
             rows=[("本月新发布应用", "14"), ("API日调用", "386万次")]),
    ], as_pdf=True)
    facts += ev.ip_pdf(spec, root, F["ip"], spec.seed + 4, "steel", scan=True)
    facts += ev.awards_pdf(spec, root, F["award"], "steel")
    facts += ev.cloud_pdf(spec, root, F["cloud"])
    facts += ev.team_xlsx(spec, root, F["team"])

    fstyle = {"numeric_cells": True, "bd_sep": "；", "bd_thousands": True,
              "private": {"连接的工业设备/产品/产线种类及数量（台/套）": 12400, "存储容量（TB）": 420.00}}
    rf.xlsx_by_level(spec, root / F["form"], fstyle)
    (root / F["scan"]).write_bytes(rf.form_scan(spec, fstyle, spec.seed + 5))
    att = [(Path(F[k]).name, pages_of(root / F[k])) for k in ("audit", "dev", "screen", "ip", "award", "cloud", "team")]
    rd.book_docx(spec, root / F["book"], att)
    sstyle = {"yesno": ("√", "×"), "built": m["built_dotted"], "factory": "{yes}（{n}家）",
              "yuan": {"平台相关营业收入（万元）"}, "yi": {"平台建设金额（万元）": "1.2亿元"},
              "unit_in_cell": {"工业APP订阅总金额（万元）"}}
    rs.horizontal(spec, root / F["summary"], sstyle)
    rd.contact_docx(spec, root / F["contact"])
    rd.commitment_scan(spec, root / F["promise"], spec.seed + 6)
    return F, roles, facts, []


# =========================================================================== B


def build_b(spec, root: Path):
    m = spec.meta
    EV = "03 附件/"
    F = {
        "contact": "01 联系人信息反馈表.docx",
        "form": "02 申报表（碳索能源）.docx",
        "scan": "02 申报表（碳索能源）-盖章版.pdf",
        "book": "03 申报书（碳索能源）.pdf",
        "audit": EV + "附件1 2023年度审计报告（扫描件）.pdf",
        "dev": EV + "附件2 平台接入设备情况统计表.pdf",
        "shot1": EV + "附件3 平台运营驾驶舱截图.png",
        "shot2": EV + "附件4 应用中心截图.png",
        "ip": EV + "附件5 知识产权清单.xlsx",
        "users": EV + "附件6 平台服务客户统计表.pdf",
        "summary": "04 平台基本情况汇总表.xlsx",
        "promise": "05 真实性承诺（盖章）.pdf",
    }
    roles = {"contact": "联系人表", "form": "申报表", "scan": "申报表扫描件", "book": "申报书",
             "audit": "evidence:audit_report", "dev": "evidence:device_list", "shot1": "evidence:screenshot",
             "shot2": "evidence:screenshot", "ip": "evidence:patent_list", "users": "evidence:other",
             "summary": "汇总表", "promise": "承诺"}
    m["refs"] = {
        "fin": "附件1 审计报告（扫描件）第5页《平台业务收入及成本明细表》", "dev": "附件2 平台接入设备情况统计表 第1-2页",
        "users": "附件6 平台服务客户统计表 第1页", "screen": "附件3、附件4 平台截图",
        "ip_p": "附件5 知识产权清单（专利工作表）", "ip_c": "附件5 知识产权清单（软件著作权工作表）",
    }
    E = spec.E
    facts = []
    facts += ev.audit_special(spec, root, F["audit"], spec.seed + 1, unit="元", style="detail", scan=True,
                              firm="上海立衡会计师事务所有限公司")
    facts += ev.devices_pdf(spec, root, F["dev"], spec.seed + 2, scan=False)
    url = m["url"]
    facts += ev.screens(spec, root, [F["shot1"], F["shot2"]], spec.seed + 3, [
        dict(title="零碳工厂数智化管理平台 · 运营驾驶舱", url=url + "/cockpit", cards=[
            ("接入设备", u.num(E[ev.L_DEV]), "台/套", ev.L_DEV, E[ev.L_DEV], "台/套"),
            ("注册企业", u.num(E["注册企业用户数（个）"]), "家", "注册企业用户数（个）", E["注册企业用户数（个）"], "家"),
            ("服务企业", u.num(E["实际服务企业数（个）"]), "家", "实际服务企业数（个）", E["实际服务企业数（个）"], "家"),
            ("能碳模型", u.num(E["工业机理模型数量（个）"]), "个", "工业机理模型数量（个）", E["工业机理模型数量（个）"], "个"),
            ("今日用电", "186.4", "万kWh", None, None, None), ("碳排放", "1,072", "tCO2e", None, None, None)],
             rows=[("电子行业", "能效指数 0.92"), ("化工行业", "能效指数 0.88")]),
        dict(title="应用中心", url=url + "/apps", theme="light", cards=[
            ("上架应用", u.num(E["工业APP数量（个）"]), "个", "工业APP数量（个）", E["工业APP数量（个）"], "个"),
            ("月活应用", u.num(E["工业APP平均月活跃数量（个）"]), "个", "工业APP平均月活跃数量（个）", E["工业APP平均月活跃数量（个）"], "个"),
            ("累计订阅", u.num(E["工业APP订阅总数量（个）"]), "次", "工业APP订阅总数量（个）", E["工业APP订阅总数量（个）"], "次"),
            ("开发者", u.num(E["开发者注册总数（个）"]), "人", "开发者注册总数（个）", E["开发者注册总数（个）"], "人")],
             rows=[("本周新上架", "3"), ("平均评分", "4.7")]),
    ], as_pdf=False)
    facts += ev.ip_xlsx(spec, root, F["ip"], spec.seed + 4, "carbon")
    facts += ev.users_pdf(spec, root, F["users"])

    fstyle = {"sep": True, "bd_sep": "、",
              "private": {"连接的工业设备/产品/产线种类及数量（台/套）": 6200, "存储容量（TB）": 86.00}}
    rf.docx_guided(spec, root / F["form"], fstyle)
    (root / F["scan"]).write_bytes(rf.form_scan(spec, fstyle, spec.seed + 5))
    att = [(Path(F[k]).name, pages_of(root / F[k])) for k in ("audit", "dev", "shot1", "shot2", "ip", "users")]
    rd.book_pdf(spec, root / F["book"], att)
    # planted: 运维/运营 swapped; 研发投入 re-headed in 元 with transposed digits
    V = spec.V
    rd_yuan_right = u.money(u.yuan(V["平台相关研发投入（万元）"]))
    rd_yuan_wrong = "6,213,800.00"
    assert rd_yuan_right == "6,123,800.00"
    spec.sum_over = {"运维人数（人）": str(V["运营人数（人）"]), "运营人数（人）": str(V["运维人数（人）"]),
                     "平台相关研发投入（万元）": rd_yuan_wrong}
    sstyle = {"yesno": ("✓", "✗"), "built": m["built"], "yuan": {"平台相关研发投入（万元）"},
              "unit_in_cell": {"工业APP订阅总金额（万元）"},
              "notes": {"部署方式": "IaaS租用上海云启数据服务有限公司", "平台建设方式": "合作共建",
                        "平台订单数量(近一年总量)（个）": "两种口径均填写", "存储容量（TB）": "含私有化部署"}}
    rs.transposed(spec, root / F["summary"], sstyle)
    rd.contact_docx(spec, root / F["contact"])
    rd.commitment_scan(spec, root / F["promise"], spec.seed + 6)

    audit_rev = next(f for f in facts if f["label"] == "平台相关营业收入（万元）")
    reg = V["按省市区域统计服务企业数（个）"]
    probs = [
        problem(spec, 1, "summary_vs_form", ["运维人数（人）", "运营人数（人）"], [F["summary"], F["form"]],
                f"竖排汇总表中“运维人数（人）”填{V['运营人数（人）']}、“运营人数（人）”填{V['运维人数（人）']}，"
                f"与申报表（运维{V['运维人数（人）']}人、运营{V['运营人数（人）']}人）正好互换"),
        problem(spec, 2, "summary_vs_form", ["平台相关研发投入（万元）"], [F["summary"], F["form"]],
                f"汇总表将该行改为“平台相关研发投入（元）”并填{rd_yuan_wrong}元（即621.38万元），"
                f"申报表为{V['平台相关研发投入（万元）']:.2f}万元（{rd_yuan_right}元）；换算单位后仍不一致"),
        problem(spec, 3, "declared_vs_evidence", ["平台相关营业收入（万元）"], [F["form"], F["audit"]],
                f"申报表平台相关营业收入{V['平台相关营业收入（万元）']:.2f}万元，审计报告（扫描件）第5页《平台业务收入及成本明细表》"
                f"2023年度平台营业收入{audit_rev['value']}元（{audit_rev['normalized']:.2f}万元）；"
                f"近三年经营指标中2023年平台营收同样填{V['平台相关营业收入（万元）']:.2f}万元，以审计数计算的研发投入强度、利润率亦随之不同"),
        problem(spec, 4, "breakdown_sum", ["按省市区域统计服务企业数（个）", "实际服务企业数（个）"], [F["form"]],
                f"按省市区域统计服务企业数各项之和为{sum(reg.values())}，与实际服务企业数{V['实际服务企业数（个）']}不一致"
                f"（浙江填{reg['浙江']}，少30）"),
    ]
    return F, roles, facts, probs


# =========================================================================== C


def build_c(spec, root: Path):
    m = spec.meta
    EV = "附件3_证明材料/"
    F = {
        "contact": "附件1_联系人信息反馈表.docx",
        "form": "附件2_申报表_西派埃.docx",
        "scan": "附件2_申报表_盖章扫描.pdf",
        "book": "附件3_申报书_西派埃.docx",
        "audit": EV + "01_审计报告及分部信息.pdf",
        "dev": EV + "02_设备接入统计（盖章扫描）.pdf",
        "screen": EV + "03_平台截图.pdf",
        "ip": EV + "04_专利及软件著作权清单.pdf",
        "award": EV + "05_荣誉证书清单.xlsx",
        "users": EV + "06_平台用户统计报表.xlsx",
        "summary": "附件4_平台基本情况汇总表.docx",
        "promise": "附件5_真实性承诺.pdf",
    }
    roles = {"contact": "联系人表", "form": "申报表", "scan": "申报表扫描件", "book": "申报书",
             "audit": "evidence:audit_report", "dev": "evidence:device_list", "screen": "evidence:screenshot",
             "ip": "evidence:patent_list", "award": "evidence:award_list", "users": "evidence:other",
             "summary": "汇总表", "promise": "承诺"}
    m["refs"] = {
        "fin": "证明材料01 审计报告分部信息 第5页", "dev": "证明材料02 设备接入统计 第1-2页",
        "screen": "证明材料03 平台截图 第1-2页", "ip_p": "证明材料04 知识产权清单 第1页", "ip_c": "证明材料04 知识产权清单",
        "award": "证明材料05 荣誉证书清单", "users": "证明材料06 平台用户统计报表",
    }
    E = spec.E
    facts = []
    facts += ev.audit_special(spec, root, F["audit"], spec.seed + 1, unit="元", style="segment", scan=False,
                              firm="上海汇诚会计师事务所有限公司")
    facts += ev.devices_pdf(spec, root, F["dev"], spec.seed + 2, scan=True)
    url = m["url"]
    facts += ev.screens(spec, root, [F["screen"]], spec.seed + 3, [
        dict(title="数字化环境装备服务平台 · 总览", url=url + "/overview", cards=[
            ("接入设备", u.num(E[ev.L_DEV]), "台/套", ev.L_DEV, E[ev.L_DEV], "台/套"),
            ("注册企业", u.num(E["注册企业用户数（个）"]), "家", "注册企业用户数（个）", E["注册企业用户数（个）"], "家"),
            ("工业APP", u.num(E["工业APP数量（个）"]), "个", "工业APP数量（个）", E["工业APP数量（个）"], "个"),
            ("工艺机理模型", u.num(E["工业机理模型数量（个）"]), "个", "工业机理模型数量（个）", E["工业机理模型数量（个）"], "个"),
            ("在运水厂", "318", "座", None, None, None), ("今日处理水量", "126.8", "万吨", None, None, None)],
             rows=[("出水达标率", "99.8%"), ("设备完好率", "97.6%")]),
        dict(title="开放平台 · 开发者", url=url + "/open", theme="light", cards=[
            ("微服务", u.num(E["微服务数量（个）"]), "个", "微服务数量（个）", E["微服务数量（个）"], "个"),
            ("注册开发者", u.num(E["开发者注册总数（个）"]), "人", "开发者注册总数（个）", E["开发者注册总数（个）"], "人"),
            ("活跃开发者", u.num(E["活跃开发者数（个）"]), "人", "活跃开发者数（个）", E["活跃开发者数（个）"], "人")],
             rows=[("API调用(日)", "92万次")]),
    ], as_pdf=True)
    facts += ev.ip_pdf(spec, root, F["ip"], spec.seed + 4, "water", scan=False)
    facts += ev.awards_xlsx(spec, root, F["award"], "water")
    facts += ev.users_xlsx(spec, root, F["users"])

    fstyle = {"sep": True, "bd_sep": "、", "private": {"连接的工业设备/产品/产线种类及数量（台/套）": 5600}}
    rf.docx_incell(spec, root / F["form"], fstyle)
    (root / F["scan"]).write_bytes(rf.form_scan(spec, fstyle, spec.seed + 5))
    att = [(Path(F[k]).name, pages_of(root / F[k])) for k in ("audit", "dev", "screen", "ip", "award", "users")]
    rd.book_docx(spec, root / F["book"], att)
    V = spec.V
    d = V["平台近三年经营指标情况"]
    wrong = "\n".join(
        f"{y}年平台营收{u.money(d[f'{y}年平台营收（万元）'])}万元/增长率{(18.42 if y == 2023 else d[f'{y}年增长率（%）']):.2f}%"
        for y in (2021, 2022, 2023))
    assert d["2023年增长率（%）"] != 18.42
    spec.sum_over = {"有否定期开展第三方安全测试/测评": "「否」", "平台近三年经营指标情况": wrong}
    sstyle = {"yesno": ("「是」", "「否」"), "built": "2018年9月—2023年12月", "factory": "√，{n}家"}
    rs.docx(spec, root / F["summary"], sstyle)
    rd.contact_docx(spec, root / F["contact"])
    rd.commitment_scan(spec, root / F["promise"], spec.seed + 6)

    n_list = E["平台核心软硬件技术获得的专利数量（项）"]
    probs = [
        problem(spec, 1, "summary_vs_form", ["有否定期开展第三方安全测试/测评"], [F["summary"], F["form"]],
                "DOCX汇总表“有否定期开展第三方安全测试/测评”填「否」，申报表为“是，每半年一次第三方渗透测试”"),
        problem(spec, 2, "summary_vs_form", ["平台近三年经营指标情况"], [F["summary"], F["form"]],
                f"汇总表“平台近三年经营指标情况”中2023年增长率填18.42%，申报表为{d['2023年增长率（%）']:.2f}%"
                f"（{d['2023年平台营收（万元）']:.2f}÷{d['2022年平台营收（万元）']:.2f}−1）；营收金额一致"),
        problem(spec, 3, "count_vs_list", ["平台核心软硬件技术获得的专利数量（项）"], [F["form"], F["ip"]],
                f"申报表填报平台核心软硬件技术获得的专利数量{V['平台核心软硬件技术获得的专利数量（项）']}项，"
                f"知识产权清单“一、授权专利清单（共{n_list}项）”仅列{n_list}项（软件著作权43项与申报一致）"),
        problem(spec, 4, "formula", ["付费用户占比（%）", "付费企业数（个）", "注册企业用户数（个）"], [F["form"]],
                f"付费用户占比填报{V['付费用户占比（%）']:.2f}%，按填报指引公式 付费企业数{V['付费企业数（个）']}÷"
                f"注册企业用户数{V['注册企业用户数（个）']}×100% 应为{u.pct(V['付费企业数（个）'], V['注册企业用户数（个）']):.2f}%"),
    ]
    return F, roles, facts, probs


# =========================================================================== D


def build_d(spec, root: Path):
    m = spec.meta
    F = {
        "contact": "1-联系人信息反馈表.docx",
        "form": "2-申报表（延锋金桥）.xlsx",
        "scan": "2-申报表（延锋金桥）-签章版.pdf",
        "book": "3-申报书（延锋金桥）.pdf",
        "audit": "3-1 2023年度审计报告.pdf",
        "dev": "3-2 平台设备接入明细.xlsx",
        "shot1": "3-3 平台截图-运行总览.png",
        "shot2": "3-3 平台截图-开发者中心.png",
        "ip": "3-4 知识产权证书清单（扫描件）.pdf",
        "award": "3-5 获奖情况一览.pdf",
        "cloud": "3-6 云存储资源统计.xlsx",
        "summary": "4-平台基本情况汇总表.xlsx",
        "promise": "5-真实性承诺书.pdf",
    }
    roles = {"contact": "联系人表", "form": "申报表", "scan": "申报表扫描件", "book": "申报书",
             "audit": "evidence:audit_report", "dev": "evidence:device_list", "shot1": "evidence:screenshot",
             "shot2": "evidence:screenshot", "ip": "evidence:patent_list", "award": "evidence:award_list",
             "cloud": "evidence:other", "summary": "汇总表", "promise": "承诺"}
    m["refs"] = {
        "fin": "3-1 审计报告 第5页 附注", "dev": "3-2 平台设备接入明细（汇总/按区域/海外）",
        "screen": "3-3 平台截图", "ip_p": "3-4 知识产权证书清单 第1页", "ip_c": "3-4 知识产权证书清单（软著部分）",
        "award": "3-5 获奖情况一览", "cloud": "3-6 云存储资源统计",
    }
    E = spec.E
    facts = []
    facts += ev.audit_special(spec, root, F["audit"], spec.seed + 1, unit="元", style="note", scan=False,
                              firm="上海东信会计师事务所（特殊普通合伙）")
    facts += ev.devices_xlsx(spec, root, F["dev"], "D")
    url = m["url"]
    facts += ev.screens(spec, root, [F["shot1"], F["shot2"]], spec.seed + 3, [
        dict(title="延锋工业互联网平台 · 运行总览", url=url + "/home", cards=[
            ("接入设备", u.num(E[ev.L_DEV]), "台/套", ev.L_DEV, E[ev.L_DEV], "台/套"),
            ("注册企业", u.num(E["注册企业用户数（个）"]), "家", "注册企业用户数（个）", E["注册企业用户数（个）"], "家"),
            ("工业APP", u.num(E["工业APP数量（个）"]), "个", "工业APP数量（个）", E["工业APP数量（个）"], "个"),
            ("工艺与质量模型", u.num(E["工业机理模型数量（个）"]), "个", "工业机理模型数量（个）", E["工业机理模型数量（个）"], "个"),
            ("今日产量", "28,416", "件", None, None, None), ("一次合格率", "99.1", "%", None, None, None)],
             rows=[("金桥工厂", "OEE 86.2%"), ("烟台工厂", "OEE 83.7%")]),
        dict(title="开发者中心", url=url + "/dev", theme="light", cards=[
            ("微服务", u.num(E["微服务数量（个）"]), "个", "微服务数量（个）", E["微服务数量（个）"], "个"),
            ("活跃微服务", u.num(E["活跃微服务数量（一周调用5次以上）（个）"]), "个", "活跃微服务数量（一周调用5次以上）（个）",
             E["活跃微服务数量（一周调用5次以上）（个）"], "个"),
            ("注册开发者", u.num(E["开发者注册总数（个）"]), "人", "开发者注册总数（个）", E["开发者注册总数（个）"], "人"),
            ("活跃开发者", u.num(E["活跃开发者数（个）"]), "人", "活跃开发者数（个）", E["活跃开发者数（个）"], "人")],
             rows=[("本月发布", "9个应用")]),
    ], as_pdf=False)
    facts += ev.ip_pdf(spec, root, F["ip"], spec.seed + 4, "auto", scan=True)
    facts += ev.awards_pdf(spec, root, F["award"], "auto")
    facts += ev.cloud_xlsx(spec, root, F["cloud"])

    fstyle = {"sep": True, "unit": True, "bd_sep": "；", "bd_thousands": True}
    rf.xlsx_units(spec, root / F["form"], fstyle)
    (root / F["scan"]).write_bytes(rf.form_scan(spec, fstyle, spec.seed + 5))
    att = [(Path(F[k]).name, pages_of(root / F[k])) for k in ("audit", "dev", "shot1", "shot2", "ip", "award", "cloud")]
    rd.book_pdf(spec, root / F["book"], att)
    V = spec.V
    cats = dict(V["按二级分类统计工业设备数量（台/套）"])
    s = str(cats["机器人"])
    wrong = int(s[0] + s[2] + s[1] + s[3:])
    if wrong == cats["机器人"]:
        wrong = int(s[:-2] + s[-1] + s[-2])
    assert wrong != cats["机器人"]
    right = cats["机器人"]
    cats["机器人"] = wrong
    spec.sum_over = {"平台建设金额（万元）": "0.86亿元"}
    sstyle = {"yesno": ("是", "否"), "built": m["built_dotted"], "yuan": {"平台相关营业收入（万元）"},
              "unit_in_cell": {"杀手锏APP月平均收入（万元）"}, "bd_over": {"按二级分类统计工业设备数量（台/套）": cats}}
    rs.titled_2sheet(spec, root / F["summary"], sstyle)
    rd.contact_docx(spec, root / F["contact"])
    rd.commitment_scan(spec, root / F["promise"], spec.seed + 6)

    audit_rd = next(f for f in facts if f["label"] == "平台相关研发投入（万元）")
    inds = V["按行业统计工业APP数量（个）"]
    probs = [
        problem(spec, 1, "summary_vs_form", ["平台建设金额（万元）"], [F["summary"], F["form"]],
                f"汇总表“平台建设金额（万元）”填“0.86亿元”（8,600.00万元），申报表为{V['平台建设金额（万元）']:,.2f}万元"),
        problem(spec, 2, "summary_vs_form", ["按二级分类统计工业设备数量（台/套）"], [F["summary"], F["form"]],
                f"汇总表第二张工作表“附表1 分类统计明细”中按二级分类统计工业设备数量“机器人”为{wrong}，申报表为{right}"
                f"（附表合计{sum(cats.values())}，亦不等于连接设备总数{V['连接的工业设备/产品/产线种类及数量（台/套）']}）"),
        problem(spec, 3, "declared_vs_evidence", ["平台相关研发投入（万元）"], [F["form"], F["audit"]],
                f"申报表平台相关研发投入{V['平台相关研发投入（万元）']:,.2f}万元，审计报告第5页附注“平台研发费用”2023年度为"
                f"{audit_rd['value']}元（{audit_rd['normalized']:.2f}万元）；研发投入强度随之偏高"),
        problem(spec, 4, "breakdown_sum", ["按行业统计工业APP数量（个）", "工业APP数量（个）"], [F["form"]],
                f"按行业统计工业APP数量各项之和为{sum(inds.values())}，与工业APP数量{V['工业APP数量（个）']}不一致（汽车填{inds['汽车']}，少18）"),
    ]
    return F, roles, facts, probs


BUILDERS = {"h73_a_baowu_clean": build_a, "h73_b_tansuo_problems": build_b, "h73_c_xipaiai_problems": build_c,
            "h73_d_yanfeng_problems": build_d}


LIMITS = {  # 附件2 填报指引: 「以内」 is a hard limit, 「左右」 gets 30% slack
    "intro": 500, "effect": 500, "平台定位是否明确": 50, "其他资源汇聚情况": 200, "云化服务器算力": 50,
    "边缘数据处理能力": 130 + 130, "其他数据采集能力": 130, "数据基础管理能力": 130, "平台应用开发框架": 130,
    "平台应用开发工具": 130, "采用何种安全技术情况": 130, "核心数据安全保护手段": 130, "平台数据价值挖掘应用能力": 260,
    "工业互联网平台+供应链协同应用情况": 390, "平台有否与新技术的融合应用": 300,
    "平台对关键行业/领域、本市及其他重点区域等贡献及支撑": 300, "是否建立供应链产业链开放共享机制": 260,
    "跨平台调用功能建设情况": 200, "新产业、新模式培育情况": 300,
}


def check_limits(spec):
    for key, limit in LIMITS.items():
        n = u.count_chars(spec.texts[key])
        assert n <= limit, (spec.pid, key, n, limit)
    for item in spec.texts["是否符合国家/地方相关政策方向，是否符合行业/产业发展现状与趋势"].split("\n"):
        assert u.count_chars(item[2:]) <= 50, (spec.pid, item)
    assert spec.meta["nature"] in spec.texts["intro"]


def build_one(make, pkg_root: Path, truth_dir: Path):
    spec = make()
    check_limits(spec)
    root = pkg_root / spec.pid
    if root.exists():
        shutil.rmtree(root)
    root.mkdir(parents=True)
    F, roles, facts, probs = BUILDERS[spec.pid](spec, root)
    files = {F[k]: roles[k] for k in F}
    on_disk = sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())
    assert on_disk == sorted(files), (set(on_disk) ^ set(files))
    m = spec.meta
    truth = dict(
        schema_version=1, package_id=spec.pid, description=spec.description, path=f"{REL_ROOT}/{spec.pid}",
        delivery="folder",
        platform=dict(list_no=m["list_no"], listed_name=m["listed_name"], company=m["company"],
                      declared_name=m["declared_name"], participated_2023=m["participated_2023"]),
        layout=spec.layout, files=files, secrets=[m["password"]], summary_rows=summary_rows(spec),
        evidence_facts=facts, problems=probs,
    )
    model = PackageTruth.model_validate(truth)
    truth_dir.mkdir(parents=True, exist_ok=True)
    (truth_dir / f"{spec.pid}.json").write_text(dump_truth(model), encoding="utf-8")
    return spec.pid, len(facts), len(probs)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, help="write DIR/packages and DIR/truth instead of next to this file")
    ap.add_argument("--only", help="build one package id")
    args = ap.parse_args(argv)
    if args.out:
        pkg_root, truth_dir = args.out / "packages", args.out / "truth"
    else:
        pkg_root, truth_dir = HERE / "packages", HERE / "truth"
    tot_f = tot_p = 0
    for make in SPECS:
        if args.only and args.only not in make().pid:
            continue
        pid, nf, np_ = build_one(make, pkg_root, truth_dir)
        tot_f += nf
        tot_p += np_
        print(f"{pid}: {nf} facts, {np_} problems")
    print(f"total: {tot_f} facts, {tot_p} problems")


if __name__ == "__main__":
    main()
