"""Evidence in the formats small offices save (h33, first met 2026-12-05): a dashboard saved from the
browser as HTML (tiles: a caption, then its number, no geometry) and an audit note whose earlier
years are dashes (「平台相关研发投入 | — | — | 6,663.18」). Fixtures are our own, never the blind set's."""

from __future__ import annotations

from pathlib import Path

import pytest
from fixtures.make_unseen_fixtures import Grid, Line, flow_pdf, read_pdf

from assistant.catalog.notice import load_catalog
from assistant.evidence.figures import read_figures
from assistant.evidence.platform import read_platform_figures
from extractors.reader import read_file

PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>运营看板</title></head><body>
<h1>某某平台运营看板</h1><div class="time">2024-07-16 09:12:05</div>
<div class="tile"><div class="cap">注册企业用户（家）</div><div class="num">2,950</div></div>
<div class="tile"><div class="cap">上架工业APP（个）</div><div class="num">559</div></div>
<div class="tile"><div class="cap">接入设备（台/套）</div><div class="num">24,197</div></div>
<div class="tile"><div class="cap">今日新增设备</div><div class="num">37</div></div>
<p>数据截至2024-07-15 24:00</p></body></html>"""


def test_a_dashboard_saved_as_a_web_page_gives_its_tiles(tmp_path: Path):
    path = tmp_path / "看板.html"
    path.write_text(PAGE, encoding="utf-8")
    document = read_file(path, "看板.html")
    facts = {f.field_id: f for f in read_figures(document, load_catalog())}
    assert {k: f.normalized for k, f in facts.items()} == {
        "enterprise_users_registered": 2950, "apps_total": 559, "devices_total": 24197}  # not 今日新增
    assert facts["devices_total"].citations[0].page == 1 and facts["devices_total"].citations[0].quote == "24,197"


def test_dashes_for_the_years_a_note_does_not_give_are_no_label(tmp_path: Path):
    rows = [["项目", "2021年度", "2022年度", "2023年度"], ["平台相关营业收入", "21,521.59", "25,871.03", "29,572.41"],
            ["平台相关研发投入", "—", "—", "6,663.18"], ["平台利润总额", "—", "—", "4,475.07"]]
    page = [Line("附注十五、平台业务专项说明"), Line("单位：万元"), Grid(rows)]
    facts = {(f.field_id, f.component): f.normalized
             for f in read_platform_figures(read_pdf(flow_pdf(tmp_path / "审计报告.pdf", [page])), load_catalog())}
    assert facts[("rd_investment", "")] == 6663.18 and facts[("profit_margin", "平台利润总额（万元）")] == 4475.07


def test_a_table_of_countries_gives_the_overseas_total_and_nothing_of_its_other_columns(tmp_path: Path):
    """A GBK CSV export: 国家/地区 | 接入设备数（台/套） | 其中：公有云接入 | 接入船舶数（艘）, closed by 海外合计.
    The devices column is the overseas total; its 公有云 part is no platform public-cloud figure; ships
    are not devices."""
    from assistant.evidence.lists import read_lists

    path = tmp_path / "海外接入设备明细.csv"
    path.write_bytes("国家/地区,接入设备数（台/套）,其中：公有云接入,接入船舶数（艘）\n新加坡Singapore,333,176,37\n"
                     "希腊Greece,107,57,11\n挪威Norway,301,145,33\n海外合计,741,378,81\n".encode("gbk"))
    facts = read_lists(read_file(path, path.name), load_catalog())
    totals = {f.field_id: f.normalized for f in facts if f.dimension == "total"}
    assert totals == {"devices_overseas": 741}
    assert {f.component: f.normalized for f in facts if f.field_id == "devices_overseas_by_country"} \
        == {"新加坡Singapore": 333, "希腊Greece": 107, "挪威Norway": 301}


def _scanned_list(tmp_path: Path, serials: list[int]) -> Path:
    from PIL import Image, ImageDraw, ImageFont

    from eval_sets.generator.fonts import cjk_ttf

    font = ImageFont.truetype(str(cjk_ttf()), 30)
    image = Image.new("L", (1500, 140 + 52 * len(serials)), 255)
    draw = ImageDraw.Draw(image)
    draw.text((60, 30), "软件著作权清单", font=font, fill=0)
    for x, title in ((60, "序号"), (220, "软件名称"), (900, "登记号")):
        draw.text((x, 90), title, font=font, fill=0)
    for row, serial in enumerate(serials):
        y = 142 + 52 * row
        draw.text((70, y), str(serial), font=font, fill=0)
        draw.text((220, y), f"设备数据采集软件V{serial}.0", font=font, fill=0)
        draw.text((900, y), f"2023SR{100000 + serial}", font=font, fill=0)
    image.save(path := tmp_path / "软著清单（扫描）.png")
    return path


@pytest.mark.slow
def test_a_scanned_list_missing_one_row_in_the_middle_counts_to_its_last_serial(tmp_path: Path):
    """h33's clean package: OCR lost the 33rd of 42 rows of a scanned list — counted 41 and warned.
    One 序号 skipped in a scanned list is read as a lost row (counted to the last 序号, doubted)."""
    from assistant.evidence.lists import read_lists
    from extractors.options import ReadOptions

    path = _scanned_list(tmp_path, [n for n in range(1, 25) if n != 13])
    document = read_file(path, path.name, ReadOptions(cache_dir=tmp_path / "cache"))
    [fact] = [f for f in read_lists(document, load_catalog()) if f.field_id == "software_copyrights"]
    assert (fact.normalized, fact.status) == (24, "found") and not fact.confident
    assert any("第13号" in r for r in fact.reasons)


def test_a_category_row_under_a_numbered_section_is_no_total(tmp_path: Path):
    """h32's device report: 「一、接入规模」 over 「设备二级分类 | 接入设备数（台/套）」 and 「轻工设备 | 2,316」 had
    become 接入设备总数 2,316 (the section's words joined to the row's). Only a measure's words take the
    section's subject (「订阅数合计」 under 「二、杀手锏APP」)."""
    from assistant.evidence.indicator_table import read_indicator_tables

    page = [Line("一、接入规模"), Grid([["设备二级分类", "接入设备数（台/套）"], ["轻工设备", "2,316"], ["仪器仪表", "358"],
                                        ["合计", "2,674"]])]
    facts = read_indicator_tables(read_pdf(flow_pdf(tmp_path / "统计报告.pdf", [page])), load_catalog())
    assert not any(f.normalized in (2316, 358) for f in facts)


def _console(tmp_path: Path, note: str) -> Path:
    from PIL import Image, ImageDraw, ImageFont

    from eval_sets.generator.fonts import cjk_ttf

    small, big = ImageFont.truetype(str(cjk_ttf()), 26), ImageFont.truetype(str(cjk_ttf()), 44)
    image = Image.new("RGB", (1200, 420), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    draw.text((30, 20), "对象存储 存储管理控制台 容量概览", fill=(30, 30, 30), font=small)
    for k, (caption, figure) in enumerate((("总容量", "1.20 PB"), ("已用", "652,800 GB"), ("使用率", "54.40%"))):
        draw.text((40 + k * 390, 110), caption, fill=(90, 100, 120), font=small)
        draw.text((40 + k * 390, 170), figure, fill=(20, 80, 160), font=big)
    draw.text((30, 330), note, fill=(90, 90, 90), font=small)
    image.save(path := tmp_path / f"存储控制台{len(note)}.png")
    return path


@pytest.mark.slow
@pytest.mark.parametrize(("note", "capacity", "used"), [
    ("注：容量单位按十进制换算（1 PB=1000TB，1 TB=1000GB）", 1200.0, 652.8),
    ("数据更新时间2024-07-12 09:00", 1228.8, 637.5),  # no base stated: the binary one of cloud consoles
])
def test_a_storage_console_gives_capacity_used_and_usage_in_the_base_it_states(tmp_path: Path, note, capacity, used):
    """h31: a storage console's own captions (总容量 / 已用 / 使用率) in PB and GB, and 「1 PB=1000TB」 below."""
    from extractors.options import ReadOptions

    path = _console(tmp_path, note)
    document = read_file(path, path.name, ReadOptions(cache_dir=tmp_path / "cache"))
    facts = {f.field_id: f.normalized for f in read_figures(document, load_catalog())}
    assert facts == {"storage_capacity": capacity, "stored_industrial_data": used, "storage_utilization": 54.4}


def test_shanghai_waigaoqiao_is_no_overseas_word(tmp_path: Path):
    """h27's device statistics under the title 「上海外高桥造船有限公司」: 上(海外)高桥 had made every table of
    the file an overseas one (the 14,280 connected devices read as overseas devices, an error)."""
    from assistant.evidence.lists import read_lists

    page = [Line("上海外高桥造船有限公司 平台运营部"), Line("表1 按设备二级分类（附录A）统计"),
            Grid([["设备二级分类", "接入数量（台/套）"], ["机床", "3,166"], ["机器人", "2,779"], ["合计", "5,945"]]),
            Line("表3 海外设备连接情况"),
            Grid([["国家/地区", "接入数量（台/套）"], ["新加坡Singapore", "148"], ["希腊Greece", "66"], ["海外合计", "214"]])]
    facts = read_lists(read_pdf(flow_pdf(tmp_path / "设备接入统计.pdf", [page])), load_catalog())
    totals = {(f.field_id, f.normalized) for f in facts if f.dimension == "total"}
    assert totals == {("devices_total", 5945), ("devices_overseas", 214)}
