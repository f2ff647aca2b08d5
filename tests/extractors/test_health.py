"""The text-health check: healthy Chinese stays `ok`, each kind of broken text layer is caught.

The broken strings are the ones the corpus files really produce (../shared/corpus, MANIFEST.tsv).
"""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractors.health import assess_page, measure_ink
from extractors.model import HealthVerdict

HEALTHY = (
    "上海市经济和信息化委员会关于组织开展2024年度上海市工业互联网平台应用水平评价工作的通知\n"
    "各有关单位：为贯彻落实工业互联网创新发展战略，推动平台应用走深向实，现将有关事项通知如下。\n"
    "一、评价对象：在本市依法注册、具有独立法人资格的工业互联网平台企业，常常需要提供证明材料。\n"
    "目录………………………………………………………………1\n"
    "营业收入（万元）：6670.79，同比增长 100.00%，服务企业 1234 家。"
)


def test_healthy_chinese_page_is_ok():
    health = assess_page(HEALTHY, ink_share=0.05, uncovered_ink_share=0.001)
    assert health.verdict is HealthVerdict.ok
    assert health.reasons == ()
    assert health.cjk_share > 0.5
    assert health.chars == len("".join(HEALTHY.split()))


def test_no_text_layer_is_empty_and_blank_page_is_recognised():
    scan = assess_page("", ink_share=0.04, uncovered_ink_share=0.04)
    assert scan.verdict is HealthVerdict.empty
    assert scan.reasons == ("no_text_layer",)
    blank = assess_page(" \n ", ink_share=0.0, uncovered_ink_share=0.0)
    assert blank.verdict is HealthVerdict.empty
    assert blank.reasons == ("blank_page",)


def test_issue4061_repeated_ideographs_are_garbled():
    # mozilla__pdf.js/issue4061.pdf shows 轉寄：針對港鐵幕門安全性的投訴
    health = assess_page("轉轉︰針針針針針針針針針針針針", ink_share=0.12, uncovered_ink_share=0.0)
    assert health.verdict is HealthVerdict.garbled
    assert health.repeat_share > 0.8
    assert health.reasons[0].startswith("repeated_chars")


def test_issue2884_wrong_ideographs_are_garbled():
    health = assess_page("䋴䋮䋶糫 Ǎ蒭鍍伴俘緌鍍伴俘u勢渡袱糫", ink_share=None)
    assert health.verdict is HealthVerdict.garbled
    assert any(r.startswith("rare_ideographs") for r in health.reasons)


def test_issue566_two_rare_ideographs_in_a_name_are_garbled():
    health = assess_page("ISSUE Date˖2019-4-25 Buyer˖哾㦓", ink_share=None)
    assert health.verdict is HealthVerdict.garbled


def test_cid_codes_are_garbled_and_counted():
    health = assess_page("(cid:1234)(cid:77)(cid:78) (cid:90)合同", ink_share=None)
    assert health.verdict is HealthVerdict.garbled
    assert health.cid_count == 4


def test_private_use_and_control_characters_are_garbled():
    # kreuzberg non_ascii_text.pdf: spaces come out as \x03, letters shifted
    health = assess_page(
        "+HUDXVJHEHU\x03*HPHLQGH\x03\x036FKXWWHUZDOG\x03\ue001\ue002", ink_share=None
    )
    assert health.verdict is HealthVerdict.garbled
    assert health.private_use_share > 0.1


def test_one_private_use_glyph_in_a_name_is_fine():
    # issue19182.pdf: 胡駿 followed by one private-use glyph in an otherwise clean form
    text = "Company Secretary (Natural Person) 中文姓名 Name in Chinese 胡駿\ue687 英文姓名"
    assert assess_page(text, ink_share=None).verdict is HealthVerdict.ok


def test_gbk_read_as_latin1_is_garbled():
    # XiaoBiaoSong.pdf read by pdfminer: 目录 → Ä¿Â¼
    health = assess_page("Ä¿¡¡Â¼ µÚÒ»ÕÂ ×ÜÔò ¡¡¡¡ µÚ¶þÕÂ", ink_share=None)
    assert health.verdict is HealthVerdict.garbled
    assert any(r.startswith("latin1_mojibake") for r in health.reasons)


def test_reduplicated_words_and_leader_dots_are_not_repeats():
    text = "谢谢大家，人人参与，天天向上。目录……………………1 ————— 10000 元"
    health = assess_page(text, ink_share=None)
    assert health.verdict is HealthVerdict.ok


def test_malformed_932_sparse_text_under_much_ink():
    # malformed-from-issue-932.pdf: a full signature page, text layer "2021 3 31"
    health = assess_page("2021 3 31", ink_share=0.0094, uncovered_ink_share=0.0083)
    assert health.verdict is HealthVerdict.sparse
    assert health.reasons[0].startswith("ink_without_text")


def test_big_glyphs_covered_by_their_text_boxes_are_not_sparse():
    # issue8372.pdf: two large characters 目录 on a small page; their ink is under the text
    assert assess_page("目录", ink_share=0.05, uncovered_ink_share=0.0).verdict is HealthVerdict.ok


def test_dense_table_page_with_unexplained_ink_is_not_sparse():
    # issue-67 p4: 741 chars, much ink from shading outside the text boxes
    text = "资产负债表" * 148
    assert assess_page(text, ink_share=0.21, uncovered_ink_share=0.146).verdict is HealthVerdict.ok


def test_measure_ink_ignores_rules_and_subtracts_text_boxes():
    gray = np.full((100, 100), 255, np.uint8)
    gray[50, 5:95] = 0  # a table rule
    gray[10:20, 10:20] = 0  # a glyph blob inside a text box
    gray[70:80, 60:70] = 0  # a blob outside any text box
    ink, uncovered = measure_ink(gray, [(8, 8, 22, 22)])
    assert ink == pytest.approx(200 / 10000)
    assert uncovered == pytest.approx(100 / 10000)


def test_measure_ink_of_dark_slide_counts_light_text():
    gray = np.full((50, 50), 20, np.uint8)
    gray[10:15, 10:15] = 240
    ink, uncovered = measure_ink(gray)
    assert ink == pytest.approx(25 / 2500)
    assert uncovered == ink


@given(st.text(max_size=300), st.none() | st.floats(0, 1), st.none() | st.floats(0, 1))
def test_assess_page_never_raises_and_shares_are_bounded(text, ink, uncovered):
    health = assess_page(text, ink_share=ink, uncovered_ink_share=uncovered)
    for share in (health.cjk_share, health.repeat_share, health.private_use_share):
        assert 0.0 <= share <= 1.0
    assert (health.verdict is HealthVerdict.empty) == (health.chars == 0)
