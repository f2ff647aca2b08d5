"""Model and service exports with a week's calls (h31, first met 2026-12-05): every row one model
or service (instances are not services), active at 5 calls or more, models by 附录D category, a
printed list going on over pages. Fixtures are written here."""

from __future__ import annotations

from pathlib import Path

from fixtures.make_list_fixtures import rows_xlsx

from assistant.catalog.notice import load_catalog
from assistant.evidence.model_lists import read_model_lists
from extractors.reader import read_file


def _read(path: Path) -> dict:
    return {(f.field_id, f.component): f for f in read_model_lists(read_file(path), load_catalog())}


def test_a_model_library_export(tmp_path: Path):
    calls = [5, 4, 1, 0, 223, 19, 6, 5]  # 5 is 「5次以上」; 4 is not
    kinds = ["行业机理模型", "行业机理模型", "数据算法模型", "业务流程模型", "数据算法模型", "数据算法模型", "研发仿真模型",
             "行业机理模型"]
    rows = [["示例平台 工业机理模型清单（统计周期：2024-07-05至2024-07-11）"],
            ["序号", "模型名称", "模型分类", "调用次数(近一周)", "状态"],
            *[[i + 1, f"示例模型{i + 1}", k, c, "运行中"] for i, (k, c) in enumerate(zip(kinds, calls, strict=True))],
            ["合计：8个模型"]]
    facts = _read(rows_xlsx(tmp_path / "模型清单.xlsx", {"模型清单": rows}))
    assert facts["models_total", ""].normalized == 8 and facts["models_total", ""].confident
    assert facts["models_active", ""].normalized == 5
    assert {c: f.normalized for (k, c), f in facts.items() if k == "models_by_category"} == {
        "行业机理模型": 3, "数据算法模型": 3, "业务流程模型": 1, "研发仿真模型": 1}


def test_a_service_registry_counts_services_not_instances(tmp_path: Path):
    rows = [["Nacos服务列表导出（nacos-cluster-prod）"], ["服务名", "命名空间", "分组", "实例数", "健康实例数", "近7日调用量"],
            *[[f"svc-{i}", "prod", "DEFAULT_GROUP", 3, 3, 1000 * i] for i in range(6)], ["服务数：6", None, None, "实例合计：18"]]
    facts = _read(rows_xlsx(tmp_path / "Nacos服务清单.xlsx", {"service-list": rows}))
    assert facts["microservices_total", ""].normalized == 6  # not the 18 instances
    assert facts["microservices_active", ""].normalized == 5  # svc-0 was not called


def test_a_numbered_list_without_a_weeks_calls_gives_the_count_and_categories_only(tmp_path: Path):
    """h49: 「序号 | 模型名称 | 模型分类 | 调用用户数（个）」 closed by 「共6个」: six models by category, and no
    active ones (nothing says a week's calls); a list titled as examples (典型…（部分）) counts nothing."""
    rows = [["序号", "模型名称", "模型分类", "调用用户数（个）"],
            *[[i, f"模型{i}", "数据算法模型" if i % 2 else "业务流程模型", 40 + i] for i in range(1, 7)], ["共6个"]]
    facts = _read(rows_xlsx(tmp_path / "模型.xlsx", {"清单": rows}))
    assert facts["models_total", ""].normalized == 6 and facts["models_total", ""].confident
    assert {c: f.normalized for (k, c), f in facts.items() if k == "models_by_category"} == {"数据算法模型": 3, "业务流程模型": 3}
    assert ("models_active", "") not in facts
    sample = [["典型工业机理模型清单（部分）"], *rows]
    assert _read(rows_xlsx(tmp_path / "典型模型.xlsx", {"清单": sample})) == {}


def test_a_printed_list_goes_on_over_pages(tmp_path: Path):
    """h31: a PDF model list over two pages (header repeated, a running head between) had been
    counted on its first page only (41 of 68)."""
    from fixtures.make_unseen_fixtures import Grid, Line, flow_pdf, read_pdf

    header = ["序号", "模型名称", "模型分类", "调用次数(近一周)"]
    first = [[str(i), f"示例模型{i}", "数据算法模型", str(i % 7)] for i in range(1, 21)]
    second = [[str(i), f"示例模型{i}", "行业机理模型", str(i % 7)] for i in range(21, 31)]
    pages = [[Line("示例平台 工业机理模型库清单"), Grid([header, *first], widths=[40, 150, 110, 110])],
             [Line("示例平台 工业机理模型库清单（续）"), Grid([header, *second], widths=[40, 150, 110, 110]), Line("合计：30个模型")]]
    facts = {(f.field_id, f.component): f for f in read_model_lists(read_pdf(flow_pdf(tmp_path / "模型库.pdf", pages)),
                                                                    load_catalog())}
    assert facts["models_total", ""].normalized == 30
    assert facts["models_active", ""].normalized == sum(1 for i in range(1, 31) if i % 7 >= 5)


def test_a_ranking_or_a_few_rows_is_no_library(tmp_path: Path):
    """The independent set's console screenshot: 「微服务调用排行」 over four services had been counted
    as all the active services (4 against 2,310, an error)."""
    header = ["服务名", "近7日调用量"]
    ranking = [["微服务调用排行"], header, *[[f"svc-{i}", 9000 - i] for i in range(8)]]
    assert _read(rows_xlsx(tmp_path / "a.xlsx", {"排行": ranking})) == {}
    few = [["服务列表"], header, *[[f"svc-{i}", 100] for i in range(4)]]
    assert _read(rows_xlsx(tmp_path / "b.xlsx", {"服务": few})) == {}
