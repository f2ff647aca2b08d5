"""A company running several platforms prints their figures side by side (h34, first met
2026-12-05): an audit note with a column per platform and a 合计, a years-down table of the same,
and a device table with a 所属平台 column, a 小计 per platform and a 「两平台合计」. Only the applicant's
platform's column and rows are its figures; without knowing which platform is the applicant's,
nothing of such a table is. Fixtures are our own, never the blind set's files."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from fixtures.make_unseen_fixtures import Grid, Line, flow_pdf, read_pdf

from assistant.catalog.notice import load_catalog
from assistant.evidence.lists import read_lists
from assistant.evidence.platform import read_platform_figures

OURS = "“智链”钢铁工业互联网平台"
NAMES = ("“智链”钢铁工业互联网平台", "智链钢铁平台")


def _note(tmp_path: Path) -> Path:
    items = [["项目", "“智链”钢铁工业互联网平台", "港航物流调度平台", "合计"],
             ["平台相关营业收入", "12,418.62", "5,510.48", "17,929.10"],
             ["平台相关研发投入", "1,642.85", "612.30", "2,255.15"],
             ["平台利润总额", "1,186.54", "402.17", "1,588.71"]]
    years = [["年度", "“智链”钢铁工业互联网平台", "港航物流调度平台", "合计"],
             ["2021年度", "9,286.40", "4,102.33", "13,388.73"],
             ["2022年度", "10,853.17", "4,865.90", "15,719.07"]]
    page = [Line("附注十五、关于平台业务经营数据的专项说明"),
            Line("公司运营两个平台，下表合计数为公司平台业务合计，不等于任一平台数据。"),
            Line("表1 2023年度分平台经营数据（单位：万元）"), Grid(items, widths=[120, 150, 110, 90]),
            Line("表2 近三年分平台营业收入（单位：万元）"), Grid(years, widths=[120, 150, 110, 90])]
    return flow_pdf(tmp_path / "审计报告.pdf", [page])


def test_the_applicants_column_of_an_audit_note_on_several_platforms(tmp_path: Path):
    document = read_pdf(_note(tmp_path))
    facts = {(f.field_id, f.year): f.normalized
             for f in read_platform_figures(document, load_catalog(), platform_names=NAMES) if not f.component
             or f.field_id.startswith("platform_revenue")}
    assert facts[("revenue", 2023)] == 12418.62 and facts[("rd_investment", 2023)] == 1642.85
    assert facts[("platform_revenue_2021", 2021)] == 9286.40 and facts[("platform_revenue_2022", 2022)] == 10853.17
    assert 17929.10 not in facts.values() and 5510.48 not in facts.values()  # neither the 合计 nor the other's
    unknown = read_platform_figures(document, load_catalog(), platform_names=("另一个名字的平台",))
    assert not any(f.normalized in (12418.62, 17929.10, 5510.48) for f in unknown)


def _devices(tmp_path: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["所属平台", "设备二级分类", "接入数量（台/套）", "其中：公有云接入（台/套）"])
    for row in ([OURS, "冶炼设备", 5778, 3487], [OURS, "机床", 4101, 2475], [OURS, "物流设备", 3355, 2025],
                [f"{OURS} 小计", None, 13234, 7987],
                ["港航物流调度平台", "交通设备", 26410, 26410], ["港航物流调度平台", "物流设备", 5636, 5120],
                ["港航物流调度平台 小计", None, 32046, 31530], ["两平台合计（仅供参考）", None, 45280, 39517]):
        sheet.append(row)
    book.save(path := tmp_path / "接入设备清单（分平台）.xlsx")
    return path


def _read_xlsx(path: Path):
    from extractors.options import ReadOptions
    from extractors.reader import read_file

    return read_file(path, display_path=path.name, options=ReadOptions(ocr=False, render_docx=False))


def test_the_applicants_rows_of_a_device_table_of_several_platforms(tmp_path: Path):
    document = _read_xlsx(_devices(tmp_path))
    facts = read_lists(document, load_catalog(), NAMES)
    totals = {f.field_id: f for f in facts if f.dimension == "total"}
    assert (totals["devices_total"].normalized, totals["devices_public_cloud"].normalized) == (13234, 7987)
    assert totals["devices_total"].status == "found" and "小计" in totals["devices_total"].citations[0].quote
    assert any("只取本平台" in r for r in totals["devices_total"].reasons)
    assert {f.component: f.normalized for f in facts if f.field_id == "devices_by_category"} \
        == {"冶炼设备": 5778, "机床": 4101, "物流设备": 3355}
    assert read_lists(document, load_catalog(), ()) == []  # whose rows are whose: unknown, nothing is the platform's


def test_item_and_year_down_the_side_and_a_consortiums_platform_total(tmp_path: Path):
    """「项目 | 年度 | 本平台 | 另一平台 | 合计」 (a group's two platforms) and a 联合申报's 「项目 | 年度 | 牵头单位部分
    | 参与单位部分 | 平台合计」: the applicant's column, and the consortium's platform total."""
    group = [["项目", "年度", OURS, "商发数字化研发协同平台", "合计"],
             ["平台营业收入", "2022年度", "3,642.19", "1,733.46", "5,375.65"],
             ["平台营业收入", "2023年度", "4,208.75", "2,015.37", "6,224.12"],
             ["平台研发投入", "2023年度", "1,286.40", "538.62", "1,825.02"]]
    joint = [["项目", "年度", "牵头单位部分", "参与单位部分", "平台合计"],
             ["平台相关营业收入", "2022年度", "3,301.20", "1,046.85", "4,348.05"],
             ["平台相关营业收入", "2023年度", "3,852.36", "1,276.50", "5,128.86"]]
    for rows, expected in ((group, {2022: 3642.19, 2023: 4208.75}), (joint, {2022: 4348.05, 2023: 5128.86})):
        page = [Line("表1 分平台经营数据（单位：万元）"), Grid(rows, widths=[100, 60, 140, 120, 70])]
        facts = read_platform_figures(read_pdf(flow_pdf(tmp_path / f"{len(rows)}.pdf", [page])), load_catalog(),
                                      platform_names=NAMES)
        assert {f.year: f.normalized for f in facts if f.field_id.startswith("platform_revenue_")} == expected


def test_an_indicator_table_by_platform_and_a_workbook_of_each_platforms_enterprises(tmp_path: Path):
    from assistant.evidence.indicator_table import read_indicator_tables

    page = [Line("平台设备接入统计表（分平台）"),
            Grid([["指标", OURS, "港航物流调度平台", "合计"], ["接入工业设备总数（台/套）", "9,860", "4,310", "14,170"],
                  ["其中：公有云接入（台/套）", "6,120", "4,275", "10,395"]], widths=[170, 150, 110, 70])]
    document = read_pdf(flow_pdf(tmp_path / "分平台.pdf", [page]))
    facts = {f.field_id: f.normalized for f in read_indicator_tables(document, load_catalog(), NAMES)}
    assert facts == {"devices_total": 9860, "devices_public_cloud": 6120}
    assert read_indicator_tables(document, load_catalog(), ()) == []

    book = openpyxl.Workbook()
    book.active.title = "汇总"
    for row in (["平台", "服务企业数（家）", "说明"], [OURS, 12, "本平台客户"], ["港航物流调度平台", 5, ""], ["两平台合计", 17, ""]):
        book.active.append(row)
    for title, count in ((f"{OURS}服务企业", 12), ("港航物流调度平台服务企业", 5)):
        sheet = book.create_sheet(title[:31])
        sheet.append(["序号", "企业名称", "所在省市"])
        for n in range(1, count + 1):
            sheet.append([n, f"某某制造有限公司{n:02d}", "上海" if n % 2 else "江苏"])
        sheet.append([f"共{count}家"])
    book.save(path := tmp_path / "服务企业名单（两平台）.xlsx")
    workbook = _read_xlsx(path)
    served = [(f.normalized, f.citations[0].page) for f in read_indicator_tables(workbook, load_catalog(), NAMES)
              if f.field_id == "enterprises_served"]
    listed = [(f.normalized, f.citations[0].page) for f in read_lists(workbook, load_catalog(), NAMES)
              if f.field_id == "enterprises_served"]
    assert served == [(12, 1)] and listed == [(12, 2)]  # never the other platform's 5 nor the 17 of both


def test_a_groups_letter_gives_one_row_a_platform(tmp_path: Path):
    """h34: a group's letter 「平台名称 | 运营单位 | 接入设备（台/套）」 with one row a platform and a 「集团合计」: the
    applicant's one row is its figure (the group's total is no platform's); no name that answers, no figure."""
    rows = [["平台名称", "运营单位", "接入设备（台/套）"], [OURS, "某某钢铁数字科技有限公司", "5,240"],
            ["港航物流调度平台", "某某港航科技有限公司", "940"], ["集团其他工业互联网平台（4个）", "集团其他所属单位", "6,680"],
            ["集团合计", "", "12,860"]]
    page = [Line("关于所属单位工业互联网平台接入设备情况的证明"), Grid(rows, widths=[190, 170, 110])]
    document = read_pdf(flow_pdf(tmp_path / "集团证明.pdf", [page]))
    devices = [f.normalized for f in read_lists(document, load_catalog(), NAMES) if f.field_id == "devices_total"]
    assert devices == [5240]
    assert [f for f in read_lists(document, load_catalog(), ("另一平台",)) if f.field_id == "devices_total"] == []
