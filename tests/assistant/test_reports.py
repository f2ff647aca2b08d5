"""Check and review reports: the JSON contract, the Markdown grouping, the HTML's escaping and
thumbnails, credentials never leaking, the output folder, exit codes, the README rule table."""

from __future__ import annotations

import io
import json
import re
import shutil
import zipfile
from pathlib import Path

import pytest
from PIL import Image

from assistant.app.review_run import run_review
from assistant.core.citations import Citation, cite_block
from assistant.core.evidence import EvidenceValue
from assistant.core.findings import Finding
from assistant.core.settings import Settings
from assistant.package.loader import load_package
from assistant.reports.check_report import (
    check_markdown,
    check_payload,
    exit_code,
    rules_markdown,
)
from assistant.reports.html_report import render_html
from assistant.reports.outputs import OUTPUT_FILES, write_review
from assistant.reports.prefill_document import attach_evidence
from assistant.reports.thumbnails import (
    DETAIL_MARGIN_X,
    DETAIL_MARGIN_Y,
    DETAIL_SCALE,
    Thumbnailer,
)
from assistant.review.build import build_review
from assistant.review.model import Review
from eval_sets.truth import TRUTH_DIR, load_truth

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "samples" / "sample_package"
AUDIT = "证明材料/附件3-1 2023年度工业互联网平台业务专项审计报告.pdf"
SCREENSHOT = "证明材料/附件3-3 平台运行数据截图.pdf"
FORM = "附件2 申报表（延锋金桥）.docx"
SUMMARY = "附件4 平台基本情况汇总表（延锋金桥）.xlsx"
HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>'


@pytest.fixture(scope="module")
def settings(shared_workspace) -> Settings:
    return Settings(workspace=shared_workspace, workers=2)


@pytest.fixture(scope="module")
def review(settings) -> Review:
    return build_review(load_package(SAMPLE, settings))


def cite(review: Review, path: str, needle: str, *, whole_block: bool = False) -> Citation:
    document = review.package.file(path).document
    for page in document.pages:
        for block in page.blocks:
            if needle in block.text:
                return cite_block(document, page, block, quote=None if whole_block else needle)
    raise AssertionError(f"{needle!r} not in {path}")


def sample_findings(review: Review) -> list[Finding]:
    return [
        Finding(rule="identity.staff_total", severity="error",
                fields=("平台团队总人数（人）", "运维人数（人）", "运营人数（人）"),
                message="运维人数 57 + 运营人数 62 = 119，与平台团队总人数 120 不一致",
                expected="119", actual="120", tolerance="0",
                citations=(cite(review, FORM, "平台团队总人数"),), dimension="一"),
        Finding(rule="declared_vs_evidence.revenue", severity="warning", fields=("平台相关营业收入（万元）",),
                message="审计报告营业收入与申报值不一致", expected="3215.33", actual="3200.00",
                citations=(cite(review, AUDIT, "32,153,291.30"),), dimension="三"),
        Finding(rule="missing_file.commitment", severity="info", fields=(), message="未见附件5 真实性承诺",
                files=("附件5 真实性承诺（延锋金桥）.docx",)),
    ]


# --- check --format json / md ----------------------------------------------------------------------


@pytest.mark.requires_soffice  # citations carry rendered DOCX pages
def test_check_json_follows_the_contract(review):
    payload = json.loads(json.dumps(check_payload(sample_findings(review), [{"file": "坏.pdf", "error": "文件已损坏"}])))
    assert payload["schema_version"] == 1
    assert payload["errors"] == [{"file": "坏.pdf", "error": "文件已损坏"}]
    assert [f["severity"] for f in payload["findings"]] == ["error", "warning", "info"]
    keys = {"rule", "severity", "fields", "message", "expected", "actual", "tolerance", "citations", "files",
            "dimension", "id"}
    for finding in payload["findings"]:
        assert keys <= set(finding)
        assert isinstance(finding["fields"], list) and isinstance(finding["files"], list)
        for citation in finding["citations"]:
            assert {"file", "page", "locator", "quote", "bbox"} <= set(citation)
    first = payload["findings"][0]
    assert first["rule"] == "identity.staff_total" and first["dimension"] == "一"
    assert first["citations"][0]["file"] == FORM and isinstance(first["citations"][0]["page"], int)
    revenue = payload["findings"][1]["citations"][0]
    assert revenue["quote"] == "32,153,291.30" and revenue["page"] == 5 and len(revenue["bbox"]) == 4


def test_markdown_groups_by_dimension_then_integrity(review):
    text = check_markdown(sample_findings(review), [{"file": "坏.pdf", "error": "文件已损坏"}])
    headings = re.findall(r"^## (.+)$", text, re.M)
    assert headings == ["概况", "无法读取的文件", "一、平台基础情况（25%）", "三、平台效益及可持续发展能力（40%）",
                        "材料完整性与格式"]
    assert "错误 1 项，警告 1 项，提示 1 项" in text
    assert f"{AUDIT} 第5页：「32,153,291.30」" in text
    assert "应为：119；实际：120；容差：0" in text
    staff = text.index("一、平台基础情况")
    assert staff < text.index("运维人数 57") < text.index("三、平台效益")


def test_markdown_escapes_html_in_document_text():
    finding = Finding(rule="blank.x", severity="warning", fields=("平台名称",), message=f"原文：{HOSTILE}")
    text = check_markdown([finding], [])
    assert "<script" not in text and "<img" not in text
    assert "&lt;script&gt;" in text


def test_exit_code_thresholds():
    error = Finding(rule="a.b", severity="error", fields=(), message="m")
    warning = Finding(rule="a.c", severity="warning", fields=(), message="m")
    info = Finding(rule="a.d", severity="info", fields=(), message="m")
    assert exit_code([error], "error") == 1
    assert exit_code([warning], "error") == 0
    assert exit_code([warning], "warning") == 1
    assert exit_code([error], "warning") == 1
    assert exit_code([info], "warning") == 0
    assert exit_code([], "warning") == 0
    assert exit_code([error], None) == 0
    with pytest.raises(ValueError):
        exit_code([error], "info")


def _tags(text: str) -> list[tuple[str, list[tuple[str, str | None]]]]:
    """Every start tag a browser's tokenizer would see, with its attributes."""
    from html.parser import HTMLParser

    found = []

    class Collector(HTMLParser):
        def handle_starttag(self, tag, attrs):
            found.append((tag, attrs))

    Collector().feed(text)
    return found


# --- HTML -------------------------------------------------------------------------------------------


def test_html_escapes_hostile_text_and_names(review, settings, tmp_path):
    root = tmp_path / "hostile"
    root.mkdir()
    hostile_name = '<script>alert(1)<img src=x onerror=alert(2)>"报告.pdf'  # no "/" in a file name
    shutil.copy(SAMPLE / "证明材料" / "附件3-2 平台连接工业设备清单.pdf", root / hostile_name)
    package = load_package(root, settings)
    hostile_review = build_review(package)
    member = package.files[0]
    page = member.document.pages[0]
    citation = cite_block(member.document, page, page.blocks[0]).model_copy(update={"quote": HOSTILE})
    hostile_review.findings = [Finding(rule="blank.platform_name", severity="error", fields=(HOSTILE,),
                                       message=HOSTILE, expected=HOSTILE, actual="</div><script>x</script>",
                                       citations=(citation,), files=(member.path,))]
    thumbnails = Thumbnailer(package, tmp_path / "thumbs")
    text = render_html(hostile_review, errors=[{"file": HOSTILE, "error": HOSTILE}], thumbnails=thumbnails)
    assert re.search(r"<script", text, re.I) is None
    tags = _tags(text)
    assert not [t for t, _ in tags if t in ("script", "iframe", "object", "embed", "link")]
    assert not [(t, a) for t, attrs in tags for a, _v in attrs if a.startswith("on")]
    images = [dict(attrs) for t, attrs in tags if t == "img"]
    assert images and all(i["src"].startswith("data:image/png;base64,") for i in images)
    assert "&lt;script&gt;alert(1)&lt;img src=x onerror=alert(2)&gt;&quot;报告.pdf" in text  # the file name
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in text
    # Self-contained: no script, no external asset; images are inline data.
    assert re.findall(r'(?:src|href)="(?!data:image/png;base64,|#)', text) == []
    assert "data:image/png;base64," in text
    assert "default-src 'none'" in text


def test_html_has_header_table_findings_and_evidence(review, tmp_path):
    evidence = [EvidenceValue(
        field_id="revenue", label="平台相关营业收入（万元）", value="32,153,291.30", unit="元", normalized=3215.33,
        period="本期", scope="platform", method="table_row", citations=(cite(review, AUDIT, "32,153,291.30"),))]
    with_evidence = Review(package=review.package, catalog=review.catalog, declarations=review.declarations,
                           rows=review.rows, evidence=evidence)
    shown = Review(package=review.package, catalog=review.catalog, declarations=review.declarations,
                   rows=attach_evidence(with_evidence), evidence=evidence, findings=sample_findings(review))
    text = render_html(shown, errors=[], thumbnails=Thumbnailer(review.package, tmp_path / "thumbs"))
    assert "延锋工业互联网平台" in text and "上海延锋金桥饰件系统有限公司" in text
    assert "附件2 申报表" in text and "附件4 平台基本情况汇总表" in text  # roles in the file list
    assert text.index("一、平台基础情况（25%）") < text.index("三、平台效益及可持续发展能力（40%）") < text.index("材料完整性与格式")
    assert "平台相关营业收入（万元）" in text and "32,153,291.30元" in text and ">一致<" in text
    assert text.count("<tr>") >= len(review.rows)
    # An XLSX citation names its sheet (the workbook's page) and cell; it has no page image.
    xlsx = cite(review, SUMMARY, "平台名称")
    assert xlsx.page == 1 and xlsx.place == "工作表“平台基本情况汇总表”A4"
    assert Thumbnailer(review.package, tmp_path / "thumbs").png(xlsx) is None


# --- thumbnails -------------------------------------------------------------------------------------


def _pixel(png: bytes, x: float, y: float) -> tuple[int, int, int]:
    image = Image.open(io.BytesIO(png)).convert("RGB")
    return image.getpixel((int(x), int(y)))


def test_thumbnail_tints_the_bbox_and_is_cached(review, tmp_path):
    citation = cite(review, AUDIT, "32,153,291.30")
    assert citation.bbox is not None and citation.page == 5
    cache = tmp_path / "thumbs"
    thumbnails = Thumbnailer(review.package, cache)
    png = thumbnails.png(citation)
    plain = thumbnails.png(citation.model_copy(update={"bbox": None}))
    assert png is not None and plain is not None and png != plain
    page_width = review.package.file(AUDIT).document.pages[4].width
    scale = Image.open(io.BytesIO(png)).width / page_width
    # Just inside the top-left corner of the bbox: background paper under the amber tint.
    x, y = (citation.bbox.x0 + 4) * scale, (citation.bbox.top + 2) * scale + 1
    r, g, b = _pixel(png, x, y)
    r0, g0, b0 = _pixel(plain, x, y)
    assert b < b0 - 40 and r >= 200, ((r, g, b), (r0, g0, b0))
    # Far outside the bbox the page is untouched.
    assert _pixel(png, 2, 2) == _pixel(plain, 2, 2)
    assert len(list(cache.glob("*.png"))) == 2
    assert thumbnails.png(citation) == png  # served from the cache
    detail = thumbnails.detail_png(citation)
    assert detail is not None and Image.open(io.BytesIO(detail)).width > 100


def test_thumbnail_of_a_page_read_upright_is_drawn_as_it_was_read(tmp_path):
    # A landscape page stored with /Rotate 90 is read turned upright; its thumbnail must be turned
    # the same way, or the tint lands beside the cited figure.
    from fixtures.make_sideways_fixtures import landscape_stored_turned

    root = tmp_path / "package"
    root.mkdir()
    landscape_stored_turned(root / "turned.pdf")
    package = load_package(root, Settings(workspace=tmp_path / "ws", ocr=False, render_docx=False))
    document = package.files[0].document
    page = document.pages[0]
    block = next(b for b in page.blocks if "248,621,678.83" in b.text)
    citation = cite_block(document, page, block)
    thumbnails = Thumbnailer(package, tmp_path / "thumbs")
    png, plain = thumbnails.png(citation), thumbnails.png(citation.model_copy(update={"bbox": None}))
    image = Image.open(io.BytesIO(png))
    assert image.width > image.height  # landscape, as read
    scale = image.width / page.width
    x, y = (citation.bbox.x0 + 2) * scale, (citation.bbox.top + citation.bbox.bottom) / 2 * scale
    assert _pixel(png, x, y) != _pixel(plain, x, y)  # the tint is on the cited line


def test_detail_of_an_ocr_page_tints_the_bbox_region(review, tmp_path):
    citation = cite(review, SCREENSHOT, "16,000")
    assert citation.bbox is not None
    page_width = review.package.file(SCREENSHOT).document.pages[0].width
    detail = Thumbnailer(review.package, tmp_path / "thumbs").detail_png(citation)
    image = Image.open(io.BytesIO(detail)).convert("RGB")
    # The crop starts DETAIL_MARGIN_X/Y before the bbox (less at the page edge), at DETAIL_SCALE.
    left = min(citation.bbox.x0, DETAIL_MARGIN_X) * DETAIL_SCALE
    top = min(citation.bbox.top, DETAIL_MARGIN_Y) * DETAIL_SCALE
    assert image.width == round((citation.bbox.x1 - citation.bbox.x0) * DETAIL_SCALE + left
                                + min(page_width - citation.bbox.x1, DETAIL_MARGIN_X) * DETAIL_SCALE)
    r, _g, b = image.getpixel((int(left) + 6, int(top) + 4))
    r0, _g0, b0 = image.getpixel((2, 2))
    assert b0 > r0, "the dashboard background is dark blue"
    assert r > b, "amber tint inside the bbox"


@pytest.mark.requires_soffice
def test_thumbnail_of_a_rendered_docx(review, tmp_path):
    thumbnails = Thumbnailer(review.package, tmp_path / "thumbs")
    form = review.package.file(FORM).document
    # soffice is here (the marker): a DOCX without its rendering is a regression, not a skip.
    assert form.rendered_pdf is not None, form.errors
    citation = cite(review, FORM, "平台团队总人数")
    assert citation.page is not None and thumbnails.png(citation) is not None


# --- the review folder and credentials --------------------------------------------------------------


def _texts(outdir: Path) -> dict[str, str]:
    texts = {}
    for path in outdir.iterdir():
        if path.suffix in (".xlsx", ".docx"):
            with zipfile.ZipFile(path) as archive:
                texts[path.name] = "".join(archive.read(n).decode("utf-8", "replace") for n in archive.namelist()
                                           if n.endswith(".xml"))
        else:
            texts[path.name] = path.read_text(encoding="utf-8")
    return texts


def test_credentials_never_appear_in_any_output(review, settings, tmp_path):
    secrets = load_truth(TRUTH_DIR / "sample_package.json").secrets
    assert secrets
    url = cite(review, FORM, "https://", whole_block=True)
    assert any(s in url.quote for s in secrets), "the cited 平台网址 cell carries the login"
    leaky = Finding(rule="answer_format.platform_url", severity="warning", fields=("平台网址",),
                    message=f"平台网址 一栏：{url.quote}", actual=url.quote, citations=(url,))
    shown = Review(package=review.package, catalog=review.catalog, declarations=review.declarations,
                   rows=review.rows, findings=[leaky, *sample_findings(review)])
    texts = _texts(Path(next(iter(write_review(shown, tmp_path / "out", settings=settings).values()))).parent)
    assert set(texts) == set(OUTPUT_FILES)
    for name, text in texts.items():
        for secret in secrets:
            assert secret not in text, name
    assert "******" in texts["findings.json"] and "******" in texts["report.html"]


def test_run_review_writes_every_output(settings, tmp_path):
    review = run_review(SAMPLE, settings)
    paths = write_review(review, tmp_path / "out", settings=settings)
    assert sorted(paths) == sorted(OUTPUT_FILES)
    for path in paths.values():
        assert path.is_file() and path.stat().st_size > 0, path.name
    prefill = json.loads(paths["prefill.json"].read_text(encoding="utf-8"))
    findings = json.loads(paths["findings.json"].read_text(encoding="utf-8"))
    assert prefill["schema_version"] == 1 and len(prefill["rows"]) == len(review.catalog.summary_rows)
    assert "other_indicators" in prefill
    assert findings["schema_version"] == 1 and len(findings["findings"]) == len(review.findings)
    html = paths["report.html"].read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "延锋工业互联网平台" in html
    try:
        import assistant.evidence.extractor  # noqa: F401
    except ImportError:
        assert any(f.rule == "internal.evidence_unavailable" for f in review.findings)


def test_evidence_status_against_the_declared_row(review):
    revenue = cite(review, AUDIT, "32,153,291.30")

    def value(field_id, label, normalized, component="", status="found", scope="platform"):
        return EvidenceValue(field_id=field_id, label=label, value=str(normalized), unit="万元", normalized=normalized,
                             component=component, status=status, scope=scope, method="table_row",
                             citations=(revenue,))

    evidence = [
        value("revenue", "平台相关营业收入（万元）", 3215.3312),
        value("rd_investment", "平台相关研发投入（万元）", 600.0),
        value("rd_investment", "平台相关研发投入（万元）", 507.71, status="ungrounded"),
        value("platform_revenue_2022", "平台近三年经营指标情况", 2439.44, component="2022年平台营收（万元）"),
        value("profit_margin", "平台利润率（%）", 360.01, component="平台利润总额（万元）"),
        value("revenue", "平台相关营业收入（万元）", 81245.0, scope="company"),  # never equated with the platform's
    ]
    rows = attach_evidence(Review(package=review.package, catalog=review.catalog, declarations=review.declarations,
                                  rows=review.rows, evidence=evidence))
    status = {r.label: [e["status"] for e in r.evidence] for r in rows if r.evidence}
    assert status == {
        "平台相关营业收入（万元）": ["consistent", "unchecked"],
        "平台相关研发投入（万元）": ["mismatch", "ungrounded"],
        "平台近三年经营指标情况": ["consistent"],
        # the platform's revenue as the rate's denominator, never the company's
        "平台利润率（%）": ["unchecked", "unchecked"],
        "平台相关研发投入强度（%）": ["unchecked", "unchecked"],  # the investment found, as the rate's numerator
    }
    margin = next(r for r in rows if r.label == "平台利润率（%）")
    assert [(e["normalized"], e["component"]) for e in margin.evidence] == [
        (360.01, "平台利润总额（万元）"), (3215.3312, "平台相关营业收入（万元）")]


def test_a_rates_stand_in_inputs_are_listed_under_the_rate_as_inputs(review):
    """付费用户占比 = 付费用户数 ÷ 平台用户总数, which the form does not ask for: the evidence of the
    fields standing in for them (付费企业数, 注册企业用户数) is listed under the rate's row too, after the
    rate's own, named as the input and unchecked; a breakdown entry is not an input."""
    where = cite(review, AUDIT, "32,153,291.30")

    def value(field_id, normalized, component="", dimension="total"):
        return EvidenceValue(field_id=field_id, label=review.catalog.field(field_id).label, value=str(normalized),
                             unit="", normalized=normalized, component=component, dimension=dimension,
                             scope="platform", method="table_row", citations=(where,))

    evidence = [value("enterprises_paying", 418), value("enterprise_users_registered", 2846),
                value("paying_user_share", 14.69), value("enterprises_served_by_region", 968, "上海", "region")]
    rows = attach_evidence(Review(package=review.package, catalog=review.catalog, declarations=review.declarations,
                                  rows=review.rows, evidence=evidence))
    share = next(r for r in rows if r.label == "付费用户占比（%）")
    assert [(e["normalized"], e["component"], e["status"]) for e in share.evidence][1:] == [
        (418, "付费用户数（个）", "unchecked"), (2846, "平台用户总数（个）", "unchecked")]
    assert share.evidence[0]["normalized"] == 14.69 and share.evidence[0]["component"] == ""
    assert len(share.evidence) == 3  # the region entry stands in for nothing


def test_a_rates_inputs_the_form_asks_itself_are_listed_under_it(review):
    """存储资源利用率 = 实际存储资源数量 ÷ 存储容量 (h66): both proofs are listed under the rate, so a reviewer
    recomputes it from the page; 存储容量 keeps its own row too."""
    where = cite(review, AUDIT, "32,153,291.30")
    evidence = [EvidenceValue(field_id=field_id, label=review.catalog.field(field_id).label, value=str(number),
                              unit="TB", normalized=number, scope="platform", method="table_row", citations=(where,))
                for field_id, number in (("stored_industrial_data", 258.44), ("storage_capacity", 540.0))]
    rows = attach_evidence(Review(package=review.package, catalog=review.catalog, declarations=review.declarations,
                                  rows=review.rows, evidence=evidence))
    rate = next(r for r in rows if r.label == "存储资源利用率（%）")
    assert [(e["normalized"], e["component"], e["status"]) for e in rate.evidence] == [
        (258.44, "实际存储资源数量（TB）", "unchecked"), (540.0, "存储容量（TB）", "unchecked")]
    assert [e["normalized"] for e in next(r for r in rows if r.label == "存储容量（TB）").evidence] == [540.0]


# --- README rule table ------------------------------------------------------------------------------


def test_rules_markdown_lists_every_rule():
    from assistant.checks import rule_catalog

    table = rules_markdown().splitlines()
    specs = rule_catalog()
    assert table[0] == "| 规则 | 检查内容 | 严重程度 | 依据 |"
    assert len(table) == 2 + len(specs)
    for spec, line in zip(specs, table[2:], strict=True):
        assert line.startswith(f"| `{spec.id}` |")


def test_readme_rule_table_is_generated():
    text = (REPO / "README.md").read_text(encoding="utf-8")
    start, end = "<!-- rules:start -->", "<!-- rules:end -->"
    assert start in text and end in text, "README.md lost its generated rules block"
    block = text[text.index(start) + len(start):text.index(end)]
    assert block.strip() == rules_markdown().strip(), "run scripts/update_readme_rules.py"


def test_update_script_rewrites_only_the_rules_block():
    import importlib.util

    spec = importlib.util.spec_from_file_location("update_readme_rules", REPO / "scripts" / "update_readme_rules.py")
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    before = "# T\n\nintro\n<!-- rules:start -->\n| old | table |\n<!-- rules:end -->\n\nafter\n"
    after = script.replace_block(before, rules_markdown())
    assert after.startswith("# T\n\nintro\n<!-- rules:start -->\n| 规则 |") and after.endswith("<!-- rules:end -->\n\nafter\n")
    assert "| old | table |" not in after
    assert script.replace_block(after, rules_markdown()) == after


def test_a_rates_numerator_is_listed_under_the_rate_too(review):
    """h57: the proof of 平台相关研发投入 is the proof of 研发投入强度's numerator — listed under the rate's row as
    its input (unchecked against the rate); a part of the investment (费用化) is not its input."""
    where = cite(review, AUDIT, "32,153,291.30")

    def value(field_id, normalized, component=""):
        return EvidenceValue(field_id=field_id, label=review.catalog.field(field_id).label, value=str(normalized),
                             unit="万元", normalized=normalized, component=component, scope="platform",
                             method="table_row", citations=(where,))

    evidence = [value("rd_investment", 873.46), value("rd_investment", 600.12, "费用化研发投入（万元）")]
    rows = attach_evidence(Review(package=review.package, catalog=review.catalog, declarations=review.declarations,
                                  rows=review.rows, evidence=evidence))
    intensity = next(r for r in rows if r.label == "平台相关研发投入强度（%）")
    assert [(e["normalized"], e["component"], e["status"]) for e in intensity.evidence] == [
        (873.46, "平台相关研发投入（万元）", "unchecked")]
