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


def _app_store_page(total_line: str | None):
    from extractors.model import BBox, Block, Document, Page, Span

    rows = [("应用名称", "分类", "部署方式", "订阅数")] + [(f"能效优化{n}号", "能耗管理", "公有云", str(10 + n)) for n in range(1, 8)]
    boxes = [("工业APP应用商店·管理后台", 40, 40, 400, 60)]
    boxes += [(text, 40 + j * 150, 100 + i * 24, 40 + j * 150 + len(text) * 14, 116 + i * 24)
              for i, row in enumerate(rows) for j, text in enumerate(row)]
    if total_line:
        boxes.append((total_line, 40, 300, 200, 316))
    text, blocks = "", []
    for index, (words, x0, top, x1, bottom) in enumerate(boxes):
        blocks.append(Block(id=f"t:p1:b{index}", kind="ocr_line", text=words, span=Span(start=len(text), end=len(text) + len(words)),
                            bbox=BBox(x0=x0, top=top, x1=x1, bottom=bottom)))
        text += words + "\n"
    page = Page(number=1, text=text, blocks=tuple(blocks), source="ocr", width=842, height=595)
    return Document(id="0" * 64, path="证明材料/应用商店后台.png", format="image", pagination="physical", pages=(page,))


def test_an_app_stores_page_in_a_picture_is_a_part_of_the_list():
    """h18: a captured app store page shows 7 rows, neither numbered nor totalled, beside 212 APPs declared: the rows in
    view are a part (compared with nothing); a page that prints 「共7条」 counts them all."""
    [seen] = [f for f in read_lists(_app_store_page(None), load_catalog()) if f.field_id == "apps_total"]
    assert seen.normalized == 7 and seen.scope == "segment"
    [counted] = [f for f in read_lists(_app_store_page("共7条"), load_catalog()) if f.field_id == "apps_total"]
    assert counted.normalized == 7 and counted.scope == "platform"


def test_a_ranking_sheet_of_the_killer_apps_is_no_list_of_them_all(tmp_path: Path):
    """h94: a ledger of 18 APPs (「共18个」, 合计 214 subscriptions) and a second sheet 「杀手锏APP」 ranking five of them
    (「排名 | APP名称 | 订阅数量（个）」, 合计 131): the APPs are 18 and their subscriptions 214 — the ranking adds nothing."""
    header = ["序号", "APP名称", "累计订阅数（个）"]
    rows = [[i, f"示例诊断APP{i}", 10 + i] for i in range(1, 19)]
    ranking = [["排名", "APP名称", "订阅数量（个）", "简介"]] + [[i, f"示例诊断APP{19 - i}", 29 - i, "面向钢铁行业"] for i in range(1, 6)]
    path = rows_xlsx(tmp_path / "工业APP订阅台账.xlsx", {
        "APP订阅台账": [header, *rows, ["共18个", "合计", sum(10 + i for i in range(1, 19))]],
        "杀手锏APP": [*ranking, ["合计", "", sum(29 - i for i in range(1, 6)), ""]]})
    facts = {f.field_id: f.normalized for f in read_lists(read_file(path), load_catalog())}
    assert facts["apps_total"] == 18 and facts["app_subscriptions"] == 351


def test_a_ledgers_amount_column_total_is_the_subscriptions_amount(tmp_path: Path):
    """h94: 「累计订阅金额（万元）」 closed by 「合计 | 214 | 386.50」 — 工业APP订阅总金额 386.50 万元, checked against its rows; in
    元 it is converted."""
    def read(head: str, amounts: list, total):
        rows = [[i, f"示例APP{i}", 10 * i, a] for i, a in enumerate(amounts, 1)]
        path = rows_xlsx(tmp_path / f"台账{head[-3]}.xlsx", {"台账": [["序号", "APP名称", "累计订阅数（个）", head], *rows,
                                                               ["合计", "", sum(10 * i for i in range(1, len(amounts) + 1)), total]]})
        return {f.field_id: f for f in read_lists(read_file(path), load_catalog())}

    wan = read("累计订阅金额（万元）", ["120.25", "66.25", "200.00"], "386.50")["app_subscription_amount"]
    assert (wan.normalized, wan.unit, wan.confident) == (386.5, "万元", True)
    yuan = read("订阅金额（元）", ["1,202,500.00", "662,500.00", "2,000,000.00"], "3,865,000.00")["app_subscription_amount"]
    assert yuan.normalized == 386.5


def test_a_lists_killer_apps_subtotal_is_their_subscriptions(tmp_path: Path):
    """h97: 「杀手锏APP小计（前5名） | 1184」 above the list's 合计 — the killer APPs' subscriptions, as the list prints them;
    the 合计 stays all the subscriptions."""
    rows = [[i, f"节能应用{i:03d}", 10 + i] for i in range(1, 13)]
    path = rows_xlsx(tmp_path / "工业APP订阅明细导出.xlsx", {"订阅明细": [
        ["序号", "工业APP名称", "订阅数量（个）"], *rows, ["杀手锏APP小计（前5名）", "", 80], ["合计", "", sum(10 + i for i in range(1, 13))]]})
    facts = {f.field_id: f.normalized for f in read_lists(read_file(path), load_catalog())}
    assert facts["killer_app_subscriptions"] == 80 and facts["app_subscriptions"] == 198 and facts["apps_total"] == 12
