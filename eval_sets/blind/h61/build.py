"""Blind set h61 — certificates, qualifications and security proofs.

python eval_sets/blind/h61/build.py [OUT_DIR]   (default: this folder; writes packages/ and truth/)
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[2]))

from common import rows_of  # noqa: E402
from eval_sets.truth import PackageTruth, dump_truth  # noqa: E402
from specs import SPECS  # noqa: E402


def main(out: Path) -> None:
    pk = out / "packages"
    tr = out / "truth"
    scratch = out / ".scratch"
    for d in (pk, tr, scratch):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir(parents=True)
    for spec in SPECS:
        pkg_id, meta, builder = spec()
        root = pk / pkg_id
        root.mkdir(parents=True)
        sc = scratch / pkg_id
        sc.mkdir(parents=True)
        pkg, files, facts, problems, layout = builder(root, sc)
        truth = PackageTruth(
            package_id=pkg_id, description=meta["description"],
            path=f"eval_sets/blind/h61/packages/{pkg_id}", delivery="folder",
            platform=dict(list_no=pkg.p["list_no"], listed_name=pkg.p["listed_name"], company=pkg.p["company"],
                          declared_name=pkg.declared_name, participated_2023=pkg.p["participated"]),
            layout=layout, files=dict(sorted(files.items())), secrets=[pkg.p["password"]],
            summary_rows=rows_of(pkg), evidence_facts=facts, problems=problems)
        (tr / f"{pkg_id}.json").write_text(dump_truth(truth), encoding="utf-8")
        print(pkg_id, len(files), "files", len(facts), "facts", len(problems), "problems")
    shutil.rmtree(scratch)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
