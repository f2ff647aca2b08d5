"""An APP subscription ledger (h86: 「工业APP订阅台账汇总」, 12 APPs with their 累计订阅数量 and 金额) lists the APPs
subscribed to, not every APP on the platform: its rows are a part (segment), compared with no total; its
订阅 合计 is still the subscriptions'. An APP list (「工业APP清单」) counts the platform's APPs. Fixtures here."""

from __future__ import annotations

from pathlib import Path

from fixtures.make_list_fixtures import rows_xlsx

from assistant.catalog.notice import load_catalog
from assistant.evidence.lists import read_lists
from extractors.reader import read_file


def _facts(path: Path, title: str) -> dict[str, tuple]:
    header = ["序号", "工业APP名称", "累计订阅数量（个）", "累计订阅金额（万元）"]
    rows = [[i, f"示例监测APP{i}", 100 + i, f"{200 + i}.50"] for i in range(1, 13)]
    total = ["合计", "", sum(100 + i for i in range(1, 13)), ""]
    facts = read_lists(read_file(rows_xlsx(path, {"台账": [[title], header, *rows, total]})), load_catalog())
    return {f.field_id: (f.normalized, f.scope) for f in facts}


def test_a_subscription_ledger_counts_a_part_of_the_apps(tmp_path: Path):
    ledger = _facts(tmp_path / "订阅台账.xlsx", "工业APP订阅台账汇总")
    assert ledger["apps_total"] == (12, "segment") and ledger["app_subscriptions"] == (1278, "platform")
    listed = _facts(tmp_path / "应用清单.xlsx", "平台工业APP清单")
    assert listed["apps_total"] == (12, "platform")
