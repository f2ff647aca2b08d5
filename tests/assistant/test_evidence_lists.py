"""Lists among the proofs → counts by 序号, printed 合计 lines cited, device breakdowns summed.

The first tests keep what the reader did from the start; the later ones are the failure classes
measured on independently prepared packages (issue 12), each on documents shaped the way other
applicants lay them out (`fixtures.make_list_fixtures`), never by our generator."""

from __future__ import annotations

from pathlib import Path

import pytest
from fixtures.make_evidence_fixtures import ListSection, list_pdf
from fixtures.make_list_fixtures import (
    CATEGORY_ROWS,
    COMPANY,
    COUNTRY_ROWS,
    DEVICE_TOTALS,
    MEASURES,
    PATENT_WIDTHS,
    REGION_ROWS,
    Sheet,
    Table,
    device_statistics,
    device_table,
    ip_lists,
    list_xlsx,
    ocr_document,
    paged_pdf,
    patent_rows,
    rows_xlsx,
    scanned_pdf,
)
from fixtures.make_list_fixtures import PATENT_HEADER as OWNER_PATENT_HEADER
from fixtures.make_unseen_fixtures import Grid, Line, flow_pdf

from assistant.catalog.notice import load_catalog
from assistant.evidence.lists import read_lists
from extractors.model import Document
from extractors.options import ReadOptions
from extractors.reader import read_file

PATENT_HEADER = ["序号", "专利类型", "专利名称", "专利号", "授权公告日"]
SOFTWARE_HEADER = ["序号", "软件名称", "登记号", "登记日期"]
AWARD_HEADER = ["序号", "奖项/荣誉名称", "级别", "获奖时间", "颁发单位"]
DEVICE_HEADER = ["序号", "设备二级分类", "所属区域", "设备数量（台/套）"]


def read(path: Path) -> Document:
    return read_file(path, display_path=path.name, options=ReadOptions(ocr=False, render_docx=False))


def facts_of(document: Document) -> list:
    """Every fact of the document, each checked: cited exactly, typed (scope, dimension, method,
    reasons), and honest about doubt (a 存疑 reason or ambiguity means confidence below 0.8)."""
    facts = read_lists(document, load_catalog())
    for fact in facts:
        assert fact.citations and fact.method == "list_count" and fact.scope == "platform" and fact.reasons
        assert (fact.dimension == "total") == (fact.component == "")
        for citation in fact.citations:  # sheets of a workbook share page None
            assert any(p.text[citation.span.start:citation.span.end] == citation.quote
                       for p in document.pages if p.number == citation.page)
        doubtful = fact.status == "ambiguous" or any(r.startswith("存疑") for r in fact.reasons)
        assert doubtful == (fact.confidence < 0.8), fact
    return facts


def values_of(document: Document) -> dict[tuple[str, str], object]:
    return {(v.field_id, v.component): v for v in facts_of(document)}


def sure(fact) -> bool:
    """What the checks may turn into an error: found, confident, no doubt stated."""
    return fact.status == "found" and fact.confidence >= 0.8 and fact.doubts() == []


def patents(n: int) -> list[list[str]]:
    return [[str(i), "发明专利" if i % 2 else "实用新型", f"一种示例方法{i}", f"ZL2020{i:08d}.1", "2021-01-01"]
            for i in range(1, n + 1)]


def software(n: int) -> list[list[str]]:
    return [[str(i), f"示例平台软件V{i}.0", f"2021SR{i:07d}", "2021-05-01"] for i in range(1, n + 1)]


def test_patents_and_software_in_one_list_each_with_its_total(tmp_path):
    path = list_pdf(tmp_path / "ip.pdf", "平台核心软硬件技术知识产权清单", [
        ListSection("一、专利清单（专利权人：示例公司）", PATENT_HEADER, patents(3), "专利合计：3项"),
        ListSection("二、软件著作权清单（著作权人：示例公司）", SOFTWARE_HEADER, software(2), "软件著作权合计：2项")])
    found = values_of(read(path))
    assert found[("patents", "")].normalized == 3
    assert found[("patents", "")].citations[0].quote == "专利合计：3项"
    assert found[("patents", "")].citations[0].page == 1
    assert found[("software_copyrights", "")].normalized == 2
    assert found[("software_copyrights", "")].citations[0].page == 2
    assert found[("software_copyrights", "")].method == "list_count"


def test_a_title_over_both_lists_states_each_kinds_count(tmp_path):
    """h12: 「知识产权清单（专利9项、软件著作权41项）」 over an unnumbered patent list and a 软著 list
    with no totals: the title's counts were not read, so both counts stood doubted and uncited."""
    unnumbered = [row[1:] for row in patents(3)]
    path = list_pdf(tmp_path / "ip.pdf", "平台核心软硬件技术知识产权清单（专利3项、软件著作权2项）", [
        ListSection("一、专利", PATENT_HEADER[1:], unnumbered, ""),
        ListSection("二、计算机软件著作权", SOFTWARE_HEADER[1:], [row[1:] for row in software(2)], "")])
    found = values_of(read(path))
    for field, count in (("patents", 3), ("software_copyrights", 2)):
        fact = found[(field, "")]
        assert fact.normalized == count and fact.confidence >= 0.9, fact
        assert fact.citations[0].page == 1 and "专利3项" in fact.citations[0].quote
    # a title that states another count: the count is in doubt
    path = list_pdf(tmp_path / "ip2.pdf", "平台核心软硬件技术知识产权清单（专利4项、软件著作权2项）", [
        ListSection("一、专利", PATENT_HEADER[1:], unnumbered, ""),
        ListSection("二、计算机软件著作权", SOFTWARE_HEADER[1:], [row[1:] for row in software(2)], "")])
    assert values_of(read(path))[("patents", "")].status == "ambiguous"


def test_count_follows_serials_across_pages_and_wrapped_names(tmp_path):
    rows = patents(7)
    rows[2][2] = "一种基于数字孪生的设备健康评估方法（改\n进型1）"
    path = list_pdf(tmp_path / "p.pdf", "专利清单", [ListSection("", PATENT_HEADER, rows, "专利合计：7项")], rows_per_page=4)
    document = read(path)
    assert len(document.pages) == 2
    patent = values_of(document)[("patents", "")]
    assert (patent.normalized, patent.status) == (7, "found")
    assert patent.citations[0].page == 2


def test_total_that_disagrees_with_the_rows_is_ambiguous(tmp_path):
    path = list_pdf(tmp_path / "p.pdf", "专利清单", [ListSection("", PATENT_HEADER, patents(9), "专利合计：15项")])
    patent = values_of(read(path))[("patents", "")]
    assert (patent.normalized, patent.status) == (9, "ambiguous")
    assert "15" in patent.note


def test_mixed_ip_list_split_by_type_column(tmp_path):
    header = ["序号", "知识产权类型", "名称", "编号"]
    rows = [["1", "发明专利", "一种方法", "ZL1"], ["2", "软件著作权", "示例系统V1.0", "2021SR1"],
            ["3", "实用新型", "一种装置", "ZL2"], ["4", "软件著作权", "示例软件V2.0", "2021SR2"],
            ["5", "软件著作权", "示例工具V1.0", "2021SR3"]]
    found = values_of(read(list_pdf(tmp_path / "ip.pdf", "知识产权清单", [ListSection("", header, rows)])))
    assert found[("patents", "")].normalized == 2
    assert found[("software_copyrights", "")].normalized == 3


def test_award_list_without_total_counts_rows_and_cites_the_last(tmp_path):
    rows = [["1", "2022年工业互联网平台创新领航应用案例", "国家级", "2022-12", "工业和信息化部"],
            ["2", "2023年上海市软件和信息技术服务业高质量发展专\n项优秀案例", "省部级", "2023-08", "上海市经济和信息化委员会"]]
    section = ListSection("", AWARD_HEADER, rows, widths=[30, 230, 50, 60, 140])
    award = values_of(read(list_pdf(tmp_path / "a.pdf", "省部级及以上奖项荣誉清单", [section])))
    assert award[("awards", "")].normalized == 2
    assert award[("awards", "")].citations[0].quote.startswith("2")
    assert "行" in award[("awards", "")].note


def test_device_list_total_and_breakdowns(tmp_path):
    rows = [["1", "工程机械", "上海", "8,783"], ["2", "动力设备", "上海", "5,263"], ["3", "动力设备", "江苏", "2,811"],
            ["4", "仪器仪表", "俄罗斯Russia", "32"]]
    path = list_pdf(tmp_path / "d.pdf", "平台连接工业设备清单", [ListSection("", DEVICE_HEADER, rows, "合计 16,889")])
    found = values_of(read(path))
    total = found[("devices_total", "")]
    assert (total.normalized, total.value, total.status) == (16889, "16,889", "found")
    assert found[("devices_by_category", "动力设备")].normalized == 8074
    assert found[("devices_by_region", "上海")].normalized == 14046
    assert found[("devices_by_region", "俄罗斯Russia")].normalized == 32
    assert len(found[("devices_by_category", "动力设备")].citations) == 2


def test_device_list_without_total_sums_rows(tmp_path):
    rows = [["1", "机床", "上海", "100"], ["2", "机器人", "江苏", "250"]]
    found = values_of(read(list_pdf(tmp_path / "d.pdf", "公有云工业设备清单", [ListSection("", DEVICE_HEADER, rows)])))
    total = found[("devices_public_cloud", "")]
    assert total.normalized == 350
    assert "相加" in total.note


def test_device_rows_that_do_not_add_up_to_the_total(tmp_path):
    rows = [["1", "机床", "上海", "100"], ["2", "机器人", "江苏", "250"]]
    path = list_pdf(tmp_path / "d.pdf", "设备清单", [ListSection("", DEVICE_HEADER, rows, "合计 400")])
    assert values_of(read(path))[("devices_total", "")].status == "ambiguous"


def test_docx_list(tmp_path):
    from docx import Document as Docx

    doc = Docx()
    doc.add_paragraph("平台获奖清单")
    table = doc.add_table(rows=4, cols=3)
    for r, row in enumerate([["序号", "奖项名称", "颁发单位"], ["1", "示范项目", "工信部"], ["2", "标杆", "市经信委"],
                             ["合计：2项", "", ""]]):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    doc.save(tmp_path / "awards.docx")
    award = values_of(read(tmp_path / "awards.docx"))[("awards", "")]
    assert award.normalized == 2


@pytest.mark.parametrize("header", [["序号", "姓名", "职务"], ["编号", "项目", "本期金额"]])
def test_tables_that_are_not_lists_of_proofs(tmp_path, header):
    rows = [["1", "张三", "1"], ["2", "李四", "2"]]
    assert values_of(read(list_pdf(tmp_path / "x.pdf", "人员名单", [ListSection("", header, rows)]))) == {}


# --- issue 12, class 1: several lists in one file --------------------------------------------------

def by_field(facts) -> dict[str, list]:
    out: dict[str, list] = {}
    for fact in facts:
        out.setdefault(fact.field_id, []).append(fact)
    return out


@pytest.mark.parametrize("ruled", [True, False], ids=["ruled", "unruled"])
@pytest.mark.parametrize("serial_word", ["序号", "编号"])
def test_two_lists_in_one_file_each_counted_against_its_heading(tmp_path, ruled, serial_word):
    """「一、专利清单（共40项）」 and 「二、软件著作权清单（共31项）」 in one PDF, each running over
    pages under a repeated header, with the company's name as running head and in the 权利人
    column, 「第n页 共m页」 at the foot: each list counted on its own, its heading's total cited."""
    path = paged_pdf(tmp_path / "知识产权清单.pdf", ip_lists(40, 31, ruled=ruled, serial_word=serial_word),
                     running_head=f"{COMPANY} 知识产权清单")
    document = read(path)
    assert len(document.pages) >= 3
    facts = by_field(facts_of(document))
    assert set(facts) == {"patents", "software_copyrights"}
    [patent], [software] = facts["patents"], facts["software_copyrights"]
    assert (patent.normalized, software.normalized) == (40, 31)
    assert sure(patent) and sure(software)
    assert patent.citations[0].quote == "一、专利清单（共40项）" and patent.citations[0].page == 1
    assert software.citations[0].quote == "二、软件著作权清单（共31项）"
    assert "40 行" in patent.reasons[0] and "共40项" in patent.reasons[0]


def test_heading_total_that_disagrees_with_the_rows_makes_the_count_ambiguous(tmp_path):
    path = paged_pdf(tmp_path / "ip.pdf", ip_lists(24, 31, printed_patents=25), running_head=f"{COMPANY} 知识产权清单")
    facts = by_field(facts_of(read(path)))
    [patent], [software] = facts["patents"], facts["software_copyrights"]
    assert (patent.normalized, patent.status) == (24, "ambiguous")
    assert "24" in patent.note and "25" in patent.note
    assert patent.confidence < 0.8 and patent.doubts()
    assert sure(software) and software.normalized == 31


def test_sub_lists_under_one_heading_are_added_and_checked_against_each_total(tmp_path):
    """「一、专利清单（共12项）」 over 「（一）发明专利（共7项）」 and 「（二）实用新型专利（共5项）」,
    each with its own table whose 序号 starts again at 1, then the software list."""
    rows = patent_rows(12)
    items = [Line("一、专利清单（共12项）", 11), Line("（一）发明专利（共7项）", 10),
             Table(OWNER_PATENT_HEADER, rows[:7], PATENT_WIDTHS),
             Line("（二）实用新型专利（共5项）", 10),
             Table(OWNER_PATENT_HEADER, [[str(n), *r[1:]] for n, r in enumerate(rows[7:], start=1)], PATENT_WIDTHS),
             *ip_lists(0, 6)[4:]]
    facts = by_field(facts_of(read(paged_pdf(tmp_path / "ip.pdf", items))))
    [patent] = facts["patents"]
    assert (patent.normalized, patent.status) == (12, "found") and sure(patent)
    assert facts["software_copyrights"][0].normalized == 6


def test_gap_in_the_serials_is_reported(tmp_path):
    rows = [r for r in patent_rows(10) if r[0] != "6"]
    path = paged_pdf(tmp_path / "p.pdf", [Line("专利清单", 12), Table(OWNER_PATENT_HEADER, rows, PATENT_WIDTHS)])
    [patent] = facts_of(read(path))
    assert patent.normalized == 9 and patent.status == "ambiguous"
    assert any("缺第6号" in r for r in patent.reasons)


def test_kind_known_only_from_the_file_name_is_a_doubt(tmp_path):
    header = ["序号", "名称", "证书编号", "授权日期"]
    rows = [[str(n), f"一种数据处理方法{n}", f"第{4000000 + n}号", "2022-05-01"] for n in range(1, 6)]
    path = paged_pdf(tmp_path / "附件3-4 专利证书清单.pdf", [Line(f"{COMPANY}", 12), Table(header, rows)])
    [patent] = facts_of(read(path))
    assert patent.normalized == 5 and not sure(patent)
    assert any(r.startswith("存疑：清单类型仅由文件名") for r in patent.reasons)


# --- class 2: a 合计 row with several numeric columns ---------------------------------------------

@pytest.mark.parametrize("ruled,totals_style", [(True, "row"), (False, "row"), (True, "line"), (False, "line"),
                                                (False, "labelled")])
def test_totals_row_with_several_columns_gives_each_its_indicator(tmp_path, ruled, totals_style):
    items = [Line("平台连接工业设备统计表", 13, centred=True),
             *device_table("设备二级分类", CATEGORY_ROWS, MEASURES, DEVICE_TOTALS, ruled=ruled, totals_style=totals_style)]
    facts = by_field(facts_of(read(paged_pdf(tmp_path / "d.pdf", items))))
    totals = {field_id: [f for f in found if f.dimension == "total"] for field_id, found in facts.items()}
    assert [f.normalized for f in totals["devices_total"]] == [21304]
    assert [f.normalized for f in totals["devices_public_cloud"]] == [9870]
    assert [f.normalized for f in totals["devices_public_cloud_daily_running"]] == [6112]
    for field_id, printed in (("devices_total", "21,304"), ("devices_public_cloud", "9,870"),
                              ("devices_public_cloud_daily_running", "6,112")):
        [fact] = totals[field_id]
        assert sure(fact) and fact.value == printed and fact.period == "合计"
        assert any(c.quote == printed for c in fact.citations)
    assert max(f.normalized for found in facts.values() for f in found) < 10**6


def test_a_column_no_indicator_names_gives_nothing(tmp_path):
    rows = [[k, a, "300", "12.5%"] for k, a, *_rest in CATEGORY_ROWS]
    items = device_table("设备二级分类", rows, ["接入数量（台/套）", "私有化部署（台/套）", "占比"],
                         ["21,304", "1,800", "100%"], ruled=False, totals_style="line")
    facts = by_field(facts_of(read(paged_pdf(tmp_path / "d.pdf", items))))
    assert set(facts) == {"devices_total", "devices_by_category"}
    assert facts["devices_total"][0].normalized == 21304


# --- class 3: several breakdowns in one file, told apart by their keys ------------------------------

@pytest.mark.parametrize("ruled,key_word,totals_style,serial", [
    (True, None, "row", True), (True, "项目", "row", False), (False, "项目", "labelled", False),
    (False, "分类", "line", True)])
def test_three_breakdowns_in_one_file_by_the_vocabulary_of_their_keys(tmp_path, ruled, key_word, totals_style, serial):
    """By 二级分类, by 省市区域 (with a 海外 row) and 海外 by country — whatever the key columns are
    headed ("项目", or "分类" over regions and countries too)."""
    items = device_statistics(ruled=ruled, key_word=key_word, totals_style=totals_style, serial=serial)
    facts = by_field(facts_of(read(paged_pdf(tmp_path / "设备统计.pdf", items, running_head=f"{COMPANY} 设备统计"))))
    categories = {r[0] for r in CATEGORY_ROWS}
    regions = {r[0] for r in REGION_ROWS}
    countries = {r[0] for r in COUNTRY_ROWS}
    for field_id in ("devices_by_category", "devices_public_cloud_by_category", "devices_public_cloud_daily_running_by_category"):
        assert {f.component for f in facts[field_id]} == categories
        assert {f.dimension for f in facts[field_id]} == {"category"}
    for field_id in ("devices_by_region", "devices_public_cloud_by_region", "devices_public_cloud_daily_running_by_region"):
        assert {f.component for f in facts[field_id]} == regions
        assert {f.dimension for f in facts[field_id]} == {"region"}
    assert {f.component: f.normalized for f in facts["devices_overseas_by_country"]} == {
        "德国Germany": 520, "越南Vietnam": 480, "泰国Thailand": 200}
    assert {f.dimension for f in facts["devices_overseas_by_country"]} == {"country"}
    found = {(f.field_id, f.component): f.normalized for group in facts.values() for f in group}
    assert found[("devices_by_category", "机床")] == 5200
    assert found[("devices_public_cloud_by_region", "上海")] == 6100
    assert found[("devices_public_cloud_daily_running_by_category", "物流设备")] == 600
    assert found[("devices_by_region", "海外")] == 1200
    assert {f.normalized for f in facts["devices_total"]} == {21304} and len(facts["devices_total"]) == 2
    assert {f.normalized for f in facts["devices_overseas"]} == {1200}
    assert all(sure(f) for group in facts.values() for f in group)
    assert not countries & {f.component for f in facts["devices_by_category"]}


def test_breakdown_totals_that_disagree_are_ambiguous(tmp_path):
    items = device_statistics(region_total="21,300")
    facts = by_field(facts_of(read(paged_pdf(tmp_path / "d.pdf", items))))
    totals = facts["devices_total"]
    assert sorted(f.normalized for f in totals) == [21300, 21304]
    assert {f.status for f in totals} == {"ambiguous"}
    assert all("21,300" in f.note and "21,304" in f.note for f in totals)


# --- class 4: lists as Excel sheets and as scans ---------------------------------------------------

def test_device_list_as_xlsx(tmp_path):
    rows = [[1, "数控车床", "机床", "上海", 8783], [2, "空压机组", "动力设备", "上海市", 5263],
            [3, "锅炉", "动力设备", "江苏", 2811], [4, "分析仪", "仪器仪表", "俄罗斯Russia", 32]]
    sheet = Sheet("设备清单", "平台连接工业设备清单（截至2024年3月31日）",
                  ["序号", "设备名称", "设备二级分类", "所属区域", "接入数量（台/套）"], rows,
                  totals=[["合计", "", "", "", 16889]], note="制表：平台运营部")
    found = values_of(read(list_xlsx(tmp_path / "设备清单.xlsx", [sheet])))
    total = found[("devices_total", "")]
    assert (total.normalized, total.value) == (16889, "16,889") and sure(total)
    assert total.as_of == "截至2024年3月31日"
    assert found[("devices_by_category", "动力设备")].normalized == 8074
    assert found[("devices_by_region", "上海市")].normalized == 5263
    assert found[("devices_by_region", "俄罗斯Russia")].dimension == "region"


def test_certificate_lists_as_xlsx_sheets(tmp_path):
    patents = Sheet("专利", "专利清单", ["序号", "专利名称", "专利号", "专利权人"],
                    [[n, f"一种方法{n}", f"ZL2021{n:08d}.1", COMPANY] for n in range(1, 9)], totals=[["合计：8项"]])
    software = Sheet("软著", "", ["序号", "软件名称", "登记号", "著作权人"],
                     [[n, f"平台软件V{n}.0", f"2022SR{n:07d}", COMPANY] for n in range(1, 13)])
    awards = Sheet("获奖", "省部级及以上奖项荣誉清单", ["序号", "名称", "级别", "颁发单位"],
                   [[n, f"示范项目{n}", "省部级", "上海市经济和信息化委员会"] for n in range(1, 4)], totals=[["合计", "3项"]])
    found = values_of(read(list_xlsx(tmp_path / "清单.xlsx", [patents, software, awards])))
    assert found[("patents", "")].normalized == 8 and sure(found[("patents", "")])
    assert found[("software_copyrights", "")].normalized == 12 and sure(found[("software_copyrights", "")])
    assert found[("awards", "")].normalized == 3 and sure(found[("awards", "")])


def scanned_patent_list(rows: int, printed: int) -> Document:
    """A stamped scan of a patent list as OCR gives it back: a box per cell, some 序号 glued to
    the name, a wrapped name on a line of its own, the list running onto page 2."""
    header = [("序号", 52), ("专利名称", 90), ("专利类型", 260), ("专利号", 330), ("专利权人", 440)]
    lines = [[("平台核心软硬件技术知识产权清单", 180)], [(f"一、专利清单（共{printed}项）", 52)], header]
    pages = []
    for n in range(1, rows + 1):
        name = f"一种设备数据采集方法{n}"
        cells = [(f"{n}{name}", 52)] if n % 4 == 0 else [(str(n), 52), (name, 90)]
        lines.append([*cells, ("发明专利", 260), (f"ZL2021{n:08d}.{n % 10}", 330), (COMPANY, 440)])
        if n == 5:
            lines.append([("（改进型）", 90)])
        if n == 9:
            pages.append(lines)
            lines = [header]
    pages.append(lines + [[(f"{COMPANY}（盖章）", 330)]])
    return ocr_document("证明材料/知识产权清单（扫描件）.pdf", pages)


def test_scanned_list_counted_from_ocr_boxes_carries_a_doubt():
    [patent] = facts_of(scanned_patent_list(14, 14))
    assert (patent.normalized, patent.status) == (14, "found")
    assert not sure(patent) and any("OCR" in r for r in patent.reasons)
    assert patent.citations[0].quote == "一、专利清单（共14项）"
    [patent] = facts_of(scanned_patent_list(14, 15))
    assert patent.status == "ambiguous" and "15" in patent.note


def test_scanned_statistics_table_reads_each_total_column():
    rows = [[(name, 60), (a, 230), (b, 330), (c, 430)] for name, a, b, c in CATEGORY_ROWS]
    header = [("设备二级分类", 60), ("接入数量（台/套）", 210), ("其中：公有云", 320), ("公有云日均运行", 420)]
    totals = [("合计", 60), *[(t, x) for t, x in zip(DEVICE_TOTALS, (230, 330, 430), strict=True)]]
    document = ocr_document("设备统计.pdf", [[[("设备接入统计表", 200)], header, *rows, totals]])
    facts = by_field(facts_of(document))
    assert [f.normalized for f in facts["devices_total"]] == [21304]
    assert [f.normalized for f in facts["devices_public_cloud"]] == [9870]
    assert [f.normalized for f in facts["devices_public_cloud_daily_running"]] == [6112]
    assert all(not sure(f) for group in facts.values() for f in group)


def test_two_row_header_names_each_sub_column(tmp_path):
    """「接入设备数量（台/套）」 merged over 合计 / 其中：公有云 / 公有云日均运行 (an Excel table)."""
    rows = [[n, name, *(int(v.replace(",", "")) for v in values)] for n, (name, *values) in enumerate(CATEGORY_ROWS, start=1)]
    sheet = Sheet("按分类统计", "平台连接设备按二级分类统计表", ["序号", "设备二级分类", "接入设备数量（台/套）", "", ""], rows,
                  totals=[["合计", "", *(int(t.replace(",", "")) for t in DEVICE_TOTALS)]],
                  sub_header=["", "", "合计", "其中：公有云", "公有云日均运行"])
    facts = by_field(facts_of(read(list_xlsx(tmp_path / "统计.xlsx", [sheet]))))
    assert [f.normalized for f in facts["devices_total"]] == [21304]
    assert [f.normalized for f in facts["devices_public_cloud"]] == [9870]
    assert [f.normalized for f in facts["devices_public_cloud_daily_running"]] == [6112]
    assert {f.component: f.normalized for f in facts["devices_public_cloud_by_category"]}["机器人"] == 1870


def read_segment_aware(path: Path) -> list:
    document = read(path)
    facts = read_lists(document, load_catalog())
    for fact in facts:
        assert fact.citations and fact.reasons
    return facts


@pytest.mark.parametrize("heading,scope", [("一、主要专利清单", "segment"), ("代表性专利（节选）", "segment"),
                                           ("第一部分 专利清单（共10项）", "platform")])
def test_a_list_that_says_it_shows_a_part_is_a_segment(tmp_path, heading, scope):
    path = paged_pdf(tmp_path / "p.pdf", [Line(heading, 11), Table(OWNER_PATENT_HEADER, patent_rows(10), PATENT_WIDTHS)])
    [patent] = read_segment_aware(path)
    assert patent.normalized == 10 and patent.scope == scope
    assert bool(patent.doubts()) == (scope == "segment")


def test_a_table_of_typical_customers_is_a_segment(tmp_path):
    header = ["序号", "客户名称", "设备二级分类", "接入设备数量（台/套）"]
    rows = [["1", "上海某汽车零部件有限公司", "机床", "1,204"], ["2", "江苏某电力设备有限公司", "动力设备", "860"]]
    items = [Line("典型客户设备接入情况", 11), Table(header, rows, totals=[["合计", "", "", "2,064"]])]
    facts = read_segment_aware(paged_pdf(tmp_path / "d.pdf", items))
    assert {f.field_id for f in facts} == {"devices_total", "devices_by_category"}
    assert {f.scope for f in facts} == {"segment"}


def test_wrapped_name_that_reads_like_a_heading_does_not_end_the_list(tmp_path):
    """In an unruled list a name wrapped onto its own line — 「设备运行情况统计方法」 — looks like a
    section heading; the next 序号 shows the list goes on."""
    rows = patent_rows(12, wrap_every=100)
    rows[4][1] = "一种工业互联网平台的\n设备运行情况统计方法"
    rows[8][1] = "一种专利数据\n分类清单生成方法"
    items = [Line("一、专利清单（共12项）", 11), Table(OWNER_PATENT_HEADER, rows, PATENT_WIDTHS, ruled=False)]
    [patent] = facts_of(read(paged_pdf(tmp_path / "p.pdf", items)))
    assert (patent.normalized, patent.status) == (12, "found") and sure(patent)


def test_a_serial_out_of_sequence_in_a_full_row_is_counted_with_a_doubt(tmp_path):
    rows = patent_rows(10)
    rows[5][0] = "16"
    items = [Line("一、专利清单（共10项）", 11), Table(OWNER_PATENT_HEADER, rows, PATENT_WIDTHS)]
    [patent] = facts_of(read(paged_pdf(tmp_path / "p.pdf", items)))
    assert (patent.normalized, patent.status) == (10, "found") and not sure(patent)
    assert any("第6行印为“16”" in r for r in patent.reasons)


@pytest.mark.slow
def test_a_real_scan_of_two_lists_never_gives_a_confident_count(tmp_path):
    """The two-list PDF rendered to images and read back by OCR: each list is found under its
    heading, and its count carries the OCR doubt — right (found) or flagged (ambiguous), never a
    confident wrong number."""
    source = paged_pdf(tmp_path / "src.pdf", ip_lists(20, 6), running_head=f"{COMPANY} 知识产权清单")
    path = scanned_pdf(source, tmp_path / "知识产权清单（盖章扫描件）.pdf")
    document = read_file(path, display_path=path.name, options=ReadOptions(ocr=True, render_docx=False))
    assert {p.source for p in document.pages} == {"ocr"}
    facts = by_field(facts_of(document))
    for field_id, count in (("patents", 20), ("software_copyrights", 6)):
        [fact] = facts[field_id]
        assert not sure(fact) and any("OCR" in r for r in fact.reasons)
        assert fact.normalized == count or fact.status == "ambiguous"


def test_indicator_value_tables_and_sentences_are_not_breakdowns(tmp_path):
    """A report's key-value table of device indicators, and a sentence with a count in it, are
    not lists: summing their rows would invent a total."""
    items = [Line("平台运行情况报告（设备接入统计）", 13, centred=True),
             Line("截至2024年3月31日    平台接入设备数量    21,304台", 9),
             Table(["指标", "数量（台/套）", "说明"], [["接入设备总数", "21,304", "含私有化部署"],
                                                ["其中：公有云设备", "9,870", "公有云接入"],
                                                ["公有云平均日运行设备", "6,112", "近一年日均"]], ruled=False)]
    assert read_lists(read(paged_pdf(tmp_path / "report.pdf", items)), load_catalog()) == []


def test_total_line_with_several_numbers_is_read_by_its_gong(tmp_path):
    items = [Line("专利清单", 12), Table(OWNER_PATENT_HEADER, patent_rows(12), PATENT_WIDTHS, ruled=False),
             Line("合计：发明专利8项，实用新型4项，共12项", 9)]
    [patent] = facts_of(read(paged_pdf(tmp_path / "p.pdf", items)))
    assert (patent.normalized, patent.status) == (12, "found") and sure(patent)
    assert patent.citations[0].quote == "合计：发明专利8项，实用新型4项，共12项"


def test_device_names_that_sound_like_categories_do_not_key_the_breakdown(tmp_path):
    header = ["序号", "设备名称", "设备二级分类", "所属区域", "接入数量（台/套）"]
    rows = [["1", "数控机床", "机床", "上海", "100"], ["2", "焊接机器人", "机器人", "江苏", "50"],
            ["3", "工业锅炉", "动力设备", "上海", "20"]]
    items = [Line("平台连接工业设备清单", 13), Table(header, rows, totals=[["合计", "", "", "", "170"]])]
    facts = by_field(facts_of(read(paged_pdf(tmp_path / "d.pdf", items))))
    assert {f.component for f in facts["devices_by_category"]} == {"机床", "机器人", "动力设备"}
    assert {f.component: f.normalized for f in facts["devices_by_region"]} == {"上海": 120, "江苏": 50}


# --- shapes met when measuring on packages prepared apart from our generator -----------------------

def mixed_rows() -> list[list[str]]:
    kinds = ["发明专利", "软件著作权", "实用新型", "软件著作权", "软件著作权"]
    rows = []
    for n in range(1, 30):
        kind = kinds[n % len(kinds)] if n <= 22 else "软件著作权"
        number = f"2023SR{700000 + n:07d}" if kind == "软件著作权" else f"ZL2020{n:08d}.{n % 10}"
        rows.append([str(n), kind, f"星睿平台组件{n}", number, COMPANY])
    return rows


@pytest.mark.parametrize("said,status", [("其中专利9项、软件著作权20项", "found"),
                                         ("其中专利10项、软件著作权20项", "ambiguous")])
def test_mixed_list_told_apart_by_its_rows_and_checked_against_the_sentence_before_it(tmp_path, said, status):
    """One list of both kinds under a 类别 column and a 「证书号/登记号」 column, after a sentence
    giving the count of each kind."""
    rows = mixed_rows()
    assert sum(r[1] != "软件著作权" for r in rows) == 9
    items = [Line("知识产权清单", 14, centred=True),
             Line(f"截至2024年3月31日，平台共拥有有效知识产权29项，{said}，明细如下：", 9),
             Table(["序号", "类别", "名称", "证书号/登记号", "权利人"], rows, [30.0, 70.0, 150.0, 120.0, 130.0])]
    facts = by_field(facts_of(read(paged_pdf(tmp_path / "ip.pdf", items))))
    [patent], [software] = facts["patents"], facts["software_copyrights"]
    assert (patent.normalized, software.normalized) == (9, 20)
    assert software.status == "found" and sure(software)
    assert patent.status == status and sure(patent) == (status == "found")


def test_headerless_table_under_a_heading_and_a_list_after_it(tmp_path):
    """On one sheet: the table by region with its 合计, a caption row 「其中：海外设备按国家（地区）
    统计」 over rows of country and number without a header and a 「海外合计」, then a list of
    customers' devices. The overseas count is the caption's table's, never the list's."""
    region = [["省市区域", "接入数量（台/套）", "其中：公有云（台/套）"],
              *[[k, int(a.replace(",", "")), int(b.replace(",", ""))] for k, a, b, _c in REGION_ROWS],
              ["合计", 21304, 9870]]
    countries = [["其中：海外设备按国家（地区）统计"], *[[k, int(v)] for k, v in COUNTRY_ROWS], ["海外合计", 1200]]
    customers = [["序号", "客户名称", "所在省市", "设备二级分类", "接入数量（台/套）", "接入方式"],
                 *[[n, f"客户{n:03d}", "上海", "机床", 100, "公有云"] for n in range(1, 31)]]
    path = rows_xlsx(tmp_path / "设备接入统计.xlsx",
                     {"统计": [["平台接入设备统计（截至2024年3月31日）"], region[0], *region[1:], [], *countries, [],
                               *customers]})
    facts = by_field(facts_of(read(path)))
    assert {f.normalized for f in facts["devices_overseas"]} == {1200}
    assert {f.component: f.normalized for f in facts["devices_overseas_by_country"]} == {
        "德国Germany": 520, "越南Vietnam": 480, "泰国Thailand": 200}
    assert {f.normalized for f in facts["devices_total"]} == {21304, 3000}  # the table's 合计; the list's rows


@pytest.mark.parametrize("ruled", [True, False], ids=["ruled", "unruled"])
def test_list_continued_on_the_next_page_without_its_header(tmp_path, ruled):
    items = [Line("一、专利清单（共45项）", 11),
             Table(OWNER_PATENT_HEADER, patent_rows(45), PATENT_WIDTHS, ruled=ruled, repeat_header=False),
             Line("专利合计：45项", 9)]
    document = read(paged_pdf(tmp_path / "p.pdf", items, running_head=f"{COMPANY} 专利清单"))
    assert len(document.pages) == 2
    [patent] = facts_of(document)
    assert (patent.normalized, patent.status) == (45, "found") and sure(patent)
    assert [c.quote for c in patent.citations[:2]] == ["一、专利清单（共45项）", "专利合计：45项"]


def test_a_chart_title_beside_a_dashboard_table_does_not_name_its_column():
    """A blind package's dashboard: 「接入设备按类别分布」 and, beside it, the chart 「近30日公有云设备在线
    趋势」; OCR puts both titles above the category rows. The rows count all devices, not the
    public-cloud ones the chart's title names."""
    rows = [[(name, 60), (a, 330)] for name, a, *_rest in CATEGORY_ROWS]
    header = [("接入设备按类别分布", 60), ("近30日公有云设备在线趋势", 320)]
    document = ocr_document("驾驶舱.png", [[header, *rows]])
    facts = by_field(facts_of(document))
    assert not [f for f in facts if f.startswith("devices_public_cloud")], facts


def test_a_table_of_categories_is_a_statistics_table_and_a_numbered_list_is_a_list(tmp_path):
    from assistant.core.evidence import from_statistics

    numbered = [["1", "机床", "上海", "100"], ["2", "机器人", "江苏", "250"]]
    found = values_of(read(list_pdf(tmp_path / "d.pdf", "设备清单", [ListSection("", DEVICE_HEADER, numbered, "合计 350")])))
    assert not from_statistics(found[("devices_total", "")])
    path = flow_pdf(tmp_path / "s.pdf", [[Line("平台接入设备统计表（截至2024年6月30日）", 12),
                                          Grid([["设备类别", "在网设备（台/套）"], ["机床", "9,506"], ["机器人", "2,851"],
                                                ["仪器仪表", "7,128"], ["合计", "19,485"]], widths=[150, 120])]])
    total = values_of(read(path))[("devices_total", "")]
    assert total.normalized == 19485 and from_statistics(total)


def test_a_region_column_headed_with_a_note_of_whose_region(tmp_path):
    """h72d: 「省市/国家（按设备所属企业注册地）| 接入数量（台/套）| 备注」 — the note names the owners, the column is
    still the region; the sheet gave nothing, and with it the overseas devices of its country rows."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    for row in (["省市/国家（按设备所属企业注册地）", "接入数量（台/套）", "备注"], ["上海", 9460, ""], ["江苏", 3820, ""],
                ["越南Vietnam", 820, "海外项目"], ["泰国Thailand", 400, "海外项目"], ["合计", 14500, ""]):
        sheet.append(row)
    path = tmp_path / "平台接入设备台账.xlsx"
    book.save(path)
    found = {key: fact.normalized for key, fact in values_of(read(path)).items()}
    assert found[("devices_by_region", "上海")] == 9460 and found[("devices_total", "")] == 14500
    assert found[("devices_overseas", "")] == 1220


def test_a_list_of_solutions_is_counted_against_the_count_said_above_it(tmp_path):
    """h41: 「解决方案合计：26个（按附录E新模式分类…）」 over a table by 新模式, then 「序号 | 解决方案名称 |
    新模式分类 | 适用行业」 numbered 1–26: the solutions were never counted as a list (a 合计 line before any
    list was dropped, and no list kind named 解决方案), so 30 declared met only a doubtful sentence."""
    rows = [[str(i), f"能源数字化管理解决方案{i:02d}", "数字化管理", "建材"] for i in range(1, 5)]
    path = list_pdf(tmp_path / "解决方案目录.pdf", "某平台解决方案目录",
                    [ListSection("解决方案合计：4个（按附录E新模式分类）", ["序号", "解决方案名称", "新模式分类", "适用行业"],
                                 rows, "")])
    fact = values_of(read(path))[("solutions_total", "")]
    assert fact.normalized == 4 and fact.confidence >= 0.9 and fact.method == "list_count"
    assert "解决方案合计：4个" in " ".join(fact.reasons)
