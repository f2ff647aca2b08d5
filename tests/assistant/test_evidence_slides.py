"""Figures as marketing material prints them (h49, first met 2026-12-06): a deck exported to PDF
with figures printed large over their captions and a bar chart drawn on the slide, a brochure in
three columns whose lines state a figure before the thing it counts, an infographic of certificate
counts as cards. Fixtures are drawn here (tests/fixtures/make_slide_fixtures.py)."""

from __future__ import annotations

from pathlib import Path

from fixtures.make_slide_fixtures import A4, SLIDE, Text, bar_chart, card, placed_pdf
from fixtures.make_unseen_fixtures import cited_facts, read_pdf

from assistant.catalog.notice import load_catalog
from assistant.evidence.figures import read_display_figures, read_figures
from assistant.evidence.platform import read_platform_figures
from assistant.evidence.prose import read_prose_figures


def test_a_slides_figures_over_their_captions(tmp_path: Path):
    """「18,426 台/套」 over 「接入动力设备」, two rows of cards: each figure takes the caption under it,
    not the caption of the card above; 「1万+」 is kept as a bound, compared with nothing."""
    texts = [Text(36, 20, 20, "平台核心数据 动力运维 | 平台介绍"),
             *card(60, 120, "18,426 台/套", "接入动力设备"), *card(360, 120, "1,204 家", "服务企业"),
             *card(660, 120, "1万+", "注册开发者"),
             *card(60, 300, "218 个", "工业机理模型"), *card(360, 300, "962 个", "微服务")]
    document = read_pdf(placed_pdf(tmp_path / "汇报材料.pdf", [(SLIDE, texts)]))
    facts = {v.field_id: v for v in read_figures(document, load_catalog())}
    assert {f: facts[f].normalized for f in ("devices_total", "enterprises_served", "models_total",
                                             "microservices_total")} == {
        "devices_total": 18426, "enterprises_served": 1204, "models_total": 218, "microservices_total": 962}
    developers = facts["developers_registered"]
    assert developers.normalized is None and developers.value == "1万+" and not developers.confident
    assert any("不少于" in r for r in developers.reasons)


def test_a_bar_chart_drawn_on_a_slide_gives_the_years(tmp_path: Path):
    """Its labels are the page's own text: the years under the bars, a data label over each, the
    value axis left, the legend 「平台业务收入（万元）」 over the plot; a card beside the chart
    (「2023年平台业务收入」) is no legend of it."""
    texts = [Text(36, 20, 20, "经营情况 动力运维 | 平台介绍"),
             *bar_chart(110, ["2021年", "2022年", "2023年"], ["11,236.85", "13,975.62", "18,642.35"], "平台业务收入（万元）"),
             *card(640, 170, "1.86 亿元", "2023年平台业务收入")]
    document = read_pdf(placed_pdf(tmp_path / "汇报材料.pdf", [(SLIDE, texts)]))
    facts = cited_facts(document, lambda d, c: read_platform_figures(d, c, charts_only=True))
    assert {k: v.normalized for k, v in facts.items()} == {
        ("platform_revenue_2021", "2021年平台营收（万元）"): 11236.85, ("platform_revenue_2022", "2022年平台营收（万元）"): 13975.62,
        ("platform_revenue_2023", "2023年平台营收（万元）"): 18642.35, ("revenue", ""): 18642.35}


BROCHURE = [Text(36, 42, 22, "某某工业互联网平台"), Text(36, 79, 10, "产品宣传册 · 2024版")]
for column, lines in enumerate((["设备接入", "支持186种工业协议", "船岸一体数据链路", "平台以设备为中心"],
                                ["模型与应用", "218个工业机理模型", "356个工业APP", "预测性维护与能效优化"],
                                ["生态服务", "11个合作平台", "7个服务园区", "开放API接口142个", "平台以设备为中心"])):
    BROCHURE += [Text(36 + 175 * column, 139 + 15 * row, 13 if row == 0 else 9, line) for row, line in enumerate(lines)]


def test_a_brochures_lines_state_the_figure_before_the_thing(tmp_path: Path):
    """Three columns of short lines, each column read down before the next: 「11个合作平台」 then
    「7个服务园区」 — 7 is the parks', never the partners'; 「支持186种工业协议」 counts protocols, not
    devices; 「开放API接口142个」 names nothing the notice counts."""
    document = read_pdf(placed_pdf(tmp_path / "宣传册.pdf", [(A4, BROCHURE)]))
    facts = {k[0]: v.normalized for k, v in cited_facts(document, read_prose_figures).items()}
    assert facts == {"protocols_supported": 186, "models_total": 218, "apps_total": 356, "partner_platforms": 11,
                     "industrial_parks_served": 7}


def test_a_figure_stated_before_the_thing_inside_a_sentence(tmp_path: Path):
    from fixtures.make_unseen_fixtures import Line, flow_pdf

    document = read_pdf(flow_pdf(tmp_path / "说明.pdf", [[
        Line("截至2024年6月30日，平台累计服务1,204家企业，新增186种工业协议，接入设备18,426台（套）。")]]))
    facts = {k[0]: v.normalized for k, v in cited_facts(document, read_prose_figures).items()}
    assert facts == {"enterprises_served": 1204, "devices_total": 18426}  # 新增 protocols are a change


def test_a_sum_closing_a_clause_that_lists_the_things(tmp_path: Path):
    """h14: 「协议适配：平台协议库已适配Modbus-RTU/TCP、OPC UA、S7等工业协议，合计72种。」 under a device
    statistics table: 72 is the protocols' count, the thing named by the clause before 「合计」. A 合计
    after a clause that names nothing the notice counts is nobody's."""
    from fixtures.make_unseen_fixtures import Line, flow_pdf

    document = read_pdf(flow_pdf(tmp_path / "统计.pdf", [[
        Line("协议适配：平台协议库已适配Modbus-RTU/TCP、OPC UA、S7等工业协议，合计72种。"),
        Line("平台支持多种接入网关，包括边缘盒子和串口服务器，合计18种。")]]))
    facts = {k[0]: v.normalized for k, v in cited_facts(document, read_prose_figures).items()}
    assert facts == {"protocols_supported": 72}


def test_cards_printed_large_on_a_brochure_and_an_infographic(tmp_path: Path):
    """「1,204」 over 「服务企业」, 「5」 over 「市级智能工厂」 on a brochure; 「39 项」 over 「授权专利合计」 beside
    「22 项」 over 「发明专利」 (one kind of patent: no count of them all) and 「4 项」 over 「省部级及以上荣誉」.
    A number in the running text is no card."""
    cards = [*BROCHURE, *card(49, 550, "1,204", "服务企业", size=40), *card(409, 550, "5", "市级智能工厂", size=40)]
    infographic = [Text(177, 62, 22, "知识产权与资质荣誉一览"), Text(156, 92, 10, "某某科技有限公司 统计截至2024年7月10日"),
                   *card(85, 299, "22 项", "发明专利"), *card(465, 299, "39 项", "授权专利合计"),
                   *card(275, 529, "4 项", "省部级及以上荣誉"), *card(465, 529, "120+ 项", "软件著作权"),
                   Text(36, 700, 10, "注：授权专利合计39项，含实用新型17项。")]
    document = read_pdf(placed_pdf(tmp_path / "宣传.pdf", [(A4, cards), (A4, infographic)]))
    facts = {(v.field_id, v.citations[0].page): v.normalized for v in read_display_figures(document, load_catalog())}
    assert facts == {("enterprises_served", 1): 1204, ("smart_factories_served", 1): 5, ("patents", 2): 39,
                     ("awards", 2): 4, ("software_copyrights", 2): None}  # 「120+ 项」: a bound, no figure


def test_marketings_words_for_the_notices_things():
    """「爆款APP订阅」 is the killer APPs' subscriptions; 「省部级及以上荣誉」 the honours; 「市级智能工厂」 the smart
    factories served; a kind of patent or a standard is none of the notice's counts."""
    from assistant.catalog.vocabulary import caption_field

    assert {c: caption_field(c) for c in ("爆款APP订阅", "省部级及以上荣誉", "市级智能工厂", "发明专利", "参与制定标准",
                                          "智能工厂建设")} == {
        "爆款APP订阅": "killer_app_subscriptions", "省部级及以上荣誉": "awards", "市级智能工厂": "smart_factories_served",
        "发明专利": None, "参与制定标准": None, "智能工厂建设": None}


def test_a_chart_of_a_count_by_year_gives_the_count_its_last_bar_shows(tmp_path: Path):
    """「累计服务企业数（家）」 drawn 2019 → 2024: the 2024 bar is the count the chart stands at, a reading
    kept below a printed figure; a chart that ends before the form's year, or of revenue (a flow), is none."""
    from assistant.core.evidence import CHART_END
    from assistant.evidence.chart_counts import read_chart_counts

    years = ["2019", "2020", "2021", "2022", "2023", "2024"]

    def slide(name: str, labels: list[str], legend: str) -> list:
        texts = [Text(36, 20, 20, "发展历程与服务规模")]
        texts += [Text(40, 446 - 70 * i, 9, f"{400 * i:,}") for i in range(5)]
        for i, (year, value) in enumerate(zip(labels, ["186", "342", "568", "815", "1,046", "1,926"], strict=True)):
            texts += [Text(110 + 120 * i, 400 - 40 * i, 9, value), Text(112 + 120 * i, 456, 9, year)]
        return [Text(120, 140, 11, legend), *texts]

    document = read_pdf(placed_pdf(tmp_path / "a.pdf", [(SLIDE, slide("a", years, "累计服务企业数（家）")),
                                                        (SLIDE, slide("b", [str(int(y) - 3) for y in years],
                                                                      "累计服务企业数（家）")),
                                                        (SLIDE, slide("c", years, "平台业务收入（万元）"))]))
    [count] = read_chart_counts(document, load_catalog())
    assert (count.field_id, count.normalized, count.year, count.citations[0].page) == ("enterprises_served", 1926, 2024, 1)
    assert count.reasons[0].startswith(CHART_END) and not count.confident


def test_a_portal_pages_caption_naming_its_year_over_a_count_of_orders(tmp_path: Path):
    """A platform portal's statistics page printed from a browser (h9): 「年度订单（2023）」 over 「9,364 单」.
    The year in brackets is part of the caption, not a figure, and 单 counts orders; a bracket that
    is no year (「（2023-2024）」) keeps the line a figure's, so nothing is read from it."""
    tiles = [Text(36, 30, 16, "数据统计"),
             Text(48, 100, 8.5, "付费企业"), Text(48, 114, 15, "638 家"),
             Text(220, 100, 8.5, "年度订单（2023）"), Text(220, 114, 15, "9,364 单"),
             Text(400, 100, 8.5, "解决方案（2023-2024）"), Text(400, 114, 15, "26 个")]
    document = read_pdf(placed_pdf(tmp_path / "门户数据统计页.pdf", [(A4, tiles)]))
    facts = {v.field_id: (v.normalized, v.citations[0].quote) for v in read_display_figures(document, load_catalog())}
    assert facts == {"enterprises_paying": (638, "638 家"), "orders_last_year": (9364, "9,364")}
