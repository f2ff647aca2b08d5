"""Batch review for the 评价工作组: many packages in one run, memory bounded.

Packages are reviewed one after another (each parses its files in `settings.workers` worker
processes), so memory is bounded by one package plus its workers whatever the batch size; every
package's outputs are written as soon as it is done and released. A package that cannot be
reviewed at all is recorded with its error; the batch goes on.
"""

from __future__ import annotations

import resource
import time
import zipfile
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from assistant.app.review_run import run_review
from assistant.core.errors import ShenbaoError
from assistant.core.settings import Settings
from assistant.reports.outputs import write_review


class BatchEntry(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    package: str
    platform: str = ""
    files: int = 0
    rows_found: int = 0
    errors: int = 0
    warnings: int = 0
    infos: int = 0
    seconds: float = 0.0
    outdir: str = ""
    failure: str = ""  # why the package could not be reviewed


def find_packages(root: Path) -> list[Path]:
    """Each sub-folder or .zip of `root` is one package."""
    return sorted(p for p in root.iterdir() if (p.is_dir() and not p.name.startswith(".")) or p.suffix.lower() == ".zip")


def review_batch(packages: list[Path], outdir: Path, settings: Settings, progress=None) -> list[BatchEntry]:
    entries = []
    outdir.mkdir(parents=True, exist_ok=True)
    for number, package in enumerate(packages, 1):
        started = time.perf_counter()
        target = outdir / package.stem
        try:
            review = run_review(package, settings)
            write_review(review, target, settings=settings)
        except ShenbaoError as exc:
            entries.append(BatchEntry(package=str(package), failure=str(exc)))
            continue
        counts = {level: sum(1 for f in review.findings if f.severity == level) for level in ("error", "warning", "info")}
        platform = next((r.value for r in review.rows if r.label == "平台名称"), "")
        entries.append(BatchEntry(
            package=str(package), platform=platform, files=len(review.package.files),
            rows_found=sum(1 for r in review.rows if r.status != "missing"), errors=counts["error"],
            warnings=counts["warning"], infos=counts["info"], seconds=round(time.perf_counter() - started, 2),
            outdir=str(target)))
        if progress is not None:
            progress(number, len(packages), entries[-1])
        del review  # one package in memory at a time
    _write_overview(entries, outdir)
    return entries


def _write_overview(entries: list[BatchEntry], outdir: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "总览"
    sheet.append(["申报材料", "平台名称", "文件数", "汇总表已填行", "错误", "警告", "提示", "用时（秒）", "说明"])
    for e in entries:
        sheet.append([Path(e.package).name, e.platform, e.files, e.rows_found, e.errors, e.warnings, e.infos,
                      e.seconds, e.failure])
    book.save(outdir / "总览.xlsx")
    with zipfile.ZipFile(outdir / "全部汇总表.zip", "w", zipfile.ZIP_DEFLATED) as archive:
        for e in entries:
            table = Path(e.outdir) / "汇总表.xlsx" if e.outdir else None
            if table is not None and table.exists():
                archive.write(table, f"{Path(e.package).stem}_汇总表.xlsx")


def peak_memory_mb() -> tuple[float, float]:
    """Peak resident memory of this process and of its reaped children (Linux reports KiB)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, children
