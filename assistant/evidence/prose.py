"""Figures stated in the prose of a proof → evidence of the count indicators.

Applicants prove operating figures with a letter as often as with a screenshot: 「截至2024年6月30日，
平台累计接入工业设备86,420台（套），基于公有云连接的工业设备41,860台（套）。平台注册企业用户
4,860家，其中实际服务企业3,126家」. A clause (between ，。；) is read when the words right before a
number name one indicator by what they say (`catalog.vocabulary.caption_field`, the same
concepts as dashboard captions) and the number is exact and written with a count unit (TB for storage). Lines inside a table are the
table's, not prose.
A clause says nothing when it speaks of a plan or a change (预计, 目标, 新增, 同比, 增长 …), of a
part (a region, 海外, 本市, 主要, 前N …), or when its words name no indicator or two. A user's letter
(「我公司自2022年11月起使用XX平台…共接入…设备214台」) speaks of that user's part: its figures are
`segment` facts.

Wrapped lines are read as one text (「开发者注册\\n总数6,420个」); the citation is the number with
its words on the line that holds the number. A short line that states its figure first (「11个合作平台」) is
whole, and a figure followed on its line by the thing it counts (「支持186种工业协议」) is that
thing's (a brochure's columns, h49). Prose is read with less certainty than a table
(`PROSE_CONFIDENCE`, below `CONFIDENT`): a difference from the form is a warning, never an error.

Must not: read the 申报书 or the forms (their numbers are claims, not proofs: the narrative
rules compare them), or compare with the form (the checks do).
"""

from __future__ import annotations

import re

from assistant.catalog.notice import Catalog
from assistant.catalog.regions import APPENDIX_F_REGIONS, AREA_NAMES, COUNTRIES
from assistant.catalog.vocabulary import caption_field
from assistant.core.citations import Citation
from assistant.core.evidence import (
    OCR_REASON,
    ONE_KIND_OF_PATENTS,
    PROSE_STATEMENT,
    EvidenceFact,
)
from assistant.evidence.rows import cite_in_block
from assistant.values.numbers import (
    COUNT_UNITS,
    STORAGE_FIGURE_UNITS,
    find_quantities,
    to_tb,
    to_wan,
)
from assistant.values.typed import plain_number
from extractors.model import Block, Document, Page

PROSE_CONFIDENCE = 0.75
CLAUSE = re.compile(r"(?:[^，,。；;！!？?]|(?<=\d),(?=\d{3}))+")  # 41,860 is one number
_NOT_THE_FIGURE = re.compile(
    r"预计|计划|目标|力争|将达|拟|同比|环比|增长|增加|减少|新增|提升|较上年|较\d{4}|占比|比例|平均|人均|日均|月均|"
    r"在线|活跃|峰值|最高|最多")
_A_PAGES = re.compile(r"本页(?:小计|合计|共计)")
_PLANNED = re.compile(r"预计|计划|目标|力争|争取|到\s*20\d{2}\s*年")
# An approximate figure: the word stands right before the number (「约1,600家」); 「近90天内」 is a period.
_APPROX = re.compile(r"(?:约|近|逾|超过|不少于|将近|接近)[有为达]?\s*$")
# The activity indicators whose own name holds 活跃 (活跃开发者数, 活跃机理模型数量 …).
_ACTIVE = {"developers_active", "models_active", "microservices_active", "apps_monthly_active"}
_PERIOD_UNITS = {"年", "个月", "月", "周", "天", "日", "小时"}
_OVER_A_PERIOD = re.compile(r"(?:近(?:一|1|12个?)(?:年|月)|全年|年度|统计期内)?(?:的)?(?:平均|日均|月均)?(?:为|达|约)?$")
# The killer APPs' figures the notice asks as averages (3.2.2: 日活次数, 月平均收入, 平均日在线用户数).
_KILLER_AVERAGES = {"killer_apps_daily_active_times", "killer_apps_monthly_revenue", "killer_apps_public_cloud_daily_users"}
# 「上述服务企业中位于本市的有252家」: the 本市 part of the enterprises served
_LOCATED_HERE = re.compile(r"(?:上述|其中)?(?:实际)?服务的?企业(?:中|当中)[，,]?(?:位于|注册(?:地)?[在于]|在)?"
                           r"(?:本市|上海市?)的?(?:有|共有|共计|为)?")
_REGIONS = sorted({n for n in (*APPENDIX_F_REGIONS, *COUNTRIES) if len(n) >= 2} | set(AREA_NAMES), key=len, reverse=True)
_PART = re.compile("|".join([r"本市|全市|市内|省|地区|区域|主要|部分|重点|典型|代表性|前[一二三四五六七八九十\d]+|TOP|Top",
                             r"(?:个人|企业|机构|高校|学生)开发者",  # one kind of developer
                             r"(?<![各等])类(?:工业)?(?:软件|APP|应用|工具|模型|设备)",  # 工具类软件: one kind
                             r"私有化|本地部署",
                             # 「…部署设备9,320台/套已计入接入数量」: a part said to be inside a total (h74); 「计入合作平台8个」
                             # is the list's counted total itself (h83)
                             r"已计入",
                             *map(re.escape, _REGIONS)]))
_ABROAD = re.compile(r"海外|境外|国外")  # a part of the devices, and an indicator of its own
_SHANGHAI = re.compile(r"本市|上海市?")  # a part of the enterprises served, and an indicator too
_ITEM = re.compile(r"\s*(?:\d{1,2}\s*(?:[.．](?!\d)|[、)）])|[（(]\s*\d{1,2}\s*[）)]|[一二三四五六七八九十]、)")  # a numbered line begins a sentence
# A line of a picture that is a sentence: several clauses (「截至2024年6月：注册企业2,146家，实际服务
# 企业1,508家」), not a tile's caption with its number.
# two figures a comma apart, or one clause closed by 「。」 after its figure (「其中：活跃机理模型（一周调用5次以上）58个。」)
_SENTENCE_LINE = re.compile(r"\d[^，,；;。]*[，,；;。][^，,；;。]*\d|\d\s*(?:个|家|台|套|项|人|款|条)[）)]?。\s*$")
_DEVICE_UNITS = {"台", "套", "台/套"}
_NOTICE_DEVICE_UNIT = re.compile(r"台\s*(?:/|（|\()\s*套")
_AMONG_SERVED = re.compile(r"服务的?企业(?:中|当中)[，,、]\s*$")
_SERVED_COUNT = re.compile(r"服务的?企业\s*[\d,]+\s*家[，,、]\s*$")


def read_prose_figures(document: Document, catalog: Catalog, *, sentences_only: bool = False,
                       cells: bool = False) -> list[EvidenceFact]:
    """The first statement of each indicator in the prose of the document. `sentences_only`: a
    screenshot's lines that are sentences (a chart's note 「截至2024年6月：注册企业2,146家，实际服务
    企业1,508家」), each read on its own; its captions and tiles are `evidence.figures`' to pair.
    `cells`: the sentences in table cells too, each on its own — a test report's 「测试内容」 (「…协议解析，
    支持工业协议46种」, h28), never a requirement or a load test's (模拟, 并发, ≥, 不少于)."""
    facts = first_statements(document, CLAUSE, lambda page, text, places, start, end: _clause_facts(
        document, page, catalog, text, places, start, end), sentences_only=sentences_only, cells=cells)
    if _a_users_letter(document):  # 「我公司…使用XX平台…共接入…设备214台」: that user's part
        facts = [f.model_copy(update={"scope": "segment", "reasons": (*f.reasons, _USERS_PART)}) for f in facts]
    return facts


# A user's letter of proof (用户使用证明): the writer uses the platform, and its figures are its own.
_USER_WRITES = re.compile(r"我(?:公司|司|单位|厂|院|集团)[^。；;]{0,24}?(?:使用|应用|采用|接入|上线)[^。；;]{0,30}?平台")
_USERS_PART = "用户单位出具的使用证明：所述数量为该用户的部分，非平台总数"


def _a_users_letter(document: Document) -> bool:
    head = "".join(p.text for p in document.pages[:2]).replace("\n", "")
    return bool(_USER_WRITES.search(head))


def first_statements(document: Document, spans: re.Pattern, read, *, sentences_only: bool = False,
                     cells: bool = False) -> list[EvidenceFact]:
    """The first fact of each field that `read(page, text, places, start, end)` finds in the spans
    (clauses, sentences) `spans` cuts each page's prose into (`page_text`)."""
    facts: list[EvidenceFact] = []
    seen: set[str] = set()
    for page in document.pages:
        tables = [t.bbox for t in document.tables if t.page_number == page.number and t.bbox is not None]
        text, places = page_text(page, tables, sentences_only=sentences_only, cells=cells)
        for span in spans.finditer(text):
            for fact in read(page, text, places, span.start(), span.end()):
                if fact.field_id not in seen:
                    seen.add(fact.field_id)
                    facts.append(fact)
    return facts


_NOT_A_COUNT = re.compile(r"模拟|并发|压测|压力|负载|要求|≥|>=|不少于|不低于|不超过|以上|≤")


def page_text(page: Page, tables: list, *, sentences_only: bool = False,
              cells: bool = False) -> tuple[str, list[tuple[Block, int] | None]]:
    """The page's text lines outside tables joined without their line breaks, and for each
    character the block and offset it comes from; `sentences_only`: only the lines that are
    sentences of their own (`_SENTENCE_LINE`), each ended; `cells`: a table's lines too, each ended,
    but none of a requirement or a load test (`_NOT_A_COUNT`)."""
    parts: list[str] = []
    places: list[tuple[Block, int] | None] = []
    for block in page.blocks:
        in_table = block.table_cell is not None or _inside(block, tables)
        if not block.text.strip() or (in_table and (not cells or _NOT_A_COUNT.search(block.text))):
            continue
        if sentences_only and not _SENTENCE_LINE.search(block.text):
            continue
        separator = ("。" if in_table else _separator(parts[-1], block.text, sentences_only)) if parts else ""
        if separator:
            parts.append(separator)
            places.append(None)
        parts.append(block.text)
        places.extend((block, i) for i in range(len(block.text)))
    # 「7，508家」: a full-width comma inside a number (a scan of full-width digits) is its separator.
    return re.sub(r"(?<=\d)，(?=\d{3}(?!\d))", ",", "".join(parts)), places


def cite_from(document: Document, page: Page, places, start: int, end: int,
              words_start: int | None = None) -> Citation | None:
    """`page_text`'s characters start:end cited in the block they stand in — from `words_start` on when
    those words (a figure's caption) stand in the same block; None where the text has no place."""
    place = places[start] if 0 <= start < len(places) else None
    if place is None:
        return None
    block, offset = place
    first = places[words_start] if words_start is not None and 0 <= words_start < len(places) else None
    begin = first[1] if first is not None and first[0] is block else offset
    return cite_in_block(document, page, block, begin, min(offset + (end - start), len(block.text)))


_THING_AFTER = re.compile(r"\s*的?((?!以上|左右|其中|之多|以内|次|通过|合格|符合)[\u4e00-\u9fffA-Za-z]{2,12})")


def _thing_after(clause: str, q_end: int, places, start: int) -> str | None:
    """The words naming what a figure counts when they follow it on its own line (「186种工业协议」)."""
    after = _THING_AFTER.match(clause[q_end:])
    if after is None:
        return None
    here = places[start + q_end - 1] if start + q_end - 1 < len(places) else None
    end = after.end(1)
    line = [places[start + q_end + i] if start + q_end + i < len(places) else None for i in range(end)]
    same = [i for i, place in enumerate(line) if place is not None and here is not None and place[0] is here[0]]
    words = clause[q_end:q_end + (max(same) + 1 if same else 0)]
    thing = _THING_AFTER.match(words)
    return thing.group(1) if thing else None
# A short line that states its figure before its words (a brochure's 「11个合作平台」, 「218个工业机理模型」)
# is said whole: its words are not the words of the next line's number.
_PHRASE_LINE = re.compile(r"^\s*[^\d，,。；;]{0,4}\d[\d,.]*\s*[+＋]?\s*[^\d\s，,。；;]{2,14}\s*$")


# 「研发投入 642.18」, 「2021年度 2,563.80」: a line that is an item and its amount, listed under a sentence
# that ends 「（单位：万元）为：」
_AMOUNT_LINE = re.compile(r"^\s*[^\s\d，,。；;：:]{0,10}(?:20\d{2}\s*年度?)?[^\s\d，,。；;：:]{0,10}\s+\d[\d,]*(?:\.\d+)?\s*$")


def _separator(before: str, line: str, sentences_only: bool) -> str:
    """What stands between two lines joined: nothing (a sentence wrapped), 「。」 (the line before
    ended one), 「；」 between the item lines a sentence's colon lists (each its own clause)."""
    listed, listing = _AMOUNT_LINE.match(line), _AMOUNT_LINE.match(before)
    if listed and listing:
        return "；"
    if listed and re.search(r"[：:]\s*$", before) and not sentences_only:
        return ""  # 「…（单位：万元）为：」 goes on with its items
    phrase = _PHRASE_LINE.match(before) and not re.search(r"[：:]\s*$", before)  # not 「2023年度…（单位：」
    # 「付费企业占比（…）：0.1264」 over 「2023年平台交易额…」: a label's value ends its line, the next number is another's
    valued = re.search(r"[：:]\s*\d[\d,]*(?:\.\d+)?\s*%?$", before) and re.match(r"\s*\d", line)
    if listing or sentences_only or _ended(before) or _ITEM.match(line) or phrase or valued:
        return "。"  # a line that ended a sentence stays ended
    return ""


def _ended(line: str) -> bool:
    """A line ending a sentence: 。！？ or ；：, but not a colon inside an open bracket
    (「…为7,246.15万元（2022年度：」 | 「6,018.74万元；…）」 is one sentence)."""
    if re.search(r"[。！!？?]$", line):
        return True
    return bool(re.search(r"[；;：:]$", line)) and line.count("（") + line.count("(") <= line.count("）") + line.count(")")


def _inside(block: Block, tables: list) -> bool:
    if block.bbox is None:
        return False
    x, y = (block.bbox.x0 + block.bbox.x1) / 2, (block.bbox.top + block.bbox.bottom) / 2
    return any(t.x0 <= x <= t.x1 and t.top <= y <= t.bottom for t in tables)


def _clause_facts(document, page, catalog: Catalog, text: str, places, start: int, end: int) -> list[EvidenceFact]:
    clause = text[start:end]
    sentence = re.split(r"[。；;！!？?\n]", text[:start])[-1]  # 「到2026年，平台计划连接…，服务企业1万家」: all of it a plan
    if _PLANNED.search(sentence) or _A_PAGES.search(sentence + clause):
        return []  # 「本页小计：331 台/套（其中公有云 118 台/套）」: a page's part of a list, no total (h46)
    out = []
    previous_end = 0
    # 「近一年平均52,760次」: the period is no figure, and no stop before the figure's words
    quantities = [q for q in find_quantities(clause, skip_dates=True) if q[0].unit not in _PERIOD_UNITS]
    for index, (quantity, q_start, q_end) in enumerate(quantities):
        before_number = clause[:q_start]
        bracketed = before_number.count("（") + before_number.count("(") > before_number.count("）") + before_number.count(")")
        if bracketed and index + 1 < len(quantities):
            continue  # 「活跃模型（近一周调用5次以上）76个」: a number in a bracket before the figure is an aside
        words = clause[previous_end:q_start]
        previous_end = q_end
        # What the clause says before the number qualifies it (「预计…达10万台」, 「同比增长12%」); a
        # note written after it on the same line (「4,354家 已核约4.4千」) does not.
        qualifiers = set(_NOT_THE_FIGURE.findall(clause[:q_start]))
        if _APPROX.search(clause[:q_start]):
            continue
        if quantity.qualifier != "exact" or quantity.unit is None:
            continue  # prose writes its unit (「4,860家」); a bare number is a 序号 or a code
        # The indicator's words are those right before the number, asides in brackets dropped
        # (「平台（原名称：“…”）累计接入工业设备86,420台」, 「海外设备（新加坡、希腊注册企业）合计3,864台」),
        # after a colon or a quote closed before them.
        # 「注册企业用户数：4,728家」: a label before its colon is the indicator's words.
        words = re.sub(r"[（(][^（）()]*[）)]", "", words.strip()).rstrip("：:　 ")
        words = re.split(r"[）)」”\"：:\s]", words)[-1]
        # 「截至2024年6月30日累计注册企业用户」: the date before the words is no part of them
        words = re.split(r"\d{4}\s*年(?:\s*\d{1,2}\s*月)?(?:\s*\d{1,2}\s*日)?(?:止|末|底)?", words)[-1]
        words = re.sub(r"^(?:、|和|及|与|并且|其中)+", "", words)
        # A platform's name may lead the words (「星云智汇…工业互联网平台累计接入工业设备」).
        # A long lead-in (「统计期内实际产生服务记录的企业共计」) is read by its last 16 characters, as a caption,
        # then by its last 8 (「…登录平台并调用开发工具或环境的活跃开发者」).
        bare = _OVER_A_PERIOD.sub("", words)  # 「杀手锏APP日活次数近一年平均」: the indicator, then how it is averaged
        field_id = next((f for w in (words, words.rsplit("平台", 1)[-1], words[-16:], words[-8:], bare)
                         if w and (f := caption_field(w))), None)
        # 「支持186种工业协议」, 「累计服务1,204家企业」: the thing counted is named after the figure — the
        # words before it are a verb's (or another thing's), read only joined to it
        if (thing := _thing_after(clause, q_end, places, start)) is not None:
            lead = words[-4:]
            field_id = caption_field(thing) or caption_field(lead + thing)
            words = lead + thing  # what the figure counts: the verb before it and the thing after it
            qualifiers = set(_NOT_THE_FIGURE.findall(lead))
        before = text[max(0, start - 20):start]
        if qualifiers and not ((qualifiers == {"活跃"} and field_id in _ACTIVE)
                               or (qualifiers <= {"日均", "平均"} and field_id == "devices_public_cloud_daily_running")
                               or (qualifiers <= {"日均", "平均", "活跃"} and field_id == "apps_public_cloud_daily_active")
                               or (qualifiers <= {"日均", "平均", "月均", "在线", "活跃"} and field_id in _KILLER_AVERAGES)
                               or (qualifiers == {"新增"} and field_id == "jobs_created")):  # 「带动新增就业410人」
            continue  # a rate, a flow, a plan — except the 活跃 or 日均 an indicator is named by
        # 「…接入各类工业设备26,480台（套），其中通过公有云接入9,860台（套）」; under a device list's 合计,
        # 「其中：公有云接入 6,597 台/套」 (h78): the notice's own unit 台（套） says devices where no word does
        if field_id is None and "公有云" in words and quantity.unit in _DEVICE_UNITS \
                and ("设备" in before + words or _NOTICE_DEVICE_UNIT.match(clause[q_start:q_end + 4].lstrip("0123456789,. "))) \
                and not _PART.search(words.replace("公有云", "")):
            field_id = "devices_public_cloud"
        if field_id is None and _SUM_WORD.fullmatch(words):
            # 「…适配Modbus、OPC UA、S7等工业协议，合计72种」: the sum of what the clause before listed (h14)
            thing = re.search(r"[\u4e00-\u9fff]{2,8}$", re.split(r"[。；;！!？?\n]", text[:start])[-1].rstrip("，, "))
            field_id = caption_field(thing.group(0)) if thing else None
        one_kind = field_id is None and _INVENTION.search(words) is not None and not _OTHER_KINDS.search(text)
        if one_kind:  # 「…共获得授权发明专利47项」 in a letter that names no other kind: its patents' count, doubted
            field_id = "patents"
        if field_id is None and _LOCATED_HERE.fullmatch(words):
            field_id = "enterprises_served_shanghai"
        if field_id is None and _SHANGHAI.fullmatch(words) and (
                _AMONG_SERVED.search(before) or (_SERVED_COUNT.search(before) and clause.lstrip().startswith("其中"))):
            field_id = "enterprises_served_shanghai"  # 「实际服务企业中，上海市642家」, 「…688家，其中上海市402家」
        # 海外 and 本市 name parts that are indicators of their own: only other parts disqualify.
        own_part = {"devices_overseas": _ABROAD, "enterprises_served_shanghai": _SHANGHAI}.get(field_id)
        if field_id is None or _PART.search(own_part.sub("", words) if own_part else words):
            continue
        if field_id != "devices_overseas" and _ABROAD.search(words):
            continue
        # Where the words begin in the page text (asides dropped above are still there).
        found = clause.rfind(words[:2], 0, q_start)
        fact = _fact(document, page, catalog, field_id, quantity, words, places, start + q_start, start + q_end,
                     start + (found if found >= 0 else q_start))
        if fact is not None:
            out.append(fact.model_copy(update={"reasons": (*fact.reasons, ONE_KIND_OF_PATENTS)}) if one_kind else fact)
    # 「截至报告期末，公司及子公司累计拥有授权专利3,260项」 (an annual report, h96): the company's or the group's figure —
    # the whole company's, never equated with the platform's
    # (「公司」 alone in the applicant's own letter may be the platform's company speaking of the platform: only a
    # group's subject, or a company's in an annual report, is the whole company's)
    subject = _COMPANYS.search(clause[:quantities[0][1] if quantities else len(clause)])
    if out and subject and "平台" not in clause and (re.search(r"集团|子公司", subject.group(0)) or _ANNUAL.search(
            document.path.rsplit("/", 1)[-1] + (document.pages[0].text[:200] if document.pages else ""))):
        out = [f.model_copy(update={"scope": "company", "reasons": (*f.reasons, _COMPANYS_REASON)}) for f in out]
    return out


_COMPANYS = re.compile(r"(?<![客户用服务合作家个])(?:本|我)?(?:公司|集团|母公司)(?:及(?:其)?(?:下属)?子公司)?(?!客户|用户)")
_COMPANYS_REASON = "句子以公司/集团为主语：所述数量为企业整体口径，非平台口径"
_ANNUAL = re.compile(r"年度报告|年报")


# A count of invention patents granted, the only kind of patent the page names (not 「其中发明专利」: a part said as one).
_INVENTION = re.compile(r"^(?!.*其中)(?!.*(?:申请|受理|审查)).*(?:授权|获得|取得|拥有|持有|有效)的?(?:授权)?发明专利$")
_OTHER_KINDS = re.compile(r"实用新型|外观设计|软件著作权|申请")


_SUM_WORD = re.compile(r"合计|共计|总计|共")


def _fact(document, page, catalog: Catalog, field_id: str, quantity, words: str, places, q_start: int, q_end: int,
          w_start: int) -> EvidenceFact | None:
    spec = catalog.field(field_id)
    if spec.unit == "TB":
        if quantity.unit not in STORAGE_FIGURE_UNITS:
            return None
        normalized: int | float = float(to_tb(quantity))
    elif field_id in _KILLER_AVERAGES and spec.unit == "万元":  # 「杀手锏APP月平均收入96.42万元」
        # (a statement's 营业收入 in a letter's prose stays unread: whose, which year, is not said)
        wan = to_wan(quantity) if quantity.unit in ("元", "万元", "亿元") else None
        if wan is None:
            return None
        normalized = plain_number(wan)
    else:
        if quantity.unit is not None and quantity.unit not in COUNT_UNITS:
            return None
        normalized = plain_number(quantity.value)
    number_place = places[q_start] if q_start < len(places) else None
    if number_place is None:
        return None
    block, offset = number_place
    # The citation: from the indicator's words (where they are on the same line) to the number.
    first = places[w_start] if 0 <= w_start < len(places) else None
    begin = first[1] if first is not None and first[0] is block else 0
    finish = offset + (q_end - q_start)
    citation = cite_in_block(document, page, block, begin, min(finish, len(block.text)))
    reasons = (f"{PROSE_STATEMENT}“{words}{quantity.raw}”", "存疑：数字取自证明材料的叙述文字，非表格或截图")
    if page.source == "ocr":
        reasons = (*reasons, OCR_REASON)
    return EvidenceFact(field_id=field_id, label=spec.label, value=quantity.raw, unit=quantity.unit or "",
                        normalized=normalized, scope="platform", period="", confidence=PROSE_CONFIDENCE,
                        reasons=reasons, method="text", citations=(citation,),
                        note=f"证明材料正文：“{words}{quantity.raw}”")
