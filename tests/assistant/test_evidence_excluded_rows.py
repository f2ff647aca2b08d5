"""Rows a list counts that the 填报指引's own 口径 leaves out (h41): a partner platform joined only by a framework
agreement or a link, a smart factory of a district's 认定 under 上海市级. Read as the items the list's total
holds that the notice does not count; a row the list itself marks 否 (not counted) is no such row."""

from __future__ import annotations

from pathlib import Path

import pytest
from fakes.documents import document
from fixtures.make_unseen_fixtures import Grid, Line, cited_facts, flow_pdf, read_pdf

from assistant.catalog.notice import load_catalog
from assistant.core.evidence import COUNTED_BUT_EXCLUDED
from assistant.evidence.excluded_rows import read_excluded_rows

PARTNERS = ["合作平台一览", "序号 平台名称 合作方 合作内容 对接方式 是否计入",
            "1 甲工业云 甲科技有限公司 设备数据互通 API对接 是",
            "2 乙物流平台 乙物流有限公司 签订战略合作框架协议，尚", "未开展系统对接 仅签订框架协", "议 是",
            "3 丙交易平台 丙贸易有限公司 门户网站友情链接 链接跳转 是",
            "4 丁招采平台 丁服务有限公司 首页链接 链接跳转 否",
            "合计：3个"]
FACTORIES = ["服务智能工厂名单（上海市级）", "序号 工厂 单位 认定批次",
             "1 某某嘉定智能工厂 某某机床有限公司 2022年度上海市智能工厂",
             "2 某某闵行工厂 某某电器有限公司 2023年度闵行区智能工厂（区级）",
             "3 某某松江智能工厂 某某泵业有限公司 2023年度上海市智能工厂", "共3家"]


def test_rows_the_notice_leaves_out_are_counted_as_excluded():
    catalog = load_catalog()
    [partners] = read_excluded_rows(document("合作平台清单.pdf", [PARTNERS]), catalog)
    assert (partners.field_id, partners.component, partners.normalized) == ("partner_platforms", COUNTED_BUT_EXCLUDED, 2)
    assert "第2项、第3项" in partners.note  # row 4 is marked 否: the list leaves it out itself
    [factories] = read_excluded_rows(document("智能工厂清单.pdf", [FACTORIES]), catalog)
    assert (factories.field_id, factories.normalized) == ("smart_factories_served", 1) and "第2项" in factories.note
    clean = [line for line in FACTORIES if "区级" not in line]
    assert read_excluded_rows(document("智能工厂清单.pdf", [clean]), catalog) == []
    # a workbook's cells, a line each: 「否（仅框架协议，未对接）」 is the list leaving the row out itself
    cells = ["合作平台协议一览", "序号", "平台", "对接方式", "是否计入", "1", "甲工业云", "API对接", "是",
             "2", "乙大宗平台", "战略合作框架协议", "仅签署框架协议", "否（仅框架协议，未对接）", "合计：计入1个"]
    assert read_excluded_rows(document("合作平台协议一览表.xlsx", [cells]), catalog) == []
    # a total of fewer than the rows: the rows left out may be those already
    assert read_excluded_rows(document("合作平台清单.pdf", [[*PARTNERS[:-1], "合计：1个"]]), catalog) == []
    # the 口径 sentence above the rows names what is left out: it is no row
    stated = ["合作平台清单", "统计口径：仅签署框架协议或仅以链接跳转形式接入的不计入。", *PARTNERS[1:3], "合计：1个"]
    assert read_excluded_rows(document("合作平台清单.pdf", [stated]), catalog) == []


# --- layouts the lists' scan reads (`evidence.lists.scan`), each missed when the rows were cut from the page text ---

PARTNER_HEADER = ["序号", "合作平台名称", "对接接口数", "对接方式", "是否计入", "备注"]


def _partner_rows(count: int, framework: int, link: int, left_out: int = 0) -> list[list[str]]:
    rows = []
    for n in range(1, count + 1):
        way = "仅签署框架协议" if n == framework else "链接跳转" if n in (link, left_out) else "API对接"
        rows.append([str(n), f"某某工业互联网平台{n:02d}", str(n % 4 + 1), way, "否" if n == left_out else "是",
                     "已下线" if n == left_out else "数据互通"])
    return rows


def test_a_partner_list_in_a_word_table_under_its_introduction(tmp_path: Path):
    """A DOCX proof whose list is a table (序号 a cell of its own, a line of the page text each) under paragraphs of
    introduction, so its title is not among the page's first lines; a 对接接口数 cell (「2」) reads like a 序号, and the
    row the list marks 否 in a column before its 备注 is left out by the list itself."""
    from docx import Document as Docx

    word = Docx()
    for text in ("关于平台合作生态建设情况的说明", "平台坚持开放合作，与行业平台开展数据互通与联合服务。",
                 "截至2023年12月31日，平台已与多家工业互联网平台建立合作关系。", "主要合作方式包括接口对接、联合运营等。",
                 "具体合作情况见下表。", "表1 合作平台清单"):
        word.add_paragraph(text)
    rows = [PARTNER_HEADER, *_partner_rows(6, framework=3, link=5, left_out=6), ["合计", "计入5个", "", "", "", ""]]
    table = word.add_table(rows=len(rows), cols=len(PARTNER_HEADER))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    word.save(tmp_path / "合作生态说明.docx")
    [partners] = cited_facts(read_pdf(tmp_path / "合作生态说明.docx"), read_excluded_rows).values()
    assert (partners.field_id, partners.component, partners.normalized) == ("partner_platforms", COUNTED_BUT_EXCLUDED, 2)
    assert partners.note.startswith("第3项、第5项") and partners.citations[0].quote.startswith("3")


def test_a_factory_workbook_with_a_count_column(tmp_path: Path):
    """An XLSX list of factories whose 服务年限 cell (「2」) follows the 序号 1: the rows are the sheet's rows."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["服务上海市级智能工厂名单"])
    sheet.append(["序号", "智能工厂名称", "服务年限（年）", "认定批次"])
    for n, batch in ((1, "2022年度上海市智能工厂"), (2, "2023年度嘉定区智能工厂（区级）"), (3, "2023年度上海市智能工厂")):
        sheet.append([n, f"上海某某{n}号智能工厂", n + 1, batch])
    sheet.append(["合计", "3家"])
    book.save(tmp_path / "智能工厂名单.xlsx")
    [factories] = cited_facts(read_pdf(tmp_path / "智能工厂名单.xlsx"), read_excluded_rows).values()
    assert (factories.field_id, factories.normalized) == ("smart_factories_served", 1)
    assert factories.note.startswith("第2项") and factories.citations[0].quote == "2"  # the row, by its 序号 cell
    assert factories.citations[0].locator == "Sheet!A4"


@pytest.mark.parametrize("total", ["合计：8个", "合计：7个"])
def test_a_partner_list_over_two_pages_under_its_repeated_header(tmp_path: Path, total: str):
    """A ruled list over two pages, its header repeated on the second, whose 序号 go on from 6: the rows the notice
    leaves out are on the second page, the total under them counts the whole list (a total of another number says
    nothing)."""
    rows = _partner_rows(8, framework=6, link=8)
    widths = [30, 150, 60, 90, 50, 70]
    pages = [[Line("合作平台清单"), Grid([PARTNER_HEADER, *rows[:5]], widths=widths)],
             [Grid([PARTNER_HEADER, *rows[5:]], widths=widths), Line(total)]]
    facts = cited_facts(read_pdf(flow_pdf(tmp_path / "合作平台清单.pdf", pages)), read_excluded_rows)
    if total == "合计：7个":
        assert facts == {}
        return
    partners = facts["partner_platforms", COUNTED_BUT_EXCLUDED]
    assert partners.normalized == 2 and partners.note.startswith("第6项、第8项")
    assert partners.citations[0].page == 2 and partners.citations[0].quote.startswith("6")
