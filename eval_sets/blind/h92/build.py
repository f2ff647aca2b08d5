"""Build the h92 blind set ("the same figure at several scopes and periods"): four packages under packages/, their
truth under truth/, and drawn_text.json (text drawn into image-only pages and PNGs).

    cd /work/main && .venv/bin/python -m eval_sets.blind.h92.build [--out DIR]

Deterministic: fixed seeds, reportlab invariant=1, fixed DOCX/XLSX zip dates and core properties."""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import time
from pathlib import Path

from eval_sets.blind.h92.docs import Pkg
from eval_sets.blind.h92.labels import LABELS
from eval_sets.blind.h92.specs import SPECS
from eval_sets.truth import EvidenceFact, PackageTruth, PlatformRef, Problem, SummaryRow, dump_truth

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]

DESCRIPTIONS = {
    "h92_aimuyi_problems": "序号7爱姆意供应链协同智能交易平台，4个问题：平台营收填了集团合并口径（12,680.00万元，超过申报主体母公司全年营业收入10,920.36万元；"
                           "申报主体口径8,412.50万元）、订单数量2023年自然年填了自上线累计值、汇总表连接设备数填了当前在线数、存储资源利用率与其输入不符。",
    "h92_hangfa_problems": "序号32中国航发商密网平台（未参评2023，无第七章），4个问题：2023年平台营收填了专项说明的2022年度列、研发投入强度按公司合并营收计算、"
                           "汇总表订阅总金额填了2023年度值、平台团队人数（及运维/运营/有职称人数）填了集团口径（586人，申报主体平台团队214人）。",
    "h92_xipaiai_clean": "序号11西派埃数字化环境装备服务平台，干净包：审计报告合并/母公司/平台三种口径同页、运营导出中累计/在线/日均/峰值、全部/上海/2023年新增、"
                         "2022/2023/截至填表日前一年/累计并列，集团与申报主体专利并列，第七章两期对比。",
    "h92_hemudu_clean": "序号20河姆渡电商平台，干净包：审计报告为扫描件（合并/母公司/平台专项说明），运营导出多口径多期间并列，横向汇总表，第七章两期对比。",
}


def problems(p: Pkg) -> list[Problem]:
    S = p.S
    pid = S["pid"]
    out = []

    def add(family, fields, files, severity, description):
        out.append(Problem(id=f"{pid}-{len(out) + 1:02d}-{family}", family=family, fields=fields, files=files,
                           severity=severity, description=description))

    if pid == "h92_aimuyi_problems":
        add("declared_vs_evidence", ["平台相关营业收入（万元）", "平台近三年经营指标情况"], [p.f_form, p.f_audit], "error",
            "申报表填报2023年平台相关营业收入12,680.00万元（平台近三年经营指标情况中的2023年同），是审计报告第4页附表的“集团合并口径”"
            "（含两家非申报主体子公司4,267.50万元）；申报主体口径为8,412.50万元，且12,680.00万元超过申报主体（母公司）2023年全年营业收入"
            "109,203,600.00元（10,920.36万元，审计报告第3页）。")
        add("declared_vs_evidence", ["平台订单数量(近一年总量)（个）"], [p.f_form, p.f_ops], "error",
            "平台订单数量“2023年自然年”填报86,420个，是运营数据导出“订单与订阅”表的“自上线累计”列；该表2023年列为21,380个"
            "（填报指引：近一年总量）。")
        add("summary_vs_form", ["连接的工业设备/产品/产线种类及数量（台/套）"], [p.f_summary, p.f_form], "error",
            "附件4汇总表“连接的工业设备/产品/产线种类及数量（台/套）”填写18652（运营导出/驾驶舱中的“当前在线”数），申报表填报26318（累计接入）。")
        add("formula", ["存储资源利用率（%）", "存储工业数据量（TB）", "存储容量（TB）"], [p.f_form], "error",
            "存储资源利用率填报52.80%，按填报指引公式 486.30 ÷ 1200.00 × 100% 应为 40.53%。")
    elif pid == "h92_hangfa_problems":
        add("declared_vs_evidence", ["平台相关营业收入（万元）", "平台近三年经营指标情况"], [p.f_form, p.f_audit], "error",
            "申报表填报2023年平台相关营业收入5,862.17万元（近三年经营指标中2023年同为5,862.17万元、增长率0.00%），等于审计报告第4页"
            "专项说明的2022年度列；2023年度列为6,935.42万元。")
        add("formula", ["平台相关研发投入强度（%）", "平台相关研发投入（万元）", "平台相关营业收入（万元）"], [p.f_form], "error",
            "平台相关研发投入强度填报0.86%（= 1,248.60 ÷ 公司合并营业收入145,186.00万元），按填报指引公式以申报表平台相关营业收入计算"
            "1,248.60 ÷ 5,862.17 × 100% = 21.30%。")
        add("summary_vs_form", ["工业APP订阅总金额（万元）"], [p.f_summary, p.f_form], "error",
            "附件4汇总表“工业APP订阅总金额（万元）”填写968.40（运营导出中的2023年度金额），申报表填报2846.30（自上线累计，填报指引口径）。")
        add("declared_vs_evidence", ["平台团队总人数（人）", "运维人数（人）", "运营人数（人）", "有相关技术职称/从业资格的人数（人）"],
            [p.f_form, p.f_team], "error",
            "平台团队总人数填报586人（运维262、运营324、有职称/资格451），是人员情况说明中“集团平台相关人员（含子公司）”口径；"
            "申报主体平台团队为214人（运维96、运营118、有职称/资格173）。")
    return out


def make_truth(p: Pkg) -> PackageTruth:
    S = p.S
    return PackageTruth(
        package_id=S["pid"], description=DESCRIPTIONS[S["pid"]],
        path=f"eval_sets/blind/h92/packages/{S['pid']}", delivery="folder",
        platform=PlatformRef(list_no=S["no"], listed_name=S["listed_name"], company=S["company"], declared_name=S["name"],
                             participated_2023=S["participated"]),
        layout=S["layout"], files=dict(sorted(p.files.items())), secrets=[S["phone"]],
        summary_rows=[SummaryRow(label=label, value=p.decl[label][0], normalized=p.decl[label][1]) for label, _ in LABELS],
        evidence_facts=[EvidenceFact(**f) for f in p.facts],
        problems=problems(p))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=HERE, help="directory that receives packages/, truth/ and drawn_text.json")
    args = ap.parse_args(argv)
    packages, truth_dir = args.out / "packages", args.out / "truth"
    packages.mkdir(parents=True, exist_ok=True)
    truth_dir.mkdir(parents=True, exist_ok=True)
    drawn = {}
    t0 = time.time()
    for S in SPECS:
        target = packages / S["pid"]
        if target.exists():
            shutil.rmtree(target)
        target.mkdir(parents=True)
        p = Pkg(S, target).build()
        on_disk = {str(x.relative_to(target)) for x in target.rglob("*") if x.is_file()}
        assert on_disk == set(p.files), on_disk ^ set(p.files)
        (truth_dir / f"{S['pid']}.json").write_text(dump_truth(make_truth(p)), encoding="utf-8")
        drawn[S["pid"]] = {f: {str(k): v for k, v in pages.items()} for f, pages in sorted(p.drawn.items())}
        print(f"{S['pid']}: {len(p.facts)} facts, {len(problems(p))} problems ({time.time() - t0:.1f}s)")
    (args.out / "drawn_text.json").write_text(json.dumps(drawn, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
                                              encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
