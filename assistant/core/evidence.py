"""What the evidence says: typed facts read from proofs, in the indicator's unit, with citations.

An `EvidenceFact` is one figure of a proof document with everything a reviewer needs to know
before comparing it with the form: which indicator (and, for a formula input, which component),
whose figure it is (`scope`: the platform's, the company's as a whole, or a segment of it),
which period (`year`, the column as printed, a 截至 date), which dimension of a table it came
from (a total, one category of 附录A, one region of 附录F, one country), and how sure the reader
is (`confidence` with the `reasons` behind it). The checks decide severity from these (see
`assistant.checks.severity`): a company-wide figure only bounds a platform one, a figure of
unknown period or unit never makes an error.

Produced by the evidence chains (offline readers by default, an LLM when configured); consumed by
the prefill (the `evidence` of a 附件4 row) and the checks (declared vs. evidence). A value that
could not be grounded in its cited text is kept with status `ungrounded` and never used as found.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from assistant.core.citations import Citation

EvidenceStatus = Literal["found", "ungrounded", "ambiguous"]
Method = Literal["table_row", "text", "list_count", "ocr_figure", "llm"]
# Whose figure: the platform's (平台业务/平台相关, a 专项说明), the enterprise's as a whole
# (合并/母公司 statements), a part of either (one customer, one region, 核心软件), or not said.
Scope = Literal["platform", "company", "segment", "unknown"]
# The table dimension a figure was read from: a total, or one entry of a breakdown.
Dimension = Literal["total", "category", "region", "country", "industry", "item"]

CONFIDENT = 0.8  # at or above: the reader has no doubt it could name
OCR_REASON = "OCR识别的扫描页，数字可能有识别误差"
# a 合并及母公司 statement's 母公司本期: the applicant's own figure when it declares as the parent alone (h92)
PARENT_READING = "母公司报表口径（申报主体本身），合并报表另列"
# a table's column of another reading beside the one the row is read by (「自上线累计」 beside 「2023年」, h92)
ANOTHER_READING = "表中另一口径的数字（可作为申报值的依据，不据此判定不一致）"
ALTERNATIVE_READINGS = (PARENT_READING, ANOTHER_READING)  # readings that back a form and never hold one
REPEATED_ROWS = "名单含重复行的行数："  # + the count: a list counted without its repeated rows (`lists.enterprises`)
PIECES_JOINED = "存疑：截图数字被OCR分成几段识别，已按位置拼合"  # `figure_geometry.joined_figures`
# A table's rows added up where it prints no 合计 and numbers no rows: perhaps only a part of it
# (a dashboard's top regions), so a difference from the form is only noted (`is_unchecked_sum`).
UNCHECKED_SUM = "表格未印合计，总数为各行相加所得，无法核对"


def is_unchecked_sum(fact: EvidenceFact) -> bool:
    return f"存疑：{UNCHECKED_SUM}" in fact.reasons


# A table with rows whose name or number the reader could not read (a scan): what it lists is not
# all it holds, so an entry the form declares and the table lacks is unknown there, not 0.
UNREAD_ROWS = "行数字未能读取，无法以各行之和核对合计"


def has_unread_rows(fact: EvidenceFact) -> bool:
    return any(r.endswith(UNREAD_ROWS) for r in fact.reasons)


# A count read from a table of categories, regions or industries with their numbers (a 统计表), not
# from the rows of a list of items: its total is a figure stated in a proof, as an evaluator files it.
STATISTICS_TABLE = "分类/区域统计表中的数字（非逐项清单）"


# A table whose printed 合计 its rows do not reach (a contract ledger's 确认收入): the note of the
# fact read from that 合计 starts so, and the checks report the file's own disagreement.
TOTAL_MISMATCH = "合计与各行之和不一致"


# A chart's bar read as the count it stood at (`evidence.chart_counts`): a second reading of a deck
# whose big figure may say otherwise, reported when the two differ.
CHART_END = "图表末年柱上所标数字"


# A company statement's 编制单位, kept in its reasons as 「编制单位：…」: whose figures they are.
PREPARED_BY = "编制单位："
# What a certificate or a test report says of itself (`evidence.security_proofs`), for `rules_certificates`.
VALID_UNTIL = "有效期至："
DRAFTED_BY = "起草单位："  # a standard's 前言: who drafted it (`evidence.standards`)
HELD_BY = "持证单位："
TESTED_ON = "测评日期："
LEVEL_STATED = "证书等级："  # a DCMM certificate's level, 1–5
# A listed group's line of its platform (its 营业收入构成's row, its 分部信息's column): the group's own
# split of its business, which may hold more than the platform — a bound of the platform's figure.
GROUP_LINE = "存疑：取自集团年度报告中列示平台的"
# A stock code of the 全国中小企业股份转让系统 (`evidence.listing`): a 挂牌, which is no 上市.
NEEQ_DOUBT = "存疑：证券代码属全国中小企业股份转让系统（新三板挂牌，非上市）"


# A yearly total of a period the indicator does not ask for (平台订单数量 over 2022-07…2023-06: neither
# the 2023 natural year nor the year before the form's date): kept, never a proof of the answer.
OTHER_PERIOD = "统计期间既非2023年自然年，也非截至填表日前一年"


# A list's own note that its total includes items the notice does not count (「合计数含已下线设备126台/套」,
# 「共23家为平台用户的配套供应商」): a component of the count, whose value is how many (`evidence.list_notes`).
COUNTED_BUT_EXCLUDED = "清单注明合计中含不应计入的项"
# The year before the 近三年 history (2020) is the first growth rate's base, named as that rate's input
FIRST_GROWTH_BASE = "2020年平台营收（万元）"


# What a figure read from a proof's sentences (`evidence.prose`) says first among its reasons.
PROSE_STATEMENT = "证明材料正文："
# A letter's count of one kind of patents (「共获得授权发明专利47项」) read as the patents' count: the only
# statement of it in the file, but the notice's 专利数量 may also hold 实用新型 and 外观设计 (`evidence.prose`).
ONE_KIND_OF_PATENTS = "存疑：证明材料所述仅为发明专利的数量，申报的专利数量还可含实用新型、外观设计专利"


# A report another one in the package replaces (a re-issued report, a draft beside its final): its facts
# keep a reason that starts so and names the replacing file in 《》 (`evidence.superseded`).
REPLACED_BY = "存疑：该报告已由"


def from_statistics(fact: EvidenceFact) -> bool:
    return STATISTICS_TABLE in fact.reasons


def is_bound(fact: EvidenceFact) -> bool:
    """A group's line of the platform (`GROUP_LINE`): it bounds the platform's figure, never is it."""
    return any(r.startswith(GROUP_LINE) for r in fact.reasons)


class EvidenceFact(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    field_id: str  # the catalog field it bears on (revenue, rd_investment, patents, devices_total …)
    label: str  # that field's notice label
    component: str = ""  # a formula input ("平台利润总额（万元）") or a breakdown entry ("机床")
    value: str  # as printed: "66,707,912.35"
    unit: str  # as printed or from the table header: 元, 万元, 台, 家, 项
    normalized: float | int | None  # in the field's unit (万元 for money)
    scope: Scope = "unknown"
    period: str = ""  # the column or caption as printed: 本期/上期/期末/2023年度/合计
    year: int | None = None  # the year the figure is of, when the document says it
    as_of: str = ""  # 截至日期 as printed ("截至2024年6月30日")
    dimension: Dimension = "total"
    confidence: float = Field(default=1.0, ge=0.0, le=1.0)
    reasons: tuple[str, ...] = ()  # why this reading (and any doubt), Chinese, for the reviewer
    status: EvidenceStatus = "found"
    method: Method
    citations: tuple[Citation, ...]
    note: str = ""
    # A certificate list whose 权利人 column names, for some items, someone else than the holder of
    # the rest (`holder`): how many. The list's count stays what it lists; the checks compare the
    # declared count with the holder's own (填报指引: 权属需与平台所属公司保持一致).
    held_by_others: int = 0
    holder: str = ""
    other_holders: tuple[str, ...] = ()  # who holds those items, as the list names them
    # Items the list itself marks as no longer in force (an honour 「（已到期）」, a patent 「已失效」):
    # how many; still in the count, which is what the list lists.
    lapsed: int = 0
    # Patent applications the list itself marks as not granted (已受理, 实质审查中, a note 「第22–24项为…
    # 申请」): how many; still in the count. 填报指引 counts 获得的专利 (`lists.pending`).
    pending: int = 0

    @property
    def confident(self) -> bool:
        return self.status == "found" and self.confidence >= CONFIDENT

    def stated(self, prefix: str) -> str:
        """What one of the reasons says after `prefix` (「编制单位：」, 「有效期至：」 …); "" when none does."""
        return next((r[len(prefix):] for r in self.reasons if r.startswith(prefix)), "")

    def doubts(self, field_scope: str = "platform") -> list[str]:
        """What keeps this fact from being unambiguous as evidence of a field of `field_scope`
        (platform, or company for the enterprise's own fields), in Chinese; empty when nothing."""
        out = []
        if self.status == "ambiguous":
            out.append(self.note or "读取结果有歧义")
        if self.scope == field_scope:
            pass
        elif self.scope == "company":
            out.append("该数据为企业整体口径，非平台口径")
        elif self.scope == "segment":
            out.append("该数据为部分业务/部分范围的口径")
        elif self.scope == "platform":
            out.append("该数据为平台口径，非企业整体口径")
        else:
            out.append("未能确定该数据的口径（平台或企业）")
        if self.confidence < CONFIDENT:
            out += [r for r in self.reasons if r.startswith("存疑")] or ["读取置信度较低"]
        if self.method == "ocr_figure" or OCR_REASON in self.reasons:
            out.append(OCR_REASON)
        return out


# The name the rest of the code grew up with; one type.
EvidenceValue = EvidenceFact
