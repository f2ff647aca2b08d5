"""A list that follows another under a heading of its own (h87): a 软著 list over two pages, then
「荣誉清单（省部级及以上）」 whose 序号 starts again at 1 under columns the scan does not know (「年份」) —
the honours are a list of awards, not more 软著 (which had read 47 against the printed 共41项: a false
error on a clean package). Fixtures are drawn here."""

from __future__ import annotations

from pathlib import Path

from fixtures.make_unseen_fixtures import Line, flow_pdf, read_pdf

from assistant.catalog.notice import load_catalog
from assistant.evidence.lists import read_lists


def _software(first: int, last: int) -> list[Line]:
    return [Line(f"{n} 示例环境云诊断软件V{n % 3 + 1}.0 2020SR11{n:05d}") for n in range(first, last + 1)]


def test_honours_after_a_software_list_are_no_more_software(tmp_path: Path):
    pages = [[Line("表2 软件著作权（共12项）"), Line("序号 名称 登记号"), *_software(1, 8), Line("第 1 页 共 2 页")],
             [Line("序号 名称 登记号"), *_software(9, 12), Line("荣誉清单（省部级及以上）"), Line("序号 名称 年份"),
              Line("1 上海市工业互联网平台创新应用示范 2021年"), Line("2 工业互联网APP优秀解决方案 2021年"),
              Line("3 上海市科技进步奖三等奖 2022年"), Line("合计 3项"), Line("第 2 页 共 2 页")]]
    document = read_pdf(flow_pdf(tmp_path / "知识产权及荣誉清单.pdf", pages))
    found = {v.field_id: (v.normalized, v.citations[0].page) for v in read_lists(document, load_catalog())}
    assert found["software_copyrights"] == (12, 1)
    assert found["awards"][0] == 3


def _read_xlsx(path: Path):
    from extractors.options import ReadOptions
    from extractors.reader import read_file

    return read_file(path, display_path=path.name, options=ReadOptions(ocr=False, render_docx=False))


def test_a_sheet_of_withdrawn_apps_is_no_count_of_apps(tmp_path: Path):
    """h87: an APP workbook with 「上架」 and 「下架」 sheets; every row of the second has its 下架日期 — the record
    of withdrawn APPs, whose 「下架合计：3个」 counts nothing the form asks (it had read 上架 + 下架 = 9, and 3)."""
    import openpyxl

    book = openpyxl.Workbook()
    listed = book.active
    listed.title = "上架"
    listed.append(["说明：仅“上架”工作表中的应用计入工业APP数量；“下架”工作表中的应用不计入。"])
    listed.append(["序号", "应用名称", "开发方式", "部署"])
    for n in range(1, 7):
        listed.append([n, f"水质预警{n:02d}", "平台原生开发" if n % 2 else "传统软件云化", "公有云" if n < 5 else "私有云"])
    listed.append([None, "上架合计：6个"])
    withdrawn = book.create_sheet("下架")
    withdrawn.append(["说明：以下应用已下架，不计入工业APP数量。"])
    withdrawn.append(["序号", "应用名称", "下架日期", "原因"])
    for n in range(1, 4):
        withdrawn.append([n, f"旧版曝气优化{n:02d}", f"二〇二三年{n}月", "功能合并"])
    withdrawn.append([None, "下架合计：3个"])
    book.save(tmp_path / "工业APP清单.xlsx")
    facts = [(v.field_id, v.normalized, v.citations[0].page) for v in read_lists(_read_xlsx(tmp_path / "工业APP清单.xlsx"),
                                                                                 load_catalog())]
    assert ("apps_total", 6, 1) in facts and ("apps_public_cloud", 4, 1) in facts
    assert not any(field == "apps_total" and value != 6 for field, value, _page in facts)
