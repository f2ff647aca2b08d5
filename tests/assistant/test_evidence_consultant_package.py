"""A consultancy's 申报书 (h35, first met 2026-12-05): running headers 「<公司> <平台> · 申报书」 and
「第 N 页 共 M 页」 above every page, proofs bound at the end under 「附件汇编（佐证材料复印件）」 with a
chapter per 附件, and IP lists printed as excerpts (「一、专利清单（共64项）」 over six rows and
「（其余条目见附件原件）」). Fixtures are our own, never the blind set's files."""

from __future__ import annotations

from pathlib import Path

from fixtures.make_unseen_fixtures import Grid, Line, flow_pdf, read_pdf

from assistant.catalog.notice import load_catalog
from assistant.evidence.extractor import annex_chapters
from assistant.evidence.lists import read_lists
from assistant.evidence.platform import read_platform_figures

HEAD = "上海某某智能科技有限公司 某某工业互联网平台 · 申报书"


def _page(number: int, total: int, *items):
    return [Line(HEAD, size=8), Line(f"第 {number} 页 共 {total} 页", size=8), *items]


def _proposal(tmp_path: Path) -> Path:
    patents = [["序号", "专利名称", "类型", "专利号"],
               *[[str(n), f"一种设备数据处理方法{n}", "发明专利", f"ZL2023100000{n}.1"] for n in range(1, 7)]]
    pages = [_page(1, 5, Line("一、申报单位简介"), Line("公司2023年营业收入5.2亿元，员工600人。")),
             _page(2, 5, Line("六、附件及其他说明材料"), Line("附件7-1 2023年度审计报告（节选） 本申报书附件汇编 第3页")),
             _page(3, 5, Line("附件汇编（佐证材料复印件）"), Line("附件7-1 2023年度审计报告（节选：平台业务专项说明）"),
                   Line("平台业务主要财务数据如下（单位：万元）："),
                   Grid([["项目", "2022年度", "2023年度"], ["平台相关营业收入", "21,308.75", "24,586.12"],
                         ["平台相关研发投入", "2,815.42", "3,214.65"]])),
             _page(4, 5, Line("附件7-2 知识产权清单（节选）"), Line("一、专利清单（共64项）"), Grid(patents),
                   Line("（其余条目见附件原件）")),
             _page(5, 5, Line("附件7-3 平台接入设备统计表（复印件）"), Line("按设备二级分类统计"),
                   Grid([["设备二级分类", "接入数量（台/套）"], ["机床", "10,111"], ["仪器仪表", "8,847"],
                         ["合计", "18,958"]]))]
    return flow_pdf(tmp_path / "申报书.pdf", pages)


def test_bound_proofs_under_running_headers_are_read_chapter_by_chapter(tmp_path: Path):
    document = read_pdf(_proposal(tmp_path))
    chapters = annex_chapters(document)
    assert [[p.number for p in c.pages] for c in chapters] == [[3], [4], [5]]  # not the body, not 六's list
    catalog = load_catalog()
    revenue = {f.field_id: f.normalized for f in read_platform_figures(chapters[0], catalog)}
    assert revenue["revenue"] == 24586.12 and revenue["rd_investment"] == 3214.65
    devices = {f.field_id: f for f in read_lists(chapters[2], catalog)}
    # the chapter before says 节选 of itself, not of the device table
    assert devices["devices_total"].normalized == 18958 and devices["devices_total"].scope == "platform"


def test_an_excerpt_of_a_list_counts_what_it_prints_as_its_total(tmp_path: Path):
    document = read_pdf(_proposal(tmp_path))
    patents = [f for f in read_lists(annex_chapters(document)[1], load_catalog()) if f.field_id == "patents"]
    assert [(f.normalized, f.status, f.scope) for f in patents] == [(64, "found", "platform")]
    assert not patents[0].confident and any("节选" in r for r in patents[0].reasons)  # its rows cannot confirm it


def test_a_full_list_printing_another_count_stays_ambiguous(tmp_path: Path):
    rows = [["序号", "专利名称", "类型", "专利号"], *[[str(n), f"一种方法{n}", "发明专利", f"ZL2023{n}.1"] for n in range(1, 7)]]
    document = read_pdf(flow_pdf(tmp_path / "清单.pdf", [[Line("专利清单（共8项）"), Grid(rows)]]))
    patents = [f for f in read_lists(document, load_catalog()) if f.field_id == "patents"]
    assert [(f.normalized, f.status) for f in patents] == [(6, "ambiguous")]  # no word of an excerpt: a disagreement
