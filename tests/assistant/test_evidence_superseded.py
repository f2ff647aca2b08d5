"""A report a re-issued one says it replaces (h27, first met 2026-12-05): 「本报告替代我所于2024年4月
26日出具的天职业字〔2024〕第18627号《平台业务专项审计报告》，原报告自本报告出具之日起作废」 — the
original's figures stay, doubted; the re-issued report's are the proof. A platform table whose rows
fill fewer year columns than its first row is read under the columns that row's figures stood in.
Fixtures are written here (text PDFs drawn with reportlab)."""

from __future__ import annotations

from pathlib import Path

from fixtures.make_unseen_fixtures import Grid, Line, flow_pdf, read_pdf

from assistant.catalog.notice import load_catalog
from assistant.evidence.platform import read_platform_figures
from assistant.evidence.superseded import mark_superseded, superseded_documents

NOTE = [["项目", "2023年度", "2022年度", "2021年度"],
        ["平台相关营业收入", "368,725,616.57", "312,450,816.67", "263,187,178.31"],
        ["平台相关研发投入", "{rd}", "", ""]]


def _report(path: Path, number: str, rd: str, replaces: str = "") -> Path:
    lines = [Line("平台业务专项审计报告", 14, centred=True), Line(f"天职业字〔2024〕第{number}号")]
    if replaces:
        lines.append(Line(f"本报告替代我所于2024年4月26日出具的天职业字〔2024〕第{replaces}号《平台业务专项审计报告》，原报告作废。"))
    grid = [row[:] for row in NOTE]
    grid[2][1] = rd
    page = [Line("附：平台业务专项说明"), Line("单位：元"), Grid(grid, widths=[120, 100, 100, 100], ruled=False)]
    return flow_pdf(path, [lines, page])


def test_the_report_a_reissued_one_replaces_is_doubted(tmp_path: Path):
    old = read_pdf(_report(tmp_path / "01 专项审计报告.pdf", "18627", "52,186,031.44"))
    new = read_pdf(_report(tmp_path / "01-1 专项审计报告（重新出具）.pdf", "31542", "48,623,531.44", replaces="18627"))
    replaced = superseded_documents([old, new])
    assert set(replaced) == {old.path} and replaced[old.path][0] == new.path
    catalog = load_catalog()
    values = mark_superseded(read_platform_figures(old, catalog) + read_platform_figures(new, catalog), replaced)
    rd = {v.citations[0].file: v for v in values if v.field_id == "rd_investment"}
    assert rd[new.path].value == "48,623,531.44" and rd[new.path].confident  # one figure under 2023年度
    assert not rd[old.path].confident and any("已由" in r and "替代" in r for r in rd[old.path].reasons)


def test_reports_that_replace_nothing_are_left_alone(tmp_path: Path):
    a = read_pdf(_report(tmp_path / "a.pdf", "18627", "52,186,031.44"))
    b = read_pdf(_report(tmp_path / "b.pdf", "31542", "48,623,531.44"))
    assert superseded_documents([a, b]) == {}
