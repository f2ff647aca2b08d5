"""Tick boxes written as characters: the notice's own option lines (附件2 申报表) and their variants."""

from __future__ import annotations

import pytest

from extractors.checkboxes import has_boxes, normalise_boxes, read_checkboxes
from extractors.model import Checkbox


def _pairs(text: str) -> list[tuple[str, bool]]:
    return [(c.label, c.checked) for c in read_checkboxes(text)]


def test_labels_follow_their_boxes_up_to_the_next_box():
    text = "☑ 自建  □ 合作共建，合作企业名称（必填）：XX科技有限公司"
    assert _pairs(text) == [
        ("自建", True),
        ("合作共建，合作企业名称（必填）：XX科技有限公司", False),
    ]


def test_words_before_the_first_box_are_not_a_label():
    assert _pairs("平台运营模式 □ 自运营 ☑ 联合运营 □ 委托运营") == [
        ("自运营", False),
        ("联合运营", True),
        ("委托运营", False),
    ]


def test_labels_before_boxes_when_the_line_ends_with_a_box():
    assert _pairs("是否合作：是☑ 否□") == [("是", True), ("否", False)]


def test_each_line_is_read_on_its_own():
    assert _pairs("□ 边缘侧\n☑ 私有云") == [("边缘侧", False), ("私有云", True)]


@pytest.mark.parametrize(
    ("raw", "marks", "expected"),
    [
        ("☐自建 ☒合作", False, "□自建 ☑合作"),
        ("■公有云 □私有云", True, "☑公有云 □私有云"),
        ("■ 项目概况", False, "■ 项目概况"),  # a bullet in a document without boxes stays a bullet
        ("√2 约等于 1.414", False, "√2 约等于 1.414"),
        ("✔ 已完成 ✓ 已复核", True, "☑ 已完成 ☑ 已复核"),
    ],
)
def test_normalise_boxes(raw, marks, expected):
    assert normalise_boxes(raw, marks_are_boxes=marks) == expected


def test_marks_are_not_boxes_on_their_own():
    assert not has_boxes("■公有云 √私有云")
    assert has_boxes("■公有云 ☐私有云")


def test_text_without_boxes_has_no_checkboxes():
    assert read_checkboxes("平台名称：华兴工业互联网平台") == ()
    assert read_checkboxes("☑") == (Checkbox(label="", checked=True),)
