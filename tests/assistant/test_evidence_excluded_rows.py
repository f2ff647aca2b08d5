"""Rows a list counts that the 填报指引's own 口径 leaves out (h41): a partner platform joined only by a framework
agreement or a link, a smart factory of a district's 认定 under 上海市级. Read as the items the list's total
holds that the notice does not count; a row the list itself marks 否 (not counted) is no such row."""

from __future__ import annotations

from fakes.documents import document

from assistant.catalog.notice import load_catalog
from assistant.core.evidence import COUNTED_BUT_EXCLUDED
from assistant.evidence.excluded_rows import read_excluded_rows

PARTNERS = ["合作平台一览", "序号 平台名称 合作方 合作内容 对接方式 是否计入",
            "1 甲工业云 甲科技有限公司 设备数据互通 API对接 是",
            "2 乙物流平台 乙物流有限公司 签订战略合作框架协议，尚", "未开展系统对接 仅签订框架协", "议 是",
            "3 丙交易平台 丙贸易有限公司 门户网站友情链接 链接跳转 是",
            "4 丁招采平台 丁服务有限公司 首页链接 链接跳转 否",
            "合计：3个"]
FACTORIES = ["服务智能工厂名单（上海市级）", "序号 工厂 单位 认定批次",
             "1 某某嘉定智能工厂 某某机床有限公司 2022年度上海市智能工厂",
             "2 某某闵行工厂 某某电器有限公司 2023年度闵行区智能工厂（区级）",
             "3 某某松江智能工厂 某某泵业有限公司 2023年度上海市智能工厂", "共3家"]


def test_rows_the_notice_leaves_out_are_counted_as_excluded():
    catalog = load_catalog()
    [partners] = read_excluded_rows(document("合作平台清单.pdf", [PARTNERS]), catalog)
    assert (partners.field_id, partners.component, partners.normalized) == ("partner_platforms", COUNTED_BUT_EXCLUDED, 2)
    assert "第2项、第3项" in partners.note  # row 4 is marked 否: the list leaves it out itself
    [factories] = read_excluded_rows(document("智能工厂清单.pdf", [FACTORIES]), catalog)
    assert (factories.field_id, factories.normalized) == ("smart_factories_served", 1) and "第2项" in factories.note
    clean = [line for line in FACTORIES if "区级" not in line]
    assert read_excluded_rows(document("智能工厂清单.pdf", [clean]), catalog) == []
    # a workbook's cells, a line each: 「否（仅框架协议，未对接）」 is the list leaving the row out itself
    cells = ["合作平台协议一览", "序号", "平台", "对接方式", "是否计入", "1", "甲工业云", "API对接", "是",
             "2", "乙大宗平台", "战略合作框架协议", "仅签署框架协议", "否（仅框架协议，未对接）", "合计：计入1个"]
    assert read_excluded_rows(document("合作平台协议一览表.xlsx", [cells]), catalog) == []
    # a total of fewer than the rows: the rows left out may be those already
    assert read_excluded_rows(document("合作平台清单.pdf", [[*PARTNERS[:-1], "合计：1个"]]), catalog) == []
    # the 口径 sentence above the rows names what is left out: it is no row
    stated = ["合作平台清单", "统计口径：仅签署框架协议或仅以链接跳转形式接入的不计入。", *PARTNERS[1:3], "合计：1个"]
    assert read_excluded_rows(document("合作平台清单.pdf", [stated]), catalog) == []
