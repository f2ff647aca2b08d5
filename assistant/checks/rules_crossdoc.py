"""Cross-document rules: the applicant's 汇总表 and the stamped scan vs the 申报表.

Owns the families summary_vs_form (附件4 汇总表 vs 申报表, row by row) and scan_vs_form (the
盖章扫描版 read by OCR vs the Word/Excel 申报表); the 申报书's prose is `rules_narrative`'s.

summary_vs_form compares typed readings: a row answered with several readings the 填报指引 allows
(平台订单数量: 2023年自然年 and 截至填表日前一年) agrees with a 汇总表 that carries any one of them;
a figure written rounded (0.32亿元) agrees within the precision written; breakdown entries are
matched by region (附录F) or category, not by spelling (上海市 = 上海); a text answer agrees when
written with other separators, a note in brackets, or whole inside the other; a reading the reader
doubted (an approximate label, a scan, an approximate number, names that cannot be paired) makes
the difference a warning that says so.

scan_vs_form tolerates what OCR does to a stamped form: a character or two misread, a neighbour cell
read along, a number cut short, a wrapped cell read in part or with its lines swapped.
Must not: read files or parse form answers (the review has them).
"""

from __future__ import annotations

import difflib
import re
from collections import Counter
from collections.abc import Iterator
from decimal import Decimal

from assistant.catalog.regions import classify_region
from assistant.catalog.vocabulary import category_key
from assistant.checks import rule
from assistant.checks.ocr_misreads import (
    LATIN_IN_CJK,
    digits,
    garbled,
    misread,
    misread_numbers,
    truncated_digits,
)
from assistant.checks.rules_narrative import written_step
from assistant.core.findings import Finding
from assistant.core.text_keys import fold, loose_key
from assistant.review.model import Review
from assistant.values.answers import parse_checkbox_choice, same_answer_text
from assistant.values.numbers import find_quantities
from assistant.values.typed import answers_agree, interpret

_NUMBER_TOLERANCE = Decimal("0.005")  # the forms write 2 decimals
_TEXT_RATIO = 0.9  # OCR of a stamped page: a character or two may be misread
_UNPAIRED = "分项名称"


# --- summary_vs_form and scan_vs_form ----------------------------------------------------------

def _numeric(value) -> Decimal | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return Decimal(str(value))


def _entry_key(name: str) -> str:
    """A breakdown entry's name as a key: its 附录F region (上海市 = 上海), else its category
    without 类/设备/行业 suffixes."""
    return classify_region(name).canonical or category_key(name)


def _differences(a, b, *, fuzzy: bool) -> list[str]:
    """Where two normalised readings differ ("" for the value as a whole); [] when they agree.
    Breakdown names that cannot be paired are reported as "名称" (see `_unpaired`)."""
    if isinstance(a, dict) and isinstance(b, dict):
        left = {_entry_key(str(k)): v for k, v in a.items()}
        right = {_entry_key(str(k)): v for k, v in b.items()}
        if left.keys() != right.keys():
            return [_UNPAIRED]
        return [k for k in left if _differences(left[k], right[k], fuzzy=fuzzy)]
    na, nb = _numeric(a), _numeric(b)
    if na is not None and nb is not None:
        return [] if abs(na - nb) <= _NUMBER_TOLERANCE else [""]
    if isinstance(a, bool) or isinstance(b, bool):
        return [] if a is b else [""]
    if isinstance(a, str) and isinstance(b, str):
        if same_answer_text(a, b):
            return []
        ka, kb = loose_key(a), loose_key(b)
        if fuzzy and difflib.SequenceMatcher(None, ka, kb).ratio() >= _TEXT_RATIO:
            return []
        return [""]
    return [] if a == b else [""]


def _is_number_like(value) -> bool:
    return _numeric(value) is not None or (isinstance(value, dict) and bool(value))


def _row_dimension(review: Review, label: str) -> str | None:
    row = review.catalog.summary_row(label)
    if row is None or not row.source_fields:
        return None
    spec = review.catalog.field(row.source_fields[0])
    return spec.path.dimension_code if spec.path else None


_APPROXIMATE = re.compile(r"约|大约|近|超过|逾|余|多|以上|左右|不少于|不足")


def _summary_doubts(review: Review, mine, reference, diff: list[str]) -> list[str]:
    """What makes a difference between the 汇总表 and the 申报表 less than certain."""
    doubts = list(dict.fromkeys((*mine.doubts, *reference.doubts)))
    if _UNPAIRED in diff:
        doubts.append("两处分项的名称写法不同，无法逐项对应")
    for reading, where in ((mine, "汇总表"), (reference, reference.source)):
        quantities = find_quantities(reading.raw, skip_dates=True)
        if any(q.qualifier != "exact" for q, _s, _e in quantities) or (
                not quantities and _APPROXIMATE.search(reading.raw)):
            doubts.append(f"{where}填写的是约数或范围（“{reading.raw.strip()[:20]}”）")
        held = [f for f in review.package.members() if f.path == reading.file]  # a binder: this form's own part
        member = next((f for f in held if "form" in f.role.value or f.role.value == "summary_table"), held[0] if held else None)
        if member is not None and any(p.source == "ocr" for p in member.document.pages):
            doubts.append(f"{where}（{reading.file}）为扫描件，数值由文字识别读出，可能有识别误差")
    if reference.source == "附件6" and "按单位名称" in reference.note:
        doubts.append("申报的平台名称不在附件6名单中，序号按单位名称对应")
    if reference.source == "附件6" and "近似" in reference.note:
        doubts.append("序号按近似的名称对应附件6")
    return doubts


def _abbreviates(summary: str, answer: str) -> bool:
    """The 汇总表's text shortens the 申报表's answer: shorter, and every figure it states is in the answer with
    the words right before it (「开放API接口248个、行业数据集11个、模型组件76个」 of a long answer that says them all)."""
    said = find_quantities(summary, skip_dates=True)
    if not said or len(summary.strip()) >= len(answer.strip()):
        return False
    flat = re.sub(r"\s+", "", answer)
    for _q, start, end in said:
        words = re.findall(r"[\u4e00-\u9fffA-Za-z]+", summary[max(0, start - 8):start])
        figure = re.sub(r"\s+", "", summary[start:end])
        if figure not in flat or (words and f"{words[-1][-4:]}{figure}" not in flat):
            return False
    return True


def _within_written_precision(mine, reference, spec) -> bool:
    """Whether two single numbers differ by less than the rounding one of them was written with
    (0.32亿元 is 3150–3250万元; 3.2万台 is 31,500–32,500)."""
    a, b = _numeric(mine.normalized), _numeric(reference.normalized)
    if a is None or b is None:
        return False
    kind = "money" if spec.unit == "万元" else "percent" if spec.unit == "%" else "count"
    steps = []
    for reading in (mine, reference):
        found = find_quantities(reading.raw, skip_dates=True)
        written = written_step(found[0][0], kind) if found and found[0][0].qualifier == "exact" else None
        if kind == "money" and found and found[0][0].unit is None:
            written = (found[0][0].value, written_step(found[0][0], "count")[1]) if written is None else written
        steps.append(written[1] if written else Decimal(0))
    return abs(a - b) <= max(steps) / 2 + _NUMBER_TOLERANCE


@rule("summary_vs_form.row", title="附件4汇总表与申报表填报不一致", severity="error",
      basis="附件4 平台基本情况汇总表各行取自附件2 申报表（序号取自附件6）")
def check_summary_rows(review: Review) -> Iterator[Finding]:
    for row in review.rows:
        summary = [r for r in row.readings if r.source == "汇总表"]
        reference = next((r for r in row.readings if r.source not in ("汇总表", "申报表扫描件")), None)
        if not summary or reference is None:
            continue
        # every 汇总表 the package holds: a binder's copy and the standalone workbook may differ (h59),
        # each differing figure once
        seen: set[str] = set()
        for mine in summary:
            if (key := str(mine.normalized if mine.normalized is not None else mine.raw)) in seen:
                continue
            seen.add(key)
            yield from _summary_row(review, row, mine, reference)


def _summary_row(review: Review, row, mine, reference) -> Iterator[Finding]:
    a, b = reference.normalized, mine.normalized
    if a is None or b is None:
        if a is None and b is None and reference.value and mine.value:
            a, b = reference.value, mine.value  # both unreadable as typed: compare the text
        else:
            return
    spec = review.catalog.summary_row(row.label)
    agree = answers_agree(spec.value_type, a, b) if spec is not None else None
    if agree:
        return  # one of the readings the 填报指引 allows (平台订单数量: two numbers)
    if agree is False and _within_written_precision(mine, reference, spec):
        return  # "0.32亿元" for 3215.33万元: the same figure, written rounded
    diff = [""] if agree is False else _differences(a, b, fuzzy=False)
    if not diff:
        return
    numeric = _is_number_like(a) and _is_number_like(b)
    if not numeric and _abbreviates(mine.raw, reference.raw):
        return  # the 汇总表 keeps the answer's figures and drops its words (h84)
    # a letter in the package says 「由A更正为B」 (its item not read): the 汇总表 took the correction
    explained = numeric and (_plain(a), _plain(b)) in review.declarations.corrected_figures
    shown = [d for d in diff if d and d != _UNPAIRED]
    where = f"（不一致的分项：{'、'.join(shown)}）" if shown else ""
    source = "附件6名单" if reference.source == "附件6" else reference.source
    yield Finding(rule="summary_vs_form.row", severity="info" if explained else "error" if numeric else "warning",
                  fields=(row.label,),
                  message=f"附件4汇总表“{row.label}”填写 {mine.value or mine.raw}，{source}填报 "
                          f"{reference.value or reference.raw}{where}",
                  expected=reference.value or reference.raw, actual=mine.value or mine.raw,
                  tolerance=str(_NUMBER_TOLERANCE) if numeric else "",
                  citations=(*mine.citations[:1], *reference.citations[:1]),
                  files=tuple(dict.fromkeys((mine.file, reference.file))),
                  dimension=_row_dimension(review, row.label),
                  doubts=tuple(_summary_doubts(review, mine, reference, diff))
                  + ((f"包内说明函称某项“由{_plain(a)}更正为{_plain(b)}”，汇总表或已按更正填写",) if explained else ()))


@rule("scan_vs_form.field", title="申报表盖章扫描版与Word/Excel版不一致", severity="warning",
      basis="四、相关要求3：电子版材料为Word/Excel版+盖章扫描版PDF，两者应为同一份申报表")
def check_scan(review: Review) -> Iterator[Finding]:
    forms = review.declarations.forms
    office = next(((file, values) for source, file, values in forms if source == "申报表"), None)
    scans = [(file, values) for source, file, values in forms if source == "申报表扫描件"]
    if office is None or not scans:
        return
    office_file, office_values = office
    # (股权结构 heads free rows: one version's cell may hold the sub-heads, the other's the first row)
    by_field = {v.field_id: v for v in office_values if v.field_id and v.field_id != "shareholding"}
    for scan_file, scan_values in scans:
        for scanned in scan_values:
            original = by_field.get(scanned.field_id) if scanned.field_id else None
            if original is None or not original.raw.strip() or not scanned.raw.strip() or original.corrected:
                continue  # (an answer a stamped letter corrected: the scan printed it before the letter)
            spec = review.catalog.field(scanned.field_id)
            if spec.value_type in ("checkbox_choice", "multi_choice"):
                if (ticks := _ticks_differ(original.raw, scanned.raw, spec)) is not None:
                    yield Finding(rule="scan_vs_form.field", severity="info", fields=(spec.label,),
                                  message=f"盖章扫描版（{scan_file}）“{spec.label}”识别为勾选 {ticks[1]}，Word/Excel版勾选 "
                                          f"{ticks[0]}（勾选框的OCR识别不可靠，请核对盖章原件）",
                                  expected=ticks[0], actual=ticks[1], citations=(*scanned.citations[:1], *original.citations[:1]),
                                  files=(scan_file, office_file), dimension=spec.path.dimension_code if spec.path else None)
                continue
            if _scan_fragment(original.raw, scanned.raw) or _other_cell(original.raw, scanned.raw) \
                    or _neighbours_figures(original.raw, scanned.raw, office_values) \
                    or _breakdown_agrees(original.raw, scanned.raw):
                continue  # a wrapped cell read in part or out of order, or a neighbour's text
            a = interpret(spec.value_type, spec.unit, original.raw, spec.options).normalized
            b = interpret(spec.value_type, spec.unit, scanned.raw, spec.options).normalized
            if a is None or b is None:
                continue
            numeric = _is_number_like(a)
            if numeric != _is_number_like(b):
                continue  # OCR lost the digits or added some: nothing to compare
            if not _differences(a, b, fuzzy=True) or (not numeric and _ocr_same_text(str(a), str(b))):
                continue
            if not numeric and _similarity(str(a), str(b)) >= _TEXT_DIFFERENT:
                # OCR of a coarse scan garbles text far more than digits: a text is reported only
                # when it is mostly other text, not misread text (seen on independently made scans).
                continue
            truncated = numeric and (truncated_digits(original.raw, scanned.raw) or misread_numbers(original.raw, scanned.raw)
                                     or _no_rate(spec, a, b) or garbled(scanned.raw)) or _breakdown_agrees(original.raw, scanned.raw, cut=True) \
                or (not numeric and LATIN_IN_CJK.search(scanned.raw) is not None and not re.search(r"[A-Za-z]", original.raw))
            # a long answer of which OCR kept a scrap (「三章」 for a sentence of 45 characters): nothing read of it
            scrap = not numeric and len(loose_key(original.raw)) >= 20 and len(loose_key(scanned.raw)) <= 6
            truncated = truncated or scrap
            label = spec.label
            note = ("（扫描件该栏只识别出寥寥数字，未能读出原件的内容，请人工核对）" if scrap
                    else "（扫描件读数中夹杂数字里不会出现的字符，可能是OCR误读，请人工核对）" if numeric and garbled(scanned.raw)
                    else "（扫描件数字与原件的数字相同、为其截断或仅个别数位不同，可能是OCR误读，请人工核对）" if truncated and numeric
                    else "（扫描件文字中夹杂字母，可能是OCR误读，请人工核对）" if truncated
                    else "" if numeric else f"（文字相似度低于{_TEXT_RATIO:.0%}，已考虑OCR识别误差）")
            yield Finding(rule="scan_vs_form.field", severity="info" if truncated else "warning", fields=(label,),
                          message=f"盖章扫描版（{scan_file}）“{label}”识别为 {scanned.raw}，Word/Excel版填报 {original.raw}"
                                  + note,
                          expected=original.raw, actual=scanned.raw,
                          tolerance=str(_NUMBER_TOLERANCE) if numeric else f"相似度≥{_TEXT_RATIO}",
                          citations=(*scanned.citations[:1], *original.citations[:1]),
                          files=(scan_file, office_file),
                          dimension=spec.path.dimension_code if spec.path else None)


def _ticks_differ(original: str, scanned: str, spec) -> tuple[str, str] | None:
    """The options ticked on each side when both readings show their boxes and differ. OCR often reads a
    tick-box row without its boxes (「=自建」 for 「□自建 ☑租用」, h74): the scan then names options, not
    which was ticked, and there is nothing to compare."""
    mine, read = (parse_checkbox_choice(text, list(spec.options)) for text in (original, scanned))
    if not (mine.marks_present and read.marks_present) or set(mine.chosen) == set(read.chosen):
        return None
    return "、".join(mine.chosen) or "（无）", "、".join(read.chosen) or "（无）"


def _plain(value) -> str:
    return str(Decimal(str(value)).normalize()) if isinstance(value, (int, float, Decimal)) else ""


def _no_rate(spec, original, scanned) -> bool:
    """A rate of at most 100% read off the scan as more than 100 (h23: 12.00 read as 「1070」): a misreading."""
    return spec.unit == "%" and isinstance(original, (int, float)) and isinstance(scanned, (int, float)) \
        and 0 <= original <= 100 < scanned


_TEXT_DIFFERENT = 0.5  # below this overlap two answers are different texts, not one misread
# Words every company or platform name shares: compared without them, 中移（上海）信息通信科技有限公司
# and 上海华兴数字科技有限公司 have nothing in common, while a misread name keeps most of its own.
_GENERIC_WORDS = re.compile(r"上海|中国|集团|股份|有限|责任|公司|科技|信息|技术|数字|工业互联网|平台")


def _similarity(a: str, b: str) -> float:
    """How much of the shorter text the longer one holds, in order, generic words aside: a
    fragment or a misread copy scores high, another text low."""
    ka, kb = (_GENERIC_WORDS.sub("", loose_key(x)) for x in (a, b))
    if not ka or not kb:
        return 1.0
    whole = _in_order(ka, kb) / min(len(ka), len(kb))
    # OCR reads a wrapped cell's lines in another order (「…平台；关键操作…」 before 「全链路TLS加密」):
    # each piece of the scan's reading, between its punctuation, is then found in the original
    pieces = [k for p in re.split(r"[；;：:，,。、\s]+", b) if len(k := _GENERIC_WORDS.sub("", loose_key(p))) >= 3]
    if len(pieces) < 2:
        return whole
    return max(whole, sum(_in_order(ka, piece) for piece in pieces) / sum(len(piece) for piece in pieces))


def _in_order(a: str, b: str) -> int:
    """How many characters of the two texts match, in order."""
    return sum(block.size for block in difflib.SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks())


_NUMBER_LITERAL = re.compile(r"[0-9][0-9,]*(?:\.[0-9]+)?")


def _number_literals(text: str) -> Counter:
    return Counter(Decimal(m.replace(",", "")) for m in _NUMBER_LITERAL.findall(fold(text)))


def _scan_fragment(original: str, scanned: str) -> bool:
    """Whether the scan's reading is the original read in part or in another order, as OCR reads a
    cell that wraps over several lines (a line lost to the stamp or the next row, lines joined
    in the wrong order): it has no number the original lacks, and nearly all its characters are
    the original's. A changed figure shows as a number the original does not have."""
    ka, kb = loose_key(original), loose_key(scanned)
    if kb and ka.startswith(kb) and len(_number_literals(original)) > 1:
        return True  # a breakdown's first line only, cut where it wrapped ("…湖北：2,05")
    if _number_literals(scanned) - _number_literals(original):
        return False
    if not kb:
        return True
    overlap = sum((Counter(kb) & Counter(ka)).values())
    return overlap >= _FRAGMENT_SHARE * len(kb)


_FRAGMENT_SHARE = 0.9
_UNIT_WORDS = re.compile(r"万元|亿元|元|台/套|台|套|个|家|项|人|次|TB|约|共|其中|总数")


def _other_cell(original: str, scanned: str) -> bool:
    """Whether OCR gave a single figure's cell the words of another (「斯坦Pakistan：236、越南Vietnam」
    or 「Norway: 104」 for 海外设备连接数量 814, 「佐证02」 from the 证明资料 column): words the original
    does not have besides numbers and units make it another cell's reading, not a different answer."""
    def words(text: str) -> set[str]:
        return set(re.findall(r"[\u3400-\u9fffA-Za-z]", _UNIT_WORDS.sub("", text)))
    return sum(_number_literals(original).values()) == 1 and not words(original) and bool(words(scanned))


_PAIR = re.compile(r"([\u4e00-\u9fffA-Za-z]{2,})\s*[:：]\s*(\d[\d,]*)")


def _breakdown_agrees(original: str, scanned: str, cut: bool = False) -> bool:
    """Whether every 「上海：2891」 the scan's reading of a breakdown holds is the original's, exactly,
    whatever else it picked up (a neighbour's 「35 685」 before it, h50) or lost at its end (h52); a pair
    misread is left to the notes on misreadings."""
    mine = {name: number.replace(",", "") for name, number in _PAIR.findall(fold(original))}
    read = [(name, number.replace(",", "")) for name, number in _PAIR.findall(fold(scanned))]
    if len(mine) < 2 or not read:
        return False
    *whole, (last, number) = read  # the reading may stop inside its last pair (「安徽：1，」 where the line wrapped)
    wrapped = cut or re.search(r"[,，、]\s*$", fold(scanned)) is not None
    # read as a note (`cut`): the last pair's figure may be a piece of the original's, the rest of it garbled with the
    # next line (h50: 「安徽：」 then 「35    685m：:」 for 「1355、山东：604…」 under the stamp)
    return all(mine.get(name) == figure for name, figure in whole) and (
        mine.get(last) == number or (wrapped and mine.get(last, "").startswith(number))
        or (cut and len(number) >= 2 and number in mine.get(last, "")))


def _neighbours_figures(original: str, scanned: str, office_values) -> bool:
    """Whether OCR gave the cell another answer's figures: three or more numbers, each one of that answer's
    (the 公有云 row read with the 日运行 row's, in another order), not all of the cell's own; or one number of
    three digits or more that is another answer's whole figure (h65: 海外 read as the 公有云 row's 5242)."""
    read = [n for n in digits(scanned) if len(n) >= 2]
    if len(read) == 1 and len(read[0]) >= 3 and read[0] not in digits(original):
        return any(v.raw != original and digits(v.raw) == read for v in office_values)
    if len(read) < 3 or _all_among(read, digits(original)):
        return False
    return any(v.raw != original and _all_among(read, digits(v.raw)) for v in office_values)


def _all_among(read: list[str], wanted: list[str]) -> bool:
    left = list(wanted)
    for number in read:
        hit = next((w for w in left if misread(w, number)), None)
        if hit is None:
            return False
        left.remove(hit)
    return True


def _ocr_same_text(a: str, b: str) -> bool:
    """OCR of a form: a merged cell brings its neighbour along ("陈晓雯（平台运营总监）"), and a stamp
    or a blur costs a character or two ("科技有限" → "科抗限")."""
    ka, kb = loose_key(a), loose_key(b)
    short, long_ = sorted((ka, kb), key=len)
    if len(short) >= 2 and short in long_:
        return True
    matched = sum(block.size for block in difflib.SequenceMatcher(None, ka, kb).get_matching_blocks())
    return len(long_) - matched <= 2 and matched >= 0.8 * len(short)
