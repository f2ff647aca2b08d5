"""Build the h96 blind set ("group companies: whose figure is it?"): four packages under packages/, truth under truth/,
and drawn_text.json (text drawn into image-only pages and PNGs).

    cd /work/main && .venv/bin/python -m eval_sets.blind.h96.build [--only PID] [--out DIR]

Deterministic: fixed seeds, reportlab invariant=1, fixed DOCX/XLSX core properties and zip dates."""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import time
from pathlib import Path

from eval_sets.blind.h96 import pack
from eval_sets.blind.h96.labels import LABELS
from eval_sets.blind.h96.model import fmt
from eval_sets.blind.h96.specs import SPECS
from eval_sets.truth import EvidenceFact, PackageTruth, PlatformRef, Problem, SummaryRow, dump_truth

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
LISTED = {8: "船舶动力系统设备全生命周期运行维护平台", 6: "联影医疗工业互联网平台", 22: "面向钢铁行业的设备远程运维平台",
          25: "联擎5G全链接工厂平台"}

DESCRIPTIONS = {
    "h96_711_clean": "序号8 七一一研究所（中国船舶集团下属，合并范围含齐耀科技等子公司）船舶动力运维平台，干净包：审计报告合并/母公司两栏、"
                     "分部信息（工业互联网及数字化服务分部含子公司业务）、平台专项说明；集团年报摘录（扫描）含「集团服务客户超过3万家」；"
                     "集团在沪单位社保汇总证明；子公司出具的云资源证明；集团层面荣誉单列不计入；申报书含第七章。",
    "h96_lianying_clean": "序号6 联影医疗（上市公司及子公司）企业级平台，干净包：审计报告为扫描件（合并/母公司、维修服务及工业互联网分部、"
                          "平台专项说明），年报摘录「服务客户超过3万家」与地区分部，按参保单位分列的社保证明，子公司出具的云资源证明，"
                          "子公司获奖单列不计入；上市公司企业是否上市=是；无第七章（2023未参评）。",
    "h96_baowu_problems": "序号22 宝武装备（中国宝武下属）钢铁设备远程运维平台：平台营收填了集团年报中「设备远程运维（集团口径）」分部合计；"
                          "专利清单混入母公司中国宝武的5项专利；汇总表实际服务企业数与申报表不一致。",
    "h96_liantong_problems": "序号25 联通（上海）产业互联网有限公司 联擎5G全链接工厂平台：团队236人超过本公司社保参保214人（花名册38人在"
                             "联通上海分公司参保）；研发投入取自以本公司名义提交、实为联通上海分公司的专项审计报告；软著清单混入集团公司的6项；"
                             "汇总表工业APP数量与申报表不一致。",
}


def problems(s: dict, files: dict, v: dict, d: dict) -> list[Problem]:
    pid, plant = s["pid"], s.get("plant", {})
    form = next(n for n, r in files.items() if r == "申报表")
    summary = next(n for n, r in files.items() if r == "汇总表")
    audit = pack.EV + s["files"]["audit"]
    out: list[Problem] = []

    def add(family, fields, fls, desc, sev="error"):
        out.append(Problem(id=f"{pid}-{len(out) + 1:02d}-{family}", family=family, fields=fields, files=fls,
                           severity=sev, description=desc))

    if "revenue_segment" in plant:
        add("declared_vs_evidence", ["平台相关营业收入（万元）", "平台近三年经营指标情况"],
            [form, audit, pack.EV + s["files"]["group"]],
            f"申报表平台相关营业收入填 {plant['revenue_segment']:,.2f} 万元，等于集团年报摘录（3-2 第2页）分部信息中"
            f"「其中：设备远程运维（集团口径）」合计（该分部汇总宝武装备、宝信软件及集团内各基地的远程运维收入）；申报单位审计报告"
            f"第6页平台业务专项说明 2023年度平台相关营业收入为 {s['rev'][3]:,.2f} 万元。近三年经营指标2023年平台营收同样填为集团分部数。"
            "填报指引要求平台相关收益单列，而非整个公司（更非集团）的数据。")
    if "team_insured" in plant:
        unit, n_other, insured = plant["team_insured"]
        add("declared_vs_evidence", ["平台团队总人数（人）"],
            [form, pack.EV + "3-4 平台团队花名册.xlsx", pack.EV + s["files"]["insurance"]],
            f"申报表平台团队总人数 {d['平台团队总人数（人）']} 人，但申报单位社保参保缴费证明（3-5 第1页）参保人数仅 {insured} 人；"
            f"花名册（3-4 第2页）中 {n_other} 人的劳动合同与社保缴纳单位为{unit}（集团内另一单位），团队人数超过申报单位参保人数。")
    if "other_rd" in plant:
        unit, rd = plant["other_rd"]
        add("declared_vs_evidence", ["平台相关研发投入（万元）"],
            [form, pack.EV + s["files"]["other_rd"], audit],
            f"申报表平台相关研发投入 {rd:,.2f} 万元取自以申报单位名义命名的「{s['files']['other_rd']}」，但该报告第1页的被审计单位是"
            f"{unit}（集团内另一单位）；申报单位审计报告第6页平台专项说明 2023年度平台相关研发投入为 {s['rd']:,.2f} 万元。"
            "研发投入强度亦按错误的研发投入计算。")
    if "patent_parent" in plant:
        owner, titles = plant["patent_parent"]
        add("count_vs_list", ["平台核心软硬件技术获得的专利数量（项）"], [form, pack.EV + "3-3 知识产权清单（专利、软件著作权）.xlsx"],
            f"申报表专利数量 {d['平台核心软硬件技术获得的专利数量（项）']} 项等于专利清单合计行，但清单「权利人」列中 {len(titles)} 项的"
            f"权利人为{owner}（集团母公司），申报单位自有专利为 {s['patents']} 项（第3张表「按权利人统计」亦如此）。")
    if "soft_parent" in plant:
        owner, titles = plant["soft_parent"]
        add("count_vs_list", ["平台核心软硬件技术获得的软著数量（个）"], [form, pack.EV + "3-3 知识产权清单（专利、软件著作权）.xlsx"],
            f"申报表软著数量 {d['平台核心软硬件技术获得的软著数量（个）']} 个等于软件著作权清单合计行，但清单「著作权人」列中 {len(titles)} 项"
            f"属于{owner}（集团公司），申报单位自有软著为 {s['softs']} 项（第3张表「按权利人统计」亦如此）。")
    if "summary" in plant:
        lab, val = plant["summary"]
        add("summary_vs_form", [lab], [summary, form],
            f"附件4 汇总表「{lab}」填 {val}，申报表为 {fmt(lab, d[lab])}。")
    return out


def make_truth(s, v, d, files, facts) -> PackageTruth:
    rows = []
    for lab in LABELS:
        val = d[lab]
        rows.append(SummaryRow(label=lab, value=fmt(lab, val), normalized=val))
    return PackageTruth(
        package_id=s["pid"], description=DESCRIPTIONS[s["pid"]], path=f"eval_sets/blind/h96/packages/{s['pid']}",
        delivery="folder",
        platform=PlatformRef(list_no=s["list_no"], listed_name=LISTED[s["list_no"]], company=s["company"],
                             declared_name=s["platform"], participated_2023=s["part2023"]),
        layout=["group_company", "audit:合并+母公司", "audit:分部信息", "platform_part:专项说明(万元)",
                "audit:scan" if s["audit_scanned"] else "audit:text", "group_report:scan", "ip:xlsx(权利人)",
                "roster:xlsx", "insurance:scan", "devices:xlsx", "dashboard:png", "summary:xlsx-vertical",
                "commitment:scan", "stamped_scan"],
        files=dict(sorted(files.items())), secrets=[s["account"][1]], summary_rows=rows,
        evidence_facts=[EvidenceFact(**f) for f in facts], problems=problems(s, files, v, d))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", action="append")
    ap.add_argument("--out", type=Path, default=HERE, help="directory that receives packages/ and truth/")
    args = ap.parse_args(argv)
    packages, truth_dir = args.out / "packages", args.out / "truth"
    packages.mkdir(parents=True, exist_ok=True)
    truth_dir.mkdir(parents=True, exist_ok=True)
    t0 = time.time()
    for pid in args.only or SPECS:
        s = SPECS[pid]
        if (packages / pid).exists():
            shutil.rmtree(packages / pid)
        v, d, files, facts = pack.build(s, packages)
        on_disk = {str(p.relative_to(packages / pid)) for p in (packages / pid).rglob("*") if p.is_file()}
        assert on_disk == set(files), on_disk ^ set(files)
        t = make_truth(s, v, d, files, facts)
        (truth_dir / f"{pid}.json").write_text(dump_truth(t), encoding="utf-8")
        print(f"{pid}: {len(t.evidence_facts)} facts, {len(t.problems)} problems ({time.time() - t0:.1f}s)")
    drawn_path = args.out / "drawn_text.json"
    drawn = json.loads(drawn_path.read_text(encoding="utf-8")) if args.only and drawn_path.exists() else {}
    drawn.update({k: {str(p): txt for p, txt in sorted(v.items())} for k, v in pack.DRAWN.items()})
    drawn = dict(sorted(drawn.items()))
    (args.out / "drawn_text.json").write_text(json.dumps(drawn, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
