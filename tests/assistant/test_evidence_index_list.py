"""A list of the platform's 特色指数 (h83): 「序号 | 指数名称 | 简介 | 发布频率 | 2023年末值」 under 「平台现有特色指数（共9项）」
counts as one row one index. Fixtures are written here."""

from __future__ import annotations

from pathlib import Path

from fixtures.make_list_fixtures import rows_xlsx

from assistant.catalog.notice import load_catalog
from assistant.evidence.lists import read_lists
from extractors.reader import read_file


def test_a_list_of_featured_indices_counts_its_rows(tmp_path: Path):
    """h83: 「平台现有特色指数（共9项）」 over 「序号 | 指数名称 | 简介 | 发布频率 | 2023年末值」: one row one 特色指数; the
    values column counts nothing (no device total)."""
    header = ["序号", "指数名称", "简介", "发布频率", "2023年末值"]
    rows = [[i, f"示例航运指数{i}", "基于船位测算", "日", f"{100 + i}.5"] for i in range(1, 10)]
    sheet = [["统计截至2024年6月30日，平台现有特色指数（共9项），均由平台测算"], header, *rows]
    facts = read_lists(read_file(rows_xlsx(tmp_path / "特色指数清单.xlsx", {"指数": sheet})), load_catalog())
    assert [(f.field_id, f.normalized) for f in facts] == [("featured_indices", 9)]
