"""The pre-filled 附件4 平台基本情况汇总表: every row in the notice's order, each cell cited.

Sources, most trusted first: the 申报表 as Word/Excel, the 申报表 as a text PDF, its stamped scan
(OCR), then the applicant's own 汇总表, and 附件1 for contact and address rows (the 申报表's own 联系人
first, 附件1's beside it). The value shown
comes from the first source that has it; when another source says something else the row is
`ambiguous` and every reading is kept, so the reviewer sees the disagreement instead of a silent
choice. A blank stays blank: no value is ever made up for it.

Two rows have no field in 附件2. 序号 comes from 附件6, matched by the declared platform name, by its
原名称 when renamed, and by the company when the name is not on the list or is listed twice (附件6
序号2 and 14 share one name); the row says how it was matched. 平台性质 comes from an explicit
statement (“平台性质：…”, the applicant's 汇总表), else from the applicant's own words about the
platform (“…打造的综合型工业互联网平台”) in the 申报表's 平台基本情况介绍 or the 申报书, cited there;
when none states it the row stays empty.
"""

from __future__ import annotations

import difflib
import re

from pydantic import BaseModel, ConfigDict

from assistant.catalog.model import Platform, SummaryRow
from assistant.catalog.notice import Catalog, load_catalog
from assistant.core.citations import Citation
from assistant.core.text_keys import label_key, name_key
from assistant.forms.contact_form import read_contact_form
from assistant.forms.corrections import (
    CORRECTED,
    apply_corrections,
    corrected_figures,
    read_corrections,
)
from assistant.forms.form_date import form_date
from assistant.forms.grid import cite_text
from assistant.forms.model import Declarations, DeclaredValue, PrefillRow, SourceReading
from assistant.forms.proposal import package_proposal
from assistant.forms.reader import FormReader
from assistant.forms.summary_table import SummaryTableReader
from assistant.package.model import FileRole, Package
from assistant.package.versions import version_rank
from assistant.values.addresses import address_as_reviewed
from assistant.values.answers import is_reference, parse_date_range, same_answer_text
from assistant.values.platform_kind import platform_kind_in, platform_kind_word
from assistant.values.typed import (
    TypedValue,
    answers_agree,
    interpret,
    split_platform_name,
)

_FORM_PRIORITY = {"docx": 0, "xlsx": 1, "pdf": 2, "image": 3}
_MARKED_EMPTY = re.compile(r"[/／—–\-－]+|无|暂无|不适用|不涉及|N/?A", re.IGNORECASE)


def read_declarations(package: Package, catalog: Catalog | None = None) -> Declarations:
    catalog = catalog or load_catalog()
    reader = FormReader(catalog)
    forms = []
    members = package.by_role(FileRole.application_form, FileRole.application_form_scan)
    members.sort(key=lambda m: (m.role is FileRole.application_form_scan, -version_rank(m.path),
                                _FORM_PRIORITY.get(m.document.format, 9), m.path))
    superseded = _superseded(members)
    for member in members:
        if member.path in superseded:
            continue  # 「申报表_v1.docx」 beside 「申报表_终版.docx」: a draft, not what the applicant declares
        source = "申报表扫描件" if member.role is FileRole.application_form_scan else "申报表"
        forms.append((source, member.path, tuple(reader.read_form(member.document))))
    corrections = read_corrections(package, catalog)
    if corrections and forms and forms[0][0] == "申报表":
        forms[0] = (forms[0][0], forms[0][1], apply_corrections(forms[0][2], corrections))
    summary_reader = SummaryTableReader(catalog)
    summaries = tuple((m.path, tuple(summary_reader.read(m.document))) for m in package.by_role(FileRole.summary_table))
    contacts = tuple((m.path, tuple(read_contact_form(m.document, catalog))) for m in package.by_role(FileRole.contact_form))
    dated = next((found for m in members if m.path not in superseded and (found := form_date(m.document))), None)
    return Declarations(forms=tuple(forms), summary_tables=summaries, contact_forms=contacts,
                        superseded=tuple(superseded.items()), corrected_figures=corrected_figures(package),
                        form_date=dated[0].format() if dated else "", form_date_citation=dated[1] if dated else None)


def _superseded(members) -> dict[str, str]:
    """申报表 files whose names mark them as an earlier version of another one in the package:
    path → the later one's path. Without version words nothing is superseded."""
    forms = [m for m in members if m.role is FileRole.application_form]
    if len(forms) < 2 or not any(version_rank(m.path) for m in forms):
        return {}
    latest = max(forms, key=lambda m: version_rank(m.path))
    top = version_rank(latest.path)
    return {m.path: latest.path for m in forms if version_rank(m.path) < top}


def prefill(package: Package, declarations: Declarations | None = None, catalog: Catalog | None = None) -> list[PrefillRow]:
    catalog = catalog or load_catalog()
    declarations = declarations or read_declarations(package, catalog)
    return [_fill_row(row, declarations, catalog, package) for row in catalog.summary_rows]


def _fill_row(row: SummaryRow, declarations: Declarations, catalog: Catalog, package: Package | None = None) -> PrefillRow:
    readings = _form_readings(row, declarations, catalog) + _summary_readings(row, declarations)
    why_missing = ""
    if row.platform_list_column == "序号":
        # 附件6 is the authority for 序号; an applicant's own 汇总表 may disagree (shown as such).
        match = match_platform_list(declarations, catalog)
        readings = ([match.reading] if match.reading is not None else []) + readings
        why_missing = match.note if match.reading is None else ""
    elif not row.source_fields and not row.platform_list_column and package is not None and not _explicit(readings):
        # 平台性质 stated only in the applicant's prose: the row when nothing else states it; beside the 汇总表's
        # when it names another kind, to be checked against it (h90: 「综合型」 in the 申报表's introduction, 「行业型」
        # in the 汇总表) — the same kind adds nothing (the 汇总表's 「行业型工业互联网平台（钢铁产业链）」 stays the row)
        stated = _stated_in_prose(row, declarations, package, catalog)
        kinds = {kind for r in readings if r.normalized is not None and (kind := platform_kind_word(r.raw))}
        if not any(r.normalized is not None for r in readings) \
                or (stated and kinds and platform_kind_word(str(stated[0].value)) not in kinds):
            readings += stated
    if "review_site_address" in row.source_fields:
        readings = [_whole_address(r) for r in readings]
    # 「详见附件2」 in the 申报表: its stamped scan is the same answer, however OCR misreads it (「详见刚件2」)
    referred = any(r.source == "申报表" and is_reference(r.raw) for r in readings)
    # 「/」, 「—」, 「不适用」 typed in the 申报表: the applicant's answer, not a blank for the scan to fill
    # (its OCR reads 「/」 as 「1」: h36)
    marked = next((r for r in readings if r.source == "申报表" and _MARKED_EMPTY.fullmatch(r.raw.strip())), None)
    present = [r for r in readings if r.normalized is not None
               and not ((referred or marked is not None) and r.source == "申报表扫描件")]
    if not present:
        note = why_missing or row.note or ("申报材料中未填写" if readings else "申报材料中未找到")
        note = f"申报表填写为“{marked.raw.strip()}”" if marked is not None and not why_missing else note
        return PrefillRow(order=row.order, label=row.label, value="", status="missing", note=note,
                          readings=tuple(readings))
    first = present[0]
    # a stamped scan printed the answer a letter corrected since: what it prints is the answer before
    disagree = [r for r in present[1:] if not _same(r.normalized, first.normalized, row.value_type)
                and not (first.note.startswith(CORRECTED) and r.source == "申报表扫描件")]
    notes = [first.note] if first.note else []
    notes += [f"{r.source}（{r.file}）填写为 {r.value}" for r in disagree]
    return PrefillRow(
        order=row.order,
        label=row.label,
        value=first.value,
        normalized=first.normalized,
        status="ambiguous" if disagree else "found",
        citations=first.citations,
        note="；".join(notes),
        readings=tuple(readings),
    )


_PERSONS = {"enterprise_contact", "contact_primary_name"}  # a name, written with a title after it at times
_NAMES = {"enterprise_name", "platform_name"}  # 「上海外高桥造船有限公司（Shanghai Waigaoqiao Shipbuilding Co., Ltd.）」
_ENGLISH_NAME = re.compile(r"\s*[（(][A-Za-z][A-Za-z0-9 .,&'’\-]*[）)]\s*$")


def _form_readings(row: SummaryRow, declarations: Declarations, catalog: Catalog) -> list[SourceReading]:
    readings: list[SourceReading] = []
    if not row.source_fields:
        return readings
    if row.value_type == "revenue_history":
        return _revenue_readings(row, declarations)
    main, *extra = row.source_fields
    if row.value_type in ("checkbox_choice", "multi_choice"):
        groups = [[main]]
    else:  # 联系人: the 申报表's own 联系人 first, then 附件1's, both kept so that a difference shows
        groups = sorted([[main], *([f] for f in extra)], key=lambda g: catalog.field(g[0]).form != "附件2")
    for fields in groups:
        field_id = fields[0]
        spec = catalog.field(field_id)
        for source, declared in declarations.field_readings(field_id):
            detail = ""
            if row.value_type in ("checkbox_choice", "multi_choice") and extra:
                sub = next((v for s, v in declarations.field_readings(extra[0]) if s == source and v.file == declared.file), None)
                detail = sub.raw if sub is not None else ""
            # 附件4 prints 平台网址 as plain text; the 申报表 field carries the login too (masked).
            value_type = spec.value_type if spec.value_type == "url_credentials" else row.value_type
            raw = declared.raw
            if field_id in _PERSONS:  # 「何晓雯（平台管理部高级经理）」: the person, the title aside
                raw = re.sub(r"\s*[（(][^（）()]*[）)]\s*$", "", raw) or raw
            elif field_id in _NAMES:  # the English name in a bracket after the Chinese one: the same name
                raw = _ENGLISH_NAME.sub("", raw) or raw
            typed = interpret(value_type, row.unit, raw, spec.options, detail)
            readings.append(_reading(source, declared, typed))
    return readings


def _revenue_readings(row: SummaryRow, declarations: Declarations) -> list[SourceReading]:
    by_source: dict[tuple[str, str], list[DeclaredValue]] = {}
    for field_id in row.source_fields:
        for source, declared in declarations.field_readings(field_id):
            by_source.setdefault((source, declared.file), []).append(declared)
    readings = []
    for (source, file), values in by_source.items():
        years = {}
        for v in values:
            year = v.field_id.rsplit("_", 1)[-1]
            years.setdefault(year, ["", ""])[1 if "growth" in v.field_id else 0] = v.raw
        text = "\n".join(f"{y}年平台营收{rev}万元/增长率{growth}%" for y, (rev, growth) in sorted(years.items()))
        typed = interpret("revenue_history", None, text)
        if typed.normalized == {}:
            typed = TypedValue(display="", normalized=None)
        citations = tuple(c for v in values[:1] for c in v.citations)
        readings.append(SourceReading(source=source, file=file, raw=text, value=typed.display,
                                      normalized=typed.normalized, citations=citations))
    return readings


def _summary_readings(row: SummaryRow, declarations: Declarations) -> list[SourceReading]:
    readings = []
    for source, _file, values in declarations.forms:
        for declared in values:
            if declared.field_id is None and declared.summary_label == row.label:
                readings.append(_reading(source, declared, interpret(row.value_type, row.unit, declared.raw)))
    for file, values in declarations.summary_tables:
        for declared in values:
            if declared.summary_label == row.label:
                typed = interpret(row.value_type, row.unit, declared.raw)
                readings.append(_reading("汇总表", declared, typed))
    return readings


# --- 序号: the platform's row of 附件6 ----------------------------------------------------------

class ListMatch(BaseModel):
    """The 附件6 row of this package, and how it was found (said in the 序号 row)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    platform: Platform | None
    how: str  # 按平台名称 / 按平台名称和单位名称 / 按原名称 / 按单位名称 / "" (not found)
    note: str  # in Chinese, for the row
    reading: SourceReading | None = None


_CLOSE_NAME = 0.9  # difflib ratio of two platform names taken for one when only one list row is that close
_CLOSE_UNIT = 0.85  # the same for the distinctive part of two company names
# Words every company name has: compared without them, 上海塑米信息科技有限公司 and 上海致景信息科技
# 有限公司 are far apart, 上海电气数字科技有限公司 and 上海电气集团数字科技有限公司 close.
_GENERIC_UNIT_WORDS = re.compile(r"上海|中国|[(（]?集团[)）]?|股份|有限|责任|公司|科技|信息|技术|智能|数字|工程|系统|研究|设计|院|所")


def _ratio(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, a, b).ratio()


def _distinctive(unit: str) -> str:
    return _GENERIC_UNIT_WORDS.sub("", name_key(unit))


def _declared_names(declarations: Declarations) -> list[DeclaredValue]:
    found = [v for field_id in ("platform_name", "cover_platform_name") for _s, v in declarations.field_readings(field_id)]
    found += [v for _file, values in declarations.summary_tables for v in values if v.summary_label == "平台名称"]
    return [v for v in found if v.raw.strip()]


def _declared_units(declarations: Declarations) -> list[DeclaredValue]:
    found = [v for field_id in ("enterprise_name", "applicant", "contact_primary_unit", "contact_backup_unit")
             for _s, v in declarations.field_readings(field_id)]
    found += [v for _file, values in declarations.summary_tables for v in values if v.summary_label == "企业名称"]
    return [v for v in found if v.raw.strip()]


def _name_candidates(raw: str) -> list[tuple[str, str]]:
    """(name, how it is matched): the current name, then the 原名称 of a renamed platform."""
    renamed = split_platform_name(raw)
    if renamed is not None:
        return [(renamed[0], "按平台名称"), (renamed[1], "按原名称")]
    return [(raw, "按平台名称")]


def match_platform_list(declarations: Declarations, catalog: Catalog) -> ListMatch:
    """附件6's row for this package: by the declared platform name (the current one, then the
    原名称 of a renamed platform), the company deciding between rows that share a name; by the
    company (单位名称 / 申报单位 / 企业名称) when no declared name is on the list."""
    names, units = _declared_names(declarations), _declared_units(declarations)
    unit_keys = {name_key(u.raw) for u in units}
    by_unit = [p for p in catalog.platforms if name_key(p.unit_name) in unit_keys]
    candidates = [(name, how, declared) for declared in names for name, how in _name_candidates(declared.raw)]
    candidates.sort(key=lambda c: c[1] == "按原名称")  # every current name before any former one
    ambiguous: list[Platform] = []
    for name, how, declared in candidates:
        rows = [p for p in catalog.platforms if name_key(p.name) == name_key(name)]
        if len(rows) > 1:
            # 附件6 序号2 and 序号14 share a name: the company decides.
            chosen = [p for p in rows if p in by_unit]
            if len(chosen) != 1:
                ambiguous = ambiguous or rows
                continue
            return _list_match(chosen[0], how + "和单位名称", declared, name)
        if rows:
            return _list_match(rows[0], how, declared, name)
    if len(by_unit) == 1 and not ambiguous:
        unit = next(u for u in units if name_key(u.raw) == name_key(by_unit[0].unit_name))
        return _list_match(by_unit[0], "按单位名称", unit, unit.raw)
    if not ambiguous:
        # Written a little differently ("面向电力能源行业的…" for "面向电力能源行业应用的…", a
        # company name without 集团): the one list row close to a declared name or company.
        for declared in names:
            name = _name_candidates(declared.raw)[0][0]
            close = [p for p in catalog.platforms if _ratio(name_key(name), name_key(p.name)) >= _CLOSE_NAME]
            if len(close) == 1:
                return _list_match(close[0], "按平台名称（近似）", declared, name)
        for declared in units:
            mine = _distinctive(declared.raw)
            close = [p for p in catalog.platforms
                     if len(mine) >= 2 and _ratio(mine, _distinctive(p.unit_name)) >= _CLOSE_UNIT]
            if len(close) == 1:
                return _list_match(close[0], "按单位名称（近似）", declared, declared.raw)
    if ambiguous:
        numbers = "、".join(f"序号{p.number}（{p.unit_name}）" for p in ambiguous)
        return ListMatch(platform=None, how="",
                         note=f"平台名称对应附件6中的多个平台：{numbers}，申报单位名称未能区分，请人工确认序号")
    if not names and not units:
        return ListMatch(platform=None, how="", note="申报材料中未找到平台名称和单位名称，无法对应附件6序号")
    return ListMatch(platform=None, how="", note="平台名称与单位名称均未在附件6名单中找到，无法确定序号")


def _list_match(platform: Platform, how: str, declared: DeclaredValue, matched: str) -> ListMatch:
    note = f"{how}匹配附件6：序号{platform.number} {platform.name}（{platform.unit_name}）"
    citations = tuple(c.model_copy(update={"locator": f"{c.locator}（{how}匹配附件6）".strip()})
                      for c in declared.citations)
    reading = SourceReading(source="附件6", file=declared.file, raw=matched, value=str(platform.number),
                            normalized=platform.number, citations=citations, note=note)
    return ListMatch(platform=platform, how=how, note=note, reading=reading)


# --- 平台性质 stated in prose -----------------------------------------------------------------------

def _explicit(readings: list[SourceReading]) -> bool:
    """A reading of 平台性质 from a form that states it as such (「平台性质：…」), not from the 汇总表."""
    return any(r.normalized is not None and r.source != "汇总表" for r in readings)


_PROSE_FIELDS = ("platform_intro", "strategic_positioning", "platform_outcomes")
_PROSE_SECTIONS = ("二", "一")  # the 申报书's platform introduction, then the applicant's


def _stated_in_prose(row: SummaryRow, declarations: Declarations, package: Package, catalog: Catalog) -> list[SourceReading]:
    """平台性质 as the applicant's own words state it: the 申报表's 平台基本情况介绍 (or 战略定位),
    else the 申报书's sections 二 and 一; cited on the sentence that says it."""
    documents = {m.path: m.document for m in package.files}
    for field_id in _PROSE_FIELDS:
        for source, declared in declarations.field_readings(field_id):
            stated = platform_kind_in(declared.raw)
            if stated is None:
                continue
            value, quote = stated
            citations = _cite_in(documents.get(declared.file), quote) or declared.citations
            return [SourceReading(source=source, file=declared.file, raw=quote, value=value, normalized=value,
                                  citations=citations, note=f"由申报表“{catalog.field(field_id).label}”中的表述读出")]
    proposal = package_proposal(package, catalog)
    if proposal is None:
        return []
    for number in _PROSE_SECTIONS:
        section = proposal.section(number)
        for paragraph in section.body if section is not None else ():
            stated = platform_kind_in(paragraph.text)
            if stated is None:
                continue
            value, quote = stated
            citations = _cite_in(documents.get(proposal.file), quote) or (paragraph.citation,)
            return [SourceReading(source="申报书", file=proposal.file, raw=quote, value=value, normalized=value,
                                  citations=citations, note=f"由申报书“{section.title}”中的表述读出")]
    return []


def _cite_in(document, quote: str) -> tuple[Citation, ...]:
    if document is None:
        return ()
    for page in document.pages:
        if quote in page.text or label_key(quote) in label_key(page.text):
            citation = cite_text(document, page, quote)
            if citation is not None:
                return (citation,)
    return ()


def _whole_address(reading: SourceReading) -> SourceReading:
    if not isinstance(reading.normalized, str):
        return reading
    whole = address_as_reviewed(reading.normalized)
    return reading if whole == reading.normalized else reading.model_copy(update={"value": whole, "normalized": whole})


def _months(period) -> tuple:
    end = None if period.ongoing or period.end is None else (period.end.year, period.end.month)
    return (period.start.year, period.start.month), end


def _reading(source: str, declared: DeclaredValue, typed: TypedValue) -> SourceReading:
    note = f"{CORRECTED}《{declared.citations[0].file}》：{declared.corrected}" if declared.corrected else ""
    return SourceReading(source=source, file=declared.file, raw=declared.raw, value=typed.display,
                         normalized=typed.normalized, citations=declared.citations, doubts=declared.doubts, note=note)


def _same(a, b, value_type: str = "") -> bool:
    agree = answers_agree(value_type, a, b)
    if agree is not None:
        return agree
    if value_type == "date_range" and isinstance(a, str) and isinstance(b, str):
        # 附件4 asks YYYY.MM.DD-YYYY.MM.DD where 附件2 prints 年 月至 年 月: the same months agree.
        ra, rb = parse_date_range(a), parse_date_range(b)
        if ra is not None and rb is not None:
            return _months(ra) == _months(rb)
    if isinstance(a, float) or isinstance(b, float):
        try:
            return abs(float(a) - float(b)) < 0.005
        except (TypeError, ValueError):
            return False
    if isinstance(a, str) and isinstance(b, str):
        # the judgement of the 汇总表 check (summary_vs_form.row): a row it passes is not ambiguous
        return label_key(a) == label_key(b) or same_answer_text(a, b)
    return a == b
