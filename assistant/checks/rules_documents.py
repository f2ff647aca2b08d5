"""Document-level rules: the files of a package, the 申报书's outline and closings, section 七, 平台名称.

Owns the families missing_file (四、相关要求 3: 联系人信息反馈表, 申报表 Word/Excel + 盖章扫描版,
申报书, 汇总表, 真实性承诺), missing_section (附件3's sections 一–六, the closing paragraphs of 二
and 三), section7 (七 only for platforms whose 附件6 row says 2023 参评 = 是), platform_name
(二、平台基本情况: the name of 附件6, or 原名称+现名称) and char_limit for the closing paragraphs.
Files are judged by their classification, never by their names. The case rules of 五 are in
`rules_cases`; which 附件6 row the package is, in `assistant.checks.platform_identity`.

Must not: read files (the package is parsed), or check form values (other rule modules do).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator

from assistant.checks import rule
from assistant.checks.platform_identity import identify_platform, same_name, split_renamed
from assistant.core.citations import Citation
from assistant.core.findings import Finding
from assistant.core.text_keys import loose_key, name_key
from assistant.forms.proposal import (
    Proposal,
    ProposalParagraph,
    closing_text,
    count_chars,
    package_proposal,
)
from assistant.package.model import FileRole
from assistant.review.model import Review

_FILES_BASIS = ("通知四、相关要求3：电子版材料（Word/Excel版+盖章扫描版PDF，包含联系人信息反馈表、申报表、"
                "申报书及附件、平台基本情况汇总表、真实性承诺）")
_OUTLINE_BASIS = "附件3 申报书模板：一至六章"
_NAME_BASIS = "附件2 二、平台基本情况：平台名称原则上应与附件6名单一致，若有变更请注明平台原名称+现名称"
_SECTION7_BASIS = "附件3 七、平台相较上年度对比情况：2023年度参评平台必填，未参评平台无需填写（附件6）"

# The notice (四、相关要求3) asks for every material as "Word/Excel版+盖章扫描版PDF": a 申报表
# without its stamped scan is incomplete, a warning (the rule table says so too).
MISSING_SCAN_SEVERITY = "warning"


def _proposal(review: Review) -> Proposal | None:
    return package_proposal(review.package, review.catalog)


# --- missing_file ------------------------------------------------------------------------------

_REQUIRED_ROLES = (
    (FileRole.contact_form, "附件1 联系人信息反馈表"),
    (FileRole.proposal, "附件3 申报书"),
    (FileRole.summary_table, "附件4 平台基本情况汇总表"),
    (FileRole.commitment, "附件5 真实性承诺"),
)


def _unreadable_hint(review: Review) -> str:
    unreadable = review.package.by_role(FileRole.unreadable)
    if not unreadable:
        return ""
    return "；另有无法读取的文件（" + "、".join(f.path for f in unreadable) + "），可能正是该材料"


@rule("missing_file.required", title="缺少通知要求提交的材料", severity="error", basis=_FILES_BASIS)
def check_required_files(review: Review) -> Iterator[Finding]:
    hint = _unreadable_hint(review)
    for role, title in _REQUIRED_ROLES:
        if not review.package.by_role(role):
            yield Finding(rule="missing_file.required", severity="error", fields=(title,),
                          message=f"申报材料中缺少{title}（按内容识别，未找到该材料）{hint}",
                          expected=title, actual="未提交")
    forms = review.package.by_role(FileRole.application_form, FileRole.application_form_scan)
    if not forms:
        title = "附件2 申报表"
        yield Finding(rule="missing_file.required", severity="error", fields=(title,),
                      message=f"申报材料中缺少{title}（按内容识别，未找到Word/Excel版或盖章扫描版）{hint}",
                      expected=title, actual="未提交")


@rule("missing_file.scan", title="申报表缺少Word/Excel版或盖章扫描版PDF", severity="warning",
      basis=_FILES_BASIS)
def check_form_versions(review: Review) -> Iterator[Finding]:
    forms = review.package.by_role(FileRole.application_form)
    office = [f for f in forms if f.document.format in ("docx", "xlsx")]
    # A text PDF of the 申报表 is taken for the stamped version as well: stamps do not always
    # force a scan (an e-seal on an exported PDF).
    stamped = [*review.package.by_role(FileRole.application_form_scan),
               *(f for f in forms if f.document.format == "pdf")]
    title = "附件2 申报表"
    if not office and stamped:
        yield Finding(rule="missing_file.scan", severity="warning", fields=(title,),
                      message=f"{title}只有PDF版（{'、'.join(f.path for f in stamped)}），"
                              "缺少通知要求的Word/Excel版",
                      expected="Word/Excel版", actual="未提交", files=tuple(f.path for f in stamped))
    if office and not stamped:
        yield Finding(rule="missing_file.scan", severity=MISSING_SCAN_SEVERITY, fields=(title,),
                      message=f"{title}未附盖章扫描版PDF（通知要求电子版材料为Word/Excel版+盖章扫描版PDF）",
                      expected="盖章扫描版PDF", actual="未提交", files=tuple(f.path for f in office))


@rule("missing_file.superseded", title="申报表有多个版本，按最终版审阅", severity="info",
      basis="申报材料应为最终提交版本；文件名标明的较早版本（v1、初稿）不作为申报值")
def check_superseded_forms(review: Review) -> Iterator[Finding]:
    for path, latest in review.declarations.superseded:
        yield Finding(rule="missing_file.superseded", severity="info", fields=("附件2 申报表",),
                      message=f"申报表有多个版本：按文件名，《{latest}》为最终版，已按其审阅；《{path}》视为较早版本，"
                              "其填写内容未参与预填与比对。如版本判断有误，请人工核对",
                      expected=latest, actual=path, files=(path, latest))


@rule("missing_file.unreadable", title="文件无法读取", severity="warning", basis="各文件须可读，方可审核")
def check_unreadable_files(review: Review) -> Iterator[Finding]:
    for member in review.package.by_role(FileRole.unreadable):
        errors = [e for e in member.document.errors if e.fatal] or list(member.document.errors)
        detail = "；".join(e.message_zh for e in errors) or "未知原因"
        codes = "、".join(e.code.value for e in errors)
        yield Finding(rule="missing_file.unreadable", severity="warning", fields=(member.path,),
                      message=f"文件“{member.path}”无法读取：{detail}。其内容未参与审核，请提供可读版本",
                      expected="可读文件", actual=codes or "无法读取", files=(member.path,))
    for name, error in review.package.errors:
        yield Finding(rule="missing_file.unreadable", severity="warning", fields=(name,),
                      message=f"压缩包内的“{name}”未被解出：{error.message_zh}",
                      expected="可读文件", actual=error.code.value, files=(name,))


# --- missing_section ---------------------------------------------------------------------------

def template_only(section, description: str) -> bool:
    """Whether a chapter holds only the template's instructions: each of its paragraphs a bracketed 「（请…）」
    or, for the most part, the template's own description of the chapter (h67: a draft's 四 and 七)."""
    body = [p for p in section.body if p.text.strip()]
    template = loose_key(description)

    def instruction(text: str) -> bool:
        key = loose_key(text)
        if re.match(r"^\s*[（(]\s*请", text) and len(key) <= 200:
            return True
        found = sum(b.size for b in difflib.SequenceMatcher(None, key, template, autojunk=False).get_matching_blocks())
        return len(key) >= 20 and found >= 0.85 * len(key)
    tables = any(p.kind == "table_cell" and p.text.strip() for p in section.paragraphs)  # 六's list of 附件 as a table
    return bool(body) and not tables and all(instruction(p.text) for p in body)


@rule("missing_section.outline", title="申报书缺少模板要求的章节", severity="error", basis=_OUTLINE_BASIS)
def check_sections(review: Review) -> Iterator[Finding]:
    proposal = _proposal(review)
    if proposal is None:
        return
    for section in review.catalog.application_outline.sections:
        present = proposal.section(section.number)
        label = f"{section.number}、{section.title}"
        if present is not None and not section.required_if_participated_2023 and template_only(present, section.description):
            yield Finding(rule="missing_section.outline", severity="error", fields=(label,),
                          message=f"申报书“{label}”只有模板的填写说明（“{present.body[0].text.strip()[:40]}…”），尚未填写内容",
                          expected=label, actual="仅模板说明", citations=(present.body[0].citation,), files=(proposal.file,))
            continue
        if section.required_if_participated_2023 or present is not None:
            continue
        yield Finding(rule="missing_section.outline", severity="error", fields=(label,),
                      message=f"申报书缺少“{label}”：申报书模板要求的章节未找到（按章节标题识别）",
                      expected=label, actual="未找到", files=(proposal.file,))


@rule("missing_section.closing", title="申报书第二、三章缺少最后一段（必写）总结", severity="error",
      basis="附件3 二、三：最后一段（必写）：总结平台技术创新点/应用创新点300字以内")
def check_closings(review: Review) -> Iterator[Finding]:
    proposal = _proposal(review)
    if proposal is None:
        return
    for spec in review.catalog.application_outline.sections:
        section = proposal.section(spec.number)
        if spec.closing_paragraph is None or section is None:
            continue
        label = f"{spec.number}、{spec.title}"
        if section.closing is not None:
            continue
        if section.closing_elsewhere is not None:  # the order inside a chapter: a note, no more
            yield Finding(rule="missing_section.closing", severity="info", fields=(label,),
                          message=f"申报书“{label}”的总结段不在本章最后：模板要求{spec.closing_paragraph.label}为"
                                  f"{spec.closing_paragraph.text[:12]}…",
                          expected="本章最后一段为总结", actual="总结段位于章内中部",
                          citations=(section.closing_elsewhere.citation,), files=(proposal.file,))
            continue
        last = section.body[-1] if section.body else section.heading
        # A chapter without any paragraph certainly lacks it; whether a last paragraph "sums up"
        # is a reading of prose, so an unrecognised one is a warning that says so.
        severity, doubts = ("error", ()) if not section.body else (
            "warning", ("本章最后一段未被识别为总结段（未提及总结、创新点、优势等），请人工确认",))
        yield Finding(rule="missing_section.closing", severity=severity, fields=(label,), doubts=doubts,
                      message=f"申报书“{label}”缺少{spec.closing_paragraph.label}：本章最后一段应"
                              f"{spec.closing_paragraph.text[:20]}…（{spec.closing_paragraph.max_chars}字以内），"
                              f"现最后一段为“{last.text[:30]}…”",
                      expected=spec.closing_paragraph.label, actual="未找到总结段",
                      citations=(last.citation,), files=(proposal.file,))


@rule("char_limit.closing", title="申报书总结段超过300字", severity="warning",
      basis="附件3 二、三：最后一段（必写）300字以内")
def check_closing_length(review: Review) -> Iterator[Finding]:
    proposal = _proposal(review)
    if proposal is None:
        return
    for spec in review.catalog.application_outline.sections:
        section = proposal.section(spec.number)
        closing = spec.closing_paragraph
        if closing is None or section is None or section.closing is None:
            continue
        n = count_chars(closing_text(section.closing))
        if n > closing.max_chars:
            label = f"{spec.number}、{spec.title}"
            yield Finding(rule="char_limit.closing", severity="warning", fields=(label,),
                          message=f"申报书“{label}”最后一段（必写）共 {n} 字，超过{closing.max_chars}字限制",
                          expected=f"≤{closing.max_chars}字", actual=f"{n}字",
                          citations=(section.closing.citation,), files=(proposal.file,))


# --- section7 ----------------------------------------------------------------------------------

# What the 申报书 says of its own 2023 participation: 「已参加2023年度评价，本次为连续第二年参评」 or
# 「本平台为首次参加上海市工业互联网平台应用水平评价」. A negation (未/没有/尚未参加) says nothing.
_TOOK_PART = re.compile(
    r"(?<![未没不])(?<!没有)(?:已|曾)?参加(?:了|过)?(?:20)?23年度?[^。；;，,]{0,24}?(?:评价|评估|评选|申报)"
    r"|连续第?[二两2]年(?:参评|参加|申报)|再次(?:参评|参加评价|申报)|第[二两2]次(?:参评|参加评价|申报)"
    r"|(?<![未没不])(?<!没有)(?:上|去)一?年度?(?:已|曾)?参评|(?<![未没不])(?<!没有)(?:20)?23年度?(?:已|曾)?参评(?:平台)?[，,。；]")
_FIRST_TIME = re.compile(r"(?:首次|第一次|初次)(?:参加|参与|参评|申报)")
_ABOUT_EVALUATION = re.compile(r"评价|评估|参评|申报")


def _participation_claim(proposal: Proposal) -> tuple[str, ProposalParagraph] | None:
    """("took_part" | "first_time", the paragraph) for the first sentence where the 申报书 says
    whether the platform took part in the 2023 evaluation."""
    paragraphs = [p for section in proposal.sections for p in (section.heading, *section.paragraphs)]
    for paragraph in paragraphs:
        for sentence in re.split(r"[。；;！!？?\n]", paragraph.text):
            if _TOOK_PART.search(sentence):
                return "took_part", paragraph
            if _FIRST_TIME.search(sentence) and _ABOUT_EVALUATION.search(sentence):
                return "first_time", paragraph
    return None


@rule("section7.required", title="第七章“平台相较上年度对比情况”与2023年度参评情况不符", severity="error",
      basis=_SECTION7_BASIS)
def check_section7(review: Review) -> Iterator[Finding]:
    proposal = _proposal(review)
    if proposal is None:
        return
    label = "七、平台相较上年度对比情况"
    identity = identify_platform(review)
    present = proposal.section("七")
    if identity.platform is None:
        why = ("平台名称对应附件6中的多个平台且单位名称无法区分" if identity.how == "ambiguous"
               else "平台名称与单位名称均未在附件6名单中找到")
        yield Finding(rule="section7.required", severity="info", fields=(label,),
                      message=f"无法确定该平台在附件6中的2023年度参评情况（{why}），未检查第七章是否必填",
                      citations=identity.citations, files=(proposal.file,))
        return
    row = identity.platform
    answer = "是" if row.participated_2023 else "-"
    listed = f"附件6第{row.number}行“{row.name}”（{row.unit_name}）2023年度参评为“{answer}”"
    claim = _participation_claim(proposal)
    contradicted = claim is not None and (claim[0] == "first_time") == row.participated_2023
    said = f"申报书称“{_sentence_of(claim)}”" if claim is not None else ""
    outline = next(s for s in review.catalog.application_outline.sections if s.number == "七")
    if row.participated_2023 and present is not None and template_only(present, outline.description):
        yield Finding(rule="section7.required", severity="error", fields=(label,),
                      message=f"申报书“{label}”只有模板的填写说明，尚未填写：{listed}，第七章为必填章节",
                      expected="第七章", actual="仅模板说明", citations=(present.body[0].citation,), files=(proposal.file,))
    elif row.participated_2023 and present is None:
        also = f"；{said}，与名单不符" if contradicted else ""
        yield Finding(rule="section7.required", severity="error", fields=(label,),
                      message=f"申报书缺少“{label}”：{listed}，第七章为必填章节{also}",
                      expected="第七章", actual="未找到", files=(proposal.file,),
                      citations=identity.citations + ((claim[1].citation,) if contradicted else ()))
    elif not row.participated_2023 and present is not None and not contradicted:  # else section7.claim
        yield Finding(rule="section7.required", severity="info", fields=(label,),
                      message=f"申报书含“{label}”，但{listed}，该章节无需填写",
                      expected="无需填写", actual="已填写", citations=(present.heading.citation,),
                      files=(proposal.file,))


@rule("section7.claim", title="申报书所述2023年度参评情况与附件6名单不符", severity="warning",
      basis=_SECTION7_BASIS)
def check_section7_claim(review: Review) -> Iterator[Finding]:
    proposal = _proposal(review)
    identity = identify_platform(review)
    if proposal is None or identity.platform is None:
        return
    row, claim = identity.platform, _participation_claim(proposal)
    if claim is None or (claim[0] == "first_time") != row.participated_2023:
        return
    if row.participated_2023 and proposal.section("七") is None:
        return  # section7.required's error names the sentence
    answer = "是" if row.participated_2023 else "-"
    # The list is unambiguous, the sentence a reading of prose (it may speak of another
    # evaluation): a warning that names the sentence and says so.
    yield Finding(rule="section7.claim", severity="warning", fields=("七、平台相较上年度对比情况",),
                  message=f"申报书称“{_sentence_of(claim)}”，但附件6第{row.number}行“{row.name}”"
                          f"（{row.unit_name}）2023年度参评为“{answer}”，两者不符",
                  expected="2023年度已参评" if row.participated_2023 else "2023年度未参评",
                  actual="已参评" if claim[0] == "took_part" else "首次参评",
                  doubts=("申报书的表述可能指其他评价活动，请人工确认",),
                  citations=(claim[1].citation, *identity.citations), files=(proposal.file,))


def _sentence_of(claim: tuple[str, ProposalParagraph] | None) -> str:
    if claim is None:
        return ""
    pattern = _TOOK_PART if claim[0] == "took_part" else _FIRST_TIME
    for sentence in re.split(r"[。；;！!？?\n]", claim[1].text):
        if pattern.search(sentence):
            return sentence.strip()[:60]
    return claim[1].text[:60]


# --- platform_name -----------------------------------------------------------------------------

@rule("platform_name.list", title="平台名称与附件6名单不一致", severity="warning", basis=_NAME_BASIS)
def check_platform_name(review: Review) -> Iterator[Finding]:
    declared = review.declared("platform_name") or review.declared("cover_platform_name")
    if declared is None or not declared.raw.strip():
        return
    identity = identify_platform(review)
    name = declared.raw.strip()
    renamed = split_renamed(name)
    listed = {name_key(p.name) for p in review.catalog.platforms}
    files = (declared.file,)
    if renamed is None and name_key(name) in listed:
        return
    if renamed is not None and name_key(renamed[0]) in listed:
        return
    expected = identity.platform.name if identity.platform is not None else "附件6名单中的平台名称"
    if renamed is not None:
        message = (f"申报表平台名称注明原名称“{renamed[0]}”，但该原名称不在附件6名单中"
                   + (f"（单位对应附件6中的“{expected}”）" if identity.platform else ""))
        actual = renamed[0]
    else:
        message = (f"申报表平台名称为“{name}”，与附件6名单中的"
                   + (f"“{expected}”" if identity.platform else "任何平台名称")
                   + "不一致，且未注明平台原名称+现名称")
        actual = name
    yield Finding(rule="platform_name.list", severity="warning", fields=("平台名称",), message=message,
                  expected=expected, actual=actual, citations=declared.citations[:1], files=files)


@rule("platform_name.consistent", title="各材料中的平台名称不一致", severity="warning", basis=_NAME_BASIS)
def check_name_consistency(review: Review) -> Iterator[Finding]:
    table = review.declared("platform_name")
    if table is None or not table.raw.strip():
        return
    others: list[tuple[str, str, tuple[Citation, ...], str]] = []
    cover = review.declared("cover_platform_name")
    if cover is not None and cover.raw.strip() and cover.file == table.file:
        others.append(("申报表封面", cover.raw.strip(), cover.citations[:1], cover.file))
    proposal = _proposal(review)
    if proposal is not None and (line := proposal.cover_value("平台名称")) and line.value:
        others.append(("申报书封面", line.value, (line.citation,), proposal.file))
    for where, value, citations, file in others:
        if same_name(table.raw.strip(), value):
            continue
        yield Finding(rule="platform_name.consistent", severity="warning", fields=("平台名称",),
                      message=f"{where}平台名称为“{value}”，与申报表“二、平台基本情况”中的"
                              f"“{table.raw.strip()}”不一致",
                      expected=table.raw.strip(), actual=value, citations=(*table.citations[:1], *citations),
                      files=tuple(dict.fromkeys((table.file, file))))
