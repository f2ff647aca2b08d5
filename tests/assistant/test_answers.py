"""Oracle and property tests for assistant.values.answers, assistant.values.breakdowns and assistant.catalog.regions."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal as D

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from assistant.catalog.regions import (
    APPENDIX_F_REGIONS,
    PLAN_CITIES,
    PROVINCIAL_REGIONS,
    classify_region,
)
from assistant.values.answers import (
    PartialDate,
    find_dates,
    format_date_range_yyyymmdd,
    parse_checkbox_choice,
    parse_compound_total,
    parse_date_range,
    parse_policy_detail,
    parse_revenue_line,
    parse_revenue_lines,
    parse_yes_no,
)
from assistant.values.breakdowns import (
    format_breakdown,
    parse_breakdown,
    parse_region_breakdown,
)

# --- breakdowns --------------------------------------------------------------------------------

BREAKDOWNS = [
    ("采矿设备：1000、化工设备：2000", [("采矿设备", "1000"), ("化工设备", "2000")]),
    ("采矿设备:1000,化工设备:2000", [("采矿设备", "1000"), ("化工设备", "2000")]),
    ("采矿设备：1000、化工设备 2000", [("采矿设备", "1000"), ("化工设备", "2000")]),
    ("采矿设备 1000；化工设备 2000", [("采矿设备", "1000"), ("化工设备", "2000")]),
    ("采矿设备1000台，化工设备2000台", [("采矿设备", "1000"), ("化工设备", "2000")]),
    ("采矿设备：1000\n化工设备：2000\n", [("采矿设备", "1000"), ("化工设备", "2000")]),
    ("采矿设备\t1000\r\n化工设备\t2000", [("采矿设备", "1000"), ("化工设备", "2000")]),
    ("例如安全生产：2、节能减排 4", [("安全生产", "2"), ("节能减排", "4")]),
    ("采矿：20、黑色金属：10", [("采矿", "20"), ("黑色金属", "10")]),
    ("数据算法类：20 个、研发仿真类：30 个", [("数据算法类", "20"), ("研发仿真类", "30")]),
    ("电工、电子设备：100、机床：50", [("电工、电子设备", "100"), ("机床", "50")]),
    ("电力、热力和燃气：3；建筑业：4", [("电力、热力和燃气", "3"), ("建筑业", "4")]),
    ("采矿设备：1,000、化工设备：2,500", [("采矿设备", "1000"), ("化工设备", "2500")]),
    ("采矿设备：１０００、化工设备：２０００", [("采矿设备", "1000"), ("化工设备", "2000")]),
    ("采矿设备：一千、化工设备：两千", [("采矿设备", "1000"), ("化工设备", "2000")]),
    ("采矿设备：1.2万台，化工设备：3000台", [("采矿设备", "12000"), ("化工设备", "3000")]),
    ("美国：1000、俄罗斯1500", [("美国", "1000"), ("俄罗斯", "1500")]),
    ("5G设备：100、3D打印：20", [("5G设备", "100"), ("3D打印", "20")]),
    ("工业APP 10、MES 5", [("工业APP", "10"), ("MES", "5")]),
    ("数字化管理：3个；平台化设计：2个；网络化协同：1个", [("数字化管理", "3"), ("平台化设计", "2"), ("网络化协同", "1")]),
    # Written by other applicants (issue 12): numbered entries, an entry's own part in brackets.
    ("1.上海：181；2.江苏：33", [("上海", "181"), ("江苏", "33")]),
    ("（1）上海：181；（2）江苏：33", [("上海", "181"), ("江苏", "33")]),
    ("上海：100（其中浦东新区50）、江苏：20", [("上海", "100"), ("江苏", "20")]),
]


@pytest.mark.parametrize(("text", "expected"), BREAKDOWNS)
def test_breakdown(text, expected):
    b = parse_breakdown(text)
    assert b is not None
    assert [(e.name, e.value) for e in b.entries] == [(n, D(v)) for n, v in expected]
    assert b.total == sum(D(v) for _, v in expected)
    for e in b.entries:
        assert text[e.span[0] : e.span[1]] == e.raw
        assert e.raw.startswith(e.name)


def test_breakdown_total_leftover_and_flags():
    b = parse_breakdown("按分类统计工业APP数量（个）：安全生产：2、节能减排：4，合计6（截至2023年底）")
    assert [(e.name, e.value) for e in b.entries] == [("安全生产", D(2)), ("节能减排", D(4))]
    assert b.declared_total == D(6)
    assert b.leftover == ("按分类统计工业APP数量（个）", "（截至2023年底）")
    assert b.flags == ()
    b = parse_breakdown("采矿：10台、化工：5套、采矿：约3台、8")
    assert set(b.flags) == {"mixed_units", "duplicate_name", "approximate_value", "unnamed_value"}
    assert b.unit is None
    assert parse_breakdown("采矿：10台、化工：5台").unit == "台"
    b = parse_breakdown("1、采矿：20；2、化工：30")
    assert ([(e.name, e.value) for e in b.entries], b.leftover, b.flags) == (
        [("采矿", D(20)), ("化工", D(30))], ("1", "2"), ())


def test_breakdown_categories_left_unfilled_are_no_entries():
    """h36: every 附录A category printed, the empty ones 「—」: they are no entries (a written 0 is one),
    and the dash does not join the next category's name."""
    b = parse_breakdown("采矿设备：—、电力设备：42、电工、电子设备：—、动力设备：188、机床：0、其他：/")
    assert [(e.name, e.value) for e in b.entries] == [("电力设备", D(42)), ("动力设备", D(188)), ("机床", D(0))]
    assert b.flags == ("unfilled_entries",) and b.leftover == ()


@pytest.mark.parametrize("text", ["", "无", "采矿设备、化工设备", "——", "详见附件"])
def test_breakdown_none(text):
    assert parse_breakdown(text) is None


def test_format_breakdown():
    assert format_breakdown([("采矿设备", D(1000)), ("化工设备", D("2.5"))]) == "采矿设备：1000、化工设备：2.5"


_NAME_CHARS = "采矿设备化工冶炼电力建材动仪器表机床人工程农林物流交通其他安全生产节能减排质量管控供应链研发设计"
names = st.text(alphabet=_NAME_CHARS, min_size=1, max_size=6).filter(
    lambda n: n not in {"其", "共"} and not n.startswith(("其中", "包括")))
values = st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False, allow_infinity=False)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(names, values), min_size=1, max_size=8),
       st.sampled_from(["、", "，", "；", "\n", ";", ","]), st.sampled_from(["：", ":", " ", ""]),
       st.sampled_from(["", "台", "个", " 台/套"]))
def test_breakdown_round_trip(entries, sep, colon, unit):
    # Documented rule: a date-shaped value ("2023.10", "1999.12") counts as a value only right
    # after an entry's colon; without a colon it reads as a date.
    if colon not in ("：", ":"):
        assume(not any(re.fullmatch(r"(19|20)\d\d\.(0?[1-9]|1[0-2])\d*", f"{v:f}") for _, v in entries))
    text = sep.join(f"{n}{colon}{v:f}{unit}" for n, v in entries)
    b = parse_breakdown(text)
    assert b is not None
    assert [(e.name, e.value) for e in b.entries] == entries
    assert b.total == sum(v for _, v in entries)
    for e in b.entries:
        assert text[e.span[0] : e.span[1]] == e.raw


# --- regions -----------------------------------------------------------------------------------

REGIONS = [
    ("北京", "province", "北京", ()),
    ("上海市", "province", "上海", ("variant_name",)),
    ("广西壮族自治区", "province", "广西", ("variant_name",)),
    ("内蒙古自治区", "province", "内蒙古", ("variant_name",)),
    ("新疆维吾尔自治区", "province", "新疆", ("variant_name",)),
    ("宁夏回族自治区", "province", "宁夏", ("variant_name",)),
    ("西藏自治区", "province", "西藏", ("variant_name",)),
    ("黑龙江省", "province", "黑龙江", ("variant_name",)),
    ("香港", "province", "香港", ()),
    ("香港特别行政区", "province", "香港", ("variant_name",)),
    ("中国台湾", "province", "台湾", ("variant_name",)),
    ("深圳", "plan_city", "深圳", ()),
    ("宁波市", "plan_city", "宁波", ("variant_name",)),
    ("俄罗斯Russia", "overseas", "俄罗斯", ()),
    ("美国United States", "overseas", "美国", ()),
    ("德国 Germany", "overseas", "德国", ()),
    ("海外：日本Japan", "overseas", "日本", ()),
    ("海外（韩国South Korea）", "overseas", "韩国", ()),
    ("美国", "overseas", "美国", ("missing_english",)),
    ("美国united states", "overseas", "美国", ("english_not_capitalized",)),
    ("德国France", "overseas", "德国", ("english_mismatch",)),
    ("印尼Indonesia", "overseas", "印度尼西亚", ("variant_name",)),
    ("卢旺达Rwanda", "overseas", "卢旺达", ("unlisted_country",)),
    ("Russia", "overseas", "俄罗斯", ("missing_chinese",)),
    ("海外", "overseas", None, ("missing_country",)),
    ("杭州", "unknown", None, ("not_in_appendix_f",)),
    ("全国", "unknown", None, ("not_in_appendix_f",)),
    ("浙江省杭州市", "unknown", None, ("not_in_appendix_f",)),
]


@pytest.mark.parametrize(("name", "kind", "canonical", "flags"), REGIONS)
def test_classify_region(name, kind, canonical, flags):
    r = classify_region(name)
    assert (r.kind, r.canonical, r.flags) == (kind, canonical, flags)


def test_appendix_f_lists():
    assert len(PROVINCIAL_REGIONS) == 34
    assert PLAN_CITIES == ("大连", "青岛", "宁波", "厦门", "深圳")
    assert APPENDIX_F_REGIONS[0] == "北京" and APPENDIX_F_REGIONS[-1] == "海外"
    assert len(APPENDIX_F_REGIONS) == 40
    for name in APPENDIX_F_REGIONS[:-1]:
        assert classify_region(name).flags == ()


def test_region_breakdown():
    text = "北京：1000、上海市 500、俄罗斯Russia：20、美国 30、杭州：1、上海：2"
    r = parse_region_breakdown(text)
    assert [(e.name, e.value, e.region.kind) for e in r.entries] == [
        ("北京", D(1000), "province"), ("上海市", D(500), "province"), ("俄罗斯Russia", D(20), "overseas"),
        ("美国", D(30), "overseas"), ("杭州", D(1), "unknown"), ("上海", D(2), "province")]
    assert r.total == D(1553)
    assert r.flags == ("duplicate_region",)
    assert [e.name for e in r.flagged] == ["上海市", "美国", "杭州"]
    assert parse_region_breakdown("无") is None


# --- compound totals ---------------------------------------------------------------------------

COMPOUNDS = [
    ("总数 1200 台/套，其中私有化部署涉及的相关数量 300 台/套", "1200", "300", "台/套", True, ()),
    ("总数1200台，其中私有化部署涉及的相关数量300台", "1200", "300", "台", True, ()),
    ("总量56个，其中私有化部署涉及的相关数量12个", "56", "12", "个", True, ()),
    ("总容量/数据量 500 TB，其中私有化部署涉及的相关容量/数据量 120 TB", "500", "120", "TB", True, ()),
    ("1200台（其中私有化部署300台）", "1200", "300", "台", False, ()),
    ("1200台", "1200", None, "台", False, ("no_private_part",)),
    ("总数100台，其中私有化部署涉及的相关数量300台", "100", "300", "台", True, ("private_exceeds_total",)),
    ("总数约1.2万台，其中私有化部署涉及的相关数量300套", "12000", "300", "台", True,
     ("unit_mismatch", "approximate_value")),
    ("总量 1,024 个，其中私有化部署涉及的相关数量 0 个", "1024", "0", "个", True, ()),
    ("总数（含私有化）1200台，其中私有化部署涉及的相关数量300台", "1200", "300", "台", True, ()),
    ("1200台，私有化部署300台", "1200", "300", "台", False, ()),
    ("总数1200台，其中公有云800台", "1200", None, "台", False, ("no_private_part",)),
]


@pytest.mark.parametrize(("text", "total", "private", "unit", "template", "flags"), COMPOUNDS)
def test_compound_total(text, total, private, unit, template, flags):
    c = parse_compound_total(text)
    assert c is not None
    assert c.total.value == D(total)
    assert (c.private.value if c.private else None) == (D(private) if private else None)
    assert (c.unit, c.follows_template, c.flags) == (unit, template, flags)
    assert text[c.total_span[0] : c.total_span[1]] == c.total.raw
    if c.private_span:
        assert text[c.private_span[0] : c.private_span[1]] == c.private.raw


def test_compound_total_none():
    assert parse_compound_total("") is None
    assert parse_compound_total("详见附件") is None
    # the template's XX left in place: a private count alone is no total
    assert parse_compound_total("总量XX个，其中私有化部署涉及的相关数量12个") is None


# --- yes/no and policy details -----------------------------------------------------------------

YES_NO = [
    ("是", True, "是", ""),
    ("是，每季度一次", True, "是", "每季度一次"),
    ("是。每半年", True, "是", "每半年"),
    ("“是”，每月", True, "是", "每月"),
    ("是的，已建立", True, "是的", "已建立"),
    ("否", False, "否", ""),
    ("  否。 ", False, "否", ""),
    ("无", False, "无", ""),
    ("无明确战略定位", False, "无", "明确战略定位"),
    ("无符合政策及趋势", False, "无", "符合政策及趋势"),
    ("未纳入企业战略规划", False, "未", "纳入企业战略规划"),
    ("未制定规划", False, "未", "制定规划"),
    ("有，区块链、人工智能", True, "有", "区块链、人工智能"),
    ("具备，碳足迹、碳核算", True, "具备", "碳足迹、碳核算"),
    ("不具备", False, "不具备", ""),
    ("已上市", True, "已", "上市"),
    ("尚未上市", False, "尚未", "上市"),
    ("暂无", False, "暂无", ""),
    ("答：是，2023年", True, "是", "2023年"),
    ("是否", None, None, ""),
    ("有否定期开展", None, None, ""),
    ("无锡某公司", None, None, ""),
    ("", None, None, ""),
    ("每季度开展一次", None, None, ""),
]


@pytest.mark.parametrize(("text", "answer", "keyword", "detail"), YES_NO)
def test_yes_no(text, answer, keyword, detail):
    y = parse_yes_no(text)
    assert (y.answer, y.keyword, y.detail) == (answer, keyword, detail)
    assert text[y.detail_start : y.detail_start + len(y.detail)] == y.detail


POLICIES = [
    ("《平台安全管理制度》沪XX〔2023〕12号 2023年3月",
     [("平台安全管理制度", "沪XX〔2023〕12号", "2023.03")], True),
    ("《平台安全管理制度》沪XX〔2023〕12号 2023年3月；《数据安全管理办法》编号：ABC-2023-01，2023.03.15",
     [("平台安全管理制度", "沪XX〔2023〕12号", "2023.03"), ("数据安全管理办法", "ABC-2023-01", "2023.03.15")], True),
    ("《信息安全管理制度》（SEC-ISMS-001，2022年5月）", [("信息安全管理制度", "SEC-ISMS-001", "2022.05")], True),
    ("《网络安全管理规定》No.2021-07，2021-07-01", [("网络安全管理规定", "No.2021-07", "2021.07.01")], True),
    ("《A制度》、《B办法》", [("A制度", None, None), ("B办法", None, None)], False),
    ("《访问控制管理制度》2023年6月", [("访问控制管理制度", None, "2023.06")], False),
    ("《2023年数据备份制度》文号：XA-9", [("2023年数据备份制度", "XA-9", None)], False),
    ("每季度一次", [], False),
]


@pytest.mark.parametrize(("detail", "documents", "complete"), POLICIES)
def test_policy_detail(detail, documents, complete):
    p = parse_policy_detail(detail)
    assert [(d.name, d.number, d.date.format() if d.date else None) for d in p.documents] == documents
    assert p.complete is complete
    for d in p.documents:
        assert detail[d.span[0] : d.span[1]] == d.raw


def test_policy_detail_missing_parts():
    assert parse_policy_detail("《A制度》2023年6月").missing == ("编号",)
    assert parse_policy_detail("").missing == ("文件名", "编号", "时间")
    y = parse_yes_no("是，《平台安全管理制度》沪XX〔2023〕12号 2023年3月")
    assert parse_policy_detail(y.detail).complete


# --- dates -------------------------------------------------------------------------------------

RANGES = [
    ("2019年3月至2023年12月", "2019.03-2023.12"),
    ("2019年03月—2023年12月", "2019.03-2023.12"),
    ("2019.03-2023.12", "2019.03-2023.12"),
    ("2019年03月—至今", "2019.03-至今"),
    ("2019年3月至今", "2019.03-至今"),
    ("2019.03-至今", "2019.03-至今"),
    ("2019.03.01-2023.12.31", "2019.03.01-2023.12.31"),
    ("2019-03-01至2023-12-31", "2019.03.01-2023.12.31"),
    ("2019/3~2023/12", "2019.03-2023.12"),
    ("2019/3/1～2023/12/31", "2019.03.01-2023.12.31"),
    ("建设时间 2019 年 3 月至 2023 年 12 月", "2019.03-2023.12"),
    ("2019年3月1日到2023年12月31日", "2019.03.01-2023.12.31"),
    ("2019年至2023年", "2019-2023"),
    ("20190301-20231231", "2019.03.01-2023.12.31"),
    ("2019-03-2023-12", "2019.03-2023.12"),
    ("（2019.03.01-2023.12.31）", "2019.03.01-2023.12.31"),
    ("２０１９．０３－２０２３．１２", "2019.03-2023.12"),
]


@pytest.mark.parametrize(("text", "formatted"), RANGES)
def test_date_range(text, formatted):
    r = parse_date_range(text)
    assert r is not None
    assert format_date_range_yyyymmdd(r) == formatted
    assert text[r.span[0] : r.span[1]] == r.raw


@pytest.mark.parametrize("text", ["2019.13-2020.01", "2019.02.30-2020.01.01", "年 月至 年 月", "2019年3月", ""])
def test_date_range_none(text):
    assert parse_date_range(text) is None


def test_date_range_precision_and_order():
    r = parse_date_range("2019年3月至2023年12月")
    assert (r.start.precision, r.end.precision, r.ongoing, r.ordered) == ("month", "month", False, True)
    assert parse_date_range("2023.12-2019.03").ordered is False
    r = parse_date_range("2019年03月—至今")
    assert (r.end, r.ongoing) == (None, True)
    assert PartialDate(year=2019).precision == "year"


def test_find_dates():
    text = "2023年3月发布，2023.03.15修订，20230401生效，于2024年废止，共3月"
    assert [(d.format(), text[s:e]) for d, s, e in find_dates(text)] == [
        ("2023.03", "2023年3月"), ("2023.03.15", "2023.03.15"), ("2023.04.01", "20230401"),
        ("2024", "2024年")]


@settings(max_examples=150, deadline=None)
@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31)),
       st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31)),
       st.sampled_from(["-", "至", "~", "—"]), st.sampled_from(["dots", "chinese", "month"]))
def test_date_range_round_trip(a, b, sep, style):
    if style == "dots":
        text, expected = f"{a:%Y.%m.%d}{sep}{b:%Y.%m.%d}", f"{a:%Y.%m.%d}-{b:%Y.%m.%d}"
    elif style == "chinese":
        text = f"{a.year}年{a.month}月{a.day}日{sep}{b.year}年{b.month}月{b.day}日"
        expected = f"{a:%Y.%m.%d}-{b:%Y.%m.%d}"
    else:
        text, expected = f"{a.year}年{a.month}月{sep}{b.year}年{b.month}月", f"{a:%Y.%m}-{b:%Y.%m}"
    r = parse_date_range(text)
    assert r is not None and format_date_range_yyyymmdd(r) == expected
    assert r.ordered is ((a.year, a.month, a.day if style != "month" else 0)
                         <= (b.year, b.month, b.day if style != "month" else 0))


# --- revenue lines -----------------------------------------------------------------------------

def test_revenue_line():
    r = parse_revenue_line("2021 年平台营收 1234.56 万元/增长率 12.34%")
    assert (r.year, r.revenue.value, r.revenue.unit, r.growth_rate.value, r.growth_rate.unit) == (
        2021, D("1234.56"), "万元", D("12.34"), "%")
    blank = parse_revenue_line("2021年平台营收________万元/增长率_____%")
    assert (blank.year, blank.revenue, blank.growth_rate) == (2021, None, None)
    assert parse_revenue_line("平台营收 100 万元") is None


def test_revenue_lines_in_one_cell():
    text = ("2021年平台营收100万元/增长率-5%\n2022年平台营收120万元/增长率20%\n"
            "2023年平台营收150.5万元/增长率25.42%")
    lines = parse_revenue_lines(text)
    assert [(x.year, x.revenue.value, x.growth_rate.value) for x in lines] == [
        (2021, D(100), D(-5)), (2022, D(120), D(20)), (2023, D("150.5"), D("25.42"))]
    for x in lines:
        assert text[x.span[0] : x.span[1]] == x.raw
    one_line = parse_revenue_lines("2022年平台营收：1,200.00万元，增长率：百分之十；2023年营业收入1.5亿元 增长率25%")
    assert [(x.year, x.revenue.value, x.revenue.unit, x.growth_rate.value) for x in one_line] == [
        (2022, D(1200), "万元", D(10)), (2023, D("1.5"), "亿元", D(25))]


# --- checkboxes --------------------------------------------------------------------------------

BUILD = ["自建", "合作共建"]
CHECKBOXES = [
    ("☑ 自建 □ 合作共建，合作企业名称（必填）：__________________", BUILD, ("自建",), None),
    ("□ 自建 ☑ 合作共建，合作企业名称（必填）：上海XX科技有限公司", BUILD, ("合作共建",), "上海XX科技有限公司"),
    ("☐自建\n☒合作共建，合作企业名称（必填）：华兴数字", BUILD, ("合作共建",), "华兴数字"),
    ("■自建 □合作共建", BUILD, ("自建",), None),
    ("✔ 自建 ☐ 合作共建", BUILD, ("自建",), None),
    ("自建√ 合作共建", BUILD, ("自建",), None),
    ("自建 合作共建√，合作企业名称（必填）：XX公司", BUILD, ("合作共建",), "XX公司"),
    ("□ 自建√ □ 合作共建", BUILD, ("自建",), None),
    ("自建 ☑ 合作共建 □", BUILD, ("自建",), None),
    ("合作共建，上海XX公司", BUILD, ("合作共建",), "上海XX公司"),
    ("自建", BUILD, ("自建",), None),
    ("□ 自建 □ 合作共建，合作企业名称（必填）：", BUILD, (), None),
]


def test_revenue_lines_as_a_small_table_in_the_cell():
    """h57: a table nested in the 平台近三年经营指标情况 cell — 「年度 平台营收（万元） 增长率（%）」 over a row a year;
    without such a header, a line of a year and two numbers is nothing."""
    text = ("（平台相关收益单列，非整个公司的财务数据）\n年度 平台营收（万元） 增长率（%）\n"
            "2021年 6118.43 16.84\n2022年 6982.37 14.12\n2023年 8048.55 18.62")
    lines = parse_revenue_lines(text)
    assert [(x.year, float(x.revenue.value), float(x.growth_rate.value)) for x in lines] == [
        (2021, 6118.43, 16.84), (2022, 6982.37, 14.12), (2023, 8048.55, 18.62)]
    assert text[lines[2].span[0]:lines[2].span[1]] == "2023年 8048.55 18.62"
    assert parse_revenue_lines("2021年 6118.43 16.84\n2022年 6982.37 14.12") == ()


@pytest.mark.parametrize(("text", "options", "chosen", "detail"), CHECKBOXES)
def test_checkbox_choice(text, options, chosen, detail):
    c = parse_checkbox_choice(text, options)
    assert c.chosen == chosen
    assert c.options[1].detail == detail
    for o in c.options:
        if o.span:
            assert text[o.span[0] : o.span[1]] == o.label


def test_checkbox_multi_and_missing():
    deploy = ["边缘侧", "私有云", "公有云", "混合云", "其他部署方式"]
    c = parse_checkbox_choice("□ 边缘侧 ☑ 私有云 ☑ 公有云 □ 混合云\n□ 其他部署方式，请填写（必填）：____", deploy)
    assert c.chosen == ("私有云", "公有云") and c.marks_present
    assert c.options[-1].detail is None
    c = parse_checkbox_choice("□ 边缘侧 □ 私有云 □ 公有云 □ 混合云\n☑ 其他部署方式，请填写（必填）：边云协同", deploy)
    assert (c.chosen, c.options[-1].detail) == (("其他部署方式",), "边云协同")
    c = parse_checkbox_choice("☑ 自运营", ["自运营", "联合运营", "委托运营"])
    assert [o.checked for o in c.options] == [True, None, None]
    c = parse_checkbox_choice("☑ 租用，服务商名称（必填）：阿里云 □ 自建", ["自建", "租用"])
    assert c.chosen == ("租用",) and c.options[1].detail == "阿里云"
    # plain text keeps the applicant's order (the 汇总表 is filled as the 申报表 wrote it)
    assert parse_checkbox_choice("公有云、私有云", deploy).chosen == ("公有云", "私有云")
    assert parse_checkbox_choice("混合云（私有云+公有云）", deploy).chosen == ("混合云", "私有云", "公有云")


@pytest.mark.parametrize("text", [
    "2021年：营收2160.33万元，增长率15.03%",  # written by other applicants (issue 12)
    "2021年平台营收2,160.33万元，同比增长15.03%",
    "2021年度平台营业收入2160.33万元，增速15.03%",
])
def test_revenue_line_written_another_way(text):
    [line] = parse_revenue_lines(text)
    assert (line.year, line.revenue.value, line.growth_rate.value) == (2021, D("2160.33"), D("15.03"))


def test_a_tick_without_a_unicode_mapping_beside_an_empty_box():
    """A flattened PDF form's ZapfDingbats ✔ reads as U+FFFD (h45): beside □ it is the tick."""
    from assistant.values.answers import parse_checkbox_choice, ticked_answer

    assert parse_checkbox_choice("\ufffd自建 □合作共建", ["自建", "合作共建"]).chosen == ("自建",)
    assert ticked_answer("□是 \ufffd否") == "否"
    assert ticked_answer("\ufffd无法识别的字") == "\ufffd无法识别的字"  # no box beside it: nothing ticked


def test_a_count_followed_by_its_numbered_list_and_a_note():
    """h46: 「5。排名前五：1.…；2.…；…；5.设备点检（详见附件3.4.2）」 is 5 — the note's 3.4 no reading."""
    from assistant.values.typed import interpret

    text = "5。排名前五：1.智能排产助手；2.能耗监测；3.质量追溯；4.仓储管理；5.设备点检（详见附件3.4.2）"
    assert interpret("compound_total_private", "个", text).normalized == 5
    two = interpret("count", "个", "2023年自然年：14260个；截至填表日前一年：15318个").normalized
    assert two == {"2023年自然年": 14260, "截至填表日前一年": 15318}


def test_nothing_explained_is_no_category():
    """h66: 「无（海外设备连接数量为0）」 answers a breakdown with nothing, explained; a region named 无锡 is one."""
    from assistant.values.breakdowns import parse_region_breakdown

    for nothing in ("无（海外设备连接数量为0）", "无", "不适用", "暂无。"):
        assert parse_region_breakdown(nothing) is None
    found = parse_region_breakdown("无锡：30、苏州：20")
    assert found is not None and [(e.name, int(e.value)) for e in found.entries] == [("无锡", 30), ("苏州", 20)]


def test_boxes_typed_as_brackets():
    """h87: a 申报表 whose boxes are typed 「[√]」 and 「[ ]」 (or 【✓】/【 】), before or after their labels."""
    from assistant.values.answers import ticked_answer

    built = parse_checkbox_choice("[√] 自建  [ ] 合作共建，合作企业名称（必填）：", ["自建", "合作共建"])
    assert built.chosen == ("自建",) and built.marks_present
    deployed = parse_checkbox_choice("[√] 边缘侧  [ ] 私有云  [√] 公有云  [ ] 混合云  [ ] 其他部署方式，请填写（必填）：",
                                     ["边缘侧", "私有云", "公有云", "混合云", "其他部署方式"])
    assert deployed.chosen == ("边缘侧", "公有云")
    after = parse_checkbox_choice("自建[ ] 合作共建[√]，合作企业名称（必填）：某某科技有限公司", ["自建", "合作共建"])
    assert after.chosen == ("合作共建",) and after.options[1].detail == "某某科技有限公司" and after.options[0].detail is None
    assert ticked_answer("[ ]是 [√]否") == "否" and ticked_answer("【✓】是 【 】否 已建立") == "是 已建立"
    assert parse_checkbox_choice("见附件[1]，自建", ["自建", "合作共建"]).marks_present is False  # a reference, no box


def test_a_country_written_as_appendix_f_asks_with_its_count_glued_to_the_english():
    """h90: 「越南Vietnam136台」 — the figure right after the English name is the entry's (it had been read as an
    identifier, 「ISO9001」, and the region breakdown summed 136 short of its total)."""
    parsed = parse_breakdown("上海4,620台、江苏1,366台、宁波318台、越南Vietnam136台")
    assert [(e.name, e.value) for e in parsed.entries] == [("上海", D(4620)), ("江苏", D(1366)), ("宁波", D(318)),
                                                           ("越南Vietnam", D(136))]
    assert parsed.entries[-1].raw == "越南Vietnam136台" and parsed.flags == ()
    spaced = parse_breakdown("美国United States120台、德国Germany 30台")
    assert [(e.name, e.value) for e in spaced.entries] == [("美国United States", D(120)), ("德国Germany", D(30))]
    assert [(e.name, e.value) for e in parse_breakdown("ISO9001认证：1项").entries] == [("ISO9001认证", D(1))]


def test_a_rate_answered_by_its_parts_and_its_whole():
    """h90: 「软件国产化率92%，硬件国产化率78%，总体平均国产化率85.00%」 (the 指引 lets the parts be described): the
    answer is the whole (85.00, as the 汇总表 has it), not the first part; one rate alone is itself."""
    from assistant.values.typed import interpret

    assert interpret("percent", "%", "软件国产化率92%，硬件国产化率78%，总体平均国产化率85.00%").display == "85.00"
    assert interpret("percent", "%", "整体国产化率：80%；核心软件国产化率93%").display == "80.00"
    assert interpret("percent", "%", "软件92%，硬件78%").display == "92.00"  # no whole named: the first, as before
    assert interpret("percent", "%", "85%").display == "85.00"
