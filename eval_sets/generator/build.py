"""Entry point: build every labelled package and its truth, or check the committed ones.

    python -m eval_sets.generator.build            # (re)write eval_sets/packages, eval_sets/truth, samples/sample_package
    python -m eval_sets.generator.build --check    # rebuild in a temp dir, compare, exit 1 on any difference

Owns the order of the stages (values → plants → derive → declare → plants → render → truth), the
output locations and the reproduction check. Files are compared byte for byte; where bytes differ
the check falls back to a content comparison (decompressed OOXML parts, PDF page texts) and says
so, because zlib/FreeType versions may differ between machines.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import shutil
import sys
import tempfile
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path

from eval_sets.generator.attachments import render_commitment, render_contact, render_form_scan
from eval_sets.generator.audit_pdf import audit_pages, render_audit
from eval_sets.generator.declaration import declare, summary_rows
from eval_sets.generator.evidence_pdf import (
    device_pages, list_pages, render_award_list, render_device_list, render_patent_list, render_screenshot,
)
from eval_sets.generator.form_docx import render_form
from eval_sets.generator.narrative_docx import render_narrative
from eval_sets.generator.office import ZIP_TIME
from eval_sets.generator.specs import PACKAGES
from eval_sets.generator.state import PHASES, PackageSpec, PackageState, new_state
from eval_sets.generator.summary_xlsx import render_summary
from eval_sets.generator.values import derive
from eval_sets.truth import PackageTruth, PlatformRef, dump_truth

REPO = Path(__file__).resolve().parents[2]
OUTPUTS = ("eval_sets/packages", "eval_sets/truth", "samples/sample_package")

_RENDERERS = {
    "audit_report": render_audit, "device_list": render_device_list, "screenshot": render_screenshot,
    "patent_list": render_patent_list, "award_list": render_award_list,
}


@dataclass
class Built:
    spec: PackageSpec
    files: dict[str, bytes]
    truth: PackageTruth
    seconds: float


def _plan_pages(state: PackageState) -> None:
    for doc in state.docs:
        if doc.role == "audit_report":
            doc.pages, doc.page_count = audit_pages(state.layout.audit_lead_pages)
        elif doc.role == "device_list":
            doc.pages, doc.page_count = device_pages(state)
        elif doc.role == "patent_list":
            doc.pages, doc.page_count = list_pages(state)
        else:
            doc.pages, doc.page_count = {"first": 1}, 1


def build_package(spec: PackageSpec) -> Built:
    started = time.perf_counter()
    state = new_state(spec)
    _plan_pages(state)
    for phase in PHASES:
        for plant in spec.plants:
            if plant.phase == phase:
                plant.apply(state)
        if phase == "values":
            derive(state.declared)
        elif phase == "outputs":
            declare(state)

    files: dict[str, bytes] = {}
    roles: dict[str, str] = {}

    def put(role: str, data: bytes, path: str | None = None) -> None:
        name = path or state.names[role]
        files[name] = data
        roles[name] = role

    renderers = {"联系人表": render_contact, "申报表": render_form, "申报书": render_narrative,
                 "汇总表": render_summary, "承诺": render_commitment}
    for role in spec.documents:
        if role not in state.omitted:
            put(role, renderers[role](state))
    if spec.layout.stamped_scan:
        put("申报表扫描件", render_form_scan(state))
    facts = []
    for doc in state.docs:
        data, doc_facts = _RENDERERS[doc.role](state, doc)
        put(f"evidence:{doc.role}", data, doc.path)
        facts += doc_facts

    delivery = "zip" if spec.layout.zip else "folder"
    if spec.target == "sample":
        path = "samples/sample_package"
    else:
        path = f"eval_sets/packages/{spec.package_id}" + (".zip" if spec.layout.zip else "")
    secrets = [state.basic.password] if state.basic and state.basic.password else []
    truth = PackageTruth(
        package_id=spec.package_id, description=spec.description, path=path, delivery=delivery,
        platform=PlatformRef(list_no=state.platform.list_no, listed_name=state.platform.name,
                             company=state.platform.company, declared_name=state.declared_name,
                             participated_2023=state.platform.participated_2023),
        layout=spec.layout.tags(), files=dict(sorted(roles.items())), secrets=secrets,
        summary_rows=summary_rows(state), evidence_facts=facts, problems=state.problems,
    )
    return Built(spec, files, truth, time.perf_counter() - started)


def zip_package(files: dict[str, bytes]) -> bytes:
    """The package as an applicant's zip: UTF-8 names, fixed timestamps, sorted entries."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name in sorted(files):
            entry = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            archive.writestr(entry, files[name], compresslevel=6)
    return out.getvalue()


def write_all(root: Path) -> list[Built]:
    for rel in OUTPUTS:
        target = root / rel
        if rel == "eval_sets/truth":  # the folder may hold other people's notes; only our json goes
            for old in target.glob("*.json"):
                old.unlink()
        elif target.exists():
            shutil.rmtree(target)
        target.mkdir(parents=True, exist_ok=True)
    built = []
    for spec in PACKAGES:
        package = build_package(spec)
        base = root / package.truth.path
        if spec.layout.zip:
            base.write_bytes(zip_package(package.files))
        else:
            for name, data in package.files.items():
                (base / name).parent.mkdir(parents=True, exist_ok=True)
                (base / name).write_bytes(data)
        (root / "eval_sets/truth" / f"{spec.package_id}.json").write_text(dump_truth(package.truth), encoding="utf-8")
        built.append(package)
    return built


def _tree(root: Path) -> dict[str, Path]:
    files = {}
    for rel in OUTPUTS:
        base = root / rel
        pattern = "*.json" if rel == "eval_sets/truth" else "*"
        if base.exists():
            files.update({str(p.relative_to(root)): p for p in sorted(base.rglob(pattern)) if p.is_file()})
    return files


def content_key(name: str, data: bytes) -> str:
    """A fingerprint that ignores container bytes: OOXML/zip parts decompressed, PDF page texts."""
    lower = name.lower()
    digest = hashlib.sha256()
    if lower.endswith((".docx", ".xlsx", ".zip")):
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            for info in sorted(archive.infolist(), key=lambda i: i.filename):
                digest.update(info.filename.encode())
                digest.update(content_key(info.filename, archive.read(info.filename)).encode())
    elif lower.endswith(".pdf"):
        import pypdfium2 as pdfium

        pdf = pdfium.PdfDocument(data)
        digest.update(str(len(pdf)).encode())
        for page in pdf:
            digest.update(page.get_textpage().get_text_range().encode())
    else:
        digest.update(data)
    return digest.hexdigest()


def check(repo: Path = REPO) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        fresh_root = Path(tmp)
        write_all(fresh_root)
        fresh, committed = _tree(fresh_root), _tree(repo)
        problems = [f"missing in repo: {n}" for n in sorted(set(fresh) - set(committed))]
        problems += [f"not produced by generator: {n}" for n in sorted(set(committed) - set(fresh))]
        by_content = []
        for name in sorted(set(fresh) & set(committed)):
            a, b = fresh[name].read_bytes(), committed[name].read_bytes()
            if a == b:
                continue
            if content_key(name, a) == content_key(name, b):
                by_content.append(name)
            else:
                problems.append(f"differs: {name}")
    for name in by_content:
        print(f"same content, different bytes: {name}")
    for line in problems:
        print(line)
    print(f"checked {len(fresh)} files: {len(problems)} differences, {len(by_content)} equal by content only")
    return 1 if problems else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the labelled shenbao evaluation packages.")
    parser.add_argument("--check", action="store_true", help="rebuild in a temp dir and compare with the committed output")
    parser.add_argument("--out", type=Path, default=REPO, help="output root (default: the repository)")
    args = parser.parse_args(argv)
    if args.check:
        return check(args.out)
    started = time.perf_counter()
    for package in write_all(args.out):
        sizes = sum(len(b) for b in package.files.values())
        print(f"{package.spec.package_id}: {len(package.files)} files, {sizes / 1e6:.2f} MB, "
              f"{len(package.truth.problems)} problems, {package.seconds:.1f}s")
    print(f"done in {time.perf_counter() - started:.1f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
