"""The evidence chain: what the 证明材料 of a package say, as `EvidenceValue`s with citations.

One interface, `EvidenceExtractor.extract(review) -> list[EvidenceValue]`, two implementations:
`OfflineExtractor` (the default: rules, no model, deterministic) and the LLM extractor of
`assistant.llm.evidence` (opt-in through settings); `assistant.app.review_run.extractor_for`
picks one, so the offline path never loads LangChain's chat models.

The offline extractor reads only what it can read without guessing (everything else: nothing):
- financial statements of audit reports / 财务报表 (`evidence.financial`), the company's figures
  stated in sentences where no statement gives them (`evidence.company_sentences`), and the platform part
  of a report or a note (专项说明, 平台业务收入明细, a 平台 sentence: `evidence.platform`);
- lists of 专利/软著, 奖项 and devices (`evidence.lists`);
- a console list page's pager total (「设备管理/设备台账 … 共4,126条」: `evidence.console_lists`);
- captioned figures on screenshots, OCR pages included (`evidence.figures`), and figures stated
  in the sentences of a letter of proof (`evidence.prose`);
- statistics by month closed by yearly totals (「2023年合计」, 「近12个月合计」: `evidence.period_totals`);
- an operations report's KPI table, periods across and an aggregate column (`evidence.kpi_table`);
- a system's export by period, periods down: a count's latest value (`evidence.series`);
- users' letters stating one case's change of 运维成本/能耗/安全生产时间 (`evidence.case_rates`);
- a platform's construction investment table closed by its 合计 (`evidence.build_amount`);
- a contract ledger's column of revenue recognised in 2023, closed by 合计 (`evidence.contracts`);
- a model library's or service registry's export with a week's calls (`evidence.model_lists`);
- a team's and a cloud's summary tables closed by 合计/小计 rows (`evidence.column_totals`);
- tables of the notice's indicators in a 情况说明 (「指标 | 数值 | 口径」: `evidence.indicator_table`).
A report that a re-issued one says it replaces keeps its figures, doubted (`evidence.superseded`).
A 申报书 is read from its first 「附件N …」 chapter (or 「附件汇编」) on, chapter by chapter
(`annex_chapters`): proofs bound into it. Files
are chosen by role, and by content where a classifier could not tell (a device list filed
as "其他", a list scanned as a "screenshot"): statements need a statement title, lists a 序号
header, figures a caption that names an indicator on a screenshot or a pictured page of any
proof. A file whose reading fails costs its own evidence only.

Must not: judge the values against the form (the checks do) or read files (the package did).
"""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from assistant.core.evidence import EvidenceValue
from assistant.evidence.build_amount import read_build_amount, read_rd_ledger
from assistant.evidence.case_rates import read_case_rates, read_case_tables
from assistant.evidence.category_tables import read_category_tables
from assistant.evidence.certificate_files import (
    read_certificate_files,
    read_stated_certificates,
)
from assistant.evidence.chart_counts import read_chart_counts
from assistant.evidence.cloud_scope import public_cloud_scope
from assistant.evidence.cloud_servers import read_cloud_servers
from assistant.evidence.column_totals import read_column_totals
from assistant.evidence.company_sentences import read_company_sentences
from assistant.evidence.console_lists import read_console_totals
from assistant.evidence.contracts import read_contract_ledgers
from assistant.evidence.corroborate import corroborate
from assistant.evidence.device_register import read_device_register
from assistant.evidence.english_years import read_english_years
from assistant.evidence.exported_by import exported_by
from assistant.evidence.figures import (
    read_display_figures,
    read_figures,
    read_stated_cells,
)
from assistant.evidence.financial import read_statements
from assistant.evidence.indicator_table import read_indicator_tables
from assistant.evidence.insured_staff import read_company_staff, read_insured_staff
from assistant.evidence.kpi_table import read_kpi_tables
from assistant.evidence.list_notes import read_list_notes, read_note_sheets
from assistant.evidence.listing import read_listing
from assistant.evidence.lists import read_lists, scan_lists
from assistant.evidence.model_lists import read_model_lists
from assistant.evidence.monthly_average import read_monthly_average
from assistant.evidence.open_data import read_open_data
from assistant.evidence.order_periods import read_order_periods
from assistant.evidence.period_totals import read_period_totals
from assistant.evidence.platform import read_platform_figures
from assistant.evidence.prose import read_prose_figures
from assistant.evidence.rate_rows import read_rate_rows
from assistant.evidence.report_lines import read_report_lines
from assistant.evidence.sales_ledgers import read_sales_ledgers
from assistant.evidence.security_proofs import read_security_proofs
from assistant.evidence.segment_lines import read_segment_lines
from assistant.evidence.series import read_series
from assistant.evidence.share_inputs import read_share_inputs
from assistant.evidence.snapshot_tables import read_scope_tables, read_snapshot_tables
from assistant.evidence.social_contribution import read_social_contribution
from assistant.evidence.social_insurance import read_insured_series
from assistant.evidence.standards import read_standards
from assistant.evidence.stated_rates import read_stated_rates
from assistant.evidence.superseded import drafts, mark_superseded, superseded_documents
from assistant.evidence.tax_returns import read_tax_certificates, read_tax_returns
from assistant.evidence.transaction_scale import read_transaction_scale
from assistant.evidence.utilization_inputs import utilization_inputs
from assistant.evidence.visible import cut_pages, visible
from assistant.package.binder import CONTINUED
from assistant.package.model import FileRole
from extractors.model import Document

if TYPE_CHECKING:
    from assistant.review.model import Review

log = logging.getLogger(__name__)

_STATEMENT_ROLES = {FileRole.audit_report, FileRole.financial_statement, FileRole.other_evidence}
# Every proof may hold a list (a scanned list filed as a screenshot, a certificate list inside a
# test report); the list reader finds nothing where there is no 序号 list, so it reads them all.
_EVIDENCE_ROLES = {FileRole.audit_report, FileRole.financial_statement, FileRole.device_list, FileRole.screenshot,
                   FileRole.certificate_list, FileRole.award_list, FileRole.business_license, FileRole.test_report,
                   FileRole.policy_document, FileRole.other_evidence}

# Proofs that may state figures in sentences (a 运营数据证明 letter, the note under a device
# list); certificate lists, screenshots and plans (制度/规划: targets) are read otherwise or not.
_PROSE_ROLES = {FileRole.audit_report, FileRole.financial_statement, FileRole.test_report, FileRole.other_evidence,
                FileRole.device_list}


_LETTER = re.compile(r"兹证明|特此证明|证明如下|说明如下|特此说明|情况说明|数据真实|如有不实")


def platform_names(review: Review) -> tuple[str, ...]:
    """The names the applicant gives its platform (申报表 平台名称, the cover's), each without a
    「（原名称：…）」 note: what picks its rows out of a table of several platforms."""
    names = []
    for field_id in ("platform_name", "cover_platform_name"):
        declared = review.declared(field_id)
        if declared is not None and declared.raw.strip():
            names += [n for n in re.split(r"[（(]\s*(?:原名称|现名称|曾用名)[:：]?|[)）；;]", declared.raw) if n.strip()]
    return tuple(dict.fromkeys(n.strip() for n in names))


def _is_letter(document: Document) -> bool:
    """A letter of proof filed as a picture (image-only pages) or as a certificate list (a 专利情况说明):
    it states its figures in sentences, which the screenshot and list readers do not read."""
    return any(_LETTER.search(page.text) for page in document.pages[:3])


def _pictures(document) -> Document | None:
    """The pages of a proof that show pictures (scanned or OCR'd pages, screenshots pasted on a
    text page): where dashboard figures may be; None when it has none."""
    pages = tuple(p for p in document.pages if p.source == "ocr" or any(b.kind == "ocr_line" for b in p.blocks)
                  or _printed_web_page(p))
    return document.model_copy(update={"pages": pages}) if pages else None


def _fraction_of_a_count(value: EvidenceValue, review: Review) -> bool:
    """A figure with a fraction read for an indicator counted in whole enterprises, apps or items."""
    unit = review.catalog.field(value.field_id).unit
    return unit in ("个", "家", "项", "人") and value.normalized is not None and float(value.normalized) % 1 != 0


def _pasted_pictures(document: Document) -> Document | None:
    """The pictures pasted into a 申报书's own chapters (its 附件 chapters are read as proofs): each
    page with the OCR lines of its pictures and nothing of its prose — a dashboard's tiles are
    figures, the sentences around them are the applicant's words (`rules_narrative`'s)."""
    annexes = {p.number for p in (annex_pages(document) or document.model_copy(update={"pages": ()})).pages}
    pages = []
    for page in document.pages:
        lines = tuple(b for b in page.blocks if b.kind == "ocr_line")
        if page.source != "ocr" and page.number not in annexes and len(lines) >= 3:
            pages.append(page.model_copy(update={"blocks": lines}))
    return document.model_copy(update={"pages": tuple(pages)}) if pages else None


# A browser's print of a web page: its header and footer carry the URL and the moment
# (「2024/7/8 10:35 微服务管理 - …」, 「https://…/admin/…?page=1 1/1」): a screenshot in text.
_URL_LINE = re.compile(r"^https?://\S+(?:\s+\d+\s*/\s*\d+)?$")
_PRINT_MOMENT = re.compile(r"^20\d\d[/-]\d{1,2}[/-]\d{1,2}\s+\d{1,2}:\d{2}\b")


_PRINTED_DOUBT = "存疑：浏览器打印的后台页面上的数字，页面所示口径未经核实"
_PRINTED_CONFIDENCE = 0.75  # a dashboard's tile: what it counts is its caption's word, as a screenshot's


def _doubt_printed(values: list[EvidenceValue], document: Document) -> list[EvidenceValue]:
    """Figures of a printed web page weigh as a screenshot's do: a difference is a doubt, not an error."""
    printed = {p.number for p in document.pages if _printed_web_page(p)}
    return [v.model_copy(update={"confidence": min(v.confidence, _PRINTED_CONFIDENCE),
                                 "reasons": (*v.reasons, _PRINTED_DOUBT)})
            if v.citations and v.citations[0].page in printed else v for v in values]


def _printed_web_page(page) -> bool:
    lines = [b.text.strip() for b in page.blocks if b.text.strip()]
    edges = lines[:3] + lines[-3:]
    return any(_URL_LINE.match(t) for t in edges) and any(_PRINT_MOMENT.match(t) for t in edges)


# A 申报书 page that opens an annex chapter: 「附件1 平台业务财务专项说明」, 「附件3-2：…」 — not the
# chapter that lists them (「六、附件及其他说明材料」) nor a line of the table of contents.
_ANNEX_HEADING = re.compile(r"^附件\s*[0-9一二三四五六七八九十]+(?:\s*[-－—.]\s*\d+)?\s*[:：、.．]?\s*\S")


# A page opening the volume of copies bound at the end: 「附件汇编（佐证材料复印件）」.
_ANNEX_VOLUME = re.compile(r"^(?:附件汇编|(?:佐证|证明)材料(?:复印件|汇编|附后))")
_PAGE_NUMBER = re.compile(r"^(?:第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?|[-—]?\s*\d{1,3}\s*[-—]?|\d+\s*/\s*\d+)$")


def annex_pages(document: Document, running: set[str] | None = None) -> Document | None:
    """The 申报书's own 附件 chapters — from the first page that opens with 「附件N …」 or 「附件汇编」 to
    the end — as a document of proofs (the notice lets 证明材料 come inside the 申报书, 附件3 六); None
    when it has none. A page is judged by its first line below the running header (a line that
    heads most pages, the company and title) and the page number. Pages keep their physical
    numbers, so citations point into the 申报书 itself."""
    running = _running_lines(document) if running is None else running
    pages = []
    for page in document.pages:
        first = _opening_line(page, running)
        opens = (_ANNEX_HEADING.match(first) or _ANNEX_VOLUME.match(first)) \
            and not re.search(r"附件及|目\s*录|\.{4,}|…{2,}", first)
        if not pages and not opens:
            continue
        pages.append(page)
    return document.model_copy(update={"pages": tuple(pages)}) if pages else None


def annex_chapters(document: Document) -> list[Document]:
    """`annex_pages` cut where each 「附件N …」 chapter begins: each chapter is a proof of its own (its
    title — 「…（节选）」, 「…（复印件）」 — says nothing of the next one's lists)."""
    running = _running_lines(document)
    annexes = annex_pages(document, running)
    if annexes is None:
        return []
    chapters: list[list] = []
    for page in annexes.pages:
        if not chapters or _ANNEX_HEADING.match(_opening_line(page, running)):
            chapters.append([])
        chapters[-1].append(page)
    return [document.model_copy(update={"pages": tuple(pages)}) for pages in chapters]


def _opening_line(page, running: set[str]) -> str:
    """A page's first line below its running header and page number (within its first four)."""
    lines = [line.strip() for line in page.text.splitlines() if line.strip()]
    return next((line for line in lines[:4] if re.sub(r"\d+", "#", line) not in running
                 and not _PAGE_NUMBER.match(line)), "")


def _running_lines(document: Document) -> set[str]:
    """Lines heading at least half of a document's pages (3 or more), digits as #: its running header."""
    counts: dict[str, int] = {}
    for page in document.pages:
        for line in [x.strip() for x in page.text.splitlines() if x.strip()][:2]:
            key = re.sub(r"\d+", "#", line)
            counts[key] = counts.get(key, 0) + 1
    if len(document.pages) < 3:
        return set()
    return {key for key, n in counts.items() if n >= max(3, len(document.pages) // 2)}


_COPY_FOLDER = re.compile(r"备份|副本|backup|copy|旧版|old", re.IGNORECASE)
_COPY_NAME = re.compile(r"[(（]\d{1,2}[)）]\.[A-Za-z0-9]+$")  # a download saved again: 「…清单(1).pdf」


def _one_of_each(package) -> tuple[list, dict[str, list[str]]]:
    """The package's files, a file held twice (the same bytes, a copy in 「备份/」, a download saved
    again as 「…(1).pdf」) read once: the one outside a backup folder and not named as a copy, else
    the first (`assistant.checks.copies` reports the copies); and each such file's copies by path."""
    kept: set[int] = set()
    copies: dict[str, list[str]] = {}
    for group in package.by_content().values():
        original = next((m for m in group if not _COPY_FOLDER.search(m.path) and not _COPY_NAME.search(m.path)),
                        next((m for m in group if not _COPY_FOLDER.search(m.path)), group[0]))
        kept.add(id(original))
        if len(group) > 1:
            copies[original.path] = [m.path for m in group if m is not original]
    return [part for m in package.files if id(m) in kept for part in (m.parts or (m,))], copies  # a binder: its parts


def _cite_copies(values: list[EvidenceValue], copies: dict[str, list[str]]) -> list[EvidenceValue]:
    """A proof's figure is on the same page of each copy of its file: cited there too, after."""
    if not copies:
        return values
    out = []
    for value in values:
        more = tuple(c.model_copy(update={"file": path}) for c in value.citations[:1] for path in copies.get(c.file, ()))
        out.append(value.model_copy(update={"citations": value.citations + more}) if more else value)
    return out


def _partial_list(values: list[EvidenceValue], continued: str | None, cut: set) -> list[EvidenceValue]:
    """A list that runs on into the binder's next volume (`package.binder.link_volumes`), or past the
    foot of the page a viewer shows (`visible.cut_pages`): the rows counted are not surely all of it,
    so their count is doubted (a stated total, where the next volume prints it, is read there)."""
    out = []
    for v in values:
        page = v.citations[0].page if v.citations else None
        doubts = [d for d, applies in ((f"存疑：清单未完，{continued}，本册所列行数不是清单全部", continued),
                                       ("存疑：该页另有表格行画在页面可见区域之外，计数仅含可见的行", page in cut)) if applies]
        out.append(v.model_copy(update={"confidence": min(v.confidence, 0.6), "reasons": (*v.reasons, *doubts)})
                   if v.method == "list_count" and doubts else v)
    return out


@runtime_checkable
class EvidenceExtractor(Protocol):
    name: str

    def extract(self, review: Review) -> list[EvidenceValue]: ...


class OfflineExtractor:
    """Rule-based evidence extraction: statements, lists and screenshot figures."""

    name = "offline"

    def extract(self, review: Review) -> list[EvidenceValue]:
        values: list[EvidenceValue] = []
        documents: dict[str, Document] = {}  # as read, by path: the corroborating citations' pages
        members, copies = _one_of_each(review.package)
        for member in members:
            document = visible(member.document)  # what no reader of the file sees proves nothing
            cut = cut_pages(member.document, document)
            if document.failed or not document.pages:
                continue
            # a binder's parts are one file: its pages as read, all of them, for the corroborating citations
            held = documents.get(member.path)
            documents[member.path] = document if held is None else held.model_copy(
                update={"pages": tuple(sorted((*held.pages, *document.pages), key=lambda p: p.number or 0))})
            role = member.role
            continued = next((r for r in member.classification.reasons if r.startswith(CONTINUED)), None)
            # a 申报书 carrying its proofs as 附件 chapters: each chapter read as a proof
            parts = [(d, FileRole.other_evidence) for d in annex_chapters(document)] if role is FileRole.proposal \
                else [(document, role)]
            if role is FileRole.proposal and (pictured := _pasted_pictures(document)) is not None:
                parts.append((pictured, FileRole.screenshot))  # screenshots pasted into its chapters (h74)
            for part, part_role in parts:
                try:
                    values += _partial_list(self._read(part, part_role, review), continued, cut)
                except Exception:  # noqa: BLE001 - one unreadable proof must not cost the others
                    log.exception("evidence extraction failed for %s", member.path)
        values += read_certificate_files(list(documents.values()), values, review.catalog)  # certificates one by one
        # a report a re-issued one says it replaces: its figures stay, doubted
        replaced = superseded_documents([m.document for m in review.package.files if not m.document.failed])
        replaced = {**drafts([m for m in review.package.members() if m.role in _EVIDENCE_ROLES]), **replaced}
        values = corroborate(mark_superseded(values, replaced), documents)  # an amount printed twice: both pages
        return sort_evidence(_cite_copies(values, copies))

    @staticmethod
    def _read(document: Document, role: FileRole, review: Review) -> list[EvidenceValue]:
        values: list[EvidenceValue] = []
        names = platform_names(review)  # to pick the applicant's platform out of tables of several
        if role in _STATEMENT_ROLES:
            statements = read_statements(document, review.catalog) + read_tax_returns(document, review.catalog)
            stated = {(v.field_id, v.component) for v in statements if v.scope == "company"}
            values += statements + [v for v in read_company_sentences(document, review.catalog)
                                    if (v.field_id, v.component) not in stated]
            values += read_platform_figures(document, review.catalog, platform_names=names)
            values += read_report_lines(document, review.catalog)  # a listed group's line of its platform
            values += read_listing(document, review.catalog)  # a listed company's stock code
            values += read_segment_lines(document, review.catalog)  # an English segment note's platform column
            values += read_english_years(document, review.catalog)  # an English table of the platform's years
            values += read_rate_rows(document, review.catalog)  # a rate row of the platform's table by year
        if role in _EVIDENCE_ROLES:
            values += read_tax_certificates(document, review.catalog)  # a screenshot of the 电子税务局 too
            values += read_lists(document, review.catalog, names, scanned := scan_lists(document, review.catalog))
            values += read_stated_certificates(document, review.catalog)  # 「软著登记证书（共12份）」 in an index
            values += read_indicator_tables(document, review.catalog, names)
            values += read_snapshot_tables(document, review.catalog) + read_scope_tables(document, review.catalog)
            values += read_insured_staff(document, review.catalog) + read_company_staff(document, review.catalog, review.declared("enterprise_name"))
            values += read_period_totals(document, review.catalog)
            values += read_column_totals(document, review.catalog)
            values += read_kpi_tables(document, review.catalog)
            values += read_series(document, review.catalog)
            values += read_build_amount(document, review.catalog)
            values += read_rd_ledger(document, review.catalog)
            values += read_contract_ledgers(document, review.catalog)
            values += read_sales_ledgers(document, review.catalog)  # 不含税 subtotals of the platform, doubted
            values += read_model_lists(document, review.catalog)
            values += read_category_tables(document, review.catalog)
            values += read_social_contribution(document, review.catalog)
            values += read_cloud_servers(document, review.catalog)
            values += read_monthly_average(document, review.catalog)
            values += read_transaction_scale(document, review.catalog)
            values += read_device_register(document, review.catalog)
            values += read_insured_series(document, review.catalog)
            values += read_open_data(document, review.catalog)
            values += read_case_tables(document, review.catalog)
            values += read_list_notes(document, review.catalog, scanned.scan) + read_note_sheets(document, review.catalog)
            values += read_order_periods(document, review.catalog)
            values += read_security_proofs(document, review.catalog)
            values += read_stated_cells(document, review.catalog)  # a workbook's 「付费客户（去重）：418家」
            values += read_standards(document, review.catalog)  # standards' covers and their list
        if role in _PROSE_ROLES or (role in (FileRole.screenshot, FileRole.certificate_list) and _is_letter(document)):
            values += read_prose_figures(document, review.catalog, cells=role is FileRole.test_report)
            values += read_stated_rates(document, review.catalog)
            values += read_share_inputs(document, review.catalog)
            values += read_case_rates(document, review.catalog)
        elif role is FileRole.screenshot:  # a chart's or a console's note in sentences, a chart's bars
            values += read_platform_figures(document, review.catalog, charts_only=True)
            values += read_chart_counts(document, review.catalog)
            values += read_prose_figures(document, review.catalog, sentences_only=True)
            values += read_stated_rates(document, review.catalog, sentences_only=True)
        # Device statistics state their parts in a line under the table as well
        # (「其中海外设备合计：1,300台/套」), read as a captioned figure.
        if role in (FileRole.screenshot, FileRole.device_list):
            values += read_figures(document, review.catalog, devices=role is FileRole.device_list)
            values += read_console_totals(document, review.catalog)
        elif role in _EVIDENCE_ROLES:
            values += read_display_figures(document, review.catalog)  # a brochure's or an infographic's cards
            if (pictures := _pictures(document)) is not None:
                # a scanned report's table is no dashboard: 「其中：上海地区客户 | 654.31」 (万元) is no count (h75)
                values += [v for v in _doubt_printed(read_figures(pictures, review.catalog), pictures)
                           if not _fraction_of_a_count(v, review)]
                values += read_console_totals(pictures, review.catalog)
        values = public_cloud_scope(document, values, review.catalog)  # a 公有云 bill's servers and data
        values += utilization_inputs(document, values, review.catalog)  # a stated 利用率's two counts
        return exported_by(document, values)  # 「导出单位：…」 over an export: whose figures they are


def sort_evidence(values: list[EvidenceValue]) -> list[EvidenceValue]:
    """Deterministic order, duplicates (same field, component, value and place) dropped."""
    unique: dict[tuple, EvidenceValue] = {}
    for value in values:
        first = value.citations[0] if value.citations else None
        key = (value.field_id, value.component, value.value, first.file if first else "",
               first.page if first else None, first.span.start if first and first.span else -1)
        unique.setdefault(key, value)
    return [unique[k] for k in sorted(unique, key=lambda k: tuple("" if v is None else str(v) for v in k))]
