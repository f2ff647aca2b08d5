"""The real `shenbao` command, run as a subprocess: exit codes and output per DESIGN.md."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

SHENBAO = [sys.executable, "-m", "assistant"]


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([*SHENBAO, *args], cwd=cwd, capture_output=True, text=True, timeout=300,
                          env={"PATH": os.environ["PATH"], "SHENBAO_WORKERS": "0", "SHENBAO_RENDER_DOCX": "false",
                               "PYTHONPATH": str(Path(__file__).resolve().parents[2])})


def test_ingest_json_contract(tmp_path, mini_package):
    result = run("ingest", str(mini_package), "--format", "json", "--workspace", str(tmp_path / "ws"), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout)
    assert payload["schema_version"] == 1
    files = {d["file"]: d for d in payload["documents"]}
    assert files["附件2 申报表（示例）.docx"]["role"] == "application_form"
    assert files["证明材料/scan0001.pdf"]["page_count"] == 2
    page_two = files["证明材料/scan0001.pdf"]["document"]["pages"][1]
    assert "营业收入 66,707,912.35" in page_two["text"]
    assert {e["file"]: e["code"] for e in payload["errors"]} == {
        "empty.pdf": "empty_file", "旧版汇报.ppt": "legacy_format"}
    assert all(e["error"] for e in payload["errors"])  # a Chinese message for each


def test_ingest_text_summary_and_output_file(tmp_path, mini_package):
    out = tmp_path / "out" / "ingest.txt"
    result = run("ingest", str(mini_package), "-o", str(out), "--workspace", str(tmp_path / "ws"), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    text = out.read_text(encoding="utf-8")
    assert "附件2 申报表" in text and "旧版 Office 格式" in text


def test_unreadable_package_exits_2_with_chinese_message(tmp_path):
    result = run("ingest", str(tmp_path / "不存在"), cwd=tmp_path)
    assert result.returncode == 2
    assert "申报材料不存在" in result.stderr
    assert "Traceback" not in result.stderr


def test_bad_arguments_exit_2(tmp_path, mini_package):
    result = run("ingest", str(mini_package), "--password", "no-equals-sign", cwd=tmp_path)
    assert result.returncode == 2
    assert "文件名=密码" in result.stderr
    result = run("ingest", str(mini_package), "--llm", "gpt", cwd=tmp_path)
    assert result.returncode == 2


REPO = Path(__file__).resolve().parents[2]


def _run_shared(*args: str, workspace: Path) -> subprocess.CompletedProcess:
    return subprocess.run([*SHENBAO, *args, "--workspace", str(workspace)], cwd=REPO, capture_output=True, text=True,
                          timeout=600, env={"PATH": os.environ["PATH"], "PYTHONPATH": str(REPO)})


def test_check_exit_codes_follow_fail_on(shared_workspace):
    flawed = REPO / "eval_sets" / "packages" / "pkg02_huayi_identity_formula"
    result = _run_shared("check", str(flawed), "--fail-on", "error", workspace=shared_workspace)
    assert result.returncode == 1, result.stderr
    findings = json.loads(result.stdout)["findings"]
    assert any(f["rule"] == "identity.staff_total" and f["severity"] == "error" for f in findings)
    clean = REPO / "samples" / "sample_package"
    result = _run_shared("check", str(clean), "--fail-on", "warning", workspace=shared_workspace)
    assert result.returncode == 0, result.stdout[-2000:]
    assert _run_shared("check", str(flawed), workspace=shared_workspace).returncode == 0  # no --fail-on


def test_review_writes_every_output(tmp_path, shared_workspace):
    out = tmp_path / "审阅结果"
    result = _run_shared("review", str(REPO / "samples" / "sample_package"), "-o", str(out), workspace=shared_workspace)
    assert result.returncode == 0, result.stderr
    for name in ("prefill.json", "汇总表.xlsx", "汇总表.docx", "findings.json", "report.html", "report.md"):
        assert (out / name).stat().st_size > 0, name
    assert "汇总表" in result.stdout and "错误 0 条" in result.stdout
    # Issue 15: results as they come, on stderr only (stdout stays the summary scripts read):
    # the stages in order, the declared values before the evidence, every file once.
    err = result.stderr
    stages = [err.index(f"阶段：{name}") for name in ("解析文件", "证据抽取", "一致性检查", "完成")]
    assert stages == sorted(stages)
    assert stages[0] < err.index("申报值已读出") < stages[1]
    parsed = [line for line in err.splitlines() if "] 解析 " in line]
    if all("缓存" in line for line in parsed):
        assert "证据：" not in err  # every file from the cache: nothing to preview, the review follows at once
    else:
        assert err.index("申报值已读出") < err.index("证据：") < stages[1]
    assert "平台名称：延锋工业互联网平台" in err
    assert err.count("解析 ") == 9 and "解析 9/9 个文件" in err
    assert not any(marker in result.stdout for marker in ("阶段：", "申报值已读出", "证据：", "解析 "))
    # Issue 12: `prefill --format json` is the same document as review's prefill.json, evidence
    # beside every row (it carried none before).
    result = _run_shared("prefill", str(REPO / "samples" / "sample_package"), workspace=shared_workspace)
    assert result.returncode == 0, result.stderr
    prefill = json.loads(result.stdout)
    assert prefill == json.loads((out / "prefill.json").read_text(encoding="utf-8"))
    revenue = next(r for r in prefill["rows"] if r["label"] == "平台相关营业收入（万元）")
    assert revenue["evidence"] and revenue["evidence"][0]["status"] == "consistent"
    assert revenue["evidence"][0]["scope"] == "platform" and revenue["evidence"][0]["citations"][0]["page"]


def test_version():
    result = subprocess.run([*SHENBAO, "--version"], capture_output=True, text=True, timeout=60,
                            env={"PATH": os.environ["PATH"], "PYTHONPATH": str(REPO)})
    assert result.returncode == 0 and result.stdout.startswith("shenbao ")


def test_ask_answers_with_citations(shared_workspace):
    result = _run_shared("ask", str(REPO / "samples" / "sample_package"), "该平台2023年研发投入强度是多少？证据在哪一页？",
                         "--format", "json", workspace=shared_workspace)
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout)
    assert "15.79" in payload["answer"] and payload["field"]["id"] == "rd_intensity"
    assert any(c["page"] for c in payload["citations"])
    assert "DEBUG" not in result.stderr


def test_batch_reviews_every_package_and_keeps_going(tmp_path, shared_workspace):
    import shutil

    folder = tmp_path / "批量"
    shutil.copytree(REPO / "samples" / "sample_package", folder / "延锋")
    (folder / "坏的压缩包.zip").write_bytes(b"PK\x03\x04 not really a zip")
    out = tmp_path / "out"
    result = _run_shared("batch", str(folder), "-o", str(out), workspace=shared_workspace)
    assert result.returncode == 0, result.stderr
    assert "完成 1/2 份" in result.stdout and "未能审阅" in result.stdout
    from openpyxl import load_workbook

    rows = list(load_workbook(out / "总览.xlsx").active.iter_rows(values_only=True))
    assert rows[0][:2] == ("申报材料", "平台名称") and len(rows) == 3
    import zipfile

    with zipfile.ZipFile(out / "全部汇总表.zip") as archive:
        assert archive.namelist() == ["延锋_汇总表.xlsx"]
