"""A foreign-invested applicant's English evidence (h65, first met 2026-12-06): an English console's tiles
name the indicators (Apps published, Mechanism models, Public-cloud devices, Avg. daily running, Overseas
devices, Protocols supported) and print thousands rounded (「14.9k」, its precision kept); an English
report's platform summary prints bare years over its figures and states its unit in words
(「Amounts in RMB'000.」). A nav item's bare word (「Apps」, 「Data」) names nothing. Fixtures are drawn here."""

from __future__ import annotations

from pathlib import Path

from fixtures.make_unseen_fixtures import Line, flow_pdf, read_pdf

from assistant.catalog.notice import load_catalog
from assistant.catalog.vocabulary import caption_field
from assistant.evidence.figure_pieces import Piece, number_of
from assistant.evidence.platform import read_platform_figures
from extractors.model import Block, Span


def test_an_english_consoles_captions():
    assert {caption: caption_field(caption) for caption in (
        "Apps published", "Mechanism models", "Public-cloud devices", "Avg. daily running (public cloud)",
        "Overseas devices", "Protocols supported", "Apps", "Data", "Active users (MAU)")} == {
        "Apps published": "apps_total", "Mechanism models": "models_total",
        "Public-cloud devices": "devices_public_cloud",
        "Avg. daily running (public cloud)": "devices_public_cloud_daily_running",
        "Overseas devices": "devices_overseas", "Protocols supported": "protocols_supported",
        "Apps": None, "Data": None, "Active users (MAU)": None}


def test_thousands_printed_rounded():
    def number(text: str):
        block = Block(id="s:p1:b0", kind="ocr_line", text=text, span=Span(start=0, end=len(text)))
        return number_of(Piece(block, 0, len(text)))

    found = number("14.9k")
    assert found is not None and found.quantity.value == 14900 and found.quantity.raw == "14.9k"
    assert number("1.2 million") is None and number("k") is None


def test_an_english_reports_platform_summary(tmp_path: Path):
    pdf = flow_pdf(tmp_path / "Audited Financial Statements 2023.pdf", [[
        Line("SUPPLEMENTARY INFORMATION 补充资料"),
        Line("Industrial internet platform segment - four-year summary"),
        Line("Prepared by management from the segment reporting records. Amounts in RMB'000."),
        Line("2020    2021    2022    2023", indent=260),
        Line("Platform revenue 平台营业收入    31,208    36,514    41,873    48,236")]])
    found = {(v.field_id, v.normalized, v.unit) for v in read_platform_figures(read_pdf(pdf), load_catalog())}
    assert found == {("platform_revenue_2021", 3651.4, "千元"), ("platform_revenue_2022", 4187.3, "千元"),
                     ("platform_revenue_2023", 4823.6, "千元"), ("revenue", 4823.6, "千元")}


def test_a_sentence_of_plans_says_nothing_now(tmp_path: Path):
    """h63: 「到2026年，平台计划连接工业设备10万台（套），服务企业1万家」 — the 服务企业 clause is a target too."""
    from assistant.evidence.prose import read_prose_figures

    def facts(name: str, line: str) -> list:
        pdf = flow_pdf(tmp_path / name, [[Line("第三章 平台能力"), Line(line)]])
        return [(f.field_id, f.normalized) for f in read_prose_figures(read_pdf(pdf), load_catalog())]

    assert facts("a.pdf", "到2026年，平台计划连接工业设备10万台（套），服务企业1万家，培育杀手锏APP 10款以上。") == []
    assert facts("b.pdf", "平台已连接工业设备10万台（套），服务企业1万家。") == [
        ("devices_total", 100000), ("enterprises_served", 10000)]
