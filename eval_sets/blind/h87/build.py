"""Build the h87 blind set: four clean packages under packages/ and their truth under truth/.

    cd /work/main && .venv/bin/python -m eval_sets.blind.h87.build [--only PID] [--out DIR]

Deterministic: fixed seeds, reportlab invariant=1, fixed zip dates and core properties."""

from __future__ import annotations

import argparse
import importlib
import json
import random
import shutil
import sys
import time
from pathlib import Path

from eval_sets.blind.h87 import apply, render
from eval_sets.blind.h87.model import LABELS, LIMITS, derive, plain
from eval_sets.truth import EvidenceFact, PackageTruth, PlatformRef, SummaryRow, dump_truth

HERE = Path(__file__).resolve().parent
MODULES = {  # package id -> (module, seed)
    "h87_lianying_clean": ("pkg_lianying", 8706),
    "h87_aimuyi_clean": ("pkg_aimuyi", 8707),
    "h87_xipaiai_clean": ("pkg_xipaiai", 8711),
    "h87_hemudu_clean": ("pkg_hemudu", 8720),
}


def chars(text: str) -> int:
    return sum(1 for ch in text if not ch.isspace())


def summary_rows(s: dict, v: dict) -> list[SummaryRow]:
    rows = []
    for label in LABELS:
        if label in ("序号",):
            value, norm = str(s["list_no"]), s["list_no"]
        elif label in ("企业名称", "平台名称", "平台性质", "联系人姓名", "联系人手机号", "联系人电子邮箱", "评审会现场地址信息", "平台网址",
                       "建设时间", "平台建设方式", "平台运营模式", "部署方式"):
            value = apply.summary_value(label, v, s)
            norm = value
        elif label == "平台是否服务上海智能工厂，数量":
            value, norm = f"是，{v[label]}家", v[label]
        elif label == "数据分析平台均速度（每TB分级/秒级/毫秒级）":
            value, norm = s["speed"][1], s["speed"][0]
        elif label == "平台订单数量(近一年总量)（个）":
            n = v[label]
            value, norm = f"2023年自然年：{n['2023年自然年']}个；截至填表日前一年：{n['截至填表日前一年']}个", n
        else:
            norm = v[label]
            value = plain(label, norm)
        rows.append(SummaryRow(label=label, value=value, normalized=norm))
    return rows


def build_one(pid: str, out: Path) -> tuple[int, int]:
    name, seed = MODULES[pid]
    mod = importlib.import_module(f"eval_sets.blind.h87.{name}")
    rng = random.Random(seed)
    root = out / "packages" / pid
    if root.exists():
        shutil.rmtree(root)
    root.mkdir(parents=True)
    tmp = out / f".tmp_{pid}.pdf"
    s = mod.spec()
    v = derive(s)
    for key, limit in LIMITS.items():
        assert chars(s["txt"][key]) <= limit, (pid, key, chars(s["txt"][key]))
    for line in s["txt"]["是否符合国家/地方相关政策方向，是否符合行业/产业发展现状与趋势"].splitlines():
        assert chars(line) <= 50, (pid, line)
    N = mod.NAMES
    apply.write_contacts(root / N["contacts"], s)
    apply.write_form(root / N["form"], v, s)
    apply.form_scan(root / N["scan"], v, s, rng, tmp)
    apply.write_book(root / N["book"], s, mod.book(s, v))
    apply.write_summary(root / N["summary"], v, s)
    apply.commitment_scan(root / N["commit"], s, f"{pid}/{N['commit']}", rng, tmp)
    files = {N["contacts"]: "联系人表", N["form"]: "申报表", N["scan"]: "申报表扫描件", N["book"]: "申报书",
             N["summary"]: "汇总表", N["commit"]: "承诺"}
    ev_files, facts = mod.evidence(root, s, v, rng, tmp)
    files.update(ev_files)
    on_disk = {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()}
    assert on_disk == set(files), (pid, on_disk ^ set(files))
    truth = PackageTruth(
        package_id=pid, description=mod.__doc__.split("\n", 1)[1].strip().replace("\n", " "),
        path=f"eval_sets/blind/h87/packages/{pid}", delivery="folder",
        platform=PlatformRef(list_no=s["list_no"], listed_name=s["listed_name"], company=s["company"],
                             declared_name=s["declared_name"], participated_2023=s["participated"]),
        layout=mod.LAYOUT, files=dict(sorted(files.items())), secrets=[s["password"]],
        summary_rows=summary_rows(s, v), evidence_facts=[EvidenceFact(**f) for f in facts], problems=[])
    (out / "truth").mkdir(parents=True, exist_ok=True)
    (out / "truth" / f"{pid}.json").write_text(dump_truth(truth), encoding="utf-8")
    return len(facts), len(files)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", action="append")
    ap.add_argument("--out", type=Path, default=HERE, help="directory that receives packages/, truth/, drawn_text.json")
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    t0 = time.time()
    for pid in args.only or MODULES:
        n, nf = build_one(pid, args.out)
        print(f"{pid}: {nf} files, {n} facts  ({time.time() - t0:.1f}s)")
    path = args.out / "drawn_text.json"
    old = json.loads(path.read_text(encoding="utf-8")) if path.exists() and args.only else {}
    old.update({k: {str(p): t for p, t in sorted(d.items())} for k, d in render.DRAWN.items()})
    path.write_text(json.dumps(dict(sorted(old.items())), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
