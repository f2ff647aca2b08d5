"""Which 附件6 platform a package is: the row of the 平台名单 that its declared names point to.

Owns: `identify_platform` (by the declared 平台名称 or its 原名称, 单位名称 to tell apart the rows
that share one name, 单位名称 alone when the name is not listed), `split_renamed` and the name
comparisons the document rules share (`same_name`, `platform_names`). The section 七 and
平台名称 rules (`rules_documents`) and the case rules (`rules_cases`) ask it; it says how the row
was matched, or that none could be.

Must not: register rules or make findings, read files (the package is parsed), or parse a
renamed platform's names itself (`assistant.values.typed.split_platform_name` is the one reading).
"""

from __future__ import annotations

from dataclasses import dataclass

from assistant.catalog.model import Platform
from assistant.core.citations import Citation
from assistant.core.text_keys import name_key
from assistant.forms.proposal import package_proposal
from assistant.review.model import Review
from assistant.values.typed import split_platform_name


def split_renamed(text: str) -> tuple[str, str] | None:
    """(former, current) of a renamed platform, in any of the ways applicants write it ("原名称：A；
    现名称：B", "B（原A平台）", a note after the name); one reading, `assistant.values.typed.split_platform_name`."""
    names = split_platform_name(text)
    return (names[1], names[0]) if names else None


@dataclass(frozen=True)
class PlatformIdentity:
    platform: Platform | None
    how: str  # name+unit | name | former_name | unit | ambiguous | unknown
    declared_name: str
    declared_unit: str
    citations: tuple[Citation, ...]


def identify_platform(review: Review) -> PlatformIdentity:
    """The 附件6 row of this package: by the declared 平台名称 (or its 原名称), with 单位名称 to choose
    between the two rows that share "电机设备远程运维服务工业互联网平台"; by 单位名称 alone when the name
    is not on the list."""
    name_value = review.declared("platform_name") or review.declared("cover_platform_name")
    unit_value = review.declared("enterprise_name") or review.declared("applicant")
    proposal = package_proposal(review.package, review.catalog)
    name = name_value.raw.strip() if name_value and name_value.raw.strip() else ""
    unit = unit_value.raw.strip() if unit_value and unit_value.raw.strip() else ""
    citations = tuple(c for v in (name_value, unit_value) if v is not None for c in v.citations[:1])
    if proposal is not None:
        if not name and (line := proposal.cover_value("平台名称")):
            name, citations = line.value, (*citations, line.citation)
        if not unit and (line := proposal.cover_value("申报单位")):
            unit, citations = line.value, (*citations, line.citation)
    platforms = review.catalog.platforms
    unit_key = name_key(unit)
    by_unit = [p for p in platforms if unit_key and name_key(p.unit_name) == unit_key]
    renamed = split_renamed(name)
    for candidate, how in ((name, "name"), *(((renamed[0], "former_name"),) if renamed else ())):
        rows = [p for p in platforms if candidate and name_key(p.name) == name_key(candidate)]
        if len(rows) > 1:
            rows = [p for p in rows if p in by_unit] or rows
            if len(rows) > 1:
                return PlatformIdentity(None, "ambiguous", name, unit, citations)
        if rows:
            how = "name+unit" if rows[0] in by_unit else how
            return PlatformIdentity(rows[0], how, name, unit, citations)
    if len(by_unit) == 1:
        return PlatformIdentity(by_unit[0], "unit", name, unit, citations)
    return PlatformIdentity(None, "unknown", name, unit, citations)


def same_name(a: str, b: str) -> bool:
    """b names the platform a does: equal, or one of a's 原名称/现名称 (or the other way round)."""
    keys_a = {name_key(x) for x in (a, *(split_renamed(a) or ()))}
    keys_b = {name_key(x) for x in (b, *(split_renamed(b) or ()))}
    return bool(keys_a & keys_b)


def platform_names(review: Review) -> set[str]:
    """Name keys this package's platform goes by: its 附件6 name, the declared name, and the
    declared 原名称/现名称 of a renamed platform."""
    names = set()
    identity = identify_platform(review)
    if identity.platform is not None:
        names.add(name_key(identity.platform.name))
    if identity.declared_name:
        renamed = split_renamed(identity.declared_name)
        names.update(name_key(n) for n in (renamed or (identity.declared_name,)))
    return names
