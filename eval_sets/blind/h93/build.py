"""Build the h93 blind set: four packages under packages/, their truth under truth/, drawn_text.json.

    cd /work/main && .venv/bin/python -m eval_sets.blind.h93.build [--out DIR]

Deterministic (fixed seeds, reportlab invariant=1, fixed zip dates and core properties)."""

from __future__ import annotations

import argparse
import copy
import json
import shutil
import sys
import time
from pathlib import Path

import numpy as np

from eval_sets.blind.h93 import docs, forms
from eval_sets.blind.h93.labels import LABELS
from eval_sets.blind.h93.model import derive, summary_value
from eval_sets.blind.h93.render import Pdf, dashboard, images_pdf, scan_pdf
from eval_sets.blind.h93.specs import SPECS
from eval_sets.blind.h93.texts import book, form_texts
from eval_sets.truth import EvidenceFact, PackageTruth, PlatformRef, Problem, SummaryRow, dump_truth

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
LISTED = {2: "电机设备远程运维服务工业互联网平台", 12: "基于BIM的公共建筑智慧建造与运维工业互联网平台",
          16: "欧冶云商生态运营平台", 21: "中国移动OnePower工业互联网平台"}


def prepare(spec: dict):
    s = copy.deepcopy(spec)
    rng = np.random.default_rng(s["seed"])
    s["modes"] = (s["mode_text"][0].split("，")[0], s["mode_text"][1], s["mode_text"][2].replace(",", "、"))
    s["rd_real"] = s["rd"]
    real_spec = dict(s)
    if "patents_real" in s:
        real_spec["patents"] = s["patents_real"]
    real = derive(real_spec, rng)
    decl = dict(real)
    decl.update(s["declare"])
    if "平台相关研发投入（万元）" in s["declare"]:
        s["rd"] = s["declare"]["平台相关研发投入（万元）"]
    if s.get("breakdown_bug"):
        lab, key, delta = s["breakdown_bug"]
        decl[lab] = {k: (n + delta if k == key else n) for k, n in real[lab].items()}
    s["cell_text"] = {"数据分析平台均速度（每TB分级/秒级/毫秒级）": s["speed_text"]}
    decl["_speed_text"] = s["speed_text"]
    s["texts"] = form_texts(s, decl)
    s["texts_preview"] = s["texts"]["定位"]
    s["book"] = book(s, decl)
    return s, real, decl, rng


def short(name: str) -> str:
    return Path(name).stem


def proofs_from(facts: list[dict]) -> dict:
    out: dict[str, str] = {}
    for f in facts:
        if f["component"]:
            continue
        where = f"第{f['page']}页" if not f["file"].endswith((".xlsx", ".png")) else ("第" + str(f["page"]) + "个工作表" if f["file"].endswith(".xlsx") else "截图")
        out.setdefault(f["label"], f"{short(f['file'])} {where}")
    return out


def shots(s, real, rng):
    def n(x):
        return f"{x:,}"
    overview = [("连接设备（台/套）", n(real["连接的工业设备/产品/产线种类及数量（台/套）"]), "连接的工业设备/产品/产线种类及数量（台/套）", "台/套",
                 real["连接的工业设备/产品/产线种类及数量（台/套）"]),
                ("注册企业（家）", n(real["注册企业用户数（个）"]), "注册企业用户数（个）", "家", real["注册企业用户数（个）"]),
                ("工业APP（个）", n(real["工业APP数量（个）"]), "工业APP数量（个）", "个", real["工业APP数量（个）"]),
                ("机理模型（个）", n(real["工业机理模型数量（个）"]), "工业机理模型数量（个）", "个", real["工业机理模型数量（个）"]),
                ("微服务（个）", n(real["微服务数量（个）"]), "微服务数量（个）", "个", real["微服务数量（个）"]),
                ("注册开发者（人）", n(real["开发者注册总数（个）"]), "开发者注册总数（个）", "个", real["开发者注册总数（个）"])]
    resources = [("存储容量（TB）", f"{real['存储容量（TB）']:,.2f}", "存储容量（TB）", "TB", real["存储容量（TB）"]),
                 ("已存储工业数据（TB）", f"{real['存储工业数据量（TB）']:,.2f}", "存储工业数据量（TB）", "TB", real["存储工业数据量（TB）"]),
                 ("公有云数据（TB）", f"{real['公有云数据总量（TB）']:,.2f}", "公有云数据总量（TB）", "TB", real["公有云数据总量（TB）"]),
                 ("云主机（台）", f"{real['平台实际用云量（台）']:,.2f}", "平台实际用云量（台）", "台", real["平台实际用云量（台）"]),
                 ("今日告警（条）", str(int(rng.integers(3, 60))), None, None, None),
                 ("在线率（%）", f"{float(rng.uniform(90, 99)):.1f}", None, None, None)]
    img1, t1 = dashboard(f"{s['name']} · 运营总览", [(c, v) for c, v, *_ in overview], rng)
    img2, t2 = dashboard(f"{s['name']} · 数据资源监控", [(c, v) for c, v, *_ in resources], rng, theme=(22, 48, 52))
    return (img1, t1, overview), (img2, t2, [r for r in resources if r[2]])


def build_package(spec: dict, packages: Path) -> tuple[PackageTruth, dict]:
    s, real, decl, rng = prepare(spec)
    root = packages / s["pid"]
    if root.exists():
        shutil.rmtree(root)
    root.mkdir(parents=True)
    files: dict[str, str] = {}
    facts: list[dict] = []
    drawn: dict[str, dict[str, str]] = {}
    L = s["pid"]
    P = root

    def add(name, role):
        files[name] = role
        (P / name).parent.mkdir(parents=True, exist_ok=True)
        return P / name

    (img1, t1, ov), (img2, t2, rs) = shots(s, real, rng)

    if L == "h93_dianji_clean":
        ev = "附件3 证明材料/"
        name = ev + "3-1 审计报告（2023年度）.pdf"
        pdf = Pdf("审计报告")
        facts += docs.audit_pages(pdf, name, s, real, "万元", ("本期金额", "上期金额"))
        add(name, "evidence:audit_report").write_bytes(pdf.bytes())
        name = ev + "3-2 知识产权清单.pdf"
        pdf = Pdf("知识产权清单")
        facts += docs.ip_pages(pdf, name, s, real["平台核心软硬件技术获得的专利数量（项）"], real["平台核心软硬件技术获得的软著数量（个）"], rng)
        add(name, "evidence:patent_list").write_bytes(pdf.bytes())
        name = ev + "3-3 设备接入台账导出.xlsx"
        facts += docs.device_xlsx(add(name, "evidence:device_list"), name, s, real)
        for nm, img, t, tiles in ((ev + "3-4 平台运行截图-总览.png", img1, t1, ov), (ev + "3-5 平台运行截图-资源.png", img2, t2, rs)):
            img.save(add(nm, "evidence:screenshot"), format="PNG")
            drawn[nm] = {"1": t}
            facts += docs.screenshot_facts(nm, 1, tiles)
        name = ev + "3-6 服务企业名录.xlsx"
        facts += docs.enterprises_xlsx(add(name, "evidence:other"), name, s, real, rng, "服务企业名录", "统计")
        name = ev + "3-7 荣誉证书清单（扫描）.pdf"
        pdf = Pdf("荣誉")
        facts += docs.awards_pages(pdf, name, s, image_only=True)
        data, dt = scan_pdf(pdf.bytes(), {1: (0.7, 0.8, s["company"])}, rng)
        add(name, "evidence:award_list").write_bytes(data)
        drawn[name] = {str(k): v for k, v in dt.items()}
        name = ev + "3-8 APP订阅台账.xlsx"
        facts += docs.subscriptions_xlsx(add(name, "evidence:other"), name, s, real, rng)
        proofs = proofs_from(facts)
        forms.contact_docx(add("附件1 联系人信息反馈表.docx", "联系人表"), s, decl)
        forms.form_docx(add("附件2 申报表（电机节能中心）.docx", "申报表"), s, decl, proofs, False)
        forms.form_scan(add("附件2 申报表（盖章扫描件）.pdf", "申报表扫描件"), s, decl, proofs, rng)
        forms.book_docx(add("附件3 申报书.docx", "申报书"), s, decl, s["participated"], s["omit"])
        forms.summary_xlsx(add("附件4 平台基本情况汇总表.xlsx", "汇总表"), decl, s["summary_diff"], False)
        forms.commitment_scan(add("附件5 真实性承诺（扫描）.pdf", "承诺"), s, rng)
        layout = ["naming:附件N", "evidence_dir:附件3 证明材料", "form:docx", "stamped_scan", "audit:text(万元 专项说明 p4)",
                  "ip:pdf", "devices:xlsx", "screenshots:png", "awards:scan", "summary:xlsx-vertical", "commitment:scan",
                  "not_2023_participant(no 七)"]
        desc = "序号2 电机节能中心：干净包；DOCX申报表+盖章扫描件，审计报告万元专项说明，设备台账XLSX，两张PNG截图，荣誉清单扫描件；非2023参评，无第七章。"
    elif L == "h93_jiangong_problems":
        name = "03-1_审计报告（扫描件）.pdf"
        pdf = Pdf("审计报告")
        fs = docs.audit_pages(pdf, name, s, real, "元", ("2023年度", "2022年度"))
        for f in fs:
            f["image_only"] = True
        facts += fs
        data, dt = scan_pdf(pdf.bytes(), {2: (0.62, 0.62, s["auditor"].split("（")[0]), 4: (0.66, 0.55, s["auditor"].split("（")[0])}, rng)
        add(name, "evidence:audit_report").write_bytes(data)
        drawn[name] = {str(k): v for k, v in dt.items()}
        name = "03-2_知识产权清单.pdf"
        pdf = Pdf("知识产权")
        facts += docs.ip_pages(pdf, name, s, real["平台核心软硬件技术获得的专利数量（项）"], real["平台核心软硬件技术获得的软著数量（个）"], rng)
        add(name, "evidence:patent_list").write_bytes(pdf.bytes())
        name = "03-3_设备接入统计.pdf"
        pdf = Pdf("设备")
        facts += docs.device_pdf_page(pdf, name, s, real)
        add(name, "evidence:device_list").write_bytes(pdf.bytes())
        name = "03-4_平台截图.pdf"
        add(name, "evidence:screenshot").write_bytes(images_pdf([img1, img2]))
        drawn[name] = {"1": t1, "2": t2}
        facts += docs.screenshot_facts(name, 1, ov) + docs.screenshot_facts(name, 2, rs)
        name = "03-5_服务企业清单.xlsx"
        facts += docs.enterprises_xlsx(add(name, "evidence:other"), name, s, real, rng, "清单", "汇总")
        name = "03-6_荣誉清单.pdf"
        pdf = Pdf("荣誉")
        facts += docs.awards_pages(pdf, name, s)
        add(name, "evidence:award_list").write_bytes(pdf.bytes())
        name = "03-7_APP订阅台账.xlsx"
        facts += docs.subscriptions_xlsx(add(name, "evidence:other"), name, s, real, rng)
        proofs = proofs_from(facts)
        forms.contact_docx(add("01_联系人信息反馈表.docx", "联系人表"), s, decl)
        forms.form_xlsx(add("02_申报表.xlsx", "申报表"), s, decl, proofs)
        forms.form_scan(add("02_申报表_盖章版.pdf", "申报表扫描件"), s, decl, proofs, rng)
        forms.book_pdf(add("03_申报书.pdf", "申报书"), s, decl, s["participated"], s["omit"])
        forms.summary_xlsx(add("04_汇总表.xlsx", "汇总表"), decl, s["summary_diff"], True)
        forms.commitment_scan(add("05_真实性承诺.pdf", "承诺"), s, rng)
        layout = ["naming:flat-numbered", "form:xlsx(numbers as numbers)", "stamped_scan", "book:pdf",
                  "audit:scan(元, 2023年度/2022年度, platform 专项说明 p4)", "ip:pdf", "devices:pdf", "screenshots:pdf-image",
                  "summary:xlsx-horizontal", "commitment:scan"]
        desc = "序号12 建工四建BIM平台：4个问题（研发投入与审计不符、行业分布合计不符、汇总表APP数与申报表不符、缺第七章）；XLSX申报表，扫描审计报告，PDF申报书。"
    elif L == "h93_ouye_clean":
        name = "证明材料/证明材料汇编.pdf"
        pdf = Pdf("证明材料汇编")
        pdf.new_page()
        pdf.text("证明材料汇编", 18, center=True, gap=40)
        for i, line in enumerate(["一、2023年度审计报告（节选）及平台专项说明 ……… 2", "二、平台知识产权清单 ……… 6",
                                  "三、平台接入设备统计表 ……… 后附", "四、省部级及以上奖项/荣誉清单 ……… 后附"]):
            pdf.text(line, 11, x=90, gap=24)
        facts += docs.audit_pages(pdf, name, s, real, "元", ("本年金额", "上年金额"))
        facts += docs.ip_pages(pdf, name, s, real["平台核心软硬件技术获得的专利数量（项）"], real["平台核心软硬件技术获得的软著数量（个）"], rng)
        facts += docs.device_pdf_page(pdf, name, s, real)
        facts += docs.awards_pages(pdf, name, s)
        (P / "证明材料").mkdir(parents=True, exist_ok=True)
        add(name, "evidence:other").write_bytes(pdf.bytes())
        name = "证明材料/服务企业名录及统计.xlsx"
        facts += docs.enterprises_xlsx(add(name, "evidence:other"), name, s, real, rng, "服务企业名录", "统计汇总")
        name = "证明材料/订阅台账.xlsx"
        facts += docs.subscriptions_xlsx(add(name, "evidence:other"), name, s, real, rng)
        for nm, img, t, tiles in (("证明材料/截图1_运营总览.png", img1, t1, ov), ("证明材料/截图2_数据资源.png", img2, t2, rs)):
            img.save(add(nm, "evidence:screenshot"), format="PNG")
            drawn[nm] = {"1": t}
            facts += docs.screenshot_facts(nm, 1, tiles)
        proofs = proofs_from(facts)
        forms.contact_docx(add("申报文件/附件1 联系人信息反馈表.docx", "联系人表"), s, decl)
        forms.form_docx(add("申报文件/附件2 申报表.docx", "申报表"), s, decl, proofs, True)
        forms.form_scan(add("申报文件/附件2 申报表（盖章）.pdf", "申报表扫描件"), s, decl, proofs, rng)
        forms.book_docx(add("申报文件/附件3 申报书.docx", "申报书"), s, decl, s["participated"], s["omit"])
        forms.summary_docx(add("申报文件/附件4 平台基本情况汇总表.docx", "汇总表"), decl, s["summary_diff"])
        forms.commitment_scan(add("申报文件/附件5 真实性承诺.pdf", "承诺"), s, rng)
        layout = ["naming:申报文件/+证明材料/", "form:docx(thousands separators)", "stamped_scan", "evidence:compiled pdf",
                  "audit:text(元, 本年金额/上年金额, 专项说明 p5)", "ip:in compiled pdf (软著 4 pages)", "screenshots:png",
                  "summary:docx", "commitment:scan", "section7 present"]
        desc = "序号16 欧冶云商：干净包；DOCX申报表（千分位），证明材料汇编PDF（审计节选、知识产权、设备、荣誉），注册用户远大于服务企业，申报书含第七章。"
    else:  # h93_yidong_problems
        pre = "中移OnePower_"
        name = pre + "附件3-1_专项审计报告.pdf"
        pdf = Pdf("专项审计报告")
        facts += docs.audit_pages(pdf, name, s, real, "万元", ("本期金额", "上期金额"))
        add(name, "evidence:audit_report").write_bytes(pdf.bytes())
        name = pre + "附件3-2_知识产权明细.xlsx"
        facts += ip_xlsx(add(name, "evidence:patent_list"), name, s, real, rng)
        name = pre + "附件3-3_连接设备统计.xlsx"
        facts += docs.device_xlsx(add(name, "evidence:device_list"), name, s, real)
        name = pre + "附件3-4_平台看板截图.png"
        img1.save(add(name, "evidence:screenshot"), format="PNG")
        drawn[name] = {"1": t1}
        facts += docs.screenshot_facts(name, 1, ov)
        name = pre + "附件3-4_平台看板截图-资源.png"
        img2.save(add(name, "evidence:screenshot"), format="PNG")
        drawn[name] = {"1": t2}
        facts += docs.screenshot_facts(name, 1, rs)
        name = pre + "附件3-5_服务企业统计.xlsx"
        facts += docs.enterprises_xlsx(add(name, "evidence:other"), name, s, real, rng, "企业明细", "统计")
        name = pre + "附件3-6_获奖情况.pdf"
        pdf = Pdf("获奖")
        facts += docs.awards_pages(pdf, name, s)
        add(name, "evidence:award_list").write_bytes(pdf.bytes())
        name = pre + "附件3-7_应用订阅统计.xlsx"
        facts += docs.subscriptions_xlsx(add(name, "evidence:other"), name, s, real, rng)
        proofs = proofs_from(facts)
        forms.contact_docx(add(pre + "附件1_联系人表.docx", "联系人表"), s, decl)
        forms.form_xlsx(add(pre + "附件2_申报表.xlsx", "申报表"), s, decl, proofs)
        forms.form_scan(add(pre + "附件2_申报表盖章扫描.pdf", "申报表扫描件"), s, decl, proofs, rng)
        forms.book_docx(add(pre + "附件3_申报书.docx", "申报书"), s, decl, s["participated"], s["omit"])
        forms.summary_xlsx(add(pre + "附件4_汇总表.xlsx", "汇总表"), decl, s["summary_diff"], False)
        layout = ["naming:prefix 中移OnePower_", "evidence_dir:flat", "form:xlsx(numbers as numbers)", "stamped_scan",
                  "audit:text(万元 专项说明 p4)", "ip:xlsx(专利/软件著作权 sheets, 合计 row)", "devices:xlsx with overseas",
                  "screenshots:png", "summary:xlsx-vertical", "missing:附件5"]
        desc = "序号21 中移OnePower：5个问题（团队人数恒等式、存储资源利用率公式、专利数多于清单、交易规模增长率空白、缺真实性承诺）；XLSX申报表，海外设备。"

    truth = make_truth(s, real, decl, files, facts, layout, desc)
    return truth, drawn


def ip_xlsx(path, fname, s, real, rng):
    import openpyxl
    wb = openpyxl.Workbook()
    out = []
    for i, (sheet, n, label) in enumerate((("专利", real["平台核心软硬件技术获得的专利数量（项）"], "平台核心软硬件技术获得的专利数量（项）"),
                                          ("软件著作权", real["平台核心软硬件技术获得的软著数量（个）"], "平台核心软硬件技术获得的软著数量（个）"))):
        ws = wb.active if i == 0 else wb.create_sheet(sheet)
        ws.title = sheet
        ws.append(["序号", "名称", "授权号/登记号", "权利人", "授权日期"])
        for k in range(n):
            ws.append([k + 1, s["ip_words"][k % 5] + ("系统及方法" if i == 0 else f"平台软件V{1 + k % 5}.0"),
                       f"ZL202{k % 4}1{int(rng.integers(1000000, 9999999))}.X" if i == 0 else f"2022SR{int(rng.integers(100000, 999999))}",
                       s["company"], f"202{k % 4}-{1 + k % 12:02d}-{1 + k % 27:02d}"])
        ws.append([f"合计：{n}项"])
        out.append(docs.fact(label, str(n), "项", n, fname, i + 1, f"合计：{n}项", "合计"))
    docs.save_xlsx(wb, path)
    return out


def make_truth(s, real, decl, files, facts, layout, desc) -> PackageTruth:
    rows = []
    for lab in LABELS:
        n = decl[lab]
        if lab == "数据分析平台均速度（每TB分级/秒级/毫秒级）":
            rows.append(SummaryRow(label=lab, value=s["speed_text"], normalized=n))
        elif lab == "平台建设方式":
            rows.append(SummaryRow(label=lab, value=s["mode_text"][0], normalized=n))
        else:
            rows.append(SummaryRow(label=lab, value=summary_value(lab, n), normalized=n))
    problems = []
    pid = s["pid"]
    form = next(k for k, v in files.items() if v == "申报表")
    summ = next(k for k, v in files.items() if v == "汇总表")
    bookf = next(k for k, v in files.items() if v == "申报书")
    audit = next((k for k, v in files.items() if v == "evidence:audit_report"), "")
    if pid == "h93_jiangong_problems":
        lab, key, delta = s["breakdown_bug"]
        served = decl["实际服务企业数（个）"]
        problems = [
            Problem(id=f"{pid}-01-declared_vs_evidence", family="declared_vs_evidence", fields=["平台相关研发投入（万元）"],
                    files=[form, audit], severity="error",
                    description=f"申报表平台相关研发投入 1286.40 万元，扫描审计报告第4页平台专项说明2023年度平台相关研发投入为 "
                                f"{docs.yuan(real['平台相关研发投入（万元）'])} 元（1186.40 万元）；研发投入强度 21.39% 也按虚高的研发投入计算"),
            Problem(id=f"{pid}-02-breakdown_sum", family="breakdown_sum", fields=[lab], files=[form], severity="error",
                    description=f"按行业统计服务企业数合计 {sum(decl[lab].values())} ≠ 实际服务企业数 {served}（服务业填 "
                                f"{decl[lab]['服务业']}，服务企业清单为 {real[lab]['服务业']}）；按省市区域统计合计正确"),
            Problem(id=f"{pid}-03-summary_vs_form", family="summary_vs_form", fields=["工业APP数量（个）"], files=[summ, form],
                    severity="error", description=f"汇总表工业APP数量 124，申报表为 {decl['工业APP数量（个）']}（截图亦为 {real['工业APP数量（个）']}）"),
            Problem(id=f"{pid}-04-section7", family="section7", fields=["七、平台相较上年度对比情况"], files=[bookf], severity="error",
                    description="附件6序号12 2023年度参评为“是”，申报书（PDF）只有一至六章，缺少“七、平台相较上年度对比情况”"),
        ]
    elif pid == "h93_yidong_problems":
        ops, run = decl["运维人数（人）"], decl["运营人数（人）"]
        problems = [
            Problem(id=f"{pid}-01-identity", family="identity", fields=["平台团队总人数（人）", "运维人数（人）", "运营人数（人）"],
                    files=[form], severity="error",
                    description=f"运维人数 {ops} + 运营人数 {run} = {ops + run}，与平台团队总人数 826 不一致"),
            Problem(id=f"{pid}-02-formula", family="formula", fields=["存储资源利用率（%）", "存储工业数据量（TB）", "存储容量（TB）"],
                    files=[form], severity="error",
                    description=f"存储资源利用率填 62.60%，按填报指引 {decl['存储工业数据量（TB）']:.2f} ÷ {decl['存储容量（TB）']:.2f} × 100% = "
                                f"{real['存储资源利用率（%）']:.2f}%"),
            Problem(id=f"{pid}-03-count_vs_list", family="count_vs_list", fields=["平台核心软硬件技术获得的专利数量（项）"],
                    files=[form, "中移OnePower_附件3-2_知识产权明细.xlsx"], severity="error",
                    description="申报表专利数量 58 项，知识产权明细“专利”工作表仅列 52 项（合计：52项）"),
            Problem(id=f"{pid}-04-blank", family="blank", fields=["平台交易规模年增长率（%）"], files=[form], severity="error",
                    description="申报表“平台交易规模年增长率（%）”未填写（汇总表同样为空）"),
            Problem(id=f"{pid}-05-missing_file", family="missing_file", fields=["附件5 真实性承诺"], files=[], severity="error",
                    description="申报材料中没有附件5 真实性承诺（需法定代表人签名并加盖公章）"),
        ]
    platform = PlatformRef(list_no=s["list_no"], listed_name=LISTED[s["list_no"]], company=s["company"], declared_name=s["name"],
                           participated_2023=s["participated"])
    return PackageTruth(package_id=pid, description=desc, path=f"eval_sets/blind/h93/packages/{pid}", delivery="folder",
                        platform=platform, layout=layout, files=files, secrets=[s["account"][1]], summary_rows=rows,
                        evidence_facts=[EvidenceFact(**f) for f in facts], problems=problems)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=HERE, help="directory that receives packages/, truth/ and drawn_text.json")
    args = ap.parse_args(argv)
    packages, truth_dir = args.out / "packages", args.out / "truth"
    packages.mkdir(parents=True, exist_ok=True)
    truth_dir.mkdir(parents=True, exist_ok=True)
    t0 = time.time()
    drawn_all = {}
    for spec in SPECS:
        truth, drawn = build_package(spec, packages)
        root = packages / spec["pid"]
        on_disk = {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()}
        assert on_disk == set(truth.files), on_disk ^ set(truth.files)
        (truth_dir / f"{truth.package_id}.json").write_text(dump_truth(truth), encoding="utf-8")
        for f, pages in drawn.items():
            drawn_all[f"{truth.package_id}/{f}"] = pages
        print(f"{truth.package_id}: {len(truth.evidence_facts)} facts, {len(truth.problems)} problems ({time.time() - t0:.1f}s)")
    (args.out / "drawn_text.json").write_text(json.dumps(dict(sorted(drawn_all.items())), ensure_ascii=False, indent=1) + "\n",
                                              encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
