"""Issue 16 (points 2, 3, 5), through Streamlit's AppTest on the bundled sample: the evidence
viewer (every source of a finding reachable, each view keeps its own citation, a workbook shows
its cells), whole tables with sources named without server paths, and the wording a reviewer
reads (no rule ids, CLI flags, hex ids, UTC times or 置信度; decisions that say what they
decide; every problem of a form at once; a counts chart in whole numbers).

The layout points a browser is needed for (the viewer in sight of a citation clicked far down,
the page image's width, 停止 instead of "Stop") are in test_browser.py.
"""

from __future__ import annotations

import json
import re
from datetime import datetime, timedelta

import pytest
from streamlit.testing.v1 import AppTest
from tests_paths import REPO, SAMPLE

from assistant.core.citations import cite_block
from assistant.core.settings import Settings
from assistant.store.interface import citations_hash
from assistant.store.opener import open_review_store
from ui import state

APP = REPO / "ui" / "app.py"
FIRST_RUN_S = 400  # a cold cache parses and renders the sample (LibreOffice, OCR)
HEX_ID = re.compile(r"(?<![0-9A-Za-z])[0-9a-f]{12,}(?![0-9A-Za-z])")
RULE_ID = re.compile(r"\b[a-z_]+\.[a-z_]+\b")
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def workspace(shared_workspace, tmp_path_factory):
    folder = tmp_path_factory.mktemp("ui16_ws")
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


def view(at: AppTest, name: str, role: str = "评审专家") -> AppTest:
    at.segmented_control(key=f"view-{role}").set_value(name).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def texts(at: AppTest) -> str:
    return "\n".join([m.value for m in at.markdown] + [c.value for c in at.caption] + [s.value for s in at.subheader]
                     + [e.value for e in at.error] + [i.value for i in at.info] + [w.value for w in at.warning])


def quotes(at: AppTest) -> list[str]:
    return [m.value for m in at.markdown if m.value.startswith("> ")]


def loaded(workspace) -> state.LoadedReview:
    return next(r for r in state.registry(Settings(workspace=workspace)).all() if r.source == str(SAMPLE))


def test_every_source_of_a_finding_can_be_opened(app, workspace):
    """「另有 N 处出处未列出」 was a caption: the sources past the sixth could not be opened."""
    view(app, "问题")
    finding = next(f for f in loaded(workspace).review.findings if len(f.citations) > 6)
    more = next(e for e in app.expander if e.label.startswith("另有"))
    hidden = [b for b in more.button if b.key and b.key.startswith(f"cite-{finding.id}")]
    assert more.label == f"另有 {len(hidden)} 处出处" and len(hidden) == len(finding.citations) - 6
    hidden[-1].click().run()
    assert not app.exception
    last = finding.citations[-1]
    assert any(" ".join(last.quote.split())[:10] in q.replace("\\", "") for q in quotes(app)), quotes(app)


def test_each_view_keeps_its_own_citation(app, workspace):
    """A citation clicked on 问题 is not what 指标 shows: there the viewer shows the picked
    indicator's own source; back on 问题 the clicked one is still there."""
    view(app, "问题")
    finding = next(f for f in loaded(workspace).review.findings if len(f.citations) > 6)
    app.button(key=f"cite-{finding.id}-0-3").click().run()
    clicked = quotes(app)
    assert clicked
    view(app, "指标")
    shown = quotes(app)
    assert shown and shown != clicked
    buttons = [b for b in app.button if b.key and b.key.startswith("cite-ind-")]
    assert buttons  # the indicator's own sources, next to the viewer
    view(app, "问题")
    assert quotes(app) == clicked


@pytest.mark.requires_soffice
def test_a_workbook_shows_its_cells_with_the_cited_one_marked(app, workspace):
    review = loaded(workspace).review
    member = next(f for f in review.package.files if f.document.pagination == "sheets")
    page = member.document.pages[0]
    block = next(b for b in page.blocks if b.table_cell is not None and "平台名称" in b.text)
    citation = cite_block(member.document, page, block)
    app.session_state["citation"] = (review.package.id, citation.model_dump_json(), "问题")
    view(app, "问题")
    grids = [t.value for t in app.table if "平台名称" in t.value.to_string()]
    assert grids, "the worksheet's cells are shown"
    assert any("黄色为引文所在单元格" in c.value for c in app.caption)
    view(app, "证据")  # browsing the workbook without a citation on it shows its first rows
    app.selectbox(key=state.BROWSE_FILE).set_value(member.path).run()
    assert not app.exception
    assert any(not t.value.empty for t in app.table)
    assert not any("该页无法显示为图片" in c.value for c in app.caption)


def test_tables_show_every_cell_and_name_sources_without_server_paths(app):
    """Whole tables that grow with their rows (st.table), not st.dataframe grids that cut cells
    and scroll inside the page; the batch 来源 says where a package came from in words."""
    for name in ("概览", "指标", "汇总表"):
        view(app, name)
        assert not app.dataframe, name
        assert app.table, name
    view(app, "概览")
    compare = next(t.value for t in app.table if "证据值" in t.value.columns)
    assert {"证据值", "相对差异（%）", "出处"} <= set(compare.columns)
    app.radio(key="role").set_value("评价工作组").run()
    assert app.segmented_control(key="view-评价工作组").value == "批量总览"
    assert not app.dataframe
    batch = next(t.value for t in app.table if "来源" in t.value.columns)
    assert "延锋工业互联网平台" in set(batch["平台名称"])
    assert not any("/" in str(v) or str(SAMPLE.parent) in str(v) for v in batch["来源"]), list(batch["来源"])
    assert not any(m.value.startswith("### ") for m in app.markdown)  # no single platform named over the batch


def test_findings_name_rules_in_chinese_and_files_without_confidence(app, workspace):
    view(app, "问题")
    review = loaded(workspace).review
    shown = texts(app)
    assert "检查：" in shown
    assert not any(f.rule in shown for f in review.findings)
    assert not RULE_ID.search("\n".join(c.value for c in app.caption)), shown
    view(app, "概览")
    assert not HEX_ID.search(texts(app)), texts(app)
    files = next(t.value for t in app.table if "识别为" in t.value.columns)
    assert "置信度" not in files.columns


def test_counts_chart_counts_in_whole_numbers_with_whole_labels(app):
    view(app, "概览")
    specs = [json.loads(c.proto.spec) for c in app.get("vega_lite_chart")]
    counts = next(s for s in specs if s["encoding"]["x"]["field"] == "问题数")
    assert counts["encoding"]["x"]["axis"]["tickMinStep"] == 1 and counts["encoding"]["x"]["axis"]["format"] == "d"
    assert counts["encoding"]["y"]["axis"]["labelLimit"] == 0


def test_a_malformed_password_is_told_without_a_command_line_flag(app):
    app.text_input(key=state.PASSWORDS).input("审计报告.pdf").run()
    told = " ".join(e.value for e in app.error).replace("\\", "")  # Markdown escapes
    assert "文件名=密码" in told and "--password" not in told and "审计报告.pdf" not in told


def test_decision_choices_say_what_they_decide_and_all_problems_show_at_once(app, workspace):
    view(app, "问题")
    slug = next(b.key for b in app.button if b.key and b.key.startswith("save-")).removeprefix("save-")
    assert app.radio(key=f"action-{slug}").options == ["确认：问题属实", "修改：更正数值", "驳回：问题不成立"]
    app.radio(key=f"action-{slug}").set_value("override")
    app.button(key=f"save-{slug}").click().run()  # no name, no value, no comment: all three told
    assert len(app.error) == 1
    told = app.error[0].value
    assert "评审人姓名" in told and "修改后的值" in told and "评审意见" in told
    view(app, "汇总表")
    row_slug = next(b.key for b in app.button if b.key and b.key.startswith("save-")).removeprefix("save-")
    assert app.radio(key=f"action-{row_slug}").options == ["确认：内容无误", "修改：更正内容", "驳回：内容不予采用"]


def test_decisions_and_conflicts_in_beijing_time_without_ids(app, workspace):
    review = loaded(workspace).review
    finding = next(f for f in review.findings if f.citations)
    view(app, "问题")
    app.text_input(key=state.REVIEWER).input("张评审").run()
    slug = next(b.key for b in app.button if b.key and b.key.startswith("save-")).removeprefix("save-")
    with open_review_store(Settings(workspace=workspace)) as other:  # someone decides after this page was drawn
        current = other.decision(review.package.id, "finding", finding.id)
        decided = other.record_decision(review.package.id, "finding", finding.id, "accept", comment="已核对",
                                        reviewer="李四", role="评审专家",
                                        evidence_hash=citations_hash(finding.citations),
                                        expected_version=current.version if current else 0)
    app.radio(key=f"action-{slug}").set_value("dismiss")
    app.text_area(key=f"comment-{slug}").input("不成立")
    app.button(key=f"save-{slug}").click().run()
    told = " ".join(e.value for e in app.error).replace("\\", "")  # Markdown escapes
    beijing = (datetime.fromisoformat(decided.decided_at) + timedelta(hours=8)).strftime("%Y-%m-%d %H:%M")
    assert "李四（评审专家）" in told and "已确认问题属实" in told and "您的修改未保存" in told
    assert f"{beijing}（北京时间）" in told
    assert finding.id not in told and not HEX_ID.search(told)
    badge = next(m.value for m in app.markdown if "李四" in m.value)
    assert "北京时间" in badge and "UTC" not in badge and "已确认问题属实" in badge
