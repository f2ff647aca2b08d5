"""The architecture holds (STYLE rule 1, README "Architecture"): import-linter checks the contracts
of pyproject.toml — ui → assistant → extractors; assistant's sub-packages as layers along the
pipeline; no import cycles; no adapter in the domain; no ingest reached from forms, evidence or
checks; the labelled sets written without the product — transitively, on the real import graph.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_import_contracts_are_kept():
    linter = shutil.which("lint-imports", path=str(Path(sys.executable).parent)) or shutil.which("lint-imports")
    assert linter, "import-linter is a test dependency (pip install -e '.[test]')"
    result = subprocess.run([linter, "--no-cache"], cwd=REPO, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert "0 broken" in result.stdout


def test_a_broken_contract_fails_the_linter(tmp_path):
    """The check can fail: a contract the code breaks (extractors importing assistant) is reported."""
    linter = shutil.which("lint-imports", path=str(Path(sys.executable).parent)) or shutil.which("lint-imports")
    config = tmp_path / "contracts.ini"
    config.write_text("[importlinter]\nroot_packages =\n    assistant\n    extractors\n\n"
                      "[importlinter:contract:upside-down]\nname = upside down\ntype = layers\n"
                      "layers =\n    extractors\n    assistant\n", encoding="utf-8")
    result = subprocess.run([linter, str(config), "--no-cache"], cwd=REPO, capture_output=True, text=True, timeout=300)
    assert result.returncode != 0 and "BROKEN" in result.stdout


def test_environment_read_only_by_settings():
    readers = [str(p.relative_to(REPO)) for p in (REPO / "assistant").rglob("*.py")
               if "os.environ" in p.read_text(encoding="utf-8") or "getenv(" in p.read_text(encoding="utf-8")]
    assert set(readers) <= {"assistant/core/settings.py", "assistant/app/workspace_server.py"}, readers


def test_no_module_over_four_hundred_lines():
    """Small rooms (STYLE rule 7): a module owns one thing; ~400 lines is the ceiling."""
    big = {str(p.relative_to(REPO)): n for p in [*(REPO / "assistant").rglob("*.py"), *(REPO / "extractors").rglob("*.py"),
                                                *(REPO / "ui").rglob("*.py")]
           if (n := len(p.read_text(encoding="utf-8").splitlines())) > 420}
    assert big == {}
