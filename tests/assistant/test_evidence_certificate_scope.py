"""Certificate lists whose scope the file says (h28's clean package, first met 2026-12-05): a
subsidiary's certificates listed after the applicant's under 「附：…（2项，权属非申报单位，未计入上表
及申报数量）」 with the header repeated and the 序号 starting again; certificates in a file named as an
excerpt (「登记证书（节选）.pdf」). Fixtures are written here."""

from __future__ import annotations

from pathlib import Path

from fixtures.make_list_fixtures import rows_xlsx

from assistant.catalog.notice import load_catalog
from assistant.evidence.lists import read_lists
from extractors.reader import read_file

HEADER = ["序号", "软件名称", "登记号", "著作权人", "登记日期"]


def _software(n: int, owner: str = "示例科技股份有限公司", start: int = 0) -> list[list]:
    return [[i, f"示例平台软件V{i}.0", f"2023SR{1000000 + start + i}", owner, "2023-05-01"] for i in range(1, n + 1)]


def _facts(path: Path) -> list:
    return [f for f in read_lists(read_file(path), load_catalog()) if f.field_id == "software_copyrights"]


def test_a_list_said_not_to_be_counted_is_left_out(tmp_path: Path):
    rows = [["表2 计算机软件著作权清单（共6项）"], HEADER, *_software(6),
            ["附：全资子公司示例数据技术有限公司持有的平台相关软件著作权（2项，权属非申报单位，未计入上表及申报数量）"],
            HEADER, *_software(2, "示例数据技术有限公司", start=100)]
    [fact] = _facts(rows_xlsx(tmp_path / "知识产权清单.xlsx", {"软著": rows}))
    assert fact.normalized == 6 and fact.confident
    assert any("不计入" in r for r in fact.reasons)


def test_the_same_list_without_that_line_counts_every_item(tmp_path: Path):
    rows = [["表2 计算机软件著作权清单"], HEADER, *_software(6), HEADER, *_software(2, start=100)]
    assert [f.normalized for f in _facts(rows_xlsx(tmp_path / "知识产权清单.xlsx", {"软著": rows}))] == [8]


def test_certificates_in_a_file_named_as_an_excerpt_are_a_part(tmp_path: Path):
    rows = [["计算机软件著作权登记证书"], HEADER, *_software(4)]
    [fact] = _facts(rows_xlsx(tmp_path / "3-04 计算机软件著作权登记证书（节选）.xlsx", {"证书": rows}))
    assert fact.normalized == 4 and fact.scope == "segment"
    [whole] = _facts(rows_xlsx(tmp_path / "3-04 计算机软件著作权登记证书.xlsx", {"证书": rows}))
    assert whole.scope == "platform"


def test_items_held_by_someone_else_are_not_the_applicants(tmp_path: Path):
    """h28/h42: 24 patents, 3 of them held by a research institute (「独占许可使用」) and 「合计：24项」:
    the list counts 24, the holder of the rest holds 21 — the fact says both (the checks compare
    the declared count with the holder's own)."""
    header = ["序号", "专利名称", "专利号", "类型", "专利权人", "授权日", "备注"]
    rows = [[i, f"一种示例方法{i}", f"ZL2017101982{i:02d}.3", "发明",
             "上海示例材料研究院" if i in (1, 11, 21) else "示例科技（上海）股份有限公司", "2018-09-20",
             "独占许可使用" if i in (1, 11, 21) else None] for i in range(1, 25)]
    facts = read_lists(read_file(rows_xlsx(tmp_path / "知识产权清单.xlsx", {"授权专利": [header, *rows, ["合计：24项"]]})),
                       load_catalog())
    [fact] = [f for f in facts if f.field_id == "patents"]
    assert (fact.normalized, fact.held_by_others, fact.holder) == (24, 3, "示例科技（上海）股份有限公司")
    assert any("上海示例材料研究院" in r for r in fact.reasons) and fact.confident
    # one holder throughout (brackets written either way): every item counts
    same = [r[:4] + ["示例科技(上海)股份有限公司" if r[0] % 2 else "示例科技（上海）股份有限公司"] + r[5:] for r in rows]
    facts = read_lists(read_file(rows_xlsx(tmp_path / "清单2.xlsx", {"授权专利": [header, *same, ["合计：24项"]]})),
                       load_catalog())
    assert [(f.normalized, f.held_by_others) for f in facts if f.field_id == "patents"] == [(24, 0)]


def test_a_subtotal_of_the_holders_items_is_the_lists_count(tmp_path: Path):
    """h34: the applicant's patents under 「小计：共18项」, a group member's after them under their own
    小计, and 「合计：27项」: the list itself counts the applicant's 18."""
    header = ["序号", "专利名称", "专利号", "类型", "专利权人", "授权日"]
    own = [[i, f"一种示例装置{i}", f"ZL2019100{i:04d}.1", "发明", "示例航空科技有限公司", "2021-03-01"] for i in range(1, 19)]
    other = [[i, f"一种示例系统{i}", f"ZL2020200{i:04d}.2", "实用新型", "示例集团其他所属单位", "2022-04-01"]
             for i in range(1, 10)]
    sheet = [header, *own, ["小计：共18项"], *other, ["小计：共9项"], ["合计：27项"]]
    facts = read_lists(read_file(rows_xlsx(tmp_path / "知识产权清单.xlsx", {"专利": sheet})), load_catalog())
    [fact] = [f for f in facts if f.field_id == "patents"]
    assert (fact.normalized, fact.held_by_others) == (18, 0)
    assert fact.citations[0].quote == "小计：共18项"


def test_a_patent_whose_legal_status_is_lapsed_is_said(tmp_path: Path):
    """A 法律状态 column reading 「失效」 (fees unpaid): the list still counts it, the fact says so."""
    header = ["序号", "专利名称", "专利号", "法律状态", "授权日"]
    rows = [[i, f"一种示例方法{i}", f"ZL20181000{i:03d}.1", "失效" if i == 2 else "有效", "2019-01-01"] for i in range(1, 6)]
    facts = read_lists(read_file(rows_xlsx(tmp_path / "专利清单.xlsx", {"专利": [header, *rows]})), load_catalog())
    [fact] = [f for f in facts if f.field_id == "patents"]
    assert (fact.normalized, fact.lapsed) == (5, 1) and any("第2项" in r for r in fact.reasons)
    rows[1][3] = "有效（未到期）"
    facts = read_lists(read_file(rows_xlsx(tmp_path / "专利清单2.xlsx", {"专利": [header, *rows]})), load_catalog())
    assert [f.lapsed for f in facts if f.field_id == "patents"] == [0]


def test_other_awards_under_a_line_that_is_no_heading_are_left_out(tmp_path: Path):
    """h72: after 「合计：7项」, 「附：其他奖项（非省部级，未计入上表）」 over its own 「序号 | 名称 | 级别 | 备注」 table —
    the line names no list kind, so it is read as a line above the second table, not as its heading."""
    awards = [[i, f"2023年示例工业互联网标杆{i}", "上海市经济和信息化委员会", "2023年11月"] for i in range(1, 8)]
    others = [[1, "2023年“示例杯”工业互联网创新应用大赛一等奖", "区级赛事", "奖金30万元"],
              [2, "2022年示例区域工业互联网创新大赛优胜奖", "行业赛事", "奖金5万元"],
              [3, "2023年示例行业设备管理优秀案例", "行业协会", "—"]]
    rows = [["平台获得省部级及以上奖项/荣誉清单"], ["序号", "奖项/荣誉名称", "颁发单位", "获得时间"], *awards, ["合计：7项"],
            ["附：其他奖项（非省部级，未计入上表）"], ["序号", "名称", "级别", "备注"], *others,
            ["注：赛事奖金为获奖团队所得，未计入平台营业收入。"]]
    path = rows_xlsx(tmp_path / "省部级及以上荣誉清单.xlsx", {"荣誉": rows})
    [fact] = [f for f in read_lists(read_file(path), load_catalog()) if f.field_id == "awards"]
    assert fact.normalized == 7 and any("未计入上表" in r for r in fact.reasons)
