"""Rates stated in a proof's sentences → evidence of the notice's rate indicators.

An operations report or a 经营情况说明 states the rates the form asks for in words: 「2023年平台社会
贡献总额2,148.36万元……社会贡献率21.78%」, 「平台整体国产化率达86.40%」, 「付费企业2,315家，占注册
企业的10.83%」, 「平台GMV 2022年312,600万元、2023年368,430万元，同比增长17.86%」. A percentage is
read when the words right before it name one rate indicator by its name (`catalog.vocabulary.
rate_field`) — never a part (核心软件国产化率) or another kind (毛利率); a share of 注册企业 is the
paying users' share when the sentence counts 付费 users; a growth (同比增长, 增速, 下降) is the
transaction scale's when the last subject the sentence names before it is the transaction scale
(交易规模, GMV, 交易额, 成交额) and it is the growth of 2023.
A rate a company states of itself too (研发投入强度, 利润率, 投资回报率, 社会贡献率) is read only where
the sentence speaks of the platform and not of the company; a sentence whose last year before the
figure is another year than the form's (2022年…) says nothing, nor do plans (预计, 目标, 力争) or
figures written with 约/近/超过.

Read with the certainty of prose (`PROSE_CONFIDENCE`): a difference from the form is a warning.

Must not: read the 申报书 or the forms (the caller gives proofs only), or compare with the form.
"""

from __future__ import annotations

import re
from decimal import Decimal

from assistant.catalog.notice import Catalog
from assistant.catalog.vocabulary import COMPANY_RATES, rate_field
from assistant.core.evidence import OCR_REASON, EvidenceFact
from assistant.evidence.prose import CLAUSE, PROSE_CONFIDENCE, first_statements
from assistant.evidence.rows import cite_in_block
from assistant.values.numbers import find_quantities
from assistant.values.typed import plain_number
from extractors.model import Document

_SENTENCE = re.compile(r"[^。；;！!？?\n]+")
_PLAN = re.compile(r"预计|计划|目标|力争|将达|拟|预期|规划|到20\d\d年")
_APPROX = re.compile(r"(?:约|近|逾|超过|不少于|将近|接近|以上)[有为达]?\s*$")
_YEAR = re.compile(r"(20\d\d)\s*(?:年|财年|年度)")
_FORM_YEARS = {2023, 2024}
_COMPANY = re.compile(r"公司|集团|企业整体|全公司|本企业")
# 「占注册企业的10.83%」, 「占平台注册用户总数的比例为」: a share of the registered users
_SHARE_OF_REGISTERED = re.compile(r"占(?:平台)?(?:全部|累计|总)?注册(?:企业|用户|客户)(?:用户)?(?:总数|数量|数)?的?(?:比例|比重)?(?:为|达|达到)?")
_PAYING = re.compile(r"付费(?:企业|用户|客户)")
# 「同比增长17.86%」, 「较上年增长」, 「年增速为」, 「同比下降3.2%」
_GROWTH = re.compile(r"(?:同比|较上年|较2022年|比上年|年)?(?P<way>增长|增加|提升|上升|增速|增幅|增长率|下降|减少)(?:率)?(?:为|达|达到|了)?")
# The subjects a growth may be of, the transaction scale first.
_TRANSACTION = re.compile(r"交易规模|交易额|成交额|交易总额|成交总额|GMV|交易流水")
# A clause defining a rate by its formula, the figure in the next: 「设备利用率＝A÷B，为66.99%」.
_DEFINED = re.compile(r"(?P<rate>[\u4e00-\u9fffA-Za-z]{2,16}率)\s*[＝=][^，,]{2,40}[÷/／][^，,]{2,30}[，,]\s*$")
_BARE = re.compile(r"(?:即|则)?(?:为|达|达到|是|计|约为)?")
_OTHER_SUBJECT = re.compile(r"营收|收入|利润|订单|用户|企业|客户|设备|APP|应用|模型|开发者|研发|资产|订阅|税")


def read_stated_rates(document: Document, catalog: Catalog, *, sentences_only: bool = False) -> list[EvidenceFact]:
    """The first statement of each rate indicator in the prose of the document (`sentences_only`:
    a picture's lines that are sentences, as `prose.page_text` keeps them)."""
    return first_statements(document, _SENTENCE, lambda page, text, places, start, end: _sentence_rates(
        document, page, catalog, text, places, start, end), sentences_only=sentences_only)


def _sentence_rates(document, page, catalog: Catalog, text: str, places, start: int, end: int) -> list[EvidenceFact]:
    sentence = text[start:end]
    out = []
    for clause in CLAUSE.finditer(sentence):
        for quantity, q_start, q_end in find_quantities(clause.group(0), skip_dates=True):
            words = clause.group(0)[:q_start]
            fraction = _fraction(quantity, words)
            if (quantity.unit != "%" and fraction is None) or quantity.qualifier != "exact":
                continue
            before = sentence[:clause.start() + q_start]
            if _APPROX.search(words) or _PLAN.search(before):
                continue
            words = re.sub(r"[（(][^（）()]*[）)]", "", words).strip()
            words = re.split(r"[）)」”\"：:\s]", re.sub(r"[：:\s]+$", "", words))[-1]  # 「付费企业占比：」 names its figure
            words = re.split(r"\d{4}\s*年(?:\s*\d{1,2}\s*月)?(?:\s*\d{1,2}\s*日)?(?:止|末|底|度)?", words)[-1]
            words = re.sub(r"^(?:、|和|及|与|其中|并且|且)+", "", words)
            if re.search(r"[＝=]\s*$", words) and (named := _formula_rate(re.split(r"[＝=]", words)[0])):
                words = named  # 「利用率＝日均运行设备数÷接入设备数＝73.43%」: the rate its formula names
            field_id, value = _named_rate(words, before, quantity.value if fraction is None else fraction)
            if field_id is None and (defined := _DEFINED.search(sentence[:clause.start()])) and _BARE.fullmatch(words):
                # 「设备利用率＝日均运行设备数÷接入设备总数，为66.99%」: the rate its formula defines
                field_id, value = _named_rate(defined["rate"], before, quantity.value)
                words = f"{defined['rate']}…{words}"
            if field_id is None:
                continue
            years = [int(y) for y in _YEAR.findall(before)]
            if years and years[-1] not in (_FORM_YEARS if field_id != "transaction_growth" else {2023}):
                continue  # 「2022年社会贡献率19.5%」: another year than the form's
            if field_id in COMPANY_RATES and ("平台" not in sentence or _COMPANY.search(sentence)):
                continue  # the company's own rate, or nobody's said
            raw = quantity.raw if fraction is None else f"{quantity.raw}（即{value}%）"
            fact = _fact(document, page, catalog, field_id, raw, value, words, places,
                         start + clause.start() + q_start, start + clause.start() + q_end)
            if fact is not None:
                out.append(fact)
    return out


def _fraction(quantity, words: str) -> Decimal | None:
    """A rate written as a fraction right after its name (「付费企业占比（付费企业数/注册企业数）：0.1264」), as a
    percentage; only with three or more decimals — a rate in % keeps two (填报指引), so 0.35 may be 0.35%."""
    if quantity.unit or not 0 < quantity.value < 1 or not re.search(r"[:：为是]\s*$", words):
        return None
    decimals = quantity.raw.strip().partition(".")[2]
    return (quantity.value * 100).normalize() if len(decimals) >= 3 and decimals.isdigit() else None


def _formula_rate(head: str) -> str:
    """The rate's name at the end of the words before its formula (a table's last words run on into
    the line: 「…海外合计 1,106平台连接工业设备利用率」), or ''."""
    head = re.sub(r"^.*[\d,.]", "", head)
    return next((head[i:] for i in range(len(head) - 2) if rate_field(head[i:])), "")


def _named_rate(words: str, before: str, value: Decimal) -> tuple[str | None, Decimal]:
    """(the rate the words name, its value signed): by its name, as a share of the registered
    users after a count of paying ones, or as the growth of the subject named last."""
    if (field_id := rate_field(words)) is not None:
        return field_id, value
    if _SHARE_OF_REGISTERED.fullmatch(re.sub(r"^付费(?:企业|用户|客户)数?", "", words)) and _PAYING.search(before):
        return "paying_user_share", value
    # 「同比增长」 alone after the subject's figures, or 「平台交易规模同比增长18.42%」: the subject in the words
    growth = _GROWTH.fullmatch(words) or re.search(rf"(?:{_TRANSACTION.pattern})的?(?:{_GROWTH.pattern})$", words)
    if growth is None:
        return None, value
    subjects = [(m.start(), "transaction") for m in _TRANSACTION.finditer(before)]
    subjects += [(m.start(), "other") for m in _OTHER_SUBJECT.finditer(before)]
    if not subjects or max(subjects)[1] != "transaction":
        return None, value
    return "transaction_growth", -value if growth.group("way") in ("下降", "减少") else value


def _fact(document, page, catalog: Catalog, field_id: str, raw: str, value: Decimal, words: str, places,
          q_start: int, q_end: int) -> EvidenceFact | None:
    spec = catalog.field(field_id)
    place = places[q_start] if q_start < len(places) else None
    if place is None:
        return None
    block, offset = place
    said = words.rsplit("…", 1)[-1]  # a rate its formula defined: cited from the figure's own words
    begin = max(0, block.text.rfind(said[:2], 0, offset)) if said else offset
    citation = cite_in_block(document, page, block, begin, min(offset + (q_end - q_start), len(block.text)))
    reasons = (f"证明材料正文：“{words}{raw}”", "存疑：数字取自证明材料的叙述文字，非表格或截图")
    if page.source == "ocr":
        reasons = (*reasons, OCR_REASON)
    return EvidenceFact(field_id=field_id, label=spec.label, value=raw, unit="%", normalized=plain_number(value),
                        scope="platform", confidence=PROSE_CONFIDENCE, reasons=reasons, method="text",
                        citations=(citation,), note=f"证明材料正文：“{words}{raw}”")
