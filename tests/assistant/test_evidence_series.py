"""A system's export by period (API gateway and developer-portal CSV/XLSX, missed in h15 until
2026-12-05): a stock's latest period is read, as a doubted reading; flows and short series are not."""

from __future__ import annotations

from pathlib import Path

from assistant.catalog.notice import load_catalog
from assistant.evidence.series import SERIES_CONFIDENCE, read_series
from extractors.reader import read_file

MONTHLY = """date,calls,success_rate,active_services,active_developers,orders
2023-10,9094265,0.9985,211,366,310
2023-11,8181306,0.9989,214,380,295
2023-12,8294153,0.9993,218,389,301
2024-01,8694832,0.9985,221,376,288
TOTAL,34264556,,,,1194
"""


def _facts(path: Path, text: str, encoding: str = "utf-8-sig") -> dict:
    path.write_bytes(text.encode(encoding))
    document = read_file(path)
    facts = read_series(document, load_catalog())
    page = document.pages[0]
    for fact in facts:
        (citation,) = fact.citations
        assert page.text[citation.span.start:citation.span.end] == citation.quote == fact.value
    return {f.field_id: f for f in facts}


def test_the_latest_period_of_a_stock_is_read_with_its_period_and_a_doubt(tmp_path: Path):
    facts = _facts(tmp_path / "api_gateway_monthly.csv", MONTHLY)
    assert facts["microservices_active"].normalized == 221 and facts["developers_active"].normalized == 376
    active = facts["microservices_active"]
    assert active.as_of == "2024-01" and active.confidence == SERIES_CONFIDENCE and not active.confident
    assert any(r.startswith("存疑") for r in active.reasons)
    assert "orders_last_year" not in facts  # a flow: its total, not its last month, is the figure


def test_weekly_chinese_headed_series_in_gbk_is_read_by_its_latest_week(tmp_path: Path):
    text = "统计周,调用次数,活跃微服务数\n2024-06-03,1778395,577\n2024-06-24,1818062,586\n2024-06-10,1864340,580\n"
    facts = _facts(tmp_path / "weekly.csv", text, "gbk")
    assert facts["microservices_active"].normalized == 586  # the latest week, wherever it is printed


def test_a_series_of_two_periods_or_without_a_period_key_says_nothing(tmp_path: Path):
    assert _facts(tmp_path / "short.csv", "month,active_services\n2024-05,230\n2024-06,236\n") == {}
    assert _facts(tmp_path / "nokey.csv", "name,active_services\nA,1\nB,2\nC,3\n") == {}


def test_a_column_the_export_averages_itself_has_no_latest_period_reading(tmp_path: Path):
    """h46: 「统计月份 | 公有云设备日均运行数量（台/套）」 over twelve months closed by 「近12个月日均 | 5209」: the table's own
    figure is its mean (June's 4,109 was shown as a mismatch beside it); a column it does not average keeps its latest."""
    text = ("统计月份,公有云设备日均运行数量（台/套）,注册企业用户数\n2023年10月,5246,1210\n2023年11月,5420,1244\n"
            "2023年12月,5185,1268\n2024年1月,4109,1290\n近12个月日均,5209,\n")
    facts = _facts(tmp_path / "日均运行.csv", text)
    assert "devices_public_cloud_daily_running" not in facts
    assert facts["enterprise_users_registered"].normalized == 1290
