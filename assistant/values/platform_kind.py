"""平台性质 as applicants state it: the kind of platform the prose says it is (「…打造的综合型工业互联网平台」,
「平台类别：行业型工业互联网平台」), and the one word a 平台性质 answer names, for comparing two of them.

Must not: infer a kind from what the platform does (only a stated kind is read).
"""

from __future__ import annotations

import re

# The kinds of industrial internet platform as the MIIT lists and applicants name them; "双跨" is
# the usual short form of 跨行业跨领域.
_KIND_WORDS = (r"跨行业跨领域|双跨|特色专业型|综合型|综合性|行业型|行业级|行业性|专业型|专业性|"
               r"区域型|区域级|区域性|企业级|企业型|园区级|园区型")
_KIND = re.compile(rf"(?P<kind>{_KIND_WORDS})\s*的?\s*(?:工业互联网|工业互联)?平台")
# The platform speaks of itself: "X平台是/为/属于/定位为/打造的…" before the kind, in one clause.
_SELF = re.compile(r"(?:是|为|属于|定位为|定位于|定位是|作为|打造|建设|构建|建成|形成|发展为)")
# Between the platform's verb and the kind, or after the kind: another platform, an enumeration.
_NOT_SELF = re.compile(r"对标|同行|相似|同类|类似|接入|对接|入驻|加入|其他|等\s*(?:跨|综合|行业|专业|区域|企业|园区|双跨)|"
                       r"如|例如|包括|比如|申报|评选|遴选|名单")
# Right before the verb: a plan, not what the platform is.
_PLAN = re.compile(r"力争|争取|计划|将|目标|未来|下一步|拟|预计|有望")
# As a reviewer writes the kind in 附件4: one word per kind, whatever variant the applicant used.
_KIND_AS_REVIEWED = {"双跨": "跨行业跨领域", "综合性": "综合型", "行业级": "行业型", "行业性": "行业型",
                     "专业性": "专业型", "区域级": "区域型", "区域性": "区域型", "企业型": "企业级", "园区型": "园区级"}
_LABELLED_KIND = re.compile(r"平台(?:性质|类别|类型|属性)\s*[:：为是]\s*"
                            r"(?P<value>[^，。；;,、\s（）()]{0,20}?平台)")
_SENTENCE_END = re.compile(r"[。；;！？!?\n]")
_CLAUSE_END = re.compile(r"[。；;！？!?\n，,]")


def platform_kind_in(text: str) -> tuple[str, str] | None:
    """(平台性质 as a reviewer writes it, the words that state it) when the text states the
    platform's own kind ("…打造的综合型工业互联网平台", "是一个行业级工业互联网平台" → 行业型工业互联网平台),
    else None.
    Only a stated kind is returned; nothing is inferred from what the platform does."""
    labelled = _LABELLED_KIND.search(text)
    if labelled is not None:
        # "平台类别：行业型工业互联网平台" (附件3 二 asks for 平台名称类别 in the introduction)
        kind = _KIND.match(labelled.group("value"))
        value = _as_reviewed(kind.group("kind")) if kind else labelled.group("value").strip()
        return value, labelled.group(0).strip()
    for match in _KIND.finditer(text):
        start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, match.start())), default=0)
        before = text[start:match.start()]
        end = _CLAUSE_END.search(text, match.end())
        after = text[match.end():end.start() if end else len(text)]
        verbs = list(_SELF.finditer(before))
        if not verbs:
            continue
        verb = verbs[-1]
        if _NOT_SELF.search(before[verb.start():] + after) or _PLAN.search(before[max(0, verb.start() - 8):verb.end()]):
            continue
        return _as_reviewed(match.group("kind")), text[start:match.end()].strip()
    return None


_KIND_WORD = re.compile(_KIND_WORDS)
# kinds that are one kind in other words: a 跨行业跨领域 (双跨) platform is the 综合型 one
_SAME_KIND = {"跨行业跨领域": "综合型", "双跨": "综合型", "综合性": "综合型", "特色专业型": "专业型"}


def platform_kind_word(text: str) -> str | None:
    """The kind a 平台性质 answer names, as one word for comparing (「跨行业跨领域综合型工业互联网平台」 → 综合型,
    「特定行业型工业互联网平台」 → 行业型); None when it names none."""
    found = _KIND_WORD.search(text)
    if found is None:
        return None
    word = _KIND_AS_REVIEWED.get(found.group(0), found.group(0))
    return _SAME_KIND.get(word, word)


def _as_reviewed(kind: str) -> str:
    return f"{_KIND_AS_REVIEWED.get(kind, kind)}工业互联网平台"
