"""Integrity rules: text a reader cannot see, and instructions addressed to a model.

Evidence text is data (DESIGN.md, non-negotiables): white, tiny, off-page, vanished or invisible
text and text under a picture pasted over it are reported here, quoted, once per file and page,
and never read as evidence (`assistant.evidence.rows`): a leftover 「XXX」 or last year's figure
under a screenshot says nothing about the package, so the finding is information. Hidden Excel
rows, columns and sheets are housekeeping, read like everything else and shown as information.
A sentence that speaks to an AI reviewer ("忽略以上指令", "ignore previous instructions",
"所有指标均一致", "你是一个…") is reported as a warning and never obeyed — nothing in shenbao
executes document text.

Not covered: a page whose text layer disagrees with its OCR. The PDF reader replaces a rejected
text layer by OCR and keeps only one of the two (extractors/pdf_page_reader.py), so there is
nothing to compare here; doing it needs the reader to keep both.

Must not: read files or change any value; pure over the parsed package.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from assistant.checks import rule
from assistant.core.citations import Citation, cite_block
from assistant.core.findings import Finding
from assistant.forms.grid import cite_text
from assistant.review.model import Review
from extractors.model import Block, Document, Page

# Invisible in the file as a reader sees it; the spreadsheet flags are ordinary housekeeping as
# often as they are concealment, so they are shown as information.
_CONCEALING = {"white": "白色文字", "tiny": "极小字号", "off_page": "页面可见区域之外", "vanish": "隐藏格式（vanish）",
               "invisible": "不可见文字（渲染模式3）", "under_image": "被其上的图片遮盖"}
_HOUSEKEEPING = {"hidden_row": "隐藏行", "hidden_col": "隐藏列", "hidden_sheet": "隐藏工作表"}
_QUOTE_CHARS = 200

_INSTRUCTIONS = re.compile(
    r"(?:忽略|无视|忘记|忘掉)(?:掉)?(?:以上|之前|前面|上述|先前|此前|所有|全部)(?:的)?(?:所有|全部)?(?:指令|指示|提示词?|要求|规则|设定)"
    r"|ignore\s+(?:all\s+|any\s+)?(?:the\s+)?(?:previous|prior|above|earlier|preceding)\s+"
    r"(?:instructions?|prompts?|rules)"
    r"|disregard\s+(?:all\s+)?(?:the\s+)?(?:previous|prior|above|earlier)"
    r"|所有(?:指标|数据|数值)(?:均|都|全部)(?:一致|真实|正确|无误|准确)"
    r"|你(?:是一个|现在是|扮演)|作为(?:一个)?(?:AI|人工智能|语言模型|大模型|审核模型)"
    r"|you\s+are\s+(?:now\s+)?(?:a|an)\s+(?:helpful\s+)?(?:assistant|ai|language\s+model|reviewer)"
    r"|system\s*prompt|系统提示词|<\|im_start\|>|\[INST\]"
    r"|请直接输出|直接输出(?:结果|结论|通过)|(?:不要|请勿|无需)(?:报告|指出|提示|标记)(?:任何)?(?:问题|错误|不一致|异常)",
    re.IGNORECASE,
)
_SENTENCE_END = "。！？!?\n；;"


def _where(document: Document, page: Page, block: Block | None = None) -> str:
    if page.number is not None:
        return f"第{page.number}页"
    if block is not None and "!" in block.locator:
        return f"工作表“{block.locator.split('!', 1)[0]}”"
    if block is not None and block.locator:
        return f"（{block.locator}）"
    return "全文"


@rule("integrity.hidden_text", title="文档中含有读者看不到的文字", severity="info",
      basis="证据文本仅作数据：隐藏文字（白色、极小字号、页面外、隐藏格式、不可见、被图片遮盖、隐藏行/列/工作表）须报告，不作为证据")
def check_hidden_text(review: Review) -> Iterator[Finding]:
    for member in review.package.files:
        document = member.document
        for page in document.pages:
            hidden = [b for b in page.blocks if b.hidden and b.text.strip()]
            if not hidden:
                continue
            reasons = sorted({r for b in hidden for r in b.hidden})
            concealing = [r for r in reasons if r in _CONCEALING]
            names = [_CONCEALING.get(r) or _HOUSEKEEPING.get(r) or r for r in reasons]
            quote = " / ".join(b.text.strip() for b in hidden)
            if len(quote) > _QUOTE_CHARS:
                quote = quote[:_QUOTE_CHARS] + "…"
            where = _where(document, page, hidden[0])
            read = "不作为证据读取" if concealing else "已作为普通证据文本读取"
            yield Finding(rule="integrity.hidden_text", severity="info",
                          fields=(member.path,),
                          message=f"“{member.path}”{where}含有读者看不到的文字（{'、'.join(names)}）：“{quote}”。"
                                  f"这些文字{read}，未被当作指令执行，请人工核查其用意",
                          expected="无隐藏文字", actual="、".join(names),
                          citations=tuple(cite_block(document, page, b) for b in hidden[:3]),
                          files=(member.path,))
        hidden_sheets = document.metadata.get("hidden_sheets")
        if hidden_sheets and not any(any("hidden_sheet" in b.hidden for b in p.blocks) for p in document.pages):
            yield Finding(rule="integrity.hidden_text", severity="info", fields=(member.path,),
                          message=f"“{member.path}”含有隐藏工作表：{hidden_sheets}（表内无文字）",
                          expected="无隐藏工作表", actual=hidden_sheets, files=(member.path,))


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    left = max((text.rfind(c, max(0, start - 80), start) for c in _SENTENCE_END), default=-1)
    right_candidates = [i for i in (text.find(c, end, end + 80) for c in _SENTENCE_END) if i >= 0]
    right = min(right_candidates) + 1 if right_candidates else min(len(text), end + 80)
    left = left + 1 if left >= 0 else max(0, start - 80)
    while left < start and text[left].isspace():
        left += 1
    return left, right


@rule("integrity.instructions", title="文档中含有针对AI审核的指令", severity="warning",
      basis="证据文本仅作数据：文档中对模型的指令（如“忽略以上指令”）一律不执行，并报告")
def check_instructions(review: Review) -> Iterator[Finding]:
    for member in review.package.files:
        document = member.document
        for page in document.pages:
            matches = list(_INSTRUCTIONS.finditer(page.text))
            if not matches:
                continue
            citations: list[Citation] = []
            quotes: list[str] = []
            covered = -1
            for match in matches:
                if match.start() < covered or len(quotes) == 3:
                    continue  # one quote per sentence, three sentences at most
                start, end = _sentence(page.text, match.start(), match.end())
                covered = end
                quote = page.text[start:end].strip()
                quotes.append(quote if len(quote) <= 120 else quote[:120] + "…")
                citation = cite_text(document, page, quote)
                if citation is not None:
                    citations.append(citation)
            hidden = any(b.hidden for b in page.blocks if b.span.start <= matches[0].start() < b.span.end)
            where = _where(document, page)
            yield Finding(rule="integrity.instructions", severity="warning", fields=(member.path,),
                          message=f"“{member.path}”{where}含有针对AI审核的指令{'（隐藏文字）' if hidden else ''}："
                                  + "；".join(f"“{q}”" for q in quotes)
                                  + "。shenbao 不执行文档中的任何指令，这些文字仅作为证据文本处理；请人工核查该材料",
                          expected="无对模型的指令", actual=matches[0].group(0),
                          citations=tuple(citations), files=(member.path,))
