"""The keys of breakdown tables: which appendix a key belongs to (附录A category; 附录F region, 海外
among them, with countries; a country of 海外 alone; 附录C industry), and which columns of a
table are keyed by one of them (≥ 60% of their values) — whatever the column is called and
wherever it stands.

Must not: sum a column or name what it counts (the device facts do).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.catalog.notice import Catalog
from assistant.catalog.regions import classify_region
from assistant.core.text_keys import squash
from assistant.evidence.lists.blocks import ListBlock
from assistant.evidence.lists.headers import Column
from assistant.evidence.lists.totals import SUBTOTAL, TOTAL_LABEL


class Vocabulary:
    """Which appendix a key belongs to: 附录A category, 附录F region (海外 among them), a country
    of 海外, an 附录C industry — or none."""

    def __init__(self, catalog: Catalog):
        self.categories = {self._core(c.name): c.name for c in catalog.appendices.equipment}
        self.industries = {self._core(i.name): i.name for i in catalog.appendices.industries}

    @staticmethod
    def _core(name: str) -> str:
        # 「工程机械（水泥/混凝土设备）」: a trade's own words in brackets after the 附录A category
        core = re.sub(r"[、,，/\s]|设备$|类$", "", re.sub(r"[（(][^（）()]*[）)]$", "", squash(name)))
        return re.sub(r"设备$", "", core)

    def of(self, name: str) -> str | None:
        key = squash(name)
        if not key or TOTAL_LABEL.match(key) or SUBTOTAL.match(key):
            return None
        core = self._core(key)
        if core in self.categories or any(core.endswith(c) and len(c) >= 2 for c in self.categories):
            return "category"
        if key in ("海外", "境外", "国外"):
            return "region"
        region = classify_region(name)
        if region.kind in ("province", "plan_city"):
            return "region"
        if region.kind == "overseas":
            return "country" if region.canonical else "region"
        if core in self.industries or any(core in i.split("/") for i in self.industries):
            return "industry"
        return None


@dataclass
class Keyed:
    column: Column
    dimension: str
    share: str  # "6/6"


def keyed_columns(block: ListBlock, vocabulary: Vocabulary) -> list[Keyed]:
    """The key columns whose values are mostly (≥ 60%) of one appendix, with that dimension: a
    column of provinces with some countries is by region (附录F's 海外 with country names), one
    of countries only is by country. A 名称 column (「数控车床」) is a key only when no other is."""
    found = []
    for column in block.header.columns:
        if column.role not in ("key", "other", "type", "name"):
            continue
        values = [e.cells[column.slot].text for e in block.entries if e.cells and column.slot in e.cells]
        if sum(bool(re.search(r"\d", v)) for v in values) * 2 > len(values):
            continue  # codes (「上海-011」 batches, 型号) that begin with a place are no places
        classes = [c for c in (vocabulary.of(v) for v in values) if c]
        if not classes:
            continue
        counts = {c: classes.count(c) for c in set(classes)}
        if counts.get("region") and counts["region"] + counts.get("country", 0) >= counts.get("category", 0):
            dimension, agreeing = "region", counts["region"] + counts.get("country", 0)
        else:
            dimension = max(counts, key=lambda c: (counts[c], c))
            agreeing = counts[dimension]
        if agreeing * 10 >= len(values) * 6:
            found.append(Keyed(column, dimension, f"{agreeing}/{len(values)}"))
    best: dict[str, Keyed] = {}
    for keyed in sorted(found, key=lambda k: (k.column.role != "key", k.column.role == "name", -_ratio(k.share),
                                              k.column.slot)):
        best.setdefault(keyed.dimension, keyed)  # one column per dimension: a key column, the best matched
    return list(best.values())


def _ratio(share: str) -> float:
    a, b = share.split("/")
    return int(a) / max(int(b), 1)
