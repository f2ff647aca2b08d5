"""Prefill of the bundled sample package against its truth, exports, and secrets never leaking."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from assistant.catalog.notice import load_catalog
from assistant.core.settings import Settings
from assistant.forms.prefill import prefill
from assistant.package.loader import load_package
from assistant.reports.prefill_report import prefill_payload, write_docx, write_xlsx
from eval_sets.scorer import values_equal
from eval_sets.truth import TRUTH_DIR, load_truth

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "samples" / "sample_package"


@pytest.fixture(scope="module")
def sample(shared_workspace):
    settings = Settings(workspace=shared_workspace, workers=2)
    package = load_package(SAMPLE, settings)
    return package, prefill(package)


def test_rows_in_notice_order_and_match_truth(sample):
    _package, rows = sample
    catalog = load_catalog()
    assert [r.label for r in rows] == [r.label for r in catalog.summary_rows]
    truth = {r.label: r for r in load_truth(TRUTH_DIR / "sample_package.json").summary_rows}
    wrong = [(r.label, r.value, truth[r.label].value) for r in rows
             if not values_equal(truth[r.label].normalized, r.normalized if r.status != "missing" else None)]
    assert wrong == []


def test_every_found_value_is_cited_and_blank_is_blank(sample):
    _package, rows = sample
    for row in rows:
        if row.status != "missing":
            assert row.citations, row.label
            for citation in row.citations:
                assert citation.file and citation.quote
        else:
            assert row.value == "" and row.normalized is None


def test_exports_look_like_annex4_and_hide_credentials(sample, tmp_path):
    package, rows = sample
    secrets = load_truth(TRUTH_DIR / "sample_package.json").secrets
    assert secrets, "the sample declares a login for 平台网址"
    payload = json.dumps(prefill_payload(rows, []), ensure_ascii=False)
    write_xlsx(rows, tmp_path / "a4.xlsx")
    write_docx(rows, tmp_path / "a4.docx")
    from openpyxl import load_workbook

    sheet = load_workbook(tmp_path / "a4.xlsx").active
    table = list(sheet.iter_rows(values_only=True))
    assert table[1] == ("项目", "内容", "来源（shenbao）")
    assert [r[0] for r in table[2:]] == [r.label for r in rows]
    url_row = next(r for r in table if r[0] == "平台网址")
    assert url_row[1].startswith("https://")
    blobs = [payload]
    for name in ("a4.xlsx", "a4.docx"):
        with zipfile.ZipFile(tmp_path / name) as archive:
            blobs += [archive.read(n).decode("utf-8", "ignore") for n in archive.namelist()]
    for secret in secrets:
        assert not any(secret in blob for blob in blobs), secret


def test_cli_prefill_json_and_xlsx(tmp_path, shared_workspace, sample):
    env = {"PATH": os.environ["PATH"], "PYTHONPATH": str(REPO), "SHENBAO_WORKSPACE": str(shared_workspace)}
    result = subprocess.run([sys.executable, "-m", "assistant", "prefill", str(SAMPLE)], capture_output=True,
                            text=True, env=env, timeout=600)
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout)
    assert payload["schema_version"] == 1 and len(payload["rows"]) == 103
    revenue = next(r for r in payload["rows"] if r["label"] == "平台相关营业收入（万元）")
    assert revenue["status"] == "found" and revenue["citations"][0]["file"].startswith("附件2")
    out = tmp_path / "汇总表.xlsx"
    result = subprocess.run([sys.executable, "-m", "assistant", "prefill", str(SAMPLE), "--format", "xlsx",
                             "-o", str(out)], capture_output=True, text=True, env=env, timeout=600)
    assert result.returncode == 0 and out.exists()
    result = subprocess.run([sys.executable, "-m", "assistant", "prefill", str(SAMPLE), "--format", "xlsx"],
                            capture_output=True, text=True, env=env, timeout=600)
    assert result.returncode == 2 and "-o" in result.stderr
