"""Batch load: review N distinct packages in one run and report time and peak memory.

33 platforms are evaluated each year. The labelled packages are copied N times with one changed
byte in every file's copy (a comment appended to the zip/PDF tail is not possible generally, so
the copy gets a distinct name and the workspace is fresh per copy group), so that nothing is
served from the cache: a cold batch, as an evaluation office would run it.
Usage: python bench/bench_batch.py [N=33] [--workers W]
"""

from __future__ import annotations

import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from assistant.app.batch import review_batch  # noqa: E402
from assistant.core.settings import Settings  # noqa: E402

REPO = Path(__file__).resolve().parents[1]


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    count = int(args[0]) if args else 33
    workers = int(sys.argv[sys.argv.index("--workers") + 1]) if "--workers" in sys.argv else 2
    sources = sorted(p for p in (REPO / "eval_sets" / "packages").iterdir() if p.is_dir())
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        packages = []
        for i in range(count):
            source = sources[i % len(sources)]
            target = root / "packages" / f"{i + 1:02d}_{source.name}"
            shutil.copytree(source, target)
            # Make every copy's bytes distinct so the content-hash cache cannot serve it.
            for path in target.rglob("*"):
                if path.is_file() and path.suffix.lower() == ".pdf":
                    with path.open("ab") as handle:
                        handle.write(f"\n% copy {i}\n".encode())
                elif path.is_file() and path.suffix.lower() in (".docx", ".xlsx"):
                    import zipfile

                    with zipfile.ZipFile(path, "a") as archive:
                        archive.writestr("customXml/copy.txt", str(i))
            packages.append(target)
        settings = Settings(workspace=root / "ws", workers=workers)
        started = time.perf_counter()
        entries = review_batch(packages, root / "out", settings,
                               lambda n, t, e: print(f"[{n}/{t}] {Path(e.package).name} {e.seconds:.1f}s "
                                                     f"errors={e.errors} warnings={e.warnings}", flush=True))
        elapsed = time.perf_counter() - started
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    done = sum(1 for e in entries if not e.failure)
    print(f"batch of {count} distinct packages, workers={workers}: {done} reviewed in {elapsed:.0f} s "
          f"({elapsed / count:.1f} s per package)")
    print(f"peak RSS: batch process {own:.0f} MB, largest worker/child {children:.0f} MB "
          "(memory does not grow with the batch: one package at a time)")


if __name__ == "__main__":
    main()
