"""Rules on the 申报书's 五、平台应用案例: the case format of 附件3 and its character limits.

Owns the families missing_section (`missing_section.cases`: at most 3 cases, each named
"平台名——…" after the declared platform, at most 5 pictures each) and char_limit
(`char_limit.case`: the name, each part and the whole case within their limits).

Must not: read files (the package is parsed), find the cases in the prose (`assistant.forms.proposal`
does), or identify the platform (`assistant.checks.platform_identity` does).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from assistant.checks import rule
from assistant.checks.platform_identity import platform_names
from assistant.core.findings import Finding
from assistant.core.text_keys import name_key
from assistant.forms.proposal import (
    Proposal,
    count_chars,
    count_words,
    package_proposal,
)
from assistant.review.model import Review

_CASE_BASIS = ("附件3 申报书模板 五、平台应用案例：案例3个以内，案例名称30字内（平台名——…），企业简介120字内，"
               "案例总字数1000字以内，每个案例配图不多于5张")

_CASE_SECTION = "五、平台应用案例"
_ELSEWHERE = re.compile(r"(?:详见|请见|参见|见)\s*(?:附件|佐证材料|证明材料|附录)")


def _proposal(review: Review) -> Proposal | None:
    return package_proposal(review.package, review.catalog)


@rule("missing_section.cases", title="申报书应用案例不符合模板格式", severity="warning", basis=_CASE_BASIS)
def check_case_format(review: Review) -> Iterator[Finding]:
    proposal = _proposal(review)
    if proposal is None or proposal.section("五") is None:
        return
    fmt = review.catalog.application_outline.case_format
    files = (proposal.file,)
    section = proposal.section("五")
    if not proposal.cases:
        # 「本章内容详见附件8」: the cases are in the attachment the chapter points to, not missing
        pointer = next((p for p in section.body if len(p.text) <= 60 and _ELSEWHERE.search(p.text)), None)
        yield Finding(rule="missing_section.cases", severity="info" if pointer else "warning", fields=(_CASE_SECTION,),
                      message="申报书“五、平台应用案例”中未识别出“案例1：平台名——…”格式的案例"
                              + (f"；该章写明“{pointer.text.strip()}”，请在所指材料中核对案例格式" if pointer else ""),
                      expected="案例1…（3个以内）", actual="未识别出案例",
                      citations=(pointer.citation if pointer else section.heading.citation,), files=files)
        return
    if len(proposal.cases) > fmt.max_cases:
        yield Finding(rule="missing_section.cases", severity="warning", fields=(_CASE_SECTION,),
                      message=f"申报书列出 {len(proposal.cases)} 个应用案例，模板要求{fmt.max_cases}个以内",
                      expected=f"≤{fmt.max_cases}个", actual=f"{len(proposal.cases)}个",
                      citations=tuple(c.heading.citation for c in proposal.cases[fmt.max_cases:]),
                      files=files)
    names = platform_names(review)
    for case in proposal.cases:
        where = f"案例{case.written_number}"
        if case.title and not re.search("——|—|－－|--", case.title):
            # a title written another way is a matter of form (h49's clean 「案例2：能效优化」): noted
            yield Finding(rule="missing_section.cases", severity="info", fields=(_CASE_SECTION,),
                          message=f"{where}名称“{case.title}”未按模板写作“平台名称——…”（破折号前为平台名称）",
                          expected="平台名称——…", actual=case.title,
                          citations=(case.heading.citation,), files=files)
        elif case.title and names:
            before = name_key(re.split("——|—|－－|--", case.title, maxsplit=1)[0])
            if not any(n and (n == before or n in before or before in n) for n in names):
                yield Finding(rule="missing_section.cases", severity="info", fields=(_CASE_SECTION,),
                              message=f"{where}名称破折号前为“{before}”，与申报的平台名称不一致"
                                      "（模板：破折号前是平台名称）",
                              expected="平台名称", actual=before, citations=(case.heading.citation,), files=files)
        if case.images_certain > fmt.max_images_per_case:
            yield Finding(rule="missing_section.cases", severity="warning", fields=(_CASE_SECTION,),
                          message=f"{where}配图 {case.images_certain} 张，"
                                  f"超过每个案例{fmt.max_images_per_case}张的限制",
                          expected=f"≤{fmt.max_images_per_case}张", actual=f"{case.images_certain}张",
                          citations=(case.heading.citation,), files=files)
    limit = fmt.max_images_per_case * len(proposal.cases)
    none_over = all(c.images_certain <= fmt.max_images_per_case for c in proposal.cases)
    if proposal.section5_images > limit and none_over:
        yield Finding(rule="missing_section.cases", severity="warning", fields=(_CASE_SECTION,),
                      message=f"“五、平台应用案例”共有配图 {proposal.section5_images} 张，{len(proposal.cases)} 个案例"
                              f"每个不多于{fmt.max_images_per_case}张时至多 {limit} 张，至少有一个案例配图超限",
                      expected=f"≤{limit}张", actual=f"{proposal.section5_images}张",
                      citations=(section.heading.citation,), files=files)


@rule("char_limit.case", title="申报书应用案例超过字数限制", severity="warning", basis=_CASE_BASIS)
def check_case_lengths(review: Review) -> Iterator[Finding]:
    proposal = _proposal(review)
    if proposal is None:
        return
    fmt = review.catalog.application_outline.case_format
    files = (proposal.file,)
    for case in proposal.cases:
        where = f"案例{case.written_number}"
        if case.title and count_chars(case.title) > fmt.name_max_chars:
            n, words = count_chars(case.title), count_words(case.title)
            # Over only when punctuation (the name's own ——) is counted: a note, as for the form.
            # The template's 「XXX平台——XXXX（案例名称，30字内，破折号前是平台名称…）」 may bind the 30
            # to the words after the dash: within them, a note that says which count it is.
            after = re.split(r"—{1,2}|--|－－", case.title, maxsplit=1)[1:]
            within = words <= fmt.name_max_chars
            counted = f"（不计标点为 {words} 字，未超过，仅供参考）" if within else ""
            if not within and after and count_chars(after[0]) <= fmt.name_max_chars:
                within = True
                counted = (f"（破折号后的案例名称“{after[0].strip()}”为 {count_chars(after[0])} 字，未超过；"
                           f"模板的{fmt.name_max_chars}字是否含平台名称不明，仅供参考）")
            elif not within and not after:
                # 「案例1：某汽车零部件企业通过平台实现…，库存周转天数下降约20%。」 (h92, h93): no name in the
                # template's form at all, a line of what the case did — maybe no name: a note that says so
                within = True
                counted = "（该行未按模板“平台名称——…”书写，可能是案例概述而非案例名称，仅供参考）"
            yield Finding(rule="char_limit.case", severity="info" if within else "warning", fields=(_CASE_SECTION,),
                          message=f"{where}名称“{case.title}”共 {n} 字，超过{fmt.name_max_chars}字限制{counted}",
                          expected=f"≤{fmt.name_max_chars}字", actual=f"{n}字",
                          citations=(case.heading.citation,), files=files)
        for spec in fmt.parts:
            part = case.part(spec.label)
            if part is None or spec.max_chars is None:
                continue
            n = count_chars(part.text)
            # "300字左右" is a target, not a cap: only a clear overrun is worth a note.
            cap = spec.max_chars * (1.5 if spec.max_chars_approx else 1)
            if n > cap:
                severity = "info" if spec.max_chars_approx or count_words(part.text) <= cap else "warning"
                wording = f"{spec.max_chars}字左右" if spec.max_chars_approx else f"{spec.max_chars}字以内"
                yield Finding(rule="char_limit.case", severity=severity, fields=(_CASE_SECTION,),
                              message=f"{where}{spec.label}共 {n} 字，模板要求{wording}",
                              expected=wording, actual=f"{n}字", citations=(part.citation,), files=files)
        if case.chars > fmt.total_max_chars:
            yield Finding(rule="char_limit.case", severity="warning", fields=(_CASE_SECTION,),
                          message=f"{where}总字数约 {case.chars} 字（案例名称与各部分正文，不含配图说明），"
                                  f"超过{fmt.total_max_chars}字限制",
                          expected=f"≤{fmt.total_max_chars}字", actual=f"{case.chars}字",
                          citations=(case.heading.citation,), files=files)
