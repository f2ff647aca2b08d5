"""Build the h95 blind set: four clean packages under packages/ and their truth under truth/.

    cd /work/main && .venv/bin/python -m eval_sets.blind.h95.build [--only PID] [--out DIR]

Deterministic (fixed seeds, reportlab invariant=1, fixed zip dates and core properties)."""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import time
from pathlib import Path

from eval_sets.blind.h95 import docs
from eval_sets.blind.h95.assemble import make, write
from eval_sets.blind.h95.labels import LABELS
from eval_sets.truth import EvidenceFact, PackageTruth, PlatformRef, SummaryRow, dump_truth

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
PACKAGES = {
    "h95_sijian_clean": ("序号12 上海建工四建 BIM公共建筑平台（行业型，建筑业，2023参评）：审计报告公司报表+平台专项说明（万元）、专利与软著两张清单同一PDF跨页、"
                         "三列合计行设备统计表（分类/区域含海外/海外按国家）、申报书局部数字、订单两种口径（汇总表取截至填表日前一年）、运营驾驶舱PNG（上云设备/在线机台/入驻企业）、第七章。",
                         ["naming:附件N（简称）", "evidence_dir:附件3 证明材料", "form:docx", "stamped_scan", "audit_unit:元", "platform_part:专项说明(万元)",
                          "summary:xlsx-vertical", "commitment:scan", "screenshots:png", "orders:both(summary=trailing-year)"]),
    "h95_guowang_clean": ("序号13 国网上海电力工业互联网平台（区域型，电力，2023参评）：设备数按私有化格式填写、2.2.1边缘数据处理能力后附约100字私有化部署说明、"
                          "平台专项说明以元列示、申报书中上海（1,204家）与实际服务企业2,960、核心软件国产化率93%与整体81.50%、订单两种口径（汇总表取2023年自然年）、第七章。",
                          ["naming:NN_", "evidence_dir:03_证明材料", "form:docx", "stamped_scan", "audit_unit:元", "platform_part:专项说明(元)",
                           "summary:xlsx-vertical", "commitment:scan", "screenshots:png", "private_format", "private_note"]),
    "h95_yidong_clean": ("序号21 中国移动OnePower（综合型，多行业，2023参评）：平台性质只在平台基本情况介绍的文字中（“打造的综合型工业互联网平台”）、横向汇总表、"
                         "IaaS自建、企业已上市（母公司）、长清单（专利88项、软著120项跨多页）、大屏截图（在线机台/上云设备/入驻企业）、第七章。",
                         ["naming:申报文件/+证明材料/", "form:docx", "stamped_scan", "audit_unit:元", "platform_part:专项说明(万元)", "summary:xlsx-horizontal",
                          "commitment:scan", "screenshots:png", "nature:prose-only"]),
    "h95_hangfa_clean": ("序号32 中国航发商密网（特色专业型，航空/航天，2023未参评）：平台已更名（申报表写明原名称+现名称）、无第七章（正确）、平台专项说明以元列示、"
                         "不具备碳管理服务能力（否）、看板含干扰项“活跃终端”。",
                         ["naming:N.", "evidence_dir:3.证明材料", "form:docx", "stamped_scan", "audit_unit:元", "platform_part:专项说明(元)",
                          "summary:xlsx-vertical", "commitment:scan", "screenshots:png", "name_change"]),
}


def build_one(pid: str, packages: Path, truth_dir: Path) -> int:
    target = packages / pid
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    P = make(pid)
    facts = write(P, target)
    on_disk = {str(p.relative_to(target)) for p in target.rglob("*") if p.is_file()}
    assert on_disk == set(P.files), (pid, on_disk ^ set(P.files))
    desc, layout = PACKAGES[pid]
    truth = PackageTruth(
        package_id=pid, description=desc, path=f"eval_sets/blind/h95/packages/{pid}", delivery="folder",
        platform=PlatformRef(list_no=P.list_no, listed_name=P.listed_name, company=P.company_name, declared_name=P.declared_name,
                             participated_2023=P.participated),
        layout=layout, files=dict(sorted(P.files.items())), secrets=[P.password],
        summary_rows=[SummaryRow(label=l, value=P.truth_value[l], normalized=P.normalized[l]) for l in LABELS],
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
    for pid in args.only or PACKAGES:
        n = build_one(pid, packages, truth_dir)
        print(f"{pid}: {n} facts  ({time.time() - t0:.1f}s)")
    drawn_path = args.out / "drawn_text.json"
    old = json.loads(drawn_path.read_text(encoding="utf-8")) if drawn_path.exists() and args.only else {}
    old.update({k: {str(p): t for p, t in sorted(v.items())} for k, v in docs.DRAWN.items()})
    drawn_path.write_text(json.dumps(dict(sorted(old.items())), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
