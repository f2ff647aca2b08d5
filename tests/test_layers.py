"""The layers point one way (STYLE rule 1): ui → assistant → extractors; domain modules use no
adapter. Read from the source, so a new import that breaks the rule fails here."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
DOMAIN = ["assistant/catalog.py", "assistant/numbers.py", "assistant/numerals.py", "assistant/answers.py",
          "assistant/dates.py", "assistant/regions.py", "assistant/grounding.py", "assistant/typed_values.py",
          "assistant/findings.py", "assistant/privacy.py",
          *[str(p.relative_to(REPO)) for p in (REPO / "assistant" / "checks").glob("*.py")]]
ADAPTERS = ("chromadb", "langchain", "langchain_core", "langchain_openai", "langchain_ollama", "sqlite3",
            "streamlit", "bm25s", "jieba")


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _top(name: str) -> str:
    return name.split(".", 1)[0]


@pytest.mark.parametrize("package,forbidden", [("extractors", {"assistant", "ui"}), ("assistant", {"ui"})])
def test_layers_point_one_way(package, forbidden):
    offenders = [(str(p.relative_to(REPO)), m) for p in (REPO / package).rglob("*.py")
                 for m in imported_modules(p) if _top(m) in forbidden]
    assert offenders == []


def test_domain_modules_use_no_adapter():
    offenders = [(rel, m) for rel in DOMAIN for m in imported_modules(REPO / rel) if _top(m) in ADAPTERS]
    assert offenders == []


def test_environment_read_only_by_settings():
    readers = [str(p.relative_to(REPO)) for p in (REPO / "assistant").rglob("*.py")
               if "os.environ" in p.read_text(encoding="utf-8") or "getenv(" in p.read_text(encoding="utf-8")]
    assert set(readers) <= {"assistant/settings.py", "assistant/workspace_server.py"}, readers
