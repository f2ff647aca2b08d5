"""Build the h94 blind set: four clean packages under packages/, their truth under truth/, drawn_text.json.

    cd /work/main && .venv/bin/python -m eval_sets.blind.h94.build [--only PID] [--out DIR]

Deterministic: fixed numpy seeds, reportlab invariant=1, fixed zip dates and core properties."""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import time
from pathlib import Path

from eval_sets.blind.h94.labels import LABELS
from eval_sets.blind.h94.pkgs import PACKAGES, build
from eval_sets.truth import EvidenceFact, PackageTruth, PlatformRef, SummaryRow, dump_truth

HERE = Path(__file__).resolve().parent
LISTED = {22: "面向钢铁行业的设备远程运维平台", 24: "欧贝平台", 28: "基于全球船舶实时船位的航运新基建--船视宝",
          33: "延锋工业互联网平台"}  # 附件6 names (line wraps joined)

LAYOUT = {
    "h94_zhuangbei_clean": ["naming:附件N", "evidence_dir:附件3 证明材料", "form:docx+stamped_scan", "colon_in_label_cell",
                            "book:headings-一、", "section7", "platform_part:专项说明(万元,scan)", "team:scan",
                            "devices:scan", "ip:scan-2pages", "screenshot:phone-png", "subscriptions:xlsx",
                            "awards:text-pdf", "summary:xlsx-handtyped", "commitment:scan", "no_overseas"],
    "h94_oubei_clean": ["naming:NN_flat", "evidence_dir:flat", "form:docx+stamped_scan", "colon_in_label_cell",
                        "book:headings-第N部分", "audit:scan(元,small firm)", "whole_business=platform", "loss_year",
                        "no_devices(0/无/不适用)", "patents:0", "awards:0", "screenshot:phone-png", "served:xlsx",
                        "team:roster-scan", "summary:xlsx-handtyped", "commitment:scan"],
    "h94_chuanshibao_clean": ["naming:申报材料+证明材料", "form:docx+stamped_scan", "colon_in_label_cell",
                              "book:headings-1.", "platform_part:专项说明(万元,scan)", "team:scan", "devices:scan",
                              "overseas:新加坡Singapore,希腊Greece", "ip:scan-2pages", "screenshot:phone-png x2",
                              "subscriptions:xlsx", "summary:xlsx-handtyped", "commitment:scan"],
    "h94_yanfeng_clean": ["naming:附件N-", "form:docx+stamped_scan", "colon_in_label_cell", "book:Heading-styles",
                          "audit:platform-only scan(元)", "devices:xlsx-export", "no_public_cloud(0/无)", "ip:scan",
                          "screenshot:phone-png", "smart_factory:scan", "summary:xlsx-handtyped", "commitment:scan"],
}

DESC = {
    "h94_zhuangbei_clean": "序号22 宝武装备 钢铁设备远程运维平台（2023参评=是，含第七章）。小规模：186台/套设备、38家服务企业。证据多为盖章扫描件"
                           "（财务部专项说明万元口径+团队统计、设备统计表、知识产权清单两页），手机看板截图，APP订阅台账XLSX；无海外设备（0/无）。完全一致的干净包。",
    "h94_oubei_clean": "序号24 欧冶工业品 欧贝平台（MRO供应链，未参评2023）。平台即公司全部业务（审计报告附注写明，公司数=平台数）；小所扫描审计报告（元）；"
                       "2023年亏损（利润总额（356,024.18）元→-35.60万元，利润率/投资回报率为负）；不连接设备（0、无、不适用）；专利0项、奖项0项。干净包。",
    "h94_chuanshibao_clean": "序号28 中远海运科技 船视宝（航运，未参评2023）。船载终端234台/套含海外88（新加坡Singapore、希腊Greece）；"
                             "扫描专项说明（万元）、终端统计、专利/软著两页清单；两张手机截图；申报书章节用“1.”编号。干净包。",
    "h94_yanfeng_clean": "序号33 延锋金桥 企业级平台（汽车内饰，未参评2023）。边缘侧+私有云，公有云相关指标全部为0/无；平台专项审计报告扫描（元）；"
                         "设备联网清单XLSX导出（92台/套逐条）；服务1家市级智能工厂（扫描说明）；申报书使用Word标题样式。干净包。",
}


def make_truth(pid: str, s: dict, rows: dict, files: dict, facts: list[dict]) -> str:
    t = PackageTruth(
        package_id=pid, description=DESC[pid], path=f"eval_sets/blind/h94/packages/{pid}", delivery="folder",
        platform=PlatformRef(list_no=s["list_no"], listed_name=LISTED[s["list_no"]], company=s["company"],
                             declared_name=s["platform"], participated_2023=s["participated"]),
        layout=LAYOUT[pid], files=dict(sorted(files.items())), secrets=[s["password"]],
        summary_rows=[SummaryRow(label=lab, value=rows[lab][0], normalized=rows[lab][1]) for lab in LABELS],
        evidence_facts=[EvidenceFact(**f) for f in facts], problems=[])
    return dump_truth(t)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", action="append")
    ap.add_argument("--out", type=Path, default=HERE, help="directory that receives packages/, truth/, drawn_text.json")
    args = ap.parse_args(argv)
    packages, truth_dir = args.out / "packages", args.out / "truth"
    packages.mkdir(parents=True, exist_ok=True)
    truth_dir.mkdir(parents=True, exist_ok=True)
    drawn_path = args.out / "drawn_text.json"
    drawn_all = json.loads(drawn_path.read_text(encoding="utf-8")) if drawn_path.exists() and args.only else {}
    t0 = time.time()
    for pid in args.only or PACKAGES:
        root = packages / pid
        if root.exists():
            shutil.rmtree(root)
        root.mkdir(parents=True)
        s, rows, files, facts, drawn, _heads, _form = build(pid, root)
        on_disk = {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()}
        assert on_disk == set(files), (pid, on_disk ^ set(files))
        (truth_dir / f"{pid}.json").write_text(make_truth(pid, s, rows, files, facts), encoding="utf-8")
        drawn_all[pid] = {f: {str(p): t for p, t in sorted(pages.items())} for f, pages in sorted(drawn.items())}
        print(f"{pid}: {len(files)} files, {len(facts)} facts  ({time.time() - t0:.1f}s)")
    drawn_path.write_text(json.dumps(dict(sorted(drawn_all.items())), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
