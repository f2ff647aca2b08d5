"""申报表 files as the sixteenth blind set delivered them (2026-12-04): an earlier and a final version
side by side, answers typed after the label inside the answer cell (「平台团队总人数（人）：468」), a
value typed in the label's own cell (「联系人手机：139…」), and a cover line followed by 「申报单位：…」.
Fixtures are written with python-docx (`fixtures.make_form_fixtures_unseen`), read by the real readers."""

from __future__ import annotations

import pytest
from fixtures.make_form_fixtures_unseen import (
    BASIC,
    INDICATORS,
    PackageSpec,
    write_form,
    write_package,
)

from assistant.checks import run_checks, run_rule
from assistant.core.settings import Settings
from assistant.package.loader import load_package
from assistant.package.versions import version_rank
from assistant.review.build import build_review


def _review(root, tmp_path):
    settings = Settings(workspace=tmp_path / "ws", render_docx=False, ocr=False, workers=0)
    return build_review(load_package(root, settings))


@pytest.mark.parametrize(("name", "rank"), [
    ("申报表_终版.docx", 100), ("附件2-申报表-final.docx", 100), ("申报表_v1.docx", 2), ("申报表v2.xlsx", 3),
    ("申报表第二版.docx", 3), ("申报表（草稿）.docx", -1), ("OnePower申报表.docx", 0), ("申报表.docx", 0),
    ("申报表_old.docx", -1), ("golden申报表.docx", 0), ("finally申报表.docx", 0),
    # h27: a package revised after the pre-review keeps its earlier version in a folder of its own
    ("附件2-申报表（补正后）.docx", 100), ("附件2 申报表（修订稿）.docx", 100), ("原报送版本/附件2-申报表_v1.xlsx", -1),
    ("历史版本（作废）/附件2 申报表_v1（作废）.docx", -1)])
def test_what_a_file_name_says_of_its_version(name, rank):
    assert version_rank(name) == rank


def test_an_earlier_version_of_the_form_is_set_aside_and_said_so(tmp_path):
    """h16: 「申报表_v1.docx」 beside 「申报表_终版.docx」 — the v1 was read as the form: ten wrong 附件4
    rows and 27 false findings on a clean package."""
    root = write_package(tmp_path / "pkg", PackageSpec(summary=None))
    form = next(root.glob("附件2-*.docx"))
    form.rename(root / "附件2-申报表_终版.docx")
    write_form(root / "附件2-申报表_v1.docx", indicators={**INDICATORS, "平台团队总人数（人）": "98"})
    review = _review(root, tmp_path)
    assert review.declared("staff_total").raw == "119"
    assert review.declarations.superseded == (("附件2-申报表_v1.docx", "附件2-申报表_终版.docx"),)
    [note] = run_rule("missing_file.superseded", review)
    assert note.severity == "info" and "附件2-申报表_终版.docx" in note.message
    assert not [f for f in run_checks(review) if f.severity == "error" and f.rule != "missing_file.required"]


def test_answers_typed_after_their_label(tmp_path):
    indicators = {label: f"{label}：{value}" for label, value in INDICATORS.items()}
    indicators["其中：运维人数（人）"] = "其中：运维人数（人）：57"
    basic = {**BASIC, "联系人手机": ""}
    root = write_package(tmp_path / "pkg", PackageSpec(basic=basic, indicators=indicators, summary=None))
    review = _review(root, tmp_path)
    assert review.declared("staff_total").raw == "119"
    assert review.declared("staff_ops_maintenance").raw == "57"  # the label's own colon is no answer's
    assert review.declared("revenue").raw == INDICATORS["平台相关营业收入（万元）"]


def test_a_value_in_the_labels_own_cell_and_a_key_line_after_a_cover_line(tmp_path):
    from docx import Document as Docx

    doc = Docx()
    for text in ("上海市工业互联网平台应用水平评价", "申报表", "申报年度：2024年度", "平台名称：延锋工业互联网平台",
                 "申报单位：延锋国际汽车技术有限公司（公章）"):
        doc.add_paragraph(text)
    table = doc.add_table(rows=2, cols=2)
    for r, (a, b) in enumerate([("单位（企业）名称：延锋国际汽车技术有限公司", "联系人：林思远"),
                                 ("职务：总监", "联系人手机：13818457702")]):
        table.cell(r, 0).text, table.cell(r, 1).text = a, b
    root = tmp_path / "pkg"
    root.mkdir()
    doc.save(root / "附件2-申报表.docx")
    review = _review(root, tmp_path)
    assert review.declared("contact_mobile").raw == "13818457702"
    assert review.declared("cover_platform_name").raw == "延锋工业互联网平台"
    assert review.declared("platform_name").raw == "延锋工业互联网平台"  # not run on into 申报单位


def test_a_paragraph_answer_runs_on_through_an_example_but_not_into_a_new_key(tmp_path):
    from docx import Document as Docx

    doc = Docx()
    for text in ("上海市工业互联网平台应用水平评价", "申报表", "二、平台基本情况",
                 "平台建设成效：平台帮助企业降本增效，服务企业三千余家", "例如：某企业能耗下降10%，运维成本下降12%。",
                 "申报单位：延锋国际汽车技术有限公司（公章）"):
        doc.add_paragraph(text)
    root = tmp_path / "pkg"
    root.mkdir()
    doc.save(root / "附件2-申报表.docx")
    raw = _review(root, tmp_path).declared("platform_outcomes").raw
    assert "例如：某企业能耗下降10%" in raw and "申报单位" not in raw


def test_every_answer_typed_after_its_label_with_the_proof_beside_it(tmp_path):
    """h73: a form whose indicator table has one column 「内容及平台实际情况」 holding 「label：answer」 and a
    证明资料 column beside it, and a basic-data table of 「label：answer」 pairs — the proof was read as the
    answer (「证明材料02 设备接入统计 第1-2页」 for 公有云设备, 「传真：021-…」 for 联系人手机): 20 false errors.
    A 填报指引 example left above an answer (「（例如采矿设备：1000、化工设备 2000）」) is no part of it."""
    from docx import Document as Docx

    from assistant.catalog.notice import load_catalog
    from assistant.forms.reader import FormReader
    from extractors.reader import read_file

    doc = Docx()
    doc.add_paragraph("一、企业基本情况")
    basic = doc.add_table(rows=2, cols=2)
    for r, pair in enumerate((("单位（企业）名称：上海示例智能化系统有限公司", "单位（企业）代码：91310104MA1FR6TN2W"),
                              ("联系人手机：13816529407", "传真：021-54896600"))):
        for c, text in enumerate(pair):
            basic.cell(r, c).text = text
    doc.add_paragraph("三、上海市工业互联网平台应用水平评价指标明细表")
    rows = [("一级/二级指标", "三级指标", "内容及平台实际情况", "证明资料"),
            ("1.1 战略定位及规划", "1.1.2 规划制定", "平台团队总人数（人）：132", "说明：平台运营后台统计数据，无单独证明文件"),
            ("2.1 资源汇聚与配置", "2.1.1 工业设备连接", "其中：公有云工业设备连接数量（台/套）：9,460", "证明材料02 设备接入统计 第1-2页"),
            ("2.1 资源汇聚与配置", "2.1.1 工业设备连接",
             "按二级分类统计工业设备数量（台/套）：（例如采矿设备：1000、化工设备 2000）\n动力设备：7862、仪器仪表：5184",
             "证明材料02 设备接入统计 第1页"),
            ("2.2 数据管理与挖掘", "2.2.2 数据处理", "是否支持可拓展云计算能力：是", "见申报书第二章")]
    table = doc.add_table(rows=len(rows), cols=4)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    path = tmp_path / "附件2_申报表.docx"
    doc.save(path)
    values = {v.field_id: v for v in FormReader(load_catalog()).read_form(read_file(path))}
    assert values["enterprise_name"].raw == "上海示例智能化系统有限公司"
    assert values["contact_mobile"].raw == "13816529407"
    assert values["staff_total"].raw == "132" and values["staff_total"].proof.startswith("说明：平台运营后台")
    assert values["devices_public_cloud"].raw == "9,460" and values["devices_public_cloud"].proof.startswith("证明材料02")
    assert values["devices_by_category"].raw == "动力设备：7862、仪器仪表：5184"
    assert values["scalable_cloud_computing"].raw == "是"
    assert not any(v.doubts for v in values.values() if v.field_id in ("staff_total", "devices_public_cloud"))


def test_a_label_with_a_short_note_after_its_unit(tmp_path):
    """h75: 「平台订单数量（个）（近一年总量）」 named no field, and the order count went unread."""
    from assistant.catalog.notice import load_catalog
    from assistant.forms.reader import FormReader

    reader = FormReader(load_catalog())
    assert reader.match_field("平台订单数量（个）（近一年总量）")[0].id == "orders_last_year"
    assert reader.match_field("存储容量（TB）（含私有化）")[0].id == "storage_capacity"


def test_a_lone_label_and_answer_line_yields_to_the_tables_reading(tmp_path):
    """ind02: a workbook's cover sheet 「平台名称：飞梭…产业互联网平台」 before the form's table row 「平台名称 |
    飞梭…产业互联网平台（原名称：…）」 — the cover's line hid the rename note, and a false warning followed."""
    import openpyxl

    from assistant.catalog.notice import load_catalog
    from assistant.forms.reader import FormReader
    from extractors.reader import read_file

    book = openpyxl.Workbook()
    cover = book.active
    cover.title = "封面"
    for text in ("上海市工业互联网平台应用水平评价", "申报表", "平台名称：示例纺织产业互联网平台", "申报单位：上海示例信息科技有限公司"):
        cover.append([text])
    basic = book.create_sheet("一、企业基本情况")
    basic.append(["单位（企业）名称", "上海示例信息科技有限公司"])
    basic.append(["平台名称", "示例纺织产业互联网平台\n（原名称：示例纺织工业互联网平台；现名称：示例纺织产业互联网平台）"])
    path = tmp_path / "附件2 申报表.xlsx"
    book.save(path)
    values = {v.field_id: v for v in FormReader(load_catalog()).read_form(read_file(path))}
    assert "原名称：示例纺织工业互联网平台" in values["platform_name"].raw
