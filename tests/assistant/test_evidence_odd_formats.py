"""Evidence in the formats small offices save (h33, first met 2026-12-05): a dashboard saved from the
browser as HTML (tiles: a caption, then its number, no geometry) and an audit note whose earlier
years are dashes (「平台相关研发投入 | — | — | 6,663.18」). Fixtures are our own, never the blind set's."""

from __future__ import annotations

from pathlib import Path

from fixtures.make_unseen_fixtures import Grid, Line, flow_pdf, read_pdf

from assistant.catalog.notice import load_catalog
from assistant.evidence.figures import read_figures
from assistant.evidence.platform import read_platform_figures
from extractors.reader import read_file

PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>运营看板</title></head><body>
<h1>某某平台运营看板</h1><div class="time">2024-07-16 09:12:05</div>
<div class="tile"><div class="cap">注册企业用户（家）</div><div class="num">2,950</div></div>
<div class="tile"><div class="cap">上架工业APP（个）</div><div class="num">559</div></div>
<div class="tile"><div class="cap">接入设备（台/套）</div><div class="num">24,197</div></div>
<div class="tile"><div class="cap">今日新增设备</div><div class="num">37</div></div>
<p>数据截至2024-07-15 24:00</p></body></html>"""


def test_a_dashboard_saved_as_a_web_page_gives_its_tiles(tmp_path: Path):
    path = tmp_path / "看板.html"
    path.write_text(PAGE, encoding="utf-8")
    document = read_file(path, "看板.html")
    facts = {f.field_id: f for f in read_figures(document, load_catalog())}
    assert {k: f.normalized for k, f in facts.items()} == {
        "enterprise_users_registered": 2950, "apps_total": 559, "devices_total": 24197}  # not 今日新增
    assert facts["devices_total"].citations[0].page == 1 and facts["devices_total"].citations[0].quote == "24,197"


def test_dashes_for_the_years_a_note_does_not_give_are_no_label(tmp_path: Path):
    rows = [["项目", "2021年度", "2022年度", "2023年度"], ["平台相关营业收入", "21,521.59", "25,871.03", "29,572.41"],
            ["平台相关研发投入", "—", "—", "6,663.18"], ["平台利润总额", "—", "—", "4,475.07"]]
    page = [Line("附注十五、平台业务专项说明"), Line("单位：万元"), Grid(rows)]
    facts = {(f.field_id, f.component): f.normalized
             for f in read_platform_figures(read_pdf(flow_pdf(tmp_path / "审计报告.pdf", [page])), load_catalog())}
    assert facts[("rd_investment", "")] == 6663.18 and facts[("profit_margin", "平台利润总额（万元）")] == 4475.07
