"""What the evidence says: values read from proofs, in the indicator's unit, with citations.

Produced by the evidence chains (offline rules by default, an LLM when configured); consumed by
the prefill (the `evidence` of a 附件4 row) and the checks (declared vs. evidence). A value that
could not be grounded in its cited text is kept with status `ungrounded` and is never used as
found.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

from assistant.citations import Citation

EvidenceStatus = Literal["found", "ungrounded", "ambiguous"]
Method = Literal["table_row", "text", "list_count", "ocr_figure", "llm"]


class EvidenceValue(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    field_id: str  # the catalog field it bears on (revenue, rd_investment, patents, devices_total …)
    label: str  # that field's notice label
    component: str = ""  # set when the value is an input of the field's formula: "平台利润总额（万元）"
    value: str  # as printed: "66,707,912.35"
    unit: str  # as printed or from the table header: 元, 万元, 台, 家, 项
    normalized: float | int | None  # in the field's unit (万元 for money)
    period: str = ""  # 本期/上期/期末/期初/2023年度
    status: EvidenceStatus = "found"
    method: Method
    citations: tuple[Citation, ...]
    note: str = ""
