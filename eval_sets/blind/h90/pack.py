"""Assemble one h90 package: file names, all documents, the truth JSON."""

from __future__ import annotations

import random
from pathlib import Path

from eval_sets.blind.h90 import docs, texts
from eval_sets.blind.h90.common import SUMMARY_LABELS
from eval_sets.blind.h90.model import derive
from eval_sets.truth import EvidenceFact, PackageTruth, PlatformRef, Problem, SummaryRow, dump_truth

REPO_REL = "eval_sets/blind/h90/packages"


def build(S: dict, packages: Path) -> tuple[str, int]:
    rng = random.Random(S["seed"])
    R = derive(S)
    S["texts"] = texts.form_texts(S)
    S["book"] = texts.book(S, R)
    root = packages / S["pid"]
    N = S["names"]  # role -> relative path
    proof_fin = f"{Path(N['fin']).stem} 第3页"
    S["proof"] = {
        "平台相关研发投入（万元）": proof_fin, "平台相关研发投入强度（%）": proof_fin, "平台相关营业收入（万元）": proof_fin,
        "平台利润率（%）": proof_fin, "投资回报率（%）": proof_fin,
        "连接的工业设备/产品/产线种类及数量（台/套）": f"{Path(N['dev']).stem} 第1-2页",
        "公有云工业设备连接数量（台/套）": f"{Path(N['dev']).stem} 第1页",
        "工业协议兼容适配数量（个）": f"{Path(N['dev']).stem} 第1页",
        "注册企业用户数（个）": f"{Path(N['ops']).stem}（用户统计）", "实际服务企业数（个）": f"{Path(N['ops']).stem}（用户统计）",
        "付费企业数（个）": f"{Path(N['ops']).stem}（用户统计）", "工业APP订阅总数量（个）": f"{Path(N['ops']).stem}（订阅与订单）",
        "存储容量（TB）": f"{Path(N['ops']).stem}（资源使用）",
        "平台核心软硬件技术获得的专利数量（项）": f"{Path(N['ip']).stem} 第1页",
        "平台核心软硬件技术获得的软著数量（个）": f"{Path(N['ip']).stem} 第2页",
        "平台获得省部级及以上奖项/荣誉数量（个）": f"{Path(N['ip']).stem} 第3页",
        "开发者注册总数（个）": Path(N["scr2"]).stem, "微服务数量（个）": Path(N["scr2"]).stem,
        "工业APP数量（个）": Path(N["scr1"]).stem,
        "平台团队总人数（人）": "无单独证明材料，为截至填表日人事系统统计数",
    }
    docs.write_contacts(root / N["contacts"], S)
    docs.write_form_docx(root / N["form"], S, R)
    docs.write_form_scan(root / N["scan"], S, R, rng)
    docs.write_book(root / N["book"], S, R)
    docs.write_summary_xlsx(root / N["summary"], S, R)
    docs.write_commitment(root / N["commit"], S, rng)
    facts = []
    facts += docs.write_finance(root / N["fin"], N["fin"], S, rng)
    facts += docs.write_devices(root / N["dev"], N["dev"], S)
    facts += docs.write_ip(root / N["ip"], N["ip"], S, rng)
    facts += docs.write_ops_xlsx(root / N["ops"], N["ops"], S)
    facts += docs.write_screens(root, (N["scr1"], N["scr2"]), S, rng)

    roles = {"contacts": "联系人表", "form": "申报表", "scan": "申报表扫描件", "book": "申报书", "summary": "汇总表",
             "commit": "承诺", "fin": "evidence:audit_report", "dev": "evidence:device_list", "ip": "evidence:patent_list",
             "ops": "evidence:other", "scr1": "evidence:screenshot", "scr2": "evidence:screenshot"}
    files = {N[k]: roles[k] for k in roles}
    on_disk = {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()}
    assert on_disk == set(files), on_disk ^ set(files)
    truth = PackageTruth(
        package_id=S["pid"], description=S["description"], path=f"{REPO_REL}/{S['pid']}", delivery="folder",
        platform=PlatformRef(list_no=S["list_no"], listed_name=S["listed_name"], company=S["company"],
                             declared_name=S["declared_name"], participated_2023=S["p2023"]),
        layout=S["layout"], files=dict(sorted(files.items())), secrets=[S["password"]],
        summary_rows=[SummaryRow(label=l, value=R[l][0], normalized=R[l][1])
                      for l in SUMMARY_LABELS],
        evidence_facts=[EvidenceFact(**f) for f in facts],
        problems=[Problem(id=f"{S['pid']}-{i + 1:02d}-{p['family']}", **p) for i, p in enumerate(S["problems"])],
    )
    (packages.parent / "truth").mkdir(exist_ok=True)
    return dump_truth(truth), len(facts)
