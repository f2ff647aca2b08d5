"""Tables written another way (missed in h22, 2026-12-05): a device table with the 附录A categories
as columns and 接入 / 公有云 / 日均运行 as rows, a header whose label is letter-spaced (「项 目 |
2021年度 | …」) in an unruled note, and certificates counted by technical field instead of listed.
Fixtures are our own (`fixtures.make_unseen_fixtures`)."""

from __future__ import annotations

from pathlib import Path

import pytest
from fixtures.make_unseen_fixtures import Grid, Line, cited_facts, flow_pdf, read_pdf

from assistant.evidence.lists import read_lists
from assistant.evidence.platform import read_platform_figures

ACROSS = [["分类", "数控机床", "工业机器人", "仪器仪表", "物流设备", "合计"],
          ["接入", "6,120", "3,402", "2,915", "1,003", "13,440"],
          ["公有云", "1,530", "880", "702", "268", "3,380"],
          ["日均运行", "1,102", "615", "498", "190", "2,405"]]


def _devices(path: Path, grid: list[list[str]]) -> dict:
    page = [Line("平台接入设备统计（截至2023年12月31日）"), Line("按二级分类统计（单位：台/套）"),
            Grid(grid, widths=[80, 80, 80, 80, 80, 80])]
    return cited_facts(read_pdf(flow_pdf(path, [page])), read_lists)


def test_a_device_table_laid_out_across_gives_each_row_its_total_and_breakdown(tmp_path: Path):
    facts = _devices(tmp_path / "devices.pdf", ACROSS)
    assert facts["devices_total", ""].normalized == 13440
    assert facts["devices_public_cloud", ""].normalized == 3380
    assert facts["devices_public_cloud_daily_running", ""].normalized == 2405
    assert facts["devices_by_category", "工业机器人"].normalized == 3402
    assert facts["devices_public_cloud_daily_running_by_category", "物流设备"].normalized == 190
    total = facts["devices_public_cloud", ""]
    assert total.confident and total.citations[0].page == 1 and "3,380" in {c.quote for c in total.citations}


def test_a_table_across_whose_rows_do_not_name_a_count_is_left_alone(tmp_path: Path):
    """Rates by category (占比) are no counts: nothing is turned, nothing read as devices."""
    grid = [ACROSS[0], ["占比（%）", "45.5", "25.3", "21.7", "7.5", "100.0"]]
    facts = _devices(tmp_path / "shares.pdf", grid)
    assert not [k for k in facts if k[0].startswith("devices")]


def test_a_letter_spaced_label_heads_the_year_columns_of_an_unruled_note(tmp_path: Path):
    page = [Line("附表1 平台业务收入明细表"), Line("编制单位：上海示例科技有限公司 单位：人民币万元"),
            Grid([["项 目", "2021年度", "2022年度", "2023年度"],
                  ["平台订阅服务收入", "1,698.42", "1,985.63", "2,322.58"],
                  ["远程运维服务收入", "2,504.36", "2,836.20", "3,548.91"],
                  ["平台业务收入合计", "4,202.78", "4,821.83", "5,871.49"]], widths=[150, 90, 90, 90], ruled=False)]
    facts = cited_facts(read_pdf(flow_pdf(tmp_path / "note.pdf", [page])), read_platform_figures)
    assert facts["revenue", ""].normalized == pytest.approx(5871.49)
    assert facts["platform_revenue_2021", "2021年平台营收（万元）"].normalized == pytest.approx(4202.78)


IP = [["技术领域", "发明专利", "实用新型", "外观设计", "专利小计", "软件著作权", "备注"],
      ["设备联网与边缘计算", "5", "4", "0", "9", "8", ""],
      ["质量追溯与标识解析", "3", "4", "0", "7", "7", ""],
      ["能源与碳管理", "3", "2", "2", "7", "4", ""]]


def _ip(path: Path, total: list[str], widths=(120, 60, 60, 60, 60, 70, 90)) -> dict:
    page = [Line("平台核心技术知识产权汇总表"), Grid([*IP, total], widths=list(widths)),
            Line("专利合计23项，软件著作权合计19项（明细见后附证书复印件）。")]
    return cited_facts(read_pdf(flow_pdf(path, [page])), read_lists)


def test_certificates_counted_by_field_give_each_kind_its_total(tmp_path: Path):
    facts = _ip(tmp_path / "ip.pdf", ["合计", "11", "10", "2", "23", "19", "权利人均为本公司"])
    patents, software = facts["patents", ""], facts["software_copyrights", ""]
    assert (patents.normalized, software.normalized) == (23, 19)
    assert patents.confident and software.confident
    assert any("专利合计23项" in c.quote for c in patents.citations)  # the sentence that says the same


def test_a_total_the_rows_do_not_reach_is_ambiguous(tmp_path: Path):
    facts = _ip(tmp_path / "ip.pdf", ["合计", "11", "10", "2", "23", "25", ""])
    software = facts["software_copyrights", ""]
    assert software.normalized == 25 and software.status == "ambiguous" and not software.confident


def test_patents_printed_only_by_type_are_their_sum(tmp_path: Path):
    grid = [[c for i, c in enumerate(r) if i != 4] for r in IP]
    page = [Grid([*grid, ["合计", "11", "10", "2", "19", ""]], widths=[120, 60, 60, 60, 70, 90])]
    facts = cited_facts(read_pdf(flow_pdf(tmp_path / "ip.pdf", [page])), read_lists)
    assert facts["patents", ""].normalized == 23 and facts["software_copyrights", ""].normalized == 19


def test_apps_counted_by_category_and_the_killer_apps_table_give_their_totals(tmp_path: Path):
    """An 应用市场's statistics by 附录B category and its killer APPs' table, each closed by 合计, and
    a sentence of the APPs active each day on the public cloud (h15's 711, missed until 2026-12-05)."""
    from assistant.evidence.column_totals import read_column_totals
    from assistant.evidence.prose import read_prose_figures

    page = [Line("平台应用市场工业APP统计（截至2024年6月30日）"),
            Grid([["应用分类（附录B）", "应用数量（个）", "其中公有云部署"], ["运维服务", "58", "32"],
                  ["安全生产", "27", "15"], ["研发设计", "16", "9"], ["合计", "101", "56"]], widths=[140, 100, 100]),
            Line("其中：私有化部署涉及45个；近一年公有云工业APP日均活跃31个。"),
            Line("杀手锏应用（订阅用户数前3）"),
            Grid([["排名", "应用名称", "订阅数量（家）", "日均在线用户"], ["1", "主机健康管家", "612", "402"],
                  ["2", "机舱能效助手", "448", "318"], ["3", "备件智配", "376", "224"], ["合计", "", "1,436", "944"]],
                 widths=[40, 120, 100, 100])]
    document = read_pdf(flow_pdf(tmp_path / "apps.pdf", [page]))
    totals = cited_facts(document, read_column_totals)
    assert totals["apps_total", ""].normalized == 101 and totals["apps_public_cloud", ""].normalized == 56
    assert totals["killer_apps_public_cloud_daily_users", ""].normalized == 944
    assert totals["killer_app_subscriptions", ""].normalized == 1436
    prose = cited_facts(document, read_prose_figures)
    assert prose["apps_public_cloud_daily_active", ""].normalized == 31
    assert ("apps_public_cloud", "") not in prose  # 私有化部署 45: a part, not the public cloud's


def test_bulleted_honours_under_a_sentence_that_says_their_number(tmp_path: Path):
    """「平台获得省部级及以上奖项/荣誉情况」, 「…如下（共计3项，证书扫描件附后）：」 and one ◆ per honour
    (h20, missed until 2026-12-05): the bullets are counted and the sentence confirms them."""
    page = [Line("平台获得省部级及以上奖项/荣誉情况"),
            Line("平台自建设以来获得的省部级及以上奖项和荣誉如下（共计3项，证书扫描件附后）："),
            Line("◆ 2021年 上海市工业互联网平台（2021年7月，上海市经济和信息化委员会）"),
            Line("◆ 2022年 工业和信息化部工业互联网试点示范项目（2022年11月，"), Line("工业和信息化部）"),
            Line("◆ 2023年 上海市服务业发展引导资金项目（2023年6月，上海市发展和改革委员会）"),
            Line("注：同一项目在不同年度获得的同一称号按1项计。"),
            Line("二、知识产权情况"), Line("◆ 另有在审发明专利4项")]
    awards = cited_facts(read_pdf(flow_pdf(tmp_path / "honours.pdf", [page])), read_lists)["awards", ""]
    assert awards.normalized == 3 and awards.confident
    assert any("共计3项" in c.quote for c in awards.citations)


def test_a_count_said_only_in_a_sentence_is_read_with_a_doubt(tmp_path: Path):
    page = [Line("关于平台核心软硬件技术知识产权情况的说明"),
            Line("截至2024年6月30日，我单位围绕平台核心软硬件技术，累计取得授权专利24项（其中发明专"),
            Line("利14项，实用新型专利10项）、计算机软件著作权41项，权利人均为本公司。"),
            Line("此外尚有6项发明专利处于实质审查阶段，2024年新增申请专利9项，均未计入。")]
    facts = cited_facts(read_pdf(flow_pdf(tmp_path / "ip.pdf", [page])), read_lists)
    assert facts["patents", ""].normalized == 24 and facts["software_copyrights", ""].normalized == 41
    assert not facts["patents", ""].confident  # nothing was counted to confirm it
    assert facts["software_copyrights", ""].citations[0].page == 1


def test_a_sentence_before_another_kinds_list_confirms_this_kinds_list(tmp_path: Path):
    """The 软著 list is counted by its 序号 and the sentence above the patent list says the same 3."""
    patents = [["序号", "专利名称", "专利号"], *[[str(i), f"一种数据采集方法{i}", f"ZL20191000000{i}.0"] for i in (1, 2)]]
    software = [["序号", "软件名称", "登记号"], *[[str(i), f"平台软件V{i}.0", f"2023SR00{i}234"] for i in (1, 2, 3)]]
    pages = [[Line("知识产权情况说明"), Line("本公司累计取得授权专利2项、计算机软件著作权3项，明细如下。"),
              Line("附表1 专利清单"), Grid(patents, widths=[40, 200, 150])],
             [Line("附表2 软件著作权清单"), Grid(software, widths=[40, 200, 150])]]
    software_count = cited_facts(read_pdf(flow_pdf(tmp_path / "ip.pdf", pages)), read_lists)["software_copyrights", ""]
    assert software_count.normalized == 3 and software_count.confident
    assert {c.page for c in software_count.citations} == {1, 2}  # the sentence and the list


def test_a_page_number_alone_does_not_continue_the_list_before_it(tmp_path: Path):
    """h26: an honours list of 3 on page 1, then the certificates, each page numbered at its foot;
    page 4's 「4」 had been read as the list's fourth item."""
    listing = [Line("荣誉资质清单"), Line("荣誉共计3项"),
               Grid([["序号", "奖项/荣誉名称", "颁发单位", "获得时间"], ["1", "2022年工业互联网试点示范项目", "工业和信息化部", "2022.12"],
                     ["2", "上海市工业互联网创新应用标杆", "上海市经济和信息化委员会", "2023.08"],
                     ["3", "华夏建设科学技术奖一等奖", "华夏建设科学技术奖励委员会", "2023.01"]], widths=[40, 200, 150, 70]),
               Line("1")]
    pages = [listing, *[[Line("荣誉证书"), Line(f"证书正文第{n}张"), Line(str(n))] for n in (2, 3, 4)]]
    awards = cited_facts(read_pdf(flow_pdf(tmp_path / "荣誉证书.pdf", pages)), read_lists)["awards", ""]
    assert awards.normalized == 3 and awards.status == "found"


def test_a_documents_rows_are_built_once_and_each_caller_gets_its_own_list(tmp_path: Path, monkeypatch):
    """A dozen evidence readers walk each proof; on a 45-page printed export building its rows was
    most of their time (3.0 s of which 2.2 s rebuilding the same rows, 2026-12-05)."""
    from assistant.evidence import rows as rows_module

    document = read_pdf(flow_pdf(tmp_path / "note.pdf", [[Line("平台业务收入明细表"), Grid(IP, widths=[120, 60, 60, 60, 60, 70, 90])]]))
    built = []
    original = rows_module._build_rows
    monkeypatch.setattr(rows_module, "_build_rows", lambda d: built.append(d) or original(d))
    first, second = rows_module.document_rows(document), rows_module.document_rows(document)
    assert first == second and first is not second and len(built) == 1
    first.clear()  # a caller's list is its own
    assert rows_module.document_rows(document) == second
    other = document.model_copy(update={"pages": document.pages[:1]})  # another document object: its own rows
    rows_module.document_rows(other)
    assert len(built) == 2
