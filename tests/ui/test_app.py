"""The workspace driven through Streamlit's AppTest: every view and every action of the brief.

The app runs in-process on the bundled sample package with a workspace of its own (decisions
start empty) whose parse cache is the suite's shared one, so the sample is parsed once per run.
Decisions are checked in the review store itself, not only on screen.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook
from streamlit.testing.v1 import AppTest
from tests_paths import REPO, SAMPLE

from assistant.catalog.notice import load_catalog
from assistant.core.settings import Settings
from assistant.store.interface import citations_hash
from assistant.store.opener import open_review_store
from ui import downloads

APP = REPO / "ui" / "app.py"
FIRST_RUN_S = 400  # a cold cache parses and renders the sample (LibreOffice, OCR)
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def workspace(shared_workspace, tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("ui_ws")
    (shared_workspace / "cache").mkdir(exist_ok=True)
    (folder / "cache").symlink_to(shared_workspace / "cache", target_is_directory=True)
    return folder


@pytest.fixture
def app(workspace, monkeypatch) -> AppTest:
    monkeypatch.setenv("SHENBAO_WORKSPACE", str(workspace))
    monkeypatch.delenv("SHENBAO_UI_PACKAGE", raising=False)
    at = AppTest.from_file(str(APP), default_timeout=60)
    at.run(timeout=FIRST_RUN_S)
    assert not at.exception, [e.value for e in at.exception]
    return at


def store(workspace):
    return open_review_store(Settings(workspace=workspace))


def view(at: AppTest, name: str, role: str = "评审专家") -> AppTest:
    at.segmented_control(key=f"view-{role}").set_value(name).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def texts(at: AppTest) -> str:
    return "\n".join([m.value for m in at.markdown] + [c.value for c in at.caption] + [s.value for s in at.subheader])


def tables_with(at: AppTest, column: str) -> list:
    """The tables showing `column` (AppTest does not expose their keys)."""
    return [d.value for d in [*at.table, *at.dataframe] if column in d.value.columns]


def registry_review(workspace):
    from ui import state

    return next(r for r in state.registry(Settings(workspace=workspace)).all() if Path(r.source) == SAMPLE)


@pytest.mark.requires_soffice
def test_opens_with_the_sample_reviewed(app, workspace):
    assert "延锋工业互联网平台（上海延锋金桥饰件系统有限公司）" in texts(app)
    assert app.segmented_control(key="view-评审专家").options == ["概览", "问题", "指标", "证据", "汇总表", "评审汇总", "问答", "导出"]
    metrics = {m.label: m.value for m in app.metric}
    assert metrics["文件"] == "9" and int(metrics["页数"]) >= 20  # the 申报表 twice: Word and stamped scan
    assert any("各维度问题数" in m.value for m in app.markdown)
    assert Path(store(workspace).packages()[0].source) == SAMPLE  # registered for reopening


def test_role_switch_changes_the_views(app):
    app.radio(key="role").set_value("评价工作组").run()
    assert app.segmented_control(key="view-评价工作组").value == "批量总览"
    batch = tables_with(app, "来源")[0]
    assert "延锋工业互联网平台" in set(batch["平台名称"]) and set(batch["状态"]) >= {"已审核"}
    app.radio(key="role").set_value("申报单位").run()
    assert app.segmented_control(key="view-申报单位").options == ["自查", "指标", "证据", "问答", "导出"]
    assert "提交前自查" in texts(app)
    headings = [m.value for m in app.markdown if m.value.startswith("##### ")]
    assert headings[-1] == "##### 文件识别情况"  # problems first, worst first (test_issue_16_state)
    assert not any("缺少材料" in m.value for m in app.markdown)  # the sample carries its stamped scan
    files = tables_with(app, "识别为")[0]
    assert "附件2 申报表" in set(files["识别为"])


def test_indicator_table_filter_and_search(app):
    view(app, "指标")
    all_rows = sum(len(t) for t in tables_with(app, "三级指标"))
    app.text_input(key="i-query").input("研发投入").run()
    labels = [label for table in tables_with(app, "三级指标") for label in table["指标"]]
    assert labels and all("研发投入" in label for label in labels)
    assert len(labels) < all_rows
    app.text_input(key="i-query").input("").run()
    app.multiselect(key="i-status").set_value(["证据一致"]).run()
    statuses = {s for t in tables_with(app, "三级指标") for s in t["状态"]}
    assert statuses == {"证据一致"}
    app.multiselect(key="i-status").set_value([]).run()
    app.multiselect(key="i-dimension").set_value(["三"]).run()
    groups = [m.value for m in app.markdown if m.value.startswith("##### ")]
    assert groups and all(g.startswith("##### 三、") for g in groups)
    assert {s for t in tables_with(app, "三级指标") for s in t["三级指标"]} <= {
        f"{g.code} {g.name}" for l2 in load_catalog().dimensions[2].groups for g in l2.groups}


@pytest.mark.requires_soffice
def test_opening_a_citation_shows_the_highlighted_page(app):
    view(app, "问题")
    cite = next(b for b in app.button if b.key and b.key.startswith("cite-"))
    cite.click().run()
    assert not app.exception
    captions = [c for image in app.image for c in image.captions]
    assert any("第" in c and "页" in c and "黄色框为引文位置" in c for c in captions), captions
    assert any(m.value.startswith("> ") for m in app.markdown)  # the quote is shown
    view(app, "证据")  # the browser opens on the cited file and page
    assert any(m.value.startswith("本页被引用") and not m.value.startswith("本页被引用 0") for m in app.markdown)


@pytest.mark.requires_soffice
def test_a_file_without_pages_shows_locator_and_row(app, workspace):
    """A workbook has no page images: the viewer shows the cited cell among the sheet's cells."""
    review = registry_review(workspace).review
    member = next(f for f in review.package.files if f.document.pagination == "sheets")
    block = next(b for p in member.document.pages for b in p.blocks if b.table_cell is not None and "平台名称" in b.text)
    from assistant.core.citations import cite_block

    citation = cite_block(member.document, member.document.pages[0], block)
    app.session_state["citation"] = (review.package.id, citation.model_dump_json())
    view(app, "问题")
    assert any(c.value.startswith("Excel 工作表") for c in app.caption)
    assert any(block.locator in m.value.replace("\\", "") for m in app.markdown)
    assert any("平台名称" in t.value.to_string() for t in app.table)  # the sheet's cells, the cited row among them


def _first_finding_slug(app):
    return next(b.key for b in app.button if b.key and b.key.startswith("save-")).removeprefix("save-")


def test_decisions_need_a_comment_and_are_stored(app, workspace):
    view(app, "问题")
    app.text_input(key="reviewer").input("张评审").run()
    slug = _first_finding_slug(app)
    package_id = registry_review(workspace).package_id
    before = len(store(workspace).history(package_id))
    app.radio(key=f"action-{slug}").set_value("accept")
    app.text_area(key=f"comment-{slug}").input("   ")
    app.button(key=f"save-{slug}").click().run()
    assert any("请填写评审意见" in e.value for e in app.error)
    assert len(store(workspace).history(package_id)) == before  # refused: nothing written
    app.text_area(key=f"comment-{slug}").input("扫描件现场补交")
    app.button(key=f"save-{slug}").click().run()
    assert not app.error
    decided = [d for d in store(workspace).current_decisions(package_id).values() if d.item_kind == "finding"]
    assert any(d.action == "accept" and d.comment == "扫描件现场补交" and d.reviewer == "张评审" and d.role == "评审专家"
               for d in decided)
    assert any("已确认" in m.value for m in app.markdown)
    assert any("已保存评审决定" in s.value for s in app.success)


def test_override_corrects_the_summary_row_and_dismiss(app, workspace):
    view(app, "问题")
    app.text_input(key="reviewer").input("王专家").run()
    package_id = registry_review(workspace).package_id
    slugs = [b.key.removeprefix("save-") for b in app.button if b.key and b.key.startswith("save-")]
    target = next(s for s in slugs if any(c.key == f"linked-{s}" for c in app.checkbox))
    app.radio(key=f"action-{target}").set_value("override")
    app.text_area(key=f"comment-{target}").input("按设备清单核定")
    app.button(key=f"save-{target}").click().run()
    assert any("必须填写修改后的值" in e.value for e in app.error)
    app.text_input(key=f"value-{target}").input("16000")
    app.button(key=f"save-{target}").click().run()
    assert not app.error, [e.value for e in app.error]
    current = store(workspace).current_decisions(package_id)
    assert any(k[0] == "finding" and d.action == "override" and d.after == "16000" for k, d in current.items())
    assert "16000" in store(workspace).overrides(package_id).values()  # the 汇总表 row changed too
    # The complete sample has a single finding: the reviewer reconsiders and dismisses it.
    other = next((s for s in slugs if s != target), target)
    app.radio(key=f"action-{other}").set_value("dismiss")
    app.text_area(key=f"comment-{other}").input("不适用")
    app.button(key=f"save-{other}").click().run()
    assert any(d.action == "dismiss" and d.comment == "不适用" for d in store(workspace).current_decisions(package_id).values())


def test_conflicting_decision_is_refused_with_the_chinese_message(app, workspace):
    view(app, "汇总表")
    app.text_input(key="reviewer").input("张评审").run()
    app.selectbox(key="s-row").set_value("平台名称").run()
    review = registry_review(workspace).review
    row = next(r for r in review.rows if r.label == "平台名称")
    slug = next(b.key for b in app.button if b.key and b.key.startswith("save-")).removeprefix("save-")
    with store(workspace) as other:  # another reviewer decides after this page was rendered
        version = other.decision(review.package.id, "value", "平台名称")
        other.record_decision(review.package.id, "value", "平台名称", "accept", comment="名称与附件6一致",
                              reviewer="李四", role="评审专家", evidence_hash=citations_hash(row.citations),
                              expected_version=version.version if version else 0, computed=row.value)
    count = len(store(workspace).history(review.package.id, "value", "平台名称"))
    app.radio(key=f"action-{slug}").set_value("dismiss")
    app.text_area(key=f"comment-{slug}").input("名称需核实")
    app.button(key=f"save-{slug}").click().run()
    assert any("已被 李四（评审专家）" in e.value and "您的修改未保存" in e.value for e in app.error)
    assert len(store(workspace).history(review.package.id, "value", "平台名称")) == count
    assert any("李四" in m.value for m in app.markdown)  # refreshed: the other decision is shown
    app.button(key=f"save-{slug}").click().run()  # now based on the refreshed version
    assert not app.error
    assert store(workspace).decision(review.package.id, "value", "平台名称").action == "dismiss"


def test_decisions_survive_a_restart(app, workspace, monkeypatch):
    import streamlit as st

    review = registry_review(workspace).review
    finding = next(f for f in review.findings if f.citations)
    with store(workspace) as s:
        current = s.decision(review.package.id, "finding", finding.id)
        s.record_decision(review.package.id, "finding", finding.id, "dismiss", comment="重启前的决定", reviewer="赵六",
                          role="评审专家", evidence_hash=citations_hash(finding.citations),
                          expected_version=current.version if current else 0)
    st.cache_resource.clear()  # a new server: no loaded review, no open store connection
    at = AppTest.from_file(str(APP), default_timeout=60)
    at.run(timeout=FIRST_RUN_S)
    view(at, "问题")
    assert any("已驳回" in m.value and "赵六" in m.value and "重启前的决定" in m.value for m in at.markdown)


def test_export_buttons_and_annotated_summary(app, workspace):
    view(app, "导出")
    keys = {b.key for b in app.download_button}
    assert keys >= {"dl-xlsx", "dl-docx", "dl-html", "dl-findings", "dl-prefill", "dl-decisions"}
    review = registry_review(workspace).review
    row = next(r for r in review.rows if r.label == "平台建设金额（万元）")
    with store(workspace) as s:
        current = s.decision(review.package.id, "value", row.label)
        s.record_decision(review.package.id, "value", row.label, "override", comment="按审计报告", reviewer="张评审",
                          role="评价工作组", evidence_hash=citations_hash(row.citations),
                          expected_version=current.version if current else 0, computed=row.value, new_value="3900.00")
        overrides = s.overrides(review.package.id)
        sheet = load_workbook(io.BytesIO(downloads.summary_xlsx(review, s))).active
        html = downloads.report_html(review, s, workspace / "cache" / "thumbnails").decode()
    by_label = {r[0].value: r for r in sheet.iter_rows(min_row=3)}
    assert overrides[row.label] == "3900.00" and by_label[row.label][1].value == "3900.00"
    assert by_label[row.label][2].value == f"评审修改：{row.value} → 3900.00（张评审：按审计报告）"
    assert 'id="decisions"' in html and "评审决定" in html and "Pj#03300x" not in html


def test_batch_export_zip(app, workspace):
    app.radio(key="role").set_value("评价工作组").run()
    assert app.download_button(key="dl-batch") is not None
    reviews = [registry_review(workspace).review]
    with store(workspace) as s:
        archive = zipfile.ZipFile(io.BytesIO(downloads.batch_zip(reviews, s)))
    assert archive.namelist() == ["33_延锋工业互联网平台_汇总表.xlsx"]


def test_chat_answers_with_clickable_citations(app):
    view(app, "问答")
    app.chat_input(key="chat-input").set_value("平台相关营业收入是多少？出自哪一页？").run()
    assert not app.exception, [e.value for e in app.exception]
    answer = "\n".join(m.value for m in app.markdown)
    assert "3215\\.33" in answer or "3215.33" in answer
    cites = [b for b in app.button if b.key and b.key.startswith("cite-chat-")]
    assert cites and cites[0].label.startswith("[1]")
    cites[0].click().run()
    assert app.image or any("该文件没有页码" in c.value for c in app.caption)


def test_upload_files_reviews_the_package(app, workspace):
    files = [(p.name, p.read_bytes(), "application/octet-stream") for p in sorted(SAMPLE.rglob("*")) if p.is_file()]
    app.file_uploader(key="upload-files").set_value(files).run()
    app.button(key="upload-go").click().run(timeout=FIRST_RUN_S)
    assert not app.exception, [e.value for e in app.exception]
    source = Path(app.session_state["package_source"])
    assert source.parent.parent == workspace / "uploads" and source.name == "package"
    assert "延锋工业互联网平台（上海延锋金桥饰件系统有限公司）" in texts(app)
    # The same files as the bundled sample: one application, one entry, named by its platform.
    labels = app.sidebar.selectbox[0].options
    assert sum("延锋工业互联网平台" in label for label in labels) == 1, labels


def test_credentials_never_reach_the_page(app):
    for name in ("汇总表", "指标", "问题"):
        view(app, name)
        shown = texts(app) + "".join(str(d.value.to_dict()) for d in [*app.dataframe, *app.table])
        assert "Pj#03300x" not in shown and "review33" not in shown


def test_shared_deployment_refuses_a_request_without_a_signed_in_user(workspace, monkeypatch):
    monkeypatch.setenv("SHENBAO_WORKSPACE", str(workspace))
    monkeypatch.setenv("SHENBAO_UI_USER_HEADER", "X-Forwarded-User")
    at = AppTest.from_file(str(APP), default_timeout=60)
    at.run()
    assert not at.exception
    assert any("需要登录" in e.value for e in at.error)
    assert not at.tabs  # nothing of any package is shown
