"""The user's own mistakes on the real `shenbao` command (a subprocess): a Chinese message that
names the problem and the fix, exit code 2, and never a Python exception name (issue 11)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from tests_paths import REPO, SAMPLE

EXCEPTION_NAMES = ("Traceback", "NoSuchOption", "UsageError", "BadParameter", "MissingParameter", "ClickException",
                   "FileNotFoundError", "FileExistsError", "NotADirectoryError", "IsADirectoryError", "PermissionError",
                   "OSError", "内部错误", "Error:")


def shenbao(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "assistant", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=300, env={"PATH": os.environ["PATH"], "PYTHONPATH": str(REPO), "SHENBAO_WORKERS": "0",
                                            "SHENBAO_RENDER_DOCX": "false", "SHENBAO_OCR": "false"})


def assert_mistake(result: subprocess.CompletedProcess, *expected: str) -> None:
    assert result.returncode == 2, result.stdout + result.stderr
    for text in expected:
        assert text in result.stderr, result.stderr
    for name in EXCEPTION_NAMES:
        assert name not in result.stderr, result.stderr


@pytest.fixture
def tiny_package(tmp_path) -> Path:
    from docx import Document as Docx

    root = tmp_path / "申报材料"
    root.mkdir()
    doc = Docx()
    doc.add_heading("上海市工业互联网平台应用水平评价申报表", level=1)
    doc.add_paragraph("三、上海市工业互联网平台应用水平评价指标明细表")
    doc.save(root / "附件2 申报表.docx")
    return root


def test_unknown_option_is_named_with_the_valid_ones(tmp_path):
    result = shenbao("check", str(SAMPLE), "--bogus", cwd=tmp_path)
    assert_mistake(result, "参数错误", "--bogus", "shenbao check", "--format", "--fail-on", "--help")


def test_misspelt_option_suggests_the_close_one(tmp_path):
    assert_mistake(shenbao("check", str(SAMPLE), "--forma", "json", cwd=tmp_path), "参数错误", "--forma", "是否想用 --format")


def test_mistyped_command_suggests_the_closest(tmp_path):
    result = shenbao("chek", str(SAMPLE), cwd=tmp_path)
    assert_mistake(result, "参数错误", "chek", "是否想用 shenbao check", "shenbao --help")
    assert_mistake(shenbao("revew", str(SAMPLE), cwd=tmp_path), "是否想用 shenbao review")


def test_missing_argument_and_bad_choice(tmp_path):
    assert_mistake(shenbao("check", cwd=tmp_path), "参数错误", "缺少 PACKAGE", "shenbao check --help")
    assert_mistake(shenbao("review", str(SAMPLE), cwd=tmp_path), "参数错误", "缺少 -o/--output")
    assert_mistake(shenbao("catalog", "--format", "yaml", cwd=tmp_path), "参数错误", "--format 只能是 json、text", "yaml")
    assert_mistake(shenbao("--llm", "gpt", "catalog", cwd=tmp_path), "参数错误", "--llm 只能是 none、openai、ollama")
    assert_mistake(shenbao("check", "a", "b", cwd=tmp_path), "参数错误", "多余的参数 b")


def test_unwritable_output_file_fails_before_any_work(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    target = blocker / "sub" / "check.json"
    workspace = tmp_path / "ws"
    result = shenbao("check", str(SAMPLE), "-o", str(target), "--workspace", str(workspace), cwd=tmp_path)
    assert_mistake(result, "无法写入", str(target), "-o")
    assert not (workspace / "cache").exists()  # refused before the package was read
    assert_mistake(shenbao("catalog", "-o", str(tmp_path), cwd=tmp_path), "无法写入", "目录")


def test_unwritable_output_folder(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    result = shenbao("review", str(SAMPLE), "-o", str(blocker), "--workspace", str(tmp_path / "ws"), cwd=tmp_path)
    assert_mistake(result, "无法写入", str(blocker), "输出目录")


@pytest.mark.parametrize("where", ["before", "after"])
def test_common_options_before_or_after_the_command(tmp_path, tiny_package, where):
    workspace = tmp_path / "ws"
    common = ["--workspace", str(workspace), "--password", "加密.pdf=secret", "--llm", "none"]
    args = ["ingest", str(tiny_package), "--format", "json"]
    result = shenbao(*(common + args if where == "before" else args + common), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert '"schema_version": 1' in result.stdout
    assert (workspace / "cache").is_dir()


def test_option_after_the_command_wins(tmp_path, tiny_package):
    first, second = tmp_path / "first", tmp_path / "second"
    result = shenbao("--workspace", str(first), "ingest", str(tiny_package), "--workspace", str(second), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (second / "cache").is_dir() and not first.exists()
