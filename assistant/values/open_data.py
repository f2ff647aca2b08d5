"""The figures an answer about open data and 标识解析 gives, read the same way from the form and the proofs.

填报指引 3.1.3 asks whether the platform uses the national 标识解析 system and how; 3.2.1 asks the
forms and the amount of the data it opens. Applicants answer in words with figures inside
(「以API接口和行业数据集形式开放：开放API接口186个、行业数据集24个、钢材标识注册量1,284.6万条」), and
their proofs state the same figures (「已发布开放API 118个」, 「累计标识注册量2.86亿条、累计解析量9.42亿次」,
「累计注\\n册标识126万条」). Three parts are read, each by the words right before its figure in the
same clause:
- 开放API接口数量（个）: an API or 接口 count that is said to be open or published (never calls);
- 标识注册量（万条）: registrations of identifiers (标识 named in the words or earlier in the sentence);
- 标识解析量（万次）: resolutions, the cumulative total only (not 日均 / 今日 / 月均).
Figures written with 约/近/超过 are bounds and are not read.

Must not: read files, decide what a difference means, or read 数据集 counts (an answer names
several kinds of 数据集 and a proof others: there is no one count to compare).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from assistant.values.numbers import Quantity, find_quantities

API_COMPONENT = "开放API接口数量（个）"
REGISTRATIONS_COMPONENT = "标识注册量（万条）"
RESOLUTIONS_COMPONENT = "标识解析量（万次）"
PART_FIELDS = {API_COMPONENT: "open_data_forms", REGISTRATIONS_COMPONENT: "identifier_resolution",
               RESOLUTIONS_COMPONENT: "identifier_resolution"}
PART_UNITS = {API_COMPONENT: "个", REGISTRATIONS_COMPONENT: "万条", RESOLUTIONS_COMPONENT: "万次"}

_CLAUSE_END = re.compile(r"[，,。；;、：:！!？?\n（(）)]")
_BOUND = re.compile(r"(?:约|近|逾|超过|超|不少于|将近|接近|以上|余)[有为达]?\s*$")
_API = re.compile(r"API|Api|api|接口")
_OPEN = re.compile(r"开放|发布|对外")
_CALLS = re.compile(r"调用|访问|请求|次数")
_REGISTER = re.compile(r"注册")
_RESOLVE = re.compile(r"解析")
_PER_DAY = re.compile(r"日均|今日|当日|每日|月均|每月|本月|昨日|单日|峰值|实时")
_IDENTIFIER = re.compile(r"标识")


@dataclass(frozen=True)
class PartReading:
    component: str
    value: Decimal  # in PART_UNITS[component]
    quantity: Quantity
    words: str  # the words naming it, right before the figure
    start: int  # of the figure in the text
    end: int
    words_start: int


def read_parts(text: str) -> list[PartReading]:
    """Every part the text states, in the order written."""
    out = []
    for quantity, start, end in find_quantities(text, skip_dates=True):
        if quantity.qualifier != "exact" or quantity.unit not in ("个", "条", "次"):
            continue
        before = text[:start]
        cut = max((m.end() for m in _CLAUSE_END.finditer(before)), default=0)
        words = before[cut:]
        if _BOUND.search(words) or re.search(r"\d\s*(?:个|条|次)", words):
            continue  # 「开放API接口142个186 个兼容工业协议」: the words before belong to an earlier figure (h49)
        words = re.sub(r"(?:为|达到?|共计?|合计|总计|累计达|[:：])\s*$", "", words.rstrip()).strip()
        sentence = before[max((m.end() for m in re.finditer(r"[。；;\n]", before)), default=0):]
        component = _component(words, sentence, quantity.unit)
        if component is None:
            continue
        value = quantity.value if component == API_COMPONENT else quantity.value / 10000
        out.append(PartReading(component, value, quantity, words, start, end, cut + (len(before[cut:]) - len(before[cut:].lstrip()))))
    return out


def _component(words: str, sentence: str, unit: str) -> str | None:
    if not words or len(words) > 24:
        return None
    if unit == "个" and _API.search(words) and _OPEN.search(words) and not _CALLS.search(words):
        return API_COMPONENT
    identifier = _IDENTIFIER.search(words) or _IDENTIFIER.search(sentence)
    if unit == "条" and _REGISTER.search(words) and identifier:
        return REGISTRATIONS_COMPONENT
    if unit == "次" and _RESOLVE.search(words) and identifier and not _PER_DAY.search(words):
        return RESOLUTIONS_COMPONENT
    return None


def stated_part(texts: list[str], component: str) -> PartReading | None:
    """The one figure of `component` the texts (an answer and its sibling answer) state; None
    when none does or they state several different ones (nothing sure to compare)."""
    found = [p for text in texts for p in read_parts(text) if p.component == component]
    values = {p.value for p in found}
    return found[0] if len(values) == 1 else None
