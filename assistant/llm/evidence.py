"""The LLM evidence extractor: indicator values read from the proofs by a model, then grounded.

For each evidence-backed numeric field of the catalog, candidate chunks of the proof files are
retrieved from the evidence index (fused BM25 + vectors on the field's label and aliases), shown
to the model fenced as data under opaque keys (`assistant.retrieval.passages`), and the model answers with
chunk key, verbatim quote, value, unit and period (prompt `evidence_extract`). Code resolves the
key to file/page/bbox, re-finds the quote and re-parses the value (`assistant.values.grounding`); a value
that survives is `found`, every other one is kept as `ungrounded` with the reason — never
dropped, never used as found. Chunks whose text addresses a model (忽略以上指令…) or whose quote
is hidden text cannot support a value, and are reported in `alerts`.

Implements the `EvidenceExtractor` interface of `assistant.evidence.extractor` (`name`, `extract`);
by default the offline extractor's values are kept and the model is asked only about the rest.
Must not: decide whether a declared value is right (the checks do), or build a model itself
(`assistant.llm.models` does).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from langchain_core.language_models.chat_models import BaseChatModel
from pydantic import BaseModel, ConfigDict, Field

from assistant.catalog.model import FieldSpec
from assistant.catalog.notice import Catalog, load_catalog, search_terms
from assistant.core.citations import Citation
from assistant.core.evidence import EvidenceValue
from assistant.core.settings import Settings
from assistant.llm.models import (
    LlmError,
    chat_model,
    describe_model,
    format_instructions,
    invoke_structured,
)
from assistant.llm.prompts import Prompt, load_prompt
from assistant.retrieval.chunking import Chunk
from assistant.retrieval.index import ChunkFilter, EvidenceIndex
from assistant.retrieval.passages import (
    Passage,
    cite_chunk,
    context_unit,
    fence_tag,
    field_query,
    hidden_under,
    keyed,
    page_of,
    passage_for,
    proof_files,
    render_passages,
)
from assistant.review.model import Review
from assistant.values.grounding import GroundingResult, ground_value, instruction_in
from assistant.values.numbers import Quantity, to_tb, to_wan

PROMPT_NAME = "evidence_extract"
NUMERIC_TYPES = frozenset({"money_wan", "count", "compound_total_private", "number_with_unit", "percent"})
MAX_ITEMS = 5
_STOP_AFTER_FAILURES = 2  # consecutive endpoint failures: the service is down, stop asking


class EvidenceItem(BaseModel):
    # What a model returns is untrusted input, not a module boundary: extra keys are ignored
    # rather than spent as a retry.
    model_config = ConfigDict(extra="ignore")

    chunk: str = Field(description="证据片段编号，如 C3")
    quote: str = Field(description="从该片段原文逐字复制、包含该数值的连续文字")
    value: str = Field(description="数值，按原文写法照抄")
    unit: str = Field(default="", description="原文或表头写明的单位，没有则留空")
    period: str = Field(default="", description="所属期间，如 本期、上期、2023年度；没有则留空")


class EvidenceReply(BaseModel):
    """某一指标在证据片段中的数值（找不到则 items 为空列表）。"""

    model_config = ConfigDict(extra="ignore")

    items: list[EvidenceItem] = Field(default_factory=list, description="找到的数值，最多 5 条")


class Alert(BaseModel):
    """A chunk that tried to talk to the model, or hid text from the reader."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: str  # "instruction" | "hidden"
    detail: str
    citation: Citation


@dataclass
class ExtractionTrace:
    field_id: str
    prompt: str  # "evidence_extract.v1": every value and failure names the prompt that asked
    model: str
    candidates: tuple[str, ...] = ()  # chunk ids shown, in key order
    attempts: tuple[str, ...] = ()  # "tools:ok", "json:<validation error>"
    outcome: str = ""  # "found 2, ungrounded 1" | "no candidates" | "failed: …"


@dataclass
class LlmExtractor:
    settings: Settings
    model: BaseChatModel | None = None
    index: EvidenceIndex | None = None
    catalog: Catalog | None = None
    fields: tuple[str, ...] | None = None  # None: every numeric evidence field the package declares
    # Keep what the offline extractor reads and ask the model only about the fields it left
    # without a found value: configuring an LLM adds evidence, it never replaces a deterministic
    # reading with a generated one.
    include_offline: bool = True
    top_k: int = 6
    prompt_version: int | None = None
    name: str = "llm"
    traces: list[ExtractionTrace] = field(default_factory=list)
    alerts: list[Alert] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.prompt: Prompt = load_prompt(PROMPT_NAME, self.prompt_version)
        self.model_name = describe_model(self.settings) if self.model is None else _model_label(self.model)

    # ------------------------------------------------------------------ interface

    def extract(self, review: Review) -> list[EvidenceValue]:
        catalog = self.catalog or review.catalog or load_catalog()
        model = self.model or chat_model(self.settings)
        index = self.index or EvidenceIndex(self.settings, search_terms(catalog))
        index.index_package(review.package)
        files = proof_files(review.package)
        values: list[EvidenceValue] = []
        if self.include_offline:
            from assistant.evidence.extractor import OfflineExtractor

            values = OfflineExtractor().extract(review)
        if not files:
            return values
        known = {v.field_id for v in values if v.status == "found"}
        failures = 0
        for spec in self._fields(review, catalog):
            if spec.id in known:
                continue
            trace = ExtractionTrace(field_id=spec.id, prompt=self.prompt.id, model=self.model_name)
            self.traces.append(trace)
            hits = index.search(review.package.id, field_query(spec), k=self.top_k,
                                where=ChunkFilter(files=files))
            # Vector neighbours that share no word with the field are noise for a small index
            # (an audit opinion for 注册资本): without a lexical hit the model is not asked.
            hits = [h for h in hits if h.bm25_rank is not None]
            if not hits:
                trace.outcome = "no candidates"
                continue
            passages = keyed(hits)
            trace.candidates = tuple(p.chunk.id for p in passages)
            self._report_alerts(review, passages)
            try:
                reply = invoke_structured(
                    model, self._messages(spec, passages), EvidenceReply,
                    max_retries=self.settings.llm_max_retries,
                    config={"run_name": f"shenbao.{PROMPT_NAME}",
                            "metadata": {**self.prompt.metadata, "field": spec.id}},
                )
            except LlmError as exc:
                failures += 1
                trace.outcome = f"failed: {exc}"
                self.errors.append(f"{spec.label}：{exc}")
                if failures >= _STOP_AFTER_FAILURES:
                    self.errors.append("大模型服务连续调用失败，其余指标未用大模型抽取")
                    break
                continue
            failures = 0
            trace.attempts = tuple(f"{a.mode}:{a.error or 'ok'}" for a in reply.attempts)
            if reply.parsed is None:
                trace.outcome = f"failed: {len(reply.attempts)} 次输出均未通过校验"
                self.errors.append(f"{spec.label}：大模型 {len(reply.attempts)} 次输出均未通过校验")
                continue
            found = [self.resolve(review, spec, item, passages) for item in reply.parsed.items[:MAX_ITEMS]]
            found = _unique(found)
            values.extend(found)
            trace.outcome = ", ".join(f"{s} {sum(v.status == s for v in found)}"
                                      for s in ("found", "ungrounded")) if found else "nothing found"
        return values

    # ------------------------------------------------------------------ steps

    def _fields(self, review: Review, catalog: Catalog) -> list[FieldSpec]:
        if self.fields is not None:
            return [catalog.field(f) for f in self.fields]
        chosen = []
        for spec in catalog.fields:
            if not spec.evidence_kinds or spec.value_type not in NUMERIC_TYPES:
                continue
            if any(r.kind in ("ratio", "growth") for r in spec.relations):
                continue  # a computed rate is backed by its inputs, which are fields of their own
            declared = review.declared(spec.id)
            if declared is not None and declared.raw.strip():  # nothing to back: no call
                chosen.append(spec)
        return chosen

    def _messages(self, spec: FieldSpec, passages: list[Passage]):
        tag = fence_tag(passages)
        return self.prompt.messages(
            field_label=spec.label,
            field_unit=spec.unit or "（无固定单位）",
            field_guidance=(spec.guidance or "（无）").strip(),
            fence=tag,
            evidence=render_passages(passages, tag),
            output_format=format_instructions(EvidenceReply),
        )

    def _report_alerts(self, review: Review, passages: list[Passage]) -> None:
        seen = {a.citation.span for a in self.alerts if a.citation.span is not None}
        for passage in passages:
            chunk = passage.chunk
            instruction = instruction_in(chunk.text)
            kind, detail = ("instruction", instruction) if instruction else ("hidden", "、".join(chunk.hidden))
            if not instruction and not chunk.hidden:
                continue
            citation = cite_chunk(chunk, page_of(review.package, chunk))
            if citation.span not in seen:
                seen.add(citation.span)
                self.alerts.append(Alert(kind=kind, detail=detail, citation=citation))

    def resolve(self, review: Review, spec: FieldSpec, item: EvidenceItem, passages: list[Passage]) -> EvidenceValue:
        """The model's pointer → an EvidenceValue, `found` only when code could ground it."""
        passage = passage_for(passages, item.chunk)
        if passage is None:
            return self._ungrounded(spec, item, None, None, f"模型引用了不存在的证据编号 {item.chunk!r}")
        chunk = passage.chunk
        page = page_of(review.package, chunk)
        instruction = instruction_in(chunk.text)
        if instruction:
            return self._ungrounded(spec, item, chunk, page,
                                    f"所引证据片段含有针对模型的指令（“{instruction}”），已忽略")
        result = ground_value(chunk.text, item.quote, item.value, item.unit,
                              default_unit=context_unit(chunk, page))
        if not result.grounded:
            return self._ungrounded(spec, item, chunk, page, result.reason)
        # The figure itself must be visible; a visible figure under a hidden caption still counts.
        hidden = hidden_under(chunk, page, result.value_span)
        if hidden:
            return self._ungrounded(spec, item, chunk, page,
                                    f"引文是读者看不见的文字（{'、'.join(hidden)}），不能作为证据")
        normalized = in_field_unit(result.quantity, spec)
        if normalized is None:
            return self._ungrounded(spec, item, chunk, page,
                                    f"引文中的数值单位（{result.quantity.unit or '无'}）无法换算为{spec.unit}")
        return EvidenceValue(
            field_id=spec.id,
            label=spec.label,
            value=result.quantity.raw,
            unit=result.quantity.unit or "",
            normalized=normalized,
            period=_checked_period(item.period, chunk),
            status="found",
            method="llm",
            citations=(cite_chunk(chunk, page, result.span, result.status),),
            note=self._note(result),
        )

    def _note(self, result: GroundingResult | None = None, reason: str = "") -> str:
        how = f"大模型抽取（{self.model_name}，提示词 {self.prompt.id}）"
        if reason:
            return f"{how}；未能核实：{reason}"
        return how + ("；引文经规范化后匹配" if result is not None and result.status == "normalized" else "")

    def _ungrounded(self, spec: FieldSpec, item: EvidenceItem, chunk: Chunk | None, page, reason: str) -> EvidenceValue:
        # The citation points at what the model pointed at (the whole chunk: a true slice of the
        # page), never at the model's quote, which may not exist in the document.
        citations = (cite_chunk(chunk, page),) if chunk is not None else ()
        quote = item.quote.strip().replace("\n", " ")
        return EvidenceValue(
            field_id=spec.id,
            label=spec.label,
            value=item.value.strip()[:100],
            unit=item.unit.strip()[:20],
            normalized=None,
            period="",
            status="ungrounded",
            method="llm",
            citations=citations,
            note=self._note(reason=f"{reason}；模型引文「{quote[:120]}」"),
        )


def in_field_unit(quantity: Quantity | None, spec: FieldSpec) -> float | int | None:
    """The grounded quantity in the field's unit (万元 for money, TB for storage), or None."""
    if quantity is None:
        return None
    value: Decimal | None
    if spec.value_type == "money_wan" or spec.unit == "万元":
        value = to_wan(quantity)
    elif spec.unit == "TB":
        value = to_tb(quantity) if quantity.unit else quantity.value
    elif spec.unit == "%":
        value = quantity.value if quantity.unit in (None, "%") else None
    else:
        money_or_storage = quantity.unit is not None and (to_wan(quantity) is not None or to_tb(quantity) is not None)
        value = None if money_or_storage or quantity.unit == "%" else quantity.value
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() and spec.unit not in ("万元", "%", "TB") else float(value)


def _checked_period(period: str, chunk: Chunk) -> str:
    """The model's period only when the chunk or its header says it (本期金额, 2023年度)."""
    period = period.strip()
    context = " ".join((chunk.text, chunk.table_header or "", *chunk.headings))
    return period if period and period in context else ""


def _unique(values: list[EvidenceValue]) -> list[EvidenceValue]:
    seen, out = set(), []
    for value in values:
        key = (value.status, value.value, tuple((c.file, c.span) for c in value.citations))
        if key not in seen:
            seen.add(key)
            out.append(value)
    return out


def _model_label(model: BaseChatModel) -> str:
    name = getattr(model, "model_name", None) or getattr(model, "model", None) or type(model).__name__
    return str(name)
