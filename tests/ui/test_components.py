"""The workspace's building blocks without a browser: progress and time remaining, uploads,
escaping, credential masking on page images, the indicator rows, the annotated exports and the
launcher's environment."""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

import pytest
from docx import Document as Docx
from openpyxl import load_workbook
from PIL import Image
from tests_paths import SAMPLE

from assistant.app.review_run import run_review
from assistant.app.workspace_server import command, settings_env
from assistant.core.citations import Citation
from assistant.core.errors import ShenbaoError
from assistant.core.privacy import secrets_in
from assistant.core.settings import Settings
from assistant.reports.annotated_export import (
    apply_overrides,
    with_decisions,
    write_annotated_docx,
    write_annotated_xlsx,
)
from assistant.reports.masked_pages import page_png, secret_boxes
from assistant.store.interface import citations_hash
from assistant.store.sqlite import SqliteReviewStore
from extractors.model import Document, Page
from ui.markup import md
from ui.progress import LoadProgress, estimate_pages, file_line
from ui.tables import comparison_rows, filter_rows, indicator_rows
from ui.upload import list_uploads, safe_name, save_upload


@pytest.fixture(scope="module")
def review(shared_workspace):
    return run_review(SAMPLE, Settings(workspace=shared_workspace, workers=2), {})


# --- progress -------------------------------------------------------------------------------------


@dataclass
class _Outcome:
    document: Document
    cached: bool
    seconds: float


def _doc(path: str, pages: int, ocr: int = 0) -> Document:
    return Document(id="0" * 64, path=path, format="pdf", pagination="physical",
                    pages=tuple(Page(number=i + 1, text="", source="ocr" if i < ocr else "text") for i in range(pages)))


def test_remaining_time_comes_from_seconds_per_parsed_page():
    clock = iter([0.0]).__next__
    progress = LoadProgress({"a.pdf": 10, "b.pdf": 30, "c.docx": 2}, clock=clock)
    assert progress.remaining_seconds() is None  # no rate yet
    progress("c.docx", _Outcome(_doc("c.docx", 2), cached=True, seconds=0.0))
    assert progress.remaining_seconds() is None  # cached files give no rate
    progress("a.pdf", _Outcome(_doc("a.pdf", 10, ocr=4), cached=False, seconds=5.0))
    assert progress.remaining_seconds() == pytest.approx(15.0)  # 0.5 s/page × 30 pages left
    assert progress.pages_done == 12 and progress.pages_total == 42
    assert "OCR 4 页" in progress.summary() and "预计还需约 15 秒" in progress.summary()
    progress("b.pdf", _Outcome(_doc("b.pdf", 28), cached=False, seconds=9.0))
    assert progress.remaining_seconds() == 0.0 and progress.fraction == 1.0
    assert file_line(progress.done[1]) == "✓ a.pdf — 10 页，OCR 4 页，5.0 秒"


def test_page_estimates_before_parsing(tmp_path):
    audit = SAMPLE / "证明材料" / "附件3-1 2023年度工业互联网平台业务专项审计报告.pdf"
    assert estimate_pages(audit) == 7
    assert estimate_pages(SAMPLE / "附件2 申报表（延锋金桥）.docx") >= 2
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4 not really")
    assert estimate_pages(broken) == 1


# --- uploads --------------------------------------------------------------------------------------


def test_upload_names_cannot_escape_and_uploads_are_idempotent(tmp_path):
    assert safe_name("../../etc/passwd") == "passwd"
    assert safe_name("C:\\Users\\x\\附件2 申报表.docx") == "附件2 申报表.docx"
    with pytest.raises(ShenbaoError):
        safe_name("../..")
    files = [("附件1.pdf", b"%PDF-1.4 one"), ("证明材料/审计报告.pdf", b"%PDF-1.4 two")]
    first = save_upload(files, tmp_path)
    again = save_upload(list(reversed(files)), tmp_path)
    assert first.source == again.source and first.source.name == "package"
    assert {p.name for p in first.source.iterdir()} == {"附件1.pdf", "审计报告.pdf"}
    zipped = save_upload([("材料.zip", b"PK\x03\x04 damaged")], tmp_path)  # the review reports it per file
    assert zipped.source.name == "材料.zip" and zipped.source.is_file()
    renamed = save_upload([("材料 (1).zip", b"PK\x03\x04 damaged")], tmp_path)  # issue 16: one upload
    assert renamed.source == zipped.source
    assert {u.source for u in list_uploads(tmp_path)} == {first.source, zipped.source}
    with pytest.raises(ShenbaoError, match="没有可审核的文件"):  # issue 16: a .txt is no package
        save_upload([("说明.txt", "只是说明".encode())], tmp_path)
    assert len(list_uploads(tmp_path)) == 2 and len(list(tmp_path.iterdir())) == 2
    with pytest.raises(ShenbaoError, match="重名"):
        save_upload([("a/x.pdf", b"1"), ("b/x.pdf", b"2")], tmp_path)


# --- text and images ------------------------------------------------------------------------------


def test_markdown_is_neutralised_and_credentials_masked():
    shown = md("[点我](javascript:alert(1)) $x$ 账号：review33 密码：Pj#03300x")
    assert "review33" not in shown and "Pj#03300x" not in shown
    assert "\\[点我\\]\\(javascript" in shown and "\\$x\\$" in shown


@pytest.mark.requires_soffice  # the login is on a rendered DOCX page
def test_page_image_covers_the_login(review, shared_workspace):
    form = next(f for f in review.package.files if f.path.startswith("附件2"))
    page = next(p for p in form.document.pages if secrets_in(p.text))
    citation = Citation(file=form.path, page=page.number, quote="")
    png = page_png(review.package, citation, shared_workspace / "cache" / "thumbnails", width=900)
    assert png is not None
    boxes = secret_boxes(review.package, form.document, page, 900)
    assert len(boxes) == 2  # 账号 and 密码
    image = Image.open(io.BytesIO(png)).convert("L")
    for x0, top, x1, bottom in boxes:
        inside = image.crop((int(x0) + 1, int(top) + 1, int(x1) - 1, int(bottom) - 1))
        assert inside.getextrema()[1] < 60  # painted over: no light pixel of text background left


# --- rows -----------------------------------------------------------------------------------------


def test_indicator_rows_follow_the_catalog_and_filter(review):
    rows = indicator_rows(review)
    assert len(rows) == sum(1 for f in review.catalog.fields if f.path is not None)
    revenue = next(r for r in rows if r.label == "平台相关营业收入（万元）")
    assert revenue.declared == "3215.33" and revenue.dimension.startswith("一、")
    assert revenue.status == "证据一致" and "32,153,291.30" in revenue.evidence
    assert {r.label for r in filter_rows(rows, query="营业收入")} >= {"平台相关营业收入（万元）"}
    assert all(r.dimension_code == "二" for r in filter_rows(rows, dimensions=["二"]))
    compared = comparison_rows(review)
    assert any(c["指标"] == "平台相关营业收入（万元）" and abs(c["相对差异（%）"]) < 0.01 for c in compared)


# --- exports --------------------------------------------------------------------------------------


def test_annotated_exports_mark_overrides(review, tmp_path):
    store = SqliteReviewStore(tmp_path / "r.sqlite3")
    store.register_package(review.package.id, str(SAMPLE))
    row = next(r for r in review.rows if r.label == "平台建设金额（万元）")
    store.record_decision(review.package.id, "value", row.label, "override", comment="按审计报告", reviewer="张三",
                          role="评审专家", evidence_hash=citations_hash(row.citations), expected_version=0,
                          computed=row.value, new_value="3900.00")
    overrides = store.overrides(review.package.id)
    decisions = list(store.current_decisions(review.package.id).values())
    assert [r.value for r in apply_overrides(review.rows, overrides) if r.label == row.label] == ["3900.00"]
    write_annotated_xlsx(review.rows, tmp_path / "s.xlsx", "汇总表", overrides, decisions)
    cells = {r[0].value: r for r in load_workbook(tmp_path / "s.xlsx").active.iter_rows(min_row=3)}
    assert cells[row.label][1].value == "3900.00"
    assert cells[row.label][2].value == f"评审修改：{row.value} → 3900.00（张三：按审计报告）"
    assert not str(cells["平台名称"][2].value).startswith("评审修改")
    write_annotated_docx(review.rows, tmp_path / "s.docx", "汇总表", overrides, decisions)
    lines = {r.cells[0].text: r for r in Docx(str(tmp_path / "s.docx")).tables[0].rows}
    assert lines[row.label].cells[1].text == "3900.00" and lines[row.label].cells[2].text.startswith("评审修改：")
    html = with_decisions("<html><nav></nav><main></main></html>", decisions, {})
    assert 'href="#decisions"' in html and "汇总表：平台建设金额（万元）" in html and html.index("decisions") < html.index("</main>")
    store.close()


# --- launcher -------------------------------------------------------------------------------------


def test_launcher_passes_settings_and_binds_loopback(tmp_path):
    env = settings_env(Settings(workspace=tmp_path, ocr=False, workers=3))
    assert env == {"SHENBAO_WORKSPACE": str(tmp_path.resolve()), "SHENBAO_OCR": "false", "SHENBAO_WORKERS": "3"}
    argv = command("127.0.0.1", 8765)
    assert argv[argv.index("--server.address") + 1] == "127.0.0.1"
    assert argv[argv.index("--server.headless") + 1] == "true"
    assert argv[argv.index("--browser.gatherUsageStats") + 1] == "false"
    assert Path(argv[argv.index("run") + 1]).name == "app.py"


def test_finding_citations_are_split_into_declared_and_evidence_sides(review):
    from assistant.core.findings import Finding
    from ui.views_findings import sides

    form = next(f for f in review.package.files if f.path.startswith("附件2"))
    audit = next(f for f in review.package.files if "审计报告" in f.path)
    declared = Citation(file=form.path, page=4, quote="3215.33")
    proof = Citation(file=audit.path, page=5, quote="32,153,291.30")
    both = Finding(rule="declared_vs_evidence.value", severity="error", fields=("平台相关营业收入（万元）",),
                   message="…", citations=(declared, proof))
    assert sides(both, review) == [("申报材料中：", [declared]), ("证明材料中：", [proof])]
    one = both.model_copy(update={"citations": (declared,)})
    assert sides(one, review) == [("", [declared])]


# --- shared deployment: users kept apart -------------------------------------------------------

def test_signed_in_users_get_separate_workspaces(tmp_path):
    from ui.state import WorkspaceSettings, scoped_settings

    settings = WorkspaceSettings(workspace=tmp_path, ui_user_header="X-Forwarded-User")
    alice = scoped_settings(settings, {"x-forwarded-user": "alice@华兴"})
    bob = scoped_settings(settings, {"X-Forwarded-User": "../bob"})
    assert alice.workspace == tmp_path / "users" / "alice@华兴"
    assert bob.workspace.parent == tmp_path / "users" and bob.workspace.is_relative_to(tmp_path)
    assert alice.workspace != bob.workspace
    assert scoped_settings(settings, {}) is None  # no signed-in user: refused
    assert scoped_settings(settings, {"X-Forwarded-User": "  "}) is None


def test_without_user_header_setting_the_workspace_is_shared(tmp_path, monkeypatch):
    from ui.state import load_settings

    monkeypatch.setenv("SHENBAO_WORKSPACE", str(tmp_path))
    assert load_settings().workspace == tmp_path
