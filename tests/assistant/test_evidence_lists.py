"""Lists among the proofs → counts by 序号, printed 合计 lines cited, device breakdowns summed."""

from __future__ import annotations

from pathlib import Path

import pytest
from fixtures.make_evidence_fixtures import ListSection, list_pdf

from assistant.catalog import load_catalog
from assistant.evidence_lists import read_lists
from extractors.model import Document
from extractors.options import ReadOptions
from extractors.reader import read_file

PATENT_HEADER = ["序号", "专利类型", "专利名称", "专利号", "授权公告日"]
SOFTWARE_HEADER = ["序号", "软件名称", "登记号", "登记日期"]
AWARD_HEADER = ["序号", "奖项/荣誉名称", "级别", "获奖时间", "颁发单位"]
DEVICE_HEADER = ["序号", "设备二级分类", "所属区域", "设备数量（台/套）"]


def read(path: Path) -> Document:
    return read_file(path, display_path=path.name, options=ReadOptions(ocr=False, render_docx=False))


def values_of(document: Document) -> dict[tuple[str, str], object]:
    values = read_lists(document, load_catalog())
    pages = {p.number: p for p in document.pages}
    for value in values:
        for citation in value.citations:
            assert pages[citation.page].text[citation.span.start:citation.span.end] == citation.quote
    return {(v.field_id, v.component): v for v in values}


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
