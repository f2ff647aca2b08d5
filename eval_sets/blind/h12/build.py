"""Builds the h12 blind labelled set: packages/<id>/ and truth/<id>.json (deterministic)."""
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))

from specs import sumi, dianke, oubei, shizhuang  # noqa: E402

MODULES = [sumi, dianke, oubei, shizhuang]


def main(only=None):
    for m in MODULES:
        if only and m.PID not in only:
            continue
        shutil.rmtree(ROOT / "packages" / m.PID, ignore_errors=True)
        t = m.build(ROOT)
        print(m.PID, "files", len(t.files), "facts", len(t.evidence_facts), "problems", len(t.problems))
    shutil.rmtree(ROOT / "_tmp", ignore_errors=True)


if __name__ == "__main__":
    main(set(sys.argv[1:]) or None)
