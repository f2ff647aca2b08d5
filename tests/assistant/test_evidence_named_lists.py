"""Lists of the named things the notice counts (h30's parks, first met 2026-12-06): one row one park,
one 智能工厂, one partner platform, checked against the printed 共计; a table of parks' enterprises is
no count of enterprises. Fixtures are drawn here."""

from __future__ import annotations

from pathlib import Path

import pytest
from fixtures.make_unseen_fixtures import Grid, Line, cited_facts, flow_pdf, read_pdf

from assistant.evidence.lists import read_lists

PARKS = [["序号", "园区名称", "所在区", "入驻企业数（家）", "服务内容"],
         ["1", "张江科学城", "浦东新区", "1,860", "机台远程运维"], ["2", "临港新片区综合产业区", "浦东新区", "920", "供应链协同"],
         ["3", "漕河泾开发区浦江高科技园", "闵行区", "680", "质量追溯"]]


@pytest.mark.parametrize(("rows", "total", "field", "value"), [
    (PARKS, "共计3个园区", "industrial_parks_served", 3),
    ([["序号", "工厂名称", "认定批次", "文号"], ["1", "某某电机智能工厂", "2022年", "沪经信智〔2022〕12号"],
      ["2", "某某仪表智能工厂", "2023年", "沪经信智〔2023〕7号"]], "合计：2家", "smart_factories_served", 2),
    ([["序号", "合作平台名称", "合作内容", "协议编号"], ["1", "某某工业互联网平台", "数据互通", "HZ-2023-01"],
      ["2", "某某云平台", "联合解决方案", "HZ-2023-02"], ["3", "某某标识解析节点", "标识服务", "HZ-2024-03"]],
     "合计：3个", "partner_platforms", 3),
])
def test_a_list_of_named_things_counts_them(tmp_path: Path, rows, total, field, value):
    page = [Line("清单"), Grid(rows, widths=[40, 170, 90, 90, 90][:len(rows[0])]), Line(total)]
    facts = cited_facts(read_pdf(flow_pdf(tmp_path / "清单.pdf", [page])), read_lists)
    assert facts[field, ""].normalized == value and facts[field, ""].confident
    assert not any(f == "enterprises_served" for f, _c in facts)  # 入驻企业数 are the parks', not served firms


def test_a_park_list_short_of_its_printed_total_is_ambiguous(tmp_path: Path):
    page = [Line("平台服务园区一览表"), Grid(PARKS, widths=[40, 170, 90, 90, 90]), Line("共计4个园区")]
    fact = cited_facts(read_pdf(flow_pdf(tmp_path / "园区.pdf", [page])), read_lists)["industrial_parks_served", ""]
    assert fact.status == "ambiguous" and not fact.confident


@pytest.mark.parametrize(("heading", "header"), [
    ("表3 服务的上海市级智能工厂（共3家）", ["序号", "智能工厂", "服务内容"]),  # h15: the column is the thing
    ("上海市级智能工厂客户证明函目录（共3份）", ["序号", "出具单位", "服务内容", "出具日期"]),  # h13: one letter each
])
def test_a_list_under_a_heading_naming_smart_factories_counts_them(tmp_path: Path, heading, header):
    rows = [header, *[[str(n), f"上海某某{n}号智能工厂", "设备远程运维", "2024年6月12日"][:len(header)] for n in (1, 2, 3)]]
    page = [Line("某某科技有限公司"), Line(heading), Grid(rows, widths=[40, 170, 110, 90][:len(header)])]
    facts = cited_facts(read_pdf(flow_pdf(tmp_path / "智能工厂.pdf", [page])), read_lists)
    fact = facts["smart_factories_served", ""]
    assert fact.normalized == 3 and fact.confident and fact.citations[0].quote.startswith(heading[:4])


@pytest.mark.parametrize(("count", "status"), [("共4项（发明专利3项、实用新型专利1项）", "found"), ("共5项", "ambiguous")])
def test_a_bare_count_under_a_lists_title_is_its_printed_count(tmp_path: Path, count, status):
    """h85: 「授权专利清单」 over a line 「共64项」 alone (its kind unsaid) and the numbered rows: the count the
    list prints, cited on its page, checked against the rows."""
    rows = [["序号", "专利名称", "专利号", "专利权人", "授权日"]] + [
        [str(n), f"一种船体分段装配方法{n}", f"ZL20211000{n}.{n}", "某某造船有限公司", "2023-01-0" + str(n)] for n in range(1, 5)]
    page = [Line("平台授权专利清单"), Line(count), Grid(rows, widths=[40, 170, 120, 120, 80])]
    fact = cited_facts(read_pdf(flow_pdf(tmp_path / "专利清单.pdf", [page])), read_lists)["patents", ""]
    assert fact.status == status and any(c.quote == count for c in fact.citations)


def test_a_dashboards_row_of_captions_over_its_figures_states_no_count(tmp_path: Path):
    """h81: a cockpit printed as lines 「上架工业APP 机理模型库 微服务 解决方案」 over 「206个 486个 1,426个 46个」: read as one
    text they say 「解决方案206个」, which no sentence says; a sentence wrapped before its figure still counts."""
    page = [Line("上架工业APP 机理模型库 微服务 解决方案"), Line("206个 486个 1,426个 46个")]
    facts = cited_facts(read_pdf(flow_pdf(tmp_path / "驾驶舱.pdf", [page])), read_lists)
    assert ("solutions_total", "") not in facts
    page = [Line("平台累计沉淀行业解决方案"), Line("共46个，覆盖电力、钢铁等行业。")]
    facts = cited_facts(read_pdf(flow_pdf(tmp_path / "说明.pdf", [page])), read_lists)
    assert facts["solutions_total", ""].normalized == 46
