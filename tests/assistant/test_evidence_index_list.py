"""Counts by kind in lists and summary tables (h83, h85). A list of the platform's 特色指数 (h83): 「序号 | 指数名称 | 简介 | 发布频率 | 2023年末值」 under 「平台现有特色指数（共9项）」
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


def test_models_by_category_with_the_notices_own_threshold_for_active(tmp_path: Path):
    """h85: 「模型分类（附录D） | 模型数量（个） | 近一周调用≥5次（个）」 closed by 「合计 | 1648 | 732」: the header's 「≥5」 is
    words (the notice's definition of an active model), so the table is read — the models and the active ones."""
    from assistant.catalog.vocabulary import caption_field
    from assistant.evidence.column_totals import read_column_totals

    rows = [["模型分类（附录D）", "模型数量（个）", "近一周调用≥5次（个）"], ["数据算法模型", 461, 205], ["研发仿真模型", 725, 322],
            ["行业机理模型", 396, 176], ["业务流程模型", 66, 29], ["合计", 1648, 732]]
    facts = read_column_totals(read_file(rows_xlsx(tmp_path / "模型库导出.xlsx", {"模型库": rows})), load_catalog())
    assert {f.field_id: f.normalized for f in facts} == {"models_total": 1648, "models_active": 732}
    assert caption_field("微服务近一周调用≥5次") == "microservices_active" and caption_field("近一周调用≥5次") is None
