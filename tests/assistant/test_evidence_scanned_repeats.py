"""A scanned certificate list over two pages, as OCR reads it (h80, first met 2026-12-07): the header
repeated on page 2 with one cell read otherwise (「授权/壹记日」 on page 1, 「授权/登记日」 on page 2), and the
holder's name misread in a few rows (「上海斯华…」 for 「上海新华…」). It is one list of the applicant's
patents; a holder that differs by more than a glyph is another holder. Fixtures are OCR boxes built here
(tests/fixtures/make_list_fixtures.py), not a blind set's files."""

from __future__ import annotations

from fixtures.make_list_fixtures import ocr_document

from assistant.catalog.notice import load_catalog
from assistant.evidence.lists import read_lists

HOLDER = "上海新华控制技术集团科技有限公司"
X = (40, 80, 250, 350, 420, 500)


def _header(date_word: str) -> list:
    return list(zip(["序号", "名称", "专利号", "类型", f"授权/{date_word}日", "权利人"], X, strict=True))


def _row(n: int, holder: str = HOLDER) -> list:
    cells = [str(n), f"一种基于多源数据融合的故障诊断方法{n}", f"ZL 20221 {n:07d}.5", "发明专利", "2022-06-11", holder]
    return list(zip(cells, X, strict=True))


def _patents(page2_holders: list[str]) -> list:
    page1 = [[("授权专利清单（共12项）", 200)], _header("壹记"), *(_row(n) for n in range(1, 7))]
    page2 = [_header("登记"), *(_row(n, page2_holders[n - 7]) for n in range(7, 13))]
    facts = read_lists(ocr_document("专利证书清单（扫描件）.pdf", [page1, page2]), load_catalog())
    return [f for f in facts if f.field_id == "patents"]


def test_a_repeated_header_read_otherwise_and_a_holder_misread_by_a_glyph():
    [patents] = _patents([HOLDER, "上海斯华控制技术集团科技有限公司", HOLDER, HOLDER, "上海斯华控制技术集团科技有限公司", HOLDER])
    assert (patents.normalized, patents.status) == (12, "found")
    assert not any("权利人为" in r for r in patents.reasons)


def test_a_holder_that_is_another_company_is_still_said():
    [patents] = _patents([HOLDER] * 4 + ["上海新华软件有限公司"] * 2)
    assert patents.normalized == 12
    assert any("2 项的权利人为“上海新华软件有限公司”" in r for r in patents.reasons)


def test_a_numbered_heading_that_prints_its_lists_count_is_no_tables_heads(tmp_path):
    """h17: 「（一）专利清单 合计：19项（权利人均为…）」 and 「（二）软件著作权清单 合计：34项」 over lists printed as
    lines: each line names its kind and prints the count (two cells to the line reader, read before as a
    statistics table's heads). The counts agree with the rows and are cited on the headings."""
    from fixtures.make_unseen_fixtures import Line, flow_pdf, read_pdf

    lines = [Line("平台核心软硬件知识产权清单"), Line("（一）专利清单  合计：3项（权利人均为某某科技有限公司）"),
             Line("序号  名称  类型  专利号")]
    lines += [Line(f"{n}  一种曝气量智能控制方法{n}  发明  ZL20181104123{n:02d}.0") for n in range(1, 4)]
    lines += [Line("（二）软件著作权清单  合计：4项"), Line("序号  软件名称  登记号")]
    lines += [Line(f"{n}  某某曝气量智能控制软件V{n}.0  2019SR01000{n:02d}") for n in range(1, 5)]
    facts = {f.field_id: f for f in read_lists(read_pdf(flow_pdf(tmp_path / "知识产权清单.pdf", [lines])), load_catalog())}
    assert (facts["patents"].normalized, facts["software_copyrights"].normalized) == (3, 4)
    assert facts["patents"].citations[0].quote.startswith("（一）专利清单")
    assert facts["software_copyrights"].citations[0].quote.startswith("（二）软件著作权清单")


def test_a_wrapped_holders_tail_read_as_a_row_of_its_own_is_no_other_holder():
    """h82: the scan wraps 「宝武装备智能科技有 / 限公司」 and OCR gives one row the tail: 「限公司」 alone is a legal
    form, no holder — the list's 12 items stay the holder's."""
    cut = HOLDER[:-3]  # 「上海新华控制技术集团科技有」: the cell's first line, on every row
    page1 = [[("授权专利清单（共12项）", 200)], _header("登记"), *(_row(n, cut) for n in range(1, 12)), _row(12, "限公司")]
    [patents] = [f for f in read_lists(ocr_document("专利清单（扫描件）.pdf", [page1]), load_catalog()) if f.field_id == "patents"]
    assert patents.normalized == 12 and patents.held_by_others == 0
    assert not any("权利人为" in r for r in patents.reasons)

