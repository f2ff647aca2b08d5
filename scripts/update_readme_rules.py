"""Regenerate the rule table of README.md from the rule registry (assistant.checks.rule_catalog).

The README lists the rules generated from the code, not kept by hand: this script rewrites the
block between `<!-- rules:start -->` and `<!-- rules:end -->`, and
tests/assistant/test_reports.py fails when the committed block differs from the generated one.

    .venv/bin/python scripts/update_readme_rules.py [--check]
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from assistant.reports.check_report import rules_markdown  # noqa: E402

START = "<!-- rules:start -->"
END = "<!-- rules:end -->"


def replace_block(text: str, table: str) -> str:
    start = text.index(START) + len(START)
    end = text.index(END, start)
    return text[:start] + "\n" + table.rstrip("\n") + "\n" + text[end:]


def main(argv: list[str]) -> int:
    readme = REPO / "README.md"
    text = readme.read_text(encoding="utf-8")
    if START not in text or END not in text:
        print(f"README.md has no {START} … {END} block", file=sys.stderr)
        return 2
    updated = replace_block(text, rules_markdown())
    if "--check" in argv:
        if updated != text:
            print("README.md rule table is out of date: run scripts/update_readme_rules.py", file=sys.stderr)
            return 1
        return 0
    if updated != text:
        readme.write_text(updated, encoding="utf-8")
        print("README.md rule table updated")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
