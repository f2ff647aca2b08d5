"""Evidence PDFs other than the audit report: device list, screenshot, patent/软著 list, award list.

Owns their page plans, their rendering (ruled tables in text PDFs; the dashboard as an image-only
page) and the evidence facts each yields, with the page they are printed on. Lists have one row
per device group / certificate / award, so counting rows gives the number. Must not decide the
figures: lists come from the true values, dashboard figures from the state's evidence figures.
"""

from __future__ import annotations

import io

from eval_sets.generator.formats import count
from eval_sets.generator.notice import SUMMARY_LABEL_BY_KEY
from eval_sets.generator.pdf_setup import invariant_pdf, ruled_table, styles
from eval_sets.generator.raster import Kpi, dashboard, image_pdf
from eval_sets.generator.state import EvidenceDoc, PackageState
from eval_sets.truth import EvidenceFact

DEVICE_ROWS_PER_PAGE = 26


def device_matrix(by_cat: dict[str, int], by_region: dict[str, int]) -> list[tuple[str, str, int]]:
    """(category, region, count) cells whose row and column sums are the two breakdowns.

    North-west corner allocation: the declared breakdowns are marginals, the list is a plausible
    joint table with at most len(cat)+len(region)-1 non-empty cells.
    """
    cats = list(by_cat.items())
    regions = list(by_region.items())
    i = j = 0
    left_cat, left_region = cats[0][1], regions[0][1]
    cells = []
    while i < len(cats) and j < len(regions):
        n = min(left_cat, left_region)
        if n:
            cells.append((cats[i][0], regions[j][0], n))
        left_cat -= n
        left_region -= n
        if left_cat == 0:
            i += 1
            left_cat = cats[i][1] if i < len(cats) else 0
        if left_region == 0:
            j += 1
            left_region = regions[j][1] if j < len(regions) else 0
    return cells


def device_pages(state: PackageState) -> tuple[dict[str, int], int]:
    rows = len(device_matrix(state.true.devices_by_cat, state.true.devices_by_region)) + 1
    pages = -(-rows // DEVICE_ROWS_PER_PAGE)
    return {"first": 1, "total": pages}, pages


def render_device_list(state: PackageState, doc: EvidenceDoc) -> tuple[bytes, list[EvidenceFact]]:
    from reportlab.platypus import PageBreak, Paragraph, Spacer

    st = styles()
    v = state.true
    thousands = state.layout.audit_thousands
    cells = device_matrix(v.devices_by_cat, v.devices_by_region)
    body = [[str(k), cat, region, count(n, thousands)] for k, (cat, region, n) in enumerate(cells, start=1)]
    total_text = count(v.devices, thousands)
    body.append(["合计", "", "", total_text])
    flow: list = [Paragraph(f"{state.platform.name}连接工业设备清单", st["title"]),
                  Paragraph(f"填报单位：{state.platform.company}　　统计截至：2024年6月30日　　单位：台/套", st["plain"]),
                  Paragraph("说明：设备二级分类按《附录A：工业设备二级分类口径》，区域按设备所属企业注册地及《附录F：区域分类口径》。",
                            st["plain"]), Spacer(1, 6)]
    header = ["序号", "设备二级分类", "所属区域", "设备数量（台/套）"]
    for start in range(0, len(body), DEVICE_ROWS_PER_PAGE):
        if start:
            flow.append(PageBreak())
        flow.append(ruled_table([header, *body[start:start + DEVICE_ROWS_PER_PAGE]], [50, 160, 150, 130],
                                numeric_from=3))
    data = _build(flow, "平台连接工业设备清单", expected_pages=doc.page_count)
    fact = EvidenceFact(label=SUMMARY_LABEL_BY_KEY["devices"], value=total_text, unit="台/套",
                        normalized=v.devices, file=doc.path, page=doc.pages["total"], quote=total_text,
                        row_label="合计", column_label="设备数量（台/套）")
    return data, [fact]


def render_screenshot(state: PackageState, doc: EvidenceDoc) -> tuple[bytes, list[EvidenceFact]]:
    e = state.evidence
    device_text = f"{e.screen_devices / 10000:.1f}万" if state.layout.screenshot_wan else count(e.screen_devices, True)
    shown = [("接入设备", device_text, "台", "devices", e.screen_devices),
             ("注册企业", count(e.screen_registered, True), "家", "registered", e.screen_registered),
             ("工业APP", count(e.screen_apps, True), "个", "apps", e.screen_apps),
             ("工业机理模型", count(e.screen_models, True), "个", "models", e.screen_models)]
    png = dashboard(f"{state.platform.name}运行监测中心", [Kpi(a, b, c) for a, b, c, _, _ in shown],
                    "2024-06-30 10:00")
    data = image_pdf([png], "平台运行数据截图")
    facts = [EvidenceFact(label=SUMMARY_LABEL_BY_KEY[key], value=text, unit=unit,
                          normalized=(round(number, -3) if text.endswith("万") else number),
                          file=doc.path, page=1, quote=text, row_label=caption, image_only=True)
             for caption, text, unit, key, number in shown]
    return data, facts


def list_pages(state: PackageState) -> tuple[dict[str, int], int]:
    return {"patents": 1, "softcopyrights": 2}, 2


def render_patent_list(state: PackageState, doc: EvidenceDoc) -> tuple[bytes, list[EvidenceFact]]:
    from reportlab.platypus import PageBreak, Paragraph, Spacer

    st = styles()
    v = state.true
    owner = state.platform.company
    patents = [["序号", "专利类型", "专利名称", "专利号", "授权公告日"]]
    patents += [[str(k), c.kind, Paragraph(c.name, st["cell"]), c.number, c.date]
                for k, c in enumerate(v.patent_list, start=1)]
    softs = [["序号", "软件名称", "登记号", "登记日期"]]
    softs += [[str(k), Paragraph(c.name, st["cell"]), c.number, c.date]
              for k, c in enumerate(v.softcopyright_list, start=1)]
    patent_total = f"专利合计：{len(v.patent_list)}项"
    soft_total = f"软件著作权合计：{len(v.softcopyright_list)}项"
    flow = [Paragraph("平台核心软硬件技术知识产权清单", st["title"]),
            Paragraph(f"一、专利清单（专利权人：{owner}）", st["plain"]), Spacer(1, 4),
            ruled_table(patents, [32, 56, 220, 120, 70]), Spacer(1, 6), Paragraph(patent_total, st["plain"]),
            PageBreak(),
            Paragraph(f"二、软件著作权清单（著作权人：{owner}）", st["plain"]), Spacer(1, 4),
            ruled_table(softs, [32, 250, 110, 80]), Spacer(1, 6), Paragraph(soft_total, st["plain"])]
    data = _build(flow, "知识产权清单", expected_pages=2)
    facts = [
        EvidenceFact(label=SUMMARY_LABEL_BY_KEY["patents"], value=str(len(v.patent_list)), unit="项",
                     normalized=len(v.patent_list), file=doc.path, page=doc.pages["patents"],
                     quote=patent_total, row_label="专利合计"),
        EvidenceFact(label=SUMMARY_LABEL_BY_KEY["softcopyrights"], value=str(len(v.softcopyright_list)),
                     unit="项", normalized=len(v.softcopyright_list), file=doc.path,
                     page=doc.pages["softcopyrights"], quote=soft_total, row_label="软件著作权合计"),
    ]
    return data, facts


def render_award_list(state: PackageState, doc: EvidenceDoc) -> tuple[bytes, list[EvidenceFact]]:
    from reportlab.platypus import Paragraph, Spacer

    st = styles()
    awards = state.true.award_list
    rows = [["序号", "奖项/荣誉名称", "级别", "获奖时间", "颁发单位"]]
    rows += [[str(k), Paragraph(a.name, st["cell"]), a.level, a.date, Paragraph(a.issuer, st["cell"])]
             for k, a in enumerate(awards, start=1)]
    total = f"合计：{len(awards)}项"
    flow = [Paragraph("平台获得省部级及以上奖项/荣誉清单", st["title"]),
            Paragraph(f"获奖单位：{state.platform.company}", st["plain"]), Spacer(1, 4),
            ruled_table(rows, [32, 220, 50, 60, 140]), Spacer(1, 6), Paragraph(total, st["plain"])]
    data = _build(flow, "获奖清单", expected_pages=1)
    fact = EvidenceFact(label=SUMMARY_LABEL_BY_KEY["awards"], value=str(len(awards)), unit="个",
                        normalized=len(awards), file=doc.path, page=1, quote=total, row_label="合计")
    return data, [fact]


def _build(flow: list, title: str, expected_pages: int | None = None) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate

    invariant_pdf()
    buf = io.BytesIO()
    pdf = SimpleDocTemplate(buf, pagesize=A4, title=title, author="", subject="", creator="")
    pdf.build(flow)
    if expected_pages is not None:
        assert pdf.page == expected_pages, f"{title}: {pdf.page} pages, planned {expected_pages}"
    return buf.getvalue()
