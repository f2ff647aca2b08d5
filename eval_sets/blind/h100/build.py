"""Build the h100 blind set: four clean packages under packages/ and their truth under truth/.

    cd /work/main && .venv/bin/python -m eval_sets.blind.h100.build [--only PID] [--out DIR]

Deterministic (fixed seeds, reportlab invariant=1, fixed zip dates and core properties)."""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import time
from pathlib import Path

from eval_sets.blind.h100 import docs
from eval_sets.blind.h100.kit import DRAWN
from eval_sets.blind.h100.labels import SUMMARY_LABELS
from eval_sets.blind.h100.model import SPECS, derive
from eval_sets.truth import EvidenceFact, PackageTruth, PlatformRef, SummaryRow, dump_truth

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
EV = docs.EV
DESCRIPTIONS = {
    "h100_guowang_power": "序号13 国网上海电力工业互联网平台（行业型，电力），2023参评，干净包：DOCX申报表+盖章扫描件，后台导出XLSX八个工作表"
                          "（在线/离线/停用、上架/下架/审核中、注册/认证/付费/流失），控制台PNG截图（标签页、分页、监控、图表），云账单PDF，"
                          "API网关CSV，扫描知识产权清单，审计报告（公司元口径+平台专项说明万元），第七章。",
    "h100_ouyeel_trade": "序号16 欧冶云商生态运营平台（综合型，钢铁流通），2023参评，干净包：申报表为XLSX（两个工作表）+盖章扫描件，"
                         "IaaS自建，已获VC/PE投资，后台导出、控制台截图、云账单、API网关CSV、扫描知识产权清单（多页软著），第七章。",
    "h100_lianying_medical": "序号6 联影医疗工业互联网平台（企业级，医疗装备），2023未参评（无第七章为正确），干净包：区域分布含海外国家"
                             "（美国/德国/印度），海外设备合计行，私有云+混合云部署，IaaS租用并写明服务商。",
    "h100_cpe_env": "序号11 数字化环境装备服务工业互联网平台（专业型，环境装备/水务），2023参评，干净包：联合运营，边缘侧+公有云，"
                    "设备二级分类含“其他”，不融合标识解析（否），第七章。",
}
LAYOUT = {
    "h100_guowang_power": ["naming:paren", "evidence_dir:附件3 证明材料", "form:docx", "summary:xlsx-vertical", "commitment:scan",
                           "stamped_scan", "backoffice_export:xlsx-8-sheets", "screenshot:png", "bill:pdf", "api:csv", "ip:scan", "section7"],
    "h100_ouyeel_trade": ["naming:paren", "evidence_dir:附件3 证明材料", "form:xlsx", "summary:xlsx-vertical", "commitment:scan",
                          "stamped_scan", "backoffice_export:xlsx-8-sheets", "screenshot:png", "bill:pdf", "api:csv", "ip:scan", "section7"],
    "h100_lianying_medical": ["naming:paren", "evidence_dir:附件3 证明材料", "form:docx", "summary:xlsx-vertical", "commitment:scan",
                              "stamped_scan", "backoffice_export:xlsx-8-sheets", "screenshot:png", "bill:pdf", "api:csv", "ip:scan",
                              "overseas"],
    "h100_cpe_env": ["naming:paren", "evidence_dir:附件3 证明材料", "form:docx", "summary:xlsx-vertical", "commitment:scan",
                     "stamped_scan", "backoffice_export:xlsx-8-sheets", "screenshot:png", "bill:pdf", "api:csv", "ip:scan", "section7"],
}


def build_one(pid: str, packages: Path, truth_dir: Path) -> int:
    s = derive(SPECS[pid])
    rng = random.Random(s["seed"])
    root = packages / pid
    if root.exists():
        shutil.rmtree(root)
    (root / EV).mkdir(parents=True)
    sh = s["short"]
    form_ext = "xlsx" if pid == "h100_ouyeel_trade" else "docx"
    files = {
        f"附件1 联系人信息反馈表（{sh}）.docx": "联系人表",
        f"附件2 申报表（{sh}）.{form_ext}": "申报表",
        f"附件2 申报表（{sh}）盖章扫描件.pdf": "申报表扫描件",
        f"附件3 申报书（{sh}）.docx": "申报书",
        f"{EV}/3-1 2023年度审计报告（含平台业务专项说明）.pdf": "evidence:audit_report",
        f"{EV}/3-2 平台后台数据导出（设备、应用、企业）.xlsx": "evidence:device_list",
        f"{EV}/3-3 开发者中心控制台截图.png": "evidence:screenshot",
        f"{EV}/3-4 云资源账单及存储监控.pdf": "evidence:other",
        f"{EV}/3-5 API网关调用统计（2024年6月）.csv": "evidence:other",
        f"{EV}/3-6 知识产权清单（扫描件）.pdf": "evidence:patent_list",
        f"附件4 平台基本情况汇总表（{sh}）.xlsx": "汇总表",
        f"附件5 真实性承诺（盖章）.pdf": "承诺",
    }
    names = list(files)
    docs.write_contact(s, root / names[0])
    if form_ext == "xlsx":
        docs.write_form_xlsx(s, root / names[1])
    else:
        docs.write_form_docx(s, root / names[1])
    docs.write_form_scan(s, root / names[2], pid, names[2], rng)
    docs.write_book(s, root / names[3])
    facts = docs.write_audit(s, root / names[4], names[4])
    facts += docs.write_export(s, root / names[5], names[5], rng)
    facts += docs.write_console(s, root / names[6], pid, names[6], rng)
    facts += docs.write_bill(s, root / names[7], names[7], rng)
    docs.write_api_csv(s, root / names[8], rng)
    facts += docs.write_ip_scan(s, root / names[9], pid, names[9], rng)
    docs.write_summary(s, root / names[10])
    docs.write_commitment(s, root / names[11], pid, names[11], rng)
    on_disk = {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()}
    assert on_disk == set(files), on_disk ^ set(files)
    truth = PackageTruth(
        package_id=pid, description=DESCRIPTIONS[pid], path=f"eval_sets/blind/h100/packages/{pid}", delivery="folder",
        platform=PlatformRef(list_no=s["list_no"], listed_name=s["listed_name"], company=s["company"],
                             declared_name=s["listed_name"], participated_2023=s["participated"]),
        layout=LAYOUT[pid], files=files, secrets=[s["password"]],
        summary_rows=[SummaryRow(label=k, value=s["rows"][k][0], normalized=s["rows"][k][1]) for k in SUMMARY_LABELS],
        evidence_facts=[EvidenceFact(**f) for f in facts], problems=[])
    (truth_dir / f"{pid}.json").write_text(dump_truth(truth), encoding="utf-8")
    return len(facts)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", action="append")
    ap.add_argument("--out", type=Path, default=HERE, help="directory that receives packages/, truth/ and drawn_text.json")
    args = ap.parse_args(argv)
    packages, truth_dir = args.out / "packages", args.out / "truth"
    packages.mkdir(parents=True, exist_ok=True)
    truth_dir.mkdir(parents=True, exist_ok=True)
    t0 = time.time()
    for pid in args.only or SPECS:
        n = build_one(pid, packages, truth_dir)
        print(f"{pid}: {n} facts  ({time.time() - t0:.1f}s)")
    drawn_path = args.out / "drawn_text.json"
    old = json.loads(drawn_path.read_text(encoding="utf-8")) if drawn_path.exists() and args.only else {}
    old.update({k: {str(p): t for p, t in sorted(v.items())} for k, v in DRAWN.items()})
    drawn_path.write_text(json.dumps(dict(sorted(old.items())), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
