"""The LLM mode of `shenbao ask`: a RAG answer whose every sentence is grounded by code.

Passages are retrieved for the question (and, when it names an indicator, from the proofs for
that indicator), fenced as data under opaque keys, and the model answers sentence by sentence,
each with chunk keys and verbatim quotes (prompt `ask_answer`). A sentence stands only when at
least one of its quotes is found in the chunk it cites, none of them is hidden text or an
instruction to a model, and every number it states is in its quotes; other sentences are kept in
the JSON as `ungrounded` and left out of the answer text. When no sentence stands, or the model
cannot be reached, the offline answer is returned with a note saying so.

Must not build a model (`assistant.llm.models` does) or decide anything about the package.
"""

from __future__ import annotations

from langchain_core.language_models.chat_models import BaseChatModel
from pydantic import BaseModel, ConfigDict, Field

from assistant.catalog.model import FieldSpec
from assistant.core.citations import Citation
from assistant.core.question import Answer, AnswerSentence, Source
from assistant.core.settings import Settings
from assistant.llm.models import (
    LlmError,
    chat_model,
    describe_model,
    format_instructions,
    invoke_structured,
)
from assistant.llm.prompts import load_prompt
from assistant.retrieval.index import ChunkFilter, EvidenceIndex, Hit
from assistant.retrieval.passages import (
    Passage,
    cite_chunk,
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
from assistant.values.grounding import ground_quote, numbers_supported

PROMPT_NAME = "ask_answer"
TOP_K = 6
FIELD_K = 3


class Pointer(BaseModel):
    model_config = ConfigDict(extra="ignore")  # untrusted model output: extra keys are harmless

    chunk: str = Field(description="材料片段编号，如 C2")
    quote: str = Field(description="从该片段原文逐字复制的连续文字")


class ReplySentence(BaseModel):
    model_config = ConfigDict(extra="ignore")

    text: str = Field(description="回答中的一句话")
    citations: list[Pointer] = Field(default_factory=list, description="这句话的依据，至少一条")


class AskReply(BaseModel):
    """依据材料片段对问题的回答，逐句给出依据。"""

    model_config = ConfigDict(extra="ignore")

    sentences: list[ReplySentence] = Field(default_factory=list)
    insufficient: bool = Field(default=False, description="材料不足以回答时为 true")


def _retrieve(review: Review, question: str, spec: FieldSpec | None, index: EvidenceIndex) -> list[Hit]:
    hits = index.search(review.package.id, question, k=TOP_K)
    files = proof_files(review.package)
    if spec is not None and files:
        # "证据在哪一页": the proofs for the named indicator, even if the question's words
        # match the 申报表 better.
        hits += index.search(review.package.id, field_query(spec), k=FIELD_K, where=ChunkFilter(files=files))
    unique: dict[str, Hit] = {}
    for hit in hits:
        unique.setdefault(hit.chunk.id, hit)
    return list(unique.values())


def _ground_sentence(review: Review, sentence: ReplySentence, passages: list[Passage]) -> AnswerSentence:
    citations: list[Citation] = []
    reasons: list[str] = []
    for pointer in sentence.citations:
        passage = passage_for(passages, pointer.chunk)
        if passage is None:
            reasons.append(f"引用了不存在的片段编号 {pointer.chunk!r}")
            continue
        chunk = passage.chunk
        page = page_of(review.package, chunk)
        result = ground_quote(chunk.text, pointer.quote)
        if not result.grounded:
            reasons.append(f"{passage.key}：{result.reason}")
            continue
        hidden = hidden_under(chunk, page, result.span)
        if hidden:
            reasons.append(f"{passage.key}：引文是读者看不见的文字（{'、'.join(hidden)}）")
            continue
        citations.append(cite_chunk(chunk, page, result.span, result.status))
    text = sentence.text.strip()
    if not citations:
        return AnswerSentence(text=text, status="ungrounded", reason="；".join(reasons) or "没有给出依据")
    missing = numbers_supported(text, [c.quote for c in citations])
    if missing:
        return AnswerSentence(text=text, citations=tuple(citations), status="ungrounded",
                              reason=f"数字 {'、'.join(missing)} 不在所引原文中")
    return AnswerSentence(text=text, citations=tuple(citations), reason="；".join(reasons))


def llm_answer(
    review: Review,
    question: str,
    spec: FieldSpec | None,
    *,
    settings: Settings,
    index: EvidenceIndex,
    model: BaseChatModel | None,
    fallback: Answer,
) -> Answer:
    prompt = load_prompt(PROMPT_NAME)
    name = describe_model(settings) if model is None else str(getattr(model, "model_name", type(model).__name__))
    hits = _retrieve(review, question, spec, index)
    if not hits:
        return fallback
    passages = keyed(hits)
    tag = fence_tag(passages)
    messages = prompt.messages(question=question, fence=tag, evidence=render_passages(passages, tag),
                               output_format=format_instructions(AskReply))
    try:
        reply = invoke_structured(
            model or chat_model(settings), messages, AskReply, max_retries=settings.llm_max_retries,
            config={"run_name": f"shenbao.{PROMPT_NAME}", "metadata": prompt.metadata},
        )
    except LlmError as exc:
        return fallback.model_copy(update={"notes": (*fallback.notes, f"{exc}；以下为离线回答")})
    if reply.parsed is None:
        note = f"大模型 {len(reply.attempts)} 次输出均未通过校验；以下为离线回答"
        return fallback.model_copy(update={"notes": (*fallback.notes, note)})
    sentences = [_ground_sentence(review, s, passages) for s in reply.parsed.sentences]
    grounded = [s for s in sentences if s.status == "grounded"]
    if not grounded:
        note = "大模型认为材料不足以回答" if reply.parsed.insufficient and not sentences \
            else "大模型的回答未能在材料中核实"
        return fallback.model_copy(update={"notes": (*fallback.notes, f"{note}；以下为离线回答"),
                                           "sentences": tuple(sentences), "prompt": prompt.id, "model": name})
    citations: list[Citation] = []
    lines = []
    for sentence in grounded:
        marks = []
        for citation in sentence.citations:
            if citation not in citations:
                citations.append(citation)
            marks.append(f"[{citations.index(citation) + 1}]")
        lines.append(sentence.text + "".join(dict.fromkeys(marks)))
    notes = []
    dropped = len(sentences) - len(grounded)
    if dropped:
        notes.append(f"另有 {dropped} 句未能在材料中核实，已从回答中略去（见 JSON 的 sentences）")
    sources = tuple(Source(key=p.key, citation=cite_chunk(p.chunk, page_of(review.package, p.chunk)), score=p.score)
                    for p in passages)
    return Answer(question=question, text="\n".join(lines), citations=tuple(citations), mode="llm",
                  sources=sources, field_id=spec.id if spec else None, field_label=spec.label if spec else None,
                  sentences=tuple(sentences), prompt=prompt.id, model=name, notes=tuple(notes))
