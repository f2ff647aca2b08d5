"""What a compiled binder changes for the rules and the form's text (h59): a 证明资料 cell citing a 附件 the
binder's parts skip is a missing proof; a number cut by a PDF cell's edge is one number; a tick the text
layer lost leaves the one option without its empty box ticked."""

from __future__ import annotations

from pathlib import Path

from test_package_binder import _binder, _member

from assistant.forms.grid import unwrap
from assistant.package.model import Package
from assistant.values.answers import parse_checkbox_choice


def test_a_cited_part_the_binder_skips(make_review, findings_of, tmp_path: Path):
    member = _member(_binder(tmp_path, evidence=(1, 2, 4)))
    review = make_review(proofs={"devices_total": "附件3 平台核心知识产权清单 第1-2页", "staff_total": "附件2 设备统计表"})
    review.package = Package(id="p", source="t", root=str(tmp_path), files=(member,))
    (finding,) = findings_of("missing_proof.cited_file", review)
    assert finding.expected == "附件3" and "汇编部分" in finding.message
    assert finding.fields == ("连接的工业设备/产品/产线种类及数量（台/套）",)
    whole = _member(_binder(tmp_path, "全.pdf", evidence=(1, 2, 3, 4)))
    review.package = Package(id="p", source="t", root=str(tmp_path), files=(whole,))
    assert findings_of("missing_proof.cited_file", review) == []


def test_a_figure_cut_by_a_cells_edge_is_one_figure():
    assert unwrap("动力设备：8830、物流设备：326\n0、电工、电子设备：2429、其他：1\n781") == \
        "动力设备：8830、物流设备：3260、电工、电子设备：2429、其他：1781"
    assert unwrap("1、接入设备：100\n2、服务企业：50") == "1、接入设备：100\n2、服务企业：50"  # a numbered list's items
    assert unwrap("2021年：1200\n2022年：1500") == "2021年：1200 2022年：1500"
    assert unwrap("https://ops.example.com\n演示账号：review") == "https://ops.example.com\n演示账号：review"


def test_a_tick_the_text_layer_lost():
    options = ["自建", "合作共建"]
    assert parse_checkbox_choice("自建 □合作共建", options).chosen == ("自建",)
    assert parse_checkbox_choice("□自建 □合作共建", options).chosen == ()
    assert parse_checkbox_choice("☑自建 □合作共建", options).chosen == ("自建",)
    operation = ["自运营", "联合运营", "委托运营"]
    assert parse_checkbox_choice("□自运营 联合运营 □委托运营", operation).chosen == ("联合运营",)
    assert parse_checkbox_choice("自运营 联合运营 □委托运营", operation).chosen == ()  # two without a box: no telling
