"""Build blind set h75 ("the careful applicant"): four packages and their truth.

    .venv/bin/python eval_sets/blind/h75/build.py [--out DIR] [--truth DIR]

Packages go to eval_sets/blind/h75/packages/ (git-ignored) unless --out; truth JSON to
eval_sets/blind/h75/truth/ unless --truth. Truth paths always name eval_sets/blind/h75/packages/<id>.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
for _p in (str(HERE), str(REPO)):
    if _p not in sys.path:
        sys.path.insert(0, _p)

import docs  # noqa: E402
import fmt  # noqa: E402
import pkg_cosco  # noqa: E402
import pkg_huaxing  # noqa: E402
import pkg_huayi  # noqa: E402
import pkg_zhijing  # noqa: E402
from common import FIXED_DATE, pdf_page_count  # noqa: E402
from eval_sets.truth import PackageTruth, dump_truth  # noqa: E402

MODULES = (pkg_huaxing, pkg_zhijing, pkg_huayi, pkg_cosco)
REL_PACKAGES = "eval_sets/blind/h75/packages"


def packages():
    return [m.make() for m in MODULES]


def _pages(kind: str, data: bytes) -> int:
    if kind in ("pdf", "scan", "imgpdf"):
        return pdf_page_count(data)
    if kind == "xlsx":
        import io

        from openpyxl import load_workbook
        return len(load_workbook(io.BytesIO(data)).sheetnames)
    return 1


def render_all(p) -> dict[str, bytes]:
    """Render every file of package p (in dependency order); fills p.facts and doc page counts."""
    p.docs = docs.plan(p)
    p.facts = []
    out: dict[str, bytes] = {}
    out["audit"] = docs.render_audit(p)
    out["devices"] = docs.render_devices(p)
    for key in ("shot1", "shot2", "shots"):
        if key in p.docs:
            out[key] = docs.render_shots(p, key)
    out["ip"] = docs.render_ip(p)
    out["awards"] = docs.render_awards(p)
    out["ops"] = docs.render_ops(p)
    if "team" in p.docs:
        out["team"] = docs.render_team(p)
    for key, data in out.items():
        p.docs[key].pages = _pages(p.docs[key].kind, data)
    out["book"] = docs.render_book(p)
    out["form"] = docs.render_form_xlsx(p) if p.docs["form"].kind == "xlsx" else docs.render_form_docx(p)
    out["form_scan"] = docs.render_form_scan(p)
    out["summary"] = docs.render_summary(p, fmt.summary_truth(p))
    out["contact"] = docs.render_contact(p)
    out["promise"] = docs.render_promise(p)
    for key, data in out.items():
        p.docs[key].pages = _pages(p.docs[key].kind, data)
    return out


def truth_of(p) -> PackageTruth:
    path = f"{REL_PACKAGES}/{p.pid}" + (".zip" if p.delivery == "zip" else "")
    rel = {k: d.rel for k, d in p.docs.items()}
    fill = {}
    for f in p.facts:
        if f["label"] == "平台相关研发投入（万元）" and f["file"] == rel["audit"]:
            fill["rd_yuan"] = f["value"]
        if f["label"] == "平台相关营业收入（万元）" and f["file"] == rel["audit"]:
            fill["rev_yuan"] = f["value"]
    problems = []
    for pr in p.problems:
        problems.append(dict(id=f"{p.pid}-{pr['n']:02d}-{pr['family']}", family=pr["family"], fields=pr["fields"],
                             files=[rel[k] for k in pr["files"]], severity=pr["severity"],
                             description=pr["description"].format(**fill)))
    return PackageTruth.model_validate(dict(
        package_id=p.pid, description=p.description, path=path, delivery=p.delivery,
        platform=dict(list_no=p.list_no, listed_name=p.listed_name, company=p.company, declared_name=p.declared_name,
                      participated_2023=p.participated_2023),
        layout=p.layout, files={d.rel: d.role for d in p.docs.values()}, secrets=p.secrets,
        summary_rows=fmt.summary_truth(p), evidence_facts=p.facts, problems=problems))


def write_package(p, out: dict[str, bytes], root: Path) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    if p.delivery == "zip":
        target = root / f"{p.pid}.zip"
        if target.exists():
            target.unlink()
        names = sorted(p.docs[k].rel for k in out)
        dirs = sorted({str(Path(n).parent) for n in names} | {p.zip_root})
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as z:
            for d in dirs:
                zi = zipfile.ZipInfo(d.rstrip("/") + "/", date_time=FIXED_DATE)
                zi.external_attr = (0o40755 << 16) | 0x10
                z.writestr(zi, b"")
            by_rel = {p.docs[k].rel: data for k, data in out.items()}
            for n in names:
                zi = zipfile.ZipInfo(n, date_time=FIXED_DATE)
                zi.compress_type = zipfile.ZIP_DEFLATED
                zi.external_attr = 0o644 << 16
                z.writestr(zi, by_rel[n])
        return target
    target = root / p.pid
    if target.exists():
        shutil.rmtree(target)
    for k, data in out.items():
        f = target / p.docs[k].rel
        f.parent.mkdir(parents=True, exist_ok=True)
        f.write_bytes(data)
    return target


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=HERE / "packages", help="where the packages go")
    ap.add_argument("--truth", type=Path, default=HERE / "truth", help="where the truth JSON goes")
    args = ap.parse_args(argv)
    args.truth.mkdir(parents=True, exist_ok=True)
    total_f = total_p = 0
    for p in packages():
        out = render_all(p)
        target = write_package(p, out, args.out)
        truth = truth_of(p)
        (args.truth / f"{p.pid}.json").write_text(dump_truth(truth), encoding="utf-8")
        total_f += len(truth.evidence_facts)
        total_p += len(truth.problems)
        print(f"{p.pid}: {len(truth.files)} files, {len(truth.evidence_facts)} facts, {len(truth.problems)} problems"
              f" -> {target}")
    print(f"total: {total_f} facts, {total_p} problems")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
