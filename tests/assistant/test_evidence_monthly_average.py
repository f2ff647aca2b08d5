"""A year of monthly callers closed by 月平均 (h31, first met 2026-12-06) → 核心工业模型平均月调用
用户数量: confident when the twelve months make the mean, doubted when they do not; a table that
does not name the core models' callers, or has no printed mean, gives nothing."""

from __future__ import annotations

from pathlib import Path

from fixtures.make_unseen_fixtures import Line, flow_pdf, read_pdf

from assistant.catalog.notice import load_catalog
from assistant.evidence.monthly_average import read_monthly_average
from assistant.evidence.series import read_series

CALLERS = [277, 321, 335, 378, 366, 300, 336, 379, 363, 298, 336, 247]  # mean 328


def _pdf(path: Path, title: str, column: str, months: list[int], mean_line: str | None) -> Path:
    lines = [Line(title, size=12), Line("排名 模型名称 模型分类", gap=3)]
    lines += [Line(f"{i} 模型{i}号 研发仿真模型", gap=3) for i in range(1, 11)]  # the top-10 models between
    lines += [Line(f"月份 {column}", gap=3)]
    lines += [Line(f"{2023 + (6 + i) // 12}年{(6 + i) % 12 + 1}月 {n}", gap=3) for i, n in enumerate(months)]
    lines += [Line(mean_line)] if mean_line else []
    return flow_pdf(path, [lines])


def test_the_printed_mean_of_twelve_months(tmp_path: Path):
    doc = read_pdf(_pdf(tmp_path / "a.pdf", "核心工业模型月调用用户数统计（近一年）", "调用用户数（去重）", CALLERS, "月平均 328"))
    [fact] = read_monthly_average(doc, load_catalog())
    assert (fact.normalized, fact.confident) == (328, True) and fact.citations[0].quote == "月平均 328"


def test_a_sheet_gives_the_mean_and_not_its_latest_month(tmp_path: Path):
    import openpyxl

    from extractors.options import ReadOptions
    from extractors.reader import read_file

    wb = openpyxl.Workbook()
    wb.active.append(["统计月份", "核心模型调用用户数（去重）"])
    for i, n in enumerate(CALLERS):
        wb.active.append([f"{2023 + (6 + i) // 12}年{(6 + i) % 12 + 1}月", n])
    wb.active.append(["月均", 328])
    wb.save(tmp_path / "m.xlsx")
    doc = read_file(tmp_path / "m.xlsx", display_path="m.xlsx", options=ReadOptions(ocr=False, render_docx=False))
    assert [f.normalized for f in read_monthly_average(doc, load_catalog())] == [328]
    # the latest month (247) is no reading of a monthly mean
    assert not [f for f in read_series(doc, load_catalog()) if f.field_id == "core_models_monthly_users"]


def test_a_mean_the_months_do_not_make_is_doubted(tmp_path: Path):
    doc = read_pdf(_pdf(tmp_path / "b.pdf", "核心工业模型月调用用户数统计", "调用用户数（去重）", CALLERS, "月均 352"))
    [fact] = read_monthly_average(doc, load_catalog())
    assert fact.normalized == 352 and not fact.confident and any("328" in r for r in fact.reasons)
    short = read_pdf(_pdf(tmp_path / "c.pdf", "核心工业模型月调用用户数统计", "调用用户数", CALLERS[:9], "月平均 328"))
    assert not read_monthly_average(short, load_catalog())[0].confident  # nine months are no year


def test_other_callers_or_no_mean_give_nothing(tmp_path: Path):
    apps = read_pdf(_pdf(tmp_path / "d.pdf", "工业APP月访问统计", "访问用户数", CALLERS, "月平均 328"))
    assert read_monthly_average(apps, load_catalog()) == []
    bare = read_pdf(_pdf(tmp_path / "e.pdf", "核心工业模型月调用用户数统计", "调用用户数", CALLERS, None))
    assert read_monthly_average(bare, load_catalog()) == []


def test_the_killer_apps_revenue_by_month_closed_by_its_total_and_its_mean(tmp_path: Path):
    """h82: 「杀手锏APP月度收入统计表（近一年）」 under 「单位：元」 — 「月份 | 收入（元）」, twelve months, 「全年合计」 and
    「月均 386,300.00」: the killer APPs' monthly revenue, 38.63 万元, passing over the total. A 收入 column under
    a title that does not name the killer APPs says nothing of them."""
    revenue = [352800, 361200, 370500, 379600, 384100, 388200, 391700, 394800, 396300, 398600, 402400, 415400]

    def table(title: str):
        lines = [Line(title, size=12), Line("统计区间：2023年1月—2023年12月 单位：元", gap=3), Line("月份 收入（元）", gap=3)]
        lines += [Line(f"2023年{m}月 {n:,.2f}", gap=3) for m, n in enumerate(revenue, start=1)]
        lines += [Line(f"全年合计 {sum(revenue):,.2f}", gap=3), Line("月均 386,300.00")]
        return read_monthly_average(read_pdf(flow_pdf(tmp_path / f"{title[:4]}.pdf", [lines])), load_catalog())

    [fact] = table("杀手锏APP月度收入统计表（近一年）")
    assert (fact.field_id, fact.normalized, fact.unit, fact.confident) == ("killer_apps_monthly_revenue", 38.63, "元", True)
    assert table("平台月度收入统计表（近一年）") == []
