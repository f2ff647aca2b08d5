"""Shapes met in the sixth and seventh blind holdouts (2026-12-03), rebuilt on fixtures of our own
(tests/fixtures/make_unseen_fixtures.py, make_list_fixtures.py; not the eval-set generator):

- a scanned letter that lists its figures as numbered 「label：value」 lines (「1. 注册企业用户数：
  4,728家」), with full-width digits (「７，５０８家」, read by OCR as 「7，508家」) and a reviewer's
  handwritten note after a figure (「已核 约4.4千」), and that words its purpose as 「…说明如下」.
"""

from __future__ import annotations

from fixtures.make_list_fixtures import ocr_document
from fixtures.make_unseen_fixtures import cited_facts

from assistant.evidence.extractor import _is_letter
from assistant.evidence.prose import read_prose_figures

LETTER = [[
    [("关于平台运营数据的情况说明", 180)],
    [("上海市经济和信息化委员会：", 60)],
    [("现将平台截至2024年6月30日（统计区间2023-07-01至", 60)],
    [("2024-06-30)的用户运营数据说明如下，数据来源于平台运营管理后台：", 60)],
    [("1.", 60), ("注册企业用户数：7，508家", 90), ("已核约4.4千7/8", 330)],
    [("2.其中:实际服务企业数:5，216家", 60)],
    [("3.其中：付费企业数：2,067家", 60)],
    [("4.其中:服务本市企业:1,301家", 60)],
    [("5.其中:服务中小企业:4,006家", 60)],
    [("付费企业指报告期内使用平台付费服务的企业。上述数据真实有效，如有不实，本单位承担相应责任", 60)],
]]


def test_a_letter_of_numbered_label_value_lines_with_full_width_commas_and_a_note():
    document = ocr_document("运营数据说明.pdf", LETTER)
    assert _is_letter(document)  # 「说明如下」, 「如有不实」: read as a letter, not as a dashboard
    found = cited_facts(document, read_prose_figures)
    values = {key[0]: f.normalized for key, f in found.items()}
    assert values == {"enterprise_users_registered": 7508, "enterprises_served": 5216, "enterprises_paying": 2067,
                      "enterprises_served_shanghai": 1301, "enterprises_served_sme": 4006}
    assert found[("enterprise_users_registered", "")].citations[0].quote == "注册企业用户数：7，508家"
