"""Shared helpers of the package specs."""

from __future__ import annotations

from ..model import Package, Problem, audit
from ..narrative import Narrative, narrative_limits_ok
from ..notice import INDICATORS
from ..texts import over_limit, zi

TEXT_KINDS = ("text", "share")


def fill_proofs(p: Package, by_key: dict[str, str], numeric_default: str, text_default: str) -> None:
    for ind in INDICATORS:
        if ind.key in p.proof:
            continue
        if ind.key in by_key:
            p.proof[ind.key] = by_key[ind.key]
        elif ind.kind in TEXT_KINDS or ind.kind == "yesno":
            p.proof[ind.key] = text_default
        else:
            p.proof[ind.key] = numeric_default


def limit_violations(p: Package, n: Narrative | None) -> set[str]:
    bad = set()
    for key, val in p.v.items():
        if isinstance(val, str) and over_limit(key, val, private_note="私有化" in val):
            bad.add(key)
    if zi(p.intro) > 500:
        bad.add("intro")
    if zi(p.effect) > 500:
        bad.add("effect")
    for line in p.v["policy"].split("\n"):
        if zi(line) > 52:  # "每条50字以内" (+ the item number)
            bad.add("policy")
    if n is not None:
        bad |= set(narrative_limits_ok(n))
    return bad


def verify(p: Package, n: Narrative | None, expected: set[tuple[str, str]] = frozenset(),
           expected_limits: set[str] = frozenset()) -> None:
    """Our own audit of the declared data must show exactly the planted, computable problems."""
    found = audit(p)
    assert found == set(expected), f"{p.pid}: audit {sorted(found)} != planted {sorted(expected)}"
    lim = limit_violations(p, n)
    assert lim == set(expected_limits), f"{p.pid}: limits {sorted(lim)} != planted {sorted(expected_limits)}"


def problem(slug: str, family: str, fields: list[str], files: list[str], severity: str, description: str) -> Problem:
    return Problem(slug, family, fields, files, severity, description)
