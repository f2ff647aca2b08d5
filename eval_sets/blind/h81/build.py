"""Build the h81 blind set: four clean packages under packages/, their truth under truth/, drawn_text.json.

    cd /work/main && .venv/bin/python -m eval_sets.blind.h81.build [--only PID] [--out DIR]

Deterministic (fixed seeds, reportlab invariant=1, fixed zip dates and core properties)."""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import time
from pathlib import Path

from eval_sets.blind.h81 import docs, evidence as ev
from eval_sets.blind.h81.labels import A4_LABELS
from eval_sets.blind.h81.model import derive
from eval_sets.blind.h81.render import DRAWN, pdf_pages_text
from eval_sets.blind.h81.specs import ALL
from eval_sets.blind.h81.texts import build_texts, cell_texts, summary_value
from eval_sets.truth import EvidenceFact, PackageTruth, PlatformRef, SummaryRow, dump_truth

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]

# package -> file names (role keys) and evidence choices
LAYOUT = {
    "h81_baoxin_clean": dict(
        contact="附件1 联系人信息反馈表（宝信软件）.docx", form="附件2 申报表（宝信软件）.docx",
        scan="附件2 申报表（宝信软件）盖章扫描件.pdf", book="附件3 申报书（宝信软件）.docx",
        summary="附件4 平台基本情况汇总表（宝信软件）.xlsx", horizontal=False, promise="附件5 真实性承诺（盖章）.pdf",
        ev=[("audit", "附件3 证明材料/3-1 2023年度审计报告（含平台业务专项说明）.pdf", ("本期金额", "上期金额")),
            ("ip", "附件3 证明材料/3-2 知识产权清单（专利及软件著作权）.pdf"),
            ("dev_xlsx", "附件3 证明材料/3-3 平台接入设备统计导出.xlsx"),
            ("screen", "附件3 证明材料/3-4 平台运营驾驶舱截图.png", "宝联登 xIn³Plat 运营驾驶舱", ["dev", "reg", "ms"],
             [("今日在线设备", "97,512", "台"), ("今日API调用", "1,862", "万次")]),
            ("screen", "附件3 证明材料/3-5 工业APP应用市场截图.png", "xIn³Plat 应用市场 · 开发者中心", ["app", "model", "devr"],
             [("本月新上架APP", "23", "个"), ("本月活跃开发者", "7,915", "人")]),
            ("service", "附件3 证明材料/3-6 平台服务企业情况统计表（盖章扫描）.pdf"),
            ("ledger", "附件3 证明材料/3-7 工业APP订阅台账.xlsx", "元"),
            ("awards", "附件3 证明材料/3-8 省部级及以上荣誉清单.pdf")],
        tags=["naming:paren", "evidence_dir:附件3 证明材料", "form:docx+scan", "columns:levels(merged)+content+actual+proof",
              "audit_unit:元", "audit_columns:本期金额/上期金额", "platform_part:专项说明(万元,2023-2020)", "rd_aux:元",
              "summary:xlsx-vertical", "commitment:scan", "device_list:xlsx(类别/区域/海外/导出信息)", "screenshots:png×2",
              "service_stats:scan+seal-over-nonkey", "ledger:xlsx(元)", "section7", "name:superscript(³)"]),
    "h81_huaxing_clean": dict(
        contact="01-联系人信息反馈表.docx", form="02-申报表（易维讯平台）.xlsx", scan="02-申报表（易维讯平台）-盖章扫描件.pdf",
        book="03-申报书（易维讯平台）.docx", summary="04-平台基本情况汇总表.xlsx", horizontal=True,
        promise="05-真实性承诺（扫描）.pdf",
        ev=[("audit", "03-证明材料/01 审计报告.pdf", ("2023年度", "2022年度")),
            ("ip", "03-证明材料/02 知识产权清单.pdf"),
            ("dev_pdf", "03-证明材料/03 接入设备统计（按类别-区域-国家）.pdf"),
            ("screen", "03-证明材料/04 平台首页截图.png", "易维讯 工程机械物联网平台", ["dev", "reg", "app", "model", "devr", "ms"],
             [("今日开工设备", "21,436", "台"), ("海外在线", "3,205", "台")]),
            ("service", "03-证明材料/05 服务企业统计表（扫描）.pdf"),
            ("ledger", "03-证明材料/06 APP订阅台账.xlsx", "万元"),
            ("awards", "03-证明材料/07 荣誉清单.pdf")],
        tags=["naming:numbered-dash", "evidence_dir:03-证明材料", "form:xlsx-only+scan", "audit_unit:元",
              "audit_columns:2023年度/2022年度", "platform_part:专项说明(万元,2023-2020)", "rd_aux:元", "summary:xlsx-horizontal",
              "commitment:scan", "device_list:pdf(类别/区域含海外/国家)", "overseas:6 countries", "screenshots:png",
              "ip:former-name(renamed 2021)", "iaas:租用+服务商", "vc_investment", "ledger:xlsx(万元)", "no_section7"]),
    "h81_guowang_clean": dict(
        contact="申报材料/附件1_联系人信息反馈表.docx", form="申报材料/附件2_申报表_国网上海电力工业互联网平台.docx",
        scan="申报材料/附件2_申报表_盖章扫描.pdf", book="申报材料/附件3_申报书_国网上海电力工业互联网平台.docx",
        summary="申报材料/附件4_平台基本情况汇总表.xlsx", horizontal=False, promise="申报材料/附件5_真实性承诺.pdf",
        ev=[("audit", "证明材料/证明1_专项审计报告.pdf", ("本年金额", "上年金额")),
            ("ip", "证明材料/证明2_知识产权清单.pdf"),
            ("dev_xlsx", "证明材料/证明3_接入设备统计.xlsx"),
            ("screen", "证明材料/证明4_平台驾驶舱截图.png", "国网上海电力工业互联网平台 · 区域能效驾驶舱",
             ["dev", "reg", "app", "model", "ms", "sol"], [("今日全市工业负荷", "1,126", "万千瓦"), ("本月需求响应", "38", "次")]),
            ("service", "证明材料/证明5_服务企业统计表_扫描件.pdf"),
            ("ledger", "证明材料/证明6_APP订阅台账.xlsx", "元"),
            ("awards", "证明材料/证明7_荣誉清单.pdf")],
        tags=["naming:underscore", "dirs:申报材料+证明材料", "form:docx+scan", "audit_unit:元", "audit_columns:本年金额/上年金额",
              "platform_part:专项说明(万元,2023-2020)", "rd_aux:元", "summary:xlsx-vertical", "commitment:scan",
              "device_list:xlsx(no overseas)", "private_format:devices+storage", "edge_private_note", "screenshots:png",
              "ledger:xlsx(元)", "section7", "company:branch(非法人)"]),
    "h81_dianji_clean": dict(
        contact="附件1-联系人信息反馈表.docx", form="附件2-申报表.docx", scan="附件2-申报表（盖章版）.pdf",
        book="附件3-申报书.docx", summary="附件4-平台基本情况汇总表.xlsx", horizontal=False, promise="附件5-真实性承诺.pdf",
        ev=[("audit", "附件3-1-审计报告及平台专项说明.pdf", ("本期", "上期")),
            ("ip", "附件3-2-知识产权清单.pdf"),
            ("dev_pdf", "附件3-3-设备接入统计表.pdf"),
            ("screen", "附件3-4-平台运行截图.png", "电机设备远程运维服务平台 · 运行总览", ["dev", "pubdev", "reg", "app", "model", "devr"],
             [("在线电机", "9,214", "台"), ("今日预警", "37", "条")]),
            ("service", "附件3-5-服务企业统计表（盖章扫描）.pdf"),
            ("ledger", "附件3-6-APP订阅台账（千元）.xlsx", "千元"),
            ("awards", "附件3-7-荣誉清单.pdf")],
        tags=["naming:dash", "evidence_dir:flat", "form:docx+scan", "audit_unit:元", "audit_columns:本期/上期",
              "platform_part:专项说明(万元,2023-2020)", "rd_aux:元", "summary:xlsx-vertical", "commitment:scan",
              "device_list:pdf", "private_format:devices", "edge_private_note", "screenshots:png", "ledger:xlsx(千元)",
              "build:合作共建+联合运营", "iaas:租用+服务商", "list6:duplicate-name(2/14)", "no_section7"]),
}

DESCRIPTION = {
    "h81_baoxin_clean": "序号17 宝信软件 宝联登 xIn³Plat（跨行业跨领域综合型，2023参评），干净包：审计报告公司报表（元）+平台专项说明（万元，分年度）"
                        "+研发辅助账（元）；设备导出XLSX多表；两张PNG截图；盖章扫描的服务企业统计表（印章压在非申报数字上）；订阅台账（元）；第七章。",
    "h81_huaxing_clean": "序号15 华兴数字 易维讯工程机械平台（特定行业型，2023未参评），干净包：申报表仅XLSX+盖章扫描件；横向汇总表；"
                         "海外6国设备；知识产权部分登记在更名前的原名称下（已说明）；IaaS租用含服务商；已获VC投资；无第七章（正确）。",
    "h81_guowang_clean": "序号13 国网上海市电力公司（特定区域型，2023参评），干净包：服务企业以本市为主；设备和存储按私有化格式填写；"
                         "2.2.1含私有化部署补充说明；无海外设备（0/无）；专项审计；第七章。",
    "h81_dianji_clean": "序号2 上海电机系统节能工程技术研究中心（特定技术领域型，2023未参评；与序号14同名平台），干净包：合作共建+联合运营；"
                        "IaaS租用含服务商；订阅台账金额为千元；设备私有化格式；无第七章（正确）。",
}


def build_one(pid: str, packages: Path, truth_dir: Path) -> int:
    cfg = LAYOUT[pid]
    p = ALL[pid]()
    derive(p)
    build_texts(p)
    cell_texts(p)
    root = packages / pid
    if root.exists():
        shutil.rmtree(root)
    root.mkdir(parents=True)
    files: dict[str, str] = {}
    names: dict[str, str] = {}
    attach = []
    seed = p.seed
    for k, item in enumerate(cfg["ev"], start=1):
        kind, rel = item[0], item[1]
        if kind == "audit":
            facts, role = ev.audit(p, root, rel, item[2]), "evidence:audit_report"
        elif kind == "ip":
            facts, role = ev.iplist(p, root, rel), "evidence:patent_list"
        elif kind == "dev_xlsx":
            facts, role = ev.devices_xlsx(p, root, rel), "evidence:device_list"
        elif kind == "dev_pdf":
            facts, role = ev.devices_pdf(p, root, rel), "evidence:device_list"
        elif kind == "screen":
            facts, role = ev.screens(p, root, rel, item[2], item[3], item[4]), "evidence:screenshot"
        elif kind == "service":
            facts, role = ev.service_scan(p, root, rel, seed + k), "evidence:other"
        elif kind == "ledger":
            facts, role = ev.ledger(p, root, rel, item[2]), "evidence:other"
        else:
            facts, role = ev.awards(p, root, rel), "evidence:award_list"
        p.facts += facts
        files[rel] = role
        no = f"附件3-{k}"
        stem = Path(rel).stem
        names[rel] = f"{no}《{stem}》"
        pages = len(pdf_pages_text(root / rel)) if rel.endswith(".pdf") else (1 if rel.endswith(".png") else 0)
        attach.append((no, stem, pages))
    docs.proofs(p, names)
    docs.contact_docx(p, root / cfg["contact"])
    files[cfg["contact"]] = "联系人表"
    if cfg["form"].endswith(".docx"):
        docs.form_docx(p, root / cfg["form"])
    else:
        docs.form_xlsx(p, root / cfg["form"])
    files[cfg["form"]] = "申报表"
    docs.form_scan(p, root, cfg["scan"], seed + 101)
    files[cfg["scan"]] = "申报表扫描件"
    docs.shenbaoshu(p, root / cfg["book"], attach)
    files[cfg["book"]] = "申报书"
    docs.summary_xlsx(p, root / cfg["summary"], cfg["horizontal"])
    files[cfg["summary"]] = "汇总表"
    docs.commitment_scan(p, root, cfg["promise"], seed + 202)
    files[cfg["promise"]] = "承诺"
    on_disk = {str(x.relative_to(root)) for x in root.rglob("*") if x.is_file()}
    assert on_disk == set(files), on_disk ^ set(files)
    truth = PackageTruth(
        package_id=pid, description=DESCRIPTION[pid], path=f"eval_sets/blind/h81/packages/{pid}",
        delivery="folder",
        platform=PlatformRef(list_no=p.list_no, listed_name=p.listed_name, company=p.company, declared_name=p.listed_name,
                             participated_2023=p.part2023),
        layout=cfg["tags"], files=dict(sorted(files.items())), secrets=[p.s["password"]],
        summary_rows=[SummaryRow(label=lab, value=summary_value(p, lab), normalized=p.v[lab]) for lab in A4_LABELS],
        evidence_facts=[EvidenceFact(**f) for f in p.facts], problems=[])
    (truth_dir / f"{pid}.json").write_text(dump_truth(truth), encoding="utf-8")
    return len(p.facts)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", action="append")
    ap.add_argument("--out", type=Path, default=HERE, help="directory that receives packages/, truth/, drawn_text.json")
    args = ap.parse_args(argv)
    packages, truth_dir = args.out / "packages", args.out / "truth"
    packages.mkdir(parents=True, exist_ok=True)
    truth_dir.mkdir(parents=True, exist_ok=True)
    t0 = time.time()
    for pid in args.only or LAYOUT:
        n = build_one(pid, packages, truth_dir)
        print(f"{pid}: {n} facts  ({time.time() - t0:.1f}s)")
    drawn_path = args.out / "drawn_text.json"
    old = json.loads(drawn_path.read_text(encoding="utf-8")) if drawn_path.exists() and args.only else {}
    old.update({k: {str(pg): t for pg, t in sorted(v.items())} for k, v in DRAWN.items()})
    drawn_path.write_text(json.dumps(dict(sorted(old.items())), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
