"""Users' letters proving three cases, and the averages the 填报指引 computes from them (2026-12-04,
the fifteenth blind set: 「设备运维成本 | 基准 | 下降18.20%」 in three scanned letters, unread)."""

from __future__ import annotations

from pathlib import Path

from fixtures.make_unseen_fixtures import Grid, Line, cited_facts, flow_pdf, read_pdf

from assistant.evidence.case_rates import read_case_rates

CASES = [("18.20", "7.40", "25.00"), ("15.06", "5.85", "20.80"), ("19.60", "7.30", "24.40")]


def _letters(path: Path, *, plan: bool = False) -> Path:
    pages = []
    for n, (cost, energy, safety) in enumerate(CASES, start=1):
        pages.append([Line(f"案例{n}"), Line("用户使用证明"), Line("我单位应用平台一年，对比应用前后数据，效果如下："),
                      Line("指标 应用前 变化"), Line(f"设备运维成本 基准 下降{cost}%"),
                      Line(f"单位产值能耗 基准 {'预计' if plan else ''}下降{energy}%"),
                      Line(f"安全生产持续时间 基准 提升{safety}%"), Line("某某制造有限公司 2024年6月")])
    return flow_pdf(path, pages)


def test_each_letter_gives_its_cases_rates_as_components(tmp_path: Path):
    facts = cited_facts(read_pdf(_letters(tmp_path / "证明.pdf")), read_case_rates)
    assert facts["device_om_cost_reduction", "案例2"].normalized == 15.06
    assert facts["device_energy_reduction", "案例3"].citations[0].quote == "下降7.30%"
    assert facts["device_safety_duration_increase", "案例1"].citations[0].page == 1
    assert len(facts) == 9 and not any(component == "" for _f, component in facts)
    planned = cited_facts(read_pdf(_letters(tmp_path / "预计.pdf", plan=True)), read_case_rates)
    assert not any(field == "device_energy_reduction" for field, _c in planned)  # a target is no result


def test_the_declared_average_is_the_mean_of_the_three_cases(tmp_path: Path, make_review, findings_of):
    from assistant.catalog.notice import load_catalog

    facts = read_case_rates(read_pdf(_letters(tmp_path / "证明.pdf")), load_catalog())
    right = make_review(device_om_cost_reduction="17.62", device_energy_reduction="6.85",
                        device_safety_duration_increase="23.40")
    right.evidence = facts
    assert findings_of("formula.case_average", right) == []
    wrong = make_review(device_om_cost_reduction="18.62", device_energy_reduction="6.85",
                        device_safety_duration_increase="23.40")
    wrong.evidence = facts
    [finding] = findings_of("formula.case_average", wrong)
    assert finding.severity == "warning" and finding.expected == "17.62" and "案例2 15.06%" in finding.message
    two = make_review(device_om_cost_reduction="18.62")
    two.evidence = [f for f in facts if f.component != "案例3"]
    assert findings_of("formula.case_average", two) == []  # two letters say nothing of the average


def test_a_letters_figure_whose_words_break_across_lines(tmp_path: Path):
    """h20: 「…单位产品能耗下降7.2%，安全生」 / 「产持续时间提升24.5%。」 in a customer's letter."""
    letter = [[Line("应用证明", 14), Line("经对比应用前后同口径数据，平台接入设备运维成本下降16.8%，单位产品能耗下降7.2%，安全生", 9),
               Line("产持续时间提升24.5%。特此证明。", 9)]]
    facts = cited_facts(read_pdf(flow_pdf(tmp_path / "应用证明.pdf", letter)), read_case_rates)
    assert {k[0]: f.normalized for k, f in facts.items()} == {
        "device_om_cost_reduction": 16.8, "device_energy_reduction": 7.2, "device_safety_duration_increase": 24.5}


def test_a_letter_titled_as_a_statement_of_use(tmp_path: Path):
    """h29: a customer's 「使用情况说明」 (no 证明 in it) states its case's changes in a sentence."""
    letter = [[Line("江苏示例精密注塑有限公司", 12), Line("使用情况说明", 14), Line("我司于2023年3月起使用示例平台设备联网SaaS服务。", 9),
               Line("平台上线后，注塑设备运维成本下降13.2%，能耗下降9.6%，安全生产持续时间提升15.4%。", 9)]]
    facts = cited_facts(read_pdf(flow_pdf(tmp_path / "用户使用说明.pdf", letter)), read_case_rates)
    assert {k[0]: f.normalized for k, f in facts.items()} == {
        "device_om_cost_reduction": 13.2, "device_energy_reduction": 9.6, "device_safety_duration_increase": 15.4}


def test_safe_operation_named_as_continuous_running_time(tmp_path: Path):
    """h32: 「安全生产连续运行时间（天） | 200 | 236 | 提升18.20%」 in a customer's letter table."""
    letter = [[Line("证明"), Line("指标 上线前 上线后 变化率"), Line("设备运维成本（万元/年） 624.00 519.17 下降16.80%"),
               Line("安全生产连续运行时间（天） 200 236 提升18.20%"), Line("特此证明。")]]
    facts = cited_facts(read_pdf(flow_pdf(tmp_path / "案例证明.pdf", letter)), read_case_rates)
    assert {k[0]: f.normalized for k, f in facts.items()} == {
        "device_om_cost_reduction": 16.8, "device_safety_duration_increase": 18.2}


def test_a_summary_table_of_the_cases_states_the_average(tmp_path: Path, make_review, findings_of):
    """h23: a 案例汇编 closes with 「指标 | 案例1 | 案例2 | 案例3 | 三案例平均」; its average column is the
    indicator itself, compared with the form by the one judgement. Rows of other things are not read."""
    from assistant.catalog.notice import load_catalog
    from assistant.evidence.case_rates import read_case_tables

    document = read_pdf(flow_pdf(tmp_path / "附件8.pdf", [[
        Line("应用案例"), Line("案例1：某核电站设备运维协同"), Line("项目实施后，接入设备运维成本下降15.60%，能耗下降5.40%。"),
        Line("指标（%） 案例1 案例2 案例3 三案例平均"), Line("运维成本下降率 15.60 12.30 13.80 13.90"),
        Line("能耗下降率 5.40 6.80 6.10 6.10"), Line("客户满意度 95.0 96.0 97.0 96.0"),
        Line("安全生产持续时间提升率 22.10 18.40 20.00 20.17")]]))
    facts = cited_facts(document, read_case_tables)
    assert {k: v.normalized for k, v in facts.items()} == {
        ("device_om_cost_reduction", ""): 13.9, ("device_energy_reduction", ""): 6.1,
        ("device_safety_duration_increase", ""): 20.17}
    assert facts["device_energy_reduction", ""].citations[0].quote == "6.10"
    review = make_review(device_om_cost_reduction="13.90", device_energy_reduction="6.50",
                         device_safety_duration_increase="20.17")
    review.evidence = read_case_tables(document, load_catalog())
    [finding] = findings_of("declared_vs_evidence.value", review)
    assert "能耗" in finding.message and "6.50" in finding.message and "6.10" in finding.message


def test_a_summary_table_with_the_cases_down_the_side_states_the_average(tmp_path: Path):
    """h14: 「案例 | 运维成本下降率 | 能耗下降率 | 安全生产持续时间提升率」 over a row per case and 「三案例平均 |
    17.47% | 9.23% | 21.20%」: the average row was not read (only the cases across were)."""
    from assistant.evidence.case_rates import read_case_tables

    rows = [["案例", "运维成本下降率", "能耗下降率", "安全生产持续时间提升率"], ["案例1", "16.80%", "8.60%", "18.00%"],
            ["案例2", "21.40%", "11.20%", "25.50%"], ["案例3", "14.20%", "7.90%", "20.10%"],
            ["三案例平均", "17.47%", "9.23%", "21.20%"]]
    document = read_pdf(flow_pdf(tmp_path / "附件9.pdf", [[Line("附件9 应用案例成效测算表"),
                                                           Grid(rows, widths=[100, 120, 100, 160])]]))
    facts = cited_facts(document, read_case_tables)
    assert {k: v.normalized for k, v in facts.items()} == {
        ("device_om_cost_reduction", ""): 17.47, ("device_energy_reduction", ""): 9.23,
        ("device_safety_duration_increase", ""): 21.2}
    assert facts["device_energy_reduction", ""].citations[0].quote == "9.23%"


def test_three_letters_in_three_files_are_three_cases(tmp_path: Path, make_review, findings_of):
    """h32: each user's letter its own file, none writing 「案例N」: each is the first letter of its file, so all
    three were 「案例1」 and the average was never taken. A letter bound again in a 汇编 is no fourth case."""
    from assistant.catalog.notice import load_catalog

    def letter(name: str, cost: str) -> list:
        page = [Line("应用证明"), Line(f"经对比应用前后同口径数据，平台接入设备运维成本下降{cost}%。特此证明。")]
        return read_case_rates(read_pdf(flow_pdf(tmp_path / name, [page])), load_catalog())

    facts = letter("证明_甲.pdf", "14.20") + letter("证明_乙.pdf", "9.60") + letter("证明_丙.pdf", "17.50")
    review = make_review(device_om_cost_reduction="15.60")
    review.evidence = facts
    [finding] = findings_of("formula.case_average", review)
    assert finding.expected == "13.77" and "证明_乙.pdf" in finding.message
    review.evidence = facts + letter("汇编.pdf", "9.60")  # the same letter bound again
    assert [f.expected for f in findings_of("formula.case_average", review)] == ["13.77"]
    review = make_review(device_om_cost_reduction="13.77")
    review.evidence = facts
    assert findings_of("formula.case_average", review) == []


def test_a_case_rate_the_form_lists_that_no_letter_states(tmp_path: Path, make_review, findings_of):
    """h20: 「接入设备运维成本分别下降15.40%、18.60%、13.10%」 in the 降低成本 answer, where the second
    user's letter says 下降11.3%: a case the letters do not prove (declared_vs_evidence, a warning)."""
    from assistant.catalog.notice import load_catalog

    pages = [[Line("用户应用证明"), Line(f"应用平台后，设备运维成本下降{rate}%，特此证明。")] for rate in ("15.4", "11.3", "13.1")]
    facts = read_case_rates(read_pdf(flow_pdf(tmp_path / "客户应用证明.pdf", pages)), load_catalog())
    answer = "基于3个案例：接入设备运维成本分别下降{}、13.10%，平均下降15.70%；能耗分别下降8.20%、10.40%、6.90%。"
    review = make_review(solutions_cost_reduction=answer.format("15.40%、18.60%"))
    review.evidence = facts
    [finding] = findings_of("declared_vs_evidence.case_list", review)
    assert finding.severity == "warning" and "18.60%" in finding.message and "11.30%" in finding.message
    assert finding.fields[0] == "解决方案累计对企业/用户降低成本"
    review = make_review(solutions_cost_reduction=answer.format("15.40%、11.30%"))
    review.evidence = facts
    assert findings_of("declared_vs_evidence.case_list", review) == []  # the energy rates have no letters here
