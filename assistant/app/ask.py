"""`shenbao ask`: a question about one package, answered with citations.

Offline (the default) there is no generation at all. Every answer opens with one sentence that
answers the question, then the details, each marked "[n]" for its citation; file paths stay in
the citations (the CLI lists them, the workspace shows them as short labels), not in the text.
A question that names an indicator ("该平台2023年研发投入强度是多少？证据在哪一页？") is answered
from the review: the declared value, the inputs of its formula, what the evidence says and the
findings on it. Any other question is answered from the best passages of the index: the name a
"哪家/哪个 X" question asks for when a passage names one ("哪家会计师事务所" → "上海申联会计师事务所
（特殊普通合伙）"), else the sentence sharing most words with the question, each cited to its exact
span. With an LLM configured the answer is generated from retrieved passages
(`assistant.llm.answer`), every sentence grounded by code; when nothing can be grounded the
offline answer stands.

This module answers and renders; it holds no rule (checks do) and builds no model.
"""

from __future__ import annotations

import re

from assistant.catalog.model import FieldSpec
from assistant.catalog.notice import Catalog
from assistant.core.citations import Citation
from assistant.core.findings import SEVERITY_ZH, Finding
from assistant.core.privacy import redact_secrets
from assistant.core.question import Answer, Source
from assistant.core.settings import Settings
from assistant.core.text_keys import label_key
from assistant.retrieval.index import ChunkFilter, EvidenceIndex, Hit
from assistant.retrieval.passages import cite_chunk, field_query, page_of, proof_files
from assistant.review.model import Review
from extractors.model import Span

SCHEMA_VERSION = 1
PASSAGES = 3
_SECTION_RANK = {"indicators": 0, "platform": 1, "enterprise": 2, "cover": 3, "contact_form": 4}
_PREFIXES = ("平台相关", "平台")  # 研发投入强度 asks for 平台相关研发投入强度


# ---------------------------------------------------------------------------- the question


def _keys(spec: FieldSpec) -> set[str]:
    keys = set()
    for text in (spec.label, *spec.aliases):
        key = label_key(text)
        bare = re.sub(r"\([^()]*\)$", "", key)
        keys |= {key, bare}
        for prefix in _PREFIXES:
            if bare.startswith(prefix) and len(bare) - len(prefix) >= 4:
                keys.add(bare[len(prefix) :])
    return {k for k in keys if len(k) >= 4}


def match_field(question: str, catalog: Catalog) -> FieldSpec | None:
    """The indicator a question names: the longest label or alias it contains."""
    text = label_key(question)
    best: tuple[int, int, int] | None = None
    found = None
    for order, spec in enumerate(catalog.fields):
        for key in _keys(spec):
            if key in text:
                rank = (-len(key), _SECTION_RANK.get(spec.section, 9), order)
                if best is None or rank < best:
                    best, found = rank, spec
    return found


# ---------------------------------------------------------------------------- answering


def answer(review: Review, question: str, *, settings: Settings, index: EvidenceIndex, model=None) -> Answer:
    """Answer `question` about the reviewed package. `model` (a LangChain chat model) overrides
    the one settings would build; with neither, the answer is offline."""
    index.index_package(review.package)  # a no-op when the package is already indexed
    spec = match_field(question, review.catalog)
    offline = indicator_answer(review, question, spec, index) if spec else passage_answer(review, question, index)
    if model is None and settings.llm == "none":
        return offline
    from assistant.llm.answer import (
        llm_answer,  # LangChain only when a model is configured
    )

    return llm_answer(review, question, spec, settings=settings, index=index, model=model, fallback=offline)


class _Lines:
    """Answer lines with numbered citations, so the text can say "[2]"."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.citations: list[Citation] = []

    def mark(self, citation: Citation) -> str:
        if citation not in self.citations:
            self.citations.append(citation)
        return f"[{self.citations.index(citation) + 1}]"

    def add(self, text: str, *citations: Citation) -> None:
        self.lines.append(text + "".join(self.mark(c) for c in citations))


def where(citation: Citation) -> str:
    """"附件2.docx 第7页（三、指标明细表 第18行）"; without pages, the file and its locator."""
    if citation.page is None:
        return citation.file + (f"（{citation.locator}）" if citation.locator else "")
    extra = "" if "!" in citation.locator else citation.locator.removeprefix(citation.place).strip()
    return f"{citation.file} {citation.place}" + (f"（{extra}）" if extra else "")


def _declared_line(review: Review, spec: FieldSpec) -> tuple[str, tuple[Citation, ...]]:
    declared = review.declared(spec.id)
    if declared is None or not declared.raw.strip():
        return f"{spec.label}：申报材料中未填写或未找到", ()
    typed = review.typed(spec.id)
    shown = typed.display if typed and typed.display else declared.raw.strip()
    if spec.unit and typed and isinstance(typed.normalized, (int, float)) and not shown.endswith(spec.unit):
        shown += spec.unit if spec.unit == "%" else f" {spec.unit}"
    if spec.sensitive:
        shown = redact_secrets(shown)
    return f"{spec.label}：申报值 {shown}", declared.citations[:1]


def _findings_on(review: Review, spec: FieldSpec) -> list[Finding]:
    labels = {label_key(spec.label), label_key(spec.summary_label or spec.label)}
    return [f for f in review.findings if any(label_key(x) in labels for x in f.fields)]


def _evidence_lines(lines: _Lines, review: Review, spec: FieldSpec) -> int:
    shown = 0
    for value in review.evidence_for(spec.id):
        citation = value.citations[0] if value.citations else None
        unit = f" {value.unit}" if value.unit else ""
        if value.status == "ungrounded":
            lines.add(f"  未能核实（不作为证据）：{spec.label} {value.value}{unit}——{value.note}", *value.citations[:1])
            continue
        converted = ""
        if value.normalized is not None and spec.unit and value.unit != spec.unit:
            converted = f"，折合 {value.normalized:g} {spec.unit}" if isinstance(value.normalized, float) \
                else f"，折合 {value.normalized} {spec.unit}"
        place = f"，原文「{_clip(citation.quote)}」" if citation else ""
        status = "（有歧义）" if value.status == "ambiguous" else ""
        lines.add(f"  {value.component or spec.label}：{value.value}{unit}{converted}{status}{place}", *value.citations[:1])
        shown += 1
    return shown


def _lead_sentence(lines: _Lines, review: Review, spec: FieldSpec) -> None:
    """The one sentence that answers an indicator question: what was declared, what the proofs
    say, whether the checks found anything."""
    text, citations = _declared_line(review, spec)
    parts = [text.replace("：申报值 ", " 申报为 ", 1) + "".join(lines.mark(c) for c in citations)]
    evidence = [v for v in review.evidence_for(spec.id) if v.status != "ungrounded"]
    if evidence:
        value = evidence[0]
        unit = f" {value.unit}" if value.unit else ""
        parts.append(f"证明材料中为 {value.value}{unit}" + "".join(lines.mark(c) for c in value.citations[:1]))
    findings = _findings_on(review, spec)
    if findings:
        worst = min(findings, key=lambda f: ("error", "warning", "info").index(f.severity))
        parts.append(f"检查发现 {len(findings)} 个问题（最严重为{SEVERITY_ZH[worst.severity]}）")
    elif review.findings:
        parts.append("检查未发现问题")
    lines.add("，".join(parts) + "。")


def indicator_answer(review: Review, question: str, spec: FieldSpec, index: EvidenceIndex) -> Answer:
    lines = _Lines()
    _lead_sentence(lines, review, spec)
    path = f"（{spec.path.level3_code} {spec.path.level3_name}）" if spec.path else ""
    lines.add(f"问题涉及指标：{spec.label}{path}")
    text, citations = _declared_line(review, spec)
    lines.add(text, *citations)
    declared = review.declared(spec.id)
    if declared is not None and declared.proof:
        lines.add(f"申报表注明的证明资料：{declared.proof}")
    for row in review.rows:
        if row.status == "ambiguous" and row.readings and spec.summary_label == row.label:
            lines.add(f"各来源填写不一致（附件4“{row.label}”）：{row.note}")
    components = []
    for relation in spec.relations:
        if relation.kind in ("ratio", "sum", "growth") and relation.source:
            lines.add(f"计算关系：{relation.source}")
        for term in relation.terms:
            if term.field and term.field != spec.id and relation.kind in ("ratio", "sum", "growth"):
                components.append(review.catalog.field(term.field))
    for component in components:
        text, citations = _declared_line(review, component)
        lines.add("  " + text, *citations)
    sources: list[Source] = []
    backed = [s for s in (spec, *components) if s.evidence_kinds]
    if backed:
        lines.add("证明材料中的数值：")
    shown = sum(_evidence_lines(lines, review, s) for s in backed)
    if backed and shown == 0:
        lines.lines[-1] = "证明材料中的数值：未抽取到；与该指标最相关的证明材料原文如下："
        files = proof_files(review.package)
        query = " ".join(field_query(s) for s in (spec, *components))  # a ratio's proofs are its inputs
        hits = index.search(review.package.id, query, k=PASSAGES, where=ChunkFilter(files=files)) if files else []
        sources = _sources(review, hits)
        for source in sources:
            lines.add(f"  「{_clip(source.citation.quote)}」", source.citation)
        if not hits:
            lines.add("  （证明材料中未找到相关内容）")
    findings = _findings_on(review, spec)
    if findings:
        lines.add("检查发现：")
        for finding in findings:
            lines.add(f"  [{SEVERITY_ZH[finding.severity]}] {finding.message}", *finding.citations[:2])
    elif review.findings:
        lines.add("检查发现：该指标未发现问题")
    return Answer(question=question, text="\n".join(lines.lines), citations=tuple(lines.citations),
                  mode="offline", sources=tuple(sources), field_id=spec.id, field_label=spec.label)


def passage_answer(review: Review, question: str, index: EvidenceIndex) -> Answer:
    hits = index.search(review.package.id, question, k=PASSAGES)
    sources = _sources(review, hits)
    lines = _Lines()
    if not sources:
        lines.add("未在申报材料中找到与问题相关的内容。")
    else:
        named = _named_answer(review, question, hits)
        if named is not None:
            lines.add(f"{named[0]}。", named[1])
        else:
            text, citation = _best_sentence(review, question, hits)
            lines.add(f"申报材料中与问题最相关的是：「{_clip(text, 120)}」", citation)
        lines.add("相关原文：")
        for source in sources:
            lines.add(f"  「{_clip(source.citation.quote)}」", source.citation)
    return Answer(question=question, text="\n".join(lines.lines), citations=tuple(lines.citations),
                  mode="offline", sources=tuple(sources))


# "哪家会计师事务所…", "哪个部门…", "什么机构…": the words after the question word end with the
# kind of name asked for; a passage answers when it names one ("上海申联会计师事务所").
_WHICH = re.compile(r"(?:哪一?[家个位所些项款]?|什么|何)([\u4e00-\u9fff]{2,16})")
_NAME_CHAR = re.compile(r"[\u4e00-\u9fffA-Za-z0-9·]")
_LEADING_WORDS = "由经被与和及的在为是向对"
_NOT_A_NAME = ("该", "本", "此", "贵", "各", "其", "上述", "相关", "所属", "注册")
_QUALIFIER = re.compile(r"[（(][^（()）\n]{1,15}[）)]")


def _named_answer(review: Review, question: str, hits: list[Hit]) -> tuple[str, Citation] | None:
    """'会计师事务所：上海申联会计师事务所（特殊普通合伙）' with the span cited, for a 哪家/什么 X
    question whose X (or its longest head) a passage prints after a proper name."""
    asked = _WHICH.search(question)
    if asked is None:
        return None
    words = asked.group(1)
    for size in range(len(words), 1, -1):
        kind = words[:size]
        for hit in hits:
            found = _name_before(hit.chunk.text, kind)
            if found is not None:
                start, end = found
                citation = cite_chunk(hit.chunk, page_of(review.package, hit.chunk), Span(start=start, end=end))
                return f"{kind}：{redact_secrets(citation.quote)}", citation
    return None


def _name_before(text: str, kind: str) -> tuple[int, int] | None:
    """The span of the first "<proper name><kind>(（qualifier）)" in `text`."""
    for match in re.finditer(re.escape(kind), text):
        start = match.start()
        while start > 0 and _NAME_CHAR.match(text[start - 1]):
            start -= 1
        while start < match.start() and text[start] in _LEADING_WORDS:
            start += 1
        name = text[start : match.start()]
        if len(name) < 2 or name.startswith(_NOT_A_NAME):
            continue
        end = match.end()
        qualifier = _QUALIFIER.match(text, end)
        return start, qualifier.end() if qualifier else end
    return None


_SENTENCE = re.compile(r"[^。；;！？!?\n]+[。；;！？!?]?")
_LINE = re.compile(r"[^\n]+")
_LABEL_CHARS = 20  # a line this short that matches the question is a label: its value follows it
_QUESTION_WORDS = re.compile(r"哪一?[家个位所些项款]?|什么|多少|是否|怎么样|怎样|如何|吗|呢|请问|是|的|有|了|[？?，,。\s]")


def _best_sentence(review: Review, question: str, hits: list[Hit]) -> tuple[str, Citation]:
    """The sentence of the best passages sharing most character pairs with the question (the
    first passage's first sentence when none shares any), cited to its span. A short line is a
    label (a table cell, a heading): the line after it, its value, is part of the answer."""
    core = _QUESTION_WORDS.sub(" ", question)
    pairs = {core[i : i + 2] for i in range(len(core) - 1) if " " not in core[i : i + 2]}
    best: tuple[float, int, Hit, int, int] | None = None
    for rank, hit in enumerate(hits):
        for match in _SENTENCE.finditer(hit.chunk.text):
            sentence = match.group().strip()
            if len(sentence) < 4:
                continue
            shared = sum(1 for pair in pairs if pair in sentence)
            score = shared - rank * 0.5
            start = match.start() + match.group().index(sentence)
            end = start + len(sentence)
            if len(sentence) <= _LABEL_CHARS and (value := _LINE.search(hit.chunk.text, match.end())):
                end = value.start() + len(value.group().rstrip())
            if best is None or score > best[0]:
                best = (score, -rank, hit, start, end)
    if best is None:
        hit = hits[0]
        citation = cite_chunk(hit.chunk, page_of(review.package, hit.chunk))
        return citation.quote, citation
    _score, _rank, hit, start, end = best
    citation = cite_chunk(hit.chunk, page_of(review.package, hit.chunk), Span(start=start, end=end))
    return "：".join(line.strip() for line in citation.quote.splitlines() if line.strip()), citation


def _sources(review: Review, hits: list[Hit]) -> list[Source]:
    return [Source(key=f"C{n}", citation=cite_chunk(h.chunk, page_of(review.package, h.chunk)), score=h.score)
            for n, h in enumerate(hits, start=1)]


def _clip(text: str, limit: int = 80) -> str:
    flat = redact_secrets(" ".join(text.split()))
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


# ---------------------------------------------------------------------------- rendering


def _citation_json(citation: Citation) -> dict:
    bbox = citation.bbox
    return {
        "file": citation.file,
        "page": citation.page,
        "locator": citation.locator,
        "quote": redact_secrets(citation.quote),
        "bbox": [bbox.x0, bbox.top, bbox.x1, bbox.bottom] if bbox else None,
        "match": citation.match,
    }


def answer_json(answer: Answer) -> dict:
    return {
        "schema_version": SCHEMA_VERSION,
        "question": answer.question,
        "mode": answer.mode,
        "field": {"id": answer.field_id, "label": answer.field_label} if answer.field_id else None,
        "answer": redact_secrets(answer.text),
        "citations": [_citation_json(c) for c in answer.citations],
        "sentences": [
            {"text": redact_secrets(s.text), "status": s.status, "reason": s.reason,
             "citations": [_citation_json(c) for c in s.citations]}
            for s in answer.sentences
        ],
        "sources": [{"key": s.key, "score": s.score, **_citation_json(s.citation)} for s in answer.sources],
        "prompt": answer.prompt or None,
        "model": answer.model or None,
        "notes": list(answer.notes),
    }


def answer_text(answer: Answer) -> str:
    parts = [redact_secrets(answer.text)]
    if answer.citations:
        parts.append("\n出处：")
        for number, citation in enumerate(answer.citations, start=1):
            note = "（规范化匹配）" if citation.match == "normalized" else ""
            parts.append(f"[{number}] {where(citation)}{note}「{_clip(citation.quote, 120)}」")
    if answer.notes:
        parts.append("\n说明：")
        parts.extend(f"- {note}" for note in answer.notes)
    if answer.mode == "llm":
        parts.append(f"\n（由大模型 {answer.model} 依据材料生成，提示词 {answer.prompt}；每句均已核对引文）")
    return "\n".join(parts) + "\n"
