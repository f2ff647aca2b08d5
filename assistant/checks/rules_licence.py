"""A 营业执照 that does not match the applicant (family declared_vs_evidence, field 企业名称; h69).

The licence in the package proves who the applicant is. Its 名称 and 统一社会信用代码 are read from the
page (a scan's OCR included) and set against the 申报表's 企业名称 and 单位（企业）代码:

- the same code under another name, with no 名称变更 the package states (「原名称…」, a 变更登记通知书):
  whose licence it is cannot be told from the package — a warning;
- the applicant's name under another code — a warning;
- another name and another code: another company's licence (a subsidiary that runs the platform, a
  partner), which the package may well mean to include: nothing is said.

Where the licence is a scan and the two names differ in one character only, OCR may have misread it:
a note asks the reviewer to look at the original instead.

Must not: raise an error (a licence copy is a proof of identity, not a figure), or judge any page that
is not a licence (its title, 统一社会信用代码 and 法定代表人 on one page).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from assistant.checks import rule
from assistant.checks.declared_facts import make_finding
from assistant.checks.evidence_judgement import different_companies
from assistant.checks.rules_counted_items import former_names
from assistant.core.citations import Citation
from assistant.core.findings import Finding
from assistant.core.text_keys import name_key
from assistant.package.model import EVIDENCE_ROLES

_BASIS = "附件3 六、证明材料：营业执照等申报主体材料；申报单位须为平台所属企业（附件6）"
_TITLE = re.compile(r"营\s*业\s*执\s*照")
_LICENCE_WORDS = (re.compile(r"统一社会信用代码"), re.compile(r"法\s*定\s*代\s*表\s*人|负\s*责\s*人|执行事务合伙人"))
_NAME = re.compile(r"(?:^|[\n|｜\t ])名\s*称\s*[:：|｜]?[\s|｜]*(?P<name>[\u4e00-\u9fff（）()]{4,40}"
                   r"(?:有限责任公司|股份有限公司|有限公司|研究院|研究所|集团|中心|大学)(?:[\u4e00-\u9fff]{1,10}分公司)?)")
_CODE = re.compile(r"统一社会信用代码\s*[:：|｜]?[\s|｜]*(?P<code>[0-9A-Z]{18})(?![0-9A-Z])")


def _one_character_apart(a: str, b: str) -> bool:
    return len(a) == len(b) and sum(x != y for x, y in zip(a, b, strict=True)) == 1


def _cited(finding: Finding, citation: Citation) -> Finding:
    return finding.model_copy(update={"citations": (*finding.citations, citation),
                                      "files": tuple(dict.fromkeys((*finding.files, citation.file)))})


def licences(review) -> Iterator[tuple[object, object, str, str]]:
    """(file, page, 名称, 统一社会信用代码) of each licence page of the evidence; '' for what it does not print."""
    for member in review.package.members():
        if member.role not in EVIDENCE_ROLES or member.document.failed:
            continue
        for page in member.document.pages:
            text = unicodedata.normalize("NFKC", page.text)
            if not _TITLE.search(text) or not all(word.search(text) for word in _LICENCE_WORDS):
                continue
            name, code = _NAME.search(text), _CODE.search(re.sub(r"(?<=[0-9A-Z]) (?=[0-9A-Z])", "", text))
            if name or code:
                yield member, page, name["name"] if name else "", code["code"] if code else ""


@rule("declared_vs_evidence.licence", title="营业执照的名称或统一社会信用代码与申报单位不一致", severity="warning",
      basis=_BASIS)
def licence_of_the_applicant(review) -> Iterator[Finding]:
    applicant = review.declared("enterprise_name") or review.declared("applicant")
    declared_code = review.declared("enterprise_code")
    name = applicant.raw.strip() if applicant is not None else ""
    code = re.sub(r"\s+", "", unicodedata.normalize("NFKC", declared_code.raw)).upper() if declared_code else ""
    if not name:
        return
    stated = former_names(review)
    for member, page, licensed, licence_code in licences(review):
        same_name = bool(licensed) and (name_key(licensed) == name_key(name) or not different_companies(licensed, name))
        same_code = bool(licence_code) and licence_code == code
        citation = Citation(file=member.path, page=page.number, quote=licensed or licence_code)
        where = f"《{member.path}》第{page.number}页营业执照"
        if licensed and not same_name and same_code:
            if any(name_key(licensed) == name_key(other) for other in stated):
                continue  # a former name the package states
            misread = page.source == "ocr" and _one_character_apart(name_key(licensed), name_key(name))
            message = (f"{where}所载名称“{licensed}”与申报单位“{name}”不一致，统一社会信用代码相同（{code}）；"
                       + ("两者只差一个字，且该页为扫描件经文字识别读出，请核对原件" if misread else
                          "申报材料中未见名称变更的证明或说明，无法确认营业执照对应的主体名称"))
            yield _cited(make_finding(review, "declared_vs_evidence.licence", "info" if misread else "warning",
                                      ["enterprise_name"], message, expected=name, actual=licensed,
                                      doubts=("营业执照为扫描件，名称经文字识别读出",) if page.source == "ocr" and not misread else ()),
                         citation)
        elif licensed and name_key(licensed) == name_key(name) and licence_code and code and not same_code:
            # (a branch's licence, 「…嘉定分公司」, carries a code of its own: only the applicant's own name counts)
            message = (f"{where}所载统一社会信用代码“{licence_code}”与申报表单位（企业）代码“{code}”不一致，"
                       "请核对申报单位的主体信息")
            yield _cited(make_finding(review, "declared_vs_evidence.licence", "warning", ["enterprise_code"], message,
                                      expected=code, actual=licence_code,
                                      doubts=("营业执照为扫描件，代码经文字识别读出",) if page.source == "ocr" else ()),
                         citation)
