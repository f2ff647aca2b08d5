"""narrative_vs_form: a number the 申报书's prose restates (营业收入, 设备连接数, 注册企业, 工业APP, 专利,
研发投入 …) against the 申报表.

The rule is deliberately narrow: an indicator's keyword and a quantity in one clause, the keyword
right before the quantity, a unit of the indicator's family, no other year than 2023/2024 and no
span of years (常年, 年均, 近三年), nothing about a customer, a benchmark platform or a plan; only
sections 一–三 and 七 (五 is about customers, 四 about plans; tables hold benchmark figures; in 七,
which compares with last year's evaluation, a clause about last year's declaration or a change is
left alone; 「由1,208家增至1,482家」 states the later figure). A number about a part is not the
indicator: words that narrow the keyword to a part of it (核心软件国产化率, 其中公有云设备, 海外, 本市, a region, a customer, a product) or attach the
number to something named between keyword and number (服务企业主要分布在上海（1,204家）) leave the
clause alone. Firms of a trade (「累计服务工业企业3,200余家」, 「服务航运、港口及物流企业超过3,000家」) are the
whole or a part of those served: the form's count is at least as many. A qualified number keeps its meaning: "约3.2万台" agrees with 32,000 within the
precision written (a whole step of 0.1万, or 1%), "超过5万" means more than 50,000.

Severity: prose is never unambiguous. Even an exact figure under the indicator's own words may be
counted at another date (截至2024年6月 vs 截至填表日) or over another scope than the 申报表 cell,
and the notice does not bind the 申报书's wording to the form's 口径; so a narrative difference is
at most a warning that says so (the severity policy's doubt). A table row of the 申报书 under the
form's own label with its unit (「注册企业用户数（个） | 5,216」, a consultant's 指标一览), its number alone
in the row, is no prose: it restates the form cell, and an exact difference is an error.

Must not: read files or parse form answers (the review has them).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from decimal import Decimal

from assistant.catalog.notice import load_catalog
from assistant.catalog.regions import AREA_NAMES, region_names
from assistant.checks import rule
from assistant.checks.comparison_rows import this_year_rows
from assistant.checks.narrative_claims import CLAIMS, DEVICE_KINDS, Claim
from assistant.core.citations import Citation
from assistant.core.findings import Finding
from assistant.core.text_keys import fold
from assistant.forms.proposal import package_proposal
from assistant.review.model import Review
from assistant.values.numbers import (
    WRITTEN_DIGITS,
    Quantity,
    find_quantities,
    format_decimal,
    to_wan,
    written_value,
)
from extractors.model import Span

_COMPANY_FIELDS = {"main_business_revenue"}
_NARRATIVE_SECTIONS = ("一", "二", "三", "六", "七")
# 六 lists the proofs and binds some of them: its figures are the proofs', except a sentence the applicant
# writes of the platform itself (「综上，截至2024年6月，平台累计实际服务…企业1,862家」, h46): there a clause
# that opens with the platform is read, nothing else.
_PROOFS_SECTION = "六"
# 七 compares with last year's evaluation: its clauses about last year's declaration are no restatement
# of this year's form (「较上年申报的1,086家」, 「2023年参评时」); its clauses of this year's figures are (h40).
_LAST_YEARS = re.compile(r"20(?:22|23)\s*年(?:度)?(?:申报|参评|评价)|申报值|上次|首次|参评时|当时|原|增长|增加|提升|下降|减少")
# 「实际服务企业由1,208家增至1,482家」, 「从7,215台（套）增长到8,642台（套）」: the figure after 至/到 is
# the one now, the one after 由/从 the one before: read as 「实际服务企业达1,482家」.
_FROM_TO = re.compile(
    r"(?:由|从)[^\d，,。；;至到]{0,6}?\s*(?:约|近|逾|超过)?\s*[\d,，.]+\s*(?:万|亿)?\s*[^\d，,。；;至到]{0,6}?\s*"
    r"(?:增长|增加|提升|提高|上升|扩大|下降|减少|降低|增|升|降|减)?(?:至|到)")
_CLAUSE = re.compile(r"[。；;！？!?\n，]|,(?!\d{3})")
_MAX_GAP = 8
# a gap of words — never one that opens with a list's 「、」/「；」: 「1120个微服务、264个工业机理模型」's 264 is the next item's
_GAP_OK = re.compile(r"^(?![\s]*[、；;])[^0-9０-９]*$")
# A clause about someone else's numbers or about the future is not a restated indicator.
_OTHER_SUBJECT = re.compile(
    r"客户|用户企业|为其|帮助|该企业|该公司|某|对标|同行|相似平台|同类平台|行业平均|全国|全球|国内外|"
    r"预计|计划|目标|力争|争取|将达|将突破|将超过|上年|去年|同期|上一年|申请|"
    # over several years, not the 2023 (or 截至填表日) figure the form holds
    r"常年|历年|多年|每年|年均|逐年|连续|近三年|近年来|三年来")
_YEAR = re.compile(r"(20\d\d)\s*年")
# A correction names the figure it replaces: 「原填报X更正为Y」, 「由X调整为Y」, 「调整前X」.
_REPLACED_AFTER = re.compile(r"[^\d，,。；;]{0,4}?(?:更正|修改|修订|调整|变更|改)(?:为|成)")
_REPLACED_BEFORE = re.compile(r"(?:原填报|原申报|原填|原为|原数据为?|调整前|更正前|修订前)\s*$")
_REGIONS = sorted({*region_names(load_catalog()), *AREA_NAMES, "全市"}, key=len, reverse=True)
_REGION = "|".join(re.escape(n) for n in _REGIONS)
# Words right before the keyword that narrow it to a part: a kind (核心软件国产化率), a share
# (部分/其中/主要), a selection (杀手锏 apps are the notice's own subset, 前三, 代表性), a place
# (本市, 海外, a region), a deployment (公有云), a customer, a product.
_PART_BEFORE = re.compile(
    rf"核心|软件|硬件|部分|其中|主要|重点|典型|头部|杀手锏|明星|代表性|标杆|示范|主打|前[一二三四五六七八九十\d]+|"
    rf"(?i:top\s*\d*)|本市|市内|市外|省内|省外|(?<!上)海外|境外|国外|境内|公有云|私有|边缘|"
    rf"单个|单家|单一|每|新增|当月|月均|日均|客户|用户企业|工厂|车间|产线|基地|园区|行业|领域|产品|[“”\"《》「」]|{_REGION}")
# Words between keyword and number that attach the number to something else.
_PART_GAP = re.compile(rf"主要|分布|其中|包括|位于|来自|分别|占|覆盖|[（(]|{_REGION}")
_PREFIX_WINDOW = 6
_NEW_BEFORE_ITEMS = re.compile(r"(?:新增|净增|新上架|新开发)[^，,。；;：:\d]*(?:、\s*)?$|(?:新增|净增)[^，,。；;：:]*、\s*$")
_SERVED_CUSTOMERS = re.compile(r"服务(?:的)?[^，,。；;\d（(]{0,8}?客户(?:企业)?")
_CUSTOMER_WORDS = re.compile(r"(?:实际)?服务(?:的)?(?P<what>[^，,。；;\d（(]{0,8}?)客户企业")
_NEARLY = re.compile(r"^(?:将近|接近|近)")
_DEVICE_WORDS = re.compile(rf"(?:连接|接入|汇聚)(?:了)?(?P<what>[^，,。；;\d（(]{{0,20}}?|{DEVICE_KINDS})设备")
_PART_INSIDE = re.compile(rf"(?<!上)海外|境外|国外|公有云|私有|其中|部分|单个|某|典型|重点|新增|本市|{_REGION}")
NARRATIVE_DOUBT = "申报书正文为文字表述，所述数字的统计口径（全部或部分、统计时点）无法确认与申报表栏目相同"
_QUALIFIER_ZH = {"approx": "约", "more_than": "超过", "at_least": "不少于", "less_than": "不足", "at_most": "不超过"}


@dataclass(frozen=True)
class _Restated:
    claim: Claim
    quantity: Quantity
    value: Decimal  # in the field's unit (万元 for money)
    step: Decimal  # precision written, in the field's unit
    clause: str
    citation: Citation | None
    labelled: bool = False  # a table cell under the form's own label and unit


def _cite_within(citation: Citation, quote: str) -> Citation | None:
    offset = citation.quote.find(quote)
    if offset < 0 or citation.span is None:
        return None
    start = citation.span.start + offset
    return citation.model_copy(update={"quote": quote, "span": Span(start=start, end=start + len(quote))})


_CHINESE_PLACE = {"十": 10, "百": 100, "千": 1000, "万": 10_000, "亿": 10**8}


def written_step(q: Quantity, kind: str) -> tuple[Decimal, Decimal] | None:
    """(value, precision) in the field's unit, from the literal as written."""
    literal = WRITTEN_DIGITS.search(fold(q.raw))
    if literal is None:
        # "一千二百余家": written to its last place (百), so precise to 100.
        spelled = re.search(r"[零〇一二两三四五六七八九十百千万亿]+", q.raw.replace("百分之", ""))  # 百分之七十三
        if spelled is None:
            return None
        step = Decimal(_CHINESE_PLACE.get(spelled.group(0)[-1], 1))
        if kind == "money":
            value, unit_step = to_wan(q), to_wan(q.model_copy(update={"value": step}))
            return None if value is None else (value, unit_step if unit_step is not None else step)
        return q.value, step
    decimals = len(literal.group(1) or "")
    step = Decimal(1).scaleb(-decimals)
    digits = written_value(literal.group(0))
    if not decimals and q.qualifier == "approx" and digits.strip("0"):
        # 「约800个」 is rounded to its hundreds: its last written digit that is not a 0
        step = Decimal(1).scaleb(len(digits) - len(digits.rstrip("0")))
    if kind == "money":
        value = to_wan(q)
        if value is None:
            return None
        unit_step = to_wan(q.model_copy(update={"value": step}))
        return value, unit_step if unit_step is not None else step
    if q.magnitude_in_number:
        after = fold(q.raw)[literal.end():literal.end() + 1]
        factor = {"万": Decimal(10000), "亿": Decimal(10) ** 8, "千": Decimal(1000), "百": Decimal(100)}.get(after)
        if factor is None:
            return q.value, Decimal(1)
        step *= factor
    return q.value, step


def _unit_ok(claim: Claim, q: Quantity) -> bool:
    if claim.kind == "money":
        return to_wan(q) is not None and q.unit is not None
    if claim.kind == "percent":
        return q.unit == "%"
    return q.unit in claim.units


def restated_numbers(review: Review) -> list[_Restated]:
    proposal = package_proposal(review.package, review.catalog)
    if proposal is None:
        return []
    found = []
    for number in _NARRATIVE_SECTIONS:
        section = proposal.section(number)
        if section is None:
            continue
        benchmark = False
        for paragraph in section.paragraphs:
            # A PDF's 「三级指标 | 本平台数据 | 对标数据」 table comes as lines of text: its rows mix
            # the platform's figures with a benchmark's (「…强度21.15% 同行业平台…强度约15%」) until
            # the next sub-heading, so none of them is read.
            if _BENCHMARK_HEAD.search(paragraph.text):
                benchmark = True
            elif benchmark and (paragraph.kind == "heading" or _SUB_HEADING.match(paragraph.text.strip())
                                or _NEXT_TABLE.match(paragraph.text.strip()) or _PROSE_AGAIN.match(paragraph.text.strip())):
                benchmark = False
            if benchmark or paragraph.kind not in ("paragraph", "line"):
                continue
            for sentence in _SENTENCE_END.split(paragraph.text):
                cases = False  # 「3个案例平均带动…，新增就业岗位46个」: the rest of the sentence is the cases'
                past = False  # 「2023年度参评时（…），平台连接设备38,260台…」: the rest is last year's, until 「本年度」
                # 「平台服务的江苏某加工配送企业年加工钢材约60万吨，通过平台接入…设备186台（套）」: the customer's,
                # until a clause opens with 「平台…」 (h79)
                customer = False
                # 「集团2023年营业收入超过1,600亿元，集团服务客户超过3万家，拥有有效专利2万余项」: the group's, until a
                # clause opens with 「平台…」 (h96)
                group = False
                for clause in (c.strip() for c in _CLAUSE.split(sentence)):
                    written, clause = clause, _FROM_TO.sub("达", clause)  # (「由上年度的612家增至968家」: this year's, h72)
                    cases = cases or bool(_CASES.search(clause))
                    past = (past or bool(_PAST_PERIOD.search(clause))) and not _THIS_PERIOD.search(clause)
                    customer = not _PLATFORM_FIRST.match(clause) if customer \
                        else bool(_CUSTOMER.search(_SERVED_CUSTOMERS.sub("", clause)))
                    group = not _PLATFORM_FIRST.match(clause) if group \
                        else bool(_GROUP.search(clause)) and not _PLATFORM_FIRST.match(clause)
                    if clause and not cases and not past and not customer and not group \
                            and not (number == "七" and _LAST_YEARS.search(clause)) \
                            and (number != _PROOFS_SECTION or _PLATFORM_FIRST.match(clause)):
                        found += [r if written == clause else  # quoted as written, not as read
                                  replace(r, clause=written, citation=_cite_within(paragraph.citation, written) or r.citation)
                                  for r in _clause_numbers(clause, paragraph.citation)]
        if number == "七":  # its 「指标 | 2023年申报值 | 2024年申报值」 table restates the form's cells
            member = review.package.file(proposal.file)
            for clause, citation in this_year_rows(section, member.document if member is not None else None):
                found += _clause_numbers(clause, citation)
    return found


_BENCHMARK_HEAD = re.compile(r"本平台数据.{0,8}对标数据")
# the prose after such a table (h75): a sentence of clauses, no indicator's code or benchmark's name in it
_PROSE_AGAIN = re.compile(r"^(?!.*(?:\d\.\d\.\d|对标|同行|平台[A-Z]\b))[^\n]{20,}[，,][^\n]{10,}。$")
_SENTENCE_END = re.compile(r"[。；;！？!?\n]")
# 「3个案例平均…」, 「高炉设备智能运维方案在5个基地部署、接入设备3,260台」: a case's or one solution's figures
_CASES = re.compile(r"\d+\s*个?(?:应用)?案例|案例(?:平均|企业|用户|中|合计)|方案(?:已|先后)?(?:在|于|应用|部署|覆盖|推广)")
# a period before this year's form: the figures after it in the sentence are of that period (h72)
_PAST_PERIOD = re.compile(r"20(?:22|23)\s*年(?:度)?(?:申报|参评|评价)|参评时|上(?:一)?年度|去年|上次(?:申报|参评)")
# a customer as a sentence's subject, and a clause that gives the platform back its place
_CUSTOMER = re.compile(r"某[^，,。；;\d]{0,12}?(?:企业|公司|工厂|厂|集团|客户|用户)|该(?:企业|公司|工厂|厂|客户|用户)|客户|用户企业")
_PLATFORM_FIRST = re.compile(r"^(?:本|该|我司|公司)?平台")
_GROUP = re.compile(r"集团|母公司|控股股东|子公司|年报|年度报告")
_THIS_PERIOD = re.compile(r"本年度|今年|本次|2024\s*年(?:度)?(?:申报|参评|评价)")
_SUB_HEADING = re.compile(r"^(?:[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、)")
# the next numbered table's caption ends a benchmark table (a consultant's 申报书: 「表2-5 …」); its
# rows may start with an indicator's code (「2.1.1 工业设备连接」), which is no heading
_NEXT_TABLE = re.compile(r"^表\s*\d+(?:\s*[-－.．]\s*\d+)?\s*[\u4e00-\u9fff]")


def _clause_numbers(clause: str, citation: Citation) -> list[_Restated]:
    if _OTHER_SUBJECT.search(_SERVED_CUSTOMERS.sub("", clause)):  # the customers served are the platform's count
        return []
    # "公司拥有专利200项" is the company's, not the platform's (填报指引 counts the platform only).
    company_only = bool(re.search(r"公司|集团", clause)) and "平台" not in clause
    years = {int(y) for y in _YEAR.findall(clause)}
    out = []
    for q, start, end in find_quantities(clause, skip_dates=True):
        if _REPLACED_AFTER.match(clause, end) or _REPLACED_BEFORE.search(clause[:start]):
            continue  # 「原填报1,286.40万元更正为1,268.40万元」: the old figure is no claim
        best: tuple[int, int, Claim, re.Match] | None = None
        for claim in CLAIMS:
            for match in claim.keyword.finditer(clause, 0, start):
                gap = clause[match.end():start]
                if len(gap) <= _MAX_GAP and _GAP_OK.match(gap) and (best is None or match.end() > best[1]):
                    best = (match.start(), match.end(), claim, match)
        if best is None:
            continue
        begin, end, claim, match = best
        if claim.bound and _PART_INSIDE.search(match["firms"]):
            continue  # 「服务长三角地区制造企业…」: a place's firms
        if company_only and claim.field_id not in _COMPANY_FIELDS:
            continue
        gap = clause[end:start]
        # 「注册企业用户数（个） 5,216」: a table row under the form's own label, its unit in brackets —
        # read when the number stands alone (not the first of a row of years or of targets)
        labelled = bool(_UNIT_GAP.fullmatch(gap)) and not re.match(r"\s*[-\d]", clause[q_end(clause, start):])
        if labelled:
            gap, q = "", q if q.unit else q.model_copy(update={"unit": _UNIT_GAP.fullmatch(clause[end:start])["u"]})
        elif q.unit is None and claim.kind == "count" and claim.units and _TABLE_ROW.fullmatch(clause) and not begin:
            # 「实际服务企业数 24,160」: a row of a table printed as a PDF's text — the label and its figure alone (h98)
            labelled, gap, q = True, "", q.model_copy(update={"unit": sorted(claim.units)[0]})
        if claim.gap_excludes and re.search(claim.gap_excludes, gap):
            continue
        if re.fullmatch(r"\s*(?:与|和|及|以及|、)\s*", gap):
            continue  # 「9家智能工厂与15个产业园区」: a number after 与 counts the next thing named (h83)
        if _about_a_part(claim, clause, begin, gap):
            continue
        if claim.year and years - {2023}:
            continue
        if not claim.year and years - {2023, 2024}:
            continue
        if not _unit_ok(claim, q):
            continue
        written = written_step(q, claim.kind)
        if written is None:
            continue
        value, step = written
        said = clause[begin:q_end(clause, start)] if labelled else clause  # a table cell: its label and number
        out.append(_Restated(claim, q, value, step, said, _cite_within(citation, said) or citation, labelled))
    return out


_TABLE_ROW = re.compile(r"[\u4e00-\u9fffA-Za-z/（）()]{2,30}\s+\d[\d,]*")
_UNIT_GAP = re.compile(r"\s*[（(]\s*(?P<u>个|家|项|件|台/套|台（套）|台|套|人|名|万元|元|TB|%|次|种|款)\s*[)）]\s*[:：]?\s*")


def q_end(clause: str, start: int) -> int:
    """Where the number starting at `start` ends (digits, separators, a decimal point)."""
    found = re.match(r"[\d,，.]*\d", clause[start:])
    return start + (found.end() if found else 0)


def _about_a_part(claim: Claim, clause: str, begin: int, gap: str) -> bool:
    """Whether the number is about a part of the indicator: narrowed right before the keyword
    (核心软件国产化率, 海外设备, 上海服务企业) or attached to something named between keyword and
    number (服务企业主要分布在上海（1,204家）). A “其中” item of the form (其中：付费企业数) may be
    introduced by 其中 itself."""
    # The indicator's own words before the keyword ("工业APP" of 工业APP订阅数量) are not a narrowing:
    # the window starts before them, so "杀手锏工业APP订阅数量" is seen as a part.
    label = load_catalog().field(claim.field_id).label
    head = begin
    while head > 0 and clause[head - 1:begin] in label and not clause[head - 1].isspace():
        head -= 1
    prefix = clause[max(0, head - _PREFIX_WINDOW):head]
    prefix = re.split(r"[0-9０-９、:：]", prefix)[-1].replace("软硬件", "")  # 「软硬件整体国产化率」: the whole
    if clause.startswith("平台", head):  # 「“星云智汇”平台2023年实现营业收入」: the quotes name the platform itself (h47)
        prefix = re.sub(r"[“\"「《][^“”\"「」《》]{1,20}[”\"」》]$", "", prefix)
    found = _PART_BEFORE.findall(prefix)
    if "其中" in found and load_catalog().field(claim.field_id).label.startswith("其中"):
        found.remove("其中")
    inside = _DEVICE_WORDS.match(clause, begin) or _CUSTOMER_WORDS.match(clause, begin)  # between 连接 and 设备
    narrowed_inside = bool(inside and _PART_INSIDE.search(inside.group("what")))
    # 「平台新增工业模型286个、工业APP 173个」: the 新增 before an enumeration is every item's (h91); so is one before a
    # long name of the thing (「新增LNG动力设备接入模块与能效评估工业APP 38个」, h96)
    enumerated = _NEW_BEFORE_ITEMS.search(clause[:head]) is not None
    return bool(found) or bool(_PART_GAP.search(gap)) or narrowed_inside or enumerated


def _agrees(r: _Restated, declared: Decimal) -> tuple[bool, bool, Decimal]:
    """(agrees, exact, tolerance). Exact: written without qualifier at the form's precision."""
    form_step = Decimal("0.01") if r.claim.kind in ("money", "percent") else Decimal(1)
    tolerance = max(r.step, form_step) / 2
    q = r.quantity
    exact = q.qualifier == "exact" and r.step <= form_step and not q.magnitude_in_number
    if q.qualifier == "approx":
        # "约/左右" says the figure was rounded at least to its last written digit, perhaps more:
        # a whole step (19%左右 for 19.61%), or 1% of the value.
        tolerance = max(r.step, form_step / 2, abs(r.value) * Decimal("0.01"))
    value = r.value
    if r.claim.bound:  # firms of a trade: a part of the whole or the whole, which is then at least as many
        low = value - (tolerance if q.qualifier == "approx" else form_step / 2)
        return q.qualifier in ("less_than", "at_most") or declared >= low - Decimal("1e-9"), False, tolerance
    if q.qualifier == "approx" and _NEARLY.match(q.raw):
        # 「近3,000台」: short of it, within a step — and within a tenth of it: 「近2万台」 is not 17,460 (h68)
        short = min(tolerance, abs(value) * Decimal("0.1"))
        return value - short - Decimal("1e-9") <= declared <= value + form_step / 2, False, short
    if q.qualifier in ("exact", "approx"):
        return abs(declared - value) <= tolerance + Decimal("1e-9"), exact, tolerance
    if q.qualifier == "more_than":
        return declared > value - form_step / 2, False, tolerance
    if q.qualifier == "at_least":
        return declared >= value - form_step / 2, False, tolerance
    if q.qualifier == "less_than":
        return declared < value + form_step / 2, False, tolerance
    if q.qualifier == "at_most":
        return declared <= value + form_step / 2, False, tolerance
    if q.qualifier == "range" and q.high is not None:
        high = value * q.high / q.value if q.value else q.high
        return value - tolerance <= declared <= high + tolerance, False, tolerance
    return True, False, tolerance


@rule("narrative_vs_form.number", title="申报书正文中的数字与申报表不一致", severity="warning",
      basis="附件3 申报书与附件2 申报表应一致（四、相关要求2：确保材料准确性和真实性）")
def check_narrative_numbers(review: Review) -> Iterator[Finding]:
    grouped: dict[tuple[str, str], list[_Restated]] = {}
    for restated in restated_numbers(review):
        grouped.setdefault((restated.claim.field_id, restated.quantity.raw), []).append(restated)
    proposal = package_proposal(review.package, review.catalog)
    for (field_id, raw), items in grouped.items():
        declared = review.declared(field_id)
        number = review.number(field_id)
        if declared is None or number is None:
            continue
        first = items[0]
        ok, exact, tolerance = _agrees(first, Decimal(str(number)))
        if ok:
            continue
        spec = review.catalog.field(field_id)
        label = spec.summary_label if spec.summary_label and spec.summary_label != "平台近三年经营指标情况" else spec.label
        unit = "万元" if first.claim.kind == "money" else ("%" if first.claim.kind == "percent" else spec.unit or "")
        shown = format_decimal(first.value, 2) if first.claim.kind != "count" else format_decimal(first.value, 0)
        form_shown = format_decimal(Decimal(str(number)), 2 if first.claim.kind != "count" else 0)
        qualifier = first.quantity.qualifier
        how = "" if qualifier == "exact" else \
            f"（{_QUALIFIER_ZH.get(qualifier, '约')}，按所写精度容差 ±{format_decimal(tolerance, 2)}）"
        message = (f"申报书称“{first.clause}”（{raw}，即 {shown}{unit}{how}），申报表{label}填报 {declared.raw}，"
                   f"按{unit or '同一单位'}为 {form_shown}，两者不一致")
        citations = tuple(r.citation for r in items if r.citation is not None)[:3] + declared.citations[:1]
        files = tuple(dict.fromkeys(f for f in (proposal.file if proposal else None, declared.file) if f))
        # An exact figure under the indicator's own words would be an error if the form said it;
        # in prose its scope and date stay in doubt (module docstring), so the policy shows it
        # as a warning that states the doubt.
        tabled = exact and all(r.labelled for r in items)  # the form's own label in a table: no doubt of 口径
        yield Finding(rule="narrative_vs_form.number", severity="error" if exact else "warning",
                      fields=(label,), message=message, expected=form_shown, actual=raw,
                      tolerance=format_decimal(tolerance, 2), citations=citations, files=files,
                      dimension=spec.path.dimension_code if spec.path else None,
                      doubts=(NARRATIVE_DOUBT,) if exact and not tabled else ())
