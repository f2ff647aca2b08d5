"""Build the h97 blind set: four clean packages under packages/ and their truth under truth/.

    cd /work/main && .venv/bin/python -m eval_sets.blind.h97.build [--only PID] [--out DIR]

Deterministic (fixed seeds, reportlab invariant=1, fixed zip dates and core properties)."""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import time
from pathlib import Path

from eval_sets.blind.h97 import forms
from eval_sets.blind.h97.docs import Pkg
from eval_sets.blind.h97.labels import SUMMARY_LABELS
from eval_sets.blind.h97.specs import SPECS
from eval_sets.truth import EvidenceFact, PackageTruth, PlatformRef, SummaryRow, dump_truth

HERE = Path(__file__).resolve().parent
REL = "eval_sets/blind/h97/packages"

LAYOUT = {
    "no_devices": ["naming:underscore", "evidence_dir:附件3_证明材料", "form:xlsx", "stamped_scan", "summary:xlsx-vertical",
                   "commitment:scan", "devices:none", "evidence:orders+contracts+subscriptions"],
    "private": ["naming:numbered", "evidence_dir:03 证明材料", "form:docx", "stamped_scan", "summary:xlsx-vertical",
                "commitment:scan", "private_format", "deploy:私有云+公有云"],
    "overseas": ["naming:paren", "evidence_dir:附件3 证明材料", "form:docx", "stamped_scan", "summary:xlsx-vertical",
                 "commitment:scan", "overseas_majority", "currencies:USD+EUR", "section7"],
    "large": ["naming:dirs 申报材料/证明材料", "form:docx", "stamped_scan", "summary:xlsx-vertical", "commitment:scan",
              "large:xlsx-exports", "prose:万", "section7"],
}
DESC = {
    "no_devices": "序号10 来伊份合作伙伴共创平台：无设备的软件/交易类平台，设备行全为0或无，证据以订单、合同台账与APP订阅导出为主；申报表为XLSX+盖章扫描件。干净包。",
    "private": "序号27 零碳绿色工厂综合数智化管理平台：私有云+公有云部署，所有要求私有化格式的字段均写作「总数XX，其中私有化部署涉及的相关数量XX」，2.2.1含私有化部署说明。干净包。",
    "overseas": "序号8 船舶动力系统设备全生命周期运行维护平台：设备与客户大部分在海外（按国家中文+英文），合同以美元、欧元计价并按年平均汇率折算；2023参评，含第七章。干净包。",
    "large": "序号22 面向钢铁行业的设备远程运维平台：8.64万台设备、3,412家服务企业，正文用万、表格精确，设备明细/服务企业/知识产权以XLSX导出；2023参评，含第七章。干净包。",
}


def build_pkg(spec: dict, packages: Path) -> tuple[Pkg, str]:
    target = packages / spec["pid"]
    if target.exists():
        shutil.rmtree(target)
    p = Pkg(spec, packages)
    shape = spec["shape"]
    p.audit()
    p.team()
    if shape == "no_devices":
        p.orders()
        p.subscriptions()
        p.enterprises(paid_here=False)
    elif shape == "overseas":
        p.devices()
        p.enterprises(paid_here=False)
        p.orders("海外及境内服务合同台账.xlsx")
        p.contracts_pdf()
        p.subscriptions()
    else:
        p.devices()
        p.enterprises(paid_here=True)
        p.subscriptions()
    p.ip_list()
    p.awards()
    p.dashboard()
    forms.check_limits(p)
    forms.contact_form(p)
    forms.form(p)
    forms.book(p)
    forms.summary(p)
    forms.promise(p)
    on_disk = {str(x.relative_to(target)) for x in target.rglob("*") if x.is_file()}
    assert on_disk == set(p.files), on_disk ^ set(p.files)
    b = spec["basic"]
    rows = [SummaryRow(label=l, value=str(p.d.summary_value(l)), normalized=p.d.normalized(l)) for l in SUMMARY_LABELS]
    truth = PackageTruth(
        package_id=spec["pid"], description=DESC[shape], path=f"{REL}/{spec['pid']}", delivery="folder",
        platform=PlatformRef(list_no=b["序号"], listed_name=b["平台名称"], company=b["企业名称"], declared_name=b["平台名称"],
                             participated_2023=spec["participated"]),
        layout=LAYOUT[shape], files=dict(sorted(p.files.items())), secrets=[spec["account"][1]], summary_rows=rows,
        evidence_facts=[EvidenceFact(**f) for f in p.facts], problems=[])
    return p, dump_truth(truth)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", action="append")
    ap.add_argument("--out", type=Path, default=HERE, help="directory that receives packages/, truth/ and drawn_text.json")
    args = ap.parse_args(argv)
    packages, truth_dir = args.out / "packages", args.out / "truth"
    packages.mkdir(parents=True, exist_ok=True)
    truth_dir.mkdir(parents=True, exist_ok=True)
    drawn_path = args.out / "drawn_text.json"
    drawn = json.loads(drawn_path.read_text(encoding="utf-8")) if drawn_path.exists() and args.only else {}
    t0 = time.time()
    for spec in SPECS:
        if args.only and spec["pid"] not in args.only:
            continue
        p, text = build_pkg(spec, packages)
        (truth_dir / f"{spec['pid']}.json").write_text(text, encoding="utf-8")
        for rel, pages in p.drawn.items():
            drawn[f"{spec['pid']}/{rel}"] = dict(sorted(pages.items()))
        print(f"{spec['pid']}: {len(p.files)} files, {len(p.facts)} facts  ({time.time() - t0:.1f}s)")
    drawn_path.write_text(json.dumps(dict(sorted(drawn.items())), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
