"""A stamped letter correcting one answer of the 申报表 → the corrected answer is what the applicant declares.

Packages revised after they were printed carry a 「情况说明」 or 「更正说明」: 「三、指标明细表“3.1.3平台带动
成效”中“平台建设与运营带动新增就业人数（人）”因统计时误将外包驻场人员计入，现由86更正为68。…以本说明
为准」. The quoted label nearest before 「由A更正为B」 names the field (a notice label, `Catalog.
match_labels`); where the 申报表's own answer is A, the answer becomes B — the 汇总表 is compared with B,
the evidence too — and the letter is cited first, the form's cell after it. An answer that is not A
(the form was corrected already, or the letter speaks of another figure) is left as written.

Must not: read a letter's other figures, or correct anything but the primary 申报表's answer (its
stamped scan keeps what it printed: `rules_crossdoc` knows the answer was corrected).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from assistant.catalog.notice import Catalog
from assistant.core.citations import Citation, cite_text
from assistant.forms.model import DeclaredValue
from assistant.package.model import FileRole, Package

_CORRECTED = re.compile(r"“(?P<label>[^“”]{2,40})”[^。“”]{0,40}?(?:由|从)\s*(?P<old>\d[\d,，]*(?:\.\d+)?)\s*[^\d\s，。；]{0,3}?"
                        r"\s*(?:更正|修改|调整|变更|修正|改)为\s*(?P<new>\d[\d,，]*(?:\.\d+)?)")
CORRECTED = "按说明函更正"  # a prefill row's note, before the letter's name and sentence
_NOT_LETTERS = {FileRole.application_form, FileRole.application_form_scan, FileRole.summary_table,
                FileRole.proposal, FileRole.contact_form}


@dataclass(frozen=True)
class Correction:
    field_id: str
    old: Decimal
    new: str  # as written
    citation: Citation
    sentence: str


def _letters(package: Package):
    """The documents that may be letters about the forms: not the forms, the 申报书 or the contact sheet."""
    return [m.document for m in package.members() if m.role not in _NOT_LETTERS and not m.document.failed]


def read_corrections(package: Package, catalog: Catalog) -> list[Correction]:
    out: list[Correction] = []
    for document in _letters(package):
        for page in document.pages:
            if "为" not in page.text or not re.search(r"更正|修改|调整|变更|修正", page.text):
                continue
            kept = [(i, ch) for i, ch in enumerate(page.text) if ch != "\n"]  # wrapped lines read as one
            flat = "".join(ch for _i, ch in kept)
            for match in _CORRECTED.finditer(flat):
                field = catalog.match_label(match["label"])
                old = _number(match["old"])
                if field is None or old is None or _number(match["new"]) is None:
                    continue
                start, end = kept[match.start()][0], kept[match.end() - 1][0] + 1
                out.append(Correction(field.id, old, match["new"].replace("，", ","),
                                      cite_text(document, page, start, end), match.group(0)))
    return out


_ANY_CORRECTION = re.compile(r"(?:由|从)\s*(?P<old>\d[\d,，]*(?:\.\d+)?)\s*[^\d\s，。；]{0,3}?\s*(?:更正|修改|调整|变更|修正)为\s*"
                             r"(?P<new>\d[\d,，]*(?:\.\d+)?)")


def corrected_figures(package: Package) -> tuple[tuple[str, str], ...]:
    """(A, B) of every 「由A更正为B」 the package's letters state, the item named or not (OCR may lose the
    line that names it): what the checks may take as explained."""
    found = []
    for document in _letters(package):
        flat = document.text.replace("\n", "")
        found += [(str(_number(m["old"])), str(_number(m["new"]))) for m in _ANY_CORRECTION.finditer(flat)
                  if _number(m["old"]) is not None and _number(m["new"]) is not None]
    return tuple(dict.fromkeys(found))


def _number(text: str) -> Decimal | None:
    try:
        return Decimal(re.sub(r"[,，]", "", text))
    except InvalidOperation:
        return None


def apply_corrections(values: tuple[DeclaredValue, ...], corrections: list[Correction]) -> tuple[DeclaredValue, ...]:
    """The form's answers with each correction applied where the answer is the corrected figure."""
    if not corrections:
        return values
    out = []
    for value in values:
        fix = next((c for c in corrections if c.field_id == value.field_id and _states(value.raw, c.old)), None)
        if fix is None:
            out.append(value)
            continue
        written = re.search(r"\d[\d,，]*(?:\.\d+)?", value.raw)
        raw = value.raw[:written.start()] + fix.new + value.raw[written.end():]
        out.append(value.model_copy(update={"raw": raw, "citations": (fix.citation, *value.citations),
                                            "corrected": f"{value.raw.strip()} → {fix.new}（{fix.sentence}）"}))
    return tuple(out)


def _states(raw: str, old: Decimal) -> bool:
    numbers = re.findall(r"\d[\d,，]*(?:\.\d+)?", raw)
    return len(numbers) >= 1 and _number(numbers[0]) == old
