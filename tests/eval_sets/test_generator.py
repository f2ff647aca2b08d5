"""The labelled evaluation packages: reproducible, valid, and labelled truthfully.

The rule checks below are a small independent re-implementation of the notice's arithmetic rules
(identity, formulas, subsets, breakdown sums, 附录 categories, growth) run on the truth's
summary rows: the negative control must pass all of them, and in the other packages every
violation must be a planted problem of that family and every planted problem of those families
must be visible. Quotes are re-found on their stated PDF pages with pypdfium2.
"""

from __future__ import annotations

import io
import re
import subprocess
import sys
import zipfile
from decimal import ROUND_HALF_UP, Decimal
from functools import cache
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from docx import Document

from eval_sets.generator.build import build_package, content_key
from eval_sets.generator.formats import chars
from eval_sets.generator.notice import (
    APP_CATEGORIES,
    DEVICE_CATEGORIES,
    INDUSTRIES,
    MODEL_CATEGORIES,
    REGIONS,
    SOLUTION_MODES,
    SUMMARY_ROWS,
)
from eval_sets.generator.specs import PACKAGES
from eval_sets.truth import FAMILIES, PackageTruth, load_all, load_truth

REPO = Path(__file__).resolve().parents[2]
NOTICE = REPO.parent / "shared" / "seed" / "000_130894cf27994a3b.txt"
CONSISTENT = {"pkg01_huaxing_consistent", "sample_package"}


@cache
def truths() -> tuple[PackageTruth, ...]:
    return tuple(load_all(REPO / "eval_sets" / "truth"))


def package_files(truth: PackageTruth) -> dict[str, bytes]:
    root = REPO / truth.path
    if truth.delivery == "zip":
        with zipfile.ZipFile(root) as archive:
            return {name: archive.read(name) for name in archive.namelist() if not name.endswith("/")}
    return {str(p.relative_to(root)): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.mark.requires_cjk_font  # the build runs in a subprocess
@pytest.mark.slow
def test_build_check_reproduces_committed_output():
    result = subprocess.run([sys.executable, "-m", "eval_sets.generator.build", "--check"], cwd=REPO,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 differences" in result.stdout


def test_one_package_builds_identically_twice():
    spec = next(s for s in PACKAGES if s.package_id == "sample_package")
    first, second = build_package(spec), build_package(spec)
    assert first.files == second.files
    assert first.truth == second.truth


def test_content_key_ignores_container_bytes_but_not_content():
    def zipped(level: int, text: str) -> bytes:
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=level) as archive:
            archive.writestr("word/document.xml", text * 50)
        return buf.getvalue()

    fast, small = zipped(1, "平台实际情况"), zipped(9, "平台实际情况")
    assert fast != small
    assert content_key("a.docx", fast) == content_key("a.docx", small)
    assert content_key("a.docx", fast) != content_key("a.docx", zipped(1, "证明资料"))


def test_truth_files_validate_and_name_their_package():
    paths = sorted((REPO / "eval_sets" / "truth").glob("*.json"))
    assert {p.stem for p in paths} == {s.package_id for s in PACKAGES}
    for path in paths:
        truth = load_truth(path)
        assert truth.package_id == path.stem
        assert (REPO / truth.path).exists(), truth.path
    evaluated = [t for t in truths() if t.path.startswith("eval_sets/packages/")]
    assert len(evaluated) >= 7
    assert sum(1 for t in evaluated if not t.problems) >= 1
    assert sum(1 for t in evaluated if t.problems) >= 6


def test_platforms_differ_and_cover_both_2023_states():
    numbers = [t.platform.list_no for t in truths()]
    assert len(numbers) == len(set(numbers))
    assert {t.platform.participated_2023 for t in truths()} == {True, False}


def test_every_rule_family_is_planted():
    planted = {p.family for t in truths() for p in t.problems}
    assert planted == set(FAMILIES)


def test_consistent_packages_have_no_problems():
    for truth in truths():
        if truth.package_id in CONSISTENT:
            assert truth.problems == []


def test_files_on_disk_are_the_files_in_truth():
    for truth in truths():
        assert set(package_files(truth)) == set(truth.files), truth.package_id


def test_sizes_stay_small():
    total = 0
    for truth in truths():
        size = sum(len(b) for b in package_files(truth).values())
        assert size < 3_000_000, (truth.package_id, size)
        total += size
    assert total < 25_000_000


def test_summary_rows_are_the_notice_rows_in_order():
    for truth in truths():
        assert [r.label for r in truth.summary_rows] == [label for label, _ in SUMMARY_ROWS]


def test_summary_labels_appear_in_the_notice_annex4():
    if not NOTICE.is_file():
        pytest.skip("notice text not present")
    text = NOTICE.read_text(encoding="utf-8")
    annex4 = squeeze(text[text.index("平台基本情况汇总表\n\n序号"):text.index("真实性承诺\n\n我单位")])
    for label, _ in SUMMARY_ROWS:
        assert squeeze(label) in annex4, label


def test_evidence_quotes_are_on_their_pages():
    checked = 0
    for truth in truths():
        files = package_files(truth)
        for fact in truth.evidence_facts:
            pdf = pdfium.PdfDocument(files[fact.file])
            assert 1 <= fact.page <= len(pdf)
            text = pdf[fact.page - 1].get_textpage().get_text_range()
            if fact.image_only:
                assert text.strip() == "", f"{fact.file} p{fact.page} should have no text layer"
            else:
                assert squeeze(fact.quote) in squeeze(text), (truth.package_id, fact.file, fact.page, fact.quote)
            checked += 1
    assert checked > 60


def test_scans_and_screenshots_have_no_text_layer():
    scanned = 0
    for truth in truths():
        files = package_files(truth)
        for name, role in truth.files.items():
            if name.endswith(".pdf") and role in ("申报表扫描件", "承诺", "evidence:screenshot"):
                pdf = pdfium.PdfDocument(files[name])
                assert all(page.get_textpage().get_text_range().strip() == "" for page in pdf), name
                scanned += 1
    assert scanned >= 10


def test_every_form_has_vertical_merges_in_its_indicator_table():
    for truth in truths():
        files = package_files(truth)
        form = next(name for name, role in truth.files.items() if role == "申报表")
        doc = Document(io.BytesIO(files[form]))
        table = next(t for t in doc.tables if "平台实际情况" in t.rows[0]._tr.xml)
        xml = table._tbl.xml
        assert 'w:vMerge w:val="restart"' in xml, truth.package_id
        assert xml.count("<w:vMerge/>") + xml.count('w:vMerge w:val="continue"') > 5, truth.package_id


def test_form_carries_the_login_secret_that_must_be_masked():
    for truth in truths():
        files = package_files(truth)
        form = next(name for name, role in truth.files.items() if role == "申报表")
        text = "\n".join(c.text for t in Document(io.BytesIO(files[form])).tables for row in t.rows for c in row.cells)
        for secret in truth.secrets:
            assert secret in text


def _narrative(truth: PackageTruth) -> list[str]:
    files = package_files(truth)
    name = next(n for n, role in truth.files.items() if role == "申报书")
    return [p.text for p in Document(io.BytesIO(files[name])).paragraphs]


def test_section7_present_exactly_where_required_and_not_planted_missing():
    for truth in truths():
        has7 = any(p.startswith("七、") for p in _narrative(truth))
        planted = any(p.family == "section7" for p in truth.problems)
        assert has7 == (truth.platform.participated_2023 and not planted), truth.package_id


def test_negative_control_states_devices_approximately():
    truth = next(t for t in truths() if t.package_id == "pkg01_huaxing_consistent")
    assert any("约3.2万台" in p for p in _narrative(truth))
    assert _row(truth, "连接的工业设备/产品/产线种类及数量（台/套）") == 32000


def test_char_limits_hold_unless_planted():
    for truth in truths():
        planted = {f for p in truth.problems if p.family == "char_limit" for f in p.fields}
        paragraphs = _narrative(truth)
        for k, text in enumerate(paragraphs):
            if text.startswith(("平台技术创新点总结", "应用创新点总结")):
                assert chars(text) <= 300, truth.package_id
            if re.match(r"案例\d：", text) and "五、平台应用案例" not in planted:
                title = text.split("：", 1)[1]
                assert chars(title) <= 30, (truth.package_id, title)
                body = "".join(paragraphs[k + 1:k + 4])
                assert chars(title + body) <= 1000, truth.package_id


def _form_cells(truth: PackageTruth) -> dict[str, str]:
    """First column → second column of the 申报表's 二、平台基本情况 table."""
    files = package_files(truth)
    name = next(n for n, role in truth.files.items() if role == "申报表")
    table = next(t for t in Document(io.BytesIO(files[name])).tables if t.rows[0].cells[0].text.startswith("平台名称"))
    return {row.cells[0].text.split("\n")[0]: row.cells[1].text for row in table.rows}


def test_form_texts_respect_their_limits_unless_planted():
    for truth in truths():
        planted = {f for p in truth.problems if p.family == "char_limit" for f in p.fields}
        cells = _form_cells(truth)
        for label in ("平台基本情况介绍", "平台建设成效"):
            assert (chars(cells[label]) > 500) == (label in planted), (truth.package_id, label)


def _canonical(value: object) -> str:
    text = "" if value is None else str(value)
    text = squeeze(text.replace("\n", "；")).replace(",", "")
    try:
        return str(Decimal(text).normalize())
    except ArithmeticError:
        return text


def test_applicant_summary_matches_truth_except_planted_differences():
    from openpyxl import load_workbook

    for truth in truths():
        name = next((n for n, role in truth.files.items() if role == "汇总表"), None)
        if name is None:
            assert any(p.family == "missing_file" and "附件4" in p.fields[0] for p in truth.problems)
            continue
        data = package_files(truth)[name]
        if name.endswith(".xlsx"):
            sheet = load_workbook(io.BytesIO(data)).active
            pairs = [(r[0], r[1]) for r in sheet.iter_rows(min_row=2, values_only=True)]
        else:
            pairs = [(r.cells[0].text, r.cells[1].text) for r in Document(io.BytesIO(data)).tables[0].rows]
        assert [label for label, _ in pairs] == [r.label for r in truth.summary_rows]
        planted = {f for p in truth.problems if p.family == "summary_vs_form" for f in p.fields}
        for (label, value), row in zip(pairs, truth.summary_rows, strict=True):
            same = _canonical(value) == _canonical(row.value)
            assert same != (label in planted), (truth.package_id, label, value, row.value)


@pytest.mark.slow
def test_dashboard_screenshots_are_ocr_readable():
    import numpy as np
    from rapidocr import RapidOCR

    engine = RapidOCR()
    # one of each dashboard variant: exact figures, a planted figure, figures in 万
    variants = {"pkg01_huaxing_consistent", "pkg03_xinhua_subset_zip", "pkg04_tansuo_narrative_count"}
    for truth in truths():
        if truth.package_id not in variants:
            continue
        files = package_files(truth)
        shots = {f.file for f in truth.evidence_facts if f.image_only}
        for name in shots:
            image = pdfium.PdfDocument(files[name])[0].render(scale=2).to_pil()
            text = squeeze("".join(engine(np.array(image)).txts))
            for fact in truth.evidence_facts:
                if fact.file == name:
                    assert squeeze(fact.quote) in text, (truth.package_id, fact.quote, text)


# --- the notice's arithmetic, re-implemented on the truth's summary rows ---------------------

def _row(truth: PackageTruth, label: str):
    return next(r.normalized for r in truth.summary_rows if r.label == label)


def _pct(part, whole) -> Decimal:
    return (Decimal(str(part)) / Decimal(str(whole)) * 100).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


SUBSETS = [
    ("有相关技术职称/从业资格的人数（人）", "平台团队总人数（人）"),
    ("公有云工业设备连接数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"),
    ("公有云工业设备平均日运行数量（台/套）", "公有云工业设备连接数量（台/套）"),
    ("海外设备连接数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"),
    ("工业APP平均月活跃数量（个）", "工业APP数量（个）"),
    ("公有云工业APP数量（个）", "工业APP数量（个）"),
    ("公有云工业APP平均日活跃数量（个）", "公有云工业APP数量（个）"),
    ("平台公有云实际使用数量（台）", "平台实际用云量（台）"),
    ("公有云数据总量（TB）", "存储工业数据量（TB）"),
    ("存储工业数据量（TB）", "存储容量（TB）"),
    ("活跃机理模型数量（一周调用5次以上）（个）", "工业机理模型数量（个）"),
    ("活跃微服务数量（一周调用5次以上）（个）", "微服务数量（个）"),
    ("活跃开发者数（个）", "开发者注册总数（个）"),
    ("实际服务企业数（个）", "注册企业用户数（个）"),
    ("付费企业数（个）", "实际服务企业数（个）"),
    ("服务本市企业数量（个）", "实际服务企业数（个）"),
    ("服务中小企业数量（个）", "实际服务企业数（个）"),
    ("杀手锏工业APP订阅数量（个）", "工业APP订阅总数量（个）"),
]
BREAKDOWNS = {
    "按二级分类统计工业设备数量（台/套）": ("连接的工业设备/产品/产线种类及数量（台/套）", DEVICE_CATEGORIES),
    "按省市区域统计工业设备数量（台/套）": ("连接的工业设备/产品/产线种类及数量（台/套）", REGIONS),
    "按二级分类统计公有云工业设备数量（台/套）": ("公有云工业设备连接数量（台/套）", DEVICE_CATEGORIES),
    "按省市区域统计公有云工业设备数量（台/套）": ("公有云工业设备连接数量（台/套）", REGIONS),
    "按二级分类统计公有云工业设备平均日运行数量（台/套）": ("公有云工业设备平均日运行数量（台/套）", DEVICE_CATEGORIES),
    "按省市区域统计公有云工业设备平均日运行数量（台/套）": ("公有云工业设备平均日运行数量（台/套）", REGIONS),
    "按海外国家分类统计海外设备连接数量（台/套）": ("海外设备连接数量（台/套）", ()),
    "按分类统计工业APP数量（个）": ("工业APP数量（个）", APP_CATEGORIES),
    "按行业统计工业APP数量（个）": ("工业APP数量（个）", INDUSTRIES),
    "按分类统计公有云工业APP平均日活跃数量（个）": ("公有云工业APP平均日活跃数量（个）", APP_CATEGORIES),
    "按行业统计公有云工业APP平均日活跃数量（个）": ("公有云工业APP平均日活跃数量（个）", INDUSTRIES),
    "按分类统计工业模型数量（个）": ("工业机理模型数量（个）", MODEL_CATEGORIES),
    "按行业统计服务企业数（个）": ("实际服务企业数（个）", INDUSTRIES),
    "按省市区域统计服务企业数（个）": ("实际服务企业数（个）", REGIONS),
    "按新模式统计解决方案数量（个）": ("平台提供的解决方案总数（个）", SOLUTION_MODES),
}
OVERSEAS = re.compile(r"^[\u4e00-\u9fff]+[A-Z][A-Za-z ]+$")


def rule_findings(truth: PackageTruth) -> set[tuple[str, str]]:
    """(family, main label) for every rule the summary rows break."""
    row = {r.label: r.normalized for r in truth.summary_rows}
    found: set[tuple[str, str]] = set()

    def known(*labels: str) -> bool:
        return all(row[label] is not None for label in labels)

    if row["平台团队总人数（人）"] != row["运维人数（人）"] + row["运营人数（人）"]:
        found.add(("identity", "平台团队总人数（人）"))
    for result, part, whole in (("平台相关研发投入强度（%）", "平台相关研发投入（万元）", "平台相关营业收入（万元）"),
                                ("付费用户占比（%）", "付费企业数（个）", "注册企业用户数（个）"),
                                ("存储资源利用率（%）", "存储工业数据量（TB）", "存储容量（TB）")):
        if known(result, part, whole) and _pct(row[part], row[whole]) != Decimal(str(row[result])):
            found.add(("formula", result))
    profit = next((f.normalized for f in truth.evidence_facts if f.component == "平台利润总额（万元）"), None)
    if profit is not None:
        if _pct(profit, row["平台相关营业收入（万元）"]) != Decimal(str(row["平台利润率（%）"])):
            found.add(("formula", "平台利润率（%）"))
        if _pct(profit, row["平台建设金额（万元）"]) != Decimal(str(row["投资回报率（%）"])):
            found.add(("formula", "投资回报率（%）"))
    years = row["平台近三年经营指标情况"]
    for year in (2022, 2023):
        computed = _pct(years[f"{year}年平台营收（万元）"] - years[f"{year - 1}年平台营收（万元）"],
                        years[f"{year - 1}年平台营收（万元）"])
        if computed != Decimal(str(years[f"{year}年增长率（%）"])):
            found.add(("growth_rate", "平台近三年经营指标情况"))
    for part, whole in SUBSETS:
        if known(part, whole) and row[part] > row[whole]:
            found.add(("subset", part))
    if row["杀手锏APP数量（个）"] > 5:
        found.add(("subset", "杀手锏APP数量（个）"))
    for label, (total, categories) in BREAKDOWNS.items():
        parts = row[label]
        if parts is None or row[total] is None:
            continue
        if sum(parts.values()) != row[total]:
            found.add(("breakdown_sum", label))
        for name in parts:
            allowed = name in categories or (categories in (REGIONS, ()) and OVERSEAS.match(name))
            if not allowed:
                found.add(("invalid_category", label))
    return found


def test_negative_controls_break_no_rule():
    for truth in truths():
        if truth.package_id in CONSISTENT:
            assert rule_findings(truth) == set(), truth.package_id


def test_rule_violations_are_exactly_the_planted_ones():
    families = {"identity", "formula", "subset", "breakdown_sum", "invalid_category", "growth_rate"}
    for truth in truths():
        found = rule_findings(truth)
        planted = {(p.family, field) for p in truth.problems if p.family in families for field in p.fields}
        for finding in found:
            assert finding in planted, (truth.package_id, finding)
        for problem in truth.problems:
            # 社会贡献总额 is stated only inside the 申报表 cell, not in 附件4: not checkable here
            if problem.family in families and problem.fields[0] != "平台社会贡献率（%）":
                assert any((problem.family, f) in found for f in problem.fields), (truth.package_id, problem.id)


@pytest.mark.requires_cjk_font
def test_a_font_weight_is_found_by_name_not_by_path():
    """The blind sets' builders ask for 「Noto Sans CJK SC:style=Bold」: fontconfig answers with the
    family's bold face, which is accepted as that family; without it, the file is looked up by name."""
    from eval_sets.generator.fonts import FontMissing, noto

    try:
        bold = noto("Noto Sans CJK SC:style=Bold", "NotoSansCJK-Bold.ttc")
    except FontMissing as missing:
        pytest.skip(str(missing))
    assert bold.is_file() and "Bold" in bold.name
    assert "Bold" not in noto("Noto Sans CJK SC", "NotoSansCJK-Regular.ttc").name
