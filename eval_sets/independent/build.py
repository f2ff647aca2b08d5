"""Build the independent labelled packages and their truth files.

    python -m eval_sets.independent.build            # (re)write packages/ and truth/
    python -m eval_sets.independent.build --check    # rebuild in a temp dir, compare byte for byte
    python -m eval_sets.independent.build --only ind01_dianke_clean
"""

from __future__ import annotations

import argparse
import importlib
import shutil
import sys
import tempfile
from pathlib import Path

from eval_sets.truth import PackageTruth, dump_truth

from . import PACKAGES
from .kit import Built
from .model import summary_rows
from .office import make_zip

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
REL = HERE.relative_to(REPO).as_posix()


def outputs(built: Built, p) -> dict[str, bytes]:
    """Relative paths (under eval_sets/independent/) -> bytes, for one package and its truth."""
    out: dict[str, bytes] = {}
    pid = built.pid
    if built.delivery == "zip":
        members = {f"{built.zip_root}/{k}" if built.zip_root else k: v for k, v in built.files.items()}
        out[f"packages/{pid}.zip"] = make_zip(members)
        prefix = f"{built.zip_root}/" if built.zip_root else ""
        pkg_path = f"{REL}/packages/{pid}.zip"
    else:
        for rel, data in built.files.items():
            out[f"packages/{pid}/{rel}"] = data
        prefix = ""
        pkg_path = f"{REL}/packages/{pid}"
    listed_name, company, part = p.listed
    files = {prefix + k: role for k, role in built.roles.items()}

    def resolve(name: str) -> str:
        return prefix + built.keys.get(name, name)

    problems = []
    for i, pr in enumerate(p.problems, start=1):
        problems.append({"id": f"{pid}-{i:02d}-{pr.slug}", "family": pr.family, "fields": pr.fields,
                         "files": [resolve(f) for f in pr.files], "severity": pr.severity,
                         "description": pr.description})
    truth = {
        "schema_version": 1,
        "package_id": pid,
        "description": built.description,
        "path": pkg_path,
        "delivery": built.delivery,
        "platform": {"list_no": p.list_no, "listed_name": listed_name, "company": company,
                     "declared_name": p.declared_name, "participated_2023": part},
        "layout": built.layout,
        "files": dict(sorted(files.items())),
        "secrets": built.secrets,
        "summary_rows": summary_rows(p),
        "evidence_facts": [
            {**f.__dict__, "file": prefix + f.file} for f in built.facts
        ],
        "problems": problems,
    }
    model = PackageTruth.model_validate(truth)
    out[f"truth/{pid}.json"] = dump_truth(model).encode("utf-8")
    return out


def build_all(only: list[str] | None = None) -> dict[str, bytes]:
    out: dict[str, bytes] = {}
    for module in PACKAGES:
        if only and not any(o in module for o in only):
            continue
        mod = importlib.import_module(f"eval_sets.independent.specs.{module}")
        built, p = mod.build()
        out.update(outputs(built, p))
        print(f"built {built.pid}: {len(built.files)} files, {len(built.facts)} facts, {len(p.problems)} problems",
              file=sys.stderr)
    return out


def write(tree: dict[str, bytes], root: Path, pids: list[str] | None = None) -> None:
    for sub in ("packages", "truth"):
        base = root / sub
        if base.exists():
            for child in base.iterdir():
                stem = child.name.removesuffix(".zip").removesuffix(".json")
                if pids is None or stem in pids:
                    if child.is_dir():
                        shutil.rmtree(child)
                    else:
                        child.unlink()
    for rel, data in tree.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)


def tree_of(root: Path) -> dict[str, bytes]:
    out = {}
    for sub in ("packages", "truth"):
        base = root / sub
        if base.exists():
            for path in sorted(base.rglob("*")):
                if path.is_file():
                    out[path.relative_to(root).as_posix()] = path.read_bytes()
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m eval_sets.independent.build")
    ap.add_argument("--check", action="store_true", help="rebuild in a temp dir and compare byte for byte")
    ap.add_argument("--only", nargs="*", help="package ids (substring match) to build")
    args = ap.parse_args(argv)
    tree = build_all(args.only)
    if args.check:
        with tempfile.TemporaryDirectory() as tmp:
            write(tree, Path(tmp))
            fresh = tree_of(Path(tmp))
        current = tree_of(HERE)
        if args.only:
            current = {k: v for k, v in current.items() if any(o in k for o in args.only)}
        diff = sorted(set(fresh) ^ set(current)) + sorted(k for k in set(fresh) & set(current) if fresh[k] != current[k])
        if diff:
            print("NOT reproducible / out of date:", *diff[:40], sep="\n  ")
            return 1
        print(f"ok: {len(fresh)} files byte-identical")
        return 0
    pids = sorted({rel.split("/")[1].removesuffix(".zip").removesuffix(".json") for rel in tree})
    write(tree, HERE, pids if args.only else None)
    print(f"wrote {len(tree)} files under {REL}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
