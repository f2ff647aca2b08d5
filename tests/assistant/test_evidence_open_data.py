"""Open-data and 标识解析 figures in proofs (h15, h41, h23, first met as uncited facts): an API gateway
export's 「已发布开放API 118个」, a letter's 「累计标识注册量2.86亿条、累计解析量9.42亿次」 and one whose
words wrap over lines (「累计注\\n册标识126万条」) are read as parts of 3.2.1 and 3.1.3, each cited on its
page; calls, daily figures and bounds are not. Fixtures are drawn here."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from fixtures.make_unseen_fixtures import Grid, Line, cited_facts, flow_pdf, read_pdf

from assistant.evidence.open_data import read_open_data
from assistant.values.open_data import API_COMPONENT, REGISTRATIONS_COMPONENT, RESOLUTIONS_COMPONENT, read_parts


def test_the_parts_an_answer_or_a_proof_states():
    parts = read_parts("以API接口和行业数据集形式开放：开放API接口186个（2023年累计调用3,862.4万次）、行业数据集24个、"
                       "钢材标识注册量1,284.6万条")
    assert [(p.component, p.value) for p in parts] == [(API_COMPONENT, Decimal(186)),
                                                      (REGISTRATIONS_COMPONENT, Decimal("1284.6"))]
    parts = read_parts("截至2024年6月累计注册标识126万条、解析量2.38亿次。日均解析量118万次，今日解析41.7万次")
    assert [(p.component, p.value) for p in parts] == [(REGISTRATIONS_COMPONENT, Decimal(126)),
                                                      (RESOLUTIONS_COMPONENT, Decimal(23800))]
    assert [p.value for p in read_parts("API接口形式开放212个；开放5G专网能力API 48个")] == [212, 48]
    # calls, a count not said to be open, a bound, users: none is a part
    assert read_parts("2023年接口调用次数 426.8万次；API接口总数320个；开放API超过300个；注册企业用户1,200个") == []
    assert read_parts("用户注册量1.2万条") == []  # no 标识 in the sentence: not identifiers


def test_a_gateway_export_and_a_wrapped_letter_are_cited(tmp_path: Path):
    export = flow_pdf(tmp_path / "3-14 API网关开放数据统计及标识解析.pdf", [[
        Line("平台数据开放共享与标识解析应用情况说明", 12),
        Line("一、开放共享数据（API网关导出，截至2024年6月30日）", 10),
        Grid([["开放形式", "数量", "说明"], ["已发布开放API", "118个", "含交易、物流等接口"],
              ["2023年接口调用次数", "426.8万次", "网关统计"]], widths=[150, 80, 180]),
        Line("二、国家标识解析系统融合使用情况", 10),
        Grid([["指标", "数值"], ["累计标识注册量", "86.4万条"], ["累计标识解析量", "214.6万次"]], widths=[150, 100])]])
    facts = cited_facts(read_pdf(export), read_open_data)
    assert {k: v.normalized for k, v in facts.items()} == {
        ("open_data_forms", API_COMPONENT): 118, ("identifier_resolution", REGISTRATIONS_COMPONENT): 86.4,
        ("identifier_resolution", RESOLUTIONS_COMPONENT): 214.6}
    assert all(v.confidence >= 0.8 and v.citations[0].page == 1 for v in facts.values())  # a table's rows

    letter = flow_pdf(tmp_path / "附件7.pdf", [[
        Line("证明", 14, centred=True),
        Line("平台已于2022年9月接入国家工业互联网标识解析体系能源行业二级节点，平台融合使用国家标识解析系统，截至2024年6月累计注", 9),
        Line("册标识126万条、解析量2,380万次。日均解析量约6.5万次。", 9), Line("特此证明。", 9)]])
    facts = cited_facts(read_pdf(letter), read_open_data)
    assert {k: v.normalized for k, v in facts.items()} == {
        ("identifier_resolution", REGISTRATIONS_COMPONENT): 126, ("identifier_resolution", RESOLUTIONS_COMPONENT): 2380}
    registered = facts["identifier_resolution", REGISTRATIONS_COMPONENT]
    assert registered.confidence < 0.8 and "126万条" in registered.citations[0].quote  # a sentence: prose


def test_the_paying_users_share_inputs_at_the_end_of_2023(tmp_path: Path):
    """h55: 「付费用户占比（截至2023年12月31日）：付费企业812家，注册企业3,065家」 and 「付费企业数583家÷注册企业用户数
    2,410家」 state the share's own inputs (填报指引: 截至2023年底), not the form's counts at its date."""
    from assistant.evidence.share_inputs import PAYING_INPUT, USERS_INPUT, read_share_inputs

    for text, paying, users in (("付费用户占比（截至2023年12月31日）：付费企业812家，注册企业3,065家。", 812, 3065),
                                ("注：付费用户占比按填报指引取截至2023年底数据：付费企业数583家÷注册企业用户数2,410家。", 583, 2410)):
        document = read_pdf(flow_pdf(tmp_path / f"{paying}.pdf", [[Line("平台运营指标统计", 12), Line(text, 9)]]))
        facts = cited_facts(document, read_share_inputs)
        assert {k: v.normalized for k, v in facts.items()} == {("paying_user_share", PAYING_INPUT): paying,
                                                              ("paying_user_share", USERS_INPUT): users}
    plain = read_pdf(flow_pdf(tmp_path / "plain.pdf", [[Line("截至2024年6月30日，付费企业941家，注册企业3,560家。", 9)]]))
    assert cited_facts(plain, read_share_inputs) == {}  # the counts at the form's date: the share is not named


def test_a_slides_figures_run_together_are_each_their_own_things():
    """h49: a slide's text layer 「开放API接口142个186 个兼容工业协议11 个」: 142 is the APIs'; 186 and 11 follow another
    figure, their words are not 开放API's (they stood as two mismatches on a clean package)."""
    assert [(p.component, int(p.value)) for p in read_parts("开放API接口142个186 个兼容工业协议11 个")] == [
        ("开放API接口数量（个）", 142)]
