"""Back-office exports (the tenth blind round's h38, first met 2026-12-06): a device register as a GBK
CSV without 序号, an admin page printed to PDF from a browser (tiles, one page of a list and its
pager), and the roles such files take. Fixtures are written here, not by the generator."""

from __future__ import annotations

from pathlib import Path

from fixtures.make_unseen_fixtures import Line, flow_pdf, read_pdf

from assistant.catalog.notice import load_catalog
from assistant.evidence.device_register import read_device_register
from assistant.evidence.model_lists import read_model_lists
from assistant.package.classify import classify
from assistant.package.model import FileRole
from extractors.options import ReadOptions
from extractors.reader import read_file

HEADER = "设备编号,设备名称,所属企业,设备类型,所属地区,接入协议,接入方式,接入时间,在线状态"
PLACES = ["上海", "江苏", "新西兰New Zealand", "上海", "浙江"]


def _register(path: Path, rows: int, *, total: str | None, filter_line: str = "筛选条件：全部",
              extra: list[str] = ()) -> Path:
    lines = [f"导出时间：2024-07-08 10:21:33 导出人：admin {filter_line}", HEADER]
    for n in range(1, rows + 1):
        way = "公有云" if n % 2 else "边缘侧"
        lines.append(f'DEV0100{n:04d},"杀菌机{n}#（3号线,B区）",上海通源制药有限公司,轻工设备,{PLACES[n % 5]},MQTT,{way},'
                     f"2023-09-14 09:16,{'在线' if n % 3 else '离线'}")
    lines += list(extra)
    if total:
        lines.append(total)
    path.write_bytes("\r\n".join(lines).encode("gbk"))
    return path


def _read(path: Path):
    return read_file(path, display_path=path.name, options=ReadOptions(ocr=False, render_docx=False))


def _facts(document) -> dict:
    facts = read_device_register(document, load_catalog())
    for fact in facts:
        page = next(p for p in document.pages if p.number == fact.citations[0].page)
        citation = fact.citations[0]
        assert page.text[citation.span.start:citation.span.end] == citation.quote
    return {f.field_id: f for f in facts}


def test_a_device_register_counts_one_device_a_row(tmp_path: Path):
    document = _read(_register(tmp_path / "设备台账导出.csv", 40, total="合计：40台"))
    facts = _facts(document)
    total = facts["devices_total"]
    assert (total.normalized, total.confident, total.citations[0].quote) == (40, True, "合计：40台")
    assert total.citations[0].page == 1
    assert facts["devices_public_cloud"].normalized == 20 and not facts["devices_public_cloud"].confident
    assert facts["devices_overseas"].normalized == 8  # 新西兰 in every fifth row
    assert classify(document).role is FileRole.device_list  # an export is never a screenshot


def test_a_register_that_disagrees_with_its_total_or_was_filtered_is_doubted(tmp_path: Path):
    short = _facts(_read(_register(tmp_path / "a.csv", 40, total="合计：42台")))["devices_total"]
    assert short.normalized == 40 and short.status == "ambiguous"
    filtered = _facts(_read(_register(tmp_path / "b.csv", 40, total=None, filter_line="筛选条件：在线状态=在线")))
    assert filtered["devices_total"].normalized == 40 and not filtered["devices_total"].confident
    # a repeated 编号 is one device; a row the status says is 已注销 is none
    again = _register(tmp_path / "c.csv", 40, total="合计：40台",
                      extra=["DEV01000001,杀菌机1#,上海通源制药有限公司,轻工设备,上海,MQTT,公有云,2023-09-14 09:16,在线",
                             "DEV01009999,旧设备,上海通源制药有限公司,轻工设备,上海,MQTT,公有云,2021-01-01 09:16,已注销"])
    assert _facts(_read(again))["devices_total"].normalized == 40


def test_statistics_or_a_short_list_are_no_register(tmp_path: Path):
    stats = tmp_path / "统计.csv"
    stats.write_text("设备类型,所属地区,接入方式,设备数\n轻工设备,上海,公有云,120\n动力设备,江苏,边缘侧,80\n", encoding="utf-8")
    assert _facts(_read(stats)) == {}
    assert _facts(_read(_register(tmp_path / "d.csv", 3, total="合计：3台"))) == {}
    # h78: a device list with a 数量 column (a row is several devices): no register of one device a row
    counted = tmp_path / "设备清单.csv"
    counted.write_text("序号,设备编码,设备名称,二级分类,所属企业,注册地,接入方式,数量\n" + "".join(
        f"{n},BWZB-0{n:04d},{n}#鼓风机,动力设备,浙江某某机械有限公司,浙江,{'公有云' if n % 2 else '私有云'},{20 + n}\n"
        for n in range(1, 11)), encoding="utf-8")
    assert _facts(_read(counted)) == {}


def test_a_register_on_a_sheet_named_an_excerpt_counts_nothing(tmp_path: Path):
    """h85: a workbook's 「分类汇总」 sheet, then 「设备明细（节选）」 with 40 of 70,576 rows: the sheet's own name says it
    is a part (the name of the sheet before it was read as the one above); the same rows on a sheet named 设备明细
    are a register."""
    from fixtures.make_list_fixtures import rows_xlsx

    header = ["序号", "设备名称", "设备类别", "所属企业注册地", "接入方式", "接入日期"]
    rows = [[n, f"汽轮机-{n}", "动力设备", "上海", "公有云", "2023-01-01"] for n in range(1, 41)]
    summary = [["设备类别（附录A）", "接入数量（台/套）"], ["动力设备", 70576], ["本册合计", 70576]]
    for sheet, counted in (("设备明细（节选）", False), ("设备明细", True)):
        path = rows_xlsx(tmp_path / f"接入设备清单{int(counted)}.xlsx", {"分类汇总": summary, sheet: [header, *rows]})
        assert bool(_facts(_read(path))) is counted


def test_a_page_of_a_console_list_printed_to_pdf_is_not_a_library(tmp_path: Path):
    """A printed 微服务管理 page shows 10 rows above 「共 612 条 10条/页」: no count of services from
    them, nor from the next page's model list run on."""
    services = [Line("2024/7/8 10:35 微服务管理 - 运营管理后台", size=8),
                Line("https://iiot.example.com/admin/paas/services?page=1 1/1", size=8),
                Line("首页 / PaaS / 微服务管理"), Line("服务名 版本 实例数 近7日调用次数", gap=3)]
    services += [Line(f"svc-device-{n} v3.1 3 {3000 + n}", gap=3) for n in range(10)]
    services += [Line("共 612 条 10条/页 < 1 2 3 4 5 … > 前往 1 页")]
    models = [Line("模型编号 模型名称 模型分类 近30日调用用户数", gap=3)]
    models += [Line(f"M18{n:02d} 排产模型{n} 研发仿真模型 {14 + n}", gap=3) for n in range(10)]
    document = read_pdf(flow_pdf(tmp_path / "后台页面打印.pdf", [services, models]))
    assert read_model_lists(document, load_catalog()) == []


def test_an_export_with_words_of_a_screen_is_no_screenshot(tmp_path: Path):
    apps = tmp_path / "工业APP清单导出.csv"
    apps.write_text("应用编号,应用名称,应用分类,状态\n" + "".join(f"APP{n:03d},应用{n},研发设计,在线运行中\n" for n in range(8)),
                    encoding="utf-8-sig")
    assert classify(_read(apps)).role is not FileRole.screenshot



def test_a_typed_statistics_table_is_a_proof_and_a_console_page_stays_a_screenshot(tmp_path: Path):
    """h40: a 资源与应用统计表 typed as a PDF speaks of 接入设备 and 在线 like a console, but states its
    figures as a proof (a difference is declared_vs_evidence); a 看板 page with the same rows is a
    screenshot."""
    rows = [Line("接入工业设备（台/套） 21,360 24,518"), Line("在线设备（台/套） 18,200 20,815")]
    table = [Line("平台资源与应用统计表", size=14), Line("统计口径：平台后台数据库导出"), *rows,
             Line("制表日期：2024年7月5日")]
    assert classify(read_pdf(flow_pdf(tmp_path / "资源统计.pdf", [table]))).role is FileRole.other_evidence
    board = [Line("平台运营看板", size=14), *rows]
    assert classify(read_pdf(flow_pdf(tmp_path / "运营.pdf", [board]))).role is FileRole.screenshot

def test_a_printed_admin_page_gives_its_tiles_doubted(tmp_path: Path):
    """Tiles printed as a caption over its number, under a browser's header and footer: read as a
    screenshot's figures (doubted), and a page without the browser's lines is no picture."""
    from assistant.evidence.extractor import _doubt_printed, _pictures
    from assistant.evidence.figures import read_figures

    tiles = [Line("2024/7/8 10:35 企业用户 - 运营管理后台", size=8),
             Line("https://iiot.example.com/admin/tenants/list?page=1&size=10 1/1", size=8),
             Line("首页 / 用户中心 / 企业用户"), Line("注册企业", gap=2), Line("1,126"), Line("付费企业", gap=2), Line("297")]
    document = read_pdf(flow_pdf(tmp_path / "后台页面打印.pdf", [tiles]))
    pictures = _pictures(document)
    assert pictures is not None
    found = {f.field_id: f for f in _doubt_printed(read_figures(pictures, load_catalog()), pictures)}
    assert found["enterprise_users_registered"].normalized == 1126
    assert found["enterprises_paying"].normalized == 297 and not found["enterprises_paying"].confident
    assert _pictures(read_pdf(flow_pdf(tmp_path / "说明.pdf", [tiles[2:]]))) is None


def test_a_registry_export_as_fixed_width_text_counts_its_services(tmp_path: Path):
    """h38: 「NO  SERVICE_NAME  VERSION  STATUS  INSTANCES」 over a ruling, a row a service, 「共 1236 个服务」."""
    rows = "".join(f"{n:<7}svc-iot-{n:04d}          v2.1.0    RUNNING   {n % 5 + 1}\n" for n in range(1, 13))
    text = ("# 服务注册中心 服务清单导出\n# 导出时间: 2024-07-09 15:20:06\n\n"
            "NO     SERVICE_NAME            VERSION   STATUS    INSTANCES\n" + "-" * 60 + "\n" + rows + "-" * 60 + "\n共 12 个服务\n")
    path = tmp_path / "微服务注册清单.txt"
    path.write_text(text, encoding="utf-8")
    [fact] = read_model_lists(_read(path), load_catalog())
    assert (fact.field_id, fact.normalized, fact.citations[0].page) == ("microservices_total", 12, 1)
    assert any("一致" in r for r in fact.reasons)  # the rows and 「共 12 个服务」 agree


def test_a_page_of_a_device_list_above_its_pager_is_no_register(tmp_path: Path):
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(HEADER.split(","))
    for n in range(10):
        sheet.append([f"DEV0300{n:04d}", f"泵{n}#", "某某公司", "动力设备", "上海", "MQTT", "公有云", "2023-09-14 09:16", "在线"])
    sheet.append(["共 9,877 条  10条/页  < 1 2 3 … >"])
    book.save(tmp_path / "设备列表.xlsx")
    assert _facts(_read(tmp_path / "设备列表.xlsx")) == {}


def test_a_sampled_or_typical_device_list_counts_nothing_and_a_numbered_one_no_certificates(tmp_path: Path):
    """h37's 检测报告 appends 「附录A 抽样设备清单」 of 200 devices; h36 keeps its devices on a second sheet
    of 「软件著作权及设备清单.xlsx」 — they were counted as 45 software copyrights (9 + 36)."""
    import openpyxl

    from assistant.evidence.lists import read_lists

    sampled = tmp_path / "抽样设备清单.csv"
    sampled.write_text(HEADER + "\n" + "".join(f"DEV{n:05d},泵{n}#,某某公司,动力设备,上海,MQTT,公有云,2023-09-14 09:16,在线\n"
                                               for n in range(30)), encoding="utf-8")
    assert _facts(_read(sampled)) == {}
    book = openpyxl.Workbook()
    book.active.title = "软件著作权"
    book.active.append(["序号", "软件名称", "登记号", "著作权人"])
    for n in range(1, 10):
        book.active.append([n, f"平台模块{n}V1.0", f"2022SR02{n:05d}", "某某公司"])
    book.active.append(["合计：9项"])
    devices = book.create_sheet("设备清单")
    devices.append(["序号", "设备名称", "设备类别", "所在地区", "连接方式"])
    for n in range(1, 37):
        devices.append([n, f"烘烤线-{n:02d}", "轻工设备", "上海", "公有云"])
    devices.append(["合计：36台/套（全部为公有云连接）"])
    book.save(tmp_path / "软件著作权及设备清单.xlsx")
    document = _read(tmp_path / "软件著作权及设备清单.xlsx")
    software = [f for f in read_lists(document, load_catalog()) if f.field_id == "software_copyrights"]
    assert [f.normalized for f in software] == [9]
    facts = _facts(document)
    assert facts["devices_total"].normalized == 36 and facts["devices_total"].confident


def test_a_sampled_list_continued_on_the_next_page_under_its_header_counts_nothing(tmp_path: Path):
    """h16: 「附：接入设备明细（抽样）」 on one page, its header repeated over the rows on the next."""
    from fixtures.make_unseen_fixtures import Grid

    head = ["序号", "设备编码", "设备名称", "二级分类", "所属区域", "接入方式", "接入日期"]

    def rows(start):
        return [[str(n), f"DEV17{n:06d}", "风机", "动力设备", "浙江", "公有云", "2023-06-28"] for n in range(start, start + 12)]

    pages = [[Line("附：接入设备明细（抽样，按接入时间排序）"), Grid([head, *rows(1)], widths=[30, 90, 60, 60, 60, 60, 80])],
             [Grid([head, *rows(13)], widths=[30, 90, 60, 60, 60, 60, 80])]]
    assert _facts(read_pdf(flow_pdf(tmp_path / "设备统计表.pdf", pages))) == {}
    # the whole register printed over two pages, running heads between, its total a line under it (h36)
    whole = [[Line("某某平台 · 接入设备清单 第 1 页"), Grid([head, *rows(1)], widths=[30, 90, 60, 60, 60, 60, 80])],
             [Line("某某平台 · 接入设备清单 第 2 页"), Grid([head, *rows(13)], widths=[30, 90, 60, 60, 60, 60, 80]),
              Line("合计：24台/套（其中公有云连接：24台/套）")]]
    total = _facts(read_pdf(flow_pdf(tmp_path / "接入设备清单.pdf", whole)))["devices_total"]
    assert (total.normalized, total.confident, total.citations[0].page) == (24, True, 2)
