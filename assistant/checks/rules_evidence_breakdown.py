"""A declared breakdown (按附录A二级分类 / 按附录F区域 / 海外国家) against the entries of a list or a
statistics table in the evidence: each table is one reading, one that agrees is enough, otherwise the
closest is reported — a list's rows grouped by their key as the list's (count_vs_list), a statistics
table's printed rows as figures a proof states (declared_vs_evidence, as its total is); a sum of rows
that prints no 合计 is only noted. And a proof whose printed 合计 its own rows do not reach
(breakdown_sum.evidence_total).

Must not: read files, or compare totals (`rules_evidence` does).
"""

from __future__ import annotations

import re
from decimal import Decimal

from assistant.catalog.regions import classify_region
from assistant.checks import rule
from assistant.checks.declared_facts import (
    is_blank,
    make_finding,
    short_name,
    show_decimal,
)
from assistant.checks.evidence_family import usable
from assistant.checks.evidence_judgement import is_direct
from assistant.checks.rules_evidence import with_evidence
from assistant.core.evidence import (
    TOTAL_MISMATCH,
    EvidenceValue,
    from_statistics,
    has_unread_rows,
    is_unchecked_sum,
)
from assistant.core.text_keys import fold
from assistant.values.breakdowns import counted_entries, parse_breakdown


def _key(field_id: str, name: str) -> str:
    """The entry a breakdown name stands for: 附录F's name of a region (上海市 → 上海), and every
    overseas country folded into 海外 for a region breakdown (a list may detail 海外 by country
    where the form writes 海外 alone, or the reverse); a country by its Chinese name; a category as written."""
    name = re.sub(r"\s+", "", fold(name))
    if "region" in field_id:
        region = classify_region(name)
        if region.kind == "overseas":
            return "海外"
        return region.canonical or name
    if "countr" in field_id:  # 「越南Vietnam」 as 附录F asks it, 「越南」 as a statistics table prints it: one country
        return classify_region(name).canonical or name
    return name


def _summed(field_id: str, items) -> dict[str, Decimal]:
    out: dict[str, Decimal] = {}
    for name, number in items:
        key = _key(field_id, name)
        out[key] = out.get(key, Decimal(0)) + Decimal(str(number))
    return out


def _readings_of_a_breakdown(values: list[EvidenceValue]) -> dict[tuple, list[EvidenceValue]]:
    """A reading runs through a file's pages until a key comes again (a summary sheet, a detail sheet); a
    statistics table's rows and a list's rows grouped by their key are two readings, though they share a page
    (h86: the region summary under the device list's last page)."""
    sources: dict[tuple, list[EvidenceValue]] = {}
    for kind in (True, False):
        current: tuple | None = None
        for value in sorted((v for v in values if from_statistics(v) is kind),
                            key=lambda v: (v.citations[0].file, v.citations[0].page or 0)):
            first = value.citations[0]
            if current is None or current[0] != first.file or value.component in {v.component for v in sources[current]}:
                current = (first.file, first.page, len(sources))
            sources.setdefault(current, []).append(value)
    return sources


def _volumes_agree(field_id: str, stated: dict[str, Decimal], sources: dict[tuple, list[EvidenceValue]]) -> bool:
    """Files that each give some of the entries, as the form states them, and none the same entry: together
    they are the breakdown when they give every entry the form states."""
    by_file: dict[str, dict[str, Decimal]] = {}
    for key, source_values in sources.items():
        listed = _summed(field_id, ((v.component, v.normalized) for v in source_values))
        if listed and all(stated.get(k) == n for k, n in listed.items()):
            by_file.setdefault(key[0], listed)
    union: dict[str, Decimal] = {}
    for listed in by_file.values():
        if set(listed) & set(union):
            return False
        union.update(listed)
    return len(by_file) >= 2 and union == stated


@rule("count_vs_list.breakdown", title="按分类/区域统计的数量与设备清单不一致", severity="warning",
      basis="填报指引 2.1.1：按附录A二级分类、附录F区域统计的工业设备数量")
def breakdown_matches_list(review):
    yield from (finding for finding in _breakdown_differences(review) if finding.rule == "count_vs_list.breakdown")


@rule("declared_vs_evidence.breakdown", title="按分类/区域统计的数量与证明材料的分类统计表不一致", severity="warning",
      basis="填报指引 2.1.1：按附录A二级分类、附录F区域统计的工业设备数量")
def breakdown_matches_statistics(review):
    """The closest reading is a statistics table (「按二级分类汇总」 under a list, a 设备接入统计表): its rows are
    figures the proof prints, filed where its total is (every blind labeller filed such a difference so:
    h33, h39, h43, h53), not a count of the list's rows."""
    yield from (finding for finding in _breakdown_differences(review)
                if finding.rule == "declared_vs_evidence.breakdown")


def _breakdown_differences(review):
    """Each breakdown's closest reading and its differences, filed under the rule its reading calls for
    (a printed statistics table, or a list's rows summed). Both rules run it and keep their own: which
    rule a difference belongs to is known only once the closest reading is chosen. A pass costs about
    9 ms on h46's largest package (of a 14 s warm review), so the two rules stay independent."""
    by_field: dict[str, list[EvidenceValue]] = {}
    for value in usable(review, "count_vs_list"):
        # A part of a list ("主要设备", a 节选) is no breakdown of the total.
        if value.component and not is_direct(review, value) and value.scope != "segment":
            by_field.setdefault(value.field_id, []).append(value)
    for field_id, values in sorted(by_field.items()):
        declared = review.declared(field_id)
        parsed = parse_breakdown(declared.raw) if declared is not None and not is_blank(declared.raw) else None
        if parsed is None or not parsed.entries:
            continue
        entries = counted_entries(parsed, regions=review.catalog.field(field_id).value_type == "region_breakdown")
        stated = _summed(field_id, ((e.name, e.value) for e in entries))
        # Each table (file + page) is one reading of the breakdown: a workbook may give it on a
        # summary sheet and again, row by row, on a detail sheet. One reading that agrees is
        # enough; otherwise the closest one is reported.
        sources = _readings_of_a_breakdown(values)
        readings = []
        for source_values in sources.values():
            listed = _summed(field_id, ((v.component, v.normalized) for v in source_values))
            # a scanned table with a row it could not read (its name lost, h79): an entry it lacks is unknown
            keys = set(listed) | (set() if any(has_unread_rows(v) for v in source_values) else set(stated))
            readings.append(([f"{key}：申报 {show_decimal(stated.get(key, Decimal(0)))}，清单 "
                              f"{show_decimal(listed.get(key, Decimal(0)))}" for key in sorted(keys)
                              if listed.get(key, Decimal(0)) != stated.get(key, Decimal(0))], source_values))
        differences, values = min(readings, key=lambda reading: len(reading[0]))
        if differences and _volumes_agree(field_id, stated, sources):
            continue  # a list in volumes, each file its own categories (h85: 三册 by 附录A category), together the form's
        if differences:
            spec = review.catalog.field(field_id)
            statistics = all(from_statistics(v) for v in values)
            source = "证明材料所印分类/区域统计表" if statistics else "清单明细汇总"
            message = f"{short_name(spec)}与{source}不一致：" + "；".join(differences)
            severity = "info" if all(is_unchecked_sum(v) for v in values) else "warning"
            doubts = [d for v in values for d in v.doubts()]
            if "public_cloud" in field_id and not any(from_statistics(v) for v in values):
                # a list's 「其中：公有云」 column summed by the category (region) of its rows: a split the list
                # never prints, derived here — a note for the reviewer, not a difference (h86's clean package)
                severity = "info"
                doubts.append("各类数量由清单“其中：公有云”等列按各行的类别/区域分组加总得出，清单未印分类合计")
            rule_id = "declared_vs_evidence.breakdown" if statistics else "count_vs_list.breakdown"
            finding = make_finding(review, rule_id, severity, [field_id], message, doubts=doubts)
            yield with_evidence(finding, values[:3])


# --- a proof's own total against its rows --------------------------------------------------------

@rule("breakdown_sum.evidence_total", title="证明材料的合计行与各行之和不一致", severity="warning",
      basis="附件3 六：证明材料须真实、准确；合计应等于各项之和")
def evidence_totals_add_up(review):
    """A ledger whose printed 合计 its rows do not reach (「合计 16,830,117.93」 over rows of
    16,130,117.93): the file disagrees with itself, whichever figure the form took. A warning —
    the rows are read from a printed table, one may have been missed."""
    seen = set()
    for fact in review.evidence:
        if not fact.note.startswith(TOTAL_MISMATCH) or not fact.citations:
            continue
        key = (fact.field_id, fact.note)
        if key in seen:  # the same ledger as a workbook and printed
            continue
        seen.add(key)
        spec = review.catalog.field(fact.field_id)
        c = fact.citations[0]
        finding = make_finding(review, "breakdown_sum.evidence_total", "warning", [fact.field_id],
                               f"《{c.file}》{c.place}：{fact.note}（{short_name(spec)}的证明材料）",
                               expected="合计 = 各行之和", actual=fact.value)
        yield with_evidence(finding, [f for f in review.evidence if f.note == fact.note])
