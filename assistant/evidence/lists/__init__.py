"""Lists and statistics tables among the 证明材料 → counts and breakdowns, each a typed fact.

What a list is, is read from what it contains — never from where it sits, what the file is called
or a closed list of captions:
- its header row: a 序号/编号 column and the words of one kind of list (专利号, 登记号/著作权,
  奖项/荣誉, 设备 + 数量), or, for a statistics table without 序号, a key column and numeric
  columns named by what they count (接入/连接数量, 其中公有云, 公有云平均日运行, 海外); a
  two-row header names each sub-column by its merged parent;
- the headings above it: 「一、专利清单（共24项）」 names the kind and prints the total; a
  sentence before it may say the count of each kind (「其中专利12项，软件著作权36项」). A table
  that continues onto the next page, under a repeated header or none, is the same list; a new
  heading, a header of another kind or a 序号 that starts again at 1 begins the next one;
- its 序号 sequence (12, (12), P01, S-010): an item counts when its 序号 is the next number, so wrapped names, page
  breaks and repeated headers do not change the count; a gap or a number out of sequence is a doubt; a
  certificate list printed without 序号 counts the rows whose number column holds a patent or
  registration number (ZL…, …SR…), and without a printed total that count is doubted;
- its rows: a 类别 cell or a number (ZL…, …SR…) says whether an item is a patent or a software
  registration, so a mixed list is split whatever its header suggests;
- the vocabulary of its keys: a table whose keys are 附录A categories is by 二级分类, 附录F
  regions (海外 among them, countries with them) by 省市区域, country names alone by 海外国家 —
  whatever its key column is called and wherever it stands;
- its printed totals: 共N项, a 合计 row or a line under the table, read column by column
  (「合计 21,304 9,870 6,112」 gives each number to the column above it, 「合计：接入数量
  21,304，其中：公有云 9,870」 by its labels), and to an indicator only when the column's
  header (or the heading, for a plain 数量: 「公有云设备清单」) names one; a table printed in 千台 or
  万台 (「单位：千台」 above it, 「接入数量（万台）」) has every count scaled to 台 (`devices`).
Running heads and footers (the company's name on every page, 「第2页 共5页」) are set aside first.

Lists of APPs (an 应用市场 page, with or without 序号: `apps`) and of the enterprises served (a
服务企业名单 with its 合计 and 是否付费/企业规模/所在地区 columns: `enterprises`) give their counts the
same way: rows counted, checked against the count printed above or below.

Facts: per kind of certificate list (专利 → patents, 软件著作权 → software_copyrights, 奖项/荣誉
→ awards) the number of items; per device table and named column its total (the printed 合计,
else the sum of its rows where the rows are a numbered list or a known breakdown) and one
breakdown fact per key (dimension category / region / country). A list whose heading says it
shows a part (主要/典型/代表性/节选) gives `segment` facts; everything else is the platform's.
Every fact says how sure it is: `confidence ≥ 0.8` with no 「存疑」 reason only when two readings
agree (rows counted = 共N项/合计, rows summed = 合计) or a clean 1..N sequence in a ruled table
stands alone; OCR rows, unruled lists without a total, gaps, a kind known only from the file
name lower it, and readings that disagree — in the list or across tables of the file — make the
fact `ambiguous` with both numbers.

Must not: compare with the form (the checks do), or guess at rows it cannot number or at columns
it cannot name.

Modules, in the order a document passes through them: `across` (a table laid out across, turned),
`furniture` (running heads and footers),
`cells` (a row's cells, 序号 and counts), `headers` (header rows, their columns and measures),
`headings` (headings and the counts they print), `totals` (合计 rows, column by column), `scan`
(walking the rows into `blocks`), `items` (the kind of each certificate), `certificates`
(counts), `vocabulary` (the appendix a key belongs to), `devices` (totals and breakdowns),
`apps` and `enterprises` (counts of those lists), `ip_tables` (statistics of certificates by field),
`scope` (part or whole, as of when) and `confidence` (how sure, and readings that disagree).
"""

from __future__ import annotations

from dataclasses import dataclass

from assistant.catalog.notice import Catalog
from assistant.core.evidence import EvidenceFact
from assistant.evidence.lists.across import turned
from assistant.evidence.lists.apps import app_facts
from assistant.evidence.lists.certificates import CERTIFICATE_FIELDS, certificate_facts
from assistant.evidence.lists.confidence import cross_check
from assistant.evidence.lists.devices import device_facts
from assistant.evidence.lists.english_apps import english_app_exports
from assistant.evidence.lists.enterprises import enterprise_facts, enterprise_tables
from assistant.evidence.lists.enumerated import enumerated_facts, stated_facts
from assistant.evidence.lists.furniture import furniture_rows
from assistant.evidence.lists.ip_tables import certificate_tables
from assistant.evidence.lists.platforms import own_platform
from assistant.evidence.lists.scan import Scan
from assistant.evidence.lists.vocabulary import Vocabulary
from assistant.evidence.rows import Row, document_rows
from extractors.model import Document

__all__ = ["ScannedLists", "read_lists", "scan_lists"]


@dataclass(frozen=True)
class ScannedLists:
    """A document walked once: its rows (tables laid out across turned), which of them are running heads
    and footers, and the scan of the others into lists — for `read_lists` and the readers of the same lists'
    rows (`evidence.excluded_rows`)."""
    rows: list[Row]
    furniture: set[int]
    scan: Scan


def scan_lists(document: Document, catalog: Catalog) -> ScannedLists:
    rows = turned([row for row in document_rows(document) if row.text.strip()], Vocabulary(catalog))
    furniture = furniture_rows(rows)
    scan = Scan(document)
    for index, row in enumerate(rows):
        if index not in furniture:
            scan.feed(row)
    scan.close()
    return ScannedLists(rows, furniture, scan)


def read_lists(document: Document, catalog: Catalog, platform_names: tuple[str, ...] = (),
               scanned: ScannedLists | None = None) -> list[EvidenceFact]:
    """Every list and device statistics table of the document, as facts (see the module doc).
    `platform_names`: what the applicant calls its platform, to keep its rows of a table that lists
    several platforms (`platforms.own_platform`); `scanned`: the document's `scan_lists`, when the caller
    has it already."""
    vocabulary = Vocabulary(catalog)
    scanned = scanned or scan_lists(document, catalog)
    rows, furniture, scan = scanned.rows, scanned.furniture, scanned.scan
    facts = certificate_facts(scan, catalog) + app_facts(scan, catalog) + enterprise_facts(scan, catalog, platform_names)
    facts += enterprise_tables([r for i, r in enumerate(rows) if i not in furniture], catalog, vocabulary)
    facts += certificate_tables([r for i, r in enumerate(rows) if i not in furniture], catalog)
    facts += english_app_exports(rows, catalog)  # 「app_name, deploy_mode, dev_type」: a back office's English export
    read = {kind for kind, field_id in CERTIFICATE_FIELDS.items() if any(f.field_id == field_id for f in facts)}
    facts += enumerated_facts(rows, catalog, read)  # 「荣誉清单（共3项）」 then 「1.…」 「2.…」: no table
    facts += stated_facts(rows, catalog, read)  # 「…计算机软件著作权88项」 said in a sentence, no list of it
    for block in scan.blocks:
        own, why = own_platform(block, platform_names)
        if own is not None:
            read = device_facts(own, scan, vocabulary, catalog)
            facts += [f.model_copy(update={"reasons": (*f.reasons, why)}) for f in read] if why else read
    return cross_check(facts)
