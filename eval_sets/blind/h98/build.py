"""Build the h98 blind set ("the 申报书 carries the package"): four packages under packages/, truth under truth/.

    cd /work/main && .venv/bin/python -m eval_sets.blind.h98.build [--only PID] [--out DIR]

Deterministic: fixed seeds, reportlab invariant=1, fixed zip dates and core properties."""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import time
from pathlib import Path

from eval_sets.blind.h98 import book, docs
from eval_sets.blind.h98.labels import LABELS
from eval_sets.blind.h98.model import derive
from eval_sets.blind.h98.pkgs import SPECS
from eval_sets.truth import EvidenceFact, PackageTruth, PlatformRef, Problem, SummaryRow, dump_truth

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
EV = "附件3 证明材料"


def names(short: str) -> dict[str, str]:
    return {
        "contact": f"附件1 联系人信息反馈表（{short}）.docx",
        "form": f"附件2 申报表（{short}）.docx",
        "scan": f"附件2 申报表（{short}）盖章扫描件.pdf",
        "book": f"附件3 申报书（{short}）.pdf",
        "audit": f"{EV}/3-1 2023年度审计报告（含平台业务专项说明）.pdf",
        "devices": f"{EV}/3-2 平台接入设备统计表.xlsx",
        "shot": f"{EV}/3-3 平台运营驾驶舱截图.png",
        "ip": f"{EV}/3-4 知识产权清单.pdf",
        "summary": f"附件4 平台基本情况汇总表（{short}）.xlsx",
        "promise": f"附件5 真实性承诺（{short}）.pdf",
    }


SHORT = {"h98_xipai_clean": "西派埃", "h98_sijian_clean": "四建", "h98_ouye_problems": "欧冶云商",
         "h98_onepower_problems": "中移上海"}


def case_len(name: str) -> int:
    return len(name)


def problems_for(pid: str, s: dict, c: docs.Ctx, n: dict) -> list[Problem]:
    B, FORM = n["book"], n["form"]
    out: list[Problem] = []

    def add(family, fields, files, severity, description):
        out.append(Problem(id=f"{pid}-{len(out) + 1:02d}-{family}", family=family, fields=fields, files=files,
                           severity=severity, description=description))

    if pid == "h98_ouye_problems":
        add("platform_name", ["平台名称"], [B, FORM], "warning",
            f"申报书封面（第1页）及正文（第4页起）平台名称为“{s['book_name']}”，与申报表（及附件6序号16）中的“{s['name']}”不一致，"
            "且未注明原名称+现名称")
        add("narrative_vs_form", ["实际服务企业数（个）"], [B, FORM], "warning",
            f"申报书第{c.pages['wrong_table']}页“表2-2 平台关键运营数据（与申报表口径一致）”中实际服务企业数为24,160，"
            f"申报表填报 {s['served']}")
        add("section7", ["七、平台相较上年度对比情况", "工业APP数量（个）"], [B, FORM], "error",
            f"申报书第{c.pages['s7']}页第七章对比表“2024年（本次申报）”列工业APP数量为186，申报表填报 {s['apps']}")
        long = s["cases"][1]["name"]
        add("char_limit", ["案例名称", "五、平台应用案例"], [B], "warning",
            f"申报书第{c.pages['case2']}页案例2名称“{long}”共{case_len(long)}字，超过模板要求的30字以内")
    if pid == "h98_onepower_problems":
        add("narrative_vs_form", ["开发者注册总数（个）"], [B, FORM], "warning",
            f"申报书第{c.pages['wrong_devs']}页（三、平台应用成效）称“注册开发者已达26,480名”，申报表填报开发者注册总数 {s['devs']}"
            "（同一申报书表2-2中为18,420）")
        add("section7", ["七、平台相较上年度对比情况"], [B], "error",
            "申报书缺少“七、平台相较上年度对比情况”：该平台在附件6（序号21）中2023年度参评为“是”，第七章为必填章节")
        add("missing_section", ["二、平台建设及运营情况", "技术创新点总结"], [B], "error",
            "申报书第二章（第4–8页）缺少模板要求的最后一段（必写）“总结平台技术创新点 300 字以内”：第8页第二章末页只有一般性描述，"
            "第三章则有“应用创新点总结”")
        long = s["cases"][2]["name"]
        add("char_limit", ["案例名称", "五、平台应用案例"], [B], "warning",
            f"申报书第{c.pages['case3']}页案例3名称“{long}”共{case_len(long)}字，超过模板要求的30字以内")
    return out


def build_one(pid: str, packages: Path, truth_dir: Path, drawn: dict) -> tuple[int, int]:
    factory, seed = SPECS[pid]
    s = factory()
    target = packages / pid
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    s.setdefault("intro", f"{s['name']}由{s['company']}自主建设和运营，属于{s['nature']}，面向{s['industry_word']}等领域，"
                          f"提供{s['services']}等服务。平台具备设备接入、数据治理、模型管理、应用开发和运营服务等能力，"
                          "已形成覆盖长三角并辐射全国的服务网络，主要客户包括行业龙头企业及大量中小企业。")
    s.setdefault("effect", f"平台针对{s['industry_word']}企业设备分散、数据孤岛、运维成本高等痛点，提供一体化数字化服务，"
                           "帮助用户企业降低运维成本和能耗、提升生产效率，带动产业链上下游协同和数字化转型，取得了良好的经济和社会效益。")
    rows = derive(s)
    n = names(SHORT[pid])
    c = docs.Ctx(target, s, rows, seed)
    docs.write_contact_docx(c, n["contact"])
    docs.write_form_docx(c, n["form"])
    docs.write_form_scan(c, n["scan"])
    book.write_book(c, n["book"])
    docs.write_audit(c, n["audit"])
    docs.write_devices(c, n["devices"])
    docs.write_screenshot(c, n["shot"])
    docs.write_ip(c, n["ip"])
    docs.write_summary_xlsx(c, n["summary"])
    docs.write_commitment(c, n["promise"])
    for k, case in enumerate(s["cases"], 1):  # clean cases keep the 30字 limit
        planted = (pid == "h98_ouye_problems" and k == 2) or (pid == "h98_onepower_problems" and k == 3)
        assert (len(case["name"]) > 30) == planted, (pid, k, len(case["name"]))
    on_disk = {str(p.relative_to(target)) for p in target.rglob("*") if p.is_file()}
    assert on_disk == set(c.files), on_disk ^ set(c.files)
    problems = problems_for(pid, s, c, n)
    layout = ["naming:附件N（简称）", f"evidence_dir:{EV}", "form:docx+stamped_scan", "book:pdf-long",
              "summary:xlsx-vertical", "commitment:scan", "screenshot:png", "devices:xlsx", "audit:company+platform(万元)"]
    desc = {"h98_xipai_clean": "序号11 西派埃环境装备平台，干净包：长篇申报书在正文、表格、第七章、案例、对标、计划、集团介绍中多次复述数据，"
                               "平台自身数据与申报表一致（散文中约数），其他口径（上年度、客户、对标、计划、集团、其中上海/海外/公有云）各自注明。",
            "h98_sijian_clean": "序号12 上海建工四建BIM平台，干净包：同上主题；公司本级营收为数十亿级、集团为千亿级，均注明口径。",
            "h98_ouye_problems": "序号16 欧冶云商生态运营平台：申报书平台名称不一致、表2-2实际服务企业数与申报表不符、第七章2024列工业APP数不符、案例名称超30字。",
            "h98_onepower_problems": "序号21 中国移动OnePower：申报书第三章开发者数与申报表不符、缺第七章、第二章缺300字技术创新点总结、案例名称超30字。"}[pid]
    truth = PackageTruth(
        package_id=pid, description=desc, path=f"eval_sets/blind/h98/packages/{pid}", delivery="folder",
        platform=PlatformRef(list_no=s["list_no"], listed_name=s["listed_name"], company=s["company"],
                             declared_name=s["name"], participated_2023=s["participated"]),
        layout=layout, files=dict(sorted(c.files.items())), secrets=[s["password"]],
        summary_rows=[SummaryRow(label=lab, value=rows[lab][0], normalized=rows[lab][1]) for lab in LABELS],
        evidence_facts=[EvidenceFact(**f) for f in c.facts], problems=problems)
    (truth_dir / f"{pid}.json").write_text(dump_truth(truth), encoding="utf-8")
    drawn[pid] = dict(sorted(c.drawn.items()))
    return len(c.facts), len(problems)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", action="append")
    ap.add_argument("--out", type=Path, default=HERE, help="directory that receives packages/, truth/, drawn_text.json")
    args = ap.parse_args(argv)
    packages, truth_dir = args.out / "packages", args.out / "truth"
    packages.mkdir(parents=True, exist_ok=True)
    truth_dir.mkdir(parents=True, exist_ok=True)
    t0 = time.time()
    drawn_path = args.out / "drawn_text.json"
    drawn = json.loads(drawn_path.read_text(encoding="utf-8")) if drawn_path.exists() and args.only else {}
    for pid in args.only or SPECS:
        nf, np_ = build_one(pid, packages, truth_dir, drawn)
        print(f"{pid}: {nf} facts, {np_} problems  ({time.time() - t0:.1f}s)")
    drawn_path.write_text(json.dumps(dict(sorted(drawn.items())), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
